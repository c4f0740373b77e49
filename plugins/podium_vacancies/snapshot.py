"""The snapshot file ``content/vacancies/feeds/<feed>.json``: format and merge rule.

Format (version 1), written with sorted keys and two-space indents so that a
refresh shows up in ``git diff`` as the jobs that changed, nothing else::

    {"feed": "recruitee-helder", "vendor": "recruitee", "url": "https://...",
     "fetched_at": "2026-11-22T06:00:00Z", "format": 1,
     "vacancies": [{"id", "title", "team", "location": {"city", "region", "country", "remote",
                                                       "street", "postal_code"}
                    (a list of them for a job in several places),
                    "employment_type", "date_posted", "apply_url", "salary", "themes",
                    "lang", "description" (sanitised HTML), "status", "gone_since",
                    "titles" ({lang: title} in the site's other languages, where the
                    ATS has them)}]}

Field names are the contract's (§4), so ``load_all`` reads records with the
same checks as hand-written files; only ``description`` differs: it is HTML,
because that is what feeds deliver.

Gone rule: a vacancy in the previous snapshot that the feed no longer lists
stays in the snapshot with ``"status": "gone"`` and ``"gone_since"`` (the
day it was first missed), so its page keeps answering and says the job is
closed instead of turning into a 404 for people who bookmarked or shared it.
If it comes back to the feed it is ``"present"`` again. Gone records are
never dropped automatically; delete them from the file to retire the URL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from podium import atomic, paths
from podium.cache import regular_file

from .feeds import FeedConfig
from .load import MAX_SNAPSHOT_BYTES, read_raw
from .model import OLDEST_POSTED, Vacancy

FORMAT = 1
# Each feed's last pull, in the cache folder: CI keeps the folder between runs
# (publish.yml), since it does not commit the snapshots back (pull.starting_point).
KEPT_SNAPSHOTS = "vacancy-feeds"
# The feeds' answers while a pull runs (pull._spool), in the cache folder beside
# the kept copies: there, the next pull (holding content/) removes what a pull
# killed outright left, which in the system's temporary folder stayed for good.
PULL_SPOOL = "pull-spool"
# Beside a feed's kept copy, while its pulls fail: since when, and why
# (podium_vacancies.stale). No ".json": nothing that reads snapshots takes it.
FAILING = ".failing"


def to_record(v: Vacancy) -> dict:
    """A vacancy in the contract's field names; absent optional fields are left out."""
    places = [_place(loc) for loc in v.locations]
    record = {
        "id": v.id,
        "title": v.title,
        # One place as a mapping, as before; a list only for a job in several.
        "location": places[0] if len(places) == 1 else places,
        "date_posted": v.date_posted.isoformat(),
        "apply_url": v.apply_url,
        "themes": list(v.themes),
        "lang": v.lang,
        "description": v.description_html,
        "status": v.feed_status or "present",
    }
    if v.employment_type:
        # One value as text, as before; a list only for a job of more kinds.
        kinds = v.employment_type
        record["employment_type"] = kinds[0] if len(kinds) == 1 else list(kinds)
    if v.direct_apply:
        record["direct_apply"] = True
    if v.updated:
        record["updated"] = v.updated.isoformat()
    if v.titles:
        record["titles"] = dict(v.titles)
    if v.team:
        record["team"] = v.team
    if v.department:
        record["department"] = v.department
    if v.valid_through:
        record["valid_through"] = v.valid_through.isoformat()
    if v.salary:
        s = v.salary
        pay = {"min": s.min, "max": s.max, "currency": s.currency, "unit": s.unit}
        # A floor or a cap has only its own bound (no "max": null).
        record["salary"] = {k: v for k, v in pay.items() if v is not None}
    return record


def _place(loc) -> dict:
    place = {"country": loc.country, "remote": loc.remote}
    if loc.city:
        place["city"] = loc.city
    if loc.region:
        place["region"] = loc.region
    for key in ("street", "postal_code"):
        if getattr(loc, key, None):
            place[key] = getattr(loc, key)
    return place


