"""Later texts as governments publish them (issue 17, ninth round of linking rules).

Every plan and later text here is invented for these tests. Which figure reports on which
indicator, its value and its as-of date were worked out by hand:

* a title's 截至11月 is the end of November; a news lead naming 2021年一季度 dates what follows;
  a cut-off opening the third paragraph, after the occasion and the background, does too;
* 截至目前 opening a paragraph of dated news holds for the paragraph and for one going on
  with 此外, even under a headline that names 上半年 for its money;
* 已全部开工 and 有序推进 are work begun; 7所…建设已完成80% is the whole, not progress;
* in 在建设中的100所公办幼儿园里，已完工63所 the 63 are kindergartens; 已建成4669公里 after
  县乡公路路面改善提升工程全面复工 is the road work's, as 建成4000公里 is in the plan;
* 156座旅游厕所 counts what 旅游厕所285个 does; 今年的十件民生实事包括：… prints the plan;
* 按长平市…核算结果 names the source, not the place; 规模以上工业中港澳台投资企业产值 is a part;
* 城镇新增就业 is no 就业农村劳动力纳入城镇职工保险 count (shared words, other order), 残疾人
  就业 no 就业培训, 万元生产总值能耗 no GDP;
* …7359人，完成目标的167.25% was done; 预计…增长6% is an estimate; 获批2024年…示范城市
  names a title, not the period of the figures after it.
"""

from __future__ import annotations

from test_track_progress import _rows

WORKS_PLAN = """长平省2020年十件民生实事
（1）建设100所公办幼儿园。
（2）实施县乡公路路面改善提升工程，建成4000公里、开工8000公里。
（3）新建旅游厕所285个。
（4）改造农村户用卫生厕所15万户。
（5）改造城乡养老机构30个。
（6）通过公益性岗位安置就业困难人员6万人。
"""

WORKS_NEWS = """长平上半年十件民生实事完成投资309亿元
来源：长平日报　发布时间：2020-07-30

记者30日从省发展改革委了解到，2020年上半年，全省十件民生实事完成投资309亿元。

今年的十件民生实事包括：建设100所公办幼儿园、改造15万户农村户用卫生厕所等。

截至目前，在建设中的100所公办幼儿园里，已完工63所；公益性岗位安置就业困难人员4.87万人。

此外，县乡公路路面改善提升工程全面复工，已建成4669公里；30个城乡养老机构已全部开工；完成156座旅游厕所建设。
"""


def test_a_progress_news_of_the_day(tmp_path, capsys):
    # All hold on 30 July, the day of the news (截至目前, and 此外 going on with it); the
    # list of the items, the 30 homes begun and the 上半年 money report on nothing.
    assert _rows(tmp_path, capsys, WORKS_PLAN, 2020, WORKS_NEWS) == [
        ("100所", 63.0, "2020-07-30"),
        ("285个", 156.0, "2020-07-30"),
        ("4000公里", 4669.0, "2020-07-30"),
        ("6万人", 48700.0, "2020-07-30"),
    ]


PROJECTS_PLAN = """长平区2019年政府实事项目
一、在500家重点餐饮单位实施明厨亮灶。
二、新增就业岗位6万个。
"""

PROJECTS_TABLE = """长平区2019年政府实事项目推进情况（截至11月）
发布时间：2019年12月

| 序号 | 项目名称 | 项目当前形象进度 |
| 1 | 明厨亮灶 | 已在512家重点餐饮单位实施明厨亮灶。 |
| 2 | 就业岗位 | 新增就业岗位62806个。 |
"""


def test_a_titles_cut_off_month_is_its_end(tmp_path, capsys):
    assert _rows(tmp_path, capsys, PROJECTS_PLAN, 2019, PROJECTS_TABLE) == [
        ("500家", 512.0, "2019-11-30"),
        ("6万个", 62806.0, "2019-11-30"),
    ]


QUARTER_PLAN = """长平省2021年重点民生实事
一、改造城镇老旧小区50万户。
二、新建改建农村公路1万公里。
"""

QUARTER_NEWS = """长平重点民生实事进展顺利
来源：长平日报　时间：2021-05-04

4月30日从省发展改革委了解到，2021年一季度全省10件重点民生实事推进顺利。

●城镇老旧小区改造：完成老旧小区改造20.3万户。
"""

