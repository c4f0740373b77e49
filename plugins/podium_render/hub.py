"""The hub's own pages, per language, in one Pelican run.

Pelican's ArticlesGenerator writes the story pages. This generator writes
everything around them for every language of the site: the front page,
listings, people pages, 404 and tombstone pages, Atom and JSON feeds. Other
plugins (themes, vacancies) add pages the same way: they append to
``context["PODIUM_PAGES"]`` in their ``generate_context`` (which Pelican
runs for every generator before any output), and the sitemap is written
from it here.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pelican.generators import Generator

from podium import pipeline
from podium import settings as podium_settings
from podium.articles import newest_first, with_translations
from podium.cache import (
    build_cache,
    kept_or_its_mac,
    publish,
    real_subfolder,
    regular_file,
    sealed,
    write_sealed,
)
from podium.errors import Issue
from podium.fields import aware
from podium.fingerprint import MEMO as CODE_MEMO
from podium.fingerprint import code_fingerprint
from podium.i18n import former_role, translate
from podium.paths import Refused, read_bounded
from podium.slugs import name_order
from podium_read.people import former_pages

from . import written
from .feeds import (
    AtomFeed,
    author_name,
    encode_item,
    favicon,
    feed_content,
    json_feed,
    plain_atom,
    robots,
    sitemaps,
    story_item,
    whole_items,
)
from .files import naming, write_text
from .freshness import Freshness
from .meta import (
    PageMeta,
    absolute,
    modified_at,
    trail,
    unavailable_after,
    x_default,
)
from .paginate import paginate
from .people import group_people, person_key, profile_page
from .share import share_links, share_prompts
from .theme_pages import plan_theme_pages, plan_theme_views
from .vacancy_pages import plan_vacancy_pages, write_vacancies_json

log = logging.getLogger(__name__)

# Cloudflare Pages reads at most this many static rules from _redirects
# (developers.cloudflare.com/pages/configuration/redirects/, "Per file").
CLOUDFLARE_MAX_REDIRECTS = 2000
PAGES_KEY = pipeline.PAGES


@dataclass
class Planned:
    save_as: str
    template: str
    meta: PageMeta
    extra: dict[str, Any] = field(default_factory=dict)


def published_stories(context: dict) -> list[Any]:
    """Every published story in every language, newest first (``newest_first``)."""
    return newest_first(with_translations(context.get("articles", [])))


def story_fingerprint(story: Any) -> tuple:
    """What a reader of the story page sees: when it changes, so does lastmod."""
    return (
        story.title,
        story._content,
        story.podium_summary,
        story.role,
        story.author.name,
        story.photo,
        story.quote,
    )


class HubGenerator(Generator):
    def generate_context(self) -> None:
        ps = podium_settings.get(self.settings)
        self.ps = ps
        self.planned: list[Planned] = []
        self.feeds: list[tuple[str, str, str, str, list, str]] = []
        self.homes = {lang: ps.lang_prefix(lang) for lang in ps.languages}
        self.freshness = Freshness(
            ps.content_root,
            build_cache(self.settings),
            ps.today,
            use_git=ps.lastmod_from_git,
            site_url=ps.link_root,
            timezone=ps.timezone,
            # The output this build replaces: `podium build` writes a fresh
            # folder and swaps it in; a plain `pelican` run writes over it.
            previous=Path(ps.previous_output or self.output_path),
            sitemap_url=ps.site_url,
        )
        stories = published_stories(self.context)
        self.stories = stories
        stats = self.settings.setdefault(pipeline.STATS, {})
        stats["stories"] = len(stories)
        site = self.context.get(pipeline.SITE)
        if site is not None:
            # What is not on the site yet, for the summary: a date a year out by
            # a slip keeps a story off without a word otherwise.
            states = [(s.publication(ps), s.date.date()) for s in site.stories]
            ahead = [day for state, day in states if state == "scheduled"]
            stats["scheduled"] = len(ahead)
            stats["first_scheduled"] = min(ahead).isoformat() if ahead else None
            stats["drafts"] = sum(state == "draft" for state, _ in states)
        self.people = group_people(
            stories, site.stories if site is not None else (),
            site.people_held if site is not None else (),
        )  # fmt: skip
        slug_of = {person_key(p.name): p.slug for p in self.people.values()}
        for story in stories:
            story.person_url = None
            if story.person:
                person_slug = slug_of[person_key(story.person)]
                story.person_url = ps.person_url(person_slug, story.lang)
            story.meta = self._story_meta(story)
            # Pelican's Atom writer takes an entry's <updated> from ``modified``;
            # without it an edited story kept its publication date there, so
            # feed readers never saw the edit. Same instant as dateModified.
            story.modified = modified_at(story, ps.timezone)
            self._share(story)
        if ps.preview:
            self._plan_preview()
        by_lang = {lang: [s for s in stories if s.lang == lang] for lang in ps.languages}
        self.by_lang = by_lang
        self._plan_front(by_lang)
        for lang, lang_stories in by_lang.items():
            prefix = ps.lang_prefix(lang)
            title = f"{ps.brand.name} – {translate('stories', lang)}"
            self.add_feed(
                lang,
                f"{prefix}feeds/stories.atom.xml",
                f"{prefix}stories.json",
                title,
                lang_stories,
            )
        self._plan_listings(by_lang)
        self._plan_people()
        self._plan_story_aliases()
        self._plan_feed_ids()
        self._plan_tombstones()
        self._plan_404()
        self._plan_search()
        plan_theme_views(self)
        plan_vacancy_pages(self)
        plan_theme_pages(self)
        self._shown_lastmods()
        self.context.setdefault(PAGES_KEY, []).extend(s.meta for s in stories)
        self.context.setdefault(PAGES_KEY, []).extend(p.meta for p in self.planned)
        self.context[pipeline.SETTINGS] = ps
        self.context[pipeline.PEOPLE] = self.people

    # -- planning -------------------------------------------------------
    def _story_meta(self, story: Any) -> PageMeta:
        versions = [story, *story.translations]
        alternates = {v.lang: v.url for v in versions}
        # ``updated`` names a change made that day: one still to come (a story
        # scheduled with its update written ahead) is not shown, nor given to
        # feeds and search engines, until the build of that day; on the day
        # the story goes live it is simply new. Nor is an update on the
        # publication day itself shown: "Bijgewerkt op" the very day under the
        # story's date reads as a correction, and dateModified is datePublished.
        updated = story.podium.updated
        come = updated if updated and updated <= self.ps.today else None
        story.updated_shown = come if come and come > story.date.date() else None
        # The day the page goes is on it (robots unavailable_after): consent
        # extended, the page changed, and search engines must hear of it.
        end = story.podium.gone_from(self.ps)
        story.lastmod = self.freshness.lastmod(
            story.url,
            (*story_fingerprint(story), *([end.isoformat()] if end else [])),
            story.date,
            come,
            source=story.source_path,
        )
        # From the day its author left, the page says so (a former colleague,
        # or no name at all): a change made by the day, not by a commit, so
        # neither the file's git date nor the record's hash (the fingerprint
        # keeps the name and role as written) moves; `podium ping` sends what moved.
        left = story.podium.left
        if story.is_alumni and left is not None and left.isoformat() > story.lastmod:
            story.lastmod = left.isoformat()
        return PageMeta(
            lang=story.lang,
            url=story.url,
            title=story.title,
            description=story.podium_summary,
            alternates=alternates,
            x_default=x_default(alternates, self.ps.default_lang, self.ps.languages),
            og_type="article",
            image_alt=story.title,
            lastmod=story.lastmod,
            searchable=True,  # story.html marks its text for search
            homes=self.homes,
            jsonld=self._article_jsonld(story),
            unavailable_after=unavailable_after(end, self.ps.timezone),
            breadcrumbs=trail(self.ps, story.lang, "stories", story.title, story.url),
        )

    def _shown_lastmods(self) -> None:
        """A story page shows more than its file: its versions in other
        languages (the switch, hreflang), its themes, its open roles. Each
        changes with no edit to the story (a translation published, a role
        closed, posted or retitled), and the page's lastmod is the newest of
        its own and of what it shows, so `podium ping` tells the search
        engines. What it shows is dated by the record (the day it was first
        seen so); seen first, by the story's ``updated``, else the newest of
        the story's date and the dates of the versions and roles it shows. The feeds' entries, which
        carry only the story, keep their own date, and so does its Article:
        dateModified is the date Google may show as the story's, and a job
        closed beside it is no change to the story.
        """
        for story in self.stories:
            roles = getattr(story, "open_roles", [])
            shown = (
                sorted(story.meta.alternates.items()),
                [(t.slug, t.name, t.url) for t in getattr(story, "theme_links", [])],
                [
                    (v.url, v.title, v.team, v.employment_type, repr(v.locations), repr(v.salary))
                    for v in roles
                ],
                getattr(story, "more_roles", None),
            )
            dates = [story.date.date(), *(t.date.date() for t in story.translations)]
            dates += [v.date_posted for v in roles if v.date_posted <= self.ps.today]
            # Seen first, a story's ``updated`` is the page's date, not the newest
            # of what it shows: the editor's word comes first (freshness), and the
            # contract has ``updated`` drive lastmod. A later change still moves it.
            first = story.updated_shown or max(dates)
            day = self.freshness.lastmod(f"{story.url}#shown", shown, first)
            # The page's date, not the story's: its Article dateModified (and
            # article:modified_time) stays the story's own, as its feed entries do.
            if day > story.lastmod:
                story.lastmod = story.meta.lastmod = day

    def _share(self, story: Any) -> None:
        """Share bar and kit; none at all without consent to share on social media."""
        story.share_links, story.share_prompts = [], []
        if not story.podium.consent.social:
            return
        site_url = self.ps.site_url
        campaign = self.ps.utm.share_campaign
        story.share_links = share_links(absolute(site_url, story.url), story.title, campaign)
        # An anonymised story's author is someone who left (its byline says
        # "Oud-collega"): "deze collega" in its prompts called them a colleague.
        first = (
            story.author.name.split()[0]
            if not story.anonymous
            else translate("this_former_colleague", story.lang)
        )
        story.share_prompts = share_prompts(
            story.slug, story.lang, story.podium.share_prompts, first
        )

    def _article_jsonld(self, story: Any) -> dict[str, Any]:
        """schema.org Article; ``image`` is added by the cards step."""
        site_url = self.ps.site_url
        # With its url, as the people pages' worksFor: Google recommends
        # author.url, and an anonymised story's author is the company.
        brand = {"@type": "Organization", "name": self.ps.brand.name, "url": absolute(site_url, "")}
        if story.anonymous:
            author: dict[str, Any] = brand
        else:
            author = {"@type": "Person", "name": story.author.name}
            # A former colleague's role is no title they hold (see profile_page).
            if story.is_alumni:
                author["description"] = former_role(story.role, story.lang)
            else:
                author["jobTitle"] = story.role
            if story.person_url:
                author["url"] = absolute(site_url, story.person_url)
        return {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": story.title,
            "description": story.podium_summary,
            "datePublished": story.date.isoformat(),
            "dateModified": modified_at(story, self.ps.timezone).isoformat(),
            "inLanguage": story.lang,
            "author": author,
            "publisher": brand,
            "mainEntityOfPage": absolute(site_url, story.url),
        }

    def _person_jsonld(self, person: Any, lang: str, url: str) -> dict[str, Any]:
        site_url = self.ps.site_url
        return profile_page(
            person,
            lang,
            absolute(site_url, url),
            {"@type": "Organization", "name": self.ps.brand.name, "url": absolute(site_url, "")},
            lambda story: absolute(site_url, story.url),
            self.ps.timezone,
        )

    def meta(self, lang: str, url_by_lang: dict[str, str], title: str, **kw: Any) -> PageMeta:
        # A page with nothing of its own to say (a listing, /vacancies/, a theme
        # without a description) says what the hub is, as mkdocs-material's
        # site_description does: without it a search result shows a snippet the
        # engine picked, and a shared link's preview only the word "Vacatures".
        if not kw.get("description"):
            kw["description"] = self.ps.brand.tagline.get(lang) or translate("hub_intro", lang)
        return PageMeta(
            lang=lang,
            url=url_by_lang[lang],
            title=title,
            alternates=dict(url_by_lang),
            x_default=x_default(url_by_lang, self.ps.default_lang, self.ps.languages),
            homes=self.homes,
            **kw,
        )

    def plan(self, template: str, meta: PageMeta, **extra: Any) -> None:
        self.planned.append(Planned(f"{meta.url}index.html", template, meta, extra))

    def plan_redirect(self, old_url: str, target: PageMeta) -> None:
        """A page at ``old_url`` that sends the reader on to ``target``'s page.

        A static host answers no 301, so, as Hugo's aliases and mkdocs-redirects
        do, it is a page with a meta refresh and a plain link (no script needed),
        whose canonical URL is the target's, out of the sitemap and the search
        index. It keeps the target's title and card, so a link shared under the
        old URL still previews as the page it leads to.
        """
        meta = dataclasses.replace(
            target, noindex=True, in_sitemap=False, jsonld=None, breadcrumbs=[]
        )
        self.planned.append(Planned(f"{old_url}index.html", "redirect", meta, {"target": target}))

    def _plan_preview(self) -> None:
        """Preview builds only: drafts get page metadata and a list at /preview/."""
        drafts = with_translations(self.context.get("drafts", []))
        for story in drafts:
            story.person_url = None
            story.meta = self._story_meta(story)
            story.meta.noindex = True
            story.share_links, story.share_prompts = [], []
        for lang in self.ps.languages:
            urls = {lang: self.ps.section_url("preview", lang)}
            meta = self.meta(lang, urls, translate("preview_list", lang), noindex=True)
            mine = sorted((d for d in drafts if d.lang == lang), key=lambda a: a.date)
            self.plan(
                "listing", meta, page=paginate(mine, 10_000, urls[lang])[0], section="preview"
            )

    def _plan_front(self, by_lang: dict[str, list]) -> None:
        ps = self.ps
        homes = dict(self.homes)
        for lang, stories in by_lang.items():
            featured = [s for s in stories if s.featured][: ps.featured_count]
            rest = [s for s in stories if s not in featured]
            meta = self.meta(lang, homes, ps.brand.name)
            self.plan(
                "index",
                meta,
                elsewhere=_elsewhere(lang, stories, {o: (homes[o], s) for o, s in by_lang.items()}),
                featured=featured,
                latest=rest[: ps.latest_count],
                interviews=[s for s in stories if s.kind == "interview"][:3],
                columns=[s for s in stories if s.kind == "column"][:3],
            )

    def _plan_listings(self, by_lang: dict[str, list]) -> None:
        listings = {
            "stories": ("all_stories", lambda s: True),
            "interviews": ("interviews", lambda s: s.kind == "interview"),
            "columns": ("columns", lambda s: s.kind == "column"),
        }
        for section, (title_key, keep) in listings.items():
            pages_by_lang = {
                lang: paginate(
                    [s for s in stories if keep(s)],
                    self.ps.per_page,
                    self.ps.section_url(section, lang),
                )
                for lang, stories in by_lang.items()
            }
            counts = {
                lang: (pages[0].url, [s for s in by_lang[lang] if keep(s)])
                for lang, pages in pages_by_lang.items()
            }
            elsewhere = {lang: _elsewhere(lang, counts[lang][1], counts) for lang in counts}
            self._plan_paged(
                "listing", title_key, pages_by_lang, section=section, per_lang=elsewhere
            )

    def _plan_paged(
        self, template: str, title_key: str, pages_by_lang: dict, per_lang=None, **extra
    ) -> None:
        """Plan every page of a list that each language has its own pages of
        (``per_lang``: a language's ``elsewhere``, see ``_elsewhere``).

        A language whose list is empty (no English story written yet) still
        has its page, which leads to the list in another language; but a page
        that only says "No stories in English yet" is a soft 404 to a search
        engine, so it is noindex, out of the sitemap and of the other
        languages' hreflang, as Hugo makes no page of an empty section.
        """
        filled = {lang for lang, pages in pages_by_lang.items() if pages and pages[0].items}
        for lang, pages in pages_by_lang.items():
            empty = lang not in filled
            for page in pages:
                # The same page number in each language is its alternate.
                urls = {
                    other: other_pages[page.number - 1].url
                    for other, other_pages in pages_by_lang.items()
                    if len(other_pages) >= page.number and other in filled
                }
                if empty:
                    urls = {lang: page.url}
                title = translate(title_key, lang)
                if page.number > 1:
                    title += " – " + translate("page_n_of_m", lang, n=page.number, m=page.count)
                meta = self.meta(lang, urls, title, noindex=empty, in_sitemap=not empty)
                # Page 3 of a list the other language has fewer pages of:
                # its switch goes to that list's first page, not the front page.
                meta.homes = {**self.homes, **{o: p[0].url for o, p in pages_by_lang.items()}}
                meta.home_names = {o: translate(title_key, o) for o in pages_by_lang}
                if per_lang is not None:
                    extra["elsewhere"] = per_lang[lang]
                self.plan(template, meta, page=page, **extra)

    def _plan_people(self) -> None:
        ps = self.ps
        # Paginated as the story listings are (/people/page/2/): a hub with
        # hundreds of colleagues was one page of hundreds of portraits.
        pages_by_lang, people_of = {}, {}
        for lang in ps.languages:
            people = [p for p in self.people.values() if any(s.lang == lang for s in p.stories)]
            people.sort(key=lambda p: name_order(p.name_in(lang)))
            base = ps.people_url(lang)
            pages_by_lang[lang] = paginate(people, ps.people_per_page, base)
            people_of[lang] = (pages_by_lang[lang][0].url, people)
        elsewhere = {lang: _elsewhere(lang, people_of[lang][1], people_of) for lang in people_of}
        self._plan_paged("people", "people", pages_by_lang, per_lang=elsewhere)
        # A person with stories in one language only: the switch goes to the
        # other language's list of people, as a vacancy's goes to its jobs,
        # not to its front page.
        lists = {o: pages[0].url for o, pages in pages_by_lang.items() if pages}
        # The one rule of which former names' pages there are, as podium
        # check accepts a link to them; read from every story in content/.
        site = self.context[pipeline.SITE]
        former = former_pages(site.stories, ps, site.people_held)
        # A story of theirs still to come (scheduled) keeps the page too: with
        # it left out, one without an end told Google the page goes before it.
        coming: dict[tuple[str, str], list] = {}
        for story in site.stories:
            if story.publication(ps) == "scheduled":
                key = (person_key(story.author), story.lang)
                coming.setdefault(key, []).append(story.gone_from(ps, names=True))
        for person in self.people.values():
            aliases = sorted(former.get(person_key(person.name), ()))
            langs = sorted({s.lang for s in person.stories})
            urls = {lang: ps.person_url(person.slug, lang) for lang in langs}
            for lang in langs:
                # Open Graph's type for a page about one person (the list of
                # people stays a "website"). Its profile:first_name and
                # last_name are left out: "Anna de Boer" has no reliable split.
                about = person.described_in(lang)
                meta = self.meta(
                    lang, urls, person.name_in(lang), description=about, og_type="profile"
                )
                meta.homes = {**self.homes, **lists}
                meta.home_names = {o: translate("people", o) for o in lists}
                meta.jsonld = self._person_jsonld(person, lang, urls[lang])
                meta.breadcrumbs = trail(ps, lang, "people", person.name_in(lang), urls[lang])
                # The page goes with the last of its language's stories: known
                # only when each of them has an end.
                ends = [
                    s.podium.gone_from(ps, names=True) for s in person.stories if s.lang == lang
                ] + coming.get((person_key(person.name), lang), [])
                if ends and None not in ends:
                    meta.unavailable_after = unavailable_after(max(ends), ps.timezone)
                self.plan("person", meta, person=person)
                # A former name's page (`author_aliases`, as a story's
                # `aliases`) leads here, never over a person's own page.
                for alias in aliases:
                    self.plan_redirect(ps.person_url(alias, lang), meta)

    def _plan_story_aliases(self) -> None:
        """A story's old slugs (``aliases``), in every language it has, lead to it.

        One translation listing them is enough: translations share a slug, so
        a renamed story had the old one in each of its languages.
        """
        aliases = self._aliases_by_slug()
        planned = set()
        for story in self.stories:
            for alias in sorted(aliases[story.slug]):
                planned.add(self.ps.story_url(alias, story.lang))
                self.plan_redirect(self.ps.story_url(alias, story.lang), story.meta)
        # An old address written as a path (a story moved to another language)
        # is one URL: it leads to the version that lists it, or, that one not
        # published, to the story in the first language it is published in.
        published = {(s.slug, s.lang): s for s in self.stories}
        urls = {s.url for s in self.stories}
        order = (self.ps.default_lang, *self.ps.languages)
        for (slug, lang), owner in sorted(self._path_aliases().items()):
            url = self.ps.story_url(slug, lang)
            target = published.get((owner.slug, owner.lang)) or next(
                (published[owner.slug, o] for o in order if (owner.slug, o) in published), None
            )
            # One translation's old slug may name it already ("oud" in the
            # Dutch file, "/en/stories/oud/" in the English one): one redirect.
            if target is not None and url not in urls and url not in planned:
                self.plan_redirect(url, target.meta)

    def _path_aliases(self) -> dict[tuple[str, str], Any]:
        """(slug, lang) of each old address written as a path, with the
        version of the story that lists it (published, taken down or draft)."""
        found: dict[tuple[str, str], Any] = {}
        groups = [*self.stories]
        for key in ("hidden_articles", "drafts"):
            groups += with_translations(self.context.get(key, []))
        for story in sorted(groups, key=lambda s: (s.slug, s.lang)):
            for key in story.podium.path_aliases:
                found.setdefault(key, story)
        return found

    def _plan_feed_ids(self) -> None:
        """Each story's id in the feeds (``story.feed_id``, site-relative): its
        URL, or for a renamed story the URL of its first old slug.

        The URL was the id, so renaming a story (its old slug kept in
        ``aliases``) made it a new entry in every feed reader, beside the old
        one. The first alias as written (``aliases: [oldest, ...]``), from the
        default language's version first, is the URL it was first published at.
        """
        first: dict[str, str] = {}
        groups = [*self.stories]
        for key in ("hidden_articles", "drafts"):
            groups += with_translations(self.context.get(key, []))
        default = self.ps.default_lang
        for story in sorted(groups, key=lambda s: (s.lang != default, s.lang)):
            if story.podium.aliases:
                first.setdefault(story.slug, story.podium.aliases[0])
        for story in self.stories:
            alias = first.get(story.slug)
            story.feed_id = self.ps.story_url(alias, story.lang) if alias else story.url

    def _aliases_by_slug(self) -> dict[str, set[str]]:
        """Each story's old slugs, gathered from every translation it has in
        content/: published, taken down (consent, alumni) or draft.

        One translation listing them is enough, so they are the story's, not
        the file's: the translation that lists them being taken down must not
        leave the other language's old URL a bare 404, and one taken down that
        does not list them still has a tombstone at its old URL.
        """
        aliases: dict[str, set[str]] = {}
        for key in ("hidden_articles", "drafts"):
            for story in with_translations(self.context.get(key, [])):
                aliases.setdefault(story.slug, set()).update(story.podium.aliases)
        for story in self.stories:
            aliases.setdefault(story.slug, set()).update(story.podium.aliases)
        return aliases

    def taken_down(self) -> frozenset[tuple[str, str]]:
        """``(slug, lang)`` of each story taken down in a language: withdrawn
        (``podium withdraw``, also ``--lang``) or hidden (consent ended, the
        author left under "unpublish"). A page in that language shows none of
        its other languages either: consent taken back for Dutch readers was
        still a Dutch vacancy's "meet the team", through the English version."""
        hidden = with_translations(self.context.get("hidden_articles", []))
        down = {(story.slug, story.lang) for story in hidden}
        down |= {(w.slug, lang) for w in self.context[pipeline.SITE].withdrawn for lang in w.langs}
        return frozenset(down)

    def _plan_tombstones(self) -> None:
        ps = self.ps
        entries: dict[str, dict[str, Any]] = {}
        hidden = with_translations(self.context.get("hidden_articles", []))
        aliases = self._aliases_by_slug()
        for story in hidden:
            # Its old slugs were shared too: they answer as its own URL does.
            for slug in (story.slug, *sorted(aliases[story.slug])):
                entry = entries.setdefault(slug, {"langs": set(), "themes": set()})
                entry["langs"].add(story.lang)
                # As tagged, automatic themes too: the themes `podium withdraw`
                # records for the same story's tombstone.
                tags = getattr(story, "theme_tags", None)
                entry["themes"].update(
                    [t.slug for t in tags] if tags is not None else story.podium.themes
                )
        published_slugs = {s.slug for s in self.stories}
        for (slug, lang), owner in self._path_aliases().items():
            # A story taken down in every language: its old address written
            # as a path answers as its own URL does.
            if owner.slug not in published_slugs and any(h.slug == owner.slug for h in hidden):
                entry = entries.setdefault(slug, {"langs": set(), "themes": set()})
                entry["langs"].add(lang)
                entry["themes"].update(
                    t for h in hidden if h.slug == owner.slug for t in h.podium.themes
                )
        for w in self.context[pipeline.SITE].withdrawn:
            entry = entries.setdefault(w.slug, {"langs": set(), "themes": set()})
            entry["langs"].update(w.langs)
            entry["themes"].update(w.themes)
        published_urls = {s.url for s in self.stories}
        for slug, entry in sorted(entries.items()):
            urls = {lang: ps.story_url(slug, lang) for lang in entry["langs"]}
            # A language whose URL a story answers again (the slug reused, or a
            # new consent) has no tombstone: that page is another story, not
            # this one in another language, so it is no alternate of it.
            urls = {lang: url for lang, url in urls.items() if url not in published_urls}
            for lang in urls:
                meta = self.meta(
                    lang, urls, translate("gone_title", lang), noindex=True, in_sitemap=False
                )
                self.plan("tombstone", meta, former_themes=sorted(entry["themes"]))
                # Kept in the lastmod record as gone: back with a new consent, the
                # story was a page first seen, dated its publication day, months
                # before the day it answered again; now that day.
                self.freshness.lastmod(urls[lang], "tombstone", ps.today)

    def _plan_404(self) -> None:
        # The same not-found page in every language: they are each other's alternates.
        urls = {lang: f"{self.ps.lang_prefix(lang)}404.html" for lang in self.ps.languages}
        for lang in self.ps.languages:
            meta = self.meta(
                lang, urls, translate("not_found_title", lang), noindex=True, in_sitemap=False
            )
            # 404.html sits beside index.html: servers look for /404.html.
            self.planned.append(Planned(f"{self.ps.lang_prefix(lang)}404.html", "404", meta, {}))

    def _plan_search(self) -> None:
        """A search page per language, when the index step (podium_index) runs."""
        if not pipeline.enabled(self.settings, "podium_index"):
            return
        self.context[pipeline.SEARCH] = True
        urls = {lang: self.ps.section_url("search", lang) for lang in self.ps.languages}
        for lang in self.ps.languages:
            # Results pages are for people, not for search engines.
            meta = self.meta(
                lang,
                urls,
                translate("search", lang),
                description=translate("search_intro", lang),
                noindex=True,
                in_sitemap=False,
            )
            self.plan("search", meta, bundle=f"{pipeline.SEARCH_BUNDLE_DIR}/")

    # -- output ---------------------------------------------------------
    def generate_output(self, writer) -> None:
        site_url = self.ps.site_url
        for planned in self.planned:
            if target := planned.extra.get("target"):
                # The card step gives a story's page its card after this plans.
                planned.meta.image, planned.meta.image_alt = target.image, target.image_alt
            person = planned.extra.get("person")
            portrait = getattr(person, "portrait", None)
            # The portrait is known only now (the images step runs after this
            # one plans), and goes in only with consent to show it beyond the page.
            if (
                portrait
                and planned.meta.jsonld
                and all(s.podium.consent.social for s in person.stories)
            ):
                # The widest variant: Google asks an image of at least 50,000
                # pixels, and the page's own (portrait.src, 192 x 192) has 36,864.
                widest = max(portrait.jpeg, key=lambda variant: variant[1])[0]
                planned.meta.jsonld["mainEntity"]["image"] = absolute(site_url, widest)
            writer.write_file(
                planned.save_as,
                self.get_template(planned.template),
                self.context,
                url=planned.meta.url,
                lang=planned.meta.lang,
                meta=planned.meta,
                **planned.extra,
            )
        self._write_feeds(writer)
        write_vacancies_json(self)
        self._hub_lastmods()
        if self.ps.ping.indexnow_key:
            # IndexNow checks that the key is published at the site's root.
            key = self.ps.ping.indexnow_key
            write_text(Path(self.output_path, f"{key}.txt"), key)
        preview = not self.ps.link_root  # its addresses are publishconf.py's
        for name, text in sitemaps(self.context.get(PAGES_KEY, []), site_url, preview).items():
            write_text(Path(self.output_path, name), text)
        write_text(Path(self.output_path, "robots.txt"), robots(site_url))
        if not self.env.globals.get("podium_favicon") and not self.ps.brand.logo:
            # The icon base.html links when the hub has no logo nor favicon of its own.
            icon = favicon(self.ps.brand.color, self.ps.brand.accent)
            write_text(Path(self.output_path, "favicon.svg"), icon)
        self._write_redirects_file()

    def _write_redirects_file(self) -> None:
        """The host's ``_redirects`` (PODIUM_REDIRECTS_FILE), beside the pages.

        A redirect page and a tombstone answer 200 on a static host, where a
        search engine keeps the old URL as a page of its own (a soft 404) and
        takes long to move its ranking on. The pages stay (any host shows them;
        a host that reads no such file publishes it as one more file), and the
        two hosts that read ``_redirects`` get their rules, as Hugo writes one
        for Netlify. They disagree, so the setting names the host: Netlify
        serves a file over a rule unless the rule is forced (``301!``), which
        Cloudflare Pages refuses as an invalid line; only Netlify answers a
        status that is no redirect (410 with the tombstone page, 404 with each
        language's own not-found page, which Cloudflare finds by itself).
        """
        host = self.ps.redirects_file
        if host is None:
            return
        netlify = host == "netlify"
        force = "!" if netlify else ""
        # A hub under a path (SITEURL "https://acme.nl/careers") is the host's root
        # behind the company site's proxy: the host matches the path it is given,
        # but the browser is sent on from the company's address, so a 301 to
        # "/stories/x/" left the hub (acme.nl/stories/x/, not found) where its
        # redirect page goes to /careers/stories/x/.
        under = urlsplit(self.ps.site_url).path.rstrip("/") if self.ps.site_url else ""
        rules = []
        for planned in self.planned:
            source = "/" + planned.save_as.removesuffix("index.html")
            if planned.template == "redirect":
                target = f"{under}/{planned.extra['target'].url}"
                rules.append((source, target, f"301{force}"))
            elif planned.template == "tombstone" and netlify:
                rules.append((source, "/" + planned.save_as, f"410{force}"))
        if netlify:  # unforced: only where no file answers
            rules += [
                (f"/{prefix}*", f"/{prefix}404.html", "404")
                for prefix in map(self.ps.lang_prefix, self.ps.languages)
                if prefix
            ]
        lines = [
            f"# {host}: written by Podium on every build (PODIUM_REDIRECTS_FILE); do not edit",
            *(" ".join(rule) for rule in rules if not any(c.isspace() for c in "".join(rule))),
        ]
        write_text(Path(self.output_path, "_redirects"), "\n".join(lines) + "\n")
        count = len(lines) - 1
        if not netlify and count > CLOUDFLARE_MAX_REDIRECTS:
            # Cloudflare Pages reads 2,000 static rules of a project's _redirects and
            # no more (Netlify has no such limit): the rest answered 200 with their
            # redirect pages, without a word. Every rule stays in the file, in the
            # order of the pages, so the same ones are left out each build.
            source = self.ps.settings_file
            log.warning(Issue(source, podium_settings.setting_line(source, "PODIUM_REDIRECTS_FILE"),
                f'setting PODIUM_REDIRECTS_FILE "cloudflare": _redirects has {count:,} redirects, '
                f"more than the {CLOUDFLARE_MAX_REDIRECTS:,} Cloudflare Pages reads; the other "
                f"{count - CLOUDFLARE_MAX_REDIRECTS:,} old addresses answer with their redirect "
                "pages (status 200) only: drop old slugs from the stories' aliases, or "
                "redirect them in Cloudflare's Bulk Redirects", "warning").format())  # fmt: skip

    def _hub_lastmods(self) -> None:
        """lastmod of listing-like pages: the day their written HTML last changed.

        They show other pages (stories, vacancies, people), so their own
        content is exactly what was written; a first sighting takes the
        newest content date of the site, or the page's own dateModified
        where its structured data has one (a people page: its person's
        newest story), so the sitemap never claims a change the page's
        ProfilePage denies.
        """
        pages = self.context.get(PAGES_KEY, [])
        dated = [p.lastmod for p in pages if p.lastmod]
        newest = max(dated) if dated else self.ps.today.isoformat()
        # What each page showed, hashed as it was written (written.record): the
        # pages are not read back from the output.
        record = self.settings.get(pipeline.WRITTEN_PAGES) or {}
        for page in pages:
            if not written.dated_by_content(page):
                continue
            rel = page.url if page.url.endswith(".html") else f"{page.url}index.html"
            kept = record.get(rel)
            if kept is None or kept.shown is None:
                continue  # not written by this build (a page of another step)
            first = dt.date.fromisoformat(newest)
            modified = (page.jsonld or {}).get("dateModified")
            if isinstance(modified, str):
                first = dt.datetime.fromisoformat(modified).date()
            shown = kept.shown
            # Recorded before the footer was left out: the same page then too.
            was = kept.digest.hex()
            # The site's newest date dates a listing's first sighting only: as a
            # floor, one vacancy retitled moved every listing, unchanged, and
            # podium ping sent them all. A people page stays at least its
            # ProfilePage's dateModified.
            page.lastmod = self.freshness.lastmod(
                page.url, shown, first, also_same=was, floor=isinstance(modified, str)
            )
        if self.ps.previous_output:  # podium build: once it is published
            self.settings.setdefault(pipeline.ON_PUBLISHED, []).append(self.freshness.save)
        else:
            self.freshness.save()

    def add_feed(
        self, lang: str, atom: str, json_path: str, title: str, stories: list, home: str = ""
    ) -> None:
        """Queue an Atom feed and a JSON Feed of ``stories`` for output; ``home``
        is the page they are the feeds of (default: the folder they are in)."""
        self.feeds.append((lang, atom, json_path, title, stories, home))

    def _write_feeds(self, writer) -> None:
        site_url = self.ps.site_url
        out = Path(self.output_path)
        cache = _AtomCache(build_cache(self.settings))
        written: list[str] = []
        encoded = _ItemMemo()
        whole = whole_items(self.ps)
        for lang, atom, json_path, title, stories, page in self.feeds:
            page = page or (json_path.rsplit("/", 1)[0] + "/" if "/" in json_path else "")
            home = absolute(site_url, page)
            feed = writer.write_feed(stories, self.context, url=atom, feed_title=title)
            feed.__class__ = AtomFeed  # Pelican's Atom1Feed, plus the card (feeds.py)
            self._date_feed(feed, atom, stories)
            self._name_feed(feed, atom, home, title, lang)
            self._fill_entries(feed, stories)
            atom_target = out / atom
            atom_target.parent.mkdir(parents=True, exist_ok=True)
            written.append(cache.write(feed, atom_target, stories))
            items = [
                encoded(s, whole is None or n < whole, site_url) for n, s in enumerate(stories)
            ]
            text = json_feed(title, home, absolute(site_url, json_path), lang, items)
            target = out / json_path
            target.parent.mkdir(parents=True, exist_ok=True)
            write_text(target, text)
        cache.prune(written)

    def _date_feed(self, feed: AtomFeed, atom: str, stories: list) -> None:
        """The Atom feed's <updated>, kept by the freshness record, not the clock."""
        if not feed.items and not self.context.get("articles"):
            # A hub with no story yet: feedgenerator's <updated> is the build's
            # wall-clock time, so every build rewrote every feed. The day the
            # record first saw the feed empty, in the hub's zone, stays.
            day = dt.date.fromisoformat(
                self.freshness.lastmod(f"{atom}#empty", "empty", self.ps.today, floor=False)
            )
            moment = aware(day, self.ps.timezone)
            feed.latest_post_date = lambda moment=moment: moment
        elif feed.items:
            # Its newest entry's moment, or the day its entries last changed
            # (RFC 4287: the last significant change), whichever is later: the
            # newest story taken down sent <updated> back to the one before,
            # and a reader skipping a feed not updated since its last visit
            # missed what followed. First seen, the newest entry's day.
            shown = stories[: len(feed.items)]  # FEED_MAX_ITEMS cuts the list
            ids = sorted(getattr(s, "feed_id", s.url) for s in shown)
            newest = max(s.date for s in shown).date()
            day = self.freshness.lastmod(f"{atom}#entries", ids, newest, floor=False)
            changed = aware(dt.date.fromisoformat(day), self.ps.timezone)
            latest = feed.latest_post_date
            feed.latest_post_date = lambda latest=latest, changed=changed: max(latest(), changed)

    def _name_feed(self, feed: AtomFeed, atom: str, home: str, title: str, lang: str) -> None:
        """What the Atom feed says of itself, where Pelican's is wrong or missing."""
        site_url = self.ps.site_url
        # Pelican gives every feed the site's root as its <id> and alternate
        # link, so the site's feeds in each language and every theme's feed
        # had one id (RFC 4287: a feed's id is its own, permanent). Its own
        # URL is; and a theme feed's page is the theme page.
        feed.feed["id"] = absolute(site_url, atom)
        feed.feed["link"] = home
        # Pelican joins its own to SITEURL and FEED_DOMAIN, a preview's "":
        # a feed names the published hub, as the pages' canonical links do.
        feed.feed["feed_url"] = absolute(site_url, atom)
        # Pelican puts SITENAME before it ("Werken bij X - X – Verhalen"):
        # the name a reader lists the subscription under, as the JSON Feed's.
        feed.feed["title"] = title
        # <feed xml:lang="en">: Pelican gives none, and a reader then
        # guesses the language (hyphenation, voice) from the words.
        feed.feed["language"] = lang
        # RFC 4287 4.1.1: a feed names an author unless each entry does;
        # a feed with no entry yet (a theme with no English story) had
        # none. The hub's is the company; an entry's author comes first.
        feed.feed["author_name"] = self.ps.brand.name

    def _fill_entries(self, feed: AtomFeed, stories: list) -> None:
        """Each Atom entry as the story's page and JSON Feed item say it."""
        site_url = self.ps.site_url
        # Pelican wrote the items in the order it was given them.
        for entry, story in zip(feed.items, stories, strict=False):
            entry["author_name"] = author_name(story)
            # Pelican's entry id is a tag: URI with the story's date in it, so
            # correcting a wrong `date:` made every reader show the story as
            # new again. The URL is as permanent as the story (shared links
            # never die; a renamed story's first one, _plan_feed_ids), and it
            # is the JSON Feed's id too.
            entry["unique_id"] = absolute(site_url, getattr(story, "feed_id", story.url))
            entry["link"] = absolute(site_url, story.url)
            # A title is text: Pelican's striptags() also unescapes it, so
            # "R&amp;D", written so, was "R&D" in the feed (pages show it as
            # written, the JSON Feed too).
            entry["title"] = story.title
            entry["content"] = feed_content(story, site_url)
            if getattr(story, "card_url", None):
                entry["podium_image"] = absolute(site_url, story.card_url)
            # Pelican's only category is the story's folder ("interviews"):
            # a reader filtering the site's feed by theme had nothing to go
            # on, while the page (article:tag) and the JSON Feed
            # (_podium.themes) name them. Each theme, by its name in the
            # feed's language, as the page's article:tag does.
            entry["categories"] = [
                *(entry.get("categories") or []),
                *(t.name for t in getattr(story, "theme_links", [])),
            ]


class _ItemMemo:
    """Each story's JSON Feed item, encoded once per build and kind (whole or
    summary): a story is in its language's feed and in each of its themes'."""

    def __init__(self) -> None:
        # By the story's id: the stories outlive the memo (the build's context).
        self._items: dict[tuple[int, bool], str] = {}

    def __call__(self, story: Any, whole: bool, site_url: str) -> str:
        key = (id(story), whole)
        if key not in self._items:
            self._items[key] = encode_item(story_item(story, site_url, whole=whole))
        return self._items[key]


class _AtomCache:
    """Atom feeds as written, kept in ``.podium-cache/feeds/`` under a hash of
    everything the XML writer reads: the feed's fields and entries (titles,
    HTML, dates, links, categories, the card), its <updated>, and the code that
    writes them (feeds.py, its imports and feedgenerator's version). A feed
    whose hash was written before is hard-linked into the output (as cards are):
    feedgenerator's pure-Python XML writer took about 6% of a warm build for
    feeds that had not changed. Any change to what a feed shows changes its
    hash, and the feed is written again."""

    FOLDER = "feeds"
    # A feed holds its stories' whole text; one larger is written again each build.
    MAX_BYTES = 64 * 1024 * 1024

    def __init__(self, root: Path) -> None:
        self.folder = root / self.FOLDER
        self.code = code_fingerprint(Path(__file__).with_name("feeds.py"), root / CODE_MEMO)
        # id(story) -> (its entry, the entry's digest): a story is in its
        # language's feed and in each of its themes', with the same entry; it
        # was digested again in each (38,000 hash updates per 400 stories).
        self._entries: dict[int, tuple[dict, bytes]] = {}

    def key(self, feed: AtomFeed, stories: list) -> str:
        """The hash of ``feed``, whose entries are ``stories``' (in order)."""
        h = hashlib.sha256(f"{self.code}\0{type(feed).__qualname__}".encode())
        state = {k: v for k, v in vars(feed).items() if not callable(v) and k != "items"}
        _digest(h, (sorted(state.items()), feed.latest_post_date()))
        h.update(f"\0items[{len(feed.items)}".encode())
        for n, entry in enumerate(feed.items):
            h.update(self._entry(entry, stories[n] if n < len(stories) else None))
        return h.hexdigest()

    def _entry(self, entry: dict, story: Any) -> bytes:
        """The digest of ``story``'s ``entry``, worked out once per build: reused
        only for an entry equal to the one digested, value for value and of
        the same types (a Markup title is escaped unlike a str one)."""
        kept = None if story is None else self._entries.get(id(story))
        if (
            kept is not None
            and kept[0] == entry
            and all(type(v) is type(kept[0][k]) for k, v in entry.items())
        ):
            return kept[1]
        h = hashlib.sha256()
        _digest(h, entry)
        if story is not None:
            self._entries[id(story)] = (dict(entry), h.digest())
        return h.digest()

    def write(self, feed: AtomFeed, target: Path, stories: list) -> str:
        """Put ``feed`` (of ``stories``) at ``target``; its cache file's name."""
        name = f"{self.key(feed, stories)}.xml"
        cached = self.folder / name
        with naming(target):
            if not self._kept(cached):
                text = feed.writeString("utf-8")
                try:
                    real_subfolder(self.folder)
                    write_sealed(cached, text, mode=0o644)
                except OSError:  # a cache that cannot be written only costs time
                    write_text(target, text)
                    return name
            publish(cached, target)
        return name

    def _kept(self, cached: Path) -> bool:
        """A feed in the cache that may be published as it is (``plain_atom``): the
        cache is restored in CI, and its names are hashes of public inputs."""
        if not regular_file(cached):
            return False
        try:
            data = read_bounded(cached, self.MAX_BYTES)
        except (OSError, Refused):
            return False
        return len(data) <= self.MAX_BYTES and plain_atom(data) and sealed(cached, data)

    def prune(self, keep: list[str]) -> None:
        """Remove the feeds this build did not write: the cache holds no more than the site."""
        wanted = set(keep)
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.folder):
                if not kept_or_its_mac(entry.name, wanted):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)


