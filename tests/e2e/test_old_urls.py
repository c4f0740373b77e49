"""Shared links never die: what an old URL answers after the content changed.

A recruiter's hundred LinkedIn messages, a reader's shared story: every URL a
build published must go on answering after a rename, with the page it became
(a redirect page, as static hosts allow) or a tombstone.
"""

from __future__ import annotations

import re

import pytest

from podium.errors import ContentError
from podium_cli.build import build
from podium_testkit import Page


def _edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, path
    path.write_text(text.replace(old, new), encoding="utf-8")


def _rename_balance(site, aliases: str = "\n    aliases: [balance]") -> None:
    """The theme ``balance`` becomes ``work-life``, everywhere it is named."""
    content = site / "content"
    _edit(content / "themes.yml", "  - slug: balance", f"  - slug: work-life{aliases}")
    for path in content.rglob("*"):
        if path.suffix in (".md", ".yml") and path.name != "themes.yml":
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("balance", "work-life"), encoding="utf-8")


def _assert_redirect(out, old: str, new: str) -> None:
    html = (out / old / "index.html").read_text(encoding="utf-8")
    page = Page(html)
    refresh = page.one("meta", http_equiv="refresh")
    assert refresh.attrs["content"] == f"0; url=/{new}"
    assert page.one("link", rel="canonical").attrs["href"] == f"/{new}"
    assert page.meta("robots") == "noindex"
    # A link to go on without the refresh, and nothing the search index reads.
    assert page.all("a", href=f"/{new}")
    assert "data-pagefind-body" not in html


def test_a_renamed_theme_leaves_its_old_pages_and_feeds_answering(site):
    before = build(site / "pelicanconf.py", site / "output").output
    old_files = sorted(
        p.relative_to(before).as_posix() for p in before.rglob("*") if "themes/balance/" in str(p)
    )
    assert "themes/balance/index.html" in old_files
    assert "en/themes/balance/feed.atom.xml" in old_files

    _rename_balance(site)
    out = build(site / "pelicanconf.py", site / "output").output

    for rel in old_files:  # every URL recruiters and subscribers had still answers
        assert (out / rel).is_file(), rel
    _assert_redirect(out, "themes/balance", "themes/work-life/")
    _assert_redirect(out, "en/themes/balance", "en/themes/work-life/")
    feed = (out / "themes/balance/feed.atom.xml").read_text(encoding="utf-8")
    assert "/stories/ben-bakker/" in feed  # the subscriber still gets the stories
    # ... and the page it names as the feed's own is the theme's, not the
    # noindex redirect page at the old URL.
    assert '<link href="/themes/work-life/" rel="alternate"/>' in feed
    assert '<link href="/themes/balance/feed.atom.xml" rel="self"/>' in feed
    assert '"home_page_url":"/en/themes/work-life/"' in (
        out / "en/themes/balance/stories.json"
    ).read_text(encoding="utf-8")
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "themes/work-life/" in sitemap
    assert not re.search(r"themes/balance", sitemap)


def test_a_story_naming_a_former_theme_slug_is_told_the_new_one(site):
    _rename_balance(site)
    _edit(site / "content/columns/ben-bakker.md", "title:", "themes: [balance]\ntitle:")
    with pytest.raises(ContentError) as err:
        build(site / "pelicanconf.py", site / "output")
    assert 'theme "balance" in "themes" was renamed; write "work-life"' in str(err.value)


@pytest.mark.parametrize(
    ("aliases", "message"),
    [
        ("\n    aliases: [tech]", 'alias "tech" of theme "work-life" is the slug of a theme'),
        ("\n    aliases: [work-life]", 'lists its own slug in "aliases"'),
        ("\n    aliases: [page]", 'alias "page" would collide'),
        ("\n    aliases: [Balance]", "must be a slug"),
    ],
)
def test_a_theme_alias_that_cannot_be_an_old_url_is_refused(site, aliases, message):
    _rename_balance(site, aliases)
    with pytest.raises(ContentError) as err:
        build(site / "pelicanconf.py", site / "output")
    assert message in str(err.value)
    assert "themes.yml:" in str(err.value)


