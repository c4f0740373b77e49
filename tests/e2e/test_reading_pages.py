"""What a job seeker reads: story pages, listings and the people list."""

from __future__ import annotations

from pathlib import Path

from podium_cli.build import build
from podium_testkit import read_page


def _build(site: Path) -> Path:
    return build(site / "pelicanconf.py", site / "output").output


def test_a_pull_quote_from_an_arabic_blockquote_keeps_its_language_and_direction(site):
    """The pull quote above the story was taken from the story's first
    blockquote without its lang and dir: a Dutch page read the Arabic in Dutch,
    and its full stop jumped to the wrong side."""
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text(encoding="utf-8").replace(
        "> Rust is ook werk, zei mijn teamleider ooit tegen me op een drukke dag.",
        '<blockquote lang="ar" dir="rtl"><p>الصبر مفتاح الفرج، قالت لي جدتي.</p></blockquote>',
    )
    story.write_text(text, encoding="utf-8")
    page = read_page(_build(site), "stories/ben-bakker/")
    quote = page.one("figure", "pullquote").children[0]
    assert quote.tag == "blockquote"
    assert (quote.attrs.get("lang"), quote.attrs.get("dir")) == ("ar", "rtl")
    assert "الصبر" in quote.children[0].text


def test_a_pull_quote_from_a_markdown_quote_marked_on_its_paragraph(site):
    """``> ...`` with ``{: lang="ar" dir="rtl"}`` marks the paragraph inside."""
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text(encoding="utf-8").replace(
        "> Rust is ook werk, zei mijn teamleider ooit tegen me op een drukke dag.",
        '> الصبر مفتاح الفرج، قالت لي جدتي دائمًا.\n> {: lang="ar" dir="rtl"}',
    )
    story.write_text(text, encoding="utf-8")
    page = read_page(_build(site), "stories/ben-bakker/")
    quote = page.one("figure", "pullquote").children[0]
    assert (quote.attrs.get("lang"), quote.attrs.get("dir")) == ("ar", "rtl")


def test_a_pull_quote_in_the_story_language_has_no_lang_of_its_own(built_site):
    page = read_page(built_site, "stories/ben-bakker/")
    quote = page.one("figure", "pullquote").children[0]
    assert "lang" not in quote.attrs and "dir" not in quote.attrs
