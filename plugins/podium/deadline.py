"""One overall deadline for an HTTP exchange through urllib.

urllib's ``timeout`` bounds each wait on the socket, not the answer: a server
that sends a byte every half second never lets a single wait time out, and
``read(64 KiB)`` keeps waiting for the rest. An ATS feed that trickled held the
nightly vacancy pull for hours, and an endpoint of ``podium ping --timeout 20``
kept it (and the publish job it runs in) reading as long as it went on. Both
go through ``opener`` here: every connection it makes connects within the time
left, and each send and receive on it waits only until ``deadline``, then
raises TimeoutError, wherever the exchange is (headers, body, a redirect).
Name resolution happens before there is a socket and is not bounded.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import http.client
import io
import socket
import time
import urllib.request
from collections.abc import Callable


class DeadlineSocket:
    """A connected socket whose every wait ends at one overall deadline: each
    send and receive first sets the socket's timeout to the time left."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self._sock = sock
        self._deadline = deadline

    def _arm(self) -> None:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the overall deadline passed")
        self._sock.settimeout(left)

    def recv_into(self, buffer, *args):
        self._arm()
        return self._sock.recv_into(buffer, *args)

    def recv(self, *args):
        self._arm()
        return self._sock.recv(*args)

    def sendall(self, data, *args):
        self._arm()
        return self._sock.sendall(data, *args)

    def makefile(self, mode: str = "r", *args, **kwargs):
        # What socket.makefile("rb") does, but reading through this object.
        assert "b" in mode and "w" not in mode, mode  # http.client only reads bytes
        self._sock._io_refs += 1
        return io.BufferedReader(socket.SocketIO(self, "r"))

    def __getattr__(self, name: str):
        return getattr(self._sock, name)


def opener(
    deadline: float,
    *handlers: urllib.request.BaseHandler | type[urllib.request.BaseHandler],
    admit: Callable[[http.client.HTTPConnection], None] | None = None,
) -> urllib.request.OpenerDirector:
    """An opener whose connections all end at ``deadline`` (``time.monotonic()``).

    ``handlers`` are added as to ``urllib.request.build_opener`` (a redirect
    policy); ``admit(connection)`` runs once a connection is made, before anything
    is sent on it, and may close it and raise (an address the caller refuses).
    """

    def bounded(base: type[http.client.HTTPConnection]):
        class Connection(base):
            def connect(self) -> None:
                self.timeout = max(deadline - time.monotonic(), 0.001)
                super().connect()
                if admit is not None:
                    admit(self)
                self.sock = DeadlineSocket(self.sock, deadline)

        return Connection

    http_connection = bounded(http.client.HTTPConnection)
    https_connection = bounded(http.client.HTTPSConnection)

    class HTTP(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(http_connection, req)

    class HTTPS(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(https_connection, req, context=self._context)

    return urllib.request.build_opener(HTTP(), HTTPS(), *handlers)


def retry_after(value: str | None, default: float, cap: float) -> float:
    """Seconds to wait as a server's Retry-After asks, at most ``cap``: seconds
    or an HTTP date (RFC 9110 section 10.2.3); ``default`` when it says neither.
    A date was once ignored, and the next try came long before the hour a rate
    limiter named."""
    value = (value or "").strip()
    # ASCII digits only: "²" (byte 0xB2 in a header) is a digit to isdigit() but
    # no number to float(), and ended the pull or ping in a traceback.
    if value.isascii() and value.isdigit():
        return min(float(value), cap)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return default
    if when.tzinfo is None:  # "-0000": UTC, as HTTP dates are
        when = when.replace(tzinfo=dt.UTC)
    seconds = (when - dt.datetime.now(dt.UTC)).total_seconds()
    return min(max(seconds, 0.0), cap)
