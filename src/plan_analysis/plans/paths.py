"""Where plan data lives, and safe resolution of plan ids inside it.

The data root holds ``plans/<plan-id>/plan.yaml`` (and usually ``raw/``). It is
found, in order, from: an explicit argument, the ``PLAN_ANALYSIS_DATA``
environment variable, the ``data/`` folder of the checkout this package was
installed from (editable installs), and ``./data`` in the working directory.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from plan_analysis.errors import InputError, ParameterError, shown

DATA_ROOT_ENV = "PLAN_ANALYSIS_DATA"

# A plan id is a folder name, never a path: this keeps `../` and absolute
# paths out, whatever a scheduled job or a notebook parameter passes in.
PLAN_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")

_CHECKOUT_DATA = Path(__file__).resolve().parents[3] / "data"


def repository_root() -> Path | None:
    """The checkout this package runs from, when it runs from one."""
    root = _CHECKOUT_DATA.parent
    return root if (root / "pyproject.toml").is_file() else None


def default_data_root() -> Path:
    """The data root used when neither an argument nor ``$PLAN_ANALYSIS_DATA`` names one."""
    if (_CHECKOUT_DATA / "plans").is_dir():
        return _CHECKOUT_DATA
    return Path.cwd().resolve() / "data"


# Set by the report runner in the kernel's environment: how the user named the
# data root (for the report's "reproduce" command), while $PLAN_ANALYSIS_DATA
# carries the absolute path the runner resolved.
DATA_ROOT_AS_GIVEN_ENV = "PLAN_ANALYSIS_DATA_AS_GIVEN"


@dataclass(frozen=True)
class DataRoot:
    """A data root resolved at the boundary: the absolute folder, and how the user named it.

    ``given_as`` is the text of ``--data-root`` / the ``data_root`` argument /
    ``$PLAN_ANALYSIS_DATA``, or None when the default was used.
    """

    path: Path
    given_as: str | None

    def __fspath__(self) -> str:
        return str(self.path)


def locate_data_root(data_root: str | os.PathLike[str] | DataRoot | None = None) -> DataRoot:
    """Resolve the data root once: the absolute folder and how it was named (see :func:`resolve_data_root`)."""
    if isinstance(data_root, DataRoot):
        return data_root
    if data_root is not None:
        given = os.fspath(data_root)
    elif DATA_ROOT_AS_GIVEN_ENV in os.environ:  # in a report kernel: empty means the default
        given = os.environ[DATA_ROOT_AS_GIVEN_ENV] or None
    else:
        given = os.environ.get(DATA_ROOT_ENV) or None
    return DataRoot(resolve_data_root(data_root), given)


def resolve_data_root(data_root: str | os.PathLike[str] | None = None) -> Path:
    """Return the data root as an absolute path, or raise :class:`InputError` naming what was tried.

    A relative path is taken relative to the working directory of the process
    that calls this: resolve it once, where the user gave it (the command
    line, a public function), and pass the absolute path on (to a notebook
    kernel, whose working directory differs, too).
    """
    if isinstance(data_root, DataRoot):
        return data_root.path
    if data_root is not None:
        candidate, origin = Path(data_root), "the data_root argument"
    elif os.environ.get(DATA_ROOT_ENV):
        candidate, origin = Path(os.environ[DATA_ROOT_ENV]), f"${DATA_ROOT_ENV}"
    else:
        candidate, origin = default_data_root(), "the default (the checkout's data/, else ./data)"
    if not candidate.is_dir():
        if data_root is not None:  # the user's argument (--data-root on the command line)
            raise ParameterError(
                "the data root does not exist or is not a folder",
                path=candidate,
                parameter="data_root",
                expected="a folder holding plans/<plan-id>/plan.yaml",
            )
        raise InputError(
            f"data root from {origin} does not exist or is not a folder",
            path=candidate,
            expected="a folder holding plans/<plan-id>/plan.yaml",
        )
    return candidate.resolve()


def plan_dir(plan_id: object, data_root: str | os.PathLike[str] | None = None) -> Path:
    """The folder of one plan; rejects ids that are not plain folder names."""
    if not isinstance(plan_id, str) or not PLAN_ID_PATTERN.match(plan_id):
        raise InputError(
            f"invalid plan id {shown(plan_id)}",
            expected="a plain folder name of lower-case letters, digits, '.', '_' or '-' "
            "(no '/', '..' or absolute path)",
        )
    root = resolve_data_root(data_root)
    folder = root / "plans" / plan_id
    if not (folder / "plan.yaml").is_file():
        ids = list_plan_ids(root)
        known = (", ".join(ids[:10]) + (f", … ({len(ids)} in all)" if len(ids) > 10 else "")) or "none"
        raise InputError(
            f"unknown plan {shown(plan_id)}",
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
    return sorted(p.name for p in plans.iterdir() if (p / "plan.yaml").is_file() and PLAN_ID_PATTERN.match(p.name))
