"""A story whose text clearly reads as another of the hub's languages than its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from podium.settings import PodiumSettings
from podium_read import parse_story
from podium_read.language import reads_as

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_HUB = PodiumSettings(today=dt.date(2026, 6, 1), languages=("en", "nl"), default_lang="en")
DUTCH = """---
title: Mijn eerste jaar
date: 2026-03-02
author: Anna de Boer
role: Developer
consent: {given: 2026-02-01}
---

Ik werk sinds vorig jaar bij het team dat de app bouwt. Het was in het begin best
spannend, want ik kende niemand en de code was groot. Mijn collega's namen de tijd om
alles uit te leggen, en na een paar weken had ik mijn eerste wijziging in productie.
Wat ik het mooiste vind, is dat je ziet wat je werk doet: klanten die met een klik
zien hoeveel stroom hun zonnepanelen opwekken. Dat maakt het voor mij echt de moeite
waard, ook op een dag dat niet alles lukt.
"""


def parse(tmp_path: Path, text: str, name: str = "mijn-eerste-jaar.md"):
    folder = tmp_path / "content" / "columns"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return parse_story(folder / name, tmp_path / "content", ENGLISH_HUB)


def test_a_dutch_story_without_lang_on_an_english_hub_is_a_warning_on_its_first_line(tmp_path):
    parsed = parse(tmp_path, DUTCH)
    said = [(i.line, i.message) for i in parsed.issues if "reads as" in i.message]
    assert said == [
        (
            1,
            'the text reads as Dutch, but there is no "lang" field and the hub\'s DEFAULT_LANG '
            'is "en", so it is published as English: write lang: nl if it is Dutch',
        )
    ]
    assert parsed.story.lang == "en"  # a warning: the story is still built as before


def test_a_wrong_lang_field_is_named_on_its_line(tmp_path):
    parsed = parse(tmp_path, DUTCH.replace("consent:", "lang: en\nconsent:"))
    said = [(i.line, i.message) for i in parsed.issues if "reads as" in i.message]
    assert said == [(6, 'the text reads as Dutch, but "lang" is "en", so it is published as '
                        "English: write lang: nl if it is Dutch")]  # fmt: skip


def test_the_right_lang_or_a_quoted_phrase_says_nothing(tmp_path):
    assert not [i for i in parse(tmp_path, DUTCH.replace("consent:", "lang: nl\nconsent:")).issues
                if "reads as" in i.message]  # fmt: skip
    english = "I joined the team last year. " * 3 + 'My manager says "de klant is koning" a lot.'
    assert reads_as(english * 3, "en", ("en", "nl")) is None
    assert reads_as("de het een " * 6, "en", ("en",)) is None  # a language the hub lacks


def _stories():
    """The demo's stories and the tagging corpora's (never the holdout split)."""
    for pattern in ("content/*/*.md", "tests/tag/eval/*.md", "tests/tag/cold/stories/**/*.md",
                    "tests/tag/fresh/stories/**/*.md"):  # fmt: skip
        for path in sorted(ROOT.glob(pattern)):
            head, body = path.read_text(encoding="utf-8").split("---\n", 2)[1:]
            suffix = path.suffixes[0][1:] if len(path.suffixes) > 1 else None
            yield path, (yaml.safe_load(head) or {}).get("lang") or suffix or "nl", body


@pytest.mark.parametrize("removed", [False, True], ids=["labelled", "lang-removed"])
def test_the_demo_and_the_tagging_corpora(removed):
    """README's figures: no warning on a correctly labelled story, and one on every
    story whose lang is removed on a hub whose default is the other language."""
    found = {}
    for path, lang, body in _stories():
        declared = ("en" if lang == "nl" else "nl") if removed else lang
        found[path] = reads_as(body, declared, ("nl", "en"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`fresh`; {len(found)} stories)" in " ".join(readme.split())  # the figure it states
    if removed:
        assert None not in found.values()
    else:
        assert set(found.values()) == {None}
