"""``python -m plan_analysis extract``: formats, stdin, errors (subprocess)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "raw" / "chentao-2025q4.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "plan_analysis", "extract", *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        timeout=120,
    )


def test_jsonl_one_object_per_mention():
    proc = run(str(SEED), "--year", "2025")
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert len(rows) == 23
    first = rows[0]
    # 全年工業(yè)實(shí)施開(kāi)票8億元
    assert (first["doc"], first["text"], first["value"], first["unit"]) == ("chentao-2025q4.txt", "8亿元", 8e8, "元")
    assert (first["deadline"], first["deadline_start"], first["deadline_end"]) == ("全年", "2025-01-01", "2025-12-31")
    for key in [
        "start",
        "end",
        "raw_start",
        "raw_end",
        "high",
        "qualifier",
        "kind",
        "area",
        "measure",
        "sentence",
        "rule",
        "confidence",
    ]:
        assert key in first


def test_csv_and_stdin(tmp_path):
    text = "计划全年引进投资5000万元以上的项目3个以上。".encode("gb18030")
    proc = run("-", "--format", "csv", stdin=text)
    assert proc.returncode == 0, proc.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode("utf-8"))))
    assert [(r["text"], r["kind"], r["qualifier"]) for r in rows] == [
        ("5000万元以上", "descriptor", ">="),
        ("3个以上", "target", ">="),
    ]
    assert rows[0]["doc"] == "<stdin>"


def test_table_of_several_files(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("全年新增天然氣入戶1800戶以上。", encoding="big5", errors="strict")
    proc = run(str(SEED), str(other), "--format", "table")
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode("utf-8")
    assert "other.txt" in out and "1800户以上" in out and "8亿元" in out


def test_undecodable_file_exits_2_naming_it(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\xff" * 64)
    proc = run(str(bad))
    assert proc.returncode == 2
    assert "bad.txt" in proc.stderr.decode()


# --- every input capped; empty input; --year; Dask errors (issue 10) -------------------------


def one_error_line(proc: subprocess.CompletedProcess) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err


def test_stdin_beyond_the_cap_is_refused_in_one_line():
    from plan_analysis.text.decoding import MAX_FILE_BYTES

    proc = run("-", stdin=b"a" * (MAX_FILE_BYTES + 1))
    assert "<stdin>: input is more than 16 MB" in one_error_line(proc)
    assert proc.stdout == b""


@pytest.mark.parametrize(
    "data", [b"", b"\xef\xbb\xbf", b"\xff\xfe", b" \n\t"], ids=["empty", "bom-utf8", "bom-utf16", "blank"]
)
def test_empty_stdin_is_refused_like_an_empty_file(data, tmp_path):
    assert "<stdin>: file is empty" in one_error_line(run("-", stdin=data))
    path = tmp_path / "bom.txt"
    path.write_bytes(data)
    assert "bom.txt: file is empty" in one_error_line(run(str(path)))


@pytest.mark.parametrize("year", ["0", "1948", "2101", "99999"])
def test_year_out_of_range_names_the_option(year):
    assert f"--year {year} is out of range" in one_error_line(run(str(SEED), "--year", year))


def test_year_at_the_range_ends_is_accepted():
    for year in ("1949", "2100"):
        assert run(str(SEED), "--year", year).returncode == 0


def test_a_fifo_without_a_writer_is_refused_not_waited_for(tmp_path):
    import os
    import threading

    from plan_analysis.errors import InputError
    from plan_analysis.text.decoding import read_capped_bytes

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"pipe\.txt: no data for 0.3 s from a named pipe"):
        read_capped_bytes(fifo, idle_timeout=0.3)

    def write():
        with open(fifo, "wb") as f:
            f.write("新增就业100人。".encode())

    writer = threading.Thread(target=write)
    writer.start()
    assert read_capped_bytes(fifo, idle_timeout=10).decode() == "新增就业100人。"
    writer.join()


def test_an_endless_device_is_capped():
    assert "/dev/zero: input is more than 16 MB" in one_error_line(run("/dev/zero"))


def test_folder_of_texts_to_stdout_names_each_refused_file(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("全年新增就业2480人。", encoding="utf-8")
    (tmp_path / "z.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    proc = run(str(tmp_path), "--jobs", "2")
    assert proc.returncode == 2
    assert [json.loads(line)["doc"] for line in proc.stdout.decode().splitlines()] == ["sub/a.txt"]
    err = proc.stderr.decode()
    assert (
        err.startswith(f"plan-analysis: error: {tmp_path / 'z.txt'}: cannot read as text")
        and len(err.splitlines()) == 1
    )


def test_dask_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\xff" * 64)
    proc = run(str(bad), "--engine", "dask", "--jobs", "1")
    assert "bad.txt: cannot read as text" in one_error_line(proc)
    proc = run(str(SEED), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "--out", str(tmp_path / "o"))
    assert "--scheduler tcp://127.0.0.1:9: cannot connect to the Dask scheduler" in one_error_line(proc)
    assert not (tmp_path / "o" / "_documents").exists() or not any((tmp_path / "o" / "_documents").iterdir())


def test_a_jsonl_line_is_what_json_dumps_writes_for_the_record():
    """The fast line encoder of ``--format jsonl`` writes, for rows with every
    kind of value (dates, None, NaN, infinities, whole floats, escapes, CJK),
    exactly the line ``json.dumps(record, ensure_ascii=False)`` writes."""
    from datetime import date

    from plan_analysis.corpus.extract_command import _line_encoder, _record
    from plan_analysis.extract.quantities import Quantity

    rows = [
        Quantity(
            "a.txt",
            "3000个",
            12,
            17,
            14,
            19,
            3000.0,
            None,
            "个",
            "=",
            "target",
            "年底前",
            date(2025, 1, 1),
            date(2025, 12, 31),
            "一、经济",
            None,
            "新建3000个“站点”\t\\。",
            "number-unit/default/default",
            0.95,
            None,
        ),
        Quantity(
            None,
            "1-2万元",
            0,
            5,
            0,
            5,
            10000.0,
            20000.0,
            "元",
            "range",
            "result",
            None,
            None,
            None,
            None,
            "措施",
            "句子",
            "range-unit/range/result/default",
            0.5,
            "1—10月",
        ),
        Quantity(
            "b.txt",
            "x",
            1,
            2,
            1,
            2,
            float("nan"),
            float("inf"),
            "%",
            "~",
            "growth",
            None,
            None,
            None,
            None,
            None,
            "",
            "r",
            float("-inf"),
            None,
        ),
        (
            *Quantity(
                "b.txt",
                "x",
                1,
                2,
                1,
                2,
                1.5e20,
                1e-7,
                "%",
                "~",
                "growth",
                None,
                None,
                None,
                None,
                None,
                "",
                "r",
                1.0,
                None,
            )[:6],
            7,
            None,
            *("u",) * 12,
        ),  # an int value
    ]
    line = _line_encoder()
    for row in rows * 2:  # the second time from its cache of encoded strings
        assert line(row) == json.dumps(_record(row), ensure_ascii=False)
