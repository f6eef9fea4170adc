"""MkDocs adapter: validates the data, generates one page per entity and builds the navigation.

Everything here is thin glue; loading, validation and rendering live in the macros package and do not depend on
MkDocs, so another engine can drive them.
"""

from __future__ import annotations

import gc
import logging
import secrets
import sys
from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files, InclusionLevel

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros import navigation, settings, state  # noqa: E402
from macros.ahead import Ahead  # noqa: E402
from macros.downloads import downloads  # noqa: E402
from macros.history import last_changed  # noqa: E402
from macros.kinds import KINDS  # noqa: E402
from macros.problems import DataError  # noqa: E402
from macros.queries import glossary, initiatives_by_region, region_page  # noqa: E402
from macros.render import Renderer, SiteInfo  # noqa: E402
from macros.text import abbreviate, anchor_ids, label_permalinks, nav_title, put_back_html, set_aside_html  # noqa: E402
from macros.validation import load_handbook  # noqa: E402
from macros.views import COMPARE_SCRIPT, FINDER_SCRIPT, comparison_script, finder_script  # noqa: E402

log = logging.getLogger("mkdocs.hooks.handbook")
_glossary: dict[str, str] = {}
_set_aside: dict[str, list[str]] = {}  # page -> its HTML blocks, between on_page_markdown and on_page_content
_entity_pages: dict[str, tuple[str, str]] = {}  # page -> (kind folder, id) of the entity it shows
_RENDERED_BY_HOOK = "---\nrender_macros: false\n---\n"
_TOKEN = f"NHHTML{secrets.token_hex(4)}N"  # letters and digits only, so Markdown leaves it alone
_FRAGMENT_TOKEN = _TOKEN + "F"  # blocks a fragment rendered ahead set aside itself
_fragment_blocks: dict[str, list[str]] = {}  # page -> those blocks, between the macro and on_page_content
PRINTABLE = "utskrift.md"  # the whole handbook on one page: built last, its parts rendered ahead


def on_config(config):
    _stop_ahead()
    root = Path(config.config_file_path).resolve().parent
    gc.unfreeze()  # under `mkdocs serve`, the previous build's handbook may be collected now
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
    # The handbook's objects live until the build ends; the garbage collector need not walk them again at every
    # full collection (with thousands of entities, that would be a noticeable part of the build).
    gc.freeze()
    return config


def on_files(files: Files, config) -> Files:
    handbook = state.handbook
    _entity_pages.clear()
    existing = {f.src_uri for f in files}
    for kind in KINDS:
        index = f"{kind.folder}/index.md"
        if index not in existing:
            files.append(File.generated(config, index, content=f"# {kind.title}\n\n{{{{ kind_index(\"{kind.folder}\") }}}}\n"))
        for record in handbook.kind(kind.folder).values():
            # Rendered in on_page_markdown, not by a macro: thousands of pages would each cost mkdocs-macros a
            # template compilation and a copy of its variables just to call one function.
            page = File.generated(config, record.page_path, content=_RENDERED_BY_HOOK)
            # The edit link of a generated page opens its YAML file (edit_uri is relative to docs/).
            page.edit_uri = f"../{record.path}"
            files.append(page)
            _entity_pages[record.page_path] = (kind.folder, record.id)
    # Worker processes start on the entity pages now, while this process makes the downloads below.
    printable = files.get_file_from_path(PRINTABLE)
    jobs = [("entity", src) for src in _entity_pages]
    state.ahead = Ahead(_prepare, jobs, alone=[("fragment", "document", PRINTABLE)] if printable else [])
    state.prepared_fragment = _prepared_fragment
    for region, _ in initiatives_by_region(handbook):
        files.append(File.generated(config, region_page(region.id), content=f"{{{{ fragment(\"region\", region=\"{region.id}\") }}}}\n"))
    for path, content in downloads(handbook, state.renderer).items():
        files.append(File.generated(config, path, content=content, inclusion=InclusionLevel.NOT_IN_NAV))
    files.append(File.generated(config, FINDER_SCRIPT, content=finder_script(handbook, config.use_directory_urls)))
    if (compare := comparison_script(handbook, config.use_directory_urls)) is not None:
        files.append(File.generated(config, COMPARE_SCRIPT, content=compare))
    # The printable whole handbook repeats every entity: built last, its worker has the most time for it.
    if printable:
        files.remove(printable)
        files.append(printable)
    config.nav = navigation.expand(config.nav, handbook, escape=nav_title)
    if config.nav is not None:
        # Pages the nav leaves out (initiatives, municipal administrations) are reached from listing pages.
        in_nav = navigation.nav_paths(config.nav)
        for record in handbook.records():
            if record.page_path not in in_nav:
                files.get_file_from_path(record.page_path).inclusion = InclusionLevel.NOT_IN_NAV
    return files


def on_env(env, config, files):
    _stop_ahead()  # every page has its content now: the workers' part is done
    return env


def on_page_markdown(markdown: str, page, config, files) -> str:
    src = page.file.src_uri
    if src in _entity_pages:
        markdown, blocks = state.ahead.take(("entity", src))
    else:
        markdown, blocks = _set_aside_html(markdown)
    _set_aside[src] = blocks
    return markdown


def on_page_content(page_html: str, page, config, files) -> str:
    src = page.file.src_uri
    blocks, fragment_blocks = _set_aside.pop(src, []), _fragment_blocks.pop(src, [])
    # The blocks set aside were abbreviated already (ahead, for entity pages); only Markdown's own output is left.
    page_html = put_back_html(abbreviate(label_permalinks(page_html), _glossary), _TOKEN, blocks)
    page_html = put_back_html(page_html, _FRAGMENT_TOKEN, fragment_blocks)
    if (blocks or fragment_blocks) and page.present_anchor_ids is not None:
        page.present_anchor_ids |= anchor_ids(blocks) | anchor_ids(fragment_blocks)
    return page_html


def on_post_build(config) -> None:
    _stop_ahead()


def on_build_error(error) -> None:
    _stop_ahead()


def _prepare(job: tuple[str, ...]) -> tuple[str, list[str]]:
    """A page's Markdown (entity pages) or a fragment's HTML (the printable page), with its HTML blocks set aside."""
    if job[0] == "entity":
        src = job[1]
        return _set_aside_html(state.current().entity(*_entity_pages[src], src))
    return _set_aside_html(state.current().fragment(job[1], job[2]), _FRAGMENT_TOKEN)


def _prepared_fragment(name: str, src: str) -> str:
    """What the fragment macro puts in the page: the fragment's Markdown, its blocks kept for on_page_content."""
    job = ("fragment", name, src)
    if job not in state.ahead:
        return state.current().fragment(name, src)  # set aside with the rest of its page, as any macro's output
    markdown, blocks = state.ahead.take(job)
    _fragment_blocks.setdefault(src, []).extend(blocks)
    return markdown


def _set_aside_html(markdown: str, token: str = _TOKEN) -> tuple[str, list[str]]:
    # After the macros too: their HTML blocks skip Python-Markdown, which would only pass them through slowly.
    markdown, blocks = set_aside_html(markdown, token)
    return markdown, [abbreviate(block, _glossary) for block in blocks]


def _stop_ahead() -> None:
    if state.ahead is not None:
        state.ahead.close()
        state.ahead = None
    state.prepared_fragment = None
