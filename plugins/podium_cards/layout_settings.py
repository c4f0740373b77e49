"""``PODIUM_CARDS``, read into a ``CardLayout``: the Pelican glue's part of the layout.

Apart from ``layout`` because the renderer imports that module, and every
module it imports counts as drawing code in a card's name: reading the setting
imports ``podium.settings``, whose every edit renamed and redrew every card.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from podium import colors
from podium.colors import AA_TEXT, contrast, ink_on, rgb
from podium.errors import did_you_mean, one_of
from podium.settings import SettingProblems, register_setting

from .fonts import FallbackFont
from .layout import FORMATS, CardLayout


def card_layout(
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
        return CardLayout()
    if not isinstance(mapping, Mapping):
        problems.bad("PODIUM_CARDS", "must be a dict like {'format': 'png'}")
        problems.check()
    known = [f.name for f in fields(CardLayout)]
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
    layout = replace(CardLayout(), **changes)
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
    return card_layout(settings.get("PODIUM_CARDS"), source=source, base_dir=base_dir)


register_setting("PODIUM_CARDS", "cards", _from_settings)
