"""The vacancy model every source (hand-written YAML, ATS feeds) ends up as.

One frozen shape for all sources means the templates, the JobPosting data
and ``vacancies.json`` never need to know where a vacancy came from.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

# schema.org JobPosting.employmentType values, in the order people think of them.
EMPLOYMENT_TYPES = (
    "FULL_TIME",
    "PART_TIME",
    "CONTRACTOR",
    "TEMPORARY",
    "INTERN",
    "VOLUNTEER",
    "PER_DIEM",
    "OTHER",
)
# schema.org QuantitativeValue.unitText values Google accepts for salaries.
SALARY_UNITS = ("HOUR", "DAY", "WEEK", "MONTH", "YEAR")
# An amount of pay is below this, in any currency and period: a year's pay of
# a million dollars in Iranian rials (the currency with the most digits) is
# some 10**11. More is no pay but a slip (thirty digits pasted, 1e308), which
# Google's JobPosting baseSalary would carry to job seekers as it is.
MAX_PAY = 10**12
# The characters a vacancy's title may hold (a feed's longer one is cut to fit).
MAX_TITLE = 200
# No job a feed lists as open was posted before this: an earlier posting date
# is a placeholder or a slip, Lever's createdAt 0, or seconds where it counts
# milliseconds (1790811000 is 21 January 1970). Published as it was, the page
# said "Geplaatst op 1 januari 1970" and the JobPosting's datePosted, which
# Google ranks a job's freshness by, was 1970-01-01. A pull publishes such a
# post as posted that day, as one dated after tomorrow (pull._posted_today).
OLDEST_POSTED = dt.date(2000, 1, 1)
FEED_STATUSES = ("present", "gone")
# A vacancy id is a folder name in the output (vacancies/<id>/), so it must be
# a safe slug: no dots (``index.html`` would turn the listing page into a
# folder, ``..`` would climb out), no slashes, no spaces.
ID_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62}[A-Za-z0-9])?$")


@dataclass(frozen=True)
class Location:
    city: str | None
    country: str  # ISO 3166-1 alpha-2, upper case
    remote: bool = False
    # The state or province where the feed names one ("Austin, TX": "TX"):
    # Google recommends addressRegion beside the city, and a seeker searching
    # "jobs in Texas" finds the job by it.
    region: str | None = None
    # An office's street and postal code, where the vacancy gives them: Google
    # asks for as much of the PostalAddress as is known (streetAddress,
    # postalCode), and the page shows them as the address.
    street: str | None = None
    postal_code: str | None = None


@dataclass(frozen=True)
class Salary:
    # One of the two may be None: "from €4,200" (a floor) or "up to €5,600"
    # (a cap), which shown or sent to Google as the one amount would state a
    # pay nobody offered. Equal, it is that exact pay.
    min: int | float | None
    max: int | float | None
    currency: str  # ISO 4217, e.g. "EUR"
    unit: str  # one of SALARY_UNITS


@dataclass(frozen=True)
class Vacancy:
    id: str
    title: str
    team: str | None
    location: Location
    # Empty: the source never said (no "OTHER" guess). More than one when the
    # job is offered so ("full-or-part-time"): Google takes a list of them.
    employment_type: tuple[str, ...]
    date_posted: dt.date
    valid_through: dt.date | None
    apply_url: str
    salary: Salary | None
    themes: tuple[str, ...]
    lang: str
    description_html: str  # sanitised: safe to put in a page as is
    description_text: str  # plain text, for summaries, tagging and JSON feeds
    source: str  # display path of the file it came from, or the feed's name
    source_line: int | None = None
    feed_status: str | None = None  # "present" / "gone" for feed vacancies, else None
    # True when the apply_url itself starts the application (Google's directApply).
    direct_apply: bool = False
    updated: dt.date | None = None  # last change that matters to readers (sitemap lastmod)
    gone_since: dt.date | None = None  # the day a pull first missed it from its feed
    # The places after the first, for a job offered in several ("Amsterdam;
    # Berlin, Germany"): Google takes a list of jobLocation, and a seeker in
    # Berlin must find it as well as one in Amsterdam.
    more_locations: tuple[Location, ...] = ()
    # The ATS's own name of a feed post's department, where its team is that
    # name's slug ("Data & Analytics", team "data-analytics"): shown where
    # PODIUM_TEAMS names no such team, instead of the slug. None when the
    # feed's team_map chose the team, or for a hand-written vacancy.
    department: str | None = None
    # (field, line) of each field the source gives: checks made after reading
    # (themes against themes.yml, the pay check) point at the field, not the
    # record's first line. Not part of equality: it says where, not what.
    field_lines: tuple[tuple[str, int], ...] = field(default=(), compare=False, repr=False)
    # Warnings found while reading (what a hand-written description loses on
    # the page): reported by the validate step with the site's other warnings,
    # since a vacancy file's own problems are errors that stop its reading.
    notes: tuple[str, ...] = field(default=(), compare=False, repr=False)
    # "themes: Techniek & data", a list written as text: ``themes`` holds its
    # items, and the validate step, which knows the themes, refuses it with the
    # slugs meant ([tech]) (the read step could only offer [techniek-data]).
    themes_text: str | None = field(default=None, compare=False, repr=False)
    # The job's title in the site's other languages, where its ATS has them
    # (a Recruitee offer's translations): (lang, title) pairs. The page stays
    # in ``lang``; another language's job list and vacancies.json name it so.
    titles: tuple[tuple[str, str], ...] = ()

    def title_in(self, lang: str) -> tuple[str, str]:
        """(title, its language) for a reader of ``lang``: the translation
        where there is one, else the job's own title."""
        if lang != self.lang:
            for other, title in self.titles:
                if other == lang:
                    return title, lang
        return self.title, self.lang

    @property
    def locations(self) -> tuple[Location, ...]:
        """Every place the job is offered in, the first one first."""
        return (self.location, *self.more_locations)

    def line(self, name: str) -> int | None:
        """The line of field ``name`` in its source, else the record's."""
        return dict(self.field_lines).get(name, self.source_line)

    def is_scheduled(self, today: dt.date) -> bool:
        """Not posted yet (``date_posted`` in the future): like a scheduled story,
        nothing of it is published, not even a closed page (which would show
        its title early, and say it closed before it opened)."""
        return self.date_posted > today

    def closed_on(self, today: dt.date) -> dt.date | None:
        """The first day the vacancy was closed (the day after its
        ``valid_through``, or the day its feed lost it), if it is closed and
        that is known."""
        if self.is_scheduled(today) or self.is_open(today):
            return None
        days = []
        if self.valid_through is not None and self.valid_through < today:
            days.append(self.valid_through + dt.timedelta(days=1))
        if self.feed_status == "gone" and self.gone_since is not None:
            days.append(self.gone_since)
        return min(days, default=None)

    def is_advertised(self, today: dt.date) -> bool:
        """Open now or scheduled: what the ad checks (pay, title, wording) are
        about; a closed vacancy's page is no job ad any more."""
        if self.feed_status == "gone":
            return False
        return self.valid_through is None or self.valid_through >= today

    def is_open(self, today: dt.date) -> bool:
        """Whether the vacancy may be advertised (with JobPosting data) today.

        Closed when its ``valid_through`` day has passed (the day itself still
        counts), when it has gone from its ATS feed, or when it is scheduled
        (``date_posted`` in the future), the same rule as for stories.
        """
        if self.feed_status == "gone":
            return False
        if self.valid_through is not None and self.valid_through < today:
            return False
        return self.date_posted <= today