def merge(
    previous: Iterable[dict],
    current: Iterable[Vacancy],
    today: dt.date,
    posted: Mapping[str, dt.date] | None = None,
) -> list[dict]:
    """Current vacancies as present, plus previous ones now missing as gone; sorted by id.

    ``posted``: the day each job open in the hub's other feeds was posted
    (``posted_days``, case-folded ids), read before this pull wrote any."""
    previous = [old for old in previous if isinstance(old, dict) and isinstance(old.get("id"), str)]
    # Case-folded, as load_all compares ids: "AB" now and "ab" before is one
    # job, and it keeps the id it was published under: the id is its page's
    # address, which moved (the old one dead) when the ATS changed its case.
    published = {old["id"].casefold(): old["id"] for old in previous}
    first = {**(posted or {}), **posted_days(previous)}
    records = {}
    for v in current:
        record = to_record(v)
        record["id"] = published.get(v.id.casefold(), v.id)
        # An open job keeps the day the hub first published it (JobPosting's
        # datePosted is the original posting date): a date the ATS moves on
        # (Greenhouse's updated_at where a board has no first_published, a
        # Recruitee offer published again), or a job's move to another feed
        # of the hub, moved it, and with it the job's place in Google's list.
        since = first.get(v.id.casefold())
        if since is not None and since < v.date_posted:
            record["date_posted"] = since.isoformat()
        records[record["id"]] = record
    listed = {vid.casefold() for vid in records}
    for old in previous:
        if old["id"].casefold() in listed:
            continue
        gone = dict(old)
        gone["status"] = "gone"
        gone.setdefault("gone_since", today.isoformat())
        records[old["id"]] = gone
    return [records[k] for k in sorted(records)]


def posted_days(records: Iterable) -> dict[str, dt.date]:
    """The posting day of each open record (case-folded id); a hand edit's
    record without a readable one is passed by."""
    days = {}
    for r in records:
        if not isinstance(r, dict) or not isinstance(r.get("id"), str) or r.get("status") == "gone":
            continue
        with contextlib.suppress(TypeError, ValueError):
            day = dt.date.fromisoformat(r.get("date_posted"))
            # One before any open job was posted (a pull before OLDEST_POSTED was
            # checked wrote 1970-01-01): kept, merge published the job as
            # posted then for good.
            if day >= OLDEST_POSTED:
                days[r["id"].casefold()] = day
    return days


def document(feed: FeedConfig, records: list[dict], fetched_at: dt.datetime) -> dict:
    return {
        "feed": feed.name,
        "vendor": feed.kind,
        "url": feed.url,
        "fetched_at": fetched_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "format": FORMAT,
        "vacancies": records,
    }


def dumps(doc: dict) -> str:
    return json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def read_previous(path: Path) -> tuple[dict | None, str | None]:
    """The previous snapshot document, or None plus a warning when it is unreadable."""
    if not path.exists():
        return None, None
    try:
        # Bounded and regular files only: a snapshot linked to /dev/zero was read
        # until memory ran out, a FIFO waited on for ever.
        raw = read_raw(path, MAX_SNAPSHOT_BYTES)
        if len(raw) > MAX_SNAPSHOT_BYTES:
            raise paths.Refused(f"is larger than {MAX_SNAPSHOT_BYTES} bytes")
        doc = json.loads(raw.decode("utf-8-sig"))  # a BOM read past, as load.py does
    except (paths.Refused, UnicodeDecodeError, ValueError, RecursionError) as exc:
        return None, f"previous snapshot {path} is unreadable ({exc}); gone jobs cannot be kept"
    if not isinstance(doc, dict) or not isinstance(doc.get("vacancies"), list):
        return None, f"previous snapshot {path} has no vacancies list; gone jobs cannot be kept"
    return doc, None


def same_content(old: dict | None, new: dict) -> bool:
    """Equal but for ``fetched_at``: then the file is left alone (no nightly no-op commits)."""
    if old is None:
        return False
    strip = lambda d: {k: v for k, v in d.items() if k != "fetched_at"}  # noqa: E731
    return strip(old) == strip(new)


# The temporary file ``write_atomic`` writes beside a snapshot (tempfile's
# eight characters): ".greenhouse-helder.json.x1y2z3w4.tmp".
_UNFINISHED = re.compile(r"\.[^/]+\.json\.[a-z0-9_]{8}\.tmp")


def remove_unfinished(folder: Path) -> list[Path]:
    """Remove the temporary files a pull killed outright (SIGKILL, the OOM killer)
    left in ``folder``: half a snapshot each, never read (not ``*.json``), never
    published (hidden), but committed with the folder and kept for ever. Only
    names ``write_atomic`` gives, only regular files; returns those removed.
    Called holding content/ (``one_writer``): no other pull is writing then."""
    removed = []
    try:
        found = sorted(folder.glob(".*.tmp")) if folder.is_dir() else []
    except OSError:
        return []
    for path in found:
        if _UNFINISHED.fullmatch(path.name) and regular_file(path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file in the same folder and ``os.replace``.

    A build, or a crash mid-write, sees either the old file or the new one,
    never half a snapshot. The snapshot is committed and read by the other
    users of the checkout: it gets the umask's mode, not the temporary file's 0600.
    """
    atomic.write_atomic(path, text, durable=True, mode=atomic.umask_mode())
