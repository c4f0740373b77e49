"""``podium ping`` against a real HTTP server on 127.0.0.1 that records every request."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from podium.settings import Ping
from podium_cli.cli import main
from podium_ping import google as google_api
from podium_ping import read_sitemap, run_ping
from podium_ping.http import Retry
from podium_render import feeds
from podium_render.meta import PageMeta
from podium_testkit import copy_site, trickling_server, wait_for

SITE = "https://werkenbij.example.nl"
KEY = "0f9e8d7c6b5a49382716"
TODAY = dt.date(2026, 11, 22)
FAST = Retry(tries=3, backoff=0.01, timeout=5)


def write_sitemap(path, pages: dict[str, str]):
    urls = "".join(
        f"<url><loc>{SITE}/{u}</loc><lastmod>{lm}</lastmod></url>" for u, lm in pages.items()
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n',
        encoding="utf-8",
    )
    (path.parent / f"{KEY}.txt").write_text(KEY, encoding="utf-8")  # as the build publishes it
    return path


def indexnow(search, **kw) -> Ping:
    return Ping(indexnow_key=KEY, indexnow_endpoint=search.base + "/indexnow", **kw)


def ping(search, tmp_path, settings: Ping, pages: dict[str, str], today=TODAY, **kw):
    sitemap = write_sitemap(tmp_path / "sitemap.xml", pages)
    sleeps: list[float] = []
    report = run_ping(
        settings,
        SITE,
        sitemap,
        tmp_path / ".podium-ping.json",
        today,
        FAST,
        sleep=sleeps.append,
        **kw,
    )
    report.sleeps = sleeps
    return report


PAGES = {"": "2026-11-20", "stories/a/": "2026-11-01", "vacancies/1001/": "2026-10-01"}


def test_indexnow_sends_changed_and_removed_urls_once(search, tmp_path):
    first = ping(search, tmp_path, indexnow(search), PAGES)
    assert first.warnings == []
    (request,) = search.on("/indexnow")
    assert request.headers["Content-Type"] == "application/json; charset=utf-8"
    assert request.json() == {
        "host": "werkenbij.example.nl",
        "key": KEY,
        "keyLocation": f"{SITE}/{KEY}.txt",
        "urlList": [f"{SITE}/", f"{SITE}/stories/a/", f"{SITE}/vacancies/1001/"],
    }
    assert first.lines == [f"indexnow ({search.base}/indexnow): 3 of 3 URLs accepted"]

    # Same build again: nothing to say, no request.
    again = ping(search, tmp_path, indexnow(search), PAGES)
    assert again.lines == [f"indexnow ({search.base}/indexnow): nothing changed"]
    assert len(search.on("/indexnow")) == 1

    # A story edited (new lastmod) and a vacancy closed (gone from the sitemap):
    # a dry run says which is which, and sends nothing.
    later = {"": "2026-11-20", "stories/a/": "2026-11-22"}
    dry = ping(search, tmp_path, indexnow(search), later, dry_run=True)
    assert dry.lines == [
        f"indexnow ({search.base}/indexnow): would send 1 changed, 1 removed",
        f"  changed {SITE}/stories/a/",
        f"  removed {SITE}/vacancies/1001/",
    ]
    assert len(search.on("/indexnow")) == 1
    ping(search, tmp_path, indexnow(search), later)
    assert search.on("/indexnow")[-1].json()["urlList"] == [
        f"{SITE}/stories/a/",
        f"{SITE}/vacancies/1001/",
    ]
    state = json.loads((tmp_path / ".podium-ping.json").read_text())
    assert state["targets"]["indexnow"]["sent"] == {
        f"{SITE}/": "2026-11-20",
        f"{SITE}/stories/a/": "2026-11-22",
    }


def test_dates_that_went_back_after_a_lost_lastmod_record_are_not_sent_again(search, tmp_path):
    # .podium-cache/lastmod.json lost (a cache cleared, an Actions cache
    # expired): every page edited since publication went back to its
    # publication date (the home page to the newest story's), and each was
    # sent to IndexNow again, though none had changed.
    edited = {"": "2026-11-20", "stories/a/": "2026-11-15", "vacancies/1001/": "2026-10-01"}
    ping(search, tmp_path, indexnow(search), edited)
    cold = {"": "2026-11-01", "stories/a/": "2026-11-01", "vacancies/1001/": "2026-10-01"}
    again = ping(search, tmp_path, indexnow(search), cold)
    assert again.lines == [f"indexnow ({search.base}/indexnow): nothing changed"]
    assert len(search.on("/indexnow")) == 1
    state = json.loads((tmp_path / ".podium-ping.json").read_text())
    assert state["targets"]["indexnow"]["sent"][f"{SITE}/stories/a/"] == "2026-11-15"
    # An edit after that is news again.
    ping(search, tmp_path, indexnow(search), {**cold, "stories/a/": "2026-11-22"})
    assert search.on("/indexnow")[-1].json()["urlList"] == [f"{SITE}/stories/a/"]


def test_a_vacancy_changed_twice_in_one_day_is_sent_both_times(search, tmp_path):
    # The sitemap's lastmod is a day: a vacancy whose salary was fixed in the
    # morning and its title in the afternoon kept "2026-11-22", and only the
    # morning's change reached IndexNow. The build's lastmod record holds each
    # page's content hash; a hash other than the one sent is a change too.
    record = tmp_path / "lastmod.json"

    def build(hashes: dict[str, str]) -> None:
        pages = {f"{SITE}/{u}": {"hash": h, "date": d} for u, (h, d) in hashes.items()}
        record.write_text(json.dumps({"format": 2, "pages": pages}), encoding="utf-8")

    job, story = "vacancies/1001/", "stories/a/"
    today = {"": "2026-11-20", story: "2026-11-01", job: "2026-11-22"}
    build({job: ("morning", "2026-11-22"), story: ("s", "2026-11-01")})
    ping(search, tmp_path, indexnow(search), today, lastmod_record=record)
    build({job: ("afternoon", "2026-11-22"), story: ("s", "2026-11-01")})
    again = ping(search, tmp_path, indexnow(search), today, lastmod_record=record)
    assert search.on("/indexnow")[-1].json()["urlList"] == [f"{SITE}/{job}"], again.lines
    assert len(search.on("/indexnow")) == 2
    # Unchanged since: nothing to send. A page dated by its "updated" field (the
    # record saw its hash first on another day) goes by that date alone.
    build({job: ("afternoon", "2026-11-22"), story: ("typo fixed", "2026-11-22")})
    quiet = ping(search, tmp_path, indexnow(search), today, lastmod_record=record)
    assert quiet.lines == [f"indexnow ({search.base}/indexnow): nothing changed"]


def test_ping_reads_the_content_hashes_the_build_records_as_it_writes_them(tmp_path):
    # The test above writes the record by hand; this one has the build's own
    # writer (podium_render.freshness) make it, so a change of its keys or
    # format, which would leave ping going by the day alone, fails here.
    from podium_ping.state import read_shown
    from podium_render.freshness import RECORD, Freshness

    def build(fingerprint: str) -> str:
        freshness = Freshness(tmp_path, tmp_path, TODAY, use_git=False, site_url=SITE)
        day = freshness.lastmod("vacancies/1001/", fingerprint, TODAY)
        freshness.lastmod("stories/a/", "s", dt.date(2026, 11, 1), updated=dt.date(2026, 11, 2))
        freshness.save()
        return day

    job, story = f"{SITE}/vacancies/1001/", f"{SITE}/stories/a/"
    morning = build("morning")
    seen = read_shown(tmp_path / RECORD, {job: morning, story: "2026-11-02"})
    afternoon = build("afternoon")
    later = read_shown(tmp_path / RECORD, {job: afternoon, story: "2026-11-02"})
    assert morning == afternoon == TODAY.isoformat()  # the day alone cannot tell them apart
    assert set(seen) == set(later) == {job}  # a story dated by "updated" goes by its date
    assert seen[job] != later[job]


def test_a_planted_state_or_record_sends_no_less_when_the_cache_key_is_set(
    search, tmp_path, cache_key
):
    # With PODIUM_CACHE_KEY set, .podium-ping.json and lastmod.json had no MAC:
    # a state planted in the Actions cache ("sent" dates far ahead) kept edited
    # pages from ever being sent. Now such a state is one warning and counts as
    # none; ping's own, sealed, is kept.
    first = ping(search, tmp_path, indexnow(search), PAGES)
    assert first.warnings == [] and (tmp_path / ".podium-ping.json.mac").is_file()
    assert ping(search, tmp_path, indexnow(search), PAGES).lines == [
        f"indexnow ({search.base}/indexnow): nothing changed"
    ]
    sent = {f"{SITE}/{u}": "2099-01-01" for u in PAGES}
    planted = {"format": 1, "targets": {"indexnow": {"sent": sent, "day": "", "used": 0}}}
    (tmp_path / ".podium-ping.json").write_text(json.dumps(planted), encoding="utf-8")
    edited = {**PAGES, "stories/a/": "2026-11-22"}
    report = ping(search, tmp_path, indexnow(search), edited)
    (warning,) = report.warnings
    assert "no right MAC" in warning and "every URL counts as changed" in warning
    assert f"{SITE}/stories/a/" in search.on("/indexnow")[-1].json()["urlList"]
    # The build's lastmod record, planted: its hashes are not read.
    from podium_ping.state import read_shown

    record = tmp_path / "lastmod.json"
    pages = {f"{SITE}/stories/a/": {"hash": "h", "date": "2026-11-22"}}
    record.write_text(json.dumps({"format": 2, "pages": pages}), encoding="utf-8")
    assert read_shown(record, {f"{SITE}/stories/a/": "2026-11-22"}) == {}


def test_the_state_forgets_urls_it_can_never_send_again(search, tmp_path):
    # .podium-ping.json is kept in the Actions cache for months: a people page
    # (/people/anna-de-boer/, a name) stayed in it for good once IndexNow was
    # turned off, or the hub moved to another host, as nothing would send it
    # as removed and drop it.
    people = {**PAGES, "people/anna-de-boer/": "2026-11-01"}
    ping(search, tmp_path, indexnow(search), people)
    state = tmp_path / ".podium-ping.json"
    assert "anna-de-boer" in state.read_text()
    moved = "https://jobs.example.org"
    (tmp_path / "sitemap.xml").write_text(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{moved}/{u}</loc></url>" for u in PAGES)
        + "</urlset>",
        encoding="utf-8",
    )
    run_ping(indexnow(search), moved, tmp_path / "sitemap.xml", state, TODAY, FAST,
             sleep=lambda s: None)  # fmt: skip
    assert "anna-de-boer" not in state.read_text()
    assert f"{moved}/stories/a/" in state.read_text()
    # IndexNow turned off (Google's Indexing API only): its record goes.
    env = {"PODIUM_TEST_GOOGLE_KEY": search.service_account_json()}
    only_google = Ping(
        google_key_env="PODIUM_TEST_GOOGLE_KEY",
        google_token_url=search.base + "/token",
        google_batch_url=search.base + "/batch",
    )
    run_ping(only_google, moved, tmp_path / "sitemap.xml", state, TODAY, FAST, environ=env,
             sleep=lambda s: None)  # fmt: skip
    assert "indexnow" not in json.loads(state.read_text())["targets"]


@pytest.mark.parametrize("published", [None, "an0therkey1234"])
def test_a_key_the_build_did_not_publish_sends_nothing(search, tmp_path, published):
    """IndexNow answers 202 before it checks the key file: a ping with a key the
    build did not publish (another PODIUM_INDEXNOW_KEY, another output) was
    "3 of 3 URLs accepted", and the URLs were never sent again."""
    sitemap = write_sitemap(tmp_path / "sitemap.xml", PAGES)
    key_file = tmp_path / f"{KEY}.txt"
    if published is None:
        key_file.unlink()
    else:
        key_file.write_text(published, encoding="utf-8")
    search.script("/indexnow", (202, {}, b""))
    for dry_run in (True, False):
        report = run_ping(
            indexnow(search), SITE, sitemap, tmp_path / "state.json", TODAY, FAST,
            dry_run=dry_run, sleep=lambda s: None,
        )  # fmt: skip
        assert report.lines == []
        assert report.warnings == [
            f"podium ping: warning: indexnow: {key_file} is not there or holds another key, "
            "so the site does not prove PODIUM_INDEXNOW['key']; nothing sent: build with the "
            "same settings and key (podium build -s publishconf.py), deploy, then ping"
        ]
    assert search.on("/indexnow") == []


def test_a_429_is_retried_after_the_servers_retry_after(search, tmp_path):
    search.script("/indexnow", (429, {"Retry-After": "3"}, b"slow down"))
    report = ping(search, tmp_path, indexnow(search), PAGES)
    assert len(search.on("/indexnow")) == 2
    assert report.sleeps == [3.0]  # Retry-After, not the backoff
    assert report.warnings == []
    assert "3 of 3 URLs accepted" in report.lines[0]


def test_a_retry_after_in_lower_case_is_honoured(search, tmp_path):
    # Header names are case-insensitive (RFC 9110); proxies such as Envoy send
    # them in lower case, and "retry-after: 9" was ignored for the backoff.
    search.script("/indexnow", (429, {"retry-after": "9"}, b"slow down"))
    report = ping(search, tmp_path, indexnow(search), PAGES)
    assert len(search.on("/indexnow")) == 2 and report.warnings == []
    assert report.sleeps == [9.0]


def test_a_429_asking_for_an_hour_is_not_tried_again_a_minute_later(search, tmp_path):
    # "Retry-After: 3600" was cut to 60 s and tried twice more: the publish job
    # slept two minutes to be refused again by a limiter that had said when.
    limited = (429, {"Retry-After": "3600"}, b"slow down")
    search.script("/indexnow", limited, limited, limited)
    report = ping(search, tmp_path, indexnow(search), PAGES)
    assert len(search.on("/indexnow")) == 1 and report.sleeps == []
    assert report.warnings == [
        f"podium ping: warning: indexnow ({search.base}/indexnow): HTTP 429 Too Many Requests, "
        "and the server asks to wait 3600 s, more than the 60 s a ping waits; not tried again "
        "now; 3 URLs will be sent next time"
    ]
    ping(search, tmp_path, indexnow(search), PAGES)  # the next run: sent
    assert len(search.on("/indexnow")[-1].json()["urlList"]) == 3


def test_a_429_with_an_http_date_waits_until_then(search, tmp_path):
    """Retry-After may be a date (RFC 9110); it was ignored for the backoff."""
    then = email.utils.format_datetime(
        dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30), usegmt=True
    )
    search.script("/indexnow", (429, {"Retry-After": then}, b"slow down"))
    report = ping(search, tmp_path, indexnow(search), PAGES)
    assert len(search.on("/indexnow")) == 2 and report.warnings == []
    (waited,) = report.sleeps
    assert 25 < waited <= 30


def test_a_500_is_retried_with_backoff_then_warned_and_sent_next_time(search, tmp_path):
    error = (500, {}, b"oops")
    search.script("/indexnow", error, error, error)
    report = ping(search, tmp_path, indexnow(search), PAGES)
    assert len(search.on("/indexnow")) == 3
    assert report.sleeps == [0.01, 0.02]  # doubling backoff
    assert report.warnings == [
        f"podium ping: warning: indexnow ({search.base}/indexnow): HTTP 500 Internal Server "
        "Error after 3 tries; 3 URLs will be sent next time"
    ]
    state = json.loads((tmp_path / ".podium-ping.json").read_text())
    assert state["targets"]["indexnow"]["sent"] == {}
    # The service is back: the same URLs go out.
    ping(search, tmp_path, indexnow(search), PAGES)
    assert len(search.on("/indexnow")[-1].json()["urlList"]) == 3


def test_a_refused_key_is_one_warning(search, tmp_path):
    search.script("/indexnow", (403, {}, b"forbidden"))
    report = ping(search, tmp_path, indexnow(search), PAGES)
    assert len(search.on("/indexnow")) == 1  # a 403 is not retried
    assert report.warnings == [
        f"podium ping: warning: indexnow ({search.base}/indexnow): HTTP 403 (key not valid; "
        f"is {SITE}/{KEY}.txt published?); 3 URLs will be sent next time"
    ]


def test_a_redirecting_endpoint_is_a_warning_and_the_urls_wait(search, tmp_path):
    """urllib followed a 301 by GETting the new address without the body; its 200
    counted as every URL accepted, and they were never sent again."""
    search.script("/indexnow", (301, {"Location": "/landing"}, b""))
    report = ping(search, tmp_path, indexnow(search), PAGES)
    assert [r.path for r in search.requests] == ["/indexnow"]
    assert report.warnings == [
        f"podium ping: warning: indexnow ({search.base}/indexnow): HTTP 301, a redirect to "
        f"{search.base}/landing, not followed (a POST is not repeated elsewhere): set that "
        "address in the settings; 3 URLs will be sent next time"
    ]
    state = json.loads((tmp_path / ".podium-ping.json").read_text())
    assert state["targets"]["indexnow"]["sent"] == {}


@pytest.fixture
def slow_endpoint():
    """After the request, ``mode`` "silent" says nothing, "trickle" sends an
    answer of 200 bytes one byte at a time."""
    with trickling_server(b"HTTP/1.1 200 OK\r\nContent-Length: 200\r\n\r\n", 200) as state:
        state["url"] = f"http://127.0.0.1:{state['port']}/indexnow"
        yield state


@pytest.mark.parametrize("mode", ["silent", "trickle"])
def test_an_endpoint_that_hangs_costs_the_timeout_per_try(slow_endpoint, tmp_path, mode):
    """--timeout bounds the answer, not each wait on the socket: a byte every
    0.1 s kept a ping with a 0.5 s timeout reading for 20 s a try."""
    slow_endpoint["mode"] = mode
    settings = Ping(indexnow_key=KEY, indexnow_endpoint=slow_endpoint["url"])
    report = run_ping(
        settings,
        SITE,
        write_sitemap(tmp_path / "sitemap.xml", PAGES),
        tmp_path / "state.json",
        TODAY,
        Retry(2, 0, 0.5),
        sleep=lambda s: None,
    )
    if mode == "trickle":
        # Each try hung up before the answer's end: the server, a byte each
        # 0.1 s, had not sent its 200th (as it had, 20 s a try, before).
        sent = wait_for(lambda: len(slow_endpoint["sent"]) == 2 and slow_endpoint["sent"])
        assert max(sent) < 200
    assert report.warnings == [
        f"podium ping: warning: indexnow ({slow_endpoint['url']}): no complete answer within "
        "0.5 s after 2 tries; 3 URLs will be sent next time"
    ]


def test_an_unreachable_service_is_a_warning_not_a_failure(tmp_path):
    settings = Ping(indexnow_key=KEY, indexnow_endpoint="http://127.0.0.1:9/indexnow")
    report = run_ping(
        settings,
        SITE,
        write_sitemap(tmp_path / "sitemap.xml", PAGES),
        tmp_path / "state.json",
        TODAY,
        Retry(2, 0, 2),
        sleep=lambda s: None,
    )
    assert len(report.warnings) == 1 and "cannot connect" in report.warnings[0]


def test_a_sitemap_built_for_another_siteurl_sends_nothing(search, tmp_path):
    """`podium build` (pelicanconf: SITEURL '') then `podium ping -s publishconf.py`: the
    sitemap's URLs are not on the site, and must not be taken as every page gone."""
    env = {"PODIUM_TEST_GOOGLE_KEY": search.service_account_json()}
    both = Ping(
        indexnow_key=KEY,
        indexnow_endpoint=search.base + "/indexnow",
        google_key_env="PODIUM_TEST_GOOGLE_KEY",
        google_token_url=search.base + "/token",
        google_batch_url=search.base + "/batch",
    )
    ping(search, tmp_path, both, PAGES, environ=env)
    state_before = (tmp_path / ".podium-ping.json").read_text()
    requests_before = len(search.requests)

    for other in ("", "https://staging.example.nl"):
        urls = "".join(f"<url><loc>{other}/{u}</loc></url>" for u in PAGES)
        (tmp_path / "sitemap.xml").write_text(
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + urls + "</urlset>",
            encoding="utf-8",
        )
        report = run_ping(
            both, SITE, tmp_path / "sitemap.xml", tmp_path / ".podium-ping.json", TODAY, FAST,
            environ=env, sleep=lambda s: None,
        )  # fmt: skip
        assert len(search.requests) == requests_before  # nothing sent as removed
        assert report.warnings == [] and f"not on SITEURL {SITE}" in report.refused
        assert (tmp_path / ".podium-ping.json").read_text() == state_before


