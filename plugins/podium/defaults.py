"""The Pelican settings that make a Podium hub, applied as defaults.

``pelicanconf.py`` stays short: Podium owns the URL scheme of the contract
and switches off Pelican's blog pages (tags, categories, archives) that a
careers hub does not have. A value the user set explicitly wins.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from pelican.paginator import PaginationRule
from pelican.settings import DEFAULT_CONFIG

from .settings import DATE_FORMAT

PELICAN_DEFAULTS = {
    "ARTICLE_PATHS": ["interviews", "columns"],
    "ARTICLE_EXCLUDES": [],
    "PAGE_PATHS": [],
    # Only the brand folder is copied as is; photos are re-encoded (no EXIF/GPS).
    "STATIC_PATHS": ["brand"],
    # Pelican's "**/.*" is matched against a file's base name, which has no "/",
    # so it ignores no dot file: brand/.htaccess (host configuration), .gitkeep
    # and .DS_Store were published. ".*" ignores them, and dot folders.
    "IGNORE_FILES": ["**/.*", ".*"],
    "ARTICLE_URL": "stories/{slug}/",
    "ARTICLE_SAVE_AS": "stories/{slug}/index.html",
    "ARTICLE_LANG_URL": "{lang}/stories/{slug}/",
    "ARTICLE_LANG_SAVE_AS": "{lang}/stories/{slug}/index.html",
    "DRAFT_SAVE_AS": "",
    "DRAFT_LANG_SAVE_AS": "",
    "DRAFT_PAGE_SAVE_AS": "",
    "DRAFT_PAGE_LANG_SAVE_AS": "",
    # Podium writes its own per-language listings (render/hub.py); Pelican's
    # would mix languages and its tag2.html pattern collides with tag "tag2".
    "DIRECT_TEMPLATES": [],
    "AUTHOR_SAVE_AS": "",
    "AUTHORS_SAVE_AS": "",
    "CATEGORY_SAVE_AS": "",
    "CATEGORIES_SAVE_AS": "",
    "TAG_SAVE_AS": "",
    "TAGS_SAVE_AS": "",
    "ARCHIVES_SAVE_AS": "",
    "YEAR_ARCHIVE_SAVE_AS": "",
    "MONTH_ARCHIVE_SAVE_AS": "",
    "DAY_ARCHIVE_SAVE_AS": "",
    "FEED_ALL_ATOM": None,
    "FEED_ALL_RSS": None,
    "CATEGORY_FEED_ATOM": None,
    "CATEGORY_FEED_RSS": None,
    "TRANSLATION_FEED_ATOM": None,
    "TRANSLATION_FEED_RSS": None,
    "AUTHOR_FEED_ATOM": None,
    "AUTHOR_FEED_RSS": None,
    "TAG_FEED_ATOM": None,
    "TAG_FEED_RSS": None,
    "FEED_MAX_ITEMS": 50,
    # Podium decides what is scheduled against its own clock (PODIUM_TODAY).
    "WITH_FUTURE_DATES": True,
    "USE_FOLDER_AS_CATEGORY": False,
    "DEFAULT_CATEGORY": "stories",
    "SUMMARY_MAX_LENGTH": None,
    "THEME_STATIC_DIR": "theme",
    "THEME_STATIC_PATHS": ["static"],
    "PAGINATION_PATTERNS": [
        PaginationRule(1, "{url}", "{save_as}"),
        PaginationRule(2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
    ],
    "TIMEZONE": "Europe/Amsterdam",
    # Not DEFAULT_LANG: Pelican's default is "en", so a site that sets "en" could
    # not be told from one that sets nothing, and "nl" put over it made Pelican's
    # story URLs Dutch-rooted while the hub's pages (read earlier, by the kernel)
    # were English-rooted. Pelican's value is the one both read.
    "DEFAULT_DATE_FORMAT": DATE_FORMAT,
    "CACHE_CONTENT": False,
    "SLUGIFY_SOURCE": "basename",
}


# `podium serve --drafts`: drafts and scheduled stories get their future URL,
# so a preview link is the link the story will have. Only ever set for a
# preview build, which goes to its own folder.
PREVIEW = {
    "DRAFT_URL": "stories/{slug}/",
    "DRAFT_SAVE_AS": "stories/{slug}/index.html",
    "DRAFT_LANG_URL": "{lang}/stories/{slug}/",
    "DRAFT_LANG_SAVE_AS": "{lang}/stories/{slug}/index.html",
}


# Set by podium_cli.build.load_settings, which knows what the settings file
# assigns: the defaults are in place, and a value the user chose stays even
# when it is Pelican's own default (DEFAULT_LANG = "en", TIMEZONE = "UTC").
APPLIED = "PODIUM_DEFAULTS_APPLIED"


# The contract's content folder (§1), where Pelican's default PATH is the folder
# it runs in: a settings file written from scratch without PATH (the README's
# "Starting a hub" never names it) read the whole project as content, and built
# a hub of no story. Not put in by :func:`apply`: Pelican has read PATH by then,
# and a plain `pelican content` names the folder itself.
FOLDERS = {"PATH": "content"}


def unassigned(assigned) -> dict:
    """The Podium defaults of the settings the user's file does not assign, each
    a copy: Pelican appends to the lists it is given (PAGE_PATHS into
    ARTICLE_EXCLUDES), and the shared default list kept "pages" for every
    settings read after in the same process (a test run, `podium serve`)."""
    every = {**FOLDERS, **PELICAN_DEFAULTS}
    return {key: copy.deepcopy(value) for key, value in every.items() if key not in assigned}


def changed(settings: Mapping[str, Any]) -> dict:
    """What a plain `pelican` run's settings set otherwise than Pelican's defaults:
    the best guess at what the file assigned, Podium's own defaults (:func:`apply`)
    left out (``podium build`` knows it, and sets APPLIED)."""
    if settings.get(APPLIED):
        return {}
    # Podium's own defaults, put in by :func:`apply` before the render step asks.
    return {
        k: v
        for k, v in settings.items()
        if (k not in DEFAULT_CONFIG or v != DEFAULT_CONFIG[k])
        and (k not in PELICAN_DEFAULTS or v != PELICAN_DEFAULTS[k])
    }


def apply(settings: dict) -> None:
    """Set each Podium default where the user kept Pelican's own default (when
    Pelican read the settings itself and nobody knows what the file assigned)."""
    if not settings.get(APPLIED):
        for key, value in PELICAN_DEFAULTS.items():
            if key not in settings or settings[key] == DEFAULT_CONFIG.get(key):
                settings[key] = copy.deepcopy(value)  # a copy: see unassigned
    if settings.get("PODIUM_PREVIEW"):
        settings.update(PREVIEW)
