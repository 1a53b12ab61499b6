"""Later texts as governments publish them (issue 17, seventh round of linking rules).

Every plan and later text here is invented for these tests. Which figure reports on
which indicator, its value and its as-of date were worked out by hand:

* a news text whose lead says 截至10月底 dates the figures after it that state no period
  (and 目前已…) at 10-31, not at the day it was published nor at the year before;
* …计划建成农村公路200公里，目前已完成路面铺设216公里: the target printed right before a
  figure, in its unit, names what the figure counts; 农贸市场 is no place (市场);
* 牵头两项：新增助餐点200个… then 其中全市新增助餐点236个: of two values for one indicator,
  the one equal to the target with no word of completion is the task restated;
* 12月份…失业率为5.1%, 9月份为5.2% and 三季度增长4.8% are a month's and a quarter's, not the
  period to date (前三季度 and 1—9月份 are);
* 便民菜场 and 农贸菜场 are two kinds of market;
* 今年上半年 in a text published in 2025 that first names 2018 is 2025's half year;
* …生产总值1401879亿元，首次跃上140万亿元台阶，按不变价格计算增长5.0%: the growth is the GDP's;
* 新增就业人数超1200万 with no unit counts people (就业人数): 12,000,000 人;
* 开工建设人民路东口、…等10个口袋公园: the places before 等 are examples, the indicator is the
  parks; a title saying the year's tasks are done (完成年度民生工程目标任务) makes a report
  whose undated figures hold on its day; 20公里中已完成7.4公里: the 20 is the whole, the target;
* in a text tracked for a plan that names no place (我市…), a figure named by a province
  (河南省GDP…) is another place's; a province named as the source (据吉林省政府网站消息，…
  长平市GDP…) is not the place reported on.
"""

from __future__ import annotations

from pathlib import Path

from test_track_progress import _rows

ITEMS_PLAN = """长平市2025年为民办实事项目
一、建成农村公路200公里；实施农村公路安保工程300公里。
二、新建或改造社区便利店80个，升级改造城乡农贸市场20个。
三、新增公交线路7条。
"""

PROGRESS_NEWS = """长平市为民办实事项目进展顺利
发布时间：2025-11-21　来源：长平日报

记者20日从市政府办公厅了解到，截至10月底，今年市委、市政府为民办实事项目中，已有部分项目提前完成年度目标。
今年计划建成农村公路200公里，目前已完成路面铺设216公里；农村公路安保工程计划300公里，现已完成344公里。
城乡农贸市场计划升级改造20个，目前已建成12个，另有8个正在改造。
公交线路计划新增7条，现已新增9条；优化公交线路41条。
"""


def test_a_lead_cut_off_dates_the_figures_and_the_target_before_names_them(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, ITEMS_PLAN, 2025, PROGRESS_NEWS) == [
        ("200公里", 216.0, "2025-10-31"),
        ("20个", 12.0, "2025-10-31"),
        ("300公里", 344.0, "2025-10-31"),
        ("7条", 9.0, "2025-10-31"),
    ]


MEALS_PLAN = """长平市2025年民生实事项目
"幸福助老"（市民政局牵头）：
一是新增老年助餐服务点200个；
二是新增认知障碍照护专区床位800张。
"""

MEALS_NOTICE = """2025年市民政局民生实事项目第四季度进展情况
发布单位：长平市民政局　时间：2026-01-05

市民政局在"幸福助老"民生实事项目中牵头两项：新增老年助餐服务点200个、新增认知障碍照护专区床位800张。截至12月底，两项任务均已超额完成。其中全市新增老年助餐服务点236个，完成率118%；新增认知障碍照护专区床位900张，完成率112.5%。
"""


def test_the_task_restated_gives_way_to_what_was_done(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, MEALS_PLAN, 2025, MEALS_NOTICE) == [
        ("200个", 236.0, "2025-12-31"),
        ("800张", 900.0, "2025-12-31"),
    ]


NATIONAL_PLAN = """2025年国务院政府工作报告（摘要）
2025年发展的主要预期目标是：国内生产总值增长5%左右，城镇调查失业率5.5%左右，居民消费价格涨幅2%左右。
"""

YEAR_RELEASE = """2025年国民经济运行情况
发布时间：2026-01-19

初步核算，2025年国内生产总值1401879亿元，首次跃上140万亿元台阶，按不变价格计算比上年增长5.0%。分季度看，一季度增长5.4%，二季度增长5.2%，三季度增长4.8%，四季度增长4.5%。
就业：全年城镇调查失业率平均值是5.2%，12月份全国城镇调查失业率为5.1%。
价格：全年居民消费价格上涨0.2%，12月份居民消费价格同比上涨0.8%。
"""


THREE_QUARTERS = """2025年前三季度国民经济运行情况
发布时间：2025-10-20

前三季度，国内生产总值同比增长5.2%，其中三季度增长4.8%。1—9月份，全国城镇调查失业率平均值为5.2%，9月份为5.3%。
"""


