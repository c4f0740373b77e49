"""Story, theme, vacancy and people URLs a change would leave a bare 404 (`podium check --was`).

The build keeps no record of what it published, so on its own it cannot tell
a story set back to draft from a new draft, or a changed ``slug`` from a new
story. The content the change started from (the pull request's base branch,
``git archive``d into DIR) is that record: every story URL it answers (a
story's page, an alias's redirect, a tombstone) that the changed content no
longer answers is a link someone shared that would die. Each is one warning,
on the file that changed, naming the URL and how to keep it answering.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from podium.errors import Issue, display_path
from podium.fields import hub_day
from podium.slugs import author_slugs, person_key
from podium_read.people import former_names, former_pages, namesake_listers
from podium_read.schema import GONE, NOT_YET
from podium_read.site import Site

PAGE, REDIRECT, TOMBSTONE = "its page", "a redirect to it", "its tombstone"


def answered(site: Site) -> dict[tuple[str, str], tuple[str, object]]:
    """(slug, lang) of every story URL the site answers, with what answers it
    (page, redirect or tombstone) and the story, or withdrawn.yml entry, that
    gives it; as the render step plans them (podium_render.hub)."""
    settings = site.settings
    aliases: dict[str, set[str]] = defaultdict(set)
    for story in site.stories:
        aliases[story.slug].update(story.aliases)
    out: dict[tuple[str, str], tuple[str, object]] = {}
    for story in site.stories:
        state = story.publication(settings)
        if state == "published":
            out[story.slug, story.lang] = (PAGE, story)
            for alias in aliases[story.slug]:
                out.setdefault((alias, story.lang), (REDIRECT, story))
        elif state in GONE:
            for slug in (story.slug, *aliases[story.slug]):
                out.setdefault((slug, story.lang), (TOMBSTONE, story))
    # Old addresses written as a path: one URL each, leading to the story while
    # a version of it is published, a tombstone once it is taken down.
    states = defaultdict(set)
    for story in site.stories:
        states[story.slug].add(story.publication(settings))
    for story in site.stories:
        for key in story.path_aliases:
            if "published" in states[story.slug]:
                out.setdefault(key, (REDIRECT, story))
            elif states[story.slug] & set(GONE):
                out.setdefault(key, (TOMBSTONE, story))
    for entry in site.withdrawn:
        for lang in entry.langs:
            out.setdefault((entry.slug, lang), (TOMBSTONE, entry))
    return out


def lost_story_urls(was: Site, now: Site) -> list[Issue]:
    """One warning per story URL ``was`` answers and ``now`` does not."""
    ps = now.settings
    before, after = answered(was), answered(now)
    by_path = {s.path: s for s in now.stories}
    by_key = {(s.slug, s.lang): s for s in now.stories}
    langs_was: dict[str, set[str]] = defaultdict(set)
    for story in was.stories:
        langs_was[story.slug].add(story.lang)
    issues, dropped = [], {}
    for slug, lang in sorted(before.keys() - after.keys()):
        what, source = before[slug, lang]
        if lang not in ps.languages:
            continue  # a language the hub dropped: its settings say so
        url = f"/{ps.story_url(slug, lang)}"
        keep = f'list "{slug}" in the "aliases" of the story it became'
        if not hasattr(source, "path"):  # a withdrawn.yml entry
            dropped.setdefault(slug, []).append(url)
            continue
        story = (
            by_path.get(source.path)
            or _renamed(source, was, by_path, by_key)
            or _moved(source, was, now)
        )

        def same(story, source=source) -> bool:
            return (story.slug, story.lang) == (source.slug, source.lang)

        if story is None:
            where, line = source.path, None
            message = (
                f"with this file gone, {url} ({what}, shared already) is a bare 404: {keep}, "
                f"or put the file back and run `podium withdraw {source.slug}"
                f"{' --lang ' + source.lang if len(langs_was[source.slug]) > 1 else ''}` "
                "for a tombstone"
            )
        elif (state := story.publication(ps)) in NOT_YET and same(story):
            where = story.path
            if state == "draft":
                line, change = story.lines.get("status"), "set back to draft"
                until = "it is published again"
            else:
                line, change = story.lines.get("date"), "dated later"
                until = hub_day(story.date, ps.timezone).isoformat()  # the day it is back
            message = (
                f"{url} is published now; {change}, it is a bare 404 for every link shared "
                f"to it until {until}: to take it down for good, `podium withdraw "
                f"{story.slug}` leaves a tombstone"
            )
        elif story.lang != source.lang:
            where, line = story.path, story.lines.get("lang")
            # `podium withdraw` would take the story away in its new language
            # too (it removes every translation), and with --lang it finds no
            # file in the old one: an entry in withdrawn.yml is the tombstone.
            message = (
                f"{url} ({what}, shared already) is a bare 404 once this file is in "
                f"{story.lang}, not {source.lang}: add aliases: [{url}] (the old address as a "
                "path) to keep it leading here"
            )
        elif what == REDIRECT and (slug, lang) in source.path_aliases:
            where, line = story.path, story.lines.get("aliases")
            message = (
                f'{url} redirects to this story through "aliases"; without "{url}" there the '
                f"link is a bare 404: keep aliases: [{url}]"
            )
        elif what == REDIRECT and story.slug == source.slug and slug not in story.aliases:
            where, line = story.path, story.lines.get("aliases")
            message = (
                f'{url} redirects to this story through "aliases"; without "{slug}" there the '
                f"link is a bare 404: keep aliases: [{slug}] in one of its translations"
            )
        else:
            where = story.path
            line = story.lines.get("slug")
            message = (
                f"the story's URL moves to /{ps.story_url(story.slug, story.lang)}; "
                f"{url} ({what}, shared already) would be a bare 404: add "
                f"aliases: [{slug}] (in one translation is enough) to keep it leading here"
            )
        issues.append(Issue(where, line, message, severity="warning"))
    for slug, urls in dropped.items():
        issues.append(
            Issue(
                "content/withdrawn.yml",
                None,
                f'{" and ".join(urls)} answer with a tombstone while "{slug}" is recorded here; '
                "without it every link shared to them is a bare 404: keep the entry",
                severity="warning",
            )
        )
    return issues


def _renamed(source, was: Site, by_path: dict, by_key: dict):
    """The story a translation whose file was renamed became: the same
    language of the story that another of its translations, still in its
    file, now is (``anna-de-boer.md`` renamed ``anna-data.md`` with the English
    one's ``slug`` changed to match)."""
    for other in was.stories:
        kept = by_path.get(other.path) if other.slug == source.slug else None
        if kept is not None and other.path != source.path:
            return by_key.get((kept.slug, source.lang))
    return None


def _moved(source, was: Site, now: Site):
    """The story a file became when it was renamed into another language
    (``ben-bakker.md`` to ``ben-bakker.en.md``): a new file of the same slug, in
    a language the story did not have, and none left in the old one."""
    had = {s.lang for s in was.stories if s.slug == source.slug}
    old_files = {s.path for s in was.stories}
    if any((s.slug, s.lang) == (source.slug, source.lang) for s in now.stories):
        return None
    return next(
        (
            s
            for s in now.stories
            if s.slug == source.slug and s.lang not in had and s.path not in old_files
        ),
        None,
    )


def lost_theme_urls(was: Site, now: Site) -> list[Issue]:
    """One warning per theme page ``was`` answers (a theme's, or an alias's
    redirect) that ``now`` does not: the link recruiters send most."""
    if now.themes_text is not None and not now.themes:
        return []  # themes.yml is wrong: its errors say so, and no page is built
    ps = now.settings
    before = {slug for t in was.themes for slug in (t.slug, *t.aliases)}
    after = {slug for t in now.themes for slug in (t.slug, *t.aliases)}
    issues = []
    for slug in sorted(before - after):
        urls = " and ".join(f"/{ps.theme_url(slug, lang)}" for lang in ps.languages)
        issues.append(
            Issue(
                "content/themes.yml",
                None,
                f"{urls}, the theme's pages and feeds (the links recruiters send), would be a "
                f'bare 404: list "{slug}" under "aliases" of the theme that takes its place',
                severity="warning",
            )
        )
    return issues


def _vacancy_pages(site: Site) -> dict[str, object]:
    """URL of each hand-written vacancy's page (open or closed; a scheduled one
    has none yet), as podium_render.vacancy_pages plans them."""
    ps = site.settings
    out = {}
    for vacancy in site.vacancies.vacancies:
        # A feed's records are the pull's to keep (a gone one stays, marked);
        # one deleted from its snapshot by hand is a URL retired on purpose.
        if vacancy.feed_status is not None or vacancy.is_scheduled(ps.today):
            continue
        lang = vacancy.lang if vacancy.lang in ps.languages else ps.default_lang
        out[f"/{ps.vacancy_url(vacancy.id, lang)}"] = vacancy
    return out


def lost_vacancy_urls(was: Site, now: Site) -> list[Issue]:
    """One warning per hand-written vacancy page ``was`` has and ``now`` has not
    (its file deleted, its ``id`` or ``lang`` changed, ``date_posted`` moved
    ahead): a job ad shared or bookmarked, which a closed vacancy's page would
    have kept answering."""
    ps = now.settings
    before, after = _vacancy_pages(was), _vacancy_pages(now)
    by_source = {v.source: v for v in now.vacancies.vacancies if v.feed_status is None}
    issues = []
    for url in sorted(before.keys() - after.keys()):
        old = before[url]
        vacancy = by_source.get(old.source)
        if vacancy is None and old.source in now.vacancies.unreadable:
            continue  # not gone: it did not read, and its error says why
        if vacancy is None:
            where, line = old.source, None
            message = (
                f"with this file gone, {url} is a bare 404: keep the file, with a past "
                "valid_through to close the vacancy (its page then says it is closed and "
                "points to the open roles)"
            )
        elif vacancy.is_scheduled(ps.today):
            where, line = vacancy.source, vacancy.line("date_posted")
            message = (
                f"{url} is published; dated later, it is a bare 404 until "
                f"{vacancy.date_posted.isoformat()}"
            )
        else:
            field = "id" if vacancy.id != old.id else "lang"
            was_value = f'"{old.id}"' if field == "id" else old.lang
            where, line = vacancy.source, vacancy.line(field)
            message = (
                f'with "{field}" changed, {url} is a bare 404 (a vacancy\'s URL is made of its '
                f"id and language): keep {field}: {was_value}, or keep this file as it was, "
                "closed with a past valid_through, and write the new vacancy in a file of its own"
            )
        issues.append(Issue(where, line, message, severity="warning"))
    return issues


def people_pages(site: Site) -> tuple[dict[tuple[str, str], list], dict[str, str]]:
    """(slug, lang) of every people page the site has, with the stories that
    give it, and each person's slug; as podium_render.people plans them (the
    slug rule is the kernel's, ``author_slugs``)."""
    return pages_of(site.stories, site.settings, site.people_held)


def pages_of(stories, ps, held=()) -> tuple[dict[tuple[str, str], list], dict[str, str]]:
    """``people_pages`` of ``stories`` (every story in content/, drafts too), with
    ``held`` the slugs withdrawn.yml keeps (``Site.people_held``)."""
    slugs = author_slugs(stories, held)
    pages: dict[tuple[str, str], list] = defaultdict(list)
    for story in stories:
        if not_shown(story, ps) is not None:
            continue  # no people page: not public, or shown without a name
        pages[slugs[person_key(story.author)], story.lang].append(story)
    return pages, slugs


def withdrawn_people(site: Site, removed: set[str]) -> list[Issue]:
    """What ``podium withdraw`` taking the story files ``removed`` (as
    ``Story.path``) out of ``site`` does to people pages that stay: one
    moving onto the withdrawn author's address (``people_moved``), and a
    former name's page (``author_aliases``) listed only in a removed story,
    whose redirect goes while the person's page stays (``_former_names_lost``,
    as ``podium check --was`` says it in the pull request). Said by withdraw,
    as it is the last moment the files are there to compare with."""
    kept = [(p, src) for p, src in zip(site.parsed, site.sources, strict=True)
            if p.story is None or p.story.path not in removed]  # fmt: skip
    now = dataclasses.replace(
        site, parsed=tuple(p for p, _ in kept), sources=tuple(src for _, src in kept)
    )
    lost = _former_names_lost(site, now, people_pages(site), people_pages(now))
    return [*people_moved(site.stories, removed, site.settings, site.people_held), *lost]


def people_moved(stories, removed: set[str], ps, held=()) -> list[Issue]:
    """A warning per person whose people page moves once the story files
    ``removed`` (content-relative paths, as ``Story.path``) leave content/, as
    ``podium withdraw`` removes them: the author of those files held the plain
    slug, so a name that slugifies alike ("Ben Bäkker" after "Ben Bakker")
    moves from "-2" onto it. withdrawn.yml keeps no name unless told to (a slug
    of a name is personal data: its ``people``, with the withdrawn author's
    consent, holds the address); said where the name is still known, with what
    keeps the old address answering, or holds the withdrawn one."""
    before, was_slugs = pages_of(stories, ps, held)
    slugs = author_slugs([s for s in stories if s.path not in removed], held)
    owner = {slug: key for key, slug in was_slugs.items()}
    had = {slug for slug, _lang in before}
    langs: dict[str, list[str]] = defaultdict(list)
    for slug, lang in before:
        langs[slug].append(lang)
    issues = []
    for key, old in sorted(was_slugs.items(), key=lambda kv: kv[1]):
        new = slugs.get(key)
        if new is None or new == old or old not in had:
            continue  # gone, not moved, or with no page to move
        mine = [s for lang in ps.languages for s in before.get((old, lang), ())]
        story = min(mine, key=lambda s: s.path)
        name = " ".join(story.author.split())
        olds, news = (
            " and ".join(f"/{ps.person_url(x, lang)}" for lang in langs[old]) for x in (old, new)
        )
        whose = owner.get(new)
        onto = hold = ""
        if new in had and whose is not None:
            shown = next(v for (at, _lang), v in before.items() if at == new)[0].author
            other = "the withdrawn author" if whose not in slugs else " ".join(shown.split())
            onto = (f", the address of {other}'s page (their names make the same slug): links "
                    f"shared to that page will show {name},")  # fmt: skip
            if whose not in slugs:
                # Held for them (withdrawn.Withdrawn.people), nothing moves.
                hold = (
                    f"; or, with the withdrawn author's consent (it keeps their name there), add "
                    f"people: [{new}] to the story's entry in {ps.withdrawn_file}: {name} then "
                    f"stays at {olds}, and no one is given that address"
                )
        issues.append(
            Issue(
                story.path,
                story.lines.get("author"),
                f"{name}'s people page moves from {olds} to {news}{onto} and {olds} (shared "
                f"already) {'are bare 404s' if ' and ' in olds else 'is a bare 404'}; tell "
                f"{name} the address changes, and write author_aliases: [{old}] in their story "
                f"to keep the old one leading to their page{hold}",
                "warning",
            )
        )
    return issues


def namesake_former_names(site: Site) -> list[Issue]:
    """A warning on the ``author_aliases`` line of each story whose former
    names ``former_names`` leaves out for a namesake: the line does nothing."""
    return [
        Issue(
            story.path,
            story.line("author_aliases"),
            f'"{alias}" in "author_aliases" leads nowhere while this story is taken down: '
            f"{' '.join(other.author.split())} of {other.path}, in another team and role, may be "
            "another person, whose page it would lead to; if they are one, give both stories "
            'the same "photo"',
            "warning",
        )
        for story, other in namesake_listers(site.stories, site.settings)
        for alias in story.author_aliases
    ]


def people_redirects(site: Site, pages, slugs: dict[str, str]) -> set[tuple[str, str]]:
    """(slug, lang) of each former name's page (``former_pages``): a redirect
    to the person's page in each language it has (``people_pages``' ``pages``
    and ``slugs``)."""
    langs: dict[str, list[str]] = defaultdict(list)
    for slug, lang in pages:
        langs[slug].append(lang)
    return {
        (alias, lang)
        for key, aliases in former_pages(site.stories, site.settings, site.people_held).items()
        for alias in aliases
        for lang in langs.get(slugs.get(key, ""), ())
    }


def lost_people_urls(was: Site, now: Site) -> list[Issue]:
    """One warning per people page ``was`` has that ``now`` moves: a story
    still published under an author written another way ("Anna de Bore"
    corrected to "Anna de Boer") gives its author a page at a new slug, and the
    old one, linked from LinkedIn profiles and e-mail signatures, is a bare 404.

    No redirect is made from the old address unless the person asks for it
    (``author_aliases``, as a story's ``aliases``): a name is changed for a
    typo, but also on marriage or transition, and a page that leads from the
    old name to the new ties them together in public. A page that goes
    because its stories went (consent ended, withdrawn, set back to draft) is
    not said here: that is the point, or the story's own warning says it.
    """
    ps = now.settings
    before, was_slugs = people_pages(was)
    after, slugs = people_pages(now)
    by_path = {s.path: s for s in now.stories}
    # A former name's pages (author_aliases) lead to the person's page in each
    # language they have one, listed in a story of any of them.
    former = former_names(now.stories, ps)
    owner = {slug: key for key, slug in slugs.items()}
    issues = []
    for slug, lang in sorted(before.keys() - after.keys()):
        if lang not in ps.languages:
            continue
        old_url = f"/{ps.person_url(slug, lang)}"
        for source in before[slug, lang]:
            story = by_path.get(source.path)
            if story is None or story.lang != lang:
                continue
            new_slug = slugs[person_key(story.author)]
            if (new_slug, lang) not in after or new_slug == slug:
                continue  # not public now: the story's own warning, if any
            if slug in former.get(person_key(story.author), ()):
                continue  # the old address leads to the new (author_aliases)
            if slug in story.author_aliases:
                continue  # written, and left out for a namesake: said on its line
            new_url = f"/{ps.person_url(new_slug, lang)}"
            held = owner.get(slug)
            if held is not None and held != person_key(story.author):
                issues.append(_held_back(slug, old_url, new_url, story, held, now))
                break
            line = now.people_held.get(slug)
            record = display_path(now.content_root / ps.withdrawn_file, now.content_root)
            if slug not in was.people_held and slug in now.people_held:
                # Held by a "people" line the change adds to withdrawn.yml: for
                # a withdrawn colleague's address, not one a story here holds.
                message = (
                    f"{story.author}'s people page moves to {new_url}, as {record}, line "
                    f"{line}, now keeps {old_url} for a withdrawn colleague, and {old_url} "
                    f'(shared already as this page) is a bare 404: its "people" is for the '
                    f"address of a withdrawn colleague, not of one whose story is published; "
                    f'remove "{slug}" from it unless it is another colleague\'s'
                )
            elif new_slug in was.people_held and new_slug not in now.people_held:
                # Released by withdrawn.yml (its "people" line taken out: the
                # same colleague, consent given anew): no file went.
                message = (
                    f"{story.author}'s people page moves to {new_url}, as {record} no longer "
                    f'keeps that address for a withdrawn colleague (its "people"), and '
                    f"{old_url} (shared already as this page) is a bare 404: tell "
                    f"{story.author} the address changes, and write author_aliases: [{slug}] "
                    "in their story to keep the old one leading to their page"
                )
            elif person_key(story.author) == person_key(source.author):
                # The same name: another one that slugifies alike gave up the
                # plain slug ("-2" moves onto it), its file gone or its author
                # written anew. The address it moves onto was that other name's
                # page: every link shared to it shows this person now (the other
                # unnamed when its file is gone: this line goes to CI logs, and
                # their consent may have ended).
                onto = (
                    f"; {new_url}, shared as that other name's page, will show {story.author}"
                    if (new_slug, lang) in before
                    else ""
                )
                giver = _written_anew(before.get((new_slug, lang), ()), by_path)
                if giver is not None:
                    was_story, now_story = giver
                    message = (
                        f"{story.author}'s people page moves to {new_url}, as "
                        f"{was_story.author}'s story ({now_story.path}) writes the author "
                        f'"{now_story.author}" now, and {old_url} (shared already) is a bare '
                        f"404{onto}: tell {story.author} the address changes, and write "
                        f"author_aliases: [{slug}] in their story to keep the old one leading "
                        "to their page"
                    )
                else:
                    message = (
                        f"{story.author}'s people page moves to {new_url}, as the file of "
                        f"another name that made the same slug is gone, and {old_url} (shared "
                        f"already) is a bare 404{onto}: a story kept with its consent ended "
                        "(consent: {given: ..., until: ...}) still holds its author's slug"
                    )
            else:
                message = (
                    f'with the author written "{story.author}", not "{source.author}", the '
                    f"people page moves to {new_url} and {old_url} (shared already) is a "
                    "bare 404; no redirect is made from a person's old name unless they want "
                    "one (it ties the two names together in public): if the old spelling was "
                    f"only a typo, or they ask for it, write author_aliases: [{slug}]"
                )
            issues.append(Issue(story.path, story.lines.get("author"), message, "warning"))
            break  # one warning per lost page
    issues.extend(_taken_over(before, after, slugs, ps))
    issues.extend(_renamed_onto(before, after, slugs, by_path, ps))
    issues.extend(_former_names_lost(was, now, (before, was_slugs), (after, slugs)))
    return issues


def _written_anew(stories, by_path: dict) -> tuple[object, object] | None:
    """(the story as it was, as it is) of the first of ``stories`` (one
    people page's, in the content before) whose file is still there with its
    author written as another person (``person_key``); None when none is."""
    for was_story in stories:
        now_story = by_path.get(was_story.path)
        if now_story is not None and person_key(now_story.author) != person_key(was_story.author):
            return was_story, now_story
    return None


def _renamed_onto(
    before: dict, after: dict, slugs: dict[str, str], by_path: dict, ps
) -> list[Issue]:
    """A warning per people page whose person's name is written anew while a
    name alike takes the old address over: "Ben Bakker" corrected to "Ben
    Baker" moves his page to /people/ben-baker/, and Ben Bäkker, "-2" until
    then, moves onto /people/ben-bakker/. No page dies, so the lost-page
    warning said nothing to the story that changed, while every link shared
    as Ben Bakker's page shows Ben Bäkker; no redirect can keep it, as the
    address is Ben Bäkker's page now. On the story written anew."""
    issues = []
    for slug, lang in sorted(before.keys() & after.keys()):
        was_key = person_key(before[slug, lang][0].author)
        holder = after[slug, lang][0].author
        if was_key == person_key(holder) or was_key in slugs:
            continue  # the same person, or one still written so (``_taken_over``)
        giver = _written_anew(before[slug, lang], by_path)
        if giver is None:
            continue
        was_story, story = giver
        new_slug = slugs[person_key(story.author)]
        if new_slug == slug or (new_slug, lang) not in after:
            continue  # written as the holder's name, or not public now
        url, new_url = (f"/{ps.person_url(x, lang)}" for x in (slug, new_slug))
        issues.append(
            Issue(
                story.path,
                story.lines.get("author"),
                f'with the author written "{story.author}", not "{was_story.author}", the people '
                f"page moves to {new_url}, and {url} (shared already) will show {holder}, whose "
                f"name makes the same slug: no redirect can keep it for {story.author}; if this "
                f"spelling is right, tell {story.author} the address changes",
                "warning",
            )
        )
    return issues


def _former_names_lost(was: Site, now: Site, then: tuple, current: tuple) -> list[Issue]:
    """A former name's page (``author_aliases``) that ``was`` redirects and
    ``now`` does not, while the person it leads to keeps their page: the only
    story that listed it was withdrawn (or deleted, or set back to draft), and
    /people/ben-oud/, shared already, was a bare 404 without a word, though
    the person still wants it. One warning per old address, on a story of the
    person's that is published (``then`` and ``current``: ``people_pages``)."""
    ps = now.settings
    after, slugs = current
    lost = {alias for alias, _ in people_redirects(was, *then)} - {
        alias for alias, _ in people_redirects(now, after, slugs)
    }
    listed = {alias for story in now.stories for alias in story.author_aliases}
    former = former_names(was.stories, was.settings)
    owner = {slug: key for key, slug in slugs.items()}
    issues = []
    for alias in sorted(lost):
        key = next(k for k, aliases in former.items() if alias in aliases)
        kept = [s for lang in ps.languages for s in after.get((slugs.get(key), lang), ())]
        if not kept:
            continue  # their page went too (the point)
        if owner.get(alias, key) != key:
            issues.append(_former_name_held(alias, kept, owner[alias], now, after))
            continue
        if alias in listed or alias in slugs.values():
            continue  # still listed: that line's warning says why; or their own page
        story = min(kept, key=lambda s: s.path)
        message = (
            f"/{ps.person_url(alias, story.lang)}, the page of a former name that led to "
            f"{' '.join(story.author.split())}'s, would be a bare 404: no story that is or was "
            f"public lists it in author_aliases any more; write author_aliases: [{alias}] here "
            "to keep it"
        )
        issues.append(Issue(story.path, story.lines.get("author"), message, "warning"))
    return issues


def _former_name_held(alias: str, kept: list, holder: str, now: Site, after: dict) -> Issue:
    """The warning for a former name's page (``alias``) that led to the person
    of ``kept`` (their published stories) and is now held by another author,
    ``holder`` (``person_key``): a story of theirs came in whose name makes
    that slug. Published, its page shows them at the address shared as the
    other person's; a draft (scheduled, taken down) has none, and the address
    is a bare 404, the redirect gone with nothing said (the ``author_aliases``
    line's own warning says only that the address is someone's). On the
    holder's story, which is what changed."""
    ps = now.settings
    theirs = [s for s in now.stories if person_key(s.author) == holder]
    story = min(theirs, key=lambda s: (s.publication(ps) != "published", s.path))
    name, person = (" ".join(s.author.split()) for s in (story, kept[0]))
    url = f"/{ps.person_url(alias, kept[0].lang)}"
    if any(slug == alias for slug, _lang in after):
        what = f"would show {name}, whose name makes that slug"
    else:
        what = (f"would be a bare 404: {name}, the author of this story ({not_shown(story, ps)}), "
                "holds the address, as their name makes that slug, and no redirect is written "
                "over it")  # fmt: skip
    return Issue(
        story.path,
        story.lines.get("author"),
        f"{url}, the page of a former name that led to {person}'s, {what}; if this story is "
        f"{person}'s, write the author as in their other stories, else tell {person} that "
        "address no longer leads to their page",
        "warning",
    )


def _held_back(slug: str, old_url: str, new_url: str, story, held: str, now: Site) -> Issue:
    """The warning for a people page whose address a story not public yet (a
    draft, or dated ahead) takes: by another name that makes the same slug,
    dated before the person's first story, so the older name keeps the plain
    slug, and the person's page moves to "-2" now, while the address shared as
    theirs is a bare 404 until that story is out and then shows someone else.
    It said "the file of another name that made the same slug is gone", which
    no file was. On the story that takes it, the one whose date to check."""
    ps = now.settings
    first = min((s for s in now.stories if person_key(s.author) == held), key=lambda s: s.date)
    mine = person_key(story.author)
    theirs = min((s for s in now.stories if person_key(s.author) == mine), key=lambda s: s.date)
    name, other = (" ".join(s.author.split()) for s in (story, first))
    why = not_shown(first, ps)  # None: their page is in another language only
    until = f" (this story: {why})" if why else ""
    if first.publication(ps) in NOT_YET:
        until = f" until this story ({not_shown(first, ps)}) is published, and then shows {other}"
    return Issue(
        first.path,
        first.lines.get("author"),
        f"{name}'s people page moves to {new_url}, and {old_url} (shared already) is a bare "
        f"404{until}: this story by {other} is dated {first.date.date().isoformat()}, before "
        f"{name}'s first ({theirs.date.date().isoformat()}), and the older of two names that "
        "make the same slug keeps it. Check the date, or tell them their page's address changes",
        "warning",
    )


def not_shown(story, ps) -> str | None:
    """Why ``story`` gives its author no people page, in a few words; None when
    it gives one (``pages_of``: published, and not anonymised)."""
    state = story.publication(ps)
    if state == "published":
        anonymised = story.is_alumni(ps) and ps.alumni_policy == "anonymize"
        return "shown without its author's name" if anonymised else None
    return {
        "draft": "a draft",
        "scheduled": "scheduled",
        "consent-ended": "its consent ended",
        "alumni-unpublished": "taken down, as its author left",
    }[state]


def _taken_over(before: dict, after: dict, slugs: dict[str, str], ps) -> list[Issue]:
    """A people page that now shows another person, who still has a page of
    their own: a name that slugifies alike ("Ben Bäkker" beside "Ben Bakker")
    in a story dated before the other's first (an older story brought in)
    takes the plain slug, and every link shared to Ben Bakker's page shows
    Ben Bäkker, with no 404 to say so."""
    issues = []
    for slug, lang in sorted(before.keys() & after.keys()):
        was_name, now_name = before[slug, lang][0].author, after[slug, lang][0].author
        was_key = person_key(was_name)
        moved = slugs.get(was_key)
        if was_key == person_key(now_name) or moved is None or (moved, lang) not in after:
            continue  # the same person, or the one before is no longer public
        first = min(after[slug, lang], key=lambda s: s.date)
        theirs = min(after[moved, lang], key=lambda s: s.date)
        url, moved_url = (f"/{ps.person_url(x, lang)}" for x in (slug, moved))
        issues.append(
            Issue(
                first.path,
                first.lines.get("author"),
                f'{url}, shared already as {was_name}\'s people page, would show "{now_name}": '
                f"this story is dated {first.date.date().isoformat()}, before {was_name}'s first "
                f"({theirs.date.date().isoformat()}), and the older of two names that make the "
                f"same slug keeps it; {was_name}'s page moves to {moved_url}. Check the date, "
                "or tell them their page's address changes",
                severity="warning",
            )
        )
    return issues
