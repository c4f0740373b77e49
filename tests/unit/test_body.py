from __future__ import annotations

import re

import pytest

from podium.linktext import VAGUE_LINK_TEXT
from podium.markup import shift_headings
from podium_read.body import (
    Renderer,
    derive_quote,
    derive_summary,
    sanitize,
    split_questions,
)


def test_split_questions_ignores_headings_in_code_and_level_three():
    source = "Intro\n\n## Eén?\n\nA1\n\n```\n## not a question\n```\n\n### Sub\n\n## Twee?\nA2"
    intro, pairs = split_questions(source)
    assert intro.strip() == "Intro"
    assert [q for q, _a, _n in pairs] == ["Eén?", "Twee?"]
    assert "## not a question" in pairs[0][1]


def test_a_question_underlined_with_dashes_is_a_question_too():
    """A level-2 heading (contract §2) may be written "Setext" style, the
    question underlined with dashes, as Word exported through pandoc writes
    it: that question was left in the intro as a plain heading, its answer
    with it, and only the ## questions after it were questions."""
    source = (
        "Intro.\n\nWat doe je precies?\n-------------------\n\nIk bouw software.\n\n"
        "## Wat was lastig?\n\nDe eerste maand.\n\nEen regel\nen nog een\n---\n\nDan."
    )
    intro, pairs = split_questions(source)
    assert intro.strip() == "Intro."
    assert [(q, n) for q, _a, n in pairs] == [("Wat doe je precies?", 2), ("Wat was lastig?", 7)]
    assert pairs[0][1].strip() == "Ik bouw software."
    # A line of dashes under a paragraph of two lines is a rule, as Markdown reads it.
    assert "---" in pairs[1][1]
    body = Renderer().render(source, "interview", "x.md", 8)
    assert [str(qa.question) for qa in body.qa] == ["Wat doe je precies?", "Wat was lastig?"]
    assert str(body.qa[0].answer) == "<p>Ik bouw software.</p>"


def test_interview_render_structure():
    body = Renderer().render("Intro.\n\n## Wat *doe* je?\n\nIk werk.\n", "interview", "x.md", 8)
    assert str(body.intro) == "<p>Intro.</p>"
    assert body.qa[0].id == "c-wat-doe-je"
    assert str(body.qa[0].question) == "Wat <em>doe</em> je?"
    assert str(body.qa[0].answer) == "<p>Ik werk.</p>"
    assert '<h2 id="c-wat-doe-je">' in body.html
    assert body.headings == ["Wat doe je?"]


@pytest.mark.parametrize(
    "question", ["Wat doet {x} hier?", "Vraag {{7*7}}", "Vraag {% raw %}", "Kop {: onclick=x}"]
)
def test_a_question_holding_braces_stays_a_question(question):
    """The question went into the intro, with the build's own marker
    ("Vraag {{7*7}} {#pq1f2e...-1}") on the page and in its description."""
    source = f"Intro.\n\n## {question}\n\nEen antwoord.\n\n## Tweede vraag\n\nNog een.\n"
    body = Renderer().render(source, "interview", "x.md", 8)
    assert [str(qa.answer) for qa in body.qa] == ["<p>Een antwoord.</p>", "<p>Nog een.</p>"]
    assert "pq" not in str(body.html) and "{#" not in str(body.html)
    assert str(body.intro) == "<p>Intro.</p>"


def test_sanitize_removes_scripts_handlers_and_dangerous_urls():
    dirty = (
        '<p onclick="x()">hi<script>alert(1)</script></p><a href="javascript:alert(1)">a</a>'
        '<img src="data:image/png;base64,xx" alt="x"><iframe src="https://evil"></iframe>'
        '<style>body{}</style><a href="https://example.com">ok</a>'
    )
    clean = sanitize(dirty)
    for bad in ("onclick", "<script", "javascript:", "data:", "<iframe", "<style"):
        assert bad not in clean
    assert 'href="https://example.com"' in clean
    assert 'rel="noopener noreferrer"' in clean


def test_summary_and_quote_are_derived_and_distinct():
    text = (
        "## Vraag?\n\nIk werk hier sinds twee jaar als monteur in Zwolle. "
        "Elke dag leer ik iets nieuws van mijn collega's op de bus. Wat wil je nog meer?"
    )
    body = Renderer().render(text, "interview", "x.md", 1)
    summary = derive_summary(body)
    assert summary.startswith("Ik werk hier")
    quote = derive_quote(body, avoid=summary[:60])
    assert quote == "Elke dag leer ik iets nieuws van mijn collega's op de bus."


def test_a_derived_quote_is_one_sentence_of_one_block():
    """A list's items and the paragraph under them ran together into one
    "sentence" of the right length, which the page and the card put in the
    writer's mouth as her quote."""
    text = (
        "My first winter was cold.\n\n- Day one: safety training\n- Day two: first install\n\n"
        "Read more on our site or mail jobs@example.com."
    )
    body = Renderer().render(text, "column", "x.md", 1)
    assert derive_quote(body) == "Read more on our site or mail jobs@example.com."
    # A paragraph that ends without a full stop does not run into the next either
    # (it ran "... heel vroeg Daarna leerde ...": 17 words, one sentence).
    text = (
        "Onze eerste dag op de werf begon heel vroeg\n\n"
        "Daarna leerde ik lassen van de beste collega's hier."
    )
    body = Renderer().render(text, "column", "x.md", 1)
    assert derive_quote(body) == "Onze eerste dag op de werf begon heel vroeg"


def test_blockquote_is_the_preferred_quote():
    body = Renderer().render("Tekst.\n\n> Rust is ook werk, zei ze.\n", "column", "x.md", 1)
    assert derive_quote(body) == "Rust is ook werk, zei ze."


@pytest.mark.parametrize(
    ("source", "line"),
    [
        ("Tekst.\n\n> Rust is ook werk, zei ze.\n>\n> — Joost Hart\n", 12),
        ("```\n> geen citaat\n```\n\nTekst.\n\n- > In een lijst.\n", 16),
        ("Tekst.\n\n<blockquote>Rust.</blockquote>\n", 12),
        ("Tekst zonder citaat.\n", None),
    ],
)
def test_the_first_blockquote_keeps_its_line_in_the_file(source, line):
    # For a card's warning about the pull quote taken from it: it was line 1.
    assert Renderer().render(source, "column", "x.md", 10).blockquote_line == line


def test_reading_time():
    body = Renderer().render("woord " * 660, "column", "x.md", 1)
    assert body.reading_minutes == 3


def test_an_image_without_alt_text_is_a_warning_on_its_line():
    text = (
        "Intro.\n\n"
        "![Het team op het dak](https://example.org/a.jpg)\n\n"
        "![](https://example.org/b.jpg)\n\n"
        '<img src="https://example.org/c.jpg" alt="  ">\n'
    )
    body = Renderer(image_hosts=("example.org",)).render(text, "column", "x.md", 10)
    warnings = [i for i in body.issues if i.severity == "warning"]
    assert [(i.line, i.message.split(";")[0]) for i in warnings] == [
        (14, 'image "https://example.org/b.jpg" has no alt text'),
        (16, 'image "https://example.org/c.jpg" has no alt text'),
    ]
    assert not [i for i in body.issues if i.severity == "error"]


@pytest.mark.parametrize(
    "alt",
    [
        "IMG_2034.jpg",
        "foto",
        "image",
        "Afbeelding 2",
        "DSC_0001",
        "PXL_20260301_102213456",
        "screenshot 2026-03-01 om 10.22.13",
        "Screenshot_20260301-102213",
        "team dak.png",
        "team-dak-2026",
    ],
)
def test_alt_text_that_is_a_file_name_or_a_word_for_a_picture_is_a_warning(alt):
    # ![IMG_2034.jpg](...) passed silently: only empty alt text was warned of,
    # and a screen reader read the file name out instead of what the photo shows.
    text = f"Intro.\n\n![{alt}](https://example.org/team-dak-2026.jpg)\n"
    body = Renderer(image_hosts=("example.org",)).render(text, "column", "x.md", 10)
    [warning] = [i for i in body.issues if i.severity == "warning"]
    assert warning.line == 12
    assert warning.message.startswith('image "https://example.org/team-dak-2026.jpg" has alt')
    assert "say what it shows" in warning.message
    assert "\n" not in warning.message


@pytest.mark.parametrize(
    "alt", ["Anna aan het werk", "Team", "Foto van Anna op het dak", "Screenshot van de app"]
)
def test_short_real_alt_text_is_no_warning(alt):
    text = f"![{alt}](https://example.org/team.jpg)\n"
    body = Renderer(image_hosts=("example.org",)).render(text, "column", "x.md", 10)
    assert body.issues == []


def test_an_http_image_on_an_allowed_host_is_told_to_use_https():
    # PODIUM_IMAGE_HOSTS = ["img.example.com"] (the README: "hosts whose https://
    # images a story may show"): an http:// image there was refused with "add its
    # host to setting PODIUM_IMAGE_HOSTS", where the host already was; the writer
    # could not tell that only the scheme was wrong.
    text = "![Team](http://img.example.com/team.jpg)\n"
    body = Renderer(image_hosts=("img.example.com",)).render(text, "column", "x.md", 10)
    [error] = [i for i in body.issues if i.severity == "error"]
    assert "PODIUM_IMAGE_HOSTS" in error.message
    assert error.message.endswith("write https://img.example.com/team.jpg")
    assert "add its host" not in error.message
    # Elsewhere it is still the host that is wrong.
    other = Renderer(image_hosts=("img.example.com",)).render(
        "![Team](http://cdn.example.org/team.jpg)\n", "column", "x.md", 10
    )
    assert "add its host to setting PODIUM_IMAGE_HOSTS" in other.issues[0].message


