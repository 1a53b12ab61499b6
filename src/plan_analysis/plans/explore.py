"""Tables for researchers exploring a plan (``notebooks/explore_plan.ipynb``).

Each function takes a loaded :class:`~plan_analysis.plans.loading.Plan` and returns a
DataFrame or text, so the notebook stays a list of calls with prose between.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd


def raw_vs_normalized(plan, sentences: int = 5) -> pd.DataFrame:
    """The first sentences of the normalised text beside the raw text they came from."""
    from plan_analysis.text.outline import outline

    text = plan.text
    rows = []
    for span in outline(text).sentences[:sentences]:
        rows.append(
            {"normalized": text.text[span.start : span.end].strip(), "raw": text.raw_text(span.start, span.end).strip()}
        )
    return pd.DataFrame(rows, columns=["normalized", "raw"])


def flagged_spans(plan) -> pd.DataFrame:
    """What normalisation could not leave alone (mojibake repaired or lost), with the raw bytes' text."""
    text = plan.text
    rows = [
        {
            "kind": f.kind,
            "normalized": text.text[f.start : f.end],
            "raw": text.raw[f.raw_start : f.raw_end],
            "detail": f.detail,
        }
        for f in text.flags
    ]
    return pd.DataFrame(rows, columns=["kind", "normalized", "raw", "detail"])


def outline_tree(plan) -> str:
    """The plan's outline as an indented tree (areas, then their measures)."""
    from plan_analysis.text.outline import outline

    tree = outline(plan.text)
    top = min((h.level for h in tree.headings), default=1)
    lines = [f"{plan.title}" + (f" — {tree.author}" if tree.author else "")]
    areas = [h for h in tree.headings if h.level == top]
    for i, area in enumerate(areas):
        last_area = i == len(areas) - 1
        lines.append(("└─ " if last_area else "├─ ") + area.title)
        children = [h for h in tree.headings if h.level > top and area.start <= h.start < area.end]
        for j, child in enumerate(children):
            branch = "└─ " if j == len(children) - 1 else "├─ "
            lines.append(("   " if last_area else "│  ") + branch + child.title)
    return "\n".join(lines)


def quantities(plan) -> pd.DataFrame:
    """Every quantity the extractor finds in the plan's text."""
    from plan_analysis.extract.quantities import extract_quantities

    quarter = (plan.period_start.month - 1) // 3 + 1 if plan.period_start.month == plan.period_end.month - 2 else None
    return extract_quantities(plan.text, plan.plan_year, doc=plan.id, quarter=quarter)


def extracted_vs_curated(plan, extracted: pd.DataFrame | None = None) -> pd.DataFrame:
    """Extracted quantities against the curated table, matched on value and unit.

    ``match`` says where a quantity was found: ``both``, ``extracted only``
    (the extractor saw something the curator left out, or a false positive)
    or ``curated only`` (the extractor missed it).
    """
    extracted = quantities(plan) if extracted is None else extracted
    curated = plan.indicators[plan.indicators["kind"].astype(str) != "milestone"]
    ex = extracted[["start", "text", "value", "unit", "qualifier", "kind"]].rename(
        columns={"kind": "kind_extracted", "qualifier": "qualifier_extracted"}
    )
    ex = ex.assign(_key=ex["value"].round(6).astype(str) + ex["unit"], _n=ex.groupby(["value", "unit"]).cumcount())
    cu = curated[["id", "name_zh", "target", "unit", "qualifier", "kind"]].rename(
        columns={"kind": "kind_curated", "qualifier": "qualifier_curated", "target": "value"}
    )
    cu = cu.assign(
        kind_curated=cu["kind_curated"].astype(str),
        _key=cu["value"].round(6).astype(str) + cu["unit"],
        _n=cu.groupby(["value", "unit"]).cumcount(),
    )
    merged = ex.merge(cu.drop(columns=["value", "unit"]), on=["_key", "_n"], how="outer", indicator=True)
    merged["match"] = (
        merged["_merge"].map({"both": "both", "left_only": "extracted only", "right_only": "curated only"}).astype(str)
    )
    columns = [
        "text",
        "value",
        "unit",
        "qualifier_extracted",
        "kind_extracted",
        "id",
        "name_zh",
        "qualifier_curated",
        "kind_curated",
        "match",
    ]
    # Text order; what the extractor missed comes last.
    merged = merged.sort_values("start", na_position="last", kind="stable")
    return merged[columns].reset_index(drop=True)


