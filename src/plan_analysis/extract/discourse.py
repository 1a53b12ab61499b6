"""Whether each sentence of a text reviews the past or plans ahead, decided once.

A figure's kind depends on the tense of the passage it sits in, and Chinese
marks tense by the passage, not the verb: after ``2024年，全县…取得新成效。`` the
next sentence ``全年实现地区生产总值286.5亿元`` reports a result, though nothing in
it says so; a 统计公报 reports from its first line to its last; a
政府工作报告 reviews until ``2025年…主要预期目标是`` turns it to the plan.
:func:`sentence_tenses` walks the sentences in order and decides, for each,

- its *own cue*: what its opening says of itself (a past period ``过去一年，``,
  ``2024年，``, ``五年来``, ``截至…``; a plan opening ``主要预期目标``,
  ``下一步``, ``年底前，``, ``我县将…``), or a heading's verdict;
- the *carried tense*: the last cue before it, which reaches across sentences
  of the same line, and across lines in reviews, bulletins and reports (a
  plan's one-line review must not turn its targets into results).

The extractor shares this verdict among all the figures of a sentence
(``quantities._Context.result``); a figure's own clause can still overrule it
(力争, 计划, 确保 before the figure).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from plan_analysis.extract.deadlines import PERIOD, TIME_WORD

__all__ = ["Genre", "SentenceTenses", "document_genre", "heading_tense", "is_past", "opening_genre", "sentence_tenses"]

# What a title says the whole text is. A bulletin, a summary or a completion
# notice reports; a plan, a programme or a list plans; a 政府工作报告 or a
# 计划执行情况与计划草案 does both, review first.
Genre = str  # "review" | "plan" | "mixed" | "unknown"

_REVIEW_TITLE = re.compile(
    r"公报|完成情况|执行情况|进展情况|推进情况|工作进展|运行情况|经济运行|工作总结|总结|述职|成效|回顾|回眸|回望|盘点"
    r"|情况的?通报|情况报告|情况汇报|工作汇报|年报|(?:全部|全面|圆满|顺利|超额)完成|兑现"
)
_MIXED_TITLE = re.compile(r"政府工作报告|工作报告|草案")
_PLAN_TITLE = re.compile(r"计划|方案|要点|安排|打算|意见|清单|目标|任务|通知|行动")

# Headings of a review and of a plan (the same words the outline's headings are
# judged by: 2024年工作回顾, 主要预期目标).
_REVIEW_HEADING = re.compile(
    r"回顾|完成情况|进展情况|工作进展|执行情况|推进情况|成效|成绩|成果|总结|过去[一二三四五]年|上年工作|去年工作|工作开展情况"
    r"|存在(?:的)?(?:主要)?问题|问题(?:和|与)不足|困难(?:和|与)问题|短板(?:和|与)不足"
    r"|(?:上半年|前三季度|1[—\-–~至]\d{1,2}月)(?:工作)?(?:开展)?情况"
)
# (20件民生实事全部完成, …清单提前兑现: what became of a list.)
_REVIEW_OF_PLAN_HEADING = re.compile(r"(?:执行|完成|进展|落实|推进)情况|(?:全部|全面|圆满|顺利|超额)完成|兑现")
# (对…预期目标的完成情况进行监测和督导: how the plan goes is what will be watched.)
_PLAN_AHEAD_HEADING = re.compile(
    r"打算|下步|下一步|下半年|明年|草案|安排|思路|(?:进行|开展|加强|做好)(?:监测|督导|督查|跟踪|调度|考核|评估)"
)
_PLAN_HEADING = re.compile(r"目标|任务|计划|安排|打算|思路|重点工作|措施|下步|下一步|下半年|今后|要点")

# A list marker, a lead word or a dash (——过去一年，…) before a sentence's first word.
_LEAD = re.compile(
    r"[\s\u3000—]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[、.．)）](?!\d)"
    r"|[一二三四五六七八九十]是|其[一二三四五六七八九十]|第[一二三四五六七八九十]{1,3}[，,、])?[\s\u3000]*"
    # Who says it (报告提出，… / 会议强调，…): the sentence's own opening comes after.
    r"(?:(?:报告|会议|讲话|文件|公报)(?:提出|明确|指出|强调|要求|显示|称|说)[，,：:]?"
    r"|(?:据统计|据初步统计|据初步核算|据核算|据测算|据预计|统计显示|数据显示)[，,：:]?)?[\s\u3000]*"
)
# A past opening: 过去一年, 五年来, 一年来, 今年以来, 年初以来, 近三年.
_PAST_SPAN_OPENING = re.compile(
    r"(?:过去|近)(?:的)?[一二三四五两]年(?:来|以来|里|中|间)?|[一二三四五两十]年来|(?:今年|年初|本年度?)以来|截[至止]"
    # 刚过去的2022年，… / 过去的一年，…
    r"|(?:刚刚?)?过去的(?=20\d\d年|[一1]年)"
    # 报告回顾说，2023年… / 回顾过去一年: the text looks back.
    r"|(?:报告|会议|讲话)?回顾(?:说|指出|称|了)?(?=[，,：:]|20\d\d年|过去)"
)
# A plan opening: the targets, what comes next, or a subject that will act.
_PLAN_OPENING = re.compile(
    # …as the topic of the sentence (下一步，… / 2025年主要预期目标是：…), not
    # a plan figure quoted in a report (城镇新增就业目标任务27800人，完成52242人).
    r"[^，,。；;\d]{0,12}?(?:主要预期目标|预期目标|主要目标|总体要求|工作打算|工作安排|工作思路|工作计划|下一步|下步|明年|今后|展望)"
    r"(?=[，,：:是为]|工作|的?(?:主要)?(?:目标|任务|打算|思路))"
    # 我县将…, 全区要…, 力争…; not 现将…如下 (a formula) or 将 as 把.
    r"|(?:我们|我[省市县区镇乡]|全[省市县区镇乡])?(?:将要?|要(?![素求点闻件害])|力争|计划|确保|争取(?!到)|拟)"
)
# A year that opens a sentence (2025年，… / 2025年是… / 2025年全县…).
_YEAR_OPENING = re.compile(r"(20\d\d)年(?![\d底末中内初度一二三四上下前])(?:以来)?")
# A completion notice repeats the plan item, then says what was done: the item's
# first sentence is the plan's figure when the next one opens with a done word.
_DONE_OPENING = re.compile(r"[\s\u3000]*(?:实际|已经?|累计|共(?:计)?|完成|建成|全年|截[至止]|目前|现已)")
# A month range is past only when it counts from January (1—10月: so far this
# year); 11—12月 in a fourth-quarter plan is ahead.
_PAST_PERIOD = re.compile(r"去年|上年|过去|今年以来|1[—\-–~至]\d{1,2}月|前三季度")
_YEAR_IN = re.compile(r"(20\d\d)年")
_PART_OF_YEAR = re.compile(r"月|季度|半年|截[至止]")
_MONTH_RANGE = re.compile(r"\d{1,2}\s?[—\-–~至]")
_HEADING_MAX = 30  # a line this short without a full stop is a heading
_FINAL_PUNCT = frozenset("。！？!?；;：:")


def is_part_of_year(period: str) -> bool:
    """1—10月, 前三季度, 截至9月底, 上半年: a part of a year, not a whole year or span."""
    return _PART_OF_YEAR.search(period) is not None


def is_past(period: str, year: int | None) -> bool:
    """A period before the plan year, or one that can only be past (去年, 1—10月)."""
    m = _YEAR_IN.match(period)
    if m:
        return year is not None and int(m.group(1)) < year
    return _PAST_PERIOD.match(period) is not None


_BREADCRUMB = re.compile(r"[>》»]|首页|当前位置")
_OPENING_LINES = 6  # a scraped page's title is among its first lines, after breadcrumbs


def opening_genre(text: str, title: str | None) -> Genre:
    """The genre of a text: its title's, else that of the first of its opening
    lines that names one (a scraped page opens with breadcrumbs and furniture)."""
    genre = document_genre(title)
    if genre != "unknown":
        return genre
    lines = [line.strip() for line in text[:2000].splitlines() if line.strip()]
    for line in lines[:_OPENING_LINES]:
        if len(line) <= 60 and not _BREADCRUMB.search(line) and line[-1] not in "。；;":
            # Weaker evidence than the title: only a line that names one genre
            # alone counts (not one naming 任务 and 进展情况 both).
            review, plan = _REVIEW_TITLE.search(line), _PLAN_TITLE.search(line)
            if _MIXED_TITLE.search(line):
                return "mixed"
            if review and not plan:
                return "review"
            if plan and not review:
                return "plan"
    return "unknown"


def document_genre(title: str | None) -> Genre:
    """What the title says the text is: ``review``, ``plan``, ``mixed`` or ``unknown``."""
    if not title:
        return "unknown"
    if _MIXED_TITLE.search(title):
        return "mixed"
    review = _REVIEW_TITLE.search(title) is not None
    plan = _PLAN_TITLE.search(title) is not None
    if review and plan:
        # 关于2024年民生实事项目完成情况的通报: 完成情况 names what the text does.
        return "review" if _REVIEW_OF_PLAN_HEADING.search(title) and not _PLAN_AHEAD_HEADING.search(title) else "mixed"
    return "review" if review else "plan" if plan else "unknown"


def heading_tense(title: str, plan_year: int | None) -> bool | None:
    """True for a review heading, False for a plan heading, None for neither."""
    if _REVIEW_OF_PLAN_HEADING.search(title) and not _PLAN_AHEAD_HEADING.search(title):
        return True  # 计划执行情况, 目标任务完成情况: how the plan went
    if _PLAN_HEADING.search(title):
        return False
    if _REVIEW_HEADING.search(title):
        return True
    period = PERIOD.search(title)
    if period and plan_year and is_past(period.group("p"), plan_year):
        return True  # 2024年工作 in a 2025 plan
    return None


class SentenceTenses(NamedTuple):
    """Per sentence (indexed like the extractor's full stops): its own cue, the
    tense carried to it (True reviews, False plans, None says nothing) and the
    period a reviewing opening names."""

    own: list[bool | None]
    carried: list[bool | None]
    opening: list[str | None]  # the period or span the own cue came from (1—10月, 2024年, 过去一年)
    # The reviewing opening's period of the sentence a line goes on with after its ；(2022年), else None.
    continued: list[str | None]

    def at(self, sentence: int) -> tuple[bool | None, bool | None]:
        return self.own[sentence], self.carried[sentence]


def _opening_cue(
    text: str,
    start: int,
    end: int,
    plan_year: int | None,
    genre: Genre,
    carried: bool | None,
    under_review_heading: bool,
) -> bool | None:
    """What a sentence's opening says of its own tense."""
    lead = _LEAD.match(text, start, end)
    at = lead.end() if lead else start
    if _PAST_SPAN_OPENING.match(text, at, end):
        return True
    year = _YEAR_OPENING.match(text, at, end)
    if year:
        y = int(year.group(1))
        if plan_year is not None and y < plan_year:
            return True
        # A bulletin's own year, and 2025年以来, report; the plan year plans.
        return genre == "review" or year.group().endswith("以来")
    time = TIME_WORD.match(text, at, end)
    if time and time.group("by"):
        return False  # 年底前，… / 10月底前，…: a deadline opening
    period = PERIOD.match(text, at, end)
    if period:
        # 1—10月，… / 去年，… report; 上半年，… / 10月底，… say only when,
        # which the carried tense decides (a mid-year summary, or a plan's stage).
        if is_past(period.group("p"), plan_year):
            return True
        # 11—12月，… counts from after January: the months ahead -- unless a
        # review heading governs (存在的问题: 5—9月，臭氧超标天数达21天).
        return False if _MONTH_RANGE.match(period.group("p")) and not under_review_heading else None
    if _PLAN_OPENING.match(text, at, end):
        return False
    if time and not time.group("year") and text.startswith(("，", ","), time.end()):
        # 四季度，… / 下半年，…: the part of the year ahead -- in a plan. Inside a
        # review (三季度，开展安全检查68次) it names the quarter reviewed.
        return None if carried else False
    return None


def _opening_period(text: str, start: int, end: int) -> str | None:
    """The period or span a sentence opens with (过去一年, 2024年, 1—10月, 截至), if any."""
    lead = _LEAD.match(text, start, end)
    at = lead.end() if lead else start
    m = _PAST_SPAN_OPENING.match(text, at, end) or _YEAR_OPENING.match(text, at, end) or PERIOD.match(text, at, end)
    return m.group() if m else None


def sentence_tenses(
    text: str, full_stops: Sequence[int], plan_year: int | None, genre: Genre, *, opens_reviewing: bool = False
) -> SentenceTenses:
    """Each sentence's own cue and carried tense, in one pass over the sentences.

    ``opens_reviewing``: a text of both kinds (``mixed``) reviews until a cue
    turns it to the plan -- true of a later 政府工作报告 read for its results.

    ``full_stops`` are the ends of the text's sentences (after 。！？ or a line
    break), sorted; sentence ``k`` runs from ``full_stops[k-1]`` (or 0) to
    ``full_stops[k]`` (or the end), so ``bisect_right(full_stops, offset)`` is the
    sentence of an offset.
    """
    default: bool | None = True if genre == "review" or (opens_reviewing and genre == "mixed") else None
    carry_lines = genre in ("review", "mixed")
    own: list[bool | None] = []
    carried: list[bool | None] = []
    opening: list[str | None] = []
    continued_from: list[str | None] = []
    state = default
    heading_state = False  # the state was set by a heading: it lasts past the line
    n = len(text)
    bounds = [0, *full_stops]
    for k, start in enumerate(bounds):
        end = full_stops[k] if k < len(full_stops) else n
        new_line = start == 0 or text[start - 1] == "\n"
        # A line after one ending in ；goes on with the same sentence (统计显示，2022年…增长9%；
        # ⏎ 固定资产投资增长13.7%；): its tense does too.
        continued = new_line and start > 0 and text[max(0, start - 4) : start].rstrip()[-1:] in ("；", ";")
        if new_line and not carry_lines and not heading_state and not continued:
            state = default
        body = text[start:end].strip()
        cue: bool | None = None
        # A short line that is a heading, or that introduces what follows (报告列出的2023年成绩：).
        introduces = body.endswith(("：", ":")) and not _PLAN_OPENING.match(text, start, end)
        if new_line and body and len(body) <= _HEADING_MAX and (body[-1] not in _FINAL_PUNCT or introduces) and end < n:
            cue = heading_tense(body, plan_year)
            if cue is not None:
                heading_state = True
        elif body:
            cue = _opening_cue(text, start, end, plan_year, genre, state, heading_state and state is True)
            if cue is not None:
                heading_state = False
            lead = _LEAD.match(text, start, end)
            numbered = lead is not None and lead.group().strip() != ""
            restates_plan = (
                cue is None and state and new_line and numbered and end < n and text[end - 1] != "\n"
            ) and _DONE_OPENING.match(text, end) is not None
            if restates_plan:
                # A numbered item of a completion notice (1.新建农村公路100公里。实际完成126公里):
                # its first sentence restates the plan, and does not end the review.
                own.append(False)
                carried.append(state)
                opening.append(None)
                continued_from.append(None)
                continue
        if cue is not None:
            state = cue
        own.append(cue)
        carried.append(state)
        opening.append(_opening_period(text, start, end) if cue is True and body else None)
        going_on = continued and cue is None and len(opening) > 1 and state is True
        continued_from.append((opening[-2] or continued_from[-1]) if going_on else None)
    return SentenceTenses(own, carried, opening, continued_from)
