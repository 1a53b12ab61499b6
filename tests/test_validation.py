"""`validate`: every mistake a reviewer can make, each named by file, row and column, all at once.

Each test breaks one cell of a copy of the reviewed plan the way a reviewer
could, and checks the line that names it. Rows are spreadsheet rows: the
header is row 1, ``eco.invoicing`` (the first data row) row 2.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from plan_analysis.cli import main
from plan_analysis.plans.validation import plan_problems

PLAN = "chentao-2025q4"


def _edit(plan_files: Path, changes: dict[tuple[str, str], str]) -> None:
    path = plan_files / "indicators.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for (ident, column), value in changes.items():
        [row] = [r for r in rows if r["id"] == ident]
        row[column] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _lines(data_copy: Path) -> list[str]:
    return [str(p) for p in plan_problems(PLAN, data_copy)]


def test_the_reviewed_plan_has_no_problems(data_copy):
    assert _lines(data_copy) == []


def test_span_must_hold_quantity_text(data_copy, plan_files):
    # 8亿元 stands at 215:218 of the normalised text; 216:218 is 亿元.
    _edit(plan_files, {("eco.invoicing", "span_start"): "216"})
    [line] = _lines(data_copy)
    assert "row 2, column 'span_start'" in line and "'亿元'" in line and "215:218" in line


def test_milestone_span_must_hold_its_source_phrase(data_copy, plan_files):
    _edit(plan_files, {("liv.petition_backlog", "span_end"): "1480"})
    [line] = _lines(data_copy)
    assert "row 31, column 'span_start'" in line and "11月底前攻坚化解一批信访积案" in line


def test_source_phrase_must_occur_in_the_text(data_copy, plan_files):
    # Traditional characters: the raw text, not the normalised one.
    _edit(plan_files, {("liv.road_repair", "source_phrase"): "完成農村6.5公里道路大中修"})
    [line] = _lines(data_copy)
    assert "row 25, column 'source_phrase'" in line and "does not occur" in line


def test_area_must_be_an_area_of_the_plan(data_copy, plan_files):
    _edit(plan_files, {("rur.seed_base", "area"): "农业"})
    [line] = _lines(data_copy)
    assert "row 19, column 'area'" in line and "经济运行, 乡村振兴, 民生福祉, 责任落实" in line


def test_area_may_be_listed_in_plan_yaml(data_copy, plan_files):
    _edit(plan_files, {("rur.high_standard_farmland", "area"): "农业"})
    with (plan_files / "plan.yaml").open("a", encoding="utf-8") as fh:
        fh.write("areas: [经济运行, 乡村振兴, 民生福祉, 责任落实, 农业]\n")
    assert _lines(data_copy) == []


def test_parent_must_exist(data_copy, plan_files):
    _edit(plan_files, {("eco.rd_investment", "parent_id"): "eco.nothing"})
    [line] = _lines(data_copy)
    assert "row 16, column 'parent_id'" in line and "unknown parent 'eco.nothing'" in line


def test_no_row_is_its_own_parent(data_copy, plan_files):
    _edit(plan_files, {("eco.rd_investment", "parent_id"): "eco.rd_investment"})
    [line] = _lines(data_copy)
    assert "row 16, column 'parent_id'" in line and "its own parent" in line


def test_parents_form_no_cycle(data_copy, plan_files):
    # eco.rd_investment's parent is eco.tech_upgrade_investment; close the loop.
    _edit(plan_files, {("eco.tech_upgrade_investment", "parent_id"): "eco.rd_investment"})
    lines = _lines(data_copy)
    assert len(lines) == 2 and all("cycle" in line for line in lines)
    assert "row 15, column 'parent_id'" in lines[0] and "row 16, column 'parent_id'" in lines[1]


def test_periods_lie_inside_the_plan_period(data_copy, plan_files):
    # ISSUE-10: a milestone dated centuries away passed and hung the timeline chart.
    _edit(plan_files, {("liv.petition_backlog", "period_end"): "2925-11-30"})
    [line] = _lines(data_copy)
    assert "row 31, column 'period_end'" in line and "outside the plan's period" in line


def test_a_whole_year_target_in_a_quarter_plan_is_inside(data_copy, plan_files):
    # 全年 targets run from 1 January in the Q4 plan (the reviewed table does it): no problem.
    _edit(plan_files, {("liv.road_repair", "period_start"): "2025-01-01"})
    assert _lines(data_copy) == []


def test_unit_must_match_the_quantity(data_copy, plan_files):
    _edit(plan_files, {("liv.road_repair", "unit"): "亩"})
    [line] = _lines(data_copy)
    assert "row 25, column 'unit'" in line and "'公里'" in line


def test_target_must_match_the_quantity_in_base_units(data_copy, plan_files):
    # 8亿元 typed as 8 (the number as written, not in 元).
    _edit(plan_files, {("eco.invoicing", "target"): "8"})
    [line] = _lines(data_copy)
    assert "row 2, column 'target'" in line and "8e+08" in line


def test_a_milestone_has_no_unit(data_copy, plan_files):
    _edit(plan_files, {("liv.petition_backlog", "unit"): "个"})
    [line] = _lines(data_copy)
    assert "row 31, column 'target'" in line and "a milestone has no target or unit" in line


def test_an_area_of_descriptors_alone_is_valid_and_renders(data_copy, plan_files):
    # 种子基地 (a descriptor) moved under 责任落实, which then holds no target or milestone:
    # validate accepts it, so the report's roll-up by area must render it too.
    from plan_analysis.report.sections import build_report

    _edit(plan_files, {("rur.seed_base", "area"): "责任落实"})
    assert _lines(data_copy) == []
    html = build_report("chentao-2025q4", "2025Q4", "2025-12-31", "zh", data_copy).by_area().html
    assert "责任落实" in html


def test_every_problem_is_listed_one_line_each(data_copy, plan_files, capsys):
    _edit(
        plan_files,
        {
            ("eco.invoicing", "span_start"): "216",
            ("rur.seed_base", "area"): "农业",
            ("eco.rd_investment", "parent_id"): "eco.rd_investment",
            ("liv.petition_backlog", "period_end"): "2925-11-30",
            ("liv.road_repair", "target"): "6.5公里",
        },
    )
    assert main(["--data-root", str(data_copy), "validate", PLAN]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    # The count comes last, on the same stream as the problems (so that it never precedes them).
    assert captured.out == "" and err.pop() == f"{PLAN}: 5 problem(s), listed above"
    rows = [line.split(", column")[0].rsplit("row ", 1)[1] for line in err]
    assert rows == ["2", "16", "19", "25", "31"]  # file order
    assert all(line.startswith("plan-analysis: error: ") and "expected" in line for line in err)


@pytest.mark.parametrize("header_change", ["review", None])
def test_review_column_is_optional(data_copy, plan_files, header_change):
    path = plan_files / "indicators.csv"
    text = path.read_text(encoding="utf-8").splitlines()
    if header_change:
        text = [text[0] + ",review"] + [line + ",0.95 checked" for line in text[1:]]
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    assert _lines(data_copy) == []
