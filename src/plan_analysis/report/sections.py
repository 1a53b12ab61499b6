"""The sections of a quarterly report, one method each, as HTML fragments.

The notebook asks :class:`Report` for sections; each method prepares plain
values (numbers formatted, wording looked up in ``catalogue.yaml``) and renders
a Jinja2 template from ``templates/`` with autoescaping on, so every piece of
text from the data (titles, names, sentences, notes) is escaped by the
template engine, not by the discipline of this module. A fragment is a
:class:`Fragment`: Jupyter shows its HTML, while nbval and plain consoles see a
short text summary, so notebook tests compare figures rather than markup.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field

import pandas as pd

from plan_analysis.report.assessment import (
    DEFAULT_THRESHOLDS,
    STATUSES,
    assess_progress,
    completion_coverage,
    infinite_values,
    is_finite,
    overall_completion,
    reporting_coverage,
    status_counts,
    summarize_by,
    value_decreases,
)
from plan_analysis.report.parameters import ReportParameters, validate_parameters
from plan_analysis.report.rendering import render, stylesheet
from plan_analysis.report.statuses import SUMMARY_KEY
from plan_analysis.report.wording import Wording, wording

SENTENCE_END = "。！？；\n"
# Full-width and ASCII punctuation that normalisation may swap; matched as equal.
_PUNCT_FOLD = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})
LOST = "\ufffd"  # what normalisation leaves where mojibake destroyed a character's bytes
_READING = re.compile(r"lost character read (\S+)")


class Fragment:
    """HTML for Jupyter (``_repr_html_``) with a plain-text summary (``repr``)."""

    def __init__(self, html_text: str, text: str, data: dict | None = None) -> None:
        self.html = html_text
        self.text = text
        self.data = data

    def _repr_html_(self) -> str:
        return self.html

    def _repr_json_(self):
        # Machine-readable figures travel in the notebook (application/json);
        # the HTML export shows only text/html. The runner reads the headline's.
        return self.data

    def __repr__(self) -> str:
        return self.text


@dataclass
class Report:
    """One quarterly report: validated parameters, the plan and its assessment."""

    params: ReportParameters
    plan: object
    assessment: pd.DataFrame
    data_root: object = None
    _source_cache: dict = field(default_factory=dict, repr=False)

    @property
    def lang(self) -> str:
        return self.params.lang

    @property
    def t(self) -> Wording:
        return wording(self.lang)

    def _render(self, template: str, **values) -> str:
        return render(template, t=self.t.entries, **values)

    # -- helpers -------------------------------------------------------------
    def title(self) -> str:
        meta = self.plan.meta
        if self.lang == "en":
            return meta.get("title_en") or meta["title"]
        return meta["title"]

    def name(self, row) -> str:
        if self.lang == "en" and isinstance(row.get("name_en"), str):
            return row["name_en"]
        return row["name_zh"]

    def status(self, status: str) -> dict:
        from plan_analysis.report.figures import STATUS_COLORS

        return {"color": STATUS_COLORS.get(status, "#555"), "label": self.t["statuses"][status]}

    def quantity(self, value, unit, qualifier="=") -> str:
        if not is_finite(value):
            return ""
        return self.t["qualifiers"].get(qualifier or "=", "") + format_quantity(float(value), unit, self.lang)

    def target_text(self, r) -> str:
        """The target as the plan states it (≤ 3.5%, 3–5项, 增长 6%)."""
        if r["qualifier"] == "range" and is_finite(r["high"]) and is_finite(r["target"]):
            return self.t(
                "range",
                low=format_quantity(r["target"], r["unit"], self.lang),
                high=format_quantity(r["high"], r["unit"], self.lang),
            )
        target = self.quantity(r["target"], r["unit"], r["qualifier"])
        return self.t("growth_target", value=target) if r["rule"] == "growth" and target else target

    def value_text(self, r) -> str:
        if r["kind"] == "milestone":
            return self.t["milestone_states"].get(r["milestone_status"], "")
        value = self.quantity(r["value"], r["unit"])
        return self.t("growth_value", value=value) if r["rule"] == "growth" and value else value

    # -- sections --------------------------------------------------------------
    def header(self) -> Fragment:
        from markupsafe import Markup

        p = self.params
        place = self.plan.meta.get("place_en" if self.lang == "en" else "place") or self.plan.meta.get("place", "")
        banners = []
        if getattr(self.plan, "draft", False):
            banners.append({"text": self.t["draft_banner"], "draft": True})
        if self.plan.illustrative:
            banners.append({"text": self.t("banner", place=place), "draft": False})
        toc = [
            {"anchor": a, "title": title, "children": [{"anchor": ca, "title": ct} for ca, ct in children]}
            for a, title, children in self.sections()
        ]
        html_text = self._render(
            "header.html.j2",
            stylesheet=Markup(stylesheet()),  # our own file, not data
            title=self.title(),
            subtitle=self.t("subtitle", quarter=p.quarter, as_of=p.as_of.isoformat()),
            banners=banners,
            toc=toc,
        )
        text = f"{self.title()} | {p.quarter} | {p.as_of.isoformat()}"
        text += (" | DRAFT" if getattr(self.plan, "draft", False) else "") + (
            " | ILLUSTRATIVE" if self.plan.illustrative else ""
        )
        return Fragment(html_text, text)

    def sections(self) -> list[tuple[str, str, list[tuple[str, str]]]]:
        t = self.t
        areas = [(f"pa-area-{i}", self.area_label(a)) for i, a in enumerate(self.areas(), 1)]
        return [
            ("pa-headline", t["headline"], []),
            ("pa-areas", t["by_area"], areas),
            ("pa-milestones", t["milestones"], []),
            ("pa-indicators", t["indicators"], []),
            ("pa-quality", t["quality"], []),
            ("pa-parameters", t["parameters"], []),
            ("pa-provenance", t["provenance"], []),
        ]

    def areas(self) -> list[str]:
        """The areas in the plan's order: those with rows, then those no row covers (shown as such)."""
        with_rows = list(dict.fromkeys(self.assessment["area"]))
        return with_rows + [a for a in self.uncovered_areas() if a not in with_rows]

    def uncovered_areas(self) -> list[str]:
        """Areas of the plan without any indicator row: "no quantified commitment found"."""
        return list(getattr(self.plan, "uncovered_areas", []) or [])

    def coverage(self, reported: int, total: int) -> str:
        """How many figures a mean averages ("（12 项中 5 项已报告）"); empty when there is nothing to average."""
        return self.t("coverage", reported=reported, total=total) if total else ""

    def area_label(self, area: str) -> str:
        """An area's name in the report's language (plan.yaml may map them: ``areas_en: {经济运行: Economy}``)."""
        names = self.plan.meta.get("areas_en") if self.lang == "en" else None
        return str(names.get(area, area)) if isinstance(names, dict) else area

    def headline(self) -> Fragment:
        t, a = self.t, self.assessment
        counts = status_counts(a)
        overall = overall_completion(a)
        tiles = [
            {**self.status(s), "count": int(counts[s])}
            for s in STATUSES
            if counts[s] or s not in ("within_limit", "outside_limit")
        ]
        kinds = a["kind"].astype(str)
        scored = t(
            "scored",
            indicators=t.count("n_indicators", int(counts.sum())),
            targets=t.count("n_targets", int((kinds == "target").sum())),
            milestones=t.count("n_milestones", int((kinds == "milestone").sum())),
            context=t.count("n_context", int((kinds == "descriptor").sum())),
        )
        judged = a["rule"].isin(["ceiling", "floor", "band", "growth"]).any()
        averaged, targets = completion_coverage(a)
        reported, total = reporting_coverage(a)
        html_text = self._render(
            "headline.html.j2",
            overall=percent(overall),
            coverage=self.coverage(averaged, targets),
            tiles=tiles,
            scored=scored,
            reported=t("reported_line", reported=reported, total=total) if total else "",
            limits_note=t["limits_note"] if judged else "",
        )
        text = (
            f"overall completion {percent(overall)} ({averaged} of {targets} targets reported; "
            f"{reported} of {total} scored indicators)\n" + "\n".join(f"{s}: {int(counts[s])}" for s in STATUSES)
        )
        return Fragment(html_text, text, {SUMMARY_KEY: self.summary()})

    def summary(self) -> dict:
        """What the report index shows about this report."""
        overall = overall_completion(self.assessment)
        p = self.params
        return {
            "plan_id": p.plan_id,
            "title": self.title(),
            "quarter": p.quarter,
            "as_of": p.as_of.isoformat(),
            "lang": p.lang,
            "illustrative": bool(self.plan.illustrative),
            "draft": bool(getattr(self.plan, "draft", False)),
            "counts": {k: int(v) for k, v in status_counts(self.assessment).items()},
            "overall_completion": None if math.isnan(overall) else round(overall, 6),
            "completion_coverage": list(completion_coverage(self.assessment)),
        }

    def area_counts(self, row) -> str:
        t = self.t
        parts = [t("area_count", label=t["statuses"][s], n=int(row[s])) for s in STATUSES if int(row[s])]
        return t["count_separator"].join(parts) or t["no_scored"]

    def by_area(self) -> Fragment:
        from plan_analysis.report.figures import bullet_chart, figure_to_svg, svg_data_uri

        t = self.t
        summary = summarize_by(self.assessment, "area")
        uncovered = set(self.uncovered_areas()) - set(self.assessment["area"])
        areas, lines = [], []
        for area, (anchor, label) in zip(self.areas(), self.sections()[1][2]):
            if area in uncovered:
                line = t["no_commitment"]
                areas.append(
                    {"anchor": anchor, "label": label, "line": line, "figure": None, "no_figure": "", "empty": True}
                )
                lines.append(f"{label}: {line}")
                continue
            # An area holding only descriptors has no scored row in the roll-up.
            row = (
                summary.loc[area]
                if area in summary.index
                else pd.Series(0, index=["indicators", "targets", "reported", *STATUSES])
            )
            targets = int(row.get("targets", 0))
            line = t(
                "area_line" if targets else "area_line_no_targets",
                indicators=t.count("n_area_indicators", int(row["indicators"])),
                counts=self.area_counts(row),
                completion=percent(row.get("completion")),
                coverage=self.coverage(int(row.get("reported", 0)), targets),
            )
            # No amount target, no bars: a sentence says so instead of an empty chart.
            figure = None
            if targets:
                figure = svg_data_uri(figure_to_svg(bullet_chart(self.assessment, area, self.lang, title=label)))
            areas.append(
                {
                    "anchor": anchor,
                    "label": label,
                    "line": line,
                    "figure": figure,
                    "no_figure": "" if targets else t["fig_no_targets"],
                    "empty": False,
                    "alt": f"{label}: {t['by_area']}",
                }
            )
            lines.append(f"{label}: {line}")
        return Fragment(self._render("by_area.html.j2", areas=areas), "\n".join(lines))

    def milestones(self) -> Fragment:
        from plan_analysis.report.figures import figure_to_svg, milestone_timeline, svg_data_uri

        rows = self.assessment[self.assessment["kind"] == "milestone"]
        if rows.empty:
            # No timeline and no table header without rows: one sentence says there is nothing to show.
            html_text = self._render("milestones.html.j2", figure=None, rows=[], empty=self.t["no_milestones"])
            return Fragment(html_text, "no milestones")
        svg = figure_to_svg(
            milestone_timeline(self.assessment, self.params.as_of, self.lang, plan_start=self.plan.period_start)
        )
        table = [
            {
                "name": self.name(r),
                "deadline": deadline_text(r),
                "status": self.status(r["status"]),
                "days": self.days(r),
                "note": _text(r["note"]),
            }
            for _, r in rows.iterrows()
        ]
        html_text = self._render("milestones.html.j2", figure=svg_data_uri(svg), rows=table, empty="")
        text = "\n".join(f"{r['id']}: {r['status']}" for _, r in rows.iterrows())
        return Fragment(html_text, text)

    def days(self, row) -> str:
        """Time to the deadline of a task not yet done ("" once it is done or unknown)."""
        n = row["days_to_deadline"]
        if n is None or n is pd.NA or row["status"] == "done":
            return ""
        n = int(n)
        if n == 0:
            return self.t["due_today"]
        return self.t.count("days_left", n) if n > 0 else self.t.count("days_over", -n)

    def indicator_table(self) -> Fragment:
        a = self.assessment
        scored = a[a["status"] != "context"]
        rows, lines = [], []
        for _, r in scored.iterrows():
            judged = r["rule"] in ("ceiling", "floor", "band", "growth")
            rows.append(
                {
                    "name": self.name(r),
                    "area": self.area_label(r["area"]),
                    "measure": " ".join(x for x in (_text(r["measure"]), _text(r["measure_title"])) if x),
                    "target": self.target_text(r) if r["kind"] == "target" else "",
                    "value": self.value_text(r),
                    "reported": "" if pd.isna(r["latest_as_of"]) else f"{r['latest_as_of']:%Y-%m-%d}",
                    "completion": self.t["not_a_share"] if judged else percent(r["completion"]),
                    "expected": self.t["not_a_share"] if judged else percent(r["expected"]),
                    "status": self.status(r["status"]),
                    "source": _text(r["source"]),
                    "published": self.published_source(r),
                    "sentence": self.source_cell(r),
                }
            )
            lines.append(f"{r['id']}: {r['status']} {percent(r['completion'])}")
        context = [
            {
                "name": self.name(r),
                "target": self.quantity(r["target"], r["unit"], r["qualifier"]),
                "sentence": self.source_cell(r),
            }
            for _, r in a[a["status"] == "context"].iterrows()
        ]
        history = self.history_rows()
        html_text = self._render("indicators.html.j2", rows=rows, context=context, history=history)
        return Fragment(html_text, "\n".join(lines))

    # -- tracked values: their published sources, history and projection ----------
    def published_source(self, r) -> dict | None:
        """The published sentence of the latest value (a row of ``plan-analysis track``), its figure marked."""
        progress = self.plan.progress
        if pd.isna(r["latest_as_of"]) or "sentence" not in progress.columns:
            return None
        rows = progress[(progress["indicator_id"] == r["id"]) & (progress["as_of"] == r["latest_as_of"])]
        rows = rows.dropna(subset=["sentence"])
        if rows.empty:
            return None
        row = rows.iloc[-1]
        sentence = str(row["sentence"])
        q0, q1 = _figure_in(sentence, row)
        piece = lambda a, b: [{"lost": False, "text": sentence[a:b]}] if b > a else []
        cell = {
            "found": True,
            "before": piece(0, q0),
            "phrase_before": [],
            "quantity": piece(q0, q1),
            "phrase_after": [],
            "after": piece(q1, len(sentence)),
            "raw": "",
        }
        return {"doc": _text(row["doc"]), "cell": cell, "label": self.t["published_in"]}

    def history_rows(self) -> list[dict]:
        """Each target's recorded values against its pace line, with the year-end projection."""
        from plan_analysis.report.projection import projections

        by_id = self.plan.indicators.set_index("id", drop=False)
        out = []
        for found in projections(self.plan, self.assessment):
            row = by_id.loc[found.indicator_id]
            unit = row["unit"]
            top = max([found.target, found.projected or 0.0] + [v for _, v in found.history]) or 1.0
            span = (found.period_end - found.period_start).days + 1

            def point(day, value, *, top=top, span=span, start=found.period_start) -> str:
                x = 4 + 212 * min(max(((day - start).days + 1) / span, 0.0), 1.0)
                return f"{x:.1f},{56 - 52 * value / top:.1f}"

            values = " ".join(point(d, v) for d, v in found.history)
            projection = None
            if found.projected is not None:
                projection = self.t("projection_value", value=format_quantity(found.projected, unit, self.lang))
            out.append(
                {
                    "name": self.name(row),
                    "line": values,
                    "dots": [point(d, v).split(",") for d, v in found.history],
                    "pace": f"{point(found.period_start, 0.0)} {point(found.period_end, found.target)}",
                    "projection_line": (
                        f"{point(*found.history[-1])} {point(found.period_end, found.projected)}"
                        if found.projected is not None
                        else ""
                    ),
                    "history": "；".join(
                        f"{d:%Y-%m-%d} {format_quantity(v, unit, self.lang)}" for d, v in found.history
                    ),
                    "projection": projection,
                    "at_risk": found.at_risk,
                }
            )
        return out

    # -- source sentences --------------------------------------------------------
    def source_span(self, phrase: str, anchor: tuple[int, int] | None = None):
        """(sentence_start, phrase_start, phrase_end, sentence_end) in the normalised text, or None.

        ``anchor`` is the curated span of the quantity (``span_start``,
        ``span_end``): when a phrase occurs more than once, the occurrence
        holding it is the one meant.
        """
        key = (phrase, anchor)
        if key in self._source_cache:
            return self._source_cache[key]
        text = self.plan.text.text
        haystack, needle = text, phrase
        if needle not in haystack:
            haystack, needle = text.translate(_PUNCT_FOLD), phrase.translate(_PUNCT_FOLD)
        starts, i = [], haystack.find(needle) if needle else -1
        while i >= 0:
            starts.append(i)
            i = haystack.find(needle, i + 1)
        if anchor is not None:
            starts = [i for i in starts if i < anchor[1] and anchor[0] < i + len(needle)] or starts
        span = None
        if starts:
            start = starts[0]
            end = start + len(phrase)
            s0 = max(text.rfind(c, 0, start) for c in SENTENCE_END) + 1
            ends = [i for i in (text.find(c, end) for c in SENTENCE_END) if i >= 0]
            s1 = min(ends) + 1 if ends else len(text)
            span = (s0, start, end, s1)
        self._source_cache[key] = span
        return span

    def source_cell(self, row) -> dict:
        """The source sentence of a row for the templates: its parts, the phrase marked, the quantity strong."""
        phrase = row["source_phrase"]
        anchor = _span(row)
        span = self.source_span(phrase, anchor)
        if span is None:
            return {"found": False, "phrase": phrase, "not_found": self.t["not_found"]}
        text = self.plan.text.text
        s0, p0, p1, s1 = span
        qty = row.get("quantity_text")
        q0 = q1 = p1
        if anchor is not None and p0 <= anchor[0] and anchor[1] <= p1:
            q0, q1 = anchor  # the curated offsets: exact even when the number occurs twice
        elif isinstance(qty, str) and qty and qty in text[p0:p1]:
            q0 = p0 + text[p0:p1].index(qty)
            q1 = q0 + len(qty)
        while s0 < p0 and text[s0].isspace():
            s0 += 1
        while s1 > p1 and text[s1 - 1].isspace():
            s1 -= 1
        raw = self.raw_text(s0, s1).strip()
        return {
            "found": True,
            "before": self.segments(s0, p0),
            "phrase_before": self.segments(p0, q0),
            "quantity": self.segments(q0, q1),
            "phrase_after": self.segments(q1, p1),
            "after": self.segments(p1, s1),
            "raw": raw if raw and raw != text[s0:s1].strip() else "",
            "raw_label": self.t["raw"],
        }

    def source_html(self, row) -> str:
        """The source sentence of a row as HTML (the cell of the indicator table)."""
        return self._render("source.html.j2", cell=self.source_cell(row))

    def segments(self, start: int, end: int) -> list[dict]:
        """``text[start:end]`` as pieces; each character lost to mojibake (U+FFFD) becomes a placeholder
        that says so, with the pinyin that survived in the raw text when there is one."""
        text = self.plan.text.text
        pieces, i = [], start
        for j in (k for k in range(start, end) if text[k] == LOST):
            if j > i:
                pieces.append({"lost": False, "text": text[i:j]})
            reading = self.lost_reading(j)
            title = self.t("lost_char_reading", reading=reading) if reading else self.t["lost_char"]
            pieces.append({"lost": True, "reading": reading, "title": title})
            i = j + 1
        if end > i:
            pieces.append({"lost": False, "text": text[i:end]})
        return pieces

    def lost_reading(self, offset: int) -> str:
        """The pinyin the scraper left beside a lost character (``?jī)`` → jī), or ""."""
        for flag in self.text_flags():
            if (
                flag.get("kind") == "mojibake-lost"
                and flag.get("start") is not None
                and flag["start"] <= offset < flag["end"]
            ):
                match = _READING.search(flag.get("detail") or "")
                return match.group(1) if match else ""
        return ""

    def text_flags(self) -> list[dict]:
        """The normaliser's flags as dicts (kind, start, end, detail)."""
        out = []
        for flag in list(getattr(self.plan.text, "flags", []) or []):
            get = flag.get if isinstance(flag, dict) else (lambda k, f=flag: getattr(f, k, None))
            out.append({k: get(k) for k in ("kind", "start", "end", "detail")})
        return out

    def raw_text(self, start: int, end: int) -> str:
        """The scraped text behind a normalised span (traditional characters, mojibake and all)."""
        return self.plan.text.raw_text(start, end)

    # -- data quality, parameters, provenance ------------------------------------
    def data_quality(self, *, stale_after_days: int = DEFAULT_THRESHOLDS.stale_after_days) -> Fragment:
        t, a = self.t, self.assessment
        notes: list[dict] = []
        if getattr(self.plan, "draft", False):
            notes.append({"head": t["q_draft"], "lines": []})
        if self.plan.illustrative:
            notes.append({"head": t["q_illustrative"], "lines": []})
        missing = a[a["status"] == "no_data"]
        if len(missing):
            notes.append({"head": t["q_missing"], "lines": [self.name(r) for _, r in missing.iterrows()]})
        stale = a[a["status"] == "stale"]
        if len(stale):
            notes.append(
                {
                    "head": t("q_stale", days=t.count("n_days", stale_after_days)),
                    "lines": [f"{self.name(r)} ({r['latest_as_of']:%Y-%m-%d})" for _, r in stale.iterrows()],
                }
            )
        rows = self.assessment.set_index("id")
        progress = self.plan.progress
        infinite = progress[(progress["as_of"] <= pd.Timestamp(self.params.as_of)) & infinite_values(progress)]
        if len(infinite):
            notes.append(
                {
                    "head": t["q_non_finite"],
                    "lines": [
                        t("q_non_finite_item", name=self.name(rows.loc[r.indicator_id]), as_of=f"{r.as_of:%Y-%m-%d}")
                        for r in infinite.itertuples(index=False)
                    ],
                }
            )
        decreases = self.decrease_notes()
        if decreases:
            notes.append({"head": t["q_decrease"], "lines": decreases})
        flags = self.text_flags()
        if flags:
            notes.append({"head": t("q_mojibake", n=len(flags)), "lines": [self.describe_flag(f) for f in flags]})
        unfound = [self.name(r) for _, r in a.iterrows() if self.source_span(r["source_phrase"], _span(r)) is None]
        if unfound:
            notes.append({"head": t["q_source_missing"], "lines": unfound})
        html_text = self._render("quality.html.j2", notes=notes)
        text = "\n".join(f"{n['head']} {len(n['lines'])}" for n in notes)
        return Fragment(html_text, text)

    def decrease_notes(self) -> list[str]:
        """One line per cumulative value below the previous report, in the report's language."""
        by_id = self.assessment.set_index("id")
        lines = []
        for d in value_decreases(self.plan.progress, self.params.as_of).itertuples(index=False):
            row = by_id.loc[d.indicator_id]
            lines.append(
                self.t(
                    "q_decrease_item",
                    name=self.name(row),
                    as_of=f"{d.as_of:%Y-%m-%d}",
                    value=format_quantity(d.value, row["unit"], self.lang),
                    previous=format_quantity(d.previous, row["unit"], self.lang),
                )
            )
        return lines

    def describe_flag(self, flag: dict) -> str:
        start, end = flag.get("start"), flag.get("end")
        if flag.get("kind") == "mojibake-lost" and start is not None:
            reading = self.lost_reading(start)
            return (
                self.t("q_mojibake_lost_reading", start=start, reading=reading)
                if reading
                else self.t("q_mojibake_lost", start=start)
            )
        if flag.get("kind") == "mojibake-repaired" and start is not None and end is not None:
            return self.t("q_mojibake_repaired", start=start, text=self.plan.text.text[start:end].replace(LOST, "□"))
        return " ".join(str(flag[k]) for k in ("kind", "detail") if flag.get(k))

    def parameters_table(self) -> Fragment:
        values = self.params.as_dict()
        html_text = self._render("parameters.html.j2", values=[(k, _text(v)) for k, v in values.items()])
        return Fragment(html_text, "\n".join(f"{k}={v}" for k, v in values.items()))

    def provenance(self) -> Fragment:
        from plan_analysis.report.provenance import provenance, reproduce_command

        info = provenance(self.plan, self.params.as_dict())
        html_text = self._render(
            "provenance.html.j2",
            files=info["inputs"],
            commit=info["git_commit"] or self.t["git_none"],
            versions=list(info["versions"].items()),
            rerun=self.t("rerun", command=reproduce_command(self.params, self.data_root)),
        )
        text = "\n".join(f"{f['file']} {f['sha256']}" for f in info["inputs"])
        return Fragment(html_text, text)


