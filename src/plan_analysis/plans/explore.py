"""Tables for researchers exploring a plan (``notebooks/explore_plan.ipynb``).

Each function takes a loaded :class:`~plan_analysis.plans.loading.Plan` and returns a
DataFrame or text, so the notebook stays a list of calls with prose between.
"""
from __future__ import annotations

import pandas as pd


def raw_vs_normalized(plan, sentences: int = 5) -> pd.DataFrame:
    """The first sentences of the normalised text beside the raw text they came from."""
    from plan_analysis.text.outline import outline

    text = plan.text
    rows = []
    for span in outline(text).sentences[:sentences]:
        rows.append({"normalized": text.text[span.start:span.end].strip(),
                     "raw": text.raw_text(span.start, span.end).strip()})
    return pd.DataFrame(rows, columns=["normalized", "raw"])


def flagged_spans(plan) -> pd.DataFrame:
    """What normalisation could not leave alone (mojibake repaired or lost), with the raw bytes' text."""
    text = plan.text
    rows = [{"kind": f.kind, "normalized": text.text[f.start:f.end], "raw": text.raw[f.raw_start:f.raw_end],
             "detail": f.detail} for f in text.flags]
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
    ex = extracted[["start", "text", "value", "unit", "qualifier", "kind"]].rename(columns={"kind": "kind_extracted", "qualifier": "qualifier_extracted"})
    ex = ex.assign(_key=ex["value"].round(6).astype(str) + ex["unit"], _n=ex.groupby(["value", "unit"]).cumcount())
    cu = curated[["id", "name_zh", "target", "unit", "qualifier", "kind"]].rename(
        columns={"kind": "kind_curated", "qualifier": "qualifier_curated", "target": "value"})
    cu = cu.assign(kind_curated=cu["kind_curated"].astype(str),
                   _key=cu["value"].round(6).astype(str) + cu["unit"], _n=cu.groupby(["value", "unit"]).cumcount())
    merged = ex.merge(cu.drop(columns=["value", "unit"]), on=["_key", "_n"], how="outer", indicator=True)
    merged["match"] = merged["_merge"].map({"both": "both", "left_only": "extracted only", "right_only": "curated only"}).astype(str)
    columns = ["text", "value", "unit", "qualifier_extracted", "kind_extracted", "id", "name_zh",
               "qualifier_curated", "kind_curated", "match"]
    # Text order; what the extractor missed comes last.
    merged = merged.sort_values("start", na_position="last", kind="stable")
    return merged[columns].reset_index(drop=True)


def quantification_by_area(plan, extracted: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per area: how many measures (一是, 二是 …) carry at least one numeric target."""
    from plan_analysis.text.outline import outline

    extracted = quantities(plan) if extracted is None else extracted
    tree = outline(plan.text)
    top = min((h.level for h in tree.headings), default=1)
    targets = extracted[extracted["kind"] == "target"]
    rows = []
    for area in (h for h in tree.headings if h.level == top):
        measures = [h for h in tree.headings if h.level > top and area.start <= h.start < area.end]
        with_target = sum(bool(((targets["measure"] == m.title) & (targets["area"] == area.title)).any()) for m in measures)
        rows.append({"area": area.title, "measures": len(measures), "with_numeric_target": with_target,
                     "share": with_target / len(measures) if measures else float("nan")})
    return pd.DataFrame(rows, columns=["area", "measures", "with_numeric_target", "share"])


def deadlines(plan, extracted: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every dated commitment: extracted targets with a deadline and the curated milestones."""
    extracted = quantities(plan) if extracted is None else extracted
    dated = extracted[extracted["deadline"].notna()]
    a = pd.DataFrame({"what": dated["text"], "deadline_text": dated["deadline"],
                      "deadline": pd.to_datetime(dated["deadline_end"]), "source": "extracted"})
    ms = plan.indicators[plan.indicators["kind"].astype(str) == "milestone"]
    b = pd.DataFrame({"what": ms["name_zh"], "deadline_text": ms["deadline_text"],
                      "deadline": ms["period_end"], "source": "curated milestone"})
    out = pd.concat([a, b], ignore_index=True)
    return out.sort_values(["deadline", "source", "what"], kind="stable").reset_index(drop=True)
