"""A handbook with more initiatives than fit in one list, as a reader uses it: region pages instead of thousands of
nav entries, the finder shown in pages of 50, and the comparison picked region by region."""

import re
from urllib.parse import parse_qs, urlparse

import pytest

from macros.validation import load_handbook
from tests.support.sites import build, make_project

from .national import generate


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    root = tmp_path_factory.mktemp("national")
    dataset = generate(root / "data", initiatives=60, municipalities=8, regions=3)
    project = make_project(root / "project", dataset.folder)
    result = build(project)
    assert result.returncode == 0, result.stderr[-3000:]
    return project / "site", load_handbook(project)


@pytest.fixture(scope="module")
def base(national, serve):
    return serve(national[0])


def test_nav_lists_regions_and_each_region_page_lists_its_initiatives(page, base, national):
    _, handbook = national
    initiative = next(iter(handbook.kind("satsningar").values()))
    page.goto(base + f"satsningar/{initiative.id}.html")
    nav = page.locator("nav.md-nav--primary .md-nav__link")
    assert nav.count() < 40, "Navigationen på en satsnings sida ska vara kort"
    page.goto(base + "satsningar/index.html")
    regions = {r.id: r for r in handbook.kind("aktorer").values() if r.model.type.value == "region"}
    for region_id, region in regions.items():
        page.goto(base + f"satsningar/region/{region_id}.html")
        listed = set(page.locator("article a[href$='.html']").all_inner_texts())
        expected = {r.title for r in handbook.kind("satsningar").values()
                    if handbook.get("aktorer", r.model.municipality).model.region == region_id}
        assert expected and expected <= listed, region.title


def test_finder_shows_fifty_at_a_time_and_more_on_request(page, base, national):
    _, handbook = national
    page.goto(base + "hitta.html")
    status = page.get_by_role("status").filter(has_text="Visar")
    assert status.inner_text() == "Visar 60 av 60 satsningar. Listan visar de första 50."
    results = page.locator("#nh-finder-results > li")
    assert results.count() == 50
    more = page.get_by_role("button", name="Visa fler satsningar")
    more.focus()
    page.keyboard.press("Enter")
    assert results.count() == 60 and not more.is_visible()
    # Keyboard users continue where the new results start.
    assert page.evaluate("document.activeElement.closest('li') === document.querySelectorAll('#nh-finder-results > li')[50]")
    shown = {t.strip() for t in page.locator("#nh-finder-results strong").all_inner_texts()}
    assert shown == {r.title for r in handbook.kind("satsningar").values()}


def test_comparison_is_picked_region_by_region_and_kept_in_the_address(page, base, national):
    _, handbook = national
    page.goto(base + "jamfor.html")
    region = page.get_by_label("Region", exact=True)
    choice = page.get_by_role("group", name="Satsningar att jämföra")
    first_region = region.input_value()
    in_region = [r for r in handbook.kind("satsningar").values()
                 if handbook.get("aktorer", r.model.municipality).model.region == first_region]
    assert choice.get_by_role("checkbox").count() == len(in_region)
    boxes = choice.get_by_role("checkbox")
    picked = [boxes.nth(0).evaluate("b => b.parentElement.textContent.trim()")]
    boxes.nth(0).check()
    region.select_option(index=1)
    other = choice.locator("input[type=checkbox]:not(:checked)")
    picked.append(other.first.evaluate("b => b.parentElement.textContent.trim()"))
    other.first.check()
    table = page.get_by_role("table", name="Jämförelse av satsningar")
    assert [h.strip() for h in table.locator("thead th").all_inner_texts()[1:]] == picked
    assert page.get_by_role("status").filter(has_text="Jämför").inner_text() == "Jämför 2 satsningar."
    ids = parse_qs(urlparse(page.url).query)["visa"][0].split(",")
    assert [handbook.get("satsningar", i).title for i in ids] == picked
    page.reload()
    assert [h.strip() for h in table.locator("thead th").all_inner_texts()[1:]] == picked
    team = table.locator("tbody tr", has=page.locator("th", has_text="Team")).locator("td").first.inner_text()
    first = handbook.get("satsningar", ids[0]).model
    assert re.sub(r" \(.*?\)", "", team).split(", ")[0] == handbook.get("roller", first.roles[0].role).title


def test_templates_page_points_to_the_initiatives_instead_of_listing_every_download(national):
    site, handbook = national
    assert len(handbook.kind("satsningar")) > 50
    html = (site / "mallar.html").read_text(encoding="utf-8")
    assert ".mall.yml" not in html
    assert "Handboken har 60 satsningar" in html
    assert 'href="hitta.html"' in html and 'href="satsningar/index.html"' in html
    initiative = next(iter(handbook.kind("satsningar").values()))
    page = (site / "satsningar" / f"{initiative.id}.html").read_text(encoding="utf-8")
    assert f'href="{initiative.id}.mall.yml"' in page
