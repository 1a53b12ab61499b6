"""Hand labels of writer tb7d for track_blind7 (county level).

No complete pair was found within the time limit (see README_tb7d.md): every county plan whose
targets the search tool returned lacked a later text of the same place and period, and every later
text found lacked a returned plan with targets. Nothing is labelled rather than guessed.
"""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = []
# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = []
# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = []
