"""An atomic build: validate, build into a new folder, and only then replace site/. A failed build changes nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .problems import DataError
from .validation import load_handbook


def build_site(root: Path, site_dir: str = "site") -> int:
    try:
        load_handbook(root)
    except DataError as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    new, old, target = root / ".site-new", root / ".site-old", root / site_dir
    shutil.rmtree(new, ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # No --quiet: MkDocs only counts a warning (a broken link, say) against --strict when it logs it.
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(new)], cwd=root, env=env
    )
    if result.returncode != 0:
        shutil.rmtree(new, ignore_errors=True)
        print("Bygget misslyckades (se meddelandena ovan). Den förra webbplatsen i site/ finns kvar.", file=sys.stderr)
        return result.returncode
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    print(f"Webbplatsen är byggd i {site_dir}/.")
    return 0
