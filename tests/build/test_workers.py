"""A national handbook is parsed and rendered by worker processes: the site must be byte for byte the one a single
process builds, and a data error must be reported the same way."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from macros import ahead, workers
from macros.loader import PARALLEL_FROM
from tests.bench.national import generate
from tests.support.sites import make_project


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("workers")
    dataset = generate(root / "data", initiatives=ahead.AHEAD_FROM + 20)
    assert dataset.files >= PARALLEL_FROM, "datamängden ska vara stor nog för att läsas av flera processer"
    return make_project(root / "project", dataset.folder)


def _run(project: Path, *args: str, processes: str) -> subprocess.CompletedProcess:
    env = {**os.environ, workers.ENV: processes}
    return subprocess.run([sys.executable, *args], cwd=project, env=env, capture_output=True, text=True, timeout=600)


def _pages(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file() and p.suffix != ".gz"}


def test_site_built_with_workers_is_the_same_as_with_one_process(project):
    if os.cpu_count() < 2:
        pytest.fail("Testet behöver minst två kärnor för att pröva arbetsprocesserna.")
    sites = {}
    for processes in ("0", "2"):
        result = _run(project, "-m", "mkdocs", "build", "--strict", "--site-dir", f"site-{processes}", processes=processes)
        assert result.returncode == 0, result.stderr[-3000:]
        sites[processes] = _pages(project / f"site-{processes}")
    single, parallel = sites["0"], sites["2"]
    assert sorted(single) == sorted(parallel)
    differing = [path for path in single if single[path] != parallel[path]]
    assert differing == []
    assert sum(p.startswith("satsningar/") and p.endswith(".html") for p in single) > ahead.AHEAD_FROM


def test_an_error_in_one_of_many_files_is_reported_alike_with_workers(project, tmp_path):
    broken = tmp_path / "trasig"
    shutil.copytree(project, broken, ignore=shutil.ignore_patterns("site-*"))
    victim = sorted((broken / "data" / "satsningar").glob("*.yml"))[-1]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text.replace("namn:", "namn:\n  - fel: [", 1), encoding="utf-8")
    reports = {p: _run(broken, "-m", "macros", "check", processes=p) for p in ("0", "2")}
    for result in reports.values():
        assert result.returncode == 1
        assert f"data/satsningar/{victim.name}" in result.stderr
        assert "Traceback" not in result.stderr
    assert reports["0"].stderr == reports["2"].stderr
