"""Hand labels of writer tb12a (track_blind12): 民生实事 lists of cities/districts against later completion texts."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p01", "四川省眉山市", "p01/plan.txt", 2020,
     ["p01/completion_2020.txt", "p01/review_2021_01.txt"],
     ["https://m.yybnet.net/meishan/renshou/202005/10455453.html",
      "http://www.yybnet.net/meishan/news/202101/11169746.html",
      "https://m.yybnet.net/meishan/news/202101/11204360.html"]),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p01", "27800人", "城镇新增就业27800人", "p01/completion_2020.txt", "32243人", "城镇新增就业32243人，完成率",
     32243, "人", "2020-12-31", "new urban jobs, year-end completion notice"),
    ("p01", "2.2万人次", "补贴性职业技能培训2.2万人次", "p01/completion_2020.txt", "4.62万人次", "补贴性技能培训4.62万人次",
     46200, "人次", "2020-12-31", "subsidised skills training, year-end completion notice (万人次 -> 人次)"),
    ("p01", "27800人", "城镇新增就业27800人", "p01/review_2021_01.txt", "32243人", "城镇新增就业32243人，完成目标",
     32243, "人", "2020-12-31", "new urban jobs, second later text"),
    ("p01", "4400人", "城镇失业人员再就业4400人", "p01/review_2021_01.txt", "7359人", "城镇失业人员再就业7359人",
     7359, "人", "2020-12-31", "re-employment of urban unemployed"),
    ("p01", "2000人", "就业困难人员就业2000人", "p01/review_2021_01.txt", "3322人", "就业困难人员就业3322人",
     3322, "人", "2020-12-31", "employment of hard-to-employ persons"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p01", "p01/completion_2020.txt", "109.6%", "占计划安排资金的109.6%", "completion ratio of funds, not a target value"),
    ("p01", "p01/completion_2020.txt", "102.72亿元", "累计筹集拨付资金102.72亿元", "total funds raised; the plan text has no funds target"),
    ("p01", "p01/completion_2020.txt", "3.04%", "城镇登记失业率为3.04%", "unemployment rate: no such target in the (truncated) list"),
    ("p01", "p01/completion_2020.txt", "3万人", "实现城乡残疾人居家灵活就业3万人", "disabled persons' flexible employment, not the 妇女居家灵活就业培训1000人 training target"),
    ("p01", "p01/completion_2020.txt", "7140个", "开发公益性岗位7140个", "public-welfare posts: no target in the list"),
    ("p01", "p01/completion_2020.txt", "10170个", "学位10170个", "school places: target not in the truncated plan text"),
    ("p01", "p01/completion_2020.txt", "630元/月", "提高到630元/月", "低保 standard; plan only says 提高, no figure"),
    ("p01", "p01/completion_2020.txt", "6673万元", "重度残疾人护理补贴6673万元", "subsidy amount, the plan's 27013名 is a count of persons"),
    ("p01", "p01/review_2021_01.txt", "119.26%", "完成目标的119.26%", "completion ratio"),
    ("p01", "p01/review_2021_01.txt", "167.25%", "完成目标的167.25%", "completion ratio"),
    ("p01", "p01/review_2021_01.txt", "4.4万", "帮助4.4万农民工返岗就业", "migrant workers returning to jobs, not 城镇新增就业"),
    ("p01", "p01/review_2021_01.txt", "11798人", "安全运送返岗农民工11798人", "transport of workers, no target"),
]
