"""Lever postings API: ``GET https://api.lever.co/v0/postings/{site}?mode=json``.

Dates are epoch milliseconds (``createdAt``). The description is spread over
``description`` (or ``descriptionPlain``), ``lists`` (heading + ``<li>`` items),
``salaryDescription`` (words about the pay) and ``additional``; we join them
in that order.
"""

from __future__ import annotations

import html as htmllib

from .. import html
from ..feeds import FeedConfig
from ..model import Vacancy
from . import common
from .greenhouse import load_json


def normalise(payload: bytes, feed: FeedConfig, warnings: list[str] | None = None) -> list[Vacancy]:
    data = load_json(payload)
    if not isinstance(data, list):
        raise common.FeedError("expected a JSON list of postings (Lever postings API)")
    return common.collect(
        data, lambda post: _posting(post, feed, warnings), warnings, feed.max_jobs
    )


def _posting(post: dict, feed: FeedConfig, warnings: list[str] | None = None) -> Vacancy:
    cats = post.get("categories") or {}
    # workplaceType, one of a list ("unspecified", "on-site", "remote",
    # "hybrid"), is the job's, whatever remote words its location has
    # (common.parse_locations); unspecified, the location says it.
    kind = str(post.get("workplaceType") or "").strip().casefold()
    remote = kind == "remote"
    office = f'of workplaceType "{kind}"' if kind in ("hybrid", "on-site", "onsite") else None
    # allLocations: every place of a job offered in several, "location" the first.
    places = [p for p in cats.get("allLocations") or [] if isinstance(p, str) and p.strip()]
    where = "; ".join([cats.get("location") or "", *places]) if places else cats.get("location")
    location = common.parse_locations(
        where, feed, post.get("country"), remote, common.warner(post, warnings), office
    )
    pay = post.get("salaryRange") or {}
    description = post.get("description") or _paragraphs(post.get("descriptionPlain"))
    body = common.section(None, description)
    for item in post.get("lists") or []:
        if isinstance(item, dict) and item.get("content"):
            body += common.section(item.get("text"), f"<ul>{item['content']}</ul>")
    # What the employer says about the pay beside the range ("plus 8% holiday
    # pay", bonus, equity): readers of the range need it as much.
    body += common.section(None, post.get("salaryDescription"))
    body += common.section(None, post.get("additional"))
    return common.vacancy(
        feed,
        id=post.get("id"),
        title=post.get("text"),
        location=location,
        apply_url=common.first_address(post.get("applyUrl"), post.get("hostedUrl")),
        page=post.get("hostedUrl"),
        date_posted=common.date_from_epoch_ms(post.get("createdAt"), feed.timezone),
        posted_as=(("createdAt", post.get("createdAt")),),
        posted_like="a number of milliseconds since 1970, like 1790811000000",
        warn=common.warner(post, warnings),
        description_html=body,
        department=cats.get("team") or cats.get("department"),
        employment=common.employment_types(cats.get("commitment")),
        pay=_pay(pay, post, warnings),
    )


def _pay(pay, post: dict, warnings: list[str] | None) -> common.Salary | None:
    """The ``salaryRange``, else the range written in ``salaryDescription``;
    a range that cannot be read is said only when the words give none."""
    words = _range_in_words(post.get("salaryDescription"))
    if not isinstance(pay, dict):
        return words
    warn = common.warner(post, warnings) if words is None else None
    names = ("salaryRange.min", "salaryRange.max")
    got = common.salary(pay.get("min"), pay.get("max"), pay.get("currency"),
                        pay.get("interval"), warn, names)  # fmt: skip
    return got or words


def _range_in_words(description) -> common.Salary | None:
    """The pay range an employer wrote in ``salaryDescription`` without the
    range fields ("€ 3.200 - € 3.900 bruto per maand"): the job had no
    baseSalary, though its page said the pay. A range only, with its currency
    and period: one amount beside the range is as often a bonus ("up to
    €10.000 bonus") as the pay."""
    if not isinstance(description, str):
        return None
    pay = common.salary_from_text(_text(description))
    return pay if pay and pay.min is not None and pay.max is not None else None


def _text(fragment: str) -> str:
    """The words of a piece of the post's HTML, as its page shows them: the
    control characters pasted with it (a "\\ud800" in the JSON) made the
    sanitiser fail, and the post was skipped as of "unexpected data"."""
    return html.to_text(html.sanitise(common.printable(fragment)))


def _paragraphs(text: str | None) -> str:
    if not text:
        return ""
    return "".join(f"<p>{htmllib.escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())
