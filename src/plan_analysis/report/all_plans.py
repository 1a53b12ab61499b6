"""``plan-analysis report --all``: the reports of every plan whose period overlaps a quarter.

Each plan's report runs in its own worker process (each starting its own
kernel through papermill), ``jobs`` at a time. A plan whose files are broken,
or whose notebook fails, is recorded as such and does not stop the others.
The index is rebuilt once, at the end, from every published set.

Everything the workers get is resolved here first: the absolute data root
(with how the user named it) and the absolute output folder.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from multiprocessing import get_context

from plan_analysis.errors import USER_ERRORS, ParameterError, PlanAnalysisError, ReportError


@dataclass(frozen=True)
class PlanOutcome:
    """How one plan's report went: ``ok`` (detail: the HTML), ``error`` (bad input) or ``failed`` (the run)."""

    plan_id: str
    status: str
    detail: str


def plans_in_quarter(quarter: str, root) -> tuple[list[str], list[PlanOutcome]]:
    """Ids of the plans whose period overlaps ``quarter``; plans whose plan.yaml is broken, as outcomes."""
    from plan_analysis.plans.paths import list_plan_ids
    from plan_analysis.report.parameters import plan_period, quarter_bounds

    _, q_start, q_end = quarter_bounds(quarter)
    chosen, broken = [], []
    for plan_id in list_plan_ids(root):
        try:
            start, end = plan_period(root.path / "plans" / plan_id / "plan.yaml")
        except USER_ERRORS as exc:
            broken.append(PlanOutcome(plan_id, "error", str(exc)))
            continue
        if start <= q_end and q_start <= end:
            chosen.append(plan_id)
    return chosen, broken


def render_all(
    quarter: str,
    *,
    as_of=None,
    lang: str = "zh",
    out_dir=None,
    data_root=None,
    jobs: int | None = None,
    timeout: int = 600,
) -> list[PlanOutcome]:
    """Render every plan's report for ``quarter``; return one outcome per plan, in plan order."""
    from plan_analysis.plans.paths import locate_data_root
    from plan_analysis.report.parameters import quarter_bounds
    from plan_analysis.report.publish import rebuild_report_index, resolve_out_dir

    root = locate_data_root(data_root)
    quarter = quarter_bounds(quarter)[0]
    if jobs is not None and (not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1):
        raise ParameterError(f"jobs must be a whole number of at least 1, got {jobs!r}", parameter="jobs")
    out = resolve_out_dir(out_dir, root)
    chosen, outcomes = plans_in_quarter(quarter, root)
    if not chosen and not outcomes:
        raise ParameterError(
            f"no plan under {root.path / 'plans'} has a period overlapping {quarter}",
            parameter="quarter",
            expected="a quarter inside the period of at least one plan (see plan-analysis plans)",
        )
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(chosen) or 1))
    common = {"as_of": as_of, "lang": lang, "out_dir": out, "data_root": root, "timeout": timeout}
    if chosen:
        # spawn: a fresh interpreter per worker, nothing inherited from this
        # process's threads (papermill and the kernel client use their own).
        with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
            futures = [pool.submit(render_one, plan_id, quarter, **common) for plan_id in chosen]
            outcomes += [f.result() for f in as_completed(futures)]
    published = any(o.status == "ok" for o in outcomes)
    if published:
        rebuild_report_index(out, timeout=max(60, timeout))
    return sorted(outcomes, key=lambda o: o.plan_id)


def render_one(plan_id: str, quarter: str, **options) -> PlanOutcome:
    """One plan's report (run in a worker process); every expected failure becomes an outcome."""
    from plan_analysis.report.runner import publish_report

    try:
        published = publish_report(plan_id, quarter, quiet=True, rebuild_index=False, **options)
    except USER_ERRORS as exc:  # input, parameter or output: the user's to fix
        from plan_analysis.report.parameters import OPTION_NAMES

        return PlanOutcome(plan_id, "error", exc.for_option(OPTION_NAMES))
    except (ReportError, PlanAnalysisError) as exc:
        return PlanOutcome(plan_id, "failed", str(exc))
    except Exception as exc:  # noqa: BLE001 - one plan's bug must not stop the others; the line says what it was
        return PlanOutcome(plan_id, "failed", f"{type(exc).__name__}: {exc}")
    note = f" ({published.warnings} warning(s) logged to {published.log})" if published.warnings else ""
    return PlanOutcome(plan_id, "ok", f"{published.html}{note}")
