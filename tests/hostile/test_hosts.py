"""Host names in the addresses users give: refused when no browser opens them.

Every address a user gives (a vacancy's apply_url, ``--url`` of ``podium
vacancies pull``, PODIUM_FEEDS, a redirect, the ping endpoints) goes through
``podium.markup.unopenable``; these are the hosts it let through.
"""

from __future__ import annotations

import socket
import textwrap
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from podium.errors import ContentError
from podium.markup import unopenable
from podium_testkit import drop_proxies
from podium_vacancies import load_vacancy_file
from podium_vacancies.cli import vacancies

JOB = """\
id: "4012"
title: Senior backend developer
location: {city: Amsterdam, country: NL}
employment_type: FULL_TIME
date_posted: 2026-10-01
apply_url: "https://HOST/apply/4012"
lang: nl
description: |
  Markdown **tekst**.
"""
HOST_NAME = (
    'a host name is parts of letters, digits and hyphens split by dots, like "jobs.example.com"'
)
IPV4 = 'four numbers from 0 to 255 split by dots, like "192.0.2.10"'

# Each host no browser opens, and what the error says of it.
REFUSED = [
    ("xn--", 'its part "xn--" starts with "xn--" but is no international name in Punycode'),
    ("xn--zz.example", 'its part "xn--zz" starts with "xn--" but is no international name'),
    ("werkenbij.xn--a.example", 'its part "xn--a" starts with "xn--" but is no international'),
    ("-a.com", 'its part "-a" starts or ends with "-"'),
    ("a-.com", 'its part "a-" starts or ends with "-"'),
    ("werkenbij.-helder.example", 'its part "-helder" starts or ends with "-"'),
    ("jobs!.example", 'its part "jobs!" has "!" in it'),
    ("bä--x.example", 'its part "bä--x" is no international name'),
]
NUMBERS = ["999.1.1.1", "1.2.3", "0x7f.1", "jobs.example.123"]
# Hosts browsers open, written as users write them.
OPENED = [
    "werkenbij.bäckerei.example",
    "WERKENBIJ.Bäckerei.EXAMPLE",
    "werkenbij.xn--bckerei-5wa.example",
    "ＷＷＷ.example.com",  # full-width letters, which browsers map to ASCII
    "faß.de",
    "r3---sn-4g5e6nsz.googlevideo.com",  # "--" in third and fourth place
    "my_host.example.com",
    "jobs.example.com.",
    "192.0.2.10",  # set aside for examples, as "*.example" is
    "1.example.com",
    "93.184.215.14",  # a public address
    "[2606:4700::6810:84e5]",
    "\u03c0\u03b1\u03c1\u03ac\u03b4\u03b5\u03b9\u03b3\u03bc\u03b1.gr",  # Greek alone
    "\u043f\u0440\u0438\u043c\u0435\u0440.xn--p1ai",  # Cyrillic alone, under .\u0440\u0444
]


def apply_url_errors(tmp_path: Path, host: str) -> list[str]:
    folder = tmp_path / "content" / "vacancies"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "job.yml"
    path.write_text(textwrap.dedent(JOB.replace("HOST", host)), encoding="utf-8")
    try:
        load_vacancy_file(path, ("nl", "en"), tmp_path / "content")
    except ContentError as exc:
        return [i.format() for i in exc.issues]
    return []


@pytest.mark.parametrize(("host", "why"), REFUSED)
def test_an_apply_url_whose_host_is_no_host_name_is_an_error_on_its_line(tmp_path, host, why):
    """An apply_url "https://xn--zz.example/..." (no valid Punycode), "https://-a.com/..." and
    "https://a-.com/..." were published as every applicant's Apply button, to an
    address that ends in a DNS failure or that a browser refuses."""
    url = f"https://{host}/apply/4012"
    (line,) = apply_url_errors(tmp_path, host)
    assert line.startswith(
        f'content/vacancies/job.yml:6: error: field "apply_url" must be a web address a '
        f'browser can open, not "{url}": its host "{host.lower()}" is no host name: {why}'
    ), line
    assert line.endswith(f"; {HOST_NAME}"), line


