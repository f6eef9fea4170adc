"""WCAG 2.1 AA on every page of the real handbook in Chromium, in light and dark: axe-core, structure, keyboard, reflow.

When the whole-site checks pass, the last test writes tillganglighet.json, which the accessibility statement shows:
its assessment date and method come from this check, not from someone typing them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict

import pytest
from axe_playwright_python.base import AXE_SCRIPT

from macros.views import ASSESSMENT_FILE
from tests.browser.site_scan import AXE_TAGS, NARROW, SCHEMES
from tests.conftest import FIXTURES
from tests.support.sites import ROOT, build, make_project

GENERIC_LINK_TEXTS = {
    "här", "klicka här", "läs mer", "mer", "läs", "länk", "se här", "denna länk", "den här länken", "detta", "info",
    "¶", "#", "click here", "here", "read more", "more", "link",
}
ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", re.I)


def _light(site_scan):
    return site_scan.by_scheme("light")  # the DOM is the same in both schemes; structure is read once


# ---------------------------------------------------------------- whole-site checks (one pass, see site_scan.py)

def axe_problems(site_scan) -> list[str]:
    return site_scan.violations()


def scheme_problems(site_scan) -> list[str]:
    """Both palettes were really applied (Material pages); a page without Material has one fixed palette."""
    return [f"{r.path}: {r.scheme} gav data-md-color-scheme={r.facts['scheme']!r}"
            for r in site_scan.results if r.facts["material"] and r.facts["scheme"] != SCHEMES[r.scheme]]


def language_problems(site_scan) -> list[str]:
    return [f"{r.path}: lang={r.facts['lang']!r}" for r in _light(site_scan) if r.facts["lang"] != "sv"]


def heading_problems(site_scan) -> list[str]:
    out = []
    for r in _light(site_scan):
        levels = [level for level, _ in r.facts["headings"]]
        if not levels or levels[0] != 1 or levels.count(1) != 1:
            out.append(f"{r.path}: sidan ska börja med en enda h1, har {r.facts['headings'][:3]}")
        for (before, _), (level, text) in zip(r.facts["headings"], r.facts["headings"][1:], strict=False):
            if level > before + 1:
                out.append(f"{r.path}: h{level} '{text}' direkt efter h{before}")
    return out


def table_problems(site_scan) -> list[str]:
    return [f"{r.path}: tabellen '{t['text']}' saknar rubrikceller (th)"
            for r in _light(site_scan) for t in r.facts["tables"] if t["headers"] == 0]


def link_problems(site_scan) -> list[str]:
    """Link texts make sense: none empty or generic, no escaped HTML read aloud, and within one section of the
    content the same text never leads to two different places (WCAG 2.4.4, a link's purpose in its context)."""
    out = []
    for r in _light(site_scan):
        targets = defaultdict(set)
        for name, href, where, context in r.facts["links"]:
            if not name or name.casefold() in GENERIC_LINK_TEXTS:
                out.append(f"{r.path}: länken till {href} heter {name!r}")
            if ENTITY.search(name):
                out.append(f"{r.path}: länknamnet {name!r} innehåller HTML-kod")
            if where == "content":
                targets[(context, name)].add(href)
        out += [f"{r.path}: '{name}' i '{context[:80]}' leder till {sorted(hrefs)}"
                for (context, name), hrefs in targets.items() if len(hrefs) > 1]
    return out


def colour_problems(site_scan) -> list[str]:
    return [f"{r.path}: länken '{name}' i löptext syns bara genom färgen"
            for r in _light(site_scan) for name in r.facts["plainLinks"]]


def reflow_problems(site_scan) -> list[str]:
    return [f"{r.path}: {r.scroll_width} px bred vid {NARROW['width']} px" for r in site_scan.results
            if r.scroll_width is not None and r.scroll_width > NARROW["width"]]


def footer_problems(site_scan) -> list[str]:
    statement = site_scan.base + "tillganglighet.html"
    return [r.path for r in _light(site_scan)
            if ["Tillgänglighetsredogörelse", statement] not in [list(link) for link in r.facts["footer"]]]


def skip_problems(site_scan) -> list[str]:
    return [r.path for r in _light(site_scan) if not (r.facts["skip"] or "").startswith("#")]


def request_problems(site_scan) -> list[str]:
    return site_scan.foreign_requests()


CHECKS = {  # what the statement lists besides axe-core, with the function that checks it on every page
    "att webbplatsen växlar till mörkt läge när enheten begär det": scheme_problems,
    "att varje sida har språket svenska angivet": language_problems,
    "att varje sida har en länk för att hoppa förbi menyerna": skip_problems,
    "att rubrikerna börjar med en huvudrubrik och inte hoppar över någon nivå": heading_problems,
    "att alla tabeller har rubrikceller": table_problems,
    "att länktexterna går att förstå i sitt sammanhang och att samma länktext i ett avsnitt alltid leder till samma sida":
        link_problems,
    "att länkar i löptext är understrukna och inte bara har en annan färg": colour_problems,
    "att innehållet ryms utan att rulla i sidled i 320 pixlars bredd (400 procents förstoring)": reflow_problems,
    "att sidfoten på varje sida länkar till tillgänglighetsredogörelsen": footer_problems,
    "att ingen sida hämtar något från andra webbplatser": request_problems,
}


def report(problems: list[str]) -> str:
    return f"{len(problems)} problem:\n" + "\n".join(problems[:40])


def test_axe_finds_no_violations_on_any_page_in_light_or_dark(site_scan):
    assert len(site_scan.pages) > 150 and len(site_scan.results) == 2 * len(site_scan.pages)
    assert not axe_problems(site_scan), report(axe_problems(site_scan))


@pytest.mark.parametrize("check", list(CHECKS.values()), ids=[c.__name__ for c in CHECKS.values()])
def test_every_page(site_scan, check):
    problems = check(site_scan)
    assert not problems, report(problems)


def test_the_checks_catch_what_they_look_for():
    """The structural checks are not blind: a page with a skipped level, a generic link, a text-only table, a
    colour-only link and a wide layout is reported by each of them."""
    from tests.browser.site_scan import PageResult, SiteScan

    facts = {"lang": "en", "scheme": "default", "material": True, "skip": None, "footer": [],
             "headings": [[1, "A"], [3, "C"]], "tables": [{"headers": 0, "rows": 2, "text": "x"}],
             "links": [["läs mer", "http://x/a", "content", "S"], ["A", "http://x/a", "content", "S"],
                       ["A", "http://x/b", "content", "S"], ["A", "http://x/c", "content", "T"],
                       ["Skavinventering &amp; avvikelser", "http://x/c", "chrome", ""]],
             "plainLinks": ["x"]}
    fake = SiteScan("http://x/", ["p.html"], [PageResult("p.html", "light", [], facts, scroll_width=400),
                                               PageResult("p.html", "dark", [], facts, scroll_width=400)],
                    requests=["https://fonts.googleapis.com/css"])
    for check in CHECKS.values():
        assert check(fake), check.__name__
    assert len(link_problems(fake)) == 3


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_in_the_open_search_with_results(browser, real_base, scheme):
    """The whole-site pass leaves the search closed; here it is open with hits, as a reader sees it."""
    context = browser.new_context(color_scheme=scheme, locale="sv-SE")
    context.add_init_script(AXE_SCRIPT)
    page = context.new_page()
    page.goto(real_base + "index.html")
    box = page.locator(".md-search__input")
    box.click()
    box.press_sequentially("logoped", delay=30)
    page.wait_for_function("document.querySelectorAll('.md-search-result__item').length > 2")
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")  # colours settled
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    violations = page.evaluate("o => axe.run(document, o).then(r => r.violations)", options)
    assert not violations, [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]
    context.close()


# ---------------------------------------------------------------- keyboard and screen reader

FOCUS_JS = """
() => {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return null;
  const again = focused.dataset.nhVisited === '1';
  focused.dataset.nhVisited = '1';
  // A visually hidden radio button (Material's colour-scheme switch) shows its focus on the visible icon beside it.
  const hiddenInput = focused.tagName === 'INPUT' && getComputedStyle(focused).opacity === '0';
  const el = (hiddenInput && focused.parentElement.querySelector('label:not([hidden])')) || focused;
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  let bg = [255, 255, 255];
  for (let n = el.parentElement; n; n = n.parentElement) {
    const c = rgb(getComputedStyle(n).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) { bg = c; break; }
  }
  const lum = c => c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const style = getComputedStyle(el);
  const [hi, lo] = [lum(rgb(style.outlineColor)), lum(bg)].sort((a, b) => b - a);
  const box = el.getBoundingClientRect();
  const text = (focused.textContent || focused.value || '').trim().slice(0, 40);
  return {what: `${focused.tagName.toLowerCase()}.${focused.className} "${text}"`,
          style: style.outlineStyle, width: parseFloat(style.outlineWidth), ratio: (hi + 0.05) / (lo + 0.05),
          shown: box.width > 0 && box.height > 0, again};
}
"""
# Everything a keyboard user should be able to reach: visible, enabled, not taken out of the tab order.
UNVISITED_JS = """
() => [...document.querySelectorAll('a[href], button, select, textarea, input:not([type=hidden]), [tabindex]')]
  .filter(el => el.tabIndex >= 0 && !el.disabled && !el.closest('[hidden], [inert], [aria-hidden="true"]'))
  .filter(el => { const box = el.getBoundingClientRect(); return box.width > 1 && box.height > 1
                  && getComputedStyle(el).visibility === 'visible'; })
  .filter(el => !el.dataset.nhVisited)
  .map(el => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || '').trim().slice(0, 40)}"`)
"""


def tab_through(page, limit: int = 600) -> list[dict]:
    """Press Tab until focus comes back round to an element it has been on; what had focus at each stop.

    Focus can briefly rest on the page itself (past the last element, or when Material hides its back-to-top
    button under the focus), so a stop without a focused element does not end the round."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUS_JS)
        if stop is None:
            continue
        if stop["again"]:
            break
        stops.append(stop)
    return stops


@pytest.mark.parametrize("path", ["index.html", "hitta.html", "jamfor.html", "satsningar/narvaroteam-molndal.html",
                                  "arshjul/spanga-tensta.html", "tillganglighet.html"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_keyboard_reaches_everything_with_a_visible_focus_ring(browser, real_base, path, scheme):
    context = browser.new_context(color_scheme=scheme, locale="sv-SE", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(real_base + path)
    stops = tab_through(page)
    assert len(stops) > 10
    faint = [s for s in stops if not s["shown"] or s["style"] == "none" or s["width"] < 2 or s["ratio"] < 3]
    assert not faint, "Fokus syns inte (WCAG 2.4.7, 1.4.11):\n" + "\n".join(
        f"{s['what']}: {s['style']} {s['width']}px, kontrast {s['ratio']:.1f}:1" for s in faint)
    unreached = page.evaluate(UNVISITED_JS)
    assert not unreached, f"Går inte att nå med tangentbordet: {unreached}"
    context.close()


@pytest.mark.parametrize("path", ["index.html", "hitta.html", "satsningar/narvaroteam-molndal.html", "404.html",
                                  "mallar/samverkansplan.html"])
def test_skip_link_comes_first_shows_and_moves_focus_past_the_menus(page, real_base, path):
    page.goto(real_base + path)
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.evaluate("el => el.matches('a.md-skip, a.nh-skip')"), skip.evaluate("el => el.outerHTML")
    box = skip.bounding_box()
    assert box and box["width"] > 20 and 0 <= box["y"] < 900, "hoppa-länken syns inte när den har fokus"
    assert skip.inner_text().strip() in ("Gå till innehållet", "Hoppa till mallen")
    target = skip.get_attribute("href")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == target
    page.keyboard.press("Tab")
    inside = page.evaluate("""() => { const el = document.activeElement;
        return document.querySelector('.md-content') ? !!el.closest('.md-content') : !!el.closest('main'); }""")
    assert inside, "nästa tabbstopp efter hoppa-länken ligger inte i innehållet"


@pytest.mark.parametrize("scheme, now, other", [("light", "Ljust läge", "Mörkt läge"), ("dark", "Mörkt läge", "Ljust läge")])
def test_colour_scheme_switch_says_what_it_selects_and_works_by_keyboard(browser, real_base, scheme, now, other):
    context = browser.new_context(color_scheme=scheme, locale="sv-SE")
    page = context.new_page()
    page.goto(real_base + "index.html")
    assert page.get_by_role("radio", checked=True).get_attribute("aria-label") == now
    page.get_by_role("radio", name=now).focus()
    page.keyboard.press("ArrowDown")
    expected = {"Ljust läge": "default", "Mörkt läge": "slate"}[other]
    page.wait_for_function(f"document.body.dataset.mdColorScheme === '{expected}'")
    assert page.get_by_role("radio", checked=True).get_attribute("aria-label") == other
    context.close()


def test_finder_is_usable_by_keyboard_and_screen_reader(page, real_base):
    page.goto(real_base + "hitta.html")
    status = page.get_by_role("status")
    assert status.count() == 1 and status.get_attribute("aria-live") in (None, "polite")
    total = int(re.search(r"av (\d+)", status.inner_text()).group(1))
    selects = page.locator("#nh-finder select")
    assert selects.count() >= 5
    for label in ("Yrkesroll", "Arbetsnivå", "Region", "Kommun"):
        assert page.get_by_role("combobox", name=label).count() == 1, label
    role = page.get_by_role("combobox", name="Yrkesroll")
    role.focus()
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    chosen = role.evaluate("el => el.options[el.selectedIndex].text")
    assert chosen != "Alla"
    shown = int(re.search(r"Visar (\d+) av", status.inner_text()).group(1))
    assert 0 < shown <= total
    visible_cards = page.locator("#nh-finder-results li:visible").count()
    assert visible_cards == shown, f"statusen säger {shown}, listan visar {visible_cards}"
    reset = page.get_by_role("button", name="Rensa filter")
    reset.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.querySelector('[role=status]').textContent.includes('Visar {total} av {total}')")
    assert role.evaluate("el => el.value") == ""


def test_wheel_picture_has_a_text_alternative_and_the_list_holds_the_same_events(page, real_base):
    page.goto(real_base + "arshjul/spanga-tensta.html")
    picture = page.get_by_role("img", name=re.compile(r"^Årshjul .+: tolv månader"))
    assert picture.count() == 1
    in_picture = {}
    for sector in picture.locator("g.nh-sector").all():
        month = sector.locator("text.nh-month").text_content().strip().casefold()
        numbers = sector.locator("text.nh-numbers")
        in_picture[month] = numbers.text_content().replace(" ", "").split(",") if numbers.count() else []
    in_list = {}
    for item in page.locator("li.nh-month-item").all():
        month = item.locator("strong").first.text_content().strip().casefold()[:3]
        in_list[month] = [n.text_content().strip(". ") for n in item.locator(".nh-event-number").all()]
    assert len(in_picture) == 12 and in_picture == in_list
    count = sum(len(v) for v in in_list.values())
    assert count > 5 and page.locator("text.nh-wheel-center-small").text_content().startswith(f"{count} ")


def test_charts_have_a_name_with_every_value_and_a_table_with_the_same_numbers(page, real_base, real_site):
    chart_pages = sorted(p.relative_to(real_site).as_posix() for p in real_site.rglob("*.html")
                         if 'class="nh-chart-svg"' in p.read_text(encoding="utf-8"))
    assert "satsningar/narvaroteam-molndal.html" in chart_pages
    for path in chart_pages:
        page.goto(real_base + path)
        for figure in page.locator("figure.nh-chart:has(svg)").all():
            svg = figure.locator("svg")
            assert svg.get_attribute("role") == "img"
            name = svg.get_attribute("aria-label")
            values = [t.text_content().strip() for t in svg.locator("text.nh-value").all()]
            assert values, path
            table = figure.get_by_role("table")
            assert table.count() == 1 and table.get_by_role("columnheader").count() >= 2, path
            cells = table.locator("td").all_text_contents()
            for value in values:
                assert value in name, f"{path}: {value} saknas i diagrammets textalternativ"
                assert value in cells, f"{path}: {value} saknas i tabellen"


def test_tables_keep_their_semantics_when_they_scroll(page, real_base):
    """Tables are made scrollable for narrow screens (display: block); the browser must still expose a table."""
    page.goto(real_base + "begrepp/index.html")
    assert page.locator("table.nh-table").evaluate("t => getComputedStyle(t).display") == "block"
    table = page.get_by_role("table").first
    assert table.get_by_role("columnheader").count() >= 2 and table.get_by_role("row").count() > 10


# ---------------------------------------------------------------- the statement

def test_statement_records_the_passing_run(site_scan):
    """All whole-site checks pass: write the date and method of this run for the accessibility statement."""
    problems = axe_problems(site_scan) + [p for check in CHECKS.values() for p in check(site_scan)]
    assert not problems, report(problems)
    record = {
        "date": dt.date.today().isoformat(),
        "tool": "axe-core",
        "axe_version": site_scan.axe_version,
        "browser": "Chromium",
        "browser_version": site_scan.browser_version,
        "tags": AXE_TAGS,
        "pages": len(site_scan.pages),
        "schemes": ["ljust", "mörkt"],
        "violations": len(axe_problems(site_scan)),
        "third_party_requests": len(request_problems(site_scan)),
        "checks": list(CHECKS),
    }
    (ROOT / ASSESSMENT_FILE).write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def test_statement_shows_what_the_law_asks_with_the_recorded_date_and_method(tmp_path, serve, page):
    record = {"date": "2031-02-03", "tool": "axe-core", "axe_version": "9.8.7", "browser": "Chromium",
              "browser_version": "321.0.1", "tags": AXE_TAGS, "pages": 123, "schemes": ["ljust", "mörkt"],
              "violations": 0, "third_party_requests": 0, "checks": ["att rubrikerna är i ordning"]}
    project = make_project(tmp_path / "project", FIXTURES / "mini" / "data")
    (project / ASSESSMENT_FILE).write_text(json.dumps(record), encoding="utf-8")
    assert build(project).returncode == 0
    page.goto(serve(project / "site") + "tillganglighet.html")
    text = page.locator("article").inner_text()
    for expected in ("delvis förenlig", "Kända brister", "Om du inte kan använda delar av webbplatsen", "Tillsyn",
                     "Senaste bedömning: 3 februari 2031", "axe-core 9.8.7", "Chromium 321.0.1", "alla 123 sidor",
                     "ljust och mörkt läge", "att rubrikerna är i ordning", "0 anrop till andra webbplatser",
                     "uppdaterades senast 3 februari 2031"):
        assert expected in text, expected
    digg = page.get_by_role("link", name=re.compile("anmäla till Digg"))
    assert digg.get_attribute("href") == "https://www.digg.se/tdosanmalan"
    contact = page.locator("#rapportera + p a")
    assert contact.count() == 1 and contact.get_attribute("href").startswith(("https://", "mailto:"))
    assert page.locator("time[datetime='2031-02-03']").count() == 2


def test_the_published_statement_comes_from_a_recorded_run():
    record = json.loads((ROOT / ASSESSMENT_FILE).read_text(encoding="utf-8"))
    assert record["violations"] == 0 and record["third_party_requests"] == 0
    assert re.fullmatch(r"\d+\.\d+\.\d+", record["axe_version"]) and record["pages"] > 150
    dt.date.fromisoformat(record["date"])
