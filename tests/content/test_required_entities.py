"""Everything the five sources require is in the handbook, each with its source (issue: content)."""

import re

import pytest

from macros.validation import load_handbook
from tests.support.sites import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"

INITIATIVES = [
    "Närvaroteamet Mölndal", "Barnhälsoteamet Mölndal",
    "Samverkansuppdrag/socialsekreterare med uppdrag att bygga upp samverkan med BVC och förskolan",
    "SkolPrev-teamet", "TIPS-teamet", "Närvaroteam Mölndals stad", "Närvaroteam Partille", "Närvaroteam Härryda",
    ("Samverkan för ökad skolnärvaro", "sandvikens-kommun"), ("Skolsociala team i Stockholms stad", "stockholms-stad"),
]
ROLES = [
    "logoped", "socialsekreterare", "familjebehandlare", "socialpedagog", "specialpedagog", "skolsocionom", "kurator",
    "psykolog", "skolpsykolog", "faltsekreterare", "ungdomshandledare", "fysioterapeut", "foraldraradgivare",
    "socionom", "samordnare",
]
TOOLBOX = {
    "Struktur": ["Veckoplanering", "Uppföljning", "Påminnelser"],
    "Motivation och framtid": ["Motiverande samtal", "Stödjande samtal", "Lyfta framgångar", "Prata om framtiden"],
    "Coaching och trygghet": ["Incheck och utcheck", "Tillfälligt mötas upp innan skolan",
                              "Tanka trygghet och hitta trygga personer", "Coaching och pepp vid behov",
                              "Stöd i jobbiga situationer"],
    "Lärmiljö": ["Stöd i att förbättra relation med lärarna", "Anpassning klassrum/ lärmiljöer",
                 "Länk till mentor och specialpedagog", "Stöd i början vid en ny anpassning/ lärmiljö"],
    "Vårdnadshavare": ["Regelbundna samtal och sms", "Enskilda samtal med stärkande perspektiv",
                       "Lyssna in föräldraperspektivet"],
    "Socialt och fritid": ["kontakt med klasskompisar", "Hitta fritidsintresse och följa med och vara med från start",
                           "Introducera till fältassistenter"],
    "Samverkan": ["Samordna insatser och åtgärder med skolans personal",
                  "Länka samman befintliga eller nya insatser/ åtgärder", "Kontaktperson till andra insatser vid behov",
                  "Länk och information till andra insatser inom stadsdelen", "SIP"],
}
TOOLS = [
    "sip", "franvarotrappan", "motiverande-samtal", "kartlaggning", "handlingsplan", "samverkansplan",
    "verksamhetsoverskridande-konsultation", "skavinventering-och-avvikelser", "enkelt-sprak-beteendebeskrivningar",
    "bildstod", "tydliggorande-pedagogik", "foraldrastod", "foraldrautbildning", "checklista-tidiga-tecken",
    "deltagaruppfoljning", "se-barnet-inifran",
]
FRAMEWORKS = ["oxford-atta-faktorer", "sandviken-mal-och-delmal", "sandviken-utgangslage", "sandviken-samverkansmodell",
              "stockholm-fem-punkter", "samsyn-metod-insatser", "esf-projektets-bidrag", "nycklar-till-framgang"]
ABBREVIATIONS = ["NPF", "SIP", "BUP", "UPH", "BUM", "BVC", "EHT", "BHT", "SoL", "ESF", "SST", "VGR", "RMR", "SSMFL"]
TRACKED = [
    "Kön, årskurs, ålder och skola", "Omfattning av frånvaro vid inskrivning, och vid avslut av insatsen",
    "Orsaker till frånvaroproblematiken", "Vilka insatser som genomförs och i vilken omfattning", "Resultat av insatsen",
    "Om målen i handlingsplanen är uppfyllda", "Avslutsorsak, om eleven fullföljt planering eller avslutat i förtid",
    "Elevens- och vårdnadshavares uppfattning/nöjdhet med insatsen",
]


@pytest.fixture(scope="module")
def hb():
    return load_handbook(ROOT)


@pytest.mark.parametrize("name", INITIATIVES, ids=str)
def test_every_initiative_is_there_once(hb, name):
    # Sandviken and Stockholm both call their project "Samverkan för ökad skolnärvaro": tell them apart by place.
    name, place = name if isinstance(name, tuple) else (name, None)
    matches = [r for r in hb.kind("satsningar").values()
               if name in (r.model.name, *r.model.other_names) and place in (None, r.model.municipality)]
    assert len(matches) == 1, f"{name}: {[m.id for m in matches]}"


