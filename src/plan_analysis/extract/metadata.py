"""Guessing a plan's metadata (``plan.yaml``) from its text, saying where each guess came from.

Every guess is a :class:`Guess`: the value (None when nothing was found) and a
note naming its source (``the first line``, ``--year``, ``“十四五”…收官``). The
drafter writes the note as a YAML comment beside the field, so a reviewer sees
what to check; nothing is invented — a field with no source stays empty.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from plan_analysis.extract.places import official_name, short_name_place, sub_unit_names
from plan_analysis.text.outline import Outline

__all__ = ["Guess", "area_name", "dateline", "guess_metadata", "period_code"]


@dataclass(frozen=True)
class Guess:
    value: Any
    note: str


# ------------------------------------------------------------------- areas

# Lead verbs of area headings that are not part of the area's name
# (聚焦经济运行 → 经济运行).
_AREA_LEAD = re.compile(r"^(?:聚焦|围绕|紧扣|锚定|突出|着眼)(?=[\u4e00-\u9fff]{2})")


def area_name(title: str | None) -> str | None:
    """An area heading's short name: its first clause without a lead verb."""
    if not title:
        return None
    first = re.split(r"[，,：:；;。]", title, maxsplit=1)[0].strip()
    return _AREA_LEAD.sub("", first) or first


# ------------------------------------------------------------- the byline

_ROLE = re.compile(
    r"(?:党委|党工委|党组|县委|市委|区委|镇委|乡委)?副?"
    r"(?:书记|镇长|乡长|县长|区长|市长|主任|局长|主席|主任委员|党委书记)$"
)
_BYLINE_WHO = re.compile(r"作者(?:系|为|是|:|：)\s*(?P<who>[^)）\n]{2,40})")
_PLACE = re.compile(
    r"(?P<place>(?:内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔)自治区"  # the five, named in full
    r"|[\u4e00-\u9fff]{2,9}?自治[州县旗](?![场民委级直属])"  # 丰宁满族自治县, 甘孜藏族自治州
    # (市政 is municipal works, but 市政府 the city's government.)
    r"|[\u4e00-\u9fff]{2,4}?(?:(?:街道|镇|乡|县|区|市|州)(?![场民委级直属属值容貌容村域市县区间位块]|政(?!府))|省))(?!生产总值)"
)
# A unit named as the government that speaks (辛集市第十届人民代表大会, 万州区政府工作报告,
# 聊城市人民政府): the plan's own place, whatever else the text names more often.
_GOVERNMENT_AFTER = re.compile(r"(?:人民)?政府|第[一二三四五六七八九十]{1,3}届|人民代表大会|人大常委会|两会")
# The most specific unit wins: a town's plan names its county and city too.
_LEVEL = {"镇": 0, "乡": 0, "街道": 0, "区": 1, "县": 1, "市": 2, "州": 2, "省": 3}
# Words ending in a unit suffix that are not a place's name (though a place may end with
# one, 宝山区 or 浦东新区: named before its government, it is taken).
_COMMON_WORD_ENDING = re.compile(
    r"(?:集镇|乡镇|城镇|村镇|全镇|本镇|我镇|该镇|各镇|城区|园区|社区|片区|辖区|景区|"
    r"城市|全市|全县|全区|本县|本区|本市|我县|我区|我市|各县|各区|县区|街区|市区|"
    r"开发区|示范区|新区|城乡|下乡|老区|山区|校区|厂区|矿区|库区|小区|地区|自治[县区州旗]|百强[县市区]|全省|本省|我省|各省)$"
)
_NOT_A_NAME = re.compile(
    # A word before it that no place name starts with (全省地区…, 2024年地区…, 推动乡…, 期间县…).
    r"^(?:[省市县区年的和是与及]|推动|推进|落实|期间|实施|建设|打造|功能|代表|已经|今年|去年|明年|全年|今后|其中|其他|其余)"
    # …代表市政府作报告, 今年的市政府…: a word, then a bare unit.
    r"|(?:的|代表)(?:[省市县区镇乡]|街道)$"
    # …全会暨省委…: 暨 joins two names (诸暨市, which holds it, is known to the gazetteer).
    r"|暨"
)


def _byline_parts(tree: Outline, text: str) -> tuple[str | None, str | None, str | None]:
    """(place, role, the byline text) from 作者系陈涛镇党委书记 and the like."""
    candidates = list(tree.byline) + [text[-200:]]
    for line in candidates:
        m = _BYLINE_WHO.search(line)
        if not m:
            continue
        who = m.group("who").strip()
        role = _ROLE.search(who)
        place = None
        if role:
            before = who[: role.start()]
            if before and "\ufffd" not in before:
                place = before
        return place, (role.group() if role else None), line.strip()
    return None, None, None


