"""Typed field readers shared by every schema (stories, themes, vacancies).

A ``Fields`` object wraps one YAML mapping and turns each field into a typed
Python value, or into an ``Issue`` that names the field, its line and what
would be valid. It never raises for bad values: collecting every problem in
one pass lets ``podium check`` report all of a file's mistakes at once.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from . import colors
from .chars import bad_character, hidden_character, invisible_only, marks_only, stacked_marks
from .errors import Issue, did_you_mean, one_of
from .slugs import SLUG_RE, slugify
from .yamlio import YAML_11_BOOLEANS, Located, example_value

# The start of an HTML tag, comment or declaration. Fields are plain text and
# templates print some of them without escaping, so a "<script>" in a title
# would be published as markup. "a < b" and "<10 jaar" stay allowed.
MARKUP_RE = re.compile(r"<[A-Za-z/!?]")
# Markdown a writer used to the body types in a plain text field ("**rust**",
# "[de vacature](https://...)", "`code`"): only the marks no plain sentence has,
# so "5 * 3", "[1]" and "R&D_team" are text.
_MARKDOWN_RE = re.compile(
    r"(?<![*\w])\*\*(?=\S)[^*\n]+?(?<=\S)\*\*(?![*\w])"
    r"|(?<![_\w])__(?=\S)[^_\n]+?(?<=\S)__(?![_\w])"
    r"|\[[^\]\n]+\]\([^)\s]+\)"
    r"|`[^`\n]+`"
)


def markdown_in(value: str) -> str | None:
    """The first Markdown mark-up in plain ``value``, as a writer would find it
    ("**rust**", "[de vacature](...)"), or None."""
    found = _MARKDOWN_RE.search(value)
    if found is None:
        return None
    text = found.group()
    return text.split("](", 1)[0] + "](...)" if text.startswith("[") else text


# Dates outside these years are typos (0202-03-01, 20260-01-01): before 1900
# time zones had offsets in seconds, which feeds cannot express.
YEARS = (1900, 2100)
_MISSING = object()


def year_in_range(value: dt.date) -> bool:
    return YEARS[0] <= value.year <= YEARS[1]


def a_year_later(day: dt.date) -> dt.date:
    """The same day a year on (29 February: 1 March): a date from there is far
    enough ahead to be a mistyped year ("2062" for "2026") more likely than a plan."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February: a year later is 1 March
        return day + dt.timedelta(days=366)


def aware(value: dt.date | dt.datetime, tz: str) -> dt.datetime:
    """A date or date-time in zone ``tz`` (unless it has an offset), offset in whole minutes.

    Before standard time zones (Amsterdam until 1937: +00:19:32) offsets had
    seconds, which RFC 3339 (Atom, JSON Feed, JSON-LD) cannot write. The
    nearest whole minute keeps the date and the wall-clock time.
    """
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time(0, 0))
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(tz))
    offset = value.utcoffset()
    if offset is not None and offset.seconds % 60:
        minutes = round(offset.total_seconds() / 60)
        value = value.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes)))
    return value


def hub_day(value: dt.date | dt.datetime, tz: str) -> dt.date:
    """The day ``value`` falls on in zone ``tz``, the hub's TIMEZONE.

    A story is published on a day in the hub's zone (``Story.publication``), so
    a date-time written with another offset (2026-08-31T23:30-05:00, which is
    1 September 06:30 in Amsterdam) is of the day it appears, not the day its
    writer's clock showed. A naive date-time is already in the hub's zone.
    """
    if not isinstance(value, dt.datetime):
        return value
    if value.tzinfo is None:
        return value.date()
    return value.astimezone(ZoneInfo(tz)).date()


