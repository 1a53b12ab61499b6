"""Validating a plan the way a reviewer needs: every problem, one line each.

``load_plan`` stops at the first problem (a report must not start on bad
input). A reviewer of a drafted plan wants the whole list, and checks that
loading does not make because they need the plan's text:

* each span holds ``quantity_text`` (a row without one: ``source_phrase``) in
  the normalised text, and each ``source_phrase`` occurs there;
* each area is an area of the outline or listed in ``plan.yaml``
  (``areas`` or ``areas_en``);
* ``parent_id`` names another row, never the row itself, and parents do not
  form a cycle;
* periods lie inside the plan's period widened to its year(s) (a 全年 target
  runs from 1 January in a Q4 plan), give or take :data:`TOLERANCE`;
* units match the kind: a target or descriptor has a base unit that agrees
  with its ``quantity_text`` (8亿元 → 800000000 元), a milestone none;
* no area holds descriptors alone (the report rolls areas up over targets
  and milestones and cannot show such an area);
* and every rule of :mod:`plan_analysis.plans.indicators` and of the progress log.

:func:`plan_problems` returns :class:`~plan_analysis.errors.InputError`
objects (file, row, column, what was expected); ``str()`` of each is its line.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pandas as pd
from pandera.errors import SchemaErrors

from plan_analysis.errors import InputError, shown
from plan_analysis.extract.metadata import area_name, year_window
from plan_analysis.plans.indicators import (
    ID_PATTERN,
    INDICATOR_COLUMNS,
    INDICATOR_SCHEMA,
    REQUIRED_COLUMNS,
    indicator_row_problems,
)
from plan_analysis.plans.loading import Plan, load_plan, read_plan_meta, sha256_file
from plan_analysis.plans.paths import plan_dir, resolve_data_root
from plan_analysis.plans.tables import describe_check, number_problems, read_csv_text, row_error

__all__ = ["TOLERANCE", "plan_notes", "plan_problems"]

TOLERANCE = dt.timedelta(days=31)


def plan_problems(plan_id: str, data_root: str | os.PathLike[str] | None = None) -> list[InputError]:
    """Every problem of a plan's files, in file and row order (empty: the plan is valid)."""
    folder = plan_dir(plan_id, data_root)
    meta_path = folder / "plan.yaml"
    try:
        meta = read_plan_meta(meta_path)
    except InputError as problem:
        return [problem]
    problems: list[InputError] = []
    if meta["id"] != plan_id:
        problems.append(
            InputError(
                f"id {shown(meta['id'])} does not match the folder name {shown(plan_id)}", path=meta_path, column="id"
            )
        )
    root = resolve_data_root(data_root).resolve()
    text = _plan_text(folder, meta, meta_path, root, problems)
    indicators_path = (folder / meta["indicators"]).resolve()
    frame = _indicator_frame(indicators_path, problems)
    if frame is not None and frame.empty:
        problems.append(
            InputError(
                "the indicator table has no rows: there is nothing to report on",
                path=indicators_path,
                expected="at least one target, descriptor or milestone row",
            )
        )
    elif frame is not None:
        problems += indicator_row_problems(frame, indicators_path)
        problems += _text_problems(frame, indicators_path, text, meta)
        problems += _parent_problems(frame, indicators_path)
        problems += _period_problems(frame, indicators_path, meta)
        problems += _unit_problems(frame, indicators_path)
    if not problems:
        # Whatever loading checks besides (the progress log, paths inside the
        # data root): a plan validate accepts must load, and so render.
        try:
            load_plan(plan_id, data_root)
        except InputError as problem:
            problems.append(problem)
    return sorted(_unique(problems), key=lambda p: (p.path or "", p.row or 0))


def plan_notes(plan: Plan) -> list[str]:
    """What a reviewer of a valid plan should know besides: which progress file was read and
    how much of it reports, and the areas without any row."""
    lines = []
    scored = plan.indicators[plan.indicators["kind"].astype(str) != "descriptor"]
    reported = scored["id"].isin(set(plan.progress["indicator_id"])).sum()
    if plan.progress_path is None:
        lines.append("progress: none (plan.yaml names no progress file): every indicator is not reported")
    else:
        where = _relative(plan.progress_path, plan.dir)
        lines.append(
            f"progress read from {where}: {len(plan.progress)} rows; "
            f"{int(reported)} of {len(scored)} targets and milestones reported"
        )
        if plan.progress_note:
            lines.append(f"  ({plan.progress_note})")
    for area in plan.uncovered_areas:
        lines.append(f"area {area}: no quantified commitment found (no row covers it)")
    return lines


