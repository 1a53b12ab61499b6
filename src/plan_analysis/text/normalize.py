"""Scraped plan text → clean simplified text, with a map back to the original.

Steps, in this order (each one's reason in its comment):

1. decode bytes (:mod:`plan_analysis.text.decoding`);
2. repair or flag byte-shifted GBK runs (:mod:`plan_analysis.text.mojibake`) —
   first, because the repair needs the characters exactly as damaged;
3. fold full-width forms (see ``_FOLD``) — before note removal, so a note
   written with full-width parentheses is removed on the first pass;
4. remove pinyin notes ``檢驗(yàn)`` → ``檢驗``; real parentheses stay;
5. normalise whitespace;
6. traditional → simplified with OpenCC ``t2s`` (last: it keeps lengths).

The offset map is one :class:`OffsetStep` per step that changed lengths
(repairs, notes, whitespace); :meth:`NormalizedText.to_raw`,
:meth:`NormalizedText.raw_span` and :meth:`NormalizedText.to_normalized`
walk them by bisection. A span inside a replacement maps to the whole
replaced raw span (``纵`` → ``??v``); repairs and damage are listed in
``flags``.

Punctuation choice: digits, Latin letters, ``％ ． － ＋ ～ （ ） ／`` and the
other full-width ASCII forms fold to ASCII, since numbers, ranges, units and
``台(套)`` then have one spelling. The Chinese sentence and clause marks
``，；：！？`` are *kept* (as are ``。、“”《》``): they split sentences and
clauses, and folding ``，`` into ``,`` would confuse them with thousands
separators. Texts that already use ASCII ``,;:`` are handled downstream too.

Whitespace: runs of spaces, tabs and ideographic spaces become one space; a
run holding one line break becomes ``\\n``, more become ``\\n\\n``; spaces at
line ends and at both ends of the text go; zero-width characters go.

``normalize_text`` is idempotent and leaves simplified, note-free, already
normal text unchanged.
"""

from __future__ import annotations

import bisect
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from operator import sub
from pathlib import Path
from typing import Any

from plan_analysis.text.decoding import decode_bytes, read_text
from plan_analysis.text.mojibake import Repair, find_repairs

__all__ = ["NormalizedText", "OffsetStep", "TextFlag", "normalize_file", "normalize_text"]


@dataclass(frozen=True)
class TextFlag:
    """A span worth a reader's attention: a repair made or damage left."""

    start: int  # in the normalised text
    end: int
    raw_start: int  # in the decoded raw text
    raw_end: int
    kind: str  # "mojibake-repaired" | "mojibake-lost"
    detail: str


