"""The site model's ``left`` per person: one story's ``left`` holds for the
stories written before it, and under "keep" a return (a story dated after
every ``left``, with none of its own) makes the person a colleague again."""

from __future__ import annotations

import datetime as dt

import pytest

from podium.settings import PodiumSettings
from podium_read.site import read_site

STORY = """---
title: {title}
date: {date}
author: Gina Vertrokken
role: Ontwerper
consent: {{given: 2024-01-01}}
{left}---

Een alinea over het werk in het team, lang genoeg voor een column.
"""


def _lefts(tmp_path, policy: str, stories: dict[str, tuple[str, str | None]]) -> dict:
    content = tmp_path / "content"
    (content / "columns").mkdir(parents=True)
    for slug, (date, left) in stories.items():
        text = STORY.format(title=slug, date=date, left=f"left: {left}\n" if left else "")
        (content / "columns" / f"{slug}.md").write_text(text, encoding="utf-8")
    settings = PodiumSettings(today=dt.date(2026, 12, 1), alumni_policy=policy)
    site = read_site(content, settings)
    return {s.slug: s.left and s.left.isoformat() for s in site.stories}


# Two `left`s, the later one in the older story: each story takes the earliest
# not before its own date, so the story of January 2026 takes June's.
TWO_LEFTS = {
    "a": ("2025-01-10", "2026-06-30"),
    "b": ("2025-02-10", "2025-12-31"),
    "c": ("2026-01-15", None),
}


@pytest.mark.parametrize("policy", ["keep", "anonymize"])
def test_every_story_takes_the_first_left_after_it(tmp_path, policy):
    assert _lefts(tmp_path, policy, TWO_LEFTS) == {
        "a": "2025-12-31",
        "b": "2025-12-31",
        "c": "2026-06-30",
    }


@pytest.mark.parametrize("policy", ["keep", "anonymize"])
def test_a_return_after_every_left_is_a_colleague_again_under_keep_only(tmp_path, policy):
    stories = {**TWO_LEFTS, "d": ("2026-08-01", None)}
    lefts = _lefts(tmp_path, policy, stories)
    if policy == "keep":
        assert lefts == {"a": None, "b": None, "c": None, "d": None}
    else:
        assert lefts == {"a": "2025-12-31", "b": "2025-12-31", "c": "2026-06-30", "d": None}


def test_a_story_between_two_lefts_is_no_return(tmp_path):
    # Dated after the latest left the older stories keep (December), but
    # before June's: she still worked here, and had not come back.
    assert _lefts(tmp_path, "keep", TWO_LEFTS)["c"] == "2026-06-30"
