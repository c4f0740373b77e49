"""``pull``: fetch each ATS feed, normalise it, write its snapshot.

A build never touches the network; this is the only code that does, and it
runs in CI against servers we do not control. So every way a fetch can go
wrong (unreachable, slow, huge, redirect loop, wrong content, bad data)
ends as one line ``feed NAME (URL): error: ...`` and leaves the previous
snapshot byte-identical, so a flaky ATS never empties the careers site.

The same holds for an answer that parses but would empty the board: a pull
that would close every open vacancy of a feed that had some, or more than
the feed's ``max_drop`` share (default half), is refused the same way
(``force=True``, ``--force`` on the command line, overrides it). One wrong
setting, such as a missing ``default_country``, must not close every job.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import http.client
import ipaddress
import json
import math
import re
import shutil
import socket
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from podium import deadline as deadlines
from podium import markup, paths
from podium.cache import KEY_ENV, mac_path, regular_file, seal, secret, signed_file
from podium.errors import ContentError, counted, display_path, one_line
from podium.fields import Fields
from podium.yamlio import Located, load

from . import html, paycheck, snapshot
from .ats import greenhouse, lever, personio, recruitee
from .ats.common import FeedError, TooManyJobs, cut_title
from .feeds import MAX_JOBS, FeedConfig
from .load import (
    CLOSES_FAR_AHEAD,
    MAX_DESCRIPTION,
    MAX_FILE_BYTES,
    NOT_ENCRYPTED,
    SNAPSHOT_FIELDS,
    closes_far_ahead,
    in_the_future,
    read_raw,
    read_vacancy,
    unencrypted,
)
from .model import MAX_TITLE, OLDEST_POSTED, Vacancy
from .stale import MAX_MARKER_BYTES

NORMALISERS = {
    "greenhouse": greenhouse.normalise,
    "lever": lever.normalise,
    "personio": personio.normalise,
    "recruitee": recruitee.normalise,
}
# What each vendor must answer with; anything else is refused before parsing.
CONTENT_TYPES = {
    "greenhouse": "json",
    "lever": "json",
    "personio": "xml",
    "recruitee": "json",
}

USER_AGENT = "Podium/0.1 (careers site vacancy import; +https://github.com/podium)"
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
TRIES = 3  # a 429 or 5xx answer is tried again, within the feed's --timeout
BACKOFF = 1.0  # seconds before the second try when the server names no Retry-After
_ACCEPT = {"json": "application/json", "xml": "application/xml, text/xml"}


@dataclass(frozen=True)
class FeedResult:
    feed: FeedConfig
    path: Path
    error: str | None = None
    present: int = 0
    gone: int = 0
    changed: bool = False
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None

    def line(self) -> str:
        where = f"feed {self.feed.name} ({self.feed.url})"
        if self.error:
            return f"{where}: error: {one_line(self.error)}"
        state = "written" if self.changed else "unchanged"
        return f"{where}: {self.present} open, {self.gone} gone; {self.path} {state}"

    def warning_lines(self) -> list[str]:
        # Warnings quote feed data (titles, ids), which may hold line breaks.
        where = f"feed {self.feed.name} ({self.feed.url})"
        return [f"{where}: warning: {one_line(w)}" for w in self.warnings]


@dataclass(frozen=True)
class PullReport:
    results: tuple[FeedResult, ...]
    # Of the pull as a whole, not of one feed: the cache's records it dropped.
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)

    @property
    def errors(self) -> list[str]:
        return [r.line() for r in self.results if not r.ok]


def pull(
    feeds: Sequence[FeedConfig],
    out_dir: Path | str,
    timeout: float = 20,
    max_bytes: int | None = None,
    now: dt.datetime | None = None,
    force: bool = False,
    keep_dir: Path | str | None = None,
    pay_transparency: str = "warn",
    today: dt.date | None = None,
    spool_dir: Path | None = None,
) -> PullReport:
    """Refresh every feed's snapshot; one feed failing does not stop the others.

    ``max_bytes`` overrides every feed's ``max_mb``. ``keep_dir``
    (``.podium-cache/vacancy-feeds``) holds a copy of each feed's last pull: see
    ``starting_point``. ``pay_transparency`` is the hub's setting: see
    ``_refused_by_pay_check``. ``today`` is the hub's (``PodiumSettings.today``:
    the day in TIMEZONE, or PODIUM_TODAY), the day the build judges a vacancy
    by; without it, the day of ``now``. ``spool_dir`` (``.podium-cache/pull-spool``)
    holds the feeds' answers while the pull runs: see ``_spool``.
    """
    now = now or dt.datetime.now(dt.UTC)
    today = today or now.date()
    out_dir = Path(out_dir)
    keep = Path(keep_dir) if keep_dir is not None else None
    dropped = _drop_unsealed(keep, feeds) if keep is not None else None
    with _spool(spool_dir) as spool:
        # Every feed is fetched before any is judged: a job that moved from one
        # feed to another (two feeds of one board by team) is listed by the other
        # now, whichever of the two is pulled first, and leaving a feed is no drop.
        # Only its posts' ids are held meanwhile: its answer waits in a file of
        # its own, and is normalised again when its snapshot is written, so a
        # hub with many large feeds holds one feed's posts at a time.
        fetched = [
            _park(f, spool / str(i) if spool else None, timeout, max_bytes)
            for i, f in enumerate(feeds)
        ]
        listed = [parked.ids for parked in fetched]
        elsewhere = [frozenset().union(*listed[:i], *listed[i + 1 :]) for i in range(len(feeds))]
        # The feed a job left is written first: until its snapshot has the job
        # gone, the feed the job moved to skips it as an id another feed uses.
        order = sorted(
            range(len(feeds)),
            key=lambda i: not _left(out_dir, feeds[i], listed[i], elsewhere[i]),
        )
        # What each feed lists that another feed's snapshot holds open before any is written.
        held = [listed[i] & set(ids_elsewhere(out_dir, f.name)) for i, f in enumerate(feeds)]

        # The day each job open in a feed was posted, before any is written: a job
        # that moved keeps it in the feed it went to (snapshot.merge).
        posted = [_posted_elsewhere(out_dir, f.name) for f in feeds]

        def one(i: int) -> FeedResult:
            f, posts = feeds[i], _unpark(feeds[i], fetched[i])
            return pull_one(f, out_dir, timeout, max_bytes, now, force, keep, pay_transparency,
                            today, posts, elsewhere[i], posted[i])  # fmt: skip

        results = {i: one(i) for i in order}
        # Two jobs that moved each way between two feeds in one pull (A's to B,
        # B's to A): whichever feed was written first skipped its newcomer as an
        # id the other still held open, and the job was closed in both. Once the
        # other has written it gone, that feed is written again from what it
        # fetched. A newcomer the other still holds (its pull failed) stays skipped.
        for i in order:
            if results[i].ok and _admitted_late(out_dir, feeds[i], held[i]):
                results[i] = _again(results[i], one(i))
    if keep is not None:
        results = {i: _record_failing(r, keep, now) for i, r in results.items()}
    return PullReport(tuple(results[i] for i in range(len(feeds))), (dropped,) if dropped else ())


def _drop_unsealed(keep: Path, feeds: Sequence[FeedConfig]) -> str | None:
    """With PODIUM_CACHE_KEY set, remove the feeds' kept copies and ``.failing``
    records that lack their right MAC, and say so in one line (None: nothing).

    Unsealed, they are never read (``starting_point``, ``stale``), but left in
    place they stayed for good while a feed's pulls failed: said again every
    night, and a ``.failing`` record kept from before the key, never written
    again while it was there, kept a dead feed's jobs open for ever. The first
    pull after the key is set finds every record so; a planted one is the same."""
    if secret() is None:
        return None
    names = []
    for feed in feeds:
        for record in (keep / f"{feed.name}.json", keep / f"{feed.name}{snapshot.FAILING}"):
            if regular_file(record) and not signed_file(record, snapshot.MAX_SNAPSHOT_BYTES):
                for path in (record, mac_path(record)):
                    with contextlib.suppress(OSError):  # unread either way
                        path.unlink(missing_ok=True)
                names.append(record.name)
    if not names:
        return None
    return (
        f"{keep}: warning: {counted(len(names), 'record')} of the feeds' pulls "
        f"({', '.join(names)}) had no MAC, or a wrong one, for {KEY_ENV} (kept before it was "
        "set, or not by this hub's pulls): removed, not used; a feed is judged again "
        "from its next pull"
    )


def _posted_elsewhere(out_dir: Path, feed_name: str) -> dict[str, dt.date]:
    """The posting day of each job open in the other feeds' snapshots."""
    days: dict[str, dt.date] = {}
    for path in sorted(out_dir.glob("*.json")):
        if path.stem == feed_name:
            continue
        doc, _unreadable = snapshot.read_previous(path)
        days.update(snapshot.posted_days(doc["vacancies"] if doc else ()))
    return days


