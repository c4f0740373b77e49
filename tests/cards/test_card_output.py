"""Card size, format, byte budget, warnings and portraits."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from PIL import Image, ImageChops

from podium_cards import CardLayout, CardSpec, plan_card, plan_square, render_card, render_square
from podium_cards.encode import MAX_BYTES

from .conftest import decode, make_portrait


def test_card_is_1200x630_jpeg_under_budget(spec):
    result = render_card(spec)
    assert result.format == "jpeg" and result.extension == "jpg"
    assert result.data[:3] == b"\xff\xd8\xff"
    assert decode(result.data).size == (1200, 630) == (result.width, result.height)
    assert len(result.data) < MAX_BYTES == 300_000


def test_square_is_1080x1080(spec):
    result = render_square(spec)
    assert decode(result.data).size == (1080, 1080)
    assert len(result.data) < MAX_BYTES


def test_png_with_noisy_portrait_stays_under_budget(spec, tmp_path):
    # Random noise does not compress: the worst case for a lossless card.
    rng = random.Random(1)
    noise = Image.frombytes(
        "RGB", (800, 800), bytes(rng.getrandbits(8) for _ in range(800 * 800 * 3))
    )
    noise.save(tmp_path / "noise.png")
    s = replace(spec, portrait_path=tmp_path / "noise.png")
    layout = replace(CardLayout(), format="png")
    for render in (render_card, render_square):
        result = render(s, layout)
        assert result.data[:8] == b"\x89PNG\r\n\x1a\n"
        assert len(result.data) < MAX_BYTES


def test_output_has_no_metadata(spec):
    with Image.open(__import__("io").BytesIO(render_card(spec).data)) as im:
        assert not im.getexif()
        assert "icc_profile" not in im.info and "exif" not in im.info


def test_missing_glyph_is_reported_not_drawn(spec):
    result = render_card(replace(spec, title="Private \U0010fffd use"))
    assert "\U0010fffd" in result.missing_glyphs
    assert any("U+10FFFD" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("title", "named"),
    [
        # Dhivehi (Thaana) and N'Ko: no shipped font has them; each letter with its mark.
        ("ދިވެހިބަސް", "U+078B U+07A8 ދި, U+0788 U+07AC ވެ, U+0780 U+07A8 ހި"),
        ("ߒߞߏ ߞߊ߲ ߘߏ߫", "U+07CF ߏ, U+07CA U+07F2 ߊ߲, U+07D8 ߘ, U+07CF U+07EB ߏ߫"),
    ],
)
def test_a_letter_with_marks_no_font_has_is_named_with_its_marks(title, named, spec):
    # The line named a letter with marks by its first code point: "U+078B ދި"
    # (not the fili U+07A8 on it), "U+07CF ߏ" and "U+07CF ߏ߫", one name twice.
    result = render_card(replace(spec, title=title))
    assert "the card shows the hub's name instead" in result.warnings[0]
    assert named in result.warnings[0]


def test_a_private_use_character_is_named_not_drawn_as_the_fonts_own_glyph(spec):
    # U+E000 is Inter's logo, U+E0B0 one of its alternate letters (a Powerline
    # arrow in a terminal font, the company's icon in its own): the card drew
    # Inter's glyph for whatever the writer pasted, and said nothing.
    for ch in ("\ue000", "\ue0b0", "\uf6c3"):
        result = render_card(replace(spec, title=f"Mijn eerste week {ch} bij Acme"))
        assert result.missing_glyphs == (ch,)
        code = f"U+{ord(ch):04X}"
        assert [w for w in result.warnings if code in w] == [
            f"{code} {ch} is a private-use character, whose look each font decides "
            "(an icon, a logo, or a box); left off the card"
        ]


def test_a_combining_mark_stays_with_its_letter_in_a_face_that_has_both(spec):
    # Inter has "e" but not U+031F (a plus sign below), Noto Sans has both: the
    # letter was drawn by Inter, with Inter's empty box for the mark.
    from podium_cards import fonts
    from podium_cards.textprep import prepare

    chain = CardLayout().chain("bold")
    p = prepare("Ope\u031fn dag", chain)
    assert p.clusters[2] == "e\u031f" and p.missing == ()
    assert fonts.covers(p.faces[2], 0x31F) and fonts.covers(p.faces[2], ord("e"))
    assert p.faces[0] is chain[0]  # the letters around it stay Inter


@pytest.mark.parametrize(
    ("title", "mark"),
    [
        ("Ma\u1ac1rta", "\u1ac1"),
        ("\u0935\u0947\u0926 \u0915\u1cf7 \u092a\u093e\u0920", "\u1cf7"),
        ("Ons team \U0001f469\u1ac1", "\u1ac1"),  # on an emoji: the emoji font's box
        ("Ons team \U0001f469\u0301", "\u0301"),
    ],
)
def test_a_combining_mark_no_face_draws_on_its_letter_is_named(title, mark, spec):
    # No face has U+1AC1 (a Latin mark) at all; U+1CF7 (a Vedic sign) is only in
    # the Bengali font, not on a Devanagari letter: the mark was drawn as the
    # letter's face's empty box, and the card said nothing.
    result = render_card(replace(spec, title=title))
    assert result.missing_glyphs == (mark,)
    code = f"U+{ord(mark):04X}"
    assert [w for w in result.warnings if code in w] == [
        f"no font draws the combining mark {code} {mark} with its letter; left off the card"
    ]


def test_a_stray_mark_on_an_emoji_is_left_off_and_its_sequences_kept(spec):
    # "👩\u1ac1" drew the mark as the emoji font's empty box, unnamed, as the
    # mark check passed every emoji by. The card is now the one without it; an
    # emoji's own skin tone, tags, keycap and ZWJ parts are not marks.
    plain = render_card(replace(spec, title="Ons team \U0001f469"))
    marked = render_card(replace(spec, title="Ons team \U0001f469\u1ac1"))
    assert decode(marked.data).tobytes() == decode(plain.data).tobytes()
    tag = "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
    sequences = f"👩🏽\u200d💻 {tag} #️⃣ 🇳🇱 👨\u200d👩\u200d👧 🏳️\u200d🌈 🧑🏻\u200d🤝\u200d🧑🏿"
    assert render_card(replace(spec, title=sequences)).missing_glyphs == ()


def test_covered_scripts_have_no_missing_glyphs(spec):
    text = "Zoë 👩🏽‍💻 مرحبا שלום 中文 Ελληνικά Кириллица"
    result = render_card(replace(spec, title=text, quote=text))
    assert result.missing_glyphs == ()


def test_absent_fallback_fonts_degrade_gracefully(spec, tmp_path):
    from podium_cards.fonts import FallbackFont

    layout = replace(CardLayout(), fallback_fonts=(FallbackFont(tmp_path / "nope.ttf"),))
    result = render_card(replace(spec, title="中文 and 👩🏽‍💻"), layout)
    assert decode(result.data).size == (1200, 630)
    assert set(result.missing_glyphs) == {"中", "文", "👩🏽\u200d💻"}


def test_unreadable_portrait_is_a_warning(spec, tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    for path in (broken, tmp_path / "absent.jpg"):
        result = render_card(replace(spec, portrait_path=path))
        assert decode(result.data).size == (1200, 630)
        assert any("portrait" in w for w in result.warnings)


def test_portrait_exif_orientation_is_applied(tmp_path):
    from podium_cards.portrait import circle_mask, round_portrait

    # Stored landscape with orientation 6 (rotate 90° clockwise to display):
    # upright it is portrait-shaped with the red quadrant at the top right.
    path = make_portrait(tmp_path / "rotated.jpg", size=(1200, 900), orientation=6)
    square = round_portrait(path, 200)
    assert square.size == (200, 200) and square.mode == "RGB"
    r, g, b = square.getpixel((150, 40))
    assert r > 150 and g < 120, "the red corner should be top right after rotation"
    # Cards paste it through the circle mask: the portrait is round.
    assert circle_mask(200).getpixel((0, 0)) == 0 and circle_mask(200).getpixel((100, 100)) == 255


def test_a_16_bit_greyscale_portrait_keeps_its_tones(tmp_path):
    """As on the story's page (podium.photos), not clipped at 255 to a white disc."""
    import struct

    from podium.photos import clean_photo
    from podium_cards.portrait import round_portrait

    # A left-to-right ramp from black to white in 16-bit values.
    row = b"".join(struct.pack("<H", x * 65535 // 399) for x in range(400))
    path = tmp_path / "grey16.png"
    Image.frombytes("I;16", (400, 400), row * 400).save(path)
    assert Image.open(path).mode == "I;16"
    square = round_portrait(path, 200)
    left, middle, right = (square.getpixel((x, 100))[0] for x in (20, 100, 180))
    assert left < 60 and 100 < middle < 160 and right > 195, (left, middle, right)
    page = clean_photo(path.read_bytes())
    assert abs(page.getpixel((200, 200))[0] - middle) <= 8  # the page's photo agrees


def test_anonymous_story_has_no_author_or_portrait(spec, png_layout):
    from podium_cards import plan_card

    plan = plan_card(replace(spec, author_name=None), png_layout)
    assert "name" not in plan.texts and plan.photo is None


def test_theme_and_hub_cards_have_no_author(spec, png_layout):
    from podium_cards import plan_card

    for kind in ("theme", "hub"):
        plan = plan_card(replace(spec, kind=kind), png_layout)
        assert "name" not in plan.texts and plan.photo is None and "mark" not in plan.texts


def test_labels_follow_the_language(spec, png_layout):
    from podium_cards import plan_card

    def label(**kw):
        plan = plan_card(replace(spec, **kw), png_layout)
        return "".join(plan.texts["label"].block.prepared.clusters)

    assert label(kind="theme", lang="nl") == "THEMA"
    assert label(kind="theme", lang="en") == "THEME"
    assert label(kind="hub", lang="nl") == "VERHALEN"
    assert "label" not in plan_card(spec, replace(png_layout, show_kind_label=False)).texts


def test_logo_replaces_brand_name(spec, tmp_path, png_layout):
    from podium_cards import plan_card

    Image.new("RGBA", (300, 100), (200, 0, 0, 255)).save(tmp_path / "logo.png")
    plan = plan_card(replace(spec, logo_path=tmp_path / "logo.png"), png_layout)
    assert plan.logo is not None and "brand" not in plan.texts
    plan = plan_card(
        replace(spec, logo_path=tmp_path / "logo.png"), replace(png_layout, show_logo=False)
    )
    assert plan.logo is None and "brand" in plan.texts


def test_an_svg_logo_is_drawn_on_the_card_in_its_box(spec, tmp_path, png_layout):
    """README's own logo is brand/logo.svg, and a company's logo is an SVG more often
    than not: the card showed the brand name instead, saying nothing. Drawn (resvg),
    fitted to the logo's box, its text in the cards' Inter."""
    svg = tmp_path / "logo.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100">'
        '<rect width="300" height="100" fill="#c80000"/>'
        '<text x="10" y="70" font-size="60" fill="#fff">Fjord</text></svg>',
        encoding="utf-8",
    )
    plan = plan_card(replace(spec, logo_path=svg), png_layout)
    assert plan.warnings == [] and "brand" not in plan.texts
    assert plan.logo is not None and plan.logo_box is not None
    assert plan.logo.width <= plan.logo_box.w and plan.logo.height <= plan.logo_box.h
    assert abs(plan.logo.width - 3 * plan.logo.height) <= 1  # its own proportions
    assert plan.logo.getpixel((2, 2)) == (200, 0, 0, 255)
    # The text drawn (in Inter: no font of the machine's), white on the red.
    assert any(min(px[:3]) > 200 for px in plan.logo.get_flattened_data())
    card = decode(render_card(replace(spec, logo_path=svg), png_layout).data).convert("RGB")
    box = plan.logo_box
    assert card.getpixel((box.x + 2, box.bottom - 2)) == (200, 0, 0)


def test_an_icon_logo_has_the_brand_name_beside_it_a_wordmark_does_not(spec, tmp_path, png_layout):
    """The demo's logo is an icon (a sun over a wave, 64 x 64): drawn in place
    of the name, it took "Helder Energie" off every card, and a card shared in
    a feed named no company. An icon (at most twice as wide as high) has the
    name beside it; a wordmark (wider) is the name."""
    icon = tmp_path / "icon.svg"
    icon.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
        '<rect width="64" height="64" rx="14" fill="#0b5d4b"/></svg>',
        encoding="utf-8",
    )
    for kind in ("interview", "hub"):
        plan = plan_card(replace(spec, kind=kind, logo_path=icon), png_layout)
        assert plan.warnings == [] and plan.logo is not None, kind
        name = plan.texts["brand"]
        assert name.box.x >= plan.logo_box.x + plan.logo.width, kind  # beside, not over it
        assert name.box.right <= plan.logo_box.right, kind
    card = decode(render_card(replace(spec, logo_path=icon), png_layout).data).convert("RGB")
    box = plan_card(replace(spec, logo_path=icon), png_layout).texts["brand"].box
    inked = [
        card.getpixel((x, y)) for x in range(box.x, box.x + 120) for y in range(box.y, box.bottom)
    ]
    assert len(set(inked)) > 2  # the name is drawn there
    wide = tmp_path / "wordmark.svg"
    wide.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100">'
        '<rect width="300" height="100" fill="#c80000"/></svg>',
        encoding="utf-8",
    )
    assert "brand" not in plan_card(replace(spec, logo_path=wide), png_layout).texts


