# Hand labels of writer tb3b (session 2026-12-07), typed by hand before any linker output was seen.
# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p11",
        "安徽省宿州市萧县",
        "p11/plan.txt",
        2025,
        ["p11/progress_2025_06.txt", "p11/progress_2025_09.txt"],
        [
            "https://www.ahxx.gov.cn/xxdt/ztzl/xxmsgc/gggs/162882491.html",
            "https://www.ahxx.gov.cn/xxdt/ztzl/xxmsgc/gggs/163042521.html",
        ],
    ),
    (
        "p12",
        "河北省张家口市涿鹿县",
        "p12/plan.txt",
        2021,
        ["p12/news_2021_07_20.txt", "p12/news_2025_07_21.txt"],
        [
            "http://rozums.com/show.php?id=233791&siteid=1",
            "http://www.zjknews.com/xianqu/zhuolu/202507/21/466238.html",
        ],
    ),
]
# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p11", "2个", "建设嵌入式养老机构2个", "p11/progress_2025_09.txt", "1个", "已建成1个（50%）", 1, "个", "2025-09-30", "embedded elderly-care homes built, 截至9月底"),
    ("p11", "15个", "建设农村幸福院15个", "p11/progress_2025_09.txt", "8个", "已建成8个（53%）", 8, "个", "2025-09-30", "rural 幸福院 built"),
    ("p11", "126条", "农村黑臭水体治理126条", "p11/progress_2025_09.txt", "120条", "已完成治理120条", 120, "条", "2025-09-30", "black-odorous water bodies treated"),
    ("p11", "263场", "送戏进万村演出263场", "p11/progress_2025_09.txt", "230场", "已送戏230场", 230, "场", "2025-09-30", "opera performances delivered"),
    ("p11", "4个", "建设公共文化空间4个", "p11/progress_2025_09.txt", "2个", "已建成2个（50%）", 2, "个", "2025-09-30", "public culture spaces built"),
    ("p11", "1170件", "法律援助1170件", "p11/progress_2025_09.txt", "948件", "已办结948件", 948, "件", "2025-09-30", "legal-aid cases concluded"),
    ("p12", "3.8万亩", "张承地区植树造林项目3.8万亩", "p12/news_2021_07_20.txt", "1.6万亩", "已完成张承地区造林项目1.6万亩", 16000, "亩", "2021-07-20", "万亩 to 亩; 截至目前 in news of 2021-07-20"),
    ("p12", "1万亩", "封山育林1万亩", "p12/news_2021_07_20.txt", "1万亩", "封山育林1万亩已全部完成", 10000, "亩", "2021-07-20", "result in the same words and figure as the target"),
    ("p12", "3万亩", "营林抚育3万亩", "p12/news_2021_07_20.txt", "1.35万亩", "营林抚育完成1.35万亩", 13500, "亩", "2021-07-20", "forest tending done so far"),
]
# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    # June notice: only items the plan gives no target for, and completion ratios
    ("p11", "p11/progress_2025_06.txt", "8项", "已完成8项", "count of completed items, not an indicator"),
    ("p11", "p11/progress_2025_06.txt", "2个", "实体零工驿站已建成2个", "零工驿站: the plan has no such indicator (same unit 个 as plan items)"),
    ("p11", "p11/progress_2025_06.txt", "200%", "完成率200%", "completion ratio"),
    ("p11", "p11/progress_2025_06.txt", "751名", "健康口腔行动为751名", "no plan indicator for oral-health sealing"),
    ("p11", "p11/progress_2025_06.txt", "421人", "已帮扶421人", "no plan indicator for veterans' aid"),
    # September notice
    ("p11", "p11/progress_2025_09.txt", "19项", "截至9月底已完成19项", "count of completed items"),
    ("p11", "p11/progress_2025_09.txt", "2个", "嵌入式养老机构计划建2个", "target restated in the notice"),
    ("p11", "p11/progress_2025_09.txt", "15个", "农村幸福院计划建15个", "target restated in the notice"),
    ("p11", "p11/progress_2025_09.txt", "126条", "计划治理126条", "target restated in the notice"),
    ("p11", "p11/progress_2025_09.txt", "95%", "（95%）；\n送戏", "completion ratio"),
    ("p11", "p11/progress_2025_09.txt", "263场", "送戏进万村计划263场", "target restated in the notice"),
    ("p11", "p11/progress_2025_09.txt", "87%", "（87%）；\n公共", "completion ratio"),
    ("p11", "p11/progress_2025_09.txt", "4个", "公共文化空间计划建4个", "target restated in the notice"),
    ("p11", "p11/progress_2025_09.txt", "93%", "引调水工程施工中（93%）", "construction progress ratio of a project with no numeric target"),
    ("p11", "p11/progress_2025_09.txt", "1170件", "困难群体法律援助计划1170件", "target restated in the notice"),
    ("p11", "p11/progress_2025_09.txt", "81%", "（81%）；\n七至", "completion ratio"),
    ("p11", "p11/progress_2025_09.txt", "4769人", "已接种4769人", "HPV vaccination: the plan item has no numeric target"),
    ("p11", "p11/progress_2025_09.txt", "6个", "6个老旧小区改造正在施工中", "under construction: the restated target, not a completed count"),
    ("p11", "p11/progress_2025_09.txt", "90%", "正在施工中（90%）", "construction progress ratio"),
    ("p11", "p11/progress_2025_09.txt", "2个", "实体零工驿站建成2个", "零工驿站: no plan indicator, same unit 个"),
    ("p11", "p11/progress_2025_09.txt", "540个", "新增托位540个", "托位: no plan indicator, same unit 个"),
    ("p11", "p11/progress_2025_09.txt", "3.88个", "千人口托位数达到3.88个", "a per-1000 rate, no plan indicator"),
    ("p11", "p11/progress_2025_09.txt", "431人", "帮扶困难退役军人和军属烈属431人", "no plan indicator"),
    ("p11", "p11/progress_2025_09.txt", "630个", "新增电动自行车充电端口630个", "charging ports: no plan indicator, same unit 个"),
    ("p11", "p11/progress_2025_09.txt", "286%", "完成率286%", "completion ratio"),
    ("p12", "p12/news_2021_07_20.txt", "7.8万亩", "造林绿化任务共7.8万亩", "target restated in the news (no total result is stated)"),
    ("p12", "p12/news_2021_07_20.txt", "3.8万亩", "植树造林项目3.8万亩", "target restated"),
    ("p12", "p12/news_2021_07_20.txt", "1万亩", "封山育林1万亩、营林", "target restated (same figure as the result)"),
    ("p12", "p12/news_2021_07_20.txt", "3万亩", "营林抚育3万亩", "target restated"),
    ("p12", "p12/news_2021_07_20.txt", "50.6%", "完成全年任务的50.6%", "completion ratio"),
    ("p12", "p12/news_2025_07_21.txt", "2.93万亩", "合计占地2.93万亩", "area of two demonstration sites, not a 2021 result"),
    ("p12", "p12/news_2025_07_21.txt", "121.9万亩", "累计完成营造林121.9万亩", "cumulative since 2016, not the 2021 period"),
    ("p12", "p12/news_2025_07_21.txt", "2.1万亩", "修复治理草原2.1万亩", "grassland, other indicator with the same unit"),
    ("p12", "p12/news_2025_07_21.txt", "208.69万亩", "林地面积208.69万亩", "stock of forest land, not a task result"),
    ("p12", "p12/news_2025_07_21.txt", "52.97%", "森林覆盖率52.97%", "forest cover rate, no plan indicator"),
    ("p12", "p12/news_2025_07_21.txt", "8.9万亩", "太行山生态综合治理8.9万亩", "figure of 2024, outside the plan year"),
]
