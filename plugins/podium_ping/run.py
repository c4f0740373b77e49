"""One ``podium ping``: plan per service, send, record what was accepted."""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from podium.errors import one_line
from podium_render.feeds import PREVIEW_MARK

from . import google, indexnow
from .http import PingError, Retry
from .state import State, read_shown, read_sitemap

# Vacancy pages, in any language: /vacancies/<id>/ or /en/vacancies/<id>/,
# below the site's own path.
VACANCY_PATH = re.compile(r"^(?:[a-z]{2}/)?vacancies/[A-Za-z0-9._-]+/$")


def is_vacancy(url: str, site_url: str) -> bool:
    """Matched on the path below SITEURL's: a site under a sub-path (a GitHub
    Pages project site, https://owner.github.io/repo) has /repo/vacancies/...;
    on SITEURL's host only: a host the hub left redirects its old URLs, which
    Google follows, and its Search Console property may be no longer ours."""
    site, page = urlsplit(site_url), urlsplit(url)
    base = site.path.rstrip("/") + "/"
    if (page.scheme, page.netloc.lower()) != (site.scheme, site.netloc.lower()):
        return False
    return page.path.startswith(base) and bool(VACANCY_PATH.match(page.path[len(base) :]))


@dataclass
class PingReport:
    lines: list[str] = field(default_factory=list)  # what happened, one line per service
    warnings: list[str] = field(default_factory=list)  # one line each, "warning: ..."
    # Why nothing was sent: the output is not a build made with these settings
    # (`podium ping` exits 2 with it, a usage error, as one PATH: error: line).
    refused: str | None = None
    # The refusal is of the settings (their SITEURL), not of the sitemap.
    refused_settings: bool = False


def run_ping(
    ping,  # podium.settings.Ping
    site_url: str,
    sitemap: Path,
    state_file: Path,
    today: dt.date,
    retry: Retry | None = None,
    dry_run: bool = False,
    environ=os.environ,
    sleep=time.sleep,
    quota_day: dt.date | None = None,
    lastmod_record: Path | None = None,
    build: str = "podium build -s publishconf.py",
    again: str = "podium ping -s publishconf.py",
) -> PingReport:
    """``quota_day``: the day Google counts its quota in (google.quota_day);
    default ``today``. ``lastmod_record``: the build's .podium-cache/lastmod.json,
    whose content hashes tell a second change on one day (``Target.plan``).
    ``build``, ``again``: the commands the messages suggest, with the settings
    and folder this ping was given (``podium ping -s x.py -o public`` was told
    to run "podium build -s publishconf.py", which builds into output/)."""
    report = PingReport()
    retry = retry or Retry()

    def warn(message: str) -> None:
        report.warnings.append(f"podium ping: warning: {' '.join(message.split())}")

    if not urlsplit(site_url).scheme.startswith("http"):
        # A preview's settings (pelicanconf.py, SITEURL ""): wrong usage, as a
        # preview's sitemap is below. A warning and exit 0 let a publish job
        # that pings with the wrong file pass every night with nothing sent.
        # Before "nothing to do": the demo's pelicanconf.py has no ping settings
        # (publishconf.py has), and that line sent the user to add them there.
        report.refused = (
            f"setting SITEURL is {site_url!r}, not the published site's address, like "
            '"https://werkenbij.example.com"; nothing sent: ping with the settings the '
            f"site was built and published with ({again})"
        )
        report.refused_settings = True
        return report
    if not ping.indexnow_key and not ping.google_key_env:
        report.lines.append(
            "nothing to do: set PODIUM_INDEXNOW and/or PODIUM_GOOGLE_INDEXING in the settings"
        )
        return report
    try:
        pages = read_sitemap(sitemap)
    except (OSError, ValueError) as exc:  # ET.ParseError is a ValueError
        # No build in that folder (`-o pubilc`, an artifact not downloaded) is
        # wrong usage, as a preview's or another host's sitemap is: a warning
        # and exit 0 let a publish job pass every night with nothing sent.
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        report.refused = (
            f"the sitemap cannot be read ({one_line(why)}); nothing sent: build the site "
            f"into that folder first ({build})"
        )
        return report
    if (found := _not_this_sites(pages, site_url)) is not None:
        report.refused = f"{found}; nothing sent: ping the build made with these settings ({build})"
        return report
    # A local preview (pelicanconf.py, SITEURL '') is written at publishconf.py's
    # address too: taken for the published site, its vacancies went to Google.
    if _is_preview(sitemap):
        report.refused = (
            "a preview build, made with settings that have no SITEURL of their own "
            "(pelicanconf.py); nothing sent: ping the build made with these settings "
            f"({build})"
        )
        return report
    shown = read_shown(lastmod_record, pages)
    state = State.load(state_file)
    if state.warning:
        warn(state.warning)

    if ping.indexnow_key:
        if _key_published(sitemap.parent, ping.indexnow_key):
            _indexnow(ping, site_url, pages, shown, state, retry, dry_run, report, warn, sleep)
        else:
            # IndexNow answers 202 ("key validation pending") before it fetches
            # the key file: sent now, every URL would count as accepted and be
            # dropped by the engines when the file is not there, never resent.
            where = sitemap.parent / f"{ping.indexnow_key}.txt"
            warn(
                f"indexnow: {where} is not there or holds another key, so the site does "
                "not prove PODIUM_INDEXNOW['key']; nothing sent: build with the same "
                f"settings and key ({build}), deploy, then ping"
            )
    if ping.google_key_env:
        day = quota_day or today
        _google(
            ping, site_url, pages, shown, state, day, retry, dry_run, report, warn, environ, sleep
        )
    if not dry_run:
        _forget_what_cannot_be_sent_again(state, ping, site_url)
        try:
            state.save()
        except OSError as exc:
            warn(f"cannot write {state.path} ({exc}); the next ping sends these URLs again")
    return report


