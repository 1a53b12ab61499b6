"""Many files: the streaming local loop and the Dask path agree."""
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


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_dask_matches_local(files, scheduler):
    local = extract_corpus(files, engine="local", year=2025)
    dask = extract_corpus(files, engine="dask", year=2025, scheduler=scheduler)
    cols = ["doc", "text", "value", "unit", "qualifier", "kind"]
    assert local[cols].sort_values(cols).reset_index(drop=True).equals(
        dask[cols].sort_values(cols).reset_index(drop=True)
    )


def test_bad_file_names_itself(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00" * 100)
    with pytest.raises(InputError, match="bad.txt"):
        extract_corpus([bad])
    with pytest.raises(ValueError):
        extract_corpus([], engine="spark")
