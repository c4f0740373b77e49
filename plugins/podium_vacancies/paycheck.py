"""Pay transparency: what the EU directive 2023/970 asks of a job ad, checked.

Article 5 asks employers to state the starting pay or its range in the
vacancy notice, and to keep job titles gender-neutral. Member states must
transpose it by June 2026 (the Netherlands has announced 2027), so
``PODIUM_PAY_TRANSPARENCY`` is "warn" by default: ``podium check`` (and so the
pull-request workflow) reports, for every vacancy in a country of the EEA
that is still advertised (the directive is "text with EEA relevance": Norway,
Iceland and Liechtenstein take it into their law through the EEA Agreement, as
the member states do; Switzerland, in EFTA but not the EEA, does not):

* no salary range (``salary`` missing), or only its top ("up to 5,600",
  ``salary.max`` without ``min``), which is neither the starting pay nor a range;
* a range whose ``min`` is above its ``max``: for hand-written files and
  snapshots the loader already refuses that as an error, because the
  JobPosting would be wrong whatever the setting; ATS posts with such a
  range are imported without it and then reported here as missing;
* a title that is not gender-neutral in Dutch or English: a gender marker
  naming fewer than all genders ("(m)", "(m/v)" without "x", "(m/w)" without
  "d"; written out too: "(man/vrouw)", "(vrouw)"), or a gendered word
  ("chairman", "salesman", "medewerkster", "verkoopster", "gastvrouw",
  "barman", ...). The lists are short on purpose: they
  catch the common cases without flagging neutral words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from podium.errors import Issue

from . import countries
from .model import Vacancy

# The EU and the EEA countries outside it.
EEA = frozenset(countries.REGIONS["eea"])
# A gender marker: "(m)", "(m/v)", "m/v/x", "(w/m/d)", "(f/m/x)", "(h/f)",
# "(m/w/div)", "(m/v/gn)", "(m/w/*)": letters (or "div", "gn", "nb", "*")
# between slashes, a single one in brackets.
_GENDER = r"(?:div|gn|nb|[mvwfhdx*])"
_MARKER = re.compile(
    rf"\(\s*({_GENDER}(?:\s*/\s*{_GENDER}){{0,3}})\s*\)"
    rf"|(?<!\w)({_GENDER}(?:\s*/\s*{_GENDER}){{1,3}})(?![\w*])",
    re.I,
)
# The pairs a marker opens with, in Dutch, German, English and French: "H/W"
# (hardware) and "F/W" (firmware) are no marker ("Embedded H/W Engineer"
# was told it named some genders only).
_PAIRS = (set("mv"), set("mw"), set("mf"), set("hf"))
# What names the genders besides man and woman: "x" (NL/EN), "d", "div" for
# divers (DE), "gn" for genderneutraal, "nb" for non-binary, the gender star.
_ALL_GENDERS = frozenset(("x", "d", "div", "gn", "nb", "*"))


# A marker written out: "(man/vrouw)", "(vrouw)", "(male)", "(m/vrouw)",
# "man/vrouw" in a title. A word alone in brackets only where it names the
# applicant ("Kapper (dames)" is a hairdresser for women's hair).
_ONE = {"man": "m", "male": "m", "woman": "w", "vrouw": "v", "female": "f"}
_WORDS_OF_GENDER = {
    **_ONE, "men": "m", "mannen": "m", "heren": "m", "women": "w", "vrouwen": "v",
    "dames": "v", "x": "x", "divers": "div", "non-binair": "nb", "non-binary": "nb",
    "nonbinary": "nb", "genderneutraal": "gn", "anders": "x", "other": "x",
}  # fmt: skip
_SPELLED_PART = r"(?:[a-z*-]+)"
_SPELLED = re.compile(
    rf"\(\s*({_SPELLED_PART}(?:\s*/\s*{_SPELLED_PART}){{0,3}})\s*\)"
    rf"|(?<![\w/])({_SPELLED_PART}(?:\s*/\s*{_SPELLED_PART}){{1,3}})(?![\w*/])",
    re.I,
)


def _marker_leaves_out(text: str) -> bool:
    """Whether the slashed letters ``text`` of a marker are one naming some
    genders only; False for the inclusive ones and for what is no marker."""
    parts = set(re.split(r"\s*/\s*", text.casefold()))
    if parts & _ALL_GENDERS:
        return False
    return len(parts) == 1 or any(pair <= parts for pair in _PAIRS)


def _spelled_leaves_out(text: str) -> bool:
    """Whether ``text``, slashed words of a marker written out ("man/vrouw",
    a single "vrouw"), names some genders only; False for what is no marker
    (a word of no gender among them: "(Utrecht/Amersfoort)")."""
    words = [w.casefold() for w in re.split(r"\s*/\s*", text)]
    known = {**_WORDS_OF_GENDER, **{c: c for c in "mvwfhd*"}, "div": "div", "gn": "gn", "nb": "nb"}
    if not any(w in _WORDS_OF_GENDER and len(w) > 1 for w in words):
        return False  # letters alone: _MARKER's
    if any(w not in known for w in words):
        return False
    if len(words) == 1:
        return words[0] in _ONE
    return _marker_leaves_out("/".join(known[w] for w in words))


_GENDERED_WORDS = (
    # English
    "chairman", "chairwoman", "salesman", "saleswoman", "salesmen", "foreman", "handyman",
    "craftsman", "businessman", "spokesman", "spokeswoman", "cameraman", "fireman",
    "policeman", "policewoman", "repairman", "serviceman", "workman", "deliveryman",
    "draughtsman", "draftsman", "lineman", "middleman", "waitress", "stewardess",
    "hostess", "headmaster", "headmistress", "manageress", "storeman", "storemen",
    "doorman", "watchman", "groundsman", "fisherman", "warehouseman", "barmaid",
    "masseuse", "cleaning lady",
)  # fmt: skip
# Dutch writes compounds as one word, the gendered word at its end:
# "Baliemedewerkster", "Directiesecretaresse" are found as "medewerkster" is.
_DUTCH_GENDERED_WORDS = (
    "medewerkster", "verkoopster", "schoonmaakster", "kapster", "verpleegster",
    "serveerster", "secretaresse", "lerares", "directrice", "gastvrouw", "zakenman",
    "vakman", "timmerman", "brandweerman", "stuurman", "voorman", "monteuse",
    "adviseuse", "assistente", "huishoudster", "kassajuffrouw", "winkeljuffrouw",
    "verzorgster", "kassière", "receptioniste", "zakenvrouw", "vakvrouw", "barman",
    "barvrouw", "gastheer", "juffrouw", "kamermeisje", "leidster", "werkster", "chauffeuse",
)  # fmt: skip
_WORDS = re.compile(
    r"\b(" + "|".join(_GENDERED_WORDS) + r"|\w*(?:" + "|".join(_DUTCH_GENDERED_WORDS) + r"))\b",
    re.I,
)


def title_problem(title: str) -> str | None:
    """Why a job title is not gender-neutral, or None."""
    for match in _MARKER.finditer(title):
        if _marker_leaves_out(match.group(1) or match.group(2)):
            return (
                f'"{match.group(0).strip()}" names some genders only; write "(m/v/x)" '
                "or leave the marker out"
            )
    for match in _SPELLED.finditer(title):
        if _spelled_leaves_out(match.group(1) or match.group(2)):
            return (
                f'"{match.group(0).strip()}" names some genders only; write "(m/v/x)" '
                "or leave the marker out"
            )
    word = _WORDS.search(title)
    if word:
        return f'"{word.group(0)}" is a gendered word; use a neutral title'
    return None


def check(vacancies: Iterable[Vacancy], mode: str, today: dt.date) -> list[Issue]:
    """One issue per problem of each advertised vacancy in the EEA; none when mode is "off"."""
    if mode == "off":
        return []
    severity = "error" if mode == "error" else "warning"
    setting = f'(EU pay transparency; PODIUM_PAY_TRANSPARENCY = "{mode}")'
    issues = []
    for v in vacancies:
        # A job in London and Amsterdam is advertised in the EU too.
        if all(p.country not in EEA for p in v.locations) or not v.is_advertised(today):
            continue

        def report(message: str, name: str | None = None, v: Vacancy = v) -> None:
            line = v.line(name) if name else v.source_line
            issues.append(Issue(v.source, line, f"{message} {setting}", severity))

        # A feed vacancy's snapshot is rewritten by every pull: the fix belongs
        # in the ATS post, and advice to edit the file here would be lost.
        in_ats = " in the ATS post, then run `podium vacancies pull`" if v.feed_status else ""
        if v.salary is None and v.feed_status:
            # Named by its title too: the recruiter finds the post in the ATS
            # by it, not by the ATS's own id ("5f1c2d3e-8a9b-...").
            report(
                f'vacancy "{v.id}" ("{v.title}") has no pay range in its feed (field "salary"): '
                f"add the pay{in_ats} (this snapshot is rewritten by every pull)"
            )
        elif v.salary is None:
            report(
                f'vacancy "{v.id}" has no field "salary": add the pay range, like '
                "salary: {min: 3200, max: 3900, currency: EUR, unit: MONTH}"
            )
        elif v.salary.min is None:
            # "Up to 5,600" is neither the starting pay nor a range: the
            # applicant still cannot tell where the pay begins.
            fix = in_ats or ' as "salary.min", like salary: {min: 3200, max: 3900, ...}'
            named = f' ("{v.title}")' if v.feed_status else ""
            report(
                f'vacancy "{v.id}"{named} gives only a maximum pay ("salary.max"), which is '
                f"neither the starting pay nor a range: add the starting pay{fix}",
                "salary",
            )
        elif v.salary.max is not None and v.salary.min > v.salary.max:
            report(f'vacancy "{v.id}" field "salary.min" is above "salary.max"', "salary")
        problem = title_problem(v.title)
        if problem:
            report(
                f'vacancy "{v.id}" field "title" ("{v.title}") is not gender-neutral: '
                f"{problem}{in_ats}",
                "title",
            )
        # Its title in the hub's other languages (a Recruitee offer's
        # translations) is the ad's in that language's job list.
        for lang, title in v.titles:
            problem = title_problem(title)
            if problem and title != v.title:
                report(
                    f'vacancy "{v.id}" field "titles.{lang}" ("{title}") is not gender-neutral: '
                    f"{problem}{in_ats}",
                    "titles",
                )
    return issues
