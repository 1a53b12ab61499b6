"""``plan-analysis extract PATH...``: quantities to stdout, or a corpus to a Parquet dataset.

Without ``--out``, quantities go to stdout as JSON lines, CSV or a table (JSON
lines and CSV stream batch by batch; ``table`` collects everything to align
the columns). ``-`` reads standard input (bytes, any supported encoding,
capped like a file). Dates are ISO strings, missing values null / empty.

With ``--out PATH``, the corpus goes to the dataset at PATH (see
:mod:`plan_analysis.corpus.dataset`); a run that was stopped resumes there.

Paths may be files, folders (searched recursively, ``--glob``) or fsspec
URLs. Exit status: 0 every document was extracted; 2 some documents were
refused (not readable plan text) or failed (the extractor raised) — each is
named on stderr (and, with ``--out``, listed in ``PATH/_documents``; a resumed run
counts the refusals of earlier runs too) while
every other document is extracted — or an option or path was wrong (nothing
is written then); 1 the run itself stopped (a Dask worker or the cluster was
lost); run it again to resume.
"""

from __future__ import annotations

import csv
import json
import math
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from plan_analysis.corpus.dataset import dataset_location
from plan_analysis.corpus.discovery import Source, discover
from plan_analysis.corpus.engines import available_cores
from plan_analysis.corpus.run import ENGINES, RunSummary, extract_to_dataset, iter_results
from plan_analysis.errors import InputError
from plan_analysis.extract.quantities import COLUMNS, Quantity, iter_quantities
from plan_analysis.text.cells import escape_cell

__all__ = ["YEAR_RANGE", "check_year", "iter_paths_quantities", "run_extract"]

STDIN = "-"
EXIT_OK, EXIT_STOPPED, EXIT_SOME_REFUSED = 0, 1, 2
YEAR_RANGE = (1949, 2100)  # the People's Republic's plans; far-future years are typos
_SHOWN_PROBLEMS = 20


def check_year(year: int | None) -> int | None:
    if year is not None and not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise InputError(
            f"--year {year} is out of range", expected=f"a plan year from {YEAR_RANGE[0]} to {YEAR_RANGE[1]}"
        )
    return year


def _stdin_quantities(year: int | None) -> Iterator[Quantity]:
    from plan_analysis.text.decoding import read_stream
    from plan_analysis.text.normalize import normalize_text

    decoded = read_stream(sys.stdin.buffer, source="<stdin>")
    nt = normalize_text(decoded.text, source="<stdin>", encoding=decoded.encoding)
    yield from iter_quantities(nt, year, doc="<stdin>")


def iter_paths_quantities(
    paths: list[str],
    year: int | None = None,
    *,
    glob: str | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    problems: list | None = None,
) -> Iterator[Quantity]:
    """Quantities of every document under ``paths`` (``-``: stdin), in order.

    A document that is refused or fails is appended to ``problems`` as
    ``(doc, status, reason)`` and skipped; with ``problems=None`` it raises
    :class:`InputError` instead.
    """
    for row in _iter_rows(paths, year, glob=glob, jobs=jobs, engine=engine, scheduler=scheduler, problems=problems):
        yield row if isinstance(row, Quantity) else Quantity(*row)


def _iter_rows(
    paths: list[str],
    year: int | None = None,
    *,
    glob: str | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    problems: list | None = None,
) -> Iterator[tuple]:
    """:func:`iter_paths_quantities` as rows in COLUMNS order (Quantity or plain tuples)."""
    groups: list[str | list[Source]] = []
    for path in paths:  # every path is checked before any document is read
        if path == STDIN:
            groups.append(STDIN)
        else:
            found = discover([path], glob=glob)
            if groups and isinstance(groups[-1], list):
                groups[-1].extend(found)
            else:
                groups.append(found)
    for group in groups:
        if group == STDIN:
            yield from _stdin_quantities(year)
            continue
        results = iter_results(group, year=year, jobs=jobs, engine=engine, scheduler=scheduler)
        for source, result in zip(group, results):  # both in document order
            if result.status != "done":
                # On stdout the file is named as found (a dataset names it relative to its root).
                if problems is None:
                    raise InputError(result.reason or result.status, path=source.location)
                problems.append((source.location, result.status, result.reason or ""))
                continue
            yield from result.rows


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _record(row: tuple) -> dict:
    """One quantity row as a plain record (ISO dates, NaN as None), for CSV and the table."""
    return {c: _plain(v) for c, v in zip(COLUMNS, row)}


