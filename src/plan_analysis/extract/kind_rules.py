"""The kind rules of a quantity mention: an ordered table of named predicates.

:func:`decide_kind` walks :data:`KIND_RULES` in order and the first rule that
fires decides the mention's kind (``growth`` or ``descriptor``; a mention no
rule claims is a ``target``); the ``rule`` column of the extractor names it.
Whether a target or growth rate is already achieved (``result``) is decided
after these rules, per sentence and section, by the extractor's context
(``quantities._Context.result``). :func:`explain_kind` runs every rule and
says which fired and on what evidence (``plan-analysis extract --explain``).

Each predicate takes the mention (:class:`Mention`) and returns the evidence
it saw (a short piece of the text) or None. Word lists live in
``lexicon/*.txt`` (one word a line, ``#`` comments) and are compiled with the
``regex`` package's named lists. Windows are named constants.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any, NamedTuple, cast

import regex

__all__ = ["KIND_RULES", "KindRule", "Mention", "decide_kind", "explain_kind", "find_clause_words", "lexicon"]


@cache
def lexicon(name: str, package: str = "plan_analysis.extract") -> tuple[str, ...]:
    """The lines of ``lexicon/<name>.txt`` of ``package`` (a word each, or a word and
    what it stands for), blank lines and ``#`` comments skipped."""
    text = resources.files(package).joinpath("lexicon", f"{name}.txt").read_text("utf-8")
    return tuple(w for line in text.splitlines() if (w := line.strip()) and not w.startswith("#"))


# Windows, in characters.
GROWTH_WORD_WINDOW = 14  # a word of change up to this far before a percentage (同比增长了约6%)
CLAUSE_LOOKBACK = 120  # clause-wide rules look back this far (a list without commas is not rescanned)
TREATED_OBJECT_WINDOW = 6  # 对 up to this far before the objects of a measure
TREATMENT_WINDOW = 16  # the measure's verb up to this far after them
SCOPE_OF_RATE_LEAD = 8  # a count at most this far into its clause
RATE_LATER_WINDOW = 40  # the rate of those things within this many characters
WORD_BEFORE_WINDOW = 4  # short fixed words before a figure (目标任务, 划分为, 实事项目)

_LOOKBACK = CLAUSE_LOOKBACK
_CN_DIGITS = "〇零一二两三四五六七八九"  # Chinese digits (a numeral may follow a noun: 4个村三千亩)
_THRESHOLD_SUFFIXES = {"以上", "及以上", "以下"}
# A quantity right after an opening quote starts a name (“十件民生实事”).
_OPENING_QUOTES = '“‘「『"'
_CLAUSE_OPENERS = "，,；;。！？!?：:\n "
_OPENS_CLAUSE = frozenset(_CLAUSE_OPENERS)

