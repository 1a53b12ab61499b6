"""Hand labels of writer tb12a (track_blind12): 民生实事 lists of cities/districts against later completion texts."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p01", "四川省眉山市", "p01/plan.txt", 2020,
     ["p01/completion_2020.txt", "p01/review_2021_01.txt"],
     ["https://m.yybnet.net/meishan/renshou/202005/10455453.html",
      "http://www.yybnet.net/meishan/news/202101/11169746.html",
      "https://m.yybnet.net/meishan/news/202101/11204360.html"]),
    ("p02", "江苏省苏州市姑苏区", "p02/plan.txt", 2019,
     ["p02/progress_2019_11.txt"],
     ["https://imationlatam.com/news/201901/154721229675592.shtml",
      "http://www.020xianhua.com/gsq/c100256/201912/35314e566db949979c876079e8c49c96.shtml"]),
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
    ("p02", "60000个", "全年新增60000个就业岗位", "p02/progress_2019_11.txt", "62806个", "新增就业岗位62806个",
     62806, "个", "2019-11-30", "new job posts, 截至11月 progress"),
    ("p02", "10000个", "其中大学生就业岗位10000个", "p02/progress_2019_11.txt", "15311个", "大学生就业岗位15311个",
     15311, "个", "2019-11-30", "job posts for graduates (sub-item of the same list entry, has its own target)"),
    ("p02", "25000人", "城镇新增就业人数25000人", "p02/progress_2019_11.txt", "25018人", "城镇新增就业人数25018人",
     25018, "人", "2019-11-30", "new urban employment"),
    ("p02", "500家", "在500家餐饮单位中推行", "p02/progress_2019_11.txt", "500家", "500家重点餐饮单位已全部接入平台",
     500, "家", "2019-11-30", "明厨亮灶 restaurants: all 500 connected (achieved count, same indicator)"),
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
    ("p02", "p02/progress_2019_11.txt", "60000个", "全年新增60000个就业岗位", "target restated in the progress table"),
    ("p02", "p02/progress_2019_11.txt", "25000人", "城镇新增就业人数25000人", "target restated in the progress table"),
    ("p02", "p02/progress_2019_11.txt", "4500个", "援助困难弱势群体就业岗位4500个", "target restated; its result is cut off"),
    ("p02", "p02/progress_2019_11.txt", "500家", "在500家重点餐饮单位中实施", "target restated in the 实施内容 column"),
    ("p02", "p02/progress_2019_11.txt", "60000个", "新增社保参保人数60000个", "a different target (social insurance) restated, same number as the jobs target"),
    ("p02", "p02/progress_2019_11.txt", "8500名", "8500名8周岁年龄组学生", "target restated; no achieved figure"),
    ("p02", "p02/progress_2019_11.txt", "95.00%", "206 | 95.00%", "work completion ratio of the project"),
    ("p02", "p02/progress_2019_11.txt", "350", "| 350 |", "planned investment (万元) of the year, not in the plan list"),
    ("p02", "p02/progress_2019_11.txt", "2000人", "支持成功自主创业2000人", "target only in the later table, no result given"),
]
