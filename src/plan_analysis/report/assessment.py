"""Where each indicator stands at an as-of date: completion, expected pace, status.

One row per indicator of the plan. Targets are scored against the share of
their own period that has elapsed (全年 over the plan year, 四季度 over the
quarter, a deadline from the plan's start: the curated ``period_start`` /
``period_end`` already encode which). Milestones are scored from their latest
reported status. Descriptors (capacities, thresholds) are context only.

Status, first rule that applies:

=========  ==================================================================
no_data    nothing reported on or before the as-of date
done       target met (respecting the qualifier) / milestone reported done
overdue    the deadline has passed and it is not done
stale      the last report is older than ``stale_after_days``
behind     completion trails the expected pace by more than the tolerance
           (a milestone: not started after ``milestone_behind_share`` of
           its period)
on_track   everything else
=========  ==================================================================

``no_data`` comes before ``overdue`` because an unreported indicator may well
be finished: the report should say "we do not know", not "late".
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from plan_analysis.report.statuses import CONTEXT, STATUS_LABELS, STATUSES  # noqa: F401 (re-exported)

ASSESSMENT_COLUMNS = [
    "id", "kind", "area", "measure", "measure_title", "name_zh", "name_en",
    "target", "high", "unit", "qualifier", "deadline_text", "period_start", "period_end",
    "parent_id", "quantity_text", "span_start", "span_end", "source_phrase",
    "value", "latest_as_of", "milestone_status", "status_date", "source", "note", "flag",
    "completion", "expected", "gap", "status", "days_to_deadline", "days_since_update",
]


@dataclass(frozen=True)
class Thresholds:
    """Tunable limits of the status rules (defaults suit a monthly reporting rhythm)."""

    behind_tolerance: float = 0.10  # completion may trail the pace by 10 points and still be on track
    stale_after_days: int = 31  # "last update older than a month"
    approx_tolerance: float = 0.05  # a "约/~" target counts as met within 5 % below it
    milestone_behind_share: float = 0.5  # not started after half the period → behind

    def __post_init__(self) -> None:
        if not 0 <= self.behind_tolerance < 1 or not 0 <= self.approx_tolerance < 1:
            raise ValueError("tolerances are shares between 0 and 1")
        if self.stale_after_days < 1 or not 0 < self.milestone_behind_share <= 1:
            raise ValueError("stale_after_days must be >= 1 and milestone_behind_share in (0, 1]")


DEFAULT_THRESHOLDS = Thresholds()


def assess_progress(plan, as_of, *, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> pd.DataFrame:
    """One row per indicator of ``plan``: latest value by ``as_of``, completion, pace and status.

    ``as_of`` is a date (``datetime.date``, ISO string or Timestamp). Only
    progress rows dated on or before it count. Values are in the indicator's
    unit (the progress loader converts 万元 to 元 and so on).
    """
    day = pd.Timestamp(_check_as_of(as_of, plan))
    progress = plan.progress
    progress = progress[progress["as_of"] <= day]
    latest = progress.sort_values(["indicator_id", "as_of"], kind="stable").groupby("indicator_id").tail(1)
    latest = latest.set_index("indicator_id")
    flags = progress.dropna(subset=["flag"]).groupby("indicator_id")["flag"].agg("; ".join)
    plan_start = pd.Timestamp(plan.period_start)

    rows = []
    for indicator in plan.indicators.itertuples(index=False):
        row = {c: getattr(indicator, c) for c in ASSESSMENT_COLUMNS if hasattr(indicator, c)}
        report = latest.loc[indicator.id] if indicator.id in latest.index else None
        row.update(_latest_fields(report))
        row["flag"] = flags.get(indicator.id)
        row.update(_score(indicator, report, day, plan_start, thresholds))
        rows.append(row)
    frame = pd.DataFrame(rows, columns=ASSESSMENT_COLUMNS)
    for column in ("target", "high", "value", "completion", "expected", "gap"):
        frame[column] = frame[column].astype("float64")
    for column in ("days_to_deadline", "days_since_update"):
        frame[column] = frame[column].astype("Int64")
    return frame


def _check_as_of(as_of, plan):
    """A date inside the plan's period (a ParameterError otherwise, exit 2 on the CLI)."""
    import datetime as dt

    from plan_analysis.errors import ParameterError
    from plan_analysis.report.parameters import parse_as_of

    if isinstance(as_of, pd.Timestamp) and as_of == as_of.normalize():
        as_of = as_of.date()  # pandas code passes midnight Timestamps for dates
    day = parse_as_of(as_of)
    if day is None:
        raise ParameterError("as_of is missing", column="as_of", expected="a date as YYYY-MM-DD")
    start, end = plan.period_start, plan.period_end
    start = start.date() if isinstance(start, dt.datetime) else start
    end = end.date() if isinstance(end, dt.datetime) else end
    if not start <= day <= end:
        raise ParameterError(f"as_of {day} is outside the plan's period", column="as_of", expected=f"a date from {start} to {end}")
    return day


def _latest_fields(report) -> dict:
    if report is None:
        return {"value": float("nan"), "latest_as_of": pd.NaT, "milestone_status": None,
                "status_date": pd.NaT, "source": None, "note": None}
    return {
        "value": report["value_base"],
        "latest_as_of": report["as_of"],
        "milestone_status": None if pd.isna(report["status"]) else report["status"],
        "status_date": report["status_date"],
        "source": None if pd.isna(report["source"]) else report["source"],
        "note": None if pd.isna(report["note"]) else report["note"],
    }