# A rate of change: 增长15%, 下降3%. With 到/至 the figure is the level to
# reach (提高到95% is a target), so those are left out.
_GROWTH_WORD = regex.compile(
    r"\L<growth>"
    # 涨幅控制在3%左右, 增速保持在6%以上: the rate of change is held, still growth.
    r"了?\s?(?:不少于|不低于|至少|超过|约|达到|达|控制在|保持在|稳定在)?\s?$",
    growth=lexicon("growth"),
)
# 年 of a time word (全年, 今年, 2026年发电量) makes it the period's output, not a capacity.
_NOT_A_YEAR = r"(?<![全今本明当\d〇一二三四五六七八九十])"
_CAPACITY = re.compile(
    rf"{_NOT_A_YEAR}(?:年产(?!值)|年处理|年加工|年吞吐|年发电|年供)|设计产能|产能|总投资|占地(?!区)|规模为"
    # A facility's design or daily throughput (设计日处理规模600吨,
    # 建成后年发电量约1.1亿千瓦时).
    r"|设计(?:规模|能力|日|年|处理|供)|日处理|日供|日产|可容纳|容纳|可满足"
)
# Capacity the plan adds is a target: 新增污水日处理能力2万立方米.
_NEW_CAPACITY = re.compile(r"新增[\u4e00-\u9fff]{0,4}$")
# A count of places where something happens (在3-5个片区, 等4个村发展种植,
# 进驻12个村。): the place noun after 个, with a locative or scope word before
# the number or a verb or clause break after the noun. Not 3个村史馆, 5个村级站.
_PLACE_AFTER_COUNT = re.compile(
    r"(?:(?:行政)?村|社区|片区|街道|乡镇)"
    r"(?=[，,；;。！？!?：:、\n]|$|开展|发展|实施|推进|推行|试点|建设|进行|全面|全覆盖|实现|打造|创建)"
)
_PLACE_SCOPE_BEFORE = re.compile(r"(?:在|等|于|对|向|进驻|覆盖|走访|选取|选择|辐射|深入|分布在|涉及)$")
_PLACE_NOUN = re.compile(r"(?:行政)?村(?![级民集委组办庄落部务史])|社区(?![卫服养食医活党工网])|片区|街道(?!办)|乡镇")
# Counts naming the document's own structure or programme: 以下五个方面,
# 办好十件民生实事.
_STRUCTURE_BEFORE = re.compile(r"(?:以下|如下|下列|下述)$")
# The count of a list of programmes: 确定民生实事项目12项.
_LIST_COUNT_BEFORE = re.compile(r"实事(?:项目)?$")
# After a 以上/以下 threshold: a noun, then the count of such things
# (锅炉8台, 企业5家); not 增收3000元, where the threshold is the amount.
_THRESHOLD_NOUN = re.compile(
    rf"[\u4e00-\u9fff](?<![的和及与、])[\u4e00-\u9fff]{{0,7}}?"
    rf"(?:\d{{1,15}}|[{_CN_DIGITS}十百千]{{1,8}})[多余]?[个家座台处条所套项辆艘栋幢只头部间张]"
)
_APPOSITIVE = re.compile(r"[，,：:（(]\s?(?:即|也就是|亦即)$")
# (安排28个为民办实事项目: the list's own count, as 十件民生实事.)
_STRUCTURE_AFTER = re.compile(r"方面|(?:民生|为民办|为民|惠民)?(?:实事|大事)")
# One scan of a clause finds its capacity, existing-amount, scope and
# project-specification words (lexicon files; the capacity words need look-behinds).
_CLAUSE_WORDS = regex.compile(
    rf"(?P<cap>{_CAPACITY.pattern})|(?P<existing>\L<existing>)|(?P<scope>\L<scope>)|(?P<spec>\L<project_spec>)",
    existing=lexicon("existing"),
    scope=lexicon("scope"),
    project_spec=lexicon("project_spec"),
)
# Money right before a project noun is the project's size: 10亿元以上项目.
_PROJECT_SIZE = re.compile(r"(?:以上|以下)?的?(?:重大|重点|产业|招商|工业|在建|新建|大)?(?:项目|工程)")
# Items of one list share a kind: 分别增长5.5%和7%.
_LIST_JOINER = re.compile(r"(?:和|、|及|与|以及)$")
_CLAUSE_BREAKS = re.compile(r"[，,；;。！？!?：:\n]")
# A scope: a count of places, then (after their noun) the amount in them:
# 4个村1.2万亩, 3村1.4公里. Without a noun in between (1个100兆瓦电站) the
# first number is the count itself.
_NOUN_THEN_NUMBER = re.compile(rf"(?![和及与或至到、])[\u4e00-\u9fff]{{1,2}}[\d{_CN_DIGITS}十]")  # not 5.2万元和2.6万元
_NUMBER_NEXT = re.compile(rf"[\d{_CN_DIGITS}十]")
_PLACE_UNITS = frozenset("村镇乡")
# After 的 a quantity describes a thing (联建的3400亩基地) unless it is the
# goal itself (全年的8亿元目标).
# A facility named by its rated capacity: 20万吨/年绿色溶剂项目.
_RATED_PROJECT = re.compile(r"[\u4e00-\u9fff]{0,8}(?:项目|生产线|装置|工程)")
# A noun right after a threshold (以上/以下), not a verb: 56人以上大班额.
_GROUP_AFTER_THRESHOLD = re.compile(r"的?(?![增带就受参完实达提降减用投覆通入进到接服享可占])[\u4e00-\u9fff]")
_DIVIDED_INTO = re.compile(r"(?:划分为|划分成|分为|分成|划为)$")
# 对 naming the objects a measure applies to, then the measure: 对96处危险区逐一落实….
_TREATED_OBJECT_BEFORE = re.compile(
    r"(?:^|[，,；;：:。！？!?\s]|前|后)对(?:全[县市区镇乡]|辖区内?|园区|全部|所有|现有|上述|这)?$"
)
_TREATMENT_AFTER = re.compile(
    r"[^，,；;。\d]{1,12}?(?:实行|实施|逐一|逐个|逐项|开展|进行|落实|建立|全面|组织|定期|统一)"
)
# A count opening its clause, then the rate of those things: 7个断面水质优良比例保持100%.
_RATE_LATER = re.compile(r"[^，,；;。\d]{1,16}?(?:率|比例|占比)[^，,；;。\d]{0,8}\d[\d.]*\s?%")
_LIST_MARK_CHARS = " \t\u3000（）()0123456789.、一二三四五六七八九十"
# A plan figure named as such before it: 占全年目标任务14亿元的.
_PLAN_FIGURE_BEFORE = re.compile(r"(?:目标|任务|计划)(?:任务|数)?$")
_PLAN_FIGURE_LAST = frozenset("标务划数")
# A capacity the plan raises: 处理规模由3万吨提升至5万吨 (the new level is a target).
_RAISED_TO = re.compile(r"(?:提升|提高|扩大|增加|扩容|扩建)[到至]$")
# 由X提升至Y, 从X增加到Y: X is where things stand, Y the target.
_FROM_TO = re.compile(
    r"(?:以上|左右)?(?:提升|提高|增加|增长|扩大|扩容|下降|降低|减少|压减|压缩|缩减|调整|上升)?[到至为]"
)
_GOAL_NOUN = re.compile(r"(?:以上|左右)?(?:的)?(?:目标|任务|指标)")
# A clause that opens with a verb has its own predicate (and so its own time
# scope): the common verbs of plans, two characters, and a few single ones.
_VERB_START = re.compile(
    r"\s?(?:预计|预期|新建|新增|新改建|改建|扩建|建成|建设|完成|实施|推进|推动|开展|培育|引进|招引|安排|计划|力争|确保|"
    r"实现|达到|改造|提升|提高|打造|加快|加强|组织|举办|开工|配置|配备|发放|跟踪|争取|落实|启动|整治|创建|"
    r"签约|新签|培训|帮扶|投入|下降|增长|控制|保持|治理|修复|种植|铺设|硬化|绿化|清理|排查|更新|消除|做好|"
    r"抓好|办好|持续|深化|深入|全面|积极|稳步|严格|有序|扎实|着力|聚焦|围绕|坚持|支持|鼓励|引导|指导|督促|"
    r"筹备|谋划|储备|储存|采购|购置|修建|修缮|疏浚|清淤|加固|整修|维修|巡查|检查|抽检|发展|新培育|认定|"
    r"[建修种植投改办抓搞育争确力再新])"
)


