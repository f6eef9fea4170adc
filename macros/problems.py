"""A problem found in the data, described for an editor in Swedish."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str  # path relative to the project, e.g. data/roller/logoped.yml
    line: int | None
    field: str | None
    message: str
    fix: str
    warning: bool = False

    def format(self) -> str:
        where = self.file + (f", rad {self.line}" if self.line else "")
        field = f", fält '{self.field}'" if self.field else ""
        label = "Varning" if self.warning else "Fel"
        return f"{label} i {where}{field}:\n  {self.message}\n  Så här rättar du: {self.fix}"


class DataError(Exception):
    """Raised when the data has errors; carries every problem of the run."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} fel i data")
        self.problems = problems

    def report(self) -> str:
        errors = [p for p in self.problems if not p.warning]
        body = "\n\n".join(p.format() for p in self.problems)
        return f"{body}\n\nHittade {len(errors)} fel i data. Ingen webbplats byggdes; den förra finns kvar."
