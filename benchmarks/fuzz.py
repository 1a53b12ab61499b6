"""Long fuzz of normalize_text and extract_quantities (``make fuzz``).

Outside the default test run: it takes minutes. It drives the same properties as
tests/test_properties.py with a far larger budget and with inputs built from the
pieces that trip extractors (numerals, units, qualifiers, pinyin notes,
mojibake, brackets, mixed scripts) as well as arbitrary text and bytes.

    python benchmarks/fuzz.py [--examples 200000] [--seed 0]

It prints how many inputs ran, how long it took and every failure found
(hypothesis shrinks each to a minimal example), and exits 1 on a failure.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from plan_analysis.errors import InputError
from plan_analysis.extract.quantities import MAX_MATCH_CHARS, MAX_SENTENCE_CHARS, extract_quantities
from plan_analysis.text.normalize import normalize_text

PIECES = [
    "8",
    "2.5",
    "1.2",
    "50000",
    "3-5",
    "4.5%至5%",
    "一千二百",
    "三",
    "两",
    "十",
    "百",
    "万",
    "亿",
    "元",
    "亿元",
    "万元",
    "美元",
    "亩",
    "萬(wàn)畝",
    "公里",
    "平方米",
    "户",
    "戶",
    "座",
    "个",
    "個(gè)",
    "家",
    "项",
    "人次",
    "台(套)",
    "臺(tái)(套)",
    "%",
    "％",
    "吨",
    "以上",
    "不少于",
    "突破",
    "超过",
    "以内",
    "控制在",
    "以下",
    "左右",
    "约",
    "全年",
    "四季度",
    "下半年",
    "10月底",
    "11月底前",
    "年底前",
    "其中",
    "七顷",
    "1+19+N",
    "三纵三横",
    "十四五",
    "一是",
    "二是",
    "第1篇",
    "一批",
    "聚焦经济运行，",
    "。",
    "，",
    "、",
    "；",
    "(",
    ")",
    "（",
    "）",
    "“",
    "”",
    "?",
    "?。ㄗ髡呦",
    "規(guī)?;l(fā)展",
    "\n",
    " ",
    "\u3000",
    "\ufeff",
    "檢驗(yàn)",
    "０１２",
    "ＡＢ",
]

plan_like = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=60).map("".join)
# Long runs of one piece (issue 10: extraction must stay linear in them): digits,
# numerals, separators, mentions without a comma, then a unit or punctuation.
RUN_PIECES = [
    "1",
    "1234567890",
    "一二三四五六七八九十",
    "十",
    "万",
    "亿",
    "1,",
    ",111",
    "．",
    "1.",
    "1-",
    "三点",
    "百分之",
    "1个",
    "全年1个、",
    "增长1%和",
    "，甲1个",
    "一是",
    "?",
    "(yàn)",
    "\n",
    "，",
]
long_runs = st.builds(
    lambda piece, n, tail: piece * n + tail,
    st.sampled_from(RUN_PIECES),
    st.integers(min_value=50, max_value=4000),
    st.sampled_from(["亿元", "个以上", "。", "", "%", "万吨/年"]),
)
any_text = st.text(max_size=400)
any_bytes = st.binary(max_size=400)


def check_text(text: str) -> None:
    normalized = normalize_text(text)
    assert normalize_text(normalized.text).text == normalized.text, "normalising twice changed the text"
    frame = extract_quantities(normalized)
    body = normalized.text
    for row in frame.itertuples():
        assert 0 <= row.start < row.end <= len(body), f"span {row.start}:{row.end} outside the text"
        assert body[row.start : row.end] == row.text, "text != normalised[start:end]"
        assert row.end - row.start <= MAX_MATCH_CHARS, "a match longer than its bound"
        assert len(row.sentence) <= MAX_SENTENCE_CHARS, "a sentence column longer than its bound"
        assert 0 <= row.raw_start <= row.raw_end <= len(normalized.raw), "raw span outside the raw text"


def check_bytes(data: bytes) -> None:
    try:
        normalized = normalize_text(data)
    except InputError:
        return  # a clear refusal of undecodable or binary input is the right answer
    extract_quantities(normalized)


def linearity() -> None:
    """Each long run at 10k and 40k characters: the time should grow about 4x."""
    print("long runs, 10k → 40k characters (cpu seconds; linear is 4x):")
    for piece in RUN_PIECES:
        times = []
        for n in (10_000, 40_000):
            text = piece * (n // len(piece)) + "亿元。"
            t0 = time.process_time()
            extract_quantities(normalize_text(text))
            times.append(time.process_time() - t0)
        print(f"  {piece!r:22s} {times[0]:6.3f} s → {times[1]:6.3f} s  ({times[1] / max(times[0], 1e-6):4.1f}x)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200_000, help="inputs per target (default 200000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    budget = settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
    )
    counts: dict[str, int] = {}
    failures: list[str] = []

    def counted(name, check):
        def run(value):
            counts[name] = counts.get(name, 0) + 1
            check(value)

        return run

    targets = [
        ("plan-like text", plan_like, check_text),
        ("long runs", long_runs, check_text),
        ("any unicode text", any_text, check_text),
        ("any bytes", any_bytes, check_bytes),
    ]
    started = time.perf_counter()
    for name, strategy, check in targets:
        test = seed(args.seed)(budget(given(strategy)(counted(name, check))))
        t0 = time.perf_counter()
        try:
            test()
            outcome = "ok"
        except Exception:  # hypothesis re-raises the shrunk failure
            outcome = "FAILED"
            failures.append(f"{name}:\n{traceback.format_exc()}")
        print(f"{name:18s} {counts.get(name, 0):>9,d} inputs  {time.perf_counter() - t0:7.1f} s  {outcome}")
    total = sum(counts.values())
    print(f"{'total':18s} {total:>9,d} inputs  {time.perf_counter() - started:7.1f} s  {len(failures)} failure(s)")
    linearity()
    for failure in failures:
        print("\n" + failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
