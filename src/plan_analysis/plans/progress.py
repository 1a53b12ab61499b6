"""The progress log of a plan: cumulative values and milestone statuses over time.

A town office reports monthly (the seed plan sets up 周调度、月通报), so the log
is a long table: one row per indicator and as-of date. Values may be given in
any unit convertible to the indicator's (万元 for a 元 target); they are also
stored converted, in ``value_base``.

Errors stop loading (unknown indicator, wrong unit, date outside the plan);
doubtful but possible entries are kept and flagged in the ``flag`` column
(a cumulative value that goes down is usually a correction worth a look).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from plan_analysis.errors import InputError
from plan_analysis.plans.tables import (
    check_header,
    coerce_numbers,
    parse_dates,
    read_csv_text,
    row_error,
    validate_frame,
)

PROGRESS_COLUMNS = ["indicator_id", "as_of", "value", "unit", "status", "status_date", "source", "note"]
REQUIRED_COLUMNS = ["indicator_id", "as_of", "value", "unit", "status"]
STATUSES = ["not_started", "in_progress", "done"]
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
        frame = _read_xlsx(path)
        for column in SOURCE_COLUMNS:
            frame[column] = pd.NA
    else:
        frame = read_csv_text(path, LOG_COLUMNS, required=REQUIRED_COLUMNS)
    # Columns an older log lacks come back empty, typed like the text columns read.
    frame = frame.astype({column: frame["indicator_id"].dtype for column in SOURCE_COLUMNS})
    frame["value"] = coerce_numbers(frame, "value", path, "a plain number").astype("float64")
    frame = validate_frame(PROGRESS_SCHEMA, frame, path)
    frame = parse_dates(frame, ["as_of", "status_date"], path)
    frame = _check_rows(frame, indicators, path, period_start, period_end)
    return frame.sort_values(["indicator_id", "as_of"], kind="stable").reset_index(drop=True)


def _read_xlsx(path: Path) -> pd.DataFrame:
    try:
        frame = pd.read_excel(path, dtype=str, keep_default_na=False, na_values=[""])
    except Exception as exc:  # openpyxl raises many kinds for a broken workbook
        raise InputError(f"cannot be read as an Excel workbook: {exc}", path=path, expected="an .xlsx file") from None
    frame.columns = [str(c).strip() for c in frame.columns]
    check_header(list(frame.columns), PROGRESS_COLUMNS, REQUIRED_COLUMNS, path)
    for column in PROGRESS_COLUMNS:
        if column not in frame.columns:
            frame[column] = pd.NA
    # Excel stores dates as datetimes; read as text they come out as
    # "2025-10-31 00:00:00", which the ISO date check must accept.
    for column in ("as_of", "status_date"):
        frame[column] = frame[column].str.slice(0, 10)
    return frame[PROGRESS_COLUMNS]


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
        frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        return path
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "progress"
    sheet.append(PROGRESS_COLUMNS)
    for record in frame.itertuples(index=False):
        sheet.append([None if pd.isna(v) else v for v in record])
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