class OffsetStep:
    """The offset map of one normalisation step: its edits, in both coordinates.

    Edit k replaced input [in_starts[k], in_ends[k]) by ``lengths[k]``
    characters starting at output offset ``out_starts[k]``. Between edits,
    offsets shift by a constant. Kept as parallel lists built with C-level
    ``map``/``accumulate`` (a heavily annotated text has an edit every few
    characters); offsets are mapped lazily by bisection, only when asked.
    """

    __slots__ = ("in_ends", "in_starts", "lengths", "out_starts")

    def __init__(self, in_starts: list[int], in_ends: list[int], lengths: list[int]):
        self.in_starts = in_starts
        self.in_ends = in_ends
        self.lengths = lengths
        removed = accumulate(map(sub, map(sub, in_ends, in_starts), lengths), initial=0)
        self.out_starts: list[int] = list(map(sub, in_starts, removed))

    def __len__(self) -> int:
        return len(self.in_starts)

    def back(self, i: int, *, right: bool = False) -> int:
        """Input offset of output offset ``i``; a ``right`` end covers a replacement."""
        probe = i - 1 if right else i
        k = bisect.bisect_right(self.out_starts, probe) - 1
        if k < 0:
            return i
        out_end = self.out_starts[k] + self.lengths[k]
        if probe < out_end:  # inside a replacement (never true for a deletion)
            return self.in_ends[k] if right else self.in_starts[k]
        return self.in_ends[k] + (i - out_end)

    def back_span(self, start: int, end: int) -> tuple[int, int]:
        """``(back(start), back(end, right=True))`` in one call (the extractor's hot path)."""
        out_starts, lengths, in_starts, in_ends = self.out_starts, self.lengths, self.in_starts, self.in_ends
        k = bisect.bisect_right(out_starts, start) - 1
        if k >= 0:
            out_end = out_starts[k] + lengths[k]
            start = in_starts[k] if start < out_end else in_ends[k] + (start - out_end)
        probe = end - 1
        k = bisect.bisect_right(out_starts, probe) - 1
        if k >= 0:
            out_end = out_starts[k] + lengths[k]
            end = in_ends[k] if probe < out_end else in_ends[k] + (end - out_end)
        return start, end

    def ascending_back_span(self) -> Callable[[int, int], tuple[int, int]]:
        """:meth:`back_span` for spans given in ascending order (an extractor's
        mentions): a function of ``(start, end)``, ``start < end``.

        It remembers the stretch between two edits that the last span fell in,
        where every offset shifts by one constant; a span inside that stretch
        (most of them: a text has far fewer edits than mentions) is mapped by
        two comparisons and an addition, and only a span past it pays for the
        bisection. Any order gives the right answer; ascending is what is fast.
        """
        out_starts, lengths, in_ends = self.out_starts, self.lengths, self.in_ends
        back_span, bisect_right = self.back_span, bisect.bisect_right
        n = len(out_starts)
        # The stretch [lo, hi) and its shift; before the first edit, shift 0.
        lo, hi, shift = 0, (out_starts[0] if n else sys.maxsize), 0

        def back(start: int, end: int) -> tuple[int, int]:
            nonlocal lo, hi, shift
            if lo <= start and end <= hi:
                return start + shift, end + shift
            k = bisect_right(out_starts, start) - 1
            if k >= 0:  # the stretch after edit k, if start lies past its replacement
                out_end = out_starts[k] + lengths[k]
                if start >= out_end:
                    lo, hi, shift = out_end, (out_starts[k + 1] if k + 1 < n else sys.maxsize), in_ends[k] - out_end
            return back_span(start, end)

        return back

    def forward(self, p: int, *, right: bool = False) -> int:
        """Output offset of input offset ``p`` (inverse of :meth:`back`)."""
        probe = p - 1 if right else p
        k = bisect.bisect_right(self.in_starts, probe) - 1
        if k < 0:
            return p
        if probe < self.in_ends[k]:
            return self.out_starts[k] + (self.lengths[k] if right else 0)
        return self.out_starts[k] + self.lengths[k] + (p - self.in_ends[k])


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text, the raw text it came from, and the map between them."""

    text: str
    raw: str
    encoding: str | None = None
    source: str | None = None
    flags: tuple[TextFlag, ...] = ()
    steps: tuple[OffsetStep, ...] = field(default=(), repr=False, compare=False)

    def __str__(self) -> str:
        return self.text

    def __len__(self) -> int:
        return len(self.text)

    def _check(self, start: int, end: int) -> None:
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}:{end} outside text of length {len(self.text)}")

    def to_raw(self, i: int) -> int:
        """Raw offset of normalised offset ``i`` (0 ≤ i ≤ len(text))."""
        self._check(i, i)
        for step in reversed(self.steps):
            i = step.back(i)
        return i

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw span of normalised ``text[start:end]`` (covers whole replacements)."""
        self._check(start, end)
        if start == end:
            a = self.to_raw(start)
            return a, a
        for step in reversed(self.steps):
            start, end = step.back_span(start, end)
        return start, end

    def raw_text(self, start: int, end: int) -> str:
        """The raw text behind normalised ``text[start:end]``."""
        a, b = self.raw_span(start, end)
        return self.raw[a:b]

    def to_normalized(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """Smallest normalised span whose raw span covers raw [raw_start, raw_end)."""
        if not 0 <= raw_start <= raw_end <= len(self.raw):
            raise IndexError(f"span {raw_start}:{raw_end} outside raw text of length {len(self.raw)}")
        for step in self.steps:
            raw_start, raw_end = step.forward(raw_start), step.forward(raw_end, right=raw_end > raw_start)
        return raw_start, max(raw_start, raw_end)


# ---------------------------------------------------------------- the steps

# Full-width ASCII forms FF01–FF5E fold to ASCII, except the Chinese clause
# and sentence marks kept for splitting (see module docstring).
_KEEP_FULLWIDTH = set("，；：！？")
_FOLD: dict[int, int | str] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _KEEP_FULLWIDTH}
_FOLD.update({ord("〜"): "~", ord("﹪"): "%", ord("\u00a0"): " ", ord("\u3000"): " "})

