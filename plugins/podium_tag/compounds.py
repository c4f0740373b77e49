"""Dutch compound splitting against a known vocabulary.

Dutch writes compounds as one word: a "klantenservicemedewerker" works in
customer care, a "warmtepompinstallateur" installs heat pumps. A stemmer
leaves such words whole, so a keyword inside them would be missed. We do
not need a full morphological analysis, only the answer to "which known
terms does this word contain?", so we split against the vocabulary the
tagger knows (keywords, their stems, learned terms and the forms seen in
training) with a small dynamic programme:

* a segment is either a known form (at least ``min_part`` letters, with an
  optional linking morpheme or inflection: s, e, en, n, es, er) or an unknown
  stretch of at least ``min_rest`` letters (a plausible word of its own);
* among all segmentations of the whole word, take the one that covers the
  most letters with known forms, then the one with the fewest segments.

The ``min_rest`` rule is what keeps "berekening" (calculation) from being
read as "be" + "rekening" (bill). The DP is quadratic in the word's length
(at most a few hundred steps) and every word is split once per tagger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Linking morphemes and the inflections a modifier carries inside a compound
# ("klant-en-service", "kind-er-opvang", "duurzaamheid-s-doelen").
# The last, "f", is the adjective a Dutch noun in -ie makes: "agressief",
# "innovatief", "preventief" are still about "agressie", "innovatie".
LINKS = ("", "s", "e", "en", "n", "es", "er", "f")

# Words that look like compounds against our vocabulary but are not:
# "digitaal" is not "digi" + "taal" (language). Kept short on purpose; add a
# word here when a false split shows up as wrong evidence.
NOT_COMPOUNDS = frozenset({"digitaal", "digitale", "kapitaal", "totaal", "metaal", "centraal"})
# Word stems whose inside looks like a known term anywhere they occur, also
# inside longer compounds: "begeleider" (mentor, support worker) and
# "praktijkbegeleider" are not a "leider" (leader). No known form may start
# inside one of these.
OPAQUE = ("begeleid",)


class CompoundSplitter:
    """Finds the known terms inside a compound word; results are cached."""

    def __init__(
        self,
        forms: Iterable[tuple[str, str]],
        min_part: int = 4,
        min_rest: int = 3,
        min_word: int = 8,
    ):
        """``forms`` are (form, term key) pairs: a form found inside a word means the term."""
        self.min_part = min_part
        self.min_rest = min_rest
        self.min_word = min_word
        self._forms: dict[str, str] = {}
        for form, term in sorted(forms):  # sorted: the first term wins, always the same one
            if len(form) >= min_part:
                for link in LINKS:
                    self._forms.setdefault(form + link, term)
        self._max_len = max((len(f) for f in self._forms), default=0)
        self._prefixes = frozenset(f[:min_part] for f in self._forms)
        self._cache: dict[str, tuple[str, ...]] = {}

    def split(self, word: str) -> tuple[str, ...]:
        """Term keys of the known parts of ``word``, in order, without repeats."""
        cached = self._cache.get(word)
        if cached is None:
            cached = self._split(word)
            self._cache[word] = cached
        return cached

    def _split(self, word: str) -> tuple[str, ...]:
        n = len(word)
        if n < self.min_word or word in NOT_COMPOUNDS or not self._forms:
            return ()
        # Known forms starting at each position. The 4-letter prefix filter
        # rejects most positions with one set lookup, which matters when ten
        # thousand stories bring a hundred thousand distinct long words.
        starts: list[list[tuple[int, str]]] = [[] for _ in range(n + 1)]
        found = False
        opaque = {k + d for o in OPAQUE for k in _find_all(word, o) for d in range(1, len(o))}
        for i in range(n - self.min_part + 1):
            if word[i : i + self.min_part] not in self._prefixes or i in opaque:
                continue
            for j in range(i + self.min_part, min(n, i + self._max_len) + 1):
                term = self._forms.get(word[i:j])
                if term is not None:
                    starts[i].append((j, term))
                    found = True
        if not found:
            return ()
        # An unknown stretch only needs to end where a known form starts, or
        # at the end of the word; other ends cannot lead anywhere better.
        ends = [j for j in range(1, n + 1) if j == n or starts[j]]
        # best[i]: (letters covered by known forms, -segments) for word[:i],
        # with back[i] = (start of the last segment, its term or None).
        best: list[tuple[int, int] | None] = [None] * (n + 1)
        back: list[tuple[int, str | None]] = [(0, None)] * (n + 1)
        best[0] = (0, 0)
        for i in range(n):
            here = best[i]
            if here is None:
                continue
            covered, neg_segments = here
            for j, term in starts[i]:
                _relax(best, back, j, (covered + j - i, neg_segments - 1), i, term)
            for j in ends:
                if j >= i + self.min_rest:
                    _relax(best, back, j, (covered, neg_segments - 1), i, None)
        if best[n] is None or best[n][0] == 0:
            return ()
        parts: list[str] = []
        i = n
        while i > 0:
            start, term = back[i]
            if term is not None:
                parts.append(term)
            i = start
        parts.reverse()
        return tuple(dict.fromkeys(parts))


def _find_all(word: str, part: str) -> list[int]:
    out, i = [], word.find(part)
    while i >= 0:
        out.append(i)
        i = word.find(part, i + 1)
    return out


def _relax(best, back, j: int, score: tuple[int, int], start: int, term: str | None) -> None:
    # Strictly better only: on a tie the first segmentation found (leftmost,
    # shortest first) stays, which keeps results deterministic.
    if best[j] is None or score > best[j]:
        best[j] = score
        back[j] = (start, term)


# A word of at least this many letters may hold a theme's keyword (as the
# splitter's own ``min_word``); the letters of words, as the search reads them.
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=16)
def _keyword_splitter(keywords: frozenset[str]) -> CompoundSplitter:
    return CompoundSplitter((k, k) for k in keywords)


def keywords_inside(keywords: Iterable[str], text: str) -> tuple[str, ...]:
    """The one-word ``keywords`` found inside the compounds of ``text``, in the
    order they first occur: "verlof" for a story of "ouderschapsverlof".

    For the search index: Pagefind finds a word by its start, and a Dutch
    compound is one word, so a job seeker's "verlof" missed the story. Only a
    theme's own keywords are looked for (bounded, and the words the hub chose
    to be found by); a word that is a keyword itself is a word of the text.
    """
    singles = frozenset(k for k in keywords if k and " " not in k and "-" not in k)
    if not singles:
        return ()
    splitter = _keyword_splitter(singles)
    found: dict[str, None] = {}
    for word in dict.fromkeys(w.lower() for w in _WORD.findall(text)):
        if word not in singles:
            found.update(dict.fromkeys(splitter.split(word)))
    return tuple(found)
