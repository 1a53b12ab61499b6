"""HTML fragments that the quarterly-report notebook displays, one per section.

Every piece of text that comes from data (plan titles, indicator names, source
sentences, notes, sources, file names) goes through :func:`esc`; markup is
only ever written by this module. A fragment is a :class:`Fragment`: Jupyter
shows its HTML, while nbval and plain consoles see a short text summary, so
notebook tests compare figures rather than markup.

All wording exists in Chinese and English (``TEXT``); the notebook holds no
prose that would end up in the report.
"""
from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field

import pandas as pd

from plan_analysis.report.assessment import DEFAULT_THRESHOLDS, STATUS_LABELS, STATUSES, assess_progress, overall_completion, status_counts, summarize_by
from plan_analysis.report.parameters import ReportParameters, validate_parameters
from plan_analysis.report.statuses import SUMMARY_KEY


def esc(value) -> str:
    """Escape any value for HTML text or a quoted attribute; missing values become empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
        return ""
    return html.escape(str(value), quote=True)


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


TEXT = {
    "zh": {
        "subtitle": "{quarter} 季度进展报告 · 截至 {as_of}",
        "banner": "示例数据，非官方统计：本报告所用进展数据为演示而编制，并非{place}公布的数字。",
        "toc": "目录",
        "headline": "总体情况",
        "overall": "量化目标平均完成率",
        "scored": "纳入评估的指标 {n} 项（量化目标 {targets} 项、节点任务 {milestones} 项），另有背景数据 {context} 项不评分。",
        "by_area": "分领域进展",
        "area_line": "{n} 项指标：{counts}。量化目标平均完成率 {completion}。",
        "milestones": "节点任务",
        "indicators": "指标明细",
        "quality": "数据质量说明",
        "parameters": "报告参数",
        "provenance": "来源与可复现信息",
        "col_indicator": "指标",
        "col_target": "目标",
        "col_value": "最新值",
        "col_as_of": "数据日期",
        "col_completion": "完成率",
        "col_expected": "应完成进度",
        "col_status": "状态",
        "col_deadline": "期限",
        "col_source": "原文依据",
        "col_report_source": "数据来源",
        "col_note": "备注",
        "col_area": "领域",
        "col_measure": "举措",
        "col_file": "输入文件",
        "col_param": "参数",
        "col_param_value": "取值",
        "col_package": "软件",
        "col_version": "版本",
        "raw": "原始文本",
        "not_found": "（未在规范化文本中找到此句）",
        "q_missing": "以下指标截至报告日暂无任何进展数据：",
        "q_stale": "以下指标最近一次更新距报告日超过 {days} 天：",
        "q_flag": "以下数据被标记，请核实：",
        "q_mojibake": "原始文本中有 {n} 处乱码（GBK 错位解码），已修复或以 U+FFFD 标出：",
        "q_source_missing": "以下指标的原文依据未能在规范化文本中定位：",
        "q_none": "未发现数据质量问题。",
        "q_illustrative": "进展数据为示例数据（plan.yaml 中 progress_illustrative: true）。",
        "git": "代码版本（git commit）",
        "git_none": "不可用",
        "rerun": "复现：{command}",
        "days_left": "剩余 {n} 天",
        "days_over": "已过期 {n} 天",
        "context_heading": "背景数据（不评分）",
    },
    "en": {
        "subtitle": "Progress report {quarter} · as of {as_of}",
        "banner": "Illustrative data, not official statistics: the progress figures in this report were invented for demonstration; {place} has not published them.",
        "toc": "Contents",
        "headline": "Headline",
        "overall": "Mean completion of quantified targets",
        "scored": "{n} indicators assessed ({targets} quantified targets, {milestones} milestones); {context} context figures are not scored.",
        "by_area": "Progress by area",
        "area_line": "{n} indicators: {counts}. Mean completion of targets {completion}.",
        "milestones": "Milestones",
        "indicators": "Indicators",
        "quality": "Data quality notes",
        "parameters": "Parameters",
        "provenance": "Provenance",
        "col_indicator": "Indicator",
        "col_target": "Target",
        "col_value": "Latest value",
        "col_as_of": "Reported",
        "col_completion": "Completion",
        "col_expected": "Expected",
        "col_status": "Status",
        "col_deadline": "Deadline",
        "col_source": "Source sentence",
        "col_report_source": "Data source",
        "col_note": "Note",
        "col_area": "Area",
        "col_measure": "Measure",
        "col_file": "Input file",
        "col_param": "Parameter",
        "col_param_value": "Value",
        "col_package": "Software",
        "col_version": "Version",
        "raw": "raw text",
        "not_found": "(sentence not found in the normalised text)",
        "q_missing": "No progress reported by the as-of date for:",
        "q_stale": "Last update more than {days} days before the as-of date:",
        "q_flag": "Flagged entries to check:",
        "q_mojibake": "The raw text has {n} mojibake runs (GBK decoded one byte off), repaired or marked with U+FFFD:",
        "q_source_missing": "Source phrase not found in the normalised text for:",
        "q_none": "No data quality problems found.",
        "q_illustrative": "The progress log is illustrative (progress_illustrative: true in plan.yaml).",
        "git": "Code version (git commit)",
        "git_none": "unavailable",
        "rerun": "Re-run: {command}",
        "days_left": "{n} days left",
        "days_over": "{n} days past",
        "context_heading": "Context figures (not scored)",
    },
}

QUALIFIER_TEXT = {
    "zh": {"=": "", ">=": "≥ ", "<=": "≤ ", "~": "约 ", "range": ""},
    "en": {"=": "", ">=": "≥ ", "<=": "≤ ", "~": "about ", "range": ""},
}
MILESTONE_TEXT = {
    "zh": {"not_started": "未开始", "in_progress": "进行中", "done": "已完成"},
    "en": {"not_started": "not started", "in_progress": "in progress", "done": "done"},
}
SENTENCE_END = "。！？；\n"
# Full-width and ASCII punctuation that normalisation may swap; matched as equal.
_PUNCT_FOLD = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})

STYLE = """
<style>
.pa-report{font-family:"Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei",sans-serif;line-height:1.6;max-width:1100px}
.pa-banner{background:#fff3cd;border:2px solid #e0a800;color:#5c4400;padding:.6em 1em;font-weight:bold;margin:1em 0}
.pa-tiles{display:flex;flex-wrap:wrap;gap:.6em;margin:.6em 0}
.pa-tile{border:1px solid #ddd;border-left:6px solid var(--c);padding:.4em .8em;min-width:7em}
.pa-tile b{display:block;font-size:1.6em}
.pa-table{border-collapse:collapse;font-size:.9em;margin:.5em 0}
.pa-table th,.pa-table td{border:1px solid #ddd;padding:.25em .5em;vertical-align:top;text-align:left!important}
.pa-table th{background:#f5f5f5}
.pa-num{text-align:right!important;white-space:nowrap}
.pa-status{white-space:nowrap;font-weight:bold;color:var(--c)}
.pa-source mark{background:#fff59d}
.pa-source mark strong{color:#b71c1c}
.pa-raw{color:#777;font-size:.85em}
.pa-figure{max-width:100%;height:auto;display:block;margin:.5em 0}
.pa-toc ol{margin:.2em 0}
.pa-code{font-family:monospace;font-size:.85em;word-break:break-all}
</style>
"""


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
    def t(self) -> dict[str, str]:
        return TEXT[self.lang]

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

    def status_html(self, status: str) -> str:
        from plan_analysis.report.figures import STATUS_COLORS

        color = STATUS_COLORS.get(status, "#555")
        return f'<span class="pa-status" style="--c:{color}">{esc(STATUS_LABELS[self.lang][status])}</span>'

    def quantity(self, value, unit, qualifier="=") -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return ""
        return QUALIFIER_TEXT[self.lang].get(qualifier or "=", "") + format_quantity(float(value), unit, self.lang)

    # -- sections --------------------------------------------------------------
    def header(self) -> Fragment:
        t, p = self.t, self.params
        place = self.plan.meta.get("place_en" if self.lang == "en" else "place") or self.plan.meta.get("place", "")
        parts = [STYLE, '<div class="pa-report">', f"<h1 id=\"pa-title\">{esc(self.title())}</h1>",
                 f"<p>{esc(t['subtitle'].format(quarter=p.quarter, as_of=p.as_of.isoformat()))}</p>"]
        if self.plan.illustrative:
            parts.append(f'<div class="pa-banner" role="note">{esc(t["banner"].format(place=place))}</div>')
        parts.append(self._toc())
        parts.append("</div>")
        text = f"{self.title()} | {p.quarter} | {p.as_of.isoformat()}" + (" | ILLUSTRATIVE" if self.plan.illustrative else "")
        return Fragment("".join(parts), text)

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

    def _toc(self) -> str:
        items = []
        for anchor, title, children in self.sections():
            sub = "".join(f'<li><a href="#{a}">{esc(c)}</a></li>' for a, c in children)
            items.append(f'<li><a href="#{anchor}">{esc(title)}</a>' + (f"<ol>{sub}</ol>" if sub else "") + "</li>")
        return f'<nav class="pa-toc" id="pa-toc"><h2>{esc(self.t["toc"])}</h2><ol>{"".join(items)}</ol></nav>'

    def areas(self) -> list[str]:
        return list(dict.fromkeys(self.assessment["area"]))

    def area_label(self, area: str) -> str:
        """An area's name in the report's language (plan.yaml may map them: ``areas_en: {经济运行: Economy}``)."""
        names = self.plan.meta.get("areas_en") if self.lang == "en" else None
        return str(names.get(area, area)) if isinstance(names, dict) else area

    def headline(self) -> Fragment:
        from plan_analysis.report.figures import STATUS_COLORS

        t, a = self.t, self.assessment
        counts = status_counts(a)
        overall = overall_completion(a)
        tiles = "".join(
            f'<div class="pa-tile" style="--c:{STATUS_COLORS[s]}"><b>{int(counts[s])}</b>{esc(STATUS_LABELS[self.lang][s])}</div>'
            for s in STATUSES
        )
        kinds = a["kind"].astype(str)
        scored = t["scored"].format(
            n=int(counts.sum()), targets=int((kinds == "target").sum()),
            milestones=int((kinds == "milestone").sum()), context=int((kinds == "descriptor").sum()),
        )
        body = (f'<div class="pa-report"><h2 id="pa-headline">{esc(t["headline"])}</h2>'
                f'<p>{esc(t["overall"])}: <b class="pa-overall">{esc(percent(overall))}</b></p>'
                f'<div class="pa-tiles">{tiles}</div><p>{esc(scored)}</p></div>')
        text = "overall completion " + percent(overall) + "\n" + "\n".join(f"{s}: {int(counts[s])}" for s in STATUSES)
        return Fragment(body, text, {SUMMARY_KEY: self.summary()})

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
            "counts": {k: int(v) for k, v in status_counts(self.assessment).items()},
            "overall_completion": None if math.isnan(overall) else round(overall, 6),
        }

    def by_area(self) -> Fragment:
        from plan_analysis.report.figures import bullet_chart, figure_to_svg, svg_img

        t = self.t
        summary = summarize_by(self.assessment, "area")
        parts = ['<div class="pa-report">', f'<h2 id="pa-areas">{esc(t["by_area"])}</h2>']
        lines = []
        for area, (anchor, label) in zip(self.areas(), self.sections()[1][2]):
            row = summary.loc[area]
            counts = "、".join(
                f"{STATUS_LABELS[self.lang][s]} {int(row[s])}" for s in STATUSES if int(row[s])
            ) if self.lang == "zh" else ", ".join(f"{int(row[s])} {STATUS_LABELS['en'][s]}" for s in STATUSES if int(row[s]))
            line = t["area_line"].format(n=int(row["indicators"]), counts=counts, completion=percent(row["completion"]))
            svg = figure_to_svg(bullet_chart(self.assessment, area, self.lang, title=label))
            parts += [f'<h3 id="{anchor}">{esc(label)}</h3>', f"<p>{esc(line)}</p>",
                      svg_img(svg, f"{label}: {t['by_area']}")]
            lines.append(f"{label}: {line}")
        parts.append("</div>")
        return Fragment("".join(parts), "\n".join(lines))

    def milestones(self) -> Fragment:
        from plan_analysis.report.figures import figure_to_svg, milestone_timeline, svg_img

        t = self.t
        svg = figure_to_svg(milestone_timeline(self.assessment, self.params.as_of, self.lang, plan_start=self.plan.period_start))
        rows = self.assessment[self.assessment["kind"] == "milestone"]
        body = "".join(
            f"<tr><td>{esc(self.name(r))}</td><td>{esc(deadline_text(r))}</td>"
            f"<td>{self.status_html(r['status'])}</td><td class=\"pa-num\">{esc(self.days(r))}</td>"
            f"<td>{esc(r['note'])}</td></tr>"
            for _, r in rows.iterrows()
        )
        head = "".join(f"<th>{esc(t[c])}</th>" for c in ("col_indicator", "col_deadline", "col_status"))
        table = f'<table class="pa-table"><thead><tr>{head}<th></th><th>{esc(t["col_note"])}</th></tr></thead><tbody>{body}</tbody></table>'
        html_text = (f'<div class="pa-report"><h2 id="pa-milestones">{esc(t["milestones"])}</h2>'
                     f'{svg_img(svg, t["milestones"])}{table}</div>')
        text = "\n".join(f"{r['id']}: {r['status']}" for _, r in rows.iterrows())
        return Fragment(html_text, text)

    def days(self, row) -> str:
        n = row["days_to_deadline"]
        if n is None or n is pd.NA:
            return ""
        return self.t["days_left"].format(n=int(n)) if n >= 0 else self.t["days_over"].format(n=-int(n))

    def indicator_table(self) -> Fragment:
        t = self.t
        a = self.assessment
        scored = a[a["status"] != "context"]
        cols = ("col_indicator", "col_target", "col_value", "col_as_of", "col_completion", "col_expected",
                "col_status", "col_report_source", "col_source")
        head = "".join(f"<th>{esc(t[c])}</th>" for c in cols)
        rows, lines = [], []
        for _, r in scored.iterrows():
            target = self.quantity(r["target"], r["unit"], r["qualifier"]) if r["kind"] == "target" else ""
            if r["qualifier"] == "range" and not pd.isna(r["high"]):
                target = format_quantity(r["target"], r["unit"], self.lang) + "–" + format_quantity(r["high"], r["unit"], self.lang)
            value = (self.quantity(r["value"], r["unit"]) if r["kind"] == "target"
                     else MILESTONE_TEXT[self.lang].get(r["milestone_status"], ""))
            reported = "" if pd.isna(r["latest_as_of"]) else f"{r['latest_as_of']:%Y-%m-%d}"
            rows.append(
                f"<tr><td>{esc(self.name(r))}<br><span class=\"pa-raw\">{esc(self.area_label(r['area']))} · {esc(r['measure'])} {esc(r['measure_title'])}</span></td>"
                f"<td class=\"pa-num\">{esc(target)}</td><td class=\"pa-num\">{esc(value)}</td><td>{esc(reported)}</td>"
                f"<td class=\"pa-num\">{esc(percent(r['completion']))}</td><td class=\"pa-num\">{esc(percent(r['expected']))}</td>"
                f"<td>{self.status_html(r['status'])}</td><td>{esc(r['source'])}</td>"
                f"<td>{self.source_html(r)}</td></tr>"
            )
            lines.append(f"{r['id']}: {r['status']} {percent(r['completion'])}")
        context = a[a["status"] == "context"]
        ctx_rows = "".join(
            f"<tr><td>{esc(self.name(r))}</td><td class=\"pa-num\">{esc(self.quantity(r['target'], r['unit'], r['qualifier']))}</td>"
            f"<td>{self.source_html(r)}</td></tr>"
            for _, r in context.iterrows()
        )
        ctx_head = "".join(f"<th>{esc(t[c])}</th>" for c in ("col_indicator", "col_target", "col_source"))
        html_text = (
            f'<div class="pa-report"><h2 id="pa-indicators">{esc(t["indicators"])}</h2>'
            f'<table class="pa-table pa-indicators"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
            f'<h3>{esc(t["context_heading"])}</h3>'
            f'<table class="pa-table pa-context"><thead><tr>{ctx_head}</tr></thead><tbody>{ctx_rows}</tbody></table></div>'
        )
        return Fragment(html_text, "\n".join(lines))

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
        starts, i = [], haystack.find(needle)
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

    def source_html(self, row) -> str:
        phrase = row["source_phrase"]
        anchor = _span(row)
        span = self.source_span(phrase, anchor)
        if span is None:
            return f'<span class="pa-source">{esc(phrase)}</span> <span class="pa-raw">{esc(self.t["not_found"])}</span>'
        text = self.plan.text.text
        s0, p0, p1, s1 = span
        qty = row.get("quantity_text")
        q0 = q1 = None
        if anchor is not None and p0 <= anchor[0] and anchor[1] <= p1:
            q0, q1 = anchor  # the curated offsets: exact even when the number occurs twice
        elif isinstance(qty, str) and qty and qty in text[p0:p1]:
            q0 = p0 + text[p0:p1].index(qty)
            q1 = q0 + len(qty)
        if q0 is None:
            inner = esc(text[p0:p1])
        else:
            inner = esc(text[p0:q0]) + "<strong>" + esc(text[q0:q1]) + "</strong>" + esc(text[q1:p1])
        out = (f'<span class="pa-source">{esc(text[s0:p0].lstrip())}<mark>{inner}</mark>{esc(text[p1:s1].rstrip())}</span>')
        raw = self.raw_text(s0, s1)
        if raw and raw.strip() != text[s0:s1].strip():
            out += (f'<details class="pa-raw"><summary>{esc(self.t["raw"])}</summary>'
                    f'<span lang="zh-Hant">{esc(raw.strip())}</span></details>')
        return out

    def raw_text(self, start: int, end: int) -> str:
        """The scraped text behind a normalised span (traditional characters, mojibake and all)."""
        return self.plan.text.raw_text(start, end)

    # -- data quality, parameters, provenance ------------------------------------
    def data_quality(self, *, stale_after_days: int = DEFAULT_THRESHOLDS.stale_after_days) -> Fragment:
        t, a = self.t, self.assessment
        notes: list[tuple[str, list[str]]] = []
        if self.plan.illustrative:
            notes.append((t["q_illustrative"], []))
        missing = a[a["status"] == "no_data"]
        if len(missing):
            notes.append((t["q_missing"], [self.name(r) for _, r in missing.iterrows()]))
        stale = a[a["status"] == "stale"]
        if len(stale):
            notes.append((t["q_stale"].format(days=stale_after_days),
                          [f"{self.name(r)} ({r['latest_as_of']:%Y-%m-%d})" for _, r in stale.iterrows()]))
        flagged = a[a["flag"].notna()]
        if len(flagged):
            notes.append((t["q_flag"], [f"{self.name(r)}: {r['flag']}" for _, r in flagged.iterrows()]))
        flags = list(getattr(self.plan.text, "flags", []) or [])
        if flags:
            notes.append((t["q_mojibake"].format(n=len(flags)), [describe_flag(f) for f in flags]))
        unfound = [self.name(r) for _, r in a.iterrows() if self.source_span(r["source_phrase"], _span(r)) is None]
        if unfound:
            notes.append((t["q_source_missing"], unfound))
        items = "".join(
            f"<li>{esc(head)}" + (("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in sub) + "</ul>") if sub else "") + "</li>"
            for head, sub in notes
        ) or f"<li>{esc(t['q_none'])}</li>"
        html_text = f'<div class="pa-report"><h2 id="pa-quality">{esc(t["quality"])}</h2><ul>{items}</ul></div>'
        text = "\n".join(f"{head} {len(sub)}" for head, sub in notes)
        return Fragment(html_text, text)

    def parameters_table(self) -> Fragment:
        t = self.t
        values = self.params.as_dict()
        rows = "".join(f"<tr><td>{esc(k)}</td><td class=\"pa-code\">{esc(v)}</td></tr>" for k, v in values.items())
        html_text = (f'<div class="pa-report"><h2 id="pa-parameters">{esc(t["parameters"])}</h2>'
                     f'<table class="pa-table"><thead><tr><th>{esc(t["col_param"])}</th><th>{esc(t["col_param_value"])}</th></tr></thead>'
                     f"<tbody>{rows}</tbody></table></div>")
        return Fragment(html_text, "\n".join(f"{k}={v}" for k, v in values.items()))

    def provenance(self) -> Fragment:
        from plan_analysis.report.provenance import provenance, reproduce_command

        t, p = self.t, self.params
        info = provenance(self.plan, self.params.as_dict())
        files = "".join(f"<tr><td class=\"pa-code\">{esc(f['file'])}</td><td class=\"pa-code\">{esc(f['sha256'])}</td></tr>"
                        for f in info["inputs"])
        vers = "".join(f"<tr><td>{esc(k)}</td><td class=\"pa-code\">{esc(v)}</td></tr>" for k, v in info["versions"].items())
        commit = info["git_commit"] or t["git_none"]
        rerun = t["rerun"].format(command=reproduce_command(p, self.data_root))
        html_text = (
            f'<div class="pa-report"><footer><h2 id="pa-provenance">{esc(t["provenance"])}</h2>'
            f'<table class="pa-table"><thead><tr><th>{esc(t["col_file"])}</th><th>sha256</th></tr></thead><tbody>{files}</tbody></table>'
            f'<p>{esc(t["git"])}: <span class="pa-code">{esc(commit)}</span></p>'
            f'<table class="pa-table"><thead><tr><th>{esc(t["col_package"])}</th><th>{esc(t["col_version"])}</th></tr></thead><tbody>{vers}</tbody></table>'
            f'<p class="pa-code">{esc(rerun)}</p></footer></div>'
        )
        text = "\n".join(f"{f['file']} {f['sha256']}" for f in info["inputs"])
        return Fragment(html_text, text)


def build_report(plan_id, quarter, as_of=None, lang="zh", data_root=None) -> Report:
    """Validate the parameters, load the plan and assess it: everything a report shows."""
    from plan_analysis.plans.loading import load_plan

    params = validate_parameters(plan_id, quarter, as_of, lang, data_root)
    plan = load_plan(params.plan_id, data_root)
    return Report(params=params, plan=plan, assessment=assess_progress(plan, params.as_of), data_root=data_root)


def _span(row) -> tuple[int, int] | None:
    """The curated (span_start, span_end) of a row, when indicators.csv has them."""
    start, end = row.get("span_start"), row.get("span_end")
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        return None
    return int(start), int(end)


def percent(value) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value * 100:.0f}%"


def format_quantity(value: float, unit, lang: str = "zh") -> str:
    """A number in the indicator's unit, written as a reader expects (7.65亿元, 1.2万亩, 1.7公里)."""
    unit = "" if unit is None or (isinstance(unit, float) and math.isnan(unit)) else str(unit)
    if unit == "元" and abs(value) >= 1e8:
        return f"{_trim(value / 1e8)}亿{unit}"
    if unit in ("元", "亩") and abs(value) >= 1e4:
        return f"{_trim(value / 1e4)}万{unit}"
    return f"{_trim(value)}{unit}"


def _trim(x: float) -> str:
    text = f"{x:,.2f}".rstrip("0").rstrip(".")
    return text


def deadline_text(row) -> str:
    end = row["period_end"]
    date = "" if pd.isna(end) else f"{end:%Y-%m-%d}"
    words = row.get("deadline_text")
    return f"{date} ({words})" if isinstance(words, str) and words else date


def describe_flag(flag) -> str:
    """One line for a normalisation flag, whatever shape the normaliser gives it."""
    if isinstance(flag, dict):
        kind, detail, start = flag.get("kind"), flag.get("detail"), flag.get("start")
    else:
        kind, detail, start = getattr(flag, "kind", None), getattr(flag, "detail", None), getattr(flag, "start", None)
    parts = [str(x) for x in (kind, detail) if x]
    if start is not None:
        parts.append(f"@{start}")
    return " ".join(parts) or str(flag)


_TAG = re.compile(r"<[^>]+>")


def plain_text(fragment_html: str) -> str:
    """Text of an HTML fragment without tags (for tests and summaries)."""
    return html.unescape(_TAG.sub("", fragment_html))
