"""Quantity extraction: quality against hand labels, speed and memory.

    python benchmarks/extraction.py [--corpus DIR ...] [--gold FILE] [--mb 4]

Quality: every ``*.txt`` in the corpus folders (default ``../shared/corpus``
and ``../shared/seed`` next to the repository) is extracted and scored
against the gold file (default ``gold.jsonl`` in the first folder) with
:mod:`plan_analysis.extract.scoring`; misses and wrong qualifiers/kinds are printed.

Speed: the texts are repeated into a corpus of ``--mb`` MB of characters and
extracted document by document (streaming, as ``batch`` does), timed after
imports and warm-up (process start excluded). The naive baseline (OpenCC
t2s → cn2an → one number+unit regex) runs on the same documents, and both are
scored on the gold file too. Peak memory (tracemalloc) is measured on the
corpus and on a corpus four times larger: flat means about equal.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))

from plan_analysis.text.decoding import read_text  # noqa: E402
from plan_analysis.text.normalize import normalize_text  # noqa: E402
from plan_analysis.extract.quantities import iter_quantities  # noqa: E402
from plan_analysis.extract.scoring import load_gold, score  # noqa: E402
from plan_analysis.extract.units import UNITS  # noqa: E402


def extract_records(raw: str, doc: str) -> list[dict]:
    nt = normalize_text(raw, source=doc)
    return [q._asdict() for q in iter_quantities(nt, doc=doc)]


# ------------------------------------------------------------ naive baseline

_BASELINE_UNITS = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_BASELINE = re.compile(rf"(\d+(?:\.\d+)?)(万|亿)?({_BASELINE_UNITS})")


class Baseline:
    """OpenCC t2s, then cn2an, then one regex for number + unit."""

    def __init__(self):
        import cn2an
        import opencc

        self._t2s = opencc.OpenCC("t2s")
        self._cn2an = cn2an
        # cn2an warns on every numeral it cannot read as a number (十四五, a bare 亿).
        warnings.filterwarnings("ignore", message="不符合格式的数据", category=UserWarning)

    def records(self, raw: str, doc: str) -> list[dict]:
        text = self._t2s.convert(raw)
        try:
            text = self._cn2an.transform(text, "cn2an")
        except Exception:  # cn2an rejects some inputs; keep the text as it is
            pass
        out = []
        for m in _BASELINE.finditer(text):
            value = float(m.group(1)) * {"万": 1e4, "亿": 1e8}.get(m.group(2) or "", 1.0)
            out.append({"doc": doc, "text": m.group(), "value": value, "unit": UNITS[m.group(3)].name,
                        "qualifier": "=", "kind": "target", "raw_start": None})
        return out


# ------------------------------------------------------------------- quality


def load_texts(folders: list[Path]) -> dict[str, str]:
    texts = {}
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            texts[path.name] = read_text(path).text
    return texts


def report_quality(name: str, result, *, show_misses: bool) -> None:
    d = result.as_dict()
    print(f"\n== {name}: quality on {d['gold']} gold mentions, {d['predicted']} predicted")
    print(f"  value+unit   P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}")
    print(f"  target recall {d['target_recall']:.3f}")
    print(f"  on matched   qualifier {d['qualifier_accuracy']:.3f}  kind {d['kind_accuracy']:.3f}"
          f"  deadline {d['deadline_accuracy']:.3f}")
    print(f"  F1 with qualifier+kind {d['strict_f1']:.3f}")
    if not show_misses:
        return
    for m in result.missed:
        print(f"  MISS   {m.doc}: {m.text} ({m.value:g} {m.unit}, {m.qualifier}, {m.kind})")
    for m in result.extra:
        print(f"  EXTRA  {m.doc}: {m.text} ({m.value:g} {m.unit}, {m.qualifier}, {m.kind})")
    for p in result.wrong:
        print(f"  WRONG  {p.gold.doc}: {p.gold.text} gold {p.gold.qualifier}/{p.gold.kind}"
              f" got {p.predicted.qualifier}/{p.predicted.kind}")


def per_doc_seed(result, seed_names: set[str]) -> None:
    seed_pairs = [p for p in result.pairs if p.gold.doc in seed_names]
    seed_gold = len(seed_pairs) + sum(m.doc in seed_names for m in result.missed)
    right_q = sum(p.gold.qualifier == p.predicted.qualifier for p in seed_pairs)
    print(f"  seed: {len(seed_pairs)}/{seed_gold} matched, qualifiers right {right_q}/{len(seed_pairs)}")


# --------------------------------------------------------------------- speed


def build_corpus(texts: list[str], n_chars: int) -> list[str]:
    docs, total, i = [], 0, 0
    while total < n_chars:
        doc = texts[i % len(texts)]
        docs.append(doc)
        total += len(doc)
        i += 1
    return docs


def throughput(fn, docs: list[str], repeats: int = 3) -> tuple[float, float, int]:
    """Best of ``repeats`` timed passes (other processes add noise, never speed)."""
    fn(docs[0], "warm-up")
    n_chars = sum(len(d) for d in docs)
    best = float("inf")
    n = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        n = 0
        for i, doc in enumerate(docs):
            n += len(fn(doc, f"doc{i}"))
        best = min(best, time.perf_counter() - t0)
    return n_chars / best, best, n


def peak_memory(fn, docs: list[str]) -> int:
    tracemalloc.start()
    for i, doc in enumerate(docs):
        fn(doc, f"doc{i}")  # results dropped: streaming
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = REPO.parent / "shared"
    parser.add_argument("--corpus", type=Path, action="append",
                        help="folder of *.txt (repeatable); default ../shared/corpus and ../shared/seed")
    parser.add_argument("--gold", type=Path, help="gold.jsonl (default: in the first corpus folder)")
    parser.add_argument("--mb", type=float, default=4.0, help="size of the speed corpus in millions of characters")
    parser.add_argument("--no-baseline", action="store_true", help="skip the naive baseline")
    parser.add_argument("--quiet", action="store_true", help="do not list misses")
    args = parser.parse_args(argv)

    folders = args.corpus or [shared / "corpus", shared / "seed"]
    folders = [f for f in folders if f.is_dir()]
    if not folders:
        print("no corpus folder found (expected ../shared/corpus)", file=sys.stderr)
        return 2
    gold_path = args.gold or folders[0] / "gold.jsonl"
    texts = load_texts(folders)
    print(f"corpus: {len(texts)} texts, {sum(map(len, texts.values()))} characters from "
          + ", ".join(str(f) for f in folders))

    baseline = None
    if not args.no_baseline:
        try:
            baseline = Baseline()
        except ImportError as exc:
            print(f"baseline skipped: {exc} (pip install '.[bench]')")

    if gold_path.is_file():
        gold = load_gold(gold_path)
        ours = score(gold, {d: extract_records(t, d) for d, t in texts.items()}, texts)
        report_quality("plan-analysis", ours, show_misses=not args.quiet)
        seed_names = {p.name for f in folders if f.name == "seed" for p in f.glob("*.txt")}
        if seed_names:
            per_doc_seed(ours, seed_names)
        if baseline is not None:
            base = score(gold, {d: baseline.records(t, d) for d, t in texts.items()}, texts)
            report_quality("naive baseline (t2s + cn2an + regex)", base, show_misses=False)
    else:
        print(f"no gold file at {gold_path}: quality not scored")

    docs = build_corpus(list(texts.values()), int(args.mb * 1e6))
    n_chars = sum(map(len, docs))
    print(f"\n== speed on {len(docs)} documents, {n_chars / 1e6:.2f}M characters (one core, best of 3)")
    rate, seconds, n = throughput(extract_records, docs)
    print(f"  plan-analysis  {rate / 1e6:.2f}M chars/s  ({seconds:.2f} s, {n} quantities)")
    if baseline is not None:
        base_rate, base_seconds, base_n = throughput(baseline.records, docs)
        print(f"  naive baseline {base_rate / 1e6:.2f}M chars/s  ({base_seconds:.2f} s, {base_n} quantities)")
        print(f"  ratio          {rate / base_rate:.2f}x")

    small = docs[: max(1, len(docs) // 4)]
    peak_small = peak_memory(extract_records, small)
    peak_large = peak_memory(extract_records, docs)
    print(f"\n== peak memory (tracemalloc), streaming")
    print(f"  {sum(map(len, small)) / 1e6:.2f}M chars: {peak_small / 1e6:.2f} MB;"
          f" {n_chars / 1e6:.2f}M chars: {peak_large / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
