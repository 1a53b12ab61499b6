"""The report's zh/en wording, read from ``catalogue.yaml`` beside this module.

A catalogue entry is a string with ``{placeholders}``, a mapping (statuses,
qualifiers), or a plural entry ``{one: …, other: …}`` chosen by a count
(Chinese has only ``other``). Kept free of pandas so that the report index can
use the status labels in a light process.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

CATALOGUE = Path(__file__).with_name("catalogue.yaml")
LANGS = ("zh", "en")


@cache
def catalogue() -> dict:
    """The whole catalogue: ``{lang: {key: entry}}``."""
    return yaml.safe_load(CATALOGUE.read_text(encoding="utf-8"))


class Wording:
    """The catalogue of one language: ``w["toc"]``, ``w("subtitle", quarter=…)``, ``w.count("n_days", 3)``."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGS:
            raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
        self.lang = lang
        self.entries = catalogue()[lang]

    def __getitem__(self, key: str):
        return self.entries[key]

    def __call__(self, key: str, **values) -> str:
        return self.entries[key].format(**values)

    def count(self, key: str, n: int, **values) -> str:
        """The plural form of ``key`` for ``n`` (English: one for 1, other otherwise)."""
        forms = self.entries[key]
        form = forms["one"] if n == 1 and "one" in forms else forms["other"]
        return form.format(n=n, **values)


@cache
def wording(lang: str) -> Wording:
    return Wording(lang)
