"""Hand labels of writer tb7a for track_blind7 (city-level plans against later reviews). Typed by hand from the texts."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p01",
        "内蒙古自治区通辽市",
        "p01/plan.txt",
        2023,
        ["p01/review_2024_05.txt", "p01/news_2024_02.txt"],
        [
            "https://www.tongliao.gov.cn/zwgk/zfxxgk/fdzdgknr/zfwj/202307/t20230722_372972.html",
            "http://szb.northnews.cn/nmgrb/html/2024-05/28/content_47225_234005.htm",
            "https://atoomu.net/zh-cn/news/4683464c354eb387a81733b125aa174c.html",
        ],
    ),
    (
        "p02",
        "浙江省金华市",
        "p02/plan.txt",
        2024,
        ["p02/review_2025.txt", "p02/county_wuyi_2024.txt"],
        [
            "https://www.csjcs.com/news/show/66bc0d85530710fb.html",
            "http://zjcjzp.com/rencai/8926.html",
            "https://epaper.jhnews.com.cn/jhrb//jhrbpaper/pc/con/202501/27/content_495972.html",
            "http://kjjrw.com.cn/system/2025/01/23/015191727.shtml",
        ],
    ),
    (
        "p03",
        "陕西省西安市",
        "p03/plan.txt",
        2023,
        ["p03/economy_2023.txt"],
        [
            "https://m.86917.com/news/39324.html",
            "http://bx2200.com/baogao/xibei/5402.html",
            "http://baikedq.com/lishi/246689.html",
            "https://ttnews.tw/caijing/1706619260456217.html",
        ],
    ),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    # p01 通辽 2023 plan against the 2023 review printed in 内蒙古日报 (2024-05-28)
    ("p01", "7%左右", "地区生产总值增长7%左右", "p01/review_2024_05.txt", "5.2%", "地区生产总值完成1609亿元，增长5.2%",
     5.2, "%", "2023-12-31", "GDP growth 2023, full-year result"),
    ("p01", "9%", "规模以上工业增加值增长9%", "p01/review_2024_05.txt", "0.5%", "规模以上工业增加值增长0.5%",
     0.5, "%", "2023-12-31", "industrial value added growth 2023, far below target, still the achieved figure"),
    ("p01", "30%", "限额以上固定资产投资增长30%", "p01/review_2024_05.txt", "24.3%", "固定资产投资增长24.3%",
     24.3, "%", "2023-12-31", "fixed-asset investment growth 2023; plan says 限额以上, review drops the qualifier (judgement call, README)"),
    ("p01", "7%", "社会消费品零售总额增长7%", "p01/review_2024_05.txt", "4.5%", "社会消费品零售总额完成344.4亿元，增长4.5%",
     4.5, "%", "2023-12-31", "retail sales growth 2023"),
    ("p01", "7%", "一般公共预算收入增长7%", "p01/review_2024_05.txt", "9%", "一般公共预算收入增长9%",
     9, "%", "2023-12-31", "general budget revenue growth 2023"),
    # p02 金华 2024 report targets against the 2025 report reviewing 2024
    ("p02", "6%左右", "地区生产总值增长6%左右", "p02/review_2025.txt", "6.3%", "全市地区生产总值6925.5亿元、增长6.3%",
     6.3, "%", "2024-12-31", "GDP growth 2024 in next year's report"),
    # p03 西安 2023 report targets against the 2023 economic results release
    ("p03", "7%左右", "地区生产总值增长7%左右", "p03/economy_2023.txt", "5.2%", "按不变价格计算，比上年增长5.2%",
     5.2, "%", "2023-12-31", "GDP growth 2023, full-year release"),
    ("p03", "10%以上", "规模以上工业增加值增长10%以上", "p03/economy_2023.txt", "9.0%", "规模以上工业增加值比上年增长9.0%",
     9.0, "%", "2023-12-31", "industrial value added growth 2023"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    # p01
    ("p01", "p01/review_2024_05.txt", "68.6%", "按可比口径增长68.6%",
     "funds of attracted projects (招商引资到位资金), not fixed-asset investment"),
    ("p01", "p01/review_2024_05.txt", "26.8%", "上级项目资金89.1亿元，增长26.8%",
     "higher-level project funds obtained, no plan target"),
    ("p01", "p01/review_2024_05.txt", "15.6%", "全产业链产值达到404.9亿元、增长15.6%",
     "beef-cattle chain output value, not industrial value added"),
    ("p01", "p01/review_2024_05.txt", "85%", "育肥和屠宰规模分别增长85%、46.5%",
     "cattle fattening scale, other indicator"),
    ("p01", "p01/review_2024_05.txt", "56万亩", "全市新建高标准农田56万亩",
     "no farmland target in the plan text we have"),
    ("p01", "p01/news_2024_02.txt", "5.5%左右", "预计完成1610亿元左右，增长5.5%左右",
     "expected (预计) GDP growth in January news, superseded by the final 5.2%"),
    # p02
    ("p02", "p02/review_2025.txt", "0.8个", "高于全省和全国0.8个、1.3个百分点",
     "gap to province/country, not a growth rate"),
    ("p02", "p02/review_2025.txt", "5.3%", "固定资产投资增长5.3%",
     "fixed-asset investment; the 2024 plan sets no investment target"),
    ("p02", "p02/review_2025.txt", "3%", "占全国份额提高到3%",
     "export share of China; must not link to the CPI target 涨幅3%左右"),
    ("p02", "p02/review_2025.txt", "32.1%", "对全省出口增长贡献率达32.1%",
     "contribution rate to provincial exports"),
    ("p02", "p02/county_wuyi_2024.txt", "7.0%", "按可比价计算增长7.0%",
     "GDP growth of 武义县, a county inside 金华, not the city"),
    ("p02", "p02/county_wuyi_2024.txt", "0.7个", "2.0、1.5、0.7个百分点",
     "county's lead over the city, a gap in percentage points"),
    ("p02", "p02/county_wuyi_2024.txt", "12.7%", "社会消费品零售总额139.09亿元，同比增长12.7%",
     "county retail sales"),
    # p03
    ("p03", "p03/economy_2023.txt", "6.2%", "规模以上工业总产值增长6.2%",
     "gross industrial output, not industrial value added"),
    ("p03", "p03/economy_2023.txt", "6.2%", "第二产业增加值4146.92亿元，增长6.2%",
     "secondary-industry value added, a component of GDP"),
    ("p03", "p03/economy_2023.txt", "10.1%", "六大支柱产业总产值增长10.1%",
     "six pillar industries' output, sub-total near the 10%以上 target"),
    ("p03", "p03/economy_2023.txt", "4.4", "高于全国、全省4.4和4.0个百分点",
     "gap to national/provincial growth"),
    ("p03", "p03/economy_2023.txt", "11.5%", "规模以上服务业营业收入同比增长11.5%",
     "service revenue 1—11月, not fixed-asset investment (target 11%以上)"),
    ("p03", "p03/economy_2023.txt", "4.7%", "服务业增加值比上年增长4.7%",
     "service-sector value added, no plan target"),
]
