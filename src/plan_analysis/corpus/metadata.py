"""Simple guesses about a document: its title, place and period.

Deliberately modest: the title is the outline's title line; the place is the
administrative name that opens the title (陈涛镇, 东湖街道, 某某县 — the first
unit, so 某某市某某区 gives 某某市); the period is read from the title, else
from the text's opening: ``2025Q4`` (2025年第四季度, or 四季度 with the plan
year), ``2025H1`` (上半年), ``2021-2025`` (2021—2025年, 十四五), ``2025``.
Each is None when nothing matches.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from plan_analysis.text.outline import outline

__all__ = ["DocumentGuess", "guess_metadata"]

_OPENING = 400  # characters of the text searched for a period when the title has none
_TITLE_SPAN = 300  # characters: the title is the first line, and outline() costs per character
_PLACE = re.compile(r"^(?:关于(?:印发|下达)?)?([\u4e00-\u9fff]{1,10}?(?:自治区|自治州|自治县|街道|省|市|州|盟|县|旗|区|镇|乡))")
_QUARTER = re.compile(r"(?:(20\d\d)年)?(?:第)?([一二三四1-4])季度")
_HALF = re.compile(r"(20\d\d)年(上|下)半年")
_RANGE = re.compile(r"(20\d\d)\s*[-—–~至到]\s*(20\d\d)年")
_FIVE_YEAR = {"十四五": "2021-2025", "十五五": "2026-2030", "十三五": "2016-2020"}
_YEAR = re.compile(r"(20\d\d)年")
_QUARTER_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


class DocumentGuess(NamedTuple):
    title: str | None
    place: str | None
    period: str | None


def _period(text: str, year: int | None) -> str | None:
    m = _QUARTER.search(text)
    if m and (m.group(1) or year):
        return f"{m.group(1) or year}Q{_QUARTER_NUMBER[m.group(2)]}"
    m = _HALF.search(text)
    if m:
        return f"{m.group(1)}H{1 if m.group(2) == '上' else 2}"
    m = _RANGE.search(text)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    m = _YEAR.search(text)
    if m:
        return m.group(1)
    for word, period in _FIVE_YEAR.items():
        if word in text and "规划" in text:
            return period
    return None


def guess_metadata(text: str, year: int | None = None) -> DocumentGuess:
    """Title, place and period of a normalised plan text (``year``: the plan year, if known)."""
    title = outline(text[:_TITLE_SPAN]).title
    place_match = _PLACE.match(title) if title else None
    period = (_period(title, year) if title else None) or _period(text[:_OPENING], year)
    return DocumentGuess(title, place_match.group(1) if place_match else None, period)
