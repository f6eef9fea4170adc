"""installningar.yml: one file sets a handbook's name, footer, colours, logo, contact and repository links."""

import re
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES
from tests.support.sites import build, make_project

SETTINGS = """namn: Kungsbackas närvarohandbok
beskrivning: En handbok för Kungsbacka.
utgivare: Kungsbacka kommun
sidfot: Utgiven av Kungsbacka kommun.
logotyp: assets/logotyp.svg
farger:
  huvudfarg: "#5a2d82"
  accentfarg: "#2e6b30"
kontakt:
  text: Mejla redaktionen
  adress: mailto:handbok@kungsbacka.example
kallkod:
  adress: https://git.example.org/kungsbacka/handbok
  gren: trunk
"""
LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>'


def project_with(tmp_path, settings: str):
    project = make_project(tmp_path / "project", FIXTURES / "mini" / "data")
    (project / "installningar.yml").write_text(settings, encoding="utf-8")
    (project / "docs" / "assets" / "logotyp.svg").write_text(LOGO, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = project_with(tmp_path_factory.mktemp("settings"), SETTINGS)
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_name_footer_and_logo_come_from_the_settings(site):
    html = (site / "om.html").read_text(encoding="utf-8")
    assert re.search(r"<title>Om handboken - Kungsbackas närvarohandbok</title>", html)
    assert "Utgiven av Kungsbacka kommun." in html
    assert re.search(r'<img src="assets/logotyp.svg"', html)
    assert '<meta name="author" content="Kungsbacka kommun">' in html
    assert "Närvarohandboken" not in (site / "tillganglighet.html").read_text(encoding="utf-8")


def test_colours_come_from_the_settings(site):
    css = (site / "assets" / "installningar.css").read_text(encoding="utf-8")
    assert "--nh-primary: #5a2d82;" in css and "--nh-accent: #2e6b30;" in css
    assert 'href="assets/installningar.css"' in (site / "index.html").read_text(encoding="utf-8")


def test_contact_and_repository_links_come_from_the_settings(site):
    statement = (site / "tillganglighet.html").read_text(encoding="utf-8")
    assert '<a href="mailto:handbok@kungsbacka.example">Mejla redaktionen</a>' in statement
    page = (site / "satsningar" / "testteamet.html").read_text(encoding="utf-8")
    assert "https://git.example.org/kungsbacka/handbok/edit/trunk/data/satsningar/testteamet.yml" in page


def test_without_a_repository_there_are_no_edit_links(tmp_path):
    settings = SETTINGS.split("kallkod:")[0]
    project = project_with(tmp_path, settings)
    assert build(project).returncode == 0
    page = (project / "site" / "satsningar" / "testteamet.html").read_text(encoding="utf-8")
    assert "/edit/" not in page and "Redigera uppgifterna" not in page


@pytest.mark.parametrize("colour, words", [
    ("#aaaaaa", ["installningar.yml", "farger.huvudfarg", "kontrasten 2,3:1 mot vitt", "minst 4,5:1"]),
    ("blå", ["installningar.yml", "'blå' är ingen färgkod", "#1d4f73"]),
])
def test_an_unreadable_colour_stops_the_build_with_a_swedish_message(tmp_path, colour, words):
    project = project_with(tmp_path, SETTINGS.replace('"#5a2d82"', f'"{colour}"'))
    result = build(project)
    report = result.stdout + result.stderr  # MkDocs prints an aborted build's message on stdout
    assert result.returncode != 0
    for word in words:
        assert word in report, (word, report)
    assert "Traceback" not in report


def test_a_misspelt_field_and_a_missing_file_are_explained(tmp_path):
    project = project_with(tmp_path, SETTINGS.replace("sidfot:", "sidfoot:"))
    result = build(project)
    assert result.returncode != 0 and "Fältet 'sidfoot' finns inte här. Menade du 'sidfot'?" in result.stdout + result.stderr
    (project / "installningar.yml").unlink()
    result = build(project)
    assert result.returncode != 0 and "Filen installningar.yml saknas." in result.stdout + result.stderr


def test_make_check_reports_a_mistake_in_the_settings_too(tmp_path):
    project = project_with(tmp_path, SETTINGS.replace('"#2e6b30"', '"#eeeeee"'))
    result = subprocess.run([sys.executable, "-m", "macros", "check"], cwd=project, capture_output=True, text=True,
                            env={"PYTHONPATH": str(project), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1
    assert "Fel i installningar.yml, rad 8, fält 'farger.accentfarg'" in result.stderr
