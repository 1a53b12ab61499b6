"""Charts must draw Chinese with a real CJK font: a "Glyph … missing" warning fails the test."""
from __future__ import annotations

import warnings

import pytest

GLYPH_MISSING = r".*Glyph .* missing from font"


@pytest.fixture(scope="module")
def assessment():
    from plan_analysis.report.assessment import assess_progress
    from plan_analysis.plans.loading import load_plan

    plan = load_plan("chentao-2025q4")
    return plan, assess_progress(plan, "2025-12-31")


def test_font_file_is_a_noto_cjk_collection():
    from plan_analysis.report.fonts import cjk_font_path

    path = cjk_font_path()
    assert path.is_file()
    assert "NotoSansCJK" in path.name


def test_use_cjk_font_makes_it_the_default():
    import matplotlib
    from matplotlib import font_manager

    from plan_analysis.report.fonts import FAMILY, use_cjk_font

    assert use_cjk_font() == FAMILY
    assert matplotlib.rcParams["font.sans-serif"][0] == FAMILY
    found = font_manager.findfont(font_manager.FontProperties(family=FAMILY), fallback_to_default=False)
    assert "NotoSansCJK" in found


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
