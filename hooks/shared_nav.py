"""MkDocs adapter: one rendering of the navigation for all the pages in a folder that it does not list.

Material renders the whole navigation into every page. A national handbook's thousands of initiatives are not in
the navigation, so for them it is the same HTML in each folder (links are relative to the folder and no entry is
the current page): overrides/partials/nav.html renders it once per folder and reuses it. Other pages get
Material's own template, reached as material/partials/nav.html.
"""

from __future__ import annotations

import posixpath

import jinja2

_nav_pages: set[str] = set()  # pages the navigation lists


def on_nav(nav, config, files):
    _nav_pages.clear()
    _nav_pages.update(p.file.src_uri for p in nav.pages)
    return nav


def on_env(env, config, files):
    theme_dirs = [d for d in config.theme.dirs if d != config.theme.custom_dir]
    env.loader = jinja2.ChoiceLoader([env.loader, jinja2.PrefixLoader({"material": jinja2.FileSystemLoader(theme_dirs)})])
    env.globals["shared_nav"] = {}
    env.globals["shared_nav_key"] = shared_nav_key
    return env


def shared_nav_key(page) -> str | None:
    """Pages in the same folder that the nav does not list get the same navigation HTML."""
    if page is None or page.file is None or page.file.src_uri in _nav_pages:
        return None
    return posixpath.dirname(page.url)
