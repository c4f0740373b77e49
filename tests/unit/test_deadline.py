"""One kernel helper bounds a whole HTTP exchange for `podium ping` and the vacancy pull.

They had one each: ping a timer thread that shut the request's sockets, the pull
a socket that waits only for the time left. Two ways to get a deadline wrong."""

from __future__ import annotations

import time
import urllib.error

import pytest

from podium import deadline as deadlines
from podium_testkit import trickling_server, wait_for


@pytest.fixture
def trickle():
    """A server on 127.0.0.1 that answers 200 with 100 bytes, one every 0.1 s."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
    with trickling_server(head, 100) as state:
        state["url"] = f"http://127.0.0.1:{state['port']}/"
        yield state


def test_a_trickling_answer_ends_at_the_deadline(trickle):
    opener = deadlines.opener(time.monotonic() + 0.5)
    with pytest.raises(TimeoutError), opener.open(trickle["url"], timeout=0.5) as answer:
        answer.read()  # every byte comes within 0.5 s of the one before
    # Hung up before the answer's end: the server, a byte each 0.1 s, had not
    # sent its 100th (a wait per byte instead of one deadline reads them all).
    (sent,) = wait_for(lambda: trickle["sent"])
    assert sent < 100


def test_admit_refuses_a_connection_before_anything_is_sent(trickle):
    seen = []

    def admit(connection):
        seen.append(connection.sock.getpeername()[0])
        connection.sock.close()
        raise PermissionError("not there")

    opener = deadlines.opener(time.monotonic() + 5, admit=admit)
    with pytest.raises(urllib.error.URLError) as info:
        opener.open(trickle["url"], timeout=5)
    assert isinstance(info.value.reason, PermissionError) and seen == ["127.0.0.1"]


def test_ping_and_the_vacancy_pull_use_it(trickle, monkeypatch):
    from podium_ping.http import PingError, Retry, post
    from podium_vacancies.ats.common import FeedError
    from podium_vacancies.pull import fetch

    used = []
    real = deadlines.opener

    def noting(deadline, *handlers, **kwargs):
        used.append(deadline)
        return real(deadline, *handlers, **kwargs)

    monkeypatch.setattr(deadlines, "opener", noting)
    with pytest.raises(PingError, match="no complete answer within 0.3 s after 1 try"):
        post(trickle["url"], b"{}", {}, Retry(1, 0, 0.3), sleep=lambda s: None)
    with pytest.raises(FeedError, match="timed out after 0.3 s"):
        fetch(trickle["url"], "json", 0.3, 1000)
    assert len(used) == 2
