"""Jinja filters for vacancy facts, in the page's language."""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup

from podium.i18n import translate


def job_location(location: Any, lang: str) -> str:
    if location.remote and location.city:
        return f"{location.city} · {translate('remote', lang)}"
    if location.remote:
        return translate("remote_in", lang, country=location.country)
    return location.city or location.country


def job_location_key(location: Any) -> str:
    if location.remote and not location.city:
        return "remote"
    return (location.city or location.country).lower()


def job_place(location: Any, lang: str) -> str:
    """The search facet "location": a city, or "Remote" (as on story pages)."""
    if location.remote and not location.city:
        return translate("remote", lang)
    return location.city or location.country


_HEADING = re.compile(r"(</?)h([1-6])\b", re.IGNORECASE)


def headings(html: Any, top: int = 2) -> Markup:
    """Renumber the headings of an HTML fragment: the highest becomes ``<h{top}>``
    and no level is skipped, so a fragment (an ATS description that starts at
    ``<h3>``, a column with ``####``) fits under the page's own headings."""
    text = str(html or "")
    levels = sorted({int(m.group(2)) for m in _HEADING.finditer(text)})
    mapping = {level: min(top + i, 6) for i, level in enumerate(levels)}
    out = _HEADING.sub(lambda m: f"{m.group(1)}h{mapping[int(m.group(2))]}", text)
    return Markup(out)


def money(amount: float, lang: str) -> str:
    """4200 -> '4,200' (en) or '4.200' (nl): Dutch swaps the separators."""
    text = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
    if lang == "nl":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def salary(value: Any, lang: str) -> str:
    symbol = {"EUR": "€", "USD": "$", "GBP": "£"}.get(value.currency, value.currency + " ")
    low, high = money(value.min, lang), money(value.max, lang)
    amount = f"{symbol}{low}" if value.min == value.max else f"{symbol}{low} – {symbol}{high}"
    return f"{amount} {translate('per_' + value.unit, lang)}"


FILTERS = {
    "job_location": job_location,
    "job_location_key": job_location_key,
    "job_place": job_place,
    "headings": headings,
    "salary": salary,
}
