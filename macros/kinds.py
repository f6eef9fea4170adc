"""The entity kinds: which folder under data/ holds which model, and how the site names them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from . import model


@dataclass(frozen=True)
class Kind:
    folder: str  # folder under data/ and URL prefix of the generated pages
    model: type[BaseModel]
    title: str  # section title on the site
    singular: str  # "satsning", used in messages and listings
    macro: str  # name of the macro that renders one entity
    none_of: str  # "ingen satsning", for error messages


KINDS: tuple[Kind, ...] = (
    Kind("satsningar", model.Initiative, "Satsningar", "satsning", "initiative", "ingen satsning"),
    Kind("roller", model.Role, "Yrkesroller", "yrkesroll", "role", "ingen yrkesroll"),
    Kind("verktyg", model.Tool, "Verktygslådan", "verktyg", "tool", "inget verktyg"),
    Kind("ramverk", model.Framework, "Ramverk och checklistor", "ramverk", "framework", "inget ramverk"),
    Kind("arshjul", model.Wheel, "Årshjul", "årshjul", "wheel", "inget årshjul"),
    Kind("aktorer", model.Partner, "Aktörer", "aktör", "partner", "ingen aktör"),
    Kind("begrepp", model.Term, "Begrepp", "begrepp", "term", "inget begrepp"),
    Kind("kallor", model.Source, "Källor", "källa", "source", "ingen källa"),
)

BY_FOLDER: dict[str, Kind] = {kind.folder: kind for kind in KINDS}


def write_per_kind(folder: Path, name: Callable[[Kind], str], text: Callable[[Kind], str]) -> list[Path]:
    """One file per kind in folder (the JSON Schemas, the editors' templates): the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        path = folder / name(kind)
        path.write_text(text(kind), encoding="utf-8")
        written.append(path)
    return written
