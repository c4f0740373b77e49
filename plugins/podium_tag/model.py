"""The tagger: scores every theme for a story and explains each tag.

Score of theme T for a story::

    score(T) = Σ_terms  weight(T, term) · (1 + ln count(term))  /  norm(length)

* ``count`` sums the field weight of each occurrence (title 3, quote 2,
  heading 1.5, body 1), so the title outweighs a passing mention, and
  ``1 + ln`` damps repeats: the tenth "klant" adds little to the ninth;
* ``weight`` is 1.0 for an editor's keyword, 1.0 shared by the words of the
  theme's name, 0.2 for a word of its description, 0.8 for a term of the
  curated lexicon (``lexicon.yml``; a phrase 1.0; each times its factor in
  ``lexicon_weights.yml``) and at most 0.5 for a learned term
  (``learn.py``); each evidence word reports which of these it came from;
* a term found in many of the site's stories weighs less, by its inverse
  document frequency (``spread_from``, ``spread_floor``): in a care home's
  stories nearly all mention "bewoners", which then tells them apart little;
* ``norm`` is the square root of the story's length in content words over
  ``length_ref`` when it is longer: long stories, which mention everything
  once, do not collect every theme, while a genuinely themed long story
  still repeats its theme enough. A very short story (under ``short_ref``)
  is scaled up the same way, by at most ``short_boost``: it has room for one
  clear mention only.

A theme is added automatically when its score reaches ``threshold``, reaches
``relative`` times the score of the story's strongest theme (a passing
mention next to a clear subject is not a theme, however long the story; this
relative bar stops at ``relative_cap``, a score that makes a second subject)
*and* it rests on at least ``min_terms`` distinct terms, a phrase counting as
``phrase_terms`` (a "first real job" is as specific as two words). With the
defaults (2.65 and 2) a story of ordinary length needs three mentions, at
least two of them different words, or a title mention plus a body mention:
"klant" once in a developer's story, or "klanten" three times and nothing
else, is not a customer-care story. At most ``max_auto`` themes are added,
the strongest first; explicit themes are always kept.

That is the hand rule (``TaggerConfig(decision=False)``). By default the
decision is learned (round 11, ``decision.py``): a logistic model over the same
evidence decides, within the hand rule's limits (``min_terms``; no bar under
the lowest floor; a theme at ``relative_cap`` on enough terms always passes),
and each theme's bar is the score at which the model would tag it. The hand
rule still sets the floors below, which the model reads. With
``TaggerConfig(meaning=True)`` (PODIUM_TAG_MEANING, ``meaning.py``) the model
also reads the story's similarity in meaning to each theme, and its gate lets a
theme outside the limits through at a higher probability (``decision.py``).

A theme's floor can be lower than ``threshold``, by what the site's own stories
say (``theme_share``, ``theme_floor``): an editor writes a theme because some of
the stories are about it, so a theme that fewer than ``theme_share`` of the
site's stories reach tells more about its five day-one keywords than about
the stories. Its floor drops to the score of the story that would make up
that share, but never below ``theme_floor`` times ``threshold``, and never
for a story without ``min_terms`` terms. ``podium tag --explain`` shows each
theme's own bar.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from types import MappingProxyType
from typing import Protocol

from podium.text import STOPWORDS, stem, words
from podium_read.themes import Theme

from . import decision
from .features import Doc, Features, extract
from .learn import LearnConfig, Learned, LearnedTerm, learn
from .lexicon import attached, term_factor, term_key, widened_terms
from .meaning import Meaning, VectorStore
from .meaning import features as meaning_features
from .meaning import version as meaning_version
from .vocab import Vocabulary, build_vocabulary


@dataclass(frozen=True)
class ThemeTag:
    slug: str
    source: str  # "explicit" (the author or editor chose it) or "auto"
    score: float
    evidence: tuple[str, ...]  # words from the story that support the theme
    # Where each evidence word's term came from: keyword, name, description,
    # lexicon or learned (parallel to ``evidence``).
    sources: tuple[str, ...] = ()

    def to_json(self) -> dict:
        """The shape of ``_podium.themes`` items in stories.json (contract §6)."""
        return {
            "slug": self.slug,
            "source": self.source,
            "score": self.score,
            "evidence": list(self.evidence),
            "evidence_sources": list(self.sources),
        }


@dataclass(frozen=True)
class TaggerConfig:
    title_weight: float = 3.0
    quote_weight: float = 2.0
    heading_weight: float = 1.5
    body_weight: float = 1.0
    # Two different body mentions score 2.0 (passing mentions in an unrelated
    # story reach that often), three mentions 2.69 to 3.0 (1 + ln 2 + 1 for
    # one word twice and another once; rarely reached by accident). First 2.5,
    # calibrated on the train split of tests/tag/eval; round 6 raised it to
    # 2.65 on the fifteen burned sets, where F1 was flat from 2.5 to 2.8 and
    # precision rose (docs/tagging-rounds.md).
    threshold: float = 2.65
    min_terms: int = 2
    max_auto: int = 3
    # A story of up to this many content words (about 250 words of prose) is
    # scored as it is; longer ones are scaled down by √(length / length_ref).
    length_ref: int = 120
    # A story of fewer content words than ``short_ref`` (a column of about
    # a hundred words) is scaled up the same way, by at most ``short_boost``:
    # it has room for one clear mention, not three.
    short_ref: int = 40
    short_boost: float = 2.0
    # A phrase term ("first wage", "zij-instroom traject") is as specific as
    # two words: it counts this many towards ``min_terms``.
    phrase_terms: int = 2
    max_evidence: int = 6
    # Relative judgement: a theme must also reach this share of the story's
    # strongest theme, so a passing mention next to a clear subject is not a
    # tag, whatever the story's length.
    relative: float = 0.4
    # ... but a theme that scores this much is one on its own, whatever the
    # strongest theme scores: a team lead's story that also tells at length
    # how she works four days a week is about both (about five mentions of
    # at least two different terms; 1.4 times the floor).
    relative_cap: float = 3.5
    # What the editor wrote besides keywords, and the curated lexicon
    # (``lexicon.yml``): evidence too, weighted below the keywords.
    name_weight: float = 1.0
    description_weight: float = 0.2
    lexicon_weight: float = 0.8
    # A lexicon phrase ("eerste echte baan", "I used to be") is far less
    # ambiguous than a lexicon word ("junior", "kinderen"): it counts as much
    # as an editor's keyword.
    lexicon_phrase_weight: float = 1.0
    # Each lexicon term's weight times its factor in ``lexicon_weights.yml``
    # (0.3 to 1.25, never above a keyword's 1.0): how often a story of the
    # labelled sets that contains the term was about its family's theme,
    # against the family's other terms ("spijt" nearly always, "vroeger" far
    # less). Off only to learn the factors (``tests/tag/weigh.py``), which
    # must not depend on themselves.
    weigh_lexicon: bool = True
    # A term that is not an editor's keyword but occurs in more than this
    # share of the site's stories ("kade" from a description naming the
    # company) is evidence of nothing; needs at least ``common_min_docs``.
    common_share: float = 0.3
    common_min_docs: int = 10
    # Softer than dropping: a term found in more than ``spread_from`` of the
    # site's stories tells those stories apart less, so its weight shrinks
    # with its inverse document frequency, ln(1/share) / ln(1/spread_from).
    # In a care home's stories nearly every one mentions "bewoners"; an
    # editor's keyword keeps at least ``spread_floor`` of its weight, because
    # the editor chose it.
    spread_from: float = 0.15
    spread_floor: float = 0.6
    # The prior that each of an editor's themes is about at least this share of
    # the site's stories: a theme fewer stories reach gets a lower floor, down
    # to ``theme_floor`` times ``threshold`` (see the module docstring): 1.72,
    # about two different body mentions. Chosen in round 6 on the fifteen
    # burned sets (tests/tag; shares 0.05 to 0.15 and floors 0.5 to 0.8 tried):
    # recall up by about 0.03 to 0.04 at the same precision.
    theme_share: float = 0.08
    theme_floor: float = 0.65
    # Whether a theme is tagged is decided by the logistic model of
    # ``decision.yml`` (``decision.py``), learned from the labelled sets, rather
    # than by the hand rule above (``threshold``, ``relative``, ``min_terms``):
    # round 11, docs/tagging-rounds.md. The hand rule still sets the floors and
    # is what ``tests/tag/decide.py`` compares with.
    decision: bool = True
    # PODIUM_TAG_MEANING: the learned decision also reads how close the story is
    # in meaning to each theme (``meaning.py``, ``decision_meaning.yml``): off by
    # default, for it needs the ``meaning`` extra and about 0.1 ms per word.
    meaning: bool = False
    learn: LearnConfig = field(default_factory=LearnConfig)
    # The hub's own names (SITENAME, the employer's name): every story may name
    # the company, so a word of them in a theme's name or description
    # ("Wie bij Lindehof leert ...") is evidence of nothing. An editor's
    # keyword stays one: the editor chose it.
    own_names: tuple[str, ...] = ()

    @property
    def lowest_bar(self) -> float:
        """The lowest a theme's bar goes: its lowest floor (``theme_floor``)."""
        return round(self.theme_floor * self.threshold, 4)

    def limits(self, score: float, pieces: int) -> tuple[bool, bool]:
        """The hand rule's limits around the learned decision, for a theme's score
        and pieces of evidence: whether it may be tagged at all (``min_terms``
        different terms and ``lowest_bar``), and whether it is tagged whatever the
        model says (``relative_cap`` on ``min_terms`` terms)."""
        plain = pieces >= self.min_terms
        return plain and score >= self.lowest_bar, plain and score >= self.relative_cap

    def field_weights(self) -> dict[str, float]:
        return {
            "title": self.title_weight,
            "quote": self.quote_weight,
            "headings": self.heading_weight,
            "body": self.body_weight,
        }


