"""Pelican glue for pipeline step 3, tag: every story and vacancy gets its themes.

Runs when the articles are read (``article_generator_finalized``), before
linking and rendering. Stories with explicit themes are the training data,
so the tagger learns the company's own words beyond the keyword lists.
Themes and vacancies come from the site model; no file is read here.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from pelican import signals

from podium import fingerprint, pipeline
from podium.articles import with_translations
from podium.cache import ItemCache, build_cache
from podium.settings import SettingProblems, register_setting

from . import compounds, meaning, store
from .tagging import Tagging, site_config, story_doc, tag_all, vacancy_doc
from .vocab import COMPOUND_LANGS

log = logging.getLogger(__name__)
THEMES_KEY = pipeline.THEMES
TAGGER_KEY = pipeline.TAGGER

__all__ = ["every_story", "register", "story_doc", "tag_stories"]


def every_story(generator) -> list[Any]:
    """Published, hidden and draft stories: all are training data for the tagger."""
    groups = (generator.articles, generator.hidden_articles, generator.drafts)
    return [story for group in groups for story in with_translations(group)]


def tag_stories(generator) -> None:
    site = generator.context[pipeline.SITE]
    themes = list(site.themes)
    stories = every_story(generator)
    config = site_config(site.settings)
    docs = [
        story_doc(
            a.podium, a.headings, a.plain_text, a.quote, a._content if config.meaning else None
        )
        for a in stories
    ]
    embedded = meaning.embedded[0]
    tagging = _tag_cached(generator.settings, config, themes, docs, site.vacancies.vacancies)
    stats = generator.settings.setdefault(pipeline.STATS, {})
    stats["tags_reused"] = tagging.tagger is None
    stats["stories_embedded"] = meaning.embedded[0] - embedded
    terms = _SearchTerms(generator.settings, themes)
    for article, tags in zip(stories, tagging.stories, strict=True):
        article.theme_tags = tags
        article.theme_tags_json = [t.to_json() for t in tags]
        # For the search index (story.html): "verlof" finds "ouderschapsverlof".
        article.search_terms = terms.of(article.lang, article.plain_text)
        auto = [t for t in tags if t.source == "auto"]
        if auto:
            log.info(
                "tagged %s: %s",
                article.podium.path,
                "; ".join(f"{t.slug} {t.score:.2f} ({', '.join(t.evidence)})" for t in auto),
            )
    terms.save()
    generator.context[THEMES_KEY] = themes
    generator.context[TAGGER_KEY] = tagging.tagger
    generator.context[pipeline.VACANCIES] = site.vacancies
    generator.context[pipeline.VACANCY_THEMES] = tagging.vacancies


class _SearchTerms:
    """Each story's theme keywords inside its compounds (``keywords_inside``),
    kept between builds per story under a hash of its language and text, in an
    entry keyed by the themes' keywords and the code. Reading every word of
    every story for them took 0.3 s of each warm build of 1,000 stories (a
    tenth of it), for the same answer each time.

    What is read back is not trusted (a CI cache restores the folder): each
    term must be one of the language's keywords and stand in the story's own
    text, else the story is searched again."""

    FILE = "search-terms.json"

    def __init__(self, settings: dict, themes: list) -> None:
        self.keywords = {
            lang: frozenset(k for theme in themes for k in theme.keywords.get(lang, ()))
            for lang in COMPOUND_LANGS
        }
        cache = build_cache(settings)
        code = fingerprint.code_fingerprint(Path(compounds.__file__), cache / fingerprint.MEMO)
        space = hashlib.sha256(b"podium search terms 1\0" + code.encode())
        space.update(repr(sorted((k, sorted(v)) for k, v in self.keywords.items())).encode())
        self.kept = ItemCache(cache / store.FOLDER / self.FILE, space.hexdigest())

    def of(self, lang: str, text: str) -> tuple[str, ...]:
        if lang not in self.keywords:
            return ()
        keywords = self.keywords[lang]

        def check(raw: Any) -> tuple[str, ...]:
            low = text.lower()
            if not isinstance(raw, list) or not all(
                isinstance(t, str) and t in keywords and t in low for t in raw
            ):
                raise ValueError("a term that is no keyword of this story's text")
            return tuple(raw)

        found = self.kept.get((lang, text), check)
        if found is None:
            found = compounds.keywords_inside(keywords, text)
            self.kept.put((lang, text), list(found))
        return found

    def save(self) -> None:
        self.kept.save()


def _tag_cached(settings, config, themes, docs, vacancies) -> Tagging:
    """``tag_all``, or the previous build's result when no input changed (store.py)."""
    cache = build_cache(settings)
    folder = cache / store.FOLDER
    vacancy_docs = [(v.id, vacancy_doc(v)) for v in vacancies]
    want = store.key(themes, docs, vacancy_docs, cache / fingerprint.MEMO, config)
    hit = store.load(folder, want, themes, docs, vacancy_docs)
    if hit is not None:
        # No tagger was fitted: the link step needs only the tags.
        return Tagging(None, *hit)
    kept = store.PerStory(folder, themes, config, cache / fingerprint.MEMO)
    tagging = tag_all(themes, docs, vacancies, kept, config)
    store.save(folder, want, tagging.stories, tagging.vacancies)
    return tagging


def parse_meaning(settings, source: str, _basics) -> bool:
    """``PODIUM_TAG_MEANING``: whether the tagger reads the similarity in meaning
    (``meaning.py``), which needs the ``meaning`` extra installed."""
    value = settings.get("PODIUM_TAG_MEANING", False)
    problems = SettingProblems(source)
    if not isinstance(value, bool):
        problems.bad("PODIUM_TAG_MEANING", f"must be True or False, not {value!r}")
    elif value and not meaning.available():
        problems.bad(
            "PODIUM_TAG_MEANING",
            f"is True, but the similarity in meaning needs {meaning.PACKAGE}, which is "
            f"not installed: {meaning.INSTALL} (or set it to False)",
        )
    problems.check()
    return value


# Validated with every other setting (podium.settings.get), once.
register_setting("PODIUM_TAG_MEANING", "tag_meaning", parse_meaning)


def register() -> None:
    signals.initialized.connect(pipeline.on_initialized)  # PLUGINS order
    signals.article_generator_finalized.connect(tag_stories)
