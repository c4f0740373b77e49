"""Vacancy pages, the vacancies index, and ``vacancies.json``.

An open vacancy's page carries exactly one JobPosting. A closed one keeps
its URL (links in old outreach mails must not die) with a page that says the
role is closed and points to its theme and to the open roles; it carries no
JobPosting and asks search engines not to index it. A scheduled one
(``date_posted`` after today) has no page yet.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from podium import pipeline
from podium.fields import aware
from podium.i18n import translate
from podium.slugs import name_order
from podium.text import clip_sentences
from podium_read.body import disclosures_named, scroll_boxes, sentence_ends
from podium_vacancies.countries import REGIONS, country_name
from podium_vacancies.html import lead_text

from .feeds import absolute_links
from .files import write_text
from .filters import job_location_key, job_places, shared_place_keys, story_place_key
from .jobposting import job_posting, organization
from .meta import absolute, trail


@dataclass
class VacancyView:
    vacancy: Any
    url: str
    is_open: bool
    themes: list[Any] = field(default_factory=list)  # ThemeViews in the vacancy's language
    stories: list[Any] = field(default_factory=list)  # what its page shows
    linked: list[Any] = field(default_factory=list)  # every story linked to it, best first
    lastmod: str | None = None  # YYYY-MM-DD its page last changed (open ones only)
    # Its places by the location filters' keys and names (job_places,
    # place_names), each once: the job list's data-location and the search
    # page's filter values, named as the job list names them (open ones only).
    place_keys: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    # A closed job's open successor: the same job reopened under a new id
    # (same title, team, language and places), which its page links to.
    reopened: Any = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.vacancy, name)

    @property
    def page_html(self) -> str:
        """The description as its page shows it: a table or code block scrolls
        in a box of its own that takes the focus, as a story's do. Its bare
        table had been squeezed into a phone's 280 px, each word broken
        ("Ni|v|e|a|u"). The vacancy's own HTML (JSON-LD, the job feed) has
        no such boxes: they are the page's. A feed's header cells and quotes
        end their sentences in a search excerpt, as a story's do
        (``sentence_ends``)."""
        lang = self.vacancy.lang
        named = disclosures_named(self.vacancy.description_html, lang)
        return scroll_boxes(sentence_ends(named), lang)


# "Meet the team" on a vacancy page: the best this many links.
PAGE_STORIES = 6


def one_per_story(stories: list[Any], lang: str) -> list[Any]:
    """Keep the first-ranked version of each story, switched to ``lang`` if translated."""
    out, seen = [], set()
    for story in stories:
        if story.slug in seen:
            continue
        seen.add(story.slug)
        versions = [story, *story.translations]
        out.append(next((v for v in versions if v.lang == lang), story))
    return out


def meet_the_team(linked: list[Any], lang: str) -> list[Any]:
    """ "Meet the team" on a vacancy page: its best ``PAGE_STORIES`` linked
    stories, never a former colleague's (alumni policy "keep"), one version of
    a translated story, in the vacancy's language.

    Counted after both: taking the best six first, then leaving out a former
    colleague and merging a story's two languages, showed four or five where
    more stories linked to the job.
    """
    return one_per_story([s for s in linked if not s.is_alumni], lang)[:PAGE_STORIES]


def plan_vacancy_pages(hub) -> None:
    ps = hub.ps
    vacancy_set = hub.context.get(pipeline.VACANCIES)
    if vacancy_set is None:
        return
    site_url = hub.ps.site_url
    vacancy_themes = hub.context.get(pipeline.VACANCY_THEMES, {})
    vacancy_stories = hub.context.get(pipeline.VACANCY_STORIES, {})
    theme_views = hub.context.get(pipeline.THEME_VIEWS, {})
    brand = ps.brand
    org = organization(
        brand.name,
        absolute(site_url, ""),
        brand.same_as,
        absolute(site_url, brand.logo) if brand.logo else None,
    )
    views = []
    down = hub.taken_down()
    for vacancy in sorted(vacancy_set.vacancies, key=lambda v: (v.date_posted, v.id), reverse=True):
        if vacancy.is_scheduled(ps.today):
            continue
        lang = vacancy.lang if vacancy.lang in ps.languages else ps.default_lang
        view = VacancyView(
            vacancy,
            ps.vacancy_url(vacancy.id, lang),
            vacancy.is_open(ps.today),
            [
                theme_views[t.slug][lang]
                for t in vacancy_themes.get(vacancy.id, ())
                if t.slug in theme_views
            ],
        )
        if view.is_open:
            view.linked = vacancy_stories.get(vacancy.id, [])
        views.append(view)
        shown = [s for s in view.linked if s.lang == lang or (s.slug, lang) not in down]
        view.stories = meet_the_team(shown, lang)
        meta = hub.meta(
            lang,
            {lang: view.url},
            vacancy.title if view.is_open else translate("vacancy_closed_title", lang),
            description=clip_sentences(lead_text(vacancy.description_html), 200),
            noindex=not view.is_open,
            in_sitemap=view.is_open,
            searchable=view.is_open,  # vacancy.html marks an open job's text for search
        )
        # A vacancy is in one language, but every language's job list shows
        # it: the switch goes there ("English: Jobs"), where the reader finds
        # this job again among the others, not to the front page's stories.
        meta.homes = {o: ps.vacancies_url(o) for o in ps.languages}
        meta.home_names = {o: translate("vacancies", o) for o in ps.languages}
        if view.is_open:
            meta.jsonld = job_posting(vacancy, absolute(site_url, view.url), org, ps.timezone)
        # A closed job's page too: its notice is the last step of the trail.
        meta.breadcrumbs = trail(ps, lang, "vacancies", meta.title, view.url)
        _date_page(hub, vacancy, view, meta)
        hub.plan("vacancy", meta, vacancy=view)
    open_views = [v for v in views if v.is_open]
    # A city of one name in two countries (Bergen) is two places, each with its country.
    shared = shared_place_keys(p for v in open_views for p in v.locations)
    # Remote jobs in more than one country (or union) are "Remote (NL)", "Remote (US)".
    remote = remote_options(open_views)
    names = {lang: place_names(open_views, lang, shared, remote) for lang in ps.languages}
    for view in open_views:
        lang = view.vacancy.lang if view.vacancy.lang in names else ps.default_lang
        keys = dict.fromkeys(key for key, _ in view_places(view, lang, shared, remote))
        view.place_keys = list(keys)
        view.places = [names[lang][key] for key in keys]
    successors = {same_job(v): v for v in reversed(open_views)}
    for view in views:
        if not view.is_open:
            view.reopened = successors.get(same_job(view))
    hub.context[pipeline.VACANCY_VIEWS] = {v.id: v for v in views}
    hub.vacancy_views = open_views
    _stories_roles_and_places(hub, open_views, names, shared, remote)
    for lang in ps.languages:
        urls = {other: ps.vacancies_url(other) for other in ps.languages}
        meta = hub.meta(lang, urls, translate("vacancies", lang))
        facet = facets(open_views, ps, lang, theme_views, names[lang])
        hub.plan("vacancies", meta, vacancies=open_views, facets=facet)


def same_job(view: Any) -> tuple:
    """What a job reopened under a new id shares with its closed page: an ATS
    that reposts a job gives it a new id, and the old page, in links and
    search results, said only "closed" while the same job was open."""
    places = frozenset((job_location_key(p), p.country, p.remote) for p in view.locations)
    return (" ".join(view.title.casefold().split()), view.team, view.lang, places)


def story_country(story: Any, key: str, open_views: list[VacancyView]) -> str:
    """The country of a story's city that open jobs name in several countries
    (``key`` of shared_place_keys: "Bergen" in Norway and in Noord-Holland):
    a story names no country, and its "Bergen" was a third filter value on
    the search page beside "Bergen (Nederland)" and "Bergen (Noorwegen)".
    The country of most of its team's jobs there, else of most jobs there,
    else of most of the hub's jobs, so one build always chooses the same."""
    here: Counter = Counter()
    team: Counter = Counter()
    hub: Counter = Counter()
    for view in open_views:
        for place in view.locations:
            hub[place.country] += 1
            if place.city and job_location_key(place) == key:
                here[place.country] += 1
                team[place.country] += bool(story.team) and view.team == story.team
    return max(here, key=lambda c: (team[c], here[c], hub[c], c))


