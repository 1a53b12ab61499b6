"""Exporting the executed notebook to one self-contained HTML page with nbconvert.

The page is rendered with the template folder ``nbconvert_templates/plan_report/``
(nbconvert's lab template without the scripts it would load from a CDN): no
input code, no prompts, no injected-parameters cell, ``<html lang=…>``, images
embedded. The result is checked: a page that would load anything from the
network is refused (:class:`~plan_analysis.errors.ReportError`).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from plan_analysis.errors import ReportError
from plan_analysis.report.parameters import ReportParameters

TEMPLATES = Path(__file__).with_name("nbconvert_templates")
TEMPLATE_NAME = "plan_report"
# Cells readers of the report never see: papermill's injected parameters, the
# defaults they replace, and notes addressed to notebook readers.
REMOVED_TAGS = ("injected-parameters", "parameters", "remove_cell")

_STYLE_BLOCK = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL | re.IGNORECASE)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
# A tag attribute or a stylesheet rule that would make the browser fetch a URL.
# Only markup is searched: a plan's text may well mention "src=//…" as text.
_EXTERNAL_ATTR = re.compile(
    r"""<[a-zA-Z][^>]*\s(?:src|href|action|data|poster)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE
)
_EXTERNAL_CSS = re.compile(r"""url\(\s*["']?\s*(?:https?:)?//|@import""", re.IGNORECASE)


def _drop_url_comment(match: re.Match[str]) -> str:
    return "" if "://" in match.group(0) else match.group(0)


def external_reference(page: str) -> str | None:
    """The first place where ``page`` would load something from the network, or None."""
    match = _EXTERNAL_ATTR.search(page)
    if match:
        return match.group(0)
    for block in _STYLE_BLOCK.finditer(page):
        match = _EXTERNAL_CSS.search(block.group(0))
        if match:
            return block.group(0)[max(match.start() - 40, 0) : match.end() + 40]
    return None


def make_exporter(lang: str) -> Any:
    """nbconvert's HTML exporter set up for reports (templates compiled)."""
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = set(REMOVED_TAGS)
    exporter = HTMLExporter(config=config, extra_template_basedirs=[str(TEMPLATES)], template_name=TEMPLATE_NAME)
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.embed_images = True
    exporter.language_code = lang
    exporter.require_js_url = ""
    exporter.mathjax_url = ""
    exporter.mermaid_js_url = ""
    exporter.mermaid_layout_elk_js_url = ""
    exporter.template  # noqa: B018 - compiles the Jinja templates now
    return exporter


def render_html(nb: Any, params: ReportParameters, *, title: str, exporter: Any = None) -> str:
    """The executed notebook as one self-contained HTML page (no code, no external URLs)."""
    exporter = exporter if exporter is not None else make_exporter(params.lang)
    nb = copy.deepcopy(nb)
    nb.metadata["title"] = f"{title} · {params.quarter} · {params.as_of.isoformat()}"
    body: str
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    # The lab theme's CSS cites its sources in comments; they load nothing, but
    # a report that mentions no URL at all is easier to audit.
    body = _STYLE_BLOCK.sub(lambda m: _CSS_COMMENT.sub(_drop_url_comment, m.group(0)), body)
    found = external_reference(body)
    if found:
        raise ReportError(f"the rendered HTML would load an external URL: {found[:200]}")
    return body
