"""Every plan that validates renders: random valid plans through every report section.

Hypothesis writes plans into a temporary data root -- indicators of every kind,
qualifier and unit (rates, growth rates, ceilings), names with TeX dollars and
markup, areas holding only descriptors, indicators that are their own parent,
progress rows of every shape, now and then an ``inf`` or ``1e400`` that
validation may or may not refuse -- loads each with ``load_plan`` (what ``validate``
runs) and renders each section of the report directly (no papermill).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from plan_analysis.errors import InputError
from plan_analysis.report.parameters import validate_parameters
from plan_analysis.report.sections import Report, plain_text

START, END = dt.date(2025, 10, 1), dt.date(2025, 12, 31)
TEXT = (
    "聚焦经济运行。一是全年工业开票8亿元、城镇调查失业率控制在3.5%以内。"
    "二是地区生产总值增长6%，空气优良天数比率不低于80%。\n"
    "三是引进外资 US$ 110m, of which HK$ 5m。有序推进一期厂房内生产设备安装。"
)
PHRASES = [
    "全年工业开票8亿元",
    "城镇调查失业率控制在3.5%以内",
    "地区生产总值增长6%",
    "空气优良天数比率不低于80%",
    "US$ 110m, of which HK$ 5m",
    "不在原文里的一句话",
]
NAMES = [
    "工业开票",
    "失业率",
    "地区生产总值增长",
    "优良天数比率",
    "$x^2$ 指标",
    "US$ 110m, of which HK$ 5m",
    "<b>名称</b>",
    "增速$",
]
AREAS = ["经济运行", "乡村振兴", "民生 $福祉$", "<i>责任</i>"]
UNITS = ["元", "亩", "个", "%", "‰", "公里"]
SECTIONS = (
    "header",
    "headline",
    "by_area",
    "milestones",
    "indicator_table",
    "data_quality",
    "parameters_table",
    "provenance",
)

NON_NUMBER = re.compile(r"(?<![A-Za-z])(nan|inf|infinity)(?![A-Za-z])", re.IGNORECASE)
dates = st.dates(min_value=START, max_value=END)
numbers = st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False)
NON_FINITE = ("inf", "1e400")


@st.composite
def number_text(draw) -> str:
    """A number as a curator types it; now and then one validation should refuse (inf, 1e400)."""
    if draw(st.integers(min_value=0, max_value=19)) == 0:
        return draw(st.sampled_from(NON_FINITE))
    return repr(draw(numbers))


@st.composite
def indicator(draw, index: int):
    kind = draw(st.sampled_from(["target", "descriptor", "milestone"]))
    start, end = sorted([draw(dates), draw(dates)])
    row = {
        "id": f"a.i{index}",
        "kind": kind,
        "area": draw(st.sampled_from(AREAS)),
        "measure": draw(st.sampled_from(["一是", ""])),
        "measure_title": draw(st.sampled_from(["标题", ""])),
        "name_zh": draw(st.sampled_from(NAMES)),
        "name_en": draw(st.sampled_from(["", "Name $a$", "A name"])),
        "target": "",
        "high": "",
        "unit": "",
        "qualifier": "",
        "deadline_text": draw(st.sampled_from(["", "年底前"])),
        "period_start": "",
        "period_end": "",
        "parent_id": "",
        "quantity_text": "",
        "span_start": "",
        "span_end": "",
        "source_phrase": draw(st.sampled_from(PHRASES)),
    }
    if kind != "milestone":
        qualifier = draw(st.sampled_from(["=", ">=", "<=", "~", "range"]))
        target = draw(number_text())
        if qualifier == "range" and target in NON_FINITE:
            qualifier = "="
        row.update(target=target, unit=draw(st.sampled_from(UNITS)), qualifier=qualifier)
        if qualifier == "range":
            row["high"] = repr(float(target) + draw(st.floats(min_value=1, max_value=1e6)))
    if kind == "target" or (kind == "milestone") or draw(st.booleans()):
        row.update(
            period_start=start.isoformat() if kind != "milestone" or draw(st.booleans()) else "",
            period_end=end.isoformat(),
        )
    return row


@st.composite
def plan_files(draw):
    count = draw(st.integers(min_value=1, max_value=6))
    rows = [draw(indicator(i)) for i in range(count)]
    ids = [r["id"] for r in rows]
    for row in rows:
        row["parent_id"] = draw(st.sampled_from(["", row["id"], *ids]))  # its own parent too
    progress = []
    for row in rows:
        for day in sorted(set(draw(st.lists(dates, max_size=3)))):
            entry = {
                "indicator_id": row["id"],
                "as_of": day.isoformat(),
                "value": "",
                "unit": "",
                "status": "",
                "status_date": "",
                "source": draw(st.sampled_from(["", "月通报", "<script>x</script>"])),
                "note": draw(st.sampled_from(["", "备注 $1$"])),
            }
            if row["kind"] == "milestone":
                entry["status"] = draw(st.sampled_from(["not_started", "in_progress", "done"]))
                if entry["status"] == "done":
                    entry["status_date"] = day.isoformat()
            else:
                entry.update(value=draw(number_text()), unit=row["unit"])
            progress.append(entry)
    return rows, progress, draw(dates), draw(st.sampled_from(["zh", "en"])), draw(st.booleans())


def write_plan(root: Path, rows, progress, draft: bool) -> None:
    (root / "raw").mkdir(parents=True)
    (root / "raw" / "p.txt").write_text(TEXT, encoding="utf-8")
    folder = root / "plans" / "p"
    folder.mkdir(parents=True)
    (folder / "plan.yaml").write_text(
        'id: p\ntitle: "测试 $计划$ <b>"\nplan_year: 2025\nperiod_start: 2025-10-01\nperiod_end: 2025-12-31\n'
        f"raw_file: ../../raw/p.txt\nindicators: indicators.csv\nprogress: progress.csv\ndraft: {str(draft).lower()}\n",
        encoding="utf-8",
    )
    for name, table, fields in (
        ("indicators.csv", rows, list(rows[0])),
        (
            "progress.csv",
            progress,
            ["indicator_id", "as_of", "value", "unit", "status", "status_date", "source", "note"],
        ),
    ):
        with (folder / name).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fields)
            writer.writeheader()
            writer.writerows(table)


@pytest.mark.slow
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(plan_files())
def test_every_valid_plan_renders(example):
    from plan_analysis.plans.loading import load_plan
    from plan_analysis.report.assessment import assess_progress

    rows, progress, as_of, lang, draft = example
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        write_plan(root, rows, progress, draft)
        try:
            plan = load_plan("p", root)  # what validate runs
        except InputError:
            # Only a non-finite number may be refused (validation refuses inf and 1e400):
            # every other plan drawn here is valid and must load.
            if not any(cell in NON_FINITE for table in (rows, progress) for r in table for cell in r.values()):
                raise
            reject()
        params = validate_parameters("p", "2025Q4", as_of.isoformat(), lang, str(root))
        report = Report(params=params, plan=plan, assessment=assess_progress(plan, params.as_of), data_root=root)
        for name in SECTIONS:
            text = plain_text(getattr(report, name)().html)
            assert not NON_NUMBER.search(text), name  # never "inf亿元" or "nan%"
        assert ("草稿" in plain_text(report.header().html) or "Draft" in report.header().html) == draft