def _rename_anna(site, aliases: str = "[anna-de-boer]") -> None:
    """Anna's interview, in both languages, gets the slug ``anna-data``."""
    content = site / "content" / "interviews"
    (content / "anna-de-boer.md").rename(content / "anna-data.md")
    _edit(content / "anna-data.md", "slug: anna-de-boer", f"slug: anna-data\naliases: {aliases}")
    _edit(content / "anna-de-boer.en.md", "slug: anna-de-boer", "slug: anna-data")


def test_a_story_whose_slug_changed_leads_its_old_urls_to_it(site):
    before = build(site / "pelicanconf.py", site / "output").output
    assert (before / "en/stories/anna-de-boer/index.html").is_file()

    _rename_anna(site)  # one translation lists the old slug; both had it
    out = build(site / "pelicanconf.py", site / "output").output

    _assert_redirect(out, "stories/anna-de-boer", "stories/anna-data/")
    _assert_redirect(out, "en/stories/anna-de-boer", "en/stories/anna-data/")
    page = Page((out / "en/stories/anna-de-boer/index.html").read_text(encoding="utf-8"))
    # A link shared under the old URL previews as the story, with its own card.
    assert page.meta("og:image") == Page(
        (out / "en/stories/anna-data/index.html").read_text(encoding="utf-8")
    ).meta("og:image")
    # Site-relative: the test site has no publishconf.py, so no public address.
    assert page.meta("og:image").startswith("/cards/anna-data.en-")
    assert "stories/anna-de-boer/" not in (out / "sitemap.xml").read_text(encoding="utf-8")


def test_the_old_url_of_a_story_taken_down_is_a_tombstone_too(site):
    _rename_anna(site)
    for name in ("anna-data.md", "anna-de-boer.en.md"):
        _edit(
            site / "content/interviews" / name,
            "consent: {given: 2026-02-20}",
            "consent: {given: 2026-02-20, until: 2026-05-01}",
        )
    out = build(site / "pelicanconf.py", site / "output").output
    for old in ("stories/anna-de-boer/index.html", "en/stories/anna-de-boer/index.html"):
        html = (out / old).read_text(encoding="utf-8")
        assert 'http-equiv="refresh"' not in html, old  # nowhere to go on to
        assert Page(html).meta("robots") == "noindex"
        assert "Anna" not in html and "anna-data" not in html, old


def test_the_translation_listing_the_old_slugs_taken_down_keeps_the_others_old_urls(site):
    # "In one translation is enough": the Dutch one lists anna-de-boer. When it
    # went back to draft, /en/stories/anna-de-boer/ (a redirect the English
    # story had) became a bare 404, though the English story is still there.
    _rename_anna(site)
    _edit(site / "content/interviews/anna-data.md", "lang: nl", "lang: nl\nstatus: draft")
    out = build(site / "pelicanconf.py", site / "output").output
    assert not (out / "stories/anna-data/index.html").exists()
    _assert_redirect(out, "en/stories/anna-de-boer", "en/stories/anna-data/")


def test_a_translation_taken_down_without_the_old_slugs_has_a_tombstone_there(site):
    # The English translation lists no aliases; its consent ended, the Dutch
    # one's was given anew. /en/stories/anna-de-boer/, a redirect until then,
    # was a bare 404 instead of the tombstone its current URL gets.
    _rename_anna(site)
    _edit(
        site / "content/interviews/anna-de-boer.en.md",
        "consent: {given: 2026-02-20}",
        "consent: {given: 2026-02-20, until: 2026-05-01}",
    )
    dutch = site / "content/interviews/anna-data.md"
    _edit(dutch, "consent: {given: 2026-02-20}", "consent: {given: 2026-05-10}")
    _edit(dutch, "date: 2026-03-02", "date: 2026-05-10")
    out = build(site / "pelicanconf.py", site / "output").output
    _assert_redirect(out, "stories/anna-de-boer", "stories/anna-data/")
    for old in ("en/stories/anna-data/index.html", "en/stories/anna-de-boer/index.html"):
        html = (out / old).read_text(encoding="utf-8")
        assert Page(html).meta("robots") == "noindex", old
        assert 'http-equiv="refresh"' not in html and "Anna" not in html, old


