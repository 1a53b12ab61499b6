"""``plan-analysis validate``: load a plan's files and list every problem at once."""

from __future__ import annotations

import argparse
import sys

from plan_analysis.cli.exit_codes import EXIT_BAD_INPUT, EXIT_OK


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    validate = commands.add_parser("validate", parents=[common], help="load and validate a plan's files")
    validate.add_argument("plan", help="plan id")
    validate.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from plan_analysis.plans.loading import load_plan
    from plan_analysis.plans.paths import locate_data_root
    from plan_analysis.plans.validation import plan_notes, plan_problems

    root = locate_data_root(args.data_root)
    problems = plan_problems(args.plan, root)
    if problems:
        for problem in problems:
            print(f"plan-analysis: error: {problem}", file=sys.stderr)
        # One problem is its own line; a count of several comes after them, on the same stream
        # (on stdout it could show before them, whichever stream a terminal or log flushes first).
        if len(problems) > 1:
            print(f"{args.plan}: {len(problems)} problem(s), listed above", file=sys.stderr)
        return EXIT_BAD_INPUT
    plan = load_plan(args.plan, root)
    counts = plan.indicators["kind"].value_counts().to_dict()
    print(
        f"{plan.id}: ok — {len(plan.indicators)} indicators "
        f"({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}), {len(plan.progress)} progress rows"
    )
    for line in plan_notes(plan):
        print(f"  {line}")
    return EXIT_OK
