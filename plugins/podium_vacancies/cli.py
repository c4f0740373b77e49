"""``podium vacancies pull``: the click command group the ``podium`` CLI mounts.

The caller passes what it has already loaded through ``ctx.obj``:
``{"settings": <Pelican settings mapping>, "content_dir": <path of content/>}``.
Exit status: 0 all feeds refreshed, 1 any feed failed (after trying all) or
``PODIUM_FEEDS`` is invalid or empty, 2 wrong usage (click's own status).
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import click

from podium import settings as podium_settings
from podium.atomic import one_writer
from podium.cache import cache_root, own_folders
from podium.errors import ContentError, did_you_mean, display_path, folder_link_issue
from podium.settings import Basics, SettingProblems

from . import snapshot
from .countries import code_for
from .feeds import KINDS, FeedConfig, slugify

KEPT_SNAPSHOTS = snapshot.KEPT_SNAPSHOTS
FEED_EXAMPLE = (
    "{'name': 'greenhouse-my-company', 'kind': 'greenhouse', "
    "'url': 'https://boards-api.greenhouse.io/v1/boards/my-company/jobs?content=true'}"
)


class Seconds(click.FloatRange):
    """``click.FloatRange`` that refuses NaN, which passes every comparison with
    its bounds: ``--timeout nan`` failed each feed with "connection failed:
    ValueError: Invalid value NaN (not a number)". (``podium ping`` takes it too.)"""

    def convert(self, value, param, ctx):
        seconds = super().convert(value, param, ctx)
        if math.isnan(seconds):
            self.fail(f"{value} is not in the range {self._describe_range()}.", param, ctx)
        return seconds


@click.group("vacancies")
def vacancies() -> None:
    """Vacancies from applicant tracking systems (ATS)."""


class Given(click.ParamType):
    """Text that may not be empty: ``--country "$COUNTRY"`` with COUNTRY unset
    pulled as if no --country were given, and ``--url ""`` said "--kind and --url
    go together" of a command line that gave both."""

    name = "text"

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            self.fail(
                "the value is empty (an unset variable in a script?); give one, or leave "
                "the option out",
                param,
                ctx,
            )
        return value


@vacancies.command("pull")
@click.option("--kind", type=click.Choice(KINDS), help="Vendor of the one feed given by --url.")
@click.option("--url", type=Given(), help="Address of one feed to refresh instead of PODIUM_FEEDS.")
@click.option("--name", type=Given(),
              help="Feed name (snapshot file name); picks one feed of PODIUM_FEEDS.")  # fmt: skip
@click.option("--country", type=Given(),
              help="Default ISO country code for the --url feed, like NL.")  # fmt: skip
@click.option("--timeout", type=Seconds(0.1, 300), default=20, show_default=True,
              help="Seconds to wait for each feed.")  # fmt: skip
@click.option("--force", is_flag=True,
              help="Write the snapshot even if it closes most or all open vacancies.")  # fmt: skip
@click.pass_context
def pull_command(ctx, kind, url, name, country, timeout, force) -> None:
    """Refresh the ATS snapshots in content/vacancies/feeds/."""
    # Here, not at the top: `podium` mounts this group on every run, and a
    # build has no use for the vendors' parsers and the HTTP client.
    from .pull import pull

    obj = ctx.obj or {}
    settings = obj.get("settings") or {}
    content_dir = Path(obj.get("content_dir") or settings.get("PATH") or "content")
    try:
        # PODIUM_FEEDS is parsed with every other setting, once (register_setting).
        ps = podium_settings.get(settings) if settings else None
    except ContentError as exc:
        for issue in exc.issues:
            click.echo(issue.format(), err=True)
        ctx.exit(1)
    configured = ps.feeds if ps is not None else ()
    try:
        basics = ps.basics if ps is not None else Basics()
        feeds = _select(configured, kind, url, name, country, settings, basics)
    except ContentError as exc:
        for issue in exc.issues:
            click.echo(issue.format(), err=True)
        ctx.exit(1)
    issue = folder_link_issue(content_dir)
    if issue is not None:  # the snapshots would be written (and old ones removed) there
        click.echo(issue.format(), err=True)
        ctx.exit(1)
    cache = cache_root(content_dir, ps.cache_path) if ps is not None else None
    if cache is not None:
        own_folders(cache)  # restored by CI from a tar: no planted symlinks
    keep = cache / KEPT_SNAPSHOTS if cache is not None else None
    # Only where one_writer holds pulls apart: two at once would share it.
    spool = cache / snapshot.PULL_SPOOL if cache is not None and os.name == "posix" else None
    with one_writer(content_dir):
        if os.name == "posix":  # held apart from other pulls: their files are whole
            feeds_dir = content_dir / "vacancies" / "feeds"
            for path in snapshot.remove_unfinished(feeds_dir):
                click.echo(
                    f"removed {display_path(path, content_dir)} (an unfinished snapshot left by a "
                    "podium vacancies pull that was stopped)",
                    err=True,
                )
            if keep is not None:
                snapshot.remove_unfinished(keep)  # the cache's copies: only costs room
        report = pull(
            feeds, content_dir / "vacancies" / "feeds", timeout=timeout, force=force,
            keep_dir=keep, pay_transparency=ps.pay_transparency if ps is not None else "warn",
            today=ps.today if ps is not None else None,
            spool_dir=spool,
        )  # fmt: skip
    for warning in report.warnings:
        click.echo(warning, err=True)
    for result in report.results:
        for warning in result.warning_lines():
            click.echo(warning, err=True)
        click.echo(result.line(), err=not result.ok)
    ctx.exit(0 if report.ok else 1)


