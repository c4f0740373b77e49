"""Pipeline step 5, render: Podium's URL scheme, the hub pages, feeds, sitemap."""

from __future__ import annotations

from pelican import signals

from podium import settings as podium_settings
from podium.i18n import initials, jinja_translate, long_date

from . import defaults
from . import filters as vacancy_filters
from .hub import HubGenerator


def _initialized(pelican) -> None:
    defaults.apply(pelican.settings)
    ps = podium_settings.get(pelican.settings)
    pelican.settings.setdefault("JINJA_GLOBALS", {})
    pelican.settings["JINJA_GLOBALS"].update({"_": jinja_translate, "podium": ps})
    pelican.settings.setdefault("JINJA_FILTERS", {})
    pelican.settings["JINJA_FILTERS"].update(
        {"longdate": long_date, "initials": initials, **vacancy_filters.FILTERS}
    )
    pelican.settings.setdefault("FEED_DOMAIN", pelican.settings.get("SITEURL", ""))


def _get_generators(pelican):
    return HubGenerator


def register() -> None:
    signals.initialized.connect(_initialized)
    signals.get_generators.connect(_get_generators)
