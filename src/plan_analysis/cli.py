"""The ``plan-analysis`` command: a thin layer over the library.

Exit status: 0 success; 1 a report run that failed after its inputs were
accepted (nothing was published); 2 bad input or usage (the message names the
file, row and column). ``--debug`` shows the Python traceback as well.
"""
from __future__ import annotations

import argparse
import sys
from typing import Sequence

from plan_analysis import __version__
from plan_analysis.errors import InputError, PlanAnalysisError, ReportError

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
    report.add_argument("--plan", required=True, help="plan id, e.g. chentao-2025q4")
    report.add_argument("--quarter", required=True, help="quarter such as 2025Q4")
    report.add_argument("--as-of", help="as-of date YYYY-MM-DD (default: the quarter's end or today, whichever is earlier)")
    report.add_argument("--lang", default="zh", help="report language: zh or en")
    report.add_argument("--out", default="reports", help="output folder (default: reports/)")
    report.add_argument("--timeout", type=int, default=600, help="seconds a notebook cell may run")
    report.add_argument("--quiet", action="store_true", help="no progress bar")

    commands.add_parser("plans", parents=[common], help="list the plans under the data root")

    validate = commands.add_parser("validate", parents=[common], help="load and validate a plan's files")
    validate.add_argument("plan", help="plan id")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.debug = getattr(args, "debug", False)
    args.data_root = getattr(args, "data_root", None)
    try:
        return _dispatch(args)
    except InputError as exc:
        if args.debug:
            raise
        print(f"plan-analysis: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (ReportError, PlanAnalysisError) as exc:
        if args.debug:
            raise
        print(f"plan-analysis: report failed: {exc}", file=sys.stderr)
        return EXIT_FAILED_RUN
    except KeyboardInterrupt:
        print("plan-analysis: interrupted", file=sys.stderr)
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "extract":
        from plan_analysis.corpus.dask_engine import CorpusRunError
        from plan_analysis.corpus.extract_command import run_extract

        try:
            return run_extract(args.files, year=args.year, fmt=args.format, out=sys.stdout, engine=args.engine,
                               glob=args.glob, dataset=args.out, jobs=args.jobs, scheduler=args.scheduler,
                               quiet=args.quiet)
        except CorpusRunError as exc:
            if args.debug:
                raise
            print(f"plan-analysis: extract stopped: {exc} (run it again to resume)", file=sys.stderr)
            return EXIT_FAILED_RUN
    if args.command == "report":
        from plan_analysis.report.runner import run_report

        path = run_report(
            args.plan,
            args.quarter,
            as_of=args.as_of,
            lang=args.lang,
            out_dir=args.out,
            quiet=args.quiet,
            timeout=args.timeout,
            data_root=args.data_root,
        )
        print(path)
        return EXIT_OK
    if args.command == "plans":
        from plan_analysis.plans.loading import list_plans

        print(list_plans(args.data_root).to_string(index=False))
        return EXIT_OK
    if args.command == "validate":
        from plan_analysis.plans.loading import load_plan

        plan = load_plan(args.plan, args.data_root)
        counts = plan.indicators["kind"].value_counts().to_dict()
        print(
            f"{plan.id}: ok — {len(plan.indicators)} indicators "
            f"({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}), {len(plan.progress)} progress rows"
        )
        return EXIT_OK
    raise AssertionError(args.command)  # argparse restricts the choices
