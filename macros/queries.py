"""Questions the pages ask of the handbook. Every cross-link on the site is derived here, never typed by hand."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from .kinds import BY_FOLDER
from .model import ToolboxCategory
from .store import Handbook, Record
from .validation import iter_refs


@lru_cache(maxsize=4)
def _referrers(handbook: Handbook) -> dict[tuple[str, str], list[tuple[Record, tuple]]]:
    index: dict[tuple[str, str], list[tuple[Record, tuple]]] = defaultdict(list)
    for record in handbook.records():
        for loc, folder, target in iter_refs(record.model):
            index[(folder, target)].append((record, loc))
    return index




def referrers(handbook: Handbook, folder: str, id_: str, from_folder: str | None = None, field: str | None = None):
    """Records that reference (folder, id_), optionally only from one kind and one top-level field."""
    # A dict keeps the first-seen order and drops repeats in constant time (lists of thousands at national scale).
    out: dict[int, Record] = {}
    for record, loc in _referrers(handbook).get((folder, id_), []):
        if from_folder and record.kind.folder != from_folder:
            continue
        if field and loc[0] != field:
            continue
        out.setdefault(id(record), record)
    return list(out.values())


def initiatives_with_role(handbook: Handbook, role_id: str) -> list[tuple[Record, list]]:
    """Each initiative whose team has the role, with the team entries (count, employer, note)."""
    out = []
    for record in referrers(handbook, "roller", role_id, "satsningar", "roller"):
        out.append((record, [r for r in record.model.roles if r.role == role_id]))
    return out


def initiatives_with_tool(handbook: Handbook, tool_id: str) -> list[tuple[Record, list]]:
    out = []
    for record in referrers(handbook, "verktyg", tool_id, "satsningar"):
        out.append((record, [t for t in record.model.tools if t.tool == tool_id]))
    return out


RELATIONS = {
    "kommun": "kommun",
    "huvudman": "huvudman",
    "aktorer": "samverkanspartner",
    "finansiering": "finansiär",
    "roller": "anställer personal i teamet",
    "kontakter": "kontaktpersonens organisation",
}


def initiatives_with_partner(handbook: Handbook, partner_id: str) -> list[tuple[Record, list[str], list]]:
    """Each initiative that names the partner, how (kommun, huvudman, partner ...) and the partner notes."""
    rows: dict[int, tuple[Record, list[str], list]] = {}
    for record, loc in _referrers(handbook).get(("aktorer", partner_id), []):
        if record.kind.folder != "satsningar":
            continue
        relation = RELATIONS.get(loc[0], loc[0])
        if id(record) in rows:
            if relation not in rows[id(record)][1]:
                rows[id(record)][1].append(relation)
        else:
            notes = [p for p in record.model.partners if p.partner == partner_id]
            rows[id(record)] = (record, [relation], notes)
    return list(rows.values())


def initiatives_in_region(handbook: Handbook, region_id: str) -> list[Record]:
    return [r for r in handbook.kind("satsningar").values() if region_of(handbook, r) == region_id]


def region_of(handbook: Handbook, initiative: Record) -> str | None:
    municipality = handbook.kind("aktorer").get(initiative.model.municipality)
    return municipality.model.region if municipality else None


def tools_for_role(handbook: Handbook, role_id: str) -> list[Record]:
    return referrers(handbook, "roller", role_id, "verktyg")


def wheels_with_role(handbook: Handbook, role_id: str) -> list[Record]:
    return referrers(handbook, "roller", role_id, "arshjul")


def initiatives_using(handbook: Handbook, folder: str, id_: str) -> list[Record]:
    """Initiatives that reference an entity, plus those an entity names itself (frameworks list initiatives)."""
    found = referrers(handbook, folder, id_, "satsningar")
    record = handbook.kind(folder).get(id_)
    for target in getattr(record.model, "initiatives", []) if record else []:
        initiative = handbook.kind("satsningar")[target]
        if initiative not in found:
            found.append(initiative)
    return found


def frameworks_of(handbook: Handbook, initiative: Record) -> list[Record]:
    named = [handbook.get("ramverk", f) for f in initiative.model.frameworks]
    for record in referrers(handbook, "satsningar", initiative.id, "ramverk"):
        if record not in named:
            named.append(record)
    return named


def citing(handbook: Handbook, source_id: str) -> dict[str, list[Record]]:
    """Every entity that cites a source, by kind."""
    out: dict[str, list[Record]] = defaultdict(list)
    for record in referrers(handbook, "kallor", source_id):
        out[record.kind.folder].append(record)
    return dict(out)


def children(handbook: Handbook, partner_id: str) -> list[Record]:
    return _partner_groups(handbook)[0].get(partner_id, [])


def municipalities_in(handbook: Handbook, region_id: str) -> list[Record]:
    return _partner_groups(handbook)[1].get(region_id, [])


@lru_cache(maxsize=4)
def _partner_groups(handbook: Handbook) -> tuple[dict[str, list[Record]], dict[str, list[Record]]]:
    """Partners by parent and by region, built once: every partner page asks, and a nation has about a thousand."""
    by_parent: dict[str, list[Record]] = defaultdict(list)
    by_region: dict[str, list[Record]] = defaultdict(list)
    for record in handbook.kind("aktorer").values():
        if record.model.parent:
            by_parent[record.model.parent].append(record)
        if record.model.region:
            by_region[record.model.region].append(record)
    return by_parent, by_region


def toolbox(handbook: Handbook) -> list[tuple[str, list[Record]]]:
    """Stockholm's Verktygslådan: categories in the handbook's order, each with its tools in file order."""
    tools = handbook.kind("verktyg").values()
    return [(c.value, [t for t in tools if t.model.toolbox_category == c]) for c in ToolboxCategory]


def toolbox_sources(handbook: Handbook) -> list[Record]:
    ids: list[str] = []
    for _, tools in toolbox(handbook):
        for tool in tools:
            ids += [s for s in tool.model.sources if s not in ids]
    return [handbook.get("kallor", s) for s in ids]


def other_tools(handbook: Handbook) -> list[Record]:
    return sorted((t for t in handbook.kind("verktyg").values() if t.model.toolbox_category is None), key=_name)


def referrers_of_term(handbook: Handbook, term_id: str) -> list[Record]:
    return [r for r in referrers(handbook, "begrepp", term_id) if r.kind.folder != "begrepp"]


def glossary(handbook: Handbook) -> dict[str, str]:
    """Abbreviation -> explanation, for <abbr> on every page."""
    out = {}
    for record in handbook.kind("begrepp").values():
        if record.model.abbreviation:
            from .text import plain

            out[record.model.abbreviation] = f"{record.model.term}: {plain(record.model.definition)}"[:300]
    return out


def sorted_records(handbook: Handbook, folder: str) -> list[Record]:
    return sorted(handbook.kind(folder).values(), key=_name)


def recently_reviewed(handbook: Handbook, folder: str, count: int) -> list[Record]:
    """The most recently reviewed entities, newest first (the start page shows a few, not thousands)."""
    return sorted(sorted_records(handbook, folder), key=lambda r: r.model.reviewed, reverse=True)[:count]


def _name(record: Record) -> str:
    return record.title.casefold()


def kind_title(folder: str) -> str:
    return BY_FOLDER[folder].title


@lru_cache(maxsize=4)
def initiatives_by_region(handbook: Handbook) -> list[tuple[Record, list[tuple[Record, list[Record]]]]]:
    """Initiatives grouped region -> municipality, both sorted by name; the listings and the nav use this.

    Built once per handbook (callers only read it).
    """
    partners = handbook.kind("aktorer")
    tree: dict[str, dict[str, list[Record]]] = defaultdict(lambda: defaultdict(list))
    for record in sorted_records(handbook, "satsningar"):
        muni = partners[record.model.municipality]
        tree[muni.model.region or muni.id][muni.id].append(record)
    return [
        (partners[region], [(partners[m], recs) for m, recs in sorted(munis.items(), key=lambda kv: _name(partners[kv[0]]))])
        for region, munis in sorted(tree.items(), key=lambda kv: _name(partners[kv[0]]))
    ]


def region_page(region_id: str) -> str:
    """The listing page of one region's initiatives, grouped by municipality (the nav links these, not each initiative)."""
    return f"satsningar/region/{region_id}.md"


def initiatives_of_region(handbook: Handbook, region_id: str) -> list[tuple[Record, list[Record]]]:
    """(municipality, initiatives) of one region, as on its listing page."""
    return next((munis for region, munis in initiatives_by_region(handbook) if region.id == region_id), [])


def region_page_of(handbook: Handbook, initiative: Record) -> str:
    """The region listing page an initiative is listed on."""
    municipality = handbook.kind("aktorer")[initiative.model.municipality]
    return region_page(municipality.model.region or municipality.id)


PARTNER_GROUP_TITLES = {
    "region": "Regioner",
    "kommun": "Kommuner",
    "kommunal verksamhet": "Kommunala förvaltningar och verksamheter",
    "regional verksamhet": "Hälso- och sjukvård och andra regionala verksamheter",
    "nationell aktör": "Nationella aktörer",
    "annan organisation": "Andra organisationer",
}


def partners_by_type(handbook: Handbook) -> list[tuple[str, list[Record]]]:
    groups: dict[str, list[Record]] = defaultdict(list)
    for record in sorted_records(handbook, "aktorer"):
        groups[record.model.type.value].append(record)
    return [(title, groups[key]) for key, title in PARTNER_GROUP_TITLES.items() if groups.get(key)]
