"""What every vendor module shares: mapping vendor vocabularies onto the model.

Vendor modules stay pure (bytes in, vacancies out) and small: they pick
fields out of their payload and hand them to ``vacancy()``, which applies
the rules that must be the same for every ATS.

Skip rules (documented for recruiters):

* Prospect / talent-pool posts are not vacancies: no job, so no JobPosting
  (Google treats them as spam). A post is one when its title says so
  ("talent pool", "open application", "open sollicitatie",
  "Initiativbewerbung", "prospect", ...) or, for Greenhouse, when a custom
  field named "prospect"/"post type" says so.
* Posts without a web address to apply at, or without a known country
  (and no ``default_country`` for the feed), cannot be advertised and are
  skipped with a warning.
* A post whose description nests HTML elements more than ``MAX_NESTING``
  deep (tags opened and never closed) is skipped with a warning: the
  sanitiser would spend minutes on it.
* Duplicates: the first of several posts with the same id (in any case), or with the same
  title + location + apply URL, wins (feeds repeat posts across pages and
  offices); another job under an id already taken is skipped with a warning.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import html as htmllib
import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from podium.chars import BIDI_RE, BODY_BIDI_RE, CHAR_REF_RE, FORBIDDEN_RE
from podium.errors import one_line
from podium.markup import unreachable, web_address
from podium.slugs import slugify

from .. import html
from ..countries import (
    EUROPE,
    JOIN_RE,
    REGIONS,
    VAGUE_REGIONS,
    city_country,
    city_key,
    code_for,
    dutch_town,
    known_place,
    state_for,
    subdivision,
)
from ..currencies import CODES as CURRENCIES
from ..currencies import code_of
from ..feeds import FeedConfig
from ..model import ID_RE, MAX_PAY, MAX_TITLE, OLDEST_POSTED, Location, Salary, Vacancy
from ..places import (
    CITY_WORDS_RE,
    PART_REMOTE_RE,
    POSSIBLE,
    REMOTE_RE,
    WORKPLACE_ONLY_RE,
    WORKPLACE_RE,
    _district,
    region_of,
    several_places,
)


class FeedError(Exception):
    """A feed that cannot be used at all; the message is one line."""


class TooManyJobs(FeedError):  # noqa: N818 - named for what the pull says of it
    """More open jobs than the feed's ``max_jobs``: ``listed`` is how many posts it lists."""

    def __init__(self, listed: int) -> None:
        super().__init__(f"the feed lists {listed:,} jobs")
        self.listed = listed


class Skip(Exception):  # noqa: N818 - a signal, not an error
    """One post that is not (or cannot be) a vacancy; the message says why."""


PROSPECT_RE = re.compile(
    r"\b(prospect|talent ?pool|open (application|sollicitatie)|spontaneous application|"
    r"unsolicited application|initiativbewerbung|open sollicitaties?)\b",
    re.IGNORECASE,
)
# Between places: "Utrecht; Berlin", "Utrecht | Berlin", "London or Remote",
# "Amsterdam / Rotterdam". The English "or" only: Dutch "of" is also "Isle of
# Man". A slash between spaces only: "Frankfurt/Main" is one city.
PLACES_RE = re.compile(r"[;|]|\s+or\s+|\s+/\s+", re.IGNORECASE)


def split_places(text: str) -> list[str]:
    """``text``'s places, split where PLACES_RE matches, but not inside
    brackets of districts: "Amsterdam (Noord or Zuid)" is one place in one of
    two districts, as "Amsterdam (Noord, Zuid)" is; split there, "Zuid)" was a
    second city on the job's page and in its JobPosting. Brackets of countries
    ("Remote (Netherlands or Belgium)") are places, split as before."""
    pieces, start, depth, opened = [], 0, 0, 0
    spans = {m.start(): m.end() for m in PLACES_RE.finditer(text)}
    for index, char in enumerate(text):
        if char in "([":
            depth, opened = depth + 1, (index if depth == 0 else opened)
        elif char in ")]" and depth:
            depth -= 1
            inside = PLACES_RE.split(text[opened + 1 : index])
            if len(inside) > 1 and all(code_for(p.strip()) for p in inside):
                return PLACES_RE.split(text)
        elif index in spans and depth == 0 and index >= start:
            pieces.append(text[start:index])
            start = spans[index]
    pieces.append(text[start:])
    # A bracket never closed ("Amsterdam (Noord; Rotterdam") closes nothing:
    # split as before, each place on its own.
    return pieces if depth == 0 else PLACES_RE.split(text)


# Agency work ("uitzendbaan", "uitzendkracht") is TEMPORARY: the agency's
# contract ends with the placement (the "uitzendbeding" of Dutch law), the
# short-term engagement Google's TEMPORARY names.
_TEMPORARY = (
    r"temporary|(?<!con)temp(?!late)|fixedterm|tijdelijk|seasonal|befristet"
    r"|seizoen|vakantiewerk|vakantiebaan|vakantiekracht|vakantiehulp|saison|ferienjob|uitzend"
)
# First match wins, so specific kinds come before the schedule words they
# are often combined with ("parttime_fixed_term" is PART_TIME). Patterns run
# on the lower-case words with everything but letters removed ("Full-time"
# -> "fulltime"), so compounds such as "afstudeerstage" match too.
_EMPLOYMENT = (
    # An on-call employee ("oproepkracht", a zero-hours or min-max contract,
    # "invalkracht") works as needed: Google's PER_DIEM, "an employee ... on an
    # as-needed basis with a flexible schedule". No CONTRACTOR: it is an
    # employment contract (an "oproepovereenkomst"), and it had no type at all.
    (r"perdiem|oproep|afroep|invalkracht|zerohour", "PER_DIEM"),
    (r"volunteer|vrijwilli|ehrenamt", "VOLUNTEER"),
    # "intern", not "international" or "internal"/"interne" (an in-house post).
    # A Dutch vocational pupil's place ("BBL", work with a day of school; "BOL",
    # school with a work placement; "leerwerkplek") is an apprenticeship, as
    # the German "Ausbildung" is: training on the job, INTERN.
    (r"intern(?!ation|al|e)|trainee|stage|stagiair|apprentice|afstudeer|praktik|ausbildung"
     r"|leerwerk|werkleer",
     "INTERN"),
    (r"freelance|contract|zzp", "CONTRACTOR"),
    # A side job ("bijbaan", "Nebenjob") is a few hours beside school or
    # another job: it had no type, out of Google's part-time filter.
    # So is a Saturday or weekend job ("zaterdaghulp", "weekendbaan").
    (r"parttime|deeltijd|teilzeit|workingstudent|werkstudent|minijob|bijbaan|nebenjob|sidejob"
     r"|(?:zaterdag|weekend)(?:baan|hulp|kracht|job)",
     "PART_TIME"),
    # Not "permanent" (vast, unbefristet, Festanstellung, regular): a
    # contract's length, no hours. Google's FULL_TIME is a full week's hours
    # (Cloud Talent's EmploymentType, the same values): a permanent job at
    # 24 hours was in its full-time filter. It has no type, or its schedule's.
    (r"fulltime|voltijd|vollzeit", "FULL_TIME"),
    # Seasonal and holiday work in Dutch and German too ("Seizoenswerk" had no type).
    (_TEMPORARY, "TEMPORARY"),
)  # fmt: skip
# A contract's length is no contractor: "vast contract" (Dutch) and
# "unbefristeter Vertrag" are permanent jobs (of no type), "tijdelijk contract" and
# "fixed-term contract" temporary ones. Rewritten before the table is read.
# Dutch says it most often as "(contract voor) onbepaalde tijd" (permanent)
# and "bepaalde tijd" or "jaarcontract" (fixed term); "onbepaalde" goes first,
# since it ends in "bepaalde".
_QUALIFIED = (
    (re.compile(r"(?:contract|arbeidsovereenkomst|dienstverband)?(?:voor)?onbepaaldetijd"),
     "permanent"),
    (re.compile(r"(?:contract|arbeidsovereenkomst|dienstverband)?(?:voor)?bepaaldetijd"),
     "fixedterm"),
    (re.compile(r"(?:half)?jaarcontract|jahresvertrag"), "fixedterm"),
    (re.compile(r"unbefristete?[nrs]?"), "permanent"),
    (re.compile(r"(?:vaste?|permanent)(?:contract|vertrag|dienstverband|aanstelling)"),
     "permanent"),
    (re.compile(r"(?:fixedterm|tijdelijke?|temporary|befristete?[nrs]?)"
                r"(?:contract|vertrag|dienstverband|aanstelling)"), "fixedterm"),
)  # fmt: skip
_UNITS = (
    (("hour", "uur", "stunde"), "HOUR"),
    (("day", "daily", "dag", "tag"), "DAY"),
    (("week", "woche"), "WEEK"),
    (("month", "maand", "monat"), "MONTH"),
    (("year", "annual", "annum", "jaar", "jahr"), "YEAR"),
)


def is_prospect(title: str) -> bool:
    return bool(PROSPECT_RE.search(title or ""))


# Read on the words before they are squashed, where digits and word ends still
# count: "0-urencontract" (a zero-hours contract: on call) and "40-urencontract"
# (hours, no contractor) both squash to "urencontract"; "BBL" and "BOL" are
# words of their own ("symbol" is no "BOL").
_WORDS = (
    (re.compile(r"\b(?:0|nul)[\s-]*ur(?:en)?(?:[\s-]*contract)?\b"), " oproep "),
    (re.compile(r"\bmin[\s/-]*max(?:[\s-]*contract)?\b"), " oproep "),
    (re.compile(r"\b\d+[\s-]*ur(?:en)?[\s-]*contract\b"), " "),
    (re.compile(r"\b(?:bbl|bol)\b"), " apprentice "),
)
# A Dutch compound on "-contract" names a kind of employment contract, never a
# contractor: "arbeidscontract" (any employment), "uitzendcontract" (agency),
# "oproepcontract" (on call), "detacheringscontract" (secondment). A
# secondment ("detachering") says neither hours nor length: the employee of
# the secondment firm may be permanent, so it gives no type of its own.
_DUTCH_CONTRACT = re.compile(r"(arbeids|uitzend|oproep|detacherings?|flex|leerwerk)contract")