@dataclass(frozen=True)
class ThemeScore:
    """Why a theme was or was not added: for ``podium tag --explain`` and tests."""

    slug: str
    score: float
    # Distinct pieces of evidence, as ``min_terms`` counts them: a phrase
    # counts ``phrase_terms``, a keyword in two different compounds twice.
    terms: int
    evidence: tuple[str, ...]
    passed: bool
    sources: tuple[str, ...] = ()  # where each evidence word's term came from
    # The score it had to reach: with the learned decision, the score at which
    # the model would tag it, the rest of its evidence as it is (``decision.py``);
    # with the hand rule, the theme's floor (``threshold``, or lower for a theme
    # few of the site's stories reach), or a share of the best theme.
    bar: float = 0.0
    # What the story's length did to its scores: below 1 for a long story,
    # above 1 for a very short one (see ``_length_norm``).
    scale: float = 1.0
    # With the similarity in meaning (``TaggerConfig.meaning``): the story's cosine
    # to the theme and its z over the story's themes; the decision's probability
    # and the one it had to reach (the gate: within the hand rule's limits or
    # outside them; None when the limits tag it whatever the model says).
    meaning: tuple[float, float] | None = None
    chance: float | None = None
    gate: float | None = None


COMMON_SAMPLE = 500
# Per theme slug: (score, passed, pieces of evidence), for one story.
Coverage = dict[str, tuple[float, bool, int]]


