"""Theme pages: the stable URLs recruiters put in their outreach.

``/themes/<slug>/`` (and ``/en/themes/<slug>/``) show the theme's stories in
that language, its open vacancies in any language, and its feeds. The
"copy link" adds UTM parameters for the recruiter's campaign; the page's
canonical URL stays clean, so search engines see one page.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from podium import pipeline
from podium.articles import newest_first
from podium.i18n import translate

from .meta import absolute, trail
from .paginate import page_url, paginate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ThemeView:
    slug: str
    name: str
    description: str
    color: str
    url: str


def utm_url(url: str, source: str, medium: str, campaign: str) -> str:
    """``url`` with lowercase UTM parameters, for links shared outside the site."""
    return f"{url}{'&' if '?' in url else '?'}{_utm_query(source, medium, campaign)}"


@functools.lru_cache(maxsize=256)
def _utm_query(source: str, medium: str, campaign: str) -> str:
    # A handful of networks and campaigns, asked for five times per story.
    return urlencode(
        {
            "utm_source": source.lower(),
            "utm_medium": medium.lower(),
            "utm_campaign": campaign.lower(),
        }
    )


def plan_theme_views(hub) -> None:
    """Each theme's name and URL per language, which stories and vacancy pages link to."""
    ps = hub.ps
    themes = hub.context.get(pipeline.THEMES, [])
    if not themes:
        return
    views: dict[str, dict[str, ThemeView]] = {}
    for theme in themes:
        views[theme.slug] = {
            lang: ThemeView(
                theme.slug,
                theme.name.get(lang, theme.slug),
                theme.description.get(lang, ""),
                theme.color,
                ps.theme_url(theme.slug, lang),
            )
            for lang in ps.languages
        }
    hub.context[pipeline.THEME_VIEWS] = views
    # Tombstones link to former themes through these two lookups.
    hub.context[pipeline.THEME_PAGES] = {
        s: {lang: v.url for lang, v in d.items()} for s, d in views.items()
    }
    hub.context[pipeline.THEME_NAMES] = {
        s: {lang: v.name for lang, v in d.items()} for s, d in views.items()
    }
    # A withdrawn story's former theme, since renamed: its tombstone links the
    # theme under its new name.
    for theme in themes:
        for alias in theme.aliases:
            hub.context[pipeline.THEME_PAGES][alias] = hub.context[pipeline.THEME_PAGES][theme.slug]
            hub.context[pipeline.THEME_NAMES][alias] = hub.context[pipeline.THEME_NAMES][theme.slug]

    for story in hub.stories:
        story.theme_links = [
            views[t.slug][story.lang] for t in getattr(story, "theme_tags", []) if t.slug in views
        ]