def _squashed(value: str | None) -> str:
    """Vendor words as the tables read them: lower-case letters only, a
    contract's length rewritten ("vast contract" -> "permanent")."""
    words = (value or "").lower()
    for pattern, replacement in _WORDS:
        words = pattern.sub(replacement, words)
    squashed = _DUTCH_CONTRACT.sub(r"\1", re.sub(r"[^a-z]", "", words))
    for pattern, replacement in _QUALIFIED:
        squashed = pattern.sub(replacement, squashed)
    return squashed


def employment_type(*values: str | None) -> str | None:
    """The schema.org employment type of vendor words like "Full-time", or None."""
    for value in values:
        squashed = _squashed(value)
        if not squashed:
            continue
        for pattern, kind in _EMPLOYMENT:
            if re.search(pattern, squashed):
                return kind
    return None


def only_permanent(value: str | None) -> bool:
    """Whether the words say a contract's length, permanent, and no kind of
    work ("Vast contract", "unbefristet"): no employment type at all."""
    return "permanent" in _squashed(value) and employment_type(value) is None


def employment_types(*values: str | None) -> tuple[str, ...]:
    """Like ``employment_type``, but both FULL_TIME and PART_TIME for a job that
    is offered either way ("full-or-part-time", "Voltijd of deeltijd"): one of
    them alone would hide the job from a seeker filtering for the other. A
    schedule for a fixed term ("fulltime_fixed_term", "Parttime, tijdelijk")
    is TEMPORARY too, which Google takes beside it: its schedule alone hid
    the job from a seeker filtering for temporary work."""
    kind = employment_type(*values)
    if kind not in ("FULL_TIME", "PART_TIME"):
        return (kind,) if kind else ()
    kinds: tuple[str, ...] = (kind,)
    for value in values:
        squashed = _squashed(value)
        # The schedule words only: "part-time, permanent" is one kind.
        if re.search(r"fulltime|fullor|voltijd|vollzeit", squashed) and re.search(
            r"parttime|deeltijd|teilzeit", squashed
        ):
            kinds = ("FULL_TIME", "PART_TIME")
        if employment_type(value):
            break
    # The contract's length in the schedule's value or a field of its own
    # (Greenhouse's "Employment type: Full-time", "Contract type: Fixed-term").
    if any(re.search(_TEMPORARY, _squashed(value)) for value in values):
        kinds = (*kinds, "TEMPORARY")
    return kinds


# Pay per several periods: Dutch retail and agency pay "per 4 weken" (13
# times a year), "biweekly", "per half jaar". Read as its period alone it was
# a week's pay four times what it is; Google's unitText has no such period.
_PERIODS_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:bi|two|twee|drie|three|vier|four|zwei|drei|half|halve|halbe?s?|\d+)"
    r"[\s-]*(?:weeks?|weekly|weken|wekelijks|wochen|wöchentlich|maand(?:en)?|months?|"
    r"monthly|jaar|jaarlijks|years?|jahr(?:e)?|jährlich)|semi[\s-]?annual\w*|fortnight\w*)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def salary_unit(value: str | None) -> str | None:
    """HOUR/DAY/WEEK/MONTH/YEAR for vendor words like "per-year-salary", or None
    (also for several periods: "4-weekly", "biweekly")."""
    if _PERIODS_RE.search(value or ""):
        return None
    squashed = re.sub(r"[^a-z]", "", (value or "").lower())
    for needles, unit in _UNITS:
        if any(n in squashed for n in needles):
            return unit
    # The words of another alphabet than a to z, which squashing took apart:
    # German's "jährlich" was "jhrlich", no period, and the job had no pay.
    return salary_unit_word(value)


# A pay period as a word of a name ("Hourly (part-time)", "Amsterdam - per maand"):
# inside a word it is a place, "Dayton", "Dagenham", "Montague", "Weekapaug".
_PERIOD_WORDS = {
    "HOUR": ("hour", "hours", "hourly", "uur", "uurloon", "stunde", "stundenlohn", "stündlich"),
    "DAY": ("day", "days", "daily", "dag", "dagen", "dagloon", "tag", "tage", "täglich"),
    "WEEK": ("week", "weeks", "weekly", "weken", "wekelijks", "woche", "wöchentlich"),
    "MONTH": ("month", "months", "monthly", "maand", "maanden", "maandelijks", "maandloon",
              "maandsalaris", "monat", "monatlich"),
    "YEAR": ("year", "years", "yearly", "annual", "annually", "annum", "jaar", "jaarlijks",
             "jaarsalaris", "jahr", "jährlich", "jahresgehalt"),
}  # fmt: skip


def salary_unit_word(text: str | None) -> str | None:
    """HOUR/DAY/WEEK/MONTH/YEAR where a whole word of ``text`` names it, or None."""
    words = set(re.findall(r"[^\W\d_]+", (text or "").lower()))
    for unit, names in _PERIOD_WORDS.items():
        if words.intersection(names):
            return unit
    return None


