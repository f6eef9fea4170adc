"""The handbook's data model: the one source of truth for validation, JSON Schema and rendering.

Editors write Swedish keys (aliases); Python code uses the English attribute names.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_RE = re.compile(SLUG_PATTERN)


class Ref:
    """Marks a field as a reference to an entity of another kind (by folder name)."""

    def __init__(self, folder: str):
        self.folder = folder

    def __repr__(self) -> str:
        return f"Ref({self.folder!r})"


def ref(folder: str, description: str) -> Any:
    """An id that must name an existing entity in data/<folder>/."""
    return Annotated[
        str,
        Ref(folder),
        StringConstraints(pattern=SLUG_PATTERN),
        Field(description=f"{description} Ange id:t (filnamnet utan .yml) för en fil i data/{folder}/."),
    ]


RoleId = ref("roller", "En yrkesroll.")
ToolId = ref("verktyg", "Ett verktyg eller en metod.")
PartnerId = ref("aktorer", "En aktör (organisation, verksamhet, kommun eller region).")
WheelId = ref("arshjul", "Ett årshjul.")
TermId = ref("begrepp", "Ett begrepp i ordlistan.")
SourceId = ref("kallor", "En källa.")
FrameworkId = ref("ramverk", "Ett ramverk eller en checklista.")
InitiativeId = ref("satsningar", "En satsning.")

# Plain one-line text (names, titles): shown as text, never as Markdown.
Line = Annotated[str, StringConstraints(min_length=1, max_length=300, pattern=r"^[^\n]*$")]
# Markdown text: rendered, then sanitised.
Text = Annotated[str, StringConstraints(min_length=1), Field(json_schema_extra={"format": "markdown"})]
Url = Annotated[
    str,
    StringConstraints(pattern=r"""^(https?://|mailto:)[^\s<>"']+$"""),
    Field(description="En webbadress som börjar med https://, http:// eller mailto:."),
]
Email = Annotated[
    str,
    StringConstraints(pattern=r"""^[^@\s<>"']+@[^@\s<>"']+\.[^@\s<>"']+$"""),
    Field(description="En e-postadress, till exempel namn@kommun.se."),
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=False, frozen=True)


class WorkLevel(StrEnum):
    PROMOTE = "främja"
    PREVENT = "förebygga"
    REMEDY = "åtgärda"


class SchoolLevel(StrEnum):
    PRESCHOOL = "förskola"
    PRIMARY_LOW = "lågstadiet"
    PRIMARY_MID = "mellanstadiet"
    LOWER_SECONDARY = "högstadiet"
    UPPER_SECONDARY = "gymnasiet"


class AbsenceLevel(StrEnum):
    NONE = "ingen frånvaro ännu"
    EMERGING = "begynnande frånvaro"
    AROUND_20 = "runt 20 procent"
    HIGH = "hög eller långvarig frånvaro"


class Status(StrEnum):
    PLANNED = "planerad"
    ONGOING = "pågående"
    ENDED = "avslutad"
    UNKNOWN = "okänd"


class PartnerType(StrEnum):
    MUNICIPALITY = "kommun"
    REGION = "region"
    MUNICIPAL_UNIT = "kommunal verksamhet"
    REGIONAL_UNIT = "regional verksamhet"
    NATIONAL = "nationell aktör"
    OTHER = "annan organisation"


class ToolboxCategory(StrEnum):
    STRUCTURE = "Struktur"
    MOTIVATION = "Motivation och framtid"
    COACHING = "Coaching och trygghet"
    LEARNING = "Lärmiljö"
    GUARDIANS = "Vårdnadshavare"
    SOCIAL = "Socialt och fritid"
    COLLABORATION = "Samverkan"


class SourceType(StrEnum):
    PRESENTATION = "presentation"
    REPORT = "rapport"
    SUMMARY = "sammanställning"
    HANDBOOK = "metodhandbok"
    ANNUAL_REPORT = "årsredovisning"
    EDITORIAL = "redaktionell förklaring"


class Entity(Strict):
    """Fields every entity has."""

    sources: list[SourceId] = Field(
        alias="kallor", min_length=1, description="Källorna som uppgifterna kommer från (minst en)."
    )
    reviewed: dt.date = Field(
        alias="senast_granskad",
        description="Datum (ÅÅÅÅ-MM-DD) då en redaktör senast kontrollerade innehållet mot källorna.",
    )


