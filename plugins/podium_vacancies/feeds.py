"""``PODIUM_FEEDS``: which ATS feeds ``podium vacancies pull`` reads.

A feed's name becomes a file name (``content/vacancies/feeds/<name>.json``)
and its URL is fetched by CI, so both are checked strictly here, once, with
the same one-line messages as bad content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qs

from podium.errors import did_you_mean, one_of
from podium.markup import unopenable, web_address
from podium.settings import Basics, SettingProblems, register_setting
from podium.slugs import SLUG_RE, device_in_path, slugify

from .countries import CODES

KINDS = ("greenhouse", "lever", "personio", "recruitee")
FEED_KEYS = (
    "name",
    "kind",
    "url",
    "default_country",
    "default_lang",
    "team_map",
    "themes",
    "direct_apply",
    "max_drop",
    "max_mb",
    "max_jobs",
)
# A pull that would drop more than this share of a feed's open vacancies at
# once is refused (``--force`` overrides): one wrong setting must not empty
# the job board.
DEFAULT_MAX_DROP = 0.5
# The most a feed may send, in megabytes: a feed that never ends must not fill
# CI's memory. Greenhouse with ``content=true`` sends every job's HTML, some
# 15 kB each, so a board with a thousand jobs needs more: ``max_mb`` per feed,
# up to the size the build accepts for a snapshot (load.MAX_SNAPSHOT_BYTES).
DEFAULT_MAX_MB = 10
MAX_MB = 50
# The most open jobs a feed may list. Within max_mb, a feed of 100,000 small jobs
# (a wrong address: a whole job site's export) was pulled, and every build then
# wrote 100,000 vacancy pages and indexed them for search. A large employer's
# board lists a few thousand: ``max_jobs`` per feed says more, up to MAX_JOBS.
DEFAULT_MAX_JOBS = 5_000
MAX_JOBS = 20_000
_SLUG = SLUG_RE
# What http.client refuses in an address it sends.
_UNSENDABLE = re.compile(r"[\x00-\x20\x7f]")


@dataclass(frozen=True)
class FeedConfig:
    name: str
    kind: str
    url: str
    default_country: str | None = None  # for jobs whose feed gives no (known) country
    default_lang: str = "nl"
    # department name -> team slug; a tuple of pairs keeps the dataclass hashable.
    team_map: tuple[tuple[str, str], ...] = ()
    themes: tuple[str, ...] = ()
    # Whether the feed's apply URLs open the application form itself.
    direct_apply: bool = False
    max_drop: float = DEFAULT_MAX_DROP
    max_mb: float = DEFAULT_MAX_MB
    max_jobs: int = DEFAULT_MAX_JOBS
    # The site's languages (PODIUM_LANGUAGES, not a feed key): a post the ATS
    # says is in one of them keeps its language; any other gets default_lang.
    languages: tuple[str, ...] = ()
    # The hub's TIMEZONE (not a feed key): the day of a moment the ATS gives in
    # UTC, which says nothing of the clock of the company that posted it.
    timezone: str = "UTC"

    def __post_init__(self) -> None:
        # Accept the dict and list that settings naturally use.
        if isinstance(self.team_map, Mapping):
            object.__setattr__(self, "team_map", tuple(sorted(self.team_map.items())))
        object.__setattr__(self, "themes", tuple(self.themes))
        langs = tuple(dict.fromkeys((self.default_lang, *self.languages)))
        object.__setattr__(self, "languages", langs)

    def lang_for(self, code) -> str:
        """The site language of an ATS language code ("en", "en-GB", "EN"), else default_lang."""
        primary = str(code or "").strip().replace("_", "-").split("-")[0].lower()
        return primary if primary in self.languages else self.default_lang

    def team_for(self, department: str | None) -> str | None:
        """The team slug of an ATS department: mapped, else the department's slug.

        Falling back to the slug means "Engineering" joins the stories of team
        "engineering" without any configuration.
        """
        if not department or not department.strip():
            return None
        wanted = department.strip().casefold()
        for name, team in self.team_map:
            if name.strip().casefold() == wanted:
                return team
        return slugify(department) or None

    @classmethod
    def from_settings(
        cls, settings: Mapping[str, Any], basics: Basics | None = None
    ) -> tuple[FeedConfig, ...]:
        """Every feed of ``PODIUM_FEEDS``; ContentError lists every bad entry.

        The hub's languages, default language and time zone come from
        ``basics``, as the kernel read them (``PodiumSettings.basics``), not
        from the raw settings again; without them, the kernel's defaults."""
        basics = basics or Basics()
        source = str(settings.get("PODIUM_SETTINGS_FILE", "pelicanconf.py"))
        languages, default_lang = basics.languages, basics.default_lang
        raw = settings.get("PODIUM_FEEDS") or []
        problems = SettingProblems(source)
        if not isinstance(raw, (list, tuple)):
            problems.bad(
                "PODIUM_FEEDS",
                "must be a list of dicts like "
                "[{'name': 'greenhouse-acme', 'kind': 'greenhouse', 'url': '...'}]",
            )
            problems.check()
        feeds: list[FeedConfig] = []
        for i, entry in enumerate(raw):
            feed = _one(entry, f"PODIUM_FEEDS[{i}]", languages, default_lang, problems)
            if feed is None:
                continue
            feed = replace(feed, timezone=basics.timezone)
            if any(f.name == feed.name for f in feeds):
                problems.bad(
                    f"PODIUM_FEEDS[{i}]['name']",
                    f'"{feed.name}" is used twice; each feed needs its own name',
                )
                continue
            feeds.append(feed)
        problems.check()
        return tuple(feeds)


