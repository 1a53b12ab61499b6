"""Publishing files so that readers never see half a report.

Every published file is written to a temporary file in its own folder and
renamed over the old one (``os.replace`` is atomic on one filesystem). A run
that dies at any point therefore leaves either the old file or the new one
under the published name, never a partial file; what it may leave behind is
a hidden ``.<name>.*.tmp`` file, which the next run of that report removes.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` atomically (temp file in the same folder, fsync, rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates 0600; a published report should be readable like any file.
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path


def remove_stale_temporaries(folder: Path, name: str) -> list[Path]:
    """Delete leftovers of killed runs for ``name`` (call only while holding the report's lock)."""
    removed = []
    if not Path(folder).is_dir():
        return removed
    for leftover in Path(folder).glob(f".{name}.*.tmp"):
        try:
            leftover.unlink()
            removed.append(leftover)
        except FileNotFoundError:
            pass
    return removed