def test_the_kind_label_is_a_text_of_strings_yml_and_its_change_renames_the_card(
    spec, png_layout, monkeypatch
):
    # The labels were a table of their own, so a language added to strings.yml
    # got English labels on its cards.
    from podium.i18n import strings
    from podium_cards.plugin import card_name

    theme = replace(spec, kind="theme", lang="nl")
    assert theme.kind_label == "Thema" and replace(theme, lang="en").kind_label == "Theme"
    before = card_name("x", theme, "layout", "jpg")
    monkeypatch.setitem(strings()["card_kind_theme"], "nl", "Onderwerp")
    assert theme.kind_label == "Onderwerp"
    assert card_name("x", theme, "layout", "jpg") != before  # not a stale cached card


def test_a_glyph_freetype_cannot_rasterise_falls_back_instead_of_failing_the_build(
    spec, tmp_path, monkeypatch
):
    """U+FDFD ﷽ at headline size is "OSError: raster overflow" in FreeType: one
    story's title ended the whole build with "podium: error: OSError: raster
    overflow", naming no file. The card now falls back to the hub's name.
    (﷽ itself is drawn at the regular weight now; a glyph FreeType fails on
    unforeseen is made here by not foreseeing it.)"""
    from podium_cards import fonts, textprep
    from podium_cards.plugin import _render

    monkeypatch.setattr(fonts, "rasterises", lambda face, cluster: True)
    textprep.prepare.cache_clear()  # and after: its texts were prepared without the check
    try:
        _fall_back_for_every_kind(spec, tmp_path, _render)
    finally:
        textprep.prepare.cache_clear()