def more_roles(story: Any, open_views: list[VacancyView], all_roles: str) -> tuple[str, str] | None:
    """(URL, link text) of the open roles a story's few best matches leave out, or None.

    A story shows its best few roles (podium_link's limit); a reader whom it
    won over wants the rest, as a career site's "all jobs in this team" link
    offers. To the open roles of the story's first theme that has roles not
    shown, on its theme page (which lists every one of them, script or not:
    "vacancies/?theme=" is filtered by filters.js only, and without it showed
    every job of the site under "All open roles in Tech"), else to the whole
    list (``all_roles``, its URL) while some open role is not shown; none when all are.
    """
    shown = {v.id for v in story.open_roles}
    for theme in getattr(story, "theme_links", []):
        if any(
            v.id not in shown and any(t.slug == theme.slug for t in v.themes) for v in open_views
        ):
            return (
                # The heading of the theme page's open roles (theme.html).
                f"{theme.url}#roles-h",
                translate("all_open_roles_in_theme", story.lang, name=theme.name),
            )
    if any(v.id not in shown for v in open_views):
        return all_roles, translate("see_open_roles", story.lang)
    return None


def vacancy_fingerprint(vacancy: Any) -> tuple:
    """What a reader of the vacancy page sees of its own fields: when it changes,
    so does lastmod (``vacancy_page_fingerprint`` holds it and the rest)."""
    return (
        vacancy.title,
        vacancy.description_html,
        # The first place alone, as before there were several: a changed
        # fingerprint would date every vacancy's lastmod to the upgrade.
        vacancy.location,
        *((vacancy.more_locations,) if vacancy.more_locations else ()),
        vacancy.employment_type,
        vacancy.salary,
        vacancy.valid_through,
        vacancy.apply_url,
        vacancy.team,
        # Its other languages' titles (vacancies.json), only where it has any:
        # a changed fingerprint would date every vacancy's lastmod to the upgrade.
        *((vacancy.titles,) if vacancy.titles else ()),
    )


