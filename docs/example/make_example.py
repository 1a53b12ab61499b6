"""Make docs/example/quarterly-report.ipynb: the bundled plan's report, executed, for the site.

Run by hand when the report changes (``.venv/bin/python docs/example/make_example.py``);
``make docs`` only renders the committed notebook (MyST-NB, execution off), so
the site builds offline in seconds. The notebook is the one ``plan-analysis
report`` publishes, with MyST-NB's tags added: code is hidden, the parameter
cells and notes for notebook readers are removed, as in the HTML report, and
the summary the index reads (application/json) is dropped.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import nbformat

import plan_analysis as pa

HERE = Path(__file__).resolve().parent
TARGET = HERE / "quarterly-report.ipynb"
PLAN, QUARTER, AS_OF = "chentao-2025q4", "2025Q4", "2025-12-31"
# The report's own tags for cells readers never see (report.export.REMOVED_TAGS).
HIDDEN = {"injected-parameters", "parameters", "remove_cell"}

INTRO = f"""# Example: a rendered report

The quarterly report of the bundled plan (陈涛镇, {QUARTER}, as of {AS_OF}), as
`plan-analysis report --plan {PLAN} --quarter {QUARTER} --as-of {AS_OF}` publishes it.
Its progress log is invented demo data, as the report's banner says. The
published report is one self-contained HTML file; this page shows the same
executed notebook inside the documentation's theme.
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as out:
        html = pa.render_report(PLAN, QUARTER, AS_OF, "zh", out, quiet=True)
        nb = nbformat.read(html.with_suffix(".ipynb"), as_version=4)
    for cell in nb.cells:
        tags = set(cell.metadata.get("tags", []))
        if tags & HIDDEN:
            tags.add("remove-cell")
        elif cell.cell_type == "code":
            tags.add("remove-input")
        cell.metadata["tags"] = sorted(tags)
        # The headline's summary as application/json is for the report index, not readers.
        for output in cell.get("outputs", []):
            output.get("data", {}).pop("application/json", None)
    nb.cells.insert(0, nbformat.v4.new_markdown_cell(INTRO, id="example-intro"))
    TARGET.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
    print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
