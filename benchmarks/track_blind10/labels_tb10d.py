"""Writer tb10d: no complete pair could be verified in the time box (see README_tb10d.md); nothing is labelled."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = []
# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = []
# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = []
