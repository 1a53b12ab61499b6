"""``plan-analysis plans``: list the plans under the data root, and every broken one."""

from __future__ import annotations

import argparse
import sys

from plan_analysis.cli.exit_codes import EXIT_BAD_INPUT, EXIT_OK


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    plans = commands.add_parser("plans", parents=[common], help="list the plans under the data root")
    plans.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from plan_analysis.plans.loading import scan_plans
    from plan_analysis.plans.paths import locate_data_root

    scan = scan_plans(locate_data_root(args.data_root))
    if len(scan.plans):
        print(scan.plans.to_string(index=False))
    elif not scan.problems:
        print(
            f"plan-analysis: no plans found under {scan.root / 'plans'} "
            "(a plan is a folder plans/<id>/ holding plan.yaml; see --data-root)",
            file=sys.stderr,
        )
    for problem in scan.problems:
        print(f"plan-analysis: error: {problem}", file=sys.stderr)
    return EXIT_BAD_INPUT if scan.problems else EXIT_OK
