"""Milestones: dated or named tasks that carry no quantity.

A plan commits to figures (8亿元, 200户) and to tasks that are done or not
(10月底投产即满产, 11月底前化解一批信访积案, 项目签约、落地). The quantity
extractor finds the first kind; this module finds the second, clause by clause
(clauses end at ``，,：:`` and at sentence ends):

* ``deadline``: the clause holds a time word that dates an action
  (10月底, 11月底前, 年底前, 四季度, 年内 …). A whole-year word (全年, 今年)
  alone is too weak — every sentence of an annual plan is "this year" — and a
  time word that names a period as a noun (四季度各项重点工作, 全年工作的) does
  not date anything;
* ``verb``: the clause ends a task with a completion verb (投产, 竣工, 落地,
  签约, 投入运营, 建成投用 …). 完成 counts only with an object after it
  (完成道路改造), not in 如期完成 or 完成时限;
* either way, the clause must carry no target, growth rate or achieved figure
  (those are quantity rows; descriptors such as a capacity 年产50000套 may
  stand in a milestone's clause), must not report what was already done
  (已, 累计), and must lie in the plan's body (not in a heading, nor in the
  preamble before the first area when the plan has areas).

The deadline is the clause's time word, else the nearest one before it in its
sentence (as for quantities), else none (the plan's period applies).
``rule`` names what decided (``deadline+verb``, ``deadline``, ``verb``) and
``confidence`` how sure the rule is.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import NamedTuple

from plan_analysis.extract.deadlines import TIME_WORD, resolve_deadline
from plan_analysis.text.normalize import NormalizedText
from plan_analysis.text.outline import Outline, outline

__all__ = ["COMPLETION_VERB", "Milestone", "find_milestones", "iter_milestones"]


class Milestone(NamedTuple):
    text: str  # the clause, trimmed
    start: int
    end: int
    verb: str | None
    deadline: str | None
    deadline_start: date | None
    deadline_end: date | None
    area: str | None
    measure: str | None
    sentence: str
    rule: str
    confidence: float


# Verbs that finish a task; longest first so 投入运营 wins over 运营. Not
# before 后 (建成后年发电…, 达产后可年产…: a condition describing a capacity).
COMPLETION_VERB = re.compile(
    r"(?:投入运营|投入使用|投入生产|建成投用|建成投运|建成运营|正式运营|正式投运|投运|投用|投产|达产|竣工|完工|"
    r"交付使用|交付|通车|并网|签约(?!仪式|率)|落地(?!见效|生根|生效|率)|开工(?!率)|揭牌|挂牌(?!督办)|(?<!线)上线(?!下)|"
    # 验收 as a noun (验收关, 验收结果, 验收不达标的村) finishes nothing; 挂牌督办 is supervision.
    r"验收(?!合格|标准|关|结果|不|工作)|建成(?![区率])|"
    # 完成 with an object after it (完成道路改造), not 如期完成 / 完成时限 / 完成全年目标任务.
    r"完成(?=[\u4e00-\u9fff]{2})(?!时限|任务|目标|情况|率|度|时间|全年|年度|各项|上级))(?!后|以后)"
)
# Quantity kinds that make a clause a quantity row, not a milestone.
_QUANTITY_KINDS = frozenset({"target", "growth", "result"})
_CLAUSE_BREAK = re.compile(r"[，,：:]")
# What was already done is a result, not a task.
_PAST = re.compile(r"已经|已(?![有知])|累计|截至|截止|去年|上年")
# A time word used as a noun: 四季度各项重点工作, 全年工作的冲刺期, 四季度攻坚战.
_ATTRIBUTIVE = re.compile(r"各项|各类|的|工作|重点|任务|攻坚战|期间|以来|目标|指标")
_WEAK_TIME = frozenset({"全年", "全年度", "今年", "本年度", "明年"})


def _time_words(text: str, start: int, end: int) -> list[re.Match]:
    found = []
    for m in TIME_WORD.finditer(text, start, end):
        if m.group("year") and not any(m.group(g) for g in ("md", "m", "q", "half", "ye", "whole", "by_year")):
            continue  # 2025年 alone is a date, not a deadline
        found.append(m)
    return found


# A clause that states a principle, a prohibition or a purpose, not a task done by a date:
# 坚持"首厕过关", 杜绝新建即闲置, 严把材料进场关, 为确保各项工作年底圆满收官.
_NOT_A_TASK = re.compile(r"坚持|杜绝|严禁|严把|防止|避免|为(?:确保|了|加快|推动|推进|进一步|切实)")
# A routine (每月组织一次交叉检查, 每半月通报一次进展, 定期巡查) recurs: it is never done by a date.
_ROUTINE = re.compile(r"每(?:[一两半]?[日天周旬月年]|季度?|星期)|定期|常态化")
# A phase of a campaign (1月至3月为部署阶段) describes the schedule, not a task.
_PHASE = re.compile(r"月(?:份)?\s*[至到—-]\s*[\d一二三四五六七八九十]{1,2}月[^，,。；;]{0,4}为[\u4e00-\u9fff]{0,6}阶段")


def _dating(text: str, m: re.Match, clause_end: int) -> bool:
    """True when the time word dates an action rather than naming a period.

    Not: a period as a noun (四季度各项工作), a slogan (一月一调度).
    """
    return not (_ATTRIBUTIVE.match(text, m.end(), clause_end) or text.startswith("一", m.end()))


def _heading_spans(tree: Outline, rows: _TableRows) -> list[tuple[int, int]]:
    """Spans of headings that are labels (紧盯重大项目落地), not tasks.

    A numbered list item whose "title" is a whole sentence (2.春节前发放救助金，
    确保5月底前完成…扩建) is a task: only a title without a clause break or a
    time word, or a heading standing alone on its line, is a label. A row of a
    schedule table that holds a time word (``2 青溪老街有机更新 城建办 …完工 9月底前``)
    is read as tasks and deadlines, whatever the outline took it for.
    """
    spans = []
    text = tree.text
    for h in tree.headings:
        at = text.find(h.title, h.start)
        if at < 0:
            continue
        line_end = text.find("\n", at)
        alone = not text[at + len(h.title) : line_end if line_end >= 0 else len(text)].strip()
        dated = bool(_time_words(h.title, 0, len(h.title)))
        label = not _CLAUSE_BREAK.search(h.title) and not dated
        if dated and rows.is_row(at):
            continue  # a row of a schedule table (序号 任务 … 时间节点): its cells are tasks and deadlines
        if h.level == 5 or alone or label:
            spans.append((h.start, at + len(h.title)))
    return spans


# A table's cells, as they reach the text: split by | (a pasted grid) or, on a
# line without sentence punctuation, by the spaces a tab became.
_BAR_CELL = re.compile(r"\s*[|｜]\s*")
_SPACE_CELL = re.compile(r"[ \u3000]+")
_SENTENCE_PUNCTUATION = re.compile(r"[，,。；;]")
# A row has at least this many cells (序号 | 任务 | 时限 …); fewer spaces are a name's or a date's.
_TABLE_CELLS = 4


class _TableRows:
    """Which lines of a text are table rows, and where their cells break.

    A table row (``5 | 新增城乡公交线路3条 | 6月底前：开通…快线``) is one line with
    no full stop: without cutting it at its cells, the row's number, its target
    and its schedule would be one clause, and the schedule's time words would
    date nothing. Lines are found by bisection over the text's line ends and
    judged once each, so that a text of one long line stays linear.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._line_ends = [m.start() for m in re.finditer("\n", text)]
        self._cell: dict[int, re.Pattern[str] | None] = {}  # line index → its cell separator, None if no row

    def _line(self, at: int) -> tuple[int, int, int]:
        k = bisect.bisect_left(self._line_ends, at)
        start = self._line_ends[k - 1] + 1 if k > 0 else 0
        end = self._line_ends[k] if k < len(self._line_ends) else len(self._text)
        return k, start, end

    def _separator(self, at: int) -> re.Pattern[str] | None:
        k, start, end = self._line(at)
        if k not in self._cell:
            line = self._text[start:end].strip()
            if len(_BAR_CELL.split(line)) >= _TABLE_CELLS:
                self._cell[k] = _BAR_CELL
            elif not _SENTENCE_PUNCTUATION.search(line) and len(_SPACE_CELL.split(line)) >= _TABLE_CELLS:
                self._cell[k] = _SPACE_CELL
            else:
                self._cell[k] = None
        return self._cell[k]

    def is_row(self, at: int) -> bool:
        """Whether the line holding offset ``at`` is a table row."""
        return self._separator(at) is not None

    def split(self, start: int, end: int) -> list[tuple[int, int]]:
        """[start, end) cut at its row's cell separators (itself when its line is no row)."""
        cell = self._separator(start)
        if cell is None:
            return [(start, end)]
        pieces, at = [], start
        for m in cell.finditer(self._text, start, end):
            if m.start() > start and m.end() < end:
                pieces.append((at, m.start()))
                at = m.end()
        pieces.append((at, end))
        return pieces


