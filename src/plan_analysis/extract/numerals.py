"""Numbers as written in Chinese plans → float.

Handles Arabic numerals (with thousands commas and decimals), Chinese
numerals (三, 十, 两, 一千二百, 三万五千, 三点五, 二〇二五, financial 壹贰叁),
both followed by a multiplier (1.2万, 2.5亿, 3千万), and ranges
(3-5, 2～3, 4.5%至5%, 三到五).
"""

from __future__ import annotations

import re

__all__ = [
    "ARABIC",
    "CHINESE",
    "NUMBER",
    "RANGE_SEPARATOR",
    "is_chinese_numeral",
    "parse_number",
    "parse_range",
]

_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壹": 1,
    "贰": 2,
    "貳": 2,
    "叁": 3,
    "參": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "陸": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
    "兩": 2,
}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
_POINT = "点點"

# Regex sources, shared with the extractor.
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN_CHARS = "".join(_DIGITS) + "".join(_SMALL) + "".join(_BIG)
CHINESE = rf"[{_CN_CHARS}]+(?:[{_POINT}][{''.join(_DIGITS)}]+)?"
MULTIPLIER = rf"[{''.join(_SMALL)}{''.join(_BIG)}]*"
NUMBER = rf"(?:{ARABIC}{MULTIPLIER}|{CHINESE})"
RANGE_SEPARATOR = r"(?:-|—|–|~|～|〜|至|到)"

_ARABIC_WITH_MULTIPLIER = re.compile(rf"({ARABIC})({MULTIPLIER})")
_CN_ONLY = re.compile(CHINESE)


def is_chinese_numeral(text: str) -> bool:
    """True if ``text`` is written in Chinese numerals only (三, 一千二百)."""
    return bool(text) and _CN_ONLY.fullmatch(text) is not None


def _multiplier(chars: str) -> float:
    value = 1.0
    for ch in chars:
        value *= _SMALL.get(ch) or _BIG[ch]
    return value


def _chinese_integer(text: str) -> float:
    if not text:
        raise ValueError("empty numeral")
    # Digits only (二〇二五, 一二三): positional.
    if all(ch in _DIGITS for ch in text):
        if len(text) == 1:
            return float(_DIGITS[text])
        return float("".join(str(_DIGITS[ch]) for ch in text))
    total = 0.0  # completed 亿 part
    section = 0.0  # completed 万 part below 亿
    group = 0.0  # below 万
    number = None  # pending digit
    last_small = None
    unit: float  # of the character just read: 十, 百, 千 (ints) or 万, 亿
    for ch in text:
        if ch in _DIGITS:
            number = _DIGITS[ch]
        elif ch in _SMALL:
            unit = _SMALL[ch]
            group += (1 if number is None else number) * unit
            number, last_small = None, unit
        elif ch in _BIG:
            unit = _BIG[ch]
            group += number or 0
            number, last_small = None, None
            if unit == 1e8:
                total = (total + section + group) * unit
                section = 0.0
            else:
                section = (section + group) * unit
            group = 0.0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    if number is not None:
        # 一千二 is 1200: a trailing digit counts in the unit below the last one.
        group += number * (last_small / 10 if last_small and last_small >= 100 and text[-2] in _SMALL else 1)
    return total + section + group


def parse_number(text: str) -> float:
    """Parse one written number: ``"1.2万"`` → 12000.0, ``"一千二百"`` → 1200.0.

    Raises ``ValueError`` if ``text`` is not a number.
    """
    s = text.strip()
    m = _ARABIC_WITH_MULTIPLIER.fullmatch(s)
    if m:
        return float(m.group(1).replace(",", "")) * _multiplier(m.group(2))
    for point in _POINT:
        if point in s:
            whole, _, frac = s.partition(point)
            if not frac or not all(ch in _DIGITS for ch in frac):
                raise ValueError(f"not a number: {text!r}")
            digits = "".join(str(_DIGITS[ch]) for ch in frac)
            return _chinese_integer(whole) + float("0." + digits)
    # Arabic digits followed by Chinese multipliers mixed in (3千5百) are rare;
    # anything else must be Chinese numerals.
    return _chinese_integer(s)


_TRAILING_MULTIPLIER = re.compile(rf"[{''.join(_SMALL)}{''.join(_BIG)}]+$")
_ARABIC_ONLY = re.compile(ARABIC)
_RANGE = re.compile(rf"\s*({NUMBER})\s*%?\s*{RANGE_SEPARATOR}\s*({NUMBER})\s*%?\s*")


def parse_range(text: str) -> tuple[float, float]:
    """Parse ``"3-5"``, ``"4.5%至5%"``, ``"三到五"`` into (low, high)."""
    m = _RANGE.fullmatch(text)
    if not m:
        raise ValueError(f"not a range: {text!r}")
    low, high = parse_number(m.group(1)), parse_number(m.group(2))
    # 1-2万: the multiplier written once applies to both ends.
    mult = _TRAILING_MULTIPLIER.search(m.group(2))
    if mult and _ARABIC_ONLY.fullmatch(m.group(1)):
        low *= _multiplier(mult.group())
    return low, high
