"""What a cached part of the search index may hold, checked before any of it is published.

A restored ``.podium-cache/`` is not trusted: CI restores it from a cache that
earlier runs wrote. Pagefind writes two kinds of file, and they are treated
differently:

- **Code**: ``pagefind.js``, the UI scripts and styles, the WebAssembly. Never
  taken from the cache at all: every build takes them from a Pagefind run of
  its own (``plugin._start_reference``), so a script planted in the cache cannot
  reach the site.
- **Data**: the entry, the metadata, the index chunks, the filters and one
  fragment per page. The search page's code reads them as data: it escapes a
  fragment's text before it marks the words found, and its UI writes titles
  and filter names as text. What data can still decide is where a result
  links to, so every fragment's ``url`` must be a page of the part and the
  paths in its ``meta`` paths on this site. A file of any other name or kind,
  or one that does not decode, makes the whole part a miss (it is indexed
  again), never an error.
"""

from __future__ import annotations

import json
import os
import re
import stat
import zlib
from pathlib import Path, PurePosixPath
from typing import Any

from podium.cache import read_json, real_dir, sealed_folder
from podium.paths import Refused, read_bounded

ENTRY = "pagefind-entry.json"
# Pagefind's data files: "<lang>_<hash>" names in three folders, and the metadata.
DATA_FOLDERS = {"index": ".pf_index", "fragment": ".pf_fragment", "filter": ".pf_filter"}
_NAME = r"[A-Za-z0-9-]+_[A-Za-z0-9]+"
_META = re.compile(rf"pagefind\.({_NAME})\.pf_meta")
_DATA = re.compile(rf"({_NAME})\.pf_(index|fragment|filter)")
SIGNATURE = b"pagefind_dcd"  # what every data file starts with, once gunzipped
_GZIP = b"\x1f\x8b"
# A fragment holds one page's text; a story is at most a few hundred KB.
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_FRAGMENT_TEXT = 32 * 1024 * 1024
_ENTRY_KEYS = {"version", "languages", "include_characters"}
_FRAGMENT_KEYS = {"url", "content", "word_count", "filters", "meta", "anchors"}


def page_url(rel: PurePosixPath | Path) -> str:
    """The URL Pagefind gives the page at ``rel``: ``stories/x/index.html`` is ``/stories/x/``."""
    path = "/" + PurePosixPath(rel).as_posix()
    return path[: -len("index.html")] if path.endswith("/index.html") else path


def is_data(name: str, folder: str | None = None) -> bool:
    """Whether ``name`` (in ``folder``, or at the bundle's top) is a Pagefind data file."""
    if folder is None:
        return name == ENTRY or _META.fullmatch(name) is not None
    match = _DATA.fullmatch(name)
    return match is not None and DATA_FOLDERS.get(folder) == f".pf_{match.group(2)}"


def sound_part(folder: Path, lang: str, urls: set[str]) -> dict[str, Any] | None:
    """The part's ``pagefind-entry.json``, or None when anything in ``folder`` is not sound.

    ``lang`` is the language the part was indexed for, ``urls`` the URLs of its pages.
    """
    try:
        # With PODIUM_CACHE_KEY set, only a part the build stored, with its MAC:
        # a planted part passing every check below put its text in search results.
        if not real_dir(folder) or not sealed_folder(folder):
            return None
        entry = read_json(folder / ENTRY)
        if not _entry_shape(entry, lang):
            return None
        prefix = f"{lang}_"
        metas = 0
        for name in os.listdir(folder):
            path = folder / name
            mode = os.lstat(path).st_mode
            if name in DATA_FOLDERS and stat.S_ISDIR(mode):
                if not _sound_folder(path, name, prefix, urls):
                    return None
            elif name == ENTRY and stat.S_ISREG(mode):
                continue
            elif (m := _META.fullmatch(name)) and stat.S_ISREG(mode):
                if not (m.group(1).startswith(prefix) and _gzipped(path)):
                    return None
                metas += 1
            else:
                return None  # a stray file, a symlink, a FIFO: not Pagefind's output
        hashes = {info["hash"] for info in entry["languages"].values()}
        if metas != 1 or not all((folder / f"pagefind.{h}.pf_meta").is_file() for h in hashes):
            return None
        return entry
    except (OSError, ValueError, Refused):
        return None


def agrees(entry: dict[str, Any], reference: dict[str, Any]) -> bool:
    """Whether a sound part's entry is one this Pagefind writes: the same version,
    word characters and WebAssembly as ``reference``, the entry of this build's own run."""
    if entry.get("version") != reference.get("version"):
        return False
    if entry.get("include_characters") != reference.get("include_characters"):
        return False
    known = reference.get("languages") or {}
    return all(
        lang in known and info.get("wasm") == known[lang].get("wasm")
        for lang, info in entry["languages"].items()
    )


def _entry_shape(entry: Any, lang: str) -> bool:
    if not isinstance(entry, dict) or not set(entry) <= _ENTRY_KEYS:
        return False
    languages = entry.get("languages")
    if not isinstance(languages, dict) or list(languages) != [lang]:
        return False
    info = languages[lang]
    return (
        isinstance(info, dict)
        and set(info) <= {"hash", "wasm", "page_count"}
        and isinstance(info.get("hash"), str)
        and info["hash"].startswith(f"{lang}_")
        and re.fullmatch(_NAME, info["hash"]) is not None
        and (info.get("wasm") is None or isinstance(info["wasm"], str))
        and isinstance(info.get("page_count", 0), int)
    )


def _sound_folder(folder: Path, kind: str, prefix: str, urls: set[str]) -> bool:
    seen: set[str] = set()
    for name in os.listdir(folder):
        path = folder / name
        if not (is_data(name, kind) and name.startswith(prefix)):
            return False
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return False
        if kind != "fragment":
            if not _gzipped(path):
                return False
            continue
        url = _fragment_url(path, urls)
        if url is None or url in seen:
            return False
        seen.add(url)
    return True


def _gzipped(path: Path) -> bool:
    return read_bounded(path, 2)[:2] == _GZIP  # it reads one byte more than asked


def _fragment_url(path: Path, urls: set[str]) -> str | None:
    """The fragment's page URL when the fragment is sound (one of ``urls``), else None."""
    raw = read_bounded(path, MAX_FILE_BYTES)
    if len(raw) > MAX_FILE_BYTES or not raw.startswith(_GZIP):
        return None
    try:
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)  # gzip framing
        text = inflate.decompress(raw, MAX_FRAGMENT_TEXT)
        if inflate.unconsumed_tail or not text.startswith(SIGNATURE):
            return None
        data = json.loads(text[len(SIGNATURE) :])
    except (zlib.error, ValueError):
        return None
    if not isinstance(data, dict) or not set(data) <= _FRAGMENT_KEYS:
        return None
    url, meta = data.get("url"), data.get("meta", {})
    if url not in urls or not isinstance(meta, dict):
        return None
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items()):
        return None
    # The two meta fields the search page turns into a link or an image: a
    # result links only into this site; an image is ours (a path, or the
    # absolute URL a production build writes), never a script: URL.
    if "url" in meta and not _plain(meta["url"], absolute=False):
        return None
    if meta.get("image") and not _plain(meta["image"], absolute=True):
        return None
    return url


def _plain(value: str, absolute: bool) -> bool:
    """A path on this site (``/images/x.jpg``) or, when ``absolute``, an http(s) URL."""
    if not value.isprintable() or any(c.isspace() or c == "\\" for c in value):
        return False
    if absolute and value.startswith(("https://", "http://")):
        return True
    return value.startswith("/") and not value.startswith("//")
