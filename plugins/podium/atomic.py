"""Writing a file so that nobody ever reads half of it.

Caches, snapshots and state files are written to a temporary file in the
same folder and renamed over the old one. A rename within one file system is
atomic, so a build that reads the file, a card worker writing beside it, or a
crash halfway sees the old bytes or the new ones, never a mixture.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomic(
    path: Path, data: bytes | str, *, durable: bool = False, mode: int | None = None
) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8, ``\\n`` line ends).

    ``durable`` also flushes the bytes to disk before the rename: for what a
    user cannot rebuild (a vacancy snapshot), not for caches, where losing
    the last write after a power cut only costs time. ``mode`` sets the
    file's permissions (the temporary file is private, 0600: right for a
    cache, not for a page a web server must read). The temporary file is
    removed if anything fails; the error is raised.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename is None:
            # A full disk fails the write, which names no file: the build's
            # one line then said "File too large" and not where.
            exc.filename = str(path)
        raise


def umask_mode() -> int:
    """The permissions a new file gets from the user's umask (0644 under 022,
    0664 under 002): for files in content/ that git and the other writers of
    the hub read, which the private 0600 of the temporary file shut out."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def signals_wait(which: tuple[str, ...] = ("SIGINT", "SIGTERM")):
    """Ctrl-C (SIGINT) and SIGTERM wait, blocked and not lost, until the block is
    done: for a few renames that must all happen or none (the build's output
    swap, a withdrawal). The process then stops as it would have, the block
    done whole. ``which``: the signals held back (the card pool's workers, which
    keep the mask of the thread that starts them, are held from Ctrl-C only).
    A no-op where there are no signal masks (Windows)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {getattr(signal, s) for s in which})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def wait_for_lock(fd: int, waiting: Callable[[], str]) -> bool:
    """Take the system's advisory lock (``flock``) on ``fd``: at once when it is
    free, else after saying ``waiting()`` (one line on stderr; nothing when it
    is empty) and waiting for whoever holds it. The one way a second command
    waits for the first (a build for the cache or the output, a pull or a
    withdrawal for content/), so each says it waits before it does. True when it
    had to wait. An OSError (a file system without locks) is the caller's."""
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        line = waiting()
        if line:
            print(line, file=sys.stderr, flush=True)
        fcntl.flock(fd, fcntl.LOCK_EX)
        return True


# The folders this process holds (one_writer), by device and inode: a command
# that holds content/ while it reads it calls what holds it again to write.
_HELD: set[tuple[int, int]] = set()


@contextlib.contextmanager
def one_writer(content: Path):
    """Hold ``content`` (an advisory lock of the system on the folder itself: no
    file is made in it) while one command reads and changes what is in it.

    ``podium vacancies pull`` and ``podium withdraw`` each read a file, then
    wrote it whole: two at once (a cron job and a hand run, two withdrawals by a
    script) each started from the file as it was, and the one that wrote last
    undid the other's change. A second now waits for the first, saying so in
    one line, as a second build waits for the cache. Where there are no such
    locks (Windows, some network file systems) they are not held apart. Held
    again by the process that holds it, it is held already (a lock of the
    system taken twice by one process would wait for itself).
    """
    try:
        import fcntl  # noqa: F401  (Windows has none: no lock)
    except ImportError:
        yield
        return
    try:
        fd = os.open(content, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:  # no such folder: the command says what is wrong
        yield
        return
    held = os.fstat(fd)
    key = (held.st_dev, held.st_ino)
    if key in _HELD:
        os.close(fd)
        yield
        return
    try:
        shown = lambda: os.path.relpath(content).replace("\n", " ")  # noqa: E731
        with contextlib.suppress(OSError):  # a file system without locks: the command runs unlocked
            wait_for_lock(
                fd, lambda: f"podium: waiting for another command changing {shown()}/ to finish"
            )
        _HELD.add(key)
        try:
            yield
        finally:
            _HELD.discard(key)
    finally:
        os.close(fd)  # the lock goes with it
