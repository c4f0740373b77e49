"""What a card says: the per-story input of the renderer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from podium.i18n import translate

KINDS = ("interview", "column", "theme", "hub")
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


# The opening mark the story page gives a quote in its own language (the
# quotes table in theme/static/css/podium.css, Chromium's own marks but for
# Dutch, which has the design's “ as English does): the card and square draw the
# same mark as the page. A language not listed opens with “. tests/browser/test_right_to_left.py
# checks the table against the browser.
_OPENING_MARKS = {
    **dict.fromkeys(("bg", "cs", "de", "et", "hr", "hu", "lt", "pl", "ro", "sk", "sl", "sr"), "„"),
    **dict.fromkeys(("el", "fa", "fr", "it", "nb", "nn", "no", "pt-pt", "ru", "uk"), "«"),
    **dict.fromkeys(("ar", "fi", "he", "sv", "ur"), "”"),
}


def opening_mark(quote_lang: str | None, rtl: bool) -> str:
    """The mark where a quote begins, as its story page draws it: the design's
    “ (mirrored, ”, in a quote written right to left), or, for a quote marked
    with its own language, that language's."""
    if quote_lang:
        tag = quote_lang.lower()
        return _OPENING_MARKS.get(tag) or _OPENING_MARKS.get(tag.split("-")[0], "“")
    return "”" if rtl else "“"


@dataclass(frozen=True)
class CardSpec:
    title: str
    quote: str = ""  # the pull quote, or the summary for theme and hub cards
    author_name: str | None = None  # None for anonymised stories
    author_role: str | None = None
    portrait_path: Path | None = None  # None when consent.social is false
    theme_color: str = "#0b5d4b"
    brand_name: str = "Podium"
    logo_path: Path | None = None
    lang: str = "nl"
    kind: str = "interview"
    quote_lang: str | None = None  # the pull quote's own language (<blockquote lang>)
    # Its direction as written (<blockquote dir>): "rtl" or "ltr" sets it, as on its
    # page; else (None, "auto") its first strong letter does.
    quote_dir: str | None = None
    # Who said the quote when the page's caption names someone other than the
    # author ("— Joost Hart, teamleider", the blockquote's last line).
    quote_by: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {self.kind!r}")
        if not _HEX.fullmatch(self.theme_color or ""):
            raise ValueError(f'theme_color must be "#rrggbb", not {self.theme_color!r}')

    @property
    def has_author(self) -> bool:
        """Theme and hub cards speak for the company, not for a person. An
        anonymised story's person is their role alone ("Oud-collega ·
        Ontwerper", as its page says), without the name."""
        return self.kind in ("interview", "column") and bool(self.author_name or self.author_role)

    @property
    def kind_label(self) -> str:
        # In strings.yml with the pages' texts, so a language added there is
        # added to the cards too; the card's file name hashes this text.
        return translate(f"card_kind_{self.kind}", self.lang)
