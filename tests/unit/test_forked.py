"""The forked page writer (``podium.forked``): what the child does, logs and raises
reaches the build process, exactly once; a child that dies or hangs is never lost."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time

import pytest

from podium import forked
from podium.errors import ContentError, Issue

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or forked._cpus() < 2,
    reason="forked writers run on Linux with two or more CPUs only",
)


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname}:{record.getMessage()}")


@pytest.fixture
def kept(monkeypatch):
    # The browser tests' Playwright driver keeps a thread running in this
    # process; these children only write a file or log, so fork anyway.
    monkeypatch.setattr(forked.threading, "active_count", lambda: 1)
    root = logging.getLogger()
    handler = _Keep()
    root.addHandler(handler)
    # Another test's quiet CLI run may have left the root logger at ERROR.
    logger = logging.getLogger("podium.test")
    logger.setLevel(logging.WARNING)
    yield handler
    logger.setLevel(logging.NOTSET)
    root.removeHandler(handler)
    forked.abandon()


def test_the_child_writes_and_its_warnings_are_logged_once_by_the_parent(tmp_path, kept):
    def work() -> None:
        logging.getLogger("podium.test").warning("%s: warning: from the child", "a.md")
        (tmp_path / "page.html").write_text("written by the child", encoding="utf-8")

    assert forked.start(work, "a page")
    forked.join()
    assert (tmp_path / "page.html").read_text(encoding="utf-8") == "written by the child"
    assert kept.messages == ["WARNING:a.md: warning: from the child"]
    forked.join()  # a second join has nothing left to wait for
    assert kept.messages == ["WARNING:a.md: warning: from the child"]


def test_what_the_child_raises_is_raised_by_join(kept):
    def work() -> None:
        raise ContentError([Issue("content/a.md", 3, "error: bad field")])

    assert forked.start(work, "the story pages")
    with pytest.raises(ContentError) as caught:
        forked.join()
    assert [i.format() for i in caught.value.issues] == [
        Issue("content/a.md", 3, "error: bad field").format()
    ]


def test_any_other_exception_is_raised_again_with_its_name_and_first_line(kept):
    class UndefinedError(Exception):
        pass

    def work() -> None:
        raise UndefinedError("template broke\nsecond line")

    assert forked.start(work, "the story pages")
    with pytest.raises(forked.ChildFailed, match=r"^template broke$") as caught:
        forked.join()
    assert type(caught.value).__name__ == "UndefinedError"


def test_a_child_that_dies_is_reported_with_how(kept):
    assert forked.start(lambda: os._exit(3), "the story pages")
    with pytest.raises(forked.ChildFailed, match="the story pages ended with exit status 3"):
        forked.join()


def test_abandon_stops_a_running_child_and_leaves_no_process(kept, tmp_path):
    woke = tmp_path / "woke"
    assert forked.start(lambda: (time.sleep(60), woke.touch()), "the story pages")
    pid = forked._children[0].pid
    forked.abandon()
    assert not woke.exists()  # stopped, not waited for: it never woke up
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: not even a zombie is left
    forked.join()  # nothing to join


def test_no_fork_while_another_thread_runs(kept, monkeypatch):
    monkeypatch.undo()
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not forked.available()
        assert not forked.start(lambda: None, "anything")
    finally:
        stop.set()
        thread.join()


def test_a_child_that_fails_to_report_never_returns_into_the_build(kept, monkeypatch):
    def broken(work, what, write):
        raise OSError("the pipe is gone")

    monkeypatch.setattr(forked, "_child", broken)
    # Were the child to return from start(), it would go on running this test
    # (and the rest of the suite) as a second process.
    assert forked.start(lambda: None, "the story pages") is True
    with pytest.raises(forked.ChildFailed, match="ended with exit status 70"):
        forked.join()


def test_when_fork_is_refused_the_work_is_done_in_order(kept, monkeypatch):
    def refused():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(forked.os, "fork", refused)
    assert forked.start(lambda: None, "the story pages") is False
    assert forked._children == []


def test_one_allowed_cpu_means_no_fork(kept, monkeypatch):
    monkeypatch.setattr(forked.os, "sched_getaffinity", lambda _pid: {0})
    assert not forked.available()


def test_what_the_build_holds_is_frozen_while_the_child_runs_and_given_back(kept):
    """gc.freeze before the fork (Python's advice for a fork without exec): neither
    process's full collections walk the site again; join gives it back."""
    import gc

    assert gc.get_freeze_count() == 0
    held = [[n] for n in range(1000)]  # the site, as far as the collector can tell
    assert forked.start(lambda: None, "nothing")
    assert gc.get_freeze_count() >= len(held)
    forked.join()
    assert gc.get_freeze_count() == 0
    assert forked.start(lambda: time.sleep(30), "a page")
    assert gc.get_freeze_count() > 0
    forked.abandon()
    assert gc.get_freeze_count() == 0


def test_what_a_caller_froze_itself_stays_frozen(kept):
    import gc

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert forked.start(lambda: None, "nothing")
        forked.join()
        # Not given back (join's unfreeze would leave none) and nothing more
        # kept frozen; a frozen object freed meanwhile leaves the count (a CI
        # run saw 1,020,995 of 1,020,997), so the count may fall by a few.
        assert frozen - 1000 <= gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()