def build_report(plan_id, quarter, as_of=None, lang="zh", data_root=None) -> Report:
    """Validate the parameters, load the plan and assess it: everything a report shows."""
    from plan_analysis.plans.loading import load_plan

    params = validate_parameters(plan_id, quarter, as_of, lang, data_root)
    plan = load_plan(params.plan_id, data_root)
    return Report(params=params, plan=plan, assessment=assess_progress(plan, params.as_of), data_root=data_root)


def _figure_in(sentence: str, row) -> tuple[int, int]:
    """Where a tracked value's figure is in its sentence: the mention of that value and written length."""
    from plan_analysis.extract.quantities import iter_quantities
    from plan_analysis.extract.units import convert
    from plan_analysis.text.normalize import normalize_text

    length = None
    if not pd.isna(row.get("raw_start")) and not pd.isna(row.get("raw_end")):
        length = int(row["raw_end"]) - int(row["raw_start"])
    best = None
    for q in iter_quantities(normalize_text(sentence)):
        try:
            same = abs(convert(q.value, q.unit, str(row["unit"])) - float(row["value"])) <= 1e-9 * max(
                1.0, abs(float(row["value"]))
            )
        except (ValueError, KeyError, ArithmeticError):
            same = False
        if same and (best is None or len(q.text) == length):
            best = (q.start, q.end)
    return best or (0, 0)