class _SpanIndex:
    """Half-open spans, asked "does any span overlap [start, end)?" in O(log n).

    A clause is checked against every heading and counted quantity of its
    text; scanning them all made drafting quadratic in the text's length.
    Spans sorted by start, with the running maximum of their ends: some span
    starting before ``end`` overlaps exactly when the largest end among them
    lies after ``start``.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._max_end: list[int] = []
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self._max_end.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self._starts, end)
        return k > 0 and self._max_end[k - 1] > start


def _words_within(words: Sequence[re.Match[str]], starts: Sequence[int], start: int, end: int) -> list[re.Match[str]]:
    """The time words (sorted by start, ``starts`` their offsets) lying inside [start, end)."""
    k = bisect.bisect_left(starts, start)
    found = []
    while k < len(words) and words[k].start() < end:
        if words[k].end() <= end:
            found.append(words[k])
        k += 1
    return found


def iter_milestones(
    normalized: NormalizedText | str,
    year: int | None = None,
    *,
    quarter: int | None = None,
    quantities: Iterable | None = None,
) -> Iterator[Milestone]:
    """Yield the milestones of one normalised text, in text order.

    ``quantities``: the text's quantity mentions (anything with ``start``,
    ``end`` and ``kind``); when None they are extracted here.
    """
    text = getattr(normalized, "text", normalized)
    if quantities is None:
        from plan_analysis.extract.quantities import iter_quantities

        source = normalized if isinstance(normalized, NormalizedText) else NormalizedText(text=text, raw=text)
        quantities = iter_quantities(source, year, quarter=quarter)
    mentions = [(q.start, q.end, q.kind) for q in quantities]
    counted = _SpanIndex((a, b) for a, b, kind in mentions if kind in _QUANTITY_KINDS)
    figures = _SpanIndex((a, b) for a, b, _ in mentions)
    tree = outline(text)
    body_start = min((h.start for h in tree.areas), default=0)
    phases = _phases(text, tree, body_start)
    rows = _TableRows(text)
    # A phase's label (第一阶段（10月1日—10日）：) is a heading of the tasks after it, not a task.
    headings = _SpanIndex(_heading_spans(tree, rows) + [(p.label_start, p.label_end) for p in phases])
    sentences = [
        (sentence, *_clauses(text, tree, rows, sentence, body_start, headings, counted, figures))
        for sentence in tree.sentences
        if sentence.end > body_start
    ]
    lent = _lent_deadlines([clauses for _, _, clauses in sentences])
    _lend_phase_dates(phases, [clauses for _, _, clauses in sentences], lent)
    for k, (sentence, times, clauses) in enumerate(sentences):
        yield from _sentence_milestones(text, tree, sentence, times, clauses, lent.get(k, {}), year, quarter)


class _Phase(NamedTuple):
    """A dated phase of a campaign: its label, and the stretch of text its tasks fill."""

    label_start: int
    label_end: int
    dates: str  # as written: 10月1日—10日, 9月上旬
    scope_end: int


# A phase's name: 第一阶段, 动员部署阶段 (not 阶段性, 现阶段).
_PHASE_NAME = re.compile(r"(?:第[一二三四五六七八九十\d]{1,2}|[\u4e00-\u9fff]{2,6})阶段(?!性)")
_RANGE_TAIL = re.compile(rf"\s*(?:—{{1,2}}|–|-|~|～|至|到)\s*(?:{TIME_WORD.pattern}|\d{{1,2}}[日号])")
# The end of a phase's label: its bracket, its colon, and a short name standing
# as its own sentence after them (第一阶段（3月—4月）：动员部署。), which names the
# phase and is no task.
_LABEL_TAIL = re.compile(r"\s*[)）]?\s*[:：]?(?:\s*[\u4e00-\u9fff]{2,4}(?=\s*[。；;]))?")


# How far after a phase's name its dates may start, and what may not lie between.
_PHASE_DATES_WITHIN = 12
_CLAUSE_OR_SENTENCE_BREAK = re.compile(r"[，,；;。！？]")


def _phases(text: str, tree: Outline, body_start: int) -> list[_Phase]:
    """The dated phases of a text: a phase's name and dates on one line, its tasks after them.

    ``（一）动员部署阶段（10月1日—10日）。成立专班，制定方案。`` / ``第二阶段：集中整治（10月中旬至11月底）``:
    the tasks up to the next phase (or the next area) are due by the phase's end.
    A line naming several phases is a schedule (1月至3月为部署阶段，…), not a label.
    """
    area_starts = [h.start for h in tree.areas]
    found: list[tuple[int, int, str]] = []
    schedules: set[int] = set()  # lines naming several phases
    for name in _PHASE_NAME.finditer(text, body_start):
        line_start = text.rfind("\n", 0, name.start()) + 1
        line_end = text.find("\n", name.end())
        line_end = len(text) if line_end < 0 else line_end
        if line_start in schedules:
            continue
        if found and found[-1][0] == line_start:
            found.pop()
            schedules.add(line_start)
            continue
        # The dates follow the name within its label: 阶段（10月1日—10日）, 阶段：集中整治（10月中旬至11月底）.
        when = TIME_WORD.search(text, name.end(), min(line_end, name.end() + _PHASE_DATES_WITHIN))
        if when is None or _CLAUSE_OR_SENTENCE_BREAK.search(text, name.end(), when.start()):
            continue
        tail = _RANGE_TAIL.match(text, when.end(), line_end)
        dates_end = tail.end() if tail else when.end()
        label_end = _LABEL_TAIL.match(text, dates_end, line_end).end()  # type: ignore[union-attr]
        found.append((line_start, label_end, text[when.start() : dates_end]))
    phases = []
    for k, (label_start, label_end, dates) in enumerate(found):
        scope_end = found[k + 1][0] if k + 1 < len(found) else len(text)
        next_area = bisect.bisect_right(area_starts, label_end)
        if next_area < len(area_starts):
            scope_end = min(scope_end, area_starts[next_area])
        phases.append(_Phase(label_start, label_end, dates, scope_end))
    return phases


def _lend_phase_dates(phases: list[_Phase], sentences: list[list[_Clause]], lent: dict[int, Lent]) -> None:
    """Date the undated task clauses inside each phase by the phase's dates."""
    if not phases:
        return
    starts = [p.label_end for p in phases]
    for k, clauses in enumerate(sentences):
        for i, clause in enumerate(clauses):
            if not clause.eligible or clause.own or i in lent.setdefault(k, {}):
                continue
            at = bisect.bisect_right(starts, clause.start) - 1
            if at >= 0 and clause.start < phases[at].scope_end:
                lent[k][i] = (phases[at].dates, "phase")