class Mention(NamedTuple):
    """What a kind rule may look at: the text (``ctx.text``), the match and its
    span, its clause's span, its unit, whether it is a bare multiplier (亿元),
    and the mention before it (or None)."""

    ctx: Any  # quantities._Context (text, title_end)
    m: Any  # the quantity's match (groups suffix, …)
    start: int
    end: int
    clause: tuple[int, int]
    unit: Any  # units.Unit
    bare: bool
    previous: Any  # the Quantity before, or None


Evidence = str | None


class KindRule(NamedTuple):
    name: str
    kind: str
    test: Callable[[Mention], Evidence]
    meaning: str  # the test's docstring
    gate: Callable[[Facts], bool]  # a cheap necessary condition (see Facts)


def _is_rate(x: Mention) -> bool:
    return x.unit.dimension in ("percent", "percentage-point")


def growth_word(x: Mention) -> Evidence:
    """增长15%, 涨幅控制在3%左右: a percentage after a word of change in its clause."""
    if not _is_rate(x):
        return None
    w = _GROWTH_WORD.search(x.ctx.text, max(x.clause[0], x.start - GROWTH_WORD_WINDOW), x.start)
    return w.group() if w else None


def growth_list(x: Mention) -> Evidence:
    """分别增长5.5%和7%: a percentage listed after a growth rate of its clause."""
    p, text = x.previous, x.ctx.text
    if not _is_rate(x) or p is None or p.kind != "growth" or p.end < x.clause[0]:
        return None
    j = _LIST_JOINER.search(text, max(p.end, x.start - 2), x.start)
    return f"{p.text}{j.group()}" if j else None


def bare_multiplier(x: Mention) -> Evidence:
    """亿元项目, 万头以上规模养殖场: a bare multiplier before a noun describes it."""
    if not x.bare:
        return None
    text = x.ctx.text
    after = x.end + 1 if text.startswith("的", x.end) else x.end
    if after >= len(text) or _CLAUSE_BREAKS.match(text, after):
        return None  # 带动就业万人以上。: at a clause end it is the amount itself
    return str(text[x.start : after + 1])


def bare_multiplier_amount(x: Mention) -> Evidence:
    """带动就业万人以上。: a bare multiplier ending its clause is the amount (a target)."""
    if not x.bare or bare_multiplier(x) is not None:
        return None
    return str(x.ctx.text[x.start : x.end])


def age(x: Mention) -> Evidence:
    """65岁以上老年人: an age says who is served."""
    return x.m.group() if x.unit.dimension == "age" else None


def voltage_class(x: Mention) -> Evidence:
    """110千伏变电站: a voltage names the kind of station."""
    return x.m.group() if x.unit.dimension == "voltage" else None


