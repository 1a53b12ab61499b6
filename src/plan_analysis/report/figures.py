"""Charts of a report: a bullet chart per area and a milestone timeline.

Figures are rendered to SVG and embedded as ``<img src="data:image/svg+xml…">``:
the report stays one self-contained file, and an SVG shown through ``<img>``
cannot run script, whatever text a plan smuggled into a label.

Byte-stable output: the SVG writer's ids come from ``svg.hashsalt`` (fixed
here), the Date/Creator metadata are dropped, and glyphs are drawn as paths
from the font chosen in :mod:`plan_analysis.report.fonts`.
"""

from __future__ import annotations

import base64
import html
import io
import textwrap

import pandas as pd

from plan_analysis.report.wording import wording

STATUS_COLORS = {
    "done": "#2e7d32",
    "on_track": "#1565c0",
    "behind": "#ef6c00",
    "overdue": "#c62828",
    "within_limit": "#00838f",
    "outside_limit": "#ad1457",
    "stale": "#757575",
    "no_data": "#bdbdbd",
}
HASH_SALT = "plan-analysis"
SVG_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}
# Glyphs as outlines (no font needed to view, same bytes on every machine) and fixed ids.
SVG_RC = {"svg.hashsalt": HASH_SALT, "svg.fonttype": "path"}
# Bars stop at 150 % of target; the label after the bar says the real figure.
BAR_CAP = 150


def _pyplot():
    import matplotlib

    matplotlib.use("agg", force=False)
    import matplotlib.pyplot as plt

    from plan_analysis.report.fonts import use_cjk_font

    use_cjk_font()
    matplotlib.rcParams.update(SVG_RC)
    return plt


def indicator_label(row, lang: str) -> str:
    name = row["name_en"] if lang == "en" and isinstance(row.get("name_en"), str) else row["name_zh"]
    # Long English names wrap onto two or three lines instead of eating the plot.
    return textwrap.fill(str(name), 34) if lang == "en" else str(name)


def _text_width_in(text: str, fontsize: float) -> float:
    """Rough width of a label in inches: CJK glyphs are 1 em wide, Latin ones about 0.55 em."""
    widest = max(text.split("\n"), key=len, default="")
    ems = sum(1.0 if ord(ch) > 0x2E7F else 0.55 for ch in widest)
    return ems * fontsize / 72


def _place_axes(fig, labels: list[str], *, fontsize: float, top_in: float, bottom_in: float) -> None:
    """Margins from the label sizes (tight_layout would draw the figure once more to measure them)."""
    width, height = fig.get_size_inches()
    left_in = max((_text_width_in(t, fontsize) for t in labels), default=0.5) + 0.25
    fig.subplots_adjust(left=min(left_in / width, 0.6), right=0.97, top=1 - top_in / height, bottom=bottom_in / height)


