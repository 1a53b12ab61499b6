"""What a reader needs to re-run a report: input hashes, versions, parameters.

Nothing here depends on the machine or the clock: paths are shown relative
to the data root, and there is no build time (the as-of date dates a report).
"""

from __future__ import annotations

import platform
import subprocess
from importlib import metadata
from pathlib import Path

from plan_analysis import __version__

# Distributions whose versions change what a report shows or how it is built.
KEY_DISTRIBUTIONS = (
    "pandas",
    "matplotlib",
    "papermill",
    "nbconvert",
    "nbformat",
    "ipykernel",
    "OpenCC",
    "pandera",
    "noto-cjk-sans-otc",
)


def sha256_file(path: Path) -> str:
    from plan_analysis.plans.loading import sha256_file as _sha

    return _sha(Path(path))


def display_path(path: Path, root: Path | None) -> str:
    """``path`` relative to ``root`` (POSIX separators) or, failing that, its name only."""
    path = Path(path).resolve()
    if root is not None:
        try:
            return path.relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            pass
    return path.name


def input_files(plan) -> list[dict[str, str]]:
    """sha256 of every file the plan was read from, with a machine-independent path."""
    root = plan.dir.parent.parent  # <data root>/plans/<id>
    return [{"file": display_path(p, root), "sha256": sha256_file(p)} for p in plan.input_files()]


def git_commit() -> str | None:
    """The commit of the checkout the package runs from, or None (installed wheel, no git)."""
    from plan_analysis.plans.paths import repository_root

    root = repository_root()
    if root is None or not (root / ".git").exists():
        return None
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = result.stdout.strip()
    return commit if result.returncode == 0 and len(commit) == 40 else None


def versions() -> dict[str, str]:
    """Python, this package and the key dependencies, in a fixed order."""
    out = {"Python": platform.python_version(), "plan-analysis": __version__}
    for name in KEY_DISTRIBUTIONS:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def provenance(plan, parameters: dict[str, str]) -> dict:
    """Everything the provenance footer shows, as plain data."""
    return {
        "inputs": input_files(plan),
        "git_commit": git_commit(),
        "versions": versions(),
        "parameters": dict(parameters),
    }


def reproduce_command(params, data_root=None) -> str:
    """The command that renders this report again, as a reader would type it.

    The data root is named as the user named it (``--data-root`` or
    ``$PLAN_ANALYSIS_DATA``), and left out when it was the default: the
    command then holds no path of the machine it ran on, unless the user
    typed one.
    """
    import shlex

    from plan_analysis.plans.paths import locate_data_root

    given = locate_data_root(data_root).given_as
    parts = ["plan-analysis"]
    if given:
        parts += ["--data-root", given]
    parts += [
        "report",
        "--plan",
        params.plan_id,
        "--quarter",
        params.quarter,
        "--as-of",
        params.as_of.isoformat(),
        "--lang",
        params.lang,
    ]
    return shlex.join(parts)
