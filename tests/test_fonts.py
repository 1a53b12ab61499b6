"""Charts must draw Chinese with a real CJK font: a "Glyph … missing" warning fails the test."""

from __future__ import annotations

import logging
import re
import warnings
from pathlib import Path

import pytest

GLYPH_MISSING = r".*Glyph .* missing from font"


@pytest.fixture(scope="module")
def assessment():
    from plan_analysis.plans.loading import load_plan
    from plan_analysis.report.assessment import assess_progress

    plan = load_plan("chentao-2025q4")
    return plan, assess_progress(plan, "2025-12-31")


def test_charts_use_the_packaged_font_file(monkeypatch):
    import noto_cjk_sans_otc

    from plan_analysis.report.fonts import FONT_ENV, cjk_font_path

    monkeypatch.delenv(FONT_ENV, raising=False)
    assert cjk_font_path() == Path(noto_cjk_sans_otc.FONT_PATH)


def test_a_font_named_by_the_user_wins(monkeypatch, tmp_path):
    from plan_analysis.report.fonts import FONT_ENV, cjk_font_path

    mine = tmp_path / "mine.ttf"
    mine.write_bytes(b"")
    monkeypatch.setenv(FONT_ENV, str(mine))
    assert cjk_font_path() == mine
    monkeypatch.setenv(FONT_ENV, str(tmp_path / "missing.ttf"))
    with pytest.raises(FileNotFoundError, match=FONT_ENV):
        cjk_font_path()


def test_use_cjk_font_makes_it_the_default():
    import matplotlib
    import noto_cjk_sans_otc
    from matplotlib import ft2font

    from plan_analysis.report.fonts import FAMILY, font_file_used, use_cjk_font

    assert use_cjk_font() == FAMILY
    assert matplotlib.rcParams["font.sans-serif"][0] == FAMILY
    path, face = font_file_used()
    assert path == str(noto_cjk_sans_otc.FONT_PATH)
    assert ft2font.FT2Font(path, face_index=face).family_name == "Noto Sans CJK SC"
    assert matplotlib.rcParams["text.parse_math"] is False and matplotlib.rcParams["text.usetex"] is False


def test_a_system_font_of_the_same_family_is_not_used():
    # Debian's fonts-noto-cjk registers "Noto Sans CJK SC" too (earlier in the list, with a
    # Bold face too): matplotlib must still draw with the packaged file. Simulated with an entry
    # of that name and weight pointing at another file, put first as the system scan would.
    import noto_cjk_sans_otc
    from matplotlib import font_manager

    from plan_analysis.report.fonts import FACE, _fallback_font_path, font_file_used, use_cjk_font

    impostor = font_manager.FontEntry(fname=str(_fallback_font_path()), name=FACE, weight=400, size="scalable")
    font_manager.fontManager.ttflist.insert(0, impostor)
    font_manager.fontManager._findfont_cached.cache_clear()
    try:
        use_cjk_font()
        assert font_file_used()[0] == str(noto_cjk_sans_otc.FONT_PATH)
    finally:
        font_manager.fontManager.ttflist.remove(impostor)
        font_manager.fontManager._findfont_cached.cache_clear()


def test_no_font_warning_while_drawing_every_chart(assessment, caplog):
    # "findfont: Failed to find font weight bold" went to stderr and into the report.
    from plan_analysis.report.figures import bullet_chart, figure_to_svg, milestone_timeline

    plan, frame = assessment
    assert (frame["status"] == "overdue").any()  # the timeline marks it: the bold label of old
    with caplog.at_level(logging.DEBUG, logger="matplotlib.font_manager"):
        for lang in ("zh", "en"):
            for area in frame["area"].unique():
                figure_to_svg(bullet_chart(frame, area, lang))
            figure_to_svg(milestone_timeline(frame, "2025-12-31", lang, plan_start=plan.period_start))
    problems = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert problems == []


def test_chart_text_is_literal_not_mathtext():
    import matplotlib.pyplot as plt

    from plan_analysis.report.figures import _pyplot, figure_to_svg

    _pyplot()
    text = "US$ 110m, of which HK$ 5m"
    fig, ax = plt.subplots()
    ax.set_axis_off()
    ax.set_title(text)
    svg = figure_to_svg(fig).decode()
    # Every character is drawn, from the packaged font: with mathtext
    # the dollars would vanish and "110m, of which HK" would be set in italic math.
    glyphs = re.findall(r'<use xlink:href="#([^"]+)"', svg)
    assert len(glyphs) == len(text)  # spaces are drawn glyphs too
    assert all(g.startswith("NotoSansCJKsc-Regular-") for g in glyphs)


@pytest.mark.filterwarnings(f"error:{GLYPH_MISSING}:UserWarning")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_report_figures_have_every_glyph(assessment, lang):
    from plan_analysis.report.figures import bullet_chart, figure_to_svg, milestone_timeline

    plan, frame = assessment
    for area in frame["area"].unique():
        assert figure_to_svg(bullet_chart(frame, area, lang)).startswith(b"<?xml")
    assert figure_to_svg(milestone_timeline(frame, "2025-12-31", lang, plan_start=plan.period_start))


def test_the_glyph_check_catches_a_font_without_chinese():
    # Proves the filter above can fail: DejaVu Sans alone has no 经济运行.
    import matplotlib
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"font.family": "sans-serif", "font.sans-serif": ["DejaVu Sans"]}):
        fig, ax = plt.subplots()
        ax.set_title("经济运行")
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message=GLYPH_MISSING, category=UserWarning)
            with pytest.raises(UserWarning, match="missing from font"):
                fig.canvas.draw()
        plt.close(fig)


def test_figures_are_byte_stable(assessment):
    from plan_analysis.report.figures import bullet_chart, figure_to_svg

    _, frame = assessment
    first = figure_to_svg(bullet_chart(frame, "经济运行", "zh"))
    second = figure_to_svg(bullet_chart(frame, "经济运行", "zh"))
    assert first == second
    assert b"<dc:date>" not in first  # no build time in the file


def test_figure_text_is_escaped_in_svg_and_alt():
    import matplotlib.pyplot as plt

    from plan_analysis.report.figures import figure_to_svg, svg_img

    fig, ax = plt.subplots()
    ax.set_title("<script>alert(1)</script>")
    svg = figure_to_svg(fig)
    assert b"<script>" not in svg
    tag = svg_img(svg, 'x" onerror="alert(1)')
    assert 'onerror="' not in tag and "&quot; onerror=&quot;" in tag
