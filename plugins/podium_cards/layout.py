"""How cards look site-wide: colours, fonts, visible elements, file format.

Users set ``PODIUM_CARDS = {...}`` in ``pelicanconf.py``; ``layout_settings``
(the glue) validates it into a frozen ``CardLayout``, reporting every wrong key
in the project's one-line error format. ``fingerprint`` names everything that
shapes the pixels, so a card file is re-rendered exactly when its look changes.

Nothing here reads settings: the renderer imports this module, and every
module it imports is drawing code that a card's name hashes
(``podium_cards.plugin.drawing_code``). Importing ``podium.settings`` made
every edit to the settings rename and redraw every card.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, fields
from importlib import metadata
from pathlib import Path
from typing import Any

import PIL
from PIL import features

from . import fonts, thaiwords
from .fonts import DEFAULT_FALLBACKS, THEME_FONTS, Face, FallbackFont

# Bump when a change to the drawing code changes the pixels of existing cards. The
# plugin hashes the drawing code into every card's name as well, so a forgotten
# bump no longer leaves old cards in a restored cache.
RENDERER_VERSION = "6"  # 2: Noto fonts, 4:2:0 JPEG, static layers; 3: cached glyphs; 4: tall ink
# 5: portraits converted to sRGB by their colour profile (podium.photos.to_srgb)
# 6: 16-bit grey portraits scaled by 1/257, not by their own value range
FORMATS = ("jpeg", "png")
_LIBRARIES = ("freetype2", "raqm", "fribidi", "harfbuzz")  # PIL.features names


@dataclass(frozen=True)
class CardLayout:
    background: str = "#fbfaf7"
    text: str = "#15171c"
    accent: str | None = None  # quote mark and label colour; None: the story's theme colour
    font_regular: Path = THEME_FONTS / "Inter-Regular.otf"
    font_semibold: Path = THEME_FONTS / "Inter-SemiBold.otf"
    font_bold: Path = THEME_FONTS / "Inter-Bold.otf"
    font_italic: Path = THEME_FONTS / "Inter-Italic.otf"
    fallback_fonts: tuple[FallbackFont, ...] = DEFAULT_FALLBACKS
    show_quote: bool = True
    show_portrait: bool = True
    show_logo: bool = True
    show_kind_label: bool = True
    format: str = "jpeg"
    jpeg_quality: int = 88

    @property
    def extension(self) -> str:
        return "jpg" if self.format == "jpeg" else "png"

    def chain(self, style: str) -> tuple[Face, ...]:
        """The main face for ``style`` followed by the fallbacks, bold where it helps."""
        chains = self._chains
        if style not in chains:
            chains[style] = _chain(self, style)
        return chains[style]

    # Kept on the instance (cached_property writes __dict__, which a frozen
    # dataclass allows; not a field, so never compared or hashed): hashing a whole
    # layout for a module-level cache took longer than fitting a card's name.
    @functools.cached_property
    def _chains(self) -> dict[str, tuple[Face, ...]]:
        return {}

    def fingerprint(self) -> str:
        """A stable hash of every input that shapes a card besides the spec itself.

        Font paths are replaced by the hashes of the files' bytes: moving the
        project does not re-render cards, replacing a font does.
        """
        values: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name.startswith("font_"):
                value = fonts.file_digest(value)
            elif f.name == "fallback_fonts":
                value = [
                    [
                        fonts.file_digest(fb.regular),
                        fonts.file_digest(fb.bold) if fb.bold else None,
                        fb.index,
                        fb.color,
                        fb.emoji,
                    ]
                    for fb in value
                ]
            values[f.name] = value
        values["renderer"] = RENDERER_VERSION
        # Where Thai and Lao lines break: the word lists shipped beside the code.
        values["thai_words"] = fonts.file_digest(thaiwords.WORDS_FILE)
        values["lao_words"] = fonts.file_digest(thaiwords.LAO_WORDS_FILE)
        # Rasterisation and shaping differ between Pillow builds.
        values["pillow"] = PIL.__version__
        values["raqm"] = fonts.has_raqm()
        # A Pillow built from source links the host's FreeType and loads its
        # libraqm (with FriBiDi and HarfBuzz): the same Pillow version then
        # draws other pixels, so their versions count too (None when absent).
        values["libraries"] = {name: features.version(name) for name in _LIBRARIES}
        values["harfbuzz"] = metadata.version("uharfbuzz")  # measures the line breaks
        blob = json.dumps(values, sort_keys=True, default=str).encode()
        return hashlib.sha256(blob).hexdigest()


@functools.lru_cache(maxsize=32)
def _chain(layout: CardLayout, style: str) -> tuple[Face, ...]:
    main = Face(str(getattr(layout, f"font_{style}")))
    bold = style in ("bold", "semibold")
    chain = (main, *(f.face(bold) for f in layout.fallback_fonts))
    # Absent files are skipped here once; a present face is read only when a
    # character needs it (fonts._face_coverage).
    return tuple(f for i, f in enumerate(chain) if i == 0 or f.available())
