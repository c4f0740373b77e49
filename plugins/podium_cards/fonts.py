"""Font faces, the fallback chain, and which face draws which character.

Every face comes with the project's own install, never from the host:
Inter (shipped in ``theme/fonts``) draws Latin, Greek and Cyrillic; the
fallbacks are the Noto fonts of two pinned PyPI packages, ``manimgx-fonts``
(Noto Sans and its Arabic, Hebrew, Indic, Thai, ... siblings, Noto Emoji,
Noto Sans Symbols) and ``manimgx-fonts-cjk`` (Noto Sans CJK). So the same
story gives a byte-identical card on every machine, and nothing here asks
fontconfig or looks in /usr/share/fonts. A fallback whose file is absent
(a package removed by hand) is skipped; the card then falls back to a
readable text and the build warns about the characters nobody covers.

The Noto files are variable fonts: one file per family, its weight chosen
when the face is loaded (400 for text, 700 for bold), which halves the
install compared with separate regular and bold files.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import importlib.util
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PIL import ImageFont, features

from podium.paths import version

from .cmap import FontFileError, coverage
from .graphemes import ZWJ

THEME_FONTS = Path(__file__).resolve().parents[2] / "theme" / "fonts"

# CBDT colour-bitmap fonts (Noto Color Emoji) only load at their strike size.
BITMAP_STRIKE = 109
REGULAR, BOLD = 400, 700


def package_dir(name: str) -> Path:
    """Where an installed font package keeps its files (found without importing it)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return Path("/nonexistent") / name  # absent: the faces are skipped, not fatal
    return Path(next(iter(spec.submodule_search_locations)))


NOTO = package_dir("manimgx_fonts")
NOTO_CJK = package_dir("manimgx_fonts_cjk")
FONT_DISTRIBUTIONS = ("manimgx-fonts", "manimgx-fonts-cjk")


@dataclass(frozen=True)
class FallbackFont:
    """One fallback family: a regular face and, optionally, a bold one.

    A variable font needs no bold file: the bold face is the same file at
    weight 700.
    """

    regular: Path
    bold: Path | None = None
    index: int = 0  # face index inside a .ttc collection
    color: bool = False  # colour emoji: drawn with embedded colours, never for text
    emoji: bool = False  # a (monochrome) emoji font: first choice for emoji, never for text

    def face(self, bold: bool) -> Face:
        path = self.bold if bold and self.bold else self.regular
        return Face(str(path), self.index, self.color, BOLD if bold else REGULAR, self.emoji)


@dataclass(frozen=True)
class Face:
    path: str
    index: int = 0
    color: bool = False
    weight: int = REGULAR  # used when the file is a variable font with a weight axis
    emoji: bool = False

    @property
    def pictographic(self) -> bool:
        """An emoji face, colour or not: emoji go here first, text never does."""
        return self.color or self.emoji

    def available(self) -> bool:
        return Path(self.path).is_file()


def _noto(stem: str) -> FallbackFont:
    return FallbackFont(NOTO / f"{stem}[wght].ttf")


DEFAULT_FALLBACKS: tuple[FallbackFont, ...] = (
    FallbackFont(NOTO / "NotoEmoji[wght].ttf", emoji=True),
    # Index 2 of the collection is "Noto Sans CJK SC"; it covers Japanese and
    # Korean too (JP, KR, TC and HK are indexes 0, 1, 3 and 4).
    FallbackFont(NOTO_CJK / "NotoSansCJK-VF.otf.ttc", index=2),
    _noto("NotoSansArabic"),
    _noto("NotoSansHebrew"),
    _noto("NotoSans"),
    _noto("NotoSansDevanagari"),
    _noto("NotoSansBengali"),
    _noto("NotoSansTamil"),
    _noto("NotoSansTelugu"),
    _noto("NotoSansKannada"),
    _noto("NotoSansMalayalam"),
    _noto("NotoSansGujarati"),
    _noto("NotoSansGurmukhi"),
    _noto("NotoSansOriya"),
    _noto("NotoSansSinhala"),
    _noto("NotoSansThai"),
    _noto("NotoSansLao"),
    _noto("NotoSansKhmer"),
    _noto("NotoSansMyanmar"),
    _noto("NotoSansArmenian"),
    _noto("NotoSansGeorgian"),
    _noto("NotoSansEthiopic"),
    _noto("NotoSansSymbols"),
)


