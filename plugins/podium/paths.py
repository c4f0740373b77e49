"""The content root policy: what the build may read, and where it may write.

Everything in ``content/`` arrives in pull requests, so a path named by
content (a story, a photo, a brand file, a link in a body) is untrusted. A
path the build reads must resolve to a regular file inside ``content/``:
not absolute, no ``..`` leaving it, no symlink pointing out of it, no
device, FIFO, folder or symlink loop. Sizes are checked on the bytes read,
never on ``stat`` (a symlink to ``/dev/zero`` reports size 0 and never ends).
A file the build writes must resolve inside the output folder.

Every refusal is a ``Refused`` with a one-line reason, for the caller to turn
into a ``PATH:LINE: error:`` line naming the field.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from .chars import BODY_BIDI_RE


class Refused(ValueError):
    """A path the policy does not allow; ``str()`` is one line saying why."""


def normalise(rel: str) -> str:
    """``rel`` as a clean relative POSIX path, or ``Refused`` when it cannot stay inside.

    Lexical only: ``a/./b`` is ``a/b``, ``a/../b`` is ``b``; ``../x``, ``/x``,
    ``C:\\x``, NUL and backslashes are refused before the file system is asked.
    """
    if not rel or "\x00" in rel:
        raise Refused("is empty" if not rel else "contains a NUL character")
    if "\\" in rel:
        raise Refused("contains a backslash; use / between folders")
    if (reorders := reordering_name(rel)) is not None:
        raise Refused(reorders)
    p = PurePosixPath(rel)
    if p.is_absolute() or (len(rel) > 1 and rel[1] == ":"):
        raise Refused("is an absolute path; give a path relative to content/")
    parts: list[str] = []
    for part in p.parts:
        if part == "..":
            if not parts:
                raise Refused("leaves content/ (through ..)")
            parts.pop()
        elif part != ".":
            parts.append(part)
    if not parts:
        raise Refused("names no file")
    clean = "/".join(parts)
    # "a/../c:/x" comes out as "c:/x": refused like the same path given directly,
    # so that a normalised path is always one normalise accepts as it is.
    if len(clean) > 1 and clean[1] == ":":
        raise Refused("is an absolute path; give a path relative to content/")
    return clean


def dot_name(rel: str) -> str | None:
    """Why the published copy of content file ``rel`` (a clean relative path)
    would not be served, or None: a name that starts with a dot
    (".verborgen.jpg", "images/.priv/x.jpg"). nginx's common configurations
    and Netlify refuse such paths, and a dot file is a private one by custom
    (Pelican's IGNORE_FILES leaves them out of content/ for that reason)."""
    dotted = [part for part in rel.split("/") if part.startswith(".")]
    if not dotted:
        return None
    first = dotted[0]
    what = "name" if first == rel.rsplit("/", 1)[-1] else "folder"
    meant = "/".join(part.lstrip(".") or part for part in rel.split("/"))
    return (
        f'has a {what} that starts with a dot ("{first}"): web servers (nginx, Netlify) '
        f'refuse to serve it, and a dot marks a private file; rename it, like "{meant}"'
    )


T = TypeVar("T")

# Real paths of folders, while a ``resolving()`` scope is open (None: no scope).
_folders: dict[str, Path] | None = None
# Other facts of the tree a reading asks for again and again (``remembered``).
_facts: dict[tuple, Any] | None = None


@contextlib.contextmanager
def resolving() -> Iterator[None]:
    """Within: ``content_file`` resolves the content root and each folder once.

    Reading a site asks for thousands of files in a few folders; resolving
    every path anew walks (lstat) every component of it each time. In a
    scope the folders' real paths are remembered, and only the file's own
    entry is looked at each time (``lstat``; a symlink is resolved in full).
    Open it around one reading of the tree (a build), which does not change
    its own folders: a folder swapped for a symlink during the scope is the
    same race as between ``content_file`` and opening the file, and the file
    itself is still opened with ``read_bounded`` (no final symlink, checked
    regular on the open file). Scopes nest; the outermost one owns the memo.
    """
    global _folders, _facts
    if _folders is not None:
        yield
        return
    _folders, _facts = {}, {}
    try:
        yield
    finally:
        _folders = _facts = None


def remembered(key: tuple, make: Callable[[], T]) -> T:
    """``make()``, worked out once per ``resolving()`` scope (each time outside one):
    for what depends on the tree's folders only, which the scope takes as fixed."""
    if _facts is None:
        return make()
    if key not in _facts:
        _facts[key] = make()
    return _facts[key]


def _real(path: Path) -> Path:
    """``path`` resolved, strictly; every failure a one-line ``Refused``."""
    try:
        return path.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 reports a symlink loop this way
        raise Refused("is a symlink loop") from None
    except OSError as exc:
        raise refusal(exc) from None


def refusal(exc: OSError) -> Refused:
    """Why a file that ``exc`` ended the opening of cannot be read, in words."""
    if exc.errno == errno.ELOOP:
        return Refused("is a symlink loop")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return Refused("does not exist")
    return Refused(f"cannot be read ({exc.strerror or exc})")


def version(st: os.stat_result) -> tuple[int, int, int, int, int]:
    """What tells one version of a file from another, for a cache kept in the
    process (``podium serve`` rebuilds in one): a file replaced under its name
    with the same size and modification time (``cp -p``, ``rsync -t``, an
    unzip) still has a new change time, and a new inode when it was moved in."""
    return (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino, st.st_dev)


def real_folder(path: Path | str) -> Path:
    """``Path(path).resolve()``, remembered inside a ``resolving()`` scope."""
    if _folders is None:
        return Path(path).resolve()
    key = str(path)
    if key not in _folders:
        _folders[key] = Path(path).resolve()
    return _folders[key]


def folder_link(content: Path | str) -> str | None:
    """Why ``content`` is refused when it is itself a symlink, or None.

    A pull request can turn content/ into a link (git stores one) to ".." or a
    home folder: every check keeps files inside the folder it points at, so that
    folder became the content root, read by the build and written by the
    commands that add to it (a story, a photo, a snapshot, a withdrawal record).
    """
    path = Path(content)
    if not path.is_symlink():
        return None
    return (
        "this entry is a symlink to a folder; Podium does not follow folder links, "
        f"content/ included: make {path.name}/ a folder of the project"
    )


def content_file(root: Path | str, rel: str | Path) -> Path:
    """The real path of content file ``rel`` (relative to ``root``), if the policy allows it.

    ``rel`` may also be an absolute path that is already inside ``root``
    (what Pelican and ``rglob`` hand over).
    """
    root_real = real_folder(root)
    path = Path(rel)
    if path.is_absolute():
        try:
            rel = path.relative_to(Path(root).absolute()).as_posix()
        except ValueError:
            try:
                rel = path.relative_to(root_real).as_posix()
            except ValueError:
                raise Refused("is outside content/") from None
    clean = normalise(str(rel).replace(os.sep, "/") if os.sep != "/" else str(rel))
    if _folders is None:
        real = _real(root_real / clean)
        mode = None
    else:
        real, mode = _real_in_scope(root_real, clean, _folders)
    if not real.is_relative_to(root_real):
        raise Refused("is a symlink that points outside content/")
    if mode is None:
        try:
            mode = os.stat(real).st_mode
        except OSError as exc:
            raise Refused(f"cannot be read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(mode):
        raise Refused(f"is {_kind(mode)}, not a regular file")
    return real


def _real_in_scope(
    root_real: Path, clean: str, folders: dict[str, Path]
) -> tuple[Path, int | None]:
    """The real path of ``root_real/clean`` with its folder resolved once per scope, and
    its mode when known: the entry's own ``lstat``, unless it is a symlink (resolved in full)."""
    folder, _, name = clean.rpartition("/")
    key = f"{root_real}\0{folder}"  # folder names never hold NUL (normalise refuses it)
    parent = folders.get(key)
    if parent is None:
        parent = _real(root_real / folder) if folder else root_real
        folders[key] = parent
    try:
        st = os.lstat(parent / name)
    except OSError as exc:
        raise refusal(exc) from None
    if stat.S_ISLNK(st.st_mode):
        return _real(root_real / clean), None
    return parent / name, st.st_mode


def read_bounded(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of regular file ``path``: a caller seeing more
    than ``limit`` knows the file is too large without reading all of it.

    Opened without following a final symlink and without blocking, and checked
    again on the open file, so a file swapped for a FIFO or device between
    ``content_file`` and here is refused, not waited on.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Refused("is a symlink (changed while the build ran)") from None
        raise Refused(f"cannot be read ({exc.strerror or exc})") from None
    try:
        mode = os.fstat(fd).st_mode
    except OSError as exc:
        os.close(fd)
        raise Refused(f"cannot be read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(mode):
        # Checked before fdopen, which refuses a folder with IsADirectoryError: a
        # cache file replaced by a folder ended the build in that error.
        os.close(fd)
        raise Refused(f"is {_kind(mode)}, not a regular file")
    with os.fdopen(fd, "rb") as f:
        return f.read(limit + 1)


def too_large(limit: int, what: str = "file") -> Refused:
    """The refusal of a ``what`` over ``limit`` bytes, read or only measured."""
    return Refused(f"is larger than {limit / 1_000_000:.1f} MB, the most a {what} may be")


def read_content(root: Path | str, rel: str | Path, limit: int, what: str = "file") -> bytes:
    """``content_file`` and ``read_bounded`` in one; a file over ``limit`` is refused."""
    data = read_bounded(content_file(root, rel), limit)
    if len(data) > limit:
        raise too_large(limit, what)
    return data


def output_file(out_root: Path | str, rel: str) -> Path:
    """Where to write ``rel`` inside the output folder; ``Refused`` if it would land outside."""
    root = Path(out_root).resolve()
    return _inside_output(root, (root / normalise(rel)).resolve(), rel)


def _inside_output(root: Path, target: Path, rel: str) -> Path:
    if target == root or not target.is_relative_to(root):
        raise Refused(f"would be written outside the output folder ({rel})")
    return target


class OutputFiles:
    """``output_file`` for the many files one step writes into one output folder,
    each file's folder made: the root and each folder are resolved (and made)
    once, and only the file's own entry is looked at (a symlink there is
    resolved in full). Resolving every target walked each component of its
    path (840 resolves and 420 mkdirs for the photos of 400 stories)."""

    def __init__(self, out_root: Path | str) -> None:
        self.root = Path(out_root).resolve()
        self._folders: dict[str, Path] = {}

    def __call__(self, rel: str) -> Path:
        folder, _, name = normalise(rel).rpartition("/")
        parent = self.root if not folder else self._folders.get(folder)
        if parent is None:
            parent = _inside_output(self.root, (self.root / folder).resolve(), rel)
            parent.mkdir(parents=True, exist_ok=True)
            self._folders[folder] = parent
        target = parent / name
        if os.path.islink(target):
            return _inside_output(self.root, target.resolve(), rel)
        return target


def create_content_file(root: Path | str, path: Path, data: bytes) -> None:
    """Write a new file ``path`` inside content/ ``root``; ``Refused`` (one line) if it exists
    (a dangling symlink included) or its folder resolves outside ``root``.

    ``Path.exists()`` follows a symlink, so a planted link to a missing file
    outside content/ looks free, and writing it would create that file: the
    file is created with ``O_EXCL | O_NOFOLLOW``, which refuses any entry there.
    """
    root_real = Path(root).resolve()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a read-only checkout, or a file where the folder would be
        raise Refused(f"cannot be written ({exc.strerror or exc})") from None
    if not path.parent.resolve().is_relative_to(root_real):
        raise Refused("is in a folder that is a symlink pointing outside content/")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except FileExistsError:
        raise Refused("exists already (or is a symlink); not overwriting it") from None
    except OSError as exc:
        raise Refused(f"cannot be written ({exc.strerror or exc})") from None
    # The file is this call's own (O_EXCL): a write the disk refuses (full, a
    # quota) or a Ctrl-C left it cut short in content/, for the next try to call
    # "exists already" and `git add` to commit; it goes, and nothing is written.
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(path)
        if isinstance(exc, OSError):
            raise Refused(f"cannot be written ({exc.strerror or exc})") from None
        raise


def files_ending(root: Path, suffix: str) -> Iterator[Path]:
    """The files under ``root`` whose names end in ``suffix``, symlinked folders not
    followed (as ``Path.rglob``, which walks the output's 1,700 folders 3x slower)."""
    for folder, _dirs, files in os.walk(root):
        for name in files:
            if name.endswith(suffix):
                yield Path(folder, name)


def tree_problems(root: Path | str) -> Iterator[tuple[Path, str]]:
    """Every entry under ``root`` the build must not follow: (path, one-line reason).

    Walks without following symlinks, so a loop costs nothing. Folder symlinks
    are refused outright (Pelican would walk them, loops included); file
    symlinks must stay inside ``root``; devices, FIFOs and sockets are refused.
    """
    root = Path(root)
    if not root.is_dir():
        return
    # A folder that cannot be listed (no read permission): walked past in
    # silence, its stories were neither checked nor published, and no one knew.
    unlisted: list[OSError] = []
    for folder, dirs, files in os.walk(root, followlinks=False, onerror=unlisted.append):
        yield from _unlisted(unlisted)
        if "HEAD" in files and {"objects", "refs"} <= set(dirs):
            # A repository's own files, which git carries as any others (only a
            # ".git" it refuses): git run in this folder takes it for a
            # repository and reads its config, whose core.fsmonitor is a
            # program git starts. The build runs git for the pages' dates.
            yield (
                Path(folder) / "HEAD",
                (
                    "is a git repository's HEAD, beside objects/ and refs/: git would take this "
                    "folder for a repository and read its config, which can start any program; "
                    "delete HEAD, config, objects/ and refs/ here"
                ),
            )
        for name in sorted(dirs + files):
            path = Path(folder) / name
            byte = _not_utf8(name)
            if byte is not None:
                # git stores names as bytes: one that is not UTF-8 could be read by
                # no step (nor named by a field); refused, with nothing below it walked.
                if name in dirs:
                    dirs.remove(name)
                yield path, f"has a name that is not valid UTF-8 (byte 0x{byte:02x}); rename it"
                continue
            if (reorders := reordering_name(name)) is not None:
                # A linked file or brand file is published under its name:
                # "cv\u202efdp.png" read "cvgnp.pdf" on the page and in a download.
                if name in dirs:
                    dirs.remove(name)
                yield path, f"has a name that {reorders}"
                continue
            try:
                st = os.lstat(path)
            except OSError:
                continue
            if stat.S_ISLNK(st.st_mode):
                try:
                    content_file(root, path)
                except Refused as exc:
                    if _is_dir(path):
                        yield path, "is a symlink to a folder; Podium does not follow folder links"
                    else:
                        yield path, str(exc)
            elif not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)):
                yield path, f"is {_kind(st.st_mode)}; content/ may hold only files and folders"
    yield from _unlisted(unlisted)


def _is_dir(path: Path) -> bool:
    """Whether ``path`` leads to a folder; False where that cannot be known: a
    link into a folder the build may not enter (``/root/x`` on a CI runner)
    raised PermissionError from ``Path.is_dir``, a traceback for a refused link."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _unlisted(errors: list[OSError]) -> Iterator[tuple[Path, str]]:
    """The folders ``os.walk`` could not list so far, each once, as tree problems."""
    while errors:
        exc = errors.pop(0)
        reason = exc.strerror or str(exc)
        yield (
            Path(exc.filename),
            (
                f"is a folder that cannot be read ({reason}): nothing in it is checked or "
                "published; make it readable"
            ),
        )


def reordering_name(name: str) -> str | None:
    """Why ``name`` (or a path) holds a bidirectional control that shows it
    reordered, or None: the story's text refuses one (``chars.reordering``), a
    file name published as it is (a linked file, a brand file) did not."""
    found = BODY_BIDI_RE.search(name)
    if found is None:
        return None
    char = found.group()
    meant = BODY_BIDI_RE.sub("", name)
    return (
        f"holds the invisible character U+{ord(char):04X} {unicodedata.name(char)} at "
        f"character {found.start() + 1}, which shows it in another order than it is; rename "
        f'it ("{meant}")'
    )


def _not_utf8(name: str) -> int | None:
    """The first byte of ``name`` that is not UTF-8 (Python holds it as a lone
    surrogate, os.fsdecode's "surrogateescape"), or None."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError as exc:
        return os.fsencode(name[exc.start])[0]
    return None


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


# Written into every output: only a folder carrying it is ever replaced
# (``podium build``'s swap, ``invoke clean``). Here, in the kernel, since a plain
# ``pelican`` run writes it too (the render step), so the next build takes it.
OUTPUT_MARKER = ".podium-output"
OUTPUT_MARKER_TEXT = (
    "This folder was written by `podium build`, which replaces it whole on the next build.\n"
    "Do not keep anything else here.\n"
)


def podiums_or_new(folder: str | os.PathLike) -> bool:
    """``folder`` is not there, is empty, or carries the output marker: a folder
    a build may mark as Podium's (and so let the next build replace)."""
    folder = Path(folder)
    if folder.is_symlink():
        return False
    if not folder.exists():
        return True
    if not folder.is_dir():
        return False
    marker = folder / OUTPUT_MARKER
    if marker.is_file() and not marker.is_symlink():
        return True
    try:
        return not any(folder.iterdir())
    except OSError:
        return False
