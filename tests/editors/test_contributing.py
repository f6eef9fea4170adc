"""CONTRIBUTING.md followed literally, as a new editor would: its examples are valid against the real data, its
error example is what the check prints, and a new initiative added its way appears on the site, in search and in
the finder."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest

from macros.validation import load_handbook
from tests.editors.conftest import macros
from tests.support.sites import ROOT, make_project

GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
EXAMPLES = dict(re.findall(r"Spara som `(data/[a-z]+/[a-z0-9-]+\.yml)`:\n\n```yaml\n(.*?)```", GUIDE, re.S))


def test_guide_has_a_complete_example_for_every_kind():
    folders = sorted(path.split("/")[1] for path in EXAMPLES)
    assert folders == sorted(["satsningar", "roller", "verktyg", "arshjul", "aktorer", "begrepp", "kallor", "ramverk"])


@pytest.mark.parametrize("path", sorted(EXAMPLES))
def test_example_is_valid_against_the_real_data(path, tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    target = tmp_path / path
    assert not target.exists(), f"{path} finns redan i data/: välj ett annat exempel"
    target.write_text(EXAMPLES[path], encoding="utf-8")
    handbook = load_handbook(tmp_path)
    folder, ident = target.parent.name, target.stem
    assert ident in handbook.kind(folder)


def test_error_example_is_what_the_check_prints(tmp_path):
    project = make_project(tmp_path / "handbok")
    example = "data/satsningar/narvarolotsen.yml"
    (project / example).write_text(EXAMPLES[example].replace("roll: logoped", "roll: logpoed"), encoding="utf-8")
    shown = re.search(r"```text\n(Fel i .*?)```", GUIDE, re.S).group(1)
    result = macros(project, "check")
    assert result.returncode == 1
    assert shown.strip() in result.stderr, result.stderr


def test_preview_command_and_address_are_the_makefiles():
    assert "make serve" in GUIDE and "http://127.0.0.1:8000" in GUIDE
    serve = re.search(r"^serve:.*\n\t(.*)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M).group(1)
    assert "--dev-addr 127.0.0.1:8000" in serve
    assert re.search(r"^ny:.*\n\t.* -m macros new$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)


@pytest.fixture(scope="module")
def walked(tmp_path_factory) -> dict:
    """The walk-through: copy the guide's initiative, scaffold another with the guide's command, fill in, build."""
    project = make_project(tmp_path_factory.mktemp("walk") / "handbok")
    copied = "data/satsningar/narvarolotsen.yml"
    (project / copied).write_text(EXAMPLES[copied], encoding="utf-8")
    command = next(line for line in re.findall(r"```sh\n(.*?)\n```", GUIDE, re.S) if "-m macros new" in line)
    args = shlex.split(command)
    assert args[:3] == [".venv/bin/python", "-m", "macros"]
    made = macros(project, *args[3:])
    assert made.returncode == 0, made.stdout + made.stderr
    created = re.search(r"Skapade (data/satsningar/[a-z0-9-]+\.yml)\.", made.stdout).group(1)
    # "Byt ut varje FYLL I": the editor writes the summary, then the pull request's check passes.
    path = project / created
    assert macros(project, "check", "--final").returncode == 1
    path.write_text(path.read_text(encoding="utf-8").replace("  FYLL I", "  Ett lotsteam i Exempelby.", 1), encoding="utf-8")
    final = macros(project, "check", "--final")
    assert final.returncode == 0, final.stderr
    built = macros(project, "build")
    assert built.returncode == 0, built.stderr
    return {"site": project / "site", "pages": {"satsningar/narvarolotsen.html": "Närvarolotsen",
                                                 f"satsningar/{Path(created).stem}.html": "Närvarolotsen Exempelby"}}


def test_new_initiatives_have_their_own_pages(walked):
    for page, title in walked["pages"].items():
        html = (walked["site"] / page).read_text(encoding="utf-8")
        assert re.search(rf"<h1[^>]*>{title}<", html), page
    copied = (walked["site"] / "satsningar/narvarolotsen.html").read_text(encoding="utf-8")
    assert 'href="../roller/logoped.html"' in copied and 'href="../aktorer/molndals-stad.html"' in copied


def test_new_initiatives_are_in_the_search_index(walked):
    index = json.loads((walked["site"] / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = {doc["location"]: doc["title"] for doc in index["docs"]}
    for page, title in walked["pages"].items():
        assert found.get(page) == title, page


def test_new_initiatives_are_in_the_finder(walked):
    # The finder page lists initiatives from its compact data script (works from disk too).
    finder = (walked["site"] / "hitta.html").read_text(encoding="utf-8")
    assert 'src="assets/hitta-data.js"' in finder
    data = (walked["site"] / "assets" / "hitta-data.js").read_text(encoding="utf-8")
    for page, title in walked["pages"].items():
        id_ = page.removeprefix("satsningar/").removesuffix(".html")
        assert f'["{id_}",{json.dumps(title, ensure_ascii=False)},' in data, page
    role = (walked["site"] / "roller/logoped.html").read_text(encoding="utf-8")
    assert 'href="../satsningar/narvarolotsen.html"' in role  # and on the pages of its roles


def test_guide_mentions_what_an_editor_needs():
    for must in ("make ny", "make check", "mallar/", "Föreslå ändring", "Redigera", "Create pull request",
                 "Files changed", "senast_granskad", "$schema"):
        assert must in GUIDE, must
