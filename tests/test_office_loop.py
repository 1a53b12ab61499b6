"""The statistics office's loop (issue 21): draft, fill some rows of the workbook, validate, report.

Each numbered point of the issue has a test here (pace at the value's date is
in test_assessment.py); the last test is the issue's "Done when", end to end.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml
from office_fixtures import (
    COUNTY_EMPTY_AREA,
    COUNTY_TEXT,
    TOWNSHIP_EMPTY_AREA,
    TOWNSHIP_TEXT,
    draft,
    fill,
)

from plan_analysis.cli.main import main
from plan_analysis.plans.loading import load_plan
from plan_analysis.plans.progress import INFO_COLUMNS, PROGRESS_COLUMNS

NOV_30 = dt.date(2025, 11, 30)


@pytest.fixture
def county(tmp_path: Path) -> Path:
    draft(COUNTY_TEXT, "shexian", tmp_path / "data")
    return tmp_path / "data"


# -- 1. a filled workbook is the plan's progress log ---------------------------------------


def test_a_drafted_plan_reads_its_workbook_and_validate_names_it(county, capsys):
    folder = county / "plans" / "shexian"
    assert yaml.safe_load((folder / "plan.yaml").read_text(encoding="utf-8"))["progress"] == "progress.xlsx"
    assert not (folder / "progress.csv").exists()  # one log, not a blank CSV beside the workbook
    fill(folder / "progress.xlsx", {"120公里": (NOV_30, 96, None)})
    capsys.readouterr()
    assert main(["--data-root", str(county), "validate", "shexian"]) == 0
    out = capsys.readouterr().out
    assert "1 progress rows" in out and "progress read from progress.xlsx" in out
    plan = load_plan("shexian", county)
    assert plan.progress_path == (folder / "progress.xlsx").resolve()
    assert list(plan.progress["value_base"]) == [96.0]


def test_an_older_draft_naming_a_blank_csv_reads_the_filled_workbook(county, capsys):
    folder = county / "plans" / "shexian"
    meta = (
        (folder / "plan.yaml").read_text(encoding="utf-8").replace("progress: progress.xlsx", "progress: progress.csv")
    )
    (folder / "plan.yaml").write_text(meta, encoding="utf-8")
    (folder / "progress.csv").write_text(",".join(PROGRESS_COLUMNS) + "\n", encoding="utf-8")
    fill(folder / "progress.xlsx", {"85公里": (NOV_30, 60, None)})
    plan = load_plan("shexian", county)
    assert plan.progress_path.name == "progress.xlsx" and len(plan.progress) == 1
    capsys.readouterr()
    assert main(["--data-root", str(county), "validate", "shexian"]) == 0
    out = capsys.readouterr().out
    assert "progress read from progress.xlsx" in out and "progress.csv named in plan.yaml holds no rows" in out
    # A CSV with rows of its own is what plan.yaml says: the workbook is not read then.
    (folder / "progress.csv").write_text(
        ",".join(PROGRESS_COLUMNS) + "\n" + "a2.t1,2025-10-31,40,公里,,,月报,\n", encoding="utf-8"
    )
    plan = load_plan("shexian", county)
    assert plan.progress_path.name == "progress.csv" and list(plan.progress["value_base"]) == [40.0]


# -- 2. blank rows are "not reported"; problems come before their count ------------------------


def test_blank_rows_of_the_workbook_are_not_reported_not_errors(county):
    folder = county / "plans" / "shexian"
    fill(folder / "progress.xlsx", {"120公里": (NOV_30, 96, None), "5000人": (NOV_30, 4200, None)})
    plan = load_plan("shexian", county)
    drafted = pd.read_csv(folder / "indicators.csv")
    # Two rows filled; every other row of the sheet (all pre-filled with id and unit) is left out.
    assert len(plan.progress) == 2 < (drafted["kind"] != "descriptor").sum()


def test_a_row_with_a_value_but_no_date_names_its_cell(county, capsys):
    from openpyxl import load_workbook

    path = county / "plans" / "shexian" / "progress.xlsx"
    book = load_workbook(path)
    sheet = book["progress"]
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("value") + 1).value = 7
    book.save(path)
    capsys.readouterr()
    assert main(["--data-root", str(county), "validate", "shexian"]) == 2
    captured = capsys.readouterr()
    # One problem, one line (no "listed above" on another stream, which could show before it).
    [line] = captured.err.strip().splitlines()
    assert "row 2, column 'as_of'" in line and "as_of is empty" in line and captured.out == ""


# -- 3. the sheet a clerk fills in says what each row is ----------------------------------------


def test_the_progress_sheet_shows_name_target_and_deadline_and_skips_descriptors(tmp_path):
    from openpyxl import load_workbook

    seed = Path(__file__).resolve().parents[1] / "data" / "raw" / "chentao-2025q4.txt"
    folder = draft(seed, "mine", tmp_path)
    drafted = pd.read_csv(folder / "indicators.csv")
    sheet = load_workbook(folder / "progress.xlsx")["progress"]
    header = [c.value for c in sheet[1]]
    assert header == ["indicator_id", *INFO_COLUMNS, *PROGRESS_COLUMNS[1:]]
    rows = pd.DataFrame(list(sheet.iter_rows(min_row=2, values_only=True)), columns=header)
    scored = drafted[drafted["kind"] != "descriptor"]
    assert (drafted["kind"] == "descriptor").any()  # the seed has descriptors: none of them is on the sheet
    assert list(rows["indicator_id"]) == list(scored["id"])
    assert list(rows["name_zh"]) == list(scored["name_zh"])
    targets = scored["kind"] == "target"
    # The target as the plan writes it (8亿元, 2个以上), beside the base-unit figure of indicators.csv.
    assert list(rows.loc[targets.to_numpy(), "target"]) == list(scored.loc[targets, "quantity_text"])
    assert rows.loc[~targets.to_numpy(), "target"].isna().all()
    assert all(str(end) in str(d) for end, d in zip(scored["period_end"], rows["deadline"]))


# -- 6. areas no row covers are listed, not dropped ---------------------------------------------


def test_an_area_without_rows_is_listed_by_draft_validate_and_explore(tmp_path, capsys):
    from plan_analysis.plans import explore

    root = tmp_path / "data"
    draft(COUNTY_TEXT, "shexian", root)
    out = capsys.readouterr().out
    assert f"{COUNTY_EMPTY_AREA}: no quantified commitment found" in out
    assert main(["--data-root", str(root), "validate", "shexian"]) == 0
    assert f"area {COUNTY_EMPTY_AREA}: no quantified commitment found" in capsys.readouterr().out
    plan = load_plan("shexian", root)
    assert plan.uncovered_areas == [COUNTY_EMPTY_AREA]
    table = explore.quantification_by_area(plan).set_index("area")
    # Each of the five areas is a block of text without 一是/二是 measures: one measure each, never NaN.
    assert list(table["measures"]) == [1] * 5 and table["share"].notna().all()
    assert table.loc[COUNTY_EMPTY_AREA, "rows"] == 0
    assert table.loc[COUNTY_EMPTY_AREA, "note"] == "no quantified commitment found"
    # 城乡道路畅通工程 has 85公里, 6座 and 2.5亿元: three targets, three rows.
    assert table.loc["城乡道路畅通工程", ["with_numeric_target", "rows"]].tolist() == [1, 3]


def _sections(root: Path, plan_id: str, lang: str = "zh"):
    from plan_analysis.report.sections import build_report

    return build_report(plan_id, "2025Q4", "2025-12-31", lang, root)


def test_a_plan_without_milestones_shows_a_sentence_not_an_empty_timeline(tmp_path):
    root = tmp_path / "data"
    draft(TOWNSHIP_TEXT, "liuxi", root)
    report = _sections(root, "liuxi")
    milestones = report.milestones().html
    assert "<img" not in milestones and "<table" not in milestones
    assert "本计划没有节点任务" in milestones
    by_area = report.by_area().html
    # 基层治理 (no figure, no deadline in the text) is listed, with the sentence and no chart.
    area = by_area.split(f">{TOWNSHIP_EMPTY_AREA}</h3>")[1]
    assert area.lstrip().startswith('<p class="pa-empty">未发现量化承诺')
    assert by_area.count("<img") == 2  # 产业发展 and 人居环境 have targets to chart
    # No empty table header: the plan has no descriptors, so no context table.
    assert "pa-context" not in report.indicator_table().html
    assert [a for _, a, _ in report.sections()][1] == "分领域进展"
    assert TOWNSHIP_EMPTY_AREA in [title for _, title in report.sections()[1][2]]


# -- 4. coverage beside every mean ----------------------------------------------------------


def test_the_headline_and_each_area_say_how_many_figures_the_mean_averages(county):
    folder = county / "plans" / "shexian"
    fill(folder / "progress.xlsx", {"120公里": (NOV_30, 96, None), "85公里": (NOV_30, 60, None)})
    report = _sections(county, "shexian")
    amount = report.assessment[report.assessment["rule"] == "amount"]
    headline = report.headline().html
    # 96/120 = 80% and 60/85 = 70.6%: mean 75%, averaged over 2 of the amount targets.
    assert '<b class="pa-overall">75%</b>' in headline
    assert f"（{len(amount)} 项中 2 项已报告）" in headline
    by_area = report.by_area().html
    # 农村饮水安全巩固提升工程: 120公里 reported, 3.2万人 not; 城乡道路畅通工程: 85公里 of 85公里, 6座, 2.5亿元.
    assert "量化目标平均完成率 80%（2 项中 1 项已报告）" in by_area
    assert "量化目标平均完成率 71%（3 项中 1 项已报告）" in by_area
    assert f"(2 of {len(amount)} reported)" in _sections(county, "shexian", "en").headline().html


# -- 7. names cut from clauses are doubted; the place loses its preposition ---------------------


def test_cut_names_lower_the_confidence_and_the_place_keeps_no_preposition(county):
    folder = county / "plans" / "shexian"
    meta = yaml.safe_load((folder / "plan.yaml").read_text(encoding="utf-8"))
    assert meta["place"] == "涉县"  # the text says 在涉县办好
    rows = pd.read_csv(folder / "indicators.csv").set_index("quantity_text")
    # 有效改善3.2万人口的饮水安全问题: the name is a clause with the counted noun cut out.
    doubtful = rows.loc["3.2万人"]
    assert float(doubtful["review"].split()[0]) < 0.8 and "not a noun phrase" in doubtful["review"]
    # 全年完成投资2.5亿元: 投资 names no subject.
    assert "names no subject" in rows.loc["2.5亿元", "review"]
    # A plain noun phrase keeps its confidence.
    assert float(rows.loc["30个", "review"].split()[0]) >= 0.8


@pytest.mark.parametrize(
    "name, doubted",
    [
        ("有效改善口的饮水安全问题", True),
        ("惠及乡镇(街道办", True),
        ("全长", True),
        ("农村户厕改造", False),
        ("村级养老服务站（点）", False),
        ("“五星上云企业”", False),
    ],
)
def test_name_doubts(name, doubted):
    from plan_analysis.plans.naming import name_doubts

    assert bool(name_doubts(name)) is doubted


@pytest.mark.parametrize(
    "place, cleaned", [("在涉县", "涉县"), ("于樊川镇", "樊川镇"), ("涉县", "涉县"), ("在", "在"), (None, None)]
)
def test_clean_place(place, cleaned):
    from plan_analysis.plans.naming import clean_place

    assert clean_place(place)[0] == cleaned


@pytest.mark.slow
def test_explore_notebook_takes_data_root_without_a_papermill_warning(county, tmp_path, caplog):
    import logging

    import papermill

    notebook = Path(__file__).resolve().parents[1] / "notebooks" / "explore_plan.ipynb"
    assert "data_root" in papermill.inspect_notebook(str(notebook))
    with caplog.at_level(logging.WARNING, logger="papermill"):
        papermill.execute_notebook(
            str(notebook),
            str(tmp_path / "explored.ipynb"),
            parameters={"plan_id": "shexian", "data_root": str(county)},
            kernel_name="python3",
            progress_bar=False,
            cwd=str(notebook.parent),
        )
    assert not [r for r in caplog.records if "unknown parameter" in r.getMessage()]
    executed = (tmp_path / "explored.ipynb").read_text(encoding="utf-8")
    assert "no quantified commitment found" in executed and "NaN" not in executed.split("How quantified")[1]


# -- Done when -------------------------------------------------------------------------------


@pytest.mark.slow
def test_done_when_three_rows_filled_the_report_shows_them_and_their_coverage(tmp_path):
    """Draft a plan, fill three rows of progress.xlsx with openpyxl, leave the rest blank, report."""
    from plan_analysis.report.runner import render_report

    root = tmp_path / "data"
    folder = draft(COUNTY_TEXT, "shexian", root)
    fill(
        folder / "progress.xlsx",
        {
            "120公里": (NOV_30, 96, None),
            "85公里": (NOV_30, 60, None),
            "85%以上": (NOV_30, 0.9, "0%"),  # typed 90% in Excel: stored 0.9, read as 90 %
        },
    )
    html_path = render_report("shexian", "2025Q4", "2025-12-31", "zh", tmp_path / "reports", quiet=True, data_root=root)
    page = html_path.read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", re.sub(r"<(style|script)\b.*?</\1>", "", page, flags=re.DOTALL)))
    # The three values, as the indicator table writes them.
    for value in ("96公里", "60公里", "90%"):
        assert f" {value} 2025-11-30 " in text, value
    drafted = pd.read_csv(folder / "indicators.csv")
    scored = drafted[drafted["kind"] != "descriptor"]
    assert f"{len(scored)} 项中 3 项已报告" in text  # "3 of N reported"
    # No demo banner: the figures are the office's, not invented (progress_illustrative is unset).
    assert "示例数据" not in text and "ILLUSTRATIVE" not in page
    # No broken section: every section of the table of contents is there, no error output,
    # no table without rows, the empty area said in words.
    for anchor in ("pa-headline", "pa-areas", "pa-milestones", "pa-indicators", "pa-quality", "pa-provenance"):
        assert f'id="{anchor}"' in page, anchor
    assert "Traceback" not in text and 'data-mime-type="application/vnd.jupyter.stderr"' not in page
    assert not re.search(r"<tbody>\s*</tbody>", page)
    assert f"{COUNTY_EMPTY_AREA} 未发现量化承诺" in text
