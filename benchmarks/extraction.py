"""Quantity extraction: quality against hand labels, whole-process speed, linearity.

    python benchmarks/extraction.py [--sets corpus,heldout,heldout2,heldout3] [--runs 3]
                                    [--no-speed] [--no-quality] [--per-doc] [--show-errors SET]
                                    [--density]
    python benchmarks/extraction.py baseline FILE      # the naive baseline, as a command

Quality: each labelled set is extracted and scored with
:mod:`plan_analysis.extract.scoring` *of this checkout* (loaded from its file, so
that an older extractor put first on ``PYTHONPATH`` is scored by the same,
current rules). A prediction matches a label only where their spans overlap.
Printed per set: lenient F1 (value+unit) and strict F1 (value, unit, qualifier,
kind) side by side, target F1, and qualifier/kind/deadline accuracy on matched
pairs; ``--per-doc`` adds one row per document (figures only). Per-mention
errors are printed only for the sets named by ``--show-errors`` (never by
default: a blind set stays blind).

Speed, whole process: two files are built in a temporary folder at run time
(never committed): (a) about 2M characters of real plan text, the seed and the
dev-corpus texts of ``../shared`` repeated; (b) the quantity-dense mix of the
held-out sets, as long. On each, ``python -m plan_analysis extract FILE
--format jsonl`` (start, import, read, normalise, extract, write JSON lines to a
file) and the naive baseline (OpenCC t2s → cn2an → one number+unit regex →
JSON lines, ``baseline`` below) run in turn, ``--runs`` times each; medians of
wall and CPU seconds (user+sys of the child) are printed, and the median of the
ratios of the pairs (each pair run one after the other). Wall
time counts waiting for a busy machine's cores; CPU time does not.

Growth: the project's command on the real text cut at 0.25/0.5/1/2/4M
characters, and the ratio of the 4M time to the 1M time (linear: 4).

Density (``--density``): the ratio depends on how many quantities a text
holds, since the baseline's cost is per character (t2s and cn2an read every
character) while the project's has a part per mention (kind, result, deadline,
area, measure and sentence of each). Files of 1M characters mixing the real
text and the dense mix in five proportions run both commands in turn; printed
per file are mentions per 1,000 characters, CPU seconds and the ratio, then the
cost of one more mention for each command (least squares over the five files)
and the density at which the ratio falls to 2.

Long runs: extraction of lines made of one piece repeated (thousands of
digits, numerals, separators, mentions without a comma …), at 10k and 40k
characters, in process: the ratio should be about 4 (linear).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = REPO.parent / "shared"
# PYTHONPATH first: an older extractor can be measured with this script.
sys.path.append(str(REPO / "src"))

from plan_analysis.extract.quantities import iter_quantities
from plan_analysis.extract.units import UNITS
from plan_analysis.text.decoding import read_text
from plan_analysis.text.normalize import normalize_text


def _load_scoring():
    """This checkout's scorer, whichever extractor is on the path."""
    spec = importlib.util.spec_from_file_location("_bench_scoring", REPO / "src/plan_analysis/extract/scoring.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


scoring = _load_scoring()

# name → (folders holding *.txt, gold file)
SETS = {
    "corpus": ([SHARED / "corpus", SHARED / "seed"], SHARED / "corpus" / "gold.jsonl"),
    "heldout": ([HERE / "heldout"], HERE / "heldout" / "gold.jsonl"),
    "heldout2": ([HERE / "heldout2"], HERE / "heldout2" / "gold.jsonl"),
    "heldout3": ([HERE / "heldout3"], HERE / "heldout3" / "gold.jsonl"),
    "heldout4": ([HERE / "heldout4"], HERE / "heldout4" / "gold.jsonl"),
    "kinddev": ([HERE / "kinddev"], HERE / "kinddev" / "gold.jsonl"),
    "heldout5": ([HERE / "heldout5"], HERE / "heldout5" / "gold.jsonl"),
}
HELDOUT_SETS = ("heldout", "heldout2", "heldout3")
# Sets kept blind: scored before and after a change, their errors never printed.
BLIND_SETS = frozenset({"heldout5"})


def extract_records(raw: str, doc: str) -> list[dict]:
    nt = normalize_text(raw, source=doc)
    return [q._asdict() for q in iter_quantities(nt, doc=doc)]


# ------------------------------------------------------------ naive baseline

_BASELINE_UNITS = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_BASELINE = re.compile(rf"(\d+(?:\.\d+)?)(万|亿)?({_BASELINE_UNITS})")


def baseline_command(path: str) -> int:
    """The naive baseline as a whole process: read, t2s, cn2an, regex, JSON lines on stdout."""
    import cn2an
    import opencc

    # cn2an warns on every numeral it cannot read as a number (十四五, a bare 亿).
    warnings.filterwarnings("ignore", category=UserWarning)
    raw = read_text(path).text
    text = opencc.OpenCC("t2s").convert(raw)
    try:
        text = cn2an.transform(text, "cn2an")
    except Exception:  # cn2an rejects some inputs; keep the text as it is
        pass
    write = sys.stdout.write
    for m in _BASELINE.finditer(text):
        value = float(m.group(1)) * {"万": 1e4, "亿": 1e8}.get(m.group(2) or "", 1.0)
        write(
            json.dumps(
                {
                    "doc": path,
                    "text": m.group(),
                    "start": m.start(),
                    "end": m.end(),
                    "value": value,
                    "unit": UNITS[m.group(3)].name,
                    "qualifier": "=",
                    "kind": "target",
                },
                ensure_ascii=False,
            )
            + "\n"
        )
    return 0


def baseline_records(raw: str, doc: str) -> list[dict]:
    """The baseline's mentions of one text, for scoring (it keeps no raw offsets)."""
    import cn2an
    import opencc

    warnings.filterwarnings("ignore", category=UserWarning)
    text = opencc.OpenCC("t2s").convert(raw)
    try:
        text = cn2an.transform(text, "cn2an")
    except Exception:
        pass
    return [
        {
            "doc": doc,
            "text": m.group(),
            "unit": UNITS[m.group(3)].name,
            "qualifier": "=",
            "kind": "target",
            "value": float(m.group(1)) * {"万": 1e4, "亿": 1e8}.get(m.group(2) or "", 1.0),
        }
        for m in _BASELINE.finditer(text)
    ]


# ------------------------------------------------------------------- quality


def load_texts(folders: list[Path]) -> dict[str, str]:
    return {p.name: read_text(p).text for f in folders if f.is_dir() for p in sorted(f.glob("*.txt"))}


def quality(name: str, *, per_doc: bool, show_errors: bool, with_baseline: bool, groups: list[str] = ()) -> dict | None:
    folders, gold_path = SETS[name]
    if not gold_path.is_file():
        print(f"\n== {name}: no gold file at {gold_path}, skipped")
        return None
    gold = scoring.load_gold(gold_path)
    texts = load_texts(folders)
    result = scoring.score(gold, {d: extract_records(t, d) for d, t in texts.items()}, texts)
    d = result.as_dict()
    print(f"\n== {name}: {d['gold']} gold mentions, {d['predicted']} predicted, {len(gold)} documents")
    print(
        f"  lenient F1 {d['f1']:.3f} (P {d['precision']:.3f} R {d['recall']:.3f})   strict F1 {d['strict_f1']:.3f}"
        f"   target F1 {d['target_f1']:.3f}"
    )
    print(
        f"  on matched: qualifier {d['qualifier_accuracy']:.3f}  kind {d['kind_accuracy']:.3f}"
        f"  deadline {d['deadline_accuracy']:.3f}   (matched without a span: {d['unpositioned']})"
    )
    if with_baseline:
        base = scoring.score(gold, {doc: baseline_records(t, doc) for doc, t in texts.items()}, texts)
        b = base.as_dict()
        print(
            f"  naive baseline: lenient F1 {b['f1']:.3f}  strict F1 {b['strict_f1']:.3f}"
            f"  (no offsets: matched on value+unit alone)"
        )
    if per_doc:
        for doc, records in gold.items():
            r = scoring.score({doc: records}, {doc: extract_records(texts[doc], doc)}, texts).as_dict()
            print(
                f"    {doc:34s} gold {r['gold']:3d}  lenient {r['f1']:.3f}  strict {r['strict_f1']:.3f}"
                f"  kind {r['kind_accuracy']:.3f}"
            )
    for group in groups:  # "h01,h02": the documents whose names start so, together
        prefixes = tuple(group.split(","))
        part = {doc: records for doc, records in gold.items() if doc.startswith(prefixes)}
        r = scoring.score(part, {doc: extract_records(texts[doc], doc) for doc in part}, texts).as_dict()
        print(
            f"  group {group}: gold {r['gold']}  lenient F1 {r['f1']:.3f}  strict F1 {r['strict_f1']:.3f}"
            f"  target F1 {r['target_f1']:.3f}  kind {r['kind_accuracy']:.3f}  deadline {r['deadline_accuracy']:.3f}"
        )
    if show_errors:
        for m in result.missed:
            print(f"  MISS   {m.doc}: {m.text} ({m.value:g} {m.unit}, {m.qualifier}, {m.kind})")
        for m in result.extra:
            print(f"  EXTRA  {m.doc}: {m.text} ({m.value:g} {m.unit}, {m.qualifier}, {m.kind})")
        for p in result.wrong:
            print(
                f"  WRONG  {p.gold.doc}: {p.gold.text} gold {p.gold.qualifier}/{p.gold.kind}"
                f" got {p.predicted.qualifier}/{p.predicted.kind}"
            )
    return d


# --------------------------------------------------------------------- speed


def build_file(texts: list[str], n_chars: int, path: Path) -> int:
    """``texts`` repeated (a blank line between) until ``n_chars``; the characters written."""
    parts, total, i = [], 0, 0
    while total < n_chars:
        parts.append(texts[i % len(texts)])
        total += len(parts[-1]) + 2
        i += 1
    body = "\n\n".join(parts)[:n_chars]
    body = body[: body.rfind("\n") + 1] or body  # end at a line break
    path.write_text(body, encoding="utf-8")
    return len(body)


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (os.environ.get("PYTHONPATH"), str(REPO / "src")) if p)
    return env