def _admitted_late(out_dir: Path, feed: FeedConfig, held: frozenset[str]) -> bool:
    """Whether a job the feed lists, which another feed held open before this
    pull (``held``, case-folded), is held there no more but is not open in the
    feed's own snapshot: it was skipped as that feed's, and has since left it."""
    free = held - set(ids_elsewhere(out_dir, feed.name))
    doc, _unreadable = snapshot.read_previous(out_dir / f"{feed.name}.json")
    written = {
        r["id"].casefold() for r in (doc["vacancies"] if doc else ())
        if isinstance(r, dict) and isinstance(r.get("id"), str) and r.get("status") != "gone"
    }  # fmt: skip
    return bool(free - written)


def _again(first: FeedResult, second: FeedResult) -> FeedResult:
    """The result of a feed written twice in one pull: the second, with the
    first's warnings but for the posts the second no longer skipped."""
    kept = [w for w in first.warnings if w in second.warnings or not w.startswith("skipped post ")]
    warnings = (*kept, *(w for w in second.warnings if w not in first.warnings))
    return replace(second, changed=first.changed or second.changed, warnings=warnings)


def _left(
    out_dir: Path, feed: FeedConfig, listed: frozenset[str], elsewhere: frozenset[str]
) -> bool:
    """Whether a job open in the feed's snapshot has moved to another feed: it
    lists it no more, and another feed of this pull does."""
    doc, _unreadable = snapshot.read_previous(out_dir / f"{feed.name}.json")
    moved = elsewhere - listed
    return any(
        isinstance(r, dict) and isinstance(r.get("id"), str) and r.get("status") != "gone"
        and r["id"].casefold() in moved
        for r in (doc["vacancies"] if doc else ())
    )  # fmt: skip


def _record_failing(result: FeedResult, keep: Path, now: dt.datetime) -> FeedResult:
    """Beside the feed's kept copy, whether its pulls fail and since when: the
    build judges a snapshot's age only then (``podium_vacancies.stale``). A
    success removes the record; a failure keeps the first one's day and says
    its own error: the stale-snapshot warning named the first failure's reason
    for weeks after the feed had failed otherwise."""
    marker = keep / f"{result.feed.name}{snapshot.FAILING}"
    try:
        if result.ok:
            if marker.is_file() and not marker.is_symlink():
                marker.unlink()
        else:
            keep.mkdir(parents=True, exist_ok=True)
            since = _failing_since(marker) or now.isoformat()
            record = {"since": since, "error": result.error}
            text = json.dumps(record, ensure_ascii=False) + "\n"
            snapshot.write_atomic(marker, text)
            seal(marker, text.encode("utf-8"))  # the build trusts only its own (stale.py)
    except OSError as exc:  # only the age judgement of a later build loses
        warning = _one_line(f"cannot record the pull in {keep}: {_why(exc)}")
        return replace(result, warnings=(*result.warnings, warning))
    return result


def _failing_since(marker: Path) -> str | None:
    """The moment a feed's pulls began to fail, as its record says (None: no
    record this pull wrote, or none that names a moment)."""
    if not regular_file(marker) or not signed_file(marker, MAX_MARKER_BYTES):
        return None
    try:
        with marker.open("rb") as f:
            since = json.loads(f.read(MAX_MARKER_BYTES).decode("utf-8"))["since"]
        dt.datetime.fromisoformat(since)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return since


