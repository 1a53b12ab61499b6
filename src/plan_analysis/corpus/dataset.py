"""The corpus dataset on disk: a folder of Parquet part files, written atomically.

Layout of ``OUT`` (``--out OUT``)::

    OUT/part-000000-1a2b3c4d.parquet      quantities, one row per mention
    OUT/_documents/part-000000-1a2b3c4d   one row per document (Parquet too), same part names
    OUT/_dataset.json                     what the run was (plan year, columns)

``pandas.read_parquet(OUT)`` and ``dask.dataframe.read_parquet(OUT)`` read the
quantity parts as one table (Arrow skips names starting with ``_`` or ``.``;
Dask takes only names ending in ``.parquet``, which is why the document parts
have no extension); ``pandas.read_parquet(OUT / "_documents")`` reads the
documents (or :func:`read_documents`). A part is named
by the position of its first document in the run's sorted list of documents
(then a digest of its documents' hashes), so reading the parts in name order
gives the rows in document order whatever the number of workers.

Schema of the quantities (:func:`quantity_schema`): every column of
:data:`plan_analysis.extract.quantities.COLUMNS` (typed from
:class:`~plan_analysis.extract.quantities.Quantity`'s annotations, so new
columns flow through), then the document's :data:`DOCUMENT_FIELDS` —
``sha256`` (of its bytes), ``encoding`` (detected), ``characters`` (of the
normalised text), ``plan_year`` (``--year``, else the first year the text
states), ``period`` (2025Q4, 2025H1, 2021-2025, 2025), ``title`` and
``place`` (see :mod:`plan_analysis.corpus.metadata`); null when not found.
The documents table has ``doc``, ``status`` (done / refused / failed),
``reason`` (why, for refused and failed), ``quantities`` (rows in the
quantities table) and the same document fields.

Crash safety: each part is written to a hidden temporary file, flushed to
disk and renamed into place; the quantities part first, then the documents
part, which commits the batch. :meth:`CorpusDataset.open` removes temporary
files and any quantities part whose documents part is missing (a run killed
between the two renames), so a restarted run redoes exactly the uncommitted
documents and every row is stored once.
"""
from __future__ import annotations

import hashlib
import json
import os
import types
import typing
from datetime import date
from pathlib import Path

from plan_analysis.corpus.documents import DocumentResult
from plan_analysis.errors import InputError
from plan_analysis.extract.quantities import COLUMNS, Quantity

__all__ = ["CorpusDataset", "quantity_schema", "documents_schema", "read_quantities", "read_documents",
           "DOCUMENT_FIELDS", "DOCUMENTS"]

DOCUMENTS = "_documents"
_MARKER = "_dataset.json"
_FORMAT = "plan-analysis corpus 1"
# Per-document columns repeated on every quantity row (``doc`` is a quantity column already).
DOCUMENT_FIELDS = ["sha256", "encoding", "characters", "plan_year", "period", "title", "place"]


def _arrow_type(annotation):
    import pyarrow as pa

    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        annotation = args[0] if len(args) == 1 else str
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(),
            date: pa.date32()}.get(annotation, pa.string())


def quantity_schema():
    """Arrow schema of the quantities table (quantity columns, then document fields)."""
    import pyarrow as pa

    hints = typing.get_type_hints(Quantity)
    fields = [pa.field(c, _arrow_type(hints.get(c, str))) for c in COLUMNS]
    return pa.schema(fields + [pa.field(f, t) for f, t in _document_types().items() if f != "doc"])


def _document_types() -> dict:
    import pyarrow as pa

    return {"doc": pa.string(), "sha256": pa.string(), "encoding": pa.string(), "characters": pa.int64(),
            "plan_year": pa.int64(), "period": pa.string(), "title": pa.string(), "place": pa.string()}


def documents_schema():
    """Arrow schema of the ``_documents`` table."""
    import pyarrow as pa

    types_ = _document_types()
    return pa.schema([pa.field("doc", pa.string()), pa.field("status", pa.string()), pa.field("reason", pa.string()),
                      pa.field("quantities", pa.int64())]
                     + [pa.field(f, t) for f, t in types_.items() if f != "doc"])


def _column(values, type_):
    import pyarrow as pa

    if pa.types.is_string(type_):
        values = [None if v is None else str(v) for v in values]
    return pa.array(values, type=type_)


def _table(columns: dict[str, list], schema):
    import pyarrow as pa

    return pa.Table.from_arrays([_column(columns[f.name], f.type) for f in schema], schema=schema)


