"""POST with retries and backoff; every failure ends as one line (PingError)."""

from __future__ import annotations

import http.client
import socket
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


_OPENER = urllib.request.build_opener(_NoRedirect)


def _retry_after(value: str | None, default: float) -> float:
    if value and value.strip().isdigit():
        return min(float(value.strip()), MAX_WAIT)
    return default


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
        try:
            with _OPENER.open(request, timeout=retry.timeout) as answer:
                return Response(answer.status, dict(answer.headers), answer.read(MAX_BODY))
        except urllib.error.HTTPError as exc:
            data = exc.read(MAX_BODY)
            exc.close()
            if 300 <= exc.code < 400:
                where = urljoin(url, exc.headers.get("Location") or "")
                raise PingError(
                    f"HTTP {exc.code}, a redirect to {where}, not followed "
                    "(a POST is not repeated elsewhere): set that address in the settings"
                ) from None
            if exc.code != 429 and exc.code < 500:
                return Response(exc.code, dict(exc.headers), data)
            problem = f"HTTP {exc.code} {exc.reason}"
            wait = _retry_after(exc.headers.get("Retry-After"), wait)
        except urllib.error.URLError as exc:
            reason = exc.reason
            timed_out = isinstance(reason, TimeoutError | socket.timeout)
            problem = (
                f"timed out after {retry.timeout:g} s" if timed_out else f"cannot connect: {reason}"
            )
        except (TimeoutError, OSError, http.client.HTTPException) as exc:
            problem = f"connection failed: {exc.__class__.__name__}: {exc}"
        if attempt + 1 < retry.tries:
            sleep(wait)
    tries = "try" if retry.tries == 1 else "tries"
    raise PingError(f"{problem} after {retry.tries} {tries}")
