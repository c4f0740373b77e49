"""Tag-and-link for a whole site, Pelican-free.

``podium report`` calls :func:`tag_and_link` with the parsed stories; the
build's link step calls it with Pelican's articles and the tagging its tag
step already did (``tag_all`` in podium_tag, which tagged the stories and
the vacancies). Same function, same themes and links.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from podium import fingerprint
from podium.cache import ItemCache
from podium_read.themes import Theme
from podium_tag.features import Doc
from podium_tag.model import TaggerConfig, ThemeTag
from podium_tag.tagging import Tagging, tag_all
from podium_vacancies import VacancySet

from . import store
from .linker import Link, Linkable, invert, link_stories

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoryRef:
    """What tag-and-link needs of one story (one language version)."""

    key: str  # the story's URL in the build
    doc: Doc
    team: str | None
    explicit: tuple[str, ...] = ()  # vacancy ids the editor chose
    published: bool = True  # only published stories are linked; all train the tagger


@dataclass(frozen=True)
class TagLink:
    tagging: Tagging
    links: dict[str, list[Link]]  # story key -> its vacancies, best first
    reverse: dict[str, list[Link]]  # vacancy id -> its stories


def link_all(
    stories: Sequence[StoryRef],
    story_tags: Sequence[list[ThemeTag]],
    vacancies: VacancySet,
    vacancy_tags: dict[str, list[ThemeTag]],
    cache: Path | None = None,
) -> dict[str, list[Link]]:
    """Published stories to open vacancies (explicit, team, theme, words).

    With ``cache`` (a build cache folder), a story's links from the previous
    build are reused when neither it nor the open vacancies changed (store.py).
    """
    linkables = [
        Linkable(
            key=s.key,
            lang=s.doc.lang,
            team=s.team,
            themes=tuple(t.slug for t in tags),
            text=f"{s.doc.title}\n{s.doc.body}",
            # As the ATS writes the id, whatever case the story wrote it in.
            explicit=tuple(
                found.id
                for v in s.explicit
                if (found := vacancies.find(v)) is not None and found.is_open(vacancies.today)
            ),
        )
        for s, tags in zip(stories, story_tags, strict=True)
        if s.published
    ]
    targets = [
        Linkable(
            key=v.id,
            lang=v.lang,
            team=v.team,
            themes=tuple(t.slug for t in vacancy_tags.get(v.id, [])),
            text=f"{v.title}\n{v.description_text}",
        )
        for v in vacancies.open
    ]
    return link_cached(linkables, targets, cache)


def link_cached(
    stories: Sequence[Linkable], vacancies: Sequence[Linkable], cache: Path | None
) -> dict[str, list[Link]]:
    """``link_stories``, with each unchanged story's links from the previous build (store.py)."""
    if cache is None:
        return link_stories(stories, vacancies)
    items = ItemCache(
        cache / store.FOLDER / store.ENTRY,
        store.space(vacancies, cache / fingerprint.MEMO),
        store.MAX_ENTRY_BYTES,
    )
    open_ids = {v.key for v in vacancies}
    kept = {}
    for story in stories:
        found = items.get(story, partial(store.links, story=story, open_ids=open_ids))
        if found is not None:
            kept[story.key] = found
    missing = [story for story in stories if story.key not in kept]
    fresh = link_stories(missing, vacancies) if missing else {}
    for story in missing:
        items.put(story, store.plain(fresh[story.key]))
    items.save()
    log.debug("links: %d of %d stories linked again", len(missing), len(stories))
    return {story.key: kept.get(story.key, fresh.get(story.key)) for story in stories}


def tag_and_link(
    themes: Sequence[Theme],
    stories: Sequence[StoryRef],
    vacancies: VacancySet,
    tagging: Tagging | None = None,
    cache: Path | None = None,
    config: TaggerConfig | None = None,
) -> TagLink:
    """Tag every story and vacancy (unless ``tagging`` is that, done already), then link.

    ``cache`` is the build cache folder, where links are kept between builds;
    ``config`` the tagger's (``site_config``).
    """
    if tagging is None:
        tagging = tag_all(themes, [s.doc for s in stories], vacancies.vacancies, config=config)
    links = link_all(stories, tagging.stories, vacancies, tagging.vacancies, cache)
    return TagLink(tagging, links, invert(links))
