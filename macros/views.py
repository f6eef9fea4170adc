"""Data prepared for the hand-written pages' fragments: finder, comparison and accessibility statement."""

from __future__ import annotations

import json
from functools import lru_cache

from . import queries
from .graphics import MONTHS
from .model import AbsenceLevel, SchoolLevel, WorkLevel
from .store import Handbook
from .text import plain

FINDER_SCRIPT = "assets/hitta-data.js"
FINDER_KEYS = ("niva", "skolform", "franvaro", "roll", "region", "kommun", "aktor")
# Filters with more options than this get them from the data script, so the page stays small at national scale.
OPTIONS_IN_PAGE = 60
SUMMARY_CHARS = 220


def finder(handbook: Handbook) -> dict:
    """Hitta insats: the filters, the count, and a listing by region for readers without JavaScript.

    The initiatives themselves are in a compact data script (finder_script), so the page stays the same size
    however many initiatives there are, and works opened from disk.
    """
    data = _finder_values(handbook)
    labels = {"niva": "Arbetsnivå", "skolform": "Målgrupp: skolform", "franvaro": "Målgrupp: frånvaronivå", "roll": "Yrkesroll",
              "region": "Region", "kommun": "Kommun", "aktor": "Samverkanspartner"}
    filters = []
    for key in ("roll", "niva", "skolform", "franvaro", "region", "kommun", "aktor"):
        options = list(zip(data["values"][key], data["labels"][key], strict=True))
        in_page = len(options) <= OPTIONS_IN_PAGE
        filters.append({"key": key, "label": labels[key], "options": options if in_page else [], "from_data": not in_page})
    regions = [(region, sum(len(recs) for _, recs in munis)) for region, munis in queries.initiatives_by_region(handbook)]
    return {"filters": filters, "total": len(data["items"]), "regions": regions, "data_script": FINDER_SCRIPT}


def finder_script(handbook: Handbook, directory_urls: bool) -> str:
    return _data_script("NH_FINDER", {**_finder_values(handbook), "url": _initiative_url(directory_urls)})


def _data_script(variable: str, data: dict) -> str:
    """Data for a page's script, as a script rather than JSON so that the page also works opened from disk."""
    return f"window.{variable} = " + json.dumps(data, ensure_ascii=False, separators=(",", ":")) + ";\n"


def _initiative_url(directory_urls: bool) -> str:
    """An initiative's address relative to the site root, with __id__ for its id."""
    from .render import page_url  # render imports this module

    return page_url("satsningar/__id__.md", directory_urls)


