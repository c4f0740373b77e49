"""Write part of the site in a forked process while the build writes the rest.

Bare Pelican writes every page in one process; a warm Podium build has
nothing left to do but write pages (no Markdown, no cards), so on a machine
with two cores it writes Pelican's story pages in a forked copy of itself
while the build process writes the hub's pages, photos and cards. A fork
shares everything already in memory (the site model, the compiled
templates), so there is nothing to send to the child: the pages land in the
same output folder, and what the child logs is handed back and logged by the
build process, so the summary counts it and nothing is printed twice. What the
work leaves to tell of them (``result``: the render step's record of each page
it wrote) comes back as JSON with it, handed to ``receive`` in ``join``.

Only where forking is safe and useful: Linux, more than one CPU this
process may run on, and no other thread running (a fork copies only the
calling thread; a cold build's card pool and ``podium serve``'s watcher have
threads, and then the work is done in order, as before). ``join`` must run
before anything reads the output; ``abandon`` stops a child whose build failed.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import json
import logging
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from .errors import ContentError, Issue, template_issue

log = logging.getLogger(__name__)
# What a finished child sends back, as JSON (no pickle: nothing in Podium
# unpickles): its log records with these fields, what the work raised, and its result.
_RECORD_FIELDS = ("name", "levelno", "levelname", "msg", "pathname", "lineno", "funcName")


@dataclass
class _Child:
    pid: int
    pipe: int
    what: str
    receive: Callable[[Any], None] | None = None


_children: list[_Child] = []
_froze: list[bool] = []  # whether start froze the collector's objects (gc.freeze)


def available() -> bool:
    """Whether a forked writer can run beside this process now."""
    return (
        sys.platform.startswith("linux")
        and hasattr(os, "fork")
        and _cpus() > 1
        and threading.active_count() == 1
    )


def _cpus() -> int:
    # The CPUs this process may run on (a container or `taskset` may allow
    # fewer than the machine has): on one, a second process only takes turns.
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[dict] = []

    def emit(self, record: logging.LogRecord) -> None:
        data = {k: getattr(record, k, None) for k in _RECORD_FIELDS}
        data["msg"], data["args"] = record.getMessage(), None
        if record.exc_info:
            data["exc_text"] = "".join(traceback.format_exception(*record.exc_info))
        self.records.append(data)


def start(
    work: Callable[[], None],
    what: str,
    result: Callable[[], Any] | None = None,
    receive: Callable[[Any], None] | None = None,
) -> bool:
    """Run ``work`` in a forked child if ``available()``; return whether it was forked.

    When it was not, the caller runs the work itself. ``result``, called in the
    child once the work is done, gives what ``receive`` is called with in this
    process, in ``join`` (JSON: plain lists, dicts, strings and numbers).
    """
    if not available():
        return False
    read, write = os.pipe()
    # What the build holds now (the whole site) is moved out of the cyclic
    # collector's reach, as Python's gc.freeze documents for a fork without
    # exec: neither process's full collections walk it again (30 to 50 ms of
    # CPU each, at 400 stories), and the child's do not write to the memory
    # pages it shares with the build. The build takes it back in ``join``;
    # objects a caller froze itself stay frozen.
    if not _froze:
        _froze.append(gc.get_freeze_count() == 0)
        if _froze[0]:
            gc.freeze()
    try:
        pid = os.fork()
    except OSError:  # no more processes allowed (ulimit -u): write in order instead
        _unfreeze()
        os.close(read)
        os.close(write)
        return False
    if pid:
        os.close(write)
        _children.append(_Child(pid, read, what, receive))
        return True
    # The child. It never returns into the build, whatever happens (finally):
    # os._exit skips the parent's atexit handlers and never flushes buffers it
    # inherited, so nothing is printed or done twice.
    status = 70  # nothing sent: the parent reports "ended with exit status 70"
    try:
        # A signal to the whole job (a cancelled CI job, `docker stop`) reaches
        # the child too: it ran the build's SIGTERM handler, and the line saying
        # the build was terminated was printed twice. The build says it; the
        # child, with nothing of its own to clean up, ends as the signal says.
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.close(read)
        _child(work, what, write, result)
        status = 0
    finally:
        os._exit(status)


def _child(
    work: Callable[[], None], what: str, write: int, result: Callable[[], Any] | None
) -> None:
    capture = _Capture()
    root = logging.getLogger()
    root.handlers = [capture]
    failure: dict | None = None
    started = time.perf_counter()
    value = None
    try:
        work()
        value = result() if result is not None else None
        # Shown by `podium build -v`: how the work is shared between the two processes.
        log.debug("forked: wrote %s in %.2f s", what, time.perf_counter() - started)
    except ContentError as exc:
        failure = {"issues": [asdict(i) for i in exc.issues]}
    except BaseException as exc:  # noqa: BLE001 - raised again by the parent
        issue = template_issue(exc)  # its file and line, which the parent cannot see
        if issue is not None:  # (Jinja's TemplateNotFound is an OSError too)
            failure = {"issues": [asdict(issue)]}
        elif isinstance(exc, OSError) and exc.errno is not None:
            # A full disk, a quota: the parent says it in one line naming the file,
            # as for the same error in order (it was "OSError: [Errno 28] ...").
            failure = {"os_error": [exc.errno, exc.strerror, exc.filename, exc.filename2]}
        else:
            failure = {"type": type(exc).__name__, "text": (str(exc).splitlines() or [""])[0]}
    message = {"records": capture.records, "failure": failure, "result": value}
    payload = json.dumps(message, default=str)
    with os.fdopen(write, "w", encoding="utf-8", errors="surrogatepass") as out:
        out.write(payload)


class ChildFailed(RuntimeError):
    """What a forked writer raised, other than a ContentError; named like it."""


def _failure(data: dict | None) -> BaseException | None:
    if data is None:
        return None
    if "issues" in data:
        return ContentError([Issue(**issue) for issue in data["issues"]])
    if "os_error" in data:
        number, why, name, name2 = data["os_error"]
        return OSError(number, why, name, None, name2)
    name = data["type"] if str(data["type"]).isidentifier() else "Error"
    # The CLI prints "podium: error: NAME: TEXT", as for the same error in order.
    return type(name, (ChildFailed,), {})(data["text"])


def _collect(child: _Child) -> tuple[list[dict], BaseException | None, Any]:
    with os.fdopen(child.pipe, "r", encoding="utf-8", errors="surrogatepass") as pipe:
        data = pipe.read()  # to EOF before waiting: a full pipe would block the child
    _, status = os.waitpid(child.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0 or not data:
        how = f"signal {-code}" if code < 0 else f"exit status {code}"
        return [], ChildFailed(f"the process writing {child.what} ended with {how}"), None
    message = json.loads(data)
    return message["records"], _failure(message["failure"]), message.get("result")


def join() -> None:
    """Wait for every forked writer; log what it logged; raise what it raised."""
    failure = None
    root = logging.getLogger()
    while _children:
        child = _children.pop(0)
        started = time.perf_counter()
        records, raised, value = _collect(child)
        for data in records:
            root.callHandlers(logging.makeLogRecord(data))
        if raised is None and child.receive is not None:
            child.receive(value)
        log.debug("forked: waited %.2f s for %s", time.perf_counter() - started, child.what)
        failure = failure or raised
    _unfreeze()
    if failure is not None:
        raise failure


def abandon() -> None:
    """Stop and reap every forked writer (the build failed; its output is discarded)."""
    while _children:
        child = _children.pop(0)
        with contextlib.suppress(ProcessLookupError):
            os.kill(child.pid, signal.SIGKILL)
        os.close(child.pipe)
        os.waitpid(child.pid, 0)
    _unfreeze()


def _unfreeze() -> None:
    """Give the collector back what ``start`` froze, once no child runs: a
    process may build again (tests, the CMS), and each build's site would stay
    frozen, its reference cycles never freed."""
    if _froze and not _children and _froze.pop():
        gc.unfreeze()


atexit.register(abandon)  # a build that never joined (a bug) leaves no process behind
