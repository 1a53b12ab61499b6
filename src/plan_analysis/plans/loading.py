"""Loading a curated plan folder: ``plan.yaml``, its raw text, indicators and progress.

    >>> plan = load_plan("chentao-2025q4")
    >>> plan.indicators.query("kind == 'target'")
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from plan_analysis.errors import InputError
from plan_analysis.plans.indicators import load_indicators
from plan_analysis.plans.paths import list_plan_ids, plan_dir, resolve_data_root
from plan_analysis.plans.progress import empty_progress, load_progress

REQUIRED_FIELDS = {
    "id": str,
    "title": str,
    "plan_year": int,
    "period_start": dt.date,
    "period_end": dt.date,
    "raw_file": str,
    "indicators": str,
}
OPTIONAL_FIELDS = {
    "title_en": str,
    "place": str,
    "place_en": str,
    "author": str,
    "author_role": str,
    "published": dt.date,
    "raw_sha256": str,
    "progress": str,
    "progress_illustrative": bool,
    "areas_en": dict,
    "draft": bool,
}


@dataclass(frozen=True)
class Plan:
    """A curated plan: metadata, its source text and its tables."""

    id: str
    dir: Path
    meta: dict[str, Any]
    raw_path: Path
    indicators: pd.DataFrame = field(repr=False)
    progress: pd.DataFrame = field(repr=False)
    progress_path: Path | None = None

    @property
    def title(self) -> str:
        return self.meta["title"]

    @property
    def plan_year(self) -> int:
        return self.meta["plan_year"]

    @property
    def period_start(self) -> dt.date:
        return self.meta["period_start"]

    @property
    def period_end(self) -> dt.date:
        return self.meta["period_end"]

    @property
    def illustrative(self) -> bool:
        """True when the progress log is invented demo data, not official figures."""
        return bool(self.meta.get("progress_illustrative", False))

    @property
    def draft(self) -> bool:
        """True when the indicators were drafted (e.g. extracted) and not yet reviewed: ``draft: true``."""
        return bool(self.meta.get("draft", False))

    @cached_property
    def text(self):
        """The plan's text, normalised (a :class:`~plan_analysis.text.normalize.NormalizedText`)."""
        from plan_analysis.text.normalize import normalize_text

        return normalize_text(self.raw_path.read_bytes(), source=str(self.raw_path))

    def input_files(self) -> list[Path]:
        """Every file this plan was loaded from, for provenance."""
        files = [self.dir / "plan.yaml", self.raw_path, self.dir / self.meta["indicators"]]
        if self.progress_path is not None:
            files.append(self.progress_path)
        return files


def list_plans(data_root: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """One row per plan under ``<data root>/plans``: id, title, place, year and period."""
    rows = []
    for plan_id in list_plan_ids(data_root):
        meta = read_plan_meta(plan_dir(plan_id, data_root) / "plan.yaml")
        rows.append(
            {
                "id": plan_id,
                "title": meta["title"],
                "place": meta.get("place"),
                "plan_year": meta["plan_year"],
                "period_start": meta["period_start"],
                "period_end": meta["period_end"],
            }
        )
    return pd.DataFrame(rows, columns=["id", "title", "place", "plan_year", "period_start", "period_end"])


def load_plan(plan_id: str, data_root: str | os.PathLike[str] | None = None) -> Plan:
    """Load and validate one plan folder; raise :class:`InputError` on the first problem."""
    folder = plan_dir(plan_id, data_root)
    meta_path = folder / "plan.yaml"
    meta = read_plan_meta(meta_path)
    if meta["id"] != plan_id:
        raise InputError(f"id {meta['id']!r} does not match the folder name {plan_id!r}", path=meta_path, column="id")
    raw_path = _inside(folder, meta["raw_file"], meta_path, "raw_file", data_root)
    if not raw_path.is_file():
        raise InputError("raw text file not found", path=raw_path, expected=f"the file named by raw_file in {meta_path}")
    if "raw_sha256" in meta:
        actual = sha256_file(raw_path)
        if actual != meta["raw_sha256"].lower():
            raise InputError(
                f"raw text changed: sha256 is {actual}",
                path=raw_path,
                expected=f"sha256 {meta['raw_sha256']} as recorded in {meta_path} (data/raw is immutable)",
            )
    indicators = load_indicators(_inside(folder, meta["indicators"], meta_path, "indicators", data_root))
    progress_path = None
    progress = empty_progress()
    if meta.get("progress"):
        progress_path = _inside(folder, meta["progress"], meta_path, "progress", data_root)
        progress = load_progress(
            progress_path, indicators, period_start=meta["period_start"], period_end=meta["period_end"]
        )
    return Plan(
        id=plan_id,
        dir=folder,
        meta=meta,
        raw_path=raw_path,
        indicators=indicators,
        progress=progress,
        progress_path=progress_path,
    )


def read_plan_meta(path: Path) -> dict[str, Any]:
    """Read ``plan.yaml`` and check its fields and their types."""
    try:
        meta = yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte {exc.start})", path=path, expected="a UTF-8 YAML mapping") from None
    except yaml.YAMLError as exc:
        # PyYAML's message spans several lines with a caret drawing; keep the
        # problem and its position on one line.
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(
            f"not valid YAML: {problem}", path=path, row=None if mark is None else mark.line + 1,
            column=None if mark is None else f"character {mark.column + 1}", expected="a UTF-8 YAML mapping",
        ) from None
    if not isinstance(meta, dict):
        raise InputError("not a mapping of fields", path=path, expected="YAML with id, title, plan_year, …")
    for name, kind in REQUIRED_FIELDS.items():
        if name not in meta or meta[name] in (None, ""):
            raise InputError(f"missing field {name!r}", path=path, column=name, expected=_type_word(kind))
    for name, kind in {**REQUIRED_FIELDS, **OPTIONAL_FIELDS}.items():
        value = meta.get(name)
        if value is None:
            continue
        # YAML reads 2025-10-01 as a date but "2025-10-1" as text; bool is an int.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)) or (kind is dt.date and isinstance(value, dt.datetime)):
            raise InputError(f"field {name!r} is {value!r}", path=path, column=name, expected=_type_word(kind))
    if meta["period_end"] < meta["period_start"]:
        raise InputError(
            f"the period ends ({meta['period_end']}) before it starts ({meta['period_start']})",
            path=path,
            column="period_end",
            expected=f"a date on or after {meta['period_start']}",
        )
    if meta["period_start"].year != meta["plan_year"] and meta["period_end"].year != meta["plan_year"]:
        raise InputError(
            f"plan_year {meta['plan_year']} is outside the period", path=path, column="plan_year",
            expected=f"{meta['period_start'].year}",
        )
    return meta


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _inside(folder: Path, relative: str, meta_path: Path, column: str, data_root) -> Path:
    """Resolve a path from plan.yaml, keeping it inside the data root."""
    root = resolve_data_root(data_root).resolve()
    candidate = (folder / relative).resolve()
    if Path(relative).is_absolute() or not candidate.is_relative_to(root):
        raise InputError(
            f"{relative!r} points outside the data root", path=meta_path, column=column,
            expected=f"a path relative to the plan folder, inside {root}",
        )
    return candidate


def _type_word(kind: type) -> str:
    return {str: "text", int: "a whole number", bool: "true or false", dt.date: "a date as YYYY-MM-DD"}[kind]
