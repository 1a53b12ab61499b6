"""The ``plan-analysis`` command: a thin layer over the library.

Exit status: 0 success; 1 a report run that failed after its inputs were
accepted (nothing was published); 2 bad input or usage (the message names the
file, row and column). ``--debug`` shows the Python traceback as well.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from plan_analysis import __version__
from plan_analysis.errors import InputError, ParameterError, PlanAnalysisError, ReportError

EXIT_OK, EXIT_FAILED_RUN, EXIT_BAD_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    # The common options are accepted before or after the command name;
    # SUPPRESS keeps a subcommand's absent option from hiding the main one's.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show Python tracebacks on errors")
    common.add_argument(
        "--data-root", default=argparse.SUPPRESS,
        help="folder holding plans/<id>/plan.yaml (default: $PLAN_ANALYSIS_DATA, else the checkout's data/)",
    )
    parser = argparse.ArgumentParser(prog="plan-analysis", description=__doc__.splitlines()[0], parents=[common])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract", parents=[common], help="extract every quantity from plan texts, or a corpus into a Parquet dataset",
        description="Exit status: 0 every document extracted; 2 a wrong option or path (nothing written), or some "
                    "documents refused or failed (named on stderr, listed in OUT/_documents, the others extracted); "
                    "1 the run stopped (run it again to resume).",
    )
    extract.add_argument("files", nargs="+", metavar="PATH",
                         help="plan text files, folders (searched recursively) or fsspec URLs; '-' reads standard input")
    extract.add_argument("--year", type=int, help="plan year, to turn 全年/四季度/10月底 into dates (1949-2100)")
    extract.add_argument("--format", choices=["jsonl", "csv", "table"], default="jsonl",
                         help="stdout format when there is no --out")
    extract.add_argument("--glob", help="files to take in folders (default: '**/*.txt')")
    extract.add_argument("--out", metavar="PATH.parquet",
                         help="write a Parquet dataset there (resumes a run that stopped) instead of stdout")
    extract.add_argument("--jobs", type=int, help="parallel worker processes (default: all cores)")
    extract.add_argument("--engine", choices=["local", "dask"], default="local",
                         help="local processes, or a dask.distributed cluster (default: local)")
    extract.add_argument("--scheduler", metavar="ADDRESS",
                         help="with --engine dask: a running scheduler's address (default: a LocalCluster)")
    extract.add_argument("--quiet", action="store_true", help="no progress bar or summary")

    report = commands.add_parser("report", parents=[common], help="render a quarterly report to HTML with papermill and nbconvert")
    which = report.add_mutually_exclusive_group(required=True)
    which.add_argument("--plan", help="plan id, e.g. chentao-2025q4")
    which.add_argument("--all", action="store_true", help="every plan under the data root whose period overlaps --quarter")
    report.add_argument("--quarter", required=True, help="quarter such as 2025Q4")
    report.add_argument("--as-of", help="as-of date YYYY-MM-DD (default: the quarter's end or today, whichever is earlier)")
    report.add_argument("--lang", default="zh", help="report language: zh or en")
    report.add_argument(
        "--out", default=None,
        help="output folder (default: <data root>/reports when --data-root or $PLAN_ANALYSIS_DATA is given, else reports/)",
    )
    report.add_argument("--timeout", type=int, default=600, help="seconds a notebook cell may run")
    report.add_argument("--jobs", type=int, default=None, help="with --all: reports rendered at once (default: the number of cores)")
    report.add_argument("--quiet", action="store_true", help="no progress bar")

    commands.add_parser("plans", parents=[common], help="list the plans under the data root")

    validate = commands.add_parser("validate", parents=[common], help="load and validate a plan's files")
    validate.add_argument("plan", help="plan id")

    draft = commands.add_parser("draft", parents=[common], help="draft a new plan (plan.yaml, indicators.csv …) from its text")
    draft.add_argument("file", metavar="FILE", help="the plan's text ('-' reads standard input)")
    draft.add_argument("--plan", required=True, help="id of the new plan (a folder name, e.g. mytown-2025)")
    draft.add_argument("--year", type=int, help="plan year, when the text does not say it")
    draft.add_argument("--force", action="store_true", help="replace an existing plan (its files are kept as a backup)")
    return parser


class _StdoutError(Exception):
    """Writing to standard output failed (a full disk, a closed pipe)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


