"""Files exactly as the browser editor (Decap CMS 3) saves them are valid stories.

Decap writes front matter with the `yaml` npm package: every field of the
form in the configuration's order, plain scalars where YAML 1.2 allows them,
``""`` for an optional field that was filled in and cleared again (a date's
"Wissen" button, a removed photo, an emptied URL name) and ``null`` for a
cleared choice. The texts below are that output, written out by hand.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from podium.settings import PodiumSettings
from podium_read import parse_story
from podium_read.body import split_questions

SETTINGS = PodiumSettings(today=dt.date(2026, 6, 1), teams={"engineering": {"nl": "Techniek"}})

# Every optional field of the form touched and cleared.
CLEARED = """---
title: Mijn eerste week
date: 2026-05-01
author: Joost Hart
role: Planner
consent:
  given: 2026-04-20
  until: ""
  social: true
lang: nl
slug: ""
summary: ""
quote: ""
photo: ""
team: null
location: ""
interviewer: ""
themes: []
status: published
left: ""
featured: false
share_prompts: []
updated: ""
---
## Wat doe je?

Ik plan de ritten van onze monteurs, zodat iedereen op tijd bij de klant is.
"""
# The same story as `podium new` would leave it: the optional fields left out.
LEFT_OUT = """---
title: Mijn eerste week
date: 2026-05-01
author: Joost Hart
role: Planner
consent:
  given: 2026-04-20
  social: true
lang: nl
---
## Wat doe je?

Ik plan de ritten van onze monteurs, zodat iedereen op tijd bij de klant is.
"""


def _parse(tmp_path: Path, text: str, name: str = "mijn-eerste-week.md"):
    folder = tmp_path / "content" / "interviews"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return parse_story(folder / name, tmp_path / "content", SETTINGS)


def _meaning(story):
    return dataclasses.replace(story, lines={})


def test_cleared_optional_fields_mean_not_set(tmp_path):
    cleared = _parse(tmp_path / "a", CLEARED)
    assert [i.format() for i in cleared.errors] == []
    left_out = _parse(tmp_path / "b", LEFT_OUT)
    assert left_out.errors == []
    story = cleared.story
    assert (story.slug, story.photo, story.consent.until, story.left, story.updated) == (
        "mijn-eerste-week", None, None, None, None,
    )  # fmt: skip
    assert _meaning(story) == dataclasses.replace(_meaning(left_out.story), path=story.path)
    assert story.publication(SETTINGS) == "published"


def test_a_cleared_required_field_is_still_refused(tmp_path):
    for field, old in (("title", "Mijn eerste week"), ("given", "2026-04-20")):
        parsed = _parse(tmp_path / field, CLEARED.replace(f"{field}: {old}", f'{field}: ""'))
        assert len(parsed.errors) == 1, [i.format() for i in parsed.errors]
        assert field in parsed.errors[0].message


def test_a_translation_of_a_story_whose_file_name_is_no_slug_is_its_translation(tmp_path):
    """The editor names files from titles in Unicode ("’s Ochtends koffie" gives
    ’s-ochtends-koffie.md), and writes the picked original's file name as a
    translation's slug: both become the same slug. So for a file name of no
    letters or digits, written in git (🦄🎉.md is the slug "story"): its
    translation's "slug: 🦄🎉" was refused ("no letters or digits")."""
    for name, title in (("’s-ochtends-koffie.md", "’s Ochtends koffie"), ("咖啡.md", "咖啡"),
                        ("🦄🎉.md", "Hoera")):  # fmt: skip
        original = _parse(tmp_path, LEFT_OUT.replace("Mijn eerste week", title), name)
        stem = name.removesuffix(".md")
        english = LEFT_OUT.replace("lang: nl", f"lang: en\nslug: {stem}")
        translation = _parse(tmp_path, english, f"{stem}-en.en.md")
        assert original.errors == [] and translation.errors == [], translation.errors
        assert original.story.slug == translation.story.slug
        assert original.story.slug in ("s-ochtends-koffie", "ka-pei", "story")


