"""run_report: a success publishes, a failure publishes nothing and keeps the old files.

Each test runs the real notebook with papermill (a few seconds each).
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import nbformat
import pytest

from plan_analysis.errors import InputError, ParameterError, ReportError
from plan_analysis.report.runner import notebook_path, run_report

pytestmark = pytest.mark.slow

PLAN = "chentao-2025q4"
REPO = Path(__file__).resolve().parents[1]


def _copy_data(root: Path) -> Path:
    shutil.copytree(REPO / "data" / "raw", root / "raw")
    shutil.copytree(REPO / "data" / "plans" / PLAN, root / "plans" / PLAN)
    return root


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """One successful report, published into a fresh reports/ folder."""
    out = tmp_path_factory.mktemp("reports")
    html = run_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True)
    return out, html


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every published file under ``folder`` (lock files excluded) with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def _failing_notebook(tmp_path: Path, code: str) -> Path:
    nb = nbformat.read(notebook_path(), as_version=4)
    nb.cells.insert(3, nbformat.v4.new_code_cell(code))
    path = tmp_path / "failing.ipynb"
    nbformat.write(nb, path)
    return path


def test_success_publishes_html_notebook_summary_and_index(published):
    out, html = published
    assert html == out / PLAN / "2025Q4" / "2025-12-31.html"
    assert html.is_file() and (html.with_suffix(".ipynb")).is_file()
    summary = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
    # Worked out from progress.csv in test_assessment: 9 done, 1 overdue.
    assert summary["counts"]["done"] == 9 and summary["counts"]["overdue"] == 1
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f'href="{PLAN}/2025Q4/2025-12-31.html"' in index
    assert "陈涛镇2025年四季度重点工作" in index
    # No temporary file is left beside the published ones.
    assert not [p for p in out.rglob("*.tmp")]


def test_executed_notebook_has_no_timings_or_paths(published):
    out, html = published
    nb = nbformat.read(html.with_suffix(".ipynb"), as_version=4)
    assert set(nb.metadata["papermill"]) == {"parameters", "version"}
    assert nb.metadata["papermill"]["parameters"]["as_of"] == "2025-12-31"  # passed as text, not a number
    for cell in nb.cells:
        assert "papermill" not in cell.metadata and "execution" not in cell.metadata
    text = html.with_suffix(".ipynb").read_text(encoding="utf-8")
    assert str(REPO) not in text and str(out) not in text


def test_two_runs_give_identical_bytes(published, tmp_path):
    out, html = published
    again = run_report(PLAN, "2025Q4", "2025-12-31", "zh", tmp_path, quiet=True)
    assert again.read_bytes() == html.read_bytes()
    first = nbformat.read(html.with_suffix(".ipynb"), as_version=4)
    second = nbformat.read(again.with_suffix(".ipynb"), as_version=4)
    assert [c.get("outputs") for c in first.cells] == [c.get("outputs") for c in second.cells]


def test_failed_run_keeps_the_old_report_and_the_failed_notebook(tmp_path):
    out = tmp_path / "reports"
    html = run_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True)
    before = _snapshot(out)
    broken = _failing_notebook(tmp_path, "raise RuntimeError('boom at 3 a.m.')")
    with pytest.raises(ReportError, match="boom at 3 a.m.") as info:
        run_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True, notebook=broken)
    failed = out / "_failed" / PLAN / "2025Q4" / "2025-12-31.ipynb"
    assert str(failed) in str(info.value)
    after = _snapshot(out)
    del after[failed.relative_to(out).as_posix()]
    assert after == before  # HTML, notebook, summary and index byte for byte
    assert html.read_bytes() == before[html.relative_to(out).as_posix()]
    nb = nbformat.read(failed, as_version=4)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors and errors[0]["ename"] == "RuntimeError"
    # papermill marks the failing cell so a reader finds it.
    assert any("papermill-error-cell-tag" in c.metadata.get("tags", []) for c in nb.cells) or \
        any("An Exception was encountered" in "".join(c.source) for c in nb.cells if c.cell_type == "markdown")


def test_timed_out_run_publishes_nothing(tmp_path):
    out = tmp_path / "reports"
    slow = _failing_notebook(tmp_path, "import time\ntime.sleep(60)")
    with pytest.raises(ReportError):
        run_report(PLAN, "2025Q4", "2025-11-30", "zh", out, quiet=True, timeout=3, notebook=slow)
    assert not (out / PLAN / "2025Q4" / "2025-11-30.html").exists()
    assert (out / "_failed" / PLAN / "2025Q4" / "2025-11-30.ipynb").is_file()
    assert not (out / "index.html").exists()


def test_second_run_waits_for_the_lock_then_gives_up_clearly(tmp_path):
    from filelock import FileLock

    out = tmp_path / "reports"
    target = out / PLAN / "2025Q4"
    target.mkdir(parents=True)
    with FileLock(str(target / ".2025-12-31.lock")):
        with pytest.raises(ReportError, match="another run of this report"):
            run_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True, lock_timeout=0.5)
    assert not (target / "2025-12-31.html").exists()


def test_bad_parameters_fail_before_anything_is_written(tmp_path):
    out = tmp_path / "reports"
    with pytest.raises(ParameterError, match="malformed quarter"):
        run_report(PLAN, "2025Q5", out_dir=out, quiet=True)
    with pytest.raises(ParameterError, match="outside quarter"):
        run_report(PLAN, "2025Q4", "2026-01-05", out_dir=out, quiet=True)
    assert not out.exists()


def test_bad_progress_file_is_an_input_error_not_a_failed_run(tmp_path):
    data = _copy_data(tmp_path / "data")
    log = data / "plans" / PLAN / "progress.csv"
    with log.open("a", encoding="utf-8") as fh:
        fh.write("rur.high_standard_farmland,2025-12-21,3,公里,,,月通报,\n")  # 公里 for a 亩 target
    out = tmp_path / "reports"
    with pytest.raises(InputError, match="cannot be converted") as info:
        run_report(PLAN, "2025Q4", out_dir=out, quiet=True, data_root=data)
    assert not isinstance(info.value, ReportError)
    assert "progress.csv" in str(info.value)
    assert not (out / "_failed").exists()


def test_stale_temporary_files_of_a_killed_run_are_cleaned(tmp_path):
    out = tmp_path / "reports"
    target = out / PLAN / "2025Q4"
    target.mkdir(parents=True)
    leftover = target / ".2025-12-31.html.abc123.tmp"
    leftover.write_text("half a report", encoding="utf-8")
    run_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True)
    assert not leftover.exists()


def test_atomic_write_leaves_the_old_file_when_the_rename_fails(tmp_path, monkeypatch):
    from plan_analysis.report import publish

    path = tmp_path / "report.html"
    path.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(publish.os, "replace", broken_replace)
    with pytest.raises(OSError):
        publish.atomic_write(path, b"new")
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["report.html"]


def test_killed_run_leaves_the_published_report_intact(tmp_path):
    """SIGKILL in the middle of a run: old HTML and index byte for byte, no partial file."""
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "reports"
    run_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True)
    before = _snapshot(out)
    slow = _failing_notebook(tmp_path, "import time\ntime.sleep(60)")
    code = (
        "from plan_analysis.report.runner import run_report; "
        f"run_report({PLAN!r}, '2025Q4', '2025-12-31', 'zh', {str(out)!r}, quiet=True, notebook={str(slow)!r})"
    )
    import glob
    import tempfile

    sockets_before = set(glob.glob(str(Path(tempfile.gettempdir()) / "plan-analysis-kernel-*")))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # Wait until the run holds the report's lock (it is executing), then kill it.
        deadline = time.monotonic() + 60
        lock = out / PLAN / "2025Q4" / ".2025-12-31.lock"
        from filelock import FileLock, Timeout

        while time.monotonic() < deadline:
            try:
                with FileLock(str(lock), timeout=0):
                    pass
            except Timeout:
                break
            time.sleep(0.1)
        else:
            pytest.fail("the run never took the lock")
        time.sleep(1.0)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    # The kernel notices its parent died and exits; its socket folder stays behind.
    import glob
    import tempfile

    for leftover in set(glob.glob(str(Path(tempfile.gettempdir()) / "plan-analysis-kernel-*"))) - sockets_before:
        shutil.rmtree(leftover, ignore_errors=True)
    after = {k: v for k, v in _snapshot(out).items() if not k.startswith("_failed/")}
    assert after == before
    # The lock died with the process: the next run is not blocked.
    html = run_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True, lock_timeout=5)
    assert html.read_bytes() == before[html.relative_to(out).as_posix()]


def test_command_line_process_stays_light():
    """The process running `plan-analysis report` checks parameters without pandas or matplotlib:
    the kernel does the data work, so importing them here would only add to every run."""
    import subprocess
    import sys

    code = (
        "import sys; from plan_analysis import cli; from plan_analysis.report import runner; "
        "runner.validate_parameters('chentao-2025q4', '2025Q4', '2025-11-30', 'zh'); "
        "print(sorted(m for m in ('pandas', 'pandera', 'matplotlib', 'papermill', 'nbconvert') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_two_overlapping_runs_both_succeed_and_agree(tmp_path):
    """Two cron jobs start the same report at once: the second waits for the lock; the result is whole."""
    import subprocess
    import sys

    out = tmp_path / "reports"
    code = (
        "from plan_analysis.report.runner import run_report; "
        f"print(run_report({PLAN!r}, '2025Q4', '2025-12-31', 'zh', {str(out)!r}, quiet=True))"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [r[1][-500:] for r in results]
    html = out / PLAN / "2025Q4" / "2025-12-31.html"
    reference = run_report(PLAN, "2025Q4", "2025-12-31", "zh", tmp_path / "alone", quiet=True)
    assert html.read_bytes() == reference.read_bytes()
    assert not list(out.rglob("*.tmp"))
