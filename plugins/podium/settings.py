"""Podium's settings: read once from Pelican's settings, validated, typed.

Users write plain Pelican settings in ``pelicanconf.py`` (``PODIUM_BRAND``,
``PODIUM_ALUMNI_POLICY``, ...). ``PodiumSettings.from_pelican`` turns them
into one frozen object with defaults, and every plugin reads that object
instead of poking at the settings dict. A wrong setting is a one-line error
naming the setting and what would be valid, like bad content.
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import difflib
import fnmatch
import functools
import importlib.util
import os
import re
import string
import sys
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from . import checked, colors, i18n, paths
from .chars import bad_character
from .errors import ContentError, Issue, did_you_mean, one_of
from .fields import YEARS, date_guess, year_in_range
from .markup import same_host, unopenable, web_address
from .slugs import is_slug, slugify

ALUMNI_POLICIES = ("keep", "anonymize", "unpublish")
# podium.css's --paper, --ink and --surface (the lightest background a link is on).
PAPER, INK, SURFACE = "#ffffff", "#16201c", "#f4f7f5"
# Story kinds come from the folder a story lives in (contract §1).
STORY_KINDS = {"interviews": "interview", "columns": "column"}
SETTINGS_KEY = "PODIUM_SETTINGS"  # where the typed object is cached
# YouTube's privacy-enhanced player sets no cookies until the video plays.
DEFAULT_IFRAME_HOSTS = ("www.youtube-nocookie.com",)
# What a bare host name in a setting never holds: a scheme, port, path or wildcard.
_HOST_PUNCT = re.compile(r"[/:@*?#\[\]\s]")
_NUMBERED = re.compile(r"\.(?:[0-9]+|0[xX][0-9a-fA-F]*)\.?$")


@dataclass(frozen=True)
class Brand:
    name: str = "Podium"
    logo: str | None = None  # path relative to the theme's static folder or content/
    color: str = "#0b5d4b"  # primary: header, buttons, links
    accent: str = "#f2b134"  # highlights and quote marks
    tagline: dict[str, str] = field(default_factory=dict)  # per language
    # The company's own pages (home page, LinkedIn, ...): JobPosting's
    # hiringOrganization.sameAs. Empty: the hub's home page stands in.
    same_as: tuple[str, ...] = ()
    # "color" as the settings file writes it ("#fff" for "#ffffff"): what its
    # messages quote, so that a search of the file finds it.
    color_written: str | None = field(default=None, compare=False, repr=False)
    # Whether PODIUM_BRAND gives "name" (else SITENAME stands in, "Werken bij Acme").
    name_given: bool = field(default=True, compare=False, repr=False)

    # A colour too pale for white text is only a warning for the build (the
    # brand is the company's to pick), so the theme must stay readable on it:
    # these are what podium.css writes on and with the brand colour.
    @property
    def on_color(self) -> str:
        """Text on the brand colour (hero, buttons): white, or ink where white
        would not reach WCAG AA (a pale yellow), black where neither does."""
        return colors.ink_on(self.color, (PAPER, INK))

    @property
    def text_color(self) -> str:
        """The brand colour as text (links, questions) on the paper and surface
        backgrounds: itself, or darkened just enough to reach WCAG AA."""
        return colors.hex_colour(
            colors.legible(colors.rgb(self.color), colors.rgb(SURFACE), (0, 0, 0), colors.AA_TEXT)
        )


PAY_TRANSPARENCY = ("off", "warn", "error")
# PODIUM_REDIRECTS_FILE: the static hosts whose _redirects and _headers the build writes.
REDIRECTS_FILES = ("netlify", "cloudflare")
# The largest PODIUM_MAX_STORY_BYTES: a story is read whole into memory.
MAX_STORY_BYTES_LIMIT = 1_000_000_000
# The most a count setting (stories per page, featured, ...) may be: more than any hub has.
MAX_COUNT = 1_000_000_000
# Open Graph wants language_TERRITORY; these are the territories a Dutch
# employer's readers most likely mean. PODIUM_OG_LOCALES overrides per language.
DEFAULT_OG_LOCALES = {"nl": "nl_NL", "en": "en_GB", "de": "de_DE", "fr": "fr_FR"}
INDEXNOW_ENDPOINT = "https://api.indexnow.org/indexnow"
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
# The batch endpoint takes up to 100 publish requests in one multipart call.
GOOGLE_BATCH_URL = "https://indexing.googleapis.com/batch"


@dataclass(frozen=True)
class Ping:
    """``podium ping``: where to tell search engines about changed URLs."""

    indexnow_key: str | None = None  # PODIUM_INDEXNOW["key"]; None: IndexNow off
    indexnow_endpoint: str = INDEXNOW_ENDPOINT
    # Google's Indexing API, for vacancy URLs only; None: off.
    google_key_env: str | None = None  # env var holding the service-account JSON key
    google_token_url: str = GOOGLE_TOKEN_URL
    google_batch_url: str = GOOGLE_BATCH_URL
    google_daily_quota: int = 200  # Google's default publish quota per project and day


# Every PODIUM_* setting a user may write (README, "Settings"), including those
# a step parses itself (register_setting): a step left out of PLUGINS leaves
# its setting unregistered, and that must not make the setting "unknown".
PUBLIC_SETTINGS = (
    "PODIUM_ALUMNI_POLICY", "PODIUM_ATTACHMENTS", "PODIUM_BRAND", "PODIUM_CACHE_PATH",
    "PODIUM_CARDS", "PODIUM_CMS", "PODIUM_FEATURED_COUNT", "PODIUM_FEEDS",
    "PODIUM_GOOGLE_INDEXING", "PODIUM_IFRAME_HOSTS", "PODIUM_IMAGE_HOSTS", "PODIUM_INDEXNOW",
    "PODIUM_LANGUAGES", "PODIUM_LASTMOD_FROM_GIT", "PODIUM_LATEST_COUNT",
    "PODIUM_MAX_STORY_BYTES", "PODIUM_OG_LOCALES", "PODIUM_PAY_TRANSPARENCY",
    "PODIUM_PEOPLE_PER_PAGE", "PODIUM_REDIRECTS_FILE",
    "PODIUM_REPORT_RECENT_DAYS", "PODIUM_SEARCH_CHUNK", "PODIUM_TAG_MEANING", "PODIUM_TEAMS",
    "PODIUM_TODAY", "PODIUM_UTM",
)  # fmt: skip
# What the command line and the pipeline put in Pelican's settings themselves.
INTERNAL_SETTINGS = (
    "PODIUM_SETTINGS_FILE", "PODIUM_SETTINGS", "PODIUM_PREVIEW", "PODIUM_LIVERELOAD",
    "PODIUM_CMS_LOCAL", "PODIUM_STATS", "PODIUM_PAGES", "PODIUM_DEFAULTS_APPLIED",
    "PODIUM_PUBLIC_SITEURL", "PODIUM_PREVIOUS_OUTPUT", "PODIUM_RECYCLED", "PODIUM_SERVED_SITEURL",
)  # fmt: skip


# Who sets an internal setting a user might write into the settings file.
_SET_BY = {
    "PODIUM_PREVIEW": "`podium serve --drafts` sets it for the preview",
    "PODIUM_LIVERELOAD": "`podium serve` sets it for the preview",
    "PODIUM_CMS_LOCAL": "`podium serve --cms` sets it for the preview",
    "PODIUM_SERVED_SITEURL": "`podium serve` sets it for the preview",
}


def internal_in_file(assigned: Mapping[str, Any], bad) -> None:
    """A setting the command line sets, written in the settings file itself.

    Accepted without a word, PODIUM_PREVIEW = True in pelicanconf.py made
    `podium build` publish the drafts, and PODIUM_LIVERELOAD = True put the
    preview's reload script (polling /__podium/version) on every public page.
    """
    for name in INTERNAL_SETTINGS:
        if name in assigned:
            who = _SET_BY.get(name, "Podium sets it while it builds")
            bad(name, f"is not for the settings file: {who}; remove it here")


# The commands' own switches: the steps set other internal settings as they build.
_COMMAND_SWITCHES = (
    "PODIUM_PREVIEW", "PODIUM_LIVERELOAD", "PODIUM_CMS_LOCAL", "PODIUM_SERVED_SITEURL",
)  # fmt: skip


def wrong_names(assigned: Mapping[str, Any], bad) -> None:
    """What a plain `pelican` run's file assigned (``assigned``) under a name it
    must not: one of the commands' switches, or a slip of a Pelican setting's."""
    internal_in_file({k: assigned[k] for k in _COMMAND_SWITCHES if k in assigned}, bad)
    misspelt_in_file(assigned, bad)


# Pelican settings with no entry in its DEFAULT_CONFIG, read all the same.
_PELICAN_UNLISTED = ("TIMEZONE",)


def misspelt_in_file(assigned: Mapping[str, Any], bad) -> None:
    """A name the settings file assigns that neither Pelican nor Podium reads, but
    that is one slip from one they do: DEFAULT_LANGUAGE = "nl" left Pelican's
    DEFAULT_LANG "en" (a Dutch hub's stories reported as duplicate English
    slugs), SITE_NAME left the site "A Pelican Blog", both without a word.

    Only near misses: a settings file may keep names of its own (publishconf.py's
    INDEXNOW_KEY), which nothing should refuse. PODIUM_* names have their own check.
    """
    for name in assigned:
        close = _pelican_near(name)
        if close is not None and name not in _PELICAN_RENAMES:
            # The file's own value where it assigns that one too (TIME_ZONE beside
            # TIMEZONE): "keeps its default" was not so.
            kept = "its value in this file" if close in assigned else "its default"
            bad(name, f'is not one Pelican or Podium reads (did you mean "{close}"?); '
                      f"as written it is ignored and {close} keeps {kept}")  # fmt: skip


def in_capitals(names: Collection[str], assigned: Mapping[str, Any], bad) -> None:
    """A setting's name the settings file wrote with small letters in it
    (``PODIUM_languages``, ``Sitename``): Pelican reads only names in capitals,
    so it was ignored without a word, also where it was meant to change the
    value ``assigned`` in capitals above it. Only the names of settings Pelican
    or Podium reads; a file may keep other names of its own."""
    for name in names:
        meant = name.upper()
        if meant in _pelican_names()[0]:
            if meant in assigned:
                fix = f"{meant}, in capitals in this file too, keeps that value: change it there"
            else:
                fix = f"write {meant}"
            bad(name, f"is not read: Pelican reads only names in capitals; {fix}")


# Old names Pelican still reads, moving the value to the new one with a warning of
# its own (pelican.settings.handle_deprecated_settings): PLUGIN_PATH was also
# called "ignored" here, a second line contradicting Pelican's.
_PELICAN_RENAMES = {"PLUGIN_PATH": "PLUGIN_PATHS"}


def _squeeze(name: str) -> str:  # SITE_NAME, TIME_ZONE, DEFAULT_LANGUAGE
    return name.replace("_", "").replace("LANGUAGE", "LANG")


@functools.cache
def _pelican_names() -> tuple[frozenset[str], dict[str, str], list[str]]:
    """The setting names Pelican and Podium read, each squeezed to its name
    (``_squeeze``), and sorted: made once, not again for each unknown name of
    each settings file (a few hundred names each)."""
    from pelican.settings import DEFAULT_CONFIG

    known = frozenset({*DEFAULT_CONFIG, *_PELICAN_UNLISTED, *PUBLIC_SETTINGS})
    return known, {_squeeze(k): k for k in known}, sorted(known)


@functools.lru_cache(maxsize=1024)
def _pelican_near(name: object) -> str | None:
    """The Pelican setting ``name`` is one slip from, if it is not one itself.

    Kept per name: a build parses its settings four times (the command's checks,
    the cache folder twice, Pelican's copy), each time with the same names no
    table lists (ROOT, FEED_DOMAIN), and each was fuzzy-matched against all
    the names again (48 ``get_close_matches`` per build, 0.7% of a warm one)."""
    known, squeezed, in_order = _pelican_names()
    if not isinstance(name, str) or name in known or name.startswith("PODIUM_"):
        return None
    close = squeezed.get(_squeeze(name))
    if close is None:
        # 0.9: PLUGIN, DEFAUL_LANG, RELATIVE_URL; not HEADERS for READERS
        found = difflib.get_close_matches(name, in_order, 1, 0.9)
        close = found[0] if found else None
    return close


def _podium_near(name: object) -> str | None:
    """The Podium setting an unknown PODIUM_* ``name`` is likely a slip of."""
    known = {*PUBLIC_SETTINGS, *INTERNAL_SETTINGS, *_SECTIONS}
    if not isinstance(name, str) or not name.startswith("PODIUM_") or name in known:
        return None
    # Matched without the prefix every name shares, which makes any two look alike.
    stems = {n.removeprefix("PODIUM_"): n for n in PUBLIC_SETTINGS}
    close = difflib.get_close_matches(name.removeprefix("PODIUM_"), list(stems), 1, 0.6)
    return stems[close[0]] if close else None


def _slips(settings: Mapping[str, Any], given: Collection[str] | None = None) -> dict[str, str]:
    """Each misspelt name of ``settings`` to the setting it is one slip from, where
    that setting is not ``given`` (the names the settings file assigns, when known;
    else those with a value): the typed settings read it as meant, so
    PODIUM_LANGAUGES = ["en"] adds no error for every PODIUM_TEAMS name without a
    Dutch one beside its own (the misspelling is an error of its own)."""
    slips = {}
    for name in settings:
        close = _pelican_near(name) or _podium_near(name)
        if close is not None and close not in (settings if given is None else given):
            slips[name] = close
    return slips


# Podium's own DEFAULT_DATE_FORMAT (podium.defaults), Pelican's for dates
# in its own themes: Podium's pages write dates with the longdate filter.
DATE_FORMAT = "%Y-%m-%d"
# Pelican settings the settings file may assign that nothing in Podium reads: each
# is one warning on its line (the hub builds the same), from every command. Pelican
# users set DATE_FORMATS to write dates their way; pelican-quickstart writes LINKS
# and SOCIAL into every new pelicanconf.py, and a site moved over keeps MENUITEMS.
# Unsaid, the company's LinkedIn page given in SOCIAL was nowhere.
_DATES = (
    "is not read by Podium, whose pages write dates in each language's words "
    '("3 maart 2026", "3 March 2026"); to write them otherwise, define the "longdate" '
    'filter in JINJA_FILTERS, like {"longdate": lambda day, lang: day.strftime("%d-%m-%Y")}'
)
_ELSEWHERE = "a link belongs in a story, or in a template of your own through "
_ELSEWHERE += "THEME_TEMPLATES_OVERRIDES"
# setting: (what Podium's theme does instead, what to do).
_THEME_ONLY = {
    "LINKS": ("shows no blogroll", f"remove it ({_ELSEWHERE})"),
    "LINKS_WIDGET_NAME": ("shows no blogroll", "remove it"),
    "SOCIAL": (
        "shows no social links",
        "remove it, and give the company's own profiles in PODIUM_BRAND['same_as'] "
        "(the JobPosting's hiringOrganization names them)",
    ),
    "SOCIAL_WIDGET_NAME": ("shows no social links", "remove it"),
    "MENUITEMS": ("has its own menu", f"remove it ({_ELSEWHERE})"),
    "DISPLAY_PAGES_ON_MENU": ("has its own menu", "remove it"),
    "DISPLAY_CATEGORIES_ON_MENU": ("has its own menu", "remove it"),
    "GITHUB_URL": ("shows no repository ribbon", "remove it"),
    "TWITTER_USERNAME": ("shows no Twitter button", "remove it"),
    "DISQUS_SITENAME": ("has no comments", "remove it"),
    "GOOGLE_ANALYTICS": (
        "loads no analytics script",
        "remove it (one would need a consent banner; a template of your own can add it)",
    ),
}
UNREAD = {
    "DATE_FORMATS": _DATES,
    "DEFAULT_DATE_FORMAT": _DATES,
    # podium_read.body: a story's HTML is sanitised, so its Markdown is fixed.
    "MARKDOWN": "is not read by Podium, which reads every story with one set of Markdown "
    "extensions (extra, sane_lists, toc) and sanitises it; remove it",
    # The check's own example was {"status": "draft"}: accepted, and every story
    # without a status of its own was published all the same.
    "DEFAULT_METADATA": "is not read by Podium: a story takes every field from its own front "
    "matter (a draft says status: draft there); remove it",
    **{
        name: f"is read by Pelican's own themes only, and Podium's theme {instead}; {advice}"
        for name, (instead, advice) in _THEME_ONLY.items()
    },
}


def unread_settings(settings: Mapping[str, Any], warn) -> None:
    """``warn(name, message)`` for each setting of ``UNREAD`` given a value of its
    own: not Pelican's default, nor Podium's (a plain `pelican` run has Pelican's
    defaults in the dict; DISPLAY_PAGES_ON_MENU = True is one of them)."""
    from pelican.settings import DEFAULT_CONFIG

    podium_defaults = {"DEFAULT_DATE_FORMAT": DATE_FORMAT}
    for name, message in UNREAD.items():
        if name not in settings:
            continue
        value = settings[name]
        if name in DEFAULT_CONFIG and value == DEFAULT_CONFIG[name]:
            continue
        if name in podium_defaults and value == podium_defaults[name]:
            continue
        warn(name, message)


def _unknown_settings(settings: Mapping[str, Any], bad) -> None:
    """A PODIUM_* name Podium does not read is a typo: PODIUM_ALUMI_POLICY =
    "unpublish" would otherwise keep former colleagues' stories online, silently."""
    known = {*PUBLIC_SETTINGS, *INTERNAL_SETTINGS, *_SECTIONS}
    for name in settings:
        if isinstance(name, str) and name.startswith("PODIUM_") and name not in known:
            close = _podium_near(name)
            hint = f' (did you mean "{close}"?)' if close else ""
            bad(name, f"is unknown{hint}; Podium's settings are {', '.join(PUBLIC_SETTINGS)}")


# Pelican's own settings that Podium relies on, with the type Pelican needs: a
# wrong one made Pelican fail with only Python's words ("AttributeError: 'int'
# object has no attribute 'endswith'" for SITEURL = 5), naming no setting.
_CORE_TEXT = {
    "SITENAME": 'text, like "Werken bij Acme"',
    "SITEURL": 'text, like "https://werkenbij.example.com" (or "" for local previews)',
    "DEFAULT_LANG": 'a language code as text, like "nl"',
    "TIMEZONE": 'a time zone name as text, like "Europe/Amsterdam"',
}
_CORE_PATHS = {
    "PATH": 'a folder, like "content"',
    "OUTPUT_PATH": 'a folder, like "output"',
    "THEME": 'a folder, like "theme"',
    # Pelican's own cache (CACHE_CONTENT): 5 ended in "TypeError: expected str,
    # bytes or os.PathLike object, not int" on no line.
    "CACHE_PATH": 'a folder, like "cache"',
}


# Pelican's settings that are lists of names or patterns, and what each holds.
_PELICAN_LISTS = {
    "ARTICLE_PATHS": 'folders in content/, like ["interviews", "columns"]',
    "ARTICLE_EXCLUDES": 'folders in content/, like ["drafts"]',
    "PAGE_PATHS": "folders in content/, like []",
    "PAGE_EXCLUDES": "folders in content/, like []",
    "IGNORE_FILES": 'file name patterns, like ["**/.*", ".*"]',
    "THEME_STATIC_PATHS": 'folders in the theme, like ["static"]',
    "STATIC_EXCLUDES": 'folders in content/, like ["brand/originals"]',
    "DIRECT_TEMPLATES": "template names, like []",
    "FORMATTED_FIELDS": 'field names, like ["summary"]',
    "TEMPLATE_EXTENSIONS": 'template file endings, like [".html"]',
}
_PELICAN_MAPPINGS = {
    "DEFAULT_METADATA": "{}",  # and unread (UNREAD): a story's fields are its own
    "JINJA_GLOBALS": '{"company": "Acme"}',
    "JINJA_FILTERS": '{"shout": str.upper}',
    "DATE_FORMATS": '{"nl": "%d-%m-%Y"}',
    # ["extra/about.html"] ended the build in "AttributeError: 'list' object has no
    # attribute 'items'", naming no setting.
    "TEMPLATE_PAGES": '{"extra/about.html": "about/index.html"}',
}
# Pelican's settings that are True or False (its DEFAULT_CONFIG's booleans, but for
# DEFAULT_PAGINATION, a number too, and RELATIVE_URLS, checked on its own).
_PELICAN_FLAGS = (
    "CACHE_CONTENT", "DELETE_OUTPUT_DIRECTORY", "DISPLAY_CATEGORIES_ON_MENU",
    "DISPLAY_PAGES_ON_MENU", "FEED_APPEND_REF", "GZIP_CACHE", "LOAD_CONTENT_CACHE",
    "NEWEST_FIRST_ARCHIVES", "OUTPUT_SOURCES", "REVERSE_CATEGORY_ORDER",
    "RSS_FEED_SUMMARY_ONLY", "SLUGIFY_PRESERVE_CASE", "SLUGIFY_USE_UNICODE",
    "STATIC_CHECK_IF_MODIFIED", "STATIC_CREATE_LINKS", "STATIC_EXCLUDE_SOURCES", "TYPOGRIFY",
    "USE_FOLDER_AS_CATEGORY", "WITH_FUTURE_DATES",
)  # fmt: skip
_PELICAN_REGEXES = {
    "FILENAME_METADATA": r'r"(?P<date>\d{4}-\d{2}-\d{2}).*"',
    "PATH_METADATA": r'r"(?P<category>[^/]+)/.*"',
    "INTRASITE_LINK_REGEX": r'"[{|](?P<what>.*?)[|}]"',
}
_PELICAN_PAIRS = (
    "SLUG_REGEX_SUBSTITUTIONS", "AUTHOR_REGEX_SUBSTITUTIONS", "CATEGORY_REGEX_SUBSTITUTIONS",
    "TAG_REGEX_SUBSTITUTIONS",
)  # fmt: skip


# "" (a local preview: site-relative URLs), a root path ("/hub", the same on a
# local server under a sub-path), or an absolute http(s) address with no query
# or fragment, since page URLs are appended to it.
# No control character (\s leaves out NUL, ESC and the rest): "https://x\x00.example"
# passed, and the build's feeds ended in "Control characters are not supported in XML".
_SITEURL = re.compile(
    r"|/(?!/)[^\s\x00-\x1f\x7f?#]*|https?://[^\s\x00-\x1f\x7f/?#@]+(?:/[^\s\x00-\x1f\x7f?#]*)?"
)


# A SITEURL ending in a page's file name rather than the hub's folder.
_A_PAGE = re.compile(
    r"(?i)://[^/]+/(?:.*/)?[^/]*\.(?:html?|php|aspx?|jsp|xml)$|^/(?:.*/)?[^/]*\.html?$"
)


def _publish_address(source: str, site_url: object, warn, sitename: object = None) -> None:
    """One warning when the publish settings (publishconf.py, contract section 1:
    "absolute SITEURL") give no address: an unset variable in
    ``SITEURL = os.environ.get("URL", "")``, or a fork's publishconf.py emptied.
    The build then published every Atom feed with a site-relative ``<id>``
    (RFC 4287 wants an absolute IRI: a reader cannot tell this hub's entries from
    another's), and the sitemap, canonical links and og:image relative too, with
    no word. A local preview (pelicanconf.py, SITEURL "") is not published: no
    warning. Pelican's own "Feeds generated without SITEURL" is dropped for the
    previews (podium_cli.build), so this is the one line that says it."""
    if Path(source).name != "publishconf.py" or not isinstance(site_url, str):
        return
    if site_url.startswith(("https://", "http://")):
        if not _reserved_address(site_url, sitename, warn):  # one word on the line
            _plain_http(site_url, warn)
        return
    warn(
        "SITEURL",
        f"is {site_url!r} in the publish settings: the published feeds' ids and links, the "
        "sitemap, canonical links and og:image are then site-relative, which feed readers, "
        "search engines and link previews cannot use; give the hub's address, like "
        '"https://werkenbij.example.com" (an environment variable it reads may be unset)',
    )


# The demo hub's own address and name (publishconf.py, pelicanconf.py as shipped).
DEMO_SITEURL_HOST = "werkenbij.helder-energie.example"
DEMO_SITENAME = "Werken bij Helder Energie"
# How a hub's SITENAME often begins before the company's name ("Werken bij Acme").
SITE_TITLE = re.compile(r"(?i)^(werken bij|werk bij|careers at|jobs at|working at|work at)\s+")
# Names that can never be a site on the web (RFC 2606, RFC 6761). Not localhost:
# the pull request's production build is for http://localhost:8765 on purpose.
_RESERVED_TLDS = ("example", "invalid", "test")


def _reserved_address(site_url: str, sitename: object, warn) -> bool:
    """One warning when the publish settings give an address on a name reserved
    for examples (.example, .test, .invalid): most often the demo's
    https://werkenbij.helder-energie.example, which publishconf.py falls back to
    while PODIUM_SITEURL is unset. `podium check -s publishconf.py` and the
    build said nothing, and a hub went out with its feeds, sitemap, robots.txt
    and canonical links on a host that cannot exist (`invoke publish` refuses it,
    the other routes did not). The demo's own build (its SITENAME) stays quiet."""
    from urllib.parse import urlsplit

    try:
        host = (urlsplit(site_url).hostname or "").rstrip(".").lower()
    except ValueError:
        return True  # refused as no address above
    if host.rpartition(".")[2] not in _RESERVED_TLDS:
        return False
    if host == DEMO_SITEURL_HOST and sitename == DEMO_SITENAME:
        return True  # the demo hub itself
    whose = "the demo's address" if host == DEMO_SITEURL_HOST else "a name reserved for examples"
    warn(
        "SITEURL",
        f"is {site_url!r} in the publish settings, {whose}, which no one can visit: the "
        "published feeds, sitemap, robots.txt and canonical links would all point there; "
        'give the hub\'s own address, like "https://werkenbij.example.com" (or set '
        "PODIUM_SITEURL, which publishconf.py reads first)",
    )
    return True


def _borrowed_address(source: str, settings: Mapping[str, Any], warnings: list[Issue]) -> None:
    """The warning of ``_reserved_address`` for a preview too (pelicanconf.py, no
    SITEURL), on publishconf.py's SITEURL line: the preview's canonical links,
    og:image, sitemap and feeds take that address (PODIUM_PUBLIC_SITEURL). A new
    company's `podium build` wrote the demo's address into every page, with no
    word until the first `-s publishconf.py`."""
    public = settings.get("PODIUM_PUBLIC_SITEURL")
    if settings.get("SITEURL") or not isinstance(public, str) or not public:
        return
    publish = str(Path(source).with_name("publishconf.py"))
    if publish == source:
        return

    def warn(name: str, message: str) -> None:
        line = setting_line(publish, name)
        warnings.append(Issue(publish, line, f"setting {name} {message}", "warning"))

    _reserved_address(public, settings.get("SITENAME"), warn)


def _demo_address(site_url: object) -> bool:
    """Whether SITEURL is the demo's https://werkenbij.helder-energie.example."""
    from urllib.parse import urlsplit

    if not isinstance(site_url, str):
        return False
    try:
        return (urlsplit(site_url).hostname or "").rstrip(".").lower() == DEMO_SITEURL_HOST
    except ValueError:
        return False


# Names of a network of one's own, where a hub on plain http:// may well be meant.
_PRIVATE_TLDS = ("local", "internal", "intranet", "lan", "corp", "home", "arpa")


def _public_host(site_url: object) -> bool:
    """Whether an absolute SITEURL names a host on the public web: not an IP
    address, a name without a dot (localhost, an intranet's "careers"), one of a
    private network (.local, .internal, ...) or one reserved for examples."""
    import ipaddress
    from urllib.parse import urlsplit

    if not isinstance(site_url, str) or not site_url.startswith(("https://", "http://")):
        return False
    try:
        host = (urlsplit(site_url).hostname or "").rstrip(".").lower()
    except ValueError:
        return False
    try:
        ipaddress.ip_address(host)
        return False
    except ValueError:
        pass
    tld = host.rpartition(".")[2]
    return "." in host and tld not in _PRIVATE_TLDS + _RESERVED_TLDS + ("localhost",)


def _plain_http(site_url: str, warn) -> None:
    """One warning when the publish settings give a public hub's address over
    http://: every canonical link, og:url, sitemap entry and feed id named the
    http:// page, which browsers mark "Not secure" and which the host's
    redirect to https:// makes a second address of every page (a canonical
    that redirects, a sitemap of redirects), and `podium ping` sent those.
    An intranet hub (an IP address, a name without a dot, .local, .internal,
    .lan and the like) may be on http:// on purpose: no warning."""
    if not site_url.startswith("http://") or not _public_host(site_url):
        return
    warn(
        "SITEURL",
        f"is {site_url!r} in the publish settings, a public address over plain http://: "
        "every canonical link, og:url, sitemap entry and feed id would name the http:// "
        'page, which browsers mark "Not secure" and search engines keep apart from the '
        "https:// one a host redirects to; give "
        f'"https://{site_url.removeprefix("http://")}" (an intranet hub on http:// may '
        "keep it)",
    )


# The demo's IndexNow key (publishconf.py's fallback while PODIUM_INDEXNOW_KEY is unset).
DEMO_INDEXNOW_KEY = "5b0f3c1e9a7d4e2f8c6b1a0d3e5f7a9c"


def _demo_indexnow_key(source: str, settings: Mapping[str, Any], warn) -> None:
    """One warning when a hub that is not the demo publishes with the demo's
    IndexNow key. The build publishes the key at /<key>.txt, which is all IndexNow
    checks: with a key printed in Podium's own publishconf.py, anyone can tell
    the search engines of "changes" on every hub that kept it, and the build and
    `podium ping` said nothing (README's step 2 asks for one's own). Only for a
    build for a public address: the pull request's, for localhost, sets no key."""
    if Path(source).name != "publishconf.py" or settings.get("SITENAME") == DEMO_SITENAME:
        return
    site_url = settings.get("SITEURL")
    # Said with the demo's SITEURL too (that warning's address is put right
    # first): said only in the next run, the key was left for the publish build.
    if not _public_host(site_url) and not _demo_address(site_url):
        return  # a build that is not published (the pull request's, on localhost)
    indexnow = settings.get("PODIUM_INDEXNOW")
    if not isinstance(indexnow, Mapping) or indexnow.get("key") != DEMO_INDEXNOW_KEY:
        return
    warn(
        "PODIUM_INDEXNOW",
        "has the demo's IndexNow key, which is printed in Podium's own publishconf.py, so "
        "anyone could submit addresses of this hub with it; make one of your own with "
        '`python -c "import secrets; print(secrets.token_hex(16))"` and set '
        "PODIUM_INDEXNOW_KEY to it (or the key in publishconf.py)",
    )


# The demo's repository in pelicanconf.py's PODIUM_CMS (the browser editor's).
DEMO_CMS_REPO = "helder-energie/werken-bij"


def _demo_cms_repo(settings: Mapping[str, Any], warn) -> None:
    """One warning when a hub that is not the demo keeps the demo's PODIUM_CMS
    (README's step 2 says to remove it or point it at the hub's repository): its
    /admin/ editor logged in to the demo's repository to save the hub's stories
    there, and `podium check` said nothing."""
    cms = settings.get("PODIUM_CMS")
    if settings.get("SITENAME") == DEMO_SITENAME or not isinstance(cms, Mapping):
        return
    if cms.get("repo") == DEMO_CMS_REPO:
        warn("PODIUM_CMS['repo']", f'is the demo\'s repository, "{DEMO_CMS_REPO}": the browser '
             "editor at /admin/ would save stories there; give your hub's own, like "
             '"your-org/your-hub", or remove PODIUM_CMS')  # fmt: skip


# What of a robots.txt a crawler reads: RFC 9309 asks for at least 500 KiB, and
# Google reads that much, no more.
ROBOTS_BYTES = 500 * 1024


def _own_robots(settings: Mapping[str, Any], warn) -> None:
    """One warning when a robots.txt of the hub's own (EXTRA_PATH_METADATA, which
    README allows) names no sitemap at the hub's absolute address: it replaces the
    build's, whose ``Sitemap:`` line is how a crawler finds the sitemap now that
    search engines take no pings, and a publish build lost that line without a
    word. The file is the hub's, so it is left as written (as Hugo's and mkdocs'
    are); the warning gives the line to add. A preview (no absolute SITEURL)
    writes no such line itself: no warning."""
    site_url, extra = settings.get("SITEURL"), settings.get("EXTRA_PATH_METADATA")
    content = settings.get("PATH")
    if not isinstance(site_url, str) or not site_url.startswith(("https://", "http://")):
        return
    if not isinstance(extra, dict) or not isinstance(content, str):
        return
    sitemap = f"{site_url.rstrip('/')}/sitemap.xml"
    for source, meta in extra.items():
        targets = [meta.get(k) for k in ("save_as", "path")] if isinstance(meta, dict) else []
        target = next((t for t in targets if isinstance(t, str)), None)
        if not isinstance(source, str) or target is None or target.strip("/") != "robots.txt":
            continue
        try:
            # As every content file is read: a link out of content/, to /dev/zero,
            # or a FIFO is refused (the tree check says so), never read or waited on.
            real = checked.content_file(content, source)
            text = checked.read_bounded(real, ROBOTS_BYTES).decode("utf-8", errors="replace")
        except paths.Refused:
            continue  # Pelican copies no file that is not there
        named = [
            value.strip()
            for key, _, value in (line.partition(":") for line in text.splitlines())
            if key.strip().lower() == "sitemap"
        ]
        if sitemap not in named:
            warn(f"EXTRA_PATH_METADATA[{source!r}]", f"puts content/{source} in place of the "
                 "build's robots.txt, and it names no sitemap at the hub's address, so "
                 "crawlers will not find the sitemap from it; add the line "
                 f'"Sitemap: {sitemap}"')  # fmt: skip


def _feed_domain(feed_domain: object, site_url: object, warn) -> None:
    """One warning when FEED_DOMAIN names another address than SITEURL. Pelican
    puts its own feeds' links there; Podium writes its feeds with the hub and
    names them at SITEURL (the pages' <link rel="alternate">, each feed's id and
    self link), so FEED_DOMAIN = "https://feeds.acme.nl" changed nothing, without
    a word, and a hub expecting its feeds on that host had none there. The
    demo's publishconf.py sets it to SITEURL, which is fine."""
    if not isinstance(feed_domain, str) or not feed_domain or not isinstance(site_url, str):
        return
    if feed_domain.rstrip("/") == site_url.rstrip("/"):
        return
    warn(
        "FEED_DOMAIN",
        f"is {feed_domain!r}, another address than SITEURL ({site_url!r}), and Podium does "
        "not read it: the hub's feeds are published with its pages and named at SITEURL "
        "(feeds/stories.atom.xml, stories.json, each theme's feed); remove it, or set it to "
        "SITEURL",
    )


def _outside_output(target: str) -> bool:
    """A path Pelican is to write under OUTPUT_PATH that leads out of it."""
    parts = re.split(r"[/\\]", target)
    return os.path.isabs(target) or target.startswith(("/", "\\")) or ".." in parts


# The settings that take a whole number (name, attribute, default), each checked
# against its own range in PodiumSettings: a huge one there has its own line.
_COUNT_SETTINGS = (
    ("DEFAULT_PAGINATION", "per_page", 12),
    ("PODIUM_FEATURED_COUNT", "featured_count", 3),
    ("PODIUM_LATEST_COUNT", "latest_count", 6),
    ("PODIUM_PEOPLE_PER_PAGE", "people_per_page", 48),
    ("PODIUM_MAX_STORY_BYTES", "max_story_bytes", 1_000_000),
    ("PODIUM_REPORT_RECENT_DAYS", "report_recent_days", 183),
)


def huge_numbers(values: Mapping[str, Any], bad) -> None:
    """Report settings that hold a whole number past Python's digit limit
    (``SITEURL = 10**5000``, or one inside a list or dict), before any other check.

    Every check that shows a wrong value reprs it, and that repr raises
    ValueError: the command ended in "podium: error: ValueError: Exceeds the
    limit (4300 digits)", naming no setting. A count setting (or PODIUM_TODAY)
    holding a bare number is left to its own line, which names the range.
    """
    limit = sys.get_int_max_str_digits()
    if not limit:  # the limit switched off: every number can be shown
        return
    big = 10**limit
    # PODIUM_TODAY says a number in words itself, with the date format to write.
    own_line = {name for name, _, _ in _COUNT_SETTINGS} | {"PODIUM_TODAY"}
    for name, value in values.items():
        if not name.isupper() or (name in own_line and isinstance(value, int)):
            continue
        if _holds_huge(value, big):
            bad(name, f"holds a whole number of more than {limit:,} digits, which no setting "
                "takes; write the value README's Settings section gives for it")  # fmt: skip


def _holds_huge(value: Any, big: int, depth: int = 0) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return abs(value) >= big
    if depth > 8:  # settings nest a level or two; deeper is no setting Podium reads
        return False
    if isinstance(value, Mapping):
        items = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
    else:
        return False
    return any(_holds_huge(item, big, depth + 1) for item in items)


def core_problems(values: Mapping[str, Any], bad) -> None:
    """Report Pelican settings of the wrong type (``bad(name, message)``), before
    Pelican trips over them or prints them as they are (SITENAME = None).

    One step per group of settings, in the order their lines are said: one
    function of 370 lines held them all, and a new check had no place to go
    but its end."""
    _text_and_site_url_problems(values, bad)
    _folder_problems(values, bad)
    _pelican_value_problems(values, bad)
    _story_folder_problems(values, bad)
    _pattern_problems(values, bad)
    _address_problems(values, bad)
    _pelican_option_problems(values, bad)
    _outside_output_problems(values, bad)
    _jinja_environment_problems(values.get("JINJA_ENVIRONMENT"), bad)
    _plugin_problems(values, bad)
    _output_option_problems(values, bad)


def _text_and_site_url_problems(values: Mapping[str, Any], bad) -> None:
    """Text settings and SITEURL: every link, canonical and feed id is made of SITEURL."""
    for name, what in _CORE_TEXT.items():
        if name in values and not isinstance(values[name], str):
            bad(name, f"must be {what}, not {values[name]!r}")
    site_url = values.get("SITEURL")
    if isinstance(site_url, str) and (
        not _SITEURL.fullmatch(site_url)
        # "https://x.example:99999" or "https://[x.example": urlsplit takes
        # them, and `podium check` ended in "ValueError: Port out of range".
        or "://" in site_url
        and web_address(site_url) is None
    ):
        # "werkenbij.example.com" without https:// built, and every canonical
        # link, og:url, og:image, sitemap <loc> and feed link became a relative
        # "werkenbij.example.com/stories/..." that no crawler or reader can use.
        bad(
            "SITEURL",
            'must be the site\'s address, like "https://werkenbij.example.com" (or "" '
            f"for local previews), not {site_url!r}",
        )
    elif isinstance(site_url, str) and _A_PAGE.search(site_url.rstrip("/")):
        # "https://x.nl/index.html" (the front page's address, pasted) built, and
        # every link, canonical, sitemap entry and feed id was ".../index.html/stories/x/",
        # which no host answers.
        page = site_url.rstrip("/").rpartition("/")[2]
        folder = site_url.rstrip("/").rpartition("/")[0]
        bad(
            "SITEURL",
            f"is {site_url!r}, the address of a page ({page}), which every link would be "
            f'put after ("{site_url.rstrip("/")}/stories/..."); give the address the hub\'s '
            f'pages are under, like "{folder}"',
        )


def _folder_problems(values: Mapping[str, Any], bad) -> None:
    """PATH, THEME and the folder lists: a wrong one reads or publishes the wrong files."""
    for name, what in _CORE_PATHS.items():
        # "" is the folder of the settings file to Pelican: PATH = "" read the
        # whole project as content (a warning for every file in it), THEME = ""
        # refused output/ as "inside the theme".
        if name in values and (
            not isinstance(values[name], (str, os.PathLike)) or not os.fspath(values[name])
        ):
            bad(name, f"must be {what}, not {values[name]!r}")
    _project_as_content(values, bad)
    # podium check passed them, and the build ended in "TypeError: 'NoneType' object
    # is not iterable" (or an AttributeError), naming no setting.
    for name, like in (
        ("STATIC_PATHS", 'a list of folders in content/, like ["brand"]'),
        ("THEME_TEMPLATES_OVERRIDES", 'a list of folders, like ["my-templates"]'),
    ):
        folders = values.get(name, [])
        if not isinstance(folders, (list, tuple)) or not all(
            isinstance(x, (str, os.PathLike)) for x in folders
        ):
            bad(name, f"must be {like}, not {folders!r}")
    # Pelican joins each to PATH, and an absolute path wins the join: "/etc" read the
    # build machine's /etc for files to publish, and the build ended in "ValueError:
    # '/etc/...' is not in the subpath of '.../content'" (a readable folder published).
    static = values.get("STATIC_PATHS", [])
    for entry in static if isinstance(static, (list, tuple)) else ():
        if isinstance(entry, (str, os.PathLike)) and (
            os.path.isabs(entry) or os.fspath(entry).startswith(("/", "\\"))
        ):
            bad("STATIC_PATHS", f'lists "{os.fspath(entry)}", a folder outside content/ (a path '
                'from the root); give folders in content/, like ["brand"]')  # fmt: skip
        # "../theme" was refused as holding the folder of the stories' photos, which
        # it does not: it is outside content/, where Pelican looks for static files.
        elif isinstance(entry, (str, os.PathLike)) and (
            os.path.normpath(os.fspath(entry)).replace("\\", "/").split("/")[0] == ".."
        ):
            bad("STATIC_PATHS", f'lists "{os.fspath(entry)}", a folder outside content/ (it '
                'goes up with ".."); give folders in content/, like ["brand"]')  # fmt: skip


def _project_as_content(values: Mapping[str, Any], bad) -> None:
    """A PATH that is or holds the folder of the settings file, as "" is: PATH = "."
    (or none, Pelican's default) read the settings, theme, plugins and output as
    content (a warning for each file, then an error on OUTPUT_PATH), and PATH = "/"
    walked the whole disk for minutes before `podium check` ended in
    "FileNotFoundError: ... '/proc/10977'"."""
    where, path = values.get("PODIUM_SETTINGS_FILE"), values.get("PATH")
    if not (isinstance(where, str) and isinstance(path, str) and path) or unnamable(path):
        return
    project = Path(where).resolve().parent
    content = (project / path).resolve()  # PATH is relative to the settings file
    if not project.is_relative_to(content):
        return
    name = Path(where).name
    if path == os.curdir:  # Pelican's default: a PATH the file assigns is absolute by now
        bad("PATH", f"is not set, so Pelican reads the folder of {name} as content (every "
            "file in it: the settings, theme, plugins and output); set it to the folder of "
            'the stories, like PATH = "content"')  # fmt: skip
        return
    how = "is the folder" if content == project else "holds the folder"
    bad("PATH", f"is {path!r}, which {how} of {name}, so every file in it (the settings, "
        "theme, plugins and output) would be read as content; give the folder of the "
        'stories, like "content"')  # fmt: skip


def _pelican_value_problems(values: Mapping[str, Any], bad) -> None:
    """Pelican's lists, feed files, default date, readers and output retention."""
    # Pelican's own lists: None (or one name for a list) passed podium check, and
    # Pelican or the build ended in "TypeError: 'NoneType' object is not iterable".
    for name, like in _PELICAN_LISTS.items():
        if name not in values:
            continue
        items = values[name]
        if not isinstance(items, (list, tuple)) or not all(isinstance(x, str) for x in items):
            bad(name, f"must be a list of {like}, not {items!r}")
    # Pelican's feed files (FEED_ALL_ATOM, TRANSLATION_FEED_ATOM, ...; Podium writes its
    # own and leaves them None): 5 passed podium check, and the build ended in
    # 'TypeError: "path" was <class 'int'>' or "argument of type 'int' is not
    # iterable", naming no setting. READERS = "x" in "ValueError: dictionary update
    # sequence element #0 has length 1; 2 is required".
    for name, value in values.items():
        if (
            isinstance(name, str)
            and re.fullmatch(r"(?:[A-Z]+_)?FEED_(?:ALL_)?(?:ATOM|RSS)(?:_URL)?", name)
            and value is not None
            and not isinstance(value, str)
        ):
            bad(name, 'must be a feed file as text, like "feeds/all.atom.xml", or None for '
                f"none (Podium writes its own feeds), not {value!r}")  # fmt: skip
    # Pelican's date for a file without one: 5 ended the build in one "Could not
    # process" line per story ("datetime.datetime() argument after * must be an
    # iterable"), naming no setting.
    default_date = values.get("DEFAULT_DATE")
    if not (
        default_date is None
        or default_date == "fs"
        or (
            isinstance(default_date, (list, tuple))
            and 3 <= len(default_date) <= 7
            and all(isinstance(x, int) and not isinstance(x, bool) for x in default_date)
        )
    ):
        bad("DEFAULT_DATE", 'must be None, "fs" or a date as numbers, like (2026, 3, 1), '
            f"not {default_date!r}")  # fmt: skip
    readers = values.get("READERS")
    if readers is not None and not isinstance(readers, Mapping):
        bad("READERS", "must map file endings to a reader, like {\"html\": None} (None: not "
            f"read), not {readers!r}")  # fmt: skip
    # What a build carries from the old output into the new one (a gh-pages checkout's
    # .git): ".git" as text (which Pelican's own `name in retention` happens to
    # match) or [".git/"] passed podium check, kept nothing, and the checkout went
    # with the replaced output. Only names at the top of the output are carried.
    retention = values.get("OUTPUT_RETENTION", [])
    like = 'names at the top of the output folder, like [".git"]'
    if not isinstance(retention, (list, tuple, set)) or not all(
        isinstance(x, str) for x in retention
    ):
        bad("OUTPUT_RETENTION", f"must be a list of {like}, not {retention!r}")
    else:
        for name in sorted(retention):
            if name in ("", ".", "..") or "/" in name or "\\" in name:
                bad("OUTPUT_RETENTION", f'lists "{name}", which is no name at the top of the '
                    f"output folder; give {like}")  # fmt: skip
                break


def _story_folder_problems(values: Mapping[str, Any], bad) -> None:
    """ARTICLE_PATHS and IGNORE_FILES: what would keep the build from the stories
    podium check reads."""
    # The contract's story folders: ["/etc"] or ["../theme"] passed podium check (which
    # reads content/interviews and content/columns), and the build published no story.
    article_paths = values.get("ARTICLE_PATHS")
    # Pelican's own [""] is what a plain `pelican` run has until podium_render puts
    # Podium's in its place.
    if (
        isinstance(article_paths, (list, tuple))
        and list(article_paths) != [""]
        and all(isinstance(x, str) for x in article_paths)
    ):
        folders = {os.path.normpath(x).replace("\\", "/") for x in article_paths}
        missing = [f for f in ("interviews", "columns") if f not in folders]
        outside = [x for x in article_paths if _outside_output(x)]
        if missing or outside:
            why = (f'"{outside[0]}" is outside content/' if outside
                   else f'"{missing[0]}" is left out')  # fmt: skip
            bad("ARTICLE_PATHS", f"must list the story folders in content/, like "
                f'["interviews", "columns"]: {why}, so podium check reads stories the build '
                "would not publish")  # fmt: skip
    # ARTICLE_EXCLUDES = ["interviews"] would have the build publish no interview,
    # and podium check, which reads what the build reads, would check none.
    excluded = values.get("ARTICLE_EXCLUDES")
    if isinstance(excluded, (list, tuple)):
        whole = next((f for f in _folders(excluded) if f in ("interviews", "columns")), None)
        if whole:
            bad("ARTICLE_EXCLUDES", f'has "{whole}", a story folder, so the build would '
                'publish none of its stories; exclude a folder inside it, like '
                '"interviews/drafts"')  # fmt: skip
    # Pelican matches each against every file and folder name: "*" (or "*.md")
    # passed podium check, and the build published no story without a word.
    ignored = values.get("IGNORE_FILES")
    if isinstance(ignored, (list, tuple)):
        for pattern in ignored:
            hit = isinstance(pattern, str) and next(
                (n for n in ("interviews", "columns", "verhaal.md") if fnmatch.fnmatch(n, pattern)),
                None,
            )
            if hit:
                what = "a story file" if hit.endswith(".md") else f'the folder "{hit}"'
                bad("IGNORE_FILES", f'has "{pattern}", which matches {what}, so the build would '
                    'publish no story that podium check reads; ignore names like ".*" or '
                    '"*.bak"')  # fmt: skip
                break


def _pattern_problems(values: Mapping[str, Any], bad) -> None:
    """Pelican's (pattern, replacement) pairs and pagination patterns."""
    for name in _PELICAN_PAIRS:
        pairs = values.get(name, [])
        if not isinstance(pairs, (list, tuple)) or not all(
            isinstance(p, (list, tuple)) and len(p) == 2 and all(isinstance(x, str) for x in p)
            for p in pairs
        ):
            bad(name, "must be a list of (pattern, replacement) pairs, like "
                f'[(r"[^\\w\\s-]", "")], not {pairs!r}')  # fmt: skip
            continue
        # "(" as a pattern ended the build in "podium: error: error: missing ), ...".
        for pattern, _ in pairs:
            try:
                re.compile(pattern)
            except re.error as exc:
                bad(name, f"has {pattern!r}, which is no regular expression ({exc}); write "
                    'one like r"[^\\w\\s-]"')  # fmt: skip
    patterns = values.get("PAGINATION_PATTERNS", [])
    if not isinstance(patterns, (list, tuple)) or not all(
        isinstance(p, (list, tuple))
        and len(p) == 3
        and isinstance(p[0], int)
        and not isinstance(p[0], bool)
        and all(isinstance(x, str) for x in p[1:])
        for p in patterns
    ):
        bad("PAGINATION_PATTERNS", "must be a list of (first page, URL, save as) triples, like "
            '[(1, "{url}", "{save_as}"), (2, "{base_name}/page/{number}/", '
            f'"{{base_name}}/page/{{number}}/index.html")], not {patterns!r}')  # fmt: skip


def _address_problems(values: Mapping[str, Any], bad) -> None:
    """Where pages are written and linked: the *_SAVE_AS and *_URL settings, FEED_DOMAIN,
    THEME_STATIC_DIR."""
    # A story's page as no text: ARTICLE_SAVE_AS = None wrote every story to one file
    # named "None", and the build ended in "FileOverwriteFailedError".
    for name, like in (
        ("ARTICLE_SAVE_AS", '"stories/{slug}/index.html"'),
        ("ARTICLE_LANG_SAVE_AS", '"{lang}/stories/{slug}/index.html"'),
    ):
        if name in values and not isinstance(values[name], str):
            bad(name, f"must be a file path as text, like {like}, not {values[name]!r}")
        elif name in values and not values[name].strip():
            # Pelican's way to write no page: no story had one, every link to a
            # story on the hub was a 404, and the build counted them published.
            bad(name, f'is "", which writes no story\'s page, so every link to a story '
                f"would be a 404; give a file path, like {like}")  # fmt: skip
    # Pelican's other addresses and files (AUTHOR_SAVE_AS, PAGE_URL, STATIC_SAVE_AS, ...):
    # AUTHOR_SAVE_AS = 5 passed, and the build ended in "TypeError: expected str, bytes
    # or os.PathLike object, not int", naming no setting.
    from pelican.settings import DEFAULT_CONFIG

    for name, default in DEFAULT_CONFIG.items():
        if (
            name.endswith(("_SAVE_AS", "_URL"))
            and not name.startswith("ARTICLE_")  # said above and below, with a story's words
            and name in values
            and not isinstance(values[name], str)
        ):
            bad(name, f'must be a path as text, like "{default}" (or "" for none), not '
                f"{values[name]!r}")  # fmt: skip
    # ARTICLE_URL = 5 (or "") passed, and every link to a story on the hub was "/5"
    # (or the front page), the build saying nothing.
    for name, like in (
        ("ARTICLE_URL", '"stories/{slug}/"'),
        ("ARTICLE_LANG_URL", '"{lang}/stories/{slug}/"'),
    ):
        if name in values and (not isinstance(values[name], str) or not values[name].strip()):
            bad(name, f"must be a story's address as text, like {like}, not {values[name]!r}")
    # "AttributeError: 'int' object has no attribute 'endswith'" writing the feeds.
    if values.get("FEED_DOMAIN") is not None and not isinstance(values["FEED_DOMAIN"], str):
        bad("FEED_DOMAIN", 'must be an address as text, like "https://werkenbij.example.com", '
            f"or left out for SITEURL, not {values['FEED_DOMAIN']!r}")  # fmt: skip
    # Pelican copies the theme's files to OUTPUT_PATH/THEME_STATIC_DIR as given: "../x"
    # or "/srv/x" wrote them outside the output folder, on the build machine, and
    # the pages linked CSS that was not published; None ended in a TypeError.
    if "THEME_STATIC_DIR" in values:
        static_dir = values["THEME_STATIC_DIR"]
        inside = isinstance(static_dir, str) and static_dir.strip("/\\ .") != ""
        if inside:
            parts = re.split(r"[/\\]", static_dir)
            inside = not os.path.isabs(static_dir) and ".." not in parts and ":" not in static_dir
        if not inside:
            bad("THEME_STATIC_DIR", 'must be a folder inside the output, like "theme", '
                f"not {static_dir!r}")  # fmt: skip
        elif taken := _static_dir_taken(static_dir, values):
            bad("THEME_STATIC_DIR", f"is {static_dir!r}, {taken}: the theme's css/, js/ and "
                "fonts/ would be copied in among them (a story or page named css, js or "
                'fonts over them); give a folder of its own, like "theme"')  # fmt: skip


def _pelican_option_problems(values: Mapping[str, Any], bad) -> None:
    """Pelican's mappings, switches, date format, regular expressions and typogrify."""
    # Pelican's own mappings: None passed podium check, and the build ended in
    # "TypeError: 'NoneType' object is not iterable" or "AttributeError: 'NoneType'
    # object has no attribute 'update'", naming no setting.
    for name, like in _PELICAN_MAPPINGS.items():
        if name in values and not isinstance(values[name], dict):
            bad(name, f"must be a mapping, like {like}, not {values[name]!r}")
    # Pelican's switches: "no" (or "False") is true to Pelican, so CACHE_CONTENT = "no"
    # turned its cache on and TYPOGRIFY = "no" asked for the typogrify package;
    # NEWEST_FIRST_ARCHIVES = "no" ended the build in "TypeError: 'str' object cannot
    # be interpreted as an integer", naming no setting.
    for name in _PELICAN_FLAGS:
        if name in values and not isinstance(values[name], bool):
            bad(name, f"must be True or False, not {values[name]!r}")
    # Read by Pelican though not by Podium's pages (a warning says so): None ended the
    # build in "Could not process ... (TypeError: strftime() argument 1 must be str".
    if "DEFAULT_DATE_FORMAT" in values and not isinstance(values["DEFAULT_DATE_FORMAT"], str):
        bad("DEFAULT_DATE_FORMAT", 'must be a date format as text, like "%d %B %Y", or left out, '
            f"not {values['DEFAULT_DATE_FORMAT']!r}")  # fmt: skip
    # Regular expressions Pelican compiles as it reads or writes: "(" passed podium
    # check, and the build ended in "podium: error: error: missing ), unterminated
    # subpattern at position 0", naming no setting.
    for name, like in _PELICAN_REGEXES.items():
        if name not in values:
            continue
        pattern = values[name]
        try:
            why = None if isinstance(pattern, str) and re.compile(pattern) else "not text"
        except re.error as exc:
            why = str(exc)
        if why:
            bad(name, f"must be a regular expression, like {like}, not {pattern!r} ({why})")
    # Pelican imports typogrify only when it reads the first story: podium check
    # passed, and the build ended in "ModuleNotFoundError: No module named 'smartypants'".
    if values.get("TYPOGRIFY") is True and not all(
        importlib.util.find_spec(m) for m in ("typogrify", "smartypants")
    ):
        bad("TYPOGRIFY", "needs the typogrify package, which is not installed: install it "
            "(pip install typogrify) or remove the setting")  # fmt: skip


def _outside_output_problems(values: Mapping[str, Any], bad) -> None:
    """Files Pelican would write outside the output folder (EXTRA_PATH_METADATA,
    TEMPLATE_PAGES, *_SAVE_AS)."""
    extra = values.get("EXTRA_PATH_METADATA", {})
    if not isinstance(extra, dict) or not all(
        isinstance(k, str) and isinstance(v, dict) for k, v in extra.items()
    ):
        bad("EXTRA_PATH_METADATA", "must map a file in content/ to its settings, like "
            f'{{"extra/robots.txt": {{"path": "robots.txt"}}}}, not {extra!r}')  # fmt: skip
    else:
        # Pelican writes a static file to OUTPUT_PATH/path as given: "../robots.txt" or
        # "/srv/robots.txt" passed podium check and was written outside the output
        # folder, on the build machine, and never published.
        for source, meta in extra.items():
            for key in ("path", "save_as"):
                target = meta.get(key)
                if not isinstance(target, str):
                    continue
                if _outside_output(target):
                    bad(f"EXTRA_PATH_METADATA[{source!r}]", f'has {key} "{target}", outside '
                        'the output folder; give a path in it, like "robots.txt"')  # fmt: skip
    # Pelican refuses to write there, in "RuntimeError: Attempted to break out of
    # output directory to ...", after podium check passed, naming no setting.
    pages = values.get("TEMPLATE_PAGES")
    for template, target in pages.items() if isinstance(pages, dict) else ():
        if isinstance(target, str) and _outside_output(target):
            bad(f"TEMPLATE_PAGES[{template!r}]", f'writes "{target}", outside the output '
                'folder; give a path in it, like "about/index.html"')  # fmt: skip
    for name, target in values.items():
        if (
            isinstance(name, str)
            and name.endswith("_SAVE_AS")
            and isinstance(target, str)
            and _outside_output(target)
        ):
            bad(name, f'writes "{target}", outside the output folder; give a path in it, '
                'like "stories/{slug}/index.html"')  # fmt: skip


# What a file system takes at the most: a name (one part of a path) and a path.
NAME_MAX, PATH_MAX = 255, 4095


def unnamable(folder: str) -> str | None:
    """Why no file system can take ``folder`` as a name, said after "a folder" and
    ending in the fix; None when it can. Each ended a command that looked it up
    in a traceback naming no setting: a NUL character "ValueError: embedded null
    byte", half of a UTF-16 pair ("\\ud800", which no file name encodes)
    "UnicodeEncodeError: ... surrogates not allowed", and a name of 300 letters
    "OSError: [Errno 36] File name too long"."""
    if "\x00" in folder:
        return f"with a NUL character in it ({folder!r}); remove the character"
    try:
        raw = os.fsencode(folder)
    except UnicodeEncodeError as exc:
        code = ord(folder[exc.start])
        return (f"with the character U+{code:04X} in it ({folder[:60]!r}), half of a UTF-16 "
                "pair, which no file name can hold; remove it")  # fmt: skip
    longest = max(raw.split(b"/"), key=len)
    if len(longest) > NAME_MAX:
        shown = os.fsdecode(longest[:40])
        return (f'with a name of {len(longest):,} bytes ("{shown}..."), more than the '
                f"{NAME_MAX} a file system takes; give a shorter name")  # fmt: skip
    if len(raw) > PATH_MAX:
        return (f"of {len(raw):,} bytes, more than the {PATH_MAX:,} a file system takes "
                "for a path; give a shorter one")  # fmt: skip
    return None


def _plugin_problems(values: Mapping[str, Any], bad) -> None:
    """Folder names no file system takes, PLUGINS and PLUGIN_PATHS."""
    for name in ("PATH", "THEME", "OUTPUT_PATH", "CACHE_PATH"):
        why = unnamable(values[name]) if isinstance(values.get(name), str) else None
        if why:
            bad(name, f"is a folder {why}")
    for name in ("PLUGIN_PATHS", "THEME_TEMPLATES_OVERRIDES"):
        folders = values.get(name)
        folders = [folders] if isinstance(folders, str) else folders
        if isinstance(folders, (list, tuple)):
            for folder in folders:
                why = unnamable(folder) if isinstance(folder, str) else None
                if why:
                    bad(name, f"lists a folder {why}")
                    break
    # Pelican logged PLUGINS = "podium_read" in its own words and built with its
    # default instead, which `podium check` passed and `podium build` reported as
    # lacking podium_read; PLUGIN_PATHS = 5 ended in "TypeError: 'int' object is
    # not iterable" on no line. (One folder as text Pelican still takes.)
    plugins = values.get("PLUGINS")
    if plugins is not None and not isinstance(plugins, (list, tuple)):
        bad("PLUGINS", "must be a list of Podium's steps, like list(STEPS) from "
            f"podium.pipeline, not {plugins!r}")  # fmt: skip
    plugin_paths = values.get("PLUGIN_PATHS")
    if plugin_paths is not None and not (
        isinstance(plugin_paths, (str, os.PathLike))
        or isinstance(plugin_paths, (list, tuple))
        and all(isinstance(x, (str, os.PathLike)) for x in plugin_paths)
    ):
        bad("PLUGIN_PATHS", f'must be a list of folders, like ["plugins"], not {plugin_paths!r}')


def _output_option_problems(values: Mapping[str, Any], bad) -> None:
    """RELATIVE_URLS, FEED_MAX_ITEMS and LOCALE: how the pages and feeds are written."""
    relative = values.get("RELATIVE_URLS", False)
    if relative is not False and relative is not None and relative != 0:
        # pelican-quickstart offers it for local previews. Pelican then made story
        # pages' canonical link, og:url and og:image relative ("../../cards/x.jpg",
        # SITEURL or not), which no search engine or link preview can use, and
        # Podium's own pages stayed rooted at "/", so neither way worked.
        bad("RELATIVE_URLS", f"must be False or left out, not {relative!r}: a page's "
            "canonical link, og:url and og:image must be absolute; preview with podium "
            "serve, and give a hub under a sub-path its full address in SITEURL, like "
            '"https://user.github.io/careers"')  # fmt: skip
    feed_items = values.get("FEED_MAX_ITEMS")
    if feed_items is not None and (
        not isinstance(feed_items, int) or isinstance(feed_items, bool) or feed_items < 0
    ):
        # A text "20" ended the build in "TypeError: slice indices must be
        # integers", naming no setting; -1 left the oldest story out of each feed.
        bad("FEED_MAX_ITEMS", "must be a whole number of stories, like 50, or None for "
            f"every story, not {feed_items!r}")  # fmt: skip
    locale = values.get("LOCALE", "")
    if not isinstance(locale, str) and not (
        isinstance(locale, (list, tuple)) and all(isinstance(x, str) for x in locale)
    ):
        bad("LOCALE", f'must be a locale or a list of them, like ["nl_NL.UTF-8"], not {locale!r}')


def _jinja_environment_problems(environment: Any, bad) -> None:
    """JINJA_ENVIRONMENT: Pelican passes it to Jinja's Environment as it is, so
    a misspelt option or an extension that is no name passed podium check and
    ended the build in "TypeError: Environment.__init__() got an unexpected
    keyword argument", naming no setting."""
    if not isinstance(environment, dict):
        return  # Pelican's own check: it falls back to its default
    import inspect

    import jinja2.ext

    options = list(inspect.signature(jinja2.Environment).parameters)
    for key in environment:
        if key not in options:
            bad(f"JINJA_ENVIRONMENT[{key!r}]", "is no option of Jinja's Environment; valid are "
                f"{', '.join(options)}")  # fmt: skip
    extensions = environment.get("extensions", [])
    if not isinstance(extensions, (list, tuple)) or not all(
        isinstance(x, str) or isinstance(x, type) and issubclass(x, jinja2.ext.Extension)
        for x in extensions
    ):
        bad("JINJA_ENVIRONMENT['extensions']", "must be a list of Jinja extensions by import "
            f'name, like ["jinja2.ext.do"], not {extensions!r}')  # fmt: skip


def _languages_meant(langs: Any) -> str:
    """'; write ["nl"]' for PODIUM_LANGUAGES written as text ("nl", "nl, en", as
    DEFAULT_LANG is) or in capitals, when each part is a two-letter code; else ''."""
    parts = re.split(r"[\s,]+", langs.strip()) if isinstance(langs, str) else langs
    if not isinstance(parts, (list, tuple)) or not all(isinstance(x, str) for x in parts):
        return ""
    codes = [x.strip().lower() for x in parts]
    if not codes or not all(re.fullmatch(r"[a-z]{2}", x) for x in codes):
        return ""
    return "; write [" + ", ".join(f'"{x}"' for x in codes) + "]"


def pelican_theme_problems(settings: Mapping[str, Any], given: bool, bad) -> None:
    """A THEME that is one of Pelican's own: a settings file written from scratch
    leaves THEME out, and Pelican's default, notmyidea, has none of Podium's pages:
    the build ended in "PelicanTemplateNotFound: [templates] unable to load
    listing[.html] from [.../pelican/themes/notmyidea/templates]"."""
    import pelican

    theme = settings.get("THEME")
    if not isinstance(theme, (str, os.PathLike)):
        return
    own_themes = (Path(pelican.__file__).parent / "themes").resolve()
    if Path(theme).resolve().is_relative_to(own_themes):
        bad("THEME", f'must be Podium\'s theme folder, like "theme" (the theme/ folder of '
                     f'Podium\'s repository, copied beside the settings file), not Pelican\'s '
                     f'own "{Path(theme).name}"'
                     + ("" if given else ", which it is when THEME is left out"))  # fmt: skip


PHOTOS_FOLDER = "images"  # content/images/: the stories' photos (contract §1)
# content/images/people/: the portraits, where `podium new --photo` and the browser
# editor (a folder per story) put them, and `podium withdraw` takes them away.
PORTRAITS_FOLDER = f"{PHOTOS_FOLDER}/people"


def static_photos_problems(settings: Mapping[str, Any], bad) -> None:
    """A STATIC_PATHS entry that is, holds or lies in content/images/ (Pelican's
    own default, and pelican-quickstart's, is ["images"]): Pelican copied every
    portrait there, that of a story whose consent had ended too, at
    /images/people/NAME.jpg. Podium publishes each photo with the story that
    shows it, re-encoded, and no longer once the story is taken down. Checked with
    Podium's defaults in place: Pelican's own ["images"] is then ["brand"]."""
    listed = settings.get("STATIC_PATHS")
    if not isinstance(listed, (list, tuple)):
        return
    for entry in listed:
        if not isinstance(entry, str):
            continue
        folder = os.path.normpath(entry.strip("/") or ".").replace(os.sep, "/")
        if folder == PHOTOS_FOLDER:
            where = "the folder of the stories' photos"
        elif folder.startswith(f"{PHOTOS_FOLDER}/"):
            where = "inside the folder of the stories' photos"
        elif folder == ".":  # ".." and "../x": outside content/ (core_problems)
            where = "which holds the folder of the stories' photos"
        else:
            continue
        bad("STATIC_PATHS", f'lists "{entry}", {where} ({PHOTOS_FOLDER}/): Podium publishes '
            "each photo with the story that shows it, re-encoded, and takes it down with "
            "the story, where a static folder publishes every photo in it as long as it is "
            'there; leave it out, like STATIC_PATHS = ["brand"]')  # fmt: skip
        return


# The largest template page of one's own (TEMPLATE_PAGES) the check reads.
_MAX_PAGE = 1_000_000


def template_problems(settings: Mapping[str, Any], bad) -> None:
    """Pelican's own pages rendered with Podium's theme: DIRECT_TEMPLATES =
    ["index"] (pelican-quickstart's list) and a TEMPLATE_PAGES entry that is, or
    extends or includes, one of the theme's templates passed podium check, and the
    build ended in "theme/templates/base.html:4: error: template: UndefinedError:
    'meta' is undefined": those templates need the page Podium renders (its
    ``meta``, ``hub``), which Pelican does not give them. Podium writes the hub's
    pages itself; a template page of one's own stands alone. Checked with
    Podium's defaults in place (Pelican's own DIRECT_TEMPLATES is then [])."""
    direct = settings.get("DIRECT_TEMPLATES")
    if isinstance(direct, (list, tuple)) and direct:
        bad("DIRECT_TEMPLATES", f"must be [] (or left out), not {list(direct)!r}: Podium "
            "writes the hub's pages itself, and its templates need the page it renders; "
            "for a page of your own use TEMPLATE_PAGES with a template in content/, like "
            '{"extra/about.html": "about/index.html"}')  # fmt: skip
    # A static file copied over the hub's own: {"extra/home.html": {"path":
    # "index.html"}} passed podium check, and the build published it in place of
    # the front page without a word, as a TEMPLATE_PAGES page there was. A root
    # favicon (README) and robots.txt of one's own are files a hub may replace.
    extra = settings.get("EXTRA_PATH_METADATA")
    for source, meta in extra.items() if isinstance(extra, dict) else ():
        for key in ("path", "save_as") if isinstance(meta, dict) else ():
            target = meta.get(key)
            # _redirects: PODIUM_REDIRECTS_FILE's check says it, once.
            if not isinstance(target, str) or target.strip("/") in (
                "favicon.svg",
                "robots.txt",
                "_redirects",
            ):
                continue
            taken = _podiums_own(target, settings)
            if taken:
                bad(f"EXTRA_PATH_METADATA[{source!r}]", f'has {key} "{target}", {taken}; '
                    'give it a path of its own, like "about.html"')  # fmt: skip
    pages = settings.get("TEMPLATE_PAGES")
    theme = settings.get("THEME")
    content = settings.get("PATH")
    if not isinstance(pages, dict) or not isinstance(theme, str) or not isinstance(content, str):
        return
    templates = Path(theme) / "templates"
    for source, target in pages.items():
        if not isinstance(source, str):
            continue
        taken = _podiums_own(target, settings) if isinstance(target, str) else None
        if taken:
            bad(f"TEMPLATE_PAGES[{source!r}]", f'writes "{target}", {taken}; give it a path '
                'of its own, like "about/index.html"')  # fmt: skip
            continue
        own = Path(content) / source
        uses = None
        if not own.is_file():
            if (templates / source).is_file():
                uses = source
        else:
            import jinja2
            import jinja2.meta

            try:
                # Opened as every content file is, and bounded: a link to a huge file
                # out of content/ cost its size in memory (the tree check says the link).
                text = checked.read_bounded(checked.content_file(content, source), _MAX_PAGE)
                if len(text) > _MAX_PAGE:
                    too_large = paths.too_large(_MAX_PAGE, "template page")
                    bad(f"TEMPLATE_PAGES[{source!r}]", f"names a template that {too_large}")
                    continue
                parsed = jinja2.Environment().parse(text.decode("utf-8"))
                named = [*jinja2.meta.find_referenced_templates(parsed)]
            except (paths.Refused, UnicodeDecodeError, jinja2.TemplateSyntaxError):
                continue  # the tree check, or Pelican, says what is wrong with the file
            named += _named_through_variables(parsed, settings)
            uses = next((n for n in named if n and (templates / n).is_file()), None)
        if uses is not None:
            how = "is" if uses == source else f'uses "{uses}", which is'
            bad(f"TEMPLATE_PAGES[{source!r}]", f"{how} one of Podium's templates, which "
                "need the page Podium renders; give a template of your own in content/ that "
                'extends none of them, like {"extra/about.html": "about/index.html"}')  # fmt: skip


# What the build writes at the top of the output (and of each language's folder),
# besides the stories' folder (ARTICLE_URL's first part).
_OWN_FILES = ("index.html", "404.html", "robots.txt", "stories.json", "vacancies.json")
_OWN_FOLDERS = ("stories", "themes", "vacancies", "people", "columns", "interviews", "search",
                "feeds", "cards", "theme", "pagefind", "admin", "preview")  # fmt: skip


def _podiums_own(target: str, settings: Mapping[str, Any]) -> str | None:
    """Where a TEMPLATE_PAGES target is a file or folder of Podium's own, how to say
    so; else None. {"extra/about.html": "index.html"} passed podium check and the
    build put that page in place of the hub's front page without a word (and one
    at "sitemap.xml" was written over by the build's own)."""
    parts = [p for p in target.replace("\\", "/").split("/") if p not in ("", ".")]
    langs = settings.get("PODIUM_LANGUAGES")
    langs = langs if isinstance(langs, (list, tuple)) else ("nl", "en")
    default = str(settings.get("DEFAULT_LANG", "")).lower()
    if len(parts) > 1 and parts[0] in langs and parts[0] != default:
        parts = parts[1:]  # en/index.html: the English front page
    if not parts:
        return None
    stories = settings.get("ARTICLE_URL")
    stories = stories.strip("/").split("/")[0] if isinstance(stories, str) else ""
    own = [*_OWN_FILES]
    if settings.get("PODIUM_REDIRECTS_FILE"):
        own += ["_redirects", "_headers"]
    brand = settings.get("PODIUM_BRAND")
    if not (isinstance(brand, Mapping) and brand.get("logo")):
        own.append("favicon.svg")  # a hub without a logo gets the build's icon (hub.py)
    if len(parts) == 1 and (parts[0] in own or re.fullmatch(r"sitemap(-\d+)?\.xml", parts[0])):
        return "a file the build writes itself"
    if len(parts) > 1 and (parts[0] in _OWN_FOLDERS or parts[0] == stories):
        return f"in {parts[0]}/, where the build writes its own pages"
    return None


def _static_dir_taken(static_dir: str, settings: Mapping[str, Any]) -> str | None:
    """Where THEME_STATIC_DIR is a folder of the hub's own pages, how to say so; else
    None. THEME_STATIC_DIR = "stories" passed podium check, and Pelican copied the
    theme's css/, js/ and fonts/ into stories/ beside the story folders (a story
    slugged "css" wrote over the stylesheet's folder, or the stylesheet over it);
    "en" put them among the English pages. "theme" is the build's own default."""
    parts = [p for p in static_dir.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or parts[0] == "theme":
        return None
    langs = settings.get("PODIUM_LANGUAGES")
    langs = langs if isinstance(langs, (list, tuple)) else ("nl", "en")
    default = str(settings.get("DEFAULT_LANG", "")).lower()
    if len(parts) == 1 and parts[0] in langs and parts[0] != default:
        return f"the folder of the {parts[0]} pages"
    if _podiums_own(parts[0], settings):
        return "the name of a file the build writes itself"
    return _podiums_own("/".join(parts) + "/css/podium.css", settings)


def _named_through_variables(parsed, settings: Mapping[str, Any]) -> list[str]:
    """The templates a template page names through a variable, which
    ``find_referenced_templates`` leaves unknown: `{% extends layout %}` after
    `{% set layout = "base.html" %}`, `{% extends LAYOUT %}` with LAYOUT a setting
    (Pelican gives a template page every setting) or a JINJA_GLOBALS name, a
    choice (`"base.html" if x else "plain.html"`) or a sum of strings. Those
    passed podium check, and the build then stopped on Podium's template."""
    from jinja2 import nodes

    assigned: dict[str, list[Any]] = {}
    for assign in parsed.find_all(nodes.Assign):
        if isinstance(assign.target, nodes.Name):
            assigned.setdefault(assign.target.name, []).append(assign.node)
    globals_ = settings.get("JINJA_GLOBALS")
    globals_ = globals_ if isinstance(globals_, dict) else {}

    def values(value: Any) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, (list, tuple)):
            return [v for v in value if isinstance(v, str)]
        return []

    def names(expr: Any, seen: frozenset[str]) -> list[str]:
        if isinstance(expr, nodes.CondExpr):
            return names(expr.expr1, seen) + names(expr.expr2, seen)
        if isinstance(expr, (nodes.List, nodes.Tuple)):
            return [n for item in expr.items for n in names(item, seen)]
        if isinstance(expr, nodes.Name) and expr.name not in seen:
            found = [
                n for node in assigned.get(expr.name, ()) for n in names(node, seen | {expr.name})
            ]
            if expr.name in settings:
                found += values(settings[expr.name])
            return found + values(globals_.get(expr.name))
        try:
            return values(expr.as_const())
        except Exception:  # nodes.Impossible, or an expression that raises
            return []

    found: list[str] = []
    for kind in (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport):
        for node in parsed.find_all(kind):
            if not isinstance(node.template, nodes.Const):  # the literal ones are known
                found += names(node.template, frozenset())
    return found


_STORY_URLS = (("ARTICLE_URL", "ARTICLE_SAVE_AS"), ("ARTICLE_LANG_URL", "ARTICLE_LANG_SAVE_AS"))


def url_problems(settings: Mapping[str, Any], bad, assigned: Mapping[str, Any] = ()) -> None:
    """A story URL setting its SAVE_AS does not write (``bad(name, message)``), with
    Podium's defaults in place: Pelican's docs change both, and one changed alone
    built a hub whose every link to a story was a 404. ``assigned``: what the
    settings file assigns, to name the one of the two it set."""
    for url_name, save_name in _STORY_URLS:
        url, save_as = settings.get(url_name), settings.get(save_name)
        if not isinstance(url, str) or not isinstance(save_as, str) or not url or not save_as:
            continue  # Pelican's own checks; "" writes no page at all
        if url.endswith("/"):
            if save_as == url + "index.html":
                continue
        elif save_as in (url, url + ".html"):
            continue
        if save_name in assigned and url_name not in assigned:
            fitting = save_as.removesuffix("index.html")
            message = (
                f'"{save_as}" does not write the page at {url_name} ("{url}"), so every '
                f'link to a story would be a 404; set {url_name} = "{fitting}" too'
            )
            bad(save_name, message)
        else:
            fitting = url + "index.html" if url.endswith("/") else url
            message = (
                f'"{url}" is not where {save_name} writes the page ("{save_as}"), so every '
                f'link to a story would be a 404; set {save_name} = "{fitting}" too'
            )
            bad(url_name, message)


def assigned_at(source: str, name: str) -> tuple[str, int | None]:
    """Where setting ``name`` is assigned: in the settings file ``source``, or in
    the pelicanconf.py beside it (which publishconf.py takes with ``from
    pelicanconf import *``); ``(source, None)`` when in neither."""
    where, line = source, setting_line(str(source), name)
    beside = Path(source).parent / "pelicanconf.py"
    if line is None and Path(source).name != beside.name and _takes_pelicanconf(source):
        found = setting_line(str(beside), name)
        if found is not None:
            where, line = beside.as_posix(), found
    return where, line


class SettingProblems:
    """The one way a wrong setting is reported: ``setting NAME MESSAGE``, one line each.

    Every problem is collected before raising, so a user fixes them all in one go;
    the kernel, the cards step and the vacancy feeds all write them through here.
    """

    def __init__(self, source: str, slips: Mapping[str, str] | None = None) -> None:
        self.source = source
        self.slips = dict(slips or {})  # misspelt name -> the setting it was read as
        self.issues: list[Issue] = []
        self.warnings: list[Issue] = []  # the hub builds the same: the typed settings keep them

    def bad(self, name: str, message: str) -> None:
        """A wrong setting: one error on the line assigning it, in the settings
        file or in the pelicanconf.py beside it, as :meth:`warn` (under
        publishconf.py it was "publishconf.py: error:", a file not assigning it)."""
        where, line = assigned_at(str(self.source), name)
        self.issues.append(Issue(where, line, f"setting {name} {message}"))

    def warn(self, name: str, message: str) -> None:
        """A setting that changes nothing: one warning on the line assigning it, in
        the settings file or in the pelicanconf.py beside it (which publishconf.py
        takes with ``from pelicanconf import *``)."""
        where, line = assigned_at(self.source, name)
        self.warnings.append(Issue(where, line, f"setting {name} {message}", "warning"))

    def check(self) -> None:
        if self.issues:
            raise ContentError([self._on_the_slip(issue) for issue in self.issues])

    def _on_the_slip(self, issue: Issue) -> Issue:
        """``issue`` about a setting read from a misspelt name, on that name's line."""
        for name, close in self.slips.items():
            said = f"setting {close}"
            if issue.line is None and issue.message.startswith((f"{said} ", f"{said}[")):
                message = issue.message.replace(said, f"setting {name} (checked as {close})", 1)
                line = setting_line(str(self.source), name)
                return Issue(issue.path, line, message, issue.severity)
        return issue


# What reading a setting of the wrong type raises in the typed settings, once its
# problem is already said (a value the caller has reported): caught where the
# typed settings are read only to add problems to those. Anything else is a
# defect of this code, and is not hidden behind the user's own mistakes.
WRONG_VALUE = (TypeError, ValueError, KeyError, AttributeError)


def check_with_the_rest(
    problems: SettingProblems,
    settings: Mapping[str, Any],
    given: Collection[str],
    along: Sequence[Issue] = (),
) -> None:
    """Raise ``problems`` together with what the typed settings find wrong, each
    misspelt name read as the one meant where ``given`` (the file's names) lacks it.
    ``along``: problems said only with others, as the caller says them alone in
    words of its own (the build refuses a wrong OUTPUT_PATH as its output folder).

    The commands check the names and Pelican's own settings first, and the
    typed settings after them: TIME_ZONE was reported alone, and a PODIUM_BRAND
    colour and an alumni policy as wrong only in the next run; OUTPUT_PATH =
    "content/site" beside them was said only once they were put right.
    """
    if not problems.issues and not along:
        return
    typed: list[Issue] = []
    try:
        PodiumSettings.from_pelican(settings, given)
    except ContentError as exc:
        typed = [i for i in exc.issues if i not in problems.issues]
    except WRONG_VALUE:  # tripped over a value already reported: those come first
        pass
    if problems.issues or typed:
        problems.issues.extend([*along, *typed])
    problems.check()


def _cache_path(settings: Mapping[str, Any], bad) -> str | None:
    """``PODIUM_CACHE_PATH``, never inside content/: the cache is not content, and
    `podium serve` watches content/, so every build's cache writes would start
    the next build, forever."""
    raw = settings.get("PODIUM_CACHE_PATH")
    if raw is not None and not isinstance(raw, (str, os.PathLike)):
        # 5 or ["cache"] made a folder named "5" or "['cache']" beside content/.
        bad("PODIUM_CACHE_PATH", 'must be a folder, like ".podium-cache", or left out for '
            f".podium-cache beside content/, not {raw!r}")  # fmt: skip
        return None
    if not raw:
        return None
    # A NUL character, half of a UTF-16 pair or a name too long: one line, as for every
    # folder setting, not os.stat's "ValueError: embedded null byte" naming no setting.
    why = unnamable(str(raw))
    if why:
        bad("PODIUM_CACHE_PATH", f"is a folder {why}")
        return None
    path = Path(str(raw))
    where = settings.get("PODIUM_SETTINGS_FILE")
    if not path.is_absolute() and where:
        # Relative to the settings file, as Pelican takes PATH and OUTPUT_PATH:
        # `podium build -s site/pelicanconf.py` from elsewhere must find the same cache.
        path = Path(str(where)).resolve().parent / path
    if settings.get("PATH"):
        content = Path(settings["PATH"]).resolve()
        if path.resolve().is_relative_to(content):
            bad(
                "PODIUM_CACHE_PATH",
                f"is inside content/ ({raw}); choose a folder outside it, or leave the "
                "setting out for .podium-cache beside content/",
            )
            return str(path)
    shared = _shared_folder(path.resolve(), settings.get("PATH"))
    if shared:
        bad(
            "PODIUM_CACHE_PATH",
            f"is {shared} ({raw}), a folder other files live in; give the cache a folder of "
            'its own, like ".podium-cache" or "/tmp/podium-cache", or leave the setting out',
        )
    return str(path)


def _shared_folder(path: Path, content: str | None) -> str | None:
    """What ``path`` is when it is a folder Podium must not take as its cache,
    else None. The cache folder is Podium's own: each command removes every
    symlink at its top (a planted one would send the cache's writes elsewhere)
    and the temporary files of cut-off writes there and one folder down, and
    the build removes the cards and photos it no longer uses. Set to /tmp, ~,
    ~/.cache or the project folder, that removed other programs' files."""
    import tempfile

    named = {
        Path("/"): "the root folder",
        Path(tempfile.gettempdir()).resolve(): "the system's temporary folder",
    }
    with contextlib.suppress(RuntimeError):  # no home folder (a bare container)
        named[Path.home().resolve()] = "your home folder"
        named[(Path.home() / ".cache").resolve()] = "your home folder's .cache"
    if path in named:
        return named[path]
    if content and Path(content).resolve().is_relative_to(path):
        return "the project's folder, with content/ in it"
    return None


# Settings that belong to one step register their parser here (PODIUM_CARDS in
# podium_cards.layout_settings, PODIUM_FEEDS in podium_vacancies.feeds), so that the
# typed settings validate them with all the others, at start-up and in
# ``podium check``, without the kernel importing any step.


@dataclass(frozen=True)
class Basics:
    """The core settings a step's own setting may depend on, as the kernel read
    and checked them. PODIUM_FEEDS once read PODIUM_LANGUAGES, DEFAULT_LANG and
    TIMEZONE again from the raw settings, with defaults of its own: a hub that
    left DEFAULT_LANG out had its feeds' posts in another default language than
    its pages."""

    languages: tuple[str, ...] = ("nl", "en")
    default_lang: str = "nl"
    timezone: str = "Europe/Amsterdam"


SettingParser = Callable[[Mapping[str, Any], str, Basics], Any]
_SECTIONS: dict[str, tuple[str, SettingParser]] = {}


def register_setting(name: str, attr: str, parse: SettingParser) -> None:
    """``parse(settings, source, basics)`` returns the typed value of setting
    ``name`` for ``PodiumSettings.<attr>`` or raises ContentError."""
    _SECTIONS[name] = (attr, parse)


@dataclass(frozen=True)
class Utm:
    """``PODIUM_UTM``: the UTM parameters of links shared outside the site."""

    source: str = "recruiter"
    medium: str = "outreach"
    campaign_prefix: str = "theme-"  # + the theme slug, on theme pages' "copy link"
    share_campaign: str = "story-share"  # on stories' share buttons


@dataclass(frozen=True)
class Cms:
    """``PODIUM_CMS``: the browser editor's GitHub backend (Decap CMS)."""

    repo: str
    branch: str = "main"
    base_url: str | None = None
    auth_endpoint: str | None = None
    site_domain: str | None = None
    api_root: str | None = None
    open_authoring: bool | None = None


# PODIUM_CACHE_KEY: the key that tells the build's own cache records from planted
# ones (podium.cache.seal). A CI secret, so it is read from the environment only,
# never from a settings file a pull request can edit; read here, once per process,
# as every other setting is read in this module, and held out of every repr (the
# settings' identity keys caches) and log line.
CACHE_KEY_ENV = "PODIUM_CACHE_KEY"


@dataclass(frozen=True)
class Secret:
    """A value that must never be printed: its repr and str are ``Secret()``."""

    value: bytes = field(repr=False)


# A key shorter than this, or of fewer different characters, is a warning: whoever
# can write the cache can read it too, records and MACs, and try keys against them
# offline for as long as they like (as Django's check warns of a short SECRET_KEY).
MIN_CACHE_KEY_CHARS = 32
MIN_CACHE_KEY_KINDS = 5


@functools.cache
def cache_key_environment() -> str | None:
    """``PODIUM_CACHE_KEY`` as the environment has it, read once per process; None when unset."""
    return os.environ.get(CACHE_KEY_ENV)


def cache_key_from_environment() -> Secret | None:
    """``PODIUM_CACHE_KEY`` as bytes; None when unset, empty or only white space
    (a secret pasted as a line break): no key, as the warning says."""
    value = cache_key_environment()
    return Secret(value.encode("utf-8", "surrogateescape")) if value and value.strip() else None


def _cache_key_problems(problems: SettingProblems) -> None:
    """One warning when PODIUM_CACHE_KEY is set but seals nothing, or seals weakly;
    never its value. Unset (a laptop, a pull request's run) is said nothing of."""
    value = cache_key_environment()
    if value is None:
        return
    name = f"environment variable {CACHE_KEY_ENV}"
    make = 'python3 -c "import secrets; print(secrets.token_hex(32))"'
    if not value.strip():
        # GitHub gives a step `${{ secrets.PODIUM_CACHE_KEY }}` as "" when the secret
        # is not there (not added, another name, a job without its environment).
        message = (
            f"{name} is set but empty, so the cache is not sealed and a planted record "
            "of the right shape is used; add the secret the workflow names (README, "
            '"The cache and the trust boundary"), or leave the variable unset'
        )
    elif len(value) < MIN_CACHE_KEY_CHARS or len(set(value)) < MIN_CACHE_KEY_KINDS:
        message = (
            f"{name} is {len(value)} characters long, of {len(set(value))} different ones: "
            "a key that weak can be found by trying keys against the MACs a restored cache "
            f"holds; use at least {MIN_CACHE_KEY_CHARS} random characters, such as {make} prints"
        )
    else:
        return
    problems.warnings.append(Issue(problems.source, None, message, "warning"))


def child_environment(**extra: str) -> dict[str, str]:
    """The environment for a program the build starts (Pagefind, git, decap-server):
    this process's, without ``PODIUM_CACHE_KEY``, which none of them needs, so that
    no other program (a package from npm or PyPI, its dependencies) is handed the
    key that tells the build's cache records from planted ones; plus ``extra``."""
    env = {name: value for name, value in os.environ.items() if name != CACHE_KEY_ENV}
    return {**env, **extra}


@dataclass(frozen=True)
class PodiumSettings:
    languages: tuple[str, ...] = ("nl", "en")
    default_lang: str = "nl"
    timezone: str = "Europe/Amsterdam"
    brand: Brand = field(default_factory=Brand)
    # SITENAME ("Werken bij Lindehof"): with the brand's name, words every story
    # may use, so the tagger takes none of them from a theme's name or description.
    site_name: str = ""
    alumni_policy: str = "keep"
    today: dt.date = field(default_factory=dt.date.today)
    # PODIUM_TODAY (setting or environment) fixed ``today``: the editor shows that
    # day, and `podium ping` counts Google's quota by it, not by the clock.
    today_fixed: bool = field(default=False, repr=False, compare=False)
    per_page: int = 12
    featured_count: int = 3
    latest_count: int = 6
    # People per page of the people list: a person is a line, not a story's
    # card, so a page holds more of them. Out of the repr: no parse reads it.
    people_per_page: int = field(default=48, repr=False, compare=False)
    max_story_bytes: int = 1_000_000
    # `podium report`: a story this many days old or younger is recent. About half
    # a year by default; a hub that publishes weekly asks for less.
    report_recent_days: int = field(default=183, repr=False, compare=False)
    themes_file: str = "themes.yml"
    withdrawn_file: str = "withdrawn.yml"
    settings_file: str = "pelicanconf.py"
    cache_path: str | None = None  # PODIUM_CACHE_PATH; None: .podium-cache beside content/
    # Team slug -> name per language; shared by stories and vacancies.
    teams: dict[str, dict[str, str]] = field(default_factory=dict)
    # Hosts whose https:// iframes a story may embed (video players); every
    # other iframe is removed by the sanitiser.
    iframe_hosts: tuple[str, ...] = DEFAULT_IFRAME_HOSTS
    utm: Utm = field(default_factory=Utm)
    # PODIUM_PREVIEW, set by `podium serve --drafts`: drafts get pages. (The parse
    # cache keys only on what a parse reads: podium_read.parse.PARSE_READS.)
    preview: bool = field(default=False, repr=False, compare=False)
    # PODIUM_CMS; None: no production editor (/admin/ is left out).
    cms: Cms | None = field(default=None, repr=False, compare=False)
    # PODIUM_CMS_LOCAL, set by `podium serve --cms`: decap-server's URL, which the
    # preview's /admin/ saves through; None: no local editor.
    cms_local: str | None = field(default=None, repr=False, compare=False)
    # Registered by their steps (see register_setting). Left out of repr and
    # equality (the identity, made once per settings object): no kernel cache keys on them.
    cards: Any = field(default=None, repr=False, compare=False)  # podium_cards' CardLayout
    feeds: tuple = field(default=(), repr=False, compare=False)  # podium_vacancies' FeedConfigs
    search_chunk: int = field(default=2000, repr=False, compare=False)  # podium_index
    tag_meaning: bool = field(default=False, repr=False, compare=False)  # podium_tag
    # The names of the registered settings read into it (see ``get``).
    sections: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    # Hosts whose https:// images a story may show (PODIUM_IMAGE_HOSTS); any
    # other image on another site is refused: readers' browsers would call it.
    image_hosts: tuple[str, ...] = ()
    # File types besides images a story may link and publish (PODIUM_ATTACHMENTS).
    attachments: tuple[str, ...] = ()
    # The paths from the site's root (no leading "/") under which the hub publishes
    # files as they are: the theme's, the cards, STATIC_PATHS (each also under
    # SITEURL's path). An image by any other site path is a broken image.
    site_files: tuple[str, ...] = ("theme", "cards", "media", "favicon.svg")
    # The folders of content/ published as they are (STATIC_PATHS, "brand" by default).
    static_paths: tuple[str, ...] = ("brand",)
    # The files of content/ the settings name by themselves (STATIC_PATHS entries,
    # EXTRA_PATH_METADATA keys): a page or script among them is their choice.
    static_named: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    # What Pelican leaves out of them: STATIC_EXCLUDES (folders of content/) and
    # IGNORE_FILES (patterns of a file's or folder's name).
    static_excludes: tuple[str, ...] = field(default=(), repr=False, compare=False)
    ignore_files: tuple[str, ...] = field(default=(), repr=False, compare=False)
    # What Pelican leaves out of the story folders: ARTICLE_EXCLUDES (folders of
    # content/, like "interviews/drafts") and IGNORE_FILES. Which files are read,
    # not how one parses: out of the parse cache's key, as the two above.
    article_excludes: tuple[str, ...] = field(default=(), repr=False, compare=False)
    # The first parts of every path the build may write (its own pages and files,
    # site_files, the languages' folders, TEMPLATE_PAGES, EXTRA_PATH_METADATA and
    # *_SAVE_AS targets); None where a *_SAVE_AS starts with a {placeholder}, so any
    # may be written. A link to a site path under none of them leads to nothing.
    published_roots: tuple[str, ...] | None = None
    pay_transparency: str = "warn"  # PODIUM_PAY_TRANSPARENCY: off / warn / error
    # PODIUM_REDIRECTS_FILE: "netlify" or "cloudflare" writes that host's _redirects
    # (301 for the redirect pages, 410 for tombstones where the host can) and _headers
    # (caching, noindex: podium_render.host_headers); None: neither.
    redirects_file: str | None = field(default=None, repr=False, compare=False)
    og_locales: dict[str, str] = field(default_factory=dict)  # lang -> nl_NL
    ping: Ping = field(default_factory=Ping)
    # PODIUM_LASTMOD_FROM_GIT: sitemap lastmod from git history when the
    # site is a full checkout (else from the content-hash record).
    lastmod_from_git: bool = True
    # SITEURL, without its trailing slash: where the hub answers, so that
    # `podium check` can tell a story's link to the hub itself written in full
    # (https://<SITEURL>/stories/x/) and one that leaves a hub served under a
    # sub-path (/stories/x/ on https://x.example/careers). No parse reads it.
    # With a local preview's empty SITEURL, publishconf.py's.
    site_url: str = field(default="", repr=False, compare=False)
    # SITEURL as the settings give it, which the pages' own links start with: "" for
    # a local preview (site-relative links), where ``site_url`` is the published hub's
    # address (publishconf.py's), for what must name it in full (canonical, sitemap).
    link_root: str = field(default="", repr=False, compare=False)
    # PATH, the content folder (absolute, as Pelican makes it).
    content_root: Path = field(default=Path("content"), repr=False, compare=False)
    # FEED_MAX_ITEMS, checked with Pelican's settings: the stories an Atom feed carries,
    # and the newest of a JSON Feed that carry their whole HTML; None: every story.
    feed_max_items: int | None = field(default=None, repr=False, compare=False)
    # pipeline.PREVIOUS_OUTPUT, set by `podium build`: the output folder the build
    # replaces once it is done; None for a plain `pelican` run, which writes over it.
    previous_output: str | None = field(default=None, repr=False, compare=False)
    # One-line warnings on settings that change nothing (UNREAD), each on its line;
    # every command that reads the settings prints them (podium check lists them).
    warnings: tuple[Issue, ...] = field(default=(), repr=False, compare=False)
    # PODIUM_CACHE_KEY (environment only: a CI secret); None when unset. Out of the
    # repr, and so of ``identity`` and every cache key made from it, and out of equality.
    cache_key: Secret | None = field(
        default_factory=cache_key_from_environment, repr=False, compare=False
    )

    # ARTICLE_URL and ARTICLE_LANG_URL: where a story in the default language,
    # and in another, answers; its old URLs (aliases, tombstones) are made the same way.
    article_url: str = "stories/{slug}/"
    article_lang_url: str = "{lang}/stories/{slug}/"

    def story_url(self, slug: str, lang: str) -> str:
        """Site-relative URL of the story ``slug`` in ``lang`` (no leading slash),
        as Pelican makes it: a page, an old slug's redirect, a tombstone."""
        pattern = self.article_url if lang == self.default_lang else self.article_lang_url
        return pattern.format(slug=slug, lang=lang)

    # The hub's own pages, made as story_url makes a story's (site-relative, no
    # leading slash, a trailing slash; the default language at the root, another
    # under its code). The render step plans its pages with these, and the checks
    # of old and linked URLs, the editor and the templates name them with the same:
    # written by hand in each, they could drift from the pages the build writes.
    def section_url(self, section: str, lang: str) -> str:
        """A section's list page in ``lang``: stories, interviews, columns,
        people, themes, vacancies, search, preview."""
        return f"{self.lang_prefix(lang)}{section}/"

    def themes_url(self, lang: str) -> str:
        return self.section_url("themes", lang)

    def theme_url(self, slug: str, lang: str) -> str:
        """A theme's page (or its former slug's redirect) in ``lang``."""
        return f"{self.themes_url(lang)}{slug}/"

    def vacancies_url(self, lang: str) -> str:
        return self.section_url("vacancies", lang)

    def vacancy_url(self, vacancy_id: str, lang: str) -> str:
        """A vacancy's page, open or closed, in ``lang`` (its own language's)."""
        return f"{self.vacancies_url(lang)}{vacancy_id}/"

    def people_url(self, lang: str) -> str:
        return self.section_url("people", lang)

    def person_url(self, slug: str, lang: str) -> str:
        """A person's page (or a former name's redirect to it) in ``lang``."""
        return f"{self.people_url(lang)}{slug}/"

    @property
    def basics(self) -> Basics:
        """The core settings a step's own setting is read with (``register_setting``)."""
        return Basics(self.languages, self.default_lang, self.timezone)

    def og_locale(self, lang: str) -> str:
        """Open Graph's language_TERRITORY for a site language (nl -> nl_NL)."""
        return self.og_locales.get(lang) or DEFAULT_OG_LOCALES.get(lang) or f"{lang}_{lang.upper()}"

    @functools.cached_property
    def identity(self) -> str:
        """The repr: a stable, complete identity (Brand holds dicts, so no tuple
        hash), made once per settings object, which nothing changes after reading."""
        return repr(self)

    def __hash__(self) -> int:
        return hash(self.identity)

    def team_name(self, slug: str | None, lang: str, written: str | None = None) -> str:
        """The team's name in ``lang`` (PODIUM_TEAMS), else ``written`` (an ATS
        department's own name, "Data & Analytics"), else its slug as words
        ("data-team" is "Data team"), as Hugo titles a taxonomy term that has no
        title of its own: PODIUM_TEAMS is optional, and a pull names a department
        by slug."""
        names = self.teams.get(slug or "", {})
        if names:
            return names.get(lang) or next(iter(names.values()))
        if written:
            return written
        words = (slug or "").replace("-", " ").strip()
        return words[:1].upper() + words[1:]

    def team_problem(self, team: str) -> str:
        """A ``team`` field that is none of PODIUM_TEAMS, with the nearest team by
        slug or by name ("Techniek", "techniek" for the team named so): one
        message for stories and hand-written vacancies alike."""
        names = {slugify(n): slug for slug, ns in self.teams.items() for n in ns.values()}
        key = slugify(team)
        near = key if key in self.teams else names.get(key)
        hint = f' (did you mean "{near}"?)' if near else did_you_mean(key or team, self.teams)
        return (
            f'field "team" must be one of the teams in PODIUM_TEAMS '
            f'({", ".join(self.teams)}), not "{team}"{hint}'
        )

    def lang_prefix(self, lang: str) -> str:
        """URL prefix of a language: '' for the default, 'en/' for others."""
        return "" if lang == self.default_lang else f"{lang}/"

    @classmethod
    def from_pelican(
        cls, settings: Mapping[str, Any], given: Collection[str] | None = None
    ) -> PodiumSettings:
        """The typed settings; ``given``: the names the settings file assigns, when
        known (a misspelt name is read as the one meant where the file lacks it).

        Each setting (or group) is read by a function of its own (``_languages``,
        ``_brand``, ``_teams``, ...): this one was 300 lines that read them all.
        Every problem is collected before one ContentError lists them."""
        source = settings.get("PODIUM_SETTINGS_FILE", "pelicanconf.py")
        slips = _slips(settings, given)
        if slips:
            settings = {**settings, **{close: settings[name] for name, close in slips.items()}}
        problems = SettingProblems(source, slips)
        bad = problems.bad

        _unknown_settings(settings, bad)
        named = len(problems.issues)  # names only, said with the values below
        core_problems(settings, bad)
        unread_settings(settings, problems.warn)
        if len(problems.issues) > named:
            # The checks below would trip over the same wrong types.
            problems.check()
        # `podium serve` empties SITEURL so that the preview links to itself, and
        # says what the settings file gave (PODIUM_SERVED_SITEURL): that is the
        # address to judge. Not PODIUM_PUBLIC_SITEURL: a build fills it in from
        # pelicanconf.py's when the publish settings give none, which is the slip.
        address = settings.get("PODIUM_SERVED_SITEURL", settings.get("SITEURL"))
        _publish_address(source, address, problems.warn, settings.get("SITENAME"))
        _borrowed_address(source, settings, problems.warnings)
        _feed_domain(settings.get("FEED_DOMAIN"), settings.get("SITEURL"), problems.warn)
        _demo_indexnow_key(source, settings, problems.warn)
        _demo_cms_repo(settings, problems.warn)
        _own_robots(settings, problems.warn)
        default_lang, langs, langs_given = _languages(settings, bad)
        timezone = _timezone(settings, bad)
        _default_lang_in_languages(source, default_lang, langs, bad)

        policy = _choice(settings, "PODIUM_ALUMNI_POLICY", ALUMNI_POLICIES, bad)

        brand = _brand(settings, langs, bad, problems.warn)
        teams = _teams(settings, langs, langs_given, bad)
        _printed_text_problems(settings, brand, bad)

        iframe_hosts = _iframe_hosts(settings, bad)
        cms = _cms(settings, bad)
        # Internal (a settings file may not assign it): a command sets it, as a string.
        cms_local = str(settings.get("PODIUM_CMS_LOCAL") or "") or None
        # bool() made PODIUM_PREVIEW = "False" (or "no") a preview: drafts got pages.
        preview = _switch(settings, "PODIUM_PREVIEW", False, bad)
        utm = _utm(settings, bad)
        image_hosts = _hosts(settings, "PODIUM_IMAGE_HOSTS", (), bad, "images.example.com")
        attachments = _attachments(settings, bad)
        site_files = _site_files(settings)
        published_roots = _published_roots(settings, site_files)
        pay = _choice(settings, "PODIUM_PAY_TRANSPARENCY", PAY_TRANSPARENCY, bad, "warn")
        redirects_file = _redirects_file(settings, bad)
        og_locales = _og_locales(settings, bad)
        ping = _ping(settings, bad)
        from_git = _switch(settings, "PODIUM_LASTMOD_FROM_GIT", True, bad)
        today, today_fixed = _today(settings, problems, timezone)
        _cache_key_problems(problems)
        ints = _counts(settings, bad)

        cache_path = _cache_path(settings, bad)
        article_urls = _article_urls(settings, bad)
        basics = Basics(tuple(langs), default_lang, timezone)
        owned = _steps_settings(settings, source, basics, problems, _SECTIONS)
        problems.check()
        return cls(
            languages=tuple(langs),
            default_lang=default_lang,
            timezone=timezone,
            brand=brand,
            site_name=sitename if isinstance(sitename := settings.get("SITENAME"), str) else "",
            alumni_policy=policy,
            today=today,
            today_fixed=today_fixed,
            settings_file=source,
            teams=teams,
            cache_path=cache_path,
            iframe_hosts=iframe_hosts,
            utm=utm,
            preview=preview,
            cms=cms,
            cms_local=cms_local,
            **owned,
            sections=frozenset(_SECTIONS),
            image_hosts=image_hosts,
            attachments=attachments,
            site_files=site_files,
            static_paths=_static_paths(settings),
            static_named=_static_named(settings),
            static_excludes=tuple(_folders(settings.get("STATIC_EXCLUDES", []))),
            ignore_files=_patterns(settings.get("IGNORE_FILES", [])),
            article_excludes=_article_excludes(settings),
            published_roots=published_roots,
            pay_transparency=pay,
            redirects_file=redirects_file,
            og_locales=dict(og_locales),
            ping=ping,
            lastmod_from_git=from_git,
            **article_urls,
            # The published hub's address when this SITEURL is a local preview's
            # "" (PODIUM_PUBLIC_SITEURL, publishconf.py's, see podium_cli.build).
            site_url=str(
                settings.get("SITEURL") or settings.get("PODIUM_PUBLIC_SITEURL") or ""
            ).rstrip("/"),
            warnings=tuple(problems.warnings),
            **ints,
            **_as_passed(settings),
        )


def _as_passed(settings: Mapping[str, Any]) -> dict[str, Any]:
    """What the steps read as Pelican's settings give it (checked with Pelican's own,
    ``core_problems``, or set by the command): PATH, SITEURL, FEED_MAX_ITEMS and the
    previous output, so no step reads them raw."""
    from .pipeline import PREVIOUS_OUTPUT

    items = settings.get("FEED_MAX_ITEMS")
    return {
        "content_root": Path(str(settings.get("PATH") or "content")),
        "link_root": str(settings.get("SITEURL") or ""),
        "feed_max_items": items if isinstance(items, int) and not isinstance(items, bool) else None,
        "previous_output": str(settings.get(PREVIOUS_OUTPUT) or "") or None,
    }


def _languages(settings: Mapping[str, Any], bad) -> tuple[str, Any, bool]:
    """DEFAULT_LANG as written, PODIUM_LANGUAGES, and whether the languages are the
    ones given (False: the default language alone, after an error)."""
    default_lang = str(settings.get("DEFAULT_LANG", "nl")).lower()
    langs = settings.get("PODIUM_LANGUAGES", ("nl", "en"))
    langs_given = True  # False: replaced by the default language after an error
    if isinstance(langs, (list, tuple)) and not langs:
        bad("PODIUM_LANGUAGES", 'is empty; list the hub\'s languages, like ["nl", "en"]')
        langs, langs_given = (default_lang,), False
    elif not isinstance(langs, (list, tuple)) or not all(
        isinstance(x, str) and re.fullmatch(r"[a-z]{2}", x) for x in langs
    ):
        bad("PODIUM_LANGUAGES", 'must be a list of two-letter codes like ["nl", "en"], '
            f"not {_shown(langs)}{_languages_meant(langs)}")  # fmt: skip
        langs, langs_given = (default_lang,), False
    twice = sorted({x for x in langs if list(langs).count(x) > 1})
    if twice:
        # Two languages with one code would write every page twice.
        bad("PODIUM_LANGUAGES", f'must name each language once; "{twice[0]}" is listed twice')
        langs = tuple(dict.fromkeys(langs))
    spoken = i18n.languages()
    for lang in langs if langs_given else ():
        if lang not in spoken:
            # Its pages would mix: <html lang="de">, English menus and dates.
            bad(
                "PODIUM_LANGUAGES",
                f'lists "{lang}", which Podium\'s pages have no texts in (menus, buttons, '
                f'dates); they speak {one_of(spoken)}: leave "{lang}" out, or add its '
                "texts to plugins/podium/strings.yml and share_prompts.yml",
            )
    if langs_given and any(lang not in spoken for lang in langs):
        # Read on without it: every team and tagline was also told to name itself
        # in a language the hub can never publish.
        langs = tuple(lang for lang in langs if lang in spoken) or (default_lang,)
    return default_lang, langs, langs_given


def _default_lang_in_languages(source: str, default_lang: str, langs, bad) -> None:
    """DEFAULT_LANG must be one of PODIUM_LANGUAGES: its pages are the hub's first."""
    if default_lang not in langs:
        # A Dutch-only hub whose file leaves DEFAULT_LANG out has Pelican's "en".
        why = ""
        if assigned_at(source, "DEFAULT_LANG")[1] is None:
            why = f" (Pelican's default, as the settings file does not set it); add " \
                  f'DEFAULT_LANG = "{langs[0]}"'  # fmt: skip
        bad("DEFAULT_LANG", f'must be one of PODIUM_LANGUAGES ({one_of(langs)}), not '
                            f'"{default_lang}"{why}')  # fmt: skip


def _brand(settings: Mapping[str, Any], langs, bad, warn) -> Brand:
    """``PODIUM_BRAND``: the company's name, logo, colours, tagline and profiles."""
    brand_raw = settings.get("PODIUM_BRAND", {}) or {}
    brand = Brand()
    if not isinstance(brand_raw, Mapping):
        bad("PODIUM_BRAND", "must be a dict like {'name': 'Acme', 'color': '#0b5d4b'}")
    else:
        allowed = ("name", "logo", "color", "accent", "tagline", "same_as")
        for key in brand_raw:
            if key not in allowed:
                bad(f"PODIUM_BRAND['{key}']", f"is unknown; valid keys are {one_of(allowed)}")
        hexes = {}
        for key in ("color", "accent"):
            value = brand_raw.get(key, getattr(brand, key))
            hexes[key] = colors.hex_value(value)
            if hexes[key] is None:
                bad(f"PODIUM_BRAND['{key}']",
                    f'must be a colour as {colors.HEX_FORMS}, not "{value}"')  # fmt: skip
        tagline = brand_raw.get("tagline", {})
        if isinstance(tagline, str):
            tagline = {lang: tagline for lang in langs}
        elif not isinstance(tagline, Mapping):
            # It was dropped without a word: the hub's front page and the
            # description of every listing fell back to Podium's own text.
            bad("PODIUM_BRAND['tagline']", "must be text, or a dict of text per language "
                f"like {{'nl': '...', 'en': '...'}}, not {type(tagline).__name__}")  # fmt: skip
            tagline = {}
        else:
            for key, value in tagline.items():
                if key in i18n.spare(langs):
                    continue  # kept for the day the language is published, as in themes.yml
                if key not in langs:
                    bad(f"PODIUM_BRAND['tagline']['{key}']", "names no language of "
                        f"PODIUM_LANGUAGES ({one_of(langs)})")  # fmt: skip
                elif not isinstance(value, str) or not value.strip():
                    bad(f"PODIUM_BRAND['tagline']['{key}']", "must be a sentence of text, "
                        f"not {value!r}")  # fmt: skip
            tagline = {k: v for k, v in tagline.items() if k in langs and isinstance(v, str)}
            missing = [lang for lang in langs if lang not in tagline]
            if tagline and missing:
                # A language added later (a hub that started in English): its
                # front page and listings took Podium's own sentence as their
                # description, where a team name missing there is an error.
                warn("PODIUM_BRAND['tagline']", f'has no "{missing[0]}" text, so the '
                     f'"{missing[0]}" pages describe the hub in Podium\'s own words; give '
                     f"one per language ({one_of(langs)}), or one for all as text")  # fmt: skip
        name = brand_raw.get("name", settings.get("SITENAME", brand.name))
        if "name" in brand_raw and (not isinstance(name, str) or not name.strip()):
            # str() of it was the hub's name: "['Acme']" or "None" in every page's
            # title, the cards, the feeds and the JobPosting's hiringOrganization.
            bad("PODIUM_BRAND['name']", "must be the company's name as text, like "
                f"'Acme', not {name!r}")  # fmt: skip
            name = settings.get("SITENAME", brand.name)
        brand = Brand(
            name=str(name),
            logo=brand_raw.get("logo"),
            color=hexes["color"] or brand.color,
            accent=hexes["accent"] or brand.accent,
            tagline=dict(tagline) if isinstance(tagline, Mapping) else {},
            same_as=_same_as(brand_raw.get("same_as"), bad),
            color_written=brand_raw.get("color") if hexes["color"] else None,
            name_given="name" in brand_raw,
        )
    return brand


def _teams(settings: Mapping[str, Any], langs, langs_given: bool, bad) -> dict[str, dict[str, str]]:
    """``PODIUM_TEAMS``: {team slug: {language: name}}, one name per language."""
    teams_raw = settings.get("PODIUM_TEAMS", {}) or {}
    teams: dict[str, dict[str, str]] = {}
    if not isinstance(teams_raw, Mapping):
        bad("PODIUM_TEAMS", "must be a dict like {'engineering': {'nl': ..., 'en': ...}}")
    else:
        for slug, names in teams_raw.items():
            if not is_slug(slug):
                bad(f"PODIUM_TEAMS['{slug}']", "needs a slug key like 'customer-care'")
            elif isinstance(names, str):
                teams[slug] = {lang: names for lang in langs}
            elif isinstance(names, Mapping):
                for key in names:
                    # Not when PODIUM_LANGUAGES itself is wrong: that is the one error.
                    if key not in langs and key not in i18n.spare(langs) and langs_given:
                        # Held to the tagline's rule: a "de" name on a nl/en hub is a
                        # typo or a language left over, and no page would show it.
                        bad(f"PODIUM_TEAMS['{slug}']['{key}']", "names no language of "
                            f"PODIUM_LANGUAGES ({one_of(langs)})")  # fmt: skip
                for key, value in names.items():
                    if key in langs and not isinstance(value, str):
                        # str() of it was the team's name: "['Support']" on the pages.
                        bad(f"PODIUM_TEAMS['{slug}']['{key}']", "must be the team's "
                            f"name as text, not {value!r}")  # fmt: skip
                teams[slug] = {
                    str(k): v for k, v in names.items() if k in langs and isinstance(v, str)
                }
                # An English page would name the team in Dutch without a word.
                missing = [
                    lang
                    for lang in langs
                    if not teams[slug].get(lang) and isinstance(names.get(lang, ""), str)
                ]
                if missing:
                    bad(
                        f"PODIUM_TEAMS['{slug}']",
                        f'has no "{missing[0]}" name; give one per language '
                        f"({one_of(langs)}), or one name for all as text",
                    )
            else:
                bad(f"PODIUM_TEAMS['{slug}']", "must be a name or {'nl': ..., 'en': ...}")
    return teams


def _printed_text_problems(settings: Mapping[str, Any], brand: Brand, bad) -> None:
    """The brand's name and tagline and the teams' names as the pages print them,
    held to the rules of content text (no invisible controls)."""
    brand_raw = settings.get("PODIUM_BRAND", {}) or {}
    teams_raw = settings.get("PODIUM_TEAMS", {}) or {}
    # Names the templates and feeds print, held to the rules of content text.
    shown = {"PODIUM_BRAND['name'] (or SITENAME)": brand.name}
    raw_texts = [
        (
            "PODIUM_BRAND['tagline']",
            brand_raw.get("tagline") if isinstance(brand_raw, Mapping) else None,
        )
    ]
    if isinstance(teams_raw, Mapping):
        raw_texts += [(f"PODIUM_TEAMS['{k}']", v) for k, v in teams_raw.items()]
    for name, value in raw_texts:
        if isinstance(value, Mapping):
            shown.update({f"{name}['{k}']": v for k, v in value.items()})
        elif value is not None:
            shown[name] = value
    for name, text in shown.items():
        problem = bad_character(str(text))
        if problem:
            bad(name, f"contains {problem}")


def _redirects_file(settings: Mapping[str, Any], bad) -> str | None:
    """``PODIUM_REDIRECTS_FILE``: the host whose _redirects and _headers the build writes."""
    redirects_file = settings.get("PODIUM_REDIRECTS_FILE") or None
    if redirects_file is not None and redirects_file not in REDIRECTS_FILES:
        bad("PODIUM_REDIRECTS_FILE", f"must be {one_of(REDIRECTS_FILES)} (the host that "
            f"reads the _redirects file) or None, not {redirects_file!r}"
            + did_you_mean(str(redirects_file), REDIRECTS_FILES))  # fmt: skip
        redirects_file = None
    extra = settings.get("EXTRA_PATH_METADATA")
    if redirects_file and isinstance(extra, Mapping):
        # Pelican copied the hand-written file over the build's, or the other way.
        for source_file, meta in extra.items():
            if not isinstance(meta, Mapping):
                continue
            targets = {str(meta.get(k, "")).strip("/") for k in ("path", "save_as")}
            for name in sorted(targets & {"_redirects", "_headers"}):
                bad("PODIUM_REDIRECTS_FILE", f"writes {name}, which EXTRA_PATH_METADATA "
                    f"copies from {source_file!r} too: keep one of the two")  # fmt: skip
    return redirects_file


def _counts(settings: Mapping[str, Any], bad) -> dict[str, int]:
    """The whole-number settings (``_COUNT_SETTINGS``), each its default when wrong."""
    ints = {}
    for name, attr, default in _COUNT_SETTINGS:
        value = settings.get(name, default)
        if value in (False, None) and name == "DEFAULT_PAGINATION":
            value = 10_000  # Pelican's "no pagination" (None too, as Pelican reads it)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            every = ", or False for every story on one page" * (name == "DEFAULT_PAGINATION")
            bad(name, f"must be a positive whole number{every}, not {_shown(value)}")
            value = default
        elif name == "PODIUM_MAX_STORY_BYTES" and value > MAX_STORY_BYTES_LIMIT:
            # 10**30 passed, and reading the first story ended the build in
            # "OverflowError: cannot fit 'int' into an index-sized integer".
            bad(name, f"must be a number of bytes up to {MAX_STORY_BYTES_LIMIT:_} "
                f"(1 GB), like 1_000_000, not {_shown(value)}")  # fmt: skip
            value = default
        elif value > MAX_COUNT and name == "PODIUM_REPORT_RECENT_DAYS":
            value = MAX_COUNT  # longer than the calendar, as 10**30 is: every story
        elif value > MAX_COUNT:
            # 10**5000 passed, and printing the settings ended the command in
            # "ValueError: Exceeds the limit (4300 digits) for integer string conversion".
            bad(name, f"must be a whole number from 1 to {MAX_COUNT:_}, like {default}, "
                f"not {_shown(value)}")  # fmt: skip
            value = default
        ints[attr] = value
    return ints


def _switch(settings: Mapping[str, Any], name: str, default: bool, bad) -> bool:
    """A True-or-False setting; its default when it is anything else."""
    value = settings.get(name, default)
    if not isinstance(value, bool):
        bad(name, f"must be True or False, not {value!r}")
        return default
    return value


def _og_locales(settings: Mapping[str, Any], bad) -> Mapping[str, str]:
    """``PODIUM_OG_LOCALES``: {language: Open Graph locale}, like {'en': 'en_US'}."""
    og_locales = settings.get("PODIUM_OG_LOCALES", {}) or {}
    locale_re = re.compile(r"[a-z]{2}_[A-Z]{2}")
    if not isinstance(og_locales, Mapping):
        bad("PODIUM_OG_LOCALES", "must map languages to locales, like {'en': 'en_US'}, "
            f"not {_shown(og_locales)}")  # fmt: skip
        return {}
    for lang, value in og_locales.items():
        if not (isinstance(value, str) and locale_re.fullmatch(value)):
            # {"en": "en-US"} was told only the example, not which value was wrong.
            bad("PODIUM_OG_LOCALES", "must map languages to locales, like {'en': 'en_US'}: "
                f"{_shown(lang)} has {_shown(value)}, not a language and a country joined "
                "by _")  # fmt: skip
            return {}
    return og_locales


def _steps_settings(
    settings: Mapping[str, Any],
    source: str,
    basics: Basics,
    problems: SettingProblems,
    sections: Mapping[str, tuple[str, SettingParser]],
) -> dict[str, Any]:
    """The settings of ``sections`` (the steps registered them, ``register_setting``),
    each by its parser; their errors join the others'."""
    owned = {}
    for attr, parse in sections.values():
        try:
            owned[attr] = parse(settings, source, basics)
        except ContentError as exc:
            problems.issues.extend(exc.issues)
    return owned


def _article_urls(settings: Mapping[str, Any], bad) -> dict[str, str]:
    """ARTICLE_URL and ARTICLE_LANG_URL where not Podium's: {slug} (and {lang}) only."""
    from pelican.settings import DEFAULT_CONFIG

    article_urls = {}
    for name, attr in (
        ("ARTICLE_URL", "article_url"),
        ("ARTICLE_LANG_URL", "article_lang_url"),
    ):
        value = settings.get(name)
        # Pelican's own default is Podium's (a plain `pelican content` run
        # reads the settings before podium_render puts its defaults in).
        if not isinstance(value, str) or not value or value == DEFAULT_CONFIG.get(name):
            continue  # Podium's default; Pelican's own checks say the rest
        fields = {f for _, f, _, _ in string.Formatter().parse(value) if f is not None}
        if fields - {"slug", "lang"}:
            extra = ", ".join("{" + f + "}" for f in sorted(fields - {"slug", "lang"}))
            bad(name, f'"{value}" uses {extra}; a story\'s URL may use {{slug}} and {{lang}} '
                "only: its old URLs (aliases, tombstones) are made of its slug, and a "
                'corrected date or author would move it (like "verhalen/{slug}/")')  # fmt: skip
        elif "slug" not in fields:
            bad(name, f'"{value}" has no {{slug}}: every story would be at one URL; '
                'write one like "verhalen/{slug}/"')  # fmt: skip
        else:
            article_urls[attr] = value
    return article_urls


CMS_KEYS = ("repo", "branch", "base_url", "auth_endpoint", "site_domain", "api_root",
            "open_authoring")  # fmt: skip


def _cms(settings: Mapping[str, Any], bad) -> Cms | None:
    """``PODIUM_CMS``: the editor's GitHub backend. Checked here with the others, not
    where /admin/ is written at the end of a build: PODIUM_CMS = "x" failed there with
    "ValueError: dictionary update sequence element #0 ...", and a misspelt key
    ("brnach") was dropped, so the editor saved to another branch."""
    raw = settings.get("PODIUM_CMS")
    if raw is None or raw == {}:
        return None  # unset: no production editor (/admin/ is left out)
    example = "{'repo': 'your-org/your-hub', 'branch': 'main'}"
    if not isinstance(raw, Mapping):
        bad("PODIUM_CMS", f"must be a dict like {example}, not {raw!r}")
        return None
    for key, value in raw.items():
        if key not in CMS_KEYS:
            bad(f"PODIUM_CMS['{key}']", f"is unknown{did_you_mean(str(key), CMS_KEYS)}; "
                f"valid keys are {one_of(CMS_KEYS)}")  # fmt: skip
        elif key == "open_authoring":
            if not isinstance(value, bool):
                bad("PODIUM_CMS['open_authoring']", f"must be True or False, not {value!r}")
        elif key in ("base_url", "api_root"):
            if not _secure_address(value):
                bad(f"PODIUM_CMS['{key}']", f"must be a web address starting with {_HTTPS}, "
                    f"not {value!r}{_why_not(value)}")  # fmt: skip
        elif not isinstance(value, str) or not value.strip():
            bad(f"PODIUM_CMS['{key}']", f"must be a non-empty text, not {value!r}")
    repo = raw.get("repo")
    if not (isinstance(repo, str) and re.fullmatch(r"[\w.-]+/[\w.-]+", repo)):
        bad("PODIUM_CMS['repo']", f"must name the GitHub repository, like {example}")
        return None
    # Any other problem is reported above, and the build stops before this is used.
    return Cms(**{k: v for k, v in raw.items() if k in CMS_KEYS})


def _utm(settings: Mapping[str, Any], bad) -> Utm:
    raw = settings.get("PODIUM_UTM") or {}
    keys = [f.name for f in fields(Utm)]
    if not isinstance(raw, Mapping):
        bad("PODIUM_UTM", "must be a dict like {'source': 'recruiter', 'medium': 'outreach'}")
        return Utm()
    values = {}
    for key, value in raw.items():
        if key not in keys:
            bad(f"PODIUM_UTM['{key}']", f"is unknown; valid keys are {one_of(keys)}"
                + did_you_mean(str(key), keys))  # fmt: skip
        elif not isinstance(value, str) or not value.strip():
            bad(f"PODIUM_UTM['{key}']", f"must be a non-empty text, not {value!r}")
        else:
            values[key] = value
    return Utm(**values)


def _iframe_hosts(settings: Mapping[str, Any], bad) -> tuple[str, ...]:
    """``PODIUM_IFRAME_HOSTS``: bare host names, like "www.youtube-nocookie.com".

    Host names only: no scheme, path, port or wildcard, so that what is
    allowed is exactly what the setting says (``*.example.com`` would let any
    subdomain anyone can register under a shared domain embed itself).
    """
    return _hosts(
        settings, "PODIUM_IFRAME_HOSTS", DEFAULT_IFRAME_HOSTS, bad, "www.youtube-nocookie.com"
    )


def _hosts(settings: Mapping[str, Any], name: str, default, bad, sample: str) -> tuple[str, ...]:
    raw = settings.get(name, default)
    if raw is None:
        return ()
    example = f'a list of host names like ["{sample}"] (or [] for none)'
    if isinstance(raw, str) or not isinstance(raw, (list, tuple)):
        bad(name, f"must be {example}, not {raw!r}")
        return tuple(default)
    hosts = []
    for host in raw:
        written = host.strip() if isinstance(host, str) else ""
        # The one check of a host (podium.markup.unopenable), as for every
        # address: a hand-written pattern here took "xn--zz.example" (no
        # Punycode) and refused "werkenbij.bäckerei.example" and any name
        # under an international top-level domain ("fotos.xn--p1ai", .рф).
        # A name with a dot, not an IP address, as before.
        why = (
            unopenable(f"https://{written}/")
            if written and "." in written.strip(".") and not _HOST_PUNCT.search(written)
            else "no https://, path or *"
        )
        if why is None and _NUMBERED.search(written):
            why = "an IP address, not a name"
        if why is not None:
            bad(name, f"must be {example}; {host!r} is not a host name ({why})")
            continue
        hosts.append(same_host(written))  # as the story's check compares them (body.py)
    return tuple(dict.fromkeys(hosts))


# A time zone typed as an offset: "GMT+1", "UTC+01:00", "+01:00".
_OFFSET_RE = re.compile(r"^\s*(?:(?:GMT|UTC)\s*)?[+\-\u2212]\s*\d{1,2}(?::?\d{2})?\s*$", re.I)


def _timezone(settings: Mapping[str, Any], bad) -> str:
    """``TIMEZONE``: an IANA zone name such as "Europe/Amsterdam"."""
    name = str(settings.get("TIMEZONE", "Europe/Amsterdam"))
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # ValueError: "../x", "/etc/..."
        if _OFFSET_RE.match(name):
            # "GMT+1" is spelled like "GMT+0", a zone an hour off: no guess, and
            # no fixed offset keeps the hub's day in step with summer time.
            hint = (
                ": an offset from UTC does not follow summer time; name the zone of the "
                'hub\'s city, like "Europe/Amsterdam" or "America/New_York"'
            )
        else:
            hint = did_you_mean(name, sorted(available_timezones()))
        bad("TIMEZONE", f'must be a time zone name like "Europe/Amsterdam", not "{name}"' + hint)
        return "UTC"  # only to go on collecting problems: the build stops
    if _ETC_OFFSET_RE.match(name):
        # A real zone, but "Etc/GMT+1" is UTC-1 (POSIX reverses the sign) and
        # never has summer time: taken for Amsterdam's, every story, consent and
        # vacancy would change day two or three hours late.
        sign = "-" if "+" in name else "+"
        bad("TIMEZONE", f'"{name}" is the fixed offset UTC{sign}{name[8:]} (these '
            "names reverse the sign) and does not follow summer time; name the zone of the "
            'hub\'s city, like "Europe/Amsterdam" or "America/New_York"')  # fmt: skip
        return "UTC"
    return name


# Etc/GMT+1 to Etc/GMT-14; Etc/GMT, Etc/GMT0 and Etc/UTC are UTC, which is fine.
_ETC_OFFSET_RE = re.compile(r"^Etc/GMT[+-](?!0$)\d{1,2}$")


def settings_file_bytes(path: str | os.PathLike) -> bytes | None:
    """The settings file as it is now (None: it cannot be read), read once while
    it is unchanged: the check that it is not empty and the line of each setting a
    problem names share the one read (Python's import of it is Pelican's)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _file_bytes(os.path.abspath(path), (st.st_mtime_ns, st.st_size, st.st_ino))


@functools.lru_cache(maxsize=8)  # `podium serve` sees each edit of the file
def _file_bytes(path: str, _stamp: tuple[int, int, int]) -> bytes | None:
    try:
        return Path(path).read_bytes()
    except OSError:
        return None


def _takes_pelicanconf(path: str) -> bool:
    """Whether settings file ``path`` imports pelicanconf (publishconf.py's ``from
    pelicanconf import *``): only then is a setting it does not assign one of
    pelicanconf.py's, and a settings file of its own (``-s production.py``) had
    its problems put on the lines of the pelicanconf.py that lay beside it."""
    source = settings_file_bytes(path)
    try:
        tree = ast.parse(source) if source is not None else None
    except (SyntaxError, ValueError):
        return False
    return tree is not None and any(
        (isinstance(node, ast.ImportFrom) and node.module == "pelicanconf")
        or (isinstance(node, ast.Import) and any(a.name == "pelicanconf" for a in node.names))
        for node in ast.walk(tree)
    )


@functools.lru_cache(maxsize=8)
def _assignments(source: bytes) -> dict[str, ast.AST]:
    """Each top-level assignment of the settings file: the name's last one, as
    in Python, as its statement."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return {}
    found: dict[str, ast.AST] = {}
    for node in tree.body:
        targets = getattr(node, "targets", None) or [getattr(node, "target", None)]
        for target in targets:
            if isinstance(target, ast.Name):
                found[target.id] = node
    return found


def _subscripts(name: str) -> tuple[str, list]:
    """ "PODIUM_FEEDS[0]['url']" as ("PODIUM_FEEDS", [0, "url"]); a name with
    no subscript, or one that is no Python literal, has none."""
    base, _, rest = name.partition("[")
    keys: list = []
    if rest:
        try:
            node = ast.parse(name, mode="eval").body
            while isinstance(node, ast.Subscript):
                keys.insert(0, ast.literal_eval(node.slice))
                node = node.value
        # A key nested past what Python reads (thousands of "-") as one of no literal.
        except (SyntaxError, ValueError, TypeError, RecursionError, MemoryError):
            return base, []
    return base, keys


def _item(node: ast.AST | None, key) -> tuple[int, ast.AST] | None:
    """The literal ``node[key]`` as written, with its line: a dict's value (on
    its key's line), a list's or tuple's element, a ``dict(key=...)``'s."""
    if isinstance(node, ast.Dict):
        for k, v in zip(node.keys, node.values, strict=True):
            if isinstance(k, ast.Constant) and k.value == key:
                return k.lineno, v
    elif isinstance(node, (ast.List, ast.Tuple)) and isinstance(key, int):
        # Counted as Python counts them, unless a starred part hides where.
        if -len(node.elts) <= key < len(node.elts) and not any(
            isinstance(e, ast.Starred) for e in node.elts
        ):
            return node.elts[key].lineno, node.elts[key]
    elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "dict":
        for keyword in node.keywords:
            if keyword.arg == key:
                return keyword.lineno, keyword.value
    return None


def setting_line(path: str, name: str) -> int | None:
    """The line of the settings file that assigns ``name``, when there is one.
    A name with subscripts ("PODIUM_FEEDS[0]['url']", as a problem names it) is
    the line of that item inside the literal assigned, as far as it is written
    out: a problem with the fifth feed's address was on the line that opens
    the list of feeds, though the list ran on for fifty lines."""
    source = settings_file_bytes(path)
    base, keys = _subscripts(name)
    node = None if source is None else _assignments(source).get(base)
    if node is None:
        return None
    line, value = node.lineno, getattr(node, "value", None)
    for key in keys:
        found = _item(value, key)
        if found is None:
            break
        line, value = found
    return line


def _article_excludes(settings: Mapping[str, Any]) -> tuple[str, ...]:
    """The folders ARTICLE_EXCLUDES keeps stories out of, as the hub wrote them:
    Pelican adds PAGE_PATHS (its "pages") to it itself, and a story saved in
    content/pages/ is still one in the wrong place, said so."""
    pages = set(_folders(settings.get("PAGE_PATHS", [])))
    return tuple(f for f in _folders(settings.get("ARTICLE_EXCLUDES", [])) if f not in pages)


def _folders(listed: Any) -> list[str]:
    """The folders of a list setting as content-relative POSIX paths ("./files/"
    is "files"); entries that are no folder of it (outside, or no text) left out."""
    found = []
    for entry in listed if isinstance(listed, (list, tuple)) else ():
        if isinstance(entry, (str, os.PathLike)):
            clean = "/".join(p for p in os.fspath(entry).replace("\\", "/").split("/")
                             if p not in ("", "."))  # fmt: skip
            if clean and ".." not in clean.split("/"):
                found.append(clean)
    return found


def _static_paths(settings: Mapping[str, Any]) -> tuple[str, ...]:
    """``PodiumSettings.static_paths``: the folders of content/ Pelican copies as
    they are (STATIC_PATHS)."""
    return tuple(_folders(settings.get("STATIC_PATHS", [])))


def _patterns(listed: Any) -> tuple[str, ...]:
    """The text patterns of a list setting (IGNORE_FILES); others are said elsewhere."""
    return (
        tuple(p for p in listed if isinstance(p, str)) if isinstance(listed, list | tuple) else ()
    )


def _static_named(settings: Mapping[str, Any]) -> frozenset[str]:
    """``PodiumSettings.static_named``: the STATIC_PATHS entries and the content
    paths EXTRA_PATH_METADATA names, as clean paths."""
    extra = settings.get("EXTRA_PATH_METADATA")
    keys = (k.strip("/") for k in extra if isinstance(k, str)) if isinstance(extra, dict) else ()
    return frozenset((*_static_paths(settings), *keys))


def _site_files(settings: Mapping[str, Any]) -> tuple[str, ...]:
    """``PodiumSettings.site_files``: where a story's image by a path on the site
    (``/brand/logo.svg``) can be found. Settings that are no list of folders are
    said elsewhere; here they add nothing."""
    theme = settings.get("THEME_STATIC_DIR", "theme")
    found = ["cards", "media", "favicon.svg", *_folders([theme]), *_static_paths(settings)]
    base = urlsplit(str(settings.get("SITEURL") or "")).path.strip("/")
    if base:
        found += [f"{base}/{f}" for f in found]
    return tuple(dict.fromkeys(found))


def _published_roots(settings: Mapping[str, Any], site_files: tuple[str, ...]):
    """``PodiumSettings.published_roots``: the first part of every path the build
    may write, or None when a setting lets it write anywhere."""
    roots = {*_OWN_FILES, *_OWN_FOLDERS, "_redirects", "favicon.svg", "sitemap.xml"}
    roots.update(f.split("/")[0] for f in site_files)
    langs = settings.get("PODIUM_LANGUAGES")
    roots.update(str(x) for x in (langs if isinstance(langs, (list, tuple)) else ("nl", "en")))
    from pelican.settings import DEFAULT_CONFIG

    # Pelican's own pages that Podium leaves at Pelican's defaults are not written
    # (no author, tag or category pages); static files are site_files.
    targets = [v for k, v in settings.items() if isinstance(k, str)
               and k.endswith(("_SAVE_AS", "_URL")) and not k.startswith("STATIC_")
               and v != DEFAULT_CONFIG.get(k)]  # fmt: skip
    # Pelican's pages, where PAGE_PATHS names folders of them, at Pelican's default
    # "pages/{slug}.html" too.
    if settings.get("PAGE_PATHS"):
        targets += [settings.get("PAGE_SAVE_AS"), settings.get("PAGE_LANG_SAVE_AS")]
    for name in ("TEMPLATE_PAGES", "EXTRA_PATH_METADATA"):
        value = settings.get(name)
        for v in value.values() if isinstance(value, Mapping) else ():
            targets += [v.get("save_as"), v.get("url")] if isinstance(v, Mapping) else [v]
    for target in targets:
        if not isinstance(target, str):
            continue
        parts = [p for p in target.replace("\\", "/").split("/") if p not in ("", ".")]
        if parts[:1] == ["{lang}"]:
            parts = parts[1:]  # the languages' folders, named above
        if parts and "{" in parts[0]:
            return None  # "{slug}.html", "{lang}/...": any name may be written
        if parts:
            roots.add(parts[0])
    return tuple(sorted(roots))


def _attachments(settings: Mapping[str, Any], bad) -> tuple[str, ...]:
    """``PODIUM_ATTACHMENTS``: file types besides images that stories may link, like ["pdf"]."""
    from .filetypes import ATTACHMENT_MAGIC

    raw = settings.get("PODIUM_ATTACHMENTS", ()) or ()
    known = tuple(ATTACHMENT_MAGIC)
    if isinstance(raw, str) or not isinstance(raw, (list, tuple)):
        # "pdf" was told the types, not the list to write them in.
        written = raw.lower().lstrip(".") if isinstance(raw, str) else ""
        like = f'["{written}"]' if written in known else '["pdf"]'
        bad("PODIUM_ATTACHMENTS", f"must be a list of file types from {one_of(known)}, like "
            f"{like}, not {_as_written(raw)}")  # fmt: skip
        return ()
    out = []
    for ext in raw:
        value = str(ext).lower().lstrip(".")
        if value not in known:
            bad("PODIUM_ATTACHMENTS", f'may list only {one_of(known)}, not "{ext}"')
            continue
        out.append(value)
    return tuple(dict.fromkeys(out))


def _choice(settings: Mapping[str, Any], name: str, options, bad, default=None) -> str:
    """A setting that must be one of ``options``; the default (else the first) if not."""
    default = default or options[0]
    value = settings.get(name, default)
    if value not in options:
        bad(
            name,
            f"must be one of {one_of(options)}, not {_as_written(value)}"
            + (did_you_mean(value, options) if isinstance(value, str) else ""),
        )
        return default
    return value


def _as_written(value: Any) -> str:
    """A setting's value as the settings file writes it: text in double quotes,
    anything else as Python writes it (True was shown as "True", like text); a
    number past Python's digit limit in words (``_shown``)."""
    return f'"{value}"' if isinstance(value, str) else _shown(value)


def _web_address(value: Any) -> bool:
    return (
        isinstance(value, str)
        and bool(re.fullmatch(r"https?://[^\s\"'<>]+", value))
        and not unopenable(value)
    )


def _secure_address(value: Any) -> bool:
    """A web address a secret may be sent to: https://, or http:// on this
    computer (a test's server). "http://" passed as "https://" does, and the
    Google token and its assertion went out in plain text to any host."""
    if not _web_address(value):
        return False
    parts = urlsplit(value)
    return parts.scheme.lower() == "https" or (parts.hostname or "") in _LOOPBACK


_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
# What a setting's error says of the addresses ``_secure_address`` takes.
_HTTPS = "https:// (http:// only on this computer: localhost, 127.0.0.1)"


def _why_not(value: Any) -> str:
    """What keeps a browser from opening ``value``, said after a setting's
    error: a host "%2e%2e" or "a..b" passed the pattern above, and podium ping
    ended in "podium: error: UnicodeError: encoding with 'idna' codec failed"."""
    why = unopenable(value) if isinstance(value, str) else None
    return f" ({why})" if why else ""


def _same_as(raw: Any, bad) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, (list, tuple)) or not all(_web_address(u) for u in raw):
        bad(
            "PODIUM_BRAND['same_as']",
            'must be a list of web addresses like ["https://example.com"]',
        )
        return ()
    return tuple(raw)