def vacancy_page_fingerprint(vacancy: Any, themes: list[Any]) -> tuple:
    """What a reader (and a search engine) of the vacancy page sees: the vacancy's
    fields, and the theme chips the page shows, the date it says the job was
    posted (JobPosting's datePosted), JobPosting's directApply and the ATS's
    name of its team, which
    ``vacancy_fingerprint`` left out: a vacancy tagged to another theme, given
    direct_apply, or dated earlier kept its lastmod, and `podium ping` said nothing."""
    return (
        *vacancy_fingerprint(vacancy),
        tuple(theme.slug for theme in themes),
        bool(getattr(vacancy, "direct_apply", False)),
        vacancy.date_posted,
        # The team's name as its ATS writes it, shown where PODIUM_TEAMS has none.
        getattr(vacancy, "department", None),
    )


def remote_areas(view: Any) -> frozenset[str]:
    """The countries a job may be done remotely from (none: no remote place)."""
    return frozenset(place.country for place in view.locations if place.remote)


def remote_options(views: list[Any]) -> dict[frozenset[str], str]:
    """The location filters' remote options, by the countries each stands
    for, where the open jobs are remote in more than one country or union:
    "Op afstand" for a job in the Netherlands and one in Texas had been one
    option, and a seeker in Rotterdam who picked it got the American job. As
    Greenhouse and Lever boards ("Remote - US", "Remote - EU"), one option a
    country, and one for a union a job names whole ("remote-eu", not 27);
    empty (one option "remote", as links say) where all are remote in one."""
    areas = {area for area in map(remote_areas, views) if area}
    if len(areas) < 2:
        return {}
    options = {}
    for area in areas:
        union = next((name for name, codes in REGIONS.items() if frozenset(codes) == area), None)
        options[area] = "remote-" + (union or "-".join(sorted(area)).lower())
    return options


def _remote_name(area: frozenset[str], key: str, lang: str) -> str:
    if len(area) == 1:
        where = country_name(next(iter(area)), lang)
    else:
        where = key.removeprefix("remote-").upper().replace("-", ", ")
    return translate("remote_in", lang, country=where)


def view_places(
    view: Any, lang: str, shared: frozenset[str], remote: dict[frozenset[str], str]
) -> list[tuple[str, str]]:
    """The location filters' (key, name) pairs of a job: job_places of each of
    its places, and with ``remote`` (remote_options) the remote option of each
    area it is open to: a job open in all the EU is under "Remote (EU)" and,
    where a job of the hub is remote in the Netherlands only, "Remote
    (Nederland)", as a seeker there may do either."""
    pairs = [pair for place in view.locations for pair in job_places(place, lang, shared)]
    if not remote:
        return pairs
    mine = remote_areas(view)
    pairs = [pair for pair in pairs if pair[0] != "remote"]
    for area, key in sorted(remote.items(), key=lambda kv: kv[1]):
        if mine and area <= mine:
            pairs.append((key, _remote_name(area, key, lang)))
    return pairs