def quantification_by_area(plan, extracted: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per area: how many measures (一是, 二是 …) carry at least one numeric target, and how many rows it has.

    An area without measure headings is one measure: its own text (a 十件实事
    plan's items are areas of a paragraph or two each). ``targets`` counts the
    extractor's targets in the area, ``rows`` the indicator table's rows;
    ``note`` says "no quantified commitment found" for an area without rows,
    which the reports list the same way.
    """
    from plan_analysis.extract.metadata import area_name
    from plan_analysis.text.outline import outline

    extracted = quantities(plan) if extracted is None else extracted
    tree = outline(plan.text)
    top = min((h.level for h in tree.headings), default=1)
    targets = extracted[extracted["kind"] == "target"]
    row_areas = plan.indicators["area"].astype(str).value_counts()
    rows = []
    for area in (h for h in tree.headings if h.level == top):
        measures = [h for h in tree.headings if h.level > top and area.start <= h.start < area.end]
        in_area = targets[targets["area"] == area.title]
        if measures:
            with_target = sum(bool((in_area["measure"] == m.title).any()) for m in measures)
        else:
            with_target = int(not in_area.empty)
        count = len(measures) or 1
        short = area_name(area.title) or area.title
        n_rows = int(row_areas.get(short, 0) + (row_areas.get(area.title, 0) if short != area.title else 0))
        rows.append(
            {
                "area": area.title,
                "measures": count,
                "with_numeric_target": with_target,
                "share": with_target / count,
                "targets": len(in_area),
                "rows": n_rows,
                "note": "" if n_rows else "no quantified commitment found",
            }
        )
    return pd.DataFrame(rows, columns=["area", "measures", "with_numeric_target", "share", "targets", "rows", "note"])


def uncovered_areas(plan) -> pd.DataFrame:
    """The plan's areas that no indicator row covers (see :attr:`Plan.uncovered_areas`)."""
    areas = list(getattr(plan, "uncovered_areas", []))
    return pd.DataFrame({"area": areas, "note": ["no quantified commitment found"] * len(areas)})


def deadlines(plan, extracted: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every dated commitment: extracted targets with a deadline and the curated milestones."""
    extracted = quantities(plan) if extracted is None else extracted
    dated = extracted[extracted["deadline"].notna()]
    a = pd.DataFrame(
        {
            "what": dated["text"],
            "deadline_text": dated["deadline"],
            "deadline": pd.to_datetime(dated["deadline_end"]),
            "source": "extracted",
        }
    )
    ms = plan.indicators[plan.indicators["kind"].astype(str) == "milestone"]
    b = pd.DataFrame(
        {
            "what": ms["name_zh"],
            "deadline_text": ms["deadline_text"],
            "deadline": ms["period_end"],
            "source": "curated milestone",
        }
    )
    out = pd.concat([a, b], ignore_index=True)
    return out.sort_values(["deadline", "source", "what"], kind="stable").reset_index(drop=True)


# ------------------------------------------------------------ review views

# Colours by kind, as in the report's legend order: targets, descriptors, milestones.
KIND_COLOURS = {"target": "#b7e1cd", "descriptor": "#e0e0e0", "milestone": "#fde2a7"}
_LOST = "\ufffd"
_PINYIN = re.compile(r"([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*)\)")

# The highlight view's markup: templates/highlight.html.j2, rendered with autoescape on.
TEMPLATES = Path(__file__).with_name("templates")
HIGHLIGHT_TEMPLATE = "highlight.html.j2"


def _lost_placeholders(plan) -> dict[int, tuple[str, str]]:
    """Normalised offset of each U+FFFD → (placeholder, tooltip), with the pinyin that survived."""
    text = plan.text
    lost_flags = [f for f in text.flags if f.kind == "mojibake-lost"]
    out: dict[int, tuple[str, str]] = {}
    for at in (i for i, ch in enumerate(text.text) if ch == _LOST):
        flag = next((f for f in lost_flags if f.start <= at < f.end), None)
        raw = text.raw[flag.raw_start : flag.raw_end] if flag else text.raw_text(at, at + 1)
        # The pinyin note of the lost character often survives the damage: ?zhèn) is 镇.
        pinyin = _PINYIN.search(raw)
        reading = pinyin.group(1) if pinyin else ""
        tip = (
            "a character lost to byte-shifted GBK mojibake in the scraped file"
            + (f"; its surviving pinyin note reads “{reading}”" if reading else "; nothing of it survived")
            + f" (raw bytes read as {raw!r})"
        )
        out[at] = ("□" + (f"({reading})" if reading else ""), tip)
    return out


def highlighted_text(plan, indicators: pd.DataFrame | None = None) -> str:
    """The normalised text as HTML, every row's span highlighted and coloured by kind.

    Text is escaped (Jinja2 autoescape). Where spans nest (a capacity inside
    a milestone's clause) the innermost colours the text and the milestone
    underlines it. Each U+FFFD (a lost character) shows as □ with the pinyin
    that survived beside it, and a tooltip saying what happened.
    """
    from jinja2 import Environment, FileSystemLoader

    text = plan.text.text
    rows = plan.indicators if indicators is None else indicators
    spans = [
        (int(r.span_start), int(r.span_end), str(r.kind), f"{r.id} · {r.kind} · {r.name_zh}")
        for r in rows.itertuples()
        if not pd.isna(r.span_start) and not pd.isna(r.span_end)
    ]
    cover: list[list[tuple]] = [[] for _ in range(len(text) + 1)]
    for span in spans:
        for i in range(max(0, span[0]), min(span[1], len(text))):
            cover[i].append(span)
    lost = _lost_placeholders(plan)
    runs: list[dict] = []
    key_of = lambda i: tuple(sorted(cover[i]))
    i = 0
    while i < len(text):
        key, j = key_of(i), i
        while j < len(text) and key_of(j) == key:
            j += 1
        inner = min(key, key=lambda s: s[1] - s[0]) if key else None
        parts, k = [], i
        for p in sorted(a for a in lost if i <= a < j):
            parts.append({"text": text[k:p], "lost": False})
            parts.append({"text": lost[p][0], "lost": True, "title": lost[p][1]})
            k = p + 1
        parts.append({"text": text[k:j], "lost": False})
        runs.append(
            {
                "kind": inner[2] if inner else None,
                "title": inner[3] if inner else "",
                "in_milestone": any(s[2] == "milestone" for s in key) and inner is not None and inner[2] != "milestone",
                "parts": [p for p in parts if p["text"]],
            }
        )
        i = j
    template = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True).get_template(HIGHLIGHT_TEMPLATE)
    return template.render(runs=runs, colours=KIND_COLOURS)


def unmatched_deadlines(plan, indicators: pd.DataFrame | None = None) -> pd.DataFrame:
    """Clauses with a time word (10月底, 年底前, 四季度 …) that no row covers: tasks the draft may have missed."""
    from plan_analysis.extract.deadlines import find_deadlines
    from plan_analysis.text.outline import outline

    text = plan.text.text
    rows = plan.indicators if indicators is None else indicators
    covered = [
        (int(r.span_start), int(r.span_end))
        for r in rows.itertuples()
        if not pd.isna(r.span_start) and not pd.isna(r.span_end)
    ]
    phrases = [p for p in rows["source_phrase"].dropna()]
    tree = outline(text)
    found = []
    for d in find_deadlines(text):
        sentence = tree.sentence_at(d.start)
        clause = next((c for c in tree.clauses(sentence) if c.start <= d.start < c.end), sentence)
        a, b = clause.start, clause.end
        phrase = text[a:b].strip(" ，,：:。；;")
        if any(x < b and a < y for x, y in covered) or any(phrase and phrase in p for p in phrases):
            continue
        found.append({"deadline_text": d.text, "clause": phrase, "area": tree.locate(d.start).area, "start": a})
    frame = pd.DataFrame(found, columns=["deadline_text", "clause", "area", "start"])
    return frame.drop_duplicates("start").reset_index(drop=True)


def rows_to_review(plan, indicators: pd.DataFrame | None = None, below: float | None = None) -> pd.DataFrame:
    """Drafted rows a person should check first: lowest confidence first (from the ``review`` column)."""
    from plan_analysis.plans.draft import REVIEW_BELOW, review_confidence

    rows = plan.indicators if indicators is None else indicators
    limit = REVIEW_BELOW if below is None else below
    confidence = rows["review"].map(review_confidence) if "review" in rows else pd.Series(1.0, index=rows.index)
    out = rows.assign(confidence=confidence)
    out = out[out["confidence"] < limit].sort_values(["confidence", "span_start"], kind="stable")
    return out[
        ["id", "kind", "area", "name_zh", "quantity_text", "deadline_text", "confidence", "review", "source_phrase"]
    ].reset_index(drop=True)
