"""Builds a tracking set's pairs.jsonl, links.jsonl and negatives.jsonl from its hand labels.

Each writer of a set keeps its labels, typed by hand and never computed, in its own
``labels_<writer>.py`` (``PAIRS``, ``LINKS``, ``NEGATIVES``), so that writers working
at the same time never edit the same file; :func:`build` joins them in file-name order.
Each set's ``build_labels.py`` calls it on its folder.
"""

import importlib.util
import json
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PAIR_KEYS = ("pair", "place", "plan", "plan_year", "docs", "sources")
LINK_KEYS = ("pair", "plan_text", "plan_context", "doc", "text", "context", "value", "unit", "as_of", "why")
NEG_KEYS = ("pair", "doc", "text", "context", "why")


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: cannot be imported")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write(path: Path, keys: tuple[str, ...], rows: Sequence[tuple[object, ...]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(dict(zip(keys, row, strict=True)), ensure_ascii=False) + "\n")


def build(here: Path) -> None:
    """Joins ``here/labels_*.py`` into ``here``'s pairs.jsonl, links.jsonl and negatives.jsonl."""
    pairs: list[tuple[object, ...]] = []
    links: list[tuple[object, ...]] = []
    negatives: list[tuple[object, ...]] = []
    for path in sorted(here.glob("labels_*.py")):
        module = _load(path)
        pairs += module.PAIRS
        links += module.LINKS
        negatives += module.NEGATIVES
    names = [str(pair[0]) for pair in pairs]
    if len(names) != len(set(names)):
        raise SystemExit(f"pair names repeat across labels_*.py: {sorted(names)}")
    write(here / "pairs.jsonl", PAIR_KEYS, pairs)
    write(here / "links.jsonl", LINK_KEYS, links)
    write(here / "negatives.jsonl", NEG_KEYS, negatives)
    print(f"{len(pairs)} pairs, {len(links)} links, {len(negatives)} negatives written")
