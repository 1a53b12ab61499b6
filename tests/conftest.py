"""Shared fixtures: the repository's paths and a scratch copy of the bundled plan."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
PLAN_ID = "chentao-2025q4"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    """A writable data root holding a copy of the bundled plan and its raw text.

    Tests that break a file on purpose edit this copy, never data/.
    """
    root = tmp_path / "data"
    shutil.copytree(DATA / "raw", root / "raw")
    shutil.copytree(DATA / "plans" / PLAN_ID, root / "plans" / PLAN_ID)
    return root


@pytest.fixture()
def plan_files(data_copy: Path) -> Path:
    """The folder of the copied plan (plan.yaml, indicators.csv, progress.csv)."""
    return data_copy / "plans" / PLAN_ID
