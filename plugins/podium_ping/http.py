"""POST with retries and backoff; every failure ends as one line (PingError)."""

from __future__ import annotations

import http.client
import math
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urljoin

from podium import deadline as deadlines
from podium.markup import as_sent

USER_AGENT = "Podium/0.1 (careers site; podium ping)"
MAX_BODY = 1_000_000
MAX_WAIT = 60.0  # a Retry-After asking longer ends the tries (the next run sends)


class PingError(Exception):
    """A request that failed for good; the message is one line."""


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]  # names in lower case: they are case-insensitive (RFC 9110)
    body: bytes


def _headers(message) -> dict[str, str]:
    """The answer's headers by lower-case name: a proxy (Envoy, HTTP/2 ones)
    sends "retry-after", which a lookup of "Retry-After" missed."""
    return {name.lower(): value for name, value in message.items()}


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


def _opener(deadline: float) -> urllib.request.OpenerDirector:
    # The deadline bounds the answer, not each wait on the socket: an endpoint
    # that sends a byte every few seconds kept `podium ping --timeout 20` (and
    # the publish job it runs in) reading for as long as it went on.
    return deadlines.opener(deadline, _NoRedirect)


def _exchange(request, timeout: float, deadline: float) -> tuple[int, str, dict, bytes]:
    """(status, reason, headers, body) of one request, whatever its status."""
    try:
        with _opener(deadline).open(request, timeout=timeout) as answer:
            return answer.status, answer.reason, _headers(answer.headers), answer.read(MAX_BODY)
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, str(exc.reason), _headers(exc.headers), exc.read(MAX_BODY)


def post(
    url: str, body: bytes, headers: dict[str, str], retry: Retry, sleep=time.sleep
) -> Response:
    """The final answer for ``url`` (any status below 500 but 429 and 3xx), or PingError."""
    problem = ""
    # The host as a browser sends it: urllib's own encoding (IDNA 2003) sent
    # "https://faß.de/..." and its key or token to fass.de, another domain.
    try:
        url = as_sent(url)
    except ValueError as exc:  # checked with the settings: not met
        raise PingError(str(exc)) from None
    for attempt in range(retry.tries):
        wait = retry.backoff * (2**attempt)
        request = urllib.request.Request(
            url, data=body, method="POST", headers={"User-Agent": USER_AGENT, **headers}
        )
        deadline = time.monotonic() + retry.timeout
        try:
            status, reason, answer_headers, data = _exchange(request, retry.timeout, deadline)
        except urllib.error.URLError as exc:
            reason = exc.reason
            timed_out = isinstance(reason, TimeoutError | socket.timeout)
            problem = (
                f"timed out after {retry.timeout:g} s" if timed_out else f"cannot connect: {reason}"
            )
        except (OSError, http.client.HTTPException) as exc:  # TimeoutError is an OSError
            if isinstance(exc, TimeoutError):  # the deadline, in the headers or the body
                problem = f"no complete answer within {retry.timeout:g} s"
            else:
                problem = f"connection failed: {exc.__class__.__name__}: {exc}"
        else:
            if 300 <= status < 400:
                where = urljoin(url, answer_headers.get("location") or "")
                raise PingError(
                    f"HTTP {status}, a redirect to {where}, not followed "
                    "(a POST is not repeated elsewhere): set that address in the settings"
                )
            elif status != 429 and status < 500:
                return Response(status, answer_headers, data)
            else:
                problem = f"HTTP {status} {reason}"
                asked = deadlines.retry_after(answer_headers.get("retry-after"), wait, math.inf)
                if asked > MAX_WAIT:
                    # "Retry-After: 3600": tried again after MAX_WAIT all the same,
                    # twice, the publish job waited two minutes to be refused again,
                    # by a rate limiter that may count early tries against the site.
                    raise PingError(
                        f"{problem}, and the server asks to wait {asked:.0f} s, more than the "
                        f"{MAX_WAIT:g} s a ping waits; not tried again now"
                    )
                wait = asked
        if attempt + 1 < retry.tries:
            sleep(wait)
    tries = "try" if retry.tries == 1 else "tries"
    raise PingError(f"{problem} after {retry.tries} {tries}")
