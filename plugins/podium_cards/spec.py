"""What a card says: the per-story input of the renderer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from podium.i18n import translate

KINDS = ("interview", "column", "theme", "hub")
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


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

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {self.kind!r}")
        if not _HEX.fullmatch(self.theme_color or ""):
            raise ValueError(f'theme_color must be "#rrggbb", not {self.theme_color!r}')

    @property
    def has_author(self) -> bool:
        """Theme and hub cards speak for the company, not for a person."""
        return self.kind in ("interview", "column") and bool(self.author_name)

    @property
    def kind_label(self) -> str:
        # In strings.yml with the pages' texts, so a language added there is
        # added to the cards too; the card's file name hashes this text.
        return translate(f"card_kind_{self.kind}", self.lang)
