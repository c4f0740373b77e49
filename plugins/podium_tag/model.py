"""The tagger: scores every theme for a story and explains each tag.

Score of theme T for a story::

    score(T) = Σ_terms  weight(T, term) · (1 + ln count(term))  /  √max(1, length / length_ref)

* ``count`` sums the field weight of each occurrence (title 3, quote 2,
  heading 1.5, body 1), so the title outweighs a passing mention, and
  ``1 + ln`` damps repeats: the tenth "klant" adds little to the ninth;
* ``weight`` is 1.0 for an editor's keyword and at most 0.5 for a learned
  term (``learn.py``);
* dividing by the square root of the story's length in content words keeps
  long stories, which mention everything once, from collecting every theme,
  while a genuinely themed long story still repeats its theme enough.

A theme is added automatically when its score reaches ``threshold`` *and* it
rests on at least ``min_terms`` distinct terms. With the defaults (2.5 and
2) a story of ordinary length needs three mentions, at least two of them
different words, or a title mention plus a body mention: "klant" once in a
developer's story, or "klanten" three times and nothing else, is not a
customer-care story. At most ``max_auto`` themes are added, the strongest
first; explicit themes are always kept.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from podium_read.themes import Theme

from .features import Doc, Features, extract
from .learn import LearnConfig, Learned, LearnedTerm, learn
from .text import phrase_stems
from .vocab import Vocabulary, build_vocabulary


@dataclass(frozen=True)
class ThemeTag:
    slug: str
    source: str  # "explicit" (the author or editor chose it) or "auto"
    score: float
    evidence: tuple[str, ...]  # words from the story that support the theme

    def to_json(self) -> dict:
        """The shape of ``_podium.themes`` items in stories.json (contract §6)."""
        return {
            "slug": self.slug,
            "source": self.source,
            "score": self.score,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class TaggerConfig:
    title_weight: float = 3.0
    quote_weight: float = 2.0
    heading_weight: float = 1.5
    body_weight: float = 1.0
    # Calibrated on the train split of tests/tag/eval: two different body
    # mentions score 2.0 (passing mentions in an unrelated story reach that
    # often), three mentions 2.7 to 3.0 (rarely reached by accident).
    threshold: float = 2.5
    min_terms: int = 2
    max_auto: int = 3
    # A story of up to this many content words (about 250 words of prose) is
    # scored as it is; longer ones are scaled down by √(length / length_ref).
    length_ref: int = 120
    max_evidence: int = 6
    learn: LearnConfig = field(default_factory=LearnConfig)

    def field_weights(self) -> dict[str, float]:
        return {
            "title": self.title_weight,
            "quote": self.quote_weight,
            "headings": self.heading_weight,
            "body": self.body_weight,
        }


@dataclass(frozen=True)
class ThemeScore:
    """Why a theme was or was not added: for ``podium`` debugging and tests."""

    slug: str
    score: float
    terms: int  # distinct terms that contributed
    evidence: tuple[str, ...]
    passed: bool


class Tagger:
    """Tags stories with themes; immutable once built, safe to share."""

    def __init__(
        self,
        themes: Sequence[Theme],
        config: TaggerConfig | None = None,
        learned: Mapping[str, Learned] | None = None,
    ):
        self.themes = tuple(themes)
        self.config = config or TaggerConfig()
        self._weights = self.config.field_weights()
        self._learned = MappingProxyType(dict(learned or {}))
        langs = {lang for t in self.themes for lang in t.keywords} | set(self._learned)
        self._vocab = {lang: self._build(lang) for lang in sorted(langs)}

    @classmethod
    def fit(
        cls,
        themes: Sequence[Theme],
        labelled_docs: Iterable[Doc],
        config: TaggerConfig | None = None,
    ) -> Tagger:
        """A tagger that also knows the terms learned from hand-tagged stories."""
        config = config or TaggerConfig()
        slugs = [t.slug for t in themes]
        by_lang: dict[str, list[Doc]] = {}
        for doc in labelled_docs:
            if doc.explicit_themes:
                by_lang.setdefault(doc.lang, []).append(doc)
        base = cls(themes, config)
        learned = {
            lang: learn(lang, docs, slugs, base.vocabulary(lang), base._weights, config.learn)
            for lang, docs in sorted(by_lang.items())
        }
        return cls(themes, config, learned)

    # -- inspection -------------------------------------------------------
    @property
    def learned_terms(self) -> tuple[LearnedTerm, ...]:
        return tuple(t for lang in sorted(self._learned) for t in self._learned[lang].terms)

    def vocabulary(self, lang: str) -> Vocabulary:
        vocab = self._vocab.get(lang)
        if vocab is None:  # a language without keywords: nothing to find
            vocab = self._vocab[lang] = build_vocabulary(lang, ())
        return vocab

    # -- tagging ----------------------------------------------------------
    def tag(self, doc: Doc) -> list[ThemeTag]:
        """Explicit themes as given, then automatic ones, strongest first."""
        features, scored = self._score(doc)
        limit = self.config.max_evidence
        tags: list[ThemeTag] = []
        explicit = list(dict.fromkeys(doc.explicit_themes))
        for slug in explicit:
            score, parts, _ = scored.get(slug, (0.0, [], False))
            tags.append(ThemeTag(slug, "explicit", score, _evidence(parts, features, limit)))
        auto = [(-s[0], slug) for slug, s in scored.items() if s[2] and slug not in explicit]
        for _, slug in sorted(auto)[: self.config.max_auto]:
            score, parts, _ = scored[slug]
            tags.append(ThemeTag(slug, "auto", score, _evidence(parts, features, limit)))
        return tags

    def scores(self, doc: Doc) -> list[ThemeScore]:
        """Every theme's score for ``doc``, in taxonomy order: the why of ``tag``."""
        features, scored = self._score(doc)
        return [
            ThemeScore(
                slug, score, len(parts), _evidence(parts, features, self.config.max_evidence), ok
            )
            for slug, (score, parts, ok) in scored.items()
        ]

    # -- internals --------------------------------------------------------
    def _score(self, doc: Doc) -> tuple[Features, dict[str, tuple[float, list, bool]]]:
        """Per theme, in taxonomy order: (score, [(contribution, term)], passed)."""
        cfg = self.config
        features = extract(doc, self.vocabulary(doc.lang), self._weights)
        contributions = self._contributions(features, doc.lang)
        norm = math.sqrt(max(1.0, features.length / cfg.length_ref))
        scored = {}
        for theme in self.themes:
            parts = contributions.get(theme.slug, [])
            score = round(sum(c for c, _ in parts) / norm, 4)
            passed = score >= cfg.threshold and len(parts) >= cfg.min_terms
            scored[theme.slug] = (score, parts, passed)
        return features, scored

    def _contributions(self, features: Features, lang: str) -> dict[str, list[tuple[float, str]]]:
        vocab = self.vocabulary(lang)
        out: dict[str, list[tuple[float, str]]] = {}
        for term, stats in features.terms.items():
            damped = 1.0 + math.log(max(1.0, stats.weight))
            for w in vocab.weights(term):
                out.setdefault(w.theme, []).append((w.weight * damped, term))
        return out

    def _build(self, lang: str) -> Vocabulary:
        learned = self._learned.get(lang)
        factors = learned.keyword_factors if learned else {}
        entries = [
            (t.slug, kw, factors.get((lang, t.slug, _term_key(lang, kw)), 1.0), "keyword")
            for t in self.themes
            for kw in t.keywords.get(lang, ())
        ]
        if learned:
            entries += [(t.theme, t.term, t.weight, "learned") for t in learned.terms]
        return build_vocabulary(lang, entries, learned.forms if learned else ())


def _term_key(lang: str, keyword: str) -> str:
    return " ".join(phrase_stems(lang, keyword))


def _evidence(parts: list[tuple[float, str]], features: Features, limit: int) -> tuple[str, ...]:
    """The story's own words behind a score, strongest term first, no repeats."""
    out: dict[str, None] = {}
    for _, term in sorted(parts, key=lambda p: (-p[0], p[1])):
        surfaces = features.terms[term].surfaces
        for surface in sorted(surfaces, key=lambda s: (-surfaces[s], s)):
            out.setdefault(surface, None)
            if len(out) >= limit:
                return tuple(out)
    return tuple(out)