def story_remote(story: Any, remote: dict[frozenset[str], str], open_views: list[Any]) -> str:
    """The remote option (remote_options) of a story's "location: Remote":
    that of most of its team's remote jobs, else of most remote jobs."""
    team: Counter = Counter()
    jobs: Counter = Counter()
    for view in open_views:
        area = remote_areas(view)
        if area in remote:
            jobs[remote[area]] += 1
            team[remote[area]] += bool(story.team) and view.team == story.team
    return max(jobs, key=lambda k: (team[k], jobs[k], k))


def place_names(
    views: list[VacancyView],
    lang: str,
    shared: frozenset[str] = frozenset(),
    remote: dict[frozenset[str], str] | None = None,
) -> dict[str, str]:
    """The location filter's name of each place among ``views``, by its key
    (job_location_key): the job list's options and the search page's filter
    values alike. One city written two ways ("Den Haag", "The Hague") is one
    key, and was one option on the job list but two values on the search
    page, each vacancy page naming its city as written. The name most of its
    jobs write, else the first in the reader's order, so every build and page
    agrees."""
    written: dict[str, Counter] = {}
    for view in views:
        for key, name in view_places(view, lang, shared, remote or {}):
            written.setdefault(key, Counter())[name] += 1
    return {key: commonest(counts) for key, counts in written.items()}


def commonest(counts: Counter) -> str:
    """The name written most, else the first in the reader's order."""
    return min(counts, key=lambda name: (-counts[name], name_order(name), name))


def facets(
    views: list[VacancyView], ps, lang: str, theme_views: dict, places: dict[str, str]
) -> dict[str, list[tuple[str, str]]]:
    """Filter values present among the open vacancies: (value, label) pairs, the
    labels in the page's language (a view's themes are in its vacancy's), the
    places' by place_names."""
    names = {slug: by_lang[lang].name for slug, by_lang in theme_views.items()
             if lang in by_lang}  # fmt: skip
    themes = {t.slug: names.get(t.slug, t.name) for v in views for t in v.themes}
    teams = {v.team: ps.team_name(v.team, lang, v.department) for v in views if v.team}
    return {
        # In the reader's alphabetical order: by code point "Éindhoven" came after "Zwolle".
        "theme": sorted(themes.items(), key=lambda kv: name_order(kv[1])),
        "team": sorted(teams.items(), key=lambda kv: name_order(kv[1])),
        "location": sorted(places.items(), key=lambda kv: name_order(kv[1])),
    }


def feed_stories(shown: list[Any], linking: list[Any]) -> list[Any]:
    """A vacancy's stories in ``vacancies.json``: the ones its page shows, in the
    page's order, then every other published story that links to it.

    The page shows a few (its best ``PAGE_STORIES``, one version per story, no
    former colleagues); the feed is data, and its links go both ways: a story whose
    ``_podium.vacancies`` in ``stories.json`` names this vacancy is listed here.
    """
    out, seen = [], set()
    for story in [*shown, *linking]:
        if story.url not in seen:
            seen.add(story.url)
            out.append(story)
    return out


def _salary(salary: Any) -> dict[str, Any] | None:
    if not salary:
        return None
    return {"min": salary.min, "max": salary.max, "currency": salary.currency, "unit": salary.unit}


def _place(place: Any) -> dict[str, Any]:
    return {
        "city": place.city,
        "region": getattr(place, "region", None),
        "country": place.country,
        "remote": place.remote,
        "street": getattr(place, "street", None),
        "postal_code": getattr(place, "postal_code", None),
    }


