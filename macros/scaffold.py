"""New data files (`make ny`) and the templates in mallar/: every field of a kind, explained from the model.

One generator serves both: mallar/<kind>.yml is rendered with placeholders, `python -m macros new` renders the same
layout with the editor's answers, so the file is valid as written. The YAML layout is in templates/scaffold/.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

import annotated_types
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from . import model
from .kinds import BY_FOLDER, KINDS, Kind, write_per_kind
from .loader import dotted, load_file
from .problems import DataError, Problem
from .validation import load_handbook, slugify

PLACEHOLDER = "FYLL I"  # text the editor replaces; `check` warns about it, `check --final` refuses it
PLACEHOLDER_ID = "fyll-i"  # an id or a choice the editor replaces; it never validates
PLACEHOLDER_URL = "https://FYLL-I"
PLACEHOLDER_EMAIL = "FYLL-I@exempel.se"
_LEFT_OVER = re.compile(r"FYLL[ -]I")
DATE_PLACEHOLDER = "ÅÅÅÅ-MM-DD"
_OWN_VALUES = {PLACEHOLDER, PLACEHOLDER_ID, DATE_PLACEHOLDER, PLACEHOLDER_URL, PLACEHOLDER_EMAIL}  # written as they are
TEMPLATES = Path(__file__).parent / "templates" / "scaffold"
WRAP = 100
_BASE_FIELDS = tuple(model.Entity.model_fields)  # kallor and senast_granskad close every file, as in data/
_PLAIN = re.compile(r"^[A-Za-zÅÄÖåäöÉéÜü][\w .,()/'’–-]*$")
_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


# ---------------------------------------------------------------- what the model says about each field


@dataclass(frozen=True)
class Spec:
    key: str  # the Swedish key
    description: str
    required: bool
    shape: str  # text, line, url, email, id, choice, date, bool, int, float, object
    many: bool = False
    folder: str | None = None  # for ids: the folder under data/
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    children: tuple[Spec, ...] = ()


def specs(model_cls: type[BaseModel]) -> list[Spec]:
    """The fields of a model in the order an editor meets them (sources and review date last)."""
    items = list(model_cls.model_fields.items())
    ordered = [i for i in items if i[0] not in _BASE_FIELDS] + [i for i in items if i[0] in _BASE_FIELDS]
    return [_spec(name, info) for name, info in ordered]


def _spec(name: str, info: FieldInfo) -> Spec:
    meta: list[Any] = list(info.metadata)
    annotation, many = info.annotation, False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            meta += list(annotation.__metadata__)
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
        elif origin is list:
            many, annotation = True, typing.get_args(annotation)[0]
        else:
            break
    inner = [m for m in meta if isinstance(m, FieldInfo)]
    description = info.description or next((m.description for m in inner if m.description), "")
    extras = [info.json_schema_extra, *(m.json_schema_extra for m in inner)]
    ref = next((m for m in meta if isinstance(m, model.Ref)), None)
    bounds = {type(m).__name__: m for m in meta if isinstance(m, annotated_types.Ge | annotated_types.Le)}
    common = dict(key=info.alias or name, description=description, required=info.is_required(), many=many)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return Spec(shape="object", children=tuple(specs(annotation)), **common)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return Spec(shape="choice", choices=tuple(m.value for m in annotation), **common)
    if ref is not None:
        return Spec(shape="id", folder=ref.folder, **common)
    simple = {dt.date: "date", bool: "bool", int: "int", float: "float"}
    if annotation in simple:
        return Spec(shape=simple[annotation], minimum=getattr(bounds.get("Ge"), "ge", None),
                    maximum=getattr(bounds.get("Le"), "le", None), **common)
    markdown = any(isinstance(e, dict) and e.get("format") == "markdown" for e in extras)
    patterns = [getattr(m, "pattern", None) or "" for m in meta]
    if any("https" in p for p in patterns):
        return Spec(shape="url", **common)
    if any("@" in p for p in patterns):
        return Spec(shape="email", **common)
    return Spec(shape="text" if markdown else "line", **common)


def _hint(spec: Spec) -> str:
    """How to write a value of this shape, in Swedish."""
    each = " Ett värde per rad, med '- ' först." if spec.many else ""
    if spec.shape == "text":
        return ("Texter, en per rad med '- ' först. Sätt citattecken runt en text med kolon följt av mellanslag." if spec.many
                else "Text på raderna under '|', indragna två mellanslag (flera rader och stycken går bra).")
    if spec.shape in ("url", "email"):
        return each.strip()
    if spec.shape == "line":
        return "En rad text." + each
    if spec.shape == "id":
        if f"data/{spec.folder}/" in spec.description and not spec.many:
            return ""
        return f"Id:t (filnamnet utan .yml) för en fil i data/{spec.folder}/." + each
    if spec.shape == "choice":
        choices = ", ".join(spec.choices)
        return (f"Välj ett eller flera av: {choices}." + each) if spec.many else f"Välj ett av: {choices}."
    if spec.shape == "date":
        return "Datum som ÅÅÅÅ-MM-DD."
    if spec.shape == "bool":
        return "true (ja) eller false (nej); utan fältet gäller false."
    if spec.shape == "int":
        if spec.minimum is not None and spec.maximum is not None:
            return f"Ett heltal {spec.minimum}–{spec.maximum}."
        return "Ett heltal utan mellanslag" + (f", minst {spec.minimum}." if spec.minimum is not None else ".")
    if spec.shape == "float":
        return "Ett tal med punkt som decimaltecken, till exempel 12.5."
    if spec.many:
        return "En lista: varje post börjar med '- ' och har fälten nedan."
    return "Fälten nedan hör hit och skrivs indragna med två mellanslag."


def _help(spec: Spec, starts_comment: bool, indent: int) -> list[str]:
    hint = "" if spec.shape == "date" and "ÅÅÅÅ-MM-DD" in spec.description else _hint(spec)
    parts = [spec.description, hint, "Obligatoriskt." if spec.required else "Frivilligt."]
    if starts_comment:
        parts[-1] = "Frivilligt: ta bort '# ' på raderna nedan för att använda det."
    text = " ".join(p.strip() for p in parts if p)
    return textwrap.wrap(text, width=WRAP - indent - 2, break_long_words=False, break_on_hyphens=False)


# ---------------------------------------------------------------- the values written into the file


@dataclass
class Fill:
    """Where the values come from: placeholders for mallar/, the editor's answers for `make ny`."""

    name: str = PLACEHOLDER
    today: str = DATE_PLACEHOLDER
    answers: dict[str, list[str]] = field(default_factory=dict)  # "period.status" -> ["pågående"]
    example_id: Callable[[str], str] = lambda folder: PLACEHOLDER_ID
    show_all: bool = False  # every field in use, none commented out (for tests of the layout)
    name_field: str = ""  # the key that takes the name (namn, term or titel); set by render()