def _digest(h, value: Any) -> None:
    """Feed ``value`` (a feed's fields and entries) into the hash ``h``: texts by
    their type and bytes (a Markup title is escaped unlike a str one), with their
    lengths; containers item by item; anything else (dates) by its repr. One
    repr of the whole took most of the time the cache saved."""
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        h.update(f"\0{type(value).__qualname__}:{len(data)}:".encode())
        h.update(data)
    elif isinstance(value, dict):
        h.update(f"\0{type(value).__qualname__}{{{len(value)}".encode())
        for k, v in value.items():
            _digest(h, k)
            _digest(h, v)
    elif isinstance(value, (list, tuple)):
        h.update(f"\0{type(value).__qualname__}[{len(value)}".encode())
        for v in value:
            _digest(h, v)
    else:
        h.update(f"\0{repr(value)}".encode("utf-8", "surrogatepass"))


def _elsewhere(lang: str, mine: list, lists: dict[str, tuple[str, list]]) -> list:
    """Where a list with no story in ``lang`` has some in another language:
    (language, that list's URL, how many), for the page to link them
    ("Nederlands: 3 verhalen") rather than say "No stories yet." alone."""
    if mine:
        return []
    return [
        (other, url, len(found)) for other, (url, found) in lists.items() if other != lang and found
    ]
