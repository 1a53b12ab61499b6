"""plan-analysis track: achieved figures of later texts linked to a plan's indicators.

Every expected value below is read off the test's own texts by hand.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from plan_analysis.cli.main import main
from plan_analysis.track.apply import TrackConflict, apply_rows
from plan_analysis.track.figures import as_of_date
from plan_analysis.track.rows import ROW_FIELDS, SuggestedRow, suggest_rows

REPO = Path(__file__).resolve().parents[1]

PLAN_TEXT = """白河县2025年重点工作安排

一、经济发展
全年地区生产总值增长6%左右，规模以上工业增加值增长7%。完成固定资产投资45亿元。

二、乡村振兴
新建高标准农田2.6万亩，改造农村公路120公里。

三、民生保障
城镇新增就业4000人以上，城镇调查失业率控制在5.5%以内，城镇化率提高1个百分点。
"""

BULLETIN = """白河县2025年1—10月经济运行情况

1—10月，全县规模以上工业增加值同比增长7.4%，完成固定资产投资38.6亿元，同比增长5.1%。新建高标准农田1.9万亩，改造农村公路96公里，城镇新增就业3650人。全县城镇化率比上年末提高0.8个百分点。工业投资完成年度计划的110%。柳林镇新建高标准农田3200亩。
"""


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    data_root = tmp_path / "data"
    plan = tmp_path / "baihe.txt"
    plan.write_text(PLAN_TEXT, encoding="utf-8")
    assert main(["--data-root", str(data_root), "draft", str(plan), "--plan", "baihe-2025"]) == 0
    (tmp_path / "bulletin.txt").write_text(BULLETIN, encoding="utf-8")
    return data_root


def _csv_log(root: Path, rows: str = "") -> Path:
    """Make the drafted plan keep its log in progress.csv (as curated plans do); the log's path."""
    folder = root / "plans" / "baihe-2025"
    meta = folder / "plan.yaml"
    text = meta.read_text(encoding="utf-8")
    assert "progress: progress.xlsx" in text
    meta.write_text(text.replace("progress: progress.xlsx", "progress: progress.csv"), encoding="utf-8")
    log = folder / "progress.csv"
    log.write_text("indicator_id,as_of,value,unit,status,status_date,source,note\n" + rows, encoding="utf-8")
    return log


def _indicator_of(root: Path, name_part: str) -> str:
    frame = pd.read_csv(root / "plans" / "baihe-2025" / "indicators.csv", dtype=str)
    rows = frame[frame["name_zh"].str.contains(name_part, regex=False) & (frame["kind"] == "target")]
    assert len(rows) == 1, rows
    return str(rows["id"].iloc[0])


