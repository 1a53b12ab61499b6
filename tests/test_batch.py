"""The in-memory corpus API (extract_corpus, iter_corpus) runs on the engines of `extract`."""

from __future__ import annotations

from pathlib import Path
from types import GeneratorType

import pytest

from plan_analysis.corpus.batch import extract_corpus, iter_corpus
from plan_analysis.errors import InputError

SEED = Path(__file__).resolve().parents[1] / "data" / "raw" / "chentao-2025q4.txt"


@pytest.fixture()
def files(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("全年新增就业2480人、扶持自主创业320人。", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_bytes("新增停車位500個以上。".encode("gb18030"))
    return [SEED, a, b]


def test_local_streams(files):
    it = iter_corpus(files, year=2025)
    assert isinstance(it, GeneratorType)
    rows = list(it)
    assert len(rows) == 23 + 2 + 1
    assert rows[-1].doc == "b.txt" and rows[-1].value == 500


def test_worker_processes_give_the_same_rows_in_the_same_order(files):
    one = extract_corpus(files, year=2025)
    two = extract_corpus(files, year=2025, jobs=2)
    assert one.equals(two)
    assert list(one["doc"].drop_duplicates()) == ["chentao-2025q4.txt", "a.txt", "b.txt"]


def test_a_folder_is_read_in_sorted_order(files, tmp_path):
    frame = extract_corpus([tmp_path], year=2025)
    # a.txt: 2480人 and 320人; b.txt (GB18030): 500个以上.
    assert [(r.doc, r.value, r.unit) for r in frame.itertuples()] == [
        ("a.txt", 2480, "人"),
        ("a.txt", 320, "人"),
        ("b.txt", 500, "个"),
    ]


def test_bad_file_names_itself(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00" * 100)
    with pytest.raises(InputError, match="bad.txt"):
        extract_corpus([bad])
    with pytest.raises(ValueError):
        extract_corpus([bad], engine="spark")


def test_the_package_exposes_the_corpus_api():
    import plan_analysis as pa
    from plan_analysis.corpus import batch

    assert pa.extract_corpus is batch.extract_corpus and pa.iter_corpus is batch.iter_corpus
    assert {"extract_corpus", "iter_corpus", "render_report"} <= set(pa.__all__)
