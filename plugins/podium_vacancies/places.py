"""What a vacancy's place says beyond its city: remote work, how the work is
done, several places, a district after its city.

The ATS pull reads a feed's places with these (``ats.common``), and the render
step with the same words marks a remote job and names a district
(``podium_render.filters`` and ``jobposting``): one rule for both, kept apart
from the pull's client, which the render step has no use for.
"""

from __future__ import annotations

import re

from .countries import (
    REGIONS,
    VAGUE_REGIONS,
    code_for,
    municipality_of,
    state_for,
    subdivision,
)

# "Op afstand" is Dutch for remote, as the hub's own Dutch pages write it.
REMOTE_RE = re.compile(
    r"\b(remote|(?:volledig )?op afstand|thuiswerk\w*|home[ -]?office|work from home|anywhere)\b",
    re.I,
)
# What a recruiter writes in the location of a post at several offices: no
# place. Greenhouse's offices, or Lever's allLocations, then say which; without
# them the post is published in its country (with a warning at the pull), as a
# city named "Multiple Locations" was Google's addressLocality.
SEVERAL_PLACES = frozenset(
    ("multiple locations", "multiple", "several locations", "various locations", "various",
     "meerdere locaties", "diverse locaties", "verschillende locaties", "meerdere vestigingen",
     "mehrere standorte", "verschiedene standorte",
     # Anywhere in the country, or not decided: no place either.
     "nationwide", "countrywide", "landelijk", "heel nederland", "bundesweit",
     "deutschlandweit", "tbd", "tba", "to be determined", "flexible", "flexibel")
)  # fmt: skip


# How the work is done, not where: "Hybrid - Amsterdam" is in Amsterdam.
WORKPLACE_RE = re.compile(r"(hybride?|on[ -]?site|in[ -]?office|op kantoor|vor ort)", re.I)
# Remote work for part of the week, beside a remote word: "partly remote",
# "deels thuiswerken", "2 dagen thuiswerken", "teilweise Homeoffice", "work
# from home 2 days a week". That is hybrid work, at the office as Google reads
# it: TELECOMMUTE is for work done remotely all the time.
# So is working at home as a possibility: "Thuiswerken mogelijk", "thuiswerken
# bespreekbaar", "Homeoffice möglich", "remote possible", "remote optional"
# are how Dutch, German and English ads offer some days at home in a job at
# its office (a job done remotely all the time says "remote", "volledig op
# afstand", "100% remote"); read as remote, it was TELECOMMUTE.
POSSIBLE = r"mogelijk|bespreekbaar|optioneel|möglich|possible|optional"
PART_REMOTE_RE = re.compile(
    r"\b(?:partly|partially|deels|gedeeltelijk|teilweise|anteilig)\b"
    rf"|\b\d+\s*(?:x|days?|dagen|dag|tage|tagen)\b|\b(?:{POSSIBLE})\b",
    re.I,
)
# A part that says only how the work is done: "Hybrid", "On-site", "hybrid
# possible", "Hybrid working", "hybride werken", "Hybrides Arbeiten" (each was
# a city of that name, or after a city its street).
WORKPLACE_ONLY_RE = re.compile(
    rf"{WORKPLACE_RE.pattern}s?(?:\s+(?:work(?:ing)?|werken|arbeiten|(?:werk)?model))?"
    rf"(?:\s+(?:{POSSIBLE}))?",
    re.I,
)


# A part of a place that can only be a city's name: letters, spaces, "-", "'"
# and "." (no digits: "Herengracht 1, Amsterdam" is one address); Dutch
# names may open with "'s-" ('s-Hertogenbosch, 's-Gravenhage) and shorten
# "aan de(n)" to "a/d" ("Capelle a/d IJssel"): a slash between two single
# letters, not the one of "Frankfurt/Main".
CITY_WORDS_RE = re.compile(
    r"(?:['’]s[ -])?[^\W\d_](?:[^\W\d_]|[ .'’-]|(?<=\b[^\W\d_])/(?=[^\W\d_]\b))*"
)


# What names a region, not a city, in the "City, Region" form ATSs write:
# "London, Greater London", "Dublin, Co. Dublin", "Madrid, Community of
# Madrid", "Warsaw, Masovian Voivodeship", "Breda, Provincie Noord-Brabant".
_REGION_WORDS_RE = re.compile(
    r"(?<!\w)(greater|county|co\.|province|provincie|provincia|provinz|region|regio|región|"
    r"district|canton|kanton|state|community|comunidad|voivodeship|oblast|metropolitan|"
    r"metro|area|gemeente|municipality|borough|bezirk|kreis|landkreis|département)(?!\w)",
    re.IGNORECASE,
)
# A region's code ("Zürich, ZH", "Amsterdam, NH"): two or three capitals, no city.
_REGION_CODE_RE = re.compile(r"[A-Z]{2,3}")


def region_of(part: str, before: list[str]) -> bool:
    """Whether ``part``, after the parts ``before`` it, names a region, not a city:
    by a word for one, as a code, or after the city it is named for ("Dublin,
    County Dublin", "Cambridge, Cambridgeshire", "Amsterdam, Amsterdam-Zuidoost")."""
    if _REGION_WORDS_RE.search(part) or _REGION_CODE_RE.fullmatch(part):
        return True
    key = " ".join(part.split()).casefold()
    return any(
        re.search(r"(?<!\w)" + re.escape(" ".join(b.split()).casefold()), key) for b in before if b
    )


def several_places(part: str) -> bool:
    """ "Multiple Locations" and its kind: words for several places, no place."""
    return " ".join(part.split()).casefold() in SEVERAL_PLACES


def district(part: str, city: str, country: str | None) -> bool:
    """Whether ``part``, written after ``city`` in ``country``, names a district
    or town of it, the office's address, as ``_place`` reads a feed's place: no
    country, state, province or region ("Amsterdam, Netherlands", "München,
    Bayern", "Utrecht, Randstad"), nor how or where else the work is done."""
    part = part.strip()
    if (
        WORKPLACE_ONLY_RE.fullmatch(part)
        or several_places(part)
        or REMOTE_RE.search(part)
        or subdivision(part)[0]
        or code_for(part)
        or state_for(part, country)
    ):
        return False
    return _district(part, city)


def _district(part: str, city: str | None) -> bool:
    """Whether ``part``, after ``city``, is a district's or town's name: words
    only, no region of the city ("Greater London", "Amsterdam-Zuidoost", "ZH")
    nor the municipality it is in ("Zaandam, Zaanstad")."""
    return bool(
        city
        and CITY_WORDS_RE.fullmatch(part)
        and not region_of(part, [city])
        and part.casefold() not in REGIONS
        and part.casefold() not in VAGUE_REGIONS
        and not municipality_of(part, city)
    )