def number(value) -> int | float | None:
    """A salary amount from a number or a string like "4.200" / "4200.50"; else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        text = value.strip().replace(" ", "")
        # "4.200" and "4,200" are thousands separators in salary fields, "4200.50" is not.
        text = re.sub(r"[.,](?=\d{3}(?:\D|$))", "", text).replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            return None
    if not isinstance(value, (int, float)) or value < 0:
        return None
    # "1e999", "nan" and 400-digit integers are not salaries: infinity and NaN
    # would be written into JobPosting JSON (which has no such numbers), and
    # float() of a huge int raises OverflowError instead of skipping the post.
    try:
        as_float = float(value)
    except OverflowError:
        return None
    if not math.isfinite(as_float):
        return None
    return int(value) if as_float.is_integer() else round(as_float, 2)


def salary(
    low,
    high,
    currency,
    unit_words,
    warn: Callable[[str], None] | None = None,
    names: tuple[str, str] = ("min", "max"),
) -> Salary | None:
    """A Salary, or None when the feed's numbers, currency or period are unusable.

    Amounts that are no pay (a max below the min, a million million or more:
    thirty digits pasted, "1e308") are left out with a word to ``warn``: sent
    on, they were the JobPosting's baseSalary, and then the snapshot's, which
    the build only warns of. So is a bound that is no amount ("lots"), named
    by its field in the feed (``names``: the min's and the max's)."""
    for name, written in zip(names, (low, high), strict=True):
        if not missing(written) and number(written) is None:
            # Left out quietly, the build said the ATS post had no pay; with
            # the other bound alone, "lots - 4000" would be the cap "tot 4000".
            if warn is not None:
                warn(
                    f"its pay's {name} {as_written(written, 40)} is no amount Podium can "
                    'read (a number, like 4200 or "4.200"); it is published without pay: '
                    "fix the pay in the ATS and pull again"
                )
            return None
    # One bound is a floor or a cap (Recruitee's {min: 4000, max: null}), not
    # the exact pay: taken as both, "from 4000" reached Google as 4000.
    low, high = number(low), number(high)
    unit = salary_unit(unit_words)
    cur = code_of(currency)  # "€" or "Euro" in the field is the euro
    # A 0 is a bound left empty (Recruitee's form keeps 0 there), not stated: no
    # one is offered nothing. {min: 0, max: 4000} is a cap, "tot € 4.000", as
    # {min: null, max: 4000} is; it went out without pay, which the pay check
    # called a job with no salary. (A negative amount is no number to number().)
    low, high = low or None, high or None
    if low is None and high is None:
        return None
    if unit is None or cur not in CURRENCIES:
        # Google reads no baseSalary without its period (unitText) and its
        # currency: the job went out without pay, the ATS's pay unsaid.
        if warn is not None:
            warn(_pay_unread(low, high, cur, unit, unit_words))
        return None
    huge = next((x for x in (low, high) if x is not None and x >= MAX_PAY), None)
    if huge is not None or low is not None and high is not None and low > high:
        if warn is not None:
            what = (
                f"an amount of {huge:.3g} {cur}, which is no pay"
                if huge is not None
                else f"a minimum of {low:,} {cur} above its maximum of {high:,}"
            )
            warn(
                f"its pay gives {what}; it is published without pay: fix the pay in the ATS "
                "and pull again"
            )
        return None
    return Salary(min=low, max=high, currency=cur, unit=unit)


def _pay_unread(low, high, cur: str, unit: str | None, unit_words) -> str:
    amounts = " - ".join(f"{x:,g}" for x in (low, high) if x is not None)
    if unit is None:
        given = f' "{one_line(str(unit_words))[:40]}"' if str(unit_words or "").strip() else ""
        missing = f"no period{given} Google reads (per hour, day, week, month or year)"
    else:
        missing = f'no currency Google reads ("{cur[:10]}" is no ISO code such as EUR)'
    return (
        f"its pay ({amounts}) gives {missing}; it is published without pay: "
        "fix the pay in the ATS and pull again"
    )


_CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP"}


def salary_from_text(text: str | None, warn: Callable[[str], None] | None = None) -> Salary | None:
    """A Salary from a free-text pay line like "€ 3.200 - € 3.900 per maand".

    The pay is the amount written with its currency ("€ 3.200", "3.900 EUR")
    and the one a dash or "tot" joins to it: a part-time job's "32-40 uur per
    week, € 3.200 per maand" was paid "€ 32 – € 40 per uur". "60k" is 60,000.
    ``warn`` hears of pay it cannot state (no period: "per 4 weken"), for a
    field that holds the pay alone, not prose where an amount may be a bonus.
    """
    if not text or not text.strip():
        return None
    text = _THOUSANDS_RE.sub(lambda m: _GROUP_SEPARATOR_RE.sub("", m.group()), text)
    sign = next((code for s, code in _CURRENCY_SIGNS.items() if s in text), None)
    code = re.search(r"\b(EUR|USD|GBP|CHF|DKK|SEK|NOK|PLN|CZK|HUF)\b", text, re.I)
    currency = code.group(1).upper() if code else sign
    if currency is None and re.search(r"\beuros?\b", text, re.I):
        currency = "EUR"
    tokens = list(_AMOUNT_RE.finditer(text))
    if not tokens or currency is None:
        return None
    money = [i for i, m in enumerate(tokens) if _with_currency(text, m)]
    first = money[0] if money else 0
    if first > 0 and _RANGE_RE.fullmatch(text[tokens[first - 1].end() : tokens[first].start()]):
        first -= 1  # "3.200 - 3.900 EUR": the currency is written after the range
    low = tokens[first]
    high = tokens[first + 1] if first + 1 < len(tokens) else None
    if high is not None and not _RANGE_RE.fullmatch(text[low.end() : high.start()]):
        high = None
    period = _pay_period(text[(high or low).end() :])
    low_amount = _amount(low)
    if high is not None:
        return salary(low_amount, _amount(high), currency, period, warn)
    # One amount: a floor after "vanaf"/"from"/"ab", a cap after
    # "tot"/"up to"/"max", else the pay itself; read in its own part of the
    # line ("tot 40 uur, € 3.200" is no cap).
    start = tokens[first - 1].end() if first else 0
    before = re.split(r"[,;.:()\n]\s", text[start : low.start()])[-1]
    if _FLOOR_RE.search(before):
        return salary(low_amount, None, currency, period, warn)
    if _CAP_RE.search(before):
        return salary(None, low_amount, currency, period, warn)
    return salary(low_amount, low_amount, currency, period, warn)


# A line of an ad that is about its pay, and one about another sum (a bonus,
# a budget, an allowance), which a range of money there is as often as pay.
_PAY_LINE = re.compile(r"salar|\bpay\b|loon\b|\bbruto|\bgross\b|gehalt|verg[üu]tung|compensation"
                       r"|beloning|inkomen", re.I)  # fmt: skip
_OTHER_SUM = re.compile(r"bonus|budget|vergoeding|allowance|toeslag|reiskosten|provisie"
                        r"|commission|equity|stipend|zulage|prämie", re.I)  # fmt: skip


def salary_in_prose(text: str) -> Salary | None:
    """The pay range a job ad's own text states ("Salaris: € 3.200 - € 4.100
    per maand"), only where that cannot be read two ways: the text's one
    range of money, on a line (paragraph, list item) that names the pay and
    no other sum, with its currency and period. Anything else is no pay:
    a training budget's "€ 1.000 - € 2.000 per jaar" was the job's pay."""
    lines = [(line, _money_ranges(line)) for line in text.split("\n")]
    found = [line for line, count in lines if count]
    if sum(count for _line, count in lines) != 1:
        return None
    if not _PAY_LINE.search(found[0]) or _OTHER_SUM.search(found[0]):
        return None
    pay = salary_from_text(found[0])
    return pay if pay is not None and pay.min is not None and pay.max is not None else None


def _money_ranges(line: str) -> int:
    """How many ranges of money a line holds: two amounts joined as a range
    ("3.200 - 3.900"), one written with its currency ("32-40 uur" is none)."""
    line = _THOUSANDS_RE.sub(lambda m: _GROUP_SEPARATOR_RE.sub("", m.group()), line)
    tokens = list(_AMOUNT_RE.finditer(line))
    return sum(
        1
        for low, high in zip(tokens, tokens[1:], strict=False)
        if _RANGE_RE.fullmatch(line[low.end() : high.start()])
        and (_with_currency(line, low) or _with_currency(line, high))
    )


def _pay_period(after: str) -> str | None:
    """The period a pay line gives its amounts, read in ``after`` (the text that
    follows them) up to the next number: "€ 3.200 bruto, 36 uur per week" and
    "bij 40 uur" give the hours worked, not the pay's period (it was "per uur").
    A word counts whole ("maandag" ends in "dag" but is a weekday; "vakantiedagen"
    is leave), or as a pay compound ("brutomaandsalaris"); ads also abbreviate
    ("p/m", "p.j.", "/yr", "pa"), which gave no period, so the pay was left out."""
    part = re.split(r"\d", after, maxsplit=1)[0].lower()
    if _PERIODS_RE.search(part):  # "per vier weken" ("per 4 weken" stops at the 4)
        return None
    for m in _PERIOD_TOKEN.finditer(part):
        if m.group("abbr"):
            return next(u for u, r in _PERIOD_ABBREVIATIONS.items() if re.fullmatch(r, m["abbr"]))
        word = m.group("word")
        unit = salary_unit_word(word)
        compound = _PAY_COMPOUND.fullmatch(word)
        if unit is None and compound:
            unit = next((u for u, names in _PERIOD_WORDS.items()
                         if compound[1].endswith(names)), None)  # fmt: skip
        if unit:
            return unit
    return None


_PERIOD_ABBREVIATIONS = {
    "HOUR": r"p\.?\s?/?\s?u\.?|p\.?\s?/?\s?h\.?|/\s?hr?|ph",
    "MONTH": r"p\.?\s?/?\s?m\.?|pm|/\s?(?:mo|mnd|mth)",
    "YEAR": r"p\.?\s?/?\s?[ja]\.?|pa|/\s?(?:yr|y|a|jr)",
}
_PERIOD_TOKEN = re.compile(
    r"(?<![^\W\d_])(?P<abbr>" + "|".join(f"(?:{r})" for r in _PERIOD_ABBREVIATIONS.values())
    + r")(?![^\W\d_])|(?P<word>[^\W\d_]+)"
)  # fmt: skip
# A pay word with its period before it: "brutomaandsalaris", "jaarinkomen".
_PAY_COMPOUND = re.compile(r"(\w+?)(?:salaris|loon|lonen|inkomen|gehalt|lohn|salary)")


# Thousands grouped as Switzerland ("90'000", "90’000") and the Nordics and
# France ("45 000", with a space, no-break or narrow no-break space) write
# them: one amount, where the amount pattern below saw 90 and 000.
_GROUP_SEPARATOR_RE = re.compile(r"['\u2019 \u00a0\u202f]")
_THOUSANDS_RE = re.compile(r"(?<![\d.,'\u2019])\d{1,3}(?:['\u2019 \u00a0\u202f]\d{3})+(?!\d)")
# "2.500,-" is how Dutch ads write whole euros.
_AMOUNT_RE = re.compile(r"(\d[\d.,]*\d|\d)(?:[.,]-{1,2})?(\s*[kK]\b)?")
_CURRENCY_WORD = r"(?:[€$£]|\b(?:EUR|USD|GBP|CHF|DKK|SEK|NOK|PLN|CZK|HUF|euros?)\b)"
_CURRENCY_BEFORE = re.compile(_CURRENCY_WORD + r"\s*$", re.I)
_CURRENCY_AFTER = re.compile(r"^\s*" + _CURRENCY_WORD, re.I)
# What joins the two ends of a range: "3.200 - 3.900", "€ 3.200 tot € 3.900".
_RANGE_RE = re.compile(r"\s*(?:-|–|—|to|tot|bis|t/m)\s*" + _CURRENCY_WORD + r"?\s*", re.I)
_FLOOR_RE = re.compile(r"\b(vanaf|from|starting|ab|minimaal|minimum|min\.?|at least)\b", re.I)
_CAP_RE = re.compile(r"\b(tot|up to|upto|bis|maximaal|maximum|max\.?)\b", re.I)


def _with_currency(text: str, match: re.Match) -> bool:
    """Whether an amount is written with its currency, before or after it."""
    return bool(
        _CURRENCY_BEFORE.search(text[max(0, match.start() - 8) : match.start()])
        or _CURRENCY_AFTER.search(text[match.end() : match.end() + 8])
    )


def _amount(match: re.Match) -> int | float | None:
    value = number(match.group(1))
    if value is None or not match.group(2):
        return value
    value *= 1000  # "60k"
    return int(value) if float(value).is_integer() else value


def parse_date(value, timezone: str | None = None) -> dt.date | None:
    """A date from ISO 8601 ("2026-10-01T09:00:00-04:00", "...Z") or "2026-10-01 09:00:00 UTC".

    The date is the one written in the feed's own offset: a post at 23:30
    New York time is posted that day, as the recruiter sees it. A moment in
    UTC says nothing of the recruiter's clock: with ``timezone`` (the hub's)
    it is the day there, as a story's date is; a post at 23:30 UTC is the next
    day in Amsterdam. Without it (a closing moment, whose day is the last one
    open), the day as written.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00").replace(" UTC", "+00:00")
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return None
    if timezone and moment.utcoffset() == dt.timedelta(0):
        with contextlib.suppress(OverflowError):  # year 1 or 9999: the load refuses it
            return moment.astimezone(ZoneInfo(timezone)).date()
    return moment.date()


def closing_date(value, timezone: str) -> dt.date | None:
    """The last day a job is open, in the hub's ``timezone``, from a closing
    date ("2026-12-31") or moment ("2026-12-30T23:00:00Z", Recruitee's
    ``close_at``).

    A moment is the hub's clock there, as the JobPosting's validThrough is:
    read as the day written in UTC, the same moment written with its offset
    ("2026-12-31T00:00:00+01:00") was another day, and a New York hub kept
    a job open a day past its close. A job closing at midnight is not open
    that day: its last day is the one before.
    """
    day = parse_date(value)
    if day is None or not isinstance(value, str):
        return day
    text = value.strip().replace("Z", "+00:00").replace(" UTC", "+00:00")
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return day  # a date alone, or a date with text after it: that day
    if moment.utcoffset() is None:
        return day  # no zone: the day as written
    with contextlib.suppress(OverflowError):  # year 1 or 9999: the load refuses it
        local = moment.astimezone(ZoneInfo(timezone))
        return (local - dt.timedelta(microseconds=1)).date()
    return day