def project_size(x: Mention) -> Evidence:
    """10亿元以上项目, 20万吨/年绿色溶剂项目: money or a rated output before a project noun."""
    text = x.ctx.text
    dim = x.unit.dimension
    if dim.startswith("currency:"):
        p = _PROJECT_SIZE.match(text, x.end)
    elif "rate" in dim:
        p = _RATED_PROJECT.match(text, x.end)
    else:
        return None
    return p.group() if p else None


def quoted_plan_figure(x: Mention) -> Evidence:
    """占全年目标任务14亿元的: the plan's own figure, named before it, stays a target."""
    text, start = x.ctx.text, x.start
    if not text.startswith("的", x.end) or not start or text[start - 1] not in _PLAN_FIGURE_LAST:
        return None
    w = _PLAN_FIGURE_BEFORE.search(text, max(0, start - WORD_BEFORE_WINDOW), start)
    return w.group() if w else None


def attributive_de(x: Mention) -> Evidence:
    """日处理30吨的站: a figure before 的 describes the noun."""
    return "的" if x.ctx.text.startswith("的", x.end) else None


def after_de(x: Mention) -> Evidence:
    """联建的3400亩基地: a figure after 的 describes a thing (not a ratio: 常住人口的12%; not 的8亿元目标)."""
    text, start = x.ctx.text, x.start
    if not start or text[start - 1] != "的" or x.unit.dimension in ("percent", "multiple"):
        return None
    return None if _GOAL_NOUN.match(text, x.end) else "的"


def _before(x: Mention) -> str:
    return x.ctx.text[x.start - 1] if x.start else ""


def list_count(x: Mention) -> Evidence:
    """确定民生实事项目12项: the count of a list of programmes."""
    if _before(x) not in "事目":
        return None
    w = _LIST_COUNT_BEFORE.search(x.ctx.text, max(0, x.start - WORD_BEFORE_WINDOW), x.start)
    return w.group() if w else None


def divided_into(x: Mention) -> Evidence:
    """将辖区划分为86个基础网格: how the whole is cut."""
    if _before(x) not in "为成":
        return None
    w = _DIVIDED_INTO.search(x.ctx.text, max(0, x.start - WORD_BEFORE_WINDOW), x.start)
    return w.group() if w else None


def object_of_treatment(x: Mention) -> Evidence:
    """对辖区27家单位实行清单管理: the objects a measure covers."""
    text, start, end = x.ctx.text, x.start, x.end
    lo = max(0, start - TREATED_OBJECT_WINDOW)
    if text.find("对", lo, start) < 0 or not _TREATED_OBJECT_BEFORE.search(text, lo, start):
        return None
    t = _TREATMENT_AFTER.match(text, end, min(x.clause[1], end + TREATMENT_WINDOW))
    return f"对…{t.group()}" if t else None


def scope_of_rate(x: Mention) -> Evidence:
    """7个断面水质优良比例保持100%: a count opening its clause, then the rate of those things."""
    text, start, clause = x.ctx.text, x.start, x.clause
    if (
        start - clause[0] > SCOPE_OF_RATE_LEAD
        or not x.unit.dimension.startswith("count:")
        or text[clause[0] : start].strip(_LIST_MARK_CHARS)
    ):
        return None
    r = _RATE_LATER.match(text, x.end, min(clause[1], x.end + RATE_LATER_WINDOW))
    return r.group() if r else None


def remaining(x: Mention) -> Evidence:
    """剩余17个未开工项目, 未开复工5项: what is left, named at a clause start (not 完成剩余640户)."""
    text, start = x.ctx.text, x.start
    w = _REMAINING_BEFORE.search(text, max(x.clause[0], start - REMAINING_WINDOW), start)
    if w and (w.start() == 0 or text[w.start() - 1] in _OPENS_CLAUSE):
        return w.group()
    return None


REMAINING_WINDOW = 6  # the word of what is left, right before the count
_REMAINING_BEFORE = regex.compile(r"\L<remaining>$", remaining=lexicon("remaining"))
_REMAINING_LAST = "".join(sorted({w[-1] for w in lexicon("remaining")}))  # the gate: 余, 工, 成, 有


def from_to(x: Mention) -> Evidence:
    """处理规模由4万吨/日提升至6万吨/日: the level before 由…提升至 is where things stand."""
    text, start = x.ctx.text, x.start
    if _before(x) not in ("由", "从") or start - 1 < x.clause[0]:
        return None
    t = _FROM_TO.match(text, x.end)
    return f"{text[start - 1]}…{t.group()}" if t else None


