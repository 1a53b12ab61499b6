"""The statuses an indicator can have, in report order, with their labels.

Kept apart from :mod:`plan_analysis.report.assessment` (which needs pandas) so that
the report index can be rebuilt by a process that never imports pandas. The
labels live in the report's catalogue (``catalogue.yaml``).
"""

from __future__ import annotations

from plan_analysis.report.wording import LANGS, catalogue

# Targets and milestones: done … overdue; limits (ceilings, floors of a rate):
# within_limit / outside_limit; any scored indicator: stale, no_data.
STATUSES = ("done", "on_track", "behind", "overdue", "within_limit", "outside_limit", "stale", "no_data")
CONTEXT = "context"  # descriptors: shown, never scored

STATUS_LABELS = {lang: dict(catalogue()[lang]["statuses"]) for lang in LANGS}

# The key under which a report notebook's headline output carries its summary.
SUMMARY_KEY = "plan_analysis_summary"
