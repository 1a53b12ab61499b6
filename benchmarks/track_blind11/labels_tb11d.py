"""Hand labels of writer tb11d (track_blind11): provincial work-report targets vs in-year progress and year reviews."""

PAIRS: list[tuple[object, ...]] = [
    ("p21", "江苏省", "p21/plan.txt", 2024, ["p21/bulletin_2024_09.txt", "p21/review_2025.txt"],
     ["https://app.myzaker.com/article/65af41731bc8e0c845000008",
      "https://big5.cri.cn/gate/big5/js.cri.cn/20241028/59eca097-44e0-f51b-1b1f-99a02d9ad8c9.html",
      "http://gamelodeon.com/rd/508480"]),
    ("p22", "广东省", "p22/plan.txt", 2024, ["p22/bulletin_2024_06.txt", "p22/review_2025.txt"],
     ["https://freewechat.com/a/Mzg3NjEwMjcxMg==/2248037598/1",
      "https://epaper.oeeee.com/epaper/A/html/2024-01/24/content_1982.htm",
      "http://shiguedu.cn/zaixiangongganchaoguapppingtai/276854.html",
      "http://m.wacyule.cn/article/20240723/herald/9868a8b8a6c03d45a0d53f22d7dbd75b.html",
      "https://cj.sina.com.cn/articles/view/1652484947/627eeb5302001nple"]),
    ("p23", "浙江省", "p23/plan.txt", 2023, ["p23/bulletin_2023_06.txt", "p23/gazette_2023.txt"],
     ["https://xwsj.org/toutiao/19034.html",
      "http://zhishi5.com/redianxinwen/202301/282604_8.html",
      "https://guoqi.zjol.com.cn/yw/202307/t20230721_25998760.shtml",
      "http://zjzd.stats.gov.cn/zwgk/xxgkml/tjxx/tjgb/202403/t20240304_110816.html"]),
]

LINKS: list[tuple[object, ...]] = [
    # p21 江苏 2024 — 前三季度 (in-year progress)
    ("p21", "5%以上", "地区生产总值增长5%以上", "p21/bulletin_2024_09.txt", "5.7%", "前三季度全省GDP增长5.7%",
     5.7, "%", "2024-09-30", "GDP growth, first three quarters"),
    ("p21", "120万人以上", "城镇新增就业120万人以上", "p21/bulletin_2024_09.txt", "107.8万人", "城镇新增就业107.8万人",
     1078000, "人", "2024-09-30", "new urban jobs, cumulative Jan-Sep"),
    ("p21", "3%左右", "居民消费价格涨幅3%左右", "p21/bulletin_2024_09.txt", "0.5%", "前三季度累计上涨0.5%",
     0.5, "%", "2024-09-30", "CPI, cumulative Jan-Sep (not the September month figure)"),
    # p21 江苏 2024 — year review in the 2025 report
    ("p21", "5%以上", "地区生产总值增长5%以上", "p21/review_2025.txt", "5.8%", "达到13.7万亿元、增长5.8%",
     5.8, "%", "2024-12-31", "GDP growth 2024, next year's report"),
    ("p21", "120万人以上", "城镇新增就业120万人以上", "p21/review_2025.txt", "143.02万人", "城镇新增就业143.02万人",
     1430200, "人", "2024-12-31", "new urban jobs 2024"),
    # p22 广东 2024 — 上半年
    ("p22", "5%", "◆地区生产总值增长5%", "p22/bulletin_2024_06.txt", "3.9%", "按不变价格计算，同比增长3.9%",
     3.9, "%", "2024-06-30", "GDP growth, first half"),
    ("p22", "5%", "规模以上工业增加值增长5%", "p22/bulletin_2024_06.txt", "6.0%", "规模以上工业增加值增长6.0%",
     6.0, "%", "2024-06-30", "industrial value added, first half"),
    # p22 广东 2024 — year review in the 2025 report
    ("p22", "1%", "进出口总额增长1%", "p22/review_2025.txt", "9.8%", "突破9万亿元、增长9.8%",
     9.8, "%", "2024-12-31", "foreign trade growth 2024"),
    ("p22", "5%", "规模以上工业增加值增长5%", "p22/review_2025.txt", "4.2%", "规模以上工业增加值增长4.2%",
     4.2, "%", "2024-12-31", "industrial value added 2024"),
    ("p22", "5.5%左右", "城镇调查失业率5.5%左右", "p22/review_2025.txt", "5%", "城镇调查失业率平均为5%",
     5, "%", "2024-12-31", "surveyed urban unemployment, 2024 average"),
    ("p22", "110万人以上", "城镇新增就业人数110万人以上", "p22/review_2025.txt", "143万人", "城镇新增就业超143万人",
     1430000, "人", "2024-12-31", "new urban jobs 2024 (超 = more than; value as printed)"),
    # p23 浙江 2023 — 上半年
    ("p23", "5%以上", "地区生产总值增长5%以上", "p23/bulletin_2023_06.txt", "6.8%", "按可比价格计算，同比增长6.8%",
     6.8, "%", "2023-06-30", "GDP growth, first half"),
    ("p23", "4.5%左右", "社会消费品零售总额增长4.5%左右", "p23/bulletin_2023_06.txt", "9.1%", "社会消费品零售额同比增长9.1%",
     9.1, "%", "2023-06-30", "retail sales growth, first half"),
    # p23 浙江 2023 — 统计公报
    ("p23", "5%以上", "地区生产总值增长5%以上", "p23/gazette_2023.txt", "6.0%", "82553亿元，比上年增长6.0%",
     6.0, "%", "2023-12-31", "GDP growth 2023, statistical bulletin"),
    ("p23", "3%以内", "居民消费价格指数涨幅控制在3%以内", "p23/gazette_2023.txt", "0.3%", "全年居民消费价格比上年上涨0.3%",
     0.3, "%", "2023-12-31", "CPI 2023 (province total, not the urban sub-index)"),
    ("p23", "5%以内", "城镇调查失业率控制在5%以内", "p23/gazette_2023.txt", "4.6%", "城镇调查失业率平均值为4.6%",
     4.6, "%", "2023-12-31", "surveyed urban unemployment 2023 average"),
]