def _one(entry, where, languages, default_lang, problems) -> FeedConfig | None:
    issues = problems.issues
    before = len(issues)

    def bad(key: str | None, message: str) -> None:
        problems.bad(f"{where}['{key}']" if key else where, message)

    if not isinstance(entry, Mapping):
        bad(
            None,
            "must be a dict like {'name': 'greenhouse-acme', 'kind': 'greenhouse', 'url': '...'}",
        )
        return None
    for key in entry:
        if key not in FEED_KEYS:
            bad(
                key,
                f"is unknown{did_you_mean(str(key), FEED_KEYS)}; valid keys are "
                f"{one_of(FEED_KEYS)}",
            )
    name = entry.get("name")
    if not isinstance(name, str) or not _SLUG.match(name):
        bad(
            "name",
            "must be a slug of lowercase letters, digits and hyphens (it names the "
            f'snapshot file), like "recruitee-acme", not {name!r}',
        )
    elif device_in_path(f"{name}.json"):
        # "con" named content/vacancies/feeds/con.json, which git cannot check
        # out on Windows whatever its extension: the hub could not be cloned there.
        bad("name", f'is "{name}", a name Windows keeps for a device: git cannot check its '
            f'snapshot file {name}.json out on a Windows computer; write another, like '
            f'"{name}-1"')  # fmt: skip
    kind = entry.get("kind")
    if kind not in KINDS:
        hint = did_you_mean(str(kind), KINDS) if isinstance(kind, str) else ""
        bad("kind", f"must be one of {one_of(KINDS)}, not {kind!r}{hint}")
    url = entry.get("url")
    why = unopenable(url) if isinstance(url, str) else None
    parts = web_address(url) if isinstance(url, str) and not why else None
    if why:
        bad("url", f"must be a web address a browser can open, not {url!r}: {why}")
    elif parts is None:
        bad("url", f"must be a web address starting with https:// (or http://), not {url!r}")
    elif _UNSENDABLE.search(url):
        # No browser's address holds one (it sends a space as %20): it passed
        # here, and every pull failed with "connection failed: InvalidURL: URL
        # can't contain control characters".
        fixed = _UNSENDABLE.sub(lambda m: f"%{ord(m.group()):02X}", url.strip())
        bad("url", f"must not hold a space or control character, not {url!r}: write a space "
            f"in an address as %20, like {fixed!r}")  # fmt: skip
    elif parts.username is not None or parts.password is not None:
        # Every line about a feed names its address, and the snapshot (committed,
        # in content/) records it: a password in it would be in the CI log and in
        # git. The job feeds Podium reads are public; the address is not repeated.
        bad(
            "url",
            "must not hold a user name or password (user:password@): the ATS job feeds "
            f"Podium reads are public; give the address without them (https://{parts.hostname}/...)",
        )
    elif kind == "lever" and {"limit", "skip"} & set(parse_qs(parts.query)):
        # Lever pages its postings only when asked to: with limit=50 the jobs
        # past the first page look taken down, and their pages closed.
        bad(
            "url",
            "must not ask Lever for one page (limit=, skip=): the jobs past it would look "
            f"closed; use https://api.lever.co/v0/postings/SITE?mode=json, not {url!r}",
        )
    country = entry.get("default_country")
    if country is not None and (not isinstance(country, str) or country.upper() not in CODES):
        bad("default_country", f'must be an ISO 3166 two-letter code like "NL", not {country!r}')
    lang = entry.get("default_lang", default_lang)
    # A DEFAULT_LANG outside PODIUM_LANGUAGES is that setting's own error; a feed
    # that writes no default_lang has made no second mistake.
    if lang not in languages and "default_lang" in entry:
        bad("default_lang", f"must be one of {one_of(languages)}, not {lang!r}")
    team_map = entry.get("team_map") or {}
    if not isinstance(team_map, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) and _SLUG.match(v) for k, v in team_map.items()
    ):
        bad(
            "team_map",
            "must map department names to team slugs, like {'Customer Support': 'support'}",
        )
    themes = entry.get("themes") or []
    if not isinstance(themes, (list, tuple)) or not all(
        isinstance(t, str) and _SLUG.match(t) for t in themes
    ):
        bad("themes", "must be a list of theme slugs of content/themes.yml, like ['my-theme']")
    direct_apply = entry.get("direct_apply", False)
    if not isinstance(direct_apply, bool):
        bad("direct_apply", f"must be True or False, not {direct_apply!r}")
    max_drop, max_mb, max_jobs = _limits(entry, bad)
    if len(issues) > before:
        return None
    return FeedConfig(
        name=name,
        kind=kind,
        url=url,
        default_country=country.upper() if country else None,
        default_lang=lang,
        team_map=dict(team_map),
        themes=tuple(themes),
        direct_apply=direct_apply,
        max_drop=float(max_drop),
        max_mb=max_mb,
        max_jobs=max_jobs,
        languages=tuple(languages),
    )