def test_an_embed_the_page_leaves_out_is_a_warning_on_its_line():
    # The README: iframes are kept only when their src is https:// on a host in
    # PODIUM_IFRAME_HOSTS. A www.youtube.com or http:// embed was dropped from
    # the page without a word from `podium check`: the writer's video vanished.
    text = (
        "Intro.\n\n"
        '<iframe src="https://www.youtube-nocookie.com/embed/ok"></iframe>\n\n'
        "<iframe src='https://www.youtube.com/embed/abc'></iframe>\n\n"
        '```\n<iframe src="https://in.a.code.block/x"></iframe>\n```\n\n'
        '<iframe src="http://www.youtube-nocookie.com/embed/xyz"></iframe>\n'
    )
    for kind in ("column", "interview"):
        source = text if kind == "column" else "## Wat zie je?\n\n" + text
        body = Renderer().render(source, kind, "x.md", 10)
        warnings = [(i.line, i.message.split(":")[0]) for i in body.issues]
        shift = 0 if kind == "column" else 2
        assert warnings == [
            (14 + shift, 'iframe "https'),
            (20 + shift, 'iframe "http'),
        ], warnings
        assert "youtube-nocookie.com/embed/ok" in body.html
        assert "youtube.com/embed/abc" not in body.html


def test_a_player_or_plugin_the_page_leaves_out_is_a_warning_on_its_line():
    # <object>, <embed>, <video> and <audio> were dropped from the page without
    # a word, where an iframe from another host is a warning (above).
    text = (
        "Intro.\n\n"
        '<object data="https://example.com/x.pdf">uitleg</object>\n\n'
        "<embed src='https://example.com/y.swf'>\n\n"
        '<video src="{static}/media/clip.mp4" controls></video>\n\n'
        '<audio controls>\n<source src="https://example.com/a.mp3">\n</audio>\n\n'
        "<video controls></video>\n\n"
        '```\n<video src="https://in.a.code.block/x.mp4"></video>\n```\n'
    )
    body = Renderer().render(text, "column", "x.md", 10)
    warnings = [(i.line, i.severity, i.message.split(" is left out")[0]) for i in body.issues]
    assert warnings == [
        (12, "warning", 'object "https://example.com/x.pdf"'),
        (14, "warning", 'embed "https://example.com/y.swf"'),
        (16, "warning", 'video "{static}/media/clip.mp4"'),
        (18, "warning", 'audio "https://example.com/a.mp3"'),
        (22, "warning", "a <video> without address"),
    ], warnings
    assert body.issues[0].message.endswith(
        "is left out of the page: a story shows no <object>, <embed>, <video> or <audio>; "
        "link to it instead, or embed it as an iframe from a host in setting "
        "PODIUM_IFRAME_HOSTS (www.youtube-nocookie.com)"
    )
    assert "<video" not in body.html and "<object" not in body.html


def test_a_srcset_the_page_leaves_out_is_a_warning_on_its_line():
    # A srcset on a raw <img>, on a <picture>'s <source> or through attr_list
    # was dropped without a word. The <source>'s srcset names the file the
    # Markdown image after it links: it is found where it is written, not there.
    text = (
        "Intro.\n\n"
        '<img src="{static}/images/a.png" alt="a" srcset="{static}/images/a-2x.png 2x">\n\n'
        '<picture><source srcset="{static}/images/b.png">'
        '<img src="{static}/images/a.png" alt="b"></picture>\n\n'
        "![c]({static}/images/b.png){: srcset='c.png 2x'}\n"
    )
    body = Renderer().render(text, "column", "x.md", 10)
    warnings = [(i.line, i.severity, i.message) for i in body.issues]
    tail = (
        "is left out of the page: the hub makes its own size of each image (at most 2400 "
        "pixels a side) and publishes no srcset; remove it"
    )
    assert warnings == [
        (12, "warning", f'srcset "{{static}}/images/a-2x.png 2x" {tail}'),
        (14, "warning", f'srcset "{{static}}/images/b.png" {tail}'),
        (16, "warning", f'srcset "c.png 2x" {tail}'),
    ], warnings
    assert "srcset" not in body.html


@pytest.mark.parametrize("tag", ["<style>", "<script>", "<SCRIPT type=module>"])
def test_a_script_or_style_never_closed_leaves_out_itself_not_the_rest(tag):
    # One "<style>" line took every paragraph after it along: Python-Markdown
    # read them as its content, the sanitiser dropped that, and check said
    # nothing, not even of a javascript: link among them.
    text = (
        "Eerste alinea.\n\n"
        f"{tag}\n\n"
        "Tweede alinea met [een link](javascript:alert(1)).\n\n"
        "Derde alinea.\n\n"
        "```html\n<style>\n```\n"
    )
    body = Renderer().render(text, "column", "x.md", 10)
    assert "<p>Tweede alinea met een link.</p>" in body.html
    assert "<p>Derde alinea.</p>" in body.html
    assert "<code>&lt;style&gt;</code>" in body.html  # code stays as written
    name = tag[1:-1].split()[0].lower()
    assert [(i.line, i.severity, i.message) for i in body.issues] == [
        (12, "warning", f"<{name}> has no </{name}>, so the rest of the story was its content; "
         "the page ends it there and leaves it out (a story has no scripts or styles of its "
         f"own): remove the <{name}>"),
        (14, "warning", 'link "javascript:alert(1)" is left out of the page: a link may go to '
         "an http:// or https:// address, mailto:, tel: or a path on this site"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "said"),
    [("<math><mtext><table><mglyph><style>", "<math>"), ("Tekst <template> hier", "<template>"),
     ('<iframe src="https://www.youtube-nocookie.com/embed/x">', "<iframe>")],
)  # fmt: skip
def test_html_never_closed_hiding_the_rest_is_a_warning_on_its_line(written, said):
    # What the page cannot keep is said on the line that hid it, not left out unsaid.
    text = f"Eerste.\n\n{written}\n\nTweede.\n\nDerde.\n"
    body = Renderer().render(text, "column", "x.md", 10)
    assert "Derde" not in body.html
    end = f"</{said[1:]}"
    assert (
        12,
        "warning",
        f"the page leaves out the story from here to its end: {said} is never closed, so all "
        f"after it is read as its content, which the page leaves out; close it with {end} where "
        "it ends, or remove it",
    ) in [(i.line, i.severity, i.message) for i in body.issues], body.issues


def test_a_story_that_closes_what_it_opens_keeps_its_end_unsaid():
    text = "Eerste.\n\n<textarea>\n\nTweede.\n\n<details><summary>Meer</summary>\n\nDerde.\n"
    body = Renderer().render(text, "column", "x.md", 10)
    assert "Derde." in body.html and "END" not in body.html
    assert not [i for i in body.issues if "from here to its end" in i.message]


def test_a_vacancy_description_keeps_the_text_after_a_script_never_closed():
    from podium_vacancies.html import dropped, markdown_html
    from podium_vacancies.html import sanitise as sanitise_vacancy

    raw = markdown_html("Een.\n\n<script>\n\nTwee.\n\nDrie.\n")
    assert "<p>Drie.</p>" in sanitise_vacancy(raw)
    assert any(note.startswith("<script> is not published") for note in dropped(raw))


@pytest.mark.parametrize(
    ("source", "line"),
    [("Eerst.\n\n![Een monteur op een dak](/tmp/x/secret.txt)\n", 12),
     ("Eerst.\n\n![Een monteur op een dak][foto]\n\n[foto]: /tmp/x/secret.txt\n", 14),
     ("Eerst.\n\n![Een monteur op een dak][]\n\n[Een monteur op een dak]: /tmp/x/secret.txt\n",
      14)],
)  # fmt: skip
def test_a_reference_image_is_checked_as_an_inline_one_on_its_address_line(source, line):
    # Reported as passing unchecked: an image by reference goes through the
    # same check of its address, said on the line that writes the address.
    body = Renderer().render(source, "column", "x.md", 10)
    assert [(i.line, i.message[:60]) for i in body.issues] == [
        (line, 'image "/tmp/x/secret.txt" is a path from the site\'s root, wh')
    ]


def test_tables_and_code_scroll_in_boxes_a_keyboard_reaches():
    """A wide table or code line scrolls in its own box, which must take the
    focus; a table's box is a region named in the story's language, numbered
    when there are more, and the sanitiser keeps it as it is (the parse cache
    checks a loaded story so). Written tabindex and role values are not kept."""
    text = (
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>\n\n"
        "```\ncode\n```\n\n"
        '<div role="button" tabindex="5">no</div>\n'
    )
    html = Renderer().render(text, "column", "x.md", 1, lang="nl").html
    assert html.count('<div role="region" tabindex="0" aria-label="Tabel 1"><table>') == 1
    assert html.count('<div role="region" tabindex="0" aria-label="Tabel 2"><table>') == 1
    assert html.count("role=") == 2 and html.count("</table></div>") == 2
    assert '<pre tabindex="0"><code>code' in html
    assert 'tabindex="5"' not in html and "button" not in html
    assert sanitize(html) == html
    one = Renderer().render("| a |\n|---|\n| 1 |\n", "column", "x.md", 1, lang="en").html
    assert 'aria-label="Table"><table>' in one


