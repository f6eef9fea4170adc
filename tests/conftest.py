"""Shared fixtures: built sites (the real handbook and small fixture sites), a local web server and Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path

import pytest

from tests.support.sites import ROOT, build, make_project

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
FIXTURES = ROOT / "tests" / "fixtures"


def _built(tmp_path_factory, name: str, data: Path | None) -> Path:
    project = make_project(tmp_path_factory.mktemp(name) / "project", data)
    result = build(project)
    assert result.returncode == 0, f"Bygget misslyckades:\n{result.stdout}\n{result.stderr}"
    return project / "site"


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The handbook built from the project's own data/."""
    return _built(tmp_path_factory, "real", None)


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory) -> Path:
    return _built(tmp_path_factory, "mini", FIXTURES / "mini" / "data")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


@pytest.fixture(scope="session")
def serve():
    """serve(folder) -> base URL of a local HTTP server for that folder."""
    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(_Quiet, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert os.access(CHROMIUM, os.X_OK), f"Chromium saknas i {CHROMIUM}: kör make test, som installerar den."
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(locale="sv-SE")
    pg = context.new_page()
    yield pg
    context.close()
