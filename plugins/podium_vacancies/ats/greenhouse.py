"""Greenhouse job board API: ``GET https://boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true``.

``content`` is HTML that Greenhouse sends entity-encoded (``&lt;p&gt;``); it is
decoded once and then sanitised. The board has no employment type field, so
we read a custom field ("Employment Type", "Dienstverband", ...) from
``metadata`` and leave the type out when there is none, rather than guess.
Pay: with ``pay_transparency=true`` in the feed URL, Greenhouse adds
``pay_input_ranges`` (``min_cents``, ``max_cents``, ``currency_type``,
``title``, ``blurb``), one range per pay zone; the JobPosting gets the span
of all zones in one currency and one period, the period a zone's title names
(a year when none does: Greenhouse's ranges are annual base pay). Zones in
several currencies (an Amsterdam zone in EUR, a New York one in USD) give the
span of those in the currency of the job's place (its first place first),
else of the feed's ``default_country``: the range a seeker there reads, and a
JobPosting ``baseSalary`` has one currency. Each job names its
``language`` ("en", "nl", ...): an English post on a Dutch board is English.
"""

from __future__ import annotations

import json
import sys

from ..currencies import of_country
from ..feeds import FeedConfig
from ..model import Vacancy
from . import common

_TYPE_FIELDS = ("employment type", "employment", "dienstverband", "contract type", "job type")
# Custom fields a board shows its pay in, before (or without) pay transparency's
# ranges: "Salary range: € 3.200 - € 3.900 per maand".
_PAY_FIELDS = ("salary", "salary range", "pay", "pay range", "compensation", "salaris",
               "salarisindicatie", "salaris indicatie", "gehalt")  # fmt: skip
_PROSPECT_FIELDS = ("prospect", "post type", "job post type")


def normalise(payload: bytes, feed: FeedConfig, warnings: list[str] | None = None) -> list[Vacancy]:
    data = load_json(payload)
    jobs = data.get("jobs") if isinstance(data, dict) else None
    if not isinstance(jobs, list):
        raise common.FeedError('expected a JSON object with a "jobs" list (Greenhouse job board)')
    if jobs and not any(isinstance(job, dict) and "content" in job for job in jobs):
        # The board's plain list has no descriptions (nor departments): every
        # post was skipped as 'field "description" must not be empty' and the
        # job board emptied, the one fix (the URL) said nowhere.
        raise common.FeedError(
            "Greenhouse sent the jobs without their descriptions; "
            'add "?content=true" to the feed URL, like '
            "https://boards-api.greenhouse.io/v1/boards/BOARD/jobs?content=true"
        )
    return common.collect(jobs, lambda job: _job(job, feed, warnings), warnings, feed.max_jobs)


def load_json(payload: bytes):
    try:
        return json.loads(payload)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise common.FeedError(f"malformed JSON: {common.what_came(payload) or exc}") from None
    except ValueError:
        # The one other: Python's digit limit on a number, whose own message
        # told the user to call "sys.set_int_max_str_digits()".
        raise common.FeedError(
            f"malformed JSON: a number of more than {sys.get_int_max_str_digits():,} digits"
        ) from None
    except RecursionError:
        # "[[[[..." 100,000 deep: Python's decoder recurses per level. Uncaught,
        # it ended the whole pull with a traceback, the feeds after it unpulled.
        raise common.FeedError("malformed JSON: nested too deeply for a job feed") from None


def _job(job: dict, feed: FeedConfig, warnings: list[str] | None = None) -> Vacancy:
    meta = {
        str(m.get("name", "")).strip().casefold(): m.get("value")
        for m in job.get("metadata") or []
        if isinstance(m, dict)
    }
    for name in _PROSPECT_FIELDS:
        value = meta.get(name)
        if value is True or str(value).strip().casefold() in ("yes", "true", "prospect", "ja"):
            raise common.Skip("prospect / talent-pool post")
    location_name = (job.get("location") or {}).get("name")
    offices = [o for o in job.get("offices") or [] if isinstance(o, dict)]
    vague = not location_name or common.names_no_place(str(location_name))
    if offices and (vague or _office_addresses(offices, str(location_name))):
        # "Multiple Locations", "Hybrid" (or nothing) in the post, or the name of an
        # office of no known town ("Kantoor Bussum"): its offices say which,
        # by their address (Greenhouse's office "location") where they give it.
        names = [o.get("location") or o.get("name") for o in offices]
        location_name = "; ".join(n for n in names if isinstance(n, str) and n.strip()) or None
    departments = [d.get("name") for d in job.get("departments") or [] if isinstance(d, dict)]
    kind = common.employment_types(*(_text(meta.get(n)) for n in _TYPE_FIELDS))
    places = common.parse_locations(location_name, feed, warn=common.warner(job, warnings))
    countries = (*(p.country for p in places), feed.default_country)
    return common.vacancy(
        feed,
        id=job.get("id"),
        title=job.get("title"),
        location=places,
        apply_url=job.get("absolute_url"),
        # first_published is when candidates could first see it; updated_at is
        # the fallback older boards give.
        date_posted=common.first_date(
            common.parse_date(job.get("first_published"), feed.timezone),
            common.parse_date(job.get("updated_at"), feed.timezone),
        ),
        posted_as=(
            ("first_published", job.get("first_published")),
            ("updated_at", job.get("updated_at")),
        ),
        warn=common.warner(job, warnings),
        # Decoded here; common.vacancy() cleans and sanitises it like every vendor's.
        description_html=common.unescape(job.get("content") or ""),
        department=departments[0] if departments else None,
        employment=kind,
        pay=_pay(job.get("pay_input_ranges"), job, warnings, countries)
        or _pay_in_words(meta, common.warner(job, warnings)),
        lang=job.get("language"),
    )


