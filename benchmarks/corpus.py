"""Corpus extraction at scale: processes, a Dask LocalCluster, memory per worker, resuming.

    python benchmarks/corpus.py [--documents 2000] [--runs 3] [--jobs N]

A corpus of ``--documents`` texts is generated at run time into a temporary
folder (never committed): each one joins ``--excerpts`` held-out texts from
``benchmarks/heldout*/``, each with another place name and every figure
redrawn (:func:`plan_analysis.corpus.samples.vary_text`). Then, whole-process (start-up
included, wall clock, median of ``--runs``; the runs alternate so a drift of
the machine's speed hits each alike):

* ``extract DIR --out OUT --jobs 1`` and ``--jobs N`` (N: all cores): documents
  per second and the speed-up;
* ``--engine dask --jobs N`` (a LocalCluster of N worker processes): its
  overhead against ``--jobs N`` in per cent;
* peak resident memory of the main process and of the largest worker
  (sampled every 50 ms with psutil) at 500 documents and at ``--documents``:
  flat means about equal;
* a resumed run: OUT already holds the first half of the documents; the
  time to finish, against a fresh run timed in turn with it.

Every run's rows are checked to be the same table.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))

from plan_analysis.corpus.engines import available_cores
from plan_analysis.corpus.samples import vary_text


def generate(folder: Path, documents: int, excerpts: int = 1, seed: int = 2026) -> int:
    """Write ``documents`` texts under ``folder``, each ``excerpts`` varied held-out texts; return total characters."""
    sources = sorted(p for d in HERE.glob("heldout*") for p in d.glob("*.txt"))
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sources]
    characters = 0
    for i in range(documents):
        text = "\n\n".join(vary_text(texts[(i + k) % len(texts)], rng) for k in range(excerpts))
        path = folder / f"{i // 500:02d}" / f"{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        characters += len(text)
    return characters


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_ceiling(jobs: int) -> float:
    """Speed-up of a pure-Python CPU loop on ``jobs`` processes against one: what the machine allows right now."""
    work = [2_000_000] * (4 * jobs)
    times = []
    for processes in (1, jobs):
        start = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            pool.map(_burn, work)
        times.append(time.perf_counter() - start)
    return times[0] / times[1]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


CPU: dict[str, list[float]] = {}


def run(args: list[str], label: str | None = None) -> tuple[float, int, int]:
    """Wall seconds, peak RSS (bytes) of the main process and of the largest child process.

    With ``label``, the CPU seconds of the whole process tree (the workers are
    reaped inside it) are recorded under it.
    """
    import psutil

    cpu_before = _children_cpu()
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "plan_analysis", "extract", *args, "--quiet"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    peaks = {"main": 0, "worker": 0}

    def sample():
        parent = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                peaks["main"] = max(peaks["main"], parent.memory_info().rss)
                for child in parent.children(recursive=True):
                    peaks["worker"] = max(peaks["worker"], child.memory_info().rss)
            except psutil.Error:
                pass
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    sampler.join()
    if label:
        CPU.setdefault(label, []).append(_children_cpu() - cpu_before)
    if proc.returncode != 0:
        raise SystemExit(f"extract {' '.join(args)} exited {proc.returncode}: {err.decode()[-500:]}")
    return elapsed, peaks["main"], peaks["worker"]


def rows(out: Path):
    import pandas as pd

    return pd.read_parquet(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--small", type=int, default=500, help="the smaller corpus of the memory comparison")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--excerpts",
        type=int,
        default=4,
        help="held-out texts per document (they are excerpts; a whole plan is several times longer)",
    )
    parser.add_argument("--jobs", type=int, default=available_cores())
    opts = parser.parse_args()
    n = opts.jobs

    with tempfile.TemporaryDirectory(prefix="corpus-bench-") as scratch:
        scratch = Path(scratch)
        corpus = scratch / "texts"
        characters = generate(corpus, opts.documents, opts.excerpts)
        print(
            f"corpus: {opts.documents} documents of {opts.excerpts} varied held-out texts, "
            f"{characters / 1e6:.2f} M characters ({characters / opts.documents:,.0f} a document), {n} cores"
        )

        configs = {
            "jobs 1": ["--jobs", "1"],
            f"jobs {n}": ["--jobs", str(n)],
            f"dask LocalCluster {n}": ["--engine", "dask", "--jobs", str(n)],
        }
        times: dict[str, list[float]] = {name: [] for name in configs}
        memory: dict[str, tuple[int, int]] = {}
        reference = None
        for r in range(opts.runs):
            for name, extra in configs.items():
                out = scratch / f"out-{r}-{len(times[name])}-{name.split()[0]}.parquet"
                elapsed, main_peak, worker_peak = run([str(corpus), "--out", str(out), *extra], name)
                times[name].append(elapsed)
                memory[name] = (main_peak, worker_peak)
                table = rows(out)
                if reference is None:
                    reference = table
                elif not table.equals(reference):
                    raise SystemExit(f"{name}: rows differ from the first run")
                shutil.rmtree(out)
        ceilings = [machine_ceiling(n) for _ in range(opts.runs)]
        print(f"\nwhole-process figures, median of {opts.runs} (rows identical in every run: {len(reference)})")
        print(
            f"  (the machine's ceiling meanwhile: a pure CPU loop ran {statistics.median(ceilings):.2f}x faster "
            f"on {n} processes than on 1)"
        )
        base = statistics.median(times["jobs 1"])
        parallel = statistics.median(times[f"jobs {n}"])
        for name, xs in times.items():
            med = statistics.median(xs)
            print(
                f"  {name:<22} {med:7.2f} s  {opts.documents / med:7.1f} documents/s  "
                f"speed-up vs jobs 1: {base / med:.2f}x   cpu {statistics.median(CPU[name]):6.2f} s   "
                f"(runs: {', '.join(f'{x:.2f}' for x in xs)})"
            )
        dask_med = statistics.median(times[f"dask LocalCluster {n}"])
        print(f"  LocalCluster overhead vs --jobs {n}: {100 * (dask_med / parallel - 1):+.1f} %")

        # Memory: a corpus of opts.small documents (a subset of the same texts) against the whole.
        small = scratch / "small"
        for path in sorted(corpus.rglob("*.txt"))[: opts.small]:
            target = small / path.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(path, target)
        print(f"\npeak resident memory (MB), --jobs {n}: main process / largest worker")
        for label, folder, docs in (("small", small, opts.small), ("whole", corpus, opts.documents)):
            _, main_peak, worker_peak = run(
                [str(folder), "--out", str(scratch / f"mem-{label}.parquet"), "--jobs", str(n)]
            )
            print(f"  {docs:>6} documents: {main_peak / 2**20:6.1f} / {worker_peak / 2**20:6.1f}")

        # Resume: the first half is stored already.
        half = scratch / "half"
        for path in sorted(corpus.rglob("*.txt"))[: opts.documents // 2]:
            target = half / path.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(path, target)
        fresh_times, resumed_times = [], []
        for r in range(opts.runs):  # fresh and resumed in turn, so that both see the same machine
            fresh_times.append(run([str(corpus), "--out", str(scratch / f"fresh-{r}.parquet"), "--jobs", str(n)])[0])
            out = scratch / f"resume-{r}.parquet"
            run([str(half), "--out", str(out), "--jobs", str(n)])
            resumed_times.append(run([str(corpus), "--out", str(out), "--jobs", str(n)])[0])
            if not rows(out).equals(reference):
                raise SystemExit("the resumed dataset differs from a fresh one")
        fresh, resumed = statistics.median(fresh_times), statistics.median(resumed_times)
        print(
            f"\nresumed run (half stored), --jobs {n}: {resumed:.2f} s = {100 * resumed / fresh:.0f} % "
            f"of a fresh run ({fresh:.2f} s), median of {opts.runs} each; rows identical to a fresh run"
        )


if __name__ == "__main__":
    main()
