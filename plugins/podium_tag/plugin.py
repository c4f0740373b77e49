"""Pelican glue for pipeline step 3, tag: every story gets its themes.

Runs when the articles are read (``article_generator_finalized``), before
linking and rendering. Stories with explicit themes are the training data,
so the tagger learns the company's own words beyond the keyword lists.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pelican import signals

from podium import settings as podium_settings
from podium.articles import with_translations

from .features import Doc
from .model import Tagger, ThemeTag
from .themes import Theme, load_themes

log = logging.getLogger(__name__)
THEMES_KEY = "podium_themes"
TAGGER_KEY = "podium_tagger"


def themes_of(settings: dict) -> list[Theme]:
    ps = podium_settings.get(settings)
    path = Path(settings["PATH"]) / ps.themes_file
    return load_themes(path, ps.languages) if path.is_file() else []


def story_doc(story: Any, headings, text: str, quote: str | None) -> Doc:
    """What the tagger reads of a story (``story`` is podium_read's Story)."""
    return Doc(
        lang=story.lang,
        title=story.title,
        quote=quote or "",
        headings=tuple(headings),
        body=text,
        explicit_themes=tuple(story.themes),
    )


def every_story(generator) -> list[Any]:
    """Published, hidden and draft stories: all are training data for the tagger."""
    groups = (generator.articles, generator.hidden_articles, generator.drafts)
    return [story for group in groups for story in with_translations(group)]


def tag_stories(generator) -> None:
    themes = themes_of(generator.settings)
    stories = every_story(generator)
    docs = {id(a): story_doc(a.podium, a.headings, a.plain_text, a.quote) for a in stories}
    labelled = [doc for doc in docs.values() if doc.explicit_themes]
    tagger = Tagger.fit(themes, labelled, corpus=list(docs.values()))
    for article in stories:
        tags: list[ThemeTag] = tagger.tag(docs[id(article)]) if themes else []
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
    generator.context[TAGGER_KEY] = tagger


def register() -> None:
    signals.article_generator_finalized.connect(tag_stories)
