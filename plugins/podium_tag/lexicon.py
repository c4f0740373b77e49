"""The curated recruitment lexicon (``lexicon.yml``) and how it widens a theme.

Each family of the lexicon is attached to the ONE theme of the taxonomy it
fits best, and that theme's vocabulary is widened with the family's terms
(in the story's language, weighted below the editor's keywords, reported
with the source "lexicon"). A theme's fit to a family:

* its slug and name are what the editor says the theme *is*: each of their
  words (or the whole name) found in the family's ``match`` list counts
  ``NAME_FIT``; names are compared as whole words or as stems ("Teamleiders"
  is "teamleider");
* each of its keywords found in the ``match`` list counts 1, compared as
  whole words only: a stem would make "development" (learning) the same word
  as "developer" (tech) and hand the tech family to a growth theme.

A family's ``counted`` patterns ("{n} man", "team of {n}") are written out
for every number word of the file's ``counts`` and join its terms.

A family goes to the theme with the highest fit among the themes it fits at
least half as well as their own best family (a theme named "Software
development" is not widened with learning vocabulary because of one word, and
"Een nieuw vak", a switchers' theme, does not tie the craft family away from
"Het vak aan de luchtzijde"), if that fit reaches ``MIN_FIT`` (a name word, or
two keywords) and no other such theme fits exactly as well (two themes that fit
a family equally are both told apart from it by their own words only). So two
themes never share a family, and a keyword that happens to look like another
family's word cannot take that family away from the theme whose name is about
it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from podium import yamlio
from podium.text import FUNCTION_WORDS, phrase_stems, words
from podium_read.themes import Theme

NAME_FIT = 3
MIN_FIT = 2
SIDE_SHARE = 2  # a second family must fit at least 1/SIDE_SHARE of the best
WEIGHTS_FILE = "lexicon_weights.yml"


@dataclass(frozen=True)
class Family:
    name: str
    match: dict[str, frozenset[str]]  # lang -> words and phrases, as written (lowercased)
    match_stems: dict[str, frozenset[str]]  # lang -> the same, as stem keys
    terms: dict[str, tuple[str, ...]]  # lang -> terms as written


@lru_cache(maxsize=1)
def families() -> tuple[Family, ...]:
    text = resources.files(__package__).joinpath("lexicon.yml").read_text(encoding="utf-8")
    data = yamlio.load(text, "lexicon.yml").data
    counts = data.get("counts", {})  # lang -> number words for `counted` patterns
    out = []
    for name, spec in data["families"].items():
        match = {lang: frozenset(map(_plain, ws)) for lang, ws in spec["match"].items()}
        stems = {
            lang: frozenset(term_key(lang, w) for w in ws) for lang, ws in spec["match"].items()
        }
        terms = {lang: tuple(str(w) for w in ws) for lang, ws in spec["terms"].items()}
        # "{n} man" written out for every number word: "vijf man" ... "veertig man".
        for lang, patterns in spec.get("counted", {}).items():
            terms[lang] += tuple(
                str(p).replace("{n}", str(n)) for p in patterns for n in counts.get(lang, ())
            )
        out.append(Family(name, match, stems, terms))
    return tuple(out)


def _plain(text: object) -> str:
    return " ".join(words(str(text)))


@lru_cache(maxsize=20_000)
def term_key(lang: str, text: str) -> str:
    """A word or phrase as the tagger matches it: its stems, space-separated."""
    return " ".join(phrase_stems(lang, str(text)))


def _units(lang: str, text: str) -> set[str]:
    """The whole text and each of its words that is not a function word."""
    ws = words(text)
    function = FUNCTION_WORDS.get(lang, frozenset())
    return {" ".join(ws)} | {w for w in ws if w not in function} if ws else set()


def fit(theme: Theme, family: Family) -> int:
    """How well ``family`` describes ``theme``: NAME_FIT per name word, 1 per keyword."""
    named: set[tuple[str, str]] = set()
    keyed: set[tuple[str, str]] = set()
    for lang, match in family.match.items():
        stems = family.match_stems[lang]
        for text in (theme.slug.replace("-", " "), theme.name.get(lang, "")):
            for unit in _units(lang, text):
                if unit in match or term_key(lang, unit) in stems:
                    named.add((lang, unit))
        for keyword in theme.keywords.get(lang, ()):
            keyed.update((lang, unit) for unit in _units(lang, keyword) if unit in match)
    return NAME_FIT * len(named) + len(keyed - named)


@lru_cache(maxsize=64)  # Theme hashes by slug; the tuple is the whole taxonomy
def attached(themes: tuple[Theme, ...]) -> dict[str, tuple[Family, ...]]:
    """Per theme slug, the lexicon families attached to it (each family to one theme)."""
    out: dict[str, list[Family]] = {t.slug: [] for t in themes}
    table = {(t.slug, f.name): fit(t, f) for t in themes for f in families()}
    own_best = {t.slug: max((table[t.slug, f.name] for f in families()), default=0) for t in themes}
    for family in families():
        # A side match ("Software development" is not about learning) widens
        # nothing: the family must fit the theme about as well as its best one.
        # Nor does it take part in a tie: "Een nieuw vak" (a switchers' theme)
        # must not keep the craft family from "Het vak aan de luchtzijde".
        fits = sorted(
            (
                (table[t.slug, family.name], t.slug)
                for t in themes
                if table[t.slug, family.name] * SIDE_SHARE >= own_best[t.slug]
            ),
            reverse=True,
        )
        if not fits or fits[0][0] < MIN_FIT:
            continue
        if len(fits) > 1 and fits[1][0] == fits[0][0]:
            continue  # a tie: the family tells neither theme apart
        out[fits[0][1]].append(family)
    return {slug: tuple(fs) for slug, fs in out.items()}


def widened_terms(themes: Sequence[Theme], theme: Theme, lang: str) -> dict[str, str]:
    """Lexicon terms for ``theme`` in ``lang``: term as written -> family name."""
    out: dict[str, str] = {}
    for family in attached(tuple(themes)).get(theme.slug, ()):
        for term in family.terms.get(lang, ()):
            out.setdefault(term, family.name)
    return out


@lru_cache(maxsize=1)
def _factors() -> dict[tuple[str, str, str], float]:
    text = resources.files(__package__).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    data = yamlio.load(text, WEIGHTS_FILE).data or {}
    return {
        (family, lang, str(term)): float(factor)
        for family, langs in (data.get("factors") or {}).items()
        for lang, terms in langs.items()
        for term, factor in terms.items()
    }


def term_factor(family: str, lang: str, term: str) -> float:
    """How far a lexicon term of ``family`` has pointed at the family's theme in the
    labelled sets, relative to the family's other terms (``lexicon_weights.yml``,
    written by ``tests/tag/weigh.py``); 1.0 for a term the sets do not tell about."""
    return _factors().get((family, lang, term), 1.0)
