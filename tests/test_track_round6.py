"""Later texts as governments publish them (issue 17, sixth round of linking rules).

Every plan and later text here is invented for these tests. Which figure reports on
which indicator, its value and its as-of date were worked out by hand:

* a bulletin line wrapped after a comma (…生产总值5000亿元，⏎按不变价格计算，比上年增长5.4%)
  goes on naming the GDP: 5.4 reports on its growth target;
* in a review, the next year's targets after 今年…主要预期目标是： are a plan, and so are
  unmarked lines under 落点（2026年）：; lines under 亮点（2025年）： report on 2025;
* 近两年，进出口总额分别增长57%、45.9%, published in 2026: 57 is 2024's, 45.9 is 2025's;
* 各月调查失业率处在5%至5.3%之间 is a spread, no value;
* 城镇登记失业率 and 城镇调查失业率 are two indicators;
* 规模以上工业增加值 is a part of 工业增加值 (a bulletin's 工业增加值 may still report on a
  规模以上 target);
* 省级重点项目 and 市级重点项目 are different lists;
* 名 counts people as 人 does, and 家 what a plan counts in 个;
* a table row's item does not name a figure followed by a noun of its own (组建5个名师团队);
* 东湖片区9条市政道路 are one area's, and 8条道路被评为… won a title: neither is progress;
* 为380个老旧小区引入物业服务 counts what was done for 380 estates, not 老旧小区综合整治 (and a
  line wrapped before it does not lend it the name of the figure before the break);
* a national report's 合理区间 names no 合理区; a heading saying the targets' progress will be
  monitored (对…完成情况进行监测) is a plan's.
"""

from __future__ import annotations

from pathlib import Path

from test_track_progress import _rows

from plan_analysis.extract.metadata import guess_metadata
from plan_analysis.extract.quantities import extract_quantities
from plan_analysis.text.outline import outline

GDP_PLAN = """秦川省2025年政府工作报告
今年主要预期目标：地区生产总值增长5%左右，一般公共预算收入增长4%。
"""

WRAPPED_BULLETIN = """2025年秦川省经济运行情况
发布时间：2026-01-21

根据地区生产总值统一核算结果，2025年全省实现地区生产总值5000亿元，
按不变价格计算，比上年增长5.4%。全年一般公共预算收入增长4.8%。
"""


def test_a_line_wrapped_after_a_comma_goes_on_naming_the_figure_before(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, GDP_PLAN, 2025, WRAPPED_BULLETIN) == [
        ("4%", 4.8, "2025-12-31"),
        ("5%左右", 5.4, "2025-12-31"),
    ]


JOBS_PLAN = """秦川省2025年政府工作报告
今年主要预期目标：地区生产总值增长5%左右，城镇新增就业47万人左右，社会消费品零售总额增长5%以上。
"""

REVIEW_AND_TARGETS = """秦川省人代会开幕 政府工作报告回顾2025年、部署2026年
发布时间：2026-01-28

报告说，2025年全省地区生产总值增长3.7%，城镇新增就业48万人。

今年经济社会发展的主要预期目标是：地区生产总值增长4.5%左右；城镇新增就业45万人以上；居民消费价格涨幅2%左右。
"""

HIGHLIGHTS = """政府工作报告里的秦川亮点与落点
发布时间：2026年03月06日

秦川亮点（2025年）：
城镇新增就业48万人
社会消费品零售总额增长1.4%
秦川落点（2026年）：
社会消费品零售总额增长4%左右
城镇新增就业45万人以上
"""


def test_next_years_targets_in_a_review_are_a_plan(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, JOBS_PLAN, 2025, REVIEW_AND_TARGETS) == [
        ("47万人左右", 480000.0, "2025-12-31"),
        ("5%左右", 3.7, "2025-12-31"),
    ]


def test_unmarked_lines_under_a_dated_label_take_its_year(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, JOBS_PLAN, 2025, HIGHLIGHTS) == [
        ("47万人左右", 480000.0, "2025-12-31"),
        ("5%以上", 1.4, "2025-12-31"),
    ]


TRADE_PLAN = """秦川省2025年政府工作报告
今年主要预期目标：进出口总额增长10%左右。
"""

TWO_YEARS = """秦川省新闻发布会
发布时间：2026-05-21

近两年，全省进出口总额分别增长57%、45.9%，中欧班列开行量居全国前列。
"""


def test_a_list_over_the_latest_years_gives_one_figure_a_year(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, TRADE_PLAN, 2025, TWO_YEARS) == [("10%左右", 45.9, "2025-12-31")]


UNEMPLOYMENT_PLAN = """2025年国务院政府工作报告（摘要）
保持经济运行在合理区间。
2025年发展的主要预期目标是：城镇新增就业1100万人以上，城镇调查失业率5.5%左右，城镇登记失业率4.5%以内。
"""

UNEMPLOYMENT_NEWS = """2025年我国城镇新增就业1300万人
发布时间：2026-01-29

2025年全国城镇新增就业1300万人。2025年各月全国城镇调查失业率处在5%至5.3%之间。
2025年末，城镇登记失业率为3.6%。
"""


