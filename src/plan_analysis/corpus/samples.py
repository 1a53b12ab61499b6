"""Plan texts for demos, tests and benchmarks, generated from templates this project wrote.

:func:`write_demo_corpus` writes a small corpus of invented places and years
(a county's 政府工作报告, a town's quarterly plan, a district's 民生实事 list),
with figures drawn from a seeded generator, plus two files the extractor must
refuse (binary bytes, an empty file). :func:`vary_text` makes a new document
from an existing one (new place name, new figures), for corpora of any size.
Same seed, same texts.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

__all__ = ["PLACES", "demo_text", "vary_text", "write_demo_corpus"]

PLACES = ("青川县", "白水县", "柳河镇", "西山镇", "东岭街道", "南湖区", "石门乡", "北岸区")
_QUARTERS = "一二三四"

_COUNTY = """{place}{year}年政府工作报告

一、{year}年主要预期目标
全{level}地区生产总值增长{gdp}%左右，一般公共预算收入增长{rev}%以上，城乡居民人均可支配收入增长{inc}%，新增城镇就业{jobs}人。

二、重点工作
（一）扩大有效投资。全年实施重点项目{projects}个，完成投资{invest}亿元。
（二）推进乡村振兴。新建高标准农田{farm}万亩，改造农村户厕{toilets}户。
（三）增进民生福祉。新增养老床位{beds}张，年底前改造老旧小区{estates}个。
"""

_TOWN = """{place}{year}年第{qcn}季度工作计划

一、经济运行
{qcn}季度完成工业开票{sales}亿元，新签约亿元项目{deals}个以上，地区生产总值增长{gdp}%。
二、乡村振兴
完成人居环境整治村{villages}个，新增耕地{land}亩。
三、民生保障
发放救助资金{aid}万元，{month}月底前完成。
"""

_LIST = """{place}{year}年民生实事项目

1.新增公办幼儿园学位{seats}个。
2.城镇新增就业{jobs}人，城镇调查失业率控制在{unemployment}%以内。
3.一般公共预算收入增长{rev}%。
4.建设口袋公园{parks}处。
"""


def demo_text(kind: int, place: str, year: int, rng: random.Random) -> str:
    """One invented plan text: ``kind`` 0 a county report, 1 a quarterly plan, 2 a 民生实事 list."""
    level = "县" if place.endswith("县") else "区" if place.endswith("区") else "镇"
    q = rng.randrange(4)
    figures = dict(
        place=place,
        year=year,
        level=level,
        qcn=_QUARTERS[q],
        month=3 * q + rng.randrange(1, 3),
        gdp=rng.choice(["5", "5.5", "6", "6.5", "7", "7.5", "8"]),
        rev=rng.choice(["3", "4", "5", "6", "8"]),
        inc=rng.choice(["5", "6", "6.5", "7"]),
        jobs=rng.randrange(8, 60) * 100,
        projects=rng.randrange(20, 90),
        invest=rng.randrange(30, 300),
        farm=rng.randrange(1, 9),
        toilets=rng.randrange(2, 20) * 100,
        beds=rng.randrange(1, 9) * 50,
        estates=rng.randrange(3, 40),
        sales=rng.randrange(2, 20),
        deals=rng.randrange(1, 6),
        villages=rng.randrange(3, 15),
        land=rng.randrange(2, 30) * 100,
        aid=rng.randrange(5, 90) * 10,
        seats=rng.randrange(2, 20) * 30,
        unemployment=rng.choice(["5", "5.5"]),
        parks=rng.randrange(3, 12),
    )
    return (_COUNTY, _TOWN, _LIST)[kind].format(**figures)


def write_demo_corpus(folder: str | Path, *, documents: int = 24, seed: int = 12) -> Path:
    """Write ``documents`` invented plans under ``folder/<place>/`` and two bad files; return ``folder``."""
    folder = Path(folder)
    rng = random.Random(seed)
    for i in range(documents):
        place = PLACES[i % len(PLACES)]
        year = 2022 + (i // len(PLACES)) % 4
        kind = i % 3
        path = folder / place / f"{year}-{kind}-{i:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(demo_text(kind, place, year, rng), encoding="gb18030" if i % 5 == 4 else "utf-8")
    (folder / "scanned.txt").write_bytes(bytes(rng.randrange(256) for _ in range(600)) + b"\x00" * 64)
    (folder / "empty.txt").write_bytes(b"")
    return folder


_DIGITS = re.compile(r"\d+")
_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:县|镇|乡|街道|区)")


def vary_text(text: str, rng: random.Random) -> str:
    """A new document from ``text``: another place name, every figure (not years) redrawn with as many digits."""
    place = rng.choice(PLACES)
    text = _PLACE_NAME.sub(place, text, count=1)

    def redraw(m: re.Match) -> str:
        digits = m.group()
        if len(digits) == 4 and digits.startswith("20"):
            return digits  # a year
        first = str(rng.randrange(1, 10))
        return first + "".join(str(rng.randrange(10)) for _ in digits[1:])

    return _DIGITS.sub(redraw, text)
