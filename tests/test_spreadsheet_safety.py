"""Spreadsheets the package writes and reads (issue 19: items 1, 2, 9 and the empty plan).

1. no text a plan or an office supplies becomes a live formula in any CSV or
   workbook the package writes, and what is written reads back as it was;
2. a percentage typed in Excel (85% stored as 0.85) is read as 85 for an
   indicator in %, and refused where it is ambiguous;
9. a workbook that would unpack to far more than a progress log is refused
   before openpyxl opens it;
and a plan without indicator rows does not validate.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from plan_analysis.cli.main import main
from plan_analysis.errors import InputError
from plan_analysis.plans.loading import load_plan
from plan_analysis.plans.progress import PROGRESS_COLUMNS, load_progress, write_template
from plan_analysis.text.cells import FORMULA_STARTS, escape_cell, unescape_cell

REPO = Path(__file__).resolve().parents[1]
# Each begins a line of the plan below: a formula, a link, and the other characters
# a spreadsheet reads as the start of one.
PLANTED = ["=SUM(A1)", '=HYPERLINK("//host/x")', "+1", "-x", "@x"]
PLANTED_TEXT = (
    "某镇2025年四季度重点工作\n"
    "一、项目建设\n"
    "=SUM(A1)新建公园2个。\n"
    '=HYPERLINK("//host/x")改造道路3公里。\n'
    "+1新增就业50人。\n"
    "-x建成农家书屋4个。\n"
    "@x完成危房改造6户。\n"
)


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _formula_like(cell: str) -> bool:
    return cell.startswith(FORMULA_STARTS) and not _is_number(cell)


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    text = tmp_path / "planted.txt"
    text.write_text(PLANTED_TEXT, encoding="utf-8")
    assert main(["--data-root", str(tmp_path / "data"), "draft", str(text), "--plan", "planted"]) == 0
    return tmp_path / "data"


@given(st.text(alphabet=st.sampled_from(["=", "+", "-", "@", "'", "\t", "\r", "a", "1", "镇", " "]), max_size=8))
def test_escaping_round_trips_and_leaves_no_formula(text):
    escaped = escape_cell(text)
    assert unescape_cell(escaped) == text
    assert not escaped.startswith(FORMULA_STARTS)


def test_numbers_and_plain_text_are_not_escaped():
    assert escape_cell(-5) == -5 and escape_cell(2.5) == 2.5 and escape_cell(None) is None
    assert escape_cell("改造道路") == "改造道路"
    assert unescape_cell("'abc") == "'abc"  # a quote before plain text was typed, not added


def test_drafted_indicator_table_holds_no_formula_and_loads_as_written(planted):
    path = planted / "plans" / "planted" / "indicators.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    assert not [c for c in cells if _formula_like(c)]
    # Every planted opening is still in the table, behind the quote spreadsheets hide.
    for start in PLANTED:
        assert any(c.startswith("'" + start) for c in cells), start
    plan = load_plan("planted", planted)
    phrases = list(plan.indicators["source_phrase"])
    for start in PLANTED:
        assert any(p.startswith(start) for p in phrases), start  # the loader removed the quote
    assert set(plan.indicators["qualifier"]) == {"="}
    assert main(["--data-root", str(planted), "validate", "planted"]) == 0  # spans and phrases match the text


def test_drafted_workbook_stores_every_planted_sentence_as_text(planted):
    from openpyxl import load_workbook

    book = load_workbook(planted / "plans" / "planted" / "progress.xlsx")
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    planted_cells = [c for c in cells if isinstance(c.value, str) and c.value.startswith(FORMULA_STARTS)]
    # The names on the progress sheet and the reference sheet begin with the planted text.
    assert {p for p in PLANTED if any(c.value.startswith(p) for c in planted_cells)} >= {"=SUM(A1)", "+1", "-x", "@x"}
    assert all(c.data_type == "s" and c.quotePrefix for c in planted_cells)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_progress_template_escapes_text_and_reads_it_back(tmp_path, suffix):
    plan = load_plan("chentao-2025q4")
    rows = pd.DataFrame(
        [
            {
                "indicator_id": "liv.road_repair",
                "as_of": "2025-11-30",
                "value": 4.1,
                "unit": "公里",
                "status": None,
                "status_date": None,
                "source": source,
                "note": note,
            }
            for source, note in zip(PLANTED, ["'=x", "+1", "-x", "@x", "\t=1"])
        ]
    )
    rows["as_of"] = pd.date_range("2025-10-27", periods=len(rows), freq="7D").strftime("%Y-%m-%d")
    path = write_template(tmp_path / f"log{suffix}", rows)
    if suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            assert not [c for row in csv.reader(fh) for c in row if _formula_like(c)]
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(path).active
        assert not [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    loaded = load_progress(path, plan.indicators, period_start=plan.period_start, period_end=plan.period_end)
    assert list(loaded["source"]) == PLANTED
    # A workbook's text cells are read without surrounding blanks (a clerk's stray space or tab).
    last = "\t=1" if suffix == ".csv" else "=1"
    assert list(loaded["note"]) == ["'=x", "+1", "-x", "@x", last]


# -- 2. Excel percentages -----------------------------------------------------------------------


def _log_with_value(tmp_path: Path, indicator: str, unit: str | None, value: float, number_format: str) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(PROGRESS_COLUMNS)
    sheet.append([indicator, dt.date(2025, 11, 30), value, unit, None, None, "月报", None])
    sheet["C2"].number_format = number_format
    path = tmp_path / "log.xlsx"
    book.save(path)
    return path


@pytest.fixture
def rate_plan():
    """The bundled plan's indicators plus one rate in %, as a drafted plan of 体检率 would have."""
    plan = load_plan("chentao-2025q4")
    rate = plan.indicators.iloc[[0]].copy()
    rate[["id", "name_zh", "target", "unit", "qualifier"]] = ["liv.checkup_rate", "老年人健康体检率", 85.0, "%", ">="]
    return plan, pd.concat([plan.indicators, rate], ignore_index=True)


