"""Validate a whole content tree: every file, then what spans files.

One pass collects every issue, so ``podium check`` shows a pull request's
author all of their mistakes at once instead of one per CI run.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import difflib
import functools
import html
import posixpath
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from difflib import SequenceMatcher
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple
from urllib.parse import unquote, urljoin, urlsplit

from podium import paths, yamlio
from podium.articles import newest_first, page_count
from podium.colors import contrast, legible, rgb
from podium.errors import Issue, counted, did_you_mean, display_path, one_line, one_of, some_of
from podium.fields import a_year_later, hub_day
from podium.prompts import placeholders
from podium.settings import SITE_TITLE, STORY_KINDS, PodiumSettings, assigned_at, setting_line
from podium.slugs import author_slugs, person_slug, slugify
from podium_read.parse import Parsed
from podium_read.people import told_apart
from podium_read.schema import (
    GONE,
    NOT_YET,
    References,
    Story,
    person_key,
    slug_from_filename,
    story_path,
)
from podium_read.site import Site, read_site, story_files
from podium_read.themes import check_theme_slugs, themes_as_text
from podium_vacancies.load import CLOSES_FAR_AHEAD, closes_far_ahead
from podium_vacancies.paycheck import check as pay_transparency
from podium_vacancies.titles import check as job_titles
from podium_vacancies.wording import check as ad_wording

from .old_urls import (
    TOMBSTONE,
    answered,
    namesake_former_names,
    not_shown,
    people_pages,
    people_redirects,
)

__all__ = ["Site", "check_site", "load_site", "story_files", "validate_site"]


def load_site(content_root: Path, settings: PodiumSettings) -> Site:
    """The site model with every problem of the tree, each file read once."""
    return check_site(read_site(Path(content_root), settings))


def check_site(site: Site) -> Site:
    """``site``, as the read step read it, with every problem of the tree: its
    own and those only the whole tree shows (collisions, translations, links)."""
    settings, content_root = site.settings, site.content_root
    issues = list(site.problems)
    for p in site.parsed:
        issues.extend(leftover_prompts(p))
        issues.extend(anonymised_but_named(p, settings))
    stories = site.stories
    issues.extend(slug_collisions(stories, settings.languages))
    issues.extend(far_ahead_dates(stories, settings))
    issues.extend(updated_ahead(stories, settings))
    issues.extend(vacancy_updated_ahead(site))
    issues.extend(alias_collisions(stories, site.withdrawn))
    issues.extend(withdrawn_slugs_taken(site))
    issues.extend(translation_authors(stories))
    issues.extend(namesakes(stories))
    issues.extend(author_spellings(stories))
    issues.extend(author_aliases_taken(site))
    issues.extend(people_addresses_held(site))
    issues.extend(namesake_former_names(site))
    issues.extend(translations_parted(stories, settings))
    issues.extend(translation_kinds(stories))
    issues.extend(translation_photos(stories))
    issues.extend(hidden_from_the_editor(stories, settings))
    issues.extend(check_themes_and_vacancies(site))
    issues.extend(feed_team_problems(site.settings))
    issues.extend(explicit_vacancy_links(site))
    issues.extend(vacancy_notes(site))
    issues.extend(links_between_stories(site))
    linked, theme_page_links = story_links(site)
    issues.extend(linked)
    issues.extend(names_of_people_gone(site))
    issues.extend(photos_of_people_gone(site))
    issues.extend(photos_of_others(site))
    issues.extend(unrefreshed_snapshots(site))
    issues.extend(brand_contrast_warnings(settings))
    issues.extend(brand_logo_problems(Path(content_root), settings))
    issues.extend(employer_named_by_sitename(site, settings))
    return replace(
        site,
        problems=tuple(sorted(set(issues), key=Issue.sort_key)),
        theme_page_links=tuple(theme_page_links),
    )


def validate_site(content_root: Path, settings: PodiumSettings) -> tuple[list[Issue], list[Parsed]]:
    """All issues of the tree, and the parsed stories (valid or not)."""
    site = load_site(content_root, settings)
    return list(site.problems), list(site.parsed)


def _withdrawn_themes(site: Site, slugs: set[str]) -> list[Issue]:
    """A tombstone links its story's former themes; one that themes.yml no longer
    has is left out of it without a word, so say so (a warning: nothing breaks)."""
    shown = display_path(site.content_root / site.settings.withdrawn_file, site.content_root)
    return [
        Issue(
            shown,
            w.line,
            f'theme "{theme}" of withdrawn "{w.slug}" is not in themes.yml; its tombstone '
            "will not link it (remove it, or give a theme that exists)",
            "warning",
        )
        for w in site.withdrawn
        for theme in w.themes
        if theme not in slugs
    ]


def check_themes_and_vacancies(site: Site) -> list[Issue]:
    """Theme colours and slugs, and every theme slug that stories and vacancies use."""
    issues: list[Issue] = []
    settings, stories = site.settings, site.stories
    path = site.content_root / settings.themes_file
    shown = display_path(path, site.content_root)
    themes = list(site.themes)
    has_file = site.themes_text is not None
    # Every theme that read, also in a file with errors: its warnings are said
    # with them, not in the run after they are fixed.
    readable = list(site.themes_read) or themes
    located = site.themes_yaml
    if has_file and readable and located is not None:
        issues.extend(theme_contrast_warnings(located, shown, readable))
        issues.extend(theme_description_warnings(located, shown, readable, settings.languages))
    if has_file and themes:
        issues.extend(_withdrawn_themes(site, {s for t in themes for s in (t.slug, *t.aliases)}))
    known = themes if has_file else []
    # A story refused for its own fields still has its themes checked (References).
    refused = [p.refs for p in site.parsed if p.story is None and p.refs is not None]
    for story in [*stories, *refused]:
        if not story.themes:
            continue
        if story.themes_text is not None:  # "themes: Techniek & data": one line, the list meant
            message = themes_as_text(story.themes_text, story.themes, known, story.lang)
            issues.append(Issue(story.path, story.line("themes"), message))
            continue
        if not has_file:
            issues.append(
                Issue(
                    story.path,
                    story.line("themes"),
                    f'"themes" needs a file {shown} that defines them',
                )
            )
            continue
        if themes:
            issues.extend(
                check_theme_slugs(
                    story.themes,
                    known,
                    story.path,
                    lambda _i, s=story: s.line("themes"),
                    story.lang,
                )
            )
    if themes:
        issues.extend(feed_theme_problems(settings, themes))
    issues.extend(
        pay_transparency(site.vacancies.vacancies, settings.pay_transparency, settings.today)
    )
    issues.extend(job_titles(site.vacancies.vacancies, settings.brand.name, settings.today))
    issues.extend(ad_wording(site.vacancies.vacancies, settings.today))
    issues.extend(far_ahead_vacancy_dates(site.vacancies.vacancies, settings.today))
    for vacancy in site.vacancies.vacancies:
        if vacancy.themes_text is not None:  # "themes: Techniek & data", as a story's
            message = themes_as_text(vacancy.themes_text, vacancy.themes, known, vacancy.lang)
            issues.append(Issue(vacancy.source, vacancy.line("themes"), message))
        elif not has_file and vacancy.themes and vacancy.feed_status is None:
            # As a story's: its themes would be dropped without a word. (A
            # feed's come from the settings' theme map, said there.)
            message = f'"themes" needs a file {shown} that defines them'
            issues.append(Issue(vacancy.source, vacancy.line("themes"), message))
        elif themes:
            issues.extend(
                check_theme_slugs(
                    vacancy.themes,
                    known,
                    vacancy.source,
                    lambda _i, v=vacancy: v.line("themes"),
                    vacancy.lang,
                )
            )
    return issues


def feed_theme_problems(settings: PodiumSettings, themes) -> list[Issue]:
    """A feed's ``themes`` that names no theme of themes.yml, on PODIUM_FEEDS's line.

    The demo's feed kept by a new hub (themes: ["sustainability"]) passed `podium
    check` and the build until the first pull, after which every one of its
    vacancies was refused for the theme, in the snapshot, not in the settings."""
    where, line = assigned_at(settings.settings_file, "PODIUM_FEEDS")
    return [
        Issue(
            where,
            line,
            f"setting PODIUM_FEEDS[{i}]['themes'] of feed \"{feed.name}\": {issue.message}",
        )  # fmt: skip
        for i, feed in enumerate(settings.feeds)
        for issue in check_theme_slugs(feed.themes, themes, where, lambda _i: line)
    ]


def feed_team_problems(settings: PodiumSettings) -> list[Issue]:
    """A feed's ``team_map`` to a team not in ``PODIUM_TEAMS``, on PODIUM_FEEDS's line.

    The demo's feed kept by a new hub ("Customer Care": "customer-care") passed
    the check, and every pulled job of that department had a team with no name
    of the hub's and no colleague's story. A department the map leaves out keeps
    its own slug (``read_vacancy`` holds only hand-written vacancies to
    PODIUM_TEAMS); a map is written on purpose.
    """
    teams = settings.teams
    if not teams:  # PODIUM_TEAMS is optional: then any team slug is the hub's
        return []
    where, line = assigned_at(settings.settings_file, "PODIUM_FEEDS")
    return [
        Issue(
            where,
            line,
            f"setting PODIUM_FEEDS[{i}]['team_map'] of feed \"{feed.name}\": "
            f'"{department}" maps to team "{team}", which is not in PODIUM_TEAMS'
            f"{did_you_mean(team, teams)}; valid teams are {one_of(teams)}",
        )
        for i, feed in enumerate(settings.feeds)
        for department, team in feed.team_map
        if team not in teams
    ]


def unrefreshed_snapshots(site: Site) -> list[Issue]:
    """A snapshot of a feed that is not in ``PODIUM_FEEDS`` (removed from the
    settings, or pulled once with ``--url``): no nightly pull refreshes it, so
    its open vacancies would stay open on the site for ever, unnoticed."""
    configured = {feed.name for feed in site.settings.feeds}
    still_open: defaultdict[str, int] = defaultdict(int)
    for vacancy in site.vacancies.vacancies:
        # Snapshot records have a feed status; a snapshot is named after its feed.
        if vacancy.feed_status is not None and vacancy.is_open(site.settings.today):
            still_open[vacancy.source] += 1
    return [
        Issue(
            source,
            1,
            f'no feed named "{Path(source).stem}" in PODIUM_FEEDS refreshes this snapshot: its '
            f"{count} open {'vacancy stays' if count == 1 else 'vacancies stay'} open until "
            "it is deleted; add the feed to PODIUM_FEEDS or delete the file",
            "warning",
        )
        for source, count in sorted(still_open.items())
        if Path(source).stem not in configured
    ]


# How long a story's link to a vacancy that closed keeps warning.
CLOSED_LINK_WARNING_DAYS = 90


def explicit_vacancy_links(site: Site) -> list[Issue]:
    """A story's own ``vacancies`` that name no vacancy, or a closed one.

    Vacancies close all the time, so a dead link warns and never fails. It is
    checked here, with the rest of the tree, so that ``podium check`` and a
    build report the same lines (the link step only drops such links).

    A closed one warns for CLOSED_LINK_WARNING_DAYS after it closed (time to
    link the story to a new role), and after that only where the story is
    dated after the role closed (then the link was a mistake from the start).
    Every closed vacancy warned on every build for ever: an old hub's
    output filled up with warnings about jobs filled years ago, which hid
    the ones that need a writer now. The link step drops the link either way.
    """
    today = site.settings.today
    issues = []
    for story in site.stories:
        for vid in story.vacancies:
            vacancy = site.vacancies.find(vid)
            if vacancy is None:
                if site.vacancies.unreadable:
                    continue  # it may be in a file that did not read, whose error is said
                problem = "does not exist" + _vacancy_hint(vid, site.vacancies.vacancies)
            elif vacancy.is_scheduled(today):
                problem = f"is not posted until {vacancy.date_posted}"
            elif not vacancy.is_open(today):
                closed = vacancy.closed_on(today)
                if (
                    closed is not None
                    and (today - closed).days >= CLOSED_LINK_WARNING_DAYS
                    and story.date.date() < closed
                ):
                    continue
                problem = "is closed"
            else:
                continue
            issues.append(_vacancy_link_issue(story, vid, problem))
    # A story refused for its own fields (a team misspelt) still has its links
    # checked (References): the missing one was said only once the team was fixed.
    refused = [p.refs for p in site.parsed if p.story is None and p.refs is not None]
    for refs in refused if not site.vacancies.unreadable else ():
        for vid in refs.vacancies:
            if site.vacancies.find(vid) is None:
                hint = _vacancy_hint(vid, site.vacancies.vacancies)
                issues.append(_vacancy_link_issue(refs, vid, f"does not exist{hint}"))
    return issues


def _vacancy_link_issue(story: Story | References, vid: str, problem: str) -> Issue:
    """The warning for one link in a story's ``vacancies``: ``problem`` is what is wrong."""
    message = f'vacancy "{vid}" in "vacancies" {problem}'
    return Issue(story.path, story.line("vacancies"), message, "warning")


def _vacancy_hint(written: str, vacancies) -> str:
    """The vacancy a story probably means: by its file name, its title or a
    near id. A writer names the job as they know it ("data-engineer")."""
    key = slugify(written)
    options: dict[str, object] = {}
    for v in vacancies:
        options.setdefault(v.id, v)
        options.setdefault(slugify(v.title), v)
        options.setdefault(Path(v.source).stem, v)
    near = options.get(key) or options.get(written)
    if near is None:
        close = difflib.get_close_matches(key or written, list(options), n=1, cutoff=0.75)
        near = options[close[0]] if close else None
    if near is None:
        # Nothing near: the ids there are ("does not exist" named none).
        ids = sorted({v.id for v in vacancies})
        return f" (the vacancies' ids are {some_of(ids)})" if ids else " (there are none yet)"
    return f' (did you mean "{near.id}", {one_line(near.title)}?)'


def vacancy_notes(site: Site) -> list[Issue]:
    """The warnings the vacancy reader noted (an image in a hand-written
    description, a ``{static}`` link), on the description's line."""
    return [
        Issue(v.source, v.line("description"), f'field "description": {note}', "warning")
        for v in site.vacancies.vacancies
        for note in v.notes
    ]


# Why a linked story is not on the site, by its Story.publication().
_NOT_PUBLISHED = {
    "consent-ended": "is no longer published (its consent ended): its URL shows a tombstone",
    "alumni-unpublished": (
        'is no longer published (its author left; PODIUM_ALUMNI_POLICY is "unpublish"): '
        "its URL shows a tombstone"
    ),
    "draft": "is a draft (status: draft): the link leads to a page the site does not have",
    "scheduled": "is not published until its date: the link leads nowhere until then",
}
_ANSWER = "remove the link, and the author's name if the text gives it"


def _out_by_then(story: Story, target: Story, state: str, site: Site) -> bool:
    """Whether a link to ``target``, which waits (``state``), has its page when
    ``story`` goes out. A draft goes out when a person publishes it, whose
    check then says; a scheduled story goes out on its own night, when the
    site must already have the page it links: a story out on or before its
    day, never a draft (a nightly publish refused over it has nobody there)."""
    if state not in NOT_YET:
        return False
    mine = story.publication(site.settings)
    if mine == "draft":
        return True
    zone = site.settings.timezone
    later = hub_day(target.date, zone) > hub_day(story.date, zone)
    return mine == "scheduled" and state == "scheduled" and not later


def links_between_stories(site: Site) -> list[Issue]:
    """A story's ``{filename}`` links to other stories, against the site.

    Pelican resolves them, and says nothing useful when it cannot: a link to a
    story file that is gone (withdrawn, renamed, mistyped) goes out with
    ``{filename}...`` as its address, one to a draft points at a page that is
    not published, and one to a story whose consent ended still names a
    person who asked to be taken off the site. A missing story is an error
    (the link is broken on the page), and so is a draft or a scheduled story
    linked from a published one (the link is broken until it is out); a story
    no longer public is a warning (its consent can end on any night, and the
    nightly publish that takes it down must not fail over it).
    """
    root = site.content_root.resolve()
    by_file = {}
    for p in site.parsed:
        with contextlib.suppress(ValueError):
            if p.source is not None:
                by_file[p.source.relative_to(root).as_posix()] = p
    withdrawn = {w.slug for w in site.withdrawn}
    record = display_path(site.content_root / site.settings.withdrawn_file, site.content_root)
    issues = []
    for p in site.parsed:
        story = p.story
        if story is None or p.body is None:
            continue
        # A story that is off the site itself shows none of its links.
        if story.publication(site.settings) in GONE:
            continue
        for link in p.body.story_links:
            shown = f"link to content/{link.target}"
            target = by_file.get(link.target)
            if target is None:
                slug = slug_from_filename(link.target, site.settings.languages)[0]
                if slug in withdrawn:
                    message = (
                        f'{shown}: the story "{slug}" was withdrawn (recorded in {record}); '
                        f"{_ANSWER}"
                    )
                else:
                    message = (
                        f"{shown}: there is no story file content/{link.target}; "
                        "link a story that exists, by its path from content/"
                    )
                issues.append(Issue(story.path, link.line, message))
                continue
            if target.story is None or target is p:
                continue  # its own errors say why; a link to itself is harmless
            state = target.story.publication(site.settings)
            if state not in _NOT_PUBLISHED or _out_by_then(story, target.story, state, site):
                continue
            why = _NOT_PUBLISHED[state]
            if state in GONE:
                message = f'{shown}: "{target.story.slug}" {why}; {_ANSWER}'
                issues.append(Issue(story.path, link.line, message, "warning"))
                continue
            # A page that is published now would go out with a dead link: refused,
            # as Hugo refuses a ref to a draft. No night turns a story into a
            # draft or moves its date, so no nightly publish fails over it.
            waits = _waits(story, target.story, state, site)
            message = f'{shown}: "{target.story.slug}" {why}, {waits}'
            issues.append(Issue(story.path, link.line, message))
    return issues


def _waits(story: Story, target: Story, state: str, site: Site) -> str:
    """Why ``story`` may not link ``target``, which waits (``state``), and what would do:
    a scheduled story was told it "is published", and to date itself after a
    draft, which no date brings out."""
    zone = site.settings.timezone
    if story.publication(site.settings) == "scheduled":
        mine = f"and this story goes out on {hub_day(story.date, zone)}"
    else:
        mine = "and this story is published"
    if state == "draft":
        return f"{mine}; link it once it is published, or leave the link out"
    day = hub_day(target.date, zone)
    return (
        f"{mine}, before it ({day}); link it once it is published (or give this story a date "
        f"on or after {day}), or leave the link out"
    )


# A person's URL as the build writes it (podium.defaults), and a
# story's at Podium's default ARTICLE_URL (others: _story_address):
# "/stories/x/", "/en/people/x/", with or without the trailing slash or index.html.
_PAGE_URL = re.compile(r"^/(?:([a-z]{2,3})/)?(stories|people)/([^/]+)(?:/|/index\.html)?$")


def _story_address(path: str, ps: PodiumSettings) -> tuple[str, str] | None:
    """(language, slug) of a story URL a link gives ("/stories/x/",
    "/en/stories/x", ".../index.html"; any slug, to warn of a wrong one), or
    None. A URL pattern without a folder before the slug ("{slug}/") is not
    matched: every page of the hub ("/themes/", "/vacancies/") would look like
    a story."""
    found = story_path(path, ps, slug=r"[^/]+", index_html=True)
    if found is None or ps.story_url("\0", found[1]).startswith("\0"):
        return None
    return found[1], found[0]


def story_links(site: Site) -> tuple[list[Issue], list[ThemePageLink]]:
    """A story's links written as a path (``/stories/x/``, ``../x/``) to a
    story URL this build does not answer.

    ``{filename}`` links are checked against the files; one written as the
    address, as a writer copies it from the browser, went unchecked: a link
    to a story whose consent ended (a tombstone that no longer names the
    person, linked from a text that may), to a draft, or to nothing at all
    said nothing. An alias's redirect and a tombstone are answered, so only a
    tombstone is said (the link leads to a page saying the story is gone).
    All are warnings: a consent may end on any night, and the nightly publish
    that takes a story down must not fail over another's link to it.

    Also the links to a theme's page that only the tagging can judge
    (``theme_page_warnings``).
    """
    ps = site.settings
    answers = answered(site)
    waiting = {(s.slug, s.lang): s for s in site.stories if s.publication(ps) in NOT_YET}
    langs_of: dict[str, list[str]] = defaultdict(list)
    for slug, lang in answers:
        langs_of[slug].append(lang)
    record = display_path(site.content_root / ps.withdrawn_file, site.content_root)
    people, slugs = people_pages(site)
    # A former name's page (author_aliases) answers with a redirect to the person's.
    redirects = people_redirects(site, people, slugs)
    known = set(slugs.values())
    waiting_people = {slugs[person_key(s.author)] for s in waiting.values()}
    # The path the hub is served under ("/careers" of https://x.example/careers).
    base = urlsplit(ps.site_url).path.rstrip("/")
    lists = _ListPages(site, people)

    judge = functools.partial(
        _judge,
        _LinkContext(
            ps, answers, waiting, langs_of, record, people, redirects, known, waiting_people,
            base, lists, site,
        ),
    )  # fmt: skip

    issues = []
    later: list[ThemePageLink] = []
    for p in site.parsed:
        story = p.story
        if story is None or p.body is None:
            continue
        state_here = story.publication(ps)
        if state_here in GONE:
            continue  # a story off the site shows none of its links
        here = f"{base}/{ps.story_url(story.slug, story.lang)}"
        for link in p.body.page_links:
            message = judge(link.target, here, state_here, _BY_FILE)
            if isinstance(message, _ThemePage):
                later.append(ThemePageLink(story.path, link.line, "", *message))
            elif message is not None:
                issues.append(Issue(story.path, link.line, message, "warning"))
    # A hand-written vacancy's description links stories by their address (it
    # has no {filename}), in full or as a path: the same links, the same
    # warnings. An ATS feed's text is the ATS's, fixed there, not here.
    for v in site.vacancies.vacancies:
        if v.feed_status is not None:
            continue
        state_here = "scheduled" if v.is_scheduled(ps.today) else "published"
        here = f"{base}/{ps.vacancy_url(v.id, v.lang)}"
        for href in dict.fromkeys(_HREF.findall(v.description_html)):
            message = judge(html.unescape(href), here, state_here, _BY_ADDRESS)
            where = v.line("description")
            if isinstance(message, _ThemePage):
                later.append(ThemePageLink(v.source, where, 'field "description": ', *message))
            elif message is not None:
                issues.append(Issue(v.source, where, f'field "description": {message}', "warning"))
    return issues, later


@dataclasses.dataclass(frozen=True)
class _LinkContext:
    """What ``story_links`` works out once, for every link it judges."""

    ps: PodiumSettings
    answers: dict
    waiting: dict
    langs_of: dict
    record: str
    people: dict
    redirects: dict
    known: set
    waiting_people: set
    base: str
    lists: _ListPages
    site: Site


def _judge(
    c: _LinkContext, written: str, here: str, state_here: str, by_file: str
) -> str | _ThemePage | None:
    """What a link written on the page at ``here`` (its path, ``base`` included)
    has to say, or None; ``by_file`` is the way to link that never breaks."""
    ps, answers, waiting, langs_of, record = c.ps, c.answers, c.waiting, c.langs_of, c.record
    people, redirects, known, waiting_people = c.people, c.redirects, c.known, c.waiting_people
    base, lists, site = c.base, c.lists, c.site
    page = f"https://site.invalid{here}"  # only the path of the link matters
    target = written
    parts = urlsplit(target)
    if parts.scheme.lower() not in ("", "http", "https"):
        # mailto:, tel:: no page of any site. A vacancy's "mailto:jobs@x.example"
        # was judged as the path "jobs@x.example" and called a bare 404.
        return None
    if parts.netloc:
        # The hub's own address written in full is a link to its page
        # like a path; one to any other site is not ours to check.
        target = _own_path(target, ps.site_url)
        if target is None:
            return None
    path = unquote(urlsplit(urljoin(page, _dots_decoded(target))).path)
    if base and not (path + "/").startswith(base + "/"):
        # A root path ("/stories/x/") on a hub under a sub-path leads
        # off it: x.example/stories/x/ is not x.example/careers/...
        outside = _PAGE_URL.match(path)
        if outside is not None:
            return _off_the_hub(written, here, path, base, by_file)
        return None
    top = path[len(base) :].lstrip("/").split("/")[0]
    roots = ps.published_roots
    if top and roots is not None and top not in roots and not _SITEMAP.fullmatch(top):
        return _published_nowhere(written, path[len(base) :])
    listed = _LIST_PAGE_URL.match(path[len(base) :])
    if listed is not None:
        return lists.judge(written, listed)
    job = _VACANCY_URL.match(path[len(base) :])
    if job is not None:
        return _vacancy_page_link(written, job, state_here, site)
    rel = path[len(base) :]
    own = _story_address(rel, ps)
    m = _PAGE_URL.match(rel)
    folder = f"/{ps.default_lang}/"
    if own is None and rel.startswith(folder):
        # "/nl/stories/x/" on a Dutch-first hub, written by analogy with
        # "/en/stories/x/": the default language has no folder.
        moved = _story_address(rel[len(folder) - 1 :], ps)
        if moved is not None and moved[0] == ps.default_lang:
            url = f"/{ps.story_url(moved[1], ps.default_lang)}"
        elif m is not None and m[2] == "people":
            url = f"/{ps.person_url(m[3], ps.default_lang)}"
        else:
            return None
        return (
            f'link "{_shorter(written)}": the site has no {folder} folder '
            f"({ps.default_lang} is the default language, whose pages have no prefix), "
            f"so the link is a bare 404; write {url}"
        )
    # A path shaped like Podium's default story URL on a hub whose
    # ARTICLE_URL is another ("/stories/x/" where stories are at
    # "/verhalen/x/") is answered by nothing.
    elsewhere = own is None and m is not None and m[2] == "stories"
    if own is not None:
        (lang, slug), section = own, "stories"
    elif m is None or m[1] is not None and m[1] not in ps.languages:
        return None  # not a language folder of this hub: not a story URL it writes
    else:
        prefix, section, slug = m.groups()
        lang = prefix or ps.default_lang
    if section == "stories" and not elsewhere:
        url = f"/{ps.story_url(slug, lang)}"
    else:
        url = f"/{ps.section_url(section, lang)}{slug}/"
    shown = _shorter(written)
    same = shown.rstrip("/") == url.rstrip("/")
    shown = f'link "{shown}"' + ("" if same else f" ({url})")
    if section == "people":
        if (slug, lang) in people or (slug, lang) in redirects:
            return None  # a page, or a former name's redirect to one
        if slug in waiting_people and state_here != "published":
            return None  # a draft's author's page-to-be linked from a draft
        return _people_link(shown, url, slug, lang, people, known, ps)
    what, source = (None, None) if elsewhere else answers.get((slug, lang), (None, None))
    if what is not None and what != TOMBSTONE:
        return None  # a page, or an alias's redirect to one
    if what == TOMBSTONE:
        if hasattr(source, "path"):
            why = _NOT_PUBLISHED[source.publication(ps)]
            message = f'{shown}: "{slug}" {why}; {_ANSWER}'
        else:
            message = (
                f'{shown}: the story "{slug}" was withdrawn (recorded in {record}): '
                f"its URL shows a tombstone; {_ANSWER}"
            )
    elif (slug, lang) in waiting and not elsewhere:
        state = waiting[slug, lang].publication(ps)
        if state_here in NOT_YET:
            return None  # a story that waits may link another that waits too
        message = f'{shown}: "{slug}" {_NOT_PUBLISHED[state]}; link it once it is published'
    else:
        others = [
            f"/{ps.story_url(slug, other)}"
            for other in sorted(langs_of.get(slug, ()))
            if answers[slug, other][0] != TOMBSTONE
        ]
        hint = f" (did you mean {' or '.join(others)}?)" if others else ""
        message = f"{shown}: no story answers at {url}, so the link is a bare 404{hint}; {by_file}"
    return message


# A path segment of dots, any written "%2e": a browser reads "%2e%2e" as ".."
# (the URL standard's double-dot segment), urljoin as a name.
_DOTS = re.compile(r"(?i)(?:(?<=/)|^)(?:\.|%2e){1,2}(?=[/?#]|$)")


def _dots_decoded(link: str) -> str:
    """``link`` with its "%2e" dot segments as dots: "%2e%2e/x" is "../x" to a
    browser, and was checked as a folder named "..", on the site and fine."""
    if "%" not in link:
        return link
    end = min((i for i in (link.find("?"), link.find("#")) if i >= 0), default=len(link))
    return (
        _DOTS.sub(lambda m: "." * (len(m.group()) - 2 * m.group().count("%")), link[:end])
        + link[end:]
    )


# A page of a list the build writes (podium_render.hub and theme_pages, numbered
# by podium_render.paginate): "/stories/page/2/", "/en/people/page/3/", a
# theme's first page "/themes/tech/" and its "/themes/tech/page/2/".
_LIST_PAGE_URL = re.compile(
    r"^/(?:([a-z]{2,3})/)?(stories|interviews|columns|people|themes/([^/]+))"
    r"(?:/page/([0-9]{1,9}))?(?:/|/index\.html)?$"
)


_SITEMAP = re.compile(r"sitemap(-\d+)?\.xml")


def _published_nowhere(written: str, path: str) -> str:
    """``[x](/etc/passwd)``, ``/Users/anna/cv.pdf``: a link to a site path under
    no folder or file the build writes (its pages, the theme's files, the cards,
    STATIC_PATHS, TEMPLATE_PAGES) is a bare 404, most often a path on the
    writer's own computer; said as an image by such a path is (body.py)."""
    name = PurePosixPath(path).name or "file.pdf"
    return (
        f'link "{_shorter(written)}" is a path from the site\'s root, where the hub '
        "publishes nothing (not a path on your computer, nor in content/), so the link is "
        f"a bare 404; for a file in content/, write {{static}}/{name}, or link a page of "
        "the hub by its address"
    )


# A vacancy's page (podium_render.vacancy_pages): "/vacancies/501/", "/en/vacancies/x/".
_VACANCY_URL = re.compile(r"^/(?:([a-z]{2,3})/)?vacancies/([^/]+)(?:/|/index\.html)?$")


def _vacancy_page_link(written: str, m: re.Match, state_here: str, site: Site) -> str | None:
    """What a link to a vacancy's page has to say: every vacancy has one, open
    or closed (which says so and points on), in its own language's folder, once
    its ``date_posted`` has come. A job linked by its address, the id mistyped
    or in the other language's folder, went out a bare 404 without a word."""
    ps = site.settings
    prefix, vid = m.groups()
    if prefix is not None and (prefix == ps.default_lang or prefix not in ps.languages):
        return None  # no folder of this hub's (the /nl/ folder is said of story links)
    lang = prefix or ps.default_lang
    url = f"/{ps.vacancy_url(vid, lang)}"
    shown = f'link "{_shorter(written)}"'
    vacancies = site.vacancies.vacancies
    found = next((v for v in vacancies if v.id == vid), None)
    if found is None:
        return (
            f"{shown}: no vacancy answers at {url}, so the link is a bare 404"
            f"{_vacancy_hint(vid, vacancies)}; name the job by its id in the story's field "
            '"vacancies", or copy the address from the job\'s page'
        )
    own = found.lang if found.lang in ps.languages else ps.default_lang
    if own != lang:
        there = f"/{ps.vacancy_url(vid, own)}"
        return (
            f"{shown}: no vacancy answers at {url}, so the link is a bare 404 (did you "
            f"mean {there}?)"
        )
    if found.is_scheduled(ps.today) and state_here == "published":
        return (
            f'{shown}: the vacancy "{vid}" is not published until its date_posted '
            f"({found.date_posted}): the link leads nowhere until then"
        )
    return None


class _ListPages:
    """How many pages each list of the site has, from the site model alone.

    The render step numbers them, and `podium check` let a link to
    /people/page/99/ or /themes/tech/page/9/ go out a bare 404. A list's pages
    follow from what it lists and the page size (``paginate``): the published
    stories of a language (of a kind), the people with a page in it. A theme's
    stories are known only once they are tagged, a later step; it has at most
    every story published in its language (tagging only adds), so a page past
    those is surely missing, and one within them is judged after the tagging
    (``theme_page_warnings``, said by this step, in `podium check` and the build).
    """

    def __init__(self, site: Site, people: dict) -> None:
        self.ps = ps = site.settings
        self.stories: dict[tuple[str, str], int] = defaultdict(int)  # (list, lang) -> items
        for story in site.stories:
            if story.publication(ps) == "published":
                self.stories["stories", story.lang] += 1
                self.stories[f"{story.kind}s", story.lang] += 1
        for _slug, lang in people:
            self.stories["people", lang] += 1
        self.slugs = [t.slug for t in site.themes]
        self.themes_file = display_path(site.content_root / ps.themes_file, site.content_root)
        self.themes = {t.slug: t.slug for t in site.themes}
        for theme in site.themes:
            for alias in theme.aliases:
                self.themes.setdefault(alias, theme.slug)

    def judge(self, written: str, m: re.Match) -> str | _ThemePage | None:
        ps = self.ps
        prefix, section, theme, number = m.groups()
        if prefix is not None and (prefix == ps.default_lang or prefix not in ps.languages):
            return None  # no list of this hub (the /nl/ folder is said of story links)
        lang = prefix or ps.default_lang
        url = f"/{ps.section_url(section, lang)}"
        shown = f'link "{_shorter(written)}"'
        if theme is not None and theme not in self.themes:
            return (
                f"{shown}: no theme answers at {url}, so the link is a bare 404"
                f"{did_you_mean(theme, self.themes)}; the themes are in {self.themes_file}: "
                f"{one_of(self.slugs)}"
            )
        if number is None:
            return None
        if int(number) <= 1:
            return (
                f"{shown}: the first page of a list has no number: {url}page/{number}/ is a "
                f"bare 404; link {url}"
            )
        people = section == "people"
        items = self.stories["stories" if theme else section, lang]
        per_page = ps.people_per_page if people else ps.per_page
        pages = max(1, -(-items // per_page))
        if int(number) <= pages:
            # Within the stories tagging may give the theme: judged once they
            # are tagged (theme_page_warnings), by `podium check` and the build.
            return _ThemePage(written, self.themes[theme], lang, int(number)) if theme else None
        what = "people" if people else "stories"
        if theme:
            size = f"{per_page} {what} a page, and {items} stories in {lang} are published"
            return _past_the_end(written, url, pages, size, at_most=True)
        return _past_the_end(written, url, pages, f"{per_page} {what} a page")


def _past_the_end(written: str, url: str, pages: int, size: str, at_most: bool = False) -> str:
    """A link to a page past the last of the list at ``url``, of ``pages`` pages."""
    last = f" or its last page, {url}page/{pages}/" if pages > 1 and not at_most else ""
    return (
        f'link "{_shorter(written)}": {url} has {"at most " if at_most else ""}'
        f"{counted(pages, 'page')} ({size}), so the link is a bare 404; link {url}{last}"
    )


class _ThemePage(NamedTuple):
    written: str
    theme: str  # its slug in themes.yml (an old slug's theme)
    lang: str
    number: int


@dataclasses.dataclass(frozen=True)
class ThemePageLink:
    """A link to a theme's page (/themes/tech/page/2/) within every story published
    in its language: which stories a theme lists is known once they are tagged,
    a later step, so it is judged then (``theme_page_warnings``)."""

    path: str
    line: int | None
    field: str  # 'field "description": ' for a vacancy's, "" for a story's
    written: str
    theme: str
    lang: str
    number: int


def theme_page_warnings(site: Site, stories: Iterable[Any]) -> list[Issue]:
    """The warnings on ``site.theme_page_links`` past their theme's last page.

    ``stories``: every published story, tagged (each with its ``lang`` and
    ``theme_tags``): Pelican's articles once the tag step has run, in a build
    (``podium_validate``, at ``all_generators_finalized``), or the Site's stories
    with the tagger's tags, in `podium check`. A theme's pages in a language are
    counted as the render step pages its list (``podium.articles.page_count``).
    Said by this step alone, once, for the build and the check alike."""
    if not site.theme_page_links:
        return []
    ps = site.settings
    tags = ((story.lang, getattr(story, "theme_tags", ())) for story in stories)  # none untagged
    listed = Counter((tag.slug, lang) for lang, found in tags for tag in found)
    issues = []
    for link in site.theme_page_links:
        count = page_count(listed[link.theme, link.lang], ps.per_page)
        if link.number <= count:
            continue
        url = f"/{ps.theme_url(link.theme, link.lang)}"
        message = _past_the_end(link.written, url, count, f"{ps.per_page} stories a page")
        issues.append(Issue(link.path, link.line, link.field + message, "warning"))
    return issues


_BY_FILE = "link a story by its file, like {filename}/interviews/anna.md"
_BY_ADDRESS = "copy the address from the story's page"
_HREF = re.compile(r'<a\b[^>]*?\shref="([^"]*)"')


def _own_path(link: str, site_url: str) -> str | None:
    """The path of ``link`` when it is an address on the hub itself (SITEURL's
    host, http or https alike), else None (another site, or no SITEURL)."""
    hub = urlsplit(site_url)
    if not hub.netloc:
        return None  # a local preview's "" or a root path: no host to compare
    parts = urlsplit(link)
    if parts.hostname is None or parts.hostname != hub.hostname or parts.port != hub.port:
        return None
    return parts.path or "/"


def _shorter(written: str) -> str:
    return written if len(written) <= 120 else written[:117] + "..."


def _off_the_hub(written: str, here: str, path: str, base: str, by_file: str) -> str:
    """A story or people URL written from the domain's root on a hub under a
    sub-path: the browser goes to the domain's own /stories/x/, not the hub's."""
    shown = _shorter(written)
    there = base + path if path.endswith("/") else f"{base}{path}/"
    relative = posixpath.relpath(there, here) + "/"
    message = (
        f'link "{shown}" leads off the hub, which SITEURL serves under {base}/: it goes to '
        f"{path}, not {there}; write {relative} (relative to this page), or {by_file}"
    )
    return message


def _people_link(shown, url, slug, lang, people, known, ps) -> str:
    """What a link to a people page the build does not write says."""
    others = [f"/{ps.person_url(slug, other)}" for s, other in sorted(people) if s == slug]
    if others:
        return (
            f"{shown}: no people page answers at {url}, so the link is a bare 404 (did you "
            f"mean {' or '.join(others)}?)"
        )
    if slug in known:
        # The person is in content/, but no story of theirs is public: consent
        # ended, left (unpublish or anonymise), or not yet published.
        return (
            f"{shown}: {url} is not published (no story by this colleague is public: their "
            "consent ended, they left, or not yet), so the link is a bare 404; remove it, "
            "and the colleague's name if the text gives it"
        )
    return (
        f"{shown}: no people page answers at {url}, so the link is a bare 404; copy the "
        "address from the colleague's page"
    )


_GONE_WHY = {
    "consent-ended": "its consent ended",
    "alumni-unpublished": 'they left; PODIUM_ALUMNI_POLICY is "unpublish"',
}


def _word(name: str) -> re.Pattern[str]:
    """``name`` as a word with its capital (not "Frank" in "Frankrijk")."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


# Between a first name and a surname: "Anna van Dijk", "Frank de Wit", "Sara al Amin".
# Not "in" or "het": "Frank in Utrecht" names Frank.
_PARTICLES = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "te", "'t", "da", "di", "do", "dos", "das", "del"}
    | {"della", "du", "la", "le", "von", "zu", "el", "al", "bin", "ibn", "ben"}
)
_NEXT_WORD = re.compile(r"[ \t]+([\w'’][\w'’-]*)")


def _says(text: str, shown: str, certain: bool) -> bool:
    """Whether ``text`` says ``shown`` as a word. A first name alone (not
    ``certain``) only counts where no surname follows it: "Frank de Wit" is
    another Frank, named in full, and writing his surname is how a writer
    answers the "perhaps" warning about the Frank who left."""
    for match in _word(shown).finditer(text):
        if certain or not _surname_after(text, match.end()):
            return True
    return False


def _surname_after(text: str, pos: int) -> bool:
    for _ in range(4):  # "Maria de la Cruz": at most a few particles
        match = _NEXT_WORD.match(text, pos)
        if match is None:
            return False
        word = match.group(1)
        if word[0].isupper():
            return len(word) > 1  # "Frank V." may well be him
        if word not in _PARTICLES:
            return False
        pos = match.end()
    return False


def names_of_people_gone(site: Site) -> list[Issue]:
    """Another story that still names a person whose story was taken down.

    When a story's consent ends (or its author left under ``unpublish``),
    its page becomes a tombstone, but a colleague's column that says "Youssef
    wil het juist zelf proberen" kept the name on its page, in the feeds and
    in the search index, and ``podium check`` said nothing unless the column
    also linked the story. This names the file and every line, from the story
    data (``withdrawn.yml`` keeps no names: ``podium withdraw`` says it then).
    A warning: a consent can end on any night, and the nightly publish that
    takes the story down must not fail over it.
    """
    settings = site.settings
    stories = [p for p in site.parsed if p.story is not None]
    state = {id(p): p.story.publication(settings) for p in stories}
    gone = {
        id(p): f"is no longer published ({_GONE_WHY[state[id(p)]]})"
        for p in stories if state[id(p)] in GONE
    }  # fmt: skip
    # Left under "anonymize": the story is published without its author's name,
    # which a colleague's story saying "Gina leerde me het vak" gave back. The
    # story's own text is anonymised_but_named's.
    if settings.alumni_policy == "anonymize":
        gone.update(
            (id(p), 'no longer names them (they left; PODIUM_ALUMNI_POLICY is "anonymize")')
            for p in stories
            if state[id(p)] == "published" and p.story.is_alumni(settings)
        )
    gone_stories = [p for p in stories if id(p) in gone]
    # An anonymised story is still read for the names of others.
    kept = [p for p in stories if state[id(p)] not in GONE]
    why = lambda p: gone[id(p)]  # noqa: E731
    return [
        *stories_naming(gone_stories, kept, why, settings),
        *vacancies_naming(site, gone_stories, kept, why),
        *themes_naming(site, gone_stories, kept, why),
    ]


def photos_of_people_gone(site: Site) -> list[Issue]:
    """Another author's story that shows the portrait of a person whose story
    was taken down, or who left under "anonymize" (their own story no longer
    shows the face): as its own ``photo`` or as an image it links.

    The tombstone carries no personal data, but the file stays in content/
    (only ``podium withdraw`` removes it), and a colleague's column that used
    it kept the face on its page, its card and in the feeds. Not when the
    person still has a published story with that photo, or the story is
    their own. A warning, as for a name: a consent can end on any night, and
    the nightly publish that takes the story down must not fail over it.
    """
    settings = site.settings
    stories = [p for p in site.parsed if p.story is not None]
    state = {id(p): p.story.publication(settings) for p in stories}
    kept = [p for p in stories if state[id(p)] not in GONE]
    # Left under "anonymize": published, but without the author's name and face.
    anonymised = {
        id(p)
        for p in stories
        if settings.alumni_policy == "anonymize"
        and state[id(p)] == "published"
        and p.story.is_alumni(settings)
    }
    gone = [p for p in stories if state[id(p)] in GONE or id(p) in anonymised]

    def why(owner: Parsed) -> str:
        if id(owner) in anonymised:
            return 'no longer shows them (they left; PODIUM_ALUMNI_POLICY is "anonymize")'
        return f"is no longer published ({_GONE_WHY[state[id(owner)]]})"

    # Its own "photo" line is photos_of_others' error: a story's photo is its author's.
    return photos_still_shown(gone, kept, why, settings, hidden=anonymised, field=False)


def _photo_path(value: str) -> str:
    """A photo's path as its stories write it, one way: "/images/x/../a.jpg"
    and "images/a.jpg" name one file."""
    return posixpath.normpath(value.lstrip("/"))


def photos_of_others(site: Site) -> list[Issue]:
    """A story whose ``photo`` is another person's portrait: the ``photo`` of a
    story by another author (``person_key``), named by the same path or a copy
    of the same bytes.

    A story's ``photo`` is its author's portrait (the contract's byline, the
    card's face above their name, the people page's), so a column by "Test
    Persoon" naming ``images/people/fatima-bouzid.jpg`` published Fatima's
    face above his name, also on the card she had kept off social media
    (``consent.social: false``), or after her consent ended, with a warning
    at most. An error on the ``photo`` line of each story not by the photo's
    owner, whatever either story's state (a draft is published one day).
    The owner is the author whose name the file's path gives (``podium new``
    names it by the person's page) or whose story's folder holds it (the
    editor's ``images/people/<story>/``), else the one who used it first.
    A translation of the owner's story that writes the name another way is
    ``translation_authors``' warning, not this.
    """

    users: dict[object, list[Story]] = defaultdict(list)
    for p in site.parsed:
        if p.story is not None and p.story.photo:
            users[p.photo_digest or _photo_path(p.story.photo)].append(p.story)

    def names(story: Story, stems: set[str]) -> bool:
        # Whole words: "Jo" is not named by joost-hendriks.jpg.
        named = any(f"-{person_slug(story.author)}-" in stem for stem in stems)
        return named or PurePosixPath(_photo_path(story.photo)).parent.name == story.slug

    issues = []
    for stories in users.values():
        if len({person_key(s.author) for s in stories}) < 2:
            continue
        stems = {f"-{slugify(PurePosixPath(_photo_path(s.photo)).stem)}-" for s in stories}
        owner = min(stories, key=lambda s: (not names(s, stems), s.date, s.path))
        key = person_key(owner.author)
        theirs = {s.slug for s in stories if person_key(s.author) == key}
        for story in stories:
            if person_key(story.author) == key or story.slug in theirs:
                continue
            photo, same = _photo_path(story.photo), _photo_path(owner.photo)
            copy = "" if photo == same else f" is a copy of {same}, which"
            issues.append(Issue(story.path, story.line("photo"), (
                f'field "photo": {photo}{copy} is the portrait of {owner.author} '
                f"({owner.path}), and a story's photo is its author's, shown with "
                f"{story.author}'s name on this story's page, card and feeds; give a photo "
                f"of {story.author}, or leave the field out (the page then shows initials)"
            )))  # fmt: skip
    return issues


def photos_still_shown(
    gone: list[Parsed],
    kept: list[Parsed],
    why: Callable[[Parsed], str],
    settings: PodiumSettings,
    hidden: frozenset[int] | set[int] = frozenset(),
    field: bool = True,
) -> list[Issue]:
    """The stories in ``kept`` that show the photo of another author's story in
    ``gone``, with ``why(story)`` it is gone (also ``podium withdraw``'s, which
    keeps a photo another story uses, and is the last to know whose it is).
    ``hidden``: the ids of stories in ``kept`` published without their photo.
    ``field=False``: only the images their text links, not their own ``photo``
    (which ``photos_of_others`` refuses, the owner gone or not)."""

    # On a page still: a draft or a story dated later shows the portrait nowhere yet.
    shown = {
        (_photo_path(p.story.photo), person_key(p.story.author))
        for p in kept
        if p.story.photo and p.story.publication(settings) == "published" and id(p) not in hidden
    }
    owners: dict[str, Parsed] = {}
    for p in gone:
        photo = p.story.photo
        if photo and (_photo_path(photo), person_key(p.story.author)) not in shown:
            owners.setdefault(_photo_path(photo), p)
    if not owners:
        return []
    issues = []
    for p in kept:
        story = p.story
        used = (
            [('field "photo": ', story.photo, story.line("photo"))] if story.photo and field else []
        )
        used += [("image ", link.target, link.line) for link in (p.body.links if p.body else [])]
        for prefix, value, line in used:
            owner = owners.get(_photo_path(value))
            if owner is None or person_key(owner.story.author) == person_key(story.author):
                continue
            message = (
                f"{prefix}{_photo_path(value)} is the photo of {owner.story.author}, whose story "
                f'"{owner.story.slug}" {why(owner)}; '
                "show another picture: this one would still be on this story's page and in its "
                "card and feeds"
            )
            issues.append(Issue(story.path, line, message, "warning"))
    return issues


def stories_naming(gone: list[Parsed], kept: list[Parsed], why, settings) -> list[Issue]:
    """The stories in ``kept`` that still name the author of a story in ``gone``.

    ``why(parsed)`` says what became of that story ("is no longer published
    (its consent ended)"). The full name is certain; the first name alone may
    be someone else, so it is said to be a maybe, and left out when another
    author has that first name too. A person who still has a story in ``kept``
    is named on the site anyway (a published one: a draft or a story dated
    later shows the name nowhere yet).
    """
    people = _people_gone(gone, kept, why, settings)
    if not people:
        return []
    issues = []
    for p in kept:
        if p.source is not None:
            issues.extend(_links_naming(p, people, gone, settings))
        # The first name is in the full name: a story that says neither is skipped.
        said = _said(p)
        if p.source is None or not any(n.split(" ")[0] in said for n, *_ in people):
            continue
        try:
            # Only a story that names one of them is read again, for the lines:
            # the build reads each story file once (tests/e2e/test_pipeline.py).
            text = p.source.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue  # its own errors say why
        lines = text.splitlines()
        for name, slug, reason, names in people:
            if person_key(name) == person_key(p.story.author):
                continue  # an anonymised story's own author: anonymised_but_named's
            for shown, certain in names:
                if shown not in text:
                    continue  # the common case, without a regex over every line
                at = [n for n, text in enumerate(lines, 1) if _says(text, shown, certain)]
                if not at:
                    continue
                message = (
                    f'the story still names "{shown}"{_perhaps(name, shown)}, whose story '
                    f'"{slug}" {reason}; edit the name out: it is on this story\'s '
                    "page, in the feeds and in the search index"
                    + (f" (and on lines {', '.join(map(str, at[1:]))})" if len(at) > 1 else "")
                )
                issues.append(Issue(p.story.path, at[0], message, "warning"))
                break  # the full name's lines hold the first name too
    return issues


def _links_naming(
    parsed: Parsed, people: list[tuple], gone: list[Parsed], settings: PodiumSettings
) -> list[Issue]:
    """The links of ``parsed``'s text whose address gives the full name of one of
    ``people`` (``_people_gone``), as ``name_in_slug`` finds the author's own in an
    anonymised story: a file it shows (images/team/dewi-kartosen-stage.jpg, published
    at that path) or another site (linkedin.com/in/dewi-kartosen). The link's words
    may name no one, so ``stories_naming``'s search of the words missed them. One
    warning for each line. Not the first name alone: "dewi" in an address is
    anyone's. Not their portrait, which ``photos_still_shown`` says."""
    story = parsed.story
    files = [
        (posixpath.normpath(link.target.lstrip("/")), link.line)
        for link in (parsed.body.links if parsed.body else [])
        if link.kind != "story"
    ]
    hrefs = _addresses_out(parsed, settings)
    issues, lines = [], None
    for name, slug, reason, _names in people:
        key = person_key(name)
        if key == person_key(story.author):
            continue  # an anonymised story's own author: _anonymised_but_linked's
        portraits = {
            posixpath.normpath(g.story.photo.lstrip("/"))
            for g in gone
            if g.story.photo and person_key(g.story.author) == key
        }
        found: dict[int | None, list[tuple[str, str, str]]] = defaultdict(list)
        for target, line in files:
            made = name_in_slug(slugify(target), name, first=False)
            if made and target not in portraits:
                found[line].append((target, made, "rename the file"))
        for href in hrefs:
            made = name_in_slug(slugify(unquote(href)), name, first=False)
            if made:
                if lines is None:  # read once, for the first such link
                    lines = _source_lines(parsed)
                found[_address_line(lines, href)].append((one_line(href), made, "remove the link"))
        for line, links in found.items():
            gives = '" and "'.join(dict.fromkeys(made for _, made, _ in links))
            fixes = [f"{fix}{'s' if n > 1 else ''}"
                     for fix, n in Counter(fix for *_, fix in links).items()]  # fmt: skip
            issues.append(Issue(
                story.path,
                line,
                f"the story's text links {' and '.join(t for t, *_ in links)}, whose "
                f"address{'es give' if len(links) > 1 else ' gives'} \"{gives}\", the name of "
                f'{name}, whose story "{slug}" {reason}; {" and ".join(fixes)}: the page and '
                "the feeds show the address",
                "warning",
            ))  # fmt: skip
    return issues


def _perhaps(name: str, shown: str) -> str:
    """What a message adds when only the first name of ``name`` is ``shown``."""
    return "" if shown == name else f", perhaps {name} (if another {shown}, add the surname)"


def _named(said: str, people: list[tuple]) -> Iterator[tuple[str, str, str, str]]:
    """Each of ``people`` (``_people_gone``) that the text ``said`` names, as the
    name it is said by, its ``_perhaps``, and their story's slug and fate."""
    for name, slug, reason, names in people:
        shown = next((n for n, sure in names if n in said and _says(said, n, sure)), None)
        if shown is not None:
            yield shown, _perhaps(name, shown), slug, reason


def _people_gone(gone: list[Parsed], kept: list[Parsed], why, settings) -> list[tuple]:
    """Each author of a story in ``gone`` who has no published one in ``kept`` (an
    anonymised story may be in both; a draft or scheduled story names no one on
    the site): (name, slug, why, the names to look for, each with whether it is
    certainly them)."""
    off = {id(p) for p in gone}
    public = {
        person_key(p.story.author)
        for p in kept
        if id(p) not in off and p.story.publication(settings) == "published"
    }
    people: dict[str, tuple[str, str, str]] = {}  # person: (name, slug, why)
    for p in sorted(gone, key=lambda p: p.story.path):
        key = person_key(p.story.author)
        if key not in public and key not in people:
            people[key] = (" ".join(p.story.author.split()), p.story.slug, why(p))
    first_names: defaultdict[str, set[str]] = defaultdict(set)
    for p in {id(p): p for p in [*gone, *kept]}.values():
        first_names[" ".join(p.story.author.split()).split(" ")[0]].add(person_key(p.story.author))
    out = []
    for key, (name, slug, reason) in people.items():
        first = name.split(" ")[0]
        names = [(name, True)]
        if " " in name and len(first) > 2 and first_names[first] == {key}:
            names.append((first, False))
        out.append((name, slug, reason, names))
    return out


def vacancies_naming(site: Site, gone: list[Parsed], kept: list[Parsed], why) -> list[Issue]:
    """The open vacancies whose title or description names the author of a story
    in ``gone``, as ``stories_naming`` finds stories ("Je komt in het team van
    Youssef Amrani"): the vacancy's page, ``vacancies.json`` and its JobPosting
    keep the name after the story has gone. A warning, for the same reason."""
    people = _people_gone(gone, kept, why, site.settings)
    if not people:
        return []
    today = site.settings.today
    issues = []
    for v in site.vacancies.vacancies:
        if not v.is_open(today):
            continue  # a closed vacancy's page does not show its text
        for shown, who, slug, reason in _named(f"{v.title}\n{v.description_text}", people):
            # A feed's post is rewritten by every pull: it is fixed in the ATS.
            fix = "in the ATS post, then run `podium vacancies pull`" if v.feed_status else ""
            issues.append(Issue(
                v.source,
                _line_naming(site, v, shown),
                f'the vacancy still names "{shown}"{who}, whose story "{slug}" {reason}; '
                f"edit the name out{' ' + fix if fix else ''}: it is on "
                "the vacancy's page, in vacancies.json and in its JobPosting data",
                "warning",
            ))  # fmt: skip
    return issues


def themes_naming(site: Site, gone: list[Parsed], kept: list[Parsed], why) -> list[Issue]:
    """The themes whose name or description in the themes file names the author
    of a story in ``gone``, as ``vacancies_naming`` finds vacancies ("Ben Baker
    vertelt hoe hij..."): the theme's page, its meta description and the list
    of themes keep the name after the story has gone. A warning, for
    the same reason; on the first line of the file that says it."""
    people = _people_gone(gone, kept, why, site.settings)
    if not people or site.themes_text is None:
        return []
    lines = site.themes_text.splitlines()
    issues = []
    for theme in site.themes:
        said = "\n".join([*theme.name.values(), *theme.description.values()])
        for shown, who, slug, reason in _named(said, people):
            pattern = _word(shown)
            at = next((n for n, line in enumerate(lines, 1) if pattern.search(line)), theme.line)
            issues.append(Issue(
                theme.source,
                at,
                f'theme "{theme.slug}" still names "{shown}"{who}, whose story "{slug}" '
                f"{reason}; edit the name out: it is on the theme's page, in its description "
                "for search results and shares, and on the list of themes",
                "warning",
            ))  # fmt: skip
    return issues


def _line_naming(site: Site, v, shown: str) -> int | None:
    """The first line of a hand-written vacancy file that says ``shown``, else
    the description's (a snapshot holds a description on one line)."""
    if v.feed_status is None:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            text = (site.content_root.parent / v.source).read_text(encoding="utf-8")
            pattern = _word(shown)
            at = [n for n, line in enumerate(text.splitlines(), 1) if pattern.search(line)]
            if at:
                return at[0]
    return v.line("description")


def _said(parsed: Parsed) -> str:
    """All a parsed story says, as the read step kept it: its text, its HTML (an
    image's alt text) and its front matter's text fields. A full name found
    nowhere here is on none of its lines."""
    story = parsed.story
    said = [parsed.body.text, parsed.body.html] if parsed.body is not None else []
    for f in dataclasses.fields(story):
        value = getattr(story, f.name)
        if isinstance(value, str):
            said.append(value)
        elif isinstance(value, tuple | list):
            said += [v for v in value if isinstance(v, str)]
    return "\n".join(said)


# WCAG 2.x AA for normal text. Theme colours carry white text (labels, cards)
# and the brand colour carries it on buttons and the front page's hero.
AA_CONTRAST = 4.5
WHITE = (255, 255, 255)
BLACK = (0, 0, 0)


def _contrast_problem(color: str) -> str | None:
    """Why ``color`` fails AA with white text, with a darker shade that passes; or None."""
    try:
        ratio = contrast(rgb(color), WHITE)
    except (ValueError, IndexError):
        return None  # not a colour: the themes/settings validation reports it
    if ratio >= AA_CONTRAST:
        return None
    fix = "#{:02x}{:02x}{:02x}".format(*legible(rgb(color), WHITE, BLACK, AA_CONTRAST))
    return (
        f"has a contrast of {ratio:.2f}:1 with white text; WCAG AA needs "
        f"{AA_CONTRAST}:1 (a darker shade such as {fix} passes)"
    )


def _theme_items(located: yamlio.Located):
    """themes.yml's raw items (as the read step located them, keys given twice
    and all) and each slug's index among them."""
    raw = located.data.get("themes") if isinstance(located.data, dict) else None
    index: dict[str, int] = {}
    for i, item in enumerate(raw if isinstance(raw, list) else []):
        # A theme's first item of its slug (a second one is an error, and not read).
        slug = item.get("slug") if isinstance(item, dict) else None
        if isinstance(slug, str):
            index.setdefault(slug, i)
    return raw, index


def theme_contrast_warnings(located: yamlio.Located, shown: str, themes) -> list[Issue]:
    """A warning (the build goes on) for each theme colour too light for white text."""
    raw, index = _theme_items(located)
    issues = []
    for theme in themes:
        problem = _contrast_problem(theme.color)
        if problem:
            at = index.get(theme.slug, 0)
            line = located.line("themes", at, "color")
            # As written ("#fff", not the "#ffffff" it stands for): what a search finds.
            item = raw[at] if raw and at < len(raw) else None
            written = item.get("color") if isinstance(item, dict) else None
            said = written if isinstance(written, str) else theme.color
            message = f'theme "{theme.slug}" color "{one_line(said)}" {problem}'
            issues.append(Issue(shown, line, message, "warning"))
    return issues


def theme_description_warnings(
    located: yamlio.Located, shown: str, themes, languages
) -> list[Issue]:
    """A warning for a theme without a description, or with one given in some of
    the hub's languages, not all.

    The description is optional, but one written as {en: ...} on a hub that
    also publishes nl left the Dutch theme page without one, and nothing said so.
    """
    raw, index = _theme_items(located)
    issues = []
    for theme in themes:
        at = index.get(theme.slug, 0)
        item = raw[at] if raw and at < len(raw) else None
        # Written per language (only {nl: ...} on an English hub reads as none at all).
        written = isinstance(item, dict) and isinstance(item.get("description"), dict)
        missing = [lang for lang in languages if lang not in theme.description]
        if not written and not any(text.strip() for text in theme.description.values()):
            issues.append(_no_description(theme.slug, at, located, shown, languages))
        if written and missing:
            field_name = f"themes.{at}.description"
            lacking = ", ".join(f'"{lang}"' for lang in missing)
            like = ", ".join(f"{lang}: ..." for lang in languages)
            message = (
                f'theme "{theme.slug}" field "{field_name}" has no text in {lacking} of '
                f"PODIUM_LANGUAGES, so that language's theme page shows none: write it in "
                f"every language, like {{{like}}}, or one text for all"
            )
            issues.append(Issue(shown, located.line("themes", at, "description"), message,
                                "warning"))  # fmt: skip
        # Languages of the hub's own among them have only empty words (an error).
        elsewhere = [x for x in _keyword_languages(item) if x not in languages]
        if elsewhere and not theme.keywords:
            issues.append(_keywords_elsewhere(theme.slug, at, located, shown, elsewhere, languages))
        elif theme.keywords and (lacking := [x for x in languages if x not in theme.keywords]):
            issues.append(_keywords_lacking(theme, at, located, shown, lacking, languages))
        elif not theme.keywords and not _keyword_languages(item):
            # (Only empty words written, keywords: {nl: [""]}, is an error already.)
            said = ("has no words, so the tagger finds its stories by its name, its description "
                    "and the lexicon's related words alone: write a handful of words a story "
                    "about it would use")  # fmt: skip
            issues.append(_keywords_warning(theme.slug, at, located, shown, languages, said))
    return issues


def _keywords_lacking(theme, at: int, located, shown: str, lacking, languages) -> Issue:
    """Keywords in some of the hub's languages, not all: an English-first hub's theme
    with {en: [...]} only had its Dutch stories tagged by the name, description and
    lexicon alone (the tagger reads a story's keywords in the story's language), and
    nothing said so, where a description lacking a language is a warning."""
    missing = ", ".join(f'"{lang}"' for lang in lacking)
    said = (f"has no words in {missing} of PODIUM_LANGUAGES, so the tagger has none of them "
            "for a story in that language: write them in every language")  # fmt: skip
    return _keywords_warning(theme.slug, at, located, shown, languages, said)


def _keyword_languages(item) -> list[str]:
    """The languages a raw theme item gives keywords in (a list with a word)."""
    keywords = item.get("keywords") if isinstance(item, dict) else None
    if not isinstance(keywords, dict):
        return []
    return [str(lang) for lang, words in keywords.items() if isinstance(words, list) and words]


def _keywords_elsewhere(slug: str, at: int, located, shown: str, given, languages) -> Issue:
    """Keywords written only in languages the hub does not publish (a Dutch hub's
    theme copied with its {en: [...]}): the tagger reads a story's keywords in
    its own language, so it had none of them, and nothing said so."""
    written = ", ".join(f'"{lang}"' for lang in given)
    hub = ", ".join(f'"{lang}"' for lang in languages)
    said = (f"has words only in {written}, which PODIUM_LANGUAGES ({hub}) leaves out, so the "
            "tagger reads none of them; write them in the hub's languages")  # fmt: skip
    return _keywords_warning(slug, at, located, shown, languages, said)


def _keywords_warning(slug: str, at: int, located, shown: str, languages, said: str) -> Issue:
    """A theme's keywords warning: what is wrong with them, and how to write them."""
    like = ", ".join(f"{lang}: [...]" for lang in languages)
    message = f'theme "{slug}" field "themes.{at}.keywords" {said}, like keywords: {{{like}}}'
    return _theme_warning(shown, located, at, "keywords", message)


def _no_description(slug: str, at: int, located, shown: str, languages) -> Issue:
    """A theme written with a name and keywords only passed without a word, though
    a day-one hub's tagger reads the description's words as evidence (README,
    "Tagging a new company's stories") and the theme's page shows it as its lead."""
    like = ", ".join(f"{lang}: ..." for lang in languages)
    message = (
        f'theme "{slug}" has no field "themes.{at}.description": its page shows no lead and '
        f"the tagger has only its name and keywords to go on; add one sentence, like "
        f"description: {{{like}}}"
    )
    return _theme_warning(shown, located, at, "description", message)


def _theme_warning(shown: str, located, at: int, field: str, message: str) -> Issue:
    """A warning on theme ``at``'s ``field`` line, or its own line if it has none."""
    line = located.line("themes", at, field) or located.line("themes", at)
    return Issue(shown, line, message, "warning")


def brand_contrast_warnings(settings: PodiumSettings) -> list[Issue]:
    brand = settings.brand
    problem = _contrast_problem(brand.color)
    if not problem:
        return []
    said = one_line(brand.color_written or brand.color)  # "#fff" as written, not "#ffffff"
    message = f'setting PODIUM_BRAND "color" "{said}" {problem}'
    source = settings.settings_file
    return [Issue(source, setting_line(source, "PODIUM_BRAND"), message, "warning")]


def brand_logo_problems(content_root: Path, settings: PodiumSettings) -> list[Issue]:
    """The logo is in every page's header and on every card: one that is not a
    file in content/ broke the build at the cards with a bare FileNotFoundError."""
    logo = settings.brand.logo
    if not logo:
        return []
    try:
        paths.content_file(content_root, logo)
    except paths.Refused as exc:
        source = settings.settings_file
        # Not there: most often the demo's logo, removed as README's step 1 says
        # while PODIUM_BRAND still names it. A hub builds without a logo.
        fix = (
            "put the logo there, or leave 'logo' out of PODIUM_BRAND until you have one"
            " (the header then shows the name, and the favicon is a plain mark in the"
            " brand's colours)"
            if str(exc) == "does not exist"
            else "give an image file in content/, like 'brand/logo.svg'"
        )
        within = _within_content(content_root, logo)
        if within is not None:
            # "content/brand/logo.svg": the advice was to put the logo in
            # content/content/brand/.
            fix = f"the path is from content/: write {within!r}"
        message = f"setting PODIUM_BRAND['logo'] names content/{logo}, which {exc}; {fix}"
        return [Issue(source, setting_line(source, "PODIUM_BRAND"), message)]
    if (dotted := paths.dot_name(paths.normalise(logo))) is not None:
        # Pelican leaves dot files out of content/ (IGNORE_FILES): every page's
        # header linked /brand/.logo.svg, which the build never published.
        source = settings.settings_file
        message = f"setting PODIUM_BRAND['logo'] names content/{logo}, which {dotted}"
        return [Issue(source, setting_line(source, "PODIUM_BRAND"), message)]
    return []


def _within_content(content_root: Path, written: str) -> str | None:
    """``written`` without a leading content folder's name, when that names a file
    in content/ ("content/brand/logo.svg" for "brand/logo.svg"); else None."""
    head, _, rest = written.replace("\\", "/").lstrip("./").partition("/")
    if head != content_root.name or not rest:
        return None
    try:
        paths.content_file(content_root, rest)
    except paths.Refused:
        return None
    return rest


def employer_named_by_sitename(site: Site, settings: PodiumSettings) -> list[Issue]:
    """Without PODIUM_BRAND's "name", SITENAME names the company, and a site's
    title ("Werken bij Acme") is no employer: every open job's JobPosting gave
    it to Google for Jobs as hiringOrganization.name."""
    if settings.brand.name_given or not site.vacancies.open:
        return []
    source = settings.settings_file
    line = setting_line(source, "PODIUM_BRAND") or setting_line(source, "SITENAME")
    said = one_line(settings.brand.name)
    example = SITE_TITLE.sub("", said) if SITE_TITLE.match(said) else "Acme"
    message = (
        f'setting PODIUM_BRAND has no "name", so the job postings name the employer "{said}" '
        "(SITENAME) to Google for Jobs and job boards; give the company's own name, like "
        f'PODIUM_BRAND = {{"name": "{example}"}}'
    )
    return [Issue(source, line, message, "warning")]


def leftover_prompts(parsed: Parsed) -> list[Issue]:
    """Prompts from ``podium new`` that were never replaced by the employee.

    An error in a story that would be published; a warning in a draft, which is
    how ``podium new`` writes a story (as ``hugo new`` does), so that the file
    it writes is valid and builds while the employee is still writing.
    """
    # A story refused for its own fields is still checked (References): its
    # prompts were said only once its team was spelt right.
    named = parsed.story or parsed.refs
    if parsed.body is None or named is None:
        return []
    found = [p for p in placeholders() if p in parsed.body.text]
    if not found:
        return []
    path = named.path
    # The file itself: ``path`` is as shown (from the project), not from where
    # podium runs, so `podium check -s site/pelicanconf.py` failed to open it.
    lines = (parsed.source or Path(path)).read_text(encoding="utf-8-sig").splitlines()
    # Every line still holding one: an interview repeats the same answer hint
    # under each question, and naming only the first sent the writer back to
    # `podium check` once per answer to find the next.
    at = [i for i, text in enumerate(lines, 1) if any(p in text for p in found)]
    line = at[0] if at else None
    draft = parsed.story.status == "draft" if parsed.story else parsed.refs.draft
    message = (
        f'the story still contains the prompt "{found[0]}"; replace it with your own words'
        + (' before you set "status" to published' if draft else "")
        + (f" (and on lines {', '.join(map(str, at[1:]))})" if len(at) > 1 else "")
    )
    return [Issue(path, line, message, "warning" if draft else "error")]


def anonymised_but_named(parsed: Parsed, settings: PodiumSettings) -> list[Issue]:
    """An anonymised story whose title or text still gives the author's name.

    ``anonymize`` drops the name from the byline, card and feeds, but the
    title, summary, quote and text are the writer's ("Zoë begon hier als
    monteur"): they reach the page, the card, every feed and the search
    index. The README asks the editor to edit them; this says which story.
    The full name or the first name, as a word with its capital.
    """
    story = parsed.story
    # Also before the day: the pull request that sets "left" is where it is read.
    if (
        story is None
        or story.left is None
        or settings.alumni_policy != "anonymize"
        or story.publication(settings) == "consent-ended"
    ):
        return []
    names = [" ".join(story.author.split())]
    first = names[0].split(" ")[0]
    if len(first) > 2:
        names.append(first)
    # An image's alt text is in the page and the feeds' HTML,
    # and the story's own share prompts in its share kit: "Ben Baker aan zijn
    # bureau" and "Wat vond Ben het mooiste?" passed without a word.
    text = parsed.body.text if parsed.body else ""
    everywhere = "the page, card, feeds and search show"
    # Each on the line that says it: "title or text" on the line of "left" sent
    # the editor looking for a name that was in the field "quote".
    places = [
        ('its field "title"', everywhere, [story.title], "title"),
        # Written, each is a field of its own; derived, they are the text's words.
        *([('its field "summary"', everywhere, [parsed.summary], "summary")]
          if "summary" in story.lines else []),
        *([('its field "quote"', everywhere, [parsed.quote or ""], "quote")]
          if "quote" in story.lines else []),
        ("its text", everywhere, [text], None),
        ("an image's alt text", "the page and the feeds show",
         _alt_texts(parsed.body.html) if parsed.body else [], None),
        ('its field "share_prompts"', "the page's share kit shows", list(story.share_prompts),
         "share_prompts"),
    ]  # fmt: skip
    issues = []
    for where, shown, texts, name_field in places:
        said = next(
            (n for n in names if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", t) for t in texts)),
            None,
        )
        if said is not None:
            line = story.lines.get(name_field) if name_field else None
            if name_field is None:  # the text, an alt text: the line of the text that says it
                line = _body_line_naming(parsed, said)
            issues.append(
                Issue(
                    story.path,
                    line or story.lines.get("left") or story.line("author"),
                    f'PODIUM_ALUMNI_POLICY = "anonymize" hides the author from {story.left} '
                    f'(field "left"), but the story still names "{said}" in {where}, '
                    f"which {shown}: edit it out",
                    "warning",
                )
            )
    issues.extend(_anonymised_but_linked(parsed))
    issues.extend(_anonymised_but_addressed(parsed, settings))
    # A story's file is often named after its author (bram-jansen-zonnepanelen.md):
    # the URL then gives the name on the page's address, in the sitemap, the
    # feeds and every share link, after the byline has dropped it.
    made = name_in_slug(story.slug, story.author)
    if made:
        url = f"/{settings.story_url(story.slug, story.lang)}"
        issues.append(
            Issue(
                story.path,
                story.lines.get("left") or story.line("author"),
                f'PODIUM_ALUMNI_POLICY = "anonymize" hides the author from {story.left} '
                f'(field "left"), but the story\'s URL {url} still gives "{made}", '
                "which the page's address, the sitemap, the feeds and share links show: "
                'give it a slug without the name (the field "slug" in every translation), '
                f"with aliases: [{story.slug}] to keep links already shared working",
                "warning",
            )
        )
    return issues


def _anonymised_but_linked(parsed: Parsed) -> list[Issue]:
    """A file the anonymised story's text links that shows or names its author.

    A linked file is published at its path in content/ (``/media/...``), on
    the page and in the feeds' HTML: the story's own ``photo`` linked in the
    text showed the face the byline no longer shows, and ``podium new`` names
    a portrait after the person (images/people/gina-vertrokken.jpg), so its
    address gave the name too.
    """
    story = parsed.story
    issues = []
    own = posixpath.normpath(story.photo.lstrip("/")) if story.photo else None
    for link in parsed.body.links if parsed.body else []:
        if link.kind == "story":
            continue  # another story's URL, not this file's path
        target = posixpath.normpath(link.target.lstrip("/"))
        made = name_in_slug(slugify(target), story.author)
        if target != own and made is None:
            continue
        what = ", ".join(
            [*(["their portrait"] if target == own else []),
             *([f'whose address gives "{made}"'] if made else [])]
        )  # fmt: skip
        fix = "show another picture" if target == own else "rename the file"
        issues.append(
            Issue(
                story.path,
                link.line,
                f'PODIUM_ALUMNI_POLICY = "anonymize" hides the author from {story.left} '
                f'(field "left"), but the story\'s text links {target}, {what}, which the '
                f"page and the feeds show: {fix}",
                "warning",
            )
        )
    return issues


# The address of each link a story's HTML holds, as written (the HTML escapes it).
_HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"')


def _anonymised_but_addressed(parsed: Parsed, settings: PodiumSettings) -> list[Issue]:
    """A link to another site, or a mail address, in the anonymised story's text
    whose address gives the author's name: their LinkedIn profile
    (linkedin.com/in/gina-vertrokken), their own site, mailto:gina.vertrokken@...
    The link's words may name nothing ("Mijn portfolio"), yet the page and
    every feed link the named person, a click or a hover away."""
    story = parsed.story
    issues, lines = [], None
    for href in _addresses_out(parsed, settings):
        made = name_in_slug(slugify(unquote(href)), story.author)
        if made is None:
            continue
        if lines is None:  # read once, for the first such link
            lines = _source_lines(parsed)
        issues.append(
            Issue(
                story.path,
                _address_line(lines, href) or story.lines.get("left") or story.line("author"),
                f'PODIUM_ALUMNI_POLICY = "anonymize" hides the author from {story.left} '
                f'(field "left"), but the story\'s text links {one_line(href)}, whose address '
                f'gives "{made}", which the page and the feeds show: remove the link',
                "warning",
            )
        )
    return issues


def _addresses_out(parsed: Parsed, settings: PodiumSettings) -> list[str]:
    """Each address of another site, or mail address, that the story's text
    links, once, as the link goes to it."""
    said: dict[str, None] = {}
    for written in _HREF.findall(parsed.body.html) if parsed.body is not None else []:
        href = html.unescape(written).strip()
        scheme = href.split(":", 1)[0].lower() if ":" in href else ""
        if scheme not in ("http", "https", "mailto"):
            continue
        if settings.site_url and href.startswith(settings.site_url.rstrip("/") + "/"):
            continue  # the hub's own page: its URL is warned about as a slug
        said.setdefault(href)
    return list(said)


def _address_line(lines: list[str], href: str) -> int | None:
    """The first of the story file's ``lines`` that writes the address ``href``."""
    # As written: an address alone in <...> is a mail link without "mailto:".
    scheme = href.split(":", 1)[0].lower()
    bare = href.split(":", 1)[1] if scheme == "mailto" else href
    return next((n for n, text in enumerate(lines, 1) if bare in text), None)


def _body_line_naming(parsed: Parsed, name: str) -> int | None:
    """The line of the story's text (after its front matter) where ``name`` first
    begins as a word, or None (unreadable). Its words may be apart in the file as
    the page joins them: markup between them ("Gina **Vertrokken**", "Gina
    [Vertrokken](...)", a tag) or a line break ("Gina" at a line's end)."""
    lines = _source_lines(parsed)
    fences = [n for n, text in enumerate(lines) if text.strip() == "---"][:2]
    start = fences[1] + 1 if len(fences) == 2 else 0
    # Not across a blank line: "Gina." ending one paragraph and "Vertrokken" opening
    # the next are two words, not the name.
    apart = r"(?:[^\w\n]|_|\n(?![^\S\n]*\n)|<[^<>\n]*>)+"
    words = apart.join(re.escape(w) for w in name.split())
    found = re.search(rf"(?<!\w){words}(?!\w)", "\n".join(lines[start:]))
    return start + 1 + found.string.count("\n", 0, found.start()) if found else None


def _source_lines(parsed: Parsed) -> list[str]:
    """The story file's lines, or none when it cannot be read again."""
    try:
        return parsed.source.read_text(encoding="utf-8-sig").splitlines() if parsed.source else []
    except (OSError, UnicodeDecodeError):
        return []


def _alt_texts(markup: str) -> list[str]:
    """The alt texts of a story's images, as written (the HTML escapes them)."""
    return [html.unescape(alt) for alt in re.findall(r'<img\b[^>]*?\balt="([^"]*)"', markup)]


def name_in_slug(slug: str, author: str, first: bool = True) -> str | None:
    """The part of ``slug`` that gives ``author``'s name, full or (unless not
    ``first``) first (of more than two letters), as a URL writes it
    ("bram-jansen"), or None."""
    full = " ".join(author.split())
    given = full.split(" ")[0]
    names = [full, *([given] if first and len(given) > 2 else [])]
    for name in names:
        made = slugify(name)
        if made and f"-{made}-" in f"-{slug}-":
            return made
    # A name of two words or more written without separators, as an address often
    # does (linkedin.com/in/ginavertrokken, ginavertrokken82@...): within a word of
    # the slug. Not a first name alone: "regina" holds "gina".
    made = slugify(full)
    joined = made.replace("-", "")
    if "-" in made and any(joined in word for word in slug.split("-")):
        return joined
    return None


def translation_authors(stories) -> list[Issue]:
    """Translations naming their author two ways ("Anna de Boer", "Anna de Bóer").

    One story has one author, but people pages count names: the typo makes a
    second person, who may take the plain people URL from the real one (the
    Dutch page moved to /people/anna-de-boer-2/), and a later ``left`` on one
    spelling misses the other. A warning, as nothing is invalid on its own.

    Two names that are not one name misspelt are two people: an English story
    of its own that happens to share a Dutch story's file name (the editor
    names both after their titles) is published as its translation, each
    page's language switch leading to the other colleague's story. That
    warning names the cause and the fix, not a spelling. (Still a warning: a
    name may be written in another script in another language.)
    """
    versions: dict[str, list] = defaultdict(list)
    for story in stories:
        versions[story.slug].append(story)
    issues = []
    for group in versions.values():
        if len({person_key(s.author) for s in group}) < 2:
            continue
        for story in sorted(group, key=lambda s: s.path):
            # Translations only: two of one language are an error of their own
            # (the slug used twice), and no page makes them one story.
            others = [
                o
                for o in sorted(group, key=lambda s: s.path)
                if person_key(o.author) != person_key(story.author) and o.lang != story.lang
            ]
            if not others:
                continue
            other = others[0]
            if _same_name(story.author, other.author):
                message = (
                    f'field "author" ("{story.author}") is not "{other.author}" of its '
                    f"translation {other.path}; a story has one author: write the name the "
                    "same way in every language, or it gets two people pages"
                )
            else:
                message = (
                    f'field "author" ("{story.author}") is another person than "{other.author}" '
                    f"of {other.path}, yet the two are published as one story in two "
                    f'languages, as both have the slug "{story.slug}"; if this is a story of '
                    'its own, give it another file name or a "slug" field of its own'
                )
            issues.append(Issue(story.path, story.line("author"), message, "warning"))
    return issues


def namesakes(stories) -> list[Issue]:
    """Two colleagues of one name ("Jan de Vries" in sales, "Jan de Vries" in
    engineering): people are told apart by their name only, so their stories
    made one people page, one person in the feeds' and pages' JSON-LD, and a
    ``left`` on one took the other's stories along. Nothing
    in a story says who a person is but the name, so a warning where two
    stories by one name (not translations of one story) give another team and
    another role: likely two people, unless both show the same portrait. One
    person who moved to another team in another role says so with that
    portrait; a newspaper's answer to two bylines of one name is the one
    given, a middle initial or a second name.
    """
    by_person: dict[str, list] = defaultdict(list)
    for story in sorted(stories, key=lambda s: (s.date, s.path)):
        by_person[person_key(story.author)].append(story)
    issues = []
    for group in by_person.values():
        for i, story in enumerate(group):
            other = next(
                (
                    o
                    for o in group[:i]
                    # The same portrait is the same person, moved to another
                    # team (a story hub tells exactly those careers), and the
                    # way to say so without a person id.
                    if told_apart(o, story)
                ),
                None,
            )
            if other is None:
                continue
            message = (
                f'field "author" ("{story.author}") also wrote {other.path}, in another team '
                f'("{other.team}", not "{story.team}") and role ("{other.role}"): one name is one '
                'person, with one people page, whose "left" goes for both; if they '
                'are two people, write the name so it tells them apart, like "Jan P. de Vries"; '
                'if one, give both stories the same "photo"'
            )
            issues.append(Issue(story.path, story.line("author"), message, "warning"))
    return issues


def author_spellings(stories) -> list[Issue]:
    """One person's name typed two ways ("Piet van Dijk", "piet van dijk").

    Case and spacing make no second person (``person_key``), so no other
    check said a word; but the people page, the list of people and the
    JSON-LD show the name as the newest story writes it, in either language
    (``podium_render.people.Person.name_in``), so a new story typed in
    lowercase, in English too, renamed the colleague everywhere. A warning on
    each other story whose spelling is not the one its language's page shows,
    and on the story that shows it, naming one. Translations of the newest
    story may differ in case: each gives its own language's page its spelling.
    """
    by_person: dict[str, list] = defaultdict(list)
    for story in newest_first(stories):
        by_person[person_key(story.author)].append(story)
    issues = []
    for newest, *older in by_person.values():
        versions = {s.lang: s for s in reversed([newest, *older]) if s.slug == newest.slug}
        named: dict[int, tuple] = {}  # id(shown): (shown, the first story written otherwise)
        for story in older:
            shown = versions.get(story.lang, newest)
            if story.slug == newest.slug or story.author == shown.author:
                continue
            named.setdefault(id(shown), (shown, story))
            message = (f'field "author" ("{story.author}") is written "{shown.author}" in '
                       f"{shown.path}, the newest story, whose spelling the people page shows: "
                       "write the name the same way in every story")  # fmt: skip
            issues.append(Issue(story.path, story.line("author"), message, "warning"))
        for shown, other in named.values():
            message = (f'field "author" ("{shown.author}") is written "{other.author}" in '
                       f"{other.path}; the people page shows the newest story's spelling, this "
                       "one: write the name the same way in every story")  # fmt: skip
            issues.append(Issue(shown.path, shown.line("author"), message, "warning"))
    return issues


def author_aliases_taken(site: Site) -> list[Issue]:
    """A former name's people page (``author_aliases``) that is another
    person's page now: the build keeps that person's page and writes no
    redirect, so the line does nothing; say so on it. When no story of theirs
    is public (a draft's author), the address is a bare 404 until one is, and
    that is said too: "the people page of Ben Oud" alone read as if the link
    led somewhere. One listed by two
    people is an error on the later file: a redirect leads to one person, and
    the build, writing it twice, stopped with a Pelican error naming no story.
    The slugs withdrawn.yml keeps (``Site.people_held``, by their line)
    number the others and lead to no one: one listed here is said too
    (``_held_alias``)."""
    stories, settings, held = site.stories, site.settings, site.people_held
    record = display_path(site.content_root / settings.withdrawn_file, site.content_root)
    slugs = author_slugs(stories, held)
    owner = {slug: key for key, slug in slugs.items()}
    names = {person_key(s.author): " ".join(s.author.split()) for s in stories}
    claimed: dict = {}  # alias: the first story (by path) that lists it
    issues = []
    for story in sorted(stories, key=lambda s: s.path):
        for alias in story.author_aliases:
            key = owner.get(alias)
            first = claimed.setdefault(alias, story)
            if key is None and person_key(first.author) != person_key(story.author):
                issues.append(
                    Issue(
                        story.path,
                        story.line("author_aliases"),
                        f'"{alias}" in "author_aliases" is listed by '
                        f"{names[person_key(first.author)]} too ({first.path}); a former people "
                        "page leads to one person: keep it in that person's stories only",
                    )
                )
                continue
            if key is None and alias in held:
                issues.append(_held_alias(story, alias, (record, held[alias]), slugs, settings))
                continue
            if key is None:
                continue
            if key == person_key(story.author):
                # Their own page by a number ("ben-bakker-2" after another
                # Ben Bakker), which the read step cannot know for its own.
                issues.append(
                    Issue(
                        story.path,
                        story.line("author_aliases"),
                        f'"{alias}" in "author_aliases" is the author\'s own people page; list '
                        "only the ones of a former name",
                    )
                )
                continue
            issues.append(
                Issue(
                    story.path,
                    story.line("author_aliases"),
                    f'"{alias}" in "author_aliases" is the people page of {names[key]}, which '
                    f"stays theirs{_unshown(key, stories, settings)}; remove it here",
                    "warning",
                )
            )
    return issues


def _held_alias(
    story, alias: str, kept: tuple[str, int | None], slugs, settings: PodiumSettings
) -> Issue:
    """The warning on an ``author_aliases`` item that withdrawn.yml keeps for a
    withdrawn colleague (``people``; ``kept``: the file and the line that
    keeps it): no redirect is written there. When it is
    the page the author's own name gives ("ben-bakker" for Ben Bäkker, who is
    "ben-bakker-2" because it is held), it says which page is theirs."""
    at = f"/{settings.people_url(story.lang)}"
    record, line = kept
    own = slugs[person_key(story.author)]
    theirs = f"not this author's page ({at}{own}/), " if alias == person_slug(story.author) else ""
    where = f" (line {line})" if line else ""
    return Issue(
        story.path,
        story.line("author_aliases"),
        f'"{alias}" in "author_aliases" is {at}{alias}/, the address {record}{where} keeps '
        f"for a withdrawn colleague, {theirs}so no redirect is written there; remove it here, "
        "or, if this author is that colleague, with consent given anew, remove "
        f'"{alias}" from its "people"',
        "warning",
    )


def _unshown(key: str, stories, settings: PodiumSettings) -> str:
    """What to add to "the people page of Ben Oud, which stays theirs" when
    that page is not there (no story of theirs is public, as ``people_pages``
    counts it): the address is a bare 404, not a page, and which story holds it.
    Worked out only for a line that warns, not as every person's pages."""
    theirs = [s for s in stories if person_key(s.author) == key]
    if any(not_shown(s, settings) is None for s in theirs):
        return ""
    held = min(theirs, key=lambda s: s.path)
    return (f" though it is a bare 404 while no story of theirs is public ({held.path}: "
            f"{not_shown(held, settings)}), and no redirect is written over it")  # fmt: skip


def translations_parted(stories, settings: PodiumSettings) -> list[Issue]:
    """A story and its translation file (anna-de-boer.md, anna-de-boer.en.md,
    by one author) whose slugs differ: a "slug" changed in one of them.

    Translations are paired by slug only (the contract), so the change made
    them two stories, each in one language, with no language switch between
    them, and nothing was invalid. A warning on the "slug" line of each file
    whose slug is not its file name's (the one that moved). Two authors are
    two stories sharing a file name, which is what a "slug" of its own is for
    (``translation_authors`` advises it), so those are left alone.
    """
    by_name: dict[tuple[str, str], list] = defaultdict(list)
    for story in stories:
        name, _suffix = slug_from_filename(story.path, settings.languages)
        by_name[(str(PurePosixPath(story.path).parent), name)].append(story)
    issues = []
    for (_folder, name), group in by_name.items():
        group = sorted(group, key=lambda s: s.path)
        for story in group:
            if story.slug == name:
                continue
            for other in group:
                if not _parted(story, other):
                    continue
                issues.append(
                    Issue(
                        story.path,
                        story.line("slug"),
                        f'slug "{story.slug}" parts this story from its translation {other.path} '
                        f'(slug "{other.slug}", lang "{other.lang}"): they are published as two '
                        "stories with no language switch between them; to keep them one story "
                        f'give {other.path} "slug: {story.slug}" too (and '
                        f'"aliases: [{other.slug}]" in one of them, so its old URLs redirect), or '
                        "put this slug back",
                        "warning",
                    )
                )
    issues.extend(_translations_of_a_file_name(by_name))
    return issues


def translation_photos(stories) -> list[Issue]:
    """A story without a "photo" whose translation, by the same author, has
    one: its page shows the author's initials where the other language shows
    the portrait. The browser editor cannot offer a translation its
    original's portrait (each story's media folder is its own), so one made
    there was saved without it, and nothing said so. A warning on the "slug"
    line (what makes it the translation), naming the line to add."""
    by_slug: dict[str, list] = defaultdict(list)
    for story in stories:
        by_slug[story.slug].append(story)
    issues = []
    for group in by_slug.values():
        group = sorted(group, key=lambda s: s.path)
        for story in group:
            if story.photo:
                continue
            other = next(
                (
                    o for o in group
                    if o.photo and o.lang != story.lang
                    and person_key(o.author) == person_key(story.author)
                ),
                None,
            )  # fmt: skip
            if other is None:
                continue
            issues.append(
                Issue(
                    story.path,
                    story.line("slug"),
                    f'no "photo", while its translation {other.path} shows {other.photo}: this '
                    "page shows initials instead of the portrait; add "
                    f'"photo: {other.photo}" (it is the same person)',
                    "warning",
                )
            )
    return issues


def _parted(story, other) -> bool:
    """Whether two stories by one author, in two languages, have two slugs: a
    story and its translation that are published as two (translations are
    paired by slug alone)."""
    return (
        other.lang != story.lang
        and other.slug != story.slug
        and person_key(other.author) == person_key(story.author)
    )


def _translations_of_a_file_name(by_name) -> list[Issue]:
    """A translation whose "slug" is its original's file name while the
    original has a slug of its own: the browser editor's "Vertaling van"
    writes the file name (dag-op-zee) of an original at ``slug:
    een-dag-op-zee``, so the two were published as two stories, silently."""
    taken = {(s.slug, s.lang) for group in by_name.values() for s in group}
    issues = []
    for (folder, name), group in sorted(by_name.items()):
        for story in sorted(group, key=lambda s: s.path):
            if "slug" not in story.lines or story.slug == name:
                continue  # one file name: translations_parted speaks of it
            for original in by_name.get((folder, story.slug), ()):
                # (With (slug, its lang) taken, its original is another story.)
                if not _parted(story, original) or (story.slug, original.lang) in taken:
                    continue
                issues.append(
                    Issue(
                        story.path,
                        story.line("slug"),
                        f'slug "{story.slug}" is the file name of {original.path}, but that '
                        f'story\'s slug is "{original.slug}": they are published as two stories '
                        "with no language switch between them; to make this its translation "
                        f'write "slug: {original.slug}"',
                        "warning",
                    )
                )
    return issues


def _same_name(a: str, b: str) -> bool:
    """Whether two author names are likely one name written two ways."""
    return SequenceMatcher(None, person_key(a), person_key(b)).ratio() >= 0.75


def hidden_from_the_editor(stories, settings: PodiumSettings) -> list[Issue]:
    """A default-language story without a ``lang`` line, on a hub of several
    languages with the browser editor (``PODIUM_CMS``).

    The editor lists such a story nowhere: its default-language collection
    has to filter on ``lang`` (it would list ``name.en.md`` too otherwise) and
    Decap's filter cannot match a missing field (docs/cms.md). The writer who
    uses the editor could not open it, and nothing said why; ``podium new``
    and the editor write the line, so this is an older or hand-written file.
    """
    if settings.cms is None or len(settings.languages) < 2:
        return []
    issues = []
    for story in stories:
        where = PurePosixPath(story.path)
        if (
            story.lang != settings.default_lang
            or "lang" in story.lines
            or where.suffix != ".md"
            or where.parent.name not in STORY_KINDS
        ):
            continue
        issues.append(
            Issue(
                story.path,
                story.lines.get("title"),
                'no "lang" line, so the browser editor (/admin/) does not list this story; '
                f'add "lang: {settings.default_lang}" to its front matter',
                "warning",
            )
        )
    return issues


def translation_kinds(stories) -> list[Issue]:
    """An interview whose translation was saved as a column (or the reverse).

    Translations share a slug, so nothing else catches it, but the hub then
    lists the story under /interviews/ in one language and /en/columns/ in the
    other, its card and feeds call it two things, and a switch between the
    interview lists loses it. A warning, as each file is valid on its own.
    """
    versions: dict[str, list] = defaultdict(list)
    for story in stories:
        versions[story.slug].append(story)
    issues = []
    for group in versions.values():
        if len({s.kind for s in group}) < 2:
            continue
        group = sorted(group, key=lambda s: s.path)
        for story in group:
            # One of the same language is no translation but a second story of
            # that slug: the slug's error says so, and "keep both in one
            # folder" left it.
            other = next((o for o in group if o.kind != story.kind and o.lang != story.lang), None)
            if other is None:
                continue
            issues.append(
                Issue(
                    story.path,
                    story.lines.get("slug"),
                    f"this {story.kind} is a translation of the {other.kind} {other.path} "
                    f'(slug "{story.slug}"); a translation is the same kind of story: keep both '
                    "in content/interviews/ or both in content/columns/",
                    "warning",
                )
            )
    return issues


def far_ahead_dates(stories, settings: PodiumSettings) -> list[Issue]:
    """A story dated a year or more ahead is almost always a mistyped year (2062
    for 2026, or 2027 typed in January): valid, scheduled, and silently off the
    hub for that long. A warning, since planning ahead is allowed.

    So is a ``left`` a year or more ahead: 2062 for 2026 kept the alumni
    policy off the person for decades (under "anonymize", their name, portrait
    and people page stayed). Said on the story whose file gives it only (the
    person's other stories take the date from it: ``lines`` has no "left")."""
    limit = a_year_later(settings.today)
    issues = []
    for story in stories:
        day = hub_day(story.date, settings.timezone)  # the day it appears on
        if day >= limit:
            issues.append(
                Issue(
                    story.path,
                    story.line("date"),
                    f'field "date" ({day}) is a year or more after today ({settings.today}), '
                    "so the story stays off the hub until then; is the year right?",
                    "warning",
                )
            )
        if story.left is not None and story.left >= limit and "left" in story.lines:
            name = " ".join(story.author.split())
            issues.append(
                Issue(
                    story.path,
                    story.line("left"),
                    f'field "left" ({story.left}) is a year or more after today '
                    f'({settings.today}), so the alumni policy ("{settings.alumni_policy}") '
                    f"applies to {name} only then; is the year right?",
                    "warning",
                )
            )
    return issues


def far_ahead_vacancy_dates(vacancies, today: dt.date) -> list[Issue]:
    """A hand-written vacancy's ``date_posted`` a year or more after today, as
    a story's date (far_ahead_dates), or its ``valid_through`` a year or more
    after today and after it was posted: 2062 typed for 2026 kept the job off
    the hub for decades, or open, in Google for Jobs too, long after it was
    filled, its page never saying it closed. A feed's are said at its pull
    (``pull.pull_one``), where the recruiter reads them. A warning: planning
    ahead is allowed."""
    limit = a_year_later(today)
    issues = []
    for v in vacancies:
        if v.feed_status is not None:
            continue
        if v.date_posted >= limit:
            what = "so the job stays off the hub until then"
            issues.append((v, "date_posted", v.date_posted, what))
        elif closes_far_ahead(v, today):
            issues.append((v, "valid_through", v.valid_through, CLOSES_FAR_AHEAD))
    return [
        Issue(
            v.source,
            v.line(name),
            f'vacancy "{v.id}" field "{name}" ({day}) is a year or more after today ({today}), '
            f"{what}; is the year right?",
            "warning",
        )
        for v, name, day, what in issues
    ]


def updated_ahead(stories, settings: PodiumSettings) -> list[Issue]:
    """``updated`` after today on a story already on the hub: the build keeps it
    off the page, dateModified and the sitemap's lastmod until that day (a day
    still to come would be ahead of every crawl), so the update the editor made
    goes unannounced; most likely a slip. A scheduled story is left alone: its
    ``updated`` may not be before its date, and waits for its day the same way."""
    issues = []
    for story in stories:
        if story.updated is None or story.updated <= settings.today:
            continue
        if hub_day(story.date, settings.timezone) > settings.today:
            continue
        issues.append(
            Issue(
                story.path,
                story.line("updated"),
                f'field "updated" ({story.updated}) is after today ({settings.today}): it is '
                "the day of a change already made, and neither the page nor search engines "
                "hear of it until then; use the day of the change, at the latest today",
                "warning",
            )
        )
    return issues


def vacancy_updated_ahead(site: Site) -> list[Issue]:
    """A posted vacancy's ``updated`` after today: as for a story, the build
    keeps it out of the sitemap's lastmod and vacancies.json until that day,
    so the change goes unannounced; most likely a slip. Hand-written vacancies
    only: a feed snapshot's dates are the ATS's, nothing an editor can fix."""
    today = site.settings.today
    return [
        Issue(
            v.source,
            v.line("updated"),
            f'field "updated" ({v.updated}) is after today ({today}): it is the day of a '
            "change already made, and neither job boards nor search engines hear of it "
            "until then; use the day of the change, at the latest today",
            "warning",
        )
        for v in site.vacancies.vacancies
        if v.feed_status is None and v.updated and v.updated > today and not v.is_scheduled(today)
    ]


def slug_collisions(stories, languages: tuple[str, ...] = ()) -> list[Issue]:
    """Two stories with the same slug and language would overwrite one URL.

    Most often one is a translation whose ``lang`` line contradicts its file
    name (a copy of the original kept ``lang: nl`` in ``x.en.md``): the advice
    "another slug" would then make two Dutch stories of one story and its
    translation, so the fix the file name points to comes first.
    """
    seen: dict[tuple[str, str], list] = defaultdict(list)
    for story in stories:
        seen[(story.slug, story.lang)].append(story)
    issues = []
    for (slug, lang), group in seen.items():
        if len(group) < 2:
            continue
        group = sorted(group, key=lambda s: s.path)
        misnamed = [
            (s, suffix)
            for s in group
            if (suffix := slug_from_filename(s.path, languages)[1]) and suffix != s.lang
        ]
        # In the default language only for want of a "lang" line (and of a
        # language in its file name), beside one whose language is written: a
        # translation with the original's slug that never said its language.
        defaulted = [
            s
            for s in group
            if "lang" not in s.lines and not slug_from_filename(s.path, languages)[1]
        ]
        fix = 'give one of them another "slug" or file name'
        nfc = [unicodedata.normalize("NFC", s.path) for s in group]
        if len(set(nfc)) < len(nfc):
            # "josé.md" written twice, "é" as one character and as "e" and an
            # accent (a Mac's file system, a copy from elsewhere): the two names
            # in the message looked the same, and the writer saw one file.
            fix = (
                "two of these file names are one name written in two Unicode forms (an "
                "accented letter as one character and as a letter with an accent): delete "
                f"or rename one of them; else {fix}"
            )
        elif misnamed:
            s, suffix = misnamed[0]
            fix = (
                f'{s.path} says "lang: {s.lang}" but its file name ends in .{suffix}.md: if it '
                f'is the translation, write "lang: {suffix}" there; else {fix}'
            )
        elif defaulted and len(defaulted) < len(group):
            others = [other for other in languages if other != lang]
            meant = (
                f'"lang: {others[0]}"' if len(others) == 1 else f"its lang ({', '.join(others)})"
            )
            fix = (
                f'{defaulted[0].path} has no "lang", so it is in the site\'s default language, '
                f'"{lang}": if it is the translation, write {meant} there; else {fix}'
            )
        for story in group:
            others = ", ".join(o.path for o in group if o is not story)
            issues.append(
                Issue(
                    story.path,
                    story.lines.get("slug"),
                    f'slug "{slug}" in language "{lang}" is also used by {others}; {fix}',
                )
            )
    return issues


def people_addresses_held(site: Site) -> list[Issue]:
    """A colleague whose people page would be at an address withdrawn.yml keeps
    for a withdrawn author (``people``): the build gives them the next free one
    ("-2"), so that links shared to the withdrawn author's page never show
    someone else, and says so once, on their first story, naming the line.
    Whether it is that person again (consent given anew) cannot be told by a
    name, as for a withdrawn story's slug: removing the slug from the entry
    says so, a line the pull request's reviewer sees."""
    held = site.people_held
    if not held:
        return []
    record = display_path(site.content_root / site.settings.withdrawn_file, site.content_root)
    slugs = author_slugs(site.stories, held)
    issues, said = [], set()
    for story in sorted(site.stories, key=lambda s: (s.date, s.path)):
        key, plain = person_key(story.author), person_slug(story.author)
        if plain not in held or key in said:
            continue
        said.add(key)
        at = f"/{site.settings.people_url(story.lang)}"
        issues.append(
            Issue(
                story.path,
                story.line("author"),
                f'the people page of "{" ".join(story.author.split())}" is {at}{slugs[key]}/, '
                f"not {at}{plain}/: {record}, line {held[plain]}, keeps that address for a "
                "withdrawn colleague, so that links shared to their page never show someone "
                f'else; if this is that colleague, with consent given anew, remove "{plain}" '
                'from its "people"',
                "warning",
            )
        )
    return issues


def withdrawn_slugs_taken(site: Site) -> list[Issue]:
    """A story at a withdrawn story's URL, in a language its tombstone has.

    The tombstone gives way to it silently, so every link shared to the
    withdrawn story would show this one: someone else's words under the
    address of a person who asked to be taken down. Whether it is that person
    again (consent given anew) cannot be told, as withdrawn.yml keeps no name,
    so it is an error until someone says so by removing the entry (or the
    language from its "langs"): one line in the pull request for a reviewer to
    see. ``podium new`` refuses the slug for the same reason.
    """
    record = display_path(site.content_root / site.settings.withdrawn_file, site.content_root)
    gone = {(w.slug, lang): w for w in site.withdrawn for lang in w.langs}
    issues = []
    for story in sorted(site.stories, key=lambda s: s.path):
        w = gone.get((story.slug, story.lang))
        if w is None:
            continue
        which = "the entry"
        if len(w.langs) > 1 and w.langs_written:
            which = f'"{story.lang}" from its "langs"'
        elif len(w.langs) > 1:  # no "langs" line: it stands for every language
            rest = ", ".join(lang for lang in w.langs if lang != story.lang)
            which = f'"{story.lang}" from it by giving it "langs: [{rest}]"'
        issues.append(
            Issue(
                story.path,
                story.lines.get("slug"),
                f'slug "{story.slug}" in language "{story.lang}" is a withdrawn story\'s '
                f"({record}, line {w.line}): links shared to it would show this story; "
                'give this story another "slug" or file name, or, if it is the same '
                f"person's story with consent given again, remove {which} in {record}",
            )
        )
    return issues


def alias_collisions(stories, withdrawn) -> list[Issue]:
    """An alias is an old URL of a story, in each language the story has: it
    must not be another story's URL (a page and a redirect at one address), a
    withdrawn story's tombstone, nor another story's alias (which would win?).

    A clash of two stories is said on both files: a pull request's check is
    handed the files it changed, and the one it adds (at an address an older
    story keeps as its alias, or with that story's alias) passed without a word."""
    langs_of: dict[str, set[str]] = defaultdict(set)
    for story in stories:
        langs_of[story.slug].add(story.lang)
    taken = {(s.slug, s.lang): s for s in sorted(stories, key=lambda s: s.path)}
    gone = {(w.slug, lang) for w in withdrawn for lang in w.langs}
    claimed: dict[tuple[str, str], object] = {}  # (alias, lang) -> the story that has it
    issues = []
    for story in sorted(stories, key=lambda s: s.path):
        # A slug alias is an old URL in every language of the story; an old
        # address written as a path (/stories/x/) is one URL.
        groups = [[(a, lang) for lang in sorted(langs_of[story.slug])] for a in story.aliases]
        groups += [[key] for key in story.path_aliases]
        for group in groups:
            for key in group:
                alias, lang = key
                other = claimed.setdefault(key, story)
                if key in taken and taken[key].path != story.path:
                    page = taken[key]
                    problem = f"is the slug of {page.path}"
                    issues.append(
                        Issue(
                            page.path,
                            page.lines.get("slug"),
                            f'slug "{alias}" in language "{lang}" is an alias of {story.path} (an '
                            "old URL name of that story, which would redirect over this one); an "
                            'address can lead to one story only: give this story another "slug", '
                            "or remove the alias there",
                        )
                    )
                elif key in gone:
                    problem = "is a withdrawn story's (withdrawn.yml), whose URL stays a tombstone"
                elif other.slug != story.slug:
                    problem = f"is also an alias of {other.path}"
                    issues.append(
                        Issue(
                            other.path,
                            other.lines.get("aliases"),
                            f'alias "{alias}" in language "{lang}" is also an alias of '
                            f"{story.path}; an old URL can lead to one story only: remove the "
                            "alias in one of them",
                        )
                    )
                else:
                    continue
                issues.append(
                    Issue(
                        story.path,
                        story.lines.get("aliases"),
                        f'alias "{alias}" in language "{lang}" {problem}; an old URL can lead '
                        "to one story only: remove the alias",
                    )
                )
                break
    return issues
