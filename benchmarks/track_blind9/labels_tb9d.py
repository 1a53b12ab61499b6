"""Hand labels of writer tb9d for track_blind9 (pairs p31-p33). Typed by hand from the texts."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p31", "湖北省武汉市", "p31/plan.txt", 2023,
     ["p31/bulletin_2023.txt", "p31/news_2024_01.txt"],
     ["http://pic.jsnol.com/local/20230105/63342.html",
      "http://xgmlfb.com/post/48/156364",
      "http://bx2200.com/tjgongbao/huazhong/11559.html",
      "https://difang.gmw.cn/hb/2024-01/31/content_37123517.htm"]),
    ("p32", "福建省泉州市", "p32/plan.txt", 2023,
     ["p32/stats_2023.txt", "p32/industry_2024_02.txt", "p32/blog_2023.txt"],
     ["https://kanwenda.com/k/305605.html",
      "https://taiwan-reports.com/archives/697121",
      "https://ssrb.fjdaily.com/pc/con/202402/20/content_343666.html",
      "https://bkwk.cn/article/jmqzjjsjbhdzzmmytz-a19998775.html"]),
    ("p33", "广东省广州市", "p33/plan.txt", 2018,
     ["p33/blog_2018.txt"],
     ["http://hkwb.net/news/content/2018-01/11/content_3444361.htm",
      "https://internicdomainnames.com/blog-848699.html"]),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    # p31 武汉 2023
    ("p31", "6.5%以上", "地区生产总值增长6.5%以上", "p31/bulletin_2023.txt", "5.7%", "按不变价格计算，比上年增长5.7%",
     5.7, "%", "2023-12-31", "GDP growth 2023, statistical bulletin"),
    ("p31", "22万人以上", "城镇新增就业22万人以上", "p31/bulletin_2023.txt", "29.26万人", "全年城镇新增就业29.26万人",
     292600, "人", "2023-12-31", "new urban jobs, full year (29.26万人 = 292600人)"),
    ("p31", "3%左右", "居民消费价格涨幅3%左右", "p31/bulletin_2023.txt", "0.4%", "全年居民消费价格比上年上涨0.4%",
     0.4, "%", "2023-12-31", "CPI rise, full year (target was a ceiling-style 3%左右)"),
    ("p31", "6.5%以上", "地区生产总值增长6.5%以上", "p31/news_2024_01.txt", "5.7%", "按不变价格计算增长5.7%",
     5.7, "%", "2023-12-31", "GDP growth 2023, news of the 2024-01-28 release"),
    ("p31", "10%", "社会消费品零售总额增长10%", "p31/news_2024_01.txt", "8.6%", "社会消费品零售总额7531.9亿元，比上年增长8.6%",
     8.6, "%", "2023-12-31", "retail sales growth, full year"),
    # p32 泉州 2023
    ("p32", "7%", "一般公共预算总收入增长7%", "p32/stats_2023.txt", "10.6%", "一般公共预算总收入1018.47亿元，比上年增长10.6%",
     10.6, "%", "2023-12-31", "general public budget TOTAL revenue growth (总收入, not 地方收入)"),
    ("p32", "120条以上", "建设数字化生产线120条以上", "p32/stats_2023.txt", "123条", "推广数字化生产线123条",
     123, "条", "2023-12-31", "digitalised production lines, full year"),
    ("p32", "1000家以上", "新增“上云上平台”企业1000家以上", "p32/stats_2023.txt", "1000家", "新增“上云上平台”企业1000家",
     1000, "家", "2023-12-31", "new cloud/platform enterprises, full year"),
    ("p32", "6.5%左右", "全市生产总值增长6.5%左右", "p32/blog_2023.txt", "4.5%", "12172亿元，同比增长4.5%",
     4.5, "%", "2023-12-31", "GDP growth 2023 quoted from the city statistics bureau by a web article"),
    # p33 广州 2018
    ("p33", "7.5%左右", "地区生产总值增长7.5%左右", "p33/blog_2018.txt", "6.2%", "按可比价格计算，比上年增长6.2%",
     6.2, "%", "2018-12-31", "GDP growth 2018 as released 2019-01-30"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    # p31 bulletin
    ("p31", "p31/bulletin_2023.txt", "20011.65亿元", "地区生产总值（GDP）20011.65亿元",
     "GDP level; the plan only targets GDP growth (the 1.9万亿元 in the plan is the 2022 estimate)"),
    ("p31", "p31/bulletin_2023.txt", "6.2%", "第三产业增加值12736.36亿元，增长6.2%", "tertiary-sector sub-total, no target"),
    ("p31", "p31/bulletin_2023.txt", "5.3%", "人均地区生产总值145471元，比上年增长5.3%", "per-capita GDP growth, not GDP growth"),
    ("p31", "p31/bulletin_2023.txt", "1.5%", "比上年多增0.43万人，增长1.5%", "growth of the job count, not the job count target"),
    ("p31", "p31/bulletin_2023.txt", "3.4%", "价格分别上涨3.4%", "CPI sub-category (其他用品及服务), not headline CPI"),
    ("p31", "p31/bulletin_2023.txt", "0.3%", "新建商品住宅价格同比上涨0.3%", "new-home price index, not CPI"),
    ("p31", "p31/bulletin_2023.txt", "15.4%", "市场主体206万户，比上年增长15.4%", "market entities, no target"),
    # p31 news
    ("p31", "p31/news_2024_01.txt", "4.6%", "规模以上工业增加值比上年增长4.6%", "industrial value added, no such target in the plan"),
    ("p31", "p31/news_2024_01.txt", "6.8%", "高技术制造业增加值增长6.8%", "high-tech manufacturing sub-total"),
    ("p31", "p31/news_2024_01.txt", "4.2%", "按可比价格计算增长4.2%", "farm output growth, no target"),
    ("p31", "p31/news_2024_01.txt", "1.7个百分点", "第三产业占比较上年提升1.7个百分点",
     "share change in 个百分点; the plan's '下调了1个百分点' is about the target itself"),
    # p32 stats
    ("p32", "p32/stats_2023.txt", "10.3%", "地方一般公共预算收入580.79亿元，增长10.3%",
     "LOCAL general budget revenue; the plan targets 一般公共预算总收入"),
    ("p32", "p32/stats_2023.txt", "81.2%", "税收比重达81.2%", "tax share, no target"),
    ("p32", "p32/stats_2023.txt", "152.77万家", "年末全市市场主体总数152.77万家", "stock of market entities (家) vs 新增高新技术企业500家"),
    ("p32", "p32/stats_2023.txt", "6.2%", "全社会用电量642.61亿千瓦时，比上年增长6.2%", "electricity use, no target"),
    ("p32", "p32/stats_2023.txt", "124.2%", "铁路旅客运输量比上年增长124.2%", "rail passengers, no target"),
    ("p32", "p32/stats_2023.txt", "2.2万个", "累计建成5G基站2.2万个", "cumulative 5G base stations, no target"),
    ("p32", "p32/stats_2023.txt", "15家", "绿色供应链管理示范企业15家", "green factories (家), not 高新技术企业 or 上云企业"),
    ("p32", "p32/stats_2023.txt", "30个", "培育5G应用案例30个", "5G use cases, no target"),
    # p32 industry
    ("p32", "p32/industry_2024_02.txt", "2.4%", "石化—纺织鞋服产业链群规上工业增加值增长2.4%", "industrial chain sub-total"),
    ("p32", "p32/industry_2024_02.txt", "17.3%", "纸业印刷行业增长17.3%", "single industry"),
    ("p32", "p32/industry_2024_02.txt", "69.4%", "行业增长面达到69.4%", "share of growing industries"),
    ("p32", "p32/industry_2024_02.txt", "6.7%", "规上高技术产业增加值增长6.7%", "high-tech industry sub-total"),
    ("p32", "p32/industry_2024_02.txt", "5.1%", "其中工业用电量增长5.1%", "industrial electricity use"),
    # p32 blog
    ("p32", "p32/blog_2023.txt", "7.6%", "高新技术产业增加值增长7.6%", "high-tech value added, no target"),
    ("p32", "p32/blog_2023.txt", "48.3%", "第二产业增加值占GDP的比重为48.3%", "sector share"),
    ("p32", "p32/blog_2023.txt", "20.6%", "泉州进出口总额1390.98亿元，增长20.6%", "2024 first half, outside the plan year"),
    # p33 blog
    ("p33", "p33/blog_2018.txt", "22859.35亿元", "实现地区生产总值22859.35亿元", "GDP level, target is growth"),
    ("p33", "p33/blog_2018.txt", "9.73万亿元", "全省地区生产总值达到9.73万亿元", "Guangdong province, other place"),
]
