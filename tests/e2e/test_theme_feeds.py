"""Theme pages and feeds: what a recruiter links to and what a subscriber reads."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from podium_cli.build import build
from podium_testkit import read_page

ATOM = "{http://www.w3.org/2005/Atom}"
BEN = "content/columns/ben-bakker.md"


def _entries(path) -> dict[str, dict[str, str]]:
    """Atom entries by their link: id, title, published, updated."""
    root = ET.parse(path).getroot()
    out = {}
    for entry in root.iter(f"{ATOM}entry"):
        link = entry.find(f"{ATOM}link").get("href")
        out[link] = {
            name: entry.findtext(f"{ATOM}{name}")
            for name in ("id", "title", "published", "updated")
        }
    return out


def _edit(site, old: str, new: str) -> None:
    path = site / BEN
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edited_story_is_updated_in_the_feeds_and_keeps_its_entry_id(site):
    out = build(site / "pelicanconf.py", site / "output").output
    url = "/stories/ben-bakker/"
    before = {
        feed: _entries(out / feed)[url]
        for feed in ("feeds/stories.atom.xml", "themes/balance/feed.atom.xml")
    }

    # The editor retitles the story and marks the change as one that matters.
    _edit(site, "date: 2026-04-10\n", "date: 2026-04-10\nupdated: 2026-05-20\n")
    _edit(site, "title: Waarom ik elke vrijdag", "title: Daarom stop ik elke vrijdag")
    out = build(site / "pelicanconf.py", site / "output").output

    for feed, old in before.items():
        entry = _entries(out / feed)[url]
        assert entry["title"].startswith("Daarom stop ik")
        assert entry["id"] == old["id"], feed  # not a new entry to the reader
        assert entry["published"] == old["published"]
        assert entry["updated"].startswith("2026-05-20T"), (feed, entry)
    for feed in ("stories.json", "themes/balance/stories.json"):
        items = json.loads((out / feed).read_text(encoding="utf-8"))["items"]
        item = next(i for i in items if i["url"] == url)
        assert item["date_published"].startswith("2026-04-10T")
        assert item["date_modified"].startswith("2026-05-20T"), feed


NEW_TECH = """---
title: Mijn eerste jaar als developer
date: 2026-05-01
author: Piet Pieters
role: Developer
consent: {given: 2026-04-20}
---