def test_a_right_to_left_passage_keeps_its_direction():
    """An Arabic quote in a Dutch story is marked as writers of HTML mark it;
    the sanitiser kept lang but dropped dir, so its punctuation jumped sides."""
    text = (
        '<q lang="ar" dir="rtl">الصبر مفتاح الفرج!</q>\n\n'
        '<blockquote dir="RTL"><p>נס</p></blockquote>\n'
    )
    html = Renderer().render(text, "column", "x.md", 1).html
    assert '<q lang="ar" dir="rtl">' in html and '<blockquote dir="rtl">' in html
    body = Renderer().render(text, "column", "x.md", 1)
    assert body.blockquote == "נס", "a quote with a direction is still the pull quote"
    assert sanitize(html) == html
    assert sanitize('<p dir="sideways" title="t">x</p>') == '<p title="t">x</p>'


def test_a_footnote_leads_back_in_the_story_language():
    """The footnote's back link's title (its description for a screen reader)
    was English on a Dutch page: "Jump back to footnote 1 in the text"."""
    text = "Tekst.[^a]\n\n[^a]: Uitleg.\n"
    renderer = Renderer()
    nl = renderer.render(text, "column", "x.md", 1, lang="nl").html
    en = renderer.render(text, "column", "x.md", 1, lang="en").html
    assert 'title="Terug naar voetnoot 1 in de tekst"' in nl
    assert 'title="Back to footnote 1 in the text"' in en


def test_the_summary_reads_as_the_story_does():
    """Inline markup joined no words: "call me *Fatima*." gave the summary
    "call me Fatima ." (shown under the title, in the meta description and on
    cards), and a footnote's number stood in the sentence."""
    text = "Noem me *Fatima*. Ik werk met H<sub>2</sub>O en **YAML**.[^1]\n\n[^1]: Een formaat.\n"
    body = Renderer().render(text, "column", "x.md", 1)
    assert derive_summary(body) == "Noem me Fatima. Ik werk met H2O en YAML. Een formaat."
    cells = Renderer().render("| a | b |\n|---|---|\n| een | twee |\n", "column", "x.md", 1)
    assert cells.text == "a b een twee"


@pytest.mark.parametrize(
    ("text", "kind", "summary"),
    [
        # A story that opens with a list or a table: its summary (under the
        # title, in teasers, the meta description and the feeds) ran the items
        # together, "Plan je pauzes Zet je telefoon uit Ga naar buiten".
        ("1. Plan je pauzes\n2. Zet je telefoon uit!\n3. Ga naar buiten\n", "column",
         "Plan je pauzes. Zet je telefoon uit! Ga naar buiten."),
        ("| Dag | Uren |\n|---|---|\n| maandag | acht |\n| vrijdag | zes |\n", "column",
         "Dag, Uren. maandag, acht. vrijdag, zes."),
        ("## Wat doe je?\n\n- koffie zetten\n- *klanten* helpen\n", "interview",
         "koffie zetten. klanten helpen."),
        ("Mijn tips:\n\n- rust.\n- werk\n", "column", "Mijn tips: rust. werk."),
    ],
)  # fmt: skip
def test_a_summary_from_a_list_or_table_ends_each_item(text, kind, summary):
    body = Renderer().render(text, kind, "x.md", 1)
    assert derive_summary(body) == summary


def test_every_heading_level_stays_a_heading_that_fits_the_page():
    """A "# Kop" or "##### Kop" was dropped by the sanitiser to bare text (not
    even a paragraph); every level is now renumbered under the page's <h1>,
    none skipped: a column's from <h2>, an interview answer's from <h3>."""
    column = "# Een\n\nTekst.\n\n## Twee\n\nMeer.\n\n##### Vijf\n\nx\n"
    html = Renderer().render(column, "column", "x.md", 1).html
    assert [h[:4] for h in html.split("<")[1:] if h[:1] == "h"] == ["h2 i", "h3 i", "h4 i"]
    assert '<h2 id="c-een">Een</h2>' in html and '<h4 id="c-vijf">Vijf</h4>' in html
    interview = "Intro.\n\n## Vraag?\n\nAntwoord.\n\n# Groot\n\nx\n\n###### Zes\n\ny\n"
    body = Renderer().render(interview, "interview", "x.md", 1)
    assert '<h3 id="c-groot">Groot</h3>' in body.qa[0].answer
    assert '<h4 id="c-zes">Zes</h4>' in body.qa[0].answer
    assert sanitize(body.qa[0].answer) == body.qa[0].answer  # as the parse cache checks it


def test_headings_are_renumbered_in_the_order_they_come():
    """ "## A", "#### B", "### C": the levels 2, 3 and 4 were mapped to h2, h3
    and h4 wherever they stood, so the outline still went from h2 to h4 (axe:
    heading-order). Each heading is now one below the one it follows."""
    column = "## A\n\n#### B\n\n### C\n\n##### D\n\n## E\n\n###### F\n"
    html = Renderer().render(column, "column", "x.md", 1).html
    found = re.findall(r"<h(\d) id=\"c-(\w)\">", html)
    assert found == [("2", "a"), ("3", "b"), ("3", "c"), ("4", "d"), ("2", "e"), ("3", "f")]
    assert shift_headings("<h4>x</h4><h2>y</h2><h3>z</h3>", 3) == ("<h3>x</h3><h3>y</h3><h4>z</h4>")


@pytest.mark.parametrize(
    ("written", "quote"),
    [
        ("> “Rust is ook werk.”", "Rust is ook werk."),
        ('> "Rust is ook werk."', "Rust is ook werk."),
        ("> „Ruhe ist auch Arbeit.“", "Ruhe ist auch Arbeit."),
        ("> “Rust is ook werk”.", "Rust is ook werk."),
        # Marks around a part are the writer's; so is one left open.
        ('> "Rust", zei ze, "is ook werk."', '"Rust", zei ze, "is ook werk."'),
        ("> “Rust is ook werk, zei ze.", "“Rust is ook werk, zei ze."),
    ],
)
def test_a_quote_wrapped_in_quotation_marks_loses_them(written, quote):
    """The pull quote and the quote square draw their own marks: a blockquote
    in marks showed as ““Rust is ook werk.””."""
    body = Renderer().render(f"Tekst.\n\n{written}\n", "column", "x.md", 1)
    assert derive_quote(body) == quote


def test_a_link_the_sanitiser_leaves_out_is_a_warning_on_its_line():
    # javascript: and file: were dropped from the page without a word: the
    # writer's link just vanished. The page stays safe; the writer is told.
    text = (
        "Intro.\n\n"
        "Lees [meer](javascript:alert(1)) of [mail](mailto:hr@example.com).\n\n"
        "![foto](file:///etc/passwd)\n\n"
        '<a href="JaVa&#x09;ScRiPt:alert(1)">x</a> <a href="https://example.com/ok">ok</a>\n\n'
        "```\n[in code](javascript:alert(2))\n```\n"
    )
    for kind in ("column", "interview"):
        source = text if kind == "column" else "## Wat zie je?\n\n" + text
        body = Renderer().render(source, kind, "x.md", 10)
        shift = 0 if kind == "column" else 2
        found = [(i.line, i.severity, i.message) for i in body.issues]
        assert found == [
            (
                12 + shift,
                "warning",
                'link "javascript:alert(1)" is left out of the page: a link '
                "may go to an http:// or https:// address, mailto:, tel: or a path on this site",
            ),
            (
                14 + shift,
                "warning",
                'image "file:///etc/passwd" is left out of the page: an '
                "image is a file in content/ linked with {static}, or https:// from a host in "
                "setting PODIUM_IMAGE_HOSTS",
            ),
            (
                16 + shift,
                "warning",
                'link "JaVa\tScRiPt:alert(1)" is left out of the page: a '
                "link may go to an http:// or https:// address, mailto:, tel: or a path on this "
                "site",
            ),
        ], found
        assert "alert(1)" not in body.html and "file:" not in body.html
        assert 'href="mailto:hr@example.com"' in body.html


