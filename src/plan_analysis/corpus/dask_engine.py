"""Batches of a corpus run on a ``dask.distributed`` cluster.

``--scheduler ADDRESS`` connects to a running cluster (its workers need
plan-analysis installed and must see the paths or URLs); without it a
``LocalCluster`` of ``jobs`` single-threaded worker processes is started for
the run and closed after. Each batch is one task: the task gets the batch's
locations and names, the worker reads the files, and only the results come
back through the scheduler, as they finish (so the caller's memory holds one
batch at a time). Documents are refused or failed inside the task, so a bad
file never raises on a worker; a cluster that cannot be reached is one
:class:`~plan_analysis.errors.InputError` line naming ``--scheduler``, and a
worker lost mid-run is a :class:`CorpusRunError` (the parts written so far
stay, and the next run resumes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from plan_analysis.corpus.engines import Batch, stored_in
from plan_analysis.errors import InputError, PlanAnalysisError

__all__ = ["CorpusRunError", "dask_client", "run_dask"]

_CONNECT_TIMEOUT = "10s"


class CorpusRunError(PlanAnalysisError):
    """A corpus run stopped part-way for a reason other than a document (exit status 1)."""


@contextmanager
def dask_client(scheduler: str | None, jobs: int):
    """A Client on ``scheduler``, or on a LocalCluster of ``jobs`` workers made for the run."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=_CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError, TypeError) as exc:
            raise InputError(
                f"cannot connect to the Dask scheduler: {' '.join(str(exc).split())[:200]}",
                path=f"--scheduler {scheduler}",
                expected="the address of a running dask.distributed scheduler, e.g. tcp://host:8786",
            ) from None
        with client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        yield client


def worker_count(client) -> int:
    return max(1, sum(client.nthreads().values()))


def run_dask(
    client, batches: list[Batch], task: Callable, *, year: int | None, stored: dict[str, str | None]
) -> Iterator[tuple[int, object]]:
    from distributed import as_completed

    futures = [
        client.submit(task, first, batch, year, stored_in(batch, stored), pure=False) for first, batch in batches
    ]
    first_of = {future.key: first for future, (first, _) in zip(futures, batches)}
    try:
        for future in as_completed(futures, loop=client.loop):
            try:
                results = future.result()
            except Exception as exc:  # a worker died or the connection broke  # noqa: BLE001
                raise CorpusRunError(
                    f"the Dask cluster failed: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
                ) from None
            yield first_of[future.key], results
            future.release()
    finally:
        client.cancel(futures)
