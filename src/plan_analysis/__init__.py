"""plan-analysis: Chinese local-government work plans as tracked indicators.

The package is laid out by the stages of its data flow, one subpackage each:
``text`` (decode, normalise, outline) → ``extract`` (quantities, deadlines) →
``plans`` (a plan's curated files) → ``report`` (assessment, figures, runner),
with ``corpus`` (many documents at once) beside ``extract``. A module imports
only its own stage and those upstream; ``cli`` sits on top.

Heavy dependencies (matplotlib, papermill, nbconvert) are imported only by the
modules that use them, so ``import plan_analysis`` stays light.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = [
    "InputError",
    "OutputError",
    "ParameterError",
    "PlanAnalysisError",
    "ReportError",
    "__version__",
    "assess_progress",
    "extract_corpus",
    "extract_quantities",
    "iter_corpus",
    "list_plans",
    "load_plan",
    "normalize_text",
    "outline",
    "render_report",
]

# Lazy attribute access keeps `import plan_analysis` cheap: pandas/opencc load
# only when the function that needs them is first used.
_LAZY = {
    "PlanAnalysisError": ("plan_analysis.errors", "PlanAnalysisError"),
    "InputError": ("plan_analysis.errors", "InputError"),
    "ParameterError": ("plan_analysis.errors", "ParameterError"),
    "OutputError": ("plan_analysis.errors", "OutputError"),
    "ReportError": ("plan_analysis.errors", "ReportError"),
    "extract_corpus": ("plan_analysis.corpus.batch", "extract_corpus"),
    "iter_corpus": ("plan_analysis.corpus.batch", "iter_corpus"),
    "render_report": ("plan_analysis.report.runner", "render_report"),
    "load_plan": ("plan_analysis.plans.loading", "load_plan"),
    "list_plans": ("plan_analysis.plans.loading", "list_plans"),
    "normalize_text": ("plan_analysis.text.normalize", "normalize_text"),
    "extract_quantities": ("plan_analysis.extract.quantities", "extract_quantities"),
    "outline": ("plan_analysis.text.outline", "outline"),
    "assess_progress": ("plan_analysis.report.assessment", "assess_progress"),
}


def __getattr__(name: str) -> Any:
    try:
        module_name, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'plan_analysis' has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module_name), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
