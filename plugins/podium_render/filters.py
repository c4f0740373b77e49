"""Jinja filters for vacancy facts, in the page's language."""

from __future__ import annotations

from typing import Any

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


def money(amount: float, lang: str) -> str:
    """4200 -> '4,200' (en) or '4.200' (nl): each language's separators (strings.yml)."""
    text = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
    swap = {",": translate("thousands_separator", lang), ".": translate("decimal_separator", lang)}
    return "".join(swap.get(c, c) for c in text)


def salary(value: Any, lang: str) -> str:
    symbol = {"EUR": "€", "USD": "$", "GBP": "£"}.get(value.currency, value.currency + " ")
    low, high = money(value.min, lang), money(value.max, lang)
    amount = f"{symbol}{low}" if value.min == value.max else f"{symbol}{low} – {symbol}{high}"
    return f"{amount} {translate('per_' + value.unit, lang)}"


FILTERS = {
    "job_location": job_location,
    "job_location_key": job_location_key,
    "job_place": job_place,
    "salary": salary,
}
