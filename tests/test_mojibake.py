"""Byte-shifted GBK runs: repaired when unambiguous, flagged otherwise."""

from __future__ import annotations

import pytest

from plan_analysis.text.mojibake import LOST, find_repairs


def shifted(original: str) -> str:
    """Damage ``original`` as the scraper did: its GBK bytes read one byte
    late (the first byte lost as ``?``), the odd last byte lost too."""
    return "?" + original.encode("gbk")[1:-1].decode("gbk") + "?"


def test_byline_run_of_the_seed_is_repaired():
    # The seed ends with ?。ㄗ髡呦店悵?zhèn): GBK of "　（作者系陳濤鎮" read one byte late.
    text = "向前。 ?。ㄗ髡呦店悵?zhèn)黨委書(shū)記)"
    repairs = find_repairs(text)
    repaired = [r for r in repairs if r.kind == "mojibake-repaired"]
    assert len(repaired) == 1
    assert "（作者系陳" in repaired[0].replacement
    assert text[repaired[0].start : repaired[0].end] == "?。ㄗ髡呦店悵"
    # The lost 濤鎮 (only its reading zhèn survives) is flagged, not dropped silently.
    lost = [r for r in repairs if r.kind == "mojibake-lost"]
    assert lost and "zhèn" in lost[0].detail and lost[0].replacement == LOST


def test_folded_question_mark_run_is_repaired():
    # 。縱深 in GBK is A1A3 BF76 C9EE; read late: lost byte, ？ (A3BF, folded to ?), v.
    repairs = find_repairs("淳樸民風??v深推進")
    assert [r.kind for r in repairs] == ["mojibake-repaired"]
    assert repairs[0].replacement == LOST + "縱"


@pytest.mark.parametrize("original", ["。完成农村道路大中修", "　（記者彭斌）"])
def test_synthetic_shift_is_undone(original):
    damaged = shifted(original)
    assert damaged[1:-1] != original[1:-1]
    repairs = find_repairs("开始" + damaged + "工作")
    assert repairs and repairs[0].kind == "mojibake-repaired"
    # The first character (its lead byte lost) and the last (its trail byte
    # lost) cannot come back; everything between does.
    assert repairs[0].replacement == LOST + original[1:-1] + LOST


def test_ambiguous_run_is_flagged_with_its_reading():
    repairs = find_repairs("規(guī)?;l(fā)展")
    assert len(repairs) == 1
    assert repairs[0].kind == "mojibake-lost"
    assert "fā" in repairs[0].detail
    assert repairs[0].replacement == LOST


def test_clean_text_and_real_question_marks_are_left_alone():
    assert find_repairs("全年工业实施开票8亿元。") == []
    assert find_repairs("怎么办?我们要抓落实。why? ok") == []
