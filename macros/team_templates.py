"""Templates a team fills in (Mallar att fylla i), generated from the data so they change when the data changes.

Each template belongs to a page: a tool (samverkansplan, handlingsplan, deltagaruppföljning, checklist of early
signs), an årshjul, or an initiative ("Använd som mall"). The catalogue says which files exist for which page;
files() writes them. Printable forms are standalone HTML pages (templates/team/); tables are also CSV or XLSX.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

import jinja2

from . import follow_up_sheet, queries, render
from .graphics import MONTHS, months_from
from .skeleton import skeleton
from .spreadsheet import csv_text
from .store import Handbook, Record
from .text import plain, to_html, to_inline_html

FOLDER = "mallar"
TEMPLATES_PAGE = "mallar.md"
STATEMENT_PAGE = "tillganglighet.md"  # linked from every page, as the accessibility law asks
FOLLOW_UP = "deltagaruppfoljning"
CHECKLIST_COLUMNS = ("Nr", "Tidigt tecken att uppmärksamma", "Vad vi gör när vi ser det", "Ansvarig")
CHECKLIST_ROWS = 12
WHEEL_COLUMNS = ("Månad", "Månadens namn", "Händelse", "Beskrivning", "Vilka deltar", "Tolkad månad", "Vår månad",
                 "Ansvarig", "Anteckningar")


@dataclass(frozen=True)
class Download:
    path: str  # in the built site, e.g. mallar/samverkansplan.html
    label: str  # link text


@dataclass(frozen=True)
class TeamTemplate:
    title: str
    about: str
    record: Record  # the page it belongs to
    downloads: tuple[Download, ...]


# Tool id -> (title, what it is, formats). A template exists when the handbook has the tool.
TOOL_TEMPLATES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "samverkansplan": ("Samverkansplan", "En plan för samverkan kring en elev mellan skola, socialtjänst och hälso- "
                       "och sjukvård.", ("html",)),
    "handlingsplan": ("Handlingsplan", "Mål, insatser och avslut för en elev.", ("html",)),
    FOLLOW_UP: ("Deltagaruppföljning", "En rad per elev med alla uppgifter som Stockholms skolsociala team följde "
                "upp, vid inskrivning och avslut.", ("xlsx", "csv")),
    "checklista-tidiga-tecken": ("Checklista över tidiga tecken", "En tom checklista där ni skriver in de tecken "
                                 "ni vill uppmärksamma vid frånvaro.", ("html", "csv")),
}
FORMAT_LABELS = {
    "html": "att skriva ut (HTML)",
    "csv": "som tabell (CSV)",
    "xlsx": "som Excel-fil med rullgardinslistor (XLSX)",
    "ics": "som kalenderfil (ICS)",
}


# Above this many initiatives the Mallar page points to the initiatives' own pages instead of listing a download for
# each (a national handbook's list would make the page half a megabyte).
LISTED_INITIATIVES_MAX = 50


class Catalogue:
    """Which templates the handbook offers, and which downloads belong to which page."""

    def __init__(self, handbook: Handbook):
        self.handbook = handbook

    def initiatives_listed(self) -> list[Record]:
        """The initiatives whose YAML templates the Mallar page lists: all of them, or none when there are many."""
        initiatives = queries.sorted_records(self.handbook, "satsningar")
        return initiatives if len(initiatives) <= LISTED_INITIATIVES_MAX else []

    def templates(self) -> list[TeamTemplate]:
        out = []
        tools = self.handbook.kind("verktyg")
        for tool_id, (title, about, formats) in TOOL_TEMPLATES.items():
            if tool_id in tools:
                downloads = tuple(Download(f"{FOLDER}/{tool_id}.{f}", f"{title} {FORMAT_LABELS[f]}") for f in formats)
                out.append(TeamTemplate(title, about, tools[tool_id], downloads))
        for wheel in queries.sorted_records(self.handbook, "arshjul"):
            stem = f"{FOLDER}/arshjul-{wheel.id}"
            downloads = (
                Download(f"{stem}.html", f"{wheel.title} {FORMAT_LABELS['html']}"),
                Download(f"arshjul/{wheel.id}.ics", f"{wheel.title} {FORMAT_LABELS['ics']}"),
                Download(f"{stem}.csv", f"{wheel.title} {FORMAT_LABELS['csv']}"),
            )
            out.append(TeamTemplate(f"{wheel.title} att anpassa", "Årets återkommande händelser, med tomma "
                                    "kolumner för er egen planering.", wheel, downloads))
        return out

    def of(self, record: Record) -> list[Download]:
        """The downloads shown on a record's page."""
        if record.kind.folder == "satsningar":
            return [Download(skeleton_path(record), f"Ladda ner strukturen för {record.title} som YAML-fil")]
        return [d for t in self.templates() if t.record is record for d in t.downloads if not d.path.endswith(".ics")]

    def __call__(self, record: Record) -> list[Download]:
        return self.of(record)


