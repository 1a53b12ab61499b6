# Hand labels of writer tb14a for track_blind14 (see README_tb14a.md).
# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p01", "上海市", "p01/plan.txt", 2019, ["p01/review_2020.txt"],
     ["http://www.jumpstarthappiness.com/policy/71258.html", "http://sh.people.com.cn/n2/2020/0115/c395194-33718463.html"]),
]
# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p01", "7000张", "新增7000张养老床位", "p01/review_2020.txt", "7202张", "新建养老床位7202张", 7202, "张", "2019-12-31",
     "new elderly-care beds, 2019 result in next year's report (新增 vs 新建 wording)"),
    ("p01", "1000张", "改造1000张认知症老人照料床位", "p01/review_2020.txt", "1485张", "改建认知障碍照护床位1485张", 1485, "张", "2019-12-31",
     "dementia-care beds converted; 认知症老人照料 = 认知障碍照护 (synonym)"),
    ("p01", "80家", "改造80家郊区农村薄弱养老机构", "p01/review_2020.txt", "89家", "改造农村薄弱养老机构89家", 89, "家", "2019-12-31",
     "weak rural elderly-care institutions upgraded"),
    ("p01", "80家", "新建80家老年人日间服务中心", "p01/review_2020.txt", "83家", "新增老年人日间服务中心83家", 83, "家", "2019-12-31",
     "elderly day-service centres; same figure 80家 as the previous target, different indicator"),
    ("p01", "200个", "新增200个社区老年助餐场所", "p01/review_2020.txt", "217个", "助餐场所217个", 217, "个", "2019-12-31",
     "community meal-service places for the elderly"),
    ("p01", "550个", "开设550个小学生", "p01/review_2020.txt", "556个", "开设小学生爱心暑托班556个", 556, "个", "2019-12-31",
     "primary-school summer care classes"),
    ("p01", "8万户", "完成8万户农村生活污水处理设施改造", "p01/review_2020.txt", "9万户", "9万户的农村生活污水处理设施改造", 90000, "户", "2019-12-31",
     "rural household sewage facilities rebuilt; 万户 -> 户"),
]
# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p01", "p01/review_2020.txt", "231个", "新开办托育机构231个",
     "all newly opened childcare institutions citywide, not the 50 实事 托育点 (judgement call, see README)"),
    ("p01", "p01/review_2020.txt", "37所", "幼儿园37所", "kindergartens opened; no kindergarten target in the list"),
    ("p01", "p01/review_2020.txt", "7万户", "涉及7万户的村庄改造", "village renovation households, same unit 户 as the sewage target but another indicator"),
    ("p01", "p01/review_2020.txt", "1.28万户", "推动1.28万户农民相对集中居住", "farmers' concentrated resettlement, not a list item"),
    ("p01", "p01/review_2020.txt", "49.3万", "惠及49.3万老年人", "long-term-care insurance beneficiaries, no such target"),
    ("p01", "p01/review_2020.txt", "1184万平方米", "旧住房综合改造1184万平方米", "old-housing renovation, not in the (truncated) list"),
    ("p01", "p01/review_2020.txt", "9个", "建成乡村振兴示范村9个", "rural-revitalisation demonstration villages, not a list item"),
    ("p01", "p01/review_2020.txt", "6.3万套", "各类保障性住房6.3万套", "affordable housing supply, not a list item"),
    ("p01", "p01/review_2020.txt", "2.9万户", "55.3万平方米、2.9万户", "old-lane housing households, 户 unit, not the sewage target"),
]
