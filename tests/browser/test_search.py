"""Full-text search as a reader uses it: type a Swedish word in the search box and read the hits."""

import pytest

RESULTS_FOR = """q => [...document.querySelectorAll('.md-search-result__item > a')]
    .some(a => new URL(a.href).searchParams.get('h') === q)"""


def search(page, base: str, query: str) -> list[str]:
    """The page addresses (relative to the site, without ?h=) that the search box lists for a query."""
    page.goto(base + "index.html")
    box = page.locator(".md-search__input")
    box.click()
    box.press_sequentially(query)
    # Results update while typing; wait for the ones for the whole word (each hit carries it as ?h=).
    page.wait_for_function(RESULTS_FOR, arg=query)
    hrefs = page.locator(".md-search-result__item > a").evaluate_all("els => els.map(a => a.href)")
    return [h.removeprefix(base).split("?")[0] for h in hrefs]


def test_logopeden_lists_the_logoped_role_and_molndals_narvaroteam(page, base):
    hits = search(page, base, "logopeden")
    assert "roller/logoped.html" in hits
    assert "satsningar/narvaroteam-molndal.html" in hits


@pytest.mark.parametrize("query, role", [
    ("kuratorn", "kurator"), ("rektorn", "rektor"), ("psykologen", "psykolog"),
    ("socialsekreterarna", "socialsekreterare"), ("läraren", "larare"),
])
def test_definite_and_plural_forms_find_the_role_page(page, base, query, role):
    assert f"roller/{role}.html" in search(page, base, query)
