"""A corpus run: documents → batches → an engine → the dataset (or, in order, the caller).

:func:`extract_to_dataset` writes the Parquet dataset of
:mod:`plan_analysis.corpus.dataset`, resuming from what an earlier run with the
same ``out`` stored (the workers encode the parts; this process only writes
them); :func:`iter_results` yields every document's result in document order
(for stdout). Both show a progress bar on stderr (documents done, rate, time
left) unless ``quiet``. Arguments are plain, validated values: resolve user
input with :mod:`plan_analysis.corpus.discovery` first.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from plan_analysis.corpus.dataset import CorpusDataset
from plan_analysis.corpus.discovery import Source
from plan_analysis.corpus.documents import DocumentResult, Outcome, extract_parts, results_task, warm_up_encoding
from plan_analysis.corpus.engines import make_batches, run_local

__all__ = ["ENGINES", "RunSummary", "extract_to_dataset", "iter_results"]

ENGINES = ("local", "dask")
_KEPT_PROBLEMS = 20


@dataclass
class RunSummary:
    """What a run did: documents by status (``skipped``: stored by an earlier run) and rows written."""

    statuses: Counter = field(default_factory=Counter)
    rows: int = 0
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (doc, status, reason), the first few

    earlier: Counter = field(default_factory=Counter)  # statuses of the skipped documents, as stored
    removed: int = 0  # documents an earlier run stored that are no longer among the inputs (their rows dropped)
    damaged: int = 0  # committed parts found damaged on resuming (removed; their documents extracted again)

    def add(self, outcome: Outcome, stored: tuple | None = None) -> None:
        """Count one document; ``stored``: its (sha256, status, reason) from an earlier run, if skipped."""
        self.statuses[outcome.status] += 1
        self.rows += outcome.rows
        status, reason = (
            (stored[1], stored[2]) if outcome.status == "skipped" and stored else (outcome.status, outcome.reason)
        )
        if outcome.status == "skipped":
            self.earlier[status] += 1
        if status in ("refused", "failed") and len(self.problems) < _KEPT_PROBLEMS:
            self.problems.append((outcome.doc, status, reason or ""))

    def count(self, status: str) -> int:
        """Documents of the dataset with ``status``, whether this run or an earlier one decided it."""
        return self.statuses[status] + self.earlier[status]

    @property
    def complete(self) -> bool:
        """Every document of the dataset was extracted (refusals by earlier runs count too)."""
        return not (self.count("refused") or self.count("failed"))


@contextmanager
def _engine(sources: list[Source], task: Callable, *, year, jobs, engine, scheduler, stored, warm_up=None):
    """The engine's stream of finished batches; closed (pool or cluster released) on leaving."""
    if engine == "local":
        results = run_local(make_batches(sources, jobs), task, year=year, jobs=jobs, stored=stored, warm_up=warm_up)
        try:
            yield results
        finally:
            results.close()
    elif engine == "dask":
        from plan_analysis.corpus.dask_engine import dask_client, run_dask, worker_count

        with dask_client(scheduler, jobs) as client:
            results = run_dask(client, make_batches(sources, worker_count(client)), task, year=year, stored=stored)
            try:
                yield results
            finally:
                results.close()  # cancels what is left while the client is still open
    else:
        raise ValueError(f"unknown engine {engine!r} (expected one of {ENGINES})")


def _progress(total: int, quiet: bool):
    if quiet:  # the stdout path: no bar, and no import of tqdm either
        return nullcontext(_NoBar())
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="extract", disable=quiet, file=sys.stderr, dynamic_ncols=True)


class _NoBar:
    def update(self, n: int) -> None:
        pass


def extract_to_dataset(
    sources: list[Source],
    out: Path | str,
    *,
    year: int | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    quiet: bool = False,
) -> RunSummary:
    """Extract ``sources`` into the dataset at ``out`` (a folder or an fsspec URL).

    Documents it already holds unchanged are skipped; documents it holds that
    are no longer among ``sources`` (deleted or renamed since) are removed
    with their rows, so that the dataset mirrors the inputs.
    """
    dataset = CorpusDataset.open(out, year=year)
    summary = RunSummary(damaged=len(dataset.damaged))
    try:
        current = {source.doc for source in sources}
        summary.removed = dataset.forget(set(dataset.stored()) - current)
        stored = dataset.stored()
        hashes = {doc: sha for doc, (sha, _, _) in stored.items()}
        with (
            _engine(
                sources,
                extract_parts,
                year=year,
                jobs=jobs,
                engine=engine,
                scheduler=scheduler,
                stored=hashes,
                warm_up=warm_up_encoding,
            ) as batches,
            _progress(len(sources), quiet) as bar,
        ):
            for _, (outcomes, parts) in batches:
                for part in parts:
                    dataset.write(part)
                for outcome in outcomes:
                    summary.add(outcome, stored.get(outcome.doc))
                bar.update(len(outcomes))
        dataset.finish()
    finally:
        dataset.close()
    return summary


def iter_results(
    sources: list[Source],
    *,
    year: int | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    quiet: bool = True,
) -> Iterator[DocumentResult]:
    """Every document's result, in document order (batches finishing early wait in a small buffer)."""
    with (
        _engine(sources, results_task, year=year, jobs=jobs, engine=engine, scheduler=scheduler, stored={}) as batches,
        _progress(len(sources), quiet) as bar,
    ):
        waiting: dict[int, list[DocumentResult]] = {}
        position = 0
        for first, results in batches:
            waiting[first] = results
            bar.update(len(results))
            while position in waiting:
                ready = waiting.pop(position)
                position += len(ready)
                yield from ready
