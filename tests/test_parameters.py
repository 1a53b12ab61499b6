"""Report parameters: each kind of mistake gives a ParameterError that says what was expected."""

from __future__ import annotations

import datetime as dt

import pytest

from plan_analysis.errors import InputError, ParameterError
from plan_analysis.report.parameters import quarter_bounds, validate_parameters

PLAN = "chentao-2025q4"  # period 2025-10-01 .. 2025-12-31 in plan.yaml


def test_valid_parameters_are_normalised():
    params = validate_parameters(PLAN, "2025Q4", "2025-11-30", "en")
    assert params.as_of == dt.date(2025, 11, 30)
    assert (params.quarter_start, params.quarter_end) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert params.as_dict()["as_of"] == "2025-11-30"
    assert validate_parameters(PLAN, "2025Q4", dt.date(2025, 10, 1)).as_of == dt.date(2025, 10, 1)


def test_default_as_of_is_the_quarter_end_or_today_whichever_is_earlier():
    assert validate_parameters(PLAN, "2025Q4", today=dt.date(2026, 3, 1)).as_of == dt.date(2025, 12, 31)
    assert validate_parameters(PLAN, "2025Q4", today=dt.date(2025, 11, 7)).as_of == dt.date(2025, 11, 7)
    with pytest.raises(ParameterError, match="has not started"):
        validate_parameters(PLAN, "2025Q4", today=dt.date(2025, 9, 1))


@pytest.mark.parametrize("quarter", ["2025Q5", "Q4", "2025-4", "2025Q0", "25Q4", "2025q4x", ""])
def test_malformed_quarter(quarter):
    with pytest.raises(ParameterError) as info:
        validate_parameters(PLAN, quarter, "2025-11-30")
    assert "quarter" in str(info.value)
    assert "YYYYQn" in str(info.value)


def test_malformed_quarter_suggests_the_right_spelling():
    with pytest.raises(ParameterError, match="did you mean 2025Q4"):
        quarter_bounds("2025-Q4")


def test_quarter_bounds():
    assert quarter_bounds("2024Q1") == ("2024Q1", dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert quarter_bounds("2025Q3") == ("2025Q3", dt.date(2025, 7, 1), dt.date(2025, 9, 30))


@pytest.mark.parametrize("quarter", ["2025Q3", "2026Q1"])
def test_quarter_outside_the_plan_period(quarter):
    with pytest.raises(ParameterError, match="outside the period"):
        validate_parameters(PLAN, quarter)


@pytest.mark.parametrize("as_of", ["2025-09-30", "2026-01-01"])
def test_as_of_outside_the_quarter(as_of):
    with pytest.raises(ParameterError, match="outside quarter 2025Q4") as info:
        validate_parameters(PLAN, "2025Q4", as_of)
    assert "2025-10-01 to 2025-12-31" in str(info.value)


@pytest.mark.parametrize("as_of", ["yesterday", "2025-13-01", "2025-11-31", "30/11/2025", 20251130, 3.5])
def test_as_of_not_a_date(as_of):
    with pytest.raises(ParameterError, match="as_of") as info:
        validate_parameters(PLAN, "2025Q4", as_of)
    assert "YYYY-MM-DD" in str(info.value)


def test_as_of_with_a_time_of_day_is_refused():
    with pytest.raises(ParameterError, match="date and time"):
        validate_parameters(PLAN, "2025Q4", dt.datetime(2025, 11, 30, 12, 0))


@pytest.mark.parametrize("lang", ["fr", "ZH", "", None, 1])
def test_unknown_language(lang):
    with pytest.raises(ParameterError, match="zh or en"):
        validate_parameters(PLAN, "2025Q4", "2025-11-30", lang)


@pytest.mark.parametrize("quarter", [2025, None, ["2025Q4"]])
def test_quarter_of_the_wrong_type(quarter):
    with pytest.raises(ParameterError, match="quarter must be text"):
        validate_parameters(PLAN, quarter, "2025-11-30")


def test_unknown_plan_lists_the_known_ones():
    with pytest.raises(ParameterError, match="unknown plan 'nowhere'") as info:
        validate_parameters("nowhere", "2025Q4")
    assert PLAN in str(info.value)


@pytest.mark.parametrize("plan_id", ["../chentao-2025q4", "/etc/passwd", 7])
def test_plan_id_that_is_a_path_or_not_text(plan_id):
    with pytest.raises(ParameterError):
        validate_parameters(plan_id, "2025Q4")


def test_input_parameter_and_output_errors_are_siblings_all_exit_2():
    from plan_analysis.cli.main import exit_status
    from plan_analysis.errors import OutputError, PlanAnalysisError

    kinds = (InputError, ParameterError, OutputError)
    for kind in kinds:
        assert issubclass(kind, PlanAnalysisError)
        assert not any(issubclass(kind, other) for other in kinds if other is not kind)
    # A full disk is no bad value; a bad value still is one.
    assert not issubclass(OutputError, ValueError) and issubclass(ParameterError, ValueError)
    # The CLI shows a parameter under the option the user typed, and exits 2 for each kind.
    assert exit_status(ParameterError("malformed quarter '2025Q5'", parameter="quarter")) == (
        2,
        "plan-analysis: error: --quarter: malformed quarter '2025Q5'",
    )
    assert exit_status(OutputError("no space left", path="/r", parameter="out_dir"))[0] == 2
    assert exit_status(InputError("bad cell", path="p.csv", row=3, column="unit")) == (
        2,
        "plan-analysis: error: p.csv, row 3, column 'unit': bad cell",
    )


def test_an_option_named_as_a_column_reads_as_an_option():
    # Issue 19: messages said "column '--plan'" for an option.
    assert str(InputError("invalid plan id 'A B'", column="--plan")) == "option --plan: invalid plan id 'A B'"


def test_missing_data_root(tmp_path):
    with pytest.raises(ParameterError, match="does not exist"):
        validate_parameters(PLAN, "2025Q4", data_root=tmp_path / "missing")


def test_year_zero_is_a_parameter_error_not_a_crash():
    with pytest.raises(ParameterError, match="year 0"):
        quarter_bounds("0000Q1")


def test_parameter_errors_name_the_option_on_the_command_line():
    from plan_analysis.report.parameters import OPTION_NAMES

    with pytest.raises(ParameterError) as info:
        validate_parameters("chentao-2025q4", "2025Q4", "2025-09-30", "zh")
    assert str(info.value).startswith("parameter 'as_of': as_of 2025-09-30 is outside quarter 2025Q4")
    assert info.value.for_option(OPTION_NAMES).startswith("--as-of: as_of 2025-09-30 is outside quarter 2025Q4")
    assert "column" not in info.value.for_option(OPTION_NAMES)


def test_draft_names_its_plan_option_as_an_option(tmp_path, capsys):
    from conftest import REPO

    from plan_analysis.cli import main

    code = main(["--data-root", str(tmp_path), "draft", str(REPO / "data/raw/chentao-2025q4.txt"), "--plan", "Bad Id"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert (
        err
        == "plan-analysis: error: option --plan: invalid plan id 'Bad Id' (expected lower-case letters, digits, '.', '_' or '-' (a folder name))\n"
    )
    assert list(tmp_path.iterdir()) == []