class _Clause(NamedTuple):
    """One clause of a sentence, as the milestone rules see it."""

    start: int
    end: int
    own: list[re.Match[str]]  # time words inside it that date an action
    strong: list[re.Match[str]]  # those that are not a whole-year word (全年, 今年)
    verb: re.Match[str] | None
    lone: bool  # nothing but a time word, perhaps with a verb (年底前, / 11月底前完工)
    lends: bool  # a lone time word that is a deadline, so may date the task beside it
    label: bool  # a deadline's label (完成时限：, 时间节点：): the time word after it dates the task before it
    eligible: bool  # may be a task: long enough, no heading, no counted figure, not past
    when: str  # the deadline a lone clause lends, as written: its time word, or a range (10月19日至23日)
    bare: bool  # a time word and a predicate without object (10月底前建成通车): the subject is the clause before
    day: bool  # the lone time word is a calendar day (11月1日): it dates the task after it only
    report: bool  # it reports news (记者获悉…) rather than plans a task
    figure: bool  # it holds a quantity of any kind (涉及居民2960户): a description, not a project's name
    cell: bool  # it opens a table cell: a deadline leading into it came from another cell
    labelled: bool  # it ends in a bracket opening a deadline label (…通过省级审核（时间节点：11月30日）)


# After a time word, a start (11月起, 10月以来) or what came after it (9月后): not a deadline.
_NOT_BY = re.compile(r"起|开始|以来|以后|后")
# Before it, the first half of a range (1—9月): a reporting period, not a deadline.
_RANGE_END = re.compile(r"[\d一二三四五六七八九十]\s*[—–\-~～至到]\s*$")


