"""Title, place and period guesses for a corpus's documents (worked out from each text by hand)."""

from __future__ import annotations

import pytest

from plan_analysis.corpus.metadata import guess_metadata


@pytest.mark.parametrize(
    "text, year, expected",
    [
        (
            "陈涛镇2025年第四季度工作计划\n\n一、经济运行\n完成开票8亿元。",
            None,
            ("陈涛镇2025年第四季度工作计划", "陈涛镇", "2025Q4"),
        ),
        ("东湖街道办事处2026年工作计划\n\n新增就业300人。", None, ("东湖街道办事处2026年工作计划", "东湖街道", "2026")),
        (
            "关于印发河口县2024年上半年重点任务的通知\n\n一、目标",
            None,
            ("关于印发河口县2024年上半年重点任务的通知", "河口县", "2024H1"),
        ),
        (
            "某某市2021—2025年交通发展规划\n\n建成公路100公里。",
            None,
            ("某某市2021—2025年交通发展规划", "某某市", "2021-2025"),
        ),
        # No title line (one paragraph): the period comes from the opening, 四季度 with the given year.
        ("四季度既是全年工作的冲刺期，新增就业200人。", 2025, (None, None, "2025Q4")),
        ("全年新增就业200人。", None, (None, None, None)),
    ],
)
def test_guesses(text, year, expected):
    assert tuple(guess_metadata(text, year)) == expected
