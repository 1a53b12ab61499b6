# Hand labels of writer tb14c for track_blind14 (see README_tb14c.md).
PAIRS: list[tuple[object, ...]] = [
    (
        "p21",
        "云南省昆明市",
        "p21/plan.txt",
        2025,
        ["p21/news_2025_11.txt", "p21/news_2026_01.txt"],
        [
            "https://kunming.cn/news/c/2025-01-12/13907653.shtml",
            "https://hkcd.com/hkcdweb/content_p/2025/11/11/content_192590.html",
            "https://www.kunming.cn/news/c/2026-01-29/14014343.shtml",
        ],
    ),
]
LINKS: list[tuple[object, ...]] = []
NEGATIVES: list[tuple[object, ...]] = [
    (
        "p21",
        "p21/news_2025_11.txt",
        "7%",
        "2024年全市规上工业增加值增长7%",
        "2024 result (year before the plan); same indicator as the 6%左右 target and same number as the 产业投资 7%左右 target",
    ),
    (
        "p21",
        "p21/news_2025_11.txt",
        "39.5%",
        "产业投资占全部投资的比重达到39.5%",
        "2024 share of 产业投资 in investment, not the 2025 growth of 产业投资",
    ),
    (
        "p21",
        "p21/news_2025_11.txt",
        "0.7个百分点",
        "2024年高出全省0.7个百分点",
        "2024 growth gap versus the province, no target in 个百分点",
    ),
    ("p21", "p21/news_2025_11.txt", "26.3%", "工业投资占比达到26.3%", "2024 share of industrial investment"),
    (
        "p21",
        "p21/news_2026_01.txt",
        "5.0%",
        "12786亿元，累计增长27.9%，年均增长5.0%",
        "Yunnan PROVINCE 社零, five-year average 2020-2025; other place and not the 2025 growth",
    ),
    (
        "p21",
        "p21/news_2026_01.txt",
        "5.0%",
        "人均地区生产总值由5.34万元提升至7.05万元，年均增长5.0%",
        "province per-capita GDP, five-year average",
    ),
    (
        "p21",
        "p21/news_2026_01.txt",
        "4.7%",
        "经济年均增长4.7%",
        "province GDP five-year average growth, not Kunming 2025",
    ),
    (
        "p21",
        "p21/news_2026_01.txt",
        "52.1%",
        "提高到2025年的52.1%",
        "province 产业投资 share of investment in 2025, other place and a share not a growth rate",
    ),
]
