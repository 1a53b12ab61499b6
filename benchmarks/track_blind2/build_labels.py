"""Writes links.jsonl and negatives.jsonl of track_blind2 from the hand labels below (typed by hand, not computed)."""

import json
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).parent

# pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    # p01 惠州市 2025 targets, 1~5月 cumulative bulletin
    (
        "p01",
        "7.5%以上",
        "规模以上工业增加值增长7.5%以上",
        "p01/bulletin_2025-05.txt",
        "11.4%",
        "比上年同期增长11.4%",
        11.4,
        "%",
        "2025-05-31",
        "industrial value added, Jan-May cumulative growth",
    ),
    (
        "p01",
        "6%",
        "社会消费品零售总额增长6%",
        "p01/bulletin_2025-05.txt",
        "6.1%",
        "同比增长6.1%，增速较1~4月",
        6.1,
        "%",
        "2025-05-31",
        "retail sales growth, Jan-May cumulative",
    ),
    (
        "p01",
        "6%",
        "外贸进出口总额增长6%",
        "p01/bulletin_2025-05.txt",
        "5.3%",
        "同比增长5.3%。其中",
        5.3,
        "%",
        "2025-05-31",
        "foreign trade growth, Jan-May cumulative (export growth has the same digits: negative)",
    ),
    # p02 郑州市 2023 targets, 1—2月 cumulative bulletin, mayor's interview at the 2024 NPC
    (
        "p02",
        "8%以上",
        "规模以上工业增加值增长8%以上",
        "p02/bulletin_2023-02.txt",
        "8.5%",
        "同比增长8.5%",
        8.5,
        "%",
        "2023-02-28",
        "industrial value added, Jan-Feb cumulative",
    ),
    (
        "p02",
        "15%",
        "固定资产投资增长15%",
        "p02/bulletin_2023-02.txt",
        "7%",
        "固定资产投资同比增长7%",
        7,
        "%",
        "2023-02-28",
        "fixed investment, Jan-Feb cumulative; 7% is also the GDP target digits",
    ),
    (
        "p02",
        "12%",
        "社会消费品零售总额增长12%",
        "p02/bulletin_2023-02.txt",
        "6.6%",
        "同比增长6.6%",
        6.6,
        "%",
        "2023-02-28",
        "retail sales, Jan-Feb cumulative",
    ),
    (
        "p02",
        "7%",
        "生产总值增长7%；",
        "p02/interview_2024.txt",
        "7.4%",
        "比上年增长7.4%",
        7.4,
        "%",
        "2023-12-31",
        "2023 GDP growth told in 2024 (去年)",
    ),
]

