"""Suggested progress rows: one per link, with its published source."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

import pandas as pd

from plan_analysis.extract.metadata import opens_with_sub_unit, place_level, title_place, title_places
from plan_analysis.track.documents import read_later_texts
from plan_analysis.track.figures import figures_of
from plan_analysis.track.linking import Link, link_figures, same_place, tracked_indicators

__all__ = ["ROW_FIELDS", "SuggestedRow", "rows_of_plan", "suggest_rows", "track_plan"]


@dataclass(frozen=True)
class SuggestedRow:
    """A progress row suggested from a published figure (fields in output order)."""

    indicator_id: str
    as_of: date
    value: float
    unit: str
    doc: str
    doc_sha256: str
    raw_start: int
    raw_end: int
    sentence: str
    confidence: float
    rule: str

    @property
    def conflict(self) -> bool:
        return self.rule.endswith("/conflict")

    def as_record(self) -> dict[str, Any]:
        record = {f.name: getattr(self, f.name) for f in fields(self)}
        record["as_of"] = self.as_of.isoformat()
        return record


ROW_FIELDS = [f.name for f in fields(SuggestedRow)]


def _row(link: Link) -> SuggestedRow:
    figure = link.figure
    # How sure: the weaker of the extractor's confidence in the figure and the name match.
    confidence = round(min(figure.confidence, 0.5 + 0.5 * link.similarity), 3)
    kind = "growth" if figure.growth else "level"
    rule = f"{kind}/name {link.similarity:.2f}/{figure.rule}" + ("/conflict" if link.conflict else "")
    return SuggestedRow(
        indicator_id=link.indicator.id,
        as_of=figure.as_of,
        value=link.value,
        unit=link.indicator.unit,
        doc=figure.doc,
        doc_sha256=figure.doc_sha256,
        raw_start=figure.raw_start,
        raw_end=figure.raw_end,
        sentence=figure.sentence,
        confidence=confidence,
        rule=rule,
    )


def _about_a_part(title: str, place: str) -> bool:
    """The title names a government unit of a lower level than the plan's place, and not
    the place itself (长沙县人民政府网 for 长沙市): the text reports on a part of it. (One of
    the same or a higher level may be the plan's own, its name guessed wrong.)"""
    if opens_with_sub_unit(title, place):
        return True  # 吴江11所新改扩建学校秋季投用 for 苏州市: its district named short
    about = title_place(title)
    if about is None or any(same_place(named, place) for named in title_places(title)):
        return False  # (2021年广西GDP增长7.5%，南宁市…领跑全区: about 广西 first)
    theirs, ours = place_level(about), place_level(place)
    return theirs is not None and ours is not None and theirs < ours


def suggest_rows(
    indicators: pd.DataFrame,
    plan_start: date,
    plan_end: date,
    sources: Iterable[str],
    *,
    plan_year: int | None = None,
    place: str | None = None,
    plan_text: str = "",
) -> list[SuggestedRow]:
    """Every suggested row for a plan's indicators from the later texts of ``sources``
    (``plan_text``, the plan's normalised text, tells which targets are another place's)."""
    tracked = tracked_indicators(indicators, plan_start, plan_end, plan_text=plan_text, place=place)
    rows: list[SuggestedRow] = []
    for text in read_later_texts(sources, plan_year=plan_year):
        headline = text.text.strip().split("\n", 1)[0] if text.text.strip() else text.title
        if place and _about_a_part(headline, place):
            continue  # a text about a part of the place (长沙县's page, tracked for 长沙市) reports that part
        figures = figures_of(
            text.mentions,
            doc=text.name,
            sha256=text.sha256,
            doc_year=text.year,
            title=text.title,
            plan_year=plan_year,
            published=text.published,
            document=text.text,
        )
        rows.extend(_row(link) for link in link_figures(figures, tracked, place=place))
    return rows


def track_plan(plan_id: str, sources: Iterable[str], data_root: Any = None) -> list[SuggestedRow]:
    """:func:`suggest_rows` for plan ``plan_id`` of the data root."""
    from plan_analysis.plans.loading import load_plan

    return rows_of_plan(load_plan(plan_id, data_root), sources)


def rows_of_plan(plan: Any, sources: Iterable[str]) -> list[SuggestedRow]:
    """:func:`suggest_rows` for a loaded plan (:class:`~plan_analysis.plans.loading.Plan`)."""
    return suggest_rows(
        plan.indicators,
        plan.period_start,
        plan.period_end,
        sources,
        plan_year=plan.plan_year,
        place=plan.meta.get("place"),
        plan_text=plan.text.text,
    )
