"""``plan-analysis report``: run the report notebook with papermill, render it, publish it.

Steps, and what a failure at each leaves behind:

1. Resolve the paths the user gave (data root, output folder) to absolute
   ones and validate the parameters (bad ones → :class:`ParameterError` or
   :class:`OutputError`, exit 2, nothing created under the output folder).
2. Execute ``notebooks/quarterly_report.ipynb`` with papermill in a scratch
   folder, in a kernel whose environment carries the absolute data root
   (``$PLAN_ANALYSIS_DATA``): the kernel runs in ``notebooks/``, where a
   relative path would name another folder, and the published notebook then
   holds no path at all. Parameters go in as a dict, not ``-p`` strings, so
   ``"007"`` stays text. The plan's files are checked by the notebook's first
   cell; an :class:`InputError` raised there is re-raised here as one (exit 2,
   nothing created under the output folder). A failing or timed-out cell →
   the executed notebook, with the error cell papermill marks, is copied to
   ``<out>/_failed/`` and :class:`ReportError` is raised (exit 1). The scratch
   folder and the kernel's socket folder are removed whatever happens.
3. Strip what differs between runs (papermill timings, kernel-generated ids)
   and what readers must not see (cell stderr: warnings go to ``<stem>.log``
   in the set instead), and render HTML with nbconvert: no input code, no
   injected-parameters cell, ``<html lang=…>``, no CDN URLs.
4. Publish ``<stem>.html``, ``.ipynb``, ``.json`` (summary for the index) and
   ``.log`` as one set (:mod:`plan_analysis.report.publish`) under the report's
   lock, then rebuild ``<out>/index.html``. A full or read-only output folder
   → :class:`OutputError` (exit 2); nothing published changes.

Two overlapping runs of the same report both execute; their publications
wait for each other (the lock), and the last one's set is the current one.
English reports have the stem ``<as_of>.en``.
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from plan_analysis.errors import InputError, OutputError, ParameterError, ReportError, shown
from plan_analysis.report.parameters import ReportParameters, validate_parameters

NOTEBOOK_NAME = "quarterly_report.ipynb"
FAILED_DIR = "_failed"
INDEX_NAME = "index.html"
KERNEL = "python3"
# Exceptions raised in the kernel that mean "bad input", not "failed run".
INPUT_ERRORS = ("InputError", "ParameterError")
# Cells readers of the report never see: papermill's injected parameters, the
# defaults they replace, and notes addressed to notebook readers.
REMOVED_TAGS = ("injected-parameters", "parameters", "remove_cell")

# nbconvert's lab template, minus every script it would load from a CDN.
_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
"""
_STYLE_BLOCK = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL | re.IGNORECASE)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def _drop_url_comment(match: re.Match) -> str:
    return "" if "://" in match.group(0) else match.group(0)