@functools.cache
def layout_engine() -> ImageFont.Layout:
    """RAQM shapes Arabic, Indic and Thai text and orders right-to-left runs.

    Pillow's wheels carry raqm but load FriBiDi from the system at run time;
    without it (a bare container) we fall back to BASIC and ``visual_basic``.
    """
    # Cards with right-to-left text say so in their (one-line) warnings.
    return ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC


def has_raqm() -> bool:
    return layout_engine() == ImageFont.Layout.RAQM


@functools.lru_cache(maxsize=4096)
def visual_basic(text: str, direction: str, face: Face | None = None) -> str:
    """What the BASIC layout must draw for a run so that it reads right.

    BASIC draws characters left to right as stored and never joins Arabic
    letters. For a right-to-left run we join them ourselves (presentation
    forms, which Noto Sans Arabic maps, from arabic-reshaper), reverse the
    grapheme clusters, so a mark stays on its letter, and mirror brackets
    and the like (Unicode rule L4, as raqm's HarfBuzz does): "(\u05d0)" reads
    "(\u05d0)", not ")\u05d0(". A bracket is mirrored only into a character
    ``face`` draws (any, when no face is given).
    """
    if direction != "R":
        return text
    import arabic_reshaper

    from .graphemes import clusters
    from .mirroring import MIRROR

    def mirrored(ch: str) -> str:
        other = MIRROR.get(ch)
        if other is None or (face is not None and not covers(face, ord(other))):
            return ch
        return other

    shown = "".join(reversed(clusters(arabic_reshaper.reshape(text))))
    return "".join(mirrored(ch) for ch in shown)


# -- measuring ---------------------------------------------------------------------
# Pillow's RAQM layout builds a new HarfBuzz font for every call, which costs
# ~100 µs even for a two-letter word (most of it compiling the kerning lookups);
# a card's line breaking measures every word at every size it tries. HarfBuzz
# itself, with one font object kept per face, shapes a word in ~2 µs, and its
# advances in font units scale linearly with the size (unhinted, as Pillow
# lays out), so a word is shaped once whatever sizes the fitter tries. The
# drawing stays Pillow's; tests/cards/test_measure.py holds the two to within
# half a pixel on every face of the chain.
@functools.lru_cache(maxsize=64)
def _shaper(face: Face):
    import uharfbuzz as hb

    hb_face = hb.Face(hb.Blob.from_file_path(face.path), face.index)
    font = hb.Font(hb_face)
    if any(axis.tag == "wght" for axis in hb_face.axis_infos):
        font.set_variations({"wght": face.weight})  # HarfBuzz clamps to the axis
    return font, hb_face.upem


def _shaped(face: Face, text: str, direction: str):
    """(font, units per em, the HarfBuzz buffer of ``text`` shaped as RAQM shapes it)."""
    import uharfbuzz as hb

    font, upem = _shaper(face)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if direction == "R" else "ltr"
    hb.shape(font, buf)
    return font, upem, buf


@functools.lru_cache(maxsize=50_000)
def em_width(face: Face, text: str, direction: str) -> float:
    """The advance of ``text`` in ems, shaped as RAQM shapes it (``direction``: L or R)."""
    _font, upem, buf = _shaped(face, text, direction)
    return sum(pos.x_advance for pos in buf.glyph_positions) / upem


@functools.lru_cache(maxsize=50_000)
def em_extent(face: Face, text: str, direction: str) -> tuple[float, float]:
    """How far the glyphs of ``text`` reach above and below the baseline, in ems.

    Not the face's ascent and descent: Arabic vowel marks over a hamza, Thai
    tone marks, stacked Vietnamese accents and Kannada or Myanmar subjoined
    letters reach past them, and a block sized by the main face's metrics
    cut them off at its box's edge.
    """
    font, upem, buf = _shaped(face, text, direction)
    tops, bottoms = [], []
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        ext = font.get_glyph_extents(info.codepoint)
        if ext is None or not ext.height:
            continue  # a space: no ink
        # y grows upwards: y_bearing is the glyph's top, height is negative.
        tops.append(pos.y_offset + ext.y_bearing)
        bottoms.append(pos.y_offset + ext.y_bearing + ext.height)
    if not tops:
        return 0.0, 0.0
    # Either may be negative: a quote mark's ink ends above the baseline.
    return max(tops) / upem, -min(bottoms) / upem


