"""Fetching over HTTP: every failure is one line and the previous snapshot stays byte-identical."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
import shutil
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from podium_testkit import wait_for
from podium_vacancies import load_all
from podium_vacancies.ats.common import TooManyJobs, collect
from podium_vacancies.feeds import FeedConfig
from podium_vacancies.pull import USER_AGENT, _reachable, pull

from .conftest import (
    FIXTURES,
    JSON,
    NOW,
    RECRUITEE_COPY,
    VENDORS,
    XML,
    redirect,
    sleepy,
    static,
    streamed,
)

OVERLONG = "a part over 63 characters, or over 253 in all"
HOST = 'a host name is parts of letters, digits and hyphens split by dots, like "jobs.example.com"'
PREVIOUS = b'{"feed": "f", "vacancies": [], "note": "the previous snapshot, untouched"}\n'


def feed_at(url: str, kind: str = "greenhouse", name: str = "f") -> FeedConfig:
    return FeedConfig(name=name, kind=kind, url=url, default_country="NL")


def failing_pull(tmp_path, url: str, kind: str = "greenhouse", **kwargs) -> str:
    """Pull a feed that must fail; return its one error line, checking the old file is kept."""
    snapshot = tmp_path / "f.json"
    snapshot.write_bytes(PREVIOUS)
    report = pull([feed_at(url, kind)], tmp_path, now=NOW, **kwargs)
    assert not report.ok
    (line,) = report.errors
    assert "\n" not in line
    assert line.startswith(f"feed f ({url}): error: "), line
    assert snapshot.read_bytes() == PREVIOUS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.json"]  # no temp files left
    return line


def test_malformed_json(ats, tmp_path):
    url = ats.serve("/bad.json", b'{"jobs": [{"id": 1,', JSON)
    assert "error: malformed JSON: Expecting" in failing_pull(tmp_path, url)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (b"", "the answer is empty"),
        (b"\r\n ", "the answer is empty"),
        (b"<!DOCTYPE html><html><body>Log in</body></html>", "the answer is a web page (HTML), "
         "not the job feed"),
        (b'{"offers": [{"id": ' + b"9" * 5000 + b"}]}", "a number of more than 4,300 digits"),
        (gzip.compress(b"[]", mtime=0), "the answer is gzip-compressed though its headers say so "
         "nowhere (no Content-Encoding); Podium reads feeds uncompressed"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("kind", ["greenhouse", "lever", "recruitee"])
def test_an_answer_that_is_no_json_at_all_says_what_it_is(ats, tmp_path, kind, body, said):
    # An empty answer or a web page sent as JSON was "malformed JSON: Expecting
    # value: line 1 column 1 (char 0)"; a number past Python's digit limit told
    # the user to "use sys.set_int_max_str_digits() to increase the limit"; gzip
    # sent without a Content-Encoding (a proxy's), "'utf-8' codec can't decode
    # byte 0x8b in position 1: invalid start byte".
    url = ats.serve("/odd.json", body, JSON)
    assert failing_pull(tmp_path, url, kind).endswith(f"error: malformed JSON: {said}")


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (b"", "the answer is empty"),
        (b"<!DOCTYPE html><html><head><title>Fout</title></head><body>Onderhoud</body></html>",
         "the answer is a web page (HTML), not the job feed"),
        (b"<html><body><p>Service unavailable<br></body></html>",
         "the answer is a web page (HTML), not the job feed"),
        (gzip.compress(b"[]", mtime=0), "the answer is gzip-compressed though its headers say so "
         "nowhere (no Content-Encoding); Podium reads feeds uncompressed"),
    ],
)  # fmt: skip
def test_an_answer_to_a_personio_pull_that_is_no_xml_feed_says_what_it_is(
    ats, tmp_path, body, said
):
    # A maintenance or error page sent as XML with status 200 was "refused XML
    # with a DOCTYPE or ENTITY declaration" (a defence against entity attacks,
    # which the user could only take for one) or "malformed XML: mismatched
    # tag: line 1, column 47"; an empty answer "no element found".
    url = ats.serve("/xml", body, XML)
    assert failing_pull(tmp_path, url, "personio").endswith(f"error: malformed XML: {said}")


@pytest.mark.parametrize("name", ["other.yml", "feeds/other.json", "feeds/recruitee-helder.json"])
@pytest.mark.parametrize(
    "make", [lambda p: os.mkfifo(p), lambda p: p.symlink_to("/dev/zero")], ids=["fifo", "dev-zero"]
)
def test_a_vacancy_file_that_is_no_file_is_passed_by_never_read(
    ats, tmp_path, monkeypatch, name, make
):
    # The pull reads the hand-written vacancies and the other snapshots (for ids
    # taken) and its own previous snapshot: a FIFO there was waited on for ever,
    # a link to /dev/zero read until memory ran out. The build refuses both.
    feeds = tmp_path / "vacancies" / "feeds"
    feeds.mkdir(parents=True)
    make(tmp_path / "vacancies" / name)
    read_whole = Path.read_text

    def read_text(self, *args, **kwargs):
        assert self.is_file() and not self.is_symlink(), f"read whole: {self}"
        return read_whole(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", read_text)
    report = pull([ats.feed("recruitee")], feeds, now=NOW)
    assert report.ok, report.errors
    assert (feeds / "recruitee-helder.json").is_file()


@pytest.mark.parametrize("kind", ["greenhouse", "lever", "recruitee"])
def test_json_nested_too_deeply_is_one_line_and_the_next_feed_is_pulled(ats, tmp_path, kind):
    # Python's JSON decoder recurses per level: 200,000 "[" (200 kB, well under
    # the size cap) raised RecursionError out of the pull, a traceback.
    url = ats.serve("/deep.json", b"[" * 200_000, JSON)
    assert failing_pull(tmp_path, url, kind).endswith(
        "error: malformed JSON: nested too deeply for a job feed"
    )
    report = pull([feed_at(url, kind, name="deep"), ats.feed("recruitee")], tmp_path, now=NOW)
    assert len(report.errors) == 1 and (tmp_path / "recruitee-helder.json").exists()


@pytest.mark.parametrize(
    ("kind", "fixture", "media"), [("lever", "lever.json", JSON), ("personio", "personio.xml", XML)]
)
def test_a_download_cut_off_says_so(ats, tmp_path, kind, fixture, media):
    # The server promised the whole feed and hung up half-way: it was
    # reported as "malformed JSON: Expecting ..." (or XML), the feed's fault.
    body = (FIXTURES / fixture).read_bytes()

    def cut(h):
        h.send_response(200)
        h.send_header("Content-Type", media)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body[: len(body) // 2])

    url = ats.route("/cut", cut)
    line = failing_pull(tmp_path, url, kind)
    assert line.endswith(
        f"error: the download was cut off after {len(body) // 2} of {len(body)} bytes; "
        "the connection closed early; pull again later"
    )


def test_a_chunked_download_cut_off_says_so(ats, tmp_path):
    # HTTP/1.1's usual answer, in chunks, that hung up before its last one: it
    # was "connection failed: IncompleteRead: IncompleteRead(0 bytes read)",
    # where one cut off before its Content-Length says so plainly.
    body = (FIXTURES / "lever.json").read_bytes()
    half = body[: len(body) // 2]

    def cut(h):
        h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      b"Transfer-Encoding: chunked\r\n\r\n")  # fmt: skip
        h.wfile.write(b"%x\r\n%s\r\n" % (len(half), half))

    url = ats.route("/cut", cut)
    line = failing_pull(tmp_path, url, "lever")
    assert line.endswith(
        f"error: the download was cut off after {len(half)} bytes, before the end of its "
        "last chunk; the connection closed early; pull again later"
    ), line


def test_a_greenhouse_board_without_content_says_how_to_get_it(ats, tmp_path):
    board = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    for job in board["jobs"]:
        job.pop("content")
    url = ats.serve("/v1/boards/helder/jobs", json.dumps(board).encode(), JSON)
    assert failing_pull(tmp_path, url).endswith(
        'error: Greenhouse sent the jobs without their descriptions; add "?content=true" '
        "to the feed URL, like https://boards-api.greenhouse.io/v1/boards/BOARD/jobs?content=true"
    )


def test_json_of_the_wrong_shape(ats, tmp_path):
    url = ats.serve("/list.json", b"[]", JSON)
    assert 'expected a JSON object with a "jobs" list' in failing_pull(tmp_path, url)


def test_malformed_xml(ats, tmp_path):
    url = ats.serve("/bad.xml", b"<workzag-jobs><position><id>1</id>", XML)
    assert "error: malformed XML: no element found" in failing_pull(tmp_path, url, "personio")


def test_xml_with_doctype_is_refused(ats, tmp_path):
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b"<workzag-jobs><position><name>&lol2;</name></position></workzag-jobs>"
    )
    url = ats.serve("/bomb.xml", bomb, XML)
    assert "refused XML with a DOCTYPE" in failing_pull(tmp_path, url, "personio")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le"])
def test_xml_with_doctype_in_utf16_is_refused(ats, tmp_path, encoding):
    """The DOCTYPE refusal reads the XML as the parser does, not its bytes as ASCII:
    in UTF-16 "<!DOCTYPE" is "<\\0!\\0D\\0..." and the entities were expanded."""
    bomb = (
        f'<?xml version="1.0" encoding="{encoding.upper()}"?>'
        '<!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        "<workzag-jobs><position><id>1</id><name>&lol2;</name></position></workzag-jobs>"
    )
    url = ats.serve(f"/bomb-{encoding}.xml", bomb.encode(encoding), XML)
    line = failing_pull(tmp_path, url, "personio")
    # Without a byte-order mark expat cannot read it at all: refused as well.
    assert "refused XML with a DOCTYPE" in line or "multi-byte encodings" in line, line


def test_wrong_content_type(ats, tmp_path):
    url = ats.serve("/page", b"<html><body>Maintenance</body></html>", "text/html")
    line = failing_pull(tmp_path, url)
    assert line.endswith('error: expected JSON, got Content-Type "text/html"')


def titles(tmp_path, name: str) -> set[str]:
    doc = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
    return {r["title"] for r in doc["vacancies"]}


def test_a_feed_in_the_charset_its_content_type_names_is_read_in_it(ats, tmp_path):
    # "malformed JSON: 'utf-8' codec can't decode byte 0xe9" failed the whole
    # feed, every night, though the server said which charset it sent.
    data = json.loads((FIXTURES / "recruitee.json").read_bytes())
    data["offers"][0]["title"] = "Café-medewerker – energie"
    body = json.dumps(data, ensure_ascii=False).encode("cp1252")
    path, _, _ = VENDORS["recruitee"]
    ats.serve(path, body, "application/json; charset=windows-1252")
    # An XML feed without a declaration is read in the header's charset too.
    xml = (FIXTURES / "personio.xml").read_text(encoding="utf-8")
    xml = xml.split("?>", 1)[1].replace("Monteur warmtepompen", "Monteur Wärmepumpen")
    path, _, _ = VENDORS["personio"]
    ats.serve(path, xml.encode("latin-1"), "application/xml; charset=ISO-8859-1")
    report = pull([ats.feed("recruitee"), ats.feed("personio")], tmp_path, now=NOW)
    assert report.ok, report.errors
    assert "Café-medewerker – energie" in titles(tmp_path, "recruitee-helder")
    assert "Monteur Wärmepumpen" in titles(tmp_path, "personio-helder")


def test_xml_that_declares_its_encoding_is_read_in_that_one(ats, tmp_path):
    xml = (FIXTURES / "personio.xml").read_text(encoding="utf-8")
    xml = xml.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    xml = xml.replace("Monteur warmtepompen", "Monteur Wärmepumpen")
    path, _, _ = VENDORS["personio"]
    # The header is the web server's default; the document knows better.
    ats.serve(path, xml.encode("latin-1"), "text/xml; charset=windows-1251")
    assert pull([ats.feed("personio")], tmp_path, now=NOW).ok
    assert "Monteur Wärmepumpen" in titles(tmp_path, "personio-helder")


def test_a_feed_not_in_the_charset_it_names_is_one_line(ats, tmp_path):
    url = ats.serve("/ascii", '{"jobs": [{"title": "Café"}]}'.encode(), "text/json; charset=ascii")
    assert "error: the feed is not in ascii, the charset its Content-Type names: " in (
        failing_pull(tmp_path, url)
    )


@pytest.mark.parametrize("charset", ["base64", "zlib", "rot13", "hex", "utf\x00-8"])
def test_a_charset_that_is_no_text_encoding_is_read_as_an_unknown_one(ats, tmp_path, charset):
    # Python has codecs by these names that turn bytes into bytes, not text:
    # "LookupError: 'base64' is not a text encoding" ended the whole pull in a
    # traceback, the feeds after it unpulled. An unknown charset is read in the
    # format's own (UTF-8), as a name Python does not know at all was. A NUL in
    # the name was "connection failed: ValueError: embedded null character".
    data = json.loads((FIXTURES / "recruitee.json").read_bytes())
    data["offers"][0]["title"] = "Café-medewerker"
    path, _, _ = VENDORS["recruitee"]
    ats.serve(path, json.dumps(data).encode(), f"application/json; charset={charset}")
    report = pull([ats.feed("recruitee")], tmp_path, now=NOW)
    assert report.ok, report.errors
    assert "Café-medewerker" in titles(tmp_path, "recruitee-helder")


def test_a_feed_that_decodes_to_half_a_character_is_one_line_naming_the_charset(ats, tmp_path):
    # "+2AA-" is UTF-7 for a lone surrogate: the line said "connection failed:
    # UnicodeEncodeError", sending the user after the network.
    url = ats.serve("/utf7", b'{"jobs": [{"title": "+2AA-"}]}', "text/json; charset=utf-7")
    assert failing_pull(tmp_path, url).endswith(
        "error: the feed is not in utf-7, the charset its Content-Type names: it holds half a "
        "character (U+D800 at character 21)"
    )


def test_a_content_length_of_a_superscript_digit_is_read_as_no_length(ats, tmp_path):
    # "²" (byte 0xB2) is a digit to str.isdigit() but no number to int(): the
    # feed failed as "connection failed: ValueError: invalid literal for int()",
    # sending the user after the network. http.client reads to the end then.
    path, fixture, media = VENDORS["recruitee"]

    def handle(h) -> None:
        h.send_response(200)
        h.send_header("Content-Type", media)
        h.send_header("Content-Length", "\u00b2")
        h.end_headers()
        h.wfile.write((FIXTURES / fixture).read_bytes())

    ats.route(path, handle)
    report = pull([ats.feed("recruitee")], tmp_path, now=NOW)
    assert report.ok, report.errors


def test_json_where_xml_is_expected(ats, tmp_path):
    url = ats.serve("/xml-json", b"{}", JSON)
    assert 'expected XML, got Content-Type "application/json"' in failing_pull(
        tmp_path, url, "personio"
    )


def test_streamed_response_larger_than_the_cap(ats, tmp_path):
    body = streamed(50_000_000)
    url = ats.route("/big", body)
    line = failing_pull(tmp_path, url)
    assert line.endswith(
        "error: response is larger than 10000000 bytes; refused; if it is that large, "
        'raise its "max_mb" in PODIUM_FEEDS (now 10)'
    )
    # It stopped reading past the cap, not at the end of the 50 MB (one try:
    # a refusal is not tried again).
    (sent,) = wait_for(lambda: body.sent)
    assert sent < 50_000_000


def test_a_feed_larger_than_ten_megabytes_is_read_when_its_max_mb_allows(ats, tmp_path):
    # A Greenhouse board with content=true sends every job's HTML: a big
    # employer's is over 10 MB, and there was no way to let it through.
    doc = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    doc["padding"] = " " * 12_000_000
    body = json.dumps(doc).encode()
    url = ats.serve("/large", body, JSON)
    assert "(now 10)" in failing_pull(tmp_path, url)
    entry = {"name": "f", "kind": "greenhouse", "url": url, "default_country": "NL"}
    (feed,) = FeedConfig.from_settings({"PODIUM_FEEDS": [{**entry, "max_mb": 20}]})
    (result,) = pull([feed], tmp_path, now=NOW).results
    assert result.ok and result.present == 3, result.line()


def test_a_feed_listing_more_jobs_than_its_max_jobs_is_refused_even_with_force(ats, tmp_path):
    # Within max_mb, a feed of 100,000 small jobs (a wrong address: a whole job
    # site's export) was pulled, and every build then wrote 100,000 vacancy pages.
    # Here the bound is lowered to two jobs, and the feed lists three (in five posts,
    # two of them not open jobs).
    pull([ats.feed("lever")], tmp_path, now=NOW)
    written = tmp_path / "lever-helder.json"
    before = written.read_bytes()
    later = NOW + dt.timedelta(days=1)
    for force in (False, True):
        report = pull([ats.feed("lever", max_jobs=2)], tmp_path, now=later, force=force)
        assert not report.ok
        (line,) = report.errors
        assert re.fullmatch(
            r"feed lever-helder \(\S+\): error: refused: the feed lists more open jobs than "
            r"its max_jobs \(2\), in 5 posts; snapshot left unchanged; check its address, or raise "
            r'"max_jobs" in PODIUM_FEEDS \(at most 20,000\) if the board is that large',
            line,
        ), line
        assert written.read_bytes() == before
    # At its bound, the feed is pulled as any.
    (result,) = pull([ats.feed("lever", max_jobs=3)], tmp_path, now=later).results
    assert result.ok and result.present == 3, result.line()


def test_normalising_stops_at_the_first_job_over_max_jobs():
    # Refused only after the whole feed was normalised, a 100,000-post feed cost
    # its minute on every pull; now the count stops at the first job too many and
    # the posts left are only counted.
    built = []

    def build(post):
        built.append(post)
        where = SimpleNamespace(city="Utrecht", country="NL", remote=False)
        return SimpleNamespace(
            id=f"job-{post}", title=f"Monteur {post}", location=where, apply_url="x"
        )

    with pytest.raises(TooManyJobs) as raised:
        collect(range(100_000), build, [], limit=2)
    assert built == [0, 1, 2] and raised.value.listed == 100_000
    # The same id twice is one job, as dedupe keeps one: at the bound, not over it.
    assert len(collect([1, 1, 2], build, [], limit=2)) == 2


def test_declared_length_larger_than_the_cap_is_refused_before_reading(ats, tmp_path):
    url = ats.serve("/declared", b"x" * 2000, JSON)
    line = failing_pull(tmp_path, url, max_bytes=1000)
    assert line.endswith("error: response is 2000 bytes; the limit is 1000")


def test_redirect_loop(ats, tmp_path):
    ats.route("/loop-b", redirect("/loop-a"))
    url = ats.route("/loop-a", redirect("/loop-b"))
    line = failing_pull(tmp_path, url)
    assert line.endswith("error: too many redirects (more than 5, or a redirect loop)")


@pytest.mark.parametrize(
    ("status", "location", "message"),
    [
        (301, None, "HTTP 301 Moved Permanently: a redirect without a Location header"),
        (302, None, "HTTP 302 Found: a redirect without a Location header"),
        (304, "/elsewhere", "HTTP 304 Not Modified"),
        (300, "/elsewhere", "HTTP 300 Multiple Choices"),
    ],
)
def test_a_3xx_that_is_no_redirect_to_follow_is_not_called_a_loop(
    ats, tmp_path, status, location, message
):
    def answer(h):
        h.send_response(status)
        if location:
            h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()

    line = failing_pull(tmp_path, ats.route("/odd", answer))
    assert line.endswith(f"error: {message}"), line


def test_redirect_to_a_file_url_is_refused(ats, tmp_path):
    url = ats.route("/to-file", redirect("file:///etc/passwd"))
    assert "redirected to a non-web address file:///etc/passwd" in failing_pull(tmp_path, url)


@pytest.mark.parametrize(
    ("to", "why"),
    [
        ("http://[", 'its host opens a "[" that closes no IPv6 address'),
        ("https://[::1/jobs", 'its host opens a "[" that closes no IPv6 address'),
        ("//[", 'its host opens a "[" that closes no IPv6 address'),
        ("https://jobs.example:99999/x", "its port is no number from 0 to 65535"),
        ("https://jobs.example:8o/x", "its port is no number from 0 to 65535"),
        ("https://ex ample.com/", "its host has a space or control character in it"),
        ("https://a..b/x", f'its host "a..b" is no host name (an empty part, {OVERLONG}); {HOST}'),
        ("https://%2e%2e/x", f'its host "%2e%2e" has "%" in it; {HOST}'),
    ],
)
def test_a_redirect_to_an_address_no_browser_opens_says_what_is_wrong_with_it(
    ats, tmp_path, to, why
):
    """It said "connection failed: ValueError: Invalid IPv6 URL" (or InvalidURL,
    UnicodeError, "Name or service not known" for a port past 65535): a fault of
    the connection, to be pulled again, where the server sent a broken Location."""
    line = failing_pull(tmp_path, ats.route("/moved", redirect(to)))
    assert line.endswith(f'error: redirected to "{to}", an address no browser opens: {why}'), line


def test_a_redirect_into_another_internal_host_is_refused(ats, other_host, tmp_path):
    """A feed on one host may not send the pull to another host of CI's own network
    (a database's admin page, the cloud metadata service); the answer would be
    published as vacancies if it looked like a feed."""
    target = other_host.url("/v1/boards/helderenergie/jobs")
    url = ats.route("/inward", redirect(target))
    line = failing_pull(tmp_path, url)
    assert "refused to connect to 127.0.0.2 (127.0.0.2): an internal address" in line
    assert other_host.server.requests == []  # not even asked


@pytest.mark.parametrize(
    ("to", "refused"),
    [
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 (169.254.169.254)"),
        ("http://10.0.0.1/jobs", "10.0.0.1 (10.0.0.1)"),
        ("http://93.184.215.14/jobs", None),  # the internet: followed
    ],
)
def test_a_redirect_through_a_proxy_is_judged_by_its_host(ats, tmp_path, monkeypatch, to, refused):
    """Through a proxy the connected socket is the proxy's (allowed), so a feed's
    redirect to the cloud metadata service was fetched by the proxy and published.
    The test server is the proxy here: it answers requests for any host."""
    body = (FIXTURES / "greenhouse.json").read_bytes()
    ats.server.routes[to] = static(body, JSON)  # what the proxy fetches from there
    ats.server.routes[ats.url("/inward")] = redirect(to)
    monkeypatch.setenv("http_proxy", ats.base)
    monkeypatch.setenv("no_proxy", "")
    url = ats.url("/inward")
    if refused is None:
        report = pull([feed_at(url)], tmp_path, now=NOW)
        assert report.ok and report.results[0].present == 3
        return
    line = failing_pull(tmp_path, url)
    assert line.endswith(
        f"error: refused to follow the redirect to {refused} through the proxy: an internal "
        "address, and the feed's own host is not on it"
    ), line
    assert [path for path, _ in ats.server.requests] == [url]  # the target never asked


def test_a_feed_configured_on_an_internal_host_is_fetched(other_host, tmp_path):
    report = pull([feed_at(other_host.url("/v1/boards/helderenergie/jobs"))], tmp_path, now=NOW)
    assert report.ok and report.results[0].present == 3


@pytest.mark.parametrize(
    "peer, own, ok",
    [
        ("93.184.215.14", frozenset(), True),  # the internet
        ("2606:4700::6810:84e5", frozenset(), True),
        ("169.254.169.254", frozenset(), False),  # cloud metadata
        ("10.0.0.5", frozenset(), False),
        ("192.168.1.1", frozenset(), False),
        ("::1", frozenset(), False),
        ("::ffff:10.0.0.5", frozenset(), False),  # IPv4 inside IPv6
        ("fe80::1%eth0", frozenset(), False),
        ("10.0.0.5", frozenset({"10.0.0.5"}), True),  # the configured feed's own host
    ],
)
def test_which_addresses_a_feed_may_reach(peer, own, ok):
    assert _reachable(peer, own) is ok


def test_a_snapshot_folder_that_is_a_file_is_named_as_the_problem(ats, tmp_path):
    # content/vacancies/feeds saved as a file (an export, a mistaken `touch`): the
    # pull said "cannot write .../feeds/f.json: File exists", naming the snapshot.
    feeds = tmp_path / "feeds"
    feeds.write_text("x", encoding="utf-8")
    report = pull([feed_at(ats.url("/v1/boards/helderenergie/jobs"))], feeds, now=NOW)
    (line,) = report.errors
    assert line.endswith(
        f"error: cannot write {feeds / 'f.json'}: {feeds} is a file, not a folder; "
        "rename or remove it (the snapshots are written in that folder)"
    ), line
    assert feeds.read_text(encoding="utf-8") == "x"


def test_a_few_redirects_are_followed(ats, tmp_path):
    path = "/v1/boards/helderenergie/jobs"
    ats.route("/moved", redirect(path))
    report = pull([feed_at(ats.url("/moved"))], tmp_path, now=NOW)
    assert report.ok and report.results[0].present == 3


def test_a_feed_address_with_letters_beyond_ascii_is_fetched(ats, tmp_path):
    # A board named after the company ("/jobs/müller") or a redirect to one: urllib
    # sends only ASCII, and the pull ended in "connection failed: UnicodeEncodeError:
    # 'ascii' codec can't encode character". Browsers and requests percent-encode.
    body = (FIXTURES / "greenhouse.json").read_bytes()
    ats.route("/jobs/m%C3%BCller", static(body, JSON))
    # A server sends the UTF-8 bytes of its Location as they are.
    ats.route("/moved", redirect("/jobs/müller".encode().decode("latin-1")))
    for url in (ats.url("/jobs/müller"), ats.url("/moved")):
        report = pull([feed_at(url)], tmp_path, now=NOW)
        assert report.ok, report.errors
        assert report.results[0].present == 3


def test_timeout(ats, tmp_path):
    url = ats.route("/slow", sleepy(3))
    line = failing_pull(tmp_path, url, timeout=1)
    # The answer would have come at 3 s: the line says the pull gave up first.
    assert line.endswith("error: timed out after 1 s")


def test_unreachable_host(tmp_path, closed_port):
    line = failing_pull(tmp_path, f"http://127.0.0.1:{closed_port}/jobs")
    assert "error: cannot connect: [Errno 111] Connection refused" in line


def test_http_error_status(ats, tmp_path):
    assert failing_pull(tmp_path, ats.url("/nope")).endswith("error: HTTP 404 Not Found")


def answers(*handlers):
    """A route that answers with each handler in turn, then with the last one."""
    queue = list(handlers)

    def handle(h) -> None:
        (queue.pop(0) if len(queue) > 1 else queue[0])(h)

    return handle


def test_a_rate_limited_or_busy_feed_is_tried_again_as_the_server_asks(ats, tmp_path):
    # One 429 or 503 at night kept the day's closed jobs open until the next night.
    path, fixture, media = VENDORS["recruitee"]
    ats.route(path, answers(
        static(b"slow down", "text/plain", 429, {"Retry-After": "0"}),
        static(b"<h1>busy</h1>", "text/html", 503, {"Retry-After": "0"}),
        static((FIXTURES / fixture).read_bytes(), media),
    ))  # fmt: skip
    report = pull([ats.feed("recruitee")], tmp_path, now=NOW)
    assert report.ok, report.errors
    assert len(ats.server.requests) == 3
    assert json.loads((tmp_path / "recruitee-helder.json").read_text())["vacancies"]


@pytest.mark.parametrize("value", ["\u00b2", "1\u00b3"])
def test_a_retry_after_of_a_superscript_digit_is_tried_again_as_no_number(ats, tmp_path, value):
    # Byte 0xB2 is "²" in an HTTP header, a digit to str.isdigit() but no number
    # to float(): "ValueError: could not convert string to float" ended the whole
    # pull in a traceback, the feeds after it unpulled. It says no time: the
    # pull waits as it does for none.
    path, fixture, media = VENDORS["recruitee"]
    ats.route(path, answers(
        static(b"slow down", "text/plain", 429, {"Retry-After": value}),
        static((FIXTURES / fixture).read_bytes(), media),
    ))  # fmt: skip
    report = pull([ats.feed("recruitee")], tmp_path, now=NOW)
    assert report.ok, report.errors
    assert len(ats.server.requests) == 2


def test_a_retry_after_longer_than_the_timeout_fails_at_once(ats, tmp_path, monkeypatch):
    url = ats.route("/busy", static(b"", JSON, 429, {"Retry-After": "3600"}))
    waits = []
    fetch = sys.modules["podium_vacancies.pull"].fetch
    monkeypatch.setattr(fetch, "__defaults__", (waits.append,))  # its sleep=
    line = failing_pull(tmp_path, url, timeout=5)
    assert waits == [] and len(ats.server.requests) == 1
    assert line.endswith(
        "error: HTTP 429 Too Many Requests; the server asks to wait 3600 s, more than is "
        "left of the 5 s (--timeout) the pull gives each feed; pull again later"
    )


def test_a_feed_that_stays_down_fails_after_a_few_tries(ats, tmp_path, monkeypatch):
    monkeypatch.setattr(sys.modules["podium_vacancies.pull"], "BACKOFF", 0.01)
    url = ats.route("/down", static(b"", JSON, 502))
    line = failing_pull(tmp_path, url)
    assert line.endswith("error: HTTP 502 Bad Gateway (3 tries); pull again later")
    assert len(ats.server.requests) == 3


def test_one_failing_feed_does_not_stop_the_others(ats, tmp_path, closed_port):
    feeds = [feed_at(f"http://127.0.0.1:{closed_port}/x", name="down"), ats.feed("recruitee")]
    report = pull(feeds, tmp_path, now=NOW)
    assert not report.ok and len(report.errors) == 1
    assert (tmp_path / "recruitee-helder.json").exists() and not (tmp_path / "down.json").exists()


def test_requests_say_who_we_are(ats, tmp_path):
    pull([ats.feed("lever")], tmp_path, now=NOW)
    (_, headers), *_ = ats.server.requests
    assert headers["User-Agent"] == USER_AGENT and headers["Accept"] == "application/json"
    assert headers["Accept-Encoding"] == "identity"


def test_a_compressed_answer_is_refused_for_what_it_is(ats, tmp_path):
    # Sent gzip though none was asked for (a misconfigured proxy or CDN): never
    # inflated, so a bomb stays small, and not parsed as if it were the feed.
    body = gzip.compress(b" " * 5_000_000)
    url = ats.route("/gz", static(body, JSON, headers={"Content-Encoding": "gzip"}))
    assert failing_pull(tmp_path, url).endswith(
        'error: the server sent compressed data (Content-Encoding "gzip") though none was '
        "asked for; Podium reads feeds uncompressed"
    )


# -- the gone rule ----------------------------------------------------------------------


def recruitee_without(offer_id: int) -> bytes:
    data = json.loads((FIXTURES / "recruitee.json").read_bytes())
    data["offers"] = [o for o in data["offers"] if o["id"] != offer_id]
    return json.dumps(data).encode()


def records(tmp_path) -> dict:
    doc = json.loads((tmp_path / "recruitee-helder.json").read_text())
    return {r["id"]: r for r in doc["vacancies"]}


def test_vacancy_gone_from_feed_is_kept_as_gone_then_comes_back(ats, tmp_path):
    feed = ats.feed("recruitee")
    full = (FIXTURES / "recruitee.json").read_bytes()
    assert pull([feed], tmp_path, now=NOW).ok
    assert records(tmp_path)["2201002"]["status"] == "present"

    ats.serve("/api/offers/", recruitee_without(2201002))
    later = NOW + dt.timedelta(days=3)
    result = pull([feed], tmp_path, now=later).results[0]
    assert (result.present, result.gone, result.changed) == (1, 1, True)
    gone = records(tmp_path)["2201002"]
    assert gone["status"] == "gone" and gone["gone_since"] == "2026-11-25"
    assert gone["title"] == "Data-analist netcongestie"  # the page can still say what closed

    # Still gone a week later: gone_since remembers the first day it was missed.
    pull([feed], tmp_path, now=later + dt.timedelta(days=7))
    assert records(tmp_path)["2201002"]["gone_since"] == "2026-11-25"
    # The build knows that day too (a story's link to it warns for a while
    # after it, not for ever).
    content = tmp_path.parent / f"{tmp_path.name}-content"
    (content / "vacancies").mkdir(parents=True)
    shutil.copytree(tmp_path, content / "vacancies" / "feeds")
    today = dt.date(2026, 12, 10)
    found = load_all(content, ("nl", "en"), today).by_id()["2201002"]
    assert found.closed_on(today) == dt.date(2026, 11, 25)

    ats.serve("/api/offers/", full)
    pull([feed], tmp_path, now=later + dt.timedelta(days=8))
    back = records(tmp_path)["2201002"]
    assert back["status"] == "present" and "gone_since" not in back


def test_gone_vacancy_loads_as_closed(ats, tmp_path):
    from podium_vacancies import load_all

    out = tmp_path / "content" / "vacancies" / "feeds"
    feed = ats.feed("recruitee")
    pull([feed], out, now=NOW)
    ats.serve("/api/offers/", recruitee_without(2201002))
    pull([feed], out, now=NOW)
    found = load_all(tmp_path / "content", ("nl", "en"), dt.date(2026, 11, 22))
    gone = found.by_id()["2201002"]
    assert gone.feed_status == "gone" and not gone.is_open(dt.date(2026, 11, 22))
    assert [v.id for v in found.open] == ["2201001"]


def repository_copy(content, day0: bytes):
    """CI checks out the repository's snapshot every night: it is never committed back."""
    (content / "recruitee-helder.json").write_bytes(day0)


def three_nights(ats, tmp_path):
    """Pulled on the 22nd, then on the 25th without job 2201002 (kept in the cache);
    on the 26th CI starts from the repository's copy of the 22nd, where it is open."""
    feed = ats.feed("recruitee")
    content, keep = tmp_path / "content", tmp_path / "cache"
    assert pull([feed], content, now=NOW, keep_dir=keep).ok
    day0 = (content / "recruitee-helder.json").read_bytes()
    ats.serve("/api/offers/", recruitee_without(2201002))
    pull([feed], content, now=NOW + dt.timedelta(days=3), keep_dir=keep)
    repository_copy(content, day0)
    return feed, content, keep, day0


def test_a_pull_starts_from_the_last_pull_kept_in_the_cache_not_an_older_checkout(ats, tmp_path):
    feed, content, keep, _day0 = three_nights(ats, tmp_path)
    pull([feed], content, now=NOW + dt.timedelta(days=4), keep_dir=keep)
    assert records(content)["2201002"]["gone_since"] == "2026-11-25"  # not the 26th


def test_a_feed_down_leaves_last_nights_jobs_not_the_repositorys(ats, tmp_path):
    feed, content, keep, day0 = three_nights(ats, tmp_path)
    ats.serve("/api/offers/", b"{not json")  # down tonight
    result = pull([feed], content, now=NOW + dt.timedelta(days=4), keep_dir=keep).results[0]
    assert not result.ok
    # The job that closed on the 25th stays closed; the repository's copy had it open.
    assert records(content)["2201002"]["status"] == "gone"
    assert any("kept in the cache" in w for w in result.warnings)


def test_failing_pulls_are_recorded_from_the_first_until_one_succeeds(ats, tmp_path):
    # The build judges a snapshot's age only while its feed's pulls fail
    # (podium_vacancies.stale): the pull records the first failure's moment.
    feed, content, keep, _day0 = three_nights(ats, tmp_path)
    marker = keep / "recruitee-helder.failing"
    assert not marker.exists()
    ats.serve("/api/offers/", b"{not json")
    for night in (4, 5):
        assert not pull([feed], content, now=NOW + dt.timedelta(days=night), keep_dir=keep).ok
    record = json.loads(marker.read_text(encoding="utf-8"))
    assert record["since"] == (NOW + dt.timedelta(days=4)).isoformat()
    assert record["error"].startswith("malformed JSON")
    # The reason is the latest failure's: the stale-snapshot warning named the
    # first one's for as long as the feed kept failing, otherwise.
    ats.serve("/api/offers/", b"<html>Log in</html>", "text/html")
    assert not pull([feed], content, now=NOW + dt.timedelta(days=5), keep_dir=keep).ok
    record = json.loads(marker.read_text(encoding="utf-8"))
    assert record["since"] == (NOW + dt.timedelta(days=4)).isoformat()
    assert record["error"].startswith('expected JSON, got Content-Type "text/html"'), record
    ats.serve("/api/offers/", recruitee_without(2201002))
    assert pull([feed], content, now=NOW + dt.timedelta(days=6), keep_dir=keep).ok
    assert not marker.exists()


def test_a_kept_copy_of_another_feed_address_is_not_used(ats, tmp_path):
    feed, content, keep, day0 = three_nights(ats, tmp_path)
    moved = ats.feed("recruitee", url=ats.serve("/api/v2/offers/", b"{not json"))
    assert not pull([moved], content, now=NOW + dt.timedelta(days=4), keep_dir=keep).ok
    assert (content / "recruitee-helder.json").read_bytes() == day0


def test_a_kept_copy_that_is_a_symlink_is_not_used(ats, tmp_path):
    feed = ats.feed("recruitee")
    content, keep = tmp_path / "content", tmp_path / "cache"
    pull([feed], content, now=NOW, keep_dir=keep)
    day0 = (content / "recruitee-helder.json").read_bytes()
    ats.serve("/api/offers/", recruitee_without(2201002))
    pull([feed], tmp_path / "elsewhere", now=NOW + dt.timedelta(days=3))
    (keep / "recruitee-helder.json").unlink()
    (keep / "recruitee-helder.json").symlink_to(tmp_path / "elsewhere" / "recruitee-helder.json")
    repository_copy(content, day0)
    ats.serve("/api/offers/", b"nonsense")
    assert not pull([feed], content, now=NOW + dt.timedelta(days=4), keep_dir=keep).ok
    assert (content / "recruitee-helder.json").read_bytes() == day0


def test_unchanged_feed_leaves_the_snapshot_alone(ats, tmp_path):
    feed = ats.feed("recruitee")
    pull([feed], tmp_path, now=NOW)
    before = (tmp_path / "recruitee-helder.json").read_bytes()
    result = pull([feed], tmp_path, now=NOW + dt.timedelta(days=1)).results[0]
    assert not result.changed
    assert (tmp_path / "recruitee-helder.json").read_bytes() == before
    assert re.search(r"2 open, 0 gone; .*recruitee-helder.json unchanged$", result.line())


def test_a_pull_rewrites_a_fetched_at_in_the_future_though_the_feed_is_unchanged(ats, tmp_path):
    # A snapshot edited to "2099-01-01T06:00:00Z" (or written by a wrong clock)
    # kept that moment through every pull of an unchanged feed: the file is
    # left alone then, and the build never judged it stale.
    feed = ats.feed("recruitee")
    pull([feed], tmp_path, now=NOW)
    path = tmp_path / "recruitee-helder.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["fetched_at"] = "2099-01-01T06:00:00Z"
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    keep = tmp_path / "cache"
    keep.mkdir()
    (keep / "recruitee-helder.json").write_text(json.dumps(doc), encoding="utf-8")
    later = NOW + dt.timedelta(days=1)
    result = pull([feed], tmp_path, now=later, keep_dir=keep).results[0]
    assert result.ok and result.changed
    assert json.loads(path.read_text(encoding="utf-8"))["fetched_at"] == "2026-11-23T06:00:00Z"


@pytest.mark.parametrize("fetched_at", [None, "gisteren", 20261122])
def test_a_pull_rewrites_a_fetched_at_of_unknown_age_though_the_feed_is_unchanged(
    ats, tmp_path, fetched_at
):
    # A snapshot whose fetched_at was taken out or edited into no moment kept it
    # through every successful pull of an unchanged feed (only one in the future
    # was rewritten), and the build warned of its unknown age every night; where
    # no cache is kept between builds (Netlify) it stayed of unknown age for good.
    feed = ats.feed("recruitee")
    pull([feed], tmp_path, now=NOW)
    path = tmp_path / "recruitee-helder.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc.pop("fetched_at")
    if fetched_at is not None:
        doc["fetched_at"] = fetched_at
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    later = NOW + dt.timedelta(days=1)
    result = pull([feed], tmp_path, now=later).results[0]
    assert result.ok and result.changed
    assert json.loads(path.read_text(encoding="utf-8"))["fetched_at"] == "2026-11-23T06:00:00Z"


@pytest.mark.parametrize("broken", [b"{not json", b'{"vacancies": 3}'])
def test_unreadable_previous_snapshot_is_replaced_with_a_warning(ats, tmp_path, broken):
    (tmp_path / "recruitee-helder.json").write_bytes(broken)
    result = pull([ats.feed("recruitee")], tmp_path, now=NOW).results[0]
    assert result.ok and result.changed
    assert any("gone jobs cannot be kept" in w for w in result.warnings)


def trickle(head: bytes, body: bytes, every: float = 0.5):
    """A server that sends ``head`` at once, then ``body`` one byte every ``every`` s."""

    def handle(h) -> None:
        h.wfile.write(head)
        h.wfile.flush()
        for i in range(len(body)):
            time.sleep(every)
            h.wfile.write(body[i : i + 1])
            h.wfile.flush()

    return handle


HEADERS = b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n"


@pytest.mark.parametrize(
    "where, head, body",
    [
        # Every byte arrives well within the per-read timeout; only an overall
        # deadline on the socket stops these.
        ("body", HEADERS, b'{"jobs": [' + b" " * 200 + b"]}"),
        ("headers", b"", HEADERS + b'{"jobs": []}'),
    ],
)
def test_timeout_is_an_overall_deadline_for_a_trickling_server(ats, tmp_path, where, head, body):
    url = ats.route(f"/trickle-{where}", trickle(head, body))
    started = time.monotonic()
    line = failing_pull(tmp_path, url, timeout=2)
    took = time.monotonic() - started
    assert "error: timed out after 2 s" in line, line
    assert 1.9 < took < 3.5, took


def test_a_deadline_long_enough_lets_a_slow_feed_finish(ats, tmp_path):
    url = ats.route("/trickle-short", trickle(HEADERS, b'{"jobs": []}', every=0.05))
    report = pull([feed_at(url)], tmp_path, now=NOW, timeout=5)
    assert report.ok, report.errors


def test_under_pay_transparency_error_a_post_without_pay_is_skipped_not_written(ats, tmp_path):
    # Written to the snapshot, it failed `podium check` in the nightly publish,
    # and with it the takedowns of ended consent and closed jobs.
    from podium_vacancies import load_all
    from podium_vacancies.paycheck import check

    feed = ats.feed("greenhouse")
    warned = pull([feed], tmp_path / "warn" / "vacancies" / "feeds", now=NOW).results[0]
    strict = pull([feed], tmp_path / "error" / "vacancies" / "feeds", now=NOW,
                  pay_transparency="error").results[0]  # fmt: skip
    assert warned.ok and strict.ok
    skipped = [w for w in strict.warnings if w.startswith("skipped post ")
               and 'PODIUM_PAY_TRANSPARENCY = "error"' in w]  # fmt: skip
    assert skipped and all("in the ATS post" in w for w in skipped)  # not in the snapshot
    assert not [w for w in warned.warnings if "PODIUM_PAY_TRANSPARENCY" in w]
    assert strict.present == warned.present - len(skipped)
    today = NOW.date()
    loaded = load_all(tmp_path / "error", ("nl", "en"), today)
    assert check(loaded.vacancies, "error", today) == []
    assert check(load_all(tmp_path / "warn", ("nl", "en"), today).vacancies, "error", today)


def test_a_post_whose_id_another_source_uses_is_skipped_so_the_build_still_loads(ats, tmp_path):
    """Ids are unique across hand-written files and every snapshot (load_all); a
    post that takes one would have failed every build after the pull."""
    from podium_vacancies import load_all

    content = tmp_path / "content"
    out = content / "vacancies" / "feeds"
    out.mkdir(parents=True)
    (content / "vacancies" / "monteur.yml").write_text(
        'id: "4012002"\ntitle: Monteur\nlocation: {city: Utrecht, country: NL}\n'
        "date_posted: 2026-10-01\napply_url: https://example.com/apply\ndescription: Werk.\n"
    )
    other = {"feed": "lever-x", "vacancies": [{"id": "4012005", "title": "Elders"}]}
    (out / "lever-x.json").write_text(json.dumps(other))
    result = pull([ats.feed("greenhouse")], out, now=NOW).results[0]
    assert result.ok
    ids = {r["id"] for r in json.loads((out / "greenhouse-helder.json").read_text())["vacancies"]}
    assert "4012002" not in ids and "4012005" not in ids and "4012001" in ids
    clashes = sorted(w for w in result.warning_lines() if "also used by" in w)
    assert len(clashes) == 2
    used = "skipped post 4012002: its id is also used by content/vacancies/monteur.yml"
    assert used in clashes[0]
    assert "content/vacancies/feeds/lever-x.json" in clashes[1]
    (out / "lever-x.json").unlink()  # not a loadable snapshot; only its ids mattered
    found = load_all(content, ("nl", "en"), NOW.date())
    assert found.by_id()["4012002"].source == "content/vacancies/monteur.yml"


def test_ids_differing_only_in_case_are_one_vacancy_as_the_build_counts_them(ats, tmp_path):
    # load_all compares ids case-folded (one folder on macOS and Windows disks):
    # "abc" and "ABC", in one pull or across two, were both written, and every
    # build after it failed with 'vacancy id "ABC" is also used by ...'.
    from podium_vacancies import load_all

    path = VENDORS["lever"][0]
    posts = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    first = posts[0]
    upper = {**first, "id": first["id"].upper(), "text": "Another title"}
    ats.serve(path, json.dumps([first, upper]).encode(), JSON)
    content = tmp_path / "content"
    out = content / "vacancies" / "feeds"
    assert pull([ats.feed("lever")], out, now=NOW).ok
    assert [v.id for v in load_all(content, ("nl", "en"), NOW.date()).vacancies] == [first["id"]]

    ats.serve(path, json.dumps([upper]).encode(), JSON)  # the ATS now spells it in capitals
    assert pull([ats.feed("lever")], out, now=NOW, force=True).ok
    found = load_all(content, ("nl", "en"), NOW.date()).vacancies
    # One job, under the id it was published under: its page keeps its address
    # (test_a_job_whose_id_the_ats_now_writes_in_capitals_keeps_its_address).
    assert [(v.id, v.feed_status, v.title) for v in found] == [
        (first["id"], "present", "Another title")
    ]


def test_a_warning_of_the_loads_own_check_skips_no_post(ats, tmp_path, monkeypatch):
    # The pull checks each post as a build will load it and skipped it on any
    # issue, a warning too: a job the build would publish (with a warning)
    # was left off the snapshot, and so off the site.
    pull_module = sys.modules["podium_vacancies.pull"]

    def read_with_a_warning(f, *args, **kwargs):
        vacancy = read_vacancy(f, *args, **kwargs)
        f.error("title", 'field "title" is a warning made up by this test', "warning")
        return vacancy

    read_vacancy = pull_module.read_vacancy
    monkeypatch.setattr(pull_module, "read_vacancy", read_with_a_warning)
    report = pull([ats.feed("recruitee")], tmp_path, now=NOW)
    assert report.ok
    records = json.loads((tmp_path / "recruitee-helder.json").read_text())["vacancies"]
    assert records
    assert not any(
        "skipped post" in w and RECRUITEE_COPY not in w for r in report.results for w in r.warnings
    )


@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_a_snapshot_gets_the_mode_a_new_file_gets_not_a_private_one(ats, tmp_path, umask):
    # Written through a temporary file, every snapshot was 0600: committed so,
    # and unreadable to the other users of a shared checkout and a web server.
    url = ats.serve("/ok", (FIXTURES / "greenhouse.json").read_bytes(), JSON)
    before = os.umask(umask)
    try:
        report = pull([feed_at(url)], tmp_path, now=NOW)
    finally:
        os.umask(before)
    assert report.ok, report.errors
    assert (tmp_path / "f.json").stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_snapshots_age_is_counted_in_the_hubs_days(tmp_path):
    # Pulled at 00:30 in Amsterdam (23:30 UTC the day before), a snapshot was
    # dated by its UTC day: a day older than the hub's calendar says, so its
    # jobs were closed on the 13th day of failed pulls and the warning named
    # the day before the pull. The days are the hub's (TIMEZONE), as "today" is.
    from podium_vacancies import stale
    from podium_vacancies.load import Pulled, VacancySet
    from podium_vacancies.model import Location, Vacancy

    kept = tmp_path / "kept"
    kept.mkdir()
    since = {"since": "2026-11-22T23:30:00+00:00", "error": "HTTP 404"}
    (kept / "greenhouse-helder.failing").write_text(json.dumps(since), "utf-8")
    pulled = Pulled(
        "vacancies/feeds/greenhouse-helder.json",
        dt.datetime(2026, 11, 21, 23, 30, tzinfo=dt.UTC),  # 00:30 on the 22nd in Amsterdam
        "https://x",
        "greenhouse",
    )
    job = Vacancy(
        id="1", title="Monteur", team=None, location=Location("Utrecht", "NL"),
        employment_type=(), date_posted=dt.date(2026, 11, 1), valid_through=None,
        apply_url="https://x/1", salary=None, themes=(), lang="nl",
        description_html="<p>Werk</p>", description_text="Werk", source=pulled.source,
        feed_status="present",
    )  # fmt: skip
    jobs = VacancySet((job,), dt.date(2026, 12, 5), (pulled,))
    issues, judged = stale.judge(jobs, kept, "Europe/Amsterdam")
    assert judged.open == (job,)
    [issue] = issues
    assert "this snapshot was last pulled on 2026-11-22, 13 days ago" in issue.message
    assert "published as closed from 2026-12-06" in issue.message


def test_a_job_whose_id_the_ats_now_writes_in_capitals_keeps_its_address(ats, tmp_path):
    # Lever's ids in capitals one night ("5F1C2D3E-..."): each job is the same
    # one (ids are compared case-folded), but its snapshot record took the new
    # id, so its page moved to vacancies/5F1C.../ and the address shared and
    # indexed died, and the pull was refused as closing every open job. Each
    # keeps the id it was published under.
    feed = ats.feed("lever")
    assert pull([feed], tmp_path, now=NOW).ok
    before = json.loads((tmp_path / "lever-helder.json").read_text())["vacancies"]
    board = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    for post in board:
        post["id"] = post["id"].upper()
    board[1]["text"] = "Platform engineer (edited)"
    ats.serve(VENDORS["lever"][0], json.dumps(board).encode())
    report = pull([feed], tmp_path, now=NOW + dt.timedelta(days=1))
    assert report.ok, report.errors
    after = json.loads((tmp_path / "lever-helder.json").read_text())["vacancies"]
    assert [(r["id"], r["status"]) for r in after] == [(r["id"], r["status"]) for r in before]
    edited = [r for r in after if r["id"] == board[1]["id"].lower()]
    assert edited[0]["title"] == "Platform engineer (edited)"


def sales_feed(ats) -> FeedConfig:
    """A second Lever feed of the board, by team (``?team=``)."""
    return FeedConfig.from_settings({"PODIUM_FEEDS": [{
        "name": "lever-sales", "kind": "lever", "url": ats.url("/v0/postings/sales"),
        "default_country": "NL"}]})[0]  # fmt: skip


def test_a_job_that_moves_to_another_feed_of_the_hub_stays_open(ats, tmp_path):
    # Two Lever feeds of one board, by team (?team=...): a job moved from one
    # team to the other. The first feed kept it as gone, and the second skipped
    # it ("its id is also used by lever-helder.json"), so its page said it was
    # closed, night after night, while it was open; once it closed in both, the
    # two gone records failed every build as one id used twice.
    board = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    moved = board[0]
    first = ats.feed("lever")
    second = sales_feed(ats)
    ats.serve("/v0/postings/sales", b"[]")
    content = tmp_path / "content"
    feeds = content / "vacancies" / "feeds"
    assert pull([first, second], feeds, now=NOW).ok

    rest = [post for post in board if post["id"] != moved["id"]]  # the fixture repeats it
    ats.serve(VENDORS["lever"][0], json.dumps(rest).encode())
    ats.serve("/v0/postings/sales", json.dumps([moved]).encode())
    report = pull([first, second], feeds, now=NOW + dt.timedelta(days=1))
    assert report.ok and not any("also used" in w for r in report.results
                                 for w in r.warning_lines())  # fmt: skip
    tomorrow = NOW.date() + dt.timedelta(days=1)
    job = load_all(content, ("nl", "en"), tomorrow).by_id()[moved["id"]]
    assert (job.source.endswith("lever-sales.json"), job.is_open(tomorrow)) == (True, True)

    ats.serve("/v0/postings/sales", b"[]")  # filled: gone from both feeds
    later = NOW + dt.timedelta(days=5)
    assert pull([first, second], feeds, now=later, force=True).ok
    job = load_all(content, ("nl", "en"), later.date()).by_id()[moved["id"]]
    assert job.source.endswith("lever-sales.json") and job.closed_on(later.date()) == later.date()


@pytest.mark.parametrize("order", ["leaving feed first", "receiving feed first"])
def test_a_job_that_moved_to_another_feed_is_no_drop_for_max_drop(ats, tmp_path, order):
    # A feed whose only open job moved to the hub's other feed (two Lever
    # feeds of one board by team, the job changed team) was refused: "the
    # pull would close its 1 open vacancy", every night until --force, and
    # with it every later change to that feed.
    board = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    moved = board[0]
    first = ats.feed("lever")
    second = sales_feed(ats)
    feeds = [first, second] if order == "leaving feed first" else [second, first]
    ats.serve(VENDORS["lever"][0], json.dumps([moved]).encode())
    ats.serve("/v0/postings/sales", b"[]")
    content = tmp_path / "content"
    out = content / "vacancies" / "feeds"
    assert pull(feeds, out, now=NOW).ok

    ats.serve(VENDORS["lever"][0], b"[]")
    ats.serve("/v0/postings/sales", json.dumps([moved]).encode())
    report = pull(feeds, out, now=NOW + dt.timedelta(days=1))
    assert report.ok, report.errors
    tomorrow = NOW.date() + dt.timedelta(days=1)
    job = load_all(content, ("nl", "en"), tomorrow).by_id()[moved["id"]]
    assert (job.source.endswith("lever-sales.json"), job.is_open(tomorrow)) == (True, True)


def test_two_jobs_that_swap_feeds_in_one_pull_both_stay_open(ats, tmp_path):
    # Two Lever feeds of one board by team; in one night a job of each moved to
    # the other. The feed written first skipped its newcomer ("its id is also
    # used by lever-sales.json", which still held it open), then the other
    # wrote it gone: the job was closed on the hub while open in the ATS.
    board = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    one, other = board[0], board[1]
    first, second = ats.feed("lever"), sales_feed(ats)
    ats.serve(VENDORS["lever"][0], json.dumps([one]).encode())
    ats.serve("/v0/postings/sales", json.dumps([other]).encode())
    content = tmp_path / "content"
    out = content / "vacancies" / "feeds"
    assert pull([first, second], out, now=NOW).ok

    ats.serve(VENDORS["lever"][0], json.dumps([other]).encode())
    ats.serve("/v0/postings/sales", json.dumps([one]).encode())
    report = pull([first, second], out, now=NOW + dt.timedelta(days=1))
    assert report.ok, report.errors
    assert not [w for r in report.results for w in r.warning_lines()]
    tomorrow = NOW.date() + dt.timedelta(days=1)
    jobs = load_all(content, ("nl", "en"), tomorrow).by_id()
    assert [jobs[p["id"]].is_open(tomorrow) for p in (one, other)] == [True, True]
    assert jobs[other["id"]].source.endswith("lever-helder.json")
    assert jobs[one["id"]].source.endswith("lever-sales.json")


def test_a_pull_holds_one_feed_s_posts_at_a_time(ats, tmp_path, monkeypatch):
    # The moved-job check needs every feed's ids before any is written, and the
    # pull held every feed's normalised posts (descriptions and all) in memory
    # until the last was written: a hub with many large feeds needed them all at
    # once. Now only the ids stay between feeds; each feed's answer is read again
    # from a file of its own when its snapshot is written.
    import gc
    import weakref

    from podium_vacancies.pull import NORMALISERS

    live: list[tuple[str, weakref.ref]] = []
    held_together = []

    def tracking(kind):
        normalise = NORMALISERS[kind]

        def normalised(payload, feed, warnings):
            gc.collect()
            others = {name for name, ref in live if ref() is not None and name != feed.name}
            if others:
                held_together.append((feed.name, others))
            vacancies = normalise(payload, feed, warnings)
            live.extend((feed.name, weakref.ref(v)) for v in vacancies)
            return vacancies

        return normalised

    monkeypatch.setitem(NORMALISERS, "lever", tracking("lever"))
    _pull_a_job_that_moves(ats, tmp_path)
    assert held_together == []


def test_a_feed_whose_kept_answer_went_fails_alone(ats, tmp_path, monkeypatch):
    # The answer waits in the temporary folder while the other feeds are
    # fetched: removed meanwhile (a cleaner of /tmp), that feed fails in one
    # line and keeps its snapshot, the other is written; no traceback.
    module = sys.modules["podium_vacancies.pull"]
    park = module._park

    def parked_then_removed(feed, file, *args):
        parked = park(feed, file, *args)
        if feed.name == "lever-helder" and parked.file is not None:
            parked.file.unlink()
        return parked

    board = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    first, second, out = _two_feeds_pulled_once(ats, tmp_path, board)
    before = (out / "lever-helder.json").read_bytes()
    ats.serve("/v0/postings/sales", json.dumps([board[0]]).encode())
    monkeypatch.setattr(module, "_park", parked_then_removed)
    report = pull([first, second], out, now=NOW + dt.timedelta(days=1))
    assert [r.ok for r in report.results] == [False, True]
    assert "could not be read" in report.results[0].line()
    assert "\n" not in report.results[0].line()
    assert (out / "lever-helder.json").read_bytes() == before


def _two_feeds_pulled_once(ats, tmp_path, board: list) -> tuple:
    """Two Lever feeds of one board (by team), pulled once, the first listing
    ``board`` and the second nothing: the feeds, and the snapshots' folder."""
    first, second = ats.feed("lever"), sales_feed(ats)
    ats.serve(VENDORS["lever"][0], json.dumps(board).encode())
    ats.serve("/v0/postings/sales", b"[]")
    out = tmp_path / "content" / "vacancies" / "feeds"
    assert pull([first, second], out, now=NOW).ok
    return first, second, out


def _pull_a_job_that_moves(ats, tmp_path) -> None:
    """Two Lever feeds of one board pulled twice: the board's first job moves
    from the first to the second in between; it stays open, in the second."""
    _pull_a_job_that_moves_with(ats, tmp_path)


def _pull_a_job_that_moves_with(ats, tmp_path, spool_dir=None) -> None:
    board = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    moved = board[0]
    first, second, out = _two_feeds_pulled_once(ats, tmp_path, board)
    content = tmp_path / "content"
    rest = [post for post in board if post["id"] != moved["id"]]
    ats.serve(VENDORS["lever"][0], json.dumps(rest).encode())
    ats.serve("/v0/postings/sales", json.dumps([moved]).encode())
    report = pull([first, second], out, now=NOW + dt.timedelta(days=1), spool_dir=spool_dir)
    assert report.ok, report.errors
    # The move is seen: the job is open where it went, no drop where it left.
    tomorrow = NOW.date() + dt.timedelta(days=1)
    job = load_all(content, ("nl", "en"), tomorrow).by_id()[moved["id"]]
    assert (job.source.endswith("lever-sales.json"), job.is_open(tomorrow)) == (True, True)
    assert not [w for r in report.results for w in r.warning_lines() if "also used" in w]


def test_a_pull_without_a_temporary_folder_still_sees_a_move(ats, tmp_path, monkeypatch):
    # No temporary folder to park the feeds' answers in (TMPDIR full or
    # gone): the posts are held in memory, as before, not a traceback.
    import tempfile

    def refused(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "TemporaryDirectory", refused)
    _pull_a_job_that_moves(ats, tmp_path)


def test_the_hubs_spool_folder_is_used_emptied_first_and_removed(ats, tmp_path, monkeypatch):
    # The feeds' answers wait in the hub's spool (the cache's pull-spool), which
    # the next pull empties: a killed pull's answers there, and a symlink planted
    # in its place by a restored cache (removed, not followed), go.
    import podium_vacancies.pull as module

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("mine")
    spool = tmp_path / "cache" / "pull-spool"
    spool.parent.mkdir()
    spool.symlink_to(elsewhere, target_is_directory=True)
    seen = []
    park = module._park

    def parked(feed, file, *args):
        seen.append((file.parent, sorted(p.name for p in file.parent.iterdir())))
        return park(feed, file, *args)

    monkeypatch.setattr(module, "_park", parked)
    ats.serve(VENDORS["lever"][0], b"[]")
    ats.serve("/v0/postings/sales", b"[]")
    feeds = [ats.feed("lever"), sales_feed(ats)]
    out = tmp_path / "content" / "vacancies" / "feeds"
    assert pull(feeds, out, now=NOW, spool_dir=spool).ok
    assert [(folder, names) for folder, names in seen] == [(spool, []), (spool, ["0"])]
    assert not spool.exists() and not spool.is_symlink()
    assert [p.name for p in elsewhere.iterdir()] == ["keep.txt"]
    spool.mkdir()
    (spool / "0").write_bytes(b"a killed pull's answer")
    seen.clear()
    assert pull(feeds, out, now=NOW, spool_dir=spool).ok
    assert seen[0] == (spool, []) and not spool.exists()


def test_a_spool_folder_that_cannot_be_made_falls_back_to_the_temporary_one(
    ats, tmp_path, monkeypatch
):
    # The cache cannot hold it (here a file in the cache folder's place): the
    # answers wait in the system's temporary folder, and the pull goes on.
    import podium_vacancies.pull as module

    cache = tmp_path / "cache"
    cache.write_text("not a folder")
    folders = set()
    park = module._park

    def parked(feed, file, *args):
        folders.add(file.parent.name.startswith("podium-pull-"))
        return park(feed, file, *args)

    monkeypatch.setattr(module, "_park", parked)
    _pull_a_job_that_moves_with(ats, tmp_path, spool_dir=cache / "pull-spool")
    assert folders == {True} and cache.read_text() == "not a folder"


def test_a_job_that_moves_to_another_feed_keeps_its_posting_date(ats, tmp_path):
    # The feed it went to dated it as its ATS did there (a post published
    # again under the other team), and its JobPosting's datePosted moved from
    # the day the hub first published it to the move's day.
    board = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    moved = board[0]
    first, second, out = _two_feeds_pulled_once(ats, tmp_path, board)
    content = tmp_path / "content"
    posted = load_all(content, ("nl", "en"), NOW.date()).by_id()[moved["id"]].date_posted

    rest = [post for post in board if post["id"] != moved["id"]]
    ats.serve(VENDORS["lever"][0], json.dumps(rest).encode())
    again = {**moved, "createdAt": int((NOW + dt.timedelta(hours=1)).timestamp() * 1000)}
    ats.serve("/v0/postings/sales", json.dumps([again]).encode())
    for days in (1, 2):  # the move's pull, and the next, which reads only its new feed
        later = NOW + dt.timedelta(days=days)
        assert pull([first, second], out, now=later).ok
        job = load_all(content, ("nl", "en"), later.date()).by_id()[moved["id"]]
        assert (job.source.endswith("lever-sales.json"), job.date_posted) == (True, posted)


def test_an_open_job_keeps_its_first_posting_date_when_its_ats_moves_it(ats, tmp_path):
    # A Greenhouse board without first_published is dated by updated_at, which
    # every edit of the post moves: the job's datePosted moved with each.
    doc = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    post = next(p for p in doc["jobs"] if p.get("first_published") is None)
    ats.serve(VENDORS["greenhouse"][0], json.dumps(doc).encode())
    content = tmp_path / "content"
    out = content / "vacancies" / "feeds"
    assert pull([ats.feed("greenhouse")], out, now=NOW).ok
    posted = load_all(content, ("nl", "en"), NOW.date()).by_id()[str(post["id"])].date_posted

    post["updated_at"] = "2026-11-22T05:00:00Z"
    ats.serve(VENDORS["greenhouse"][0], json.dumps(doc).encode())
    later = NOW + dt.timedelta(hours=1)
    assert pull([ats.feed("greenhouse")], out, now=later).ok
    job = load_all(content, ("nl", "en"), later.date()).by_id()[str(post["id"])]
    assert (job.date_posted, posted) == (posted, dt.date(2026, 11, 2))


def test_a_job_gone_from_every_feed_still_counts_as_dropped(ats, tmp_path):
    board = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    first = ats.feed("lever")
    second = sales_feed(ats)
    ats.serve(VENDORS["lever"][0], json.dumps([board[0]]).encode())
    ats.serve("/v0/postings/sales", json.dumps([board[1]]).encode())
    out = tmp_path / "content" / "vacancies" / "feeds"
    assert pull([first, second], out, now=NOW).ok
    ats.serve(VENDORS["lever"][0], b"[]")
    report = pull([first, second], out, now=NOW + dt.timedelta(days=1))
    assert "would close its 1 open vacancy" in report.errors[0]


@pytest.mark.parametrize(
    ("first_published", "warned"),
    [
        # A Tokyo account's post of this morning is tomorrow in its own offset.
        ("2026-11-23T03:00:00+09:00", False),
        ("2062-11-01T09:00:00-04:00", True),  # a typo
    ],
)
def test_a_feed_post_dated_after_today_is_published_as_posted_today(
    ats, tmp_path, first_published, warned
):
    # The feed lists it, so it is open at the ATS; dated after the pull's day
    # it was a scheduled vacancy, missing from the hub and Google until then.
    doc = json.loads((FIXTURES / "greenhouse.json").read_text(encoding="utf-8"))
    post = doc["jobs"][0]
    post["first_published"] = first_published
    ats.serve(VENDORS["greenhouse"][0], json.dumps(doc).encode())
    content = tmp_path / "content"
    report = pull([ats.feed("greenhouse")], content / "vacancies" / "feeds", now=NOW)
    assert report.ok, report.errors
    lines = [w for w in report.results[0].warning_lines() if "posting date" in w]
    assert bool(lines) == warned
    if warned:
        assert f"post {post['id']}" in lines[0] and "(2062-11-01) is after today" in lines[0]
    vacancy = load_all(content, ("nl", "en"), NOW.date()).by_id()[str(post["id"])]
    assert vacancy.date_posted == NOW.date() and vacancy.is_open(NOW.date())


_NO_DAY = (
    "is before 2000-01-01, and no job open now was posted then; it is published as posted today"
)


@pytest.mark.parametrize(
    ("kind", "field", "value", "said"),
    [
        # Seconds where Lever counts milliseconds: 21 January 1970.
        ("lever", "createdAt", 1790811000,
         f"(1970-01-21, createdAt 1790811000) {_NO_DAY} (createdAt 1790811000 looks like "
         "seconds, not milliseconds: fix the date in the ATS)"),
        ("lever", "createdAt", 0, f"(1970-01-01, createdAt 0) {_NO_DAY} (fix the date in the ATS)"),
        ("lever", "createdAt", -1, f"(1970-01-01, createdAt -1) {_NO_DAY}"),
        ("lever", "createdAt", 1.5, f"(1970-01-01, createdAt 1.5) {_NO_DAY}"),
        ("recruitee", "published_at", "1990-01-01",
         f'(1990-01-01, published_at "1990-01-01", created_at "2026-10-01 09:00:00 UTC") '
         f"{_NO_DAY} (fix the date in the ATS)"),
    ],
)  # fmt: skip
def test_a_feed_post_dated_before_2000_is_published_as_posted_today(
    ats, tmp_path, kind, field, value, said
):
    # Published as dated, the page said "Geplaatst op 1 januari 1970" and the
    # JobPosting's datePosted was 1970-01-01.
    fixture = VENDORS[kind][1]
    doc = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    post = doc[0] if kind == "lever" else doc["offers"][0]
    post[field] = value
    ats.serve(VENDORS[kind][0], json.dumps(doc).encode())
    content = tmp_path / "content"
    out = content / "vacancies" / "feeds"
    report = pull([ats.feed(kind)], out, now=NOW)
    assert report.ok, report.errors
    title = post["text" if kind == "lever" else "title"]
    lines = [w for w in report.results[0].warning_lines() if "2000-01-01" in w]
    assert len(lines) == 1 and f'post {post["id"]} "{title}": its posting date {said}' in lines[0]
    vacancy = load_all(content, ("nl", "en"), NOW.date()).by_id()[str(post["id"])]
    assert vacancy.date_posted == NOW.date()


def test_a_closed_feed_post_dated_before_2000_is_posted_by_its_closing_day(ats, tmp_path):
    # Posted today, after its closing day, the load refused it ("valid_through"
    # before "date_posted"), and the job was missing, not closed.
    doc = json.loads((FIXTURES / "recruitee.json").read_text(encoding="utf-8"))
    post = doc["offers"][0]
    post.update(published_at="1990-01-01", close_at="2026-11-01")
    ats.serve(VENDORS["recruitee"][0], json.dumps(doc).encode())
    content = tmp_path / "content"
    report = pull([ats.feed("recruitee")], content / "vacancies" / "feeds", now=NOW)
    assert report.ok, report.errors
    warnings = report.results[0].warning_lines()
    assert not [w for w in warnings if "skipped" in w and RECRUITEE_COPY not in w]
    vacancy = load_all(content, ("nl", "en"), NOW.date()).by_id()[str(post["id"])]
    assert vacancy.date_posted == vacancy.valid_through < NOW.date()


def test_a_posting_date_before_2000_in_the_last_snapshot_is_not_kept(ats, tmp_path):
    # A pull before the check wrote 1970-01-01, which the next pull kept as the
    # day the hub first published the job.
    doc = json.loads((FIXTURES / "lever.json").read_text(encoding="utf-8"))
    doc[0]["createdAt"] = 0
    ats.serve(VENDORS["lever"][0], json.dumps(doc).encode())
    out = tmp_path / "content" / "vacancies" / "feeds"
    assert pull([ats.feed("lever")], out, now=NOW).ok
    snapshot = out / "lever-helder.json"
    written = json.loads(snapshot.read_text(encoding="utf-8"))
    (record,) = [r for r in written["vacancies"] if r["id"] == doc[0]["id"]]
    assert record["date_posted"] == "2026-11-22"
    record["date_posted"] = "1970-01-01"
    snapshot.write_text(json.dumps(written), encoding="utf-8")
    assert pull([ats.feed("lever")], out, now=NOW + dt.timedelta(days=1)).ok
    written = json.loads(snapshot.read_text(encoding="utf-8"))
    (record,) = [r for r in written["vacancies"] if r["id"] == doc[0]["id"]]
    assert record["date_posted"] == "2026-11-23"


def test_with_a_cache_key_a_kept_copy_without_its_mac_is_not_the_pulls_start(
    ats, tmp_path, cache_key
):
    """A copy planted in the cache (the Actions cache is writable by any step of a
    run) with a later fetched_at was the pull's start and, the feed down, was
    written to content/. With PODIUM_CACHE_KEY set only a copy a pull kept, with
    its MAC, is: the planted one is said in one warning line naming it."""
    feed, content, keep, day0 = three_nights(ats, tmp_path)
    kept = keep / "recruitee-helder.json"
    planted = json.loads(kept.read_text(encoding="utf-8"))
    planted["fetched_at"] = (NOW + dt.timedelta(days=3, hours=1)).isoformat()
    planted["vacancies"][0]["title"] = "Planted job"
    kept.write_text(json.dumps(planted), encoding="utf-8")
    ats.serve("/api/offers/", b"{not json")  # down tonight
    report = pull([feed], content, now=NOW + dt.timedelta(days=4), keep_dir=keep)
    assert not report.results[0].ok
    assert (content / "recruitee-helder.json").read_bytes() == day0
    (said,) = [w for w in report.warnings if "PODIUM_CACHE_KEY" in w]
    assert said.startswith(f"{keep}: warning: ") and kept.name in said and "\n" not in said


def test_the_first_pulls_after_the_cache_key_is_set_say_the_old_records_once(
    ats, tmp_path, monkeypatch
):
    """Kept copies and .failing records written before PODIUM_CACHE_KEY was set
    have no MAC. Left in place while the feed was down, the copy was said again
    every night, and the .failing record (never written again while there) was
    never read: the dead feed's jobs stayed open for ever. Now the first pull
    removes them in one line, and the failing pulls are recorded afresh."""
    from podium import settings
    from podium_vacancies.stale import failing_since

    feed, content, keep, _day0 = three_nights(ats, tmp_path)
    ats.serve("/api/offers/", b"{not json")  # down, before the key
    pull([feed], content, now=NOW + dt.timedelta(days=4), keep_dir=keep)
    monkeypatch.setenv("PODIUM_CACHE_KEY", "set tonight")
    settings.cache_key_environment.cache_clear()
    try:
        said = []
        for night in (5, 6, 7):
            report = pull([feed], content, now=NOW + dt.timedelta(days=night), keep_dir=keep)
            said += [*report.warnings, *report.results[0].warning_lines()]
        since = failing_since(keep, "recruitee-helder")
    finally:
        settings.cache_key_environment.cache_clear()
    (line,) = [w for w in said if "PODIUM_CACHE_KEY" in w]
    assert "2 records" in line and "recruitee-helder.failing" in line
    assert since is not None and since[0] == (NOW + dt.timedelta(days=5)).date()


def test_with_a_cache_key_the_copy_a_pull_kept_is_still_the_start(ats, tmp_path, cache_key):
    feed, content, keep, _day0 = three_nights(ats, tmp_path)
    assert (keep / "recruitee-helder.json.mac").is_file()
    ats.serve("/api/offers/", b"{not json")
    result = pull([feed], content, now=NOW + dt.timedelta(days=4), keep_dir=keep).results[0]
    assert records(content)["2201002"]["status"] == "gone"  # last night's, from the cache
    assert not any("PODIUM_CACHE_KEY" in w for w in result.warnings)


def test_with_a_cache_key_a_planted_failing_record_does_not_age_a_feed(tmp_path, cache_key):
    """A .failing record dated weeks back closes every job of its feed (stale.py):
    one the pulls did not write, without its MAC, is not read."""
    from podium_vacancies.stale import failing_since

    marker = tmp_path / "recruitee-helder.failing"
    marker.write_text(json.dumps({"since": "2026-01-01T00:00:00+00:00", "error": "x"}) + "\n")
    assert failing_since(tmp_path, "recruitee-helder") is None


def test_a_snapshot_larger_than_a_build_reads_is_not_written(ats, tmp_path, monkeypatch):
    # A feed of 100,000 small jobs (37.7 MB, under max_mb 50) was pulled in 58 s
    # and written as a 50,480,569-byte snapshot, exit 0, where a build reads at
    # most MAX_SNAPSHOT_BYTES (50,000,000): the hub's next build failed on it
    # and the next pull could not start from it. Here the bound is lowered to
    # the size of the snapshot of the feed's three jobs, and three more come.
    from podium_vacancies import load, snapshot

    pull([ats.feed("lever")], tmp_path, now=NOW)
    written = tmp_path / "lever-helder.json"
    before = written.read_bytes()
    monkeypatch.setattr(snapshot, "MAX_SNAPSHOT_BYTES", len(before))
    monkeypatch.setattr(load, "MAX_SNAPSHOT_BYTES", len(before))
    jobs = json.loads((FIXTURES / "lever.json").read_bytes())
    more = [dict(j, id=f"{j['id']}-2", applyUrl=f"{j['applyUrl']}-2") for j in jobs[:3]]
    ats.serve(VENDORS["lever"][0], json.dumps(jobs + more).encode())
    report = pull([ats.feed("lever")], tmp_path, now=NOW + dt.timedelta(days=1))
    assert not report.ok
    (line,) = report.errors
    assert re.fullmatch(
        r"feed lever-helder \(\S+\): error: refused: the snapshot would be [\d,]+ bytes "
        r"\(5 open, 0 gone\), more than the [\d,]+ a build reads; snapshot left unchanged; "
        r"the feed holds more or longer jobs than a hub shows: check its address, or shorten "
        r"the descriptions in the ATS",
        line,
    ), line
    assert written.read_bytes() == before
