"""Hitta insats as a reader uses it: choose filters with the mouse or the keyboard, share the address, reload it,
open it from disk. Expectations come from the data, not from the finder's own markup."""

import re
from urllib.parse import parse_qs, urlparse

import pytest


def shown(page) -> set[str]:
    """Titles of the initiatives the finder shows, once it has counted them."""
    page.get_by_role("status").filter(has_text="Visar").wait_for()
    links = page.locator("article a[href*='satsningar/']:visible")
    return {t.strip() for t in links.all_inner_texts()}


def status(page) -> str:
    return page.get_by_role("status").filter(has_text="Visar").inner_text()


def with_role(handbook, role: str) -> set[str]:
    return {r.title for r in handbook.kind("satsningar").values() if role in {t.role for t in r.model.roles}}


def test_finder_narrows_by_role_and_the_address_reproduces_it(page, base, handbook):
    page.goto(base + "hitta.html")
    everything = shown(page)
    assert everything == {r.title for r in handbook.kind("satsningar").values()}
    page.get_by_label("Yrkesroll").select_option(label="Logoped")
    expected = with_role(handbook, "logoped")
    assert 0 < len(expected) < len(everything)
    assert shown(page) == expected
    assert status(page) == f"Visar {len(expected)} av {len(everything)} satsningar."
    assert parse_qs(urlparse(page.url).query) == {"roll": ["logoped"]}

    page.reload()
    assert page.get_by_label("Yrkesroll").input_value() == "logoped"
    assert shown(page) == expected

    # The same address opened in a new tab (a shared link) shows the same list.
    other = page.context.new_page()
    other.goto(page.url)
    assert shown(other) == expected


def test_filters_combine_and_reset(page, base, handbook):
    page.goto(base + "hitta.html?roll=kurator")
    assert shown(page) == with_role(handbook, "kurator")
    page.get_by_label("Kommun").select_option(label="Mölndals stad")
    both = {r.title for r in handbook.kind("satsningar").values()
            if r.model.municipality == "molndals-stad" and "kurator" in {t.role for t in r.model.roles}}
    assert shown(page) == both and both
    assert parse_qs(urlparse(page.url).query) == {"roll": ["kurator"], "kommun": ["molndals-stad"]}
    page.get_by_role("button", name="Rensa filter").click()
    expect_all = {r.title for r in handbook.kind("satsningar").values()}
    page.wait_for_function("() => !location.search")
    assert shown(page) == expect_all


def test_finder_works_with_the_keyboard_alone(page, base, handbook):
    page.goto(base + "hitta.html")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.labels && document.activeElement.labels[0]?.textContent") == "Yrkesroll":
            break
    else:
        pytest.fail("Yrkesroll går inte att nå med tabbtangenten")
    page.keyboard.press("ArrowDown")
    chosen = page.get_by_label("Yrkesroll").evaluate("s => s.options[s.selectedIndex].textContent")
    role_id = page.get_by_label("Yrkesroll").input_value()
    assert role_id, "Pilen nedåt valde ingen roll"
    assert shown(page) == with_role(handbook, role_id), chosen
    # Screen readers hear the new count: it is announced by a status (live) region.
    assert re.fullmatch(rf"Visar {len(with_role(handbook, role_id))} av \d+ satsningar\.", status(page))


def test_finder_works_opened_from_disk(page, real_site, handbook):
    page.goto((real_site / "hitta.html").as_uri() + "?roll=logoped")
    assert shown(page) == with_role(handbook, "logoped")
    page.get_by_label("Yrkesroll").select_option(label="Kurator")
    assert shown(page) == with_role(handbook, "kurator")
    assert "roll=kurator" in page.url


@pytest.mark.parametrize("link", [
    "Främja närvaro för alla elever", "Förebygga frånvaro tidigt", "Åtgärda problematisk frånvaro",
    "Insatser vid frånvaro runt 20 procent", "Insatser vid hög eller långvarig frånvaro",
])
def test_home_page_entry_by_level_opens_a_filtered_finder(page, base, handbook, link):
    page.goto(base + "index.html")
    page.get_by_role("link", name=link).click()
    assert page.url.split("?")[0].endswith("hitta.html")
    page.get_by_role("status").filter(has_text="Visar").wait_for()  # the finder has read the address
    [(key, [value])] = parse_qs(urlparse(page.url).query).items()
    assert page.locator(f"select[name={key}]").input_value() == value

    def levels(m):
        return m.work_levels if key == "niva" else (m.target_group.absence_levels if m.target_group else [])

    expected = {r.title for r in handbook.kind("satsningar").values() if value in levels(r.model)}
    assert expected, f"Ingången {link!r} leder till en tom lista"
    assert shown(page) == expected
