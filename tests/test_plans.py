"""Loading the bundled plan, and every validation rule of plan.yaml and indicators.csv.

Expected values are what the plan's text says, read by a person:
全年工业实施开票8亿元 is a target of 800,000,000 元 over 2025; 四季度新签约亿元项目2个以上
is at least 2 projects within Q4; 其中 ties 研发投入3000万元 to 技改投入1亿元.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest
from conftest import DATA, PLAN_ID

from plan_analysis import list_plans, load_plan
from plan_analysis.errors import InputError, ParameterError
from plan_analysis.plans.indicators import load_indicators
from plan_analysis.plans.paths import DATA_ROOT_ENV

INDICATORS = DATA / "plans" / PLAN_ID / "indicators.csv"


@pytest.fixture(scope="module")
def plan():
    return load_plan(PLAN_ID)


def by_id(plan, ident):
    return plan.indicators.set_index("id").loc[ident]


# --- the bundled plan -------------------------------------------------------


def test_plan_metadata(plan):
    assert plan.meta["place"] == "陈涛镇"
    assert plan.meta["author"] == "王愉涵"
    assert plan.plan_year == 2025
    assert (plan.period_start, plan.period_end) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))


def test_sixteen_targets_seven_descriptors(plan):
    counts = plan.indicators["kind"].value_counts()
    assert counts["target"] == 16
    assert counts["descriptor"] == 7
    assert counts["milestone"] >= 7


@pytest.mark.parametrize(
    "ident, value, unit, qualifier, start, end",
    [
        ("eco.invoicing", 8e8, "元", "=", "2025-01-01", "2025-12-31"),  # 全年…开票8亿元
        ("eco.industrial_investment", 2.5e8, "元", "=", "2025-01-01", "2025-12-31"),  # 工业投资2.5亿元
        ("eco.new_projects_100m", 2, "个", ">=", "2025-10-01", "2025-12-31"),  # 四季度…2个以上
        ("eco.rd_investment", 3e7, "元", "=", "2025-01-01", "2025-12-31"),  # 研发投入3000万元
        ("rur.high_standard_farmland", 12000, "亩", "=", "2025-10-01", "2025-12-31"),  # 1.2万亩
        ("rur.standard_factory_floor", 5000, "平方米", "=", "2025-10-01", "2025-12-31"),  # 5000平方米
        ("liv.road_repair", 6.5, "公里", "=", "2025-10-01", "2025-12-31"),  # 6.5公里道路大中修
        ("liv.dangerous_bridges", 3, "座", "=", "2025-10-01", "2025-12-31"),  # 3座危桥
        ("liv.housing_improvement", 100, "户", "=", "2025-10-01", "2025-12-31"),  # 100户农房改善
        ("liv.toilet_renovation", 200, "户", "=", "2025-10-01", "2025-12-31"),  # 200户户厕改造
    ],
)
def test_targets_read_from_the_text(plan, ident, value, unit, qualifier, start, end):
    row = by_id(plan, ident)
    assert row["kind"] == "target"
    assert row["target"] == value
    assert row["unit"] == unit
    assert row["qualifier"] == qualifier
    assert (row["period_start"], row["period_end"]) == (pd.Timestamp(start), pd.Timestamp(end))


@pytest.mark.parametrize(
    "ident, deadline",
    [
        ("rur.vermicelli_base_production", "2025-10-31"),  # 10月底投产即满产
        ("liv.petition_backlog", "2025-11-30"),  # 11月底前…化解一批信访积案
        ("rur.tenants_in_production", "2025-12-31"),  # 年底前投入生产
    ],
)
def test_dated_milestones(plan, ident, deadline):
    row = by_id(plan, ident)
    assert row["kind"] == "milestone"
    assert row["period_end"] == pd.Timestamp(deadline)


def test_part_of_relation(plan):
    # 全年完成技改投入1亿元，其中，规上工业企业研发投入3000万元
    assert by_id(plan, "eco.rd_investment")["parent_id"] == "eco.tech_upgrade_investment"


def test_qiqing_is_a_place_not_an_area(plan):
    # 七顷犬只留检: 七顷 is a village; it must not become "7 顷" anywhere.
    assert not (plan.indicators["unit"] == "顷").any()
    row = by_id(plan, "rur.dog_quarantine_station")
    assert row["kind"] == "milestone" and pd.isna(row["target"])


def test_areas_are_the_four_of_the_plan(plan):
    assert set(plan.indicators["area"]) == {"经济运行", "乡村振兴", "民生福祉", "责任落实"} - {"责任落实"}


def test_every_source_phrase_occurs_in_the_normalised_text(plan):
    text = plan.text.text
    missing = [p for p in plan.indicators["source_phrase"] if p not in text]
    assert not missing


def test_spans_point_at_the_quantity_in_the_normalised_text(plan):
    text = plan.text.text
    for _, row in plan.indicators.iterrows():
        expected = row["source_phrase"] if pd.isna(row["quantity_text"]) else row["quantity_text"]
        assert text[row["span_start"] : row["span_end"]] == expected, row["id"]


def test_spans_map_back_to_the_raw_text(plan):
    # 1.2万亩 is written 1.2萬(wàn)畝 in the raw file; 8亿元 as 8億元.
    rows = plan.indicators.set_index("id")
    for ident, raw in [("rur.high_standard_farmland", "1.2萬(wàn)畝"), ("eco.invoicing", "8億元")]:
        start, end = plan.text.raw_span(int(rows.loc[ident, "span_start"]), int(rows.loc[ident, "span_end"]))
        assert plan.text.raw[start:end] == raw


def test_quantity_text_occurs_once_in_its_source_phrase(plan):
    for _, row in plan.indicators.dropna(subset=["quantity_text"]).iterrows():
        assert row["source_phrase"].count(row["quantity_text"]) == 1, row["id"]


def test_dtypes(plan):
    ind = plan.indicators
    assert ind["target"].dtype == "float64"
    assert str(ind["period_end"].dtype).startswith("datetime64")
    assert isinstance(ind["kind"].dtype, pd.CategoricalDtype)


def test_list_plans_finds_the_bundled_plan():
    plans = list_plans()
    assert PLAN_ID in set(plans["id"])


def test_data_root_from_environment(data_copy, monkeypatch):
    (data_copy / "plans" / "other").mkdir()
    (data_copy / "plans" / "other" / "plan.yaml").write_text(
        (data_copy / "plans" / PLAN_ID / "plan.yaml")
        .read_text(encoding="utf-8")
        .replace("id: chentao-2025q4", "id: other"),
        encoding="utf-8",
    )
    monkeypatch.setenv(DATA_ROOT_ENV, str(data_copy))
    assert list(list_plans()["id"]) == [PLAN_ID, "other"]


def test_data_root_that_does_not_exist(tmp_path):
    with pytest.raises(ParameterError, match="does not exist"):
        load_plan(PLAN_ID, data_root=tmp_path / "nowhere")


# --- plan ids ---------------------------------------------------------------


@pytest.mark.parametrize("bad", ["../chentao-2025q4", "/etc/passwd", "a/b", "", "UPPER", 7, None])
def test_plan_id_must_be_a_plain_folder_name(bad):
    with pytest.raises(InputError, match="invalid plan id"):
        load_plan(bad)


def test_unknown_plan_lists_the_known_ones():
    with pytest.raises(InputError, match=r"unknown plan 'nope'.*chentao-2025q4"):
        load_plan("nope")


# --- plan.yaml --------------------------------------------------------------


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_plan_yaml_missing_field(plan_files, data_copy):
    _edit(plan_files / "plan.yaml", "plan_year: 2025\n", "")
    with pytest.raises(InputError, match=r"plan\.yaml, column 'plan_year': missing field"):
        load_plan(PLAN_ID, data_root=data_copy)


def test_plan_yaml_period_ends_before_it_starts(plan_files, data_copy):
    _edit(plan_files / "plan.yaml", "period_end: 2025-12-31", "period_end: 2025-09-30")
    with pytest.raises(InputError, match="ends .* before it starts"):
        load_plan(PLAN_ID, data_root=data_copy)


def test_plan_yaml_date_that_is_not_a_date(plan_files, data_copy):
    _edit(plan_files / "plan.yaml", "period_start: 2025-10-01", "period_start: early October")
    with pytest.raises(InputError, match="period_start.*YYYY-MM-DD"):
        load_plan(PLAN_ID, data_root=data_copy)


def test_plan_yaml_raw_file_outside_the_data_root(plan_files, data_copy):
    _edit(plan_files / "plan.yaml", "raw_file: ../../raw/chentao-2025q4.txt", "raw_file: ../../../../etc/hostname")
    with pytest.raises(InputError, match="outside the data root"):
        load_plan(PLAN_ID, data_root=data_copy)


def test_raw_text_that_changed_is_refused(data_copy):
    raw = data_copy / "raw" / "chentao-2025q4.txt"
    raw.write_bytes(raw.read_bytes() + b"\n")
    with pytest.raises(InputError, match="raw text changed"):
        load_plan(PLAN_ID, data_root=data_copy)


# --- indicators.csv: each rule has a failing case ---------------------------


def _rewrite_cell(path, ident, column, value):
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    index = int(frame.index[frame["id"] == ident][0])
    frame.loc[index, column] = value
    frame.to_csv(path, index=False)
    return index + 2  # the spreadsheet row: the header is row 1


@pytest.mark.parametrize(
    "ident, column, value, message",
    [
        ("eco.invoicing", "target", "8亿", r"invalid number '8亿'.*base unit"),
        ("eco.invoicing", "target", "-5", "invalid value"),
        ("eco.invoicing", "kind", "goal", "one of"),
        ("eco.invoicing", "qualifier", "≥", "one of"),
        ("eco.invoicing", "unit", "亿元", "carries a multiplier"),
        ("eco.invoicing", "unit", "", "needs a unit"),
        ("eco.invoicing", "period_end", "2025-13-01", "invalid date"),
        ("eco.invoicing", "period_end", "2024-12-31", "ends before it starts"),
        ("eco.industrial_investment", "id", "eco.invoicing", "already used in row 2"),
        ("eco.invoicing", "id", "Eco Invoicing", "text matching"),
        ("eco.rd_investment", "parent_id", "eco.nothing", "unknown parent"),
        ("eco.invoicing", "high", "9", "only a range"),
        ("eco.invoicing", "quantity_text", "9亿元", "not in the source phrase"),
        ("liv.petition_backlog", "target", "3", "milestone has no target"),
        ("eco.invoicing", "name_zh", "", "cell is empty"),
        ("eco.invoicing", "span_end", "", "span is incomplete"),
        ("eco.invoicing", "span_start", "2.5", "whole number"),
    ],
)
def test_indicator_rule_failures_name_file_row_and_column(plan_files, ident, column, value, message):
    path = plan_files / "indicators.csv"
    row = _rewrite_cell(path, ident, column, value)
    with pytest.raises(InputError) as info:
        load_indicators(path)
    error = info.value
    assert re.search(message, str(error)), str(error)
    assert error.path == str(path)
    assert error.column == column
    assert error.row == row


def test_indicator_file_missing_a_column(plan_files):
    path = plan_files / "indicators.csv"
    pd.read_csv(path, dtype=str).drop(columns=["kind"]).to_csv(path, index=False)
    with pytest.raises(InputError, match=r"row 1: missing column\(s\) kind"):
        load_indicators(path)


def test_indicator_file_with_an_extra_column(plan_files):
    path = plan_files / "indicators.csv"
    frame = pd.read_csv(path, dtype=str)
    frame["colour"] = "red"
    frame.to_csv(path, index=False)
    with pytest.raises(InputError, match=r"unknown column\(s\) colour"):
        load_indicators(path)


def test_indicator_file_empty(plan_files):
    path = plan_files / "indicators.csv"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        load_indicators(path)


def test_indicator_file_not_utf8(plan_files):
    path = plan_files / "indicators.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("gbk"))
    with pytest.raises(InputError, match="not valid UTF-8"):
        load_indicators(path)


def test_extractor_reproduces_each_curated_quantity_at_its_span(plan):
    """Curated by hand and extracted by rule, the two tables must agree on the seed."""
    from plan_analysis.extract.quantities import extract_quantities

    extracted = extract_quantities(plan.text, year=plan.plan_year).set_index(["start", "end"])
    quantified = plan.indicators[plan.indicators["kind"] != "milestone"]
    for _, row in quantified.iterrows():
        key = (int(row["span_start"]), int(row["span_end"]))
        assert key in extracted.index, f"{row['id']}: nothing extracted at {key}"
        hit = extracted.loc[key]
        assert (hit["value"], hit["unit"], hit["qualifier"], hit["kind"]) == (
            row["target"],
            row["unit"],
            row["qualifier"],
            row["kind"],
        ), row["id"]
        written = None if pd.isna(row["deadline_text"]) else row["deadline_text"]
        assert (hit["deadline"] if isinstance(hit["deadline"], str) else None) == written, row["id"]
    others = extracted[extracted["kind"] == "target"].index.difference(
        [(int(a), int(b)) for a, b in quantified[["span_start", "span_end"]].itertuples(index=False)]
    )
    assert others.empty, f"targets the curated table does not have: {list(others)}"


def test_relative_data_root_is_resolved_once_to_an_absolute_path(data_copy, monkeypatch):
    from plan_analysis.plans.paths import locate_data_root, resolve_data_root

    monkeypatch.chdir(data_copy.parent)
    monkeypatch.setenv(DATA_ROOT_ENV, "data")
    root = locate_data_root()
    assert root.path == data_copy.resolve() and root.path.is_absolute()
    assert root.given_as == "data"  # as the user named it, for the report's reproduce line
    assert locate_data_root("./data").given_as == "./data"
    assert resolve_data_root("data") == data_copy.resolve()


def test_scan_plans_keeps_the_good_plans_and_reports_the_broken(data_copy):
    from plan_analysis.plans.loading import scan_plans

    (data_copy / "plans" / "broken").mkdir()
    (data_copy / "plans" / "broken" / "plan.yaml").write_text("id: broken\nperiod_start: [\n", encoding="utf-8")
    (data_copy / "plans" / "Bad Name").mkdir()
    (data_copy / "plans" / "Bad Name" / "plan.yaml").write_text("id: x\n", encoding="utf-8")
    scan = scan_plans(data_copy)
    assert list(scan.plans["id"]) == [PLAN_ID]
    from pathlib import Path

    assert sorted(Path(p.path).relative_to(data_copy / "plans").parts[0] for p in scan.problems) == [
        "Bad Name",
        "broken",
    ]
    assert "not valid YAML" in str(scan.problems[1]) and "not a plan id" in str(scan.problems[0])
    assert list(list_plans(data_copy)["id"]) == [PLAN_ID]


def test_yaml_aliases_are_refused_before_anything_expands(plan_files, data_copy):
    meta = plan_files / "plan.yaml"
    meta.write_text(meta.read_text(encoding="utf-8") + "note: &n hello\nnote2: *n\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"plan\.yaml, row \d+, column 'character \d+': YAML anchor &n is not allowed"):
        load_plan(PLAN_ID, data_copy)


def test_binary_raw_text_is_refused_with_or_without_its_checksum(plan_files, data_copy):
    """validate must refuse what the report cannot read, even when plan.yaml records no raw_sha256."""
    meta = plan_files / "plan.yaml"
    meta.write_text(
        "".join(
            line
            for line in meta.read_text(encoding="utf-8").splitlines(keepends=True)
            if not line.startswith("raw_sha256:")
        ),
        encoding="utf-8",
    )
    (data_copy / "raw" / "chentao-2025q4.txt").write_bytes(b"\x00\x01\x02\x03" * 500)
    with pytest.raises(InputError, match=r"chentao-2025q4\.txt.*binary"):
        load_plan(PLAN_ID, data_copy)


def test_blank_csv_lines_keep_row_numbers_right(plan_files):
    path = plan_files / "indicators.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    # Two blank lines after the header: eco.invoicing moves from row 2 to row 4.
    path.write_text(lines[0] + "\n\n" + "".join(lines[1:]).replace("800000000", "8亿", 1), encoding="utf-8")
    with pytest.raises(InputError, match=r"indicators\.csv, row 4, column 'target': invalid number '8亿'"):
        load_indicators(path)
