"""The built site opened from disk (file://), as on a municipal intranet or a laptop without a server."""

import pytest

from tests.browser.test_search import RESULTS_FOR


@pytest.fixture()
def home(page, real_site):
    page.goto((real_site / "index.html").as_uri())
    return page


def test_navigate_from_disk_to_generated_pages_by_clicking(home):
    home.get_by_role("link", name="Jag är logoped").click()
    home.wait_for_load_state()
    assert home.url.endswith("/roller/logoped.html") and home.url.startswith("file://")
    assert home.locator("article h1").inner_text().startswith("Logoped")
    home.locator("article").get_by_role("link", name="Närvaroteamet Mölndal").first.click()
    home.wait_for_load_state()
    assert home.url.endswith("/satsningar/narvaroteam-molndal.html")
    assert home.locator("figure.nh-chart svg").first.is_visible()


def test_search_works_from_disk(home):
    box = home.locator(".md-search__input")
    box.click()
    box.press_sequentially("logopeden")
    home.wait_for_function(RESULTS_FOR, arg="logopeden")
    results = home.locator(".md-search-result__item > a")
    hrefs = results.evaluate_all("els => els.map(a => a.href)")
    assert any(h.startswith("file://") and "/roller/logoped.html" in h for h in hrefs), hrefs
    home.locator(".md-search-result__item > a[href*='roller/logoped.html']").first.click()
    home.wait_for_load_state()
    assert "/roller/logoped.html" in home.url


def test_stylesheets_load_from_disk(home):
    # Both stylesheets apply: the handbook's (entry boxes in a grid) and Material's (a header that stays on top).
    assert home.locator(".nh-entry").evaluate("e => getComputedStyle(e).display") == "grid"
    assert home.locator(".md-header").evaluate("e => getComputedStyle(e).position") == "sticky"