@pytest.mark.parametrize("unit", ["%", None])
def test_a_percent_formatted_cell_reads_as_percent_points(tmp_path, rate_plan, unit):
    plan, indicators = rate_plan
    path = _log_with_value(tmp_path, "liv.checkup_rate", unit, 0.85, "0%")  # typed 85% in Excel
    loaded = load_progress(path, indicators, period_start=plan.period_start, period_end=plan.period_end)
    assert loaded["value_base"].item() == pytest.approx(85.0) and loaded["unit"].item() == "%"
    # The same cell without the percent format is 0.85 %, as typed.
    path = _log_with_value(tmp_path, "liv.checkup_rate", "%", 0.85, "General")
    loaded = load_progress(path, indicators, period_start=plan.period_start, period_end=plan.period_end)
    assert loaded["value_base"].item() == pytest.approx(0.85)


@pytest.mark.parametrize(("indicator", "unit"), [("liv.road_repair", "公里"), ("liv.checkup_rate", "‰")])
def test_a_percent_formatted_cell_for_another_unit_is_refused_in_one_line(tmp_path, rate_plan, indicator, unit):
    plan, indicators = rate_plan
    path = _log_with_value(tmp_path, indicator, unit, 0.85, "0.0%")
    with pytest.raises(InputError) as caught:
        load_progress(path, indicators, period_start=plan.period_start, period_end=plan.period_end)
    message = str(caught.value)
    assert "row 2, column 'value'" in message and "percentage" in message and "\n" not in message


# -- 9. a zip bomb ------------------------------------------------------------------------------


def _bomb(path: Path, payload_bytes: int) -> Path:
    """A real workbook with one extra part of zeros: tiny packed, large unpacked."""
    from openpyxl import Workbook

    buffer = io.BytesIO()
    book = Workbook()
    book.active.append(PROGRESS_COLUMNS)
    book.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info.filename))
        dst.writestr("xl/media/padding.bin", b"\0" * payload_bytes)
    return path