def pull_one(
    feed: FeedConfig,
    out_dir: Path,
    timeout: float,
    max_bytes: int | None,
    now: dt.datetime,
    force: bool = False,
    keep_dir: Path | None = None,
    pay_transparency: str = "warn",
    today: dt.date | None = None,
    posts: _Posts | None = None,
    elsewhere: frozenset[str] = frozenset(),
    posted: dict[str, dt.date] | None = None,
) -> FeedResult:
    """One feed's pull. ``posts`` is what ``_fetch_posts`` fetched (else it is
    fetched here); ``elsewhere`` the ids (case-folded) the hub's other feeds
    list in this pull: see ``_too_many_dropped``; ``posted`` the posting day
    of each job open in their snapshots: see ``snapshot.merge``."""
    today = today or now.date()
    path = out_dir / f"{feed.name}.json"
    kept = keep_dir / f"{feed.name}.json" if keep_dir is not None else None
    warnings: list[str] = []
    current, warning = snapshot.read_previous(path)
    if warning:
        warnings.append(warning)
    previous = starting_point(current, kept, feed, now, warnings)
    taken = ids_elsewhere(out_dir, feed.name)
    if posts is None:
        posts = _fetch_posts(feed, timeout, max_bytes)
    warnings.extend(posts.warnings)
    if posts.error is not None:
        return _failed(feed, path, posts.error, current, previous, warnings)
    loadable = []
    for v in posts.vacancies:
        if len(v.description_html) > MAX_DESCRIPTION:
            v = _cut_description(v, warnings)
        if len(v.title) > MAX_TITLE:
            v = _cut_title(v, warnings)
        if v.date_posted > today:
            v = _posted_today(v, today, warnings)
        if v.date_posted < OLDEST_POSTED:
            v = _posted_now(v, today)
        if v.valid_through is not None and v.valid_through < today:
            # Published as the ATS dates it (closed: Google drops a validThrough
            # past), but the recruiter sees it open in the ATS and should hear why.
            warnings.append(
                f'post {v.id} "{v.title}": its closing date ({v.valid_through}) has passed, '
                "though the feed lists it as open; the hub shows it closed: extend or clear "
                "the closing date in the ATS"
            )
        problem = (
            _unloadable(snapshot.to_record(v), feed)
            or _refused_by_pay_check(v, pay_transparency, today)
            or _clash(v.id, taken)
        )
        if problem:
            warnings.append(f"skipped post {v.id}: {problem}")
        else:
            _said_as_for_a_hand_written_one(v, feed, today, warnings)
            loadable.append(v)
    _applied_for_over_the_feeds_http(loadable, feed, warnings)
    old_records = previous["vacancies"] if previous else []
    refusal = None if force else _too_many_dropped(old_records, loadable, feed, elsewhere)
    if refusal:
        return _failed(feed, path, refusal, current, previous, warnings)
    records = snapshot.merge(old_records, loadable, today, posted)
    doc = snapshot.document(feed, records, now)
    text = snapshot.dumps(doc)
    if (size := len(text.encode("utf-8"))) > snapshot.MAX_SNAPSHOT_BYTES:
        return _failed(feed, path, _too_large_to_build(size, records), current, previous, warnings)
    # A file whose fetched_at is in the future (a hand edit, a wrong clock), or
    # missing or no moment, is rewritten with the real moment even when the feed
    # did not change: kept, its age stayed unknown (see load.CLOCK_SKEW), and
    # where no cache keeps a copy between builds (Netlify), for good.
    changed = (
        not snapshot.same_content(current, doc)
        or _from_the_future(current, now)
        or _of_unknown_age(current)
    )
    if changed:
        try:
            snapshot.write_atomic(path, text)
        except OSError as exc:
            why = _why(exc)
            if out_dir.exists() and not out_dir.is_dir():
                # It said "File exists", naming the snapshot, not the folder in the way.
                why = (f"{out_dir} is a file, not a folder; rename or remove it (the snapshots "
                       "are written in that folder)")  # fmt: skip
            return FeedResult(feed, path, error=_one_line(f"cannot write {path}: {why}"))
    if kept is not None:
        _keep(kept, doc, warnings)
    gone = sum(1 for r in records if r.get("status") == "gone")
    return FeedResult(
        feed, path, None, len(records) - gone, gone, changed, tuple(_one_line(w) for w in warnings)
    )