def _ping(settings: Mapping[str, Any], bad) -> Ping:
    """``PODIUM_INDEXNOW`` and ``PODIUM_GOOGLE_INDEXING`` for ``podium ping``.

    The endpoints are settings so that tests (and a proxy) can point them at
    another server; the defaults are the real services.
    """
    out: dict[str, Any] = {}
    indexnow = settings.get("PODIUM_INDEXNOW") or {}
    if not isinstance(indexnow, Mapping):
        bad("PODIUM_INDEXNOW", "must be a dict like {'key': '<8-128 letters, digits or ->'}")
        indexnow = {}
    for key in indexnow:
        if key not in ("key", "endpoint"):
            bad(f"PODIUM_INDEXNOW['{key}']", "is unknown; valid keys are key, endpoint")
    if "key" in indexnow:
        key = indexnow["key"]
        # IndexNow's rule for keys; the key also names a file in the output.
        if not isinstance(key, str) or not re.fullmatch(r"[A-Za-z0-9-]{8,128}", key):
            bad("PODIUM_INDEXNOW['key']", "must be 8 to 128 letters, digits or dashes")
        else:
            out["indexnow_key"] = key
    if "endpoint" in indexnow:
        if _secure_address(indexnow["endpoint"]):
            out["indexnow_endpoint"] = indexnow["endpoint"]
        else:
            bad(
                "PODIUM_INDEXNOW['endpoint']",
                f"must be a web address starting with {_HTTPS}{_why_not(indexnow['endpoint'])}",
            )
    google = settings.get("PODIUM_GOOGLE_INDEXING") or {}
    allowed = ("key_env", "token_url", "batch_url", "daily_quota")
    if not isinstance(google, Mapping):
        bad("PODIUM_GOOGLE_INDEXING", "must be a dict like {'key_env': 'GOOGLE_INDEXING_KEY'}")
        google = {}
    for key, value in google.items():
        if key not in allowed:
            bad(f"PODIUM_GOOGLE_INDEXING['{key}']", f"is unknown; valid keys are {one_of(allowed)}")
        elif key == "key_env":
            if isinstance(value, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value):
                out["google_key_env"] = value
            else:
                bad("PODIUM_GOOGLE_INDEXING['key_env']", "must name an environment variable")
        elif key == "daily_quota":
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                out["google_daily_quota"] = value
            else:
                bad("PODIUM_GOOGLE_INDEXING['daily_quota']", "must be a positive whole number")
        elif _secure_address(value):
            out[f"google_{key}"] = value
        else:
            bad(
                f"PODIUM_GOOGLE_INDEXING['{key}']",
                f"must be a web address starting with {_HTTPS}{_why_not(value)}",
            )
    return Ping(**out)


