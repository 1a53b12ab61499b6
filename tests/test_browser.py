"""A real browser opens the published report and index straight from disk.

Playwright drives Debian's Chromium (not a Playwright-downloaded browser), so
CI needs only ``apt-get install -y chromium fonts-noto-cjk``. Checks: no
console error, no network request, every image decoded, the headline and a
Chinese indicator name visible, and — for a plan whose fields carry HTML
payloads — no script ran and no dialog opened.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from report_fixtures import PLAN, payload_data_root

from plan_analysis.report.runner import render_report

CHROMIUM = Path(os.environ.get("PLAN_ANALYSIS_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        # On CI (.ci/run installs Chromium, CI=true) a missing browser must fail, not skip.
        not CHROMIUM.is_file() and os.environ.get("CI") != "true",
        reason=f"{CHROMIUM} not found: install it with `sudo apt-get install -y chromium fonts-noto-cjk` "
        "(or set PLAN_ANALYSIS_CHROMIUM to a Chromium binary); CI always runs this test",
    ),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the test extra)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    html = render_report(PLAN, "2025Q4", "2025-12-31", "zh", out, quiet=True)
    return out, html


class Visit:
    """A page opened from disk, with everything the page tried to do recorded."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        self.page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.resolve().as_uri(), wait_until="load")

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def network_requests(self) -> list[str]:
        # The page itself is a file:// load; data: URIs are decoded locally.
        return [u for u in self.requests if not u.startswith(("file://", "data:"))]

    def close(self):
        self.context.close()


def test_report_renders_offline_with_every_image(browser, published, tmp_path):
    _, html = published
    visit = Visit(browser, html)
    page = visit.page
    try:
        assert visit.console_errors == [] and visit.page_errors == []
        assert visit.network_requests() == []
        images = page.eval_on_selector_all("img", "els => els.map(e => [e.complete, e.naturalWidth])")
        assert len(images) == 4
        assert all(complete and width > 0 for complete, width in images), images
        assert page.locator("#pa-headline").is_visible()
        assert page.locator("#pa-headline").inner_text() == "总体情况"
        name = page.locator("table.pa-indicators td", has_text="全年工业开票").first
        assert name.is_visible()
        assert name.inner_text().startswith("全年工业开票")
        assert page.get_by_text("示例数据，非官方统计", exact=False).first.is_visible()
        # The table of contents links to sections that exist.
        for anchor in page.eval_on_selector_all("#pa-toc a", "els => els.map(e => e.getAttribute('href'))"):
            assert page.locator(anchor).count() == 1, anchor
        shot = tmp_path / "report.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
    finally:
        visit.close()


