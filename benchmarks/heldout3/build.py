"""Build heldout3's plan texts and gold.jsonl from the annotated sources.

Each ``source/<name>.ann`` is a plan text in which every labelled quantity is
written as ``[[text|value|unit|qualifier|kind|period]]``: ``value`` in base units
(``2.6e8`` for 2.6亿), ``qualifier`` one of = >= <= ~ or ``range:HIGH``, ``kind``
one of t(arget) g(rowth) d(escriptor) r(esult), ``period`` the deadline (for
t/g/d) or the as-of period (for r), ``-`` for none. The labels were written by
hand; this script only strips the markup, picks a context of 10-30 characters
that occurs once in the file, and cross-checks Arabic-digit values against the
text.

    python benchmarks/heldout3/build.py [FOLDER]     # rewrites FOLDER's *.txt and gold.jsonl

FOLDER (default: heldout3) holds ``source/*.ann``; heldout4 uses this script too.
"""

import json
import re
import sys
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[([^\]|]+)\|([^\]|]+)\|([^\]|]+)\|([^\]|]+)\|([^\]|]+)\|([^\]|]+)\]\]")
KINDS = {"t": "target", "g": "growth", "d": "descriptor", "r": "result"}
FULL = str.maketrans("０１２３４５６７８９．", "0123456789.")
LEADING = re.compile(r"^[约近超]?([0-9.,]+)\s*(万|亿|萬|億)?")
T2S = opencc.OpenCC("t2s")


def strip(annotated: str):
    """Plain text and (start, end, fields) of each mark."""
    out, marks, pos = [], [], 0
    for m in MARK.finditer(annotated):
        out.append(annotated[pos : m.start()])
        start = sum(map(len, out))
        out.append(m.group(1))
        marks.append((start, start + len(m.group(1)), m.groups()))
        pos = m.end()
    out.append(annotated[pos:])
    return "".join(out), marks


def context(raw: str, start: int, end: int, floor: int) -> str:
    """Shortest window of >= 10 chars around [start, end) within its line, unique in raw."""
    line_start = raw.rfind("\n", 0, start) + 1
    line_end = raw.find("\n", end)
    line_end = len(raw) if line_end < 0 else line_end
    lo_limit = max(line_start, floor)
    best = None
    for extra in range(4, 31):  # at least a few characters of surroundings
        for left in range(extra, -1, -1):
            right = extra - left
            a, b = start - left, end + right
            if a < lo_limit or b > line_end or not 10 <= b - a <= 30:
                continue
            ctx = raw[a:b]
            if raw.count(ctx) == 1:
                # prefer a balanced window
                if best is None or abs(left - right) < abs(best[1] - best[2]):
                    best = (ctx, left, right, a)
        if best:
            return best[0], best[3]
    raise ValueError(f"no unique context for {raw[start:end]!r} at {start}")


def annotated_texts(folder: Path):
    """(file name, plain text, marks) of each source/*.ann, writing the plain text beside it."""
    for ann in sorted((folder / "source").glob("*.ann")):
        raw, marks = strip(ann.read_text(encoding="utf-8"))
        name = ann.stem + ".txt"
        (folder / name).write_text(raw, encoding="utf-8")
        yield name, raw, marks


def qualifier_and_high(qual: str):
    """``range:5`` → ("range", 5.0); ``>=`` → (">=", None)."""
    if qual.startswith("range:"):
        return "range", float(qual.split(":", 1)[1])
    return qual, None


def main(argv: list[str] | None = None) -> int:
    folder = Path(argv[0]).resolve() if argv else HERE
    problems = []
    gold = []
    for name, raw, marks in annotated_texts(folder):
        floor = 0
        for start, end, (text, value, unit, qual, kind, period) in marks:
            rec = {"doc": name, "text": text, "value": float(value), "unit": unit}
            rec["qualifier"], high = qualifier_and_high(qual)
            rec["kind"] = KINDS[kind]
            period = None if period == "-" else T2S.convert(period)
            rec["deadline"] = None if kind == "r" else period
            if kind == "r":
                rec["as_of"] = period
            try:
                ctx, floor = context(raw, start, end, floor)
            except ValueError as exc:
                problems.append(f"{name}: {exc}")
                continue
            rec["context"] = ctx
            if high is not None:
                rec["high"] = high
            lead = LEADING.match(text.translate(FULL))
            if lead and lead.group(1).replace(",", "").replace(".", "").isdigit():
                num = float(lead.group(1).replace(",", ""))
                mult = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}.get(lead.group(2), 1)
                if abs(num * mult - rec["value"]) > 1e-6 * max(1, abs(rec["value"])):
                    problems.append(f"{name}: {text} has value {rec['value']}, text says {num * mult}")
            gold.append(rec)
    with open(folder / "gold.jsonl", "w", encoding="utf-8") as fh:
        for rec in gold:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(gold)} labels")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
