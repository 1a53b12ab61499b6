"""The one place that chooses the font of every chart.

Matplotlib's default font (DejaVu Sans) has no Chinese glyphs. Charts draw
with the Noto Sans CJK file shipped by the pinned ``noto-cjk-sans-otc``
package -- never with whatever the machine has installed -- so that a chart is
the same drawing on every machine: SVG output embeds glyph outlines
(``svg.fonttype: path``), so the font file decides the report's bytes.

Why register under a private name: matplotlib resolves a family name by
scanning every font it knows, system fonts first. Debian's ``fonts-noto-cjk``
also calls itself "Noto Sans CJK SC", and a family lookup would then pick the
system file (a different version, with a Bold face), and the report's bytes
would depend on the machine. A name only our entry carries cannot be
resolved to anything else. The same goes for the fallback (matplotlib's own
copy of DejaVu Sans, for a glyph Noto CJK lacks).

``PLAN_ANALYSIS_CJK_FONT`` names another font file to use instead (the
user's explicit choice; reports drawn with it differ in their glyphs).
The packaged font has only the Regular weight, so nothing here or in
:mod:`plan_analysis.report.figures` ever asks for bold.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

FONT_ENV = "PLAN_ANALYSIS_CJK_FONT"
# The face of the Noto Sans CJK collection we draw with (simplified Chinese).
FACE = "Noto Sans CJK SC"
# Private family names: only the entries registered below carry them.
FAMILY = "PlanAnalysis CJK"
FALLBACK_FAMILY = "PlanAnalysis Fallback"

# Everything that decides how chart text is drawn; figures apply it to every chart.
TEXT_RC = {
    "font.family": "sans-serif",
    "font.weight": "normal",
    "axes.titleweight": "normal",
    "axes.labelweight": "normal",
    "figure.titleweight": "normal",
    # Chart text is literal: "US$ 110m, of which HK$ 5m" is not TeX math.
    "text.parse_math": False,
    "text.usetex": False,
    # ASCII '-' on negative ticks: not every font has U+2212.
    "axes.unicode_minus": False,
}


def cjk_font_path() -> Path:
    """The font file charts use: ``$PLAN_ANALYSIS_CJK_FONT`` if set, else the packaged one."""
    override = os.environ.get(FONT_ENV)
    if override:
        path = Path(override)
        if not path.is_file():
            raise FileNotFoundError(f"${FONT_ENV} names {path}, which is not a file")
        return path
    import noto_cjk_sans_otc

    return Path(noto_cjk_sans_otc.FONT_PATH)


def _fallback_font_path() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


def _entry_for(path: Path, family: str, face: str | None):
    """A font-manager entry for ``path`` under the private name ``family``.

    In a collection (.ttc) the entry keeps the index of ``face`` (or the
    first face when ``face`` is absent, e.g. a user's single-face file).
    """
    from matplotlib import font_manager

    before = len(font_manager.fontManager.ttflist)
    font_manager.fontManager.addfont(str(path))
    added = font_manager.fontManager.ttflist[before:]
    # addfont registered the file under its own names too; drop those, so a
    # lookup of "Noto Sans CJK SC" behaves the same with or without us.
    del font_manager.fontManager.ttflist[before:]
    chosen = next((e for e in added if e.name == face), added[0])
    return font_manager.FontEntry(
        fname=chosen.fname,
        index=chosen.index,
        name=family,
        style="normal",
        variant="normal",
        weight=400,
        stretch="normal",
        size="scalable",
    )


@cache
def _register(path: str) -> str:
    from matplotlib import font_manager

    manager = font_manager.fontManager
    manager.ttflist[:] = [e for e in manager.ttflist if e.name not in (FAMILY, FALLBACK_FAMILY)]
    manager.ttflist.append(_entry_for(Path(path), FAMILY, FACE))
    manager.ttflist.append(_entry_for(_fallback_font_path(), FALLBACK_FAMILY, "DejaVu Sans"))
    manager._findfont_cached.cache_clear()  # forget lookups made before the entries existed
    return FAMILY


def use_cjk_font() -> str:
    """Make the chosen font the default of every chart; return its (private) family name."""
    import matplotlib as mpl

    family = _register(str(cjk_font_path()))
    mpl.rcParams.update(TEXT_RC)
    mpl.rcParams["font.sans-serif"] = [family, FALLBACK_FAMILY]
    return family


def font_file_used(family: str = FAMILY) -> tuple[str, int]:
    """The file (and face of a collection) matplotlib draws ``family`` from."""
    from matplotlib import font_manager

    found = font_manager.findfont(font_manager.FontProperties(family=[family]), fallback_to_default=False)
    return os.fspath(found), int(getattr(found, "face_index", 0))