def date_from_epoch_ms(value, timezone: str = "UTC") -> dt.date | None:
    """Lever's ``createdAt`` (milliseconds since 1970) as its day in ``timezone``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        return dt.datetime.fromtimestamp(value / 1000, tz=ZoneInfo(timezone)).date()
    except (OverflowError, OSError, ValueError):
        return None


def parse_locations(
    text: str | None,
    feed: FeedConfig,
    country: str | None = None,
    remote: bool = False,
    warn: Callable[[str], None] | None = None,
    office: str | None = None,
) -> tuple[Location, ...]:
    """Locations from "Utrecht, Netherlands", "Remote - NL", "Utrecht" (+ feed default).

    Addresses run from small to large ("Berlin, BE, Germany": BE is the
    state of Berlin, not Belgium), so within one place a country's name beats
    a two-letter code and a later part beats an earlier one. A US state or
    Canadian province after a city, by code or name, is its country ("Austin,
    TX" and "Austin, Texas" are in the US; see countries.state_for for
    Georgia and Washington). Several places ("Utrecht, NL; Berlin,
    DE", "London, UK or Remote") are several locations, each with its own city and country (the feed
    default for one that names none; one with no country at all is left out):
    "Amsterdam; Berlin, Germany" without a default is Berlin, never Amsterdam
    in Germany. ``country`` is the post's own country field, about its first
    place; ``remote`` says the post is remote, wherever its places are.
    "Multiple Locations" (SEVERAL_PLACES) is no city: a post that names no
    other place is in its country alone, and ``warn`` is told so.

    ``office``: the ATS's own field that says the job is at its office, hybrid
    or on-site (Lever's 'workplaceType "hybrid"'), as the warning names it.
    The workplace type the recruiter picked from a list is the job's, as a
    career site's filter reads it; the location is a label: "Amsterdam or
    Remote" of a hybrid job is Amsterdam, no TELECOMMUTE (which Google keeps
    for work done remotely all the time). A remote word that was the only
    place leaves the job in its country without a city, and ``warn`` is told.
    """
    given = code_for(country)
    # Text, as a title is (see ``plain``): decoded before it is split, or the
    # ";" of "Amsterdam &amp; Rotterdam" split it into the city "Amsterdam &amp".
    text = _ENTITY_RE.sub(_entity, text or "")
    pieces = [c for p in split_places(text) for c in _cities(_joined(p, feed), feed) if c.strip()]
    places = [_place(p, feed) for p in pieces]
    found: list[Location] = []
    unplaced = said_remote = False
    # The countries the post's places name themselves: "London, UK or
    # Remote" names the UK, and its remote place of no country is remote
    # there, not in the feed's default country (the Netherlands, an office
    # the post never names).
    named = any(p[1] for p in places)
    for index, (city, code, own_remote, region, state, district, postal) in enumerate(
        places or [(None,) * 7]
    ):
        # The post's own flag makes each place remote; a remote place in its
        # text ("Remote - US") makes only itself so, and the offices in its
        # country (below).
        place_remote = remote or bool(own_remote) and office is None
        said_remote = said_remote or bool(own_remote)
        if region and place_remote:
            # "Remote (EU)", "Remote (NL, BE)": open to applicants in each of
            # its countries (or states), the feed's own first (the one its pay
            # and filters go by).
            home = [a for a in region if a[0] == feed.default_country]
            for code, state in [*home, *(a for a in region if a not in home)]:
                found.append(Location(None, code, True, region=state))
            continue
        own, code = code, (given if index == 0 else None) or code
        if code is None and not (place_remote and not city and named):
            code = feed.default_country
        # The state only in the country it is in (not when the post's own
        # country field says otherwise).
        state = state if own == code else None
        place = None
        # "Remote" of no country (none named, no default): remote where the
        # post's offices are, as "London, UK or Remote" is.
        unplaced = unplaced or place_remote and not code
        if code:
            # The district or town is the office's address, its city the
            # filter's option: "Eindhoven, Veghel" is Eindhoven at "Veghel".
            place = Location(city, code, place_remote, region=state, street=district,
                             postal_code=postal)  # fmt: skip
        if place:
            found.append(place)
    found = _remote_where(found, unplaced)
    remote = remote or unplaced or any(p.remote for p in found)
    # Each place once, in order. Here and below in one pass each: a post that
    # names thousands of places (5,000: 8 s, its feed an hour) compared them
    # all with each other.
    found = list(dict.fromkeys(found))
    if not found and given:
        found.append(Location(city=None, country=given, remote=remote))
    # "Austin, TX; Austin" (or "Austin; austin"): one city, written twice, once
    # without its state; as two places the page said "Austin, TX; Austin" and
    # Google got the city twice. The one that names its state stays, and so
    # does each district of the city: "Amsterdam, Zuidoost; Amsterdam, West"
    # are two offices, where the second was the city again, and dropped.
    fuller = {_city_key(p) for p in found if p.city and (p.region or p.street)}
    seen: set = set()
    kept = []
    for p in found:
        key = _city_key(p) if p.city else None
        mark = (key, p.region, (p.street or "").casefold())
        if key is not None and mark in seen or (not p.region and not p.street and key in fuller):
            continue
        seen.add(mark)
        kept.append(p)
    found = kept
    # "Amsterdam; Remote": the remote place in the Netherlands says no more
    # than Amsterdam (remote) does. "Austin, TX; Remote - TX" does: remote
    # applicants must live in Texas, which a city's own state does not say.
    with_city = {(o.country, o.remote) for o in found if o.city}
    found = [
        p for p in found if p.city or p.region or (p.country, p.remote) not in with_city
    ] or found
    if warn:
        _say_no_place(text, found, warn, office if said_remote else None)
    if not found:
        raise Skip(
            f'location "{text or ""}" names no known country; give the feed a default, '
            'like --country NL, or "default_country": "NL" in its PODIUM_FEEDS entry'
        )
    return tuple(found)


def _remote_where(found: list[Location], unplaced: bool) -> list[Location]:
    """The places of a post, each remote where its text makes it so.

    "Amsterdam; Remote": the office is in the country remote work is open
    in, one remote place with a city (kept as "Amsterdam (Remote)" is). An
    office elsewhere stays an office: every place made remote by one,
    "London, UK or Remote - US" was open to remote applicants in the UK too.
    ``unplaced``: a remote place of no country, remote where the offices are.
    """
    # "Remote - Germany or Austria", "Remote (NL or BE)": a country named
    # alone beside a remote place of no city is one more where remote
    # applicants may live, no office: it was a jobLocation of a country alone.
    if any(p.remote and not p.city for p in found):
        found = [p if p.city else dataclasses.replace(p, remote=True) for p in found]
    remote_in = {p.country for p in found if p.remote}
    return [
        dataclasses.replace(p, remote=True) if unplaced or p.country in remote_in else p
        for p in found
    ]


def _say_no_place(
    text: str, found: list[Location], warn: Callable[[str], None], office: str | None
) -> None:
    """Tell ``warn`` of a post published without a city, when its location
    named none: "Multiple Locations", "Hybrid", or only "Remote" for a job
    whose ATS says it is at an office (``office``, the field that says so)."""
    where = ", ".join(dict.fromkeys(p.country for p in found))
    if not any(p.city or p.remote for p in found):
        vague = [p for p in re.split(r"[,;|/()]", text or "") if _no_place(p)]
        if vague:
            warn(
                f'location "{vague[0].strip()}" names no place, so the job is published in '
                f"{where or 'no country'} without a city (Google reads no office from it): "
                "give the post its cities in the ATS, or make it remote"
            )
    if office and found and not any(p.city for p in found):
        warn(
            f'location "{text}" says remote work, but the post is {office}, a job at an '
            f"office: it is published in {where} without a city (Google reads no office "
            "from it); give the post its office's city in the ATS, or make it remote"
        )


def _joined(place: str, feed: FeedConfig) -> str:
    """ "Amsterdam en Rotterdam" (or "Utrecht, Amersfoort en Zwolle") as
    "Amsterdam, Rotterdam", for _cities to read as a list: where every name
    between the commas and joining words is a large city or a Dutch
    municipality (countries.known_place), for a feed whose default country is
    European. Read whole, the job was in a city called "Amsterdam en
    Rotterdam". A name with such a word in it ("Son en Breugel", "Berg en
    Dal", "Isle of Man") is not joined: its halves are no places."""
    if feed.default_country not in EUROPE or not JOIN_RE.search(place):
        return place
    # "Amsterdam en Rotterdam, Netherlands": the cities before their country
    # (which _cities reads as a list), where it was the city "Amsterdam en Rotterdam".
    body, comma, country = place.rpartition(",")
    if not (comma and body.strip() and code_for(country.strip())):
        body, country = place, ""
    names = [n.strip() for part in body.split(",") for n in JOIN_RE.split(part)]
    if any(known_place(part.strip()) for part in body.split(",") if JOIN_RE.search(part)):
        return place  # "Son en Breugel, Eindhoven": a name of its own
    if len(names) < 2 or not all(known_place(n) for n in names):
        return place
    return ", ".join([*names, *([country.strip()] if country else [])])


