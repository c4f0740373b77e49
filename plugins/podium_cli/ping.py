"""``podium ping``: tell search engines what changed since the last published build.

Run after deployment (publish.yml does). It reads the built ``sitemap.xml``
and the state file beside the cache (see podium_ping), and never fails
the job it runs in: a service that is down or refuses is one warning line,
exit status 0, and the URLs are sent again next time. Only wrong usage
(exit 2) and unreadable settings (exit 1) stop it.
"""

from __future__ import annotations

import datetime as dt
import shlex
from pathlib import Path

import click

from podium import settings as podium_settings
from podium.cache import build_cache
from podium.errors import Issue, UsageError, display_path
from podium_vacancies.cli import Seconds

from . import options
from .build import load_settings
from .options import settings_option


@click.command("ping", short_help="Tell search engines which URLs changed.")
@settings_option("publishconf.py", "Settings the site was built with.")
@click.option(
    "-o",
    "--output",
    type=options.Path(file_okay=False),
    help="The built site (default: the settings' OUTPUT_PATH).",
)
@click.option("--dry-run", is_flag=True, help="Print what would be sent; send nothing.")
@click.option(
    "--tries",
    type=click.IntRange(1, 10),
    default=3,
    show_default=True,
    help="Attempts per request (429, 5xx and network errors are retried).",
)
@click.option(
    "--backoff",
    type=Seconds(0, 300),
    default=2.0,
    show_default=True,
    help="Seconds before the first retry; doubled for each next one.",
)
@click.option("--timeout", type=Seconds(0.1, 300), default=20, show_default=True,
              help="Seconds each answer may take, all of it.")  # fmt: skip
def ping(settings_file, output, dry_run, tries, backoff, timeout) -> None:
    """Tell IndexNow (and Google's Indexing API, for vacancies) which URLs changed."""
    # Here, not at the top: the CLI mounts this command on every run, and
    # `podium build` has no use for the ping's HTTP client and sitemap reader.
    from podium_ping import google, run_ping
    from podium_ping.http import Retry
    from podium_ping.state import state_path

    settings = load_settings(settings_file)
    ps = podium_settings.get(settings)
    out = Path(output or settings["OUTPUT_PATH"])
    folder = f" -o {shlex.quote(str(output))}" if output else ""
    report = run_ping(
        ps.ping,
        str(settings.get("SITEURL") or ""),
        out / "sitemap.xml",
        state_path(build_cache(settings)),
        ps.today,
        Retry(tries, backoff, timeout),
        dry_run=dry_run,
        # Google's quota day, from midnight Pacific time; a fixed PODIUM_TODAY
        # (tests, time travel) is the day for it too.
        quota_day=None if ps.today_fixed else google.quota_day(dt.datetime.now(dt.UTC)),
        # The build's record of each page's content hash (podium_render.freshness).
        lastmod_record=build_cache(settings) / "lastmod.json",
        # The commands its messages suggest, with this ping's settings and folder.
        build=f"podium build -s {shlex.quote(str(settings_file))}{folder}",
        again=f"podium ping -s publishconf.py{folder}",
    )
    if report.refused:
        where = display_path(
            Path(settings_file) if report.refused_settings else out / "sitemap.xml"
        )
        raise UsageError([Issue(where, None, report.refused)])
    for line in report.lines:
        click.echo(line)
    for warning in report.warnings:
        click.echo(warning, err=True)
