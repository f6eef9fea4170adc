"""MkDocs adapter: Material's search index parsed ahead by worker processes.

Material's search plugin parses every page's HTML into sections on the one core MkDocs uses. on_env comes after
every page has its HTML, so from there worker processes (macros/ahead.py) parse the pages while MkDocs renders
the theme. The entries are Material's own (its SearchIndex does the work) and join the index in the same order.
"""

from __future__ import annotations

import sys
from pathlib import Path

from material.plugins.search.plugin import SearchIndex

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros.ahead import Ahead  # noqa: E402

_ahead: list[Ahead] = []  # the build's, while it runs


def on_env(env, config, files):
    _stop()
    search = config.plugins.get("material/search")
    if search is None or not search.config.enabled or not hasattr(search, "search_index"):
        return env
    pages = {f.src_uri: f.page for f in files.documentation_pages() if f.page is not None}
    index = search.search_index
    add_in_place = index.add_entry_from_context

    def entries(src: str) -> list[dict]:
        own = SearchIndex(**search.config)
        own.add_entry_from_context(pages[src])
        return own.entries

    ahead = Ahead(entries, list(pages))
    _ahead.append(ahead)

    def add_entry_from_context(page) -> None:
        src = page.file.src_uri
        if src in ahead and pages.get(src) is page:
            index.entries.extend(ahead.take(src))
        else:
            add_in_place(page)

    index.add_entry_from_context = add_entry_from_context
    return env


def on_post_build(config) -> None:
    _stop()


def on_build_error(error) -> None:
    _stop()


def _stop() -> None:
    while _ahead:
        _ahead.pop().close()
