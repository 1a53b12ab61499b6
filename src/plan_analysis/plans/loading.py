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

from plan_analysis.errors import InputError, shown
from plan_analysis.plans.indicators import INDICATOR_COLUMNS, load_indicators
from plan_analysis.plans.indicators import REQUIRED_COLUMNS as INDICATOR_REQUIRED
from plan_analysis.plans.paths import PLAN_ID_PATTERN, plan_dir, resolve_data_root
from plan_analysis.plans.progress import empty_progress, load_progress
from plan_analysis.plans.tables import read_csv_text
from plan_analysis.plans.yaml_file import read_yaml_mapping

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
    "areas": list,
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
    # Why the progress log read is not the file plan.yaml names (see progress_file), else None.
    progress_note: str | None = None
    # Rows `plan-analysis track --apply` added beside a workbook log (see tracked_file).
    tracked_path: Path | None = None

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

    @cached_property
    def uncovered_areas(self) -> list[str]:
        """Areas of the plan that no indicator row covers: "no quantified commitment found" there.

        The areas are those ``plan.yaml`` lists (``areas``, as ``draft`` writes
        them), else the outline's; an area must not vanish from the reports
        only because the text gives it no figure or deadline.
        """
        listed = self.meta.get("areas")
        if isinstance(listed, list):
            areas = [str(a) for a in listed]
        else:
            from plan_analysis.extract.metadata import area_name
            from plan_analysis.text.outline import outline

            areas = [name for h in outline(self.text).areas if (name := area_name(h.title))]
        covered = set(self.indicators["area"].astype(str))
        return [a for a in dict.fromkeys(areas) if a and a not in covered]

    def input_files(self) -> list[Path]:
        """Every file this plan was loaded from, for provenance."""
        files = [self.dir / "plan.yaml", self.raw_path, self.dir / self.meta["indicators"]]
        if self.progress_path is not None:
            files.append(self.progress_path)
        if self.tracked_path is not None:
            files.append(self.tracked_path)
        return files


PLAN_LIST_COLUMNS = ["id", "title", "place", "plan_year", "period_start", "period_end"]


@dataclass(frozen=True)
class PlanScan:
    """The plans under a data root: those whose ``plan.yaml`` reads, and the problems of the others."""

    root: Path
    plans: pd.DataFrame
    problems: list[InputError]


def scan_plans(data_root: str | os.PathLike[str] | None = None) -> PlanScan:
    """Read every ``plans/<id>/plan.yaml`` under the data root; one broken file does not hide the others."""
    root = resolve_data_root(data_root)
    rows, problems = [], []
    folder = root / "plans"
    candidates = sorted(p for p in folder.iterdir() if (p / "plan.yaml").is_file()) if folder.is_dir() else []
    for path in candidates:
        if not PLAN_ID_PATTERN.match(path.name):
            problems.append(
                InputError(
                    f"folder name {shown(path.name)} is not a plan id",
                    path=path,
                    expected="a plain folder name of lower-case letters, digits, '.', '_' or '-'",
                )
            )
            continue
        try:
            meta = read_plan_meta(path / "plan.yaml")
        except InputError as exc:
            problems.append(exc)
            continue
        rows.append(
            {
                "id": path.name,
                "title": meta["title"],
                "place": meta.get("place"),
                "plan_year": meta["plan_year"],
                "period_start": meta["period_start"],
                "period_end": meta["period_end"],
            }
        )
    return PlanScan(root=root, plans=pd.DataFrame(rows, columns=PLAN_LIST_COLUMNS), problems=problems)