def _limits(entry: Mapping, bad: Callable[[str | None, str], None]) -> tuple[Any, Any, Any]:
    """A feed's ``max_drop``, ``max_mb`` and ``max_jobs``, each said by ``bad`` when wrong."""
    max_drop = entry.get("max_drop", DEFAULT_MAX_DROP)
    if (
        isinstance(max_drop, bool)
        or not isinstance(max_drop, (int, float))
        or not (0 <= max_drop <= 1)
    ):
        bad("max_drop", f"must be a share between 0 and 1 like 0.5, not {max_drop!r}")
    max_mb = entry.get("max_mb", DEFAULT_MAX_MB)
    if (
        isinstance(max_mb, bool)
        or not isinstance(max_mb, (int, float))
        or not (0 < max_mb <= MAX_MB)
    ):
        bad("max_mb", f"must be a size in megabytes above 0 and at most {MAX_MB}, like 20, "
                      f"not {max_mb!r}")  # fmt: skip
    max_jobs = entry.get("max_jobs", DEFAULT_MAX_JOBS)
    if (
        isinstance(max_jobs, bool)
        or not isinstance(max_jobs, int)
        or not (0 < max_jobs <= MAX_JOBS)
    ):
        bad("max_jobs", f"must be a whole number of jobs above 0 and at most {MAX_JOBS:,}, "
                        f"like 8000, not {max_jobs!r}")  # fmt: skip
    return max_drop, max_mb, max_jobs


# PODIUM_FEEDS is validated with every other setting (podium.settings.get), so
# a build and ``podium check`` catch a bad feed before ``podium vacancies pull``.
register_setting(
    "PODIUM_FEEDS",
    "feeds",
    lambda settings, _source, basics: FeedConfig.from_settings(settings, basics),
)