_FOLDABLE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in _FOLD) + "]")
_FOLD_CHAR = {chr(k): (v if isinstance(v, str) else chr(v)) for k, v in _FOLD.items()}

_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_INVISIBLE_CHARS = "\u200b-\u200d\u2060\ufeff"
# A pinyin note: one or more Latin syllables with a tone mark (or ü) in ASCII
# parentheses (full-width ones are folded by now), right after a CJK
# character. The pattern starts with a literal "(" and looks behind it for
# the CJK character, so the scan skips ahead fast (a heavily annotated text
# has a note every ten characters).
_CJK_CLASS = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_SYLLABLE = rf"\([a-z{_TONE}]*[{_TONE}][a-z{_TONE}]*\)"
_NOTE = re.compile(rf"\((?<={_CJK_CLASS}\()[a-z{_TONE}]*[{_TONE}][a-z{_TONE}]*\)(?:{_SYLLABLE})*")
# Invisible characters and stray controls go first, before any step that
# looks at neighbours (mojibake, notes): removing them later could make
# neighbours of characters that were not, and a second pass would then
# change the text again.
_INVISIBLE_OR_CONTROL = re.compile(rf"[{_INVISIBLE_CHARS}\x00-\x08\x0e-\x1b\x7f]+")


# The same pattern as one capturing group: ``split`` then yields kept text and
# notes in turn, all at C speed (a heavily annotated text has 10⁵ notes).
_NOTE_SPLIT = re.compile(f"({_NOTE.pattern})")


def _note_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _NOTE.finditer(text)]


def _remove_notes(text: str) -> tuple[str, OffsetStep | None]:
    pieces = _NOTE_SPLIT.split(text)
    if len(pieces) == 1:
        return text, None
    bounds = list(accumulate(map(len, pieces), initial=0))  # bounds[i] = start of piece i
    starts, ends = bounds[1:-1:2], bounds[2::2]
    return "".join(pieces[0::2]), OffsetStep(starts, ends, [0] * len(starts))


# Whitespace: any run of \s. The class spells out what \s means for str
# patterns: an explicit class scans faster than the category.
_SPACE_CHARS = "\t-\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SPACE = re.compile(f"[{_SPACE_CHARS}]+")
# Only the runs that change: two or more characters, one other than a plain
# space or line break, or one at either end of the text. A lone " " or "\n"
# inside the text (most of them) costs no Python call.
# Written as one whitespace character followed by the alternatives (a run,
# a character other than " " or "\n", the text's first or last character)
# rather than as four alternatives, so that the pattern starts with a
# character class: the scan then skips from one whitespace character to the
# next in C instead of trying every alternative at every position. The
# matches are those of [S]{2,}|[O]|\A[S]|[S]\Z (S: _SPACE_CHARS, O:
# _ODD_SPACE_CHARS), tried in that order (a test compares the two).
_ODD_SPACE_CHARS = "\t\x0b-\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"  # not " " or "\n"
_SPACE_TO_EDIT = re.compile(
    f"[{_SPACE_CHARS}](?:[{_SPACE_CHARS}]+|(?<=[{_ODD_SPACE_CHARS}])|(?<=\\A[{_SPACE_CHARS}])|\\Z)"
)
_LINE_BREAK = re.compile(r"\r\n?|[\n\u2028\u2029\x0b\x0c\x1c-\x1e\x85]")


def _space_replacement(run: str, at_edge: bool) -> str:
    if at_edge:
        return ""
    breaks = len(_LINE_BREAK.findall(run))
    if breaks >= 2:
        return "\n\n"
    if breaks == 1:
        return "\n"
    if run == " ":
        return run
    return " "


