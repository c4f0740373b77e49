"""Pipeline step 2, validate: the whole content tree, before anything is built.

Connected to Pelican's ``initialized`` signal, so even a plain ``pelican``
run refuses invalid content instead of silently skipping a story. It completes
the site model the read step put under ``podium.pipeline.SITE`` (every content
file, read once) with the problems of the whole tree, for the later steps.
"""

from __future__ import annotations

import dataclasses
import logging

from pelican import signals
from pelican.generators import ArticlesGenerator

from podium import pipeline
from podium import settings as podium_settings
from podium.articles import with_translations
from podium.cache import cache_root
from podium.errors import ContentError, Issue
from podium_vacancies import snapshot, stale

from .site import Site, check_site, theme_page_warnings

log = logging.getLogger(__name__)


def as_published(site: Site) -> tuple[Site, list[Issue]]:
    """The site with the vacancies the build publishes, and the warnings on the
    snapshots whose feeds' pulls fail (``podium_vacancies.stale``): the jobs of
    one not pulled for ``CLOSE_DAYS`` are closed. The build and ``podium
    report`` both call this, so the report counts the open jobs the hub shows.
    Not ``podium check``: a pull request's checkout holds snapshots as old as
    their last commit."""
    kept = cache_root(site.content_root, site.settings.cache_path) / snapshot.KEPT_SNAPSHOTS
    aged, vacancies = stale.judge(site.vacancies, kept, site.settings.timezone)
    if aged:
        problems = tuple(sorted({*site.problems, *aged}, key=Issue.sort_key))
        site = dataclasses.replace(site, vacancies=vacancies, problems=problems)
    return site, aged


def _validate(pelican) -> None:
    ps = podium_settings.get(pelican.settings)
    # Settings that change nothing (DATE_FORMATS, LINKS), as `podium check` lists them.
    for issue in ps.warnings:
        log.warning(issue.format())
    # The read step's model (it runs first: PLUGINS order, pipeline.on_initialized).
    site, _aged = as_published(check_site(pelican.settings[pipeline.SITE]))
    for issue in site.problems:
        if issue.severity != "error":
            log.warning(issue.format())
    if site.errors:
        raise ContentError(site.errors)
    pelican.settings[pipeline.SITE] = site
    pelican._podium_site_is_fresh = True


def _validate_again(pelican) -> None:
    """At the start of every run after the first of one Pelican: `pelican -r`
    (and ``-lr``) makes one and runs it again on each change, and the content
    read when it started was built every time, an edited story as first read,
    a story broken since never refused. (Pelican asks each run's generators first.)"""
    if getattr(pelican, "_podium_site_is_fresh", False):
        pelican._podium_site_is_fresh = False
    else:
        pipeline.forget_shown_messages()  # or the warnings said by the first run are not
        _validate(pelican)
        pelican._podium_site_is_fresh = False


def _warn_of_links_past_a_theme_s_last_page(generators) -> None:
    """A story's link to a page of a theme past its last one (/themes/tech/page/2/
    of a theme of three stories), judged once every generator's context is
    complete: a theme's stories are known once the tag step has tagged them. The
    render step said it from its own count, and `podium check` imported that."""
    for generator in generators:
        if isinstance(generator, ArticlesGenerator):
            site = generator.context.get(pipeline.SITE)
            if site is not None:
                stories = with_translations(generator.context.get("articles", []))
                for issue in theme_page_warnings(site, stories):
                    log.warning(issue.format())
            return


def register() -> None:
    signals.initialized.connect(pipeline.on_initialized)
    signals.initialized.connect(_validate)
    signals.get_generators.connect(_validate_again)
    signals.all_generators_finalized.connect(_warn_of_links_past_a_theme_s_last_page)
