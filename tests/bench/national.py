"""A synthetic national handbook: 21 regions, up to 290 municipalities and about ten initiatives per municipality.

Every file is written the way an editor would write it (Swedish keys, Markdown text, references by id) and passes
load_handbook. The same seed gives the same data, so runs can be compared.
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from macros.validation import slugify

from . import swedish as sv

SCHOOL_LEVELS = ["förskola", "lågstadiet", "mellanstadiet", "högstadiet", "gymnasiet"]
ABSENCE_LEVELS = ["ingen frånvaro ännu", "begynnande frånvaro", "runt 20 procent", "hög eller långvarig frånvaro"]
WORK_LEVELS = ["främja", "förebygga", "åtgärda"]
STATUSES = ["planerad", "pågående", "pågående", "pågående", "avslutad", "okänd"]
WHEELS = ["Årshjul för närvaroarbetet i grundskolan", "Årshjul för gymnasiets elevhälsa", "Elevhälsans årshjul",
          "Socialtjänstens och skolans gemensamma årshjul"]
FRAMEWORKS = ["Främja, förebygga, åtgärda", "Åtta faktorer för hållbar samverkan", "Nationell arbetsgång vid frånvaro",
              "Fem steg mot närvaro", "Nycklar till framgång", "Checklista för samverkansavtal"]


@dataclass
class Dataset:
    folder: Path
    initiatives: int
    municipalities: int
    regions: int
    files: int
    bytes: int


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    pass


def _str(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def _wrap(text: str) -> str:
    """Paragraphs wrapped at 115 characters, as editors keep them in the YAML files."""
    paragraphs = text.split("\n\n")
    return "\n\n".join("\n".join(textwrap.wrap(p, 115, break_long_words=False)) if not p.startswith(("-", "#")) else p
                       for p in paragraphs)


def _text(value: str) -> str:
    wrapped = _wrap(value)
    return wrapped + "\n" if "\n" in wrapped else wrapped


def _prune(value):
    """Drop empty optional fields, wrap long texts."""
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v not in (None, [], {}, "")}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    if isinstance(value, str) and len(value) > 100:
        return _text(value)
    return value


class Generator:
    def __init__(self, dest: Path, seed: int):
        self.dest = dest
        self.rng = random.Random(seed)
        self.today = dt.date.today()
        self.files = 0
        self.bytes = 0
        self.slugs: set[tuple[str, str]] = set()

    # ---------------------------------------------------------------- output

    def write(self, folder: str, slug: str, data: dict) -> None:
        data = {**_prune(data), "senast_granskad": self.reviewed()}
        text = f"# yaml-language-server: $schema=../../schemas/{folder}.schema.json\n" + yaml.dump(
            data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096, default_flow_style=False
        )
        path = self.dest / folder / f"{slug}.yml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.files += 1
        self.bytes += len(text.encode())

    def slug(self, folder: str, name: str) -> str:
        base = slugify(name)
        slug, n = base, 2
        while (folder, slug) in self.slugs:
            slug, n = f"{base}-{n}", n + 1
        self.slugs.add((folder, slug))
        return slug

    def reviewed(self) -> str:
        return (self.today - dt.timedelta(days=self.rng.randint(0, 300))).isoformat()

    def pick(self, items: list, low: int, high: int) -> list:
        return self.rng.sample(items, min(len(items), self.rng.randint(low, high)))

    def paragraphs(self, bank: list[str], count: int, per: tuple[int, int] = (2, 3), **values) -> str:
        """count paragraphs of sentences from bank, no sentence twice."""
        pool = self.rng.sample(bank, len(bank))
        out = []
        for _ in range(count):
            take, pool = pool[: self.rng.randint(*per)], pool[per[1]:]
            if take:
                out.append(" ".join(sv.fill(self.rng, s, **values) for s in take))
        return "\n\n".join(out)


def _share(total: int, weights: list[float], minimum: int) -> list[int]:
    """Split total into len(weights) whole parts proportional to weights, each at least minimum (largest remainder)."""
    rest = total - minimum * len(weights)
    exact = [rest * w / sum(weights) for w in weights]
    parts = [int(x) for x in exact]
    for i in sorted(range(len(weights)), key=lambda i: exact[i] - parts[i], reverse=True)[: rest - sum(parts)]:
        parts[i] += 1
    return [p + minimum for p in parts]


def generate(dest: Path, initiatives: int, municipalities: int | None = None, regions: int | None = None,
             seed: int = 8) -> Dataset:
    """Write a national dataset into dest (the data/ folder)."""
    region_list = sv.REGIONS[: regions or len(sv.REGIONS)]
    if municipalities is None:
        municipalities = round(290 * initiatives / 3000)
    municipalities = max(len(region_list), min(municipalities, sum(n for _, n in region_list)))
    g = Generator(dest, seed)
    sources = _sources(g, region_list)
    terms = _terms(g, sources)
    roles = [g.slug("roller", name) for name, _ in sv.ROLES]
    tools = [g.slug("verktyg", name) for name in sv.TOOLS]
    partners = _partners(g, region_list, municipalities, terms, sources)
    wheels = {g.slug("arshjul", n): n for n in WHEELS}
    frameworks = {g.slug("ramverk", n): n for n in FRAMEWORKS}
    weights = [g.rng.paretovariate(1.5) for _ in range(len(partners["municipalities"]))]
    counts = _share(initiatives, weights, 1 if initiatives >= len(weights) else 0)
    ids: list[str] = []
    for muni, count in zip(partners["municipalities"], counts, strict=True):
        for _ in range(count):
            ids.append(_initiative(g, muni, partners, roles, tools, list(wheels), list(frameworks), terms, sources))
    _roles(g, roles, ids, sources)
    _tools(g, tools, roles, terms, sources)
    _frameworks(g, frameworks, ids, roles, sources)
    _wheels(g, wheels, roles, sources)
    return Dataset(dest, len(ids), len(partners["municipalities"]), len(region_list), g.files, g.bytes)


# ---------------------------------------------------------------- sources, terms, partners


def _sources(g: Generator, regions: list) -> dict[str, list[str]]:
    national = []
    for title, typ, publisher in (
        ("Nationell kartläggning av närvaroarbetet i kommunerna 2025", "rapport", "Sveriges Kommuner och Regioner"),
        ("Frånvaro i grundskolan – uppföljning 2024", "rapport", "Skolverket"),
        ("Samverkan kring barn och unga med problematisk skolfrånvaro", "metodhandbok", "Socialstyrelsen"),
        ("Sammanställning av ESF-projekt för skolnärvaro", "sammanställning", "Svenska ESF-rådet"),
    ):
        slug = g.slug("kallor", title)
        g.write("kallor", slug, {
            "titel": title, "typ": typ, "utgivare": publisher, "datum": str(g.rng.randint(2022, 2025)),
            "beskrivning": g.paragraphs(sv.BACKGROUND, 2, kommun="kommunerna", region="regionerna"),
            "lankar": [f"https://example.se/rapporter/{slug}"], "kallor": [],
        })
        national.append(slug)
    editorial = g.slug("kallor", "Redaktionens förklaringar")
    g.write("kallor", editorial, {"titel": "Redaktionens förklaringar", "typ": "redaktionell förklaring",
                                  "utgivare": "Närvarohandbokens redaktion", "datum": "2025", "kallor": []})
    regional = {}
    for region, _ in regions:
        title = f"Satsningar för ökad skolnärvaro – sammanställning {region}"
        slug = g.slug("kallor", title)
        g.write("kallor", slug, {
            "titel": title, "typ": "sammanställning", "utgivare": region, "datum": f"{g.rng.randint(2023, 2025)}-0{g.rng.randint(1, 9)}-15",
            "beskrivning": g.paragraphs(sv.BACKGROUND, 1, kommun="länets kommuner", region=region), "kallor": [],
        })
        regional[region] = slug
    return {"national": national, "editorial": [editorial], "regional": regional}


def _terms(g: Generator, sources: dict) -> list[str]:
    slugs = [g.slug("begrepp", abbr) for abbr, _, _ in sv.TERMS] + [g.slug("begrepp", t) for t, _ in sv.PLAIN_TERMS]
    entries = [(abbr, term, text) for abbr, term, text in sv.TERMS] + [(None, t, text) for t, text in sv.PLAIN_TERMS]
    for slug, (abbr, term, text) in zip(slugs, entries, strict=True):
        g.write("begrepp", slug, {
            "term": term, "forkortning": abbr,
            "forklaring": text + "\n\n" + sv.sentences(g.rng, sv.BACKGROUND, 1, kommun="kommunen", region="regionen"),
            "redaktionell_forklaring": "true" if g.rng.random() < 0.3 else None,
            "se_aven": [s for s in g.pick(slugs, 0, 2) if s != slug],
            "kallor": [g.rng.choice(sources["national"])] + sources["editorial"],
        })
    return slugs


def _partners(g: Generator, regions: list, municipalities: int, terms: list[str], sources: dict) -> dict:
    out: dict[str, list] = {"regions": [], "regional_units": {}, "national": [], "municipalities": []}
    national_source = sources["national"][0]
    for name, abbr in sv.NATIONAL:
        slug = g.slug("aktorer", name)
        g.write("aktorer", slug, {"namn": name, "forkortning": abbr, "typ": "nationell aktör",
                                  "webbplats": f"https://www.{slug}.example.se", "kallor": [national_source]})
        out["national"].append(slug)
    for name in sv.OTHER_ORGS:
        slug = g.slug("aktorer", name)
        g.write("aktorer", slug, {"namn": name, "typ": "annan organisation",
                                  "beskrivning": f"{name} är en ideell organisation som arbetar med barn och unga.",
                                  "kallor": [national_source]})
        out["national"].append(slug)
    per_region = _share(municipalities, [n for _, n in regions], 1)
    names = iter(g.rng.sample([a + b for a in sv.PLACE_START for b in sv.PLACE_END], municipalities))
    for (region, _), count in zip(regions, per_region, strict=True):
        rslug = g.slug("aktorer", region)
        source = sources["regional"][region]
        g.write("aktorer", rslug, {"namn": region, "typ": "region", "webbplats": f"https://www.{rslug}.example.se",
                                   "beskrivning": f"{region} ansvarar för hälso- och sjukvården i länet.", "kallor": [source]})
        out["regions"].append(rslug)
        units = []
        for unit in sv.REGIONAL_UNITS:
            uslug = g.slug("aktorer", f"{unit} {region}")
            g.write("aktorer", uslug, {"namn": f"{unit}, {region}", "typ": "regional verksamhet", "huvudman": rslug,
                                       "begrepp": terms[0] if unit.startswith("Barn- och ungdomsp") else None, "kallor": [source]})
            units.append(uslug)
        out["regional_units"][rslug] = units
        for _ in range(count):
            place = next(names)
            town = place if place.endswith(("s", "x", "z")) else place + "s"
            mslug = g.slug("aktorer", f"{town} kommun")
            g.write("aktorer", mslug, {
                "namn": f"{town} kommun", "typ": "kommun", "region": rslug,
                "webbplats": f"https://www.{slugify(place)}.example.se",
                "beskrivning": f"{town} kommun ligger i {region.replace('Region ', '')}.", "kallor": [source],
            })
            unit_slugs = []
            for unit in sv.MUNICIPAL_UNITS:
                uslug = g.slug("aktorer", f"{place} {unit}")
                g.write("aktorer", uslug, {"namn": f"{town} kommun, {unit}", "typ": "kommunal verksamhet",
                                           "huvudman": mslug, "kallor": [source]})
                unit_slugs.append(uslug)
            out["municipalities"].append({"id": mslug, "place": place, "town": town, "region": rslug, "region_name": region,
                                          "units": unit_slugs, "source": source})
    return out


# ---------------------------------------------------------------- initiatives


def _initiative(g: Generator, muni: dict, partners: dict, roles: list, tools: list, wheels: list, frameworks: list,
                terms: list, sources: dict) -> str:
    rng = g.rng
    place, region = muni["place"], muni["region_name"]
    name = rng.choice(sv.INITIATIVE_NAMES).format(ort=place) + rng.choice(sv.QUALIFIERS)
    slug = g.slug("satsningar", name)
    values = {"kommun": f"{muni['town']} kommun", "region": region}
    team = g.pick(roles, 2, 6)
    values.update(roll=sv.ROLES[roles.index(team[0])][0], roll2=sv.ROLES[roles.index(team[1])][0].lower())
    regional_units = partners["regional_units"][muni["region"]]
    partner_pool = regional_units + [muni["region"]] + g.pick(partners["national"], 1, 2) + muni["units"]
    source = muni["source"]
    other_source = rng.choice(sources["national"])
    start = rng.randint(2018, 2025)
    status = rng.choice(STATUSES)
    levels = sorted(g.pick(SCHOOL_LEVELS, 1, 3), key=SCHOOL_LEVELS.index)
    data = {
        "namn": name,
        "andra_namn": [f"Närvaroprojektet i {place}"] if rng.random() < 0.3 else [],
        "sammanfattning": sv.fill(rng, rng.choice(sv.SUMMARY), **values),
        "kommun": muni["id"],
        "huvudman": g.pick(muni["units"], 1, 2),
        "syfte": g.paragraphs(sv.PURPOSE, rng.randint(1, 2), **values),
        "mal": [sv.fill(rng, s, **values) for s in g.pick(sv.GOALS, 2, 5)],
        "bakgrund": g.paragraphs(sv.BACKGROUND, rng.randint(1, 3), **values),
        "malgrupp": {
            "beskrivning": sv.fill(rng, rng.choice(sv.TARGET)),
            "skolformer": levels,
            "franvaro": sorted(g.pick(ABSENCE_LEVELS, 1, 2), key=ABSENCE_LEVELS.index),
            "alder": f"årskurs {rng.randint(1, 4)}–{rng.randint(6, 9)}" if rng.random() < 0.5 else None,
        },
        "arbetsniva": sorted(g.pick(WORK_LEVELS, 1, 3), key=WORK_LEVELS.index),
        "roller": [{
            "roll": r,
            "antal": rng.choice([None, "en", "två", "halvtid"]),
            "huvudman": rng.choice([None, *muni["units"], regional_units[0]]),
            "kommentar": rng.choice(sv.ROLE_NOTE) if rng.random() < 0.6 else None,
        } for r in team],
        "aktorer": [{"aktor": p, "kommentar": rng.choice(sv.PARTNER_NOTE) if rng.random() < 0.7 else None}
                    for p in g.pick(partner_pool, 2, 5)],
        "verktyg": [{"verktyg": t, "kommentar": rng.choice(sv.TOOL_NOTE) if rng.random() < 0.6 else None}
                    for t in g.pick(tools, 2, 6)],
        "arshjul": g.pick(wheels, 1, 1) if rng.random() < 0.3 else [],
        "ramverk": g.pick(frameworks, 1, 1) if rng.random() < 0.25 else [],
        "finansiering": [{
            "finansiar": rng.choice([muni["id"], partners["national"][6], None]),
            "beskrivning": rng.choice(sv.FUNDING),
            "belopp_kr": str(rng.randint(3, 60) * 100_000) if rng.random() < 0.5 else None,
        } for _ in range(rng.randint(0, 2))],
        "period": {
            "start": f"{rng.choice(sv.SEASONS)} {start}",
            "slut": f"{rng.choice(sv.SEASONS)} {start + rng.randint(1, 4)}" if status == "avslutad" else None,
            "status": status,
        },
        "forvantade_effekter": {"kort_sikt": g.pick(sv.EFFECTS, 1, 2), "lang_sikt": g.pick(sv.EFFECTS, 1, 2)}
        if rng.random() < 0.5 else None,
        "arbetssatt": g.paragraphs(sv.METHOD, rng.randint(1, 3), **values),
        "resultat": _results(g, source) if rng.random() < 0.4 else None,
        "framgangsfaktorer": [_point(g, h, t, team) for h, t in g.pick(sv.FACTORS, 1, 3)],
        "utmaningar": [_point(g, h, t, team) for h, t in g.pick(sv.CHALLENGES, 0, 2)],
        "lardomar": [{"text": t} for t in g.pick(sv.LESSONS, 0, 2)],
        "uppfoljning": {
            "utvarderare": rng.choice(["FoU i regionen", "Kommunens utvecklingsenhet", None]),
            "beskrivning": "Teamet följer närvaron varje månad och gör en enkät till vårdnadshavarna vid avslut.",
            "foljs_upp": ["Närvaro i procent", "Antal elever i insatsen"],
            "verktyg": rng.choice(tools),
        } if rng.random() < 0.3 else None,
        "kontakter": [{
            "namn": f"{rng.choice(sv.CONTACT_FIRST)} {rng.choice(sv.CONTACT_LAST)}",
            "titel": rng.choice(sv.TITLES),
            "organisation": muni["units"][0],
            "epost": f"narvaro@{slugify(place)}.example.se",
            "kalla": source,
        }] if rng.random() < 0.8 else [],
        "historik": [{"datum": f"{rng.choice(sv.SEASONS)} {start + i}", "text": t, "kalla": source}
                     for i, t in enumerate(g.pick(sv.HISTORY, 1, 3))],
        "begrepp": g.pick(terms, 1, 3),
        "kallor": [source] + ([other_source] if rng.random() < 0.3 else []),
    }
    g.write("satsningar", slug, data)
    return slug


def _point(g: Generator, heading: str | None, text: str, team: list[str]) -> dict:
    return {"rubrik": heading, "text": text, "roll": g.rng.choice(team) if g.rng.random() < 0.3 else None}


def _results(g: Generator, source: str) -> dict:
    rng = g.rng
    series = []
    if rng.random() < 0.5:
        value = rng.randint(40, 80)
        points = []
        for label in ("Innan insats", "Efter 3 månader", "Efter 6 månader", "Efter ett år")[: rng.randint(2, 4)]:
            points.append({"tid": label, "varde": str(value), "n": str(rng.randint(8, 60))})
            value = min(100, value + rng.randint(0, 15))
        series.append({"namn": "Närvaro", "enhet": "%", "matpunkter": points, "kalla": source})
    return {"kvantitativa": series, "kvalitativa": g.pick(sv.QUALITATIVE, 1, 3)}


# ---------------------------------------------------------------- roles, tools, frameworks, wheels


def _roles(g: Generator, roles: list[str], initiatives: list[str], sources: dict) -> None:
    for slug, (name, description) in zip(roles, sv.ROLES, strict=True):
        g.write("roller", slug, {
            "namn": name,
            "beskrivning": description + "\n\n" + g.paragraphs(sv.METHOD, 1, kommun="kommunen", region="regionen",
                                                               roll=name, roll2="mentorn"),
            "bidrag": [{
                "rubrik": heading, "text": text,
                "satsning": g.rng.choice(initiatives) if initiatives and g.rng.random() < 0.5 else None,
                "kalla": g.rng.choice(sources["national"]),
            } for heading, text in g.pick([f for f in sv.FACTORS if f[0]], 1, 3)],
            "verktygslada": "true" if name in ("Skolsocionom", "Kurator") else None,
            "kallor": g.pick(sources["national"], 1, 2),
        })


def _tools(g: Generator, tools: list[str], roles: list[str], terms: list[str], sources: dict) -> None:
    for i, (slug, name) in enumerate(zip(tools, sv.TOOLS, strict=True)):
        g.write("verktyg", slug, {
            "namn": name,
            "verktygslada": sv.TOOLBOX[i % len(sv.TOOLBOX)] if i < 28 else None,
            "beskrivning": g.paragraphs(sv.METHOD, g.rng.randint(1, 2), kommun="kommunen", region="regionen",
                                        roll="Teamet", roll2="skolan"),
            "steg": [sv.fill(g.rng, s, kommun="kommunen", region="regionen", roll="Teamet", roll2="skolan")
                     for s in g.pick(sv.METHOD, 0, 4)],
            "roller": g.pick(roles, 1, 5),
            "begrepp": g.pick(terms, 0, 2),
            "kallor": g.pick(sources["national"], 1, 2),
        })


def _frameworks(g: Generator, frameworks: dict[str, str], initiatives: list[str], roles: list[str], sources: dict) -> None:
    for i, (slug, name) in enumerate(frameworks.items()):
        g.write("ramverk", slug, {
            "namn": name,
            "beskrivning": g.paragraphs(sv.PURPOSE, 1, kommun="kommunen", region="regionen"),
            "numrerad": "true" if i % 2 else None,
            "diagram": "true" if i in (2, 3) else None,
            "punkter": [{"rubrik": h, "text": t} for h, t in g.pick(sv.FACTORS + sv.CHALLENGES, 3, 7)],
            "satsningar": g.pick(initiatives, 0, 5),
            "roller": g.pick(roles, 0, 3),
            "kallor": g.pick(sources["national"], 1, 2),
        })


def _wheels(g: Generator, wheels: dict[str, str], roles: list[str], sources: dict) -> None:
    titles = ["Uppstartsmöte", "Genomgång av frånvaron", "Elevhälsomöte", "Utvecklingssamtal", "Föräldramöte",
              "Överlämning mellan stadier", "Uppföljning med vårdnadshavare", "Planeringsdag", "Utvärdering", "Skolavslutning"]
    for slug, name in wheels.items():
        g.write("arshjul", slug, {
            "namn": name,
            "beskrivning": "Återkommande moment i närvaroarbetet under läsåret.",
            "handelser": [{"manad": str(g.rng.randint(1, 12)), "titel": t,
                           "text": g.rng.choice(sv.METHOD).format(kommun="kommunen", region="regionen", roll="Teamet", roll2="skolan"),
                           "roller": g.pick(roles, 0, 3)} for t in g.pick(titles, 6, 10)],
            "kallor": g.pick(sources["national"], 1, 1),
        })


def summary(dataset: Dataset) -> str:
    counts = Counter(p.parent.name for p in dataset.folder.glob("*/*.yml"))
    return ", ".join(f"{counts[k]} {k}" for k in sorted(counts))