# ---------------------------------------------------------------- sources


class Source(Entity):
    """En källa som handbokens uppgifter bygger på."""

    sources: list[SourceId] = Field(
        default_factory=list, alias="kallor", description="Lämna tomt för en källa (den är sin egen källa)."
    )
    title: Line = Field(alias="titel", description="Källans titel som den står i dokumentet.")
    type: SourceType = Field(alias="typ", description="Vad för slags dokument källan är.")
    publisher: Line = Field(alias="utgivare", description="Vem som gav ut dokumentet.")
    author: Line | None = Field(None, alias="forfattare", description="Författare eller talare, om angivet.")
    date: Line = Field(alias="datum", description="Dokumentets datum eller period som källan anger det.")
    revised: Line | None = Field(None, alias="reviderad", description="Datum för revidering, om angivet.")
    file: Line | None = Field(None, alias="fil", description="Filnamnet på källdokumentet i projektets källmapp.")
    description: Text | None = Field(None, alias="beskrivning", description="Kort om vad källan innehåller.")
    links: list[Url] = Field(default_factory=list, alias="lankar", description="Webbadresser som källan anger.")


# ---------------------------------------------------------------- terms


class Term(Entity):
    """Ett begrepp eller en förkortning i ordlistan."""

    term: Line = Field(alias="term", description="Begreppet som det skrivs, till exempel 'Barn- och ungdomspsykiatri'.")
    abbreviation: Line | None = Field(
        None, alias="forkortning", description="Förkortningen, till exempel 'BUP'. Förklaras automatiskt på alla sidor."
    )
    definition: Text = Field(alias="forklaring", description="Förklaring på enkel svenska.")
    editorial: bool = Field(
        False,
        alias="redaktionell_forklaring",
        description="Sätt till true om förklaringen är redaktionens egen och inte står i källorna.",
    )
    legal_note: Text | None = Field(
        None, alias="lagandring", description="Notis om lagen har ändrats sedan källan skrevs."
    )
    see_also: list[TermId] = Field(default_factory=list, alias="se_aven", description="Närliggande begrepp.")


# ---------------------------------------------------------------- partners


class Partner(Entity):
    """En aktör: kommun, region, förvaltning, verksamhet eller organisation."""

    name: Line = Field(alias="namn", description="Aktörens namn som källan skriver det.")
    abbreviation: Line | None = Field(None, alias="forkortning", description="Vedertagen förkortning, om någon.")
    type: PartnerType = Field(alias="typ", description="Vad för slags aktör det är.")
    parent: PartnerId | None = Field(
        None, alias="huvudman", description="Den kommun, region eller organisation som aktören hör till."
    )
    region: PartnerId | None = Field(
        None, alias="region", description="För en kommun: regionen (länet) den ligger i. Används för gruppering."
    )
    description: Text | None = Field(None, alias="beskrivning", description="Vad aktören är och gör.")
    website: Url | None = Field(None, alias="webbplats", description="Aktörens webbplats.")
    term: TermId | None = Field(None, alias="begrepp", description="Begrepp i ordlistan som förklarar aktören.")


# ---------------------------------------------------------------- roles


class Contribution(Strict):
    heading: Line | None = Field(None, alias="rubrik", description="Kort rubrik, till exempel 'Tidig identifiering'.")
    text: Text = Field(alias="text", description="Vad rollen bidrar med.")
    initiative: InitiativeId | None = Field(None, alias="satsning", description="Satsningen där bidraget beskrivs.")
    source: SourceId = Field(alias="kalla", description="Källan där bidraget beskrivs.")


class Role(Entity):
    """En yrkesroll eller funktion i närvaroarbetet."""

    name: Line = Field(alias="namn", description="Rollens namn, till exempel 'Logoped'.")
    synonyms: list[Line] = Field(
        default_factory=list, alias="andra_namn", description="Andra namn och stavningar som källorna använder."
    )
    description: Text = Field(alias="beskrivning", description="Vad rollen är.")
    contributions: list[Contribution] = Field(
        default_factory=list, alias="bidrag", description="Vad rollen bidrar med i närvaroarbetet enligt källorna."
    )
    toolbox: bool = Field(
        False, alias="verktygslada", description="Sätt till true om Verktygslådan beskriver vad rollen kan göra."
    )


