"""Learning a company's vocabulary from the stories editors tagged by hand.

Editors' keyword lists are short; the company's own words ("monitoring",
"omvormer", "inwerkprogramma") are not in them. From stories with explicit
themes we learn, per theme and language, the stems that are much more
common in stories *with* the theme than in stories *without* it:

    log-odds(t) = logit((a + α) / (n_in + 2α)) - logit((b + α) / (n_out + 2α))

where a of the n_in stories with the theme contain stem t, and b of the
n_out without it. The +α (add-half) smoothing keeps a stem seen in two
stories from looking infinitely telling. On a handful of stories nearly
every word looks telling ("inmiddels" was in both craft stories!), so a
term must also be *significant*: its log-odds divided by the estimated
standard error (√(1/(a+α) + 1/(n_in-a+α) + 1/(b+α) + 1/(n_out-b+α)), the
usual z-score of a log-odds ratio) must reach ``min_z``. In practice that
means nothing is learned from fewer than three or four stories with the
theme, which is the honest answer. Only the top k per theme are kept, and
learned terms weigh less than keywords.

The same counts also tell which keywords mislead in this company: a keyword
found in several hand-tagged stories, but more often in stories without the
theme than with it, gets its weight halved.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from podium.text import STOPWORDS, stem

from .features import Doc, extract, field_words
from .vocab import Vocabulary


@dataclass(frozen=True)
class LearnConfig:
    top_k: int = 15  # learned terms kept per theme and language
    min_df: int = 3  # stories with the theme that must contain a term
    min_log_odds: float = 1.5  # about 4.5 times the odds: clearly tied to the theme
    min_z: float = 2.0  # significance of the log-odds (about 95% one-sided: 1.65)
    min_stem: int = 4  # shorter stems ("set", "cut", "van") are too ambiguous
    max_share: float = 0.5  # a term in over half of all stories describes the company
    full_log_odds: float = 3.0  # log-odds at which a learned term gets its full weight
    weight: float = 0.5  # a learned term's full weight; keywords weigh 1.0
    smoothing: float = 0.5  # α above
    # Keyword down-weighting: seen in at least this many stories, and telling
    # against the theme (log-odds below zero).
    keyword_min_df: int = 3
    keyword_penalty: float = 0.5


@dataclass(frozen=True)
class LearnedTerm:
    theme: str
    lang: str
    term: str  # a stem
    example: str  # the word as written in most stories, for people reading the model
    log_odds: float
    doc_freq: int  # stories with the theme that contain it
    weight: float


@dataclass(frozen=True)
class Learned:
    terms: tuple[LearnedTerm, ...]
    forms: tuple[tuple[str, str], ...]  # (surface word, stem) pairs for compound splitting
    keyword_factors: Mapping[tuple[str, str, str], float]  # (lang, slug, term) -> factor


def learn(
    lang: str,
    docs: Iterable[Doc],
    slugs: Iterable[str],
    keyword_vocab: Vocabulary,
    field_weights: dict[str, float],
    config: LearnConfig,
) -> Learned:
    """Learn terms for one language from its hand-tagged stories."""
    slugs = sorted(set(slugs))
    stop = STOPWORDS.get(lang, frozenset())
    # Stems of stop words too: "één" folds to "een", which is no stop word
    # as written but is one after stemming.
    stop = stop | {stem(lang, w) for w in stop}
    doc_terms: list[frozenset[str]] = []
    doc_themes: list[frozenset[str]] = []
    # Each distinct word is judged and stemmed once per call: word -> its
    # stem if it can be learned, else "". The stories each word is written in
    # are counted, to show a learned stem as its most usual word.
    stem_of: dict[str, str] = {}
    occurrences: Counter = Counter()
    for doc in docs:
        tokens = field_words(doc)
        terms: set[str] = set()
        written: set[str] = set()
        for _, ws in tokens:
            distinct = set(ws)
            written |= distinct
            for w in distinct.difference(stem_of):
                s = stem(lang, w) if len(w) > 2 and w not in stop and w.isalpha() else ""
                stem_of[w] = s if len(s) >= config.min_stem and s not in stop else ""
            terms.update(map(stem_of.__getitem__, distinct))
        terms.discard("")
        occurrences.update(written)
        # Keyword matches (phrases, compound parts) count as present too, so
        # their statistics are about the keyword, not only the bare word.
        terms.update(extract(doc, keyword_vocab, field_weights, tokens).terms)
        doc_terms.append(frozenset(terms))
        doc_themes.append(frozenset(doc.explicit_themes))

    n = len(doc_terms)
    df_all: Counter = Counter()
    for terms in doc_terms:
        df_all.update(terms)
    by_stem: dict[str, Counter] = defaultdict(Counter)
    for w, s in stem_of.items():
        if s:
            by_stem[s][w] = occurrences[w]

    def surfaces(term: str) -> Counter | None:
        """In how many stories each word of this stem was written."""
        return by_stem.get(term)

    learned: list[LearnedTerm] = []
    factors: dict[tuple[str, str, str], float] = {}
    a_smooth = config.smoothing
    for slug in slugs:
        pairs = zip(doc_terms, doc_themes, strict=True)
        inside = [terms for terms, themes in pairs if slug in themes]
        n_in, n_out = len(inside), n - len(inside)
        if n_in < config.min_df:
            continue
        df_in: Counter = Counter()
        for terms in inside:
            df_in.update(terms)
        keyword_terms = {
            term
            for table in (keyword_vocab.singles, keyword_vocab.phrase_weights)
            for term, ws in table.items()
            if any(w.theme == slug for w in ws)
        }

        def log_odds(term: str, df_in=df_in, n_in=n_in, n_out=n_out) -> tuple[float, float]:
            """(log-odds ratio, its z-score) for stories with vs. without the theme."""
            a, b = df_in[term], df_all[term] - df_in[term]
            p_in = (a + a_smooth) / (n_in + 2 * a_smooth)
            p_out = (b + a_smooth) / (n_out + 2 * a_smooth)
            lo = _logit(p_in) - _logit(p_out)
            se = math.sqrt(
                1 / (a + a_smooth)
                + 1 / (n_in - a + a_smooth)
                + 1 / (b + a_smooth)
                + 1 / (n_out - b + a_smooth)
            )
            return lo, lo / se

        for term in sorted(keyword_terms):
            if df_all[term] >= config.keyword_min_df and log_odds(term)[0] < 0:
                factors[(lang, slug, term)] = config.keyword_penalty

        candidates = []
        for term, a in df_in.items():
            if a < config.min_df or term in keyword_terms or " " in term:
                continue
            if df_all[term] > config.max_share * n:
                continue
            lo, z = log_odds(term)
            if lo >= config.min_log_odds and z >= config.min_z:
                candidates.append((-lo, -a, term))
        for neg_lo, neg_a, term in sorted(candidates)[: config.top_k]:
            lo = -neg_lo
            weight = config.weight * min(1.0, lo / config.full_log_odds)
            example = _most_common(surfaces(term)) or term
            learned.append(LearnedTerm(slug, lang, term, example, lo, -neg_a, weight))

    learned_stems = {t.term for t in learned}
    forms = tuple(sorted((w, s) for w, s in stem_of.items() if s in learned_stems))
    return Learned(tuple(learned), forms, factors)


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def _most_common(counter: Counter | None) -> str | None:
    if not counter:
        return None
    # Highest count, then alphabetical: Counter.most_common breaks ties by
    # insertion order, which depends on the order of the training stories.
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]
