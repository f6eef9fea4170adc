"""'Använd som mall': a YAML skeleton with one initiative's structure (its keys and list shapes), not its facts.

A municipality downloads it, fills in its own initiative and submits it as data/satsningar/<id>.yml.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from .model import Entity
from .store import Record


def skeleton(record: Record, site_name: str) -> str:
    """The record's fields, in model order, each with an empty value and a Swedish comment saying what goes there."""
    folder = record.kind.folder
    data = record.model.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    lines = [
        f"# yaml-language-server: $schema=../../schemas/{folder}.schema.json",
        f"# Mall för en {record.kind.singular} i {site_name}. Fälten och listorna har samma form som i",
        f"# «{record.title}», men alla uppgifter är tomma: fyll i era egna.",
        f"# Spara filen som data/{folder}/<id>.yml, där id är ett kort namn med små bokstäver a–z, siffror och",
        "# bindestreck (till exempel narvaroteam-vara-kommun). Ta bort fält och rader ni inte behöver, lägg till",
        "# rader i listorna om ni behöver fler, och skicka filen som en pull request. Kommentarerna (efter #) kan stå kvar.",
        "# Kontrollera filen med 'make check' innan ni skickar den.",
        "",
    ]
    _fields(type(record.model), data, 0, lines)
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class _Field:
    key: str  # the YAML key
    comment: str
    item_comment: str  # for a list of plain values
    inner: type[BaseModel] | None  # the model of a nested mapping or of a list's items


@functools.cache
def _plan(model: type[BaseModel]) -> tuple[_Field, ...]:
    """A model's fields as the skeleton writes them, worked out once per model (a national handbook has thousands
    of initiatives, each written with the same comments)."""
    # Sources and review date come last, as in the data files.
    infos = sorted(model.model_fields.items(), key=lambda kv: kv[0] in Entity.model_fields)
    # A field without an alias has the same name in YAML (period).
    return tuple(_Field(info.alias or name, _comment(info), _item_comment(info.annotation), _model_in(info.annotation))
                 for name, info in infos)


def _fields(model: type[BaseModel], data: dict, indent: int, out: list[str]) -> None:
    pad = " " * indent
    for spec in _plan(model):
        key = spec.key
        if key not in data:
            continue
        value, comment = data[key], spec.comment
        if isinstance(value, dict):
            out.append(f"{pad}{key}:{comment}")
            _fields(spec.inner, value, indent + 2, out)
        elif isinstance(value, list):
            out.append(f"{pad}{key}:{comment}")
            inner = spec.inner
            for number, item in enumerate(value):
                if isinstance(item, dict) and inner is not None:
                    nested: list[str] = []
                    _fields(inner, item, indent + 4, nested)
                    if number:  # one explanation per list is enough
                        nested = [line.split("  # ")[0] for line in nested]
                    # The first field of a list item goes on the '- ' line.
                    out.append(f"{pad}  - {nested[0].lstrip()}")
                    out.extend(nested[1:])
                else:
                    out.append(f'{pad}  - ""' + ("" if number else spec.item_comment))
        else:
            out.append(f'{pad}{key}: ""{comment}')


def _comment(info: Any) -> str:
    parts = [info.description] if info.description else []
    choices = _enum_in(info.annotation)
    if choices:
        parts.append("Tillåtna värden: " + ", ".join(json.dumps(c.value, ensure_ascii=False) for c in choices) + ".")
    if _is_date(info.annotation) and "ÅÅÅÅ" not in (info.description or ""):
        parts.append("Skriv datumet som ÅÅÅÅ-MM-DD.")
    return _as_comment(parts)


def _item_comment(annotation: Any) -> str:
    """The explanation a list's item type carries, e.g. 'Ange id:t ... i data/aktorer/' for a list of references."""
    return _as_comment([m.description for a in _walk(annotation) for m in getattr(a, "__metadata__", ())
                        if isinstance(m, FieldInfo) and m.description][:1])


def _as_comment(parts: list[str]) -> str:
    text = " ".join(p.strip().replace("\n", " ") for p in parts)
    return f"  # {text}" if text else ""


def _walk(annotation: Any):
    stack = [annotation]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(getattr(current, "__args__", ()) or ())
        origin = getattr(current, "__origin__", None)
        if origin is not None and origin not in (list, dict):
            stack.append(origin)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    return next((a for a in _walk(annotation) if isinstance(a, type) and issubclass(a, BaseModel)), None)


def _enum_in(annotation: Any) -> type[enum.Enum] | None:
    return next((a for a in _walk(annotation) if isinstance(a, type) and issubclass(a, enum.Enum)), None)


def _is_date(annotation: Any) -> bool:
    return any(a is dt.date for a in _walk(annotation))