def _fall_back_for_every_kind(spec, tmp_path, _render) -> None:

    for kind, size in (("card", (1200, 630)), ("square", (1080, 1080))):
        target = tmp_path / f"{kind}.jpg"
        bad = replace(spec, title="Koffie en \ufdfd in de ochtend", quote="")
        warnings = _render((kind, bad, CardLayout(), target, {}))
        assert warnings[0] == (
            "its text cannot be drawn (FreeType: raster overflow); the card shows the hub's "
            "name instead"
        )
        assert Image.open(target).size == size


def _mark(plan) -> str:
    return "".join(plan.texts["mark"].block.prepared.clusters)


def test_a_quote_in_its_own_language_opens_with_its_mark_as_on_the_page(spec, png_layout):
    """A German quote („Wir bauen…“ on the story page since its <blockquote
    lang="de">) was drawn on the square and the card under the design's “."""
    german = replace(spec, quote="Wir bauen hier jeden Tag etwas Neues.", quote_lang="de")
    assert _mark(plan_square(german, png_layout)) == "„"
    assert _mark(plan_card(german, png_layout)) == "„"
    assert _mark(plan_square(replace(german, quote_lang="fr"), png_layout)) == "«"
    # Without a language of its own: the design's mark; mirrored right to left.
    assert _mark(plan_square(replace(german, quote_lang=None), png_layout)) == "“"
    arabic = replace(spec, quote="نحن نبني المستقبل معًا كل يوم")
    assert _mark(plan_square(arabic, png_layout)) == "”"
    # A language the table does not know opens with “, as the browser's does.
    assert _mark(plan_square(replace(german, quote_lang="xx-YY"), png_layout)) == "“"
    # The mark is part of the card: a German quote's card is another file.
    assert render_square(german).data != render_square(replace(german, quote_lang=None)).data