def test_a_slug_field_is_made_a_slug_like_a_file_name(tmp_path):
    parsed = _parse(tmp_path, LEFT_OUT.replace("lang: nl", "lang: nl\nslug: Mijn Verhaal"))
    assert parsed.errors == [] and parsed.story.slug == "mijn-verhaal"


def test_a_line_break_as_the_editor_writes_it_is_a_line_break(tmp_path):
    """Decap saves a line break (Shift+Enter, or two trailing spaces it saves
    again) as a backslash at the end of the line, CommonMark's hard break, and
    its preview shows a break. Python-Markdown printed the backslash instead and
    ran the lines together: "Hoofdstraat 1\\ Zwolle" on the page."""
    text = LEFT_OUT.replace(
        "Ik plan de ritten",
        "Ons adres:\\\nHoofdstraat 1\\\nZwolle\n\nEen pad `C:\\temp\\\nx` in code, "
        "en een echte \\\\\naan het eind.\n\nIk plan de ritten",
    )
    parsed = _parse(tmp_path, text)
    assert parsed.errors == [], [i.format() for i in parsed.errors]
    answer = str(parsed.body.qa[0].answer)
    assert "Ons adres:<br>\nHoofdstraat 1<br>\nZwolle</p>" in answer, answer
    assert "<code>C:\\temp\\\nx</code>" in answer  # code is left as written
    assert "een echte \\\naan het eind" in answer  # an escaped backslash stays one


def test_a_translation_of_an_original_with_a_language_suffix_is_its_translation(tmp_path):
    """An original saved as ``dag-op-zee.nl.md`` (a name Hugo and Decap's own
    i18n give, and one Podium reads as the Dutch "dag-op-zee") is listed by the
    editor as "dag-op-zee.nl", and picking it in "Vertaling van" wrote
    ``slug: dag-op-zee.nl``: the slug "dag-op-zee-nl", an English story of its
    own, not the translation, without a word from `podium check`."""
    original = _parse(tmp_path, LEFT_OUT, "dag-op-zee.nl.md")
    english = LEFT_OUT.replace("lang: nl", "lang: en\nslug: dag-op-zee.nl")
    translation = _parse(tmp_path, english, "a-day-at-sea.en.md")
    assert original.errors == [] and translation.errors == [], translation.errors
    assert original.story.slug == translation.story.slug == "dag-op-zee"
    # A dot before something that is no language of the hub stays part of the name.
    other = _parse(tmp_path, LEFT_OUT.replace("lang: nl", "lang: nl\nslug: versie-2.0"))
    assert other.story.slug == "versie-2-0"


def test_an_escaped_angle_bracket_as_the_editor_writes_it_is_text(tmp_path):
    """The editor writes a "<" typed in its rich text as CommonMark's "\\<"
    (theme/static/js/admin.js). Python-Markdown printed the backslash and took
    "<b> c" for a tag: the rest of the paragraph in bold."""
    text = LEFT_OUT.replace("Ik plan de ritten", "De tag \\<main> en a \\<b> c, x \\< y. Ik plan")
    parsed = _parse(tmp_path, text)
    assert parsed.errors == [], [i.format() for i in parsed.errors]
    answer = str(parsed.body.qa[0].answer)
    assert "De tag &lt;main&gt; en a &lt;b&gt; c, x &lt; y. Ik plan" in answer, answer


def test_the_tildes_and_equals_signs_the_editor_escapes_are_text(tmp_path):
    """Decap escapes two tildes in one run of text and a leading "=" (its
    remarkEscapeMarkdownEntities.js): "ongeveer ~30 tot ~40 uur" was saved as
    "\\~30 tot \\~40" and the page showed the backslashes."""
    typed = "Ik werk ongeveer \\~30 tot \\~40 uur, 2\\~3 graden.\n\n\\= gelijk. Ik plan"
    parsed = _parse(tmp_path, LEFT_OUT.replace("Ik plan de ritten", typed))
    assert parsed.errors == [], [i.format() for i in parsed.errors]
    answer = str(parsed.body.qa[0].answer)
    assert "ongeveer ~30 tot ~40 uur, 2~3 graden." in answer, answer
    assert "<p>= gelijk. Ik plan" in answer and "\\" not in answer, answer
    # Struck-through text (the editor's "Doorhalen") is still struck through.
    struck = _parse(tmp_path, LEFT_OUT.replace("Ik plan de ritten", "Ik ~~plan~~ rijd"), "b.md")
    assert "<del>plan</del>" in str(struck.body.qa[0].answer)


