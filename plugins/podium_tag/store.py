"""Tag results kept between builds, keyed by everything the tagging reads.

Fitting the tagger and scoring every story is a second of a warm build at a
thousand stories, and a nightly build with nothing changed would repeat it
for the same answer. The result depends only on the themes, every story's
and vacancy's text (the fit learns from all of them, and the relative bar
compares a story's themes with each other), the tagging code and the
lexicon; the key hashes exactly those, so any change to any story misses
and the whole site is tagged again (tags are not per story: one new
hand-tagged story can change what is learned for all).

Tagging again is still mostly the same work as before, so it is kept per
story too (``PerStory``, on ``podium.cache.ItemCache``): which of the themes'
terms each story contains, under a hash of the code, the themes and the
settings (what the site's term shares are counted from); what each
language's hand-tagged stories taught, under a hash of those stories and the
shares; and each story's and vacancy's tags, under a hash of the fitted
tagger (``Tagger.identity``). One edited story that changes no share and
teaches nothing new is then extracted and scored alone.

The entry is JSON, never pickle, and it is not trusted: a folder restored
from a CI cache could hold a planted file. An entry that does not decode,
carries another key, or names a theme, source or evidence word the inputs
cannot produce is a miss, and the site is tagged from scratch.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from collections.abc import Sequence
from functools import cache, partial
from importlib import resources
from pathlib import Path

from podium.cache import ItemCache, read_entry, write_entry
from podium.fingerprint import code_fingerprint
from podium_read.themes import Theme

from . import decision, lexicon, meaning
from .features import Doc
from .learn import LearnConfig, Learned, LearnedTerm
from .model import ORIGINS, Coverage, Tagger, TaggerConfig, ThemeTag
from .vocab import Vocabulary

log = logging.getLogger(__name__)
FOLDER = "tags"
ENTRY = "tags.json"
TERMS = "terms.json"  # per story: the themes' terms it contains (for the site's shares)
LEARNED = "learned.json"  # per language: what the hand-tagged stories taught the tagger
DOC_TAGS = "docs.json"  # per story and vacancy: its tags from one fitted tagger
# Per story: each theme's score before the themes' lower floors (model.Coverage).
COVERAGE = "coverage.json"
# One entry: the previous build's. A site's tags are a few hundred bytes per story.
MAX_ENTRY_BYTES = 64 * 1024 * 1024


# The package's data files: what the tagger reads besides code and the site. A
# package upgrade that ships new weights must not reuse tags kept under the old.
DATA_FILES = ("lexicon.yml", lexicon.WEIGHTS_FILE, decision.DECISION_FILE, decision.MEANING_FILE)
# Per story: its vector for the similarity in meaning (PODIUM_TAG_MEANING), under
# a hash of the text it was computed from, in an entry keyed by the model's version.
VECTORS = "vectors.json"


def data_bytes() -> bytes:
    folder = resources.files(__package__)
    return b"\0".join(folder.joinpath(name).read_bytes() for name in DATA_FILES)


@cache
def _code(memo: Path | None) -> str:
    h = hashlib.sha256(code_fingerprint(Path(__file__).with_name("tagging.py"), memo).encode())
    h.update(data_bytes())
    return h.hexdigest()


def key(
    themes: Sequence[Theme],
    docs: Sequence[Doc],
    vacancies: Sequence[tuple[str, Doc]],
    memo: Path | None = None,
    config: TaggerConfig | None = None,
) -> str:
    """A hash of the code, the themes, the tagger's configuration (the hub's
    names are in it) and every text the tagger reads.

    ``memo`` is where the code's fingerprint is remembered between builds.
    """
    h = hashlib.sha256(b"podium tags 1\0" + _code(memo).encode())
    h.update(repr(config or TaggerConfig()).encode("utf-8", "surrogatepass") + b"\0")
    for part in (themes, docs, vacancies):
        # One item at a time: a repr of ten thousand stories at once is 60 MB.
        for item in part:
            h.update(repr(item).encode("utf-8", "surrogatepass") + b"\0")
        h.update(b"\1")
    return h.hexdigest()


def load(
    folder: Path,
    want: str,
    themes: Sequence[Theme],
    docs: Sequence[Doc],
    vacancies: Sequence[tuple[str, Doc]],
) -> tuple[tuple[list[ThemeTag], ...], dict[str, list[ThemeTag]]] | None:
    """The stored tags for ``want``, or None when absent, damaged, stale or implausible."""
    data = read_entry(folder / ENTRY, want, MAX_ENTRY_BYTES)
    if data is None:
        return None
    try:
        slugs = {t.slug for t in themes}
        stories = data["stories"]
        vacancy_tags = data["vacancies"]
        if len(stories) != len(docs) or set(vacancy_tags) != {vid for vid, _ in vacancies}:
            return None
        out_stories = tuple(_tags(raw, doc, slugs) for raw, doc in zip(stories, docs, strict=True))
        by_id = dict(vacancies)
        out_vacancies = {vid: _tags(raw, by_id[vid], slugs) for vid, raw in vacancy_tags.items()}
    except Exception:  # noqa: BLE001 - any damage at all means "tag again"
        return None
    return out_stories, out_vacancies


_NOT_LETTERS = re.compile(r"[\W_]+")


def _letters(text: str) -> str:
    # Evidence is shown as the tagger matched it: "part time" for "part-time".
    return _NOT_LETTERS.sub("", text.casefold())


class _StoryText:
    """A story's text, to find evidence words in.

    Most evidence is written in the story as it is shown, so the casefolded
    text answers first; only the rest ("part time" for "part-time") needs the
    letters-only text, which took 0.2 s of every warm build for a thousand
    stories when it was made for each. A word found in the casefolded text
    is always in the letters-only text too (both are made character by
    character), so the answer is the same.
    """

    def __init__(self, doc: Doc):
        self.folded = " ".join(text for _, text in doc.fields()).casefold()
        self._letters: str | None = None

    def has(self, word: str) -> bool:
        if word.casefold() in self.folded:
            return True
        if self._letters is None:
            self._letters = _letters(self.folded)
        return _letters(word) in self._letters


def _tags(raw: list, doc: Doc, slugs: set[str]) -> list[ThemeTag]:
    text = _StoryText(doc)
    tags = []
    for item in raw:
        tag = ThemeTag(
            slug=item["slug"],
            source=item["source"],
            score=item["score"],
            evidence=tuple(item["evidence"]),
            sources=tuple(item["sources"]),
        )
        ok = (
            tag.slug in slugs
            and tag.source in ("explicit", "auto")
            and (tag.source == "auto") == (tag.slug not in doc.explicit_themes)
            and isinstance(tag.score, (int, float))
            and math.isfinite(tag.score)
            and all(isinstance(s, str) and s in ORIGINS for s in tag.sources)
            # Evidence is words of the story itself: nothing else can be shown.
            and all(isinstance(w, str) and text.has(w) for w in tag.evidence)
        )
        if not ok:
            raise ValueError(f"implausible tag {item!r}")
        tags.append(tag)
    return tags


class PerStory:
    """The per-story layer of the store for one build (see the module's docstring)."""

    def __init__(self, folder: Path, themes: Sequence[Theme], config: TaggerConfig, memo):
        self.folder, self.memo = folder, memo
        h = hashlib.sha256(b"podium tag terms 1\0" + _code(memo).encode())
        h.update(repr((tuple(themes), config)).encode("utf-8", "surrogatepass"))
        self._terms = ItemCache(folder / TERMS, h.hexdigest(), MAX_ENTRY_BYTES)
        self._learned = ItemCache(folder / LEARNED, h.hexdigest(), MAX_ENTRY_BYTES)
        self._config = config
        # Opened for the one tagger it is about (``coverage``'s ``base``).
        self._coverage: ItemCache | None = None
        self._coverage_for: Tagger | None = None
        self._vectors: StoryVectors | None = None

    # -- FitMemo (model.py) ---------------------------------------------
    def terms(self, doc: Doc, vocab: Vocabulary, extract_terms) -> list[str]:
        """A story's terms, extracted only when not kept."""
        found = self._terms.get((vocab.lang, doc), partial(_terms, vocab=vocab))
        if found is None:
            found = extract_terms()
            self._terms.put((vocab.lang, doc), found)
        return found

    def learned(self, lang: str, docs: Sequence[Doc], base: Tagger, learn_now) -> Learned:
        """What is learned from the hand-tagged ``docs``, learned again only when they
        or the site's shares changed (an edited story that nobody tagged by hand
        teaches nothing new)."""
        item = (lang, base.identity(), tuple(docs))
        slugs = {t.slug for t in base.themes}
        check = partial(_learned, lang=lang, slugs=slugs, config=self._config.learn)
        found = self._learned.get(item, check)
        if found is None:
            found = learn_now()
            self._learned.put(item, _plain_learned(found))
        return found

    def coverage(self, doc: Doc, base: Tagger, score_now) -> Coverage:
        """A story's scores before lower floors, scored only when not kept for ``base``
        (the themes, the shares and what was learned: ``Tagger.identity``)."""
        if self._coverage is None or self._coverage_for is not base:
            # Once per tagger, not per story: an identity hashes the site's shares.
            space = hashlib.sha256(b"podium tag coverage 1\0" + _code(self.memo).encode())
            space.update(base.identity().encode())
            self._coverage = ItemCache(self.folder / COVERAGE, space.hexdigest(), MAX_ENTRY_BYTES)
            self._coverage_for = base
        slugs = {t.slug for t in base.themes}
        found = self._coverage.get(doc, partial(_coverage, slugs=slugs))
        if found is None:
            found = score_now()
            self._coverage.put(doc, {slug: list(v) for slug, v in found.items()})
        return found

    def vectors(self) -> StoryVectors:
        """The stories' vectors for the similarity in meaning, kept between builds."""
        if self._vectors is None:
            self._vectors = StoryVectors(self.folder / VECTORS)
        return self._vectors

    def tag(self, tagger: Tagger, docs: Sequence[Doc]) -> list[list[ThemeTag]]:
        """``tagger.tag`` of each doc, the tags of a doc it tagged before read back.
        The fit is over by then: what it kept is written too."""
        self._terms.save()
        self._learned.save()
        if self._coverage is not None:
            self._coverage.save()
        space = hashlib.sha256(b"podium tag docs 1\0" + _code(self.memo).encode())
        space.update(tagger.identity().encode())
        kept = ItemCache(self.folder / DOC_TAGS, space.hexdigest(), MAX_ENTRY_BYTES)
        slugs = {t.slug for t in tagger.themes}
        out = []
        for doc in docs:
            tags = kept.get(doc, partial(_tags, doc=doc, slugs=slugs))
            if tags is None:
                tags = tagger.tag(doc)
                kept.put(doc, _plain(tags))
            elif self._vectors is not None:
                # Kept for the next build that tags it again (a theme edited): the
                # entry holds only the vectors asked for.
                self._vectors.get(meaning.doc_paragraphs(doc))
            out.append(tags)
        kept.save()
        if self._vectors is not None:
            self._vectors.save()
        log.debug("tags: %d of %d stories and vacancies scored again", kept.misses, len(docs))
        return out


class StoryVectors:
    """Story vectors (``meaning.VectorStore``) in the build cache: each under a hash
    of the paragraphs it was computed from, the entry under the model's version
    (a new version computes them all again). A stored vector that is not 512
    finite numbers of length 1 is a miss (``meaning.unpack``)."""

    def __init__(self, path: Path | None):
        space = hashlib.sha256(f"podium story vectors 1\0{meaning.version()}".encode())
        self._kept = ItemCache(path, space.hexdigest(), MAX_ENTRY_BYTES)

    def get(self, texts: tuple[str, ...]):
        return self._kept.get(texts, meaning.unpack)

    def put(self, texts: tuple[str, ...], vector) -> None:
        self._kept.put(texts, meaning.pack(vector))

    def save(self) -> None:
        self._kept.save()


def _terms(raw: list, vocab: Vocabulary) -> list[str]:
    if not all(isinstance(t, str) and vocab.weights(t) for t in raw):
        raise ValueError("a term the vocabulary does not have")
    return raw


def _coverage(raw: dict, slugs: set[str]) -> Coverage:
    """Stored scores of one story, checked: every theme once, plain numbers."""
    if set(raw) != slugs:
        raise ValueError("another set of themes")
    out = {}
    for slug, (score, passed, pieces) in raw.items():
        if not (_number(score) and score >= 0 and isinstance(passed, bool)):
            raise ValueError(f"implausible score for {slug}")
        if not (isinstance(pieces, int) and not isinstance(pieces, bool) and pieces >= 0):
            raise ValueError(f"implausible evidence count for {slug}")
        out[slug] = (float(score), passed, pieces)
    return out


def _plain_learned(learned: Learned) -> dict:
    return {
        "terms": [
            [t.theme, t.lang, t.term, t.example, t.log_odds, t.doc_freq, t.weight]
            for t in learned.terms
        ],
        "forms": [list(pair) for pair in learned.forms],
        "factors": [[*key, factor] for key, factor in learned.keyword_factors.items()],
    }


def _learned(raw: dict, lang: str, slugs: set[str], config: LearnConfig) -> Learned:
    """Stored learned terms, checked: themes of the site, this language, plain words
    and numbers in the ranges ``learn`` gives (a learned term never outweighs
    ``config.weight``; a keyword is only ever damped by ``keyword_penalty``)."""
    terms = []
    for theme, term_lang, term, example, log_odds, doc_freq, weight in raw["terms"]:
        ok = (
            theme in slugs
            and term_lang == lang
            and _words(term, example)
            and _number(log_odds)
            and isinstance(doc_freq, int)
            and doc_freq >= 0
            and _number(weight)
            and 0 <= weight <= config.weight
        )
        if not ok:
            raise ValueError(f"implausible learned term {term!r}")
        terms.append(LearnedTerm(theme, lang, term, example, log_odds, doc_freq, weight))
    forms = tuple((surface, stem) for surface, stem in raw["forms"] if _words(surface, stem))
    if len(forms) != len(raw["forms"]):
        raise ValueError("implausible learned form")
    factors = {}
    for factor_lang, slug, term, factor in raw["factors"]:
        if factor_lang != lang or slug not in slugs or not _words(term):
            raise ValueError(f"implausible keyword factor {term!r}")
        if factor != config.keyword_penalty:
            raise ValueError(f"implausible keyword factor {factor!r}")
        factors[(lang, slug, term)] = factor
    return Learned(tuple(terms), forms, factors)


def _words(*values) -> bool:
    return all(isinstance(v, str) and v for v in values)


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _plain(tags: list[ThemeTag]) -> list[dict]:
    return [
        {
            "slug": t.slug,
            "source": t.source,
            "score": t.score,
            "evidence": list(t.evidence),
            "sources": list(t.sources),
        }
        for t in tags
    ]


def save(
    folder: Path,
    want: str,
    stories: Sequence[list[ThemeTag]],
    vacancies: dict[str, list[ThemeTag]],
) -> None:
    """Replace the entry (write, then rename); a read-only cache is left alone."""
    data = {
        "stories": [_plain(tags) for tags in stories],
        "vacancies": {vid: _plain(tags) for vid, tags in vacancies.items()},
    }
    write_entry(folder / ENTRY, want, data)
