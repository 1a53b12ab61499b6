# Hand labels of writer tb13b (pairs p11-p12), typed from the texts in p11/ and p12/.
# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p11", "四川省", "p11/plan.txt", 2022, ["p11/completion_2022.txt"],
     ["http://xczxj.sc.gov.cn/scfpkfj/inportantnews/2022/2/11/4364fe9fe1a94b2a8be27a7f473683a4.shtml",
      "http://sc.people.com.cn/BIG5/n2/2023/0112/c379470-40263350.html"]),
    ("p12", "甘肃省", "p12/plan.txt", 2019,
     ["p12/review_2022_03.txt", "p12/news_2021_05.txt", "p12/linxia_2021_07.txt"],
     ["http://new.gssnzx.com/a/snzx/20149.html",
      "http://gssnzx.com/html/01/14459.html",
      "http://lanzhou.baogaosu.com/xinwen/%E5%86%9C%E6%9D%91%E5%8E%95%E6%89%80%E9%9D%A9%E5%91%BD%E8%A5%BF%E9%83%A8%E7%89%87%E5%8C%BA%E5%BA%A7%E8%B0%88%E4%BC%9A%E5%9C%A8%E7%94%98/93897224/",
      "http://lx.gansudaily.com.cn/system/2021/07/23/030376200.shtml"]),
]
# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p11", "40万名", "减免非民族自治地区40万名幼儿保教费", "p11/completion_2022.txt",
     "44.05万名", "减免44.05万名学前幼儿保教费", 440500, "人", "2022-12-31",
     "item 1, preschool fee relief in non-ethnic areas: achieved 44.05万 vs target 40万 (year-end notice)"),
    ("p11", "40万名", "向40万名家庭经济困难的普通高中学生发放助学金", "p11/completion_2022.txt",
     "43.47万名", "向43.47万名家庭经济困难的普通高中学生", 434700, "人", "2022-12-31",
     "item 4, senior-high student grants: achieved 43.47万 vs target 40万"),
    ("p11", "1900.42亿元", "共计划安排资金1900.42亿元", "p11/completion_2022.txt",
     "2067.38亿元", "各级财政已下达预算2067.38亿元", 206738000000, "元", "2022-12-31",
     "total funding of the 30 items: 2067.38亿元 actually issued vs 1900.42亿元 planned (text itself says 占计划安排的108.8%)"),
    ("p12", "50万户以上", "一是完成农村户用卫生厕所改造50万户以上", "p12/review_2022_03.txt",
     "55.7", "分别改厕55.7", 557000, "座", "2019-12-31",
     "2019 household toilet renovation: first member of 2019、2020、2021年分别改厕55.7、58、50万座 (unit 万 printed only after the last)"),
]
# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p11", "p11/completion_2022.txt", "108.8%", "占计划安排的108.8%", "completion ratio of funding, not a value"),
    ("p11", "p11/completion_2022.txt", "110.11%", "完成年度目标任务的110.11%", "completion ratio of item 1"),
    ("p11", "p11/completion_2022.txt", "108.66%", "完成年度目标任务的108.66%", "completion ratio of item 4"),
    ("p11", "p11/completion_2022.txt", "5800台", "既有住宅增设电梯完成5800台",
     "elevators retrofitted; same number as the plan's 5800个普惠性托位 but a different indicator"),
    ("p11", "p11/completion_2022.txt", "34.98万名", "对34.98万名在园幼儿全面免除",
     "preschool fee exemption in ethnic autonomous areas (item 5), not item 1's 40万 non-ethnic target"),
    ("p11", "p11/completion_2022.txt", "204.66万名", "为204.66万名义务教育阶段家庭经济困难学生",
     "item 3 living subsidy; the plan gives no head-count target for it, must not link to a 40万名 target"),
    ("p11", "p11/completion_2022.txt", "77.58万名", "为77.58万名进城务工人员",
     "migrant children funding, an item not in the visible plan part"),
    ("p11", "p11/completion_2022.txt", "484个", "社区养老服务综合体484个", "stock of elderly-care complexes, no visible target"),
    ("p12", "p12/review_2022_03.txt", "163.7万座", "三年累计完成农村改厕163.7万座", "three-year cumulative 2019-2021, not the 2019 figure"),
    ("p12", "p12/review_2022_03.txt", "50万座", "50万座，全省", "2021 toilet renovations (other year)"),
    ("p12", "p12/review_2022_03.txt", "212.7万座", "增加到212.7万座", "stock of sanitary toilets at end-2021, not renovations in 2019"),
    ("p12", "p12/review_2022_03.txt", "97%", "全省97%的行政村已覆盖卫生公厕",
     "public-toilet coverage at end-2021, same indicator as the 70% target but outside the plan year"),
    ("p12", "p12/news_2021_05.txt", "162.7万座", "农村卫生户用厕所达到162.7万座", "stock at end-2020"),
    ("p12", "p12/news_2021_05.txt", "50万座", "2021年全省计划新改建户厕50万座", "2021 target restated, other year"),
    ("p12", "p12/news_2021_05.txt", "9.2万座", "截至4月底已建成9.2万座", "2021 progress, other year"),
    ("p12", "p12/linxia_2021_07.txt", "80.36%", "回收率达80.36%",
     "farm-film recovery rate of 临夏州 (a prefecture inside the province) in 2021 vs the province's 2019 80% target"),
    ("p12", "p12/linxia_2021_07.txt", "84.86%", "畜禽粪污综合利用率达84.86%", "临夏州 2021, other place and year"),
]
