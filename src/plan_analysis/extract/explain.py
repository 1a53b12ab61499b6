"""Why each mention got its kind: the rules that fired, for ``extract --explain``."""

from __future__ import annotations

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
        unit = _PERCENT if m.group("pct") is not None else UNITS[m.group("unit")]
        bare = q.rule.startswith("bare-")
        fired = explain_kind(Mention(ctx, m, q.start, q.end, ctx.clause(q.start, q.end), unit, bare, previous))
        yield Explanation(q, fired, fired[0][0] if fired else DEFAULT_KIND[1])
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
        if achieved:
            yield "    then result: the sentence's done word, past period or review section says it is achieved"