def _track(root: Path, capsys, *extra: str) -> tuple[int, list[dict]]:
    code = main(["--data-root", str(root), "track", "baihe-2025", str(root.parent / "bulletin.txt"), *extra])
    out = capsys.readouterr().out
    return code, [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def test_as_of_dates_of_written_periods():
    assert as_of_date("1—10月", 2025) == date(2025, 10, 31)
    assert as_of_date("过去一年", 2025) == date(2024, 12, 31)
    assert as_of_date("2024年", 2025) == date(2024, 12, 31)
    assert as_of_date("上半年", 2024) == date(2024, 6, 30)
    assert as_of_date("前三季度", 2024) == date(2024, 9, 30)
    assert as_of_date("截至8月底", 2021) == date(2021, 8, 31)
    assert as_of_date("五年来", 2025) is None  # a span of years has no single date


def test_bulletin_links_with_converted_values(root, capsys):
    code, rows = _track(root, capsys, "--format", "jsonl")
    assert code == 0
    by_id = {r["indicator_id"]: r for r in rows}
    farmland, roads = _indicator_of(root, "农田"), _indicator_of(root, "农村公路")
    jobs, industry = _indicator_of(root, "城镇新增就业"), _indicator_of(root, "工业增加值")
    investment = _indicator_of(root, "固定资产投资")
    # 1.9万亩 is 19000 亩; 38.6亿元 is 3.86e9 元; all as of 31 October 2025.
    assert by_id[farmland]["value"] == pytest.approx(19000) and by_id[farmland]["unit"] == "亩"
    assert by_id[investment]["value"] == pytest.approx(3.86e9)
    assert by_id[roads]["value"] == pytest.approx(96)
    assert by_id[jobs]["value"] == pytest.approx(3650)
    assert by_id[industry]["value"] == pytest.approx(7.4)  # a growth rate to a growth target
    assert {r["as_of"] for r in rows} == {"2025-10-31"}
    assert list(rows[0]) == ROW_FIELDS
    # The raw span is the figure as written in the bulletin.
    row = by_id[farmland]
    assert BULLETIN[row["raw_start"] : row["raw_end"]] == "1.9万亩"
    assert row["sentence"] == "新建高标准农田1.9万亩，改造农村公路96公里，城镇新增就业3650人。"


def test_hard_negatives_are_not_linked(root, capsys):
    _, rows = _track(root, capsys, "--format", "jsonl")
    values = [r["value"] for r in rows]
    assert 110 not in values  # a completion ratio (完成年度计划的110%)
    assert 3200 not in values  # another place's farmland (柳林镇)
    assert 5.1 not in values  # growth of investment: the plan's investment target is an amount
    # 0.8个百分点 and the 1个百分点 target share a unit; % never meets 个百分点.
    urban = _indicator_of(root, "城镇化率")
    assert [r["value"] for r in rows if r["indicator_id"] == urban] == [0.8]
    assert all(r["unit"] != "%" or r["indicator_id"] != urban for r in rows)


def test_apply_is_idempotent_and_keeps_hand_rows(root, capsys):
    roads = _indicator_of(root, "农村公路")
    log = _csv_log(root, f"{roads},2025-10-31,90,公里,,,镇统计站,hand\n")
    code, rows = _track(root, capsys, "--format", "jsonl", "--apply")
    assert code == 0
    first = pd.read_csv(log, dtype=str)
    # The hand row for roads stays; every other linked row is added once.
    assert first[first["indicator_id"] == roads]["value"].tolist() == ["90"]
    assert len(first) == len(rows)
    code, _ = _track(root, capsys, "--format", "jsonl", "--apply")
    assert code == 0
    assert pd.read_csv(log, dtype=str).equals(first)
    # The merged log loads with its new columns.
    from plan_analysis.plans.loading import load_plan

    plan = load_plan("baihe-2025", root)
    assert plan.progress["doc"].dropna().eq("bulletin.txt").all()


def test_an_old_log_without_source_columns_still_loads(root):
    from plan_analysis.plans.loading import load_plan

    log = _csv_log(root)
    roads = _indicator_of(root, "农村公路")
    log.write_text(
        f"indicator_id,as_of,value,unit,status,status_date,source,note\n{roads},2025-09-30,80,公里,,,月报,\n",
        encoding="utf-8",
    )
    plan = load_plan("baihe-2025", root)
    assert plan.progress["value_base"].tolist() == [80.0] and plan.progress["doc"].isna().all()


def _row(value: float, start: int, conflict: bool = False) -> SuggestedRow:
    return SuggestedRow(
        "a1.t1",
        date(2025, 10, 31),
        value,
        "亩",
        "b.txt",
        "ab" * 32,
        start,
        start + 4,
        "s",
        0.9,
        "level/name 1.00/x" + ("/conflict" if conflict else ""),
    )


def test_conflicts_write_nothing(tmp_path):
    log = tmp_path / "progress.csv"
    log.write_text("indicator_id,as_of,value,unit,status,status_date,source,note\n", encoding="utf-8")
    before = log.read_bytes()
    with pytest.raises(TrackConflict):
        apply_rows(log, [_row(19000, 10, True), _row(18000, 40, True)], min_confidence=0.5)
    assert log.read_bytes() == before
    apply_rows(log, [_row(19000, 10)], min_confidence=0.5)
    with pytest.raises(TrackConflict):  # a second document with another value for that date
        apply_rows(log, [_row(18000, 70)], min_confidence=0.5)


def test_conflict_exit_code_is_2(root, capsys, tmp_path):
    # Two bulletins that disagree on the farmland of the same date.
    other = tmp_path / "other.txt"
    other.write_text(BULLETIN.replace("1.9万亩", "2.1万亩"), encoding="utf-8")
    assert main(["--data-root", str(root), "track", "baihe-2025", str(root.parent / "bulletin.txt"), "--apply"]) == 0
    log = root / "plans" / "baihe-2025" / "progress_tracked.csv"  # beside the office's workbook
    before = log.read_bytes()
    assert main(["--data-root", str(root), "track", "baihe-2025", str(other), "--apply"]) == 2
    assert log.read_bytes() == before
    assert "the log has 19000" in capsys.readouterr().err


def test_below_the_threshold_is_shown_not_applied(root, capsys):
    code, rows = _track(root, capsys, "--format", "jsonl", "--apply", "--min-confidence", "1")
    assert code == 0 and rows
    from plan_analysis.plans.loading import load_plan

    assert load_plan("baihe-2025", root).progress.empty


def test_apply_beside_a_filled_workbook_keeps_the_office_rows(root, capsys):
    """A drafted plan's log is its workbook: tracked rows go beside it, the office's rows win."""
    import datetime as dt

    from office_fixtures import fill

    from plan_analysis.plans.loading import load_plan

    folder = root / "plans" / "baihe-2025"
    fill(folder / "progress.xlsx", {"120公里": (dt.date(2025, 10, 31), 90, None)})
    workbook_before = (folder / "progress.xlsx").read_bytes()
    code, rows = _track(root, capsys, "--format", "jsonl", "--apply")
    assert code == 0
    assert (folder / "progress.xlsx").read_bytes() == workbook_before  # never rewritten
    tracked = pd.read_csv(folder / "progress_tracked.csv", dtype=str)
    roads = _indicator_of(root, "农村公路")
    assert roads not in set(tracked["indicator_id"])  # the office entered roads for 10-31
    assert len(tracked) == len(rows) - 1
    plan = load_plan("baihe-2025", root)
    by_id = plan.progress.set_index("indicator_id")
    assert by_id.loc[roads, "value"] == 90  # the office's figure, not the bulletin's 96
    farmland = _indicator_of(root, "农田")
    assert by_id.loc[farmland, "value"] == pytest.approx(19000)  # 1.9万亩 from the bulletin
    assert folder / "progress_tracked.csv" in plan.input_files()


def test_csv_format_has_the_fields_in_order(root, capsys):
    main(["--data-root", str(root), "track", "baihe-2025", str(root.parent / "bulletin.txt"), "--format", "csv"])
    header = capsys.readouterr().out.splitlines()[0]
    assert header.split(",") == ROW_FIELDS


def test_a_corpus_dataset_gives_the_same_rows(root, capsys, tmp_path):
    out = tmp_path / "corpus.parquet"
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "bulletin.txt").write_text(BULLETIN, encoding="utf-8")
    assert main(["extract", str(folder), "--out", str(out), "--jobs", "1", "--quiet"]) == 0
    capsys.readouterr()
    main(["--data-root", str(root), "track", "baihe-2025", str(folder), "--format", "jsonl"])
    from_files = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    main(["--data-root", str(root), "track", "baihe-2025", str(out), "--format", "jsonl"])
    from_dataset = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    key = lambda r: (r["indicator_id"], r["value"], r["raw_start"])
    assert sorted(map(key, from_dataset)) == sorted(map(key, from_files))