# ---------------------------------------------------------------- tools


class Tool(Entity):
    """Ett verktyg, en metod eller ett arbetssätt."""

    name: Line = Field(alias="namn", description="Verktygets eller metodens namn.")
    toolbox_category: ToolboxCategory | None = Field(
        None, alias="verktygslada", description="Kategori i Stockholms verktygslåda, om verktyget ingår där."
    )
    description: Text | None = Field(
        None,
        alias="beskrivning",
        description="Vad verktyget är och hur det används, med källans ord. För punkter i verktygslådan visas "
        "kategori och källa automatiskt; skriv bara det som källan säger utöver punktens text.",
    )
    steps: list[Text] = Field(default_factory=list, alias="steg", description="Steg, punkter eller fält i verktyget.")
    roles: list[RoleId] = Field(default_factory=list, alias="roller", description="Roller som använder verktyget.")
    terms: list[TermId] = Field(default_factory=list, alias="begrepp", description="Begrepp som hör till verktyget.")
    links: list[Url] = Field(default_factory=list, alias="lankar", description="Webbadresser, till exempel en film.")


# ---------------------------------------------------------------- frameworks


class FrameworkItem(Strict):
    heading: Line | None = Field(None, alias="rubrik", description="Punktens rubrik, om den har en.")
    text: Text | None = Field(None, alias="text", description="Punktens text.")
    items: list[Text] = Field(default_factory=list, alias="underpunkter", description="Underpunkter.")


class Framework(Entity):
    """Ett ramverk, en modell eller en checklista från källorna."""

    name: Line = Field(alias="namn", description="Ramverkets namn.")
    description: Text | None = Field(None, alias="beskrivning", description="Sammanhang och syfte.")
    ordered: bool = Field(False, alias="numrerad", description="true om punkterna har en ordning.")
    items: list[FrameworkItem] = Field(alias="punkter", min_length=1, description="Ramverkets punkter.")
    origin: Line | None = Field(None, alias="ursprung", description="Vem som tagit fram det, som källan anger.")
    initiatives: list[InitiativeId] = Field(
        default_factory=list, alias="satsningar", description="Satsningar som bygger på ramverket."
    )
    roles: list[RoleId] = Field(
        default_factory=list, alias="roller", description="Roller som ramverket kommer från eller handlar om."
    )
    diagram: bool = Field(False, alias="diagram", description="true om punkterna ska visas som ett flödesschema.")


# ---------------------------------------------------------------- annual wheels


class WheelEvent(Strict):
    month: int = Field(alias="manad", ge=1, le=12, description="Månad 1–12 (1 = januari).")
    title: Line = Field(alias="titel", description="Kort namn på händelsen.")
    text: Text | None = Field(None, alias="text", description="Händelsen som källan beskriver den.")
    interpreted: bool = Field(
        False, alias="tolkad_placering", description="true om källan inte anger månaden och redaktionen tolkat den."
    )
    roles: list[RoleId] = Field(default_factory=list, alias="roller", description="Roller som deltar.")


class Wheel(Entity):
    """Ett årshjul: återkommande händelser under året."""

    name: Line = Field(alias="namn", description="Årshjulets namn.")
    description: Text | None = Field(None, alias="beskrivning", description="Vad årshjulet är till för.")
    interpretation_note: Text | None = Field(
        None, alias="tolkning", description="Hur redaktionen placerat händelserna om källan saknar månader."
    )
    events: list[WheelEvent] = Field(alias="handelser", min_length=1, description="Händelserna under året.")
    first_month: int = Field(
        8, alias="forsta_manad", ge=1, le=12,
        description="Månaden som står överst i hjulet och först i listorna, 1–12. Anges den inte börjar hjulet i "
        "augusti (8), som ett läsår; skriv 1 för ett kalenderår.",
    )


# ---------------------------------------------------------------- initiatives


