"""Each feed entry is made once per build and copied into every feed that lists it."""

from __future__ import annotations

import datetime as dt

from pelican.writers import Writer

from podium_render import PodiumWriter

SETTINGS = {"FEED_APPEND_REF": False, "FEED_MAX_ITEMS": None, "TIMEZONE": "Europe/Amsterdam"}
CONTEXT = {"SITEURL": "https://werkenbij.example", "SITENAME": "Werken bij", "FEED_DOMAIN": ""}


class Story:
    def __init__(self, n: int) -> None:
        self.title = f"Verhaal <em>{n}</em> &amp; meer"
        self.url = f"stories/verhaal-{n}/"
        self.summary = f"<p>Samenvatting {n}</p>"
        self.date = dt.datetime(2026, 1, n + 1, 9, 30)
        self.modified = dt.datetime(2026, 2, n + 1, 9, 30)
        self.category = "interviews"
        self.tags = ["team", f"thema-{n}"]
        self.author = "Anna"

    def get_content(self, site_url: str) -> str:
        return f'<p>Tekst {self.title} <a href="{site_url}/x/">link</a></p>'


def _feeds(writer: Writer, stories: list) -> list:
    # The hub's feeds: the site's, then a theme's with some of the same stories.
    return [
        writer.write_feed(stories, CONTEXT, url="feeds/all.atom.xml", feed_title="Alle"),
        writer.write_feed(stories[1:], CONTEXT, url="feeds/thema.atom.xml", feed_title="Thema"),
        writer.write_feed(stories[:2], CONTEXT, url="feeds/rss.xml", feed_type="rss"),
    ]


def test_an_entry_is_made_once_and_each_feed_gets_the_same_one(tmp_path, monkeypatch):
    stories = [Story(n) for n in range(4)]
    expected = [feed.items for feed in _feeds(Writer(str(tmp_path), SETTINGS), stories)]
    made = []
    pelicans = Writer._add_item_to_the_feed

    def counted(self, feed, item):
        made.append((type(feed).__name__, item.url))
        return pelicans(self, feed, item)

    monkeypatch.setattr(Writer, "_add_item_to_the_feed", counted)
    feeds = _feeds(PodiumWriter(str(tmp_path), SETTINGS), stories)
    assert [feed.items for feed in feeds] == expected
    # 4 + 3 Atom entries of 4 stories, 2 RSS ones (another kind of entry).
    assert len(made) == 4 + 2 and len(set(made)) == len(made)
    # Copies: the hub sets each feed's entries' fields.
    feeds[0].items[1]["title"] = "changed"
    assert feeds[1].items[0]["title"] == expected[1][0]["title"]


def test_a_new_writer_makes_the_entries_again(tmp_path, monkeypatch):
    # One writer is one build; `podium serve` builds again with a new one.
    made = []
    pelicans = Writer._add_item_to_the_feed
    monkeypatch.setattr(
        Writer, "_add_item_to_the_feed", lambda s, f, i: made.append(i) or pelicans(s, f, i)
    )
    stories = [Story(1)]
    for _ in range(2):
        PodiumWriter(str(tmp_path), SETTINGS).write_feed(stories, CONTEXT, url="a.atom.xml")
    assert len(made) == 2
