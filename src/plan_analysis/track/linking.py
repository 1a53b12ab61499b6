"""Which plan indicator a later figure reports on.

A figure links to an indicator only when all of these hold (the rules of
``data/README.md``, "Tracking"):

* unit: the same dimension after conversion (万亩 and 亩, 亿元 and 万元);
  % and 个百分点 are different dimensions and never meet;
* rate or level: a rate of change (增长5.2%) reports on a growth target
  (增长5%左右), a level (失业率5.2%) on a level target (5.5%左右);
* period: its as-of date falls inside the indicator's period (so the next
  year's figures, and last year's, are left alone);
* not a range (各月…处在5%至5.3%之间: a spread, no value), and not the whole a part done is
  of (休闲步行道20公里中已完成7.42公里: the 20);
* not a restated target or a share of one: a figure right before 的目标任务
  or after 计划的 / 目标的 / 任务的 (完成年度计划的110%) is left out, and so is
  a figure equal to the indicator's target that a progress notice prints as
  the item it reports on (序号1：新增老年食堂15个。, 项目内容：…, a numbered
  heading, a quoted target) with no word of completion in its clause;
* the item reported on: in a notice that prints each item before its
  progress, a figure named by nothing but its being done (已有3个点位完成建设,
  已经完成，完成1座) reports on the item printed last with the same unit;
* area: a figure whose name or sentence opens with another place (张家界市开工率…,
  甘孜州…，但13.14%…) is not the plan's place's figure;
* not a part: after a breakdown opener (分产业看，… / 按消费形态分，…) a figure
  reports only on an indicator whose name holds all of its own; a place whose name
  extends the plan's (万州经开区 of 万州区) is a part of it;
* not other things counted: a count whose name ends with another noun than the
  indicator's, neither named in the other (义务教育学校 for 义务教育学位);
* not a quoted item's name ("…海塘18.4公里""…"等5个项目), nor the count after it;
* not part of a year's sum of money for an indicator due after the plan's period
  (上半年…生产总值23073亿元 against 到2027年…7万亿元);
* not work begun (3000户…已全部启动, unless the indicator is a start: 新开工), not
  a count of indicators by outcome (19项完成全年目标), not the task restated
  (年度任务为…); no indicator of another place's target inside the plan
  (卫辉市…提出…), no 全省 or 全国 figure for a city's plan, and no text whose
  first line names a part of the plan's place (长沙县 for 长沙市, ``rows``);
* the thing counted: both names are first written the same way
  (``lexicon/synonyms.txt``: 规上 is 规模以上, 第三产业 is 服务业); the figure's
  name, when it says what its amount is of, shares a bigram of what the
  indicator's name says its amount is of (the names without the measure words
  of ``lexicon/measures.txt``: 服务业 of 服务业增加值增长, so 化工行业增加值 is
  another indicator's figure; a word of ``lexicon/qualifiers.txt`` (人均, 非, 价格) in
  one name only, two of its alternatives (登记 and 调查), a part of ``lexicon/parts.txt``
  (规模以上) in the figure's name only, 产值 against 增加值, and two kinds of one head noun,
  便民市场 and 农贸市场, are other amounts), and the
  share of the indicator name's character bigrams found in the figure's name
  (:func:`name_similarity`) reaches :data:`MIN_SIMILARITY`.

Each figure goes to its most similar indicator (ties: the indicator of the
notice's item heading it stands under, more shared bigrams, the indicator whose
target it equals, the larger share of the indicator's name); for each indicator and date the most
similar figure wins, a body's over a headline's, and of one sentence's figures its total
(公助园总数达到60所 over 新吸收公助园8所). Another figure with a different value that is
about as similar (within :data:`CONFLICT_MARGIN`) is a conflict: both rows
are kept and marked, never chosen between silently, unless one is a count equal to
the target with no word of completion in its clause, the task restated (牵头两项：
新增助餐服务点227个… against 其中全市新增助餐服务点235个): the other wins.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import cache

import pandas as pd

from plan_analysis.extract.kind_rules import lexicon
from plan_analysis.extract.metadata import place_level, title_place
from plan_analysis.extract.places import short_name_place, sub_unit_names, without_autonomy
from plan_analysis.extract.units import UnitMismatchError, convert, dimension, parse_unit
from plan_analysis.track.figures import DONE_COLUMN as _DONE_COLUMN
from plan_analysis.track.figures import Figure, change_direction, list_index

__all__ = [
    "CONFLICT_MARGIN",
    "MIN_SIMILARITY",
    "Link",
    "TrackedIndicator",
    "link_figures",
    "name_similarity",
    "restates_target",
]

MIN_SIMILARITY = 0.34
CONFLICT_MARGIN = 0.05
# Words of an indicator name that say nothing about what is counted.
_GENERIC = re.compile(
    r"20\d\d年|全年|年度|今年|全省|全市|全国|全县|全区|全镇|该市|该县|该区|本市|本县|本区|力争|确保|实现|完成|达到|累计|新增(?=就业)"
    # 投资计划 in a plan, 投资完成情况 in its progress notice: both the investment.
    r"|(?:完成|进展)?情况$|(?<=投资)计划$"
    # 就业人数 counts what 就业 does: the unit says it is a count of people.
    r"|(?<=[\u4e00-\u9fff]{2})(?:人数|数量)$"
)
_GROWTH_NAME = re.compile(r"增长|增速|涨幅|提高|降低|下降|减少")
# (休闲步行道20公里中已完成7.42公里: the whole the part done is of, the target.)
_TARGET_AFTER = re.compile(r"^(?:的)?(?:年度)?(?:目标|任务|计划)|^中[，,]?(?:已|现已|目前|共|累计)")
_SHARE_BEFORE = re.compile(r"(?:计划|目标|任务|指标)(?:任务)?的?$|进度$|年均|平均每年")
_PLACE = re.compile(
    # (今年全市…: a time word and 全市, no name; a name holds no 全, 本, 我, 的; 按广州市…核算: the source.)
    r"^(?!今年|去年|明年|全年|当年|据|根据|按)(?!新增|新建|新开|建设|建成|打造|开办|改造|改建|实施|推进|完成|提升|创建|培育)"
    r"(?:(?![各每全本该我的])[\u4e00-\u9fff]){2,4}?(?:(?<!节)省(?![级内外份委])|市(?!场)|州|县|盟|旗|(?<!城)镇|(?<!城)乡|街道|(?<!小|社|园|城|景|发|范|片|地|库|山|矿|校|营|试|街|专|病|展|功|分|保|学|厂|矿|灾)区)(?=[\u4e00-\u9fffA-Za-z])"
)
_WHOLE_PLACE = re.compile(r"^全(?:省|市|县|区|镇|国)")
_PROVINCE_LEVEL = 3  # extract.metadata.place_level of a province (全国, one above, has none)
# A count of indicators by how they went (19项完成全年目标, 8项不及预期): no indicator's progress.
# (702个市级在建重点项目提前超额完成全年投资计划: projects counted by how their plans went.)
_META_AFTER = re.compile(
    r"^(?:完成|未完成|达到|未达到|好于|低于|高于|不及|超过|超出)(?:了)?(?:全年|年度)?(?:目标|预期)"
    r"|^[^，,。；;\d]{2,12}?(?:提前|超额|均已|均|全部|已)+(?:完成|达到|超过)(?:了)?(?:全年|年度)(?:投资)?(?:目标|计划|任务)"
)
# A name saying the figure is the task (年度任务为实施…201公里, 目标是…): the plan restated.
_TASK_IS = re.compile(r"^(?:年度|全年|今年)?(?:目标)?(?:任务|目标)(?:数)?(?:为|是)")
# Names only the country's figures bear (a province's is 地区生产总值).
_NATIONAL_NAME = re.compile(r"国内生产总值")
# A list of the plan's items opened (今年的十件民生实事包括：, 主要任务是：).
_ITEMS_LISTED = re.compile(r"(?:实事|项目|工程|任务|目标)[^，,。；;：:\d]{0,4}?(?:包括|包含|分别是|有|是|为)[：:]")
# 全年地区生产总值有望突破6000亿元: what a text hopes for, not what was reached.
_HOPED = re.compile(r"(?:有望|可望|力争|争取)[^，,；;。]{0,4}$")
# The earlier items of a 分别 list inside a drafted name (…分别增长5.5%和).
_LIST_ITEMS = re.compile(r"[\d.]+\s?%?[和、及与]?")


@dataclass(frozen=True)
class TrackedIndicator:
    """What linking needs of one indicator."""

    id: str
    name: str
    unit: str
    growth: bool
    period_start: date
    period_end: date
    bigrams: frozenset[str]
    # Its measure words other than words of change (收入 of 一般公共预算收入增长):
    # a figure naming other ones (支出) counts another amount.
    measures: frozenset[str]
    # The bigrams of what the amount is of (服务业 of 服务业增加值增长): a figure
    # must share one. Empty when the name holds only measure words (增长).
    subject: frozenset[str]
    threshold: tuple[float, str] | None = None  # its parent's 亿元以上: (1e8, 元)
    list_index: int | None = None  # its place in a 分别 list (its name holds the items before it)
    target: float | None = None  # the planned value, in ``unit`` (a figure equal to it may restate it)
    phrase: str = ""  # the plan's words it was drafted from (a later text may print them again)
    measure_title: str = ""  # the plan item it stands under (实施城镇老旧小区改造), else ""
    # Its deadline names a year after the plan's period (到2027年，全省经济总量向7万亿元冲刺).
    later_deadline: bool = False

    @classmethod
    def from_row(
        cls, row: pd.Series, plan_start: date, plan_end: date, threshold: tuple[float, str] | None = None
    ) -> TrackedIndicator:
        name = str(row["name_zh"])
        review = "" if pd.isna(row.get("review")) else str(row.get("review"))
        growth = review.split(" ", 2)[1].startswith("growth") if review.count(" ") >= 1 else False
        growth = growth or bool(_GROWTH_NAME.search(name))
        start = plan_start if pd.isna(row.get("period_start")) else pd.Timestamp(row["period_start"]).date()
        end = plan_end if pd.isna(row.get("period_end")) else pd.Timestamp(row["period_end"]).date()
        compared = _GENERIC.sub("", comparable_name(_LIST_ITEMS.sub("", name)))
        return cls(
            str(row["id"]),
            name,
            str(row["unit"]),
            growth,
            start,
            end,
            bigrams(compared),
            _amount_words(compared),
            bigrams(_measures().sub("、", compared)),
            threshold,
            list_index(name, len(name)),
            None if pd.isna(row.get("target")) else float(row["target"]),
            "" if pd.isna(row.get("source_phrase")) else str(row.get("source_phrase")),
            "" if pd.isna(row.get("measure_title")) else str(row.get("measure_title")),
            any(int(y) > end.year for y in _DEADLINE_YEAR.findall(str(row.get("deadline_text") or ""))),
        )


_DEADLINE_YEAR = re.compile(r"(20\d\d)年")


@dataclass(frozen=True)
class Link:
    """A figure linked to an indicator, with the value in the indicator's unit."""

    indicator: TrackedIndicator
    figure: Figure
    value: float
    similarity: float
    conflict: bool = False


