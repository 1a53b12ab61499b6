"""``extract --out``: the Parquet dataset, its documents table, resuming, workers and Dask.

The corpus is written here from short texts whose quantities are worked out
by hand: a.txt 2480人 and 320人; sub/b.txt (GB18030, traditional) 500个以上;
sub/deeper/c.txt a county report with 6%左右 GDP growth; plus a binary file
and an empty file that must be refused, a .md file the default glob skips and
a hidden folder that is never searched.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from plan_analysis.cli import main
from plan_analysis.corpus import dataset as dataset_module
from plan_analysis.corpus.discovery import discover
from plan_analysis.corpus.run import extract_to_dataset
from plan_analysis.corpus.samples import write_demo_corpus

A = "全年新增就业2480人、扶持自主创业320人。"
B = "新增停車位500個以上。"
C = "河口县2025年政府工作报告\n\n全县地区生产总值增长6%左右。"


@pytest.fixture()
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "a.txt").write_text(A, encoding="utf-8")
    (root / "sub" / "b.txt").write_bytes(B.encode("gb18030"))
    (root / "sub" / "deeper" / "c.txt").write_text(C, encoding="utf-8")
    (root / "scan.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    (root / "empty.txt").write_bytes(b"")
    (root / "notes.md").write_text("新增就业100人。", encoding="utf-8")
    (root / ".cache" / "old.txt").write_text("新增就业100人。", encoding="utf-8")
    return root


def extract(*args) -> int:
    return main(["extract", *map(str, args), "--quiet"])


def test_dataset_holds_every_quantity_and_document(corpus, tmp_path, capsys):
    out = tmp_path / "corpus.parquet"
    assert extract(corpus, "--out", out, "--year", "2025", "--jobs", "1") == 2  # two documents refused
    err = capsys.readouterr().err.splitlines()
    assert err == ["plan-analysis: error: empty.txt: file is empty (expected plan text)", err[1]] and err[1].startswith(
        "plan-analysis: error: scan.txt: cannot read as text"
    )

    rows = pd.read_parquet(out)
    # Documents in sorted name order; rows in text order within each.
    assert list(zip(rows["doc"], rows["text"], rows["value"])) == [
        ("a.txt", "2480人", 2480),
        ("a.txt", "320人", 320),
        ("sub/b.txt", "500个以上", 500),
        ("sub/deeper/c.txt", "6%左右", 6),
    ]
    b = rows[rows["doc"] == "sub/b.txt"].iloc[0]
    assert b["sha256"] == hashlib.sha256(B.encode("gb18030")).hexdigest()
    assert (b["encoding"], b["characters"], b["qualifier"]) == ("gb18030", len("新增停车位500个以上。"), ">=")
    c = rows[rows["doc"] == "sub/deeper/c.txt"].iloc[0]
    assert (c["title"], c["place"], c["period"], c["plan_year"], c["kind"]) == (
        "河口县2025年政府工作报告",
        "河口县",
        "2025",
        2025,
        "growth",
    )
    assert str(c["deadline_start"]) == "NaT" or c["deadline_start"] is None

    docs = pd.read_parquet(out / "_documents").set_index("doc")
    assert sorted(docs.index) == ["a.txt", "empty.txt", "scan.txt", "sub/b.txt", "sub/deeper/c.txt"]
    assert docs.loc["a.txt", "status"] == "done" and docs.loc["a.txt", "quantities"] == 2
    assert docs.loc["empty.txt", "status"] == "refused" and "empty" in docs.loc["empty.txt", "reason"]
    assert docs.loc["scan.txt", "status"] == "refused" and "cannot read as text" in docs.loc["scan.txt", "reason"]

    import dask.dataframe as dd

    assert len(dd.read_parquet(out).compute()) == 4  # Dask reads the same table (not the documents)


def test_glob_chooses_files(corpus, tmp_path):
    out = tmp_path / "md.parquet"
    assert extract(corpus, "--glob", "**/*.md", "--out", out) == 0
    assert list(pd.read_parquet(out)["text"]) == ["100人"]


def _parts_committed(out: Path) -> int:
    return len(list((out / "_documents").glob("part-*")))


@pytest.mark.parametrize("crash_between_renames", [False, True])
def test_a_stopped_run_resumes_and_stores_every_row_once(tmp_path, monkeypatch, crash_between_renames):
    texts = write_demo_corpus(tmp_path / "texts", documents=16)
    sources = discover([texts])
    fresh = tmp_path / "fresh.parquet"
    extract_to_dataset(sources, fresh, jobs=1, quiet=True)

    out = tmp_path / "resumed.parquet"
    real_write = dataset_module.CorpusDataset.write
    calls = []

    def failing_write(self, part):
        calls.append(part.name)
        if len(calls) == 3:
            if crash_between_renames:  # the quantities part is in place, its batch not committed
                assert part.quantities is not None
                dataset_module._write_atomically(part.quantities, self.root / f"{part.name}.parquet")
            raise KeyboardInterrupt  # as if killed
        return real_write(self, part)

    monkeypatch.setattr(dataset_module.CorpusDataset, "write", failing_write)
    with pytest.raises(KeyboardInterrupt):
        extract_to_dataset(sources, out, jobs=1, quiet=True)
    monkeypatch.setattr(dataset_module.CorpusDataset, "write", real_write)
    committed = pd.read_parquet(out / "_documents")
    assert 0 < len(committed) < len(sources)

    summary = extract_to_dataset(sources, out, jobs=1, quiet=True)
    assert summary.statuses["skipped"] == len(committed)  # done documents were not extracted again
    assert summary.statuses["done"] + summary.statuses["refused"] == len(sources) - len(committed)
    pd.testing.assert_frame_equal(pd.read_parquet(out), pd.read_parquet(fresh))
    docs = pd.read_parquet(out / "_documents")
    assert docs["doc"].is_unique and len(docs) == len(sources)
    assert not list(out.glob(".*.tmp"))
    assert {p.stem for p in out.glob("part-*.parquet")} <= {p.name for p in (out / "_documents").glob("part-*")}

    again = extract_to_dataset(sources, out, jobs=1, quiet=True)  # nothing left to do
    assert again.statuses["skipped"] == len(sources) and again.rows == 0
    # The dataset still holds the demo's two refused files: a resumed run says so (exit status 2).
    assert (again.count("refused"), again.complete) == (2, False)
    pd.testing.assert_frame_equal(pd.read_parquet(out), pd.read_parquet(fresh))


def test_one_or_two_processes_give_the_same_rows(tmp_path):
    texts = write_demo_corpus(tmp_path / "texts", documents=20)
    one, two = tmp_path / "one.parquet", tmp_path / "two.parquet"
    assert extract(texts, "--out", one, "--jobs", "1") == 2
    assert extract(texts, "--out", two, "--jobs", "2") == 2
    rows = pd.read_parquet(one)
    assert len(rows) > 100 and rows["doc"].nunique() == 20
    pd.testing.assert_frame_equal(rows, pd.read_parquet(two))
    pd.testing.assert_frame_equal(pd.read_parquet(one / "_documents"), pd.read_parquet(two / "_documents"))


def test_a_real_local_cluster_gives_the_same_rows(tmp_path):
    from distributed import LocalCluster

    texts = write_demo_corpus(tmp_path / "texts", documents=10)
    sources = discover([texts])
    local, on_dask = tmp_path / "local.parquet", tmp_path / "dask.parquet"
    extract_to_dataset(sources, local, jobs=1, quiet=True)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        summary = extract_to_dataset(sources, on_dask, engine="dask", scheduler=cluster.scheduler_address, quiet=True)
    assert summary.statuses["done"] == 10 and summary.statuses["refused"] == 2
    pd.testing.assert_frame_equal(pd.read_parquet(local), pd.read_parquet(on_dask))
    pd.testing.assert_frame_equal(pd.read_parquet(local / "_documents"), pd.read_parquet(on_dask / "_documents"))


def test_fsspec_urls_are_read_by_the_workers(corpus, tmp_path):
    out = tmp_path / "url.parquet"
    assert extract(f"file://{corpus / 'sub'}", "--out", out) == 0
    assert list(pd.read_parquet(out)["doc"]) == ["b.txt", "deeper/c.txt"]


@pytest.mark.parametrize(
    "make_out, message",
    [
        (lambda p: p.write_text("x"), "--out is a file"),
        (lambda p: (p.mkdir(), (p / "thesis.docx").write_text("x")), "holds other files"),
    ],
)
def test_out_that_is_not_a_dataset_is_refused_untouched(corpus, tmp_path, capsys, make_out, message):
    out = tmp_path / "taken"
    make_out(out)
    before = sorted(out.rglob("*")) if out.is_dir() else out.read_text()
    assert extract(corpus, "--out", out) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1
    assert (sorted(out.rglob("*")) if out.is_dir() else out.read_text()) == before


def test_bad_input_creates_nothing(tmp_path, capsys):
    out = tmp_path / "never.parquet"
    assert extract(tmp_path / "missing", "--out", out) == 2
    assert "missing: file not found" in capsys.readouterr().err
    assert not out.exists()


def test_a_resumed_run_must_use_the_same_year(corpus, tmp_path, capsys):
    out = tmp_path / "c.parquet"
    extract(corpus, "--out", out, "--year", "2025")
    capsys.readouterr()
    assert extract(corpus, "--out", out, "--year", "2026") == 2
    assert "different year (2025)" in capsys.readouterr().err


def test_a_killed_process_resumes_with_every_row_once(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    texts = write_demo_corpus(tmp_path / "texts", documents=400)
    fresh, out = tmp_path / "fresh.parquet", tmp_path / "killed.parquet"
    extract_to_dataset(discover([texts]), fresh, jobs=1, quiet=True)
    command = [
        sys.executable,
        "-m",
        "plan_analysis",
        "extract",
        str(texts),
        "--out",
        str(out),
        "--jobs",
        "1",
        "--quiet",
    ]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list((out / "_documents").glob("part-*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL, "the run ended before it could be killed"
    stored = len(pd.read_parquet(out / "_documents"))
    assert 0 < stored < 402

    rerun = subprocess.run(command, env=env, capture_output=True, timeout=300)
    assert rerun.returncode == 2  # the two refused files of the demo corpus
    pd.testing.assert_frame_equal(pd.read_parquet(out), pd.read_parquet(fresh))
    docs = pd.read_parquet(out / "_documents")
    assert docs["doc"].is_unique and len(docs) == 402