@functools.lru_cache(maxsize=20_000)
def em_overhang(face: Face, text: str, direction: str, side: str = "right") -> float:
    """How far the ink of ``text`` reaches past its advance on the right (or the
    ``side`` "left"), in ems (0 when it ends inside): a Khmer or Thai vowel sign
    over a narrow letter; an Arabic kasra or tanwin under a final "ر", left of it."""
    font, upem, buf = _shaped(face, text, direction)
    pen = right = left = 0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        ext = font.get_glyph_extents(info.codepoint)
        if ext is not None and ext.width:
            right = max(right, pen + pos.x_offset + ext.x_bearing + ext.width)
            left = min(left, pen + pos.x_offset + ext.x_bearing)
        pen += pos.x_advance
    return (max(0, right - pen) if side == "right" else -left) / upem


def _glyphs(face: Face, text: str) -> list[int]:
    return [info.codepoint for info in _shaped(face, text, "R")[2].glyph_infos]


@functools.lru_cache(maxsize=4096)
def joins(face: Face, letter: str, side: str) -> bool:
    """Whether ``face`` draws the Arabic ``letter`` in another form when a letter
    joins it on ``side`` ("before" or "after" it in the text): its initial,
    medial or final form. Asked of the font as HarfBuzz shapes it, for every
    letter of the script: Kurdish "ە" and "ێ", Pashto "ښ" and "ټ" join too."""
    alone = _glyphs(face, letter)
    with_zwj = _glyphs(face, ZWJ + letter if side == "before" else letter + ZWJ)
    for glyph in _glyphs(face, ZWJ):  # drawn as nothing
        if glyph in with_zwj:
            with_zwj.remove(glyph)
    return sorted(with_zwj) != sorted(alone)


@functools.lru_cache(maxsize=20_000)
def glyph_run(face: Face, text: str) -> tuple[tuple[str, float], ...] | None:
    """Each character of a left-to-right ``text`` with its pen position in ems.

    Only when HarfBuzz draws every character as the face's own glyph for it
    (no ligature, contextual form or composed mark, nothing moved off the
    baseline): then drawing the characters one by one at these positions is
    drawing the run, kerning included. None otherwise (the caller draws the
    run whole).
    """
    import uharfbuzz as hb

    font, upem = _shaper(face)
    buf = hb.Buffer()
    buf.add_codepoints([ord(c) for c in text])
    buf.guess_segment_properties()
    buf.direction = "ltr"
    hb.shape(font, buf)
    if len(buf.glyph_infos) != len(text):
        return None
    out = []
    pen = 0
    for i, (info, pos) in enumerate(zip(buf.glyph_infos, buf.glyph_positions, strict=True)):
        if info.cluster != i or pos.x_offset or pos.y_offset:
            return None
        if font.get_nominal_glyph(ord(text[i])) != info.codepoint:
            return None
        out.append((text[i], pen / upem))
        pen += pos.x_advance
    return tuple(out)


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
    font = ImageFont.truetype(
        face.path, native_size(face) or size, index=face.index, layout_engine=layout_engine()
    )
    _set_weight(font, face.weight)
    return font


@functools.lru_cache(maxsize=256)
def load_glyphs(face: Face, size: int) -> ImageFont.FreeTypeFont:
    """The same font with Pillow's BASIC layout, to draw single characters.

    RAQM builds a HarfBuzz font for every call (about 100 µs); a single
    glyph needs no shaping, and its position comes from ``glyph_run``.
    """
    basic = ImageFont.Layout.BASIC
    font = ImageFont.truetype(face.path, size, index=face.index, layout_engine=basic)
    _set_weight(font, face.weight)
    return font


@functools.lru_cache(maxsize=4096)
def rasterises(face: Face, cluster: str) -> bool:
    """Whether FreeType can draw ``cluster`` in ``face`` at the face's weight.

    A variable font's bold instance may have an outline its rasteriser gives
    up on: Noto Sans Arabic's draws no ﷽ (U+FDFD) at any size ("raster
    overflow"), which stopped the build with a traceback. Its regular weight,
    the font's own outlines, does; only other weights are asked.
    """
    if face.weight == REGULAR or face.pictographic or native_size(face):
        return True
    try:
        load_glyphs(face, 40).getmask2(cluster, "L")
    except OSError:
        return False
    return True