def test_a_sitemap_with_no_url_is_refused_for_what_it_is(search, tmp_path):
    # It said "lists no URL, not on SITEURL https://werkenbij.example.nl", of a
    # sitemap that named no other host: the file was empty, not another site's.
    ping(search, tmp_path, indexnow(search), PAGES)
    state_before = (tmp_path / ".podium-ping.json").read_text()
    write_sitemap(tmp_path / "sitemap.xml", {})
    report = run_ping(
        indexnow(search), SITE, tmp_path / "sitemap.xml", tmp_path / ".podium-ping.json",
        TODAY, FAST, sleep=lambda s: None,
    )  # fmt: skip
    assert report.refused == (
        "lists no URL, though a build lists at least its front page; nothing sent: ping the "
        "build made with these settings (podium build -s publishconf.py)"
    )
    assert len(search.on("/indexnow")) == 1  # the first ping's; no URL sent as removed
    assert (tmp_path / ".podium-ping.json").read_text() == state_before


def test_a_sitemap_that_is_not_there_is_refused_in_one_line_on_its_file(
    search, tmp_path, monkeypatch
):
    # It read "podium ping: warning: cannot read /x/sitemap.xml ([Errno 2] No such file
    # or directory: '/x/sitemap.xml'); build the site first": Python's words, no file
    # first; then a warning on the file, exit 0, so `podium ping -o pubilc` (a typo,
    # an artifact not downloaded) passed the publish job every night with nothing
    # sent, where a preview's sitemap or another host's is wrong usage, exit 2.
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    (site / "publishconf.py").write_text(
        "import os, sys\nsys.path.append(os.curdir)\nfrom pelicanconf import *\n"
        f"SITEURL = {SITE!r}\nPODIUM_INDEXNOW = {{'key': {KEY!r}, "
        f"'endpoint': {search.base + '/indexnow'!r}}}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["ping", "-s", "publishconf.py", "-o", "pubilc"])
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        "pubilc/sitemap.xml: error: the sitemap cannot be read (No such file or directory); "
        "nothing sent: build the site into that folder first (podium build -s publishconf.py "
        "-o pubilc)"
    ]
    assert not search.requests and not (site / ".podium-ping.json").exists()
    # The command suggested builds with these settings into that folder (it was
    # "podium build -s publishconf.py" whatever the ping was given).
    (site / "live.py").write_text((site / "publishconf.py").read_text(), encoding="utf-8")
    result = CliRunner().invoke(main, ["ping", "-s", "live.py", "-o", "my site"])
    assert result.output.splitlines()[-1].endswith(
        "build the site into that folder first (podium build -s live.py -o 'my site')"
    ), result.output


