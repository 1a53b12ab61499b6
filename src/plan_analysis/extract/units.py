"""Chinese units of measure and measure words (量词), as one table.

Each entry maps a written unit (simplified characters, as it appears after
normalisation) to a :class:`Unit`: its canonical name, its dimension and its
size in the dimension's reference unit. Dimensions keep apples from oranges:
``convert`` refuses to turn 亩 into 公里 or 美元 into 元 (exchange rates are
not a unit question).

Design choices, documented because callers depend on them:

* ``parse_unit`` splits off numeric multipliers only (十 百 千 万 亿 and their
  products: 千万, 十亿, 万亿 …) and keeps the unit *as written*, normalised to
  its canonical simplified name: ``parse_unit("万亩") == (1e4, "亩")``.
  It does not change the unit of measure itself, so ``parse_unit("米")`` is
  ``(1.0, "米")``, not ``(0.001, "公里")``: a plan that says 米 is tracked in
  米. Use ``convert`` to change between units of one dimension.
* Synonyms collapse to one canonical name: 千米/km → 公里, 千克/kg → 公斤,
  美金 → 美元, 港币 → 港元, 台套/台（套） → 台(套), 标箱/TEU → 标准箱.
  千米, 千克, 千瓦 are units in their own right and never read as 千 × 米.
* Compound units are one unit: 蒸吨/小时 (boiler capacity), 立方米/日 and
  吨/日 (plant throughput), and the per-visit counts 人次, 户次, 家次, 批次 ….
  Ages (岁, 周岁) are their own dimension, and 天 is a duration.
* Each count classifier (个, 家, 项, 户 …) is its own dimension: 3个 and 3家
  count different things, so converting between them is refused.
* Traditional forms (萬元, 畝, 個, 戶, 臺(套) …) give the same result as the
  simplified ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "MULTIPLIERS",
    "UNITS",
    "Unit",
    "UnitMismatchError",
    "convert",
    "dimension",
    "lookup",
    "parse_unit",
    "unit_alternation",
]


class UnitMismatchError(ValueError):
    """Two units measure different things (亩 vs 公里), so no conversion exists."""


@dataclass(frozen=True)
class Unit:
    """A unit of measure: canonical name, dimension and size in that dimension."""

    name: str
    dimension: str
    factor: float = 1.0  # size in the dimension's reference unit
    duration: bool = False  # a span of time (个月, 天): not a plan quantity


# Numeric multipliers that may stand between a number and its unit (1.2万亩).
MULTIPLIERS: dict[str, float] = {"十": 1e1, "百": 1e2, "千": 1e3, "万": 1e4, "亿": 1e8}

_M2_PER_MU = 10000.0 / 15.0  # 1 亩 = 666.67 平方米 (the statutory mu)

# (written forms, canonical name, dimension, factor to the dimension's reference)
_TABLE: list[tuple[tuple[str, ...], str, str, float]] = [
    # Currencies: each its own dimension, no exchange rates here.
    (("元", "人民币"), "元", "currency:CNY", 1.0),
    (("美元", "美金"), "美元", "currency:USD", 1.0),
    (("欧元",), "欧元", "currency:EUR", 1.0),
    (("日元",), "日元", "currency:JPY", 1.0),
    (("英镑",), "英镑", "currency:GBP", 1.0),
    (("港元", "港币"), "港元", "currency:HKD", 1.0),
    (("澳元",), "澳元", "currency:AUD", 1.0),
    (("韩元",), "韩元", "currency:KRW", 1.0),
    (("卢布",), "卢布", "currency:RUB", 1.0),
    # Area (reference: 平方米).
    (("平方米", "平米", "m²", "m2", "㎡"), "平方米", "area", 1.0),
    (("平方公里", "平方千米", "km²", "km2", "㎢"), "平方公里", "area", 1e6),
    (("公顷", "ha"), "公顷", "area", 1e4),
    (("亩",), "亩", "area", _M2_PER_MU),
    # 1 顷 = 100 亩. Only after Arabic digits (开垦20顷): 七顷 is a place name.
    (("顷",), "顷", "area", 100 * _M2_PER_MU),
    # Length (reference: 米).
    (("公里", "千米", "km"), "公里", "length", 1e3),
    (("米", "延米", "m"), "米", "length", 1.0),
    (("厘米", "cm"), "厘米", "length", 1e-2),
    (("里",), "里", "length", 500.0),
    # Volume (reference: 立方米).
    (("立方米", "方米", "立方", "m³", "m3"), "立方米", "volume", 1.0),
    # Daily throughput of a plant (污水处理能力2万立方米/日).
    (("立方米/日", "立方米/天", "m³/d", "m3/d"), "立方米/日", "volume-rate", 1.0),
    (("吨/日", "吨/天", "t/d"), "吨/日", "mass-rate", 1.0),
    # Hourly throughput of a pump or plant (排涝能力3000立方米/小时).
    (("立方米/小时", "立方米/时", "m³/h", "m3/h"), "立方米/小时", "volume-rate:hour", 1.0),
    (("吨/小时", "吨/时"), "吨/小时", "mass-rate:hour", 1.0),
    # Annual output or throughput (年产10万吨/年, 处理能力5万吨/年).
    (("吨/年", "t/a"), "吨/年", "mass-rate:year", 1.0),
    (("立方米/年",), "立方米/年", "volume-rate:year", 1.0),
    (("立方米/秒", "m³/s", "m3/s"), "立方米/秒", "flow", 1.0),
    (("千瓦时/年",), "千瓦时/年", "energy-rate:year", 1.0),
    # Money per unit (补贴200元/亩, 人均3000元/年): a rate, not an amount of money.
    (("元/亩",), "元/亩", "price:CNY/亩", 1.0),
    (("元/人",), "元/人", "price:CNY/人", 1.0),
    (("元/月",), "元/月", "price:CNY/月", 1.0),
    (("元/年",), "元/年", "price:CNY/年", 1.0),
    (("元/吨",), "元/吨", "price:CNY/吨", 1.0),
    (("元/平方米",), "元/平方米", "price:CNY/平方米", 1.0),
    (("元/人/月", "元/人·月"), "元/人/月", "price:CNY/人/月", 1.0),
    # Yields (亩产): 500公斤/亩.
    (("公斤/亩", "千克/亩"), "公斤/亩", "yield:亩", 1.0),
    # People or households per period (培训500人/年).
    (("人/年",), "人/年", "count-rate:人/年", 1.0),
    (("人次/年",), "人次/年", "count-rate:人次/年", 1.0),
    (("户/年",), "户/年", "count-rate:户/年", 1.0),
    (("升", "L"), "升", "volume", 1e-3),
    # Mass (reference: 公斤).
    (("吨", "t"), "吨", "mass", 1e3),
    (("公斤", "千克", "kg"), "公斤", "mass", 1.0),
    (("斤",), "斤", "mass", 0.5),
    (("克", "g"), "克", "mass", 1e-3),
    # Energy and power (reference: 千瓦时, 千瓦).
    (("千瓦时", "度", "kWh"), "千瓦时", "energy", 1.0),
    (("兆瓦时", "MWh"), "兆瓦时", "energy", 1e3),
    (("吨标准煤", "吨标煤"), "吨标准煤", "energy:coal", 1.0),
    (("千瓦", "kW"), "千瓦", "power", 1.0),
    (("兆瓦", "MW"), "兆瓦", "power", 1e3),
    (("吉瓦", "GW"), "吉瓦", "power", 1e6),
    (("瓦", "W"), "瓦", "power", 1e-3),
    (("千伏安",), "千伏安", "apparent-power", 1.0),
    # Boiler capacity (淘汰35蒸吨/小时以下燃煤锅炉): one unit, not 蒸吨 per 小时.
    (("蒸吨/小时", "蒸吨/时", "t/h", "蒸吨"), "蒸吨/小时", "boiler-capacity", 1.0),
    (("千伏", "kV"), "千伏", "voltage", 1.0),
    # Concentrations (air and water quality targets).
    (("微克/立方米", "μg/m³", "μg/m3", "ug/m3"), "微克/立方米", "concentration:air", 1.0),
    (("毫克/升", "mg/L", "mg/l"), "毫克/升", "concentration:water", 1.0),
    # Freight.
    (("标准箱", "标箱", "TEU"), "标准箱", "container", 1.0),
    # Ratios.
    (("%", "％"), "%", "percent", 1.0),
    # A change of 2个百分点 is not a change of 2%: its own dimension.
    (("个百分点", "百分点"), "个百分点", "percentage-point", 1.0),
    (("‰",), "‰", "permille", 1.0),
    (("倍",), "倍", "multiple", 1.0),
    # People and visits.
    (("人次",), "人次", "count:人次", 1.0),
    # Work done per area, person or machine and day (飞防作业5万亩次, 用工200人日).
    (("亩次",), "亩次", "count:亩次", 1.0),
    (("人日", "工日"), "人日", "count:人日", 1.0),
    (("台班",), "台班", "count:台班", 1.0),
    # Teaching hours (培训40学时).
    (("学时",), "学时", "count:学时", 1.0),
    (("课时",), "课时", "count:课时", 1.0),
    (("户次",), "户次", "count:户次", 1.0),
    (("车次",), "车次", "count:车次", 1.0),
    (("架次",), "架次", "count:架次", 1.0),
    (("场次",), "场次", "count:场次", 1.0),
    (("班次",), "班次", "count:班次", 1.0),
    # Visits and inspections counted per object: 检查企业300家次, 抽检200批次.
    (("家次",), "家次", "count:家次", 1.0),
    (("批次",), "批次", "count:批次", 1.0),
    (("件次",), "件次", "count:件次", 1.0),
    (("台次",), "台次", "count:台次", 1.0),
    (("辆次",), "辆次", "count:辆次", 1.0),
    (("艘次",), "艘次", "count:艘次", 1.0),
    (("航次",), "航次", "count:航次", 1.0),
    (("课次",), "课次", "count:课次", 1.0),
    (("期次",), "期次", "count:期次", 1.0),
    # Ages (65岁以上老年人, 80周岁以上老人): thresholds of a group of people.
    (("周岁",), "周岁", "age", 1.0),
    (("岁",), "岁", "age", 1.0),
    (("人",), "人", "count:人", 1.0),
    (("名",), "名", "count:名", 1.0),
    (("位",), "位", "count:位", 1.0),
    (("户",), "户", "count:户", 1.0),
    # Equipment sets: 台(套) is one unit, written with either parentheses.
    (("台(套)", "台（套）", "台套"), "台(套)", "count:台(套)", 1.0),
    # Time spans: recognised so that they are *not* read as counts (3个月).
    (("个月",), "个月", "duration", 30.0),
    (("个工作日", "工作日"), "个工作日", "duration", 1.0),
    (("天",), "天", "duration", 1.0),
    (("小时",), "小时", "duration", 1.0 / 24.0),
]

# Count classifiers (量词) each counting their own kind of thing: the
# individual and container measure words of the standard lists of Chinese
# classifiers (个体量词, 容器量词) that plans use with numbers, taken as a list
# rather than from what one corpus shows. Left out: ordinals and grades (级,
# 号), time words (年, 月, 日) and words that mostly start terms (首, 本, 回).
_CLASSIFIERS = [
    "个",
    "家",
    "项",
    "件",
    "处",
    "座",
    "台",
    "套",
    "条",
    "篇",
    "所",
    "村",
    "镇",
    "乡",
    "辆",
    "艘",
    "架",
    "次",
    "场",
    "期",
    "批",
    "只",
    "头",
    "棵",
    "株",
    "张",
    "本",
    "册",
    "份",
    "部",
    "间",
    "栋",
    "幢",
    "床",
    "支",
    "队",
    "门",
    "类",
    "种",
    "片",
    "块",
    "宗",
    "笔",
    "单",
    "例",
    "起",
    "轮",
    "届",
    "盏",
    "根",
    "口",
    "组",
    "对",
    "双",
    "节",
    "堂",
    "课",
    "所",
    "园",
    "站",
    "校",
    "孔",
    "道",
    "面",
    "扇",
    "座",
    "段",
    "处",
    "宗",
    "眼",
    "羽",
    "尾",
    "枚",
    "幅",
    "台",
    "艘",
    "具",
    "顶",
    "把",
    "匹",
    "颗",
    "粒",
    "尊",
    "卷",
    "部",
    "列",
    "趟",
    "班",
    "层",
    "桩",
    "副",
    "餐",
    "遍",
    "盒",
    "箱",
    "袋",
    "包",
    "瓶",
    "罐",
    "桶",
    "丛",
    "盆",
    "棒",
]
for _c in dict.fromkeys(_CLASSIFIERS):
    if _c in MULTIPLIERS:
        continue
    _TABLE.append(((_c,), _c, f"count:{_c}", 1.0))

UNITS: dict[str, Unit] = {}
for _forms, _name, _dim, _factor in _TABLE:
    _unit = Unit(_name, _dim, _factor, duration=_dim == "duration")
    for _form in _forms:
        UNITS.setdefault(_form, _unit)

# Traditional characters that occur in units, so that unit strings taken from
# unnormalised text still resolve (the extractor itself sees simplified text).
_T2S_UNIT_CHARS = str.maketrans(
    "萬億畝個戶處臺條張噸裏裡頃雙輛間屆場項門類種筆圓歐鎊幣韓對組隻頭時標準"
    "點級縣鎮鄉區園廠網課節輪餘棟閒車盞隊幹塊單蘭盧",
    "万亿亩个户处台条张吨里里顷双辆间届场项门类种笔元欧镑币韩对组只头时标准"
    "点级县镇乡区园厂网课节轮余栋闲车盏队干块单兰卢",
)

_MULTIPLIER_CHARS = frozenset(MULTIPLIERS)


def _canonical_form(text: str) -> str:
    return text.strip().translate(_T2S_UNIT_CHARS)


@lru_cache(maxsize=4096)
def _parse(text: str) -> tuple[float, Unit]:
    s = _canonical_form(text)
    if not s:
        raise ValueError("empty unit")
    # Longest known unit suffix first, so 千米 is a unit and 千万元 is 千万 × 元.
    for i in range(len(s)):
        unit = UNITS.get(s[i:])
        if unit is None:
            continue
        prefix = s[:i]
        if prefix and not set(prefix) <= _MULTIPLIER_CHARS:
            continue
        multiplier = 1.0
        for ch in prefix:
            multiplier *= MULTIPLIERS[ch]
        return multiplier, unit
    raise ValueError(f"unknown unit {text!r}")


def parse_unit(text: str) -> tuple[float, str]:
    """Split a written unit into (multiplier, canonical base unit).

    >>> parse_unit("万元"), parse_unit("亿元"), parse_unit("万亩")
    ((10000.0, '元'), (100000000.0, '元'), (10000.0, '亩'))
    >>> parse_unit("km"), parse_unit("千米"), parse_unit("米")
    ((1.0, '公里'), (1.0, '公里'), (1.0, '米'))

    Raises ``ValueError`` for a string that is not a known unit.
    """
    multiplier, unit = _parse(text)
    return multiplier, unit.name


def lookup(text: str) -> Unit | None:
    """The :class:`Unit` a written unit (without multiplier) stands for, or None."""
    return UNITS.get(_canonical_form(text))


def dimension(text: str) -> str:
    """The dimension of a written unit (``"area"``, ``"currency:CNY"``, ``"count:个"`` …)."""
    return _parse(text)[1].dimension


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert ``value`` from one written unit to another of the same dimension.

    ``convert(1.2, "万亩", "亩") == 12000``; ``convert(1, "公里", "米") == 1000``.
    Raises :class:`UnitMismatchError` when the dimensions differ (亩 vs 公里) and
    ``ValueError`` for an unknown unit.
    """
    m_from, u_from = _parse(from_unit)
    m_to, u_to = _parse(to_unit)
    if u_from.dimension != u_to.dimension:
        raise UnitMismatchError(f"cannot convert {from_unit!r} ({u_from.dimension}) to {to_unit!r} ({u_to.dimension})")
    return value * (m_from * u_from.factor) / (m_to * u_to.factor)


def unit_alternation(*, include_durations: bool = True) -> str:
    """A regex alternation of every written unit, longest first (for extractors)."""
    forms = [f for f, u in UNITS.items() if include_durations or not u.duration]
    forms.sort(key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)