@pytest.mark.parametrize(
    ("aliases", "message"),
    [
        ("[ben-bakker]", 'alias "ben-bakker" in language "nl" is the slug of content/columns'),
        ("[teruggetrokken-verhaal]", "is a withdrawn story's (withdrawn.yml)"),
        ("[anna-data]", '"anna-data" in "aliases" is the story\'s own slug'),
        ("['!!!']", '"!!!" in "aliases" has no letters or digits'),
    ],
)
def test_a_story_alias_that_cannot_be_an_old_url_is_refused(site, aliases, message):
    _rename_anna(site, aliases)
    with pytest.raises(ContentError) as err:
        build(site / "pelicanconf.py", site / "output")
    assert message in str(err.value)
    assert "content/interviews/anna-data.md:" in str(err.value)


def _withdraw_and_build(site, monkeypatch, slug: str, old_slug: str, name: str) -> str:
    """``podium withdraw SLUG``, then a build: both languages' pages at
    ``old_slug`` are tombstones that do not name ``name``. The record, as text."""
    from click.testing import CliRunner

    from podium_cli.cli import main

    monkeypatch.chdir(site)
    monkeypatch.setenv("PODIUM_TODAY", "2026-06-01")
    result = CliRunner().invoke(main, ["withdraw", slug, "--yes"])
    assert result.exit_code == 0, result.output
    out = build(site / "pelicanconf.py", site / "output").output
    for old in (f"stories/{old_slug}/index.html", f"en/stories/{old_slug}/index.html"):
        html = (out / old).read_text(encoding="utf-8")
        assert Page(html).meta("robots") == "noindex"
        assert name not in html, old
    return (site / "content/withdrawn.yml").read_text(encoding="utf-8")


def test_withdrawing_a_story_leaves_a_tombstone_at_its_old_slugs_too(site, monkeypatch):
    _rename_anna(site)
    record = _withdraw_and_build(site, monkeypatch, "anna-data", "anna-de-boer", "Anna")
    assert "slug: anna-de-boer" in record


def test_a_story_at_a_withdrawn_url_is_refused_until_the_record_gives_it_up(site):
    # A new column named teruggetrokken-verhaal.md passed `podium check` and
    # replaced the tombstone: every link shared to the withdrawn story showed
    # someone else's. withdrawn.yml keeps no name, so "the same person, with a
    # new consent" is said by removing the language (or the entry) from it.
    from click.testing import CliRunner

    from podium_cli.cli import main

    content = site / "content"
    ben = (content / "columns" / "ben-bakker.md").read_text(encoding="utf-8")
    (content / "columns" / "teruggetrokken-verhaal.md").write_text(ben, encoding="utf-8")
    with pytest.raises(ContentError) as err:
        build(site / "pelicanconf.py", site / "output")
    assert str(err.value).splitlines() == [
        'content/columns/teruggetrokken-verhaal.md: error: slug "teruggetrokken-verhaal" in '
        'language "nl" is a withdrawn story\'s (content/withdrawn.yml, line 2): links shared '
        'to it would show this story; give this story another "slug" or file name, or, if it '
        'is the same person\'s story with consent given again, remove "nl" from its '
        '"langs" in content/withdrawn.yml'
    ]
    _edit(content / "withdrawn.yml", "langs: [nl, en]", "langs: [en]")
    result = CliRunner().invoke(main, ["check", "--settings", str(site / "pelicanconf.py")])
    assert "0 errors" in result.output, result.output
    # The English URL keeps its tombstone: only the Dutch one was given back.
    out = build(site / "pelicanconf.py", site / "output").output
    assert (
        Page((out / "stories/teruggetrokken-verhaal/index.html").read_text("utf-8")).meta("robots")
        != "noindex"
    )
    tomb = Page((out / "en/stories/teruggetrokken-verhaal/index.html").read_text("utf-8"))
    assert tomb.meta("robots") == "noindex"


