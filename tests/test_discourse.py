"""The tense of a passage (extract/discourse.py) and what it makes of its figures.

Each text was written for these tests; the kind of every figure in it was
worked out by hand from what the passage says (achieved in the past, planned
ahead, or a description), not from the extractor's output.
"""

from __future__ import annotations

import pytest

from plan_analysis.extract.discourse import document_genre, heading_tense, sentence_tenses
from plan_analysis.extract.quantities import extract_quantities


def _kinds(text: str, year: int | None = None) -> dict[str, str]:
    frame = extract_quantities(text=text, year=year)
    assert frame["text"].is_unique, list(frame["text"])
    return dict(zip(frame["text"], frame["kind"], strict=True))


@pytest.mark.parametrize(
    ("title", "genre"),
    [
        ("某县2024年国民经济和社会发展统计公报", "review"),
        ("关于2024年县级民生实事项目完成情况的通报", "review"),
        ("某镇2025年上半年工作总结", "review"),
        ("2025年政府工作报告", "mixed"),
        ("关于2025年计划执行情况与2026年计划草案的报告", "mixed"),
        ("某镇2025年四季度重点工作安排", "plan"),
        ("某街道2026年民生实事项目清单", "plan"),
        ("陈涛镇：凝心聚力冲刺四季度", "unknown"),
        (None, "unknown"),
    ],
)
def test_the_title_names_the_genre(title: str | None, genre: str) -> None:
    assert document_genre(title) == genre


@pytest.mark.parametrize(
    ("heading", "tense"),
    [("一、2024年工作回顾", True), ("二、2025年主要目标", False), ("三、存在的问题", True), ("（一）农业农村", None)],
)
def test_a_heading_says_review_or_plan(heading: str, tense: bool | None) -> None:
    assert heading_tense(heading, 2025) is tense


def test_a_past_year_opening_carries_to_the_next_sentences_of_a_report() -> None:
    # A 政府工作报告 without headings: 2024年 opens the review, 全年 in the next
    # sentence is the year reviewed, and 主要预期目标 turns the text to the plan.
    text = (
        "2025年政府工作报告\n"
        "2024年，全县经济社会发展取得新成效。全年实现地区生产总值286.5亿元、增长6.2%。\n"
        "新建高标准农田5.3万亩，新增城镇就业6100人。\n"
        "2025年经济社会发展的主要预期目标是：地区生产总值增长6%左右，新增城镇就业5000人以上。\n"
    )
    kinds = _kinds(text)
    assert kinds == {
        "286.5亿元": "result",
        "6.2%": "result",
        "5.3万亩": "result",
        "6100人": "result",
        "6%左右": "growth",
        "5000人以上": "target",
    }


def test_a_bulletin_reports_from_its_first_line() -> None:
    text = (
        "某县2024年国民经济和社会发展统计公报\n"
        "一、综合\n"
        "全年全县实现地区生产总值286.5亿元，比上年增长6.2%。城镇化率为51.2%，比上年末提高1.1个百分点。\n"
        "二、农业\n"
        "全年粮食总产量38.4万吨。\n"
    )
    assert set(_kinds(text).values()) == {"result"}


def test_a_completion_notice_item_restates_the_plan_then_reports() -> None:
    text = (
        "关于2024年县级民生实事项目完成情况的通报\n"
        "2024年，县委、县政府确定的民生实事项目已全部完成。\n"
        "1.新建改建农村公路100公里。实际完成126公里，完成年度计划的126%。\n"
        "2.建设城区停车位800个。建成停车位920个。\n"
    )
    assert _kinds(text) == {
        "100公里": "target",
        "126公里": "result",
        "126%": "result",
        "800个": "target",
        "920个": "result",
    }


def test_a_plans_one_line_review_does_not_reach_its_targets() -> None:
    # In a plan the review of last year stays on its line: the next line plans.
    text = "某镇2025年重点工作安排\n2024年，全镇完成工业开票7亿元。\n1.全镇工业开票8亿元，新签约亿元项目3个。\n"
    kinds = _kinds(text)
    assert kinds["7亿元"] == "result"
    assert kinds["8亿元"] == "target"
    assert kinds["3个"] == "target"


def test_a_quarter_opening_inside_a_review_names_the_quarter_reviewed() -> None:
    text = (
        "某镇2025年三季度工作汇报及四季度工作计划\n"
        "一、前三季度工作完成情况\n"
        "截至9月底，全镇完成规上工业产值23.4亿元。\n"
        "三季度，开展安全生产检查68次，整改隐患214处。\n"
        "二、四季度工作计划\n"
        "四季度，完成固定资产投资2.5亿元。\n"
    )
    kinds = _kinds(text)
    assert (kinds["23.4亿元"], kinds["68次"], kinds["214处"]) == ("result", "result", "result")
    assert kinds["2.5亿元"] == "target"


