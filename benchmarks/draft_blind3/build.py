"""Build draft_blind3's plan texts and answers.jsonl from the annotated sources.

The sources and their marks follow draft_blind's format exactly (see
``../draft_blind/build.py``): each ``source/<name>.ann`` marks every indicator
a careful reader would list as ``[[text|value|unit|qualifier|kind|deadline]]``
with kind t(arget) g(rowth) d(escriptor) m(ilestone). So this script runs
draft_blind's builder on this folder instead of keeping a second copy of it,
then checks what that builder does not: every Arabic-digit value agrees with
its text (heldout3's check), every context is unique across the whole set and
not only within its file, and the set is as large as issue 18 asks.

    /work/main/.venv/bin/python benchmarks/draft_blind3/build.py
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
MIN_PLANS = 6
MIN_MILESTONES = 45


def _load_draft_blind_builder() -> ModuleType:
    # Loaded under its own name: a plain ``import build`` would find this file.
    path = HERE.parent / "draft_blind" / "build.py"
    spec = importlib.util.spec_from_file_location("draft_blind_build", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _value_problems(rows: list[dict], leading: re.Pattern[str], full: dict[int, str]) -> list[str]:
    """Rows whose leading Arabic number (times 万/亿) disagrees with ``value``."""
    problems = []
    for row in rows:
        if row["kind"] == "milestone":
            continue
        lead = leading.match(row["text"].translate(full))
        if not lead or not lead.group(1).replace(",", "").replace(".", "").isdigit():
            continue
        number = float(lead.group(1).replace(",", ""))
        scale = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}.get(lead.group(2), 1)
        if abs(number * scale - row["value"]) > 1e-6 * max(1.0, abs(row["value"])):
            problems.append(f"{row['doc']}: {row['text']} has value {row['value']}, text says {number * scale}")
    return problems


def main() -> int:
    builder = _load_draft_blind_builder()
    builder.HERE = HERE  # its main() reads source/ and writes answers.jsonl under HERE
    if builder.main() != 0:
        return 1
    held3 = sys.modules["build"]  # heldout3's helpers, imported by draft_blind's builder
    with open(HERE / "answers.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    problems = _value_problems(rows, held3.LEADING, held3.FULL)
    contexts = Counter(row["context"] for row in rows)
    problems += [f"context {ctx!r} used {n} times" for ctx, n in contexts.items() if n > 1]
    texts = {p.name: p.read_text(encoding="utf-8") for p in HERE.glob("*.txt")}
    for row in rows:
        hits = sum(text.count(row["context"]) for text in texts.values())
        if hits != 1:
            problems.append(f"{row['doc']}: context {row['context']!r} occurs {hits} times in the set")
        if row["deadline"] is not None and row["kind"] == "milestone" and row["deadline"] not in texts[row["doc"]]:
            problems.append(f"{row['doc']}: deadline {row['deadline']!r} is not written in the text")
    milestones = sum(row["kind"] == "milestone" for row in rows)
    if len(texts) < MIN_PLANS or milestones < MIN_MILESTONES:
        problems.append(f"{len(texts)} plans, {milestones} milestones: fewer than {MIN_PLANS} / {MIN_MILESTONES}")
    for problem in problems:
        print("PROBLEM", problem)
    by_doc: dict[str, Counter] = {}
    for row in rows:
        by_doc.setdefault(row["doc"], Counter())[row["kind"]] += 1
    for doc, kinds in sorted(by_doc.items()):
        counts = " ".join(f"{k}={kinds[k]}" for k in ("target", "growth", "descriptor", "milestone"))
        print(f"{doc}: {len(texts[doc])} chars, {sum(kinds.values())} answers ({counts})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
