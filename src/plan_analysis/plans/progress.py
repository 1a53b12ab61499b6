"""The progress log of a plan: cumulative values and milestone statuses over time.

A town office reports monthly (the seed plan sets up 周调度、月通报), so the log
is a long table: one row per indicator and as-of date. Values may be given in
any unit convertible to the indicator's (万元 for a 元 target); they are also
stored converted, in ``value_base``.

Errors stop loading (unknown indicator, wrong unit, date outside the plan);
doubtful but possible entries are kept and flagged in the ``flag`` column
(a cumulative value that goes down is usually a correction worth a look).

A row that says nothing (no date, value, status, source or note: the rows of
the drafted workbook an office has not filled in) is "not reported", not an
error; it is left out. In a workbook, the columns :data:`INFO_COLUMNS` (the
indicator's name, target and deadline, shown beside the cells to fill in) are
accepted and ignored, a cell formatted as a percentage (Excel stores 85% as
0.85) is read as 85 for an indicator in %, and a workbook that would unpack
to more than :data:`MAX_WORKBOOK_BYTES` is refused before it is opened.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa

from plan_analysis.errors import InputError, shown
from plan_analysis.plans.tables import (
    check_header,
    coerce_numbers,
    parse_dates,
    read_csv_text,
    row_error,
    validate_frame,
)
from plan_analysis.text.cells import append_text_row, escape_frame

PROGRESS_COLUMNS = ["indicator_id", "as_of", "value", "unit", "status", "status_date", "source", "note"]
REQUIRED_COLUMNS = ["indicator_id", "as_of", "value", "unit", "status"]
STATUSES = ["not_started", "in_progress", "done"]
# Shown in the drafted workbook beside the cells an office fills in; never read.
INFO_COLUMNS = ["area", "name_zh", "target", "deadline"]
# The cells that make a row a report; a row with none of them is "not reported".
# (A status of not_started alone says nothing either: older drafted workbooks
# pre-filled it on every milestone row.)
REPORT_CELLS = ["as_of", "value", "status", "status_date", "source", "note"]
# A progress workbook holds a few hundred rows: well under a megabyte unpacked.
# The caps stop a zip bomb (4 MB unpacking to 800 MB) before openpyxl opens it.
MAX_WORKBOOK_BYTES = 64 * 2**20
MAX_WORKBOOK_RATIO = 100  # unpacked / packed, checked once a workbook unpacks to over 1 MB
# Optional: where a row tracked from a published text came from (plan-analysis
# track): the document, its hash, the figure's raw offsets, the sentence, how
# sure the link is and the rule that made it. Hand rows leave them empty.
SOURCE_COLUMNS = ["doc", "doc_sha256", "raw_start", "raw_end", "sentence", "confidence", "rule"]
LOG_COLUMNS = PROGRESS_COLUMNS + SOURCE_COLUMNS

PROGRESS_SCHEMA = pa.DataFrameSchema(
    {
        "indicator_id": pa.Column(str),
        "as_of": pa.Column(str),
        "value": pa.Column(float, pa.Check.ge(0), nullable=True),
        "unit": pa.Column(str, nullable=True),
        "status": pa.Column(str, pa.Check.isin(STATUSES), nullable=True),
        "status_date": pa.Column(str, nullable=True),
        "source": pa.Column(str, nullable=True),
        "note": pa.Column(str, nullable=True),
        **{column: pa.Column(str, nullable=True) for column in SOURCE_COLUMNS},
    },
    strict=True,
    ordered=True,
)


def empty_progress() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in LOG_COLUMNS})
    frame["as_of"] = pd.Series(dtype="datetime64[ns]")
    frame["status_date"] = pd.Series(dtype="datetime64[ns]")
    frame["value"] = pd.Series(dtype="float64")
    frame["value_base"] = pd.Series(dtype="float64")
    frame["flag"] = pd.Series(dtype="object")
    return frame


def load_progress(
    path: str | Path,
    indicators: pd.DataFrame,
    *,
    period_start: date,
    period_end: date,
) -> pd.DataFrame:
    """Read and validate a progress log (``.csv`` or an ``.xlsx`` sheet with the same columns)."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        frame, percent = read_workbook_log(path)
        for column in SOURCE_COLUMNS:
            if column not in frame.columns:
                frame[column] = pd.NA
    else:
        frame = read_csv_text(path, [*LOG_COLUMNS, *INFO_COLUMNS], required=REQUIRED_COLUMNS)
        frame = frame[LOG_COLUMNS]
        percent = pd.Series(False, index=frame.index)
    reported = reported_rows(frame)
    frame, percent = frame[reported], percent[reported]
    for column in ("indicator_id", "as_of"):
        missing = frame[column].isna()
        if missing.any():
            raise row_error(
                path,
                missing[missing].index[0],
                column,
                f"the row reports something but its {column} is empty",
                "an id from indicators.csv" if column == "indicator_id" else "the date of the figure, as YYYY-MM-DD",
            )
    # Columns an older log lacks come back empty, typed like the text columns read.
    frame = frame.astype({column: frame["indicator_id"].dtype for column in SOURCE_COLUMNS})
    frame["value"] = coerce_numbers(frame, "value", path, "a plain number").astype("float64")
    frame = validate_frame(PROGRESS_SCHEMA, frame, path)
    frame = parse_dates(frame, ["as_of", "status_date"], path)
    frame = _percent_values(frame, percent, indicators, path)
    frame = _check_rows(frame, indicators, path, period_start, period_end)
    return frame.sort_values(["indicator_id", "as_of"], kind="stable").reset_index(drop=True)


