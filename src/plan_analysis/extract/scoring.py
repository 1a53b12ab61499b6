"""Score extracted quantities against hand labels (gold.jsonl).

Matching is one-to-one, per document. A predicted and a gold mention pair up
when their spans overlap in the raw text, their values agree (relative
tolerance 1e-6) and their units name the same canonical unit (traditional and
simplified forms agree: 個 = 个, 臺(套) = 台(套)). The gold ``context`` locates
a label in the raw text (its span: where its ``text`` sits inside the
context); a prediction's span is ``raw_start``/``raw_end``. The same value and
unit elsewhere in the document is *not* a match. Only when either side has no
position (a gold context not found, or a baseline that keeps no offsets) do
value and unit alone decide, nearest first; ``Score.unpositioned`` counts
those pairs so that a reader can see the weaker matching was used.

Reported (``Score.as_dict``): precision, recall and F1 on value+unit (the
*lenient* figure); the *strict* F1, in which a pair counts only if qualifier
and kind are right too (value, unit, qualifier, kind); recall on gold
targets; precision/recall/F1 of targets alone (a prediction of kind
``target`` against gold of kind ``target``: ``result``, ``growth`` and
``descriptor`` are not targets on either side); qualifier, kind and deadline
accuracy on matched pairs.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plan_analysis.extract.units import parse_unit

__all__ = ["Mention", "Pair", "Score", "canonical_unit", "load_gold", "match_document", "score"]


@dataclass(frozen=True)
class Mention:
    doc: str
    text: str
    value: float
    unit: str
    qualifier: str = "="
    kind: str = "target"
    deadline: str | None = None
    high: float | None = None
    position: int | None = None  # raw offset, when known
    end: int | None = None  # raw end offset, when known

    @classmethod
    def from_record(cls, rec: Mapping[str, Any], *, position: int | None = None, end: int | None = None) -> Mention:
        high = rec.get("high")
        if high is not None and isinstance(high, float) and math.isnan(high):
            high = None
        deadline = rec.get("deadline")
        if deadline is not None and not isinstance(deadline, str):
            deadline = None  # NaN from a DataFrame
        return cls(
            doc=str(rec.get("doc") or ""),
            text=str(rec.get("text") or ""),
            value=float(rec["value"]),
            unit=str(rec["unit"]),
            qualifier=str(rec.get("qualifier") or "="),
            kind=str(rec.get("kind") or "target"),
            deadline=deadline,
            high=None if high is None else float(high),
            position=position if position is not None else _offset(rec.get("raw_start")),
            end=end if end is not None else _offset(rec.get("raw_end")),
        )

    def overlaps(self, other: Mention) -> bool | None:
        """Whether the two raw spans overlap; None when either is unknown."""
        if self.position is None or other.position is None:
            return None
        a_end = self.end if self.end is not None else self.position + max(1, len(self.text))
        b_end = other.end if other.end is not None else other.position + max(1, len(other.text))
        return self.position < b_end and other.position < a_end


def _offset(value: Any) -> int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    offset: int = int(value)
    return offset


@dataclass(frozen=True)
class Pair:
    gold: Mention
    predicted: Mention

    @property
    def strict(self) -> bool:
        return self.gold.qualifier == self.predicted.qualifier and self.gold.kind == self.predicted.kind


@dataclass
class Score:
    n_gold: int = 0
    n_predicted: int = 0
    pairs: list[Pair] = field(default_factory=list)
    missed: list[Mention] = field(default_factory=list)  # gold without a partner
    extra: list[Mention] = field(default_factory=list)  # predictions without a partner
    unpositioned: int = 0  # pairs matched on value+unit alone (a span unknown)

    @property
    def matched(self) -> int:
        return len(self.pairs)

    @property
    def precision(self) -> float:
        return self.matched / self.n_predicted if self.n_predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def strict_matched(self) -> int:
        return sum(p.strict for p in self.pairs)

    @property
    def strict_f1(self) -> float:
        p = self.strict_matched / self.n_predicted if self.n_predicted else 1.0
        r = self.strict_matched / self.n_gold if self.n_gold else 1.0
        return _f1(p, r)

    @property
    def target_recall(self) -> float:
        targets = [p for p in self.pairs if p.gold.kind == "target"]
        n = len(targets) + sum(m.kind == "target" for m in self.missed)
        return len(targets) / n if n else 1.0

    @property
    def target_f1(self) -> float:
        """F1 of targets alone: pairs where both sides are ``target`` against
        all gold targets and all predicted targets (a ``result``, ``growth`` or
        ``descriptor`` is not a target, on either side)."""
        both = sum(p.gold.kind == "target" and p.predicted.kind == "target" for p in self.pairs)
        n_gold = sum(p.gold.kind == "target" for p in self.pairs) + sum(m.kind == "target" for m in self.missed)
        n_pred = sum(p.predicted.kind == "target" for p in self.pairs) + sum(m.kind == "target" for m in self.extra)
        return _f1(both / n_pred if n_pred else 1.0, both / n_gold if n_gold else 1.0)

    def _accuracy(self, attr: str) -> float:
        if not self.pairs:
            return 1.0
        agreeing: int = sum(getattr(p.gold, attr) == getattr(p.predicted, attr) for p in self.pairs)
        return agreeing / len(self.pairs)

    @property
    def qualifier_accuracy(self) -> float:
        return self._accuracy("qualifier")

    @property
    def kind_accuracy(self) -> float:
        return self._accuracy("kind")

    @property
    def deadline_accuracy(self) -> float:
        return self._accuracy("deadline")

    @property
    def wrong(self) -> list[Pair]:
        """Matched pairs whose qualifier or kind is wrong."""
        return [p for p in self.pairs if not p.strict]

    def merge(self, other: Score) -> Score:
        return Score(
            self.n_gold + other.n_gold,
            self.n_predicted + other.n_predicted,
            self.pairs + other.pairs,
            self.missed + other.missed,
            self.extra + other.extra,
            self.unpositioned + other.unpositioned,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.n_gold,
            "predicted": self.n_predicted,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "target_recall": self.target_recall,
            "target_f1": self.target_f1,
            "qualifier_accuracy": self.qualifier_accuracy,
            "kind_accuracy": self.kind_accuracy,
            "deadline_accuracy": self.deadline_accuracy,
            "strict_f1": self.strict_f1,
            "unpositioned": self.unpositioned,
        }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def canonical_unit(unit: str) -> str:
    """The unit's canonical simplified name (個 → 个, 萬元 → 元); else the string."""
    try:
        return parse_unit(unit)[1]
    except ValueError:
        return unit.strip()


