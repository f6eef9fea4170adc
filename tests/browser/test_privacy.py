"""Privacy in the browser: the handbook never contacts another host, sets no cookie and stores only the reader's choices.

Every page is loaded in light and dark by the shared whole-site pass (site_scan); the reader's actions (search,
finder, comparison, wheel and its calendar file, print view, palette switch) are played here with every request
recorded.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from tests.browser.site_scan import SiteScan

# What Material keeps in localStorage, scoped by the site's path ("/.__palette"): the palette the reader sees and,
# if a cookie banner were configured, the reader's consent. Nothing else may be stored.
READER_CHOICES = ("__palette", "__consent")


def foreign(requests: list[str], base: str) -> list[str]:
    host = urlsplit(base).netloc
    return sorted({u for u in requests if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != host})


@pytest.fixture()
def reader(browser, real_base):
    """A fresh browser profile whose every request is recorded: (page, context, requests)."""
    context = browser.new_context(locale="sv-SE", accept_downloads=True)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    yield page, context, requests
    context.close()


def test_no_page_of_the_handbook_contacts_another_host(site_scan: SiteScan):
    assert len(site_scan.requests) > 2 * len(site_scan.pages)  # the recording saw the pages and their assets
    assert any(u.endswith("search/search_index.json") for u in site_scan.requests)
    assert site_scan.foreign_requests() == []


def test_reading_searching_filtering_printing_and_switching_palette_stay_on_the_site(reader, real_base):
    page, context, requests = reader
    page.goto(real_base + "index.html")
    box = page.locator(".md-search__input")
    box.click()
    box.press_sequentially("logoped", delay=30)
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent.match(/sökresultat/)")
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_load_state("load")

    page.goto(real_base + "hitta.html")
    role = page.get_by_label("Yrkesroll")
    role.select_option(index=2)
    page.wait_for_function("location.search.includes('roll=')")  # the finder keeps the filter in the address
    page.get_by_role("button", name="Rensa filter").click()

    page.goto(real_base + "jamfor.html")
    page.locator(".nh-compare-choice input[type=checkbox]").first.uncheck()

    page.goto(real_base + "arshjul/spanga-tensta.html")
    with page.expect_download() as download:
        page.locator("a[href$='.ics']").first.click()
    assert download.value.suggested_filename.endswith(".ics")

    for path in ("index.html", "satsningar/narvaroteam-molndal.html", "arshjul/spanga-tensta.html", "utskrift.html"):
        page.goto(real_base + path)
        page.emulate_media(media="print")
        page.wait_for_load_state("networkidle")
        page.emulate_media(media="screen")

    page.goto(real_base + "oppna-data.html")
    page.locator("label.md-header__button[for^='__palette']:visible").click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    page.reload()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"

    assert len(requests) > 20
    assert foreign(requests, real_base) == []
    assert context.cookies() == []
    stored = page.evaluate("Object.keys(localStorage)")
    assert stored and all(key.endswith(READER_CHOICES) for key in stored), stored
    session = page.evaluate("Object.keys(sessionStorage)")
    assert not [key for key in session if key.endswith("__source")], "Materials GitHub-uppgifter hämtades"


def test_repository_link_is_a_plain_link_without_the_github_api(reader, real_base):
    """Material's source component would fetch stars and releases from api.github.com in the reader's browser."""
    page, _, requests = reader
    page.goto(real_base + "index.html")
    page.wait_for_load_state("networkidle")
    link = page.locator(".md-header a.md-source")
    assert re.match(r"https://", link.get_attribute("href"))
    assert page.locator("[data-md-component=source]").count() == 0
    assert not [u for u in requests if "github" in urlsplit(u).netloc]
