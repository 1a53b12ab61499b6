"""Bytes → str for scraped plan texts, whatever their encoding.

Order of trust: a byte-order mark says it outright; strict UTF-8 almost never
decodes text that is not UTF-8; GB18030 is the superset every mainland page
falls back to; charset-normalizer decides the rest (Big5, UTF-16 without BOM
…). Binary input (NUL bytes, mostly control characters) is refused with an
:class:`~plan_analysis.errors.InputError`, never passed on as mojibake.
"""
from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from plan_analysis.errors import InputError

__all__ = ["Decoded", "decode_bytes", "read_text", "EXPECTED_ENCODINGS", "MAX_FILE_BYTES"]

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
def _t2s():
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


def read_text(path_or_bytes: str | os.PathLike[str] | bytes, *, source: str | None = None) -> Decoded:
    """Read a file (or decode bytes) into text and the encoding it was in.

    Raises :class:`InputError` naming the file when it cannot be read or is
    not text in one of the expected encodings.
    """
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        return decode_bytes(bytes(path_or_bytes), source=source)
    path = Path(path_or_bytes)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"file is {size / 2**20:.1f} MB, too large for a plan text",
                path=path, expected=f"a text file under {MAX_FILE_BYTES // 2**20} MB",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("file not found", path=path, expected="an existing plan text file") from None
    except OSError as exc:
        raise InputError(f"cannot open file: {exc.strerror or exc}", path=path) from None
    if not data.strip():
        raise InputError("file is empty", path=path, expected="plan text")
    return decode_bytes(data, source=source or str(path))
