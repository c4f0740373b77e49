"""Jinja filters for vacancy facts, in the page's language."""

from __future__ import annotations

import html
import re
from typing import Any

from markupsafe import Markup, escape

from podium.i18n import translate
from podium_tag.vocab import COMPOUND_LANGS
from podium_vacancies.countries import (
    any_city_key,
    city_key,
    city_named,
    country_name,
    region_name,
)
from podium_vacancies.places import REMOTE_RE

# A remote entry open in more countries than this ("Remote (EU)": 27) lists
# their codes: 27 names would fill a line of the job list.
_NAMED_COUNTRIES = 6
# A job in more places than this shows the first ones and how many more: 40
# cities made one line of 427 characters on the job list and the job's page
# (the page lists them all when opened; its JobPosting names every office).
_NAMED_PLACES = 6


def job_location(location: Any, lang: str) -> str:
    # The state as US and Canadian addresses give it ("Austin, TX"): the
    # JobPosting's addressRegion, shown as Google asks.
    city = location.city
    if city and getattr(location, "region", None):
        city = f"{city}, {location.region}"
    if location.remote and city:
        return f"{city} · {translate('remote', lang)}"
    if location.remote:
        return translate("remote_in", lang, country=_area(location, lang))
    return city or country_name(location.country, lang)


def _area(location: Any, lang: str | None) -> str:
    """Where a remote place without a city is open: "Nederland", or "Texas,
    Verenigde Staten" for a state ("Remote - Texas"), as its
    applicantLocationRequirements says; the country's code for a country not
    in countries.COUNTRY_NAMES, a language not there, or ``lang`` None."""
    region = getattr(location, "region", None)
    country = country_name(location.country, lang) if lang else location.country
    if region and not location.city:
        return f"{region_name(region, location.country)}, {country}"
    return country


def job_address(location: Any) -> str:
    """An office's address as written where it is, for a place that gives its
    street or postal code (else ""): "Oudegracht 12, 3511 AB Utrecht", or in
    the US and Canada "600 Congress Ave, Austin, TX 78701"."""
    street = getattr(location, "street", None)
    postal = getattr(location, "postal_code", None)
    if not location.city or not (street or postal):
        return ""
    region = getattr(location, "region", None)
    if location.country in ("US", "CA"):
        tail = " ".join(part for part in (region, postal) if part)
        parts = (street, location.city, tail)
    else:
        town = " ".join(part for part in (postal, location.city) if part)
        parts = (street, f"{town}, {region}" if region else town)
    return ", ".join(part for part in parts if part)


def job_locations(locations: Any, lang: str, countries: bool = False, every: bool = False) -> str:
    """Every place of a job, "; " between them: "Utrecht (NL); Remote (NL, BE, DE)".

    The remote places without a city are one entry, their countries together:
    "Remote (EU)" stands for 27 countries, each in the JobPosting, which as 27
    entries would fill the list. ``countries``: a city's country in brackets.
    Countries by name in the page's language ("Utrecht (Nederland)"), but the
    remote entry of more than ``_NAMED_COUNTRIES`` by code. More entries than
    ``_NAMED_PLACES`` are the first ones and how many more ("... Leiden en 35
    andere plaatsen"), unless ``every``.
    """
    parts: list[str] = []
    remote_places = [p for p in locations if p.remote and not p.city]
    named = lang if len(remote_places) <= _NAMED_COUNTRIES else None
    remote: list[str] = []
    for place in locations:
        if place.remote and not place.city:
            if not remote:
                parts.append("")  # where the remote entry goes, once its countries are known
            remote.append(_area(place, named))
            continue
        label = job_location(place, lang)
        if countries and place.city:
            label = f"{label} ({country_name(place.country, lang)})"
        if label not in parts:  # two offices in one city (two streets) are the city once
            parts.append(label)
    # "Texas, US; NL": a comma between countries would make "Texas, US, NL" one list.
    sep = "; " if any("," in area for area in remote) else ", "
    entry = translate("remote_in", lang, country=sep.join(remote)) if remote else ""
    parts = [part or entry for part in parts]
    if every or len(parts) <= _NAMED_PLACES:
        return "; ".join(parts)
    shown = parts[: _NAMED_PLACES - 1]
    if entry and entry not in shown:
        # Remote work is what many seekers look for first: never among the hidden.
        shown = [*parts[: _NAMED_PLACES - 2], entry]
    more = len(parts) - len(shown)
    return translate("more_places", lang, places="; ".join(shown), count=more)


