"""The local editor server writes only under content/ (issue 16, safety).

Talks to the real decap-server that `podium serve --cms` starts, as the
editor's page would: paths with ``..``, absolute paths and a symlink that
leaves content/ are refused, and nothing appears outside content/.
"""

from __future__ import annotations

import base64
import json
import socket
import urllib.error
import urllib.request

import pytest

from podium_cms.proxy import ProxyError, start, stop
from podium_testkit import require_decap_server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def proxy(tmp_path):
    require_decap_server()
    content = tmp_path / "site" / "content"
    (content / "columns").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (content / "columns" / "away").symlink_to(outside, target_is_directory=True)
    port = _free_port()
    proc = start(content, port)
    yield f"http://127.0.0.1:{port}/api/v1", content, tmp_path
    stop(proc)


def _post(url: str, body: dict) -> int:
    request = urllib.request.Request(
        url, json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as exc:
        return exc.code


def _persist(path: str) -> dict:
    return {
        "action": "persistEntry",
        "params": {
            "branch": "main",
            "entry": {"slug": "x", "path": path, "raw": "---\ntitle: x\n---\n"},
            "assets": [],
            "options": {"commitMessage": "x", "useWorkflow": False, "status": "draft"},
        },
    }


def _media(path: str) -> dict:
    data = base64.b64encode(b"not a photo").decode()
    return {
        "action": "persistMedia",
        "params": {
            "branch": "main",
            "asset": {"path": path, "content": data, "encoding": "base64"},
            "options": {"commitMessage": "x"},
        },
    }


def test_a_story_inside_content_is_written(proxy):
    url, content, _ = proxy
    assert _post(url, _persist("columns/ok.md")) == 200
    assert (content / "columns" / "ok.md").read_text().startswith("---\ntitle: x")


@pytest.mark.parametrize(
    "path",
    ["../escape.md", "columns/../../escape.md", "/tmp/escape.md", "columns/away/escape.md"],
)
def test_nothing_is_written_outside_content(proxy, path):
    url, content, root = proxy
    before = sorted(p for p in root.rglob("*") if content not in p.parents)
    assert _post(url, _persist(path)) >= 400
    assert _post(url, _media(path.replace(".md", ".jpg"))) >= 400
    after = sorted(p for p in root.rglob("*") if content not in p.parents)
    assert after == before
    assert not list((root / "outside").iterdir())


def _preflight(url: str, origin: str) -> str | None:
    request = urllib.request.Request(
        url,
        method="OPTIONS",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return answer.headers.get("Access-Control-Allow-Origin")


def test_only_local_pages_may_send_writes(proxy):
    """A JSON write from a browser needs a CORS preflight: other sites get no permission."""
    url, _, _ = proxy
    assert _preflight(url, "https://attacker.example") is None
    assert _preflight(url, "http://127.0.0.1:8000") == "http://127.0.0.1:8000"


def _post_as(url: str, host: str, body: dict) -> tuple[int, str]:
    """A request with the Host header a browser sends for ``host`` (http.client, which,
    unlike urllib, lets the header differ from the address it connects to)."""
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.putrequest("POST", parts.path, skip_host=True)
        data = json.dumps(body).encode()
        for name, value in (("Host", host), ("Content-Type", "application/json"),
                            ("Content-Length", str(len(data)))):  # fmt: skip
            connection.putheader(name, value)
        connection.endheaders(data)
        answer = connection.getresponse()
        return answer.status, answer.read().decode()
    finally:
        connection.close()


def test_a_page_that_rebinds_its_name_to_this_machine_is_refused(proxy):
    """DNS rebinding: attacker.example made to resolve to 127.0.0.1 talks to the backend
    as its own origin (no CORS check), but its requests still name attacker.example."""
    url, content, _ = proxy
    port = url.split(":")[2].split("/")[0]
    status, text = _post_as(url, f"attacker.example:{port}", _persist("columns/evil.md"))
    assert status == 403 and "answers only to 127.0.0.1 and localhost" in text
    assert not (content / "columns" / "evil.md").exists()
    for host in (f"127.0.0.1:{port}", f"LOCALHOST:{port}"):
        status, _ = _post_as(url, host, _persist("columns/ok.md"))
        assert status == 200, host


def test_a_content_folder_that_is_a_link_gets_no_editor_backend(tmp_path):
    """A pull request can make content/ itself a symlink (git stores one), to
    the project (``..``) or a home folder: decap-server, rooted at its real
    path, let the editor read and write there (pelicanconf.py, .git/hooks).
    The build refuses such a content/; the editor's backend is not started."""
    elsewhere = tmp_path / "home"
    (elsewhere / "columns").mkdir(parents=True)
    content = tmp_path / "site" / "content"
    content.parent.mkdir()
    content.symlink_to(elsewhere, target_is_directory=True)
    try:
        proc = start(content, _free_port())
    except ProxyError as exc:
        refused = str(exc)
    else:
        stop(proc)  # started, as it was: stopped, not left holding its port
        refused = None
    assert refused == (
        "content/ is a symlink to a folder, and the editor would write wherever it "
        "points; make content/ a folder of the project"
    )


@pytest.mark.parametrize("where", ["dotenv", "environment"])
def test_no_other_site_may_call_the_editor_backend(tmp_path, monkeypatch, where):
    """decap-server allows, by CORS, pages of the origin in its ORIGIN variable
    (else only localhost's), and loads a `.env` file from its working folder:
    the project's root, where a pull request could add `ORIGIN=https://...`.
    Then any page of that site, open in the editor's browser while `podium serve
    --cms` runs, could read and write content/ through it. It now starts in its
    own folder, with no ORIGIN of the shell's either: only this machine's pages."""
    require_decap_server()
    project = tmp_path / "site"
    (project / "content").mkdir(parents=True)
    if where == "dotenv":
        (project / ".env").write_text("ORIGIN=https://evil.example\n", "utf-8")
    else:
        monkeypatch.setenv("ORIGIN", "https://evil.example")
    monkeypatch.chdir(project)
    port = _free_port()
    proc = start(project / "content", port)
    url = f"http://127.0.0.1:{port}/api/v1"
    try:
        assert _preflight(url, "https://evil.example") is None
        assert _preflight(url, "http://localhost:8000") == "http://localhost:8000"  # the editor
    finally:
        stop(proc)
