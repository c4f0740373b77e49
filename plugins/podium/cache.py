"""Where Podium keeps what it can reuse between builds.

Parsed stories, photos, cards and the search index are cached in one folder,
``.podium-cache/`` beside ``content/`` unless ``PODIUM_CACHE_PATH`` says
otherwise: never inside ``content/`` (it is not content) nor ``output/``
(a build replaces that folder whole).
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import hashlib
import hmac
import json
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from .atomic import write_atomic

try:
    import fcntl
except ImportError:  # Windows: no flock, and no sweep of private caches either
    fcntl = None
from .filetypes import MAX_LINKED_BYTES, RASTER_MAGIC
from .paths import Refused, read_bounded, real_folder
from .settings import CACHE_KEY_ENV, PodiumSettings, cache_key_from_environment, get

FOLDER = ".podium-cache"
T = TypeVar("T")


def cache_root(content_path: str | Path, configured: str | None = None) -> Path:
    """The cache folder; a private, empty stand-in for one that is a symlink
    (``linked_root``)."""
    linked = linked_root(content_path, configured)
    if linked is not None:
        return _stand_in(linked)
    if configured:
        return real_folder(configured)
    return real_folder(content_path).parent / FOLDER


def linked_root(content_path: str | Path, configured: str | None = None) -> Path | None:
    """The cache folder when it is itself a symlink, else None.

    Restored from a CI cache's tar, or committed in a pull request: every
    command wrote its caches through it, and the build deleted in the folder
    it points at whatever it took for stale cards, photos and search parts.
    Nothing is written through it: each process uses a stand-in of its own."""
    root = Path(configured) if configured else real_folder(content_path).parent / FOLDER
    return root if os.path.islink(root) else None


_stand_ins: dict[str, Path] = {}

# A cache folder of one process's own in the system's temporary folder
# (``private_cache``): "podium-cache-PID-" and tempfile's eight characters.
PRIVATE_PREFIX = "podium-cache-"
_PRIVATE = re.compile(re.escape(PRIVATE_PREFIX) + r"([0-9]+)-[a-z0-9_]{8}")


# Held open (and locked) for the life of the process that made the folder.
# A process id alone does not prove the owner gone: a build in another
# container sharing /tmp has ids this one cannot see. The kernel drops a
# flock when its holder dies, in whatever namespace, so a lock that can be
# taken is the proof.
OWNER_LOCK = ".owner.lock"
_owner_locks: list[int] = []


def private_cache() -> Path:
    """A new, empty cache folder of this process's own, in the system's temporary
    folder, for a cache folder that cannot be used (a symlink, read-only). Its
    user removes it when done; killed outright (SIGKILL, the OOM killer), it
    cannot, and the next build does (``dead_private_caches``): the name carries
    the process id, and a lock inside it is held while the process lives."""
    folder = Path(tempfile.mkdtemp(prefix=f"{PRIVATE_PREFIX}{os.getpid()}-"))
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fd = os.open(folder / OWNER_LOCK, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, 0o600)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            _owner_locks.append(fd)
    return folder


def _abandoned(folder: Path) -> bool:
    """Whether no living process holds ``folder``'s owner lock. A folder without
    one (its build killed before it took it) is kept: unsure means keep."""
    try:
        fd = os.open(folder / OWNER_LOCK, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)  # also lets go of the lock, if taken
    return True


def dead_private_caches() -> list[Path]:
    """The ``private_cache`` folders of processes that are gone: only names it
    gives, real folders of this user, never one of a running process (nor of
    this one), nor one whose owner lock is still held (a build in another
    process namespace). Where there are no process ids or locks (Windows),
    none."""
    if os.name != "posix" or fcntl is None:
        return []
    try:
        entries = list(os.scandir(tempfile.gettempdir()))
    except OSError:
        return []
    dead = []
    for entry in entries:
        match = _PRIVATE.fullmatch(entry.name)
        if match is None or int(match.group(1)) == os.getpid():
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        mine = stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid()
        if mine and not _running(int(match.group(1))) and _abandoned(Path(entry.path)):
            dead.append(Path(entry.path))
    return sorted(dead)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OverflowError:  # no such process id
        return False
    except OSError as exc:
        return exc.errno == errno.EPERM  # another user's
    return True


def _stand_in(linked: Path) -> Path:
    """One empty folder per linked cache folder and process, removed at exit."""
    key = str(linked.absolute())
    if key not in _stand_ins:
        _stand_ins[key] = private_cache()
        atexit.register(shutil.rmtree, _stand_ins[key], True)
    return _stand_ins[key]


# What a build writes at the top of its cache folder, each beside a MAC file
# when a cache key is set (tests/quality/test_cache_entries.py holds a built hub's cache to
# this list). ``invoke rebuild`` empties a cache only when nothing else is there:
# PODIUM_CACHE_PATH = "docs" had it delete the project's documentation.
ENTRIES = frozenset({
    "build.lock", "card-warnings.json", "cards", "code-fingerprints.json", "feeds",
    "lastmod.json", "links", "pagefind", "pagefind-parts", "pagefind-views", "parsed",
    "photo-checks", "photos", "tags",
})  # fmt: skip


def foreign_entries(root: Path) -> list[str]:
    """The names at the top of the cache folder ``root`` that no build writes
    there (``ENTRIES``, their MAC files, a write's temporary file), sorted."""
    try:
        names = sorted(os.listdir(root))
    except OSError:  # no cache yet, or not a folder: nothing of anyone's to lose
        return []
    return [
        name
        for name in names
        if name.removesuffix(MAC_SUFFIX) not in ENTRIES
        and not (name.startswith(".") and name.endswith(".tmp"))
    ]


def own_folders(root: Path) -> None:
    """Remove every symlink at the top of the cache folder ``root``, and the
    temporary files of writes cut off there and one folder down (``_sweep_cut_off``).

    A restored cache is not trusted (see below): a symlink in place of one of
    its folders (``tags``, ``parsed``, ...) would send the build's cache
    writes, and its reads, elsewhere on the machine. The folder is Podium's
    own, so any symlink there is planted; the folders are made again as they
    are needed. The read step calls this once per build, before any step
    uses the cache.
    """
    try:
        entries = list(os.scandir(root))
    except OSError:  # no cache yet, or not readable: nothing to remove
        return
    for entry in entries:
        if entry.is_symlink():
            with contextlib.suppress(OSError):  # a read-only cache only costs time
                os.unlink(entry.path)
        elif entry.is_dir(follow_symlinks=False):
            _sweep_cut_off(entry.path)
    _sweep_cut_off(root)


# A write cut off (SIGKILL, the OOM killer) leaves its temporary file
# (``podium.atomic``: ``.NAME.XXXXXXXX.tmp``); one this old is no write in progress.
CUT_OFF_AFTER = 3600  # seconds


def _sweep_cut_off(folder: str | Path) -> None:
    """Remove ``folder``'s temporary files of writes cut off: lastmod.json's would
    otherwise keep a people page's URL in the CI cache for good. By name and age
    (its own time, a symlink's, never followed), files only."""
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not (entry.name.startswith(".") and entry.name.endswith(".tmp")):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if not stat.S_ISDIR(info.st_mode) and now - info.st_mtime > CUT_OFF_AFTER:
                    os.unlink(entry.path)


def build_cache(settings: Mapping[str, Any] | PodiumSettings) -> Path:
    """The cache folder of a Pelican build, from its typed settings, or from
    Pelican's (``get``: the typed settings kept in the dict, parsed once)."""
    ps = settings if isinstance(settings, PodiumSettings) else get(settings)
    return cache_root(ps.content_root, ps.cache_path)


def linked_build_cache(ps: PodiumSettings) -> Path | None:
    """``linked_root`` of a Pelican build's cache folder, from its typed settings."""
    return linked_root(ps.content_root, ps.cache_path)


# -- what a restored cache may hold -------------------------------------------------
# CI restores .podium-cache/ from a tar that an earlier run wrote; nothing in it
# is trusted. A symlink there, published by a copy or a hard link, would put a
# file of the build machine on the site.


def regular_file(path: Path) -> bool:
    """A regular file, not a symlink (nor a FIFO, device or folder)."""
    return _is(path, stat.S_ISREG)


def real_dir(path: Path) -> bool:
    """A folder, not a symlink to one."""
    return _is(path, stat.S_ISDIR)


def _is(path: Path, kind) -> bool:
    try:
        return kind(os.lstat(path).st_mode)
    except OSError:
        return False


# -- what proves a record the build's own -----------------------------------------
# The checks above and below are of shape: whoever can write the cache (a step
# of any run with the Actions cache token) can plant a record that passes them.
# A key the cache never holds can tell the build's records from planted ones:
# with PODIUM_CACHE_KEY set (a CI secret), every record the build writes gets
# an HMAC beside it (NAME.mac) over its name and bytes, and a record whose MAC
# is missing or wrong is a miss. Unset (a laptop), nothing changes.

KEY_ENV = CACHE_KEY_ENV
MAC_SUFFIX = ".mac"
_MAC_DOMAIN = b"podium cache record 1\0"


def secret() -> bytes | None:
    """The cache key, ``PodiumSettings.cache_key``: ``KEY_ENV`` as the settings
    read it, once per process; None when unset or empty."""
    key = cache_key_from_environment()
    return key.value if key is not None else None


def mac_path(path: Path) -> Path:
    return path.with_name(path.name + MAC_SUFFIX)


def _mac(key: bytes, path: Path, data: bytes) -> bytes:
    # Over the record's name and its folder's too (the cache key: a hash of
    # its inputs), so a record of the build's own moved under another name,
    # such as one story's card under another's, does not pass either.
    name = f"{path.parent.name}/{path.name}".encode("utf-8", "surrogateescape")
    return hmac.new(key, _MAC_DOMAIN + name + b"\0" + data, hashlib.sha256).hexdigest().encode()


def mac_of(path: Path, data: bytes) -> bytes | None:
    """The MAC ``data`` has at ``path`` (None: no key), for a record written
    elsewhere first and renamed there (a folder made whole, then renamed)."""
    key = secret()
    return _mac(key, path, data) if key is not None else None


def seal(path: Path, data: bytes) -> None:
    """Write the MAC of ``data``, just written at ``path``, beside it (no key: nothing).
    A MAC that cannot be written only costs the record: it is a miss next time."""
    mac = mac_of(path, data)
    if mac is not None:
        with contextlib.suppress(OSError):
            if real_dir(mac_path(path)):
                # Planted or damaged: the rename below failed on it, and the
                # record was computed again on every build.
                shutil.rmtree(mac_path(path))
            write_atomic(mac_path(path), mac)


def sealed(path: Path, data: bytes) -> bool:
    """Whether ``data``, read from ``path``, is what the build wrote there: its MAC
    beside it is right. Always, when no key is set."""
    key = secret()
    if key is None:
        return True
    try:
        said = read_bounded(mac_path(path), 64)
    except Refused:
        return False
    return hmac.compare_digest(said, _mac(key, path, data))


def signed_file(path: Path, limit: int = MAX_LINKED_BYTES) -> bool:
    """Whether the cache file ``path`` (a regular file of at most ``limit`` bytes)
    has its right MAC, for a reader that reads it its own way; always, when no
    key is set."""
    if secret() is None:
        return True
    try:
        data = read_bounded(path, limit)
    except Refused:
        return False
    return len(data) <= limit and sealed(path, data)


def _manifest(folder: Path) -> bytes | None:
    """Every file under ``folder`` by its path there and the SHA-256 of its bytes,
    in order; None when anything in it is no regular file or folder, is too large
    (``MAX_LINKED_BYTES``) or unreadable."""
    lines = []
    try:
        for top, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files):
                path = Path(top, name)
                data = read_bounded(path, MAX_LINKED_BYTES)
                if len(data) > MAX_LINKED_BYTES:  # its end unread: nothing would vouch for it
                    return None
                rel = path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape")
                lines.append(rel + b"\0" + hashlib.sha256(data).hexdigest().encode())
            if any(not real_dir(Path(top, d)) for d in dirs):
                return None  # os.walk lists a symlink to a folder with the folders
    except (OSError, Refused):
        return None
    return b"\n".join(lines)


