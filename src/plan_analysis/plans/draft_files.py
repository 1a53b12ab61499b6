"""Writing a drafted plan into a data root: raw copy, plan.yaml, tables, workbook.

``write_draft`` is what ``plan-analysis draft`` runs. It builds every file in
memory first, then refuses (nothing touched) when the plan folder or the raw
file already exists, unless ``force``: then the previous files move to
``<data root>/backups/<plan id>-<UTC time>/`` first, and the result says where.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from plan_analysis.errors import InputError
from plan_analysis.extract.metadata import Guess, area_name, guess_metadata
from plan_analysis.plans.draft import REVIEW_BELOW, DraftContext, draft_indicators, review_confidence
from plan_analysis.plans.naming import clean_place
from plan_analysis.plans.paths import PLAN_ID_PATTERN
from plan_analysis.text.cells import escape_frame
from plan_analysis.text.decoding import decode_bytes
from plan_analysis.text.normalize import normalize_text
from plan_analysis.text.outline import outline

__all__ = ["DraftResult", "build_draft", "write_draft"]

RAW_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm"}


@dataclass
class DraftResult:
    plan_id: str
    data_root: Path
    files: dict[str, Path]
    indicators: pd.DataFrame
    meta: dict[str, Guess]
    areas: list[str]
    backup: Path | None = None
    missing: list[str] = field(default_factory=list)

    @property
    def to_review(self) -> pd.DataFrame:
        """The rows a person should check first (lowest confidence first)."""
        confidence = self.indicators["review"].map(review_confidence)
        return self.indicators.assign(confidence=confidence)[confidence < REVIEW_BELOW].sort_values(
            "confidence", kind="stable"
        )

    @property
    def empty_areas(self) -> list[str]:
        """Areas of the outline that no row covers (reports list them as having no quantified commitment)."""
        covered = set(self.indicators["area"])
        return [a for a in self.areas if a not in covered]

    def summary(self) -> str:
        """A few lines for the terminal: counts, rows to review, next commands."""
        frame = self.indicators
        kinds = frame["kind"].value_counts()
        lines = [
            (
                f"drafted plan {self.plan_id!r}: {len(frame)} rows "
                f"({', '.join(f'{k} {int(kinds.get(k, 0))}' for k in ('target', 'descriptor', 'milestone'))})"
            ),
        ]
        by_area = frame.groupby("area", sort=False)["kind"].value_counts().unstack(fill_value=0)
        for area, counts in by_area.iterrows():
            lines.append(f"  {area}: " + ", ".join(f"{k} {int(n)}" for k, n in counts.items() if n))
        for area in self.empty_areas:
            lines.append(f"  {area}: no quantified commitment found (no row)")
        left_out = int(frame.attrs.get("results_left_out", 0))
        if left_out:
            lines.append(f"left out: {left_out} achieved figures (kind result), which are progress, not commitments")
            if left_out > len(frame[frame["kind"] == "target"]):
                lines.append("  this text reports more than it plans; to record its figures as a plan's progress:")
                lines.append(f"  plan-analysis --data-root {self.data_root} track PLAN {self.files.get('raw', 'FILE')}")
        lines.append(
            f"rows to review first (confidence below {REVIEW_BELOW}): {len(self.to_review)} — see the 'review' column"
        )
        for name, path in self.files.items():
            lines.append(f"  wrote {name}: {path}")
        if self.backup is not None:
            lines.append(f"previous files kept in {self.backup}")
        if self.missing:
            lines.append("fill in plan.yaml: " + ", ".join(self.missing) + " (not found in the text)")
        root = f" --data-root {self.data_root}"
        quarter = self._quarter()
        lines.append("next:")
        lines.append(f"  review {self.files['indicators']} and {self.files['plan']}, then")
        lines.append(f"  plan-analysis{root} validate {self.plan_id}")
        lines.append(f"  fill in {self.files['workbook']} (rows left blank are not reported), then")
        lines.append(f"  plan-analysis{root} report --plan {self.plan_id} --quarter {quarter}")
        return "\n".join(lines)

    def _quarter(self) -> str:
        end = self.meta["period_end"].value
        return f"{end.year}Q{(end.month - 1) // 3 + 1}" if end else "YYYYQn"


def _yaml_scalar(value) -> str:
    if value is None:
        return ""
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000).strip()
    return text.removesuffix("\n...").strip()


def _plan_yaml(plan_id: str, meta: dict[str, Guess], raw_name: str, sha: str, areas: list[str]) -> str:
    lines = [
        "# DRAFT written by `plan-analysis draft` from the plan's text: review every",
        "# field (each guess says where it came from), then the indicators.",
        f"id: {plan_id}",
    ]

    def field_line(name: str, guess: Guess) -> None:
        value = _yaml_scalar(guess.value)
        # A character whose bytes the mojibake destroyed (U+FFFD) shows as □ in a comment a person reads.
        note = guess.note.replace("\ufffd", "□").replace("\n", " ")
        lines.append(f"{name}: {value}".rstrip() + f"  # {note}")

    field_line("title", meta["title"])
    lines.append("title_en:  # for --lang en reports: fill in")
    field_line("place", meta["place"])
    lines.append("place_en:  # fill in")
    for name in ("author", "author_role", "published", "plan_year", "period_start", "period_end"):
        field_line(name, meta[name])
    lines += [
        f"raw_file: ../../raw/{raw_name}",
        f"raw_sha256: {sha}",
        "# The areas of the outline (its top-level headings, without 聚焦); 其他 holds rows",
        "# outside every area, 全文 every row of a text without areas.",
        "areas:" + ("" if areas else " []"),
        *[f"  - {_yaml_scalar(a)}" for a in areas],
        "# English names of the areas for --lang en reports: fill in and uncomment.",
        "# areas_en:",
        *[f"#   {_yaml_scalar(a)}: " for a in areas],
        "indicators: indicators.csv",
        "# The statistics office fills in progress.xlsx (one row per target and milestone;",
        "# rows left blank are not reported); validate and report read it as it is.",
        "progress: progress.xlsx",
        "# The indicators were drafted by a program and not yet reviewed: reports say so.",
        "# Set to false once a person has checked every row.",
        "draft: true",
    ]
    return "\n".join(lines) + "\n"


def _raw_meta(raw_name: str, origin: str, data: bytes, encoding: str, sha: str) -> str:
    meta = {
        "file": raw_name,
        "received_as": origin,
        "sha256": sha,
        "bytes": len(data),
        "encoding": encoding,
    }
    return (
        f"# Metadata of raw/{raw_name}, recorded by `plan-analysis draft` when the file was received.\n"
        "# The text itself is kept byte-for-byte as received (see data/README.md); never edit it.\n"
        + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    )


def _csv(frame: pd.DataFrame) -> str:
    # A plan sentence beginning =, +, - or @ must stay text in a spreadsheet; loading removes the quote.
    return escape_frame(frame).to_csv(index=False, lineterminator="\n", float_format="%.15g")


# The largest text drafted as one plan. Work plans and government work reports
# are tens of kilobytes (the longest about 0.1 MB); a bigger file is a corpus or
# a dump, which `extract` handles. Drafting is linear (about 2 s a megabyte,
# benchmarks/draft.py --growth), so this bounds a draft to seconds.
MAX_DRAFT_BYTES = 4 * 2**20


def build_draft(
    data: bytes, *, origin: str, plan_id: str, year: int | None = None, file_name: str | None = None
) -> tuple[dict[str, Guess], list[str], pd.DataFrame, str]:
    """(metadata guesses, areas, indicator rows, encoding) of a text; writes nothing."""
    if len(data) > MAX_DRAFT_BYTES:
        raise InputError(
            f"is {len(data) / 2**20:.1f} MB, too large to be one plan's text",
            path=origin,
            expected=f"at most {MAX_DRAFT_BYTES // 2**20} MB; for many documents use `plan-analysis extract`",
        )
    decoded = decode_bytes(data, source=origin)
    if not decoded.text.strip():
        raise InputError("the text is empty", path=origin, expected="a plan's text")
    nt = normalize_text(data, source=origin)
    tree = outline(nt)
    meta = guess_metadata(nt.text, tree, year=year, file_name=file_name)
    place, dropped = clean_place(meta["place"].value)
    if dropped:
        meta["place"] = Guess(place, f"{meta['place'].note}; {dropped}")
    areas = list(dict.fromkeys(a for a in (area_name(h.title) for h in tree.areas) if a))
    if meta["plan_year"].value is None:
        raise InputError(
            "the text names no year, so no deadline can be dated",
            path=origin,
            expected="--year YYYY (the year that 全年, 年底, 10月底 refer to)",
        )
    ctx = DraftContext(meta["plan_year"].value, meta["period_start"].value, meta["period_end"].value)
    rows = draft_indicators(nt, ctx, tree)
    areas += [a for a in dict.fromkeys(rows["area"]) if a not in areas]  # 其他 / 全文 for rows outside the areas
    return meta, areas, rows, decoded.encoding


def write_draft(
    source: Path | None, data: bytes, *, plan_id: str, data_root: Path, year: int | None = None, force: bool = False
) -> DraftResult:
    """Draft plan ``plan_id`` from ``data`` (the bytes of ``source``; None: standard input)."""
    if not PLAN_ID_PATTERN.match(plan_id):
        raise InputError(
            f"invalid plan id {plan_id!r}",
            column="--plan",
            expected="lower-case letters, digits, '.', '_' or '-' (a folder name)",
        )
    origin = str(source) if source is not None else "standard input"
    suffix = source.suffix.lower() if source is not None and source.suffix.lower() in RAW_SUFFIXES else ".txt"
    raw_name = f"{plan_id}{suffix}"
    meta, areas, rows, encoding = build_draft(
        data, origin=origin, plan_id=plan_id, year=year, file_name=source.name if source is not None else None
    )

    plan_folder = data_root / "plans" / plan_id
    raw_path = data_root / "raw" / raw_name
    raw_meta_path = raw_path.with_name(raw_path.stem + ".meta.yaml")
    existing = [p for p in (plan_folder, raw_path, raw_meta_path) if p.exists()]
    if existing and not force:
        raise InputError(
            "already exists; nothing was written",
            path=existing[0],
            expected="a new --plan id, or --force to replace it (the old files are kept as a backup)",
        )

    sha = hashlib.sha256(data).hexdigest()
    contents: dict[str, bytes] = {
        "plan": _plan_yaml(plan_id, meta, raw_name, sha, areas).encode("utf-8"),
        "indicators": _csv(rows).encode("utf-8"),
        "workbook": _workbook_bytes(rows),
    }
    backup = _back_up(existing, data_root, plan_id) if existing else None

    files = {
        "raw": raw_path,
        "raw metadata": raw_meta_path,
        "plan": plan_folder / "plan.yaml",
        "indicators": plan_folder / "indicators.csv",
        "workbook": plan_folder / "progress.xlsx",
    }
    raw_path.parent.mkdir(parents=True, exist_ok=True)
    plan_folder.mkdir(parents=True, exist_ok=True)
    raw_path.write_bytes(data)
    raw_meta_path.write_text(_raw_meta(raw_name, origin, data, encoding, sha), encoding="utf-8")
    for name, payload in contents.items():
        files[name].write_bytes(payload)
    missing = [name for name, guess in meta.items() if guess.value is None]
    return DraftResult(plan_id, data_root, files, rows, meta, areas, backup, missing)


def _workbook_bytes(rows: pd.DataFrame) -> bytes:
    import zipfile

    from plan_analysis.plans.workbook import progress_workbook

    buffer = io.BytesIO()
    progress_workbook(rows).save(buffer)
    # openpyxl stamps each zip entry and the "modified" property with the time
    # of saving; fixed ones make the same text give the same bytes.
    fixed = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src,
        zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", payload)
            dst.writestr(entry, payload)
    return fixed.getvalue()


def _back_up(existing: list[Path], data_root: Path, plan_id: str) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    backup = data_root / "backups" / f"{plan_id}-{stamp}"
    for path in existing:
        target = backup / path.relative_to(data_root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(path), str(target))
    return backup
