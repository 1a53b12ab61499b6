"""``plan-analysis report``: render one plan's quarterly report, or every plan's (``--all``)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from plan_analysis.cli.exit_codes import EXIT_BAD_INPUT, EXIT_FAILED_RUN, EXIT_OK

if TYPE_CHECKING:
    from plan_analysis.plans.paths import DataRoot


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = commands.add_parser(
        "report", parents=[common], help="render a quarterly report to HTML with papermill and nbconvert"
    )
    which = report.add_mutually_exclusive_group(required=True)
    which.add_argument("--plan", help="plan id, e.g. chentao-2025q4")
    which.add_argument(
        "--all", action="store_true", help="every plan under the data root whose period overlaps --quarter"
    )
    report.add_argument("--quarter", required=True, help="quarter such as 2025Q4")
    report.add_argument(
        "--as-of", help="as-of date YYYY-MM-DD (default: the quarter's end or today, whichever is earlier)"
    )
    report.add_argument("--lang", default="zh", help="report language: zh or en")
    report.add_argument(
        "--out",
        default=None,
        help="output folder (default: <data root>/reports when --data-root or $PLAN_ANALYSIS_DATA is given, "
        "else reports/)",
    )
    report.add_argument("--timeout", type=int, default=600, help="seconds a notebook cell may run")
    report.add_argument(
        "--jobs", type=int, default=None, help="with --all: reports rendered at once (default: the number of cores)"
    )
    report.add_argument("--quiet", action="store_true", help="no progress bar")
    report.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from plan_analysis.plans.paths import locate_data_root

    # Every value the user gave is resolved here, at the edge: the data root
    # (absolute, with how it was named) and the report's parameters.
    root = locate_data_root(args.data_root)
    if args.all:
        return _report_all(args, root)
    from plan_analysis.report.parameters import validate_parameters
    from plan_analysis.report.runner import run_report

    parameters = validate_parameters(args.plan, args.quarter, args.as_of, args.lang, root)
    published = run_report(parameters, root, out_dir=args.out, quiet=args.quiet, timeout=args.timeout)
    if published.warnings:
        print(
            f"plan-analysis: {published.warnings} warning(s) from the report's cells were logged to {published.log}",
            file=sys.stderr,
        )
    print(published.html)
    return EXIT_OK


def _report_all(args: argparse.Namespace, root: DataRoot) -> int:
    from plan_analysis.report.all_plans import render_all

    outcomes = render_all(
        args.quarter,
        as_of=args.as_of,
        lang=args.lang,
        out_dir=args.out,
        data_root=root,
        jobs=args.jobs,
        timeout=args.timeout,
    )
    width = max(len(o.plan_id) for o in outcomes)
    for o in outcomes:
        print(f"{o.status:<7} {o.plan_id:<{width}}  {o.detail}")
    bad_input = sum(o.status == "error" for o in outcomes)
    failed = sum(o.status == "failed" for o in outcomes)
    print(
        f"plan-analysis: {len(outcomes) - failed - bad_input} of {len(outcomes)} reports published"
        + (f", {bad_input} refused for bad input (fix the files named above)" if bad_input else "")
        + (f", {failed} failed" if failed else ""),
        file=sys.stderr,
    )
    # A run that failed is the package's to explain (exit 1); bad input alone is the user's to fix (exit 2).
    if failed:
        return EXIT_FAILED_RUN
    return EXIT_BAD_INPUT if bad_input else EXIT_OK
