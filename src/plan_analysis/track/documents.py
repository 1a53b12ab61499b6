"""The later texts a plan is tracked against, read into their mentions.

A source is a file, a folder (its text files, in name order), ``-`` (standard
input) or a corpus dataset written by ``plan-analysis extract --out`` (its
mentions are read as stored, not extracted again). Each document comes back
as its name, the SHA-256 of its bytes, the year it is about (the first year
its text states, for relative periods such as 过去一年) and its mentions, as
dicts with the extractor's columns.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from plan_analysis.errors import InputError

__all__ = ["LaterText", "read_later_texts"]

# Files of a folder that are read as texts (others, such as images, are skipped).
TEXT_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm")


@dataclass(frozen=True)
class LaterText:
    """One later document: name, hash of its bytes, the year it states first, its mentions."""

    name: str
    sha256: str
    year: int | None
    mentions: list[dict[str, Any]]
    title: str = ""
    published: date | None = None  # its dateline (发布时间：2024-11-06), if it has one
    text: str = ""  # its normalised text, where it was read from a file (tables' headers are in it)


def read_later_texts(sources: Iterable[str], *, plan_year: int | None = None) -> Iterator[LaterText]:
    """Every document of ``sources``, in the order given (a folder's files by name).

    A text is extracted as of a year after ``plan_year`` at the earliest: it is
    read as published after the plan's year, so that a figure dated in that
    year (2024年全国新开工…5.8万个, read in 2025) is an achieved one. A
    dataset's mentions were extracted already and are taken as stored.
    """
    for source in sources:
        if source == "-":
            yield _from_bytes("<stdin>", _read_stdin(), plan_year)
            continue
        path = Path(source)
        if _is_dataset(path):
            yield from _from_dataset(path)
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not files:
                raise InputError("the folder holds no text files", path=path, expected="a folder of .txt files")
            for file in files:
                yield _from_bytes(str(file), _read(file), plan_year)
        elif path.is_file():
            yield _from_bytes(str(path), _read(path), plan_year)
        else:
            raise InputError("file not found", path=path, expected="a text file, a folder or a corpus dataset")


def _read(path: Path) -> bytes:
    from plan_analysis.text.decoding import read_capped_bytes

    return read_capped_bytes(path)


def _from_bytes(name: str, data: bytes, plan_year: int | None) -> LaterText:
    from plan_analysis.extract.metadata import dateline
    from plan_analysis.extract.quantities import iter_quantities
    from plan_analysis.text.decoding import decode_nonempty
    from plan_analysis.text.normalize import normalize_text

    decode_nonempty(data, path=name)
    normalized = normalize_text(data, source=name)
    published = dateline(normalized.text)
    # A text that states no year of its own is about the year it was published in.
    year = _text_year(normalized.text) or (published[0].year if published else None)
    read_as_of = max(y for y in (year, plan_year + 1 if plan_year else None, 0) if y is not None) or None
    # A text published after the plan reports, unless its title or opening says it
    # plans (an untitled bulletin: 上半年全省生产总值…同比增长6.1%).
    quantities = iter_quantities(normalized, read_as_of, doc=Path(name).name, later=True)
    mentions = [q.as_dict() for q in quantities]
    # The title: the first lines of the text (a date or a source line may come first).
    title = " ".join([line.strip() for line in normalized.text.splitlines() if line.strip()][:2])
    return LaterText(
        Path(name).name,
        hashlib.sha256(data).hexdigest(),
        year,
        mentions,
        title[:200],
        published[0] if published else None,
        normalized.text,
    )


def _text_year(text: str) -> int | None:
    """The year a text first names as its own, from its opening: not a year it counts from
    or compares with (自2023年10月以来, 比2023年 in a bulletin of 2024)."""
    m = _OWN_YEAR.search(text, 0, _OPENING_CHARS)
    return int(m.group(1)) if m else None


_OWN_YEAR = re.compile(r"(?<![自从比较与同])(20\d\d)年(?![^，,。；;\n]{0,8}?以来)")
_OPENING_CHARS = 2000


def _is_dataset(path: Path) -> bool:
    return path.is_dir() and (path / "_dataset.json").is_file()


def _from_dataset(path: Path) -> Iterator[LaterText]:
    from plan_analysis.corpus.dataset import read_quantities

    frame = read_quantities(path)
    if frame.empty:
        return
    frame = frame.astype(object).where(frame.notna(), None)
    # Rows are stored in document order: one pass groups them without sorting.
    current: list[dict[str, Any]] = []
    for row in frame.to_dict("records"):
        if current and row["doc"] != current[0]["doc"]:
            yield _dataset_text(current)
            current = []
        current.append(row)
    if current:
        yield _dataset_text(current)


def _dataset_text(rows: list[dict[str, Any]]) -> LaterText:
    first = rows[0]
    year = first.get("plan_year")
    title = str(first.get("title") or "")
    return LaterText(str(first["doc"]), str(first.get("sha256") or ""), int(year) if year else None, rows, title)


def _read_stdin() -> bytes:
    from plan_analysis.text.decoding import read_stream_bytes

    return read_stream_bytes(sys.stdin.buffer)