def write_vacancies_json(hub) -> None:
    """JSON Feed 1.1 of open vacancies (contract §6)."""
    views = getattr(hub, "vacancy_views", None)
    if views is None:
        return
    site_url = hub.ps.site_url
    items = []
    for view in views:
        url = absolute(site_url, view.url)
        stories = feed_stories(view.stories, view.linked)
        modified = max(view.date_posted, dt.date.fromisoformat(view.lastmod or "1900-01-01"))
        items.append(
            {
                "id": url,
                "url": url,
                "title": view.title,
                # Links as absolute as the stories' feeds make them: a job
                # board reading this file resolved "../../stories/anna/" or
                # "#apply" against vacancies.json's own URL.
                "content_html": (
                    absolute_links(view.description_html, url)
                    if site_url.startswith(("https://", "http://"))
                    else view.description_html
                ),
                "summary": clip_sentences(lead_text(view.description_html), 300),
                # The posting day where the company is, as stories.json dates are.
                "date_published": aware(view.date_posted, hub.ps.timezone).isoformat(),
                # When what its page shows last changed, as the sitemap says: a
                # job board polling this file sees a changed salary or text.
                "date_modified": aware(modified, hub.ps.timezone).isoformat(),
                "language": view.lang,
                "external_url": view.apply_url,
                "_podium": {
                    "id": view.id,
                    "themes": [t.slug for t in view.themes],
                    "valid_through": view.valid_through.isoformat() if view.valid_through else None,
                    "stories": [absolute(site_url, s.url) for s in stories],
                    # The pay the page shows under the title (EU pay transparency:
                    # a board copying the job copies its pay), bound by bound as
                    # the JobPosting's baseSalary; null when the job gives none.
                    "salary": _salary(view.salary),
                    # Where and how, as the page and the JobPosting say: every
                    # place (a remote one has no city) and the kinds of work.
                    "locations": [_place(p) for p in view.locations],
                    "employment_type": list(view.employment_type),
                    # Its title per language: the item's own ("title", in its
                    # "language"), and its ATS's translations into the hub's
                    # other languages, for a board that lists jobs in those.
                    "titles": {view.lang: view.title, **dict(view.titles)},
                },
            }
        )
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": f"{hub.ps.brand.name} – {translate('vacancies', hub.ps.default_lang)}",
        "home_page_url": absolute(site_url, "vacancies/"),
        "feed_url": absolute(site_url, "vacancies.json"),
        "items": items,
    }
    target = Path(hub.output_path) / "vacancies.json"
    write_text(target, json.dumps(feed, ensure_ascii=False, indent=1) + "\n")


def _date_page(hub, vacancy, view, meta) -> None:
    """A vacancy page's lastmod, from the freshness record: an open job's page
    and its "meet the team" list; a closed one's is recorded, so that reopening
    it is a change."""
    ps = hub.ps
    if view.is_open:
        meta.lastmod = hub.freshness.lastmod(
            view.url,
            vacancy_page_fingerprint(vacancy, view.themes),
            vacancy.date_posted,
            # A change dated ahead counts from its day, as a story's does.
            vacancy.updated if vacancy.updated and vacancy.updated <= ps.today else None,
            source=vacancy.source if vacancy.feed_status is None else None,
            # A record from before the fingerprint held the themes,
            # direct_apply and date_posted: the page unchanged, no date moves.
            also_same=vacancy_fingerprint(vacancy),
        )
        # Its "meet the team" names colleagues, and changes with no edit to
        # the vacancy: a story whose consent ended, an author who left. The
        # day that list last changed counts too, so `podium ping` tells the
        # search engines the page no longer names them.
        team = hub.freshness.lastmod(
            f"{view.url}#stories",
            [(s.url, s.title, s.author.name, s.role, s.photo) for s in view.stories],
            vacancy.date_posted,
        )
        meta.lastmod = max(meta.lastmod, team)
        view.lastmod = meta.lastmod
    else:
        # Out of the sitemap, but kept in the record as closed: reopened (its
        # valid_through extended, an ATS job reopened under its id), it was
        # a page first seen and went back to its date_posted; now it is a
        # change, dated the day its page went from closed to open.
        hub.freshness.lastmod(
            view.url,
            ("closed", vacancy_page_fingerprint(vacancy, view.themes)),
            vacancy.date_posted,
            also_same=("closed", vacancy_fingerprint(vacancy)),
        )


def _stories_roles_and_places(hub, open_views, names, shared, remote) -> None:
    """Each story's open roles, more roles and search place (its city under the
    jobs' name for it)."""
    ps = hub.ps
    # A story's city where no job is in it, by the name most of its stories write.
    story_names: dict[tuple[str, str], Counter] = {}
    for story in hub.stories:
        if story.location:
            place = (story.lang, story_place_key(story.location))
            story_names.setdefault(place, Counter())[story.location] += 1
    for story in hub.stories:
        story.open_roles = [
            hub.context[pipeline.VACANCY_VIEWS][v.id] for v in getattr(story, "open_vacancies", [])
        ]
        story.more_roles = more_roles(story, open_views, ps.vacancies_url(story.lang))
        # The search page's location filter holds stories and jobs: a story's
        # city under the jobs' name for it ("Den Haag" and "The Hague" were two).
        where = story.location
        if where:
            key = story_place_key(where)
            own = key
            if key in shared:
                own = f"{key}-{story_country(story, key, open_views).lower()}"
            elif key == "remote" and remote:
                own = story_remote(story, remote, open_views)
            found = names.get(story.lang, {}).get(own)
            story.search_place = found or commonest(story_names[story.lang, key])
        else:
            story.search_place = where