def quantities_table(results: list[DocumentResult]):
    schema = quantity_schema()
    columns: dict[str, list] = {f.name: [] for f in schema}
    for r in results:
        n = len(r.rows)
        for c, values in zip(COLUMNS, zip(*r.rows) if n else [()] * len(COLUMNS)):
            columns[c].extend(values)
        for f in DOCUMENT_FIELDS:
            columns[f].extend([getattr(r, f)] * n)
    return _table(columns, schema)


def documents_table(results: list[DocumentResult]):
    schema = documents_schema()
    columns = {f.name: [getattr(r, f.name) if f.name != "quantities" else len(r.rows) for r in results]
               for f in schema}
    return _table(columns, schema)


def _write_atomically(table, path: Path) -> None:
    import pyarrow.parquet as pq

    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as handle:
        pq.write_table(table, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


class CorpusDataset:
    """An output folder being written by one run (locked against a second one)."""

    def __init__(self, root: Path, lock):
        self.root = root
        self._lock = lock

    @classmethod
    def open(cls, root: Path, *, year: int | None) -> "CorpusDataset":
        """Start or resume the dataset at ``root``; InputError if it is not one of ours or was a different run."""
        from filelock import FileLock, Timeout

        root = Path(root)
        marker = root / _MARKER
        expected = {"format": _FORMAT, "year": year, "columns": quantity_schema().names}
        if root.exists() and not root.is_dir():
            raise InputError("--out is a file", path=root, expected="a new or existing dataset folder")
        if root.is_dir() and any(root.iterdir()) and not marker.is_file():
            raise InputError("--out is a folder that holds other files", path=root,
                             expected="a new folder, or a dataset written by plan-analysis extract")
        if marker.is_file():
            try:
                before = json.loads(marker.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                raise InputError("cannot read the dataset's description", path=marker) from None
            for key in ("format", "year", "columns"):
                if before.get(key) != expected[key]:
                    raise InputError(
                        f"--out holds a dataset written with a different {key} ({before.get(key)!r})",
                        path=root, expected=f"the same options as that run, or a new --out",
                    )
        try:
            (root / DOCUMENTS).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot create --out: {exc.strerror or exc}", path=root) from None
        lock = FileLock(root / ".lock")
        try:
            lock.acquire(timeout=0)
        except Timeout:
            raise InputError("another run is writing this dataset", path=root,
                             expected="one run per --out at a time") from None
        if not marker.is_file():
            tmp = root / f".{_MARKER}.tmp"
            tmp.write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, marker)
        dataset = cls(root, lock)
        dataset._clean()
        return dataset

    def close(self) -> None:
        self._lock.release()

    def _clean(self) -> None:
        for folder in (self.root, self.root / DOCUMENTS):
            for tmp in folder.glob(".*.tmp"):
                tmp.unlink()
        committed = {p.name for p in (self.root / DOCUMENTS).glob("part-*")}
        for part in self.root.glob("part-*.parquet"):
            if part.stem not in committed:
                part.unlink()  # written, but its batch never committed: it will be redone

    def stored(self) -> dict[str, str]:
        """Document name → sha256 of every document an earlier run recorded."""
        import pyarrow.parquet as pq

        parts = sorted((self.root / DOCUMENTS).glob("part-*"))
        stored: dict[str, str] = {}
        for part in parts:
            table = pq.read_table(part, columns=["doc", "sha256"])
            stored.update(zip(table.column("doc").to_pylist(), table.column("sha256").to_pylist()))
        return stored

    def write(self, first_index: int, results: list[DocumentResult]) -> None:
        """Store one contiguous run of documents: its quantities, then (committing) its document rows."""
        digest = hashlib.sha256("".join(f"{r.doc}\0{r.sha256}\n" for r in results).encode()).hexdigest()[:8]
        name = f"part-{first_index:06d}-{digest}"
        if any(r.rows for r in results):
            _write_atomically(quantities_table(results), self.root / f"{name}.parquet")
        _write_atomically(documents_table(results), self.root / DOCUMENTS / name)

    def finish(self) -> None:
        """Make sure the quantities table can be read even if no document had a row."""
        if not any(self.root.glob("part-*.parquet")):
            _write_atomically(quantities_table([]), self.root / "part-empty.parquet")


def read_quantities(root: str | os.PathLike[str]):
    """The quantities table of a dataset as a pandas DataFrame, in document order."""
    import pandas as pd

    return pd.read_parquet(Path(root))


def read_documents(root: str | os.PathLike[str]):
    """The documents table of a dataset (doc, status, reason, quantities, document fields)."""
    import pandas as pd

    return pd.read_parquet(Path(root) / DOCUMENTS)
