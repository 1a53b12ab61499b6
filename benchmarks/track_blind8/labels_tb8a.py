"""Hand labels of writer tb8a for track_blind8 (typed from the texts, never computed)."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p01",
        "黑龙江省哈尔滨市",
        "p01/plan.txt",
        2021,
        ["p01/review_2021.txt"],
        [
            "http://hlj.sina.com.cn/news/b/2021-03-15/detail-ikknscsi4972562.shtml?from=hlj_ydph",
            "https://www.xpykjsws.com/shangbiaozhuce/783815.html",
        ],
    ),
    (
        "p02",
        "福建省泉州市",
        "p02/plan.txt",
        2009,
        ["p02/news_2010_01.txt", "p02/qa_2022.txt"],
        [
            "http://autosales.net.cn/news/view_news.asp?id=49231&lb=%E6%B8%AF%E5%8F%A3&lbid=3",
            "https://lemofix.com/gnyw/2010-01/19/content_203561.htm",
            "http://cenlai.cn/yjyl/35438.html",
        ],
    ),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    (
        "p01",
        "6%以上",
        "地区生产总值增长6%以上",
        "p01/review_2021.txt",
        "5.5%",
        "按可比价计算，实际同比增长5.5%",
        5.5,
        "%",
        "2021-12-31",
        "Harbin 2021 real GDP growth (target 6%以上 missed); the 2021 annual target, not the 十四五 年均5.5%-6%",
    ),
    (
        "p02",
        "15%",
        "财政总收入增长15%",
        "p02/news_2010_01.txt",
        "19.9%",
        "财政总收入316.15亿元，增长19.9%",
        19.9,
        "%",
        "2009-12-31",
        "Quanzhou 2009 财政总收入 growth, reported January 2010",
    ),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    (
        "p01",
        "p01/review_2021.txt",
        "6.1%",
        "按可比价计算实际增长6.1%",
        "Heilongjiang province real GDP growth, other place (and above the city's 6% target by chance)",
    ),
    (
        "p01",
        "p01/review_2021.txt",
        "3.24%",
        "名义增长3.24%",
        "Harbin nominal GDP growth; the target is real growth, the real figure 5.5% is the link",
    ),
    ("p01", "p01/review_2021.txt", "13.86%", "名义增长13.86%", "Daqing, another city; nominal"),
    (
        "p01",
        "p01/review_2021.txt",
        "0.6个百分点",
        "比全省实际增速低0.6个百分点",
        "gap between city and province growth, not an achieved value",
    ),
    (
        "p01",
        "p01/review_2021.txt",
        "8.1%",
        "约3.36万元，增长8.1%",
        "province urban income growth; the plan's income target has no number and is the city's",
    ),
    (
        "p01",
        "p01/review_2021.txt",
        "5351.7亿元",
        "哈尔滨市2021年实现GDP5351.7亿元",
        "GDP level in 元; the plan states only a growth rate",
    ),
    (
        "p02",
        "p02/news_2010_01.txt",
        "3002.12亿元",
        "GDP达3002.12亿元",
        "GDP level in 元; the plan target is growth 11%",
    ),
    (
        "p02",
        "p02/news_2010_01.txt",
        "11年",
        "已连续11年居福建省",
        "count of years ranked first, not an indicator value",
    ),
    (
        "p02",
        "p02/qa_2022.txt",
        "22.8%",
        "达到225.06亿元，增长22.8%",
        "财政总收入 growth labelled 2010 (other year; also inconsistent with the 2009 level on the same page)",
    ),
    ("p02", "p02/qa_2022.txt", "15.7%", "预计达到2276亿元，增长15.7%", "GDP growth labelled 2010, other year and 预计"),
    (
        "p02",
        "p02/qa_2022.txt",
        "3002.29亿元",
        "全市实现地区生产总值3002.29亿元",
        "2009 GDP level in 元; plan target is a growth rate",
    ),
    (
        "p02",
        "p02/qa_2022.txt",
        "316.15亿元",
        "财政总收入316.15亿元，经济总量",
        "2009 财政总收入 level in 元; plan target is growth 15%",
    ),
    (
        "p02",
        "p02/qa_2022.txt",
        "30.6%",
        "现价增长30.6%",
        "traditional-industry output growth (current prices), not 规模以上工业产值 growth target 17%",
    ),
]
