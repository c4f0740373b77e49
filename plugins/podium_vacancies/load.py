"""Read vacancies from ``content/vacancies/*.yml`` and the ATS snapshots in ``feeds/``.

Both sources go through the same field checks (``read_vacancy``), so a
snapshot edited by hand, or written by an older Podium, is held to the same
rules as a hand-written file. Every problem becomes one ``Issue``; a whole
run reports all of them at once in one ``ContentError``.

Decision, ids: the contract says an id is a string, but ``id: 4012`` is the
obvious thing to type, so a bare whole number is accepted and becomes
``"4012"``. Only the plain decimal spelling is: YAML reads ``0412`` as the
octal number 266 and ``4_012`` as 4012, which would silently change the id,
so those (and decimals like ``40.12``) are refused with "put it in quotes".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import math
import os
import re
import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from podium import checked, paths
from podium.chars import BODY_BIDI_RE, forbidden_reference, reordering
from podium.errors import ContentError, Issue, did_you_mean, display_path, not_utf8, one_of
from podium.fields import Fields, a_year_later
from podium.markup import unopenable, unreachable, user_before_host, web_address
from podium.mdcost import costly_markdown
from podium.slugs import device_slug
from podium.yamlio import Located, load

from . import html
from .ats.common import employment_types, only_permanent
from .countries import (
    CA_PROVINCES,
    CODES,
    EUROPE,
    REGIONS,
    US_STATES,
    code_for,
    large_cities,
    state_code,
)
from .currencies import CODES as CURRENCIES
from .currencies import SIGNS
from .model import (
    EMPLOYMENT_TYPES,
    FEED_STATUSES,
    ID_RE,
    MAX_PAY,
    MAX_TITLE,
    SALARY_UNITS,
    Location,
    Salary,
    Vacancy,
)
from .places import REMOTE_RE, several_places

FIELDS = (
    "id",
    "title",
    "team",
    "location",
    "employment_type",
    "date_posted",
    "valid_through",
    "apply_url",
    "salary",
    "themes",
    "lang",
    "description",
    "direct_apply",
    "updated",
)
# Snapshot records add what only a feed knows (see pull.py for the gone rule).
SNAPSHOT_FIELDS = FIELDS + ("status", "gone_since", "titles", "department")
MAX_FILE_BYTES = 1_000_000
MAX_SNAPSHOT_BYTES = 50_000_000
MAX_DESCRIPTION = 50_000
# A ``fetched_at`` up to this far after today is a clock a little ahead (or a
# hub's TIMEZONE behind UTC); later, it is a hand edit or a wrong clock.
CLOCK_SKEW = dt.timedelta(days=1)


@dataclass(frozen=True)
class Pulled:
    """When an ATS snapshot was fetched, as its file says (``fetched_at``), and
    from where: the build judges by it whether its jobs may still be shown as
    open (``podium_vacancies.stale``)."""

    source: str  # the snapshot's display path, as its vacancies' ``source``
    # None: unknown (no "fetched_at", one that is no moment, or one in the
    # future); while the feed's pulls fail, the first failed pull dates it.
    fetched_at: dt.datetime | None
    url: object  # as the file gives them, for matching the pull's kept copy
    vendor: object


@dataclass(frozen=True)
class VacancySet:
    """Every vacancy of a site (open and closed: closed ones still get a page)."""

    vacancies: tuple[Vacancy, ...]
    today: dt.date
    pulled: tuple[Pulled, ...] = ()  # one per snapshot, its age known or not
    # Files (as messages name them) that did not read, wholly or in part: what
    # they hold is unknown, so a missing id or page may well be in one of them.
    unreadable: tuple[str, ...] = ()

    @property
    def open(self) -> tuple[Vacancy, ...]:
        return tuple(v for v in self.vacancies if v.is_open(self.today))

    @property
    def closed(self) -> tuple[Vacancy, ...]:
        return tuple(v for v in self.vacancies if not v.is_open(self.today))

    def by_id(self) -> dict[str, Vacancy]:
        return {v.id: v for v in self.vacancies}

    def find(self, vacancy_id: str) -> Vacancy | None:
        """The vacancy a story's ``vacancies`` names, in whatever case: ids are
        one by their case-folded form (``_duplicates``), and a story that wrote
        "ab12" for the ATS's "AB12" (or kept a job's id after its ATS changed
        the case) was told it "does not exist", and linked nothing."""
        return self._folded.get(str(vacancy_id).casefold())

    @functools.cached_property
    def _folded(self) -> dict[str, Vacancy]:
        return {v.id.casefold(): v for v in self.vacancies}


# -- one vacancy ------------------------------------------------------------


def read_vacancy(
    f: Fields,
    languages: Sequence[str],
    default_lang: str,
    *,
    description_is_html: bool = False,
    allowed: Sequence[str] = FIELDS,
    feed_record: bool = False,
    team_problem: Callable[[str], str] | None = None,
    teams: Collection[str] = (),
    feed_host: str | None = None,
) -> Vacancy | None:
    """A Vacancy from one mapping, or None with the problems added to ``f.issues``.

    ``feed_record``: a snapshot's record, whose place may be a country alone
    (an ATS post at "Multiple Locations"; the pull warned of it).
    ``feed_host``: the host of a snapshot's feed, where its posts' ``apply_url``
    may be whatever it is (a test's ATS on 127.0.0.1); any other is held to a
    public address, as the pull holds it, also when a snapshot was edited by hand.
    ``team_problem``: what to say of a ``team`` that is no slug, when the hub's
    teams are known (PodiumSettings.team_problem: "Techniek" is "engineering"),
    and of one that is none of ``teams`` (PODIUM_TEAMS; a feed record's team
    comes from ``team_map``, and a department the ATS adds must not fail the
    nightly build)."""
    if not isinstance(f.data, dict):
        f.error(None, "a vacancy must be a mapping of fields such as id, title, location, ...")
        return None
    before = len(f.issues)
    misplaced = [k for k in f.data if k in PLACE_FIELDS and k not in allowed]
    f.unknown([*allowed, *misplaced])
    if misplaced:
        _misplaced_place(f, misplaced)
    vid = _read_id(f)
    title = f.text("title", required=True, max_len=MAX_TITLE)
    team = f.slug("team", unlike=team_problem)
    if team and teams and team not in teams and team_problem is not None and not feed_record:
        # Said with the file's other problems: the site's check of it came only
        # once the file read, one more CI round for each mistake.
        f.error("team", team_problem(team))
    # A place beside "location" has its one line: no second one about "location".
    locations = _read_locations(f, feed_record or bool(misplaced))
    location = locations[0] if locations else None
    # Optional: a JobPosting states only what the employer said (no "OTHER").
    employment_type = _employment_types(f)
    date_posted, valid_through, updated = _read_dates(f)
    apply_url = _read_apply_url(f, feed_record, feed_host)
    direct_apply = f.boolean("direct_apply", False)
    salary = _read_feed_salary(f) if feed_record else _read_salary(f)
    themes = tuple(
        dict.fromkeys(f.text_list("themes", item_slug=True, names_later=True, text_later=True))
    )
    lang = f.choice("lang", languages, default=default_lang)
    body, raw, text = _read_description(f, title, description_is_html)
    status = f.choice("status", FEED_STATUSES, default="present") if "status" in allowed else None
    gone_since = f.date("gone_since") if "gone_since" in allowed else None
    titles = _read_titles(f, languages, lang or default_lang) if "titles" in allowed else ()
    department = f.text("department", max_len=MAX_TITLE) if "department" in allowed else None
    if _errors(f.issues[before:]) or None in (vid, title, location, date_posted):
        return None
    if apply_url is None or body is None:
        return None
    return Vacancy(
        id=vid,
        title=title,
        team=team,
        location=location,
        more_locations=locations[1:],
        employment_type=employment_type,
        date_posted=date_posted,
        valid_through=valid_through,
        apply_url=apply_url,
        salary=salary,
        themes=themes,
        lang=lang or default_lang,
        description_html=body,
        description_text=text,  # of ``body``, above
        source=f.source,
        source_line=f.located.line(*f.path) if f.path else f.located.first_line,
        field_lines=tuple((str(k), f.located.line(*f.path, k)) for k in f.data),
        # An ATS post is sanitised at pull time; a hand-written description is
        # the editor's, who can still change what the page would lose.
        notes=() if description_is_html else (*html.dropped(raw), *html.vague_links(body or "")),
        themes_text=f.as_text.get("themes"),
        feed_status=status,
        direct_apply=bool(direct_apply),
        updated=updated,
        gone_since=gone_since,
        titles=titles,
        department=department,
    )


def _read_dates(f: Fields) -> tuple[dt.date | None, dt.date | None, dt.date | None]:
    """``date_posted``, ``valid_through`` and ``updated``, each None where it is
    missing or wrong, with an error where one is before the posting day."""
    date_posted = f.date("date_posted", required=True)
    valid_through = f.date("valid_through")
    if date_posted and valid_through and valid_through < date_posted:
        f.error(
            "valid_through",
            f'field "valid_through" ({valid_through}) must not be before '
            f'"date_posted" ({date_posted})',
        )
    updated = f.date("updated")
    if date_posted and updated and updated < date_posted:
        f.error(
            "updated",
            f'field "updated" ({updated}) must not be before "date_posted" ({date_posted})',
        )
    return date_posted, valid_through, updated


# Why an apply_url on http:// is a warning, a hand-written one's in podium
# check, a feed's post's at its pull.
NOT_ENCRYPTED = (
    "is not encrypted: applicants send their CV and details through it, which the "
    'AVG/GDPR asks to protect (article 32), and browsers mark its form "Not secure"'
)
# And a valid_through far ahead (closes_far_ahead).
CLOSES_FAR_AHEAD = "so the job stays open until then, in Google for Jobs too, even once filled"


def unencrypted(url: str | None) -> bool:
    return bool(url) and url[:7].lower() == "http://"


def closes_far_ahead(v: Vacancy, today: dt.date) -> bool:
    """Whether ``v`` closes a year or more after today and after it was posted:
    "2062" typed for "2026", the job open for decades."""
    return v.valid_through is not None and v.valid_through >= a_year_later(
        max(today, v.date_posted)
    )


def _read_apply_url(f: Fields, feed_record: bool, feed_host: str | None) -> str | None:
    """``apply_url``, with a warning where a hand-written one is not https://,
    and an error where it leads where no job seeker reaches (a feed's post is
    skipped so at its pull, and a snapshot's record is held to it unless on the
    feed's own host: a snapshot edited by hand in a pull request is content too)."""
    apply_url = _read_url(f, "apply_url", exempt=feed_host)
    if not feed_record and unencrypted(apply_url):
        # A feed's is said at its pull, where the recruiter reads it: a snapshot's
        # line is no place an editor can fix it.
        f.error(
            "apply_url",
            f'field "apply_url" ("{apply_url}") {NOT_ENCRYPTED}; give its https:// address',
            "warning",
        )
    return apply_url


def _feed_host(url) -> str | None:
    """The host of a snapshot's ``url`` (its feed's address), or None."""
    parts = web_address(url) if isinstance(url, str) else None
    return parts.hostname if parts is not None else None


def _read_description(
    f: Fields, title: str | None, description_is_html: bool
) -> tuple[str | None, str, str]:
    """The job's description as the page shows it (sanitised HTML, or None with
    the problem added to ``f.issues``), the HTML before sanitising (``raw``, from
    which ``html.dropped`` says what the page loses) and the page's text."""
    description = f.text("description", required=True, max_len=MAX_DESCRIPTION, markup=True)
    if (
        description is not None
        and not description_is_html
        and (bidi := reordering(description)) is not None
    ):
        # As in a story's text: "Je bent \u202egnirts" read "string" on the page
        # and "gnirts" in the pull request. A feed's post is cleaned at the pull,
        # and a snapshot at load (below): one an older pull wrote kept them in
        # its gone posts' records, which would fail every build, and no pull mend.
        f.error("description", f'field "description" contains {bidi[1]}')
        description = None
    if description is not None and (ref := forbidden_reference(description)) is not None:
        # The sanitiser turns "&#x1b;" into the character itself, which the
        # page and vacancies.json then held (a story's text refuses it too).
        f.error("description", f'field "description" contains {ref[1]}')
        description = None
    body, raw, text = None, "", ""
    costly = None if description is None or description_is_html else costly_markdown(description)
    if costly is not None:
        f.error("description", f'field "description": {costly.message}')
    elif description is not None:
        # Markdown is rendered once: the page's HTML and what it loses come from it.
        raw = description if description_is_html else html.markdown_html(description)
        body = html.sanitise(raw)
        if description_is_html:
            body = BODY_BIDI_RE.sub("", body)  # "&#x202e;" too: the sanitiser decoded it
        # Google requires the job's description, and vacancies.json its content:
        # "<p></p>" is neither.
        text = html.to_text(body)
        if not text:
            f.error(
                "description",
                'field "description" has no text once scripts, images and other unsafe HTML '
                "are removed; describe the job in words",
            )
        elif title and _words(text) == _words(title):
            # Google's JobPosting rules: "the description can't be the same as
            # the title"; such a job is left out of Google's job search.
            f.error(
                "description",
                f'field "description" only repeats the title ("{title}"); describe the job: '
                "the work, what it asks and the hours (Google does not list a job whose "
                "description is its title)",
            )
    return body, raw, text


def _read_titles(f: Fields, languages: Sequence[str], lang: str) -> tuple[tuple[str, str], ...]:
    """A feed record's ``titles`` ({en: "Customer advisor"}): the job's title in
    the site's other languages. A language the site no longer has is passed over."""
    sub = f.mapping("titles", what='a mapping of language to title, like {en: "Job title"}')
    if sub is None:
        return ()
    out = []
    for key in sub.data:
        if key in languages and key != lang:
            title = sub.text(key, required=True, max_len=MAX_TITLE)
            if title:
                out.append((key, title))
    return tuple(out)


def _words(text: str) -> str:
    """The words of a text, for comparing two: case, punctuation and spacing aside."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _read_id(f: Fields) -> str | None:
    raw = f.raw("id")
    if isinstance(raw, (float, bool)):
        f.error("id", f'field "id" must be text; put it in quotes, like id: "{raw}"')
        return None
    value = f.text("id", required=True)
    if value is not None and not ID_RE.match(value):
        f.error(
            "id",
            'field "id" must be 1 to 64 of the letters a-z and A-Z, digits, "_" or "-", '
            "starting and ending with a letter or digit "
            f'(like "4012" or "eng-2026-01"), not "{value}"',
        )
        return None
    # Compared in lower case: "CON" and "con" are one name to Windows.
    if value is not None and (device := device_slug(value, "the job's folder")):
        f.error("id", f'field "id" is {device}')
        return None
    return value


def _read_locations(f: Fields, country_only: bool = False) -> tuple[Location, ...] | None:
    """``location``: one place, or a list of them for a job offered in several."""
    raw = f.raw("location")
    if not isinstance(raw, list) and _union(raw) is None:
        place = _read_location(f, f.mapping("location", required=True, what=_PLACE), country_only)
        return None if place is None else (place,)
    if not raw:
        f.error("location", f'field "location" must be {_PLACE}, or a list of them, not []')
        return None
    places = []
    for index, item in enumerate(raw if isinstance(raw, list) else [raw]):
        if not isinstance(item, dict):
            f.error("location", f'each place in field "location" must be {_PLACE}')
            return None
        path = f.path + (("location", index) if isinstance(raw, list) else ("location",))
        # A remote place open in a whole union, {remote: true, country: EU}, is
        # open in each of its countries, as a feed's "Remote (EU)" is.
        for country in _union(item) or (None,):
            data = item if country is None else {**item, "country": country}
            sub = Fields(f.located, f.source, path, data)
            sub.issues = f.issues  # one list, in the file's order
            places.append(_read_location(f, sub, country_only))
    if None in places:
        return None
    return tuple(dict.fromkeys(places))


def _union(place: object) -> tuple[str, ...] | None:
    """The countries of a remote place without a city or region written for
    a union of them (``country: EU``, ``EEA``, ``Benelux``, ``DACH``,
    ``Nordics``), else None."""
    if not isinstance(place, dict) or place.get("remote") is not True:
        return None
    if place.get("city") or place.get("region") or not isinstance(place.get("country"), str):
        return None
    return REGIONS.get(" ".join(place["country"].split()).casefold())


_COUNT = {2: "two", 3: "three", 4: "four"}
_PLACE = "a mapping like {city: Utrecht, country: NL} or {remote: true, country: NL}"
PLACE_FIELDS = ("street", "postal_code", "city", "region", "country", "remote")


def _misplaced_place(f: Fields, keys: list[str]) -> None:
    """Fields of a place written beside ``location`` (``remote: true`` next to
    ``location: {country: NL}``, as the contract's "# or remote: true with
    country" reads too, or a flat export's ``city`` and ``country``): one line
    that shows the ``location`` they make together."""
    place = f.raw("location") if isinstance(f.raw("location"), dict) else {}
    inner = Fields(f.located, f.source, f.path + ("location",), place)
    parts = [f"{k}: {inner.written(v, k)}" for k, v in place.items() if k not in keys]
    parts += [f"{k}: {f.written(f.raw(k), k)}" for k in keys]
    named = " and ".join(f'"{k}"' for k in keys)
    what = f"fields {named} belong" if len(keys) > 1 else f"field {named} belongs"
    f.error(keys[0], f'{what} in "location": write location: {{{", ".join(parts)}}}')
    f.suggested.add("location")


def _missing_country(sub: Fields, city: str | None) -> None:
    """One line for a place without "country", showing it with one: the
    country of the large city it names, else NL as an example."""
    found = {code for _name, code in large_cities(city)} if city else set()
    code = found.pop() if len(found) == 1 else "NL"
    parts = [f"{k}: {sub.written(v, k)}" for k, v in sub.data.items()]
    sub.error(
        "country",
        'field "location" needs "country", the ISO 3166 two-letter code of '
        + ("the country applicants may live in" if sub.raw("remote") is True else "its country")
        + f": write location: {{{', '.join([*parts, f'country: {code}'])}}}",
    )


def _listed_place(sub: Fields) -> bool:
    """A place whose ``country`` or ``region`` is a list ("remote in NL and
    BE": ``{remote: true, country: [NL, BE]}``): one line showing the place
    per item, a list of places being how a job in several is written. It was
    only 'must be text, not a list', the way to say it left to guess."""
    for key in ("country", "region"):
        items = sub.raw(key)
        if not isinstance(items, list) or not items:
            continue
        rest = [f"{k}: {sub.written(v, k)}" for k, v in sub.data.items() if k != key]
        # Its first few codes are example enough (a pasted list may be long).
        codes = [
            _yaml_code(sub.written(item, key, index))
            for index, item in enumerate(items[:3])
            if isinstance(item, (str, int, float))
        ]
        if not codes:
            continue
        places = ", ".join("{" + ", ".join([*rest, f"{key}: {code}"]) + "}" for code in codes)
        sub.error(
            key,
            f'field "location.{key}" names one {"country" if key == "country" else "state"}, '
            f"not a list: give each its own place, like location: [{places}]",
        )
        return True
    return False


def _yaml_code(code: str) -> str:
    """A code as YAML must have it: Norway and Ontario in quotes ("NO", "ON"),
    which YAML reads unquoted as false and true."""
    bare = code.strip("'\"")
    return f'"{bare}"' if bare.casefold() in ("no", "on", "yes", "off", "y", "n") else code


def _read_location(f: Fields, sub: Fields | None, country_only: bool = False) -> Location | None:
    if sub is None:
        return None
    sub.unknown(PLACE_FIELDS)
    if _listed_place(sub):
        return None
    if isinstance(sub.raw("remote"), str) and re.fullmatch(
        r"\s*(?:hybride?|partly|partially|gedeeltelijk|deels)\s*", sub.raw("remote"), re.I
    ):
        # Google's TELECOMMUTE is for work done remotely all the time: a
        # hybrid job, some days at home, is an office job to it.
        sub.error(
            "remote",
            f'field "location.remote" must be true or false, not "{sub.raw("remote")}": a '
            "hybrid job (some days at home) is a job at its office, as Google for Jobs reads "
            "it: leave remote out and say the days at home in the description; remote: true "
            "is for work done from home all the time",
        )
        return None
    remote = sub.boolean("remote", False)
    city = sub.text("city")
    region = sub.text("region")
    street = sub.text("street")
    postal_code = sub.text("postal_code")
    for key, value in (("street", street), ("postal_code", postal_code)):
        if value and not city:
            sub.error(
                key,
                f'field "location.{key}" is an office\'s address: give its "city" too, '
                f"or leave the {key.replace('_', ' ')} out of a remote place",
            )
            return None
    refused = sub.raw("city") is not None and str(sub.raw("city")).strip() != ""
    if not city and not remote and not country_only and not refused:
        # (A city written but refused, "<b>Utrecht</b>", has its own line: it is not missing.)
        sub.error(
            None,
            'field "location" needs "city" (like {city: Utrecht, country: NL}), '
            "or remote: true for a remote job",
        )
    if isinstance(sub.data, dict) and "country" not in sub.data and not sub._said("country"):
        # It said 'missing required field "location.country" (text)': which text?
        # (A place with neither city nor remote has its one line already.)
        if city or remote or country_only or refused:
            _missing_country(sub, city)
        return None
    country = sub.text("country", required=True)
    if country is None:
        return None
    if country.upper() not in CODES:
        guess = code_for(country)
        hint = f' (did you mean "{guess}"?)' if guess else ""
        sub.error(
            "country",
            f'field "location.country" must be an ISO 3166 two-letter country code such as '
            f'"NL", "BE" or "DE", not "{country}"{hint}',
        )
        return None
    if not city and not remote and not country_only:
        return None
    country = country.upper()
    if city and (REMOTE_RE.fullmatch(city.strip()) or several_places(city)):
        # {city: Remote} was an office in a city called "Remote": Google's
        # addressLocality, an option of the location filter, no TELECOMMUTE.
        # Beside remote: true too, where the job is remote all the same: the
        # word says no more than the flag, and is left out.
        fix = (
            "give each office its own place, like location: [{city: Utrecht, "
            f"country: {country}}}, {{city: Zwolle, country: {country}}}]"
        )
        if REMOTE_RE.fullmatch(city.strip()):
            fix = "leave it out of the remote place," if remote else "for a remote job"
            fix += f" write location: {{remote: true, country: {country}}}"
        sub.error("city", f'field "location.city" "{city}" names no city: {fix}', "warning")
        if remote and REMOTE_RE.fullmatch(city.strip()):
            city = None
    cities = large_cities(city) if city and country in EUROPE else []
    if len(cities) > 1:
        # "Berlin, Amersfoort" was one office at that address, without a word.
        places = ", ".join(f"{{city: {name}, country: {code}}}" for name, code in cities)
        count = _COUNT.get(len(cities), len(cities))
        sub.error(
            "city",
            f'field "location.city" "{city}" names {count} cities: give each its own '
            f"place, like location: [{places}]",
            "warning",
        )
    states = US_STATES if country == "US" else CA_PROVINCES if country == "CA" else None
    if region is not None and states is not None and region not in states:
        # Google reads a US or Canadian addressRegion as the postal code.
        guess = state_code(region, country)
        hint = f' (did you mean "{guess}"?)' if guess else ""
        sub.error(
            "region",
            f'field "location.region" must be the two-letter code of a '
            f"{'US state' if country == 'US' else 'Canadian province'} such as "
            f'"{"TX" if country == "US" else "ON"}", not "{region}"{hint}',
        )
        return None
    return Location(
        city=city,
        country=country,
        remote=remote,
        region=region,
        street=street,
        postal_code=postal_code,
    )


def _upper_choice(
    f: Fields, key: str, options: Sequence[str], required: bool = False
) -> str | None:
    """Like ``Fields.choice``, but suggests FULL_TIME for "full-time" or "Full time"."""
    value = _required(f, key, required, f"one of {one_of(options)}")
    if value is None:
        return None
    if isinstance(value, str) and value in options:
        return value
    name = f.name(key)
    guess = _schema_word(value)
    hint = f' (did you mean "{guess}"?)' if guess in options else did_you_mean(guess, options)
    f.error(key, f'field "{name}" must be one of {one_of(options)}, not "{value}"{hint}')
    return None


def _schema_word(value) -> str:
    """ "full-time" or "Full time" as schema.org writes it: "FULL_TIME"."""
    return re.sub(r"[\s-]+", "_", str(value).strip()).upper()


def _employment_types(f: Fields) -> tuple[str, ...]:
    """``employment_type``: one schema.org value, or a list of them (a job offered
    full- or part-time is both, and Google takes both)."""
    value = f.raw("employment_type")
    kinds = employment_types(value) if isinstance(value, str) else ()
    if isinstance(value, str) and _schema_word(value) not in EMPLOYMENT_TYPES:
        # Words an ATS gives are read as the pull reads them: a Dutch writer's
        # "oproepkracht" or "stage" was told the eight values, not which one,
        # and "vast contract" (permanent) was asked whether it meant CONTRACTOR.
        meant = f'"{kinds[0]}"' if len(kinds) == 1 else f"[{', '.join(kinds)}]"
        hint = f"did you mean {meant}?" if kinds else ""
        if only_permanent(value):
            hint = (
                "a permanent contract is no type: give its hours, FULL_TIME or PART_TIME, "
                "or leave the field out"
            )
        if hint:
            f.error(
                "employment_type",
                f'field "{f.name("employment_type")}" must be one of '
                f'{one_of(EMPLOYMENT_TYPES)}, not "{value}" ({hint})',
            )
            return ()
    if not isinstance(value, list):
        one = _upper_choice(f, "employment_type", EMPLOYMENT_TYPES)
        return (one,) if one else ()
    name = f.name("employment_type")
    wrong = [v for v in value if not isinstance(v, str) or v not in EMPLOYMENT_TYPES]
    if not value or wrong:
        shown = f' not "{wrong[0]}"' if wrong else " not an empty list"
        # "[full-time, part-time]" gets the list it means, as one value
        # ("full-time") gets "FULL_TIME".
        meant = [_schema_word(v) for v in value]
        if wrong and all(m in EMPLOYMENT_TYPES for m in meant):
            shown += f" (did you mean [{', '.join(dict.fromkeys(meant))}]?)"
        f.error(
            "employment_type",
            f'field "{name}" must be one of {one_of(EMPLOYMENT_TYPES)}, or a list of them '
            f"such as [FULL_TIME, PART_TIME],{shown}",
        )
        return ()
    return tuple(dict.fromkeys(value))


def _required(f: Fields, key: str, required: bool, what: str):
    """The raw value, reporting a missing required field the way ``Fields`` does."""
    value = f.raw(key)
    if value is None and required:
        f.error(key, f'missing required field "{f.name(key)}" ({what})')
    return value


def _read_url(f: Fields, key: str, exempt: str | None = None) -> str | None:
    """``key``'s web address; one no job seeker reaches is an error unless its
    host is ``exempt``."""
    value = f.text(key, required=True)
    if value is None:
        return None
    # The scheme as the URL standard reads it, before any host: urlsplit raises
    # ValueError for "https://[::1]:99999/" or "https://jobs\uff03example/", which
    # ended podium check in "podium: error: ValueError: Invalid IPv6 URL".
    written = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", value)
    scheme = written.group(1).lower() if written else ""
    # Quotes and angle brackets would end the href="..." the address is put in.
    if scheme not in ("http", "https") or re.search(r"[\s\"'<>`]", value):
        f.error(
            key,
            f'field "{f.name(key)}" must be a web address starting with https:// or http://, '
            f'not "{value}"',
        )
        return None
    parts = web_address(value)
    if parts is None:
        f.error(
            key,
            f'field "{f.name(key)}" must be a web address starting with https:// or http://, '
            f'not "{value}": it is no address a browser can read; look for a bracket, the '
            "host name or a port over 65535",
        )
        return None
    if why := unopenable(value):
        # "https://werkenbij..helder.example/x" or a host "%2e%2e": every
        # applicant's Apply button led to an address no browser opens.
        f.error(
            key,
            f'field "{f.name(key)}" must be a web address a browser can open, not "{value}": {why}',
        )
        return None
    if (hidden := user_before_host(parts)) is not None:
        # It hid where the Apply button sent applicants (an error, where a
        # story's link is a warning: markup.hidden_host); a password there
        # would be published on the page. No ATS address has either.
        f.error(
            key,
            f'field "{f.name(key)}" must not hold a user name or password before its host '
            f'("{hidden[0]}@"): the address opens {hidden[1]}; write the address without them',
        )
        return None
    if parts.hostname != exempt and (why := unreachable(parts)):
        f.error(
            key,
            f'field "{f.name(key)}" must be a public web address job seekers can open, like '
            f'"https://jobs.example.com/apply", not "{value}": {why}',
        )
        return None
    return value


def _number(f: Fields, key: str, required: bool = True) -> int | float | None:
    value = _required(f, key, required, "a number")
    if value is None:
        return None
    # .inf and .nan are YAML floats, but not amounts (JSON-LD has no such numbers);
    # 0 is no pay at all, and a range "0 to 5600" tells a candidate nothing.
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or value <= 0
        or not _finite(value)
    ):
        # "4.200" or "4,200" in quotes: a thousands separator, as Dutch writes pay.
        grouped = isinstance(value, str) and re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", value.strip())
        hint = f"; write it without a thousands separator, {re.sub('[.,]', '', str(value))}"
        f.error(
            key,
            f'field "{f.name(key)}" must be a number above 0, like 4200, not "{value}"'
            + (hint if grouped else ""),
        )
        return None
    typed = f.written(value, key).strip() if isinstance(value, float) else ""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", typed):
        # "min: 4.200", a Dutch thousands separator, is 4.2 to YAML: the job
        # offered "€ 4,20 per maand", in its JobPosting too.
        f.error(
            key,
            f'field "{f.name(key)}" is {value:g} as written ("{typed}"): in YAML a dot is the '
            f"decimal point; write the amount without a thousands separator, like "
            f"{typed.replace('.', '')}",
        )
        return None
    if value >= MAX_PAY:
        shown = f"{value:.3g}" if value >= 10**15 else f"{value:,}"
        f.error(
            key,
            f'field "{f.name(key)}" ({shown}) is no pay: it must be less than {MAX_PAY:,} '
            "in any currency and period; give the pay itself, like 4200",
        )
        return None
    if isinstance(value, float) and round(value, 2) != value:
        # The page shows whole cents, so it and the JobPosting would differ.
        f.error(
            key,
            f'field "{f.name(key)}" must be an amount in whole cents, '
            f'like {round(value, 2):.2f}, not "{value}"',
        )
        return None
    return int(value) if float(value).is_integer() else value


def _finite(value: int | float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # an int too large for a float
        return False


def _errors(issues: Iterable[Issue]) -> bool:
    return any(i.severity == "error" for i in issues)


def _read_feed_salary(f: Fields) -> Salary | None:
    """A snapshot record's ``salary``, held to the rules of a hand-written one,
    but what breaks them is a warning and the job is published without pay.

    An older pull wrote what its feed sent (thirty digits, 1e308), and a gone
    post keeps its record as it was, which no pull rewrites: as an error it
    failed every build, and with it the takedowns of ended consent and closed
    jobs. The job itself can still be advertised, as one whose ATS gives no pay.
    """
    scratch = Fields(f.located, f.source, f.path, f.data)
    salary = _read_salary(scratch)
    if not _errors(scratch.issues):
        # A warning (pay in an unlikely unit): the post is fixed in its ATS.
        fix = "; fix the pay in the ATS and pull again (podium vacancies pull)"
        f.issues.extend(dataclasses.replace(i, message=i.message + fix) for i in scratch.issues)
        return salary
    for issue in scratch.issues:
        message = (
            f"{issue.message}; the job is published without pay: fix the pay in the ATS "
            "and pull again (podium vacancies pull)"
        )
        f.issues.append(Issue(issue.path, issue.line, message, "warning"))
    return None


def _read_salary(f: Fields) -> Salary | None:
    what = "a mapping like {min: 4200, max: 5600, currency: EUR, unit: MONTH}"
    sub = f.mapping("salary", what=what)
    if sub is None:
        return None
    before = len(f.issues)
    sub.unknown(("min", "max", "currency", "unit"))
    # One bound is allowed: "from 4200" (min) or "up to 5600" (max); the
    # other is then not said, rather than the same amount (an exact pay).
    one = sub.raw("min") is not None or sub.raw("max") is not None
    low, high = _number(sub, "min", not one), _number(sub, "max", not one)
    code = 'a three-letter ISO 4217 code such as "EUR"'
    currency = sub.text("currency", required=True, what=code)
    if currency is not None and currency not in CURRENCIES:
        guess = SIGNS.get(currency.strip(), currency.strip().upper())
        hint = f' (did you mean "{guess}"?)' if guess in CURRENCIES else ""
        sub.error("currency", f'field "salary.currency" must be {code}, not "{currency}"{hint}')
    unit = _upper_choice(sub, "unit", SALARY_UNITS, required=True)
    if low is not None and high is not None and low > high:
        sub.error("max", f'field "salary.max" ({high}) must not be less than "salary.min" ({low})')
    if len(f.issues) > before:
        return None
    unlikely = _unlikely_pay(low, high, currency, unit)
    if unlikely:
        # "unit: HOUR" left in a copied file under a month's pay: the page said
        # "€ 4.200 – € 5.600 per uur" and Google for Jobs showed it an hour.
        sub.error(
            "unit",
            f'field "salary.unit" "{unit}" makes the pay {unlikely} a{_UNIT_WORDS[unit]}, '
            "an unlikely pay: give the unit its amounts are in: HOUR, DAY, WEEK, MONTH or YEAR",
            "warning",
        )
    return Salary(min=low, max=high, currency=currency, unit=unit)


# What pay is likely per unit, in the currencies of about a euro (EUR, USD,
# GBP, CHF): from a student's hourly wage to a director's salary, wide on
# purpose. Past these, the unit is most likely another's (a month's pay "per
# HOUR", an hourly wage "per MONTH"). Other currencies are not weighed.
_LIKELY_PAY = {
    "HOUR": (1, 500),
    "DAY": (10, 5_000),
    "WEEK": (50, 25_000),
    "MONTH": (100, 100_000),
    "YEAR": (1_000, 2_000_000),
}
_UNIT_WORDS = {"HOUR": "n hour", "DAY": " day", "WEEK": " week", "MONTH": " month", "YEAR": " year"}


def _unlikely_pay(low, high, currency: str | None, unit: str | None) -> str | None:
    """The amounts as written ("4200 to 5600 EUR") when no job pays them per
    ``unit``; else None."""
    if currency not in ("EUR", "USD", "GBP", "CHF") or unit not in _LIKELY_PAY:
        return None
    least, most = _LIKELY_PAY[unit]
    bounds = [b for b in (low, high) if b is not None]
    if all(least <= b <= most for b in bounds):
        return None
    return f"{' to '.join(str(b) for b in dict.fromkeys(bounds))} {currency}"


# -- files --------------------------------------------------------------------


def load_vacancy_file(
    path: Path | str,
    languages: Sequence[str],
    content_root: Path | str | None = None,
    default_lang: str | None = None,
) -> Vacancy:
    """One hand-written vacancy; raises ContentError with every problem in the
    file, when one is an error (read_vacancy_file gives the warnings too)."""
    return read_vacancy_file(path, languages, content_root, default_lang)[0]


def read_vacancy_file(
    path: Path | str,
    languages: Sequence[str],
    content_root: Path | str | None = None,
    default_lang: str | None = None,
    team_problem: Callable[[str], str] | None = None,
    teams: Collection[str] = (),
) -> tuple[Vacancy, list[Issue]]:
    """One hand-written vacancy and its warnings; raises ContentError with
    every problem in the file when one is an error."""
    source, text = _read_text(Path(path), MAX_FILE_BYTES, content_root, "file")
    default_lang = default_lang or languages[0]
    # As read_text did: universal newlines, so a CRLF file's lines stay lines.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    located = load(text, source, keep_going=True)
    f = Fields(located, source)
    f.issues.extend(located.issues)
    _check_bare_id(f, text)
    vacancy = read_vacancy(f, languages, default_lang, team_problem=team_problem, teams=teams)
    if _errors(f.issues) or vacancy is None:
        raise ContentError(f.issues or [Issue(source, None, "vacancy could not be read")])
    return vacancy, f.issues


def _read_text(
    path: Path, limit: int, content_root: Path | str | None, what: str
) -> tuple[str, str]:
    """A vacancy file's or snapshot's (``what``) name as shown and its text; or
    ContentError with the one line that says why it does not read.

    Strict UTF-8: decoded with errors="replace", a damaged or hand-edited snapshot
    published "Monteur Zw\ufffdlle" on the vacancy's page, without a word.
    """
    source = display_path(path, Path(content_root) if content_root else None)
    try:
        raw = read_raw(path, limit, content_root)
    except paths.Refused as exc:
        raise ContentError([Issue(source, None, f"{what} {exc}")]) from None
    if len(raw) > limit:
        raise ContentError([Issue(source, None, f"{what} is larger than {limit} bytes")])
    try:
        return source, raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError([not_utf8(raw, exc, source)]) from None


def read_raw(path: Path, limit: int, content_root: Path | str | None = None) -> bytes:
    """At most ``limit + 1`` bytes of a vacancy file or snapshot, or Refused (also
    for ``podium vacancies pull``, which reads the files already there).

    A dangling link, a link loop or a file this user may not read ended
    `podium check` in "podium: error: FileNotFoundError" (OSError,
    PermissionError), naming no file; a FIFO was waited on for ever, and a
    snapshot linked to /dev/zero was read until the machine ran out of memory.

    Through a link, only to another file in content/ (``content_root``; by
    default the folder that holds ``vacancies/``). The build's tree check
    refuses a link out and skips it, but every other reader (the editor's
    vacancy choices, the pull's id scan, the previous snapshot) opened
    ``out.yml -> /etc/hostname`` and quoted its values in its errors, into a
    pull request's public log: the boundary is held here, where the file is read.
    """
    root = Path(content_root) if content_root is not None else _content_root_of(path)
    try:
        os.stat(path)  # a loop or a dangling link, said as such
        return checked.read_bounded(checked.content_file(root, Path(path).absolute()), limit)
    except OSError as exc:
        raise paths.refusal(exc) from None


def _content_root_of(path: Path) -> Path:
    """content/ of a file in content/vacancies/ or content/vacancies/feeds/."""
    absolute = Path(path).absolute()
    for folder in absolute.parents:
        if folder.name == "vacancies":
            return folder.parent
    return absolute.parent


def _check_bare_id(f: Fields, text: str) -> None:
    """Refuse bare numbers YAML would silently change (0412 -> 266, 4_012 -> 4012)."""
    raw = f.raw("id")
    if not isinstance(raw, int) or isinstance(raw, bool):
        return
    lines = text.splitlines()
    number = f.line("id")
    line = lines[number - 1] if number <= len(lines) else ""
    literal = re.match(r"\s*id\s*:\s*([^\s#]+)", line)
    if literal and not re.fullmatch(r"[1-9][0-9]*|0", literal.group(1)):
        written = literal.group(1)
        f.error(
            "id",
            f'field "id" {written} reads as the number {raw}; put it in quotes, '
            f'like id: "{written}"',
        )


def load_snapshot(
    path: Path | str,
    languages: Sequence[str],
    content_root: Path | str | None = None,
    default_lang: str | None = None,
) -> tuple[list[Vacancy], list[Issue]]:
    """The vacancies of one ATS snapshot written by ``pull``, and any problems."""
    found, issues, _pulled = _load_snapshot(path, languages, content_root, default_lang)
    return found, issues


def _load_snapshot(
    path: Path | str,
    languages: Sequence[str],
    content_root: Path | str | None = None,
    default_lang: str | None = None,
    today: dt.date | None = None,
) -> tuple[list[Vacancy], list[Issue], Pulled | None]:
    try:
        source, text = _read_text(Path(path), MAX_SNAPSHOT_BYTES, content_root, "snapshot")
    except ContentError as exc:
        return [], exc.issues, None
    default_lang = default_lang or languages[0]
    try:
        # A byte order mark (an editor on Windows saved it) is read past, as in
        # the stories and the YAML files: json said "Unexpected UTF-8 BOM
        # (decode using utf-8-sig)", words of Python's own.
        data = json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as exc:
        return [], [Issue(source, exc.lineno, f"invalid JSON: {exc.msg}")], None
    except RecursionError:  # [[[[… 100,000 deep: Python's decoder recurses per level
        return [], [Issue(source, 1, "invalid JSON: nested too deeply; a snapshot is flat")], None
    except ValueError:
        # Python converts no number of more than 4,300 digits (a guard against
        # quadratic time), with a ValueError that names no place in the file;
        # uncaught, it ended the build as "podium: error: ValueError: ...".
        return [], [_long_number(text, source)], None
    if not isinstance(data, dict) or not isinstance(data.get("vacancies"), list):
        not_one = 'a snapshot must be a JSON object with a "vacancies" list'
        return [], [Issue(source, 1, not_one)], None
    records = data["vacancies"]
    lines = _record_lines(text, len(records))
    issues: list[Issue] = []
    out: list[Vacancy] = []
    for i, record in enumerate(records):
        line = lines[i] if lines else None
        keys = record if isinstance(record, dict) else {}
        located = Located(record, {(k,): line for k in keys if line}, line or 1)
        f = Fields(located, source)
        vacancy = read_vacancy(
            f,
            languages,
            default_lang,
            description_is_html=True,
            allowed=SNAPSHOT_FIELDS,
            feed_record=True,
            feed_host=_feed_host(data.get("url")),
        )
        # Without a known line, say none rather than point at line 1.
        issues.extend(i if line else Issue(i.path, None, i.message, i.severity) for i in f.issues)
        if vacancy is not None:
            out.append(vacancy)
    pulled = _pulled(data, source)
    if pulled.fetched_at is None and data.get("fetched_at") is not None:
        # Edited by hand into something else: the snapshot's age is unknown, and
        # nothing said so.
        issues.append(
            _unknown_age(source, text, data, 'is not a moment like "2026-11-22T06:00:00Z"')
        )
    if (
        pulled.fetched_at is not None
        and today is not None
        and in_the_future(pulled.fetched_at, today)
    ):
        # "2099-01-01T06:00:00Z" (a hand edit, a wrong clock): a snapshot pulled
        # in the future would always be fresh. Its age is unknown.
        issues.append(_unknown_age(source, text, data, f"is after today ({today})",
                                   ", or give the moment of its last pull"))  # fmt: skip
        pulled = dataclasses.replace(pulled, fetched_at=None)
    return out, issues, pulled


def _unknown_age(source, text: str, data: dict, why: str, also: str = "") -> Issue:
    """The warning on a snapshot's "fetched_at" line that its age is unknown."""
    line = next((n for n, ln in enumerate(text.splitlines(), 1) if '"fetched_at"' in ln), None)
    written = json.dumps(data["fetched_at"])[:60]
    return Issue(
        source,
        line,
        f'field "fetched_at" {written} {why}; the snapshot\'s age is unknown, so while its '
        "feed's pulls fail it is as old as the first failed pull: pull the feed again "
        f"(podium vacancies pull){also}",
        "warning",
    )


def in_the_future(when: dt.datetime, today: dt.date) -> bool:
    """Whether a pull's moment is later than today allows, beyond ``CLOCK_SKEW``."""
    return as_utc(when).date() > today + CLOCK_SKEW


def _pulled(data: dict, source: str) -> Pulled:
    """When the snapshot was fetched: ``fetched_at`` None for one that does not
    say (made by hand), or says it in a form that is no moment (then
    ``_load_snapshot`` warns)."""
    raw = data.get("fetched_at")
    try:
        when = dt.datetime.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        when = None
    return Pulled(
        source, as_utc(when) if when is not None else None, data.get("url"), data.get("vendor")
    )


def as_utc(when: dt.datetime) -> dt.datetime:
    """A ``fetched_at`` in UTC (one without an offset is UTC already).

    At the ends of the calendar the UTC moment has no datetime
    ("0001-01-01T00:00:00+01:00" is in year 0): uncaught, the OverflowError
    ended podium build and report as "podium: error: OverflowError: date
    value out of range". The nearest moment there is is what the file means.
    """
    if when.tzinfo is None:
        return when.replace(tzinfo=dt.UTC)
    try:
        return when.astimezone(dt.UTC)
    except OverflowError:
        edge = dt.datetime.min if when.year == dt.MINYEAR else dt.datetime.max
        return edge.replace(tzinfo=dt.UTC)


def _long_number(text: str, source: str) -> Issue:
    limit = sys.get_int_max_str_digits()
    m = re.search(rf"\d{{{limit + 1},}}", text)
    line = text.count("\n", 0, m.start()) + 1 if m else None
    return Issue(source, line, f"invalid JSON: a number of more than {limit:,} digits")


def _record_lines(text: str, count: int) -> list[int] | None:
    """Line of each record's "id" in a pretty-printed snapshot, if we can tell."""
    found = [n for n, line in enumerate(text.splitlines(), 1) if re.match(r'\s*"id"\s*:', line)]
    return found if len(found) == count else None


def load_all(
    content_dir: Path | str,
    languages: Sequence[str],
    today: dt.date,
    default_lang: str | None = None,
) -> VacancySet:
    """Every vacancy under ``content_dir/vacancies``; ContentError lists every problem.

    Ids must be unique across hand-written files and all snapshots: stories
    link to vacancies by id, so a clash would link to the wrong job.
    """
    vacancies, issues = read_all(content_dir, languages, today, default_lang)
    if any(i.severity == "error" for i in issues):
        raise ContentError(issues)
    return vacancies


def read_all(
    content_dir: Path | str,
    languages: Sequence[str],
    today: dt.date,
    default_lang: str | None = None,
    skip: frozenset[Path] | set[Path] = frozenset(),
    team_problem: Callable[[str], str] | None = None,
    teams: Collection[str] = (),
) -> tuple[VacancySet, list[Issue]]:
    """The vacancies that read well, and the problems of the others.

    ``podium check`` goes on with the ones that read: with none, one new file
    with a mistake had every story's vacancy said not to exist and every
    vacancy page said to be lost (``--was``), beside the one real error.
    ``skip``: entries the content policy refused and reported already (a FIFO,
    a symlink loop or one out of content/), counted unreadable, not read.
    """
    content_dir = Path(content_dir)
    folder = content_dir / "vacancies"
    issues: list[Issue] = []
    vacancies: list[Vacancy] = []
    pulled: list[Pulled] = []
    unreadable: list[str] = []
    # Saved as a file (an editor's "save as", a stray `touch`): podium check
    # passed without a word, and the hub was published with no vacancy.
    for entry, what in ((folder, "vacancy files"), (folder / "feeds", "ATS snapshots")):
        if entry.exists() and not entry.is_dir():
            shown = display_path(entry, content_dir)
            issues.append(Issue(shown, None, f"this entry is a file, and it is the folder of the "
                                f"{what}; make it a folder, or delete it"))  # fmt: skip
    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            issues.append(
                Issue(
                    display_path(path, content_dir),
                    None,
                    f'vacancy files must end in ".yml"; rename it to "{path.stem}.yml"',
                )
            )
        for path in sorted(folder.glob("*.yml")):
            if path in skip:
                unreadable.append(display_path(path, content_dir))
                continue
            if path.is_dir():
                issues.append(_a_folder(path, content_dir, 'a vacancy is one ".yml" file'))
                continue
            try:
                vacancy, warnings = read_vacancy_file(
                    path, languages, content_dir, default_lang, team_problem, teams
                )
                vacancies.append(vacancy)
                issues.extend(warnings)
            except ContentError as exc:
                issues.extend(exc.issues)
                unreadable.append(display_path(path, content_dir))
        feeds = folder / "feeds"
        for path in sorted(feeds.glob("*.json")) if feeds.is_dir() else ():
            if path in skip:
                unreadable.append(display_path(path, content_dir))
                continue
            if path.is_dir():
                what = 'a vacancy snapshot is one ".json" file'
                issues.append(_a_folder(path, content_dir, what))
                continue
            found, problems, when = _load_snapshot(
                path, languages, content_dir, default_lang, today
            )
            vacancies.extend(found)
            issues.extend(problems)
            if any(p.severity == "error" for p in problems):
                unreadable.append(display_path(path, content_dir))
            if when is not None:
                pulled.append(when)
    vacancies = _moved(vacancies)
    issues.extend(_duplicates(vacancies))
    vacancies.sort(key=lambda v: (v.date_posted, v.id), reverse=True)
    return VacancySet(tuple(vacancies), today, tuple(pulled), tuple(unreadable)), issues


def _a_folder(path: Path, content_dir: Path, what: str) -> Issue:
    """A folder named like a vacancy file (git keeps one for a file inside it)."""
    shown = display_path(path, content_dir)
    return Issue(shown, None, f"this entry is a folder, and {what}; rename the folder")


def _moved(vacancies: list[Vacancy]) -> list[Vacancy]:
    """Without the records a job left behind in the feeds it moved from.

    Two feeds of one board (Lever's ``?team=``) both hold a job that moved
    from one to the other: the first as gone, the second as present. The
    present one is the job; once gone from both, the one that went last. Two
    present, or a hand-written vacancy, stay a clash (``_duplicates``).
    """
    by_id: dict[str, list[Vacancy]] = {}
    for v in vacancies:
        if v.feed_status is not None:
            by_id.setdefault(v.id.casefold(), []).append(v)
    left: list[Vacancy] = []
    for records in by_id.values():
        present = [v for v in records if v.feed_status == "present"]
        if len({v.source for v in records}) < 2 or len(present) > 1:
            continue
        latest = present or [max(records, key=lambda v: v.gone_since or dt.date.min)]
        left += [v for v in records if v is not latest[0]]
    return [v for v in vacancies if not any(v is gone for gone in left)]


def _duplicates(vacancies: Iterable[Vacancy]) -> list[Issue]:
    seen: dict[str, Vacancy] = {}
    issues = []
    for v in vacancies:
        # Case-folded: "AB" and "ab" are one folder on macOS and Windows disks.
        first = seen.setdefault(v.id.casefold(), v)
        if first is not v:
            where = f"{first.source}:{first.line('id')}" if first.line("id") else first.source
            issues.append(
                Issue(
                    v.source,
                    v.line("id"),
                    f'vacancy id "{v.id}" is also used by {where}; every vacancy needs its own id',
                )
            )
    return issues