Als developer schrijf ik elke dag code voor onze software. Ik bouw dashboards op onze data
en review de code van collega's. De software draait op data uit het hele land.
"""


def test_a_theme_feed_is_newest_first_so_its_newest_story_is_never_cut(site):
    # Anna's story (2026-03-02) has `themes: [tech]`; this newer one is tagged
    # tech automatically. The page shows explicit stories first; a feed that
    # keeps FEED_MAX_ITEMS entries must keep the newest ones.
    (site / "content/columns/piet-pieters.md").write_text(NEW_TECH, encoding="utf-8")
    out = build(site / "pelicanconf.py", site / "output", FEED_MAX_ITEMS=1).output
    page = (out / "themes/tech/index.html").read_text(encoding="utf-8")
    assert "/stories/anna-de-boer/" in page and "/stories/piet-pieters/" in page

    assert list(_entries(out / "themes/tech/feed.atom.xml")) == ["/stories/piet-pieters/"]
    items = json.loads((out / "themes/tech/stories.json").read_text(encoding="utf-8"))["items"]
    assert [i["url"].rsplit("/", 2)[1] for i in items] == ["piet-pieters", "anna-de-boer"]


def test_every_feed_has_its_own_id_and_links_to_its_own_page(site):
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8") + 'SITEURL = "https://careers.example.com"\n',
        encoding="utf-8",
    )
    out = build(conf, site / "output").output
    feeds = {
        "feeds/stories.atom.xml": "https://careers.example.com/",
        "en/feeds/stories.atom.xml": "https://careers.example.com/en/",
        "themes/tech/feed.atom.xml": "https://careers.example.com/themes/tech/",
        "en/themes/tech/feed.atom.xml": "https://careers.example.com/en/themes/tech/",
        "themes/balance/feed.atom.xml": "https://careers.example.com/themes/balance/",
    }
    ids = set()
    for feed, page in feeds.items():
        root = ET.parse(out / feed).getroot()
        links = {ln.get("rel"): ln.get("href") for ln in root.findall(f"{ATOM}link")}
        assert links == {"alternate": page, "self": f"https://careers.example.com/{feed}"}
        ids.add(root.findtext(f"{ATOM}id"))
        # Both feeds of a page carry one name, without SITENAME repeated before it.
        json_name = feed.replace("feeds/stories.atom.xml", "stories.json").replace(
            "feed.atom.xml", "stories.json"
        )
        title = json.loads((out / json_name).read_text(encoding="utf-8"))["title"]
        assert root.findtext(f"{ATOM}title") == title
        assert title.startswith("Testbedrijf – ")
    assert len(ids) == len(feeds)  # RFC 4287 4.2.6: each feed's id is its own


def test_a_theme_page_is_paginated_like_the_story_listings(site):
    # DEFAULT_PAGINATION = 2 in the test site; three Dutch tech stories.
    for n, day in (("een", "2026-05-01"), ("twee", "2026-05-02")):
        story = NEW_TECH.replace("2026-05-01", day).replace("Piet Pieters", f"Piet {n}")
        (site / f"content/columns/piet-{n}.md").write_text(story, encoding="utf-8")
    out = build(site / "pelicanconf.py", site / "output").output
    first = (out / "themes/tech/index.html").read_text(encoding="utf-8")
    second = (out / "themes/tech/page/2/index.html").read_text(encoding="utf-8")
    assert not (out / "themes/tech/page/3").exists()
    # Anna's hand-tagged story first, then the newest.
    assert "/stories/anna-de-boer/" in first and "/stories/piet-twee/" in first
    assert "/stories/piet-een/" in second
    assert "/stories/anna-de-boer/" not in second and "/stories/piet-twee/" not in second
    assert 'rel="next" href="/themes/tech/page/2/"' in first
    assert 'rel="prev" href="/themes/tech/"' in second
    # The recruiters' link and the open roles are on the theme's own URL only.
    assert "utm_campaign=theme-tech" in first and "utm_campaign" not in second
    assert '<link rel="canonical" href="/themes/tech/page/2/">' in second
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>/themes/tech/page/2/</loc>" in sitemap
    # English has one tech story: one page, and no alternate for page 2.
    assert not (out / "en/themes/tech/page/2").exists()
    assert '<link rel="alternate" hreflang="en"' not in second
    assert '<link rel="alternate" hreflang="en" href="/en/themes/tech/">' in first
    # The feeds stay whole, at the theme's URL.
    assert len(_entries(out / "themes/tech/feed.atom.xml")) == 3


def test_every_atom_feed_says_its_language(built_site):
    # Pelican's <feed> had no xml:lang: a reader had to guess Dutch from the words.
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for feed, lang in (
        ("feeds/stories.atom.xml", "nl"),
        ("en/feeds/stories.atom.xml", "en"),
        ("themes/tech/feed.atom.xml", "nl"),
        ("en/themes/tech/feed.atom.xml", "en"),
    ):
        assert ET.parse(built_site / feed).getroot().get(xml_lang) == lang, feed


def test_every_atom_feed_has_an_author_even_with_no_entries(built_site):
    # RFC 4287 4.1.1: atom:feed has an atom:author unless every entry has
    # one. The English feed of a theme with only Dutch stories has no entry,
    # and it had no author at all; the feeds' author is the company.
    feeds = sorted(built_site.rglob("*.atom.xml"))
    empty = [f for f in feeds if ET.parse(f).getroot().find(f"{ATOM}entry") is None]
    assert empty, "the test site has a feed without entries"
    for feed in feeds:
        root = ET.parse(feed).getroot()
        assert root.findtext(f"{ATOM}author/{ATOM}name") == "Testbedrijf", feed
        for entry in root.iter(f"{ATOM}entry"):
            assert entry.findtext(f"{ATOM}author/{ATOM}name"), feed


def test_atom_entries_name_their_themes_in_the_feeds_language(built_site):
    # Pelican's only <category> was the folder ("interviews"): a reader could
    # not filter the site's feed by theme, which the page and stories.json name.
    for feed, name in (
        ("feeds/stories.atom.xml", "Techniek & data"),
        ("en/feeds/stories.atom.xml", "Tech & data"),
    ):
        root = ET.parse(built_site / feed).getroot()
        entry = next(
            e for e in root.iter(f"{ATOM}entry")
            if "/stories/anna-de-boer/" in e.findtext(f"{ATOM}id")
        )  # fmt: skip
        terms = [c.get("term") for c in entry.iter(f"{ATOM}category")]
        assert terms == ["interviews", name], (feed, terms)


def test_an_atom_title_is_the_title_as_written(site):
    # Pelican's striptags() unescaped it: "R&amp;D" typed so became "R&D".
    title = "Waarom ik R&amp;D &lt;3 en elke vrijdag stop"
    _edit(site, "title: Waarom ik elke vrijdag om drie uur stop", f'title: "{title}"')
    out = build(site / "pelicanconf.py", site / "output").output
    assert _entries(out / "feeds/stories.atom.xml")["/stories/ben-bakker/"]["title"] == title
    items = json.loads((out / "stories.json").read_text(encoding="utf-8"))["items"]
    assert title in [i["title"] for i in items]


def test_links_in_a_feed_entry_resolve_to_the_story_not_to_the_feed(site):
    # A feed reader resolves a relative link against the feed's URL (Atom,
    # RFC 4287 section 2) or has no base at all (a JSON Feed shown on another
    # site), not against the story's page where the writer meant it: "../x/"
    # from /hub/feeds/stories.atom.xml is /hub/x/, "#c-..." is no place at all.
    path = site / BEN
    path.write_text(
        path.read_text(encoding="utf-8")
        + "\nZie [Anna](../anna-de-boer/), [vacatures](/hub/vacancies/), [boven](#top),"
        " [mail](mailto:jobs@example.com) en [elders](https://example.org/a).\n",
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", site / "output", SITEURL="https://x.example/hub").output
    story = "https://x.example/hub/stories/ben-bakker/"
    wanted = [
        "https://x.example/hub/stories/anna-de-boer/",
        "https://x.example/hub/vacancies/",
        story + "#c-top",
        "mailto:jobs@example.com",
        "https://example.org/a",
    ]
    for feed in ("feeds/stories.atom.xml", "themes/balance/feed.atom.xml"):
        root = ET.parse(out / feed).getroot()
        entry = next(e for e in root.iter(f"{ATOM}entry") if e.findtext(f"{ATOM}id") == story)
        content = entry.findtext(f"{ATOM}content")
        assert [f'href="{u}"' in content for u in wanted] == [True] * len(wanted), content
    for feed in ("stories.json", "themes/balance/stories.json"):
        items = json.loads((out / feed).read_text(encoding="utf-8"))["items"]
        html = next(i for i in items if i["id"] == story)["content_html"]
        assert [f'href="{u}"' in html for u in wanted] == [True] * len(wanted), html


def test_links_in_vacancies_json_resolve_to_the_vacancy_not_to_the_file(site):
    # As in the stories' feeds: a job board reading vacancies.json resolved the
    # description's "../../stories/x/" and "#apply" against the file's own URL.
    path = site / "content/vacancies/data-engineer.yml"
    path.write_text(
        path.read_text(encoding="utf-8").rstrip("\n")
        + "\n\n  Lees [Anna](../../stories/anna-de-boer/), [alle vacatures](/hub/vacancies/)"
        " of [solliciteer](#apply).\n",
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", site / "output", SITEURL="https://x.example/hub").output
    items = json.loads((out / "vacancies.json").read_text(encoding="utf-8"))["items"]
    item = next(i for i in items if "solliciteer" in i["content_html"])
    vacancy = item["url"]
    assert vacancy.startswith("https://x.example/hub/vacancies/")
    for wanted in (
        "https://x.example/hub/stories/anna-de-boer/",
        "https://x.example/hub/vacancies/",
        vacancy + "#apply",
    ):
        assert f'href="{wanted}"' in item["content_html"], item["content_html"]


def test_stories_json_carries_full_html_only_for_the_newest_stories(site):
    # stories.json is every published story (the data a board reads, with
    # _podium), but it carried each one's whole HTML: at ten thousand stories
    # some 40 MB a subscriber polls, again in every theme's feed. The newest
    # FEED_MAX_ITEMS (the stories the Atom feed carries) keep content_html;
    # older ones carry their summary as content_text (JSON Feed 1.1 wants one
    # of the two), as Hugo's and mkdocs-material's feeds do for every item.
    (site / "content/columns/piet-pieters.md").write_text(NEW_TECH, encoding="utf-8")
    out = build(site / "pelicanconf.py", site / "output", FEED_MAX_ITEMS=1).output
    for feed in ("stories.json", "themes/tech/stories.json"):
        items = json.loads((out / feed).read_text(encoding="utf-8"))["items"]
        assert len(items) >= 2, feed  # every story is still there
        dates = [i["date_published"] for i in items]
        assert dates == sorted(dates, reverse=True), feed
        assert "content_html" in items[0] and "content_text" not in items[0], feed
        for item in items[1:]:
            assert "content_html" not in item, (feed, item["url"])
            assert item["content_text"] == item["summary"] != "", (feed, item["url"])
    # The Atom feed is as before: at most FEED_MAX_ITEMS entries, each whole.
    assert len(_entries(out / "feeds/stories.atom.xml")) == 1


def test_a_renamed_story_keeps_its_entry_id_in_every_feed(site):
    # A story renamed with its old slug in `aliases` keeps its old URL (a
    # redirect), but the feeds' ids were its URL, so every reader showed it
    # as a new story beside the old one (RFC 4287: an entry's id is permanent;
    # JSON Feed: unchanged when the item is updated).
    out = build(site / "pelicanconf.py", site / "output", SITEURL="https://x.example").output
    feeds = ("feeds/stories.atom.xml", "themes/balance/feed.atom.xml")
    jsons = ("stories.json", "themes/balance/stories.json")
    old = "https://x.example/stories/ben-bakker/"
    new = "https://x.example/stories/vrijdag-om-drie/"

    def ids(out, url):
        atom = {f: _entries(out / f)[url]["id"] for f in feeds}
        items = {f: json.loads((out / f).read_text(encoding="utf-8"))["items"] for f in jsons}
        return atom, {f: next(i["id"] for i in v if i["url"] == url) for f, v in items.items()}

    before = ids(out, old)
    _edit(
        site,
        "date: 2026-04-10\n",
        "date: 2026-04-10\nslug: vrijdag-om-drie\naliases: [ben-bakker]\n",
    )
    out = build(site / "pelicanconf.py", site / "output", SITEURL="https://x.example").output
    assert ids(out, new) == before
    assert set(before[0].values()) == {old}
    # A story never renamed keeps its URL as its id.
    items = json.loads((out / "stories.json").read_text(encoding="utf-8"))["items"]
    anna = next(i for i in items if "anna-de-boer" in i["url"])
    assert anna["id"] == anna["url"]


def test_an_atom_entry_carries_the_story_card_as_its_image(site):
    # stories.json gives each story its card as `image`; the Atom feed gave a
    # reader (Feedly, NetNewsWire, a Slack feed bot) no image at all, so every
    # entry showed as a bare title. The card goes as an enclosure link, with
    # the card's type (RFC 4287 section 4.2.7.2; length is optional there).
    out = build(site / "pelicanconf.py", site / "output", SITEURL="https://x.example").output
    items = json.loads((out / "stories.json").read_text(encoding="utf-8"))["items"]
    cards = {i["id"]: i["image"] for i in items}
    root = ET.parse(out / "feeds/stories.atom.xml").getroot()
    entries = list(root.iter(f"{ATOM}entry"))
    assert entries
    for entry in entries:
        links = [x.attrib for x in entry.findall(f"{ATOM}link") if x.get("rel") == "enclosure"]
        card = cards[entry.findtext(f"{ATOM}id")]
        assert links == [{"rel": "enclosure", "href": card, "type": "image/jpeg"}], links
        assert (out / card.removeprefix("https://x.example/")).is_file()


EMPTY_THEME = """  - slug: safety
    name: {nl: "Veiligheid", en: "Safety"}
    description: {nl: "Veilig werken.", en: "Working safely."}
    color: "#333333"
    keywords:
      nl: [helm]
      en: [helmet]
