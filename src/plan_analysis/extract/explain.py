"""Why each mention got its kind: the rules that fired, for ``extract --explain``."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import NamedTuple

from plan_analysis.extract.kind_rules import DEFAULT_KIND, Mention, explain_kind
from plan_analysis.extract.quantities import _PERCENT, _QUANTITY, Quantity, _Context, iter_quantities
from plan_analysis.extract.units import UNITS
from plan_analysis.text.normalize import NormalizedText

__all__ = ["Explanation", "explain_quantities", "format_explanations"]


class Explanation(NamedTuple):
    quantity: Quantity
    fired: list[tuple[str, str, str]]  # (rule, kind, evidence) of every kind rule that fired, in table order
    decided_by: str  # the kind rule that decided (the first that fired, or "default")
    passage: str  # the tense of the mention's passage and where it came from (discourse.py)


def _passage(ctx: _Context, q: Quantity) -> str:
    own, carried = ctx.tenses.at(bisect.bisect_right(ctx.full_stops, q.start))
    for verdict, source in (
        (own, "from its sentence's opening"),
        (ctx.heading_verdict(q.measure)[0], f"from heading {q.measure!r}"),
        (ctx.heading_verdict(q.area)[0], f"from heading {q.area!r}"),
        (carried, f"carried from the sentences before ({ctx.genre} text)"),
    ):
        if verdict is not None:
            return f"{'review' if verdict else 'plan'}, {source}"
    return "neither review nor plan"


def explain_quantities(normalized: NormalizedText, year: int | None = None) -> Iterator[Explanation]:
    """Each mention of :func:`iter_quantities` with the kind rules that fire on it.

    The rules are run again on the mention as the extractor saw it (same
    match, clause and previous mention), all of them rather than up to the
    first that fires."""
    ctx = _Context(normalized, year, None)
    previous = None
    for q in iter_quantities(normalized, year):
        m = _QUANTITY.match(ctx.text, q.start)
        if m is None:  # cannot happen: the extractor found a match there
            continue
        unit = _PERCENT if m.group("pct") is not None else UNITS[m.group("unit") or q.unit]
        bare = q.rule.startswith("bare-")
        fired = explain_kind(Mention(ctx, m, q.start, q.end, ctx.clause(q.start, q.end), unit, bare, previous))
        yield Explanation(q, fired, fired[0][0] if fired else DEFAULT_KIND[1], _passage(ctx, q))
        previous = q


def format_explanations(normalized: NormalizedText, year: int | None = None) -> Iterator[str]:
    """Lines for a reader: the mention, its kind and rule column, then each rule that fired and its evidence."""
    for e in explain_quantities(normalized, year):
        q = e.quantity
        achieved = q.kind == "result"
        yield f"{q.start}-{q.end}  {q.text}  kind={q.kind}  rule={q.rule}" + (f"  as_of={q.as_of}" if q.as_of else "")
        if not e.fired:
            yield "    (no kind rule fired: target by default)"
        for name, kind, evidence in e.fired:
            mark = "*" if name == e.decided_by else " "
            yield f"  {mark} {name} -> {kind}: {evidence!r}"
        yield f"    passage: {e.passage}"
        if achieved:
            yield "    then result: the sentence's done word, past period or review passage says it is achieved"