def _relative(path: Path, folder: Path) -> str:
    try:
        return str(path.relative_to(folder.resolve()))
    except ValueError:
        return str(path)


def _unique(problems: list[InputError]) -> list[InputError]:
    seen, out = set(), []
    for p in problems:
        key = (p.path, p.row, p.column)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _plan_text(folder: Path, meta: dict, meta_path: Path, root: Path, problems: list) -> str | None:
    from plan_analysis.text.normalize import normalize_text

    raw_path = (folder / meta["raw_file"]).resolve()
    if not raw_path.is_relative_to(root):
        problems.append(
            InputError(
                f"{shown(meta['raw_file'])} points outside the data root",
                path=meta_path,
                column="raw_file",
                expected=f"a path inside {root}",
            )
        )
        return None
    if not raw_path.is_file():
        problems.append(
            InputError("raw text file not found", path=raw_path, expected=f"the file named by raw_file in {meta_path}")
        )
        return None
    if "raw_sha256" in meta and sha256_file(raw_path) != str(meta["raw_sha256"]).lower():
        problems.append(
            InputError(
                "raw text changed: its sha256 differs",
                path=raw_path,
                expected=f"sha256 {meta['raw_sha256']} as recorded in {meta_path}",
            )
        )
    try:
        return normalize_text(raw_path.read_bytes(), source=str(raw_path)).text
    except InputError as problem:
        problems.append(problem)
        return None


def _indicator_frame(path: Path, problems: list) -> pd.DataFrame | None:
    """The table with each cell parsed; a bad cell is a problem and becomes empty."""
    try:
        frame = read_csv_text(path, INDICATOR_COLUMNS, required=REQUIRED_COLUMNS)
    except InputError as problem:
        problems.append(problem)
        return None
    frame = frame.copy()
    for index, value in frame["id"].items():
        if pd.isna(value):
            continue
        if not pd.Series([value]).str.match(ID_PATTERN).item():
            problems.append(row_error(path, index, "id", f"invalid id {shown(value)}", f"text matching {ID_PATTERN}"))
    for index in frame.index[frame["id"].notna() & frame["id"].duplicated()]:
        first = frame.index[frame["id"] == frame.at[index, "id"]][0]
        problems.append(
            row_error(
                path,
                index,
                "id",
                f"id {shown(frame.at[index, 'id'])} is already used in row {int(first) + 2}",
                "a value not used in another row",
            )
        )
    for column in ("target", "high", "span_start", "span_end"):
        whole = column.startswith("span_")
        numbers, bad = number_problems(
            frame,
            column,
            path,
            "a whole number" if whole else "a plain number in the base unit (8亿元 is 800000000 with unit 元)",
            whole=whole,
        )
        problems += bad
        frame[column] = numbers.astype("Int64") if whole else numbers.astype("float64")
    try:
        INDICATOR_SCHEMA.validate(frame, lazy=True)
    except SchemaErrors as errors:
        cases = errors.failure_cases
        for _, case in cases.iterrows():
            index = pd.to_numeric(case["index"], errors="coerce")
            column = None if pd.isna(case.get("column")) else str(case["column"])
            if pd.isna(index) or column == "id":
                continue  # table-wide failures and ids are reported above
            problems.append(
                row_error(
                    path,
                    int(index),
                    column,
                    f"invalid value {shown(case['failure_case'])}",
                    describe_check(str(case["check"])),
                )
            )
            if column in frame.columns:
                frame.at[int(index), column] = pd.NA
    for column in ("period_start", "period_end"):
        parsed = pd.to_datetime(frame[column], format="%Y-%m-%d", errors="coerce")
        for index in frame.index[parsed.isna() & frame[column].notna()]:
            problems.append(
                row_error(path, index, column, f"invalid date {shown(frame.at[index, column])}", "a date as YYYY-MM-DD")
            )
        frame[column] = parsed
    return frame


