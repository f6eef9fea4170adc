"""`make ny` (python -m macros new) and the templates in mallar/: one generator, every field explained, valid files."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from macros.kinds import BY_FOLDER, KINDS
from macros.problems import DataError
from macros.scaffold import DATE_PLACEHOLDER, PLACEHOLDER_ID, Fill, questions, render, specs, template_text
from macros.validation import load_handbook
from tests.editors.conftest import ENGLISH, edit, macros
from tests.support.sites import ROOT

SCHEMA_LINE = "# yaml-language-server: $schema=../../schemas/{}.schema.json"


def first_id(project: Path):
    return lambda folder: sorted(p.stem for p in (project / "data" / folder).glob("*.yml"))[0]


def answers_for(kind, project: Path) -> list[str]:
    """The first valid choice for every question `new` asks, as command line arguments."""
    pick = first_id(project)
    return [f"{key}={pick(spec.folder) if spec.shape == 'id' else spec.choices[0]}" for key, spec in questions(kind)]


def check_jsonschema(kind, *files: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(ROOT / "schemas" / f"{kind.folder}.schema.json"),
         *map(str, files)], capture_output=True, text=True,
    )


def comment_text(text: str) -> str:
    """The explanations in a file as one line of prose."""
    lines = [re.sub(r"^[#\s]+", "", line) for line in text.splitlines() if line.lstrip("# ").strip() and
             re.match(r"^(# )?\s*#", line)]
    return " ".join(lines)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.folder)
def test_templates_in_mallar_are_up_to_date_with_the_model(kind):
    committed = (ROOT / "mallar" / f"{kind.folder}.yml").read_text(encoding="utf-8")
    assert committed == template_text(kind), f"Kör 'make schemas': mallar/{kind.folder}.yml är inaktuell."


def _all_specs(spec_list):
    for spec in spec_list:
        yield spec
        yield from _all_specs(spec.children)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.folder)
def test_template_explains_every_field_with_the_models_description(kind):
    text = (ROOT / "mallar" / f"{kind.folder}.yml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == SCHEMA_LINE.format(kind.folder)
    prose = comment_text(text)
    lines = text.splitlines()
    for spec in _all_specs(specs(kind.model)):
        at = [i for i, line in enumerate(lines) if re.match(rf"^(# )?[ -]*{spec.key}:( |$)", line)]
        assert at, f"{spec.key} saknas i mallar/{kind.folder}.yml"
        assert any(lines[i - 1].lstrip("# ").strip() and "#" in lines[i - 1].split(spec.key)[0] for i in at), spec.key
        if spec.description:
            assert " ".join(spec.description.split()) in prose, spec.description
        assert ("Obligatoriskt." if spec.required else "Frivilligt") in prose


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.folder)
def test_every_field_of_the_template_layout_is_valid_yaml_for_the_model(kind, mini_project):
    """The same layout with every field in use (nothing commented out) and real ids validates."""
    path = mini_project / "data" / kind.folder / "alla-falt.yml"
    fill = Fill(today="2026-01-01", example_id=first_id(mini_project), show_all=True)
    path.write_text(render(kind, fill, ["test"]), encoding="utf-8")
    handbook = load_handbook(mini_project)
    assert "alla-falt" in handbook.kind(kind.folder)
    result = check_jsonschema(kind, path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.folder)
def test_template_copied_as_is_only_complains_about_its_placeholders(kind, mini_project):
    (mini_project / "data" / kind.folder / "ny.yml").write_text(template_text(kind), encoding="utf-8")
    with pytest.raises(DataError) as exc:
        load_handbook(mini_project)
    errors = [p for p in exc.value.problems if not p.warning]
    assert errors
    for problem in errors:
        assert problem.file == f"data/{kind.folder}/ny.yml"
        assert PLACEHOLDER_ID in problem.message or DATE_PLACEHOLDER in problem.message, problem.format()


# The id is the name in a-z, digits and hyphens: "Ny årshjul på Åsa skola" -> ny-arshjul-pa-asa-skola.
IDS = {"satsningar": "ny-satsning-pa-asa-skola", "roller": "ny-yrkesroll-pa-asa-skola", "verktyg": "ny-verktyg-pa-asa-skola",
       "ramverk": "ny-ramverk-pa-asa-skola", "arshjul": "ny-arshjul-pa-asa-skola", "aktorer": "ny-aktor-pa-asa-skola",
       "begrepp": "ny-begrepp-pa-asa-skola", "kallor": "ny-kalla-pa-asa-skola"}


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.folder)
def test_new_file_for_every_kind_is_valid_and_passes_check_jsonschema(kind, mini_project):
    name = f"Ny {kind.singular} på Åsa skola"
    result = macros(mini_project, "new", kind.folder, name, *answers_for(kind, mini_project))
    assert result.returncode == 0, result.stdout + result.stderr
    ident = IDS[kind.folder]
    path = mini_project / "data" / kind.folder / f"{ident}.yml"
    assert f"Skapade data/{kind.folder}/{ident}.yml. Filen är giltig" in result.stdout
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == SCHEMA_LINE.format(kind.folder)
    handbook = load_handbook(mini_project)
    assert handbook.kind(kind.folder)[ident].title == name
    assert check_jsonschema(kind, path).returncode == 0


def test_new_initiative_asks_for_kind_name_and_choices(mini_project):
    # Kind 1 (satsning), the name, then kommun number 2 (testkommun), status number 2 (pågående), source 1.
    result = macros(mini_project, "new", stdin="1\nNärvaroteam Testby\n2\n2\n1\n")
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    for prompt in ("Vad vill du lägga till?", "1. satsning (data/satsningar/)", "kommun: Kommunen där satsningen bedrivs.",
                   "2. testkommun – Testkommunen", "period.status: Status enligt senaste källan.", "2. pågående",
                   "kallor: Källorna som uppgifterna kommer från", "1. testkalla – Testkälla för byggtester"):
        assert prompt in out, prompt
    record = load_handbook(mini_project).get("satsningar", "narvaroteam-testby")
    assert record.model.municipality == "testkommun" and record.model.period.status.value == "pågående"
    assert record.model.sources == ["testkalla"]
    # What is left to fill in is listed with its line, and the preview address is given.
    assert re.search(r"rad \d+: sammanfattning", out)
    assert "http://127.0.0.1:8000/satsningar/narvaroteam-testby.html" in out


def test_new_asks_again_after_a_wrong_answer(mini_project):
    result = macros(mini_project, "new", "satsningar", "Testlaget", stdin="testkomun\ntestkommun\npågående\ntestkalla\n")
    assert result.returncode == 0, result.stdout
    assert "kommun: 'testkomun' går inte. Ange en fil i data/aktorer/." in result.stdout


def test_new_refuses_to_overwrite(mini_project):
    path = mini_project / "data" / "roller" / "kurator.yml"
    before = path.read_text(encoding="utf-8")
    result = macros(mini_project, "new", "roller", "Kurator", "kallor=testkalla")
    assert result.returncode == 1
    assert "Filen data/roller/kurator.yml finns redan." in result.stdout and "Ingen fil skapades." in result.stdout
    assert path.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("args, said", [
    (["satsning", "Testlaget", "kommun=molndal", "period.status=pågående", "kallor=testkalla"],
     "kommun: 'molndal' går inte. Ange en fil i data/aktorer/."),
    (["satsningar", "Testlaget", "kommun=testkommun", "period.status=klar", "kallor=testkalla"],
     "period.status: 'klar' går inte. Ange ett av: planerad, pågående, avslutad, okänd."),
    (["roller", "Testrollen", "kallor=testkalla", "namn=X"], "Okänt svar: namn. För yrkesroll går det att ange: kallor=…."),
    (["recept", "Testlaget"], "Det finns inget slag som heter 'recept'."),
    (["roller", "?!", "kallor=testkalla"], "Namnet '?!' går inte att använda"),
    (["roller", "Testrollen"], "Svar saknas. Ingen fil skapades. Ange svaren som argument"),
])
def test_new_explains_what_is_wrong_and_writes_nothing(mini_project, args, said):
    before = sorted(p.name for p in (mini_project / "data").rglob("*.yml"))
    result = macros(mini_project, "new", *args)
    assert result.returncode == 1
    assert said in result.stdout, result.stdout
    assert not any(word in result.stdout + result.stderr for word in ENGLISH)
    assert sorted(p.name for p in (mini_project / "data").rglob("*.yml")) == before


def test_placeholders_warn_while_editing_and_stop_a_pull_request(mini_project):
    assert macros(mini_project, "new", "verktyg", "Närvarokarta", "kallor=testkalla").returncode == 0
    edit(mini_project, "verktyg/narvarokarta.yml", "# beskrivning: |\n#   FYLL I", "beskrivning: |\n  FYLL I")
    editing = macros(mini_project, "check")
    assert editing.returncode == 0
    where = re.search(r"Varning i data/verktyg/narvarokarta.yml, rad (\d+), fält 'beskrivning':", editing.stderr)
    assert where and "Här står fortfarande 'FYLL I' från mallen." in editing.stderr
    final = macros(mini_project, "check", "--final")
    assert final.returncode == 1
    assert f"Fel i data/verktyg/narvarokarta.yml, rad {where.group(1)}, fält 'beskrivning':" in final.stderr
    assert "Byt ut dem innan ändringen publiceras." in final.stderr
    edit(mini_project, "verktyg/narvarokarta.yml", "  FYLL I", "  En karta över skoldagen.")
    assert macros(mini_project, "check", "--final").returncode == 0


def test_questions_are_the_required_choices_of_each_kind():
    asked = {k.folder: [key for key, _ in questions(k)] for k in KINDS}
    assert asked["satsningar"] == ["kommun", "period.status", "kallor"]
    assert asked["aktorer"] == ["typ", "kallor"] and asked["kallor"] == ["typ"]
    assert asked["roller"] == asked["verktyg"] == asked["begrepp"] == ["kallor"]


@pytest.mark.parametrize("name", ['Rapport: "Närvaro" 2025', "2025", "yes", "#1 Närvaro"])
def test_names_that_yaml_would_misread_are_kept_as_written(mini_project, name):
    result = macros(mini_project, "new", "kallor", name, "typ=rapport")
    assert result.returncode == 0, result.stdout
    (path,) = set((mini_project / "data" / "kallor").glob("*.yml")) - {mini_project / "data" / "kallor" / "testkalla.yml"}
    assert load_handbook(mini_project).get("kallor", path.stem).model.title == name
    assert check_jsonschema(BY_FOLDER["kallor"], path).returncode == 0
