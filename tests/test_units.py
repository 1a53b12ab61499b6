"""The unit table: parse_unit, convert, traditional forms, dimensions."""

from __future__ import annotations

import pytest

from plan_analysis.extract.units import (
    UNITS,
    UnitMismatchError,
    convert,
    dimension,
    lookup,
    parse_unit,
    unit_alternation,
)


@pytest.mark.parametrize(
    "written, expected",
    [
        ("万元", (1e4, "元")),
        ("亿元", (1e8, "元")),
        ("万亩", (1e4, "亩")),
        ("公里", (1.0, "公里")),
        ("km", (1.0, "公里")),
        ("千米", (1.0, "公里")),  # a synonym of 公里, not 千 × 米
        ("米", (1.0, "米")),  # 米 stays 米: convert() changes units, parse_unit does not
        ("千万元", (1e7, "元")),
        ("万美元", (1e4, "美元")),
        ("万千瓦时", (1e4, "千瓦时")),
        ("万人次", (1e4, "人次")),
        ("平方米", (1.0, "平方米")),
        ("台(套)", (1.0, "台(套)")),
        ("台（套）", (1.0, "台(套)")),
        ("%", (1.0, "%")),
        ("标箱", (1.0, "标准箱")),
    ],
)
def test_parse_unit(written, expected):
    assert parse_unit(written) == expected


@pytest.mark.parametrize(
    "traditional, simplified",
    [
        ("萬元", "万元"),
        ("億元", "亿元"),
        ("萬畝", "万亩"),
        ("個", "个"),
        ("戶", "户"),
        ("處", "处"),
        ("臺(套)", "台(套)"),
        ("條", "条"),
        ("噸", "吨"),
        ("項", "项"),
    ],
)
def test_traditional_forms_parse_like_simplified(traditional, simplified):
    assert parse_unit(traditional) == parse_unit(simplified)


def test_convert_within_a_dimension():
    assert convert(1.2, "万亩", "亩") == pytest.approx(12000)
    assert convert(1, "公里", "米") == pytest.approx(1000)
    assert convert(1, "公顷", "亩") == pytest.approx(15)
    assert convert(2.5, "亿元", "万元") == pytest.approx(25000)
    assert convert(3, "吨", "斤") == pytest.approx(6000)


@pytest.mark.parametrize("a, b", [("亩", "公里"), ("元", "美元"), ("个", "家"), ("%", "个百分点"), ("吨", "平方米")])
def test_convert_refuses_other_dimensions(a, b):
    with pytest.raises(UnitMismatchError):
        convert(1, a, b)
    assert issubclass(UnitMismatchError, ValueError)


def test_unknown_unit_is_a_value_error():
    with pytest.raises(ValueError):
        parse_unit("顷犬")
    with pytest.raises(ValueError):
        parse_unit("")
    assert lookup("顷犬") is None


def test_table_is_broad():
    names = {u.name for u in UNITS.values()}
    assert len(names) >= 60
    for needed in [
        "元",
        "美元",
        "欧元",
        "亩",
        "平方米",
        "公顷",
        "公里",
        "米",
        "吨",
        "斤",
        "个",
        "家",
        "项",
        "户",
        "座",
        "人",
        "人次",
        "件",
        "处",
        "台(套)",
        "套",
        "条",
        "篇",
        "所",
        "村",
        "%",
        "千瓦时",
        "标准箱",
    ]:
        assert needed in names, needed
    assert dimension("个") != dimension("家")
    assert dimension("万元").startswith("currency")


def test_alternation_puts_longer_units_first():
    alternation = unit_alternation()
    assert alternation.index("平方米") < alternation.index("|米|")
    assert "个月" not in unit_alternation(include_durations=False)


@pytest.mark.parametrize(
    "written, expected, dim",
    [
        ("蒸吨/小时", (1.0, "蒸吨/小时"), "boiler-capacity"),  # one unit, not 蒸吨 per duration
        ("周岁", (1.0, "周岁"), "age"),
        ("岁", (1.0, "岁"), "age"),
        ("家次", (1.0, "家次"), "count:家次"),
        ("万批次", (1e4, "批次"), "count:批次"),
        ("万兆瓦时", (1e4, "兆瓦时"), "energy"),
        ("万立方米/日", (1e4, "立方米/日"), "volume-rate"),
        ("万羽", (1e4, "羽"), "count:羽"),
        ("万尾", (1e4, "尾"), "count:尾"),
    ],
)
def test_added_measure_words(written, expected, dim):
    assert parse_unit(written) == expected
    assert dimension(written) == dim


def test_age_and_rates_do_not_convert_to_their_parts():
    assert convert(1, "兆瓦时", "千瓦时") == 1000
    with pytest.raises(UnitMismatchError):
        convert(1, "岁", "天")
    with pytest.raises(UnitMismatchError):
        convert(1, "吨/日", "吨")
