# Hand labels of writer tb11b (county / district level). Shapes as in labels_example.py.txt.
# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p31", "河南省濮阳市南乐县", "p31/plan.txt", 2024, ["p31/review_2024.txt"],
     ["http://m.pyrb.pyxww.com/content/202402/28/c135920.html", "http://pyrb.pyxww.com/content/202501/17/c153141.html"]),
    ("p32", "河南省平顶山市叶县", "p32/plan.txt", 2025, ["p32/profile_2025_09.txt"],
     ["http://www.bx2200.com/baogao/huazhong/12509_2.html", "http://m.gethgdk.com/hebeideji/7263012965091278889.html"]),
]
# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p31", "9%", "规上工业增加值增长9%", "p31/review_2024.txt", "11.1%", "规模以上工业增加值完成20.1亿元，同比增长11.1%",
     11.1, "%", "2024-11-30", "industrial value added growth, 1—11月 progress (1—11月份 heads the list)"),
    ("p31", "10%", "固定资产投资增长10%", "p31/review_2024.txt", "11.9%", "固定资产投资完成34.02亿元，同比增长11.9%",
     11.9, "%", "2024-11-30", "fixed-asset investment growth, 1—11月 progress"),
    ("p31", "7%", "社会消费品零售总额增长7%", "p31/review_2024.txt", "7.64%", "社会消费品零售总额完成70.43亿元，同比增长7.64%",
     7.64, "%", "2024-11-30", "retail sales growth, 1—11月 progress"),
    ("p32", "6.5%左右", "地区生产总值增长6.5%左右", "p32/profile_2025_09.txt", "4.8%", "按可比价格计算，同比增长4.8%",
     4.8, "%", "2025-09-30", "GDP growth, 1—9月 progress inside the plan year"),
]
# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p31", "p31/review_2024.txt", "6%", "全县生产总值预计完成201.7亿元，同比增长6%", "GDP growth is only an expectation (预计), not an achieved figure"),
    ("p31", "p31/review_2024.txt", "81.34%", "完成序时进度的81.34%", "completion ratio of budget revenue against schedule, not the growth rate targeted"),
    ("p31", "p31/review_2024.txt", "12.4%", "制造业增加值同比增长12.4%", "manufacturing value added is a sub-total of 规上工业增加值"),
    ("p31", "p31/review_2024.txt", "79.3%", "制造业投资完成6.6亿元，同比增长79.3%", "manufacturing investment is a sub-total of fixed-asset investment"),
    ("p31", "p31/review_2024.txt", "7%", "网上零售额2.5亿元、同比增长7%", "online retail (a different indicator) happens to equal the 社零 target 7%"),
    ("p31", "p31/review_2024.txt", "127.9%", "占年度计划投资的127.9%", "key-project investment completion ratio"),
    ("p31", "p31/review_2024.txt", "5%", "电商交易额达到3.7亿元、同比增长5%", "e-commerce turnover growth, other indicator"),
    ("p32", "p32/profile_2025_09.txt", "4.8%", "全年居民人均可支配收入26481元，同比增长4.8%", "2024 income growth: other year, other indicator, same value as the GDP figure"),
    ("p32", "p32/profile_2025_09.txt", "196.2亿元", "实现地区生产总值196.2亿元", "GDP level (1—9月), the target is a growth rate"),
    ("p32", "p32/profile_2025_09.txt", "44", "三次产业结构比为19.3:36.7:44", "2024 industrial structure share, other year and indicator"),
]
