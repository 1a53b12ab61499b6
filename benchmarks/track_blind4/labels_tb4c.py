"""Hand labels of writer tb4c for track_blind4 (typed from the texts, never computed)."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p05",
        "内蒙古自治区",
        "p05/plan.txt",
        2024,
        ["p05/progress_2024_10.txt", "p05/review_2025.txt"],
        [
            "http://www.cfgw.net.cn/xb/content/2024-02/28/content_25083486.html",
            "https://colamg.com/a/1-10yue-nei-meng-gu-jing-ji-bao-chi-wen-ding-yun-xing.html",
            "http://blueheaventhaicuisine.com/news/20241120/47670.html",
            "http://boxinkeji.com/article/info/7823",
        ],
    ),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p05", "6%以上", "地区生产总值增长6%以上", "p05/review_2025.txt", "6%左右", "预计全年地区生产总值增长6%左右", 6.0, "%", "2024-12-31", "GDP growth, estimate in the next year's review; same digits as the 6%左右 unemployment target"),
    ("p05", "7%左右", "规模以上工业增加值增长7%左右", "p05/progress_2024_10.txt", "6.9%", "1-10月全区规模以上工业增加值同比增长6.9%", 6.9, "%", "2024-10-31", "industrial value added, 1-10月 cumulative"),
    ("p05", "1.6%左右", "单位地区生产总值能耗降低1.6%左右", "p05/review_2025.txt", "3%", "单位GDP能耗下降3%", 3.0, "%", "2024-12-31", "energy intensity fall, named 单位GDP能耗 in the review"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p05", "p05/progress_2024_10.txt", "39.5%", "装备制造业增加值同比增长39.5%", "sub-industry of industrial value added"),
    ("p05", "p05/progress_2024_10.txt", "26.2%", "高技术制造业增加值同比增长26.2%", "sub-industry of industrial value added"),
    ("p05", "p05/progress_2024_10.txt", "112亿元", "总投资112亿元的氢能产业项目", "one project's total investment, not fixed-asset investment growth"),
    ("p05", "p05/progress_2024_10.txt", "67.86亿元", "总投资67.86亿元的内蒙古第八条特高压", "one project's total investment"),
    ("p05", "p05/progress_2024_10.txt", "4600片", "每天可产组件4600片", "one plant's daily output"),
    ("p05", "p05/review_2025.txt", "2.6万亿元", "总量突破2.6万亿元", "GDP level; the plan sets only a growth target"),
    ("p05", "p05/review_2025.txt", "第20位", "在全国的位次有望升至第20位", "national rank"),
    ("p05", "p05/review_2025.txt", "820.1亿斤", "粮食总产量达到820.1亿斤", "grain output; the plan sets no grain figure"),
    ("p05", "p05/review_2025.txt", "1.35亿千瓦", "达到1.35亿千瓦,超过火电装机", "new-energy capacity; no figure in the plan"),
    ("p05", "p05/review_2025.txt", "5300亿元", "引进到位资金超过5300亿元", "attracted funds; not the 9000亿元 major-project investment target"),
    ("p05", "p05/review_2025.txt", "1万亿元", "三年引资1万亿元的目标", "a three-year target restated, not a result"),
    ("p05", "p05/review_2025.txt", "9.4万P", "算力总规模达到9.4万P", "computing capacity; no figure in the plan"),
]
