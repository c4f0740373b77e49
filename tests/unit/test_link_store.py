"""The vacancy links kept in .podium-cache, per story: reused only for the same inputs,
never trusted."""

from __future__ import annotations

import json

import pytest

from podium.cache import ItemCache
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


ENTRY = "links/links.json"


def _saved(tmp_path):
    links = linking.link_cached(STORIES, VACANCIES, tmp_path)
    return links, json.loads((tmp_path / ENTRY).read_text("utf-8"))


def _counting(monkeypatch) -> list[int]:
    """How many stories each call of link_stories linked."""
    calls: list[int] = []
    real = linking.link_stories

    def counted(stories, vacancies):
        calls.append(len(stories))
        return real(stories, vacancies)

    monkeypatch.setattr(linking, "link_stories", counted)
    return calls


def test_the_same_inputs_give_back_exactly_the_links(tmp_path, monkeypatch):
    links, _ = _saved(tmp_path)
    assert any(links.values())  # the example links something
    calls = _counting(monkeypatch)
    assert linking.link_cached(STORIES, VACANCIES, tmp_path) == links
    assert calls == []  # nothing linked again
    assert links == link_stories(STORIES, VACANCIES)


def test_one_edited_story_is_linked_again_and_only_that_one(tmp_path, monkeypatch):
    _saved(tmp_path)
    calls = _counting(monkeypatch)
    edited = Linkable(
        **{**STORIES[0].__dict__, "text": "Ik help klanten; ik werk bij de klantenservice."}
    )
    stories = [edited, *STORIES[1:]]
    assert linking.link_cached(stories, VACANCIES, tmp_path) == link_stories(stories, VACANCIES)
    assert calls == [1]
    retagged = Linkable(**{**STORIES[2].__dict__, "themes": ()})
    stories = [edited, STORIES[1], retagged]
    assert linking.link_cached(stories, VACANCIES, tmp_path) == link_stories(stories, VACANCIES)
    assert calls == [1, 1]


def test_a_changed_vacancy_links_every_story_again(tmp_path, monkeypatch):
    _saved(tmp_path)
    calls = _counting(monkeypatch)
    vacancies = [*VACANCIES[:2], Linkable(**{**VACANCIES[2].__dict__, "text": "Data analist"})]
    assert linking.link_cached(STORIES, vacancies, tmp_path) == link_stories(STORIES, vacancies)
    assert calls == [3]
    assert store.space(VACANCIES[:2], None) != store.space(VACANCIES, None)


def test_the_entry_holds_only_the_stories_of_this_build(tmp_path):
    _saved(tmp_path)
    linking.link_cached(STORIES[:2], VACANCIES, tmp_path)
    data = json.loads((tmp_path / ENTRY).read_text("utf-8"))
    assert len(data["items"]) == 2


def _only(data: dict, story: Linkable) -> list:
    return data["items"][ItemCache.item_key(story)]


@pytest.mark.parametrize(
    "damage",
    [
        lambda links: links.append(["no-such-vacancy", 3.0, ["text"]]),
        lambda links: links.append(["mt-1", 100.0, ["explicit"]]),  # nobody chose it
        lambda links: links.append(["mt-1", 2.0, ["theme:craft"]]),  # not its theme
        lambda links: links.append(["de-1", float("nan"), ["text"]]),
        lambda links: links.append(["de-1", 2.0, ["<script>"]]),
        lambda links: links.append(["de-1", "2.0", ["text"]]),
        lambda links: links.append("de-1"),
    ],
    ids=[
        "unknown vacancy",
        "explicit link nobody chose",
        "theme the story lacks",
        "nan",
        "unknown reason",
        "score as text",
        "not a link",
    ],
)
def test_a_planted_or_damaged_story_entry_is_a_miss(tmp_path, monkeypatch, damage):
    _, data = _saved(tmp_path)
    damage(_only(data, STORIES[2]))
    (tmp_path / ENTRY).write_text(json.dumps(data), "utf-8")
    calls = _counting(monkeypatch)
    assert linking.link_cached(STORIES, VACANCIES, tmp_path) == link_stories(STORIES, VACANCIES)
    assert calls == [1]  # that story only


def test_an_entry_for_other_vacancies_is_a_miss(tmp_path, monkeypatch):
    _, data = _saved(tmp_path)
    data["key"] = "0" * 64
    (tmp_path / ENTRY).write_text(json.dumps(data), "utf-8")
    calls = _counting(monkeypatch)
    assert linking.link_cached(STORIES, VACANCIES, tmp_path) == link_stories(STORIES, VACANCIES)
    assert calls == [3]


@pytest.mark.parametrize(
    "content", [b"", b"\x80 not json", b"[1, 2]", b'{"key": 1}', b'{"items": 1}']
)
def test_unreadable_entries_are_misses(tmp_path, monkeypatch, content):
    (tmp_path / ENTRY).parent.mkdir()
    (tmp_path / ENTRY).write_bytes(content)
    calls = _counting(monkeypatch)
    assert linking.link_cached(STORIES, VACANCIES, tmp_path) == link_stories(STORIES, VACANCIES)
    assert calls == [3]


def test_the_build_log_says_how_many_stories_were_linked_again(tmp_path, caplog):
    _saved(tmp_path)
    edited = Linkable(**{**STORIES[0].__dict__, "text": "Ik ben nu teamleider."})
    with caplog.at_level("DEBUG", logger="podium_link.linking"):
        linking.link_cached([edited, *STORIES[1:]], VACANCIES, tmp_path)
    assert "links: 1 of 3 stories linked again" in caplog.text
