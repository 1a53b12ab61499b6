"""Drafting a plan's indicator table from its text.

One row per target, growth rate and descriptor the quantity extractor finds
(figures already achieved, kind ``result``, are left out: they are not
commitments; nor are figures of the title, which describe the document), and one row per milestone (:mod:`plan_analysis.extract.milestones`),
in exactly the curated schema (:data:`~plan_analysis.plans.indicators.INDICATOR_COLUMNS`),
so that ``validate`` and ``report`` take the draft unchanged.

Decisions a reviewer should know:

* ids are ``a<k>.<t|d|m><n>``: area k in outline order (``a0`` outside any
  area), then kind (target, descriptor, milestone) and a counter in text
  order; the same text always gives the same ids;
* a growth rate becomes a ``target`` in % (the curated schema has no growth
  kind); the ``review`` column says it was a growth rate;
* periods follow ``data/README.md``: 全年 → the plan year, 四季度 → the
  quarter, another deadline → from the plan's start to the deadline, none →
  the plan's period; a deadline beyond the plan's year is clipped to the
  plan's end and flagged for review;
* ``parent_id``: a figure after 其中 belongs to the figure before it; a
  figure right after a scope (4个村1.2万亩) or threshold (亿元项目2个)
  belongs to it; a milestone whose clause holds a descriptor (年产50000套 …
  竣工) belongs to it;
* descriptors of an area without any target or milestone are left out
  (they describe nothing the plan tracks);
* ``review``: ``<confidence> <what decided>[; why to look]``, confidence
  from 0 to 1; rows below :data:`REVIEW_BELOW` are listed first for review.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import pandas as pd

from plan_analysis.extract.deadlines import TIME_WORD, resolve_deadline
from plan_analysis.extract.metadata import area_name, quarter_of, year_window
from plan_analysis.extract.milestones import Milestone, find_milestones
from plan_analysis.extract.quantities import Quantity, iter_quantities
from plan_analysis.plans.indicators import INDICATOR_COLUMNS
from plan_analysis.plans.naming import DOUBTFUL_NAME_CONFIDENCE, list_item_name, name_doubts
from plan_analysis.text.normalize import NormalizedText
from plan_analysis.text.outline import Outline, outline

__all__ = ["REVIEW_BELOW", "DraftContext", "draft_indicators", "review_confidence"]

REVIEW_BELOW = 0.8
# The area of rows outside every area heading (and of every row of a text without any).
OUTSIDE_AREAS, WHOLE_TEXT = "其他", "全文"
_KIND_ROW = {"target": "target", "growth": "target", "descriptor": "descriptor"}
_KIND_LETTER = {"target": "t", "descriptor": "d", "milestone": "m"}


@dataclass(frozen=True)
class DraftContext:
    """The plan facts rows depend on: year and period (validated dates)."""

    plan_year: int
    period_start: date
    period_end: date

    @property
    def quarter(self) -> int | None:
        return quarter_of(self.period_start, self.period_end)

    @property
    def window(self) -> tuple[date, date]:
        """The dates a row's period may use: the plan's period, widened to its year(s)."""
        return year_window(self.plan_year, self.period_start, self.period_end)


# ------------------------------------------------------------------ names

_CUT = re.compile(r"[、，,：:；;。！？!?\n]")
# Words around a quantity that are not the name of what is counted.
# 高标准 leads a manner (高标准推进…), but 高标准农田 is the thing counted.
_LEAD_WORDS = re.compile(
    r"^(?:确保|力争|争取|努力|全力|紧盯|推动|推进|同步推进|同步|持续|加快|着力|全面|以及|及|和|与|其中|"
    r"高标准(?!农田|基本农田)|高质量|扎实|积极|稳步|有序|要|将|计划|预计|共|累计|完成|实现|实施|达到|达|新建|建成|完善|做好|抓好|开展)+"
)
_TRAIL_WORDS = re.compile(r"(?:的?目标任务|的?目标|的?任务|工作|工程|以上|左右|等|各|分别)+$")
_QUALIFIER_WORDS = re.compile(
    r"(?:不少于|不低于|至少|突破|超过|达到|控制在|保持在|稳定在|(?<!签)约|近|达|在|为|合计|总计|共计|提高到|提升至"
    r"|(?:力争|确保|争取)实现)+$"
)
_RIGHT_STOP = re.compile(
    r"以及|及|和|与|等|,|，|、|尽快|尽早|如期|按期|签约|落地|竣工|投产|达产|的[\u4e00-\u9fff]{0,2}(?:项目|工程)"
)
_MAX_NAME = 24


def _strip_time_words(s: str) -> str:
    return TIME_WORD.sub("", s)


def _clean(s: str, *, lead: bool = True) -> str:
    s = _strip_time_words(s)
    for _ in range(3):
        if lead:
            s = _LEAD_WORDS.sub("", s.strip())
        s = _TRAIL_WORDS.sub("", s).strip()
    return s.strip("“”\"'()（） ")


def _quantity_name(
    text: str, q: Quantity, previous: Quantity | None, following: Quantity | None, listed: Quantity | None = None
) -> tuple[str, bool]:
    """(name, fell back): the thing counted, read from the quantity's segment of its clause
    (``listed``: the figure of a 分别 list whose item is named, when not ``q``)."""
    seg_start = _last_cut(text, q.start)
    left = text[seg_start : q.start]
    if previous is not None and previous.end > seg_start and previous.kind != "descriptor":
        # 6.5公里道路大中修以及3座危桥改造: the name starts after the joiner.
        left = _JOINERS.split(text[previous.end : q.start])[-1]
    elif previous is not None and previous.end > seg_start and not text[previous.end : q.start].strip():
        left = ""  # 4个村1.2万亩: the figure right after a scope names nothing itself
    elif previous is not None and previous.end > seg_start:
        # 投资5000万元以上的项目3个: the threshold qualifies the thing counted.
        left = text[seg_start : previous.start] + re.sub(r"^(?:以上|以下|及以上)", "", text[previous.end : q.start])
    if left.endswith("的"):
        left = ""  # 联建的3400亩稻麦基地: the name follows the figure
    seg_end = _next_cut(text, q.end)
    if following is not None and following.start < seg_end:
        seg_end = following.start
    right = text[q.end : seg_end]
    stop = _RIGHT_STOP.search(right)
    right = right[: stop.start()] if stop and stop.start() >= 2 else right
    if left.endswith(_EXAMPLES_END) and len(_clean(right, lead=False)) >= 2:
        # 开工建设维也纳酒店门前、龙泉街与兴华路交叉口等10个口袋公园: the places before 等 are
        # examples; what is counted is named after the figure.
        left = ""
    left = _YEAR_OPENING.sub("", _LIST_NUMBER.sub("", left.strip()))
    deed = _QUALIFIER_WORDS.sub("", _strip_time_words(left)).strip()
    left, right = _clean(_QUALIFIER_WORDS.sub("", _strip_time_words(left))), _clean(right, lead=False)
    if len(left) <= 1:
        left = ""
    name = (left + right) if len(right) >= 2 else left
    if (len(name) < 2 or _ONLY_DEED.fullmatch(name)) and _ONLY_DEED.fullmatch(deed):
        # 实施县乡公路路面改善提升工程，建成4000公里、开工8000公里: a bare deed is done to
        # what the clause before names.
        subject = _clean(_subject_before(text, seg_start))
        if len(subject) < 2 and previous is not None and text[previous.end : q.start].strip() == "、":
            subject = _clean(_subject_before(text, _last_cut(text, previous.start)))  # …、开工8000公里
        if len(subject) >= 2 and not _FIRST_FIGURE.search(subject):
            return (subject + deed)[-_MAX_NAME:], False
    if _RANKING.fullmatch(name) and previous is not None and text[previous.end : q.start].startswith("、"):
        # 地区生产总值增长7.5%、在全省地级市中率先突破4000亿元: a rank says how, not what; the
        # level is of what the item before it names.
        before, _ = _quantity_name(text, previous, None, None)
        before = _CHANGE_AT_END.sub("", before)
        if len(before) >= 2:
            return (before, False)
    if len(name) < 2 and seg_start and text[seg_start - 1] in "：:" and (label := _subject_before(text, seg_start)):
        return (label, False)  # 全员劳动生产率：达到20.5万元/人
    if (
        len(name) < 2
        and previous is not None
        and text[previous.end : q.start] == "、"
        and previous.kind != "descriptor"
    ):
        # 新开工改造城镇老旧小区67个、153万平方米: a second measure of the same thing
        # (or the next item of a 分别 list: 分别增长5%、7%).
        return _quantity_name(text, previous, None, q, listed or q)
    if len(name) < 2:
        name = _clean(text[_last_cut(text, q.start) : _next_cut(text, q.end)].replace(q.text, ""))
        if "分别" in name:  # the second figure of a 分别 list: its own item of the list
            return (_list_item_name(name, text, q, listed)[:_MAX_NAME], False)
        return ((name[:_MAX_NAME] if len(name) >= 2 else q.text), True)
    if _ONLY_CHANGE.fullmatch(name):
        name = _subject_before(text, seg_start) + name
    return (_balance_quotes(_list_item_name(name, text, q, listed)[-_MAX_NAME:]), False)


_EXAMPLES_END = ("等", "等共")
# A name that only ranks (在全省地级市中率先), and a word of change ending a name.
_RANKING = re.compile(r"在[\u4e00-\u9fff]{2,12}?中(?:率先|领先|首先|首个)?")
_CHANGE_AT_END = re.compile(r"(?:同比|比上年)?(?:增长|增速|增幅|涨幅|提高|提升|下降|降低|减少)$")
# A name that is a deed only (建成, 新开工): what is counted is named before it.
_ONLY_DEED = re.compile(r"(?:新|累计)?(?:建成|开工|完成|新建|改造|实施|建设|竣工|投用)")


# A name that is only a word of change (增长, 提高) says what happens, not to what.
_ONLY_CHANGE = re.compile(r"(?:同比|比上年)?(?:增长|增速|增幅|涨幅|提高|提升|下降|降低|减少)")
_FIRST_FIGURE = re.compile(r"\d")
_YEAR_OPENING = re.compile(r"^20\d\d年(?:度)?")


def _subject_before(text: str, seg_start: int) -> str:
    """What a bare word of change is about: the label before its colon
    (地区生产总值：增长6.5%左右) or the name opening the segment before it
    (地区生产总值突破3600亿元、增长10%以上); empty when neither names anything."""
    if seg_start < 1 or text[seg_start - 1] not in "：:、，,":
        return ""
    before = _LIST_NUMBER.sub("", text[_last_cut(text, seg_start - 1) : seg_start - 1].strip())
    before = _YEAR_OPENING.sub("", before)  # 2023年襄阳经济总量力争实现6400亿元，同比增长7.5%
    figure = _FIRST_FIGURE.search(before)
    if figure is not None:
        before = before[: figure.start()]
    before = _clean(_QUALIFIER_WORDS.sub("", before))
    return before if 2 <= len(before) <= _MAX_NAME // 2 else ""


def _list_item_name(name: str, text: str, q: Quantity, listed: Quantity | None = None) -> str:
    """The name of the item of a 分别 list that ``q`` (or ``listed``, a later figure of it) is
    (naming.list_item_name)."""
    cut = _last_cut(text, q.start)
    opener = text.rfind("分别", cut, q.start)
    item = listed or q
    index = len(_NUMBER.findall(text, opener, item.start)) if opener >= 0 else None
    if index is not None and cut > 0 and text[cut - 1] == "、" and "、" not in name:
        # 城镇、农村居民人均可支配收入分别增长5%、7%: the first name of the list is before the 、.
        first = text[_last_cut(text, cut - 1) : cut - 1].strip()
        if 1 <= len(first) <= _MAX_LISTED_NAME and not _FIRST_FIGURE.search(first):
            name = f"{first}、{name}"
    return list_item_name(name, index)


_MAX_LISTED_NAME = 6  # characters of a name listed before 、 (城镇、农村…)


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _balance_quotes(name: str) -> str:
    if name.count("“") != name.count("”"):
        name = name.replace("“", "").replace("”", "")
    return name


_JOINERS = re.compile(r"以及|及|和|与|、")
# A list item's number (1. / (2) / 三、) is not part of a name.
_LIST_NUMBER = re.compile(
    # (01 新改扩建公办幼儿园11所: an item's number and a space.)
    r"^(?:\d{1,2}[.．、](?!\d)|\d{1,2}[ \t\u3000]+(?=[\u4e00-\u9fff])|[(（]\d{1,2}[)）]、?|[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）]、?)"
)


def _last_cut(text: str, at: int) -> int:
    k = at
    while k > 0 and not _CUT.match(text, k - 1):
        k -= 1
    return k


def _next_cut(text: str, at: int) -> int:
    m = _CUT.search(text, at)
    return m.start() if m else len(text)


_QUANTITY_IN_NAME = re.compile(r"(?:年产|年处理|总投资|设计)?\d+(?:\.\d+)?(?:万|亿)?[\u4e00-\u9fff]?(?:\([^)]*\))?")


# A milestone's name keeps its verb (完成…搬迁, 建成…中心); only the framing goes.
_MILESTONE_LEAD = re.compile(
    r"^(?:确保|力争|争取|全力|紧盯|推动|推进|同步推进|同步|持续|加快|着力|全面|以及|其中|"
    r"要|将|计划|做好|抓好|攻坚|跟踪服务|跟踪推进)+"
)


def _milestone_name(text: str, m: Milestone) -> str:
    name = _QUANTITY_IN_NAME.sub("", _strip_time_words(_LIST_NUMBER.sub("", m.text))).strip(' “”"')
    name = _MILESTONE_LEAD.sub("", name)
    if len(name) < 6:
        # 3月底前完成光伏产业园一期主体工程，6月30日前竣工投产: the subject is in the clause before.
        before = text[_last_cut(text, m.start - 1) : m.start].strip(" ，,：:")
        subject = _clean(_QUANTITY_IN_NAME.sub("", _strip_time_words(before)))
        if subject and m.start - 1 >= 0 and text[m.start - 1] in "，,":
            name = f"{subject[-12:]}{name}"
    return _balance_quotes(name or m.text)[: _MAX_NAME + 6]


# ------------------------------------------------------------------- rows


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    a = start
    while a > 0 and text[a - 1] not in "，,：:；;。！？!?\n":
        a -= 1
    m = re.compile(r"[，,：:；;。！？!?\n]").search(text, end)
    b = m.start() if m else len(text)
    while a < b and text[a].isspace():
        a += 1
    return a, b


class _HeadingsByTitle:
    """The headings of an outline grouped by title, in text order.

    Every drafted row asks for the heading of its measure; scanning all
    headings for each row made drafting quadratic in the text's length.
    """

    def __init__(self, tree: Outline) -> None:
        self._groups: dict[str, list] = defaultdict(list)
        for h in tree.headings:
            self._groups[h.title].append(h)
        self._starts = {title: [h.start for h in group] for title, group in self._groups.items()}

    def holding(self, title: str, at: int):
        """The last heading titled ``title`` whose span holds ``at``, or None."""
        group = self._groups.get(title, [])
        # Only headings starting at or before ``at`` can hold it; the nearest usually does.
        for j in range(bisect.bisect_right(self._starts.get(title, []), at) - 1, -1, -1):
            if at < group[j].end:
                return group[j]
        return None


def _measure_marker(text: str, headings: _HeadingsByTitle, title: str | None, at: int) -> str | None:
    if not title:
        return None
    h = headings.holding(title, at)
    if h is None:
        return None
    m = re.match(r"[一二三四五六七八九十]+是|[(（]?[一二三四五六七八九十\d]+[)）、.．]?", text[h.start : h.start + 6])
    return m.group().strip() if m else None


def _period(word: str | None, ctx: DraftContext) -> tuple[date, date, str | None]:
    """(start, end, why to review) of a row's period, per data/README.md."""
    if not word:
        return ctx.period_start, ctx.period_end, None
    start, end = resolve_deadline(word, ctx.plan_year, ctx.quarter)
    if start is None or end is None:
        return ctx.period_start, ctx.period_end, f"deadline {word!r} not understood: the plan's period applies"
    m = TIME_WORD.fullmatch(word)
    span_word = m is not None and not m.group("by") and (m.group("whole") or m.group("q") or m.group("half"))
    if not span_word:
        start = min(ctx.period_start, end)
    low, high = ctx.window
    if end > high or start < low:
        return (
            ctx.period_start,
            ctx.period_end,
            f"deadline {word!r} lies outside the plan's year: period set to the plan's",
        )
    return start, end, None