def test_a_workbook_unpacking_far_beyond_its_size_is_refused_before_opening(tmp_path, monkeypatch):
    plan = load_plan("chentao-2025q4")
    path = _bomb(tmp_path / "bomb.xlsx", 8 * 2**20)  # 8 MB of zeros pack to a few kB
    assert path.stat().st_size < 100_000

    def no_open(*args, **kwargs):
        raise AssertionError("openpyxl must not open it")

    monkeypatch.setattr("openpyxl.load_workbook", no_open)
    with pytest.raises(InputError) as caught:
        load_progress(path, plan.indicators, period_start=plan.period_start, period_end=plan.period_end)
    message = str(caught.value)
    assert str(path) in message and "over the cap of 100" in message and "\n" not in message


def test_a_workbook_over_the_size_cap_is_refused_naming_the_cap(tmp_path, monkeypatch):
    from plan_analysis.plans import progress

    plan = load_plan("chentao-2025q4")
    monkeypatch.setattr(progress, "MAX_WORKBOOK_BYTES", 2**20)
    path = _bomb(tmp_path / "big.xlsx", 2 * 2**20)
    with pytest.raises(InputError, match=r"unpacks to 2 MB, over the cap of 1 MB"):
        load_progress(path, plan.indicators, period_start=plan.period_start, period_end=plan.period_end)


def test_the_bundled_templates_are_far_below_the_caps():
    from plan_analysis.plans.progress import check_workbook_size

    check_workbook_size(REPO / "data" / "templates" / "progress_template.xlsx")


# -- a plan without indicators ------------------------------------------------------------------


def test_a_plan_without_indicator_rows_does_not_validate(tmp_path, capsys):
    root = tmp_path / "data"
    shutil.copytree(REPO / "data" / "plans" / "chentao-2025q4", root / "plans" / "chentao-2025q4")
    shutil.copytree(REPO / "data" / "raw", root / "raw")
    folder = root / "plans" / "chentao-2025q4"
    header = (folder / "indicators.csv").read_text(encoding="utf-8").splitlines()[0]
    (folder / "indicators.csv").write_text(header + "\n", encoding="utf-8")
    (folder / "plan.yaml").write_text(
        (folder / "plan.yaml").read_text(encoding="utf-8").replace("progress: progress.csv", ""), encoding="utf-8"
    )
    assert main(["--data-root", str(root), "validate", "chentao-2025q4"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "indicators.csv" in err[0] and "no rows" in err[0]
    with pytest.raises(InputError, match="no rows"):
        load_plan("chentao-2025q4", root)


def test_extract_csv_holds_no_formula(planted, capsys):
    # The planted lines become the sentences and names of the extracted rows.
    assert main(["extract", str(planted), "--year", "2025", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    cells = [cell for row in rows[1:] for cell in row]
    assert any(cell.startswith("'=SUM(A1)") for cell in cells)  # escaped, still there
    assert not [cell for cell in cells if _formula_like(cell)]


def test_track_csv_and_applied_log_hold_no_formula(tmp_path, capsys):
    """A later text whose sentences start like formulas: the suggested rows and the merged log stay text."""
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "某县2025年重点工作\n一、乡村振兴\n新建高标准农田2.6万亩，改造农村公路120公里。\n", encoding="utf-8"
    )
    root = tmp_path / "data"
    assert main(["--data-root", str(root), "draft", str(plan), "--plan", "mou-2025"]) == 0
    later = tmp_path / "bulletin.txt"
    later.write_text(
        "某县2025年1—10月经济运行情况\n=SUM(A1)1—10月，全县新建高标准农田1.9万亩，改造农村公路96公里。\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["--data-root", str(root), "track", "mou-2025", str(later), "--format", "csv", "--apply"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    sentences = [row[rows[0].index("sentence")] for row in rows[1:]]
    assert sentences and all(s.startswith("'=SUM(A1)") for s in sentences)
    logged = list(csv.reader((root / "plans" / "mou-2025" / "progress_tracked.csv").open(encoding="utf-8")))
    assert not [cell for row in logged[1:] for cell in row if _formula_like(cell)]
    # Read back, the sentence is as published.
    progress = load_plan("mou-2025", root).progress
    assert progress["sentence"].str.startswith("=SUM(A1)").all() and len(progress) == len(sentences)