def _office_addresses(offices: list[dict], location_name: str) -> bool:
    """Whether the post's place is an office's name of no known town and its
    offices have addresses of their own to read instead."""
    return common.office_of_no_known_place(location_name) and any(
        isinstance(o.get("location"), str) and o["location"].strip() for o in offices
    )


def _pay(
    ranges,
    job: dict | None = None,
    warnings: list[str] | None = None,
    countries: tuple[str | None, ...] = (),
) -> common.Salary | None:
    ranges = [r for r in ranges or [] if isinstance(r, dict)]
    if not ranges:
        return None

    def no_one_range(what: str, values: set[str]) -> None:
        # The ATS has the pay: said at the pull, or podium check's "add the
        # salary in the ATS post" is all the team hears, and it is there.
        if warnings is not None and job is not None:
            warnings.append(common.one_line(
                f"{common.describe(job)}: its pay zones are in several {what} "
                f"({', '.join(sorted(values))}), which no one pay range can state; it is "
                "published without pay: give it zones in one currency and one period, "
                "or one post per country"
            ))  # fmt: skip

    def currency(zone: dict) -> str:
        return str(zone.get("currency_type") or "").upper()

    currencies = {currency(r) for r in ranges}
    if len(currencies) > 1:
        # A job in Amsterdam with a US zone beside its Dutch one had no pay at
        # all on the hub: the zones in the currency where the job is are the
        # range its seekers read (the job's places first, then the feed's
        # country); none in it, no one range.
        local = next((c for c in map(of_country, countries) if c and c in currencies), None)
        if local is None:
            no_one_range("currencies", currencies)
            return None
        ranges = [r for r in ranges if currency(r) == local]
        currencies = {local}
    lows = [common.number(r.get("min_cents")) for r in ranges]
    highs = [common.number(r.get("max_cents")) for r in ranges]
    if all(x is None for x in lows + highs):
        # Zones without a number: the job went out without pay, unsaid.
        if warnings is not None and job is not None:
            warnings.append(common.one_line(
                f"{common.describe(job)}: its pay zones give no amount (min_cents and "
                "max_cents are empty); it is published without pay: give each zone a "
                "minimum, a maximum or both"
            ))  # fmt: skip
        return None
    # A zone with one bound is a floor or a cap, as a Recruitee offer's is: one
    # zone without its max made the whole pay go without a word. The span over
    # the zones has a top only if each zone has one (and a bottom likewise).
    low = None if None in lows else min(lows) / 100
    high = None if None in highs else max(highs) / 100
    # Only the short titles are read for a period: blurbs are prose, where
    # "vakantiedagen" would read as a daily rate. Each zone has its own (a
    # year when its title names none): an hourly zone beside an annual one
    # made "20 - 60,000 per hour", a pay nobody offered, so zones in several
    # periods have no one range to state, as zones in several currencies.
    units = {common.salary_unit_word(str(r.get("title") or "")) or "YEAR" for r in ranges}
    if len(units) != 1:
        no_one_range("periods", {u.lower() for u in units})
        return None
    warn = common.warner(job, warnings) if job is not None else None
    return common.salary(low, high, currencies.pop(), units.pop(), warn)


def _pay_in_words(meta: dict, warn=None) -> common.Salary | None:
    """The pay a custom field of the post states in words, with its currency
    and period: without pay_input_ranges the job had no baseSalary, though
    its board showed the pay (and a hub that requires pay skipped the job)."""
    texts = [text for name in _PAY_FIELDS if (text := _text(meta.get(name)))]
    pay = next((pay for text in texts if (pay := common.salary_from_text(text))), None)
    if pay is None and texts:
        common.salary_from_text(texts[0], warn)  # said once, when no field gives the pay
    return pay


def _text(value) -> str | None:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return value if isinstance(value, str) else None
