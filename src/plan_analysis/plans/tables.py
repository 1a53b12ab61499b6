"""Reading curated CSV tables and turning validation failures into one clear error.

Tables are read as text first so that *we* decide how a cell is parsed: a bad
cell is then reported by file, spreadsheet row and column, with what was
expected, instead of surfacing as a pandas or pandera traceback.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaError, SchemaErrors

from plan_analysis.errors import InputError, shown
from plan_analysis.text.cells import unescape_cell

# The header is row 1 in a spreadsheet, so data row i (0-based) is row i + 2.
HEADER_ROWS = 1


def read_csv_text(path: Path, columns: list[str], *, required: list[str] | None = None) -> pd.DataFrame:
    """Read a UTF-8 CSV as text cells (empty cell → NA) after checking its header.

    Missing required columns and unknown extra columns are errors: a typo in a
    header would otherwise silently empty a column.
    """
    path = Path(path)
    required = columns if required is None else required
    if not path.is_file():
        raise InputError("file not found", path=path, expected="a UTF-8 CSV file")
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            header = next(csv.reader(fh), None)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte {exc.start})", path=path, expected="a UTF-8 CSV file") from None
    if not header:
        raise InputError("the file is empty", path=path, row=1, expected="a header row: " + ",".join(columns))
    check_header([h.strip() for h in header], columns, required, path)
    try:
        frame = pd.read_csv(
            path,
            dtype=str,
            keep_default_na=False,
            na_values=[""],
            encoding="utf-8-sig",
            skipinitialspace=True,
            # Blank lines are kept as empty rows and dropped below, so that a
            # row's index still gives its line in the file (row_error).
            skip_blank_lines=False,
        )
    except (pd.errors.ParserError, ValueError) as exc:
        raise InputError(f"cannot be parsed as CSV: {exc}", path=path, expected="a rectangular UTF-8 CSV") from None
    frame.columns = [c.strip() for c in frame.columns]
    frame = frame[frame.notna().any(axis=1)]
    # Text the writers escaped against formula injection ('=SUM…) reads back as written.
    for column in frame.columns:
        quoted = frame[column].str.startswith("'", na=False)
        if quoted.any():
            frame.loc[quoted, column] = frame.loc[quoted, column].map(unescape_cell)
    for column in columns:
        if column not in frame.columns:
            frame[column] = pd.NA
    return frame[columns]


def check_header(header: list[str], columns: list[str], required: list[str], path: Path) -> None:
    """Missing required columns and unknown extra ones are errors: a typo in a
    header would otherwise silently empty a column."""
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(
            f"missing column(s) {', '.join(missing)}", path=path, row=1, expected="a header with " + ",".join(columns)
        )
    extra = [c for c in header if c not in columns]
    if extra:
        raise InputError(
            f"unknown column(s) {', '.join(extra)}", path=path, row=1, expected="only " + ",".join(columns)
        )
    duplicated = sorted({c for c in header if header.count(c) > 1})
    if duplicated:
        raise InputError(f"column(s) {', '.join(duplicated)} appear twice", path=path, row=1)


def coerce_numbers(frame: pd.DataFrame, column: str, path: Path, expected: str) -> pd.Series:
    """Parse a text column as numbers; the first cell that is not a finite number is an error."""
    numbers, problems = number_problems(frame, column, path, expected)
    if problems:
        raise problems[0]
    return numbers


def number_problems(
    frame: pd.DataFrame, column: str, path: Path, expected: str, whole: bool = False
) -> tuple[pd.Series, list[InputError]]:
    """Parse a text column as numbers: the numbers (bad cells empty) and one error per bad cell, in row order.

    ``inf``, ``nan`` and numbers too large for a float (``1e400``) are refused:
    they would pass every comparison check and show as "inf亿元, done".
    ``whole`` refuses fractions too (spans are character offsets).
    """
    numbers = pd.to_numeric(frame[column], errors="coerce")
    problems = []
    finite = np.isfinite(numbers.astype("float64"))
    for index in frame.index:
        cell = frame.at[index, column]
        if pd.isna(cell):
            continue
        if pd.isna(numbers[index]):
            problems.append(row_error(path, index, column, f"invalid number {shown(cell)}", expected))
        elif not finite[index]:
            problems.append(row_error(path, index, column, f"{shown(cell)} is not a finite number", expected))
        elif whole and numbers[index] % 1 != 0:
            problems.append(row_error(path, index, column, f"invalid number {shown(cell)}", expected))
        else:
            continue
        numbers[index] = np.nan
    return numbers, problems


def validate_frame(schema: pa.DataFrameSchema, frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Validate with pandera; the first failure becomes an :class:`InputError`."""
    try:
        return schema.validate(frame, lazy=True)
    except SchemaErrors as errors:
        raise _first_failure(errors.failure_cases, path) from None
    except SchemaError as error:  # pragma: no cover - lazy=True reports SchemaErrors
        raise InputError(str(error), path=path) from None


def _first_failure(cases: pd.DataFrame, path: Path) -> InputError:
    cases = cases.copy()
    # Row-level failures first (they carry an index), in file order.
    cases["_row"] = pd.to_numeric(cases["index"], errors="coerce")
    cases = cases.sort_values("_row", na_position="last")
    first = cases.iloc[0]
    row = None if pd.isna(first["_row"]) else int(first["_row"]) + HEADER_ROWS + 1
    column = first.get("column")
    column = None if column is None or pd.isna(column) else str(column)
    value = first.get("failure_case")
    check = str(first.get("check"))
    return InputError(
        f"invalid value {shown(value)}",
        path=path,
        row=row,
        column=column,
        expected=describe_check(check),
    )


def describe_check(check: str) -> str:
    """Turn pandera's check names into words a data curator understands."""
    if check.startswith("coerce_dtype('float64')") or "float" in check:
        return "a number"
    if check.startswith("isin("):
        return "one of " + check[len("isin(") : -1]
    if check.startswith("greater_than_or_equal_to("):
        return "a number >= " + check[len("greater_than_or_equal_to(") : -1]
    if check.startswith("str_matches("):
        return "text matching " + check[len("str_matches(") : -1]
    if check == "not_nullable":
        return "a value (the cell is empty)"
    if check == "field_uniqueness":
        return "a value not used in another row"
    if "datetime" in check or "date" in check:
        return "a date as YYYY-MM-DD"
    return check


def parse_dates(frame: pd.DataFrame, columns: list[str], path: Path) -> pd.DataFrame:
    """Parse ISO dates column by column, reporting the first bad cell."""
    frame = frame.copy()
    for column in columns:
        parsed = pd.to_datetime(frame[column], format="%Y-%m-%d", errors="coerce")
        bad = parsed.isna() & frame[column].notna()
        if bad.any():
            index = bad[bad].index[0]
            raise InputError(
                f"invalid date {shown(frame.at[index, column])}",
                path=path,
                row=int(index) + HEADER_ROWS + 1,
                column=column,
                expected="a date as YYYY-MM-DD",
            )
        frame[column] = parsed
    return frame


def row_error(path: Path, index: object, column: str | None, message: str, expected: str | None = None) -> InputError:
    return InputError(message, path=path, row=int(index) + HEADER_ROWS + 1, column=column, expected=expected)