# Where _plain has work to do: the only date and float columns of a Quantity.
_DATE_INDEX = tuple(COLUMNS.index(c) for c in ("deadline_start", "deadline_end"))
_FLOAT_INDEX = tuple(COLUMNS.index(c) for c in ("value", "high", "confidence"))


def _json_encoder():
    """``json.dumps(record, ensure_ascii=False)`` as one function made once: the
    standard library's C encoder with the same settings (dumps and
    JSONEncoder.encode build it anew on every call); the plain encoder where
    the C one is missing."""
    from json import encoder

    if encoder.c_make_encoder is None:
        return json.JSONEncoder(ensure_ascii=False).encode
    plain = json.JSONEncoder(ensure_ascii=False)
    # Records are flat (no container to check for cycles: markers None).
    chunks = encoder.c_make_encoder(
        None,
        plain.default,
        encoder.encode_basestring,
        None,
        plain.key_separator,
        plain.item_separator,
        False,
        False,
        True,
    )
    return lambda record: "".join(chunks(record, 0))


_encode = _json_encoder()
_LINES_PER_WRITE = 2048  # lines joined into one write: fewer calls, bounded memory


def _record_line(row: tuple) -> str:
    """The JSON line of one quantity row: :func:`_record` touching only the columns that need it."""
    values = list(row)
    for i in _DATE_INDEX:
        if values[i] is not None:
            values[i] = values[i].isoformat()
    for i in _FLOAT_INDEX:
        v = values[i]
        if v != v:  # NaN (never equal to itself) is null in JSON
            values[i] = None
    return _encode(dict(zip(COLUMNS, values)))


_LINE_COLUMNS = (
    "doc",
    "text",
    "start",
    "end",
    "raw_start",
    "raw_end",
    "value",
    "high",
    "unit",
    "qualifier",
    "kind",
    "deadline",
    "deadline_start",
    "deadline_end",
    "area",
    "measure",
    "sentence",
    "rule",
    "confidence",
    "as_of",
)
# The keys written once: a line is this template filled with each value's JSON.
_LINE_TEMPLATE = "{" + ", ".join(f"{_encode(c)}: %s" for c in _LINE_COLUMNS) + "}"
_INFINITIES = (math.inf, -math.inf)
_INF = math.inf
_MAX_ENCODED = 200_000  # distinct strings kept encoded at once