def _select(configured, kind, url, name, country, settings, basics) -> tuple[FeedConfig, ...]:
    if bool(kind) != bool(url):
        raise click.UsageError("--kind and --url go together: give both, or neither")
    if country and not url:
        # Ignored, it left the posts the pull had skipped for want of a country
        # skipped again, the warning that suggested it repeated.
        raise click.UsageError(
            f"--country goes with --kind and --url (the feed given there); for a feed of "
            f'PODIUM_FEEDS, add "default_country": "{code_for(country) or "NL"}" to its entry'
        )
    if url:
        entry = {"name": name or default_name(kind, url), "kind": kind, "url": url}
        for feed in configured:
            if feed.url == url and feed.kind == kind and (not name or name == feed.name):
                if not country:
                    return (feed,)
                # Its settings, with the country given for this pull.
                entry = {**entry, "name": feed.name}
                given = _one_feed(settings, {**entry, "default_country": country}, basics)
                return (replace(feed, default_country=given[0].default_country),)
        if country:
            entry["default_country"] = country
        return _one_feed(settings, entry, basics)
    if name:
        chosen = tuple(f for f in configured if f.name == name)
        if not chosen:
            names = [f.name for f in configured]
            raise click.UsageError(
                f'no feed named "{name}" in PODIUM_FEEDS{did_you_mean(name, names)}'
            )
        return chosen
    if not configured:
        # A settings file's error, as every other setting's: its file, and its
        # line when the setting is there but empty.
        problems = SettingProblems(str(settings.get("PODIUM_SETTINGS_FILE", "pelicanconf.py")))
        fix = f"[{FEED_EXAMPLE}] (one dict a feed), or give --kind and --url"
        if "PODIUM_FEEDS" in settings:
            problems.bad("PODIUM_FEEDS", f"is empty: no feeds to pull; list one in it, like {fix}")
        else:
            problems.bad("PODIUM_FEEDS", f"is not set: no feeds to pull; add PODIUM_FEEDS = {fix}")
        problems.check()
    return configured


def _one_feed(settings, entry: dict, basics: Basics) -> tuple[FeedConfig, ...]:
    """The feed of the command line's options, checked as a PODIUM_FEEDS entry."""
    try:
        return FeedConfig.from_settings({**settings, "PODIUM_FEEDS": [entry]}, basics)
    except ContentError as exc:
        # Name the option the user typed, not the setting it stands in for.
        options = {"['url']": "--url", "['name']": "--name", "['default_country']": "--country"}
        message = exc.issues[0].message.replace("setting PODIUM_FEEDS[0]", "")
        for key, option in options.items():
            message = message.replace(key, option, 1)
        raise click.UsageError(message.strip()) from None


def default_name(kind: str, url: str) -> str:
    """ "greenhouse-acme" for boards-api.greenhouse.io/v1/boards/acme/jobs, and so on."""
    try:
        parts = urlsplit(url)
    except ValueError:  # "https://[x": the URL's own check says what is wrong
        return kind
    segments = [s for s in parts.path.split("/") if s]
    account = None
    if kind == "greenhouse" and "boards" in segments[:-1]:
        account = segments[segments.index("boards") + 1]
    elif kind == "lever" and "postings" in segments[:-1]:
        account = segments[segments.index("postings") + 1]
    else:
        account = (parts.hostname or "").split(".")[0]
    slug = slugify(account or "")
    return f"{kind}-{slug}" if slug and not re.fullmatch(r"www|api", slug) else kind
