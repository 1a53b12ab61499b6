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
    (
        "p02",
        "山东省",
        "p02/plan.txt",
        2023,
        ["p02/bulletin_2023.txt"],
        [
            "https://epaper.guanhai.com.cn/conpaper/qdwb/h5/html5/2023-01/14/content_18592_7216155.htm",
            "https://tjgb.hongheiku.com/sjtjgb/45559.html",
        ],
    ),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    # p01 四川省 2024
    (
        "p01",
        "6%左右",
        "地区生产总值增长6%左右;",
        "p01/review_2025_news.txt",
        "5.7%",
        "2024年全省地区生产总值增长5.7%",
        5.7,
        "%",
        "2024-12-31",
        "GDP growth 2024, estimate in the 2025 report",
    ),
    (
        "p01",
        "6%左右",
        "地区生产总值增长6%左右;",
        "p01/review_2025.txt",
        "5.7%",
        "全省地区生产总值增长5.7%",
        5.7,
        "%",
        "2024-12-31",
        "GDP growth 2024, the 2025 report's review",
    ),
    (
        "p01",
        "715亿斤以上",
        "粮食产量保持在715亿斤以上",
        "p01/survey_2025.txt",
        "3633.8万吨",
        "2024年四川粮食总产量达到3633.8万吨",
        72676000000,
        "斤",
        "2024-12-31",
        "grain output 2024 in 万吨 against a target in 亿斤 (1吨 = 2000斤)",
    ),
    # p02 山东省 2023
    (
        "p02",
        "5%以上",
        "地区生产总值增长5%以上",
        "p02/bulletin_2023.txt",
        "6.0%",
        "比上年增长6.0%",
        6.0,
        "%",
        "2023-12-31",
        "GDP growth 2023, statistical bulletin",
    ),
    (
        "p02",
        "110万人以上",
        "城镇新增就业110万人以上",
        "p02/bulletin_2023.txt",
        "124.5万人",
        "全年城镇新增就业124.5万人",
        1245000,
        "人",
        "2023-12-31",
        "new urban jobs 2023, 万人 to 人",
    ),
    (
        "p02",
        "3%左右",
        "居民消费价格涨幅3%左右",
        "p02/bulletin_2023.txt",
        "0.1%",
        "全年居民消费价格比上年上涨0.1%",
        0.1,
        "%",
        "2023-12-31",
        "CPI rise 2023 against a ceiling-like target",
    ),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    # p01 review_2025_news: the 2025 targets printed beside the 2024 review
    ("p01", "p01/review_2025_news.txt", "5.5%以上", "地区生产总值增长5.5%以上", "2025 GDP target, next year's"),
    (
        "p01",
        "p01/review_2025_news.txt",
        "85万人",
        "城镇新增就业85万人",
        "2025 jobs target (same figure as the 2024 target), not a result",
    ),
    ("p01", "p01/review_2025_news.txt", "5.5%左右", "城镇调查失业率5.5%左右", "2025 unemployment target, next year's"),
    ("p01", "p01/review_2025_news.txt", "2%左右", "居民消费价格涨幅2%左右", "2025 CPI target, next year's"),
    ("p01", "p01/review_2025_news.txt", "725亿斤以上", "粮食产量725亿斤以上", "2025 grain target, next year's"),
    (
        "p01",
        "p01/review_2025_news.txt",
        "20%以上",
        "新兴产业增长20%以上",
        "emerging industries, no such indicator in the plan",
    ),
    # p01 review_2025
    (
        "p01",
        "p01/review_2025.txt",
        "0.7个百分点",
        "比全国高0.7个百分点",
        "gap to the national rate, not a growth result",
    ),
    (
        "p01",
        "p01/review_2025.txt",
        "2.4%",
        "分别增长2.4%、4.2%、9.4%",
        "fixed investment / retail / trade: the 2024 plan sets no figure for them",
    ),
    ("p01", "p01/review_2025.txt", "2.5%", "分别增长2.5%、6.6%、6.3%", "sector value added, not GDP"),
    (
        "p01",
        "p01/review_2025.txt",
        "4.7%",
        "分别增长4.7%、6.6%;",
        "incomes: the plan's target is words (基本同步), no figure",
    ),
    # p01 survey_2025
    ("p01", "p01/survey_2025.txt", "40万吨", "比上年增加40万吨", "increase of grain output, not the output"),
    ("p01", "p01/survey_2025.txt", "9608.8万亩", "粮食播种面积9608.8万亩", "sown area, other indicator"),
    (
        "p01",
        "p01/survey_2025.txt",
        "34325元",
        "居民人均可支配收入34325元",
        "income level, no figure target in the plan",
    ),
    # p02 bulletin_2023
    ("p02", "p02/bulletin_2023.txt", "113.2%", "完成全年目标的113.2%", "completion ratio of the jobs target"),
    (
        "p02",
        "p02/bulletin_2023.txt",
        "51.9万人",
        "失业人员实现再就业51.9万人",
        "re-employment, other indicator with the same unit",
    ),
    (
        "p02",
        "p02/bulletin_2023.txt",
        "9.2万人",
        "就业困难人员实现就业9.2万人",
        "jobs for hard-to-employ people, other indicator with the same unit",
    ),
    ("p02", "p02/bulletin_2023.txt", "162.3%", "分别完成全年目标的162.3%、135.3%", "completion ratios"),
    ("p02", "p02/bulletin_2023.txt", "10122.97万人", "年末常住人口10122.97万人", "population, same unit as jobs"),
    ("p02", "p02/bulletin_2023.txt", "61.0万人", "全年出生人口61.0万人", "births, same unit as jobs"),
    ("p02", "p02/bulletin_2023.txt", "0.99个百分点", "比上年末提高0.99个百分点", "urbanisation change, no target"),
    ("p02", "p02/bulletin_2023.txt", "6.5%", "第二产业增加值35987.9亿元,增长6.5%", "secondary industry, not GDP"),
    ("p02", "p02/bulletin_2023.txt", "0.3%", "消费品价格下降0.3%", "a component of CPI, not CPI"),
    ("p02", "p02/bulletin_2023.txt", "1.0%", "农产品生产者价格上涨1.0%", "producer prices, not CPI"),
]