def test_a_withdrawn_entry_without_langs_is_told_which_langs_to_write(site):
    # An entry with no "langs" stands for every language; the error said to remove
    # "nl" from its "langs", a line the entry does not have.
    content = site / "content"
    _edit(content / "withdrawn.yml", "    langs: [nl, en]\n", "")
    ben = (content / "columns" / "ben-bakker.md").read_text(encoding="utf-8")
    (content / "columns" / "teruggetrokken-verhaal.md").write_text(ben, encoding="utf-8")
    with pytest.raises(ContentError) as err:
        build(site / "pelicanconf.py", site / "output")
    (line,) = str(err.value).splitlines()
    assert line.endswith(
        'remove "nl" from it by giving it "langs: [en]" in content/withdrawn.yml'
    ), line


def test_a_tombstone_names_no_other_story_as_its_translation(site):
    # A new English story took the withdrawn slug "teruggetrokken-verhaal",
    # given back for English by removing "en" from its entry (consent given
    # again); the Dutch tombstone kept
    # the English URL among its hreflang alternates and as its "English" switch
    # (rel="alternate"), presenting another story as its translation, one that
    # did not name the tombstone back (hreflang must be reciprocal).
    _edit(site / "content" / "withdrawn.yml", "langs: [nl, en]", "langs: [nl]")
    interviews = site / "content" / "interviews"
    anna = (interviews / "anna-de-boer.en.md").read_text(encoding="utf-8")
    (interviews / "nieuw.en.md").write_text(
        anna.replace("slug: anna-de-boer", "slug: teruggetrokken-verhaal"), encoding="utf-8"
    )
    out = build(site / "pelicanconf.py", site / "output").output
    tomb = Page((out / "stories/teruggetrokken-verhaal/index.html").read_text(encoding="utf-8"))
    assert tomb.meta("robots") == "noindex"
    assert tomb.alternates() == {
        "nl": "/stories/teruggetrokken-verhaal/",
        "x-default": "/stories/teruggetrokken-verhaal/",
    }
    switch = tomb.one("a", hreflang="en")
    assert switch.attrs["href"] == "/en/" and "rel" not in switch.attrs
    new = Page((out / "en/stories/teruggetrokken-verhaal/index.html").read_text(encoding="utf-8"))
    assert "nl" not in new.alternates()


def _move_ben_to_english(site, aliases: str = "[/stories/ben-bakker/]") -> None:
    """ben-bakker.md, a Dutch story, becomes English (renamed ben-bakker.en.md)."""
    columns = site / "content" / "columns"
    (columns / "ben-bakker.md").rename(columns / "ben-bakker.en.md")
    _edit(columns / "ben-bakker.en.md", "team: support", f"team: support\naliases: {aliases}")