def _lends(text: str, word: re.Match[str], start: int, end: int, *, ranged: bool = False) -> bool:
    """Whether a time word alone in its clause is a deadline that dates the task beside it.

    Not: a start (11月起), a reporting period (1—9月，截至年底), what was already
    done. A range (10月19日至23日) is a stretch of a schedule: it dates its task.
    (A calendar day alone dates only a task after it that is no report:
    see :func:`_lent_deadlines`.)
    """
    if _PAST.search(text, start, end):
        return False
    if ranged:
        return True
    if _NOT_BY.match(text, word.end(), end):
        return False
    return _RANGE_END.search(text, max(0, word.start() - 6), word.start()) is None


# A predicate with no object of its own (建成通车, 上线运行, 完成并恢复营业, 全部开工):
# written after a time word, its subject is the clause before (松坪至石门公路改建工程，
# 10月底前建成通车). Words of state and completion only, so that 完成主体改造 (an
# object) is a task of its own.
_BARE_PREDICATE = re.compile(
    r"(?:(?:全部|全面|基本|正式|如期|按期|顺利|并|及时)?"
    r"(?:建成|完成|完工|竣工|开工|通车|通水|通电|通气|上线|运行|运营|投用|投运|投产|投入使用|交付使用|交付|"
    r"使用|恢复|营业|开业|开放|招生|验收|到位|落地|启用|开通|办结))+"
)
# A note in brackets after a lone time word (第四季度（11月份）): part of the time word.
_TIME_NOTE = re.compile(r"\s*[(（][^()（）]{1,8}[)）]")


