"""normalize_text: notes, t2s, folding, whitespace, offsets, flags."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plan_analysis.errors import InputError
from plan_analysis.text.normalize import NormalizedText, normalize_file, normalize_text

SEED = Path(__file__).resolve().parents[1] / "data" / "raw" / "chentao-2025q4.txt"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("檢驗(yàn)五年", "检验五年"),
        ("1.2萬(wàn)畝", "1.2万亩"),
        ("年產(chǎn)10000臺(tái)(套)低壓", "年产10000台(套)低压"),  # the real (套) stays
        ("商販入店(市)經(jīng)營(yíng)", "商贩入店(市)经营"),  # (市) is not pinyin
        ("檢驗（yàn）", "检验"),  # full-width parentheses too
        ("綠(lǜ)化", "绿化"),
        ("規(guī)劃(huà)", "规划"),
        ("PVA(pva)項目", "PVA(pva)项目"),  # no tone mark, not after CJK: kept
    ],
)
def test_pinyin_notes_go_real_parentheses_stay(raw, expected):
    assert normalize_text(raw).text == expected


def test_traditional_becomes_simplified():
    assert normalize_text("陳濤鎮堅持以習近平新時代中國特色社會主義思想為指導").text == (
        "陈涛镇坚持以习近平新时代中国特色社会主义思想为指导"
    )


def test_full_width_forms_fold_but_chinese_punctuation_stays():
    text = normalize_text("增长１５％以上，达到２．５亿元；３～５项：ＡＢ（一）").text
    assert text == "增长15%以上，达到2.5亿元；3~5项：AB(一)"


def test_whitespace_is_normalised():
    assert normalize_text("\n\n  标题 \r\n\r\n\r\n正文\t\t一  二\u3000三\u200b四\n").text == "标题\n\n正文 一 二 三四"
    assert normalize_text("第一行 \n  第二行").text == "第一行\n第二行"


def test_offsets_map_back_to_the_raw_text():
    raw = "緊盯全年工業(yè)實(shí)施開(kāi)票8億元、新簽約億元項(xiàng)目2個(gè)以上"
    nt = normalize_text(raw)
    assert nt.text == "紧盯全年工业实施开票8亿元、新签约亿元项目2个以上"
    i = nt.text.index("8亿元")
    assert nt.raw_text(i, i + 3) == "8億元"
    j = nt.text.index("2个以上")
    assert nt.raw_text(j, j + 4) == "2個(gè)以上"
    assert nt.to_normalized(*nt.raw_span(j, j + 4)) == (j, j + 4)
    assert nt.to_raw(0) == 0 and nt.to_raw(len(nt.text)) == len(raw)
    with pytest.raises(IndexError):
        nt.to_raw(len(nt.text) + 1)


def test_seed_mojibake_is_repaired_or_flagged():
    nt = normalize_file(SEED)
    kinds = [f.kind for f in nt.flags]
    assert "mojibake-repaired" in kinds and "mojibake-lost" in kinds
    assert "(作者系陈" in nt.text  # repaired from ?。ㄗ髡呦店悵
    assert "纵深推进" in nt.text  # repaired from ??v深
    assert "?" not in nt.text
    for flag in nt.flags:
        assert nt.raw[flag.raw_start : flag.raw_end].startswith("?")
        assert 0 <= flag.start <= flag.end <= len(nt.text)
        assert "\ufffd" in nt.text[flag.start : flag.end]  # never dropped silently


def test_seed_is_stable_and_keeps_its_quantities():
    nt = normalize_file(SEED)
    assert isinstance(nt, NormalizedText)
    assert nt.encoding == "utf-8"
    assert normalize_text(nt.text).text == nt.text
    for phrase in ["全年工业实施开票8亿元", "年产10000台(套)", "4个村1.2万亩", "商贩入店(市)经营", "“1+19+N”"]:
        assert phrase in nt.text


def test_bytes_in_other_encodings():
    assert normalize_text("全年完成技改投入1億元".encode("gb18030")).text == "全年完成技改投入1亿元"
    assert normalize_text("全年完成技改投入1億元".encode("utf-16")).encoding == "utf-16"
    with pytest.raises(InputError):
        normalize_text(b"\x00\x01\x02" * 100, source="x.bin")


@pytest.mark.parametrize("raw", ["??\x1b㐀", "字(yàn)??", "?ｌ(fā)字", "字 ?? ", "?\u200b;字", "檢\u200b(yàn)驗"])
def test_edge_cases_found_by_hypothesis_are_idempotent(raw):
    once = normalize_text(raw).text
    assert normalize_text(once).text == once


def test_flags_point_into_the_raw_text_past_removed_invisibles():
    raw = "\u200b\u200b前。 ?。ㄗ髡呦店悵?zhèn)黨委"
    nt = normalize_text(raw)
    repaired = next(f for f in nt.flags if f.kind == "mojibake-repaired")
    assert raw[repaired.raw_start : repaired.raw_end] == "?。ㄗ髡呦店悵"
    assert nt.text[repaired.start : repaired.end] == "\ufffd(作者系陈\ufffd"


def test_the_ascending_span_mapper_agrees_with_back_span():
    """A step's mapper for ascending spans (the extractor's fast path) gives
    every span the raw span that back_span gives, in order or not."""
    raw = "檢驗(yàn)  五年\n\n\n計劃(huà)\u200b新增 1.2萬(wàn)畝 ?。ㄗ髡呦店悵 \t 3個(gè)"
    nt = normalize_text(raw)
    assert len(nt.steps) >= 3  # invisible characters, repairs, notes, whitespace: deletions and replacements
    n = len(nt.text)
    spans = [(i, j) for i in range(n) for j in range(i + 1, n + 1)]
    for step in nt.steps:
        expected = [step.back_span(i, j) for i, j in spans]
        ascending = step.ascending_back_span()
        assert [ascending(i, j) for i, j in spans] == expected
        out_of_order = step.ascending_back_span()
        assert [out_of_order(i, j) for i, j in reversed(spans)] == expected[::-1]
    # By hand: 五年 sits after the note (yàn) and two spaces folded into one.
    i = nt.text.index("五年")
    mappers = [step.ascending_back_span() for step in reversed(nt.steps)]
    a, b = i, i + 2
    for back in mappers:
        a, b = back(a, b)
    assert (a, b) == (raw.index("五年"), raw.index("五年") + 2)


_WHITESPACE_PIECES = [
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u3000",
    "\xa0",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\u2028",
    "\u200a",
    "\u202f",
    "字",
    "a",
    "，",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WHITESPACE_PIECES), max_size=20).map("".join))
def test_whitespace_to_edit_is_the_plain_four_alternatives(text):
    """The one-class-first form of the whitespace pattern (fast to scan)
    matches exactly what its plain form matches: a run of two or more, one
    character other than " " or "\\n", or one at either end."""
    from plan_analysis.text import normalize as module

    s, o = module._SPACE_CHARS, module._ODD_SPACE_CHARS
    plain = re.compile(f"[{s}]{{2,}}|[{o}]|\\A[{s}]|[{s}]\\Z")
    assert [m.span() for m in module._SPACE_TO_EDIT.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_whitespace_to_edit_by_hand():
    from plan_analysis.text.normalize import _SPACE_TO_EDIT

    assert [m.span() for m in _SPACE_TO_EDIT.finditer(" 字 字  字\t字\n字 ")] == [(0, 1), (4, 6), (7, 8), (11, 12)]