def test_a_story_moved_to_another_language_leads_its_old_url_to_it(site):
    # Its old URL was in the Dutch part of the hub, which no slug alias names
    # (a slug alias is an old URL in the story's own languages): every link
    # shared to /stories/ben-bakker/ was a bare 404. The old address written
    # as a path leads to the story, as Hugo's aliases do.
    before = build(site / "pelicanconf.py", site / "output").output
    assert (before / "stories/ben-bakker/index.html").is_file()
    _move_ben_to_english(site)
    out = build(site / "pelicanconf.py", site / "output").output
    _assert_redirect(out, "stories/ben-bakker", "en/stories/ben-bakker/")
    assert "stories/ben-bakker/</loc>" in (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>/stories/ben-bakker/" not in (out / "sitemap.xml").read_text(encoding="utf-8")
    # Taken down, the story's old address is a tombstone like its own URL.
    _edit(
        site / "content/columns/ben-bakker.en.md",
        "consent: {given: 2026-04-01, social: false}",
        "consent: {given: 2026-04-01, until: 2026-05-01, social: false}",
    )
    out = build(site / "pelicanconf.py", site / "output").output
    html = (out / "stories/ben-bakker/index.html").read_text(encoding="utf-8")
    assert 'http-equiv="refresh"' not in html
    assert Page(html).meta("robots") == "noindex"
    assert "Ben" not in html


@pytest.mark.parametrize(
    ("aliases", "message"),
    [
        (
            "[/nl/verhalen/ben-bakker/]",
            '"/nl/verhalen/ben-bakker/" in "aliases" is not a story address of this hub; write '
            "an old slug, or an old address as a path, like /stories/ben-bakker/ or "
            "/en/stories/ben-bakker/",
        ),
        ("[/../../etc/stories/x/]", "is not a story address of this hub"),
        ("['//evil.example/stories/x/']", "is not a story address of this hub"),
        ("[/de/stories/ben-bakker/]", "is not a story address of this hub"),
        ("[/en/stories/ben-bakker/]", "is the story's own address"),
        ("[/stories/anna-de-boer/]", 'alias "anna-de-boer" in language "nl" is the slug of'),
        ("[/stories/teruggetrokken-verhaal/]", "is a withdrawn story's (withdrawn.yml)"),
    ],
)
def test_an_old_address_that_cannot_be_one_is_refused(site, aliases, message):
    _move_ben_to_english(site, aliases)
    with pytest.raises(ContentError) as err:
        build(site / "pelicanconf.py", site / "output")
    assert message in str(err.value)
    assert "content/columns/ben-bakker.en.md:" in str(err.value)


def test_withdrawing_a_moved_story_leaves_a_tombstone_at_its_old_address(site, monkeypatch):
    _move_ben_to_english(site)
    record = _withdraw_and_build(site, monkeypatch, "ben-bakker", "ben-bakker", "Ben")
    assert "- slug: ben-bakker\n  langs:\n  - en\n  - nl\n" in record, record


def test_old_urls_follow_the_story_url_setting(site):
    # README: ARTICLE_URL may be changed (both it and its SAVE_AS). With
    # "verhalen/{slug}/" the stories were at /verhalen/..., but a renamed
    # story's redirect, every tombstone and a renamed story's feed id were
    # made at /stories/...: every old link a bare 404, the feed entry new.
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8")
        + '\nARTICLE_URL = "verhalen/{slug}/"\nARTICLE_SAVE_AS = "verhalen/{slug}/index.html"\n',
        encoding="utf-8",
    )
    _rename_anna(site)
    out = build(conf, site / "output").output
    _assert_redirect(out, "verhalen/anna-de-boer", "verhalen/anna-data/")
    _assert_redirect(out, "en/stories/anna-de-boer", "en/stories/anna-data/")
    for gone in ("verhalen/frank-consent-ended", "verhalen/teruggetrokken-verhaal"):
        assert Page((out / gone / "index.html").read_text(encoding="utf-8")).meta("robots") == (
            "noindex"
        )
    assert not (out / "stories/anna-de-boer").exists()
    assert not (out / "stories/teruggetrokken-verhaal").exists()
    feed = (out / "stories.json").read_text(encoding="utf-8")
    assert '"id":"/verhalen/anna-de-boer/"' in feed.replace(" ", "")
    # An old address as a path is one of this hub's story addresses.
    _move_ben_to_english(site, "[/verhalen/ben-bakker/]")
    out = build(conf, site / "output").output
    _assert_redirect(out, "verhalen/ben-bakker", "en/stories/ben-bakker/")


def test_a_story_url_setting_with_more_than_the_slug_is_refused(site):
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8") + '\nARTICLE_URL = "{date:%Y}/{slug}/"\n'
        'ARTICLE_SAVE_AS = "{date:%Y}/{slug}/index.html"\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as err:
        build(conf, site / "output")
    assert 'setting ARTICLE_URL "{date:%Y}/{slug}/" uses {date}; a story\'s URL may use {slug}' in (
        str(err.value)
    )
