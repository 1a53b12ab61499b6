"""Build draft_blind4's plan texts and answers.jsonl from the annotated sources.

The format is draft_blind's: each ``source/<name>.ann`` marks every indicator a
careful reader would list as ``[[text|value|unit|qualifier|kind|deadline]]``,
kind t(arget) g(rowth) d(escriptor) m(ilestone); for a milestone ``text`` is the
task phrase as written and value, unit and qualifier are ``-``; ``range:HIGH``
for ranges; ``-`` for no deadline. The answers were written by hand before any
extractor or draft code was run on these texts. This script only strips the
marks, adds the area (the top-level heading ``一、…`` a mark sits under, up to
its first 。) and a context that occurs once in the file (heldout3's helpers),
and stops on an Arabic-digit value that disagrees with its text or on a context
used twice.

    /work/main/.venv/bin/python benchmarks/draft_blind4/build.py
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout3"))
from build import FULL, LEADING, T2S, annotated_texts, context, qualifier_and_high

KINDS = {"t": "target", "g": "growth", "d": "descriptor", "m": "milestone"}
HEADING = re.compile(r"^[一二三四五六七八九十]+、([^。\n]*)", re.MULTILINE)
MULTIPLIERS = {"万": 1e4, "亿": 1e8, "萬": 1e4, "億": 1e8}


def area_at(raw: str, offset: int) -> str | None:
    """Text of the last top-level heading before ``offset``, None before the first."""
    area = None
    for m in HEADING.finditer(raw, 0, offset):
        area = m.group(1).strip()
    return area


def value_problem(text: str, value: float) -> str | None:
    """Why an Arabic-digit ``text`` disagrees with its hand-written ``value``, if it does."""
    lead = LEADING.match(text.translate(FULL))
    if not lead or not lead.group(1).replace(",", "").replace(".", "").isdigit():
        return None
    written = float(lead.group(1).replace(",", "")) * MULTIPLIERS.get(lead.group(2) or "", 1)
    if abs(written - value) > 1e-6 * max(1.0, abs(value)):
        return f"{text} has value {value}, text says {written}"
    return None


def main() -> int:
    rows = []
    problems = []
    for name, raw, marks in annotated_texts(HERE):
        floor = 0
        seen: set[str] = set()
        for start, end, (text, value, unit, qual, kind, deadline) in marks:
            rec = {"doc": name, "kind": KINDS[kind], "text": text}
            milestone = kind == "m"
            rec["value"] = None if milestone else float(value)
            rec["unit"] = None if milestone else unit
            rec["qualifier"], high = (None, None) if milestone else qualifier_and_high(qual)
            if high is not None:
                rec["high"] = high
            rec["deadline"] = None if deadline == "-" else T2S.convert(deadline)
            rec["area"] = area_at(raw, start)
            if len(text) > 26:
                problems.append(f"{name}: phrase too long for a context: {text}")
                continue
            rec["context"], floor = context(raw, start, end, floor)
            if rec["context"] in seen:
                problems.append(f"{name}: context used twice: {rec['context']}")
            seen.add(rec["context"])
            if not milestone:
                problem = value_problem(text, rec["value"])
                if problem:
                    problems.append(f"{name}: {problem}")
            rows.append(rec)
    for problem in problems:
        print("PROBLEM", problem)
    if problems:
        return 1
    with open(HERE / "answers.jsonl", "w", encoding="utf-8") as fh:
        for rec in rows:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(rows)} answers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
