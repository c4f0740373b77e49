"""Personio XML feed: ``GET https://{company}.jobs.personio.de/xml``.

The XML is parsed with ``defusedxml`` with every DOCTYPE forbidden: a job
feed never needs one, and refusing it rules out entity-expansion bombs and
external entities whatever the parser's defaults. The refusal is made by the
parser, as it reads the declaration, so it holds in UTF-16 too (a byte
search for "<!DOCTYPE" missed it there, and the entities were expanded). Personio gives no
job URL and no country: the apply URL is the company's job page
``https://{company}.jobs.personio.de/job/{id}`` (same host as the feed, with
the feed URL's ``?language=`` if it has one), and the country is the feed's
``default_country`` unless the office names one.

Pay: ``<salaryInformation>``. Its inner shape is not in Personio's public
XML documentation that we could check, so both shapes seen in feeds are
read: child elements (``<minimum>``/``<min>``/``<from>``,
``<maximum>``/``<max>``/``<to>``, ``<currency>``, ``<interval>``/``<period>``/
``<unit>``), or one line of text like "EUR 3.200 - 3.900 per month". Anything
else leaves the salary out rather than guessing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import defusedxml
import defusedxml.ElementTree

from ..feeds import FeedConfig
from ..model import Vacancy
from . import common


def normalise(payload: bytes, feed: FeedConfig, warnings: list[str] | None = None) -> list[Vacancy]:
    came = common.what_came(payload)
    if came:
        raise common.FeedError(f"malformed XML: {came}")
    try:
        root = defusedxml.ElementTree.fromstring(_without_controls(payload), forbid_dtd=True)
    except defusedxml.DefusedXmlException:
        raise common.FeedError("refused XML with a DOCTYPE or ENTITY declaration") from None
    except (ET.ParseError, ValueError) as exc:  # ValueError: an encoding expat cannot read
        raise common.FeedError(f"malformed XML: {exc}") from None
    if root.tag != "workzag-jobs":
        raise common.FeedError(f"expected <workzag-jobs> (Personio XML), not <{root.tag}>")
    parts = urlsplit(feed.url)
    base = f"{parts.scheme}://{parts.netloc}"
    # The feed answers in the language its URL asks for (/xml?language=en).
    lang = parse_qs(parts.query).get("language", [None])[0]
    return common.collect(
        root.iter("position"),
        lambda p: _position(p, feed, base, lang, warnings),
        warnings,
        feed.max_jobs,
    )


# A C0 control character that XML 1.0 cannot hold, as a byte or a reference.
_CONTROL_BYTE = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_CONTROL_REF = re.compile(rb"&#(?:[xX]0*([0-9a-fA-F]{1,2})|0*([0-9]{1,2}));")


def _without_controls(payload: bytes) -> bytes:
    """The feed with each control character XML cannot hold made a space.

    Text pasted into Personio brings them along (Word's line break in a
    paragraph is U+000B): one in a single position's name, raw or as
    "&#x1b;", made the whole feed "malformed XML" and no job of it was
    updated, where a JSON feed's post gets a space in its place (``printable``).
    In UTF-8 and the other encodings that write ASCII as bytes, such a byte is
    always that character; a UTF-16 feed (zero bytes in its first characters)
    is left as it is.
    """
    if b"\x00" in payload[:4] or payload[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return payload
    payload = _CONTROL_BYTE.sub(b" ", payload)
    return _CONTROL_REF.sub(_control_ref, payload) if b"&#" in payload else payload


def _control_ref(ref: re.Match) -> bytes:
    hex_digits, digits = ref.groups()
    code = int(hex_digits, 16) if hex_digits else int(digits)
    return b" " if code < 0x20 and code not in (0x09, 0x0A, 0x0D) else ref.group()


def _position(
    pos: ET.Element, feed: FeedConfig, base: str, lang: str | None, warnings=None
) -> Vacancy:
    def text(tag: str) -> str | None:
        value = pos.findtext(tag)
        return value.strip() if value and value.strip() else None

    body = "".join(
        common.section(_content(d.find("name")), _content(d.find("value")))
        for d in pos.iterfind("jobDescriptions/jobDescription")
    )
    pid = text("id")
    kind = common.employment_types(text("employmentType"))
    # A permanent job (no type: a contract's length) is full- or part-time
    # by its schedule, or of no type without one; interns,
    # freelancers and temporary staff keep their more specific type.
    schedule = common.employment_types(text("schedule"))
    if set(kind) <= {"FULL_TIME", "PART_TIME"}:
        kind = schedule or kind
    elif kind == ("TEMPORARY",) and set(schedule) <= {"FULL_TIME", "PART_TIME"}:
        # "temporary" is the contract's length: its hours are the schedule's.
        kind = (*schedule, "TEMPORARY")
    # Encoded whole: quote() keeps "/", and the id "../../admin" made the
    # Apply button open ".../job/../../admin", another page of the site.
    page = f"{base}/job/{quote(pid, safe='')}" if pid else None
    if page and lang:
        # The job page in the language the feed was read in: without it
        # Personio shows the company's default language (German, often) to a
        # candidate coming from an English page.
        page += "?" + urlencode({"language": lang})
    return common.vacancy(
        feed,
        id=pid,
        title=text("name"),
        # <additionalOffices> holds the other offices of a job offered in several.
        location=common.parse_locations(
            "; ".join(o for o in [text("office"), *_offices(pos)] if o),
            feed,
            warn=common.warner(pos, warnings),
        ),
        apply_url=page,
        date_posted=common.parse_date(text("createdAt"), feed.timezone),
        posted_as=(("createdAt", text("createdAt")),),
        warn=common.warner(pos, warnings),
        description_html=body,
        department=text("department"),
        employment=kind,
        pay=_pay(pos.find("salaryInformation"), common.warner(pos, warnings)),
        lang=lang,
    )


def _content(node: ET.Element | None) -> str | None:
    """An element's whole content as HTML: its text, then each child element
    serialised and the text after it. A description written as XHTML, not in
    CDATA ("<value>Intro. <p>Je installeert ...</p></value>"), was its text up to
    the first element only ("Intro."), or nothing, and the post skipped as
    'field "description" must not be empty'. The sanitiser cleans it, as any
    description."""
    if node is None:
        return None
    parts = [node.text or ""]
    for child in node:
        for element in child.iter():
            # An XHTML namespace ("<p xmlns=...>") would be written as "ns0:p",
            # an element no sanitiser keeps.
            if isinstance(element.tag, str) and element.tag.startswith("{"):
                element.tag = element.tag.partition("}")[2]
        tail, child.tail = child.tail, None
        parts += [ET.tostring(child, encoding="unicode"), tail or ""]
        child.tail = tail
    return "".join(parts)


def _offices(pos: ET.Element) -> list[str]:
    offices = pos.iterfind("additionalOffices/office")
    return [o.text.strip() for o in offices if o.text and o.text.strip()]


def _pay(node: ET.Element | None, warn=None) -> common.Salary | None:
    if node is None:
        return None
    children = {child.tag.casefold(): (child.text or "").strip() for child in node}
    if not children:
        said: list[str] = []

        def heard(message: str) -> None:
            said.append(message)
            warn(message)

        pay = common.salary_from_text(node.text, heard if warn is not None else None)
        if pay is None and not said and warn is not None and (node.text or "").strip():
            # No amount with its currency in it ("lots of money"): left out
            # quietly, the build said the post had no pay.
            warn(
                f"its salaryInformation {common.as_written(node.text.strip(), 40)} gives no "
                'pay Podium can read (like "€ 3.200 - € 3.900 per maand"); it is published '
                "without pay: fix the pay in the ATS and pull again"
            )
        return pay

    def pick(*names: str) -> str | None:
        return next((children[n] for n in names if children.get(n)), None)

    def named(*names: str) -> str:
        return next((n for n in names if children.get(n)), names[0])

    low, high = ("minimum", "min", "from", "minamount", "amountfrom"), (
        "maximum", "max", "to", "maxamount", "amountto",
    )  # fmt: skip
    return common.salary(
        pick(*low),
        pick(*high),
        pick("currency", "currencycode"),
        pick("interval", "period", "unit", "frequency"),
        warn,
        (f"<{named(*low)}>", f"<{named(*high)}>"),
    )
