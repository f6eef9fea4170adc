"""The committed JSON Schemas are derived from the model, and every data file passes an independent validator."""

import subprocess
import sys

import pytest

from macros.kinds import KINDS
from macros.schemas import schema_text
from tests.support.sites import ROOT


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.folder)
def test_committed_schema_matches_the_model(kind):
    committed = (ROOT / "schemas" / f"{kind.folder}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(kind), f"Kör 'make schemas': schemas/{kind.folder}.schema.json är inaktuell."


def test_schema_descriptions_are_swedish():
    text = schema_text(next(k for k in KINDS if k.folder == "satsningar"))
    assert "Satsningens namn." in text and "Månad 1–12" not in text  # months live in the wheel schema
    assert "Månad 1–12 (1 = januari)." in schema_text(next(k for k in KINDS if k.folder == "arshjul"))


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.folder)
def test_every_data_file_passes_check_jsonschema(kind):
    files = sorted((ROOT / "data" / kind.folder).glob("*.yml"))
    assert files, f"data/{kind.folder}/ är tom"
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(ROOT / "schemas" / f"{kind.folder}.schema.json"),
         *map(str, files)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.folder)
def test_every_data_file_points_editors_at_its_schema(kind):
    for path in (ROOT / "data" / kind.folder).glob("*.yml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../../schemas/{kind.folder}.schema.json", path


def test_schema_rejects_what_the_model_rejects(tmp_path):
    bad = tmp_path / "x.yml"
    bad.write_text("namn: Testhjulet\nhandelser:\n  - manad: 13\n    titel: X\nkallor: [a]\nsenast_granskad: 2026-01-01\n",
                   encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(ROOT / "schemas" / "arshjul.schema.json"), str(bad)],
        capture_output=True, text=True,
    )
    assert result.returncode == 1 and "13" in result.stdout