# A tag attribute or a stylesheet rule that would make the browser fetch a URL.
# Only markup is searched: a plan's text may well mention "src=//…" as text.
_EXTERNAL_ATTR = re.compile(
    r"""<[a-zA-Z][^>]*\s(?:src|href|action|data|poster)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE
)
_EXTERNAL_CSS = re.compile(r"""url\(\s*["']?\s*(?:https?:)?//|@import""", re.IGNORECASE)


def external_reference(page: str) -> str | None:
    """The first place where ``page`` would load something from the network, or None."""
    match = _EXTERNAL_ATTR.search(page)
    if match:
        return match.group(0)
    for block in _STYLE_BLOCK.finditer(page):
        match = _EXTERNAL_CSS.search(block.group(0))
        if match:
            return block.group(0)[max(match.start() - 40, 0) : match.end() + 40]
    return None


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


@dataclass(frozen=True)
class PublishedReport:
    """What one run published: the HTML (through the set's pointer) and the log of cell warnings."""

    html: Path
    out_dir: Path
    log: Path | None = None
    warnings: int = 0


def run_report(plan_id, quarter, as_of=None, lang="zh", out_dir=None, **options) -> Path:
    """Render one quarterly report and return the path of its published HTML.

    Options as :func:`publish_report` (``quiet``, ``timeout``, ``data_root``,
    ``lock_timeout``, ``notebook``). ``out_dir`` defaults to
    ``<data root>/reports`` when a data root is given (argument or
    ``$PLAN_ANALYSIS_DATA``), else ``reports/`` in the working directory.
    Raises :class:`~plan_analysis.errors.InputError` (or ParameterError,
    OutputError) for bad input or an unwritable output folder,
    :class:`~plan_analysis.errors.ReportError` for a run that failed after its
    inputs were accepted.
    """
    return publish_report(plan_id, quarter, as_of, lang, out_dir, **options).html


def publish_report(
    plan_id,
    quarter,
    as_of=None,
    lang="zh",
    out_dir=None,
    *,
    quiet: bool = False,
    timeout: int = 600,
    data_root=None,
    lock_timeout: float | None = None,
    notebook: str | os.PathLike[str] | None = None,
    rebuild_index: bool = True,
) -> PublishedReport:
    """:func:`run_report`, returning what was published.

    ``lock_timeout`` defaults to ``timeout``: long enough for an overlapping
    publication of the same report to end. ``rebuild_index=False`` leaves
    the index to the caller (``report --all`` rebuilds it once).
    """
    from plan_analysis.plans.paths import locate_data_root

    if not isinstance(timeout, int) or isinstance(timeout, bool) or timeout <= 0:
        raise ParameterError(
            f"timeout must be a positive whole number of seconds, got {shown(timeout)}", parameter="timeout"
        )
    root = locate_data_root(data_root)
    params = validate_parameters(plan_id, quarter, as_of, lang, root)
    out = resolve_out_dir(out_dir, root)
    source = Path(notebook).resolve() if notebook is not None else notebook_path()
    stem = report_stem(params)

    from plan_analysis.report.index import summary_json

    nb, exporter = _execute(source, params, root, quiet=quiet, timeout=timeout, out_dir=out, stem=stem)
    nb, log_text, n_warnings = take_stderr(nb)
    try:
        summary = notebook_summary(nb)
        html_text = render_html(nb, params, title=summary["title"], exporter=exporter.result())
    except Exception as exc:  # a rendering bug must not publish anything either
        failed = _keep_failed(nb, out, params, stem)
        raise ReportError(f"rendering the executed notebook failed: {type(exc).__name__}: {exc}; {failed}") from exc
    import nbformat

    files = {
        f"{stem}.html": html_text,
        f"{stem}.ipynb": nbformat.writes(nb) + "\n",
        f"{stem}.json": summary_json(summary),
    }
    if log_text:
        files[f"{stem}.log"] = log_text
    pointer = _publish(out, params, stem, files, lock_timeout=timeout if lock_timeout is None else lock_timeout)
    html_path = pointer / f"{stem}.html"
    if rebuild_index:
        rebuild_report_index(out, timeout=max(60, timeout), published=html_path)
    return PublishedReport(
        html=html_path,
        out_dir=out,
        log=pointer / f"{stem}.log" if log_text else None,
        warnings=n_warnings,
    )


def resolve_out_dir(out_dir, root) -> Path:
    """The output folder as an absolute path, checked without creating anything.

    Default: ``<data root>/reports`` when the data root was given, else
    ``./reports``. Refused (OutputError) when a part of the path is a file or
    the deepest existing folder cannot be written.
    """
    if out_dir is None:
        out_dir = root.path / "reports" if root.given_as else Path("reports")
    out = Path(os.path.abspath(os.fspath(out_dir)))
    existing = out
    while not existing.exists():
        if existing.parent == existing:
            break
        existing = existing.parent
    if not existing.is_dir():
        raise OutputError(
            f"{existing} is not a folder",
            path=out,
            parameter="out_dir",
            expected="a folder (or a path where one can be made)",
        )
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(
            f"the folder {existing} cannot be written", path=out, parameter="out_dir", expected="a writable folder"
        )
    return out


def _publish(out: Path, params: ReportParameters, stem: str, files: dict, *, lock_timeout: float) -> Path:
    """Publish one set under the report's lock; OSError → OutputError (nothing published changed)."""
    from filelock import FileLock, Timeout

    from plan_analysis.report.publish import lock_path, publish_set

    folder = out / params.plan_id / params.quarter
    try:
        lock_file = lock_path(out, params.plan_id, params.quarter, stem)
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(lock_file), timeout=lock_timeout)
        try:
            lock.acquire()
        except Timeout:
            raise ReportError(
                f"another run of this report holds {lock.lock_file}; it did not finish publishing within "
                f"{lock.timeout:g} s. Try again when it has finished."
            ) from None
        try:
            return publish_set(folder, stem, files)
        finally:
            lock.release()
    except OSError as exc:
        raise OutputError(
            f"cannot write the report: {exc.strerror or exc}; nothing published changed",
            path=getattr(exc, "filename", None) or folder,
            parameter="out_dir",
            expected="a writable folder with free space",
        ) from None


def rebuild_report_index(out: Path, *, timeout: float = 60, published: Path | None = None) -> Path:
    """Rebuild ``<out>/index.html`` from the published sets, under the index lock."""
    from filelock import FileLock, Timeout

    from plan_analysis.report.index import read_summaries, render_index
    from plan_analysis.report.publish import atomic_write, lock_path

    index = out / INDEX_NAME
    done = f"the report was published at {published}, but " if published else ""
    try:
        lock_file = lock_path(out, "index")
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(lock_file), timeout=timeout):
            atomic_write(index, render_index(read_summaries(out)))
    except Timeout:
        raise ReportError(f"{done}{index} could not be rebuilt: another run held its lock for {timeout:g} s") from None
    except OSError as exc:
        raise OutputError(
            f"{done}{index.name} could not be rebuilt: {exc.strerror or exc} (the old index is unchanged)",
            path=index,
            parameter="out_dir",
            expected="a writable folder with free space",
        ) from None
    return index


