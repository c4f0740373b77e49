"""The podium command through click's runner, in a private copy of the test site."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from podium_cli.cli import main


@pytest.fixture
def run(site, monkeypatch):
    monkeypatch.chdir(site)

    def _run(*args: str, input: str | None = None):
        return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)

    return _run