@pytest.mark.parametrize("host", NUMBERS)
def test_an_apply_url_whose_host_ends_in_a_number_must_be_an_ipv4_address(tmp_path, host):
    """A host that ends in a number is an IPv4 address to a browser, which
    refuses "999.1.1.1" and reads "0x7f.1" as 127.0.0.1."""
    (line,) = apply_url_errors(tmp_path, host)
    assert line == (
        f'content/vacancies/job.yml:6: error: field "apply_url" must be a web address a '
        f'browser can open, not "https://{host}/apply/4012": its host "{host.lower()}" ends '
        f"in a number, so it must be an IPv4 address: {IPV4}"
    )


# Hosts a browser opens but no job seeker reaches, and what the error says of each.
UNREACHED = [
    ("127.0.0.1", 'its host "127.0.0.1" is an IP address of the computer it is opened on'),
    ("localhost:8080", 'its host "localhost" is the computer the page is opened on'),
    ("jobs.localhost", 'its host "jobs.localhost" is the computer the page is opened on'),
    ("[::1]", 'its host "::1" is an IP address of the computer it is opened on (loopback)'),
    ("10.0.0.1", 'its host "10.0.0.1" is an IP address of a private network'),
    ("192.168.1.20", 'its host "192.168.1.20" is an IP address of a private network'),
    ("[::ffff:10.0.0.1]", 'its host "::ffff:10.0.0.1" is an IP address of a private network'),
    ("169.254.169.254", 'its host "169.254.169.254" is an IP address of a local network'),
    ("0.0.0.0", 'its host "0.0.0.0" is an IP address of no computer (unspecified)'),
    ("100.64.0.1", 'its host "100.64.0.1" is an IP address set aside (reserved)'),
    ("intranet", 'its host "intranet" is a single name with no domain'),
    ("werken.local", 'its host "werken.local" is a name only a local network looks up'),
    (
        "sollicitatie.\u04bbelder-energie.example",  # a Cyrillic "\u04bb" for the "h"
        'its host\'s part "\u04bbelder-energie" mixes Cyrillic and Latin letters ("\u04bb" is '
        "Cyrillic), so it only looks like the name it copies",
    ),
    ("werkenbij.app\u03bf.com", 'its host\'s part "app\u03bf" mixes Greek and Latin letters'),
]


@pytest.mark.parametrize(("host", "why"), UNREACHED)
def test_an_apply_url_no_job_seeker_reaches_is_an_error_on_its_line(tmp_path, host, why):
    """These were published with no message as the Apply button and in the
    JobPosting: the reader's own computer, a company network, or a name that
    only reads as the employer's. Judged by the address, with no lookup."""
    url = f"https://{host}/apply/4012"
    (line,) = apply_url_errors(tmp_path, host)
    assert line.startswith(
        'content/vacancies/job.yml:6: error: field "apply_url" must be a public web address '
        f'job seekers can open, like "https://jobs.example.com/apply", not "{url}": {why}'
    ), line


@pytest.mark.parametrize("host", OPENED)
def test_hosts_browsers_open_stay_accepted(tmp_path, host):
    assert unopenable(f"https://{host}/x") is None
    assert apply_url_errors(tmp_path, host) == []


@pytest.mark.parametrize(("host", "why"), [*REFUSED[:4], ("999.1.1.1", "IPv4")])
def test_a_pull_url_whose_host_no_browser_opens_is_a_usage_error(tmp_path, monkeypatch,
                                                                 host, why):  # fmt: skip
    """--url "https://xn--zz.example/..." was pulled, and the pull ended in
    "connection failed" after a DNS lookup: a fault of the network, to be
    tried again, where the address was wrong."""
    monkeypatch.chdir(tmp_path)
    url = f"https://{host}/v1/boards/x/jobs"
    result = CliRunner().invoke(
        vacancies,
        ["pull", "--kind", "greenhouse", "--url", url],
        obj={"settings": {}, "content_dir": tmp_path},
    )
    assert result.exit_code == 2, result.output
    (line,) = [x for x in result.output.splitlines() if "--url" in x and "error" in x.lower()]
    assert f"--url must be a web address a browser can open, not {url!r}: " in line, line
    assert why in line, line


# -- the host a pull or a ping connects to ----------------------------------------


