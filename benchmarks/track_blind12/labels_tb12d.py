# Hand labels of writer tb12d (track_blind12), typed from the texts in p31/ and p32/ (and later pairs).
# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p31", "北京市", "p31/plan.txt", 2022,
     ["p31/bulletin_2022.txt", "p31/news_2023_01.txt", "p31/news_2023_03.txt"],
     ["https://www.cqcb.com/shishijingwei/2022-01-06/4708352_pc.html",
      "http://fgw.beijing.gov.cn/fzggzl/2022bjlh/zfgzbgjd/202201/t20220106_2584536.htm",
      "http://www.tibet.cn/cn/Instant/local/202201/t20220106_7126323.html",
      "http://finance.henunews.com/finance/2023/0323/56245.html",
      "https://www.xuehua.us/a/63c9760e5c7498a761275ead",
      "http://ydyl.china.com.cn/2023-03/22/content_85183699.htm"]),
    ("p32", "浙江省丽水市", "p32/plan.txt", 2023,
     ["p32/bulletin_2023.txt", "p32/qa_undated.txt"],
     ["https://www.lishui.gov.cn/art/2023/7/11/art_1229738349_57348087.html",
      "https://tjgb.hongheiku.com/djs/45633.html",
      "http://www.ccpo.com.cn/wzlb/29182.html"]),
    ("p33", "北京市", "p33/plan.txt", 2023,
     ["p33/review_2024.txt", "p33/bulletin_2023.txt"],
     ["http://m.cdboyue.com/stock/20230115/565751.html",
      "http://alyssaonofreo.com/news/detail/1675152.html",
      "https://cn.dailyeconomic.com/bj/2024/03/22/3673.html"]),
]
# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    # p31 北京 2022
    ("p31", "5%以上", "地区生产总值增长5%以上", "p31/bulletin_2022.txt", "0.7%", "按不变价格计算，比上年增长0.7%",
     0.7, "%", "2022-12-31", "GDP growth 2022, statistical bulletin (far below target, still the achieved figure)"),
    ("p31", "5%以内", "城镇调查失业率控制在5%以内", "p31/bulletin_2022.txt", "4.7%", "全年城镇调查失业率均值为4.7%",
     4.7, "%", "2022-12-31", "surveyed urban unemployment rate, annual mean, bulletin"),
    ("p31", "3%左右", "居民消费价格涨幅3%左右", "p31/bulletin_2022.txt", "1.8%", "全年居民消费价格总水平比上年上涨1.8%",
     1.8, "%", "2022-12-31", "CPI rise for the year, bulletin"),
    ("p31", "5%以上", "地区生产总值增长5%以上", "p31/news_2023_01.txt", "0.7%", "按不变价格计算，较上年增长0.7%",
     0.7, "%", "2022-12-31", "GDP growth 2022, annual economic-performance release of 2023-01-19"),
    ("p31", "3%左右", "居民消费价格涨幅3%左右", "p31/news_2023_01.txt", "1.8%", "2022年全市居民消费价格比上年上涨1.8%",
     1.8, "%", "2022-12-31", "CPI rise for the full year (not the December figure)"),
    ("p31", "5%以内", "城镇调查失业率控制在5%以内", "p31/news_2023_01.txt", "4.7%", "全市城镇调查失业率均值为4.7%",
     4.7, "%", "2022-12-31", "surveyed unemployment rate, annual mean"),
    ("p31", "5%以上", "地区生产总值增长5%以上", "p31/news_2023_03.txt", "0.7%", "地区生产总值41610.9亿元，比上年增长0.7%",
     0.7, "%", "2022-12-31", "GDP growth quoted from the bulletin in news"),
    # p32 丽水 2023
    ("p32", "6%以上", "生产总值增长6%以上", "p32/bulletin_2023.txt", "7.5%", "为1964.4亿元，比上年增长7.5%",
     7.5, "%", "2023-12-31", "GDP growth 2023, statistical bulletin"),
    ("p32", "6%以上", "生产总值增长6%以上", "p32/qa_undated.txt", "7.5%", "2023年全市GDP增长7.5%",
     7.5, "%", "2023-12-31", "full-year GDP growth quoted in a Q&A page"),
    ("p32", "6%以上", "生产总值增长6%以上", "p32/qa_undated.txt", "7.6%", "GDP为900.3亿元，同比增长7.6%",
     7.6, "%", "2023-06-30", "first-half GDP growth, inside the plan year (上半年 -> 06-30)"),
    # p33 北京 2023
    ("p33", "4.5%以上", "目标是：地区生产总值增长4.5%以上", "p33/review_2024.txt", "5.2%", "2023年北京市地区生产总值增长5.2%",
     5.2, "%", "2023-12-31", "GDP growth 2023 in next year's government work report"),
    ("p33", "4%左右", "一般公共预算收入增长4%左右", "p33/review_2024.txt", "8.2%", "一般公共预算收入增长8.2%、突破6000亿元",
     8.2, "%", "2023-12-31", "general budget revenue growth 2023, year review"),
    ("p33", "5%以内", "城镇调查失业率控制在5%以内", "p33/review_2024.txt", "4.4%", "城镇调查失业率4.4%，居民消费价格总体平稳",
     4.4, "%", "2023-12-31", "surveyed unemployment rate 2023, year review"),
    ("p33", "4.5%以上", "目标是：地区生产总值增长4.5%以上", "p33/bulletin_2023.txt", "5.2%", "按可比价格计算，比上年增长5.2%",
     5.2, "%", "2023-12-31", "GDP growth 2023, statistical bulletin"),
]
# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    # p31 bulletin
    ("p31", "p31/bulletin_2022.txt", "3.4%", "第三产业增加值34894.3亿元，增长3.4%", "tertiary-sector growth, not GDP"),
    ("p31", "p31/bulletin_2022.txt", "11.4%", "第二产业增加值6605.1亿元，下降11.4%", "secondary-sector fall, not GDP"),
    ("p31", "p31/bulletin_2022.txt", "26万人", "全年城镇新增就业26万人", "new urban jobs: the plan has no figure for it; not the 5万名 rural-labour insurance target"),
    ("p31", "p31/bulletin_2022.txt", "4.3万人", "比上年末减少4.3万人", "population change, no target"),
    ("p31", "p31/bulletin_2022.txt", "2.3%", "工业生产者出厂价格上涨2.3%", "PPI, not the CPI target"),
    ("p31", "p31/bulletin_2022.txt", "2.7%", "农产品生产者价格上涨2.7%", "farm producer prices, not CPI"),
    # p31 news 2023-01
    ("p31", "p31/news_2023_01.txt", "1.8%", "居民消费价格同比上涨1.8%，环比上涨0.3%", "December single-month CPI, not the annual rise"),
    ("p31", "p31/news_2023_01.txt", "5.0%", "处在5.0%的年度调控目标之内", "the target restated in the later text"),
    ("p31", "p31/news_2023_01.txt", "2.8%", "其中消费品价格上涨2.8%", "consumer-goods price sub-index, not overall CPI"),
    ("p31", "p31/news_2023_01.txt", "3.2%", "全市居民人均可支配收入77415元，比上年增长3.2%", "income growth: plan only says 稳定增长 (the 8% in plan.txt is 2021's result)"),
    ("p31", "p31/news_2023_01.txt", "7.2%", "社会消费品零售总额13794.2亿元，下降7.2%", "retail sales, no target in the plan"),
    # p31 news 2023-03
    ("p31", "p31/news_2023_03.txt", "4.4%", "按现价计算比上年增长4.4%", "digital-economy value added, not GDP"),
    ("p31", "p31/news_2023_03.txt", "19.7%", "进出口总值36445.5亿元，比上年增长19.7%", "foreign trade, no target"),
    ("p31", "p31/news_2023_03.txt", "2.4万个", "新增5G基站2.4万个", "5G base stations, no target"),
    # p32 bulletin
    ("p32", "p32/bulletin_2023.txt", "6.7%", "分别增长4.8%、6.7%和8.4%", "sector growth rates, not GDP"),
    ("p32", "p32/bulletin_2023.txt", "7.2%", "按年平均汇率折算为11056美元），增长7.2%", "per-capita GDP growth, not GDP growth"),
    ("p32", "p32/bulletin_2023.txt", "8.9%", "一般公共预算收入186.1亿元，比上年增长8.9%", "budget revenue: plan has no figure (与经济增长基本同步)"),
    ("p32", "p32/bulletin_2023.txt", "13.6%", "税收收入138.7亿元，增长13.6%", "tax revenue, no target"),
    ("p32", "p32/bulletin_2023.txt", "7.7%", "一般公共预算支出653.7亿元，增长7.7%", "budget spending, no target"),
    ("p32", "p32/bulletin_2023.txt", "3.1万人", "全年城镇新增就业3.1万人", "new jobs: plan says only 完成省定任务, no figure"),
    # p32 qa
    ("p32", "p32/qa_undated.txt", "0.8个百分点", "增速领先全省0.8个百分点", "gap to province, not a target in 个百分点"),
    ("p32", "p32/qa_undated.txt", "8.4%", "第三产业增加值1109.3亿元，增长8.4%", "tertiary-sector growth, not GDP"),
    # p33 review: next year's targets
    ("p33", "p33/review_2024.txt", "5%左右", "地区生产总值增长5%左右", "2024 target printed in the review"),
    ("p33", "p33/review_2024.txt", "5%", "一般公共预算收入增长5%，", "2024 target printed in the review"),
    ("p33", "p33/review_2024.txt", "5%以内", "城镇调查失业率控制在5%以内", "2024 target printed in the review"),
    ("p33", "p33/review_2024.txt", "3%左右", "居民消费价格涨幅3%左右", "2024 target printed in the review"),
    # p33 bulletin
    ("p33", "p33/bulletin_2023.txt", "6.1%", "服务业增加值比上年增长6.1%", "services value added, not GDP"),
    ("p33", "p33/bulletin_2023.txt", "0.4%", "规模以上工业增加值增长0.4%", "industrial value added, no target in plan"),
    ("p33", "p33/bulletin_2023.txt", "4.9%", "固定资产投资（不含农户）增长4.9%", "fixed-asset investment, no target in plan"),
    ("p33", "p33/bulletin_2023.txt", "0.5个百分点", "比上年提高0.5个百分点", "share change, no 个百分点 target"),
    ("p33", "p33/bulletin_2023.txt", "4.8%", "社会消费品零售总额增长4.8%", "retail sales, no target in plan"),
    ("p33", "p33/bulletin_2023.txt", "20.3%", "新设企业29.7万户，增长20.3%", "new firms, no target"),
]
