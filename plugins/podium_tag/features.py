"""From a story to weighted term counts: one linear pass over its words.

Where a word stands matters: a theme named in the title or the pull quote is
what the story is about, a word in the body may be a passing mention. Each
occurrence therefore counts with its field's weight, and the tagger later
damps repeats (see ``model.py``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter

from podium.text import word_spans, words

from .vocab import Vocabulary

_STEM, _CONTENT, _HOT = itemgetter(0), itemgetter(2), itemgetter(3)
# A phrase's last word followed by at least this many letters is a compound
# ("instroom" + "programma"), not an inflection ("instroom" + "t").
MIN_COMPOUND_REST = 4


@dataclass(frozen=True)
class Doc:
    """The parts of a story the tagger reads."""

    lang: str
    title: str = ""
    quote: str | None = ""
    headings: Sequence[str] = ()
    body: str = ""
    explicit_themes: tuple[str, ...] = ()
    # Its paragraphs, title first, for the similarity in meaning (``meaning.py``):
    # only with PODIUM_TAG_MEANING, else empty (the keywords read the fields above).
    paragraphs: tuple[str, ...] = ()

    def fields(self) -> tuple[tuple[str, str], ...]:
        return (
            ("title", self.title or ""),
            ("quote", self.quote or ""),
            *(("headings", h or "") for h in self.headings),
            ("body", self.body or ""),
        )


# An evidence word shown as written is at most this much longer than as matched:
# "e-bike" for "e bike", "E-bike" for "e bike", not a run of dashes between them.
_WRITTEN_SLACK = 4


def as_written(doc: Doc, evidence: Sequence[str]) -> tuple[str, ...]:
    """Each evidence word (lowercased, "e bike" as the tagger matched "E-bike")
    as the story first wrote it, in the order of ``Doc.fields``: an editor
    searching the story for "e bike" found nothing. A word found nowhere, or
    written with something odd between its words (a control character, a long
    run of marks), is shown as matched."""
    wanted = {word: word.split(" ") for word in evidence}
    found: dict[str, str] = {}
    for _, text in doc.fields():
        shown, spans = word_spans(text)
        lowered = [w for w, _, _ in spans]
        for word, parts in wanted.items():
            if word in found:
                continue
            for i in _starts(lowered, parts):
                written = " ".join(shown[spans[i][1] : spans[i + len(parts) - 1][2]].split())
                if len(written) <= len(word) + _WRITTEN_SLACK * len(parts) and not any(
                    unicodedata.category(c).startswith("C") for c in written
                ):
                    found[word] = written
                    break
        if len(found) == len(wanted):
            break
    return tuple(found.get(word, word) for word in evidence)


def _starts(lowered: list[str], parts: list[str]):
    """Where ``parts`` stands in ``lowered`` (a field's words), word for word."""
    k = len(parts)
    for i, word in enumerate(lowered):
        if word == parts[0] and lowered[i : i + k] == parts:
            yield i


@dataclass
class TermStats:
    """How, and as which words, one term occurs in one document."""

    weight: float = 0.0  # sum of the field weights of its occurrences
    surfaces: dict[str, float] = field(default_factory=dict)  # word as written -> weight


@dataclass(frozen=True)
class Features:
    terms: dict[str, TermStats]
    length: int  # content words (no stop words): what the score is normalised by


def field_words(doc: Doc) -> list[tuple[str, list[str]]]:
    """(field name, its words) for the fields that have text: a story that is
    both learned from and matched is tokenised once."""
    return [(name, words(text)) for name, text in doc.fields() if text]


def extract(
    doc: Doc,
    vocab: Vocabulary,
    field_weights: dict[str, float],
    tokens: list[tuple[str, list[str]]] | None = None,
) -> Features:
    phrase_next, memo, lookup = vocab.phrase_next, vocab._memo, vocab.lookup
    tails = vocab.phrase_tails
    terms: dict[str, TermStats] = {}
    length = 0

    def hit(term: str, surface: str, weight: float) -> None:
        stats = terms.get(term)
        if stats is None:
            stats = terms[term] = TermStats()
        stats.weight += weight
        stats.surfaces[surface] = stats.surfaces.get(surface, 0.0) + weight

    for name, ws in field_words(doc) if tokens is None else tokens:
        weight = field_weights[name]
        # Read every word's info with a C-level map; only a field with a word
        # not seen before (rare after the first stories) takes the slow path.
        infos = list(map(memo.get, ws))
        if None in infos:
            infos = [info or lookup(w) for info, w in zip(infos, ws, strict=True)]
        length += sum(map(_CONTENT, infos))
        # Most words are evidence of nothing; visit only the others (found
        # at C speed), skipping the words a matched phrase has used up.
        skip = 0
        for i in compress(range(len(ws)), map(_HOT, infos)):
            if i < skip:
                continue
            s, found = infos[i][0], infos[i][1]
            index = phrase_next.get(s)
            candidates: tuple[tuple[str, ...], ...] = ()
            if index is not None:
                # Most phrase starts are common words ("mijn", "de"): only the
                # phrases that go on with the next word (or as a compound) are
                # compared at all.
                following = infos[i + 1][0] if i + 1 < len(ws) else ""
                candidates = index[0].get(following) or index[1]
            for phrase in candidates:
                k = len(phrase)
                stems = tuple(map(_STEM, infos[i : i + k]))
                if stems == phrase or (
                    # "zij-instroomprogramma" is read as "zij" + "instroomprogramma":
                    # the phrase "zij-instroom" goes on as a compound.
                    len(stems) == k
                    and stems[:-1] == phrase[:-1]
                    and (tail := tails.get(phrase)) is not None
                    and ws[i + k - 1].startswith(tail)
                    and len(ws[i + k - 1]) >= len(tail) + MIN_COMPOUND_REST
                ):
                    hit(" ".join(phrase), " ".join(ws[i : i + k]), weight)
                    skip = i + k
                    break
            else:
                for term in found:
                    hit(term, ws[i], weight)
    return Features(terms, length)
