"""Checks on the names and places a draft reads from a plan's clauses.

A name is cut from the clause around a figure, so it can come out as a piece
of a sentence rather than the name of a thing: a verb phrase with the counted
noun cut out (有效改善口的饮水安全问题, from 有效改善3.2万人口的…), a bracket
opened and never closed (惠及乡镇(街道办), or a bare dimension word that names
no subject (全长). :func:`name_doubts` says what looks wrong; the draft lowers
the row's confidence for each, so that such rows are listed for review first
instead of passing as sure.

:func:`clean_place` drops a preposition the place guess may keep (在涉县 →
涉县).
"""

from __future__ import annotations

import re

__all__ = ["DOUBTFUL_NAME_CONFIDENCE", "clean_place", "list_item_name", "name_doubts"]

# A row whose name looks cut is reviewed before the rows the draft is sure of.
DOUBTFUL_NAME_CONFIDENCE = 0.6

_PAIRS = {"(": ")", "（": "）", "[": "]", "【": "】", "《": "》", "“": "”", "‘": "’", "「": "」"}
# Words that open a predicate, not a noun phrase: a name starting with one is a
# clause with its subject or object cut away.
_PREDICATE_STARTS = (
    "有效",
    "改善",
    "惠及",
    "解决",
    "带动",
    "覆盖",
    "满足",
    "受益",
    "帮助",
    "使",
    "让",
    "确保",
    "力争",
    "保障",
    "提高",
    "提升",
    "降低",
    "减少",
)
# Dimension words that measure something but name nothing by themselves.
_BARE_DIMENSIONS = {
    "全长",
    "总长",
    "长度",
    "全程",
    "面积",
    "总面积",
    "规模",
    "总量",
    "总投资",
    "投资",
    "数量",
    "人数",
    "户数",
    "个数",
    "容量",
    "产能",
    "金额",
    "资金",
}
# A single character and 的 at the start: the end of a word whose head was cut (…人口的 → 口的).
_CUT_HEAD = re.compile(r"^[\u4e00-\u9fff]的")
_PREPOSITIONS = re.compile(r"^(?:在|于|对|向|从|到|为|自|由|据)")
_PLACE_END = re.compile(r"(?:街道|镇|乡|县|区|市|村|旗|州|盟)$")


def _unbalanced(name: str) -> bool:
    stack: list[str] = []
    closers = {close: open_ for open_, close in _PAIRS.items() if open_ != close}
    for ch in name:
        if ch in _PAIRS:
            stack.append(ch)
        elif ch in closers:
            if not stack or stack[-1] != closers[ch]:
                return True
            stack.pop()
    return bool(stack)


def name_doubts(name: object) -> list[str]:
    """Why a drafted name looks like a piece of a sentence rather than a noun phrase (empty: none)."""
    if not isinstance(name, str) or not name.strip():
        return ["the name is empty"]
    text = name.strip()
    doubts = []
    if _unbalanced(text):
        doubts.append(f"name {text!r} has unbalanced brackets or quotes")
    if text in _BARE_DIMENSIONS or len(text) < 2:
        doubts.append(f"name {text!r} names no subject")
    if text.startswith(_PREDICATE_STARTS) or _CUT_HEAD.match(text):
        doubts.append(f"name {text!r} reads as a clause, not a noun phrase")
    return doubts


def clean_place(place: object) -> tuple[object, str | None]:
    """(the place without a leading preposition, a note saying what was dropped or None)."""
    if not isinstance(place, str):
        return place, None
    match = _PREPOSITIONS.match(place)
    rest = place[match.end() :] if match else place
    if match and len(rest) >= 2 and _PLACE_END.search(rest):
        return rest, f"the preposition {match.group()!r} before it dropped"
    return place, None


# 分别 after two conjoined names (城镇和农村居民人均可支配收入分别增长5.5%和7%).
_LIST_OF_TWO = re.compile(
    r"^(?P<head>.*?)(?P<a>[\u4e00-\u9fff]+)[和与及、](?P<b>[\u4e00-\u9fff]+?)分别(?P<verb>[\u4e00-\u9fff]*)"
)
_EARLIER_ITEMS = re.compile(r"[\d.]+\s?%?[和、及与]?$")
_SHARED_TAIL = 2  # characters at least of a tail the two names share
_TOWN_AND_COUNTRY = re.compile(r"城乡(?=[\u4e00-\u9fff]{2,}分别)")


def list_item_name(name: str, index: int | None) -> str:
    """The name of item ``index`` of a 分别 list: 城镇居民人均可支配收入增长 for the
    first figure of 城镇和农村居民人均可支配收入分别增长…, 农村居民… for the second.
    The two conjoined names share the tail of the second; the earlier figures of
    the list, caught in a later item's name (…分别增长5.5%和), go."""
    name = _EARLIER_ITEMS.sub("", name)
    # 城乡居民收入分别增长6.5%和8%: 城乡 is 城镇和农村 written short.
    name = _TOWN_AND_COUNTRY.sub("城镇和农村", name, count=1)
    m = _LIST_OF_TWO.match(name)
    if m is None or index is None:
        return name
    a, b = m.group("a"), m.group("b")
    if "、" in m.group("head"):
        return name  # a list of three or more (工业、农业、服务业分别增长): not split
    # The first shares the second's tail (城镇、农村居民人均可支配收入), not one character (工业和服务业).
    items = (a + b[len(a) :], b) if len(b) >= len(a) + _SHARED_TAIL else (a, b)
    if index >= len(items):
        return name
    return m.group("head") + items[index] + m.group("verb")
