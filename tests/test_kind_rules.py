"""Each kind rule of extract/kind_rules.py on sentences written for its meaning.

For every case the sentence, the mention (as written) and the kind and rule
that should decide it were worked out by hand from the rule's description.
"""

from __future__ import annotations

import pytest

from plan_analysis.extract.explain import explain_quantities
from plan_analysis.extract.kind_rules import KIND_RULES, lexicon
from plan_analysis.extract.quantities import extract_quantities
from plan_analysis.text.normalize import normalize_text

# rule → (sentence, mention text, kind it gives)
CASES: dict[str, tuple[str, str, str]] = {
    "growth-word": ("全县地区生产总值增长6.5%。", "6.5%", "growth"),
    "growth-list": ("城乡居民收入分别增长5.5%和7%。", "7%", "growth"),
    "bare-multiplier": ("引进亿元项目3个。", "亿元", "descriptor"),
    "bare-multiplier-amount": ("带动就业万人以上。", "万人以上", "target"),
    "age": ("为65岁以上老年人免费体检。", "65岁以上", "descriptor"),
    "voltage-class": ("建成110千伏变电站2座。", "110千伏", "descriptor"),
    "project-size": ("谋划10亿元以上项目8个。", "10亿元以上", "descriptor"),
    "quoted-plan-figure": ("完成投资9亿元，占全年目标任务14亿元的64%。", "14亿元", "target"),
    "attributive-de": ("建设日处理30吨的处理站1座。", "30吨", "descriptor"),
    "share-covered": ("充电车棚覆盖85%的小区。", "85%", "target"),
    "growth-named-after": ("全县以7.2%的增速领跑全市。", "7.2%", "growth"),
    "base-of-comparison": ("PM2.5浓度比2024年的34.1微克/立方米下降5%。", "34.1微克/立方米", "result"),
    "programme-total": ("确定民生实事项目10项，总投资约二点八亿元。", "二点八亿元", "target"),
    "whole-scope": ("实现全县143个行政村客运班线通达。", "143个", "descriptor"),
    "gap-to-target": ("距全年目标还差2.2亿元。", "2.2亿元", "descriptor"),
    "after-de": ("提升联建的3400亩基地。", "3400亩", "descriptor"),
    "structure-list-count": ("确定民生实事项目12项。", "12项", "descriptor"),
    "structure-divided": ("将辖区划分为86个基础网格。", "86个", "descriptor"),
    "object-of-treatment": ("对27家企业实行清单管理。", "27家", "descriptor"),
    "scope-of-rate": ("7个断面水质优良比例保持100%。", "7个", "descriptor"),
    "remaining": ("剩余17个项目逐一销号。", "17个", "descriptor"),
    "from-to": ("处理规模由4万吨提升至6万吨。", "4万吨", "descriptor"),
    "capacity": ("华兴新材料项目总投资12亿元。", "12亿元", "descriptor"),
    "existing": ("全镇共有12个行政村。", "12个", "descriptor"),
    "scope-word": ("改造工程涉及楼栋86栋。", "86栋", "descriptor"),
    "project-spec": ("滨河路改造工程全长343米。", "343米", "descriptor"),
    "appositive": ("成立工作专班，即2个工作专班。", "2个", "descriptor"),
    "structure": ("重点抓好以下五个方面工作。", "五个", "descriptor"),
    "scope-place": ("在3个社区开展垃圾分类试点。", "3个", "descriptor"),
    "scope": ("发展4个村1.2万亩高标准农田。", "4个", "descriptor"),
    "threshold": ("淘汰35蒸吨/小时以下燃煤锅炉8台。", "35蒸吨/小时以下", "descriptor"),
    "threshold-group": ("消除56人以上大班额。", "56人以上", "descriptor"),
    "parenthesised": ("新建公园（5个），绿地2处。", "5个", "descriptor"),
    "slogan-count": ("深入推进三个“一号工程”，新建口袋公园5个。", "三个", "descriptor"),
    "quoted-name": ("启动“20座口袋公园”建设行动。", "20座", "descriptor"),
}


def _mention(sentence: str, text: str):
    frame = extract_quantities(text=sentence, year=2025)
    rows = frame[frame["text"] == text]
    assert len(rows) == 1, f"{text!r} not found once in {list(frame['text'])}"
    return rows.iloc[0]


def test_every_rule_has_a_case():
    # The title rule is tested on its own below (it needs a document with a title).
    assert {r.name for r in KIND_RULES} - {"title"} == set(CASES)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_decides_its_case(rule):
    sentence, text, kind = CASES[rule]
    row = _mention(sentence, text)
    assert row["kind"] == kind
    assert row["rule"].endswith(f"/{rule}")


