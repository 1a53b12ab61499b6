"""Errors that users see.

Every problem with a user's input is raised as :class:`InputError`, which knows
the file, row and column at fault and what was expected there. The CLI prints
its message alone (no traceback) and exits with status 2.
"""
from __future__ import annotations

from os import PathLike


class PlanAnalysisError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(PlanAnalysisError, ValueError):
    """Bad input: a file, a table cell or a parameter that is not what was expected.

    ``row`` is the 1-based line number in the file as a spreadsheet or editor
    shows it (a CSV header is row 1, so the first data row is row 2).
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | PathLike[str] | None = None,
        row: int | None = None,
        column: str | None = None,
        expected: str | None = None,
    ) -> None:
        self.message = message
        self.path = None if path is None else str(path)
        self.row = row
        self.column = column
        self.expected = expected
        super().__init__(self._format())

    def _format(self) -> str:
        where = []
        if self.path is not None:
            where.append(self.path)
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        text = ", ".join(where)
        text = f"{text}: {self.message}" if text else self.message
        if self.expected:
            text += f" (expected {self.expected})"
        return text


class ParameterError(InputError):
    """A report parameter (plan id, quarter, as-of date, language) is invalid."""


class ReportError(PlanAnalysisError):
    """A report run failed after its inputs were accepted (exit status 1)."""