def reported_rows(frame: pd.DataFrame) -> pd.Series:
    """True for the rows that report something (see :data:`REPORT_CELLS`); blank rows are "not reported"."""
    cells = frame[REPORT_CELLS].copy()
    cells["status"] = cells["status"].where(cells["status"] != "not_started")
    return cells.notna().any(axis=1)


def check_workbook_size(path: Path) -> None:
    """Refuse a workbook whose parts would unpack to more than the caps, before any XML is read."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(
            f"cannot be read as an Excel workbook ({exc})", path=path, expected="an .xlsx file saved by Excel"
        ) from None
    unpacked = sum(e.file_size for e in entries)
    packed = sum(e.compress_size for e in entries)
    if unpacked > MAX_WORKBOOK_BYTES:
        raise InputError(
            f"the workbook unpacks to {unpacked / 2**20:.0f} MB, over the cap of {MAX_WORKBOOK_BYTES // 2**20} MB",
            path=path,
            expected="a progress workbook (a few hundred rows, under a megabyte)",
        )
    if unpacked > 2**20 and unpacked > MAX_WORKBOOK_RATIO * max(packed, 1):
        raise InputError(
            f"the workbook unpacks {unpacked / max(packed, 1):.0f} times its size, over the cap of "
            f"{MAX_WORKBOOK_RATIO} (a zip bomb?)",
            path=path,
            expected="a progress workbook saved by a spreadsheet program",
        )


def read_workbook_log(path: Path) -> tuple[pd.DataFrame, pd.Series]:
    """The first sheet of a workbook as text cells (like :func:`read_csv_text`) and, per row,
    whether its ``value`` cell is formatted as a percentage.

    Row labels are spreadsheet rows minus 2, as for a CSV, so errors name the
    row an office sees. Dates come out as ``YYYY-MM-DD``, numbers as the
    number's shortest text.
    """
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    check_workbook_size(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken workbook
        raise InputError(f"cannot be read as an Excel workbook: {exc}", path=path, expected="an .xlsx file") from None
    try:
        sheet = book.worksheets[0]
        rows = sheet.iter_rows()
        header_cells = next(rows, ())
        header = [_cell_text(c.value) for c in header_cells]
        while header and header[-1] is None:
            header.pop()
        names = [
            name.strip() if isinstance(name, str) else f"(column {get_column_letter(i + 1)} has no header)"
            for i, name in enumerate(header)
        ]
        check_header(names, [*PROGRESS_COLUMNS, *INFO_COLUMNS], REQUIRED_COLUMNS, path)
        value_at = names.index("value")
        records: dict[int, list[Any]] = {}
        percent: dict[int, bool] = {}
        for number, cells in enumerate(rows, start=2):
            values = [_cell_text(c.value) for c in cells[: len(names)]]
            values += [None] * (len(names) - len(values))
            if all(v is None for v in values):
                continue
            extra = [c for c in cells[len(names) :] if _cell_text(c.value) is not None]
            if extra:
                raise InputError(
                    f"a value in column {get_column_letter(len(names) + 1)} beyond the header",
                    path=path,
                    row=number,
                    expected="cells only under the header's columns",
                )
            records[number - 2] = values
            cell = cells[value_at] if value_at < len(cells) else None
            percent[number - 2] = bool(
                cell is not None
                and isinstance(cell.value, (int, float))
                and "%" in str(getattr(cell, "number_format", "") or "")
            )
    finally:
        book.close()
    frame = pd.DataFrame.from_dict(records, orient="index", columns=names, dtype=object)
    for column in PROGRESS_COLUMNS:
        if column not in frame.columns:
            frame[column] = None
    frame = frame[PROGRESS_COLUMNS].astype("str")  # as read_csv_text gives them: text, empty cells NA
    return frame, pd.Series(percent, index=frame.index, dtype=bool)


def _cell_text(value: object) -> str | None:
    """A workbook cell as the text a CSV would hold (None: empty)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) and not float(value).is_integer() else f"{value:.15g}"
    text = str(value).strip()
    return text or None


