"""Data prepared for the hand-written pages' fragments: finder, comparison and accessibility statement."""

from __future__ import annotations

import json
from dataclasses import dataclass

from . import queries
from .model import AbsenceLevel, SchoolLevel, WorkLevel
from .store import Handbook, Record
from .text import plain


@dataclass
class FinderItem:
    record: Record
    place: str
    attrs: dict[str, str]


def finder(handbook: Handbook) -> dict:
    partners = handbook.kind("aktorer")
    items = []
    used: dict[str, set[str]] = {"roll": set(), "region": set(), "kommun": set(), "aktor": set()}
    for rec in queries.sorted_records(handbook, "satsningar"):
        m = rec.model
        region = queries.region_of(handbook, rec) or ""
        roles = sorted({r.role for r in m.roles})
        actors = sorted({p.partner for p in m.partners} | set(m.owners))
        used["roll"].update(roles)
        used["region"].add(region)
        used["kommun"].add(m.municipality)
        used["aktor"].update(actors)
        tg = m.target_group
        attrs = {
            "niva": " ".join(w.value.replace(" ", "_") for w in m.work_levels),
            "skolform": " ".join(s.value.replace(" ", "_") for s in (tg.school_levels if tg else [])),
            "franvaro": " ".join(a.value.replace(" ", "_") for a in (tg.absence_levels if tg else [])),
            "roll": " ".join(roles),
            "region": region,
            "kommun": m.municipality,
            "aktor": " ".join(actors),
        }
        place = partners[m.municipality].title + (f", {partners[region].title}" if region in partners else "")
        items.append(FinderItem(rec, place, attrs))

    def options(ids: set[str], folder: str) -> list[tuple[str, str]]:
        kind = handbook.kind(folder)
        return sorted(((i, kind[i].title) for i in ids if i in kind), key=lambda o: o[1].casefold())

    filters = [
        {"key": "roll", "label": "Yrkesroll", "options": options(used["roll"], "roller")},
        {"key": "niva", "label": "Arbetsnivå", "options": [(w.value, w.value.capitalize()) for w in WorkLevel]},
        {"key": "skolform", "label": "Målgrupp: skolform", "options": [(s.value, s.value.capitalize()) for s in SchoolLevel]},
        {"key": "franvaro", "label": "Målgrupp: frånvaronivå", "options": [(a.value, a.value.capitalize()) for a in AbsenceLevel]},
        {"key": "region", "label": "Region", "options": options(used["region"], "aktorer")},
        {"key": "kommun", "label": "Kommun", "options": options(used["kommun"], "aktorer")},
        {"key": "aktor", "label": "Samverkanspartner", "options": options(used["aktor"], "aktorer")},
    ]
    return {"items": items, "filters": filters}


def comparison(handbook: Handbook) -> dict:
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
    rows = [
        ("Kommun", "place"), ("Team", "team"), ("Målgrupp", "target"), ("Arbetsnivå", "levels"),
        ("Finansiering", "funding"), ("Period", "period"), ("Status", "status"), ("Kvantitativa resultat", "results"),
    ]
    return {"columns": columns, "rows": rows}


def accessibility(handbook: Handbook, site_name: str, contact_url: str, contact_label: str) -> dict:
    path = handbook.root / "tillganglighet.json"
    assessment = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
    return {
        "assessment": assessment,
        "site_name": site_name,
        "contact_url": contact_url,
        "contact_label": contact_label,
        "statement_updated": assessment["date"] if assessment else "",
    }


def _num(value: float) -> str:
    return f"{value:g}".replace(".", ",")
