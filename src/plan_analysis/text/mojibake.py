"""Repair or flag byte-shifted GBK runs in scraped text.

How such a run arises: a stretch of GBK bytes is decoded starting one byte
late. Every two-byte character then pairs the trail byte of one character
with the lead byte of the next, giving rare characters (``。ㄗ髡呦店悵`` for
``（作者系陳``); an undecodable pair becomes ``?``; a pair landing in a
user-defined area vanishes; scrapers then fold full-width punctuation, so
``？`` and ``；`` show up as ASCII ``?`` and ``;``. Decoding re-synchronises
at the next ASCII byte. Pinyin notes (``鎮(zhèn)``) added before the damage
lose their opening parenthesis with the character they belonged to.

The repair re-encodes the characters after the ``?`` to GBK (ASCII ``?;,:!``
as the full-width forms they were), drops one byte and decodes again. It is
accepted only when the damaged run contains unusual characters and the result
is common text (level-1 GB2312 hanzi or punctuation after t2s). Everything
else that is clearly damaged (a lost character with its orphaned pinyin note,
``?zhèn)``; an unrepairable run, ``?;l(fā)``) is replaced by U+FFFD and
flagged, never dropped silently.

The only anchor is an ASCII ``?``; text without one is returned untouched, so
the pass costs one regex scan on clean text and is idempotent (its output
contains U+FFFD, not ``?``, where it changed something).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["LOST", "Repair", "find_repairs"]

LOST = "\ufffd"  # stands for characters whose bytes are lost

_ANCHOR = re.compile(r"\?+")

# A pinyin syllable carrying a tone mark (the annotator's notes always do).
_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_PINYIN = rf"[a-z{_TONE}]*[{_TONE}][a-z{_TONE}]*"
# An unrepairable run after the anchor: folded punctuation, maybe a trail
# byte read as an ASCII letter with that character's note (?;l(fā)), or the
# note of a character lost with its "(" (?zhèn)).
# Full-width forms count too, as they read the same once folded.
_DAMAGED_TAIL = re.compile(rf"[;?,:!；？，：！]*(?:[A-Za-zＡ-Ｚａ-ｚ]?[(（]({_PINYIN})[)）]|({_PINYIN})[)）])?")

# ASCII punctuation that was full-width before the scraper folded it.
_UNFOLD = {";": "；", "?": "？", ",": "，", ":": "：", "!": "！"}
_MAX_RUN = 40


@dataclass(frozen=True)
class Repair:
    """Replace ``text[start:end]`` by ``replacement``; ``kind`` names what was done."""

    start: int
    end: int
    replacement: str
    kind: str  # "mojibake-repaired" | "mojibake-lost"
    detail: str


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


# Punctuation a repaired run may contain; rarer symbols (＃, ㄗ, ┐) are the
# marks of a wrong shift, not of text.
_COMMON_PUNCT = frozenset("。，、；：？！“”‘’（）《》〈〉【】…—·　０１２３４５６７８９％．")


@lru_cache(maxsize=8192)
def _is_common(ch: str) -> bool:
    """Level-1 GB2312 hanzi (the 3,755 frequent ones) or common punctuation."""
    if ch in _COMMON_PUNCT:
        return True
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xD7


def _all_common(text: str) -> bool:
    return bool(text) and all(_is_common(ch) for ch in _t2s().convert(text))


# The run after an anchor that may hold shifted GBK pairs: more "?" only
# right after the anchor (folded "？" of this run, ??v深; a later "?" is the
# lost byte of the next run); folded punctuation; an ASCII letter only before
# a CJK character (a trail byte, ?v深 — before "(" it is a damaged note);
# any other non-ASCII character except spaces, tone letters and （）.
_PAYLOAD = re.compile(rf"\?*(?:[;,:!]|[A-Za-z](?=[^\x00-\x7f\s{_TONE}])|[^\x00-\x7f\s（）{_TONE}])*")


def _payload_end(text: str, p: int) -> int:
    """End of the run after an anchor that may hold shifted GBK pairs."""
    run = _PAYLOAD.match(text, p, min(len(text), p + _MAX_RUN))
    assert run is not None  # the pattern matches the empty string
    end = run.end()
    try:
        text[p:end].encode("gbk")
    except UnicodeEncodeError as exc:  # stop before the first non-GBK character
        end = p + exc.start
    return end


def _shift_decode(run: str) -> tuple[str, bool]:
    """Re-encode ``run`` as GBK, drop its first byte, decode; (text, orphan byte?)."""
    data = b"".join(_UNFOLD[ch].encode("gbk") if ch in _UNFOLD else ch.encode("gbk") for ch in run)[1:]
    out = []
    i, n = 0, len(data)
    while i < n:
        if data[i] < 0x80:
            out.append(chr(data[i]))
            i += 1
            continue
        if i + 1 >= n:
            return "".join(out), True
        try:
            out.append(data[i : i + 2].decode("gbk"))
        except UnicodeDecodeError:
            return "".join(out), True
        i += 2
    return "".join(out), False


def _try_shift_repair(text: str, a: int, p: int) -> Repair | None:
    end = _payload_end(text, p)
    if end - p < 1:
        return None
    # Only a run holding unusual characters is evidence of a shift: prefixes
    # must reach its second unusual character.
    payload = text[p:end]
    simplified = _t2s().convert(payload)
    if len(simplified) != len(payload):
        simplified = payload
    unusual = [i for i, ch in enumerate(simplified) if not _is_common(ch)]
    if len(unusual) < 2:
        return None  # one odd character is not evidence enough
    for stop in range(end, p + unusual[1], -1):
        run = text[p:stop]
        try:
            decoded, orphan = _shift_decode(run)
        except UnicodeEncodeError:
            continue
        if len(decoded) < 2 or not _all_common(decoded):
            continue  # a single common character is too likely by chance
        # Past the point where decoding re-synchronised, run and result agree:
        # keep that tail out of the edit so offsets there stay exact.
        while not orphan and len(run) > 1 and decoded and run[-1] == decoded[-1]:
            run, decoded, stop = run[:-1], decoded[:-1], stop - 1
        replacement = LOST + decoded + (LOST if orphan else "")
        detail = f"byte-shifted GBK {text[a:stop]!r} read as {decoded!r}"
        return Repair(a, stop, replacement, "mojibake-repaired", detail)
    return None


def find_repairs(text: str) -> list[Repair]:
    """Repairs and flags for every damaged run in ``text``, in order, non-overlapping."""
    if "?" not in text:
        return []
    repairs: list[Repair] = []
    pos = 0
    while True:
        m = _ANCHOR.search(text, pos)
        if m is None:
            break
        a, b = m.start(), m.end()
        # The first "?" is the lost byte; further ones were folded "？" that
        # belong to the shifted run.
        repair = _try_shift_repair(text, a, a + 1)
        if repair is None:
            tail = _DAMAGED_TAIL.match(text, b)
            assert tail is not None  # the pattern matches the empty string
            reading = tail.group(1) or tail.group(2)
            damaged = tail.end() > b or b - a > 1 or (a > 0 and text[a - 1] == "?")
            if reading or (damaged and _cjk_around(text, a, tail.end())):
                detail = f"unrepairable GBK run {text[a : tail.end()]!r}"
                if reading:
                    detail += f"; lost character read {reading}"
                repair = Repair(a, tail.end(), LOST, "mojibake-lost", detail)
        if repair is None:
            pos = b
            continue
        repairs.append(repair)
        pos = repair.end
    return repairs


# What may stand between a damaged run and its CJK neighbour: spaces, and
# on the left pinyin notes (both go later in normalisation).
_LEFT_FILLER = re.compile(rf"(?:\s|[(（]{_PINYIN}[)）])+$")
_RIGHT_FILLER = re.compile(r"\s+")


def _cjk_around(text: str, start: int, end: int) -> bool:
    """True if the nearest real character on either side is CJK."""
    filler = _LEFT_FILLER.search(text, max(0, start - 40), start)
    left = filler.start() if filler else start
    filler = _RIGHT_FILLER.match(text, end)
    right = filler.end() if filler else end
    before = text[left - 1] if left > 0 else ""
    after = text[right] if right < len(text) else ""
    return any("\u3400" <= ch <= "\u9fff" for ch in (before, after) if ch)
