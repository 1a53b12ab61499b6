"""run_report: a success publishes, a failure publishes nothing and keeps the old files.

Each test runs the real notebook with papermill (a few seconds each).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from plan_analysis.errors import InputError, ParameterError, ReportError
from plan_analysis.report.runner import notebook_path, render_report

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
    html = render_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True)
    return out, html


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every published file under ``folder`` with its bytes, and every pointer with its target (locks excluded)."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            rel = p.relative_to(folder).as_posix()
            if rel.startswith(".locks"):
                continue
            if p.is_symlink():
                found[rel] = ("-> " + os.readlink(p)).encode()
            elif p.is_file():
                found[rel] = p.read_bytes()
    return dict(sorted(found.items()))


def _failing_notebook(tmp_path: Path, code: str) -> Path:
    nb = nbformat.read(notebook_path(), as_version=4)
    nb.cells.insert(3, nbformat.v4.new_code_cell(code))
    path = tmp_path / "failing.ipynb"
    nbformat.write(nb, path)
    return path


def test_success_publishes_html_notebook_summary_and_index(published):
    out, html = published
    assert html == out / PLAN / "2025Q4" / "2025-12-31" / "2025-12-31.html"
    assert html.is_file() and (html.with_suffix(".ipynb")).is_file()
    # One pointer per report, switched to a complete set; locks out of the browsed folders.
    assert (out / PLAN / "2025Q4" / "2025-12-31").is_symlink()
    assert sorted(p.name for p in (out / PLAN / "2025Q4").iterdir()) == [".sets", "2025-12-31"]
    assert not [p for p in out.rglob("*.lock") if ".locks" not in p.parts]
    summary = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
    # Worked out from progress.csv in test_assessment: 9 done, 1 overdue.
    assert summary["counts"]["done"] == 9 and summary["counts"]["overdue"] == 1
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f'href="{PLAN}/2025Q4/2025-12-31/2025-12-31.html"' in index
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
    _, html = published
    again = render_report(PLAN, "2025Q4", "2025-12-31", "zh", tmp_path, quiet=True)
    assert again.read_bytes() == html.read_bytes()
    first = nbformat.read(html.with_suffix(".ipynb"), as_version=4)
    second = nbformat.read(again.with_suffix(".ipynb"), as_version=4)
    assert [c.get("outputs") for c in first.cells] == [c.get("outputs") for c in second.cells]


def test_failed_run_keeps_the_old_report_and_the_failed_notebook(tmp_path):
    out = tmp_path / "reports"
    html = render_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True)
    before, html_before = _snapshot(out), html.read_bytes()
    broken = _failing_notebook(tmp_path, "raise RuntimeError('boom at 3 a.m.')")
    with pytest.raises(ReportError, match="boom at 3 a.m.") as info:
        render_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True, notebook=broken)
    failed = out / "_failed" / PLAN / "2025Q4" / "2025-12-31.ipynb"
    assert str(failed) in str(info.value)
    after = _snapshot(out)
    del after[failed.relative_to(out).as_posix()]
    assert after == before  # HTML, notebook, summary and index byte for byte
    assert html.read_bytes() == html_before
    nb = nbformat.read(failed, as_version=4)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors and errors[0]["ename"] == "RuntimeError"
    # papermill marks the failing cell so a reader finds it.
    assert any("papermill-error-cell-tag" in c.metadata.get("tags", []) for c in nb.cells) or any(
        "An Exception was encountered" in "".join(c.source) for c in nb.cells if c.cell_type == "markdown"
    )


def test_timed_out_run_publishes_nothing(tmp_path):
    out = tmp_path / "reports"
    slow = _failing_notebook(tmp_path, "import time\ntime.sleep(60)")
    with pytest.raises(ReportError):
        render_report(PLAN, "2025Q4", "2025-11-30", "zh", out, quiet=True, timeout=3, notebook=slow)
    assert not (out / PLAN / "2025Q4" / "2025-11-30").exists()
    assert (out / "_failed" / PLAN / "2025Q4" / "2025-11-30.ipynb").is_file()
    assert not (out / "index.html").exists()


def test_second_run_waits_for_the_lock_then_gives_up_clearly(tmp_path):
    from filelock import FileLock

    out = tmp_path / "reports"
    lock = out / ".locks" / PLAN / "2025Q4" / "2025-12-31.lock"
    lock.parent.mkdir(parents=True)
    with FileLock(str(lock)), pytest.raises(ReportError, match="another run of this report"):
        render_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True, lock_timeout=0.5)
    assert not (out / PLAN).exists()


def test_bad_parameters_fail_before_anything_is_written(tmp_path):
    out = tmp_path / "reports"
    with pytest.raises(ParameterError, match="malformed quarter"):
        render_report(PLAN, "2025Q5", out_dir=out, quiet=True)
    with pytest.raises(ParameterError, match="outside quarter"):
        render_report(PLAN, "2025Q4", "2026-01-05", out_dir=out, quiet=True)
    assert not out.exists()


def test_bad_progress_file_is_an_input_error_not_a_failed_run(tmp_path):
    data = _copy_data(tmp_path / "data")
    log = data / "plans" / PLAN / "progress.csv"
    with log.open("a", encoding="utf-8") as fh:
        fh.write("rur.high_standard_farmland,2025-12-21,3,公里,,,月通报,\n")  # 公里 for a 亩 target
    out = tmp_path / "reports"
    with pytest.raises(InputError, match="cannot be converted") as info:
        render_report(PLAN, "2025Q4", out_dir=out, quiet=True, data_root=data)
    assert not isinstance(info.value, ReportError)
    assert "progress.csv" in str(info.value)
    # Bad input: nothing at all under the output folder (no folders, no lock files).
    assert not out.exists()


def test_leftovers_of_a_killed_publication_are_cleaned(tmp_path):
    out = tmp_path / "reports"
    target = out / PLAN / "2025Q4"
    (target / ".sets" / "2025-12-31@killed").mkdir(parents=True)
    (target / ".sets" / "2025-12-31@killed" / "2025-12-31.html").write_text("half a report", encoding="utf-8")
    os.symlink(".sets/2025-12-31@killed", target / ".2025-12-31.killed.link")
    render_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True)
    assert sorted(p.name for p in target.iterdir()) == [".sets", "2025-12-31"]
    assert [p.name for p in (target / ".sets").iterdir()] == [os.readlink(target / "2025-12-31").split("/")[-1]]


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
    html_before = render_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True).read_bytes()
    before = _snapshot(out)
    slow = _failing_notebook(tmp_path, "import time\ntime.sleep(60)")
    code = (
        "from plan_analysis.report.runner import render_report; "
        f"render_report({PLAN!r}, '2025Q4', '2025-12-31', 'zh', {str(out)!r}, quiet=True, notebook={str(slow)!r})"
    )

    scratch_root = tmp_path / "tmp"
    scratch_root.mkdir()
    env = dict(os.environ, TMPDIR=str(scratch_root))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        # Wait until the run executes its notebook (its scratch folder exists), then kill it.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not list(scratch_root.glob("plan-analysis-report-*")):
            time.sleep(0.1)
        if not list(scratch_root.glob("plan-analysis-report-*")):
            pytest.fail("the run never started its notebook")
        time.sleep(1.0)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    # The kernel notices its parent died and exits; its scratch folders (under TMPDIR) stay behind.
    after = {k: v for k, v in _snapshot(out).items() if not k.startswith("_failed/")}
    assert after == before
    # The lock died with the process: the next run is not blocked.
    html = render_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True, lock_timeout=5)
    assert html.read_bytes() == html_before


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
        "from plan_analysis.report.runner import render_report; "
        f"print(render_report({PLAN!r}, '2025Q4', '2025-12-31', 'zh', {str(out)!r}, quiet=True))"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [r[1][-500:] for r in results]
    html = out / PLAN / "2025Q4" / "2025-12-31" / "2025-12-31.html"
    reference = render_report(PLAN, "2025Q4", "2025-12-31", "zh", tmp_path / "alone", quiet=True)
    assert html.read_bytes() == reference.read_bytes()
    assert not list(out.rglob("*.tmp"))


# --- paths resolved at the boundary ------------------------------------------------


def test_relative_data_root_from_the_environment_is_the_callers(tmp_path):
    """PLAN_ANALYSIS_DATA=mydata names ./mydata of the caller, not notebooks/mydata of the kernel;
    reports go to <data root>/reports and the reproduce line names the data root as given."""
    import subprocess
    import sys

    data = _copy_data(tmp_path / "mydata")
    meta = data / "plans" / PLAN / "plan.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace("陈涛镇2025年四季度重点工作", "另一份数据的计划"), encoding="utf-8"
    )
    env = dict(os.environ, PLAN_ANALYSIS_DATA="mydata")
    command = [sys.executable, "-m", "plan_analysis", "report", "--plan", PLAN, "--quarter", "2025Q4", "--quiet"]
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    html = Path(result.stdout.strip())
    assert html == tmp_path / "mydata" / "reports" / PLAN / "2025Q4" / "2025-12-31" / "2025-12-31.html"
    page = html.read_text(encoding="utf-8")
    assert "另一份数据的计划" in page and "陈涛镇2025年四季度重点工作" not in page
    assert (
        f"plan-analysis --data-root mydata report --plan {PLAN} --quarter 2025Q4 --as-of 2025-12-31 --lang zh" in page
    )
    for published in (html, html.with_suffix(".ipynb")):
        text = published.read_text(encoding="utf-8")
        assert str(tmp_path) not in text and str(REPO) not in text


def test_default_data_root_is_not_named_in_the_reproduce_line(published):
    _, html = published
    page = html.read_text(encoding="utf-8")
    assert f"plan-analysis report --plan {PLAN} --quarter 2025Q4 --as-of 2025-12-31 --lang zh" in page
    assert "--data-root" not in page


# --- one set per report ----------------------------------------------------------


def _errno_after(calls: int, errno_code: int):
    """A replacement that works ``calls`` times, then raises OSError(errno_code) like a full disk."""
    import errno as errno_module

    state = {"n": 0}

    def fail(real):
        def wrapper(*args, **kwargs):
            state["n"] += 1
            if state["n"] > calls:
                raise OSError(errno_code, os.strerror(errno_code))
            return real(*args, **kwargs)

        return wrapper

    assert errno_code in (errno_module.ENOSPC, errno_module.EROFS)
    return fail


def test_disk_full_while_publishing_changes_nothing_published(tmp_path, monkeypatch, capsys):
    """The disk fills up after the first published file: the old set stays whole, exit 2, one line.

    Simulated: fsync raises ENOSPC from its second call on (root ignores file modes,
    so a real full disk needs a mount; this is what a full disk looks like to Python)."""
    import errno

    from plan_analysis.cli import main
    from plan_analysis.report import publish

    out = tmp_path / "reports"
    data = _copy_data(tmp_path / "data")
    render_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True, data_root=data)
    before = _snapshot(out)
    monkeypatch.setattr(publish.os, "fsync", _errno_after(1, errno.ENOSPC)(os.fsync))
    code = main(
        ["--data-root", str(data), "report", "--plan", PLAN, "--quarter", "2025Q4", "--out", str(out), "--quiet"]
    )
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("plan-analysis: error: ") and len(err.strip().splitlines()) == 1, err
    assert "No space left on device" in err and "nothing published changed" in err and "Traceback" not in err
    assert _snapshot(out) == before


def test_failed_pointer_switch_keeps_the_old_set(tmp_path, monkeypatch):
    import errno

    from plan_analysis.errors import OutputError
    from plan_analysis.report import publish

    out = tmp_path / "reports"
    render_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True)
    before = _snapshot(out)
    monkeypatch.setattr(publish.os, "replace", _errno_after(0, errno.EROFS)(os.replace))
    with pytest.raises(OutputError, match="Read-only file system"):
        render_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True)
    assert _snapshot(out) == before


def test_output_folder_under_a_file_is_refused_before_the_run(tmp_path, capsys):
    """A real failure, also for root: --out below a regular file. Refused at once, exit 2, nothing made."""
    from plan_analysis.cli import main

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    code = main(["report", "--plan", PLAN, "--quarter", "2025Q4", "--out", str(blocker / "reports")])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("plan-analysis: error: ") and "--out" in err and "not a folder" in err, err
    assert blocker.read_text(encoding="utf-8") == "x"


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux sysfs")
def test_unwritable_output_folder_is_a_clear_error(tmp_path, capsys):
    """A real failure, also for root: sysfs refuses new folders. The run succeeds, publishing cannot: exit 2."""
    from plan_analysis.cli import main

    target = Path("/sys/kernel/plan-analysis-test-reports")
    try:
        target.mkdir()
    except OSError:
        pass
    else:  # pragma: no cover - a sysfs that takes folders: nothing to test here
        target.rmdir()
        pytest.skip("this sysfs accepts new folders")
    code = main(["report", "--plan", PLAN, "--quarter", "2025Q4", "--out", str(target), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("plan-analysis: error: ") and "--out" in err and "nothing published changed" in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_scratch_folders_are_removed_after_a_failed_run(tmp_path, monkeypatch):
    import tempfile

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    broken = _failing_notebook(tmp_path, "raise RuntimeError('boom')")
    with pytest.raises(ReportError):
        render_report(PLAN, "2025Q4", "2025-12-31", "zh", tmp_path / "reports", quiet=True, notebook=broken)
    assert list(scratch.iterdir()) == []


def test_cell_stderr_goes_to_a_log_not_into_the_report(tmp_path):
    from plan_analysis.report.runner import publish_report

    noisy = _failing_notebook(tmp_path, "import sys\nprint('careful:', 'a warning for the operator', file=sys.stderr)")
    done = publish_report(PLAN, "2025Q4", "2025-12-31", "zh", tmp_path / "reports", quiet=True, notebook=noisy)
    assert done.warnings >= 1 and done.log == done.html.with_suffix(".log")
    assert "careful: a warning for the operator" in done.log.read_text(encoding="utf-8")
    assert "careful: a warning" not in done.html.read_text(encoding="utf-8")
    assert "careful: a warning" not in done.html.with_suffix(".ipynb").read_text(encoding="utf-8")


# --- many plans at once ------------------------------------------------------------


def _clone_plan(root: Path, new_id: str, *, title: str | None = None) -> Path:
    folder = root / "plans" / new_id
    shutil.copytree(root / "plans" / PLAN, folder)
    meta = folder / "plan.yaml"
    text = meta.read_text(encoding="utf-8").replace(f"id: {PLAN}", f"id: {new_id}")
    if title:
        text = text.replace("陈涛镇2025年四季度重点工作", title)
    meta.write_text(text, encoding="utf-8")
    return folder


def test_report_all_renders_every_plan_of_the_quarter(tmp_path, capsys):
    """Three plans of 2025Q4 (one with a broken progress log) and one of another year.

    The broken one is refused alone, the others are published, the index lists both
    good plans grouped by plan and quarter, one summary line per plan. Exit 2: a
    plan refused for bad input is the user's to fix, not a failed run (issue 19)."""
    from plan_analysis.cli import main

    data = _copy_data(tmp_path / "data")
    _clone_plan(data, "second-2025q4", title="第二份计划")
    broken = _clone_plan(data, "broken-2025q4")
    with (broken / "progress.csv").open("a", encoding="utf-8") as fh:
        fh.write("eco.gdp,2025-11-30,1,元,,,,\n")  # no such indicator
    other = _clone_plan(data, "other-2024")
    meta = other / "plan.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8")
        .replace("2025-10-01", "2024-10-01")
        .replace("2025-12-31", "2024-12-31")
        .replace("plan_year: 2025", "plan_year: 2024"),
        encoding="utf-8",
    )
    (other / "progress.csv").write_text("indicator_id,as_of,value,unit,status\n", encoding="utf-8")
    code = main(["--data-root", str(data), "report", "--all", "--quarter", "2025Q4", "--jobs", "2"])
    out, err = capsys.readouterr()
    assert code == 2, err
    assert "2 of 3 reports published, 1 refused for bad input" in err and "failed" not in err
    lines = out.strip().splitlines()
    assert [line.split()[:2] for line in lines] == [
        ["error", "broken-2025q4"],
        ["ok", PLAN],
        ["ok", "second-2025q4"],
    ], out
    assert "unknown indicator 'eco.gdp'" in lines[0]
    reports = data / "reports"
    assert (reports / PLAN / "2025Q4" / "2025-12-31" / "2025-12-31.html").is_file()
    assert (reports / "second-2025q4" / "2025Q4" / "2025-12-31" / "2025-12-31.html").is_file()
    assert not (reports / "other-2024").exists() and not (reports / "broken-2025q4").exists()
    index = (reports / "index.html").read_text(encoding="utf-8")
    groups = re.findall(r'<tr class="group" id="([^"]+)">', index)
    assert groups == [f"{PLAN}-2025Q4", "second-2025q4-2025Q4"]
    assert "第二份计划" in index


