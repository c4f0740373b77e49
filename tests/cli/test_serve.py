"""`podium serve` for real: a subprocess on 127.0.0.1 that rebuilds on change."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from podium_testkit import Page, free_port, get, require_decap_server, wait_for


def _status_as(port: int, host: str) -> int:
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", "/", headers={"Host": host})
        return connection.getresponse().status
    finally:
        connection.close()


@pytest.mark.parametrize("drafts", [False, True])
def test_serve_builds_serves_and_rebuilds_on_change(site, drafts):
    port = free_port()
    args = [sys.executable, "-m", "podium_cli", "serve", "--port", str(port)]
    env = {**os.environ, "PODIUM_TODAY": "2026-06-01"}
    proc = subprocess.Popen(
        args + (["--drafts"] if drafts else []),
        cwd=site,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        status, html = wait_for(lambda: get(base + "/"))
        assert status == 200 and "Testbedrijf" in html
        assert "livereload.js" in html  # the dev server's pages reload themselves
        assert get(base + "/nope/")[0] == 404
        assert "Pagina niet gevonden" in get(base + "/nope/")[1]
        # Under /en/ the English one the build writes (en/404.html), as a host
        # that serves the nearest 404.html does (Cloudflare Pages); it was the Dutch.
        missing = get(base + "/en/stories/nope/")
        assert missing[0] == 404 and "Page not found" in missing[1]
        assert '<html lang="en">' in missing[1]
        draft = get(base + "/stories/dirk-draft/")
        assert draft[0] == (200 if drafts else 404)
        # DNS rebinding: a page whose own name now resolves to 127.0.0.1 is
        # refused, since its requests still name it; this machine's names are not.
        assert _status_as(port, f"attacker.example:{port}") == 403
        for host in (f"localhost:{port}", f"127.0.0.1:{port}", "LOCALHOST"):
            assert _status_as(port, host) == 200, host
        version = get(base + "/__podium/version")[1]
        story = site / "content" / "columns" / "ben-bakker.md"
        story.write_text(story.read_text().replace("om drie uur stop", "om vier uur stop"), "utf-8")
        wait_for(lambda: get(base + "/__podium/version")[1] != version)
        assert "om vier uur stop" in get(base + "/stories/ben-bakker/")[1]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert (site / ".podium-preview" / "index.html").is_file()
    # Live-reload pages (and drafts) never land where `invoke publish` looks.
    assert not (site / "output").exists()


def test_a_template_mistake_during_serve_is_reported_and_serving_goes_on(
    site, tmp_path, monkeypatch, capsys
):
    """Editing the theme while `podium serve` runs: a typo in a template ended the
    server (the error was no content error); now it is one line and the last good
    site stays served, as after a content mistake."""
    import shutil

    from podium_cli.serve import _rebuild, _State
    from podium_testkit import ROOT

    monkeypatch.chdir(site)
    monkeypatch.setattr(_State, "serving", True)  # as `podium serve` sets it
    output = site / ".podium-preview"
    assert _rebuild("pelicanconf.py", output)
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    base = theme / "templates" / "base.html"
    base.write_text(base.read_text("utf-8").replace("<head>", "<head>{{ nope() }}", 1), "utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + f"\nTHEME = {str(theme)!r}\n", "utf-8")
    capsys.readouterr()
    assert _rebuild("pelicanconf.py", output) is False
    err = capsys.readouterr().err.splitlines()
    line = base.read_text("utf-8").split("<head>")[0].count("\n") + 1
    assert err[0].endswith(
        f"/templates/base.html:{line}: error: template: UndefinedError: 'nope' is undefined"
    )
    assert err[1] == "Build failed; still serving the previous site."
    assert (output / "index.html").is_file()


def test_a_port_out_of_range_or_taken_is_one_line_before_any_build(site, monkeypatch):
    """`serve --port 99999` built the whole site, then failed with "OverflowError:
    bind(): port must be 0-65535"; a port in use, with "OSError: [Errno 98] ...",
    also after the build."""
    from click.testing import CliRunner

    from podium_cli.cli import main

    monkeypatch.chdir(site)
    out = CliRunner().invoke(main, ["serve", "--port", "99999"])
    assert out.exit_code == 2
    assert "99999 is not in the range 1<=x<=65535" in out.output
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = CliRunner().invoke(main, ["serve", "--no-watch", "--port", str(port)])
    assert out.exit_code == 1
    assert out.output.splitlines() == [
        f"podium: error: cannot serve on 127.0.0.1:{port}: Address already in use; "
        "choose another port with --port"
    ]
    assert not (site / "output").exists()  # nothing built for a server that never ran
    # The editor's decap-server on the site's own port: wrong usage, before
    # decap-server took it and the site was told the port was in use.
    out = CliRunner().invoke(main, ["serve", "--port", "8611", "--cms", "--cms-port", "8611"])
    assert out.exit_code == 2
    assert out.output.splitlines() == [
        "podium: error: --port and --cms-port are both 8611: the site and decap-server each "
        "need a port of their own; choose another for one of them"
    ]


def test_an_address_this_machine_lacks_is_not_told_to_change_the_port(site, monkeypatch):
    # "--bind 10.0.0.99" (an address of another machine) said "choose another port
    # with --port", which can never help.
    from click.testing import CliRunner

    from podium_cli.cli import main

    monkeypatch.chdir(site)
    args = ["serve", "--no-watch", "--bind", "192.0.2.1", "--port", "18999"]  # TEST-NET-1
    out = CliRunner().invoke(main, args)
    assert out.exit_code == 1
    assert out.output.splitlines() == [
        "podium: error: cannot serve on 192.0.2.1:18999: Cannot assign requested address; "
        "give --bind an address of this machine, like 127.0.0.1 or 0.0.0.0"
    ]
    assert not (site / "output").exists()


def test_a_first_build_that_fails_does_not_claim_to_serve_a_previous_site(site, monkeypatch):
    """A fresh checkout with an invalid story: `podium serve` said "Build failed;
    still serving the previous site." and exited 1, with no site, served or not."""
    from click.testing import CliRunner

    from podium_cli.cli import main

    monkeypatch.chdir(site)
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text(encoding="utf-8").replace("role:", "rol:"), "utf-8")
    out = CliRunner().invoke(main, ["serve", "--no-watch", "--port", str(free_port())])
    assert out.exit_code == 1
    lines = out.output.splitlines()
    assert "still serving" not in out.output, lines
    assert lines[-1] == (
        "Build failed; nothing is served (no earlier preview in .podium-preview/): fix the "
        "errors above and run podium serve again"
    ), lines


