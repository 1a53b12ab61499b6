"""The corpus dataset: a folder of Parquet part files, written atomically, local or at an fsspec URL.

Layout of ``OUT`` (``--out OUT``)::

    OUT/part-000000-1a2b3c4d.parquet      quantities, one row per mention
    OUT/_documents/part-000000-1a2b3c4d   one row per document (Parquet too), same part names
    OUT/_dataset.json                     what the run was (plan year, columns)

``pandas.read_parquet(OUT)`` and ``dask.dataframe.read_parquet(OUT)`` read the
quantity parts as one table (Arrow skips names starting with ``_`` or ``.``;
Dask takes only names ending in ``.parquet``, which is why the document parts
have no extension); ``pandas.read_parquet(OUT / "_documents")`` reads the
documents (or :func:`read_documents`). A part is named
by the position of its first document in the run's sorted list of documents
(then a digest of its documents' hashes), so reading the parts in name order
gives the rows in document order whatever the number of workers.

The columns are described in :mod:`plan_analysis.corpus.schema`.

Crash safety: each part is written to a hidden temporary file, flushed to
disk and renamed into place; the quantities part first, then the documents
part, which commits the batch. :meth:`CorpusDataset.open` removes temporary
files and any quantities part whose documents part is missing (a run killed
between the two renames), so a restarted run redoes exactly the uncommitted
documents and every row is stored once. It also checks every committed part
(a Parquet footer that reads, a quantities part holding as many rows as its
documents part says): a damaged part (a truncated copy, a full disk) is
removed with its pair, and its documents are extracted again.

``OUT`` may be an fsspec URL (``s3://bucket/corpus``, ``memory://corpus``, any
writable file system fsspec knows, its package installed: ``s3fs`` for S3).
There an object appears whole or not at all when its upload completes, so each
part is written in place (no rename, which object stores do as a copy); the
order quantities-then-documents still commits a batch. A remote dataset has no
lock: one run per URL at a time is the user's to keep. Read-only schemes
(``http://``, ``https://``) are refused.
"""

from __future__ import annotations

import json
import os
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

from plan_analysis.corpus.documents import Part
from plan_analysis.corpus.schema import parquet_bytes, quantities_table, quantity_schema
from plan_analysis.errors import InputError

__all__ = ["DOCUMENTS", "CorpusDataset", "dataset_location", "read_documents", "read_quantities"]

DOCUMENTS = "_documents"
_MARKER = "_dataset.json"
_FORMAT = "plan-analysis corpus 1"
_READ_ONLY_SCHEMES = ("http", "https")