def test_a_square_without_its_quote_shows_the_title_under_no_quote_mark(spec, png_layout):
    """The title under a big “, signed with the author's name, read as words
    they said: with no quote, with show_quote off, or one no font draws."""
    assert "mark" in plan_square(spec, png_layout).texts
    for story, layout in (
        (replace(spec, quote=""), png_layout),
        (spec, replace(png_layout, show_quote=False)),
        (replace(spec, quote="ދިވެހި ރާއްޖޭގެ ޓީމު"), png_layout),
    ):
        plan = plan_square(story, layout)
        assert "".join(plan.texts["headline"].block.prepared.clusters) == spec.title
        assert "mark" not in plan.texts


def test_a_quote_written_right_to_left_stands_as_on_its_page(spec, png_layout):
    """A Hebrew quote that begins with a brand ("Google ...", <blockquote
    dir="rtl"> on its page, so "Google" at the right) was laid out left to right
    on the card and the square, by its first letter: "Google" at the left and
    the quote mark too."""
    quote = "Google היא המקום הכי טוב שעבדתי בו"
    hebrew = replace(spec, quote=quote, quote_lang="he", quote_dir="rtl")
    card, square = plan_card(hebrew, png_layout), plan_square(hebrew, png_layout)
    assert card.texts["quote"].block.prepared.rtl
    assert square.texts["headline"].block.prepared.rtl
    for plan in (card, square):  # the mark where the quote begins: at the right
        assert plan.texts["mark"].box.x > plan.size[0] // 2
    # dir="ltr" (or none) on a Hebrew one: as written, else by its first letter.
    assert (
        not plan_card(replace(hebrew, quote_dir="ltr"), png_layout)
        .texts["quote"]
        .block.prepared.rtl
    )
    assert (
        not plan_card(replace(hebrew, quote_dir=None), png_layout).texts["quote"].block.prepared.rtl
    )