def parse_date(value: Any) -> dt.date | None:
    """``YYYY-MM-DD`` (string or date) to a date, else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


# Word and Outlook turn typed quotes into curly ones, and a writer who pastes
# `role: “Developer”` means quotes. To YAML they are text: they would show.
# Public: the editor's patterns (podium_cms.config) refuse the same quotes.
CURLY_OPEN = "\u201c\u201e\u2018\u00ab"
CURLY_CLOSE = "\u201d\u2019\u201c\u00bb"


def curly_quoted(value: Any) -> str | None:
    """The text inside curly quotes wrapped around ``value``, else None."""
    if (
        isinstance(value, str)
        and len(value) >= 2
        and value[0] in CURLY_OPEN
        and value[-1] in CURLY_CLOSE
    ):
        return value[1:-1].strip()
    return None


def _curly_hint(value: Any) -> str:
    inner = curly_quoted(value)
    if inner is None:
        return ""
    return (
        f"; leave out the curly quotes {value[0]} {value[-1]} (a word processor typed them), "
        f'or use straight ones: "{inner}"'
    )


def _hidden_hint(value: str) -> str:
    """Which character of ``value`` shows nothing: a message's 'not "engineering"'
    (with a zero-width space in it) read as a valid slug refused, with no reason."""
    found = hidden_character(value)
    if found is None:
        return ""
    return f": it holds the invisible character {found[1]} at character {found[0] + 1}; remove it"


# Month names a writer may spell out, Dutch and English ("4 december 2026",
# "4 dec. 2026", "December 4, 2026").
_MONTHS = {
    name: n
    for n, names in enumerate(
        [
            ("januari", "january", "jan"),
            ("februari", "february", "feb"),
            ("maart", "march", "mrt", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("augustus", "august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_YEAR_MONTH_DAY = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_SPELLED = re.compile(r"(\d{1,2})\.?\s+([a-z]+)\.?,?\s+(\d{4})")
_SPELLED_EN = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")


def date_guess(value: Any) -> str:
    """A ' (did you mean 2026-12-04, 4 December 2026?)' suffix for a date written
    another way, or ''.

    Numbers are read day first, as in the Netherlands and most of Europe; the
    day is spelled out so that a writer who meant the month first sees it.
    """
    if not isinstance(value, str):
        return ""
    text = value.strip().lower()
    day = month = year = None
    if m := _DAY_MONTH_YEAR.fullmatch(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    elif m := _YEAR_MONTH_DAY.fullmatch(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif (m := _SPELLED.fullmatch(text)) and m[2] in _MONTHS:
        day, month, year = int(m[1]), _MONTHS[m[2]], int(m[3])
    elif (m := _SPELLED_EN.fullmatch(text)) and m[1] in _MONTHS:
        month, day, year = _MONTHS[m[1]], int(m[2]), int(m[3])
    try:
        meant = dt.date(year, month, day) if year else None
    except ValueError:
        return ""
    if meant is None or meant.isoformat() == text:
        return ""
    month_name = _MONTH_NAMES[meant.month - 1]  # not %B: that follows the machine's locale
    return f" (did you mean {meant.isoformat()}, {meant.day} {month_name} {meant.year}?)"


# A text that starts as a Dutch elision without its apostrophe ("s Ochtends",
# "s-Hertogenbosch", "t Zand"): what single quotes around 's ... make of it.
_LOST_ELISION = re.compile(r"^[st](?: [A-Za-z]|-[A-Z])")  # not "t-shirts"


def _time_hint(value: Any) -> str:
    """The day of a date-time given where a date is asked ("2026-02-01 10:00",
    copied from a story's "date", which takes one): it said only "must be a
    real date as YYYY-MM-DD", which the writer took it for."""
    moment = parse_datetime(value) if isinstance(value, str) else None
    if not isinstance(moment, dt.datetime):
        return ""
    return f"; this field takes a day without a time: write {moment.date().isoformat()}"


def _zone_hint(value: Any) -> str:
    """How to write a time zone, for a date-time that names one by its letters."""
    if isinstance(value, str) and re.search(r"\d[ T]\d{1,2}:\d{2}.*[A-Za-z]{2,}", value):
        return "; give a time zone as an offset from UTC, like 2026-03-01T09:30+01:00"
    return ""


# Words a writer uses for a choice's value: a language by its name, a draft
# by the Dutch word for one. Suggested only when the value is an option.
_SAID_AS = {
    "nederlands": "nl", "dutch": "nl", "engels": "en", "english": "en",
    "duits": "de", "deutsch": "de", "german": "de", "frans": "fr", "french": "fr",
    "concept": "draft", "klad": "draft", "gepubliceerd": "published",
    "publish": "published", "public": "published", "live": "published",
}  # fmt: skip


def choice_meant(typed: str, options: Sequence[str]) -> str | None:
    """The option ``typed`` names in other words (``EN``, ``en-GB``, ``English``,
    ``Nederlands`` for a language; ``concept`` for draft), else None."""
    low = typed.strip().lower()
    for candidate in (low, re.split(r"[-_]", low)[0], _SAID_AS.get(low)):
        if candidate in options:
            return candidate
    return None


def _close_choice(typed: str, options: list[str]) -> str:
    """A did-you-mean for ``lang: EN``, ``lang: en-GB``, ``lang: English``, ``status: concept``."""
    meant = choice_meant(typed, options)
    return f' (did you mean "{meant}"?)' if meant else did_you_mean(typed, options)


def parse_datetime(value: Any) -> dt.datetime | dt.date | None:
    """A date, or an ISO 8601 date-time (naive or with offset), else None."""
    day = parse_date(value)
    if day is not None:
        return day
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


# The widest offsets any time zone has had since 1900 (Baker Island, Kiribati's
# Line Islands): "+23:00", which ISO 8601 and Python accept, is a typo.
OFFSETS = (dt.timedelta(hours=-12), dt.timedelta(hours=14))


def clock_problem(value: dt.datetime, tz: str) -> str | None:
    """Why a date-time names no moment in the hub's zone ``tz``, else None.

    A wall-clock time in the hour the clocks skip in spring (02:30 on
    2027-03-28 in Europe/Amsterdam) is no time at all; Python would quietly read
    it with the winter offset, one hour off what the writer's clock will say.
    The hour that repeats in autumn is read as its first pass (summer time),
    as Pelican and Hugo do. An offset beyond -12:00 to +14:00 is no zone's.
    """
    offset = value.utcoffset()
    if offset is not None:
        # "+01:00:30": Python reads seconds in an offset, ISO 8601 and RFC 3339
        # (the feeds, JSON-LD) have none.
        if offset.total_seconds() % 60:
            return "has seconds in its offset from UTC; write hours and minutes, like +01:00"
        if not OFFSETS[0] <= offset <= OFFSETS[1]:
            return (
                "has an offset from UTC that no time zone has; "
                "offsets run from -12:00 to +14:00, like +01:00"
            )
        return None
    zone = ZoneInfo(tz)
    there = value.replace(tzinfo=zone)
    back = there.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None)
    if back != value:
        return (
            f"is no time in {tz}: the clocks go forward past it that night; "
            f"write {back.isoformat(timespec='minutes')} (the same moment) or another time"
        )
    return None


