"""On paper: every page prints without the site's menus and with link targets written out, and the whole handbook
is one printable page (and PDF) reached from Om handboken."""

import re

import pytest

from macros.kinds import KINDS

PAGES = ["index.html", "satsningar/narvaroteam-molndal.html", "roller/logoped.html", "verktyg/index.html",
         "arshjul/spanga-tensta.html", "hitta.html", "jamfor.html", "ramverk/stockholm-arbetsgang.html"]
CHROME = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search"]


@pytest.mark.parametrize("path", PAGES)
def test_page_prints_without_navigation_and_with_link_targets(page, base, path):
    page.goto(base + path)
    page.emulate_media(media="print")
    assert page.locator("article h1").is_visible()
    for selector in CHROME:
        assert all(not el.is_visible() for el in page.locator(selector).all()), (path, selector)
    # The printed article is as wide as the paper, not squeezed between empty sidebars.
    article = page.locator("article").bounding_box()
    assert article["width"] > 0.8 * page.viewport_size["width"]
    external = page.locator("article a[href^='http']")
    for link in external.all()[:5]:
        after = link.evaluate("a => getComputedStyle(a, '::after').content")
        assert link.get_attribute("href") in after, (path, after)


def test_web_addresses_are_written_out_on_paper(page, base):
    page.goto(base + "kallor/stockholm-metodhandbok.html")
    links = page.locator("article a[href^='http']")
    assert links.count() > 0
    assert links.first.evaluate("a => getComputedStyle(a, '::after').content") == "none"
    page.emulate_media(media="print")
    for link in links.all():
        assert f"({link.get_attribute('href')})" in link.evaluate("a => getComputedStyle(a, '::after').content")


def test_whole_handbook_is_one_page_linked_from_om_handboken(page, base, handbook):
    page.goto(base + "om.html")
    page.get_by_role("article").get_by_role("link", name="Hela handboken för utskrift").click()
    page.wait_for_load_state()
    assert page.url.endswith("utskrift.html")
    # Every entity is there, each under its own heading (its place is also its link target).
    headings = dict(page.locator(".nh-print-entity").evaluate_all(
        "els => els.map(e => [e.id, e.nextElementSibling.tagName + ' ' + e.nextElementSibling.textContent])"))
    assert len(headings) == sum(len(handbook.kind(k.folder)) for k in KINDS)
    for kind in KINDS:
        for record in handbook.kind(kind.folder).values():
            heading = headings[f"nh-{kind.folder}-{record.id}"]
            assert heading.startswith("H3 ") and record.title in heading, heading
    # Links between entities lead to their place on the same page.
    page.locator("article a[href='#nh-roller-logoped']").first.click()
    assert page.url.endswith("#nh-roller-logoped")
    assert page.locator("#nh-roller-logoped + h3").inner_text().startswith("Logoped")
    broken = page.evaluate(
        "() => [...document.querySelectorAll('article a[href^=\"#\"]')].map(a => a.getAttribute('href').slice(1))"
        ".filter(id => id && !document.getElementById(decodeURIComponent(id)))"
    )
    assert broken == []


def test_whole_handbook_prints_to_pdf_with_each_part_on_new_pages(page, base, tmp_path):
    page.goto(base + "utskrift.html")
    pdf = page.pdf(format="A4", path=str(tmp_path / "narvarohandboken.pdf"))
    assert pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    parts = page.locator(".nh-print-part").count()
    assert parts == len(KINDS)
    assert pages > 60, pages
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()
    breaks = page.locator(".nh-print-part").evaluate_all("els => els.map(e => getComputedStyle(e).breakBefore)")
    assert set(breaks) == {"page"}
