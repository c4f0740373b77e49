"""Draw fitted text blocks onto a card, clipped to their box.

Each block is drawn into its own box-sized coverage mask (and, for emoji, a
box-sized colour layer) and then pasted: a glyph can never spill outside the
box it was fitted to, whatever the text, which the tests check pixel by pixel.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image, ImageDraw

from . import fonts
from .fonts import Face
from .typeset import Block, Line, level_runs, run_width, scale_of, visual_order
from .typeset import glyph_mask as _glyph
from .typeset import plain_glyphs as _plain_glyphs


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h


def _visual_order(
    items: list[tuple[Face, str, str, int]], rtl: bool
) -> list[tuple[Face, str, str]]:
    """Unicode bidi rule L2 on runs: reverse every sequence at or above each odd level."""
    return [items[k][:3] for k in visual_order([level for *_, level in items])]


def _line_runs(block: Block, line: Line) -> list[tuple[Face, str, str, int]]:
    p = block.prepared
    items = level_runs(p, line.start, line.end)
    if line.suffix:
        # A break hyphen belongs to the word it ends; an ellipsis to the paragraph.
        base = 1 if p.rtl else 0
        last = p.levels[line.end - 1] if line.end > line.start else base
        level = last if line.suffix == "-" else base
        items.append((block.main, line.suffix, "R" if level % 2 else "L", level))
    return items


def _draw_emoji(layer: Image.Image, face: Face, size: int, text: str, x: float, y: float) -> None:
    font = fonts.load(face, size)
    scale = scale_of(face, size)
    ascent, descent = font.getmetrics()
    w = math.ceil(font.getlength(text)) + 2
    tile = Image.new("RGBA", (w, ascent + descent), (0, 0, 0, 0))
    ImageDraw.Draw(tile).text((0, ascent), text, font=font, anchor="ls", embedded_color=True)
    out_w, out_h = max(1, round(w * scale)), max(1, round((ascent + descent) * scale))
    tile = tile.resize((out_w, out_h), Image.Resampling.LANCZOS)
    layer.alpha_composite(tile, (round(x), round(y - ascent * scale)))


def _draw_glyphs(draw: ImageDraw.ImageDraw, glyphs, size: int, face: Face, x: float, y: int):
    """Draw a run glyph by glyph, each at its pen position rounded to a quarter pixel."""
    for char, em in glyphs:
        px = x + em * size
        ix = math.floor(px)
        quarter = round((px - ix) * 4)
        if quarter == 4:
            ix, quarter = ix + 1, 0
        mask, (ox, oy) = _glyph(face, size, char, quarter)
        if mask is not None:
            draw.draw.draw_bitmap((ix + ox, y + oy), mask, 255)


def draw_block(
    card: Image.Image, block: Block, box: Box, fill: tuple[int, int, int], align: str = "start"
) -> None:
    """Draw ``block`` into ``box`` on ``card`` (RGB).

    ``align`` is start or end (follow the text's direction), center, or left
    or right (a place on the card, whatever the script).
    """
    if not block.lines:
        return
    mask = Image.new("L", (box.w, box.h), 0)
    draw = ImageDraw.Draw(mask)
    colour: Image.Image | None = None
    rtl = block.prepared.rtl
    baseline = float(block.ascent)
    for line in block.lines:
        items = _visual_order(_line_runs(block, line), rtl)
        total = sum(run_width(f, block.size, t, d) for f, t, d in items)
        # The line's ink, not only its advances, is what stays inside the box
        # (an italic "j" first, an "f" last): ``line.left`` and ``line.right``.
        if align == "center":
            x = (box.w - total - line.right + line.left) / 2
        elif align == "right" or (align not in ("left", "center") and (align == "start") == rtl):
            x = box.w - total - line.right
        else:
            x = line.left
        # Whole pixels: glyphs drawn one by one and runs drawn whole share a baseline.
        y = round(baseline)
        for face, text, direction in items:
            if face.color:
                colour = colour or Image.new("RGBA", (box.w, box.h), (0, 0, 0, 0))
                _draw_emoji(colour, face, block.size, text, x, baseline)
            elif (glyphs := _plain_glyphs(face, text, direction)) is not None:
                _draw_glyphs(draw, glyphs, block.size, face, x, y)
            else:
                shown, kwargs = text, {"direction": "rtl" if direction == "R" else "ltr"}
                if not fonts.has_raqm():
                    shown, kwargs = fonts.visual_basic(text, direction, face), {}
                font = fonts.load(face, block.size)
                draw.text((x, y), shown, font=font, fill=255, anchor="ls", **kwargs)
            x += run_width(face, block.size, text, direction)
        baseline += block.line_height
    # Paste only where ink is: the box is often far larger than its text.
    ink = mask.getbbox()
    if ink is not None:
        x0, y0, x1, y1 = ink
        card.paste(fill, (box.x + x0, box.y + y0, box.x + x1, box.y + y1), mask.crop(ink))
    if colour is not None:
        card.paste(colour, (box.x, box.y), colour)
