"""assess_progress: each status, each qualifier, unit conversion, roll-ups.

Small synthetic plans make each rule visible; the last tests check the bundled
plan against values worked out by hand from indicators.csv and progress.csv.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pandas as pd
import pytest

from plan_analysis.plans.progress import empty_progress, load_progress
from plan_analysis.report.assessment import (
    DEFAULT_THRESHOLDS,
    STATUSES,
    Thresholds,
    assess_progress,
    completion_coverage,
    expected_share,
    judging_rule,
    overall_completion,
    reporting_coverage,
    status_counts,
    summarize_by,
)

Q_START, Q_END = dt.date(2025, 10, 1), dt.date(2025, 12, 31)


def indicator(
    id,
    kind="target",
    *,
    target=100.0,
    unit="个",
    qualifier="=",
    start="2025-10-01",
    end="2025-12-31",
    high=None,
    area="A",
    measure="一是",
):
    quantified = kind != "milestone"
    return {
        "id": id,
        "kind": kind,
        "area": area,
        "measure": measure,
        "measure_title": "t",
        "name_zh": f"指标{id}",
        "name_en": id,
        "target": target if quantified else float("nan"),
        "high": high if high is not None else float("nan"),
        "unit": unit if quantified else None,
        "qualifier": qualifier if quantified else None,
        "deadline_text": None,
        "period_start": pd.Timestamp(start) if start else pd.NaT,
        "period_end": pd.Timestamp(end) if end else pd.NaT,
        "parent_id": None,
        "quantity_text": None,
        "source_phrase": "原文",
    }


def report(id, as_of, value=None, *, status=None, status_date=None, flag=None):
    return {
        "indicator_id": id,
        "as_of": pd.Timestamp(as_of),
        "value": value,
        "unit": None,
        "status": status,
        "status_date": pd.Timestamp(status_date) if status_date else pd.NaT,
        "source": "月通报",
        "note": None,
        "value_base": float("nan") if value is None else float(value),
        "flag": flag,
    }


def make_plan(indicators, reports):
    progress = pd.DataFrame(reports) if reports else empty_progress()
    return SimpleNamespace(
        indicators=pd.DataFrame(indicators),
        progress=progress,
        period_start=Q_START,
        period_end=Q_END,
    )


def status_of(plan, id, as_of, **kw):
    frame = assess_progress(plan, as_of, **kw).set_index("id")
    return frame.loc[id]


# -- statuses --------------------------------------------------------------------


def test_no_data_when_nothing_reported_by_the_as_of_date():
    plan = make_plan([indicator("a")], [report("a", "2025-12-01", 50)])
    # The only report is after the as-of date, so it must not count.
    row = status_of(plan, "a", "2025-11-30")
    assert row["status"] == "no_data"
    assert pd.isna(row["value"])


def test_done_when_the_target_is_reached():
    plan = make_plan([indicator("a", target=3)], [report("a", "2025-11-30", 3)])
    row = status_of(plan, "a", "2025-11-30")
    assert row["status"] == "done"
    assert row["completion"] == 1.0


def test_on_track_within_tolerance_of_the_expected_pace():
    # Half of Q4 (46 of 92 days) has elapsed on 2025-11-15: expected share 0.5.
    plan = make_plan([indicator("a")], [report("a", "2025-11-15", 45)])
    row = status_of(plan, "a", "2025-11-15")
    assert row["expected"] == pytest.approx(46 / 92)
    assert row["gap"] == pytest.approx(0.45 - 0.5)
    assert row["status"] == "on_track"


def test_pace_is_judged_at_the_date_of_the_value_not_the_report():
    # 80 of 100 as of 11-30 (day 61 of Q4's 92: 66% due then), report dated 12-20 (day 81: 88%).
    plan = make_plan([indicator("a")], [report("a", "2025-11-30", 80)])
    row = status_of(plan, "a", "2025-12-20")
    assert row["expected"] == pytest.approx(61 / 92)
    assert row["gap"] == pytest.approx(0.80 - 61 / 92)
    assert row["status"] == "on_track"  # held to 88% it would be 8 points short, still on track
    # 50 of 100 as of 11-15 (day 46: 50% due), read on 12-10 (day 71: 77%): on pace when taken.
    plan = make_plan([indicator("b")], [report("b", "2025-11-15", 50)])
    row = status_of(plan, "b", "2025-12-10")
    assert row["expected"] == pytest.approx(46 / 92) and row["status"] == "on_track"
    # Held to the report date's 77% the same figure would have been "behind" (gap -27 points).
    assert 0.50 - 71 / 92 < -DEFAULT_THRESHOLDS.behind_tolerance


def test_coverage_counts_what_each_mean_averages():
    plan = make_plan(
        [indicator("a"), indicator("b"), indicator("c"), indicator("m", "milestone"), indicator("d", "descriptor")],
        [report("a", "2025-11-15", 40), report("m", "2025-11-15", status="in_progress")],
    )
    frame = assess_progress(plan, "2025-11-30")
    # Three amount targets, one reported; four scored rows (the descriptor is not), two reported.
    assert completion_coverage(frame) == (1, 3)
    assert reporting_coverage(frame) == (2, 4)
    by_area = summarize_by(frame, "area")
    assert (by_area.loc["A", "targets"], by_area.loc["A", "reported"]) == (3, 1)


def test_behind_when_trailing_the_pace_by_more_than_the_tolerance():
    plan = make_plan([indicator("a")], [report("a", "2025-11-15", 30)])
    assert status_of(plan, "a", "2025-11-15")["status"] == "behind"
    # A looser tolerance turns the same numbers into on-track.
    loose = Thresholds(behind_tolerance=0.25)
    assert status_of(plan, "a", "2025-11-15", thresholds=loose)["status"] == "on_track"


def test_overdue_after_the_deadline_when_not_met():
    plan = make_plan([indicator("a", end="2025-11-30")], [report("a", "2025-11-30", 80)])
    assert status_of(plan, "a", "2025-11-30")["status"] != "overdue"  # the deadline day itself still counts
    row = status_of(plan, "a", "2025-12-01")
    assert row["status"] == "overdue"
    assert row["days_to_deadline"] == -1


def test_stale_when_the_last_update_is_older_than_a_month():
    plan = make_plan([indicator("a")], [report("a", "2025-10-31", 40)])
    assert status_of(plan, "a", "2025-11-30")["status"] != "stale"  # 30 days
    row = status_of(plan, "a", "2025-12-02")  # 32 days
    assert row["days_since_update"] == 32
    assert row["status"] == "stale"


def test_descriptors_are_context_not_scored():
    plan = make_plan([indicator("d", "descriptor"), indicator("a")], [report("a", "2025-11-30", 100)])
    frame = assess_progress(plan, "2025-11-30")
    assert frame.set_index("id").loc["d", "status"] == "context"
    counts = status_counts(frame)
    assert counts.sum() == 1 and counts["done"] == 1
    assert list(counts.index) == list(STATUSES)


def test_milestone_statuses():
    rows = [
        indicator("m_done", "milestone", end="2025-12-31"),
        indicator("m_late", "milestone", end="2025-11-30"),
        indicator("m_idle", "milestone", end="2025-12-31"),
        indicator("m_busy", "milestone", end="2025-12-31"),
        indicator("m_done_later", "milestone", end="2025-12-31"),
    ]
    reports = [
        report("m_done", "2025-11-30", status="done", status_date="2025-11-18"),
        report("m_late", "2025-12-10", status="in_progress", status_date="2025-12-10"),
        report("m_idle", "2025-12-10", status="not_started"),
        report("m_busy", "2025-12-10", status="in_progress", status_date="2025-12-10"),
        # Reported on 12-10 as done on 12-20: not done yet as of 12-15.
        report("m_done_later", "2025-12-10", status="done", status_date="2025-12-20"),
    ]
    frame = assess_progress(make_plan(rows, reports), "2025-12-15").set_index("id")
    assert frame.loc["m_done", "status"] == "done"
    assert frame.loc["m_late", "status"] == "overdue"
    # 76 of 92 days elapsed and not started: behind; in progress: on track.
    assert frame.loc["m_idle", "status"] == "behind"
    assert frame.loc["m_busy", "status"] == "on_track"
    assert frame.loc["m_done_later", "status"] != "done"


# -- qualifiers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("qualifier", "value", "status"),
    [
        (">=", 2, "done"),  # "2个以上" is met at 2
        (">=", 1.9, "on_track"),
        ("=", 2, "done"),
        ("~", 1.92, "done"),  # within 5 % below "约2"
        ("~", 1.8, "on_track"),
    ],
)
def test_qualifiers_at_the_end_of_the_period(qualifier, value, status):
    plan = make_plan([indicator("a", target=2, qualifier=qualifier)], [report("a", "2025-12-31", value)])
    assert status_of(plan, "a", "2025-12-31")["status"] == status


# -- limits and growth rates ---------------------------------------------------------


def test_ceiling_is_judged_within_or_outside_at_the_latest_value():
    # 城镇调查失业率控制在3.5%以内: 3.2% is within, 3.6% outside, whatever the date.
    plan = make_plan([indicator("u", target=3.5, unit="%", qualifier="<=")], [report("u", "2025-11-30", 3.2)])
    row = status_of(plan, "u", "2025-11-30")
    assert row["rule"] == "ceiling"
    assert row["status"] == "within_limit"
    assert pd.isna(row["completion"]) and pd.isna(row["expected"])  # not a quantity to complete
    plan = make_plan(
        [indicator("u", target=3.5, unit="%", qualifier="<=")],
        [report("u", "2025-10-31", 3.2), report("u", "2025-11-30", 3.6)],
    )
    assert status_of(plan, "u", "2025-11-30")["status"] == "outside_limit"
    # The limit itself is kept: 3.5 <= 3.5.
    plan = make_plan([indicator("u", target=3.5, unit="%", qualifier="<=")], [report("u", "2025-12-31", 3.5)])
    assert status_of(plan, "u", "2025-12-31")["status"] == "within_limit"


def test_ceiling_of_an_amount_is_a_limit_too():
    # 不超过 2起 (a count, not a rate): 1起 is within, 3起 outside.
    plan = make_plan([indicator("a", target=2, unit="起", qualifier="<=")], [report("a", "2025-12-31", 1)])
    assert status_of(plan, "a", "2025-12-31")["status"] == "within_limit"
    plan = make_plan([indicator("a", target=2, unit="起", qualifier="<=")], [report("a", "2025-12-31", 3)])
    assert status_of(plan, "a", "2025-12-31")["status"] == "outside_limit"


def test_floor_of_a_rate():
    # 优良天数比率 ≥ 80%: 82.5 within, 79.9 outside.
    ind = indicator("air", target=80, unit="%", qualifier=">=")
    assert (
        status_of(make_plan([ind], [report("air", "2025-11-30", 82.5)]), "air", "2025-11-30")["status"]
        == "within_limit"
    )
    row = status_of(make_plan([ind], [report("air", "2025-11-30", 79.9)]), "air", "2025-11-30")
    assert row["rule"] == "floor" and row["status"] == "outside_limit"


def _named(ind, name):
    return {**ind, "name_zh": name, "source_phrase": name}


def test_a_rate_kept_down_is_a_ceiling_even_with_about():
    # 2024年政府工作报告: 城镇调查失业率5.5%左右, 居民消费价格涨幅3%左右. The year's
    # results, 5.1% and 0.2%, keep both limits; as floors they would read as missed.
    jobless = _named(indicator("u", target=5.5, unit="%", qualifier="~"), "城镇调查失业率")
    cpi = _named(indicator("cpi", target=3, unit="%", qualifier="~"), "居民消费价格涨幅")
    plan = make_plan([jobless, cpi], [report("u", "2025-12-31", 5.1), report("cpi", "2025-12-31", 0.2)])
    for id in ("u", "cpi"):
        row = status_of(plan, id, "2025-12-31")
        assert (row["rule"], row["status"]) == ("ceiling", "within_limit")
    # 左右 allows 5 % of the target above it: 5.5 × 1.05 = 5.775, so 5.7 keeps it, 5.8 breaks it.
    for value, status in ((5.7, "within_limit"), (5.8, "outside_limit")):
        plan = make_plan([jobless], [report("u", "2025-12-31", value)])
        assert status_of(plan, "u", "2025-12-31")["status"] == status
    # 赤字率按3%安排 (=): no tolerance, 3.1 breaks it.
    deficit = _named(indicator("d", target=3, unit="%", qualifier="="), "赤字率按安排")
    plan = make_plan([deficit], [report("d", "2025-12-31", 3.1)])
    assert status_of(plan, "d", "2025-12-31")["status"] == "outside_limit"


def test_a_reduction_of_a_kept_down_quantity_is_not_a_ceiling():
    # 单位国内生产总值能耗降低2.5%左右: a fall of 3.8% meets it (a floor), 2.0% falls short.
    energy = _named(indicator("e", target=2.5, unit="%", qualifier="~"), "单位国内生产总值能耗降低")
    assert judging_rule(SimpleNamespace(**energy)) == "floor"
    plan = make_plan([energy], [report("e", "2025-12-31", 3.8)])
    assert status_of(plan, "e", "2025-12-31")["status"] == "within_limit"
    plan = make_plan([energy], [report("e", "2025-12-31", 2.0)])
    assert status_of(plan, "e", "2025-12-31")["status"] == "outside_limit"


def test_a_kept_limit_can_still_be_stale_but_a_broken_one_is_reported_as_broken():
    ind = indicator("u", target=3.5, unit="%", qualifier="<=")
    # Reported on 10-31, 32 days before 12-02.
    assert status_of(make_plan([ind], [report("u", "2025-10-31", 3.0)]), "u", "2025-12-02")["status"] == "stale"
    assert status_of(make_plan([ind], [report("u", "2025-10-31", 4.0)]), "u", "2025-12-02")["status"] == "outside_limit"


def test_band_of_a_rate():
    ind = indicator("cpi", target=2, high=3, unit="%", qualifier="range")
    assert (
        status_of(make_plan([ind], [report("cpi", "2025-11-30", 2.5)]), "cpi", "2025-11-30")["status"] == "within_limit"
    )
    assert (
        status_of(make_plan([ind], [report("cpi", "2025-11-30", 3.1)]), "cpi", "2025-11-30")["status"]
        == "outside_limit"
    )


def test_growth_target_is_judged_against_the_reported_rate():
    # 地区生产总值增长6%: a reported growth of 5.2% is below it (behind), not "87% complete".
    ind = {**indicator("gdp", target=6, unit="%", qualifier="="), "name_zh": "地区生产总值增长"}
    row = status_of(make_plan([ind], [report("gdp", "2025-11-30", 5.2)]), "gdp", "2025-11-30")
    assert row["rule"] == "growth"
    assert row["status"] == "behind"
    assert pd.isna(row["completion"])
    # 6.3% before the period ends: on track; at its end: done; 5.9% after its end: overdue.
    assert status_of(make_plan([ind], [report("gdp", "2025-11-30", 6.3)]), "gdp", "2025-11-30")["status"] == "on_track"
    assert status_of(make_plan([ind], [report("gdp", "2025-12-31", 6.3)]), "gdp", "2025-12-31")["status"] == "done"
    early = {**ind, "period_end": pd.Timestamp("2025-11-30")}
    assert status_of(make_plan([early], [report("gdp", "2025-11-30", 5.9)]), "gdp", "2025-12-01")["status"] == "overdue"
    # 约6%: within 5 % below, so 5.75 >= 6 - 0.3 meets it.
    approx = {**ind, "qualifier": "~"}
    assert status_of(make_plan([approx], [report("gdp", "2025-12-31", 5.75)]), "gdp", "2025-12-31")["status"] == "done"


def test_growth_is_recognised_from_the_quantity_or_the_source_phrase():
    ind = {**indicator("x", target=8, unit="%", qualifier=">="), "quantity_text": "增速8%以上"}
    assert status_of(make_plan([ind], [report("x", "2025-11-30", 9)]), "x", "2025-11-30")["rule"] == "growth"
    ind = {**indicator("y", target=8, unit="%", qualifier=">="), "source_phrase": "社会消费品零售总额同比增长8%"}
    assert status_of(make_plan([ind], [report("y", "2025-11-30", 9)]), "y", "2025-11-30")["rule"] == "growth"


def test_limits_and_growth_never_enter_the_mean_completion():
    # One amount at 50 %; a kept ceiling, a floor and a growth target must not pull it to 100 %.
    rows = [
        indicator("a"),
        indicator("u", target=3.5, unit="%", qualifier="<="),
        indicator("f", target=80, unit="%", qualifier=">="),
        {**indicator("g", target=6, unit="%"), "name_zh": "增长"},
    ]
    reports = [
        report("a", "2025-12-31", 50),
        report("u", "2025-12-31", 3.0),
        report("f", "2025-12-31", 90),
        report("g", "2025-12-31", 7),
    ]
    frame = assess_progress(make_plan(rows, reports), "2025-12-31")
    assert overall_completion(frame) == pytest.approx(0.5)
    assert summarize_by(frame, "area").loc["A", "completion"] == pytest.approx(0.5)
    counts = status_counts(frame)
    # 50 of 100 on the last day: behind (overdue only after the deadline); growth 7% ≥ 6%: done.
    assert counts["within_limit"] == 2 and counts["done"] == 1 and counts["behind"] == 1


@pytest.mark.parametrize("bad", [float("inf"), float("-inf"), float("nan")])
def test_non_finite_values_count_as_no_data(bad):
    plan = make_plan([indicator("a")], [report("a", "2025-12-31", 0)])
    plan.progress["value_base"] = bad
    row = status_of(plan, "a", "2025-12-31")
    assert row["status"] == "no_data" and pd.isna(row["value"]) and pd.isna(row["completion"])
    plan = make_plan([indicator("b", target=float("inf"))], [report("b", "2025-12-31", 5)])
    assert status_of(plan, "b", "2025-12-31")["status"] == "no_data"


def test_an_infinite_row_does_not_hide_the_figure_before_it():
    # 60 of 100 on 11-30, then "1e400" on 12-20: the report goes on from the 60.
    plan = make_plan([indicator("a")], [report("a", "2025-11-30", 60), report("a", "2025-12-20", 0)])
    plan.progress.loc[1, "value_base"] = float("inf")
    row = status_of(plan, "a", "2025-12-20")
    assert row["value"] == 60 and row["latest_as_of"] == pd.Timestamp("2025-11-30")
    assert row["completion"] == pytest.approx(0.6)
    plan = make_plan([indicator("b", target=float("inf"))], [report("b", "2025-12-31", 5)])
    assert status_of(plan, "b", "2025-12-31")["status"] == "no_data"


def test_value_decreases_lists_each_drop():
    from plan_analysis.report.assessment import value_decreases

    plan = make_plan(
        [indicator("a")],
        [report("a", "2025-10-31", 420), report("a", "2025-11-30", 380), report("a", "2025-12-20", 400)],
    )
    drops = value_decreases(plan.progress, "2025-12-31")
    assert drops[["previous", "value"]].values.tolist() == [[420.0, 380.0]]
    assert value_decreases(plan.progress, "2025-11-15").empty  # the 11-30 row is after the as-of date
    # An infinite value is no figure: the 12-20 row is compared with 10-31's 420, not with inf.
    plan.progress.loc[1, "value_base"] = float("inf")
    assert value_decreases(plan.progress, "2025-12-31")[["previous", "value"]].values.tolist() == [[420.0, 400.0]]


def test_range_is_met_at_its_lower_bound():
    plan = make_plan([indicator("a", target=10, high=20, qualifier="range")], [report("a", "2025-12-31", 10)])
    assert status_of(plan, "a", "2025-12-31")["status"] == "done"


# -- pace ----------------------------------------------------------------------------


def test_expected_share_counts_both_ends_of_the_period():
    start, end = pd.Timestamp("2025-01-01"), pd.Timestamp("2025-12-31")
    assert expected_share(start, end, pd.Timestamp("2025-12-31")) == 1.0
    assert expected_share(start, end, pd.Timestamp("2025-11-30")) == pytest.approx(334 / 365)
    assert expected_share(start, end, pd.Timestamp("2024-12-31")) == 0.0


def test_full_year_target_uses_the_year_not_the_quarter():
    plan = make_plan(
        [indicator("year", start="2025-01-01"), indicator("quarter")],
        [report("year", "2025-10-31", 80), report("quarter", "2025-10-31", 80)],
    )
    frame = assess_progress(plan, "2025-10-31").set_index("id")
    assert frame.loc["year", "expected"] == pytest.approx(304 / 365)
    assert frame.loc["quarter", "expected"] == pytest.approx(31 / 92)


# -- units ---------------------------------------------------------------------------


def test_values_in_another_unit_are_converted_to_the_indicator_unit(tmp_path):
    indicators = pd.DataFrame(
        [indicator("money", target=800000000, unit="元"), indicator("road", target=1.7, unit="公里")]
    )
    log = tmp_path / "progress.csv"
    log.write_text(
        "indicator_id,as_of,value,unit,status,status_date,source,note\n"
        "money,2025-11-30,71800,万元,,,月通报,\n"
        "road,2025-11-30,1200,米,,,月通报,\n",
        encoding="utf-8",
    )
    progress = load_progress(log, indicators, period_start=Q_START, period_end=Q_END)
    plan = SimpleNamespace(indicators=indicators, progress=progress, period_start=Q_START, period_end=Q_END)
    frame = assess_progress(plan, "2025-11-30").set_index("id")
    assert frame.loc["money", "value"] == pytest.approx(718000000)
    assert frame.loc["money", "completion"] == pytest.approx(0.8975)
    assert frame.loc["road", "value"] == pytest.approx(1.2)


def test_flagged_decrease_is_carried_into_the_assessment():
    plan = make_plan([indicator("a")], [report("a", "2025-10-31", 50), report("a", "2025-11-30", 40, flag="went down")])
    assert status_of(plan, "a", "2025-11-30")["flag"] == "went down"


# -- the bundled plan ----------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled():
    from plan_analysis.plans.loading import load_plan

    return load_plan("chentao-2025q4")


def test_bundled_plan_at_quarter_end(bundled):
    frame = assess_progress(bundled, "2025-12-31").set_index("id")
    # 76500万元 of 8亿元 by 12-20.
    assert frame.loc["eco.invoicing", "value"] == pytest.approx(7.65e8)
    assert frame.loc["eco.invoicing", "completion"] == pytest.approx(0.95625)
    # 11月底前 deadline, last reported in progress: overdue.
    assert frame.loc["liv.petition_backlog", "status"] == "overdue"
    # Only reported on 10-31: 61 days old at the quarter's end.
    assert frame.loc["eco.rd_investment", "status"] == "stale"
    # Nothing reported at all.
    assert frame.loc["eco.high_tech_firms", "status"] == "no_data"
    # 2个以上 reached on 12-20.
    assert frame.loc["eco.new_projects_100m", "status"] == "done"
    # 1 of 3 bridges with the year over.
    assert frame.loc["liv.dangerous_bridges", "status"] == "behind"
    # 5.6 of 6.5公里 (86%) as of 12-20: day 81 of the quarter's 92, so 88% was due then;
    # 2 points short is on track (it was "behind" when held to the 100% due on 12-31).
    assert frame.loc["liv.road_repair", "expected"] == pytest.approx(81 / 92)
    assert frame.loc["liv.road_repair", "status"] == "on_track"
    counts = status_counts(frame.reset_index())
    assert counts.to_dict() == {
        "done": 9,
        "on_track": 8,
        "behind": 3,
        "overdue": 1,
        "within_limit": 0,
        "outside_limit": 0,
        "stale": 1,
        "no_data": 1,
    }
    assert (frame["status"] == "context").sum() == 7


def test_bundled_plan_mid_quarter(bundled):
    frame = assess_progress(bundled, "2025-11-30").set_index("id")
    # The 12-20 reports do not exist yet; the milestone is not past its 11-30 deadline.
    assert frame.loc["eco.new_projects_100m", "value"] == 1
    assert frame.loc["liv.petition_backlog", "status"] == "on_track"
    assert frame.loc["eco.rd_investment", "status"] != "stale"


def test_rollups_by_area_and_measure(bundled):
    frame = assess_progress(bundled, "2025-12-31")
    by_area = summarize_by(frame, "area")
    assert list(by_area.index) == ["经济运行", "乡村振兴", "民生福祉"]  # the plan's order
    # 民生福祉: 6 targets (樊陈线, 道路大中修, 危桥, 四好农村路, 农房, 户厕) + 1 milestone
    # (信访积案); its descriptor (3村) is not counted.
    assert by_area.loc["民生福祉", "indicators"] == 7
    assert by_area.loc["民生福祉", "overdue"] == 1
    assert by_area["indicators"].sum() == 23
    by_measure = summarize_by(frame, "measure")
    assert by_measure.loc[("乡村振兴", "三是", "提质增效做优特色品牌"), "done"] == 1
    with pytest.raises(ValueError):
        summarize_by(frame, "kind")


def test_overall_completion_caps_each_target_at_100_percent():
    plan = make_plan([indicator("a"), indicator("b")], [report("a", "2025-12-31", 150), report("b", "2025-12-31", 50)])
    assert overall_completion(assess_progress(plan, "2025-12-31")) == pytest.approx(0.75)


@pytest.mark.parametrize("as_of", ["2025-09-30", "2026-01-01", "yesterday", None])
def test_as_of_must_be_a_date_inside_the_plan(as_of):
    # A parameter error (a sibling of InputError since issue 20), exit 2 on the CLI.
    from plan_analysis.errors import ParameterError

    plan = make_plan([indicator("a")], [])
    with pytest.raises(ParameterError, match="as_of"):
        assess_progress(plan, as_of)
    # A midnight Timestamp (what pandas code has at hand) is a date.
    assert len(assess_progress(plan, pd.Timestamp("2025-12-31"))) == 1
