"""A practitioner's first minutes: the home page's ways in, links between pages that follow from the data (both ways),
the toolbox and the side-by-side comparison. Expectations are read from data/, not from the pages' markup."""

import re
from urllib.parse import urljoin

import pytest


def article_links(page) -> set[str]:
    """Addresses (relative to the site) that the page's main text links to."""
    hrefs = page.locator("article a[href]").evaluate_all("els => els.map(a => a.href)")
    root = urljoin(page.url, "/")
    return {h.removeprefix(root).split("#")[0] for h in hrefs if h.startswith(root)}


# ---------------------------------------------------------------- home page


def test_home_page_has_ways_in_by_role_by_level_and_by_question(page, base):
    page.goto(base + "index.html")
    for heading in ("Jag är …", "Vad vill ni göra?", "Jag undrar …"):
        box = page.locator("section", has=page.get_by_role("heading", name=heading))
        assert box.is_visible()
        assert box.get_by_role("link").count() >= 4, heading
    # The three boxes sit side by side on a desktop screen.
    tops = {round(b.bounding_box()["y"]) for b in page.locator(".nh-entry > section").all()}
    assert len(tops) == 1


def test_every_link_on_the_home_page_leads_to_a_page(page, base):
    page.goto(base + "index.html")
    targets = sorted(article_links(page))
    assert len(targets) > 20
    for target in targets:
        response = page.request.get(base + target)
        assert response.ok, target


@pytest.mark.parametrize("role", ["logoped", "socialsekreterare", "rektor", "kurator"])
def test_jag_ar_opens_the_role_page(page, base, handbook, role):
    page.goto(base + "index.html")
    page.get_by_role("link", name=f"Jag är {role}", exact=True).click()
    assert page.url.endswith(f"roller/{role}.html")
    assert page.locator("article h1").inner_text().startswith(handbook.kind("roller")[role].title)


def test_slash_key_opens_search(page, base):
    page.goto(base + "index.html")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")


# ---------------------------------------------------------------- cross-links both ways


def test_initiative_links_its_roles_tools_partners_and_wheels(page, base, handbook):
    initiative = handbook.kind("satsningar")["narvaroteam-molndal"].model
    page.goto(base + "satsningar/narvaroteam-molndal.html")
    links = article_links(page)
    expected = ({f"roller/{r.role}.html" for r in initiative.roles} | {f"verktyg/{t.tool}.html" for t in initiative.tools}
                | {f"aktorer/{p.partner}.html" for p in initiative.partners} | {f"arshjul/{w}.html" for w in initiative.wheels})
    assert expected and expected <= links, expected - links


@pytest.mark.parametrize("role", ["logoped", "kurator", "specialpedagog"])
def test_role_page_lists_every_initiative_that_has_the_role(page, base, handbook, role):
    having = {f"satsningar/{r.id}.html" for r in handbook.kind("satsningar").values() if role in {t.role for t in r.model.roles}}
    page.goto(base + f"roller/{role}.html")
    section = page.locator("article").get_by_role("heading", name="Satsningar med rollen")
    assert section.is_visible()
    assert having <= article_links(page), having - article_links(page)
    # Each of those initiatives links back.
    for path in having:
        page.goto(base + path)
        assert f"roller/{role}.html" in article_links(page), path


def test_tool_page_lists_the_roles_and_initiatives_that_use_it(page, base, handbook):
    tool_id = next(t.tool for r in handbook.kind("satsningar").values() for t in r.model.tools)
    tool = handbook.kind("verktyg")[tool_id].model
    users = {f"satsningar/{r.id}.html" for r in handbook.kind("satsningar").values() if tool_id in {t.tool for t in r.model.tools}}
    page.goto(base + f"verktyg/{tool_id}.html")
    links = article_links(page)
    assert users <= links and {f"roller/{r}.html" for r in tool.roles} <= links


def test_partner_page_lists_who_works_with_it(page, base, handbook):
    partner_id = "bup"
    with_partner = {f"satsningar/{r.id}.html" for r in handbook.kind("satsningar").values()
                    if partner_id in {p.partner for p in r.model.partners}}
    assert with_partner
    page.goto(base + f"aktorer/{partner_id}.html")
    assert with_partner <= article_links(page)


