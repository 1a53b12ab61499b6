"""Build draft_blind's plan texts and answers.jsonl from the annotated sources.

Each ``source/<name>.ann`` marks every indicator a careful reader would list as
``[[text|value|unit|qualifier|kind|deadline]]``: kind t(arget) g(rowth)
d(escriptor) m(ilestone); for a milestone ``text`` is the task phrase and value,
unit and qualifier are ``-``; ``range:HIGH`` for ranges; ``-`` for no deadline.
The answers were written by hand; this script strips the marks, adds the area
(the text of the top-level heading ``一、…`` the mark sits under, without its
number, up to the first 。) and a context that occurs once in the file (the
helpers are heldout3's).

    python benchmarks/draft_blind/build.py    # rewrites *.txt and answers.jsonl
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout3"))
from build import T2S, annotated_texts, context, qualifier_and_high

KINDS = {"t": "target", "g": "growth", "d": "descriptor", "m": "milestone"}
HEADING = re.compile(r"^[一二三四五六七八九十]+、([^。\n]*)", re.MULTILINE)


def area_at(raw: str, offset: int) -> str | None:
    area = None
    for m in HEADING.finditer(raw, 0, offset):
        area = m.group(1).strip()
    return area


def main() -> int:
    rows = []
    for name, raw, marks in annotated_texts(HERE):
        floor = 0
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
                raise SystemExit(f"{name}: phrase too long for a context: {text}")
            rec["context"], floor = context(raw, start, end, floor)
            rows.append(rec)
    with open(HERE / "answers.jsonl", "w", encoding="utf-8") as fh:
        for rec in rows:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(rows)} answers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
