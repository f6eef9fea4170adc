"""When each data file last changed, from git history; empty outside a git checkout."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path


def last_changed(root: Path) -> dict[str, dt.date]:
    try:
        out = subprocess.run(
            ["git", "log", "--format=@%cs", "--name-only", "--", "data"],
            cwd=root, capture_output=True, text=True, timeout=30, check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    changed: dict[str, dt.date] = {}
    date = None
    for line in out.splitlines():
        if line.startswith("@"):
            date = dt.date.fromisoformat(line[1:])
        elif line and date and line not in changed:
            changed[line] = date
    return changed
