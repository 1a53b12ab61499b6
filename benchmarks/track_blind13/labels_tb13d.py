# Hand labels of writer tb13d (pairs p31-p39), typed from the texts in p31/, p32/, p33/.
# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p31", "湖北省", "p31/plan.txt", 2023,
     ["p31/bulletin_2023_09.txt", "p31/review_2024.txt"],
     ["http://m.dingdangang.cn/gsxw/306.html", "http://b2b-team.com/xinwen/122842.html",
      "http://xyd20i.cn/jj/2023/0114/49715.html"]),
    ("p32", "湖北省", "p32/plan.txt", 2024,
     ["p32/news_2025_01_02.txt", "p32/news_2025_01_22.txt", "p32/review_2025.txt"],
     ["http://hb.china.com.cn/2024-01/30/content_42687741.htm", "http://www.jasonuk.com/xinwenzixun/2335140.html",
      "http://165515.com/list/z0Fh_25935.html", "https://cjrb.cjn.cn/h5/html5/2025-01/17/content_151731_1763949.htm"]),
    ("p33", "辽宁省沈阳市", "p33/plan.txt", 2023,
     ["p33/execution_2023.txt"],
     ["https://www.265xx.com/w422/230971.html", "http://fgw.shenyang.gov.cn/fggz/202401/t20240123_4595096.html"]),
]
# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p31", "6.5%左右", "地区生产总值增长6.5%左右", "p31/review_2024.txt", "6%", "地区生产总值达到55803亿元，增长6%",
     6.0, "%", "2023-12-31", "GDP growth of Hubei 2023, reported after the year"),
    ("p31", "6.5%左右", "地区生产总值增长6.5%左右", "p31/bulletin_2023_09.txt", "6.0%", "按不变价格计算，同比增长6.0%",
     6.0, "%", "2023-09-30", "GDP growth 前三季度 2023 (progress inside the plan year)"),
    ("p31", "70万人以上", "城镇新增就业70万人以上", "p31/review_2024.txt", "92.8万人", "湖北城镇新增就业92.8万人",
     928000, "人", "2023-12-31", "new urban jobs 2023, 万人 -> 人"),
    ("p31", "3%左右", "居民消费价格涨幅3%左右", "p31/bulletin_2023_09.txt", "0.3%", "全省居民消费价格（CPI）同比上涨0.3%",
     0.3, "%", "2023-09-30", "CPI rise 前三季度 (cumulative Jan-Sep) against the CPI ceiling"),
    ("p32", "6%", "地区生产总值：增长6%", "p32/news_2025_01_22.txt", "5.8%", "按不变价格计算，比上年增长5.8%",
     5.8, "%", "2024-12-31", "GDP growth 2024 from the unified accounting release"),
    ("p32", "500亿斤以上", "粮食产量：500亿斤以上", "p32/review_2025.txt", "557亿斤", "粮食总产达到557亿斤",
     55700000000, "斤", "2024-12-31", "grain output 2024 in next year's report summary, 亿斤 -> 斤"),
]
# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    # p31
    ("p31", "p31/review_2024.txt", "5.2%", "国内生产总值超过126万亿元，增长5.2%", "national GDP growth, other place"),
    ("p31", "p31/review_2024.txt", "0.8个百分点", "高于全国0.8个百分点", "gap to the national rate, not a target in 个百分点"),
    ("p31", "p31/review_2024.txt", "44.1万人", "吸引高校毕业生在鄂就业创业44.1万人", "graduates employed, other indicator with the same unit as new jobs"),
    ("p31", "p31/review_2024.txt", "6.1%", "全国居民人均可支配收入增长6.1%", "national income growth, other place (Hubei income target has no figure)"),
    ("p31", "p31/review_2024.txt", "8.4%", "脱贫地区农村居民收入增长8.4%", "national figure for poverty-exit areas"),
    ("p31", "p31/review_2024.txt", "175万人", "惠及175万人", "people covered by raised allowances, not new jobs"),
    ("p31", "p31/bulletin_2023_09.txt", "7.3%", "第三产业增加值20417.24亿元，增长7.3%", "tertiary-sector sub-total, not GDP"),
    ("p31", "p31/bulletin_2023_09.txt", "0.4个百分点", "比上半年加快0.4个百分点", "acceleration vs H1, not a level"),
    ("p31", "p31/bulletin_2023_09.txt", "8.5%", "社会消费品零售总额16378.56亿元，同比增长8.5%", "retail sales, no such target in the plan"),
    ("p31", "p31/bulletin_2023_09.txt", "0.7%", "核心CPI上涨0.7%", "core CPI, not the headline CPI of the target"),
    ("p31", "p31/bulletin_2023_09.txt", "2.5%", "出厂价格（PPI）同比下降2.5%", "PPI, not CPI"),
    ("p31", "p31/bulletin_2023_09.txt", "6.4%", "全体居民人均可支配收入25382元，同比增长6.4%", "income target is qualitative (同步), no figure to link"),
    # p32
    ("p32", "p32/review_2025.txt", "6%左右", "预计全省地区生产总值增长6%左右", "expectation (预计) before the final figure"),
    ("p32", "p32/review_2025.txt", "6%左右", "经济增长6%左右", "2025 target printed in the review"),
    ("p32", "p32/review_2025.txt", "5.5%左右", "城镇调查失业率5.5%左右", "2025 target printed in the review"),
    ("p32", "p32/review_2025.txt", "70万人以上", "城镇新增就业70万人以上", "2025 target printed in the review"),
    ("p32", "p32/review_2025.txt", "2%左右", "居民消费价格涨幅2%左右", "2025 target printed in the review"),
    ("p32", "p32/review_2025.txt", "500亿斤以上", "粮食产量继续保持500亿斤以上", "2025 target printed in the review"),
    ("p32", "p32/news_2025_01_22.txt", "6.4%", "第二产业增加值21573.76亿元，增长6.4%", "secondary-sector sub-total, not GDP"),
    ("p32", "p32/news_2025_01_22.txt", "3万家", "高新技术企业总数达到3万家", "stock of high-tech firms, target is newly added firms"),
    ("p32", "p32/news_2025_01_22.txt", "9.6%", "突破7000亿元，增长9.6%", "foreign trade growth, no such target"),
    ("p32", "p32/news_2025_01_02.txt", "5000家", "新增高新技术企业超5000家", "expectation (据预计) of newly added high-tech firms"),
    ("p32", "p32/news_2025_01_02.txt", "12.2%", "全社会研发投入同比增长12.2%", "R&D spending growth, no such target"),
    ("p32", "p32/news_2025_01_02.txt", "0.19个百分点", "提高0.19个百分点", "R&D intensity change, no target in 个百分点"),
    # p33: the execution report only gives expectations (预计) for 2023
    ("p33", "p33/execution_2023.txt", "6%左右", "预计全市地区生产总值增长6%左右", "expectation (预计), not the achieved figure"),
    ("p33", "p33/execution_2023.txt", "12.2%", "一般公共预算收入增长12.2%", "under the same 预计 sentence: expectation"),
    ("p33", "p33/execution_2023.txt", "7%左右", "规模以上工业增加值增长7%左右", "under the same 预计 sentence: expectation"),
    ("p33", "p33/execution_2023.txt", "3%左右", "固定资产投资增长3%左右", "under the same 预计 sentence: expectation"),
    ("p33", "p33/execution_2023.txt", "9%", "社会消费品零售总额增长9%", "under the same 预计 sentence: expectation"),
    ("p33", "p33/execution_2023.txt", "4.5%", "进出口总额增长4.5%", "expectation; and no trade target in the plan"),
]
