"""The year-end projection and the pace line, with values worked out by hand."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from plan_analysis.report.projection import elapsed_share, project

YEAR = (date(2021, 1, 1), date(2021, 12, 31))


def _indicator(target: float, qualifier: str = "=") -> pd.Series:
    return pd.Series(
        {
            "id": "a1.t1",
            "target": target,
            "qualifier": qualifier,
            "period_start": "2021-01-01",
            "period_end": "2021-12-31",
        }
    )


def _progress(*rows: tuple[str, float]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "indicator_id": ["a1.t1"] * len(rows),
            "as_of": pd.to_datetime([d for d, _ in rows]),
            "value_base": [v for _, v in rows],
        }
    )


def test_elapsed_share_counts_whole_days():
    # 31 August 2021 is day 243 of 365 (31+28+31+30+31+30+31+31).
    assert elapsed_share(*YEAR, date(2021, 8, 31)) == pytest.approx(243 / 365)
    assert elapsed_share(*YEAR, date(2021, 12, 31)) == 1.0
    assert elapsed_share(*YEAR, date(2020, 12, 1)) == 0.0


def test_projection_carries_the_recorded_pace_to_year_end():
    # 1110 of 1500 started by 31 August: 1110 / (243/365) = 1667.3 ≥ 1500, on course.
    found = project(_indicator(1500), _progress(("2021-08-31", 1110)), *YEAR, cumulative=True)
    assert found.projected == pytest.approx(1110 * 365 / 243)
    assert found.projected == pytest.approx(1667.28, abs=0.01)
    assert not found.at_risk
    # The pace line on that day: 1500 × 243/365 = 998.6.
    assert found.pace(date(2021, 8, 31)) == pytest.approx(998.63, abs=0.01)


def test_projection_short_of_the_target_is_at_risk():
    # 600 by 30 June (day 181): 600 × 365/181 = 1209.9 < 1500.
    found = project(_indicator(1500), _progress(("2021-03-31", 200), ("2021-06-30", 600)), *YEAR, cumulative=True)
    assert found.projected == pytest.approx(1209.94, abs=0.01)
    assert found.at_risk
    assert [v for _, v in found.history] == [200, 600]


def test_a_ceiling_is_at_risk_when_the_projection_exceeds_it():
    # Spending capped at 100: 60 by 30 June → 60 × 365/181 = 121.0 > 100.
    found = project(_indicator(100, "<="), _progress(("2021-06-30", 60)), *YEAR, cumulative=True)
    assert found.at_risk


def test_a_value_at_period_end_is_the_outcome_not_a_projection():
    found = project(_indicator(1500), _progress(("2021-12-31", 1400)), *YEAR, cumulative=True)
    assert found.final and found.projected is None
    assert found.at_risk  # 1400 < 1500


def test_rates_are_not_projected():
    found = project(_indicator(50), _progress(("2021-08-31", 37.44)), *YEAR, cumulative=False)
    assert found.projected is None and not found.at_risk


def test_values_outside_the_period_are_left_out_of_the_history():
    found = project(_indicator(1500), _progress(("2020-12-31", 90), ("2021-05-31", 500)), *YEAR, cumulative=True)
    assert found.history == [(date(2021, 5, 31), 500.0)]
