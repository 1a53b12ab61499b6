"""Later texts as governments publish them (issue 17, fifth round of linking rules).

Every plan and later text here is invented for these tests. Which figure reports on
which indicator, its value and its as-of date were worked out by hand:

* a review published in January 2026, titled …回顾2025年, reviews 2025: its 过去一年 and
  its undated figures are 2025's, so nothing of it reports on a 2024 plan, while a
  2025 plan gets 5.1 (GDP) at 2025-12-31;
* 较一季度加快 compares with the first quarter: the half year's figures after it hold
  at 06-30;
* ●-items under 计划列出的2023年重点工作包括： are 2023's plan, not 2022's progress;
* 争取到位上级资金 says money was secured: the review goes on reporting after it;
* 非能源工业增加值 is no 能源工业增加值, and 固定资产投资价格 no 固定资产投资;
* 义务教育学校19个 counts schools, not the plan's 义务教育学位;
* 上半年全省生产总值23073亿元 is half a year's sum, no progress on a level for 2027;
* 万州经开区 is a part of 万州区, and its figures are not the district's;
* 城乡居民收入分别增长6.5%和8% are two indicators (城镇, 农村);
* a notice's 目标任务: lines print the plan again (水站20个 is no progress), its 完成情况:
  lines report (and 已开工20座 is work begun);
* a table whose cells hold several sentences names its columns: the 10月完成情况
  column reports at 10-31, the 目标任务 column is the plan;
* 新吸收8所, 总数达到60所: the total reports on the indicator;
* "…海塘18.4公里""…857户以上"等5个项目…均如期完成 quotes the items' names;
* a headline quoting the plan's target, its body stating it again, drafts one indicator;
* 2021年广西GDP增长7.5%，南宁市…领跑全区 is about 广西 (its capital named after it), while
  2021年桂林… opens with another place, named bare; a profit of 规模以上 firms is no
  规模以上工业增加值.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from test_track_progress import _rows

from plan_analysis.cli.main import main
from plan_analysis.extract.metadata import title_place

REVIEW_2025 = """秦川省政府工作报告回顾2025年：地区生产总值增长5.1%
发布时间：2026-01-27

刚刚过去的一年，全省地区生产总值增长5.1%，城镇新增就业44.1万人。

过去一年，全省规模以上工业增加值增长7.3%。
"""

PLAN_2024 = """秦川省2024年政府工作报告
今年主要预期目标：地区生产总值增长5.5%左右，城镇新增就业40万人，规模以上工业增加值增长6%。
"""

PLAN_2025 = """秦川省2025年政府工作报告
今年主要预期目标：地区生产总值增长5.5%左右，规模以上工业增加值增长6.5%。
"""


def test_a_review_published_in_january_reviews_the_year_before(tmp_path: Path, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert _rows(tmp_path / "a", capsys, PLAN_2024, 2024, REVIEW_2025) == []
    assert _rows(tmp_path / "b", capsys, PLAN_2025, 2025, REVIEW_2025) == [
        ("5.5%左右", 5.1, "2025-12-31"),
        ("6.5%", 7.3, "2025-12-31"),
    ]


HALF_YEAR = """2024年上半年秦川省经济运行情况
上半年，全省规模以上工业增加值同比增长7.3%，较一季度加快0.3个百分点。全省服务业增加值增长3.5%。
"""

INDUSTRY_PLAN = """秦川省2024年政府工作报告
今年主要预期目标：规上工业增加值增长6%，服务业增加值增长5%，能源工业增加值增长5%，非能工业增加值增长7.5%，固定资产投资增长3%。
"""


def test_a_period_compared_with_is_not_the_period_of_the_figures(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, INDUSTRY_PLAN, 2024, HALF_YEAR) == [
        ("5%", 3.5, "2024-06-30"),
        ("6%", 7.3, "2024-06-30"),
    ]


ENERGY = """2024年上半年秦川省工业运行情况
上半年，全省能源工业增加值同比增长9.2%，非能源工业增加值同比增长3.7%，固定资产投资价格下降2.3%。
"""


def test_non_and_price_make_other_amounts(tmp_path: Path, capsys):
    # 非能工业 and 非能源工业 are one; 能源工业 is neither; a price index is no investment.
    assert _rows(tmp_path, capsys, INDUSTRY_PLAN, 2024, ENERGY) == [
        ("5%", 9.2, "2024-06-30"),
        ("7.5%", 3.7, "2024-06-30"),
    ]


DISTRICT_PLAN = """龙岭区2022年国民经济和社会发展计划
全年新增学位2万个，新建道路35条。
"""

EXECUTION = """龙岭区发布2022年计划执行情况与2023年计划
发布时间：2023-03-04