def _shown(value: Any, form=repr) -> str:
    """``repr(value)`` (or ``form``), but a whole number past Python's digit limit
    (10**5000) is said in words: its repr raises ValueError, which ended the command."""
    try:
        return form(value)
    except ValueError:
        return f"a number of more than {sys.get_int_max_str_digits():,} digits"


def _quoted(value: Any) -> str:
    """A value as the user wrote it, in double quotes (a huge number in words)."""
    return _shown(value, lambda v: f'"{v}"')


def _today(
    settings: Mapping[str, Any], problems: SettingProblems, timezone: str
) -> tuple[dt.date, bool]:
    """The build's notion of today: ``PODIUM_TODAY`` (setting or environment),
    and whether that fixed it.

    A fixed "today" lets tests, previews and reproducible builds travel in
    time: scheduled stories and consent end dates are judged against it.
    """
    from_env = os.environ.get("PODIUM_TODAY")
    raw = from_env or settings.get("PODIUM_TODAY")
    if raw:
        try:
            day = dt.date.fromisoformat(raw if isinstance(raw, str) else str(raw))
        except ValueError:
            message = (
                f"must be a date as YYYY-MM-DD, like 2026-03-01, not {_quoted(raw)}"
                + date_guess(raw)
            )
        else:
            # The range story dates have: 9999-12-31 ended podium check in
            # "OverflowError: date value out of range", 0001-01-01 passed.
            if year_in_range(day):
                return day, True
            message = (
                f"must be a date in the years {YEARS[0]} to {YEARS[1]}, like 2026-03-01, "
                f"not {_quoted(raw)}"
            )
        if from_env:
            # Not a line of the settings file (its own PODIUM_TODAY, if any, is
            # not the value read, and line 1 sent the user there): the file's
            # name alone, as a PODIUM_CACHE_KEY environment variable's warning.
            problems.issues.append(
                Issue(problems.source, None, f"environment variable PODIUM_TODAY {message}")
            )
        else:
            problems.bad("PODIUM_TODAY", message)
    return dt.datetime.now(ZoneInfo(timezone)).date(), False


