"""Kom igång, built from the real data: every step links to pages that exist, and the sources' factors are there."""

import posixpath
import re
from html.parser import HTMLParser

import pytest

from macros.text import plain
from macros.validation import load_handbook
from tests.support.sites import ROOT

ENTITY_FOLDERS = ("satsningar", "roller", "verktyg", "ramverk")


class Steps(HTMLParser):
    """The links under each numbered h2 of the article ("1. Skaffa en gemensam bild ...")."""

    def __init__(self):
        super().__init__()
        self.steps: dict[str, list[str]] = {}
        self.current: str | None = None
        self.in_h2 = False
        self.heading = ""

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self.in_h2, self.heading = True, ""
        elif tag == "a" and self.current and not self.in_h2:
            self.steps[self.current] += [v for k, v in attrs if k == "href" and v]

    def handle_data(self, data):
        if self.in_h2:
            self.heading += data

    def handle_endtag(self, tag):
        if tag == "h2":
            self.in_h2 = False
            title = self.heading.strip().rstrip("¶").strip()
            self.current = title if re.match(r"\d+\. ", title) else None
            if self.current:
                self.steps[self.current] = []


@pytest.fixture(scope="module")
def page(real_site):
    html = (real_site / "kom-igang.html").read_text(encoding="utf-8")
    return re.search(r"<article.*?</article>", html, re.S).group(0)


@pytest.fixture(scope="module")
def steps(page):
    parser = Steps()
    parser.feed(page)
    return parser.steps


def test_page_goes_step_by_step_from_the_first_decision_to_lasting_operation(steps):
    titles = list(steps)
    assert len(titles) >= 8
    assert [int(t.split(".")[0]) for t in titles] == list(range(1, len(titles) + 1))
    assert "gemensam bild" in titles[0] and "varaktigt" in titles[-1]


def test_every_step_links_to_real_initiatives_and_roles_tools_or_frameworks(steps, real_site):
    for title, hrefs in steps.items():
        targets = [posixpath.normpath(h) for h in hrefs if not h.startswith(("http", "#", "mailto:"))]
        for target in targets:
            assert (real_site / target).is_file(), (title, target)
        folders = {t.split("/")[0] for t in targets}
        assert "satsningar" in folders, f"{title}: ingen länk till en satsning"
        assert folders & {"roller", "verktyg", "ramverk"}, f"{title}: ingen länk till en roll, ett verktyg eller ett ramverk"


def test_all_eight_factors_from_oxford_research_are_quoted(page):
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page))
    factors = load_handbook(ROOT).get("ramverk", "oxford-atta-faktorer").model.items
    assert len(factors) == 8
    for factor in factors:
        assert f"”{plain(factor.text)}”" in text, factor.text


def test_quotes_name_their_source_and_tips_are_not_invented(page):
    text = re.sub(r"<[^>]+>", "", page)
    for who in ("Oxford Research", "Sandvik", "Stockholm", "Mölndal", "Nycklar till framgång"):
        assert who in text, who
    assert "Själva tipsen finns inte i den textversion" in text
    assert all(f'href="kallor/{s}.html"' in page for s in ("gr-satsningar-2022", "sandviken-presentation",
                                                         "stockholm-metodhandbok", "molndal-arsredovisning-2024"))
