"""Search over an index in parts (PODIUM_SEARCH_CHUNK), in a real browser: the
search page merges every part of its language, so a page of each part is found."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

import podium_index.plugin as index_plugin
from browser.conftest import serve
from browser.test_search import TITLE, result_titles, search
from podium_cli.build import build
from podium_testkit import copy_site, read_page, searchable


@pytest.fixture(scope="module")
def parted_site(tmp_path_factory):
    """The test site built with parts of at most 2 pages: two parts per language."""
    site = copy_site(tmp_path_factory.mktemp("parts"))
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text() + "\nPODIUM_SEARCH_CHUNK = 2\n")
    return build(conf, site / "output").output


@pytest.fixture(scope="module")
def parted_url(parted_site):
    yield from serve(parted_site)


def titles_by_part(site, lang):
    """{part folder: [titles of its pages]}: the first part is the bundle itself."""
    pages = searchable(site, lang)
    parts = index_plugin.split(pages, 2)
    names = ["", *(f"{lang}-{n}/" for n in range(2, len(parts) + 1))]
    return {
        name: [read_page(site, p.parent.as_posix() + "/").one("h1").text for p in part]
        for name, part in zip(names, parts, strict=True)
    }


@pytest.mark.parametrize(("lang", "path"), [("nl", "/search/"), ("en", "/en/search/")])
def test_a_page_of_every_part_is_found(new_page, parted_site, parted_url, lang, path):
    parts = titles_by_part(parted_site, lang)
    assert len(parts) == 2 and all(parts.values()), parts
    page, watch = new_page()
    for titles in parts.values():
        for title in titles:
            search(page, parted_url, path, title)
            expect(page.locator(TITLE, has_text=title).first).to_be_visible()
    # Each part was fetched from its own folder, and the other language's never.
    for folder in parts:
        assert any(f"/pagefind/{folder}pagefind-entry.json" in u for u in watch.requests), folder
    other = "en" if lang == "nl" else "nl"
    assert not any(f"/pagefind/{other}-2/" in u for u in watch.requests)
    watch.assert_clean(f"search in parts, {lang}")


@pytest.mark.parametrize("term", ["werk", "data"])
def test_results_from_both_parts_come_together(new_page, parted_url, base_url, term):
    """A word on a page of each part lists both, in one list, as without parts.
    ("werk": two columns, "data": a story and a vacancy, one in each part.)"""
    page, watch = new_page()
    found = {}
    for name, url in (("one bundle", base_url), ("parts", parted_url)):
        search(page, url, "/search/", term)
        found[name] = sorted(result_titles(page, 2))
    assert found["parts"] == found["one bundle"], found
    watch.assert_clean(f"search across parts, {term}")
