"""Reads one YAML file into plain Python values, keeping the line of every value for error messages.

Every scalar stays text: YAML 1.1's implicit typing (NO -> False, 08 -> 8, 1:20 -> 80) never touches content.
The model converts text to numbers, dates and booleans where a field asks for one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .ahead import Ahead
from .problems import Problem

try:  # libyaml's C parser is about 9x faster; the pure-Python one gives the same nodes.
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader

NULLS = {"", "~", "null", "Null", "NULL"}
_NULL, _STR, _SEQ, _MAP = (f"tag:yaml.org,2002:{t}" for t in ("null", "str", "seq", "map"))
Path_ = tuple[str | int, ...]


class _Loader(_BaseLoader):
    def resolve(self, kind, value, implicit):
        # Every scalar stays text, so only "is it null?" matters; YAML's implicit types (regular expressions tried on
        # every value) would cost a third of the parse at national scale and be thrown away.
        if kind is yaml.ScalarNode:
            return _NULL if implicit[0] and value in NULLS else _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP


@dataclass
class Loaded:
    data: Any
    text: str = ""
    _lines: dict[Path_, int] | None = field(default=None, repr=False)
    path: Path | None = None  # where the text can be read again, when it is not kept

    def without_text(self) -> Loaded:
        """The same, reading its text again only if a message needs a line (a worker process sends less back)."""
        return Loaded(self.data, path=self.path) if self.path else self

    @property
    def lines(self) -> dict[Path_, int]:
        """Line of every value (of its key, for mapping values).

        Worked out again from the text when a message first needs one: most files never need it, and keeping the
        YAML nodes of thousands of files would cost more memory and garbage collection than parsing one again.
        """
        if self._lines is None:
            self._lines = {}
            text = self.text or (self.path.read_bytes().decode("utf-8-sig") if self.path else "")
            if text:
                _mark_lines(yaml.compose(text, Loader=_Loader), (), self._lines)
        return self._lines

    def line_of(self, path: Path_) -> int | None:
        """The line of the value at path, or of its nearest parent."""
        path = tuple(path)
        lines = self.lines
        while path:
            if path in lines:
                return lines[path]
            path = path[:-1]
        return lines.get((), 1)


# Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM = 400


def load_files(files: list[tuple[Path, str]]) -> list[tuple[Loaded | None, list[Problem]]]:
    """load_file for each (path, shown_as), in order. A national handbook's thousands of files are parsed by worker
    processes: parsing is most of the validation, which runs on every save under `make serve` and in every pull
    request."""
    ahead = Ahead(_load_in_worker, files, chunk=64, at_least=PARALLEL_FROM)
    try:
        return [ahead.take(file) for file in files]
    finally:
        ahead.close()


def _load_in_worker(file: tuple[Path, str]) -> tuple[Loaded | None, list[Problem]]:
    # The text stays behind (a worker sends less back); a message that needs a line reads the file again.
    loaded, problems = load_file(*file)
    return (loaded.without_text() if loaded else None), problems


def load_file(path: Path, shown_as: str) -> tuple[Loaded | None, list[Problem]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [
            Problem(
                shown_as,
                line,
                None,
                "Filen är inte sparad som UTF-8, så å, ä och ö kan inte läsas.",
                "Spara filen med teckenkodningen UTF-8 (i VS Code: klicka på kodningen längst ner och välj "
                "'Save with Encoding' → 'UTF-8').",
            )
        ]
    loaded, problems = load_text(text, shown_as)
    if loaded:
        loaded.path = path
    return loaded, problems


def load_text(text: str, shown_as: str) -> tuple[Loaded | None, list[Problem]]:
    if not text.strip() or all(line.strip().startswith("#") or not line.strip() for line in text.splitlines()):
        return None, [
            Problem(shown_as, 1, None, "Filen är tom.", "Fyll i fälten (se mallarna i mallar/) eller ta bort filen.")
        ]
    tabs = [n for n, line in enumerate(text.splitlines(), 1) if "\t" in line[: len(line) - len(line.lstrip())]] if "\t" in text else []
    if tabs:
        return None, [
            Problem(
                shown_as,
                n,
                None,
                "Raden är indragen med tabb. YAML tillåter bara mellanslag för indrag.",
                "Ersätt tabben med mellanslag (två mellanslag per nivå).",
            )
            for n in tabs
        ]
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, shown_as)]
    except yaml.YAMLError as exc:
        return None, [Problem(shown_as, None, None, f"Filen kan inte läsas som YAML ({exc}).", _SYNTAX_FIX)]
    problems: list[Problem] = []
    data = _construct(node, (), problems, shown_as)
    return (None if problems else Loaded(data, text)), problems


_SYNTAX_FIX = (
    "Kontrollera indraget och att text som innehåller kolon följt av mellanslag (': '), # eller citattecken "
    "står inom citattecken, till exempel: syfte: \"Mål: ökad närvaro\"."
)


def _syntax_problem(exc: yaml.MarkedYAMLError, shown_as: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    problem = exc.problem or ""
    if "mapping values are not allowed" in problem:
        message = "En text innehåller ': ' (kolon följt av mellanslag) utan citattecken, så YAML tror att det är ett nytt fält."
        fix = (
            "Sätt hela texten inom citattecken, till exempel: text: \"Syfte: öka närvaron\", "
            "eller använd '|' och skriv texten på nästa rad med indrag."
        )
    elif "expected a single document" in (exc.context or ""):
        message = "Filen innehåller flera YAML-dokument (en rad med ---)."
        fix = "Ta bort raden med --- så att filen bara beskriver en sak."
    elif "found undefined alias" in problem or "found unhashable key" in problem:
        message = f"YAML-fel: {problem}."
        fix = _SYNTAX_FIX
    else:
        message = f"Filen följer inte YAML-formatet ({problem or exc.context})."
        fix = _SYNTAX_FIX
    return Problem(shown_as, line, None, message, fix)


def _construct(node: yaml.Node, path: Path_, problems: list[Problem], shown_as: str) -> Any:
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        key_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(
                    Problem(shown_as, key_node.start_mark.line + 1, _dotted(path), "Ett fältnamn måste vara ett ord.",
                            "Skriv fältnamnet som vanlig text följt av kolon, till exempel: namn: Logoped")
                )
                continue
            key = key_node.value
            if key in result:
                problems.append(
                    Problem(
                        shown_as,
                        key_node.start_mark.line + 1,
                        _dotted((*path, key)),
                        f"Fältet '{key}' står två gånger (första gången på rad {key_lines[key]}). Bara ett av värdena skulle "
                        "synas, det andra skulle tyst försvinna.",
                        "Slå ihop de två fälten till ett, eller ta bort det som är fel.",
                    )
                )
                continue
            key_lines[key] = key_node.start_mark.line + 1
            result[key] = _construct(value_node, (*path, key), problems, shown_as)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, (*path, i), problems, shown_as) for i, item in enumerate(node.value)]
    if node.tag == _NULL and not node.style and node.value in NULLS:
        return None
    return node.value


def _mark_lines(node: yaml.Node, path: Path_, lines: dict[Path_, int]) -> None:
    """The line of every value in a document _construct accepted (a mapping value: the line of its key)."""
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = (*path, key_node.value)
            if key not in lines:  # a repeated key was reported, and the first one is the value
                _mark_lines(value_node, key, lines)
                lines[key] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _mark_lines(item, (*path, i), lines)


def _dotted(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


dotted = _dotted