def _lone_time(text: str, strong: list[re.Match[str]], start: int, end: int) -> tuple[str, bool, bool]:
    """(the deadline a clause lends as written, whether it is a time word alone, whether its predicate is bare).

    Alone: the time word with at most ``LONE_SLACK`` characters more
    (11月底前完工), or a range (10月19日至23日, 4月至5月), or with a bracketed
    note (第四季度（11月份）).
    """
    if not strong:
        return "", False, False
    word = strong[0]
    if end - start <= len(word.group()) + LONE_SLACK:
        return word.group(), True, False
    if word.start() != start:
        return word.group(), False, False
    tail = _RANGE_TAIL.match(text, word.end(), end)
    if tail is not None and tail.end() == end:
        return text[start:end], True, False
    note = _TIME_NOTE.match(text, word.end(), end)
    if note is not None and note.end() == end:
        return word.group(), True, False
    return word.group(), False, _BARE_PREDICATE.fullmatch(text, word.end(), end) is not None


# How many characters besides its time word a clause may hold and still be
# "the time word alone": a trailing verb (11月底前完工) or particle (年底前前后).
LONE_SLACK = 2


def _clauses(
    text: str,
    tree: Outline,
    rows: _TableRows,
    sentence,
    body_start: int,
    headings: _SpanIndex,
    counted: _SpanIndex,
    figures: _SpanIndex,
) -> tuple[list[re.Match[str]], list[_Clause]]:
    """The sentence's time words, and its clauses (a table row's cut at its cells)."""
    times = _time_words(text, sentence.start, sentence.end)
    time_starts = [m.start() for m in times]
    found = []
    pieces = [
        (*piece, k > 0)
        for clause in tree.clauses(sentence)
        for k, piece in enumerate(rows.split(clause.start, clause.end))
    ]
    for piece_start, piece_end, cell in pieces:
        start, end = _trim(text, piece_start, piece_end)
        if start >= end or start < body_start:
            continue
        own = [m for m in _words_within(times, time_starts, start, end) if _dating(text, m, end)]
        strong = [m for m in own if m.group() not in _WEAK_TIME]
        verb = COMPLETION_VERB.search(text, start, end)
        when, lone, bare = _lone_time(text, strong, start, end)
        lends = lone and _lends(text, strong[0], start, end, ranged=when != strong[0].group())
        day = lone and bool(strong[0].group("md")) and not strong[0].group("by") and when == strong[0].group()
        label = _DEADLINE_LABEL.fullmatch(text, start, end) is not None
        bracket = max(text.rfind("（", start, end), text.rfind("(", start, end))
        labelled = bracket > start and _DEADLINE_LABEL.fullmatch(text, bracket, end) is not None
        eligible = not (
            end - start < 4
            or label
            or headings.overlaps(start, end)
            or counted.overlaps(start, end)
            or _PAST.search(text, start, end)
            or _PHASE.search(text, start, end)
            or _NOT_A_TASK.match(text, start, end)
            or _ROUTINE.search(text, start, end)
        )
        found.append(
            _Clause(
                start,
                end,
                own,
                strong,
                verb,
                lone,
                lends,
                label,
                eligible,
                when,
                bare,
                day,
                _REPORT.search(text, start, end) is not None,
                figures.overlaps(start, end),
                cell,
                labelled,
            )
        )
    return times, found


