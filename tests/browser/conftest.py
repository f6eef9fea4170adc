"""The whole-site pass in Chromium, shared by the accessibility and privacy tests (it is the slow part)."""

import pytest

from tests.browser.site_scan import scan, site_pages


@pytest.fixture(scope="session")
def real_base(real_site, serve) -> str:
    return serve(real_site)


@pytest.fixture(scope="session")
def site_scan(real_site, real_base, browser):
    """Every page of the real handbook in light and dark: axe results, page facts and all network requests."""
    return scan(browser, real_base, site_pages(real_site))


@pytest.fixture(scope="session")
def base(real_base) -> str:
    """The real handbook's address, for tests that navigate it."""
    return real_base


@pytest.fixture(scope="session")
def handbook():
    """The project's data, where tests read what the pages should show."""
    from macros.validation import load_handbook
    from tests.support.sites import ROOT

    return load_handbook(ROOT)
