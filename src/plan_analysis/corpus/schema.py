"""The columns of a corpus dataset, and Parquet parts built from documents' results.

Quantities (:func:`quantity_schema`): every column of
:data:`plan_analysis.extract.quantities.COLUMNS` (typed from
:class:`~plan_analysis.extract.quantities.Quantity`'s annotations, so new
columns flow through; a type it does not know is stored as text), then the
document's :data:`DOCUMENT_FIELDS`:

* ``sha256`` of its bytes as read;
* ``encoding`` detected (utf-8, gb18030, big5, utf-16 …);
* ``characters`` of the normalised text;
* ``plan_year``: ``--year``, else the first year the text states;
* ``period``: 2025Q4, 2025H1, 2021-2025 or 2025 (:mod:`plan_analysis.corpus.metadata`);
* ``title`` and ``place`` (the title line, and the place that opens it).

Each is null when not found. Documents (:func:`documents_schema`): ``doc``,
``status`` (done / refused / failed), ``reason`` (why, for refused and
failed), ``quantities`` (its rows in the quantities table), then the same
document fields.
"""

from __future__ import annotations

import io
import types
import typing
from datetime import date

from plan_analysis.extract.quantities import COLUMNS, Quantity

__all__ = [
    "DOCUMENT_FIELDS",
    "documents_schema",
    "documents_table",
    "parquet_bytes",
    "quantities_table",
    "quantity_schema",
]

# Per-document columns repeated on every quantity row (``doc`` is a quantity column already).
DOCUMENT_FIELDS = ["sha256", "encoding", "characters", "plan_year", "period", "title", "place"]


def _arrow_type(annotation):
    import pyarrow as pa

    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        annotation = args[0] if len(args) == 1 else str
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), date: pa.date32()}.get(
        annotation, pa.string()
    )


def quantity_schema():
    """Arrow schema of the quantities table (quantity columns, then document fields)."""
    import pyarrow as pa

    hints = typing.get_type_hints(Quantity)
    fields = [pa.field(c, _arrow_type(hints.get(c, str))) for c in COLUMNS]
    return pa.schema(fields + [pa.field(f, t) for f, t in _document_types().items() if f != "doc"])


def _document_types() -> dict:
    import pyarrow as pa

    return {
        "doc": pa.string(),
        "sha256": pa.string(),
        "encoding": pa.string(),
        "characters": pa.int64(),
        "plan_year": pa.int64(),
        "period": pa.string(),
        "title": pa.string(),
        "place": pa.string(),
    }


def documents_schema():
    """Arrow schema of the ``_documents`` table."""
    import pyarrow as pa

    types_ = _document_types()
    return pa.schema(
        [
            pa.field("doc", pa.string()),
            pa.field("status", pa.string()),
            pa.field("reason", pa.string()),
            pa.field("quantities", pa.int64()),
        ]
        + [pa.field(f, t) for f, t in types_.items() if f != "doc"]
    )


def _column(values, type_):
    import pyarrow as pa

    if pa.types.is_string(type_):
        values = [None if v is None else str(v) for v in values]
    return pa.array(values, type=type_)


def _table(columns: dict[str, list], schema):
    import pyarrow as pa

    return pa.Table.from_arrays([_column(columns[f.name], f.type) for f in schema], schema=schema)


def quantities_table(results):
    schema = quantity_schema()
    columns: dict[str, list] = {f.name: [] for f in schema}
    for r in results:
        n = len(r.rows)
        for c, values in zip(COLUMNS, zip(*r.rows) if n else [()] * len(COLUMNS)):
            columns[c].extend(values)
        for f in DOCUMENT_FIELDS:
            columns[f].extend([getattr(r, f)] * n)
    return _table(columns, schema)


def documents_table(results):
    schema = documents_schema()
    columns = {f.name: [getattr(r, f.name) if f.name != "quantities" else len(r.rows) for r in results] for f in schema}
    return _table(columns, schema)


def parquet_bytes(table) -> bytes:
    """A table as the bytes of one Parquet file (built where the rows are: in the worker)."""
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()
