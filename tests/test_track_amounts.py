"""What an amount is of, and when a later text's figures hold (issue 17, second round).

The plans and later texts are written for these tests. Which figure reports on
which indicator, its value in the indicator's unit and its as-of date were
decided by hand from the sentences:

* a growth rate of a part of industry (化工行业增加值) is not the growth of the
  service sector (服务业增加值), though both are 增加值;
* an expenditure (科学技术支出) is not a revenue (一般公共预算收入);
* 规上 and 规模以上, 第三产业 and 服务业 name the same thing;
* a plan item written 地区生产总值：增长6.5%左右 is the growth of GDP;
* an execution report of 2024 published in 2025 reports at 2024-12-31;
* 已建成1个 after 嵌入式养老机构计划建2个 reports on the 养老机构.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from plan_analysis.cli.main import main

ECONOMY_PLAN = """青岚市2024年国民经济和社会发展计划主要目标

1.地区生产总值：增长6%左右；
2.规模以上工业增加值：增长7%；
3.服务业增加值：增长6.5%；
4.一般公共预算收入：增长5%。
"""

LIST_PLAN = """青岚县2025年民生实事

一、新建嵌入式养老机构2个。
二、建设农村幸福院15个。
"""


def _rows(tmp_path: Path, capsys, plan: str, year: int, later: str) -> list[tuple[str, float, str]]:
    """(drafted name, value, as_of) of every row ``track`` suggests from ``later``."""
    data_root = tmp_path / "data"
    plan_file = tmp_path / "plan.txt"
    plan_file.write_text(plan, encoding="utf-8")
    assert main(["--data-root", str(data_root), "draft", str(plan_file), "--plan", "p", "--year", str(year)]) == 0
    later_file = tmp_path / "later.txt"
    later_file.write_text(later, encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-root", str(data_root), "track", "p", str(later_file), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    frame = pd.read_csv(data_root / "plans" / "p" / "indicators.csv", dtype=str)
    names = dict(zip(frame["id"], frame["name_zh"], strict=True))
    return [(names[r["indicator_id"]], r["value"], r["as_of"]) for r in rows]


def test_a_bare_word_of_change_in_a_plan_takes_the_label_of_its_line(tmp_path: Path):
    data_root = tmp_path / "data"
    plan_file = tmp_path / "plan.txt"
    plan_file.write_text(ECONOMY_PLAN, encoding="utf-8")
    assert main(["--data-root", str(data_root), "draft", str(plan_file), "--plan", "p", "--year", "2024"]) == 0
    frame = pd.read_csv(data_root / "plans" / "p" / "indicators.csv", dtype=str)
    by_target = dict(zip(frame["target"].astype(float), frame["name_zh"], strict=True))
    assert by_target[6.0] == "地区生产总值增长"
    assert by_target[5.0] == "一般公共预算收入增长"


def test_a_part_of_industry_is_not_the_service_sector_and_synonyms_meet(tmp_path: Path, capsys):
    later = (
        "青岚市2024年上半年经济运行情况\n\n"
        "上半年，全市规上工业增加值同比增长8.4%。"
        "化工、纺织行业增加值分别增长21.9%和15.3%。"
        "全市第三产业增加值增长5.1%。\n"
    )
    rows = _rows(tmp_path, capsys, ECONOMY_PLAN, 2024, later)
    # 8.4% is industry (规上 = 规模以上), 5.1% the service sector (第三产业 = 服务业);
    # 21.9% and 15.3% are parts of industry that no indicator counts.
    assert sorted(rows) == sorted(
        [("规模以上工业增加值增长", 8.4, "2024-06-30"), ("服务业增加值增长", 5.1, "2024-06-30")]
    )


def test_an_expenditure_is_not_a_revenue(tmp_path: Path, capsys):
    later = (
        "青岚市2024年财政收支情况通报\n\n全年一般公共预算收入增长4.2%。一般公共预算支出中的科学技术支出增长21.3%。\n"
    )
    rows = _rows(tmp_path, capsys, ECONOMY_PLAN, 2024, later)
    assert rows == [("一般公共预算收入增长", 4.2, "2024-12-31")]


def test_an_execution_report_of_the_plan_year_holds_at_its_end(tmp_path: Path, capsys):
    # Its title names 2024 (the year executed) and 2025 (the next plan); it was
    # published in March 2025, but its figures are 2024's.
    later = (
        "关于青岚市2024年国民经济和社会发展计划执行情况及2025年计划草案的报告\n"
        "发布时间：2025-03-26\n\n"
        "全市地区生产总值增长4.8%。\n"
    )
    rows = _rows(tmp_path, capsys, ECONOMY_PLAN, 2024, later)
    assert rows == [("地区生产总值增长", 4.8, "2024-12-31")]


def test_a_done_count_reports_on_the_item_named_before_it(tmp_path: Path, capsys):
    later = (
        "青岚县9月份民生工程进展情况\n\n"
        "嵌入式养老机构计划建2个，已建成1个(50%)；\n"
        "农村幸福院计划建15个，已建成8个(53%)。\n"
    )
    rows = _rows(tmp_path, capsys, LIST_PLAN, 2025, later)
    # The planned 2 and 15 are restated targets; 1 and 8 are done, as of the
    # month the title names (9月份: 30 September).
    assert sorted((value, as_of) for _, value, as_of in rows) == [(1.0, "2025-09-30"), (8.0, "2025-09-30")]
    by_value = {value: name for name, value, _ in rows}
    assert "养老机构" in by_value[1.0] and "幸福院" in by_value[8.0]


def test_a_sentence_opened_by_now_in_later_news_is_achieved(tmp_path: Path, capsys):
    plan = "青岚县2025年林业工作要点\n\n全县森林覆盖率达到60%。\n"
    # News, not a report: its title says nothing of progress. 目前 opens the
    # sentence, so its figure holds on the day the news was published.
    later = "青岚县持续推进国土绿化\n发布时间：2025-11-06\n\n目前，全县森林覆盖率达57.5%。\n"
    rows = _rows(tmp_path, capsys, plan, 2025, later)
    assert [(value, as_of) for _, value, as_of in rows] == [(57.5, "2025-11-06")]


def test_a_table_names_figures_by_row_and_leaves_the_target_column_out(tmp_path: Path, capsys):
    plan = "青岚市2024年计划主要目标\n\n1.地区生产总值：增长6%左右；\n2.全员劳动生产率：达到20.5万元/人。\n"
    later = (
        "青岚市2024年计划执行情况\n\n"
        "指标名称 | 预期目标 | 实际完成 | 备注\n"
        "1.地区生产总值 | 增长6%左右 | 增长4.8% | 1347.1亿元\n"
        "2.全员劳动生产率 | 20.5万元/人 | 20.5万元/人 | —\n"
    )
    rows = _rows(tmp_path, capsys, plan, 2024, later)
    # The 实际完成 column only: 4.8%, and 20.5万元/人 = 205000 元/人 though it equals
    # the target; the 预期目标 column prints the plan again.
    assert sorted(rows) == sorted([("地区生产总值增长", 4.8, "2024-12-31"), ("全员劳动生产率", 205000.0, "2024-12-31")])