class _GuardedStdout:
    """Standard output whose write errors are told apart from every other OSError."""

    def __init__(self, stream) -> None:
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

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.debug = getattr(args, "debug", False)
    args.data_root = getattr(args, "data_root", None)
    stdout = sys.stdout
    sys.stdout = _GuardedStdout(stdout)
    try:
        code = _dispatch(args)
        sys.stdout.flush()  # here, not at exit: a full disk must fail inside this try
        return code
    except ParameterError as exc:
        if args.debug:
            raise
        # Imported here, not at start-up: only a report's options need it.
        from plan_analysis.report.parameters import OPTION_NAMES

        return _error(exc.for_option(OPTION_NAMES), EXIT_BAD_INPUT)
    except InputError as exc:
        if args.debug:
            raise
        return _error(str(exc), EXIT_BAD_INPUT)
    except (ReportError, PlanAnalysisError) as exc:
        if args.debug:
            raise
        print(f"plan-analysis: report failed: {exc}", file=sys.stderr)
        return EXIT_FAILED_RUN
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


def _error(message: str, code: int) -> int:
    print(f"plan-analysis: error: {message}", file=sys.stderr)
    return code


def _silence(stream) -> None:
    """Point a failed standard output at /dev/null, so that the interpreter's flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture it)
        pass


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "extract":
        from plan_analysis.corpus.extract_command import run_extract

        try:
            return run_extract(args.files, year=args.year, fmt=args.format, out=sys.stdout, engine=args.engine,
                               glob=args.glob, dataset=args.out, jobs=args.jobs, scheduler=args.scheduler,
                               quiet=args.quiet)
        except PlanAnalysisError as exc:
            # Only the Dask engine raises CorpusRunError: its module (and logging)
            # is loaded when something went wrong, not on every start.
            from plan_analysis.corpus.dask_engine import CorpusRunError

            if args.debug or not isinstance(exc, CorpusRunError):
                raise
            print(f"plan-analysis: extract stopped: {exc} (run it again to resume)", file=sys.stderr)
            return EXIT_FAILED_RUN
    if args.command == "draft":  # a draft may create its data root, so it resolves the root itself
        from plan_analysis.plans.draft_cli import run_draft

        print(run_draft(args.file, plan_id=args.plan, data_root=args.data_root, year=args.year, force=args.force))
        return EXIT_OK
    # Every other command reads the data root: resolve it once, here.
    from plan_analysis.plans.paths import locate_data_root

    root = locate_data_root(args.data_root)
    if args.command == "report" and args.all:
        return _report_all(args, root)
    if args.command == "report":
        from plan_analysis.report.runner import publish_report

        published = publish_report(
            args.plan,
            args.quarter,
            as_of=args.as_of,
            lang=args.lang,
            out_dir=args.out,
            quiet=args.quiet,
            timeout=args.timeout,
            data_root=root,
        )
        if published.warnings:
            print(f"plan-analysis: {published.warnings} warning(s) from the report's cells were logged to {published.log}",
                  file=sys.stderr)
        print(published.html)
        return EXIT_OK
    if args.command == "plans":
        return _plans(root)
    if args.command == "validate":
        from plan_analysis.plans.loading import load_plan
        from plan_analysis.plans.validation import plan_problems

        problems = plan_problems(args.plan, root)
        if problems:
            for problem in problems:
                print(f"plan-analysis: error: {problem}", file=sys.stderr)
            print(f"{args.plan}: {len(problems)} problem(s), listed above")
            return EXIT_BAD_INPUT
        plan = load_plan(args.plan, root)
        counts = plan.indicators["kind"].value_counts().to_dict()
        print(
            f"{plan.id}: ok — {len(plan.indicators)} indicators "
            f"({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}), {len(plan.progress)} progress rows"
        )
        return EXIT_OK
    raise AssertionError(args.command)  # argparse restricts the choices


def _plans(root) -> int:
    from plan_analysis.plans.loading import scan_plans

    scan = scan_plans(root)
    if len(scan.plans):
        print(scan.plans.to_string(index=False))
    elif not scan.problems:
        print(f"plan-analysis: no plans found under {scan.root / 'plans'} "
              "(a plan is a folder plans/<id>/ holding plan.yaml; see --data-root)", file=sys.stderr)
    for problem in scan.problems:
        _error(str(problem), EXIT_BAD_INPUT)
    return EXIT_BAD_INPUT if scan.problems else EXIT_OK


def _report_all(args: argparse.Namespace, root) -> int:
    from plan_analysis.report.all_plans import render_all

    outcomes = render_all(
        args.quarter, as_of=args.as_of, lang=args.lang, out_dir=args.out, data_root=root,
        jobs=args.jobs, timeout=args.timeout,
    )
    width = max(len(o.plan_id) for o in outcomes)
    for o in outcomes:
        print(f"{o.status:<7} {o.plan_id:<{width}}  {o.detail}")
    failed = sum(o.status != "ok" for o in outcomes)
    print(f"plan-analysis: {len(outcomes) - failed} of {len(outcomes)} reports published"
          + (f", {failed} failed" if failed else ""), file=sys.stderr)
    return EXIT_FAILED_RUN if failed else EXIT_OK
