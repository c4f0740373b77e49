"""What the <head> of every page needs: language, canonical, alternates."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from podium.fields import aware
from podium.i18n import translate

if TYPE_CHECKING:
    from podium.settings import PodiumSettings


@dataclass
class PageMeta:
    lang: str
    url: str  # site-relative, no leading slash; '' is the front page
    title: str
    description: str = ""
    alternates: dict[str, str] = field(default_factory=dict)  # lang -> url, self included
    x_default: str | None = None
    og_type: str = "website"
    image: str | None = None  # site-relative URL of the social card
    image_alt: str = ""
    noindex: bool = False
    # The moment the page goes (a story's consent ends: ``Story.gone_from``), as
    # ISO 8601 with its offset: robots "unavailable_after", so a search result
    # does not go on showing a name for weeks after the build took it down.
    unavailable_after: str | None = None
    in_sitemap: bool = True
    # Whether search indexes the page: a story, an open vacancy (the pages whose
    # templates mark their text data-pagefind-body). The index step takes it from
    # the render step's record of the pages (pipeline.WRITTEN_PAGES).
    searchable: bool = False
    lastmod: str | None = None  # YYYY-MM-DD
    # lang -> where the switch goes when the page has no translation there: the
    # front page, or for a page of a list that language has fewer pages of, page 1.
    homes: dict[str, str] = field(default_factory=dict)
    # lang -> the name, in that language, of the page ``homes`` gives when it is
    # not the front page ("All stories", a theme's name): the switch says where
    # it goes, and "English: Home" on a link to the English story list is wrong.
    home_names: dict[str, str] = field(default_factory=dict)
    jsonld: dict | None = None  # structured data, rendered by the template
    card: tuple | None = None  # what the social card shows: ("theme", slug); None: hub card
    # The trail from the front page to this page, (name, site-relative URL)
    # each, this page last: base.html shows it above the page's title and
    # gives it as BreadcrumbList, one list for both (``trail``). Empty: none.
    breadcrumbs: list[tuple[str, str]] = field(default_factory=list)

    def breadcrumb_list(self, site_url: str) -> dict[str, Any]:
        """schema.org BreadcrumbList of ``breadcrumbs``, item for item as the
        page shows them, with absolute URLs; the last, this page, has no
        ``item`` (Google takes the page's own URL for it)."""
        last = len(self.breadcrumbs)
        return {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": n,
                    "name": name,
                    **({"item": absolute(site_url, url)} if n < last else {}),
                }
                for n, (name, url) in enumerate(self.breadcrumbs, 1)
            ],
        }

    def switch(self, languages: tuple[str, ...]) -> list[tuple[str, str, bool, str, str]]:
        """(lang, url, is_translation, label, to) for each other language:
        ``label`` the language's name as the page's language has it
        (strings.yml: each by its own name), ``to`` where a link that is no
        translation goes, in that language ("" for a translation).

        Where the page has no translation, the switch goes to that
        language's front page ("Home") or to the first page of the same
        list (its title there) rather than to a dead link. The words are
        the same on every page of a language (``switch_words``), not asked
        of the template's ``_()`` again on each.
        """
        out = []
        for lang in languages:
            if lang == self.lang:
                continue
            label, home = switch_words(self.lang, lang)
            if lang in self.alternates:
                out.append((lang, self.alternates[lang], True, label, ""))
            else:
                to = self.home_names.get(lang) or home
                out.append((lang, self.homes.get(lang, ""), False, label, to))
        return out


@functools.cache
def switch_words(page_lang: str, lang: str) -> tuple[str, str]:
    """The language switch's name of ``lang`` on a page in ``page_lang``, and
    "Home" in ``lang``: worked out once per process and pair of languages."""
    return translate(f"language_name_{lang}", page_lang), translate("home", lang)


def x_default(urls: dict[str, str], default_lang: str, languages: tuple[str, ...]) -> str:
    """The page of a set of translations (``urls``, language -> URL) that
    hreflang="x-default" names: the default language's, else the first of the
    hub's languages that has one. Every page of the set gives the same answer
    (a page naming itself made as many answers as a story without a version in
    the default language has translations, and search engines drop such a set)."""
    return next(urls[lang] for lang in (default_lang, *languages) if lang in urls)


def trail(
    ps: PodiumSettings, lang: str, section: str, title: str, url: str
) -> list[tuple[str, str]]:
    """The breadcrumbs of a page in a section (stories, themes, vacancies,
    people) in ``lang``: the front page, the section's list (named as the menu
    names it, at the URL ``ps``, the PodiumSettings, gives it), the page itself."""
    return [
        (translate("home", lang), ps.lang_prefix(lang)),
        (translate(section, lang), ps.section_url(section, lang)),
        (title, url),
    ]


def absolute(site_url: str, url: str) -> str:
    """Join SITEURL and a site-relative URL; root-relative when SITEURL is ''."""
    return f"{site_url.rstrip('/')}/{url.lstrip('/')}"


def modified_at(story: Any, tz: str) -> dt.datetime:
    """dateModified: ``updated`` when given (and come), else the last content
    change, if later than the story's date; a day is its midnight in the site's
    zone (``tz``), so it is written with an offset like datePublished."""
    updated = story.updated_shown
    if updated is None and getattr(story, "lastmod", None):
        updated = dt.date.fromisoformat(story.lastmod)
    if updated is None or updated <= story.date.date():
        return story.date
    return aware(updated, tz)


def unavailable_after(day: dt.date | None, tz: str) -> str | None:
    """Robots "unavailable_after" for a page gone from ``day`` on: its first
    moment in the hub's zone, which Google reads in ISO 8601
    (https://developers.google.com/search/docs/crawling-indexing/robots-meta-tag)."""
    return None if day is None else aware(day, tz).isoformat()
