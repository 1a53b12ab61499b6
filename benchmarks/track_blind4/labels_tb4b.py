"""Hand-typed labels of writer tb4b (session 2026-12-07) for track_blind4."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p11",
        "贵州省六盘水市",
        "p11/plan.txt",
        2024,
        ["p11/progress_2024_10.txt"],
        [
            "https://wxredian.com/art?id=aa5e52dc07dfe49ae2582c9cef0213ec",
            "http://bkwu.com.cn/newarea/roll/202402/26/t20240226_38911882.shtml",
        ],
    ),
]
# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    (
        "p11",
        "6.28亿元",
        "年度投资目标6.28亿元",
        "p11/progress_2024_10.txt",
        "5.8亿元",
        "1—10月累计完成投资5.8亿元",
        580000000,
        "元",
        "2024-10-31",
        "livelihood-list investment, 1—10月; 亿元 → 元",
    ),
    (
        "p11",
        "100%",
        "县、乡级就业公共服务机构覆盖率达100%",
        "p11/progress_2024_10.txt",
        "100%",
        "县、乡级就业公共服务机构覆盖率达100%",
        100,
        "%",
        "2024-10-31",
        "county/township employment-service coverage",
    ),
    (
        "p11",
        "7所",
        "新建、改扩建城区小学7所",
        "p11/progress_2024_10.txt",
        "7所",
        "新建、改扩建的7所城区小学都已建成",
        7,
        "所",
        "2024-10-31",
        "urban primary schools built, all in use",
    ),
    (
        "p11",
        "3000户",
        "适老化改造3000户",
        "p11/progress_2024_10.txt",
        "2670户",
        "其中完成改造2670户",
        2670,
        "户",
        "2024-10-31",
        "homes adapted for the elderly: completed, not started",
    ),
]
# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p11", "p11/progress_2024_10.txt", "6.28亿元", "年度投资目标为6.28亿元", "target restated in the notice"),
    ("p11", "p11/progress_2024_10.txt", "92.40%", "年度投资目标的92.40%", "completion ratio of the investment target"),
    (
        "p11",
        "p11/progress_2024_10.txt",
        "100%",
        "村级就业公共服务覆盖率也达到100%",
        "village-level coverage: other indicator, same unit",
    ),
    (
        "p11",
        "p11/progress_2024_10.txt",
        "3000户",
        "3000户老人家庭适老化改造已全部启动",
        "started quantity (= target), not completed",
    ),
    (
        "p11",
        "p11/progress_2024_10.txt",
        "5个",
        "5个示范性社区老年助餐点正在建设",
        "target restated; under construction, not built",
    ),
    ("p11", "p11/progress_2024_10.txt", "32个", "10个方面32个小项", "count of sub-projects of the list"),
    (
        "p11",
        "p11/progress_2024_10.txt",
        "92个",
        "已建成就业公共服务机构92个",
        "count of offices; plan gives only a coverage rate",
    ),
    (
        "p11",
        "p11/progress_2024_10.txt",
        "5960个",
        "新增学位5960个",
        "school places: no plan figure for places (plan counts schools)",
    ),
    (
        "p11",
        "p11/progress_2024_10.txt",
        "1152个",
        "村级就业公共服务站已建成1152个",
        "village stations: count, plan has no such figure",
    ),
    (
        "p11",
        "p11/progress_2024_10.txt",
        "21.8万人",
        "免费体检已完成21.8万人",
        "health checks: plan names the task without a number",
    ),
    ("p11", "p11/progress_2024_10.txt", "46名", "已引进46名省外校长", "teachers brought in: plan gives no number"),
]