def _write_atomically(data: bytes, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _is_url(location: str) -> bool:
    return "://" in location


def dataset_location(out: str | os.PathLike[str]) -> Path | str:
    """Where ``--out`` points: an absolute local path (``file://`` too), or an fsspec URL kept as given.

    Raises :class:`InputError` for a URL that cannot take a dataset (a
    read-only scheme, or one whose fsspec package is not installed), before
    anything is created anywhere.
    """
    given = os.fspath(out)
    if not _is_url(given):
        return Path(given).expanduser().absolute()
    scheme = given.split("://", 1)[0].lower()
    if scheme == "file":
        return Path(given.split("://", 1)[1]).absolute()
    if scheme in _READ_ONLY_SCHEMES:
        raise InputError(
            f"--out cannot be written over {scheme}://", path=given, expected="a folder, or a writable URL (s3://…)"
        )
    try:
        import fsspec

        fsspec.core.url_to_fs(given)
    except ImportError as exc:
        raise InputError(
            f"--out needs a package that is not installed: {exc}", path=given, expected="e.g. pip install s3fs"
        ) from None
    except (ValueError, OSError) as exc:
        raise InputError(f"--out is not a URL fsspec can write: {exc}", path=given) from None
    return given.rstrip("/")


class _Folder(Protocol):
    """The few file operations a dataset needs, relative to its root (``_documents/part-…``)."""

    def exists(self) -> bool: ...
    def is_dir(self) -> bool: ...
    def is_empty(self) -> bool: ...
    def has(self, name: str) -> bool: ...
    def names(self, folder: str, prefix: str) -> list[str]: ...
    def read(self, name: str) -> bytes: ...
    def rows(self, name: str) -> int | None: ...
    def write(self, name: str, data: bytes) -> None: ...
    def remove(self, name: str) -> None: ...
    def make(self) -> None: ...
    def clean_temporaries(self) -> None: ...


class _LocalFolder:
    def __init__(self, root: Path) -> None:
        self.root = root

    def exists(self) -> bool:
        return self.root.exists()

    def is_dir(self) -> bool:
        return self.root.is_dir()

    def is_empty(self) -> bool:
        return not any(self.root.iterdir())

    def has(self, name: str) -> bool:
        return (self.root / name).is_file()

    def names(self, folder: str, prefix: str) -> list[str]:
        where = self.root / folder if folder else self.root
        return sorted(p.name for p in where.glob(f"{prefix}*") if p.is_file())

    def read(self, name: str) -> bytes:
        return (self.root / name).read_bytes()

    def rows(self, name: str) -> int | None:
        return _parquet_rows(str(self.root / name))

    def write(self, name: str, data: bytes) -> None:
        _write_atomically(data, self.root / name)

    def remove(self, name: str) -> None:
        (self.root / name).unlink(missing_ok=True)

    def make(self) -> None:
        (self.root / DOCUMENTS).mkdir(parents=True, exist_ok=True)

    def clean_temporaries(self) -> None:
        for folder in (self.root, self.root / DOCUMENTS):
            for tmp in folder.glob(".*.tmp"):
                tmp.unlink()


class _RemoteFolder:
    """A dataset at an fsspec URL: each object is written whole, in place."""

    def __init__(self, url: str) -> None:
        import fsspec

        self.fs, self.root = fsspec.core.url_to_fs(url)
        self.root = self.root.rstrip("/")

    def _path(self, name: str) -> str:
        return f"{self.root}/{name}" if name else self.root

    def exists(self) -> bool:
        return bool(self.fs.exists(self.root))

    def is_dir(self) -> bool:
        return bool(self.fs.isdir(self.root))

    def is_empty(self) -> bool:
        return not self.fs.ls(self.root, detail=False)

    def has(self, name: str) -> bool:
        return bool(self.fs.isfile(self._path(name)))

    def names(self, folder: str, prefix: str) -> list[str]:
        where = self._path(folder)
        if not self.fs.isdir(where):
            return []
        self.fs.invalidate_cache(where)  # a listing cached before our own writes would miss them
        found = [PurePosixPath(p).name for p in self.fs.ls(where, detail=False)]
        return sorted(n for n in found if n.startswith(prefix) and self.fs.isfile(f"{where}/{n}"))

    def read(self, name: str) -> bytes:
        return bytes(self.fs.cat_file(self._path(name)))

    def rows(self, name: str) -> int | None:
        try:
            with self.fs.open(self._path(name), "rb") as handle:
                return _parquet_rows(handle)
        except OSError:
            return None

    def write(self, name: str, data: bytes) -> None:
        self.fs.pipe_file(self._path(name), data)

    def remove(self, name: str) -> None:
        if self.fs.exists(self._path(name)):
            self.fs.rm_file(self._path(name))

    def make(self) -> None:
        self.fs.makedirs(self._path(DOCUMENTS), exist_ok=True)  # a no-op on object stores

    def clean_temporaries(self) -> None:
        pass  # nothing is written under a temporary name


class _NoLock:
    def release(self) -> None:
        pass


def _parquet_rows(source: Any) -> int | None:
    """Rows of a Parquet file (a path or an open file: only its footer is read); None when it does not read."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return int(pq.read_metadata(source).num_rows)
    except (pa.ArrowException, OSError, ValueError):
        return None


def _documents_rows(data: bytes) -> dict[str, list[Any]] | None:
    """The documents part's columns that a resume needs; None when it does not read."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.read_table(
            pa.BufferReader(data), columns=["doc", "sha256", "status", "reason", "quantities"]
        ).to_pydict()
    except (pa.ArrowException, OSError, ValueError, KeyError):
        return None