def expected_share(start: pd.Timestamp, end: pd.Timestamp, day: pd.Timestamp) -> float:
    """Share of the period [start, end] (both days included) elapsed at the end of ``day``."""
    total = (end - start).days + 1
    elapsed = (day - start).days + 1
    return min(max(elapsed / total, 0.0), 1.0)


def _score(ind, report, day, plan_start, th: Thresholds) -> dict:
    out = {"completion": float("nan"), "expected": float("nan"), "gap": float("nan"),
           "status": CONTEXT, "days_to_deadline": None, "days_since_update": None}
    if ind.kind == "descriptor":
        return out
    start = ind.period_start if not pd.isna(ind.period_start) else plan_start
    end = ind.period_end
    out["expected"] = expected_share(start, end, day)
    out["days_to_deadline"] = (end - day).days
    if report is None:
        out["status"] = "no_data"
        return out
    out["days_since_update"] = (day - report["as_of"]).days
    stale = out["days_since_update"] > th.stale_after_days
    if ind.kind == "milestone":
        done = report["status"] == "done" and report["status_date"] <= day
        out["completion"] = 1.0 if done else (0.0 if report["status"] == "not_started" else float("nan"))
        if done:
            out["status"] = "done"
        elif day > end:
            out["status"] = "overdue"
        elif stale:
            out["status"] = "stale"
        elif report["status"] == "not_started" and out["expected"] >= th.milestone_behind_share:
            out["status"] = "behind"
        else:
            out["status"] = "on_track"
        return out
    completion, met = _completion(ind, report["value_base"], th)
    out["completion"] = completion
    if ind.qualifier != "<=":
        out["gap"] = completion - out["expected"]
    if met and (ind.qualifier != "<=" or day >= end):
        out["status"] = "done"
    elif ind.qualifier == "<=" and not met:
        # Over a ceiling: no amount of waiting fixes it.
        out["status"] = "overdue" if day > end else "behind"
    elif day > end:
        out["status"] = "overdue"
    elif stale:
        out["status"] = "stale"
    elif ind.qualifier != "<=" and out["gap"] < -th.behind_tolerance:
        out["status"] = "behind"
    else:
        out["status"] = "on_track"
    return out


def _completion(ind, value: float, th: Thresholds) -> tuple[float, bool]:
    """Completion ratio and whether the target is met, per qualifier.

    ``=`` and ``>=`` are met at the target (a cumulative count that reaches it
    is done); ``~`` within ``approx_tolerance`` below it; ``range`` at its lower
    bound; ``<=`` is a ceiling: met while the value stays at or under it, and
    its ratio is 1 while within the ceiling, target/value above it.
    """
    target = float(ind.target)
    if ind.qualifier == "<=":
        if value <= target:
            return 1.0, True
        return target / value, False
    if target == 0:
        return (1.0 if value >= 0 else 0.0), value >= 0
    completion = value / target
    if ind.qualifier == "~":
        return completion, completion >= 1 - th.approx_tolerance
    return completion, completion >= 1


def status_counts(assessment: pd.DataFrame) -> pd.Series:
    """Number of scored indicators per status, in the fixed order of :data:`STATUSES`."""
    scored = assessment[assessment["status"] != CONTEXT]
    return scored["status"].value_counts().reindex(list(STATUSES), fill_value=0).astype(int)


def overall_completion(assessment: pd.DataFrame) -> float:
    """Mean completion of the targets that have data, each capped at 100 %."""
    targets = assessment[(assessment["kind"] == "target") & assessment["completion"].notna()]
    if targets.empty:
        return float("nan")
    return float(targets["completion"].clip(upper=1.0).mean())


def summarize_by(assessment: pd.DataFrame, by: str = "area") -> pd.DataFrame:
    """Roll-up per ``"area"`` or ``"measure"``: status counts and mean completion of targets.

    Measures are numbered within each area (一是, 二是 …), so a measure roll-up
    is keyed by area *and* measure.
    """
    if by not in ("area", "measure"):
        raise ValueError(f"summarize_by: by must be 'area' or 'measure', not {by!r}")
    keys = ["area"] if by == "area" else ["area", "measure", "measure_title"]
    scored = assessment[assessment["status"] != CONTEXT].copy()
    counts = pd.crosstab([scored[k] for k in keys], scored["status"]).reindex(columns=list(STATUSES), fill_value=0)
    targets = scored[scored["kind"] == "target"].copy()
    targets["completion"] = targets["completion"].clip(upper=1.0)
    means = targets.groupby(keys, sort=False)[["completion", "expected", "gap"]].mean()
    summary = counts.join(means, how="left")
    summary.insert(0, "indicators", counts.sum(axis=1))
    # Keep the plan's own order of areas and measures, not alphabetical order.
    order = list(dict.fromkeys(map(tuple, scored[keys].to_numpy().tolist())))
    summary = summary.reindex(pd.MultiIndex.from_tuples(order, names=keys) if len(keys) > 1 else [o[0] for o in order])
    summary.columns.name = None
    return summary
