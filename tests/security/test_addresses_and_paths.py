"""Addresses and names from data: web addresses only with https, http or mailto; e-mail addresses become mailto links;
ids, file names and links cannot reach outside data/ or the site folder. Every refusal is a Swedish message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.problems import DataError
from macros.text import to_html
from macros.validation import load_handbook
from tests.conftest import FIXTURES


@pytest.fixture()
def project(tmp_path) -> Path:
    shutil.copytree(FIXTURES / "mini" / "data", tmp_path / "data")
    return tmp_path


def add_line(project: Path, rel: str, line: str) -> None:
    path = project / "data" / rel
    path.write_text(path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")


def replace(project: Path, rel: str, old: str, new: str) -> None:
    path = project / "data" / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def errors(project: Path):
    with pytest.raises(DataError) as exc:
        load_handbook(project)
    return [p for p in exc.value.problems if not p.warning]


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "javascript://example.org/%0Aalert(1)",
    "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example/x",
    "ftp://example.org/fil", "https://example.org/\" onmouseover=\"alert(1)", "www.example.org", "../hemlig.html",
])
def test_web_addresses_other_than_https_http_and_mailto_are_refused_in_swedish(project, url):
    add_line(project, "verktyg/bildstod.yml", f"lankar: ['{url}']")
    found = errors(project)
    assert len(found) == 1, [p.format() for p in found]
    problem = found[0]
    assert problem.file == "data/verktyg/bildstod.yml" and problem.field.startswith("lankar")
    assert "är ingen tillåten webbadress" in problem.message
    assert "https://" in problem.fix and "mailto:" in problem.fix


@pytest.mark.parametrize("url", ["https://example.org/sida?a=1&b=2", "http://example.org", "mailto:namn@example.se"])
def test_https_http_and_mailto_addresses_are_accepted(project, url):
    add_line(project, "verktyg/bildstod.yml", f"lankar: ['{url}']")
    assert load_handbook(project).model("verktyg", "bildstod").links == [url]


def test_links_in_text_keep_only_safe_addresses_and_e_mail_becomes_a_mailto_link():
    html = str(to_html("[a](javascript:alert(1)) [b](data:text/html,x) [c](https://example.org) "
                       "Skriv till kontakt@kommun.se eller [redaktionen](mailto:red@kommun.se)."))
    assert "javascript:" not in html and "data:" not in html
    assert 'href="https://example.org"' in html
    assert '<a href="mailto:kontakt@kommun.se"' in html and 'href="mailto:red@kommun.se"' in html


def test_an_e_mail_field_refuses_anything_but_an_address(project):
    replace(project, "satsningar/testteamet.yml", "epost: test@example.se", 'epost: "x@y.se\\" onclick=\\"alert(1)"')
    found = errors(project)
    assert len(found) == 1 and "är ingen giltig e-postadress" in found[0].message


@pytest.mark.parametrize("ref", ["../../etc/passwd", "/etc/passwd", "..", "bup/../../hemlig", "C:\\\\Windows",
                                 "bup%2f..", "BUP", "bup ", "bup.yml", "bűp", "~/hemlig"])
def test_references_that_look_like_paths_are_refused(project, ref):
    replace(project, "satsningar/testteamet.yml", "kommun: testkommun", f'kommun: "{ref}"')
    found = errors(project)
    assert len(found) == 1, [p.format() for p in found]
    assert found[0].field == "kommun" and "inte ett giltigt id" in found[0].message
    assert "små bokstäver a–z" in found[0].fix


@pytest.mark.parametrize("name", ["Bup.yml", "bup test.yml", "bup..yml", "-bup.yml", "bup_2.yml", "åtgärd.yml",
                                  "bup%2F.yml", "bup\\x.yml"])
def test_file_names_outside_the_id_pattern_are_refused_with_a_new_name(project, name):
    (project / "data" / "roller" / name).write_text("namn: x\n", encoding="utf-8")
    found = [p for p in errors(project) if p.file == f"data/roller/{name}"]
    assert len(found) == 1 and "är inte tillåtet" in found[0].message and "Döp om filen till '" in found[0].fix


def test_a_data_file_that_links_outside_data_is_not_read(project):
    secret = project / "hemlig.yml"
    secret.write_text("namn: Hemlig\nbeskrivning: HEMLIGT\nkallor: [testkalla]\nsenast_granskad: 2026-11-01\n",
                      encoding="utf-8")
    (project / "data" / "roller" / "hemlig.yml").symlink_to(secret)
    found = errors(project)
    assert [p.file for p in found] == ["data/roller/hemlig.yml"]
    assert "länk" in found[0].message and "utanför" in found[0].message and "HEMLIGT" not in found[0].format()


def test_a_kind_folder_that_links_elsewhere_is_not_read(project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "roller"
    shutil.move(project / "data" / "roller", elsewhere)
    (project / "data" / "roller").symlink_to(elsewhere, target_is_directory=True)
    found = errors(project)
    assert found[0].file == "data/roller" and "Mappen är en länk" in found[0].message


@pytest.mark.parametrize("logo", ["../mkdocs.yml", "/etc/passwd", "assets/../../hemlig.svg", "..\\\\hemlig.svg",
                                  "C:/bilder/logo.svg", "~/logo.svg"])
def test_the_logo_setting_cannot_point_outside_docs(tmp_path, logo):
    from macros import settings

    (tmp_path / settings.FILE).write_text(f'namn: Handboken\nlogotyp: "{logo}"\n', encoding="utf-8")
    with pytest.raises(DataError) as exc:
        settings.load(tmp_path)
    [problem] = exc.value.problems
    assert problem.field == "logotyp" and "ingen sökväg inuti docs/" in problem.message, problem.format()


def test_a_logo_inside_docs_is_accepted(tmp_path):
    from macros import settings

    (tmp_path / settings.FILE).write_text("namn: Handboken\nlogotyp: assets/logotyp.svg\n", encoding="utf-8")
    assert settings.load(tmp_path).logo == "assets/logotyp.svg"
