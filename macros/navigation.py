"""Expands the hand-written nav in mkdocs.yml: each `<kind>/index.md` entry becomes a section with its entities.

Every page carries the nav entries on its path, so the nav must stay small however many initiatives a national
handbook holds (with thousands of entries, nav markup alone would be most of every page and most of the build).
Initiatives are therefore not nav entries: the nav lists one page per region, which lists the region's
initiatives by municipality. Municipal administrations are reached from their municipality's page. Every other
kind (tens of entries) keeps one entry per entity, grouped where a group would be long.
"""

from __future__ import annotations

from collections.abc import Callable

from . import queries
from .kinds import BY_FOLDER
from .store import Handbook


def expand(nav: list | None, handbook: Handbook, escape: Callable[[str], str]) -> list | None:
    """The nav with every kind's section filled in. Pages left out of it are listed by nav_paths' complement."""
    if nav is None:
        return None
    return [_expand_item(item, handbook, escape) for item in nav]


def _expand_item(item, handbook: Handbook, escape):
    if isinstance(item, dict):
        return {title: _expand_value(value, handbook, escape) for title, value in item.items()}
    return item


def _expand_value(value, handbook: Handbook, escape):
    if isinstance(value, list):
        return [_expand_item(i, handbook, escape) for i in value]
    if isinstance(value, str) and value.endswith("/index.md") and value[: -len("/index.md")] in BY_FOLDER:
        folder = value[: -len("/index.md")]
        return [value, *children(folder, handbook, escape)]
    return value


def children(folder: str, handbook: Handbook, escape) -> list:
    def leaf(record):
        return {escape(record.title): record.page_path}

    if folder == "satsningar":
        return [{escape(region.title): queries.region_page(region.id)} for region, _ in queries.initiatives_by_region(handbook)]
    if folder == "verktyg":
        groups = [{escape(cat): [leaf(t) for t in tools]} for cat, tools in queries.toolbox(handbook) if tools]
        others = queries.other_tools(handbook)
        return groups + ([{"Fler verktyg och metoder": [leaf(t) for t in others]}] if others else [])
    if folder == "aktorer":
        out = []
        for title, records in queries.partners_by_type(handbook):
            if title == queries.PARTNER_GROUP_TITLES["kommunal verksamhet"]:
                continue
            if title == "Kommuner":
                by_region: dict[str, list] = {}
                for rec in records:
                    region = handbook.kind("aktorer").get(rec.model.region or "")
                    by_region.setdefault(region.title if region else "Utan region", []).append(leaf(rec))
                out.append({title: [{escape(r): leaves} for r, leaves in sorted(by_region.items())]})
            else:
                out.append({escape(title): [leaf(r) for r in records]})
        return out
    return [leaf(r) for r in queries.sorted_records(handbook, folder)]


def nav_paths(nav) -> set[str]:
    """Every page path the nav names."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, dict):
        return set().union(*(nav_paths(v) for v in nav.values()))
    if isinstance(nav, list):
        return set().union(*(nav_paths(v) for v in nav))
    return set()