def test_the_speaker_of_a_right_to_left_quote_reads_as_its_caption(spec, png_layout):
    """The page captions a <blockquote dir="rtl"> in its direction ("— Dana Cohen,
    מנהלת" right to left, the name at the right); the cards laid the speaker's
    line out left to right by its first letter."""
    hebrew = replace(
        spec,
        quote="המקום הכי טוב שעבדתי בו",
        quote_dir="rtl",
        quote_by="Dana Cohen, מנהלת",
    )
    for plan in (plan_card(hebrew, png_layout), plan_square(hebrew, png_layout)):
        assert plan.texts["speaker"].block.prepared.rtl
    plain = plan_card(replace(hebrew, quote_dir=None), png_layout)
    assert not plain.texts["speaker"].block.prepared.rtl


def test_a_quote_said_by_someone_else_names_them_as_its_page_does(spec, png_layout):
    """A pull quote whose blockquote ends "— Joost Hart, teamleider" is captioned
    with him on the page; the square and the card showed it above the author's
    portrait, name and role alone, as if the author had said it."""
    said = replace(spec, quote_by="Joost Hart, teamleider")
    for plan in (plan_square(said, png_layout), plan_card(said, png_layout)):
        by = plan.texts["speaker"]
        assert "".join(by.block.prepared.clusters) == "— Joost Hart, teamleider"
        assert by.block.lines and not by.block.truncated
        quote = plan.texts["quote"] if "quote" in plan.texts else plan.texts["headline"]
        assert by.box.y >= quote.box.y + quote.block.height, "under the quote"
        name = plan.texts["name"].box
        apart = by.box.bottom <= name.y or by.box.right <= name.x or name.right <= by.box.x
        assert apart, "clear of the author's name"
        if plan.quote_box:
            assert by.box.bottom <= plan.quote_box.bottom
    for plan in (plan_square(spec, png_layout), plan_card(spec, png_layout)):
        assert "speaker" not in plan.texts
    # The title drawn in place of a quote (none shown) has no speaker.
    assert "speaker" not in plan_square(replace(said, quote=""), png_layout).texts
    assert render_square(said).data != render_square(spec).data