def _set_weight(font: ImageFont.FreeTypeFont, weight: int) -> None:
    """Pick ``weight`` on a variable font's weight axis; static fonts are left alone."""
    try:
        axes = font.get_variation_axes()
    except OSError:  # not a variable font
        return
    if not axes:
        return
    values = []
    for axis in axes:
        name = axis.get("name", b"")
        if name in (b"Weight", "Weight"):
            values.append(max(axis["minimum"], min(axis["maximum"], weight)))
        else:
            values.append(axis["default"])
    font.set_variation_by_axes(values)


@functools.lru_cache(maxsize=64)
def _face_coverage(face: Face) -> frozenset[int]:
    """The characters ``face`` draws; empty when it is absent or unreadable.

    Checked when a character first asks for the face, not when the chain is
    built: loading all 25 fallbacks (the CJK collection is 33 MB) took 2 s,
    which a build that renders one Latin card paid in full. A face that fails
    to load here is never chosen, as it was never in the chain before.
    Keyed by face only: stat()ing the file for every character is too slow.
    """
    try:
        found = coverage(face.path, face.index)
        load(face, 20)
    except (OSError, FontFileError):
        return frozenset()
    # A private-use character means what the writer's own font drew (an icon
    # font's symbol, Apple's logo): a face's glyph there is its own business
    # (Inter's logo at U+E000), never what was meant. It is left off and named.
    return frozenset(cp for cp in found if not private_use(cp))


def private_use(cp: int) -> bool:
    """Whether ``cp`` is in a Private Use Area (the BMP's, or planes 15 and 16)."""
    return 0xE000 <= cp <= 0xF8FF or cp >= 0xF0000


def coverage_of(face: Face) -> frozenset[int]:
    return _face_coverage(face)


def covers(face: Face, cp: int) -> bool:
    return cp in _face_coverage(face)


@functools.lru_cache(maxsize=64)
def _file_digest(path: str, file_version: tuple) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@functools.cache
def _recorded() -> dict[str, tuple[int, str]]:
    """Installed font file -> (size, SHA-256 hex) from its package's RECORD.

    pip writes every installed file's SHA-256 into the distribution's RECORD
    and checks it against the wheel. Reading it there instead of hashing the
    fonts' 39 MB saved about 0.3 s of every build, a twentieth of a warm one;
    the digest is the same hex string, so no card is rendered again for it.
    """
    found: dict[str, tuple[int, str]] = {}
    for name in FONT_DISTRIBUTIONS:
        try:
            files = metadata.files(name) or []
        except metadata.PackageNotFoundError:
            continue
        for f in files:
            if f.hash is None or f.hash.mode != "sha256" or f.size is None:
                continue
            raw = base64.urlsafe_b64decode(f.hash.value + "=" * (-len(f.hash.value) % 4))
            found[str(Path(f.locate()).resolve())] = (f.size, raw.hex())
    return found


def file_digest(path: Path | str) -> str:
    """Content hash of a font file, or "absent": part of the card fingerprint.

    A file of a font package is known by its RECORD hash when its size still
    matches (a file replaced by hand with another size is hashed); any other
    file (Inter, a font named in PODIUM_CARDS) is hashed, once per process.
    """
    p = Path(path)
    try:
        st = p.stat()
    except OSError:
        return "absent"
    size_digest = _recorded().get(str(p.resolve()))
    if size_digest is not None and size_digest[0] == st.st_size:
        return size_digest[1]
    return _file_digest(str(p), version(st))


# Font file -> its version (podium.paths.version) when the last build drew cards.
_versions: dict[str, tuple | None] = {}


def forget_replaced(paths: list[Path]) -> bool:
    """Drop every font cache of this process when one of ``paths`` was replaced
    since the last call; whether it was.

    FreeType fonts, HarfBuzz shapers, coverage and measurements are kept by
    face (a path): ``podium serve`` rebuilds in one process, and a font file
    replaced under its name (the brand's typeface over a placeholder) was
    drawn from the old file's cached font on every card of the rebuild.
    """
    now = {}
    for path in paths:
        try:
            now[str(path)] = version(Path(path).stat())
        except OSError:
            now[str(path)] = None
    replaced = any(key in _versions and _versions[key] != seen for key, seen in now.items())
    _versions.update(now)
    return replaced
