"""Browser tests: Debian's Chromium driven by Playwright against a real server.

The test site is built once per session (``built_site``) and served by
``http.server`` on 127.0.0.1 at a free port. One browser serves every test.

Without Chromium (or Playwright) a developer's run skips these tests with a
loud reason; in CI (``CI=true``) a missing browser fails them instead: a
green CI run must mean the site was checked in a real browser.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from browser.kit import DESKTOP
from podium_cli.build import build
from podium_testkit import ROOT

ARTIFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    """PODIUM_CHROMIUM, else Debian's chromium on PATH or in /usr/bin."""
    candidates = [os.environ.get("PODIUM_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"]
    return next((c for c in candidates if c and Path(c).is_file()), None)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def no_browser(reason: str):
    message = f"BROWSER TESTS NOT RUN: {reason}"
    if in_ci():
        pytest.fail(f"{message} (CI=true: a missing browser is a failure, not a skip)")
    pytest.skip(f"{message}. Install Debian's chromium (apt-get install chromium) to run them.")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002  (the base class's name)
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


def serve(folder: Path, handler_class: type[SimpleHTTPRequestHandler] = _Quiet):
    """Serve ``folder`` on 127.0.0.1 at a free port; yields the base URL."""
    handler = functools.partial(handler_class, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def base_url(built_site):
    """The built test site over real HTTP on 127.0.0.1, e.g. http://127.0.0.1:40123."""
    yield from serve(built_site)


@pytest.fixture(scope="session")
def demo_url(tmp_path_factory):
    """The demo hub (real photos, long pages), built as `podium build` does, served."""
    out = tmp_path_factory.mktemp("demo-dev") / "output"
    yield from serve(build(ROOT / "pelicanconf.py", out).output)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        no_browser("the playwright Python package is not installed")
    path = chromium_path()
    if path is None:
        no_browser("no Chromium found (looked at $PODIUM_CHROMIUM, chromium on PATH, /usr/bin)")
    with sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        except Exception as exc:  # a broken install: say so in one line
            no_browser(f"Chromium at {path} did not start: {str(exc).splitlines()[0]}")
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


class PageWatch:
    """Console errors, failed requests and every request URL of one page, and
    what a hub page's Content-Security-Policy refused (podium_render.csp): any
    such refusal fails the test that opened the page (``new_page``), whether
    or not it looks at the console."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.refused: list[str] = []
        self.failed: list[str] = []
        self.requests: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        page.on("requestfailed", self._failed)
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("response", self._response)

    def _failed(self, request):
        # ERR_ABORTED: the browser dropped a request because the test navigated
        # on (a favicon still loading). A missing file shows up as HTTP 404.
        if "ERR_ABORTED" not in (request.failure or ""):
            self.failed.append(f"{request.url} ({request.failure})")

    def _console(self, msg):
        if msg.type == "error":
            self.errors.append(f"console: {msg.text}")
            # The editor (/admin/) has a policy of its own, the last line
            # under Decap's preview of hostile text: only the hub's pages here.
            url = msg.location.get("url", "")
            if "Content Security Policy" in msg.text and "/admin/" not in url:
                self.refused.append(f"{url}: {msg.text}")

    def _response(self, response):
        if response.status >= 400:
            self.failed.append(f"{response.url} (HTTP {response.status})")

    def assert_clean(self, what: str):
        assert not self.errors, f"{what}: console errors: {self.errors}"
        assert not self.failed, f"{what}: failed requests: {self.failed}"


@pytest.fixture
def new_page(browser):
    """new_page(viewport=..., **context_options) -> (page, watch); closed after the test."""
    contexts = []
    watches: list[PageWatch] = []

    def make(viewport=DESKTOP, **options):
        context = browser.new_context(viewport=viewport, **options)
        contexts.append(context)
        page = context.new_page()
        watches.append(PageWatch(page))
        return page, watches[-1]

    yield make
    for context in contexts:
        context.close()
    refused = [line for watch in watches for line in watch.refused]
    assert not refused, f"the Content-Security-Policy refused: {refused}"