def _same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def load_gold(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Gold records grouped by document (file name), in file order."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                by_doc[rec["doc"]].append(rec)
    return dict(by_doc)


def locate_gold(records: Iterable[Mapping[str, Any]], raw_text: str) -> list[Mention]:
    """Gold mentions with their raw offset found through ``context``."""
    out = []
    cursor = 0
    for rec in records:
        position = end = None
        context = rec.get("context") or ""
        text = rec.get("text") or ""
        at = raw_text.find(context, cursor) if context else -1
        if at < 0 and context:
            at = raw_text.find(context)
        if at >= 0:
            inner = raw_text.find(text, at, at + len(context)) if text else -1
            position = inner if inner >= 0 else at
            end = position + len(text) if inner >= 0 else at + len(context)
            cursor = at
        out.append(Mention.from_record(rec, position=position, end=end))
    return out


def match_document(gold: list[Mention], predicted: list[Mention]) -> Score:
    """One-to-one matching of one document's mentions: overlapping spans, same value and unit."""
    result = Score(n_gold=len(gold), n_predicted=len(predicted))
    free = list(range(len(predicted)))
    pred_units = [canonical_unit(p.unit) for p in predicted]
    order = sorted(range(len(gold)), key=lambda i: (gold[i].position is None, gold[i].position or 0, i))
    for gi in order:
        g = gold[gi]
        g_unit = canonical_unit(g.unit)
        candidates = [
            k
            for k in free
            if pred_units[k] == g_unit
            and _same_value(predicted[k].value, g.value)
            and g.overlaps(predicted[k]) is not False
        ]
        if not candidates:
            result.missed.append(g)
            continue
        if (at := g.position) is not None:
            best = min(
                candidates,
                key=lambda k: abs((predicted[k].position or 0) - at),
            )
        else:
            best = candidates[0]
        free.remove(best)
        result.pairs.append(Pair(g, predicted[best]))
        result.unpositioned += g.overlaps(predicted[best]) is None
    result.extra = [predicted[k] for k in free]
    return result


def score(
    gold_by_doc: Mapping[str, list[Mapping[str, Any]]],
    predicted_by_doc: Mapping[str, list[Mapping[str, Any]]],
    raw_by_doc: Mapping[str, str] | None = None,
) -> Score:
    """Score predictions (records with value, unit, qualifier, kind …) per document.

    Only documents present in ``gold_by_doc`` are scored.
    """
    total = Score()
    for doc, records in gold_by_doc.items():
        raw = (raw_by_doc or {}).get(doc)
        gold = locate_gold(records, raw) if raw is not None else [Mention.from_record(r) for r in records]
        predicted = [Mention.from_record({**r, "doc": doc}) for r in predicted_by_doc.get(doc, [])]
        total = total.merge(match_document(gold, predicted))
    return total
