"""Stage 3, plans: a plan's curated files under a data root (paths, tables, indicators, progress).

Imports only upstream stages (text, extract).
"""
