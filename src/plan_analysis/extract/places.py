"""China's provinces, cities and counties by name: a gazetteer for telling a place from a word.

The names come from the table of administrative divisions that the ``cpca`` package ships
(``cpca/resources/adcodes.csv``: 12-digit code, name). Only its file is read, found
without importing the package (whose import builds its own matchers, which we do not use).

A place is named in full (哈尔滨市, 甘孜藏族自治州) or short: an autonomous prefecture
or county by its place and unit (甘孜州), and in a title a province or a prefecture-level
city by its name alone (天津2023年20项民心工程, 海南今年…): :func:`official_name` gives the
full name for both.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from functools import cache
from pathlib import Path

__all__ = ["official_name", "short_name_place", "sub_unit_names", "without_autonomy"]

# The people an autonomous unit is named for, between its place and 自治 (壮族 of 广西壮族自治区).
_PEOPLE = r"(?:[\u4e00-\u9fff]{1,4}?族|维吾尔|哈萨克|柯尔克孜|蒙古)"
# What an autonomous unit's name holds between the place and its unit (壮族自治 of 广西壮族自治区,
# 特别行政 of 香港特别行政区).
_AUTONOMY_WORDS = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:{_PEOPLE}?自治(?=[区州县旗])|特别行政(?=区))")
# The parts of a full name after the place itself (省, 市, 壮族自治区, 藏族自治州, 地区, 盟…).
_UNIT = re.compile(
    rf"(?<=[\u4e00-\u9fff]{{2}})(?:{_PEOPLE}?自治(?:区|州|县|旗)|特别行政区|地区|林区|省|市|盟|县|区|旗)$"
)
# Codes of the two upper levels: a province's ends in ten zeros, a prefecture's in eight.
_PROVINCE_TAIL = "0" * 10
_PREFECTURE_TAIL = "0" * 8


def _table() -> list[tuple[str, str]]:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the gazetteer package cpca is not installed (pip install cpca)")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    with path.open(encoding="utf-8", newline="") as f:
        return [(row["adcode"], row["name"]) for row in csv.DictReader(f)]


@cache
def _names() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    """(every full name, the short forms with a unit → full name, the bare short names of
    provinces and prefecture-level cities → full name)."""
    full: set[str] = set()
    with_unit: dict[str, str] = {}
    bare: dict[str, str] = {}
    for code, name in _table():
        unit = _UNIT.search(name)
        short = name[: unit.start()] if unit else name
        if len(short) < 2 or unit is None:
            continue  # 城区, 矿区, 沙县: a word more often than a place
        full.add(name)
        if unit and "自治" in unit.group():
            with_unit.setdefault(short + unit.group()[-1], name)  # 甘孜州, 峨边县
        if short.endswith("州") and unit and unit.group() == "市":
            with_unit.setdefault(short, name)  # 杭州 for 杭州市: a unit of its own
        if code.endswith(_PROVINCE_TAIL):
            bare[short] = name  # 海南 is 海南省 before 青海's 海南藏族自治州
        elif code.endswith(_PREFECTURE_TAIL):
            bare.setdefault(short, name)
    return frozenset(full), with_unit, bare


@cache
def sub_unit_names(place: str) -> frozenset[str]:
    """The units one level below ``place`` (a province or prefecture-level city, named in
    full) by their full and their short names: 吴江区 and 吴江, 常熟市 and 常熟 for 苏州市.

    Below a plan's own place a short name is a place, though the gazetteer cannot take it
    for one anywhere (常熟8所、太仓3所 in a notice of 苏州市: the schools of its parts)."""
    table = _table()
    codes = {code for code, name in table if name == place}
    heads = {code[:2] for code in codes if code.endswith(_PROVINCE_TAIL)}
    heads |= {code[:4] for code in codes if code.endswith(_PREFECTURE_TAIL) and not code.endswith(_PROVINCE_TAIL)}
    # A municipality's districts stand under a 市辖区 or 县 of its own (110100000000 of 北京市).
    heads |= {
        code[:4] for code, name in table if name in _GROUPS and code[:2] in heads and code.endswith(_PREFECTURE_TAIL)
    }
    longest_first = sorted(heads, key=len, reverse=True)
    names: set[str] = set()
    for code, name in table:
        head = next((h for h in longest_first if code.startswith(h)), None)
        if head is None or code in codes or name in _GROUPS:
            continue
        # One level below: a prefecture of a province, a county of a prefecture.
        if code[len(head) : len(head) + 2] == "00" or code[len(head) + 2 :].strip("0"):
            continue
        names.add(name)
        unit = _UNIT.search(name)
        short = without_autonomy(name)[: unit.start()] if unit else name
        if len(short) >= 2 and not _COMMON_SHORT.match(short):
            names.add(short)
    # 岳阳 is 岳阳市's own short name before its 岳阳县's.
    own = _UNIT.search(place)
    names.discard(without_autonomy(place)[: own.start()] if own else place)
    return frozenset(names)


_GROUPS = frozenset({"市辖区", "县"})  # the table's groupings of a municipality's units, no place
# Short names of units that are words too (市辖区's 城区, 郊区; 新区, 高新区 name no one place).
_COMMON_SHORT = re.compile(r"^(?:城区|郊区|新区|高新|开发|经济|市辖|矿区)$")


def without_autonomy(name: str) -> str:
    """A unit's name without the words of its autonomy (广西壮族自治区 → 广西区, 甘孜藏族自治州 → 甘孜州)."""
    return _AUTONOMY_WORDS.sub("", name)


def official_name(name: str) -> str | None:
    """The full name of a place written in full or with its unit (甘孜州 → 甘孜藏族自治州), or None."""
    full, with_unit, _ = _names()
    if name in full:
        return name
    return with_unit.get(name)


def short_name_place(text: str) -> str | None:
    """The province or prefecture-level city whose bare name opens ``text`` (天津2023年… → 天津市), or None."""
    _, _, bare = _names()
    run = _HAN_RUN.match(text)
    if run is None:
        return None
    word = run.group()
    for end in range(min(len(word), _MAX_SHORT), 1, -1):
        if word[end : end + 1] in _UNIT_CHARS and end < len(word):
            continue  # 长沙县…: another place whose name starts with the city's
        if (place := bare.get(word[:end])) is not None:
            return place
    return None


_UNIT_CHARS = "省市县区州盟旗镇乡"


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_MAX_SHORT = 8  # characters of the longest bare name (克孜勒苏柯尔克孜 of its 自治州)