def _level(name: str) -> int:
    if name.endswith("自治区") and _AUTONOMOUS_REGION.match(name):
        return _LEVEL["省"]
    return _LEVEL["街道"] if name.endswith("街道") else _LEVEL[name[-1]]


_AUTONOMOUS_REGION = re.compile(r"(?:内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔)自治区")


def place_level(name: str) -> int | None:
    """0 for a town or 街道, 1 a county or district, 2 a city, 3 a province; None if no unit ends it."""
    try:
        return _level(name)
    except KeyError:
        return None


def title_place(title: str | None) -> str | None:
    """The most specific government unit a title names (长沙县 of 印象星沙（长沙县人民政府网）), or None."""
    return _place_from_title(title)


def title_places(title: str | None) -> set[str]:
    """Every government unit a title names, with a province or city named bare at its start."""
    names = set(_place_counts(title or ""))
    bare = _bare_title_place(title)
    return names | {bare} if bare else names


def opens_with_sub_unit(title: str | None, place: str) -> bool:
    """The title, after a year, opens with a unit one level below ``place`` named in full or
    short (吴江11所新改扩建学校秋季投用 for 苏州市), perhaps after 关于 and the place itself
    (关于攀枝花市东区2023年…计划执行情况…的报告): it is about that part."""
    opening = _TITLE_YEAR.sub("", _ABOUT.sub("", (title or "").lstrip(), count=1), count=1)
    opening = opening.removeprefix(place)
    return any(opening.startswith(name) for name in sub_unit_names(place))


_ABOUT = re.compile(r"^关于")


def _bare_title_place(title: str | None) -> str | None:
    """The province or city whose bare name opens a title (天津2023年…, 2024年海南…), or None."""
    return short_name_place(_TITLE_YEAR.sub("", (title or "").lstrip(), count=1))


def _place_from_title(title: str | None) -> str | None:
    names = _place_counts(title or "")
    if not names:
        return _bare_title_place(title)
    return min(names, key=lambda n: (_level(n), -len(n)))


_TITLE_YEAR = re.compile(r"^20\d\d\s*年?")


def _place_from_text(text: str) -> tuple[str | None, int]:
    counts = _place_counts(text)
    if not counts:
        return None, 0
    # Named at least twice, the most specific unit first, then the most frequent.
    often = [(n, c) for n, c in counts.items() if c >= 2] or list(counts.items())
    name, n = min(often, key=lambda item: (_level(item[0]), -item[1]))
    return name, n


def _government_place(text: str) -> str | None:
    """The most specific unit named right before a word of its government (辛集市第十届人民代表大会;
    宝山区人民政府 over the 上海市人民政府 it reports to), the first named of those."""
    named: list[str] = []
    for m in _PLACE.finditer(text):
        if _GOVERNMENT_AFTER.match(text, m.end()):
            named.extend(_place_counts(m.group(), common_endings=True))
    return min(named, key=_level) if named else None


def _place_counts(text: str, *, common_endings: bool = False) -> Counter[str]:
    """Each unit's name and how often the text names it (``common_endings``: a name may end
    like a common word, 山区 of 宝山区)."""
    counts: Counter[str] = Counter()
    for m in _PLACE.finditer(text):
        name = m.group("place")
        if _AUTONOMOUS_REGION.fullmatch(name):
            counts[name] += 1
            continue
        # The longest name ending at this suffix that the gazetteer knows (哈尔滨市, not
        # 尔滨市; 聊城市, though 城市 ends many words; 甘孜州, 甘孜藏族自治州 written short),
        # as the text writes it.
        known = next((name[k:] for k in range(len(name) - 1) if official_name(name[k:]) is not None), None)
        if known is not None:
            counts[known] += 1
            continue
        if name.endswith("州"):
            continue  # 州 ends words too (神州): only a gazetteer's 州 is a place
        # Else the shortest name ending at this suffix that is not a common word.
        for k in range(len(name) - 2, -1, -1):
            candidate = name[k:]
            suffix = 2 if candidate.endswith("街道") else 1
            common = not common_endings and _COMMON_WORD_ENDING.search(candidate)
            if len(candidate) - suffix >= 2 and not common and not _NOT_A_NAME.search(candidate):
                counts[candidate] += 1
                break
    return counts


# ------------------------------------------------------------- year, period

