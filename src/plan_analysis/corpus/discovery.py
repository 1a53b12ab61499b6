"""Which documents a corpus run reads: files, folders searched recursively, fsspec URLs.

:func:`discover` resolves what the user typed, once, into a sorted list of
:class:`Source` values (an absolute path or a URL, and the document's name
relative to its input root); workers get only these. A file given by name is
named by its file name; a file found in a folder by its path relative to
that folder (``county/2021/report.txt``). Folders are searched with ``glob``
(default :data:`DEFAULT_GLOB`, every ``.txt`` file at any depth); hidden files
and folders (a name starting with ``.``) are skipped. A path with ``://`` is an
fsspec URL (``file://``, ``s3://`` … whatever fsspec can open where the
workers run).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from plan_analysis.errors import InputError

__all__ = ["DEFAULT_GLOB", "Source", "discover", "has_undecodable_name", "is_url", "printable_name"]

DEFAULT_GLOB = "**/*.txt"


class Source(NamedTuple):
    """One document to read: where it is (absolute path or URL) and its name in the dataset."""

    location: str
    doc: str


def is_url(location: str) -> bool:
    return "://" in location


def has_undecodable_name(location: str) -> bool:
    """A path whose bytes are not UTF-8 (Python keeps them as lone surrogates): no dataset can name it."""
    try:
        location.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def printable_name(name: str) -> str:
    """A file name as UTF-8 text, its undecodable bytes shown as ``\\xNN`` (``caf\\xe9.txt``)."""
    if not has_undecodable_name(name):
        return name
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def _hidden(relative: str) -> bool:
    return any(part.startswith(".") for part in PurePosixPath(relative).parts)


def _in_local_folder(folder: Path, pattern: str) -> list[Source]:
    found = []
    for path in folder.glob(pattern):
        relative = path.relative_to(folder).as_posix()
        if not _hidden(relative) and path.is_file():
            # The location keeps the name's bytes (so that it can be opened); the
            # document name is printable (documents.py refuses such a document).
            found.append(Source(str(path), printable_name(relative)))
    return found


def _from_url(url: str, pattern: str) -> list[Source]:
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(url)
        if fs.isfile(root):
            return [Source(url, PurePosixPath(root).name)]
        if not fs.isdir(root):
            raise InputError("not found", path=url, expected="an existing file or folder URL")
        protocol = url.split("://", 1)[0]
        found = []
        for path in fs.glob(f"{root.rstrip('/')}/{pattern}"):
            relative = PurePosixPath(path).relative_to(root.rstrip("/")).as_posix()
            if not _hidden(relative) and fs.isfile(path):
                found.append(Source(f"{protocol}://{path}", relative))
        return found
    except InputError:
        raise
    except (ImportError, ValueError, OSError) as exc:
        raise InputError(f"cannot list: {exc}", path=url, expected="a URL that fsspec can open") from None


def discover(paths: Iterable[str | os.PathLike[str]], *, glob: str | None = None) -> list[Source]:
    """Every document under ``paths``, in a stable order (input order, then sorted names).

    Raises :class:`InputError` for a path that does not exist, a folder
    holding no matching file, or a ``glob`` that escapes its folder.
    """
    if glob is not None and not glob.strip():
        raise InputError("--glob: expected a non-empty pattern", expected="a pattern such as '**/*.txt'")
    pattern = glob or DEFAULT_GLOB
    if pattern.startswith("/") or ".." in PurePosixPath(pattern).parts:
        raise InputError(
            f"--glob {pattern!r} must stay inside each folder", expected="a relative pattern such as '**/*.txt'"
        )
    sources: list[Source] = []
    seen: set[str] = set()
    for given in paths:
        given = str(given)
        if is_url(given):
            found = _from_url(given, pattern)
        else:
            path = Path(given).expanduser().absolute()
            if path.is_dir():
                found = _in_local_folder(path, pattern)
            elif path.exists():
                found = [Source(str(path), printable_name(path.name))]
            else:
                raise InputError("file not found", path=given, expected="an existing plan text file or folder")
        if not found:
            raise InputError(f"no file matches {pattern!r}", path=given, expected="a folder holding plan texts")
        for source in sorted(found, key=lambda s: s.doc):
            if source.location not in seen:  # the same file given twice is read once
                seen.add(source.location)
                sources.append(source)
    return sources
