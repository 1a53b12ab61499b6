"""Sanity checks for a held-out set's gold.jsonl (default: this folder).

    python benchmarks/heldout3/check_gold.py [FOLDER]

Every label's context must occur exactly once in its file and contain its
text; contexts are 10-30 characters; labels are in text order (each context is
found after the previous one, as plan_analysis.extract.scoring.locate_gold
searches); ranges carry ``high`` (and only ranges); qualifiers and kinds come
from the schema; a ``result`` carries ``as_of`` and no deadline, other kinds no
``as_of``. Works on heldout2 too (it has no results).
"""

import json
import sys
from collections import Counter
from pathlib import Path

QUALIFIERS = {"=", ">=", "<=", "~", "range"}
KINDS = {"target", "growth", "descriptor", "result"}
FIELDS = {"doc", "text", "value", "unit", "qualifier", "kind", "deadline", "context"}


def check(folder: Path) -> list[str]:
    texts = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    errors = []
    cursor = Counter()
    n = Counter()
    kinds = Counter()
    qualifiers = Counter()
    units = set()
    for i, line in enumerate((folder / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(line)
        doc, ctx, text = rec["doc"], rec["context"], rec["text"]
        raw = texts.get(doc)
        where = f"line {i} ({doc}: {text})"
        if raw is None:
            errors.append(f"{where}: no such file")
            continue
        missing = FIELDS - rec.keys()
        if missing:
            errors.append(f"{where}: missing {sorted(missing)}")
        n[doc] += 1
        kinds[rec["kind"]] += 1
        qualifiers[rec["qualifier"]] += 1
        units.add(rec["unit"])
        if not isinstance(rec["value"], (int, float)):
            errors.append(f"{where}: value is not a number")
        if text not in ctx:
            errors.append(f"{where}: text not in context")
        if not 10 <= len(ctx) <= 30:
            errors.append(f"{where}: context length {len(ctx)}")
        at = raw.find(ctx, cursor[doc])
        if at < 0:
            errors.append(
                f"{where}: context not found after previous label"
                + (" (found earlier)" if ctx in raw else " (not in file)")
            )
        else:
            if raw.count(ctx) > 1:
                errors.append(f"{where}: context occurs {raw.count(ctx)} times")
            cursor[doc] = at
        if rec["qualifier"] not in QUALIFIERS or rec["kind"] not in KINDS:
            errors.append(f"{where}: bad qualifier/kind")
        if (rec["qualifier"] == "range") != ("high" in rec):
            errors.append(f"{where}: range needs high (and only ranges)")
        if "high" in rec and rec["high"] <= rec["value"]:
            errors.append(f"{where}: high not above value")
        if rec["kind"] == "result":
            if "as_of" not in rec or rec["deadline"] is not None:
                errors.append(f"{where}: a result needs as_of and no deadline")
        elif "as_of" in rec:
            errors.append(f"{where}: as_of on a {rec['kind']}")
        if rec["kind"] == "descriptor" and rec["deadline"] is not None:
            errors.append(f"{where}: descriptors carry no deadline")
    for doc, raw in sorted(texts.items()):
        print(f"{doc}: {len(raw)} chars, {n[doc]} labels")
    print(f"total {sum(n.values())} labels, {len(units)} distinct units")
    print("kinds:", dict(kinds.most_common()))
    print("qualifiers:", dict(qualifiers.most_common()))
    return errors


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent
    errors = check(folder)
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
