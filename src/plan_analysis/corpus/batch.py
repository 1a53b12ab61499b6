"""The in-memory API over a corpus run, for corpora that fit in memory: ``pa.extract_corpus``.

::

    import plan_analysis as pa

    frame = pa.extract_corpus(["corpus/"], year=2025, jobs=4)  # one row per quantity
    for q in pa.iter_corpus(["corpus/"], year=2025):           # the same rows, streamed
        ...

* ``iter_corpus(paths)`` — a generator of :class:`~plan_analysis.extract.quantities.Quantity`,
  document after document, in the order of :func:`~plan_analysis.corpus.discovery.discover`.
* ``extract_corpus(paths)`` — the same, collected into a DataFrame.

Both run on the engines of ``plan-analysis extract`` (:mod:`plan_analysis.corpus.run`):
``jobs=N`` worker processes, or ``engine="dask"`` on a ``dask.distributed``
cluster (``scheduler`` its address; none: a LocalCluster of ``jobs`` workers),
so a library call and the command give the same rows. Unlike the command, which
records a bad document and goes on, these raise
:class:`~plan_analysis.errors.InputError` naming the first document that could
not be read or extracted: a caller holding a DataFrame has nowhere to keep a
list of refusals. For corpora that do not fit in memory, or runs that must
resume, use the command (``plan-analysis extract --out``), which writes a
dataset.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from plan_analysis.corpus.discovery import discover
from plan_analysis.corpus.run import iter_results
from plan_analysis.errors import InputError
from plan_analysis.extract.quantities import COLUMNS, Quantity

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["extract_corpus", "iter_corpus"]

PathLike = str | os.PathLike[str]


def iter_corpus(
    paths: Iterable[PathLike],
    *,
    year: int | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    glob: str | None = None,
) -> Iterator[Quantity]:
    """Quantities of every document under ``paths`` (files, folders or URLs), document after document.

    An unknown ``engine`` raises ValueError (from the run) when iteration starts."""
    sources = discover(list(paths), glob=glob)
    for result in iter_results(sources, year=year, jobs=jobs, engine=engine, scheduler=scheduler):
        if result.status != "done":
            raise InputError(result.reason or result.status, path=result.doc)
        yield from (Quantity._make(row) for row in result.rows)


def extract_corpus(
    paths: Iterable[PathLike],
    *,
    year: int | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    glob: str | None = None,
) -> pd.DataFrame:
    """Every quantity of every document under ``paths`` in one DataFrame (columns :data:`COLUMNS`)."""
    import pandas as pd

    rows = list(iter_corpus(paths, year=year, jobs=jobs, engine=engine, scheduler=scheduler, glob=glob))
    frame = pd.DataFrame.from_records(rows, columns=COLUMNS)
    return frame.astype({"value": "float64", "high": "float64"})
