"""Font faces, the fallback chain, and which face draws which character.

Inter (shipped in ``theme/fonts``) draws Latin, Greek and Cyrillic; for
everything else we fall back to Noto fonts at their usual Debian paths
(emoji, CJK, Arabic, Hebrew, ...). A fallback file that is absent is simply
skipped: the card still renders and the characters nobody covers are
reported as missing glyphs, so a site builds on a machine with fewer fonts.
"""

from __future__ import annotations

import functools
import hashlib
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import ImageFont, features

from .cmap import FontFileError, coverage

THEME_FONTS = Path(__file__).resolve().parents[2] / "theme" / "fonts"
NOTO_TT = Path("/usr/share/fonts/truetype/noto")
NOTO_OT = Path("/usr/share/fonts/opentype/noto")

# CBDT colour-bitmap fonts (Noto Color Emoji) only load at their strike size.
BITMAP_STRIKE = 109


@dataclass(frozen=True)
class FallbackFont:
    """One fallback family: a regular face and, optionally, a bold one."""

    regular: Path
    bold: Path | None = None
    index: int = 0  # face index inside a .ttc collection
    color: bool = False  # colour emoji: drawn with embedded colours, never for text

    def face(self, bold: bool) -> Face:
        path = self.bold if bold and self.bold else self.regular
        return Face(str(path), self.index, self.color)


@dataclass(frozen=True)
class Face:
    path: str
    index: int = 0
    color: bool = False

    def available(self) -> bool:
        return Path(self.path).is_file()


def _pair(folder: Path, stem: str, bold: bool = True) -> tuple[Path, Path | None]:
    return folder / f"{stem}-Regular.ttf", (folder / f"{stem}-Bold.ttf" if bold else None)


DEFAULT_FALLBACKS: tuple[FallbackFont, ...] = (
    FallbackFont(NOTO_TT / "NotoColorEmoji.ttf", color=True),
    # Index 2 is "Noto Sans CJK SC"; it covers Japanese and Korean too.
    FallbackFont(NOTO_OT / "NotoSansCJK-Regular.ttc", NOTO_OT / "NotoSansCJK-Bold.ttc", index=2),
    FallbackFont(*_pair(NOTO_TT, "NotoSansArabic")),
    FallbackFont(*_pair(NOTO_TT, "NotoSansHebrew")),
    FallbackFont(*_pair(NOTO_TT, "NotoSans")),
    FallbackFont(*_pair(NOTO_TT, "NotoSansDevanagari")),
    FallbackFont(*_pair(NOTO_TT, "NotoSansThai")),
    FallbackFont(*_pair(NOTO_TT, "NotoSansArmenian")),
    FallbackFont(*_pair(NOTO_TT, "NotoSansGeorgian")),
    FallbackFont(*_pair(NOTO_TT, "NotoSansSymbols")),
    FallbackFont(*_pair(NOTO_TT, "NotoSansSymbols2", bold=False)),
    FallbackFont(*_pair(NOTO_TT, "NotoSansMath", bold=False)),
)


@functools.cache
def layout_engine() -> ImageFont.Layout:
    """RAQM shapes Arabic and orders right-to-left text; BASIC cannot."""
    if features.check("raqm"):
        return ImageFont.Layout.RAQM
    warnings.warn(
        "Pillow has no RAQM support (install libraqm0/libfribidi0): Arabic and Hebrew "
        "on social cards will not be shaped correctly",
        RuntimeWarning,
        stacklevel=2,
    )
    return ImageFont.Layout.BASIC


def has_raqm() -> bool:
    return layout_engine() == ImageFont.Layout.RAQM


@functools.lru_cache(maxsize=32)
def native_size(face: Face) -> int | None:
    """None for scalable fonts; the strike size for bitmap-only fonts."""
    try:
        ImageFont.truetype(face.path, 20, index=face.index)
        return None
    except OSError:
        ImageFont.truetype(face.path, BITMAP_STRIKE, index=face.index)
        return BITMAP_STRIKE


@functools.lru_cache(maxsize=256)
def load(face: Face, size: int) -> ImageFont.FreeTypeFont:
    """A FreeType font; cached because loading costs far more than drawing."""
    return ImageFont.truetype(
        face.path, native_size(face) or size, index=face.index, layout_engine=layout_engine()
    )


@functools.lru_cache(maxsize=64)
def usable(face: Face) -> bool:
    """Whether the face exists and can be read; absent fallbacks are skipped."""
    try:
        coverage(face.path, face.index)
        load(face, 20)
    except (OSError, FontFileError):
        return False
    return True


@functools.lru_cache(maxsize=64)
def _face_coverage(face: Face) -> frozenset[int]:
    # Keyed by face only: stat()ing the file for every character is too slow.
    return coverage(face.path, face.index)


def covers(face: Face, cp: int) -> bool:
    return cp in _face_coverage(face)


@functools.lru_cache(maxsize=64)
def _file_digest(path: str, mtime_ns: int, size: int) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def file_digest(path: Path | str) -> str:
    """Content hash of a font file, or "absent": part of the card fingerprint."""
    p = Path(path)
    try:
        st = p.stat()
    except OSError:
        return "absent"
    return _file_digest(str(p), st.st_mtime_ns, st.st_size)