def seal_folder(folder: Path) -> None:
    """``seal`` for a folder written whole and never edited (a search index part):
    one MAC beside it (``FOLDER.mac``) over its files' names and bytes."""
    if secret() is not None and (manifest := _manifest(folder)) is not None:
        seal(folder, manifest)


def sealed_folder(folder: Path) -> bool:
    """``sealed`` for a folder ``seal_folder`` sealed; always, when no key is set."""
    if secret() is None:
        return True
    manifest = _manifest(folder)
    return manifest is not None and sealed(folder, manifest)


def kept_or_its_mac(name: str, keep: set[str]) -> bool:
    """Whether a cache folder's file ``name`` stays when ``keep`` are the records
    kept: a record's MAC goes with its record."""
    return name in keep or (name.endswith(MAC_SUFFIX) and name[: -len(MAC_SUFFIX)] in keep)


def write_sealed(path: Path, data: bytes | str, **kwargs) -> None:
    """``write_atomic``, then ``seal``; raises as ``write_atomic`` does."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    write_atomic(path, raw, **kwargs)
    seal(path, raw)


# What the last bytes of each format Podium writes are, or how its size is recorded.
_JPEG_END = b"\xff\xd9"  # EOI
_PNG_END = b"IEND\xaeB`\x82"  # the IEND chunk and its CRC


def image_is_whole(head: bytes, tail: bytes, size: int, fmt: str) -> bool:
    """``head`` (the first 16 bytes) and ``tail`` (the last 16) of a ``size``-byte
    file are those of a whole image of ``fmt``."""
    fmt = fmt.upper()
    magic = RASTER_MAGIC.get(fmt)
    if magic is None or not head.startswith(magic):
        return False
    if fmt == "JPEG":
        return tail.endswith(_JPEG_END)
    if fmt == "PNG":
        return tail.endswith(_PNG_END)
    # WEBP: a RIFF file, whose header records the size of everything after its first 8 bytes.
    return head[8:12] == b"WEBP" and int.from_bytes(head[4:8], "little") + 8 == size


def cached_image(
    path: Path, fmt: str, size: tuple[int, int] | None = None, limit: int = MAX_LINKED_BYTES
) -> bytes | None:
    """The bytes of a cached image the build publishes, or None: not a regular file,
    over ``limit``, cut short, or not as the build encodes it (``photos.as_encoded``:
    of ``fmt``, ``size`` pixels when given, no EXIF, GPS, XMP, ICC or comment).

    A restored cache's image was checked for shape only, so a planted photo with
    its GPS position, or one of any size, was published as a card or portrait.
    Its picture cannot be checked without drawing it again, which is the cost
    the cache saves: its name is a hash of the inputs, but nothing the cache
    holds can vouch for the bytes under that name, since whoever plants an
    image there can plant its digest beside it just as well. Only a key the
    cache never holds can: with PODIUM_CACHE_KEY set, an image without its
    right MAC (``sealed``) is a miss too. Without it, the check is kept to
    what the build would never write (a hub is published from a branch whose
    caches no pull request can write: GitHub scopes them by branch).
    """
    if not regular_file(path):
        return None
    try:
        data = read_bounded(path, limit)
    except Refused:
        return None
    if len(data) > limit or not image_is_whole(data[:16], data[-16:], len(data), fmt):
        return None
    if not sealed(path, data):
        return None
    from .photos import as_encoded  # Pillow: only for a build that publishes images

    return data if as_encoded(data, fmt, size) else None


def real_subfolder(path: Path) -> Path:
    """``path`` as a real folder: a symlink or file planted in its place is removed."""
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        path.unlink()
    path.mkdir(parents=True, exist_ok=True)
    return path


def publish(cached: Path, target: Path) -> None:
    """Hard-link a cached file into the output, or copy it where links are impossible.

    Only for a file the build wrote itself, or a cache file checked with
    ``regular_file``, that is replaced whole (write, then rename) and never
    edited, so a published file never changes.
    A thousand stories make two thousand images (about 200 MB): copying them
    on every build, and deleting the previous output's copies, cost more than
    the rest of a warm build.
    """
    try:
        os.link(cached, target)
        return
    except FileExistsError:
        # A plain `pelican content` builds into the output as it is, so the
        # previous run's file is there (podium build's folder is always new):
        # the same file stays; another is replaced whole, never written into.
        if _same_file(cached, target):
            return
        fresh = target.with_name(f".{target.name}.{os.getpid()}.new")
        with contextlib.suppress(FileNotFoundError):
            fresh.unlink()
        try:
            os.link(cached, fresh)
        except OSError:
            shutil.copyfile(cached, fresh)
        os.replace(fresh, target)
    except OSError:  # another filesystem, or links not supported
        shutil.copyfile(cached, target)


def _same_file(a: Path, b: Path) -> bool:
    try:
        one, other = os.stat(a), os.lstat(b)
    except OSError:
        return False
    return stat.S_ISREG(other.st_mode) and os.path.samestat(one, other)


# The largest JSON file a cache holds (the tags or lastmod dates of ten
# thousand stories are a few MB); anything larger is damage.
MAX_JSON_BYTES = 64 * 1024 * 1024


def read_json(path: Path, limit: int = MAX_JSON_BYTES, *, signed: bool = False) -> Any:
    """The JSON value in the cache file ``path``, or None: absent, too large,
    not JSON, not a regular file, or (``signed``) without its right MAC (``sealed``).

    Bounded, without following a final symlink, a regular file only (a FIFO
    planted in a restored cache would otherwise block the build, a symlink
    read another file). The caller still checks every value it takes.
    """
    try:
        raw = read_bounded(path, limit)
        if len(raw) > limit or (signed and not sealed(path, raw)):
            return None
        return json.loads(raw.decode("utf-8"))
    except (Refused, ValueError, RecursionError):  # RecursionError: [[[[… nested deeper
        return None  # than Python's decoder recurses, in a planted entry


def read_entry(path: Path, want: str, limit: int) -> dict | None:
    """A JSON cache entry written with ``write_entry`` for key ``want``, or None
    (``read_json``, signed; an entry that carries another key is a miss too)."""
    data = read_json(path, limit, signed=True)
    return data if isinstance(data, dict) and data.get("key") == want else None


def write_entry(path: Path, want: str, data: dict) -> None:
    """Replace the JSON entry at ``path`` (write, then rename) and seal it; a cache
    that cannot be written only costs time."""
    with contextlib.suppress(OSError):
        text = json.dumps({"key": want, **data}, ensure_ascii=False, separators=(",", ":"))
        write_sealed(path, text)


class ItemCache:
    """Results per input item, kept between builds in one JSON entry.

    A site-wide result (every story's tags, every story's links) misses as a
    whole when one story changes; most of it is the same as before. This
    keeps each item's result under a hash of the item (its repr), inside an
    entry keyed by ``space``: a hash of everything else the results depend on
    (the code, the themes, the vacancies). One edited story then costs one
    item's work.

    Nothing read is trusted: ``get`` hands each stored value to the caller's
    ``check``, which returns what to use or raises, and a value that fails it
    is a miss. ``save`` writes the items asked for in this build only, so the
    entry holds no more than the site does.
    """

    def __init__(self, path: Path | None, space: str, limit: int = MAX_JSON_BYTES):
        self.path, self.space = path, space
        data = read_entry(path, space, limit) if path is not None else None
        items = data.get("items") if data is not None else None
        self._old: dict = items if isinstance(items, dict) else {}
        self._new: dict = {}
        self.misses = 0

    @staticmethod
    def item_key(item: Any) -> str:
        return hashlib.sha256(repr(item).encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, item: Any, check: Callable[[Any], T]) -> T | None:
        """The checked stored result for ``item``, or None (absent or implausible)."""
        key = self.item_key(item)
        raw = self._old.get(key)
        if raw is not None:
            try:
                value = check(raw)
            except Exception:  # noqa: BLE001 - any damage at all means "compute again"
                value = None
            if value is not None:
                self._new[key] = raw
                return value
        self.misses += 1
        return None

    def put(self, item: Any, raw: Any) -> None:
        """Keep ``raw`` (plain JSON) as ``item``'s result."""
        self._new[self.item_key(item)] = raw

    def save(self) -> None:
        """Write the entry when it changed; a cache that cannot be written only costs time."""
        if self.path is not None and (self.misses or self._new.keys() != self._old.keys()):
            write_entry(self.path, self.space, {"items": self._new})
