"""The organisation's own settings (name, owner, logo, colours, contact, repository, licence) from installningar.yml.

Everything that differs between two handbooks built with this engine lives in that one file, so the engine files
(mkdocs.yml, docs/, macros/ ...) can be updated without touching an organisation's choices.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from . import messages
from .loader import load_file
from .model import Line, Url
from .problems import DataError, Problem

FILE = "installningar.yml"
CSS_PATH = "assets/installningar.css"
HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
LOGO_PATH = re.compile(r"^(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+(?:\.[A-Za-z0-9]+)+$")  # a/b.svg; no "..", "/x", "\\"
MIN_CONTRAST = 4.5  # WCAG 2.1 AA for normal text: white header text on the main colour, links on white


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Colours(_Strict):
    primary: str = Field("#1d4f73", alias="huvudfarg", description="Sidhuvudets färg, till exempel '#1d4f73'.")
    accent: str = Field("#0b6e4f", alias="accentfarg", description="Färg för länkar man pekar på och markeringar.")

    @field_validator("primary", "accent")
    @classmethod
    def _readable(cls, value: str) -> str:
        if not HEX.match(value):
            raise ValueError(f"'{value}' är ingen färgkod; skriv den som # och sex tecken 0–9/a–f, till exempel '#1d4f73'")
        ratio = contrast(value, "#ffffff")
        if ratio < MIN_CONTRAST:
            raise ValueError(
                f"färgen {value} har kontrasten {_sv(ratio)}:1 mot vitt, men minst {_sv(MIN_CONTRAST)}:1 krävs för "
                "att text ska gå att läsa (WCAG 2.1 AA); välj en mörkare färg"
            )
        return value.lower()


class Contact(_Strict):
    label: Line = Field(alias="text", description="Länktexten, till exempel 'Skriv till redaktionen'.")
    url: Url = Field(alias="adress", description="Vart läsaren kommer: en webbadress eller mailto:adress.")


class Repository(_Strict):
    url: Url = Field(alias="adress", description="Adressen till handbokens källkod, till exempel på GitHub.")
    name: Line | None = Field(None, alias="namn", description="Namnet som visas i sidhuvudet; annars adressens slut.")
    branch: Line = Field("main", alias="gren", description="Grenen som redigeringslänkarna öppnar.")


class Licence(_Strict):
    name: Line = Field("CC BY 4.0", alias="namn")
    url: Url = Field("https://creativecommons.org/licenses/by/4.0/deed.sv", alias="adress")


class Settings(_Strict):
    """installningar.yml: one handbook's organisation-specific settings."""

    site_name: Line = Field(alias="namn", description="Handbokens namn: sidhuvud, fliktitel och sidfot.")
    description: Line | None = Field(None, alias="beskrivning", description="En mening om handboken (för sökmotorer).")
    owner: Line | None = Field(None, alias="utgivare", description="Vem som ger ut handboken.")
    copyright: Line | None = Field(None, alias="sidfot", description="Texten längst ner på varje sida.")
    logo: Line | None = Field(None, alias="logotyp", description="Bildfil under docs/, till exempel assets/logotyp.svg.")
    colours: Colours = Field(default_factory=Colours, alias="farger")
    contact: Contact | None = Field(None, alias="kontakt", description="Vart läsare vänder sig med frågor och fel.")
    repository: Repository | None = Field(None, alias="kallkod", description="Var handbokens filer finns (Git).")
    licence: Licence = Field(default_factory=Licence, alias="licens", description="Licensen för öppna data.")

    @field_validator("logo")
    @classmethod
    def _inside_docs(cls, value: str | None) -> str | None:
        # The logo is a file name: it must stay inside docs/, like every file the site is built from.
        if value is not None and not LOGO_PATH.match(value):
            raise ValueError(
                f"'{value}' är ingen sökväg inuti docs/: skriv den från docs/ med bokstäverna a–z, siffror, - och _, "
                "utan .. och utan / eller \\ först, till exempel assets/logotyp.svg"
            )
        return value

    @property
    def branch(self) -> str:
        return self.repository.branch if self.repository else "main"


def load(root: Path) -> Settings:
    """The settings of the handbook at root; DataError (Swedish) if the file is missing or wrong."""
    path = Path(root) / FILE
    stamp = path.stat().st_mtime_ns if path.exists() else None
    return _load(path, stamp)


@lru_cache(maxsize=8)
def _load(path: Path, stamp: int | None) -> Settings:
    if stamp is None:
        raise DataError([Problem(FILE, None, None, f"Filen {FILE} saknas.",
                                 f"Skapa {FILE} bredvid mkdocs.yml med minst raden 'namn: Handbokens namn'.")])
    doc, problems = load_file(path, FILE)
    if problems:
        raise DataError(problems)
    try:
        return Settings.model_validate(doc.data)
    except ValidationError as exc:
        raise DataError([
            Problem(FILE, doc.line_of(tuple(e["loc"])), ".".join(map(str, e["loc"])) or None,
                    *messages.describe(e, Settings, doc.data))
            for e in exc.errors()
        ]) from None


def apply(config, root: Path) -> Settings:
    """Put the settings into MkDocs' config: names, links, footer, logo, and the colour stylesheet."""
    s = load(root)
    config.site_name = s.site_name
    config.site_description = s.description
    config.site_author = s.owner
    config.copyright = s.copyright
    if s.repository:
        config.repo_url = s.repository.url
        config.repo_name = s.repository.name or s.repository.url.rstrip("/").rsplit("/", 1)[-1]
        config.edit_uri = f"edit/{s.repository.branch}/docs/"
    else:
        config.repo_url = config.repo_name = config.edit_uri = None
    if s.logo:
        if not (Path(root) / "docs" / s.logo).is_file():
            raise DataError([Problem(FILE, None, "logotyp", f"Bildfilen docs/{s.logo} finns inte.",
                                     "Lägg bilden i docs/assets/ och skriv sökvägen från docs/, till exempel assets/logotyp.svg.")])
        config.theme["logo"] = s.logo
        config.theme["favicon"] = s.logo
    config.extra["kontakt"] = s.contact.label if s.contact else ""
    config.extra["kontakt_url"] = s.contact.url if s.contact else ""
    config.extra["licens"] = s.licence.name
    config.extra["licens_url"] = s.licence.url
    if CSS_PATH not in config.extra_css:
        config.extra_css.append(CSS_PATH)
    return s


def colour_css(s: Settings) -> str:
    """The colour variables handbok.css uses, from the settings; loaded after handbok.css so it wins."""
    primary, accent = s.colours.primary, s.colours.accent
    return (
        f"/* Generated from {FILE} (farger). Edit the colours there, not here. */\n"
        ":root {\n"
        f"  --nh-primary: {primary};\n"
        f"  --nh-accent: {accent};\n"
        f"  --nh-bar: {primary};\n"
        f"  --md-primary-fg-color--light: {mix(primary, '#ffffff', 0.15)};\n"
        f"  --md-primary-fg-color--dark: {mix(primary, '#000000', 0.3)};\n"
        "}\n"
    )


def _sv(number: float) -> str:
    return f"{number:.1f}".replace(".", ",")


def _channels(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def mix(colour: str, other: str, share: float) -> str:
    """colour with `share` of other mixed in, as #rrggbb."""
    a, b = _channels(colour), _channels(other)
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


def contrast(one: str, two: str) -> float:
    """WCAG 2.1 contrast ratio of two #rrggbb colours."""

    def luminance(colour: str) -> float:
        lin = [(c / 255 / 12.92) if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in _channels(colour)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)
