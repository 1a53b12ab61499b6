"""Where the batches of a corpus run execute: this process, a process pool, or Dask.

Each engine takes batches ``(first_index, [(location, doc), ...])`` and yields
``(first_index, [DocumentResult, ...])`` as batches finish (in any order; the
caller orders them). Only locations and names go out and only results come
back: workers read the files themselves.

* ``local`` with ``jobs=1``: in this process, batch after batch;
* ``local`` with ``jobs=N``: a pool of N processes (``forkserver`` start, so
  no thread state of the caller is copied into them);
* ``dask``: see :mod:`plan_analysis.corpus.dask_engine`.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Iterator

from plan_analysis.corpus.documents import DocumentResult, process_batch

__all__ = ["Batch", "make_batches", "run_local", "available_cores", "stored_in"]

Batch = tuple[int, list[tuple[str, str]]]
_BATCHES_PER_WORKER = 8  # enough for load balance and a lively progress bar
_MAX_BATCH = 64  # documents: bounds the memory a batch's rows take


def available_cores() -> int:
    import os

    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def make_batches(sources: list[tuple[str, str]], workers: int) -> list[Batch]:
    """Consecutive slices of ``sources``, each tagged with the index of its first document."""
    size = max(1, min(_MAX_BATCH, -(-len(sources) // (max(1, workers) * _BATCHES_PER_WORKER))))
    return [(i, [tuple(s) for s in sources[i:i + size]]) for i in range(0, len(sources), size)]


def stored_in(batch: list[tuple[str, str]], stored: dict[str, str | None]) -> dict[str, str | None]:
    return {doc: stored[doc] for _, doc in batch if doc in stored}


def run_local(batches: list[Batch], *, year: int | None, jobs: int,
              stored: dict[str, str | None]) -> Iterator[tuple[int, list[DocumentResult]]]:
    if jobs <= 1 or len(batches) <= 1:
        for first, batch in batches:
            yield first, process_batch(batch, year, stored_in(batch, stored))
        return
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = {pool.submit(process_batch, batch, year, stored_in(batch, stored)): first
                   for first, batch in batches}
        try:
            for future in as_completed(futures):
                yield futures[future], future.result()
        finally:
            for future in futures:
                future.cancel()
