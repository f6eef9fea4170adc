"""Editors' view: the real command line (`python -m macros …`) run in a temporary copy of a handbook."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.sites import ROOT, make_project

MINI = ROOT / "tests" / "fixtures" / "mini" / "data"
ENGLISH = ("Traceback", "Error", "error:", "Input should", "Field required", "expected", "found", "line ", "column")


def macros(project: Path, *args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `python -m macros …` in project as an editor would (no terminal: stdin is closed unless given)."""
    return subprocess.run(
        [sys.executable, "-m", "macros", *args], cwd=project, capture_output=True, text=True, timeout=600,
        input=stdin, stdin=subprocess.DEVNULL if stdin is None else None,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
    )


def edit(project: Path, rel: str, old: str, new: str) -> None:
    path = project / "data" / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} finns inte i {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture()
def mini_project(tmp_path) -> Path:
    """The engine with the mini fixture's data, in a fresh folder."""
    return make_project(tmp_path / "handbok", MINI)
