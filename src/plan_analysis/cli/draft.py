"""``plan-analysis draft``: resolve the command's input once, then write the draft.

FILE (or ``-``) becomes bytes, the data root a folder path (created when the
draft is written: a draft is how a new data root starts), the year a checked int.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from plan_analysis.cli.exit_codes import EXIT_OK
from plan_analysis.corpus.extract_command import YEAR_RANGE
from plan_analysis.errors import ParameterError
from plan_analysis.plans.paths import DATA_ROOT_ENV, resolve_data_root
from plan_analysis.text.decoding import decode_nonempty, read_capped_bytes, read_stream_bytes

__all__ = ["register", "run", "run_draft"]


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    draft = commands.add_parser(
        "draft", parents=[common], help="draft a new plan (plan.yaml, indicators.csv …) from its text"
    )
    draft.add_argument("file", metavar="FILE", help="the plan's text ('-' reads standard input)")
    draft.add_argument("--plan", required=True, help="id of the new plan (a folder name, e.g. mytown-2025)")
    draft.add_argument("--year", type=int, help="plan year, when the text does not say it")
    draft.add_argument("--force", action="store_true", help="replace an existing plan (its files are kept as a backup)")
    draft.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    print(run_draft(args.file, plan_id=args.plan, data_root=args.data_root, year=args.year, force=args.force))
    return EXIT_OK


def _read_source(file: str) -> tuple[Path | None, bytes]:
    """The bytes to draft from, capped like every other input; empty or BOM-only input is refused."""
    if file == "-":
        source, data = None, read_stream_bytes(sys.stdin.buffer)
    else:
        source = Path(file)
        data = read_capped_bytes(source)
    decode_nonempty(data, path=source or "<stdin>")
    return source, data


def _data_root(data_root: str | os.PathLike[str] | None) -> Path:
    """The data root as an absolute path; unlike other commands, it need not exist yet."""
    if data_root is not None:
        root, option = Path(data_root), "--data-root"
    elif os.environ.get(DATA_ROOT_ENV):
        root, option = Path(os.environ[DATA_ROOT_ENV]), f"${DATA_ROOT_ENV}"
    else:
        return resolve_data_root(None)
    if root.exists() and not root.is_dir():
        raise ParameterError(
            "is not a folder", path=root, parameter=option, expected="a folder (it is created if missing)"
        )
    return root.resolve()  # created by the draft, once everything else is known to be good


def run_draft(file: str, *, plan_id: str, data_root=None, year: int | None = None, force: bool = False) -> str:
    """Draft a plan from ``file`` and return the summary to print."""
    from plan_analysis.plans.draft_files import write_draft

    if year is not None and not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        # The same bounds as `extract --year`: a draft and an extraction of one text agree on its year.
        raise ParameterError(
            f"year {year} is out of range",
            parameter="--year",
            expected=f"a plan year from {YEAR_RANGE[0]} to {YEAR_RANGE[1]}, such as 2025",
        )
    source, data = _read_source(file)
    result = write_draft(source, data, plan_id=plan_id, data_root=_data_root(data_root), year=year, force=force)
    return result.summary()