SPLIT_CASES = [
    "Intro.\n\n## Wat doe je?\n\nIk werk.\n",
    "Intro.\n\nWat doe je precies?\n-------------------\n\nIk bouw software.\n\n"
    "## Wat was lastig?\n\nDe eerste maand.\n\nEen regel\nen nog een\n---\n\nDan.",
    "Vraag?\n---\nA\n\n```\nNiet?\n---\n```\n",
    "Intro\n\n---\n---\n\nx\n\n    code\n    ---\n",
]


def test_the_editor_finds_an_interviews_questions_as_the_build_does():
    """The editor checks an interview's questions before it saves (a copy
    of split_questions in theme/static/js/admin.js): where the two differ,
    the editor saves what `podium check` refuses, or refuses what it takes
    (questions underlined with dashes, as pandoc writes a Word interview)."""
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        pytest.skip("node is not installed")
    admin = (Path(__file__).parents[2] / "theme/static/js/admin.js").read_text(encoding="utf-8")
    block = re.search(r"    var H2 = .*?\n      return pairs;\n    };", admin, re.S).group(0)
    script = block + "\nconsole.log(JSON.stringify(JSON.parse(process.argv[1]).map(questions)));"
    ran = subprocess.run([node, "-e", script, json.dumps(SPLIT_CASES)], capture_output=True,
                         text=True, check=True)  # fmt: skip
    in_editor = [[p["question"] for p in pairs] for pairs in json.loads(ran.stdout)]
    assert in_editor == [[q for q, _a, _n in split_questions(c)[1]] for c in SPLIT_CASES]


@pytest.mark.parametrize("name", ["aux.md", "Aux.en.md", "com1.md"])
def test_a_file_named_for_a_windows_device_is_refused_with_a_url_name_too(tmp_path, name):
    # The editor named a story titled "Aux" aux.md; with a URL name of its own
    # (slug: aux-1) check passed it, yet no Windows computer can check such a
    # file out (Git for Windows refuses the path) or build the hub from it.
    text = CLEARED.replace('slug: ""', "slug: aux-1")
    if ".en." in name:
        text = text.replace("lang: nl", "lang: en")
    parsed = _parse(tmp_path, text, name)
    lines = [i.format() for i in parsed.errors]
    stem = name.split(".")[0].lower()
    assert lines == [
        f'content/interviews/{name}:2: error: the file name "{name}" is "{stem}" before its '
        "first dot, a name Windows keeps for a device: a Windows computer cannot check it out "
        f'or build it; rename the file, like {stem}-1{name[len(stem) :]} (the field "slug" '
        "keeps its URL)"
    ]


@pytest.mark.parametrize("alias", ["con", "Nul", "/stories/aux/"])
def test_an_old_url_name_windows_keeps_for_a_device_is_refused(tmp_path, alias):
    # Its redirect page is a folder of that name (stories/con/), which the
    # build on a Windows computer cannot write; check passed it.
    text = CLEARED.replace('slug: ""', f'slug: ""\naliases:\n  - "{alias}"')
    lines = [i.format() for i in _parse(tmp_path, text).errors]
    made = alias.strip("/").rsplit("/", 1)[-1].lower()
    assert lines == [
        f'content/interviews/mijn-eerste-week.md:13: error: "{alias}" in "aliases" makes the '
        f'slug "{made}", a name Windows keeps for a device: the redirect page at that old URL '
        "cannot be written on a Windows computer (podium build, podium serve); remove it"
    ]