def test_podium_ping_reads_every_sitemap_of_a_sitemap_index(tmp_path, monkeypatch):

    monkeypatch.setattr(feeds, "MAX_URLS", 2)
    pages = [PageMeta("nl", f"stories/s{n}/", "t", lastmod=f"2026-05-0{n}") for n in range(1, 6)]
    for name, text in feeds.sitemaps(pages, "https://x.example").items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert read_sitemap(tmp_path / "sitemap.xml") == {
        f"https://x.example/stories/s{n}/": f"2026-05-0{n}" for n in range(1, 6)
    }


def test_a_sitemap_index_without_its_parts_names_the_missing_file(tmp_path, monkeypatch):
    # A publish workflow copied before the artifact carried sitemap*.xml ships
    # the index alone: the warning said the sitemap was not there ("No such
    # file or directory ... build the site into that folder first"), though it was.
    monkeypatch.setattr(feeds, "MAX_URLS", 2)
    pages = [PageMeta("nl", f"stories/s{n}/", "t", lastmod="2026-05-01") for n in range(1, 4)]
    (tmp_path / "sitemap.xml").write_text(feeds.sitemaps(pages, SITE)["sitemap.xml"], "utf-8")
    report = run_ping(
        Ping(indexnow_key=KEY, indexnow_endpoint="http://127.0.0.1:9/indexnow"), SITE,
        tmp_path / "sitemap.xml", tmp_path / ".podium-ping.json", TODAY, FAST,
        sleep=lambda s: None,
    )  # fmt: skip
    assert report.warnings == []
    assert "sitemap-1.xml" in report.refused and "sitemap*.xml" in report.refused


