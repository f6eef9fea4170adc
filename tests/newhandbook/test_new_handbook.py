"""make ny-handbok: a fresh handbook with the same engine and empty data builds strictly and passes its own tests."""

import json
import os
import re
import subprocess
import sys

import pytest

from macros.kinds import KINDS
from tests.support.sites import ROOT

NAME = "Vår närvarohandbok"


def run(args, cwd, timeout=900):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    target = tmp_path_factory.mktemp("ny") / "var-handbok"
    result = run(["-m", "macros", "new-handbook", str(target), "--namn", NAME], ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Skapade handboken '{NAME}'" in result.stdout
    return target


@pytest.fixture(scope="module")
def built(fresh):
    # Without --quiet: MkDocs only counts warnings (a broken link, say) against --strict when it logs them.
    result = run(["-m", "mkdocs", "build", "--strict", "--site-dir", "site"], fresh)
    assert result.returncode == 0 and "WARNING" not in result.stdout + result.stderr, result.stdout + result.stderr
    return fresh / "site"


def test_fresh_handbook_has_the_engine_its_settings_and_empty_data(fresh):
    for name in ("mkdocs.yml", "macros", "hooks", "overrides", "schemas", "docs", "Makefile", "requirements.txt",
                 "README.md"):
        assert (fresh / name).exists(), name
    for kind in KINDS:
        assert (fresh / "data" / kind.folder).is_dir()
        assert not list((fresh / "data" / kind.folder).glob("*.yml")), kind.folder
    assert f'namn: "{NAME}"' in (fresh / "installningar.yml").read_text(encoding="utf-8")
    readme = (fresh / "README.md").read_text(encoding="utf-8")
    assert readme.startswith(f"# {NAME}") and "installningar.yml" in readme and "make ny-handbok" in readme
    copied = [p.read_text(encoding="utf-8") for p in (fresh / "tests").rglob("test_*.py")]
    assert copied and not any("real_site" in text for text in copied)


def test_fresh_handbook_checks_and_builds_strictly_with_zero_entities(fresh, built):
    result = run(["-m", "macros", "check"], fresh)
    assert result.returncode == 0 and "0 filer kontrollerade" in result.stdout
    home = (built / "index.html").read_text(encoding="utf-8")
    assert f"<title>{NAME}</title>" in home and re.search(rf"<h1[^>]*>{NAME}", home)
    assert "Handboken har inga satsningar ännu." in home
    assert "Närvarohandboken" not in home
    assert "Handboken har inga satsningar att jämföra ännu." in (built / "jamfor.html").read_text(encoding="utf-8")
    assert "Handboken har inga mallar ännu." in (built / "mallar.html").read_text(encoding="utf-8")
    assert "Handboken har inga verktyg ännu." in (built / "verktyg" / "index.html").read_text(encoding="utf-8")
    combined = json.loads((built / "oppna-data" / "narvarohandboken.json").read_text(encoding="utf-8"))
    assert all(combined[k.folder] == [] for k in KINDS)
    assert combined["beskrivning"].startswith(f"Allt innehåll i {NAME}.")
    assert (built / "kom-igang.html").is_file() and (built / "assets" / "installningar.css").is_file()


def test_fresh_handbook_passes_its_own_lint_and_tests(fresh):
    lint = run(["-m", "ruff", "check", "macros", "hooks", "tests"], fresh)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    tests = run(["-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "tests"], fresh)
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr[-2000:]
    assert re.search(r"\d+ passed", tests.stdout)


def test_an_entity_added_to_the_fresh_handbook_gets_its_pages_and_templates(fresh, tmp_path):
    copy = tmp_path / "copy"
    subprocess.run(["cp", "-r", str(fresh), str(copy)], check=True)
    subprocess.run(["cp", "-r", str(ROOT / "tests" / "fixtures" / "mini" / "data") + "/.", str(copy / "data")], check=True)
    result = run(["-m", "macros", "build"], copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (copy / "site" / "satsningar" / "testteamet.html").is_file()
    assert (copy / "site" / "satsningar" / "testteamet.mall.yml").is_file()
    assert (copy / "site" / "mallar" / "arshjul-testhjul.html").is_file()


def test_new_handbook_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "viktig.txt").write_text("behåll mig", encoding="utf-8")
    result = run(["-m", "macros", "new-handbook", str(tmp_path)], ROOT)
    assert result.returncode == 1
    assert "finns redan och är inte tom" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["viktig.txt"]