def test_a_backslash_in_a_link_is_the_slash_browsers_read():
    # Browsers read "\" as "/" in a web address: <a href="\\evil.example"> leads
    # to //evil.example, another site, yet passed as a path on this site.
    text = (
        '<a href="\\\\evil.example/x">a</a> [b](\\\\intern\\pad) '
        '<a href="https:\\\\example.com\\a?q=\\b">c</a> [d](mailto:a\\b@example.com)\n'
    )
    body = Renderer().render(text, "column", "x.md", 10)
    assert 'href="//evil.example/x"' in body.html
    assert 'href="/intern/pad"' in body.html  # Markdown: \\ is one backslash
    assert 'href="https://example.com/a?q=\\b"' in body.html  # the query is kept
    assert 'href="mailto:a\\b@example.com"' in body.html
    assert [p.target for p in body.page_links] == ["/intern/pad", "https://example.com/a?q=\\b"]
    assert [(i.line, i.severity, i.message) for i in body.issues] == [
        (
            10,
            "warning",
            'link "\\\\evil.example/x" has a backslash, which browsers read as '
            '"/": it leads to "//evil.example/x" (the site evil.example); write it with "/"',
        ),
        (
            10,
            "warning",
            # A network share's path as a writer types it (\\intern\pad): "/" is no fix.
            'link "\\intern\\pad" is a path on a network share or a computer, which the '
            "hub's readers cannot open; link a web page (https://...) instead, or put the file "
            "in content/ and link it with {static} (a type in setting PODIUM_ATTACHMENTS)",
        ),
        (
            10,
            "warning",
            'link "https:\\\\example.com\\a?q=\\b" has a backslash, which browsers '
            'read as "/": it leads to "https://example.com/a?q=\\b" (the site example.com); write '
            'it with "/"',
        ),
    ]
    assert sanitize(body.html) == body.html
    # An image by a backslashed address is another site's image: an error.
    image = Renderer().render("![x](\\\\\\\\evil.example/a.png)\n", "column", "x.md", 10)
    assert image.issues[-1].severity == "error"
    assert "is on another site (evil.example)" in image.issues[-1].message


def test_a_web_address_the_sanitiser_cannot_read_is_named_too():
    # http(s) is allowed, yet "https://[bad/x" or a port over 65535 is no URL the
    # sanitiser reads, and it leaves the link out: that went unsaid too.
    text = "[a](https://[intranet/x) [b](https://ok.example:99999/) [c](HTTPS://OK.EXAMPLE/x)\n"
    body = Renderer().render(text, "column", "x.md", 4)
    reason = (
        "is left out of the page: it is no address a browser can read; look for a space, a "
        "bracket or a port over 65535"
    )
    assert [(i.line, i.severity, i.message) for i in body.issues] == [
        (4, "warning", f'link "https://[intranet/x" {reason}'),
        (4, "warning", f'link "https://ok.example:99999/" {reason}'),
    ]
    assert 'href="HTTPS://OK.EXAMPLE/x"' in body.html


class _CountedText(str):
    """A story text that counts how often it is searched in vain (to its end)."""

    misses = 0

    def find(self, *args):
        at = super().find(*args)
        _CountedText.misses += at < 0
        return at


def test_links_are_looked_up_in_the_text_a_bounded_number_of_times():
    # Each link's line was searched for in the whole text, twice when the link
    # is not written there as the page has it (a backslash read as "/"): 30,000
    # such links, one per paragraph, took 42 s to check. Lines are found once
    # per value, and after 100 vain searches no more are made.
    links = "".join(f'<a href="\\h\\p{i}">a</a>\n\n' for i in range(1000))
    text = _CountedText(f"[eerst](/a/b)\n\n{links}[x](/a/b)\n")
    _CountedText.misses = 0
    body = Renderer().render(text, "column", "x.md", 10)
    assert _CountedText.misses <= 200, _CountedText.misses
    assert [link.line for link in body.page_links][:1] == [10]
    assert body.page_links[-1].line == 10  # the same value: its first line
    # The warnings name the backslashed links as written: found, each on its line.
    assert [i.line for i in body.issues[:2]] == [12, 14] and body.issues[-1].line == 2010


def test_an_image_left_out_is_its_alt_text_not_an_img_without_src():
    # The sanitiser left out a javascript:, file: or data: address (with a
    # warning), and the page kept <img alt="..."> without src: invalid HTML
    # (the Nu checker: "img requires src") and a broken image, or nothing.
    text = (
        "Op het dak ![Twee monteurs & een <ladder>](javascript:alert(1)).\n\n"
        '<img src="file:///etc/x.png" alt="Het &quot;team&quot;"> <img src="data:,x">\n\n'
        "[![Naar de site](javascript:x)](https://example.com)\n"
    )
    body = Renderer().render(text, "column", "x.md", 10)
    assert "<img" not in body.html
    assert body.html == (
        "<p>Op het dak Twee monteurs &amp; een &lt;ladder&gt;.</p>\n"
        '<p>Het "team" </p>\n'
        '<p><a href="https://example.com" rel="noopener noreferrer">Naar de site</a></p>'
    )
    assert sanitize(body.html) == body.html
    assert [i.severity for i in body.issues] == ["warning"] * 4  # each left out, said once
    assert not any("alt text" in i.message for i in body.issues)


def test_a_link_left_out_is_its_text_not_an_a_without_href():
    # The sanitiser dropped a javascript: or file: address and kept
    # <a rel="noopener noreferrer">: rel without href is invalid HTML, and the
    # text looked like a link that leads nowhere.
    text = (
        'Zie [klik](javascript:alert(1)), <a href="file:///x" lang="ar" dir="rtl">'
        "عربي</a> en [de site](https://example.com).\n"
    )
    body = Renderer().render(text, "column", "x.md", 10)
    assert body.html == (
        '<p>Zie klik, <span lang="ar" dir="rtl">عربي</span> en <a href="https://example.com" '
        'rel="noopener noreferrer">de site</a>.</p>'
    )
    assert sanitize(body.html) == body.html
    assert [i.severity for i in body.issues] == ["warning", "warning"]


@pytest.mark.parametrize(
    ("source", "line", "start"),
    [("Eerst.\n\n![Anna op de boot]()\n", 12, 'image "Anna op de boot" has no address (src), so '
      "the page shows its text instead"),
     ('<img alt="x">\n', 10, 'image "x" has no address (src)'),
     ("<img>\n", 10, "an image without address (src) or text is left out of the page")],
)  # fmt: skip
def test_an_image_written_without_an_address_is_a_warning(source, line, start):
    # ![Anna op de boot]() (the path forgotten) became its alt text on the page,
    # rightly, but the writer was not told, as for an address the sanitiser drops.
    body = Renderer().render(source, "column", "x.md", 10)
    assert [(i.line, i.severity) for i in body.issues] == [(line, "warning")]
    assert body.issues[0].message.startswith(start)
    assert body.issues[0].message.endswith(
        "; write the file it shows, like ![...]({static}/images/foto.jpg), or leave the image out"
    )


@pytest.mark.parametrize(
    "source", ['Eerst.\n\nTwee.\n\n<img srcset="/x.jpg 1x">\n', "Eerst.\n\nTwee.\n\n![]()\n"]
)
def test_an_image_without_address_or_text_is_a_warning_on_its_line(source):
    # It named the body's first line (the blank one after the front matter),
    # where its srcset's warning named the tag's own.
    body = Renderer().render(source, "column", "x.md", 10)
    lines = {i.line for i in body.issues if "an image without address (src)" in i.message}
    assert lines == {14}, body.issues


@pytest.mark.parametrize(
    ("source", "line", "start"),
    [("Eerst.\n\nZie [onze vacatures]() voor meer.\n", 12,
      'link "onze vacatures" has no address, so it leads back to this page'),
     ("Eerst.\n\n[vacatures](<>)\n", 12, 'link "vacatures" has no address'),
     ('Eerst.\n\n<a href="">hier</a>\n', 12, 'link "hier" has no address'),
     ("Eerst.\n\nZie []() hier.\n", 12,
      "a link without address or text leads back to this page and shows nothing")],
)  # fmt: skip
def test_a_link_written_without_an_address_is_a_warning(source, line, start):
    # "[onze vacatures]()" (the address forgotten, or a link the editor saved
    # without one) became <a href="">: a link back to the same page, and check
    # said nothing of it.
    body = Renderer().render(source, "column", "x.md", 10)
    assert [(i.line, i.severity) for i in body.issues] == [(line, "warning")], body.issues
    assert body.issues[0].message.startswith(start), body.issues[0].message
    assert body.issues[0].message.endswith(
        "; write where it goes, like [...](https://example.com), or leave the link out"
    )
    assert "\n" not in body.issues[0].message


def test_a_link_written_with_markdown_escapes_is_warned_on_its_own_line():
    # Markdown reads "\(" as "(" and "\." as ".": the page's address is not the
    # text as written, and the warning fell back to the body's first line.
    text = (
        "Intro.\n\n"
        "[a](javascript:alert\\(1\\))\n\n"
        "[b](\\\\evil\\.example)\n\n"
        "[c](<javascript:x\\_y>)\n\n"
        "![d](file:///etc/pass\\_wd)\n"
    )
    body = Renderer().render(text, "column", "x.md", 10)
    assert [(i.line, i.message.split(" ", 2)[:2]) for i in body.issues] == [
        (12, ["link", '"javascript:alert(1)"']),
        (14, ["link", '"\\evil.example"']),
        (16, ["link", '"javascript:x_y"']),
        (18, ["image", '"file:///etc/pass_wd"']),
    ], body.issues
    assert [link.line for link in body.page_links] == [14]


def test_many_links_written_with_escapes_each_get_their_line_without_searching():
    # After 100 links whose address is not in the text as written, every
    # further warning fell back to the body's first line; now each is found.
    links = "".join(f"[x](javascript:go\\({i}\\))\n\n" for i in range(300))
    text = _CountedText(f"Intro.\n\n{links}")
    _CountedText.misses = 0
    body = Renderer().render(text, "column", "x.md", 10)
    assert [i.line for i in body.issues] == [12 + 2 * i for i in range(300)]
    assert _CountedText.misses <= 5, _CountedText.misses