def test_index_lists_only_complete_sets(tmp_path):
    from plan_analysis.report.index import read_summaries
    from plan_analysis.report.publish import publish_set

    out = tmp_path / "reports"
    folder = out / PLAN / "2025Q4"
    summary = '{"plan_id": "%s", "quarter": "2025Q4", "as_of": "%s", "lang": "zh", "title": "t", "counts": {}}'
    publish_set(folder, "2025-12-31", {"2025-12-31.html": "<p>", "2025-12-31.json": summary % (PLAN, "2025-12-31")})
    # A set without its HTML, an orphaned set and a stray file are not reports.
    publish_set(folder, "2025-11-30", {"2025-11-30.json": summary % (PLAN, "2025-11-30")})
    (folder / ".sets" / "2025-10-31@orphan").mkdir()
    (folder / ".sets" / "2025-10-31@orphan" / "2025-10-31.json").write_text(
        summary % (PLAN, "2025-10-31"), encoding="utf-8"
    )
    rows = read_summaries(out)
    assert [(r["as_of"], r["href"]) for r in rows] == [("2025-12-31", f"{PLAN}/2025Q4/2025-12-31/2025-12-31.html")]


def test_no_room_for_the_scratch_folder_is_one_line_exit_2(tmp_path, monkeypatch, capsys):
    """No room for the run's scratch folders (issue 19, 7): exit 2, one line naming the temporary folder, nothing under --out."""
    import errno
    import tempfile

    from plan_analysis.cli import main

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/tmp/plan-analysis-x")

    monkeypatch.setattr(tempfile, "mkdtemp", full)
    out = tmp_path / "reports"
    code = main(["report", "--plan", PLAN, "--quarter", "2025Q4", "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("plan-analysis: error: ") and "No space left on device" in err, err
    assert "TMPDIR" in err and "nothing was published" in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists()


def test_temporary_folder_filling_up_under_papermill_is_one_line_exit_2(tmp_path, monkeypatch, capsys):
    """The temporary folder fills up while papermill writes the executed notebook (issue 19, 7).

    Before: the half-written notebook was read back (NotJSONError), a
    traceback, exit 1. Simulated as a full disk looks to Python: the write
    gets half the text onto the disk, then raises ENOSPC. Nothing is
    published, nothing kept under _failed/, and the old report stays."""
    import errno

    import papermill.iorw

    from plan_analysis.cli import main

    out = tmp_path / "reports"
    render_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True)
    before = _snapshot(out)
    real_write = papermill.iorw.LocalHandler.write
    writes = {"n": 0}

    def filling_up(self, buf, path):
        writes["n"] += 1
        if writes["n"] < 3:  # the first saves fit
            return real_write(self, buf, path)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(buf[: len(buf) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), path)

    monkeypatch.setattr(papermill.iorw.LocalHandler, "write", filling_up)
    code = main(
        ["report", "--plan", PLAN, "--quarter", "2025Q4", "--as-of", "2025-12-31", "--out", str(out), "--quiet"]
    )
    err = capsys.readouterr().err
    assert writes["n"] >= 3, "the fault was never reached"
    assert code == 2, err
    assert err.startswith("plan-analysis: error: ") and "No space left on device" in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and "NotJSONError" not in err, err
    assert _snapshot(out) == before
    assert not (out / "_failed").exists()