@dataclass(frozen=True)
class _Posts:
    """A feed's posts as fetched and normalised, or why there are none."""

    vacancies: tuple[Vacancy, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class _Parked:
    """A feed's answer while the pull fetches the others: its posts' ids
    (case-folded) and what normalising it said, the answer itself in ``file``
    (``_unpark`` normalises it again), or ``posts`` where it is not in a file
    (the fetch failed, or no file could be written)."""

    ids: frozenset[str] = frozenset()
    file: Path | None = None
    warnings: tuple[str, ...] = ()
    posts: _Posts | None = None


@contextlib.contextmanager
def _spool(folder: Path | None = None) -> Iterator[Path | None]:
    """A private folder for the feeds' answers while a pull runs, removed after
    it; None where none can be made, and the posts stay in memory.

    ``folder`` is the hub's (``snapshot.PULL_SPOOL`` in its cache), used only by
    a pull holding content/ (``one_writer``): a folder found there was left by a
    pull killed outright (SIGKILL, the OOM killer), which cannot remove it, and is
    removed first. Without it, one in the system's temporary folder, which
    nothing removes after such a kill."""
    if folder is not None:
        try:
            _remove_spool(folder)
            folder.mkdir(mode=0o700, parents=True)
        except OSError:  # a read-only cache: the system's temporary folder, below
            pass
        else:
            try:
                yield folder
            finally:
                with contextlib.suppress(OSError):
                    _remove_spool(folder)
            return
    try:
        made = tempfile.TemporaryDirectory(prefix="podium-pull-", ignore_cleanup_errors=True)
    except OSError:
        yield None
        return
    with made as name:
        yield Path(name)


def _remove_spool(folder: Path) -> None:
    """Remove ``folder`` whole; a symlink in its place (a restored cache is not
    trusted) is removed, not followed."""
    if folder.is_symlink() or folder.is_file():
        folder.unlink()
    elif folder.exists():
        shutil.rmtree(folder)


def _park(feed: FeedConfig, file: Path | None, timeout: float, max_bytes: int | None) -> _Parked:
    payload, posts = _fetched(feed, timeout, max_bytes)
    ids = frozenset(v.id.casefold() for v in posts.vacancies)
    if posts.error is not None or payload is None or file is None:
        return _Parked(ids, posts=posts)
    try:
        file.write_bytes(payload)
    except OSError:  # a full disk: held in memory, as before the spool
        return _Parked(ids, posts=posts)
    return _Parked(ids, file, posts.warnings)


def _unpark(feed: FeedConfig, parked: _Parked) -> _Posts:
    """The feed's posts as ``_park`` first read them, with their warnings."""
    if parked.posts is not None or parked.file is None:
        return parked.posts or _Posts()
    try:
        payload = parked.file.read_bytes()
    except OSError as exc:  # removed under the pull (a cleaner of the temporary folder)
        why = f"its answer, kept in {parked.file.parent} while the other feeds were fetched"
        return _Posts(warnings=parked.warnings, error=f"{why}, could not be read: {_why(exc)}")
    posts = _normalised(feed, payload, [])
    return replace(posts, warnings=parked.warnings)


def _fetch_posts(feed: FeedConfig, timeout: float, max_bytes: int | None) -> _Posts:
    return _fetched(feed, timeout, max_bytes)[1]


def _fetched(
    feed: FeedConfig, timeout: float, max_bytes: int | None
) -> tuple[bytes | None, _Posts]:
    """The feed's answer as fetched and its posts (None and why not, when the fetch failed)."""
    warnings: list[str] = []
    try:
        limit = max_bytes if max_bytes is not None else int(feed.max_mb * 1_000_000)
        payload = fetch(feed.url, CONTENT_TYPES[feed.kind], timeout, limit)
    except TooLarge as exc:
        hint = f'; if it is that large, raise its "max_mb" in PODIUM_FEEDS (now {feed.max_mb:g})'
        error = str(exc) + (hint if max_bytes is None else "")
        return None, _Posts(error=error)
    except FeedError as exc:
        return None, _Posts(error=_one_line(str(exc)))
    return payload, _normalised(feed, payload, warnings)


def _normalised(feed: FeedConfig, payload: bytes, warnings: list[str]) -> _Posts:
    try:
        vacancies = NORMALISERS[feed.kind](payload, feed, warnings)
    except TooManyJobs as exc:  # even with --force: that is for drops
        return _Posts(warnings=tuple(warnings), error=_too_many_jobs(exc.listed, feed))
    except FeedError as exc:
        return _Posts(warnings=tuple(warnings), error=_one_line(str(exc)))
    return _Posts(tuple(vacancies), tuple(warnings))


def _why(exc: OSError) -> str:
    """What the system said, without the file names: the snapshot is written to a
    temporary file first, whose name ("[Errno 21] Is a directory: '.x.json.ni3rl07u.tmp'
    -> 'x.json'") the user never made; the line names the snapshot itself."""
    return exc.strerror or str(exc) or type(exc).__name__


def starting_point(
    current: dict | None,
    kept: Path | None,
    feed: FeedConfig,
    now: dt.datetime | None = None,
    warnings: list[str] | None = None,
) -> dict | None:
    """The snapshot a pull starts from: the one in content/ (``current``), or the
    copy the last pull kept in the cache when that one was fetched later.

    CI does not commit snapshots back (the publish job only reads the
    repository), so the repository's snapshot can be weeks old. Started from it,
    a job that closed last night would be open again on a night the feed is down,
    and every night would be the first one a closed job was missed on
    (``gone_since``). The cache, restored from the last run, has last night's.
    A copy of another feed address or vendor, or that is not a regular file
    (the cache is restored from a tar, and not trusted), is not used; nor, with
    PODIUM_CACHE_KEY set, one without the MAC a pull gives its copy
    (``podium.cache.seal``): a copy planted with a later ``fetched_at`` was the
    pull's start and, the feed down, went into content/. That one is said in
    ``warnings``.
    """
    if kept is None or not regular_file(kept):
        return current
    if not signed_file(kept, snapshot.MAX_SNAPSHOT_BYTES):
        if warnings is not None:  # one pull() removed first (_drop_unsealed) is said there
            warnings.append(
                f"{kept}: not used as the pull's start: it has no MAC, or a wrong one, "
                f"for {KEY_ENV} (a copy this hub's pulls did not keep)"
            )
        return current
    copy, _unreadable = snapshot.read_previous(kept)
    if copy is None or (copy.get("url"), copy.get("vendor")) != (feed.url, feed.kind):
        return current
    now = now or dt.datetime.now(dt.UTC)
    if _from_the_future(copy, now):  # a wrong clock's copy is no later pull
        return current
    if _from_the_future(current, now):
        return copy
    if current is None or str(copy.get("fetched_at", "")) > str(current.get("fetched_at", "")):
        return copy
    return current


def _from_the_future(doc: dict | None, now: dt.datetime) -> bool:
    """Whether a snapshot says it was fetched after ``now`` allows (``load.CLOCK_SKEW``)."""
    raw = doc.get("fetched_at") if doc is not None else None
    try:
        when = dt.datetime.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        return False
    return when is not None and in_the_future(when, now.date())


def _of_unknown_age(doc: dict | None) -> bool:
    """Whether a snapshot says no moment it was fetched (none, or no date-time)."""
    if doc is None:
        return False
    raw = doc.get("fetched_at")
    if not isinstance(raw, str):
        return True
    try:
        dt.datetime.fromisoformat(raw)
    except ValueError:
        return True
    return False


def _failed(feed, path, error, current, previous, warnings) -> FeedResult:
    """A pull that wrote nothing new. If the cache's copy is newer than content/'s,
    it goes into content/, so tonight's build shows last night's jobs and not the
    repository's older list."""
    if previous is not current and not snapshot.same_content(current, previous):
        try:
            snapshot.write_atomic(path, snapshot.dumps(previous))
            warnings.append(
                f"{path} now holds the snapshot of the last pull "
                f"({previous.get('fetched_at')}) kept in the cache"
            )
        except OSError as exc:
            warnings.append(f"cannot write {path}: {_why(exc)}")
    return FeedResult(feed, path, error=error, warnings=tuple(map(_one_line, warnings)))


def _too_large_to_build(size: int, records: list[dict]) -> str:
    """Why a snapshot larger than a build reads (``MAX_SNAPSHOT_BYTES``) is not
    written: the build refused it, and the next pull could not start from it."""
    gone = sum(1 for r in records if r.get("status") == "gone")
    return (
        f"refused: the snapshot would be {size:,} bytes ({len(records) - gone} open, {gone} "
        f"gone), more than the {snapshot.MAX_SNAPSHOT_BYTES:,} a build reads; snapshot left "
        "unchanged; the feed holds more or longer jobs than a hub shows: check its address, "
        "or shorten the descriptions in the ATS"
    )


def _too_many_jobs(posts: int, feed: FeedConfig) -> str:
    """Why a feed listing more open jobs than its ``max_jobs`` is not written
    (``posts``: all it lists; the count stopped at the first job too many)."""
    return (
        f"refused: the feed lists more open jobs than its max_jobs ({feed.max_jobs:,}), "
        f"in {posts:,} posts; snapshot left unchanged; check its address, or raise "
        f'"max_jobs" in PODIUM_FEEDS (at most {MAX_JOBS:,}) if the board is that large'
    )


def _keep(kept: Path, doc: dict, warnings: list[str]) -> None:
    """A copy of this pull in the cache, ``fetched_at`` included (content/'s file
    keeps its old one when nothing changed, to make no no-op commits)."""
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        text = snapshot.dumps(doc)
        snapshot.write_atomic(kept, text)
        seal(kept, text.encode("utf-8"))  # what tells it from a planted copy (starting_point)
    except OSError as exc:  # the pull itself succeeded: only the next CI run loses
        warnings.append(f"cannot keep a copy in {kept.parent}: {_why(exc)}")


def _too_many_dropped(
    old_records: list,
    current: list,
    feed: FeedConfig,
    moved: frozenset[str] = frozenset(),
) -> str | None:
    """Why writing this pull would be a mistake, or None when it looks sane.

    ``moved``: ids (case-folded) the hub's other feeds list in this pull. A
    job that moved there is still open, no drop: a feed whose only job moved
    team was refused every night until --force."""
    was_open = {
        r["id"] for r in old_records
        if isinstance(r, dict) and isinstance(r.get("id"), str) and r.get("status") != "gone"
    }  # fmt: skip
    if not was_open:
        return None
    # Case-folded, as snapshot.merge keeps a job whose id changed case.
    still_open = {v.id.casefold() for v in current} | moved
    dropped = {vid for vid in was_open if vid.casefold() not in still_open}
    if not dropped:
        return None
    keep = "snapshot left unchanged; fix the feed or its settings, or pass --force"
    # "all 1 open vacancies" and "1 of 1 open vacancies" read wrong: a board
    # with one job is common, and so is a feed that swapped every id.
    closed = counted(len(was_open), "open vacancy")
    if len(dropped) < len(was_open):
        closed = f"{len(dropped)} of {closed}"
    else:
        closed = ("all " if len(was_open) > 1 else "its ") + closed
    if not current:
        return (
            f"refused: the pull would close {closed} "
            f"(the feed gave none that can be published); {keep}"
        )
    share = len(dropped) / len(was_open)
    if share > feed.max_drop:
        return (
            f"refused: the pull would close {closed} "
            f"({share:.0%}, more than max_drop {feed.max_drop:.0%}); {keep}"
        )
    return None


def ids_elsewhere(out_dir: Path, feed_name: str) -> dict[str, str]:
    """Vacancy ids (case-folded) the hand-written files beside ``out_dir`` and the
    other feeds' snapshots in it already use, each with the file that has it.

    ``load_all`` refuses a build where two vacancies share an id (stories link
    by id; the id names the page's folder). An ATS post that takes the id of a
    hand-written vacancy, or of another vendor's post (numeric ids from two
    ATSes can meet), written to the snapshot would fail every build, and with
    it the nightly takedowns; skipped, it is a warning that names both.
    Unreadable files are passed by: the build reports them itself.
    """
    taken: dict[str, str] = {}
    content_root = out_dir.parent.parent
    for path in sorted(out_dir.parent.glob("*.yml")):
        try:
            raw = read_raw(path, MAX_FILE_BYTES, content_root)
            data = load(raw.decode("utf-8"), path.name).data
        except (paths.Refused, UnicodeDecodeError, ContentError):
            continue
        vid = data.get("id") if isinstance(data, dict) else None
        if isinstance(vid, (str, int)) and not isinstance(vid, bool):
            taken.setdefault(str(vid).strip().casefold(), display_path(path, content_root))
    for path in sorted(out_dir.glob("*.json")):
        if path.stem == feed_name:
            continue
        doc, _unreadable = snapshot.read_previous(path)
        for record in doc["vacancies"] if doc else ():
            # A job gone from another feed may have moved to this one (two
            # feeds of one board by team, the job moved team): skipped, it
            # was closed while open. load_all keeps the one record that counts.
            if (
                isinstance(record, dict)
                and isinstance(record.get("id"), str)
                and record.get("status") != "gone"
            ):
                taken.setdefault(record["id"].casefold(), display_path(path, content_root))
    return taken


def _clash(vid: str, taken: dict[str, str]) -> str | None:
    where = taken.get(vid.casefold())
    if where is None:
        return None
    return f"its id is also used by {where}, and every vacancy needs its own id"


def _refused_by_pay_check(v: Vacancy, mode: str, today: dt.date) -> str | None:
    """Why the pay transparency check would fail the build on this post, when the
    hub makes that an error (``PODIUM_PAY_TRANSPARENCY = "error"``).

    A pulled post comes in unreviewed, every night: written to the snapshot, one
    post without pay would fail the nightly publish, and with it the takedowns
    it exists for (ended consent, closed jobs). Skipped, it is a warning that
    names the post, and the ad the hub may not show stays off it.
    """
    if mode != "error":
        return None
    issues = paycheck.check([replace(v, feed_status="present")], mode, today)
    return "; ".join(i.message for i in issues) or None


def _cut_description(v: Vacancy, warnings: list[str]) -> Vacancy:
    """A post whose description is longer than a vacancy may hold, cut to fit.

    A handbook pasted under a job ad got the whole job skipped at the pull,
    missing from the site, for text few applicants read to the end. A careers
    site shows the job; the page shows the description up to the last whole
    paragraph that fits, the rest stays in the ATS, and the warning names the
    job to shorten there.
    """
    body, whole = html.cut(v.description_html, MAX_DESCRIPTION)
    where = "the last whole paragraph" if whole else "the last word"
    warnings.append(
        f'post {v.id} "{v.title}": its description is {len(v.description_html):,} characters, '
        f"more than the {MAX_DESCRIPTION:,} a vacancy may hold; the page shows it up to "
        f"{where} that fits (shorten it in the ATS)"
    )
    return replace(v, description_html=body, description_text=html.to_text(body))


def _cut_title(v: Vacancy, warnings: list[str]) -> Vacancy:
    """A post whose title is longer than a vacancy's may be, cut at a word.

    It was cut at the 200th character without a word, mid-word ("regio
    Utr"); the page now shows the words that fit and "…", and the warning
    names the post to retitle in the ATS."""
    title = cut_title(v.title)
    warnings.append(
        f'post {v.id} "{title}": its title is {len(v.title):,} characters, more than the '
        f"{MAX_TITLE} a vacancy's title may hold; the page shows the words that fit "
        "(shorten it in the ATS)"
    )
    return replace(v, title=title)


def _posted_today(v: Vacancy, today: dt.date, warnings: list[str]) -> Vacancy:
    """A post the feed lists is open at the ATS now: dated after today, it was
    a scheduled vacancy the hub did not publish, a live job missing from the
    hub and Google until that day (the ATS account's time zone ahead of the
    hub's: a day; a typo, "2062": for years). It is posted today; more than a
    day ahead, no time zone explains, and the warning names the post."""
    if v.date_posted > today + dt.timedelta(days=1):
        warnings.append(
            f'post {v.id} "{v.title}": its posting date ({v.date_posted}) is after today '
            f"({today}), though the feed lists it as open; it is published as posted today "
            "(fix the date in the ATS)"
        )
    return replace(v, date_posted=today)


def _posted_now(v: Vacancy, today: dt.date) -> Vacancy:
    """A post dated before any open job was posted (model.OLDEST_POSTED: Lever's
    createdAt 0, or in seconds) is posted today, as one dated after tomorrow
    is; the vendor's module said so, with the field as the feed wrote it
    (common.vacancy). One already closed was posted by its closing day: dated
    after it, the load refused the post ("valid_through" before "date_posted")."""
    return replace(v, date_posted=min(today, v.valid_through or today))


def _said_as_for_a_hand_written_one(
    v: Vacancy, feed: FeedConfig, today: dt.date, warnings: list[str]
) -> None:
    """What ``podium check`` warns of in a hand-written vacancy, of a post: a
    closing date a year or more ahead (validate.far_ahead_vacancy_dates) and an
    address to apply at on http://. Published all the same, as the ATS says.
    (One made from the feed's own address is said once for the feed:
    ``_applied_for_over_the_feeds_http``.)"""
    if closes_far_ahead(v, today):
        warnings.append(
            f'post {v.id} "{v.title}": its closing date (valid_through, {v.valid_through}) is a '
            f"year or more after today ({today}), {CLOSES_FAR_AHEAD}; is the year right? "
            "(fix it in the ATS)"
        )
    if unencrypted(v.apply_url) and not _made_from_the_feeds(v.apply_url, feed):
        warnings.append(
            f'post {v.id} "{v.title}": its address to apply at (apply_url, "{v.apply_url}") '
            f"{NOT_ENCRYPTED}; give its https:// address in the ATS"
        )


def _made_from_the_feeds(apply_url: str, feed: FeedConfig) -> bool:
    """Whether ``apply_url`` is on the feed's own http:// host (Personio makes each
    post's from the feed's address): then the feed's address is what to fix."""
    return unencrypted(feed.url) and urlsplit(apply_url).netloc == urlsplit(feed.url).netloc


def _applied_for_over_the_feeds_http(
    posts: Sequence[Vacancy], feed: FeedConfig, warnings: list[str]
) -> None:
    """One warning for the posts whose address to apply at is made from the
    feed's own http:// address, not one a post: one fix, in PODIUM_FEEDS."""
    made = [
        v for v in posts if unencrypted(v.apply_url) and _made_from_the_feeds(v.apply_url, feed)
    ]
    if made:
        warnings.append(
            f"{counted(len(made), 'post')} {'has its' if len(made) == 1 else 'have their'} "
            f'address to apply at (apply_url, "{made[0].apply_url}"'
            f"{', ...' if len(made) > 1 else ''}) made from the feed's own address, on "
            f"http://, so each {NOT_ENCRYPTED}; give "
            f'the feed "{feed.name}" its https:// address in PODIUM_FEEDS'
        )


def _unloadable(record: dict, feed: FeedConfig) -> str | None:
    """Why ``load_all`` would refuse this record, so a pull never writes a broken build.

    Its errors only: a warning (a feed's unusable pay, published without it)
    is the build's to print, and the job is published; skipped on one, the
    job was missing from the site."""
    f = Fields(Located(record), feed.name)
    read_vacancy(f, feed.languages, feed.default_lang, description_is_html=True,
                 allowed=SNAPSHOT_FIELDS, feed_record=True,
                 feed_host=urlsplit(feed.url).hostname)  # fmt: skip
    return "; ".join(i.message for i in f.issues if i.severity == "error") or None


# -- HTTP ---------------------------------------------------------------------------


def _as_written(value: str | None) -> str | None:
    """A header's value as the server wrote it: http.client decodes every
    header as Latin-1, and servers write a Location beyond ASCII in UTF-8, as
    browsers read it ("straÃ\x9fe.example" is "straße.example")."""
    if value is None or value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Few redirects, and only to web addresses without dropping HTTPS.

    ``own`` is the addresses of the configured feed's host, ``proxies`` the
    proxies urllib takes from the environment: see ``_proxied_refusal``."""

    max_redirections = MAX_REDIRECTS
    max_repeats = 1  # the second visit to a URL is a loop

    def __init__(self, own: frozenset[str] = frozenset(), proxies=None) -> None:
        super().__init__()
        self.own, self.proxies = own, proxies or {}

    def http_error_302(self, req, fp, code, msg, headers):
        # Checked here, before urllib's own check, to say what was wrong in one line.
        name = "location" if headers.get("location") else "uri"
        location = _as_written(headers.get(name))
        if location:
            # A Location no browser could open ("http://[", a port past 65535)
            # is the server's mistake, said as such: it ended in "connection
            # failed: ValueError: Invalid IPv6 URL", as if the network had failed.
            try:
                joined = urljoin(req.full_url, location)
            except ValueError:
                joined = location
            if unopenable := markup.unopenable(joined):
                fp.close()
                raise FeedError(
                    f'redirected to "{one_line(location)}", an address no browser opens: '
                    f"{unopenable}"
                )
            target = urlsplit(joined)
            problem = None
            if target.scheme not in ("http", "https"):
                problem = f"redirected to a non-web address {location}"
            elif urlsplit(req.full_url).scheme == "https" and target.scheme == "http":
                problem = f"redirected from HTTPS to insecure HTTP ({location})"
            if not problem and self.proxies.get(target.scheme):
                problem = _proxied_refusal(target.hostname, self.own)
            if problem:
                fp.close()
                raise FeedError(problem)
            # Sent on as a browser would: urllib percent-encodes a Location
            # beyond ASCII whole, its host too ("stra%C3%9Fe.example"), then
            # decodes that host and looks it up by IDNA 2003 ("strasse").
            headers.replace_header(name, _as_sent(joined))
        else:
            # urllib hands a redirect without a target back as an HTTPError,
            # which fetch() could only report as a loop.
            fp.close()
            raise FeedError(f"HTTP {code} {msg}: a redirect without a Location header")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


class TooLarge(FeedError):
    """A feed larger than its limit (``max_mb``)."""


class _Internal(OSError):
    """A connection to an internal address the feed's own host is not on."""


def _addresses(host: str | None) -> frozenset[str]:
    """The IP addresses ``host`` resolves to now (none if it does not resolve)."""
    try:
        return frozenset(info[4][0] for info in socket.getaddrinfo(host, None))
    except (OSError, UnicodeError):
        return frozenset()


def _reachable(peer: str, own: frozenset[str]) -> bool:
    """Whether a feed whose host resolves to ``own`` may talk to ``peer``.

    A feed on the internet may redirect to another host on the internet
    (Personio's feeds moved from .de to .com), but not into the network CI
    runs in: loopback, private, link-local (the cloud metadata service at
    169.254.169.254) or other reserved addresses, unless the configured feed
    itself is there (an ATS mirror on the company's network, the tests'
    server on 127.0.0.1). Checked on the connected socket, so neither a
    redirect nor a name that resolves differently the second time gets past.
    """
    address = ipaddress.ip_address(peer.split("%")[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_global or peer in own


def _proxied_refusal(host: str | None, own: frozenset[str]) -> str | None:
    """Why a redirect to ``host`` that goes through a proxy is refused (None: it is not).

    The connected socket is then the proxy's, which ``_admit`` allows, and the
    proxy would fetch the cloud metadata service or a 10.x host for us: so the
    host is judged by ``_reachable`` before the redirect is followed, as an IP
    address or by what its name resolves to here. A name that resolves to
    nothing here cannot be judged, and is refused rather than left to the proxy.
    """
    try:
        addresses = frozenset({str(ipaddress.ip_address(host or ""))})
    except ValueError:
        addresses = _addresses(host)
    if not addresses:
        return (
            f"refused to follow the redirect to {host} through the proxy: the name does "
            "not resolve here, so whether it is an internal address cannot be checked"
        )
    for peer in sorted(addresses):
        if not _reachable(peer, own):
            return (
                f"refused to follow the redirect to {host} ({peer}) through the proxy: an "
                "internal address, and the feed's own host is not on it"
            )
    return None


def _admit(own: frozenset[str]):
    """Refuse a connection to an address ``_reachable`` does not allow."""

    def admit(connection: http.client.HTTPConnection) -> None:
        peer = connection.sock.getpeername()[0]
        if not _reachable(peer, own):
            connection.sock.close()
            raise _Internal(f"refused to connect to {connection.host} ({peer}): an internal "
                            "address, and the feed's own host is not on it")  # fmt: skip

    return admit


def _as_sent(url: str) -> str:
    """``url`` as a browser sends it (``markup.as_sent``), or FeedError."""
    try:
        return markup.as_sent(url)
    except ValueError as exc:
        raise FeedError(str(exc)) from None


def fetch(url: str, expect: str, timeout: float, max_bytes: int, sleep=time.sleep) -> bytes:
    """The body of ``url``; FeedError (one line) for anything but a sane JSON/XML answer.

    ``timeout`` is an overall deadline for connecting, redirects, headers and
    body, enforced on the socket, so a server that trickles one byte a second
    cannot hold CI for hours. A 429 or 5xx answer is tried again within it
    (``TRIES`` times in all), after what the server's Retry-After asks or a
    short backoff: ATS APIs rate-limit and have bad minutes, and one such
    answer at night kept the day's closed jobs open until the next night.
    """
    if urlsplit(url).scheme not in ("http", "https"):
        raise FeedError("only http:// and https:// feeds can be fetched")
    url = _as_sent(url)
    deadline = time.monotonic() + timeout
    # The feed's host, and any proxy urllib takes from the environment (CI
    # behind a company proxy connects to it, not to the feed).
    proxies = {k: v for k, v in urllib.request.getproxies().items() if k != "no"}
    feed_own = _addresses(urlsplit(url).hostname)
    own = feed_own.union(*(_addresses(urlsplit(h).hostname) for h in proxies.values()))
    # Connections that all share the deadline and reach only addresses
    # _reachable from the feed's host; through a proxy, redirects are judged
    # by their host, and the proxy's own address does not make it allowed.
    opener = deadlines.opener(deadline, _Redirects(feed_own, proxies), admit=_admit(own))
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT[expect]}
    )
    for attempt in range(1, TRIES + 1):
        try:
            return _fetch_once(opener, request, expect, deadline, timeout, max_bytes)
        except _Busy as busy:
            problem = f"HTTP {busy.code} {busy.reason}"
            if attempt == TRIES:
                raise FeedError(f"{problem} ({TRIES} tries); pull again later") from None
            wait = deadlines.retry_after(busy.retry_after, BACKOFF * 2 ** (attempt - 1), math.inf)
            if time.monotonic() + wait >= deadline:
                # Waited out, the pull would only end as "timed out".
                raise FeedError(
                    f"{problem}; the server asks to wait {wait:.0f} s, more than is left of "
                    f"the {timeout:g} s (--timeout) the pull gives each feed; pull again later"
                    if busy.retry_after
                    else f"{problem} ({attempt} tries in {timeout:g} s, --timeout); "
                    "pull again later"
                ) from None
            sleep(wait)
    raise AssertionError("unreachable")  # the loop returns or raises


class _Busy(Exception):  # noqa: N818 - a signal to try again, not an error
    """A 429 or 5xx answer: the server may answer the same request later."""

    def __init__(self, code: int, reason: str, retry_after: str | None) -> None:
        super().__init__(code)
        self.code, self.reason, self.retry_after = code, reason, retry_after


def _fetch_once(opener, request, expect: str, deadline: float, timeout: float,
                max_bytes: int) -> bytes:  # fmt: skip
    try:
        with opener.open(request, timeout=timeout) as response:
            _check_type(response.headers.get("Content-Type"), expect)
            _check_encoding(response.headers.get("Content-Encoding"))
            length = response.headers.get("Content-Length")
            if length and not (length.isascii() and length.isdigit()):
                length = None  # "²" is a digit to isdigit(), no number to int()
            if length and length.isdigit() and int(length) > max_bytes:
                raise TooLarge(f"response is {int(length)} bytes; the limit is {max_bytes}")
            body = _read_capped(response, max_bytes, deadline, timeout)
            # read1() ends quietly where the connection did: a feed cut off
            # half-way read as "malformed JSON: Expecting ',' delimiter", which
            # sends the user after the feed instead of the network.
            if length and length.isdigit() and len(body) < int(length):
                raise FeedError(
                    f"the download was cut off after {len(body)} of {int(length)} bytes; "
                    "the connection closed early; pull again later"
                )
            return _as_utf8(body, response.headers.get_content_charset(), expect)
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code in (301, 302, 303, 307, 308):  # followed until urllib gave up
            raise FeedError(
                f"too many redirects (more than {MAX_REDIRECTS}, or a redirect loop)"
            ) from None
        if exc.code == 429 or 500 <= exc.code < 600:
            raise _Busy(exc.code, str(exc.reason), exc.headers.get("Retry-After")) from None
        raise FeedError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, _Internal):
            raise FeedError(str(exc.reason)) from None
        if isinstance(exc.reason, TimeoutError | socket.timeout):
            raise FeedError(f"timed out after {timeout:g} s") from None
        raise FeedError(f"cannot connect: {exc.reason}") from None
    except TimeoutError:
        raise FeedError(f"timed out after {timeout:g} s") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise FeedError(f"connection failed: {exc.__class__.__name__}: {exc}") from None


