"""Pipeline step 7, index, at scale: a language with more pages than
PODIUM_SEARCH_CHUNK is indexed in several Pagefind runs of at most that many
pages, each its own bundle, listed in pagefind-entry.json for the search page
to merge (tests/browser/test_search_parts.py searches them in Chromium)."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import podium_index.plugin as index_plugin
from podium.errors import ContentError
from podium.settings import PodiumSettings
from podium_cli.cli import main
from podium_index import run_pagefind
from podium_testkit import pages_by_language, searchable, snapshot

PAGEFIND_FILES = ("index", "fragment", "filter", "pagefind-entry.json")


def fragment_urls(bundle: Path) -> set[str]:
    """The page URLs a bundle holds, from its fragments (gzip, 'pagefind_dcd' + JSON)."""
    urls = set()
    for frag in (bundle / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(frag.read_bytes())
        urls.add(json.loads(data[len(b"pagefind_dcd") :])["url"])
    return urls


def body_urls(site: Path, lang: str) -> set[str]:
    return {"/" + p.as_posix().removesuffix("index.html") for p in searchable(site, lang)}


@pytest.fixture(scope="module")
def parted(built_site, tmp_path_factory):
    """The test site indexed twice with parts of at most 2 pages."""
    runs = []
    for name in ("a", "b"):
        target = tmp_path_factory.mktemp(f"parts-{name}") / "site"
        shutil.copytree(built_site, target)
        run_pagefind(target, chunk=2)
        runs.append(target)
    return runs


def test_split_makes_the_fewest_even_parts():
    pages = [Path(f"p{i}") for i in range(7)]
    assert [len(p) for p in index_plugin.split(pages, 2)] == [2, 2, 2, 1]
    assert [len(p) for p in index_plugin.split(pages, 3)] == [3, 2, 2]
    assert [len(p) for p in index_plugin.split(pages, 7)] == [7]
    assert [len(p) for p in index_plugin.split(pages, 2000)] == [7]
    assert sum(index_plugin.split(pages, 3), []) == pages  # in order, each page once
    assert index_plugin.split([], 5) == [[]]


def test_a_small_site_has_one_bundle_and_no_parts(built_site):
    """Under PODIUM_SEARCH_CHUNK pages per language nothing changes: one bundle."""
    bundle = built_site / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text())
    assert index_plugin.PARTS_KEY not in entry
    assert sorted(p.name for p in bundle.iterdir() if p.is_dir()) == ["filter", "fragment", "index"]


def test_a_tiny_chunk_gives_several_bundles_holding_every_page_once(parted):
    site = parted[0]
    bundle = site / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text())
    # nl: 4 searchable pages -> 2 parts of 2; en: 3 -> parts of 2 and 1.
    assert entry[index_plugin.PARTS_KEY] == {"en": ["en-2/"], "nl": ["nl-2/"]}
    assert entry["languages"]["nl"]["page_count"] == 2
    assert entry["languages"]["en"]["page_count"] == 2
    for lang in ("nl", "en"):
        part = bundle / f"{lang}-2"
        # Only what mergeIndex reads; the UI and WebAssembly come from the first bundle.
        assert sorted(p.name for p in part.iterdir() if not p.name.endswith(".pf_meta")) == sorted(
            PAGEFIND_FILES
        )
        part_entry = json.loads((part / "pagefind-entry.json").read_text())
        assert list(part_entry["languages"]) == [lang]
        info = part_entry["languages"][lang]
        assert (part / f"pagefind.{info['hash']}.pf_meta").is_file()
        first = {u for u in fragment_urls(bundle) if u.startswith("/en/") == (lang == "en")}
        second = fragment_urls(part)
        assert first and second and not first & second
        assert len(first) <= 2 and len(second) <= 2 and len(second) == info["page_count"]
        assert first | second == body_urls(site, lang)  # every page, in one part


def test_each_part_is_one_pagefind_run_of_at_most_chunk_pages(built_site, tmp_path, monkeypatch):
    target = tmp_path / "site"
    shutil.copytree(built_site, target)
    seen: list[int] = []
    real = index_plugin._pagefind

    def spy(view, out):
        seen.append(sum(1 for _ in view.rglob("*.html")))
        return real(view, out)

    monkeypatch.setattr(index_plugin, "_pagefind", spy)
    run_pagefind(target, chunk=2)
    assert seen == [2, 1, 2, 2], seen  # en: 2 + 1, nl: 2 + 2, one after the other


def test_parts_are_byte_stable(parted):
    """Index, fragments, scripts and the list of parts are the same bytes in two runs.
    (Pagefind 1.5.2 writes filter files, and so .pf_meta and the entries' hashes,
    in hash-map order: those may differ, as for one bundle.)"""
    a, b = (snapshot(run / "pagefind") for run in parted)
    stable = [k for k in a if "/index/" in f"/{k}" or "/fragment/" in f"/{k}" or k.endswith(".js")]
    assert any(k.startswith("nl-2/index/") for k in stable)
    assert {k: a[k] for k in stable} == {k: b.get(k) for k in stable}
    entries = [json.loads((run / "pagefind" / "pagefind-entry.json").read_text()) for run in parted]
    assert entries[0][index_plugin.PARTS_KEY] == entries[1][index_plugin.PARTS_KEY]
    assert [list(e) for e in entries] == [list(entries[0])] * 2


def test_the_index_cache_keys_on_the_part_size(built_site, tmp_path):
    target, cache = tmp_path / "site", tmp_path / "cache-parts"
    shutil.copytree(built_site, target)
    first: dict[str, int] = {}
    assert index_plugin.index_with_cache(target, cache, 2, first) is False
    assert first["indexed"] >= 3
    warm: dict[str, int] = {}
    assert index_plugin.index_with_cache(target, cache, 2, warm) is True  # no part indexed
    assert warm == {"indexed": 0, "reused": first["indexed"]}
    assert (target / "pagefind" / "nl-2" / "pagefind-entry.json").is_file()
    other: dict[str, int] = {}
    assert index_plugin.index_with_cache(target, cache, 3, other) is False  # other parts
    assert other["indexed"] >= 1


def test_one_changed_page_reindexes_only_its_part(built_site, tmp_path):
    target, cache = tmp_path / "site", tmp_path / "cache-parts"
    shutil.copytree(built_site, target)
    first: dict[str, int] = {}
    assert index_plugin.index_with_cache(target, cache, 2, first) is False
    parts = first["indexed"]
    assert parts >= 3 and first["reused"] == 0
    entry = json.loads((target / "pagefind" / "pagefind-entry.json").read_text())
    # One story page changes (an edited title, say): only its part is indexed again.
    lang = sorted(pages_by_language(target))[0]
    page = target / searchable(target, lang)[0]
    page.write_bytes(page.read_bytes().replace(b"</body>", b"<!-- edited --></body>"))
    shutil.rmtree(target / "pagefind")
    second: dict[str, int] = {}
    assert index_plugin.index_with_cache(target, cache, 2, second) is False
    assert second == {"indexed": 1, "reused": parts - 1}
    again = json.loads((target / "pagefind" / "pagefind-entry.json").read_text())
    assert again[index_plugin.PARTS_KEY] == entry[index_plugin.PARTS_KEY]
    assert set(again["languages"]) == set(entry["languages"])
    # The part cache keeps this build's parts only: the edited page's old part is gone.
    assert len(list(cache.iterdir())) == parts


def test_the_setting_is_typed_with_a_default():
    assert PodiumSettings.from_pelican({}).search_chunk == index_plugin.DEFAULT_CHUNK
    assert PodiumSettings.from_pelican({"PODIUM_SEARCH_CHUNK": 500}).search_chunk == 500


@pytest.mark.parametrize("value", [0, -3, "2000", 2.5, True, None])
def test_a_bad_chunk_is_one_settings_error(value):
    with pytest.raises(ContentError) as info:
        PodiumSettings.from_pelican(
            {"PODIUM_SETTINGS_FILE": "conf.py", "PODIUM_SEARCH_CHUNK": value}
        )
    lines = [i.format() for i in info.value.issues]
    assert lines == [
        "conf.py: error: setting PODIUM_SEARCH_CHUNK must be a whole number of pages of "
        f"at least 1, like {index_plugin.DEFAULT_CHUNK}, not {value!r}"
    ]


def test_podium_check_names_the_line_of_a_bad_chunk(site, monkeypatch):
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "\nPODIUM_SEARCH_CHUNK = 'many'\n")
    monkeypatch.chdir(site)
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if ": error: " in ln]
    line = len(conf.read_text().splitlines())
    assert errors == [
        f"pelicanconf.py:{line}: error: setting PODIUM_SEARCH_CHUNK must be a whole number "
        "of pages of at least 1, like 2000, not 'many'"
    ]


def test_links_planted_in_the_index_cache_are_not_published(built_site, tmp_path):
    """A restored .podium-cache is not trusted: symlinks in it publish nothing."""
    target, cache = tmp_path / "site", tmp_path / "cache-parts"
    shutil.copytree(built_site, target)
    secret = tmp_path / "secret.txt"
    secret.write_text("runner secret")
    first: dict[str, int] = {}
    index_plugin.index_with_cache(target, cache, 2, first)
    parts = sorted(cache.iterdir())
    for part in parts[1:]:
        (part / "planted.txt").symlink_to(secret)
    # A part whose folder is itself a link to elsewhere is no hit at all.
    shutil.rmtree(parts[0])
    parts[0].symlink_to(tmp_path, target_is_directory=True)
    counts: dict[str, int] = {}
    index_plugin.index_with_cache(target, cache, 2, counts)
    assert counts == {"indexed": first["indexed"], "reused": 0}  # each part indexed again
    published = [p for p in (target / "pagefind").rglob("*") if p.is_file()]
    assert published and all(b"runner secret" not in p.read_bytes() for p in published)
    assert not list((target / "pagefind").rglob("planted.txt"))


def test_a_cache_miss_reads_each_page_once(built_site, tmp_path, monkeypatch):
    # The language groups, the indexed pages and the part keys all come from
    # one scan (Pagefind's own reads are another process).
    target, cache = tmp_path / "site", tmp_path / "cache-parts"
    shutil.copytree(built_site, target)
    reads: list[str] = []
    real = Path.read_bytes

    def counting(self):
        if self.suffix == ".html":
            reads.append(str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    assert index_plugin.index_with_cache(target, cache, 2) is False
    pages = [p for p in target.rglob("*.html") if "pagefind" not in p.relative_to(target).parts]
    assert sorted(reads) == sorted(str(p) for p in pages)  # every page, each once


def _views(cache: Path) -> Path:
    return cache.with_name(index_plugin.VIEWS_DIR)


def test_an_indexed_part_keeps_its_page_folders_and_no_page(built_site, tmp_path):
    """Pagefind reads a view of one folder per page (stories/<slug>/index.html).
    Made and removed with every indexed part, those folders cost an edit build
    2.7 s of rmdir on a disk mounted with discard, twice Pagefind's own time.
    They are kept in the cache between builds now; the pages linked into them
    are not (no story's text stays behind in the cache)."""
    target, cache = tmp_path / "site", tmp_path / "cache-parts"
    shutil.copytree(built_site, target)
    first: dict[str, int] = {}
    index_plugin.index_with_cache(target, cache, 2, first)
    views = _views(cache)
    lang = sorted(pages_by_language(target))[0]
    page = searchable(target, lang)[0]
    (held,) = [v / page.parent for v in views.iterdir() if (v / page.parent).is_dir()]
    inode = held.stat().st_ino
    assert [p for p in views.rglob("*") if not p.is_dir()] == []
    # One page edited: its part is indexed again, in the folders it had.
    edited = target / page
    edited.write_bytes(edited.read_bytes().replace(b"</body>", b"<!-- edited --></body>"))
    shutil.rmtree(target / "pagefind")
    second: dict[str, int] = {}
    index_plugin.index_with_cache(target, cache, 2, second)
    assert second["indexed"] == 1
    assert held.stat().st_ino == inode
    assert [p for p in views.rglob("*") if not p.is_dir()] == []
    assert fragment_urls(target / "pagefind") | {
        u
        for d in (target / "pagefind").iterdir()
        if d.is_dir() and "-" in d.name
        for u in fragment_urls(d)
    } >= body_urls(target, lang)


def test_a_planted_view_indexes_the_part_s_pages_only(built_site, tmp_path):
    """A restored cache is not trusted: pages, links and folders planted in a
    kept view are removed before Pagefind reads it, and the index is the one a
    fresh view gives."""
    clean, cache = tmp_path / "clean", tmp_path / "a" / "cache-parts"
    shutil.copytree(built_site, clean)
    run_pagefind(clean, chunk=2)
    target = tmp_path / "site"
    shutil.copytree(built_site, target)
    index_plugin.index_with_cache(target, cache, 2)
    views = _views(cache)
    secret = tmp_path / "secret"
    (secret / "s").mkdir(parents=True)
    (secret / "s" / "index.html").write_text(
        '<html lang="nl"><body data-pagefind-body><p>runner secret</p></body></html>'
    )
    for view in views.iterdir():
        (view / "planted").mkdir()
        (view / "planted" / "index.html").write_text(
            '<html lang="nl"><body data-pagefind-body><p>planted page</p></body></html>'
        )
        (view / "elsewhere").symlink_to(secret, target_is_directory=True)
        (view / "stray.html").write_text("<html><body>stray</body></html>")
    (views / "nl-9").mkdir()  # a part the site does not have
    shutil.rmtree(cache)  # every part is indexed again, from the planted views
    shutil.rmtree(target / "pagefind")
    index_plugin.index_with_cache(target, cache, 2)
    a, b = snapshot(clean / "pagefind"), snapshot(target / "pagefind")
    stable = [k for k in a if "/index/" in f"/{k}" or "/fragment/" in f"/{k}" or k.endswith(".js")]
    assert stable and {k: a[k] for k in stable} == {k: b.get(k) for k in stable}
    published = [p for p in (target / "pagefind").rglob("*") if p.is_file()]
    assert all(b"runner secret" not in p.read_bytes() for p in published)
    assert (secret / "s" / "index.html").is_file()  # a link is removed, not followed
    assert not (views / "nl-9").exists()
    assert not list(views.rglob("planted")) and not list(views.rglob("elsewhere"))


def test_a_cache_that_cannot_keep_the_views_still_indexes(built_site, tmp_path, monkeypatch):
    """A cache folder that refuses the views folder (read-only, or another disk,
    where pages could only be copied in) makes them in the working folder, as
    before they were kept: the build goes on, the index is the same."""
    target, cache = tmp_path / "site", tmp_path / "cache-parts"
    shutil.copytree(built_site, target)
    real = index_plugin.real_subfolder

    def refusing(path):
        if path.name == index_plugin.VIEWS_DIR:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(index_plugin, "real_subfolder", refusing)
    counts: dict[str, int] = {}
    assert index_plugin.index_with_cache(target, cache, 2, counts) is False
    assert counts["indexed"] >= 3 and not _views(cache).exists()
    lang = sorted(pages_by_language(target))[0]
    found = fragment_urls(target / "pagefind")
    for part in (target / "pagefind").iterdir():
        if part.is_dir() and part.name.startswith(f"{lang}-"):
            found |= fragment_urls(part)
    assert found >= body_urls(target, lang)
