"""Bytes → str for scraped plan texts, whatever their encoding.

Order of trust: a byte-order mark says it outright; strict UTF-8 almost never
decodes text that is not UTF-8; GB18030 is the superset every mainland page
falls back to; charset-normalizer decides the rest (Big5, UTF-16 without BOM
…). Binary input (NUL bytes, mostly control characters) is refused with an
:class:`~plan_analysis.errors.InputError`, never passed on as mojibake.

Every read is capped at :data:`MAX_FILE_BYTES`: a regular file, a device, a
named pipe (FIFO) or standard input alike is read up to one byte past the cap
and refused if that byte arrives, so an endless stream cannot fill memory. A
FIFO is opened without blocking (``O_NONBLOCK``) and read with an idle timeout
(:data:`STREAM_IDLE_SECONDS`): a FIFO that no writer opens, or whose writer
stops sending, is refused instead of hanging. Standard input is read blocking
(a person may be typing), but capped. Text that is empty once decoded (an
empty file, empty standard input, a file holding only a byte-order mark or
whitespace) is refused as empty.
"""

from __future__ import annotations

import codecs
import os
import re
import select
import stat
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from plan_analysis.errors import InputError

# A file named as the caller names it (for messages): a path or a label such as "<stdin>".
PathArg = str | os.PathLike[str]

__all__ = [
    "EXPECTED_ENCODINGS",
    "MAX_FILE_BYTES",
    "STREAM_IDLE_SECONDS",
    "Decoded",
    "decode_bytes",
    "decode_nonempty",
    "read_capped_bytes",
    "read_stream",
    "read_text",
]

EXPECTED_ENCODINGS = "UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK/GB2312 or Big5 text"

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 controls other than tab, newline, carriage return, form feed: a text
# file has almost none, a binary file has many.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
# Plans are tens of kilobytes; a file this large is not one (and would be read
# into memory whole).
MAX_FILE_BYTES = 16 * 2**20
# A FIFO that sends nothing for this long is taken to have no writer.
STREAM_IDLE_SECONDS = 30.0
_CHUNK = 2**16


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    if not text:
        return False
    return len(_CONTROL.findall(text)) > max(2, _MAX_CONTROL_SHARE * len(text))


def _refuse(source: str | None, why: str) -> InputError:
    return InputError(f"cannot read as text: {why}", path=source, expected=EXPECTED_ENCODINGS)


