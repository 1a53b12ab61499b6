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
:func:`publish_report_set` publishes one report's set under its lock and
:func:`rebuild_report_index` the index under the index lock; either turns a
full or read-only folder into :class:`~plan_analysis.errors.OutputError`
(nothing published changed). :func:`resolve_out_dir` checks the output folder
before any work starts.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from plan_analysis.errors import OutputError, ReportError

if TYPE_CHECKING:
    from plan_analysis.plans.paths import DataRoot

SETS_DIR = ".sets"
LOCKS_DIR = ".locks"
_LINK_SUFFIX = ".link"
INDEX_NAME = "index.html"


def resolve_out_dir(out_dir: str | os.PathLike[str] | None, root: DataRoot) -> Path:
    """The output folder as an absolute path, checked without creating anything.

    Default: ``<data root>/reports`` when the data root was given, else
    ``./reports``. Refused (OutputError) when a part of the path is a file or
    the deepest existing folder cannot be written.
    """
    if out_dir is None:
        out_dir = root.path / "reports" if root.given_as else Path("reports")
    out = Path(os.path.abspath(os.fspath(out_dir)))
    existing = out
    while not existing.exists():
        if existing.parent == existing:
            break
        existing = existing.parent
    if not existing.is_dir():
        raise OutputError(
            f"{existing} is not a folder",
            path=out,
            parameter="out_dir",
            expected="a folder (or a path where one can be made)",
        )
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(
            f"the folder {existing} cannot be written", path=out, parameter="out_dir", expected="a writable folder"
        )
    return out


def publish_report_set(
    out: Path, plan_id: str, quarter: str, stem: str, files: Mapping[str, bytes | str], *, lock_timeout: float
) -> Path:
    """Publish one report's set under its lock; return the pointer. OSError → OutputError (nothing changed)."""
    from filelock import FileLock, Timeout

    folder = out / plan_id / quarter
    try:
        lock_file = lock_path(out, plan_id, quarter, stem)
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(lock_file), timeout=lock_timeout)
        try:
            lock.acquire()
        except Timeout:
            raise ReportError(
                f"another run of this report holds {lock.lock_file}; it did not finish publishing within "
                f"{lock.timeout:g} s. Try again when it has finished."
            ) from None
        try:
            return publish_set(folder, stem, dict(files))
        finally:
            lock.release()
    except OSError as exc:
        raise OutputError(
            f"cannot write the report: {exc.strerror or exc}; nothing published changed",
            path=getattr(exc, "filename", None) or folder,
            parameter="out_dir",
            expected="a writable folder with free space",
        ) from None


def rebuild_report_index(out: Path, *, timeout: float = 60, published: Path | None = None) -> Path:
    """Rebuild ``<out>/index.html`` from the published sets, under the index lock."""
    from filelock import FileLock, Timeout

    from plan_analysis.report.index import read_summaries, render_index

    index = out / INDEX_NAME
    done = f"the report was published at {published}, but " if published else ""
    try:
        lock_file = lock_path(out, "index")
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(lock_file), timeout=timeout):
            atomic_write(index, render_index(read_summaries(out)))
    except Timeout:
        raise ReportError(f"{done}{index} could not be rebuilt: another run held its lock for {timeout:g} s") from None
    except OSError as exc:
        raise OutputError(
            f"{done}{index.name} could not be rebuilt: {exc.strerror or exc} (the old index is unchanged)",
            path=index,
            parameter="out_dir",
            expected="a writable folder with free space",
        ) from None
    return index


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
    removed: list[Path] = []
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
