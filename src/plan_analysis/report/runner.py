"""``plan-analysis report``: run the report notebook, export it, publish it.

The steps, each in a module named for its job, and what a failure at each
leaves behind:

1. The caller resolves what the user gave: the data root
   (:func:`~plan_analysis.plans.paths.locate_data_root`) and the parameters
   (:func:`~plan_analysis.report.parameters.validate_parameters`); here the
   output folder is checked (:func:`~plan_analysis.report.publish.resolve_out_dir`).
   Bad ones → :class:`ParameterError` or :class:`OutputError`, exit 2,
   nothing created under the output folder.
2. :mod:`~plan_analysis.report.kernel` executes ``notebooks/quarterly_report.ipynb``
   with papermill in a scratch folder. An :class:`InputError` raised by the
   notebook's first cell (the plan's files) → exit 2; a full temporary
   folder → :class:`OutputError`, exit 2; a failing or timed-out cell → the
   notebook as far as it ran is kept under ``<out>/_failed/`` and
   :class:`ReportError` is raised (exit 1).
3. :mod:`~plan_analysis.report.cleaning` drops what differs between runs and
   moves cell stderr to ``<stem>.log``; :mod:`~plan_analysis.report.export`
   renders the HTML with nbconvert.
4. :mod:`~plan_analysis.report.publish` publishes ``<stem>.html``, ``.ipynb``,
   ``.json`` (summary for the index) and ``.log`` as one set under the
   report's lock, then rebuilds ``<out>/index.html``. A full or read-only
   output folder → :class:`OutputError` (exit 2); nothing published changes.

Two overlapping runs of the same report both execute; their publications
wait for each other (the lock), and the last one's set is the current one.
English reports have the stem ``<as_of>.en``.

:func:`run_report` is the typed entry point (validated parameters and a
resolved data root); :func:`publish_report` and :func:`render_report` take the
values as a user gives them and validate them first.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plan_analysis.errors import ParameterError, ReportError, shown
from plan_analysis.report.export import external_reference, make_exporter, render_html
from plan_analysis.report.kernel import NotebookFailed
from plan_analysis.report.parameters import ReportParameters, validate_parameters
from plan_analysis.report.publish import INDEX_NAME, rebuild_report_index, resolve_out_dir

if TYPE_CHECKING:
    import datetime as dt

    from plan_analysis.plans.paths import DataRoot

__all__ = [
    "FAILED_DIR",
    "INDEX_NAME",
    "NOTEBOOK_NAME",
    "PublishedReport",
    "external_reference",
    "notebook_path",
    "notebook_summary",
    "publish_report",
    "rebuild_report_index",
    "render_report",
    "report_stem",
    "resolve_out_dir",
    "run_report",
    "validate_parameters",
]

NOTEBOOK_NAME = "quarterly_report.ipynb"
FAILED_DIR = "_failed"

PathArgument = str | os.PathLike[str]


@dataclass(frozen=True)
class PublishedReport:
    """What one run published: the HTML (through the set's pointer) and the log of cell warnings."""

    html: Path
    out_dir: Path
    log: Path | None = None
    warnings: int = 0


def notebook_path() -> Path:
    """The report notebook: the checkout's ``notebooks/`` folder, else the copy shipped in the package."""
    from plan_analysis.plans.paths import repository_root

    root = repository_root()
    if root is not None and (root / "notebooks" / NOTEBOOK_NAME).is_file():
        return root / "notebooks" / NOTEBOOK_NAME
    packaged = Path(__file__).with_name("notebooks") / NOTEBOOK_NAME
    if packaged.is_file():
        return packaged
    raise ReportError(
        f"report notebook {NOTEBOOK_NAME} not found (looked in the checkout's notebooks/ and {packaged.parent})"
    )


def report_stem(params: ReportParameters) -> str:
    return params.as_of.isoformat() + ("" if params.lang == "zh" else f".{params.lang}")


def run_report(
    parameters: ReportParameters,
    root: DataRoot,
    *,
    out_dir: PathArgument | None = None,
    quiet: bool = False,
    timeout: int = 600,
    lock_timeout: float | None = None,
    notebook: PathArgument | None = None,
    rebuild_index: bool = True,
) -> PublishedReport:
    """Render one quarterly report and publish it; return what was published.

    ``parameters`` come from :func:`~plan_analysis.report.parameters.validate_parameters`
    and ``root`` from :func:`~plan_analysis.plans.paths.locate_data_root`.
    ``out_dir`` defaults to ``<data root>/reports`` when the data root was
    given, else ``reports/`` in the working directory. ``timeout`` is the
    seconds a cell may run; ``lock_timeout`` (default: ``timeout``) how long
    to wait for an overlapping publication of the same report.
    ``rebuild_index=False`` leaves the index to the caller (``report --all``
    rebuilds it once). ``notebook`` replaces the report notebook (tests).

    Raises :class:`~plan_analysis.errors.InputError`, ``ParameterError`` or
    ``OutputError`` for what the user can fix (exit 2 on the command line),
    :class:`~plan_analysis.errors.ReportError` for a run that failed after
    its inputs were accepted (exit 1).
    """
    from plan_analysis.report import kernel

    if not isinstance(timeout, int) or isinstance(timeout, bool) or timeout <= 0:
        raise ParameterError(
            f"timeout must be a positive whole number of seconds, got {shown(timeout)}", parameter="timeout"
        )
    out = resolve_out_dir(out_dir, root)
    source = Path(notebook).resolve() if notebook is not None else notebook_path()
    stem = report_stem(parameters)
    # No data_root parameter: the kernel reads the absolute data root from its
    # environment, so the published notebook carries no path of this machine.
    injected = {
        "plan_id": parameters.plan_id,
        "quarter": parameters.quarter,
        "as_of": parameters.as_of.isoformat(),
        "lang": parameters.lang,
    }
    # While the kernel works this process only waits on it: set up nbconvert's
    # exporter meanwhile (started once papermill is imported, so the two
    # threads never import the same modules at once).
    exporter: list[Future[Any]] = []

    def start_exporter() -> None:
        pool = ThreadPoolExecutor(max_workers=1)
        exporter.append(pool.submit(make_exporter, parameters.lang))
        pool.shutdown(wait=False)

    try:
        executed = kernel.execute(
            source, injected, root, quiet=quiet, timeout=timeout, name=f"{stem}.ipynb", meanwhile=start_exporter
        )
    except NotebookFailed as failure:
        kept = _keep_failed(failure.notebook, out, parameters, stem)
        raise ReportError(f"the report notebook failed: {failure.description}; {kept}") from failure.__cause__

    from plan_analysis.report.cleaning import clean_notebook, take_stderr

    nb = clean_notebook(executed, injected)
    nb, log_text, n_warnings = take_stderr(nb)
    try:
        summary = notebook_summary(nb)
        html_text = render_html(nb, parameters, title=summary["title"], exporter=exporter[0].result())
    except Exception as exc:  # a rendering bug must not publish anything either
        kept = _keep_failed(nb, out, parameters, stem)
        raise ReportError(f"rendering the executed notebook failed: {type(exc).__name__}: {exc}; {kept}") from exc
    import nbformat

    from plan_analysis.report.index import summary_json
    from plan_analysis.report.publish import publish_report_set

    files = {
        f"{stem}.html": html_text,
        f"{stem}.ipynb": nbformat.writes(nb) + "\n",
        f"{stem}.json": summary_json(summary),
    }
    if log_text:
        files[f"{stem}.log"] = log_text
    pointer = publish_report_set(
        out,
        parameters.plan_id,
        parameters.quarter,
        stem,
        files,
        lock_timeout=timeout if lock_timeout is None else lock_timeout,
    )
    html_path = pointer / f"{stem}.html"
    if rebuild_index:
        rebuild_report_index(out, timeout=max(60, timeout), published=html_path)
    return PublishedReport(
        html=html_path,
        out_dir=out,
        log=pointer / f"{stem}.log" if log_text else None,
        warnings=n_warnings,
    )


def publish_report(
    plan_id: str,
    quarter: str,
    as_of: str | dt.date | None = None,
    lang: str = "zh",
    out_dir: PathArgument | None = None,
    *,
    quiet: bool = False,
    timeout: int = 600,
    data_root: PathArgument | DataRoot | None = None,
    lock_timeout: float | None = None,
    notebook: PathArgument | None = None,
    rebuild_index: bool = True,
) -> PublishedReport:
    """:func:`run_report` on the values as a user gives them: the data root is located, the parameters checked."""
    from plan_analysis.plans.paths import locate_data_root

    if not isinstance(timeout, int) or isinstance(timeout, bool) or timeout <= 0:
        raise ParameterError(
            f"timeout must be a positive whole number of seconds, got {shown(timeout)}", parameter="timeout"
        )
    root = locate_data_root(data_root)
    parameters = validate_parameters(plan_id, quarter, as_of, lang, root)
    return run_report(
        parameters,
        root,
        out_dir=out_dir,
        quiet=quiet,
        timeout=timeout,
        lock_timeout=lock_timeout,
        notebook=notebook,
        rebuild_index=rebuild_index,
    )


def render_report(
    plan_id: str,
    quarter: str,
    as_of: str | dt.date | None = None,
    lang: str = "zh",
    out_dir: PathArgument | None = None,
    *,
    quiet: bool = False,
    timeout: int = 600,
    data_root: PathArgument | DataRoot | None = None,
    lock_timeout: float | None = None,
    notebook: PathArgument | None = None,
) -> Path:
    """Render and publish one quarterly report (``pa.render_report``); return the path of its HTML.

    Arguments and errors as :func:`publish_report`.
    """
    return publish_report(
        plan_id,
        quarter,
        as_of,
        lang,
        out_dir,
        quiet=quiet,
        timeout=timeout,
        data_root=data_root,
        lock_timeout=lock_timeout,
        notebook=notebook,
    ).html


def notebook_summary(nb: Any) -> dict[str, Any]:
    """The summary the headline cell carries as application/json (see report_html.Report.summary)."""
    from plan_analysis.report.statuses import SUMMARY_KEY

    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {}).get("application/json")
            if isinstance(data, dict) and SUMMARY_KEY in data:
                summary: dict[str, Any] = data[SUMMARY_KEY]
                return summary
    raise ValueError(f"no cell output carries {SUMMARY_KEY!r}: did the notebook call report.headline()?")


def _keep_failed(nb: Any, out_dir: Path, params: ReportParameters, stem: str) -> str:
    """Keep a failed run's notebook under ``<out>/_failed/``; return a phrase saying where (or why not)."""
    import nbformat

    from plan_analysis.report.publish import atomic_write

    path = Path(out_dir) / FAILED_DIR / params.plan_id / params.quarter / f"{stem}.ipynb"
    try:
        atomic_write(path, nbformat.writes(nb) + "\n")
    except OSError as exc:
        return f"the failed notebook could not be kept ({exc.strerror or exc})"
    return f"the failed notebook is kept at {path}"
