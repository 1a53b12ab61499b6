"""The corpus dataset on disk: a folder of Parquet part files, written atomically.

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
documents and every row is stored once.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from plan_analysis.corpus.documents import Part
from plan_analysis.corpus.schema import parquet_bytes, quantities_table, quantity_schema
from plan_analysis.errors import InputError

__all__ = ["DOCUMENTS", "CorpusDataset", "read_documents", "read_quantities"]

DOCUMENTS = "_documents"
_MARKER = "_dataset.json"
_FORMAT = "plan-analysis corpus 1"


def _write_atomically(data: bytes, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


class CorpusDataset:
    """An output folder being written by one run (locked against a second one)."""

    def __init__(self, root: Path, lock):
        self.root = root
        self._lock = lock

    @classmethod
    def open(cls, root: Path, *, year: int | None) -> CorpusDataset:
        """Start or resume the dataset at ``root``; InputError if it is not one of ours or was a different run."""
        from filelock import FileLock, Timeout

        root = Path(root)
        marker = root / _MARKER
        expected = {"format": _FORMAT, "year": year, "columns": quantity_schema().names}
        if root.exists() and not root.is_dir():
            raise InputError("--out is a file", path=root, expected="a new or existing dataset folder")
        if root.is_dir() and any(root.iterdir()) and not marker.is_file():
            raise InputError(
                "--out is a folder that holds other files",
                path=root,
                expected="a new folder, or a dataset written by plan-analysis extract",
            )
        if marker.is_file():
            try:
                before = json.loads(marker.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                raise InputError("cannot read the dataset's description", path=marker) from None
            for key in ("format", "year", "columns"):
                if before.get(key) != expected[key]:
                    raise InputError(
                        f"--out holds a dataset written with a different {key} ({before.get(key)!r})",
                        path=root,
                        expected="the same options as that run, or a new --out",
                    )
        try:
            (root / DOCUMENTS).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot create --out: {exc.strerror or exc}", path=root) from None
        lock = FileLock(root / ".lock")
        try:
            lock.acquire(timeout=0)
        except Timeout:
            raise InputError(
                "another run is writing this dataset", path=root, expected="one run per --out at a time"
            ) from None
        if not marker.is_file():
            tmp = root / f".{_MARKER}.tmp"
            tmp.write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, marker)
        dataset = cls(root, lock)
        dataset._clean()
        return dataset

    def close(self) -> None:
        self._lock.release()

    def _clean(self) -> None:
        for folder in (self.root, self.root / DOCUMENTS):
            for tmp in folder.glob(".*.tmp"):
                tmp.unlink()
        committed = {p.name for p in (self.root / DOCUMENTS).glob("part-*")}
        for part in self.root.glob("part-*.parquet"):
            if part.stem not in committed:
                part.unlink()  # written, but its batch never committed: it will be redone

    def stored(self) -> dict[str, tuple[str | None, str, str | None]]:
        """Document name → (sha256, status, reason) of every document an earlier run recorded."""
        import pyarrow.parquet as pq

        parts = sorted((self.root / DOCUMENTS).glob("part-*"))
        stored: dict[str, tuple[str | None, str, str | None]] = {}
        for part in parts:
            table = pq.read_table(part, columns=["doc", "sha256", "status", "reason"]).to_pydict()
            stored.update(zip(table["doc"], zip(table["sha256"], table["status"], table["reason"])))
        return stored

    def write(self, part: Part) -> None:
        """Store one part: its quantities, then (committing it) its documents."""
        if part.quantities is not None:
            _write_atomically(part.quantities, self.root / f"{part.name}.parquet")
        _write_atomically(part.documents, self.root / DOCUMENTS / part.name)

    def finish(self) -> None:
        """Make sure the quantities table can be read even if no document had a row."""
        if not any(self.root.glob("part-*.parquet")):
            _write_atomically(parquet_bytes(quantities_table([])), self.root / "part-empty.parquet")


def read_quantities(root: str | os.PathLike[str]):
    """The quantities table of a dataset as a pandas DataFrame, in document order."""
    import pandas as pd

    return pd.read_parquet(Path(root))


def read_documents(root: str | os.PathLike[str]):
    """The documents table of a dataset (doc, status, reason, quantities, document fields)."""
    import pandas as pd

    return pd.read_parquet(Path(root) / DOCUMENTS)
