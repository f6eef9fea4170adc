"""A hostile copy of a data folder: attack payloads in every text field of every kind, found by walking the models.

Every free-text field (model.Line and model.Text, at any depth, optional ones and fields of optional parts too) gets
the payloads. References, enums, URLs, e-mail addresses, dates and numbers keep valid values, so the handbook still
builds and every payload reaches a page. A field of a kind the walk does not know fails loudly instead of being
skipped, so a new field cannot slip past the test.
"""

from __future__ import annotations

import datetime as dt
import enum
import shutil
import types
import typing
from pathlib import Path

import yaml
from pydantic import BaseModel

from macros import model
from macros.kinds import KINDS
from macros.loader import load_file

MARKUP = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "[klick](javascript:window.__pwned=1)",
    '<iframe src="javascript:window.__pwned=1"></iframe>',
    "<style>body{display:none}</style>",
    '<a href="#" onclick="window.__pwned=1">x</a>',
    '{: onclick="window.__pwned=1" }',
]
# Ways out of the element or attribute a text lands in: a page title, an attribute value, raw-text elements.
BREAKOUT = [
    "</title><script>window.__pwned=1</script>",
    '"><img src=x onerror=window.__pwned=1>',
    "'><svg onload=window.__pwned=1>",
    "</textarea></noscript><script>window.__pwned=1</script>",
    "<svg><script>window.__pwned=1</script></svg>",
    "<math><mtext><img src=x onerror=window.__pwned=1>",
]
# "{# x" opens a Jinja comment: if anything evaluated the text, what follows would vanish or the build would fail.
TEMPLATE = ["{{ config }}", '{% include "mkdocs.yml" %}', "{# x", "{{ 7*7 }}", "slut"]
PAYLOADS = {"markup": MARKUP, "breakout": BREAKOUT, "template": TEMPLATE}

LINE_PATTERN = r"^[^\n]*$"
SAFE = {  # valid values for the fields that are not free text
    "url": "https://example.org/sida",
    "email": "namn@example.se",
}


def text_kind(info) -> str | None:
    """'line' or 'text' for a free-text field, None for anything else a string field can be (id, URL, e-mail)."""
    metadata = list(info.metadata)
    for inner in _strings(info.annotation):
        metadata += list(getattr(inner, "__metadata__", ()))
    patterns = {getattr(m, "pattern", None) for m in metadata} - {None}
    extra = [m.json_schema_extra for m in [info, *metadata] if isinstance(getattr(m, "json_schema_extra", None), dict)]
    if any(isinstance(m, model.Ref) for m in metadata):
        return None
    if any(e.get("format") == "markdown" for e in extra):
        return "text"
    if patterns == {LINE_PATTERN}:
        return "line"
    if patterns == {model.Url.__metadata__[0].pattern}:
        return "url"
    if patterns == {model.Email.__metadata__[0].pattern}:
        return "email"
    raise AssertionError(f"Okänt slags textfält: {info!r}. Lägg till det i tests/security/hostile.py.")


def _strings(annotation) -> list:
    """The Annotated[str, ...] types inside an annotation such as list[Text] or Line | None."""
    out, stack = [], [annotation]
    while stack:
        current = stack.pop()
        if typing.get_origin(current) is typing.Annotated:
            out.append(current)
            current = typing.get_args(current)[0]
        stack.extend(typing.get_args(current))
    return out


def _base(annotation):
    """The type inside Optional[...] / list[...] and whether it is a list."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _base(inner[0])
    if origin is list:
        return _base(typing.get_args(annotation)[0])[0], True
    if origin is typing.Annotated:
        return _base(typing.get_args(annotation)[0])
    return annotation, False


class Poisoner:
    def __init__(self, payloads: list[str], ids: dict[str, list[str]]):
        self.payloads = payloads
        self.ids = ids  # folder -> ids that exist, for references in parts the fixture does not have
        self.fields: set[str] = set()  # "Model.field" of every free-text field poisoned, for the test's report

    def value(self, kind: str, where: str) -> str:
        self.fields.add(where)
        if kind == "text":  # Markdown: each payload its own block, the strongest position for HTML and attr_list
            return "Text med attacker, frågor till kontakt@example.se:\n\n" + "\n\n".join(self.payloads) + "\n"
        return "Rad " + " ".join(self.payloads)

    def fill(self, cls: type[BaseModel], data: dict | None) -> dict:
        """data with every free-text field of cls poisoned and every optional part present."""
        data = dict(data or {})
        for name, info in cls.model_fields.items():
            key = info.alias or name
            base, many = _base(info.annotation)
            where = f"{cls.__name__}.{name}"
            if isinstance(base, type) and issubclass(base, BaseModel):
                items = data.get(key) if many else [data.get(key)]
                items = [i for i in (items or []) if i is not None] or [None]
                filled = [self.fill(base, item) for item in items]
                data[key] = filled if many else filled[0]
            elif base is str:
                kind = text_kind(info)
                if kind in ("line", "text"):
                    value = self.value(kind, where)
                    data[key] = [value] if many else value
                elif key not in data and kind in SAFE:
                    data[key] = [SAFE[kind]] if many else SAFE[kind]
                elif key not in data:
                    ref = next(m for m in _all_metadata(info) if isinstance(m, model.Ref))
                    target = self.ids[ref.folder][0]
                    data[key] = [target] if many else target
            elif key not in data:
                data[key] = _default(base, many)
        return data


def _all_metadata(info) -> list:
    out = list(info.metadata)
    for inner in _strings(info.annotation):
        out += list(getattr(inner, "__metadata__", ()))
    return out


def _default(base, many: bool):
    if isinstance(base, type) and issubclass(base, enum.Enum):
        value = next(iter(base)).value
    elif base is bool:
        value = "false"
    elif base in (int, float):
        value = "1"
    elif base is dt.date:
        value = dt.date.today().isoformat()
    else:
        raise AssertionError(f"Okänd fälttyp {base!r}. Lägg till den i tests/security/hostile.py.")
    return [value] if many else value


def poison(source: Path, dest: Path, payloads: list[str]) -> Poisoner:
    """Copy the data folder source to dest with payloads in every free-text field of every file."""
    shutil.copytree(source, dest)
    ids = {k.folder: sorted(p.stem for p in (dest / k.folder).glob("*.yml")) for k in KINDS}
    poisoner = Poisoner(payloads, ids)
    for kind in KINDS:
        for path in sorted((dest / kind.folder).glob("*.yml")):
            doc, problems = load_file(path, path.name)
            assert not problems, problems
            data = poisoner.fill(kind.model, doc.data)
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return poisoner


def every_text_field() -> set[str]:
    """'Model.field' of every free-text field reachable from the kinds' models."""
    out: set[str] = set()

    def walk(cls: type[BaseModel]) -> None:
        for name, info in cls.model_fields.items():
            base, _ = _base(info.annotation)
            if isinstance(base, type) and issubclass(base, BaseModel):
                walk(base)
            elif base is str and text_kind(info) in ("line", "text"):
                out.add(f"{cls.__name__}.{name}")

    for kind in KINDS:
        walk(kind.model)
    return out