class TargetGroup(Strict):
    description: Text = Field(alias="beskrivning", description="Målgruppen med källans ord.")
    school_levels: list[SchoolLevel] = Field(default_factory=list, alias="skolformer", description="Skolformer/stadier.")
    absence_levels: list[AbsenceLevel] = Field(default_factory=list, alias="franvaro", description="Frånvaronivå.")
    age: Line | None = Field(None, alias="alder", description="Ålder eller årskurs som källan anger.")


class TeamRole(Strict):
    role: RoleId = Field(alias="roll")
    count: Line | None = Field(None, alias="antal", description="Antal som källan anger, till exempel 'fem'.")
    employer: PartnerId | None = Field(None, alias="huvudman", description="Vem som anställer rollen.")
    note: Text | None = Field(None, alias="kommentar", description="Rollens uppgift i just denna satsning.")


class PartnerLink(Strict):
    partner: PartnerId = Field(alias="aktor")
    note: Text | None = Field(None, alias="kommentar", description="Vad samverkan med aktören handlar om.")


class ToolLink(Strict):
    tool: ToolId = Field(alias="verktyg")
    note: Text | None = Field(None, alias="kommentar", description="Hur satsningen använder verktyget.")


class Funding(Strict):
    funder: PartnerId | None = Field(None, alias="finansiar", description="Aktören som finansierar.")
    description: Text = Field(alias="beskrivning", description="Finansieringen med källans ord.")
    amount_sek: int | None = Field(None, alias="belopp_kr", ge=0, description="Belopp i kronor, om angivet.")


class Period(Strict):
    start: Line | None = Field(None, alias="start", description="Start som källan anger, till exempel 'hösten 2023'.")
    end: Line | None = Field(None, alias="slut", description="Slut som källan anger.")
    status: Status = Field(alias="status", description="Status enligt senaste källan.")
    note: Text | None = Field(None, alias="kommentar", description="Förklaring, till exempel om källan är otydlig.")


class Effects(Strict):
    short: list[Text] = Field(default_factory=list, alias="kort_sikt", description="Kortsiktiga effekter.")
    medium: list[Text] = Field(default_factory=list, alias="medellang_sikt", description="Medelsiktiga effekter.")
    long: list[Text] = Field(default_factory=list, alias="lang_sikt", description="Långsiktiga effekter.")


class DataPoint(Strict):
    label: Line = Field(alias="tid", description="Tidpunkt som källan anger, till exempel 'Efter 9 veckor'.")
    value: float | None = Field(None, alias="varde", description="Mätvärdet, om källan anger ett tal.")
    n: int | None = Field(None, alias="n", ge=0, description="Antal personer vid mätpunkten.")
    text: Text | None = Field(None, alias="text", description="Mätpunkten med källans ord.")


class Series(Strict):
    name: Line = Field(alias="namn", description="Vad som mäts.")
    unit: Line | None = Field(None, alias="enhet", description="Enhet, till exempel '%'.")
    points: list[DataPoint] = Field(alias="matpunkter", min_length=1, description="Mätpunkterna i tidsordning.")
    note: Text | None = Field(None, alias="kommentar", description="Tolkning eller förbehåll.")
    source: SourceId = Field(alias="kalla", description="Källan till siffrorna.")


class Results(Strict):
    quantitative: list[Series] = Field(default_factory=list, alias="kvantitativa", description="Mätningar.")
    quantitative_notes: list[Text] = Field(
        default_factory=list, alias="kvantitativa_kommentarer", description="Kvantitativa resultat i text."
    )
    qualitative: list[Text] = Field(default_factory=list, alias="kvalitativa", description="Kvalitativa resultat.")


class Point(Strict):
    heading: Line | None = Field(None, alias="rubrik", description="Kort rubrik, om källan har en.")
    text: Text = Field(alias="text", description="Punkten med källans ord.")
    role: RoleId | None = Field(None, alias="roll", description="Rollen punkten handlar om, om någon.")
    source: SourceId | None = Field(None, alias="kalla", description="Källan, om den skiljer sig från satsningens.")


class FollowUp(Strict):
    evaluator: Line | None = Field(None, alias="utvarderare", description="Vem som utvärderat.")
    description: Text | None = Field(None, alias="beskrivning", description="Hur uppföljningen gått till.")
    tracked: list[Text] = Field(default_factory=list, alias="foljs_upp", description="Vad som följts upp.")
    tool: ToolId | None = Field(None, alias="verktyg", description="Verktyget för uppföljningen, om något.")


