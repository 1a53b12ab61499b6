"""The curated indicator table of a plan: schema, loading and validation.

One row per indicator the plan commits to (``target``), per quantity that only
describes something (``descriptor``) and per dated or named task
(``milestone``). The data dictionary is in ``data/README.md``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from plan_analysis.errors import InputError
from plan_analysis.plans.tables import coerce_numbers, parse_dates, read_csv_text, row_error, validate_frame

INDICATOR_COLUMNS = [
    "id",
    "kind",
    "area",
    "measure",
    "measure_title",
    "name_zh",
    "name_en",
    "target",
    "high",
    "unit",
    "qualifier",
    "deadline_text",
    "period_start",
    "period_end",
    "parent_id",
    "quantity_text",
    "span_start",
    "span_end",
    "source_phrase",
    # Optional: how sure a drafted row is and which rule decided (plans.draft).
    "review",
]
REQUIRED_COLUMNS = ["id", "kind", "area", "name_zh", "source_phrase"]
KINDS = ["target", "descriptor", "milestone"]
QUALIFIERS = ["=", ">=", "<=", "~", "range"]
ID_PATTERN = r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$"

INDICATOR_SCHEMA = pa.DataFrameSchema(
    {
        "id": pa.Column(str, pa.Check.str_matches(ID_PATTERN), unique=True),
        "kind": pa.Column(str, pa.Check.isin(KINDS)),
        "area": pa.Column(str),
        "measure": pa.Column(str, nullable=True),
        "measure_title": pa.Column(str, nullable=True),
        "name_zh": pa.Column(str),
        "name_en": pa.Column(str, nullable=True),
        "target": pa.Column(float, pa.Check.ge(0), nullable=True, coerce=True),
        "high": pa.Column(float, pa.Check.ge(0), nullable=True, coerce=True),
        "unit": pa.Column(str, nullable=True),
        "qualifier": pa.Column(str, pa.Check.isin(QUALIFIERS), nullable=True),
        "deadline_text": pa.Column(str, nullable=True),
        "period_start": pa.Column(str, nullable=True),
        "period_end": pa.Column(str, nullable=True),
        "parent_id": pa.Column(str, nullable=True),
        "quantity_text": pa.Column(str, nullable=True),
        # Offsets of quantity_text (milestones: of source_phrase) in the plan's
        # normalised text; nullable so a new plan can be curated before them.
        "span_start": pa.Column("Int64", pa.Check.ge(0), nullable=True),
        "span_end": pa.Column("Int64", pa.Check.ge(0), nullable=True),
        "source_phrase": pa.Column(str),
        "review": pa.Column(str, nullable=True),
    },
    strict=True,
    ordered=True,
)


def load_indicators(path: str | Path) -> pd.DataFrame:
    """Read and validate ``indicators.csv``; raise :class:`InputError` on the first problem."""
    path = Path(path)
    frame = read_csv_text(path, INDICATOR_COLUMNS, required=REQUIRED_COLUMNS)
    _check_unique_ids(frame, path)
    frame = _coerce_numbers(frame, path)
    frame = validate_frame(INDICATOR_SCHEMA, frame, path)
    frame = parse_dates(frame, ["period_start", "period_end"], path)
    check_indicator_rows(frame, path)
    return frame.astype({"kind": "category"}).reset_index(drop=True)


def _check_unique_ids(frame: pd.DataFrame, path: Path) -> None:
    # pandera flags every copy of a duplicate; the curator needs the second
    # one, and where the first is.
    repeated = frame["id"].notna() & frame["id"].duplicated()
    if repeated.any():
        index = repeated[repeated].index[0]
        first = frame.index[frame["id"] == frame.at[index, "id"]][0]
        raise row_error(
            path,
            index,
            "id",
            f"id {frame.at[index, 'id']!r} is already used in row {int(first) + 2}",
            "a value not used in another row",
        )


def _coerce_numbers(frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    # pandera would report "8亿" as a failed float coercion; naming the cell
    # and saying a base-unit number is expected is kinder.
    frame = frame.copy()
    for column in ("target", "high", "span_start", "span_end"):
        numbers = coerce_numbers(
            frame, column, path, "a plain number in the base unit (8亿元 is 800000000 with unit 元)"
        )
        if column.startswith("span_"):
            if (numbers.dropna() % 1 != 0).any():
                index = numbers[numbers % 1 != 0].index[0]
                raise row_error(path, index, column, f"invalid offset {frame.at[index, column]!r}", "a whole number")
            frame[column] = numbers.astype("Int64")
        else:
            frame[column] = numbers.astype("float64")
    return frame


def check_indicator_rows(frame: pd.DataFrame, path: Path) -> None:
    """Rules that tie cells of one row (or of two rows) together; raise the first broken one."""
    for problem in indicator_row_problems(frame, path):
        raise problem


def indicator_row_problems(frame: pd.DataFrame, path: Path) -> Iterator[InputError]:
    """Every broken rule that ties cells of one row (or of two rows) together, in row order."""
    from plan_analysis.extract.units import UnitMismatchError, parse_unit

    ids = set(frame["id"])
    for index, row in frame.iterrows():
        kind = row["kind"]
        quantified = kind in ("target", "descriptor")
        if quantified:
            empty = [c for c in ("target", "unit", "qualifier") if pd.isna(row[c])]
            for column in empty:
                yield row_error(path, index, column, f"a {kind} needs a {column}", "a value (the cell is empty)")
            if not pd.isna(row["unit"]):
                try:
                    multiplier, base = parse_unit(row["unit"])
                except (UnitMismatchError, ValueError, KeyError):
                    yield row_error(
                        path,
                        index,
                        "unit",
                        f"unknown unit {row['unit']!r}",
                        "a unit of measure such as 元, 亩, 公里, 个",
                    )
                else:
                    if multiplier != 1 or base != row["unit"]:
                        yield row_error(
                            path,
                            index,
                            "unit",
                            f"unit {row['unit']!r} carries a multiplier",
                            f"the base unit {base!r} with the target multiplied by {multiplier:g}",
                        )
        elif kind == "milestone" and (not pd.isna(row["target"]) or not pd.isna(row["unit"])):
            yield row_error(path, index, "target", "a milestone has no target or unit", "empty target and unit cells")
        if kind == "target" and (pd.isna(row["period_start"]) or pd.isna(row["period_end"])):
            yield row_error(
                path, index, "period_end", "a target needs the period it must be met in", "YYYY-MM-DD dates"
            )
        if kind == "milestone" and pd.isna(row["period_end"]):
            yield row_error(path, index, "period_end", "a milestone needs a deadline", "a date as YYYY-MM-DD")
        if row["qualifier"] == "range":
            if pd.isna(row["high"]) or pd.isna(row["target"]) or row["high"] <= row["target"]:
                yield row_error(
                    path, index, "high", "a range needs an upper bound above its target", "a number > target"
                )
        elif not pd.isna(row["high"]):
            yield row_error(
                path, index, "high", "only a range has an upper bound", "an empty cell, or qualifier 'range'"
            )
        if (
            not pd.isna(row["period_start"])
            and not pd.isna(row["period_end"])
            and row["period_end"] < row["period_start"]
        ):
            yield row_error(
                path,
                index,
                "period_end",
                "the period ends before it starts",
                f"a date on or after {row['period_start']:%Y-%m-%d}",
            )
        if not pd.isna(row["parent_id"]) and row["parent_id"] not in ids:
            yield row_error(path, index, "parent_id", f"unknown parent {row['parent_id']!r}", "the id of another row")
        if pd.isna(row["span_start"]) != pd.isna(row["span_end"]) or (
            not pd.isna(row["span_start"]) and row["span_end"] <= row["span_start"]
        ):
            yield row_error(
                path,
                index,
                "span_end",
                "the span is incomplete or empty",
                "span_end > span_start, both set or both empty",
            )
        if (
            not pd.isna(row["quantity_text"])
            and not pd.isna(row["source_phrase"])
            and row["quantity_text"] not in row["source_phrase"]
        ):
            yield row_error(
                path,
                index,
                "quantity_text",
                f"{row['quantity_text']!r} is not in the source phrase",
                "a part of source_phrase",
            )
