"""Time words of plans (全年, 四季度, 10月底, 年底前 …) → date ranges.

``resolve_deadline("四季度", 2025) == (date(2025, 10, 1), date(2025, 12, 31))``.
A "by" deadline (年底前, 11月底前, 6月30日前) runs from the start of the plan's
period (its quarter if known, else 1 January) to the stated end. A point in
time (10月底, 年中) is the last days it names: 10月底 → 21–31 October.
``TIME_WORD`` is the regex the extractor uses to find them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from plan_analysis.extract.numerals import parse_number

__all__ = ["PERIOD", "TIME_WORD", "Deadline", "find_deadlines", "infer_year", "plan_year", "resolve_deadline"]

_CN_MONTH = r"(?:十[一二]?|[一二三四五六七八九])"
_MONTH = rf"(?:1[0-2]|0?[1-9]|{_CN_MONTH})"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_QUARTER = r"(?:[一二三四1-4]|第[一二三四1-4])季度"
# A year in digits or in Chinese numerals (2027年, 二〇二七年).
_YEAR = r"(?:20\d\d|二[〇零○][一二三四五六七八九〇零○]{2})"

# Longest alternatives first; ``前`` / ``以前`` / ``之前`` mark "by".
# A time word that starts with a digit or a numeral has a month, a quarter or
# a year right after it (12月, 3季度, 2025年, 二〇二五年): every alternative
# below that can start so needs one. Checked before the alternatives are
# tried, it rejects the commonest starts of a quantity-dense text (a digit
# every few characters) at once; it never rejects a time word (tests compare
# TIME_WORD with and without it).
_NUMERAL_START = r"(?=[^\d一二三四五六七八九十]|\d\d?[月季]|20\d\d年|[一二三四五六七八九十]{1,2}[月季]|二[〇零○])"
# The leading lookahead lets the scan skip most positions at once. A period
# after 较/比 is the base of a comparison (增幅较上半年回落), never a deadline.
TIME_WORD = re.compile(
    rf"(?=[\d一二三四五六七八九十第上下年全今本明到至春国元汛主])(?<![较比]){_NUMERAL_START}(?:"
    rf"(?:(?P<year>{_YEAR})年)?"
    rf"(?:(?P<md>{_MONTH})月(?P<d>{_DAY})[日号]"
    rf"|(?P<m>{_MONTH})月(?P<mpart>底|末|上中旬|中下旬|中旬|上旬|下旬|中(?![央心国华小学])|份)?"
    rf"|(?P<q>{_QUARTER})(?P<qpart>末|底)?"
    rf"|(?P<half>上半年|下半年)"
    rf"|(?P<ye>(?(year)(?:底|末)|(?<![一二三四五六七八九十两多\d])(?:年底|年末|年中)))"
    rf"|(?P<whole>全年度|全年|今年|本年度|明年|(?<![一二三四五六七八九十两多\d])年内)"
    # Holidays and the flood season, as deadlines only (春节前, 汛前, 汛期前).
    rf"|(?P<event>春节|国庆节?|元旦|主汛期|汛期|汛)(?=以前|之前|前))"
    rf"(?P<by>以前|之前|前)?"
    # 到2025年 / 至2026年: by the end of that year (2025年 alone is a date).
    rf"|[到至](?P<by_year>{_YEAR})年(?![\d底末中内初度一二三四上下前]))"
)


@dataclass(frozen=True)
class Deadline:
    text: str
    start: int
    end: int
    date_start: date | None
    date_end: date | None


def _num(s: str) -> int:
    return int(s) if s.isdigit() else int(parse_number(s))


def _year(s: str) -> int:
    """2027 or 二〇二七 (digit by digit) → 2027."""
    return int(s) if s.isdigit() else int(parse_number(s.replace("○", "〇")))


def _quarter_bounds(year: int, q: int) -> tuple[date, date]:
    first = 3 * (q - 1) + 1
    last = first + 2
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def _period_start(year: int, quarter: int | None, end: date | None = None) -> date:
    start = _quarter_bounds(year, quarter)[0] if quarter else date(year, 1, 1)
    # A deadline before the plan's quarter (6月30日前 in a Q4 plan) runs from 1 January.
    return start if end is None or start <= end else date(year, 1, 1)


# A range of two time words, as phases of a campaign are dated: 10月1日—10月15日,
# 10月1日—15日 (the month carried over), 10月中旬至11月底, 3月—4月.
_RANGE_SEPARATOR = re.compile(r"\s*(?:—{1,2}|–|-|~|～|至|到)\s*")
_DAY_ONLY = re.compile(r"(\d{1,2})[日号]")


def resolve_range(words: str, year: int | None, quarter: int | None = None) -> tuple[date | None, date | None]:
    """Date range of ``A—B`` (two time words): from A's first day to B's last; (None, None) if not one."""
    parts = _RANGE_SEPARATOR.split(words.strip(), maxsplit=1)
    if len(parts) != 2:
        return None, None
    first, last = parts
    opening = TIME_WORD.fullmatch(first)
    if opening is None:
        return None, None
    day = _DAY_ONLY.fullmatch(last)
    month = opening.group("md") or opening.group("m")
    if day and month:
        last = f"{month}月{day.group(1)}日"
    start, _ = resolve_deadline(first, year, quarter)
    _, end = resolve_deadline(last, year, quarter)
    if start is None or end is None or end < start:
        return None, None
    return start, end


def resolve_deadline(word: str, year: int | None, quarter: int | None = None) -> tuple[date | None, date | None]:
    """Date range of a time word given the plan's year (and quarter, 1–4).

    A range of two time words (``10月1日—10月15日``) spans both.
    Returns (None, None) when the year is unknown or the word is not a time word.
    """
    m = TIME_WORD.fullmatch(word)
    if m is None:
        return resolve_range(word, year, quarter)
    gd = m.groupdict()
    if gd.get("by_year"):
        # By the end of that year, from the plan's period (or that year's start).
        by_year = _year(gd["by_year"])
        if year is not None and year <= by_year:
            return _period_start(year, quarter), date(by_year, 12, 31)
        return date(by_year, 1, 1), date(by_year, 12, 31)
    if gd.get("year"):
        year = _year(gd["year"])
    if year is None:
        return None, None
    by = bool(gd.get("by"))
    try:
        if gd.get("md"):
            month, day = _num(gd["md"]), int(gd["d"])
            end = date(year, month, day)
            return (_period_start(year, quarter, end) if by else end), end
        if gd.get("m"):
            month = _num(gd["m"])
            last = calendar.monthrange(year, month)[1]
            part = gd.get("mpart") or ""
            first_day = {"底": 21, "末": 21, "下旬": 21, "中旬": 11, "中": 11, "中下旬": 11}.get(part, 1)
            last_day = {"上旬": 10, "中旬": 20, "中": 20, "上中旬": 20}.get(part, last)
            end = date(year, month, last_day)
            return (_period_start(year, quarter, end) if by else date(year, month, first_day)), end
        if gd.get("q"):
            q = _num(gd["q"].removeprefix("第").removesuffix("季度"))
            qs, qe = _quarter_bounds(year, q)
            if gd.get("qpart"):
                qs = date(qe.year, qe.month, 1)
            return (_period_start(year, quarter, qe) if by else qs), qe
        if gd.get("half"):
            if gd["half"] == "上半年":
                return (_period_start(year, quarter, date(year, 6, 30)) if by else date(year, 1, 1)), date(year, 6, 30)
            return (_period_start(year, quarter) if by else date(year, 7, 1)), date(year, 12, 31)
        ye = gd.get("ye")
        if ye:
            if ye.endswith("中"):
                return (_period_start(year, quarter, date(year, 7, 31)) if by else date(year, 6, 1)), date(year, 7, 31)
            return (_period_start(year, quarter) if by else date(year, 12, 1)), date(year, 12, 31)
        event = gd.get("event")
        if event:
            eve = _event_eve(event, year)
            if eve is None:
                return None, None
            return (_period_start(year, quarter, eve) if by else eve), eve
        whole = gd.get("whole")
        if whole == "明年":
            return date(year + 1, 1, 1), date(year + 1, 12, 31)
        if whole:
            return date(year, 1, 1), date(year, 12, 31)
    except ValueError:  # 2月30日 and the like
        return None, None
    return None, None


# The Spring Festival moves with the lunar calendar (dates of the public
# calendar); other years resolve to no date rather than a guess.
_SPRING_FESTIVAL = {
    2020: date(2020, 1, 25),
    2021: date(2021, 2, 12),
    2022: date(2022, 2, 1),
    2023: date(2023, 1, 22),
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
}


def _event_eve(event: str, year: int) -> date | None:
    """The last day before a holiday of the plan year; None for the flood
    season, whose start differs by river basin (April in the south, June in the north)."""
    if event == "春节":
        festival = _SPRING_FESTIVAL.get(year)
        return date.fromordinal(festival.toordinal() - 1) if festival else None
    if event.startswith("国庆"):
        return date(year, 9, 30)
    if event == "元旦":
        return date(year, 12, 31)  # before next New Year's Day: the plan year's end
    return None


def find_deadlines(text: str, year: int | None = None, quarter: int | None = None) -> list[Deadline]:
    """Every time word in ``text`` with its offsets and date range."""
    found = []
    for m in TIME_WORD.finditer(text):
        if m.group("year") and not any(m.group(g) for g in ("md", "m", "q", "half", "ye", "whole", "event", "by_year")):
            continue
        start, end = resolve_deadline(m.group(), year, quarter)
        found.append(Deadline(m.group(), m.start(), m.end(), start, end))
    return found


_YEAR_MENTION = re.compile(r"(20\d\d)年")


def infer_year(text: str) -> int | None:
    """The plan year a text states first (2025年 …), if any, from its opening."""
    m = _YEAR_MENTION.search(text, 0, 2000)
    return int(m.group(1)) if m else None


_PLAN_YEAR_MENTION = re.compile(r"(?<![到至])(20\d\d)年")


def plan_year(text: str) -> int | None:
    """The latest year the opening names (a report reviews 2024 and plans
    2025: 2025), leaving out end years (到2027年); None without one."""
    years = [int(y) for y in _PLAN_YEAR_MENTION.findall(text, 0, 2000)]
    return max(years) if years else None


# A period an achieved figure reports on (as written, without 截至): 2024年,
# 2024年10月底, 上半年, 1—10月, 10月底, 4月20日, 过去一年, 今年以来. Comparison
# bases (比1—9月, 较上半年, 比去年同期) are not periods.
PERIOD = re.compile(
    # The lookahead first: the scan skips every other character at once.
    r"(?=[截\d过上前今去])(?<![比较与])(?:截[至止])?(?P<p>"
    r"20\d\d年(?:(?:1[0-2]|0?[1-9])月(?:(?:3[01]|[12]\d|0?[1-9])日|底|末)?|[上下]半年|前三季度|[一二三四]季度|底|末)?"
    r"|(?:1[0-2]|0?[1-9])\s?[—\-–~至]\s?(?:1[0-2]|0?[1-9])月(?:份)?"
    r"|(?:1[0-2]|0?[1-9])月(?:(?:3[01]|[12]\d|0?[1-9])日|底|末)"
    r"|过去[一二三四五]年|上半年|前三季度|今年以来|去年|上年(?!同期)"
    r")(?!同期)"
)