def test_registered_and_surveyed_unemployment_are_two_indicators_and_a_range_no_value(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, UNEMPLOYMENT_PLAN, 2025, UNEMPLOYMENT_NEWS) == [
        ("1100万人以上", 13000000.0, "2025-12-31"),
        ("4.5%以内", 3.6, "2025-12-31"),
    ]


def test_a_range_of_values_is_no_place():
    metadata = guess_metadata(UNEMPLOYMENT_PLAN, outline(UNEMPLOYMENT_PLAN), year=2025)
    assert metadata["place"].value is None


INDUSTRY_PLAN = """秦川省2025年政府工作报告
今年主要预期目标：工业增加值增长6.5%，一般公共预算收入增长4%。
"""

INDUSTRY_NEWS = """2025年秦川规上工业增加值增长3.3%
发布时间：2026-02-20

2025年，全省规模以上工业增加值比上年增长3.3%，一般公共预算收入增长4.8%。
"""

INDUSTRY_PLAN_OF_LARGER_FIRMS = """秦川省2025年政府工作报告
今年主要预期目标：规模以上工业增加值增长7%。
"""

INDUSTRY_NEWS_SHORT = """2025年秦川省经济运行情况
发布时间：2026-01-20

2025年，全省工业增加值增长7.2%。
"""


def test_a_figure_of_larger_firms_is_a_part_of_all_industry(tmp_path: Path, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert _rows(tmp_path / "a", capsys, INDUSTRY_PLAN, 2025, INDUSTRY_NEWS) == [("4%", 4.8, "2025-12-31")]
    assert _rows(tmp_path / "b", capsys, INDUSTRY_PLAN_OF_LARGER_FIRMS, 2025, INDUSTRY_NEWS_SHORT) == [
        ("7%", 7.2, "2025-12-31")
    ]


PROJECTS_PLAN = """青岚市2025年政府工作报告
全年实施省级重点项目120个，新增高新技术企业300个，新增技能人才2万人。
"""

PROJECTS_REVIEW = """青岚市2025年工作回顾
发布时间：2026-01-15

全年建成投用市级重点项目340个。新增高新技术企业326家，新增技能人才2.3万名。
"""


def test_lists_of_other_levels_differ_and_classifiers_of_the_same_things_meet(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, PROJECTS_PLAN, 2025, PROJECTS_REVIEW) == [
        ("2万人", 23000.0, "2025-12-31"),
        ("300个", 326.0, "2025-12-31"),
    ]


TABLE_PLAN = """青岚区2025年民生实事项目
一、创建乡村示范学校5所以上，培育精品课程10个。
二、新增托位1140个。
"""

TABLE_PROGRESS = """青岚区2025年民生实事项目进展情况（截至8月底）
发布时间：2025-09-05

| 序号 | 项目内容 | 进展情况 |
| 1 | 创建乡村示范学校5所以上，培育精品课程10个 | 已安排资金190万元，组建5个名师团队和2个美育团队 |
| 2 | 新增托位1140个 | 已新增托位900个 |
"""


def test_a_rows_item_does_not_name_a_figure_with_a_noun_of_its_own(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, TABLE_PLAN, 2025, TABLE_PROGRESS) == [("1140个", 900.0, "2025-08-31")]


MONITORED_PLAN = """秦川省2025年省《政府工作报告》重点工作分工方案

一、对以下经济社会发展预期目标的完成情况进行监测和督导：地区生产总值增长5%以上，城镇新增就业47万人左右。
"""


def test_targets_whose_progress_will_be_monitored_are_targets():
    frame = extract_quantities(text=MONITORED_PLAN, year=2025)
    # (growth is the kind of a planned rate of change; before, both were taken for results.)
    assert list(zip(frame["text"], frame["kind"], strict=True)) == [("5%以上", "growth"), ("47万人左右", "target")]


ROADS_PLAN = """青岚区2025年十件民生实事
建成通车市政道路11条，绿化亮化道路6条。
"""

ROADS_NEWS = """青岚区2025年城市建设成效
发布时间：2026-02-10

城市形象方面，高标准建成东湖片区9条市政道路，永安路等8条道路被评为全市最佳道路。全年建成通车市政道路12条。
"""


def test_a_named_areas_count_and_a_count_of_winners_are_no_progress(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, ROADS_PLAN, 2025, ROADS_NEWS) == [("11条", 12.0, "2025-12-31")]


ESTATES_PLAN = """青岚市2025年政府工作报告
实施500个老旧小区综合整治，治理背街小巷1100条。
"""

ESTATES_NEWS = """青岚市2025年城市更新成效
发布时间：2026-01-25

全年治理背街小巷1200条，生活垃圾回收利用率达到43%，
为380个老旧小区引入物业服务。
"""


def test_a_count_of_what_was_done_for_things_reports_only_on_that_deed(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, ESTATES_PLAN, 2025, ESTATES_NEWS) == [("1100条", 1200.0, "2025-12-31")]
