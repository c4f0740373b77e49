"""Helpers shared by Podium's tests: building the test site, reading HTML."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TEST_SITE = ROOT / "tests" / "test_data" / "site"


def copy_site(dest: Path, source: Path = TEST_SITE) -> Path:
    """A private copy of a site, so a test may change its content.

    Its sources only: a build or check run by hand in tests/test_data/site
    leaves output/ and .podium-cache/ there, which would make a test's
    "cold" build warm (or, as a folder that already exists, fail its setup).
    """
    target = dest / "site"
    ignore = shutil.ignore_patterns("output", "__pycache__", ".podium-cache")
    shutil.copytree(source, target, ignore=ignore)
    return target


def run_podium(site: Path, *args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    """``podium ARGS`` in a process of its own, in ``site`` (a build there reuses
    no parse an in-process one remembers); its output captured, as text.
    ``kwargs`` go to ``subprocess.run`` (``env``, ``check``, ``timeout``)."""
    return subprocess.run(
        [sys.executable, "-m", "podium_cli", *args],
        cwd=site,
        capture_output=True,
        text=True,
        **kwargs,
    )


def give_photos(content: Path, stories: list[str]) -> None:
    """Give each of ``stories`` (paths in ``content``) a photo of its own, a plain
    400 x 400 JPEG in ``content/images/``: the test site's stories have none."""
    from PIL import Image

    for n, rel in enumerate(stories):
        photo = content / "images" / f"face-{n}.jpg"
        photo.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (400, 400), (40 * n, 90, 120)).save(photo, "JPEG")
        story = content / rel
        text = story.read_text(encoding="utf-8")
        story.write_text(text.replace("\n", f"\nphoto: images/face-{n}.jpg\n", 1), "utf-8")


def one_post_feed(site: Path, **record) -> None:
    """Give the test site a Recruitee feed "ats" in PODIUM_FEEDS whose snapshot
    (content/vacancies/feeds/ats.json) holds one open post, Utrecht, id
    "9001", with the fields of ``record`` over the defaults."""
    import json

    post = {
        "apply_url": "https://example.com/apply/9001",
        "date_posted": "2026-05-01",
        "description": "<p>Je helpt klanten.</p>",
        "id": "9001",
        "lang": "nl",
        "location": {"city": "Utrecht", "country": "NL", "remote": False},
        "status": "present",
        "title": "Verkoper",
        **record,
    }
    snapshot = {"feed": "ats", "fetched_at": "2026-05-02T05:00:00Z", "format": 1,
                "url": "https://ats.example/api/offers/", "vacancies": [post]}  # fmt: skip
    feeds = site / "content" / "vacancies" / "feeds"
    feeds.mkdir(exist_ok=True)
    (feeds / "ats.json").write_text(json.dumps(snapshot, indent=2), encoding="utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8") + '\nPODIUM_FEEDS = [{"name": "ats", "kind": '
        '"recruitee", "url": "https://ats.example/api/offers/"}]\n',
        encoding="utf-8",
    )


def set_brand_logo(site: Path, logo: str) -> None:
    """Give the test site's PODIUM_BRAND a ``logo`` (a path in content/)."""
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8").replace(
            'PODIUM_BRAND = {"name": "Testbedrijf",',
            f'PODIUM_BRAND = {{"name": "Testbedrijf", "logo": "{logo}",',
        ),
        encoding="utf-8",
    )


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    children: list[Element] = field(default_factory=list)

    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


class _Collector(HTMLParser):
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
            "track", "wbr"}  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.stack: list[Element] = []

    def handle_starttag(self, tag, attrs):
        el = Element(tag, {k: v or "" for k, v in attrs})
        if self.stack:
            self.stack[-1].children.append(el)
        self.elements.append(el)
        if tag not in self.VOID:
            self.stack.append(el)

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        for el in self.stack:
            el.text += data


class Page:
    """A parsed HTML page with a few CSS-selector-like lookups."""

    def __init__(self, html: str):
        self.html = html
        parser = _Collector()
        parser.feed(html)
        self.elements = parser.elements

    def all(self, tag: str, cls: str | None = None, **attrs: str) -> list[Element]:
        out = []
        for el in self.elements:
            if el.tag != tag or (cls and cls not in el.classes()):
                continue
            if all(el.attrs.get(k.rstrip("_").replace("_", "-")) == v for k, v in attrs.items()):
                out.append(el)
        return out

    def one(self, tag: str, cls: str | None = None, **attrs: str) -> Element:
        found = self.all(tag, cls, **attrs)
        assert len(found) == 1, f"expected one <{tag} class={cls} {attrs}>, found {len(found)}"
        return found[0]

    def jsonld(self) -> list[dict]:
        """The page's own JSON-LD blocks (Article, JobPosting, ProfilePage):
        the BreadcrumbList that a page in a section has beside them left out."""
        found = (json.loads(el.text) for el in self.all("script", type="application/ld+json"))
        return [block for block in found if block.get("@type") != "BreadcrumbList"]

    def one_jsonld(self) -> dict:
        (block,) = self.jsonld()
        return block

    def meta(self, prop: str) -> str | None:
        for el in self.elements:
            if el.tag == "meta" and prop in (el.attrs.get("property"), el.attrs.get("name")):
                return el.attrs.get("content")
        return None

    def alternates(self) -> dict[str, str]:
        return {
            el.attrs["hreflang"]: el.attrs["href"]
            for el in self.all("link", rel="alternate")
            if "hreflang" in el.attrs
        }


