"""Plan structure: title, author, areas, measures, sentences, locate()."""

from __future__ import annotations

from pathlib import Path

from plan_analysis.text.normalize import normalize_file
from plan_analysis.text.outline import outline

SEED = Path(__file__).resolve().parents[1] / "data" / "raw" / "chentao-2025q4.txt"


def test_seed_structure():
    nt = normalize_file(SEED)
    o = outline(nt)
    assert o.author == "王愉涵"
    assert any("作者系" in b for b in o.byline)
    areas = [h.title for h in o.areas]
    assert [a[:6] for a in areas] == ["聚焦经济运行", "聚焦乡村振兴", "聚焦民生福祉", "聚焦责任落实"]
    measures = [h.title for h in o.measures]
    assert len(measures) == 12  # 一是/二是/三是 in each of the four areas
    assert measures[0] == "紧盯核心指标实现"
    loc = o.locate(nt.text.index("8亿元"))
    assert loc.area.startswith("聚焦经济运行") and loc.measure == "紧盯核心指标实现"
    assert loc.sentence.startswith("紧盯全年工业实施开票8亿元") and loc.sentence.endswith("。")
    loc = o.locate(nt.text.index("200户"))
    assert loc.area.startswith("聚焦民生福祉") and loc.measure == "完善基建增进民生福祉"


NUMBERED = """镇目标工作计划
一、经济发展目标
（一）农业现代化
1.引进新品种
计划引进3-5项新品种。全年培训农民不少于500人次。
2.工业转型升级
计划引进项目3个以上；到位资金达到2亿元以上。
二、社会事业
新建学校1所。
"""


def test_numbered_headings():
    o = outline(NUMBERED)
    assert o.title == "镇目标工作计划"
    loc = o.locate(NUMBERED.index("500人次"))
    assert loc.area == "经济发展目标" and loc.measure == "引进新品种"
    loc = o.locate(NUMBERED.index("2亿元"))
    assert loc.measure == "工业转型升级"
    assert loc.sentence == "到位资金达到2亿元以上。"  # ； ends a sentence
    loc = o.locate(NUMBERED.index("1所"))
    assert loc.area == "社会事业" and loc.measure is None


UNNUMBERED = """某镇：聚势产业创新

2025年，某镇将聚焦产业升级。

厚植产业优势构建协同发展格局

计划全年新签约项目8个以上。

顺应群众期盼提升民生幸福指数

力争全年城镇新增就业2480人。
来源：某日报
"""


def test_short_heading_lines_are_areas():
    o = outline(UNNUMBERED)
    assert o.title == "某镇：聚势产业创新"
    assert o.locate(UNNUMBERED.index("8个")).area == "厚植产业优势构建协同发展格局"
    assert o.locate(UNNUMBERED.index("2480人")).area == "顺应群众期盼提升民生幸福指数"
    assert o.byline == ["来源：某日报"]


def test_sentences_and_clauses():
    text = "一是抓项目。确保新签约项目2个以上，特色项目2个；完成道路1.7公里！"
    o = outline(text)
    assert [text[s.start : s.end] for s in o.sentences] == [
        "一是抓项目。",
        "确保新签约项目2个以上，特色项目2个；",
        "完成道路1.7公里！",
    ]
    clauses = o.clauses(o.sentences[1])
    assert [text[c.start : c.end] for c in clauses] == ["确保新签约项目2个以上，", "特色项目2个；"]


def test_empty_text():
    o = outline("")
    assert o.headings == [] and o.locate(0).area is None


def test_item_lists_under_numbered_headings():
    text = "一、经济发展\n重点抓好三项工作：一是抓项目，新签约项目3个；二是抓招商，引进资金2亿元。\n二、社会事业\n新建学校1所。"
    o = outline(text)
    loc = o.locate(text.index("2亿元"))
    # The numbered heading stays the area; the 二是 item is the measure.
    assert (loc.area, loc.measure) == ("经济发展", "抓招商")
    assert o.locate(text.index("3个")).measure == "抓项目"
