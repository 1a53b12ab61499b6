# Hand labels of writer tb8c for track_blind8 (pairs p21-p23). Typed by hand from the texts; never computed.
# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p21", "海南省", "p21/plan.txt", 2023, ["p21/bulletin_2023_q3.txt", "p21/review_2024.txt"],
     ["https://cnwlgc.com/n/a42964.html",
      "http://fygsj.cn/hainan/c100657m/202310/cabdee54359e4752a4ccf862cb1cbf53.shtml",
      "https://m.001doc.com/doc/1157353.html",
      "https://laolaoche.com/qiche/39013.html",
      "https://hndnews.com/p/662438.html"]),
    ("p22", "海南省", "p22/plan.txt", 2024, ["p22/bulletin_2024_q1.txt"],
     ["https://hndnews.com/p/662438.html",
      "https://www.cnr.cn/hn/xwsd/20240419/t20240419_526672787.shtml"]),
    ("p23", "广西壮族自治区", "p23/plan.txt", 2021, ["p23/bulletin_2021_h1.txt", "p23/news_2021_gdp.txt"],
     ["http://attbr.com/city/detail/id/5574.html",
      "http://gx.people.com.cn/n2/2021/0721/c179464-34830297.html",
      "http://beidanshitidian.com/beidantiyuzixun/11670.html"]),
]
# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    # p21 海南省 2023
    ("p21", "9.5%左右", "地区生产总值增长9.5%左右", "p21/bulletin_2023_q3.txt", "9.5%", "按不变价格计算，同比增长9.5%",
     9.5, "%", "2023-09-30", "GDP growth 前三季度; equals the target figure, still a progress result"),
    ("p21", "9.5%左右", "地区生产总值增长9.5%左右", "p21/review_2024.txt", "9.2%", "全省地区生产总值增长9.2%",
     9.2, "%", "2023-12-31", "GDP growth, next year's report reviewing 2023"),
    ("p21", "15%左右", "地方一般公共预算收入增长15%左右", "p21/review_2024.txt", "8.2%", "地方一般公共预算收入增长8.2%",
     8.2, "%", "2023-12-31", "local general budget revenue growth, year review (target missed)"),
    ("p21", "10%左右", "社会消费品零售总额增长10%左右", "p21/review_2024.txt", "10.7%", "社会消费品零售总额增长10.7%",
     10.7, "%", "2023-12-31", "retail sales growth, year review"),
    # p22 海南省 2024
    ("p22", "8%左右", "地区生产总值增长8%左右；", "p22/bulletin_2024_q1.txt", "3.3%", "按不变价格计算，同比增长3.3%",
     3.3, "%", "2024-03-31", "GDP growth 一季度 (quarter progress)"),
    # p23 广西 2021
    ("p23", "7.5%以上", "地区生产总值增长7.5%以上", "p23/bulletin_2021_h1.txt", "12.0%", "上半年全区生产总值同比增长12.0%",
     12.0, "%", "2021-06-30", "GDP growth 上半年"),
    ("p23", "8%以上", "规模以上工业增加值增长8%以上", "p23/bulletin_2021_h1.txt", "17.4%", "规模以上工业增加值同比增长17.4%",
     17.4, "%", "2021-06-30", "industrial value added growth 上半年"),
    ("p23", "15%以上", "固定资产投资增长15%以上", "p23/bulletin_2021_h1.txt", "15.1%", "全区固定资产投资同比增长15.1%",
     15.1, "%", "2021-06-30", "fixed-asset investment growth 上半年"),
    ("p23", "12%以上", "社会消费品零售总额增长12%以上", "p23/bulletin_2021_h1.txt", "18.6%", "社会消费品零售总额同比增长18.6%",
     18.6, "%", "2021-06-30", "retail sales growth 上半年"),
    ("p23", "7.5%以上", "地区生产总值增长7.5%以上", "p23/news_2021_gdp.txt", "7.5%", "按不变价格计算，比上年增长7.5%",
     7.5, "%", "2021-12-31", "full-year 2021 GDP growth (news after the year)"),
]
# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    # p21
    ("p21", "p21/bulletin_2023_q3.txt", "0.9个百分点", "增速比上半年提高0.9个百分点", "change vs 上半年 in 个百分点; no 个百分点 target"),
    ("p21", "p21/bulletin_2023_q3.txt", "11.1%", "第二产业增加值979.13亿元，同比增长11.1%", "secondary industry, not GDP"),
    ("p21", "p21/bulletin_2023_q3.txt", "10.5%", "第三产业增加值3196.56亿元，同比增长10.5%", "tertiary industry; close to 社零 target 10%左右 but other indicator"),
    ("p21", "p21/review_2024.txt", "10.3%", "服务业增加值增长10.3%", "services value added, no such target"),
    ("p21", "p21/review_2024.txt", "18.5%", "规模以上工业增加值增长18.5%", "industrial value added, no such target in plan"),
    ("p21", "p21/review_2024.txt", "19.3%", "销售额580.9亿元，增长19.3%", "duty-free sales growth, a sub-item of consumption, not 社零"),
    ("p21", "p21/review_2024.txt", "8%左右", "今年全省经济社会发展的主要预期目标是：地区生产总值增长8%左右", "next year's (2024) GDP target"),
    ("p21", "p21/review_2024.txt", "10%左右", "固定资产投资增长10%左右", "next year's FAI target (2023 FAI result not given)"),
    ("p21", "p21/review_2024.txt", "7%左右", "地方一般公共预算收入增长7%左右", "next year's revenue target"),
    # p22
    ("p22", "p22/bulletin_2024_q1.txt", "3.3%", "第一产业增加值373.85亿元，增长3.3%", "primary industry; same value as GDP"),
    ("p22", "p22/bulletin_2024_q1.txt", "5.0%", "第二产业增加值285.78亿元，增长5.0%", "secondary industry, not GDP"),
    ("p22", "p22/bulletin_2024_q1.txt", "6.1%", "全省规上工业增加值增长6.1%", "industrial value added, no such target"),
    ("p22", "p22/bulletin_2024_q1.txt", "35.8%", "实物商品网上零售额增长35.8%", "online retail of goods, not 社零"),
    ("p22", "p22/bulletin_2024_q1.txt", "33.7%", "旅游总收入增长33.7%", "tourism revenue, not a plan target"),
    # p23
    ("p23", "p23/bulletin_2021_h1.txt", "6.3%", "两年平均增长6.3%", "two-year average, not the year's growth"),
    ("p23", "p23/bulletin_2021_h1.txt", "6.7%", "两年平均增长6.7%", "two-year average of industry"),
    ("p23", "p23/bulletin_2021_h1.txt", "16.4%", "比2019年同期增长16.4%", "FAI vs 2019, not year-on-year"),
    ("p23", "p23/bulletin_2021_h1.txt", "16.8%", "全区税收收入同比增长16.8%", "tax revenue, a part of 财政收入 (target 5%左右), not the indicator"),
    ("p23", "p23/bulletin_2021_h1.txt", "12.9%", "同比名义增长12.9%", "resident income, no such target in the (truncated) plan"),
    ("p23", "p23/bulletin_2021_h1.txt", "74.32%", "分别完成年度计划目标的74.32%", "completion ratio"),
    ("p23", "p23/bulletin_2021_h1.txt", "36.8%", "营业收入同比增长36.8%", "industrial firms' revenue 1—5月, other indicator"),
    ("p23", "p23/news_2021_gdp.txt", "5.6%", "两年平均增长5.6%", "two-year average"),
    ("p23", "p23/news_2021_gdp.txt", "2.7%", "增速仅为2.7%", "柳州, a city inside the region"),
    ("p23", "p23/news_2021_gdp.txt", "8.48%", "增速为8.48%", "桂林, a city inside the region"),
    ("p23", "p23/news_2021_gdp.txt", "11.66%", "平均增速达到11.66%", "unclear average, not the region's GDP growth"),
]