def job_location_key(location: Any) -> str:
    """The location filter's value: "utrecht", "portland-or", "new-york-ny".

    With the state, as the place is shown: "Portland, OR" and "Portland, ME"
    are two places. One word: filters.js matches a job's places as the words
    of its data-location, where "new york" would be found by the filter "york".
    """
    if location.remote and not location.city:
        return "remote"
    # One city by any of its names ("The Hague" is "Den Haag"): one option; a
    # city with its district ("Amsterdam, Noord") under the city.
    city = location.city and city_named(location.city, location.country)
    place = city and city_key(city, location.country) or city
    place = place or location.country
    if location.city and getattr(location, "region", None):
        place = f"{place} {location.region}"
    return "-".join(place.lower().split())


def job_places(
    location: Any, lang: str, shared: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """The location filters' (key, name) pairs a place is found under: its
    own (job_location_key, job_place), and for a remote place with a city
    ("Amsterdam · Op afstand", a feed's "Amsterdam (Remote)") "remote" too,
    as its JobPosting is TELECOMMUTE: under its city alone, a seeker who
    chose "Op afstand" never saw it. A key in ``shared`` (shared_place_keys:
    Bergen in Norway and in the Netherlands) takes its country, in the key
    and in the name ("bergen-no", "Bergen (Noorwegen)")."""
    key, name = job_location_key(location), job_place(location, lang)
    if key in shared:
        key = f"{key}-{location.country.lower()}"
        name = f"{name} ({country_name(location.country, lang)})"
    places = [(key, name)]
    if location.remote and location.city:
        places.append(("remote", translate("remote", lang)))
    return places


def shared_place_keys(places: Any) -> frozenset[str]:
    """The location filters' keys (job_location_key) that ``places`` give in
    more than one country: "bergen" for Bergen in Norway and Bergen in
    Noord-Holland, which were one option, so a seeker who picked it got the
    jobs of both. Only those take their country (job_places): a city no other
    country shares keeps its key, as the addresses people shared say
    ("?location=utrecht"), and its name without a country."""
    countries: dict[str, set[str]] = {}
    for place in places:
        if place.city:
            countries.setdefault(job_location_key(place), set()).add(place.country)
    return frozenset(key for key, found in countries.items() if len(found) > 1)


def story_place_key(location: str) -> str:
    """A story's ``location`` as job_location_key keys a job's place, though a
    story names no country: "den-haag" for "The Hague" or "Den Haag, Centrum"
    (its first part that is a large city), "remote" for "Op afstand" or
    "Remote" (the jobs' remote option), else its own words."""
    if REMOTE_RE.fullmatch(location.strip()):
        return "remote"
    for part in (location, *location.split(",")):
        key = any_city_key(part)
        if key:
            return "-".join(key.split())
    return "-".join(location.lower().split())


def job_place(location: Any, lang: str) -> str:
    """The location filter's name: a city with its state ("Austin, TX", as
    the job list shows it), or "Remote" (as on story pages)."""
    if location.remote and not location.city:
        return translate("remote", lang)
    city = location.city and city_named(location.city, location.country)
    if city and getattr(location, "region", None):
        return f"{city}, {location.region}"
    return city or country_name(location.country, lang)


def money(amount: float, lang: str, cents: bool | None = None) -> str:
    """4200 -> '4,200' (en) or '4.200' (nl): each language's separators (strings.yml).

    ``cents`` forces (or drops) the two decimals, so both ends of a range have
    them when one does ("14,50 – 17,00", not "14,50 – 17").
    """
    if cents is None:
        cents = not float(amount).is_integer()
    text = f"{amount:,.2f}" if cents else f"{amount:,.0f}"
    swap = {",": translate("thousands_separator", lang), ".": translate("decimal_separator", lang)}
    return "".join(swap.get(c, c) for c in text)


def salary(value: Any, lang: str) -> str:
    # "$" alone is also Canada's, Australia's and Mexico's: CLDR's nl and its
    # international English (en-001, en-GB) write the US dollar "US$".
    sign = {"EUR": "€", "USD": "US$", "GBP": "£"}.get(value.currency)
    bounds = [b for b in (value.min, value.max) if b is not None]
    cents = not all(float(b).is_integer() for b in bounds)

    def priced(amount: float) -> str:
        text = money(amount, lang, cents)
        if sign is None:  # a currency code is a word: "CHF 4.200" in every language
            return f"{value.currency}\u00a0{text}"
        return translate("currency_format", lang, sign=sign, amount=text)

    if value.max is None:  # a floor: "vanaf € 4.200"
        amount = translate("pay_from", lang, amount=priced(value.min))
    elif value.min is None:  # a cap: "tot € 5.600"
        amount = translate("pay_up_to", lang, amount=priced(value.max))
    elif value.min == value.max:
        amount = priced(value.min)
    else:
        amount = f"{priced(value.min)} – {priced(value.max)}"
    return f"{amount} {translate('per_' + value.unit, lang)}"


# A word of at least this many letters is a likely compound ("Klantadviseur").
_COMPOUND = 8
_PART = 4  # the shortest part searched for ("pomp", "team")
_LETTERS = re.compile(r"[^\W\d_]+")


def search_parts(*texts: str | None, lang: str) -> str:
    """The ends of the long words of ``texts``, for the search index.

    Dutch (like German and the Nordic languages) writes compounds as one word,
    and Pagefind finds a word by its start only: "adviseur" did not find the
    job "Klantadviseur". Every end of at least ``_PART`` letters of a word of
    at least ``_COMPOUND`` ("adviseur", "dviseur", ...) makes a part found as
    a job seeker types it; given to Pagefind as metadata, which is searched
    but never shown in an excerpt. Titles and roles only: short, and where a
    job seeker looks. In ``lang`` only if it writes compounds so (as a story's
    text, ``keywords_inside``): an English title's ends are pieces of words,
    no words ("oper" found "Software developer", "tant" every "Consultant").
    """
    if lang not in COMPOUND_LANGS:
        return ""
    parts: dict[str, None] = {}
    for text in texts:
        for word in _LETTERS.findall(text or ""):
            word = word.lower()
            if len(word) >= _COMPOUND:
                for start in range(_PART - 1, len(word) - _PART + 1):
                    parts[word[start:]] = None
    return " ".join(parts)


# An abbreviation's expansion as the sanitiser writes it (double quotes, escaped).
_ABBR_TITLE = re.compile(r'<abbr\b[^>]*?\stitle="([^"]*)"', re.IGNORECASE)
_WORDS = re.compile(r"\w+")


def abbr_titles(content: str | None) -> str:
    """The words of the expansions a story writes for its abbreviations, each
    once, for the search index: ``<abbr title="Customer Success Manager">CSM
    </abbr>`` was found by "CSM" only. Given to Pagefind as metadata (searched,
    never in an excerpt): indexed as text, Pagefind put it in the sentence and
    ended it there ("Onze Customer Success Manager. CSM helpt je."). Words
    only: a comma would start another metadata field."""
    words: dict[str, None] = {}
    for title in _ABBR_TITLE.findall(content or ""):
        words.update(dict.fromkeys(_WORDS.findall(html.unescape(title))))
    return " ".join(words)


def filter_value(text: Any) -> str:
    """``text`` as the value of a search filter: ``data-pagefind-filter="Name:{{
    text|filter_value }}"`` (never the element's text, which Pagefind reads alike).

    Pagefind reads the character references of a filter's value once more than
    HTML does (the text "&lt;b&gt;", in the page ``&amp;lt;b&amp;gt;``, was the
    filter "<b>"), and its UI writes a filter's value into the search page as
    HTML: a theme, team or place named ``&lt;img src=x onerror=alert(1)&gt;``,
    plain text to the field checks and to every page, ran its script on the
    search page, and so did a team's name with a tag in it (a setting, which
    no tag check reads). Escaped here and again by the template's autoescape,
    the value Pagefind keeps is the text as written ("Werk & privé", as a
    link's ``?filter=`` names it) but for a "<", which it keeps as "&lt;": its
    UI shows the text, and draws no tag."""
    return str(escape(str(text).replace("<", "&lt;")))


def story_links(fragment: str | None, article: Any) -> Markup:
    """A part of ``article`` (an interview's intro, a question, an answer) with its
    ``{filename}`` links to other stories as their URLs, as in the story's content.

    Pelican resolves them in the content (and the fields it formats) only, and an
    interview's page shows its parts instead: a link from an answer went out as
    the address "{filename}/columns/ben-bakker.md". Every other link syntax was
    refused or taken out by the read step, so this resolves nothing else."""
    text = str(fragment or "")
    if "{filename}" not in text and "|filename|" not in text:
        return Markup(text)
    return Markup(article._update_content(text, article.get_siteurl()))


FILTERS = {
    "filter_value": filter_value,
    "story_links": story_links,
    "abbr_titles": abbr_titles,
    "job_address": job_address,
    "job_location": job_location,
    "job_location_key": job_location_key,
    "job_locations": job_locations,
    "job_place": job_place,
    "job_places": job_places,
    "salary": salary,
    "search_parts": search_parts,
}
