"""Hostile text never draws outside its box, and never crashes the renderer."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PIL import ImageChops

from podium_cards import plan_card, plan_square, render_card, render_square

from .conftest import decode

HOSTILE = {
    "500 chars": ("Een titel die veel te lang is voor een kaart " * 12)[:500],
    "dutch compound": "arbeidsongeschiktheidsverzekeringsmaatschappijmedewerkers"
    "vertegenwoordigingsraadsvergadering",
    "emoji zwj": "👩🏽‍💻👨‍👩‍👧‍👦🏳️‍🌈 " * 6 + "👩🏽‍💻" * 30,
    "arabic": "مرحبا بكم في فريق البيانات لدينا، نحن نبني المستقبل معًا كل يوم " * 3,
    "hebrew": "שלום! ברוכים הבאים לצוות שלנו, אנחנו בונים את העתיד ביחד " * 3,
    "chinese": "我们的数据团队正在招聘优秀的工程师加入我们一起建设未来的平台和产品" * 4,
    "mixed directions": "Meet Amira: من القاهرة naar Amsterdam, 2019–2024, שלום and 中文 🚀",
    "bidi override": "\u202eevil override\u202c and \u2067isolate\u2069 text",
    "combining marks": "Z̷̢̛̛̛a̴̡̛̛l̸̡̛̛g̵̨̛̛o̵̧̡̡ " * 8,
    "url without spaces": "https://example.com/" + "abcdefghij" * 30,
    "controls": "line one\nline two\ttab\x00nul\x1b[31mred",
    "missing glyph": "Private \U0010fffd use",
    "only spaces": "     ",
    "one giant emoji run": "🚀" * 200,
}


def _changed_bbox(a: bytes, b: bytes):
    return ImageChops.difference(decode(a), decode(b)).getbbox()


def _inside(bbox, box) -> bool:
    left, top, right, bottom = bbox
    return box.x <= left and box.y <= top and right <= box.right and bottom <= box.bottom


@pytest.mark.parametrize("name", HOSTILE)
@pytest.mark.parametrize("with_portrait", [True, False])
def test_headline_stays_in_its_box(name, with_portrait, spec, png_layout):
    base = replace(spec, quote="", portrait_path=spec.portrait_path if with_portrait else None)
    hostile = replace(base, title=HOSTILE[name])
    empty = replace(base, title="")
    box = plan_card(hostile, png_layout).headline_box
    assert box == plan_card(empty, png_layout).headline_box
    bbox = _changed_bbox(render_card(hostile, png_layout).data, render_card(empty, png_layout).data)
    if name == "only spaces":
        assert bbox is None
    else:
        assert bbox is not None, "the title should have drawn something"
        assert _inside(bbox, box), f"{name}: drew at {bbox}, outside {box}"


@pytest.mark.parametrize("name", HOSTILE)
def test_quote_stays_in_its_box(name, spec, png_layout):
    hostile = replace(spec, quote=HOSTILE[name])
    blank = replace(spec, quote=" ")  # same geometry, nothing to draw
    plan = plan_card(hostile, png_layout)
    assert plan.quote_box is not None
    bbox = _changed_bbox(render_card(hostile, png_layout).data, render_card(blank, png_layout).data)
    if bbox is not None:
        assert _inside(bbox, plan.quote_box), f"{name}: drew at {bbox}, outside {plan.quote_box}"


@pytest.mark.parametrize("name", HOSTILE)
def test_author_name_stays_in_its_box(name, spec, png_layout):
    hostile = replace(spec, author_name=HOSTILE[name], portrait_path=None, author_role=None)
    blank = replace(hostile, author_name=" ")
    box = plan_card(hostile, png_layout).texts["name"].box
    bbox = _changed_bbox(render_card(hostile, png_layout).data, render_card(blank, png_layout).data)
    if bbox is not None:
        assert _inside(bbox, box)


@pytest.mark.parametrize("name", HOSTILE)
def test_square_headline_stays_in_its_box(name, spec, png_layout):
    # The square centres its quote vertically, so only the outer box is fixed.
    hostile = replace(spec, quote=HOSTILE[name])
    blank = replace(spec, quote="", title="")
    plan = plan_square(hostile, png_layout)
    box = plan.headline_box
    mark = plan.texts["mark"].box
    top = min(box.y, mark.y)
    region = replace(box, y=top, h=box.bottom - top)
    a = render_square(hostile, png_layout).data
    b = render_square(blank, png_layout).data
    diff = ImageChops.difference(decode(a), decode(b))
    bbox = diff.getbbox()
    if bbox is not None:
        assert _inside(bbox, region), f"{name}: drew at {bbox}, outside {region}"


@pytest.mark.parametrize("kind", ["interview", "column", "theme", "hub"])
@pytest.mark.parametrize("name", ["500 chars", "emoji zwj", "arabic", "only spaces"])
def test_every_kind_renders_hostile_text(kind, name, spec):
    s = replace(spec, kind=kind, title=HOSTILE[name], quote=HOSTILE[name])
    assert decode(render_card(s).data).size == (1200, 630)
    assert decode(render_square(s).data).size == (1080, 1080)


def test_empty_quote_and_missing_portrait_render(spec):
    s = replace(spec, quote="", portrait_path=None, author_name=None, author_role=None)
    result = render_card(s)
    assert decode(result.data).size == (1200, 630)
    assert result.warnings == ()


# Scripts whose glyphs reach past Inter's ascent or descent: every block is
# clipped to its box, so a box sized by Inter's metrics cut them off.
TALL = {
    "arabic vowel marks": "إِنَّ أُمّي تُحِبُّ العَمَلَ هُنا",
    "plain arabic": "يومي الأول في الفريق",
    "vietnamese": "Nguyễn Thị Ảnh Ỗ Ẫ Ậ",
    "thai tone marks": "ที่นี่ผู้ใหญ่ ปั้ ปี๋",
    "myanmar": "မြန်မာစာ ကြိုဆိုပါတယ်",
    "kannada": "ಕನ್ನಡ ನಮಸ್ಕಾರ ಕ್ಷ್ಯ",
    "lao": "ສະບາຍດີ ເຈົ້າ",
    # Marks stacked to 0.8 px under Inter's ascent at 26 px (the square's
    # role): drawn a pixel over it, which its box cut.
    "thai stacked marks": "ปั้ปุ้ฟุ้ฝั่ง",
}


def _ink_outside(text) -> int:
    """Pixels of ``text``'s ink that its box cuts off: the block drawn again with
    room on every side (its baseline where it was), then counted outside the box."""
    from PIL import Image

    from podium_cards.paint import Box, draw_block

    pad, box = 120, text.box
    canvas = Image.new("RGB", (box.w + 2 * pad, box.h + 2 * pad), (0, 0, 0))
    unclipped = replace(text.block, ascent=text.block.ascent + pad)
    draw_block(canvas, unclipped, Box(pad, 0, box.w, box.h + 2 * pad), (255, 255, 255), text.align)
    grey = canvas.convert("L").point(lambda v: 255 if v > 64 else 0)
    inside = grey.crop((pad, pad, pad + box.w, pad + box.h))
    return grey.histogram()[255] - inside.histogram()[255]


@pytest.mark.parametrize("name", TALL)
@pytest.mark.parametrize("plan", [plan_card, plan_square])
def test_tall_glyphs_are_not_cut_at_the_box_edge(name, plan, spec, png_layout):
    s = replace(spec, title=TALL[name], quote=TALL[name], author_name=TALL[name],
                author_role=TALL[name])  # fmt: skip
    for key, text in plan(s, png_layout).texts.items():
        assert _ink_outside(text) == 0, f"{name}: the {key} loses ink at its box's edge"


def _ink_past_the_end(block, box_w: int, side: str = "right") -> int:
    """Pixels of ``block``'s ink right of a box ``box_w`` wide, its lines drawn
    from the left in a box with room on the right (or, ``side`` "left", left of
    it, its lines drawn from the right)."""
    from PIL import Image

    from podium_cards.paint import Box, draw_block

    pad = 120
    canvas = Image.new("RGB", (box_w + pad, block.height), (0, 0, 0))
    align = "left" if side == "right" else "right"
    draw_block(canvas, block, Box(0, 0, box_w + pad, block.height), (255, 255, 255), align)
    grey = canvas.convert("L").point(lambda v: 255 if v > 64 else 0)
    outside = (
        (box_w, 0, box_w + pad, block.height) if side == "right" else (0, 0, pad, block.height)
    )
    return grey.crop(outside).histogram()[255]


def test_a_mark_reaching_past_the_last_letter_is_not_cut_at_the_box_edge():
    # Myanmar's "ဖွဲ့" draws its marks up to 0.14 em right of its advance: a line
    # ending on it that just fitted lost that ink to the box's edge.
    from podium_cards import CardLayout
    from podium_cards.textprep import prepare
    from podium_cards.typeset import fit

    chain = CardLayout().chain("bold")
    p = prepare("ကျွန်ုပ်တို့အဖွဲ့ ဒေတာအဖွဲ့ အင်ဂျင်နီယာအဖွဲ့ များအဖွဲ့ သည်အဖွဲ့", chain)
    for box in range(120, 200, 2):
        block = fit(p, chain[0], box, 1000, 30, 40)
        assert _ink_past_the_end(block, box) == 0, box


@pytest.mark.usefixtures("raqm")
@pytest.mark.parametrize(
    "text",
    [
        "القمرِ النهرِ الكبيرِ الصغيرِ",
        "مديرٌ كبيرٌ صغيرٌ",
        "إِلى إِيمان إِدارة إِبداع",
        "שָׁלוֹם עוֹלָם חַיִּים יְלָדִים פִּתְרוֹן אִישׁ זֹאת",
    ],
)
def test_a_mark_reaching_past_a_right_to_left_line_is_not_cut_at_the_box_edge(text):
    # The kasra or tanwin under a final "ر" reaches 0.035 em left of it, the
    # left end of a right-to-left line, and the kasra under a first "إ" right
    # of its start: a line that just fitted lost that ink to the box's edge
    # ("الصغيرِ" at 120 px, "إِدارة" at 158 px, 30-40 px), as only the right end
    # of a left-to-right line was counted. Hebrew's niqqud stays inside.
    from podium_cards import CardLayout
    from podium_cards.textprep import prepare
    from podium_cards.typeset import fit

    chain = CardLayout().chain("bold")
    p = prepare(text, chain)
    for box in range(100, 400, 2):
        block = fit(p, chain[0], box, 1000, 30, 40)
        assert _ink_past_the_end(block, box, side="left") == 0, box
        assert _ink_past_the_end(block, box) == 0, box


def _ink_cut_off(block, box_w: int, align: str) -> int:
    """How much of ``block``'s ink its box cuts off at the sides: the block drawn
    in a box ``box_w`` wide, and in one with room on both sides (its lines at
    the same places, but for whole pixels), the ink of the two compared."""
    from PIL import Image

    from podium_cards.paint import Box, draw_block

    pad = 60

    def ink(box) -> int:
        canvas = Image.new("RGB", (box_w + 2 * pad, block.height), (0, 0, 0))
        draw_block(canvas, block, box, (255, 255, 255), align)
        return sum(i * n for i, n in enumerate(canvas.convert("L").histogram()))

    return ink(Box(0, 0, box_w + 2 * pad, block.height)) - ink(Box(pad, 0, box_w, block.height))


@pytest.mark.usefixtures("raqm")
@pytest.mark.parametrize(
    ("style", "text"),
    [
        ("italic", "jaren later, jij en ik, hof"),  # a quote: italic "j" first, "f" last
        ("bold", "jaar na jaar"),  # a title: Inter Bold's "j" too
        ("semibold", "jij bent welkom"),  # the square's quote
        ("regular", "junior ontwerper"),  # a role, centred under the portrait
        ("bold", "إِلى إِيمان إِدارة إِبداع"),  # a right-to-left line, from its right
        # Lines of both directions: the letter the bidi order draws at an end,
        # the first "إ" at the right, the "j" of a Latin word at the left.
        ("bold", "Welkom bij إِدارة"),
        ("bold", "שלום jaar"),
    ],
)
def test_ink_past_a_lines_ends_is_not_cut_by_its_box(style, text):
    # An italic "j" starting a line reaches 0.09 em left of it (Inter Bold's
    # 0.025 em), an "f" ending one 0.07 em right of it: the box cut that ink
    # off (a line drawn from the box's left edge, or centred, that just
    # fitted), as only the ink of a letter with marks was counted, and only
    # in the line's width, not where it was drawn.
    from podium_cards import CardLayout
    from podium_cards.textprep import prepare
    from podium_cards.typeset import fit

    chain = CardLayout().chain(style)
    p = prepare(text, chain)
    for box in range(60, 400, 3):
        block = fit(p, chain[0], box, 1000, 24, 40)
        for align in ("start", "center", "end"):
            assert _ink_cut_off(block, box, align) == 0, (box, align)


@pytest.mark.usefixtures("raqm")
@pytest.mark.parametrize("text", ["الاستراتيجياتوالمسؤوليات", "مستشفى", "فريق البيانات المستقبلية"])
def test_an_arabic_word_cut_to_fit_keeps_its_joining_strokes_in_the_box(text):
    # A word cut between two joined letters is drawn joined on both lines,
    # but the ink past a line's ends was measured on its end letters shaped
    # alone, isolated: the stroke joining the first letter of a line to the
    # line before reached 0.08 em past the box ("...والم" then "سؤوليات" at
    # 288 px; "س" alone at 36 px), and the last letter's bled into its edge.
    from podium_cards import CardLayout
    from podium_cards.textprep import prepare
    from podium_cards.typeset import fit

    chain = CardLayout().chain("bold")
    p = prepare(text, chain)
    for box in range(30, 400, 3):
        block = fit(p, chain[0], box, 1000, 24, 40)
        for align in ("start", "end"):
            assert _ink_cut_off(block, box, align) == 0, (box, align)


def test_ink_at_a_lines_start_wraps_the_text_narrower_not_smaller():
    # Counting that ink, a quote whose line began with "j" just past the box
    # was drawn at 27 px where a box 1 px narrower drew it at 30 (and below the
    # smallest size, 23 px): a wider box never draws it smaller.
    from podium_cards import CardLayout
    from podium_cards.textprep import prepare
    from podium_cards.typeset import fit

    chain = CardLayout().chain("italic")
    text = "Ik werk hier al jaren, jij kent mij wel, jullie ook, jawel joh, ja jij daar"
    p = prepare(text, chain)
    sizes = [fit(p, chain[0], box, 120, 24, 32, 1.34, False).size for box in range(200, 700)]
    assert sizes == sorted(sizes)


@pytest.mark.parametrize("plan", [plan_card, plan_square])
def test_an_anonymised_story_keeps_its_role_in_the_names_place(plan, spec, png_layout):
    # The README: the card shows "Oud-collega · Ontwerper" under "anonymize",
    # without the name. has_author needed a name, so it showed neither.
    role = "Oud-collega · Ontwerper"
    named = plan(replace(spec, portrait_path=None, author_role=role), png_layout)
    anonymous = plan(
        replace(spec, portrait_path=None, author_name=None, author_role=role), png_layout
    )
    assert "name" not in anonymous.texts and "title" not in anonymous.texts
    assert "".join(anonymous.texts["role"].block.prepared.clusters) == role
    # Where the name would be: no gap above it.
    assert anonymous.texts["role"].box.y == named.texts["name"].box.y


# Scripts whose marks reach far below a line and above the next: at the
# headline's 1.12 and the square's 1.22, a long Hindi or Arabic title's lines
# touched (a vowel sign under "मुझे" ran into "हूँ" below).
DEEP = {
    "hindi": "मुझे हर दिन नई चीज़ें सीखने को मिलती हैं और मैं हूँ यहाँ पूछें कुछ भी " * 3,
    "arabic": "لماذا أحب عملي في فريق البيانات؟ لأنها تطرح أسئلة جديدة كل يوم ويطرح الفريق " * 3,
}


@pytest.mark.parametrize("plan", [plan_card, plan_square])
@pytest.mark.parametrize("name", DEEP)
def test_lines_of_deep_scripts_do_not_touch(plan, name, spec, png_layout):
    from PIL import Image

    from podium_cards.paint import draw_block

    text = plan(replace(spec, title=DEEP[name], quote=""), png_layout).texts["headline"]
    block = text.block
    assert len(block.lines) >= 3
    canvas = Image.new("RGB", (text.box.w, text.box.h + 40), (255, 255, 255))
    draw_block(canvas, block, replace(text.box, x=0, y=0), (0, 0, 0))
    gray = canvas.convert("L")
    blank = [gray.crop((0, y, gray.width, y + 1)).getextrema()[0] > 200 for y in range(gray.height)]
    for n in range(len(block.lines) - 1):
        top = round(block.ascent + n * block.line_height)
        below = round(block.ascent + (n + 1) * block.line_height)
        assert any(blank[top:below]), f"lines {n + 1} and {n + 2} touch"