LONG_TITLE = (
    "Waarom ik na twaalf jaar in de zorg overstapte naar data engineering, wat ik "
    "onderweg leerde over mezelf, over mijn nieuwe collega's en over de vraag hoe je "
    "op je veertigste nog een compleet nieuw vak leert zonder je oude te verliezen, "
    "en waarom ik het iedereen zou aanraden die twijfelt"
)


def test_a_title_cut_to_fit_the_card_says_so(spec):
    # A 250-character title ended in "…" on the card every share shows, and the
    # writer was never told: the build said nothing.
    result = render_card(replace(spec, title=LONG_TITLE))
    cut = [w for w in result.warnings if w.startswith("title is too long for the card")]
    assert len(cut) == 1, result.warnings
    assert "characters shown" in cut[0] and "\n" not in cut[0]
    # Where, in the title's own last words before the cut.
    ending = cut[0].split('"')[1]
    assert ending.startswith("…") and ending.endswith("…") and ending[1:-1] in LONG_TITLE
    assert 12 < len(ending) <= 32 and not LONG_TITLE.endswith(ending[1:-1])
    # The quote image shows the title when there is no quote: the same.
    chinese = "为什么我在护理行业工作了十二年后转向数据工程" * 13
    square = render_square(replace(spec, title=chinese, quote=""))
    cut = [w for w in square.warnings if w.startswith("title is too long for the quote image")]
    assert len(cut) == 1 and len(cut[0]) < 200, square.warnings
    # A title that fits says nothing.
    assert render_card(spec).warnings == ()


def test_a_quote_cut_to_fit_the_card_says_so(spec):
    result = render_card(replace(spec, quote=LONG_TITLE))
    assert any(w.startswith("quote is too long for the card") for w in result.warnings)
    # A theme card begins its theme's description, the theme page's text, and
    # names no "quote": no warning there (themes.yml has no quote to shorten).
    theme = replace(spec, title="Techniek & data", quote=LONG_TITLE * 3, kind="theme")
    assert not [w for w in render_card(theme).warnings if "too long" in w]


def test_a_long_name_beside_the_portrait_takes_two_lines_not_an_ellipsis(spec, png_layout):
    # A Dutch double surname of 36 characters was "Anne-Marie van den…" on the
    # card every share shows: the name column beside the portrait is 300 px.
    long = replace(spec, author_name="Anne-Marie van den Heuvel-Verstappen")
    plan = plan_card(long, png_layout)
    name, role = plan.texts["name"], plan.texts["role"]
    assert not name.block.truncated and len(name.block.lines) == 2
    drawn = "".join(name.block.prepared.clusters)
    assert drawn == "Anne-Marie van den Heuvel-Verstappen"
    assert name.box.y + name.block.height <= role.box.y  # the role moves down, no overlap
    assert role.box.bottom < 630 - 60  # above the footer's bottom margin
    assert render_card(long, png_layout).warnings == ()
    # A name that fits on one line stays on one line, where it was.
    short = plan_card(spec, png_layout)
    assert len(short.texts["name"].block.lines) == 1
    assert short.texts["role"].box.y == short.texts["name"].box.y + 42