"""


def test_a_theme_with_no_story_and_no_open_role_is_kept_out_of_search_engines(site):
    # A theme just added to content/themes.yml, with no story or job yet: its
    # pages, "Nog geen verhalen." and "Op dit moment geen vacatures binnen dit
    # thema.", were in sitemap.xml with hreflang both ways (a soft 404 to
    # Google). Now they are noindex, out of the sitemap and of hreflang.
    themes = site / "content" / "themes.yml"
    themes.write_text(themes.read_text(encoding="utf-8") + EMPTY_THEME, encoding="utf-8")
    out = build(site / "pelicanconf.py", site / "output").output
    tree = ET.parse(out / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = {u.findtext("s:loc", namespaces=ns) for u in tree.getroot().findall("s:url", ns)}
    for lang, url in (("nl", "/themes/safety/"), ("en", "/en/themes/safety/")):
        assert url not in locs, url
        page = read_page(out, url)
        assert page.one("meta", name="robots").attrs["content"] == "noindex", url
        assert page.alternates() == {lang: url, "x-default": url}, url
    # The English tech page has no English story but open roles: it stays.
    assert {"/themes/tech/", "/en/themes/tech/"} <= locs
    assert read_page(out, "/en/themes/tech/").alternates()["nl"] == "/themes/tech/"


def test_publish_settings_without_an_address_warn_once_that_feeds_need_one(
    site, caplog, monkeypatch
):
    # publishconf.py with SITEURL = os.environ.get("URL", "") and the variable
    # unset built every Atom feed with a site-relative <id> ("/feeds/stories.atom.xml",
    # RFC 4287 wants an absolute IRI), and the sitemap and og:image relative, with
    # no word: Pelican's own warning about it is dropped for local previews.
    from click.testing import CliRunner

    from podium_cli.cli import main

    (site / "publishconf.py").write_text(
        "import os, sys\nsys.path.append(os.curdir)\nfrom pelicanconf import *\n"
        'SITEURL = os.environ.get("PODIUM_TEST_UNSET_URL", "")\n',
        encoding="utf-8",
    )
    warning = (
        "publishconf.py:4: warning: setting SITEURL is '' in the publish settings: the "
        "published feeds' ids and links"
    )
    with caplog.at_level("WARNING"):
        out = build(site / "publishconf.py", site / "output").output
    said = [r.getMessage() for r in caplog.records if "setting SITEURL" in r.getMessage()]
    assert len(said) == 1 and warning in said[0], caplog.text
    root = ET.parse(out / "feeds" / "stories.atom.xml").getroot()
    assert root.findtext(f"{ATOM}id") == "/feeds/stories.atom.xml"  # as before: no address

    # podium check says it too; a preview with pelicanconf.py does not.
    monkeypatch.chdir(site)
    checked = CliRunner().invoke(main, ["check", "-s", "publishconf.py"]).output
    assert sum(ln.startswith(warning) for ln in checked.splitlines()) == 1, checked
    assert "setting SITEURL" not in CliRunner().invoke(main, ["check"]).output


def test_a_hub_with_no_story_yet_writes_the_same_feeds_each_build(site, tmp_path):
    # A hub that goes up before its first story (README: "A hub with only its
    # themes builds") gave each empty feed the build's wall-clock time as its
    # <updated>, "2026-12-05T06:10:28.204501+00:00" under PODIUM_TODAY 2026-06-01:
    # every build rewrote every feed, and a reader saw the feed change each poll.
    import shutil

    for folder in ("interviews", "columns"):
        shutil.rmtree(site / "content" / folder)
    conf = site / "pelicanconf.py"
    out = build(conf, tmp_path / "out", PODIUM_TODAY="2026-06-01").output
    feeds = sorted(p.relative_to(out) for p in out.rglob("*.atom.xml"))
    assert feeds
    first = {f: (out / f).read_bytes() for f in feeds}
    root = ET.parse(out / "feeds" / "stories.atom.xml").getroot()
    assert root.findtext(f"{ATOM}updated") == "2026-06-01T00:00:00+02:00"
    out = build(conf, tmp_path / "out", PODIUM_TODAY="2026-06-05").output
    assert {f: (out / f).read_bytes() for f in feeds} == first


def test_a_feed_whose_newest_story_is_taken_down_does_not_go_back_in_time(site, tmp_path):
    # The feed's <updated> was its newest entry's: the newest story taken down
    # (consent ended, withdrawn), the feed said it was last changed in March, while
    # it had just lost an entry (RFC 4287: the last significant change), and a
    # reader that skips a feed not updated since its last visit missed what followed.
    conf = site / "pelicanconf.py"
    out = build(conf, tmp_path / "out", PODIUM_TODAY="2026-06-01").output
    feed = "feeds/stories.atom.xml"

    def updated():
        return ET.parse(out / feed).getroot().findtext(f"{ATOM}updated")

    assert updated() == "2026-04-10T00:00:00+02:00"  # Ben's column, the newest
    out = build(conf, tmp_path / "out", PODIUM_TODAY="2026-06-03").output
    assert updated() == "2026-04-10T00:00:00+02:00"  # nothing changed, nothing moves
    _edit(site, "consent: {given: 2026-04-01,", "consent: {given: 2026-04-01, until: 2026-06-04,")
    out = build(conf, tmp_path / "out", PODIUM_TODAY="2026-06-05").output
    assert "/stories/ben-bakker/" not in _entries(out / feed)
    assert updated() == "2026-06-05T00:00:00+02:00"


def _atom_writes(monkeypatch) -> list[str]:
    """The Atom feeds feedgenerator's XML writer writes from now on, by title."""
    from podium_render.feeds import AtomFeed

    written: list[str] = []
    write = AtomFeed.write

    def counted(self, outfile, encoding):
        written.append(self.feed["title"])
        return write(self, outfile, encoding)

    monkeypatch.setattr(AtomFeed, "write", counted)
    return written


