"""Problems in the data shown on GitHub: annotations on the changed lines and a job summary, both in Swedish.

Only active inside GitHub Actions (GITHUB_ACTIONS=true); elsewhere the plain report is all an editor needs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .problems import Problem

TEMPLATES = Path(__file__).parent / "templates" / "github"


def report(problems: list[Problem], headline: str, env: Mapping[str, str] = os.environ) -> None:
    if env.get("GITHUB_ACTIONS") != "true":
        return
    for problem in problems:
        print(annotation(problem), flush=True)
    summary = env.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as out:
            out.write(summary_text(problems, headline))


def annotation(problem: Problem) -> str:
    """A workflow command that GitHub shows at the line of the file in the pull request."""
    level = "warning" if problem.warning else "error"
    props = {"file": problem.file, "line": problem.line,
             "title": ("Varning" if problem.warning else "Fel") + (f" i fält {problem.field}" if problem.field else "")}
    shown = ",".join(f"{k}={_escape(str(v), prop=True)}" for k, v in props.items() if v)
    return f"::{level} {shown}::{_escape(problem.message + chr(10) + 'Så här rättar du: ' + problem.fix)}"


def summary_text(problems: list[Problem], headline: str) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    errors = [p for p in problems if not p.warning]
    return env.get_template("summary.md.j2").render(problems=problems, errors=errors, headline=headline)


def _escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text
