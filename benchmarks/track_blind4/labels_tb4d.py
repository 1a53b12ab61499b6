# track_blind4 labels of writer tb4d, typed by hand from the texts (never computed by the linker).
# Shapes as in labels_example.py.txt.

P15 = "p15"
P15_Q1 = "p15/progress_q1.txt"
P15_H1 = "p15/news_h1_2025.txt"
P16 = "p16"
P16_REVIEW = "p16/review_2024.txt"

PAIRS: list[tuple[object, ...]] = [
    (
        P15,
        "重庆市万州区",
        "p15/plan.txt",
        2025,
        [P15_Q1, P15_H1],
        [
            "http://www.wz.gov.cn/zwxx_266/gggs/202504/t20250411_14513778.html",
            "https://www.awanzhou.com/forum.php?goto=nextnewset&mod=redirect&tid=23975",
        ],
    ),
    (
        P16,
        "广东省汕尾市",
        "p16/plan.txt",
        2024,
        [P16_REVIEW],
        [
            "http://www.xproject.cn/thread-633765-1-97.html",
            "http://swsm.net/forum.php?goto=lastpost&mod=redirect&tid=644063",
        ],
    ),
]

LINKS: list[tuple[object, ...]] = [
    # p15, first quarter (1-3月 -> 03-31)
    (P15, "182852万元", "投资计划合计182852万元", P15_Q1, "55219.1万元", "1—3月完成投资55219.1万元", 552191000, "元", "2025-03-31", "all livelihood projects, investment done in Q1 against the year's plan"),
    (P15, "16842万元", "市级重点民生实事投资计划16842万元", P15_Q1, "4906.1万元", "市级重点民生实事完成投资4906.1万元", 49061000, "元", "2025-03-31", "city-level projects, investment done in Q1"),
    (P15, "67个", "新开工改造城镇老旧小区67个", P15_Q1, "42个", "新开工改造城镇老旧小区42个", 42, "个", "2025-03-31", "old residential compounds started, Q1 progress"),
    (P15, "50部", "更新老旧住宅电梯50部", P15_Q1, "30部", "更新老旧住宅电梯30部", 30, "部", "2025-03-31", "lifts replaced, Q1 progress"),
    (P15, "509个", "完成电动车充电端口设施建设509个", P15_Q1, "53个", "建成电动车充电端口设施53个", 53, "个", "2025-03-31", "e-bike charging ports, Q1 progress"),
    (P15, "11604万元", "投资计划：11604万元", P15_Q1, "3500万元", "完成3500万元", 35000000, "元", "2025-03-31", "old-compound item, investment done in Q1"),
    (P15, "3417万元", "投资计划：3417万元", P15_Q1, "680万元", "完成680万元", 6800000, "元", "2025-03-31", "rural-road guardrail item, investment done in Q1"),
    # p15, half year news (截至6月底 -> 06-30)
    (P15, "182852万元", "投资计划合计182852万元", P15_H1, "11.05亿元", "累计完成投资11.05亿元", 1105000000, "元", "2025-06-30", "all 20 projects, investment done in H1 (亿元 vs 万元)"),
    (P15, "16842万元", "市级重点民生实事投资计划16842万元", P15_H1, "1.07亿元", "累计完成投资1.07亿元", 107000000, "元", "2025-06-30", "city-level projects, investment done in H1"),
    (P15, "67个", "新开工改造城镇老旧小区67个", P15_H1, "67个", "新实施老旧小区改造67个", 67, "个", "2025-06-30", "old compounds: all 67 under way (新实施 = started, which is the target's own verb 新开工)"),
    (P15, "153万平方米", "67个、153万平方米", P15_H1, "153万平方米", "、153万平方米；", 1530000, "平方米", "2025-06-30", "floor area of the old compounds (万平方米 -> 平方米)"),
    (P15, "201公里", "农村公路生命安全防护工程201公里", P15_H1, "201公里", "完成农村公路生命安全防护工程201公里", 201, "公里", "2025-06-30", "rural-road safety works finished ahead of time"),
    # p16, year review of the ten projects (-> 12-31)
    (P16, "80个", "新增完成80个自然村生活污水治理项目", P16_REVIEW, "80个", "全年新增完成80个自然村", 80, "个", "2024-12-31", "villages with sewage treatment done, year review"),
]

NEGATIVES: list[tuple[object, ...]] = [
    # p15 first quarter
    (P15, P15_Q1, "30.2%", "占年度投资计划的30.2%", "completion ratio of the total investment"),
    (P15, P15_Q1, "29.1%", "占比29.1%", "completion ratio of the city-level investment"),
    (P15, P15_Q1, "30.2%", "占该项计划的30.2%", "completion ratio of one item (same figure as the total's ratio)"),
    (P15, P15_Q1, "19.9%", "占比19.9%", "completion ratio of the road item"),
    (P15, P15_Q1, "201公里", "年度任务为实施农村公路生命安全防护工程201公里", "the year's target restated in a progress report, not an outturn"),
    (P15, P15_Q1, "5月11日", "2025年4月11日至5月11日", "dates of the publicity period"),
    # p15 half year news
    (P15, P15_H1, "60.4%", "占全年计划的60.4%", "completion ratio of the total investment"),
    (P15, P15_H1, "63.9%", "全年计划的63.9%", "completion ratio of the city-level investment"),
    (P15, P15_H1, "9.98亿元", "累计完成投资9.98亿元", "district-level subtotal: the plan gives no district-level investment figure"),
    (P15, P15_H1, "60.1%", "占全年计划的60.1%", "completion ratio of the district-level investment"),
    (P15, P15_H1, "40.6公里", "更新改造燃气管道40.6公里", "other indicator with the unit 公里 (gas pipes, not rural roads)"),
    (P15, P15_H1, "485个", "新增停车泊位485个", "district-level item without a figure in the plan"),
    (P15, P15_H1, "108张", "设置养老床位108张", "district-level item without a figure in the plan"),
    (P15, P15_H1, "13条", "已优化调整公交线路13条", "item without a figure in the plan"),
    (P15, P15_H1, "856人", "培训持证救护员（初级）856人", "other indicator with the unit 人 (not the 400 teachers of the plan)"),
    (P15, P15_H1, "440.94万元", "已累计免收通行费440.94万元", "toll waived, not an investment of the plan"),
    # p16 year review
    (P16, P16_REVIEW, "20.64亿元", "全年共投入20.64亿元", "total spending of the ten projects: the plan text gives no investment figure"),
    (P16, P16_REVIEW, "108.64%", "占年度计划的108.64%", "completion ratio of the spending"),
    (P16, P16_REVIEW, "28个", "其中海丰县完成28个", "sub-area (county) share of the 80 villages"),
    (P16, P16_REVIEW, "28个", "陆丰市28个", "sub-area (county) share of the 80 villages"),
    (P16, P16_REVIEW, "24个", "陆河县24个", "sub-area (county) share of the 80 villages"),
    (P16, P16_REVIEW, "90%", "已完成总工程量的90%", "progress ratio of one sewage project"),
    (P16, P16_REVIEW, "6600个", "在建设6600个初中、高中学生宿舍宿位", "the target restated in the review"),
    (P16, P16_REVIEW, "9所", "的9所学校宿舍楼项目", "number of schools, no plan figure"),
    (P16, P16_REVIEW, "6792个", "预计可新增寄宿制宿位共6792个", "expected beds once buildings under construction are finished, not a completed figure"),
]