def growth_named_after(x: Mention) -> Evidence:
    """成都以5.8%的增速排第一: the rate is named after it, and is a growth."""
    m = _RATE_NOUN_AFTER.match(x.ctx.text, x.end)
    return m.group() if m else None


_RATE_NOUN_AFTER = re.compile(r"的(?:经济)?(?:增速|增幅|增长速度|速度增长|年均增速)")


def share_covered(x: Mention) -> Evidence:
    """覆盖85%的小区: the share the plan reaches is the figure, though 的 follows."""
    text, start = x.ctx.text, x.start
    if x.unit.dimension != "percent" or not text.startswith("的", x.end):
        return None
    w = _SHARE_VERB_BEFORE.search(text, max(0, start - 2), start)
    return w.group() if w else None


_SHARE_VERB_BEFORE = re.compile(r"(?:覆盖|达到)$")


def base_of_comparison(x: Mention) -> Evidence:
    """比2024年的34.1微克/立方米下降5%: the level of a past year, compared with — not a descriptor after 的."""
    text, start = x.ctx.text, x.start
    if start < 2 or text[start - 1] != "的" or text[start - 2] not in "年末":
        return None
    b = _COMPARISON_PERIOD_BEFORE.search(text, max(0, start - WORD_BEFORE_WINDOW - 6), start)
    return b.group() if b else None


_COMPARISON_PERIOD_BEFORE = re.compile(r"[比较由从](?:20\d\d年|上年|去年)末?的$")


def programme_total(x: Mention) -> Evidence:
    """项目10项，总投资约二点八亿元; 开工项目总投资不低于50亿元: the total of a programme is a target
    (a named project's 总投资 is a descriptor: rule capacity)."""
    cap = clause_words(x).get("cap")
    if cap is None or cap.group() != "总投资" or not x.unit.dimension.startswith("currency:"):
        return None
    text = x.ctx.text
    # A plain 总投资850亿元 is the size of what is listed; an amount the plan
    # commits to or estimates (不低于, 约) is its target.
    q = _COMMITTING_BEFORE.search(text, cap.end(), x.start)
    return f"{cap.group()}…{q.group()}" if q else None


_COMMITTING_BEFORE = re.compile(r"不低于|不少于|达到|超过|约")


def whole_scope(x: Mention) -> Evidence:
    """实现全县143个行政村客运班线全覆盖: all the places of an area (what exists), not a count to reach."""
    text, start = x.ctx.text, x.start
    if not x.unit.dimension.startswith("count:") or not _PLACE_NOUN.match(text, x.end):
        return None
    w = _WHOLE_AREA_BEFORE.search(text, max(0, start - 2), start)
    return w.group() + text[start : x.end] if w else None


_WHOLE_AREA_BEFORE = re.compile(r"全[县市区镇乡]$")


def gap_to_target(x: Mention) -> Evidence:
    """距全年目标还差2.2亿元: the gap left to a target, not a target."""
    text, start = x.ctx.text, x.start
    return "还差" if text.startswith("还差", start - 2) else None


def clause_words(x: Mention) -> dict[str, Any]:
    """The first capacity, existing, scope and specification word of each
    group before the mention in its clause (at most CLAUSE_LOOKBACK back).
    The words of the whole text are found by one scan (:func:`find_clause_words`);
    memoised for the mention being decided."""
    ctx = x.ctx
    key = (x.start, x.clause[0])
    cached = ctx.clause_words_cache
    if cached is not None and cached[0] == key:
        return cast("dict[str, Any]", cached[1])
    lo, start = max(x.clause[0], x.start - CLAUSE_LOOKBACK), x.start
    found, starts = ctx.clause_word_matches, ctx.clause_word_starts
    words: dict[str, Any] = {}
    for i in range(bisect.bisect_left(starts, lo), len(found)):
        w = found[i]
        if w.end() > start:
            break
        words.setdefault(w.lastgroup, w)
    ctx.clause_words_cache = (key, words)
    return words


def find_clause_words(text: str) -> list[Any]:
    """Every capacity, existing, scope and specification word of a text, in order (one scan)."""
    return list(_CLAUSE_WORDS.finditer(text))


def capacity(x: Mention) -> Evidence:
    """年产, 总投资, 设计日处理规模, 占地: a capacity word in the clause (not 新增…能力, not 提升至)."""
    cap = clause_words(x).get("cap")
    if cap is None:
        return None
    text, clause, start, p = x.ctx.text, x.clause, x.start, x.previous
    if _NEW_CAPACITY.search(text, max(clause[0], cap.start() - 6), cap.start()):
        return None
    if _RAISED_TO.search(text, max(clause[0], start - 4), start):
        return None
    if p is not None and p.start >= cap.end() and text.startswith("的", p.end):
        return None  # 日处理能力30吨的处理站1座: the capacity was the earlier figure's
    return str(cap.group())


