"""Hand labels of writer tb6b for track_blind6 (city level: 长春 2024, 绵阳 2023, 聊城 2023)."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p11", "吉林省长春市", "p11/plan.txt", 2024,
     ["p11/review_2025.txt", "p11/bulletin_2024_q1.txt", "p11/targets_2025.txt"],
     ["http://hamasdt.com/cn/Instant/domestic/202401/t20240111_7554942.html",
      "http://jlrbszb.dajilin.com/pc/paper/c/202401/11/content_43493.html",
      "http://www.changchun.gov.cn/szf/gzbg/202502/t20250225_3382795.html",
      "https://cn.dailyeconomic.com/jl/2024/05/07/856.html",
      "http://jlrbszb.dajilin.com/pc/paper/c/202501/09/content_1005309.html"]),
    ("p12", "四川省绵阳市", "p12/plan.txt", 2023,
     ["p12/profile_2024.txt", "p12/news_2024_01_17.txt"],
     ["http://ksshw.com/kn/1745.html",
      "http://dsyj.my.gov.cn/sqgl/43911245.html",
      "http://www.myrb.net/html/2024/news/1/374157.html",
      "https://m.163.com/dy/article/IOK6VG4Q05561KAN.html"]),
    ("p13", "山东省聊城市", "p13/plan.txt", 2023,
     ["p13/review_2024.txt"],
     ["http://ethelie.net/yaowen/shehui/20221229/29039.html",
      "https://nextlevelartsconsulting.com/bhuadong/9875_2.html"]),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    # p11 长春 2024
    ("p11", "6.5%以上", "地区生产总值增长6.5%以上", "p11/review_2025.txt", "4.8%", "全市地区生产总值增长4.8%",
     4.8, "%", "2024-12-31", "GDP growth 2024, next year's report reviewing 2024 (not marked 预计)"),
    ("p11", "6.5%以上", "地区生产总值增长6.5%以上", "p11/bulletin_2024_q1.txt", "7.1%", "1534.4亿元，同比增长7.1%",
     7.1, "%", "2024-03-31", "GDP growth in Q1 2024"),
    ("p11", "8%左右", "规上工业总产值增长8%左右", "p11/bulletin_2024_q1.txt", "10.7%", "全市规上工业总产值增长10.7%",
     10.7, "%", "2024-03-31", "规上工业总产值 growth in Q1 2024 (target is on 总产值, not 增加值)"),
    # p12 绵阳 2023
    ("p12", "7.5%", "地区生产总值增长7.5%", "p12/profile_2024.txt", "8.0%", "4038.73亿元、增长8.0%",
     8.0, "%", "2023-12-31", "GDP growth 2023 in the official 2024 city profile"),
    ("p12", "4000亿元", "率先突破4000亿元", "p12/profile_2024.txt", "4038.73亿元", "绵阳实现地区生产总值4038.73亿元",
     403873000000, "元", "2023-12-31", "GDP level 2023 against the 'break 4000亿元' level target"),
    ("p12", "10%", "规上工业增加值增长10%", "p12/profile_2024.txt", "8.4%", "规上工业增加值增长8.4%",
     8.4, "%", "2023-12-31", "规上工业增加值 growth 2023"),
    ("p12", "10%", "全社会固定资产投资增长10%", "p12/profile_2024.txt", "8.0%", "全社会固定资产投资增长8.0%",
     8.0, "%", "2023-12-31", "fixed-asset investment growth 2023 (same 8.0% as GDP: position decides)"),
    # p13 聊城 2023 重点民生事项
    ("p13", "175个", "完成175个老旧小区改造", "p13/review_2024.txt", "175个", "改造老旧小区175个",
     175, "个", "2023-12-31", "old residential compounds renovated in 2023"),
    ("p13", "300万平方米", "新增集中供热面积300万平方米", "p13/review_2024.txt", "439万平方米", "新增集中供热面积439万平方米",
     4390000, "平方米", "2023-12-31", "new central-heating area 2023, 万平方米 -> 平方米"),
    ("p13", "600张以上", "护理型床位600张以上", "p13/review_2024.txt", "1500余张", "新增护理型养老床位1500余张",
     1500, "张", "2023-12-31", "nursing-type elderly-care beds; NOT item 08 (适老化改造1500户以上, same number)"),
    ("p13", "30处", '新建"幸福食堂"30处', "p13/review_2024.txt", "167处", "幸福食堂167处",
     167, "处", "2023-12-31", "幸福食堂 added in 2023 (far above target; judgement call, see README)"),
    ("p13", "20个", "新建20个城市书房", "p13/review_2024.txt", "40家", "城市书房40家",
     40, "家", "2023-12-31", "city reading rooms added in 2023 (个 vs 家 counter)"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    # p11 review_2025
    ("p11", "p11/review_2025.txt", "1986.7亿元", "固定资产投资规模达到1986.7亿元", "investment level; target is growth 4%左右"),
    ("p11", "p11/review_2025.txt", "20.9%", "网络零售额增长20.9%", "online retail, not 社会消费品零售总额"),
    ("p11", "p11/review_2025.txt", "15.6%", "分别增长15.6%、24.4%", "tourist arrivals / spending growth, no target"),
    ("p11", "p11/review_2025.txt", "300亿元", "政策资金超过300亿元", "policy funds obtained, no target"),
    # p11 bulletin_2024_q1
    ("p11", "p11/bulletin_2024_q1.txt", "12.3%", "全市工业增加值增长12.3%", "工业增加值, the target is 规上工业总产值"),
    ("p11", "p11/bulletin_2024_q1.txt", "1.8个百分点", "比上年全年加快1.8个百分点", "个百分点 change, no 个百分点 target"),
    ("p11", "p11/bulletin_2024_q1.txt", "8%", "批发零售业增加值增长8%", "wholesale/retail value added, not 社零 (target 8%左右)"),
    ("p11", "p11/bulletin_2024_q1.txt", "14.4%", "零售业销售额分别增长3.1%、14.4%", "限上 retail sales sub-total, not 社零"),
    ("p11", "p11/bulletin_2024_q1.txt", "3.1%", "农林牧渔业总产值增长3.1%", "farm output, no target"),
    # p11 targets_2025
    ("p11", "p11/targets_2025.txt", "5.5%以上", "地区生产总值增长5.5%以上", "2025 target, next year"),
    ("p11", "p11/targets_2025.txt", "5%以上", "固定资产投资增长5%以上", "2025 target, next year"),
    ("p11", "p11/targets_2025.txt", "6%以上", "社会消费品零售总额增长6%以上", "2025 target, next year"),
    ("p11", "p11/targets_2025.txt", "3%", "一般公共预算收入增长3%", "2025 target, next year"),
    ("p11", "p11/targets_2025.txt", "2%左右", "CPI涨幅控制在2%左右", "2025 target, next year"),
    # p12 profile_2024
    ("p12", "p12/profile_2024.txt", "1822.36亿", "社会消费品零售总额1822.36亿", "retail level; target is growth 9% (growth cut off)"),
    ("p12", "p12/profile_2024.txt", "525万", "户籍人口525万", "registered population, no target"),
    ("p12", "p12/profile_2024.txt", "165万", "常住人口165万", "urban resident population, no target"),
    ("p12", "p12/profile_2024.txt", "196平方公里", "建成区面积196平方公里", "built-up area, no target"),
    ("p12", "p12/profile_2024.txt", "2.02万平方公里", "市域面积2.02万平方公里", "land area, no target"),
    ("p12", "p12/profile_2024.txt", "23个", "由23个国家部委组成", "ministries in the coordination group"),
    # p12 news_2024_01_17
    ("p12", "p12/news_2024_01_17.txt", "8%以上", "预计增长8%以上", "预计 (expectation) in the January report, not the achieved figure"),
    ("p12", "p12/news_2024_01_17.txt", "4000亿元", "率先突破4000亿元", "expectation, restates the plan's level target"),
    ("p12", "p12/news_2024_01_17.txt", "409人", "实到409人", "delegates present"),
    # p13 review_2024
    ("p13", "p13/review_2024.txt", "1.2万套", "完成棚改1.2万套", "棚改 'completed' matches neither 新开工3670套 nor 基本建成9323套"),
    ("p13", "p13/review_2024.txt", "198处", "新改建健身广场198处", "fitness squares, same unit 处 as 幸福食堂"),
    ("p13", "p13/review_2024.txt", "22个", "新增口袋公园22个", "pocket parks, not in the 30-item list read"),
    ("p13", "p13/review_2024.txt", "4.6万人", "城镇新增就业4.6万人", "urban jobs, no such item in the list read"),
    ("p13", "p13/review_2024.txt", "59条", "全市新改建道路59条", "roads; plan's 条 item is bus lines"),
    ("p13", "p13/review_2024.txt", "54公里", "老旧燃气管网54公里", "gas pipes, no target"),
    ("p13", "p13/review_2024.txt", "4400亩", "新造林4400亩", "afforestation, no target"),
    ("p13", "p13/review_2024.txt", "5台", "关停小煤电机组5台", "coal units closed"),
    ("p13", "p13/review_2024.txt", "15.7亿元", "发放创业担保贷款15.7亿元", "start-up loans, no target"),
]