def _cities(place: str, feed: FeedConfig) -> list[str]:
    """ "Amsterdam, Rotterdam" as ["Amsterdam", "Rotterdam"]: a place whose
    parts after the commas are each a city's name, with no country, state,
    province or region among them, is a list of cities. An address keeps its
    commas ("Berlin, Germany", "Washington, D.C.", "München, Bayern",
    "London, Greater London", "Remote, NL"); so does a name with a slash
    ("Frankfurt/Main"). A large city (countries.CITIES) followed only by
    names of no large city is one place, the city in its district
    ("Amsterdam, Noord", "Berlin, Mitte", "Barcelona, Catalonia"): the
    district had been a second city, in the feed's country ("Noord", NL),
    unless the first was a city of another country. Another large city among
    them makes every name a place ("Berlin, Amsterdam", "Amsterdam,
    Hilversum, Rotterdam"), and so does a first name of no large city
    ("Hilversum, Amersfoort": the list is no gazetteer)."""
    parts = [p.strip() for p in place.split(",")]
    if len(parts) < 2:
        return [place]
    country = code_for(parts[-1]) if len(parts) > 2 else None
    if country:
        # "Amsterdam, Rotterdam, Netherlands": cities of the country that ends
        # them, each a place in it (Rotterdam was lost, the place read as an
        # address in Amsterdam); a large city of another country keeps its own.
        cities = _cities(", ".join(parts[:-1]), feed)
        if len(cities) > 1:
            return [
                c
                if city_country(c, feed.default_country) not in (None, country)
                else f"{c}, {parts[-1]}"
                for c in cities
            ]
        return [place]
    for index, part in enumerate(parts):
        key = " ".join(part.split()).casefold()
        if (
            not CITY_WORDS_RE.fullmatch(part)
            or region_of(part, parts[:index])
            or code_for(part)
            or state_for(part, feed.default_country)
            or key in REGIONS
            or key in VAGUE_REGIONS
            or subdivision(part)[0]
            or several_places(part)
            or REMOTE_RE.search(part)
            or WORKPLACE_RE.search(part)
        ):
            return [place]
    large = [city_country(part, feed.default_country) is not None for part in parts]
    # After a large Dutch city, a Dutch municipality is a town of its own
    # ("Eindhoven, Veldhoven"), in the Netherlands whatever the feed's country.
    dutch = city_country(parts[0], feed.default_country) == "NL"
    towns = [dutch and dutch_town(part, parts[0]) for part in parts]
    if large[0] and not any(large[1:]) and not any(towns[1:]):
        return [place]  # the city in its district; _place reads the city
    return [
        f"{part}, Netherlands" if town else part for part, town in zip(parts, towns, strict=True)
    ]


def names_no_place(text: str | None) -> bool:
    """Whether a post's location names no place at all, only words for
    several ("Multiple Locations") or how the work is done ("Hybrid",
    "On-site", "Thuiswerken mogelijk"); "Amsterdam (Hybrid)" names one."""
    parts = [p for p in re.split(r"[,;|/()]|\s+-\s+", text or "") if p.strip()]
    return bool(parts) and all(_no_place(p) for p in parts)


def _no_place(part: str) -> bool:
    """ "Multiple Locations", "Hybrid", "Thuiswerken mogelijk": no place."""
    part = part.strip()
    return bool(
        several_places(part)
        or WORKPLACE_ONLY_RE.fullmatch(part)
        or REMOTE_RE.search(part)
        and PART_REMOTE_RE.search(part)
    )


def _city_key(place: Location) -> tuple:
    """What two mentions of one city share, its state aside ("Austin, TX" and
    "austin"); with the state, "Portland, OR" and "Portland, ME" are two. A
    city of countries.CITIES by any of its names ("The Hague; Den Haag" was
    two offices in one city, twice in the JobPosting and on the page)."""
    name = city_key(place.city, place.country) or place.city.casefold()
    return (name, place.country, place.remote)


# "Utrecht e.o.", "Regio Utrecht", "Utrecht en omgeving", "Großraum München":
# the work is around the city, which Google and the filters take as its place.
_AROUND_RE = re.compile(
    r"(?i)^(?:regio|omgeving|region|großraum|grossraum|raum|greater)\s+(?P<a>.+)$"
    r"|^(?P<b>.+?)\s+(?:e\.?\s?o\.?|en omgeving|und umgebung|and surroundings|area|regio)$"
)


def _around(part: str) -> str:
    """The city of "Utrecht e.o." or "Regio Utrecht" (a large city or a Dutch
    municipality, countries.known_place), else ``part`` as written. Published
    whole, "Utrecht e.o." was a city of its own beside Utrecht in the filter
    and Google's addressLocality."""
    match = _AROUND_RE.match(part.strip())
    city = match and (match.group("a") or match.group("b")).strip()
    return city if city and known_place(city) else part


# The words a remote place limits where its applicants live with: "Remote in
# Germany", "Remote - US only", "Remote (Germany-based)", "Remote (nur
# Deutschland)", "Op afstand binnen België". Left in, the country was no
# country, and the job remote in the feed's default one (its JobPosting's
# applicantLocationRequirements), some with a city "US only".
_WITHIN_RE = re.compile(
    r"(?i)^(?:(?:based|located|living|resident)\s+in|only\s+in|within|in|from|binnen|vanuit"
    r"|innerhalb|aus|nur|alleen|only)\s+(?:the\s+)?|(?:\s+|-)(?:only|based|alleen|nur)$|^only$"
)


def _within(part: str) -> str:
    """A part of a remote place without the words that limit it to a country."""
    return _WITHIN_RE.sub("", part.strip()).strip()


# The parts of one place: between commas, brackets, " - " and dashes, and a
# slash ("Frankfurt/Main"), but not the one of "a/d" ("aan de(n)": "Capelle
# a/d IJssel", "Alphen a/d Rijn" were the cities "Capelle a", "Alphen a").
_PARTS_RE = re.compile(r"[,()]|(?<!\b[^\W\d_])/|/(?![^\W\d_]\b)|\s+-\s+|\s*[–—]\s*")


def _place(place: str, feed: FeedConfig) -> tuple:
    """The city, country code, remoteness, region (its countries, for a
    union such as the EU), state, district or street and postal code of one
    place ("Berlin, BE, Germany", "Remote (EU)", "Austin, TX", "Amsterdam,
    Zuidoost", "Oudegracht 12, 3511 AB Utrecht"); the state is kept only where
    the place is in its country (not "DE" in "München, DE")."""
    city = code = region = postal = None
    states: list[tuple[str, str]] = []
    # The names after the city that are no region of it: its district or a
    # town that is no municipality ("Eindhoven, Veghel"), which the place
    # had dropped, the page and Google saying only "Eindhoven".
    districts: list[str] = []
    # Each country or state the place names, as (country, state or None, the
    # state a code or name may also be): a remote place naming several is
    # open in each ("Remote (NL, BE)").
    areas: list[tuple] = []
    remote = False
    best: tuple[tuple[bool, int], str] | None = None
    # An en or em dash between words is a separator like " - " ("Remote – Germany",
    # as Greenhouse boards write it, was remote in the feed's default country).
    limited = REMOTE_RE.search(place) and not PART_REMOTE_RE.search(place)
    for index, part in enumerate(_PARTS_RE.split(place)):
        part = _within(part) if limited else part.strip()
        if not part:
            continue
        if REMOTE_RE.search(part) and not PART_REMOTE_RE.search(part):
            remote = True
            rest = _within(REMOTE_RE.sub("", part).strip(" -:"))
            code, named = code_for(rest), len(rest) != 2
            state = state_for(rest, feed.default_country) if named else None
            if state:
                states.append(state[1:])
                code = code or state[0]  # "Remote - Texas": in the US
                areas.append((*state[1:], None))
            elif code:
                areas.append((code, None, state_for(rest, feed.default_country)))
            elif city is None:
                # "Remote: Berlin", "Remote in Berlin": a large city of the list
                # (countries.CITIES), as "Remote - Berlin" is; was remote in the
                # feed's default country. Any other word stays no city ("Remote
                # friendly" is none).
                city = plain(rest) if city_country(rest, feed.default_country) else None
        elif WORKPLACE_ONLY_RE.fullmatch(part) or several_places(part) or REMOTE_RE.search(part):
            # REMOTE_RE here: remote part of the week (PART_REMOTE_RE), hybrid.
            continue
        elif subdivision(part)[0]:
            # "München, Bayern": a province or state is no city; it is in
            # its country (where only one has that name).
            code, named = subdivision(part)[1], True
        elif part.casefold() in REGIONS or part.casefold() in VAGUE_REGIONS:
            # A region is no city ("Remote (EU)" was published in "EU").
            region = REGIONS.get(part.casefold()) or region
            continue
        elif (office := _office_city(part)) is not None:
            city = city or office or None
            continue
        else:
            code = code_for(part) if len(part) != 2 or part.isupper() else None
            # After a city, or in a remote place ("Remote - Texas"), a state:
            # "Austin, TX", "San Francisco, CA", "Austin, Texas" are in the US.
            after = city is not None or remote
            state = state_for(part, feed.default_country) if after else None
            if state:
                states.append(state[1:])
                code = state[0] or code
            # A code that is a country's and a province's ("NL") is the state
            # only where state_for put the place in its country.
            if state and state[0]:
                areas.append((*state[1:], None))
            elif code:
                areas.append((code, None, state))
            named = len(part) != 2
            address = _address(part, feed, city is None) if code is None and not state else None
            if address:
                # An office's address: "Herengracht 1" was the city, and the
                # city after it the street; "3511 AB Utrecht" a city so named.
                street, postal_code, town = address
                districts += [street] if street else []
                postal = postal or postal_code
                city = city or town
            elif code is None and city is None and not state:
                city = plain(_around(part)) or None
            elif code is None and not state and _district(part, city):
                districts.append(plain(part))
        if code and (best is None or (named, index) >= best[0]):
            best = ((named, index), code)
    # A country the place names beats its city's, which beats the feed's default.
    country = best[1] if best else city and city_country(city, feed.default_country)
    state = next((code for home, code in reversed(states) if home == country), None)
    district = ", ".join(districts)[:200] or None
    if not city:
        # An address is an office's, in its city: without one, the loader
        # refuses a street or postal code, and the pull skipped the job.
        return city, country, remote, _areas(region, areas), state, None, None
    return city, country, remote, (), state, district, postal