def run_once(cmd: list[str], out: Path) -> tuple[float, float]:
    """Wall and CPU (user+sys) seconds of one whole child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(out, "wb") as fh:
        subprocess.run(cmd, stdout=fh, stderr=subprocess.DEVNULL, check=True, env=_env())
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def ours_cmd(path: Path) -> list[str]:
    return [sys.executable, "-m", "plan_analysis", "extract", str(path), "--format", "jsonl"]


def baseline_cmd(path: Path) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "baseline", str(path)]


def side_by_side(label: str, path: Path, n_chars: int, runs: int, tmp: Path) -> None:
    walls: dict[str, list[float]] = {"ours": [], "base": []}
    cpus: dict[str, list[float]] = {"ours": [], "base": []}
    for _ in range(runs):  # in turn, so that a drift of the machine's speed hits both
        for key, cmd in (("ours", ours_cmd(path)), ("base", baseline_cmd(path))):
            wall, cpu = run_once(cmd, tmp / f"{key}.jsonl")
            walls[key].append(wall)
            cpus[key].append(cpu)
    mentions = {k: sum(1 for _ in open(tmp / f"{k}.jsonl", encoding="utf-8")) for k in walls}
    med = {k: (statistics.median(walls[k]), statistics.median(cpus[k])) for k in walls}
    print(f"\n== whole process on {label}: {n_chars / 1e6:.2f}M characters, median of {runs}")
    for key, name in (("ours", "plan-analysis extract"), ("base", "naive baseline")):
        wall, cpu = med[key]
        print(
            f"  {name:22s} wall {wall:6.2f} s ({n_chars / wall / 1e6:.2f}M chars/s)"
            f"   cpu {cpu:6.2f} s ({n_chars / cpu / 1e6:.2f}M chars/s)   {mentions[key]} mentions"
        )
    # The median of the ratios of runs made one after the other: a drift of the
    # machine's speed moves both runs of a pair, not the ratio.
    pair_wall = statistics.median(b / o for o, b in zip(walls["ours"], walls["base"]))
    pair_cpu = statistics.median(b / o for o, b in zip(cpus["ours"], cpus["base"]))
    print(f"  ratio (baseline time / ours), median of the {runs} pairs: wall {pair_wall:.2f}x   cpu {pair_cpu:.2f}x")


def growth(texts: list[str], runs: int, tmp: Path) -> None:
    print(f"\n== growth: plan-analysis extract on the real text cut at each size, median of {runs}")
    at: dict[float, float] = {}
    for size in (0.25, 0.5, 1, 2, 4):
        path = tmp / f"cut{size}.txt"
        n = build_file(texts, int(size * 1e6), path)
        samples = [run_once(ours_cmd(path), tmp / "cut.jsonl") for _ in range(runs)]
        wall, cpu = statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)
        at[size] = cpu
        print(f"  {n / 1e6:5.2f}M chars   wall {wall:6.2f} s   cpu {cpu:6.2f} s   ({n / cpu / 1e6:.2f}M chars/s cpu)")
    print(f"  growth 1M → 4M (cpu): {at[4] / at[1]:.2f}x   (linear: 4)")


def density(real: list[str], dense: list[str], runs: int, tmp: Path, n_chars: int = 1_000_000) -> None:
    print(f"\n== by density: {n_chars / 1e6:.1f}M characters, a share of them from the dense mix, CPU median of {runs}")
    points = []  # (mentions, ours cpu, baseline cpu)
    for share in (0.0, 0.25, 0.5, 0.75, 1.0):
        path, part = tmp / "density.txt", tmp / "part.txt"
        n_dense = build_file(dense, int(share * n_chars), part) if share else 0
        body = part.read_text(encoding="utf-8") if share else ""
        if share < 1:
            build_file(real, n_chars - n_dense, part)
            body += part.read_text(encoding="utf-8")
        path.write_text(body, encoding="utf-8")
        cpu: dict[str, list[float]] = {"ours": [], "base": []}
        for _ in range(runs):
            for key, cmd in (("ours", ours_cmd(path)), ("base", baseline_cmd(path))):
                cpu[key].append(run_once(cmd, tmp / f"{key}.jsonl")[1])
        mentions = sum(1 for _ in open(tmp / "ours.jsonl", encoding="utf-8"))
        ours, base = statistics.median(cpu["ours"]), statistics.median(cpu["base"])
        ratio = statistics.median(b / o for o, b in zip(cpu["ours"], cpu["base"]))  # of pairs
        points.append((mentions, ours, base))
        print(
            f"  dense share {share:4.2f}   {mentions / len(body) * 1000:5.1f} mentions per 1k chars"
            f"   ours {ours:5.2f} s   baseline {base:5.2f} s   ratio {ratio:4.2f}x"
        )
    # Least squares of cpu = a + b * mentions, for each command.
    xs = [p[0] for p in points]
    fit = {}
    for key, col in (("ours", 1), ("base", 2)):
        slope, intercept = statistics.linear_regression(xs, [p[col] for p in points])
        fit[key] = (intercept, slope)
        print(
            f"  one more mention costs {'ours' if key == 'ours' else 'the baseline'}: {slope * 1e6:5.1f} µs"
            f"   (at no mentions: {intercept:.2f} s per {n_chars / 1e6:.1f}M chars)"
        )
    (a_o, b_o), (a_b, b_b) = fit["ours"], fit["base"]
    if 2 * b_o > b_b:  # a_b + b_b m = 2 (a_o + b_o m)
        m = (a_b - 2 * a_o) / (2 * b_o - b_b)
        print(f"  the ratio falls to 2x at about {m / n_chars * 1000:.0f} mentions per 1k chars")


LONG_RUNS = {
    "digits": "1234567890",
    "Chinese numerals": "一二三四五六七八九十",
    "1,1,1,": "1,",
    ",111": ",111",
    "full-width points": "．",
    "1.1.": "1.",
    "万亿": "万亿",
    "1-1-": "1-",
    "?": "?",
    "mentions, no comma": "1个",
    "time word + mention": "全年1个、",
    "percent list": "增长1%和",
    # Comma clauses sharing one predicate (no verb after the comma) and no plan
    # period in it: the text opens with 新增 instead of 全年新增 (see long_runs).
    "clauses, one predicate": "，甲1个",
}
_HEADS = {"clauses, one predicate": "一、经济\n新增"}


def long_runs() -> None:
    print("\n== long runs (one line of a piece repeated), in process, cpu seconds")
    for name, piece in LONG_RUNS.items():
        row = []
        for n in (10_000, 40_000):
            text = _HEADS.get(name, "全年新增") + piece * (n // len(piece)) + "。"
            t0 = time.process_time()
            for _ in iter_quantities(normalize_text(text)):
                pass
            row.append(time.process_time() - t0)
        print(f"  {name:22s} 10k {row[0]:6.3f} s   40k {row[1]:6.3f} s   ratio {row[1] / max(row[0], 1e-6):5.1f}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["baseline"]:
        return baseline_command(argv[1])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="corpus,heldout,heldout2,heldout3", help="labelled sets to score")
    parser.add_argument("--runs", type=int, default=3, help="whole-process runs per command (median)")
    parser.add_argument("--mb", type=float, default=2.0, help="millions of characters of each speed file")
    parser.add_argument("--no-quality", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--no-growth", action="store_true")
    parser.add_argument("--density", action="store_true", help="also the ratio at five mention densities")
    parser.add_argument("--per-doc", action="store_true", help="one row of figures per document")
    parser.add_argument("--show-errors", default="", help="comma-separated sets whose misses and errors to list")
    parser.add_argument("--no-baseline", action="store_true", help="skip the baseline's quality")
    parser.add_argument(
        "--group",
        action="append",
        default=[],
        metavar="SET:PREFIX,PREFIX",
        help="also score these documents of SET together (repeatable), e.g."
        " heldout3:h01,h02,h03,h07 (its review-and-plan texts)",
    )
    args = parser.parse_args(argv)

    sets = [s for s in args.sets.split(",") if s]
    shown = set(args.show_errors.split(","))
    if shown & BLIND_SETS:
        parser.error(f"--show-errors: {', '.join(sorted(shown & BLIND_SETS))} is blind; its errors are not to be read")
    if not args.no_quality:
        for name in sets:
            if name not in SETS:
                parser.error(f"--sets: unknown set {name!r} (expected {', '.join(SETS)})")
            quality(
                name,
                per_doc=args.per_doc,
                show_errors=name in shown,
                with_baseline=not args.no_baseline and name == "corpus",
                groups=[g.split(":", 1)[1] for g in args.group if g.split(":", 1)[0] == name],
            )
    if args.no_speed:
        return 0
    real = list(load_texts(SETS["corpus"][0]).values())
    dense = [t for name in HELDOUT_SETS for t in load_texts(SETS[name][0]).values()]
    if not real:
        print(f"no real plan text found under {SHARED}: speed not measured", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="extraction-bench-") as tmp_name:
        tmp = Path(tmp_name)
        for label, texts in (("real plan text (seed + dev corpus)", real), ("quantity-dense held-out mix", dense)):
            path = tmp / "speed.txt"
            n = build_file(texts, int(args.mb * 1e6), path)
            side_by_side(label, path, n, args.runs, tmp)
        if not args.no_growth:
            growth(real, args.runs, tmp)
        if args.density:
            density(real, dense, args.runs, tmp)
    long_runs()
    return 0


if __name__ == "__main__":
    sys.exit(main())