def plan_theme_pages(hub) -> None:
    """The theme pages; after the vacancy pages, whose views (with their URLs,
    newest posted first) the open roles are: a bare vacancy has no URL, and
    its link went to the site's front page."""
    ps = hub.ps
    themes = hub.context.get(pipeline.THEMES, [])
    if not themes:
        return
    views = hub.context[pipeline.THEME_VIEWS]
    vacancy_themes = hub.context.get(pipeline.VACANCY_THEMES, {})
    open_vacancies = getattr(hub, "vacancy_views", None) or []  # None: no vacancies
    site_url = ps.site_url
    utm = ps.utm
    stories_of = {
        (theme.slug, lang): _stories_of(hub.by_lang[lang], theme.slug)
        for theme in themes
        for lang in ps.languages
    }
    for lang in ps.languages:
        index_urls = {other: ps.themes_url(other) for other in ps.languages}
        rows = []
        for theme in themes:
            view = views[theme.slug][lang]
            stories = stories_of[theme.slug, lang]
            vacancies = [v for v in open_vacancies if _has_theme(vacancy_themes, v, theme.slug)]
            elsewhere = [
                (other, views[theme.slug][other].url, len(stories_of[theme.slug, other]))
                for other in ps.languages
                if other != lang and not stories and stories_of[theme.slug, other]
            ]
            # None in this language: "No stories yet." (and "0 stories" on the
            # list of themes) alone hid the theme's stories in another, so the
            # pages name them and the theme's page links theirs.
            rows.append((view, len(stories), len(vacancies), elsewhere))
            canonical = absolute(site_url, view.url)
            share = utm_url(
                canonical,
                utm.source,
                utm.medium,
                f"{utm.campaign_prefix}{theme.slug}",
            )
            # Paginated like the story listings (DEFAULT_PAGINATION): a theme of
            # hundreds of stories is not one endless page. The first page, the
            # URL recruiters share, also has the open roles and the share link.
            pages = paginate(stories, ps.per_page, view.url)
            # A theme page with neither a story in its language nor an open
            # role ("No stories yet.", "No open roles in this theme") is a
            # soft 404 to a search engine: noindex, out of the sitemap and of
            # the other languages' hreflang, as an empty story list (hub.py).
            filled = {other for other in ps.languages if vacancies or stories_of[theme.slug, other]}
            for page in pages:
                urls = {
                    other: page_url(views[theme.slug][other].url, page.number)
                    for other in ps.languages
                    if other in filled
                    and (
                        page.number == 1
                        or len(stories_of[theme.slug, other]) > (page.number - 1) * ps.per_page
                    )
                }
                if lang not in filled:
                    urls = {lang: page.url}
                n, m = page.number, page.count
                nth = translate("page_n_of_m", lang, n=n, m=m) if n > 1 else ""
                title = f"{view.name} – {nth}" if nth else view.name
                meta = hub.meta(
                    lang,
                    urls,
                    title,
                    description=view.description,
                    noindex=lang not in filled,
                    in_sitemap=lang in filled,
                )
                # A page the other language has not got: its switch goes to the
                # theme's first page there, not to the front page.
                meta.homes = {o: views[theme.slug][o].url for o in ps.languages}
                meta.home_names = {o: views[theme.slug][o].name for o in ps.languages}
                meta.card = ("theme", theme.slug)
                # Page 2 on: the theme's first page is a step of its own, this
                # page ("Page 2 of 3") the last, so the trail leads back to page 1.
                meta.breadcrumbs = trail(ps, lang, "themes", view.name, view.url)
                if nth:
                    meta.breadcrumbs.append((nth, meta.url))
                hub.plan(
                    "theme",
                    meta,
                    theme=view,
                    stories=page.items,
                    elsewhere=elsewhere,
                    page=page,
                    vacancies=vacancies,
                    share_url=share,
                    feed_atom=f"{view.url}feed.atom.xml",
                    feed_json=f"{view.url}stories.json",
                )
                for alias in theme.aliases:
                    old_url = page_url(ps.theme_url(alias, lang), page.number)
                    hub.plan_redirect(old_url, meta)
            _theme_feeds(hub, lang, theme, view, stories)
        meta = hub.meta(lang, index_urls, _themes_title(lang))
        hub.plan("themes", meta, themes=rows)


def _theme_feeds(hub, lang: str, theme, view, stories) -> None:
    """A theme's Atom and JSON feeds in ``lang``, also at each old slug's URL."""
    ps = hub.ps
    # The feeds hold the page's stories newest first, as the site's do:
    # the Atom feed keeps only FEED_MAX_ITEMS entries, and in the page's
    # order (explicit first) a theme with that many hand-tagged stories
    # would never show a subscriber its newest automatically tagged one.
    on_page = {id(s) for s in stories}
    hub.add_feed(
        lang,
        f"{view.url}feed.atom.xml",
        f"{view.url}stories.json",
        f"{ps.brand.name} – {view.name}",
        [s for s in hub.by_lang[lang] if id(s) in on_page],
    )
    # A feed reader cannot follow a page's redirect: a feed subscribed
    # to under the old slug goes on at its old URL, with the same entries,
    # and names the theme's page as its own (not the noindex redirect
    # page at the old URL, a reader's "website" link for the feed).
    for alias in theme.aliases:
        old_url = ps.theme_url(alias, lang)
        hub.add_feed(
            lang,
            f"{old_url}feed.atom.xml",
            f"{old_url}stories.json",
            f"{ps.brand.name} – {view.name}",
            [s for s in hub.by_lang[lang] if id(s) in on_page],
            home=view.url,
        )


def _themes_title(lang: str) -> str:
    return translate("themes", lang)


def _stories_of(stories: list[Any], slug: str) -> list[Any]:
    """Stories of a theme: explicit ones first, each group in ``newest_first``
    order (a stable sort keeps it), as on the listings and in the feeds."""
    ordered = newest_first(stories)
    tagged = [(s, t) for s in ordered for t in getattr(s, "theme_tags", []) if t.slug == slug]
    tagged.sort(key=lambda st: st[1].source != "explicit")
    return [s for s, _ in tagged]


def _has_theme(vacancy_themes: dict, view, slug: str) -> bool:
    vacancy = view.vacancy  # the view's own ``themes`` are ThemeViews
    return any(t.slug == slug for t in vacancy_themes.get(vacancy.id, ())) or slug in vacancy.themes
