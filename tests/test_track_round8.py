"""Later texts as governments publish them (issue 17, eighth round of linking rules).

Every plan and later text here is invented for these tests (the places of the first two are
real, for the gazetteer knows their parts). Which figure reports on which indicator, its
value and its as-of date were worked out by hand:

* in a notice tracked for 苏州市, 张家港4所、常熟8所 are the schools of two of its county-level
  cities, named short, and a headline opening 吴江… is a text about its district 吴江区;
* 已开工的45所分布为：… opens a breakdown; 目前已开工45所 is begun, not done;
* 形成30家…名单 counts the names on a list; 有望突破… is hoped for, not reached;
* a text's year is not one it counts from (自2023年10月以来); 今年以来 in dated news holds on its day;
* a bare year carried from a note naming a 政府工作报告 given that year dates nothing in it:
  the report reviews the year before; a paragraph that opens with its period dates its figures;
* 首次突破3000亿元大关 passes the GDP on to the growth after it;
* 实际利用外资 after a ；-list is an indicator of its own, not "the actual value follows";
* a drafted name loses an opening year and 力争实现.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from test_track_progress import _rows

from plan_analysis.cli.main import main
from plan_analysis.extract.metadata import opens_with_sub_unit
from plan_analysis.extract.places import sub_unit_names
from plan_analysis.extract.quantities import extract_quantities


def test_the_units_below_a_city_by_full_and_short_name():
    names = sub_unit_names("苏州市")
    # 苏州市's county-level cities and districts (the 2023 division table).
    assert {"张家港市", "张家港", "常熟市", "常熟", "吴江区", "吴江", "姑苏区", "姑苏"} <= names
    assert "苏州" not in names  # its own short name
    assert "南京" not in names  # a unit of the same level elsewhere in the province
    assert "苏州市" in sub_unit_names("江苏省") and "吴江区" not in sub_unit_names("江苏省")


def test_a_municipality_has_its_districts_as_its_units():
    names = sub_unit_names("北京市")
    assert {"朝阳区", "朝阳", "海淀区", "延庆区"} <= names


def test_a_headline_opening_with_a_part_is_about_that_part():
    assert opens_with_sub_unit("吴江11所新改扩建学校秋季投用", "苏州市")
    assert opens_with_sub_unit("2025年常熟市民生实事进展", "苏州市")
    assert not opens_with_sub_unit("苏州市新改扩建学校秋季投用", "苏州市")
    assert not opens_with_sub_unit("全市新改扩建学校秋季投用", "苏州市")


SCHOOLS_PLAN = """苏州市2025年民生实事项目
一、新建和改扩建中小学、幼儿园40所。
二、新增公共停车泊位5000个。
"""

SCHOOLS_NOTICE = """苏州市2025年民生实事项目完成情况
发布时间：2026-01-10

一、新改扩建学校。全市全年新建和改扩建中小学、幼儿园42所，其中张家港4所、常熟8所。
二、公共停车泊位。全年新增公共停车泊位5600个。
"""

SCHOOLS_BY_PART = """苏州市2025年民生实事项目完成情况
发布时间：2026-01-10

1.新建和改扩建中小学、幼儿园40所
截至12月底，已建成投用学校张家港4所、常熟8所。
"""

PART_HEADLINE = """吴江11所新改扩建学校秋季投用
发布时间：2025-09-02

截至8月底，已新建和改扩建中小学、幼儿园11所，已新增公共停车泊位900个。
"""


def test_short_names_of_the_citys_parts_are_not_the_city(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, SCHOOLS_PLAN, 2025, SCHOOLS_NOTICE, PART_HEADLINE) == [
        ("40所", 42.0, "2025-12-31"),
        ("5000个", 5600.0, "2025-12-31"),
    ]


SCHOOLS_SO_FAR = """全市学校建设加快推进
发布时间：2025-09-02

今年以来，已新建和改扩建中小学、幼儿园31所，已新增公共停车泊位3900个。
"""


def test_this_year_so_far_holds_on_the_day_of_the_news(tmp_path: Path, capsys):
    # 今年以来 in news of 2 September: the year to that day.
    assert _rows(tmp_path, capsys, SCHOOLS_PLAN, 2025, SCHOOLS_SO_FAR) == [
        ("40所", 31.0, "2025-09-02"),
        ("5000个", 3900.0, "2025-09-02"),
    ]


def test_a_figure_named_last_by_a_part_is_that_parts(tmp_path: Path, capsys):
    # 学校张家港4所: the name ends with the part the count is of; no row reports on the city's 40所.
    assert _rows(tmp_path, capsys, SCHOOLS_PLAN, 2025, SCHOOLS_BY_PART) == []


BEGUN_PLAN = """长平市2025年为民办实事项目
一、新建改扩建中小学幼儿园60所。
二、新建城市口袋公园30个。
三、培育普惠托育机构40家。
"""

BEGUN_NOTICE = """长平市为民办实事项目三季度进展情况
发布时间：2025-10-15

