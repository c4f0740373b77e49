"""Pelican glue for pipeline step 3, tag: every story and vacancy gets its themes.

Runs when the articles are read (``article_generator_finalized``), before
linking and rendering. Stories with explicit themes are the training data,
so the tagger learns the company's own words beyond the keyword lists.
Themes and vacancies come from the site model; no file is read here.
"""

from __future__ import annotations

import logging
from typing import Any

from pelican import signals

from podium import fingerprint, pipeline
from podium.articles import with_translations
from podium.cache import build_cache
from podium_validate import site_of

from . import store
from .compounds import keywords_inside
from .model import TaggerConfig
from .tagging import Tagging, story_doc, tag_all, vacancy_doc
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
    site = site_of(generator.context)
    themes = list(site.themes)
    stories = every_story(generator)
    docs = [story_doc(a.podium, a.headings, a.plain_text, a.quote) for a in stories]
    tagging = _tag_cached(generator.settings, themes, docs, site.vacancies.vacancies)
    stats = generator.settings.setdefault(pipeline.STATS, {})
    stats["tags_reused"] = tagging.tagger is None
    keywords = {
        lang: [k for theme in themes for k in theme.keywords.get(lang, ())]
        for lang in COMPOUND_LANGS
    }
    for article, tags in zip(stories, tagging.stories, strict=True):
        article.theme_tags = tags
        article.theme_tags_json = [t.to_json() for t in tags]
        # For the search index (story.html): "verlof" finds "ouderschapsverlof".
        article.search_terms = (
            keywords_inside(keywords[article.lang], article.plain_text)
            if article.lang in keywords
            else ()
        )
        auto = [t for t in tags if t.source == "auto"]
        if auto:
            log.info(
                "tagged %s: %s",
                article.podium.path,
                "; ".join(f"{t.slug} {t.score:.2f} ({', '.join(t.evidence)})" for t in auto),
            )
    generator.context[THEMES_KEY] = themes
    generator.context[TAGGER_KEY] = tagging.tagger
    generator.context[pipeline.VACANCIES] = site.vacancies
    generator.context[pipeline.VACANCY_THEMES] = tagging.vacancies


def _tag_cached(settings, themes, docs, vacancies) -> Tagging:
    """``tag_all``, or the previous build's result when no input changed (store.py)."""
    cache = build_cache(settings)
    folder = cache / store.FOLDER
    vacancy_docs = [(v.id, vacancy_doc(v)) for v in vacancies]
    want = store.key(themes, docs, vacancy_docs, cache / fingerprint.MEMO)
    hit = store.load(folder, want, themes, docs, vacancy_docs)
    if hit is not None:
        # No tagger was fitted: the link step needs only the tags.
        return Tagging(None, *hit)
    kept = store.PerStory(folder, themes, TaggerConfig(), cache / fingerprint.MEMO)
    tagging = tag_all(themes, docs, vacancies, kept)
    store.save(folder, want, tagging.stories, tagging.vacancies)
    return tagging


def register() -> None:
    signals.initialized.connect(pipeline.on_initialized)  # PLUGINS order
    signals.article_generator_finalized.connect(tag_stories)