@dataclass
class Node:
    key: str
    help: list[str]
    off: bool = False  # starts a commented-out block
    inline: str | None = None  # key: value
    block: str | None = None  # key: | and the text below
    items: list[str] = field(default_factory=list)  # key: and "- item" lines
    children: list[Node] = field(default_factory=list)  # key: and nested fields
    listed: bool = False  # the children form one list item ("- ")


def name_key(kind: Kind) -> str:
    """The field that names an entity: the first required one-line text (namn, term or titel)."""
    return next(s.key for s in specs(kind.model) if s.required and s.shape == "line" and not s.many)


def _nodes(spec_list: list[Spec] | tuple[Spec, ...], prefix: str, live: bool, fill: Fill, indent: int,
           force_first: bool = False) -> list[Node]:
    nodes = []
    for i, spec in enumerate(spec_list):
        in_use = spec.required or (force_first and i == 0)
        off = live and not in_use and not fill.show_all
        nodes.append(_node(spec, f"{prefix}{spec.key}", live and not off, fill, indent, off))
    return nodes


def _node(spec: Spec, path: str, live: bool, fill: Fill, indent: int, off: bool) -> Node:
    node = Node(spec.key, _help(spec, off, indent), off)
    if spec.shape == "object":
        step = 4 if spec.many else 2
        optional_only = not any(c.required for c in spec.children)
        node.children = _nodes(spec.children, f"{path}.", live, fill, indent + step, force_first=live and optional_only)
        node.listed = spec.many
        if live and spec.many:  # the dash of a list item goes on its first line in use
            node.children.sort(key=lambda child: child.off)
        return node
    raw = spec.shape in ("date", "bool", "int", "float")  # written as YAML dates, booleans and numbers
    values = [v if raw else _scalar(v) for v in _values(spec, path, live, fill)]
    if spec.many:
        node.items = values
    elif spec.shape == "text":
        node.block = values[0]
    else:
        node.inline = values[0]
    return node


