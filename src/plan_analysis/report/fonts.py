"""The one place that chooses the CJK font of every chart.

Matplotlib's default font (DejaVu Sans) has no Chinese glyphs: labels would
render as empty boxes with a "Glyph … missing from font" warning. We register
a real Noto Sans CJK file explicitly rather than rely on whatever fontconfig
finds, so that every machine draws with the same glyphs (SVG output embeds
glyph outlines, so the font file decides the report's bytes).

Order: a system Noto Sans CJK (Debian's ``fonts-noto-cjk``) when present, else
the copy shipped by the ``noto-cjk-sans-otc`` package, which is a dependency
and therefore always there. Set ``PLAN_ANALYSIS_CJK_FONT`` to a font file to
override both.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

FONT_ENV = "PLAN_ANALYSIS_CJK_FONT"
# The simplified-Chinese face of the Noto Sans CJK collection.
FAMILY = "Noto Sans CJK SC"
SYSTEM_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  # Debian/Ubuntu fonts-noto-cjk
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",  # Arch, Fedora
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/NotoSansCJK-Regular.ttc",
)


def cjk_font_path() -> Path:
    """The font file charts use (see the module docstring for the order)."""
    override = os.environ.get(FONT_ENV)
    if override:
        path = Path(override)
        if not path.is_file():
            raise FileNotFoundError(f"${FONT_ENV} names {path}, which is not a file")
        return path
    for candidate in SYSTEM_CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    import noto_cjk_sans_otc

    return Path(noto_cjk_sans_otc.FONT_PATH)


@lru_cache(maxsize=None)
def _register(path: str) -> str:
    from matplotlib import font_manager

    font_manager.fontManager.addfont(path)
    return FAMILY


def use_cjk_font() -> str:
    """Register the CJK font with matplotlib and make it the default; return its family name.

    Latin letters and digits come from the same font (Noto CJK has them), with
    DejaVu Sans as a fallback for anything else.
    """
    import matplotlib as mpl

    family = _register(str(cjk_font_path()))
    mpl.rcParams["font.family"] = "sans-serif"
    mpl.rcParams["font.sans-serif"] = [family, "DejaVu Sans"]
    # ASCII '-' on negative ticks: the fallback font may lack U+2212.
    mpl.rcParams["axes.unicode_minus"] = False
    return family
