"""Where plan data lives, and safe resolution of plan ids inside it.

The data root holds ``plans/<plan-id>/plan.yaml`` (and usually ``raw/``). It is
found, in order, from: an explicit argument, the ``PLAN_ANALYSIS_DATA``
environment variable, the ``data/`` folder of the checkout this package was
installed from (editable installs), and ``./data`` in the working directory.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from plan_analysis.errors import InputError

DATA_ROOT_ENV = "PLAN_ANALYSIS_DATA"

# A plan id is a folder name, never a path: this keeps `../` and absolute
# paths out, whatever a scheduled job or a notebook parameter passes in.
PLAN_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")

_CHECKOUT_DATA = Path(__file__).resolve().parents[3] / "data"


def repository_root() -> Path | None:
    """The checkout this package runs from, when it runs from one."""
    root = _CHECKOUT_DATA.parent
    return root if (root / "pyproject.toml").is_file() else None


def resolve_data_root(data_root: str | os.PathLike[str] | None = None) -> Path:
    """Return the data root folder, or raise :class:`InputError` naming what was tried."""
    if data_root is not None:
        candidate, origin = Path(data_root), "the data_root argument"
    elif os.environ.get(DATA_ROOT_ENV):
        candidate, origin = Path(os.environ[DATA_ROOT_ENV]), f"${DATA_ROOT_ENV}"
    elif (_CHECKOUT_DATA / "plans").is_dir():
        return _CHECKOUT_DATA
    else:
        candidate, origin = Path.cwd() / "data", "the working directory"
    if not candidate.is_dir():
        raise InputError(
            f"data root from {origin} does not exist or is not a folder",
            path=candidate,
            expected="a folder holding plans/<plan-id>/plan.yaml",
        )
    return candidate


def plan_dir(plan_id: object, data_root: str | os.PathLike[str] | None = None) -> Path:
    """The folder of one plan; rejects ids that are not plain folder names."""
    if not isinstance(plan_id, str) or not PLAN_ID_PATTERN.match(plan_id):
        raise InputError(
            f"invalid plan id {plan_id!r}",
            expected="a plain folder name of lower-case letters, digits, '.', '_' or '-' "
            "(no '/', '..' or absolute path)",
        )
    root = resolve_data_root(data_root)
    folder = root / "plans" / plan_id
    if not (folder / "plan.yaml").is_file():
        known = ", ".join(list_plan_ids(root)) or "none"
        raise InputError(
            f"unknown plan {plan_id!r}",
            path=folder / "plan.yaml",
            expected=f"one of the plans under {root / 'plans'}: {known}",
        )
    return folder


def list_plan_ids(data_root: str | os.PathLike[str] | None = None) -> list[str]:
    """Ids of every plan folder (those with a plan.yaml) under the data root."""
    root = resolve_data_root(data_root)
    plans = root / "plans"
    if not plans.is_dir():
        return []
    return sorted(
        p.name for p in plans.iterdir() if (p / "plan.yaml").is_file() and PLAN_ID_PATTERN.match(p.name)
    )