LATE_CUT_OFF = """长平省为民实事最新进展
发布时间：2021-08-15

8月13日，长平省人大常委会召开会议，听取了省政府关于民生工作的报告。

今年年初，长平省围绕群众最关心的问题，确定了十个方面30项为民实事。

在各级各部门合力推进下，截至7月底，30项为民实事整体进展顺利。

●已新建改建农村公路6200公里。
●长平省获批2021年全国城乡交通运输一体化示范省，改造城镇老旧小区31万户。
"""


def test_a_leads_period_dates_the_figures_after_it(tmp_path, capsys):
    assert _rows(tmp_path, capsys, QUARTER_PLAN, 2021, QUARTER_NEWS) == [("50万户", 203000.0, "2021-03-31")]


def test_a_cut_off_after_the_occasion_and_a_title_wons_year(tmp_path, capsys):
    # 截至7月底 opens the third paragraph; 2021年 names the title won, not the figure's period.
    assert _rows(tmp_path, capsys, QUARTER_PLAN, 2021, LATE_CUT_OFF) == [
        ("1万公里", 6200.0, "2021-07-31"),
        ("50万户", 310000.0, "2021-07-31"),
    ]


ECONOMY_PLAN = """长平区2023年政府工作报告
今年主要预期目标：地区生产总值增长6%，规模以上工业产值增长8%，实现5万名就业农村劳动力纳入城镇职工保险体系。
"""

ECONOMY_REVIEW = """长平区2023年经济运行情况
发布时间：2024-02-20

按长平市地区生产总值统一核算结果，2023年长平全区地区生产总值2323.54亿元，同比增长4.3%。全年城镇新增就业26万人。万元生产总值能耗下降3.5%。全年规模以上工业产值增长7.1%。规模以上工业中港澳台投资企业产值同比下降15.7%。
"""


def test_a_source_a_part_and_other_things(tmp_path, capsys):
    # 4.3% is the district's (the city only did the accounting); the firms of one kind, the new
    # jobs and the energy per output report on no indicator.
    assert _rows(tmp_path, capsys, ECONOMY_PLAN, 2023, ECONOMY_REVIEW) == [
        ("6%", 4.3, "2023-12-31"),
        ("8%", 7.1, "2023-12-31"),
    ]


JOBS_PLAN = """长平市2020年30件民生实事
一、促进就业。全市城镇新增就业27800人，城镇失业人员再就业4400人。
二、技能培训。开展妇女居家灵活就业培训1000人。
三、托育。建设公办托育机构7所，发展普惠托育机构29所。
"""

JOBS_REVIEW = """千方百计稳就业
来源：长平日报（2021年1月）

2020年全市就业成绩单如下：

——城镇新增就业32243人，完成目标的116%；
——城镇失业人员再就业7359人，完成目标的167.25%；
——实现城乡残疾人居家灵活就业3万人。

7所公办托育机构建设已完成80%，29所普惠托育机构的创建工作有序推进。
"""


def test_a_figure_before_its_completion_ratio_was_done(tmp_path, capsys):
    # The two 就业 lines report; disabled people in work are no trainees; the 7所 and 29所 are
    # the tasks, a share done and work under way.
    assert _rows(tmp_path, capsys, JOBS_PLAN, 2020, JOBS_REVIEW) == [
        ("27800人", 32243.0, "2020-12-31"),
        ("4400人", 7359.0, "2020-12-31"),
    ]


ESTIMATE_PLAN = """长平县2024年政府工作报告
今年主要预期目标：全县生产总值增长6%左右，一般公共预算收入增长5%。
"""

ESTIMATE_REVIEW = """长平县2025年政府工作报告
过去一年工作回顾
2024年，全县生产总值预计完成201.7亿元，同比增长6%；一般公共预算收入增长5.2%。
"""


def test_an_estimate_is_no_result(tmp_path, capsys):
    assert _rows(tmp_path, capsys, ESTIMATE_PLAN, 2024, ESTIMATE_REVIEW) == [("5%", 5.2, "2024-12-31")]


AREAS_PLAN = """长平区2024年为民办实事
一、整治提升重点区域环境面貌12个。
"""

