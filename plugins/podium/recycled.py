"""A build written into the folder of the build before last (``podium_cli.build``).

Each build wrote a fresh folder, and the output it replaced was deleted by the
next build: every warm build of 400 stories made 818 folders and 830 files and
deleted as many. On ext4 without a journal (the benchmark machine) a new inode
is looked for past every inode freed in the last minutes (``recently_deleted``
in the kernel's inode allocator), so that system time grew from build to build
(docs/benchmarks.md, "Thirty-eighth round"). The folders of the build before
last are there: the build writes over its files, in place, and removes what it
did not write.

"What it did not write" is told without trusting times alone: before the build,
everything that is not a folder or a plain file of its own, which this user may
write, is removed (``prepare``): a hard link (a card, square, photo, feed or search file shares
its inode with ``.podium-cache/``, whose removal of an unused card changes that
inode's times), a symlink, an empty file (writing it again may change no time).
What stays is given a modification time no write gives (``UNWRITTEN_NS``) and
noted by inode, size, modification and change time; once every page is written
(``sweep``), a file still as noted was not written and goes, then the folders
left empty.

A page rendered with the very bytes its file holds is not written again
(``keep_if_same``): the file is given the time a write would give it, so the sweep
keeps it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

# The modification time every file found is given before the build (2001-09-09,
# an even second: FAT keeps it too). Writing a file sets it to the time of the
# write, and its change time, where the system keeps one, with it: a file still
# at this time was not written, even where the clock is coarse (FAT's two seconds).
UNWRITTEN_NS = 1_000_000_000 * 10**9
# Never through a symlink (one put in a file's place meanwhile), where the system can.
_NO_FOLLOW = {"follow_symlinks": False} if os.utime in os.supports_follow_symlinks else {}


class Recycled:
    """The plain files found in a recycled output folder before the build."""

    def __init__(self, folder: Path, modes: tuple[int, int] | None = None) -> None:
        self.folder = Path(folder)
        # The modes a new file and folder get here (``new_modes``): what is kept is
        # given them, as a new folder's would have them.
        self.modes = modes
        self.found: dict[str, tuple[int, int, int, int]] = {}
        self.emptied: set[str] = set()  # folders something was removed from
        self.swept = False

    def prepare(self) -> None:
        """Remove from the folder what a build cannot be seen to write again, and
        note every plain file left."""
        file_mode, folder_mode = self.modes or (None, None)
        folders = [str(self.folder)]
        while folders:
            top = folders.pop()
            _may_write(top)
            with os.scandir(top) as listing:
                entries = list(listing)
            if not entries:
                self.emptied.add(top)
            for entry in entries:
                st = entry.stat(follow_symlinks=False)
                if stat.S_ISDIR(st.st_mode):
                    if _owned(st):  # another's (a container's root) is left as it is
                        _give(entry.path, st, folder_mode)
                    folders.append(entry.path)
                elif stat.S_ISREG(st.st_mode) and st.st_nlink == 1 and st.st_size > 0 and _ours(st):
                    # A page is written over in place and keeps its mode: one made
                    # under another umask (077) stayed unreadable to the web server.
                    _give(entry.path, st, file_mode)
                    os.utime(entry.path, ns=(st.st_atime_ns, UNWRITTEN_NS), **_NO_FOLLOW)
                    self.found[entry.path] = _signature(os.lstat(entry.path))
                else:
                    os.unlink(entry.path)
                    self.emptied.add(top)

    def sweep(self) -> None:
        """Remove each noted file the build did not write, then the folders
        this left empty (and those above them). Once: later calls do nothing."""
        if self.swept:
            return
        self.swept = True
        for path, noted in self.found.items():
            try:
                st = os.lstat(path)
            except FileNotFoundError:
                continue
            if stat.S_ISREG(st.st_mode) and _signature(st) == noted:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(path)
                self.emptied.add(os.path.dirname(path))
        self.found.clear()
        root = str(self.folder)
        # Deepest first, so a folder whose only content was a folder goes too.
        for folder in sorted(self.emptied, key=lambda p: p.count(os.sep), reverse=True):
            while folder != root and folder.startswith(root + os.sep):
                try:
                    os.rmdir(folder)
                except OSError:  # not empty: the build wrote into it (or gone)
                    break
                folder = os.path.dirname(folder)


def keep_if_same(path: str, data: bytes) -> bool:
    """Whether the file at ``path`` is a plain file of its own (one link, not a
    symlink) holding exactly ``data``; if so, it is kept: given the modification
    time of now, as writing ``data`` into it would, so the sweep keeps it (not a
    mere question, hence the name).

    A warm build renders every page again, nearly all of them with the bytes
    the recycled folder already holds. Writing one over in place truncated it
    and wrote it again: its blocks freed and allocated anew (on ext4 mounted
    with ``discard``, a discard sent to the disk, waited for in ``open``) and
    its write-back started at ``close`` (ext4's auto_da_alloc), for the same bytes
    (docs/benchmarks.md, "Thirty-ninth round"). A file with a second link (one
    into the cache, which ``prepare`` removes anyway), a symlink, a folder,
    one that differs, or one whose time cannot be set, is left to the write."""
    if os.utime not in os.supports_fd:
        return False
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1 or st.st_size != len(data):
            return False
        with open(fd, "rb", closefd=False) as file:
            if file.read(len(data) + 1) != data:
                return False
        os.utime(fd)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def keep_if_same_text(path: str | Path, text: str, encoding: str = "utf-8") -> bool:
    """``keep_if_same`` for ``text`` as a file opened in text mode writes it (the
    system's line ends, ``encoding``); False where it cannot be encoded (the
    write says why)."""
    try:
        data = text.replace("\n", os.linesep).encode(encoding)
    except (UnicodeError, LookupError):
        return False
    return keep_if_same(os.fspath(path), data)


def new_modes(folder: Path) -> tuple[int, int]:
    """The permission bits a file and a folder made in ``folder`` get (the umask,
    a default ACL): made there, seen and removed."""
    probe = Path(folder) / ".podium-mode-probe"
    probe.mkdir()
    try:
        folder_mode = stat.S_IMODE(probe.stat().st_mode)
    finally:
        probe.rmdir()
    with open(probe, "x", encoding="utf-8"):
        pass
    try:
        file_mode = stat.S_IMODE(probe.stat().st_mode)
    finally:
        probe.unlink()
    return file_mode, folder_mode


def _give(path: str, st: os.stat_result, mode: int | None) -> None:
    """``mode`` given to the file or folder at ``path`` (``st``), never through
    a symlink put in its place meanwhile, where the system can."""
    if mode is None or stat.S_IMODE(st.st_mode) == mode:
        return
    if os.chmod not in os.supports_fd or not hasattr(os, "O_NOFOLLOW"):
        os.chmod(path, mode)
        return
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        os.chmod(fd, mode)
    finally:
        os.close(fd)


def _ours(st: os.stat_result) -> bool:
    """A file or folder this user owns and may write: one made read-only (a
    deploy tool's ``chmod -R a-w``) could not be written over or into, and a new
    folder's build never failed on it; such a file goes before the build, and
    such a folder has the build write a new one (``_may_write``)."""
    return bool(st.st_mode & stat.S_IWUSR) and _owned(st)


def _owned(st: os.stat_result) -> bool:
    uid = getattr(os, "geteuid", None)
    return uid is None or st.st_uid == uid()


def _may_write(folder: str) -> None:
    """PermissionError for a folder this user may not write (``_ours``), read by
    its mode: a page new in it could not be written, nor one not written again
    removed, where a new folder has nothing in the way; the build sets the
    folder aside instead (``podium_cli.build._recycle``)."""
    if not _ours(os.lstat(folder)):
        raise PermissionError(errno.EACCES, "a folder this user may not write", folder)


def _signature(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def sweep(settings: dict, key: str) -> None:
    """The recycled folder's sweep, if the build has one (``settings[key]``)."""
    recycled = settings.get(key)
    if isinstance(recycled, Recycled):
        recycled.sweep()