NEGATIVES: list[tuple[object, ...]] = [
    # p21
    ("p21", "p21/bulletin_2024_09.txt", "4.5%", "同比增长4.5%", "growth rate of the job count, not the job target"),
    ("p21", "p21/bulletin_2024_09.txt", "0.8%", "9月份居民消费价格上涨0.8%", "single-month CPI, not the cumulative figure"),
    ("p21", "p21/bulletin_2024_09.txt", "7.9%", "前三季度规上工业增加值增长7.9%", "industrial value added has no target in the plan"),
    ("p21", "p21/bulletin_2024_09.txt", "6.2%", "27254.4亿元、增长6.2%", "construction output, no target"),
    ("p21", "p21/bulletin_2024_09.txt", "5.4万人", "同比增加5.4万人", "registered employment stock change, not new urban jobs"),
    ("p21", "p21/review_2025.txt", "13.9%", "超过年度计划目标13.9%", "over-fulfilment ratio of a project plan"),
    ("p21", "p21/review_2025.txt", "4.6个百分点", "优良天数比率提升4.6个百分点", "air quality, no target in the plan"),
    ("p21", "p21/review_2025.txt", "41.8%", "比重达到41.8%", "industrial structure share, no target"),
    # p22
    ("p22", "p22/bulletin_2024_06.txt", "5.7%", "26106.10亿元，增长5.7%", "secondary industry, not GDP"),
    ("p22", "p22/bulletin_2024_06.txt", "3.1%", "2357.49亿元，增长3.1%", "primary industry, not GDP"),
    ("p22", "p22/bulletin_2024_06.txt", "10.6%", "占同期全国经济总量的10.6%", "share of national GDP"),
    ("p22", "p22/bulletin_2024_06.txt", "8.7%", "规模以上服务业营业收入增长8.7%", "service revenue, no target"),
    ("p22", "p22/bulletin_2024_06.txt", "3.5%", "农林牧渔业总产值同比增长3.5%", "farm output value, not the grain target"),
    ("p22", "p22/review_2025.txt", "38.7%", "贡献了全国38.7%的贸易增量", "share of national trade increment, not trade growth"),
    ("p22", "p22/review_2025.txt", "1.35万亿元", "地方一般公共预算收入1.35万亿元", "revenue level; the target is a growth rate"),
    ("p22", "p22/review_2025.txt", "110万人", "国家下达的110万人年度任务", "target restated in the review"),
    ("p22", "p22/review_2025.txt", "14万亿元", "预计全省地区生产总值迈上14万亿元", "expected GDP level, not the growth target"),
    # p23
    ("p23", "p23/bulletin_2023_06.txt", "1.9个百分点", "增速比一季度提高1.9个百分点", "change of the growth rate vs Q1"),
    ("p23", "p23/bulletin_2023_06.txt", "5.7%", "上半年GDP增速的平均值为5.7%", "average of 2020-2023 half-years, other periods"),
    ("p23", "p23/bulletin_2023_06.txt", "4.7%", "进出口同比增长4.7%", "trade growth; the plan's trade target is a share of national exports"),
    ("p23", "p23/bulletin_2023_06.txt", "17.6%", "制造业投资同比增长17.6%", "manufacturing investment, no target"),
    ("p23", "p23/gazette_2023.txt", "5.3%", "增长5.3%", "per-capita GDP growth, not GDP"),
    ("p23", "p23/gazette_2023.txt", "5%", "低于5%的控制目标", "target restated in the bulletin"),
    ("p23", "p23/gazette_2023.txt", "0.3%", "城市上涨0.3%", "urban CPI sub-index"),
    ("p23", "p23/gazette_2023.txt", "74.2%", "城镇化率为74.2%", "urbanisation rate, no target for 2023"),
    ("p23", "p23/gazette_2023.txt", "116.3万人", "城镇新增就业116.3万人", "the plan sets no new-jobs target for 2023"),
]