# How a progress notice prints the item it reports on before its progress:
# numbered (序号1：, 1. , （一）) or labelled as the plan's (项目内容：, 目标任务：).
_ITEM_HEADING = re.compile(
    r"^\s*(?:序号\s*\d+|\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
    r"|(?:项目|建设|工作)?(?:内容|目标任务|年度目标|目标|任务)[：:])"
)
_OPEN_QUOTES = "“「『"
_CLOSE_QUOTES = "”」』"
# Words that say a figure is done or reached, in its clause.
_DONE = re.compile(
    r"已|完成|建成|累计|共计|共有|合计|全部|实现|达到|超额|完工|竣工|投用|投入使用|开通|落地|到位|发放|惠及"
)
_CLAUSE_END = "，,；;。！？!?\n"
# What a figure's name holds when it says only that something is done (已有, 目前已完成).
_ONLY_DONE = re.compile(r"^(?:目前|现已|其中|截至目前|截至|共|已经?|均已|累计|完成|建成|已有|有)*$")


def same_value(a: float, b: float) -> bool:
    """Equal up to rounding (a relative difference under 1e-9)."""
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def restates_target(figure: Figure, indicator: TrackedIndicator, value: float) -> bool:
    """The figure is the indicator's target printed again as the item a notice
    reports on: a numbered or labelled heading, or a quote, equal to the target,
    with no word of completion in its clause other than the plan's own
    (8. 新建5个、累计建成18个…, printed as in the plan)."""
    if indicator.target is None or not same_value(value, indicator.target):
        return False
    if _DONE_COLUMN.search(figure.column):
        return False  # a table's 实际完成 column: what was done, even where it equals the target
    sentence, at = figure.sentence, figure.sentence.find(figure.text)
    if at < 0:
        return False
    line_start = sentence.rfind("\n", 0, at) + 1
    line = sentence[line_start:at]
    quoted = sum(line.count(q) for q in _OPEN_QUOTES) > sum(line.count(q) for q in _CLOSE_QUOTES) or (
        line.count('"') % 2 == 1
    )
    heading = _ITEM_HEADING.match(line)
    if not (quoted or heading):
        return False
    start, end = _clause_bounds(sentence, at)
    if heading:
        start = max(start, line_start + heading.end())  # the plan printed no 2. before its words
    if quoted:
        # 另有"新开工提标加固海塘18.4公里""完成回迁安置857户以上"等5个项目…均如期完成: the
        # quote is the item's name; the words of completion outside it are about the item.
        opening = max(sentence.rfind(q, start, at) for q in _OPEN_QUOTES + '"')
        closing = [k for k in (sentence.find(q, at, end) for q in _CLOSE_QUOTES + '"') if k >= 0]
        if opening >= 0 and closing:
            start, end = opening + 1, min(closing)
    if not _DONE.search(sentence, start, end):
        return True
    words = sentence[max(start, at - _QUOTED_CHARS) : min(end, at + len(figure.text) + _QUOTED_CHARS)]
    return len(words) >= len(figure.text) + _QUOTED_CHARS and words in indicator.phrase


