"""People pages: one per employee who tells a story, per language."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from podium.articles import newest_first
from podium.i18n import former_role
from podium.slugs import person_key, person_slugs

from .meta import modified_at


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

    def name_in(self, lang: str) -> str:
        """The name as the newest story writes it, in its version in ``lang``
        where it has one. One person's translations may write it in another
        case ("anna de boer" in the English file, one person by
        ``person_key``): taken from whichever sorted first, the Dutch page said
        "anna de boer" above a Dutch story by "Anna de Boer". But a newer story
        in another language is the newer spelling, as it is the newer role: a
        name corrected there ("ben bakker" to "Ben Bakker") stayed uncorrected
        on the page in the language of the older story."""
        if not self.stories:
            return self.name
        newest = self.stories[0]
        own = [s for s in self.stories if s.slug == newest.slug and s.lang == lang]
        return (own[0] if own else newest).person or self.name

    def role_in(self, lang: str) -> str:
        """The role the newest story gives, as a story in ``lang`` writes it
        ("Heat pump technician" on the English page, "Warmtepompmonteur" on the
        Dutch), else as the newest story does. People change jobs: a Dutch
        story of last year (its English version says the same role as this
        year's English-only one) still names the role in Dutch; but a newer
        role told in English only is the role, and the Dutch page kept the one
        the person had left, its own language's newest story's."""
        return self._roles.get(lang, self.role)

    @functools.cached_property
    def _roles(self) -> dict[str, str]:
        """``role_in`` of each language a story of theirs is in: worked out once
        a build, not again for each page and language a template asks it on
        (``stories`` is complete once ``group_people`` returns)."""
        if not self.stories:
            return {}
        newest = self.stories[0]
        now = {person_key(s.role) for s in self.stories if s.slug == newest.slug and s.role}
        # A story tells the role now when one of its versions does (in any language).
        current = {s.slug for s in self.stories if s.role and person_key(s.role) in now}
        roles: dict[str, str] = {}
        for story in self.stories:  # newest first
            if story.role and story.slug in current:
                roles.setdefault(story.lang, story.role)
        return roles

    def location_in(self, lang: str) -> str | None:
        """The place as the newest story gives it in ``lang`` ("Den Haag" on
        the Dutch page, "The Hague" on the English), else as another of its
        translations does: the Dutch page said "The Hague", and with a
        translation that gives no place the page gave none, as the version
        that sorted first said."""
        newest = self.stories[0] if self.stories else None
        versions = [s for s in self.stories if newest and s.slug == newest.slug and s.location]
        versions.sort(key=lambda s: s.lang != lang)  # stable: its own language first
        return versions[0].location if versions else self.location

    def shown_in(self, lang: str) -> tuple[list[Any], list[Any]]:
        """The stories as the page in ``lang`` lists them: those in its language,
        then "also in another language", each newest first (``newest_first``).
        The page and its ProfilePage's ``hasPart`` both take this order."""
        own = [s for s in self.stories if s.lang == lang]
        return own, [s for s in self.stories if s.lang != lang]

    def described_in(self, lang: str) -> str:
        """The person in a line, as the list of people shows them: a former
        colleague's role said to be a past one ("Oud-collega · Ontwerper"), not
        offered to a search result or a preview as what they do now."""
        role = self.role_in(lang)
        return former_role(role, lang) if self.is_alumni else role


def group_people(
    stories: list[Any], every: tuple[Any, ...] = (), held: Iterable[str] = ()
) -> dict[str, Person]:
    """People by slug, from published stories (anonymised ones excluded).

    Role, team and photo come from the person's newest story: people change
    jobs, and the newest story says what they do now. Two people whose names
    slugify alike ("Jan Jänsen" and "Jan Jansen") are two pages: the one
    whose first story is older keeps the plain slug and the other gets
    "-2", so a URL already out there keeps pointing at the same person.
    ``every`` is every story in content/ (``podium_read.Story``: hidden,
    anonymised, drafts too): their authors hold their slug as well, or when
    Jan Jänsen's consent ended Jan Jansen would move from "-2" onto the
    address that was shared as Jan Jänsen's page. ``held``: the slugs
    withdrawn.yml keeps for withdrawn authors, given to no one.
    """
    # Both dates are the story's own, time-zone aware: they sort together.
    names = [(s.date, s.slug, s.lang, s.author) for s in every]
    names += [(s.date, s.slug, s.lang, s.person) for s in stories if s.person]
    slugs = person_slugs(names, held)  # person_key -> slug
    people: dict[str, Person] = {}
    for story in newest_first(stories):
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


def profile_page(
    person: Person, lang: str, url: str, org: dict, story_url, tz: str
) -> dict[str, Any]:
    """schema.org ProfilePage (Google: people sharing first-hand perspectives).

    Only what the page shows: name, job title, the company (or, for former
    colleagues, the company they worked for) and the stories listed on it.
    The image is added at output time, with consent (hub.generate_output).
    A former colleague has no ``jobTitle``: schema.org's is the title a person
    holds, and beside ``alumniOf`` it said they still did the job they left (a
    search engine shows it as their title). Their old role is in the
    ``description``, said as the page says it, a former colleague's.
    """
    own, other = person.shown_in(lang)
    entity: dict[str, Any] = {"@type": "Person", "name": person.name_in(lang)}
    if person.is_alumni:
        entity["description"] = person.described_in(lang)
        entity["alumniOf"] = org
    else:
        entity["jobTitle"] = person.role_in(lang)
        entity["worksFor"] = org
    entity["url"] = url
    return {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "url": url,
        "inLanguage": lang,
        "dateCreated": min(s.date for s in person.stories).isoformat(),
        "dateModified": max(modified_at(s, tz) for s in person.stories).isoformat(),
        "mainEntity": entity,
        "hasPart": [
            {
                "@type": "Article",
                "headline": s.title,
                "url": story_url(s),
                "datePublished": s.date.isoformat(),
                "inLanguage": s.lang,
            }
            for s in [*own, *other]
        ],
    }
