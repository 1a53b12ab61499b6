"""``plan-analysis extract FILE...``: quantities as JSON lines, CSV or a table.

JSON lines and CSV stream one mention at a time (one document in memory);
``table`` collects everything to align the columns. ``-`` reads standard
input (bytes, any supported encoding). Dates are ISO strings, missing values
null / empty.
"""
from __future__ import annotations

import csv
import json
import math
import os
import sys
from datetime import date
from pathlib import Path
from typing import Iterator, TextIO

from plan_analysis.extract.quantities import COLUMNS, Quantity, as_normalized, iter_quantities

__all__ = ["run_extract", "iter_paths_quantities"]

STDIN = "-"


def iter_paths_quantities(paths: list[str], year: int | None = None) -> Iterator[Quantity]:
    for path in paths:
        if path == STDIN:
            from plan_analysis.text.normalize import normalize_text

            nt = normalize_text(sys.stdin.buffer.read(), source="<stdin>")
            yield from iter_quantities(nt, year, doc="<stdin>")
        else:
            nt, doc = as_normalized(Path(path))
            yield from iter_quantities(nt, year, doc=doc)


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _record(q: Quantity) -> dict:
    return {c: _plain(getattr(q, c)) for c in COLUMNS}


def run_extract(paths: list[str], year: int | None = None, fmt: str = "jsonl",
                out: TextIO | None = None, engine: str = "local") -> int:
    """Write the quantities of ``paths`` to ``out``; returns the exit status (0).

    Raises :class:`~plan_analysis.errors.InputError` for an unreadable file.
    """
    out = out or sys.stdout
    if engine == "dask" and STDIN not in paths:
        from plan_analysis.corpus.batch import extract_corpus

        frame = extract_corpus(paths, engine="dask", year=year)
        records = ({c: _plain(v) for c, v in zip(COLUMNS, row)} for row in frame.itertuples(index=False))
    else:
        records = (_record(q) for q in iter_paths_quantities(paths, year))
    try:
        _write(records, fmt, out)
    except BrokenPipeError:
        # The reader went away (`| head`): not an error. Point stdout at
        # devnull so that the interpreter's final flush stays quiet.
        if out is sys.stdout:
            sys.stdout = open(os.devnull, "w")
    return 0


def _write(records, fmt: str, out: TextIO) -> None:
    if fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for rec in records:
            writer.writerow({k: ("" if v is None else v) for k, v in rec.items()})
    elif fmt == "table":
        import pandas as pd

        frame = pd.DataFrame(list(records), columns=COLUMNS)
        shown = ["doc", "text", "value", "high", "unit", "qualifier", "kind", "deadline", "measure"]
        with pd.option_context("display.width", 200, "display.max_colwidth", 24, "display.max_rows", None):
            out.write(frame[shown].to_string(index=False) + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r} (expected jsonl, csv or table)")