def test_an_unchanged_feed_is_not_written_again_but_taken_from_the_cache(site, monkeypatch):
    first = build(site / "pelicanconf.py", site / "output").output
    before = {p.relative_to(first): p.read_bytes() for p in first.rglob("*.atom.xml")}
    assert before
    written = _atom_writes(monkeypatch)
    out = build(site / "pelicanconf.py", site / "output").output
    assert written == []  # feedgenerator's XML writer ran for none of them
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.atom.xml")}
    assert after == before
    for path in after:
        assert (out / path).stat().st_mode & 0o777 == 0o644


def test_a_cached_feed_changes_with_a_title_a_withdrawal_and_the_site_url(site, monkeypatch):
    url = "/stories/ben-bakker/"
    feeds = ("feeds/stories.atom.xml", "themes/balance/feed.atom.xml")
    build(site / "pelicanconf.py", site / "output")
    build(site / "pelicanconf.py", site / "output")  # every feed now in the cache
    written = _atom_writes(monkeypatch)

    _edit(site, "title: Waarom ik elke vrijdag", "title: Daarom stop ik elke vrijdag")
    out = build(site / "pelicanconf.py", site / "output").output
    for feed in feeds:
        assert _entries(out / feed)[url]["title"].startswith("Daarom stop ik"), feed
    assert written  # the feeds showing the story, written again

    out = build(site / "pelicanconf.py", site / "output", SITEURL="https://jobs.example.org").output
    for feed in feeds:
        links = _entries(out / feed)
        assert "https://jobs.example.org/stories/ben-bakker/" in links, feed

    monkeypatch.chdir(site)
    monkeypatch.setenv("PODIUM_TODAY", "2026-06-01")
    from click.testing import CliRunner

    from podium_cli.cli import main

    result = CliRunner().invoke(main, ["withdraw", "ben-bakker", "--yes"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = build(site / "pelicanconf.py", site / "output").output
    for feed in ("feeds/stories.atom.xml",):
        assert url not in _entries(out / feed), feed
        assert b"ben-bakker" not in (out / feed).read_bytes()
