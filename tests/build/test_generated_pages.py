"""The HTML of pages generated from the mini fixture: content, cross-links both ways, edit links, search index."""

import json
import re

import pytest


def read(site, path):
    return (site / path).read_text(encoding="utf-8")


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


@pytest.fixture(scope="module")
def initiative(mini_site):
    return read(mini_site, "satsningar/testteamet.html")


def test_initiative_page_shows_its_data(initiative):
    assert re.search(r"<h1[^>]*>Testteamet<", initiative)
    text = text_of(initiative)
    for expected in ("Öka skolnärvaron tillsammans med BUP.", "Elever med hög frånvaro.", "högstadiet", "hösten 2023", "pågående",
                     "Ansökningsbelopp: 300 tkr.", "Minskad stress i familjen.", "Individanpassat stöd.",
                     "Test Testsson, projektledare", "test@example.se", "Närvaroteamet i test"):
        assert expected in text, expected
    assert 'href="mailto:test@example.se"' in initiative


def test_initiative_links_to_roles_tools_partners_wheels_and_sources(initiative):
    targets = ("../roller/logoped.html", "../verktyg/bildstod.html", "../aktorer/bup.html", "../arshjul/testhjul.html",
               "../kallor/testkalla.html", "../ramverk/tre-steg.html")
    for href in targets:
        assert f'href="{href}"' in initiative, href


def test_result_chart_and_table_carry_the_same_numbers(initiative):
    svg = re.search(r"<svg class=\"nh-chart-svg\".*?</svg>", initiative, re.S).group(0)
    assert 'role="img"' in svg
    for label in ("100%", "91%", "73%", "n = 14", "n = 15", "n = 13"):
        assert label in svg
    table = re.search(r"<table class=\"nh-table\">.*?</table>", initiative, re.S).group(0)
    assert re.search(r"Innan insats</th><td>100%</td><td>14</td>", table)


def test_role_page_lists_initiatives_and_tools_derived_from_data(mini_site):
    role = read(mini_site, "roller/logoped.html")
    assert 'href="../satsningar/testteamet.html"' in role
    assert 'href="../verktyg/bildstod.html"' in role
    assert "Anpassad kommunikation" in role


def test_tool_and_partner_pages_link_back(mini_site):
    assert 'href="../satsningar/testteamet.html"' in read(mini_site, "verktyg/bildstod.html")
    partner = read(mini_site, "aktorer/bup.html")
    assert 'href="../satsningar/testteamet.html"' in partner and "samverkanspartner" in partner
    region = read(mini_site, "aktorer/testregionen.html")
    assert 'href="../aktorer/testkommun.html"' in region or 'href="testkommun.html"' in region


def test_edit_link_of_a_generated_page_opens_its_yaml(initiative):
    assert "/edit/main/data/satsningar/testteamet.yml" in initiative


def test_abbreviations_are_explained(initiative):
    assert re.search(r'<abbr title="Barn- och ungdomspsykiatri: Specialistvård[^"]*">BUP</abbr>', initiative)


def test_every_entity_is_in_nav_and_search(mini_site):
    index = json.loads(read(mini_site, "search/search_index.json"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    home = read(mini_site, "index.html")
    for page in ("satsningar/testteamet.html", "roller/logoped.html", "verktyg/bildstod.html", "arshjul/testhjul.html",
                 "begrepp/bup.html", "aktorer/bup.html", "kallor/testkalla.html", "ramverk/tre-steg.html"):
        assert page in locations, page
    for page in ("roller/logoped.html", "verktyg/bildstod.html", "arshjul/testhjul.html",
                 "begrepp/bup.html", "aktorer/bup.html", "kallor/testkalla.html", "ramverk/tre-steg.html",
                 "satsningar/region/testregionen.html"):
        name = page.split("/")[-1]
        # The page sits in the navigation (as the active entry on its own page) ...
        assert f'<a href="{name}" class="md-nav__link md-nav__link--active">' in read(mini_site, page), page
    # ... initiatives through their region's page (thousands of nav entries would weigh down every page).
    assert 'href="../testteamet.html"' in read(mini_site, "satsningar/region/testregionen.html")
    # ... and every section is reachable from the start page's navigation.
    for section in ("satsningar/index.html", "roller/index.html", "verktyg/index.html", "arshjul/index.html",
                    "begrepp/index.html", "ramverk/index.html"):
        assert f'href="{section}"' in home, section


def test_kind_index_pages_list_their_entities(mini_site):
    assert 'href="region/testregionen.html"' in read(mini_site, "satsningar/index.html")
    toolbox = read(mini_site, "verktyg/index.html")
    assert "Motivation och framtid" in toolbox and 'href="motiverande-samtal.html"' in toolbox


def test_wheel_has_twelve_months_list_and_calendar(mini_site):
    wheel = read(mini_site, "arshjul/testhjul.html")
    assert wheel.count('class="nh-sector') == 12
    assert "Uppstartsmöte" in wheel and "(månaden är tolkad)" in wheel
    assert 'href="testhjul.ics"' in wheel
    assert (mini_site / "arshjul/testhjul.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_framework_diagram_is_drawn_at_build_time(mini_site):
    page = read(mini_site, "ramverk/tre-steg.html")
    assert "<svg" in page and "1. Samsyn: Vara överens om hur vi ska samverka." in page


def test_no_page_loads_anything_from_another_host(mini_site):
    for path in mini_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for url in re.findall(r'(?:src|href)="(https?://[^"]+)"', html):
            assert "fonts.googleapis" not in url and "unpkg" not in url and "cdn" not in url, (path, url)
        assert not re.search(r'<(?:script|link)[^>]+(?:src|href)="https?://', html), path
