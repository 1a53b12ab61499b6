"""``plan-analysis extract``: quantities of plan texts to stdout, or a corpus into a Parquet dataset."""

from __future__ import annotations

import argparse
import sys

from plan_analysis.cli.exit_codes import EXIT_FAILED_RUN
from plan_analysis.errors import PlanAnalysisError


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    extract = commands.add_parser(
        "extract",
        parents=[common],
        help="extract every quantity from plan texts, or a corpus into a Parquet dataset",
        description="Exit status: 0 every document extracted; 2 a wrong option or path (nothing written), or some "
        "documents refused or failed (named on stderr, listed in OUT/_documents, the others extracted); "
        "1 the run stopped (run it again to resume).",
    )
    extract.add_argument(
        "files",
        nargs="+",
        metavar="PATH",
        help="plan text files, folders (searched recursively) or fsspec URLs; '-' reads standard input",
    )
    extract.add_argument("--year", type=int, help="plan year, to turn 全年/四季度/10月底 into dates (1949-2100)")
    extract.add_argument(
        "--format", choices=["jsonl", "csv", "table"], default="jsonl", help="stdout format when there is no --out"
    )
    extract.add_argument("--glob", help="files to take in folders (default: '**/*.txt')")
    extract.add_argument(
        "--out",
        metavar="PATH.parquet",
        help="write a Parquet dataset there (resumes a run that stopped) instead of stdout",
    )
    extract.add_argument("--jobs", type=int, help="parallel worker processes (default: all cores)")
    extract.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local processes, or a dask.distributed cluster (default: local)",
    )
    extract.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: a running scheduler's address (default: a LocalCluster)",
    )
    extract.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    extract.add_argument(
        "--explain",
        action="store_true",
        help="for each mention of the given files, the kind rules that fired and their evidence (to stdout)",
    )
    extract.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from plan_analysis.corpus.extract_command import run_extract

    if args.explain:
        return _explain(args.files, args.year)
    try:
        return run_extract(
            args.files,
            year=args.year,
            fmt=args.format,
            out=sys.stdout,
            engine=args.engine,
            glob=args.glob,
            dataset=args.out,
            jobs=args.jobs,
            scheduler=args.scheduler,
            quiet=args.quiet,
        )
    except PlanAnalysisError as exc:
        # Only the Dask engine raises CorpusRunError: its module (and logging)
        # is loaded when something went wrong, not on every start.
        from plan_analysis.corpus.dask_engine import CorpusRunError

        if args.debug or not isinstance(exc, CorpusRunError):
            raise
        print(f"plan-analysis: extract stopped: {exc} (run it again to resume)", file=sys.stderr)
        return EXIT_FAILED_RUN


def _explain(files: list[str], year: int | None) -> int:
    from plan_analysis.extract.explain import format_explanations
    from plan_analysis.text.normalize import normalize_file, normalize_text

    for name in files:
        normalized = normalize_text(sys.stdin.buffer.read()) if name == "-" else normalize_file(name)
        print(f"== {name}")
        for line in format_explanations(normalized, year):
            print(line)
    return 0