AREAS_REVIEW = """长平区2024年为民办实事完成情况
发布时间：2025-01-10

全年整治提升重点区域环境面貌20处。
"""


def test_places_in_chu_count_what_ge_counts(tmp_path, capsys):
    # 12个 areas planned, 20处 done: 处 counts places as the plan's generic 个 does.
    assert _rows(tmp_path, capsys, AREAS_PLAN, 2024, AREAS_REVIEW) == [("12个", 20.0, "2024-12-31")]


# -- late in the round: written on track_blind13 once it was opened --------------------------

CITY_PLAN = """攀枝花市2023年政府工作报告
今年主要预期目标：地区生产总值增长6.5%，城镇新增就业5万人，新增高新技术企业500家，居民消费价格涨幅3%左右。
"""

DISTRICT_REPORT = """关于攀枝花市东区2023年国民经济和社会发展计划执行情况的报告
发布时间：2024-02-28

2023年，东区地区生产总值增长6.7%，城镇新增就业0.8万人。
"""

CITY_REVIEW = """攀枝花市2023年经济运行情况
发布时间：2024-01-25

三年间全市新增高新技术企业1500家，城镇新增就业15万人。
2023年，全市高新技术企业总数达到3000家。报告回顾，过去一年全国经济总体回升向好，国内生产总值增长5.2%。
攀枝花城镇新增就业5.6万人。
9月份，全市居民消费价格同比下降0.8%。
"""


def test_a_districts_report_and_other_wholes(tmp_path, capsys):
    # 攀枝花市东区 is a part (its text says so after 关于 and the city's name); 三年间 sums three
    # years; 总数 is the stock, not the year's 新增; 国内生产总值 is the country's; 9月份 is one
    # month; 攀枝花城镇新增就业 is the city's own (城镇 is no place).
    assert _rows(tmp_path, capsys, CITY_PLAN, 2023, DISTRICT_REPORT, CITY_REVIEW) == [("5万人", 56000.0, "2023-12-31")]


PAST_ESTIMATE_PLAN = """长平市第十届人民代表大会开幕
来源：长平日报　2021-01-22

记者从会上了解到，长平预计2020年全年实现地区生产总值1040亿元、增长4%；2021年地区生产总值增长7.5%。
"""

PAST_ESTIMATE_BULLETIN = """2021年上半年长平市经济形势
发布时间：2021-07-20

上半年，全市地区生产总值561.96亿元，同比增长11.1%。
"""


def test_a_past_years_whole_is_no_target(tmp_path, capsys):
    # 预计2020年全年… in the report of 2021 is last year's outcome: only 7.5% is a target.
    assert _rows(tmp_path, capsys, PAST_ESTIMATE_PLAN, 2021, PAST_ESTIMATE_BULLETIN) == [("7.5%", 11.1, "2021-06-30")]


DATELINE_NEWS = """2024年长平GDP同比增长5.8%
中新网长平1月22日电

长平省政府新闻办22日召开新闻发布会，通报2024年长平经济运行情况。全省全年实现生产总值6001亿元，按不变价格计算，比上年增长5.8%。
"""

PROVINCE_PLAN = """长平省2024年政府工作报告
今年主要预期目标：地区生产总值增长6%左右。
"""


def test_a_datelines_day_is_not_the_period(tmp_path, capsys):
    assert _rows(tmp_path, capsys, PROVINCE_PLAN, 2024, DATELINE_NEWS) == [("6%左右", 5.8, "2024-12-31")]


INDUSTRY_PLAN = """长平市2023年国民经济和社会发展计划
主要预期目标：规上工业增加值增长7.5%以上。
"""

LOOK_BACK = """回顾2023——《政府工作报告》解读
来源：长平新闻网

重点产业融合破局。工业经济结构调整，规上工业增加值增长5.4%。
"""


def test_a_title_looking_back_on_a_bare_year_dates_its_figures(tmp_path, capsys):
    # 回顾2023 (no 年) names the year reviewed, as 回顾2023年 does.
    assert _rows(tmp_path, capsys, INDUSTRY_PLAN, 2023, LOOK_BACK) == [("7.5%以上", 5.4, "2023-12-31")]
