# Labels of blind writer tb11a (track_blind11). Typed by hand from the texts in pNN/.
PAIRS: list[tuple[object, ...]] = [
    ("p01", "江西省南昌市", "p01/plan.txt", 2022, ["p01/execution_2022.txt"],
     ["https://c.m.163.com/news/a/GUDDPL5H0514R9KE.html",
      "http://district.ce.cn/newarea/roll/202202/11/t20220211_37322336.shtml",
      "https://tt.jxnews.com.cn/papers/3/8718191?from=jxnews",
      "https://saintpaulhem.com/fgw/ncfzggw/ghjh/202310/920d09aeff924b668f8bd5199a3bcd86.shtml"]),
]

LINKS: list[tuple[object, ...]] = [
    ("p01", "7%以上", "地区生产总值增长7%以上", "p01/execution_2022.txt", "4.1%", "我市全年GDP增长4.1%", 4.1, "%", "2022-12-31",
     "GDP growth 2022, target missed; execution report after the year"),
    ("p01", "5%左右", "地方一般公共预算收入增长5%左右", "p01/execution_2022.txt", "5.1%", "一般公共预算收入同口径增长5.1%", 5.1, "%", "2022-12-31",
     "general public budget revenue growth (同口径)"),
    ("p01", "8.5%左右", "规模以上工业增加值增长8.5%左右", "p01/execution_2022.txt", "6%", "规模以上工业增加值增长6%", 6.0, "%", "2022-12-31",
     "industrial value added above scale"),
    ("p01", "8.5%左右", "全社会固定资产投资增长8.5%左右", "p01/execution_2022.txt", "7.6%", "固定资产投资增长7.6%", 7.6, "%", "2022-12-31",
     "fixed-asset investment growth; same 8.5%左右 figure as the industry target, told apart by indicator"),
    ("p01", "10%以上", "社会消费品零售总额增长10%以上", "p01/execution_2022.txt", "4.6%", "社会消费品零售总额增长4.6%", 4.6, "%", "2022-12-31",
     "retail sales growth"),
    ("p01", "7.5%左右", "城镇居民人均可支配收入增长7.5%左右", "p01/execution_2022.txt", "4.3%", "分别增长4.3%", 4.3, "%", "2022-12-31",
     "urban per-capita disposable income, first of 分别增长a%、b%"),
    ("p01", "8%左右", "农村居民人均可支配收入增长8%左右", "p01/execution_2022.txt", "5.7%", "4.3%、5.7%", 5.7, "%", "2022-12-31",
     "rural per-capita disposable income, second of 分别增长a%、b%"),
]

NEGATIVES: list[tuple[object, ...]] = [
    ("p01", "p01/execution_2022.txt", "7203.50亿元", "全年地区生产总值达7203.50亿元", "GDP level; the plan sets only a growth target"),
    ("p01", "p01/execution_2022.txt", "6.7%", "海关出口值增长6.7%", "exports: plan target is qualitative (量稳质升), not the 6.5% FDI target"),
    ("p01", "p01/execution_2022.txt", "6.8万人", "全市城镇新增就业6.8万人", "new urban jobs: no such target in the plan"),
    ("p01", "p01/execution_2022.txt", "2605.28亿元", "累计完成投资2605.28亿元", "investment of 650 key projects, a sub-total, not fixed-asset investment growth"),
    ("p01", "p01/execution_2022.txt", "96.12%", "分别提升至96.12%", "online government services rate; no target"),
    ("p01", "p01/execution_2022.txt", "2项", "一般公共预算收入2项指标", "count of indicators meeting targets, not a figure of an indicator"),
    ("p01", "p01/execution_2022.txt", "6项", "其余6项指标", "count of indicators missing targets"),
    ("p01", "p01/execution_2022.txt", "42亿斤", "粮食产量稳定在42亿斤以上", "grain output; no target in the plan"),
    ("p01", "p01/execution_2022.txt", "80%", "工业企业研发机构覆盖率达80%", "R&D coverage; no target, percent unit trap"),
]
