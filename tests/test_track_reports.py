"""Later texts as governments publish them (issue 17, fourth round of linking rules).

The plans and later texts are written for these tests. Which figure reports on
which indicator, its value and its as-of date were decided by hand:

* an untitled half-year bulletin (上半年全省生产总值…同比增长6.1%, published in
  July) reports: 6.1 at 06-30; a sentence naming no period takes its paragraph's
  (投资方面，上半年…；⏎ is one paragraph, 全省固定资产投资增长5% in the next
  sentence is 06-30 too);
* the plan's look back (刚过去的2022年，预计全省生产总值增长3.5%左右) is no target;
* a breakdown (按消费形态分，商品零售增长6.3%) is a part, not 社会消费品零售总额;
* 城镇、农村居民人均可支配收入分别增长5%、7% are two indicators, and the second 分别
  list of a review (分别为…元和…元，分别增长4.3%和6.2%) reports on them in order, at
  the end of the year its paragraph names (2023年…。按常住地分，…: 2023-12-31);
* 星城以5.8%的增速居首 is the city's economic growth: its 地区生产总值增长;
* a notice titled …全部完成 published on 12-14 reports what its 今年 sentences say,
  as of that day.
"""

from __future__ import annotations

from pathlib import Path

from test_track_progress import _rows

PROVINCE_PLAN = """青川省2023年政府工作报告（摘要）

一、2022年工作回顾
报告说，刚过去的2022年，预计全省生产总值增长3.5%左右，固定资产投资增长9%左右。

二、2023年主要预期目标
——全省生产总值增长6.5%左右；
——固定资产投资增长10%以上；
——社会消费品零售总额增长9.5%；
——城镇、农村居民人均可支配收入分别增长5%、7%。
"""

HALF_YEAR = """青川省上半年生产总值23073亿元 同比增长6.1%
发布时间：2023-07-31

上半年全省生产总值23073亿元，按不变价格计算，同比增长6.1%。
投资方面，上半年各地加快项目建设。全省固定资产投资增长5%。
按消费形态分，商品零售增长6.3%，餐饮收入增长4.9%。
"""

YEAR_REVIEW = """2023年青川省主要经济数据一览
2023年全省居民人均可支配收入36007元。按常住地分，城镇、农村居民人均可支配收入分别为47514元和22673元，分别增长4.3%和6.2%。
"""


def test_an_untitled_bulletin_reports_and_the_plans_look_back_is_no_target(tmp_path: Path, capsys):
    rows = _rows(tmp_path, capsys, PROVINCE_PLAN, 2023, HALF_YEAR)
    assert rows == [("10%以上", 5.0, "2023-06-30"), ("6.5%左右", 6.1, "2023-06-30")]


def test_a_second_list_of_the_same_items_reports_on_each(tmp_path: Path, capsys):
    rows = _rows(tmp_path, capsys, PROVINCE_PLAN, 2023, YEAR_REVIEW)
    assert rows == [("5%", 4.3, "2023-12-31"), ("7%", 6.2, "2023-12-31")]


CITY_PLAN = """星城市2024年政府工作报告
今年全市经济社会发展的主要预期目标是：地区生产总值增长5.7%以上，固定资产投资增长5%。
"""

CITY_NEWS = """2024年主要城市经济数据
发布时间：2025-01-25
经济总量前十的城市中，星城以5.8%的增速居首。
"""


def test_a_city_growing_at_a_rate_is_its_economy(tmp_path: Path, capsys):
    # 今年全市… opens the plan's sentence: no other place's targets.
    assert _rows(tmp_path, capsys, CITY_PLAN, 2024, CITY_NEWS) == [("5.7%以上", 5.8, "2024-12-31")]


LIST_PLAN = """云台新区2022年民生实事
一、创设公益性岗位4700个。
二、为675家村卫生室配备随访设备，为85家中心村卫生室配备除颤仪。
"""

LIST_DONE = """云台新区2022年民生实事全部完成
发布时间：2022-12-14
新区今年创设城乡公益性岗位7250个。新区今年为675家村卫生室及85家中心村卫生室配备了理疗设备。
"""


def test_a_completion_notice_reports_each_item_as_of_its_day(tmp_path: Path, capsys):
    # 城乡 is no place; 675家 and 85家 both name 村卫生室: each goes to the item it equals.
    rows = _rows(tmp_path, capsys, LIST_PLAN, 2022, LIST_DONE)
    assert rows == [("4700个", 7250.0, "2022-12-14"), ("675家", 675.0, "2022-12-14"), ("85家", 85.0, "2022-12-14")]
