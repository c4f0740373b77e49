"""schema.org JobPosting for an open vacancy (Google for Jobs).

Google requires title, description, datePosted, hiringOrganization and
jobLocation (or TELECOMMUTE with applicantLocationRequirements); we add the
recommended properties whenever the vacancy knows them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from podium.fields import aware


def job_posting(
    vacancy: Any, page_url: str, company: str, company_url: str, timezone: str = "UTC"
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": vacancy.title,
        "description": vacancy.description_html,
        "datePosted": vacancy.date_posted.isoformat(),
        "employmentType": vacancy.employment_type,
        "hiringOrganization": {"@type": "Organization", "name": company, "sameAs": company_url},
        "identifier": {"@type": "PropertyValue", "name": company, "value": vacancy.id},
        "url": page_url,
        # Applications happen in the ATS behind apply_url, not on this page.
        "directApply": False,
    }
    if vacancy.valid_through:
        # The end of the last day where the company is (RFC 3339: with an offset).
        end = dt.datetime.combine(vacancy.valid_through, dt.time(23, 59, 59))
        data["validThrough"] = aware(end, timezone).isoformat()
    location = vacancy.location
    if location.remote:
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = {"@type": "Country", "name": location.country}
    if location.city or not location.remote:
        address = {"@type": "PostalAddress", "addressCountry": location.country}
        if location.city:
            address["addressLocality"] = location.city
        data["jobLocation"] = {"@type": "Place", "address": address}
    if vacancy.salary:
        salary = vacancy.salary
        value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": salary.unit}
        if salary.min == salary.max:
            value["value"] = salary.min
        else:
            value["minValue"], value["maxValue"] = salary.min, salary.max
        data["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": salary.currency,
            "value": value,
        }
    return data