# -- Google's Indexing API ---------------------------------------------------------------


def google(search, **kw) -> Ping:
    return Ping(
        google_key_env="PODIUM_TEST_GOOGLE_KEY",
        google_token_url=search.base + "/token",
        google_batch_url=search.base + "/batch",
        **kw,
    )


def vacancies(n: int, lastmod: str = "2026-11-01") -> dict[str, str]:
    return {f"vacancies/{i}/": lastmod for i in range(n)} | {"stories/a/": lastmod}


def test_google_gets_vacancy_urls_in_batches_of_100(search, tmp_path):
    env = {"PODIUM_TEST_GOOGLE_KEY": search.service_account_json()}
    report = ping(search, tmp_path, google(search), vacancies(150), environ=env)
    assert report.warnings == []
    assert report.lines == ["google indexing: 150 of 150 notifications accepted"]
    assert len(search.on("/token")) == 1
    batches = search.on("/batch")
    sizes = [r.body.count(b"POST /v3/urlNotifications:publish") for r in batches]
    assert sizes == [100, 50]
    assert b"/stories/a/" not in b"".join(r.body for r in batches)  # jobs only
    assert b'"type": "URL_UPDATED"' in batches[0].body

    # Vacancy 3 closes: its page leaves the sitemap, Google hears URL_DELETED.
    pages = vacancies(150)
    del pages["vacancies/3/"]
    ping(search, tmp_path, google(search), pages, environ=env)
    last = search.on("/batch")[-1].body.decode()
    assert last.count("POST /v3/") == 1
    assert f'{{"url": "{SITE}/vacancies/3/", "type": "URL_DELETED"}}' in last


