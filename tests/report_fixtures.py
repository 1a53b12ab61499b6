"""Helpers shared by the report tests: a data root whose text fields carry HTML payloads."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PLAN = "chentao-2025q4"

# Each payload would run script or load something if it reached the page unescaped.
TITLE_PAYLOAD = "<script>alert('title')</script>"
NAME_PAYLOAD = '<img src=x onerror="window.__pwned=1;alert(1)">'
AREA_PAYLOAD = "<svg onload=alert(2)>"
NOTE_PAYLOAD = "<script>window.__pwned=1</script>"
SOURCE_PAYLOAD = "javascript:alert(3)"
MEASURE_PAYLOAD = '<a href="javascript:alert(4)">x</a>'
PAYLOADS = (TITLE_PAYLOAD, NAME_PAYLOAD, AREA_PAYLOAD, NOTE_PAYLOAD, MEASURE_PAYLOAD)


def copy_data(root: Path) -> Path:
    shutil.copytree(REPO / "data" / "raw", root / "raw")
    shutil.copytree(REPO / "data" / "plans" / PLAN, root / "plans" / PLAN)
    return root


def payload_data_root(root: Path) -> Path:
    """A copy of the bundled plan with markup in its title, names, areas, notes and sources."""
    copy_data(root)
    folder = root / "plans" / PLAN
    meta = folder / "plan.yaml"
    text = meta.read_text(encoding="utf-8")
    text = text.replace("title: 陈涛镇2025年四季度重点工作", f'title: "陈涛镇2025年四季度重点工作{TITLE_PAYLOAD}"')
    meta.write_text(text, encoding="utf-8")

    def rewrite(path: Path, change) -> None:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
            fields = list(rows[0])
        for row in rows:
            change(row)
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fields)
            writer.writeheader()
            writer.writerows(rows)

    def indicators(row):
        if row["id"] == "eco.invoicing":
            row["name_zh"] += NAME_PAYLOAD
            row["name_en"] += NAME_PAYLOAD
        if row["area"] == "民生福祉":
            row["area"] += AREA_PAYLOAD
        if row["measure"] == "三是":
            row["measure_title"] += MEASURE_PAYLOAD

    def progress(row):
        if row["indicator_id"] == "liv.petition_backlog":
            row["note"] = NOTE_PAYLOAD
            row["source"] = SOURCE_PAYLOAD

    rewrite(folder / "indicators.csv", indicators)
    rewrite(folder / "progress.csv", progress)
    return root
