"""Executing the report notebook: a kernel of our own, papermill, a scratch folder.

The kernel runs in the notebook's folder with the absolute data root in its
environment (``$PLAN_ANALYSIS_DATA``): a relative path would name another
folder there, and the executed notebook then holds no path of this machine.
Parameters go in as a dict, not ``-p`` strings, so ``"007"`` stays text.

What a failure here becomes:

* an :class:`~plan_analysis.errors.InputError` or ``ParameterError`` raised by
  the notebook's first cell (the plan's files are checked there) → re-raised
  here as an ``InputError``;
* the temporary folder full or read-only (papermill writes the executed
  notebook there) → :class:`~plan_analysis.errors.OutputError` naming it;
* any other failing or timed-out cell → :class:`NotebookFailed`, carrying the
  notebook as far as it ran, for the runner to keep under ``_failed/``.

The scratch folder and the kernel's socket folder are removed whatever happens.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from plan_analysis.errors import InputError, OutputError, ReportError

KERNEL = "python3"
# Exceptions raised in the kernel that mean "bad input", not "failed run".
INPUT_ERRORS = ("InputError", "ParameterError")
# What a full or read-only temporary folder looks like to Python.
NO_ROOM = (errno.ENOSPC, errno.EDQUOT, errno.EROFS)

# Run by the kernel while it starts (IPython's exec_lines: no history, no
# execution count, no client needed): the imports the notebook's first cells
# need then overlap with this process importing papermill (about 2.5 s, mostly
# jsonschema's format checkers) instead of following it. Leaves no names behind.
WARMUP = (
    "import importlib as _i; _i.import_module('plan_analysis.report.sections'); "
    "_i.import_module('plan_analysis.plans.loading'); _i.import_module('plan_analysis.report.figures')._pyplot(); del _i"
)


class NotebookFailed(Exception):
    """A cell failed or timed out; ``notebook`` is the executed notebook as far as it ran."""

    def __init__(self, description: str, notebook: Any) -> None:
        super().__init__(description)
        self.description = description
        self.notebook = notebook


def start_kernel(cwd: Path, env: Mapping[str, str] | None = None) -> Any:
    """Start the ``python3`` kernel in ``cwd`` (with environment ``env``), warming it up; return its manager."""
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
    km.plan_analysis_sockets = sockets  # type: ignore[attr-defined]  # where stop_kernel finds the folder
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


def stop_kernel(km: Any) -> None:
    from jupyter_core.utils import run_sync

    try:
        if run_sync(km.is_alive)():
            run_sync(km.shutdown_kernel)(now=True)
    except RuntimeError:  # already gone
        pass
    finally:
        shutil.rmtree(getattr(km, "plan_analysis_sockets", ""), ignore_errors=True)


def kernel_environment(root: Any) -> dict[str, str]:
    """This process's environment, with the data root resolved here (absolute) and how the user named it."""
    from plan_analysis.plans.paths import DATA_ROOT_AS_GIVEN_ENV, DATA_ROOT_ENV

    env = dict(os.environ)
    env[DATA_ROOT_ENV] = str(root.path)
    env[DATA_ROOT_AS_GIVEN_ENV] = root.given_as or ""
    return env


def no_room(exc: BaseException) -> OSError | None:
    """The OSError saying a folder is full or read-only, in ``exc`` or what caused it; else None."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in NO_ROOM:
            return current
        current = current.__cause__ or current.__context__
    return None


def temporary_folder_error(error: OSError) -> OutputError:
    """The one line for a temporary folder that cannot take the run's files."""
    folder = tempfile.gettempdir()
    return OutputError(
        f"the temporary folder cannot take the run's files: {error.strerror or error}; nothing was published",
        path=folder,
        expected="a temporary folder with free space; set TMPDIR to another one",
    )


def describe_os(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}" + (f" ({exc.filename})" if exc.filename else "")
    return f"{type(exc).__name__}: {exc}"


def describe(exc: BaseException) -> str:
    ename = getattr(exc, "ename", None)
    if ename:  # papermill's PapermillExecutionError: the kernel-side exception
        return f"{ename}: {getattr(exc, 'evalue', '')} (cell {getattr(exc, 'exec_count', '?')})"
    return f"{type(exc).__name__}: {exc}"


def execute(
    source: Path,
    parameters: Mapping[str, str],
    root: Any,
    *,
    quiet: bool,
    timeout: int,
    name: str,
    meanwhile: Callable[[], object] | None = None,
) -> Any:
    """Run the notebook ``source`` with papermill in a kernel of its own; return the executed notebook.

    ``meanwhile`` is called once papermill is imported, before the cells run:
    work for this process while it only waits on the kernel (it must not
    import what papermill imports, hence not earlier).
    """
    try:
        km = start_kernel(source.parent, kernel_environment(root))
    except Exception as exc:  # no kernel (a full temporary folder, a broken kernelspec)
        full = no_room(exc)
        if full is not None:
            raise temporary_folder_error(full) from None
        raise ReportError(f"the notebook kernel could not start: {describe_os(exc)}") from exc
    try:
        return _execute_with(km, source, parameters, quiet=quiet, timeout=timeout, name=name, meanwhile=meanwhile)
    finally:
        # Ours to stop: papermill leaves a kernel it did not start running. A
        # cell that timed out may still be busy, hence now=True.
        stop_kernel(km)


def _execute_with(
    km: Any,
    source: Path,
    parameters: Mapping[str, str],
    *,
    quiet: bool,
    timeout: int,
    name: str,
    meanwhile: Callable[[], object] | None,
) -> Any:
    import nbformat
    import papermill as pm

    if meanwhile is not None:
        meanwhile()
    try:
        scratch = Path(tempfile.mkdtemp(prefix="plan-analysis-report-"))
    except OSError as exc:
        if exc.errno in NO_ROOM:
            raise temporary_folder_error(exc) from None
        raise ReportError(f"no scratch folder for the run: {describe_os(exc)}") from exc
    executed = scratch / name
    try:
        try:
            pm.execute_notebook(
                str(source),
                str(executed),
                parameters=dict(parameters),
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
            full = no_room(exc)
            if full is not None:
                raise temporary_folder_error(full) from None
            raise NotebookFailed(describe(exc), _as_far_as_it_ran(executed, source)) from exc
        try:
            return nbformat.read(executed, as_version=4)
        except OSError as exc:
            if exc.errno in NO_ROOM:
                raise temporary_folder_error(exc) from None
            raise
        except Exception as exc:  # noqa: BLE001 - papermill's last write was cut short (a full folder)
            # papermill wrote the file without complaint, but it is not a whole
            # notebook: the folder filled up under it.
            raise temporary_folder_error(OSError(errno.ENOSPC, f"{name} was cut short ({exc})")) from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _as_far_as_it_ran(executed: Path, source: Path) -> Any:
    """The executed notebook papermill last wrote, else (missing or cut short) the source notebook."""
    import nbformat

    try:
        return nbformat.read(executed, as_version=4)
    except Exception:  # noqa: BLE001 - any unreadable copy: fall back to the notebook as written
        return nbformat.read(source, as_version=4)
