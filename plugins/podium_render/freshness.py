"""``lastmod`` for the sitemap: the day a page's visible content last changed.

Search engines re-crawl a page when its ``lastmod`` moves, and Google asks
job sites for fresh dates on vacancy pages, so the date must move when (and
only when) what a reader sees changes. In order of preference:

1. ``updated`` in the story's front matter or the vacancy's fields: the
   editor's own word on the last change that matters to readers.
2. Git: when the site is a full (not shallow) git checkout, the date of the
   last commit that touched the page's source file, if that file has no
   uncommitted changes. Stories and hand-written vacancies only: a feed
   snapshot holds many vacancies, so its commit date says nothing about one.
3. A content-hash record, ``.podium-cache/lastmod.json`` (plain JSON, sealed
   with its MAC when PODIUM_CACHE_KEY is set, as every cache record is): per
   URL, a hash of what the page shows and the day that hash was first seen.
   A page seen for the first time gets its publication date; a page whose
   hash changed gets the build's "today". A page the record does not know
   but the sitemap this build replaces lists (the record was lost: a cache
   cleared, an Actions cache expired) starts from that sitemap's date, so
   no page's lastmod moves back in time; Hugo and mkdocs keep no record and
   date such pages by git only, which a feed vacancy or a listing has none of.

The date is never before the publication date. Stories' git dates count
any commit to the file (a typo fix too); ``updated`` is there to say more.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from podium.cache import read_json, regular_file, secret, signed_file, write_sealed
from podium.paths import read_bounded
from podium.settings import child_environment

log = logging.getLogger(__name__)
RECORD = "lastmod.json"
FORMAT = 2  # 2: records keyed by absolute URL
_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_SITEMAP_BYTES = 64 * 1024 * 1024  # 50 MB a file, the protocol's limit, and some


# core.quotePath off: git otherwise lists "zoë.md" quoted, with octal escapes,
# and that story never got its date from git. The other two: GitDates._git.
_GIT = (
    "git", "-c", "core.quotePath=false", "-c", "safe.bareRepository=explicit",
    "-c", "core.fsmonitor=false",
)  # fmt: skip


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


class GitDates:
    """Last commit day per file under a folder, from one ``git log`` run.

    The day is the commit's instant in the hub's time zone, as for a story's
    ``date``: the committer's own day (``%cs``) put a commit made at 23:30 in
    New York on the day before the one it was in Amsterdam's.
    """

    def __init__(self, folder: Path, timezone: str = "UTC"):
        self.dates: dict[Path, dt.date] = {}
        self.dirty: set[Path] = set()
        self.ok = False
        folder = Path(folder).resolve()
        try:
            # The repository is looked for from the folder that holds content/,
            # never from content/ itself (``_git``): a pull request can put a
            # repository's files there (HEAD, config, objects/, refs/), which git
            # took for the repository, with its config, whose core.fsmonitor
            # ran any command on the build machine during `git status`.
            found = self._git(
                folder.parent, None, "rev-parse", "--absolute-git-dir", "--show-toplevel"
            )
            repo = tuple(found.splitlines())
            if len(repo) != 2:  # a folder name with a line break in it: no dates from git
                return
            top = repo[1]
            # A shallow clone (CI's default) has one commit: every file would
            # seem to have changed on the day of that commit.
            if self._git(folder, repo, "rev-parse", "--is-shallow-repository").strip() == "true":
                return
            log_text = self._git(
                folder, repo, "log", "--format=%x00%ct", "--name-only", "--no-renames", "--", "."
            )
            status = self._git(folder, repo, "status", "--porcelain", "-z", "--", ".")
        except (OSError, subprocess.SubprocessError):
            return
        root = Path(top)
        zone = ZoneInfo(timezone)
        day = None
        for line in log_text.splitlines():
            if line.startswith("\0"):
                day = dt.datetime.fromtimestamp(int(line[1:].strip()), zone).date()
            elif line.strip() and day is not None:
                self.dates.setdefault((root / line.strip()).resolve(), day)
        for entry in status.split("\0"):
            if len(entry) > 3:
                self.dirty.add((root / entry[3:]).resolve())
        self.ok = True

    @staticmethod
    def _git(folder: Path, repo: tuple[str, ...] | None, *args: str) -> str:
        """git's output for ``args``, run in ``folder``; with ``repo`` given (its
        .git folder and its work tree), that repository and no other.

        safe.bareRepository=explicit: git takes no folder that merely looks like
        a repository for one while it looks for the repository (the planted
        content/ above; git refuses it, and the build goes on without git's
        dates). core.fsmonitor off: git starts no program of any config's."""
        where = ["-C", str(folder)]
        if repo is not None:  # named, not looked for
            where = ["--git-dir", repo[0], "--work-tree", repo[1], *where]
        return subprocess.run(
            [*_GIT, *where, *args],
            capture_output=True,
            encoding="utf-8",
            errors="surrogateescape",  # a name that is not UTF-8 still matches its file
            check=True,
            timeout=60,
            env=child_environment(),
        ).stdout

    def date(self, path: str | Path) -> dt.date | None:
        if not self.ok:  # no history to look in: spare resolving the path
            return None
        path = Path(path).resolve()
        if path in self.dirty:
            return None
        return self.dates.get(path)


