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
