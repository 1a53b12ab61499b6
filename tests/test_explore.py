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


# ---------------------------------------------------------- reviewing a draft


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    from plan_analysis.cli import main
    from plan_analysis.plans.loading import load_plan

    root = tmp_path_factory.mktemp("explore") / "root"
    assert main(["--data-root", str(root), "draft", str(plan_path()), "--plan", "mine"]) == 0
    return load_plan("mine", root)


def plan_path():
    from pathlib import Path

    return Path(__file__).resolve().parents[1] / "data" / "raw" / "chentao-2025q4.txt"


def test_highlighted_text_marks_every_row_by_kind_and_escapes(plan):
    import re

    html = explore.highlighted_text(plan)
    marks = re.findall(r'<mark style="background:([^;"]+)[^"]*" title="([^"]*)">', html)
    # Every row with a span is hovered by its id at least once, in its kind's colour.
    titled = {title.split(" · ")[0]: colour for colour, title in marks}
    spanned = plan.indicators.dropna(subset=["span_start"])
    assert set(spanned["id"]) <= set(titled)
    assert titled["eco.invoicing"] == explore.KIND_COLOURS["target"]
    assert titled["liv.petition_backlog"] == explore.KIND_COLOURS["milestone"]
    # The text is escaped: “1+19+N” stays text, and the plan's "(套)" is not markup.
    assert "<script" not in html and "台(套)" in html


def test_highlighted_text_escapes_markup_in_names(plan):
    rows = plan.indicators.copy()
    rows.loc[0, "name_zh"] = "<b>x</b>"
    html = explore.highlighted_text(plan, rows)
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def test_lost_characters_show_as_a_placeholder_with_their_pinyin(plan):
    import re

    html = explore.highlighted_text(plan)
    # 作者系陈��党委书记: the second lost character kept its note (zhèn): 镇.
    lost = re.findall(r'<span style="color:#b00[^"]*" title="([^"]*)">([^<]*)</span>', html)
    assert "\ufffd" not in html
    shown = [text for _, text in lost]
    assert "□(zhèn)" in shown and "□(jī)" in shown
    assert all("mojibake" in title for title, _ in lost)


def test_unmatched_deadlines_of_the_reviewed_plan(plan):
    table = explore.unmatched_deadlines(plan)
    # The three 四季度 outside every row: the two framing sentences of the preamble and
    # 为推进四季度各项重点工作提供…保证 (no task). Every dated task has a row.
    assert list(table["deadline_text"]) == ["四季度", "四季度", "四季度"]
    assert table.iloc[0]["clause"].startswith("四季度既是全年工作的")


def test_rows_to_review_lists_doubtful_drafted_rows_first(plan, drafted):
    assert explore.rows_to_review(plan).empty  # reviewed rows carry no review note
    table = explore.rows_to_review(drafted)
    assert len(table) > 0 and table["confidence"].is_monotonic_increasing
    assert (table["confidence"] < 0.8).all()


@pytest.mark.slow
def test_notebook_runs_on_a_drafted_plan_in_another_data_root(drafted, tmp_path):
    from pathlib import Path

    import papermill

    notebook = Path(__file__).resolve().parents[1] / "notebooks" / "explore_plan.ipynb"
    out = tmp_path / "explored.ipynb"
    papermill.execute_notebook(
        str(notebook),
        str(out),
        parameters={"plan_id": "mine", "data_root": str(drafted.dir.parents[1])},
        kernel_name="python3",
        progress_bar=False,
        cwd=str(notebook.parent),
    )
    executed = out.read_text(encoding="utf-8")
    assert "milestone:verb(落地)" in executed  # the rows to review
    assert "a2.m3" in executed  # a drafted milestone's id in the highlighted text
