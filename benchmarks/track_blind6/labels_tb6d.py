"""Hand labels of writer tb6d for track_blind6 (pairs p31, p32). Typed by hand from the texts."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p31",
        "重庆市万州区",
        "p31/plan.txt",
        2023,
        ["p31/review_2024.txt", "p31/halfyear_2023.txt"],
        [
            "https://cqwzw.com/archiver/tid-22611.html",
            "https://quyushuju.com/forum.php?goto=lastpost&mod=redirect&tid=78376",
            "http://www.wz.gov.cn/zwgk_266/zfxxgkml_3393/zfgzbg/qzfgzbgzxqk/202309/t20230920_12357690.html",
        ],
    ),
    (
        "p32",
        "河北省辛集市",
        "p32/plan.txt",
        2023,
        ["p32/completion_2023.txt", "p32/summary_2024.txt"],
        [
            "https://m.fidreport.com/2023-02/02/content_8941354.htm",
            "https://m.hebnews.cn/hebei/2023-12/29/content_9121427.htm",
            "http://jszp.org/news/news_show/id/27270.html",
        ],
    ),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p31", "630亿元", "实现规上工业产值630亿元", "p31/review_2024.txt", "632.4亿元", "完成规上工业产值632.4亿元",
     63240000000, "元", "2023-12-31", "规上工业产值 target 630亿元; next year's report gives the 2023 full-year result"),
    ("p31", "15%", "工业投资增长15%", "p31/halfyear_2023.txt", "7.4%", "实现工业投资增长7.4%",
     7.4, "%", "2023-06-30", "工业投资 growth target 15%; half-year progress report gives growth so far (上半年)"),
    ("p31", "25家", "新培育规上企业25家", "p31/halfyear_2023.txt", "1家", "规上工业企业1家",
     1, "家", "2023-06-30", "newly cultivated 规上(工业)企业 target 25; 1 achieved in the first half"),
    ("p32", "10个", "等10个口袋公园", "p32/completion_2023.txt", "10个", "新建10个小而精的口袋公园",
     10, "个", "2023-12-29", "口袋公园 item of the 2023 list; year-end news (截至目前, dated 2023-12-29) reports 10 built"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p31", "p31/review_2024.txt", "6.9%", "实现地区生产总值1179.4亿元、增长6.9%",
     "GDP growth; the plan text holds no GDP target (only industrial ones), must not link to 增长25%以上"),
    ("p31", "p31/review_2024.txt", "13.1%", "4.8%、13.1%、4%",
     "第二产业增加值 growth, not 规上工业产值 growth (25%以上)"),
    ("p31", "p31/halfyear_2023.txt", "28.5%", "规上工业增加值同比增长28.5%",
     "规上工业增加值 (value added) growth, a different indicator from the 产值 target 增长25%以上"),
    ("p31", "p31/halfyear_2023.txt", "264.7亿元", "完成规上工业产值264.7亿元",
     "sub-total of 万州经开区 only, half-year; not the district 规上工业产值 (630亿元)"),
    ("p31", "p31/halfyear_2023.txt", "7.3%", "固定资产投资同比增长7.3%",
     "total fixed-asset investment, not 工业投资 (15%)"),
    ("p31", "p31/halfyear_2023.txt", "27户", "市级“专精特新”企业27户",
     "专精特新 enterprises, not newly cultivated 规上企业 (25家)"),
    ("p31", "p31/halfyear_2023.txt", "10家", "新培育限上商贸企业10家",
     "限上商贸 enterprises (trade), not 规上工业 enterprises (25家)"),
    ("p31", "p31/halfyear_2023.txt", "17个", "17个重点工业项目竣工投产",
     "count of industrial projects completed; no such target in the plan text"),
    ("p31", "p31/halfyear_2023.txt", "95%", "五大重点产业产值占比增至95%",
     "share of five key industries in output, not a growth or level target"),
    ("p32", "p32/completion_2023.txt", "32.1公里", "新建改造农村公路32.1公里",
     "农村公路 km; the plan's km figures are 10千伏/0.4千伏 power lines (48.61/92.66公里), other indicator"),
    ("p32", "p32/completion_2023.txt", "113所", "对113所学校（幼儿园）食堂",
     "school canteens upgraded; the plan's 7所学校 is school construction"),
    ("p32", "p32/completion_2023.txt", "1.4万平方米", "1.4万平方米的新建、改扩建义务教育学校校舍",
     "school floor area; plan target is 7所学校 projects, no area target"),
    ("p32", "p32/completion_2023.txt", "171户", "对全市171户特殊困难老年人家庭",
     "适老化改造 households; no such item in the visible 15-item plan"),
    ("p32", "p32/completion_2023.txt", "20项", "围绕年初确定的20项民生工程",
     "count of 民生工程 (a different list from the 15件民生实事), not a target value"),
    ("p32", "p32/completion_2023.txt", "19个", "建设19个球类运动场地",
     "sports grounds, unit 个 like the 口袋公园 target but a different indicator"),
    ("p32", "p32/completion_2023.txt", "3家", "新增3家省级食品安全标准化学校食堂",
     "canteen certification count; no plan target"),
    ("p32", "p32/summary_2024.txt", "一座", "一座以时光记忆为主题的口袋公园",
     "口袋公园 again but in 2024, outside the plan year"),
    ("p32", "p32/summary_2024.txt", "30余公里", "建设改造农村公路30余公里",
     "2024 rural roads, other year"),
    ("p32", "p32/summary_2024.txt", "70个", "对70个老旧小区进行改造",
     "2024 old-compound renovation, other year"),
    ("p32", "p32/summary_2024.txt", "174户", "为174户符合条件的老年人家庭",
     "2024 适老化改造, other year"),
    ("p32", "p32/summary_2024.txt", "18项", "18项民生工程全部完成年度目标任务",
     "2024 count of 民生工程, other year and not a target value"),
]