def _line_encoder():
    """A function giving :func:`_record_line`'s line of a row, faster: the keys
    are written once, a text value (document, unit, kind, area, sentence,
    rule …, mostly repeated from row to row) is encoded once per run, and a
    row of plain values costs no Python call per value."""
    encoded: dict = {None: "null"}  # a string or date → its JSON
    known = encoded.get

    def text(v):
        r = known(v)
        if r is None:
            if len(encoded) > _MAX_ENCODED:  # a long corpus run: memory stays bounded
                encoded.clear()
                encoded[None] = "null"
            r = encoded[v] = _encode(_plain(v))
        return r

    def number(v):
        if type(v) is int:
            return int.__repr__(v)
        if type(v) is float and v == v and v not in _INFINITIES:
            return float.__repr__(v)  # what json writes for a finite float
        return _encode(_plain(v))  # None, NaN (null), ±inf, anything else

    def line_of_any(row: tuple) -> str:
        (
            doc,
            mention,
            start,
            end,
            raw_start,
            raw_end,
            value,
            high,
            unit,
            qualifier,
            kind,
            deadline,
            deadline_start,
            deadline_end,
            area,
            measure,
            sentence,
            rule,
            confidence,
            as_of,
        ) = row
        return _LINE_TEMPLATE % (
            text(doc),
            text(mention),
            number(start),
            number(end),
            number(raw_start),
            number(raw_end),
            number(value),
            number(high),
            text(unit),
            text(qualifier),
            text(kind),
            text(deadline),
            text(deadline_start),
            text(deadline_end),
            text(area),
            text(measure),
            text(sentence),
            text(rule),
            number(confidence),
            text(as_of),
        )

    def line(row: tuple) -> str:
        (
            doc,
            mention,
            start,
            end,
            raw_start,
            raw_end,
            value,
            high,
            unit,
            qualifier,
            kind,
            deadline,
            deadline_start,
            deadline_end,
            area,
            measure,
            sentence,
            rule,
            confidence,
            as_of,
        ) = row
        # The common row -- int offsets, finite floats, text already seen -- is
        # formatted with no Python call per value: %s writes an int or a finite
        # float exactly as json does (str of a float is its repr), and a
        # dict lookup (C) gives each text's JSON. The mention and its sentence
        # are often new (a sentence holds a mention or two): they are encoded on
        # the way. Anything else takes line_of_any.
        if not (
            type(start) is type(end) is type(raw_start) is type(raw_end) is int
            and type(value) is float
            and -_INF < value < _INF
            and type(confidence) is float
            and -_INF < confidence < _INF
            and (high is None or (type(high) is float and -_INF < high < _INF))
        ):
            return line_of_any(row)
        try:
            return _LINE_TEMPLATE % (
                encoded[doc],
                known(mention) or text(mention),
                start,
                end,
                raw_start,
                raw_end,
                value,
                "null" if high is None else high,
                encoded[unit],
                encoded[qualifier],
                encoded[kind],
                encoded[deadline],
                encoded[deadline_start],
                encoded[deadline_end],
                encoded[area],
                encoded[measure],
                known(sentence) or text(sentence),
                encoded[rule],
                confidence,
                encoded[as_of],
            )
        except KeyError:  # a text not seen yet: encoded on the way
            return line_of_any(row)

    return line if tuple(COLUMNS) == _LINE_COLUMNS else _record_line


def _report_problems(problems: Iterable[tuple[str, str, str]], total: int, where: str | None = None) -> None:
    problems = list(problems)
    for doc, status, reason in sorted(problems)[:_SHOWN_PROBLEMS]:
        what = reason if status == "refused" else f"extraction failed: {reason}"
        print(f"plan-analysis: error: {doc}: {what}", file=sys.stderr)
    if total > len(problems[:_SHOWN_PROBLEMS]):
        print(
            f"plan-analysis: error: … and {total - _SHOWN_PROBLEMS} more documents"
            + (f", listed in {where}" if where else ""),
            file=sys.stderr,
        )


def _changes_lines(summary: RunSummary, out: Path | str) -> list[str]:
    """What a resumed run changed in the stored dataset beyond adding documents: one line each."""
    lines = []
    if summary.damaged:
        lines.append(
            f"plan-analysis: {summary.damaged} damaged parts of {out} were removed; their documents were extracted again"
        )
    if summary.removed:
        lines.append(
            f"plan-analysis: {summary.removed} documents removed since the last run "
            f"(no longer among the inputs); their rows were dropped from {out}"
        )
    return lines


def _summary_line(summary: RunSummary, out: Path | str) -> str:
    s = summary.statuses
    earlier = f" ({s['skipped']} stored by an earlier run)" if s["skipped"] else ""
    return (
        f"plan-analysis: {sum(s.values())} documents{earlier}: {s['done']} extracted now, "
        f"{summary.count('refused')} refused, {summary.count('failed')} failed; "
        f"{summary.rows} quantity rows added to {out}"
    )