# pair, doc, text, context, why
NEGATIVES: list[tuple[str, str, str, str, str]] = [
    ("p01", "p01/bulletin_2025-05.txt", "16.4%", "电子行业增长16.4%", "one industry, not all industry"),
    ("p01", "p01/bulletin_2025-05.txt", "4.8%", "石化能源新材料行业增长4.8%", "one industry"),
    ("p01", "p01/bulletin_2025-05.txt", "13.7%", "生命健康制造业增长13.7%", "one industry"),
    (
        "p01",
        "p01/bulletin_2025-05.txt",
        "11%",
        "先进制造业增加值增长11%",
        "advanced manufacturing, close to the 11.4% of all industry",
    ),
    ("p01", "p01/bulletin_2025-05.txt", "61.7%", "占规模以上工业增加值的61.7%", "a share, not a growth rate"),
    ("p01", "p01/bulletin_2025-05.txt", "15.8%", "高技术制造业增加值增长15.8%", "high-tech manufacturing"),
    (
        "p01",
        "p01/bulletin_2025-05.txt",
        "29.2%",
        "工业技术改造投资增长29.2%",
        "one kind of investment; the investment target is words (正增长)",
    ),
    ("p01", "p01/bulletin_2025-05.txt", "881.66亿元", "社会消费品零售总额881.66亿元", "retail level; plan sets growth"),
    ("p01", "p01/bulletin_2025-05.txt", "0.4个百分点", "提高0.4个百分点", "change of the growth rate"),
    ("p01", "p01/bulletin_2025-05.txt", "6.2%", "城镇消费品零售额增长6.2%", "urban part of retail sales"),
    ("p01", "p01/bulletin_2025-05.txt", "5.6%", "乡村消费品零售额增长5.6%", "rural part of retail sales"),
    ("p01", "p01/bulletin_2025-05.txt", "54.2%", "分别增长54.2%", "one goods class, 分别 list"),
    ("p01", "p01/bulletin_2025-05.txt", "14.8%", "54.2%、14.8%", "one goods class, 分别 list"),
    ("p01", "p01/bulletin_2025-05.txt", "1620.46亿元", "外贸进出口总额1620.46亿元", "trade level; plan sets growth"),
    ("p01", "p01/bulletin_2025-05.txt", "5.3%", "出口894.54亿元，增长5.3%", "export growth, same digits as trade"),
    ("p01", "p01/bulletin_2025-05.txt", "5.2%", "进口725.92亿元，增长5.2%", "import growth"),
    ("p01", "p01/bulletin_2024.txt", "4.2%", "比上年增长4.2%", "2024 GDP growth, the year before the plan"),
    ("p01", "p01/bulletin_2024.txt", "6136.39亿元", "地区生产总值为6136.39亿元", "2024 GDP level"),
    ("p01", "p01/bulletin_2024.txt", "9.7%", "规模以上工业增加值比上年增长9.7%", "2024 industry, before the plan"),
    ("p01", "p01/bulletin_2024.txt", "2.4%", "同比增长2.4%", "2024 retail sales, before the plan"),
    ("p01", "p01/bulletin_2024.txt", "7.6%", "3188.68亿元，增长7.6%", "2024 secondary sector"),
    ("p02", "p02/bulletin_2023-02.txt", "4.1个百分点", "加快4.1个百分点", "change against 2022"),
    ("p02", "p02/bulletin_2023-02.txt", "3.6个百分点", "6.1个和3.6个百分点", "gap to the province"),
    ("p02", "p02/bulletin_2023-02.txt", "60.5%", "增长面达到60.5%", "share of growing industries"),
    ("p02", "p02/bulletin_2023-02.txt", "11.9%", "分别增长11.9%", "leading industries, 分别 list"),
    ("p02", "p02/bulletin_2023-02.txt", "22.1%", "11.9%、22.1%", "high-tech manufacturing, 分别 list"),
    ("p02", "p02/bulletin_2023-02.txt", "22.5%", "分别增长22.5%", "electronics, 分别 list"),
    ("p02", "p02/bulletin_2023-02.txt", "15.5个百分点", "提高15.5个百分点", "change of investment growth"),
    ("p02", "p02/bulletin_2023-02.txt", "35%", "工业投资增长35%", "industrial investment, a part of investment"),
    ("p02", "p02/bulletin_2023-02.txt", "926.6亿元", "零售总额926.6亿元", "retail level, plan sets growth"),
    ("p02", "p02/bulletin_2023-02.txt", "9.9个百分点", "提高9.9个百分点", "change of retail growth"),
    ("p02", "p02/bulletin_2023-02.txt", "71%", "增长面为71%", "share of growing goods classes"),
    (
        "p02",
        "p02/bulletin_2023-02.txt",
        "1127.7亿元",
        "进出口总值1127.7亿元",
        "trade level; plan says 保持正增长 (words)",
    ),
    ("p02", "p02/bulletin_2023-02.txt", "73.2%", "占全省外贸的73.2%", "share of the province"),
    ("p02", "p02/bulletin_2023-02.txt", "3068.4亿元", "总投资3068.4亿元", "project investment total"),
    ("p02", "p02/interview_2024.txt", "1.36万亿元", "突破1.36万亿元", "GDP level, plan sets growth"),
    ("p02", "p02/interview_2024.txt", "7%左右", "增长7%左右的目标", "next year's (2024) target, same digits as 2023's"),
]

LINK_KEYS = ("pair", "plan_text", "plan_context", "doc", "text", "context", "value", "unit", "as_of", "why")
NEG_KEYS = ("pair", "doc", "text", "context", "why")


def write(path: Path, keys: tuple[str, ...], rows: Sequence[tuple[object, ...]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(dict(zip(keys, row, strict=True)), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write(HERE / "links.jsonl", LINK_KEYS, LINKS)
    write(HERE / "negatives.jsonl", NEG_KEYS, NEGATIVES)
