"""The nightly publish's schedule, judged in the hub's time zone.

GitHub reads a workflow's cron in UTC, while a build's "today" is the day in
TIMEZONE: what is scheduled for a day, and whose consent or vacancy ended the
day before, changes at midnight there. A run that falls before that midnight
(the evening before, west of UTC) publishes the day before's site, so the day's
changes wait almost a whole day for the next run. ``podium check`` says so, with
a cron that runs just after midnight there in every season.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from podium.errors import Issue, display_path
from podium.settings import setting_line

WORKFLOW = Path(".github") / "workflows" / "publish.yml"
# "M H * * *": a daily run at one time; any other shape is not judged.
DAILY = re.compile(r"^\s*(\d{1,2})\s+(\d{1,2})\s+\*\s+\*\s+\*\s*$")
LATEST_HOUR = 7  # a run after 07:00 local leaves the night's changes waiting for the morning
MINUTE = 17  # off the hour, when GitHub's scheduler is least busy
# The editors' commands speak English whatever the process locale (strftime's %B does not).
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _crons(path: Path) -> list[tuple[str, int]]:
    """Each schedule's cron text and its line."""
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []  # the workflow's own problems are GitHub's to report
    if not isinstance(data, dict):
        return []
    on = data.get(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    schedule = on.get("schedule") if isinstance(on, dict) else None
    found = []
    lines = text.splitlines()
    for entry in schedule if isinstance(schedule, list) else []:
        cron = entry.get("cron") if isinstance(entry, dict) else None
        if isinstance(cron, str):
            line = next((n for n, t in enumerate(lines, 1) if "cron" in t and cron in t), 1)
            found.append((cron, line))
    return found


def schedule_warnings(content_root: Path, timezone: str, year: int) -> list[Issue]:
    path = Path(content_root).absolute().parent / WORKFLOW
    if not path.is_file():
        return []
    zone = ZoneInfo(timezone)
    issues = []
    for cron, line in _crons(path):
        match = DAILY.match(cron)
        if not match:
            continue
        minute, hour = int(match[1]), int(match[2])
        if minute > 59 or hour > 23:
            continue
        # One run a month, mid-month, covers both sides of every DST switch.
        runs = [
            dt.datetime(year, month, 15, hour, minute, tzinfo=dt.UTC).astimezone(zone)
            for month in range(1, 13)
        ]
        late = next((r for r in runs if not r.hour < LATEST_HOUR), None)
        if late is None:
            continue
        before = late.date() < late.astimezone(dt.UTC).date()
        when, delay = (
            ("the evening before", "almost a day late")
            if before
            else ("hours into the day", "only then")
        )
        # 00:17 at the smallest offset of the year, so 01:17 at the largest.
        least = min(int(r.utcoffset().total_seconds() // 60) for r in runs)
        utc = (MINUTE - least) % (24 * 60)
        issues.append(
            Issue(
                display_path(path, content_root),
                line,
                f'the nightly publish (cron "{cron}", in UTC) runs at {late:%H:%M} in {timezone} '
                f"(TIMEZONE) in {MONTHS[late.month - 1]}, {when}: scheduled stories appear and "
                f"ended consent and vacancies come down {delay}; run it just after midnight "
                f'there, cron "{utc % 60} {utc // 60} * * *"',
                "warning",
            )
        )
    return issues


def fixed_day_warnings(content_root: Path, settings_file: str | Path) -> list[Issue]:
    """``PODIUM_TODAY`` assigned in a settings file of a hub with the nightly publish.

    README offers it, as a setting or in the environment, to preview another
    day. Left in pelicanconf.py (which publishconf.py imports), every nightly
    build is judged on that day: nothing scheduled appears, and no consent or
    vacancy ever ends. The environment variable is for one run, and not said.
    """
    if not (Path(content_root).absolute().parent / WORKFLOW).is_file():
        return []
    given = Path(settings_file)
    # publishconf.py's own, else the pelicanconf.py it imports with `*`.
    for path in (given, given.parent / "pelicanconf.py"):
        line = setting_line(str(path), "PODIUM_TODAY")
        if line is not None:
            break
    else:
        return []
    value = _assigned(path)
    at = f" at {value}" if value else ""
    return [
        Issue(
            display_path(path, content_root),
            line,
            f"setting PODIUM_TODAY fixes the day every build is judged against{at}, so "
            "the nightly publish never publishes a scheduled story, nor takes down a story "
            "whose consent ended or a vacancy that closed; remove it, and preview another day "
            "with the environment variable instead "
            f"(PODIUM_TODAY={value or 'YYYY-MM-DD'} podium serve)",
            "warning",
        )
    ]


def _assigned(path: Path) -> str | None:
    """The date PODIUM_TODAY is set to in ``path`` (its text: the file is not run
    again), when it is written as a string."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    found = re.search(r"^PODIUM_TODAY\s*=\s*[\"']([^\"']*)[\"']", text, re.MULTILINE)
    return found[1] if found else None
