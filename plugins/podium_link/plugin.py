"""Pelican glue for pipeline step 4, link: vacancies meet stories.

The vacancies come from the site model and their themes from the tag step
(the same tagger as the stories); this step links both ways. The results go
into the shared context for the render step.
"""

from __future__ import annotations

from pelican import signals

from podium import pipeline
from podium.articles import with_translations
from podium.cache import build_cache
from podium_tag.tagging import Tagging, story_doc

from .linking import StoryRef, tag_and_link

VACANCIES_KEY = pipeline.VACANCIES
VACANCY_THEMES_KEY = pipeline.VACANCY_THEMES
VACANCY_STORIES_KEY = pipeline.VACANCY_STORIES


def link(generator) -> None:
    vacancy_set = generator.context.get(VACANCIES_KEY) or generator.context[pipeline.SITE].vacancies
    vacancy_themes = generator.context.get(VACANCY_THEMES_KEY) or {
        v.id: [] for v in vacancy_set.vacancies
    }
    by_id = vacancy_set.by_id()
    stories = with_translations(generator.articles)
    refs = [
        StoryRef(
            key=a.url,
            doc=story_doc(a.podium, a.headings, a.plain_text, a.quote),
            team=a.team,
            explicit=tuple(a.podium.vacancies),
        )
        for a in stories
    ]
    # The tag step has tagged every story and vacancy already: link with its tags.
    tagging = Tagging(
        generator.context.get(pipeline.TAGGER),
        tuple(list(getattr(a, "theme_tags", ())) for a in stories),
        vacancy_themes,
    )
    themes = generator.context[pipeline.SITE].themes
    cache = build_cache(generator.settings)
    result = tag_and_link(themes, refs, vacancy_set, tagging, cache)
    links = result.links
    by_url = {a.url: a for a in stories}
    for article in stories:
        article.open_vacancies = [by_id[link.key] for link in links.get(article.url, [])]
        article.open_vacancy_ids = [v.id for v in article.open_vacancies]
    reverse = result.reverse
    generator.context[VACANCIES_KEY] = vacancy_set
    generator.context[VACANCY_THEMES_KEY] = vacancy_themes
    generator.context[VACANCY_STORIES_KEY] = {
        vid: [by_url[link.key] for link in items] for vid, items in reverse.items()
    }


def register() -> None:
    signals.initialized.connect(pipeline.on_initialized)  # PLUGINS order
    signals.article_generator_finalized.connect(link)
