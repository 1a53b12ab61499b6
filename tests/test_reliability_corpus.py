"""Issue 19, third round: corpora that cannot finish, URLs as output, narrow stdout.

Each test drives the command line as a user would and checks what is left
behind: exit status, one line on stderr, and a dataset pandas can read.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from plan_analysis.cli.main import main
from plan_analysis.corpus.dataset import read_documents, read_quantities

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "raw" / "chentao-2025q4.txt"
# Two small texts, each with figures: 8亿元 and 200户 / 1.2万亩 (written for these tests).
TEXT_A = "2025年四季度工作安排\n全年工业开票8亿元，完成户厕改造200户。\n"
TEXT_B = "2025年重点任务\n新建高标准农田1.2万亩，年底前完成验收。\n"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (texts / "b.txt").write_text(TEXT_B, encoding="utf-8")
    return texts


def _extract(*args: str) -> int:
    return main(["extract", *args, "--jobs", "1", "--quiet"])


def _one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# -- 3. --out as a URL -----------------------------------------------------------------------


def test_memory_url_holds_a_real_dataset_and_no_local_folder(folder, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert _extract(str(folder), "--out", "memory://pa-test/corpus") == 0
    quantities = read_quantities("memory://pa-test/corpus")
    # 8亿元 and 200户 from a.txt, 1.2万亩 from b.txt (in base units: 元, 户, 亩).
    by_doc = quantities.groupby("doc")["value"].apply(sorted).to_dict()
    assert by_doc["a.txt"] == [200.0, 8e8]
    assert 12000.0 in by_doc["b.txt"]
    assert sorted(read_documents("memory://pa-test/corpus")["doc"]) == ["a.txt", "b.txt"]
    assert not (tmp_path / "memory:").exists()


@pytest.mark.parametrize("url", ["http://example.org/corpus", "https://example.org/corpus"])
def test_a_read_only_url_is_refused_in_one_line_and_nothing_is_created(url, folder, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert _extract(str(folder), "--out", url) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert url in line and "cannot be written" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["texts"]


def test_s3_without_its_package_is_refused_not_a_local_folder(folder, tmp_path, monkeypatch, capsys):
    pytest.importorskip("fsspec")
    try:
        import s3fs  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("s3fs is installed: the URL is writable (covered by the memory:// test's code path)")
    monkeypatch.chdir(tmp_path)
    assert _extract(str(folder), "--out", "s3://bucket/corpus") == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "s3://bucket/corpus" in line
    assert not (tmp_path / "s3:").exists()


# -- 4. a damaged committed part ---------------------------------------------------------------


def test_a_truncated_part_is_redone_on_resume(folder, tmp_path, capsys):
    out = tmp_path / "corpus"
    assert _extract(str(folder), "--out", str(out)) == 0
    complete = read_quantities(out).sort_values(["doc", "start"]).reset_index(drop=True)
    parts = sorted(p for p in out.glob("*.parquet"))
    assert parts, list(out.iterdir())
    parts[0].write_bytes(parts[0].read_bytes()[:40])  # a truncated copy
    capsys.readouterr()
    assert _extract(str(folder), "--out", str(out)) == 0
    assert "damaged" in capsys.readouterr().err
    again = read_quantities(out).sort_values(["doc", "start"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(again[complete.columns], complete)


# -- 5. a file name that is not UTF-8 ---------------------------------------------------------------


def test_a_non_utf8_file_name_is_refused_alone(folder, tmp_path, capsys):
    bad = os.path.join(os.fsencode(folder), b"bad\xff.txt")
    with open(bad, "wb") as fh:
        fh.write(TEXT_A.encode("utf-8"))
    out = tmp_path / "corpus"
    assert _extract(str(folder), "--out", str(out)) == 2  # some documents refused
    err = capsys.readouterr().err
    assert "Traceback" not in err and "UTF-8" in err
    documents = read_documents(out).set_index("doc")
    assert documents.loc["a.txt", "status"] == "done" and documents.loc["b.txt", "status"] == "done"
    assert documents.loc["bad\\xff.txt", "status"] == "refused"
    assert set(read_quantities(out)["doc"]) == {"a.txt", "b.txt"}


# -- resumed runs and options -------------------------------------------------------------------------


def test_a_resumed_run_drops_and_reports_deleted_files(folder, tmp_path, capsys):
    out = tmp_path / "corpus"
    assert _extract(str(folder), "--out", str(out)) == 0
    (folder / "b.txt").unlink()
    capsys.readouterr()
    assert _extract(str(folder), "--out", str(out)) == 0
    assert "1 documents removed since the last run" in capsys.readouterr().err
    assert sorted(read_documents(out)["doc"]) == ["a.txt"]
    assert set(read_quantities(out)["doc"]) == {"a.txt"}


def test_an_empty_glob_is_refused_not_the_default(folder, capsys):
    assert _extract(str(folder), "--glob", "", "--format", "csv") == 2
    assert "--glob" in _one_error_line(capsys.readouterr().err)


# -- 8. stdout that cannot encode Chinese ---------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "chentao-2025q4"],
        ["extract", str(SEED), "--year", "2025", "--format", "table"],
    ],
)
def test_an_ascii_stdout_gets_escapes_not_a_traceback(args):
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "PYTHONPATH": str(REPO / "src")}
    env.pop("PLAN_ANALYSIS_DATA", None)
    done = subprocess.run(
        [sys.executable, "-m", "plan_analysis", "--data-root", str(REPO / "data"), *args],
        capture_output=True,
        check=False,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr.decode("ascii", "replace")
    assert b"Traceback" not in done.stderr
    out = done.stdout.decode("ascii")  # every byte is ASCII: Chinese came out escaped
    assert "\\u" in out or "\\x" in out


@pytest.mark.parametrize("command", ["draft", "extract"])
def test_draft_and_extract_refuse_the_same_years(command, tmp_path, capsys):
    # 1900 predates every plan of the People's Republic; extract always refused it, draft accepted it.
    args = ["draft", str(SEED), "--plan", "x"] if command == "draft" else ["extract", str(SEED)]
    assert main(["--data-root", str(tmp_path / "data"), *args, "--year", "1900"]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "--year" in line and "1949" in line
    assert not (tmp_path / "data").exists()
