"""The whole handbook as one page to print or save as PDF, as the original Stockholm handbook was.

Each part is a kind (Satsningar, Yrkesroller, …) in the order of the site's navigation: its overview page, then every
entity rendered by its own page template, so there is no second copy of the markup. Links between entities point
to their place in the same page, and headings move down under the page title and the part titles.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from markupsafe import Markup

from . import navigation
from .kinds import KINDS
from .store import Handbook, Record

if TYPE_CHECKING:
    from .render import Renderer

_MD_HEADING = re.compile(r"^(#{1,6}) +(.+?) *$", re.M)
_HTML_HEADING = re.compile(r"<(/?)h([1-6])\b")
_PRE = re.compile(r"(<pre\b.*?</pre>)", re.S)


# Parts that open with their overview page, as in the Stockholm handbook (the toolbox as a table of categories). The
# other overviews link to pages that are not in this document, so those parts open with a list of their entities.
OVERVIEWS = {"verktyg"}


def anchor(record: Record) -> str:
    return f"nh-{record.kind.folder}-{record.id}"


def document(renderer: Renderer, page_src: str) -> dict:
    hb = renderer.handbook
    parts = []
    for kind in KINDS:
        records = in_nav_order(hb, kind.folder)
        if not records:
            continue
        parts.append({
            "folder": kind.folder,
            "anchor": f"nh-del-{kind.folder}",
            "title": kind.title,
            # The overview's own headings sit under the part title; an entity's title one level below that.
            "overview": Markup(shift_headings(renderer.index(kind.folder, page_src, anchored=True), 1))
            if kind.folder in OVERVIEWS else None,
            "entities": [
                (anchor(rec), rec.title,
                 Markup(shift_headings(renderer.entity(kind.folder, rec.id, page_src, anchored=True), 2)))
                for rec in records
            ],
        })
    return {"parts": parts, "count": sum(len(p["entities"]) for p in parts)}


def in_nav_order(handbook: Handbook, folder: str) -> list[Record]:
    """The kind's records in the order the navigation lists them (grouped by region, toolbox category, …)."""
    by_path = {rec.page_path: rec for rec in handbook.kind(folder).values()}
    ordered = [by_path.pop(path) for path in _leaves(navigation.children(folder, handbook, escape=str)) if path in by_path]
    return ordered + sorted(by_path.values(), key=lambda r: r.title.casefold())


def _leaves(items: list):
    for item in items:
        values = item.values() if isinstance(item, dict) else [item]
        for value in values:
            if isinstance(value, list):
                yield from _leaves(value)
            elif isinstance(value, str):
                yield value


def shift_headings(markdown: str, levels: int) -> str:
    """Move headings down by `levels` (at most h6); code blocks stay as they are.

    Markdown headings become plain HTML headings: on this page every entity has its "Källor", and a ¶ link per
    heading would give many links with the same name going to different places.
    """

    def html_heading(m: re.Match) -> str:
        # The heading text is already HTML: templates escape data with md_escape, which writes entities.
        level = min(len(m.group(1)) + levels, 6)
        return f"<h{level}>{m.group(2)}</h{level}>\n"

    pieces = _PRE.split(markdown)
    for i in range(0, len(pieces), 2):
        text = _HTML_HEADING.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + levels, 6)}", pieces[i])
        pieces[i] = _MD_HEADING.sub(html_heading, text)
    return "".join(pieces)
