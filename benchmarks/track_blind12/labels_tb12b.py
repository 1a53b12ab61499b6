"""Hand labels of writer tb12b (track_blind12): provincial and county 民生实事 lists against their progress/completion notices."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p11", "河南省", "p11/plan.txt", 2021,
     ["p11/progress_2021_q1.txt", "p11/completion_2021.txt", "p11/news_2022_02_16.txt"],
     ["http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2021-02/04/content_5585032.htm",
      "http://cinic.org.cn/xy/hn/1088605.html",
      "https://hnmdtv.com/community/2022/0210/109336.html",
      "http://house.china.com.cn/2116273.htm"]),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p11", "50万户", "改造城镇老旧小区不少于50万户", "p11/progress_2021_q1.txt", "20.3万户",
     "完成老旧小区改造20.3万户", 203000, "户", "2021-03-31", "old-estate renovation, Q1 progress"),
    ("p11", "50万户", "改造城镇老旧小区不少于50万户", "p11/completion_2021.txt", "71.53万户",
     "全年完成老旧小区改造71.53万户", 715300, "户", "2021-12-31", "old-estate renovation, year completion"),
    ("p11", "5000个", "升级改造5000个配电台区", "p11/completion_2021.txt", "5004个",
     "完成5004个配电台区改造升级", 5004, "个", "2021-12-31", "distribution areas upgraded, year completion"),
    ("p11", "5000千米", "10千伏及以下线路5000千米", "p11/completion_2021.txt", "7503千米",
     "10千伏及以下线路7503千米", 7503, "公里", "2021-12-31", "10kV lines built/rebuilt (千米 = 公里), year completion"),
    ("p11", "50万户", "改造城镇老旧小区不少于50万户", "p11/news_2022_02_16.txt", "71.53万户",
     "惠及居民71.53万户，改造规模", 715300, "户", "2021-12-31", "old-estate renovation households, news after the year"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p11", "p11/progress_2021_q1.txt", "36.91%", "占年度目标任务的36.91%", "completion ratio, not an achieved value"),
    ("p11", "p11/progress_2021_q1.txt", "891个", "已开工建设891个配电台区", "started, not finished; also the 5000个 target restated just before"),
    ("p11", "p11/progress_2021_q1.txt", "5000个", "计划改造的5000个配电台区", "target restated in the progress text"),
    ("p11", "p11/progress_2021_q1.txt", "1700个", "已有1700个自然村通了硬化路", "plan gives no numeric village target (20户 is a threshold)"),
    ("p11", "p11/progress_2021_q1.txt", "1.1万个", "5G基站配套设施约1.1万个", "5G item has no numeric target in the plan"),
    ("p11", "p11/progress_2021_q1.txt", "8141名", "已有8141名残疾儿童", "child rehabilitation has no numeric target in the plan"),
    ("p11", "p11/completion_2021.txt", "143.05%", "为年度目标任务的143.05%", "completion ratio"),
    ("p11", "p11/completion_2021.txt", "100.08%", "为年度目标任务的100.08%", "completion ratio"),
    ("p11", "p11/completion_2021.txt", "150.06%", "为年度目标任务的150.06%", "completion ratio"),
    ("p11", "p11/completion_2021.txt", "1.9万名", "超额完成1.9万名的年度目标任务", "target restated (not in the plan text either)"),
    ("p11", "p11/completion_2021.txt", "9000个", "累计实现9000个自然村通硬化路", "no numeric village target in the plan; 20户以上 is a threshold"),
    ("p11", "p11/completion_2021.txt", "5.17万个", "新建5G基站5.17万个", "5G item has no numeric target in the plan"),
    ("p11", "p11/completion_2021.txt", "142.44万人", "完成宫颈癌筛查142.44万人", "screening has no numeric target in the plan"),
    ("p11", "p11/news_2022_02_16.txt", "6065个", "共改造小区6065个", "estates counted, not households; no estate-count target"),
    ("p11", "p11/news_2022_02_16.txt", "71万户", "涉及71万户", "telecom facilities in renovated estates, another indicator in 户"),
    ("p11", "p11/news_2022_02_16.txt", "100多万户", "惠及群众100多万户", "cumulative over several years"),
    ("p11", "p11/news_2022_02_16.txt", "9.71万个", "全省5G基站总数达到9.71万个", "stock of 5G base stations, no plan number"),
    ("p11", "p11/news_2022_02_16.txt", "472部", "加装电梯472部", "sub-item of renovation, no plan target"),
]
