"""A person's page as group_people makes it, on stories alone (no build)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from podium_render import people
from podium_render.people import group_people


def _story(slug: str, lang: str, day: int, role: str):
    return SimpleNamespace(
        slug=slug,
        lang=lang,
        date=dt.datetime(2026, 3, day, tzinfo=dt.UTC),
        person="Anna de Boer",
        author="Anna de Boer",
        role=role,
        team=None,
        location=None,
        photo=None,
        is_alumni=False,
    )


def _anna(newest_role: str):
    stories = [
        _story("interview", "nl", 1, "Teamlead data"),
        _story("interview", "en", 1, "Data team lead"),
        _story("column", "en", 20, newest_role),  # English only, newest
    ]
    return group_people(stories)["anna-de-boer"]


def test_a_persons_role_is_worked_out_once_not_per_page_and_language(monkeypatch):
    # role_in took every story's role keys again at each call, and the
    # templates call it per page and language (page lead, list, JSON-LD).
    anna = _anna("Head of data")
    keyed = []
    real = people.person_key
    monkeypatch.setattr(people, "person_key", lambda n: keyed.append(n) or real(n))
    first = [anna.role_in(lang) for lang in ("nl", "en", "de")]
    once = len(keyed)
    again = [anna.role_in(lang) for _ in range(5) for lang in ("nl", "en", "de")]
    assert len(keyed) == once
    assert first == ["Head of data", "Head of data", "Head of data"] and again == first * 5


def test_a_role_told_again_in_another_language_keeps_each_pages_own_words():
    # The newest story, English only, says the role the Dutch one says in Dutch.
    anna = _anna("Data team lead")
    assert [anna.role_in(lang) for lang in ("nl", "en")] == ["Teamlead data", "Data team lead"]
    assert anna.described_in("nl") == "Teamlead data"
