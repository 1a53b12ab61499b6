"""Hand labels of writer tb6c for track_blind6 (pairs p21, p22). Typed by hand from the texts; see README_tb6c.md."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p21",
        "山东省青岛市西海岸新区",
        "p21/plan.txt",
        2022,
        ["p21/completion_2022.txt"],
        [
            "http://m.isunte.cn/p/165563.html",
            "http://sociology.dcgqt.com/sociology/2022/0401/105578.html",
            "https://guanhai.com.cn/p/227991.html",
        ],
    ),
    (
        "p22",
        "天津市",
        "p22/plan.txt",
        2023,
        ["p22/review_2023.txt"],
        [
            "https://freewechat.com/a/MzU2MDc3OTkyMw==/2247577787/3",
            "https://tj.news.163.com/24/0125/11/IP9UMOA0042098PG.html",
        ],
    ),
]

D21 = "p21/completion_2022.txt"
D22 = "p22/review_2023.txt"

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p21", "6240个", "将新增学位约6240个", D21, "6240个", "新增学位约6240个", 6240, "个", "2022-12-14",
     "new school places achieved; notice dated 2022-12-14 says 今年, before year end"),
    ("p21", "5所", "开工建设中小学、幼儿园5所", D21, "5所", "等5所学校幼儿园完成主体施工", 5, "所", "2022-12-14",
     "the 5 schools/kindergartens started this year reached main-structure completion (target was to start 5)"),
    ("p21", "7万人以上", "实现城镇新增就业7万人以上", D21, "7.47万人", "实现城镇新增就业7.47万人", 74700, "人", "2022-12-14",
     "urban new jobs achieved, 万人 -> 人"),
    ("p21", "4700个", "创设公益性岗位4700个", D21, "7250个", "创设城乡公益性岗位7250个", 7250, "个", "2022-12-14",
     "public-welfare posts created (over target)"),
    ("p21", "3000人", "完成政策性扶持创业3000人", D21, "6240人以上", "完成政策性扶持创业6240人以上", 6240, "人", "2022-12-14",
     "policy-supported entrepreneurs; same digits as school places, different indicator"),
    ("p21", "15个村居", "东洞门、于家等15个村居", D21, "15个村居", "3个街道共15个村居", 15, "个", "2022-12-14",
     "villages/communities whose residents moved back"),
    ("p21", "25个老旧小区", "完成25个老旧小区", D21, "25个老旧小区", "4个街道共25个老旧小区", 25, "个", "2022-12-14",
     "old residential compounds renovated"),
    ("p21", "675家", "为675家村卫生室配备", D21, "675家", "为675家村卫生室", 675, "家", "2022-12-14",
     "village clinics equipped"),
    ("p21", "85家", "为85家中心村卫生室配备", D21, "85家", "及85家中心村卫生室配备", 85, "家", "2022-12-14",
     "central village clinics equipped"),
    ("p21", "9处", "改造提升9处镇街医疗机构", D21, "9处", "完成9处镇街医疗机构", 9, "处", "2022-12-14",
     "town/street medical institutions upgraded"),
    ("p22", "35万人", "全年城镇新增就业35万人", D22, "35.69万人", "城镇新增就业35.69万人", 356900, "人", "2023-12-31",
     "urban new jobs at end of 2023, 万人 -> 人"),
    ("p22", "1.2万名", "推荐1.2万名高校毕业生", D22, "2.93万人", "组织2.93万人参加就业见习", 29300, "人", "2023-12-31",
     "young people placed in job internships (见习), full year"),
    ("p22", "10万人次", "开展补贴性职业培训10万人次", D22, "13.5万人次", "补贴性职业技能培训13.5万人次", 135000, "人次", "2023-12-31",
     "subsidised vocational training, 万人次 -> 人次"),
    ("p22", "2.2万个", "全市新增义务教育学位2.2万个", D22, "2.85万个", "新增2.85万个学位", 28500, "个", "2023-12-31",
     "new compulsory-education places, 万个 -> 个"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p21", D21, "1万人以上", "农民专业技能培训1万人以上", "one combined figure for two separate plan targets (3500 + 4000); matches neither"),
    ("p21", D21, "5所", "等5所学校已于今年秋季开学前交付使用", "other schools (started earlier) delivered; not the 5 started in 2022"),
    ("p21", D21, "2920户", "2920户居民顺利回迁", "households; the plan target counts 村居, not 户"),
    ("p21", D21, "8处", "等8处公共停车场", "no parking target in the visible plan text"),
    ("p21", D21, "4600余个", "道路临时泊位4600余个", "parking spaces; no such target in the visible plan; same unit 个 as posts/places"),
    ("p21", D21, "2025年12月", "计划2025年12月建成使用", "future completion date of the hospital, not an achievement"),
    ("p21", D21, "6条", "等6条未贯通道路", "no road target in the visible plan text"),
    ("p21", D21, "6处", "等6处主要积水点", "no waterlogging target in the visible plan text"),
    ("p21", D21, "20件", "2022年确定的20件民生实事", "number of items in the list, not an indicator value"),
    ("p22", D22, "19个", "改扩建义务教育学校19个", "plan gives no school count (一批), no target to link"),
    ("p22", D22, "19个", "共19个学位建设项目", "count of construction projects, not places"),
    ("p22", D22, "9个区", "北辰区等9个区", "number of districts involved"),
    ("p22", D22, "32条", "稳就业32条", "name of a policy package, not a figure"),
    ("p22", D22, "20项", "20项民心工程处处体现", "number of items in the list"),
]
