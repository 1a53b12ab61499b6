"""Stage 2, extract: quantities, units, deadlines and milestones found in normalised text, and their scoring.

Imports only :mod:`plan_analysis.text` (and :mod:`plan_analysis.errors`).
"""