# Characters each side of a figure compared with the plan's words (enough to
# name what is counted, few enough to stay inside the clause).
_QUOTED_CHARS = 4


def bigrams(text: str) -> frozenset[str]:
    """The pairs of adjacent characters of each run of Han characters, letters and digits."""
    out: set[str] = set()
    for run in _RUN.findall(text):
        out.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(out)


_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")


def _lexicon_pairs(name: str) -> list[tuple[str, str]]:
    """The lines of the track stage's ``lexicon/<name>.txt`` as (word, rest of the line)."""
    return [(word, rest.strip()) for word, _, rest in (line.partition(" ") for line in lexicon(name, _PACKAGE))]


_PACKAGE = "plan_analysis.track"


@cache
def _synonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    table = dict(_lexicon_pairs("synonyms"))
    alternatives = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    return re.compile(alternatives), table


@cache
def _measures() -> re.Pattern[str]:
    words = sorted((w for w, _ in _lexicon_pairs("measures")), key=len, reverse=True)
    # (规模以上工业: a threshold's words, not the measure 规模.)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")(?!以上|以下)")


@cache
def _qualifiers() -> tuple[str, ...]:
    return tuple(word for word, rest in _lexicon_pairs("qualifiers") if not rest)


@cache
def _part_words() -> tuple[str, ...]:
    return tuple(word for word, _ in _lexicon_pairs("parts"))


@cache
def _alternatives() -> tuple[frozenset[str], ...]:
    """The lines of ``lexicon/qualifiers.txt`` naming alternatives (登记 调查)."""
    return tuple(frozenset([word, *rest.split()]) for word, rest in _lexicon_pairs("qualifiers") if rest)


def _other_alternative(a: str, b: str) -> bool:
    """The names hold different ones of a line of alternatives (城镇登记失业率, 城镇调查失业率)."""
    for words in _alternatives():
        in_a = {w for w in words if w in a}
        in_b = {w for w in words if w in b}
        if in_a and in_b and not in_a & in_b:
            return True
    return False


# Measure words that say how an amount moves, not what amount it is.
_CHANGE_WORDS = frozenset({"增长", "增速", "涨幅", "提高", "下降", "降低"})


def _amount_words(name: str) -> frozenset[str]:
    """The measure words of a name that say what amount it is (收入, 增加值, 完成率)."""
    return frozenset(m.group() for m in _measures().finditer(name)) - _CHANGE_WORDS


# What a name holds besides words: a table's cell bars, an item's number (1 | 全市…, 3.), not a year (2024年全省…).
_NOT_NAME = re.compile(r"^(?!20\d\d年)[\s|｜\d.．、]+|[|｜]|[（(][^）)]{0,12}[）)]")


def comparable_name(name: str) -> str:
    """A name written the way names are compared: numbering and table bars gone,
    synonyms of ``lexicon/synonyms.txt`` rewritten (全市规上工业增加值 → 全市规模以上工业增加值)."""
    pattern, table = _synonyms()
    return pattern.sub(lambda m: table[m.group()], _NOT_NAME.sub("", name))