def _not_this_sites(pages: list[str], site_url: str) -> str | None:
    """Why a sitemap is not this site's, or None when it is.

    A Podium sitemap lists only URLs under SITEURL. One that does not (a
    preview build with SITEURL '', a staging host) is not this site's: read as
    this site, every URL sent before would look gone, and be sent to IndexNow
    as removed and to Google as URL_DELETED."""
    base = site_url.rstrip("/") + "/"
    foreign = next((u for u in pages if not u.startswith(base)), None)
    if foreign is not None:
        return f"lists {foreign}, not on SITEURL {site_url}"
    if not pages:
        # An empty one is no build's either: every build lists its front page. A
        # file cut short, an artifact copied wrong: read, every URL sent before
        # would look gone.
        return "lists no URL, though a build lists at least its front page"
    return None


def _forget_what_cannot_be_sent_again(state: State, ping, site_url: str) -> None:
    """Drop from ``state`` what can never be sent again: the file lives in the CI
    cache for months, and its URLs include people pages, that is names. A service
    no longer configured sends nothing; IndexNow proves its key on SITEURL's host
    only, so URLs of an earlier host stay unsent."""
    for name, on in (("indexnow", ping.indexnow_key), ("google", ping.google_key_env)):
        if not on:
            state.targets.pop(name, None)
    if "indexnow" in state.targets:
        sent = state.targets["indexnow"].sent
        host = urlsplit(site_url).netloc
        for url in [u for u in sent if urlsplit(u).netloc != host]:
            del sent[url]
    if "google" in state.targets:  # another host's or sub-path's: never sent again
        sent = state.targets["google"].sent
        for url in [u for u in sent if not is_vacancy(u, site_url)]:
            del sent[url]


def _is_preview(sitemap: Path) -> bool:
    try:
        with open(sitemap, "rb") as f:
            head = f.read(512)  # the mark follows the XML declaration
    except OSError:
        return False
    return PREVIEW_MARK.encode() in head


def _key_published(output: Path, key: str) -> bool:
    try:
        return (output / f"{key}.txt").read_text(encoding="utf-8").strip() == key
    except (OSError, UnicodeDecodeError):
        return False


def _indexnow(ping, site_url, pages, shown, state, retry, dry_run, report, warn, sleep) -> None:
    target = state.target("indexnow")
    host = urlsplit(site_url).netloc
    on_site = lambda url: urlsplit(url).netloc == host  # noqa: E731
    changed, removed = target.plan(pages, on_site, shown)
    urls = changed + removed
    name = f"indexnow ({ping.indexnow_endpoint})"
    if not urls:
        report.lines.append(f"{name}: nothing changed")
        return
    if dry_run:
        report.lines.append(f"{name}: would send {len(changed)} changed, {len(removed)} removed")
        # Each with what it is, as Google's are (URL_UPDATED, URL_DELETED): the
        # list gave the URLs alone, a closed job's among the changed pages'.
        report.lines.extend(f"  changed {u}" for u in changed)
        report.lines.extend(f"  removed {u}" for u in removed)
        return
    accepted, problem = indexnow.submit(
        ping.indexnow_endpoint, site_url, ping.indexnow_key, urls, retry, sleep
    )
    _record(target, pages, shown, accepted)
    report.lines.append(f"{name}: {len(accepted)} of {len(urls)} URLs accepted")
    if problem:
        warn(f"{name}: {problem}; {len(urls) - len(accepted)} URLs will be sent next time")


def _google(
    ping, site_url, pages, shown, state, today, retry, dry_run, report, warn, environ, sleep
) -> None:
    target = state.target("google")
    changed, removed = target.plan(pages, lambda url: is_vacancy(url, site_url), shown)
    # Closed jobs first: when the quota is short, what waits for the next run
    # is an update, not a job Google keeps showing to job seekers as open.
    items = [(u, "URL_DELETED") for u in removed] + [(u, "URL_UPDATED") for u in changed]
    name = "google indexing"
    if not items:
        report.lines.append(f"{name}: nothing changed")
        return
    day = today.isoformat()
    left = max(ping.google_daily_quota - target.used_today(day), 0)
    if len(items) > left:
        warn(
            f"{name}: {len(items)} URLs but {left} of the daily quota of "
            f"{ping.google_daily_quota} left; the rest waits for the next run"
        )
        items = items[:left]
        if not items:
            return
    if dry_run:
        report.lines.append(f"{name}: would send {len(items)} notifications")
        report.lines.extend(f"  {kind} {u}" for u, kind in items)
        return
    raw_key = environ.get(ping.google_key_env)
    if not raw_key:
        warn(f"{name}: environment variable {ping.google_key_env} is empty; nothing sent")
        return
    try:
        account = google.ServiceAccount.from_json(raw_key)
        token = google.access_token(account, ping.google_token_url, retry, sleep)
    except PingError as exc:
        warn(f"{name}: {exc}; nothing sent")
        return
    accepted, spent, problem = google.publish(items, token, ping.google_batch_url, retry, sleep)
    if target.day != day:
        target.day, target.used = day, 0
    target.used += spent  # refused requests count against Google's quota too
    _record(target, pages, shown, accepted)
    report.lines.append(f"{name}: {len(accepted)} of {len(items)} notifications accepted")
    if problem:
        warn(f"{name}: {problem}")


def _record(target, pages: dict[str, str], shown: dict[str, str], accepted: list[str]) -> None:
    for url in accepted:
        if url in pages:
            target.sent[url] = pages[url]
        else:
            target.sent.pop(url, None)
        if url in shown:
            target.hashes[url] = shown[url]
        else:
            target.hashes.pop(url, None)