def run_extract(
    paths: list[str],
    year: int | None = None,
    fmt: str = "jsonl",
    out: TextIO | None = None,
    engine: str = "local",
    *,
    glob: str | None = None,
    dataset: str | os.PathLike[str] | None = None,
    jobs: int | None = None,
    scheduler: str | None = None,
    quiet: bool = False,
) -> int:
    """Run ``extract``; returns the exit status (see the module docstring).

    Raises :class:`~plan_analysis.errors.InputError` for a wrong option or
    path, before anything is written.
    """
    check_year(year)
    if engine not in ENGINES:
        raise InputError(f"--engine {engine!r} is not known", expected=" or ".join(ENGINES))
    if jobs is not None and jobs < 1:
        raise InputError(f"--jobs {jobs} is not a number of processes", expected="a whole number of 1 or more")
    if scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask", expected="--engine dask --scheduler ADDRESS")
    jobs = jobs or available_cores()
    if dataset is not None:
        if STDIN in paths:
            raise InputError("'-' (standard input) cannot go into a dataset", expected="files or folders with --out")
        target = dataset_location(dataset)  # a URL fsspec cannot write is refused here, before anything exists
        sources = discover(paths, glob=glob)
        _refuse_name_clashes(sources)
        summary = extract_to_dataset(
            sources, target, year=year, jobs=jobs, engine=engine, scheduler=scheduler, quiet=quiet
        )
        if not quiet:
            print(_summary_line(summary, target), file=sys.stderr)
        for line in _changes_lines(summary, target):
            print(line, file=sys.stderr)  # also with --quiet: the dataset lost rows the user may expect
        problems = summary.count("refused") + summary.count("failed")
        _report_problems(summary.problems, problems, f"{target}/_documents")
        return EXIT_OK if summary.complete else EXIT_SOME_REFUSED

    out = out or sys.stdout
    problems: list[tuple[str, str, str]] = []
    rows = _iter_rows(paths, year, glob=glob, jobs=jobs, engine=engine, scheduler=scheduler, problems=problems)
    try:
        _write(rows, fmt, out)
    except BrokenPipeError:
        # The reader went away (`| head`): not an error. Point stdout at
        # devnull so that the interpreter's final flush stays quiet.
        if out is sys.stdout:
            sys.stdout = open(os.devnull, "w")
    _report_problems(problems, len(problems))
    return EXIT_SOME_REFUSED if problems else EXIT_OK


def _refuse_name_clashes(sources: list[Source]) -> None:
    seen: dict[str, str] = {}
    for source in sources:
        if source.doc in seen:
            raise InputError(
                f"two inputs have the same document name {source.doc!r}",
                path=source.location,
                expected=f"distinct names in one dataset (also {seen[source.doc]})",
            )
        seen[source.doc] = source.location


def _write(rows: Iterable[tuple], fmt: str, out: TextIO) -> None:
    """Quantity rows (COLUMNS order) to ``out`` as JSON lines, CSV or a table."""
    if fmt == "jsonl":
        lines, line = [], _line_encoder()
        try:
            for row in rows:
                lines.append(line(row))
                if len(lines) == _LINES_PER_WRITE:
                    out.write("\n".join(lines) + "\n")
                    lines = []
        finally:  # a run stopped midway still writes every line it made
            if lines:
                out.write("\n".join(lines) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            # Text a spreadsheet could run as a formula (=SUM(…), @…) is written as text.
            writer.writerow({k: ("" if v is None else escape_cell(v)) for k, v in _record(row).items()})
    elif fmt == "table":
        import pandas as pd

        frame = pd.DataFrame([_record(row) for row in rows], columns=COLUMNS)
        shown = ["doc", "text", "value", "high", "unit", "qualifier", "kind", "deadline", "measure"]
        with pd.option_context("display.width", 200, "display.max_colwidth", 24, "display.max_rows", None):
            out.write(frame[shown].to_string(index=False) + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r} (expected jsonl, csv or table)")
