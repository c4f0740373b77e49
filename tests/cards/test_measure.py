"""The cards measure words with HarfBuzz and draw them with Pillow: the two must agree.

Line breaking and alignment use ``fonts.em_width`` (one HarfBuzz font per
face, shaped once per word for every size); the drawing is Pillow's RAQM
layout. A disagreement would push a line past its box or off its centre.
The fast path of ``prepare`` for plain Latin text must decide exactly what
the general path decides.
"""

from __future__ import annotations

import pytest

from podium_cards import fonts
from podium_cards.layout import CardLayout
from podium_cards.textprep import _prepare_general, normalize, prepare

SAMPLES = {
    "Latin": ("Waarom ik na tien jaar in de zorg overstapte", "L"),
    "kerning": ("AVATAR To Wa Ty Vo", "L"),
    "Turkish": ("Çığ düştü, İstanbul’da şoförlük", "L"),
    "Greek": ("Η πρώτη μου μέρα στην ομάδα", "L"),
    "Cyrillic": ("Мой первый день в команде", "L"),
    "Chinese": ("我在仓库的第一天", "L"),
    "Japanese": ("倉庫での最初の日です", "L"),
    "Korean": ("창고에서의 첫날", "L"),
    "Arabic": ("يومي الأول في الفريق", "R"),
    "Hebrew": ("היום הראשון שלי בצוות", "R"),
    "Devanagari": ("टीम में मेरा पहला दिन", "L"),
    "Thai": ("วันแรกของฉันในทีม", "L"),
}


def _faces():
    layout = CardLayout()
    seen = []
    for style in ("regular", "bold", "italic"):
        for face in layout.chain(style):
            if face not in seen and not face.color and fonts.native_size(face) is None:
                seen.append(face)
    return seen


@pytest.mark.skipif(not fonts.has_raqm(), reason="Pillow has no raqm here: cards use BASIC")
@pytest.mark.parametrize("size", [22, 64])
def test_harfbuzz_widths_match_what_pillow_draws(size):
    compared = 0
    for face in _faces():
        font = fonts.load(face, size)
        for name, (text, direction) in SAMPLES.items():
            if not all(fonts.covers(face, ord(c)) for c in text if not c.isspace()):
                continue
            drawn = font.getlength(text, direction="rtl" if direction == "R" else "ltr")
            measured = fonts.em_width(face, text, direction) * size
            assert measured == pytest.approx(drawn, abs=0.5), (face.path, name, size)
            compared += 1
    # Inter's three styles, the CJK face and the Arabic/Hebrew/Indic/Thai Noto faces.
    assert compared >= 12


PLAIN = [
    "Waarom ik na tien jaar in de zorg overstapte naar data engineering",
    "Van stagiair tot teamleider – en weer terug?",
    "‘Je leert het vak op de werkvloer’, zegt Anouk van ’t Hof",
    "Ex-kok, nu planner: 3 lessen uit 12 jaar horeca",
    "Çağla Öztürk: “Ik mis de keuken niet”",
    "Self-driving forklifts… and the people who fix them",
    "a",
    "  spaties   en\ttabs  ",
    "",
]


@pytest.mark.parametrize("text", PLAIN)
@pytest.mark.parametrize("style", ["regular", "bold", "italic"])
def test_fast_path_decides_what_the_general_path_decides(text, style):
    chain = CardLayout().chain(style)
    assert prepare(text, chain) == _prepare_general(normalize(text), chain)


def test_text_outside_the_fast_path_still_gets_fallbacks():
    chain = CardLayout().chain("bold")
    p = prepare("Team 🚀 中文", chain)
    assert len({face.path for face in p.faces}) >= 3  # Inter, the emoji face, CJK