def test_molndal_is_one_initiative_with_a_dated_history_from_three_sources(hb):
    team = hb.get("satsningar", "narvaroteam-molndal").model
    assert {h.source for h in team.history} >= {"gr-satsningar-2022", "molndal-presentation", "molndal-arsredovisning-2024"}


@pytest.mark.parametrize("role", ROLES)
def test_every_role_is_there(hb, role):
    assert role in hb.kind("roller")


def test_role_contributions_from_molndal(hb):
    assert {c.heading for c in hb.model("roller", "logoped").contributions} >= {
        "Anpassad kommunikation och språklig tillgänglighet", "Ökad kunskap om språkliga svårigheter och NPF",
        "Stärkt relationsskapande"}
    assert {c.heading for c in hb.model("roller", "socialsekreterare").contributions} >= {
        "Tidig identifiering och insats", "Effektivare samverkan", "Kunskap om lagstiftning och rättigheter",
        "Trygghet för personal"}


def test_the_whole_stockholm_toolbox_in_order(hb):
    found = {}
    for record in hb.kind("verktyg").values():
        if record.model.toolbox_category:
            found.setdefault(record.model.toolbox_category.value, []).append(record.model.name)
    for category, items in TOOLBOX.items():
        assert sorted(found.get(category, [])) == sorted(items), category


@pytest.mark.parametrize("tool", TOOLS)
def test_named_tools_are_there(hb, tool):
    assert tool in hb.kind("verktyg")


def test_participant_follow_up_tracks_every_field(hb):
    steps = " ".join(hb.model("verktyg", "deltagaruppfoljning").steps)
    for field in TRACKED:
        assert field in steps, field


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_frameworks_are_there(hb, framework):
    assert framework in hb.kind("ramverk")


def test_oxford_has_eight_factors_and_sandviken_four_goals(hb):
    assert len(hb.model("ramverk", "oxford-atta-faktorer").items) == 8
    text = str(hb.get("ramverk", "sandviken-mal-och-delmal").raw)
    for n in range(1, 5):
        assert f"Delmål {n}" in text


def test_spanga_tensta_wheel_has_every_event_marked_as_interpreted(hb):
    wheel = hb.model("arshjul", "spanga-tensta")
    assert len(wheel.events) == 13 and all(e.interpreted for e in wheel.events)
    assert wheel.interpretation_note


@pytest.mark.parametrize("abbr", ABBREVIATIONS)
def test_glossary_explains_every_abbreviation(hb, abbr):
    assert abbr in {r.model.abbreviation for r in hb.kind("begrepp").values()}


def test_law_change_is_noted_without_new_section_numbers(hb):
    sol = hb.model("begrepp", "sol")
    assert "2025:400" in sol.legal_note and "1 juli 2025" in sol.legal_note
    assert not re.search(r"\d+ kap\. \d+ § socialtjänstlag \(2025:400\)", sol.legal_note)


def test_every_entity_names_a_source(hb):
    for record in hb.records():
        if record.kind.folder != "kallor":
            assert record.model.sources, record.path


def test_every_generated_page_shows_its_sources(real_site, hb):
    for record in hb.records():
        html = (real_site / record.kind.folder / f"{record.id}.html").read_text(encoding="utf-8")
        if record.kind.folder == "kallor":
            assert "Uppgifter från källan" in html, record.path
        else:
            assert 'id="kallor"' in html and 'href="../kallor/' in html, record.path


def test_numbers_from_the_sources(hb):
    series = hb.model("satsningar", "narvaroteam-molndal").results.quantitative[0]
    assert [(p.value, p.n) for p in series.points] == [(100, 14), (91, 15), (73, 13)]


def test_every_email_and_percentage_in_the_seeds_is_in_the_data():
    data = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "data").rglob("*.yml"))
    for seed in SEEDS.glob("*.txt"):
        text = seed.read_text(encoding="utf-8")
        for email in set(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)):
            assert email in data, (seed.name, email)
        for number in set(re.findall(r"\d+(?:[,.]\d+)?\s?%", text)):
            assert number.replace(" ", "") in data.replace(" %", "%"), (seed.name, number)


def test_contacts_carry_the_date_of_their_source(real_site):
    html = (real_site / "satsningar" / "tips-teamet.html").read_text(encoding="utf-8")
    assert "helena.engstrom@socialhisingen.goteborg.se" in html
    assert "kan vara inaktuell" in html and "2021-12-19" in html
