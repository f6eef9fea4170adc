"""MkDocs adapter: validates the data, generates one page per entity and builds the navigation.

Everything here is thin glue; loading, validation and rendering live in the macros package and do not depend on
MkDocs, so another engine can drive them.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files, InclusionLevel

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros import navigation, settings, state  # noqa: E402
from macros.downloads import downloads  # noqa: E402
from macros.history import last_changed  # noqa: E402
from macros.kinds import KINDS  # noqa: E402
from macros.problems import DataError  # noqa: E402
from macros.queries import glossary  # noqa: E402
from macros.render import Renderer, SiteInfo  # noqa: E402
from macros.text import abbreviate, label_permalinks, nav_title  # noqa: E402
from macros.validation import load_handbook  # noqa: E402

log = logging.getLogger("mkdocs.hooks.handbook")
_glossary: dict[str, str] = {}


def on_config(config):
    root = Path(config.config_file_path).resolve().parent
    try:
        handbook = load_handbook(root)
        org = settings.load(root)  # installningar.yml, applied to the config by hooks/settings.py
    except DataError as exc:
        # An editor's mistake: a Swedish report, no traceback, no site.
        raise Abort("\n" + exc.report()) from None
    for warning in handbook.warnings:
        log.info(warning.format())
    site = SiteInfo(
        directory_urls=config.use_directory_urls,
        repo_url=config.repo_url or "",
        branch=org.branch,
        last_changed=last_changed(root),
        site_name=config.site_name,
        contact_url=config.extra.get("kontakt_url", ""),
        contact_label=config.extra.get("kontakt", ""),
    )
    state.handbook = handbook
    state.renderer = Renderer(handbook, site)
    _glossary.clear()
    _glossary.update(glossary(handbook))
    return config


def on_files(files: Files, config) -> Files:
    handbook = state.handbook
    existing = {f.src_uri for f in files}
    for kind in KINDS:
        index = f"{kind.folder}/index.md"
        if index not in existing:
            files.append(File.generated(config, index, content=f"# {kind.title}\n\n{{{{ kind_index(\"{kind.folder}\") }}}}\n"))
        for record in handbook.kind(kind.folder).values():
            page = File.generated(config, record.page_path, content=f"{{{{ {kind.macro}(\"{record.id}\") }}}}\n")
            # The edit link of a generated page opens its YAML file (edit_uri is relative to docs/).
            page.edit_uri = f"../{record.path}"
            files.append(page)
    for path, content in downloads(handbook, state.renderer).items():
        files.append(File.generated(config, path, content=content, inclusion=InclusionLevel.NOT_IN_NAV))
    config.nav = navigation.expand(config.nav, handbook, escape=nav_title)
    return files


def on_page_content(page_html: str, page, config, files) -> str:
    return abbreviate(label_permalinks(page_html), _glossary)
