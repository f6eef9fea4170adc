"""Smoke run of `make bench`'s generator: a small national dataset is valid data and builds strictly.

The benchmark itself (three sizes, timings) runs on demand with `make bench`, not in the test suite.
"""

from collections import Counter

import pytest

from macros.validation import load_handbook
from tests.bench.floor import make_floor
from tests.bench.measure import site_size
from tests.support.sites import build, make_project

from .national import generate


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    """2 regions with 3 municipalities each, 12 initiatives, with the real engine beside the data."""
    root = tmp_path_factory.mktemp("bench")
    dataset = generate(root / "data", initiatives=12, municipalities=6, regions=2)
    return make_project(root / "project", dataset.folder), dataset


@pytest.fixture(scope="module")
def site(national):
    project, _ = national
    result = build(project)
    assert result.returncode == 0, result.stderr[-3000:]
    return project / "site"


def test_generated_data_is_valid_and_spread_over_the_municipalities(national):
    project, dataset = national
    handbook = load_handbook(project)
    assert handbook.warnings == []
    initiatives = handbook.kind("satsningar")
    assert len(initiatives) == dataset.initiatives == 12
    municipalities = [p for p in handbook.kind("aktorer").values() if p.model.type.value == "kommun"]
    assert len(municipalities) == 6
    assert {p.model.region for p in municipalities} == {"region-stockholm", "region-uppsala"}
    per_municipality = Counter(r.model.municipality for r in initiatives.values())
    assert set(per_municipality) == {p.id for p in municipalities}
    # Realistic references: every initiative names roles, tools and partners, and they vary between initiatives.
    assert all(r.model.roles and r.model.tools and r.model.partners for r in initiatives.values())
    assert len({t.tool for r in initiatives.values() for t in r.model.tools}) > 10


def test_generated_handbook_builds_strictly_and_lists_every_initiative(national, site):
    _, dataset = national
    listed = "".join((site / "satsningar" / "region" / f"{r}.html").read_text(encoding="utf-8")
                     for r in ("region-stockholm", "region-uppsala"))
    for path in (dataset.folder / "satsningar").glob("*.yml"):
        assert (site / "satsningar" / f"{path.stem}.html").exists()
        assert f'href="../{path.stem}.html"' in listed, path.stem


def test_floor_has_as_many_pages_with_the_same_text(national, site, tmp_path):
    _, dataset = national
    generated = {f"{p.parent.name}/{p.stem}.html" for p in dataset.folder.glob("*/*.yml")}
    full = site_size(site, generated)
    assert full.generated_median > 0
    floor = make_floor(tmp_path / "golv", full.text_lengths, full.searched)
    assert build(floor).returncode == 0
    floor_size = site_size(floor / "site", set())
    assert floor_size.pages == full.pages
    assert sum(floor_size.searched) == sum(full.searched) < full.pages  # the printable handbook is not searched
    assert abs(sum(floor_size.text_lengths) - sum(full.text_lengths)) < 0.05 * sum(full.text_lengths)
