# Hand labels of writer tb13a (track_blind13), typed from the texts in p01/ and p02/.
# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p01",
        "上海市崇明区",
        "p01/plan.txt",
        2019,
        ["p01/review_2020.txt"],
        [
            "http://www.chongmingkaifaqu.com/xinwenzhongxin/zheng/45450.html",
            "www.xing528.com (the search tool returned this excerpt without a page address; the domain is printed inside the excerpt)",
        ],
    ),
    (
        "p02",
        "广西壮族自治区梧州市",
        "p02/plan.txt",
        2024,
        ["p02/news_2024_09_18.txt"],
        [
            "http://www.dms-tf.com/news/mtjj/2024-02-22/5122.html",
            "https://big5.cctv.com/gate/big5/edu.cctv.cn/2024/09/18/ARTIsOjBoNlxX4jTlYrTcK7o240918.shtml",
        ],
    ),
]
# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    (
        "p01",
        "30台",
        "完成30台多层住宅电梯加装工作",
        "p01/review_2020.txt",
        "30台",
        "完成既有多层住宅加装电梯30台",
        30,
        "台",
        "2019-12-31",
        "same indicator (多层住宅加装电梯), year review of the plan year",
    ),
]
# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    (
        "p01",
        "p01/review_2020.txt",
        "1800户",
        "老旧小区燃气管道改造1800户",
        "户 figure of another work (gas pipes); plan's 户 target is 1.3万户 rural sewage",
    ),
    ("p01", "p01/review_2020.txt", "1142户", "厨卫设施改造1142户", "kitchen/bath renovation, not a listed 实事 item"),
    ("p01", "p01/review_2020.txt", "1688个", "建成5G基站1688个", "5G base stations, not in the 实事 list"),
    ("p01", "p01/review_2020.txt", "123.8万平方米", "拆除违法建筑123.8万平方米", "demolition area, no such target"),
    (
        "p01",
        "p01/review_2020.txt",
        "9.338千米",
        "9.338千米公用海塘达标建设",
        "sea wall km vs plan's 20公里 greenway: other indicator",
    ),
    (
        "p01",
        "p01/review_2020.txt",
        "2家",
        "推进向化、新河2家生态市集建设",
        "2家 eco-markets, not the plan's 2家 综合为老服务中心/长者照护之家",
    ),
    ("p01", "p01/review_2020.txt", "6个", "6个“生态美丽家园”项目竣工验收", "个 count of another indicator"),
    (
        "p01",
        "p01/review_2020.txt",
        "80个",
        "80个区级农村社区建设试点示范村",
        "个 count of demo villages, not 100个农村睦邻互助点 or other 个 targets",
    ),
    (
        "p02",
        "p02/news_2024_09_18.txt",
        "4830个",
        "一次新增学位4830个",
        "sub-total: 3 schools opened in autumn 2024, not the city's 2024 total vs 7800个以上",
    ),
    (
        "p02",
        "p02/news_2024_09_18.txt",
        "40817个",
        "基础教育学位累计增加40817个",
        "three-year cumulative 2022—2024, not the 2024 figure",
    ),
    (
        "p02",
        "p02/news_2024_09_18.txt",
        "110%",
        "学位供给任务完成率达110%",
        "completion ratio of the three-year action, not an achieved value",
    ),
    (
        "p02",
        "p02/news_2024_09_18.txt",
        "78个",
        "三年间全市完成年度学位供给项目78个",
        "three-year cumulative project count",
    ),
    (
        "p02",
        "p02/news_2024_09_18.txt",
        "43所",
        "新建学校43所，其中",
        "three-year cumulative; plan counts 113所/35所 per type for 2024",
    ),
    (
        "p02",
        "p02/news_2024_09_18.txt",
        "29所",
        "其中包括幼儿园29所",
        "three-year cumulative kindergartens vs plan's 幼儿园35所 (2024)",
    ),
    (
        "p02",
        "p02/news_2024_09_18.txt",
        "4所",
        "小学10所、高中4所",
        "three-year cumulative high schools vs plan's 普通高中8所 (2024)",
    ),
]