def test_google_gets_the_vacancies_of_a_site_under_a_sub_path(search, tmp_path):
    """A GitHub Pages project site: SITEURL https://<owner>.github.io/<repo>."""
    env = {"PODIUM_TEST_GOOGLE_KEY": search.service_account_json()}
    sub = f"{SITE}/careers"
    urls = [f"{sub}/", f"{sub}/stories/a/", f"{sub}/vacancies/7/", f"{sub}/en/vacancies/8/"]
    locs = "".join(f"<url><loc>{u}</loc><lastmod>2026-11-01</lastmod></url>" for u in urls)
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text(
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>',
        encoding="utf-8",
    )
    report = run_ping(
        google(search), sub, sitemap, tmp_path / "state.json", TODAY, FAST,
        environ=env, sleep=lambda s: None,
    )  # fmt: skip
    assert report.lines == ["google indexing: 2 of 2 notifications accepted"], report
    body = search.on("/batch")[0].body.decode()
    assert f'"{sub}/vacancies/7/"' in body and f'"{sub}/en/vacancies/8/"' in body


def test_google_sends_no_removal_for_the_vacancies_of_a_host_the_hub_left(search, tmp_path):
    # The hub moved to jobs.example.org (the old host redirects): every open job's
    # old URL was sent to Google as URL_DELETED, on the quota; where the service
    # account does not own the old host, each was refused (403, counted against
    # the quota) and kept for the next run, every day for good.
    env = {"PODIUM_TEST_GOOGLE_KEY": search.service_account_json()}
    ping(search, tmp_path, google(search), vacancies(2), environ=env)
    moved = "https://jobs.example.org"
    urls = "".join(
        f"<url><loc>{moved}/{u}</loc><lastmod>2026-11-01</lastmod></url>" for u in vacancies(2)
    )
    (tmp_path / "sitemap.xml").write_text(
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
        encoding="utf-8",
    )
    report = run_ping(
        google(search), moved, tmp_path / "sitemap.xml", tmp_path / ".podium-ping.json",
        TODAY, FAST, environ=env, sleep=lambda s: None,
    )  # fmt: skip
    assert report.lines == ["google indexing: 2 of 2 notifications accepted"], report
    body = search.on("/batch")[-1].body.decode()
    assert "URL_DELETED" not in body and SITE not in body
    sent = json.loads((tmp_path / ".podium-ping.json").read_text())["targets"]["google"]["sent"]
    assert sorted(sent) == [f"{moved}/vacancies/0/", f"{moved}/vacancies/1/"]