def test_a_failed_rebuild_of_any_kind_keeps_the_watcher_alive(site, monkeypatch, capsys):
    # A template's syntax error or a plugin's bug raised out of the watching
    # thread with a traceback; the old site stayed up, but no fix was built again.
    import watchfiles

    import podium_cli.serve as serve

    monkeypatch.chdir(site)
    real_build, calls = serve.build, []

    def build(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise OSError(28, "No space left on device")
        return real_build(*args, **kwargs)

    monkeypatch.setattr(serve, "build", build)
    monkeypatch.setattr(watchfiles, "watch", lambda *roots, **_: iter([{"edit"}, {"fix"}]))
    version = serve._State.version
    serve._watch([site / "content"], "pelicanconf.py", site / "output", False, {})
    assert len(calls) == 2  # the second change was built
    assert serve._State.version == version + 1
    err = capsys.readouterr().err.splitlines()
    assert "podium: error: OSError: [Errno 28] No space left on device" in err
    assert "Traceback (most recent call last):" not in err
    assert (site / "output" / "index.html").is_file()


def test_serving_publishconf_also_watches_the_pelicanconf_it_imports(site, monkeypatch):
    """`podium serve -s publishconf.py` (a look at the production settings) watched
    publishconf.py alone: a change to the pelicanconf.py it imports, where nearly
    every setting is, rebuilt nothing, although serve "rebuilds when content, theme
    or settings change"."""
    import podium_cli.serve as serve

    monkeypatch.chdir(site)
    (site / "publishconf.py").write_text(
        "import os\nimport sys\n\nsys.path.append(os.curdir)\n"
        "from pelicanconf import *  # noqa\n\nSITEURL = 'https://example.org'\n",
        encoding="utf-8",
    )
    (site / "tasks.py").write_text("", encoding="utf-8")  # imported by nothing
    watched = []
    monkeypatch.setattr(serve, "_watch", lambda *args: watched.append(args))
    serve.regenerate("publishconf.py")
    ((roots, *_),) = watched
    names = {r.name for r in roots}
    assert {"publishconf.py", "pelicanconf.py"} <= names
    assert "tasks.py" not in names


def test_serving_publishconf_judges_the_address_the_file_gives(site, monkeypatch):
    """The preview's links are its own (SITEURL emptied): `podium serve -s
    publishconf.py` warned on every rebuild that the publish settings' SITEURL
    was '', which it was not. It judges the file's address now (the preview
    says it, PODIUM_SERVED_SITEURL): none, and it still warns."""
    from podium import settings as podium_settings
    from podium_cli.build import load_settings, run_settings_file
    from podium_cli.serve import _local_links

    monkeypatch.chdir(site)

    def said(address: str) -> list[str]:
        (site / "publishconf.py").write_text(
            "import os\nimport sys\n\nsys.path.append(os.curdir)\n"
            f"from pelicanconf import *  # noqa\n\nSITEURL = {address!r}\n",
            encoding="utf-8",
        )
        values = run_settings_file("publishconf.py")  # as serve reads it, once
        settings = load_settings("publishconf.py", values=values)
        served = load_settings("publishconf.py", values=values, **_local_links(settings))
        ps = podium_settings.get(served)
        return [w.message for w in ps.warnings if "setting SITEURL" in w.message]

    assert said("https://example.org") == []
    assert said("") == [
        "setting SITEURL is '' in the publish settings: the published feeds' ids and links, "
        "the sitemap, canonical links and og:image are then site-relative, which feed "
        "readers, search engines and link previews cannot use; give the hub's address, like "
        '"https://werkenbij.example.com" (an environment variable it reads may be unset)'
    ]
    assert "example.invalid" in " ".join(said("https://werkenbij.example.invalid"))


def test_serve_runs_the_settings_file_once_at_start_up(site, monkeypatch):
    """The settings were read for the watch list and --cms, then the first build
    read the file again: its module-level code (a download, a log line, here a
    line appended to a file) ran twice before the first page was served."""
    from http.server import ThreadingHTTPServer

    from click.testing import CliRunner

    from podium_cli.cli import main
    from podium_cli.serve import _State

    monkeypatch.chdir(site)
    runs = site / "runs.txt"
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text("utf-8")
        + f"\nwith open({str(runs)!r}, 'a') as _f:\n    _f.write('ran\\n')\n",
        "utf-8",
    )

    def stop(self, *args, **kwargs):
        raise KeyboardInterrupt  # as Ctrl+C would, once the first build is served

    monkeypatch.setattr(ThreadingHTTPServer, "serve_forever", stop)
    monkeypatch.setattr(_State, "serving", False)  # serve sets it: not for the next tests
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    out = CliRunner().invoke(main, ["serve", "--no-watch", "--port", str(port)])
    assert out.exit_code == 0, out.output
    assert "Built " in out.output and (site / ".podium-preview" / "index.html").is_file()
    assert runs.read_text().splitlines() == ["ran"]