def test_rule_names_are_unique_and_kinds_known():
    names = [r.name for r in KIND_RULES]
    assert len(names) == len(set(names))
    assert {r.kind for r in KIND_RULES} <= {"growth", "descriptor", "target", "result"}


def test_a_level_to_reach_is_a_target_not_growth():
    # 提高到: the level, not the change (no growth word right before the figure).
    row = _mention("森林覆盖率提高到72%。", "72%")
    assert (row["kind"], row["rule"].rsplit("/", 1)[1]) == ("target", "default")


def test_a_length_the_plan_commits_to_is_a_target():
    # 总长 then 达到: the plan commits to the length, not a specification of a project.
    row = _mention("城市绿道总长达到120公里。", "120公里")
    assert row["kind"] == "target"


def test_beneficiaries_with_about():
    row = _mention("供水工程受益群众约5万人。", "5万人")
    assert (row["kind"], row["rule"].rsplit("/", 1)[1]) == ("descriptor", "project-spec")


def test_parentheses_with_a_total():
    row = _mention("附件：重点项目清单（共86项）", "86项")
    assert (row["kind"], row["rule"].rsplit("/", 1)[1]) == ("descriptor", "parenthesised")


def test_a_plain_project_total_is_a_descriptor_an_estimated_one_a_target():
    # 总投资850亿元: the size of what is listed; 总投资约3.5亿元: the plan's estimate (programme-total).
    assert _mention("谋划储备重大项目120个，总投资850亿元。", "850亿元")["kind"] == "descriptor"
    assert _mention("谋划储备项目10个以上，总投资约3.5亿元。", "3.5亿元")["kind"] == "target"


def test_new_installed_capacity_is_not_a_specification():
    # 新增装机容量: capacity the plan adds; 总装机容量 of stations just built: a specification.
    assert _mention("全年新增装机容量10万千瓦。", "10万千瓦")["kind"] == "target"
    row = _mention("建成村级光伏电站3座，总装机容量600千瓦。", "600千瓦")
    assert (row["kind"], row["rule"].rsplit("/", 1)[1]) == ("descriptor", "project-spec")


def test_a_rate_of_the_population_is_not_an_existing_amount():
    assert _mention("常住人口城镇化率达到62.5%。", "62.5%")["kind"] == "target"


def test_a_comparison_base_period_governs_only_its_own_figure():
    # 2026 plan: 由2025年的2.1% is last year's level (a result, as of 2025年);
    # 2.3% is the target, 52万吨以上 after ； too.
    frame = extract_quantities(text="研发经费投入强度由2025年的2.1%提高到2.3%；粮食产量稳定在52万吨以上。", year=2026)
    assert list(frame["kind"]) == ["result", "target", "target"]
    assert frame["as_of"].iloc[0] == "2025年"


def test_a_month_range_is_past_only_from_january():
    # In a 2025 fourth-quarter plan 11—12月 is ahead; 1—10月 is the year so far.
    frame = extract_quantities(text="1—10月，完成投资8亿元。11—12月，开展专项检查不少于30家次。", year=2025)
    assert list(frame["kind"]) == ["result", "target"]


def test_actual_completion_is_a_result():
    frame = extract_quantities(text="2025年，年度计划投资260亿元，实际完成281.4亿元。", year=2026)
    assert list(frame["kind"])[-1] == "result"


def test_title_rule():
    text = "关于印发2025年10个重点项目推进方案的通知\n新建道路12公里。"
    frame = extract_quantities(text=text, year=2025)
    by_text = dict(zip(frame["text"], frame["rule"], strict=True))
    assert by_text["10个"].endswith("/title")
    assert by_text["12公里"].endswith("/default")


def test_explain_lists_every_rule_that_fired_first_one_decides():
    # 35蒸吨/小时以下 then 燃煤锅炉8台: threshold fires (the later count), and so
    # does threshold-group (a noun right after 以下); the first in the table decides.
    nt = normalize_text("淘汰35蒸吨/小时以下燃煤锅炉8台。")
    explanations = list(explain_quantities(nt, 2025))
    first = explanations[0]
    assert first.quantity.text == "35蒸吨/小时以下"
    assert [name for name, _, _ in first.fired] == ["threshold", "threshold-group"]
    assert first.decided_by == "threshold"
    assert first.fired[0][2] == "燃煤锅炉8台"
    assert explanations[1].quantity.text == "8台" and explanations[1].fired == []


def test_a_review_figure_is_a_result_after_the_growth_rule():
    # Under 2024年工作回顾 in a 2025 plan: the growth rate was achieved.
    frame = extract_quantities(text="一、2024年工作回顾\n地区生产总值增长6.5%。", year=2025)
    row = frame.iloc[0]
    assert (row["kind"], row["rule"], row["as_of"]) == ("result", "number-unit/default/result/growth-word", "2024年")