def name_similarity(indicator: TrackedIndicator, figure_name: str) -> float:
    """How well a figure's name matches an indicator's (0 to 1).

    The larger of the two shares of shared character bigrams (of the
    indicator's name, of the figure's): a short figure name (已开工小区)
    inside a long indicator name (开工改造城镇老旧小区) matches, and so does
    the reverse. One shared bigram is not enough unless a name has only one
    or it is both names' head noun (新增学位, 幼儿园公办学位: just enough); a
    name that is only a verb (新增, 开办) matches nothing.
    """
    own = _GENERIC.sub("", comparable_name(figure_name))
    theirs = bigrams(own)
    if not indicator.bigrams or not theirs or _ONLY_A_VERB.match(own):
        return 0.0
    subject = bigrams(_measures().sub("、", own))
    if indicator.subject and subject and not indicator.subject & subject:
        # The figure's amount is of something else: 化工行业增加值 for 服务业增加值增长.
        # (A name of measure words only, 投资完成率, may abbreviate the indicator's.)
        return 0.0
    if _TRADE_PART.search(own) and "进出口" in _compared(indicator.name) and "进出口" not in own:
        return 0.0  # 出口总额 is a part of 进出口总额, not the whole
    measures = _amount_words(own)
    if indicator.measures and measures and not indicator.measures & measures:
        return 0.0  # another amount of the same thing: 科学技术支出 for 一般公共预算收入
    if any((word in own) != (word in _compared(indicator.name)) for word in _qualifiers()):
        return 0.0  # 全省生产总值 is no 人均地区生产总值 (``lexicon/qualifiers.txt``)
    if any(word in own and word not in _compared(indicator.name) for word in _part_words()):
        return 0.0  # 规模以上工业增加值 is a part of 工业增加值 (``lexicon/parts.txt``)
    if _other_alternative(figure_name, indicator.name):
        return 0.0  # 城镇登记失业率 is not 城镇调查失业率 (written before synonyms make both 城镇失业率)
    shared = len(indicator.bigrams & theirs)
    if shared < 2 and min(len(indicator.bigrams), len(theirs)) > 1:
        # One shared bigram is enough when it is both names' head noun
        # (新增学位 and 幼儿园公办学位), and then only just.
        head = _head_noun(own)[-2:]
        same_head = head == _compared(indicator.name)[-2:] and shared == 1 and head not in _GENERIC_HEADS
        return MIN_SIMILARITY if same_head and not _other_kinds(own, _compared(indicator.name)) else 0.0
    if len(theirs) == 1:
        # A two-character name (开办, 学位, 投资) matches only the indicator's head noun, and then only just.
        return MIN_SIMILARITY if _compared(indicator.name).endswith(own[-2:]) else 0.0
    if len(indicator.bigrams) == 1:
        # So does a two-character indicator (投资 of 投资计划) a name ending with it (累计完成投资).
        return MIN_SIMILARITY if _head_noun(own).endswith(_compared(indicator.name)) else 0.0
    similarity = max(shared / len(indicator.bigrams), shared / len(theirs))
    if similarity < _WEAK and not _in_the_same_order(own, _compared(indicator.name), indicator.bigrams & theirs):
        # 城镇新增就业 and 实现就业农村劳动力纳入城镇职工保险体系: a few words in common, in
        # the other order: other things (本级财政收入 and 财政总收入 keep theirs).
        return 0.0
    return similarity


_WEAK = 0.5  # a similarity below which the shared words must come in the same order


def _in_the_same_order(a: str, b: str, shared: frozenset[str]) -> bool:
    """Whether the ``shared`` bigrams come in the same order in ``a`` and in ``b``."""
    in_a = sorted(shared, key=a.find)
    positions = [b.find(bigram) for bigram in in_a]
    return positions == sorted(positions)


_TRADE_PART = re.compile(r"(?<!进)出口|进口")


def _other_kinds(ours: str, theirs: str) -> bool:
    """Names of one head noun and another word before it in each, neither a verb: two kinds
    of the thing (便民市场 and 农贸市场; not 新增学位 and 公办学位, where 新增 says what is done)."""
    a, b = _head_noun(ours)[:-2][-2:], _head_noun(theirs)[:-2][-2:]
    return len(a) == len(b) == 2 and a != b and not (_ONLY_A_VERB.match(a) or _ONLY_A_VERB.match(b))


# Last words of many names that say what is done, not what is counted.
_GENERIC_HEADS = frozenset({"建设", "改造", "提升", "工作", "任务", "工程", "项目", "完成", "服务", "实施", "推进"})


@cache
def _compared(name: str) -> str:
    """A name as it is compared: synonyms rewritten, generic words gone."""
    return _head_noun(_GENERIC.sub("", comparable_name(name)))


def _head_noun(name: str) -> str:
    """The last characters of a name, without closing punctuation (托位, 床位)."""
    return name.rstrip("）)」”\"' ")


def tracked_indicators(
    indicators: pd.DataFrame, plan_start: date, plan_end: date, *, plan_text: str = "", place: str | None = None
) -> list[TrackedIndicator]:
    """The indicators figures can report on: targets with a unit, but not those of
    another place (卫辉市…提出GDP增速15% in 新乡市's plan: the sentence of ``plan_text``
    the target stands in opens with a place other than the plan's ``place``)."""
    descriptors = {
        str(row["id"]): (float(row["target"]), str(row["unit"]))
        for _, row in indicators[indicators["kind"] == "descriptor"].iterrows()
        if not pd.isna(row["target"]) and not pd.isna(row["unit"])
    }
    rows = indicators[(indicators["kind"] == "target") & indicators["unit"].notna()]
    tracked = []
    for _, row in rows.iterrows():
        if plan_text and not pd.isna(row.get("span_start")) and _other_place(plan_text, int(row["span_start"]), place):
            continue
        parent = None if pd.isna(row.get("parent_id")) else descriptors.get(str(row["parent_id"]))
        tracked.append(TrackedIndicator.from_row(row, plan_start, plan_end, parent))
    return tracked