def test_a_web_or_mail_address_without_its_scheme_is_told_the_link_it_makes():
    # "[onze vacatures](www.werkenbij.example)", as the address is said, is a
    # path below the story's page (/stories/x/www.werkenbij.example), a bare
    # 404, and "[mail Jan](jan@bedrijf.example)" the same: neither warned.
    text = (
        "Zie [onze vacatures](www.werkenbij.example/vacatures) of\n"
        "[mail Jan](jan@bedrijf.example), [het plan](plan.pdf) en [dit](../anna/).\n"
    )
    body = Renderer().render(text, "column", "x.md", 4)
    assert [(i.line, i.severity, i.message) for i in body.issues] == [
        (
            4,
            "warning",
            'link "www.werkenbij.example/vacatures" has no https://, so it leads to a page '
            "below this story's, a bare 404; write https://www.werkenbij.example/vacatures",
        ),
        (
            5,
            "warning",
            'link "jan@bedrijf.example" has no mailto:, so it leads to a page below this '
            "story's, a bare 404; write mailto:jan@bedrijf.example",
        ),
    ]


def test_a_link_with_a_user_name_before_its_host_is_told_the_host_it_opens():
    # "[onze site](https://werkenbij.helder.example@apply.example/)" opens
    # apply.example: the part before "@" is a user name that only looks like the
    # host, the phishing links' trick, and a reviewer of the story is misled too.
    text = (
        "Zie [onze site](https://werkenbij.helder.example@apply.example/x) en\n"
        '<a href="https://a:b@c.example/">dit</a>, [mail](mailto:jan@bedrijf.example)\n'
        "en [gewoon](https://helder.example/).\n"
    )
    body = Renderer().render(text, "column", "x.md", 4)
    assert [(i.line, i.severity, i.message) for i in body.issues] == [
        (
            4,
            "warning",
            'link "https://werkenbij.helder.example@apply.example/x" opens apply.example, not '
            'werkenbij.helder.example: what comes before "@" is a user name (or password); '
            "write the address without it",
        ),
        (
            5,
            "warning",
            'link "https://a:b@c.example/" opens c.example, not a:b: what comes before "@" is '
            "a user name (or password); write the address without it",
        ),
    ]


def test_the_editors_strikethrough_is_struck_through_on_the_page():
    # The browser editor's "Doorhalen" button writes ~~text~~ (GFM), which
    # Python-Markdown does not know: the page, both feeds and the search
    # excerpt showed "~~oude prijs~~" with its tildes.
    text = "Nu ~~€ 10~~ € 8, en ~~twee woorden~~ weg. Een ~ blijft, ~~ ook, `~~code~~` ook.\n"
    body = Renderer().render(text, "column", "x.md", 10)
    assert "<del>€ 10</del> € 8" in body.html
    assert "<del>twee woorden</del> weg" in body.html
    assert "Een ~ blijft, ~~ ook, <code>~~code~~</code> ook." in body.html
    assert body.issues == []


def test_strikethrough_marks_that_never_close_are_read_in_one_pass():
    # "~~a " repeated, each "~~" after a space so none closes: the first
    # pattern tried every one against the rest of the line, quadratic time
    # (128 KB took 100 s, a story's 1 MB hours). Not a timing assertion: a
    # hang guard, hundreds of times what one pass takes. In a child process,
    # since a regular expression holds the interpreter until it is done.
    # 120 KB: under mdcost's bound (marks x paragraph length), which refuses
    # the 1 MB paragraph of old before the renderer sees it.
    import subprocess
    import sys

    code = (
        "from podium_read.body import Renderer\n"
        "html = Renderer().render('Zo ' + '~~a ' * 30_000 + '\\n', 'column', 'x.md', 10).html\n"
        "print('<del>' in html, len(html) > 120_000)\n"
    )
    try:
        run = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
        )
    except subprocess.TimeoutExpired:
        pytest.fail("still reading the strikethrough marks after 60 s")
    assert run.stdout.split() == ["False", "True"], run.stdout + run.stderr


def test_a_task_list_shows_disabled_checkboxes_not_brackets():
    # "- [ ] taak" showed "[ ] taak" on the page and in search, where GitHub and
    # mkdocs-material (pymdownx.tasklist) show a checkbox, ticked for "[x]".
    source = (
        "Tekst.\n\n- [ ] taak\n- [x] klaar\n- [X] ook klaar\n\n1. [ ] eerst\n\n- \\[ ] geen taak\n"
    )
    body = Renderer().render(source, "column", "x.md", 1)
    # Named by the item's text, which stays outside any <label>: Pagefind
    # indexes no label's words.
    assert (
        '<li><input type="checkbox" disabled aria-label="taak"> taak</li>\n'
        '<li><input type="checkbox" disabled checked aria-label="klaar"> klaar</li>\n'
        '<li><input type="checkbox" disabled checked aria-label="ook klaar"> ook klaar</li>'
    ) in body.html
    assert '<li><input type="checkbox" disabled aria-label="eerst"> eerst</li>' in body.html
    assert "<li>[ ] geen taak</li>" in body.html  # escaped: as written
    assert body.text == "Tekst. taak klaar ook klaar eerst [ ] geen taak"
    # A loose list (blank lines between) keeps its paragraphs; a nested list
    # is no part of the name, and inline markup's words are.
    loose = Renderer().render("- [x] *klaar* `nu`\n\n- [ ] taak\n", "column", "x.md", 1).html
    assert (
        '<li>\n<p><input type="checkbox" disabled checked aria-label="klaar nu"> <em>klaar</em>'
        in loose
    )
    nested = Renderer().render("- [ ] taak\n    - deel\n", "column", "x.md", 1).html
    box = '<input type="checkbox" disabled aria-label="taak">'
    # Its box and words in a <div> (a loose item's are in a <p>), so that a
    # search excerpt ends their sentence before the nested list's (sentence_ends).
    assert f"<li><div>{box} taak</div><ul>\n<li>deel</li>" in nested


def test_a_task_items_name_holds_no_written_html_and_survives_sanitising_again():
    # Raw HTML in the item goes back in after the tree is built: its
    # placeholder is no word of the name, and its quotes cannot end it.
    body = Renderer().render('- [ ] <b title="a">vet</b> "echt" & zo\n', "column", "x.md", 1)
    box = '<input type="checkbox" disabled aria-label="vet &quot;echt&quot; &amp; zo">'
    assert box in body.html, body.html
    assert sanitize(body.html) == body.html
    # A <label> written in HTML is its words only (Pagefind skips a label's).
    assert sanitize("<p><label>Mijn etiket</label></p>") == "<p>Mijn etiket</p>"


@pytest.mark.parametrize(
    "written",
    [
        '<input type="text" name="q">',
        '<input type="password">',
        '<input type="checkbox" onclick="alert(1)" checked>',
        '<input form="x" formaction="https://evil.example/" type="submit">',
        # lang, dir and title, kept on every tag, left a text field a reader typed into.
        '<input title="Zoek" type="text">',
        '<input lang="en" checked>',
        '<input dir="rtl" name="q" title="a > b">',
    ],
)
def test_an_input_written_in_html_is_at_most_a_disabled_checkbox(written):
    # The sanitiser keeps <input> for task lists: never a field a reader types into.
    html = sanitize(f"<p>{written}</p>")
    assert sanitize(html) == html  # a fixed point, as a cached story's HTML is checked
    assert html in ("<p></p>", '<p><input type="checkbox" disabled></p>',
                    '<p><input type="checkbox" disabled checked></p>'), html  # fmt: skip


def test_an_image_written_as_a_references_address_is_read_as_the_address_inside():
    # "[r]: ![foto]({static}/x.jpg)": Python-Markdown takes all of "![foto](...)"
    # for the address, so "[r]" linked that text (a bare 404) without a word and
    # "![a][r]" was told to write "{static}/![foto]({static}/x.jpg)".
    text = "Zie [de foto][r] en ![Het team][r].\n\n[r]: ![foto]({static}/images/x.jpg)\n"
    body = Renderer().render(text, "column", "x.md", 10)
    assert "![foto]" not in body.html
    assert 'href="{podium-media}media/images/x.jpg"' in body.html
    assert 'src="{podium-media}media/images/x.jpg"' in body.html
    said = (
        '"![foto]({static}/images/x.jpg)" is Markdown where an address goes: a reference '
        "[r]: takes the address alone, so the page uses the one inside; write "
        "[r]: {static}/images/x.jpg"
    )
    assert [(i.line, i.severity, i.message) for i in body.issues] == [
        (12, "warning", f"link {said}"),
        (12, "warning", f"image {said}"),
    ]
    assert [link.target for link in body.links] == ["images/x.jpg"]