@pytest.mark.parametrize("name", ["growth", "existing", "scope", "project_spec"])
def test_lexicon_files_read(name):
    words = lexicon(name)
    assert words and all(w and not w.startswith("#") and " " not in w for w in words)
    assert len(words) == len(set(words))


def test_lexicon_words():
    assert "全长" in lexicon("project_spec") and "受益群众" in lexicon("project_spec")
    assert "涉及" in lexicon("scope") and "共有" in lexicon("existing")


# Results: decided per sentence and section after the kind rules (quantities._Context.result).
RESULT_CASES = [
    # A five-year review's 年均增长: the rate achieved over the five years, not a growth target.
    ("一、过去五年工作回顾\n地区生产总值年均增长8.88%。", 2026, [("8.88%", "result", "过去五年")]),
    ("过去五年，全市地区生产总值年均增长8.88%。", 2026, [("8.88%", "result", "过去五年")]),
    # A review section; next year's target inside it (力争, a later year) stays a target.
    (
        "一、2025年工作总结\n全年新增就业3200人，完成年度目标的106.7%。2026年，力争新增就业3500人。",
        2026,
        [("3200人", "result", "2025年"), ("106.7%", "result", "2025年"), ("3500人", "target", None)],
    ),
    ("一、2025年工作总结\n全年新增就业3200人。明年地区生产总值增长6%左右。", 2026, [("6%左右", "growth", None)]),
    # 1—N月 with 同比 and 累计: a bulletin of the year so far.
    (
        "1—11月，规模以上工业增加值同比增长7.2%，累计完成投资45亿元。",
        2025,
        [("7.2%", "result", "1—11月"), ("45亿元", "result", "1—11月")],
    ),
    ("截至11月底，全县累计建成充电桩1200个。", 2025, [("1200个", "result", "11月底")]),
    # A completion ratio in a 今年以来 report.
    (
        "今年以来，已完成造林2.3万亩，占全年任务的92%。",
        2025,
        [("2.3万亩", "result", "今年以来"), ("92%", "result", "今年以来")],
    ),
    # A heading naming the half-year gone; the next section plans.
    (
        "一、上半年工作情况\n完成固定资产投资12亿元。\n二、下半年工作安排\n完成投资10亿元。",
        2025,
        [("12亿元", "result", "上半年"), ("10亿元", "target", None)],
    ),
    # 力争 with 同比 is a plan, not a result.
    ("全年力争地区生产总值同比增长6%。", 2025, [("6%", "growth", None)]),
]


@pytest.mark.parametrize(("text", "year", "expected"), RESULT_CASES, ids=lambda v: str(v)[:12])
def test_results_by_sentence_and_section(text, year, expected):
    frame = extract_quantities(text=text, year=year)
    got = {r.text: (r.kind, r.as_of if isinstance(r.as_of, str) else None) for r in frame.itertuples()}
    for mention, kind, as_of in expected:
        assert got[mention] == (kind, as_of), mention


def test_a_length_the_plan_builds_is_a_target():
    assert _mention("新建改造农村公路全长12.5公里。", "12.5公里")["kind"] == "target"
    assert _mention("实施滨河路改造工程，全长343米。", "343米")["kind"] == "descriptor"


def test_extract_explain_cli(tmp_path):
    import subprocess
    import sys

    plan = tmp_path / "plan.txt"
    plan.write_text("滨河路改造工程全长343米，全年地区生产总值增长6.5%。\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "plan_analysis", "extract", "--explain", str(plan), "--year", "2025"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode("utf-8").splitlines()
    # 滨河路改造工程全长 is 9 characters: 343米 spans offsets 9-13.
    assert out[0] == f"== {plan}"
    assert out[1].startswith("9-13  343米  kind=descriptor  rule=number-unit/default/project-spec")
    assert out[2] == "  * project-spec -> descriptor: '全长'"
    assert any(line.startswith("  * growth-word -> growth: '增长'") for line in out)


def test_a_count_in_digits_before_a_quoted_name_is_a_target():
    # 三个“一号工程” names a slogan; 5个“未来社区” is five communities to build.
    assert _mention("年内建成5个“未来社区”。", "5个")["kind"] == "target"


def test_a_figure_after_a_closing_straight_quote_is_no_quoted_name():
    # The " before 30处 closes "幸福食堂": thirty canteens to build, not a name.
    assert _mention('新建"幸福食堂"30处。', "30处")["kind"] == "target"
    assert _mention('启动"20座口袋公园"建设。', "20座")["kind"] == "descriptor"
