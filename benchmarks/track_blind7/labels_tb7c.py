"""Hand labels of writer tb7c for track_blind7 (pairs p21-p23), typed from the texts; see README_tb7c.md."""

NO_URL = "search tool returned this page without an address"

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p21",
        "甘肃省",
        "p21/plan.txt",
        2015,
        ["p21/bulletin_2015.txt"],
        [
            "http://hkcd.com/content_p/2015-01/29/content_20210.html",
            "http://data.acmr.com.cn/freesource/zixunshow.asp?id=35395",
        ],
    ),
    (
        "p22",
        "陕西省",
        "p22/plan.txt",
        2021,
        ["p22/progress_2021_h1.txt"],
        [
            "http://gwejianzhan.com/2021/0127/89845.html",
            f"{NO_URL}: 人民网陕西频道转陕西日报 2021-07-28《上半年我省城乡居民收入分别增长9.8%和15.1%》",
        ],
    ),
    (
        "p23",
        "陕西省",
        "p23/plan.txt",
        2024,
        ["p23/h1_2024.txt", "p23/review_2025_11.txt", "p23/review_2026.txt"],
        [
            "https://yunxiqiu.com/2024/0126/631824.shtml",
            "http://sx-dj.gov.cn/ztzl/jj2024nsxlh/1754316131985051650.html",
            f"{NO_URL}: 《2024上半年陕西省实现地区生产总值16257.47亿元，同比增长4.3%》",
            "http://m.qlmjx.com/2025-11/21/content_11421253.html",
            "http://finance.eastmoney.com/a/202601273632592167.html",
        ],
    ),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    # p21 甘肃省 2015: full-year statistical bulletin against the 2015 report's targets
    ("p21", "8%左右", "生产总值增长8%左右", "p21/bulletin_2015.txt", "8.1%",
     "全年全省生产总值6790.32亿元，比上年增长8.1%", 8.1, "%", "2015-12-31",
     "GDP growth for 2015 in the 2015 statistical bulletin"),
    # p22 陕西省 2021: half-year plan-execution report
    ("p22", "6.5%左右", "生产总值增长6.5%左右", "p22/progress_2021_h1.txt", "10.2%",
     "上半年全省GDP增长10.2%", 10.2, "%", "2021-06-30",
     "GDP growth reached in H1 2021 (GDP = 生产总值)"),
    ("p22", "40万人", "城镇新增就业40万人", "p22/progress_2021_h1.txt", "25.36万人",
     "上半年全省城镇新增就业25.36万人", 253600, "人", "2021-06-30",
     "new urban jobs achieved by end of June, progress toward the annual 40万人"),
    ("p22", "6.5%", "城乡居民收入分别增长6.5%和8%左右", "p22/progress_2021_h1.txt", "9.8%",
     "城乡居民收入分别增长9.8%、15.1%", 9.8, "%", "2021-06-30",
     "urban resident income growth, first of the 分别 pair"),
    ("p22", "8%左右", "城乡居民收入分别增长6.5%和8%左右", "p22/progress_2021_h1.txt", "15.1%",
     "城乡居民收入分别增长9.8%、15.1%", 15.1, "%", "2021-06-30",
     "rural resident income growth, second of the 分别 pair"),
    # p23 陕西省 2024: H1 bulletin and a later news release with the 2024 grain total
    ("p23", "5.5%左右", "生产总值增长5.5%左右", "p23/h1_2024.txt", "4.3%",
     "按不变价格计算同比增长4.3%", 4.3, "%", "2024-06-30",
     "GDP growth in H1 2024"),
    ("p23", "6%", "规上工业增加值增长6%", "p23/h1_2024.txt", "7.3%",
     "全省规模以上工业增加值同比增长7.3%", 7.3, "%", "2024-06-30",
     "规上 = 规模以上 industrial value added, H1 2024"),
    ("p23", "5%", "能源工业增加值增长5%", "p23/h1_2024.txt", "9.2%",
     "能源工业增加值同比增长9.2%", 9.2, "%", "2024-06-30",
     "energy-industry value added, H1 2024"),
    ("p23", "7.5%", "非能工业增加值增长7.5%", "p23/h1_2024.txt", "3.7%",
     "非能源工业增加值同比增长3.7%", 3.7, "%", "2024-06-30",
     "非能 = 非能源 industry value added, H1 2024"),
    ("p23", "1260万吨以上", "粮食产量1260万吨以上", "p23/review_2025_11.txt", "1352.29万吨",
     "2024年全省粮食总产达1352.29万吨", 13522900, "吨", "2024-12-31",
     "2024 grain output stated in a Nov 2025 press release"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    # p21
    ("p21", "p21/bulletin_2015.txt", "7.7%", "人均生产总值26165元，比上年增长7.7%",
     "per-capita GDP growth, not the GDP target"),
    ("p21", "p21/bulletin_2015.txt", "9.7%", "第三产业增加值3341.01亿元，增长9.7%",
     "tertiary-sector sub-total of GDP"),
    ("p21", "p21/bulletin_2015.txt", "2.3%", "批发和零售贸易业增加值508.00亿元，增长2.3%",
     "wholesale/retail value added, not 社会消费品零售总额"),
    ("p21", "p21/bulletin_2015.txt", "1.0%", "全省商品零售价格比上年上涨1.0%",
     "retail price index, not retail sales"),
    ("p21", "p21/bulletin_2015.txt", "2.3%", "固定资产投资价格下降2.3%",
     "investment price index, not fixed-asset investment growth"),
    ("p21", "p21/bulletin_2015.txt", "11.9%", "战略性新兴产业增加值821.6亿元，比上年增长11.9%",
     "strategic emerging industries, no such target"),
    # p22
    ("p22", "p22/progress_2021_h1.txt", "63.4%", "完成全年预期目标的63.4%",
     "completion ratio of the jobs target, not an achieved figure"),
    ("p22", "p22/progress_2021_h1.txt", "4.8%", "两年平均增长4.8%",
     "two-year average GDP growth, not the 2021 growth"),
    ("p22", "p22/progress_2021_h1.txt", "25.1万人", "农村劳动力转移就业同比增加25.1万人",
     "rural labour transfer, not 城镇新增就业"),
    ("p22", "p22/progress_2021_h1.txt", "0.5个百分点", "农村居民收入增速高于全国0.5个百分点",
     "gap to the national rate, not the income growth"),
    ("p22", "p22/progress_2021_h1.txt", "59.7%", "省级重点项目完成投资占年度计划的59.7%",
     "completion ratio of key-project investment"),
    # p23 H1
    ("p23", "p23/h1_2024.txt", "467.4万吨", "夏粮产量467.4万吨",
     "summer-grain sub-total, not the annual grain output"),
    ("p23", "p23/h1_2024.txt", "7.3%", "天然气产量同比增长7.3%",
     "gas output growth; the target is a level (350亿方以上)"),
    ("p23", "p23/h1_2024.txt", "5.3%", "第二产业增加值7914.67亿元，增长5.3%",
     "secondary-sector sub-total of GDP"),
    ("p23", "p23/h1_2024.txt", "4.7%", "制造业增长4.7%",
     "manufacturing, a part of 规上工业 (and not 非能工业)"),
    ("p23", "p23/h1_2024.txt", "12.9%", "煤炭开采和洗选业增长12.9%",
     "coal-mining value added growth; the coal target is an output level"),
    # p23 Nov 2025 release
    ("p23", "p23/review_2025_11.txt", "5%", "服务业增加值达1.84万亿元，同比增长5%",
     "services value added, same 5% as the energy-industry target"),
    ("p23", "p23/review_2025_11.txt", "297.35公斤/亩", "单产达297.35公斤/亩",
     "grain yield per mu, not grain output"),
    # p23 2026 report: all 2025 figures, other year
    ("p23", "p23/review_2026.txt", "5.1%", "回顾2025年：地区生产总值增长5.1%",
     "2025 GDP in the title, other year"),
    ("p23", "p23/review_2026.txt", "5.1%", "稳预期，地区生产总值增长5.1%",
     "2025 GDP, other year"),
    ("p23", "p23/review_2026.txt", "44.1万人", "城镇新增就业44.1万人",
     "2025 new urban jobs, other year"),
    ("p23", "p23/review_2026.txt", "1347万吨", "粮食产量1347万吨",
     "2025 grain output, other year"),
    ("p23", "p23/review_2026.txt", "7.3%", "规模以上工业增加值增长7.3%",
     "2025 industrial value added, other year"),
    ("p23", "p23/review_2026.txt", "1004万千瓦", "新增可再生能源装机1004万千瓦",
     "2025 new renewable capacity, other year (2024 target 1000万千瓦以上)"),
]
