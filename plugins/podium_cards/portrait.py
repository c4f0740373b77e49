"""Round portraits and logos, decoded once per file version.

A site build renders many cards with the same few photos (an author's
portrait on a card, a square and a translation), so decoded and cropped
images are cached by path and file version (``podium.paths.version``).
"""

from __future__ import annotations

import functools
from pathlib import Path

import resvg_py
from PIL import Image, ImageDraw, ImageOps

from podium.paths import version
from podium.photos import open_image, to_rgb

from .fonts import THEME_FONTS

# Drawing the circle four times larger and shrinking it gives a smooth edge.
_SUPERSAMPLE = 4


@functools.lru_cache(maxsize=16)
def circle_mask(diameter: int) -> Image.Image:
    big = Image.new("L", (diameter * _SUPERSAMPLE,) * 2, 0)
    ImageDraw.Draw(big).ellipse((0, 0, big.width - 1, big.height - 1), fill=255)
    return big.resize((diameter, diameter), Image.Resampling.LANCZOS)


# The largest disc any card uses (the 1200x630 card's); smaller discs (the
# square's) are scaled from it, so a photo is decoded and cropped once.
MASTER = 248


# The plugin orders jobs by portrait, so an author's card, square and
# translations come back to back: a few entries give the hits. A cache the
# size of the staff (it was 1,024) held ~500 MB of pixels per worker at ten
# thousand stories and put the build over its memory bar.
PORTRAIT_CACHE = 64


@functools.lru_cache(maxsize=PORTRAIT_CACHE)
def _square(path: str, file_version: tuple, size: int) -> Image.Image:
    """The photo decoded, upright, flattened and cropped to a ``size`` square."""
    with open_image(path) as im:
        # JPEG can decode at 1/2, 1/4, 1/8 scale: far faster for camera photos.
        im.draft("RGB", (size, size))
        if im.getexif().get(0x0112, 1) != 1:  # only a rotated photo pays for the copy
            im = ImageOps.exif_transpose(im)
        # The page's photo pipeline's conversion: a plain convert("RGB") clips a
        # 16-bit greyscale PNG at 255, a white disc where the page shows the photo.
        im = to_rgb(im)
        if im.mode == "RGBA":
            flat = Image.new("RGB", im.size, (255, 255, 255))
            flat.paste(im, mask=im.getchannel("A"))
            im = flat
        # Square from the middle; slightly above centre, where faces are in portraits.
        # Cropped and scaled in one resize. BOX (area averaging) is the right
        # filter for shrinking by less than 2x, which is all that is left after
        # the draft, and it costs two thirds of BILINEAR, a fifth of a card.
        w, h = im.size
        side = min(w, h)
        x, y = (w - side) // 2, round((h - side) * 0.4)
        return im.resize((size, size), Image.Resampling.BOX, box=(x, y, x + side, y + side))


@functools.lru_cache(maxsize=PORTRAIT_CACHE)
def _portrait(path: str, file_version: tuple, diameter: int) -> Image.Image:
    square = _square(path, file_version, max(diameter, MASTER))
    if square.width != diameter:
        square = square.resize((diameter, diameter), Image.Resampling.BILINEAR)
    return square


def round_portrait(path: Path, diameter: int) -> Image.Image:
    """``path`` as an RGB square of ``diameter`` pixels, to paste through
    ``circle_mask(diameter)`` (the same pixels as an RGBA disc, without a copy
    and an alpha channel per card); shared: never change it. OSError/ValueError
    if unreadable."""
    p = Path(path)
    return _portrait(str(p), version(p.stat()), diameter)


@functools.lru_cache(maxsize=16)
def _logo(path: str, file_version: tuple, max_w: int, max_h: int) -> Image.Image:
    if path.lower().endswith(".svg"):
        return _svg_logo(path, max_w, max_h)
    with open_image(path) as im:
        im = to_rgb(ImageOps.exif_transpose(im)).convert("RGBA")
    im.thumbnail((max_w, max_h), Image.Resampling.LANCZOS)
    return im


def _svg_logo(path: str, max_w: int, max_h: int) -> Image.Image:
    """An SVG logo (the brand step let it through its allowlist: no scripts, no
    outside references) drawn by resvg to fit ``max_w`` x ``max_h``, its text in
    the cards' own Inter rather than whatever fonts the build machine has.
    ValueError if resvg cannot read it."""
    fonts = sorted(str(f) for f in THEME_FONTS.glob("Inter-*.otf"))
    # Every family a logo's text may name falls back to Inter (resvg's own default
    # is Times New Roman, which is not loaded: the text was left out).
    families = {f"{g}_family": "Inter" for g in ("font", "serif", "sans_serif", "monospace")}

    def png(**size: int) -> Image.Image:
        data = resvg_py.svg_to_bytes(
            svg_path=path, skip_system_fonts=True, font_files=fonts, **families, **size
        )
        with open_image(bytes(data)) as im:
            return im.convert("RGBA")

    im = png(height=max_h)  # the height fits; a wide logo is drawn again to the width
    return im if im.width <= max_w else png(width=max_w)


def logo(path: Path, max_w: int, max_h: int) -> Image.Image:
    """The logo as RGBA, scaled down to fit ``max_w`` x ``max_h``."""
    p = Path(path)
    return _logo(str(p), version(p.stat()), max_w, max_h)
