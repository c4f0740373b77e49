from __future__ import annotations

import pytest

from podium_cli.build import build
from podium_testkit import copy_site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The test site, built once for all read-only end-to-end tests."""
    site = copy_site(tmp_path_factory.mktemp("built"))
    result = build(site / "pelicanconf.py", site / "output")
    return result.output


@pytest.fixture
def site(tmp_path):
    """A private, writable copy of the test site."""
    return copy_site(tmp_path)
