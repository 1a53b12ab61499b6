"""``reports/index.html``: every published report with its status counts.

Rebuilt from the ``<as_of>.json`` summaries the runner writes beside each
report, so it never depends on which run came last, and sorted so that the
same set of reports always gives the same bytes.
"""
from __future__ import annotations

import html
import json
import math
from pathlib import Path

from plan_analysis.report.statuses import STATUS_LABELS, STATUSES

SUMMARY_SUFFIX = ".json"

STYLE = """<style>
body{font-family:"Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei",sans-serif;margin:2em;line-height:1.5}
table{border-collapse:collapse}th,td{border:1px solid #ddd;padding:.3em .6em;text-align:left}
th{background:#f5f5f5}td.n{text-align:right}.ill{color:#8a6d00;font-weight:bold}
</style>"""


def read_summaries(out_dir: Path) -> list[dict]:
    """Summaries of the published reports under ``out_dir`` (skipping _failed and broken files)."""
    out_dir = Path(out_dir)
    rows = []
    for path in sorted(out_dir.glob(f"*/*/*{SUMMARY_SUFFIX}")):
        if path.parts[-3].startswith("_") or path.name.startswith("."):
            continue
        html_path = path.with_suffix(".html")
        if not html_path.is_file():
            continue
        try:
            summary = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        summary["href"] = html_path.relative_to(out_dir).as_posix()
        rows.append(summary)
    rows.sort(key=lambda s: (s.get("plan_id", ""), s.get("quarter", ""), s.get("as_of", ""), s.get("lang", "")))
    return rows


def render_index(summaries: list[dict]) -> str:
    """The index page: a table of reports, self-contained, no script."""
    head = "".join(f"<th>{esc(STATUS_LABELS['zh'][s])}<br>{esc(STATUS_LABELS['en'][s])}</th>" for s in STATUSES)
    body = []
    for s in summaries:
        counts = s.get("counts", {})
        cells = "".join(f'<td class="n">{esc(counts.get(k, 0))}</td>' for k in STATUSES)
        flag = '<span class="ill">示例数据 / illustrative</span>' if s.get("illustrative") else ""
        body.append(
            f'<tr><td><a href="{esc(s["href"])}">{esc(s.get("title", s.get("plan_id")))}</a><br>{flag}</td>'
            f"<td>{esc(s.get('plan_id'))}</td><td>{esc(s.get('quarter'))}</td><td>{esc(s.get('as_of'))}</td>"
            f"<td>{esc(s.get('lang'))}</td><td class=\"n\">{esc(percent(s.get('overall_completion')))}</td>{cells}</tr>"
        )
    rows = "".join(body) or '<tr><td colspan="12">尚无报告 / no reports yet</td></tr>'
    return (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        f"<title>进展报告索引 / Report index</title>\n{STYLE}\n</head>\n<body>\n"
        "<h1>进展报告索引 / Report index</h1>\n"
        '<table id="reports"><thead><tr><th>报告 / Report</th><th>plan</th><th>季度 / quarter</th>'
        f"<th>截至 / as of</th><th>lang</th><th>完成率 / completion</th>{head}</tr></thead>\n"
        f"<tbody>{rows}</tbody></table>\n</body>\n</html>\n"
    )


def esc(value) -> str:
    return "" if value is None else html.escape(str(value), quote=True)


def percent(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value * 100:.0f}%"


def summary_json(summary: dict) -> str:
    return json.dumps(summary, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