def existing(x: Mention) -> Evidence:
    """全镇共有12个行政村, 总人口5.6万人: what already exists (not a rate: 常住人口城镇化率62.5%, 常住人口的12%)."""
    w = clause_words(x).get("existing")
    if w is None or x.unit.dimension == "percent":
        return None
    return str(w.group())


def scope_word(x: Mention) -> Evidence:
    """涉及楼栋86栋, 惠及群众3万人: the scope of an action."""
    w = clause_words(x).get("scope")
    return w.group() if w else None


def project_spec(x: Mention) -> Evidence:
    """全长343米, 受益群众5万人: a named project's specification, not what the plan commits to."""
    w = clause_words(x).get("spec")
    if w is None or x.unit.dimension in ("percent", "percentage-point"):
        return None
    # Only right before the figure (全长约343米): 绿道总长达到120公里 commits to a length.
    text, clause = x.ctx.text, x.clause
    if text[w.end() : x.start] not in _SPEC_GAPS:
        return None
    if _NEW_CAPACITY.search(text, max(clause[0], w.start() - 6), w.start()):
        return None  # 新增装机容量10万千瓦: capacity the plan adds
    if _BUILD_VERB.search(text, max(clause[0], w.start() - CLAUSE_LOOKBACK), w.start()):
        return None  # 新建改造农村公路全长12.5公里: the length the plan builds
    return str(w.group())


# Verbs of building in the clause before a specification word: the plan builds
# that length (not 改造 or 建设, which also name projects: 滨河路改造工程全长343米).
# 建成后, 完成后 (once built) look ahead to the project's specification, not a task.
_BUILD_VERB = re.compile(r"(?:新建|新改建|扩建|修建|铺设|硬化|建成|完成)(?![后时])")

_SPEC_GAPS = frozenset({"", "约", "为", "近", "超", "逾", "达"})


def appositive(x: Mention) -> Evidence:
    """成立专班，即2个工作专班: a count explaining what was just named."""
    text, start = x.ctx.text, x.start
    if start == 0 or text[start - 1] not in "即是\n":
        return None
    a = _APPOSITIVE.search(text, max(0, start - WORD_BEFORE_WINDOW), start)
    return a.group() if a else None


def structure(x: Mention) -> Evidence:
    """以下五个方面, 十件民生实事: counts naming the document's structure."""
    text, start = x.ctx.text, x.start
    if start > 1 and text[start - 1] in "下列述":
        b = _STRUCTURE_BEFORE.search(text, start - 2, start)
        if b:
            return b.group()
    a = _STRUCTURE_AFTER.match(text, x.end)
    return a.group() if a else None


def scope_place(x: Mention) -> Evidence:
    """在3个社区开展, 进驻12个村: a count of the places where something happens."""
    if x.unit.name != "个" or x.m.group("suffix"):
        return None
    text, start, end = x.ctx.text, x.start, x.end
    p = _PLACE_AFTER_COUNT.match(text, end)
    if p:
        return p.group()
    n = _PLACE_NOUN.match(text, end)
    if n and _PLACE_SCOPE_BEFORE.search(text, max(0, start - 3), start):
        return n.group()
    return None


def scope(x: Mention) -> Evidence:
    """4个村1.2万亩: a count directly followed by another quantity (the scope of it)."""
    if x.m.group("suffix"):
        return None
    text, end = x.ctx.text, x.end
    n = _NOUN_THEN_NUMBER.match(text, end) or (x.unit.name in _PLACE_UNITS and _NUMBER_NEXT.match(text, end))
    return n.group() if n else None


def threshold(x: Mention) -> Evidence:
    """淘汰35蒸吨/小时以下燃煤锅炉8台: the threshold says which; the later count says how many."""
    if x.m.group("suffix") not in _THRESHOLD_SUFFIXES:
        return None
    t = _THRESHOLD_NOUN.match(x.ctx.text, x.end, min(x.clause[1], x.end + CLAUSE_LOOKBACK))
    return t.group() if t else None


def threshold_group(x: Mention) -> Evidence:
    """56人以上大班额, 30户以上自然村: a threshold right before a noun names a group."""
    if x.m.group("suffix") not in _THRESHOLD_SUFFIXES:
        return None
    text, end = x.ctx.text, x.end
    g = _GROUP_AFTER_THRESHOLD.match(text, end)
    if g is None or _VERB_START.match(text, end + (text[end] == "的" if end < len(text) else 0)):
        return None
    return g.group()


