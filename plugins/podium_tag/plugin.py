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

from podium import pipeline
from podium.articles import with_translations
from podium_validate import site_of

from .tagging import story_doc, tag_all

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
    tagging = tag_all(themes, docs, site.vacancies.vacancies)
    for article, tags in zip(stories, tagging.stories, strict=True):
        article.theme_tags = tags
        article.theme_slugs = [t.slug for t in tags]
        article.theme_tags_json = [t.to_json() for t in tags]
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


def register() -> None:
    signals.initialized.connect(pipeline.on_initialized)  # PLUGINS order
    signals.article_generator_finalized.connect(tag_stories)
