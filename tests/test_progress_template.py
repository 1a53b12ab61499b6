"""The blank template for a town office, and the same log kept in Excel."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from plan_analysis.plans.loading import load_plan
from plan_analysis.plans.progress import PROGRESS_COLUMNS, load_progress, progress_warnings, write_template

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def plan():
    return load_plan("chentao-2025q4")


def _load(path, plan):
    return load_progress(path, plan.indicators, period_start=plan.period_start, period_end=plan.period_end)


def test_shipped_templates_are_blank_and_load(plan):
    csv = REPO / "data" / "templates" / "progress_template.csv"
    assert csv.read_text(encoding="utf-8").strip() == ",".join(PROGRESS_COLUMNS)
    for name in ("progress_template.csv", "progress_template.xlsx"):
        assert len(_load(REPO / "data" / "templates" / name, plan)) == 0, name


def test_excel_log_reads_like_the_csv(plan, tmp_path):
    xlsx = write_template(tmp_path / "log.xlsx", plan.progress)
    from_excel = _load(xlsx, plan)
    columns = ["indicator_id", "as_of", "value_base", "status", "status_date", "source"]
    pd.testing.assert_frame_equal(from_excel[columns], plan.progress[columns], check_dtype=False)
    # 76500万元 on 2025-12-20 is 7.65亿元 in the indicator's unit.
    row = from_excel[(from_excel["indicator_id"] == "eco.invoicing") & (from_excel["as_of"] == "2025-12-20")]
    assert row["value_base"].item() == pytest.approx(7.65e8)


def test_excel_log_with_a_unit_mismatch_names_the_cell(plan, tmp_path):
    rows = pd.DataFrame(
        [
            {
                "indicator_id": "liv.road_repair",
                "as_of": "2025-11-30",
                "value": 3,
                "unit": "亩",
                "status": None,
                "status_date": None,
                "source": "月通报",
                "note": None,
            }
        ]
    )
    xlsx = write_template(tmp_path / "bad.xlsx", rows)
    with pytest.raises(Exception, match="row 2, column 'unit'"):
        _load(xlsx, plan)


def test_decreasing_value_is_a_warning_not_an_error(plan, tmp_path):
    log = tmp_path / "progress.csv"
    log.write_text(
        ",".join(PROGRESS_COLUMNS) + "\n"
        "liv.road_repair,2025-10-31,4.1,公里,,,月通报,\n"
        "liv.road_repair,2025-11-30,3.9,公里,,,月通报,更正\n",
        encoding="utf-8",
    )
    warnings = progress_warnings(_load(log, plan))
    assert len(warnings) == 1 and warnings[0].startswith("liv.road_repair: cumulative value went down")
    assert progress_warnings(plan.progress) == []  # the bundled log never goes down
