"""A snapshot whose feed has not been pulled for days: its jobs may have closed.

A feed whose pull fails for good (the ATS moved its address, the board was
renamed) keeps its last snapshot, by design: one bad night must not empty the
job board. But the snapshot then ages without a word, and its jobs, filled
long since, stayed published as open with JobPosting data, which Google asks
to be removed once a job has expired. So the build judges each snapshot by
its last successful pull:

- from ``WARN_DAYS`` old (two nightly pulls missed), one warning on the file
  says when it was last pulled and the day its jobs will be shown as closed;
- from ``CLOSE_DAYS`` old, its jobs are published as closed (their pages say
  so, without JobPosting; they leave the sitemap and ``vacancies.json``) until
  a pull succeeds, with one warning that says so. Not an error: a failed build
  would also stop the nightly takedowns of stories whose consent ended.

Only the build judges: ``podium check`` on a pull request reads a checkout
whose snapshots are as old as their last commit (CI does not commit them
back), and its author can do nothing about a feed. And only while the feed's
pulls fail (``pull`` records that beside its kept copy): a snapshot's age
alone says nothing of a hub that pulls by hand and commits the result, nor of
the demo hub, whose feed address is made up and which is built anywhere,
any day, without a pull.

The last successful pull is the newer of the file's ``fetched_at`` and that of
the copy ``pull`` keeps in the cache (``pull.starting_point``) for the same
address and vendor: a pull that finds the feed unchanged leaves the file in
``content/`` alone, ``fetched_at`` included (no nightly no-op commits), and
records the pull in that copy only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from podium.cache import regular_file, signed_file
from podium.errors import Issue, counted, one_line

from . import snapshot
from .load import Pulled, VacancySet, as_utc, in_the_future

WARN_DAYS = 3
CLOSE_DAYS = 14
MAX_MARKER_BYTES = 10_000


def last_pull(
    pulled: Pulled, kept_dir: Path | None, today: dt.date, timezone: str = "UTC"
) -> dt.date | None:
    """The day in ``timezone`` (the hub's, as ``today`` is) of the snapshot's
    last successful pull, the kept copy's if later
    (and not after today: a copy from the future is no pull, see ``load.CLOCK_SKEW``);
    None when neither says (the snapshot's ``fetched_at`` unknown, no kept copy)."""
    when = pulled.fetched_at
    kept = kept_dir / f"{Path(pulled.source).stem}.json" if kept_dir is not None else None
    # The cache is restored from a tar and not trusted: a regular file only, and
    # with PODIUM_CACHE_KEY set, one with the MAC its pull gave it.
    if kept is not None and regular_file(kept) and signed_file(kept, snapshot.MAX_SNAPSHOT_BYTES):
        copy, _unreadable = snapshot.read_previous(kept)
        if copy is not None and (copy.get("url"), copy.get("vendor")) == (
            pulled.url,
            pulled.vendor,
        ):
            try:
                later = dt.datetime.fromisoformat(str(copy.get("fetched_at")))
            except ValueError:
                later = None
            if later is not None and not in_the_future(later, today):
                when = as_utc(later) if when is None else max(when, as_utc(later))
    return _day(when, timezone) if when is not None else None


def failing_since(
    kept_dir: Path | None, name: str, timezone: str = "UTC"
) -> tuple[dt.date, str] | None:
    """The day in ``timezone`` of the first of the failed pulls since the last that
    succeeded, and the last one's error; None while the feed's pulls succeed
    (or none was ever made here)."""
    marker = kept_dir / f"{name}{snapshot.FAILING}" if kept_dir is not None else None
    # Restored from a tar, like the kept copies, and not trusted either: a
    # planted one dated weeks back would close every job of a feed that pulls.
    if marker is None or not regular_file(marker) or not signed_file(marker, MAX_MARKER_BYTES):
        return None
    try:
        with marker.open("rb") as f:
            record = json.loads(f.read(MAX_MARKER_BYTES).decode("utf-8"))
        since = dt.datetime.fromisoformat(record["since"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    error = one_line(str(record.get("error") or "no answer"))[:200]
    return _day(as_utc(since), timezone), error


def _day(when: dt.datetime, timezone: str) -> dt.date:
    """The hub's day of a moment: counted in UTC days, a pull at 00:30 in
    Amsterdam was a day older than the hub's calendar, and its jobs were
    closed a day early."""
    try:
        return when.astimezone(ZoneInfo(timezone)).date()
    except OverflowError:  # at the ends of the calendar: its UTC day
        return when.date()


def judge(
    vacancies: VacancySet, kept_dir: Path | None, timezone: str = "UTC"
) -> tuple[list[Issue], VacancySet]:
    """A warning per snapshot pulled ``WARN_DAYS`` or more ago, whose feed's pulls
    now fail, that still has open jobs; and the set with the jobs of those pulled
    ``CLOSE_DAYS`` or more ago closed. Days are those of ``timezone``, the hub's."""
    today = vacancies.today
    issues: list[Issue] = []
    closing: dict[str, dt.date] = {}
    for pulled in vacancies.pulled:
        still_open = [
            v for v in vacancies.vacancies if v.source == pulled.source and v.is_open(today)
        ]
        if not still_open:
            continue
        failing = failing_since(kept_dir, Path(pulled.source).stem, timezone)
        if failing is None:
            continue
        since, error = failing
        day = last_pull(pulled, kept_dir, today, timezone)
        # Of unknown age (its fetched_at missing, no moment, or in the future,
        # and no kept copy): its last successful pull was before the first failed
        # one, so it is at least that old. Left out, its jobs stayed open for ever.
        unknown = day is None
        if day is None:
            day = min(since, today)
        age = (today - day).days
        if age < WARN_DAYS:
            continue
        close_on = day + dt.timedelta(days=CLOSE_DAYS)
        count = len(still_open)
        jobs = f"its {counted(count, 'open vacancy')}"
        if unknown:
            pulled_on = (
                'this snapshot\'s last pull is unknown (its field "fetched_at" is missing, no '
                f"moment or in the future), and its pulls have failed since {day}, {age} days ago"
            )
            why = f"its pulls fail ({error})"
        else:
            pulled_on = f"this snapshot was last pulled on {day}, {age} days ago"
            why = f"its pulls have failed since {since} ({error})"
        fix = (
            f'{why}: fix feed "{Path(pulled.source).stem}" in PODIUM_FEEDS (its url may have '
            "changed) and run podium vacancies pull"
        )
        are = "is" if count == 1 else "are"
        if today >= close_on:
            closing[pulled.source] = close_on
            message = (
                f"{pulled_on}: {jobs} may have been "
                f"filled, so {'it' if count == 1 else 'they'} {are} published as closed, "
                f"without JobPosting data, until a pull succeeds; {fix}"
            )
        else:
            message = (
                f"{pulled_on}: {jobs} {are} "
                f"published as closed from {close_on} unless a pull succeeds before; {fix}"
            )
        issues.append(Issue(pulled.source, 1, message, "warning"))
    if not closing:
        return issues, vacancies
    closed = tuple(
        # Closed as a job gone from its feed is: its page stays, and says so.
        dataclasses.replace(v, feed_status="gone", gone_since=closing[v.source])
        if v.source in closing and v.is_open(today)
        else v
        for v in vacancies.vacancies
    )
    return issues, dataclasses.replace(vacancies, vacancies=closed)
