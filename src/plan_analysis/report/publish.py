"""Publishing a report's files so that readers never see half a report, or a mix of two.

A report is a *set* of files (``<stem>.html``, ``.ipynb``, ``.json`` and,
when its cells wrote warnings, ``.log``) that must change together: the index
shows the figures of the ``.json``, a reader follows its link to the
``.html``. Each run therefore writes its set into a fresh hidden folder,
``.sets/<stem>@<run>/``, and then switches ONE pointer: ``<stem>`` is a
relative symbolic link to the current set, replaced by ``os.replace`` (a
rename, atomic on one filesystem). Before the switch the new set is invisible;
after it, complete. A run that dies at any point leaves the old pointer and
at most an orphaned set folder or a hidden ``.<stem>.*.link``, which the next
publication of that report removes.

The set a pointer left is kept until the next publication, so a reader that
resolved the pointer just before a switch still reads a whole set.

Lock files live under ``<out>/.locks/``, out of the folders readers browse.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import time
from pathlib import Path

SETS_DIR = ".sets"
LOCKS_DIR = ".locks"
_LINK_SUFFIX = ".link"


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


def lock_path(out_dir: Path, *parts: str) -> Path:
    """Where the lock of ``parts`` (e.g. plan, quarter, stem) lives: ``<out>/.locks/…/<last>.lock``."""
    path = Path(out_dir, LOCKS_DIR, *parts)
    return path.with_name(path.name + ".lock")


def current_set(pointer: Path) -> Path | None:
    """The set folder a pointer designates now (resolved once), or None when there is none yet."""
    try:
        target = os.readlink(pointer)
    except (FileNotFoundError, OSError):
        return None
    folder = Path(pointer).parent / target
    return folder if folder.is_dir() else None


def publish_set(folder: Path, stem: str, files: dict[str, bytes | str]) -> Path:
    """Write ``files`` (name → content) as one new set and point ``folder/stem`` at it.

    Call while holding the report's lock. Returns the pointer path. On any
    failure the new set is removed and the pointer is left as it was.
    """
    folder = Path(folder)
    sets = folder / SETS_DIR
    sets.mkdir(parents=True, exist_ok=True)
    pointer = folder / stem
    if pointer.exists() and not pointer.is_symlink():
        raise IsADirectoryError(f"{pointer} exists and is not a report pointer (move it away)")
    previous = current_set(pointer)
    run = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + secrets.token_hex(4)
    new = sets / f"{stem}@{run}"
    link = folder / f".{stem}.{run}{_LINK_SUFFIX}"
    try:
        new.mkdir()
        for name, content in files.items():
            _write_synced(new / name, content)
        _fsync_dir(new)
        os.symlink(f"{SETS_DIR}/{new.name}", link)
        os.replace(link, pointer)
        _fsync_dir(folder)
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        try:
            os.unlink(link)
        except FileNotFoundError:
            pass
        raise
    remove_stale_sets(folder, stem, keep={new.name} | ({previous.name} if previous else set()))
    return pointer


def remove_stale_sets(folder: Path, stem: str, keep: set[str]) -> list[Path]:
    """Delete the sets of ``stem`` not in ``keep`` and leftover links of killed runs (hold the lock)."""
    removed = []
    sets = Path(folder) / SETS_DIR
    for old in sets.glob(f"{stem}@*") if sets.is_dir() else []:
        if old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)
            removed.append(old)
    for link in Path(folder).glob(f".{stem}.*{_LINK_SUFFIX}"):
        try:
            link.unlink()
            removed.append(link)
        except FileNotFoundError:
            pass
    return removed


def _write_synced(path: Path, content: bytes | str) -> None:
    payload = content.encode("utf-8") if isinstance(content, str) else content
    with open(path, "xb") as fh:
        fh.write(payload)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(path, 0o644)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":  # pragma: no cover - folders cannot be opened for fsync on Windows
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