def _text_problems(frame: pd.DataFrame, path: Path, text: str | None, meta: dict):
    if text is not None:
        for index, row in frame.iterrows():
            phrase = row["source_phrase"]
            if not pd.isna(phrase) and phrase not in text:
                yield row_error(
                    path,
                    index,
                    "source_phrase",
                    f"{shown(phrase)} does not occur in the plan's normalised text",
                    "a clause copied from the normalised (simplified) text",
                )
            if pd.isna(row["span_start"]) or pd.isna(row["span_end"]):
                continue
            a, b = int(row["span_start"]), int(row["span_end"])
            expected = row["quantity_text"] if not pd.isna(row["quantity_text"]) else phrase
            if pd.isna(expected) or b > len(text) or text[a:b] != expected:
                found = text[a:b] if b <= len(text) else f"beyond the text's end ({len(text)})"
                where = text.find(expected) if not pd.isna(expected) else -1
                hint = f"; it stands at {where}:{where + len(expected)}" if where >= 0 else ""
                yield row_error(
                    path,
                    index,
                    "span_start",
                    f"text[{a}:{b}] is {shown(found)}",
                    f"the span of {shown(expected)} in the normalised text{hint}",
                )
    areas, names = _known_areas(text, meta)
    if areas:
        for index, area in frame["area"].items():
            if not pd.isna(area) and area not in areas:
                yield row_error(
                    path,
                    index,
                    "area",
                    f"area {shown(area)} is not an area of the plan",
                    "one of " + ", ".join(names) + " (the outline's areas, or plan.yaml's areas)",
                )


def _known_areas(text: str | None, meta: dict) -> tuple[set[str], list[str]]:
    """(every accepted spelling, the short names to suggest)."""
    from plan_analysis.text.outline import outline

    names: list[str] = []
    for key in ("areas", "areas_en"):
        value = meta.get(key)
        if isinstance(value, (list, dict)):
            names += [str(a) for a in value]
    titles = [h.title for h in outline(text).areas] if text is not None else []
    names += [area_name(t) for t in titles]
    names = list(dict.fromkeys(names))
    return set(names) | set(titles), names


def _parent_problems(frame: pd.DataFrame, path: Path):
    parents = {
        row["id"]: row["parent_id"]
        for _, row in frame.iterrows()
        if not pd.isna(row["id"]) and not pd.isna(row["parent_id"])
    }
    for index, row in frame.iterrows():
        ident = row["id"]
        if pd.isna(ident) or ident not in parents:
            continue
        if parents[ident] == ident:
            yield row_error(path, index, "parent_id", "the row is its own parent", "the id of another row, or empty")
            continue
        # Only rows on the cycle are reported; a row whose parent leads into one is fine itself.
        chain, current = [ident], parents[ident]
        while current in parents and current not in chain:
            chain.append(current)
            current = parents[current]
        if current == ident:
            yield row_error(
                path,
                index,
                "parent_id",
                "parents form a cycle: " + " → ".join([*chain, ident]),
                "a chain of parents that ends at a row without one",
            )


def plan_window(meta: dict) -> tuple[dt.date, dt.date]:
    """The dates an indicator's period may use: the plan's period widened to its year(s), with tolerance."""
    start, end = year_window(meta["plan_year"], meta["period_start"], meta["period_end"])
    return start - TOLERANCE, end + TOLERANCE


def _period_problems(frame: pd.DataFrame, path: Path, meta: dict):
    low, high = plan_window(meta)
    for index, row in frame.iterrows():
        for column in ("period_start", "period_end"):
            day = row[column]
            if pd.isna(day):
                continue
            if not low <= day.date() <= high:
                yield row_error(
                    path,
                    index,
                    column,
                    f"date {day:%Y-%m-%d} is outside the plan's period",
                    f"a date from {low} to {high} (the plan runs {meta['period_start']} to {meta['period_end']})",
                )


def _unit_problems(frame: pd.DataFrame, path: Path):
    """The unit and value agree with the quantity as written (8亿元 → 800000000 元)."""
    from plan_analysis.extract.quantities import extract_quantities
    from plan_analysis.text.normalize import normalize_text

    for index, row in frame.iterrows():
        if row["kind"] not in ("target", "descriptor") or pd.isna(row["quantity_text"]) or pd.isna(row["unit"]):
            continue
        found = extract_quantities(normalize_text(str(row["quantity_text"])))
        if len(found) != 1:
            continue  # not a quantity the extractor reads alone: nothing to compare
        written = found.iloc[0]
        if written["unit"] != row["unit"]:
            yield row_error(
                path,
                index,
                "unit",
                f"unit {shown(row['unit'])} does not match {shown(row['quantity_text'])}",
                f"{shown(written['unit'])}, the unit of quantity_text",
            )
        elif not pd.isna(row["target"]) and abs(written["value"] - row["target"]) > 1e-9 * max(
            1.0, abs(written["value"])
        ):
            yield row_error(
                path,
                index,
                "target",
                f"target {row['target']:g} does not match {shown(row['quantity_text'])}",
                f"{written['value']:g} {written['unit']}, the value of quantity_text in the base unit",
            )
