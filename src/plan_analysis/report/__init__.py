"""Stage 4, report: assessment, figures, HTML sections and the papermill runner.

Imports only upstream stages (text, extract, plans).
"""
