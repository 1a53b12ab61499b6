"""``plan-analysis track``: suggested progress rows of a plan from later texts; ``--apply`` merges them."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from plan_analysis.cli.exit_codes import EXIT_OK
from plan_analysis.errors import ParameterError
from plan_analysis.text.cells import escape_cell

__all__ = ["register", "run"]


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    track = commands.add_parser(
        "track",
        parents=[common],
        help="link figures of later texts (bulletins, reviews) to a plan's indicators as progress rows",
        description="Exit status: 0 done; 2 a wrong option or path, or a conflict with --apply (nothing written).",
    )
    track.add_argument("plan", metavar="PLAN", help="id of the plan (a folder under plans/)")
    track.add_argument(
        "sources",
        nargs="+",
        metavar="FILE_OR_DATASET",
        help="later texts: files, folders, '-' (standard input) or a dataset of `extract --out`",
    )
    track.add_argument("--format", choices=["csv", "jsonl", "table"], default="table", help="output format")
    track.add_argument("--apply", action="store_true", help="merge the rows into the plan's progress.csv")
    track.add_argument(
        "--min-confidence", type=float, default=0.7, help="rows below it are shown but not applied (default 0.7)"
    )
    track.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from plan_analysis.plans.loading import load_plan
    from plan_analysis.track.apply import apply_rows
    from plan_analysis.track.rows import ROW_FIELDS, rows_of_plan

    if not 0.0 <= args.min_confidence <= 1.0:
        raise ParameterError(
            f"{args.min_confidence} is out of range", parameter="--min-confidence", expected="a number from 0 to 1"
        )
    plan = load_plan(args.plan, args.data_root)
    rows = rows_of_plan(plan, args.sources)
    records = [row.as_record() for row in rows]
    if args.format == "jsonl":
        for record in records:
            print(json.dumps(record, ensure_ascii=False))
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=ROW_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: escape_cell(v) for k, v in record.items()} for record in records)
    else:
        for record in records:
            print(
                f"{record['indicator_id']:<14} {record['as_of']}  {record['value']:>16g} {record['unit']:<4} "
                f"{record['confidence']:.2f}  {record['doc']}:{record['raw_start']}-{record['raw_end']}  {record['rule']}"
            )
    if args.apply:
        from plan_analysis.plans.loading import TRACKED_NAME

        log = plan.progress_path
        if log is not None and log.suffix.lower() == ".csv":
            result = apply_rows(log, rows, min_confidence=args.min_confidence)
        else:
            # The office's workbook stays as they filled it; its rows still win (hand rows).
            result = apply_rows(plan.dir / TRACKED_NAME, rows, min_confidence=args.min_confidence, hand=plan.progress)
        print(result.summary(), file=sys.stderr)
    return EXIT_OK
