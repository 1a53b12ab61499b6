"""The entry point: parse the command line, run the command, map errors to exit codes.

Only this module prints errors; the command modules print their results.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from plan_analysis import __version__
from plan_analysis.cli import draft, extract, plans, report, track, validate
from plan_analysis.cli.exit_codes import EXIT_BAD_INPUT, EXIT_FAILED_RUN
from plan_analysis.errors import USER_ERRORS, PlanAnalysisError

# The commands, in the order of `--help`: each module registers its options and its `run`.
COMMANDS = (extract, report, plans, validate, draft, track)


def build_parser() -> argparse.ArgumentParser:
    # The common options are accepted before or after the command name;
    # SUPPRESS keeps a subcommand's absent option from hiding the main one's.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show Python tracebacks on errors"
    )
    common.add_argument(
        "--data-root",
        default=argparse.SUPPRESS,
        help="folder holding plans/<id>/plan.yaml (default: $PLAN_ANALYSIS_DATA, else the checkout's data/)",
    )
    parser = argparse.ArgumentParser(
        prog="plan-analysis",
        description="Turn Chinese government work plans into tracked, reported indicators.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(commands, common)
    return parser


class _StdoutError(Exception):
    """Writing to standard output failed (a full disk, a closed pipe)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


class _GuardedStdout:
    """Standard output whose write errors are told apart from every other OSError."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise _StdoutError(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise _StdoutError(exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def exit_status(error: PlanAnalysisError) -> tuple[int, str]:
    """The exit code and the one line for an error of this package: the whole mapping, in one place.

    Input, parameter and output errors are the user's to fix: exit 2, the
    message naming the file, row and column, or the option (``--quarter``,
    not the library's ``quarter``). Any other error of this package is a run
    that failed after its inputs were accepted: exit 1.
    """
    if isinstance(error, USER_ERRORS):
        # Imported here, not at start-up: only a report's options need it.
        from plan_analysis.report.parameters import OPTION_NAMES

        return EXIT_BAD_INPUT, f"plan-analysis: error: {error.for_option(OPTION_NAMES)}"
    return EXIT_FAILED_RUN, f"plan-analysis: report failed: {error}"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.debug = getattr(args, "debug", False)
    args.data_root = getattr(args, "data_root", None)
    _tolerate_narrow_encoding(sys.stdout)
    stdout = sys.stdout
    sys.stdout = _GuardedStdout(stdout)
    try:
        code = _dispatch(args)
        sys.stdout.flush()  # here, not at exit: a full disk must fail inside this try
        return code
    except PlanAnalysisError as exc:
        if args.debug:
            raise
        code, message = exit_status(exc)
        print(message, file=sys.stderr)
        return code
    except KeyboardInterrupt:
        print("plan-analysis: interrupted", file=sys.stderr)
        return 130
    except _StdoutError as exc:
        _silence(stdout)
        if args.debug:
            raise exc.error from None
        if isinstance(exc.error, BrokenPipeError):  # the reader stopped reading (| head): not worth a message
            return EXIT_FAILED_RUN
        return _error(f"cannot write to standard output: {exc.error.strerror or exc.error}", EXIT_BAD_INPUT)
    finally:
        sys.stdout = stdout


def _tolerate_narrow_encoding(stream) -> None:
    """A stdout that cannot encode Chinese (PYTHONIOENCODING=ascii, a latin-1 terminal) prints escapes, not a traceback."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and getattr(stream, "errors", "strict") == "strict":
        try:
            reconfigure(errors="backslashreplace")
        except (ValueError, OSError):  # closed or detached: nothing will be printed anyway
            pass


def _error(message: str, code: int) -> int:
    print(f"plan-analysis: error: {message}", file=sys.stderr)
    return code


def _silence(stream: TextIO) -> None:
    """Point a failed standard output at /dev/null, so that the interpreter's flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture it)
        pass


def _dispatch(args: argparse.Namespace) -> int:
    code: int = args.run(args)
    return code