def _substitute(
    pattern: re.Pattern[str], text: str, replace: Callable[[re.Match[str]], str]
) -> tuple[str, OffsetStep | None]:
    """``pattern.sub`` that records its edits (skipping no-op replacements)."""
    in_starts: list[int] = []
    in_ends: list[int] = []
    lengths: list[int] = []

    def record(m: re.Match[str]) -> str:
        repl = replace(m)
        if repl != m.group():
            in_starts.append(m.start())
            in_ends.append(m.end())
            lengths.append(len(repl))
        return repl

    out = pattern.sub(record, text)
    if not in_starts:
        return text, None
    return out, OffsetStep(in_starts, in_ends, lengths)


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


_LINE = re.compile(r"[^\n]*\n?")


def _to_simplified(text: str) -> tuple[str, OffsetStep | None]:
    """OpenCC t2s. It keeps lengths in practice; if a phrase ever changes
    length, the lines concerned become single (opaque) edits of the map."""
    out: str = _t2s().convert(text)
    if len(out) == len(text):
        return out, None
    convert: Callable[[str], str] = _t2s().convert
    return _substitute(_LINE, text, lambda m: convert(m.group()))


def _apply_repairs(text: str, repairs: Sequence[Repair]) -> tuple[str, OffsetStep | None]:
    if not repairs:
        return text, None
    parts, pos = [], 0
    for r in repairs:
        parts.append(text[pos : r.start])
        parts.append(r.replacement)
        pos = r.end
    parts.append(text[pos:])
    step = OffsetStep([r.start for r in repairs], [r.end for r in repairs], [len(r.replacement) for r in repairs])
    return "".join(parts), step


# ---------------------------------------------------------------- public API


def normalize_text(raw: str | bytes, *, source: str | None = None, encoding: str | None = None) -> NormalizedText:
    """Normalise plan text (str, or bytes in any supported encoding).

    Raises :class:`~plan_analysis.errors.InputError` for bytes that are not
    text. Never raises for any ``str``.
    """
    if isinstance(raw, (bytes, bytearray, memoryview)):
        decoded = decode_bytes(bytes(raw), source=source)
        raw, encoding = decoded.text, decoded.encoding
    steps: list[OffsetStep] = []

    text, step = _substitute(_INVISIBLE_OR_CONTROL, raw, lambda m: "")
    if step is not None:
        steps.append(step)
    repairs = find_repairs(text)
    text, step_of_repairs = _apply_repairs(text, repairs)
    if step_of_repairs is not None:
        steps.append(step_of_repairs)
    # Folding keeps lengths, so it needs no step of its own.
    text = _FOLDABLE.sub(lambda m: _FOLD_CHAR[m.group()], text)
    # Notes are plain deletions: spans from one scan, the text rebuilt from the
    # slices between them (a heavily annotated text has a note every few
    # characters, so no Python callback per note).
    text, step = _remove_notes(text)
    if step is not None:
        steps.append(step)
    n = len(text)
    text, step = _substitute(
        _SPACE_TO_EDIT, text, lambda m: _space_replacement(m.group(), m.start() == 0 or m.end() == n)
    )
    if step is not None:
        steps.append(step)
    text, step = _to_simplified(text)
    if step is not None:
        steps.append(step)

    result = NormalizedText(text=text, raw=raw, encoding=encoding, source=source, steps=tuple(steps))
    if repairs:
        # Repairs were found after the invisible characters went: their raw
        # span goes back through that first step.
        first = steps[0] if steps[0] is not step_of_repairs else None
        flags = []
        for r in repairs:
            raw_start, raw_end = (first.back(r.start), first.back(r.end, right=True)) if first else (r.start, r.end)
            flags.append(TextFlag(*result.to_normalized(raw_start, raw_end), raw_start, raw_end, r.kind, r.detail))
        object.__setattr__(result, "flags", tuple(flags))
    return result


def normalize_file(path: str | os.PathLike[str]) -> NormalizedText:
    """Read, decode and normalise one file (InputError if it is not text)."""
    decoded = read_text(path)
    return normalize_text(decoded.text, source=str(Path(path)), encoding=decoded.encoding)