def _values(spec: Spec, path: str, live: bool, fill: Fill) -> list[str]:
    if path in fill.answers:
        return fill.answers[path]
    if spec.shape == "id":
        return [fill.example_id(spec.folder or "")]
    if spec.shape == "choice":
        return [PLACEHOLDER_ID if live and spec.required else spec.choices[0]]
    if spec.shape == "date":
        return [fill.today]
    if spec.shape == "bool":
        return ["true"]
    if spec.shape in ("url", "email"):
        return [PLACEHOLDER_URL if spec.shape == "url" else PLACEHOLDER_EMAIL]
    if spec.shape in ("int", "float"):
        return [str(spec.minimum if spec.minimum is not None else 0)]
    return [fill.name if live and path == fill.name_field else PLACEHOLDER]


def _scalar(value: str) -> str:
    """A YAML scalar that every YAML reader sees as this text: plain when safe, else double-quoted."""
    if value in _OWN_VALUES:
        return value
    if _PLAIN.match(value) and value.lower() not in _YAML11_WORDS and value == value.strip():
        return value
    return json.dumps(value, ensure_ascii=False)


def render(kind: Kind, fill: Fill, header: list[str]) -> str:
    fill.name_field = fill.name_field or name_key(kind)
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, keep_trailing_newline=True,
                      trim_blocks=True, lstrip_blocks=True)
    nodes = _nodes(specs(kind.model), "", not fill.show_all, fill, 0)
    return env.get_template("entity.yml.j2").render(folder=kind.folder, header=header, nodes=nodes)


# ---------------------------------------------------------------- mallar/


def template_header(kind: Kind) -> list[str]:
    return [
        f"Mall för {kind.singular} (en fil i data/{kind.folder}/). Skapad från datamodellen med make schemas.",
        f"Så använder du mallen: skapa filen data/{kind.folder}/<id>.yml, där <id> är namnet med små bokstäver",
        f"a–z, siffror och bindestreck (till exempel {slugify('exempel ' + kind.singular)}.yml), och klistra in hela mallen.",
        "Eller kör make ny, som skapar filen åt dig och frågar efter det som måste fyllas i.",
        f"Byt ut varje {PLACEHOLDER}, {PLACEHOLDER_ID} och {DATE_PLACEHOLDER} mot riktiga uppgifter från källan.",
        *_common_header(),
    ]


def _common_header() -> list[str]:
    return [
        "Rader som börjar med # är förklaringar eller frivilliga fält. Ta bort '# ' i början av raderna för att",
        "använda ett frivilligt fält, och ta bort fält du inte behöver. Mer hjälp finns i CONTRIBUTING.md.",
    ]


def template_text(kind: Kind) -> str:
    return render(kind, Fill(), template_header(kind))


def write_templates(root: Path) -> list[Path]:
    return write_per_kind(root / "mallar", lambda kind: f"{kind.folder}.yml", template_text)


# ---------------------------------------------------------------- placeholders left in data/