# A deadline's label, written after the task: 完成时限：11月底前 / 时间节点：12月底前.
_DEADLINE_LABEL = re.compile(r"[(（]?(?:完成|办结|实施|推进|工作)?(?:时限|时间节点|节点|时间|期限)(?:要求|安排)?")
# A short note inside a task's brackets (责任单位：县住建局，…): skipped when looking for the task.
_NOTE_CLAUSE = 12

# Clause index → (the deadline as written, the rule that lent it).
Lent = dict[int, tuple[str, str]]


def _lent_deadlines(sentences: list[list[_Clause]]) -> dict[int, Lent]:
    """Deadlines that a lone time word lends to the task clauses around it, by sentence and clause index.

    A time word alone in its clause dates the task that follows it
    (``10月底前，启动改造工程；`` / ``12月中旬，开展检查，建立台账``: every clause
    after it up to the next time word of the sentence). Written after the task
    (``推进道路硬化，11月底前完工``), it dates the clause before it: that is the
    reading when the lone clause carries a verb, or when no task follows it.
    A time word with a bare predicate after a subject (``石门水厂扩建，年底前建成通水``)
    dates the subject, which is the task's name; the predicate is no task of its own.
    A calendar day alone dates only a task after it, and not a report
    (``11月1日，锅炉房统一点火`` but not ``2月1日，记者获悉…``).
    After a label (``完成时限：11月底前``) it dates the task before the label,
    in the sentence before when the label opens its sentence, past the short
    notes of a bracket (``（责任单位：县住建局，完成时限：11月底前）``).
    """
    lent: dict[int, Lent] = {}
    for k, clauses in enumerate(sentences):
        mine = lent.setdefault(k, {})
        for i, clause in enumerate(clauses):
            before = clauses[i - 1] if i > 0 else None
            if clause.bare:
                subject = before is not None and before.eligible and not (before.own or before.verb or before.figure)
                if subject and i - 1 not in mine:
                    mine[i - 1] = (clause.when, "deadline-after")
                    mine[i] = (clause.when, _ABSORBED)
                continue
            if not clause.lone:
                continue
            if i > 0 and clauses[i - 1].label and (clause.lends or clause.day):
                for target in _tasks_before_label(sentences, k, i - 1):
                    if target[1] not in lent.setdefault(target[0], {}):
                        lent[target[0]][target[1]] = (clause.when, "deadline-label")
                continue
            if before is not None and before.labelled and (clause.lends or clause.day):
                if before.eligible and not before.strong and i - 1 not in mine:
                    mine[i - 1] = (clause.when, "deadline-label")
                continue
            if not clause.lends:
                continue
            after = clauses[i + 1] if i + 1 < len(clauses) else None
            leads = after is not None and after.eligible and not after.own and not after.cell
            if clause.day:
                # A day dates what is done on it; a report of that day is no task.
                leads = leads and after is not None and not after.report
            trails = before is not None and before.eligible and not before.strong and i - 1 not in mine
            if trails and not clause.day and (clause.verb is not None or not leads):
                mine[i - 1] = (clause.when, "deadline-after")
                continue
            if not leads:
                continue
            for j in range(i + 1, len(clauses)):
                if clauses[j].own or clauses[j].lone or clauses[j].cell:
                    break
                if clauses[j].eligible:
                    mine[j] = (clause.when, "deadline-before" if j == i + 1 else "deadline-before+")
    return lent


# The rule of a bare predicate clause that lent its deadline to its subject: not a milestone itself.
_ABSORBED = "absorbed"
# A clause that reports rather than plans: a news item's date line (2月1日，记者从县政府获悉…).
_REPORT = re.compile(r"记者|获悉|据悉|据了解|了解到|消息|报道|讯")