def review_confidence(review: object) -> float:
    """The confidence a ``review`` cell starts with (1.0 when the cell is empty: a reviewed row)."""
    if not isinstance(review, str) or not review.strip():
        return 1.0
    try:
        return float(review.split()[0])
    except ValueError:
        return 0.0


def _review(confidence: float, rule: str, notes: list[str]) -> str:
    return f"{confidence:.2f} {rule}" + "".join(f"; {n}" for n in notes)


def draft_indicators(nt: NormalizedText, ctx: DraftContext, tree: Outline | None = None) -> pd.DataFrame:
    """The drafted ``indicators.csv`` of a text, in the curated schema (plus ``review``)."""
    text = nt.text
    tree = tree or outline(nt)
    quantities = list(iter_quantities(nt, ctx.plan_year, quarter=ctx.quarter))
    milestones = find_milestones(nt, ctx.plan_year, quarter=ctx.quarter, quantities=quantities)
    area_titles = [h.title for h in tree.areas]
    # 1-based number of each area title (its first occurrence), as list.index gave.
    area_number: dict[str, int] = {}
    for n, title in enumerate(area_titles, start=1):
        area_number.setdefault(title, n)
    headings = _HeadingsByTitle(tree)
    # Figures of the document's title (镇目标工作计划(2篇)) describe the document, not the plan.
    kept = [q for q in quantities if q.kind in _KIND_ROW and not q.rule.endswith("/title")]
    # A headline that quotes the plan's figure (…主要预期目标：地区生产总值增长8%左右), its body
    # stating it again: the body's figure is the indicator, the headline's a second copy of it.
    title_end = text.find(tree.title) + len(tree.title) if tree.title and tree.title in text else -1
    body = {(q.value, q.unit, q.kind) for q in kept if q.start >= title_end}
    kept = [q for q in kept if q.start >= title_end or (q.value, q.unit, q.kind) not in body]
    items: list[tuple[int, object]] = [(q.start, q) for q in kept] + [(m.start, m) for m in milestones]
    items.sort(key=lambda item: item[0])

    counters: dict[tuple[int, str], int] = {}
    rows: list[dict] = []
    by_start: dict[tuple[bool, int], dict] = {}
    position = {id(q): i for i, q in enumerate(kept)}
    for k, (at, item) in enumerate(items):
        loc_area = item.area
        area_index = area_number.get(loc_area, 0)
        kind = "milestone" if isinstance(item, Milestone) else _KIND_ROW[item.kind]
        key = (area_index, kind)
        counters[key] = counters.get(key, 0) + 1
        notes: list[str] = []
        if area_index == 0 and area_titles:
            notes.append("outside every area: set the area")
        row = dict.fromkeys(INDICATOR_COLUMNS)
        row.update(
            id=f"a{area_index}.{_KIND_LETTER[kind]}{counters[key]}",
            kind=kind,
            area=area_name(loc_area) if area_index else (OUTSIDE_AREAS if area_titles else WHOLE_TEXT),
            measure=_measure_marker(text, headings, item.measure, at),
            measure_title=item.measure,
        )
        if isinstance(item, Milestone):
            start, end, why = _period(item.deadline, ctx)
            row.update(
                name_zh=_milestone_name(text, item),
                deadline_text=item.deadline,
                period_start=start,
                period_end=end,
                span_start=item.start,
                span_end=item.end,
                source_phrase=item.text,
            )
            confidence = item.confidence
            if why:
                notes.append(why)
                confidence = min(confidence, 0.4)
            rule = f"milestone:{item.rule}" + (f"({item.verb})" if item.verb else "")
        else:
            q = item
            i = position[id(q)]
            following = kept[i + 1] if i + 1 < len(kept) else None
            name, fell_back = _quantity_name(text, q, kept[i - 1] if i else None, following)
            if q.rule.endswith("/scope") and following is not None:
                # 4个村1.2万亩高标准农田: the count of places the next figure covers.
                right = _clean(text[q.end : following.start], lead=False)
                name = f"{_quantity_name(text, following, q, None)[0]}涉及{right or q.unit}数"
            clause_start, clause_end = _clause_bounds(text, q.start, q.end)
            row.update(
                name_zh=name,
                target=q.value,
                high=q.high,
                unit=q.unit,
                qualifier=q.qualifier,
                quantity_text=q.text,
                span_start=q.start,
                span_end=q.end,
                source_phrase=text[clause_start:clause_end].strip(),
            )
            confidence = q.confidence
            if kind == "descriptor":
                confidence = min(confidence, 0.85)
            else:
                start, end, why = _period(q.deadline, ctx)
                row.update(deadline_text=q.deadline, period_start=start, period_end=end)
                if why:
                    notes.append(why)
                    confidence = min(confidence, 0.4)
            if q.kind == "growth":
                notes.append("a growth rate, kept as a target in %")
                confidence = min(confidence, 0.75)
            if fell_back:
                notes.append("name not found near the figure")
                confidence = min(confidence, 0.7)
            rule = f"{q.kind}:{q.rule}"
        if area_index == 0 and area_titles:
            confidence = min(confidence, 0.5)
        doubts = name_doubts(row["name_zh"])  # a name cut from a clause is reviewed first
        if doubts:
            notes += doubts
            confidence = min(confidence, DOUBTFUL_NAME_CONFIDENCE)
        row["review"] = _review(confidence, rule, notes)
        rows.append(row)
        by_start[(isinstance(item, Milestone), at)] = row
    _link_parents(text, rows, kept, milestones, by_start)
    frame = pd.DataFrame(_without_lone_descriptors(rows), columns=INDICATOR_COLUMNS)
    for column in ("period_start", "period_end"):
        frame[column] = frame[column].map(lambda d: d.isoformat() if isinstance(d, date) else None)
    # How many achieved figures were left out: a text of mostly these reports on a
    # plan rather than being one (draft says so, and points to track).
    frame.attrs["results_left_out"] = sum(q.kind == "result" for q in quantities)
    return frame