# The words of an office's name, as a Greenhouse office (the post's place
# when it has no other) or a recruiter names it: "Munich Office 1", "Amsterdam
# HQ", "Kantoor Utrecht", "Büro Berlin 2", "HQ - Berlin".
_OFFICE_RE = re.compile(
    r"(?i)(?<!\w)(?:(?:head|main)\s+office|offices?|hq|headquarters?|hoofdkantoor|kantoor|"
    r"vestiging|büro|buero|niederlassung|standort|zentrale|campus|hub)(?!\w)"
)
_OFFICE_NUMBER_RE = re.compile(r"(?<!\w)(?:no\.?\s*|nr\.?\s*|#)?\d{1,3}(?!\w)", re.I)
# "Amsterdam office optional", "kantoor Utrecht mogelijk": the office is a
# choice beside remote work, the word no part of its town ("Amsterdam optional").
_OFFICE_POSSIBLE_RE = re.compile(rf"(?<!\w)(?:{POSSIBLE})(?!\w)", re.I)
# Words beside "office" that say which office, not where: "Registered Office".
_OFFICE_WORDS = frozenset(("registered", "corporate", "regional", "branch", "satellite",
                           "virtual", "global", "central", "sales", "support", "new",
                           "innovation", "tech", "technology", "engineering", "digital",
                           "data", "service", "customer", "operations", "it"))  # fmt: skip


def _office_rest(part: str) -> str | None:
    """The words of an office's name beside the office's ("Munich" of "Munich
    Office 1", "" of "HQ"), or None for no office's name."""
    if not _OFFICE_RE.search(part):
        return None
    rest = _OFFICE_POSSIBLE_RE.sub(" ", _OFFICE_NUMBER_RE.sub(" ", _OFFICE_RE.sub(" ", part)))
    return " ".join(rest.split()).strip(" -:")


def _office_city(part: str) -> str | None:
    """The city an office's name holds ("Munich" of "Munich Office 1"), "" for
    a name that holds none ("Office 1", "HQ", "Registered Office"), None for
    no office's name. "Munich Office 1" was a street without a city (a street
    and its number), so the job had no city, and "Amsterdam HQ" a city so
    named, an option of its own in the location filter and Google's
    addressLocality. An office named for a town of no list ("Kantoor Bussum":
    Bussum is no municipality, countries.known_place) is in that town, as
    "Bussum" alone is: it was the city "Kantoor Bussum", or, with a number
    ("Naarden Office 2"), a street without a city."""
    rest = _office_rest(part)
    if rest is None:
        return None
    if known_place(rest):
        return plain(rest)
    if rest.casefold() in _OFFICE_WORDS or not CITY_WORDS_RE.fullmatch(rest):
        return ""
    return plain(rest) if rest[:1].isupper() else ""


def office_of_no_known_place(text: str | None) -> bool:
    """Whether a post's place names an office whose town is no large city or
    Dutch municipality ("Kantoor Bussum", "HQ"): the ATS's own address of the
    office, where it gives one, says where it is for sure."""
    rests = (_office_rest(p) for p in split_places(text or ""))
    return any(rest is not None and not known_place(rest) for rest in rests)


# A postal code as the countries of Podium's hubs write it: "3511 AB",
# "3511AB" (NL), "1000" (BE, AT, CH, DK), "10117" (DE, FR).
POSTAL_CODE = r"\d{4} ?[A-Za-z]{2}|\d{4,5}"
# "3511 AB Utrecht", "10117 Berlin": Europe's order, the postal code first.
_POSTAL_TOWN_RE = re.compile(rf"(?P<code>{POSTAL_CODE})(?:\s+(?P<town>[^\W\d_][^\d]*))?")
# A street and its number, "Herengracht 1", "Oudegracht 12a", "Kade 3-5";
# before the city, also the number first, as in the US ("600 Congress Ave,
# Austin"): after it, "Utrecht (2 locaties)" is a count. Words in lower case.
_STREET_RE = re.compile(r"[^\W\d_][^\d]*?\s\d{1,5}\s?[A-Za-z]?(?:\s?[-/]\s?\d{1,5}[A-Za-z]?)?")
_NUMBER_FIRST_RE = re.compile(r"\d{1,5}[A-Za-z]?\s+[^\W\d_][^\d]*")


def _address(part: str, feed: FeedConfig, first: bool) -> tuple | None:
    """(street, postal code, town) of a part of a place that is an address
    ("Herengracht 1", "3511 AB Utrecht", "1234 AB"), else None; ``first``:
    no city named before it."""
    postal = _POSTAL_TOWN_RE.fullmatch(part) if feed.default_country in EUROPE else None
    if postal:
        code = postal["code"].replace(" ", "").upper()
        code = f"{code[:4]} {code[4:]}" if code[4:].isalpha() else code
        return None, code, plain(postal["town"]) or None
    words = re.sub(r"\s*\d.*$|^\d+[A-Za-z]?\s+", "", part)
    # Not "Berlin 10115": a city and its postal code (which stays as written).
    street = _STREET_RE.fullmatch(part) or first and _NUMBER_FIRST_RE.fullmatch(part)
    if street and any(c.islower() for c in part) and not known_place(words):
        return plain(part), None, None
    return None


def _areas(region, areas: list) -> tuple:
    """The countries and states a place without a city names, where they are
    more than one: (country, state or None) pairs, a union's countries first.
    Remote, it is open to applicants in each: "Remote (NL, BE)" or "Remote -
    Texas, California" had the last alone, and a seeker in the first never
    found the job. Empty for one ("Remote - Texas, US" is Texas alone)."""
    # A code or name that is a country and a state ("DE", "Georgia") is the
    # state where another part names the state's country ("Remote - Georgia,
    # US" is Georgia in the US, not the country Georgia and the US).
    named = [[a[0] for a in areas[:i] + areas[i + 1 :]] for i in range(len(areas))]
    pairs = [(code, None) for code in region or ()] + [
        maybe[1:] if maybe and maybe[1] in others else (country, state)
        for (country, state, maybe), others in zip(areas, named, strict=True)
    ]
    with_state = {country for country, state in pairs if state}
    pairs = list(dict.fromkeys(p for p in pairs if p[1] or p[0] not in with_state))
    return tuple(pairs) if region or len(pairs) > 1 else ()


MAX_NESTING = 1000  # elements within elements, in a description (html.nesting_depth)
# What a posting date is written as in the ISO feeds (Greenhouse, Personio, Recruitee).
DATE_LIKE = 'a date like "2026-10-01" or "2026-10-01T09:00:00Z"'


def vacancy(
    feed: FeedConfig,
    *,
    id,
    title,
    location: Location | tuple[Location, ...],
    apply_url,
    date_posted: dt.date | None,
    description_html: str,
    department: str | None = None,
    employment: str | tuple[str, ...] | None = None,
    pay: Salary | None = None,
    valid_through: dt.date | None = None,
    updated: dt.date | None = None,
    lang: str | None = None,
    titles: dict | None = None,
    page=None,
    posted_as: tuple[tuple[str, object], ...] = (),
    posted_like: str = DATE_LIKE,
    warn: Callable[[str], None] | None = None,
) -> Vacancy:
    """One normalised vacancy, or Skip with the reason.

    ``page``: the post's own page at the ATS, where its description is read,
    when that is not ``apply_url`` (Lever's and Recruitee's application form
    is a page of its own, ".../apply", ".../c/new"): the description's
    relative links are resolved against it, as the reader's browser did there.

    ``posted_as``: the feed's fields ``date_posted`` was read from, and their
    values as written (``(("first_published", "31/12/2026"),)``), and
    ``posted_like`` what such a field holds, for the line that says why a post
    without a date is skipped; ``warn`` hears of a date before OLDEST_POSTED,
    in the words of those fields (the pull publishes the post as posted today)."""
    vid, title = _id_and_title(id, title, department, warn)
    # Quotes, angle brackets and spaces would end the href="..." the address
    # is printed in; percent-encoded they mean the same to the ATS.
    written_url, apply_url = (
        apply_url,
        re.sub(r"[\s\"'<>`]", lambda m: f"%{ord(m.group()):02X}", str(apply_url or "").strip()),
    )
    if (parts := web_address(apply_url)) is None:
        # "https://[jobs..." too, which urlsplit refuses with a ValueError.
        raise Skip(_no_address(written_url))
    if date_posted is None:
        raise Skip(_no_date(posted_as, posted_like))
    if html.nesting_depth(description_html or "", MAX_NESTING + 1) > MAX_NESTING:
        # Refused before the sanitiser, which would spend minutes on it (see
        # html.nesting_depth); no real job ad comes near.
        raise Skip(
            f"its description nests HTML elements more than {MAX_NESTING} deep "
            "(tags opened and never closed?); fix the post in the ATS"
        )
    # The controls that reorder text, which the loader refuses in a description
    # (Trojan Source), are removed as from a title (``plain``): left in, the
    # post was skipped and the job missing. After the sanitiser, which has
    # turned "&#x202e;" (and "&#x1b;", hence printable again) into the character.
    base = _page_base(page)
    refused = html.base_refused(apply_url)  # the job list's link to apply
    if refused:
        raise Skip(
            f'its address to apply at "{apply_url}" is none a browser opens ({refused}); '
            "fix the post in the ATS"
        )
    # A feed configured on an internal host (a pull may fetch one) has its
    # posts' pages there: the hub's own choice, which the build trusts too.
    if parts.hostname != urlsplit(feed.url).hostname and (why := unreachable(parts)):
        raise Skip(f'its address to apply at "{apply_url}" is no public one: {why}; fix the post '
                   "in the ATS")  # fmt: skip
    body = html.sanitise(printable(description_html or ""), base=base or apply_url)
    body = printable(BODY_BIDI_RE.sub("", body))
    text = html.to_text(body)
    places = (location,) if isinstance(location, Location) else tuple(location)
    own = feed.lang_for(lang)
    others = _other_titles(feed, titles, own)
    # Its department's name as the ATS writes it, for display, unless team_map
    # chose the team (two departments may share one). Read as text, as the
    # title is: "R&amp;D" was the team "r-amp-d", no team_map's "R&D".
    department_name = plain(department) or None
    team = feed.team_for(department_name)
    if not team or team != slugify(department_name or "") or len(department_name) > MAX_TITLE:
        department_name = None
    if date_posted < OLDEST_POSTED and warn is not None:
        # Said here, where the field is known as the feed wrote it; the pull,
        # which knows the day, dates it.
        warn(_posted_long_ago(date_posted, posted_as))
    return Vacancy(
        id=vid,
        title=title,  # cut to fit by the pull, which says so (pull._cut_title)
        team=team,
        department=department_name,
        location=places[0],
        more_locations=places[1:],
        # Unknown stays unknown: "OTHER" would tell Google something the
        # employer never said.
        employment_type=(employment,) if isinstance(employment, str) else employment or (),
        date_posted=date_posted,
        valid_through=valid_through if valid_through and valid_through >= date_posted else None,
        apply_url=apply_url,
        # Else the range the ad's own text states beyond doubt, read in the
        # words its page shows, from every vendor: a Greenhouse, Personio or
        # Recruitee ad's "Salaris: € 3.200 - € 4.100 per maand" was no pay.
        salary=pay or salary_in_prose(text),
        themes=feed.themes,
        # The post's own language when the ATS names one the site has: its
        # page, <html lang> and tagging keywords follow the text, not the feed.
        lang=own,
        titles=tuple(sorted(others.items())),
        description_html=body,
        description_text=text,
        source=feed.name,
        feed_status="present",
        direct_apply=feed.direct_apply,
        updated=updated if updated and updated >= date_posted else None,
    )


