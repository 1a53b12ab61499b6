"""``reports/index.html``: every published report with its status counts, grouped by plan and quarter.

Rebuilt from the ``<stem>.json`` summaries of the published sets (see
:mod:`plan_analysis.report.publish`), so it never depends on which run came
last, and sorted so that the same set of reports always gives the same bytes.
Only complete sets are read: each pointer is resolved once, and a set shows
only when both its summary and its HTML are there.
"""

from __future__ import annotations

import json
import math
import os
from itertools import groupby
from pathlib import Path
from typing import Any

from plan_analysis.report.statuses import STATUS_LABELS, STATUSES

SUMMARY_SUFFIX = ".json"

# The page's markup: a Jinja2 template with autoescape on (data is escaped by default).
TEMPLATES = Path(__file__).with_name("templates")
INDEX_TEMPLATE = "index.html.j2"


def read_summaries(out_dir: Path) -> list[dict[str, Any]]:
    """Summaries of the complete published sets under ``out_dir`` (skipping hidden, _failed and broken ones)."""
    out_dir = Path(out_dir)
    rows = []
    for pointer in sorted(out_dir.glob("*/*/*")):
        plan, quarter, stem = pointer.relative_to(out_dir).parts
        if any(part.startswith(("_", ".")) for part in (plan, quarter, stem)) or not pointer.is_symlink():
            continue
        folder = Path(os.path.realpath(pointer))  # resolved once: one set, even if the pointer switches now
        json_path, html_path = folder / f"{stem}{SUMMARY_SUFFIX}", folder / f"{stem}.html"
        if not html_path.is_file():
            continue
        try:
            summary = json.loads(json_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(summary, dict):
            continue
        summary["href"] = f"{plan}/{quarter}/{stem}/{stem}.html"
        rows.append(summary)
    rows.sort(key=_order)
    return rows


def _order(s: dict[str, Any]) -> tuple[str, str, str, str]:
    return (str(s.get("plan_id", "")), str(s.get("quarter", "")), str(s.get("as_of", "")), str(s.get("lang", "")))


def render_index(summaries: list[dict[str, Any]]) -> str:
    """The index page: one group of rows per plan and quarter, self-contained, no script."""
    from jinja2 import Environment, FileSystemLoader

    groups = []
    for (plan_id, quarter), group in groupby(
        sorted(summaries, key=_order), key=lambda s: (s.get("plan_id"), s.get("quarter"))
    ):
        items = list(group)
        groups.append(
            {
                "plan_id": plan_id,
                "quarter": quarter,
                "reports": items,
                "title": next((s.get("title") for s in items if s.get("lang") == "zh"), items[0].get("title")),
                "anchor": f"{plan_id}-{quarter}",
            }
        )
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, keep_trailing_newline=True)
    template = environment.get_template(INDEX_TEMPLATE)
    return template.render(groups=groups, statuses=STATUSES, labels=STATUS_LABELS, percent=percent)


def percent(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value * 100:.0f}%"


def summary_json(summary: dict[str, Any]) -> str:
    return json.dumps(summary, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
