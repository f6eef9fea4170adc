"""`make serve` live-reloads: editing a YAML file in data/ rebuilds and reloads the open page in the browser."""

import os
import socket
import subprocess
import sys
import time

import pytest

from tests.support.sites import ROOT, make_project


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_makefile_serve_passes_livereload():
    # click > 8.2.1 turns live reload off unless the flag is given.
    assert "mkdocs serve --livereload --dev-addr 127.0.0.1:8000" in (ROOT / "Makefile").read_text(encoding="utf-8")


@pytest.mark.parametrize("edited", ["data/roller/logoped.yml", "macros/templates/pages/roller.md.j2"])
def test_edit_reloads_the_open_page(tmp_path, page, edited):
    project = make_project(tmp_path / "p", ROOT / "tests" / "fixtures" / "mini" / "data")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        url = f"http://127.0.0.1:{port}/roller/logoped.html"
        deadline = time.time() + 60
        while True:
            try:
                page.goto(url)
                if page.locator("h1").count():
                    break
            except Exception:
                pass
            assert time.time() < deadline and server.poll() is None, "mkdocs serve startade inte"
            time.sleep(0.5)
        assert "Logoped" in page.locator("h1").inner_text()
        path = project / edited
        text = path.read_text(encoding="utf-8")
        if edited.endswith(".yml"):
            path.write_text(text.replace("namn: Logoped", "namn: Logoped (ändrad)"), encoding="utf-8")
            expected = "Logoped (ändrad)"
        else:
            path.write_text(text.replace("## Satsningar med rollen", "## Satsningar där rollen ingår"), encoding="utf-8")
            expected = "Satsningar där rollen ingår"
        # No navigation from the test: only live reload can bring the new text into this page.
        page.wait_for_function("t => document.body.innerText.includes(t)", arg=expected, timeout=60000)
    finally:
        server.terminate()
        server.wait(timeout=20)
