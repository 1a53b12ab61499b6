"""The progress workbook a drafted plan ships with, for a statistics office to fill in.

Its first sheet is the progress log itself (the columns of ``progress.csv``,
the sheet :func:`~plan_analysis.plans.progress.load_progress` reads), one row
per indicator with its id and unit filled in and a drop-down for ``status``;
a second sheet lists what each id is (name, kind, target, unit, deadline);
a third explains the columns. Rows the office leaves without a date must be
deleted before the workbook is used as the plan's ``progress`` file.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from plan_analysis.plans.progress import COLUMN_HELP, PROGRESS_COLUMNS, STATUSES

__all__ = ["REFERENCE_COLUMNS", "progress_workbook"]

REFERENCE_COLUMNS = ["id", "name_zh", "kind", "target", "high", "unit", "qualifier", "deadline_text", "period_end"]
_FIXED_TIME = dt.datetime(2025, 1, 1)  # the same rows give the same bytes


def progress_workbook(indicators: pd.DataFrame):
    """An openpyxl Workbook pre-filled from an indicator table."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    log = book.active
    log.title = "progress"
    log.append(PROGRESS_COLUMNS)
    for row in indicators.itertuples(index=False):
        unit = None if pd.isna(row.unit) else row.unit
        status = "not_started" if row.kind == "milestone" else None
        log.append([row.id, None, None, unit, status, None, None, None])
    for letter, width in zip("ABCDEFGH", (16, 12, 14, 8, 13, 12, 24, 40)):
        log.column_dimensions[letter].width = width
    log.freeze_panes = "A2"
    status = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"', allow_blank=True)
    log.add_data_validation(status)
    status.add(f"E2:E{max(2, len(indicators) + 500)}")

    reference = book.create_sheet("指标 indicators")
    reference.append(REFERENCE_COLUMNS)
    for record in indicators[REFERENCE_COLUMNS].itertuples(index=False):
        reference.append([None if pd.isna(v) else v for v in record])
    for letter, width in zip("ABCDEFGHI", (12, 36, 11, 14, 10, 8, 9, 14, 12)):
        reference.column_dimensions[letter].width = width
    reference.freeze_panes = "B2"

    help_sheet = book.create_sheet("说明 help")
    help_sheet.append(["column", "meaning"])
    for column, meaning in COLUMN_HELP.items():
        help_sheet.append([column, meaning])
    help_sheet.append([])
    help_sheet.append(
        ["", "每个指标一行已预填编号和单位；填写 as_of 和 value（节点任务填 status），未填日期的行请删除。"]
    )
    help_sheet.append(
        [
            "",
            "One row per indicator is pre-filled with its id and unit: fill in as_of and value "
            "(status for milestones); delete rows left without a date before loading.",
        ]
    )
    help_sheet.column_dimensions["A"].width = 14
    help_sheet.column_dimensions["B"].width = 90
    book.properties.created = book.properties.modified = _FIXED_TIME
    return book