def test_suggest_rows_takes_a_folder(root, tmp_path):
    from plan_analysis.plans.loading import load_plan

    plan = load_plan("baihe-2025", root)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(BULLETIN, encoding="utf-8")
    rows = suggest_rows(plan.indicators, plan.period_start, plan.period_end, [str(folder)], plan_year=2025)
    assert {r.doc for r in rows} == {"a.txt"}


@pytest.mark.slow
def test_draft_track_apply_report_end_to_end(root, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    env.pop("PLAN_ANALYSIS_DATA", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "plan_analysis", "--data-root", str(root), *args],
            check=False,
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=600,
        )

    tracked = run("track", "baihe-2025", str(tmp_path / "bulletin.txt"), "--apply")
    assert tracked.returncode == 0, tracked.stderr
    out = tmp_path / "reports"
    reported = run("report", "--plan", "baihe-2025", "--quarter", "2025Q4", "--out", str(out), "--quiet")
    assert reported.returncode == 0, reported.stderr
    html = Path(reported.stdout.strip().splitlines()[-1]).read_text(encoding="utf-8")
    assert "示例数据" not in html  # no demo banner
    # The published sentence, its figure marked, and the document named.
    assert "<strong>1.9万亩</strong>" in html and "bulletin.txt" in html
    assert "1.9万亩" in html and "进展历史与年末预测" in html