def take_stderr(nb):
    """Remove every stderr stream from the cells' outputs; return the notebook, a log of it and its count.

    Warnings belong in a log for whoever runs the report, not in front of its readers.
    """
    nb = copy.deepcopy(nb)
    entries = []
    for number, cell in enumerate(nb.cells, 1):
        if cell.cell_type != "code":
            continue
        kept = []
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                first = (cell.source.strip().splitlines() or [""])[-1][:80]
                entries.append(f"--- cell {number}: {first}\n{output.get('text', '').rstrip()}\n")
            else:
                kept.append(output)
        cell.outputs = kept
    return nb, "".join(entries), len(entries)


def notebook_summary(nb) -> dict:
    """The summary the headline cell carries as application/json (see report_html.Report.summary)."""
    from plan_analysis.report.statuses import SUMMARY_KEY

    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {}).get("application/json")
            if isinstance(data, dict) and SUMMARY_KEY in data:
                return data[SUMMARY_KEY]
    raise ValueError(f"no cell output carries {SUMMARY_KEY!r}: did the notebook call report.headline()?")


# Run by the kernel while it starts (IPython's exec_lines: no history, no
# execution count, no client needed): the imports the notebook's first cells
# need then overlap with this process importing papermill (about 2.5 s, mostly
# jsonschema's format checkers) instead of following it. Leaves no names behind.
WARMUP = (
    "import importlib as _i; _i.import_module('plan_analysis.report.sections'); "
    "_i.import_module('plan_analysis.plans.loading'); _i.import_module('plan_analysis.report.figures')._pyplot(); del _i"
)


def start_kernel(cwd: Path, env: dict[str, str] | None = None):
    """Start the ``python3`` kernel in ``cwd`` (with environment ``env``), warming it up; return its manager."""
    import json

    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    # The async manager, as nbclient creates itself: its clients honour the
    # per-cell timeout (a blocking client would let a hung cell run on).
    # Unix sockets in a private folder rather than TCP ports: nothing else on
    # the machine can connect, and ipykernel has no "running over TCP without
    # encryption" warning to print into every cron mail.
    sockets = tempfile.mkdtemp(prefix="plan-analysis-kernel-")
    if os.name == "posix":
        km = AsyncKernelManager(kernel_name=KERNEL, transport="ipc", ip=os.path.join(sockets, "k"))
    else:  # pragma: no cover - Windows has no ipc transport
        km = AsyncKernelManager(kernel_name=KERNEL)
    km.plan_analysis_sockets = sockets
    try:
        run_sync(km.start_kernel)(
            cwd=str(cwd),
            env=dict(os.environ if env is None else env),
            extra_arguments=[f"--IPKernelApp.exec_lines={json.dumps([WARMUP])}"],
        )
    except BaseException:
        shutil.rmtree(sockets, ignore_errors=True)
        raise
    return km


def stop_kernel(km) -> None:
    from jupyter_core.utils import run_sync

    try:
        if run_sync(km.is_alive)():
            run_sync(km.shutdown_kernel)(now=True)
    except RuntimeError:  # already gone
        pass
    finally:
        shutil.rmtree(getattr(km, "plan_analysis_sockets", ""), ignore_errors=True)


def kernel_environment(root) -> dict[str, str]:
    """This process's environment, with the data root resolved here (absolute) and how the user named it."""
    from plan_analysis.plans.paths import DATA_ROOT_AS_GIVEN_ENV, DATA_ROOT_ENV

    env = dict(os.environ)
    env[DATA_ROOT_ENV] = str(root.path)
    env[DATA_ROOT_AS_GIVEN_ENV] = root.given_as or ""
    return env


def _execute(source: Path, params: ReportParameters, root, *, quiet, timeout, out_dir: Path, stem: str):
    """Run the notebook with papermill in a scratch folder.

    Returns the cleaned executed notebook and a future of the HTML exporter.
    """
    try:
        km = start_kernel(source.parent, kernel_environment(root))
    except Exception as exc:  # no kernel (a full temporary folder, a broken kernelspec): the run failed
        raise ReportError(f"the notebook kernel could not start: {_describe_os(exc)}") from exc
    try:
        return _execute_with(km, source, params, quiet=quiet, timeout=timeout, out_dir=out_dir, stem=stem)
    finally:
        # Ours to stop: papermill leaves a kernel it did not start running. A
        # cell that timed out may still be busy, hence now=True.
        stop_kernel(km)