class FitMemo(Protocol):
    """What ``Tagger.fit`` may take from an earlier fit instead of working it out
    (the build's tag store keeps both per story, ``store.PerStory``). Each
    method gets the way to compute its answer, and calls it for what it does
    not know."""

    def terms(
        self, doc: Doc, vocab: Vocabulary, extract_terms: Callable[[], list[str]]
    ) -> Iterable[str]:
        """The terms of the themes' vocabulary ``vocab`` that ``doc`` contains."""
        ...

    def learned(
        self, lang: str, docs: Sequence[Doc], base: Tagger, learn_now: Callable[[], Learned]
    ) -> Learned:
        """What ``base`` (the themes and the site's shares) learns from ``docs``."""
        ...

    def coverage(self, doc: Doc, base: Tagger, score_now: Callable[[], Coverage]) -> Coverage:
        """``base``'s (score, passed, pieces) of each theme for ``doc``: what the
        themes' lower floors are worked out from (``Tagger._theme_floors``)."""
        ...


# What a theme offers a vocabulary: (slug, as written, key, weight, origin).
_Source = tuple[str, str, str, float, str]

# Where a term came from, strongest first: the order evidence sources are named in.
ORIGINS = ("keyword", "name", "description", "lexicon", "learned")
# Which source keeps a term that several themes would share (keywords always do).
SHARING_ORDER = ("name", "lexicon", "description", "learned")