# The line breaks str.splitlines() breaks at that no control-character check
# refuses already (\v, \f and the C0/C1 separators are).
_LINE_BREAK = re.compile("[\n\r\u0085\u2028\u2029]")


# The names an editor writes for a language instead of its code, in English,
# in the language itself and as ISO 639-2 has them.
LANGUAGE_NAMES = {
    "nl": ("dutch", "nederlands", "nld", "dut"),
    "en": ("english", "engels", "eng"),
}


def language_meant(written: str, codes: Iterable[str]) -> str | None:
    """The code of ``codes`` that ``written`` names another way: in capitals
    ("NL"), with a region ("nl-NL", "en_GB") or by its name ("Dutch"); or None."""
    folded = written.strip().casefold().replace("_", "-")
    base = folded.split("-", 1)[0]
    return next((c for c in codes if base == c or folded in LANGUAGE_NAMES.get(c, ())), None)


def _slug_hint(item: str) -> str:
    """How a list item that is no slug is written as one. A theme's name
    ("Brewing", "Side entry") is the usual slip: its slug. An address copied
    from the browser ("/people/ben-bakker/", a theme's old URL) is the slug at
    its end: made a slug whole, it was "people-ben-bakker", a page no one had."""
    if item.startswith("/") or re.match(r"https?://", item, re.IGNORECASE):
        path = re.sub(r"^https?://[^/]*", "", item.split("?")[0].split("#")[0], flags=re.I)
        path = re.sub(r"/index\.html?$", "", path, flags=re.I)
        last = slugify(path.rstrip("/").rsplit("/", 1)[-1])
        return f', not an address: write "{last}", the slug at its end' if last else ""
    slug = slugify(item)
    return f' (write "{slug}")' if slug else ""


