"""Where the batches of a corpus run execute: this process, a process pool, or Dask.

Each engine takes batches ``(first_index, [(location, doc), ...])`` and a task
(:func:`~plan_analysis.corpus.documents.process_batch` or
:func:`~plan_analysis.corpus.documents.extract_parts`, called as
``task(first_index, batch, year, stored)``) and yields ``(first_index,
task's result)`` as batches finish (in any order; the caller orders them). Only locations and names go out and only results come
back: workers read the files themselves.

* ``local`` with ``jobs=1``: in this process, batch after batch;
* ``local`` with ``jobs=N``: a pool of N processes, forked where the OS can
  (they start with the extractor already imported, and a caller's script is
  not run again in them, which ``spawn`` would do), else spawned;
* ``dask``: see :mod:`plan_analysis.corpus.dask_engine`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

__all__ = ["Batch", "available_cores", "make_batches", "run_local", "stored_in"]

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
    return [(i, [tuple(s) for s in sources[i : i + size]]) for i in range(0, len(sources), size)]


def stored_in(batch: list[tuple[str, str]], stored: dict[str, str | None]) -> dict[str, str | None]:
    return {doc: stored[doc] for _, doc in batch if doc in stored}


def run_local(
    batches: list[Batch],
    task: Callable,
    *,
    year: int | None,
    jobs: int,
    stored: dict[str, str | None],
    warm_up: Callable[[], None] | None = None,
) -> Iterator[tuple[int, object]]:
    """Run ``task`` on every batch; ``warm_up`` loads what every worker needs, once, before the fork."""
    if jobs <= 1 or len(batches) <= 1:
        for first, batch in batches:
            yield first, task(first, batch, year, stored_in(batch, stored))
        return
    # Imported here: a run in this process (one job, or the stdout path) never needs them.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    if warm_up is not None:
        warm_up()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = {pool.submit(task, first, batch, year, stored_in(batch, stored)): first for first, batch in batches}
        try:
            for future in as_completed(futures):
                yield futures[future], future.result()
        finally:
            for future in futures:
                future.cancel()
