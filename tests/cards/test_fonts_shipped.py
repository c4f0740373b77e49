"""Cards draw every script with fonts that come with the project, never the host's.

Issue 13's "done when": a story titled in Chinese, Japanese, Arabic, Hebrew,
Russian, Greek, Turkish and emoji gets a card with its headline and its
author's name drawn, on a machine without any system Noto fonts.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import ImageChops

from podium_cards import (
    CardLayout,
    fonts,
    plan_card,
    plan_square,
    render_card,
    render_square,
)
from podium_cards.fonts import DEFAULT_FALLBACKS, THEME_FONTS, FallbackFont
from podium_testkit import run_podium

from .conftest import decode

STORIES = {
    "Chinese": ("我为什么从会计转行做数据工程", "王晓明"),
    "Japanese": ("私がデータの仕事を選んだ理由", "山田花子"),
    "Arabic": ("لماذا انتقلت إلى هندسة البيانات", "سارة أحمد"),
    "Hebrew": ("למה עברתי להנדסת נתונים", "דנה כהן"),
    "Russian": ("Почему я перешла в инженеры данных", "Анна Иванова"),
    "Greek": ("Γιατί άλλαξα καριέρα στα δεδομένα", "Μαρία Παπαδοπούλου"),
    "Turkish": ("Neden veri mühendisliğine geçtim", "Ayşe Yılmaz"),
    "emoji": ("Ons team 👩🏽‍💻🚀🎉 groeit", "Sam 😀 de Wit"),
}


def _diff(a: bytes, b: bytes):
    return ImageChops.difference(decode(a), decode(b)).getbbox()


@pytest.mark.parametrize("script", STORIES)
@pytest.mark.parametrize("with_portrait", [True, False])
def test_every_script_gets_its_headline_and_author_drawn(script, with_portrait, spec, png_layout):
    title, author = STORIES[script]
    story = replace(
        spec,
        title=title,
        author_name=author,
        quote="",
        portrait_path=spec.portrait_path if with_portrait else None,
    )
    result = render_card(story, png_layout)
    # Without libfribidi (no raqm) a right-to-left card says so; nothing else may warn.
    assert result.missing_glyphs == ()
    assert [w for w in result.warnings if "without raqm" not in w] == []
    plan = plan_card(story, png_layout)
    assert plan.texts["headline"].block.lines and plan.texts["name"].block.lines
    # Drawn for real: the pixels change inside the headline's and the name's boxes.
    no_title = render_card(replace(story, title=""), png_layout).data
    bbox = _diff(result.data, no_title)
    assert bbox is not None
    head = plan.headline_box
    assert head.x <= bbox[0] and head.y <= bbox[1] and bbox[2] <= head.right
    no_name = render_card(replace(story, author_name="x"), png_layout).data
    name_box = plan.texts["name"].box
    bbox = _diff(result.data, no_name)
    assert bbox is not None and name_box.y <= bbox[1] and bbox[3] <= name_box.bottom
    square = render_square(story, png_layout)
    assert square.missing_glyphs == ()


def test_no_fallback_comes_from_the_host():
    """Every face is in theme/fonts or an installed Python package; none in /usr/share."""
    layout = CardLayout()
    for style in ("regular", "semibold", "bold", "italic"):
        chain = layout.chain(style)
        # Nothing was skipped: every fallback the project names is installed.
        assert len(chain) == 1 + len(DEFAULT_FALLBACKS)
        for face in chain:
            path = Path(face.path).resolve()
            assert not str(path).startswith(("/usr/share", "/usr/local/share", "/etc/fonts"))
            assert path.is_relative_to(THEME_FONTS) or "site-packages" in path.parts


def test_font_bytes_are_part_of_the_card_hash(tmp_path):
    regular = tmp_path / "Fallback.ttf"
    shutil.copyfile(fonts.NOTO / "NotoSansHebrew[wght].ttf", regular)
    layout = replace(CardLayout(), fallback_fonts=(FallbackFont(regular),))
    before = layout.fingerprint()
    data = bytearray(regular.read_bytes())
    data[-1] ^= 0xFF
    regular.write_bytes(bytes(data))
    os.utime(regular, ns=(1, 1))  # a new mtime, so the digest cache sees a new file
    assert layout.fingerprint() != before
    # Moving the same bytes elsewhere does not re-render anything.
    moved = tmp_path / "elsewhere" / "Fallback.ttf"
    moved.parent.mkdir()
    shutil.copyfile(regular, moved)
    assert replace(layout, fallback_fonts=(FallbackFont(moved),)).fingerprint() == (
        layout.fingerprint()
    )


def test_a_package_font_is_known_by_its_record_hash_which_is_its_bytes_hash(tmp_path):
    emoji = fonts.NOTO / "NotoEmoji[wght].ttf"
    recorded = fonts._recorded()
    assert str(emoji.resolve()) in recorded  # read from RECORD, not hashed
    assert fonts.file_digest(emoji) == hashlib.sha256(emoji.read_bytes()).hexdigest()
    # A copy outside the package (same bytes) is hashed and gets the same digest.
    copy = tmp_path / "NotoEmoji.ttf"
    shutil.copyfile(emoji, copy)
    assert fonts.file_digest(copy) == fonts.file_digest(emoji)


def test_a_package_font_replaced_with_other_bytes_is_hashed_again(tmp_path, monkeypatch):
    fake = tmp_path / "Font.ttf"
    fake.write_bytes(b"not the recorded font")
    # As if RECORD listed this file with other contents and size.
    monkeypatch.setattr(fonts, "_recorded", lambda: {str(fake.resolve()): (999, "0" * 64)})
    assert fonts.file_digest(fake) == hashlib.sha256(b"not the recorded font").hexdigest()


def test_a_fallback_is_read_only_when_a_character_needs_it(spec, png_layout, tmp_path, monkeypatch):
    """A Latin card never opens the fallbacks (loading all 25 took 2 s of a
    build that rendered one card); a Hebrew name opens the Hebrew one."""
    hebrew = tmp_path / "Hebrew.ttf"  # a path of its own: nothing cached about it
    shutil.copyfile(fonts.NOTO / "NotoSansHebrew[wght].ttf", hebrew)
    layout = replace(png_layout, fallback_fonts=(FallbackFont(hebrew),))
    opened: list[str] = []
    real = fonts.coverage
    monkeypatch.setattr(fonts, "coverage", lambda path, i=0: opened.append(path) or real(path, i))
    render_card(spec, layout)
    assert str(hebrew) not in opened
    render_card(replace(spec, author_name="דנה כהן"), layout)
    assert opened.count(str(hebrew)) == 1


def test_an_unreadable_fallback_is_skipped_like_an_absent_one(spec, png_layout, tmp_path):
    broken = tmp_path / "Broken.ttf"
    broken.write_bytes(b"\x00\x01\x00\x00" + b"garbage" * 100)
    good = fonts.NOTO / "NotoSansHebrew[wght].ttf"
    layout = replace(png_layout, fallback_fonts=(FallbackFont(broken), FallbackFont(good)))
    story = replace(spec, author_name="דנה כהן")
    plan = plan_card(story, layout)
    faces = {f.path for f in plan.texts["name"].block.prepared.faces if f}
    assert faces == {str(good)}
    assert decode(render_card(story, layout).data).size == (1200, 630)


def test_bold_comes_from_the_variable_weight_axis(png_layout):
    cjk = DEFAULT_FALLBACKS[1]
    regular, bold = cjk.face(False), cjk.face(True)
    assert regular.path == bold.path and (regular.weight, bold.weight) == (400, 700)
    thin = fonts.load(regular, 64).getmask("中").getbbox()
    thick = fonts.load(bold, 64).getmask("中").getbbox()
    ink = [sum(fonts.load(f, 64).getmask("中")) for f in (regular, bold)]
    assert thin and thick and ink[1] > ink[0] * 1.2, "bold should carry visibly more ink"


# -- no silent blank cards ------------------------------------------------


def test_a_title_nothing_can_draw_falls_back_to_the_hub_name(spec, png_layout):
    bare = replace(png_layout, fallback_fonts=())  # Inter only: no Chinese
    story = replace(spec, title="我为什么转行做数据工程", brand_name="Helder Energie")
    plan = plan_card(story, bare)
    assert "".join(plan.texts["headline"].block.prepared.clusters) == "Helder Energie"
    result = render_card(story, bare)
    title_warnings = [w for w in result.warnings if w.startswith("title cannot be drawn")]
    assert len(title_warnings) == 1
    assert "U+6211 我" in title_warnings[0] and "hub's name" in title_warnings[0]
    assert all("\n" not in w for w in result.warnings)
    # The square falls back the same way (its body is the quote, the title goes below).
    square = plan_square(replace(story, quote=""), bare)
    assert "".join(square.texts["headline"].block.prepared.clusters) == "Helder Energie"


def test_a_quote_nothing_can_draw_leaves_no_lone_quote_mark(spec, png_layout):
    bare = replace(png_layout, fallback_fonts=())  # Inter only: no Chinese
    story = replace(spec, quote="我在这里每天帮助成千上万的人")
    plan = plan_card(story, bare)
    # Neither the quote nor its mark: the headline has the room to itself.
    assert "quote" not in plan.texts and "mark" not in plan.texts
    assert plan.headline_box == plan_card(replace(story, quote=""), bare).headline_box
    result = render_card(story, bare)
    assert [w for w in result.warnings if "U+6211 我" in w] == [
        next(w for w in result.warnings if w.startswith("quote cannot be drawn"))
    ]
    assert "left off the card" in result.warnings[0]
    # The square's body is the quote: it shows the title instead of a blank square.
    square = plan_square(story, bare)
    assert "".join(square.texts["headline"].block.prepared.clusters) == story.title
    warnings = render_square(story, bare).warnings
    assert any(w.startswith("quote cannot be drawn") and "title instead" in w for w in warnings)


def test_letters_with_marks_no_font_has_are_named_once(spec):
    # Thaana (no shipped font) writes a vowel mark on nearly every letter: the
    # title's and the name's characters were named again by a third warning,
    # on the title's line, as "U+078B ދި" was looked for in "U+078B U+07A8 ދި".
    story = replace(spec, title="ދިވެހި ރާއްޖޭގެ ޓީމު", author_name="ތޯމަސް ކޮވަލްޗިކް")
    warnings = render_card(story).warnings
    assert [w.split(":")[0] for w in warnings] == [
        "title cannot be drawn",
        "author name cannot be drawn",
    ]
    assert "U+078B U+07A8 ދި" in warnings[0] and "U+078C U+07AF ތޯ" in warnings[1]


def test_an_author_name_nothing_can_draw_is_left_off_with_a_warning(spec, png_layout):
    bare = replace(png_layout, fallback_fonts=())
    story = replace(spec, author_name="דנה כהן", portrait_path=None)
    plan = plan_card(story, bare)
    assert "name" not in plan.texts and "role" in plan.texts
    result = render_card(story, bare)
    assert any(
        w.startswith("author name cannot be drawn") and "U+05D3 ד" in w for w in result.warnings
    )


def test_one_missing_symbol_keeps_the_title(spec, png_layout):
    # U+0378: unassigned, so no font has it (U+10FFFD, private use, has its own warning).
    story = replace(spec, title="Waarom ik overstapte \u0378 naar data")
    plan = plan_card(story, png_layout)
    assert "overstapte" in "".join(plan.texts["headline"].block.prepared.clusters)
    result = render_card(story, png_layout)
    assert result.warnings == ("no font has a glyph for U+0378 \u0378; left off the card",)


# -- right-to-left names sit where left-to-right ones do ---------------------


@pytest.mark.parametrize("name", ["سارة أحمد", "דנה כהן", "Sanne de Vries"])
def test_a_name_without_portrait_sits_at_the_right_edge_above_its_role(name, spec, png_layout):
    story = replace(spec, author_name=name, portrait_path=None, quote="")
    drawn = render_card(story, png_layout).data
    # Only the name differs between the two cards, so the changed pixels are the name.
    bbox = _diff(drawn, render_card(replace(story, author_name="x"), png_layout).data)
    role = plan_card(story, png_layout).texts["role"]
    role_bbox = _diff(drawn, render_card(replace(story, author_role="x"), png_layout).data)
    assert bbox is not None and role_bbox is not None
    # Flush with the role's right edge (the card's right margin), a line above it.
    assert abs(bbox[2] - role_bbox[2]) <= 3, (bbox, role_bbox)
    assert bbox[2] >= role.box.right - 3 and bbox[0] > 600
    assert bbox[3] <= role_bbox[1] + 4


@pytest.mark.parametrize("name", ["سارة أحمد", "דנה כהן", "Sanne de Vries"])
@pytest.mark.parametrize("role", ["Data engineer", "مهندسة بيانات"])
@pytest.mark.parametrize("with_portrait", [True, False])
def test_a_name_on_the_square_sits_at_the_left_above_its_role(name, role, with_portrait, spec):
    layout = replace(CardLayout(), format="png")
    story = replace(spec, author_name=name, author_role=role,
                    portrait_path=spec.portrait_path if with_portrait else None)  # fmt: skip
    drawn = render_square(story, layout).data
    # Blanked, not replaced: only the name's (the role's) own pixels differ.
    bbox = _diff(drawn, render_square(replace(story, author_name=" "), layout).data)
    role_bbox = _diff(drawn, render_square(replace(story, author_role=" "), layout).data)
    box = plan_square(story, layout).texts["name"].box
    assert bbox is not None and role_bbox is not None
    # Like a left-to-right name: at the left of its box (beside the portrait),
    # starting where its role starts, a line above it.
    assert bbox[0] <= box.x + 8 and abs(bbox[0] - role_bbox[0]) <= 8, (bbox, role_bbox)
    assert bbox[3] <= role_bbox[1] + 4


# -- every warning is one line -------------------------------------------------


def test_log_lines_are_never_wrapped():
    from podium_cli.cli import OneLineFormatter

    fmt = OneLineFormatter()
    long = "content/x.md: warning: card: title cannot be drawn: " + "U+10FFFD \U0010fffd, " * 40

    def record(msg, level=logging.WARNING):
        return logging.LogRecord("t", level, __file__, 1, msg, None, None)

    assert fmt.format(record(long)) == " ".join(long.split())
    assert fmt.format(record("two\nlines")) == "podium: warning: two lines"


def test_a_logged_path_shows_its_invisible_characters_escaped():
    # "content/images/an\u200bna.jpg: warning: ..." printed the zero-width space
    # raw: the line named anna.jpg, a file that may well be there too.
    from podium_cli.cli import OneLineFormatter

    msg = "content/images/an\u200bna\u00ad.jpg: warning: too small"
    record = logging.LogRecord("t", logging.WARNING, __file__, 1, msg, None, None)
    assert OneLineFormatter().format(record) == (
        "content/images/an\\u200bna\\xad.jpg: warning: too small"
    )


def test_a_card_warning_is_one_line_on_a_narrow_terminal(site):
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(
        story.read_text().replace(
            "title: Waarom ik elke vrijdag om drie uur stop",
            "title: \U0010fffd\U0010fffe\U0010fffd",
        ),
        "utf-8",
    )
    env = {**os.environ, "COLUMNS": "40", "PODIUM_TODAY": "2026-06-01", "TERM": "xterm"}
    proc = run_podium(site, "build", env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if "warning: card:" in ln]
    assert lines, proc.stderr
    # On the line of the field it is about (PATH:LINE), as every warning is.
    assert lines[0].startswith("content/columns/ben-bakker.md:2: warning: card: title cannot be")
    assert "U+10FFFD" in lines[0] and lines[0].endswith("the card shows the hub's name instead")


def _card_warnings(site) -> tuple[list[str], str]:
    """``podium build`` of ``site`` in a process of its own: its card warnings, and
    all it printed."""
    env = {**os.environ, "PODIUM_TODAY": "2026-06-01"}
    proc = run_podium(site, "build", env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if "warning: card:" in ln]
    return lines, proc.stdout + proc.stderr


def test_theme_and_hub_card_warnings_name_the_file_and_line_they_come_from(site):
    # They said "theme tech: warning: card: ..." and "hub: warning: card: ...",
    # no file at all, where every other warning is PATH:LINE.
    themes = site / "content" / "themes.yml"
    themes.write_text(
        themes.read_text().replace('nl: "Techniek & data"', 'nl: "\U0010fffd\U0010fffe"'), "utf-8"
    )
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text().replace(
            '"accent": "#f2b134"}', '"accent": "#f2b134", "tagline": {"nl": "\U0010fffd"}}'
        ),
        "utf-8",
    )
    lines, _ = _card_warnings(site)
    assert any(ln.startswith("content/themes.yml:3: warning: card: title cannot") for ln in lines)
    assert any(ln.startswith("pelicanconf.py:20: warning: card: title cannot") for ln in lines)


def test_a_reused_card_repeats_its_warning(site):
    """CI restores .podium-cache: the nightly build reuses every card. A card that
    shows the hub's name instead of its title must say so on every build, not only
    on the one that drew it, or the warning is gone from the log after one run."""
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(
        story.read_text().replace(
            "title: Waarom ik elke vrijdag om drie uur stop", "title: \U0010fffd\U0010fffe"
        ),
        "utf-8",
    )
    cold, _ = _card_warnings(site)
    warm, log = _card_warnings(site)
    assert cold and "U+10FFFD" in cold[0]
    assert "0 cards rendered" in log  # the card came from the cache
    assert warm == cold


# -- right-to-left without raqm (a machine without libfribidi) ------------------


def test_basic_layout_fallback_orders_and_joins_right_to_left_text():
    assert fonts.visual_basic("שלום", "R") == "םולש"
    assert fonts.visual_basic("Data", "L") == "Data"
    arabic = fonts.visual_basic("سارة", "R")
    # Joined presentation forms (U+FE70-U+FEFF), in visual order: the last letter first.
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in arabic) and len(arabic) == 4
    assert arabic[-1] in "\ufeb3\ufeb1"  # seen: initial or isolated form, at the right


@pytest.mark.skipif(not fonts.has_raqm(), reason="needs raqm to compare against")
@pytest.mark.parametrize("text", ["דנה כהן", "سارة أحمد"])
def test_basic_fallback_draws_what_raqm_draws(text):
    """The fallback's pixels match raqm's closely (raqm also kerns and positions marks).

    Measured on slightly blurred images, as the ink that differs relative to the
    ink drawn: 0.07 (Hebrew) and 0.26 (Arabic) for the fallback, against 0.8 to
    1.4 for the text drawn as stored or merely reversed.
    """
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    face = next(f for f in CardLayout().chain("bold") if fonts.covers(f, ord(text[0])))
    images = []
    for engine, shown, kw in (
        (ImageFont.Layout.RAQM, text, {"direction": "rtl"}),
        (ImageFont.Layout.BASIC, fonts.visual_basic(text, "R"), {}),
    ):
        font = ImageFont.truetype(face.path, 40, index=face.index, layout_engine=engine)
        fonts._set_weight(font, 700)
        im = Image.new("L", (400, 80))
        ImageDraw.Draw(im).text((10, 60), shown, font=font, fill=255, anchor="ls", **kw)
        images.append(im.filter(ImageFilter.BoxBlur(2)))
    a, b = images
    ink = sum(a.get_flattened_data())
    differing = sum(ImageChops.difference(a, b).get_flattened_data())
    assert ink > 0 and differing < 0.4 * ink, differing / ink


@pytest.mark.skipif(not fonts.has_raqm(), reason="needs raqm to compare against")
def test_an_arabic_word_cut_to_fit_keeps_its_joined_forms_at_the_cut():
    """A word wider than the card is cut; its first line must look like that part
    of the word drawn whole (CSS Text: a word broken inside is shaped as if
    whole), not end in a final or isolated letter. Compared pixel by pixel,
    right-aligned, leaving off a few pixels at the cut where the word's next
    letter reaches over: 34 pixels differ by more than a quarter (dots placed
    a pixel apart), where a final form at the cut made 270 to 480 differ."""
    from PIL import Image, ImageDraw

    from podium_cards.paint import Box, draw_block
    from podium_cards.textprep import prepare
    from podium_cards.typeset import fit, run_width

    word = "المستقبليةللمؤسسةالاستراتيجيةالتطويرية"
    chain = CardLayout().chain("bold")
    p = prepare(word, chain)
    face, w = p.faces[0], 1200
    checked = 0
    for box in range(250, 700, 50):
        block = fit(p, chain[0], box, 1000, 40, 40)
        line = block.lines[0]
        if p.clusters[line.end - 1][0] in "اأإآدذرزوؤة":
            continue  # cut after a letter that never joins the next
        checked += 1
        card = Image.new("RGB", (w, 200), (0, 0, 0))
        draw_block(card, block, Box(0, 0, w, 200), (255, 255, 255))
        whole = Image.new("L", (w, 200))
        ImageDraw.Draw(whole).text(
            (w - run_width(face, 40, word, "R"), round(block.ascent)),
            word,
            font=fonts.load(face, 40),
            fill=255,
            anchor="ls",
            direction="rtl",
        )
        area = (int(w - line.width) + 6, 0, w, block.ascent + block.descent)
        diff = ImageChops.difference(card.convert("L").crop(area), whole.crop(area))
        assert sum(diff.histogram()[64:]) < 100, (box, "".join(p.clusters[: line.end]))
    assert checked >= 3


def test_an_arabic_word_cut_after_a_zwnj_is_not_joined_across_it():
    # Persian parts "می" from "خواهم" with a ZWNJ; a cut there must not join
    # "خ" to what comes before, as the ZWJ at a cut between joined letters does.
    from podium_cards.textprep import prepare
    from podium_cards.typeset import level_runs

    chain = CardLayout().chain("bold")
    p = prepare("می\u200cخواهم", chain)
    k = p.clusters.index("ی\u200c") + 1
    assert not level_runs(p, k, len(p))[0][1].startswith("\u200d")
    assert not level_runs(p, 0, k)[-1][1].endswith("\u200d")
    # A cut between two joined letters still joins them: "م" then "ی".
    assert level_runs(p, 0, 1)[-1][1].endswith("\u200d")


def _ink(im):
    return im.crop(im.getbbox())


def _drawn(text: str):
    """``text`` drawn alone in the bold chain at 60 px, as a grey mask."""
    from PIL import Image

    from podium_cards.paint import Box, draw_block
    from podium_cards.textprep import prepare
    from podium_cards.typeset import fit

    chain = CardLayout().chain("bold")
    card = Image.new("RGB", (600, 120), (0, 0, 0))
    draw_block(card, fit(prepare(text, chain), chain[0], 600, 120, 60, 60), Box(0, 0, 600, 120),
               (255, 255, 255))  # fmt: skip
    return card.convert("L")


def _like(part, template) -> float:
    """How far ``part`` is from ``template`` (mean difference of their inks, 0 to 255)."""
    a, b = _ink(part), _ink(template)
    b = b.resize(a.size)
    return sum(ImageChops.difference(a, b).get_flattened_data()) / (a.size[0] * a.size[1])


@pytest.mark.parametrize("text", ["(א)", "(با)"])
def test_brackets_in_right_to_left_text_are_mirrored_without_raqm(text, without_raqm):
    # "(" opens the Hebrew (or Arabic) words on their right: drawn as ")" there,
    # as raqm's HarfBuzz and every browser draw it, never as ")א(".
    line = _ink(_drawn(text))
    opening, closing = _ink(_drawn("(")), _ink(_drawn(")"))
    left = line.crop((0, 0, opening.size[0], line.size[1]))
    right = line.crop((line.size[0] - closing.size[0], 0, line.size[0], line.size[1]))
    assert _like(left, opening) < _like(left, closing) / 3
    assert _like(right, closing) < _like(right, opening) / 3


def test_the_basic_fallback_mirrors_paired_characters():
    assert fonts.visual_basic("שלום (עולם)", "R") == ("(םלוע) םולש")
    assert fonts.visual_basic("[א] {ב} «ג» <ד>", "R") == ("<ד> «ג» {ב} [א]")
    assert fonts.visual_basic("(a)", "L") == "(a)"  # left to right: as written


def test_a_damaged_warnings_record_only_costs_a_render(tmp_path):
    from podium_cards.plugin import _read_warnings

    record = tmp_path / "card-warnings.json"
    for planted in ("{not json", '["a list"]', '{"c.jpg": "one string", "d.jpg": [1]}'):
        record.write_text(planted, "utf-8")
        assert _read_warnings(record) == {}  # every card without a record is drawn again
    record.write_text('{"c.jpg": ["title cannot be drawn"], "d.jpg": []}', "utf-8")
    assert _read_warnings(record) == {"c.jpg": ["title cannot be drawn"], "d.jpg": []}


@pytest.fixture
def without_raqm(monkeypatch):
    """Cards as a machine without libfribidi draws them (Pillow's BASIC layout)."""
    from PIL import ImageFont

    from podium_cards import paint, textprep, typeset

    def clear():
        for module in (fonts, paint, textprep, typeset):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()

    clear()
    monkeypatch.setattr(fonts, "layout_engine", lambda: ImageFont.Layout.BASIC)
    yield
    monkeypatch.undo()
    clear()  # no BASIC font or width may outlive the test


@pytest.mark.parametrize(
    ("title", "script"),
    [("मैंने डेटा इंजीनियरिंग क्यों चुनी", "Devanagari"), ("ကျွန်ုပ်တို့အဖွဲ့", "Myanmar")],
)
def test_a_script_that_needs_shaping_warns_without_raqm(title, script, spec, png_layout,
                                                        without_raqm):  # fmt: skip
    # BASIC draws each letter as stored: the vowel sign of "िं" after its consonant
    # instead of before, "क्य" with a visible virama instead of its half form.
    result = render_card(replace(spec, title=title, quote=""), png_layout)
    said = [w for w in result.warnings if "without raqm" in w]
    assert len(said) == 1 and script in said[0], result.warnings
    latin = render_card(replace(spec, quote=""), png_layout)
    assert latin.warnings == ()


def test_emoji_sequences_drawn_without_raqm_are_named_in_a_warning(spec, png_layout,
                                                                   without_raqm):  # fmt: skip
    # Noto Emoji joins a flag's two letters, a ZWJ family or a skin tone by its
    # ligatures, which only a shaper applies: BASIC drew "🇳🇱" as "N L" and
    # "👩‍💻" as a woman beside a laptop, with no word.
    title = "Trots op ons team 🇳🇱 👩‍💻 👍🏽 🎉"
    result = render_card(replace(spec, title=title, quote=""), png_layout)
    said = [w for w in result.warnings if w.startswith("emoji")]
    assert said == [
        "emoji 🇳🇱 👩‍💻 👍🏽 drawn without raqm (libfribidi is missing): each is shown"
        " as its parts (a flag as two letters); install libfribidi (libfribidi0)"
    ], result.warnings
    single = render_card(replace(spec, title="Trots op ons team 🎉 ❤️", quote=""), png_layout)
    assert single.warnings == ()  # one character each: drawn right


def test_a_title_of_only_invisible_characters_falls_back_to_the_hub_name(spec, png_layout):
    # Word joiner, zero-width joiner, Hangul filler: every font maps them, none draws them.
    story = replace(spec, title="\u2060\u200d\u3164", brand_name="Helder Energie")
    plan = plan_card(story, png_layout)
    assert "".join(plan.texts["headline"].block.prepared.clusters) == "Helder Energie"
    result = render_card(story, png_layout)
    assert [w for w in result.warnings if w.startswith("title")] == [
        "title has only invisible characters (U+2060 \u2060, U+200D \u200d, U+3164 \u3164);"
        " the card shows the hub's name instead"
    ]
    # An author name of them is left off, as one no font has.
    plan = plan_card(replace(spec, author_name="\u200b\u2060", portrait_path=None), png_layout)
    assert "name" not in plan.texts


def test_a_card_warning_names_the_line_of_the_field_it_is_about(spec):
    from podium_cards.plugin import _warning_line

    lines = {"title": 2, "author": 4, "photo": 9, "quote": 12}
    odd = replace(spec, author_role="Data \U000f0000 engineer", author_name="Sanne \U0010fffd")
    assert _warning_line("title has only invisible characters (U+200B)", odd, lines) == 2
    assert _warning_line("portrait x.jpg left off the card: damaged", odd, lines) == 9
    assert _warning_line("author name cannot be drawn: no font has U+10FFFD", odd, lines) == 4
    # Characters no font has: the first field that holds one (the role: no line of its own).
    assert _warning_line("no font has a glyph for U+F0000 \U000f0000; left off", odd, lines) == 1
    assert _warning_line("no font has a glyph for U+10FFFD \U0010fffd; left off", odd, lines) == 4


def test_a_card_warning_about_a_quote_from_the_body_names_the_blockquotes_line(site):
    # The pull quote came from the story's blockquote (no "quote" field), and a
    # warning about it or its speaker (a name no font draws, or one cut to
    # fit) was said on line 1, the front matter's fence.
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text("utf-8").replace(
        "op een drukke dag.\n", "op een drukke dag.\n>\n> — \U000f0000\U000f0001\n"
    )
    story.write_text(text, "utf-8")
    lines, _ = _card_warnings(site)
    said = [ln for ln in lines if "quote's speaker" in ln]
    assert said and all(
        ln.startswith("content/columns/ben-bakker.md:12: warning: card: ") for ln in said
    ), lines


def _glyph_ids(face, text: str) -> list[int]:
    from podium_cards.fonts import _shaped

    return sorted(info.codepoint for info in _shaped(face, text, "R")[2].glyph_infos)


@pytest.mark.usefixtures("raqm")
@pytest.mark.parametrize(
    "word",
    [
        "المستقبليةللمؤسسةالاستراتيجية",
        "پێشکەوتنەکانیتەکنەلۆژیاوئەندازیاریڵێڵێ",
        "ښوونځيپښتونخواټولنهګټښځګټښځ",
        "ݐݑݒݓݐݑݒݓݐݑݒݓݐݑݒݓ",
    ],
)
def test_a_kurdish_or_pashto_word_cut_to_fit_keeps_its_joined_forms(word):
    # Letters the reshaper's table lacks (Kurdish ە ێ ڵ, Pashto ښ ټ ځ ګ, the
    # Arabic Supplement's) were taken for letters that never join: cut after
    # one, a word's line ended in its isolated form, and the cut was chosen
    # with its letters measured alone, a quarter wider than the word is drawn
    # (524 px for 415). Each line must have the glyphs of its part of the word
    # shaped whole.
    from podium_cards.graphemes import ZWJ
    from podium_cards.textprep import prepare
    from podium_cards.typeset import fit, runs

    chain = CardLayout().chain("bold")
    p = prepare(word, chain)
    face = p.faces[0]
    _font, _upem, buf = fonts._shaped(face, word, "R")
    offsets = [len("".join(p.clusters[:k])) for k in range(len(p) + 1)]
    invisible = _glyph_ids(face, ZWJ)
    for box in range(150, 500, 10):
        for line in fit(p, chain[0], box, 1000, 40, 40).lines:
            (_f, text, _d), *_ = runs(p, line.start, line.end)
            drawn = _glyph_ids(face, text)
            for glyph in invisible * text.count(ZWJ):
                drawn.remove(glyph)
            a, b = offsets[line.start], offsets[line.end]
            whole = sorted(i.codepoint for i in buf.glyph_infos if a <= i.cluster < b)
            assert drawn == whole, (box, "".join(p.clusters[line.start : line.end]))
