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

pytestmark = pytest.mark.skipif(
    not (REPO / "src" / "plan_analysis" / "cli.py").is_file(), reason="the CLI is not wired yet"
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "plan_analysis", "extract", *args],
        input=stdin, capture_output=True, cwd=REPO, timeout=120,
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
    for key in ["start", "end", "raw_start", "raw_end", "high", "qualifier", "kind", "area", "measure",
                "sentence", "rule", "confidence"]:
        assert key in first


def test_csv_and_stdin(tmp_path):
    text = "计划全年引进投资5000万元以上的项目3个以上。".encode("gb18030")
    proc = run("-", "--format", "csv", stdin=text)
    assert proc.returncode == 0, proc.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode("utf-8"))))
    assert [(r["text"], r["kind"], r["qualifier"]) for r in rows] == [
        ("5000万元以上", "descriptor", ">="), ("3个以上", "target", ">=")
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
