"""Sanity checks for heldout2/gold.jsonl (run from anywhere).

Every label's context must occur in its file and contain its text; contexts
are 10-30 characters; labels are in text order (each context is found after
the previous one, as plan_analysis.extract.scoring.locate_gold searches); ranges carry
``high``; qualifiers and kinds come from the schema.
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUALIFIERS = {"=", ">=", "<=", "~", "range"}
KINDS = {"target", "growth", "descriptor"}


def main() -> int:
    texts = {p.name: p.read_text(encoding="utf-8") for p in HERE.glob("*.txt")}
    errors = []
    cursor = Counter()
    n = Counter()
    units = set()
    for i, line in enumerate((HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(line)
        doc, ctx, text = rec["doc"], rec["context"], rec["text"]
        raw = texts.get(doc)
        where = f"line {i} ({doc}: {text})"
        if raw is None:
            errors.append(f"{where}: no such file")
            continue
        n[doc] += 1
        units.add(rec["unit"])
        if text not in ctx:
            errors.append(f"{where}: text not in context")
        if not 10 <= len(ctx) <= 30:
            errors.append(f"{where}: context length {len(ctx)}")
        at = raw.find(ctx, cursor[doc])
        if at < 0:
            errors.append(f"{where}: context not found after previous label"
                          + (" (found earlier)" if ctx in raw else " (not in file)"))
        else:
            if raw.count(ctx) > 1:
                errors.append(f"{where}: context occurs {raw.count(ctx)} times")
            cursor[doc] = at
        if rec["qualifier"] not in QUALIFIERS or rec["kind"] not in KINDS:
            errors.append(f"{where}: bad qualifier/kind")
        if (rec["qualifier"] == "range") != ("high" in rec):
            errors.append(f"{where}: range needs high (and only ranges)")
    for doc, raw in sorted(texts.items()):
        print(f"{doc}: {len(raw)} chars, {n[doc]} labels")
    print(f"total {sum(n.values())} labels, {len(units)} distinct units")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
