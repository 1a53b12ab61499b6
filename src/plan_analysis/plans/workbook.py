"""The progress workbook a drafted plan ships with, for a statistics office to fill in.

Its first sheet is the progress log itself, the sheet
:func:`~plan_analysis.plans.progress.load_progress` reads: one row per target
and milestone (descriptors are never scored, so they get none), showing what
a clerk needs beside the cells to fill in: the indicator's area, name, target
as the plan writes it and deadline (:data:`~plan_analysis.plans.progress.INFO_COLUMNS`,
ignored when the log is read), then the columns of the log with the unit
pre-filled and a drop-down for ``status``. Rows left blank are "not
reported", so an office fills in what it has and leaves the rest.
A second sheet lists every row of the indicator table; a third explains the
columns.

Every text cell is stored as text (never a formula, whatever a plan's
sentence begins with): :func:`plan_analysis.text.cells.append_text_row`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from plan_analysis.plans.progress import COLUMN_HELP, INFO_COLUMNS, PROGRESS_COLUMNS, STATUSES
from plan_analysis.text.cells import append_text_row

__all__ = ["LOG_COLUMNS", "REFERENCE_COLUMNS", "progress_workbook"]

REFERENCE_COLUMNS = ["id", "name_zh", "kind", "target", "high", "unit", "qualifier", "deadline_text", "period_end"]
# The progress sheet: the id, what it is (read-only help), then the log's own columns.
LOG_COLUMNS = ["indicator_id", *INFO_COLUMNS, *PROGRESS_COLUMNS[1:]]
_LOG_WIDTHS = {
    "indicator_id": 11,
    "area": 12,
    "name_zh": 32,
    "target": 16,
    "deadline": 18,
    "as_of": 12,
    "value": 12,
    "unit": 8,
    "status": 13,
    "status_date": 12,
    "source": 22,
    "note": 30,
}
_FIXED_TIME = dt.datetime(2025, 1, 1)  # the same rows give the same bytes
_GREY = "F2F2F2"


def _text(value: Any) -> Any:
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else value


def _target_as_written(row: Any) -> str | None:
    """The target as the plan states it (8亿元以上), else its number and unit."""
    if row.kind == "milestone":
        return None
    if isinstance(row.quantity_text, str) and row.quantity_text:
        return row.quantity_text
    if pd.isna(row.target):
        return None
    return f"{row.target:g}{_text(row.unit) or ''}"


def _deadline(row: Any) -> str | None:
    end = _text(row.period_end)
    end = end.date().isoformat() if isinstance(end, (pd.Timestamp, dt.datetime)) else end
    words = _text(row.deadline_text)
    if end and words:
        return f"{end} ({words})"
    return end or words


def progress_workbook(indicators: pd.DataFrame) -> Any:
    """An openpyxl Workbook pre-filled from an indicator table."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    log = book.active
    log.title = "progress"
    log.append(LOG_COLUMNS)
    scored = indicators[indicators["kind"].astype(str) != "descriptor"]
    for row in scored.itertuples(index=False):
        info = {
            "area": _text(row.area),
            "name_zh": _text(row.name_zh),
            "target": _target_as_written(row),
            "deadline": _deadline(row),
            "unit": _text(row.unit),
        }
        append_text_row(log, [row.id if c == "indicator_id" else info.get(c) for c in LOG_COLUMNS])
    grey = PatternFill("solid", fgColor=_GREY)
    for i, column in enumerate(LOG_COLUMNS, start=1):
        letter = get_column_letter(i)
        log.column_dimensions[letter].width = _LOG_WIDTHS[column]
        if column in INFO_COLUMNS:  # shown for the clerk, never read: greyed
            log.cell(row=1, column=i).font = Font(italic=True, color="666666")
            for cells in log.iter_rows(min_row=2, min_col=i, max_col=i):
                cells[0].fill = grey
    log.freeze_panes = "F2"  # id, area, name, target and deadline stay in view
    status = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"', allow_blank=True)
    log.add_data_validation(status)
    status_letter = get_column_letter(LOG_COLUMNS.index("status") + 1)
    status.add(f"{status_letter}2:{status_letter}{max(2, len(scored) + 500)}")

    reference = book.create_sheet("指标 indicators")
    reference.append(REFERENCE_COLUMNS)
    for record in indicators[REFERENCE_COLUMNS].itertuples(index=False):
        append_text_row(reference, [_text(v) for v in record])
    for letter, width in zip("ABCDEFGHI", (12, 36, 11, 14, 10, 8, 9, 14, 12)):
        reference.column_dimensions[letter].width = width
    reference.freeze_panes = "B2"

    help_sheet = book.create_sheet("说明 help")
    help_sheet.append(["column", "meaning"])
    for column, meaning in COLUMN_HELP.items():
        help_sheet.append([column, meaning])
    help_sheet.append(
        [
            "area, name_zh, target, deadline",
            "灰色列为指标说明，只读不计 / grey columns describe the indicator and are not read",
        ]
    )
    help_sheet.append([])
    help_sheet.append(
        [
            "",
            (
                "每个量化目标和节点任务一行，已预填编号、名称、目标和单位；有数据的填写 as_of 和 value"
                "（节点任务填 status），没有数据的行留空即可，视为未报告。百分比可直接输入 85%。"
            ),
        ]
    )
    help_sheet.append(
        [
            "",
            (
                "One row per target and milestone, with its id, name, target and unit: where there is a figure, "
                "fill in as_of and value (status for milestones); leave the other rows blank (not reported). "
                "A percentage may be typed as 85%."
            ),
        ]
    )
    help_sheet.column_dimensions["A"].width = 14
    help_sheet.column_dimensions["B"].width = 90
    book.properties.created = book.properties.modified = _FIXED_TIME
    return book
