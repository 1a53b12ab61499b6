"""Progress notices that print each plan item before its progress (issue 17).

A notice of this kind restates the target as the item's heading (序号1：新增…15个。,
1. 新增200张…, 项目内容：…) and reports the progress under it, often by month
(7月进展：…) or as of the period its title names (截至9月底). The plans and notices
are written for these tests; which figure reports on which item, and at which
date, was decided by hand from the sentences.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from plan_analysis.cli.main import main

PLAN = """清溪区2024年民生实事项目

1. 新增老年食堂（助餐点）15个，11月底前完成。
2. 新增200张家庭照护床位、100张养老床位。
3. 在3座公园增设儿童友好活动设施。
4. 新增示范型居家养老服务照料中心12家；为困难老年人家庭实施适老化改造260户。
5. 新增中小学公办学位6800个。
"""


def _draft(tmp_path: Path) -> Path:
    data_root = tmp_path / "data"
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    assert main(["--data-root", str(data_root), "draft", str(plan), "--plan", "qingxi-2024", "--year", "2024"]) == 0
    return data_root


def _rows(root: Path, capsys, text: str) -> list[tuple[str, float, str]]:
    """(drafted name, value, as_of) of every suggested row, in text order."""
    capsys.readouterr()
    later = root.parent / "notice.txt"
    later.write_text(text, encoding="utf-8")
    assert main(["--data-root", str(root), "track", "qingxi-2024", str(later), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    frame = pd.read_csv(root / "plans" / "qingxi-2024" / "indicators.csv", dtype=str)
    names = dict(zip(frame["id"], frame["name_zh"], strict=True))
    return [(names[r["indicator_id"]], r["value"], r["as_of"]) for r in rows]


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    return _draft(tmp_path)


def test_a_restated_item_is_no_progress_and_names_the_progress_under_it(root, capsys):
    # 15个 and 100张 are the targets printed as headings; 3个 and 40张 are done
    # (已有…完成建设, 已建成) and report on the item above them.
    notice = (
        "清溪区2024年民生实事项目一季度进展情况\n\n"
        "序号1：新增老年食堂（助餐点）15个。\n"
        "一季度进展：点位分布为东关街道1个、西关街道2个，其中已有3个点位完成建设。\n\n"
        "序号2：新增200张家庭照护床位、100张养老床位。\n"
        "一季度进展：目前已建成养老床位40张。\n"
    )
    got = _rows(root, capsys, notice)
    assert [(value, as_of) for _, value, as_of in got] == [(3.0, "2024-03-31"), (40.0, "2024-03-31")]
    assert "食堂" in got[0][0] and "养老床位" in got[1][0]


def test_a_done_clause_under_a_heading_reports_on_that_heading(root, capsys):
    notice = "清溪区2024年民生实事项目一季度进展情况\n\n3. 3座公园增设儿童友好活动设施\n东湖公园的增设任务已经完成，完成1座。\n"
    got = _rows(root, capsys, notice)
    assert [(value, as_of) for _, value, as_of in got] == [(1.0, "2024-03-31")]
    assert "公园" in got[0][0]


def test_a_month_label_dates_its_line_past_a_semicolon(root, capsys):
    notice = (
        "清溪区2024年民生实事项目进展情况（养老服务）\n\n"
        "项目内容：新增示范型居家养老服务照料中心12家，实施困难老年人家庭适老化改造260户。\n\n"
        "7月进展：已完成8家示范型居家养老服务照料中心建设；完成适老化改造167户。\n\n"
        "10月进展：适老化改造已完成246户。\n"
    )
    got = _rows(root, capsys, notice)
    # 项目内容 restates both targets (12家, 260户): no rows for them.
    assert [(value, as_of) for _, value, as_of in got] == [
        (8.0, "2024-07-31"),
        (167.0, "2024-07-31"),
        (246.0, "2024-10-31"),
    ]


def test_the_period_of_the_title_beats_the_day_of_publication(root, capsys):
    notice = (
        "清溪区2024年民生实事项目进展情况（截至9月底）\n\n"
        "清溪区人民政府办公室 2024年11月3日公开\n\n"
        "教育：新建学校已经建成，新增学位6800个。\n"
    )
    # 新增学位 shares only its head noun 学位 with 中小学公办学位: just enough.
    got = _rows(root, capsys, notice)
    assert [(value, as_of) for _, value, as_of in got] == [(6800.0, "2024-09-30")]


def test_to_date_words_take_the_dateline(root, capsys):
    notice = "清溪区适老化改造进展\n\n（清溪日报，2024年8月17日）\n\n截至目前，全区已完成适老化改造180户。\n"
    got = _rows(root, capsys, notice)
    assert [(value, as_of) for _, value, as_of in got] == [(180.0, "2024-08-17")]


def test_a_bare_verb_names_nothing(root, capsys):
    # 新增15家 under no heading: 新增 alone names no indicator (the plan has
    # 新增老年食堂… and 新增示范型…中心), so no row.
    notice = "清溪区2024年民生实事项目完成情况\n\n其他：全年新增15家。\n"
    assert _rows(root, capsys, notice) == []