截至9月底，学校项目目前已开工45所，其中幼儿园11所。已开工的45所分布为：市区20所、县区25所。
口袋公园全年任务30个，已建成18个，另有12个有望在年底前建成。
托育服务方面，形成30家市级普惠托育机构名单。
"""


def test_begun_breakdowns_lists_and_hopes_are_no_progress(tmp_path: Path, capsys):
    # Only 已建成18个 states what was done: 45所 began, 20所/25所 are its parts, 12个 is hoped
    # for and 30家 are names on a list.
    assert _rows(tmp_path, capsys, BEGUN_PLAN, 2025, BEGUN_NOTICE) == [("30个", 18.0, "2025-09-30")]


GDP_PLAN = """长平市2025年政府工作报告
2025年主要预期目标：地区生产总值增长6%左右，城镇新增就业5万人。
"""

COUNTED_FROM = """长平市经济运行持续向好
发布时间：2025-11-18

自2023年10月以来，长平市已连续两年保持较快增长。1—10月，全市城镇新增就业4.6万人。
"""


def test_a_year_counted_from_is_not_the_texts_year(tmp_path: Path, capsys):
    # The text is 2025's (its dateline); 2023 is where a run of growth began.
    assert _rows(tmp_path, capsys, GDP_PLAN, 2025, COUNTED_FROM) == [("5万人", 46000.0, "2025-10-31")]


REPORT_NOTE = """长平市2025年经济发展回顾
（据长平市2026年政府工作报告整理）

2025年，全市经济运行稳中有进。全市地区生产总值增长6.2%，城镇新增就业5.3万人。
"""

REPORT_NOTE_UNDATED = """长平市经济发展回顾
（据长平市2026年政府工作报告整理）

全市经济运行稳中有进。全市地区生产总值增长6.2%，城镇新增就业5.3万人。
"""


def test_a_paragraph_opening_with_its_year_dates_its_figures(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, GDP_PLAN, 2025, REPORT_NOTE) == [
        ("5万人", 53000.0, "2025-12-31"),
        ("6%左右", 6.2, "2025-12-31"),
    ]


def test_a_report_named_with_its_year_reviews_the_year_before(tmp_path: Path, capsys):
    # 2026年 names only the report the note is drawn from: its figures are 2025's.
    assert _rows(tmp_path, capsys, GDP_PLAN, 2025, REPORT_NOTE_UNDATED) == [
        ("5万人", 53000.0, "2025-12-31"),
        ("6%左右", 6.2, "2025-12-31"),
    ]


MILESTONE_PLAN = """长平市2025年政府工作报告
今年主要预期目标：地区生产总值增长7%左右，一般公共预算收入增长5%。
"""

MILESTONE_BULLETIN = """长平市2025年国民经济和社会发展统计公报
发布时间：2026-03-10

全年全市地区生产总值3187.1亿元，首次突破3000亿元大关，同比增长7.8%。一般公共预算收入增长4.1%。
"""


def test_a_milestone_passed_hands_the_subject_on_to_the_growth(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, MILESTONE_PLAN, 2025, MILESTONE_BULLETIN) == [
        ("5%", 4.1, "2025-12-31"),
        ("7%左右", 7.8, "2025-12-31"),
    ]


def test_foreign_investment_actually_used_is_an_indicator_not_an_actual_value():
    frame = extract_quantities(text="1—10月，全市规上工业增加值增长6.1%；实际利用外资2.3亿美元，增长8.3%。", year=2024)
    kinds = dict(zip(frame["text"], frame["kind"], strict=True))
    # A bulletin's 1—10月 figures are all reached: the 6.1% is no target whose actual value
    # follows, for 实际利用外资 names an indicator of its own.
    assert kinds == {"6.1%": "result", "2.3亿美元": "result", "8.3%": "result"}


def test_drafted_names_lose_an_opening_year_and_a_word_of_striving(tmp_path: Path, capsys):
    plan = tmp_path / "plan.txt"
    plan.write_text("长平市2025年工作要点\n2025年长平经济总量力争实现6400亿元，同比增长7.5%。\n", encoding="utf-8")
    data_root = tmp_path / "data"
    assert main(["--data-root", str(data_root), "draft", str(plan), "--plan", "p", "--year", "2025"]) == 0
    frame = pd.read_csv(data_root / "plans" / "p" / "indicators.csv", dtype=str)
    names = dict(zip(frame["quantity_text"], frame["name_zh"], strict=True))
    assert not names["6400亿元"].startswith("2025")
    assert "力争" not in names["6400亿元"] and "经济总量" in names["6400亿元"]
    assert "经济总量" in names["7.5%"]