def bullet_chart(assessment: pd.DataFrame, area: str, lang: str = "zh", *, title: str | None = None):
    """Horizontal bullet chart of one area's amount targets, in % of target.

    The grey band is the target (100 %), the bar the reported completion
    (coloured by status), the black tick the pace expected at the as-of date.
    Limits and growth rates have no completion: the indicator table shows them.
    """
    plt = _pyplot()
    t = wording(lang)
    rows = assessment[(assessment["area"] == area) & (assessment["rule"] == "amount")].iloc[::-1]
    labels = [indicator_label(r, lang) for _, r in rows.iterrows()]
    lines = sum(label.count("\n") + 1 for label in labels)
    height = max(1.6, 0.42 * max(len(rows), 0.75 * lines) + 1.1)
    fig, ax = plt.subplots(figsize=(7.5, height), dpi=100)
    if rows.empty:
        ax.text(0.5, 0.5, t["fig_no_targets"], ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
    else:
        y = range(len(rows))
        completion = (rows["completion"].fillna(0).clip(lower=0, upper=BAR_CAP / 100) * 100).to_numpy()
        colors = [STATUS_COLORS.get(s, "#9e9e9e") for s in rows["status"]]
        ax.barh(list(y), [100] * len(rows), height=0.7, color="#eeeeee", label=t["fig_target"], zorder=1)
        ax.barh(list(y), completion, height=0.35, color=colors, zorder=2)
        ax.scatter(
            rows["expected"].fillna(0).to_numpy() * 100,
            list(y),
            marker="|",
            s=260,
            linewidths=2.2,
            color="black",
            label=t["fig_expected"],
            zorder=3,
        )
        for yi, bar_end, (_, r) in zip(y, completion, rows.iterrows()):
            text = t["statuses"][r["status"]]
            if pd.notna(r["completion"]):
                text = f"{r['completion'] * 100:.0f}%  {text}"
            # Right of the band and of the bar: a label over the bar's end would hide its first digit.
            ax.text(max(100.0, bar_end) + 2, yi, text, va="center", fontsize=8, color="#424242", zorder=4)
        ax.set_yticks(list(y), labels, fontsize=9)
        ax.set_xlim(0, BAR_CAP + 45)  # room for "150%  按进度推进" after a capped bar
        ax.set_xticks([0, 25, 50, 75, 100])
        ax.set_xlabel(t["fig_completion"], loc="left")  # the legend sits on its right
        # Under the axes, right of the x label: above them it would collide with a long title.
        ax.legend(
            loc="lower right",
            fontsize=8,
            frameon=False,
            ncols=2,
            bbox_to_anchor=(0.97, 0.02),
            bbox_transform=fig.transFigure,
        )
        ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(t("fig_bullet_title", area=title or area), loc="left", fontsize=11)
    _place_axes(fig, labels, fontsize=9, top_in=0.55, bottom_in=0.6)
    return fig


def milestone_timeline(assessment: pd.DataFrame, as_of, lang: str = "zh", *, plan_start=None):
    """Each milestone as a bar from its start to its deadline; done ones marked ●, overdue ones ✕ in red."""
    import matplotlib.dates as mdates

    plt = _pyplot()
    t = wording(lang)
    day = pd.Timestamp(as_of)
    rows = assessment[assessment["kind"] == "milestone"].iloc[::-1]
    fig, ax = plt.subplots(figsize=(7.5, max(1.8, 0.45 * len(rows) + 1.2)), dpi=100)
    for yi, (_, r) in enumerate(rows.iterrows()):
        start = r["period_start"] if pd.notna(r["period_start"]) else pd.Timestamp(plan_start)
        end = r["period_end"]
        color = STATUS_COLORS.get(r["status"], "#9e9e9e")
        ax.plot([start, end], [yi, yi], color=color, linewidth=5, alpha=0.35, solid_capstyle="butt")
        ax.plot([end], [yi], marker="|", markersize=14, color=color)
        if r["status"] == "done" and pd.notna(r["status_date"]):
            ax.plot([r["status_date"]], [yi], marker="o", markersize=7, color=color)
        elif r["status"] == "overdue":
            ax.plot([end], [yi], marker="X", markersize=10, color=STATUS_COLORS["overdue"])
            # Colour, not weight, marks it: the packaged font has only the Regular weight.
            ax.annotate(
                t["fig_overdue"],
                (end, yi),
                xytext=(8, 0),
                textcoords="offset points",
                va="center",
                fontsize=9,
                color=STATUS_COLORS["overdue"],
            )
    ax.axvline(day, color="black", linestyle="--", linewidth=1)
    ax.text(day, len(rows) - 0.4, " " + t("fig_as_of", as_of=f"{day:%Y-%m-%d}"), fontsize=8, va="bottom", ha="right")
    if rows.empty:
        ax.text(0.5, 0.5, t["fig_no_milestones"], ha="center", va="center", transform=ax.transAxes)
    labels = [indicator_label(r, lang) for _, r in rows.iterrows()]
    ax.set_yticks(range(len(rows)), labels, fontsize=9)
    ax.set_ylim(-0.8, len(rows) + 0.2)
    ax.xaxis.set_major_locator(mdates.MonthLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(t("fig_timeline_title", as_of=f"{day:%Y-%m-%d}"), loc="left", fontsize=11)
    _place_axes(fig, labels, fontsize=9, top_in=0.4, bottom_in=0.4)
    return fig


def figure_to_svg(fig) -> bytes:
    """Render ``fig`` to SVG bytes that are identical on every run, then close it."""
    import matplotlib
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    with matplotlib.rc_context(SVG_RC):
        fig.savefig(buf, format="svg", metadata=SVG_METADATA)
    plt.close(fig)
    return buf.getvalue()


def svg_data_uri(svg: bytes) -> str:
    """The SVG as a ``data:`` URI for an ``<img src>``: the report stays one file, and an
    SVG shown through ``<img>`` cannot run script."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def svg_img(svg: bytes, alt: str, *, css_class: str = "pa-figure") -> str:
    """An ``<img>`` tag carrying the SVG as a data URI; ``alt`` is escaped."""
    return f'<img class="{css_class}" alt="{html.escape(alt, quote=True)}" src="{svg_data_uri(svg)}">'