class Fields:
    """Typed access to one mapping of a YAML document, collecting issues."""

    def __init__(self, located: Located, source: str, path: tuple = (), data: Any = _MISSING):
        self.located = located
        self.source = source
        self.path = path
        self.data = located.data if data is _MISSING else data
        self.issues: list[Issue] = []
        # Required fields that an unknown field probably meant: a typo is one
        # mistake, so it gets one line ("did you mean"), not a second
        # "missing required field" line as well.
        self.suggested: set[str] = set()
        # A ``text_list(text_later=True)`` written as text, not a list ("themes:
        # Techniek & data"): its items are kept, and the later step that knows
        # what they name writes the one message, with the slugs they mean.
        self.as_text: dict[str, str] = {}

    # -- plumbing -------------------------------------------------------
    def name(self, key: str) -> str:
        return ".".join([str(p) for p in self.path] + [key])

    def line(self, key: str | None = None) -> int:
        return self.located.line(*self.path, *([key] if key is not None else []))

    def error(self, key: str | None, message: str, severity: str = "error") -> None:
        self.issues.append(Issue(self.source, self.line(key), message, severity))

    def has(self, key: str) -> bool:
        return isinstance(self.data, dict) and self.data.get(key) is not None

    def _said(self, key: str) -> bool:
        """Whether a missing ``key`` has its line already: a typo of it ("did you
        mean"), or a value YAML read as a comment (`color: #a0522d`)."""
        return key in self.suggested or (*self.path, key) in self.located.emptied

    def raw(self, key: str) -> Any:
        return self.data.get(key) if isinstance(self.data, dict) else None

    def written(self, value: Any, *key: Any) -> str:
        """``value`` as the writer typed it: `0412`, not 266; `no`, not False."""
        typed = self.located.text(*self.path, *key)
        return typed if typed is not None else str(value)

    def _not_text_item(self, key: str, i: int, item: Any, number_hint: str | None = None) -> str:
        """Why item ``i`` of the list ``key`` is not text, and how to write it:
        "items of ... must be text" named neither the item nor the way to quote it."""
        said = f'item {i + 1} of "{self.name(key)}"'
        if item is None:
            return f'{said} is empty; write its text after "- ", or remove the item'
        hint = _colon_hint(item)
        if number_hint and isinstance(item, (int, float)) and not isinstance(item, bool):
            hint = f"; {number_hint}"
        elif not hint and not isinstance(item, (list, dict)):
            # A number with a point (1.5), true or false: its text in quotes.
            written = json.dumps(self.written(item, key, i).strip(), ensure_ascii=False)
            hint = f"; write it in quotes, like - {written}"
        return f"{said} must be text, not {_kind(item)}{hint}"

    def _as_written(self, value: Any, key: str) -> str:
        """A wrong value for a message: in quotes as typed (`yes`, not True), or
        its kind for a list or a mapping (not Python's "['2026-04-10']")."""
        if isinstance(value, (list, dict)):
            return _kind(value)
        return f'"{self.written(value, key)}"'

    def _one_value(self, value: list | dict, key: str) -> str:
        """How to write a list or a mapping given for one text (``slug: [tech]``,
        ``title: {nl: Titel}``): its first text, as a plain value; or, with none,
        that one text is wanted. 'must be text, not a list' left the way to guess."""
        items = list(value.values()) if isinstance(value, dict) else value
        first = next((v for v in items if isinstance(v, str) and v.strip() and "\n" not in v), None)
        # An ATS snapshot (JSON, which only `podium vacancies pull` writes) in its own syntax.
        as_json = self.source.endswith(".json")
        label = json.dumps(key) if as_json else key
        if first is None:
            return f"; write the text itself after {label}:, without brackets or braces"
        shown = first.strip()[:80].strip()  # an example; the line is one line (Issue.format)
        example = json.dumps(shown, ensure_ascii=False) if as_json else example_value(key, shown)
        return f"; write one value, like {label}: {example}"

    def _get(self, key: str, required: bool, what: str) -> Any:
        value = self.raw(key)
        if not required and isinstance(value, str) and not value.strip():
            # `until: ""` is how the browser editor (Decap) saves an optional
            # field that was filled in and cleared again: it means "not set",
            # like `until:`, and the editor's labels say so ("leeg: onbeperkt").
            return None
        if value is None and required and not self._said(key):
            self.error(key, f'missing required field "{self.name(key)}" ({what})')
        return value

    # -- typed readers --------------------------------------------------
    def text(
        self,
        key: str,
        required: bool = False,
        max_len: int = 0,
        markup: bool = False,
        words: bool = False,
        one_line: bool = False,
        what: str = "text",
    ) -> str | None:
        """Plain text; ``markup=True`` for the few fields that hold Markdown/HTML.
        ``what``: how a missing required value is written ("text", or a code's form).

        ``words=True`` for a name or a job title, which is never meant in
        quotes; a headline may well be a quotation, curly quotes and all.
        ``one_line=True`` (implied by ``words``) for a headline: a line break
        in it ("Een\u2028goed", or ``title: |``) is an error.
        """
        value = self._get(key, required, what)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            hint = ""
            if isinstance(value, bool):
                # YAML reads `title: true` as a boolean: the writer meant the
                # word, which needs quotes (yes/no/on/off are text, yamlio._BOOL).
                typed = self.written(value, key)
                read = str(value).lower()
                hint = f'; write it in quotes, {key}: "{typed}", or it is read as {read}'
            elif isinstance(value, (list, dict)):
                hint = self._one_value(value, key)
            self.error(key, f'field "{self.name(key)}" must be text, not {_kind(value)}{hint}')
            return None
        # A number is text as written: `title: 1.10` is not "1.1", `author: 007` not "7".
        value = self.written(value, key).strip()
        if self._characters(key, self.name(key), value, bidi=not markup):
            return None
        if not markup and self._markup(key, self.name(key), value):
            return None
        broken = _LINE_BREAK.search(value) if one_line or words else None
        if broken:
            # A heading or a name broke where the writer never saw a break:
            # U+2028 breaks the line in a browser, and a card's line, not a
            # space; a typed "\n" shows as a space on the page but not in
            # the feeds and the editor.
            self.error(
                key,
                f'field "{self.name(key)}" holds a line break (U+{ord(broken.group()):04X}) at '
                f"character {broken.start() + 1}; it is one line: write it without a line break",
            )
            return None
        if required and not value:
            self.error(key, f'field "{self.name(key)}" must not be empty')
            return None
        # Optional too: a quote of U+200B and U+3164 was an empty pull quote on
        # the page, where the same in a title was an error.
        blank = invisible_only(value) if value else None
        if blank:
            what = (
                "accents with no letter under them"
                if marks_only(value)
                else "characters that show nothing"
            )
            fix = "" if required else "; write its text, or leave the field out"
            self.error(
                key,
                f'field "{self.name(key)}" must not be empty; it holds only {what} ({blank}){fix}',
            )
            return None
        inner = curly_quoted(value) if words else None
        if inner is not None:
            self.error(
                key,
                f'field "{self.name(key)}" is in curly quotes, {value}, which would show on the '
                f'page; leave them out ({key}: {inner}) or use straight ones ({key}: "{inner}")',
            )
            return None
        if self._too_long(key, value, max_len):
            return None
        if not markup and _LOST_ELISION.match(value):
            # title: 's Ochtends koffie' is "s Ochtends koffie" to YAML: the
            # quotes are its own, and the apostrophe of 's went with them.
            self.error(
                key,
                f'field "{self.name(key)}" reads "{value}": if it starts with \'{value[0]} '
                f"(as in 's-Hertogenbosch), single quotes around the value took the "
                f'apostrophe; write it in double quotes: {key}: "\'{value}"',
                "warning",
            )
        return value

    def _characters(
        self, key: str, name: str, value: str, line: int | None = None, bidi: bool = True
    ) -> bool:
        problem = bad_character(value, bidi)
        stacked = stacked_marks(value) if problem is None else None
        if problem is None and stacked is None:
            return False
        message = f'field "{name}" ' + (f"contains {problem}" if problem else f"has {stacked}")
        if line is None:
            self.error(key, message)
        else:
            self.issues.append(Issue(self.source, line, message))
        return True

    def _markup(self, key: str, name: str, value: str, line: int | None = None) -> bool:
        found = MARKUP_RE.search(value)
        if found is None:
            return False
        tag = value[found.start() :].split(">")[0].split()[0][:20]
        message = (
            f'field "{name}" must be plain text without HTML tags (found "{tag}"); '
            "leave the markup out"
        )
        if line is None:
            self.error(key, message)
        else:
            self.issues.append(Issue(self.source, line, message))
        return True

    def date(self, key: str, required: bool = False) -> dt.date | None:
        value = self._get(key, required, "a date as YYYY-MM-DD")
        if value is None:
            return None
        day = parse_date(value)
        if day is None:
            self.error(
                key,
                f'field "{self.name(key)}" must be a real date as YYYY-MM-DD, '
                f"not {self._as_written(value, key)}"
                + (_curly_hint(value) or date_guess(value) or _time_hint(value)),
            )
        elif not year_in_range(day):
            self._year_error(key, value)
            return None
        return day

    def _year_error(self, key: str, value: Any) -> None:
        self.error(
            key,
            f'field "{self.name(key)}" must be a date in the years {YEARS[0]} to {YEARS[1]}, '
            f'not "{value}"',
        )

    def date_or_datetime(
        self, key: str, required: bool = False, timezone: str = "UTC"
    ) -> dt.date | dt.datetime | None:
        """A date, or a date-time naming a real moment in ``timezone`` (the hub's)."""
        value = self._get(key, required, "YYYY-MM-DD or an ISO 8601 date-time")
        if value is None:
            return None
        parsed = parse_datetime(value)
        if parsed is None:
            self.error(
                key,
                f'field "{self.name(key)}" must be a real date as YYYY-MM-DD or an ISO 8601 '
                f"date-time such as 2026-03-01T09:30, not {self._as_written(value, key)}"
                + (_curly_hint(value) or date_guess(value) or _zone_hint(value)),
            )
        elif not year_in_range(parsed):
            self._year_error(key, value)
            return None
        elif isinstance(parsed, dt.datetime) and (problem := clock_problem(parsed, timezone)):
            self.error(key, f'field "{self.name(key)}" ({str(value).strip()}) {problem}')
            return None
        return parsed

    def boolean(self, key: str, default: bool) -> bool:
        value = self.raw(key)
        if value is None:
            # Written but left empty ("social:") is not the same as left out: the
            # default (for consent.social, sharing the photo) would be a guess.
            if isinstance(self.data, dict) and key in self.data:
                self.error(key, f'field "{self.name(key)}" is empty; write true or false')
            return default
        typed = self.located.text(*self.path, key) if isinstance(value, str) else None
        if typed is not None and typed.lower() in YAML_11_BOOLEANS:
            # YAML 1.1's words unquoted, which the reader takes as text
            # (yamlio._BOOL): `social: yes` means true, as it always has.
            return YAML_11_BOOLEANS[typed.lower()]
        if not isinstance(value, bool):
            # "true" in quotes is text to YAML: say so, or the message reads as nonsense.
            hint = "; write it without quotes" if str(value).lower() in ("true", "false") else ""
            # Dutch writers answer ja/nee; YAML reads those as text, not as yes/no.
            meant = _YES_NO.get(str(value).strip().lower())
            if meant is not None:
                hint = f" (did you mean {meant}?)"
            self.error(
                key,
                f'field "{self.name(key)}" must be true or false, '
                f"not {self._as_written(value, key)}{hint}",
            )
            return default
        return value

    def choice(self, key: str, options: Iterable[str], default: str | None = None) -> str | None:
        options = list(options)
        value = self.raw(key)
        if value is None:
            return default
        if not isinstance(value, str) or value not in options:
            typed = self.written(value, key)
            # (`lang: no`, Norwegian, is text since only true and false are booleans.)
            hint = _curly_hint(value) or _close_choice(typed, options)
            self.error(
                key,
                f'field "{self.name(key)}" must be one of {one_of(options)}, not "{typed}"' + hint,
            )
            return default
        return value

    def slug(
        self, key: str, required: bool = False, unlike: Callable[[str], str] | None = None
    ) -> str | None:
        """A slug; ``unlike(value)`` is the message for text that is not one,
        when the caller knows the slugs it may be (a team by its name)."""
        value = self.text(key, required)
        if value is not None and not SLUG_RE.match(value) and unlike is not None:
            self.error(key, unlike(value))
            return None
        if value is not None and not SLUG_RE.match(value):
            self.error(
                key,
                f'field "{self.name(key)}" must be a slug of lowercase letters, digits and '
                f'hyphens (like "data-team"), not "{value}"'
                + _curly_hint(value)
                + _hidden_hint(value),
            )
            return None
        return value

    def text_list(
        self,
        key: str,
        item_slug: bool = False,
        names_later: bool = False,
        text_later: bool = False,
        warn_twice: bool = False,
        sentences: bool = False,
        number_hint: str | None = None,
    ) -> list[str]:
        """Items of a list of text; with ``item_slug`` each must be a slug.
        ``number_hint``: what to write for an item that is a number, where its
        text in quotes would be refused next (a keyword "3.5" has no letters).
        ``sentences``: items are sentences, so text written in place of the list
        is shown as one item, not cut at its commas ("Thuis, of op kantoor?").

        ``names_later`` keeps an item that is not a slug as written, for a later
        step that knows what the slugs name: a theme written by its name
        ("Techniek & data") is told its real slug ("tech") there, where the
        slugified name ("techniek-data") would send the writer to a theme that
        does not exist. With ``text_later`` so is a list written as text: its
        items are returned, the text kept in ``as_text`` for that step to refuse,
        with the list meant. ``warn_twice``: an item written twice is a warning
        (the list keeps it once; a slip, but often for another item meant).
        """
        value = self.raw(key)
        # A cleared field (`themes: ""`) is not set, as a cleared date is; it was
        # told 'must be a list such as [], not ""'.
        if value is None or (isinstance(value, str) and not value.strip()):
            return []
        as_text = text_later and isinstance(value, str) and bool(value.strip())
        if as_text:
            self.as_text[key] = value
            value = [part.strip() for part in re.split(r"[,;]", value) if part.strip()]
        elif not isinstance(value, list):
            # A list of slugs is shown with a slug: "[Hospitality]" would be refused next.
            # Items written as a sentence ("tech, balance") are shown one by one,
            # not run together into the one slug "tech-balance".
            example = "[a, b]"
            if isinstance(value, int) and not isinstance(value, bool):
                example = f"[{self.written(value, key)}]"  # one vacancy's id
            elif isinstance(value, str):
                items = [part.strip() for part in re.split(r"[,;]", value) if part.strip()]
                if item_slug:
                    items = [slugify(part) or part for part in items]
                items = [value.strip()] if sentences else items or [value]
                example = "[" + ", ".join(map(_flow_item, items)) + "]"
            self.error(
                key,
                f'field "{self.name(key)}" must be a list such as {example}, not {_kind(value)}',
            )
            return []
        out = []
        first_line: dict[str, int] = {}
        warned: set[str] = set()
        for i, item in enumerate(value):
            line = self.located.line(*self.path, key, *(() if as_text else (i,)))
            if isinstance(item, bool) or not isinstance(item, (str, int)):
                self.issues.append(
                    Issue(self.source, line, self._not_text_item(key, i, item, number_hint))
                )
                continue
            item = item if as_text else self.written(item, key, i).strip()
            if self._characters(key, self.name(key), item, line):
                continue
            if self._markup(key, self.name(key), item, line):
                continue
            if item and (blank := invisible_only(item)):
                # As a text field's: a share prompt of U+200B was a blank line.
                self.issues.append(Issue(
                    self.source, line,
                    f'an item of "{self.name(key)}" holds only characters that show nothing '
                    f"({blank}); write its text, or leave it out",
                ))  # fmt: skip
                continue
            if item_slug and not names_later and not SLUG_RE.match(item):
                self.issues.append(
                    Issue(
                        self.source,
                        line,
                        f'"{item}" in "{self.name(key)}" must be a slug of lowercase letters, '
                        f"digits and hyphens{_slug_hint(item)}",
                    )
                )
                continue
            # Once per item: [tech, tech, ...] 20,000 times gave 19,999 warnings.
            if warn_twice and item in first_line and item not in warned:
                warned.add(item)
                also = f" (also on line {first_line[item]})" if first_line[item] != line else ""
                self.issues.append(Issue(
                    self.source, line,
                    f'"{item}" is listed twice in "{self.name(key)}"{also}; keep one', "warning",
                ))  # fmt: skip
            first_line.setdefault(item, line)
            out.append(item)
        return out

    def color(self, key: str, required: bool = False) -> str | None:
        if required and self.raw(key) is None and not self._said(key):
            # Say what a colour looks like: "(text)" left a new themes.yml's
            # author guessing whether "red" would do.
            self.error(
                key,
                f'missing required field "{self.name(key)}" (a colour as {colors.HEX_FORMS}, '
                'like "#1f5fbf"; white text goes on it)',
            )
            return None
        value = self.text(key, required)
        if value is None:
            return None
        if (full := colors.hex_value(value)) is None:
            self.error(
                key,
                f'field "{self.name(key)}" must be a colour as {colors.HEX_FORMS}, not "{value}"',
            )
        return full

    def mapping(self, key: str, required: bool = False, what: str = "a mapping") -> Fields | None:
        """A nested ``Fields`` for a sub-mapping; its issues flow into ours."""
        value = self._get(key, required, what)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.error(key, f'field "{self.name(key)}" must be {what}, not {_kind(value)}')
            return None
        sub = Fields(self.located, self.source, self.path + (key,), value)
        sub.issues = self.issues  # share one list, so order follows the file
        return sub

    def _too_long(self, key: str, value: str, max_len: int) -> bool:
        """Whether ``value`` is over ``max_len`` characters (0: no limit), said."""
        if max_len and len(value) > max_len:
            self.error(
                key,
                f'field "{self.name(key)}" is {len(value)} characters; at most {max_len} allowed',
            )
            return True
        return False

    def localized(
        self,
        key: str,
        langs: Iterable[str],
        required: bool = False,
        spare: Iterable[str] = (),
        max_len: int = 0,
    ) -> dict[str, str]:
        """A ``{nl: ..., en: ...}`` mapping of text; a plain string serves all languages.

        ``spare``: languages whose texts may be given but are not read (a
        language the hub could be built in, not yet among its own).
        ``max_len``: the most characters each text may have (0: no limit).
        """
        langs = list(langs)
        value = self._get(key, required, "text per language, like {nl: ..., en: ...}")
        if value is None:
            return {}
        if isinstance(value, str):
            if self._characters(key, self.name(key), value) or self._markup(
                key, self.name(key), value
            ):
                return {}
            if self._too_long(key, value.strip(), max_len):
                return {}
            return {lang: value for lang in langs}
        sub = self.mapping(key, what="text per language, like {nl: ..., en: ...}")
        if sub is None:
            return {}
        sub.unknown([*langs, *spare], languages=True)
        out = {}
        for lang in langs:
            if required and sub.raw(lang) is None and lang not in sub.suggested:
                # Say where the languages come from: a hub meant to be English
                # only, without PODIUM_LANGUAGES (default nl and en), was asked
                # for a Dutch name of every theme with no word of why.
                listed = ", ".join(f'"{x}"' for x in langs)
                like = ", ".join(f"{x}: ..." for x in langs)
                sub.error(lang, f'missing required field "{sub.name(lang)}" (text in every '
                          f"language of PODIUM_LANGUAGES, {listed}, like {{{like}}}, or one "
                          "text for all)")  # fmt: skip
                continue
            text = sub.text(lang, required=required, max_len=max_len)
            if text:
                out[lang] = text
        return out

    def unknown(
        self,
        allowed: Iterable[str],
        elsewhere: Mapping[str, str] | None = None,
        said: Collection[str] = (),
        languages: bool = False,
    ) -> None:
        """Report every key that is not in ``allowed``, with a suggestion.

        ``elsewhere`` maps the name another tool gives a field ("tags" in
        Pelican, Hugo and Jekyll) to the allowed one: spelling alone suggested
        "status" for "tags" and "date" for Hugo's "draft". ``said``: keys the
        caller has said in its own words (a list's words split off by commas).
        ``languages``: the allowed keys are language codes, which an editor
        writes "NL", "nl-NL" or "Dutch" too.
        """
        allowed = list(allowed)
        elsewhere = elsewhere or {}
        if not isinstance(self.data, dict):
            return
        for key in self.data:
            if key not in allowed and key not in said:
                ours = elsewhere.get(str(key).strip().casefold())
                hint = did_you_mean(str(key), allowed)
                code = language_meant(str(key), allowed) if languages else None
                if code is not None:
                    # "unknown field NL; valid fields are nl, en" named no
                    # language, and a name's "missing nl" came on a second line.
                    hint = f' (a language is written as its code: "{code}")'
                    self.suggested.add(code)
                elif ours is not None:
                    hint = self._called(key, ours)
                    self.suggested.add(ours)
                elif hint:
                    self.suggested.add(hint.split('"')[1])
                elif self.data[key] is None and " " in str(key).strip():
                    # `{nl: Werk, seizoen en thuis, en: ...}`: YAML splits an
                    # unquoted value at its comma, and the rest becomes a key.
                    hint = (
                        " (a comma in an unquoted value inside {...} starts a new field:"
                        " put the value in quotes)"
                    )
                self.error(
                    key,
                    f'unknown field "{self.name(key)}"{hint}; '
                    f"valid fields are {', '.join(allowed)}",
                )

    def _called(self, key: Any, ours: str) -> str:
        """The hint for a field another tool names ``key``: ours, as it is written."""
        value = self.data[key]
        if ours == "status":  # Hugo's `draft: true`, Jekyll's `published: false`
            if value is (str(key).strip().casefold() == "published"):
                return " (a story is published unless it says status: draft; remove the line)"
            return " (a draft is written status: draft)"
        if ours == "themes" and isinstance(value, (str, list)):
            items = value if isinstance(value, list) else value.split(",")
            example = "[" + ", ".join(str(i).strip() for i in items) + "]"
        elif isinstance(value, (str, int, float, dt.date)) and not isinstance(value, bool):
            example = self.written(value, key)
        else:
            example = ""
        if not example or len(example) > 60 or "\n" in example:
            return f' (Podium calls it "{ours}")'
        return f' (Podium calls it "{ours}": {ours}: {example})'