def test_an_image_by_a_path_the_site_does_not_publish_says_so():
    # "![x](/etc/passwd)" or a path on the writer's computer published a broken
    # <img> without a word. Paths where the hub publishes files as they are
    # (the theme's, the cards, STATIC_PATHS, under SITEURL's path too) pass.
    text = (
        "![Ons team](/Users/anna/Desktop/team%20foto.jpg)\n\n![x](/etc/passwd)\n\n"
        "![Logo](/brand/logo.svg) ![Icoon](/theme/img/icon.svg) ![Kaart](/cards/a.png)\n\n"
        "![Logo](/careers/brand/logo.svg) [een pad](/etc/passwd)\n"
    )
    sites = ("theme", "cards", "media", "favicon.svg", "brand", "careers/theme", "careers/brand")
    body = Renderer(site_files=sites).render(text, "column", "x.md", 10)
    said = (
        "is a path from the site's root, where the hub publishes no such file (not a path on "
        "your computer, nor in content/); put the image in content/images/ and write "
    )
    assert [(i.line, i.severity, i.message) for i in body.issues] == [
        (
            10,
            "warning",
            f'image "/Users/anna/Desktop/team%20foto.jpg" {said}{{static}}/images/team foto.jpg, '
            "or {static}team foto.jpg for a file beside the story",
        ),
        (
            12,
            "warning",
            f'image "/etc/passwd" {said}{{static}}/images/passwd, or {{static}}passwd for a '
            "file beside the story",
        ),
    ]
    assert '<img alt="Logo" src="/brand/logo.svg"' in body.html  # kept as written
    # Without brand/ in STATIC_PATHS that logo is not published either.
    plain = Renderer().render("![Logo](/brand/logo.svg)\n", "column", "x.md", 10)
    assert [i.message[:30] for i in plain.issues] == ['image "/brand/logo.svg" is a p']


def test_the_site_files_come_from_the_theme_static_paths_and_siteurl():
    from podium.settings import _site_files

    assert _site_files({}) == ("cards", "media", "favicon.svg", "theme")
    assert _site_files(
        {"STATIC_PATHS": ["brand", "./extra/", "../x"], "THEME_STATIC_DIR": "static",
         "SITEURL": "https://x.example/careers/"}
    ) == ("cards", "media", "favicon.svg", "static", "brand", "extra", "careers/cards",
          "careers/media", "careers/favicon.svg", "careers/static", "careers/brand",
          "careers/extra")  # fmt: skip


def test_a_network_share_path_is_said_to_be_one_not_to_be_written_with_slashes():
    # "\\fileserver\hr\handboek.pdf" as a writer copies it from Explorer: Markdown
    # reads "\\" as "\", a browser "\" as "/", so the link went to
    # /fileserver/hr/handboek.pdf on the hub, and the writer was told to write it
    # with "/", which is as broken; the image got that and a second warning.
    text = (
        "![Ons team](\\\\server\\share\\team.jpg)\n\n"
        "[Handboek](\\\\fileserver\\hr\\handboek.pdf)\n\n"
        '<a href="\\\\fileserver\\hr\\x.pdf">x</a>\n'
    )
    body = Renderer().render(text, "column", "x.md", 10)
    share = "is a path on a network share or a computer, which the hub's readers cannot open; "
    link = (
        "link a web page (https://...) instead, or put the file in content/ and link it with "
        "{static} (a type in setting PODIUM_ATTACHMENTS)"
    )
    assert [(i.line, i.severity, i.message) for i in body.issues] == [
        (
            10,
            "warning",
            f'image "\\server\\share\\team.jpg" {share}put the image in content/images/ and '
            "write {static}/images/team.jpg",
        ),
        (12, "warning", f'link "\\fileserver\\hr\\handboek.pdf" {share}{link}'),
        (14, "warning", f'link "\\\\fileserver\\hr\\x.pdf" {share}{link}'),
    ]


def test_an_image_by_three_slashes_names_its_host():
    # Browsers skip every slash after "//": "///tracker.example/p.png" is
    # tracker.example's image, and the error said "on another site ()", and for
    # an allowed host "write https:///tracker.example/p.png", which is no address.
    body = Renderer().render("![x](///tracker.example/p.png)\n", "column", "x.md", 10)
    [issue] = body.issues
    assert issue.severity == "error"
    assert issue.message.startswith(
        'image "///tracker.example/p.png" is on another site (tracker.example): '
    )
    allowed = Renderer(image_hosts=["img.example"])
    body = allowed.render("![x](///img.example/p.png)\n", "column", "x.md", 10)
    assert body.issues[0].message.endswith("write https://img.example/p.png")


def test_quotes_nested_thousands_deep_are_read_a_bounded_number_of_times(monkeypatch):
    """A quote that starts with a block has its words between blocks wrapped
    when it closes, by reading all it holds again: quotes nested inside one
    another were read once per level, 1,500 of them (a 30 KB story) took 8 s
    to render and 3,000 half a minute. Each is read once now, in one pass,
    and the loose words of every quote end their sentences, however deep."""
    import podium_read.body as body_module

    read: list[int] = []
    real = body_module._loose_words_wrapped

    def counted(inner: str) -> str:
        read.append(len(inner))
        return real(inner)

    monkeypatch.setattr(body_module, "_loose_words_wrapped", counted)
    deep = sanitize("<blockquote><p>x</p>Los" * 3000)
    body_module.sentence_ends(deep)
    assert sum(read) <= 20 * len(deep), (sum(read), len(deep))
    # Three deep, each quote's loose words are still a sentence of their own.
    nested = sanitize("<blockquote><p>a</p>b<blockquote><p>c</p>d<blockquote><p>e</p>f")
    assert body_module.sentence_ends(nested).count("<div>") == 3
    # Thousands deep too: only the outermost 8 were, and "Los" ran into the next.
    assert body_module.sentence_ends(deep).count("<div>Los</div>") == 3000


def test_a_summary_written_inside_a_summary_keeps_the_html_nested():
    """A summary inside a disclosure's summary ended it: the div that holds
    what the disclosure shows after its summary opened at the inner summary's
    end and closed outside the outer one ("<summary>B</summary><div>C</summary>
    D</div>"), mis-nested HTML on the page and in the search index."""
    from html.parser import HTMLParser

    import podium_read.body as body_module

    class Nesting(HTMLParser):
        def __init__(self):
            super().__init__()
            self.open: list[str] = []
            self.wrong: list[str] = []

        def handle_starttag(self, tag, attrs):
            self.open.append(tag)

        def handle_endtag(self, tag):
            if not self.open or self.open.pop() != tag:
                self.wrong.append(tag)

    for written in (
        "<details><summary>A<summary>B</summary>C</summary>D</details>",
        "<details><summary><summary>B</summary></summary>D</details>",
        "<details><summary>A<details><summary>B</summary>C</details></summary>D</details>",
    ):
        html = body_module.sentence_ends(sanitize(written))
        check = Nesting()
        check.feed(html)
        assert not check.wrong and not check.open, (written, html)
        assert html.endswith("</summary><div>D</div></details>"), html


def test_a_written_id_is_kept_safe_and_unique_for_the_links_that_point_to_it():
    """A hand-written footnote-style anchor lost its id: "<p id="noot3">" was
    "<p>", and "[noot 3](#noot3)" (made "#c-noot3") pointed at nothing. An id
    is kept on any element now, prefixed as every id of a story is (never the
    page's own "main"), without the whitespace no id may hold, and once: a
    second element with an id already given loses it. An anchor written as a
    link without address stays, as a <span>."""
    text = (
        "Zie [noot 3](#noot3) en [boven](#kop).\n\n## Kop\n\n"
        '<p id="noot3">3. De noot.</p>\n\n<div id="kop">Tweede kop</div>\n\n'
        '<p><a id="anker"></a>Anker <span id="a b">spatie</span></p>\n\n<p id="main">Hoofd</p>\n'
    )
    html = Renderer().render(text, "column", "x.md", 1).html
    assert '<a href="#c-noot3"' in html and '<p id="c-noot3">3. De noot.</p>' in html, html
    assert '<span id="c-anker"></span>Anker' in html and '<p id="c-main">Hoofd</p>' in html, html
    ids = re.findall(r'\sid="([^"]*)"', html)
    assert sorted(ids) == ["c-anker", "c-kop", "c-main", "c-noot3"], ids  # "a b" has none
    assert '<h2 id="c-kop">Kop</h2>' in html and "<div>Tweede kop</div>" in html, html
    assert sanitize(html) == html  # as the parse cache checks a loaded entry


def test_a_list_items_words_end_before_the_inline_element_that_holds_a_block():
    """A list item's words before its first block are held in a <div>, and that
    div ended at the block even when the block stood inside an inline element:
    "- Tekst <em>nadruk<p>b</p></em>" became "<div>Tekst <em>nadruk</div><p>b</p>
    </em>", mis-nested HTML (a browser closed the <em> there, and "b" lost its
    italics). The div ends before that element now."""
    html = Renderer().render("- Tekst <em>nadruk<p>b</p></em>\n- twee\n", "column", "x.md", 1).html
    assert "<li><div>Tekst </div><em>nadruk<p>b</p></em></li>" in html, html
    nested = sanitize("<ul><li>Voordelen <span><ul><li>Een auto</li></ul></span></li></ul>")
    assert "<li><div>Voordelen </div><span><ul>" in Renderer().convert(nested), nested


def test_a_story_nested_too_deeply_leaves_the_next_one_rendered_as_ever():
    # "1. " 2,400 times (lists in lists) is one line, "nests too deeply" (a
    # RecursionError caught), but the shared Markdown instance kept the block
    # parser's "list" states of the walk cut short: every later story lost its
    # paragraphs and had its HTML escaped ("<b>x</b>" shown as text), and one such
    # ended podium check in "podium: error: ValueError: Markdown failed to strip
    # top-level tags", naming no file.
    renderer = Renderer()
    deep = renderer.render("1. " * 2_400 + "\n", "column", "a.md", 8)
    assert [i.message for i in deep.issues] == [
        "the Markdown nests too deeply to read (emphasis, lists or quotes inside one "
        "another hundreds of times); write it with less nesting"
    ]
    text = "Tekst hier.\n\n<b>vet</b> en meer.\n"
    after = renderer.render(text, "column", "b.md", 8)
    assert str(after.html) == str(Renderer().render(text, "column", "b.md", 8).html)
    assert "<p>Tekst hier.</p>" in str(after.html)


