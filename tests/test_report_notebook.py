"""The executed report notebook has no stray output: no stderr, no warning, no error.

nbval (``--nbval-lax``) looks at stderr only in cells marked NBVAL_CHECK_OUTPUT;
this executes the whole notebook, in both languages, and fails on any stream
written to stderr by any cell (a matplotlib "findfont" message, a pandas
FutureWarning, a logging line), since such output would end up in a report.
"""

from __future__ import annotations

import nbformat
import pytest
from conftest import REPO
from nbclient import NotebookClient

NOTEBOOK = REPO / "notebooks" / "quarterly_report.ipynb"


def stray_output(nb) -> list[str]:
    """Every stderr stream, error and warning-looking output of an executed notebook."""
    found = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                found.append(f"cell {index} stderr: {output.get('text', '')[:300]}")
            elif output.get("output_type") == "error":
                found.append(f"cell {index} error: {output.get('ename')}: {output.get('evalue')}")
            elif "Warning" in str(output.get("text", "")):
                found.append(f"cell {index} warning on stdout: {output.get('text', '')[:300]}")
    return found


def test_stray_output_finds_stderr():
    # The check can fail: a cell writing to stderr is reported.
    nb = nbformat.v4.new_notebook()
    nb.cells.append(
        nbformat.v4.new_code_cell("import sys, warnings\nsys.stderr.write('x\\n')\nwarnings.warn('careful')")
    )
    NotebookClient(nb, kernel_name="python3", timeout=120).execute()
    assert len(stray_output(nb)) >= 1


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_report_notebook_writes_nothing_to_stderr(lang, tmp_path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells.insert(2, nbformat.v4.new_code_cell(f'lang = "{lang}"\nas_of = "2025-12-31"'))
    NotebookClient(
        nb, kernel_name="python3", timeout=600, resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    ).execute()
    assert stray_output(nb) == []
