"""The executed notebook's cleaning, as nbconvert preprocessors (report.cleaning), and the export template folder."""

from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from plan_analysis.report.cleaning import RunMetadataCleaner, StderrToLog, clean_notebook, take_stderr


def _executed():
    noisy = new_code_cell("import warnings\nwarnings.warn('old font')")
    noisy.outputs = [
        new_output("stream", name="stderr", text="UserWarning: old font\n"),
        new_output("stream", name="stdout", text="drawn\n"),
    ]
    injected = new_code_cell("plan_id = 'x'", metadata={"tags": ["injected-parameters"], "papermill": {"duration": 1}})
    injected.id = "a1b2c3d4"
    timed = new_code_cell("1 + 1", metadata={"execution": {"iopub.status.idle": "2025-12-31T10:00:00"}})
    nb = new_notebook(cells=[new_markdown_cell("# Report"), injected, noisy, timed])
    nb.metadata["papermill"] = {"duration": 12.5, "input_path": "/home/me/q.ipynb", "version": "2.7.0"}
    return nb


def test_stderr_moves_to_the_log_and_the_rest_stays():
    nb = _executed()
    cleaned, log, count = take_stderr(nb)
    assert count == 1
    # The third cell (1-based), named by its last source line.
    assert log == "--- cell 3: warnings.warn('old font')\nUserWarning: old font\n"
    assert [o.get("name") for o in cleaned.cells[2].outputs] == ["stdout"]
    assert len(nb.cells[2].outputs) == 2  # the notebook given is left as it was


def test_run_metadata_is_dropped_and_the_injected_cell_gets_a_stable_id():
    nb = _executed()
    cleaned = clean_notebook(nb, {"plan_id": "x", "quarter": "2025Q4"})
    assert cleaned.metadata["papermill"] == {"parameters": {"plan_id": "x", "quarter": "2025Q4"}, "version": "2.7.0"}
    assert cleaned.cells[1].id == "injected-parameters"
    assert "papermill" not in cleaned.cells[1].metadata and "execution" not in cleaned.cells[3].metadata
    assert nb.metadata["papermill"]["input_path"] == "/home/me/q.ipynb"  # a copy was cleaned
    nbformat.validate(cleaned)


def test_the_preprocessors_run_in_nbconverts_own_chain():
    """Set up as an exporter would: class, configured trait, preprocess(nb, resources)."""
    nb, resources = RunMetadataCleaner(parameters={"lang": "en"}).preprocess(_executed(), {})
    nb, resources = StderrToLog().preprocess(nb, resources)
    assert nb.metadata["papermill"]["parameters"] == {"lang": "en"}
    assert len(resources["stderr_log"]) == 1


def test_the_export_template_folder_extends_nbconverts_lab_template():
    import json

    from plan_analysis.report.export import TEMPLATE_NAME, TEMPLATES

    folder = TEMPLATES / TEMPLATE_NAME
    assert json.loads((folder / "conf.json").read_text(encoding="utf-8"))["base_template"] == "lab"
    template = (folder / "index.html.j2").read_text(encoding="utf-8")
    assert "{%- extends 'lab/index.html.j2' -%}" in template
    # Every block that would load a script from a CDN is emptied (whitespace control aside).
    plain = template.replace("{%-", "{%").replace("-%}", "%}")
    for block in ("html_head_js_requirejs", "html_head_js_mathjax", "html_head_js_mermaidjs", "jupyter_widgets"):
        assert f"{{% block {block} %}}{{% endblock {block} %}}" in plain