def _check_type(header: str | None, expect: str) -> None:
    media = (header or "").split(";")[0].strip().lower()
    if expect == "json":
        ok = media in ("application/json", "text/json") or media.endswith("+json")
    else:
        ok = media in ("application/xml", "text/xml") or media.endswith("+xml")
    if not ok:
        wanted = "JSON" if expect == "json" else "XML"
        raise FeedError(f'expected {wanted}, got Content-Type "{media or "none"}"')


# An XML declaration that names its encoding: the parser reads that one.
_XML_ENCODING = re.compile(r"\A\ufeff?\s*<\?xml[^>]*?\sencoding\s*=")


def _as_utf8(body: bytes, charset: str | None, expect: str) -> bytes:
    """``body`` in UTF-8, the encoding the parsers take when the feed names none.

    A server that says ``charset=windows-1252`` in its Content-Type (an ATS
    export behind a company web server, a proxy that transcodes) sends bytes
    the JSON parser, which reads UTF-8 only, refused: "malformed JSON: 'utf-8'
    codec can't decode byte 0xe9", and the whole feed failed every night. A
    body that starts with a byte order mark, or XML that declares its own
    encoding (``<?xml ... encoding="..."?>``), is left to the parser, which
    reads those (a BOM outranks the header, as in browsers).
    """
    if not charset or body.startswith(_BOMS):
        return body
    try:
        codec = codecs.lookup(charset).name
    except (LookupError, ValueError):  # ValueError: a NUL in the name, "utf\0-8"
        return body  # read as the format's own default; a wrong guess fails there
    if codec == "utf-8":
        return body
    try:
        text = body.decode(codec)
    except UnicodeError as exc:
        raise FeedError(
            f"the feed is not in {charset}, the charset its Content-Type names: {exc}"
        ) from None
    except LookupError:
        # "base64", "zlib", "rot13", "hex": Python's codecs of bytes to bytes, no
        # text encoding ("LookupError: 'base64' is not a text encoding" ended the
        # pull in a traceback); as unknown as a name Python does not know.
        return body
    if expect == "xml" and _XML_ENCODING.match(text):
        return body
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        # UTF-7's "+2AA-" is half a character (a lone surrogate), which no text
        # holds: it was "connection failed: UnicodeEncodeError", sending the
        # user after the network.
        raise FeedError(
            f"the feed is not in {charset}, the charset its Content-Type names: it holds "
            f"half a character (U+{ord(exc.object[exc.start]):04X} at character {exc.start})"
        ) from None


