from __future__ import annotations

import contextlib
import logging
import os
import signal

import pytest
from hypothesis import settings as hypothesis_settings

from podium_cli.build import build
from podium_testkit import copy_site

# In CI the property tests (tests/hostile) draw the same examples on
# every run: CI judges a change, and a new random input failing there would keep
# an unrelated change from landing. Elsewhere they draw afresh, which is how they
# keep finding inputs nobody wrote down ("{attach}//[" ended podium check); each
# one found becomes a written case.
hypothesis_settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

# Started in the background by a shell that is not interactive (`python3 dev.py
# test &`, nohup), the test run inherits SIGINT ignored, and so does every podium
# it starts: the Ctrl-C tests then sent an interrupt nobody heard (exit 0, not
# 130). A handler of Python's own here is the default again in each child.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session", autouse=True)
def _logging_at_start():
    """The root logger's level and Pelican's quiet console before any test or
    fixture ran: what ``_logging_as_it_was`` gives each test."""
    from pelican.log import console

    return logging.getLogger().level, console.quiet


@pytest.fixture(autouse=True)
def _logging_as_it_was(_logging_at_start):
    """The root logger's level and Pelican's quiet console as the session
    started, and its handlers as before, for each test: `podium build -q` run
    in process (click's runner) leaves the root at ERROR, and a later test's
    caplog then saw no warning at all (test_the_settings_file_is_read_once_per_build
    after a `-q` build). Also when a module's fixture built so (test_corpus.py's
    good_site): set up before this fixture, its level was what each test began
    with and was given back, for the rest of the run."""
    from pelican.log import console

    root = logging.getLogger()
    level, quiet = _logging_at_start
    handlers = root.handlers[:]
    root.setLevel(level)
    console.quiet = quiet
    yield
    root.setLevel(level)
    root.handlers[:] = handlers
    console.quiet = quiet


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


@pytest.fixture
def cache_key(monkeypatch):
    """PODIUM_CACHE_KEY set for this test (the settings read it once per process:
    forgotten before and after); the key it is set to."""
    from podium import settings

    def forget():
        with contextlib.suppress(AttributeError):  # a podium without the key
            settings.cache_key_environment.cache_clear()

    key = "test key, never in the cache nor in what the build writes or says"
    monkeypatch.setenv("PODIUM_CACHE_KEY", key)
    forget()
    yield key
    monkeypatch.delenv("PODIUM_CACHE_KEY", raising=False)  # a test may have unset it
    forget()
