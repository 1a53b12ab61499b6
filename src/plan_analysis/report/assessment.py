"""Where each indicator stands at an as-of date: completion, expected pace, status.

One row per indicator of the plan, judged by one of these rules (column ``rule``):

==========  ================================================================
amount      a quantity to reach (8亿元, 200户, 2个以上): completion is the
            latest value as a share of the target, against the share of its
            period elapsed at the date of that value (全年 over the plan
            year, 四季度 over the quarter): a figure as of 11-30 is held to
            the pace due on 11-30, not on the report's date
ceiling     qualifier ``<=`` (控制在3.5%以内, 不超过): a limit, not a quantity
            to complete; judged within/outside at the latest value. A rate
            kept down (失业率, 居民消费价格涨幅, 赤字率) with ``~`` or ``=``
            is a ceiling too: 城镇调查失业率5.5%左右 is met by 5.1%
floor       a rate to stay at or above (优良天数比率 ≥ 80%: unit %, ‰ with
            ``>=``, ``=`` or ``~``); judged like a ceiling
band        a rate with a ``range`` (3%–5%): within when inside it
growth      a growth rate (增长6%: unit % or ‰ and 增长/增速/增幅 in the name,
            quantity or source phrase): the reported growth rate is compared
            with the target rate, never turned into a share of completion
milestone   a dated task, from its latest reported status
context     descriptors (capacities, thresholds): shown, not scored
==========  ================================================================

Only ``amount`` targets have a completion; only they enter the mean completion
(:func:`overall_completion`, :func:`summarize_by`). A value or target that is
not a finite number (``inf`` slipped past validation) counts as no data.

Status, first rule that applies (data/README.md has the full table):

==============  ==============================================================
no_data         nothing (finite) reported on or before the as-of date
outside_limit   a limit broken at the latest value (ceiling, floor, band)
done            amount or growth target met by the end of its period /
                milestone reported done
overdue         the deadline has passed and it is not done
stale           the last report is older than ``stale_after_days``
within_limit    a limit kept at the latest value
behind          completion trails the expected pace by more than the tolerance
                (growth: the rate is below target; a milestone: not started
                after ``milestone_behind_share`` of its period)
on_track        everything else
==============  ==============================================================

``no_data`` comes before ``overdue`` because an unreported indicator may well
be finished: the report should say "we do not know", not "late".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from plan_analysis.report.statuses import CONTEXT, STATUS_LABELS, STATUSES  # noqa: F401 (re-exported)

ASSESSMENT_COLUMNS = [
    "id",
    "kind",
    "area",
    "measure",
    "measure_title",
    "name_zh",
    "name_en",
    "target",
    "high",
    "unit",
    "qualifier",
    "deadline_text",
    "period_start",
    "period_end",
    "parent_id",
    "quantity_text",
    "span_start",
    "span_end",
    "source_phrase",
    "value",
    "latest_as_of",
    "milestone_status",
    "status_date",
    "source",
    "note",
    "flag",
    "rule",
    "completion",
    "expected",
    "gap",
    "status",
    "days_to_deadline",
    "days_since_update",
]
RATE_UNITS = ("%", "‰")
# Words that make a rate a growth rate (增长6%, 增速不低于6%), not a level (比率 ≥ 80%).
GROWTH_WORDS = ("增长", "增速", "增幅", "同比")
# Rates a government keeps down: written 5.5%左右 or 3%, they are limits, not levels
# to reach (a CPI of 0.2% against 3%左右 is kept, not missed). A name that also says
# the rate is to fall (能耗降低2.5%) is a reduction to reach instead.
KEPT_DOWN_WORDS = ("失业率", "消费价格", "物价", "价格涨幅", "赤字率", "负债率", "死亡率", "发病率", "发生率")
REDUCTION_WORDS = ("降低", "下降", "减少", "压减", "降幅")
LIMIT_RULES = ("ceiling", "floor", "band")


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
    # A row whose value is ±inf (inf, 1e400 slipped past validation) carries no figure:
    # it is left out, so the latest real figure before it still counts.
    progress = progress[(progress["as_of"] <= day) & ~infinite_values(progress)]
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
        raise ParameterError(
            f"as_of {day} is outside the plan's period", column="as_of", expected=f"a date from {start} to {end}"
        )
    return day


def _latest_fields(report) -> dict:
    if report is None:
        return {
            "value": float("nan"),
            "latest_as_of": pd.NaT,
            "milestone_status": None,
            "status_date": pd.NaT,
            "source": None,
            "note": None,
        }
    return {
        # inf/1e400 that slipped past validation is no figure at all.
        "value": report["value_base"] if is_finite(report["value_base"]) else float("nan"),
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


def judging_rule(ind) -> str:
    """Which rule judges an indicator (see the module docstring)."""
    if ind.kind == "descriptor":
        return "context"
    if ind.kind == "milestone":
        return "milestone"
    if ind.qualifier == "<=":
        return "ceiling"
    if ind.unit in RATE_UNITS:
        words = " ".join(str(getattr(ind, c, "") or "") for c in ("name_zh", "quantity_text", "source_phrase"))
        if (
            ind.qualifier in ("~", "=")
            and any(w in words for w in KEPT_DOWN_WORDS)
            and not any(w in words for w in REDUCTION_WORDS)
        ):
            return "ceiling"
        if any(w in words for w in GROWTH_WORDS):
            return "growth"
        return "band" if ind.qualifier == "range" else "floor"
    return "amount"


def is_finite(value) -> bool:
    """A real, finite number (not None, NA, NaN or ±inf)."""
    try:
        return value is not None and value is not pd.NA and math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def _score(ind, report, day, plan_start, th: Thresholds) -> dict:
    rule = judging_rule(ind)
    out = {
        "rule": rule,
        "completion": float("nan"),
        "expected": float("nan"),
        "gap": float("nan"),
        "status": CONTEXT,
        "days_to_deadline": None,
        "days_since_update": None,
    }
    if rule == "context":
        return out
    start = ind.period_start if not pd.isna(ind.period_start) else plan_start
    end = ind.period_end
    out["expected"] = expected_share(start, end, day)
    out["days_to_deadline"] = (end - day).days
    if rule != "milestone" and (report is None or not is_finite(report["value_base"]) or not is_finite(ind.target)):
        report = None
    if report is None:
        out["status"] = "no_data"
        return out
    out["days_since_update"] = (day - report["as_of"]).days
    stale = out["days_since_update"] > th.stale_after_days
    if rule == "milestone":
        return {**out, **_milestone(report, day, end, stale, out["expected"], th)}
    value = float(report["value_base"])
    if rule in LIMIT_RULES:
        out["expected"] = float("nan")  # a limit holds all the time: no pace
        if not _within_limit(ind, value, rule, th):
            out["status"] = "outside_limit"
        else:
            out["status"] = "stale" if stale else "within_limit"
        return out
    if rule == "growth":
        out["expected"] = float("nan")  # a rate is not accumulated over the period
        met = value >= _met_at(ind, th)
        if met and day >= end:
            out["status"] = "done"
        elif day > end:
            out["status"] = "overdue"
        elif stale:
            out["status"] = "stale"
        else:
            out["status"] = "on_track" if met else "behind"
        return out
    completion, met = _completion(ind, value, th)
    out["completion"] = completion
    # The pace due when the figure was taken: an older figure is "stale", not "behind".
    out["expected"] = expected_share(start, end, min(report["as_of"], day))
    out["gap"] = completion - out["expected"]
    if met:
        out["status"] = "done"
    elif day > end:
        out["status"] = "overdue"
    elif stale:
        out["status"] = "stale"
    elif out["gap"] < -th.behind_tolerance:
        out["status"] = "behind"
    else:
        out["status"] = "on_track"
    return out


def _milestone(report, day, end, stale, expected, th: Thresholds) -> dict:
    done = report["status"] == "done" and report["status_date"] <= day
    completion = 1.0 if done else (0.0 if report["status"] == "not_started" else float("nan"))
    if done:
        status = "done"
    elif day > end:
        status = "overdue"
    elif stale:
        status = "stale"
    elif report["status"] == "not_started" and expected >= th.milestone_behind_share:
        status = "behind"
    else:
        status = "on_track"
    return {"completion": completion, "status": status}


def _met_at(ind, th: Thresholds) -> float:
    """The lowest value that meets a floor or growth target (``~``: within the tolerance below it)."""
    target = float(ind.target)
    return target - abs(target) * th.approx_tolerance if ind.qualifier == "~" else target


def _within_limit(ind, value: float, rule: str, th: Thresholds) -> bool:
    if rule == "ceiling":
        target = float(ind.target)
        # ``~`` (5.5%左右): within the tolerance above it, as a floor's is below it.
        return value <= (target + abs(target) * th.approx_tolerance if ind.qualifier == "~" else target)
    if rule == "band":
        return float(ind.target) <= value <= float(ind.high)
    return value >= _met_at(ind, th)


def _completion(ind, value: float, th: Thresholds) -> tuple[float, bool]:
    """Completion ratio of an amount and whether it is met, per qualifier.

    ``=`` and ``>=`` are met at the target (a cumulative count that reaches it
    is done); ``~`` within ``approx_tolerance`` below it; ``range`` at its
    lower bound.
    """
    target = float(ind.target)
    if target == 0:
        return (1.0 if value >= 0 else 0.0), value >= 0
    completion = value / target
    if ind.qualifier == "~":
        return completion, completion >= 1 - th.approx_tolerance
    return completion, completion >= 1


def infinite_values(progress: pd.DataFrame) -> pd.Series:
    """Rows of a progress log whose value is ±inf: they carry no figure and are left out."""
    return progress["value_base"].isin([math.inf, -math.inf])


def value_decreases(progress: pd.DataFrame, as_of) -> pd.DataFrame:
    """Progress rows (dated by ``as_of``) whose cumulative value is below the indicator's previous report.

    Columns: ``indicator_id``, ``as_of``, ``previous``, ``value`` (base units).
    """
    day = pd.Timestamp(as_of)
    rows = progress[(progress["as_of"] <= day) & progress["value_base"].notna() & ~infinite_values(progress)]
    rows = rows.sort_values(["indicator_id", "as_of"], kind="stable")
    previous = rows.groupby("indicator_id")["value_base"].shift()
    down = rows[rows["value_base"] < previous]
    return pd.DataFrame(
        {
            "indicator_id": down["indicator_id"],
            "as_of": down["as_of"],
            "previous": previous[down.index],
            "value": down["value_base"],
        }
    ).reset_index(drop=True)


def status_counts(assessment: pd.DataFrame) -> pd.Series:
    """Number of scored indicators per status, in the fixed order of :data:`STATUSES`."""
    scored = assessment[assessment["status"] != CONTEXT]
    return scored["status"].value_counts().reindex(list(STATUSES), fill_value=0).astype(int)


def overall_completion(assessment: pd.DataFrame) -> float:
    """Mean completion of the amount targets that have data, each capped at 100 % (limits and growth rates excluded)."""
    targets = assessment[(assessment["rule"] == "amount") & assessment["completion"].notna()]
    if targets.empty:
        return float("nan")
    return float(targets["completion"].clip(upper=1.0).mean())


def completion_coverage(assessment: pd.DataFrame) -> tuple[int, int]:
    """(amount targets with a completion, amount targets): how many the mean completion averages."""
    targets = assessment[assessment["rule"] == "amount"]
    return int(targets["completion"].notna().sum()), len(targets)


def reporting_coverage(assessment: pd.DataFrame) -> tuple[int, int]:
    """(scored indicators with data by the as-of date, scored indicators)."""
    scored = assessment[assessment["status"] != CONTEXT]
    return int((scored["status"] != "no_data").sum()), len(scored)


def summarize_by(assessment: pd.DataFrame, by: str = "area") -> pd.DataFrame:
    """Roll-up per ``"area"`` or ``"measure"``: status counts and mean completion of targets,
    with ``targets`` (amount targets) and ``reported`` (those with a completion) beside the mean.

    Measures are numbered within each area (一是, 二是 …), so a measure roll-up
    is keyed by area *and* measure.
    """
    if by not in ("area", "measure"):
        raise ValueError(f"summarize_by: by must be 'area' or 'measure', not {by!r}")
    keys = ["area"] if by == "area" else ["area", "measure", "measure_title"]
    scored = assessment[assessment["status"] != CONTEXT].copy()
    counts = pd.crosstab([scored[k] for k in keys], scored["status"]).reindex(columns=list(STATUSES), fill_value=0)
    targets = scored[scored["rule"] == "amount"].copy()
    targets["completion"] = targets["completion"].clip(upper=1.0)
    means = targets.groupby(keys, sort=False)[["completion", "expected", "gap"]].mean()
    # How many targets each mean averages, beside it: "2 of 5 reported".
    means["targets"] = targets.groupby(keys, sort=False)["rule"].size()
    means["reported"] = targets.groupby(keys, sort=False)["completion"].count()
    summary = counts.join(means, how="left")
    summary[["targets", "reported"]] = summary[["targets", "reported"]].fillna(0).astype(int)
    summary.insert(0, "indicators", counts.sum(axis=1))
    # Keep the plan's own order of areas and measures, not alphabetical order.
    order = list(dict.fromkeys(map(tuple, scored[keys].to_numpy().tolist())))
    summary = summary.reindex(pd.MultiIndex.from_tuples(order, names=keys) if len(keys) > 1 else [o[0] for o in order])
    summary.columns.name = None
    return summary
