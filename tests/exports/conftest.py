"""The real handbook, built and served over HTTP: tests download files as a reader would."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from macros.validation import load_handbook
from tests.support.sites import ROOT


@pytest.fixture(scope="session")
def handbook():
    return load_handbook(ROOT)


@pytest.fixture(scope="session")
def site_url(real_site, serve) -> str:
    return serve(real_site)


@pytest.fixture(scope="session")
def download(site_url):
    """download(path) -> (bytes, content type) of a file of the served site."""

    def get(path: str) -> tuple[bytes, str]:
        with urllib.request.urlopen(site_url + path, timeout=30) as response:
            assert response.status == 200, path
            return response.read(), response.headers.get("Content-Type", "")

    return get


@pytest.fixture(scope="session")
def page_html(real_site):
    def read(path: str) -> str:
        return (Path(real_site) / path).read_text(encoding="utf-8")

    return read
