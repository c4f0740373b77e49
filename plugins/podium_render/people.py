"""People pages: one per employee who tells a story, per language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from podium_read.schema import slugify


@dataclass
class Person:
    slug: str
    name: str
    role: str
    team: str | None
    location: str | None
    photo: str | None  # content-relative path of the latest photo
    is_alumni: bool
    stories: list[Any] = field(default_factory=list)  # newest first, all languages


def group_people(stories: list[Any]) -> dict[str, Person]:
    """People by slug, from published stories (anonymised ones excluded).

    Role, team and photo come from the person's newest story: people change
    jobs, and the newest story says what they do now.
    """
    people: dict[str, Person] = {}
    for story in sorted(stories, key=lambda a: (a.date, a.slug), reverse=True):
        if not story.person:
            continue
        slug = slugify(story.person)
        person = people.get(slug)
        if person is None:
            person = people[slug] = Person(
                slug=slug,
                name=story.person,
                role=story.role,
                team=story.team,
                location=story.location,
                photo=story.photo,
                is_alumni=story.is_alumni,
            )
        person.photo = person.photo or story.photo
        person.stories.append(story)
    return people
