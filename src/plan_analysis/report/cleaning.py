"""Cleaning an executed notebook before it is published, as nbconvert preprocessors.

* :class:`RunMetadataCleaner` drops what changes from run to run: papermill's
  timings and paths, execution timestamps, the injected cell's random id.
  Two runs of the same report then give the same bytes.
* :class:`StderrToLog` moves every stderr stream out of the cells' outputs
  into ``resources["stderr_log"]``: warnings belong in a log for whoever runs
  the report, not in front of its readers.

Both work on a copy: the notebook given is left as it was.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from nbconvert.preprocessors import Preprocessor
from traitlets import Dict

LOG_KEY = "stderr_log"


class RunMetadataCleaner(Preprocessor):
    """Keep of papermill's metadata only the parameters and its version; drop per-run cell metadata."""

    parameters = Dict(help="the parameters the run was given, kept in the notebook's metadata").tag(config=True)

    def preprocess(self, nb: Any, resources: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        pm_meta = nb.metadata.get("papermill", {})
        nb.metadata["papermill"] = {
            "parameters": dict(self.parameters),
            "version": pm_meta.get("version"),
        }
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell: Any, resources: dict[str, Any], index: int) -> tuple[Any, dict[str, Any]]:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"  # papermill gives it a random id
        return cell, resources


class StderrToLog(Preprocessor):
    """Remove stderr streams from code cells; ``resources["stderr_log"]`` lists them, one entry per stream."""

    def preprocess(self, nb: Any, resources: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        resources.setdefault(LOG_KEY, [])
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell: Any, resources: dict[str, Any], index: int) -> tuple[Any, dict[str, Any]]:
        if cell.cell_type != "code":
            return cell, resources
        kept = []
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                first = (cell.source.strip().splitlines() or [""])[-1][:80]
                resources[LOG_KEY].append(f"--- cell {index + 1}: {first}\n{output.get('text', '').rstrip()}\n")
            else:
                kept.append(output)
        cell.outputs = kept
        return cell, resources


def clean_notebook(nb: Any, parameters: Mapping[str, str]) -> Any:
    """A copy of ``nb`` without what changes from run to run (see :class:`RunMetadataCleaner`)."""
    cleaned, _ = RunMetadataCleaner(parameters=dict(parameters)).preprocess(copy.deepcopy(nb), {})
    return cleaned


def take_stderr(nb: Any) -> tuple[Any, str, int]:
    """A copy of ``nb`` without stderr streams, the log of them and how many there were."""
    cleaned, resources = StderrToLog().preprocess(copy.deepcopy(nb), {})
    entries = resources[LOG_KEY]
    return cleaned, "".join(entries), len(entries)
