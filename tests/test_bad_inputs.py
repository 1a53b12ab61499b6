"""The bad-input catalogue: every entry point, one clear message, the right exit code.

Each case builds its input in a scratch folder, runs one entry point and checks
that the message names the file (and row and column where there is one) and
what was expected, that the CLI exits 2 without a traceback, and — where the
right answer is to accept the input (a BOM, GBK, UTF-16) — that it is accepted.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest
from conftest import PLAN_ID

from plan_analysis.cli import main
from plan_analysis.errors import InputError, ParameterError
from plan_analysis.plans.loading import load_plan
from plan_analysis.report.assessment import assess_progress

# A line of the seed in simplified characters: 1亿元 of 技改投入 over the year.
PLAN_LINE = "全年完成技改投入1亿元,其中,规上工业企业研发投入3000万元。"


@dataclass
class Case:
    id: str
    argv: Callable[[Path, Path], list[str]]  # (tmp folder, data root) -> CLI arguments
    exit_code: int
    message: str | None = None  # regex the error message must match
    setup: Callable[[Path, Path], None] = lambda tmp, root: None
    stdout: str | None = None  # regex the output must match (accepted inputs)
    tags: list[str] = field(default_factory=list)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def edit_csv(path: Path, change: Callable[[pd.DataFrame], pd.DataFrame]) -> None:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    change(frame).to_csv(path, index=False)


def set_cell(name: str, ident_column: str, ident: str, column: str, value: str):
    def setup(tmp: Path, root: Path) -> None:
        def change(frame):
            frame.loc[frame[ident_column] == ident, column] = value
            return frame

        edit_csv(root / "plans" / PLAN_ID / name, change)

    return setup


def edit_yaml(old: str, new: str):
    def setup(tmp: Path, root: Path) -> None:
        path = root / "plans" / PLAN_ID / "plan.yaml"
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    return setup


def add_progress_row(**cells):
    def setup(tmp: Path, root: Path) -> None:
        def change(frame):
            row = {c: "" for c in frame.columns} | cells
            return pd.concat([frame, pd.DataFrame([row])], ignore_index=True)

        edit_csv(root / "plans" / PLAN_ID / "progress.csv", change)

    return setup


def validate(tmp: Path, root: Path) -> list[str]:
    return ["--data-root", str(root), "validate", PLAN_ID]


def extract(name: str):
    return lambda tmp, root: ["extract", str(tmp / name), "--year", "2025", "--format", "jsonl"]


def report(*extra: str):
    return lambda tmp, root: [
        "--data-root",
        str(root),
        "report",
        "--plan",
        PLAN_ID,
        "--out",
        str(tmp / "reports"),
        *extra,
    ]


# The "billion laughs": nine nested levels of ten aliases each, 10**9 strings once expanded.
ALIAS_BOMB = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(8))
    + "id: chentao-2025q4\ntitle: *i\n"
)


def append_text(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8", newline="") as fh:
        fh.write(text)


def drop_sha_and_binary_raw(tmp: Path, root: Path) -> None:
    meta = root / "plans" / PLAN_ID / "plan.yaml"
    lines = [
        line
        for line in meta.read_text(encoding="utf-8").splitlines(keepends=True)
        if not line.startswith("raw_sha256:")
    ]
    meta.write_text("".join(lines), encoding="utf-8")
    write(root / "raw" / "chentao-2025q4.txt", bytes(range(256)) * 8)


CSV = r"indicators\.csv"
PROGRESS = r"progress\.csv"

CASES = [
    # --- load_plan / validate: indicators.csv ---------------------------------
    Case(
        "indicators-missing-column",
        validate,
        2,
        CSV + r", row 1: missing column\(s\) kind",
        setup=lambda t, r: edit_csv(r / "plans" / PLAN_ID / "indicators.csv", lambda f: f.drop(columns=["kind"])),
    ),
    Case(
        "indicators-extra-column",
        validate,
        2,
        CSV + r", row 1: unknown column\(s\) colour",
        setup=lambda t, r: edit_csv(r / "plans" / PLAN_ID / "indicators.csv", lambda f: f.assign(colour="red")),
    ),
    Case(
        "indicators-duplicated-id",
        validate,
        2,
        CSV + r", row 3, column 'id'.*not used in another row",
        setup=set_cell("indicators.csv", "id", "eco.industrial_investment", "id", "eco.invoicing"),
    ),
    Case(
        "indicators-non-numeric-target",
        validate,
        2,
        CSV + r", row 2, column 'target': invalid number '八亿'",
        setup=set_cell("indicators.csv", "id", "eco.invoicing", "target", "八亿"),
    ),
    # The value is printed as a plain number, not np.float64(-800000000.0).
    Case(
        "indicators-negative-target",
        validate,
        2,
        CSV + r", row 2, column 'target': invalid value -800000000 .*>= 0",
        setup=set_cell("indicators.csv", "id", "eco.invoicing", "target", "-800000000"),
    ),
    Case(
        "indicators-target-in-a-multiplied-unit",
        validate,
        2,
        CSV + r", row 2, column 'unit'.*base unit '元'",
        setup=set_cell("indicators.csv", "id", "eco.invoicing", "unit", "亿元"),
    ),
    Case(
        "indicators-unknown-unit",
        validate,
        2,
        CSV + r", row 2, column 'unit': unknown unit",
        setup=set_cell("indicators.csv", "id", "eco.invoicing", "unit", "furlong"),
    ),
    Case(
        "indicators-empty-file",
        validate,
        2,
        CSV + r".*empty",
        setup=lambda t, r: write(r / "plans" / PLAN_ID / "indicators.csv", b""),
    ),
    # --- progress.csv ---------------------------------------------------------
    Case(
        "progress-unknown-indicator",
        validate,
        2,
        PROGRESS + r", row 62, column 'indicator_id': unknown indicator 'eco.gdp'",
        setup=add_progress_row(indicator_id="eco.gdp", as_of="2025-11-30", value="1", unit="元"),
    ),
    Case(
        "progress-date-outside-plan",
        validate,
        2,
        PROGRESS + r", row 62, column 'as_of'.*outside the plan.*2025-10-01 to 2025-12-31",
        setup=add_progress_row(indicator_id="liv.road_repair", as_of="2026-01-15", value="6.5", unit="公里"),
    ),
    Case(
        "progress-mu-for-a-kilometre-indicator",
        validate,
        2,
        PROGRESS + r", row 62, column 'unit'.*'亩' cannot be converted to '公里'",
        setup=add_progress_row(indicator_id="liv.road_repair", as_of="2025-12-31", value="6.5", unit="亩"),
    ),
    Case(
        "progress-value-not-a-number",
        validate,
        2,
        PROGRESS + r", row 62, column 'value': invalid number",
        setup=add_progress_row(indicator_id="liv.road_repair", as_of="2025-12-31", value="六点五", unit="公里"),
    ),
    Case(
        "progress-date-not-a-date",
        validate,
        2,
        PROGRESS + r", row 62, column 'as_of': invalid date '31/12/2025'",
        setup=add_progress_row(indicator_id="liv.road_repair", as_of="31/12/2025", value="6.5", unit="公里"),
    ),
    # --- plan.yaml --------------------------------------------------------------
    Case(
        "plan-yaml-missing-field",
        validate,
        2,
        r"plan\.yaml, column 'period_end': missing field",
        setup=edit_yaml("period_end: 2025-12-31\n", ""),
    ),
    Case(
        "plan-yaml-period-ends-before-start",
        validate,
        2,
        r"plan\.yaml, column 'period_end'.*before it starts",
        setup=edit_yaml("period_end: 2025-12-31", "period_end: 2025-09-01"),
    ),
    Case(
        "plan-yaml-not-yaml",
        validate,
        2,
        r"plan\.yaml, row 2.*: not valid YAML",
        setup=lambda t, r: write(r / "plans" / PLAN_ID / "plan.yaml", "id: [unclosed\n"),
    ),
    # --- plan ids and data roots -----------------------------------------------------
    Case(
        "plan-id-with-dotdot",
        lambda t, r: ["validate", "../chentao-2025q4"],
        2,
        r"invalid plan id '\.\./chentao-2025q4'.*no '/', '\.\.'",
    ),
    Case("plan-id-absolute", lambda t, r: ["validate", "/etc"], 2, r"invalid plan id '/etc'"),
    Case(
        "data-root-missing",
        lambda t, r: ["--data-root", str(t / "nowhere"), "plans"],
        2,
        r"nowhere, --data-root: the data root does not exist",
    ),
    # --- extract ------------------------------------------------------------------
    Case(
        "extract-empty-file",
        extract("empty.txt"),
        2,
        r"empty\.txt.*empty",
        setup=lambda t, r: write(t / "empty.txt", b""),
    ),
    Case(
        "extract-binary-file",
        extract("blob.bin"),
        2,
        r"blob\.bin.*binary",
        setup=lambda t, r: write(t / "blob.bin", bytes(range(256)) * 8),
    ),
    Case(
        "extract-undecodable",
        extract("latin.txt"),
        2,
        r"latin\.txt.*(decode|encoding)",
        setup=lambda t, r: write(t / "latin.txt", b"\x81\x30\xfe\xff\xc0\x80" * 50),
    ),
    Case("extract-missing-file", extract("nope.txt"), 2, r"nope\.txt.*(not found|No such file|does not exist)"),
    Case(
        "extract-huge-file",
        extract("huge.txt"),
        2,
        r"huge\.txt.*MB",
        setup=lambda t, r: write(t / "huge.txt", ("。" * 1024 * 1024 * 17).encode("utf-8")),
    ),
    Case(
        "extract-gbk-accepted",
        extract("gbk.txt"),
        0,
        stdout=r'"text": "1亿元".*"value": 100000000',
        setup=lambda t, r: write(t / "gbk.txt", PLAN_LINE.encode("gbk")),
    ),
    Case(
        "extract-gb18030-accepted",
        extract("gb18030.txt"),
        0,
        stdout=r'"text": "3000万元".*"value": 30000000',
        setup=lambda t, r: write(t / "gb18030.txt", PLAN_LINE.encode("gb18030")),
    ),
    Case(
        "extract-utf16-accepted",
        extract("utf16.txt"),
        0,
        stdout=r'"text": "1亿元"',
        setup=lambda t, r: write(t / "utf16.txt", PLAN_LINE.encode("utf-16")),
    ),
    Case(
        "extract-utf8-bom-accepted",
        extract("bom.txt"),
        0,
        stdout=r'"text": "1亿元"',
        setup=lambda t, r: write(t / "bom.txt", PLAN_LINE.encode("utf-8-sig")),
    ),
    Case(
        "extract-only-punctuation-accepted",
        extract("punct.txt"),
        0,
        stdout=r"^$",
        setup=lambda t, r: write(t / "punct.txt", "。，、；：“”！？（）《》……——" * 20),
    ),
    # --- report parameters --------------------------------------------------------
    # Errors name the option the user typed (--quarter), not a column.
    Case("report-quarter-5", report("--quarter", "2025Q5"), 2, r"error: --quarter: .*2025Q5"),
    Case("report-quarter-without-year", report("--quarter", "Q4"), 2, r"--quarter: .*'Q4'"),
    Case("report-quarter-with-dash", report("--quarter", "2025-4"), 2, r"--quarter: .*'2025-4'"),
    Case("report-quarter-outside-plan", report("--quarter", "2025Q2"), 2, r"--quarter: .*outside the period"),
    Case("report-quarter-year-0", report("--quarter", "0000Q1"), 2, r"--quarter: quarter 0000Q1 is in year 0"),
    Case(
        "report-all-quarter-year-0",
        lambda t, r: ["--data-root", str(r), "report", "--all", "--quarter", "0000Q1"],
        2,
        r"--quarter: quarter 0000Q1 is in year 0",
    ),
    Case(
        "report-all-quarter-without-plans",
        lambda t, r: ["--data-root", str(r), "report", "--all", "--quarter", "2030Q1", "--out", str(t / "reports")],
        2,
        r"--quarter: no plan under .* overlapping 2030Q1",
    ),
    Case("report-as-of-not-a-date", report("--quarter", "2025Q4", "--as-of", "yesterday"), 2, r"--as-of: .*YYYY-MM-DD"),
    Case(
        "report-as-of-outside-quarter",
        report("--quarter", "2025Q4", "--as-of", "2025-09-30"),
        2,
        r"--as-of: .*2025-10-01",
    ),
    Case("report-unknown-language", report("--quarter", "2025Q4", "--lang", "fr"), 2, r"--lang: .*zh or en"),
    Case(
        "report-unknown-plan",
        lambda t, r: ["--data-root", str(r), "report", "--plan", "nope", "--quarter", "2025Q4"],
        2,
        r"--plan: unknown plan 'nope'",
    ),
    Case(
        "report-quarter-huge-value",
        report("--quarter", "2025Q" + "9" * 5000),
        2,
        r"--quarter: malformed quarter '2025Q9+'…",
    ),
    Case(
        "report-out-under-a-file",
        lambda t, r: [
            "--data-root",
            str(r),
            "report",
            "--plan",
            PLAN_ID,
            "--quarter",
            "2025Q4",
            "--out",
            str(t / "file.txt" / "reports"),
        ],
        2,
        r"--out: .*file\.txt is not a folder",
        setup=lambda t, r: write(t / "file.txt", "x"),
    ),
    # Bad plan files found by the kernel: refused with nothing created under --out.
    Case(
        "report-bad-progress-file",
        report("--quarter", "2025Q4", "--quiet"),
        2,
        PROGRESS + r", row 62, column 'value'.*finite",
        setup=add_progress_row(indicator_id="liv.road_repair", as_of="2025-12-31", value="inf", unit="公里"),
    ),
    # --- YAML that expands, values that are huge -------------------------------------
    Case(
        "plan-yaml-alias-bomb",
        validate,
        2,
        r"plan\.yaml, row \d+, column 'character \d+': YAML anchor &a is not allowed",
        setup=lambda t, r: write(r / "plans" / PLAN_ID / "plan.yaml", ALIAS_BOMB),
    ),
    Case(
        "plan-yaml-merge-key",
        validate,
        2,
        r"plan\.yaml, row \d+.*YAML anchor &base is not allowed",
        setup=edit_yaml("id: chentao-2025q4\n", "base: &base {x: 1}\nother: {<<: *base}\nid: chentao-2025q4\n"),
    ),
    Case(
        "plan-yaml-huge-title",
        validate,
        2,
        r"plan\.yaml, column 'title': field 'title' is \[.{0,60} \(expected text\)$",
        setup=edit_yaml("title: 陈涛镇2025年四季度重点工作", "title: [" + ", ".join(["x" * 50] * 2000) + "]"),
    ),
    # --- tables: row numbers, finite numbers, plain numbers ------------------------------
    Case(
        "progress-row-after-blank-lines",
        validate,
        2,
        PROGRESS + r", row 64, column 'indicator_id': unknown indicator 'eco.gdp'",
        setup=lambda t, r: append_text(r / "plans" / PLAN_ID / "progress.csv", "\n\neco.gdp,2025-11-30,1,元,,,,\n"),
    ),
    Case(
        "indicators-target-1e400",
        validate,
        2,
        CSV + r", row 2, column 'target': '1e400' is not a finite number",
        setup=set_cell("indicators.csv", "id", "eco.invoicing", "target", "1e400"),
    ),
    Case(
        "indicators-target-inf",
        validate,
        2,
        CSV + r", row 2, column 'target': 'inf' is not a finite number",
        setup=set_cell("indicators.csv", "id", "eco.invoicing", "target", "inf"),
    ),
    Case(
        "indicators-target-nan",
        validate,
        2,
        CSV + r", row 2, column 'target': invalid number 'nan'",
        setup=set_cell("indicators.csv", "id", "eco.invoicing", "target", "nan"),
    ),
    Case(
        "progress-value-infinite",
        validate,
        2,
        PROGRESS + r", row 62, column 'value': '-Infinity' is not a finite number",
        setup=add_progress_row(indicator_id="liv.road_repair", as_of="2025-12-31", value="-Infinity", unit="公里"),
    ),
    # --- validate and report agree on the raw text ----------------------------------------
    Case("raw-binary-without-sha256", validate, 2, r"chentao-2025q4\.txt.*binary", setup=drop_sha_and_binary_raw),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_cli_bad_input(case: Case, tmp_path: Path, data_copy: Path, capsys):
    case.setup(tmp_path, data_copy)
    code = main(case.argv(tmp_path, data_copy))
    out, err = capsys.readouterr()
    assert code == case.exit_code, err
    if case.message is not None:
        import re

        assert err.startswith("plan-analysis: error: "), err
        assert re.search(case.message, err), err
        assert "Traceback" not in err
        assert len(err.strip().splitlines()) == 1, "one message, one line"
    if case.stdout is not None:
        import re

        assert re.search(case.stdout, out.strip(), re.DOTALL), out
    assert "np.float64" not in err and "np.int64" not in err, "plain numbers in messages"
    if case.id.startswith("report-"):
        # Bad input is refused before anything is created under --out: no folders, no lock files.
        assert not (tmp_path / "reports").exists()


def test_catalogue_is_large_enough():
    assert len(CASES) >= 30


def test_cli_as_a_process_exits_2_without_traceback(tmp_path):
    """The real console entry point, not only main(): exit 2, no traceback; --debug shows one."""
    command = [sys.executable, "-m", "plan_analysis", "validate", "../etc"]
    plain = subprocess.run(command, capture_output=True, text=True)
    assert plain.returncode == 2
    assert "Traceback" not in plain.stderr and "invalid plan id" in plain.stderr
    debug = subprocess.run(command + ["--debug"], capture_output=True, text=True)
    assert debug.returncode != 0 and "Traceback" in debug.stderr


def test_decreasing_cumulative_value_is_kept_and_flagged(data_copy):
    """A cumulative figure that goes down is loaded (it is usually a correction) but flagged."""
    path = data_copy / "plans" / PLAN_ID / "progress.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    # 100户农房改善: the log says 70 by 2025-11-30; report 60 there instead of 70.
    mask = (frame["indicator_id"] == "liv.housing_improvement") & (frame["as_of"] == "2025-11-30")
    assert mask.sum() == 1
    frame.loc[mask, "value"] = "30"
    frame.to_csv(path, index=False)
    plan = load_plan(PLAN_ID, data_root=data_copy)
    flagged = plan.progress[plan.progress["flag"].notna()]
    assert list(flagged["indicator_id"]) == ["liv.housing_improvement"]
    assert "went down from 35 to 30" in flagged["flag"].iloc[0]


@pytest.mark.parametrize("as_of, message", [("not a date", "YYYY-MM-DD"), ("2026-03-01", "2025-12-31")])
def test_assess_progress_rejects_bad_as_of(as_of, message):
    plan = load_plan(PLAN_ID)
    with pytest.raises(ParameterError, match=message):
        assess_progress(plan, as_of)


def test_plans_lists_the_good_plans_and_reports_a_broken_sibling(data_copy, capsys):
    broken = data_copy / "plans" / "broken-plan"
    write(broken / "plan.yaml", "id: broken-plan\ntitle: [unclosed\n")
    code = main(["--data-root", str(data_copy), "plans"])
    out, err = capsys.readouterr()
    assert code == 2
    assert PLAN_ID in out and "陈涛镇2025年四季度重点工作" in out and "broken-plan" not in out
    assert err.startswith("plan-analysis: error: ") and len(err.strip().splitlines()) == 1, err
    assert "broken-plan" in err and "plan.yaml" in err and "not valid YAML" in err


def test_plans_on_an_empty_data_root_says_where_it_looked(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    code = main(["--data-root", str(empty), "plans"])
    out, err = capsys.readouterr()
    assert code == 0 and out == ""
    assert "no plans found" in err and str(empty / "plans") in err and "Empty DataFrame" not in err + out


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "argv", [["plans"], ["validate", PLAN_ID], ["extract", "data/raw/chentao-2025q4.txt", "--year", "2025"]]
)
def test_standard_output_on_a_full_disk_is_one_line(argv, repo_root):
    """`plan-analysis plans > /dev/full`: exit 2, one line, no traceback (and none at interpreter exit)."""
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "plan_analysis", *argv],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=repo_root,
        )
    assert result.returncode == 2, result.stderr
    assert result.stderr == "plan-analysis: error: cannot write to standard output: No space left on device\n"


def test_messages_never_carry_a_whole_value():
    """Values in messages are cut to 60 characters, whatever their size or depth, and shown as plain numbers."""
    import numpy as np

    from plan_analysis.errors import shown

    nested: list = ["x" * 100]
    for _ in range(50):
        nested = [nested] * 10  # 10**50 leaves if walked in full
    assert len(shown(nested)) <= 60
    assert shown("y" * 10_000).endswith("…") and len(shown("y" * 10_000)) <= 60
    assert shown(np.float64(-8e8)) == "-800000000" and shown(np.float64(2.5)) == "2.5" and shown(np.int64(7)) == "7"
    assert len(str(InputError("z" * 100_000, path="f.csv"))) <= 700