_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE)  # UTF-32's start so too


def _check_encoding(header: str | None) -> None:
    """Refuse a compressed body: http.client asks for none (``Accept-Encoding:
    identity``) and we never inflate one, which keeps a gzip bomb a few bytes. Without this
    the gzip bytes were parsed as the feed, "malformed JSON: 'utf-8' codec
    can't decode byte 0x8b", which sends the user after the wrong problem."""
    coding = (header or "").strip().lower()
    if coding and coding != "identity":
        raise FeedError(
            f'the server sent compressed data (Content-Encoding "{coding}") though none '
            "was asked for; Podium reads feeds uncompressed"
        )


def _read_capped(response, max_bytes: int, deadline: float, timeout: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        try:
            chunk = response.read1(CHUNK)  # what has arrived: the deadline is checked per piece
        except http.client.IncompleteRead:
            # A chunked answer (HTTP/1.1's usual) that stopped before its last
            # chunk: "connection failed: IncompleteRead: IncompleteRead(0 bytes
            # read)", where one cut off before its Content-Length is said plainly.
            raise FeedError(
                f"the download was cut off after {size} bytes, before the end of its last "
                "chunk; the connection closed early; pull again later"
            ) from None
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge(f"response is larger than {max_bytes} bytes; refused")
        if time.monotonic() > deadline:
            raise FeedError(f"timed out after {timeout:g} s (download too slow)")
        chunks.append(chunk)


def _one_line(text: str) -> str:
    return " ".join(text.split())