def test_a_role_cut_to_fit_the_card_says_so(spec):
    role = "Senior medewerker klantenservice zakelijke markt en grootzakelijke accounts Benelux"
    result = render_card(replace(spec, author_role=role))
    assert any(w.startswith("role is too long for the card") for w in result.warnings), result


def test_a_speaker_or_footer_title_cut_to_fit_says_so(spec):
    # The quote's speaker (one line under the quote) and, on a square with
    # no person, the title in its footer (one line) ended in "…" and the
    # build said nothing, where a cut title or quote warns.
    who = "Joost Hart, teamleider klantenservice zakelijke markt en grootzakelijke accounts Benelux"
    said = replace(spec, quote_by=who)
    for result, where in ((render_card(said), "card"), (render_square(said), "quote image")):
        cut = [w for w in result.warnings if w.startswith("quote's speaker is too long")]
        assert len(cut) == 1 and f"for the {where}:" in cut[0], result.warnings
        ending = cut[0].split('"')[1]
        assert ending[1:-1] in who and not who.endswith(ending[1:-1])
        assert f"of {len(who)} characters shown" in cut[0]  # the "— " is the card's
    # No person (an anonymised story shows its role there): the title instead.
    anonymous = replace(spec, author_name=None, author_role=None, title=LONG_TITLE[:90])
    square = render_square(anonymous)
    cut = [w for w in square.warnings if w.startswith("title is too long for the quote image")]
    assert len(cut) == 1, square.warnings
    # A speaker and a footer title that fit say nothing.
    assert render_square(replace(spec, quote_by="Joost Hart")).warnings == ()
    assert render_square(replace(anonymous, title="Waarom data")).warnings == ()


def test_a_brand_name_cut_on_every_card_is_said_once_by_the_hub_card(spec):
    # "Hoogheemraadschap van Hollands Noorderkwartier" (a Dutch water board) was
    # "Hoogheemraadschap van…" at the foot of every card, and nothing said so.
    name = "Hoogheemraadschap van Hollands Noorderkwartier"
    hub = replace(spec, title="Werken bij ons", quote="", brand_name=name, kind="hub")
    cut = [w for w in render_card(hub).warnings if w.startswith("brand name is too long")]
    assert len(cut) == 1 and '"Hoogheemraadschap van…"' in cut[0], cut
    assert "PODIUM_BRAND" in cut[0] and '"logo" (a wordmark)' in cut[0]
    # With an icon logo set already, a shorter name is the advice.
    with_icon = render_card(replace(hub, logo_path=spec.portrait_path)).warnings
    assert [w for w in with_icon if w.startswith("brand name is too long")] == [
        cut[0].replace(' or a "logo" (a wordmark)', "")
    ]
    # Said once, on the hub's card: a story's card draws the same box, silently.
    story = replace(spec, brand_name=name)
    assert not [w for w in render_card(story).warnings if "brand" in w]
    assert render_card(replace(hub, brand_name="Acme Zorg")).warnings == ()


@pytest.mark.parametrize(("mark", "word"), [("\u0301", "Anna"), ("\u0e49", "ทดสอบ")])
def test_a_combining_mark_first_in_a_title_is_drawn_on_the_card(mark, word):
    # A stray accent pasted before the first letter ("\u0301Anna") has nothing
    # to sit on: it hung left of the title's box and was cut off, the card the
    # same as without it (and outside the name's line on the right); now it is
    # drawn on a no-break space, as Unicode shows a mark alone.
    def pixels(title):
        spec = CardSpec(title=f"{title} werkt hier", author_name=None, kind="interview")
        return decode(render_card(spec).data).convert("L")

    assert ImageChops.difference(pixels(mark + word), pixels(word)).getbbox() is not None


