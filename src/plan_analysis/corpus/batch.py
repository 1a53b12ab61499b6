"""Extraction over many files: a streaming local loop, or Dask.

* ``iter_corpus(paths)`` — a generator of :class:`~plan_analysis.extract.quantities.Quantity`,
  one document in memory at a time: memory stays flat whatever the corpus size.
* ``extract_corpus(paths, engine="local")`` — the same, collected into a DataFrame.
* ``extract_corpus(paths, engine="dask", scheduler="processes")`` — files
  spread over a ``dask.bag`` (``"processes"``, ``"threads"``,
  ``"synchronous"``, or a running ``dask.distributed`` Client, which Dask
  picks up by itself when ``scheduler`` is None). Each partition returns plain
  tuples, so little crosses process boundaries.

An unreadable or undecodable file raises
:class:`~plan_analysis.errors.InputError` naming it.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from plan_analysis.extract.quantities import COLUMNS, Quantity, as_normalized, iter_quantities

__all__ = ["iter_corpus", "extract_corpus", "extract_file_rows"]

PathLike = str | os.PathLike[str]


def iter_corpus(paths: Iterable[PathLike], *, year: int | None = None) -> Iterator[Quantity]:
    """Quantities of every file, file after file (streaming)."""
    for path in paths:
        nt, doc = as_normalized(Path(path))
        yield from iter_quantities(nt, year, doc=doc)


def extract_file_rows(path: PathLike, year: int | None = None) -> list[tuple]:
    """Quantities of one file as tuples in :data:`COLUMNS` order (picklable)."""
    nt, doc = as_normalized(Path(path))
    return [tuple(q) for q in iter_quantities(nt, year, doc=doc)]


def _partition_rows(paths: list[PathLike], year: int | None) -> list[tuple]:
    rows: list[tuple] = []
    for path in paths:
        rows.extend(extract_file_rows(path, year))
    return rows


def extract_corpus(
    paths: Iterable[PathLike],
    *,
    engine: str = "local",
    year: int | None = None,
    scheduler: str | None = "processes",
    npartitions: int | None = None,
):
    """Extract every file into one DataFrame (columns :data:`COLUMNS`).

    ``engine="local"`` streams file by file in this process; ``engine="dask"``
    runs files in parallel with ``dask.bag`` on ``scheduler`` (None: Dask's
    default, i.e. a distributed Client if one is running).
    """
    import pandas as pd

    if engine == "local":
        rows = list(iter_corpus(paths, year=year))  # Quantity tuples, in COLUMNS order
    elif engine == "dask":
        import dask.bag as db

        paths = [str(p) for p in paths]
        if not paths:
            rows = []
        else:
            n = npartitions or min(len(paths), max(1, (os.cpu_count() or 1) * 2))
            bag = db.from_sequence(paths, npartitions=n)
            parts = bag.map_partitions(_partition_rows, year)
            kwargs = {} if scheduler is None else {"scheduler": scheduler}
            rows = parts.compute(**kwargs)
    else:
        raise ValueError(f"unknown engine {engine!r} (expected 'local' or 'dask')")
    frame = pd.DataFrame.from_records(rows, columns=COLUMNS)
    return frame.astype({"value": "float64", "high": "float64"})
