"""What ``notebooks/explore_corpus.ipynb`` shows about a corpus dataset.

Tables first (pandas), charts drawn from them (matplotlib; the notebook
chooses the font). Growth targets are labelled by the indicator named in the
clause before the figure (地区生产总值 → GDP …, see :data:`GROWTH_INDICATORS`);
a growth figure whose clause names none of them is ``other``.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import NamedTuple

from plan_analysis.corpus.dataset import read_documents, read_quantities

__all__ = [
    "GROWTH_INDICATORS",
    "CorpusTables",
    "demo_dataset",
    "documents_by_year_and_place",
    "dominant",
    "growth_targets",
    "load_corpus",
    "overview",
    "plot_counts",
    "plot_growth",
    "refused_documents",
    "targets_per_area",
]

# Indicator label → words that name it in the clause before a growth figure.
GROWTH_INDICATORS = {
    "地区生产总值": ("生产总值", "GDP"),
    "一般公共预算收入": ("公共预算收入", "财政收入"),
    "居民人均可支配收入": ("可支配收入",),
    "规上工业增加值": ("工业增加值",),
    "固定资产投资": ("固定资产投资",),
    "社会消费品零售总额": ("消费品零售",),
}
_CLAUSE_BREAK = re.compile(r"[，,；;。：:、]")


class CorpusTables(NamedTuple):
    quantities: object  # pandas DataFrame, one row per quantity
    documents: object  # pandas DataFrame, one row per document


def load_corpus(dataset: str | Path) -> CorpusTables:
    """Both tables of a dataset written by ``plan-analysis extract --out``."""
    return CorpusTables(read_quantities(dataset), read_documents(dataset))


_DEMO: list[tempfile.TemporaryDirectory] = []  # kept for the life of the process


def demo_dataset(documents: int = 24) -> Path:
    """Build a small dataset from :mod:`plan_analysis.corpus.samples` in a temporary folder; return its path."""
    from plan_analysis.corpus.discovery import discover
    from plan_analysis.corpus.run import extract_to_dataset
    from plan_analysis.corpus.samples import write_demo_corpus

    scratch = tempfile.TemporaryDirectory(prefix="plan-analysis-demo-")
    _DEMO.append(scratch)
    corpus = write_demo_corpus(Path(scratch.name) / "texts", documents=documents)
    out = Path(scratch.name) / "corpus.parquet"
    extract_to_dataset(discover([corpus]), out, jobs=1, quiet=True)
    return out


def overview(tables: CorpusTables):
    """One row of counts: documents by status, quantities, years and places."""
    import pandas as pd

    docs = tables.documents
    done = docs[docs["status"] == "done"]
    return pd.DataFrame(
        [
            {
                "documents": len(docs),
                "extracted": len(done),
                "refused": int((docs["status"] == "refused").sum()),
                "failed": int((docs["status"] == "failed").sum()),
                "quantities": len(tables.quantities),
                "years": done["plan_year"].nunique(),
                "places": done["place"].nunique(),
            }
        ]
    )


def documents_by_year_and_place(tables: CorpusTables):
    """Extracted documents counted by plan year (rows) and place (columns)."""
    import pandas as pd

    done = tables.documents[tables.documents["status"] == "done"].copy()
    done["plan_year"] = done["plan_year"].astype("Int64").astype("string").fillna("?")
    done["place"] = done["place"].fillna("?")
    return pd.crosstab(done["plan_year"], done["place"])


def dominant(tables: CorpusTables, column: str, n: int = 10):
    """The ``n`` most frequent values of a quantity column, with their share in per cent."""
    counts = tables.quantities[column].fillna("?").value_counts()
    frame = counts.head(n).rename("count").to_frame()
    frame["share %"] = (100 * frame["count"] / counts.sum()).round(1)
    return frame


def _indicator(sentence: str, text: str) -> str:
    at = sentence.find(text)
    clause = _CLAUSE_BREAK.split(sentence[: max(at, 0)])[-1]
    for label, words in GROWTH_INDICATORS.items():
        if any(word in clause for word in words):
            return label
    return "other"


def growth_targets(tables: CorpusTables):
    """Growth figures in per cent with their document's year and place and the indicator they grow."""
    q = tables.quantities
    growth = q[(q["kind"] == "growth") & (q["unit"] == "%")].copy()
    growth["indicator"] = [_indicator(s, t) for s, t in zip(growth["sentence"], growth["text"])]
    growth = growth.rename(columns={"value": "percent"})
    return growth[["doc", "plan_year", "place", "indicator", "percent", "qualifier", "text"]].reset_index(drop=True)


def targets_per_area(tables: CorpusTables, n: int = 15):
    """Targets counted by the area (top-level heading) they sit in, most first."""
    q = tables.quantities
    targets = q[q["kind"] == "target"]
    return targets["area"].fillna("(no area)").value_counts().head(n).rename("targets").to_frame()


def refused_documents(tables: CorpusTables):
    """Documents that were refused or failed, with the reason."""
    docs = tables.documents
    return docs[docs["status"] != "done"][["doc", "status", "reason"]].reset_index(drop=True)


def plot_counts(counts, title: str):
    """A horizontal bar chart of a count table or series (largest on top)."""
    import matplotlib.pyplot as plt

    series = counts.iloc[:, 0] if hasattr(counts, "columns") else counts
    fig, ax = plt.subplots(figsize=(6, 0.35 * len(series) + 1))
    ax.barh([str(i) for i in series.index[::-1]], series.values[::-1], color="#4c72b0")
    ax.set_title(title)
    fig.tight_layout()
    return fig


def plot_growth(growth, indicators: tuple[str, ...] = ("地区生产总值", "一般公共预算收入")):
    """Growth targets by plan year, one panel per indicator, one point per document."""
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(indicators), figsize=(5 * len(indicators), 3.5), squeeze=False, sharey=True)
    for ax, indicator in zip(axes[0], indicators):
        rows = growth[growth["indicator"] == indicator]
        ax.scatter(rows["plan_year"], rows["percent"], alpha=0.7)
        medians = rows.groupby("plan_year")["percent"].median()
        ax.plot(medians.index, medians.values, color="#c44e52", label="中位数")
        ax.set_title(f"{indicator}增长目标")
        ax.set_xlabel("计划年份")
        ax.set_ylabel("增长 %")
        if len(medians):
            ax.set_xticks(sorted(medians.index))
            ax.legend()
    fig.tight_layout()
    return fig