def _with_late_sections(ps: PodiumSettings, settings: Mapping[str, Any]) -> PodiumSettings:
    """``ps`` with the settings of the steps imported since it was made (their
    ``register_setting`` ran later): PODIUM_CARDS read when the cards step's
    module was imported after the typed settings were made was left None, and
    the step read it raw itself. The others are not read again."""
    late = {name: found for name, found in _SECTIONS.items() if name not in ps.sections}
    problems = SettingProblems(ps.settings_file)
    owned = _steps_settings(settings, ps.settings_file, ps.basics, problems, late)
    problems.check()
    return replace(ps, sections=ps.sections | late.keys(), **owned)


def get(settings: Mapping[str, Any]) -> PodiumSettings:
    """The typed settings, parsed once per Pelican settings dict and kept in it
    (``SETTINGS_KEY``; ``podium_cli.build.load_settings`` parses there). A dict
    changed after its parse keeps that parse: give the change to
    ``load_settings(values=...)``, or drop ``SETTINGS_KEY`` with it."""
    cached = settings.get(SETTINGS_KEY)
    if isinstance(cached, PodiumSettings):
        if cached.sections >= _SECTIONS.keys():
            return cached
        parsed = _with_late_sections(cached, settings)
    else:
        parsed = PodiumSettings.from_pelican(settings)
    if isinstance(settings, dict):
        settings[SETTINGS_KEY] = parsed
    return parsed
