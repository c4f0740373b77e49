"""The search index's cache is not trusted (issue 11's trust boundary).

CI restores ``.podium-cache/`` from the Actions cache, which earlier runs
wrote. Pagefind's code (scripts, styles, WebAssembly) is never taken from it,
and a cached part is published only when every file in it is Pagefind data
whose links stay on the site; anything else makes the part a miss, indexed
again, and the build still succeeds.
"""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path, PurePosixPath

import pytest

import podium_index.plugin as index_plugin
from podium_index import trust

SIGNATURE = b"pagefind_dcd"


@pytest.fixture
def indexed(built_site, tmp_path):
    """A copy of the built test site and its part cache, after one cold index."""
    target, cache = tmp_path / "site", tmp_path / "cache-parts"
    shutil.copytree(built_site, target)
    counts: dict[str, int] = {}
    index_plugin.index_with_cache(target, cache, 2, counts)
    assert counts["reused"] == 0
    return target, cache, counts["indexed"]


def reindex(target: Path, cache: Path) -> dict[str, int]:
    shutil.rmtree(target / "pagefind")
    counts: dict[str, int] = {}
    index_plugin.index_with_cache(target, cache, 2, counts)
    return counts


def read_fragment(path: Path) -> dict:
    return json.loads(gzip.decompress(path.read_bytes())[len(SIGNATURE) :])


def write_fragment(path: Path, data: dict) -> None:
    path.write_bytes(gzip.compress(SIGNATURE + json.dumps(data).encode()))


def published(target: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (target / "pagefind").rglob("*") if p.is_file())


def test_sound_parts_are_reused(indexed):
    target, cache, parts = indexed
    assert reindex(target, cache) == {"indexed": 0, "reused": parts}


def test_parts_cached_by_other_code_are_indexed_again_once(built_site, tmp_path, monkeypatch):
    """Parts cached before a766cf9 kept Pagefind's random filter order: their key
    (Pagefind's version, the language, the pages) was the key of a part written
    since, so a restored CI cache kept publishing them. The key now carries the
    code that rewrites a part: such parts are indexed again, once."""
    import hashlib
    from importlib import metadata

    def old_key(lang, pages, *_code):  # the key as it was written before a766cf9
        version = metadata.version("pagefind")
        h = hashlib.sha256(f"pagefind part {version} {lang}".encode())
        for page in pages:
            h.update(page.rel.as_posix().encode() + b"\0" + page.digest)
        return h.hexdigest()

    target, cache = tmp_path / "site", tmp_path / "cache-parts"
    shutil.copytree(built_site, target)
    with monkeypatch.context() as old:
        old.setattr(index_plugin, "_part_key", old_key)
        old.setattr(index_plugin, "stabilise_bundle", lambda bundle: None)
        parts = reindex(target, cache)["indexed"]
    stale = {p.name for p in cache.iterdir()}
    assert parts and len(stale) == parts
    assert reindex(target, cache) == {"indexed": parts, "reused": 0}
    assert not stale & {p.name for p in cache.iterdir()}  # the old parts are gone
    assert reindex(target, cache) == {"indexed": 0, "reused": parts}


def test_the_cache_holds_no_code(indexed):
    _target, cache, _parts = indexed
    names = {p.name for p in cache.rglob("*") if p.is_file()}
    assert names and not [n for n in names if n.endswith((".js", ".css", ".pagefind"))]


def test_a_script_planted_in_the_cache_never_reaches_the_site(indexed):
    target, cache, parts = indexed
    code = {p.name: p.read_bytes() for p in (target / "pagefind").iterdir() if p.is_file()}
    for part in cache.iterdir():
        (part / "pagefind.js").write_text("alert('PLANTED')")
        (part / "pagefind-ui.js").write_text("alert('PLANTED')")
    counts = reindex(target, cache)
    assert counts == {"indexed": parts, "reused": 0}  # a part with a stray file is a miss
    assert b"PLANTED" not in published(target)
    for name in ("pagefind.js", "pagefind-ui.js", "wasm.nl.pagefind"):
        assert (target / "pagefind" / name).read_bytes() == code[name]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("url", "javascript:alert(1)"),
        ("url", "https://phishing.example/"),
        ("url", "/not-a-page-of-this-part/"),
        ("meta.image", "javascript:alert(1)"),
        ("meta.url", "//phishing.example/x"),
        ("meta.url", "https://phishing.example/"),
        ("extra", "<script>"),
    ],
)
def test_a_fragment_that_links_off_the_site_is_a_miss(indexed, field, value):
    target, cache, parts = indexed
    fragment = next(cache.glob("*/fragment/*.pf_fragment"))
    data = read_fragment(fragment)
    if field.startswith("meta."):
        data["meta"][field.removeprefix("meta.")] = value
    else:
        data[field] = value
    fragment.unlink()  # the cache's files are hard links to the site's: replace, never edit
    write_fragment(fragment, data)
    counts = reindex(target, cache)
    assert counts == {"indexed": 1, "reused": parts - 1}
    assert value.encode() not in published(target)


@pytest.mark.parametrize(
    "damage",
    ["not gzip", "bad json", "wrong wasm", "other version", "two languages", "fifo", "name"],
)
def test_damaged_parts_are_misses_and_the_build_goes_on(indexed, damage):
    target, cache, parts = indexed
    part = next(p for p in sorted(cache.iterdir()))
    entry_file = part / trust.ENTRY
    entry = json.loads(entry_file.read_text())
    (lang,) = entry["languages"]
    fragment = next(part.glob("fragment/*.pf_fragment"))
    if damage in ("not gzip", "bad json"):
        fragment.unlink()
        body = b"<script>alert(1)</script>" if damage == "not gzip" else b""
        fragment.write_bytes(body or gzip.compress(SIGNATURE + b"{"))
    elif damage in ("wrong wasm", "other version", "two languages"):
        if damage == "wrong wasm":
            entry["languages"][lang]["wasm"] = "../../evil"
        elif damage == "other version":
            entry["version"] = "0.0.1"
        else:
            entry["languages"]["xx"] = dict(entry["languages"][lang])
        entry_file.unlink()
        entry_file.write_text(json.dumps(entry))
    elif damage == "fifo":
        import os

        os.mkfifo(part / "index" / f"{lang}_0000000.pf_index")
    else:
        (part / "filter" / "evil.html").write_text("<script>alert(1)</script>")
    counts = reindex(target, cache)
    assert counts == {"indexed": 1, "reused": parts - 1}
    assert b"alert(1)" not in published(target)
    assert b"../../evil" not in published(target)


def test_page_urls_are_pagefinds():
    assert trust.page_url(PurePosixPath("stories/x/index.html")) == "/stories/x/"
    assert trust.page_url(PurePosixPath("index.html")) == "/"
    assert trust.page_url(PurePosixPath("404.html")) == "/404.html"


def test_the_code_is_the_same_as_a_run_without_a_cache(built_site, tmp_path):
    """The bundle built from cached parts is byte for byte the one a cold run writes."""
    target, cache = tmp_path / "site", tmp_path / "cache-parts"
    shutil.copytree(built_site, target)
    index_plugin.index_with_cache(target, cache, 2)
    cold = {
        p.relative_to(target): p.read_bytes()
        for p in (target / "pagefind").rglob("*")
        if p.is_file()
    }
    assert reindex(target, cache)["indexed"] == 0
    warm = {
        p.relative_to(target): p.read_bytes()
        for p in (target / "pagefind").rglob("*")
        if p.is_file()
    }
    assert warm == cold
