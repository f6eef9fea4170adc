"""The floor: what MkDocs + Material cost for the same number of pages with the same amount of text.

A plain Material site (same theme, font: false, search), no macros, no hooks, and the pages kept out of the nav.
Page i gets plain Markdown prose as long as the text of page i in the full site, so both sites index and render
the same amount of text.
"""

from __future__ import annotations

import random
from pathlib import Path

from . import swedish as sv

CONFIG = """\
site_name: Golvet
theme:
  name: material
  language: sv
  font: false
use_directory_urls: false
plugins:
  - search:
      lang: sv
nav:
  - index.md
not_in_nav: |
  /sidor/
"""


def make_floor(dest: Path, text_lengths: list[int], searched: list[bool] | None = None, seed: int = 8) -> Path:
    """Write the floor project into dest: one page per entry of text_lengths (the first one is the start page).

    A page the full site keeps out of its search index (the printable whole handbook) is kept out here too.
    """
    rng = random.Random(seed)
    docs = dest / "docs"
    (docs / "sidor").mkdir(parents=True, exist_ok=True)
    (dest / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    lengths = text_lengths or [100]
    searched = searched or [True] * len(lengths)
    for n, (length, indexed) in enumerate(zip(lengths, searched, strict=True)):
        meta = "" if indexed else "---\nsearch:\n  exclude: true\n---\n\n"
        path = docs / "index.md" if n == 0 else docs / "sidor" / f"sida-{n}.md"
        path.write_text(f"{meta}# Sida {n}\n\n{sv.filler(rng, length)}\n", encoding="utf-8")
    return dest
