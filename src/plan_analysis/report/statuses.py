"""The statuses an indicator can have, in report order, with their labels.

Kept apart from :mod:`plan_analysis.report.assessment` (which needs pandas) so that
the report index can be rebuilt by a process that never imports pandas.
"""
from __future__ import annotations

STATUSES = ("done", "on_track", "behind", "overdue", "stale", "no_data")
CONTEXT = "context"  # descriptors: shown, never scored

STATUS_LABELS = {
    "zh": {
        "done": "已完成",
        "on_track": "按进度推进",
        "behind": "进度滞后",
        "overdue": "逾期未完成",
        "stale": "久未更新",
        "no_data": "暂无数据",
        "context": "背景数据",
    },
    "en": {
        "done": "done",
        "on_track": "on track",
        "behind": "behind",
        "overdue": "overdue",
        "stale": "stale",
        "no_data": "no data",
        "context": "context",
    },
}

# The key under which a report notebook's headline output carries its summary.
SUMMARY_KEY = "plan_analysis_summary"
