"""Which code points a font file maps to a glyph, read from its ``cmap`` table.

Pillow cannot tell whether a font has a glyph for a character (it silently
draws the .notdef box), and fontTools is not a dependency, so we read the
character map ourselves. Only the two subtable formats that real Unicode
fonts use are needed: format 4 (BMP) and format 12 (full range); format 13
("last resort" fonts) is read like 12. TrueType collections (``.ttc``, e.g.
Noto Sans CJK) are supported through the face index.
"""

from __future__ import annotations

import functools
import struct
from pathlib import Path

from podium.paths import version


class FontFileError(ValueError):
    """The file is not a font we can read a character map from."""


def _read_cmap(fh, index: int) -> bytes:
    """The ``cmap`` table's bytes, read on their own: the CJK collection is 33 MB,
    and on a fresh CI runner reading all of it from disk took seconds."""
    head = fh.read(12)
    if head[:4] == b"ttcf":
        (count,) = struct.unpack_from(">I", head, 8)
        if not 0 <= index < count:
            raise FontFileError(f"collection has {count} faces, not index {index}")
        fh.seek(12 + 4 * index)
        (offset,) = struct.unpack(">I", fh.read(4))
        fh.seek(offset)
        head = fh.read(12)
    (num_tables,) = struct.unpack_from(">H", head, 4)
    records = fh.read(16 * num_tables)
    for i in range(num_tables):
        if records[16 * i : 16 * i + 4] == b"cmap":
            start, length = struct.unpack_from(">II", records, 16 * i + 8)
            fh.seek(start)
            data = fh.read(length)
            if len(data) != length:
                raise FontFileError("damaged font file: the cmap table is cut off")
            return data
    raise FontFileError("no cmap table")


def _format4(data: bytes, sub: int, out: set[int]) -> None:
    (seg_x2,) = struct.unpack_from(">H", data, sub + 6)
    segs = seg_x2 // 2
    ends = struct.unpack_from(f">{segs}H", data, sub + 14)
    starts_at = sub + 16 + seg_x2
    starts = struct.unpack_from(f">{segs}H", data, starts_at)
    deltas = struct.unpack_from(f">{segs}h", data, starts_at + seg_x2)
    ranges_at = starts_at + 2 * seg_x2
    range_offsets = struct.unpack_from(f">{segs}H", data, ranges_at)
    for i in range(segs):
        start, end, delta, ro = starts[i], ends[i], deltas[i], range_offsets[i]
        if start == 0xFFFF:
            continue
        if ro == 0:
            # Glyph = code + delta; only the code that lands on glyph 0 is missing.
            out.update(c for c in range(start, end + 1) if (c + delta) & 0xFFFF)
            continue
        base = ranges_at + 2 * i + ro
        for c in range(start, end + 1):
            pos = base + 2 * (c - start)
            if pos + 2 <= len(data) and struct.unpack_from(">H", data, pos)[0]:
                out.add(c)


def _format12(data: bytes, sub: int, out: set[int]) -> None:
    (groups,) = struct.unpack_from(">I", data, sub + 12)
    for g in range(groups):
        start, end, glyph = struct.unpack_from(">III", data, sub + 16 + 12 * g)
        end = min(end, 0x10FFFF)
        out.update(range(start + (1 if glyph == 0 else 0), end + 1))


@functools.lru_cache(maxsize=64)
def _coverage(path: str, index: int, file_version: tuple) -> frozenset[int]:
    try:
        with open(path, "rb") as fh:
            data = _read_cmap(fh, index)
        (count,) = struct.unpack_from(">H", data, 2)
        out: set[int] = set()
        for i in range(count):
            platform, encoding, sub = struct.unpack_from(">HHI", data, 4 + 8 * i)
            # Unicode platform, or Windows Unicode BMP (1) / full repertoire (10).
            if platform != 0 and not (platform == 3 and encoding in (1, 10)):
                continue
            (fmt,) = struct.unpack_from(">H", data, sub)
            if fmt == 4:
                _format4(data, sub, out)
            elif fmt in (12, 13):
                _format12(data, sub, out)
    except struct.error as exc:
        raise FontFileError(f"damaged font file: {exc}") from exc
    return frozenset(out)


def coverage(path: Path | str, index: int = 0) -> frozenset[int]:
    """Code points that ``path`` (face ``index``) has a real glyph for.

    Cached per file version (``podium.paths.version``), so editing a font in the theme
    during ``podium serve`` is picked up.
    """
    p = Path(path)
    return _coverage(str(p), index, version(p.stat()))
