# Hand labels of writer tb10a for track_blind10 (typed from the texts in p01-p03).
# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p01", "全国", "p01/plan.txt", 2021,
     ["p01/review_2022.txt", "p01/communique_2021.txt", "p01/release_2022_01.txt"],
     ["http://www.ciudsrc.com/webdiceng.php?id=156365",
      "https://zh.wikipedia.org/zh-hant/2021%E5%B9%B4%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%9B%BD%E5%8A%A1%E9%99%A2%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A",
      "http://hbwmpx.com/hbwmpx/gjscxx/fxyjts/101633683364923.html",
      "http://qgebv.cn/fzdt/cs/2022/0301/170684.html",
      "http://www.victorzhang.cn/page/2022/1117/11072185.shtml",
      "http://hhygw.cn/dww/zhxw/20220118/129014.html"]),
    ("p02", "全国", "p02/plan.txt", 2025,
     ["p02/grain_2025.txt", "p02/release_2026_01.txt", "p02/communique_2025.txt"],
     ["https://feifmx.com/domestic/945/20250305/48042749.html",
      "https://agricoop.net/news/show.php?itemid=25089",
      "http://ckxb.cn/yaowen/20251212/42443.html",
      "https://www.xinhuanet.com/politics/20251213/f721ac7ad64445f7b94be7877addaa56/c.html",
      "https://m.163.com/dy/article/KJKOANG20512D3VJ.html",
      "https://tw.news.yahoo.com/%E4%B8%AD%E5%9C%8B2025%E5%B9%B4%E5%A4%B1%E6%A5%AD%E7%8E%875-2-%E5%AE%98%E6%96%B9%E7%A8%B1%E5%B0%B1%E6%A5%AD%E5%BD%A2%E5%8B%A2%E7%A9%A9%E5%AE%9A-025810110.html",
      "https://www.stheadline.com/zh-hans/macroeconomics/3536821/",
      "https://www.itiger.com/hant/news/2616849255"]),
    ("p03", "云南省", "p03/plan.txt", 2019, ["p03/press_2019_08.txt"],
     ["http://org-dsnewsapi.zaobao.com/realtime/china/story20190127-927558",
      "https://gyzzzx.com/xwzx/gnsz/gdxw/201908/13/t20190813_32887031.shtml"]),
]
# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    # p01 全国 2021
    ("p01", "6%以上", "国内生产总值增长6%以上", "p01/review_2022.txt", "8.1%", "114万亿元，增长8.1%", 8.1, "%", "2021-12-31", "GDP growth 2021, next year's report reviewing 2021"),
    ("p01", "1100万人以上", "城镇新增就业1100万人以上，城镇调查失业率5.5%左右", "p01/review_2022.txt", "1269万人", "城镇新增就业1269万人", 12690000, "人", "2021-12-31", "new urban jobs 2021, review"),
    ("p01", "5.5%左右", "城镇调查失业率5.5%左右", "p01/review_2022.txt", "5.1%", "城镇调查失业率平均为5.1%", 5.1, "%", "2021-12-31", "surveyed unemployment rate, 2021 average, review"),
    ("p01", "3%左右", "居民消费价格涨幅3%左右", "p01/review_2022.txt", "0.9%", "居民消费价格上涨0.9%", 0.9, "%", "2021-12-31", "CPI rise 2021, review"),
    ("p01", "1.3万亿斤以上", "粮食产量保持在1.3万亿斤以上", "p01/review_2022.txt", "1.37万亿斤", "粮食产量1.37万亿斤，创历史新高", 1370000000000, "斤", "2021-12-31", "grain output 2021, review"),
    ("p01", "6%以上", "国内生产总值增长6%以上", "p01/communique_2021.txt", "8.1%", "国内生产总值比上年增长8.1%", 8.1, "%", "2021-12-31", "GDP growth in the 2021 statistical communique"),
    ("p01", "1.3万亿斤以上", "粮食产量保持在1.3万亿斤以上", "p01/communique_2021.txt", "13657亿斤", "全年粮食总产量13657亿斤", 1365700000000, "斤", "2021-12-31", "grain output in the communique (亿斤 vs plan's 万亿斤)"),
    ("p01", "3%左右", "单位国内生产总值能耗降低3%左右", "p01/communique_2021.txt", "2.7%", "万元国内生产总值能耗比上年下降2.7%", 2.7, "%", "2021-12-31", "energy intensity fell 2.7% (target 3%左右 missed); 万元GDP能耗 = 单位GDP能耗"),
    ("p01", "6%以上", "国内生产总值增长6%以上", "p01/release_2022_01.txt", "8.1%", "按不变价格计算，比上年增长8.1%", 8.1, "%", "2021-12-31", "GDP growth, NBS January release"),
    ("p01", "1100万人以上", "城镇新增就业1100万人以上，城镇调查失业率5.5%左右", "p01/release_2022_01.txt", "1200万", "新增就业人数超1200万", 12000000, "人", "2021-12-31", "new jobs stated as a lower bound (超1200万); judgement call, see README"),
    # p02 全国 2025
    ("p02", "1.4万亿斤左右", "粮食产量1.4万亿斤左右", "p02/grain_2025.txt", "14297.5亿斤", "公布，2025年全国粮食产量14297.5亿斤", 1429750000000, "斤", "2025-12-31", "full-year grain output announced 12 Dec; holds for the year 2025"),
    ("p02", "5%左右", "国内生产总值增长5%左右；", "p02/release_2026_01.txt", "5.0%", "按不变价格计算比上年增长5.0%", 5.0, "%", "2025-12-31", "GDP growth 2025, NBS January release"),
    ("p02", "5.5%左右", "城镇调查失业率5.5%左右，城镇新增就业", "p02/release_2026_01.txt", "5.2%", "城镇调查失业率平均值是5.2%", 5.2, "%", "2025-12-31", "annual average surveyed unemployment rate"),
    ("p02", "1200万人以上", "城镇新增就业1200万人以上", "p02/communique_2025.txt", "1267万人", "城镇新增就业1267万人", 12670000, "人", "2025-12-31", "new urban jobs in the 2025 communique"),
    ("p02", "5%左右", "国内生产总值增长5%左右；", "p02/communique_2025.txt", "5.0%", "国内生产总值比上年增长5.0%，对应", 5.0, "%", "2025-12-31", "GDP growth in the communique"),
    # p03 云南省 2019
    ("p03", "8.5%左右", "（一）地区生产总值增长8.5%左右", "p03/press_2019_08.txt", "9.2%", "今年上半年，全省生产总值增长9.2%", 9.2, "%", "2019-06-30", "half-year GDP growth, press conference of 2019-08-12"),
]
# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    # p01 review_2022
    ("p01", "p01/review_2022.txt", "10.7%", "全国财政收入突破20万亿元，增长10.7%", "fiscal revenue growth, no such target"),
    ("p01", "p01/review_2022.txt", "15.5%", "企业研发经费增长15.5%", "R&D growth, no such target"),
    ("p01", "p01/review_2022.txt", "18.2%", "高技术制造业增加值增长18.2%", "high-tech manufacturing, no such target"),
    ("p01", "p01/review_2022.txt", "5.5%左右", "国内生产总值增长5.5%左右", "2022 target printed in the review"),
    ("p01", "p01/review_2022.txt", "1100万人以上", "城镇新增就业1100万人以上，城镇调查失业率全年", "2022 jobs target, same wording as the 2021 target"),
    ("p01", "p01/review_2022.txt", "5.5%以内", "全年控制在5.5%以内", "2022 unemployment target"),
    ("p01", "p01/review_2022.txt", "3%左右", "居民消费价格涨幅3%左右", "2022 CPI target, same figure as the 2021 target"),
    ("p01", "p01/review_2022.txt", "1.3万亿斤以上", "粮食产量保持在1.3万亿斤以上", "2022 grain target restated"),
    # p01 communique_2021
    ("p01", "p01/communique_2021.txt", "5.1%", "两年平均增长5.1%", "two-year average growth, not the 2021 growth"),
    ("p01", "p01/communique_2021.txt", "114.4万亿元", "达到114.4万亿元，稳居", "GDP level"),
    ("p01", "p01/communique_2021.txt", "7.9%", "1133518亿元，比上年增长7.9%", "GNI growth, another indicator"),
    ("p01", "p01/communique_2021.txt", "8.1%", "人均可支配收入35128元，比上年实际增长8.1%", "income growth: the plan's income target has no figure; same value as GDP"),
    ("p01", "p01/communique_2021.txt", "2.0%", "增产267亿斤，增长2.0%", "grain growth rate, the target is a level"),
    ("p01", "p01/communique_2021.txt", "3.8%", "二氧化碳排放下降3.8%", "CO2 intensity, not energy intensity"),
    ("p01", "p01/communique_2021.txt", "5.3%", "单位电石综合能耗下降5.3%", "sub-sector energy use"),
    ("p01", "p01/communique_2021.txt", "1.2个百分点", "比上年上升1.2个百分点", "clean-energy share change, no target"),
    # p01 release_2022_01
    ("p01", "p01/release_2022_01.txt", "4.0%", "4.9%、4.0%；按两年", "Q4 growth, a quarter not the year"),
    ("p01", "p01/release_2022_01.txt", "18.3%", "同比分别增长18.3%", "Q1 growth"),
    ("p01", "p01/release_2022_01.txt", "9.1%", "比上年名义增长9.1%", "nominal income growth, no numeric income target"),
    # p02 grain_2025
    ("p02", "p02/grain_2025.txt", "10732.3亿斤", "秋粮产量10732.3亿斤", "autumn grain, a sub-total"),
    ("p02", "p02/grain_2025.txt", "2994.9亿斤", "夏粮产量2994.9亿斤", "summer grain, a sub-total"),
    ("p02", "p02/grain_2025.txt", "167.5亿斤", "增加167.5亿斤，增长1.2%", "increase, not the output"),
    ("p02", "p02/grain_2025.txt", "114.7亿斤", "合计增产114.7亿斤", "five provinces' increase, other places"),
    ("p02", "p02/grain_2025.txt", "17.91亿亩", "全国粮食播种面积17.91亿亩", "sown area, no target"),
    # p02 release_2026_01
    ("p02", "p02/release_2026_01.txt", "4.5%", "四季度增长4.5%", "Q4 growth, not the year"),
    ("p02", "p02/release_2026_01.txt", "5.1%", "12月份全国城镇调查失业率为5.1%", "December rate, the annual average is the link"),
    ("p02", "p02/release_2026_01.txt", "0.8%", "12月份居民消费价格同比上涨0.8%", "December CPI, not the annual rise"),
    ("p02", "p02/release_2026_01.txt", "5.0%", "扣除价格因素实际增长5.0%", "real income growth: target 同步 has no figure; same value as GDP"),
    ("p02", "p02/release_2026_01.txt", "3.8%", "货物进出口总额比上年增长3.8%", "trade growth, no numeric target"),
    ("p02", "p02/release_2026_01.txt", "2.6%", "出厂价格比上年下降2.6%", "PPI, not CPI"),
    # p02 communique_2025
    ("p02", "p02/communique_2025.txt", "13953美元", "折算达13953美元", "per-capita GDP, no target"),
    ("p02", "p02/communique_2025.txt", "30%左右", "贡献率预计保持在30%左右", "expectation, no target"),
    # p03 press_2019_08
    ("p03", "p03/press_2019_08.txt", "1.8万亿元", "2018年全省经济总量接近1.8万亿元", "2018 level, other year"),
    ("p03", "p03/press_2019_08.txt", "707万", "全省707万贫困人口脱贫", "2013-2018 cumulative, not the 2019 reduction of 130万"),
    ("p03", "p03/press_2019_08.txt", "181万", "目前全省仍有181万贫困人口尚未脱贫", "remaining poor, not a reduction"),
    ("p03", "p03/press_2019_08.txt", "86.5万人", "2018年底的86.5万人", "ethnic areas, other year"),
    ("p03", "p03/press_2019_08.txt", "3700多亿元", "地方公共财政总收入达到3700多亿元", "2018 revenue level; target is a growth rate"),
]
