"""Report parameters: what a quarterly report is about, checked before any work starts.

The same check runs in two places: the runner calls it before papermill starts
(so a typo exits 2 at once instead of producing a failed notebook), and the
notebook calls it on the values papermill injected (so a notebook run by hand
in JupyterLab gets the same clear error).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import asdict, dataclass
from typing import TypeGuard

from plan_analysis.errors import InputError, ParameterError, shown

LANGUAGES = ("zh", "en")
# The command-line option of each parameter: errors shown by the CLI name the option the user typed.
OPTION_NAMES = {
    "plan_id": "--plan",
    "quarter": "--quarter",
    "as_of": "--as-of",
    "lang": "--lang",
    "out_dir": "--out",
    "timeout": "--timeout",
    "jobs": "--jobs",
    "data_root": "--data-root",
}
QUARTER_PATTERN = re.compile(r"^(\d{4})Q([1-4])$")
_QUARTER_LIKE = re.compile(r"^\s*(\d{4})\s*[-_ ]?\s*[Qq]\s*(\d)\s*$")


@dataclass(frozen=True)
class ReportParameters:
    """Validated parameters of one quarterly report."""

    plan_id: str
    quarter: str  # canonical form, e.g. "2025Q4"
    as_of: dt.date
    lang: str
    quarter_start: dt.date
    quarter_end: dt.date

    def as_dict(self) -> dict[str, str]:
        """Plain strings, as shown in the report and passed to papermill."""
        return {k: (v.isoformat() if isinstance(v, dt.date) else str(v)) for k, v in asdict(self).items()}


def quarter_bounds(quarter: object) -> tuple[str, dt.date, dt.date]:
    """``"2025Q4"`` → ``("2025Q4", 2025-10-01, 2025-12-31)``; anything else is a ParameterError."""
    if not isinstance(quarter, str):
        raise ParameterError(
            f"quarter must be text such as '2025Q4', got {type(quarter).__name__} {shown(quarter)}",
            parameter="quarter",
            expected="YYYYQn with n from 1 to 4, e.g. 2025Q4",
        )
    match = QUARTER_PATTERN.match(quarter.strip())
    if match is None:
        hint = ""
        loose = _QUARTER_LIKE.match(quarter)
        if loose and loose.group(2) in "1234":
            hint = f" (did you mean {loose.group(1)}Q{loose.group(2)}?)"
        elif loose:
            hint = f" (a year has quarters 1 to 4, not {loose.group(2)})"
        raise ParameterError(
            f"malformed quarter {shown(quarter)}{hint}",
            parameter="quarter",
            expected="YYYYQn with n from 1 to 4, e.g. 2025Q4",
        )
    year, q = int(match.group(1)), int(match.group(2))
    if year < 1:  # datetime has no year 0
        raise ParameterError(
            f"quarter {quarter.strip()} is in year 0",
            parameter="quarter",
            expected="a year from 0001 to 9999, e.g. 2025Q4",
        )
    start = dt.date(year, 3 * q - 2, 1)
    end = dt.date(year, 12, 31) if q == 4 else dt.date(year, 3 * q + 1, 1) - dt.timedelta(days=1)
    return f"{year}Q{q}", start, end


def parse_as_of(as_of: object) -> dt.date | None:
    """Accept a ``datetime.date`` or an ISO ``YYYY-MM-DD`` string (None means: the default)."""
    if as_of is None or (isinstance(as_of, str) and not as_of.strip()):
        return None
    if isinstance(as_of, dt.datetime):
        # A timestamp would silently drop its time of day; ask for a date.
        raise ParameterError(
            f"as_of must be a date, got a date and time {shown(as_of)}",
            parameter="as_of",
            expected="a date as YYYY-MM-DD",
        )
    if isinstance(as_of, dt.date):
        return as_of
    if isinstance(as_of, str):
        text = as_of.strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass
        raise ParameterError(f"as_of {shown(as_of)} is not a date", parameter="as_of", expected="a date as YYYY-MM-DD")
    raise ParameterError(
        f"as_of must be a date, got {type(as_of).__name__} {shown(as_of)}",
        parameter="as_of",
        expected="a date as YYYY-MM-DD",
    )


def _plain_date(value: object) -> TypeGuard[dt.date]:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def plan_period(meta_path) -> tuple[dt.date, dt.date]:
    """The plan's period from ``plan.yaml``.

    Read with PyYAML alone: the runner checks parameters before it starts a
    kernel, and importing pandas and pandera just for two dates would cost
    the command line a second. Unusual periods go to the full loader, whose
    error names the field and what was expected.
    """
    from plan_analysis.plans.yaml_file import read_yaml_mapping

    meta = read_yaml_mapping(meta_path)  # refuses YAML aliases; errors name the file and line
    start, end = meta.get("period_start"), meta.get("period_end")
    if _plain_date(start) and _plain_date(end) and start <= end:
        return start, end
    from plan_analysis.plans.loading import read_plan_meta

    meta = read_plan_meta(meta_path)
    return meta["period_start"], meta["period_end"]


def validate_parameters(
    plan_id: object,
    quarter: object,
    as_of: object = None,
    lang: object = "zh",
    data_root: str | os.PathLike[str] | None = None,
    *,
    today: dt.date | None = None,
) -> ReportParameters:
    """Check the parameters of a report and fill in the default as-of date.

    The default as-of date is the quarter's last day or today, whichever is
    earlier. ``today`` exists for tests; leave it None.
    """
    from plan_analysis.plans.paths import plan_dir

    if not isinstance(lang, str) or lang not in LANGUAGES:
        raise ParameterError(f"unknown report language {shown(lang)}", parameter="lang", expected="zh or en")
    if not isinstance(plan_id, str):
        raise ParameterError(
            f"plan id must be text, got {type(plan_id).__name__} {shown(plan_id)}",
            parameter="plan_id",
            expected="a plan id such as chentao-2025q4",
        )
    quarter, q_start, q_end = quarter_bounds(quarter)
    try:
        folder = plan_dir(plan_id, data_root)
    except ParameterError:
        raise
    except InputError as exc:
        # Re-raise as a parameter error so callers can tell "you asked for the
        # wrong thing" from "the data on disk is broken".
        raise ParameterError(
            exc.message, path=exc.path, row=exc.row, parameter="plan_id", expected=exc.expected
        ) from None
    p_start, p_end = plan_period(folder / "plan.yaml")
    if q_end < p_start or q_start > p_end:
        raise ParameterError(
            f"quarter {quarter} ({q_start} to {q_end}) is outside the period of plan {shown(plan_id)}",
            parameter="quarter",
            expected=f"a quarter overlapping {p_start} to {p_end}",
        )
    parsed = parse_as_of(as_of)
    if parsed is None:
        today = today or dt.date.today()
        parsed = min(q_end, today)
        if parsed < q_start:
            raise ParameterError(
                f"quarter {quarter} has not started yet (today is {today})",
                parameter="quarter",
                expected=f"a quarter that began on or before {today}, or an explicit as_of",
            )
    elif not q_start <= parsed <= q_end:
        raise ParameterError(
            f"as_of {parsed} is outside quarter {quarter}",
            parameter="as_of",
            expected=f"a date from {q_start} to {q_end}",
        )
    return ReportParameters(
        plan_id=plan_id, quarter=quarter, as_of=parsed, lang=lang, quarter_start=q_start, quarter_end=q_end
    )
