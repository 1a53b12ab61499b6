"""Errors that users see.

Every problem with a user's input is raised as :class:`InputError`, which knows
the file, row and column at fault and what was expected there. The CLI prints
its message alone (no traceback) and exits with status 2.

Messages quote values through :func:`shown`: a value is printed as plain
Python (``-8.0``, never ``np.float64(-8.0)``) and cut to :data:`MAX_SHOWN`
characters, so that a huge cell or an expanded YAML structure never ends up
whole in a message (or takes the process down while being printed).
"""

from __future__ import annotations

import reprlib
from os import PathLike

# How many characters of a quoted value a message shows.
MAX_SHOWN = 60
# The longest message an error carries, whatever its parts (a safety net for
# messages built without shown()).
MAX_MESSAGE = 600

_repr = reprlib.Repr()
_repr.maxstring = MAX_SHOWN
_repr.maxother = MAX_SHOWN
_repr.maxlist = _repr.maxtuple = _repr.maxdict = _repr.maxset = 6
_repr.maxlevel = 3


def plain(value: object) -> object:
    """A NumPy or pandas scalar as the Python value it holds (``np.float64(2.0)`` → ``2.0``)."""
    item = getattr(value, "item", None)
    if callable(item) and type(value).__module__.startswith("numpy"):
        try:
            return item()
        except (TypeError, ValueError):
            return value
    return value


def shown(value: object, limit: int = MAX_SHOWN) -> str:
    """``repr`` of a value for a message: plain numbers, at most ``limit`` characters (… marks a cut).

    Nested structures are walked only a few levels deep and a few items wide,
    so the cost does not depend on the value's size.
    """
    value = plain(value)
    if isinstance(value, float) and value.is_integer():
        text = repr(int(value)) if abs(value) < 1e16 else repr(value)
    elif isinstance(value, (str, bytes)) and len(value) > limit:
        text = repr(value[: limit - 3]) + "…"
    else:
        text = _repr.repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _bounded(text: str, limit: int = MAX_MESSAGE) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
        self.message = _bounded(" ".join(str(message).split("\n")))
        self.path = None if path is None else str(path)
        self.row = row
        self.column = column
        self.expected = None if expected is None else _bounded(str(expected))
        super().__init__(self._format())

    def _where(self) -> list[str]:
        where = []
        if self.path is not None:
            where.append(self.path)
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        return where

    def _format(self, where: list[str] | None = None) -> str:
        text = ", ".join(self._where() if where is None else where)
        text = f"{text}: {self.message}" if text else self.message
        if self.expected:
            text += f" (expected {self.expected})"
        return text


class ParameterError(InputError):
    """A report parameter (plan id, quarter, as-of date, language) is invalid.

    ``parameter`` names it as the library does (``quarter``, ``as_of``); the
    command line shows it under its option's name instead (``--quarter``),
    see :meth:`for_option`. ``column`` is accepted as an older spelling.
    """

    def __init__(self, message: str, *, parameter: str | None = None, column: str | None = None, **where) -> None:
        self.parameter = parameter or column
        super().__init__(message, **where)

    def _where(self) -> list[str]:
        where = [w for w in super()._where()]
        if self.parameter is not None:
            where.append(f"parameter {self.parameter!r}")
        return where

    def for_option(self, options: dict[str, str]) -> str:
        """The message naming the command-line option (``{"quarter": "--quarter"}``) instead of the parameter."""
        where = super()._where()
        if self.parameter is not None:
            where.append(options.get(self.parameter, self.parameter))
        return self._format(where)


class OutputError(ParameterError):
    """The output folder (``--out``) or stream cannot be written: full, read-only, not a folder.

    Exit status 2: the folder is the user's to fix. The message says whether
    anything published changed (normally nothing did).
    """


class ReportError(PlanAnalysisError):
    """A report run failed after its inputs were accepted (exit status 1)."""
