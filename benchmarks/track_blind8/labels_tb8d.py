# Hand labels of writer tb8d for track_blind8 (typed from the texts, never computed).
# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p31",
        "安徽省滁州市",
        "p31/plan.txt",
        2024,
        ["p31/review_2025_01.txt"],
        [
            "https://credit.chuzhou.gov.cn/zcfg/bshi/1104356415.html",
            "http://szbk.chuzhou.cn/czrb/pc/content/202501/14/content_125912.html",
        ],
    ),
]
# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    (
        "p31",
        "6%",
        "一般公共预算收入增长6%",
        "p31/review_2025_01.txt",
        "3%",
        "一般公共预算收入307.1亿元，增长3%",
        3,
        "%",
        "2024-12-31",
        "general public budget revenue growth, stated as completed (完成) for 2024 in the city paper of 2025-01-14",
    ),
]
# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    (
        "p31",
        "p31/review_2025_01.txt",
        "4000亿元",
        "预计全年地区生产总值突破4000亿元大关",
        "GDP level, an expectation (预计), not the growth rate the plan targets (7.5%)",
    ),
    (
        "p31",
        "p31/review_2025_01.txt",
        "7.4%左右",
        "规上工业增加值增长7.4%左右",
        "industrial value added, a different indicator; close to the GDP target 7.5% but must not link to it",
    ),
    (
        "p31",
        "p31/review_2025_01.txt",
        "8%左右",
        "固定资产投资增长8%左右",
        "fixed-asset investment; no such target in the (truncated) plan text, must not link to GDP or revenue",
    ),
    (
        "p31",
        "p31/review_2025_01.txt",
        "3000亿元",
        "又从3000亿元跃升到4000亿元",
        "GDP thresholds of earlier years (2021), history",
    ),
    ("p31", "p31/review_2025_01.txt", "442个", "亿元以上项目新签约442个", "signed projects, no matching plan target"),
    ("p31", "p31/review_2025_01.txt", "13项", "全年新增国家级试点13项", "reform pilots, no matching plan target"),
]