_YEAR_IN_TEXT = re.compile(r"(20\d\d)\s*年")
_DATE_IN_TEXT = re.compile(r"(20\d\d)\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
# The last year of a five-year plan: 十四五 ends in 2025, 十五五 in 2030.
_FIVE_YEAR = {"十三五": 2020, "十四五": 2025, "十五五": 2030}
_FIVE_YEAR_END = re.compile(r"[“\"]?(十[三四五]五)[”\"]?[^。；]{0,8}?(?:圆满)?(?:收官|收尾|决胜)")
_FIVE_YEAR_START = re.compile(r"[“\"]?(十[四五六]五)[”\"]?[^。；]{0,6}?(?:开局|起步|开篇|首年)")
_FILE_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_FILE_QUARTER = re.compile(r"(?<![a-z])q([1-4])(?!\d)", re.IGNORECASE)


def _guess_year(text: str, explicit: int | None, file_name: str | None) -> Guess:
    if explicit is not None:
        return Guess(explicit, "from --year")
    m = _YEAR_IN_TEXT.search(text, 0, 2000)
    if m:
        return Guess(int(m.group(1)), f"the first year the text names ({m.group()!s})")
    m = _FIVE_YEAR_END.search(text)
    if m:
        last = _FIVE_YEAR[m.group(1)]
        return Guess(last, f"guessed from {m.group()!r}: that five-year plan ends in {last}")
    m = _FIVE_YEAR_START.search(text)
    if m:
        first = _FIVE_YEAR[m.group(1)] - 4
        return Guess(first, f"guessed from {m.group()!r}: that five-year plan starts in {first}")
    if file_name:
        m = _FILE_YEAR.search(file_name)
        if m:
            return Guess(int(m.group(1)), f"guessed from the file name {file_name!r}")
    return Guess(None, "not found: the text names no year; give --year")


_PERIOD_WORD = re.compile(
    r"(?P<q>[一二三四1-4]|第[一二三四1-4])季度|(?P<half>上半年|下半年)|(?P<whole>全年|年度|今年|本年)"
)
_RANGE = re.compile(
    r"(?P<m1>1[0-2]|0?[1-9])月(?:(?P<d1>\d{1,2})日)?\s*(?:至|到|-|—|~)\s*(?P<m2>1[0-2]|0?[1-9])月(?:(?P<d2>\d{1,2})日)?"
)
_CN_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4}


def _opening(text: str, tree: Outline) -> str:
    """The title and the text before the first area (the preamble), or the first 300 characters."""
    first_area = min((h.start for h in tree.areas), default=None)
    body = text[:first_area] if first_area else text[:300]
    return (tree.title or "") + "\n" + body[:600]


# A span of years (2021—2025年): a multi-year plan.
_YEAR_RANGE = re.compile(r"(20\d\d)\s*[-—–~至到]\s*(20\d\d)年")


def _guess_period(text: str, tree: Outline, year: int | None, file_name: str | None) -> tuple[Guess, Guess]:
    opening = _opening(text, tree)
    where = "the title" if tree.title else "the opening paragraph"
    years = _YEAR_RANGE.search(opening)
    if years and int(years.group(1)) < int(years.group(2)):
        note = f"the years {years.group()} in {where}"
        return Guess(date(int(years.group(1)), 1, 1), note), Guess(date(int(years.group(2)), 12, 31), note)
    if year is None:
        note = "not found: needs the plan year first"
        return Guess(None, note), Guess(None, note)
    r = _RANGE.search(opening)
    if r:
        m1, m2 = int(r.group("m1")), int(r.group("m2"))
        if m1 <= m2:
            d1 = int(r.group("d1") or 1)
            d2 = int(r.group("d2") or calendar.monthrange(year, m2)[1])
            start: date | None
            end: date | None
            try:
                start, end = date(year, m1, d1), date(year, m2, d2)
            except ValueError:
                start = end = None
            if start:
                note = f"the range {r.group()} in {where}"
                return Guess(start, note), Guess(end, note)
    m = _PERIOD_WORD.search(opening)
    if m and m.group("q"):
        q = m.group("q").removeprefix("第")
        q = int(q) if q.isdigit() else _CN_QUARTER[q]
        first = 3 * (q - 1) + 1
        note = f"{m.group()} in {where}: that quarter of {year}"
        return (
            Guess(date(year, first, 1), note),
            Guess(date(year, first + 2, calendar.monthrange(year, first + 2)[1]), note),
        )
    if m and m.group("half"):
        note = f"{m.group()} in {where}"
        if m.group("half") == "上半年":
            return Guess(date(year, 1, 1), note), Guess(date(year, 6, 30), note)
        return Guess(date(year, 7, 1), note), Guess(date(year, 12, 31), note)
    if file_name:
        fq = _FILE_QUARTER.search(file_name)
        if fq:
            q = int(fq.group(1))
            note = f"guessed from the file name {file_name!r}: quarter {q} of {year}"
            return (
                Guess(date(year, 3 * q - 2, 1), note),
                Guess(date(year, 3 * q, calendar.monthrange(year, 3 * q)[1]), note),
            )
    note = (
        f"{m.group()} in {where}: the year {year}" if m else f"no period word in {where}: the whole year {year} (check)"
    )
    return Guess(date(year, 1, 1), note), Guess(date(year, 12, 31), note)