def placeholder_problems(root: Path, final: bool = False) -> list[Problem]:
    """Every FYLL I still in data/: a warning while editing, an error before publishing (final)."""
    found = []
    for path in sorted((root / "data").glob("*/*.yml")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if not _LEFT_OVER.search(text):
            continue
        shown = path.relative_to(root).as_posix()
        doc, _ = load_file(path, shown)
        if doc is None:
            continue
        for loc, value in _strings(doc.data, ()):
            if match := _LEFT_OVER.search(value):
                found.append(Problem(
                    shown, doc.line_of(loc), dotted(loc) or None,
                    f"Här står fortfarande '{match.group(0)}' från mallen.",
                    f"Skriv in uppgiften från källan i stället för {PLACEHOLDER}, eller ta bort fältet om det är "
                    "frivilligt (förklaringen står på raderna ovanför fältet).",
                    warning=not final,
                ))
    return found


def _strings(value: Any, loc: tuple) -> typing.Iterator[tuple[tuple, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*loc, index))
    elif isinstance(value, str):
        yield loc, value


# ---------------------------------------------------------------- `python -m macros new`


class Stop(Exception):
    """The command cannot go on; the message tells the editor why."""


def questions(kind: Kind) -> list[tuple[str, Spec]]:
    """The values a new file cannot do without and that have no placeholder: required ids and choices."""
    found: list[tuple[str, Spec]] = []

    def walk(spec_list, prefix: str) -> None:
        for spec in spec_list:
            if not spec.required:
                continue
            if spec.shape == "object":
                walk(spec.children, f"{prefix}{spec.key}.")
            elif spec.shape in ("id", "choice"):
                found.append((f"{prefix}{spec.key}", spec))

    walk(specs(kind.model), "")
    return found


def new_file(root: Path, args: list[str], ask: Callable[[str], str] = input, say: Callable[[str], None] = print) -> int:
    """Ask for (or take from args) the kind, the name and the required choices; write a valid data file."""
    try:
        path = _new_file(root, args, ask, say)
    except Stop as exc:
        say(f"{exc}\nIngen fil skapades.")
        return 1
    except EOFError:  # no one to answer (a script or CI): say how to give the answers as arguments
        say("\nSvar saknas. Ingen fil skapades. Ange svaren som argument, till exempel: "
            "python -m macros new satsningar \"Namn\" kommun=<id> period.status=pågående kallor=<id>")
        return 1
    except KeyboardInterrupt:
        say("\nAvbrutet. Ingen fil skapades.")
        return 1
    return _report_new(root, path, say)


def _new_file(root: Path, args: list[str], ask, say) -> Path:
    positional = [a for a in args if "=" not in a]
    answers = dict(a.split("=", 1) for a in args if "=" in a)
    kind = _resolve_kind(positional[0], say) if positional else _ask_kind(ask, say)
    name = positional[1] if len(positional) > 1 else _ask_name(kind, ask)
    name = " ".join(name.split())
    if not name or slugify(name) == "namn" and name.lower() != "namn":
        raise Stop(f"Namnet '{name}' går inte att använda: det behövs minst en bokstav eller siffra a–z, 0–9.")
    if len(name) > 300:
        raise Stop("Namnet är längre än 300 tecken. Skriv ett kortare namn; längre text hör hemma i beskrivningen.")
    ident = slugify(name)
    path = root / "data" / kind.folder / f"{ident}.yml"
    if path.exists():
        raise Stop(f"Filen data/{kind.folder}/{ident}.yml finns redan. Öppna den och ändra där, eller välj ett annat namn.")
    known = _known_ids(root)
    fill = Fill(name=name, today=dt.date.today().isoformat())
    for key, spec in questions(kind):
        raw = answers.pop(key, None)
        fill.answers[key] = _answer(key, spec, raw, known, ask, say)
    if answers:
        allowed = ", ".join(f"{k}=…" for k, _ in questions(kind)) or "inga"
        raise Stop(f"Okänt svar: {', '.join(answers)}. För {kind.singular} går det att ange: {allowed}.")
    header = [f"Fil för {kind.singular}, skapad med make ny {fill.today}.",
              f"Byt ut varje {PLACEHOLDER} (och {PLACEHOLDER_ID} i de frivilliga fält du tar med) mot uppgifter från källan.",
              *_common_header()]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(kind, fill, header), encoding="utf-8")
    return path


def _resolve_kind(text: str, say) -> Kind:
    wanted = slugify(text.strip())
    for number, kind in enumerate(KINDS, 1):
        if wanted in (str(number), kind.folder, slugify(kind.singular), slugify(kind.title)):
            return kind
    names = ", ".join(f"{k.folder} ({k.singular})" for k in KINDS)
    raise Stop(f"Det finns inget slag som heter '{text}'. Välj ett av: {names}.")