def test_serving_the_publish_settings_links_the_preview_not_the_public_site(site):
    """`podium serve -s publishconf.py` (and `invoke livereload` on a pelicanconf.py
    with SITEURL set, a project site at https://user.github.io/hub) built the preview
    with that SITEURL: its stylesheet came from the public site and every link left
    localhost for it, so what was clicked was never the edit being previewed."""
    (site / "publishconf.py").write_text(
        "from pelicanconf import *  # noqa\nSITEURL = 'https://user.github.io/hub'\n",
        encoding="utf-8",
    )
    port = free_port()
    args = [sys.executable, "-m", "podium_cli", "serve", "-s", "publishconf.py"]
    proc = subprocess.Popen(
        [*args, "--port", str(port)],
        cwd=site,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        status, html = wait_for(lambda: get(f"http://127.0.0.1:{port}/"))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert status == 200
    page = Page(html)
    followed = [el.attrs.get("href") or el.attrs.get("src") for el in page.all("a")]
    followed += [el.attrs["href"] for el in page.all("link", rel="stylesheet")]
    followed += [el.attrs["src"] for el in page.all("script") if "src" in el.attrs]
    assert followed and not [u for u in followed if u and "user.github.io" in u], followed
    assert 'href="/stories/ben-bakker/"' in html
    # What is about the page names the published one, as a build's does.
    assert page.one("link", rel="canonical").attrs["href"] == "https://user.github.io/hub/"


def test_the_build_failed_banner_says_it_in_the_pages_language_from_the_strings(site):
    # livereload.js wrote "Bouwen mislukt: ..." on a page whose <html lang>
    # began with "nl" and English on every other: its words were in the
    # script, not in strings.yml, so a hub language added there had no say.
    from podium_cli.build import build
    from podium_testkit import read_page

    out = build(site / "pelicanconf.py", site / "output", PODIUM_LIVERELOAD=True).output
    script = (out / "theme" / "js" / "livereload.js").read_text(encoding="utf-8")
    assert "mislukt" not in script and "Build failed" not in script
    for url, said in (("", "Bouwen mislukt"), ("en/", "Build failed")):
        (tag,) = [
            s for s in read_page(out, url).all("script") if "livereload" in s.attrs.get("src", "")
        ]
        assert tag.attrs["data-failed"].startswith(said), url


def _head(port: int, path: str) -> tuple[bytes, bytes]:
    """A HEAD request's status line and whatever came after its headers."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(f"HEAD {path} HTTP/1.0\r\nHost: localhost\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return head.split(b"\r\n")[0], body


@pytest.mark.parametrize("server", ["podium serve", "pelican --listen"])
def test_every_local_server_answers_a_missing_page_with_the_hubs_404(site, server):
    """`pelican --listen` (Pelican's own server, as its docs teach it) closed the
    connection on a missing page: no status, no page, a browser's "empty response".
    `podium serve` sent the 404 page's body after a HEAD request's headers too, and
    took /en/../x (the Dutch /x) for an English page."""
    port = free_port()
    env = {**os.environ, "PODIUM_TODAY": "2026-06-01"}
    if server == "podium serve":
        args = [sys.executable, "-m", "podium_cli", "serve", "--no-watch", "--port", str(port)]
    else:
        built = subprocess.run([sys.executable, "-m", "pelican", "content"], cwd=site, env=env,
                               capture_output=True, timeout=300)  # fmt: skip
        assert built.returncode == 0, built.stderr
        args = [sys.executable, "-m", "pelican", "--listen", "--port", str(port)]
    proc = subprocess.Popen(
        args, cwd=site, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: get(base + "/")[0] == 200)
        for path, lang, words in (
            ("/nope/", "nl", "Pagina niet gevonden"),
            ("/stories/nope/", "nl", "Pagina niet gevonden"),
            ("/en/stories/nope/", "en", "Page not found"),
            ("/en/%2e%2e/nope", "nl", "Pagina niet gevonden"),
        ):
            status, html = get(base + path)
            assert status == 404, path
            assert f'<html lang="{lang}">' in html and words in html, path
        status_line, body = _head(port, "/en/stories/nope/")
        assert b" 404 " in status_line and body == b""
        assert get(base + "/stories/ben-bakker/")[0] == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_every_rebuild_of_serve_says_its_warnings_again(site, monkeypatch, caplog):
    """`podium serve` rebuilds in its own process, and Pelican's log drops a message it
    has shown once in a process: a rebuild after a save said none of the warnings the
    content still had (an image without alt text, a closed vacancy linked), and one
    fixed and made again was not said again; `podium build` run twice says them twice."""
    from podium_cli.build import build

    monkeypatch.chdir(site)
    counts = []
    for _ in range(2):
        caplog.clear()
        result = build("pelicanconf.py", site / ".podium-preview", PODIUM_LIVERELOAD=True)
        counts.append(result.stats["warnings"])
        assert any('vacancy "503" in "vacancies" is closed' in m for m in caplog.messages)
    assert counts == [2, 2]


def test_sigterm_stops_serve_with_the_editor_as_every_command_and_stops_decap_server(site):
    """`podium serve --cms` set its own SIGTERM handler, sys.exit(0): a `kill` or
    `timeout` ended it with status 0 and no word, where every other command
    (serve without --cms too) says "terminated (SIGTERM)" and exits 143."""
    import signal
    import time

    require_decap_server()  # without Node, /admin/ is never served
    port, cms_port = free_port(), free_port()
    args = [sys.executable, "-m", "podium_cli", "serve", "--cms", "--no-watch",
            "-p", str(port), "--cms-port", str(cms_port)]  # fmt: skip
    proc = subprocess.Popen(
        args, cwd=site, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_for(lambda: get(f"http://127.0.0.1:{port}/admin/")[0] == 200)
        children = f"/proc/{proc.pid}/task/{proc.pid}/children"
        with open(children) as f:
            node = [int(pid) for pid in f.read().split()]
        assert node, "decap-server is not a child of podium serve"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 143, err
    assert err.splitlines()[-1] == "podium: error: terminated (SIGTERM)", err
    time.sleep(0.5)
    for pid in node:  # no orphan decap-server left holding its port
        assert not os.path.exists(f"/proc/{pid}") or "Z" in _state(pid), pid
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", cms_port))


def _state(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def _serve_and_stop(site, visit) -> str:
    """`podium serve --no-watch` of ``site`` in a process of its own: ``visit(port)``
    once it answers, a check that it still does, then a stop; what it printed to
    stderr."""
    port = free_port()
    args = [sys.executable, "-m", "podium_cli", "serve", "--no-watch", "--port", str(port)]
    proc = subprocess.Popen(args, cwd=site, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)  # fmt: skip
    try:
        wait_for(lambda: get(f"http://127.0.0.1:{port}/")[0] == 200)
        visit(port)
        assert get(f"http://127.0.0.1:{port}/")[0] == 200  # and it still serves
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return err


def test_a_browser_that_stops_loading_a_page_prints_no_traceback(site):
    """A browser that went away mid-file (a page left before it loaded, a reload
    while a search bundle came in) made `podium serve` print http.server's
    "Exception occurred during processing of request" and a BrokenPipeError or
    ConnectionResetError traceback, eighteen lines in the terminal, per request."""
    import struct

    def visit(port: int) -> None:
        # Larger than the sockets' buffers: the server is still writing when it goes.
        (site / ".podium-preview" / "big.bin").write_bytes(b"x" * 32_000_000)
        for _ in range(3):
            with socket.create_connection(("127.0.0.1", port)) as client:
                client.sendall(b"GET /big.bin HTTP/1.1\r\nHost: localhost\r\n\r\n")
                assert client.recv(65536).startswith(b"HTTP/1.0 200")
                # Closed with a reset, as a browser's cancelled request often is.
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    err = _serve_and_stop(site, visit)
    assert "Traceback" not in err and "Exception occurred" not in err, err


def test_a_path_no_file_can_have_is_an_answer_not_a_traceback(site):
    """A request for /%00 (a NUL), /%ed%a0%80 (half a UTF-16 pair, which no file
    name can hold) or a name longer than the file system takes made `podium
    serve` print a traceback of http.server's (ValueError: embedded null byte,
    UnicodeEncodeError, OSError: File name too long) and close the connection
    without an answer; a scanner's requests or a mistyped address filled the
    terminal. Now each is an answer: 400 for a path no file can have, the hub's
    404 for a name too long to be there."""

    def visit(port: int) -> None:
        for path, status in (
            ("/%00", b" 400 "),
            ("/en/%00", b" 400 "),
            ("/en/stories/%00/", b" 404 "),  # a folder's address: no folder has the name
            ("/%ed%a0%80", b" 400 "),
            ("/" + "a" * 5000, b" 404 "),
            ("/en/" + "a" * 5000 + "/", b" 404 "),
        ):
            status_line, _ = _head(port, path)
            assert status in status_line, (path[:20], status_line)

    err = _serve_and_stop(site, visit)
    assert "Traceback" not in err and "Exception occurred" not in err, err