def _tasks_before_label(sentences: list[list[_Clause]], k: int, label: int) -> list[tuple[int, int]]:
    """(sentence, clause) of the tasks a deadline label refers to.

    In the label's sentence: the one task before it. When the label opens its
    sentence (``编制设计方案，经议事会讨论后公示。时间节点：4月底前。``), every
    undated task of the sentence before, back to a clause with a time word of its own.
    """
    clauses = sentences[k]
    for j in range(label - 1, -1, -1):
        c = clauses[j]
        if c.eligible and not c.strong and (j == 0 or c.end - c.start > _NOTE_CLAUSE or not clauses[j - 1].eligible):
            return [(k, j)]
        if c.strong:
            return []
    tasks: list[tuple[int, int]] = []
    if label == 0 and k > 0:
        previous = sentences[k - 1]
        for j in range(len(previous) - 1, -1, -1):
            if previous[j].strong:
                break
            if previous[j].eligible:
                tasks.append((k - 1, j))
    return tasks[::-1]


def _sentence_milestones(
    text: str,
    tree: Outline,
    sentence,
    times: list[re.Match[str]],
    clauses: list[_Clause],
    lent: Lent,
    year: int | None,
    quarter: int | None,
) -> Iterator[Milestone]:
    # Time words that date the rest of the sentence, for clauses without their own.
    dating_before = [m for m in times if _dating(text, m, sentence.end)]
    dating_ends = [m.end() for m in dating_before]
    for i, clause in enumerate(clauses):
        if not clause.eligible or clause.lone or lent.get(i, ("", ""))[1] == _ABSORBED:
            continue
        start, end, own, strong, verb = clause.start, clause.end, clause.own, clause.strong, clause.verb
        if strong and verb:
            rule, confidence = "deadline+verb", 0.75
        elif strong:
            rule, confidence = "deadline", 0.6
        elif i in lent:
            how = lent[i][1]
            rule = how + ("+verb" if verb else "")
            confidence = 0.7 if verb else (0.5 if how in ("deadline-before+", "phase") else 0.6)
        elif verb is not None:
            rule, confidence = "verb", 0.6
        else:
            continue
        if i in lent and not strong:
            deadline = lent[i][0]
        else:
            # The clause's own time word, else the nearest one before it in the sentence.
            k = bisect.bisect_right(dating_ends, start)
            before = dating_before[k - 1 : k]
            word = (strong or own or before or [None])[0]
            deadline = word.group() if word else None
        d_start, d_end = resolve_deadline(deadline, year, quarter) if deadline else (None, None)
        end = _before_open_bracket(text, start, end)
        loc = tree.locate(start)
        yield Milestone(
            text[start:end],
            start,
            end,
            verb.group() if verb else None,
            deadline,
            d_start,
            d_end,
            loc.area,
            loc.measure,
            loc.sentence,
            rule,
            confidence,
        )


def _before_open_bracket(text: str, start: int, end: int) -> int:
    """The clause's end, cut before a bracket it opens and does not close.

    ``开展燃气安全整治（责任单位：县住建局…）`` splits into clauses at the colon;
    the task is what precedes the bracket, the rest is the bracket's note.
    """
    depth, opened = 0, None
    for at in range(start, end):
        if text[at] in "（(":
            if depth == 0:
                opened = at
            depth += 1
        elif text[at] in "）)" and depth:
            depth -= 1
    if depth and opened is not None and opened - start >= 4:
        return opened
    return end


# A list marker opening a clause (2. / （三） / 一、 / 二是): part of the outline, not of the task.
_LIST_MARKER = re.compile(
    r"[一二三四五六七八九十]{1,3}(?:[、.]|是[，,]?)|[(（][一二三四五六七八九十\d]{1,3}[)）]、?|\d{1,2}[.．、](?!\d)"
    # 2.4月至5月: item 2 dated April to May (a month is never a decimal)
    r"|\d{1,2}[.．](?=\d{1,2}月)"
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause without its list marker, break, end punctuation and surrounding spaces."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in "，,：:。；;！!？?”’」』"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    marker = _LIST_MARKER.match(text, start, end)
    if marker:
        start = marker.end()
        while start < end and text[start].isspace():
            start += 1
    return start, end


def find_milestones(
    normalized, year: int | None = None, *, quarter: int | None = None, quantities: Iterable | None = None
) -> list[Milestone]:
    """Every milestone of a text, as a list (see :func:`iter_milestones`)."""
    return list(iter_milestones(normalized, year, quarter=quarter, quantities=quantities))
