"""What the tagger looks for in one language: terms and their theme weights.

A *term* is a stem ("klant") or, for a phrase keyword, its stems joined by
spaces ("custom servic"). Each term points at the themes it is evidence for,
with a weight: keywords written by editors weigh 1.0, learned terms less
(see ``learn.py``). The vocabulary also owns the compound splitter, whose
forms are the terms' surface words and stems, so a compound containing a
keyword finds it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from podium.text import STOPWORDS, phrase_stems, stem, words

from .compounds import CompoundSplitter

# Languages that write compounds as one word. English "customer service" is
# two words and is matched as a phrase instead.
COMPOUND_LANGS = frozenset({"nl", "de", "da", "sv", "no"})
MIN_STEM_FORM = 6
MIN_WIDENED_FORM = 5
MEMO_LIMIT = 500_000

# (stem, the terms the word is evidence of, 1 if a content word else 0,
# whether the word matters at all: has terms or may start a phrase).
WordInfo = tuple[str, tuple[str, ...], int, bool]


@dataclass(frozen=True)
class TermWeight:
    theme: str  # slug
    weight: float
    origin: str  # "keyword", "name", "description", "lexicon" or "learned"


@dataclass(frozen=True)
class Vocabulary:
    lang: str
    singles: Mapping[str, tuple[TermWeight, ...]]  # one-word terms by stem
    # Phrases by their first stem, longest first, so "customer service" wins
    # over "customer" and the same words never count twice.
    phrases: Mapping[str, tuple[tuple[str, ...], ...]]
    phrase_weights: Mapping[str, tuple[TermWeight, ...]]  # by term key
    # Compound languages: a phrase whose last word goes on as a compound
    # ("zij-instroom" in "zij-instroomprogramma") -> that last word as written.
    phrase_tails: Mapping[tuple[str, ...], str] = field(default_factory=dict)
    splitter: CompoundSplitter | None = field(default=None, compare=False)
    # Dutch: the stem of a plural in -s that the stemmer keeps apart from its
    # singular in -e -> the singular's term ("functies" -> "functie",
    # "pauzes" -> "pauz"). See build_vocabulary.
    plurals: Mapping[str, str] = field(default_factory=dict)
    # ``phrases`` indexed for reading: first stem -> (second stem -> the
    # phrases that may match there, in ``phrases`` order; the phrases that may
    # match whatever comes next, as compounds). Derived, see build_vocabulary.
    phrase_next: Mapping[str, tuple[dict[str, tuple[tuple[str, ...], ...]], tuple]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # word -> WordInfo. Stories
    # reuse the same few thousand words, so after the first stories a word
    # costs one dict lookup instead of a stem, a table lookup and a split.
    _memo: dict[str, WordInfo] = field(default_factory=dict, compare=False, repr=False)

    def weights(self, term: str) -> tuple[TermWeight, ...]:
        return self.singles.get(term) or self.phrase_weights.get(term, ())

    def lookup(self, word: str) -> WordInfo:
        info = self._memo.get(word)
        if info is None:
            s = stem(self.lang, word)
            s = self.plurals.get(s, s)
            if s in self.singles:
                terms: tuple[str, ...] = (s,)
            elif self.splitter is not None:
                terms = self.splitter.split(word)
            else:
                terms = ()
            content = int(len(word) > 2 and word not in STOPWORDS.get(self.lang, ()))
            info = (s, terms, content, bool(terms) or s in self.phrases)
            if len(self._memo) < MEMO_LIMIT:  # bounded: a pathological input can't eat memory
                self._memo[word] = info
        return info


def build_vocabulary(
    lang: str,
    entries: Iterable[tuple[str, str, float, str]],
    extra_forms: Iterable[tuple[str, str]] = (),
) -> Vocabulary:
    """Build from (theme slug, keyword or stem, weight, origin) entries.

    Keywords, name and description words and lexicon terms arrive as written
    and are stemmed here; learned terms arrive as stems already and are used
    as they are (stemming a stem again can change it). ``extra_forms`` are
    (surface word, term) pairs seen in training, which help the compound
    splitter recognise inflected parts.
    """
    singles: dict[str, dict[str, TermWeight]] = {}
    phrase_w: dict[str, dict[str, TermWeight]] = {}
    phrases: dict[str, set[tuple[str, ...]]] = {}
    forms: set[tuple[str, str]] = set(extra_forms)
    tails: dict[tuple[str, ...], str] = {}
    plurals: dict[str, str] = {}
    for slug, text, weight, origin in entries:
        stems = (text,) if origin == "learned" else phrase_stems(lang, text)
        if not stems:
            continue
        key = " ".join(stems)
        table = singles if len(stems) == 1 else phrase_w
        current = table.setdefault(key, {}).get(slug)
        # A term both written as keyword and learned keeps the higher weight.
        if current is None or weight > current.weight:
            table[key][slug] = TermWeight(slug, weight, origin)
        if len(stems) > 1:
            phrases.setdefault(stems[0], set()).add(stems)
            if lang in COMPOUND_LANGS and origin != "learned":
                tail = words(text)[-1]
                if len(tail) >= MIN_WIDENED_FORM:
                    tails.setdefault(stems, tail)
        else:
            # Dutch words in -e make their plural in -s ("stage", "stages";
            # "functie", "functies"; "café", "cafés"), and the Snowball stemmer
            # strips the -e but keeps an -s after a vowel: "stag" and "stages"
            # never met, so an editor's "pauze" missed every "pauzes". Only the
            # words an editor wrote in themes.yml get their plural; the lexicon
            # lists the plurals it needs itself.
            if lang == "nl" and origin in ("keyword", "name", "description"):
                # The word of the entry that gave its one stem (stopwords aside).
                surface = next((w for w in words(text) if stem(lang, w) == key), "")
                if len(surface) >= 4 and surface.endswith(("e", "é")):
                    plurals.setdefault(stem(lang, surface + "s"), key)
            # Inside compounds, only an editor's keyword may be as short as
            # four letters: a lexicon "uren" (hours) would also be found in
            # "retouren" and "terugsturen".
            # A word of a theme's name or description is found as a word of
            # its own, never inside a compound: "geven" from "Leiding geven"
            # is not in "overgeven" (to be sick), nor "thuis" from "Werk en
            # thuis" in "thuiszorg" (home care).
            if origin in ("name", "description"):
                continue
            if origin == "keyword" or (origin != "learned" and len(text) >= MIN_WIDENED_FORM):
                forms.add((text.lower(), key))
            # Short stems are too ambiguous inside other words: "reken" (from
            # "rekening", bill) is also in "bespreken" (to discuss).
            if len(key) >= MIN_STEM_FORM:
                forms.add((key, key))
    # A plural that is a term of its own (a keyword, a lexicon "stages") or
    # starts a phrase stays what it is.
    plurals = {p: k for p, k in plurals.items() if p != k and p not in singles and p not in phrases}
    splitter = None
    if lang in COMPOUND_LANGS:
        splitter = CompoundSplitter(f for f in forms if " " not in f[0])
    ordered = {k: tuple(sorted(v, key=lambda p: (-len(p), p))) for k, v in phrases.items()}
    phrase_next = {}
    for first, candidates in ordered.items():
        compound = tuple(p for p in candidates if p in tails)
        by_second = {
            second: tuple(p for p in candidates if p[1] == second or p in tails)
            for second in {p[1] for p in candidates}
        }
        phrase_next[first] = (by_second, compound)
    return Vocabulary(
        lang=lang,
        # Plain dicts, read-only by convention: they are looked up for every
        # word of every story, and a mappingproxy lookup is measurably slower.
        singles={k: _sorted(v) for k, v in singles.items()},
        phrases=ordered,
        phrase_next=phrase_next,
        phrase_weights={k: _sorted(v) for k, v in phrase_w.items()},
        phrase_tails=tails,
        splitter=splitter,
        plurals=plurals,
    )


def _sorted(by_theme: dict[str, TermWeight]) -> tuple[TermWeight, ...]:
    return tuple(by_theme[s] for s in sorted(by_theme))
