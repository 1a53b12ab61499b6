"""Merging suggested rows into a plan's progress log.

Idempotent: a row whose source (document hash and raw span) is in the log
already adds nothing. Hand-entered rows (no ``doc_sha256``) are never
overwritten or removed: a suggestion for the same indicator and date is left
out and counted as kept-by-hand. A conflict — two suggestions above the
threshold for one indicator and date with different values, or a suggestion
whose value differs from a tracked row of the log for that indicator and
date — raises :class:`TrackConflict` and nothing is written.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from plan_analysis.errors import InputError
from plan_analysis.plans.progress import LOG_COLUMNS, REQUIRED_COLUMNS
from plan_analysis.plans.tables import read_csv_text
from plan_analysis.text.cells import escape_frame
from plan_analysis.track.rows import SuggestedRow

__all__ = ["ApplyResult", "TrackConflict", "apply_rows"]


class TrackConflict(InputError):
    """Two different values for one indicator and date: shown, not chosen."""


@dataclass(frozen=True)
class ApplyResult:
    added: int
    already: int  # the same source is in the log
    kept_by_hand: int  # a hand row holds that indicator and date
    below_threshold: int
    path: Path

    def summary(self) -> str:
        return (
            f"{self.path}: {self.added} rows added, {self.already} already there, "
            f"{self.kept_by_hand} left to hand-entered rows, {self.below_threshold} below the confidence threshold"
        )


def _number(value: float) -> str:
    return f"{value:.12g}"


def _source_key(sha: object, start: object, end: object) -> tuple[str, str, str]:
    return (str(sha), str(start), str(end))


def apply_rows(
    path: Path, rows: list[SuggestedRow], *, min_confidence: float, hand: pd.DataFrame | None = None
) -> ApplyResult:
    """Merge ``rows`` at or above ``min_confidence`` into the log at ``path`` (a CSV).

    ``hand``: the rows of a hand-entered log kept elsewhere (the office's
    workbook); a suggestion for one of their indicators and dates is left out.
    """
    path = Path(path)
    if path.suffix.lower() != ".csv":
        raise InputError("tracked rows are merged into a CSV log only", path=path, expected="progress.csv")
    log = (
        read_csv_text(path, LOG_COLUMNS, required=REQUIRED_COLUMNS)
        if path.exists()
        else pd.DataFrame(columns=LOG_COLUMNS)
    )
    chosen = [row for row in rows if row.confidence >= min_confidence]
    conflicts = [row for row in chosen if row.conflict]
    if conflicts:
        first = conflicts[0]
        raise TrackConflict(
            f"conflicting figures for {first.indicator_id} on {first.as_of}: "
            + ", ".join(
                f"{r.value:g} ({r.doc} {r.raw_start}-{r.raw_end})"
                for r in conflicts
                if r.indicator_id == first.indicator_id and r.as_of == first.as_of
            ),
            path=path,
            expected="one figure per indicator and date (enter the right one by hand, or raise --min-confidence)",
        )
    sources = {_source_key(r.doc_sha256, r.raw_start, r.raw_end) for r in log.itertuples() if not pd.isna(r.doc_sha256)}
    by_date: dict[tuple[str, str], pd.Series] = {}
    for _, logged in log.iterrows():
        by_date[(str(logged["indicator_id"]), str(logged["as_of"]))] = logged
    if hand is not None:
        for _, entered in hand.iterrows():
            as_of = pd.Timestamp(entered["as_of"]).date().isoformat()
            by_date.setdefault((str(entered["indicator_id"]), as_of), entered)
    added: list[dict[str, object]] = []
    already = kept = 0
    for row in chosen:
        key = (row.indicator_id, row.as_of.isoformat())
        if _source_key(row.doc_sha256, row.raw_start, row.raw_end) in sources:
            already += 1
            continue
        existing = by_date.get(key)
        if existing is not None:
            if pd.isna(existing["doc_sha256"]):
                kept += 1
                continue
            if abs(float(existing["value"]) - row.value) <= 1e-9 * max(1.0, abs(row.value)):
                already += 1  # the same figure from another document
                continue
            raise TrackConflict(
                f"{row.indicator_id} on {row.as_of}: the log has {existing['value']} from {existing['doc']}, "
                f"{row.doc} says {row.value:g}",
                path=path,
                expected="one figure per indicator and date",
            )
        record: dict[str, object] = {
            "indicator_id": row.indicator_id,
            "as_of": row.as_of.isoformat(),
            "value": _number(row.value),
            "unit": row.unit,
            "source": row.doc,
            "note": "tracked",
            "doc": row.doc,
            "doc_sha256": row.doc_sha256,
            "raw_start": str(row.raw_start),
            "raw_end": str(row.raw_end),
            "sentence": row.sentence,
            "confidence": f"{row.confidence:g}",
            "rule": row.rule,
        }
        added.append(record)
        by_date[key] = pd.Series(record)
        sources.add(_source_key(row.doc_sha256, row.raw_start, row.raw_end))
    if added:
        merged = pd.concat([log, pd.DataFrame(added, columns=LOG_COLUMNS)], ignore_index=True)
        _write_atomically(path, merged[LOG_COLUMNS])
    return ApplyResult(len(added), already, kept, len(rows) - len(chosen), path)


def _write_atomically(path: Path, frame: pd.DataFrame) -> None:
    buffer = io.StringIO()
    # A published sentence starting with = or @ must stay text in a spreadsheet (read back unescaped).
    escape_frame(frame).to_csv(buffer, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(buffer.getvalue(), encoding="utf-8")
    os.replace(tmp, path)
