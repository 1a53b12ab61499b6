"""Hand labels of writer tb3a (session 2026-12-07) for track_blind3: economic targets of city and county plans.

Typed by hand from the texts in pNN/ before any linker output was seen; never computed.
"""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p01",
        "浙江省嘉兴市",
        "p01/plan.txt",
        2024,
        ["p01/review_2025.txt", "p01/review_2024.txt"],
        [
            "https://www.jiaxing.gov.cn/art/2024/2/5/art_1229567743_2512348.html",
            "https://cezhidao.com/reports/GnEt",
            "http://m.ilynn.cn/document_detail/132045.html",
            "http://district.ce.cn/newarea/roll/202402/04/t20240204_38892792.shtml",
        ],
    ),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p01", "6%左右", "全市地区生产总值增长6%左右", "p01/review_2025.txt", "5.6%", "、增长5.6%", 5.6, "%", "2024-12-31",
     "GDP growth 2024 in the next year's review"),
    ("p01", "6%以上", "规上工业增加值增长6%以上", "p01/review_2025.txt", "7.1%", "规上工业增加值增长7.1%", 7.1, "%", "2024-12-31",
     "industrial value added growth, above the target"),
    ("p01", "5.5%以上", "社会消费品零售总额增长5.5%以上", "p01/review_2025.txt", "5.3%", "社会消费品零售总额增长5.3%", 5.3, "%",
     "2024-12-31", "retail sales growth, short of the target"),
    ("p01", "3.55%", "研发投入强度达到3.55%", "p01/review_2025.txt", "3.56%", "研发投入强度提高到3.56%", 3.56, "%", "2024-12-31",
     "R&D intensity is a level (share of GDP), not a growth rate"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p01", "p01/review_2025.txt", "7569.5亿元", "地区生产总值达到7569.5亿元", "GDP level in 亿元; the plan targets growth only"),
    ("p01", "p01/review_2025.txt", "1073.6亿元", "分别为1073.6亿元", "财政总收入: no target in the plan"),
    ("p01", "p01/review_2025.txt", "638.7亿元", "638.7亿元,均保持全省第三",
     "一般公共预算收入 level in 亿元; the plan's target is a growth rate (6%左右) and the review gives none"),
    ("p01", "p01/review_2025.txt", "9.3%", "进出口总额增长9.3%", "trade growth: no target in the plan, same unit"),
    ("p01", "p01/review_2025.txt", "九届人大四次会议", "市九届人大四次会议确定", "session number, not a figure"),
    ("p01", "p01/review_2024.txt", "7062.5亿元", "全市地区生产总值7062.5亿元", "2023 GDP level, the year before the plan"),
    ("p01", "p01/review_2024.txt", "6.3%", "7062.5亿元,增长6.3%", "2023 GDP growth, the year before the plan"),
    ("p01", "p01/review_2024.txt", "632亿元", "1102.6亿元和632亿元", "2023 一般公共预算收入 level, earlier year"),
    ("p01", "p01/review_2024.txt", "7.4%", "固定资产投资增长7.4%", "2023 investment growth, earlier year (plan: 6%以上 for 2024)"),
    ("p01", "p01/review_2024.txt", "7.6%", "规上工业增加值增长7.6%", "2023 industrial growth, earlier year"),
    ("p01", "p01/review_2024.txt", "60条", "推动经济高质量发展60条", "count of policy articles, not a result"),
]