class CorpusDataset:
    """An output folder being written by one run (a local one locked against a second run)."""

    def __init__(self, root: Path | str, lock: Any, folder: _Folder | None = None) -> None:
        self.root = root
        self._lock = lock
        self._folder: _Folder = folder if folder is not None else _LocalFolder(Path(root))
        self._parts: dict[str, dict[str, list[Any]]] = {}  # committed part → its documents' columns
        self.damaged: list[str] = []  # parts found damaged on opening (removed: their documents are redone)

    @classmethod
    def open(cls, root: Path | str, *, year: int | None) -> CorpusDataset:
        """Start or resume the dataset at ``root``; InputError if it is not one of ours or was a different run."""
        location = dataset_location(root)
        folder: _Folder = _LocalFolder(location) if isinstance(location, Path) else _RemoteFolder(location)
        expected = {"format": _FORMAT, "year": year, "columns": quantity_schema().names}
        try:
            cls._check(folder, location, expected)
        except OSError as exc:
            raise InputError(f"cannot read --out: {exc.strerror or exc}", path=location) from None
        try:
            folder.make()
        except OSError as exc:
            raise InputError(f"cannot create --out: {exc.strerror or exc}", path=location) from None
        lock: Any = _NoLock()
        if isinstance(location, Path):
            from filelock import FileLock, Timeout

            lock = FileLock(location / ".lock")
            try:
                lock.acquire(timeout=0)
            except Timeout:
                raise InputError(
                    "another run is writing this dataset", path=location, expected="one run per --out at a time"
                ) from None
        try:
            if not folder.has(_MARKER):
                folder.write(_MARKER, json.dumps(expected, ensure_ascii=False, indent=1).encode("utf-8"))
            dataset = cls(location, lock, folder)
            dataset._clean()
        except BaseException:
            lock.release()
            raise
        return dataset

    @staticmethod
    def _check(folder: _Folder, location: Path | str, expected: dict[str, Any]) -> None:
        if folder.exists() and not folder.is_dir():
            raise InputError("--out is a file", path=location, expected="a new or existing dataset folder")
        has_marker = folder.is_dir() and folder.has(_MARKER)
        if folder.is_dir() and not has_marker and not folder.is_empty():
            raise InputError(
                "--out is a folder that holds other files",
                path=location,
                expected="a new folder, or a dataset written by plan-analysis extract",
            )
        if has_marker:
            try:
                before = json.loads(folder.read(_MARKER).decode("utf-8"))
            except (OSError, ValueError):
                raise InputError("cannot read the dataset's description", path=f"{location}/{_MARKER}") from None
            for key in ("format", "year", "columns"):
                if before.get(key) != expected[key]:
                    raise InputError(
                        f"--out holds a dataset written with a different {key} ({before.get(key)!r})",
                        path=location,
                        expected="the same options as that run, or a new --out",
                    )

    def close(self) -> None:
        self._lock.release()

    def _drop(self, name: str) -> None:
        """Remove a part: its documents first (uncommitting it), then its quantities."""
        self._folder.remove(f"{DOCUMENTS}/{name}")
        self._folder.remove(f"{name}.parquet")
        self._parts.pop(name, None)

    def _clean(self) -> None:
        self._folder.clean_temporaries()
        committed = set(self._folder.names(DOCUMENTS, "part-"))
        for part in self._folder.names("", "part-"):
            if part.endswith(".parquet") and part.removesuffix(".parquet") not in committed:
                self._folder.remove(part)  # written, but its batch never committed: it will be redone
        quantity_parts = set(self._folder.names("", "part-"))
        for name in sorted(committed):
            columns = _documents_rows(self._folder.read(f"{DOCUMENTS}/{name}"))
            rows = sum(n or 0 for n in columns["quantities"]) if columns is not None else 0
            if columns is not None and rows:
                has_quantities = f"{name}.parquet" in quantity_parts
                stored_rows = self._folder.rows(f"{name}.parquet") if has_quantities else None
                if stored_rows != rows:
                    columns = None
            if columns is None:  # damaged: the batch is uncommitted and redone
                self.damaged.append(name)
                self._drop(name)
            else:
                self._parts[name] = columns

    def stored(self) -> dict[str, tuple[str | None, str, str | None]]:
        """Document name → (sha256, status, reason) of every document an earlier run recorded."""
        stored: dict[str, tuple[str | None, str, str | None]] = {}
        for _, columns in sorted(self._parts.items()):
            stored.update(zip(columns["doc"], zip(columns["sha256"], columns["status"], columns["reason"])))
        return stored

    def forget(self, documents: set[str]) -> int:
        """Remove ``documents`` (no longer among the inputs) and every row of theirs; returns how many were stored.

        A part also holding other documents is removed whole: those are not
        stored any more, so the run extracts them again into a new part.
        """
        removed = 0
        for name, columns in sorted(self._parts.items()):
            gone = documents.intersection(columns["doc"])
            if gone:
                removed += len(gone)
                self._drop(name)
        return removed

    def write(self, part: Part) -> None:
        """Store one part: its quantities, then (committing it) its documents."""
        if part.quantities is not None:
            self._folder.write(f"{part.name}.parquet", part.quantities)
        self._folder.write(f"{DOCUMENTS}/{part.name}", part.documents)

    def finish(self) -> None:
        """Make sure the quantities table can be read even if no document had a row."""
        if not any(n.endswith(".parquet") for n in self._folder.names("", "part-")):
            self._folder.write("part-empty.parquet", parquet_bytes(quantities_table([])))


def _table_path(root: str | os.PathLike[str], sub: str = "") -> str:
    """A path or URL that pandas reads a table of the dataset at ``root`` from."""
    location = dataset_location(root)
    if isinstance(location, Path):
        return str(location / sub) if sub else str(location)
    return f"{location}/{sub}" if sub else location


def read_quantities(root: str | os.PathLike[str]):
    """The quantities table of a dataset (a folder or an fsspec URL) as a pandas DataFrame, in document order."""
    import pandas as pd

    return pd.read_parquet(_table_path(root))


def read_documents(root: str | os.PathLike[str]):
    """The documents table of a dataset (doc, status, reason, quantities, document fields)."""
    import pandas as pd

    return pd.read_parquet(_table_path(root, DOCUMENTS))
