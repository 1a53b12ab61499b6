"""One-to-one matching on value+unit and the metrics built on it."""

from __future__ import annotations

import json

import pytest

from plan_analysis.extract.scoring import Mention, canonical_unit, load_gold, locate_gold, match_document, score


def m(value, unit, qualifier="=", kind="target", text="", position=None, doc="d"):
    return Mention(doc=doc, text=text, value=value, unit=unit, qualifier=qualifier, kind=kind, position=position)


def test_perfect_match():
    gold = [m(8e8, "元"), m(2, "个", ">=")]
    result = match_document(gold, [m(2, "个", ">="), m(8e8, "元")])
    assert (result.precision, result.recall, result.f1, result.strict_f1) == (1, 1, 1, 1)


def test_misses_and_extras_count():
    gold = [m(8e8, "元"), m(2, "个"), m(3, "家")]
    pred = [m(8e8, "元"), m(2, "个"), m(5, "座")]
    result = match_document(gold, pred)
    assert result.matched == 2
    assert result.precision == pytest.approx(2 / 3) and result.recall == pytest.approx(2 / 3)
    assert [x.value for x in result.missed] == [3] and [x.value for x in result.extra] == [5]


def test_one_to_one_no_double_counting():
    result = match_document([m(2, "个")], [m(2, "个"), m(2, "个")])
    assert result.matched == 1 and len(result.extra) == 1 and result.precision == 0.5


def test_value_and_unit_must_both_agree():
    result = match_document([m(2, "个"), m(3, "家")], [m(2, "家"), m(3.0000001, "家")])
    assert result.matched == 1  # 3.0000001 ≈ 3 within 1e-6; 2 家 ≠ 2 个


def test_traditional_units_match_simplified():
    assert canonical_unit("個") == "个" and canonical_unit("臺(套)") == "台(套)" and canonical_unit("萬元") == "元"
    assert match_document([m(2, "個")], [m(2, "个")]).matched == 1


def test_strict_f1_needs_qualifier_and_kind():
    gold = [m(2, "个", ">="), m(3, "家", "=", "descriptor")]
    pred = [m(2, "个", "="), m(3, "家", "=", "descriptor")]
    result = match_document(gold, pred)
    assert result.f1 == 1
    assert result.qualifier_accuracy == 0.5 and result.kind_accuracy == 1
    assert result.strict_f1 == pytest.approx(0.5)
    assert [p.gold.value for p in result.wrong] == [2]


def test_duplicates_pair_by_position():
    gold = [m(2, "个", ">=", text="2个以上", position=100), m(2, "个", "=", text="2个", position=10)]
    pred = [m(2, "个", "=", text="2个", position=10), m(2, "个", ">=", text="2个以上", position=100)]
    result = match_document(gold, pred)
    assert result.strict_matched == 2 and result.unpositioned == 0


def test_same_value_and_unit_elsewhere_is_not_a_match():
    # 全年新建2个…，改造2个: the gold 2个 at 20 and a prediction of 2个 at 5 do not pair.
    gold = [m(2, "个", text="2个", position=20)]
    result = match_document(gold, [m(2, "个", text="2个", position=5)])
    assert (result.matched, len(result.missed), len(result.extra)) == (0, 1, 1)
    # Spans that overlap pair up even when their texts differ (8亿元以上 vs 8亿元).
    overlapping = match_document([m(8e8, "元", text="8亿元以上", position=3)], [m(8e8, "元", text="8亿元", position=3)])
    assert overlapping.matched == 1


def test_without_positions_value_and_unit_decide_and_are_counted():
    result = match_document([m(2, "个", text="2个", position=20)], [m(2, "个")])
    assert result.matched == 1 and result.unpositioned == 1


def test_result_is_not_a_target():
    # 去年完成80亿元 (result) and 今年目标90亿元 (target): predicting both as
    # targets keeps lenient F1 at 1 but not target F1 or strict F1.
    gold = [m(8e9, "元", kind="result", text="80亿元", position=0), m(9e9, "元", text="90亿元", position=20)]
    pred = [m(8e9, "元", kind="target", text="80亿元", position=0), m(9e9, "元", text="90亿元", position=20)]
    result = match_document(gold, pred)
    assert result.f1 == 1 and result.strict_f1 == 0.5
    assert result.target_f1 == pytest.approx(2 * 0.5 * 1 / 1.5)  # P 1/2, R 1/1
    assert result.target_recall == 1 and result.kind_accuracy == 0.5


def test_target_recall():
    gold = [m(1, "个"), m(2, "个"), m(3, "个", kind="descriptor")]
    result = match_document(gold, [m(1, "个"), m(3, "个", kind="descriptor")])
    assert result.target_recall == 0.5


def test_score_from_gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    records = [
        {
            "doc": "a.txt",
            "text": "8億元",
            "value": 8e8,
            "unit": "元",
            "qualifier": "=",
            "kind": "target",
            "deadline": "全年",
            "context": "全年開票8億元",
        },
        {
            "doc": "a.txt",
            "text": "2個以上",
            "value": 2,
            "unit": "個",
            "qualifier": ">=",
            "kind": "target",
            "deadline": None,
            "context": "項目2個以上",
        },
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    gold = load_gold(path)
    assert list(gold) == ["a.txt"]
    raw = "全年開票8億元，項目2個以上。"
    located = locate_gold(gold["a.txt"], raw)
    assert [x.position for x in located] == [raw.index("8億元"), raw.index("2個以上")]
    pred = {
        "a.txt": [
            {"value": 8e8, "unit": "元", "qualifier": "=", "kind": "target", "deadline": "全年"},
            {"value": 2.0, "unit": "个", "qualifier": "=", "kind": "target", "deadline": None},
        ]
    }
    result = score(gold, pred, {"a.txt": raw})
    assert result.f1 == 1 and result.strict_f1 == 0.5 and result.deadline_accuracy == 1
    assert score(gold, {}).recall == 0
