"""Properties over arbitrary text (hypothesis): never raise, spans exact, idempotent."""

from __future__ import annotations

from functools import lru_cache

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from plan_analysis.extract.quantities import iter_quantities
from plan_analysis.text.normalize import normalize_text

# Pieces that trip extractors, mixed with arbitrary text.
PIECES = [
    "8億元",
    "1.2萬(wàn)畝",
    "2個(gè)以上",
    "3-5项",
    "15%以上",
    "4.5%至5%",
    "亿元项目",
    "十件",
    "两个",
    "一千二百",
    "不少于",
    "控制在",
    "左右",
    "全年",
    "四季度",
    "年底前",
    "11月底前",
    "臺(tái)(套)",
    "入店(市)",
    "?。ㄗ髡呦店悵?zhèn)",
    "?;l(fā)",
    "??v深",
    "（",
    "）",
    "(",
    ")",
    "１２",
    "％",
    "\u3000",
    "\n",
    " ",
    "\r\n",
    "\u200b",
    "第1篇",
    "一是",
    "1+19+N",
    "十四五",
    "2025年",
    "?",
    "？",
    "，",
    "。",
    "；",
    "、",
    "\ufffd",
]
messy_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=25).map("".join)
any_text = st.one_of(st.text(max_size=200), messy_text)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(any_text)
def test_normalise_never_raises_and_maps_inside_the_raw_text(raw):
    nt = normalize_text(raw)
    assert nt.raw == raw
    n = len(nt.text)
    for i in (0, n // 2, n):
        assert 0 <= nt.to_raw(i) <= len(raw)
    a, b = nt.raw_span(0, n)
    assert 0 <= a <= b <= len(raw)
    for flag in nt.flags:
        assert 0 <= flag.start <= flag.end <= n
        assert 0 <= flag.raw_start <= flag.raw_end <= len(raw)


@SETTINGS
@given(any_text)
def test_normalising_twice_changes_nothing(raw):
    once = normalize_text(raw).text
    assert normalize_text(once).text == once


@SETTINGS
@given(any_text)
def test_extraction_spans_are_exact(raw):
    nt = normalize_text(raw)
    for q in iter_quantities(nt, 2025):
        assert 0 <= q.start < q.end <= len(nt.text)
        assert nt.text[q.start : q.end] == q.text
        assert 0 <= q.raw_start <= q.raw_end <= len(raw)
        assert q.value == q.value  # not NaN
        assert q.high is None or q.high >= q.value


@lru_cache(maxsize=1)
def simplified_alphabet() -> str:
    import opencc

    candidates = "".join(chr(c) for c in range(0x4E00, 0x9FA6, 7))
    t2s = opencc.OpenCC("t2s")
    # Characters t2s leaves as they are: simplified (or shared) ones.
    return "".join(ch for ch in candidates if t2s.convert(ch) == ch) + "0123456789.%。，、；：“”"


@st.composite
def simplified_text(draw):
    alphabet = simplified_alphabet()
    return draw(st.text(alphabet=st.sampled_from(alphabet), max_size=120))


@SETTINGS
@given(simplified_text())
def test_simplified_note_free_text_is_unchanged(text):
    import opencc

    t2s = opencc.OpenCC("t2s")
    assume(t2s.convert(text) == text)  # a phrase rule may still apply to a sequence
    assert normalize_text(text).text == text
