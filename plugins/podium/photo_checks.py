"""Photo checks remembered between builds, so a warm build decodes no photo.

``inspect_photo`` fully decodes a photo to prove it is usable; at ten
thousand stories that is most of a warm build's memory and a good part of
its time. Its verdict depends only on the photo's bytes and on the code that
judges them, so it is stored under ``.podium-cache/photo-checks/`` keyed by
the SHA-256 of the bytes (not the file's modification time: a fresh CI
checkout gives every file a new one) and of the checker's version.

One small JSON file per photo: JSON because the cache folder is restored
from CI caches and must never hold a format that can run code (no pickle);
one file per photo so a build that checks a thousand photos writes a
thousand tiny files instead of rewriting one big one a thousand times, and
parallel builds never corrupt each other's entries.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import PIL

from .photos import MAX_PIXELS, inspect_photo

FOLDER = "photo-checks"
# Bump when inspect_photo's verdicts change; Pillow's version is part of the key too.
CHECKER_VERSION = "1"
_SALT = f"{CHECKER_VERSION}|{PIL.__version__}|{MAX_PIXELS}".encode()


def _entry(cache: Path, data: bytes) -> Path:
    digest = hashlib.sha256(_SALT + b"\0" + data).hexdigest()
    return cache / FOLDER / digest[:2] / f"{digest}.json"


def inspect_photo_cached(path: Path | str, cache: Path | None) -> str | None:
    """``inspect_photo(path)``, answered from ``cache`` when these bytes were checked before."""
    if cache is None:
        return inspect_photo(path)
    try:
        data = Path(path).read_bytes()
    except OSError:
        return inspect_photo(path)  # it words the read error
    entry = _entry(cache, data)
    try:
        stored = json.loads(entry.read_text(encoding="utf-8"))
        if isinstance(stored, dict) and (
            stored.get("problem") is None or isinstance(stored.get("problem"), str)
        ):
            return stored.get("problem")
    except (OSError, ValueError):
        pass  # not checked yet, or a damaged entry: check again
    problem = inspect_photo(path)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"problem": problem}), encoding="utf-8")
        tmp.replace(entry)
    except OSError:
        pass  # a read-only cache only costs time
    return problem
