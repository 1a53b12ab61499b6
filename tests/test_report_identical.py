"""The report's bytes do not depend on the fonts a machine has installed.

Two fresh Python processes render every section of the bundled plan's report
(zh and en, all charts). The second one sees a "system" font that calls itself
Noto Sans CJK SC, in Regular and Bold -- what Debian's fonts-noto-cjk gives a
machine -- installed as a user font (``$HOME/.fonts``) and found by
matplotlib's font scan (fresh ``MPLCONFIGDIR``, so no cached font list). Its
glyphs are DejaVu's, so any chart drawn from it instead of the packaged font
changes the SVG paths, and with them the HTML. A control in the same
processes shows the simulated install does change what a lookup of that
family name draws: the check can fail.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

SYSTEM_FAMILY = "Noto Sans CJK SC"

RENDER = r"""
import hashlib, json, sys
FAMILY = sys.argv[1]
from plan_analysis.report.sections import build_report
from matplotlib import font_manager

out = {}
for lang in ("zh", "en"):
    report = build_report("chentao-2025q4", "2025Q4", "2025-12-31", lang)
    html = "".join(getattr(report, name)().html for name in (
        "header", "headline", "by_area", "milestones", "indicator_table", "data_quality", "parameters_table", "provenance"))
    out[lang] = hashlib.sha256(html.encode("utf-8")).hexdigest()
    out[lang + "_length"] = len(html)
out["system_entries"] = sorted({e.fname for e in font_manager.fontManager.ttflist if e.name == FAMILY})

# Control: what the old way of choosing the font draws (register the packaged
# file, then look the family up by name).
import matplotlib.pyplot as plt, noto_cjk_sans_otc
from plan_analysis.report.figures import figure_to_svg
font_manager.fontManager.addfont(noto_cjk_sans_otc.FONT_PATH)
fig, ax = plt.subplots()
ax.set_title("Aa 经济 123", family=[FAMILY])
out["by_name"] = hashlib.sha256(figure_to_svg(fig)).hexdigest()
json.dump(out, sys.stdout)
"""


def _fake_system_font(folder: Path) -> None:
    """DejaVu Sans (Book and Bold) renamed Noto Sans CJK SC: a same-named family with other glyphs."""
    import matplotlib
    from fontTools.ttLib import TTFont

    folder.mkdir(parents=True)
    ttf = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for source, style in (("DejaVuSans.ttf", "Regular"), ("DejaVuSans-Bold.ttf", "Bold")):
        font = TTFont(ttf / source)
        names = font["name"]
        for record in list(names.names):
            if record.nameID in (1, 16):
                names.setName(SYSTEM_FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
            elif record.nameID in (4,):
                names.setName(
                    f"{SYSTEM_FAMILY} {style}", record.nameID, record.platformID, record.platEncID, record.langID
                )
            elif record.nameID == 6:
                names.setName(
                    f"NotoSansCJKsc-{style}", record.nameID, record.platformID, record.platEncID, record.langID
                )
        font.save(folder / f"NotoSansCJKsc-{style}.ttf")


def _render(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_DATA_HOME", "PLAN_ANALYSIS_CJK_FONT")}
    env.update(
        HOME=str(home),
        MPLCONFIGDIR=str(home / "mplconfig"),
        MPLBACKEND="agg",
        PYTHONPATH=os.pathsep.join([str(REPO / "src"), env.get("PYTHONPATH", "")]),
    )
    done = subprocess.run(
        [sys.executable, "-c", RENDER, SYSTEM_FAMILY], env=env, cwd=home, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    assert "findfont" not in done.stderr, done.stderr
    return json.loads(done.stdout)


@pytest.mark.slow
def test_report_is_byte_identical_with_and_without_a_system_cjk_font(tmp_path):
    bare_home, font_home = tmp_path / "bare", tmp_path / "with-font"
    bare_home.mkdir()
    _fake_system_font(font_home / ".fonts")
    bare, with_font = _render(bare_home), _render(font_home)
    # The simulated install is real to matplotlib ...
    assert any(str(font_home) in f for f in with_font["system_entries"])
    assert not any(str(bare_home) in f for f in bare["system_entries"])
    # ... and would change a chart that chose its font by family name (the bug this guards
    # against) -- on a machine without a real font of that name. Where Debian's
    # fonts-noto-cjk is installed, a lookup by name finds the real one in both processes,
    # so the control says nothing there; the comparison below still holds.
    if not bare["system_entries"]:
        assert bare["by_name"] != with_font["by_name"]
    # The report does not change.
    assert bare["zh"] == with_font["zh"] and bare["en"] == with_font["en"]
    assert bare["zh_length"] > 100_000  # the charts are in it