# ---------------------------------------------------------------- toolbox


def test_toolbox_shows_categories_as_columns_with_their_tools(page, base, handbook):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base + "verktyg/index.html")
    columns = page.locator(".nh-toolbox > section")
    categories = {t.model.toolbox_category.value for t in handbook.kind("verktyg").values() if t.model.toolbox_category}
    assert {c.strip() for c in columns.locator("h3").all_inner_texts()} == categories
    # At desktop width at least four categories stand side by side, like the Stockholm handbook's table.
    first_row = {round(c.bounding_box()["y"]) for c in columns.all()[:4]}
    assert len(first_row) == 1
    for column in columns.all():
        name = column.locator("h3").inner_text().strip()
        expected = {f"verktyg/{t.id}.html" for t in handbook.kind("verktyg").values()
                    if t.model.toolbox_category and t.model.toolbox_category.value == name}
        hrefs = {h.split("/")[-1] for h in column.locator("a").evaluate_all("els => els.map(a => a.href)")}
        assert hrefs == {e.split("/")[-1] for e in expected}, name


def test_toolbox_fits_a_phone_screen(page, base):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base + "verktyg/index.html")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


# ---------------------------------------------------------------- comparison


def test_comparison_shows_team_target_group_funding_period_and_results(page, base, handbook):
    page.goto(base + "jamfor.html")
    table = page.get_by_role("table", name="Jämförelse av satsningar")
    rows = [r.strip() for r in table.locator("tbody th[scope=row]").all_inner_texts()]
    for row in ("Team", "Målgrupp", "Finansiering", "Period", "Kvantitativa resultat"):
        assert row in rows
    columns = [c.strip() for c in table.locator("thead th").all_inner_texts()[1:]]
    assert sorted(columns) == sorted(r.title for r in handbook.kind("satsningar").values())
    results = table.locator("tbody tr", has=page.locator("th", has_text="Kvantitativa resultat"))
    molndal = results.locator("td").nth(columns.index("Närvaroteamet Mölndal")).inner_text()
    assert re.search(r"100%.*91%.*73%", molndal), molndal


def test_comparison_choice_lives_in_the_address(page, base):
    page.goto(base + "jamfor.html")
    choice = page.get_by_role("group", name="Satsningar att jämföra")
    boxes = choice.get_by_role("checkbox")
    keep = {"Närvaroteamet Mölndal", "TIPS-teamet"}
    for box in boxes.all():
        label = box.evaluate("b => b.parentElement.textContent.trim()")
        if label not in keep:
            box.uncheck()
    visible = {h.strip() for h in page.locator("#nh-compare thead th:visible").all_inner_texts()[1:]}
    assert visible == keep
    assert "visa=" in page.url
    page.reload()
    assert {h.strip() for h in page.locator("#nh-compare thead th:visible").all_inner_texts()[1:]} == keep


# ---------------------------------------------------------------- abbreviations


def test_abbreviations_are_explained_where_they_occur_and_in_the_glossary(page, base, handbook):
    terms = {t.model.abbreviation: t.model.term for t in handbook.kind("begrepp").values() if t.model.abbreviation}
    page.goto(base + "satsningar/narvaroteam-molndal.html")
    abbrs = page.locator("article abbr")
    assert abbrs.count() > 5
    for abbr in abbrs.all():
        word = abbr.inner_text()
        assert abbr.get_attribute("title").startswith(terms[word] + ":"), word
    # Every explained abbreviation in the running text is marked, not just the first.
    text_words = page.locator("article .nh-text").first.evaluate(
        "el => [...el.querySelectorAll('p, li')].map(e => e.textContent).join(' ')")
    for word in terms:
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text_words):
            assert page.locator("article .nh-text").first.locator("abbr", has_text=word).count() > 0, word
    page.goto(base + "begrepp/index.html")
    glossary = page.get_by_role("table", name="Begrepp och förkortningar").inner_text()
    for record in handbook.kind("begrepp").values():
        assert (record.model.abbreviation or record.model.term) in glossary
