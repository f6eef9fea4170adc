"""One pass over every page of a built site in Chromium, per colour scheme: axe-core, page facts and network requests.

Loading ~200 pages twice is the slow part of the suite, so every whole-site check (axe, headings, links, tables,
footer, reflow, third-party requests) reads from this one pass instead of loading the pages again. Two tabs work at
once: while one tab loads, the other runs axe. Every page load would also make Material's search worker index the
whole site again (a third of the time), so the pass serves the search index without its documents: the pages and
the search box are the same, and the search itself is checked with the full index in the search and privacy tests.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from axe_playwright_python.base import AXE_SCRIPT

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
SCHEMES = {"light": "default", "dark": "slate"}  # emulated prefers-color-scheme -> Material's scheme name
DESKTOP = {"width": 1280, "height": 900}
NARROW = {"width": 320, "height": 720}  # WCAG 1.4.10: 320 CSS px = 1280 px at 400 % zoom
TABS = 2

# Runs in the page: axe plus the facts the structural tests read. Link names follow the accessible-name order
# (aria-labelledby, aria-label, content incl. image alt, title) closely enough for our markup.
_SCAN_JS = """
(options) => {
  const hidden = el => !!el.closest('[hidden], [aria-hidden="true"]');
  const clean = s => (s || '').replace(/\\s+/g, ' ').trim();
  const nameOf = el => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return clean(by.split(/\\s+/).map(id => (document.getElementById(id) || {}).textContent).join(' '));
    if (el.getAttribute('aria-label')) return clean(el.getAttribute('aria-label'));
    const text = clean(el.textContent) || clean([...el.querySelectorAll('img[alt]')].map(i => i.alt).join(' '));
    return text || clean(el.getAttribute('title'));
  };
  const skip = document.querySelector('a.md-skip, a.nh-skip');
  // A link's context in WCAG 2.4.4: the section it stands in (its nearest heading before it) and the text around
  // it in its parent element ("Källa: ...", "Satsning: ...").
  const contextOf = new Map();
  let section = '', count = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.currentNode; n; n = walker.nextNode()) {
    if (/^H[1-6]$/.test(n.tagName)) section = `${++count}. ${clean(n.textContent).replace(/¶$/, '')}`;
    else if (n.tagName === 'A')
      contextOf.set(n, `${section} | ${clean(n.parentElement.textContent.replace(n.textContent, '…'))}`);
  }
  const facts = {
    lang: document.documentElement.getAttribute('lang'),
    scheme: document.body.getAttribute('data-md-color-scheme'),
    title: document.title,
    headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(h => !hidden(h))
      .map(h => [Number(h.tagName[1]), clean(h.textContent)]),
    links: [...document.querySelectorAll('a[href]')].filter(a => !hidden(a))
      .map(a => [nameOf(a), a.href, a.closest('.md-sidebar, .md-header, .md-footer, footer, nav') ? 'chrome' : 'content',
                 contextOf.get(a) || '']),
    tables: [...document.querySelectorAll('table')].map(t => ({
      headers: t.querySelectorAll('th').length, rows: t.rows.length,
      text: clean(t.textContent).slice(0, 80)})),
    footer: [...document.querySelectorAll('footer a')].map(a => [clean(a.textContent), a.href]),
    skip: skip ? skip.getAttribute('href') : null,
    material: !!document.querySelector('.md-container'),
    // Links in running text must not differ from the text by colour alone (WCAG 1.4.1).
    plainLinks: [...document.querySelectorAll('main p a[href], main li a[href], main td a[href], main dd a[href]')]
      .filter(a => !hidden(a) && !a.closest('nav, .md-sidebar, .nh-cards, .md-footer'))
      .filter(a => a.parentElement.textContent.trim() !== a.textContent.trim())
      .filter(a => !getComputedStyle(a).textDecorationLine.includes('underline'))
      .map(a => clean(a.textContent)),
  };
  return axe.run(document, options).then(result => ({
    axe: result.testEngine.version,
    violations: result.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary}))})),
    facts,
  }));
}
"""


@dataclass
class PageResult:
    path: str
    scheme: str
    violations: list[dict]
    facts: dict
    scroll_width: int | None = None  # at 320 CSS px, measured in the dark pass


@dataclass
class SiteScan:
    base: str
    pages: list[str]
    results: list[PageResult] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    axe_version: str = ""
    browser_version: str = ""

    def foreign_requests(self) -> list[str]:
        host = urlsplit(self.base).netloc
        return sorted({u for u in self.requests if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != host})

    def violations(self) -> list[str]:
        out = []
        for r in self.results:
            for v in r.violations:
                for node in v["nodes"]:
                    out.append(f"{r.path} [{r.scheme}] {v['id']} ({v['impact']}): {node['target']}\n    {node['summary']}")
        return out

    def by_scheme(self, scheme: str) -> list[PageResult]:
        return [r for r in self.results if r.scheme == scheme]


def _index_without_documents(route) -> None:
    response = route.fetch()
    index = response.json()
    index["docs"] = []
    route.fulfill(response=response, json=index)


def site_pages(site: Path) -> list[str]:
    """Every HTML page of a built site, as paths relative to its root."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def scan(browser, base: str, pages: list[str]) -> SiteScan:
    result = SiteScan(base, pages, browser_version=browser.version)
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    for scheme in SCHEMES:
        context = browser.new_context(color_scheme=scheme, locale="sv-SE", viewport=DESKTOP)
        context.add_init_script(AXE_SCRIPT)
        context.on("request", lambda request: result.requests.append(request.url))
        context.route("**/search/search_index.json", _index_without_documents)
        tabs = [context.new_page() for _ in range(TABS)]
        queue = list(pages)
        while queue:
            started = []
            for tab in tabs:
                if not queue:
                    break
                path = queue.pop(0)
                tab.goto(base + path)
                tab.evaluate(f"window.__scan = ({_SCAN_JS})({json.dumps(options)}); 0")
                started.append((tab, path))
            for tab, path in started:
                found = tab.evaluate("window.__scan")
                result.axe_version = found["axe"]
                page_result = PageResult(path, scheme, found["violations"], found["facts"])
                if scheme == "dark":
                    tab.set_viewport_size(NARROW)
                    page_result.scroll_width = tab.evaluate("document.documentElement.scrollWidth")
                    tab.set_viewport_size(DESKTOP)
                result.results.append(page_result)
        context.close()
    return result