def decode_bytes(data: bytes, *, source: str | None = None) -> Decoded:
    """Decode ``data``; raise InputError (naming ``source``) if it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise _refuse(source, f"byte-order mark says {encoding} but {exc.reason}") from None
            if encoding == "utf-8-sig" and _looks_binary(text):
                raise _refuse(source, "binary data (NUL or control bytes)")
            return Decoded(text, encoding)
    if b"\x00" in data:
        # UTF-16 without BOM is the one text encoding full of NUL bytes;
        # let charset-normalizer vouch for it, else it is binary.
        return _detect(data, source, allow_nul=True)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_binary(text):
            raise _refuse(source, "binary data (control bytes)")
        return Decoded(text, "utf-8")
    # GB18030 maps almost any byte soup to characters, Big5 text included,
    # so when several decode, the one reading as more frequent characters wins.
    candidates = []
    for encoding in ("gb18030", "big5", "cp950", "big5hkscs"):
        try:
            candidates.append((encoding, data.decode(encoding)))
        except UnicodeDecodeError:
            continue
    if candidates:
        scored = [(_frequent_share(text), -i, encoding, text) for i, (encoding, text) in enumerate(candidates)]
        share, _, encoding, text = max(scored)
        if share >= 0.5:
            if _looks_binary(text):
                raise _refuse(source, "binary data (control bytes)")
            return Decoded(text, encoding)
    return _detect(data, source, allow_nul=False)


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NOISE = re.compile(r"[\u3040-\u30ff\ue000-\uf8ff]")  # kana, private use


def _frequent_share(text: str) -> float:
    """Share of Han characters among the 3,755 most frequent ones (after t2s).

    Text in its right encoding is dominated by them; a wrong decoding yields
    rare characters, kana and private-use code points instead. Text with few
    Han characters counts as plausible.
    """
    sample = text[:4000]
    han = _HAN.findall(sample)
    noise = len(_NOISE.findall(sample))
    if len(han) + noise < 8:
        return 1.0
    common = 0
    for ch in _t2s().convert("".join(han)):
        try:
            b = ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if 0xB0 <= b[0] <= 0xD7:
            common += 1
    return common / (len(han) + noise)


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def _detect(data: bytes, source: str | None, *, allow_nul: bool) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise _refuse(source, "binary data or an unknown encoding" if allow_nul else "no known encoding decodes it")
    text = str(best)
    if _looks_binary(text) or (not allow_nul and "\x00" in text):
        raise _refuse(source, "binary data (NUL or control bytes)")
    return Decoded(text, best.encoding)


def _too_large(path: PathArg, size: int | None = None) -> InputError:
    what = f"file is {size / 2**20:.1f} MB" if size is not None else f"input is more than {MAX_FILE_BYTES // 2**20} MB"
    return InputError(
        f"{what}, too large for a plan text", path=path, expected=f"a text file under {MAX_FILE_BYTES // 2**20} MB"
    )


def _read_fifo(fd: int, path: PathArg, idle_timeout: float) -> bytes:
    """Read a non-blocking FIFO up to one byte past the cap, waiting at most ``idle_timeout`` s for data."""
    chunks: list[bytes] = []
    size = 0
    hung_up = False  # a writer came and closed its end
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    deadline = time.monotonic() + idle_timeout
    while size <= MAX_FILE_BYTES:
        try:
            chunk = os.read(fd, min(_CHUNK, MAX_FILE_BYTES + 1 - size))
        except BlockingIOError:  # a writer is there, with nothing to say yet
            chunk = None
        if chunk:
            chunks.append(chunk)
            size += len(chunk)
            deadline = time.monotonic() + idle_timeout
            continue
        # EOF after data or after a writer left is the end; Linux also reports
        # EOF on a FIFO that no writer has opened yet, so then wait for one.
        if chunk == b"" and (chunks or hung_up):
            break
        left = deadline - time.monotonic()
        if left <= 0:
            raise InputError(
                f"no data for {idle_timeout:g} s from a named pipe (FIFO): no writer feeds it",
                path=path,
                expected="a FIFO whose writer sends the text and closes it",
            )
        events = poller.poll(left * 1000)
        hung_up = hung_up or any(ev & select.POLLHUP for _, ev in events)
    return b"".join(chunks)


def read_capped_bytes(path: str | os.PathLike[str], *, idle_timeout: float = STREAM_IDLE_SECONDS) -> bytes:
    """The bytes of ``path`` (file, device or FIFO), at most :data:`MAX_FILE_BYTES`.

    Raises :class:`InputError` naming the path when it is missing,
    unreadable, a folder, larger than the cap, or a FIFO that stays silent
    for ``idle_timeout`` seconds.
    """
    path = Path(path)
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise InputError("file not found", path=path, expected="an existing plan text file") from None
    except OSError as exc:
        raise InputError(f"cannot open file: {exc.strerror or exc}", path=path) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a folder", path=path, expected="a plan text file")
        if stat.S_ISFIFO(info.st_mode):
            data = _read_fifo(fd, path, idle_timeout)
        else:
            if stat.S_ISREG(info.st_mode) and info.st_size > MAX_FILE_BYTES:
                raise _too_large(path, info.st_size)
            os.set_blocking(fd, True)
            with os.fdopen(os.dup(fd), "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)  # a device or a growing file may not end
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=path) from None
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(path)
    return data


def decode_nonempty(data: bytes, *, path: PathArg, source: str | None = None) -> Decoded:
    """:func:`decode_bytes`, refusing input that holds no text (empty, BOM only, whitespace only)."""
    if not data.strip():
        raise InputError("file is empty", path=path, expected="plan text")
    decoded = decode_bytes(data, source=source or str(path))
    if not decoded.text.strip():
        raise InputError("file is empty", path=path, expected="plan text")
    return decoded


def read_stream_bytes(stream: BinaryIO, *, source: str = "<stdin>") -> bytes:
    """The bytes of a binary stream (standard input) read to its end, at most :data:`MAX_FILE_BYTES`."""
    try:
        data: bytes = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=source) from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(source)
    return data


def read_stream(stream: BinaryIO, *, source: str = "<stdin>") -> Decoded:
    """Decode a binary stream (standard input) read to its end, at most :data:`MAX_FILE_BYTES`."""
    return decode_nonempty(read_stream_bytes(stream, source=source), path=source)


def read_text(path_or_bytes: str | os.PathLike[str] | bytes, *, source: str | None = None) -> Decoded:
    """Read a file (or decode bytes) into text and the encoding it was in.

    Raises :class:`InputError` naming the file when it cannot be read, is
    empty, too large, or not text in one of the expected encodings.
    """
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        return decode_bytes(bytes(path_or_bytes), source=source)
    data = read_capped_bytes(path_or_bytes)
    return decode_nonempty(data, path=Path(path_or_bytes), source=source)
