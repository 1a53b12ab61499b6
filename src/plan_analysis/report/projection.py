"""Each indicator's history inside the plan period, its pace line, and a year-end projection.

The rules (also in ``data/README.md``, "Tracking and projections"):

* history: every recorded value of the indicator dated inside its period
  (the indicator's own period, else the plan's), in date order;
* pace line: the target spread evenly over the period, ``target × share of
  the period elapsed`` (both ends counted as whole days, like the
  assessment's expected progress);
* projection, for cumulative amounts only (the assessment's ``amount`` rule:
  not rates, ceilings or growth targets, whose values do not add up over the
  year): the latest value carried to the period's end at the pace recorded
  so far, ``latest value ÷ share of the period elapsed at its date``. A value
  dated at the period's end is the outcome, not a projection;
* at risk: a projection below the target (for a ``<=`` ceiling amount, above it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

__all__ = ["Projection", "elapsed_share", "project", "projections"]


@dataclass(frozen=True)
class Projection:
    """What a report shows of one indicator over time."""

    indicator_id: str
    target: float
    qualifier: str
    period_start: date
    period_end: date
    history: list[tuple[date, float]]
    projected: float | None  # None: not projected (no value, or not a cumulative amount)
    final: bool  # the latest value is dated at the period's end: an outcome, not a projection

    def pace(self, day: date) -> float:
        """The pace line's value on ``day``."""
        return self.target * elapsed_share(self.period_start, self.period_end, day)

    @property
    def at_risk(self) -> bool:
        """The projection (or the outcome) falls short of the target."""
        outcome = self.history[-1][1] if self.final and self.history else self.projected
        if outcome is None:
            return False
        if self.qualifier == "<=":
            return outcome > self.target
        return outcome < self.target


def elapsed_share(start: date, end: date, day: date) -> float:
    """The share of [start, end] (whole days, both included) elapsed at the end of ``day``, 0 to 1."""
    total = (end - start).days + 1
    return min(max(((day - start).days + 1) / total, 0.0), 1.0)


def project(
    indicator: pd.Series, progress: pd.DataFrame, plan_start: date, plan_end: date, *, cumulative: bool
) -> Projection | None:
    """The projection of one target indicator from its progress rows (None without a target)."""
    target = indicator.get("target")
    if pd.isna(target):
        return None
    start = plan_start if pd.isna(indicator.get("period_start")) else pd.Timestamp(indicator["period_start"]).date()
    end = plan_end if pd.isna(indicator.get("period_end")) else pd.Timestamp(indicator["period_end"]).date()
    rows = progress[progress["indicator_id"] == indicator["id"]].dropna(subset=["value_base"])
    history = sorted(
        (pd.Timestamp(day).date(), float(value))
        for day, value in zip(rows["as_of"], rows["value_base"])
        if start <= pd.Timestamp(day).date() <= end
    )
    projected = None
    final = bool(history) and history[-1][0] >= end
    if history and cumulative and not final:
        day, value = history[-1]
        projected = value / elapsed_share(start, end, day)
    qualifier = "=" if pd.isna(indicator.get("qualifier")) else str(indicator["qualifier"])
    return Projection(str(indicator["id"]), float(target), qualifier, start, end, history, projected, final)


def projections(plan, assessment: pd.DataFrame) -> list[Projection]:
    """The projections of a plan's target indicators that have recorded values, in assessment order."""
    rules = dict(zip(assessment["id"], assessment["rule"]))
    by_id = plan.indicators.set_index("id", drop=False)
    out = []
    for ident in assessment["id"]:
        if ident not in by_id.index or by_id.loc[ident, "kind"] != "target":
            continue
        found = project(
            by_id.loc[ident], plan.progress, plan.period_start, plan.period_end, cumulative=rules.get(ident) == "amount"
        )
        if found is not None and found.history:
            out.append(found)
    return out
