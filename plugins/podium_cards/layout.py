"""How cards look site-wide: colours, fonts, visible elements, file format.

Users set ``PODIUM_CARDS = {...}`` in ``pelicanconf.py``; ``from_settings``
validates it into a frozen ``CardLayout``, reporting every wrong key in the
project's one-line error format. ``fingerprint`` names everything that shapes
the pixels, so a card file is re-rendered exactly when its look changes.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from importlib import metadata
from pathlib import Path
from typing import Any

import PIL
from PIL import features

from podium import colors
from podium.colors import AA_TEXT, contrast, ink_on, rgb
from podium.errors import did_you_mean, one_of
from podium.settings import SettingProblems, register_setting

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

    @classmethod
    def from_settings(
        cls,
        mapping: Mapping[str, Any] | None,
        *,
        source: str = "pelicanconf.py",
        base_dir: Path | None = None,
    ) -> CardLayout:
        """Validate ``PODIUM_CARDS``; relative font paths are resolved against ``base_dir``."""
        problems = SettingProblems(source)

        def bad(key: str, message: str) -> None:
            problems.bad(f"PODIUM_CARDS['{key}']", message)

        if mapping is None:
            return cls()
        if not isinstance(mapping, Mapping):
            problems.bad("PODIUM_CARDS", "must be a dict like {'format': 'png'}")
            problems.check()
        known = [f.name for f in fields(cls)]
        changes: dict[str, Any] = {}
        for key, value in mapping.items():
            if key not in known:
                bad(
                    str(key),
                    f"is unknown; valid keys are {one_of(known)}" + did_you_mean(str(key), known),
                )
                continue
            parsed = _parse(key, value, base_dir, bad)
            if parsed is not _INVALID:
                changes[key] = parsed
        problems.check()
        layout = replace(cls(), **changes)
        _check_contrast(layout, "text" if "text" in changes else "background", bad, mapping)
        problems.check()
        return layout


def _check_contrast(layout: CardLayout, key: str, bad, written: Mapping[str, Any]) -> None:
    """Story cards set the title, quote, name and role in ``text`` on ``background``
    (theme and hub cards pick their own ink): a dark background with the default
    dark text made every story card's words all but invisible, in silence.
    ``written``: the setting, whose colours are quoted as written ("#fff")."""
    ratio = contrast(rgb(layout.text), rgb(layout.background))
    if ratio >= AA_TEXT:
        return
    ink = ink_on(layout.background, ("#ffffff", "#15171c"))
    fix = f"set 'text' to {ink!r}" if key == "background" else f"use a text colour such as {ink!r}"
    text, background = (written.get(k, getattr(layout, k)) for k in ("text", "background"))
    bad(
        key,
        f"gives text {text!r} on background {background!r} a contrast of"
        f" {ratio:.1f}:1, unreadable on every story card; it must be at least {AA_TEXT}:1"
        f" (WCAG AA): {fix}",
    )


@functools.lru_cache(maxsize=32)
def _chain(layout: CardLayout, style: str) -> tuple[Face, ...]:
    main = Face(str(getattr(layout, f"font_{style}")))
    bold = style in ("bold", "semibold")
    chain = (main, *(f.face(bold) for f in layout.fallback_fonts))
    # Absent files are skipped here once; a present face is read only when a
    # character needs it (fonts._face_coverage).
    return tuple(f for i, f in enumerate(chain) if i == 0 or f.available())


_INVALID = object()


def _path(value: Any, base_dir: Path | None) -> Path | None:
    if not isinstance(value, (str, Path)) or not str(value):
        return None
    p = Path(value).expanduser()
    return p if p.is_absolute() or base_dir is None else base_dir / p


def _parse(key: str, value: Any, base_dir: Path | None, bad) -> Any:
    if key in ("background", "text", "accent"):
        if key == "accent" and value is None:
            return None
        if (full := colors.hex_value(value)) is not None:
            return full
        bad(key, f"must be a colour as {colors.HEX_FORMS}, not {value!r}")
    elif key.startswith("show_"):
        if isinstance(value, bool):
            return value
        bad(key, f"must be True or False, not {value!r}")
    elif key == "format":
        if value in FORMATS:
            return value
        bad(
            key,
            f"must be one of {one_of(FORMATS)}, not {value!r}" + did_you_mean(str(value), FORMATS),
        )
    elif key == "jpeg_quality":
        if isinstance(value, int) and not isinstance(value, bool) and 40 <= value <= 95:
            return value
        bad(key, f"must be a whole number from 40 to 95, not {value!r}")
    elif key.startswith("font_"):
        p = _path(value, base_dir)
        if p is not None and p.is_file():
            return p
        bad(key, f"must be the path of a font file (.otf/.ttf) that exists, not {value!r}")
    elif key == "fallback_fonts":
        return _fallbacks(value, base_dir, bad)
    return _INVALID


def _fallbacks(value: Any, base_dir: Path | None, bad) -> Any:
    """A list of font paths, or of dicts {regular, bold, index, color}.

    Missing files are allowed (a build machine may lack a Noto package);
    the renderer skips them and reports characters nothing can draw.
    """
    if not isinstance(value, (list, tuple)):
        bad("fallback_fonts", f"must be a list of font paths, not {value!r}")
        return _INVALID
    out: list[FallbackFont] = []
    for item in value:
        entry = {"regular": item} if isinstance(item, (str, Path)) else item
        ok = isinstance(entry, Mapping) and set(entry) <= {"regular", "bold", "index", "color"}
        regular = _path(entry.get("regular"), base_dir) if ok else None
        bold = _path(entry.get("bold"), base_dir) if ok and entry.get("bold") else None
        index = entry.get("index", 0) if ok else None
        color = entry.get("color") if ok else None
        if color is None and regular is not None:
            color = "emoji" in regular.name.lower()  # Noto Color Emoji and friends
            # ... but Noto Emoji (monochrome) is drawn like text, in the text colour.
            color = color and not regular.name.lower().startswith("notoemoji")
        if (
            regular is None
            or not isinstance(index, int)
            or isinstance(index, bool)
            or not isinstance(color, bool)
        ):
            bad(
                "fallback_fonts",
                "entries must be font paths or dicts with 'regular' "
                f"(path), optional 'bold' (path), 'index' (int), 'color' (bool), not {item!r}",
            )
            return _INVALID
        emoji = not color and regular is not None and "emoji" in regular.name.lower()
        out.append(FallbackFont(regular, bold, index, color, emoji))
    return tuple(out)


# PODIUM_CARDS is validated with every other setting (podium.settings.get).
def _from_settings(settings: Mapping[str, Any], source: str, _basics) -> CardLayout:
    # A font's path is relative to the settings file, as PATH and THEME are:
    # `podium build -s site/pelicanconf.py` from elsewhere refused the site's
    # own "fonts/brand.otf" as a file that does not exist.
    where = settings.get("PODIUM_SETTINGS_FILE")
    base_dir = Path(str(where)).resolve().parent if where else None
    return CardLayout.from_settings(settings.get("PODIUM_CARDS"), source=source, base_dir=base_dir)


register_setting("PODIUM_CARDS", "cards", _from_settings)
