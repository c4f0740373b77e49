"""Helpers for Pelican's article lists, shared by the pipeline steps."""

from __future__ import annotations


def with_translations(articles) -> list:
    """Pelican lists one version per story and hangs the others on
    ``.translations``; every step that works per page needs all of them.

    Each once: a story with no version in the default language (English and
    German on a Dutch hub) is listed by Pelican once per version, each with
    the others as its translations.
    """
    out, seen = [], set()
    for article in articles:
        for version in (article, *article.translations):
            if id(version) not in seen:
                seen.add(id(version))
                out.append(version)
    return out


def newest_first(stories) -> list:
    """Stories newest first; those of the same moment by slug (``anna`` before
    ``ben``), then language code.

    The one order of every list of stories (home page, listings, feeds, theme
    and people pages): each used to break ties its own way, so two stories of
    one day swapped places between a listing and a theme page. Two stable
    sorts, since the date runs down and the tie-break up.
    """
    ordered = sorted(stories, key=lambda s: (s.slug, s.lang))
    ordered.sort(key=lambda s: s.date, reverse=True)
    return ordered


def page_count(items: int, per_page: int) -> int:
    """How many pages a list of ``items`` items makes, ``per_page`` a page: one
    for none, as every listing URL answers. The render step pages its lists by
    it (podium_render.paginate), and the validate step counts a theme's pages
    by it to warn of a link past the last one (podium_validate.site)."""
    return max(1, -(-items // per_page))
