"""Hand labels of writer tb12c for track_blind12 (pairs p21-p29): city/district/county plans against
1-N月 / 上半年 / 前三季度 economic releases and year reviews of the same place."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p21", "广东省广州市南沙区", "p21/plan.txt", 2023, ["p21/bulletin_2023_06.txt", "p21/review_2023.txt", "p21/report_2024.txt"],
     ["https://m.zhongboxinwen.com/xfgc/2023-02-09/99425.html",
      "https://gbas.fss.um.edu.mo/%e5%bb%a3%e5%b7%9e%e5%b8%82%e5%8d%97%e6%b2%99%e5%8d%802023%e5%b9%b4%e4%b8%8a%e5%8d%8a%e5%b9%b4%e7%b5%b1%e8%a8%88%e6%95%b8%e6%93%9a%e7%b0%a1%e5%a0%b1",
      "https://shuohk.com/cms/dawanqu/108658.html",
      "https://p6360.com/bhuanan/11286.html"]),
    ("p22", "内蒙古自治区包头市", "p22/plan.txt", 2023, ["p22/review_2023.txt", "p22/district_review_2023.txt"],
     ["http://district.ce.cn/newarea/roll/202301/09/t20230109_38334574_1.shtml",
      "http://virginiawinelovers.com/asnmg/yxnmg/xzqh/msgk/202408/t20240815_2558315.html",
      "https://zgcounty.com/news/52207.html"]),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p21", "10%", "地区生产总值增长10%", "p21/bulletin_2023_06.txt", "4.1%", "10583548万元，同比增长4.1%",
     4.1, "%", "2023-06-30", "GDP growth, first half"),
    ("p21", "10%", "地区生产总值增长10%", "p21/review_2023.txt", "4.3%", "2323.54亿元，同比增长4.3%",
     4.3, "%", "2023-12-31", "GDP growth, full year"),
    ("p21", "16%", "规模以上工业产值增长16%", "p21/review_2023.txt", "2.9%", "工业总产值3862.52亿元，同比增长2.9%",
     2.9, "%", "2023-12-31", "规上工业(总)产值 growth, full year"),
    ("p21", "1900万标箱", "集装箱吞吐量达到1900万标箱", "p21/review_2023.txt", "1937.53万标箱",
     "集装箱吞吐量1937.53万标箱", 19375300, "标箱", "2023-12-31", "container throughput level, full year"),
    ("p21", "30%", "固定资产投资增长30%", "p21/review_2023.txt", "9.4%", "固定资产投资同比下降9.4%",
     -9.4, "%", "2023-12-31", "FAI growth reached -9.4% (下降), full year"),
    ("p21", "10%", "地区生产总值增长10%", "p21/report_2024.txt", "4.3%", "2323.54亿元，同比增长4.3%",
     4.3, "%", "2023-12-31", "GDP growth in next year's report reviewing 2023"),
    ("p22", "7.5%左右", "全年地区生产总值增长7.5%左右", "p22/review_2023.txt", "10.2%", "按可比价格计算，比上年增长10.2%",
     10.2, "%", "2023-12-31", "city GDP growth, full year"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p21", "p21/bulletin_2023_06.txt", "7.9%", "占GDP的比重为55.5%，同比增长7.9%", "tertiary sector growth, not GDP"),
    ("p21", "p21/bulletin_2023_06.txt", "0.2%", "4480172万元，同比下降0.2%", "secondary sector, not GDP or 规上工业产值"),
    ("p21", "p21/bulletin_2023_06.txt", "15.7%", "1722037万元，同比下降15.7%",
     "sub-total: 港澳台-invested 规上 enterprises only"),
    ("p21", "p21/review_2023.txt", "12.8%", "332.45亿元，同比增长12.8%", "社零 growth: the plan sets no 社零 target"),
    ("p21", "p21/review_2023.txt", "3.4%", "976.49亿元，同比增长3.4%", "secondary sector value added"),
    ("p21", "p21/review_2023.txt", "6.1%", "249.5亿元，同比增长6.1%", "sub-total: high-tech share of 规上工业产值"),
    ("p21", "p21/review_2023.txt", "35.9%", "医药制造业产值增长35.9%", "one industry inside 规上工业"),
    ("p21", "p21/review_2023.txt", "11.9%", "573.54亿元，同比增长11.9%", "services revenue, 1-11月, no target"),
    ("p21", "p21/review_2023.txt", "5.4%", "同比增长5.4%", "container growth rate; the target is a level (万标箱)"),
    ("p21", "p21/review_2023.txt", "2.9%", "37083.21万吨，同比增长2.9%",
     "cargo throughput (万吨), not containers, same 2.9% as 规上 output"),
    ("p21", "p21/report_2024.txt", "8.57亿元", "累计减免8.57亿元", "cumulative tax relief, no target"),
    ("p21", "p21/report_2024.txt", "15%", "截至2023年，15%企业所得税", "a tax rate, not an achieved figure"),
    ("p22", "p22/review_2023.txt", "14.3%", "2329.4亿元，增长14.3%", "secondary sector, not 规上工业增加值"),
    ("p22", "p22/review_2023.txt", "6.7%", "1799.3亿元，增长6.7%", "tertiary sector, not GDP"),
    ("p22", "p22/review_2023.txt", "9.4%", "155050元，比上年增长9.4%", "per-capita GDP growth, not GDP growth"),
    ("p22", "p22/review_2023.txt", "65.0%", "分别为1.8%、65.0%和33.2%", "contribution shares to growth"),
    ("p22", "p22/review_2023.txt", "1.0%", "居民消费价格比上年上涨1.0%", "CPI: no CPI target in the plan"),
    ("p22", "p22/review_2023.txt", "40873人", "全年城镇新增就业40873人", "new jobs: no such target in the plan excerpt"),
    ("p22", "p22/district_review_2023.txt", "9.7%", "351.6亿元、增长9.7%", "九原区 (a district inside 包头) GDP"),
    ("p22", "p22/district_review_2023.txt", "28.2%", "规模以上工业增加值增长28.2%", "district 规上工业增加值, not the city's"),
    ("p22", "p22/district_review_2023.txt", "20.8%", "189亿元、增长20.8%", "district FAI, not the city's"),
    ("p22", "p22/district_review_2023.txt", "6.9%", "67.8亿元、增长6.9%", "district 社零, not the city's"),
    ("p22", "p22/district_review_2023.txt", "8.7%", "16.4亿元、增长8.7%", "district 一般公共预算收入, not the city's"),
    ("p22", "p22/district_review_2023.txt", "4.6%", "分别增长4.6%、6%", "district incomes; the city target is 同步 (no figure)"),
]
