"""Content files read as they were checked: hard links, and the open itself.

``paths.content_file`` checks a path of content/ (inside it, a regular file, no
link out), and the caller then opened that path. Two ways around the check
remained, for a user sharing the machine (git carries neither): a hard link,
whose other name may be any file of the machine (on macOS, or without Linux's
protected_hardlinks, one the user cannot even read), and a folder swapped for
a link, or the file for a hard link, between the check and the open. Here a
file with a name outside content/ is refused as a symlink out of it is, and a
checked file (``Checked``) is opened from content/ down, one folder at a time
following no link, and its names checked on the open descriptor.

Kept beside ``paths``, not in it: ``paths`` is part of the code every card's
name is hashed from (``podium_cards.plugin.drawing_code``, through photos.py),
and a change there renames and redraws every card of every hub.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from . import paths
from .paths import Refused


class Checked(type(Path())):  # type: ignore[misc]  # PosixPath (WindowsPath there)
    """A content file's real path as ``content_file`` checked it, and the content
    root it is inside (``beneath``), from which ``read_bounded`` opens it. A path
    made from it (``.parent``, ``/``) is a plain one (``beneath`` None)."""

    beneath: Path | None = None

    @classmethod
    def of(cls, real: Path, root_real: Path) -> Checked:
        checked = cls(real)
        checked.beneath = root_real
        return checked


def content_file(root: Path | str, rel: str | Path) -> Path:
    """``paths.content_file``, and ``Refused`` for a file with a name outside content/."""
    real = paths.content_file(root, rel)
    root_real = paths.real_folder(root)
    try:
        _no_name_outside(root_real, os.stat(real))
    except OSError as exc:
        raise Refused(f"cannot be read ({exc.strerror or exc})") from None
    return Checked.of(real, root_real)


def read_bounded(path: Path, limit: int) -> bytes:
    """``paths.read_bounded``; a ``Checked`` path opened from its content root down."""
    # Windows opens no file relative to a folder's descriptor: a path as it is there.
    beneath = getattr(path, "beneath", None)
    if beneath is None or os.open not in os.supports_dir_fd:
        return paths.read_bounded(path, limit)
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK
    try:
        fd = _open_beneath(beneath, path, flags)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR):
            raise Refused(
                "is a symlink, or in a folder that is one now (changed while the build ran)"
            ) from None
        raise paths.refusal(exc) from None
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise Refused("is not a regular file (changed while the build ran)")
        _no_name_outside(beneath, st)
        return f.read(limit + 1)


def read_content(root: Path | str, rel: str | Path, limit: int, what: str = "file") -> bytes:
    """``content_file`` and ``read_bounded`` in one; a file over ``limit`` is refused."""
    data = read_bounded(content_file(root, rel), limit)
    if len(data) > limit:
        raise paths.too_large(limit, what)
    return data


def tree_problems(root: Path | str) -> Iterator[tuple[Path, str]]:
    """``paths.tree_problems``, and every file of ``root`` with a name outside it."""
    yield from paths.tree_problems(root)
    linked: dict[tuple[int, int], tuple[int, list[Path]]] = {}
    for folder, _dirs, files in os.walk(root):
        for name in sorted(files):
            path = Path(folder, name)
            with contextlib.suppress(OSError):
                st = os.lstat(path)
                if stat.S_ISREG(st.st_mode) and st.st_nlink > 1:
                    linked.setdefault((st.st_dev, st.st_ino), (st.st_nlink, []))[1].append(path)
    for count, names in linked.values():
        if count > len(names):
            for path in names:
                yield path, _hard_link(count - len(names), count)


def _open_beneath(root: Path, path: Path, flags: int) -> int:
    """``os.open(path, flags)`` from ``root`` down, each folder opened without
    following a link (``path`` is a real path: a link met on the way was put
    there after it was checked, ELOOP or ENOTDIR)."""
    folder = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW
    *folders, name = path.relative_to(root).parts
    fd = os.open(root, folder)
    try:
        for part in folders:
            below = os.open(part, folder, dir_fd=fd)
            os.close(fd)
            fd = below
        return os.open(name, flags, dir_fd=fd)
    finally:
        os.close(fd)


def _no_name_outside(root_real: Path, st: os.stat_result) -> None:
    """``Refused`` when the file ``st`` is has a name outside ``root_real`` (a hard link)."""
    if st.st_nlink > 1:
        names = paths.remembered(("names inside", root_real), lambda: _names_inside(root_real))
        outside = st.st_nlink - names.get((st.st_dev, st.st_ino), 0)
        if outside > 0:
            raise Refused(_hard_link(outside, st.st_nlink))


def _hard_link(outside: int, count: int) -> str:
    """Why a file of content/ with ``outside`` of its ``count`` names outside it is refused:
    the file is then one of the machine's as much as a symlink's target is. Names
    all inside content/ (a photo kept under two names) are one file of content/."""
    return (
        f"is a hard link: the same file has {outside} of its {count} names outside "
        "content/, and no file from outside content/ is published; make it a copy of "
        "its own (cp it to a new name, then move that over it)"
    )


def _names_inside(root_real: Path) -> dict[tuple[int, int], int]:
    """{(device, inode): how many names it has under ``root_real``}, for the files
    with more than one name (symlinked folders not followed)."""
    names: dict[tuple[int, int], int] = {}
    for folder, _dirs, files in os.walk(root_real):
        for name in files:
            with contextlib.suppress(OSError):
                st = os.lstat(os.path.join(folder, name))
                if stat.S_ISREG(st.st_mode) and st.st_nlink > 1:
                    names[st.st_dev, st.st_ino] = names.get((st.st_dev, st.st_ino), 0) + 1
    return names
