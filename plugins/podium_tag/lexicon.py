"""The curated recruitment lexicon (``lexicon.yml``) and how it widens a theme.

A theme is widened by a family when the theme's slug, name or keywords share
a stem with the family's ``match`` list in any language. The widened terms
are then evidence for that theme in the story's language, weighted below the
editor's keywords, and reported with the source "lexicon".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from podium import yamlio
from podium.text import phrase_stems
from podium_read.themes import Theme


@dataclass(frozen=True)
class Family:
    name: str
    match: dict[str, frozenset[str]]  # lang -> stem keys that identify the family
    terms: dict[str, tuple[str, ...]]  # lang -> terms as written


@lru_cache(maxsize=1)
def families() -> tuple[Family, ...]:
    text = resources.files(__package__).joinpath("lexicon.yml").read_text(encoding="utf-8")
    data = yamlio.load(text, "lexicon.yml").data["families"]
    out = []
    for name, spec in data.items():
        match = {lang: frozenset(_key(lang, w) for w in ws) for lang, ws in spec["match"].items()}
        terms = {lang: tuple(str(w) for w in ws) for lang, ws in spec["terms"].items()}
        out.append(Family(name, match, terms))
    return tuple(out)


@lru_cache(maxsize=20_000)
def _key(lang: str, text: str) -> str:
    return " ".join(phrase_stems(lang, str(text)))


@lru_cache(maxsize=256)  # Theme hashes by slug and compares every field
def theme_families(theme: Theme) -> tuple[Family, ...]:
    """The families whose ``match`` list shares a stem with the theme's own words."""
    found = []
    for family in families():
        for lang, match in family.match.items():
            own = {theme.slug.replace("-", " "), theme.name.get(lang, "")}
            own.update(theme.keywords.get(lang, ()))
            keys = {_key(lang, w) for w in own if w}
            # Single words of the name too: "Groene logistiek" is green.
            keys |= {s for w in own if w for s in _key(lang, w).split()}
            if keys & match:
                found.append(family)
                break
    return tuple(found)


def widened_terms(theme: Theme, lang: str) -> dict[str, str]:
    """Lexicon terms for ``theme`` in ``lang``: term as written -> family name."""
    out: dict[str, str] = {}
    for family in theme_families(theme):
        for term in family.terms.get(lang, ()):
            out.setdefault(term, family.name)
    return out
