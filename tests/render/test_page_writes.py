"""PodiumWriter writes a page only where its bytes changed (``recycled.keep_if_same``):
a warm build into a recycled output folder truncated and wrote every page again."""

from __future__ import annotations

import os
import time

import pelican.writers
import pytest
from jinja2 import Environment
from pelican.writers import FileOverwriteFailedError

import podium_render
from podium.recycled import UNWRITTEN_NS
from podium_render import PodiumWriter

SETTINGS = {"RELATIVE_URLS": False, "PAGINATED_TEMPLATES": {}, "DEFAULT_PAGINATION": False}
TEMPLATE = Environment().from_string("<h1>{{ title }}</h1>\nëen pagina\n")


@pytest.fixture
def opened(monkeypatch):
    """The files the writer opened for writing."""
    seen: list[str] = []

    def recording_open(name, mode="r", *args, **kwargs):
        if "w" in mode:
            seen.append(os.path.basename(os.path.dirname(name)))
        return open(name, mode, *args, **kwargs)

    # Where Pelican's writer opened them, and where the page's close does.
    monkeypatch.setattr(pelican.writers, "open", recording_open, raising=False)
    monkeypatch.setattr(podium_render, "open", recording_open, raising=False)
    return seen


def _write(out, name: str, title: str) -> None:
    writer = PodiumWriter(str(out), SETTINGS)
    writer.write_file(name, TEMPLATE, {"title": title})


def test_a_page_with_the_bytes_its_file_holds_is_not_written_again(tmp_path, opened):
    _write(tmp_path, "same/index.html", "Zelfde")
    _write(tmp_path, "other/index.html", "Oud")
    page = tmp_path / "same" / "index.html"
    # As the recycled folder notes it before a build (Recycled.prepare).
    os.utime(page, ns=(UNWRITTEN_NS, UNWRITTEN_NS))
    os.utime(tmp_path / "other" / "index.html", ns=(UNWRITTEN_NS, UNWRITTEN_NS))
    inode = page.stat().st_ino
    opened.clear()
    before = time.time_ns()

    _write(tmp_path, "same/index.html", "Zelfde")
    _write(tmp_path, "other/index.html", "Nieuw")

    assert opened == ["other"]
    assert page.read_bytes() == "<h1>Zelfde</h1>\nëen pagina".encode()
    assert (tmp_path / "other" / "index.html").read_text("utf-8") == "<h1>Nieuw</h1>\nëen pagina"
    # Given the time a write gives, so the sweep keeps it; the same file.
    assert page.stat().st_mtime_ns >= before - 10**9 and page.stat().st_ino == inode


def test_a_file_with_a_second_link_or_another_kind_of_file_is_written(tmp_path, opened):
    _write(tmp_path, "linked/index.html", "Zelfde")
    os.link(tmp_path / "linked" / "index.html", tmp_path / "cache.html")
    (tmp_path / "folder" / "index.html").mkdir(parents=True)
    opened.clear()

    _write(tmp_path, "linked/index.html", "Zelfde")
    with pytest.raises(IsADirectoryError) as raised:
        _write(tmp_path, "folder/index.html", "Zelfde")

    assert opened == ["linked", "folder"]
    assert raised.value.filename == str(tmp_path / "folder" / "index.html")


def test_pelicans_rules_for_a_file_written_twice_stay(tmp_path, opened):
    writer = PodiumWriter(str(tmp_path), SETTINGS)
    writer.write_file("page/index.html", TEMPLATE, {"title": "Een"})
    with pytest.raises(FileOverwriteFailedError):
        writer.write_file("page/index.html", TEMPLATE, {"title": "Twee"})
    writer.write_file("page/index.html", TEMPLATE, {"title": "Drie"}, override_output=True)
    writer.write_file("page/index.html", TEMPLATE, {"title": "Vier"})  # skipped: devnull
    assert (tmp_path / "page" / "index.html").read_text("utf-8") == "<h1>Drie</h1>\nëen pagina"


def test_a_site_file_with_the_bytes_it_holds_is_not_written_again(tmp_path, monkeypatch):
    """The hub's own files (its JSON feeds, sitemaps, robots.txt) likewise."""
    from pathlib import Path

    from podium_render.files import write_text

    same, other = tmp_path / "stories.json", tmp_path / "sitemap.xml"
    write_text(same, '{"items": []}\n')
    write_text(other, "<urlset/>\n")
    for path in (same, other):
        os.utime(path, ns=(UNWRITTEN_NS, UNWRITTEN_NS))
    written: list[str] = []
    real = Path.write_text

    def recording(self, *args, **kwargs):
        written.append(self.name)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", recording)
    write_text(same, '{"items": []}\n')
    write_text(other, "<urlset></urlset>\n")

    assert written == ["sitemap.xml"]
    assert same.read_text("utf-8") == '{"items": []}\n'
    assert other.read_text("utf-8") == "<urlset></urlset>\n"
    assert same.stat().st_mtime_ns > UNWRITTEN_NS
