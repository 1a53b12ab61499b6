"""The structure of a plan: title, byline, areas, measures, sentences, clauses.

Plans come in a few shapes, all handled by the same rules:

* numbered headings ``一、`` (level 1), ``（一）`` (2), ``1.`` (3), ``(1)`` (4);
* short unnumbered heading lines (a line without sentence-final
  punctuation, ``厚植产业优势构建协同发展格局``) — level 1;
* a paragraph that opens with one short sentence and then lists
  ``一是…二是…`` (``聚焦经济运行，在…上实现新提速。一是…``): the opening
  sentence is an area (level 1), each ``X是`` item a measure (level 5) whose
  title is its first sentence and whose scope ends at the next item or at the
  paragraph's end.

A heading's scope runs to the next heading of the same or a higher level.
:meth:`Outline.locate` gives, for an offset, the area (outermost heading in
scope), the measure (innermost heading below it) and the sentence.

Sentences end at ``。！？；`` (and ASCII ``!?;``) or a line break: plans
separate parallel tasks with ``；``, and each such task is one commitment.
Clauses further split sentences at ``，,：:``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from plan_analysis.text.normalize import NormalizedText

__all__ = ["Heading", "Location", "Outline", "Span", "outline"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Heading:
    title: str
    level: int  # 1 area … 5 一是-style measure
    start: int  # where the heading text starts
    end: int  # end of its scope


# A heading as the parser first finds it: (level, start, title, scope end or None).
_RawHeading = tuple[int, int, str, int | None]


class Location(NamedTuple):
    """Area, measure and sentence of an offset. A named tuple rather than a
    frozen dataclass: the extractor makes one for every sentence that holds a
    mention, and a tuple is several times cheaper to make."""

    area: str | None
    measure: str | None
    sentence: str
    sentence_start: int
    sentence_end: int


# Starts with one character class, so the scan skips ahead fast.
_SENTENCE_END = re.compile(r"[。！？!?；;\n][。！？!?；;]*[”’」』)）]*")
_CLAUSE_BREAK = re.compile(r"[，,：:]")
_FINAL_PUNCT_CHARS = "。！？!?；;"
_FINAL_PUNCT = re.compile(f"[{_FINAL_PUNCT_CHARS}]")

_CN = "一二三四五六七八九十"
_NUMBERED = [
    (re.compile(rf"[{_CN}]{{1,3}}[、.]"), 1),
    (re.compile(rf"[(（][{_CN}]{{1,3}}[)）]、?"), 2),
    (re.compile(r"\d{1,2}[.．、](?!\d)"), 3),
    (re.compile(r"[(（]\d{1,2}[)）]、?"), 4),
]
_NUMBER_STARTS = frozenset(_CN + "(（")  # and the digits
# 一是/二是 … counts only at a paragraph's or sentence's start (checked in
# Python: a pattern starting with a character class scans fast).
_ITEM = re.compile(rf"[{_CN}]{{1,3}}是")  # bounded: a long run of numerals stays linear
_ITEM_PRECEDERS = frozenset("。；;！!？?：:，,\n")
_LEAD = 0  # placeholder level of a paragraph's lead sentence (see outline())
_BYLINE = re.compile(
    r"^[(（]?\s*(?:作者|记者|来源|编辑|责任编辑|责编|审核|通讯员|供稿|文|图)[\s:：系]"
    r"|^[(（][^)）]{0,30}(?:作者|记者|通讯员)[^)）]*[)）]$"
)
_TRAILING_BYLINE = re.compile(r"[(（][^()（）]{0,40}(?:作者|记者|通讯员)[^()（）]{0,40}[)）]\s*$")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")
_MAX_HEADING = 40


@dataclass
class Outline:
    """A plan's structure; build it with :func:`outline`."""

    text: str
    title: str | None = None
    author: str | None = None
    byline: list[str] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    _sentence_ends: list[int] = field(default_factory=list, repr=False)
    _stretches: tuple[list[int], list[tuple[str | None, str | None]]] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def sentences(self) -> list[Span]:
        """Sentence spans in text order (each includes its final punctuation)."""
        spans, start = [], 0
        for end in self._sentence_ends:
            if end > start:
                spans.append(Span(start, end))
            start = end
        return spans

    @property
    def areas(self) -> list[Heading]:
        top = min((x.level for x in self.headings), default=1)
        return [h for h in self.headings if h.level == top]

    @property
    def measures(self) -> list[Heading]:
        top = min((x.level for x in self.headings), default=1)
        return [h for h in self.headings if h.level > top]

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding ``offset``."""
        ends = self._sentence_ends
        k = bisect.bisect_right(ends, offset)
        if k >= len(ends):
            k = len(ends) - 1
        return Span(ends[k - 1] if k > 0 else 0, ends[k] if ends else len(self.text))

    def clauses(self, span: Span | None = None) -> list[Span]:
        """Clauses of one sentence (or of the whole text)."""
        span = span or Span(0, len(self.text))
        out, pos = [], span.start
        for m in _CLAUSE_BREAK.finditer(self.text, span.start, span.end):
            out.append(Span(pos, m.end()))
            pos = m.end()
        if pos < span.end:
            out.append(Span(pos, span.end))
        return out

    def locate(self, offset: int) -> Location:
        """Area, measure and sentence of a text offset (bisection: O(log headings))."""
        ends = self._sentence_ends
        return self.locate_in_sentence(min(bisect.bisect_right(ends, offset), len(ends) - 1), offset)

    def locate_in_sentence(self, i: int, offset: int) -> Location:
        """:meth:`locate` of an offset in the ``i``-th sentence (a caller that
        has found the sentence already saves a bisection)."""
        bounds, labels = self._stretches or self._located()
        k = bisect.bisect_right(bounds, offset) - 1
        area, measure = labels[k] if k >= 0 else (None, None)
        ends = self._sentence_ends
        start, end = (ends[i - 1] if i > 0 else 0), (ends[i] if ends else len(self.text))
        return Location(area, measure, self.text[start:end].strip(), start, end)

    def _located(self) -> tuple[list[int], list[tuple[str | None, str | None]]]:
        """(area, measure) on each stretch between heading bounds, by one sweep.

        Within a stretch the headings in scope do not change, and headings of
        one level never overlap, so at most one per level is in scope.
        """
        if self._stretches is not None:
            return self._stretches
        points = sorted({p for h in self.headings for p in (h.start, h.end)})
        starting: dict[int, list[Heading]] = {}
        for h in self.headings:
            if h.start < h.end:
                starting.setdefault(h.start, []).append(h)
        labels: list[tuple[str | None, str | None]] = []
        active: list[Heading] = []
        for p in points:
            active = [h for h in active if h.end > p] + starting.get(p, [])
            if not active:
                labels.append((None, None))
                continue
            holding = sorted(active, key=_LEVEL_START)
            measure = max(holding[1:], key=_LEVEL_START).title if len(holding) > 1 else None
            labels.append((holding[0].title, measure))
        self._stretches = (points, labels)
        return self._stretches


# The sort key of headings in scope, as a C-level getter (one call per heading
# per stretch: a long plan has tens of thousands).
_LEVEL_START = attrgetter("level", "start")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _numbering(line: str) -> tuple[int, int] | None:
    """(level, length of the number) if ``line`` starts with a heading number."""
    first = line[:1]
    # Most lines start with none of the characters a number starts with: one
    # test instead of four patterns (str.isdecimal is what \d matches).
    if first not in _NUMBER_STARTS and not first.isdecimal():
        return None
    for pattern, level in _NUMBERED:
        m = pattern.match(line)
        if m:
            return level, m.end()
    return None


def outline(source: str | NormalizedText) -> Outline:
    """Parse the structure of a plan text (str or NormalizedText)."""
    text = getattr(source, "text", source)
    if not isinstance(text, str):
        raise TypeError("outline() takes a str or a NormalizedText")
    result = Outline(text=text)
    ends = list(map(re.Match.end, _SENTENCE_END.finditer(text)))  # C-level map: no Python call per match
    if not ends or ends[-1] < len(text):
        ends.append(len(text))
    result._sentence_ends = ends

    raw_headings: list[_RawHeading] = []  # (level, start, title, scope end)
    body_started = False
    for start, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        lead = start + (len(line) - len(line.lstrip()))
        if _BYLINE.search(stripped):
            result.byline.append(stripped)
            continue
        numbered = _numbering(stripped)
        short = len(stripped) <= _MAX_HEADING and stripped[-1] not in _FINAL_PUNCT_CHARS
        # A title is a short first line with more text after it (a one-line
        # text is a sentence, not a title).
        if (
            not body_started
            and result.title is None
            and short
            and numbered is None
            and text[start + len(line) :].strip()
        ):
            if _NAME.fullmatch(stripped):
                result.author = stripped
            else:
                result.title = stripped
            continue
        if not body_started and result.author is None and _NAME.fullmatch(stripped):
            result.author = stripped
            continue
        if numbered is not None:
            level, n = numbered
            body = stripped[n:].strip()
            first = _FINAL_PUNCT.split(body, 1)[0]
            first = _CLAUSE_BREAK.split(first, 1)[0] if len(first) > _MAX_HEADING else first
            raw_headings.append((level, lead, first.strip(), None))
            body_started = True
            if short:
                continue
        elif short and len(stripped) >= 4 and not _CLAUSE_BREAK.search(stripped):
            raw_headings.append((1, lead, stripped, None))
            continue
        body_started = True
        trailing = _TRAILING_BYLINE.search(stripped)
        if trailing:
            result.byline.append(trailing.group().strip())
        _paragraph_items(text, lead, start + len(line), raw_headings)

    # A paragraph's lead sentence is an area in plans built of such paragraphs;
    # under numbered headings it only heads its own 一是/二是 list.
    has_numbered = any(level in (1, 2, 3) for level, *_ in raw_headings)
    raw_headings = [
        ((4 if has_numbered else 1) if level == _LEAD else level, start, title, end)
        for level, start, title, end in raw_headings
    ]
    result.headings = _scope(raw_headings, len(text))
    return result


def _paragraph_items(text: str, start: int, end: int, out: list[_RawHeading]) -> None:
    """Area lead sentence and 一是/二是 measures of one paragraph."""
    items = [
        m
        for m in _ITEM.finditer(text, start, end)
        if m.start() == start
        or text[m.start() - 1] in _ITEM_PRECEDERS
        or (text[m.start() - 1] == " " and text[start : m.start()].rstrip()[-1:] in _ITEM_PRECEDERS)
    ]
    if not items:
        return
    lead = text[start : items[0].start()].strip()
    if lead and len(lead) <= _MAX_HEADING + 10 and len(_FINAL_PUNCT.findall(lead)) <= 1:
        out.append((_LEAD, start, lead.rstrip("。；;！!？?：:，,"), None))
    for k, m in enumerate(items):
        item_end = items[k + 1].start() if k + 1 < len(items) else end
        body = text[m.end() : item_end]
        # The item's title is its first clause: 一是抓项目，新签约… → 抓项目.
        title = _CLAUSE_BREAK.split(_FINAL_PUNCT.split(body, 1)[0], 1)[0].strip()
        out.append((5, m.start(), title, item_end))


def _scope(raw: list[_RawHeading], n: int) -> list[Heading]:
    """A heading's scope ends at the next heading of the same or a higher level
    (one pass, with a stack of open headings whose levels rise upwards)."""
    raw.sort(key=lambda h: h[1])
    ends: list[int | None] = [end for _, _, _, end in raw]
    open_: list[int] = []  # headings whose end is not known yet
    for i, (level, start, _, end) in enumerate(raw):
        while open_ and raw[open_[-1]][0] >= level:
            ends[open_.pop()] = start
        if end is None:
            open_.append(i)
    return [
        Heading(title, level, start, n if (end := ends[i]) is None else end)
        for i, (level, start, title, _) in enumerate(raw)
    ]