def _ask_kind(ask, say) -> Kind:
    say("Vad vill du lägga till?")
    for number, kind in enumerate(KINDS, 1):
        say(f"  {number}. {kind.singular} (data/{kind.folder}/)")
    while True:
        try:
            return _resolve_kind(ask("Skriv siffran eller namnet: "), say)
        except Stop as exc:
            say(str(exc))


def _ask_name(kind: Kind, ask) -> str:
    prompts = {"term": "Skriv begreppet som källan skriver det (förkortningen fyller du i sedan): ",
               "titel": "Skriv källans titel som den står i dokumentet: "}
    return ask(prompts.get(name_key(kind), f"Skriv namnet ({kind.singular}) som källan skriver det: "))


def _known_ids(root: Path) -> dict[str, dict[str, str]]:
    """Existing ids per folder, with titles when the data loads."""
    try:
        handbook = load_handbook(root)
        return {k.folder: {i: r.title for i, r in handbook.kind(k.folder).items()} for k in KINDS}
    except DataError:
        return {k.folder: {p.stem: "" for p in sorted((root / "data" / k.folder).glob("*.yml"))} for k in KINDS}


def _answer(key: str, spec: Spec, raw: str | None, known: dict, ask, say) -> list[str]:
    options = dict(known.get(spec.folder, {})) if spec.shape == "id" else {c: "" for c in spec.choices}
    if not options:
        raise Stop(f"Det finns ännu ingen fil i data/{spec.folder}/. Skapa först en {BY_FOLDER[spec.folder].singular} "
                   f"med make ny.")
    if raw is not None:
        return _parse(key, spec, raw, options)
    say(f"\n{key}: {spec.description}")
    numbered = list(options)
    for number, value in enumerate(numbered, 1):
        title = options[value]
        say(f"  {number:>2}. {value}" + (f" – {title}" if title else ""))
    several = " (en eller flera, med kommatecken emellan)" if spec.many else ""
    while True:
        text = ask(f"Skriv siffran eller {'id:t' if spec.shape == 'id' else 'värdet'}{several}: ")
        picked = [numbered[int(t) - 1] if t.strip().isdigit() and 0 < int(t) <= len(numbered) else t.strip()
                  for t in text.split(",")]
        try:
            return _parse(key, spec, ",".join(picked), options)
        except Stop as exc:
            say(str(exc))


def _parse(key: str, spec: Spec, raw: str, options: dict[str, str]) -> list[str]:
    values = [v.strip() for v in raw.split(",") if v.strip()] if spec.many else [raw.strip()]
    wrong = [v for v in values if v not in options]
    if not values or wrong:
        where = f"en fil i data/{spec.folder}/" if spec.shape == "id" else "ett av: " + ", ".join(options)
        shown = ", ".join(f"'{w}'" for w in wrong) or "ingenting"
        raise Stop(f"{key}: {shown} går inte. Ange {where}.")
    return values


def _report_new(root: Path, path: Path, say) -> int:
    shown = path.relative_to(root).as_posix()
    try:
        load_handbook(root)
        problems: list[Problem] = []
    except DataError as exc:
        problems = [p for p in exc.problems if p.file == shown and not p.warning]
    if problems:  # only if the model and the generator disagree: tell the editor exactly what to fix
        say("\n".join(p.format() for p in problems))
        say(f"\nFilen {shown} är skapad men har fel (se ovan). Rätta dem innan du fortsätter.")
        return 1
    todo = [p for p in placeholder_problems(root) if p.file == shown]
    say(f"\nSkapade {shown}. Filen är giltig och syns på webbplatsen när den byggs.")
    if todo:
        say(f"Fyll i fälten där det står {PLACEHOLDER} (förklaringen står ovanför varje fält):")
        for problem in todo:
            say(f"  rad {problem.line}: {problem.field}")
    folder, ident = path.parent.name, path.stem
    say(f"Frivilliga fält står bortkommenterade med '# '. Förhandsgranska med make serve: "
        f"http://127.0.0.1:8000/{folder}/{ident}.html")
    return 0
