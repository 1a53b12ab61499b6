"""Time words of plans → date ranges."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plan_analysis.extract.deadlines import TIME_WORD, find_deadlines, infer_year, resolve_deadline


@pytest.mark.parametrize(
    "word, start, end",
    [
        ("全年", date(2025, 1, 1), date(2025, 12, 31)),
        ("今年", date(2025, 1, 1), date(2025, 12, 31)),
        ("年内", date(2025, 1, 1), date(2025, 12, 31)),
        ("一季度", date(2025, 1, 1), date(2025, 3, 31)),
        ("四季度", date(2025, 10, 1), date(2025, 12, 31)),
        ("第三季度", date(2025, 7, 1), date(2025, 9, 30)),
        ("上半年", date(2025, 1, 1), date(2025, 6, 30)),
        ("下半年", date(2025, 7, 1), date(2025, 12, 31)),
        ("年底前", date(2025, 1, 1), date(2025, 12, 31)),
        ("11月底前", date(2025, 1, 1), date(2025, 11, 30)),
        ("10月底", date(2025, 10, 21), date(2025, 10, 31)),
        ("6月30日前", date(2025, 1, 1), date(2025, 6, 30)),
        ("2026年底", date(2026, 12, 1), date(2026, 12, 31)),
        ("明年", date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_resolve(word, start, end):
    assert resolve_deadline(word, 2025) == (start, end)


def test_by_deadlines_start_with_the_plan_quarter():
    # A Q4 plan: 年底前 runs over the quarter, 11月底前 from October.
    assert resolve_deadline("年底前", 2025, quarter=4) == (date(2025, 10, 1), date(2025, 12, 31))
    assert resolve_deadline("11月底前", 2025, quarter=4) == (date(2025, 10, 1), date(2025, 11, 30))
    # …but a deadline before the quarter cannot start after it ends.
    assert resolve_deadline("6月30日前", 2025, quarter=4) == (date(2025, 1, 1), date(2025, 6, 30))


def test_unknown_year_or_word_gives_no_dates():
    assert resolve_deadline("全年", None) == (None, None)
    assert resolve_deadline("冲刺期", 2025) == (None, None)


def test_find_deadlines_in_a_sentence():
    text = "确保四季度新签约项目2个以上，11月底前化解积案，三年内完成，2024年启动。"
    found = [d.text for d in find_deadlines(text, 2025)]
    assert found == ["四季度", "11月底前"]  # 三年内 is a duration, 2024年 a date


def test_infer_year():
    assert infer_year("2025年，樊川镇将聚焦产业升级") == 2025
    assert infer_year("四季度既是全年工作的冲刺期") is None


def test_by_a_year():
    # 到2025年 (by 2025): to the end of that year; 2025年 alone is a date.
    assert resolve_deadline("到2025年", 2024) == (date(2024, 1, 1), date(2025, 12, 31))
    assert resolve_deadline("到2025年", None) == (date(2025, 1, 1), date(2025, 12, 31))
    assert [d.text for d in find_deadlines("到2025年，建成；2024年启动", 2024)] == ["到2025年"]


@pytest.mark.parametrize(
    "word, start, end",
    [
        # A year in Chinese numerals reads like one in digits.
        ("二〇二八年底", date(2028, 12, 1), date(2028, 12, 31)),
        ("二〇二六年9月底前", date(2026, 1, 1), date(2026, 9, 30)),
        ("到二〇二九年", date(2026, 1, 1), date(2029, 12, 31)),
    ],
)
def test_years_in_chinese_numerals(word, start, end):
    assert resolve_deadline(word, 2026) == (start, end)


def test_chinese_year_is_found_with_its_time_word():
    found = find_deadlines("计划到二〇三〇年底，全区绿道达到200公里。", 2026)
    assert [d.text for d in found] == ["二〇三〇年底"]
    assert found[0].date_end == date(2030, 12, 31)


_TIME_PIECES = [
    "2025年",
    "二〇二五年",
    "12月",
    "10月",
    "1",
    "3",
    "20",
    "十一",
    "十二",
    "三",
    "四",
    "第",
    "季度",
    "月底",
    "月",
    "日",
    "30日",
    "号",
    "上半年",
    "下半年",
    "年底",
    "年中",
    "年内",
    "全年",
    "今年",
    "明年",
    "前",
    "以前",
    "到",
    "至",
    "春节",
    "国庆",
    "汛期",
    "上旬",
    "中",
    "份",
    "底",
    "末",
    "，",
    "个",
    "亿元",
    "两",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TIME_PIECES), max_size=16).map("".join))
def test_the_numeral_start_check_never_loses_a_time_word(text):
    """TIME_WORD's early check on digits and numerals (for speed) finds the
    same time words, with the same groups, as the pattern without it."""
    from plan_analysis.extract import deadlines

    assert deadlines._NUMERAL_START in deadlines.TIME_WORD.pattern
    plain = re.compile(deadlines.TIME_WORD.pattern.replace(deadlines._NUMERAL_START, "", 1))
    found = [(m.span(), m.groupdict()) for m in deadlines.TIME_WORD.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_time_words_after_digits_and_numerals_by_hand():
    text = "新增3000个，12月底前完成，二〇二五年上半年建成，3季度开工，十一月启动"
    assert [m.group() for m in TIME_WORD.finditer(text)] == ["12月底前", "二〇二五年上半年", "3季度", "十一月"]


def test_a_period_after_jiao_or_bi_is_a_comparison_base_not_a_time_word():
    # 较上半年, 比一季度: the base of a comparison; the same words elsewhere are time words.
    assert [m.group() for m in TIME_WORD.finditer("增幅较上半年回落，比一季度提高；上半年完成，一季度开工")] == [
        "上半年",
        "一季度",
    ]
    assert [m.start() for m in TIME_WORD.finditer("增幅较上半年回落，比一季度提高；上半年完成，一季度开工")] == [16, 22]


@pytest.mark.parametrize(
    ("words", "start", "end"),
    [
        ("10月1日—10月15日", date(2025, 10, 1), date(2025, 10, 15)),
        ("10月1日—15日", date(2025, 10, 1), date(2025, 10, 15)),  # the month carried over
        ("10月中旬至11月底", date(2025, 10, 11), date(2025, 11, 30)),
        ("3月—4月", date(2025, 3, 1), date(2025, 4, 30)),
    ],
)
def test_a_range_of_two_time_words_spans_both(words, start, end):
    assert resolve_deadline(words, 2025) == (start, end)


def test_a_range_that_runs_backwards_is_not_understood():
    assert resolve_deadline("10月20日—10月1日", 2025) == (None, None)
