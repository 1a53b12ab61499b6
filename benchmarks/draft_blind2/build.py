"""Build draft_blind2's plan texts and answers.jsonl from the annotated sources.

The mark format, the area and context rules are draft_blind's (see
``../draft_blind/build.py``); this script runs that builder on this folder
instead of copying it, so the two sets are built the same way. Afterwards it
checks what a scorer relies on: every context occurs exactly once in its text
and contains the answer's text.

    python benchmarks/draft_blind2/build.py    # rewrites *.txt and answers.jsonl
"""

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_draft_blind_builder():
    """draft_blind/build.py as a module (both files are named build.py)."""
    path = HERE.parent / "draft_blind" / "build.py"
    spec = importlib.util.spec_from_file_location("draft_blind_build", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check(answers_path: Path) -> list[str]:
    problems = []
    rows = [json.loads(line) for line in answers_path.read_text(encoding="utf-8").splitlines()]
    texts = {name: (HERE / name).read_text(encoding="utf-8") for name in {r["doc"] for r in rows}}
    for rec in rows:
        raw = texts[rec["doc"]]
        if raw.count(rec["context"]) != 1:
            problems.append(f"{rec['doc']}: context {rec['context']!r} is not unique")
        if rec["text"] not in rec["context"]:
            problems.append(f"{rec['doc']}: context {rec['context']!r} lacks {rec['text']!r}")
    seen = Counter((r["doc"], r["context"]) for r in rows)
    problems += [f"{doc}: context {ctx!r} used twice" for (doc, ctx), n in seen.items() if n > 1]
    return problems


def main() -> int:
    builder = load_draft_blind_builder()
    builder.HERE = HERE
    status = builder.main()
    problems = check(HERE / "answers.jsonl")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems or status else status


if __name__ == "__main__":
    sys.exit(main())