class Freshness:
    def __init__(
        self,
        content_dir: Path,
        cache_dir: Path,
        today: dt.date,
        use_git: bool = True,
        site_url: str = "",
        timezone: str = "UTC",
        previous: Path | None = None,
        sitemap_url: str = "",
    ):
        """``previous``: the output folder this build replaces, whose sitemap's
        dates a page missing from the record starts from; ``sitemap_url``: the
        address its URLs are written at (SITEURL, or publishconf.py's)."""
        self.content_dir = Path(content_dir)
        # Records are per site address: a preview and a production build share
        # the cache, and their pages differ (absolute links) without any edit.
        self.site_url = site_url.rstrip("/")
        self.path = Path(cache_dir) / RECORD
        self.today = today
        self.old = self._load()
        self.new: dict[str, dict[str, str]] = {}
        self._git: GitDates | None = None
        self.use_git = use_git
        self.timezone = timezone
        self._previous = previous
        self._sitemap_url = sitemap_url.rstrip("/")
        self._published: dict[str, dt.date] | None = None

    def _published_date(self, url: str) -> dt.date | None:
        """The lastmod the sitemap being replaced gives ``url``, if any."""
        if self._published is None:
            self._published = {}
            if self._previous is not None:
                base = f"{self._sitemap_url}/"
                dates = _sitemap_dates(Path(self._previous) / "sitemap.xml")
                for loc, day in dates.items():
                    if loc.startswith(base) and _valid(day[:10]):
                        self._published[loc[len(base) :]] = dt.date.fromisoformat(day[:10])
        return self._published.get(url)

    def _load(self) -> dict[str, Any]:
        # A restored cache: no FIFO, no symlink, bounded; and with PODIUM_CACHE_KEY
        # set, the build's own record only: a planted one moved the sitemap's
        # dates, and with them which pages `podium ping` sends.
        data = read_json(self.path, signed=True)
        keyed = secret() is not None and regular_file(self.path)
        if data is None and keyed and not signed_file(self.path):
            log.warning(
                "%s: warning: no right MAC beside it (PODIUM_CACHE_KEY), so it is not the "
                "build's own; lastmod dates start again from the published sitemap",
                self.path,
            )
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return {}
        pages = data.get("pages")
        return pages if isinstance(pages, dict) else {}

    @property
    def git(self) -> GitDates | None:
        if self._git is None and self.use_git:
            self._git = GitDates(self.content_dir, self.timezone)
        return self._git

    def lastmod(
        self,
        url: str,
        fingerprint: Any,
        published: dt.date | dt.datetime,
        updated: dt.date | None = None,
        source: str | Path | None = None,
        also_same: Any = None,
        floor: bool = True,
    ) -> str:
        """YYYY-MM-DD of the page's last visible change (see the module doc).

        ``also_same``: a fingerprint the record may hold for the page unchanged,
        from before what is fingerprinted changed (a listing's footer left out).
        ``floor``: the date is never before ``published``; False for a page whose
        ``published`` only dates its first sighting (a listing: the site's
        newest date, which moves with any page of the site)."""
        first = _day(published)
        digest = hashlib.sha256(repr(fingerprint).encode("utf-8")).hexdigest()
        same = {digest}
        if also_same is not None:
            same.add(hashlib.sha256(repr(also_same).encode("utf-8")).hexdigest())
        url = f"{self.site_url}/{url}"
        old = self.old.get(url)
        shown = None  # the replaced sitemap's date, for a page the record does not know
        if isinstance(old, dict) and old.get("hash") in same and _valid(old.get("date")):
            seen = dt.date.fromisoformat(old["date"])
        elif isinstance(old, dict):
            seen = self.today  # changed since the last build that recorded it
        else:
            # Not in the record: new, or the record was lost. The replaced
            # sitemap's date, when it has one (never after today): a listing's
            # ``published`` (the site's newest date) moved it forward, unchanged.
            published = self._published_date(url[len(self.site_url) + 1 :])
            shown = min(published, self.today) if published else None
            seen = first if shown is None else max(first, shown) if floor else shown
        self.new[url] = {"hash": digest, "date": seen.isoformat()}
        date = max(seen, first) if floor else seen
        if updated:
            date = max(updated, first)
        elif source is not None and self.git is not None:
            committed = self.git.date(Path(source))
            if committed is not None:
                date = max(committed, first)
        # Never before what the sitemap said: with the record lost, a git date
        # older than an edit of the page around its story took it back in time.
        return (date if shown is None else max(date, shown)).isoformat()

    def save(self) -> None:
        """Write the record, atomically; never fails the build.

        Pages of this site address that this build did not make are dropped;
        other addresses' records are kept.
        """
        mine = f"{self.site_url}/"
        kept = {url: rec for url, rec in self.old.items() if not url.startswith(mine)}
        doc = {"format": FORMAT, "pages": dict(sorted({**kept, **self.new}.items()))}
        try:
            if self.path.is_dir() and not self.path.is_symlink():
                # A folder in its place (a damaged or restored cache, which is
                # Podium's): the rename failed every build, the dates lost each time.
                shutil.rmtree(self.path)
            write_sealed(self.path, json.dumps(doc, indent=1, sort_keys=True))
        except OSError as exc:
            log.warning(
                "%s: warning: cannot write it (%s); lastmod dates start over next build",
                self.path,
                exc.strerror or exc,
            )


def _sitemap_dates(path: Path, index: bool = True) -> dict[str, str]:
    """loc -> lastmod of the sitemap a build wrote at ``path`` (through a
    sitemap index to the numbered files beside it); {} when unreadable."""
    try:
        root = ET.fromstring(read_bounded(path, _SITEMAP_BYTES)[:_SITEMAP_BYTES])
    except (OSError, ValueError):  # ET.ParseError is a ValueError
        return {}
    dates: dict[str, str] = {}
    if root.tag == f"{_SITEMAP_NS}sitemapindex":
        for loc in root.iter(f"{_SITEMAP_NS}loc") if index else ():
            name = (loc.text or "").strip().rsplit("/", 1)[-1]
            if name.startswith("sitemap-") and name.endswith(".xml"):
                dates.update(_sitemap_dates(path.parent / name, index=False))
        return dates
    for entry in root.iter(f"{_SITEMAP_NS}url"):
        loc = (entry.findtext(f"{_SITEMAP_NS}loc") or "").strip()
        lastmod = (entry.findtext(f"{_SITEMAP_NS}lastmod") or "").strip()
        if loc and lastmod:
            dates[loc] = lastmod
    return dates


def _valid(value: Any) -> bool:
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True
