"""Colour arithmetic for legible cards whatever theme colour an editor picks."""

from __future__ import annotations

import re

RGB = tuple[int, int, int]
AA_TEXT = 4.5  # WCAG AA for normal text


# What a colour setting or field may be, as CSS writes it: "#rrggbb", or "#rgb",
# which stands for "#rrggbb" with each digit doubled ("#fff" is "#ffffff").
HEX_FORMS = '"#rrggbb" or "#rgb"'
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")


def hex_value(value: object) -> str | None:
    """``value`` as "#rrggbb" when it is a hex colour in one of ``HEX_FORMS``, else None."""
    if not isinstance(value, str) or not _HEX.fullmatch(value):
        return None
    digits = value[1:]
    return "#" + ("".join(d * 2 for d in digits) if len(digits) == 3 else digits)


def rgb(hex_colour: str) -> RGB:
    h = hex_colour.lstrip("#")
    return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """``t`` of the way from ``a`` to ``b``."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def luminance(c: RGB) -> float:
    def lin(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(v) for v in c)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def legible(colour: RGB, background: RGB, toward: RGB, minimum: float = 3.0) -> RGB:
    """``colour``, moved toward ``toward`` just enough to reach ``minimum`` contrast.

    A pale theme colour (say a light yellow) would vanish as a label on a
    light card; large text needs 3:1 (WCAG AA for large text).
    """
    for step in range(11):
        candidate = mix(colour, toward, step / 10)
        if contrast(candidate, background) >= minimum:
            return candidate
    return toward


def hex_colour(c: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*c)


def ink_on(background: str, inks: tuple[str, ...], minimum: float = AA_TEXT) -> str:
    """The first of ``inks`` readable on ``background``; black where none is
    (a mid grey such as #808080 gives 4.0:1 with white and under 4.5 with ink)."""
    bg = rgb(background)
    return next((ink for ink in inks if contrast(rgb(ink), bg) >= minimum), "#000000")
