"""Recruitee careers site API: ``GET https://{company}.recruitee.com/api/offers/``.

Only offers with ``status: "published"`` are vacancies; drafts, internal and
closed offers are skipped without a warning (they are not meant to be public).
The offer's language is the key of its ``translations`` that holds its own
title and description. An offer's ``close_at`` (the day Recruitee closes it)
is its ``valid_through``: the hub closes it that day too, even when no pull
runs in between.
"""

from __future__ import annotations

import dataclasses
import re

from ..feeds import FeedConfig
from ..model import Vacancy
from . import common
from .greenhouse import load_json

# Heading for Recruitee's separate "requirements" block, in the feed's language.
REQUIREMENTS = {"nl": "Wat we vragen", "en": "What we ask", "de": "Was wir erwarten"}


def normalise(payload: bytes, feed: FeedConfig, warnings: list[str] | None = None) -> list[Vacancy]:
    data = load_json(payload)
    offers = data.get("offers") if isinstance(data, dict) else None
    if not isinstance(offers, list):
        raise common.FeedError('expected a JSON object with an "offers" list (Recruitee API)')
    published = [o for o in offers if isinstance(o, dict) and o.get("status") == "published"]
    return common.collect(
        published, lambda offer: _offer(offer, feed, warnings), warnings, feed.max_jobs
    )


def _offer(offer: dict, feed: FeedConfig, warnings: list[str] | None = None) -> Vacancy:
    warn = common.warner(offer, warnings)
    places = _places(offer.get("locations"))
    # Recruitee's flags (remote, hybrid, on_site) may be set together. A hybrid
    # job, some days at home, is a job at its office, as Google reads it
    # (TELECOMMUTE is for work done remotely all the time), as Lever's
    # workplaceType "hybrid" is and a hand-written vacancy must say it: an offer
    # marked remote and hybrid was published remote, the hybrid flag unread.
    # Remote beside on_site (an office and remote work both possible, without
    # the hybrid key older offers lack) is that too, as a one-choice workplace
    # type (Lever's, LinkedIn's) calls it: it was published remote, TELECOMMUTE
    # for a job with an office to go to. Remote is the remote flag alone. The
    # flags are the job's, whatever remote words its location has
    # (common.parse_locations); with none set, the location says it.
    office = next((f"flagged {flag}" for flag in ("hybrid", "on_site") if offer.get(flag)), None)
    remote = bool(offer.get("remote")) and office is None
    if places:
        # Every place of an offer in several: each names its own country.
        location = common.parse_locations(places, feed, None, remote, warn, office)
    else:
        location = common.parse_locations(
            offer.get("city") or offer.get("location"),
            feed,
            offer.get("country_code") or offer.get("country"),
            remote,
            warn,
            office,
        )
    location = _with_addresses(location, [offer, *(offer.get("locations") or [])])
    pay = offer.get("salary") or {}
    lang = feed.lang_for(_language(offer))
    heading = REQUIREMENTS.get(lang, REQUIREMENTS["en"])
    body = common.section(None, offer.get("description")) + common.section(
        heading, offer.get("requirements")
    )
    department = offer.get("department")
    if isinstance(department, dict):
        department = department.get("name")
    posted = common.parse_date(offer.get("published_at"), feed.timezone) or common.parse_date(
        offer.get("created_at"), feed.timezone
    )
    closing = common.closing_date(offer.get("close_at"), feed.timezone)
    if closing is None and not common.missing(offer.get("close_at")) and warn is not None:
        # Ignored quietly, the job stayed open past the day the recruiter set.
        warn(
            f"its closing date (close_at {common.as_written(offer.get('close_at'))}) is no "
            f"date Podium can read; it must be {common.DATE_LIKE}; it is published without "
            "one: fix or clear the closing date in Recruitee"
        )
    if posted and closing and closing < posted and warn is not None:
        # Google wants validThrough after datePosted: the closing date is left
        # out (common.vacancy), which the recruiter should hear, not guess.
        warn(
            f"its closing date (close_at, {closing}) is before its posting date ({posted}); "
            "it is published without one: fix or clear the closing date in Recruitee"
        )
    return common.vacancy(
        feed,
        id=offer.get("id"),
        title=offer.get("title"),
        location=location,
        apply_url=common.first_address(offer.get("careers_apply_url"), offer.get("careers_url")),
        page=offer.get("careers_url"),
        date_posted=posted,
        posted_as=(
            ("published_at", offer.get("published_at")),
            ("created_at", offer.get("created_at")),
        ),
        warn=warn,
        description_html=body,
        department=department,
        employment=common.employment_types(offer.get("employment_type_code")),
        valid_through=closing,
        pay=common.salary(
            pay.get("min"),
            pay.get("max"),
            pay.get("currency"),
            pay.get("period"),
            warn,
            ("salary.min", "salary.max"),
        )
        if isinstance(pay, dict)
        else None,
        lang=lang,
        titles=_titles(offer),
    )


