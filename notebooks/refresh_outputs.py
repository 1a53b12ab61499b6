"""Re-execute the committed notebooks in place so that nbval has fresh reference outputs.

    .venv/bin/python notebooks/refresh_outputs.py [notebook.ipynb ...]

Run it after a change that legitimately changes a checked output (a new
progress row, a wording change). It executes with the default parameters,
the ``python3`` kernel of the current environment, from the notebooks/
folder, and drops what would differ between machines or runs: execution
timings, papermill metadata and the kernel's Python version.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent
DEFAULT = [HERE / "quarterly_report.ipynb", HERE / "explore_plan.ipynb", HERE / "explore_corpus.ipynb"]


def refresh(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, kernel_name="python3", timeout=600, record_timing=False, resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    stderr = [
        i
        for i, cell in enumerate(nb.cells)
        for out in cell.get("outputs", [])
        if out.get("output_type") == "stream" and out.get("name") == "stderr"
    ]
    if stderr:
        # A warning would become the new reference output: fix its cause instead.
        raise SystemExit(f"{path.name}: cells {sorted(set(stderr))} wrote to stderr; outputs not refreshed")
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    # The kernel reports its exact Python version here; the name is enough.
    nb.metadata["language_info"] = {"name": "python"}
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)
    nbformat.write(nb, path)
    print(f"refreshed {path.relative_to(HERE.parent)}")


if __name__ == "__main__":
    for name in sys.argv[1:] or DEFAULT:
        if Path(name).is_file():
            refresh(Path(name).resolve())
