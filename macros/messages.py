"""Turns pydantic's validation errors into Swedish messages an editor can act on."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel

from . import model

ENUMS_HINT = "Välj ett av de tillåtna värdena: "


def describe(error: dict[str, Any], model_cls: type[BaseModel], data: Any) -> tuple[str, str]:
    """Return (message, fix) for one pydantic error."""
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    field_info = _field_info(model_cls, error["loc"])
    description = (field_info.description or "").rstrip(".") if field_info is not None else ""
    hint = f" ({description})" if description else ""
    shown = _show(value)

    if kind == "missing":
        name = error["loc"][-1]
        return f"Fältet '{name}' saknas men måste finnas.", f"Lägg till '{name}:' med ett värde{hint}."
    if kind == "extra_forbidden":
        name = str(error["loc"][-1])
        allowed = _allowed_keys(model_cls, error["loc"][:-1])
        guess = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
        did = f" Menade du '{guess[0]}'?" if guess else ""
        return (
            f"Fältet '{name}' finns inte här.{did}",
            "Stava fältnamnet som i mallen eller flytta innehållet till rätt fält. Tillåtna fält här: "
            + ", ".join(allowed)
            + ".",
        )
    if kind == "string_type":
        if isinstance(value, list):
            return (
                "Här ska det stå en text, men det står en lista (rader som börjar med '-').",
                "Skriv texten direkt efter kolon, eller använd '|' och skriv texten på raderna under, utan '-'.",
            )
        if isinstance(value, dict):
            return "Här ska det stå en text, men det står fält (namn: värde).", "Skriv bara en text här" + hint + "."
        return f"Här ska det stå en text, men det står {shown}.", "Skriv en text" + hint + "."
    if kind == "list_type":
        return (
            f"Här ska det stå en lista, men det står {shown}.",
            "Skriv varje värde på en egen rad som börjar med '- ' (bindestreck och mellanslag).",
        )
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return (
            f"Här ska det stå fält (namn: värde), men det står {shown}.",
            "Skriv fälten på raderna under, indragna med två mellanslag. Se mallen för exempel.",
        )
    if kind in ("int_parsing", "int_from_float", "int_type"):
        return f"{shown} är inte ett heltal.", "Skriv bara siffror utan mellanslag, till exempel 300000."
    if kind in ("float_parsing", "float_type"):
        return f"{shown} är inte ett tal.", "Skriv ett tal med punkt som decimaltecken, till exempel 91 eller 12.5."
    if kind in ("bool_parsing", "bool_type"):
        return f"{shown} är inte sant eller falskt.", "Skriv true (ja) eller false (nej)."
    if kind.startswith("date"):
        return (
            f"{shown} är inte ett giltigt datum.",
            "Skriv datumet som ÅÅÅÅ-MM-DD med en månad 1–12 och en dag som finns, till exempel 2024-11-01.",
        )
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        low = _bound(model_cls, error["loc"], "ge")
        high = _bound(model_cls, error["loc"], "le")
        span = f"mellan {low} och {high}" if low is not None and high is not None else "inom tillåtna gränser"
        what = "månad" if error["loc"][-1] == "manad" else "värde"
        return f"{shown} är inte en giltig {what}: värdet måste vara {span}.", f"Ange ett värde {span}{hint}."
    if kind == "enum":
        return f"{shown} är inte ett tillåtet värde.", ENUMS_HINT + str(ctx.get("expected", "")).replace(" or ", " eller ") + "."
    if kind == "string_pattern_mismatch":
        return _pattern(ctx.get("pattern", ""), shown)
    if kind == "string_too_short":
        return "Fältet är tomt.", "Skriv en text eller ta bort fältet om det inte är obligatoriskt" + hint + "."
    if kind == "string_too_long":
        return "Texten är för lång för det här fältet.", "Korta texten eller flytta den till ett beskrivningsfält."
    if kind == "too_short":
        return "Listan är tom men måste ha minst en rad.", "Lägg till minst ett värde på en rad som börjar med '- '."
    if kind == "value_error":
        return f"Fel värde: {ctx.get('error', error['msg'])}.", "Rätta värdet" + hint + "."
    return f"Fel värde ({error['msg']}).", "Rätta värdet" + hint + "."


def _pattern(pattern: str, shown: str) -> tuple[str, str]:
    if pattern == model.SLUG_PATTERN:
        return (
            f"{shown} är inte ett giltigt id.",
            "Ett id skrivs med små bokstäver a–z, siffror och bindestreck (inga å, ä, ö, mellanslag eller /), "
            "och är filnamnet utan .yml, till exempel 'logoped'.",
        )
    if "https" in pattern:
        return (
            f"{shown} är ingen tillåten webbadress.",
            "Skriv en fullständig adress som börjar med https://, http:// eller mailto:.",
        )
    if "@" in pattern:
        return f"{shown} är ingen giltig e-postadress.", "Skriv adressen som namn@organisation.se."
    return (
        f"{shown} får bara vara en rad.",
        "Skriv texten på en rad. Längre texter hör hemma i ett beskrivningsfält.",
    )


def _show(value: Any) -> str:
    if value is None:
        return "ingenting"
    if isinstance(value, list):
        return "en lista"
    if isinstance(value, dict):
        return "flera fält"
    text = str(value)
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


def _walk(model_cls: type[BaseModel], loc: tuple) -> tuple[type[BaseModel] | None, Any]:
    """Follow a pydantic loc (aliases) to the model class and field info at its end."""
    current: Any = model_cls
    info = None
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None, info
        info = next((f for f in current.model_fields.values() if f.alias == part), None)
        if info is None:
            return current, None
        current = _inner_model(info.annotation)
    return current, info


def _inner_model(annotation: Any) -> Any:
    args = getattr(annotation, "__args__", ()) or ()
    for candidate in (annotation, *args):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
        inner = getattr(candidate, "__args__", ()) or ()
        for sub in inner:
            if isinstance(sub, type) and issubclass(sub, BaseModel):
                return sub
    return annotation


def _field_info(model_cls: type[BaseModel], loc: tuple):
    return _walk(model_cls, loc)[1]


def _allowed_keys(model_cls: type[BaseModel], loc: tuple) -> list[str]:
    parent = model_cls if not loc else _inner_model(_walk(model_cls, loc)[1].annotation) if _walk(model_cls, loc)[1] else model_cls
    if not (isinstance(parent, type) and issubclass(parent, BaseModel)):
        return []
    return [f.alias for f in parent.model_fields.values() if f.alias]


def _bound(model_cls: type[BaseModel], loc: tuple, name: str):
    info = _field_info(model_cls, loc)
    for meta in getattr(info, "metadata", []) or []:
        if hasattr(meta, name):
            return getattr(meta, name)
    return None
