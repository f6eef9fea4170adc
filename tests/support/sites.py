"""Builds a handbook from a fixture's data/ with the real engine, in a temporary folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from macros.newhandbook import use_starter_pages

ROOT = Path(__file__).resolve().parents[2]
ENGINE = ["mkdocs.yml", "installningar.yml", "tillganglighet.json", "docs", "macros", "hooks", "overrides"]


def make_project(dest: Path, data: Path | None = None) -> Path:
    """Copy the engine to dest and put the given data/ (default: the project's own) beside it."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ENGINE:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    shutil.copytree(data or ROOT / "data", dest / "data")
    if data is not None:
        # Other data than the handbook's own: pages written about its content (Kom igång links to its
        # entities) would have broken links, so they are replaced by the starter pages of a new handbook.
        use_starter_pages(dest)
    return dest


def build(project: Path, site: str = "site") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site],
        cwd=project, capture_output=True, text=True, timeout=600,
    )