def title(x: Mention) -> Evidence:
    """A figure in the document's title."""
    return "title" if x.start <= x.ctx.title_end else None


def parenthesised(x: Mention) -> Evidence:
    """（5个）: a figure alone in parentheses."""
    text, start = x.ctx.text, x.start
    open_at = start - 2 if text.startswith("共", start - 1) else start - 1  # （共86项）
    if open_at >= 0 and text[open_at] in "(（" and text.startswith((")", "）"), x.end):
        return str(text[open_at : x.end + 1])
    return None


def quoted_name(x: Mention) -> Evidence:
    """“十件民生实事”: a figure opening a quoted name."""
    text, start = x.ctx.text, x.start
    return text[start - 1] if start > 0 and _opens_quote(text, start - 1) else None


def _opens_quote(text: str, at: int) -> bool:
    """The character at ``at`` opens a quote. A straight " opens one when an even number of
    them stand before it on its line (新建"幸福食堂"30处: the " before 30处 closes)."""
    if text[at] not in _OPENING_QUOTES:
        return False
    if text[at] != '"':
        return True
    return text.count('"', text.rfind("\n", 0, at) + 1, at) % 2 == 0


def slogan_count(x: Mention) -> Evidence:
    """三个“一号工程”, 两个“确保”: a count in words right before a quoted name is part of a
    slogan's name, no amount to reach (a counted target is written in digits: 建成5个“未来社区”)."""
    text: str = x.ctx.text
    written = text[x.start : x.end]
    if x.end < len(text) and _opens_quote(text, x.end) and written[:1] in _NUMBER_WORDS:
        return written
    return None


_NUMBER_WORDS = "一二两三四五六七八九十"


class Facts(NamedTuple):
    """What a gate looks at: cheap facts of a mention, the same for many mentions."""

    before: str  # the character before the figure, if some gate names it, else ""
    after: str  # the character after it, if some gate names it, else ""
    dimension: str
    is_ge: bool  # the unit is 个
    bare: bool
    suffix: str | None  # 以上, 以下, 左右 …
    in_title: bool


def _always(f: Facts) -> bool:
    return True


def _rate(f: Facts) -> bool:
    return f.dimension in ("percent", "percentage-point")


# ("" is in every string: a gate on a character tests that there is one.)
def _preceded_by(chars: str) -> Callable[[Facts], bool]:
    return lambda f: f.before != "" and f.before in chars