class Tagger:
    """Tags stories with themes; immutable once built, safe to share."""

    def __init__(
        self,
        themes: Sequence[Theme],
        config: TaggerConfig | None = None,
        learned: Mapping[str, Learned] | None = None,
        shares: Mapping[str, Mapping[str, float]] | None = None,
        floors: Mapping[str, float] | None = None,
        *,
        _sources: dict[str, list[_Source]] | None = None,
        meaning: Meaning | None = None,
    ):
        self.themes = tuple(themes)
        self.config = config or TaggerConfig()
        # The similarity in meaning (``TaggerConfig.meaning``); the model is loaded
        # when a story is first scored with it.
        if self.config.meaning and meaning is None:
            meaning = Meaning(self.themes)
        self._meaning = meaning if self.config.meaning and self.config.decision else None
        self._weights = self.config.field_weights()
        self._learned = MappingProxyType(dict(learned or {}))
        # lang -> term -> share of the site's stories that contain it.
        self._shares = MappingProxyType(dict(shares or {}))
        # slug -> a floor below ``threshold``, for themes few stories reach.
        self._floors = MappingProxyType(dict(floors or {}))
        self._families = {
            slug: tuple(sorted(f.name for f in fs)) for slug, fs in attached(self.themes).items()
        }
        langs = {lang for t in self.themes for lang in t.keywords} | set(self._learned)
        langs |= {lang for t in self.themes for lang in (*t.name, *t.description)}
        # Per language, the terms the themes offer (``_offered``): the same for
        # every tagger a fit makes of one taxonomy, so they share them.
        self._sources = {} if _sources is None else _sources
        self._vocab = {lang: self._build(lang) for lang in sorted(langs)}

    @classmethod
    def fit(
        cls,
        themes: Sequence[Theme],
        labelled_docs: Iterable[Doc],
        config: TaggerConfig | None = None,
        corpus: Iterable[Doc] = (),
        memo: FitMemo | None = None,
        vectors: VectorStore | None = None,
    ) -> Tagger:
        """A tagger that also knows the terms learned from hand-tagged stories.

        ``corpus`` is every story of the site, tagged or not: the words found
        in a large share of them (the company's name in a description) are
        dropped from the evidence that is not an editor's keyword.
        ``memo`` gives back what an earlier fit read from the same stories;
        ``vectors``, with ``TaggerConfig.meaning``, the stories' vectors kept.
        """
        config = config or TaggerConfig()
        meaning = Meaning(themes, vectors) if config.meaning else None
        slugs = [t.slug for t in themes]
        labelled_docs = list(labelled_docs)
        corpus = list(corpus) or labelled_docs
        by_lang: dict[str, list[Doc]] = {}
        for doc in labelled_docs:
            if doc.explicit_themes:
                by_lang.setdefault(doc.lang, []).append(doc)
        base = cls(themes, config, meaning=meaning)
        sources = base._sources
        shares = base._doc_shares(corpus, memo)
        if shares:
            base = cls(themes, config, shares=shares, _sources=sources, meaning=meaning)
        learned = {}
        for lang, docs in sorted(by_lang.items()):
            learn_now = partial(
                learn, lang, docs, slugs, base.vocabulary(lang), base._weights, config.learn
            )
            learned[lang] = (
                learn_now() if memo is None else memo.learned(lang, docs, base, learn_now)
            )
        if learned:
            tagger = cls(themes, config, learned, shares, _sources=sources, meaning=meaning)
        else:
            tagger = base
        if not corpus:
            return tagger
        # An evenly spaced sample, as for the shares: fitting stays near-linear.
        docs = corpus[:: max(1, len(corpus) // COMMON_SAMPLE)]
        found = []
        for doc in docs:
            score_now = partial(tagger._coverage, doc)
            found.append(score_now() if memo is None else memo.coverage(doc, tagger, score_now))
        floors = tagger._theme_floors(docs, found)
        if not floors:
            return tagger
        return tagger._with_floors(floors)

    def _with_floors(self, floors: Mapping[str, float]) -> Tagger:
        """This tagger with lower floors: the vocabulary does not read them, so
        it is kept, not built again."""
        floored = copy.copy(self)
        floored._floors = MappingProxyType(dict(floors))
        floored._vocab = dict(self._vocab)
        return floored

    def _theme_floors(self, docs: Sequence[Doc], found: Sequence[Coverage]) -> dict[str, float]:
        """Per theme that fewer than ``theme_share`` of the site's stories reach
        (hand-tagged or automatically, by the hand rule), the lower floor that lets
        the closest ones make up that share, never below ``theme_floor`` times
        ``threshold``. ``found`` is each story's scores (``_coverage``)."""
        cfg = self.config
        if not docs or cfg.theme_share <= 0:
            return {}
        need = max(1, math.ceil(cfg.theme_share * len(docs)))
        covered: Counter = Counter()  # hand-tagged, or tagged automatically
        explicit: Counter = Counter()
        # Per theme, the scores of the other stories with enough different terms.
        ranked: dict[str, list[float]] = {t.slug: [] for t in self.themes}
        for doc, scores in zip(docs, found, strict=True):
            for slug, (score, passed, pieces) in scores.items():
                if slug in doc.explicit_themes:
                    explicit[slug] += 1
                    covered[slug] += 1
                    continue
                covered[slug] += passed
                if pieces >= cfg.min_terms:
                    ranked[slug].append(score)
        floors = {}
        for slug, scores in ranked.items():
            if covered[slug] >= need or not scores:
                continue
            scores.sort(reverse=True)
            nth = scores[min(need - explicit[slug], len(scores)) - 1]
            floor = round(max(cfg.lowest_bar, nth), 4)
            if floor < cfg.threshold:
                floors[slug] = floor
        return floors

    def _doc_shares(
        self, corpus: Sequence[Doc], memo: FitMemo | None = None
    ) -> dict[str, dict[str, float]]:
        cfg = self.config
        by_lang: dict[str, list[Doc]] = {}
        for doc in corpus:
            by_lang.setdefault(doc.lang, []).append(doc)
        out = {}
        for lang, docs in by_lang.items():
            if len(docs) < cfg.common_min_docs:
                continue
            # A share is estimated well from five hundred stories; an evenly
            # spaced sample keeps fitting a large hub near-linear and cheap.
            docs = docs[:: max(1, len(docs) // COMMON_SAMPLE)]
            vocab = self.vocabulary(lang)
            df: Counter = Counter()
            for doc in docs:
                terms = partial(_term_list, doc, vocab, self._weights)
                df.update(terms() if memo is None else memo.terms(doc, vocab, terms))
            spread = {t: n / len(docs) for t, n in df.items() if n > cfg.spread_from * len(docs)}
            if spread:
                out[lang] = spread
        return out

    def _coverage(self, doc: Doc) -> Coverage:
        # By the hand rule: the floors are set by it (and learned on it).
        _, scored, _, _, _, _ = self._score(doc, rule=True)
        return {slug: (score, ok, pieces) for slug, (score, _, ok, pieces) in scored.items()}

    def _spread_factor(self, lang: str, key: str, origin: str) -> float:
        """How much of its weight a term keeps for being in many of the site's stories."""
        cfg = self.config
        share = self._shares.get(lang, {}).get(key)
        if share is None:
            return 1.0
        if origin != "keyword" and share > cfg.common_share:
            return 0.0  # "kade" from a description naming the company: evidence of nothing
        factor = math.log(1 / share) / math.log(1 / cfg.spread_from)
        return max(cfg.spread_floor if origin == "keyword" else 0.0, min(1.0, factor))

    # -- inspection -------------------------------------------------------
    def identity(self) -> str:
        """A hash of everything ``tag`` reads besides the story: two taggers with
        the same identity (and the same code) tag every story alike."""
        h = hashlib.sha256(repr((self.themes, self.config)).encode("utf-8", "surrogatepass"))
        h.update(repr(sorted(self._floors.items())).encode())
        if self._meaning is not None:  # a new model gives other vectors
            h.update(f"meaning {meaning_version()}".encode())
        for lang in sorted(self._shares):
            h.update(repr((lang, sorted(self._shares[lang].items()))).encode())
        for lang in sorted(self._learned):
            h.update(repr((lang, self._learned[lang])).encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def bar(self, best: float, slug: str | None = None) -> float:
        """The score a theme must reach in a story whose strongest theme scores
        ``best``: its floor (``threshold``, or ``slug``'s lower floor), or the
        relative bar if that is higher. Without ``slug``: the bar most themes share."""
        cfg = self.config
        floor = self._floors.get(slug, cfg.threshold) if slug is not None else cfg.threshold
        return round(max(floor, min(cfg.relative_cap, cfg.relative * best)), 4)

    @property
    def floors(self) -> Mapping[str, float]:
        """Per theme few of the site's stories reach, its floor below ``threshold``."""
        return self._floors

    @property
    def learned_terms(self) -> tuple[LearnedTerm, ...]:
        return tuple(t for lang in sorted(self._learned) for t in self._learned[lang].terms)

    def vocabulary(self, lang: str) -> Vocabulary:
        vocab = self._vocab.get(lang)
        if vocab is None:  # a language without keywords: nothing to find
            vocab = self._vocab[lang] = build_vocabulary(lang, ())
        return vocab

    def terms(self, lang: str) -> dict[str, list[tuple[str, float, str]]]:
        """Per theme: (term, weight, origin) of everything it looks for in ``lang``."""
        vocab = self.vocabulary(lang)
        out: dict[str, list[tuple[str, float, str]]] = {t.slug: [] for t in self.themes}
        for table in (vocab.singles, vocab.phrase_weights):
            for term, ws in table.items():
                for w in ws:
                    out.setdefault(w.theme, []).append((term, w.weight, w.origin))
        return out

    # -- tagging ----------------------------------------------------------
    def tag(self, doc: Doc) -> list[ThemeTag]:
        """Explicit themes as given, then automatic ones, strongest first."""
        features, scored, _, _, strength, _ = self._score(doc)
        limit = self.config.max_evidence
        tags: list[ThemeTag] = []
        explicit = list(dict.fromkeys(doc.explicit_themes))
        for slug in explicit:
            score, parts, _, _ = scored.get(slug, (0.0, [], False, 0))
            tags.append(ThemeTag(slug, "explicit", score, *_evidence(parts, features, limit)))
        # No more than ``max_auto``, the surest (the highest probability, or score
        # under the hand rule); listed strongest first, as scores go.
        if self._meaning is None:
            auto = [(-strength[k], k) for k, s in scored.items() if s[2] and k not in explicit]
            chosen = [slug for _, slug in sorted(auto)[: self.config.max_auto]]
        else:
            # As measured (decide.py, --meaning): the surest ``max_auto`` themes,
            # then those of them the relaxed gate lets through.
            ranked = sorted((-strength[k], k) for k in scored if k not in explicit)
            chosen = [k for _, k in ranked[: self.config.max_auto] if scored[k][2]]
        for slug in sorted(chosen, key=lambda k: (-scored[k][0], k)):
            score, parts, _, _ = scored[slug]
            tags.append(ThemeTag(slug, "auto", score, *_evidence(parts, features, limit)))
        return tags

    def scores(self, doc: Doc, all_evidence: bool = False) -> list[ThemeScore]:
        """Every theme's score for ``doc``, in taxonomy order: the why of ``tag``.

        ``all_evidence``: every word behind each score, not the first
        ``max_evidence`` (a tag carries those): ``--explain`` must account for
        the whole score, or a 7.92 resting on thirteen words shows six.
        """
        # The cosines the decision read: asking ``meaning_cosines`` again would parse
        # the story's paragraphs and take its cosines a second time.
        features, scored, bars, scale, strength, cosines = self._score(doc, explain=True)
        limit = None if all_evidence else self.config.max_evidence
        out = []
        for slug, (score, parts, ok, pieces) in scored.items():
            evidence, sources = _evidence(parts, features, limit)
            found = ThemeScore(slug, score, pieces, evidence, ok, sources, bars[slug], scale)
            if cosines:
                found = self._with_meaning(found, cosines, strength[slug])
            out.append(found)
        return out

    def _with_meaning(self, found: ThemeScore, cosines: Mapping[str, float], chance: float):
        """``found`` with its similarity in meaning and the gate that applied to it."""
        model = decision.model(meaning=True)
        similar = meaning_features(cosines, found.slug)
        may, on_its_own = self.config.limits(found.score, found.terms)
        gate = None if on_its_own else model.threshold if may else model.outside
        pair = (similar["embedding"], round(similar["embedding_z"], 2))
        return dataclasses.replace(found, meaning=pair, chance=round(chance, 4), gate=gate)

    # -- internals --------------------------------------------------------
    def _score(
        self, doc: Doc, rule: bool = False, explain: bool = False
    ) -> tuple[
        Features, dict[str, tuple[float, list, bool, int]], dict[str, float], float, dict, dict
    ]:
        """Per theme, in taxonomy order: (score, [(contribution, term, origin)],
        passed, pieces of evidence); then each theme's bar (with ``explain``), the
        length scale, how sure each theme is (to choose the ``max_auto``) and the
        story's cosine to each theme (empty without the similarity in meaning).

        With the learned decision (``TaggerConfig.decision``, not ``rule``) a
        theme passes when the model of ``decision.py`` gives it a probability at
        its threshold. By the hand rule, when it rests on ``min_terms`` pieces of
        evidence (``_distinct``), reaches its floor (``threshold``, or lower for
        a theme few of the site's stories reach: ``_theme_floors``) and reaches
        ``relative`` times the strongest theme's score, or ``relative_cap`` if
        that is lower: that is its bar.
        """
        cfg = self.config
        features, raw, norm = self._raw(doc)
        best = max((s for s, _, _ in raw.values()), default=0.0)
        bars, scored, strength = {}, {}, {}
        learned = cfg.decision and not rule
        lowest = cfg.lowest_bar
        meaning = self._meaning if learned else None
        model = decision.model(meaning is not None) if learned else None
        limits = {k: cfg.limits(s, n) for k, (s, _, n) in raw.items()} if learned else {}
        # The model is asked only where its answer matters (a theme outside the
        # limits is never tagged, one at ``relative_cap`` always is): most themes
        # of most stories are neither, and tagging is a hot path. ``explain`` wants
        # every theme's bar; the similarity in meaning's gate every theme's chance.
        asked = {k for k, (may, own) in limits.items() if (may or meaning) and not own}
        if explain:
            asked = set(raw)
        cosines = meaning.cosines(doc) if meaning is not None else None
        inputs = self._inputs(doc.lang, features, raw, norm, asked, cosines) if learned else {}
        for slug, (score, parts, pieces) in raw.items():
            if model is not None:
                # The model moves the bar between two limits the hand rule keeps.
                # One word, however often, is not a theme (``min_terms``), nor a
                # score under the lowest floor (``lowest_bar``: two different body
                # mentions in a story of ordinary length; a long story that names
                # a theme once does not reach it). A theme that scores
                # ``relative_cap`` on enough terms is one whatever the model makes
                # of the rest: a hub with fifteen keywords a theme and hand-tagged
                # stories (tests/tag/eval) scores far above the day-one sets the
                # model learned from.
                may, on_its_own = limits[slug]
                chance = 0.0  # outside the limits: never tagged, the model not asked
                if on_its_own:
                    chance = 1.0
                elif slug in asked:
                    chance = model.probability(inputs[slug])
                ok = model.passes(chance, may)
                strength[slug] = chance
                if explain:
                    bars[slug] = min(max(model.bar(inputs[slug]), lowest), cfg.relative_cap)
            else:
                bar = bars[slug] = self.bar(best, slug)
                ok = score >= bar and pieces >= cfg.min_terms
                strength[slug] = score
            scored[slug] = (score, parts, ok, pieces)
        return features, scored, bars, round(1 / norm, 4), strength, cosines or {}

    def _raw(self, doc: Doc) -> tuple[Features, dict[str, tuple[float, list, int]], float]:
        """Per theme: its score, its contributions and its pieces of evidence;
        and the story's length norm."""
        cfg = self.config
        features = extract(doc, self.vocabulary(doc.lang), self._weights)
        contributions = self._contributions(features, doc.lang)
        norm = _length_norm(features.length, cfg)
        raw = {}
        for theme in self.themes:
            parts = contributions.get(theme.slug, [])
            score = round(sum(c for c, _, _ in parts) / norm, 4)
            raw[theme.slug] = (score, parts, _distinct(parts, features, doc.lang, cfg))
        return features, raw, norm

    def _inputs(
        self,
        lang: str,
        features: Features,
        raw: dict[str, tuple[float, list, int]],
        norm: float,
        only: set[str] | None = None,
        cosines: Mapping[str, float] | None = None,
    ) -> dict[str, decision.Inputs]:
        """Per theme (of ``only``, if given), what the learned decision reads;
        ``cosines``: the story's similarity in meaning to each theme."""
        cfg = self.config
        # The best score of a theme's rivals: the best, or for the best the second.
        ranked = sorted(((s, k) for k, (s, _, _) in raw.items()), reverse=True)[:2]
        out = {}
        for slug, (score, parts, pieces) in raw.items():
            if only is not None and slug not in only:
                continue
            rivals = [s for s, k in ranked if k != slug]
            origin: dict[str, float] = {}
            for c, _, o in parts:
                origin[o] = origin.get(o, 0.0) + c
            out[slug] = decision.Inputs(
                score=score,
                floor=self._floors.get(slug, cfg.threshold),
                threshold=cfg.threshold,
                other=rivals[0] if rivals else 0.0,
                pieces=pieces,
                norm=norm,
                length=features.length,
                lang=lang,
                origin=origin,
                families=self._families.get(slug, ()),
                meaning=meaning_features(cosines, slug) if cosines else {},
            )
        return out

    def decision_inputs(self, doc: Doc) -> dict[str, decision.Inputs]:
        """Per theme, what the learned decision reads in ``doc`` (``tests/tag/decide.py``
        learns the model from these)."""
        features, raw, norm = self._raw(doc)
        cosines = self._meaning.cosines(doc) if self._meaning is not None else None
        return self._inputs(doc.lang, features, raw, norm, None, cosines)

    def meaning_cosines(self, doc: Doc) -> dict[str, float]:
        """Per theme, ``doc``'s similarity in meaning to it (``meaning.py``); empty
        without ``TaggerConfig.meaning``."""
        return self._meaning.cosines(doc) if self._meaning is not None else {}

    def _contributions(
        self, features: Features, lang: str
    ) -> dict[str, list[tuple[float, str, str]]]:
        vocab = self.vocabulary(lang)
        out: dict[str, list[tuple[float, str, str]]] = {}
        for term, stats in features.terms.items():
            damped = 1.0 + math.log(max(1.0, stats.weight))
            for w in vocab.weights(term):
                out.setdefault(w.theme, []).append((w.weight * damped, term, w.origin))
        return out

    def _offered(self, lang: str) -> list[_Source]:
        """What the themes offer in ``lang`` before the site's shares and what was
        learned weigh it: (slug, as written, key, weight, origin), in offering order.
        A keyword's weight is left to ``_build`` (the learned factors set it)."""
        found = self._sources.get(lang)
        if found is not None:
            return found
        cfg = self.config
        found = self._sources[lang] = []
        own = {term_key(lang, w) for name in cfg.own_names for w in words(name)}

        def offer(slug: str, text: str, weight: float, origin: str) -> None:
            key = term_key(lang, text)
            if key and not (origin in ("name", "description") and key in own):
                found.append((slug, text, key, weight, origin))

        for t in self.themes:
            for kw in t.keywords.get(lang, ()):
                offer(t.slug, kw, 1.0, "keyword")
            # A name's weight is shared by its words: in "Groene logistiek"
            # the sector word should not tag every story on its own.
            name_words = _content_words(lang, t.name.get(lang, ""))
            for word in name_words:
                offer(t.slug, word, cfg.name_weight / len(name_words), "name")
            for word in _content_words(lang, t.description.get(lang, "")):
                offer(t.slug, word, cfg.description_weight, "description")
            for term, family in widened_terms(self.themes, t, lang).items():
                phrase = len(words(term)) > 1
                weight = cfg.lexicon_phrase_weight if phrase else cfg.lexicon_weight
                if cfg.weigh_lexicon:
                    # Never above an editor's keyword (1.0): the lexicon is a
                    # guess at what the editor meant, the keyword is what they said.
                    weight = min(1.0, weight * term_factor(family, lang, term))
                offer(t.slug, term, weight, "lexicon")
        return found

    def _build(self, lang: str) -> Vocabulary:
        learned = self._learned.get(lang)
        factors = learned.keyword_factors if learned else {}
        # (slug, key) -> (weight, origin, as written): one entry per theme and
        # term, the strongest source winning.
        chosen: dict[tuple[str, str], tuple[float, str, str]] = {}

        def offer(slug: str, text: str, key: str, weight: float, origin: str) -> None:
            weight *= self._spread_factor(lang, key, origin)
            if weight <= 0:
                return
            current = chosen.get((slug, key))
            if current is None or weight > current[0]:
                chosen[(slug, key)] = (weight, origin, text)

        for slug, text, key, weight, origin in self._offered(lang):
            if origin == "keyword":
                weight = factors.get((lang, slug, key), 1.0)
            offer(slug, text, key, weight, origin)
        if learned:
            for lt in learned.terms:
                if lt.term:
                    offer(lt.theme, lt.term, lt.term, lt.weight, "learned")
        # An editor's keyword belongs to its theme only. Any other term that
        # several themes would share goes to the themes where it comes from
        # the strongest source (a name word beats a lexicon term, which beats
        # a description word), and those split its weight: "diploma" in the
        # starters and the growth family is half evidence for each, not
        # evidence for neither.
        keyword_of = {key: slug for (slug, key), v in chosen.items() if v[1] == "keyword"}
        rank = {origin: i for i, origin in enumerate(SHARING_ORDER)}
        strongest: dict[str, int] = {}
        for (_, key), (_, origin, _) in chosen.items():
            if origin != "keyword":
                strongest[key] = min(strongest.get(key, len(rank)), rank[origin])
        # A description word in several themes' descriptions ("Kade", "stores")
        # describes the company, not a theme: it is dropped from all of them.
        sharers = Counter(
            key
            for (_, key), (_, origin, _) in chosen.items()
            if origin != "keyword" and rank[origin] == strongest[key]
        )
        entries = []
        for (slug, key), (weight, origin, text) in chosen.items():
            if origin != "keyword":
                if key in keyword_of or rank[origin] != strongest[key]:
                    continue
                if sharers[key] > 1 and origin == "description":
                    continue
                weight /= sharers[key]
            entries.append((slug, text if origin != "learned" else key, weight, origin))
        return build_vocabulary(lang, entries, learned.forms if learned else ())


def _term_list(doc: Doc, vocab: Vocabulary, weights: dict[str, float]) -> list[str]:
    """The terms of ``vocab`` that ``doc`` contains."""
    return list(extract(doc, vocab, weights).terms)


def _length_norm(length: int, cfg: TaggerConfig) -> float:
    """What a story's score is divided by: √(length / ref) beyond either end."""
    if length > cfg.length_ref:
        return math.sqrt(length / cfg.length_ref)
    if length < cfg.short_ref:
        return max(1.0 / cfg.short_boost, math.sqrt(max(1, length) / cfg.short_ref))
    return 1.0


def _distinct(
    parts: list[tuple[float, str, str]], features: Features, lang: str, cfg: TaggerConfig
) -> int:
    """Distinct pieces of evidence behind a score, for ``min_terms``.

    A phrase counts ``phrase_terms``. A word term counts once per different
    word it was found as, inflections aside: "bewonersavond", "buurtbewoners"
    and "bewonersconsulent" are three things a story talks about, all with
    residents, while "klant" and "klanten" are one.
    """
    n = 0
    for term in {t for _, t, _ in parts}:
        if " " in term:
            n += cfg.phrase_terms
        else:
            n += len({stem(lang, s) for s in features.terms[term].surfaces})
    return n


def _content_words(lang: str, text: str) -> list[str]:
    """Words of a theme's name or description that can be evidence."""
    stop = STOPWORDS.get(lang, frozenset())
    return [w for w in words(text) if len(w) > 3 and w not in stop and w.isalpha()]


def _evidence(
    parts: list[tuple[float, str, str]], features: Features, limit: int | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The story's own words behind a score (at most ``limit``; None: all),
    strongest term first, no repeats, and where each one's term came from
    (keyword, name, ..., learned)."""
    out: dict[str, str] = {}
    for _, term, origin in sorted(parts, key=lambda p: (-p[0], p[1])):
        surfaces = features.terms[term].surfaces
        for surface in sorted(surfaces, key=lambda s: (-surfaces[s], s)):
            out.setdefault(surface, origin)
            if limit is not None and len(out) >= limit:
                return tuple(out), tuple(out.values())
    return tuple(out), tuple(out.values())