def test_a_disclosure_written_without_a_summary_is_given_one():
    """``<details>`` with no ``<summary>`` (a writer folding a passage away as a
    web page taught them) was published so: invalid HTML to the Nu checker
    ("Element details is missing a required instance of child element summary"),
    and a control a screen reader names only by the browser's own default.
    It is shown with the name browsers give it, in the story's language; one
    with its own summary keeps it."""
    text = (
        "<details>\nVerborgen tekst.\n</details>\n\n"
        "<details><summary>Eigen</summary>\nB\n</details>\n"
    )
    renderer = Renderer()
    nl = renderer.render(text, "column", "x.md", 1, lang="nl").html
    assert nl.count("<summary>") == 2
    assert "<details><summary>Details</summary><div>" in nl
    assert "<summary>Eigen</summary><div>" in nl
    assert "Verborgen tekst." in nl
    en = renderer.render("<details>x</details>\n", "column", "x.md", 1, lang="en").html
    assert "<details><summary>Details</summary><div>x</div></details>" in en


def test_a_summary_written_after_the_text_is_moved_first():
    """``<details><p>Tekst</p><summary>Meer</summary></details>``: browsers take
    only a first child as the control's name. A "Details" was put before the
    writer's own summary, which then stood inside as text (two summaries, and
    invalid HTML where it stood); now the writer's summary is moved first. A
    summary deeper inside (in a div) is none of the details' own."""
    renderer = Renderer()
    text = "<details>\n<p>Verborgen tekst.</p>\n<summary>Lees <em>meer</em></summary>\n</details>\n"
    html = renderer.render(text, "column", "x.md", 1, lang="nl").html
    assert html.count("<summary>") == 1
    assert html.startswith("<details><summary>Lees <em>meer</em></summary><div>")
    assert html.index("Verborgen tekst.") > html.index("</summary>")
    # Nested: each details gets its own summary, none is taken from the other.
    nested = (
        "<details><p>a</p><details><p>b</p><summary>Binnen</summary></details>"
        "<summary>Buiten</summary></details>"
    )
    html = renderer.render(nested + "\n", "column", "x.md", 1, lang="nl").html
    assert html.startswith("<details><summary>Buiten</summary><div><p>a</p>")
    assert "<details><summary>Binnen</summary><div><p>b</p></div></details>" in html
    deep = "<details><div><summary>Diep</summary></div></details>\n"
    html = renderer.render(deep, "column", "x.md", 1, lang="en").html
    assert html.startswith("<details><summary>Details</summary><div><div><summary>Diep")


def test_a_link_without_text_shows_its_address_and_is_a_warning():
    """``[](https://example.com/leeg)`` (the editor's link button pressed with
    no word selected) made ``<a href=...></a>``: a link a reader cannot see,
    that a keyboard stops on and a screen reader names nothing (axe link-name,
    WCAG 2.4.4 and 4.1.2). It shows its address, as a bare address does, and
    ``podium check`` asks for words. A linked picture without alt text names
    its link by the address too (its own warning asks for the alt text)."""
    text = (
        "Lees [](https://example.com/leeg) eens.\n\n"
        "Mail [ ](mailto:lotte@example.com).\n\n"
        "[![](https://example.org/logo.jpg)](https://example.com/logo)\n\n"
        '<a href="https://example.com/raw"><img src="https://example.org/raw.jpg"></a>\n\n'
        "[![Ons logo](https://example.org/logo.jpg)](https://example.com/named)\n"
    )
    body = Renderer(image_hosts=("example.org",)).render(text, "column", "x.md", 10)
    page = str(body.html)
    # Written in HTML, the picture has no alt at all: the link was left with no name.
    assert re.search(r'<a href="https://example.com/raw"[^>]*><img alt="example.com/raw" ', page)
    assert re.search(r'<a href="https://example.com/named"[^>]*><img alt="Ons logo" ', page)
    assert re.search(r'<a href="https://example.com/leeg"[^>]*>example.com/leeg</a>', page)
    assert re.search(r'<a href="mailto:lotte@example.com"[^>]*>lotte@example.com</a>', page)
    assert re.search(r'<a href="https://example.com/logo"[^>]*><img alt="example.com/logo"', page)
    said = [(i.line, i.message) for i in body.issues]
    assert (
        10,
        'link "https://example.com/leeg" has no text, so the page shows its address; '
        "write the words it is for: [our vacancies](https://example.com/leeg)",
    ) in said
    assert any(line == 12 and "mailto:lotte@example.com" in m for line, m in said)
    assert any(line == 14 and "has no alt text" in m for line, m in said)
    assert all(i.severity == "warning" for i in body.issues)


def test_link_text_that_says_nothing_of_where_it_leads_is_a_warning():
    """ "Klik [hier](...)" and "[Read more](...)": a screen reader lists a page's
    links by their text alone ("hier, hier, lees meer"), and search engines read
    the text as the linked page's description (Lighthouse's SEO audit "Links do
    not have descriptive text"). Each is a warning on its line, once per
    address and text, as is a text of only such words and the words joining
    them ("Klik hier voor meer"); the page is unchanged, and a link that names
    what it leads to ("vacature monteur", "hierarchy", "lees meer over de
    stage") is not one."""
    text = (
        "Solliciteer? Klik [hier](https://example.com/vacature).\n\n"
        "Nog eens [Hier!](https://example.com/vacature) en [hier](https://example.com/vacature).\n\n"
        "[**Read more**](https://example.com/blog) or [see more](https://example.com/blog)\n\n"
        '<p><a href="https://example.com/raw">lees   meer</a></p>\n\n'
        "De [vacature monteur](https://example.com/vacature) en "
        "[hierarchy](https://example.com/h), [Meer over ons](https://example.com/ons).\n\n"
        "[Klik hier voor meer](https://example.com/a), [read more about this](https://example.com/b),"
        " [lees meer over de stage](https://example.com/stage), [Solliciteer nu](https://example.com/c)\n"
    )
    body = Renderer().render(text, "column", "x.md", 10)
    assert '<a href="https://example.com/vacature"' in str(body.html)
    said = [(i.line, i.message) for i in body.issues if i.severity == "warning"]
    assert [(line, m.split(" does not")[0]) for line, m in said] == [
        (10, 'link text "hier"'),  # and not again for "Hier!" and "hier" to the same page
        (14, 'link text "Read more"'),
        (14, 'link text "see more"'),  # Lighthouse's words are all in the list
        (16, 'link text "lees meer"'),
        (20, 'link text "Klik hier voor meer"'),  # only such words, and the words joining them
        (20, 'link text "read more about this"'),
    ], said
    assert said[0][1] == (
        'link text "hier" does not say where the link leads (screen readers list links by '
        "their text, search engines read it as the page's description); write what the "
        "reader finds there, like [our vacancies](https://example.com/vacature)"
    )
    assert not any(i.severity == "error" for i in body.issues)


def test_the_vague_link_words_hold_every_english_word_lighthouse_flags():
    # Lighthouse 12's core/audits/seo/link-text.js, nonDescriptiveLinkTexts["en"]: the
    # README says the check flags these; Lighthouse has no Dutch list.
    lighthouse = {
        "click here", "click this", "go", "here", "information", "learn more", "more",
        "more info", "more information", "right here", "read more", "see more", "start", "this",
    }  # fmt: skip
    assert lighthouse <= VAGUE_LINK_TEXT, sorted(lighthouse - VAGUE_LINK_TEXT)


def test_a_footnote_never_referenced_is_left_out_and_a_warning():
    """``[^3]: ...`` written but never used in the text was listed under the
    story all the same, its way back ("↩") a link to "#c-fnref:3", which is
    nowhere on the page (the link checker: "Cannot find fragment"). It is left
    out, as GitHub and pandoc leave it out, and ``podium check`` says so on its
    line; a footnote used twice keeps both ways back."""
    text = (
        "Ik schrijf graag[^1] en veel[^1].\n\n"
        "[^1]: Zegt mijn manager.\n"
        "[^3]: Deze gebruik ik nergens.\n"
    )
    body = Renderer().render(text, "column", "x.md", 10, lang="nl")
    page = str(body.html)
    assert "nergens" not in page and "fn:3" not in page
    assert "Zegt mijn manager." in page
    ids = set(re.findall(r' id="([^"]+)"', page))
    targets = set(re.findall(r' href="#([^"]+)"', page))
    assert targets <= ids, targets - ids
    assert [(i.line, i.severity, i.message) for i in body.issues] == [
        (
            13,
            "warning",
            "footnote [^3] is never referred to in the text, so the page leaves "
            "it out; write [^3] where it belongs, or remove it",
        ),
    ]


def test_a_story_of_only_footnotes_never_referenced_has_no_empty_list():
    body = Renderer().render("Tekst.\n\n[^a]: Los.\n", "column", "x.md", 1)
    assert "footnote" not in str(body.html) and "<hr" not in str(body.html)


