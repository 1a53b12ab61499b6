"""A corpus document's title, place and period, from the same guesses a draft makes.

The guessing itself is :func:`plan_analysis.extract.metadata.guess_metadata`
(the one ``plan-analysis draft`` writes into ``plan.yaml``); this module keeps
what a corpus table needs: the title only when the text has one (a draft may
compose one, a corpus row does not), the place, and the period as a short code
(``2025Q4``, ``2025H1``, ``2021-2025``, ``2025``; see
:func:`~plan_analysis.extract.metadata.period_code`). Each is None when the
text does not say.
"""

from __future__ import annotations

from typing import NamedTuple

from plan_analysis.extract.metadata import guess_metadata as guess_plan_metadata
from plan_analysis.extract.metadata import period_code
from plan_analysis.text.outline import outline

__all__ = ["DocumentGuess", "guess_metadata"]

# Characters read: the title, byline and preamble stand in the opening, and
# outline() costs per character -- a corpus row needs no more.
_HEAD = 2000


class DocumentGuess(NamedTuple):
    title: str | None
    place: str | None
    period: str | None


def guess_metadata(text: str, year: int | None = None) -> DocumentGuess:
    """Title, place and period of a normalised plan text (``year``: the plan year, if known)."""
    head = text[:_HEAD]
    tree = outline(head)
    meta = guess_plan_metadata(head, tree, year=year)
    return DocumentGuess(
        tree.title, meta["place"].value, period_code(meta["period_start"].value, meta["period_end"].value)
    )
