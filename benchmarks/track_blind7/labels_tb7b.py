"""Hand labels of writer tb7b for track_blind7 (pairs p11, p12). Typed by hand from the texts."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p11",
        "浙江省温州市",
        "p11/plan.txt",
        2019,
        ["p11/yearbook_2020.txt", "p11/news_2020_12.txt"],
        [
            "https://news.66wz.com/system/2019/02/20/105149604.shtml",
            "https://www.wenzhou.gov.cn/art/2021/3/25/art_1229498164_59048249.html",
            "http://bbs.703804.com/forum.php?mod=viewthread&tid=16380692",
        ],
    ),
    (
        "p12",
        "广东省深圳市龙岗区",
        "p12/plan.txt",
        2022,
        ["p12/review_2023.txt", "p12/plan2023_news.txt"],
        [
            "http://wp.rexun.cn/shehui/2022/0419/041969496.html",
            "http://linkmax.top/l/FUOpoloOii",
            "http://m.xhyb.net.cn/housenews/2023/0304/227072.html",
        ],
    ),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p11", "8000个", "其中公共停车位8000个", "p11/yearbook_2020.txt", "9735个", "建成公共停车位9735个",
     9735, "个", "2019-12-31",
     "民生实事 item 4 public parking spaces (新增…公共停车位) reported in the 2020 yearbook as 建成公共停车位 for 2019"),
    ("p11", "15处", "打通城区（城镇）断头路15处", "p11/yearbook_2020.txt", "19条", "打通断头路19条",
     19, "条", "2019-12-31",
     "民生实事 item 4 dead-end roads opened, city-wide, 2019; plan counts 处, yearbook counts 条"),
    ("p12", "6%左右", "地区生产总值增长6%左右", "p12/review_2023.txt", "3%", "，增长3%；",
     3, "%", "2022-12-31", "district GDP growth 2022 in the 2023 report's review"),
    ("p12", "4.5%", "规上工业企业增加值增长4.5%", "p12/review_2023.txt", "1.7%", "，增长1.7%；",
     1.7, "%", "2022-12-31", "value added of industry above designated size, growth 2022"),
    ("p12", "1400亿元", "全年完成固定资产投资超1400亿元", "p12/review_2023.txt", "1450亿元", "固定资产投资总额1450亿元",
     145000000000, "元", "2022-12-31", "fixed-asset investment total 2022 against the 超1400亿元 target"),
    ("p12", "265亿元", "实现工业投资超265亿元", "p12/review_2023.txt", "284.7亿", "其中工业投资284.7亿",
     28470000000, "元", "2022-12-31",
     "industrial investment 2022 (a sub-item of fixed-asset investment, but it has its own target); page cut after 亿"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p11", "p11/yearbook_2020.txt", "98.9千米", "建成城市道路98.9千米",
     "length of urban roads built; no plan target (plan item 4 counts dead-end roads, not length)"),
    ("p11", "p11/yearbook_2020.txt", "410千米", "建设改造城镇污水配套管网410千米",
     "sewer network length; no 民生实事 target; not the 100公里 greenway"),
    ("p11", "p11/yearbook_2020.txt", "137%", "完成率137%", "completion ratio of an environmental task, not a plan figure"),
    ("p11", "p11/yearbook_2020.txt", "58千米", "建设雨水管网58千米", "storm-water pipes; no plan target"),
    ("p11", "p11/yearbook_2020.txt", "6座", "清洁排放技术改造6座", "sewage plant upgrades; no plan target"),
    ("p11", "p11/yearbook_2020.txt", "100个", "全市100个生活小区",
     "residential 污水零直排区 count; same number and unit as the plan's 100个小康体育村 but another indicator"),
    ("p11", "p11/yearbook_2020.txt", "5座", "5座餐厨垃圾处理设施",
     "kitchen-waste plants started in three counties; started-not-finished, no plan target"),
    ("p11", "p11/news_2020_12.txt", "88家", "无人值守的“城市书房”88家",
     "cumulative stock of city study rooms at end-2020, not the 20 new ones of 2019"),
    ("p11", "p11/news_2020_12.txt", "2515家", "已建成文化礼堂2515家",
     "cumulative stock of cultural halls at end-2020, not the 633 new ones planned for 2019"),
    ("p11", "p11/news_2020_12.txt", "56个", "实施老旧小区改造56个", "old-estate renovation in 2020; other year, no 2019 target"),
    ("p11", "p11/news_2020_12.txt", "220%", "开工率220%", "start-up ratio, other year"),
    ("p12", "p12/review_2023.txt", "4759亿元", "实现地区生产总值4759亿元",
     "GDP level; the plan targets growth only"),
    ("p12", "p12/review_2023.txt", "2162.7亿元", "规上工业企业增加值2162.7亿元",
     "industrial value-added level; the plan targets growth only"),
    ("p12", "p12/review_2023.txt", "9.1%", "、增长9.1%",
     "growth of fixed-asset investment; the plan targets the level (超1400亿元), not a growth rate"),
    ("p12", "p12/plan2023_news.txt", "超2万座", "新增学位超2万座",
     "2023 target for school places, next year's plan, not the 2022 result (plan 2.05万座)"),
    ("p12", "p12/plan2023_news.txt", "2.62万套", "筹建公共住房不少于2.62万套",
     "2023 public-housing target, not the 2022 result"),
    ("p12", "p12/plan2023_news.txt", "30条", "等30条道路建成通车", "2023 road-completion target (plan 2022: 35条)"),
    ("p12", "p12/plan2023_news.txt", "40条", "晨华路等40条道路动工",
     "2023 target of roads to start, same figure as the 2022 target 新开工…道路40条 but next year's plan"),
    ("p12", "p12/plan2023_news.txt", "3平方公里", "形成连片产业用地3平方公里",
     "2023 target for contiguous industrial land (plan 2022: 1.5平方公里)"),
    ("p12", "p12/plan2023_news.txt", "500张", "新增病床位500张以上", "2023 hospital-bed target; no 2022 target"),
]
