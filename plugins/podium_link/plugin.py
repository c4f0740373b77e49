"""Pelican glue for pipeline step 4, link: vacancies meet stories.

Loads the vacancies (hand-written and ATS snapshots), gives them automatic
themes with the same tagger as the stories, and links both ways. The
results go into the shared context for the render step.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pelican import signals

from podium import pipeline
from podium import settings as podium_settings
from podium.articles import with_translations
from podium.errors import Issue
from podium_tag import Doc
from podium_tag.plugin import TAGGER_KEY
from podium_vacancies import Vacancy, load_all

from .linker import Linkable, invert, link_stories

log = logging.getLogger(__name__)
VACANCIES_KEY = pipeline.VACANCIES
VACANCY_THEMES_KEY = pipeline.VACANCY_THEMES
VACANCY_STORIES_KEY = pipeline.VACANCY_STORIES


def vacancy_doc(vacancy: Vacancy) -> Doc:
    return Doc(
        lang=vacancy.lang,
        title=vacancy.title,
        body=vacancy.description_text,
        explicit_themes=tuple(vacancy.themes),
    )


def explicit_link_warnings(story: Any, by_id: dict[str, Vacancy], today) -> list[Issue]:
    """Vacancies close all the time: a dead explicit link warns, never fails."""
    out = []
    line = story.podium.line("vacancies")
    for vid in story.podium.vacancies:
        vacancy = by_id.get(vid)
        if vacancy is None:
            out.append(
                Issue(
                    story.podium.path,
                    line,
                    f'vacancy "{vid}" in "vacancies" does not exist',
                    "warning",
                )  # fmt: skip
            )
        elif not vacancy.is_open(today):
            out.append(
                Issue(
                    story.podium.path, line, f'vacancy "{vid}" in "vacancies" is closed', "warning"
                )  # fmt: skip
            )
    return out


def link(generator) -> None:
    ps = podium_settings.get(generator.settings)
    content = Path(generator.settings["PATH"])
    vacancy_set = load_all(content, ps.languages, ps.today, default_lang=ps.default_lang)
    tagger = generator.context.get(TAGGER_KEY)
    vacancy_themes = {
        v.id: (tagger.tag(vacancy_doc(v)) if tagger is not None else [])
        for v in vacancy_set.vacancies
    }
    open_vacancies = vacancy_set.open
    by_id = vacancy_set.by_id()
    stories = with_translations(generator.articles)
    linkables = [
        Linkable(
            key=a.url,
            lang=a.lang,
            team=a.team,
            themes=tuple(getattr(a, "theme_slugs", ())),
            text=f"{a.title}\n{a.plain_text}",
            explicit=tuple(
                v for v in a.podium.vacancies if v in by_id and by_id[v].is_open(ps.today)
            ),
        )
        for a in stories
    ]
    targets = [
        Linkable(
            key=v.id,
            lang=v.lang,
            team=v.team,
            themes=tuple(t.slug for t in vacancy_themes[v.id]),
            text=f"{v.title}\n{v.description_text}",
        )
        for v in open_vacancies
    ]
    links = link_stories(linkables, targets)
    by_url = {a.url: a for a in stories}
    for article in stories:
        article.open_vacancies = [by_id[link.key] for link in links.get(article.url, [])]
        article.open_vacancy_ids = [v.id for v in article.open_vacancies]
        for issue in explicit_link_warnings(article, by_id, ps.today):
            log.warning(issue.format())
    reverse = invert(links)
    generator.context[VACANCIES_KEY] = vacancy_set
    generator.context[VACANCY_THEMES_KEY] = vacancy_themes
    generator.context[VACANCY_STORIES_KEY] = {
        vid: [by_url[link.key] for link in items] for vid, items in reverse.items()
    }


def register() -> None:
    signals.article_generator_finalized.connect(link)