def test_a_month_or_a_later_quarter_on_its_own_is_not_the_year(tmp_path: Path, capsys):
    # (分季度看，… lists the quarters as parts of the year: none reports on it.)
    assert _rows(tmp_path, capsys, NATIONAL_PLAN, 2025, YEAR_RELEASE, THREE_QUARTERS) == [
        ("2%左右", 0.2, "2025-12-31"),
        ("5%左右", 5.0, "2025-12-31"),
        ("5%左右", 5.2, "2025-09-30"),
        ("5.5%左右", 5.2, "2025-09-30"),
        ("5.5%左右", 5.2, "2025-12-31"),
    ]


MARKET_PLAN = """长平区2025年政府工作报告
改造提升农贸菜场10个，新建公共停车场8个。
"""

MARKET_NEWS = """长平区2025年城市更新成效
发布时间：2026-01-10

2025年，全区新建改建停车场9个、活动广场31个、便民菜场14个。
"""


def test_two_kinds_of_market_are_two_things(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, MARKET_PLAN, 2025, MARKET_NEWS) == [("8个", 9.0, "2025-12-31")]


PROVINCE_PLAN = """秦川省2025年政府工作报告
今年主要预期目标：地区生产总值增长6%左右，固定资产投资增长8%。
"""

PRESS = """新闻发布会：秦川上半年全省生产总值增长6.2%
发布时间：2025-08-13

省委书记介绍，2018年全省经济总量接近1.8万亿元。今年上半年，全省生产总值增长6.2%，保持较快发展速度。
"""


def test_this_year_is_the_year_a_text_was_published(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, PROVINCE_PLAN, 2025, PRESS) == [("6%左右", 6.2, "2025-06-30")]


CITY_PLAN = """我市2025年工作总体要求和主要目标确定
今年主要预期目标：地区生产总值增长6.5%左右，规模以上工业增加值增长8%。
"""

CITY_NEWS = """长平日报客户端记者 张三
日前,省统计局发布了2025年上半年各市经济运行情况。
今年上半年,河南省GDP同比增长5.7%,比全国平均5.3%的水平高。
据河南省统计局消息，上半年全市规模以上工业增加值同比增长8.4%。
"""


def test_another_province_naming_a_figure_is_not_the_citys_and_a_source_is_no_place(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, CITY_PLAN, 2025, CITY_NEWS) == [("8%", 8.4, "2025-06-30")]


NAMED_CITY_PLAN = """长平市2025年政府工作报告
今年主要预期目标：地区生产总值增长6.5%左右。
"""

SOURCE_NEWS = """一季度长平市经济运行情况
发布时间：2025-04-25

据吉林省政府网站消息，省统计局反馈的核算结果显示：一季度，长平市GDP实现1534.4亿元，同比增长7.1%。
"""


def test_a_province_named_as_the_source_is_not_the_place_reported_on(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, NAMED_CITY_PLAN, 2025, SOURCE_NEWS) == [("6.5%左右", 7.1, "2025-03-31")]


JOBS_PLAN = """2025年国务院政府工作报告（摘要）
2025年发展的主要预期目标是：城镇新增就业1100万人以上，全社会固定资产投资增长5%。
"""

JOBS_RELEASE = """2025年中国经济成绩单出炉
发布时间：2026-01-18

民生方面，2025年新增就业人数超1200万。
"""


def test_a_multiplier_with_no_unit_counts_what_the_word_before_it_names(tmp_path: Path, capsys):
    # (超1200万 after 就业人数: 12,000,000 people, a lower bound taken as the value.)
    assert _rows(tmp_path, capsys, JOBS_PLAN, 2025, JOBS_RELEASE) == [("1100万人以上", 12000000.0, "2025-12-31")]


PARKS_PLAN = """长平市2025年政府工作报告
打造园林景观，开工建设人民路东口、龙泉街与兴华路交叉口等10个口袋公园。建设休闲步行道20公里。
"""

PARKS_NEWS = """长平市完成年度民生工程目标任务——20项民生工程利民惠民便民
发布时间：2025-12-29

民生服务：利用城市边角地、闲置地，新建12个小而精的口袋公园。休闲步行道20公里中已完成7.4公里。
"""


def test_a_title_saying_the_years_tasks_are_done_reports_and_examples_before_deng_name_nothing(tmp_path: Path, capsys):
    # (The places before 等 are examples: the indicator is the 口袋公园. The title says the
    # year's tasks are done: its undated figures hold on the day it was published. 20公里中 is
    # the whole the 7.4 km done are of.)
    assert _rows(tmp_path, capsys, PARKS_PLAN, 2025, PARKS_NEWS) == [
        ("10个", 12.0, "2025-12-29"),
        ("20公里", 7.4, "2025-12-29"),
    ]