def _percent_values(frame: pd.DataFrame, percent: pd.Series, indicators: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Values typed as percentages (85% stored as 0.85) in the indicator's % unit; ambiguous ones refused."""
    if not percent.any():
        return frame
    frame = frame.copy()
    units = indicators.set_index("id")["unit"]
    for index in percent.index[percent.to_numpy(bool)]:
        ident, stored = frame.at[index, "indicator_id"], frame.at[index, "value"]
        if ident not in units.index:
            continue  # an unknown indicator: _check_rows names it
        unit = units.get(ident)
        row_unit = frame.at[index, "unit"]
        if unit != "%" or (not pd.isna(row_unit) and row_unit != "%"):
            raise row_error(
                path,
                index,
                "value",
                f"the cell is formatted as a percentage ({stored * 100:g}%, stored as {stored:g}) "
                f"but the row's unit is {shown(row_unit if not pd.isna(row_unit) else unit)}",
                "a plain number in the row's unit (percent format only for an indicator in %)",
            )
        frame.at[index, "value"] = round(float(stored) * 100, 9)
        frame.at[index, "unit"] = "%"
    return frame


def _check_rows(frame: pd.DataFrame, indicators: pd.DataFrame, path: Path, start: date, end: date) -> pd.DataFrame:
    from plan_analysis.extract.units import UnitMismatchError, convert

    by_id = indicators.set_index("id")
    base_values: list[float] = []
    flags: list[str | None] = []
    for index, row in frame.iterrows():
        ident = row["indicator_id"]
        if ident not in by_id.index:
            raise row_error(path, index, "indicator_id", f"unknown indicator {ident!r}", "an id from indicators.csv")
        indicator = by_id.loc[ident]
        day = row["as_of"].date()
        if not start <= day <= end:
            raise row_error(path, index, "as_of", f"date {day} is outside the plan", f"a date from {start} to {end}")
        if not pd.isna(row["status_date"]) and not start <= row["status_date"].date() <= end:
            raise row_error(
                path,
                index,
                "status_date",
                f"date {row['status_date'].date()} is outside the plan",
                f"a date from {start} to {end}",
            )
        if indicator["kind"] == "milestone":
            if pd.isna(row["status"]):
                raise row_error(
                    path, index, "status", "a milestone row needs a status", "one of " + ", ".join(STATUSES)
                )
            if row["status"] == "done" and pd.isna(row["status_date"]):
                raise row_error(
                    path,
                    index,
                    "status_date",
                    "a milestone marked done needs the date it was done",
                    "a date as YYYY-MM-DD",
                )
            base_values.append(float("nan"))
            flags.append(None)
            continue
        if pd.isna(row["value"]):
            raise row_error(path, index, "value", f"a row for {indicator['kind']} {ident!r} needs a value", "a number")
        if pd.isna(row["unit"]):
            raise row_error(
                path, index, "unit", "the value has no unit", f"a unit convertible to {indicator['unit']!r}"
            )
        try:
            base_values.append(convert(float(row["value"]), row["unit"], indicator["unit"]))
        except (UnitMismatchError, ValueError, KeyError) as exc:
            raise row_error(
                path,
                index,
                "unit",
                f"unit {row['unit']!r} cannot be converted to {indicator['unit']!r} ({exc})",
                f"a unit of the same kind as {indicator['unit']!r}",
            ) from None
        flags.append(None)
    frame = frame.copy()
    frame["value_base"] = pd.Series(base_values, index=frame.index, dtype="float64")
    frame["flag"] = pd.Series(flags, index=frame.index, dtype="object")
    duplicated = frame.duplicated(["indicator_id", "as_of"], keep=False)
    if duplicated.any():
        index = duplicated[duplicated].index[1]
        raise row_error(
            path, index, "as_of", "a second row for the same indicator and date", "one row per indicator and as-of date"
        )
    ordered = frame.sort_values(["indicator_id", "as_of"], kind="stable")
    previous = ordered.groupby("indicator_id")["value_base"].shift()
    went_down = ordered["value_base"] < previous
    for index in ordered.index[went_down.fillna(False).to_numpy(bool)]:
        frame.at[index, "flag"] = (
            f"cumulative value went down from {previous[index]:g} to {frame.at[index, 'value_base']:g} "
            f"{by_id.loc[frame.at[index, 'indicator_id'], 'unit']} (row {int(index) + 2})"
        )
    return frame


def progress_warnings(progress: pd.DataFrame) -> list[str]:
    """The flagged rows of a loaded log, one message each (shown as data-quality notes)."""
    flagged = progress.dropna(subset=["flag"])
    return [f"{row.indicator_id}: {row.flag}" for row in flagged.itertuples(index=False)]


# What each column of the log means, for the template's instructions sheet.
COLUMN_HELP = {
    "indicator_id": "指标编号，取自 indicators.csv 的 id 列 / id from indicators.csv",
    "as_of": "数据截至日期 YYYY-MM-DD / date the figure is as of",
    "value": "累计值（量化目标必填）/ cumulative value (targets)",
    "unit": "value 的单位，可与指标单位不同但须可换算（万元→元）/ unit of value, convertible to the indicator's",
    "status": "节点任务状态：not_started / in_progress / done（节点任务必填）/ milestone status",
    "status_date": "状态为 done 时的完成日期 YYYY-MM-DD / date a milestone was done",
    "source": "数据来源，如 月通报 2025-10 / where the figure comes from",
    "note": "备注 / note",
}


def write_template(path: str | Path, rows: pd.DataFrame | None = None) -> Path:
    """Write a blank progress log (``.csv`` or ``.xlsx``) for a town office to fill in.

    The workbook has the log on its first sheet (the one :func:`load_progress`
    reads), with a drop-down for ``status``, and the column meanings on a
    second sheet. ``rows`` (columns :data:`PROGRESS_COLUMNS`) pre-fills it.
    """
    path = Path(path)
    frame = pd.DataFrame(columns=PROGRESS_COLUMNS) if rows is None else rows[PROGRESS_COLUMNS].copy()
    for column in ("as_of", "status_date"):
        frame[column] = pd.to_datetime(frame[column]).dt.strftime("%Y-%m-%d")
    if path.suffix.lower() != ".xlsx":
        escape_frame(frame).to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        return path
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "progress"
    sheet.append(PROGRESS_COLUMNS)
    for record in frame.itertuples(index=False):
        append_text_row(sheet, [None if pd.isna(v) else v for v in record])
    for letter, width in zip("ABCDEFGH", (30, 12, 14, 8, 13, 12, 24, 40)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    status = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"', allow_blank=True)
    sheet.add_data_validation(status)
    status.add("E2:E1000")
    help_sheet = book.create_sheet("说明 help")
    help_sheet.append(["column", "meaning"])
    for column, meaning in COLUMN_HELP.items():
        help_sheet.append([column, meaning])
    help_sheet.column_dimensions["A"].width = 14
    help_sheet.column_dimensions["B"].width = 90
    # Fixed document times: the same template gives the same bytes.
    import datetime as _dt

    book.properties.created = book.properties.modified = _dt.datetime(2025, 1, 1)
    book.save(path)
    return path
