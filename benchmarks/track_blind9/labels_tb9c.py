"""Hand labels of writer tb9c for track_blind9 (pairs p21, p22). Typed by hand from the texts."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p21", "辽宁省", "p21/plan.txt", 2025,
     ["p21/review_2026_01.txt", "p21/news_2026_03.txt"],
     ["http://zwcm.itez.com.cn/dnp/content/ZZX4V0RD06F61SYCEH",
      "https://us.usy7.cc/usy0128HWE99.xml",
      "https://www.51tgb.com/page?newsid=48620"]),
    ("p22", "新疆维吾尔自治区", "p22/plan.txt", 2023,
     ["p22/review_2024.txt", "p22/news_2024_05.txt"],
     ["https://hts.gov.cn/bendixinwen/show.php?itemid=29152",
      "http://www.zjol.com.cn/rexun/202301/t20230129_25355316.shtml",
      "http://www.victorzhang.cn/page/2024/0315/23061304.shtml",
      "http://news.calyptus.net/test/mqq.php?0b=JV.html"]),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    # p21 辽宁省 2025
    ("p21", "5%以上", "地区生产总值增长5%以上", "p21/review_2026_01.txt", "3.7%", "地区生产总值增长3.7%",
     3.7, "%", "2025-12-31", "GDP growth 2025 reported in the 2026 report (below target)"),
    ("p21", "47万人左右", "城镇新增就业47万人左右", "p21/review_2026_01.txt", "48万人", "城镇新增就业48万人",
     480000, "人", "2025-12-31", "new urban jobs 2025, 2026 report"),
    ("p21", "47万人左右", "城镇新增就业47万人左右", "p21/news_2026_03.txt", "48万人", "城镇新增就业48万人",
     480000, "人", "2025-12-31", "new urban jobs 2025 under 辽宁亮点（2025年）"),
    ("p21", "500亿斤左右", "粮食产量500亿斤左右", "p21/news_2026_03.txt", "515.6亿斤", "粮食产量515.6亿斤",
     51560000000, "斤", "2025-12-31", "grain output 2025"),
    ("p21", "5%以上", "社会消费品零售总额增长5%以上", "p21/news_2026_03.txt", "1.4%", "社会消费品零售总额增长1.4%",
     1.4, "%", "2025-12-31", "retail sales growth 2025 (the 4%左右 line is the 2026 target)"),
    # p22 新疆维吾尔自治区 2023
    ("p22", "7%左右", "地区生产总值增长7%左右", "p22/review_2024.txt", "6.8%", "地区生产总值增长6.8%",
     6.8, "%", "2023-12-31", "GDP growth 2023"),
    ("p22", "9%左右", "规模以上工业增加值增长9%左右", "p22/review_2024.txt", "6.4%", "规模以上工业增加值增长6.4%",
     6.4, "%", "2023-12-31", "industrial value added growth 2023"),
    ("p22", "10%左右", "一般公共预算收入增长10%左右", "p22/review_2024.txt", "15.3%", "一般公共预算收入增长15.3%",
     15.3, "%", "2023-12-31", "general budget revenue growth 2023"),
    ("p22", "11%左右", "固定资产投资增长11%左右", "p22/review_2024.txt", "12.4%", "固定资产投资增长12.4%",
     12.4, "%", "2023-12-31", "fixed-asset investment growth 2023"),
    ("p22", "12%左右", "社会消费品零售总额增长12%左右", "p22/review_2024.txt", "18.8%", "社会消费品零售总额增长18.8%",
     18.8, "%", "2023-12-31", "retail sales growth 2023"),
    ("p22", "10%左右", "进出口总额增长10%左右", "p22/review_2024.txt", "45.9%", "进出口贸易总额增长45.9%",
     45.9, "%", "2023-12-31", "foreign trade growth 2023 (进出口贸易总额 = 进出口总额)"),
    ("p22", "7%左右", "城镇居民人均可支配收入增长7%左右", "p22/review_2024.txt", "5.6%", "可支配收入分别增长5.6%",
     5.6, "%", "2023-12-31", "urban income growth, first of 城乡…分别"),
    ("p22", "8%左右", "农村居民人均可支配收入增长8%左右", "p22/review_2024.txt", "8.4%", "增长5.6%、8.4%",
     8.4, "%", "2023-12-31", "rural income growth, second of 城乡…分别"),
    ("p22", "3350万吨", "力争原油产量3350万吨", "p22/review_2024.txt", "3270.1万吨", "原油产量3270.1万吨",
     32701000, "吨", "2023-12-31", "crude oil output 2023 (below target)"),
    ("p22", "420亿立方米", "天然气产量420亿立方米", "p22/review_2024.txt", "417.3亿立方米", "天然气产量417.3亿立方米",
     41730000000, "立方米", "2023-12-31", "natural gas output 2023"),
    ("p22", "10%左右", "进出口总额增长10%左右", "p22/news_2024_05.txt", "45.9%", "45.9%，经新疆出境",
     45.9, "%", "2023-12-31", "second of 近两年…分别 (2022, 2023) in a 2024-05-21 briefing = 2023 trade growth"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    # p21 review_2026_01
    ("p21", "p21/review_2026_01.txt", "4.5%左右", "地区生产总值增长4.5%左右", "2026 GDP target, not the 2025 result"),
    ("p21", "p21/review_2026_01.txt", "45万人以上", "城镇新增就业45万人以上", "2026 jobs target"),
    ("p21", "p21/review_2026_01.txt", "5.5%左右", "城镇调查失业率5.5%左右", "2026 target, same wording as the 2025 target; no 2025 result given"),
    ("p21", "p21/review_2026_01.txt", "2%左右", "居民消费价格涨幅2%左右", "2026 CPI target, same wording as the 2025 target"),
    ("p21", "p21/review_2026_01.txt", "4.3%", "分别增长4.3%、5.3%", "income growth; the plan's income target has no figure (基本同步)"),
    ("p21", "p21/review_2026_01.txt", "20件", "安排20件民生实事", "count of 2026 livelihood projects, no plan target"),
    # p21 news_2026_03
    ("p21", "p21/news_2026_03.txt", "4.5%左右", "地区生产总值增长4.5%左右", "2026 GDP target under 辽宁落点（2026年）"),
    ("p21", "p21/news_2026_03.txt", "2.5%左右", "一般公共预算收入增长2.5%左右", "2026 revenue target; no 2025 revenue result given"),
    ("p21", "p21/news_2026_03.txt", "45万人以上", "城镇新增就业45万人以上", "2026 jobs target"),
    ("p21", "p21/news_2026_03.txt", "5.5%左右", "城镇调查失业率5.5%左右", "2026 unemployment target"),
    ("p21", "p21/news_2026_03.txt", "4%左右", "社会消费品零售总额增长4%左右", "2026 retail target, not the 2025 result"),
    ("p21", "p21/news_2026_03.txt", "18.1%", "网上零售额增长18.1%", "online retail of 限上 units, another indicator"),
    ("p21", "p21/news_2026_03.txt", "17.6%", "分别增长17.6%、16.8%", "tourist visits growth, no plan target"),
    ("p21", "p21/news_2026_03.txt", "4000场", "活动4000场以上", "2026 event count target"),
    # p22 review_2024
    ("p22", "p22/review_2024.txt", "2119.2万吨", "粮食总产2119.2万吨", "grain output; plan has no grain figure (its 吨 targets are cotton, fruit, vegetables, oil)"),
    ("p22", "p22/review_2024.txt", "305.7万吨", "增加305.7万吨", "increase of grain output, not a level"),
    ("p22", "p22/review_2024.txt", "1.6%", "增长1.6%；", "growth of crude oil; the target is the level 3350万吨"),
    ("p22", "p22/review_2024.txt", "2.5%", "增长2.5%，油气", "growth of natural gas; the target is the level 420亿立方米"),
    ("p22", "p22/review_2024.txt", "117%", "增长117%", "tourist visits growth, no plan target"),
    ("p22", "p22/review_2024.txt", "16.5%", "引进区外到位资金增长16.5%", "outside-region investment funds, another indicator"),
    ("p22", "p22/review_2024.txt", "48.3%", "实际利用外资增长48.3%", "FDI growth, another indicator"),
    # p22 news_2024_05
    ("p22", "p22/news_2024_05.txt", "57%", "进出口总额分别增长57%", "first of 近两年…分别 = 2022, another year"),
    ("p22", "p22/news_2024_05.txt", "27.3%", "分别增长27.3%和26.8%", "industrial silicon / polysilicon output, not the industry target"),
    ("p22", "p22/news_2024_05.txt", "2.27倍", "旅游收入增长2.27倍", "tourism revenue, no plan target"),
]