def _id_and_title(id, title, department, warn: Callable[[str], None] | None) -> tuple[str, str]:
    """The post's id as its folder's name and its title as text, or Skip; ``warn``
    hears of markup dropped from the title or the department."""
    # The id names the vacancy's folder in the output: anything but letters,
    # digits, "_" and "-" becomes "-" (see model.ID_RE).
    if isinstance(id, bool) or not isinstance(id, (int, str, type(None))):
        # JSON true became the id "True" and 1.5 became "1-5": written to the
        # snapshot as a job's address, though no ATS numbers jobs that way.
        raise Skip(f"its id is {_json_word(id)}, not a whole number or text")
    vid = safe_id(id)
    written_title, title = title, plain(title)
    if not ID_RE.match(vid) or not title:
        raise Skip(_no_id_or_title(id, written_title))
    if is_prospect(title):
        raise Skip("prospect / talent-pool post")
    for field, written in (("title", written_title), ("department", department)):
        if warn is not None and (dropped := dropped_markup(field, written)):
            warn(dropped)
    return vid, title


def safe_id(id) -> str:
    """A post's id as its vacancy's: anything but letters, digits, "_" and "-"
    made "-", at most 64 characters (see model.ID_RE); "" when none is left."""
    return _made_safe(id)[:64].strip("-_")


def _made_safe(id) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", str(id or "").strip()).strip("-_")


def _how_ids_meet(*written) -> str | None:
    """How distinct ids as an ATS wrote them ("x/y" and "x-y") became one
    vacancy id, or None when they were one as written (in any case)."""
    how = []
    if any(_made_safe(w) != str(w or "").strip() for w in written):
        how.append('made safe for a web address (letters, digits, "_" and "-")')
    if any(len(_made_safe(w)) > 64 for w in written):
        how.append("shortened to 64 characters")
    return " and ".join(how) or None


def _no_id_or_title(id, title) -> str:
    """Why a post has no id or no title Podium can use, naming the one it lacks:
    "no id or no title" left the recruiter to guess which, and what was wrong."""
    problems = []
    if not safe_id(id):
        problems.append(
            f"its id {as_written(id)} has no letter or digit (A to Z, 0 to 9), which the "
            "address of its page is made of"
            if str(id or "").strip()
            else "it has no id"
        )
    if not plain(title):
        problems.append(
            f"its title {as_written(title)} has no words once its markup is dropped"
            if str(title or "").strip()
            else "it has no title"
        )
    return "; ".join(problems) or "no id or no title"


def _no_address(url) -> str:
    """Why a post's address to apply at is none, with the address as written."""
    if not str(url or "").strip():
        return "it has no address to apply at; it needs an https:// or http:// address"
    return (
        f"its address to apply at ({as_written(url)}) is no web address; it must be an "
        "https:// or http:// address a browser can open"
    )


def _no_date(posted_as: tuple[tuple[str, object], ...], like: str) -> str:
    """Why a post has no posting date, naming the feed's fields and what they
    hold as written: "no usable posting date" said neither."""
    given = [(name, value) for name, value in posted_as if not missing(value)]
    if not posted_as:
        return f"its posting date is no date Podium can read; it must be {like}"
    if not given:
        names = " and ".join(name for name, _ in posted_as)
        return f"it has no posting date ({names} {'is' if len(posted_as) == 1 else 'are'} missing)"
    written = ", ".join(f"{name} {as_written(value)}" for name, value in given)
    return f"its posting date ({written}) is no date Podium can read; it must be {like}"


def _posted_long_ago(day: dt.date, posted_as: tuple[tuple[str, object], ...]) -> str:
    """What a post dated before OLDEST_POSTED is told, its fields as written."""
    given = [(name, value) for name, value in posted_as if not missing(value)]
    written = "".join(f", {name} {as_written(value)}" for name, value in given)
    # Seconds where Lever counts milliseconds: 1790811000 read as milliseconds
    # is 21 January 1970, as seconds a day of this century.
    seconds = "".join(
        f"{name} {as_written(value)} looks like seconds, not milliseconds: "
        for name, value in given
        if isinstance(value, (int, float))
        and not isinstance(value, bool)
        and OLDEST_POSTED <= (date_from_epoch_ms(value * 1000) or dt.date.min) < _CENTURY_END
    )
    return (
        f"its posting date ({day}{written}) is before {OLDEST_POSTED}, and no job open now was "
        f"posted then; it is published as posted today ({seconds}fix the date in the ATS)"
    )


_CENTURY_END = dt.date(2100, 1, 1)


def missing(value) -> bool:
    return value is None or isinstance(value, str) and not value.strip()


def as_written(value, limit: int = 80) -> str:
    """A feed's value for a message: text quoted and shortened, anything else as
    JSON writes it (null, 5, true)."""
    if not isinstance(value, str):
        return _json_word(value)
    return f'"{value if len(value) <= limit else value[: limit - 3] + "..."}"'


# What a script or style element holds is code, no words a reader sees: with
# only its tags dropped, "<script>alert(1)</script>Monteur" was the job
# "alert(1) Monteur" on the job list and in Google. One never closed holds
# the rest, as a browser reads it.
_HIDDEN_RE = re.compile(r"<(script|style|template|noscript)\b[^>]*>.*?(?:</\1\s*>|$)", re.I | re.S)


def _page_base(page) -> str | None:
    """The post's own page as the base of its description's links, or None for
    one no browser opens (its links are then read as the form's)."""
    page = str(page or "").strip()
    if not page or web_address(page) is None or re.search(r"\s", page):
        return None
    return None if html.base_refused(page) else page


def _other_titles(feed: FeedConfig, titles: dict | None, own: str) -> dict[str, str]:
    """Its title in the site's other languages (a Recruitee offer's translations).
    A helper of its own: in ``vacancy`` its loop variable was ``text``, and the
    description's text, read after it for the pay and the job's search words,
    became the last translated title."""
    others: dict[str, str] = {}
    for code, written in (titles or {}).items():
        primary = str(code).strip().replace("_", "-").split("-")[0].lower()
        if primary in feed.languages and primary != own and (shown := cut_title(plain(written))):
            others.setdefault(primary, shown)
    return others


def plain(value) -> str:
    """A one-line plain-text field from a feed (title, city): no tags, no markup.

    Titles and cities are printed into pages as text; a feed that sends
    "<b>Senior</b>" or "<script>" gets its tags dropped, and a "<" that is
    left (as in "<script" without a ">") is followed by a space so no browser
    reads it as a tag. The loader refuses markup in these fields, so without
    this one bad post would stop every build.

    These fields are text, not HTML: an entity in one is an "&" escaped twice
    (an ATS's form escaping what it stores, or a feed escaping its JSON), and
    "R&amp;D Engineer" was printed as such on the job list and to Google. It
    is decoded once, first, so markup that was escaped ("&lt;b&gt;") is
    markup still, dropped as above. Only a reference closed by ";": a bare
    "&copy" or "&not" in a title is words, where an HTML parser would decode it.
    """
    text = _HIDDEN_RE.sub(" ", _decoded(value))
    text = _TAG_RE.sub(_between_words, text)
    text = re.sub(r"<(?=[A-Za-z/!?])", "< ", text)
    return re.sub(r"\s+", " ", text).strip()


def _decoded(value) -> str:
    """A plain-text field with its entities decoded once, before ``plain`` drops markup."""
    return printable(BIDI_RE.sub("", _ENTITY_RE.sub(_entity, str(value or ""))))


def dropped_markup(field: str, value) -> str | None:
    """What ``plain`` drops from ``value`` as markup, said for the pull's
    warnings (None: nothing). "Sales & Marketing <Team A>" reads "<Team A>"
    as a tag; it cannot be kept, as the loader refuses a tag in a plain-text
    field, but its words went missing from the title without a word."""
    text = _decoded(value)
    found = [m.group() for m in _HIDDEN_RE.finditer(text)]
    found += [m.group() for m in _TAG_RE.finditer(_HIDDEN_RE.sub(" ", text))]
    if not found:
        return None
    named = ", ".join(as_written(piece, 40) for piece in found[:5])
    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
    return (
        f"its {field} {as_written(value)} holds {named}{more}, dropped as HTML markup: "
        f'the {field} is plain text; write it in the ATS without "<" and ">"'
    )


# A tag of an inline (phrasing) element marks words up inside a line: dropped
# with a space, "<i>Eng</i>ineering" was the team "Eng ineering" (eng-ineering)
# and "Sen<b>ior</b>" the title "Sen ior". Any other tag (br, p, div, li) parts
# words on a page, and a space keeps them apart.
_INLINE = frozenset(
    ("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
     "font", "i", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike",
     "strong", "sub", "sup", "time", "tt", "u", "var", "wbr")
)  # fmt: skip
_TAG_RE = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)?[^<>]*>")


