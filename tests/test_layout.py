"""The package is laid out by the stages of its data flow, and imports run one way.

text → extract → plans → report, with corpus beside extract and the CLI on top.
A module may import its own stage and the stages upstream of it, never one
downstream: this test reads every module's imports (including the lazy ones
inside functions) and fails on any that point the wrong way.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "plan_analysis"

# What each stage may import, besides itself. `errors` is the shared root.
ALLOWED = {
    "errors": set(),
    "text": {"errors"},
    "extract": {"errors", "text"},
    "corpus": {"errors", "text", "extract"},
    "plans": {"errors", "text", "extract"},
    "report": {"errors", "text", "extract", "plans"},
    "track": {"errors", "text", "extract", "corpus", "plans"},
}
STAGES = set(ALLOWED)


def _stage_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imported_stages(path: Path) -> set[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
            if node.module == "plan_analysis":
                names = [f"plan_analysis.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level:
            raise AssertionError(f"{path}: relative import; use absolute plan_analysis.* imports")
        for name in names:
            parts = name.split(".")
            if parts[0] == "plan_analysis" and len(parts) > 1 and parts[1] in STAGES:
                found.add((parts[1], node.lineno))
    return found


STAGE_MODULES = sorted(p for p in PACKAGE.rglob("*.py") if _stage_of(p) in STAGES)


def test_every_stage_has_modules():
    stages = {_stage_of(p) for p in STAGE_MODULES}
    assert stages == STAGES


@pytest.mark.parametrize("path", STAGE_MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_upstream_only(path):
    stage = _stage_of(path)
    wrong = [
        f"line {line}: {stage} imports {target}"
        for target, line in sorted(_imported_stages(path))
        if target != stage and target not in ALLOWED[stage]
    ]
    assert not wrong, f"{path.relative_to(PACKAGE)} imports downstream: {wrong}"


def test_the_checker_sees_a_downstream_import(tmp_path):
    # The rule must be able to fail: a text module importing the report is caught.
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from plan_analysis.report.figures import x\n", encoding="utf-8")
    assert _imported_stages(bad) == {("report", 2)}


def test_public_api_unchanged():
    import plan_analysis as pa

    for name in pa.__all__:
        assert getattr(pa, name) is not None