_YES_NO = {
    "ja": "true",
    "nee": "false",
    "j": "true",
    "n": "false",
    "waar": "true",
    "onwaar": "false",
    "wel": "true",
    "niet": "false",
    "1": "true",
    "0": "false",
}


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    return f'"{value}"'


def _flow_item(text: str) -> str:
    """``text`` as an item of a YAML list written in brackets: as it is where YAML
    reads it back as that one item (a number as its digits), else in double
    quotes. "[Wat vind je: thuis?]" was suggested, and YAML reads its item as a
    mapping. Asked of YAML itself, not of a copy of its rules for plain text."""
    try:
        read = yaml.safe_load(f"[{text}]")
    except (yaml.YAMLError, ValueError):  # ValueError: digits past Python's limit
        read = None
    plain = (
        isinstance(read, list)
        and len(read) == 1
        and not isinstance(read[0], (dict, list))
        and str(read[0]) == text
    )
    return text if plain else json.dumps(text, ensure_ascii=False)


def _colon_hint(item: object) -> str:
    """For an item YAML read as a mapping, what was written and how to quote it:
    an unquoted "Wat vind je: thuis of op kantoor?" in a list is a mapping."""
    if isinstance(item, dict) and len(item) == 1:
        key, value = next(iter(item.items()))
        text = isinstance(value, (str, int, float)) and not isinstance(value, bool)
        if isinstance(key, str) and text:
            written = json.dumps(f"{key}: {value}", ensure_ascii=False)
            return f'; an item with ": " in it needs quotes, like [{written}]'
    return ""
