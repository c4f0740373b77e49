"""A job title as Google's JobPosting guidelines ask: the job's name alone.

Google for Jobs asks that a JobPosting's ``title`` hold only the job's title:
no job codes, addresses, dates, pay or company name, and no overuse of
special characters such as "!" and "*" ("Software engineer", not "€4.200!!
Data engineer bij Acme (REQ-1234)"). Such a title is shown poorly or not at
all, and the page's title and the job list's carry it too, so ``podium
check`` (and the build) warns, on the title's line, about each advertised
vacancy (open or scheduled) whose title:

* gives pay (a currency sign or code by a number: "€ 4.200", "4200 EUR"),
  which belongs in ``salary`` (the JobPosting's ``baseSalary``);
* names the hiring organisation (``PODIUM_BRAND['name']``), which Google
  reads from ``hiringOrganization``;
* holds a job code or date in brackets ("(REQ-1234)", "[#4711]", "(2026)");
* shouts: an "!", or every letter in capitals ("SENIOR DEVELOPER").

Warnings, not errors: Google's guidelines are advice about how a job is
shown, and a feed's titles are the ATS's (the fix is there, then a pull).
A gender marker ("(m/v/x)") and a German gender star ("Entwickler*in") are
no such thing (see paycheck for titles that name some genders only).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from podium.errors import Issue

from .model import Vacancy

_MONEY = r"(?:[€$£]|\b(?:EUR|USD|GBP|CHF|euro)\b)"
# The whole amount, which the warning quotes: "€3" of "€3.000" was no pay written.
_PAY = re.compile(rf"{_MONEY}\s*\d(?:[\d.,]*\d)?|\d[\d.,]*\s*(?:,-\s*)?{_MONEY}", re.I)
# A code or a year in brackets: three digits or more in a row, with at most
# letters, "#", "-", "." or ":" beside them ("(REQ-1234)", "[#4711]", "(ref. 2026-17)").
_CODE = re.compile(r"[(\[]\s*[A-Za-z.#:\s-]*\d{3,}[\d.#/-]*\s*[)\]]")
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def title_advice(title: str, company: str | None) -> str | None:
    """What a job title holds that Google asks to keep out of it, or None."""
    match = _PAY.search(title)
    if match:
        return f'it gives pay ("{match.group(0).strip()}"): give the pay in "salary" only'
    name = " ".join((company or "").split())
    if len(name) >= 3 and re.search(
        rf"(?<!\w){re.escape(name)}(?!\w)", " ".join(title.split()), re.IGNORECASE
    ):
        return f'it names the company ("{name}"), which Google reads from the job\'s employer'
    match = _CODE.search(title)
    if match:
        return f'it holds a code or date ("{match.group(0)}"): keep those in the description'
    if "!" in title:
        return 'it holds "!": write the job\'s name plainly'
    letters = [c for c in title if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and _LONG_WORD.search(title):
        return "it is in capitals: write it as a sentence is written"
    return None


def check(vacancies: Iterable[Vacancy], company: str | None, today: dt.date) -> list[Issue]:
    """A warning on the title's line of each advertised vacancy whose title
    Google would not take as the job's name alone (title_advice)."""
    issues = []
    for v in vacancies:
        if not v.is_advertised(today):
            continue  # a closed job's page has no JobPosting
        advice = title_advice(v.title, company)
        if advice:
            where = " (in the ATS post, then run `podium vacancies pull`)" if v.feed_status else ""
            issues.append(
                Issue(
                    v.source,
                    v.line("title"),
                    f'vacancy "{v.id}" field "title" ("{v.title}") is not the job\'s name '
                    f"alone, as Google for Jobs asks: {advice}{where}",
                    "warning",
                )
            )
    return issues