def _span(row) -> tuple[int, int] | None:
    """The curated (span_start, span_end) of a row, when indicators.csv has them."""
    start, end = row.get("span_start"), row.get("span_end")
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        return None
    return int(start), int(end)


def _text(value) -> str:
    """A cell as text; a missing value is empty."""
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def percent(value) -> str:
    if not is_finite(value):
        return "–"
    return f"{value * 100:.0f}%"


def format_quantity(value: float, unit, lang: str = "zh") -> str:
    """A number in the indicator's unit, written as a reader expects (7.65亿元, 1.2万亩, 1.7公里)."""
    unit = _text(unit)
    if not is_finite(value):
        return "–"  # never "inf亿元"
    if unit == "元" and abs(value) >= 1e8:
        return f"{_trim(value / 1e8)}亿{unit}"
    if unit in ("元", "亩") and abs(value) >= 1e4:
        return f"{_trim(value / 1e4)}万{unit}"
    return f"{_trim(value)}{unit}"


def _trim(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def deadline_text(row) -> str:
    end = row["period_end"]
    date = "" if pd.isna(end) else f"{end:%Y-%m-%d}"
    words = row.get("deadline_text")
    return f"{date} ({words})" if isinstance(words, str) and words else date


_TAG = re.compile(r"<[^>]+>")


def plain_text(fragment_html: str) -> str:
    """Text of an HTML fragment without tags (for tests and summaries)."""
    return html.unescape(_TAG.sub("", fragment_html))
