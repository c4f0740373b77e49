"""A real HTTP server on 127.0.0.1 that plays the ATS vendors (and misbehaving hosts)."""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from podium_testkit import drop_proxies
from podium_vacancies.feeds import FeedConfig

FIXTURES = Path(__file__).parent / "fixtures"
NOW = dt.datetime(2026, 11, 22, 6, 0, tzinfo=dt.UTC)
JSON = "application/json; charset=utf-8"
XML = "application/xml; charset=utf-8"

# The Recruitee fixture's offer 2201005 is a copy of 2201001 under another id
# (its title, place and address to apply at), which the pull skips with this warning.
RECRUITEE_COPY = 'skipped post 2201005 "Klantadviseur energie": post 2201001 of this feed'

# path on the test server -> (vendor, fixture file, content type)
VENDORS = {
    "greenhouse": ("/v1/boards/helderenergie/jobs", "greenhouse.json", JSON),
    "lever": ("/v0/postings/helderenergie", "lever.json", JSON),
    "personio": ("/xml", "personio.xml", XML),
    "recruitee": ("/api/offers/", "recruitee.json", JSON),
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # close-delimited bodies: lets /big stream without a length

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):  # noqa: N802 - http.server's naming
        server = self.server
        server.requests.append((self.path, dict(self.headers)))
        route = server.routes.get(self.path.split("?")[0])
        if route is None:
            self.send_error(404, "Not Found")
            return
        # The client may hang up on purpose (size cap, timeout).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            route(self)


def static(body: bytes, content_type: str, status: int = 200, headers=None):
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)

    return handle


def redirect(to: str):
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", to)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handle


def streamed(total: int, content_type: str = JSON):
    """A body of ``total`` bytes sent in chunks, with no Content-Length to trust.

    ``handle.sent``: per answer, the bytes that went out before the client hung
    up (``total`` or more if it read them all)."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", content_type)
        h.end_headers()
        chunk = b" " * 65536
        sent = 0
        try:
            while sent < total:
                h.wfile.write(chunk)
                sent += len(chunk)
        except OSError:  # the client stopped reading: what the tests look for
            pass
        handle.sent.append(sent)

    handle.sent = []
    return handle


def sleepy(seconds: float, body: bytes = b"[]", content_type: str = JSON):
    def handle(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        static(body, content_type)(h)

    return handle


class FakeATS:
    def __init__(self, server: ThreadingHTTPServer):
        self.server = server
        self.base = f"http://{server.server_address[0]}:{server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, handler) -> str:
        self.server.routes[path] = handler
        return self.url(path)

    def serve(self, path: str, body: bytes, content_type: str = JSON) -> str:
        return self.route(path, static(body, content_type))

    def feed(self, kind: str, name: str | None = None, **extra) -> FeedConfig:
        path, _, _ = VENDORS[kind]
        settings = {"name": name or f"{kind}-helder", "kind": kind, "url": self.url(path),
                    "default_country": "NL", **extra}  # fmt: skip
        return FeedConfig.from_settings({"PODIUM_FEEDS": [settings]})[0]


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch):
    drop_proxies(monkeypatch)


@pytest.fixture
def ats():
    yield from _serving("127.0.0.1")


@pytest.fixture
def other_host():
    """The same vendors on 127.0.0.2: another internal host than the feed's (Linux
    answers on all of 127.0.0.0/8)."""
    yield from _serving("127.0.0.2")


def _serving(host: str):
    server = ThreadingHTTPServer((host, 0), _Handler)
    server.daemon_threads = True
    server.routes = {}
    server.requests = []
    for path, fixture, content_type in VENDORS.values():
        server.routes[path] = static((FIXTURES / fixture).read_bytes(), content_type)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield FakeATS(server)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening: connections are refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