class _Answer(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _answer(self) -> None:
        self.server.hosts.append(self.headers["Host"])
        if self.path == "/moved":
            self.send_response(302)
            # In UTF-8, as servers send it (http.server writes headers in Latin-1).
            to = f"http://straße.example:{self.server.server_port}/feed"
            self.send_header("Location", to.encode("utf-8").decode("latin-1"))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b'{"jobs": []}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer  # noqa: N815 - http.server's naming


@pytest.fixture
def looked_up(monkeypatch):
    """A server on 127.0.0.1, which every name resolves to; yields it, with the
    names looked up (``.names``) and the Host headers it was sent (``.hosts``)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    server.hosts, server.names = [], []
    real = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):
        server.names.append(host)
        return real("127.0.0.1", *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    drop_proxies(monkeypatch)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_pull_connects_to_the_host_a_browser_opens(looked_up):
    """A feed at "http://faß.example/..." was read from fass.example: Python's
    "idna" codec (IDNA 2003) maps "ß" to "ss", where browsers since 2017 (and
    the registries of .de, .eu) keep it: "xn--zca.example", another domain."""
    from podium_vacancies.pull import fetch

    port = looked_up.server_port
    assert fetch(f"http://faß.example:{port}/feed", "json", 5, 10_000) == b'{"jobs": []}'
    assert "fass.example" not in looked_up.names
    assert set(looked_up.names) == {"xn--fa-hia.example"}
    assert looked_up.hosts == [f"xn--fa-hia.example:{port}"]


def test_a_pull_follows_a_redirect_to_a_host_beyond_ascii(looked_up):
    """urllib percent-encoded the Location "http://straße.example/feed" whole,
    its host "stra%C3%9Fe.example" too, then decoded the host and looked it up
    by IDNA 2003: the pull read the feed from strasse.example."""
    from podium_vacancies.pull import fetch

    port = looked_up.server_port
    assert fetch(f"http://jobs.example:{port}/moved", "json", 5, 10_000) == b'{"jobs": []}'
    assert looked_up.hosts == [f"jobs.example:{port}", f"xn--strae-oqa.example:{port}"]
    assert set(looked_up.names) == {"jobs.example", "xn--strae-oqa.example"}


def test_a_ping_sends_its_key_to_the_host_a_browser_opens(looked_up):
    """An IndexNow endpoint at "https://faß.example/..." was sent the site's key
    at fass.example, a domain of someone else."""
    from podium_ping.http import Retry, post

    port = looked_up.server_port
    answer = post(f"http://faß.example:{port}/indexnow", b"{}", {}, Retry(tries=1, timeout=5))
    assert answer.status == 200
    assert set(looked_up.names) == {"xn--fa-hia.example"}
    assert looked_up.hosts == [f"xn--fa-hia.example:{port}"]


# -- host names in the settings' lists of allowed hosts ---------------------------


@pytest.mark.parametrize("name", ["PODIUM_IMAGE_HOSTS", "PODIUM_IFRAME_HOSTS"])
def test_a_listed_host_is_checked_as_every_host_is(name):
    """A pattern of its own took "xn--zz.example" (no Punycode) and refused
    "fotos.bäckerei.example" and every name under an international top-level
    domain ("fotos.xn--p1ai", .рф): a hub there could allow none of its hosts."""
    from podium.settings import PodiumSettings

    read = PodiumSettings.from_pelican(
        {name: ["Fotos.Bäckerei.example", "fotos.xn--p1ai", "media.example.com."]}
    )
    listed = read.image_hosts if name == "PODIUM_IMAGE_HOSTS" else read.iframe_hosts
    assert listed == ("fotos.xn--bckerei-5wa.example", "fotos.xn--p1ai", "media.example.com")
    for bad, why in [("xn--zz.example", "in Punycode"), ("-a.example", 'ends with "-"'),
                     ("192.0.2.1", "an IP address"), ("*.example.com", "no https://")]:  # fmt: skip
        with pytest.raises(ContentError) as exc:
            PodiumSettings.from_pelican({name: [bad]})
        (issue,) = exc.value.issues
        assert issue.message.startswith(f"setting {name} must be a list of host names"), issue
        assert f"{bad!r} is not a host name (" in issue.message and why in issue.message


@pytest.mark.parametrize(
    "src",
    [
        "https://fotos.bäckerei.example/team.jpg",
        "https://fotos.xn--bckerei-5wa.example/team.jpg",
        "https://FOTOS.BÄCKEREI.example./team.jpg",
    ],
)
def test_an_image_on_a_listed_international_host_is_shown(src):
    from podium_read.body import Renderer

    text = f"![Het team op het dak]({src})\n"
    body = Renderer(image_hosts=("fotos.bäckerei.example",)).render(text, "column", "x.md", 10)
    assert body.issues == []
    assert "<img" in body.html