def _direction(indicator: TrackedIndicator) -> int:
    """-1 for an indicator of a fall (能耗降低2.5%), else 1."""
    return change_direction(indicator.name) or 1


def _name_passes(figure: Figure, own_place: re.Pattern[str] | None) -> tuple[tuple[str, ...], ...]:
    """The names to try, in turn: the figure's own (and its others), then its table row's item
    (unless a noun right after the figure names what it counts: 组建5个音乐名师团队 under the
    row 培育精品课程或特色项目10个 counts teams, not courses)."""
    own = _names_of(figure, own_place)
    if not figure.row or figure.row in own or figure.noun:
        return (own,)
    return (own, (own_place.sub("", figure.row) if own_place else figure.row,))


def _names_of(figure: Figure, own_place: re.Pattern[str] | None = None) -> tuple[str, ...]:
    """The names a figure is compared by: its own, the others it has, and the text before it
    in its sentence when its own names nothing but measure words (累计完成投资); the plan's
    own place (``own_place``: 广东省 and 广东 for 广东省) taken out of each."""
    own = _GENERIC.sub("", comparable_name(figure.name))
    names = (figure.name, *figure.other_names)
    if figure.context and figure.context != figure.name and not bigrams(_measures().sub("、", own)):
        names = (*names, figure.context)
    return tuple(own_place.sub("", n) for n in names) if own_place else names


def _same_item(indicator: TrackedIndicator, figure: Figure) -> int:
    """1 when the figure stands under the heading of the indicator's plan item
    (they share two bigrams), or both stand under none; else 0."""
    if not indicator.measure_title or not figure.heading:
        return int(not indicator.measure_title and not figure.heading)
    return int(len(_heading_bigrams(indicator.measure_title) & _heading_bigrams(figure.heading)) >= _ITEM_BIGRAMS)


@cache
def _heading_bigrams(heading: str) -> frozenset[str]:
    return bigrams(heading)


_ITEM_BIGRAMS = 2


_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_OPENING_LOOKBACK = 200  # characters searched back for the start of a plan sentence
_ITEM_MARK = re.compile(
    r"^[\s\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．]|[一二三四五六七八九十]是)?"
)


def _other_place(text: str, at: int, place: str | None) -> bool:
    """The sentence holding ``at`` opens with a place that is not ``place``."""
    floor = max(0, at - _OPENING_LOOKBACK)
    start = max((m.end() for m in _SENTENCE_END.finditer(text, floor, at)), default=floor)
    opening = text[start:at]
    mark = _ITEM_MARK.match(opening)
    other = _PLACE.match(opening, mark.end() if mark else 0)
    if other is None or title_place(other.group()) is None:
        # 2021年桂林地区生产总值…: a city named bare, after the year.
        bare = short_name_place(_OPENING_YEAR.sub("", opening[mark.end() if mark else 0 :], count=1))
        return bool(bare and place and not same_place(bare, place))
    return not (place and same_place(other.group(), place))


_OPENING_YEAR = re.compile(r"^\s*20\d\d年(?:[，,])?")


def _dimension(unit: str) -> str | None:
    try:
        found = dimension(unit)
    except ValueError:
        return None
    return _SAME_COUNT.get(found, found)


# Classifiers that count the same things: 名 counts people as 人 does, and a plan's generic 个
# counts the firms or bodies a later text counts in 家 (20个 then 40家), and the buildings it counts in
# 座 (旅游厕所285个 then 156座) or places in 处 (12个重点区域 then 20处). The names still
# decide what is counted. (所 stays apart: 7所公办幼儿园 is no count of 托额 or 课程.)
_SAME_COUNT = {"count:名": "count:人", "count:家": "count:个", "count:座": "count:个", "count:处": "count:个"}


def in_unit(value: float, from_unit: str, to_unit: str) -> float:
    """``value`` in ``from_unit`` converted to ``to_unit``, classifiers of :data:`_SAME_COUNT`
    taken as one (2.93万人 is 29300 名)."""
    try:
        return convert(value, from_unit, to_unit)
    except UnitMismatchError:
        if _dimension(from_unit) is None or _dimension(from_unit) != _dimension(to_unit):
            raise
        return value * parse_unit(from_unit)[0] / parse_unit(to_unit)[0]


def _same_threshold(a: tuple[float, str] | None, b: tuple[float, str] | None) -> bool:
    """Both without a threshold, or both with the same one (亿元以上 = 10000万元以上)."""
    if a is None or b is None:
        return a is None and b is None
    try:
        return same_value(convert(b[0], b[1], a[1]), a[0])
    except (UnitMismatchError, ValueError):
        return False


# A named area of the place right before a figure (团结片区9条, not 22个示范片区): its part.
_AREA_BEFORE = re.compile(r"(?<![示范重点各个])[\u4e00-\u9fff]{2}片区$")
_AWARD_AFTER = re.compile(r"^[^，,。；;]{0,10}?(?:被评为|获评|荣获|入选)")
# 形成30家市普惠托育机构名单: the names on a list drawn up, not the things themselves.
_LIST_AFTER = re.compile(r"^[^，,。；;、]{0,14}?(?:名单|名录|清单)")
_SHARE_DONE_AFTER = re.compile(
    r"^[^，,。；;\d]{0,16}?(?:已|已经)?完成(?:了)?(?:总?(?:工程量|进度|工作量))?的?\d+(?:\.\d+)?%"
)
_RANGE_RULES = frozenset({"range", "range-unit"})  # the extractor's rules of a range (5%至5.3%)


