"""The researcher's views of a plan (notebooks/explore_plan.ipynb), checked against the plan text."""
from __future__ import annotations

import pytest

from plan_analysis.plans import explore


@pytest.fixture(scope="module")
def plan():
    from plan_analysis.plans.loading import load_plan

    return load_plan("chentao-2025q4")


@pytest.fixture(scope="module")
def extracted(plan):
    return explore.quantities(plan)


def test_outline_tree_has_four_areas_of_three_measures(plan):
    tree = explore.outline_tree(plan).splitlines()
    # 聚焦经济运行 / 乡村振兴 / 民生福祉 / 责任落实, each with 一是 二是 三是.
    areas = [line for line in tree if line.startswith(("├─ ", "└─ "))]
    assert len(areas) == 4 and areas[0].endswith("聚焦经济运行,在稳增长提质效上实现新提速")
    assert len(tree) == 1 + 4 + 12


def test_quantification_by_area(plan, extracted):
    table = explore.quantification_by_area(plan, extracted).set_index("area")
    shares = table["with_numeric_target"].tolist()
    # 经济运行: all three measures carry targets (8亿元, 2个以上, 3家 …); 乡村振兴: 一是 (1.2万亩)
    # and 二是 (5000平方米) but not 三是 (a date only); 民生福祉: only 一是 (6.5公里 …);
    # 责任落实: no numbers at all.
    assert shares == [3, 2, 1, 0]


def test_every_curated_quantity_is_extracted(plan, extracted):
    comparison = explore.extracted_vs_curated(plan, extracted)
    curated = plan.indicators[plan.indicators["kind"].astype(str) != "milestone"]
    assert (comparison["match"] == "both").sum() == len(curated)
    assert set(comparison["match"]) <= {"both", "extracted only", "curated only"}


def test_deadlines_are_sorted_and_include_the_milestones(plan, extracted):
    table = explore.deadlines(plan, extracted)
    assert table["deadline"].is_monotonic_increasing
    # The earliest dated commitment is the vermicelli base, 10月底.
    assert table.iloc[0]["deadline_text"] == "10月底"
    assert (table["source"] == "curated milestone").sum() == 7


def test_raw_and_normalized_side_by_side(plan):
    table = explore.raw_vs_normalized(plan, sentences=3)
    assert list(table.columns) == ["normalized", "raw"]
    # The second sentence is traditional in the raw text, simplified after normalisation.
    assert "冲刺期" in table.iloc[1]["normalized"] and "沖刺期" in table.iloc[1]["raw"]


def test_flagged_spans_show_the_mojibake(plan):
    table = explore.flagged_spans(plan)
    assert len(table) > 0
    assert set(table["kind"]) <= {"mojibake-repaired", "mojibake-lost"}
