"""Errors that users see.

Three siblings under :class:`PlanAnalysisError` say whose the problem is, and
each knows where it is (file, row, column or option) and what was expected:

* :class:`InputError` — a file or a table cell is not what was expected;
* :class:`ParameterError` — a value the caller gave (a report's plan id,
  quarter, as-of date, language; an option) is invalid;
* :class:`OutputError` — where the results go (``--out``, the temporary
  folder, standard output) cannot be written: full, read-only, not a folder.

The CLI prints the message of any of them alone (no traceback) and exits with
status 2: each is the user's to fix. :class:`ReportError` is a run that failed
after its inputs were accepted (status 1). ``InputError`` and
``ParameterError`` are also ``ValueError`` (a bad value); ``OutputError`` is
not (a full disk is no bad value).

Messages quote values through :func:`shown`: a value is printed as plain
Python (``-8.0``, never ``np.float64(-8.0)``) and cut to :data:`MAX_SHOWN`
characters, so that a huge cell or an expanded YAML structure never ends up
whole in a message (or takes the process down while being printed).
"""

from __future__ import annotations

import reprlib
from os import PathLike
from typing import Any

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


class _LocatedError(PlanAnalysisError):
    """What the three user errors share: a one-line message naming where the problem is.

    ``row`` is the 1-based line number in the file as a spreadsheet or editor
    shows it (a CSV header is row 1, so the first data row is row 2). A
    ``column`` spelt as an option (``--plan``) is shown as ``option --plan``.
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
            where.append(_named("column", self.column))
        return where

    def _format(self, where: list[str] | None = None) -> str:
        text = ", ".join(self._where() if where is None else where)
        text = f"{text}: {self.message}" if text else self.message
        if self.expected:
            text += f" (expected {self.expected})"
        return text

    def for_option(self, options: dict[str, str]) -> str:
        """The message as the command line shows it (the same as ``str()`` unless a parameter is named)."""
        return str(self)


def _named(kind: str, name: str) -> str:
    """``column 'unit'``, ``parameter 'quarter'``; an option's name (``--plan``) as ``option --plan``."""
    return f"option {name}" if name.startswith("--") else f"{kind} {name!r}"


class InputError(_LocatedError, ValueError):
    """Bad input: a file or a table cell that is not what was expected."""


class _ParameterNamed(_LocatedError):
    """An error about a value the caller passed, named as the library does (``quarter``, ``out_dir``).

    The command line shows it under its option's name instead (``--quarter``),
    see :meth:`for_option`. ``column`` is accepted as an older spelling.
    """

    def __init__(self, message: str, *, parameter: str | None = None, column: str | None = None, **where: Any) -> None:
        self.parameter = parameter or column
        super().__init__(message, **where)

    def _where(self) -> list[str]:
        where = super()._where()
        if self.parameter is not None:
            where.append(_named("parameter", self.parameter))
        return where

    def for_option(self, options: dict[str, str]) -> str:
        """The message naming the command-line option (``{"quarter": "--quarter"}``) instead of the parameter."""
        where = super()._where()
        if self.parameter is not None:
            where.append(options.get(self.parameter, self.parameter))
        return self._format(where)


class ParameterError(_ParameterNamed, ValueError):
    """A parameter (plan id, quarter, as-of date, language, an option's value) is invalid."""


class OutputError(_ParameterNamed):
    """The output folder (``--out``), the temporary folder or a stream cannot be written: full, read-only, not a folder.

    Exit status 2: the folder is the user's to fix. The message says whether
    anything published changed (normally nothing did).
    """


# The errors whose message is the user's to act on (exit status 2 on the command line).
USER_ERRORS: tuple[type[_LocatedError], ...] = (InputError, ParameterError, OutputError)


class ReportError(PlanAnalysisError):
    """A report run failed after its inputs were accepted (exit status 1)."""