def _excluded(figure: Figure, place: str | None) -> bool:
    """A restated target, a share of one, a yearly average, a range, or another place's figure."""
    at = figure.sentence.find(figure.text)
    rest = figure.sentence[at + len(figure.text) :] if at >= 0 else figure.after
    if (
        _RANGE_RULES & set(figure.rule.split("/"))  # 各月调查失业率处在5%至5.3%之间: a spread, no value
        or _TARGET_AFTER.match(figure.after)
        or _META_AFTER.match(rest)
        or _SHARE_BEFORE.search(figure.name)
        or _TASK_IS.match(figure.name)
        or (at > 0 and _HOPED.search(figure.sentence, max(0, at - 8), at))
    ):
        return True
    if at > 0 and _ITEMS_LISTED.search(figure.sentence, 0, at):
        return True  # 今年的十件民生实事包括：建设100所公办幼儿园、…: the plan's items printed again
    if at > 0 and _AFTER_QUOTED_ITEMS.search(figure.sentence, max(0, at - 3), at):
        return True  # "…海塘18.4公里""…857户以上"等5个项目: a count of the items quoted
    whole = _WHOLE_PLACE.match(figure.name)
    theirs = place_level(whole.group()) if whole else None
    whole_level = _PROVINCE_LEVEL + 1 if whole and theirs is None else theirs
    if whole_level and place and (ours := place_level(place)) is not None and ours < whole_level >= _PROVINCE_LEVEL:
        # 全省GDP增长13.03% in a text tracked for 成都市: the province's figure. (Only 全省 and
        # 全国: a plan's place guessed a level too low, 凤泉区 for 新乡市, would lose its 全市.)
        return True
    if place and _NATIONAL_NAME.search(figure.name) and (level := place_level(place)) is not None and level >= 0:
        return True  # 国内生产总值超过126万亿元，增长5.2% in a text tracked for 湖北省: the country's
    if place and _ends_with_a_part(figure.name, place):
        return True  # 张家港4所、常熟8所 in a notice of 苏州市: the count of one of its parts
    if _AWARD_AFTER.match(rest):
        return True  # 永淳路等8条道路被评为全市最佳道路: a count of what won a title, not of work done
    if _LIST_AFTER.match(rest):
        return True
    if _SHARE_DONE_AFTER.match(rest):
        return True  # 7所公办托育机构建设已完成80%: the whole, of which a share is done
    if _AREA_BEFORE.search(figure.name):
        return True  # 高标准建成团结片区9条市政道路: the roads of one 片区, a part of the place
    if place and at > 0 and _other_place(figure.sentence, at, place):
        return True  # 甘孜州GDP总额190.33亿元排名最后，但13.14%的增长速度…: that place's figure
    other = _PLACE.match(figure.name)
    if other is None or whole:
        return False
    return not (place and same_place(other.group(), place))


def _ends_with_a_part(name: str, place: str) -> bool:
    """The name ends with a unit below ``place`` right before the figure (已建成投用学校张家港
    4所): what is counted is that part's."""
    parts = sub_unit_names(place)
    return any(name[-k:] in parts for k in range(2, min(len(name), _LONGEST_PART) + 1))


_LONGEST_PART = 8  # characters of the longest unit name looked for (鄂温克族自治旗)


def same_place(a: str, b: str) -> bool:
    """Whether two names are of one place: 广东 and 广东省, but not 长沙县 and 长沙市."""
    a, b = without_autonomy(a), without_autonomy(b)
    core_a, core_b = a.rstrip(_UNIT_CHARS), b.rstrip(_UNIT_CHARS)
    if not (core_a and core_b and (core_a in b or core_b in a)):
        return False
    longer, shorter = sorted((core_a, core_b), key=len, reverse=True)
    if longer != shorter and longer.startswith(shorter):
        return False  # 万州经开区 is a part of 万州区 (宁波市北仑区 is 北仑区 with its city before it)
    unit_a, unit_b = a[len(core_a) :], b[len(core_b) :]
    return core_a != core_b or not (unit_a and unit_b) or unit_a == unit_b


_UNIT_CHARS = "省市州县区盟旗镇乡"


