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
    (
        "p06",
        "湖北省鄂州市鄂城区",
        "p06/plan.txt",
        2023,
        ["p06/exec_2023.txt", "p06/news_2024_01.txt"],
        [
            "http://www.whitneyca.com/content/2022-12/19/content_15326024.html",
            "https://www.echeng.gov.cn/ecqxxgk/xxgkml/ghxx/lsgh/202404/t20240411_621651.html",
            "http://jyjlsz.com/ezssjd/p/17241065.html",
        ],
    ),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p05", "6%以上", "地区生产总值增长6%以上", "p05/review_2025.txt", "6%左右", "预计全年地区生产总值增长6%左右", 6.0, "%", "2024-12-31", "GDP growth, estimate in the next year's review; same digits as the 6%左右 unemployment target"),
    ("p05", "7%左右", "规模以上工业增加值增长7%左右", "p05/progress_2024_10.txt", "6.9%", "1-10月全区规模以上工业增加值同比增长6.9%", 6.9, "%", "2024-10-31", "industrial value added, 1-10月 cumulative"),
    ("p05", "1.6%左右", "单位地区生产总值能耗降低1.6%左右", "p05/review_2025.txt", "3%", "单位GDP能耗下降3%", 3.0, "%", "2024-12-31", "energy intensity fall, named 单位GDP能耗 in the review"),
    ("p06", "16%以上", "固定资产投资增幅16%以上", "p06/exec_2023.txt", "22.78%", "固定资产投资预计同比增长22.78%", 22.78, "%", "2023-12-31", "fixed investment growth, year-end execution report"),
    ("p06", "13%以上", "规上工业产值增幅13%以上", "p06/exec_2023.txt", "5%", "规上工业产值预计同比增长5%", 5.0, "%", "2023-12-31", "industrial output growth, far below target"),
    ("p06", "15%以上", "限上社零额同比增长15%以上", "p06/exec_2023.txt", "9.3%", "限上社零额预计同比增长9.3%", 9.3, "%", "2023-12-31", "retail sales above quota, same short name"),
    ("p06", "20亿元", "财政总收入达到20亿元", "p06/exec_2023.txt", "21.65亿元", "财政总收入预计完成21.65亿元", 2165000000.0, "元", "2023-12-31", "fiscal revenue level, 亿元 to 元"),
    ("p06", "12%以上", "增幅12%以上", "p06/exec_2023.txt", "36.1%", "同比增长36.1%", 36.1, "%", "2023-12-31", "fiscal revenue growth"),
    ("p06", "20亿元", "财政总收入达到20亿元", "p06/news_2024_01.txt", "20亿元", "本级财政收入突破20亿元", 2000000000.0, "元", "2023-12-31", "fiscal revenue as a threshold (突破20亿元) under the name 本级财政收入; equals the target figure"),
    ("p06", "12%以上", "增幅12%以上", "p06/news_2024_01.txt", "36.1%", "增长36.1%", 36.1, "%", "2023-12-31", "fiscal revenue growth in the news summary"),
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
    ("p06", "p06/exec_2023.txt", "6.7%", "地区生产总值预计同比增长6.7%", "GDP growth; the plan's GDP target is relative (高于全市平均水平), no figure"),
    ("p06", "p06/exec_2023.txt", "10万户", "新增市场主体预计突破10万户", "count of market entities; the plan's target is a growth rate (60%以上)"),
    ("p06", "p06/exec_2023.txt", "72个", "新签约亿元项目72个", "signed projects, no target"),
    ("p06", "p06/exec_2023.txt", "404.32亿元", "累计金额404.32亿元", "signed investment, not fixed-asset investment"),
    ("p06", "p06/news_2024_01.txt", "600亿元", "地区生产总值突破600亿元大关", "GDP level, no target"),
    ("p06", "p06/news_2024_01.txt", "6.7%", "增长6.7%", "GDP growth; relative target only"),
    ("p06", "p06/news_2024_01.txt", "10万户", "市场主体突破10万户", "count of market entities vs a growth-rate target"),
]
