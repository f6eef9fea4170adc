"""Renders handbook content to Markdown/HTML with Jinja templates. Plain Python: no MkDocs imports here."""

from __future__ import annotations

import datetime as dt
import functools
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import jinja2

from . import graphics, printable, queries, team_templates, views, wordforms
from .kinds import BY_FOLDER
from .store import Handbook, Record
from .text import md_escape, plain, to_html, to_inline_html

TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class SiteInfo:
    """What rendering needs to know about the site it renders for."""

    directory_urls: bool = False
    repo_url: str = ""
    branch: str = "main"
    last_changed: dict[str, dt.date] = field(default_factory=dict)
    site_name: str = "Närvarohandboken"
    contact_url: str = ""
    contact_label: str = ""


def page_url(src: str, directory_urls: bool) -> str:
    """The URL MkDocs gives a Markdown file (relative to the site root)."""
    stem = src[:-3] if src.endswith(".md") else src
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")] if directory_urls else stem + ".html"
    return stem + "/" if directory_urls else stem + ".html"


def relative_url(from_src: str, to_url: str, directory_urls: bool) -> str:
    here = page_url(from_src, directory_urls)
    return _relative_from(here if here.endswith("/") else posixpath.dirname(here) + "/", to_url)


@functools.lru_cache(maxsize=65536)
def _relative_from(base: str, to_url: str) -> str:
    # Pages in one folder link to the same few hundred pages: a national handbook asks this some 150,000 times.
    rel = posixpath.relpath("/" + to_url, "/" + base.rstrip("/") if base != "/" else "/")
    if to_url.endswith("/") and not rel.endswith("/"):
        rel += "/"
    return rel


class Renderer:
    def __init__(self, handbook: Handbook, site: SiteInfo | None = None):
        self.handbook = handbook
        self.site = site or SiteInfo()
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters.update(md=to_html, inline=to_inline_html, mdesc=md_escape, plain=plain)
        self.env.globals.update(q=queries, hb=handbook, months=graphics.MONTHS, kinds=BY_FOLDER,
                                name_forms=wordforms.name_forms)
        # mallar(record): the templates and downloads a page offers (macros/team_templates.py).
        self.env.globals["mallar"] = team_templates.Catalogue(handbook)

    # ------------------------------------------------------------ entry points used by macros and hooks

    def entity(self, folder: str, id_: str, page_src: str, anchored: bool = False) -> str:
        record = self.handbook.get(folder, id_)
        extra = self.wheel_context(record) if folder == "arshjul" else {}
        if folder == "verktyg":
            extra = {"diagrams": self.diagrams_showing(record)}
        return self._render(f"pages/{folder}.md.j2", page_src, anchored, r=record, m=record.model, **extra)

    def diagrams_showing(self, tool: Record) -> list[tuple[Record, int]]:
        """Framework diagrams with a step named like the tool (Frånvarotrappan in Stockholm's arbetsgång): (framework, step)."""
        name = tool.title.casefold()
        found = []
        for fw in queries.sorted_records(self.handbook, "ramverk"):
            if fw.model.diagram:
                steps = [i for i, item in enumerate(fw.model.items, 1) if (item.heading or "").casefold() == name]
                found.extend((fw, step) for step in steps[:1])
        return found

    def index(self, folder: str, page_src: str, anchored: bool = False) -> str:
        return self._render(f"index/{folder}.md.j2", page_src, anchored, **self.index_context(folder))

    def index_context(self, folder: str) -> dict:
        hb = self.handbook
        if folder == "satsningar":
            return {"groups": queries.initiatives_by_region(hb)}
        if folder == "aktorer":
            return {"partner_groups": queries.partners_by_type(hb)}
        if folder == "begrepp":
            return {"glossary_rows": sorted(hb.kind("begrepp").values(),
                                            key=lambda r: (r.model.abbreviation or r.model.term).casefold())}
        return {}

    def fragment(self, name: str, page_src: str, **context) -> str:
        return self._render(f"fragments/{name}.html.j2", page_src, **self.fragment_context(name, page_src), **context)

    def fragment_context(self, name: str, page_src: str = "") -> dict:
        if name == "document":
            return printable.document(self, page_src)
        if name == "finder":
            return views.finder(self.handbook)
        if name == "comparison":
            return views.comparison(self.handbook)
        if name == "accessibility":
            return views.accessibility(self.handbook, self.site.site_name, self.site.contact_url, self.site.contact_label)
        return {}

    def wheel_svg(self, id_: str, page_src: str) -> str:
        record = self.handbook.get("arshjul", id_)
        return self.fragment("wheel", page_src, r=record, m=record.model, **self.wheel_context(record))

    def wheel_context(self, record: Record) -> dict:
        by_month: dict[int, list[int]] = {}
        for number, event in enumerate(self.ordered_events(record), 1):
            by_month.setdefault(event.month, []).append(number)
        return {"sectors": graphics.wheel_sectors(by_month, first_month=record.model.first_month),
                "events": self.ordered_events(record)}

    @staticmethod
    def ordered_events(record: Record) -> list:
        """The events in the wheel's order: from its first month (August for a school year), numbered in that order."""
        first = record.model.first_month
        return sorted(record.model.events, key=lambda e: (e.month - first) % 12)

    # ------------------------------------------------------------ helpers

    def _render(self, template: str, page_src: str, anchored: bool = False, **context) -> str:
        """anchored: links to entities point to their place in the same page (the printable whole handbook)."""

        def link(target: Record | str) -> str:
            if anchored and isinstance(target, Record):
                return "#" + printable.anchor(target)
            url = target.url if isinstance(target, Record) else target
            if isinstance(target, Record):
                url = page_url(target.page_path, self.site.directory_urls)
            return relative_url(page_src, url, self.site.directory_urls)

        def asset(path: str) -> str:
            return relative_url(page_src, path, self.site.directory_urls)

        def ref(folder: str, id_: str) -> Record:
            return self.handbook.get(folder, id_)

        return self.env.get_template(template).render(
            index_url=lambda folder: page_url(f"{folder}/index.md", self.site.directory_urls),
            page_url_of=lambda src: page_url(src, self.site.directory_urls),
            item_texts=lambda items: [
                ": ".join(x for x in (i.heading, plain(i.text) if i.text else None) if x) for i in items
            ],
            link=link,
            asset=asset,
            ref=ref,
            chart=graphics.bar_chart,
            flow=graphics.flow,
            hub=graphics.hub,
            # On the printable page the links to edit or suggest a change are left out: they mean nothing on paper.
            meta=(lambda rec: {**self.meta(rec), "edit_url": "", "issue_url": ""}) if anchored else self.meta,
            **context,
        )

    def meta(self, record: Record) -> dict:
        """Review date, last change and the links to edit the data or suggest a change."""
        repo = self.site.repo_url.rstrip("/")
        changed = self.site.last_changed.get(record.path)
        title = f"Ändringsförslag: {record.title} ({record.path})"
        return {
            "reviewed": record.model.reviewed,
            "changed": changed,
            "edit_url": f"{repo}/edit/{self.site.branch}/{record.path}" if repo else "",
            "issue_url": (
                f"{repo}/issues/new?template=andringsforslag.yml&title={quote(title)}"
                f"&sida={quote(f'{record.title} ({record.path})')}"
            )
            if repo
            else "",
        }