def link_figures(
    figures: Iterable[Figure], indicators: list[TrackedIndicator], *, place: str | None = None
) -> list[Link]:
    """The links of ``figures`` to ``indicators`` (see the module docstring), in figure order."""
    # The plan's own place named in a figure's name (2023年广东实现地区生产总值) says nothing of what is counted.
    core = place.rstrip(_UNIT_CHARS) if place else ""
    own_place = re.compile(re.escape(core) + f"[{_UNIT_CHARS}]?") if len(core) >= 2 else None
    by_dimension: dict[str | None, list[TrackedIndicator]] = {}
    for indicator in indicators:
        by_dimension.setdefault(_dimension(indicator.unit), []).append(indicator)
    best: list[Link] = []
    # The item a notice printed last, by dimension (see restates_target).
    last_item: dict[str | None, TrackedIndicator] = {}
    for figure in figures:
        if _excluded(figure, place):
            continue
        figure_dimension = _dimension(figure.unit)
        candidates = by_dimension.get(figure_dimension, [])
        chosen: Link | None = None
        chosen_rank: tuple[int, int, bool, float] = (0, 0, False, 0.0)
        restated = False
        started = _only_started(figure)
        part = _is_a_part(figure)
        beneficiaries = _done_for(figure)
        # A table row's item names the figure only when its own words in the cell match nothing
        # (新增81台，完工52台 under 既有多层住宅加装电梯新增400台、完工200台: 完工 is its own).
        for names in _name_passes(figure, own_place):
            for indicator in candidates:
                if started and not _STARTED_NAME.search(indicator.name):
                    continue  # 3000户…改造已全部启动: begun, not yet done (unless starting is the task)
                if (
                    indicator.growth != figure.growth
                    or not indicator.period_start <= figure.as_of <= indicator.period_end
                ):
                    continue
                with contextlib.suppress(UnitMismatchError, ValueError):
                    if restates_target(figure, indicator, in_unit(figure.value, figure.unit, indicator.unit)):
                        # The item a notice reports on next: the figure is no progress on any indicator.
                        last_item = {figure_dimension: indicator}
                        restated = True
                        chosen = None
                        break
                if not _same_threshold(indicator.threshold, figure.threshold):
                    continue
                if indicator.later_deadline and _part_of_a_year_flow(figure):
                    continue  # 上半年全省生产总值23073亿元: half a year's sum, against a level for 2027
                if None not in (indicator.list_index, figure.list_index) and indicator.list_index != figure.list_index:
                    continue  # 分别增长5.1%和7.4%: the second figure reports on the second item
                similarity, named = max((name_similarity(indicator, n), n) for n in names)
                own_bigrams = bigrams(_GENERIC.sub("", comparable_name(named)))
                if part and not own_bigrams <= indicator.bigrams:
                    continue  # 按消费形态分，商品零售增长6.3%: a part of 社会消费品零售总额, unless the plan names that part
                shared = len(indicator.bigrams & own_bigrams)
                if similarity < MIN_SIMILARITY:
                    continue
                if beneficiaries and _other_deed(beneficiaries, _compared(indicator.name)):
                    continue  # 为380个老旧小区引入物业服务: what was done for them is not 老旧小区综合整治
                if (
                    figure_dimension
                    and figure_dimension.startswith("count:")
                    and named == figure.name
                    and _other_head(named, indicator.name)
                ):
                    continue  # 义务教育学校19个 for 义务教育学位2.2万个: a count of other things
                try:
                    value = in_unit(figure.value, figure.unit, indicator.unit)
                except (UnitMismatchError, ValueError):
                    continue
                # Ties go to the indicator of the item the figure is printed under (投资完成情况 of
                # 1.实施城镇老旧小区改造), then to the one sharing more of the name (新开工产业项目
                # over 项目), then to the one whose target the figure equals (675家 and 85家 of two
                # items both naming 村卫生室: a notice reports each as planned), then to the one the
                # name covers more of (地区生产总值增长 over a sentence about it).
                met = indicator.target is not None and same_value(value, indicator.target)
                rank = (_same_item(indicator, figure), shared, met, shared / max(1, len(indicator.bigrams)))
                if figure.direction and figure.direction != _direction(indicator):
                    value = -value  # 一般公共预算收入下降4.6% against 增长5%: a growth of -4.6
                if chosen is not None and (similarity, *rank) <= (chosen.similarity, *chosen_rank):
                    continue
                chosen, chosen_rank = Link(indicator, figure, value, similarity), rank
            if chosen is not None or restated:
                break
        if (
            chosen is None
            and not restated
            and not started
            and not part
            and figure_dimension in last_item
            and _reports_done(figure)
        ):
            item = last_item[figure_dimension]
            if not figure.growth and item.period_start <= figure.as_of <= item.period_end:
                with contextlib.suppress(UnitMismatchError, ValueError):
                    chosen = Link(item, figure, in_unit(figure.value, figure.unit, item.unit), MIN_SIMILARITY)
        if chosen is not None:
            best.append(chosen)
    return _resolve(best)


def _done_for(figure: Figure) -> str:
    """The words after a count that follows 为 (为380个老旧小区引入物业服务 → 老旧小区引入物业服务):
    the things done for and what was done for them; else ""."""
    at = figure.sentence.find(figure.text + figure.noun) if figure.noun else -1
    return figure.noun if at > 0 and figure.sentence[at - 1] == _FOR else ""


_FOR = "为"


def _other_deed(done_for: str, indicator_name: str) -> bool:
    """Both name the same things and then different deeds: what follows the longest part they
    share is two characters or more in each and shares no bigram (老旧小区 + 引入物业服务 and
    老旧小区 + 综合整治)."""
    match = SequenceMatcher(None, done_for, indicator_name, autojunk=False).find_longest_match()
    if match.size < 2:
        return False
    ours, theirs = done_for[match.a + match.size :], indicator_name[match.b + match.size :]
    return len(ours) >= 2 and len(theirs) >= 2 and not bigrams(ours) & bigrams(theirs)


def _part_of_a_year_flow(figure: Figure) -> bool:
    """A sum of money over part of a year (上半年…生产总值23073亿元): its level grows to the year's."""
    as_of = figure.as_of
    return not figure.growth and figure.unit.endswith("元") and (as_of.month, as_of.day) != (12, 31)


def _other_head(figure_name: str, indicator_name: str) -> bool:
    """Both names end with the thing they count and these differ, neither named in the other
    name (学校 and 学位; not 学位 and 公办学位, nor a generic end such as 建设 or 项目)."""
    ours = _compared(figure_name)[-2:]
    theirs = _compared(indicator_name)[-2:]
    if len(ours) < 2 or len(theirs) < 2 or ours == theirs or {ours, theirs} & _NO_HEADS:
        return False
    return ours not in _compared(indicator_name) and theirs not in comparable_name(figure_name)


# Ends of names that say what is done or under what heading, not the thing counted.
_NO_HEADS = _GENERIC_HEADS | {"计划", "行动", "目标", "情况", "进展"}


# A name that is only a verb (新增15家…: 新增) names nothing counted.
_ONLY_A_VERB = re.compile(r"^(?:新增|新建|建成|完成|实施|开展|启用|改造|提升|建设|累计|进展|共|已)+$")