def read_page(output: Path, url: str) -> Page:
    path = output / url.lstrip("/")
    if url.endswith("/") or url == "":
        path = path / "index.html"
    return Page(path.read_text(encoding="utf-8"))


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, to prove a folder did not change."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def drop_proxies(monkeypatch) -> None:
    """urllib honours *_proxy variables; tests of real servers on 127.0.0.1 must not."""
    for key in list(os.environ):
        if key.lower().endswith("_proxy"):
            monkeypatch.delenv(key, raising=False)


def benchmark_module(name: str):
    """``benchmarks/<name>.py`` as a module (the folder is not a package): the tests
    of the benchmark's corpus and report, and the hub the stability test builds."""
    folder = str(ROOT / "benchmarks")
    sys.path.insert(0, folder)  # run.py imports its corpus module
    try:
        spec = importlib.util.spec_from_file_location(f"bench_{name}", f"{folder}/{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(folder)


# -- a server the test started (podium serve) ------------------------------------
def require_decap_server() -> None:
    """Skip (fail in CI) a test that needs Node.js and decap-server (npm ci): on a
    machine with only Python, `podium serve --cms` serves no /admin/."""
    from podium_cms.bundle import find_package

    if not (shutil.which("node") or shutil.which("nodejs")) or not find_package("decap-server"):
        message = "EDITOR TESTS NOT RUN: Node.js or decap-server (npm ci) is missing"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message} (CI=true: this is a failure, not a skip)")
        pytest.skip(message)


def require_raqm() -> None:
    """Skip (fail in CI) a card test whose expected lines or pixels are those of
    Pillow's RAQM layout. Pillow's wheels carry raqm but load libfribidi from the
    system: Debian's libfribidi0, on most Linux systems but not in a slim container.
    Without it cards are drawn in Pillow's BASIC layout, which measures and places
    text a little differently; its own tests run everywhere (``without_raqm`` in
    tests/cards/test_fonts_shipped.py)."""
    from podium_cards import fonts

    if not fonts.has_raqm():
        message = "RAQM TESTS NOT RUN: Pillow has no raqm here (libfribidi is missing)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message} (CI=true: this is a failure, not a skip)")
        pytest.skip(f"{message}; install libfribidi0 (Debian) to run them")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def python_calls(fn, *args, **kwargs) -> int:
    """How many Python functions ``fn(*args, **kwargs)`` calls, itself included.

    A count, not a clock: how work grows with its input is checked by the
    calls of a small and a ten times larger input, the same on a busy
    machine as on an idle one (no test asserts a time; see CONTRIBUTING)."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        count += event == "call"

    sys.setprofile(profile)
    try:
        fn(*args, **kwargs)
    finally:
        sys.setprofile(None)
    return count


def wait_for(predicate, seconds: float = 60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            result = predicate()
        except OSError:
            result = None
        if result:
            return result
        time.sleep(0.3)
    pytest.fail("timed out waiting for podium serve")


# -- an HTTP server that answers too slowly (ping, vacancy pull) ------------------
@contextmanager
def trickling_server(head: bytes, length: int) -> Iterator[dict]:
    """A raw server on 127.0.0.1: after the request it sends ``head`` and then
    ``length`` bytes, one every 0.1 s; with ``state["mode"] = "silent"`` it
    sends nothing at all. Yields that state, with ``"port"`` and ``"sent"``:
    per exchange that ended, how many of the ``length`` bytes went out before
    the client hung up (all of them if it read the answer to its end)."""
    server = socket.create_server(("127.0.0.1", 0))
    state = {"mode": "trickle", "port": server.getsockname()[1], "sent": []}
    stop = threading.Event()

    def answer(conn):
        with conn:
            conn.recv(65536)
            if state["mode"] == "trickle":
                conn.sendall(head)
            sent = 0
            for _ in range(length):
                if stop.wait(0.1):
                    return
                if state["mode"] == "trickle":
                    try:
                        conn.sendall(b"x")
                    except OSError:
                        break
                    sent += 1
            state["sent"].append(sent)

    def serve():
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=answer, args=(conn,), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield state
    finally:
        stop.set()
        server.close()


def pages_by_language(site: Path) -> dict[str, list[Path]]:
    """Every HTML page of ``site`` Pagefind would read, grouped by its ``<html lang>``."""
    from podium_index.plugin import scan

    groups: dict[str, list[Path]] = {}
    for page in scan(site):
        groups.setdefault(page.lang, []).append(page.rel)
    return groups


def searchable(site: Path, lang: str) -> list[Path]:
    """The pages of ``lang`` the build indexes (with ``data-pagefind-body``), in path order."""
    from podium_index.plugin import scan

    return [p.rel for p in scan(site) if p.lang == lang and p.marked]
