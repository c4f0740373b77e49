"""POST with retries and backoff; every failure ends as one line (PingError)."""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urljoin

USER_AGENT = "Podium/0.1 (careers site; podium ping)"
MAX_BODY = 1_000_000
MAX_WAIT = 60.0  # never sleep longer than this for one Retry-After


class PingError(Exception):
    """A request that failed for good; the message is one line."""


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Retry:
    """How often and how patiently to try: 429 and 5xx answers and network
    errors are retried, waiting ``backoff`` seconds, then twice that, and so
    on (or what the server's Retry-After says, up to MAX_WAIT)."""

    tries: int = 3
    backoff: float = 2.0
    timeout: float = 20.0


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Follow no redirect: urllib turns a redirected POST into a GET without
    its body (so an endpoint that redirects, then answers the GET with 200,
    looked like it had accepted every URL, and they were never sent again),
    and it repeats our headers, the Authorization bearer token included, to
    wherever the Location points."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # urllib then raises the 3xx as an HTTPError


class _Deadline:
    """A wall-clock limit on one request.

    urllib's ``timeout`` bounds each wait on the socket, not the answer: an
    endpoint that sends a byte every few seconds kept ``podium ping
    --timeout 20`` (and the publish job it runs in) reading for as long as it
    went on. When the time is up this shuts every socket the request opened,
    which ends the read wherever it is blocked.
    """

    def __init__(self, seconds: float):
        self.lock = threading.Lock()
        self.sockets: list[socket.socket] = []
        self.expired = False
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True

    def connection(self, cls):
        """``cls`` (an HTTP(S)Connection) made to report its socket here."""

        def make(host, **kwargs):
            conn = cls(host, **kwargs)
            connect = conn.connect

            def watched_connect():
                connect()
                with self.lock:
                    self.sockets.append(conn.sock)
                    late = self.expired
                if late:
                    _cut(conn.sock)

            conn.connect = watched_connect
            return conn

        return make

    def _expire(self) -> None:
        with self.lock:
            self.expired = True
            sockets = list(self.sockets)
        for sock in sockets:
            _cut(sock)


def _cut(sock: socket.socket) -> None:
    # socket.socket's own shutdown, also for a TLS socket: it wakes the
    # blocked read in the other thread; the TLS layer needs no goodbye.
    with contextlib.suppress(OSError):  # already closed
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def http_open(self, req):
        return self.do_open(self.deadline.connection(http.client.HTTPConnection), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def https_open(self, req):
        return self.do_open(self.deadline.connection(http.client.HTTPSConnection), req)


def _open(request, timeout: float, deadline: _Deadline):
    opener = urllib.request.build_opener(
        _NoRedirect, _HTTPHandler(deadline), _HTTPSHandler(deadline)
    )
    return opener.open(request, timeout=timeout)


def _retry_after(value: str | None, default: float) -> float:
    """Seconds to wait as the server asks: Retry-After is seconds or an HTTP
    date (RFC 9110 section 10.2.3); a date was ignored, and the next try came
    after the backoff's 2 s, long before the hour a rate limiter named."""
    value = (value or "").strip()
    if value.isdigit():
        return min(float(value), MAX_WAIT)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return default
    if when.tzinfo is None:  # "-0000": UTC, as HTTP dates are
        when = when.replace(tzinfo=dt.UTC)
    seconds = (when - dt.datetime.now(dt.UTC)).total_seconds()
    return min(max(seconds, 0.0), MAX_WAIT)


def _exchange(request, timeout: float, deadline: _Deadline) -> tuple[int, str, dict, bytes]:
    """(status, reason, headers, body) of one request, whatever its status."""
    try:
        with _open(request, timeout, deadline) as answer:
            return answer.status, answer.reason, dict(answer.headers), answer.read(MAX_BODY)
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, str(exc.reason), dict(exc.headers), exc.read(MAX_BODY)


def post(
    url: str, body: bytes, headers: dict[str, str], retry: Retry, sleep=time.sleep
) -> Response:
    """The final answer for ``url`` (any status below 500 but 429 and 3xx), or PingError."""
    problem = ""
    for attempt in range(retry.tries):
        wait = retry.backoff * (2**attempt)
        request = urllib.request.Request(
            url, data=body, method="POST", headers={"User-Agent": USER_AGENT, **headers}
        )
        deadline = _Deadline(retry.timeout)
        deadline.timer.start()
        try:
            status, reason, answer_headers, data = _exchange(request, retry.timeout, deadline)
        except urllib.error.URLError as exc:
            reason = exc.reason
            timed_out = isinstance(reason, TimeoutError | socket.timeout)
            problem = (
                f"timed out after {retry.timeout:g} s" if timed_out else f"cannot connect: {reason}"
            )
        except (OSError, http.client.HTTPException) as exc:  # TimeoutError is an OSError
            if deadline.expired or isinstance(exc, TimeoutError):
                problem = f"no complete answer within {retry.timeout:g} s"
            else:
                problem = f"connection failed: {exc.__class__.__name__}: {exc}"
        else:
            if deadline.expired:  # what came before the cut is no answer
                problem = f"no complete answer within {retry.timeout:g} s"
            elif 300 <= status < 400:
                where = urljoin(url, answer_headers.get("Location") or "")
                raise PingError(
                    f"HTTP {status}, a redirect to {where}, not followed "
                    "(a POST is not repeated elsewhere): set that address in the settings"
                )
            elif status != 429 and status < 500:
                return Response(status, answer_headers, data)
            else:
                problem = f"HTTP {status} {reason}"
                wait = _retry_after(answer_headers.get("Retry-After"), wait)
        finally:
            deadline.timer.cancel()
        if attempt + 1 < retry.tries:
            sleep(wait)
    tries = "try" if retry.tries == 1 else "tries"
    raise PingError(f"{problem} after {retry.tries} {tries}")