# Words after a figure in its clause saying the work has begun, not ended
# (3000户…改造已全部启动, 5个…助餐点正在建设), and names of tasks that are the start itself.
_STARTED_ONLY = re.compile(
    r"启动|正在|在建|推进中|施工中|开工建设中|已(?:经|全部|全面)?(?:开工|动工)|(?:有序|稳步|加快|全力|积极)推进"
)
_STARTED_NAME = re.compile(r"开工|启动|动工|实施")
_ENDED = re.compile(r"完成|建成|完工|竣工")


# A breakdown opener (分产业看，… / 按消费形态分，… / 从行业看，… / 已开工的39所分布为：…): the
# figures after it in its sentence are parts.
_BREAKDOWN = re.compile(r"(?:分|按|从)[\u4e00-\u9fff]{1,10}?(?:来看|看|分)[，,：:]|分布(?:为|是|如下)?[：:]")


def _is_a_part(figure: Figure) -> bool:
    at = figure.sentence.find(figure.text)
    return at > 0 and (_BREAKDOWN.search(figure.sentence, 0, at) is not None or _WITHIN.search(figure.name) is not None)


# A name of a part within a whole (规模以上工业中港澳台投资企业产值: the firms of one kind among them).
_WITHIN = re.compile(r"(?:工业|行业|企业|产业|投资|零售额?|总额|出口|进口|收入|支出)中(?![心小国部央等])")


def _only_started(figure: Figure) -> bool:
    """Its clause says the work has begun and not ended: after it (…改造已全部启动), or before
    it in its sentence, with nothing ended since (目前已开工39所，其中幼儿园11所)."""
    sentence, at = figure.sentence, figure.sentence.find(figure.text)
    if at < 0:
        return False
    end = min((k for k in (sentence.find(c, at) for c in _CLAUSE_END) if k >= 0), default=len(sentence))
    after = sentence[at + len(figure.text) : end]
    if _ENDED.search(after):
        return False
    if _STARTED_ONLY.search(after):
        return True
    before = sentence[:at]
    begun = [m.end() for m in _BEGUN_BEFORE.finditer(before)]
    return bool(begun) and not _ENDED.search(before, begun[-1])


# Words before a figure saying what it counts has begun (目前已开工39所, 已开工建设12个).
_BEGUN_BEFORE = re.compile(r"已(?:经)?(?:开工|动工|启动)")


def _reports_done(figure: Figure) -> bool:
    """Its name says only that something is done (已有3个点位完成建设: 已有), or its
    clause says it is done (已经完成，完成1座)."""
    if _ONLY_DONE.match(_GENERIC.sub("", figure.name)):
        return True
    sentence, at = figure.sentence, figure.sentence.find(figure.text)
    start = max(sentence.rfind(c, 0, max(at, 0)) for c in _CLAUSE_END) + 1
    return at >= 0 and bool(_DONE.search(sentence, start, at))


_AFTER_QUOTED_ITEMS = re.compile(r"[”\"」』]等$")
_TOTAL = re.compile(r"总数|总量|累计|合计|总计")


def _rivals(group: list[Link], top: Link) -> list[Link]:
    """The links of ``group`` about as similar as ``top`` with another value: a conflict."""
    return [
        link
        for link in group
        if link is not top
        and link.similarity >= top.similarity - CONFLICT_MARGIN
        and not same_value(link.value, top.value)
    ]


def _target_restated(link: Link) -> bool:
    """The figure equals its indicator's target and its clause has no word of completion."""
    target = link.indicator.target
    if target is None or not same_value(link.value, target) or link.figure.growth or link.figure.unit == "%":
        return False  # (a rate equal to its target, 年末…失业率为5.5%, is a reading, no task)
    sentence, at = link.figure.sentence, link.figure.sentence.find(link.figure.text)
    return at >= 0 and not _DONE.search(sentence, *_clause_bounds(sentence, at))


def _clause_bounds(sentence: str, at: int) -> tuple[int, int]:
    """Where the clause holding ``at`` begins and ends in ``sentence``."""
    start = max(sentence.rfind(c, 0, at) for c in _CLAUSE_END) + 1
    ends = [k for k in (sentence.find(c, at) for c in _CLAUSE_END) if k >= 0]
    return start, min(ends, default=len(sentence))


def _resolve(links: list[Link]) -> list[Link]:
    """One figure per indicator and date; near-equals with another value are conflicts."""
    groups: dict[tuple[str, date], list[Link]] = {}
    for link in links:
        groups.setdefault((link.indicator.id, link.figure.as_of), []).append(link)
    kept: set[int] = set()
    conflicted: set[int] = set()
    for group in groups.values():
        # 新吸收公助园8所,公助园总数达到60所: of one sentence's figures, the total reports on the
        # indicator; what was added this time is part of it.
        totals = {link.figure.sentence for link in group if _TOTAL.search(link.figure.name)}
        group = [link for link in group if link.figure.sentence not in totals or _TOTAL.search(link.figure.name)]
        # A figure of the body wins a tie over the headline's (the body's sentence says more).
        top = max(group, key=lambda link: (link.similarity, not link.figure.in_headline))
        rivals = _rivals(group, top)
        # 牵头两项：新增老年助餐服务点227个…。其中全市新增老年助餐服务点235个: of values in
        # conflict, one equal to the target with no word of completion is the task restated.
        contenders = [top, *rivals]
        reported = [link for link in contenders if not _target_restated(link)]
        if rivals and reported and len(reported) < len(contenders):
            top = max(reported, key=lambda link: (link.similarity, not link.figure.in_headline))
            rivals = _rivals(reported, top)
        kept.add(id(top))
        if rivals:
            conflicted.add(id(top))
            for rival in rivals:
                kept.add(id(rival))
                conflicted.add(id(rival))
    out = []
    for link in links:
        if id(link) in kept:
            out.append(Link(link.indicator, link.figure, link.value, link.similarity, id(link) in conflicted))
    return out
