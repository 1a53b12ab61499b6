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