class Contact(Strict):
    name: Line = Field(alias="namn", description="Kontaktpersonens namn som källan publicerar det.")
    title: Line | None = Field(None, alias="titel", description="Titel eller befattning som källan anger.")
    organisation: PartnerId | None = Field(None, alias="organisation", description="Aktören personen arbetar hos.")
    email: Email | None = Field(None, alias="epost", description="E-postadress som källan publicerar den.")
    phone: Line | None = Field(None, alias="telefon", description="Telefonnummer som källan anger det.")
    source: SourceId = Field(alias="kalla", description="Källan som publicerade kontaktuppgiften.")


class HistoryEntry(Strict):
    date: Line = Field(alias="datum", description="När, som källan anger det, till exempel '2022-10-19' eller 'hösten 2023'.")
    text: Text = Field(alias="text", description="Vad som hände eller vad källan beskriver.")
    source: SourceId = Field(alias="kalla")


class Initiative(Entity):
    """En satsning eller insats för ökad skolnärvaro."""

    name: Line = Field(alias="namn", description="Satsningens namn.")
    other_names: list[Line] = Field(
        default_factory=list, alias="andra_namn", description="Andra namn som källorna använder för samma satsning."
    )
    summary: Text = Field(alias="sammanfattning", description="En eller två meningar om satsningen.")
    municipality: PartnerId = Field(alias="kommun", description="Kommunen där satsningen bedrivs.")
    owners: list[PartnerId] = Field(default_factory=list, alias="huvudman", description="Ägande organisationer.")
    purpose: Text | None = Field(None, alias="syfte", description="Syftet med källans ord.")
    goals: list[Text] = Field(default_factory=list, alias="mal", description="Mål och delmål.")
    background: Text | None = Field(None, alias="bakgrund", description="Bakgrund och utgångsläge.")
    target_group: TargetGroup | None = Field(None, alias="malgrupp", description="Vilka satsningen riktar sig till.")
    work_levels: list[WorkLevel] = Field(
        default_factory=list, alias="arbetsniva", description="Främja, förebygga och/eller åtgärda."
    )
    roles: list[TeamRole] = Field(default_factory=list, alias="roller", description="Roller i teamet.")
    partners: list[PartnerLink] = Field(default_factory=list, alias="aktorer", description="Samverkanspartner.")
    tools: list[ToolLink] = Field(default_factory=list, alias="verktyg", description="Verktyg och metoder.")
    wheels: list[WheelId] = Field(default_factory=list, alias="arshjul", description="Årshjul satsningen använder.")
    frameworks: list[FrameworkId] = Field(default_factory=list, alias="ramverk", description="Ramverk den bygger på.")
    funding: list[Funding] = Field(
        default_factory=list, alias="finansiering", description="Hur satsningen finansieras: källa och belopp."
    )
    period: Period = Field(description="När satsningen pågår och dess status.")
    effects: Effects | None = Field(
        None, alias="forvantade_effekter", description="Förväntade effekter på kort, medellång och lång sikt."
    )
    working_method: Text | None = Field(None, alias="arbetssatt", description="Hur teamet arbetar.")
    results: Results | None = Field(None, alias="resultat", description="Kvantitativa och kvalitativa resultat.")
    success_factors: list[Point] = Field(
        default_factory=list, alias="framgangsfaktorer", description="Det som enligt källan bidragit till framgång."
    )
    challenges: list[Point] = Field(default_factory=list, alias="utmaningar", description="Utmaningar och problem.")
    lessons: list[Point] = Field(default_factory=list, alias="lardomar", description="Lärdomar och reflektioner.")
    follow_up: FollowUp | None = Field(
        None, alias="uppfoljning", description="Uppföljning och utvärdering: vem som utvärderat och vad som följts upp."
    )
    contacts: list[Contact] = Field(default_factory=list, alias="kontakter", description="Kontakter som publicerade.")
    history: list[HistoryEntry] = Field(default_factory=list, alias="historik", description="Daterad historik.")
    terms: list[TermId] = Field(default_factory=list, alias="begrepp", description="Begrepp som satsningen använder.")

    @field_validator("owners")
    @classmethod
    def _unique_owners(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("samma huvudman står flera gånger")
        return value