@lru_cache(maxsize=4)
def _finder_values(handbook: Handbook) -> dict:
    """Compact finder data: per filter a table of values (and labels), per initiative indexes into those tables.

    items: [id, title, summary, place index, then one list of value indexes per key in FINDER_KEYS].
    """
    partners, roles = handbook.kind("aktorer"), handbook.kind("roller")
    records = queries.sorted_records(handbook, "satsningar")
    rows = []
    used: dict[str, set[str]] = {"roll": set(), "region": set(), "kommun": set(), "aktor": set()}
    for rec in records:
        m = rec.model
        tg = m.target_group
        row = {
            "niva": [w.value for w in m.work_levels],
            "skolform": [s.value for s in (tg.school_levels if tg else [])],
            "franvaro": [a.value for a in (tg.absence_levels if tg else [])],
            "roll": sorted({r.role for r in m.roles}),
            "region": [r] if (r := queries.region_of(handbook, rec)) else [],
            "kommun": [m.municipality],
            "aktor": sorted({p.partner for p in m.partners} | set(m.owners)),
        }
        for key in used:
            used[key].update(row[key])
        rows.append((rec, row))

    def by_title(ids: set[str], kind: dict) -> list[str]:
        return sorted((i for i in ids if i in kind), key=lambda i: kind[i].title.casefold())

    values = {
        "niva": [w.value for w in WorkLevel], "skolform": [s.value for s in SchoolLevel], "franvaro": [a.value for a in AbsenceLevel],
        "roll": by_title(used["roll"], roles), "region": by_title(used["region"], partners),
        "kommun": by_title(used["kommun"], partners), "aktor": by_title(used["aktor"], partners),
    }
    labels = {key: [v.capitalize() for v in values[key]] for key in ("niva", "skolform", "franvaro")}
    for key in ("roll", "region", "kommun", "aktor"):
        labels[key] = [(roles if key == "roll" else partners)[i].title for i in values[key]]
    index = {key: {v: n for n, v in enumerate(values[key])} for key in FINDER_KEYS}
    places = [partners[k].title + (f", {partners[r].title}" if (r := partners[k].model.region) in partners else "")
              for k in values["kommun"]]
    items = [
        [rec.id, rec.title, _shorten(plain(rec.model.summary)), index["kommun"][rec.model.municipality],
         *([index[key][v] for v in row[key] if v in index[key]] for key in FINDER_KEYS)]
        for rec, row in rows
    ]
    return {"keys": list(FINDER_KEYS), "values": values, "labels": labels, "places": places, "items": items}


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= SUMMARY_CHARS:
        return text
    return text[: SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"


COMPARE_SCRIPT = "assets/jamfor-data.js"
# Up to this many initiatives the comparison is one table in the page; beyond it, a reader picks initiatives by
# region and the table is built from a data script (a table of thousands of columns helps no one).
COMPARE_IN_PAGE = 24
COMPARE_ROWS = [
    ("Kommun", "place"), ("Team", "team"), ("Målgrupp", "target"), ("Arbetsnivå", "levels"),
    ("Finansiering", "funding"), ("Period", "period"), ("Status", "status"), ("Kvantitativa resultat", "results"),
]


def comparison(handbook: Handbook) -> dict:
    columns = _comparison_columns(handbook)
    if len(columns) <= COMPARE_IN_PAGE:
        return {"columns": columns, "rows": COMPARE_ROWS, "total": len(columns), "data_script": None, "regions": []}
    regions = [(region, sum(len(recs) for _, recs in munis)) for region, munis in queries.initiatives_by_region(handbook)]
    return {"columns": [], "rows": COMPARE_ROWS, "total": len(columns), "data_script": COMPARE_SCRIPT, "regions": regions}


def comparison_script(handbook: Handbook, directory_urls: bool) -> str | None:
    """The comparison's data as a script, for a handbook too large for one table; None when the page holds it."""
    columns = _comparison_columns(handbook)
    if len(columns) <= COMPARE_IN_PAGE:
        return None
    regions = [region.id for region, _ in queries.initiatives_by_region(handbook)]
    region_of = {rec.id: region.id for region, munis in queries.initiatives_by_region(handbook) for _, recs in munis for rec in recs}
    index = {region: n for n, region in enumerate(regions)}
    items = [[c["record"].id, c["record"].title, index[region_of[c["record"].id]], *(c[key] for _, key in COMPARE_ROWS)]
             for c in columns]
    return _data_script("NH_COMPARE", {"url": _initiative_url(directory_urls), "regions": regions, "items": items})


@lru_cache(maxsize=4)
def _comparison_columns(handbook: Handbook) -> list[dict]:
    partners, roles = handbook.kind("aktorer"), handbook.kind("roller")
    columns = []
    for rec in queries.sorted_records(handbook, "satsningar"):
        m = rec.model
        tg = m.target_group
        results = []
        for s in m.results.quantitative if m.results else []:
            numbers = ", ".join(
                f"{p.label}: {_num(p.value)}{s.unit or ''}" + (f" (n = {p.n})" if p.n is not None else "")
                for p in s.points if p.value is not None
            )
            results.append(f"{s.name}: {numbers}" if numbers else s.name)
        columns.append({
            "record": rec,
            "place": partners[m.municipality].title,
            "team": ", ".join(roles[r.role].title + (f" ({r.count})" if r.count else "") for r in m.roles) or "Anges inte",
            "target": plain(tg.description) if tg else "Anges inte",
            "levels": ", ".join(w.value for w in m.work_levels) or "Anges inte",
            "funding": "; ".join(plain(f.description) for f in m.funding) or "Anges inte",
            "period": " – ".join(x for x in (m.period.start, m.period.end) if x) or "Anges inte",
            "status": m.period.status.value,
            "results": "; ".join(results) or ("Endast kvalitativa resultat" if m.results else "Anges inte"),
        })
    return columns


ASSESSMENT_FILE = "tillganglighet.json"  # written by tests/browser/test_accessibility.py when the whole site passes


def accessibility(handbook: Handbook, site_name: str, contact_url: str, contact_label: str) -> dict:
    """The accessibility statement: the law's fixed parts, with the date and method of the last automated check."""
    path = handbook.root / ASSESSMENT_FILE
    assessment = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None

    def long_date(iso: str) -> str:
        year, month, day = (int(part) for part in iso.split("-"))
        return f"{day} {MONTHS[month - 1]} {year}"

    return {
        "assessment": assessment,
        "assessed": long_date(assessment["date"]) if assessment else "",
        "site_name": site_name,
        "contact_url": contact_url,
        "contact_label": contact_label,
    }


def _num(value: float) -> str:
    return f"{value:g}".replace(".", ",")