def skeleton_path(record: Record) -> str:
    return f"satsningar/{record.id}.mall.yml"


def files(handbook: Handbook, site_name: str, primary: str, directory_urls: bool = False) -> dict[str, str | bytes]:
    """Every template file, by its path in the built site."""
    forms = _Forms(handbook, site_name, primary, directory_urls)
    out: dict[str, str | bytes] = {}
    for record in handbook.kind("satsningar").values():
        out[skeleton_path(record)] = skeleton(record, site_name)
    for template in Catalogue(handbook).templates():
        for download in template.downloads:
            if not download.path.startswith(FOLDER + "/"):
                continue  # made elsewhere (the wheel's calendar file)
            out[download.path] = forms.make(template.record, download.path)
    return out


class _Forms:
    def __init__(self, handbook: Handbook, site_name: str, primary: str, directory_urls: bool):
        self.handbook, self.site_name, self.primary, self.directory_urls = handbook, site_name, primary, directory_urls
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(render.TEMPLATES),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(md=to_html, inline=to_inline_html)

    def make(self, record: Record, path: str) -> str | bytes:
        suffix = path.rsplit(".", 1)[-1]
        if record.kind.folder == "arshjul":
            return self._wheel_csv(record) if suffix == "csv" else self._page("arshjul", record, path, **self._wheel(record, path))
        if record.id == FOLLOW_UP:
            return follow_up_sheet.as_xlsx(record, self.handbook, self.site_name) if suffix == "xlsx" else follow_up_sheet.as_csv(record)
        if record.id == "checklista-tidiga-tecken":
            if suffix == "csv":
                return self._checklist_csv(record)
            return self._page("checklista", record, path, **self._checklist(record, path))
        context = self._handlingsplan(path) if record.id == "handlingsplan" else {}
        return self._page(record.id, record, path, uses=self._uses(record, path), steps=_steps(record), **context)

    # ------------------------------------------------------------ context from the data

    def _url(self, record: Record, path: str) -> str:
        target = render.page_url(record.page_path, self.directory_urls)
        return posixpath.relpath(target, posixpath.dirname(path))

    def _link(self, record: Record, path: str) -> dict:
        return {"url": self._url(record, path), "title": record.title}

    def _uses(self, tool: Record, path: str) -> list[dict]:
        """Each initiative that uses the tool: how (its note), its parties, success factors and other tools."""
        partners, tools = self.handbook.kind("aktorer"), self.handbook.kind("verktyg")
        rows = []
        for initiative, links in queries.initiatives_with_tool(self.handbook, tool.id):
            m = initiative.model
            parties = list(dict.fromkeys([*m.owners, *(p.partner for p in m.partners)]))
            rows.append({
                **self._link(initiative, path),
                "place": partners[m.municipality].title if m.municipality in partners else "",
                "note": next((link.note for link in links if link.note), None),
                "parties": [partners[p].title for p in parties if p in partners],
                "factors": [plain(f.text) for f in m.success_factors],
                "tools": [self._link(tools[t.tool], path) for t in m.tools if t.tool != tool.id and t.tool in tools],
            })
        return rows

    def _handlingsplan(self, path: str) -> dict:
        tool = self.handbook.get("verktyg", "handlingsplan")
        follow_up = self.handbook.kind("verktyg").get(FOLLOW_UP)
        return {
            "roles": [self._link(self.handbook.get("roller", r), path) for r in tool.model.roles],
            "toolbox": [(c, [self._link(t, path) for t in ts]) for c, ts in queries.toolbox(self.handbook) if ts],
            "plan_columns": follow_up_sheet.plan_columns(follow_up) if follow_up else [],
            "follow_up": self._link(follow_up, path) if follow_up else {},
        }

    def _checklist(self, tool: Record, path: str) -> dict:
        return {"uses": self._uses(tool, path), "steps": _steps(tool), "columns": CHECKLIST_COLUMNS,
                "rows": _checklist_rows(tool)}

    def _checklist_csv(self, tool: Record) -> str:
        return csv_text([CHECKLIST_COLUMNS, *([n, text, "", ""] for n, text, *_ in _checklist_rows(tool) if text)])

    def _wheel(self, wheel: Record, path: str) -> dict:
        by_month = {m: [e for e in wheel.model.events if e.month == m] for m in months_from(wheel.model.first_month)}
        roles = self.handbook.kind("roller")
        return {
            "description": wheel.model.description or "",
            "interpreted": any(e.interpreted for e in wheel.model.events),
            "ics": posixpath.relpath(f"arshjul/{wheel.id}.ics", posixpath.dirname(path)),
            "ics_name": f"{wheel.id}.ics",
            "months_rows": [
                (MONTHS[m - 1].capitalize(), [
                    {"text": plain(e.text) if e.text else e.title, "interpreted": e.interpreted,
                     "roles": [roles[r].title for r in e.roles if r in roles]}
                    for e in events
                ])
                for m, events in by_month.items()
            ],
        }

    def _wheel_csv(self, wheel: Record) -> str:
        roles = self.handbook.kind("roller")
        rows = [WHEEL_COLUMNS]
        for month in months_from(wheel.model.first_month):
            for e in (e for e in wheel.model.events if e.month == month):
                rows.append([month, MONTHS[month - 1], e.title, plain(e.text) if e.text else "",
                             ", ".join(roles[r].title for r in e.roles if r in roles), "ja" if e.interpreted else "nej",
                             "", "", ""])
        return csv_text(rows)

    def _page(self, name: str, record: Record, path: str, **context) -> str:
        sources = self.handbook.kind("kallor")
        return self.env.get_template(f"team/{name}.html.j2").render(
            title=_title(record),
            site_name=self.site_name,
            primary=self.primary,
            templates_page=posixpath.relpath(render.page_url(TEMPLATES_PAGE, self.directory_urls), posixpath.dirname(path)),
            statement_page=posixpath.relpath(render.page_url(STATEMENT_PAGE, self.directory_urls), posixpath.dirname(path)),
            record_page=self._url(record, path),
            record_title=record.title,
            reviewed=record.model.reviewed.isoformat(),
            sources=[sources[s].model.title for s in record.model.sources if s in sources],
            **context,
        )


def _title(record: Record) -> str:
    if record.kind.folder == "arshjul":
        return f"{record.title} att anpassa"
    return TOOL_TEMPLATES[record.id][0]


def _steps(record: Record) -> list[str]:
    return [plain(s) for s in record.model.steps]


def _checklist_rows(tool: Record) -> list[list]:
    filled = [[n, text, "", ""] for n, text in enumerate(_steps(tool), 1)]
    blank = [[n, "", "", ""] for n in range(len(filled) + 1, max(CHECKLIST_ROWS, len(filled) + 4) + 1)]
    return filled + blank
