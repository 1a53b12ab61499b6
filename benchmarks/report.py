"""Wall time of ``plan-analysis report`` against the floor of its toolchain.

The floor is what any papermill-based report pays before doing anything: one
Python process that executes, with papermill and a fresh ``python3`` kernel, a
notebook whose only cell imports pandas and matplotlib, then renders it with
nbconvert's HTMLExporter. ``plan-analysis report`` does that plus validation,
assessment, four SVG figures, the tables and the atomic publish.

Both run as separate processes (cold interpreter each time), alternating, so
that caches and machine noise hit them alike. Prints the median, min and max
of each and the ratio of the medians (goal: <= 1.2).

    .venv/bin/python benchmarks/report.py [--runs 5] [--plan chentao-2025q4] [--quarter 2025Q4]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

BIN = Path(sys.executable).parent

FLOOR_SCRIPT = textwrap.dedent(
    """
    import sys, nbformat, papermill
    from nbconvert import HTMLExporter
    src, out, html = sys.argv[1:4]
    papermill.execute_notebook(src, out, kernel_name="python3", progress_bar=False, log_output=False)
    exporter = HTMLExporter(template_name="lab")
    exporter.exclude_input = True
    body, _ = exporter.from_notebook_node(nbformat.read(out, as_version=4))
    open(html, "w", encoding="utf-8").write(body)
    """
)


def floor_notebook(path: Path) -> None:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import pandas as pd\nimport matplotlib.pyplot as plt")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"command failed ({result.returncode}): {' '.join(cmd)}\n{result.stderr[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--plan", default="chentao-2025q4")
    parser.add_argument("--quarter", default="2025Q4")
    parser.add_argument("--as-of", default="2025-12-31")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        tmp = Path(tmp)
        floor_nb = tmp / "floor.ipynb"
        floor_notebook(floor_nb)
        script = tmp / "floor.py"
        script.write_text(FLOOR_SCRIPT, encoding="utf-8")
        floor_cmd = [sys.executable, str(script), str(floor_nb), str(tmp / "floor-out.ipynb"), str(tmp / "floor.html")]
        report_cmd = [
            str(BIN / "plan-analysis"),
            "report",
            "--plan",
            args.plan,
            "--quarter",
            args.quarter,
            "--as-of",
            args.as_of,
            "--out",
            str(tmp / "reports"),
            "--quiet",
        ]
        # One untimed run of each warms the OS file cache and matplotlib's font cache.
        timed(floor_cmd)
        timed(report_cmd)
        floor, report = [], []
        for _ in range(args.runs):
            floor.append(timed(floor_cmd))
            report.append(timed(report_cmd))

    def line(name: str, xs: list[float]) -> str:
        return f"{name:<22} median {statistics.median(xs):6.2f} s   min {min(xs):6.2f} s   max {max(xs):6.2f} s"

    ratio = statistics.median(report) / statistics.median(floor)
    print(f"report benchmark: {args.runs} runs each, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print(line("floor (papermill+nbconvert)", floor))
    print(line("plan-analysis report", report))
    print(f"ratio (median report / median floor): {ratio:.2f}  (goal <= 1.20)")


if __name__ == "__main__":
    main()
