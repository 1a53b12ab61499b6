"""Progress notices, reviews and declines (issue 17, third round of linking rules).

The plans and later texts are written for these tests. Which figure reports on
which indicator, its value in the indicator's unit and its as-of date were
decided by hand from the sentences:

* a notice titled …1季度推进情况 reports at the quarter's end (03-31), and an
  investment figure of an item (投资完成情况：完成3500万元 under 1.老旧小区改造)
  reports on that item's 投资计划, not on another item's;
* 年度任务为…201公里 is the plan restated, 3000户…已全部启动 is work begun, and
  其中完成改造2670户 is what was done of the 3000户;
* 下降4.6% against 增长5% is a growth of -4.6; 降低3% against 降低2.5% is 3;
* a plan's look back (报告回顾说，2023年…增长6%) and another place's targets
  (卫辉市…提出…增长13%) are not the plan's targets;
* 据预计，2024年…增长5.7% in a 2025 text is the 2024 outcome;
* a line after a ；goes on with its sentence's year (统计显示，2022年…；⏎…增长13.7%).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from plan_analysis.cli.main import main


def _rows(tmp_path: Path, capsys, plan: str, year: int, *later: str) -> list[tuple[str, float, str]]:
    """(drafted name, value, as_of) of every row ``track`` suggests from the ``later`` texts."""
    data_root = tmp_path / "data"
    plan_file = tmp_path / "plan.txt"
    plan_file.write_text(plan, encoding="utf-8")
    assert main(["--data-root", str(data_root), "draft", str(plan_file), "--plan", "p", "--year", str(year)]) == 0
    files = []
    for k, text in enumerate(later):
        files.append(tmp_path / f"later{k}.txt")
        files[-1].write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-root", str(data_root), "track", "p", *map(str, files), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    frame = pd.read_csv(data_root / "plans" / "p" / "indicators.csv", dtype=str)
    names = dict(zip(frame["id"], frame["source_phrase"], strict=True))
    return sorted((names[r["indicator_id"]], r["value"], r["as_of"]) for r in rows)


ITEMS_PLAN = """青岚区2025年重点民生实事目标任务

全年重点民生实事投资计划合计50000万元。

一、重点民生实事
1.老旧小区改造
工作目标任务：新开工改造老旧小区60个；
完成适老化改造3000户。
投资计划：12000万元。

2.农村公路护栏
工作目标任务：实施农村公路安全防护工程200公里。
投资计划：3000万元。
"""

ITEMS_NOTICE = """关于2025年青岚区重点民生实事1季度推进情况公示
日期：2025-04-10

合计：1—3月完成投资15000万元，占年度投资计划的30%。

1.老旧小区改造
进展情况：已新开工改造老旧小区40个；3000户适老化改造已全部启动，其中完成改造2670户。
投资完成情况：完成3500万元，占该项计划的29.2%。

2.农村公路护栏
年度任务为实施农村公路安全防护工程200公里。
投资完成情况：完成600万元，占比20%。
"""


def test_a_progress_notice_reports_each_item_at_the_quarter_end(tmp_path: Path, capsys):
    rows = _rows(tmp_path, capsys, ITEMS_PLAN, 2025, ITEMS_NOTICE)
    assert rows == sorted(
        [
            # 合计 before any item: the plan's total (15000万元 = 1.5e8 元).
            ("全年重点民生实事投资计划合计50000万元", 150_000_000.0, "2025-03-31"),
            ("新开工改造老旧小区60个", 40.0, "2025-03-31"),
            # 3000户…已全部启动 is begun, not done; 其中完成改造2670户 is done.
            ("完成适老化改造3000户", 2670.0, "2025-03-31"),
            # Each 投资完成情况 goes to the 投资计划 of the item it is printed under.
            ("12000万元", 35_000_000.0, "2025-03-31"),
            ("3000万元", 6_000_000.0, "2025-03-31"),
            # 年度任务为…200公里 is the task, not progress: no row for the 200公里.
        ]
    )


GROWTH_PLAN = """青岚市2024年主要预期目标

报告回顾说，2023年全市地区生产总值增长6%，固定资产投资增长4%。
2024年主要预期目标是：
地区生产总值增长6%左右；
一般公共预算收入增长5%；
单位地区生产总值能耗降低2.5%。
围绕这些目标，各地拉高标杆。卫辉县提出固定资产投资增长13%。
"""

GROWTH_NEWS = """青岚市经济运行回眸
发布时间：2025年01月20日

据预计，2024年全市地区生产总值增长5.7%；
一般公共预算收入下降4.6%；
单位地区生产总值能耗降低3%。
固定资产投资增长13%。
全市确定的20项主要指标中，16项完成全年目标，4项不及预期。
"""


def test_reviews_declines_and_other_places(tmp_path: Path, capsys):
    rows = _rows(tmp_path, capsys, GROWTH_PLAN, 2024, GROWTH_NEWS)
    assert rows == sorted(
        [
            # 据预计，2024年… read in 2025: the 2024 outcome.
            ("地区生产总值增长6%左右", 5.7, "2024-12-31"),
            # The lines after the ；go on with 2024年: a fall of revenue is a growth of -4.6.
            ("一般公共预算收入增长5%", -4.6, "2024-12-31"),
            # A fall against a target of a fall is the fall.
            ("单位地区生产总值能耗降低2.5%", 3.0, "2024-12-31"),
            # 2023年…增长6% and 卫辉县…增长13% are no targets of the plan, so 13% links to nothing,
            # and neither do the 16 and 4 indicators counted by how they went.
        ]
    )


def test_a_line_after_a_semicolon_keeps_its_sentence_year(tmp_path: Path, capsys):
    plan = "青岚市2022年主要目标\n\n固定资产投资增长10%以上；规模以上工业增加值增长8%。\n"
    news = (
        "青岚经济去年成绩单\n青岚日报 2023年2月17日\n\n"
        "统计显示，2022年青岚一般公共预算收入227亿元，增长9%；\n"
        "固定资产投资增长13.7%；\n"
        "规上工业增加值增长7.6%。\n"
    )
    rows = _rows(tmp_path, capsys, plan, 2022, news)
    assert rows == sorted(
        [
            ("固定资产投资增长10%以上", 13.7, "2022-12-31"),
            ("规模以上工业增加值增长8%", 7.6, "2022-12-31"),
        ]
    )
