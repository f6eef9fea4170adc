"""Hostile content from a pull request stays text: payloads in every text field of every kind, built with the real
engine and opened in Chromium. Nothing runs, nothing is evaluated as a template, nothing reaches the DOM as markup."""

from __future__ import annotations

import json

import pytest

from tests.browser.site_scan import site_pages
from tests.conftest import FIXTURES
from tests.security.hostile import PAYLOADS, every_text_field, poison
from tests.support.sites import build, make_project

# Everything on a page that could run code or restyle the page, and the payload's own marks.
FIND_ACTIVE = """
() => {
  const found = [];
  const show = el => el.outerHTML.slice(0, 120);
  if (window.__pwned !== undefined) found.push('window.__pwned är satt: ett skript har körts');
  if (getComputedStyle(document.body).display === 'none') found.push('body är dold av en stilmall');
  for (const el of document.querySelectorAll('script'))
    if ((el.textContent + ' ' + (el.getAttribute('src') || '')).includes('__pwned')) found.push('script: ' + show(el));
  for (const el of document.querySelectorAll('iframe, frame, object, embed')) found.push('inbäddning: ' + show(el));
  for (const el of document.querySelectorAll('body style')) found.push('style: ' + show(el));
  for (const el of document.querySelectorAll('*'))
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${attr.name}-attribut: ` + show(el));
      if (/^\\s*(javascript|vbscript|data):/i.test(attr.value) && /^(href|src|action|formaction|xlink:href|data)$/i.test(attr.name))
        found.push(`${attr.name}=${attr.value}: ` + show(el));
    }
  return found;
}
"""


@pytest.fixture(scope="module", params=sorted(PAYLOADS))
def hostile(request, tmp_path_factory, serve):
    """(name, site, base URL, poisoner) for the mini fixture with one payload set in every text field."""
    name = request.param
    folder = tmp_path_factory.mktemp(f"hostile-{name}")
    poisoner = poison(FIXTURES / "mini" / "data", folder / "data", PAYLOADS[name])
    project = make_project(folder / "project", folder / "data")
    result = build(project)
    assert result.returncode == 0, f"Bygget med fientligt innehåll misslyckades:\n{result.stdout}\n{result.stderr}"
    site = project / "site"
    return name, site, serve(site), poisoner


@pytest.fixture(scope="module")
def visits(hostile, browser):
    """Every page of the hostile site opened in Chromium: path -> (active things found, visible text)."""
    name, site, base, _ = hostile
    context = browser.new_context(locale="sv-SE")
    dialogs: list[str] = []
    context.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page = context.new_page()
    out = {}
    for path in site_pages(site):
        page.goto(base + path)
        page.wait_for_load_state("load")
        out[path] = (page.evaluate(FIND_ACTIVE), page.evaluate("document.body.innerText"))
    context.close()
    return out, dialogs


def test_every_text_field_of_every_kind_holds_the_payloads(hostile):
    _, _, _, poisoner = hostile
    fields = every_text_field()
    assert len(fields) > 40, sorted(fields)  # the walk found the models' text fields
    assert poisoner.fields == fields, f"Fält utan attacktext: {sorted(fields - poisoner.fields)}"


def test_no_payload_runs_or_reaches_the_dom_as_markup(visits):
    pages, dialogs = visits
    assert not dialogs, f"En dialog öppnades: {dialogs}"
    active = {path: found for path, (found, _) in pages.items() if found}
    assert not active, json.dumps(active, ensure_ascii=False, indent=1)


def test_the_payloads_arrive_as_visible_text(hostile, visits):
    """The check above means something only if the attack reached the pages: one-line fields show it as text."""
    name, _, _, _ = hostile
    pages, _ = visits
    mark = "{{ 7*7 }}" if name == "template" else "__pwned=1"
    shown = [path for path, (_, text) in pages.items() if mark in text]
    entity_pages = [p for p in pages if p.split("/")[0] in {"satsningar", "roller", "verktyg", "ramverk", "arshjul",
                                                               "aktorer", "begrepp", "kallor"} and not p.endswith("index.html")]
    assert set(entity_pages) <= set(shown), sorted(set(entity_pages) - set(shown))


@pytest.mark.parametrize("hostile", ["template"], indirect=True)
def test_template_syntax_in_data_is_shown_literally_never_evaluated(hostile, visits):
    _, site, _, _ = hostile
    pages, _ = visits
    for path, (_, text) in pages.items():
        assert "49" not in text.replace("{{ 7*7 }}", ""), f"{path}: 7*7 räknades ut"
        for leaked in ("markdown_extensions", "use_directory_urls", "mkdocs_version", "site_dir", "'theme'"):
            assert leaked not in text, f"{path}: konfigurationen ({leaked}) syns på sidan"
    page = pages["satsningar/testteamet.html"][1]
    assert '{{ config }} {% include "mkdocs.yml" %} {# x {{ 7*7 }} slut' in page
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "{{ 7*7 }}" in index and "markdown_extensions" not in index


def test_searching_for_the_payloads_runs_nothing(hostile, page):
    name, _, base, _ = hostile
    page.goto(base + "index.html")
    box = page.locator(".md-search__input")
    box.click()
    box.press_sequentially("config" if name == "template" else "window", delay=30)
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent.match(/sökresultat|Inga/)")
    assert page.locator(".md-search-result__item").count() > 0, "sökningen hittade inte attacktexten"
    assert page.evaluate(FIND_ACTIVE) == []
    assert page.locator(".md-search-result img, .md-search-result iframe, .md-search-result style").count() == 0


def test_e_mail_addresses_in_text_and_contacts_become_mailto_links(hostile, page):
    _, _, base, _ = hostile
    page.goto(base + "satsningar/testteamet.html")
    assert page.locator('a[href="mailto:test@example.se"]').count() >= 1
    assert page.locator('a[href="mailto:kontakt@example.se"]').count() >= 1


def test_the_checker_finds_what_it_looks_for(page):
    """The DOM check is not blind: the same markup, put in the page directly, is found."""
    page.set_content('<body><a href="javascript:void(0)">a</a><img src="x" onerror="window.__pwned=1">'
                     '<iframe></iframe><style>p{}</style></body>')
    page.wait_for_function("window.__pwned === 1")
    found = " ".join(page.evaluate(FIND_ACTIVE))
    for expected in ("window.__pwned", "onerror", "javascript:", "inbäddning", "style"):
        assert expected in found, expected