def test_a_mark_no_font_has_first_in_a_title_is_named_itself():
    # Put on a no-break space to be drawn (above), a mark no font has was named
    # as that space: "no font has a glyph for U+00A0 \xa0\u1ac1".
    spec = CardSpec(title="\u1ac1Anna werkt hier", author_name=None, kind="interview")
    result = render_card(spec)
    assert result.missing_glyphs == ("\u1ac1",)
    assert result.warnings == (
        "no font draws the combining mark U+1AC1 \u1ac1 with its letter; left off the card",
    )


@pytest.mark.parametrize("title", ["﷽ Welkom bij ons team", "Welkom ﷽"])
def test_a_glyph_the_bold_font_cannot_rasterise_is_drawn_regular(spec, title):
    # Noto Sans Arabic's bold instance draws no ﷽ (U+FDFD): FreeType's "raster
    # overflow" ended the build with a traceback. It is drawn at the regular
    # weight, not left out.
    result = render_card(replace(spec, title=title))
    assert result.missing_glyphs == () and result.warnings == ()
    assert render_square(replace(spec, title=title)).missing_glyphs == ()


@pytest.mark.parametrize("title", ["𝐖𝐞𝐫𝐤𝐞𝐧 𝐛𝐢𝐣 𝐨𝐧𝐬", "𝘞𝘦𝘳𝘬𝘦𝘯 bij ons", "Werken bij ons in 𝟮𝟬𝟮𝟰"])
def test_mathematical_bold_letters_from_social_media_are_drawn_as_letters(spec, title):
    # No shipped font has U+1D400-U+1D7FF: "𝐖𝐞𝐫𝐤𝐞𝐧 𝐛𝐢𝐣 𝐨𝐧𝐬", pasted from a
    # LinkedIn post, was replaced by the hub's name with a warning.
    plan = plan_card(replace(spec, title=title), CardLayout())
    assert "".join(plan.texts["headline"].block.prepared.clusters).startswith("Werken bij ons")
    result = render_card(replace(spec, title=title))
    assert result.missing_glyphs == () and result.warnings == ()


def test_a_card_draws_the_portrait_only_from_the_bytes_the_read_step_checked(
    spec, png_layout, tmp_path
):
    """A card worker opened the photo in content/ with a plain open (past the
    hard-link check) and drew whatever it held then, never compared with the
    digest the read step checked and the card's name was made from."""
    import hashlib
    import os

    from podium_cards.plugin import PhotoChanged, _render

    content = tmp_path / "content"
    (content / "images").mkdir(parents=True)
    photo = make_portrait(content / "images" / "anna.jpg")
    drawn = replace(spec, portrait_path=photo)
    sha = hashlib.sha256(photo.read_bytes()).digest()
    checked = {str(photo): (str(content), "images/anna.jpg", sha)}
    assert _render(("card", drawn, png_layout, tmp_path / "a.png", checked)) == ()
    from podium_cards import portrait

    portrait._square.cache_clear()  # the plain drawing decodes the photo itself
    portrait._portrait.cache_clear()
    with Image.open(tmp_path / "a.png") as card:  # the same pixels as the plain drawing
        assert card.tobytes() == decode(render_card(drawn, png_layout).data).tobytes()

    make_portrait(photo, size=(800, 800))  # replaced after the read step checked it
    with pytest.raises(PhotoChanged, match="changed while the build ran"):
        _render(("card", drawn, png_layout, tmp_path / "b.png", checked))
    assert not (tmp_path / "b.png").exists()  # no card under the checked photo's name

    os.link(photo, tmp_path / "elsewhere.jpg")  # a name outside content/
    checked[str(photo)] = (
        str(content),
        "images/anna.jpg",
        hashlib.sha256(photo.read_bytes()).digest(),
    )
    with pytest.raises(PhotoChanged, match="hard link"):
        _render(("card", drawn, png_layout, tmp_path / "c.png", checked))
