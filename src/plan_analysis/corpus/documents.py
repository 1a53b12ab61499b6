"""One document of a corpus run: read (capped), hash, decode, extract — never raise.

:func:`process_batch` is what a worker process or a Dask worker runs: it takes
plain values (locations, document names, the plan year) and reads the files
itself, so no text travels from the caller. Every document ends as one
:class:`DocumentResult`: ``done`` with its quantity rows, ``refused`` (not a
readable plan text: the reason, one line), ``failed`` (the extractor raised:
the exception's type and a shortened message), or ``skipped`` (its sha256 is
already in the dataset from an earlier run: no rows, nothing written again).

:func:`extract_parts` does the same and also encodes the results as Parquet
parts (:class:`Part`), so that the caller of a corpus run only writes bytes:
the per-row work stays in the workers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import NamedTuple

from plan_analysis.corpus.discovery import Source, has_undecodable_name, is_url
from plan_analysis.corpus.metadata import guess_metadata
from plan_analysis.errors import InputError
from plan_analysis.extract.deadlines import infer_year
from plan_analysis.extract.quantities import iter_quantities
from plan_analysis.text.decoding import MAX_FILE_BYTES, decode_nonempty, read_capped_bytes
from plan_analysis.text.normalize import normalize_text

__all__ = [
    "STATUSES",
    "DocumentResult",
    "Outcome",
    "Part",
    "extract_parts",
    "process_batch",
    "process_document",
    "read_location",
    "results_task",
    "warm_up_encoding",
]

STATUSES = ("done", "refused", "failed")
_MAX_REASON = 300  # characters: a reason is one line, never a whole value


class DocumentResult(NamedTuple):
    doc: str
    sha256: str | None
    status: str  # done | refused | failed | skipped
    reason: str | None
    encoding: str | None
    characters: int | None
    plan_year: int | None
    period: str | None
    title: str | None
    place: str | None
    rows: list  # quantity tuples in COLUMNS order (done only)


def read_location(location: str) -> bytes:
    """The bytes of a path or fsspec URL, capped like every read (InputError beyond)."""
    if not is_url(location):
        return read_capped_bytes(location)
    import fsspec

    try:
        with fsspec.open(location, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InputError("file not found", path=location, expected="an existing plan text file") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot open: {exc}", path=location) from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            f"input is more than {MAX_FILE_BYTES // 2**20} MB, too large for a plan text",
            path=location,
            expected=f"a text file under {MAX_FILE_BYTES // 2**20} MB",
        )
    return data


def _one_line(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= _MAX_REASON else text[: _MAX_REASON - 1] + "…"


def _reason(exc: InputError) -> str:
    # The dataset names the document in its own column: the reason without the path.
    reason = exc.message + (f" (expected {exc.expected})" if exc.expected else "")
    return _one_line(reason)


_NOT_STORED = object()


def process_document(source: Source, year: int | None = None, stored=_NOT_STORED) -> DocumentResult:
    """Extract one document.

    ``stored``: the sha256 an earlier run recorded for this document (None if
    it could not be read then); the document is skipped when it is unchanged.
    """

    def result(status, reason=None, sha=None, **found):
        return DocumentResult(
            source.doc,
            sha,
            status,
            reason,
            found.get("encoding"),
            found.get("characters"),
            found.get("plan_year"),
            found.get("period"),
            found.get("title"),
            found.get("place"),
            found.get("rows", []),
        )

    if has_undecodable_name(source.location):
        # Readable, but its name cannot be written to the dataset (or named on
        # a report) as text: refused like an unreadable file, the others go on.
        reason = "the file name is not valid UTF-8 (expected a file name in UTF-8: rename the file)"
        return result("skipped" if stored is None else "refused", reason)
    try:
        data = read_location(source.location)
    except InputError as exc:
        return result("skipped" if stored is None else "refused", _reason(exc))
    sha = hashlib.sha256(data).hexdigest()
    if sha == stored:
        return result("skipped", sha=sha)
    try:
        decoded = decode_nonempty(data, path=source.doc)
    except InputError as exc:
        return result("refused", _reason(exc), sha)
    del data
    try:
        nt = normalize_text(decoded.text, source=source.doc, encoding=decoded.encoding)
        plan_year = year or infer_year(nt.text)
        guess = guess_metadata(nt.text, plan_year)
        rows = [tuple(q) for q in iter_quantities(nt, year, doc=source.doc)]
    except Exception as exc:  # one bad document never stops the corpus  # noqa: BLE001
        return result("failed", _one_line(f"{type(exc).__name__}: {exc}"), sha, encoding=decoded.encoding)
    return result(
        "done",
        None,
        sha,
        encoding=decoded.encoding,
        characters=len(nt.text),
        plan_year=plan_year,
        period=guess.period,
        title=guess.title,
        place=guess.place,
        rows=rows,
    )


def process_batch(
    sources: list[tuple[str, str]], year: int | None = None, done: dict[str, str] | None = None
) -> list[DocumentResult]:
    """:func:`process_document` over a batch; ``done`` maps a document name to its sha256 already stored."""
    done = done or {}
    return [process_document(Source(*s), year, done.get(s[1], _NOT_STORED)) for s in sources]


class Part(NamedTuple):
    """One contiguous run of documents as Parquet bytes (``quantities`` None when it has no rows)."""

    name: str  # part-<index of its first document>-<digest of its documents>
    quantities: bytes | None
    documents: bytes


class Outcome(NamedTuple):
    """What a document came to, without its rows (for the caller's summary)."""

    doc: str
    status: str
    reason: str | None
    rows: int


def _contiguous(first: int, results: list[DocumentResult]) -> Iterator[tuple[int, list[DocumentResult]]]:
    """Runs of results not skipped, each with the index of its first document."""
    run: list[DocumentResult] = []
    start = first
    for i, result in enumerate(results, first):
        if result.status == "skipped":
            if run:
                yield start, run
            run = []
        else:
            if not run:
                start = i
            run.append(result)
    if run:
        yield start, run


def warm_up_encoding() -> None:
    """Load what :func:`extract_parts` needs on first use (the t2s tables; pyarrow, which imports pandas).

    Done once in the parent before forking workers, so that each worker does
    not pay it again (about a second per process).
    """
    from plan_analysis.corpus.schema import parquet_bytes, quantities_table

    normalize_text("預熱")
    parquet_bytes(quantities_table([]))


def extract_parts(
    first: int, sources: list[tuple[str, str]], year: int | None = None, done: dict[str, str] | None = None
) -> tuple[list[Outcome], list[Part]]:
    """:func:`process_batch`, encoded: a part per run of documents not skipped (so parts sort in document order)."""
    from plan_analysis.corpus.schema import documents_table, parquet_bytes, quantities_table

    results = process_batch(sources, year, done)
    parts = []
    for start, run in _contiguous(first, results):
        digest = hashlib.sha256("".join(f"{r.doc}\0{r.sha256}\n" for r in run).encode()).hexdigest()[:8]
        quantities = parquet_bytes(quantities_table(run)) if any(r.rows for r in run) else None
        parts.append(Part(f"part-{start:06d}-{digest}", quantities, parquet_bytes(documents_table(run))))
    return [Outcome(r.doc, r.status, r.reason, len(r.rows)) for r in results], parts


def results_task(
    first: int, sources: list[tuple[str, str]], year: int | None = None, done: dict[str, str] | None = None
) -> list[DocumentResult]:
    """:func:`process_batch` with an engine's task signature (the index is the caller's)."""
    return process_batch(sources, year, done)
