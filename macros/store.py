"""The loaded, validated handbook: every entity by kind and id."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .kinds import BY_FOLDER, Kind


@dataclass(frozen=True)
class Record:
    kind: Kind
    id: str
    path: str  # relative to the project root, e.g. data/roller/logoped.yml
    model: Any  # the pydantic model instance
    raw: dict  # the data as the editor wrote it (Swedish keys)

    @property
    def url(self) -> str:
        return f"{self.kind.folder}/{self.id}/"

    @property
    def page_path(self) -> str:
        return f"{self.kind.folder}/{self.id}.md"

    @property
    def title(self) -> str:
        m = self.model
        return getattr(m, "name", None) or getattr(m, "term", None) or getattr(m, "title", None) or self.id


@dataclass(eq=False)
class Handbook:
    root: Path
    entities: dict[str, dict[str, Record]] = field(default_factory=dict)
    warnings: list = field(default_factory=list)

    def kind(self, folder: str) -> dict[str, Record]:
        return self.entities.get(folder, {})

    def get(self, folder: str, id_: str) -> Record:
        return self.entities[folder][id_]

    def model(self, folder: str, id_: str) -> BaseModel:
        return self.entities[folder][id_].model

    def records(self):
        for folder in BY_FOLDER:
            yield from self.kind(folder).values()