def test_google_daily_quota_is_respected_across_runs(search, tmp_path):
    env = {"PODIUM_TEST_GOOGLE_KEY": search.service_account_json()}
    settings = google(search, google_daily_quota=120)
    first = ping(search, tmp_path, settings, vacancies(150), environ=env)
    assert first.lines == ["google indexing: 120 of 120 notifications accepted"]
    assert first.warnings == [
        "podium ping: warning: google indexing: 150 URLs but 120 of the daily quota of 120 "
        "left; the rest waits for the next run"
    ]
    sent = len(search.on("/batch"))
    same_day = ping(search, tmp_path, settings, vacancies(150), environ=env)
    assert len(search.on("/batch")) == sent  # nothing left today
    assert "0 of the daily quota" in same_day.warnings[0]
    next_day = ping(search, tmp_path, settings, vacancies(150), TODAY.replace(day=23), environ=env)
    assert next_day.lines == ["google indexing: 30 of 30 notifications accepted"]


def test_google_hears_of_closed_jobs_first_when_the_quota_is_short(search, tmp_path):
    # A night with more changes than the quota left (an ATS that re-dated its
    # jobs): the URL_DELETED of the jobs that closed waited behind the updates,
    # for days, while Google kept showing them to job seekers as open.
    env = {"PODIUM_TEST_GOOGLE_KEY": search.service_account_json()}
    settings = google(search, google_daily_quota=3)
    ping(search, tmp_path, settings, vacancies(3), environ=env)
    redated = {f"vacancies/{i}/": "2026-11-20" for i in range(10, 15)}
    closed = ping(search, tmp_path, settings, {"vacancies/2/": "2026-11-01", **redated},
                  TODAY.replace(day=23), environ=env)  # fmt: skip
    assert closed.lines == ["google indexing: 3 of 3 notifications accepted"], closed
    body = search.on("/batch")[-1].body.decode()
    assert f'"{SITE}/vacancies/0/", "type": "URL_DELETED"' in body
    assert f'"{SITE}/vacancies/1/", "type": "URL_DELETED"' in body
    assert body.count("URL_UPDATED") == 1


def test_google_counts_refused_notifications_against_the_daily_quota(search, tmp_path):
    # Google counts every publish request against the quota, refused or not
    # (a 403 for a URL the service account does not own). Counted as unused,
    # the refused ones were sent again the same day on top of a full quota.
    env = {"PODIUM_TEST_GOOGLE_KEY": search.service_account_json()}
    for i in range(4):
        search.inner_status[f"{SITE}/vacancies/{i}/"] = 403
    settings = google(search, google_daily_quota=10)
    first = ping(search, tmp_path, settings, vacancies(10), environ=env)
    assert first.lines == ["google indexing: 6 of 10 notifications accepted"]
    sent = len(search.on("/batch"))
    again = ping(search, tmp_path, settings, vacancies(10), environ=env)
    assert len(search.on("/batch")) == sent  # the day's 10 requests are spent
    assert "4 URLs but 0 of the daily quota of 10 left" in again.warnings[0], again.warnings


