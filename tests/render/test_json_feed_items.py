"""Each story's JSON Feed item is built once per build, whatever feeds it is in."""

from __future__ import annotations

import json
from collections import Counter

import podium_render.hub as hub
from podium_cli.build import build


def test_a_story_in_several_feeds_is_encoded_once_per_kind(site, monkeypatch):
    # A story is in its language's stories.json and in each of its themes'.
    built: Counter[tuple[str, bool]] = Counter()
    story_item = hub.story_item

    def counting(story, site_url, whole=True):
        built[(story.url, whole)] += 1
        return story_item(story, site_url, whole=whole)

    monkeypatch.setattr(hub, "story_item", counting)
    output = site / "output"
    build(site / "pelicanconf.py", output)
    assert built and {key: n for key, n in built.items() if n > 1} == {}
    # The same item, byte for byte, in every feed that has the story.
    texts: dict[str, set[str]] = {}
    for feed in output.rglob("stories.json"):
        for item in json.loads(feed.read_text("utf-8"))["items"]:
            kind = "content_html" in item
            texts.setdefault(f"{item['id']} {kind}", set()).add(json.dumps(item))
    assert len(list(output.rglob("stories.json"))) > 1
    assert all(len(same) == 1 for same in texts.values())