# The table, in the order the rules are tried: the first that fires decides.
# Each rule's gate is a necessary condition of its test on the mention's
# facts (a rule that cannot fire is not called); a gate never decides alone.
_TABLE: tuple[tuple[str, str, Callable[[Mention], Evidence], Callable[[Facts], bool]], ...] = (
    ("growth-word", "growth", growth_word, _rate),
    ("growth-list", "growth", growth_list, _rate),
    ("growth-named-after", "growth", growth_named_after, lambda f: f.after == "的" and f.dimension == "percent"),
    ("bare-multiplier", "descriptor", bare_multiplier, lambda f: f.bare),
    ("bare-multiplier-amount", "target", bare_multiplier_amount, lambda f: f.bare),
    ("age", "descriptor", age, lambda f: f.dimension == "age"),
    ("voltage-class", "descriptor", voltage_class, lambda f: f.dimension == "voltage"),
    (
        "project-size",
        "descriptor",
        project_size,
        lambda f: f.dimension.startswith("currency:") or "rate" in f.dimension,
    ),
    ("quoted-plan-figure", "target", quoted_plan_figure, lambda f: f.after == "的" and f.before in _PLAN_FIGURE_LAST),
    ("share-covered", "target", share_covered, lambda f: f.after == "的" and f.dimension == "percent"),
    ("attributive-de", "descriptor", attributive_de, lambda f: f.after == "的"),
    ("base-of-comparison", "result", base_of_comparison, _preceded_by("的")),
    ("after-de", "descriptor", after_de, lambda f: f.before == "的" and f.dimension not in ("percent", "multiple")),
    ("structure-list-count", "descriptor", list_count, _preceded_by("事目")),
    ("structure-divided", "descriptor", divided_into, _preceded_by("为成")),
    ("object-of-treatment", "descriptor", object_of_treatment, _always),
    ("scope-of-rate", "descriptor", scope_of_rate, lambda f: f.dimension.startswith("count:")),
    ("remaining", "descriptor", remaining, _preceded_by(_REMAINING_LAST)),
    ("from-to", "descriptor", from_to, _preceded_by("由从")),
    ("programme-total", "target", programme_total, lambda f: f.dimension.startswith("currency:")),
    ("capacity", "descriptor", capacity, _always),
    ("existing", "descriptor", existing, lambda f: f.dimension != "percent"),
    ("scope-word", "descriptor", scope_word, _always),
    ("project-spec", "descriptor", project_spec, lambda f: not _rate(f)),
    ("appositive", "descriptor", appositive, _preceded_by("即是\n")),
    (
        "structure",
        "descriptor",
        structure,
        lambda f: (f.before != "" and f.before in "下列述") or (f.after != "" and f.after in "方实民为惠"),
    ),
    ("scope-place", "descriptor", scope_place, lambda f: f.is_ge and not f.suffix),
    (
        "whole-scope",
        "descriptor",
        whole_scope,
        lambda f: f.dimension.startswith("count:") and f.before != "" and f.before in "县市区镇乡",
    ),
    ("gap-to-target", "descriptor", gap_to_target, _preceded_by("差")),
    ("scope", "descriptor", scope, lambda f: not f.suffix),
    ("threshold", "descriptor", threshold, lambda f: f.suffix in _THRESHOLD_SUFFIXES),
    ("threshold-group", "descriptor", threshold_group, lambda f: f.suffix in _THRESHOLD_SUFFIXES),
    ("title", "descriptor", title, lambda f: f.in_title),
    ("parenthesised", "descriptor", parenthesised, _preceded_by("(（共")),
    ("quoted-name", "descriptor", quoted_name, _preceded_by(_OPENING_QUOTES)),
    ("slogan-count", "descriptor", slogan_count, lambda f: f.after != "" and f.after in _OPENING_QUOTES),
)
KIND_RULES: tuple[KindRule, ...] = tuple(
    KindRule(name, kind, test, (test.__doc__ or "").strip(), gate) for name, kind, test, gate in _TABLE
)
DEFAULT_KIND = ("target", "default")
_bisect_left = bisect.bisect_left
# The characters any gate names before or after a figure; others are "" in the facts.
_GATE_BEFORE = (
    frozenset("的事目为成余由从即是\n差(（共县市区镇乡下列述" + _OPENING_QUOTES + _REMAINING_LAST) | _PLAN_FIGURE_LAST
)
_GATE_AFTER = frozenset("的方实民为惠" + _OPENING_QUOTES)
# The rules that look only at the clause's words (clause_words): a clause with
# none (most) skips them after one scan.
_CLAUSE_WORD_RULES = frozenset({"programme-total", "capacity", "existing", "scope-word", "project-spec"})
# Facts → the rules whose gates pass, built once for each distinct set of facts;
# an entry (None, n, "") stands before n clause-word rules.
_PLANS: dict[tuple[Any, ...], tuple[tuple[Any, Any, str], ...]] = {}


def _plan(facts: Facts) -> tuple[tuple[Any, Any, str], ...]:
    plan: list[tuple[Any, Any, str]] = []
    group: list[tuple[Any, Any, str]] = []
    for r in KIND_RULES:
        if not r.gate(facts):
            continue
        if r.name in _CLAUSE_WORD_RULES:
            group.append((r.test, r.kind, r.name))
            continue
        if group:
            plan += [(None, len(group), ""), *group]
            group = []
        plan.append((r.test, r.kind, r.name))
    if group:
        plan += [(None, len(group), ""), *group]
    return tuple(plan)


def _facts(x: Mention) -> tuple[Any, ...]:
    text, start, end = x.ctx.text, x.start, x.end
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    unit = x.unit
    return (
        before if before in _GATE_BEFORE else "",
        after if after in _GATE_AFTER else "",
        unit.dimension,
        unit.name == "个",
        x.bare,
        x.m.group("suffix"),
        start <= x.ctx.title_end,
    )


def decide_kind(x: Mention) -> tuple[str, str]:
    """(kind, rule name) of the first rule in :data:`KIND_RULES` that fires."""
    key = _facts(x)
    plan = _PLANS.get(key)
    if plan is None:
        plan = _PLANS[key] = _plan(Facts(*key))
    skip = 0
    for test, kind, name in plan:
        if skip:
            skip -= 1
        elif test is None:
            # No clause word between the lookback's start and the figure: skip the group.
            starts = x.ctx.clause_word_starts
            i = _bisect_left(starts, max(x.clause[0], x.start - CLAUSE_LOOKBACK))
            if i == len(starts) or starts[i] >= x.start:
                skip = kind
        elif test(x) is not None:
            return kind, name
    return DEFAULT_KIND


def explain_kind(x: Mention) -> list[tuple[str, str, str]]:
    """Every rule that fires on the mention, in table order: (rule, kind, evidence)."""
    return [(r.name, r.kind, ev) for r in KIND_RULES if (ev := r.test(x)) is not None]
