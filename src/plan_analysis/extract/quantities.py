"""Every quantity in a plan, with value, unit, qualifier, kind and deadline.

One compiled regex finds a number (Arabic or Chinese, with multipliers and
ranges) followed by a unit from :mod:`plan_analysis.extract.units`; the rest are
small, named rules, each applied to the match and its neighbourhood. The
rule that decided is recorded in the ``rule`` column
(``<match>/<qualifier rule>/<kind rule>``).

Never emitted (traps, ``_is_trap``):
  * a number after 第, 几, an ASCII letter or digit, ``.`` or ``+``
    (第1篇, 第十九届, PM2.5, 1+19+N), or a Chinese numeral after 数 (数十个;
    人数3000人 counts); a number inside a run of digits;
  * durations (3个月, 24小时), except days counted after 天数 (重污染天数不超过
    3天); years and dates never match (年, 月, 日 are not units);
  * in Chinese numerals: 一 (一批, 一村一品, 一个: an article or a slogan —
    plans write committed figures in digits), ordinal classifiers (二期),
    malformed numerals (十四五, 十五五: codes), ``X个一Y`` and quoted
    ``“两个维护”`` slogans, and classifiers that make terms rather than
    counts (二次供水, 三类人员, 两张皮) when the numeral is a single digit
    (三万头, 两百张 count); after a committing qualifier (至少配备一名,
    不少于二十份) any measure word counts, 一 included;
  * a numeral + 里/家 right before a place suffix: a place name (五里村,
    八里桥, 三家村);
  * a bare multiplier without a number (千家万户, 百亩) unless it is money
    (亿元项目 → 1亿元, a project-size threshold) or a 千/万/亿 threshold with
    以上/以下 (万头以上规模养殖场 → 1万头 >=);
  * a unit running on into a longer word (十四五期间, 3处理).
百分之六十 is read as 60 %.
Kind (the ordered rule table of :mod:`plan_analysis.extract.kind_rules`, then
``_Context.result``; ``extract --explain`` shows which rules fired):
  * ``result``: a target or rate already achieved — the nearest aspect or time
    marker before it says so (已, 完成了, 截至, 实现了; 同比 and 累计 only in a
    review, after 截至 or a past period, never after 力争/计划/全年), or it sits
    under a review heading (2024年工作回顾, 上半年工作完成情况, 主要成效,
    计划执行情况, 存在的问题) with no plan marker, or after a period before the
    plan year (2024年 in a 2025 plan, 去年, 1—10月, 今年以来); a plan word reaches
    only to the next ；, and 今年 under a review heading is the year reviewed; a
    share's base (占…的, 完成全年目标的) is neither a plan nor a done word, while
    the plan's own figure in it (占全年目标任务14亿元) stays a target; ``as_of``
    is the period that governs it (the nearest before it in its sentence, else
    its heading's), descriptors stay descriptors;
  * ``growth``: a percentage after a word of change (增长, 提高, 下降, 涨幅 …,
    also held: 涨幅控制在3%左右) or listed after one (分别增长5.5%和7%);
    a level to reach or keep (提高到72%, 稳定在, 保持在 without a word of
    change) is a target;
  * ``descriptor``: the quantity describes something rather than commits to
    it — a bare 亿元 or 万头以上 before a noun (at a clause end it is a
    target: 带动就业万人以上。); an age (65岁以上老年人); money before
    项目/工程 (10亿元以上项目) or before 的 (5000万元以上的项目); after 的
    (联建的3400亩, but not a ratio: 常住人口的12%, 2020年的1.4倍); after a capacity word in the same clause (年产, 总投资,
    设计日处理规模, 建成后年发电) unless the plan adds it (新增…日处理能力) or
    the capacity went to an earlier figure (日处理30吨的站1座); after 涉及;
    counts naming the document's structure (以下五个方面, 十件民生实事);
    a count of places (在3个社区, 进驻12个村); directly followed by
    another quantity (4个村1.2万亩: the scope); a 以上/以下 threshold
    before a noun and a later count (35蒸吨/小时以下锅炉8台); what already
    exists (共有12个村, 总人口5.6万人); a voltage class (110千伏变电站);
    inside parentheses, the title, or opening a quoted name (“十件民生实事”);
    the level before 由…提升至; the objects of 对… with a measure (对27家单位实行…);
    a count opening its clause before the rate of those things (7个断面…比例保持100%);
    剩余N个 at a clause start; a rated plant (20万吨/年…项目); after 可容纳, 惠及;
    a threshold right before a noun (56人以上大班额);
  * ``target``: everything else.
Qualifier (``_qualifier``): range (3-5项); suffix 以上/以内/以下/左右/多/余;
prefix 不少于, 至少, 突破, 超过, 不超过, 控制在, 约 … right before the number
(the multi-character ones up to a short verb away: 至少建成3座).
Deadline (``_Context.deadline``, the convention of benchmarks/README.md): a
time word before the mention in its own clause (a comma without a new verb
does not end it), else the nearest sentence opener (年底前，…) before it up to
。 across ；, else the first time word after it in its clause; descriptors and
results have none.

Cost is linear in the text: every repetition in the pattern is bounded (one
match spans at most :data:`MAX_MATCH_CHARS`), look-backs are windows of fixed
size, and per-mention lookups (outline, clauses, time words, markers, periods)
are bisections in lists built by one scan of the text.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterator
from datetime import date
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

from plan_analysis.errors import InputError
from plan_analysis.extract.deadlines import PERIOD, TIME_WORD, infer_year, plan_year, resolve_deadline
from plan_analysis.extract.discourse import (
    heading_tense,
    is_part_of_year,
    is_past,
    opening_genre,
    sentence_tenses,
)
from plan_analysis.extract.kind_rules import (
    _CLAUSE_BREAKS,
    _CN_DIGITS,
    _OPENING_QUOTES,
    _OPENS_CLAUSE,
    _PLAN_FIGURE_BEFORE,
    _PLAN_FIGURE_LAST,
    _THRESHOLD_SUFFIXES,
    _VERB_START,
    Mention,
    decide_kind,
    find_clause_words,
)
from plan_analysis.extract.numerals import parse_number
from plan_analysis.extract.units import UNITS
from plan_analysis.text.normalize import NormalizedText, normalize_file, normalize_text
from plan_analysis.text.outline import Outline, outline

__all__ = ["COLUMNS", "Quantity", "as_normalized", "extract_quantities", "iter_quantities"]


class Quantity(NamedTuple):
    """One quantity mention. A tuple in :data:`COLUMNS` order (cheap to make
    and to turn into a DataFrame row); fields by name as well."""

    doc: str | None
    text: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    value: float
    high: float | None
    unit: str
    qualifier: str
    kind: str
    deadline: str | None
    deadline_start: date | None
    deadline_end: date | None
    area: str | None
    measure: str | None
    sentence: str
    rule: str
    confidence: float
    as_of: str | None = None  # a result's period, as written (过去一年, 1—10月, 上半年)

    def as_dict(self) -> dict:
        return self._asdict()


COLUMNS = list(Quantity._fields)


# ------------------------------------------------------------------ pattern

_CN_ALL = _CN_DIGITS + "十百千万亿"
# A multiplier must not eat the first character of a unit (1.5亿千瓦时, 2百分点).
_MULT = r"(?:[十万亿]|千(?![瓦米克伏])|百(?!分)){1,4}"
# Every repetition is bounded, so that one match spans at most MAX_MATCH_CHARS
# characters and a long run of digits, numerals or separators costs a constant
# per position (linear in all), never a rescan of the run from each position.
# A number starts where a run of digits starts: inside a run (or after a
# letter or a point) it is a code or a fraction, never a quantity.
_NUM = (
    rf"(?:(?<![0-9A-Za-z.])\d{{1,15}}(?:,\d{{3}}){{0,5}}(?:\.\d{{1,8}})?"
    rf"(?:\s?(?:[多余](?=[十百千万亿]))?(?=[十百千万亿]){_MULT})?"
    rf"|[{_CN_ALL}]{{1,16}}(?:点[{_CN_DIGITS}]{{1,8}}[十百千万亿]{{0,2}})?)"
)
# A unit must not run on into a longer word (十四五期间, 3处理, 2台账).
_NOT_AFTER = {
    "期": "间限望待盼末初中刊",
    "次": "数序",
    "台": "账阶风",
    "条": "件例款理",
    "处": "理置罚",
    "所": "有以属得在谓",
    "部": "署分门件位",
    "项": "目",
    "种": "植类养子",
    "场": "所景地",
    "位": "置于列",
    "名": "单称义",
    "门": "户槛类",
    "道": "路德理",
    "口": "岸号径",
    "面": "积向对上",
    "节": "约能点日",
    "份": "额",
    "单": "位元",
    "批": "次准复",
    "起": "来步点草",
    "轮": "胎",
    "头": "等",
    "届": "时",
    "岁": "月末",
    "尾": "声款号矿水气",
    "羽": "毛绒",
    "幅": "度员",
    "立方": "体",
    "具": "体有备",
    "顶": "层端格级尖",
    "把": "关握手好控脉",
    "列": "入车为出表支",
    "班": "子组车级长",
    "层": "级面次",
    "桩": "基",
    "副": "职县镇乡市区主局书",
    "包": "括干保联村装容",
    "箱": "式",
    "顷": "刻",
    "餐": "饮厅",
    "遍": "布及地",
    "尊": "重",
    "卷": "入烟",
    "匹": "配",
}


def _unit_regex() -> str:
    forms = sorted((f for f in UNITS if f != "％"), key=len, reverse=True)
    parts = []
    for form in forms:
        esc = re.escape(form)
        if form in _NOT_AFTER:
            esc += f"(?![{_NOT_AFTER[form]}])"
        if form.isascii() and form[-1].isalpha():
            esc += r"(?![A-Za-z])"
        parts.append(esc)
    return "|".join(parts)


_QUANTITY = re.compile(
    rf"(?=[\d{_CN_ALL}])(?:"
    # 百分之六十: a percentage written out in words (60 %).
    rf"百分之(?P<pct>{_NUM})"
    rf"|(?P<n1>{_NUM})(?P<p1>\s?%)?"
    rf"(?:\s?(?P<sep>-|—|–|~|至|到)\s?(?P<n2>{_NUM}))?"
    rf"(?P<more>多|余)?\s?"
    rf"(?:(?P<unit>{_unit_regex()})"
    # 新增就业人数超1200万。, 其中工业投资284.7亿: a multiplier at the clause's end, its unit
    # left to the word it counts (see _implied_unit).
    rf"|(?P<implied>(?<=[0-9][万亿])(?=(?:及以上|以上|以下|以内|左右)?(?:[。；;，,、）)…\s]|$)))))"
    rf"(?P<suffix>及以上|以上|以下|以内|之内|左右)?"
)

# How sure a mention is, by how it is written: Arabic digits read reliably,
# a bare multiplier (亿元项目) less, Chinese numerals least (they also make
# slogans and names); any figure next to damaged text (U+FFFD) is doubtful.
CONFIDENCE_DIGITS = 0.95
CONFIDENCE_BARE = 0.85
CONFIDENCE_CHINESE = 0.8
CONFIDENCE_NEAR_DAMAGE = 0.5

# The longest text one match can span (bounded repetitions above); tests check it.
MAX_MATCH_CHARS = 128
# The ``sentence`` column of a mention in a longer sentence (a list without
# full stops) is the window of this many characters around it, so that the
# output grows with the text, not with mentions × sentence length.
MAX_SENTENCE_CHARS = 400

_ORDINAL_CLASSIFIERS = set("期号级等届批")
# Classifiers that, after a Chinese numeral, count things (十件, 两个, 三所);
# the others mostly make terms (二次供水, 三类人员, 两头, 五位一体).
_CHINESE_COUNT_CLASSIFIERS = set("个件项家所座户名条处人村套台份辆艘栋幢株棵盏册") | {
    "人次",
    "户次",
    "家次",
    "批次",
    "件次",
    "车次",
    "场次",
    "台(套)",
}
# Any measure word counts after a committing qualifier (不少于二十份, 至少一名).
_COMMITTING_PREFIX = re.compile(
    r"(?:不少于|不低于|不小于|至少|突破|超过|多于|不超过|不多于|控制在)[\u4e00-\u9fff]{0,3}$"
)
# A Chinese numeral + 里/家 right before a place suffix is a place name
# (五里村, 八里桥, 十里铺, 三家村), not a length or a count.
_PLACE_NAME_AFTER = {
    "里": re.compile(r"[村镇乡庄屯铺桥湾沟河店坡岭寨堡街巷坪塘社]"),
    "家": re.compile(r"[村庄屯铺店寨堡湾沟](?![级集民委])"),
}
# A bare multiplier is a threshold when 以上/以下 follows: 万头以上规模养殖场.
_BARE_MONEY = {"亿", "千万", "百万", "百亿", "千亿", "万亿"}
_CURRENCIES = {u.name for u in UNITS.values() if u.dimension.startswith("currency:")}

_PREFIX = re.compile(
    r"(?P<ge>不少于|不低于|不小于|至少|突破|超过|多于|大于|高于|逾|(?<![赶高])超)"
    r"|(?P<le>不超过|不高于|不多于|不大于|低于|少于|控制在|压减至|压缩至|压降至)"
    r"|(?P<ap>(?<![签节制预合公条邀相契])约|(?<![最附临就靠])近)"
    r"|(?P<eq>达到|达|实现|完成)"
)
# Multi-character qualifiers may stand a verb away (至少建成3座); one-character
# ones (超, 逾, 约, 近, 达) only right before the number.
_PREFIX_AT_END = re.compile(
    rf"(?:{_PREFIX.pattern})\s?$"
    r"|(?P<ge2>不少于|不低于|至少|力争突破|超过)[\u4e00-\u9fff]{1,3}$"
    r"|(?P<le2>不超过|不高于|控制在)[\u4e00-\u9fff]{1,3}$"
)
# The first characters of every alternative of _PREFIX_AT_END (tests check that
# it covers them): a window without one cannot hold a prefix.
_PREFIX_START = re.compile("[不至突超多大高逾低少控压约近达实完力]")
_MORE_INSIDE = re.compile(r"\d[多余]")
_SUFFIX_QUALIFIER = {"及以上": ">=", "以上": ">=", "以下": "<=", "以内": "<=", "之内": "<=", "左右": "~"}


def as_normalized(source, *, doc: str | None = None) -> tuple[NormalizedText, str | None]:
    """Accept text, bytes, a NormalizedText or a path; return it normalised.

    A ``str`` is a path when it names an existing file; a ``str`` that only
    looks like one (a single line ending in a file suffix such as ``.txt``,
    or starting with ``/``, ``./``, ``~`` or a drive) is refused with an
    :class:`~plan_analysis.errors.InputError` rather than read as text. Pass
    ``text=`` or ``path=`` to :func:`extract_quantities` to say which you mean.
    """
    if isinstance(source, NormalizedText):
        return source, doc or (Path(source.source).name if source.source else None)
    if isinstance(source, os.PathLike) or (
        isinstance(source, str) and len(source) < 4096 and "\n" not in source and _is_file(source)
    ):
        nt = normalize_file(source)  # a missing file: read_text's InputError
        return nt, doc or Path(source).name
    if isinstance(source, str) and _LOOKS_LIKE_PATH.match(source):
        raise InputError(
            "file does not exist", path=source, expected="an existing file (to extract from a string, pass text=...)"
        )
    if isinstance(source, (str, bytes, bytearray, memoryview)):
        return normalize_text(source, source=doc), doc
    raise TypeError(f"cannot extract quantities from {type(source).__name__}")


# One line, no sentence punctuation, and a file suffix or a path's start.
_LOOKS_LIKE_PATH = re.compile(
    r"(?=[^\n，。；！？、]{1,4096}\Z)(?:.*\.[A-Za-z][A-Za-z0-9]{0,4}\s*\Z|\s*(?:/|\./|\.\./|~|[A-Za-z]:[\\/]))"
)


def _is_file(s: str) -> bool:
    try:
        return os.path.isfile(s)
    except (OSError, ValueError):
        return False


# Offsets of a scan's matches by C-level map (a list comprehension calls back into Python per match).
_START, _END = re.Match.start, re.Match.end


class _Context:
    """Per-document lookups, computed once: outline, clauses, time words."""

    def __init__(self, nt: NormalizedText, year: int | None, quarter: int | None, later: bool = False):
        self.text = nt.text
        self.outline: Outline = outline(nt)
        self.clause_breaks = list(map(_END, _CLAUSE_BREAKS.finditer(self.text)))
        # Time words of the whole text in one scan (they never cross a sentence end).
        # (Every match names a part of a year: a bare 2025年 never matches.)
        self._times = list(TIME_WORD.finditer(self.text))
        self._time_starts = list(map(_START, self._times))
        self._time_ends = list(map(_END, self._times))
        # An opener: a time word at a clause's start followed by a comma
        # (年底前，…); _last_opener[i] is the nearest opener at or before i.
        text = self.text
        self._last_opener, last = [], -1
        for i, m in enumerate(self._times):
            if text.startswith(("，", ","), m.end()) and (m.start() == 0 or text[m.start() - 1] in _OPENS_CLAUSE):
                last = i
            self._last_opener.append(last)
        self.full_stops = list(map(_END, _FULL_STOP.finditer(text)))
        self._periods = list(PERIOD.finditer(text))
        # Plan periods (全年, 今年 …) of the whole text, found once: searching each
        # mention's predicate instead costs O(predicate) per mention, quadratic
        # on a long list of comma clauses that share one predicate.
        self._plan_periods = list(_PLAN_PERIOD.finditer(text))
        self._plan_period_starts = list(map(_START, self._plan_periods))
        self._period_ends = list(map(_END, self._periods))
        self._headings: dict[str | None, tuple[bool | None, str | None]] = {None: (None, None)}
        self._predicate_starts: dict[int, int] = {}
        self._markers = list(_RESULT_OR_PLAN.finditer(text))
        self._marker_starts = list(map(_START, self._markers))
        self._marker_ends = list(map(_END, self._markers))
        self._marker_groups = [m.lastgroup for m in self._markers]
        self._plan_count = list(accumulate((m.lastgroup == "plan" for m in self._markers), initial=0))
        self._done_count = list(accumulate((m.lastgroup == "done" for m in self._markers), initial=0))
        self.plan_year = year if year is not None else plan_year(text)
        self.year = year if year is not None else infer_year(self.text)
        self.quarter = quarter
        title = self.outline.title
        self.title_end = self.text.find(title) + len(title) if title else -1
        # The tense of every sentence, decided once and shared by its figures.
        self.genre = opening_genre(text, title)
        if later and self.genre == "unknown":
            self.genre = "review"
        self.tenses = sentence_tenses(text, self.full_stops, self.plan_year, self.genre, opens_reviewing=later)
        # The clause words of the mention being decided (kind_rules.clause_words).
        self.clause_words_cache: tuple | None = None
        self.clause_word_matches = find_clause_words(text)
        self.clause_word_starts = [w.start() for w in self.clause_word_matches]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.clause_breaks, start)
        cs = self.clause_breaks[k - 1] if k else 0
        ke = bisect.bisect_left(self.clause_breaks, end)
        ce = self.clause_breaks[ke] if ke < len(self.clause_breaks) else len(self.text)
        return cs, ce

    def sentence_start(self, offset: int) -> int:
        """Start of the sentence up to 。！？ or a line break (across ；)."""
        k = bisect.bisect_right(self.full_stops, offset)
        return self.full_stops[k - 1] if k else 0

    def deadline(self, start: int, end: int, clause: tuple[int, int]):
        """The time word that governs a mention (benchmarks/README.md):

        1. a time word before the mention in its own clause (全年安排…60个);
        2. else the nearest *opener* before it in its sentence up to 。, across
           ；(年底前，…; a later opener takes over);
        3. else the first time word after the mention in its own clause.

        By bisection on the text's time words (they do not overlap, so their
        starts and ends are both sorted): O(log) per mention.
        """
        k = bisect.bisect_right(self._time_ends, start)
        if k:
            if self._time_starts[k - 1] >= self.predicate_start(clause[0]):
                return self._times[k - 1]
            j = self._last_opener[k - 1]
            if j >= 0 and self._time_starts[j] >= self.sentence_start(start):
                return self._times[j]
        k = bisect.bisect_left(self._time_starts, end)
        if k < len(self._times) and self._time_ends[k] <= clause[1]:
            return self._times[k]
        return None

    def predicate_start(self, clause_start: int) -> int:
        """Where the predicate of the clause at ``clause_start`` starts: a clause
        after a comma that does not open with a verb (，特色产业项目2个; ，其中…)
        shares the predicate before it; a verb (，计划完成投资…), ；or 。 starts
        a new one. Memoised and iterative: each clause is looked at once."""
        memo = self._predicate_starts
        chain = []
        cs = clause_start
        while cs not in memo:
            breaks = self.clause_breaks
            if cs == 0 or self.text[cs - 1] not in "，," or _VERB_START.match(self.text, cs):
                memo[cs] = cs
                break
            chain.append(cs)
            k = bisect.bisect_left(breaks, cs - 1)  # the break that ends the clause before
            cs = breaks[k - 1] if k else 0
        found = memo[cs]
        for c in chain:
            memo[c] = found
        return found

    def heading_verdict(self, title: str | None) -> tuple[bool | None, str | None]:
        """(True for a review heading, False for a plan heading, None for
        neither; the period it names) — once per heading."""
        verdict = self._headings.get(title)
        if verdict is None:
            review = heading_tense(title, self.plan_year)
            period = PERIOD.search(title)
            verdict = self._headings[title] = (review, period.group("p") if period else None)
        return verdict

    def result(
        self, start: int, loc, clause_start: int | None = None, clause_end: int | None = None
    ) -> tuple[bool, str | None]:
        """Whether a figure is already achieved, and the period it reports on."""
        if clause_end is not None and _ACTUAL_NEXT.match(self.text, clause_end):
            return False, None  # 失业率低于4.3%，实际3.48%: the plan's figure, then the outcome
        if (
            start
            and self.text[start - 1] in _PLAN_FIGURE_LAST
            and _PLAN_FIGURE_BEFORE.search(self.text, max(0, start - 4), start)
        ):
            return False, None  # 占全年目标任务14亿元: the plan's figure, quoted
        sentence_start = self.sentence_start(start)
        # The markers in the window before the mention, from the one scan of
        # the text: the nearest, and whether any is a plan or a done word.
        # Each lookup is made only on the branch that needs it (hot path).
        hi = bisect.bisect_right(self._marker_ends, start)
        window = max(sentence_start, start - _MARKER_WINDOW)
        lo = bisect.bisect_left(self._marker_starts, window, 0, hi)
        nearest = self._marker_groups[hi - 1] if hi > lo else None  # done | weak | plan | base
        # A plan word reaches to the next ；: 预计总产2.3万吨；建成电站8座 (in a
        # review) says nothing of the 8座. A done word or time opener before the
        # ；(截至9月底，…；…) still governs the whole sentence.
        segment = max(self.text.rfind("；", window, start), self.text.rfind(";", window, start)) + 1
        lo_plan = lo if segment <= 0 else bisect.bisect_left(self._marker_starts, segment, lo, hi)
        if nearest == "plan" and (hi - 1 < lo_plan or self._period_plan_word_in_review(hi - 1, loc)):
            k = hi - 2
            while (
                k >= lo
                and self._marker_groups[k] == "plan"
                and (k < lo_plan or self._period_plan_word_in_review(k, loc))
            ):
                k -= 1
            nearest = self._marker_groups[k] if k >= lo else None
        if nearest == "plan" and not (
            clause_start is not None
            and self._marker_starts[hi - 1] < self.predicate_start(clause_start)
            and self.reviews(start, loc) is True
        ):
            return False, None
        if clause_start is not None and self._plan_period_governs(start, clause_start, hi, loc):
            return False, None
        period = self._period_before(start, sentence_start)
        if nearest == "done":
            achieved = True
        else:
            review = self.reviews(start, loc)
            if nearest == "weak":
                # 同比, 累计 are weak: 力争…同比增长6% and 全年累计达到5个 are plans;
                # in a review, after 截至 or a past period (1—10月…同比增长), results.
                first = max(lo, lo_plan)
                plan_word = self._plan_count[hi] > self._plan_count[first] and any(
                    self._marker_groups[k] == "plan" and not self._period_plan_word_in_review(k, loc)
                    for k in range(first, hi)
                )
                done_word = self._done_count[hi] > self._done_count[lo]
                achieved = not plan_word and (
                    done_word or bool(review) or (period is not None and is_past(period.group("p"), self.plan_year))
                )
            elif review:
                # A plan year named before the figure in its sentence (经票决，2026年确定
                # 实事10项) is the plan, even in a passage that reviews -- but in a
                # bulletin the year named is the year reported on.
                achieved = not (
                    period is not None and self.genre != "review" and self._names_plan_year(period.group("p"))
                )
            else:
                achieved = period is not None and is_past(period.group("p"), self.plan_year)
        if not achieved:
            return False, None
        if period is not None:
            return True, period.group("p")
        went_on = self.tenses.continued[bisect.bisect_right(self.full_stops, start)]
        if went_on:
            return True, went_on  # 统计显示，2022年…；⏎ 固定资产投资增长13.7%: the period it goes on from
        inner, outer = self.heading_verdict(loc.measure), self.heading_verdict(loc.area)
        return True, inner[1] or outer[1]

    def reviews(self, start: int, loc) -> bool | None:
        """Whether the passage of a figure reviews the past: its sentence's own
        opening (2024年，… / 主要预期目标是) first, then its headings, then the
        tense carried from the sentences before (discourse.sentence_tenses)."""
        own, carried = self.tenses.at(bisect.bisect_right(self.full_stops, start))
        if own is not None:
            return own
        inner, outer = self.heading_verdict(loc.measure), self.heading_verdict(loc.area)
        if inner[0] is not None:
            return inner[0]
        if outer[0] is not None:
            return outer[0]
        return carried

    def _names_plan_year(self, period: str) -> bool:
        m = _YEAR_OPENING.match(period)
        return m is not None and self.plan_year is not None and int(m.group(1)) >= self.plan_year

    def _period_plan_word_in_review(self, k: int, loc) -> bool:
        """今年, 年内 in a review name the year reviewed, not a plan; 预计全年 there
        estimates the outcome of the year reviewed (预计全年地区生产总值增长6%), a result."""
        word = self._markers[k].group()
        if word not in ("今年", "年内", "预计"):
            return False
        if word == "预计":
            past = _ESTIMATED_YEAR.match(self.text, self._marker_ends[k])
            if past and self.plan_year is not None and int(past.group(1)) < self.plan_year:
                return True  # 据预计，2024年全省地区生产总值增长5.7%, read in 2025: the past year's outcome
        if word == "预计" and not _ESTIMATED_WHOLE_YEAR.match(self.text, self._marker_ends[k]):
            # 1至9月，投资预计增长20%: an estimate of the period the sentence opens
            # with; 今年种植油菜1.5万亩，预计总产0.3万吨: a forecast, still ahead.
            return self.tenses.opening[bisect.bisect_right(self.full_stops, self._marker_starts[k])] is not None
        return self.reviews(self._marker_starts[k], loc) is True

    def _plan_period_governs(self, start: int, clause_start: int, hi: int, loc) -> bool:
        """A plan period in the figure's own predicate (1—10月累计完成3亿元，全年完成投资5亿元):
        the figure is planned, whatever an earlier clause reported -- unless a done
        word follows that period (全年已完成…) or the section reviews the past
        (2024年工作回顾: 全年完成投资5亿元)."""
        j = bisect.bisect_left(self._plan_period_starts, self.predicate_start(clause_start))
        own = self._plan_periods[j] if j < len(self._plan_periods) else None
        if own is None or own.end() > start or _SHARE_BASE_AFTER.match(self.text, own.end()):
            return False  # (完成全年目标的72%: 全年 names the base of a share)
        year_before = _YEAR_RIGHT_BEFORE.search(self.text, max(0, own.start() - 6), own.start())
        if year_before and self.plan_year is not None and int(year_before.group(1)) < self.plan_year:
            return False  # 预计2020年全年实现地区生产总值1040亿元 in a 2021 plan: that year's whole, past
        k = bisect.bisect_left(self._marker_starts, own.end(), 0, hi)
        if self._done_count[hi] > self._done_count[k]:
            return False  # a done word between the period and the figure
        if self.reviews(start, loc) is not True:
            return True
        # A part of the year opening the sentence (1—10月累计完成投资3亿元，全年完成投资5亿元)
        # leaves 全年 the plan's year; a past year or span (2024年，…全年…) does not.
        inner, outer = self.heading_verdict(loc.measure), self.heading_verdict(loc.area)
        opening = self.tenses.opening[bisect.bisect_right(self.full_stops, start)]
        return inner[0] is None and outer[0] is None and opening is not None and is_part_of_year(opening)

    def _period_before(self, start: int, sentence_start: int):
        """The nearest period word before ``start`` in its sentence."""
        k = bisect.bisect_right(self._period_ends, start)
        text = self.text
        while k and self._periods[k - 1].start() >= sentence_start:
            period = self._periods[k - 1]
            p = period.start()
            # 由2025年的2.1%提高到2.3%, 比2024年下降3%: a comparison base's period
            # governs only the base figure right after it (2025年的2.1%).
            if _DEADLINE_AFTER.match(text, period.end()) and _CLAUSE_BREAK.search(text, period.end(), start):
                # 剩余部分预计11月底前完成；新开通4条公交线路: a deadline of
                # another clause dates nothing achieved in this one.
                k -= 1
                continue
            if p == 0 or text[p - 1] not in _COMPARISON_BEFORE or period.end() + 1 == start:
                return period
            k -= 1
        return None


_FULL_STOP = re.compile(r"[。！？!?\n]")
# A period written as a deadline (11月底前, 年底以前), and what ends a clause.
_DEADLINE_AFTER = re.compile(r"[以之]?前")
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_YEAR_OPENING = re.compile(r"(20\d\d)年")
# What an estimate is of: a past year (预计，2023年… / 预计2023全年…), the whole year (预计全年…).
# (预计，河北2022年…: the place may come first.)
_YEAR_RIGHT_BEFORE = re.compile(r"(20\d\d)年?$")
_ESTIMATED_YEAR = re.compile(r"[，,]?\s*[^\d，,。；;]{0,4}?(20\d\d)(?:年|(?=全年))")
_ESTIMATED_WHOLE_YEAR = re.compile(r"[，,]?\s*(?:20\d\d年?)?全年")
# (实际利用外资 is an indicator of its own: …增长17.4%；实际利用外资增长8.3% says nothing of the 17.4%.)
_ACTUAL_NEXT = re.compile(r"(?:[，,]\s?)?实际(?!利用|使用|到位|投资)")
# Periods that name the plan's own time (全年, 今年 but not 今年以来, 年内, 下半年).
_PLAN_PERIOD = re.compile(r"全年|今年(?!以来)|年内|本年度?|明年|下半年|年底前|年末前")
_SHARE_BASE_AFTER = re.compile(r"(?:目标|计划|任务)[^，,；;。\d]{0,4}?的")
# A period after 比, 较, 由, 从 is a comparison base (比2024年下降3%).
_COMPARISON_BEFORE = frozenset("比较由从")
# Aspect and time markers before a figure, nearest first wins: achieved
# (已, 累计完成, 截至, 实现了) or planned (力争, 计划, 确保, 将). 同比 alone is weak.
_RESULT_OR_PLAN = re.compile(
    r"(?=[已完截以实达取建新共同比较累力计预确争拟将要继再目下明年今占全])"
    # 占全年目标任务14亿元的52.9%, 占年度计划的83.8%: the base of a share
    # names the plan, but says nothing of whether the share is achieved.
    # 全年主要目标任务全面完成 names the plan and says it was met: the passage's tense decides.
    r"(?:(?P<base>占[^，,；;。！？\n]{1,20}?的|(?:主要)?目标任务(?:全面|圆满|顺利|胜利|超额)?完成|(?:全年|年度)?(?:目标|计划)(?:任务)?(?:\d[\d.]*[万亿]?[\u4e00-\u9fff]{1,3})?的)|(?P<done>已经?|实际(?:完成|为|达到|值为)|完成了|截[至止]|以来|实现了|达到了|取得了|建成了|新增了|共完成|共建成|共发放|共培训)"
    r"|(?P<weak>同比|比上年同期|较上年同期|比去年同期|累计|[比较]上年末|[比较]年初)"
    r"|(?P<plan>力争|计划|预计|确保|争取(?!到)|拟|将|要(?![素求点闻件害])|继续|再|目标|下半年|明年|年底前|年内|今年(?!以来)))"
)
_MARKER_WINDOW = 60


def _qualifier(text: str, m: re.Match, num_start: int, unit_name: str) -> tuple[str, str]:
    n2, suffix, more, n1, pct = m.group("n2", "suffix", "more", "n1", "pct")
    if n2:
        return "range", "range"
    if suffix:
        return _SUFFIX_QUALIFIER[suffix], "suffix"
    written = n1 or pct
    if more or (("多" in written or "余" in written) and _MORE_INSIDE.search(written)):
        return ">=", "suffix"  # 3000余人, 1000多万元
    lo = max(0, num_start - 7)
    # The search tries every alternative at each of 7 places: first one scan
    # for a character that can start any of them (most windows have none).
    p = _PREFIX_START.search(text, lo, num_start) and _PREFIX_AT_END.search(text, lo, num_start)
    if p:
        if p.group("ge") or p.group("ge2"):
            return ">=", "prefix"
        if p.group("le") or p.group("le2"):
            return "<=", "prefix"
        if p.group("ap"):
            return "~", "prefix"
    return "=", "default"


_MULTIPLIER_VALUE = {"十": 10.0, "百": 100.0, "千": 1000.0, "万": 1e4, "亿": 1e8}
_TRAILING_MULTIPLIER = re.compile(r"[十百千万亿]+$")


# The words before a multiplier with no unit that say what it counts: people (人口, 就业人数)
# or money (投资, 总额, 收入). Only these: a bare 300万 elsewhere may count anything.
_IMPLIED_PEOPLE = re.compile(
    r"(?:人数|人口|人才(?:总量)?|就业|游客|劳动力|劳动者|职工|居民|学生|常住|户籍)[^，,。；;：:\d]{0,6}$"
)
_IMPLIED_MONEY = re.compile(
    r"(?:投资|总额|收入|总值|产值|销售额|营业额|营收|资金|增加值|减负|减税|降费|零售额|交易额|贷款|存款|补贴|支出)"
    r"[^，,。；;：:\d]{0,6}$"
)
_IMPLIED_LOOKBACK = 16  # characters before the figure searched for what it counts


def _implied_unit(text: str, start: int, n2: str | None):
    """The unit of a number with a multiplier and no unit (1200万 after 就业人数超 → 人), or None."""
    if n2 is not None:
        return None
    before = text[max(0, start - _IMPLIED_LOOKBACK) : start]
    if _IMPLIED_PEOPLE.search(before):
        return UNITS["人"]
    if _IMPLIED_MONEY.search(before):
        return UNITS["元"]
    return None


def _is_trap(text: str, m: re.Match, start: int, n1: str, n2: str | None, unit, chinese: bool) -> bool:
    """Ordinals, codes, slogans, durations: matches that are not quantities."""
    if unit.duration:
        # 重污染天数不超过3天: a count of days, not a span of time.
        k = text.rfind("天数", max(0, start - 12), start) if unit.name == "天" else -1
        return k < 0 or _CLAUSE_BREAKS.search(text, k, start) is not None
    if start > 0:
        before = text[start - 1]
        if before in "第.+几" or (before.isascii() and before.isalnum()) or (before == "数" and chinese):
            return True  # 第1篇, 1+19+N, PM2.5, G318, 数十个, 几百户 (not 人数3000人)
    if not chinese:
        return False
    if unit.name == "顷":
        return True  # 七顷: a place name; an area in 顷 is written in digits (开垦20顷)
    unit_end = m.end("unit")
    place = _PLACE_NAME_AFTER.get(unit.name)
    if place is not None and place.match(text, unit_end):
        return True  # 五里村, 八里桥, 三家村: place names
    if all(ch in "百千万亿" for ch in n1):
        if n2:
            return True
        if n1 in _BARE_MONEY and unit.name in _CURRENCIES:
            return False  # 亿元项目
        # 万头以上规模养殖场, 千亩以上: a threshold; 千家万户, 百亩良田: words.
        return not (
            n1[0] in "千万亿"
            and m.group("suffix") in _THRESHOLD_SUFFIXES
            and (unit.dimension.startswith("count:") or unit.dimension in _MEASURE_DIMENSIONS)
        )
    if (
        (n1 == "一" or unit.dimension.startswith("count:"))
        and _COMMITTING_PREFIX.search(text, max(0, start - 7), start)
        and not text.startswith("一", unit_end)
    ):
        return unit.name in _ORDINAL_CLASSIFIERS and not n2  # 至少配备一名, 不少于二十份
    return (
        n1[0] in "零〇"  # 零部件
        or n1 == "一"  # 一批, 一村一品, 一个: an article, not a count
        or (unit.name in _ORDINAL_CLASSIFIERS and not n2)  # 二期
        or text.startswith("一", unit_end)  # 三个一批, 五位一体
        # Slogans use single digits (两个维护, 三头并进); 三万头, 二十间 count.
        or (
            unit.dimension.startswith("count:")
            and unit.name not in _CHINESE_COUNT_CLASSIFIERS
            and (len(n1) < 2 or not _CN_MULTIPLIER_CHARS.intersection(n1))
        )
        or (unit.name == "个" and start > 0 and text[start - 1] in _OPENING_QUOTES)  # “两个维护”
    )


_CN_MULTIPLIER_CHARS = frozenset("十百千万亿")
_MEASURE_DIMENSIONS = frozenset({"area", "length", "volume", "mass", "energy", "power", "container", "energy:coal"})


def _number(written: str, chinese: bool) -> float:
    if chinese:
        return _parse_cn_strict(written)
    if written[-1].isdigit() and "," not in written:
        return float(written)  # the common case: 8, 2.5, 50000 (no exception to raise)
    return parse_number(written.replace(" ", "").replace("多", "").replace("余", ""))


def _values(n1: str, n2: str | None, chinese: bool, bare: bool) -> tuple[float, float | None] | None:
    """(value, high) in base units, or None when the numbers do not read."""
    try:
        if bare:
            value = 1.0
            for ch in n1:
                value *= _MULTIPLIER_VALUE[ch]
            return value, None
        value = _number(n1, chinese)
        if not n2:
            return value, None
        high = _number(n2, not n2[0].isdigit())
    except ValueError:
        return None
    # 1-2万元: a multiplier written once applies to both ends.
    mult = _TRAILING_MULTIPLIER.search(n2)
    if mult and not chinese and not _TRAILING_MULTIPLIER.search(n1):
        for ch in mult.group():
            value *= _MULTIPLIER_VALUE[ch]
    return (value, high) if high >= value else None


def iter_quantities(
    normalized: NormalizedText,
    year: int | None = None,
    *,
    doc: str | None = None,
    quarter: int | None = None,
    later: bool = False,
) -> Iterator[Quantity]:
    """Yield the quantities of one normalised text, in text order.

    ``later``: the text is one published after a plan, given to ``track``. It
    reports unless its title or opening says it plans, and a report of both
    kinds (政府工作报告) opens with its review."""
    text = normalized.text
    ctx = _Context(normalized, year, quarter, later)
    located: dict[int, object] = {}  # sentence index → Location (one lookup per sentence)
    sentence_ends = ctx.outline._sentence_ends
    last_sentence = len(sentence_ends) - 1
    resolved: dict[str, tuple] = {}  # time word → its dates (one resolution per word)
    clause_breaks, n_breaks, n_text = ctx.clause_breaks, len(ctx.clause_breaks), len(text)
    bisect_right, bisect_left = bisect.bisect_right, bisect.bisect_left
    # Mentions come in text order: each step maps them by its ascending mapper.
    raw_spans = tuple(step.ascending_back_span() for step in reversed(normalized.steps))
    damaged = "\ufffd" in text  # most texts have no replacement character: no slice per mention
    previous = None
    for m in _QUANTITY.finditer(text):
        start = m.start()
        n1, n2, unit_form, pct = m.group("n1", "n2", "unit", "pct")
        if pct is not None:  # 百分之六十
            n1, unit = pct, _PERCENT
            if start > 0 and text[start - 1] in "第.+几":
                continue
            chinese, bare = not n1[0].isdigit(), False
        else:
            chinese = not n1[0].isdigit()
            unit = UNITS[unit_form] if unit_form is not None else _implied_unit(text, start, n2)
            if unit is None or _is_trap(text, m, start, n1, n2, unit, chinese):
                continue
            bare = chinese and all(ch in "百千万亿" for ch in n1)
        if n2 is None and not chinese and n1[-1].isdigit() and "," not in n1:
            value, high = float(n1), None  # the common case of _values: 8, 2.5, 50000
        else:
            values = _values(n1, n2, chinese, bare)
            if values is None:
                continue
            value, high = values
        end = m.end()
        k = bisect_right(clause_breaks, start)
        ke = bisect_left(clause_breaks, end, k)
        clause = (clause_breaks[k - 1] if k else 0, clause_breaks[ke] if ke < n_breaks else n_text)
        qualifier, q_rule = _qualifier(text, m, start, unit.name)
        kind, k_rule = decide_kind(_new_tuple(Mention, (ctx, m, start, end, clause, unit, bare, previous)))
        k = min(bisect_right(sentence_ends, start), last_sentence)
        loc = located.get(k)
        if loc is None:
            loc = located[k] = ctx.outline.locate_in_sentence(k, start)
        deadline = d_start = d_end = as_of = None
        # A from-level in a review (基地面积从26.8万亩增加到107.6万亩) is where the
        # period reviewed started: achieved, like the level it rose to.
        if kind != "descriptor" or (k_rule == "from-to" and ctx.reviews(start, loc) is True):
            achieved, as_of = ctx.result(start, loc, clause[0], clause[1])
            if achieved:
                kind, k_rule = "result", f"result/{k_rule}"
        if kind in ("target", "growth"):
            tm = ctx.deadline(start, end, clause)
            if tm is not None:
                deadline = tm.group()
                dates = resolved.get(deadline)
                if dates is None:
                    dates = resolved[deadline] = resolve_deadline(deadline, ctx.year, ctx.quarter)
                d_start, d_end = dates
        raw_start, raw_end = start, end
        for back in raw_spans:  # NormalizedText.raw_span without its checks (start < end here)
            raw_start, raw_end = back(raw_start, raw_end)
        if damaged and "\ufffd" in text[max(0, start - 3) : end + 3]:
            confidence = CONFIDENCE_NEAR_DAMAGE
        else:
            confidence = CONFIDENCE_BARE if bare else CONFIDENCE_CHINESE if chinese else CONFIDENCE_DIGITS
        previous = _new_tuple(
            Quantity,
            (
                doc,
                m.group(),
                start,
                end,
                raw_start,
                raw_end,
                value,
                high,
                unit.name,
                qualifier,
                kind,
                deadline,
                d_start,
                d_end,
                loc.area,
                loc.measure,
                loc.sentence if len(loc.sentence) <= MAX_SENTENCE_CHARS else _around(text, loc, start, end),
                f"{'bare' if bare else 'range' if n2 else 'words' if pct else 'number'}-{'unit' if unit_form or pct else 'implied'}/{q_rule}/{k_rule}",
                confidence,
                as_of,
            ),
        )
        yield previous


_PERCENT = UNITS["%"]
# Quantity(...) without the keyword handling of its generated __new__ (hot path).
_new_tuple = tuple.__new__


def _around(text: str, loc, start: int, end: int) -> str:
    """A window of a very long sentence around one mention (see MAX_SENTENCE_CHARS)."""
    half = max(0, MAX_SENTENCE_CHARS - (end - start)) // 2
    return text[max(loc.sentence_start, start - half) : min(loc.sentence_end, end + half)].strip()


_TWO_DIGITS = re.compile(rf"[{_CN_DIGITS}]{{2}}")


def _parse_cn_strict(s: str) -> float:
    """Chinese numerals that read as one number (not 十四五, not 三五);
    a decimal may carry a multiplier (三点五亿 = 3.5e8)."""
    whole, point, fraction = s.partition("点")
    if len(whole) > 1 and all(ch in _CN_DIGITS for ch in whole):
        raise ValueError(f"digit string, not a count: {s!r}")
    if _TWO_DIGITS.search(whole.replace("零", "").replace("〇", "")):
        raise ValueError(f"not a well-formed numeral: {s!r}")
    multiplier = 1.0
    if point:
        mult = _TRAILING_MULTIPLIER.search(fraction)
        if mult:
            for ch in mult.group():
                multiplier *= _MULTIPLIER_VALUE[ch]
            s = s[: len(s) - len(mult.group())]
    return parse_number(s) * multiplier


def extract_quantities(
    text_or_path=None,
    year: int | None = None,
    *,
    doc: str | None = None,
    quarter: int | None = None,
    text=None,
    path=None,
):
    """Extract every quantity into a pandas DataFrame (columns: :data:`COLUMNS`).

    Give exactly one source: ``text=`` (a str or bytes of plan text),
    ``path=`` (a file), or positionally ``text_or_path`` — a NormalizedText,
    bytes, a ``Path``, or a str: a str naming an existing file is read, a str
    that looks like a path but is not a file raises
    :class:`~plan_analysis.errors.InputError` (never silently read as text),
    any other str is the text. ``year`` is the plan year for deadline dates
    (inferred from the text when None).
    """
    import pandas as pd

    given = [x is not None for x in (text_or_path, text, path)]
    if sum(given) != 1:
        raise TypeError("extract_quantities() takes exactly one of text_or_path, text= or path=")
    if text is not None:
        if not isinstance(text, (str, bytes, bytearray, memoryview)):
            raise TypeError(f"text= takes str or bytes, not {type(text).__name__}")
        nt = normalize_text(text, source=doc)
    elif path is not None:
        nt, doc = normalize_file(path), doc or Path(path).name  # a missing file: read_text's InputError
    else:
        nt, doc = as_normalized(text_or_path, doc=doc)
    rows = list(iter_quantities(nt, year, doc=doc, quarter=quarter))  # tuples in COLUMNS order
    frame = pd.DataFrame.from_records(rows, columns=COLUMNS)
    return frame.astype({"value": "float64", "high": "float64"})