def test_the_plan_year_named_in_a_review_sentence_is_the_plan() -> None:
    text = (
        "某街道2026年民生实事项目公示\n"
        "2025年，街道民生实事全部按期完成，完成投资2.35亿元；经居民议事会票决，2026年确定民生实事项目总投资约2.8亿元。\n"
    )
    kinds = _kinds(text)
    assert kinds["2.35亿元"] == "result"
    assert kinds["2.8亿元"] == "target"


def test_an_estimate_in_a_review_is_the_years_outcome() -> None:
    text = (
        "关于2025年计划执行情况与2026年计划草案的报告\n"
        "一、2025年计划执行情况\n"
        "预计全年一般公共预算收入完成21亿元。\n"
        "二、2026年主要目标\n"
        "预计一般公共预算收入22亿元。\n"
    )
    kinds = _kinds(text)
    assert kinds["21亿元"] == "result"
    assert kinds["22亿元"] == "target"


def test_sentence_tenses_are_one_per_sentence() -> None:
    text = "2024年，全县完成投资5亿元。全年新增就业800人。\n2025年，力争完成投资6亿元。"
    stops = [i + 1 for i, ch in enumerate(text) if ch in "。\n"]
    tenses = sentence_tenses(text, stops, 2025, "mixed")
    assert len(tenses.own) == len(stops) + 1
    # own cue, carried tense: 2024年 opens a review, the next sentence inherits
    # it, the line break keeps it (a report), 2025年 opens the plan.
    assert tenses.at(0) == (True, True)
    assert tenses.at(1) == (None, True)
    assert tenses.at(3) == (False, False)


def test_a_scraped_pages_title_is_found_after_its_breadcrumbs() -> None:
    text = (
        "首页 >> 政府信息公开 >> 民生信息\n"
        "某市2019年民生工程项目完成情况\n"
        "2020-01-22 市民生办 打印\n"
        "2019年，全市民生工程全部按期推进。\n"
        "全市：城镇新增就业目标任务27800人，完成52242人，完成比例187.9%；\n"
    )
    kinds = _kinds(text)
    # The plan's figure quoted, then what was done and its ratio.
    assert (kinds["27800人"], kinds["52242人"], kinds["187.9%"]) == ("target", "result", "result")


def test_the_figure_before_shiji_is_the_plan() -> None:
    text = "某县2024年民生实事完成情况\n城镇登记失业率低于4.3%，实际3.48%；改造农村公路120公里，实际完成131公里。\n"
    kinds = _kinds(text)
    assert (kinds["4.3%"], kinds["3.48%"]) == ("target", "result")
    assert (kinds["120公里"], kinds["131公里"]) == ("target", "result")


def test_a_backlog_in_a_progress_report_describes() -> None:
    text = "截至8月，全州重点项目开复工250项，完成投资126.1亿元，未开复工5项；尚有12个项目未落实用地。\n"
    kinds = _kinds(text, year=2016)
    assert (kinds["250项"], kinds["126.1亿元"]) == ("result", "result")
    assert (kinds["5项"], kinds["12个"]) == ("descriptor", "descriptor")


def test_an_estimate_of_a_period_already_gone_is_a_result() -> None:
    text = (
        "某州前三季度经济运行情况\n"
        "1至9月，全州固定资产投资预计同比增长20%，其中香格里拉市预计完成112亿元。\n"
        "——过去一年，预计全县地区生产总值完成136.5亿元。\n"
    )
    kinds = _kinds(text, year=2016)
    assert (kinds["20%"], kinds["112亿元"], kinds["136.5亿元"]) == ("result", "result", "result")


def test_a_from_level_in_a_review_is_where_the_period_started() -> None:
    text = "2025年政府工作报告\n过去五年，基地面积从26.8万亩增加到107.6万亩，规上工业企业由28户增加到51户。\n"
    kinds = _kinds(text)
    assert set(kinds.values()) == {"result"}
    # In a plan the from-level describes where things stand.
    plan = _kinds("某县2025年工作计划\n污水处理规模由4万吨提升至6万吨。\n")
    assert (plan["4万吨"], plan["6万吨"]) == ("descriptor", "target")


def test_a_share_of_a_plan_with_its_figure_is_the_achieved_share() -> None:
    text = "2025年政府工作报告\n2024年，新增城镇就业2150人，完成年度计划2000人的107.5%。\n"
    kinds = _kinds(text)
    assert (kinds["2150人"], kinds["2000人"], kinds["107.5%"]) == ("result", "target", "result")


def test_draft_of_a_bulletin_says_it_reports_and_points_to_track(tmp_path, capsys) -> None:
    from plan_analysis.cli.main import main

    text = tmp_path / "bulletin.txt"
    text.write_text(
        "某县2024年国民经济和社会发展统计公报\n全年全县实现地区生产总值286.5亿元，比上年增长6.2%。全年粮食总产量38.4万吨。\n",
        encoding="utf-8",
    )
    assert main(["--data-root", str(tmp_path / "data"), "draft", str(text), "--plan", "bulletin-2024"]) == 0
    out = capsys.readouterr().out
    # Three achieved figures (286.5亿元, 6.2%, 38.4万吨), no target: draft says so.
    assert "left out: 3 achieved figures" in out
    assert "track PLAN" in out
