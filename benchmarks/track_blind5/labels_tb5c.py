"""Hand labels of writer tb5c for track_blind5 (pairs p21-p23). Typed by hand from the texts."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p21", "上海市宝山区", "p21/plan.txt", 2022, ["p21/progress_2022_08.txt"],
     ["https://xxgk.shbsq.gov.cn/article.html?infoid=af81beef-7693-4922-8766-2b9ee4b0965e",
      "http://xxgk.shbsq.gov.cn/article.html?infoid=7a5d4aa4-2d6b-4b4e-9308-29f8e8926343"]),
    ("p22", "上海市静安区", "p22/plan.txt", 2022, ["p22/review_2023.txt"],
     ["https://www.jingan.gov.cn/govxxgk/JA0/2022-03-22/cc69a660-aa58-4a5a-b141-6f7da14f9093.html",
      "http://www.shfzb.com.cn/shfzb/h5/html5/2022-01/12/content_150407_668260.htm",
      "https://www.quyushuju.com/forum.php?mod=viewthread&tid=70240&extra=page%3D1"]),
    ("p23", "上海市静安区", "p23/plan.txt", 2023, ["p23/review_2024.txt"],
     ["https://www.jingan.gov.cn/govxxgk/JA0/2023-03-03/c586e8d6-1f97-446c-b878-4f095059c03d.html",
      "https://www.jingan.gov.cn/govxxgk/JA0/2024-01-30/f2133f6b-9ad4-4ffa-a822-9d7e55e92a21.html"]),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p21", "400台", "既有多层住宅加装电梯新增400台", "p21/progress_2022_08.txt", "81台", "新增81台", 81, "台", "2022-08-31",
     "加装电梯新增(开工)台数, 8月进展栏的累计数 (judgement: read as cumulative, see README)"),
    ("p21", "200台", "完工200台", "p21/progress_2022_08.txt", "52台", "完工52台", 52, "台", "2022-08-31",
     "加装电梯完工台数, 8月进展栏"),
    ("p21", "50个", "为50个小区新增电动自行车充电设施", "p21/progress_2022_08.txt", "14个", "已累计完成14个住宅小区", 14, "个", "2022-08-31",
     "新增电动自行车充电设施的小区数, 进展栏明说已累计"),
    ("p22", "6%", "区级一般公共预算收入增长6%", "p22/review_2023.txt", "0.34%", "同比增长0.34%", 0.34, "%", "2022-12-31",
     "区级一般公共预算收入增速, 下一年政府工作报告回顾 (headline figure)"),
    ("p23", "5%左右", "地区生产总值增长5%左右", "p23/review_2024.txt", "7.0%", "同比增长7.0%", 7.0, "%", "2023-12-31",
     "地区生产总值增速, 2024年报告回顾2023"),
    ("p23", "3%", "区级一般公共预算收入同比增长3%", "p23/review_2024.txt", "3%", "同比增长3%，总量", 3, "%", "2023-12-31",
     "区级一般公共预算收入增速 (achieved equals target)"),
    ("p23", "120个", "引进税收千万级以上项目120个", "p23/review_2024.txt", "156个", "引进税收千万级以上项目156个", 156, "个", "2023-12-31",
     "全年引进税收千万级以上项目数"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p21", "p21/progress_2022_08.txt", "400台", "加装电梯新增400台、完工200台（区级）", "annual target restated in the progress table"),
    ("p21", "p21/progress_2022_08.txt", "30台", "新增30台、完工20台", "8月份目标 column: the month's target, not an achievement"),
    ("p21", "p21/progress_2022_08.txt", "50个", "为50个小区新增电动自行车充电设施", "annual target restated"),
    ("p21", "p21/progress_2022_08.txt", "3个", "计划完成3个小区的充电设施建设", "monthly plan figure (计划), not achieved"),
    ("p21", "p21/progress_2022_08.txt", "1000户", "完成安装1000户", "8月份目标 for gas alarms; progress column says nothing installed yet"),
    ("p21", "p21/progress_2022_08.txt", "10个", "为10个老旧小区实施消防设施改造", "annual target restated, no achievement given"),
    ("p21", "p21/progress_2022_08.txt", "760张", "新增760张养老床位", "restated target of an item not in plan.txt (plan text stops at item 5)"),
    ("p21", "p21/progress_2022_08.txt", "7家", "其中7家已竣工", "achievement of an item (老年助餐场所) with no target in plan.txt"),
    ("p22", "p22/review_2023.txt", "4.38%", "实际同比增长4.38%", "growth after adding back VAT refunds: adjusted basis, not the reported growth (judgement)"),
    ("p22", "p22/review_2023.txt", "1500亿元", "社会消费品零售总额1500亿元左右", "预计 (estimate) for 社零; expectations are not links"),
    ("p22", "p22/review_2023.txt", "279.42亿元", "一般公共预算收入279.42亿元", "revenue level; the plan targets only its growth rate"),
    ("p23", "p23/review_2024.txt", "2846.03亿元", "实现地区生产总值2846.03亿元", "GDP level; plan target is a growth rate"),
    ("p23", "p23/review_2024.txt", "7.05%", "同比增长7.05%", "税收总收入 growth, no such target; same unit as GDP growth"),
    ("p23", "p23/review_2024.txt", "287.80亿元", "区级一般公共预算收入287.80亿元", "revenue level; plan targets growth only"),
    ("p23", "p23/review_2024.txt", "5.7%", "同比增长5.7%", "六大产业税收 growth, other indicator"),
    ("p23", "p23/review_2024.txt", "39%", "同比增长39%", "growth of the number of projects, not the count the plan targets"),
    ("p23", "p23/review_2024.txt", "622.08亿元", "实现税收622.08亿元", "重点楼宇税收, no target"),
    ("p23", "p23/review_2024.txt", "88幢", "达到88幢", "亿元楼 count; plan target is qualitative (稳中有升), nothing to link"),
    ("p23", "p23/review_2024.txt", "6幢", "亿元楼新增6幢", "increment of 亿元楼, plan target qualitative"),
]
