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


def person_key(name: str) -> str:
    """One person per name, however its case and spacing were typed."""
    return " ".join(name.split()).casefold()


def group_people(stories: list[Any]) -> dict[str, Person]:
    """People by slug, from published stories (anonymised ones excluded).

    Role, team and photo come from the person's newest story: people change
    jobs, and the newest story says what they do now. Two people whose names
    slugify alike ("Jan Jänsen" and "Jan Jansen") are two pages: the one
    whose first story is older keeps the plain slug and the other gets
    "-2", so a URL already out there keeps pointing at the same person.
    """
    slugs: dict[str, str] = {}  # person_key -> slug
    taken: set[str] = set()
    for story in sorted(stories, key=lambda a: (a.date, a.slug, a.lang)):
        key = person_key(story.person or "")
        if not story.person or key in slugs:
            continue
        base = slug = slugify(story.person)
        n = 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        slugs[key] = slug
        taken.add(slug)
    people: dict[str, Person] = {}
    for story in sorted(stories, key=lambda a: (a.date, a.slug), reverse=True):
        if not story.person:
            continue
        slug = slugs[person_key(story.person)]
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