def _execute_with(km, source: Path, params: ReportParameters, *, quiet, timeout, out_dir: Path, stem: str):
    import nbformat
    import papermill as pm

    # While the kernel works this process only waits on it: import nbconvert and
    # set up its exporter meanwhile. Started only after papermill is imported,
    # so the two threads never import the same modules at once.
    pool = ThreadPoolExecutor(max_workers=1)
    exporter = pool.submit(make_exporter, params.lang)
    pool.shutdown(wait=False)
    # No data_root parameter: the kernel reads the absolute data root from its
    # environment, so the published notebook carries no path of this machine.
    parameters = {
        "plan_id": params.plan_id,
        "quarter": params.quarter,
        "as_of": params.as_of.isoformat(),
        "lang": params.lang,
    }
    try:
        scratch = Path(tempfile.mkdtemp(prefix="plan-analysis-report-"))
    except OSError as exc:
        raise ReportError(f"no scratch folder for the run: {_describe_os(exc)}") from exc
    executed = scratch / f"{stem}.ipynb"
    try:
        try:
            pm.execute_notebook(
                str(source),
                str(executed),
                parameters=parameters,
                kernel_name=KERNEL,
                execution_timeout=timeout,
                progress_bar=not quiet,
                log_output=False,
                km=km,  # already started in source.parent (so no cwd= here: papermill would chdir this process)
                # nbclient's default of 60 s for the kernel to answer is short on
                # a loaded shared machine (seen here with two test runs at once).
                start_timeout=180,
            )
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            if getattr(exc, "ename", None) in INPUT_ERRORS:
                raise InputError(str(getattr(exc, "evalue", exc))) from None
            nb = nbformat.read(executed, as_version=4) if executed.is_file() else nbformat.read(source, as_version=4)
            failed = _keep_failed(nb, out_dir, params, stem)
            raise ReportError(f"the report notebook failed: {_describe(exc)}; {failed}") from exc
        nb = nbformat.read(executed, as_version=4)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return clean_notebook(nb, parameters), exporter


def _describe_os(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}" + (f" ({exc.filename})" if exc.filename else "")
    return f"{type(exc).__name__}: {exc}"


def _describe(exc: BaseException) -> str:
    ename = getattr(exc, "ename", None)
    if ename:  # papermill's PapermillExecutionError: the kernel-side exception
        return f"{ename}: {getattr(exc, 'evalue', '')} (cell {getattr(exc, 'exec_count', '?')})"
    return f"{type(exc).__name__}: {exc}"


def _keep_failed(nb, out_dir: Path, params: ReportParameters, stem: str) -> str:
    """Keep a failed run's notebook under ``<out>/_failed/``; return a phrase saying where (or why not)."""
    import nbformat

    from plan_analysis.report.publish import atomic_write

    path = Path(out_dir) / FAILED_DIR / params.plan_id / params.quarter / f"{stem}.ipynb"
    try:
        atomic_write(path, nbformat.writes(nb) + "\n")
    except OSError as exc:
        return f"the failed notebook could not be kept ({exc.strerror or exc})"
    return f"the failed notebook is kept at {path}"


def clean_notebook(nb, parameters: dict):
    """Drop what changes from run to run: papermill timings and paths, execution timestamps, random ids."""
    nb = copy.deepcopy(nb)
    pm_meta = nb.metadata.get("papermill", {})
    nb.metadata["papermill"] = {
        "parameters": dict(parameters),
        "version": pm_meta.get("version"),
    }
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"  # papermill gives it a random id
    return nb


def make_exporter(lang: str):
    """nbconvert's HTML exporter set up for reports (templates compiled)."""
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = set(REMOVED_TAGS)
    exporter = HTMLExporter(config=config, template_name="lab")
    exporter.raw_template = _TEMPLATE
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.embed_images = True
    exporter.language_code = lang
    exporter.require_js_url = ""
    exporter.mathjax_url = ""
    exporter.mermaid_js_url = ""
    exporter.mermaid_layout_elk_js_url = ""
    exporter.template  # noqa: B018 - compiles the Jinja templates now
    return exporter


def render_html(nb, params: ReportParameters, *, title: str, exporter=None) -> str:
    """The executed notebook as one self-contained HTML page (no code, no external URLs)."""
    exporter = exporter if exporter is not None else make_exporter(params.lang)
    nb = copy.deepcopy(nb)
    nb.metadata["title"] = f"{title} · {params.quarter} · {params.as_of.isoformat()}"
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    # The lab theme's CSS cites its sources in comments; they load nothing, but
    # a report that mentions no URL at all is easier to audit.
    body = _STYLE_BLOCK.sub(lambda m: _CSS_COMMENT.sub(_drop_url_comment, m.group(0)), body)
    found = external_reference(body)
    if found:
        raise ReportError(f"the rendered HTML would load an external URL: {found[:200]}")
    return body