def dateline(text: str) -> tuple[date, str] | None:
    """The date a text was published, from a dateline in its first or last
    lines (发布时间：2024-11-06, 2024年11月6日), not a date in its body; with the
    dateline as written."""
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines[:3] + lines[-3:]:
        m = _DATE_IN_TEXT.search(line)
        if m and len(line.strip()) <= 40:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), m.group()
            except ValueError:
                continue
    return None


def _guess_published(text: str, tree: Outline) -> Guess:
    found = dateline(text)
    return Guess(found[0], f"the dateline {found[1]!s}") if found else Guess(None, "not found in the text")


# ------------------------------------------------------------------ all of it


def guess_metadata(
    text: str, tree: Outline, *, year: int | None = None, file_name: str | None = None
) -> dict[str, Guess]:
    """Every ``plan.yaml`` field the text can tell, each with where it came from."""
    place_by, role, byline = _byline_parts(tree, text)
    place_text, n = _place_from_text(text)
    place_title = _place_from_title(tree.title)
    place_government = _government_place(text)
    if place_title:
        place = Guess(place_title, "the title names it")
    elif place_by:
        place = Guess(place_by, f"the byline {byline!r}")
    elif place_government:
        place = Guess(place_government, "the text names its government (人民代表大会, 政府)")
    elif place_text:
        place = Guess(place_text, f"the government unit the text names most often ({n}×)")
    else:
        place = Guess(None, "not found in the text")
    plan_year = _guess_year(text, year, file_name)
    start, end = _guess_period(text, tree, plan_year.value, file_name)
    if tree.title:
        title = Guess(tree.title, "the first line of the text")
    elif place.value and start.value and end.value:
        title = Guess(
            f"{place.value}{_period_label(start.value, end.value)}重点工作",
            "composed from place and period: the text has no headline",
        )
    else:
        title = Guess(None, "not found: the text has no headline")
    return {
        "title": title,
        "place": place,
        "author": Guess(tree.author, "a name alone on a line before the body")
        if tree.author
        else Guess(None, "not found in the text"),
        "author_role": Guess(role, f"the byline {byline!r}") if role else Guess(None, "not found in the text"),
        "published": _guess_published(text, tree),
        "plan_year": plan_year,
        "period_start": start,
        "period_end": end,
    }


def _period_label(start: date, end: date) -> str:
    if start.year != end.year:
        return f"{start:%Y年%m月}至{end:%Y年%m月}"
    if (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31):
        return f"{start.year}年"
    if start.day == 1 and (start.month - 1) % 3 == 0 and end.month == start.month + 2:
        return f"{start.year}年{'一二三四'[(start.month - 1) // 3]}季度"
    if (start.month, end.month) == (1, 6):
        return f"{start.year}年上半年"
    if (start.month, end.month) == (7, 12):
        return f"{start.year}年下半年"
    return f"{start.year}年{start.month}月至{end.month}月"


def period_code(start: date | None, end: date | None) -> str | None:
    """A period as a short code: ``2025`` (a whole year), ``2025Q4``, ``2025H1``,
    ``2021-2025`` (whole years), else ``2025-03-01/2025-05-31`` (ISO 8601)."""
    if start is None or end is None:
        return None
    whole_years = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if whole_years:
        return str(start.year) if start.year == end.year else f"{start.year}-{end.year}"
    quarter = quarter_of(start, end)
    if quarter:
        return f"{start.year}Q{quarter}"
    if start.year == end.year and (start.month, start.day, end.month, end.day) in ((1, 1, 6, 30), (7, 1, 12, 31)):
        return f"{start.year}H{1 if start.month == 1 else 2}"
    return f"{start.isoformat()}/{end.isoformat()}"


def year_window(plan_year: int, start: date, end: date) -> tuple[date, date]:
    """The dates a plan's rows may use: its period widened to its whole year(s)
    (a 全年 target in a Q4 plan runs from 1 January)."""
    return min(start, date(plan_year, 1, 1)), max(end, date(plan_year, 12, 31))


def quarter_of(start: date, end: date) -> int | None:
    """The quarter a period is, if it is exactly one."""
    if (
        start.year == end.year
        and start.day == 1
        and (start.month - 1) % 3 == 0
        and end.month == start.month + 2
        and end.day == calendar.monthrange(end.year, end.month)[1]
    ):
        return (start.month - 1) // 3 + 1
    return None
