"""Achieved figures of a later text: value, unit, the date they hold at, what they count.

A figure is a mention the extractor calls ``result`` (achieved: 过去一年 …,
截至8月底 …, under a review heading). Its ``as_of`` is written as the text
says it (过去一年, 1—10月, 2024年); :func:`as_of_date` turns it into the last
day it covers. A relative period counts from the document's year: 过去一年
in a 2025 report is 2024. A multi-year span (五年来, 十四五) has no single date
and the figure is left out, and so is one of a single month or a later quarter
alone (12月份, 三季度): not the period to date. A news lead's cut-off (截至10月底，…)
dates the figures after it that name none.

The name of what a figure counts is the text before it in its sentence, back
to the previous figure (国内生产总值超过126万亿元，增长5.2% → 国内生产总值 for
both: a segment that holds only a word of change borrows the name before it).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from plan_analysis.extract.deadlines import TIME_WORD, resolve_deadline
from plan_analysis.extract.numerals import parse_number
from plan_analysis.extract.units import dimension
from plan_analysis.plans.naming import list_item_name

__all__ = ["Figure", "as_of_date", "figures_of"]

# A year, also as written before 全年 (预计2023全年…).
_YEAR = re.compile(r"(20\d\d)(?:年|(?=全年))")
_PREVIOUS_YEAR = re.compile(r"过去一年|去年|上年|上一年|一年来")
_MANY_YEARS = re.compile(r"[二三四五六七八九十两多]年|十[一二三四五六七八九]五|以来(?!.*月)")
_MONTHS = re.compile(
    r"(?:1|一)\s*[—\-－~～至到]\s*(1[0-2]|[1-9]|十[一二]?|[二三四五六七八九])月|前(1[0-2]|[1-9]|十[一二]?|[二三四五六七八九])个?月"
)
_THREE_QUARTERS = re.compile(r"前([一二三1-3])(?:个)?季度")
# Words of change: a figure after one is a rate of change, not a level.
CHANGE_WORDS = re.compile(
    r"(?:同比|比上年|较上年|比去年)?(?:增长|增加|上涨|提高|下降|降低|减少|回落|增速|涨幅|降幅|增幅)[了约达为近超]?$"
)
# What a figure's name segment starts with or holds besides the name.
_NOISE = re.compile(
    r"^[，,、；;：:。\s]+|(?:按(?:不变|可比)价(?:格)?计算|扣除价格因素|剔除价格因素)|(?:^|(?<=[，,]))实际(?=同比|比上年|增长|$)|(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)|(?:增长|上涨|提高|下降|降低|减少)[了约达为近超]?$"
    r"|(?:达到|达|超过|(?<![赶高])超|逾|突破|完成|实现|为|约|近|累计|已|(?:首次)?(?:迈上|跃上|跨上|站上)|保持在|平均为|平均)$|^(?:截至|截止|到|其中)"
    r"|^(?:序号\s*\d{1,2}|\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*"  # an item's number
)
_SEPARATORS = re.compile(r"[。；;！？!?\n]")
_ASIDE = re.compile(r"[（(][^）)]{0,12}[）)]")
_MAX_NAME_CHARS = 30


@dataclass(frozen=True)
class Figure:
    """An achieved figure of one document, ready to be linked."""

    doc: str
    doc_sha256: str
    text: str
    raw_start: int
    raw_end: int
    value: float
    unit: str
    growth: bool  # a rate of change (增长5.2%), not a level (失业率5.2%)
    as_of: date
    as_of_text: str
    name: str  # the text naming what it counts (see the module docstring)
    after: str  # the text right after it in its sentence
    sentence: str
    confidence: float
    rule: str
    threshold: tuple[float, str] | None = None  # 亿元以上 before 项目107个: (1e8, 元)
    # Other places that may name what it counts, tried after ``name``: the label
    # of its line (养老床位：计划新增4000张，实际新增4385张) and the noun after it
    # (共4家社区综合为老服务中心已建成).
    other_names: tuple[str, ...] = ()
    # Its place in a 分别 list (收入分别增长5.1%和7.4%: 0 and 1), which pairs it
    # with the indicator at the same place of the plan's list.
    list_index: int | None = None
    # The header of its column when it stands in a table (实际完成), else "".
    column: str = ""
    # The numbered item heading it stands under in its text (1.实施城镇老旧小区改造), else "".
    heading: str = ""
    # Which way a rate of change goes: -1 for a fall (下降4.6%), 1 for a rise (增长5.2%), 0 unsaid.
    direction: int = 0
    # It stands in the text's first line, its headline (…统计公报：GDP同比增长4.8%).
    in_headline: bool = False
    # The item of its table row when its own words name it (新增81台 | 既有多层住宅加装电梯…), else "".
    row: str = ""
    # The text before it in its sentence, past the comma its name stops at (9件市级重点民生实事
    # 推进有序，累计完成投资1.07亿元): what a name of measure words only (累计完成投资) is of.
    context: str = ""
    # The noun right after it when that names what it counts (组建5个音乐名师团队), else "".
    noun: str = ""


# Words of a fall and of a rise, the last one before a rate saying which way it went.
_DIRECTION_WORD = re.compile(r"(下降|降低|减少|回落|下滑|降幅)|(增长|增加|上涨|提高|增速|涨幅|增幅)")
_DIRECTION_CHARS = 8  # how far before a rate its word of change is looked for


def change_direction(text: str) -> int:
    """-1 when the last word of change in ``text`` is a fall, 1 a rise, 0 when it has none."""
    last = None
    for last in _DIRECTION_WORD.finditer(text):
        pass
    if last is None:
        return 0
    return -1 if last.group(1) else 1


def spans_years(written: str) -> bool:
    """A period of several years (五年来, 十四五以来, 2021—2025年): no single as-of date."""
    return bool(_SEVERAL_YEARS.search(written))


# Words before a figure in its sentence that sum several years (三年间, 三年来, 近三年, 三年累计).
_SEVERAL_YEARS_BEFORE = re.compile(r"(?:近|过去|这)?[两二三四五六七八九十]年(?:间|来|以来|累计|共)")
_SEVERAL_YEARS = re.compile(r"[二三四五六七八九十两多几]年|十[一二三四五六七八九]五|20\d\d\s*[—\-－~～至到]\s*20\d\d")


_THIS_YEAR = re.compile(r"^(?:今年|本年度?)(?=\S)")
_QUARTER_REPORTS = {
    "一季报": "一季度",
    "1季报": "一季度",
    "半年报": "上半年",
    "三季报": "前三季度",
    "前三季报": "前三季度",
    "3季报": "前三季度",
    "前3季报": "前三季度",
}
_QUARTER_REPORT = re.compile("|".join(sorted(_QUARTER_REPORTS, key=len, reverse=True)))


def as_of_date(written: str | None, doc_year: int | None) -> date | None:
    """The last day a written period covers (1—10月 of 2025 → 2025-10-31), or None."""
    if not written:
        return None
    # 今年上半年 is the half year: the year word only says which year. 一季报 is the first
    # quarter's figures, 半年报 the half year's, 前三季报 the first three quarters'.
    text = _QUARTER_REPORT.sub(lambda m: _QUARTER_REPORTS[m.group()], _THIS_YEAR.sub("", written.strip()))
    stated = _YEAR.search(text)
    year = int(stated.group(1)) if stated else doc_year
    if _PREVIOUS_YEAR.search(text) and not stated:
        return date(doc_year - 1, 12, 31) if doc_year else None
    if year is None:
        return None
    months = _MONTHS.search(text)
    if months:
        return month_end(year, months.group(1) or months.group(2))
    quarters = _THREE_QUARTERS.search(text)
    if quarters:
        q = "一二三".find(quarters.group(1)) + 1 if not quarters.group(1).isdigit() else int(quarters.group(1))
        month = 3 * q
        return date(year, month, calendar.monthrange(year, month)[1])
    if _MANY_YEARS.search(text.replace(f"{year}年", "")):
        return None
    word = TIME_WORD.search(text)
    if word is not None:
        _, end = resolve_deadline(word.group(), year)
        if end is not None:
            return end
    if (
        stated
        and text.rstrip("年度底末全").endswith(stated.group(1))
        or re.fullmatch(r"(?:20\d\d年)?(?:全年|年底|年末|本年)?", text)
    ):
        return date(year, 12, 31)
    return None


# A document whose title says it reports (a bulletin, a completion notice):
# its figures are achieved ones even where the extractor reads a plan's words
# (全年粮食产量70650万吨 in a 统计公报), unless a plan word precedes them.
REPORT_TITLE = re.compile(
    r"公报|完成情况|落实情况|进展情况|推进情况|工作进展|进度|通报|简报|运行情况|执行情况|工作总结|统计|监测|回眸|回望|盘点"
    r"|(?:全部|全面|圆满|顺利|超额)完成|兑现|完成(?:了)?(?:年度|全年)[\u4e00-\u9fff]{0,8}?(?:目标|任务)"
    # A headline of what a part of the year achieved (上半年完成投资过六成, 前三季度GDP增长5%).
    r"|(?:上半年|前三季度|[一二三1-3]季度|1\s*[—\-－~～至]\s*\d{1,2}月)[^，,。；;]{0,12}?(?:完成|实现|增长|达到|超)"
)
_DAY = re.compile(r"(?:20\d\d年)?(?:1[0-2]|[1-9])月(?:[12]\d|3[01]|[1-9])日")
# A title won, with its year (获批2024年全国普惠托育服务发展示范城市).
_TITLE_YEAR_NAMED = re.compile(r"(?:获批|入选|荣获|获评|评为|创成|成为)(20\d\d年)")


def _without_year(title: re.Match[str]) -> str:
    return title.group().replace(title.group(1), "")


def _titles_years(text: str) -> set[str]:
    """The years of the titles won named in ``text``, when it names no other year."""
    named = {m.group(1) for m in _TITLE_YEAR_NAMED.finditer(text)}
    return named if len(_YEAR.findall(text)) == len(named) else set()


# A completion ratio right after a figure (城镇失业人员再就业7359人，完成目标的167.25%): the
# figure is what was done.
_RATIO_AFTER = re.compile(r"[，,]\s*(?:完成|为|占|达到?)(?:年度|全年)?(?:目标|任务|计划)(?:任务)?的?\s*\d")
# A title of a report on a period (一季度进展情况, 1—9月经济运行简报), not a news headline.
_PERIOD_REPORT = re.compile(r"情况|进展|进度|通报|简报|公报|报告|总结|监测|统计")
_PLAN_WORD = re.compile(r"力争|计划(?!执行)|目标|预期|将|要|拟|争取(?!到)|确保")
# Words that make a whole sentence a plan (主要预期目标是：…, 力争 …), even in a report.
_STRONG_PLAN_WORD = re.compile(r"预期目标|目标是|力争|争取(?!到)|拟|计划草案|明年|下一步")
# A threshold right before what is counted (亿元以上项目107个) is part of its name.
_THRESHOLD_GAP = 6


def figures_of(
    mentions: Iterable[dict[str, Any]],
    *,
    doc: str,
    sha256: str,
    doc_year: int | None,
    title: str = "",
    plan_year: int | None = None,
    published: date | None = None,
    document: str = "",
) -> list[Figure]:
    """The achieved figures among one document's mentions, in text order.

    ``doc_year`` resolves relative periods; when the document states no year,
    ``plan_year`` stands in (a 1—11月 notice without a year reports on the plan's).
    A figure without a period of its own takes the title's (岳阳市1—11月…情况),
    or the document's dateline ``published`` when that comes first. In a table
    of ``document``, its whole text (cells split by |), a figure is named by its row's first cell,
    and one in a column headed as the plan's (预期目标) is no achieved figure.
    """
    year = doc_year or plan_year
    # 过去一年 counts back from the year a text was written in. A dateline in the first half
    # of a year (a report given in January) says that year better than the first year the
    # text names (…回顾2025年, published 2026-01-27: its 过去一年 is 2025).
    written_in = published.year if published and published.month <= _REVIEW_SEASON_LAST_MONTH else doc_year

    def resolve(written: str | None) -> date | None:
        if plan_year and written and _PREVIOUS_YEAR.search(written) and not _YEAR.search(written):
            # 过去一年 of a later text: at the earliest the plan's year (a text that
            # states the year it reviews first, or none, still reviews the plan's).
            return as_of_date(written, max(written_in or 0, plan_year + 1))
        return as_of_date(written, year)

    def paragraph_period(begins: int) -> date | None:
        """The period named before ``begins`` in its paragraph (its line), if any."""
        return resolve(_period_words(document[document.rfind("\n", 0, begins) + 1 : begins]))

    def opening_period(begins: int) -> date | None:
        """The period its paragraph opens with (2024年，…), if it opens with one before ``begins``."""
        line_start = document.rfind("\n", 0, begins) + 1
        opening = _OPENING_PERIOD.match(document, line_start, begins)
        return resolve(opening.group(1)) if opening else None

    report = bool(REPORT_TITLE.search(title))
    title_date = resolve(_title_period(title))
    # 记者20日…了解到，截至10月底，今年…项目中，已有部分项目提前完成: the cut-off its lead
    # states holds for the figures after it that state none (目前已完成…).
    lead_date = resolve(_lead_period(document))
    if title_date and published and published < title_date:
        # 2024年…完成情况 published on 6 November: its undated figures hold at that day.
        title_date = published
    figures: list[Figure] = []
    headings = _headings(document)
    stripped = document.lstrip()
    headline_end = len(document) - len(stripped) + (stripped.find("\n") if "\n" in stripped else len(stripped))
    # sentence → (end of the last counted figure in it, its name, end of the noun after it, that noun)
    previous_in_sentence: dict[str, tuple[int, str, int, str]] = {}
    last_threshold: tuple[str, int, float, str] | None = None  # (sentence, end, value, unit) of a threshold
    # sentence → (noun, unit) after a figure that describes (在建设中的100所公办幼儿园里，已完工63所)
    described: dict[str, tuple[str, str]] = {}
    # A month label carried past a ；to the next sentence of its line: (where that sentence begins, the date).
    month_carried: tuple[int, date] | None = None
    list_names: dict[tuple[str, int], str] = {}  # (sentence, place in a 分别 list) → the item's name
    # sentence → (end, name, unit) of the plan's figure last printed in it (…计划建成农村公路200公里)
    restated_before: dict[str, tuple[int, str, str]] = {}
    # The name of the last figure counted and where its sentence ends in the document: a
    # sentence cut by a line break after a comma goes on naming it (see _wrapped_on).
    last_counted: tuple[int, str] = (-1, "")
    for mention in mentions:
        sentence = str(mention.get("sentence") or "")
        text = str(mention["text"])
        at, last_name, noun_end, last_noun = previous_in_sentence.get(sentence, (0, "", 0, ""))
        found = sentence.find(text, at)
        if found < 0:
            found = sentence.find(text)
        start = max(found, 0)
        end = start + len(text)
        if mention.get("kind") == "descriptor":
            last_threshold = (sentence, end, float(mention["value"]), str(mention["unit"]))
            described_noun, _ = _noun_after(sentence, end)
            if len(described_noun) >= 2:
                described[sentence] = (described_noun, str(mention["unit"]))
            continue
        # 新增200张家庭照护床位、100张养老床位: the noun after the first figure
        # names it, not the second.
        left = sentence[max(_last_separator(sentence, start, at), min(noun_end, start)) : start]
        threshold = None
        if last_threshold and last_threshold[0] == sentence and 0 <= start - last_threshold[1] <= _THRESHOLD_GAP:
            threshold = (last_threshold[2], last_threshold[3])
            left = _DESCRIPTOR_TEXT.sub("", left)
        # (人民币，下同) and the like say nothing of what is counted, and their comma cuts the name.
        name = _name(_ASIDE.sub("", left))
        noun, noun_end = _noun_after(sentence, end)
        if (
            not last_name
            and len(name) < 2
            and len(noun) < 2  # (…达到43%，⏎为380个老旧小区引入物业服务: the noun after names it)
            and _wrapped_on(document, sentence_begins(mention, start), last_counted[0])
        ):
            # …实现地区生产总值52073.4亿元，⏎按不变价格计算，比上年增长5.4%: a line wrapped
            # inside a sentence, the growth of the figure before the break.
            last_name = last_counted[1]
        if len(name) < 2 or (last_name and CHANGE_WORDS.fullmatch(name) and not CHANGE_WORDS.search(last_name)):
            name = last_name + name  # 24106元，增速5.0%: the growth of what the figure before counts
        rate_of = _RATE_OF.match(name)
        if rate_of and _RATE_AFTER.match(sentence, end):
            # 成都以5.8%的增速排第一: the place's growth, its economy's (经济增速).
            name = rate_of.group(1) + "经济增速"
        if CHANGE_WORDS.fullmatch(name) and "经济" in _line_label(sentence, start):
            name = "经济" + name  # 各季度经济运行平稳：一季报增速6.0%: the economy's growth (经济增速)
        cells = _table_cells(document, mention, sentence, start)
        column = ""
        row_name = ""
        if cells is not None:
            row_name, column = cells
            own = _strip_noise(name.rsplit("|", 1)[-1])
            # A figure's own words in its cell name it when they say more than a word of change
            # (新增81台，完工52台 | 进展情况); else the row's item does (1.地区生产总值 | 增长4.8%).
            name = own if len(own) >= 2 and not CHANGE_WORDS.fullmatch(own) else (row_name or own)
        after = sentence[end : end + 12]
        # (GDP5351.7亿元，名义增长3.24%，…实际增长5.5%: the real growth is the GDP's too.)
        # (…生产总值3187.1亿元，首次突破3000亿元大关，同比增长7.8%: a milestone passed says
        # nothing of what is counted; the growth is the GDP's.)
        passes_name_on = name == _NOMINAL or (bool(last_name) and _MILESTONE_NAME.fullmatch(name) is not None)
        previous_in_sentence[sentence] = (end, last_name if passes_name_on else name, noun_end, noun)
        last_counted = (sentence_begins(mention, start) + len(sentence), previous_in_sentence[sentence][1])
        if _TARGET_COLUMN.search(column) and not DONE_COLUMN.search(column):
            continue  # 指标名称 | 预期目标 | 实际完成: the plan's figure printed again
        if document and _TARGET_LINE.match(document, document.rfind("\n", 0, int(mention.get("start") or 0)) + 1):
            continue  # 目标任务:…新增公共充电桩250个以上; (then 完成情况:…): the plan's figure printed again
        # A name that names nothing itself (已建成1个, 居全省第4位) may be about what the
        # figure before it in the sentence counts (嵌入式养老机构计划建2个，已建成1个).
        # (3000户老人家庭适老化改造已全部启动，其中完成改造2670户: the noun after it, when it has one.)
        subject = (last_noun if len(last_noun) >= 2 else last_name) if _NAMELESS.fullmatch(name) else ""
        if not subject and _NAMELESS.fullmatch(name) and (whole := described.get(sentence)):
            # 在建设中的100所公办幼儿园里，已完工63所: the things described before it, in its unit.
            subject = whole[0] if _same_unit_kind(whole[1], str(mention["unit"])) else ""
        if not subject and _NAMELESS.fullmatch(name) and (start - len(name)) > 0:
            # 县乡公路路面改善提升工程全面复工，已建成4669公里: what the clause before it is about.
            subject = _name(_clause_before(sentence, max(0, start - len(name) - 1)))
        # 今年计划建成农村公路200公里，目前已完成路面铺设216公里: the target printed right before
        # it, in its unit, names what the figure after it counts.
        restated = restated_before.get(sentence)
        planned = (
            restated[1] if restated and restated[0] == at and _same_unit_kind(restated[2], str(mention["unit"])) else ""
        )
        other_names = tuple(n for n in (_line_label(sentence, start), noun, subject, planned) if len(n) >= 2)
        kind = mention.get("kind")
        achieved = kind == "result" or (
            (report or bool(_NOW.match(sentence.lstrip())) or bool(_RATIO_AFTER.match(sentence, end)))
            and kind in ("target", "growth")
            and not _PLAN_WORD.search(_clause_before(sentence, start))
            and not _STRONG_PLAN_WORD.search(sentence[:start])
        )
        if achieved and _one_month_or_quarter(sentence, start):
            continue  # 12月份…失业率为5.1%, 四季度增长4.5%: a part of the year on its own, not to date
        if not achieved:
            if _PLAN_WORD.search(name):
                restated_before[sentence] = (end, name, str(mention.get("unit") or ""))
            continue
        if _ESTIMATE.search(sentence, 0, start):
            continue
        written = mention.get("as_of")
        if written and published is None and _DAY.fullmatch(str(written)) and str(written) not in sentence:
            # 中新网武汉1月22日电, then 全省全年实现生产总值…: a dateline's day (one the text's
            # dateline did not give as its publication), carried to the figures after it, is
            # when they were told, not the period they hold at.
            written = None
        if written and str(written) in _titles_years(sentence[:start]):
            # ●西安市获批2024年全国普惠托育服务发展示范城市，新增托位数2500个: the year names the
            # title won, not the period of the figure.
            written = None
        if written and spans_years(str(written)):
            continue  # 五年来, 十四五以来: no single date
        if _SEVERAL_YEARS_BEFORE.search(sentence, 0, start):
            continue  # 三年间全市完成…项目78个，新建学校43所: a sum over several years
        day = resolve(written) if written else None
        if written and published and re.search(f"(?:今年|本年度?){re.escape(str(written))}", sentence[:start]):
            # 今年上半年 in a text published on 2019-08-13 that first names 2018: 今年 is 2019.
            day = as_of_date(str(written), published.year) or day
        written_year = _YEAR.search(str(written)) if written else None
        if written_year and (written_at := sentence.find(str(written), 0, start)) >= 0:
            # 成都2025年各季度…：一季报增速6.0%、半年报增速5.8%: the nearer part of that year.
            nearer = _period_words(sentence[written_at + len(str(written)) : start])
            if nearer and not _YEAR.search(nearer):
                day = resolve(written_year.group() + nearer) or day
        # (序号 | 目标任务 | 10月完成情况 |: a column headed with a month holds at its end.)
        labelled = _line_month(sentence, start, year) or _column_month(column, year)
        if labelled is None and month_carried and month_carried[0] == sentence_begins(mention, start):
            labelled = month_carried[1]  # 10月进展：…已全部完成；适老化改造已完成346户
        if labelled is not None and sentence.rstrip().endswith(("；", ";")):
            month_carried = (sentence_begins(mention, start) + len(sentence), labelled)
        if written and str(written) not in sentence[:start]:
            # A period from a heading or the dateline, not the figure's sentence:
            # the month its line is labelled with (7月进展：…) says more, and the
            # period a title states (进展情况（截至9月底）) more than the day it was
            # published.
            paragraph = opening_period(sentence_begins(mention, start)) if document else None
            if labelled is not None:
                day = labelled
            elif (
                reviewed := _year_reviewed_by_report(document, str(written), int(mention.get("start") or 0))
            ) is not None:
                day = reviewed
            elif paragraph is not None:
                # 2024年，江苏经济运行总体平稳。全省地区生产总值达到13.7万亿元 under (据…2025年政府工作报告
                # 整理): the period opening its paragraph is nearer than the heading's.
                day = paragraph
            elif day is not None and day == published and title_date is not None and title_date < day:
                day = title_date
        if day is None:
            day = resolve(_period_words(_TITLE_YEAR_NAMED.sub(_without_year, sentence[:start])))
        if day is None and document:
            # 工业方面，一季度全国工业用电量增长4.4%。全省规上工业增加值增长6.5%: the period
            # named earlier in its paragraph holds for a sentence that names none.
            begins = sentence_begins(mention, start)
            day = paragraph_period(begins)
            if day is None:
                # 计划列出的2023年重点工作包括：, then ●… items: the period of the line that opens the list.
                day = resolve(_list_opener_period(document, begins))
        if day is None:
            day = labelled
        if (
            day is None
            and published is not None
            and (_TO_DATE.search(sentence, 0, start) or _to_date_paragraph(document, int(mention.get("start") or 0)))
        ):
            # 截至目前，已有16个项目…: as of the day it was published, or the
            # period its title names (一季度进展情况: 目前 is the quarter's end).
            # (A headline of news, 贵州上半年十件民生实事完成投资309.24亿元, names what its lead
            # reports; its 截至目前 is the day the news was published.)
            period_report = report and title_date and _PERIOD_REPORT.search(title)
            day = title_date if period_report else lead_date or published
        if day is None:
            day = lead_date
        if day is None:
            reviews_title_year = report or _YEAR_REVIEWED.search(title) is not None
            if reviews_title_year and title_date:
                day = title_date
            elif report and published and published.year == doc_year:
                # 辛集市完成年度民生工程目标任务, published on 2023-12-29: done by that day.
                day = published
            else:
                day = _undated(doc_year, plan_year, published)
        if day is None:
            continue
        rule = str(mention.get("rule") or "")
        growth = "growth" in rule or bool(CHANGE_WORDS.search(left))
        direction = change_direction(sentence[max(0, start - _DIRECTION_CHARS) : start] + text) if growth else 0
        place_in_list = list_index(sentence, start)
        if place_in_list and figures and figures[-1].sentence == sentence and figures[-1].list_index is not None:
            growth = figures[-1].growth  # 分别增长5.1%和7.4%: the items share the word of change
            direction = figures[-1].direction
        recent = _RECENT_YEARS.search(sentence, 0, start) if place_in_list is not None else None
        if recent and place_in_list is not None and place_in_list < (years := int(parse_number(recent.group(1)))):
            # 近两年，进出口总额分别增长57%、45.9%: one item a year, the last the latest.
            day = _years_before(day, years - 1 - place_in_list)
        if place_in_list is not None:
            listed = name if "分别" in name else name + "分别"
            # 城镇和农村居民… → 农村居民… (and the 和 after an earlier item's figure goes: 分别为47514元和)
            name = list_item_name(listed, place_in_list).removesuffix("分别").rstrip("和及与、")
            if len(_LIST_WORDS.sub("", name)) < 2:
                # …分别为47514元和22673元，分别增长4.3%和6.2%: a second list of the same items.
                name = list_names.get((sentence, place_in_list), name)
            list_names[(sentence, place_in_list)] = name
        figures.append(
            Figure(
                doc=doc,
                doc_sha256=sha256,
                text=text,
                raw_start=int(mention["raw_start"]),
                raw_end=int(mention["raw_end"]),
                value=float(mention["value"]),
                unit=str(mention["unit"]),
                growth=growth,
                as_of=day,
                as_of_text=str(mention.get("as_of") or ""),
                name=name,
                after=after,
                sentence=sentence,
                confidence=float(mention.get("confidence") or 0.0),
                rule=rule if kind == "result" else f"report-title/{rule}",
                threshold=threshold,
                other_names=other_names,
                list_index=place_in_list,
                column=column.strip(),
                heading=_heading_at(headings, sentence_begins(mention, start)),
                direction=direction,
                in_headline=bool(document) and sentence_begins(mention, start) < headline_end,
                row=row_name if row_name != name else "",
                context=_strip_noise(TIME_WORD.sub("", sentence[_last_separator(sentence, start, 0) : start])),
                noun=noun if len(noun) >= 2 else "",
            )
        )
    return figures


_NOMINAL = "名义"  # a nominal rate's name: no indicator's (targets are real growth)
_MILESTONE_NAME = re.compile(r"(?:首次|首度|历史性|一举)?(?:突破|跨越|迈上|跃上|站上)?")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LIST_OPENER = "分别"


# A span of the latest years whose figures a 分别 list gives one a year (近两年, 过去三年, 这两年).
_RECENT_YEARS = re.compile(r"(?:近|过去|这|最近)([两二三四五])年(?:来|间)?[，,]?[^。；;]*?分别")


def _years_before(day: date, years: int) -> date:
    """The same day ``years`` years earlier (28 February for a 29th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def list_index(text: str, start: int) -> int | None:
    """The place of the figure at ``start`` in a 分别 list of its clause, or None."""
    part = max(text.rfind(c, 0, start) for c in "。；;\n，,") + 1
    opener = text.rfind(_LIST_OPENER, part, start)
    if opener < 0:
        return None
    return len(_NUMBER.findall(text, opener, start))


_LABEL = re.compile(r"[^，,。；;：:\n]{2,20}(?=[：:])")
# (为675家村卫生室及85家中心村卫生室配备…: the next count ends the noun.)
_NOUN_AFTER = re.compile(
    r"[^，,。；;：:、\d（()）|\s]{2,20}?(?=已|均已|全部|建成|完成|投入|开工|[，,。；;、（(]|[及和与]?\d|\s*[|｜]|$)"
)
_MAX_LABEL_CHARS = 20


def _line_label(sentence: str, start: int) -> str:
    """The label opening the figure's line (养老床位：…), if any."""
    line_start = sentence.rfind("\n", 0, start) + 1
    m = _LABEL.match(sentence, line_start, start)
    return _strip_noise(m.group()) if m else ""


def _noun_after(sentence: str, end: int) -> tuple[str, int]:
    """What follows a count when it names the thing counted (共4家社区综合为老服务中心已建成),
    and where it ends in the sentence (0 when nothing does)."""
    m = _NOUN_AFTER.match(sentence, end, end + _MAX_LABEL_CHARS + 4)
    return (_strip_noise(m.group()), m.end()) if m else ("", 0)


# A threshold's written form inside a name (亿元及以上, 10亿元以上).
_DESCRIPTOR_TEXT = re.compile(r"[\d.]*[十百千万亿]*元(?:及以上|以上|以下)?")
_PERIOD_WORDS = re.compile(
    r"(?:20\d\d年)?(?:1\s*[—\-－~～至到]\s*\d{1,2}月|前[一二三1-3]季度|[一二三四1-4]季度|上半年|\d{1,2}月底|\d{1,2}月末|\d{1,2}月份"
    r"|前?[一二三1-3]季报|半年报)"
    r"|20\d\d年(?!\d)|20\d\d全年"
)


# A line labelled with the month its progress holds at (7月进展：, 10月份：).
_MONTH_LABEL = re.compile(
    r"\s*(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?:底|末)?(?:进展|进度|情况|完成情况)?[：:]"
)


# A name that says only that something was done or how it ranks (not what changed
# against last year: 比上年多增38万人 is no level).
_NAMELESS = re.compile(
    r"(?:已经?|均已|共|累计)?(?:建成|完成|办结|实现|开工|竣工|完工|改造|新建|送[\u4e00-\u9fff]){0,2}|"
    r"(?:增速|总量)?(?:居|位居|位列|排名?)(?:全省|全市|全国|全区)?(?:第[\d一二三四五六七八九十]+位?)?"
)
# Words opening a sentence of a later text that say its figures hold now
# (目前，全县有林地面积达753万亩).
_NOW = re.compile(r"^(?:目前|截[至止]目前|现已|至今)")

# Words that date a figure by the day its text was published (今年以来 in news of 2 September:
# the year to that day).
_TO_DATE = re.compile(r"截[至止]目前|截[至止]发稿|目前|至今|日前|近日|(?:今年|年初)以来")


# A single month or a quarter after the first, on its own (12月份, 当月, 三季度, 第四季度), and a
# list of quarters (一、二、三、四季度…分别): not the period to date. (1—10月份, 截至10月份 and 前三季度 are.)
_ONE_PART_OF_A_YEAR = re.compile(
    r"(?<![—\-－~～至到前\d十])(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份(?![：:])|当月|单月"
    r"|(?<![前一二三四、])第?[二三四2-4]季度|[一二三四]、[一二三四]"
)


_OPENING_MONTH = re.compile(r"\s*(?:20\d\d年)?(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?[，,]")


def _one_month_or_quarter(sentence: str, start: int) -> bool:
    """The clause before a figure dates it by one month or one later quarter alone."""
    clause = sentence[max((sentence.rfind(c, 0, start) for c in "，,；;。：:\n"), default=-1) + 1 : start]
    if _ONE_PART_OF_A_YEAR.search(clause):
        return True
    # 9月份，全省居民消费价格同比下降0.8%: the sentence opens with the month alone.
    opening = _OPENING_MONTH.match(sentence)
    return opening is not None and opening.end() <= start


def _same_unit_kind(a: str, b: str) -> bool:
    """Units of one dimension (公里 and 米, 个 and 个), as the extractor's unit table says."""
    try:
        return dimension(a) == dimension(b)
    except ValueError:
        return False


def _wrapped_on(document: str, begins: int, previous_end: int) -> bool:
    """The sentence beginning at ``begins`` goes on from the one ending at ``previous_end``:
    only a comma and a line break lie between them (a line wrapped inside a sentence)."""
    if previous_end < 0 or not 0 <= begins - previous_end <= _WRAP_GAP:
        return False
    between = document[previous_end:begins]
    # (The comma may close the sentence before: look at its last character, not the whole text.)
    near = document[max(0, previous_end - 1) : begins].rstrip()
    return "\n" in between and between.strip() in ("", "，", ",") and near.endswith(("，", ","))


_WRAP_GAP = 4  # characters between a wrapped line's comma and the next line (spaces, a line break)


def sentence_begins(mention: dict[str, Any], at: int) -> int:
    """Where a mention's sentence begins in its text (the mention starts ``at`` in it)."""
    return int(mention.get("start") or 0) - at


def _line_month(sentence: str, start: int, year: int | None) -> date | None:
    """The last day of the month a figure's line is labelled with, or None."""
    if year is None:
        return None
    m = _MONTH_LABEL.match(sentence, sentence.rfind("\n", 0, start) + 1)
    if m is None or m.end() > start:
        return None
    return month_end(year, m.group(1))


def month_end(year: int, month_word: str) -> date:
    """The last day of a month written in digits or words (10, 十) of ``year``."""
    month = int(month_word) if month_word.isdigit() else int(parse_number(month_word))
    return date(year, month, calendar.monthrange(year, month)[1])


_COLUMN_MONTH = re.compile(r"^\s*(?:1\s*[—\-－~～至到]\s*)?(1[0-2]|[1-9])月(?:份|底|末)?(?:完成|进展|进度|实际)")


def _column_month(column: str, year: int | None) -> date | None:
    """The last day of the month a table column's header names (10月完成情况), or None."""
    m = _COLUMN_MONTH.match(column)
    return month_end(year, m.group(1)) if m is not None and year is not None else None


def _undated(doc_year: int | None, plan_year: int | None, published: date | None) -> date | None:
    """The date of an achieved figure with no period of its own, in a text that is no report.

    A text reviews the year before the one it is about (the next 政府工作报告), unless it
    is about the plan's own year and was published after it: a look back at 2023,
    printed in January 2024, holds at 2023's end. (Undated figures of news inside the
    plan's year are most often its targets restated, and stay out of its period.)"""
    if not doc_year:
        return None
    if plan_year is None or doc_year != plan_year or published is None or published.year == doc_year:
        return date(doc_year - 1, 12, 31)
    return date(doc_year, 12, 31)


# Words before a figure in its sentence saying it is an estimate (全县生产总值预计完成201.7亿元，
# 同比增长6%): no result; the final figure, when a later text prints it, is.
_ESTIMATE = re.compile(r"预计|预估|估计")
# A year that names a report (据江苏省2025年政府工作报告整理): the year it was given in.
_REPORT_NAMED = re.compile(r"[^，,。；;\n]{0,8}?政府工作报告")


def _year_reviewed_by_report(document: str, written: str, before: int) -> date | None:
    """The end of the year before ``written`` when that bare year (2025年), carried to a
    figure from outside its sentence, names nothing before it but a 政府工作报告 given in
    that year: the report reviews the year before (the figures of 2024, in 2025's report)."""
    if not _YEAR.fullmatch(written):
        return None
    found = [m.end() for m in re.finditer(re.escape(written), document[:before])]
    if not found or not all(_REPORT_NAMED.match(document, end) for end in found):
        return None
    return date(int(written[:4]) - 1, 12, 31)


# A paragraph that opens with its period (2024年，… / 前三季度，…).
_OPENING_PERIOD = re.compile(r"\s*(20\d\d年(?:[上下]半年|前三季度|[一二三四]季度)?|上半年|前三季度)[，,]")
_LIST_WORDS = re.compile(r"分别|[和及与、]")
# A place's name, then 以 (成都以5.8%的增速…), and the rate named after the figure.
_RATE_OF = re.compile(
    r"^(?:20\d\d年|前三季度|上半年|[一二三四]季度|，|,)*([\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,5}[省市县区])以$"
)
_RATE_AFTER = re.compile(r"的(?:经济)?(?:增速|增幅|速度增长)")
# A title naming the year a text looks back on (政府工作报告（2023年工作回顾）): its undated figures hold at that year's end.
_YEAR_REVIEWED = re.compile(r"20\d\d年(?:工作)?(?:回顾|总结)|回顾20\d\d(?:年|(?!\d))")
# The last month of the season when a year is reviewed (政府工作报告 are given from January to March).
_REVIEW_SEASON_LAST_MONTH = 6


# An item's number at the start of a line (1. / （一） / 三、).
_ITEM_NUMBER = r"(?:\d{1,2}[ \t]*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
# An item of a list on a line of its own (●…, 1.…, （一）…, 一是…).
_LIST_ITEM_LINE = re.compile(rf"[ \t\u3000]*(?:[●•·▪◆■\-—]|{_ITEM_NUMBER}|[一二三四五六七八九十]是)")
_MAX_LIST_LINES = 30  # lines looked back over for the line a list of items opens with


def _list_opener_period(document: str, begins: int) -> str | None:
    """The period named by the line a figure's list of items opens with (…重点工作包括：), or None
    when the figure's line is no item or the line above its items does not end with a colon.

    Items are marked (●…, 1.…, 一是…) or, in a block with no blank line, short lines with no
    full stop (辽宁落点（2026年）：, then 地区生产总值增长4.5%左右 a line)."""
    lines = document[:begins].split("\n")
    line_start = begins - len(lines[-1])
    line_end = document.find("\n", begins)
    marked = _LIST_ITEM_LINE.match(document, line_start) is not None
    if not marked and not _bare_item(document[line_start : line_end if line_end >= 0 else len(document)]):
        return None
    for line in reversed(lines[-_MAX_LIST_LINES:-1]):
        if _LIST_ITEM_LINE.match(line) or (marked and not line.strip()):
            continue
        if line.rstrip().endswith(("：", ":")):
            return _period_words(line)
        if marked or not _bare_item(line):
            return None
    return None


def _bare_item(line: str) -> bool:
    """An unmarked line that may be an item of a list: short, with no full stop."""
    return bool(line.strip()) and len(line) <= _BARE_ITEM_CHARS and "。" not in line


_BARE_ITEM_CHARS = 60


def _period_words(text: str) -> str | None:
    """The last period a text names (1—11月, 2024年, 上半年), for figures without their own."""
    # (较一季度加快0.3个百分点: the period compared with, not the one the figures hold at.)
    found = [m.group() for m in _PERIOD_WORDS.finditer(text) if text[m.start() - 1 : m.start()] not in _COMPARED]
    return found[-1] if found else None


_COMPARED = ("较", "比")


# The words that head what the plan says: a table's column (预期目标) or a line's label (目标任务:).
_PLAN_LABEL = r"(?:项目|建设|工作|年度|全年)?(?:目标任务|内容|目标|预期|计划|任务)"
# A line a progress notice labels as the plan's words (目标任务:…, 年度目标：…, 建设内容:…).
_TARGET_LINE = re.compile(rf"[ \t\u3000]*(?:{_ITEM_NUMBER}\s*)?{_PLAN_LABEL}[：:]")


# Headers of a table's columns (指标名称 | 预期目标 | 实际完成 | 备注).
_TARGET_COLUMN = re.compile(_PLAN_LABEL)
DONE_COLUMN = re.compile(r"实际|完成|执行|实现")
_TABLE_LOOKBACK = 20  # lines above a row searched for its header


# A header cell may name a month (8月份目标), not hold a figure.
_FIGURE_IN_HEADER = re.compile(r"\d(?!\d*\s*月)")


def _table_cells(text: str, mention: dict[str, Any], sentence: str, start: int) -> tuple[str, str] | None:
    """(the row's first cell, its column's header) of a figure in a table row, or None."""
    if not text:
        return None
    # The row is the figure's line of the whole text: a cell may hold several sentences
    # (| 打造最美上学路9条。 | 住建局 | …).
    at = sentence_begins(mention, start) + start
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if line.count("|") < 2:
        return None
    column = text[line_start:at].count("|")
    width = line.count("|")
    # The row's item: its first cell with words, not only a number (| 2 | 既有多层住宅加装电梯… |).
    first = next((c for c in map(_strip_noise, line.split("|")) if re.search(r"[\u4e00-\u9fff]", c)), "")
    above = text[:line_start].splitlines()[-_TABLE_LOOKBACK:]
    for candidate in reversed(above):
        if candidate.count("|") == width and not _FIGURE_IN_HEADER.search(candidate):
            return first, candidate.split("|")[column]
    return first, ""


# A dateline among a title's lines (日期：2025-04-11, 发布时间:2024年01月10日): the day it was
# published, not the period it reports on.
_DATELINE = re.compile(
    r"(?:发布)?(?:时间|日期)[：:]\s*\S+|20\d\d\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|20\d\d年\d{1,2}月\d{1,2}日"
)


def _title_period(title: str) -> str | None:
    """The period a title reports on: the one it says the figures hold at (…进展情况（截至9月底）),
    else the one before its report word (2024年…计划执行情况及2025年…计划: 2024年), else
    the last it names (its dateline left out)."""
    title = _DATELINE.sub(" ", title)
    to = re.search(r"截[至止]", title)
    if to is not None and (words := _cut_off_words(title[to.end() : to.end() + 12])):
        return words
    report = REPORT_TITLE.search(title)
    found = (_period_words(title[: report.end()]) if report else None) or _period_words(title)
    if found is None and (year := _BARE_YEAR.search(title)):
        return f"{year.group()}年"  # 回眸鄂城2023
    return found


_BARE_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")
# A cut-off in a text's lead (截至10月底，今年…): the words after 截至, up to its comma.
_LEAD_CUT_OFF = re.compile(r"截[至止](?:到)?([^，,。；;：:\n]{2,12})[，,]")
_LEAD_CHARS = 200  # how far into a text's body its lead is looked for


def _lead_period(document: str) -> str | None:
    """The period a news text's lead says its figures hold at (截至10月底，…), else None.
    Its lead is its first paragraph after the headline and dateline, and a cut-off near the
    start of the next two paragraphs counts too; without a cut-off, the lead's first
    sentence may name a part of the year (2021年一季度…)."""
    lines = [line for line in document.strip().split("\n") if line.strip()]
    paragraphs = [line for line in lines[1:] if not _DATELINE.match(line.strip()) and len(line) > _LEAD_MIN]
    body = paragraphs[0] if paragraphs else ""
    # (8月13日，…会议听取了…报告。⏎今年年初，…⏎…截至7月底，30项为民实事整体进展顺利: the
    # cut-off may open the third paragraph, after the occasion and the background.)
    for k, paragraph in enumerate(paragraphs[:_LEAD_PARAGRAPHS]):
        cut_off = _LEAD_CUT_OFF.search(paragraph, 0, _LEAD_CHARS if k == 0 else _LATER_LEAD_CHARS)
        if cut_off:
            return _cut_off_words(cut_off.group(1))
    # 4月30日…了解到，2021年一季度全省10件重点民生实事推进顺利: the part of the year its first
    # sentence reports on, when it names one (a bare year may be any year it looks back on).
    first = body[: min(k for k in (body.find("。"), _LEAD_CHARS, len(body)) if k >= 0)]
    words = _period_words(first)
    return words if words and not _YEAR.fullmatch(words) else None


def _to_date_paragraph(document: str, begins: int) -> bool:
    """Whether the paragraph of a figure (at ``begins``) opened with 截至目前 (or the like) and
    named no period since, before it: it holds then too (截至目前，…已完工63所；公益性岗位
    安置…4.87万人). A paragraph opening 此外 / 同时 goes on with the one before it."""
    line_start = document.rfind("\n", 0, begins) + 1
    before = document[line_start:begins]
    while True:
        opening = before.lstrip()
        if _TO_DATE.match(opening):
            return _period_words(before) is None
        if line_start == 0 or not _GOES_ON.match(opening) or _period_words(before):
            return False
        end = line_start - 1  # the whole paragraph before it, past blank lines
        while end > 0 and document[end - 1] == "\n":
            end -= 1
        line_start = document.rfind("\n", 0, end) + 1
        before = document[line_start:end]


# Words opening a paragraph that goes on with the one before it.
_GOES_ON = re.compile(r"此外|另外|同时|与此同时")


def _cut_off_words(text: str) -> str | None:
    """The period after 截至: one :func:`_period_words` knows, or a bare month (截至11月: its end)."""
    words = _period_words(text)
    if words is None and (month := _BARE_MONTH.match(text.lstrip())):
        return month.group() + "底"
    return words


_BARE_MONTH = re.compile(r"(?:20\d\d年)?(?:1[0-2]|[1-9])月(?!\d)")


_LEAD_MIN = 30  # characters of a paragraph, not a subtitle or a source line
_LEAD_PARAGRAPHS = 3  # paragraphs of a text's opening searched for its cut-off
_LATER_LEAD_CHARS = 24  # how near its start a later one of them must name it


def _clause_before(sentence: str, start: int) -> str:
    k = start
    while k > 0 and sentence[k - 1] not in "，,；;。：:":
        k -= 1
    return sentence[k:start]


def _last_separator(sentence: str, start: int, floor: int) -> int:
    k = start
    while k > floor and not _SEPARATORS.match(sentence, k - 1):
        k -= 1
    return max(k, start - _MAX_NAME_CHARS)


# A numbered item heading on a line of its own, with no figure and no full stop
# (1.实施城镇老旧小区改造（区住房城乡建委）): a progress notice printing the plan's items.
_HEADING_LINE = re.compile(
    rf"^[ \t\u3000]*{_ITEM_NUMBER}"
    r"[ \t\u3000]*([^\d。；;：:\n]{2,40}?)[ \t\u3000]*(?:[（(][^）)\n]*[)）])?[ \t\u3000]*$",
    re.MULTILINE,
)


def _headings(document: str) -> tuple[list[int], list[str]]:
    """Where each item heading of a text starts, and its words (found once per text)."""
    found = list(_HEADING_LINE.finditer(document))
    return [m.start() for m in found], [m.group(1) for m in found]


def _heading_at(headings: tuple[list[int], list[str]], offset: int) -> str:
    """The item heading a figure at ``offset`` stands under, or ""."""
    k = bisect.bisect_right(headings[0], offset)
    return headings[1][k - 1] if k else ""


def _name(left: str) -> str:
    """The name in the text before a figure: its last comma segment, else all of it."""
    # (前三季度该市实现…: the period, not a place 前该市.)
    whole = _strip_noise(TIME_WORD.sub("", _PERIOD_WORDS.sub("", left)))
    last = _strip_noise(_COMMA.split(whole)[-1])
    return last if len(last) >= 2 else whole


_COMMA = re.compile(r"[，,：:]")


def _strip_noise(name: str) -> str:
    for _ in range(3):
        name = _NOISE.sub("", name.strip("，,、；;：: "))
    return name.strip("，,、；;：: ")