计划列出的2023年重点工作包括：

●新建、改扩建义务教育学校12所，新增学位超2万座。

●推动富安路等30条道路建成通车。
"""


def test_items_under_a_line_naming_next_year_are_its_plan(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, DISTRICT_PLAN, 2022, EXECUTION) == []


CITY_PLAN = """通川市2023年政府工作报告
主要目标是：社会消费品零售总额增长7%，一般公共预算收入增长7%。
"""

CITY_REVIEW = """通川日报 2024年5月28日
2023年，全市地区生产总值增长5.2%。争取到位上级项目资金89.1亿元，增长26.8%。社会消费品零售总额完成344.4亿元，增长4.5%。一般公共预算收入增长9%。
"""


def test_money_secured_is_no_plan(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, CITY_PLAN, 2023, CITY_REVIEW) == [
        ("7%", 4.5, "2023-12-31"),
        ("7%", 9.0, "2023-12-31"),
    ]


SCHOOLS_PLAN = """津城2023年民心工程
全市新增义务教育学位2.2万个。
"""

SCHOOLS_DONE = """津城民心工程回顾
发布时间：2024-01-25
2023年，全市新建、改扩建义务教育学校19个，新增2.85万个学位。
"""


def test_a_count_of_schools_is_no_count_of_places(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, SCHOOLS_PLAN, 2023, SCHOOLS_DONE) == [("2.2万个", 28500.0, "2023-12-31")]


FIVE_YEAR_PLAN = """皖江省2023年政府工作报告
今年全省生产总值增长6.5%左右。到2027年，全省经济总量向7万亿元冲刺。
"""

HALF_YEAR_GDP = """2023年上半年皖江省经济运行情况
上半年全省生产总值23073亿元，同比增长6.1%。
"""


def test_half_a_years_sum_is_no_progress_on_a_later_level(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, FIVE_YEAR_PLAN, 2023, HALF_YEAR_GDP) == [("6.5%左右", 6.1, "2023-06-30")]


ZONE_PLAN = """万岭区2023年政府工作报告
今年全区规上工业增加值增长8%，城乡居民收入分别增长6.5%和8%左右。
"""

ZONE_NEWS = """2023年上半年万岭区经济运行情况
上半年，全区规上工业增加值同比增长9.1%。万岭经开区规上工业增加值同比增长28.5%。城乡居民收入分别增长9.8%、15.1%。
"""


def test_a_zone_of_the_district_is_another_place_and_town_and_country_are_two(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, ZONE_PLAN, 2023, ZONE_NEWS) == [
        ("6.5%", 9.8, "2023-06-30"),
        ("8%", 9.1, "2023-06-30"),
        ("8%左右", 15.1, "2023-06-30"),
    ]


WORKS_PLAN = """海岭区2024年民生实事项目
一、全年新增公共充电桩250个以上；建成投用监测预警设备17个；改造提升山区单村水站20个。
"""

WORKS_PROGRESS = """海岭区2024年民生实事项目进展情况
发布日期:2024-06-18
一、交通与水利
目标任务:全年新增公共充电桩(枪)250个以上;建成投用监测预警设备17个;改造提升山区单村水站20个。
完成情况:新增367个充电桩(枪);监测预警设备17个已建成投用;山区单村水站改造提升已开工20座。
"""


def test_a_notices_target_lines_print_the_plan_and_its_done_lines_report(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, WORKS_PLAN, 2024, WORKS_PROGRESS) == [
        ("17个", 17.0, "2024-06-18"),
        ("250个以上", 367.0, "2024-06-18"),
    ]


TABLE_PLAN = """北岭区2024年民生实事项目
打造最美上学路9条。
增加学生午休躺睡座椅10000套。
"""

TABLE_PROGRESS = """北岭区2024年民生实事项目10月进度表
发布时间:2024-11-28
序号 | 目标任务 | 牵头单位 | 10月完成情况 | 进度状态 |
1 | 打造最美上学路9条。 | 住建局 | 9条最美上学路建设完成 | 办结 |
 | 增加学生午休躺睡座椅10000套。 | 教育局 | 10015套已安装到位 | 办结 |
