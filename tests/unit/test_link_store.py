"""The vacancy links kept in .podium-cache: reused only for the same inputs, never trusted."""

from __future__ import annotations

import json

import pytest

from podium_link import linking, store
from podium_link.linker import Linkable, link_stories

FIELD, CARE, ENG = "field-service", "customer-care", "engineering"
STORIES = [
    Linkable("/s/monteur/", "nl", FIELD, ("craft",), "Ik ben monteur; ik plaats warmtepompen."),
    Linkable("/s/klant/", "nl", CARE, ("customer",), "Ik help klanten.", ("kc-1",)),
    Linkable("/s/data/", "en", ENG, ("tech",), "I build data pipelines for the grid."),
]
VACANCIES = [
    Linkable("mt-1", "nl", FIELD, ("craft",), "Monteur\nJe installeert warmtepompen."),
    Linkable("kc-1", "nl", CARE, ("customer",), "Klantenservice\nJe helpt klanten."),
    Linkable("de-1", "en", ENG, ("tech",), "Data engineer\nYou build data pipelines."),
]


def _saved(tmp_path):
    links = link_stories(STORIES, VACANCIES)
    want = store.key(STORIES, VACANCIES, None)
    store.save(tmp_path, want, links)
    return links, want


def test_same_inputs_give_back_exactly_the_links(tmp_path):
    links, want = _saved(tmp_path)
    assert any(links.values())  # the example links something
    assert store.load(tmp_path, want, STORIES, VACANCIES) == links


def test_any_changed_story_or_vacancy_is_another_key():
    want = store.key(STORIES, VACANCIES, None)
    edited = [STORIES[0].__class__(**{**STORIES[0].__dict__, "text": "Ik ben nu teamleider."})]
    assert store.key(edited + STORIES[1:], VACANCIES, None) != want
    assert store.key(STORIES, VACANCIES[:2], None) != want
    retagged = [Linkable(**{**STORIES[2].__dict__, "themes": ()})]
    assert store.key(STORIES[:2] + retagged, VACANCIES, None) != want


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d["links"]["/s/data/"].append(["no-such-vacancy", 3.0, ["text"]]),
        lambda d: d["links"]["/s/data/"].append(["mt-1", 100.0, ["explicit"]]),  # nobody chose it
        lambda d: d["links"]["/s/data/"].append(["mt-1", 2.0, ["theme:craft"]]),  # not its theme
        lambda d: d["links"]["/s/data/"].append(["de-1", float("nan"), ["text"]]),
        lambda d: d["links"]["/s/data/"].append(["de-1", 2.0, ["<script>"]]),
        lambda d: d["links"].pop("/s/data/"),
        lambda d: d["links"].update({"/s/elsewhere/": []}),
        lambda d: d.update(key="0" * 64),
    ],
    ids=[
        "unknown vacancy",
        "explicit link nobody chose",
        "theme the story lacks",
        "nan",
        "unknown reason",
        "a story short",
        "a story too many",
        "other key",
    ],
)
def test_a_planted_or_damaged_entry_is_a_miss(tmp_path, damage):
    _, want = _saved(tmp_path)
    entry = tmp_path / store.ENTRY
    data = json.loads(entry.read_text("utf-8"))
    damage(data)
    entry.write_text(json.dumps(data), "utf-8")
    assert store.load(tmp_path, want, STORIES, VACANCIES) is None


@pytest.mark.parametrize("content", [b"", b"\x80 not json", b"[1, 2]", b'{"key": 1}'])
def test_unreadable_entries_are_misses(tmp_path, content):
    (tmp_path / store.ENTRY).write_bytes(content)
    assert store.load(tmp_path, store.key(STORIES, VACANCIES, None), STORIES, VACANCIES) is None


def test_links_are_made_once_and_then_reused_from_the_cache(tmp_path, monkeypatch):
    calls = []
    real = linking.link_stories
    monkeypatch.setattr(linking, "link_stories", lambda s, v: calls.append(1) or real(s, v))
    first = linking.link_cached(STORIES, VACANCIES, tmp_path)
    second = linking.link_cached(STORIES, VACANCIES, tmp_path)
    assert first == second == real(STORIES, VACANCIES) and len(calls) == 1
    linking.link_cached(STORIES[:2], VACANCIES, tmp_path)  # a story fewer: linked again
    assert len(calls) == 2
