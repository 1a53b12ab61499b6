"""Checks a tracking set (track_blind, track_blind2, track_blind3 …): files exist, every context occurs
once and holds its text, values and dates parse. Each set's ``check.py`` calls :func:`check` on its folder."""

import datetime
import json
from pathlib import Path


def load(here: Path, name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (here / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def docs_of(pair: dict[str, object]) -> list[str]:
    docs = pair["docs"]
    return [str(doc) for doc in docs] if isinstance(docs, list) else []


def unique_context(here: Path, problems: list[str], where: str, path: str, context: object, text: object) -> None:
    body = (here / path).read_text(encoding="utf-8")
    if not isinstance(context, str) or not isinstance(text, str):
        problems.append(f"{where}: context/text not strings")
        return
    if body.count(context) != 1:
        problems.append(f"{where}: context {context!r} occurs {body.count(context)} times in {path}")
    if text not in context:
        problems.append(f"{where}: text {text!r} not in context {context!r}")
    if not 5 <= len(context) <= 40:
        problems.append(f"{where}: context length {len(context)}")


def check(here: Path) -> int:
    """Print every problem of the set in ``here`` and the counts; 1 if any problem."""
    problems: list[str] = []
    pairs = {str(p["pair"]): p for p in load(here, "pairs.jsonl")}
    for name, pair in pairs.items():
        for path in [str(pair["plan"]), *docs_of(pair)]:
            if not (here / path).is_file():
                problems.append(f"{name}: missing {path}")
    links = load(here, "links.jsonl")
    for number, link in enumerate(links, 1):
        where = f"links.jsonl:{number}"
        linked_pair = pairs.get(str(link["pair"]))
        if linked_pair is None or link["doc"] not in docs_of(linked_pair):
            problems.append(f"{where}: unknown pair or doc")
            continue
        unique_context(here, problems, where, str(linked_pair["plan"]), link["plan_context"], link["plan_text"])
        unique_context(here, problems, where, str(link["doc"]), link["context"], link["text"])
        if not isinstance(link["value"], int | float):
            problems.append(f"{where}: value not a number")
        try:
            datetime.date.fromisoformat(str(link["as_of"]))
        except ValueError:
            problems.append(f"{where}: as_of not ISO")
    negatives = load(here, "negatives.jsonl")
    for number, negative in enumerate(negatives, 1):
        where = f"negatives.jsonl:{number}"
        negative_pair = pairs.get(str(negative["pair"]))
        if negative_pair is None or negative["doc"] not in docs_of(negative_pair):
            problems.append(f"{where}: unknown pair or doc")
            continue
        unique_context(here, problems, where, str(negative["doc"]), negative["context"], negative["text"])
    for problem in problems:
        print(problem)
    print(f"{len(pairs)} pairs, {len(links)} links, {len(negatives)} negatives, {len(problems)} problems")
    return 1 if problems else 0
