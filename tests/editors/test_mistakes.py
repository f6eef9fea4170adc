"""The typical editor mistakes, through the real `python -m macros check`: each gets one Swedish message that names
the file, the line and the field, and says how to fix it; the command fails without a traceback."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from tests.editors.conftest import ENGLISH, edit, macros

# (name, change to the mini fixture, file, line, field, words of the message, words of the fix)
MISTAKES = [
    ("misspelt-role", ("satsningar/testteamet.yml", "  - roll: logoped", "  - roll: logpoed"),
     "data/satsningar/testteamet.yml", 13, "roller[0].roll",
     "Det finns ingen yrkesroll med id 'logpoed'. Menade du 'logoped'?", "data/roller/"),
    ("month-13", ("arshjul/testhjul.yml", "manad: 9", "manad: 13"),
     "data/arshjul/testhjul.yml", 5, "handelser[0].manad",
     "'13' är inte en giltig månad", "mellan 1 och 12"),
    ("impossible-date", ("roller/kurator.yml", "senast_granskad: 2026-11-01", "senast_granskad: 2024-13-01"),
     "data/roller/kurator.yml", 4, "senast_granskad",
     "'2024-13-01' är inte ett giltigt datum", "ÅÅÅÅ-MM-DD"),
    ("tab-indent", ("verktyg/bildstod.yml", "roller: [logoped]", "roller:\n\t- logoped"),
     "data/verktyg/bildstod.yml", 4, None,
     "indragen med tabb", "mellanslag"),
    ("colon-in-text", ("roller/kurator.yml", "beskrivning: Kuratorn ger stödsamtal.", "beskrivning: Kuratorn: ger stödsamtal."),
     "data/roller/kurator.yml", 2, None,
     "En text innehåller ': ' (kolon följt av mellanslag) utan citattecken", "citattecken"),
    ("list-for-text", ("roller/kurator.yml", "beskrivning: Kuratorn ger stödsamtal.", "beskrivning:\n  - Kuratorn\n  - ger stöd"),
     "data/roller/kurator.yml", 2, "beskrivning",
     "Här ska det stå en text, men det står en lista", "'|'"),
    ("missing-field", ("roller/kurator.yml", "beskrivning: Kuratorn ger stödsamtal.\n", ""),
     "data/roller/kurator.yml", 1, "beskrivning",
     "Fältet 'beskrivning' saknas men måste finnas.", "Lägg till 'beskrivning:'"),
]

# A file name cannot have a line or a field: the message names the file and the name to use instead.
BAD_NAMES = [("roller/Ny kurator.yml", "ny-kurator.yml"), ("roller/skolsköterska.yml", "skolskoterska.yml")]


def assert_editor_message(result, where: str, message: str, fix: str) -> None:
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert not any(word in out for word in ENGLISH), out
    assert "Hittade 1 fel i data." in out, out
    block = out[out.index(where):]
    first, said, how = block.splitlines()[:3]
    assert first == where + ":", first
    assert message in said, said
    assert how.strip().startswith("Så här rättar du:") and fix in how, how


@pytest.mark.parametrize("mistake", MISTAKES, ids=[m[0] for m in MISTAKES])
def test_mistake_gets_a_swedish_message_with_file_line_field_and_fix(mini_project, mistake):
    _, change, file, line, field, message, fix = mistake
    edit(mini_project, *change)
    where = f"Fel i {file}, rad {line}" + (f", fält '{field}'" if field else "")
    assert_editor_message(macros(mini_project, "check"), where, message, fix)


@pytest.mark.parametrize("bad, good", BAD_NAMES)
def test_file_name_with_spaces_or_swedish_letters_is_explained(mini_project, bad, good):
    shutil.copy(mini_project / "data" / "roller" / "kurator.yml", mini_project / "data" / bad)
    where = f"Fel i data/{bad}"
    assert_editor_message(macros(mini_project, "check"), where, "får bara innehålla små bokstäver a–z", f"'{good}'")


def test_all_mistakes_are_reported_in_one_run(mini_project):
    for _, (rel, old, new), *_ in MISTAKES[:4]:  # each in its own file, so none hides another
        edit(mini_project, rel, old, new)
    shutil.copy(mini_project / "data" / "roller" / "logoped.yml", mini_project / "data" / "roller" / "Ny logoped.yml")
    result = macros(mini_project, "check")
    out = result.stderr
    assert result.returncode == 1 and "Traceback" not in out
    for file in ("satsningar/testteamet.yml", "arshjul/testhjul.yml", "roller/kurator.yml", "verktyg/bildstod.yml",
                 "roller/Ny logoped.yml"):
        assert f"Fel i data/{file}" in out, file
    assert "Hittade 5 fel i data." in out


def _snapshot(site):
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_build_with_a_mistake_leaves_the_previous_site_untouched(mini_project):
    first = macros(mini_project, "build")
    assert first.returncode == 0, first.stderr
    site = mini_project / "site"
    before = _snapshot(site)
    assert "satsningar/testteamet.html" in before
    edit(mini_project, "arshjul/testhjul.yml", "manad: 9", "manad: 13")
    edit(mini_project, "roller/kurator.yml", "Kuratorn ger stödsamtal.", "Kuratorn ger stöd och samtal.")
    second = macros(mini_project, "build")
    assert second.returncode == 1 and "Traceback" not in second.stderr
    assert "Fel i data/arshjul/testhjul.yml, rad 5, fält 'handelser[0].manad'" in second.stderr
    assert "den förra finns kvar" in second.stderr
    assert _snapshot(site) == before
    assert not (mini_project / ".site-new").exists() and not (mini_project / ".site-old").exists()
