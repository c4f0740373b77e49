"""schema.org JobPosting for an open vacancy (Google for Jobs).

Google requires title, description, datePosted, hiringOrganization and
jobLocation (or TELECOMMUTE with applicantLocationRequirements); we add the
recommended properties whenever the vacancy knows them, and only then:
an unknown employment type is left out rather than stated as "OTHER".
Every value here is also shown on the vacancy page (vacancy.html), as
Google's guidelines ask.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from podium.fields import aware
from podium_vacancies.countries import city_named, region_name
from podium_vacancies.places import district

from .feeds import absolute_links


def organization(name: str, home_url: str, same_as=(), logo_url: str | None = None) -> dict:
    """hiringOrganization: the brand, its own pages (else the hub) and its logo."""
    org: dict[str, Any] = {"@type": "Organization", "name": name}
    links = list(same_as) or [home_url]
    org["sameAs"] = links[0] if len(links) == 1 else links
    if logo_url:
        org["logo"] = logo_url
    return org


def job_posting(
    vacancy: Any, page_url: str, org: dict[str, Any], timezone: str = "UTC"
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": vacancy.title,
        # Its links resolved against the page, as vacancies.json has them: Google
        # for Jobs and the boards that copy it show it on their own hosts.
        "description": absolute_links(vacancy.description_html, page_url),
        "datePosted": vacancy.date_posted.isoformat(),
        "hiringOrganization": org,
        "identifier": {"@type": "PropertyValue", "name": org["name"], "value": vacancy.id},
        "url": page_url,
    }
    # Only where the vacancy or its feed says apply_url opens the application
    # form itself. schema.org's False means "no clear path to applying directly
    # online" from the page: a claim nobody made where direct_apply is unset.
    if getattr(vacancy, "direct_apply", False):
        data["directApply"] = True
    if vacancy.employment_type:
        kinds = vacancy.employment_type
        data["employmentType"] = kinds[0] if len(kinds) == 1 else list(kinds)
    if vacancy.valid_through:
        # The end of the last day where the company is (RFC 3339: with an offset).
        end = dt.datetime.combine(vacancy.valid_through, dt.time(23, 59, 59))
        data["validThrough"] = aware(end, timezone).isoformat()
    # A job in several places has them all (Google takes a list of
    # jobLocation, and of applicantLocationRequirements): with the first only,
    # a seeker near the second never finds it. One place stays one object.
    places = getattr(vacancy, "locations", None) or (vacancy.location,)
    # Where remote applicants may live: each remote place's country, or its
    # state ("Remote - Texas"); an office's country not where a remote place
    # names a state in it ("Austin, TX; Remote - TX" is open to Texas only).
    remote = [p for p in places if p.remote]
    states = {p.country for p in remote if not p.city and getattr(p, "region", None)}
    areas = list(dict.fromkeys(_area(p) for p in remote if not (p.city and p.country in states)))
    if areas:
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = _one_or_list(
            [{"@type": kind, "name": name} for kind, name in areas]
        )
    offices = []
    for location in places:
        if location.city or not location.remote:
            address = {"@type": "PostalAddress", "addressCountry": location.country}
            if getattr(location, "street", None):
                address["streetAddress"] = location.street
            if getattr(location, "postal_code", None):
                address["postalCode"] = location.postal_code
            if location.city:
                _locality(address, location)
            if getattr(location, "region", None):
                address["addressRegion"] = location.region
            offices.append({"@type": "Place", "address": address})
    if offices:
        data["jobLocation"] = _one_or_list(offices)
    if vacancy.salary:
        salary = vacancy.salary
        value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": salary.unit}
        if salary.min == salary.max:
            value["value"] = salary.min
        else:
            # A floor or a cap alone ("from 4200") has only its own bound.
            if salary.min is not None:
                value["minValue"] = salary.min
            if salary.max is not None:
                value["maxValue"] = salary.max
        data["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": salary.currency,
            "value": value,
        }
    return data


def _locality(address: dict[str, Any], place: Any) -> None:
    """addressLocality is the city the location filters file the place under
    ("Amsterdam" for a written "Amsterdam, Noord"), the district the office's
    address where it gives no street: "Eindhoven, Veghel" was a locality
    Google cannot place."""
    city = city_named(place.city, place.country)
    address["addressLocality"] = city
    # Only a district: "Amsterdam, Netherlands" or "Utrecht, Randstad" was an
    # office in the street "Netherlands" or "Randstad".
    parts = [p.strip() for p in place.city.split(",")]
    rest = ", ".join(p for p in parts if p and p != city and district(p, city, place.country))
    if city != place.city and rest and "streetAddress" not in address:
        address["streetAddress"] = rest


def _area(place: Any) -> tuple[str, str]:
    """Where applicants of a remote place must live: its state where it names
    one without a city ("Remote - Texas": a State, which Google takes as an
    AdministrativeArea), else its country. A city's state is its office's
    address, not a limit on who may apply."""
    region = getattr(place, "region", None)
    if region and not place.city:
        return "State", region_name(region, place.country)
    return "Country", place.country


def _one_or_list(items: list) -> Any:
    return items[0] if len(items) == 1 else items
