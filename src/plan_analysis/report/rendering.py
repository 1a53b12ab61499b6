"""Jinja2 environment of the report's templates (``templates/`` beside this module).

Autoescaping is on for every template, so data reaches markup escaped by
default; the templates hold all markup, :mod:`plan_analysis.report.sections`
only prepares plain values for them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

TEMPLATES = Path(__file__).with_name("templates")
STYLESHEET = "report.css"


@cache
def environment():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every template, whatever its file name
        undefined=jinja2.StrictUndefined,  # a misspelt name fails the test, not the reader
        keep_trailing_newline=False,
    )


def render(template: str, **values) -> str:
    """``templates/<template>`` rendered with ``values`` (escaped by autoescape)."""
    return environment().get_template(template).render(**values)


@cache
def stylesheet() -> str:
    """The report's CSS, inlined into the single-file HTML."""
    return (TEMPLATES / STYLESHEET).read_text(encoding="utf-8")