"""


def test_a_table_of_sentences_names_its_columns(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, TABLE_PLAN, 2024, TABLE_PROGRESS) == [
        ("10000套", 10015.0, "2024-10-31"),
        ("9条", 9.0, "2024-10-31"),
    ]


TOTAL_PLAN = """乐岭市2022年民生实事
吸收60所民办幼儿园为公助园。
完成回迁安置857户以上；新开工提标加固海塘18.4公里。
"""

TOTAL_PROGRESS = """乐岭市2022年民生实事项目8月份进展情况
发布日期:2022-09-22
新吸收公助园8所,公助园总数达到60所。
"""

TOTAL_DONE = """乐岭市2022年民生实事完成情况
发布日期:2023-01-10
另有"新开工提标加固海塘18.4公里""完成回迁安置857户以上"等5个项目,曾进度滞后,最终均如期完成。
"""


def test_the_total_reports_and_quoted_items_are_names(tmp_path: Path, capsys):
    assert _rows(tmp_path, capsys, TOTAL_PLAN, 2022, TOTAL_PROGRESS, TOTAL_DONE) == [("60所", 60.0, "2022-08-31")]


HEADLINE_PLAN = """琼岭今年经济社会发展主要预期目标：地区生产总值增长8%左右
发布时间：2024-01-23

今年经济社会发展主要预期目标是：
1. 地区生产总值增长8%左右；
2. 固定资产投资增长10%左右。
"""


def test_a_headline_quoting_the_target_drafts_no_second_indicator(tmp_path: Path, capsys):
    data_root = tmp_path / "data"
    plan_file = tmp_path / "plan.txt"
    plan_file.write_text(HEADLINE_PLAN, encoding="utf-8")
    assert main(["--data-root", str(data_root), "draft", str(plan_file), "--plan", "p", "--year", "2024"]) == 0
    frame = pd.read_csv(data_root / "plans" / "p" / "indicators.csv", dtype=str)
    assert sorted(frame["quantity_text"]) == ["10%左右", "8%左右"]
    # The body's 8%左右, not the headline's: its span lies after the headline.
    gdp = frame[frame["quantity_text"] == "8%左右"].iloc[0]
    assert int(gdp["span_start"]) > HEADLINE_PLAN.index("\n")


def test_the_gazetteer_names_places_in_full():
    assert title_place("哈尔滨市第十五届人民代表大会第六次会议开幕") == "哈尔滨市"
    assert title_place("甘孜州2024年经济运行") == "甘孜州"  # 甘孜藏族自治州, as the text writes it
    assert title_place("天津2023年20项民心工程") == "天津市"
    assert title_place("2024年海南今年经济社会发展主要预期目标") == "海南省"  # the province, not 青海's 海南州
    assert title_place("聊城市政府工作报告") == "聊城市"  # though 城市 ends many words
    assert title_place("省委全会暨省委经济工作会议") is None  # 会暨省: no name starts with 暨


PROVINCE_PLAN = """广西壮族自治区2021年政府工作报告
今年全区地区生产总值增长7.5%以上，规模以上工业增加值增长8%以上。
"""

PROVINCE_NEWS = """2021年广西GDP增长7.5%，南宁市首次突破5000亿元领跑全区
一、全区经济
2021年广西地区生产总值为24740.86亿元，比上年增长7.5%。
二、各市
2021年桂林地区生产总值2311.06亿元，增速为8.48%。
1—5月，全区规模以上工业企业利润总额增长127.5%。
"""


def test_a_headline_naming_the_province_first_is_about_it_and_its_cities_are_not(tmp_path: Path, capsys):
    # 南宁市 in the headline does not make the text a city's; 桂林, named bare, is another
    # place; a profit of 规模以上 firms is no 规模以上工业增加值 (规模 there is no measure).
    assert _rows(tmp_path, capsys, PROVINCE_PLAN, 2021, PROVINCE_NEWS) == [("7.5%以上", 7.5, "2021-12-31")]
