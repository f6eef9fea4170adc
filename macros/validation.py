"""Loads every data file, validates it against the model and checks that references resolve."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import gc
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from . import messages
from .kinds import BY_FOLDER, KINDS, Kind
from .loader import Loaded, dotted, load_files
from .model import SLUG_RE, Ref
from .problems import DataError, Problem
from .store import Handbook, Record

REVIEW_MAX_AGE = dt.timedelta(days=365)


def load_handbook(root: Path, today: dt.date | None = None) -> Handbook:
    """Read data/ under root. Raises DataError with every problem found; returns the handbook otherwise."""
    # Reading makes millions of small objects and no reference cycles: the cyclic garbage collector would walk
    # them again and again for nothing (a fifth of the time at national scale).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_handbook(root, today)
    finally:
        if collecting:
            gc.enable()


def _load_handbook(root: Path, today: dt.date | None) -> Handbook:
    root = Path(root)
    handbook = Handbook(root=root)
    problems: list[Problem] = []
    loaded: dict[tuple[str, str], Loaded] = {}
    # Files that exist but failed: references to them are not reported again.
    broken: set[tuple[str, str]] = set()
    data_dir = root / "data"
    if not data_dir.is_dir():
        raise DataError([Problem("data/", None, None, "Mappen data/ saknas.", "Skapa mappen data/ med en mapp per slag.")])
    if data_dir.is_symlink():
        raise DataError([_linked(data_dir, root)])
    for stray in sorted(p for p in data_dir.iterdir() if p.is_file() and p.suffix in (".yml", ".yaml")):
        problems.append(_misplaced(stray, root))
    wanted: list[tuple[Kind, Path, str]] = []  # the files to read, checked one by one after reading them all
    for kind in KINDS:
        handbook.entities[kind.folder] = {}
        folder = data_dir / kind.folder
        if not folder.is_dir():
            continue
        if folder.is_symlink():
            problems.append(_linked(folder, root))
            continue
        for path in sorted(folder.iterdir()):
            shown = path.relative_to(root).as_posix()
            if path.is_dir() or path.name.startswith("."):
                continue
            if path.is_symlink():
                problems.append(_linked(path, root))
                continue
            if path.suffix != ".yml":
                if path.suffix == ".yaml":
                    problems.append(Problem(shown, None, None, "Filändelsen ska vara .yml.", f"Döp om filen till {path.stem}.yml."))
                continue
            if not SLUG_RE.match(path.stem):
                problems.append(
                    Problem(
                        shown,
                        None,
                        None,
                        f"Filnamnet '{path.name}' är inte tillåtet: det blir sidans id och adress och får bara "
                        "innehålla små bokstäver a–z, siffror och bindestreck.",
                        f"Döp om filen till '{slugify(path.stem)}.yml'.",
                    )
                )
                continue
            wanted.append((kind, path, shown))
    read = load_files([(path, shown) for _, path, shown in wanted])
    for (kind, path, shown), (doc, file_problems) in zip(wanted, read, strict=True):
        problems += file_problems
        broken.add((kind.folder, path.stem))
        if doc is None:
            continue
        if not isinstance(doc.data, dict):
            problems.append(
                Problem(shown, 1, None, "Filen ska bestå av fält (namn: värde), inte av en lista eller en ensam text.",
                        "Börja med fälten i mallen, ett per rad: namn: ...")
            )
            continue
        try:
            instance = kind.model.model_validate(doc.data)
        except ValidationError as exc:
            for error in exc.errors():
                message, fix = messages.describe(error, kind.model, doc.data)
                loc = tuple(error["loc"])
                problems.append(Problem(shown, doc.line_of(loc), dotted(loc) or None, message, fix))
            continue
        handbook.entities[kind.folder][path.stem] = Record(kind, path.stem, shown, instance, doc.data)
        loaded[(kind.folder, path.stem)] = doc
        broken.discard((kind.folder, path.stem))
    problems += _check_references(handbook, loaded, broken)
    problems += _check_abbreviations(handbook, loaded)
    errors = [p for p in problems if not p.warning]
    handbook.warnings = _review_warnings(handbook, loaded, today or dt.date.today())
    if errors:
        raise DataError(problems)
    return handbook


def slugify(name: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    out = "".join(ch if ch.isalnum() else "-" for ch in ascii_)
    return "-".join(part for part in out.split("-") if part) or "namn"


def iter_refs(instance: BaseModel, path: tuple = ()) -> Iterator[tuple[tuple, str, str]]:
    """Yield (loc, folder, id) for every reference field in a model instance, at any depth."""
    for name, key, folder in _ref_fields(type(instance)):
        value = getattr(instance, name)
        if value is None:
            continue
        loc = (*path, key)
        items = enumerate(value) if isinstance(value, list) else ((None, value),)
        for index, item in items:
            if item is None:
                continue
            item_loc = loc if index is None else (*loc, index)
            if isinstance(item, BaseModel):
                yield from iter_refs(item, item_loc)
            elif folder is not None:
                yield item_loc, folder, item


@functools.cache
def _ref_fields(model: type[BaseModel]) -> tuple[tuple[str, str, str | None], ...]:
    """(attribute, key, folder) of the fields that can hold references, directly or in nested models.

    Worked out once per model class: a national handbook has thousands of files and every build walks them all.
    """
    out = []
    for name, info in model.model_fields.items():
        marker = next((m for m in _metadata(info) if isinstance(m, Ref)), None) or _list_ref(info)
        if marker is not None or _holds_models(info.annotation):
            out.append((name, info.alias or name, marker.folder if marker else None))
    return tuple(out)


def _holds_models(annotation: Any) -> bool:
    stack = [annotation]
    while stack:
        current = stack.pop()
        if isinstance(current, type) and not getattr(current, "__args__", None) and issubclass(current, BaseModel):
            return True
        stack.extend(getattr(current, "__args__", ()) or ())
    return False


def _metadata(info: Any) -> list:
    return list(getattr(info, "metadata", []) or [])


def _list_ref(info: Any) -> Ref | None:
    """References inside list[...] or Optional[...] annotations carry their marker on the inner type."""
    stack = [info.annotation]
    while stack:
        annotation = stack.pop()
        for meta in getattr(annotation, "__metadata__", ()) or ():
            if isinstance(meta, Ref):
                return meta
        stack.extend(getattr(annotation, "__args__", ()) or ())
    return None


def _check_references(handbook: Handbook, loaded: dict, broken: set) -> list[Problem]:
    problems = []
    for record in handbook.records():
        doc = loaded[(record.kind.folder, record.id)]
        for loc, folder, target in iter_refs(record.model):
            ids = handbook.kind(folder)
            if target in ids or (folder, target) in broken:
                continue
            guess = difflib.get_close_matches(target, list(ids), n=1, cutoff=0.6)
            did = f" Menade du '{guess[0]}'?" if guess else ""
            kind = BY_FOLDER[folder]
            problems.append(
                Problem(
                    record.path,
                    doc.line_of(loc),
                    dotted(loc),
                    f"Det finns {kind.none_of} med id '{target}'.{did}",
                    f"Skriv id:t för en fil som finns i data/{folder}/ (filnamnet utan .yml), "
                    f"eller skapa filen data/{folder}/{target}.yml.",
                )
            )
    return problems


def _check_abbreviations(handbook: Handbook, loaded: dict) -> list[Problem]:
    seen: dict[str, str] = {}
    problems = []
    for record in handbook.kind("begrepp").values():
        abbr = record.model.abbreviation
        if not abbr:
            continue
        if abbr in seen:
            problems.append(
                Problem(record.path, loaded[("begrepp", record.id)].line_of(("forkortning",)), "forkortning",
                        f"Förkortningen '{abbr}' finns redan i {seen[abbr]}.",
                        "Beskriv förkortningen i en enda fil och ta bort den här dubbletten.")
            )
        seen[abbr] = record.path
    return problems


def _review_warnings(handbook: Handbook, loaded: dict, today: dt.date) -> list[Problem]:
    out = []
    for record in handbook.records():
        if record.kind.folder == "kallor":
            continue
        age = today - record.model.reviewed
        if age > REVIEW_MAX_AGE:
            out.append(
                Problem(
                    record.path,
                    loaded[(record.kind.folder, record.id)].line_of(("senast_granskad",)),
                    "senast_granskad",
                    f"Innehållet granskades senast {record.model.reviewed.isoformat()}, för mer än 12 månader sedan.",
                    "Kontrollera uppgifterna mot källan och sätt senast_granskad till dagens datum.",
                    warning=True,
                )
            )
    return out


def _linked(path: Path, root: Path) -> Problem:
    # A link could point anywhere on the machine that builds the site; only real files under data/ are read.
    what = "Mappen" if path.is_dir() else "Filen"
    return Problem(path.relative_to(root).as_posix(), None, None,
                   f"{what} är en länk (symbolisk länk) till en annan plats och läses inte: handboken läser bara "
                   "vanliga filer i data/, så att inget utanför mappen kan hamna på webbplatsen.",
                   f"Ersätt länken med en kopia av {'mappen' if path.is_dir() else 'filen'}.")


def _misplaced(path: Path, root: Path) -> Problem:
    folders = ", ".join(f"data/{k.folder}/" for k in KINDS)
    return Problem(path.relative_to(root).as_posix(), None, None, "Filen ligger direkt i data/ och läses inte.",
                   f"Flytta filen till rätt mapp: {folders}.")
