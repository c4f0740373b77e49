"""Plain runs are drawn glyph by glyph from a cache: it must look like Pillow's run.

``paint`` draws a left-to-right run whose characters HarfBuzz maps one to one
onto the face's own glyphs by pasting cached glyph masks at HarfBuzz's pen
positions (rounded to a quarter pixel); anything else (ligatures, composed
marks, right-to-left, emoji) is drawn whole by Pillow's RAQM layout.
"""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops, ImageDraw

from podium_cards import fonts
from podium_cards.layout import CardLayout
from podium_cards.paint import _draw_glyphs, _plain_glyphs

pytestmark = pytest.mark.skipif(not fonts.has_raqm(), reason="Pillow has no raqm here")


def _faces():
    layout = CardLayout()
    return [layout.chain(style)[0] for style in ("regular", "bold", "italic")]


@pytest.mark.parametrize("size", [22, 40, 68])
@pytest.mark.parametrize(
    "text",
    [
        "Waarom ik na tien jaar in de zorg",
        "AVATAR To Wa Ty Vo, “kerning”",
        "Één café, déjà vu: Çığ düştü",
    ],
)
def test_glyph_by_glyph_matches_the_whole_run(text, size):
    for face in _faces():
        glyphs = _plain_glyphs(face, text, "L")
        assert glyphs is not None, (face.path, text)
        x, y = 10.37, 2 * size
        whole = Image.new("L", (30 * size, 3 * size), 0)
        ImageDraw.Draw(whole).text(
            (x, y), text, font=fonts.load(face, size), fill=255, anchor="ls", direction="ltr"
        )
        pieces = Image.new("L", whole.size, 0)
        _draw_glyphs(ImageDraw.Draw(pieces), glyphs, size, face, x, y)
        # The same ink in the same place: at most a quarter pixel off per glyph,
        # and anti-aliased edges where two glyphs touch may differ slightly.
        bw, bp = whole.getbbox(), pieces.getbbox()
        assert bw is not None and bp is not None
        assert all(abs(a - b) <= 1 for a, b in zip(bw, bp, strict=True)), (face.path, bw, bp)
        diff = ImageChops.difference(whole, pieces)
        mean = sum(i * n for i, n in enumerate(diff.histogram())) / (whole.width * whole.height)
        ink = sum(i * n for i, n in enumerate(whole.histogram())) / (whole.width * whole.height)
        assert mean < 0.12 * ink, (face.path, text, size, mean, ink)


@pytest.mark.parametrize(
    "text, direction",
    [
        ("e\u0301cht", "L"),  # a combining accent: HarfBuzz composes or positions it
        ("10:30 en A-B", "L"),  # Inter's contextual forms: colon and hyphen between figures
        ("يومي الأول", "R"),  # right to left: drawn whole
    ],
)
def test_runs_that_are_not_one_glyph_per_character_are_drawn_whole(text, direction):
    face = CardLayout().chain("regular")[0]
    assert _plain_glyphs(face, text, direction) is None


def test_kerning_is_kept_inside_a_word():
    face = CardLayout().chain("bold")[0]
    glyphs = fonts.glyph_run(face, "AVA")
    assert glyphs is not None
    nominal = fonts.em_width(face, "A", "L") + fonts.em_width(face, "V", "L")
    assert glyphs[2][1] < nominal  # "AV" and "VA" are kerned closer than their advances
    last = fonts.em_width(face, "AVA", "L") - fonts.em_width(face, "A", "L")
    assert glyphs[2][1] == pytest.approx(last, abs=1e-9)
