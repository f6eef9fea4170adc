"""Editor mistakes as an editor meets them: Swedish messages with file, line, field and a fix, all in one run."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from macros.problems import DataError
from macros.validation import load_handbook
from tests.support.sites import ROOT

MINI = ROOT / "tests" / "fixtures" / "mini" / "data"


@pytest.fixture()
def project(tmp_path) -> Path:
    shutil.copytree(MINI, tmp_path / "data")
    return tmp_path


def edit(project: Path, rel: str, old: str, new: str) -> None:
    path = project / "data" / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} finns inte i {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_of(project: Path):
    with pytest.raises(DataError) as exc:
        load_handbook(project)
    return exc.value.problems


def only(project: Path):
    found = [p for p in problems_of(project) if not p.warning]
    assert len(found) == 1, [p.format() for p in found]
    return found[0]


def test_fixture_is_valid(project):
    handbook = load_handbook(project)
    assert "testteamet" in handbook.kind("satsningar")


def test_misspelt_role_suggests_the_nearest_id(project):
    edit(project, "satsningar/testteamet.yml", "  - roll: logoped", "  - roll: logpoed")
    p = only(project)
    assert (p.file, p.line, p.field) == ("data/satsningar/testteamet.yml", 13, "roller[0].roll")
    assert "Det finns ingen yrkesroll med id 'logpoed'. Menade du 'logoped'?" in p.message
    assert "data/roller/" in p.fix


def test_month_13(project):
    edit(project, "arshjul/testhjul.yml", "manad: 9", "manad: 13")
    p = only(project)
    assert (p.line, p.field) == (5, "handelser[0].manad")
    assert "'13' är inte en giltig månad" in p.message and "mellan 1 och 12" in p.message


def test_impossible_date(project):
    edit(project, "roller/kurator.yml", "senast_granskad: 2026-11-01", "senast_granskad: 2024-13-01")
    p = only(project)
    assert (p.line, p.field) == (4, "senast_granskad")
    assert "'2024-13-01' är inte ett giltigt datum" in p.message and "ÅÅÅÅ-MM-DD" in p.fix


def test_list_where_text_is_expected(project):
    edit(project, "roller/kurator.yml", "beskrivning: Kuratorn ger stödsamtal.", "beskrivning:\n  - Kuratorn\n  - ger stöd")
    p = only(project)
    assert (p.line, p.field) == (2, "beskrivning")
    assert "en text, men det står en lista" in p.message


def test_missing_required_field(project):
    edit(project, "roller/kurator.yml", "beskrivning: Kuratorn ger stödsamtal.\n", "")
    p = only(project)
    assert p.field == "beskrivning" and "saknas" in p.message and "Lägg till 'beskrivning:'" in p.fix


def test_unknown_key_is_an_error_with_suggestion(project):
    edit(project, "roller/kurator.yml", "beskrivning:", "beskrivnig:")
    found = problems_of(project)
    unknown = next(p for p in found if p.field == "beskrivnig")
    assert "Menade du 'beskrivning'?" in unknown.message and unknown.line == 2


def test_text_that_yaml_would_turn_into_a_boolean_stays_text(project):
    edit(project, "roller/kurator.yml", "beskrivning: Kuratorn ger stödsamtal.", "beskrivning: NO")
    assert load_handbook(project).model("roller", "kurator").description == "NO"


def test_bad_file_names(project):
    (project / "data/roller/Ny roll.yml").write_text("namn: x\n", encoding="utf-8")
    (project / "data/roller/skolsköterska.yml").write_text("namn: x\n", encoding="utf-8")
    found = {p.file: p for p in problems_of(project)}
    assert "'ny-roll.yml'" in found["data/roller/Ny roll.yml"].fix
    assert "'skolskoterska.yml'" in found["data/roller/skolsköterska.yml"].fix


def test_path_like_ids_are_rejected(project):
    edit(project, "satsningar/testteamet.yml", "kommun: testkommun", "kommun: ../../etc/passwd")
    p = only(project)
    assert p.field == "kommun" and "inte ett giltigt id" in p.message


def test_all_problems_of_a_run_are_reported_together(project):
    edit(project, "arshjul/testhjul.yml", "manad: 9", "manad: 13")
    edit(project, "roller/kurator.yml", "senast_granskad: 2026-11-01", "senast_granskad: 2024-13-01")
    (project / "data/begrepp/tom.yml").write_text("", encoding="utf-8")
    files = {p.file for p in problems_of(project)}
    assert files == {"data/arshjul/testhjul.yml", "data/roller/kurator.yml", "data/begrepp/tom.yml"}


def test_old_review_date_is_a_warning_not_an_error(project):
    edit(project, "roller/kurator.yml", "senast_granskad: 2026-11-01", "senast_granskad: 2020-01-01")
    handbook = load_handbook(project)
    assert [w.file for w in handbook.warnings] == ["data/roller/kurator.yml"]
    assert "mer än 12 månader" in handbook.warnings[0].message


def test_check_command_exits_non_zero_without_traceback(project):
    edit(project, "satsningar/testteamet.yml", "  - roll: logoped", "  - roll: logpoed")
    result = subprocess.run([sys.executable, "-m", "macros", "check"], cwd=project, capture_output=True, text=True,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Fel i data/satsningar/testteamet.yml, rad 13, fält 'roller[0].roll'" in result.stderr
    assert "Ingen webbplats byggdes" in result.stderr