def test_a_link_to_a_question_of_an_interview_leads_to_it():
    """A question's anchor was "q1", "q2" (the theme's own, unprefixed), so
    ``[mijn tip](#wat-is-je-tip)``, the anchor a column's heading of those
    words has (and every Markdown site gives it), went to "#c-wat-is-je-tip",
    nowhere on the page, and "#q1" to "#c-q1", also nowhere: no writer's link
    reached a question. A question's anchor is now its words, as a heading's;
    two alike, or one alike a heading in an answer, stay apart."""
    text = (
        "Lees [mijn tip](#wat-is-je-tip).\n\n## Wat is je tip?\n\nBel.\n\n### Tips\n\nA.\n\n"
        "## Tips\n\nB.\n\n## Wat is je tip?\n\nNog een.\n"
    )
    body = Renderer().render(text, "interview", "x.md", 1)
    assert [q.id for q in body.qa] == ["c-wat-is-je-tip", "c-tips_1", "c-wat-is-je-tip_1"]
    page = str(body.html)
    ids = re.findall(r' id="([^"]+)"', page)
    assert len(ids) == len(set(ids)) and "c-tips" in ids
    assert 'href="#c-wat-is-je-tip"' in page


@pytest.mark.parametrize("kind", ["column", "interview"])
def test_a_link_to_an_anchor_the_story_does_not_have_is_a_warning(kind):
    """``[de tips](#tips-die-niet-bestaan)`` (a heading renamed, or an anchor
    guessed) led nowhere on the page (lychee: "Cannot find fragment") and
    podium check said nothing. It is a warning on its line that names the
    anchors the story's headings have; one that is there is none."""
    text = (
        "Zie [de tips](#tips-die-niet-bestaan) hieronder.\n\n"
        "## Tips\n\nWees jezelf. Meer in [mijn tips](#tips) en [het begin](#c-tips).\n\n"
        "## Wat nog meer?\n\nNiets.\n"
    )
    body = Renderer().render(text, kind, "x.md", 10)
    assert [(i.line, i.severity, i.message) for i in body.issues] == [
        (
            10,
            "warning",
            'link "#tips-die-niet-bestaan" leads to no heading or anchor in this '
            "story; the headings' anchors are #tips, #wat-nog-meer",
        ),
    ]


@pytest.mark.parametrize("kind", ["column", "interview"])
def test_an_empty_heading_is_left_out_and_a_warning(kind):
    """A column that ends with "## " (a heading begun and never written, or
    Word's empty "Kop 2" line pasted) gave <h2 id="c-story"></h2>: a heading a
    screen reader lists and says nothing of (axe empty-heading, the Nu
    checker's "Empty heading."). It is left out, and a warning on its line."""
    text = "Intro.\n\n## Vraag?\n\nAntwoord.\n\n```\n##\n```\n\n###\n\nLos.\n\n## \n"
    body = Renderer().render(text, kind, "x.md", 10)
    page = str(body.html)
    assert not re.search(r"<h\d[^>]*>\s*</h\d>", page), page
    assert "<pre" in page and "Los." in page
    assert [(i.line, i.severity, i.message) for i in body.issues] == [
        (
            line,
            "warning",
            f'the heading "{written}" has no words, so the page leaves it out; '
            "write them after the #s and a space, or remove the line",
        )
        for line, written in ((20, "###"), (24, "##"))
    ]


def test_questions_not_written_as_questions_in_an_interview_with_questions_warn():
    """An interview with one "## " question and others written as Word taught
    (a bold line, a numbered line, "### ") published those as the opening
    words or an answer's text: no question styling, not in the page's outline,
    no anchor. Only an interview with no "## " question at all was told. Each
    is a warning on its line now, saying how to write it; a bold line in an
    answer that asks nothing, or a sub-heading there, is none."""
    text = (
        "Sanne werkt hier sinds vorig jaar.\n\n"  # 10
        "**Wat doe je?**\n\n"  # 12
        "Ik help klanten.\n\n"
        "1. Wat is lastig?\n\n"  # 16
        "Maandag.\n\n"
        "### Wat is je tip:\n\n"  # 20
        "Bel even.\n\n"
        "## Waarom hier?\n\n"  # 24
        "Door de collega's.\n\n"
        "**Belangrijk.**\n\n"
        "### Een subkop\n\n"
        "Tekst.\n\n"
        "__Wat vind je het leukst?__\n\n"  # 34
        "Het team.\n"
    )
    body = Renderer().render(text, "interview", "x.md", 10)
    said = [(i.line, i.severity, i.message) for i in body.issues]
    intro = "shows it among the opening words"
    answer = "shows it as part of the answer above it"
    assert said == [
        (
            line,
            "warning",
            f'"{written}" looks like a question, but the page {where}: a '
            f"question starts with two # and a space, ## {q}",
        )
        for line, written, where, q in (
            (12, "**Wat doe je?**", intro, "Wat doe je?"),
            (16, "1. Wat is lastig?", intro, "Wat is lastig?"),
            (20, "### Wat is je tip:", intro, "Wat is je tip:"),
            (34, "__Wat vind je het leukst?__", answer, "Wat vind je het leukst?"),
        )
    ]


@pytest.mark.parametrize("kind", ["column", "interview"])
def test_the_derived_summary_and_quote_read_no_heading_into_a_sentence(kind):
    """A column that starts with its title again ("# Mijn eerste jaar als
    monteur") got the summary "Mijn eerste jaar als monteur Ik begon hier in
    de winter, ...", and one with "#### Wat ik leerde" above a sentence the
    pull quote "Wat ik leerde Ik leerde vooral luisteren ...", on its page and
    its card: a heading ends no sentence, so its words ran into the next. The
    summary and quote are taken from the text under the headings."""
    question = "## Wat doe je?\n\n" if kind == "interview" else ""
    text = (
        f"{question}# Mijn eerste jaar als monteur\n\n"
        "Ik begon hier in de winter, en we hadden meteen een storing.\n\n"
        "#### Wat ik leerde\n\n"
        "Ik leerde vooral luisteren naar collega's die al twintig jaar meegaan.\n\n"
        "## 🚀\n\nWij gingen de lucht in met een heel nieuw project voor de hele regio.\n"
    )
    body = Renderer().render(text, kind, "x.md", 1)
    summary = derive_summary(body)
    quote = derive_quote(body)
    assert summary.startswith("Ik begon hier in de winter"), summary
    assert quote is not None and quote.startswith("Ik begon"), quote
    for heading in ("Mijn eerste jaar", "Wat ik leerde", "🚀"):
        assert heading not in summary and heading not in quote


def test_a_table_whose_header_row_is_empty_has_no_empty_header_cells():
    """Markdown has no table without a header row, so a writer leaves it empty
    ("| | |" over "|---|---|"), or one of its cells to look merged ("| Dag | |
    Plaats |"): each became an empty <th>, a column header a screen reader
    announces as nothing (axe empty-table-header). A header row with no words
    is left out (a table without one), and an empty cell of a header row with
    words is a plain cell."""
    text = (
        "| | |\n|---|---|\n| maandag | kantoor |\n\n"
        "| Dag | | Plaats |\n|---|---|---|\n| woensdag | | Zwolle |\n"
    )
    page = str(Renderer().render(text, "column", "x.md", 1).html)
    first, second = page.split("</table>")[:2]
    assert "<thead" not in first and "<th" not in first and "maandag" in first
    heads = re.findall(r"<th>(.*?)</th>", second, re.S)
    assert len(heads) == 2 and all(re.sub(r"<[^>]+>|\s", "", h) for h in heads), heads
    assert re.search(r"<thead>\s*<tr>\s*<th>.*?</th>\s*<td></td>\s*<th>", second, re.S), second


def test_an_empty_heading_is_warned_of_where_the_page_leaves_it_out():
    """The warning and the page had a rule each: "> ## " in a block quote and
    "- ##" in a list were left out of the page without a word, and a "##"
    line inside a raw <div>, which the page shows as written, was told it was
    left out. The warning now says what the page did, on its line."""
    text = "Intro.\n\n> ## \n> Citaat.\n\n- ##\n- twee\n\n<div>\n##\n</div>\n\nLos.\n"
    body = Renderer().render(text, "column", "x.md", 10)
    page = str(body.html)
    assert not re.search(r"<h\d[^>]*>\s*</h\d>", page), page
    assert "<div>\n##\n</div>" in page, page
    assert [(i.line, i.message.split(" has ")[0]) for i in body.issues] == [
        (12, 'the heading "##"'),
        (15, 'the heading "##"'),
    ]
    # The raw <div>'s "##" before one left out: the warning took the <div>'s line.
    text = "Intro.\n\n<div>\nTekst\n\n##\n\nmeer\n</div>\n\nNa.\n\n#\n\nEinde.\n"
    body = Renderer().render(text, "column", "x.md", 10)
    assert "<div>\nTekst\n\n##\n\nmeer\n</div>" in str(body.html)
    assert [(i.line, i.message.split(" has ")[0]) for i in body.issues] == [
        (22, 'the heading "#"'),
    ]
    # Markdown stashes the block as it read it: a tab expanded, a blank line emptied.
    text = "Intro.\n\n<div>\t\n  \n##\n</div>\n\n#\n"
    body = Renderer().render(text, "column", "x.md", 10)
    assert [(i.line, i.message.split(" has ")[0]) for i in body.issues] == [
        (17, 'the heading "#"'),
    ]