def test_google_quota_is_counted_by_googles_day_not_the_sites(search, tmp_path):
    # Google's daily quota starts over at midnight Pacific time. A ping at 23:30
    # in Amsterdam and one at 00:30 fall in one Google day (14:30 and 15:30 PT),
    # but the second took a fresh quota by the site's date and met HTTP 429s.
    env = {"PODIUM_TEST_GOOGLE_KEY": search.service_account_json()}
    evening = dt.datetime(2026, 11, 22, 23, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    night = evening + dt.timedelta(hours=1)
    assert google_api.quota_day(evening) == google_api.quota_day(night) == TODAY
    settings = google(search, google_daily_quota=120)
    first = ping(
        search, tmp_path, settings, vacancies(150), evening.date(),
        quota_day=google_api.quota_day(evening), environ=env,
    )  # fmt: skip
    assert first.lines == ["google indexing: 120 of 120 notifications accepted"]
    sent = len(search.on("/batch"))
    again = ping(
        search, tmp_path, settings, vacancies(150), night.date(),
        quota_day=google_api.quota_day(night), environ=env,
    )  # fmt: skip
    assert len(search.on("/batch")) == sent
    assert "0 of the daily quota" in again.warnings[0]


def test_google_429_inside_a_batch_stops_and_keeps_the_rest(search, tmp_path):
    env = {"PODIUM_TEST_GOOGLE_KEY": search.service_account_json()}
    search.inner_status[f"{SITE}/vacancies/2/"] = 429
    report = ping(search, tmp_path, google(search), vacancies(5), environ=env)
    assert report.lines == ["google indexing: 2 of 5 notifications accepted"]
    assert "quota exceeded (HTTP 429)" in report.warnings[0]
    search.inner_status.clear()
    again = ping(search, tmp_path, google(search), vacancies(5), environ=env)
    assert again.lines == ["google indexing: 3 of 3 notifications accepted"]


def test_google_500_on_the_batch_endpoint_is_retried(search, tmp_path):
    env = {"PODIUM_TEST_GOOGLE_KEY": search.service_account_json()}
    search.script("/batch", (500, {}, b"backend error"), (503, {}, b"unavailable"))
    report = ping(search, tmp_path, google(search), vacancies(2), environ=env)
    assert len(search.on("/batch")) == 3 and report.warnings == []


def test_google_batch_redirect_keeps_the_token_home(search, tmp_path):
    """urllib repeats a request's headers to wherever a redirect points: the
    Indexing API's bearer token went to the Location's host with the GET."""
    env = {"PODIUM_TEST_GOOGLE_KEY": search.service_account_json()}
    search.script("/batch", (302, {"Location": "/elsewhere"}, b""))
    report = ping(search, tmp_path, google(search), vacancies(2), environ=env)
    assert search.on("/elsewhere") == []
    assert report.lines == ["google indexing: 0 of 2 notifications accepted"]
    assert len(report.warnings) == 1 and "HTTP 302, a redirect to" in report.warnings[0]


@pytest.mark.parametrize("body", [b"[]", b'"token"', b"not json"])
def test_a_token_answer_that_is_no_object_warns_and_sends_nothing(search, tmp_path, body):
    env = {"PODIUM_TEST_GOOGLE_KEY": search.service_account_json()}
    search.script("/token", (200, {"Content-Type": "application/json"}, body))
    report = ping(search, tmp_path, google(search), vacancies(2), environ=env)
    assert report.warnings == [
        "podium ping: warning: google indexing: the token endpoint refused the service "
        "account (HTTP 200); nothing sent"
    ]
    assert search.on("/batch") == []


@pytest.mark.parametrize("key", ['{"client_email": "a@b", "private_key": null}', "{}", "[]"])
def test_a_key_that_is_not_a_service_account_key_is_one_warning(search, tmp_path, key):
    # A JSON key with its private_key emptied to null (a secret pasted from a
    # redacted copy) ended podium ping with an AttributeError traceback.
    env = {"PODIUM_TEST_GOOGLE_KEY": key}
    report = ping(search, tmp_path, google(search), vacancies(2), environ=env)
    (warning,) = report.warnings
    assert warning.startswith(
        "podium ping: warning: google indexing: the service-account key is not a Google JSON key ("
    ), warning
    assert warning.endswith("); nothing sent")
    assert search.on("/token") == []


def test_google_with_a_wrong_key_warns_and_sends_nothing(search, tmp_path):
    other = type(search)()  # a different RSA key: the server refuses the signature
    env = {"PODIUM_TEST_GOOGLE_KEY": other.service_account_json()}
    other.server.server_close()
    report = ping(search, tmp_path, google(search), vacancies(2), environ=env)
    assert report.warnings == [
        "podium ping: warning: google indexing: the token endpoint refused the service "
        "account (HTTP 400); nothing sent"
    ]
    assert search.on("/batch") == []
    missing = ping(search, tmp_path, google(search), vacancies(2), environ={})
    assert "PODIUM_TEST_GOOGLE_KEY is empty" in missing.warnings[0]


# -- the command, end to end ---------------------------------------------------------------


def test_build_publishes_the_key_and_podium_ping_reports_it(search, tmp_path, monkeypatch):
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8") + f"SITEURL = {SITE!r}\n"
        f"PODIUM_INDEXNOW = {{'key': {KEY!r}, 'endpoint': {search.base + '/indexnow'!r}}}\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    built = runner.invoke(main, ["build", "-q", "-o", "public"])
    assert built.exit_code == 0, built.output
    assert (site / "public" / f"{KEY}.txt").read_text() == KEY

    search.script("/indexnow", (500, {}, b""), (500, {}, b""), (500, {}, b""))
    failed = runner.invoke(main, ["ping", "-s", "pelicanconf.py", "-o", "public", "--backoff", "0"])
    assert failed.exit_code == 0  # never fails the publish job
    warnings = [ln for ln in failed.output.splitlines() if "warning" in ln]
    assert len(warnings) == 1 and "HTTP 500" in warnings[0]

    sent = runner.invoke(main, ["ping", "-s", "pelicanconf.py", "-o", "public", "--backoff", "0"])
    assert sent.exit_code == 0, sent.output
    urls = search.on("/indexnow")[-1].json()["urlList"]
    assert f"{SITE}/vacancies/501/" in urls and all(u.startswith(SITE) for u in urls)
    assert (site / ".podium-ping.json").is_file()
    quiet = runner.invoke(main, ["ping", "-s", "pelicanconf.py", "-o", "public"])
    assert "nothing changed" in quiet.output


@pytest.mark.parametrize(
    ("setting", "environ", "fixed"),
    [
        ('PODIUM_TODAY = "2026-06-01"', None, True),
        ("", "2026-06-01", True),
        ("", None, False),
    ],
)
def test_a_fixed_today_is_googles_quota_day_too(tmp_path, monkeypatch, setting, environ, fixed):
    """A fixed PODIUM_TODAY (setting or environment) counts Google's quota by that
    day; without it, by the day in Pacific time."""
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8").replace('PODIUM_TODAY = "2026-06-01"', setting)
    conf.write_text(text, encoding="utf-8")
    if environ:
        monkeypatch.setenv("PODIUM_TODAY", environ)
    else:
        monkeypatch.delenv("PODIUM_TODAY", raising=False)
    seen = {}

    def run(*args, quota_day, **kwargs):
        seen["quota_day"] = quota_day
        raise SystemExit(0)

    monkeypatch.setattr("podium_ping.run_ping", run)  # imported by `podium ping` when run
    CliRunner().invoke(main, ["ping", "-s", "pelicanconf.py", "--dry-run"])
    assert (seen["quota_day"] is None) == fixed, seen


def test_a_preview_build_is_refused_by_a_ping_with_the_publish_settings(
    search, tmp_path, monkeypatch
):
    # `podium build` with pelicanconf.py (SITEURL '') writes the sitemap at
    # publishconf.py's address, so `podium ping -s publishconf.py` took a
    # developer's local preview for the published site and sent Google's
    # Indexing API (on its daily quota) what the preview had.
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    monkeypatch.setenv("PODIUM_TEST_GOOGLE_KEY", search.service_account_json())
    (site / "publishconf.py").write_text(
        "import os, sys\nsys.path.append(os.curdir)\nfrom pelicanconf import *\n"
        f"SITEURL = {SITE!r}\n"
        "PODIUM_GOOGLE_INDEXING = {'key_env': 'PODIUM_TEST_GOOGLE_KEY', "
        f"'token_url': {search.base + '/token'!r}, 'batch_url': {search.base + '/batch'!r}}}\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    preview = runner.invoke(main, ["build", "-q", "-s", "pelicanconf.py", "-o", "public"])
    assert preview.exit_code == 0, preview.output
    assert f"<loc>{SITE}/vacancies/501/</loc>" in (site / "public" / "sitemap.xml").read_text()

    refused = runner.invoke(main, ["ping", "-s", "publishconf.py", "-o", "public"])
    assert refused.exit_code == 2, refused.output
    (line,) = refused.output.splitlines()
    assert line.startswith("public/sitemap.xml: error: ") and "no SITEURL" in line
    assert "podium build -s publishconf.py" in line
    assert not search.requests and not (site / ".podium-ping.json").exists()

    published = runner.invoke(main, ["build", "-q", "-s", "publishconf.py", "-o", "public"])
    assert published.exit_code == 0, published.output
    sent = runner.invoke(main, ["ping", "-s", "publishconf.py", "-o", "public"])
    assert sent.exit_code == 0, sent.output
    assert "google indexing: " in sent.output and search.on("/batch")


def test_a_ping_with_preview_settings_is_refused_as_wrong_usage(search, tmp_path, monkeypatch):
    # `podium ping -s pelicanconf.py` (SITEURL "", a hub whose ping settings are
    # in pelicanconf.py) was "podium ping: warning: SITEURL is not an absolute web
    # address", exit 0: a publish job pinging with the wrong file passed every
    # night with nothing sent, where a preview's sitemap (above) exits 2.
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8")
        + f"PODIUM_INDEXNOW = {{'key': {KEY!r}, 'endpoint': {search.base + '/indexnow'!r}}}\n",
        encoding="utf-8",
    )
    (site / "public").mkdir()
    write_sitemap(site / "public" / "sitemap.xml", PAGES)
    refused = CliRunner().invoke(main, ["ping", "-s", "pelicanconf.py", "-o", "public"])
    assert refused.exit_code == 2, refused.output
    (line,) = refused.output.splitlines()
    assert line.startswith("pelicanconf.py: error: setting SITEURL is ''"), line
    assert "podium ping -s publishconf.py" in line
    assert not search.requests and not (site / ".podium-ping.json").exists()


def test_a_ping_with_the_demos_preview_settings_names_siteurl_not_missing_settings(
    tmp_path, monkeypatch
):
    # The demo keeps its ping settings in publishconf.py; `podium ping -s
    # pelicanconf.py` said "nothing to do: set PODIUM_INDEXNOW and/or
    # PODIUM_GOOGLE_INDEXING in the settings", exit 0, sending the user to add them
    # to the preview's settings, where the wrong file was the settings themselves.
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    (site / "publishconf.py").write_text(
        "import os, sys\nsys.path.append(os.curdir)\nfrom pelicanconf import *\n"
        f"SITEURL = {SITE!r}\nPODIUM_INDEXNOW = {{'key': {KEY!r}}}\n",
        encoding="utf-8",
    )
    refused = CliRunner().invoke(main, ["ping", "-s", "pelicanconf.py", "--dry-run"])
    assert refused.exit_code == 2, refused.output
    (line,) = refused.output.splitlines()
    assert line.startswith("pelicanconf.py: error: setting SITEURL is ''"), line
    assert "(podium ping -s publishconf.py)" in line


@pytest.mark.parametrize(
    ("setting", "why"),
    [
        ("PODIUM_INDEXNOW = {'key': KEY, 'endpoint': 'https://%2e%2e/indexnow'}",
         'its host "%2e%2e" has "%" in it'),
        ("PODIUM_INDEXNOW = {'key': KEY, 'endpoint': 'https://api..indexnow.org/indexnow'}",
         'its host "api..indexnow.org" is no host name'),
        ("PODIUM_GOOGLE_INDEXING = {'token_url': 'https://oauth2%2Egoogleapis.com/token'}",
         'its host "oauth2%2Egoogleapis.com" has "%" in it'),
        # Plain http:// to another computer passed as https:// does: the Google
        # token (and the key's assertion for it) went out readable on the way.
        ("PODIUM_GOOGLE_INDEXING = {'token_url': 'http://oauth2.example/token'}",
         "http:// only on this computer: localhost, 127.0.0.1"),
        ("PODIUM_INDEXNOW = {'key': KEY, 'endpoint': 'http://search.example/indexnow'}",
         "http:// only on this computer: localhost, 127.0.0.1"),
    ],
)  # fmt: skip
def test_an_endpoint_whose_host_no_browser_opens_is_a_setting_error(tmp_path, monkeypatch,
                                                                    setting, why):  # fmt: skip
    """PODIUM_INDEXNOW's endpoint "https://%2e%2e/indexnow" passed, and podium ping
    ended in "podium: error: UnicodeError: encoding with 'idna' codec failed"
    (urllib decodes the host to ".." before it looks it up)."""
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8") + f"KEY = {KEY!r}\nSITEURL = {SITE!r}\n{setting}\n",
        encoding="utf-8",
    )
    (site / "public").mkdir()
    write_sitemap(site / "public" / "sitemap.xml", PAGES)
    result = CliRunner().invoke(main, ["ping", "-s", "pelicanconf.py", "-o", "public"])
    assert result.exit_code != 0 and "UnicodeError" not in result.output, result.output
    (line,) = result.output.splitlines()
    name = setting.split(" =")[0]
    assert line.startswith("pelicanconf.py:"), line
    assert f": error: setting {name}[" in line and "must be a web address" in line, line
    assert f"({why}" in line, line
