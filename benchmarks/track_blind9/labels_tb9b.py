"""Hand labels of writer tb9b for track_blind9 (民生实事 / 为民办实事 lists against later progress or result texts)."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p11",
        "上海市长宁区",
        "p11/plan.txt",
        2024,
        ["p11/progress_2024_06.txt"],
        [
            "https://www.shcn.gov.cn/col6988/20240119/1252666.html",
            "https://163.com/dy/article/J8TUE84605346936.html",
        ],
    ),
    (
        "p12",
        "陕西省西安市未央区",
        "p12/plan.txt",
        2023,
        ["p12/news_2024_06.txt"],
        [
            "https://c.m.163.com/news/a/HTCJPB4P051495SS.html",
            "http://sdjd.apcreports.org.cn/sdjd/news/26306.html",
        ],
    ),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    (
        "p11",
        "400个",
        "新增400个公共（含专用）充电桩",
        "p11/progress_2024_06.txt",
        "416个",
        "全区已新增充电桩416个",
        416,
        "个",
        "2024-06-30",
        "public (incl. dedicated) charging piles added, district total, 截至6月底",
    ),
    (
        "p12",
        "5000个",
        "新增学位5000个。",
        "p12/news_2024_06.txt",
        "5040个",
        "新增学位5040个",
        5040,
        "个",
        "2023-12-31",
        "new school places, district total for 去年 (2023) quoted in a 2024 press conference",
    ),
    (
        "p12",
        "7所",
        "新建（改扩建）中小学、幼儿园7所",
        "p12/news_2024_06.txt",
        "7个",
        "未央路小学等7个校建项目",
        7,
        "所",
        "2023-12-31",
        "school building projects completed in 2023 (7个校建项目) against 新建（改扩建）中小学、幼儿园7所; judgement call, see README",
    ),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    (
        "p11",
        "p11/progress_2024_06.txt",
        "400个",
        "一、新增400个公共（含专用）充电桩",
        "the target restated as a section heading, not an achieved figure",
    ),
    ("p11", "p11/progress_2024_06.txt", "104%", "完成率104%", "completion ratio, not the indicator's value"),
    (
        "p11",
        "p11/progress_2024_06.txt",
        "90个",
        "目前共配置充电桩90个",
        "charging piles of one car park (东虹桥中心), a sub-total",
    ),
    (
        "p11",
        "p11/progress_2024_06.txt",
        "109个",
        "场库内设置充电桩109个",
        "charging piles of one car park (海粟文化广场), a sub-total",
    ),
    (
        "p11",
        "p11/progress_2024_06.txt",
        "100个",
        "全区已完成100个住宅小区地下车库移动通信网络覆盖",
        "another 实事 item whose target is not in plan.txt (items 11-17 were cut); must not go to 10个共享充电桩示范小区 or any other 个 target",
    ),
    (
        "p11",
        "p11/progress_2024_06.txt",
        "456户",
        "三、为456户独居老年人开展智能水表安全监测服务",
        "the target restated as a heading; no achieved figure follows (page cut)",
    ),
    (
        "p11",
        "p11/progress_2024_06.txt",
        "15项",
        "10个项目的15项任务提前完成年度目标",
        "count of finished tasks, not an indicator of the plan",
    ),
    (
        "p12",
        "p12/news_2024_06.txt",
        "9条",
        "高标准建成团结片区9条市政道路",
        "roads of one area (团结片区) only; a sub-total, not the district's 建成通车市政道路11条",
    ),
    (
        "p12",
        "p12/news_2024_06.txt",
        "3条",
        "完成元朔大道等3条道路提升改造",
        "road upgrading, a different indicator from 建成通车市政道路 or 绿化亮化道路6条",
    ),
    (
        "p12",
        "p12/news_2024_06.txt",
        "52个",
        "新建改建停车场52个",
        "car parks built in 城中村整治 (cumulative), not 新增公共停车位1100个 (parking spaces)",
    ),
    (
        "p12",
        "p12/news_2024_06.txt",
        "14个",
        "便民市场14个",
        "convenience markets built in 城中村整治 (cumulative); not 改造提升农贸市场10个",
    ),
    (
        "p12",
        "p12/news_2024_06.txt",
        "100名",
        "选派100名科级干部担任项目",
        "cadres assigned as project agents; no plan target",
    ),
    (
        "p12",
        "p12/news_2024_06.txt",
        "1.56万个",
        "全年新落户企业1.56万个",
        "enterprises registered; not 新增城镇就业10000人以上 or any 个 target",
    ),
]
