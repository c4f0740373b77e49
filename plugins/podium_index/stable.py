"""Pagefind's filter files in a stable order, so that two builds of the same pages
write the same bytes.

Pagefind (1.x) keeps each language's filters, and each filter's values, in
Rust hash maps, whose order is chosen at random for every run: a filter with
two or more values ("Team": Techniek, Support) was written in either order,
its file named by a hash of it, and the language's ``.pf_meta`` file, which
lists the filters with those names (in hash-map order too), and
``pagefind-entry.json``, which names that, all differed between two cold
builds of the same site (Pagefind's own source says "TODO: Change filter
indexes to BTree to give them a stable hash"). No option or input order
fixes it, and the binary is not Podium's to patch, so after each run the
values of each filter are put in order of their text, and the filters in
order of their names, and the files renamed by the hash of what they then
hold, as Pagefind names them; ``pagefind-entry.json`` follows.

Only data of the exact shape Pagefind 1.x writes is changed: each file must
decode (gzip, Pagefind's signature, CBOR of arrays, texts and whole numbers)
and encode back to the very bytes it was read from, or the bundle is left as
Pagefind wrote it. The search reads a filter's values as a map, so their order
means nothing to it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from . import trust


class _Unknown(ValueError):
    """Not data of the shape this module knows: the bundle is left as it is."""


def stabilise_bundle(bundle: Path) -> None:
    """Put the filters of the Pagefind bundle ``bundle`` (one run's output) in order."""
    entry_path = bundle / trust.ENTRY
    try:
        entry = json.loads(entry_path.read_text(encoding="utf-8"))
        languages = entry["languages"]
        plans = [_plan(bundle, lang, info["hash"]) for lang, info in sorted(languages.items())]
    except (OSError, ValueError, KeyError, TypeError, IndexError, EOFError, gzip.BadGzipFile):
        return  # not what this module knows: Pagefind's output as it is
    # Written first, then the old names removed (unless one is a new name too).
    renamed = {(old, new) for _, _, _, filters in plans for old, new, _ in filters if old != new}
    for _, _, _, filters in plans:
        for old, new, data in filters:
            if new != old:
                _write(bundle / "filter" / f"{new}.pf_filter", data)
    for old in {old for old, _ in renamed} - {new for _, new in renamed}:
        (bundle / "filter" / f"{old}.pf_filter").unlink()
    for lang, old_meta, meta, _ in plans:
        digest = hashlib.sha256(meta).hexdigest()
        new_meta = f"{lang}_{digest[: len(lang) + 8]}"
        if new_meta != old_meta:
            _write(bundle / f"pagefind.{new_meta}.pf_meta", meta)
            (bundle / f"pagefind.{old_meta}.pf_meta").unlink()
            languages[lang]["hash"] = new_meta
    text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
    entry_path.write_text(text, encoding="utf-8")


def _plan(bundle: Path, lang: str, meta_hash: str):
    """What ``lang``'s meta file and its filter files become: (lang, its meta's
    hash, the meta's new bytes, [(filter file's hash, its new hash, its new bytes)])."""
    meta = _read(bundle / f"pagefind.{meta_hash}.pf_meta")
    # [version, pages, index chunks, filters: [[name, hash], ...], sorts, ...]
    if not isinstance(meta, list) or len(meta) < 4 or not isinstance(meta[3], list):
        raise _Unknown("meta")
    filters, taken = [], set()
    for item in sorted(meta[3], key=_named):
        name, old = item
        index = _read(bundle / "filter" / f"{old}.pf_filter")
        # [name, [[value, [page, ...]], ...]]
        if not (isinstance(index, list) and len(index) == 2 and isinstance(index[1], list)):
            raise _Unknown("filter")
        index[1] = sorted(index[1], key=_named)
        data = _encode(index)
        full = f"{lang}_{hashlib.sha256(data).hexdigest()}"
        size = len(lang) + 8  # Pagefind's short hash; longer where two would collide
        while full[:size] in taken and size < len(full):
            size += 1
        new = full[:size]
        taken.add(new)
        item[1] = new
        filters.append((old, new, data))
    meta[3] = sorted(meta[3], key=_named)
    return lang, meta_hash, _encode(meta), filters


def _named(item: Any) -> str:
    if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str)):
        raise _Unknown("item")
    return item[0]


def _read(path: Path) -> Any:
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(trust.SIGNATURE):
        raise _Unknown("signature")
    body = raw[len(trust.SIGNATURE) :]
    value, end = _decode(body, 0)
    if end != len(body) or _encode(value) != raw:
        raise _Unknown("not as Pagefind writes it")
    return value


def _write(path: Path, data: bytes) -> None:
    # mtime 0: the bytes depend on the data alone. Published: the web server reads it.
    path.write_bytes(gzip.compress(data, mtime=0))
    os.chmod(path, 0o644)


# -- CBOR (RFC 8949): the few kinds Pagefind's filter and meta files hold ----------


def _decode(data: bytes, at: int) -> tuple[Any, int]:
    first = data[at]
    kind, small = first >> 5, first & 31
    at += 1
    if small < 24:
        n = small
    elif small <= 27:
        size = 1 << (small - 24)
        n = int.from_bytes(data[at : at + size], "big")
        at += size
    else:
        raise _Unknown("indefinite length")
    if kind == 0:
        return n, at
    if kind == 3:
        return data[at : at + n].decode("utf-8"), at + n
    if kind == 4:
        out = []
        for _ in range(n):
            value, at = _decode(data, at)
            out.append(value)
        return out, at
    raise _Unknown(f"CBOR major type {kind}")


def _head(kind: int, n: int) -> bytes:
    if n < 24:
        return bytes([kind << 5 | n])
    for small, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if n < 1 << (8 * size):
            return bytes([kind << 5 | small]) + n.to_bytes(size, "big")
    raise _Unknown("number too large")


def _encode(value: Any, top: bool = True) -> bytes:
    out = trust.SIGNATURE if top else b""
    if isinstance(value, bool):
        raise _Unknown("bool")
    if isinstance(value, int):
        return out + _head(0, value)
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return out + _head(3, len(raw)) + raw
    if isinstance(value, list):
        return out + _head(4, len(value)) + b"".join(_encode(v, False) for v in value)
    raise _Unknown(type(value).__name__)
