"""Which former names' people pages there are: the one rule the render step
writes their redirects by (podium_render.hub), the validate step accepts a link
to one by and says of a taken-down story's line that does nothing
(podium_validate.site), and `podium check --was` compares two trees by
(podium_validate.old_urls). Read from the stories alone, so below every step
that needs it.
"""

from __future__ import annotations

from collections import defaultdict

from podium.slugs import author_slugs, person_key

from .schema import GONE, NOT_YET


def told_apart(a, b) -> bool:
    """Two stories by one name that look like two people's: not translations
    of one story, in another team and another role, without the same
    portrait (one person who moved to another team shows the same face)."""
    return bool(
        a.slug != b.slug
        and a.team
        and b.team
        and a.team != b.team
        and a.role
        and b.role
        and person_key(a.role) != person_key(b.role)
        and not (a.photo and a.photo == b.photo)
    )


def namesake_listers(stories, ps) -> list[tuple[object, object]]:
    """(story, other) for each taken-down story listing ``author_aliases`` whose
    name's page is now made of a published ``other`` that looks like another
    person's (``told_apart``). People are known by name only, so the redirect
    from its former name would lead to a namesake's page."""
    shown: dict[str, list] = defaultdict(list)
    for story in stories:
        if story.publication(ps) == "published":
            shown[person_key(story.author)].append(story)
    found = []
    for story in stories:
        if story.author_aliases and story.publication(ps) in GONE:
            other = next((o for o in shown[person_key(story.author)] if told_apart(o, story)), None)
            if other is not None:
                found.append((story, other))
    return found


def former_names(stories, ps) -> dict[str, set[str]]:
    """Each person's (``person_key``) former people pages, as ``author_aliases``
    in a story of theirs that is or was public lists them: "in one of their
    stories is enough", so that story's consent ending (or its author leaving)
    while the person's page stays took the redirect from their old name with
    it. A draft or a story still scheduled has said nothing in public yet.
    A taken-down story whose name is now a namesake's page (``namesake_listers``)
    gives none: its former address stays a 404 rather than lead to someone else."""
    ambiguous = {id(story) for story, _ in namesake_listers(stories, ps)}
    found: dict[str, set[str]] = defaultdict(set)
    for story in stories:
        if id(story) in ambiguous:
            continue
        if story.author_aliases and story.publication(ps) not in NOT_YET:
            found[person_key(story.author)].update(story.author_aliases)
    return found


def former_pages(stories, ps, reserved=()) -> dict[str, set[str]]:
    """The one rule of which former names' people pages there are: per person
    (``person_key``), the slugs the build writes a redirect at, to their page
    (podium_render.hub), and so the ones a link may name (``people_redirects``).

    The ``author_aliases`` of a story of theirs that is or was public
    (``former_names``), but a slug any author in ``stories`` holds, by the
    build's numbering (``author_slugs``): their own page, another person's,
    or that of one whose stories are not public (a draft, a consent ended),
    whose address stays a 404 rather than lead to someone else.
    """
    found = former_names(stories, ps)
    # Nearly everyone has none, and the hub's people slugs cost 0.7 s a
    # build at 1,000 stories and 333 people: worked out only when one is listed.
    if not found:
        return {}
    # And one withdrawn.yml keeps for a withdrawn author (``reserved``).
    held = {*author_slugs(stories, reserved).values(), *reserved}
    return {key: aliases - held for key, aliases in found.items() if aliases - held}
