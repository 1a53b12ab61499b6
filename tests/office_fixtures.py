"""Plans as a statistics office meets them: drafted from a text, the workbook partly filled.

The texts in ``tests/fixtures/`` are written for these tests (a county's ten
livelihood projects, a township's half-year plan without deadlines); each
area names its figures plainly so that the expected rows can be read off the
text by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures"
COUNTY_TEXT = FIXTURES / "county_livelihood_2025.txt"
TOWNSHIP_TEXT = FIXTURES / "township_no_milestones_2025.txt"
# The county text's 三、中小学幼儿园扩优提质工程 states no figure and no deadline.
COUNTY_EMPTY_AREA = "中小学幼儿园扩优提质工程"
TOWNSHIP_EMPTY_AREA = "基层治理"


def draft(text: Path, plan_id: str, data_root: Path) -> Path:
    """Run ``plan-analysis draft`` on ``text``; the plan's folder."""
    from plan_analysis.cli.main import main

    assert main(["--data-root", str(data_root), "draft", str(text), "--plan", plan_id]) == 0
    return data_root / "plans" / plan_id


def row_of(sheet: Any, quantity: str) -> int:
    """The progress-sheet row whose target reads ``quantity`` (as the plan writes it)."""
    header = [c.value for c in sheet[1]]
    column = header.index("target") + 1
    rows = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, column).value == quantity]
    assert len(rows) == 1, (quantity, rows)
    return rows[0]


def fill(workbook: Path, figures: dict[str, tuple[dt.date, Any, str | None]]) -> None:
    """Fill rows of a drafted ``progress.xlsx`` as a clerk would: ``{target as written: (as_of, value, number format)}``.

    Every other row is left as drafted (blank: not reported).
    """
    from openpyxl import load_workbook

    book = load_workbook(workbook)
    sheet = book["progress"]
    header = [c.value for c in sheet[1]]
    for quantity, (as_of, value, number_format) in figures.items():
        row = row_of(sheet, quantity)
        sheet.cell(row, header.index("as_of") + 1).value = as_of
        cell = sheet.cell(row, header.index("value") + 1)
        cell.value = value
        if number_format:
            cell.number_format = number_format
        sheet.cell(row, header.index("source") + 1).value = "县统计局月报"
    book.save(workbook)
