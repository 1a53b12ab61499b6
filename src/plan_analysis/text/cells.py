"""Spreadsheet cells that stay text: no plan sentence may become a live formula.

Excel, LibreOffice and Google Sheets evaluate a CSV cell or a typed cell that
begins with ``=``, ``+``, ``-`` or ``@`` (and some of them a tab or a carriage
return before one) as a formula: ``=HYPERLINK("//host/x")`` from a scraped
plan would become a link in the office's workbook. The convention those tools
share (OWASP, "CSV injection") is a leading single quote, which they show as
text and do not display.

:func:`escape_cell` adds that quote to text that begins with such a character,
and to text that already begins with a quote, so that :func:`unescape_cell`
removes exactly one quote and gives back the text written: a round trip
through a CSV file is lossless. A number is never escaped (``-5`` stays a
number); only ``str`` values are touched.

In an ``.xlsx`` file a cell has a type of its own: openpyxl writes a string
beginning with ``=`` as a formula unless the cell is typed as text, which
:func:`write_text_cell` does (and marks with the quote-prefix style, so that
editing the cell in Excel keeps it text). No quote is added to the value
there, so nothing needs removing when the workbook is read.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "FORMULA_STARTS",
    "append_text_row",
    "escape_cell",
    "escape_frame",
    "unescape_cell",
    "write_text_cell",
]

# What a spreadsheet may read as the start of a formula (tab and CR: some
# tools skip them and look at the next character).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def escape_cell(value: Any) -> Any:
    """``value`` with a leading ``'`` when it is text a spreadsheet could read as a formula; else unchanged."""
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, QUOTE)):
        return QUOTE + value
    return value


def unescape_cell(value: Any) -> Any:
    """The inverse of :func:`escape_cell`: one leading ``'`` removed where escaping would have added it.

    A quote before anything else (``'abc`` typed by hand) is kept: escaping
    never writes that.
    """
    if isinstance(value, str) and value.startswith(QUOTE) and value[1:].startswith((*FORMULA_STARTS, QUOTE)):
        return value[1:]
    return value


def escape_frame(frame: Any) -> Any:
    """A copy of a DataFrame whose text cells are escaped (number columns are left alone)."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or str(out[column].dtype) in ("string", "str"):
            out[column] = out[column].map(escape_cell)
    return out


def write_text_cell(cell: Any, value: Any) -> None:
    """Set an openpyxl cell: a string is always stored as text (never a formula), anything else as given."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True


def append_text_row(sheet: Any, values: list[Any]) -> None:
    """``sheet.append(values)`` with every string stored as text (see :func:`write_text_cell`).

    The cells are made first and appended as cells (openpyxl places them):
    finding the appended row again through ``sheet.max_row`` scans every cell
    of the sheet, which made writing a workbook quadratic in its rows.
    """
    from openpyxl.cell.cell import Cell

    cells = []
    for value in values:
        cell = Cell(sheet)
        write_text_cell(cell, value)
        cells.append(cell)
    sheet.append(cells)
