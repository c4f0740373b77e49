"""Photo and PDF checks remembered between builds, so a warm build decodes no
photo and walks no PDF.

``inspect_photo`` fully decodes a photo to prove it is usable; at ten
thousand stories that is most of a warm build's memory and a good part of
its time. Its verdict depends only on the photo's bytes and on the code that
judges them, so it is stored under ``.podium-cache/photo-checks/`` keyed by
the SHA-256 of the bytes (not the file's modification time: a fresh CI
checkout gives every file a new one) and of the checker's code
(``podium.fingerprint``: this module, ``photos.py``, what they import, and
Pillow's version).

One small JSON file per photo: JSON because the cache folder is restored
from CI caches and must never hold a format that can run code (no pickle);
one file per photo so a build that checks a thousand photos writes a
thousand tiny files instead of rewriting one big one a thousand times, and
parallel builds never corrupt each other's entries.

A PDF linked from a story (``PODIUM_ATTACHMENTS``) is checked as the build's
cleaning would take it (``pdf.read_problem``: a password, content taken from
another file); its verdict is kept here too, under the SHA-256 of its bytes
with a prefix of its own (``pdf_key``), so that ``prune`` keeps it as it
keeps a photo's. ``pdf`` is imported here so that its code is part of the
checker's fingerprint.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from . import pdf
from .cache import kept_or_its_mac, read_json, real_dir, write_sealed
from .fingerprint import MEMO as CODE_MEMO
from .fingerprint import code_fingerprint
from .photos import PERSONAL, frames, inspect_photo, personal_data, shorter_side

FOLDER = "photo-checks"
ENTRY_BYTES = 4096  # {"problem": one line, "personal": [PERSONAL], "side": int, "frames": int}


@functools.cache
def _checker(cache: Path) -> bytes:
    """The checker's code, found by following its imports: a hand-kept version
    number, bumped by hand seven times, served the old verdict the day a change
    to ``photos.py`` forgot it."""
    return code_fingerprint(Path(__file__), cache / CODE_MEMO).encode()


def _entry(cache: Path, photo: bytes) -> Path:
    """The entry of the photo whose bytes' SHA-256 is ``photo`` (``Site.photo_digests``
    holds it for every photo a story names, which ``prune`` keeps)."""
    digest = hashlib.sha256(b"podium photo check\0" + _checker(cache) + b"\0" + photo).hexdigest()
    return cache / FOLDER / digest[:2] / f"{digest}.json"


def prune(cache: Path, photos: Iterable[bytes]) -> None:
    """Remove every entry but those of ``photos`` (the SHA-256 of each photo the
    site's stories name): the cache folder goes from one CI run to the next,
    and the check of a photo deleted from content/ stayed in it for good, as
    the cleaned photos and cards do not. Nothing is followed: a symlink or
    file planted in the folder is removed as it is."""
    keep = {str(_entry(cache, photo)) for photo in photos}
    folder = cache / FOLDER
    if not real_dir(folder):
        return
    with contextlib.suppress(OSError):  # a read-only cache only costs room
        for sub in os.scandir(folder):
            if not sub.is_dir(follow_symlinks=False):
                os.unlink(sub.path)
                continue
            for entry in os.scandir(sub.path):
                if not kept_or_its_mac(entry.path, keep):
                    if entry.is_dir(follow_symlinks=False):
                        shutil.rmtree(entry.path)
                    else:
                        os.unlink(entry.path)
            with contextlib.suppress(OSError):  # not empty
                os.rmdir(sub.path)


Verdict = tuple[str | None, tuple[str, ...], int, int]


def _verdict(path: Path | str, data: bytes | None) -> Verdict:
    problem = inspect_photo(path, data)
    if problem is not None:
        return problem, (), 0, 1
    source = data if data is not None else Path(path)
    try:
        personal = personal_data(source)
    except Exception:  # noqa: BLE001 - it decoded above; an odd header only means "none seen"
        personal = ()
    try:
        count = frames(source)
    except Exception:  # noqa: BLE001 - it decoded above; a damaged later frame is not shown
        count = 1
    return None, personal, shorter_side(source), count


def photo_verdict_cached(
    path: Path | str, cache: Path | None, data: bytes | None = None, digest: bytes | None = None
) -> Verdict:
    """``(problem, personal, side, frames)``: what ``inspect_photo`` says, what
    the file's metadata tells of people (``photos.personal_data``: GPS position,
    names, owner, serial number; the build drops it all, but the repository
    keeps the uploaded original), its shorter side in pixels (0 with a problem) and
    its frames (``photos.frames``: more than one, animated);
    from ``cache`` when these bytes were checked before. ``digest``: the
    SHA-256 of ``data``, when the caller has it."""
    if cache is None:
        return _verdict(path, data)
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError:
            return inspect_photo(path), (), 0, 1  # it words the read error
    entry = _entry(cache, hashlib.sha256(data).digest() if digest is None else digest)
    # Not checked yet, damaged, or (PODIUM_CACHE_KEY set) planted: check again.
    # A verdict with a problem is never kept (an error: the build fails, checked
    # again or not), so a kept one was planted, and failed the build for a good photo.
    stored = read_json(entry, ENTRY_BYTES, signed=True)
    if (
        isinstance(stored, dict)
        and stored.get("problem") is None
        and isinstance(stored.get("personal"), list)
        # Only the kinds the warning words (a planted one never reaches it).
        and stored["personal"] == [k for k in PERSONAL if k in stored["personal"]]
        and type(stored.get("side")) is int
        and type(stored.get("frames")) is int
    ):
        return None, tuple(stored["personal"]), stored["side"], stored["frames"]
    problem, personal, side, count = _verdict(path, data)
    said = {"problem": problem, "personal": list(personal), "side": side, "frames": count}
    with contextlib.suppress(OSError):  # a read-only cache only costs time
        if problem is None:
            write_sealed(entry, json.dumps(said))
    return problem, personal, side, count


def pdf_key(data: bytes) -> bytes:
    """What a PDF's check is kept under: the SHA-256 of its bytes with a prefix,
    so that a PDF and a photo of the same bytes (a polyglot) have two entries."""
    return hashlib.sha256(b"pdf\0" + data).digest()


def pdf_problem_cached(data: bytes, cache: Path | None, key: bytes | None = None) -> str | None:
    """``pdf.read_problem(data)``, from ``cache`` when these bytes passed before;
    ``key``: their ``pdf_key``, when the caller has it (a PDF may be 20 MB).

    Only a pass is kept, as for a photo: a kept problem would be planted, and
    the build's cleaning refuses a bad PDF that a planted pass let through."""
    if cache is None:
        return pdf.read_problem(data)
    entry = _entry(cache, pdf_key(data) if key is None else key)
    stored = read_json(entry, ENTRY_BYTES, signed=True)
    if isinstance(stored, dict) and stored == {"pdf": "readable"}:
        return None
    problem = pdf.read_problem(data)
    if problem is None:
        with contextlib.suppress(OSError):  # a read-only cache only costs time
            write_sealed(entry, json.dumps({"pdf": "readable"}))
    return problem
