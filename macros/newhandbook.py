"""`python -m macros new-handbook DIR [--namn NAMN]`: a fresh handbook with the same engine and empty data folders.

The copy builds strictly and passes its tests at once: the pages that hold this handbook's own text (start page,
about, Kom igång) are replaced by starter pages, and tests about this handbook's content are left out.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import jinja2
import yaml

from .kinds import KINDS
from .render import TEMPLATES

ENGINE = ("mkdocs.yml", "docs", "macros", "hooks", "overrides", "schemas", "Makefile", "requirements.in",
          "requirements.txt", "pyproject.toml")
# Copied when present: editor support and CI that do not depend on this handbook's content.
OPTIONAL = (".gitignore", ".ci", ".github", ".pre-commit-config.yaml", "mallar", "CONTRIBUTING.md")
STARTER_PAGES = ("index.md", "om.md", "kom-igang.md")  # this handbook's own text, replaced by starters
STARTERS = TEMPLATES / "newhandbook"
SKIPPED = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", "site", ".site-*")
# A test module is about this handbook's content (and not copied) when it builds or reads the real data.
CONTENT_TEST = re.compile(r"\breal_site\b|ROOT\s*/\s*[\"']data[\"']")
NOT_COPIED_TESTS = ("newhandbook",)  # creating a handbook from inside a fresh one would recurse


class NewHandbookError(Exception):
    """Why the handbook could not be created, in Swedish."""


def create(source: Path, target: Path, name: str) -> list[str]:
    """Copy the engine from source to target with empty data; return the copied test modules."""
    source, target = Path(source).resolve(), Path(target).resolve()
    if target.exists() and any(target.iterdir()):
        raise NewHandbookError(f"Mappen {target} finns redan och är inte tom. Välj en ny mapp.")
    if target == source or source in target.parents:
        raise NewHandbookError("Den nya handboken kan inte ligga inne i den här handbokens mapp. Välj en mapp utanför.")
    target.mkdir(parents=True, exist_ok=True)
    for name_ in ENGINE + OPTIONAL:
        path = source / name_
        if path.is_dir():
            shutil.copytree(path, target / name_, ignore=SKIPPED)
        elif path.is_file():
            shutil.copy2(path, target / name_)
        elif name_ in ENGINE:
            raise NewHandbookError(f"Motorns fil {name_} saknas i {source}.")
    use_starter_pages(target)
    for kind in KINDS:
        folder = target / "data" / kind.folder
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ".gitkeep").write_text("", encoding="utf-8")
    _write_texts(target, name)
    return _copy_tests(source / "tests", target / "tests")


def use_starter_pages(project: Path) -> None:
    """Replace the pages written about this handbook's content (they link to its entities) with starter pages."""
    for page in STARTER_PAGES:
        shutil.copy2(STARTERS / page, Path(project) / "docs" / page)


def _write_texts(target: Path, name: str) -> None:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined, autoescape=False)
    name_yaml = yaml.safe_dump(name, allow_unicode=True, default_style='"').strip()
    (target / "installningar.yml").write_text(
        env.get_template("newhandbook/installningar.yml.j2").render(name_yaml=name_yaml), encoding="utf-8")
    (target / "README.md").write_text(env.get_template("newhandbook/README.md.j2").render(name=name), encoding="utf-8")
    contributing = target / "CONTRIBUTING.md"
    if contributing.exists():
        contributing.write_text(contributing.read_text(encoding="utf-8").replace("Närvarohandboken", name), encoding="utf-8")


def _copy_tests(source: Path, target: Path) -> list[str]:
    shutil.copytree(source, target, ignore=SKIPPED)
    for folder in NOT_COPIED_TESTS:
        shutil.rmtree(target / folder, ignore_errors=True)
    # Tests in a folder whose own conftest uses the real site are content tests (tests/conftest.py defines it);
    # the folder's other modules stay, since other tests may import helpers from them.
    content_folders = [c.parent for c in target.rglob("conftest.py")
                       if c.parent != target and CONTENT_TEST.search(c.read_text(encoding="utf-8"))]
    kept = []
    for module in sorted(target.rglob("test_*.py")):
        in_content_folder = any(folder in module.parents for folder in content_folders)
        if in_content_folder or CONTENT_TEST.search(module.read_text(encoding="utf-8")):
            module.unlink()
        else:
            kept.append(module.relative_to(target.parent).as_posix())
    return kept


def main(args: list[str], source: Path) -> int:
    """`new-handbook DIR [--namn NAMN]` on the command line; Swedish messages, exit code 0 on success."""
    name, rest = "Ny närvarohandbok", []
    items = iter(args)
    for arg in items:
        if arg == "--namn":
            name = next(items, "").strip() or name
        elif arg.startswith("--namn="):
            name = arg.split("=", 1)[1].strip() or name
        elif arg.strip():
            rest.append(arg)
    if len(rest) != 1:
        print("Ange mappen för den nya handboken: python -m macros new-handbook MAPP [--namn \"Handbokens namn\"]"
              " (eller make ny-handbok DIR=MAPP NAMN=\"Handbokens namn\").", file=sys.stderr)
        return 2
    target = Path(rest[0]).expanduser()
    try:
        tests = create(source, target, name)
    except NewHandbookError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"Skapade handboken '{name}' i {target} med tomma datamappar och {len(tests)} testfiler.\n"
          f"Nästa steg: cd {target} && make serve (visar webbplatsen) och make test (kör testerna).\n"
          "Inställningarna (namn, färger, kontakt, logotyp) står i installningar.yml.")
    return 0