def test_lost_characters_and_tables_as_a_reader_sees_them(browser, published):
    _, html = published
    visit = Visit(browser, html)
    page = visit.page
    try:
        text = page.evaluate("() => document.body.innerText")
        assert "\ufffd" not in text  # no replacement characters left on the page
        lost = page.locator(".pa-lost").first
        assert lost.is_visible() and lost.inner_text().startswith("□")
        assert "丢失" in lost.get_attribute("title")  # the tooltip says the bytes were lost
        heads = page.eval_on_selector_all("table.pa-milestones th", "els => els.map(e => e.innerText.trim())")
        assert heads and all(heads), heads  # no column without a header
        # No red box of cell stderr (a font warning) anywhere in the report.
        assert page.locator("[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
    finally:
        visit.close()


def test_index_renders_and_links_to_the_report(browser, published, tmp_path):
    out, html = published
    visit = Visit(browser, out / "index.html")
    page = visit.page
    try:
        assert visit.console_errors == [] and visit.page_errors == []
        assert visit.network_requests() == []
        link = page.locator("#reports a").first
        assert link.inner_text() == "陈涛镇2025年四季度重点工作"
        link.click()
        page.wait_for_load_state("load")
        # The link goes through the report's pointer (a symbolic link), not to the set it points at.
        assert page.url == html.absolute().as_uri()
        page.screenshot(path=str(tmp_path / "index.png"))
    finally:
        visit.close()


def test_injected_html_does_not_run(browser, tmp_path):
    data = payload_data_root(tmp_path / "data")
    html = render_report(PLAN, "2025Q4", "2025-12-31", "zh", tmp_path / "reports", quiet=True, data_root=data)
    for path in (html, tmp_path / "reports" / "index.html"):
        visit = Visit(browser, path)
        try:
            assert visit.dialogs == [], path
            assert visit.page.evaluate("() => window.__pwned === undefined"), path
            assert visit.network_requests() == [], path
            # An <img src=x> that became markup would request the file "x".
            assert not [u for u in visit.requests if u.endswith("/x")], path
            assert visit.page_errors == [], path
        finally:
            visit.close()


@pytest.fixture(scope="module")
def office_reports(tmp_path_factory):
    """Reports as a statistics office gets them: a drafted plan with three rows filled, and a
    drafted plan without milestones with nothing filled."""
    import datetime as dt

    from office_fixtures import COUNTY_TEXT, TOWNSHIP_TEXT, draft, fill

    base = tmp_path_factory.mktemp("office")
    root, out = base / "data", base / "reports"
    county = draft(COUNTY_TEXT, "shexian", root)
    day = dt.date(2025, 11, 30)
    fill(county / "progress.xlsx", {"120公里": (day, 96, None), "85公里": (day, 60, None), "5000人": (day, 4200, None)})
    draft(TOWNSHIP_TEXT, "liuxi", root)
    partial = render_report("shexian", "2025Q4", "2025-12-31", "zh", out, quiet=True, data_root=root)
    bare = render_report("liuxi", "2025Q4", "2025-12-31", "zh", out, quiet=True, data_root=root)
    return partial, bare


def _checked_screenshot(visit: Visit, path: Path) -> None:
    page = visit.page
    assert visit.console_errors == [] and visit.page_errors == []
    assert visit.network_requests() == []
    images = page.eval_on_selector_all("img", "els => els.map(e => [e.complete, e.naturalWidth])")
    assert images and all(complete and width > 0 for complete, width in images), images
    # Every table shown has a header and at least one row under it.
    tables = page.eval_on_selector_all(
        "table", "els => els.map(t => [t.querySelectorAll('th').length, t.querySelectorAll('tbody tr').length])"
    )
    assert all(heads and rows for heads, rows in tables), tables
    for anchor in page.eval_on_selector_all("#pa-toc a", "els => els.map(e => e.getAttribute('href'))"):
        assert page.locator(anchor).count() == 1, anchor
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000


def test_report_with_partial_data_as_a_reader_sees_it(browser, office_reports, tmp_path):
    partial, _ = office_reports
    visit = Visit(browser, partial)
    page = visit.page
    try:
        _checked_screenshot(visit, tmp_path / "partial.png")
        # The three figures the office typed, in the indicator table.
        for value in ("96公里", "60公里", "4,200人"):
            assert page.locator("table.pa-indicators td", has_text=value).first.is_visible(), value
        # 96/120, 60/85 and 4200/5000: (80% + 70.6% + 84%) / 3 = 78%, over 3 of the amount targets.
        headline = page.locator("#pa-headline").locator("xpath=..")
        assert headline.locator(".pa-overall").inner_text() == "78%"
        assert "项中 3 项已报告" in headline.locator(".pa-coverage").first.inner_text()
        # The area the text gives no figure is there, in words.
        empty = page.locator("h3", has_text="中小学幼儿园扩优提质工程")
        assert empty.is_visible()
        assert page.get_by_text("未发现量化承诺", exact=False).first.is_visible()
        assert page.get_by_text("示例数据，非官方统计", exact=False).count() == 0  # not demo data
    finally:
        visit.close()


def test_report_without_milestones_as_a_reader_sees_it(browser, office_reports, tmp_path):
    _, bare = office_reports
    visit = Visit(browser, bare)
    page = visit.page
    try:
        _checked_screenshot(visit, tmp_path / "bare.png")
        section = page.locator("#pa-milestones").locator("xpath=..")
        assert section.locator("img").count() == 0 and section.locator("table").count() == 0
        assert section.locator(".pa-empty").inner_text().startswith("本计划没有节点任务")
        # Nothing reported: the mean is "–" beside "0 of 4" (1500亩, 4家, 20个, 150户; 40%以上 is a floor).
        headline = page.locator("#pa-headline").locator("xpath=..")
        assert headline.locator(".pa-overall").inner_text() == "–"
        assert "4 项中 0 项已报告" in headline.locator(".pa-coverage").first.inner_text()
    finally:
        visit.close()