def _titles(offer: dict) -> dict[str, str]:
    """The offer's title per language of its ``translations`` ({"en": ...})."""
    translations = offer.get("translations")
    if not isinstance(translations, dict):
        return {}
    return {
        str(code): texts["title"]
        for code, texts in translations.items()
        if isinstance(texts, dict) and isinstance(texts.get("title"), str)
    }


def _language(offer: dict) -> str | None:
    """The language the offer's own fields are written in, from its ``translations``.

    The translations are keyed by language ("nl", "en"); the one whose title
    and description are the offer's is the language of what we publish.
    """
    translations = offer.get("translations")
    if not isinstance(translations, dict) or not translations:
        return None
    if len(translations) == 1:
        return next(iter(translations))
    for code, texts in translations.items():
        if isinstance(texts, dict) and all(
            texts.get(key) == offer.get(key) for key in ("title", "description")
        ):
            return code
    return None


def _with_addresses(places: tuple, offices: list) -> tuple:
    """Each office's street and postal code, where Recruitee gives them (the
    offer's own fields are its first office's; ``locations`` has each), onto
    the place of the same city: the JobPosting's streetAddress and postalCode.
    Two offices in one city are a place each: matched by the city alone, the
    second office's address was in no JobPosting."""
    by_city: dict[str, list[tuple]] = {}
    for office in offices:
        if not isinstance(office, dict):
            continue
        city = str(office.get("city") or "").strip().casefold()
        # Plain one-line text, as the city is: Word's line break (U+000B) or a
        # tag pasted into the office's address had the loader refuse it, and
        # the pull skip the whole post, the job missing from the hub.
        street, postal = (
            common.plain(office.get(key))[:200] or None for key in ("street", "postal_code")
        )
        by_city.setdefault(city, []).append((street, postal))
    out = []
    for place in places:
        found = [
            _street_apart(street, postal, place.city)
            for street, postal in (by_city.get(place.city.casefold(), []) if place.city else [])
        ]
        addresses = _distinct([a for a in found if a != (None, None)])
        # A district the place named stays where the office gives no street.
        out += [
            dataclasses.replace(place, street=street or place.street, postal_code=postal)
            for street, postal in addresses
        ] or [place]
    return tuple(out)


def _distinct(addresses: list[tuple]) -> list[tuple]:
    """Each (street, postal code) once, in order, without one that says less
    than another (the offer's own postal code beside its office's address)."""
    kept = list(dict.fromkeys(addresses))
    full = [a for a in kept if a[0] and a[1]]
    streets, postals = {a[0] for a in full}, {a[1] for a in full}
    return [a for a in kept if a in full or a[0] not in streets and a[1] not in postals]


def _street_apart(street: str | None, postal: str | None, city: str) -> tuple:
    """The office's street without the postal code and city an account typed
    into it, and its postal code: "3511 AB" alone in the street's box was
    streetAddress "3511 AB", and the page's address "3511 AB, 3511 AB
    Utrecht"; "Oudegracht 12, 3511 AB Utrecht" said the city twice."""
    if not street:
        return street, postal
    rest = re.sub(rf"(?i)(?:^|[\s,]+){re.escape(city)}$", "", street).strip(" ,")
    # Alone, or after a comma: "Postbus 1234" is no street with a postal code.
    code = re.search(rf"(?:^|,\s*)({common.POSTAL_CODE})$", rest)
    written = code and code.group(1).replace(" ", "").upper()
    if written and (postal is None or written == postal.replace(" ", "").upper()):
        rest = rest[: code.start()].strip(" ,")
        postal = postal or (f"{written[:4]} {written[4:]}" if written[4:].isalpha() else written)
    return rest or None, postal


def _places(locations) -> str | None:
    """An offer's ``locations`` list ({city, state, country, country_code,
    ...} per office) as "Utrecht, NL; Austin, Texas, US", for parse_locations.

    The top-level ``city``/``country_code`` are the first office only: read
    from them, an offer in Utrecht and Berlin was advertised in Utrecht alone.
    """
    if not isinstance(locations, list):
        return None
    found = []
    for item in locations:
        if not isinstance(item, dict):
            continue
        country = item.get("country_code") or item.get("country")
        # Not "name": that is the office's label in Recruitee ("HQ"), no city.
        parts = [item.get("city"), item.get("state_code") or item.get("state"), country]
        # A ";" or "|" in a name would split it into two places.
        text = ", ".join(re.sub(r"[;|,]", " ", str(p)).strip() for p in parts if p)
        if text:
            found.append(text)
    return "; ".join(found) or None
