"""Arabic and Chinese numerals, multipliers and ranges."""

from __future__ import annotations

import pytest

from plan_analysis.extract.numerals import is_chinese_numeral, parse_number, parse_range


@pytest.mark.parametrize(
    "written, value",
    [
        ("三", 3),
        ("十", 10),
        ("两", 2),
        ("十五", 15),
        ("二十三", 23),
        ("一百零五", 105),
        ("一千二百", 1200),
        ("一千二", 1200),
        ("三万五千", 35000),
        ("一亿二千万", 1.2e8),
        ("三点五", 3.5),
        ("1.2万", 12000),
        ("2.5亿", 2.5e8),
        ("5000万", 5e7),
        ("3千万", 3e7),
        ("1,200", 1200),
        ("0.5", 0.5),
        ("壹佰", 100),
    ],
)
def test_parse_number(written, value):
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize(
    "written, low, high",
    [("3-5", 3, 5), ("2-3", 2, 3), ("4.5%至5%", 4.5, 5), ("三到五", 3, 5), ("1-2万", 1e4, 2e4), ("2～3", 2, 3)],
)
def test_parse_range(written, low, high):
    assert parse_range(written) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("bad", ["", "abc", "三x", "3点"])
def test_rejects_non_numbers(bad):
    with pytest.raises(ValueError):
        parse_number(bad)


@pytest.mark.parametrize("bad", ["3-", "3", "-5", "三五"])
def test_rejects_non_ranges(bad):
    with pytest.raises(ValueError):
        parse_range(bad)


def test_is_chinese_numeral():
    assert is_chinese_numeral("十")
    assert is_chinese_numeral("一千二百")
    assert not is_chinese_numeral("12")
    assert not is_chinese_numeral("")


@pytest.mark.parametrize(
    "written, value",
    [("十五万", 150000), ("二十", 20), ("九十五点五", 95.5), ("三百", 300), ("二〇三〇", 2030)],
)
def test_numerals_the_extractor_reads(written, value):
    assert parse_number(written) == pytest.approx(value)