def _between_words(tag: re.Match) -> str:
    return "" if (tag.group(1) or "").lower() in _INLINE else " "


_ENTITY_RE = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z][A-Za-z0-9]{1,31});")


def _entity(ref: re.Match) -> str:
    """One character reference decoded as ``unescape`` decodes it (a control
    character kept for ``printable``); a name HTML does not know stays as written."""
    return unescape(ref.group())


def first_address(*candidates) -> object:
    """The first of a post's addresses to apply at that a browser opens (Lever's
    applyUrl, then hostedUrl; Recruitee's careers_apply_url, then careers_url),
    else the first given, for the skip to name: a "javascript:" applyUrl skipped
    the job though its hostedUrl was a good address."""
    given = [c for c in candidates if c]
    for candidate in given:
        if isinstance(candidate, str) and web_address(candidate.strip()) is not None:
            return candidate
    return given[0] if given else None


def first_date(*days: dt.date | None) -> dt.date | None:
    """The first of a post's dates that can be a posting date (OLDEST_POSTED on),
    else the first there is: a Greenhouse first_published of 1970 kept the job
    from its updated_at, a real day."""
    there = [d for d in days if d is not None]
    return next((d for d in there if d >= OLDEST_POSTED), there[0] if there else None)


def cut_title(text: str) -> str:
    """A title cut to the MAX_TITLE characters a vacancy's may hold, at the
    last space that fits, with " …" to say it goes on (cut at 200 characters,
    mid-word and unmarked, a title ended in "... regio Utr")."""
    if len(text) <= MAX_TITLE:
        return text
    at = text.rfind(" ", 0, MAX_TITLE - 1)
    return (text[:at].rstrip() if at > 0 else text[: MAX_TITLE - 2]) + " …"


def what_came(payload: bytes) -> str | None:
    """An answer that is no feed at all, said as what it is: "Expecting value: line 1
    column 1 (char 0)" was all a user saw of an empty answer or a web page (a
    login, maintenance or error page sent as JSON by a proxy or the ATS), and
    "refused XML with a DOCTYPE" or "mismatched tag" of one sent as XML."""
    start = payload.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    if not start:
        return "the answer is empty"
    if payload.startswith(b"\x1f\x8b"):
        # Compressed by a proxy or CDN that did not say so (no Content-Encoding, which
        # fetch refuses): "'utf-8' codec can't decode byte 0x8b in position 1".
        return (
            "the answer is gzip-compressed though its headers say so nowhere (no "
            "Content-Encoding); Podium reads feeds uncompressed"
        )
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "the answer is a web page (HTML), not the job feed"
    return None


def printable(text: str) -> str:
    """``text`` without the control characters no content may hold (podium.chars).

    Text pasted into an ATS brings them along: Word's line break inside a
    paragraph is a vertical tab (U+000B), and a "\\ud800" escape in the JSON is
    half a character. The loader refuses them in any field, so left in, the
    whole post was skipped and the job missing from the site; here they become
    a space, which is what a reader of the ATS's own page sees.
    """
    return FORBIDDEN_RE.sub(" ", text)


def unescape(text: str) -> str:
    """HTML entity-encoded text (Greenhouse's ``content``) decoded as the
    sanitiser's HTML parser decodes it.

    Python's ``html.unescape`` drops a reference to a control character
    ("ja&#x1b;!" became "ja!", the words run together), where an HTML parser
    keeps the character, which ``printable`` then makes a space ("ja !"), as
    in every other feed's description.
    """
    if "&#" in text:
        text = CHAR_REF_RE.sub(_kept_reference, text)
    return htmllib.unescape(text)


def _kept_reference(ref: re.Match) -> str:
    if htmllib.unescape(ref.group()):
        return ref.group()
    hex_digits, digits = ref.groups()
    return chr(int(hex_digits, 16) if hex_digits else int(digits))


def section(heading: str | None, body: str | None) -> str:
    """An (escaped) heading plus a block of vendor HTML, for multi-part descriptions.

    The heading is text, as a title is (``plain``): escaped as written, Lever's
    "Wat <b>ga</b> je doen &amp; meer" was a heading showing its tags and
    "&amp;amp;" as words, on the page, in vacancies.json and to Google."""
    if not body or not body.strip():
        return ""
    text = plain(heading)
    head = f"<h3>{htmllib.escape(text)}</h3>\n" if text else ""
    return head + body.strip() + "\n"


def dedupe(
    vacancies: Iterable[Vacancy], warnings: list[str] | None = None, written: Sequence = ()
) -> list[Vacancy]:
    """First post wins among same id, or same title + location + apply URL.

    A post repeated as it was (feeds repeat posts across pages and offices)
    goes quietly; another job under an id already taken (an ATS's duplicate,
    or "A/1" and "A-1", one id once made safe) is a warning that names both,
    or the job went missing from the site without a word. ``written``: each
    vacancy's id as the ATS wrote it, which the warning gives where making it
    safe (or short) made two ids one: named by the one id they became, the
    recruiter looked in vain for two posts of that id.
    """
    seen: dict[tuple, str] = {}  # each key's post, by its id as written
    by_id: dict[str, Vacancy] = {}
    as_written: dict[str, str] = {}
    out = []
    for index, v in enumerate(vacancies):
        own = v.id if index >= len(written) or written[index] is None else str(written[index])
        own = own.strip()
        loc = v.location
        key = (v.title.casefold(), (loc.city or "").casefold(), loc.country, loc.remote,
               v.apply_url.rstrip("/"))  # fmt: skip
        # Ids compared case-folded, as load_all does ("AB" and "ab" are one
        # folder on macOS and Windows disks): both written, every build failed.
        vid = v.id.casefold()
        first = by_id.get(vid)
        if first is not None and warnings is not None and (first.title, first.apply_url) != (
            v.title, v.apply_url,
        ):  # fmt: skip
            how = _how_ids_meet(as_written[vid], own)
            warnings.append(one_line(
                f'skipped post {own} "{v.title}": its id and that of post {as_written[vid]} '
                f'"{first.title}" of this feed become the same id ({v.id}) once {how}, and '
                "every vacancy needs its own; the first is kept"
                if how
                else f'skipped post {v.id} "{v.title}": post {first.id} "{first.title}" of this '
                "feed has the same id, and every vacancy needs its own; the first is kept"
            ))  # fmt: skip
        if first is None and key in seen and warnings is not None:
            # Another id is another post in the ATS: dropped quietly, the
            # recruiter looked in vain for the job on the site.
            warnings.append(one_line(
                f'skipped post {own} "{v.title}": post {seen[key]} of this feed has the same '
                "title, place and address to apply at, and a job seeker could not tell them "
                "apart; the first is kept: give one another title in the ATS, or close it"
            ))  # fmt: skip
        if first is not None or key in seen:
            continue
        seen[key] = own
        by_id[vid] = v
        as_written[vid] = own
        out.append(v)
    return out


def collect(
    posts: Iterable, build, warnings: list[str] | None, limit: int | None = None
) -> list[Vacancy]:
    """Run ``build`` on each post; skipped posts become warnings; then de-duplicate.

    ``limit`` (the feed's ``max_jobs``): past that many jobs (distinct ids), stop
    and raise ``TooManyJobs``. Checked after the whole feed was normalised, a
    100,000-post feed (a wrong address) cost its minute on every pull before
    it was refused; the posts left are only counted.
    """
    out, written = [], []
    ids: set[str] = set()
    posts = iter(posts)
    for seen, post in enumerate(posts, start=1):
        try:
            vacancy = build(post)
        except Skip as skip:
            if warnings is not None:
                warnings.append(one_line(f"skipped {describe(post)}: {skip}"))
            continue
        except (AttributeError, TypeError, ValueError, KeyError) as exc:
            # A post of an unexpected shape must not sink the whole feed.
            if warnings is not None:
                warnings.append(one_line(f"skipped {_unexpected(post, seen, exc)}"))
            continue
        out.append(vacancy)
        written.append(_written_id(post))
        if limit is not None:
            ids.add(vacancy.id.casefold())  # as dedupe compares them
            if len(ids) > limit:
                raise TooManyJobs(seen + sum(1 for _ in posts))
    return dedupe(out, warnings, written)


def _written_id(post):
    """A post's id as the feed wrote it, or None."""
    if hasattr(post, "findtext"):
        return post.findtext("id")
    get = getattr(post, "get", None)
    return get("id") if get is not None else None


def _unexpected(post, place: int, exc: Exception) -> str:
    """What a post the vendor could not read is, and why. One that is no
    object at all (null, 5 or "x" in the list) is named by its place: it was
    'a post: unexpected data ('NoneType' object has no attribute 'get')',
    which said neither where nor what."""
    if post is None or isinstance(post, (bool, int, float, str, list)):
        return (
            f"the {_ordinal(place)} post of the list: it is {as_written(post)}, not a job "
            "(an object with an id and a title)"
        )
    return f"{describe(post)}: unexpected data ({exc})"


def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suffix}"


def warner(post, warnings: list[str] | None) -> Callable[[str], None] | None:
    """A function that adds one line about ``post`` to the pull's warnings."""
    if warnings is None:
        return None
    return lambda message: warnings.append(one_line(f"{describe(post)}: {message}"))


def describe(post) -> str:
    """'post ID "TITLE"', as the pull's warnings name a post."""
    get = getattr(post, "get", None)
    if get is None:
        return "a post"
    if hasattr(post, "findtext"):
        # findtext gives None for a missing element: "None" read as a title.
        return f'post {post.findtext("id") or ""} "{post.findtext("name") or ""}"'
    title = get("title") or get("text") or ""
    return f'post {_json_word(get("id")) if get("id") is not None else ""} "{title}"'


def _json_word(value) -> str:
    """A feed's value as the feed wrote it (true, 1.5, "x"), for a message."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)[:60]
