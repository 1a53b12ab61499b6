"""The published HTML: self-contained, in the right language, no code, every text escaped."""

from __future__ import annotations

import re

import pytest
from report_fixtures import PAYLOADS, PLAN, payload_data_root

from plan_analysis.report.runner import render_report
from plan_analysis.report.sections import Fragment, build_report, format_quantity, plain_text

# Anything that would make a browser fetch from the network.
EXTERNAL = re.compile(
    r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import""", re.IGNORECASE
)


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    zh = render_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True)
    en = render_report(PLAN, "2025Q4", "2025-12-31", "en", out, quiet=True)
    return {
        "zh": zh.read_text(encoding="utf-8"),
        "en": en.read_text(encoding="utf-8"),
        "index": (out / "index.html").read_text(encoding="utf-8"),
        "en_path": en,
    }


@pytest.fixture(scope="module")
def payload_report(tmp_path_factory):
    data = payload_data_root(tmp_path_factory.mktemp("payload") / "data")
    out = tmp_path_factory.mktemp("payload-reports")
    path = render_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True, data_root=data)
    return path.read_text(encoding="utf-8"), (out / "index.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_no_external_urls(reports):
    for name in ("zh", "en", "index"):
        assert not EXTERNAL.search(reports[name]), name
        assert "http://" not in reports[name] and "https://" not in reports[name], name


@pytest.mark.slow
def test_no_script_at_all(reports):
    # Nothing in a report needs JavaScript; none means none can be injected either.
    for name in ("zh", "en", "index"):
        assert "<script" not in reports[name].lower(), name


@pytest.mark.slow
def test_lang_attribute_and_file_name(reports):
    assert '<html lang="zh">' in reports["zh"]
    assert '<html lang="en">' in reports["en"]
    assert reports["en_path"].name == "2025-12-31.en.html"


@pytest.mark.slow
def test_chinese_text_and_key_figures(reports):
    text = plain_text(reports["zh"])
    assert "全年工业开票" in text  # name_zh of eco.invoicing
    assert "示例数据，非官方统计" in text  # plan.yaml says progress_illustrative: true
    assert "总体情况" in text and "目录" in text
    # 76500万元 of 8亿元 reported on 12-20: 7.65亿元, 96 % (95.6 rounded).
    assert "7.65亿元" in text and "96%" in text
    # The highlighted quantity sits inside the highlighted source phrase.
    assert "<mark>紧盯全年工业实施开票<strong>8亿元</strong>" in reports["zh"]


@pytest.mark.slow
def test_english_report_uses_english_labels(reports):
    text = plain_text(reports["en"])
    assert "Industrial invoicing for the year" in text
    assert "Illustrative data, not official statistics" in text
    assert "Headline" in text and "总体情况" not in text


@pytest.mark.slow
def test_no_input_code_or_parameters_cell(reports):
    for name in ("zh", "en"):
        page = reports[name]
        assert "build_report" not in page and "import " not in page, name
        assert "plan_id: str" not in page and "injected-parameters" not in page, name
        assert not re.search(r'class="[^"]*\bjp-InputArea\b', page), name


@pytest.mark.slow
def test_no_machine_specific_text(reports):
    from report_fixtures import REPO

    for name in ("zh", "en", "index"):
        assert str(REPO) not in reports[name], name
        assert not re.search(r"0x[0-9a-f]{8,}", reports[name]), name  # memory addresses


@pytest.mark.slow
def test_every_image_is_embedded(reports):
    sources = re.findall(r'<img[^>]*\ssrc="([^"]*)"', reports["zh"])
    assert len(sources) == 4  # three areas' bullet charts and the milestone timeline
    assert all(s.startswith("data:image/svg+xml;base64,") for s in sources)


@pytest.mark.slow
def test_index_lists_the_reports_with_status_counts(reports):
    index = reports["index"]
    assert '<html lang="zh">' in index
    assert index.count("<tr><td><a href=") == 2  # zh and en
    row = re.search(r'<tr><td><a href="chentao-2025q4/2025Q4/2025-12-31/2025-12-31.html">.*?</tr>', index).group(0)
    # done, on track, behind, overdue, within limit, outside limit, stale, no data:
    # from test_assessment's hand count (the bundled plan has no limits; 道路大中修 is on
    # track at the pace due on the date of its figure).
    assert re.findall(r'<td class="n">(\d+)</td>', row) == ["9", "8", "3", "1", "0", "0", "1", "1"]


@pytest.mark.slow
def test_payloads_are_escaped_everywhere(payload_report):
    page, index = payload_report
    text = plain_text(page)
    for payload in PAYLOADS:
        assert payload not in page, payload  # never as markup ...
        assert payload in text, payload  # ... but shown to the reader as text
    # The index escapes with Jinja2 (&#39;), the report pages with html.escape (&#x27;): both mean "'".
    assert re.search(r"&lt;script&gt;alert\((&#x27;|&#39;)title(&#x27;|&#39;)\)&lt;/script&gt;", index)
    for markup in ("<script", "<img src=x", "<svg onload", '<a href="javascript:'):
        assert markup not in page.lower() and markup not in index.lower(), markup


# -- fragment-level checks (no papermill) ------------------------------------------------


@pytest.fixture(scope="module")
def report():
    return build_report(PLAN, "2025Q4", "2025-11-30", "zh")


def test_fragment_has_html_and_text():
    fragment = Fragment("<b>x</b>", "x")
    assert fragment._repr_html_() == "<b>x</b>" and repr(fragment) == "x"


def test_format_quantity():
    assert format_quantity(765000000, "元") == "7.65亿元"
    assert format_quantity(96000000, "元") == "9,600万元"
    assert format_quantity(12000, "亩") == "1.2万亩"
    assert format_quantity(1.7, "公里") == "1.7公里"
    assert format_quantity(2, "个") == "2个"


def test_headline_mid_quarter(report):
    # As of 11-30 the 12-20 rows do not count: 3 done (苏发签约, 科技型中小企业, 粉丝基地).
    assert "done: 3" in repr(report.headline())


def test_banner_only_for_illustrative_data(report):
    assert 'class="pa-banner"' in report.header().html
    from dataclasses import replace

    official = replace(report, plan=replace(report.plan, meta={**report.plan.meta, "progress_illustrative": False}))
    assert 'class="pa-banner"' not in official.header().html


def test_source_phrase_not_in_text_is_reported(report):
    row = report.assessment.iloc[0].copy()
    row["source_phrase"] = "这句话不在原文里<b>"
    cell = report.source_html(row)
    assert "这句话不在原文里&lt;b&gt;" in cell and "未在规范化文本中找到" in cell


def test_provenance_lists_every_input_with_its_hash(report):
    from plan_analysis.plans.loading import sha256_file

    text = report.provenance().html
    for path in report.plan.input_files():
        assert sha256_file(path) in text
    assert "plans/chentao-2025q4/progress.csv" in text
    for name in ("Python", "pandas", "matplotlib", "papermill", "nbconvert", "OpenCC"):
        assert f"<td>{name}</td>" in text
    assert "/work/" not in text and str(report.plan.dir) not in text


def test_area_names_can_be_translated_in_plan_yaml(report):
    from dataclasses import replace

    meta = {**report.plan.meta, "areas_en": {"经济运行": "Economy <b>"}}
    plan = replace(report.plan, meta=meta)
    en = replace(report, plan=plan, params=replace(report.params, lang="en"))
    assert "Economy &lt;b&gt;" in en.header().html  # in the table of contents, escaped
    assert '<h3 id="pa-area-1">Economy &lt;b&gt;</h3>' in en.by_area().html
    assert "Economy" not in report.by_area().html  # Chinese reports keep the plan's own names


def test_external_reference_detector():
    from plan_analysis.report.runner import external_reference

    assert external_reference('<script src="https://cdn.example/x.js"></script>')
    assert external_reference("<img alt=x src=//cdn.example/y.png>")
    assert external_reference("<style>@import url(https://fonts.example/css);</style>")
    # Text that merely mentions a URL loads nothing.
    assert external_reference("<p>see src=//example.org and url(https://example.org)</p>") is None
    assert external_reference('<img src="data:image/svg+xml;base64,AAAA">') is None


def test_curated_span_picks_the_occurrence_meant(report):
    # "2个" occurs twice in 确保四季度新签约亿元项目2个以上,特色产业和腾笼换鸟项目2个: the
    # curated span of eco.feature_projects points at the second one.
    rows = report.assessment.set_index("id")
    feature = rows.loc["eco.feature_projects"].copy()
    assert report.plan.text.text[int(feature["span_start"]) : int(feature["span_end"])] == "2个"
    feature["source_phrase"] = "2个"
    cell = report.source_html(feature)
    assert "腾笼换鸟项目<mark><strong>2个</strong></mark>" in cell
    # eco.new_projects_100m's span covers "2个以上", which overlaps the first "2个" only.
    first = rows.loc["eco.new_projects_100m"].copy()
    first["source_phrase"] = "2个"
    assert "亿元项目<mark>2个</mark>以上" in report.source_html(first)


def test_quantity_is_highlighted_inside_its_phrase(report):
    cell = report.source_html(report.assessment.set_index("id").loc["eco.industrial_investment"])
    assert "<mark>工业投资<strong>2.5亿元</strong>目标</mark>" in cell
    # The scraped traditional text (with its pinyin notes) beside it.
    assert "<summary>原始文本</summary>" in cell and "投資2.5億元" in cell


# -- wording, polish and data the report must survive ------------------------------------


def test_catalogue_has_the_same_keys_in_both_languages():
    from plan_analysis.report.wording import catalogue

    zh, en = catalogue()["zh"], catalogue()["en"]
    assert set(zh) == set(en)
    for key, value in zh.items():
        if isinstance(value, dict):
            assert set(value) - {"one"} == set(en[key]) - {"one"}, key


def test_every_milestone_column_has_a_header(report):
    page = report.milestones().html
    head = re.search(r"<thead>(.*?)</thead>", page).group(1)
    first_row = re.search(r"<tbody><tr>(.*?)</tr>", page).group(1)
    assert "<th></th>" not in head
    assert head.count("<th>") == first_row.count("<td")  # 指标, 期限, 状态, 距期限, 备注
    assert "<th>距期限</th>" in head


def test_english_counts_agree_in_number(report):
    from dataclasses import replace

    en = replace(report, params=replace(report.params, lang="en"))
    # The bundled plan as of 11-30: 23 scored = 16 targets + 7 milestones, 7 context figures.
    assert (
        "23 indicators assessed (16 quantified targets, 7 milestones); 7 context figures are not scored."
        in plain_text(en.headline().html)
    )
    one = replace(en, assessment=en.assessment[en.assessment["id"].isin(["liv.petition_backlog", "rur.seed_base"])])
    text = plain_text(one.headline().html)
    assert "1 indicator assessed (0 quantified targets, 1 milestone); 1 context figure is not scored." in text
    assert "1 milestones" not in text and "1 indicators" not in text


def test_days_to_deadline_in_english_and_chinese(report):
    from dataclasses import replace

    rows = report.assessment.set_index("id")
    row = rows.loc["liv.petition_backlog"].copy()  # deadline 11-30, as of 11-30, in progress
    assert report.days(row) == "今天到期"
    row["days_to_deadline"] = 1
    en = replace(report, params=replace(report.params, lang="en"))
    assert en.days(row) == "1 day left" and report.days(row) == "剩余 1 天"
    row["days_to_deadline"] = -2
    assert en.days(row) == "2 days past"
    row["status"] = "done"
    assert report.days(row) == ""  # a finished task has no countdown


def test_decreasing_value_is_explained_in_the_report_language(data_copy):
    # A second row for 全年工业开票 lower than the first: 42000万元 on 10-31, then 38000万元 on 11-15.
    log = data_copy / "plans" / "chentao-2025q4" / "progress.csv"
    rows = log.read_text(encoding="utf-8").splitlines()
    rows = [r for r in rows if not r.startswith("eco.invoicing,")]
    rows += ["eco.invoicing,2025-10-31,42000,万元,,,月通报,", "eco.invoicing,2025-11-15,38000,万元,,,月通报,"]
    log.write_text("\n".join(rows) + "\n", encoding="utf-8")
    zh = build_report(PLAN, "2025Q4", "2025-11-30", "zh", data_copy)
    text = plain_text(zh.data_quality().html)
    assert "全年工业开票：2025-11-15 报告 3.8亿元，低于此前的 4.2亿元" in text
    assert "went down" not in text and "cumulative" not in text
    en = build_report(PLAN, "2025Q4", "2025-11-30", "en", data_copy)
    assert "Industrial invoicing for the year: 3.8亿元 reported on 2025-11-15, below the earlier 4.2亿元" in plain_text(
        en.data_quality().html
    )


def test_lost_characters_are_shown_as_an_explained_placeholder(report):
    # 一期厂房��生产设备: the raw text has 廠房?jī)?nèi)生產 -- two characters lost, pinyin jī and nèi left.
    cell = report.source_html(report.assessment.set_index("id").loc["rur.vermicelli_base_production"])
    assert "\ufffd" not in cell
    assert (
        '一期厂房<span class="pa-lost" title="原文此处的字节在乱码中丢失；残存注音为 jī">□'
        '<span class="pa-reading">jī</span></span>'
    ) in cell
    assert '<span class="pa-reading">nèi</span></span>生产设备' in cell
    quality = report.data_quality().html
    assert "\ufffd" not in quality and "残存注音 jī" in quality


def test_draft_plans_carry_a_banner(report):
    from dataclasses import replace

    assert "pa-banner pa-draft" not in report.header().html
    draft = replace(report, plan=replace(report.plan, meta={**report.plan.meta, "draft": True}))
    assert draft.plan.draft
    page = draft.header().html
    assert 'class="pa-banner pa-draft"' in page and "尚未经人工审核" in page
    assert "DRAFT" in repr(draft.header())


def test_an_area_holding_only_descriptors_renders(report):
    from dataclasses import replace

    frame = report.assessment.copy()
    frame.loc[frame["id"] == "rur.seed_base", "area"] = "只有背景数据"
    only = replace(report, assessment=frame)
    text = plain_text(only.by_area().html)
    assert "只有背景数据" in text and "0 项指标：无。" in text


def test_non_finite_numbers_are_never_printed():
    assert format_quantity(float("inf"), "元") == "–"
    assert format_quantity(float("nan"), "亩") == "–"


def test_completion_label_is_right_of_a_bar_over_100_percent(report):
    from plan_analysis.report.figures import bullet_chart

    frame = report.assessment.copy()
    frame.loc[frame["id"] == "eco.invoicing", "completion"] = 1.03
    fig = bullet_chart(frame, "经济运行", "zh")
    label = next(t for t in fig.axes[0].texts if t.get_text().startswith("103%"))
    assert label.get_position()[0] > 103  # after the bar's end, not over it
    capped = frame.copy()
    capped.loc[capped["id"] == "eco.invoicing", "completion"] = 4.0
    fig = bullet_chart(capped, "经济运行", "zh")
    label = next(t for t in fig.axes[0].texts if t.get_text().startswith("400%"))
    assert (
        150 < label.get_position()[0] < fig.axes[0].get_xlim()[1]
    )  # the bar stops at 150 %, the label is inside the plot


def test_an_infinite_progress_value_is_refused_before_any_report(data_copy):
    # "1e400" overflows to inf: the log is refused when loaded (file, row, column), so a
    # report can never print inf亿元 已完成. (test_assessment covers the assessment's own
    # guard for frames built in code.)
    from plan_analysis.errors import InputError

    log = data_copy / "plans" / "chentao-2025q4" / "progress.csv"
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    row = next(i for i, line in enumerate(lines) if line.startswith("eco.invoicing,2025-12-20,76500,"))
    lines[row] = lines[row].replace(",76500,", ",1e400,")
    log.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(
        InputError, match=rf"progress.csv, row {row + 1}, column 'value': '1e400' is not a finite number"
    ):
        build_report(PLAN, "2025Q4", "2025-12-31", "zh", data_copy)


def test_templates_escape_by_default():
    from plan_analysis.report.rendering import environment, render

    assert environment().autoescape is True
    page = render("source.html.j2", cell={"found": False, "phrase": "<script>x</script>", "not_found": "&"})
    assert "<script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page and "&amp;" in page