def _without_lone_descriptors(rows: list[dict]) -> list[dict]:
    """Rows without the descriptors of areas that hold no target or milestone.

    Such a descriptor describes nothing the plan tracks (办好以下十件民生实事 in a
    preamble: the document's own structure), and an area of descriptors alone is
    one the report cannot show (see plans.validation).
    """
    tracked = {r["area"] for r in rows if r["kind"] != "descriptor"}
    kept = [r for r in rows if r["kind"] != "descriptor" or r["area"] in tracked]
    ids = {r["id"] for r in kept}
    for r in kept:
        if r["parent_id"] is not None and r["parent_id"] not in ids:
            r["parent_id"] = None
    return kept


_OF_WHICH = re.compile(r"其中[,，:：]?\s*[\u4e00-\u9fff]{0,20}$")


def _link_parents(
    text: str,
    rows: list[dict],
    kept: list[Quantity],
    milestones: list[Milestone],
    by_start: dict[tuple[bool, int], dict],
) -> None:
    for i, q in enumerate(kept):
        row = by_start[(False, q.start)]
        if i == 0:
            continue
        prev = kept[i - 1]
        between = text[prev.end : q.start]
        if _OF_WHICH.search(between) and "。" not in between and "；" not in between:
            # 全年完成技改投入1亿元，其中，规上工业企业研发投入3000万元: part of the figure before.
            parent = next((kept[j] for j in range(i - 1, -1, -1) if kept[j].kind != "descriptor"), prev)
            row["parent_id"] = by_start[(False, parent.start)]["id"]
            continue
        if (
            row["kind"] == "target"
            and prev.kind == "descriptor"
            and len(between) <= 6
            and not re.search(r"[，,；;。、]", between)
        ):
            # 4个村1.2万亩, 亿元项目2个以上: the figure is counted within the scope before it.
            row["parent_id"] = by_start[(False, prev.start)]["id"]
    # The quantities inside a milestone start within its span: find them by bisection.
    ordered = sorted(kept, key=lambda q: q.start)
    starts = [q.start for q in ordered]
    for m in milestones:
        k = bisect.bisect_left(starts, m.start)
        while k < len(ordered) and ordered[k].start < m.end:
            q = ordered[k]
            if q.end <= m.end and q.kind == "descriptor":
                by_start[(True, m.start)]["parent_id"] = by_start[(False, q.start)]["id"]
                break
            k += 1
