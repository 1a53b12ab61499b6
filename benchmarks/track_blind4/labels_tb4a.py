"""Hand labels of writer tb4a for track_blind4 (typed by hand from the texts, never computed)."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p01",
        "四川省",
        "p01/plan.txt",
        2024,
        ["p01/review_2025_news.txt", "p01/review_2025.txt", "p01/survey_2025.txt"],
        [
            "http://sc.people.com.cn/n2/2024/0122/c345167-40722143.html",
            "http://tnt111.com/cos/look/detail/742560534957572.html",
            "https://opinion.newssc.org/system/20250121/001502915.html",
            "https://reportify.cn/reports/1085167330377469952",
            "http://fgljy.com/main/ShowNews_77783.html",
        ],
    ),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    # p01 四川省 2024
    ("p01", "6%左右", "地区生产总值增长6%左右;", "p01/review_2025_news.txt", "5.7%", "2024年全省地区生产总值增长5.7%", 5.7, "%", "2024-12-31", "GDP growth 2024, estimate in the 2025 report"),
    ("p01", "6%左右", "地区生产总值增长6%左右;", "p01/review_2025.txt", "5.7%", "全省地区生产总值增长5.7%", 5.7, "%", "2024-12-31", "GDP growth 2024, the 2025 report's review"),
    ("p01", "715亿斤以上", "粮食产量保持在715亿斤以上", "p01/survey_2025.txt", "3633.8万吨", "2024年四川粮食总产量达到3633.8万吨", 72676000000, "斤", "2024-12-31", "grain output 2024 in 万吨 against a target in 亿斤 (1吨 = 2000斤)"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    # p01 review_2025_news: the 2025 targets printed beside the 2024 review
    ("p01", "p01/review_2025_news.txt", "5.5%以上", "地区生产总值增长5.5%以上", "2025 GDP target, next year's"),
    ("p01", "p01/review_2025_news.txt", "85万人", "城镇新增就业85万人", "2025 jobs target (same figure as the 2024 target), not a result"),
    ("p01", "p01/review_2025_news.txt", "5.5%左右", "城镇调查失业率5.5%左右", "2025 unemployment target, next year's"),
    ("p01", "p01/review_2025_news.txt", "2%左右", "居民消费价格涨幅2%左右", "2025 CPI target, next year's"),
    ("p01", "p01/review_2025_news.txt", "725亿斤以上", "粮食产量725亿斤以上", "2025 grain target, next year's"),
    ("p01", "p01/review_2025_news.txt", "20%以上", "新兴产业增长20%以上", "emerging industries, no such indicator in the plan"),
    # p01 review_2025
    ("p01", "p01/review_2025.txt", "0.7个百分点", "比全国高0.7个百分点", "gap to the national rate, not a growth result"),
    ("p01", "p01/review_2025.txt", "2.4%", "分别增长2.4%、4.2%、9.4%", "fixed investment / retail / trade: the 2024 plan sets no figure for them"),
    ("p01", "p01/review_2025.txt", "2.5%", "分别增长2.5%、6.6%、6.3%", "sector value added, not GDP"),
    ("p01", "p01/review_2025.txt", "4.7%", "分别增长4.7%、6.6%;", "incomes: the plan's target is words (基本同步), no figure"),
    # p01 survey_2025
    ("p01", "p01/survey_2025.txt", "40万吨", "比上年增加40万吨", "increase of grain output, not the output"),
    ("p01", "p01/survey_2025.txt", "9608.8万亩", "粮食播种面积9608.8万亩", "sown area, other indicator"),
    ("p01", "p01/survey_2025.txt", "34325元", "居民人均可支配收入34325元", "income level, no figure target in the plan"),
]
