"""Where a later figure's name comes from when the text right before it names nothing.

The plans and later texts are written for these tests; which indicator each
figure reports on was decided by hand from the sentences.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from plan_analysis.cli.main import main

PLAN = """青川县2025年民生实事项目

一、养老服务
新增养老床位400张，新建社区长者食堂12个。

二、经济发展
全县地区生产总值增长6%左右。
"""

LATER = """青川县2025年民生实事项目完成情况

养老床位：计划新增400张，实际新增436张，占全年计划109%。
长者食堂：计划12个，已新建13个。
2025年全县地区生产总值186.2亿元，按可比价格计算，比上年增长6.3%。
"""

LATER_NOUN_AFTER = """青川县2025年民生实事项目完成情况

城关镇、乔庄镇等共13个社区长者食堂已建成投用。
"""


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    data_root = tmp_path / "data"
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    assert main(["--data-root", str(data_root), "draft", str(plan), "--plan", "qingchuan-2025"]) == 0
    return data_root


def _rows(root: Path, capsys, text: str) -> dict[str, float]:
    later = root.parent / "later.txt"
    later.write_text(text, encoding="utf-8")
    assert main(["--data-root", str(root), "track", "qingchuan-2025", str(later), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    frame = pd.read_csv(root / "plans" / "qingchuan-2025" / "indicators.csv", dtype=str)
    names = dict(zip(frame["id"], frame["name_zh"], strict=True))
    return {names[r["indicator_id"]]: r["value"] for r in rows}


def _named(got: dict[str, float], part: str) -> float:
    """The value of the one indicator whose drafted name holds ``part``."""
    (value,) = [v for name, v in got.items() if part in name]
    return value


def test_the_line_label_names_the_figure_and_the_plan_figure_is_left_out(root, capsys):
    got = _rows(root, capsys, LATER)
    # 436张 after 实际新增 is named by its line's label 养老床位; 400张 restated after
    # 计划 and the ratio 109% are not progress; 13个 likewise under 长者食堂.
    assert _named(got, "养老床位") == 436
    assert _named(got, "长者食堂") == 13
    # 按可比价格计算 names nothing: the growth rate borrows 地区生产总值.
    assert _named(got, "地区生产总值") == pytest.approx(6.3)
    assert len(got) == 3


def test_the_noun_after_a_count_names_it(root, capsys):
    got = _rows(root, capsys, LATER_NOUN_AFTER)
    assert len(got) == 1 and _named(got, "长者食堂") == 13


FENBIE_PLAN = """安和县2025年政府工作报告

2025年经济社会发展的主要预期目标是：城镇和农村居民人均可支配收入分别增长5.5%和7%，新建高标准农田3万亩。
"""

FENBIE_LATER = """安和县2026年政府工作报告

2025年，城镇和农村居民人均可支配收入分别增长5.1%和7.4%，新建高标准农田3.2万亩。
"""


def test_the_items_of_a_fenbie_list_pair_by_place(tmp_path, capsys):
    data_root = tmp_path / "data"
    plan, later = tmp_path / "plan.txt", tmp_path / "later.txt"
    plan.write_text(FENBIE_PLAN, encoding="utf-8")
    later.write_text(FENBIE_LATER, encoding="utf-8")
    assert main(["--data-root", str(data_root), "draft", str(plan), "--plan", "anhe-2025"]) == 0
    capsys.readouterr()
    assert main(["--data-root", str(data_root), "track", "anhe-2025", str(later), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    frame = pd.read_csv(data_root / "plans" / "anhe-2025" / "indicators.csv")
    target = dict(zip(frame["id"], frame["target"], strict=True))
    # Each item of the plan's list gets its own name, and 高标准农田 keeps 高标准.
    assert list(frame["name_zh"]) == ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长", "高标准农田"]
    # The first rate reports on the first item (5.5%), the second on the second (7%);
    # 3.2万亩 is 32000 亩, after the list.
    got = {target[r["indicator_id"]]: r["value"] for r in rows}
    assert got == {5.5: pytest.approx(5.1), 7.0: pytest.approx(7.4), 30000: pytest.approx(32000)}


def test_an_undated_figure_of_a_notice_holds_at_its_dateline(root, capsys):
    # Published on 6 November 2025: 436张 cannot hold at the year's end.
    text = LATER.replace("完成情况\n", "完成情况\n发布时间：2025-11-06\n", 1)
    later = root.parent / "later.txt"
    later.write_text(text, encoding="utf-8")
    assert main(["--data-root", str(root), "track", "qingchuan-2025", str(later), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    by_value = {r["value"]: r["as_of"] for r in rows}
    assert by_value[436] == "2025-11-06"
    assert by_value[13] == "2025-11-06"
