"""What the build publishes: the same bytes every time, and no foreign scripts."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from podium.build import build
from podium.cli import main
from podium_testkit import ROOT, copy_site, snapshot

from .corpus import foreign_scripts

# Pagefind (plugins/podium_index) writes its index with its own chunking and
# hashing; it is not ours to make byte-stable, so it is left out here.
NOT_COMPARED = ("pagefind/",)


# An Atom feed without entries (a theme with no stories in a language) gets
# feedgenerator's fallback <updated>: the time of the build. The fix belongs
# in podium_render (give write_feed a date, e.g. PODIUM_TODAY); until then
# that one element is masked here and test_empty_feed_is_stable shows it.
_EMPTY_FEED_UPDATED = re.compile(rb"<updated>[^<]*</updated>")


def _stable(name: str, data: bytes) -> bytes:
    if name.endswith(".atom.xml") and b"<entry>" not in data:
        return _EMPTY_FEED_UPDATED.sub(b"<updated>(build time)</updated>", data)
    return data


def _build_twice(tmp_path) -> tuple[dict[str, bytes], dict[str, bytes]]:
    # Two copies in different folders: an absolute path leaking into the
    # output would differ. Each build has its own fresh .podium-cache.
    first = copy_site(tmp_path / "a")
    second = copy_site(tmp_path / "b")
    one = snapshot(build(first / "pelicanconf.py", first / "output").output)
    two = snapshot(build(second / "pelicanconf.py", second / "output").output)
    one = {k: v for k, v in one.items() if not k.startswith(NOT_COMPARED)}
    two = {k: v for k, v in two.items() if not k.startswith(NOT_COMPARED)}
    return one, two


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    return _build_twice(tmp_path_factory.mktemp("twice"))


def test_two_builds_of_the_same_content_are_byte_identical(two_builds):
    one, two = two_builds
    assert one.keys() == two.keys()
    differ = sorted(k for k in one if _stable(k, one[k]) != _stable(k, two[k]))
    assert differ == [], f"{len(differ)} files differ between two builds, e.g. {differ[:5]}"


@pytest.mark.xfail(
    strict=True, reason="podium_render: an empty Atom feed's <updated> is the build time"
)
def test_empty_feed_is_stable(two_builds):
    one, two = two_builds
    assert [k for k in one if one[k] != two[k]] == []


def test_the_demo_build_has_no_script_the_theme_did_not_write(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "demo"
    result = CliRunner().invoke(
        main, ["build", "-q", "-s", "pelicanconf.py", "-o", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 20
    foreign = {
        str(p.relative_to(out)): found
        for p in pages
        if (found := foreign_scripts(p.read_text(encoding="utf-8")))
    }
    assert foreign == {}