def list_plans(data_root: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """One row per plan under ``<data root>/plans`` whose ``plan.yaml`` reads: id, title, place, year and period.

    Plans whose ``plan.yaml`` is broken are left out; :func:`scan_plans` lists them with their problem.
    """
    return scan_plans(data_root).plans


def load_plan(plan_id: str, data_root: str | os.PathLike[str] | None = None) -> Plan:
    """Load and validate one plan folder; raise :class:`InputError` on the first problem."""
    folder = plan_dir(plan_id, data_root)
    meta_path = folder / "plan.yaml"
    meta = read_plan_meta(meta_path)
    if meta["id"] != plan_id:
        raise InputError(
            f"id {shown(meta['id'])} does not match the folder name {plan_id!r}", path=meta_path, column="id"
        )
    raw_path = _inside(folder, meta["raw_file"], meta_path, "raw_file", data_root)
    if not raw_path.is_file():
        raise InputError(
            "raw text file not found", path=raw_path, expected=f"the file named by raw_file in {meta_path}"
        )
    if "raw_sha256" in meta:
        actual = sha256_file(raw_path)
        if actual != meta["raw_sha256"].lower():
            raise InputError(
                f"raw text changed: sha256 is {actual}",
                path=raw_path,
                expected=f"sha256 {meta['raw_sha256']} as recorded in {meta_path} (data/raw is immutable)",
            )
    # The report reads the raw text through decode_bytes (Plan.text); check it
    # the same way here, with or without raw_sha256, so that validate and
    # report agree on a binary or undecodable file.
    from plan_analysis.text.decoding import decode_bytes

    decode_bytes(raw_path.read_bytes(), source=str(raw_path))
    indicators_path = _inside(folder, meta["indicators"], meta_path, "indicators", data_root)
    if read_csv_text(indicators_path, INDICATOR_COLUMNS, required=INDICATOR_REQUIRED).empty:
        raise InputError(
            "the indicator table has no rows: there is nothing to report on",
            path=indicators_path,
            expected="at least one target, descriptor or milestone row",
        )
    indicators = load_indicators(indicators_path)
    progress_path, progress_note = progress_file(folder, meta, meta_path, data_root)
    progress = empty_progress()
    if progress_path is not None:
        progress = load_progress(
            progress_path, indicators, period_start=meta["period_start"], period_end=meta["period_end"]
        )
    tracked_path = tracked_file(folder, progress_path)
    if tracked_path is not None:
        tracked = load_progress(
            tracked_path, indicators, period_start=meta["period_start"], period_end=meta["period_end"]
        )
        progress = merge_tracked(progress, tracked)
    return Plan(
        id=plan_id,
        dir=folder,
        meta=meta,
        raw_path=raw_path,
        indicators=indicators,
        progress=progress,
        progress_path=progress_path,
        progress_note=progress_note,
        tracked_path=tracked_path,
    )


# The workbook `plan-analysis draft` writes beside plan.yaml for the statistics office.
WORKBOOK_NAME = "progress.xlsx"
# Where `track --apply` writes when the log is that workbook: the office's file
# is never rewritten by a program, and the tracked rows keep their source columns.
TRACKED_NAME = "progress_tracked.csv"


def tracked_file(folder: Path, progress_path: Path | None) -> Path | None:
    """The CSV of tracked rows kept beside a workbook log, when there is one."""
    if progress_path is not None and progress_path.suffix.lower() == ".csv":
        return None  # a CSV log holds its tracked rows itself
    path = folder / TRACKED_NAME
    return path if path.is_file() else None


def merge_tracked(hand: pd.DataFrame, tracked: pd.DataFrame) -> pd.DataFrame:
    """The hand-entered log with the tracked rows for indicators and dates it does not hold.

    A row an office entered is never replaced by a tracked one.
    """
    if tracked.empty:
        return hand
    held = set(zip(hand["indicator_id"].astype(str), pd.to_datetime(hand["as_of"]).dt.date, strict=True))
    keys = zip(tracked["indicator_id"].astype(str), pd.to_datetime(tracked["as_of"]).dt.date, strict=True)
    new = tracked[[key not in held for key in keys]]
    if hand.empty:
        return new.reset_index(drop=True)
    merged = pd.concat([hand, new], ignore_index=True)
    return merged.sort_values(["indicator_id", "as_of"], kind="stable").reset_index(drop=True)


def progress_file(
    folder: Path, meta: dict[str, Any], meta_path: Path, data_root: Any
) -> tuple[Path | None, str | None]:
    """The progress log a plan is read with, and why when it is not the file ``plan.yaml`` names.

    ``progress`` in ``plan.yaml`` names it. Plans drafted before the workbook
    became the log name a ``progress.csv`` holding only its header, with the
    office's ``progress.xlsx`` beside it: then the workbook is the log (a
    filled workbook must not be ignored). A plan without ``progress`` reads
    the workbook when there is one.
    """
    workbook = folder / WORKBOOK_NAME
    if not meta.get("progress"):
        if workbook.is_file():
            return workbook, f"plan.yaml names no progress file; read {WORKBOOK_NAME} beside it"
        return None, None
    named = _inside(folder, meta["progress"], meta_path, "progress", data_root)
    if named.suffix.lower() == ".csv" and workbook.is_file() and _header_only(named):
        return workbook, f"{meta['progress']} named in plan.yaml holds no rows; read {WORKBOOK_NAME} beside it"
    return named, None


def _header_only(path: Path) -> bool:
    """True for a CSV file with at most its header line (False when it cannot be read: loading says why)."""
    try:
        with path.open(encoding="utf-8-sig") as fh:
            lines = [line for line in fh if line.strip()]
    except (OSError, UnicodeDecodeError):
        return False
    return len(lines) <= 1


def read_plan_meta(path: Path) -> dict[str, Any]:
    """Read ``plan.yaml`` and check its fields and their types."""
    meta = read_yaml_mapping(path, expected="a UTF-8 YAML mapping with id, title, plan_year, …")
    for name, kind in REQUIRED_FIELDS.items():
        if name not in meta or meta[name] in (None, ""):
            raise InputError(f"missing field {name!r}", path=path, column=name, expected=_type_word(kind))
    for name, kind in {**REQUIRED_FIELDS, **OPTIONAL_FIELDS}.items():
        value = meta.get(name)
        if value is None:
            continue
        # YAML reads 2025-10-01 as a date but "2025-10-1" as text; bool is an int.
        if (
            not isinstance(value, kind)
            or (kind is int and isinstance(value, bool))
            or (kind is dt.date and isinstance(value, dt.datetime))
        ):
            raise InputError(f"field {name!r} is {shown(value)}", path=path, column=name, expected=_type_word(kind))
    if meta["period_end"] < meta["period_start"]:
        raise InputError(
            f"the period ends ({meta['period_end']}) before it starts ({meta['period_start']})",
            path=path,
            column="period_end",
            expected=f"a date on or after {meta['period_start']}",
        )
    if meta["period_start"].year != meta["plan_year"] and meta["period_end"].year != meta["plan_year"]:
        raise InputError(
            f"plan_year {meta['plan_year']} is outside the period",
            path=path,
            column="plan_year",
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
            f"{shown(relative)} points outside the data root",
            path=meta_path,
            column=column,
            expected=f"a path relative to the plan folder, inside {root}",
        )
    return candidate


def _type_word(kind: type) -> str:
    return {
        str: "text",
        int: "a whole number",
        bool: "true or false",
        dt.date: "a date as YYYY-MM-DD",
        list: "a list of names",
        dict: "a mapping of names",
    }[kind]
