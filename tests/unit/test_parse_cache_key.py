"""The parse cache's key follows the parser's imports: changing any module it uses
(markup.py here, once missing from a hand-kept list) makes the cache miss."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from podium.fingerprint import project_sources

ROOT = Path(__file__).resolve().parents[2]

STORY = """---
title: Koppen in een column
date: 2026-04-10
author: Test Persoon
role: Tester
consent: {given: 2026-04-01}
---

Een eerste alinea van deze column.

### Een kop

Nog een alinea onder de kop.
"""

# Parses the story with the disk cache, reporting whether the parser ran.
SCRIPT = """
import json, sys
from pathlib import Path
import podium_read.parse as parse
from podium.settings import PodiumSettings

ran = []
real = parse._parse
parse._parse = lambda *args: (ran.append(1), real(*args))[1]
content = Path(sys.argv[1])
settings = PodiumSettings.from_pelican({"PODIUM_TODAY": "2026-06-01"})
parsed = parse.parse_story(content / "columns" / "koppen.md", content, settings)
print(json.dumps({"parsed": len(ran), "html": parsed.body.html}))
"""


def test_markup_is_part_of_the_parsers_code():
    modules, _ = project_sources(ROOT / "plugins" / "podium_read" / "parse.py")
    names = {m.relative_to(ROOT / "plugins").as_posix() for m in modules}
    assert {"podium/markup.py", "podium_read/body.py", "podium/yamlio.py"} <= names
    assert "podium_render/hub.py" not in names  # only what the parser imports


def test_the_parsers_code_is_what_a_parse_runs():
    """The Pelican glue (podium_read/__init__) imports the site reader, and it
    the vacancy library: followed through it, the parse cache's hash covered
    every feed adapter, so an edit to one parsed every story again."""
    modules, _ = project_sources(ROOT / "plugins" / "podium_read" / "parse.py", package_inits=False)
    names = {m.relative_to(ROOT / "plugins").as_posix() for m in modules}
    assert {"podium/markup.py", "podium_read/body.py", "podium_read/schema.py"} <= names
    assert not {n for n in names if n.startswith("podium_vacancies/")}
    assert not {"podium_read/__init__.py", "podium_read/site.py"} & names


def _parser_copy(tmp_path, story: str = STORY):
    """A copy of plugins/ to edit, and a function that parses ``story`` with it in a
    new process (the disk cache only), saying whether the parser ran."""
    plugins = tmp_path / "plugins"
    shutil.copytree(ROOT / "plugins", plugins, ignore=shutil.ignore_patterns("__pycache__"))
    content = tmp_path / "site" / "content"
    (content / "columns").mkdir(parents=True)
    (content / "columns" / "koppen.md").write_text(story, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(plugins)}
    env.pop("PODIUM_TODAY", None)

    def parse() -> dict:
        run = [sys.executable, "-c", SCRIPT, str(content)]
        proc = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
        return json.loads(proc.stdout)

    return plugins, parse


def test_changing_the_vacancy_library_reuses_the_parses(tmp_path):
    plugins, parse = _parser_copy(tmp_path)
    assert parse()["parsed"] == 1
    load = plugins / "podium_vacancies" / "load.py"
    load.write_text(load.read_text(encoding="utf-8") + "\nEDITED = True\n", encoding="utf-8")
    assert parse()["parsed"] == 0, "no parse runs the vacancy library"


def test_changing_markup_makes_the_parse_cache_miss(tmp_path):
    plugins, parse = _parser_copy(tmp_path)
    first = parse()
    assert first["parsed"] == 1 and "<h2" in first["html"]
    again = parse()
    assert again == {"parsed": 0, "html": first["html"]}  # a cache hit
    markup = plugins / "podium" / "markup.py"
    text = markup.read_text(encoding="utf-8")
    changed = text.replace("if stack else top\n", "if stack else top + 1\n")
    assert changed != text
    markup.write_text(changed, encoding="utf-8")
    after = parse()
    assert after["parsed"] == 1, "a changed markup.py must not reuse old parses"
    assert "<h3" in after["html"] and "<h2" not in after["html"]


def test_changing_the_ui_strings_makes_the_parse_cache_miss(tmp_path):
    """A story's table is named from strings.yml ("Tabel"): a new wording must
    not wait for the story to change."""
    story = STORY + "\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    plugins, parse = _parser_copy(tmp_path, story)
    first = parse()
    assert first["parsed"] == 1 and 'aria-label="Tabel"' in first["html"]
    assert parse()["parsed"] == 0  # a cache hit
    strings = plugins / "podium" / "strings.yml"
    text = strings.read_text(encoding="utf-8")
    strings.write_text(text.replace('{nl: "Tabel", ', '{nl: "Overzicht", '), encoding="utf-8")
    after = parse()
    assert after["parsed"] == 1 and 'aria-label="Overzicht"' in after["html"]


def test_changing_the_prompts_of_podium_new_makes_the_parse_cache_miss(tmp_path):
    """A column's first-person check leaves the prompts of podium new out
    (prompts.yml): a new prompt kept the old warnings until the story changed."""
    plugins, parse = _parser_copy(tmp_path)
    assert parse()["parsed"] == 1
    assert parse()["parsed"] == 0  # a cache hit
    prompts = plugins / "podium" / "prompts.yml"
    prompts.write_text(prompts.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert parse()["parsed"] == 1


def test_a_new_day_reuses_yesterdays_parses(tmp_path, monkeypatch):
    """The key held the whole settings' repr, today's date with it, which no
    parse reads (whether a story is scheduled or its consent ended is asked of
    the parse later, Story.publication): every nightly build parsed every
    story again, the parse cache restored for nothing."""
    import podium_read.parse as parse
    from podium.settings import PodiumSettings

    content = tmp_path / "site" / "content"
    (content / "columns").mkdir(parents=True)
    story = content / "columns" / "koppen.md"
    story.write_text(STORY, encoding="utf-8")
    ran = []
    real = parse._parse
    monkeypatch.setattr(parse, "_parse", lambda *args: (ran.append(1), real(*args))[1])
    monkeypatch.setattr(parse, "_memo", {})  # the disk cache, not this process's memo
    before = PodiumSettings.from_pelican({"PODIUM_TODAY": "2026-06-01"})
    first = parse.parse_story(story, content, before)
    monkeypatch.setattr(parse, "_memo", {})
    after = PodiumSettings.from_pelican({"PODIUM_TODAY": "2026-06-02"})
    again = parse.parse_story(story, content, after)
    assert len(ran) == 1, "a new day must not parse unchanged stories again"
    assert again.body.html == first.body.html
    # What does depend on the day is asked of the parse with that day's settings.
    assert again.story.publication(after) == "published"
    scheduled = STORY.replace("date: 2026-04-10", "date: 2026-06-03")
    story.write_text(scheduled, encoding="utf-8")
    assert parse.parse_story(story, content, after).story.publication(after) == "scheduled"


def test_the_reports_recent_window_reuses_the_parses(tmp_path, monkeypatch):
    """PODIUM_REPORT_RECENT_DAYS is read by `podium report` only: changing it
    must not make the next build parse every story again."""
    import podium_read.parse as parse
    from podium.settings import PodiumSettings

    content = tmp_path / "site" / "content"
    (content / "columns").mkdir(parents=True)
    story = content / "columns" / "koppen.md"
    story.write_text(STORY, encoding="utf-8")
    ran = []
    real = parse._parse
    monkeypatch.setattr(parse, "_parse", lambda *args: (ran.append(1), real(*args))[1])
    monkeypatch.setattr(parse, "_memo", {})
    parse.parse_story(story, content, PodiumSettings.from_pelican({"PODIUM_TODAY": "2026-06-01"}))
    monkeypatch.setattr(parse, "_memo", {})
    other = PodiumSettings.from_pelican(
        {"PODIUM_TODAY": "2026-06-01", "PODIUM_REPORT_RECENT_DAYS": 30}
    )
    assert other.report_recent_days == 30
    parse.parse_story(story, content, other)
    assert len(ran) == 1, "a report setting must not parse unchanged stories again"


def _parses_with(tmp_path, monkeypatch, *settings_given: dict) -> int:
    """How often the story was parsed, once with each of the settings (disk cache only)."""
    import podium_read.parse as parse
    from podium.settings import PodiumSettings

    content = tmp_path / "site" / "content"
    (content / "columns").mkdir(parents=True)
    story = content / "columns" / "koppen.md"
    story.write_text(STORY, encoding="utf-8")
    ran = []
    real = parse._parse
    monkeypatch.setattr(parse, "_parse", lambda *args: (ran.append(1), real(*args))[1])
    for given in settings_given:
        monkeypatch.setattr(parse, "_memo", {})  # the disk cache, not this process's memo
        settings = PodiumSettings.from_pelican({"PODIUM_TODAY": "2026-06-01", **given})
        parse.parse_story(story, content, settings)
    return len(ran)


def test_a_new_brand_colour_reuses_the_parses(tmp_path, monkeypatch):
    """The key held the whole settings' repr: a new brand colour (or UTM, ping or
    og_locale setting) parsed every story again, though no parse reads it."""
    brand = {"name": "Zeewind", "color": "#0b5d4b"}
    again = {"name": "Zeewind", "color": "#8a2be2", "accent": "#ffcc00"}
    assert (
        _parses_with(tmp_path, monkeypatch, {"PODIUM_BRAND": brand}, {"PODIUM_BRAND": again}) == 1
    ), "a brand colour must not parse unchanged stories again"


def test_a_setting_the_parse_reads_still_makes_the_cache_miss(tmp_path, monkeypatch):
    teams = {"PODIUM_TEAMS": {"support": "Support"}}
    assert _parses_with(tmp_path, monkeypatch, {}, teams) == 2
    hosts = {"PODIUM_IFRAME_HOSTS": ["player.example.com"]}
    assert _parses_with(tmp_path / "b", monkeypatch, {}, hosts) == 2


def test_the_key_holds_every_setting_a_parse_reads(tmp_path):
    """PARSE_READS is the key: a parse that reads another setting would reuse a
    parse made with another value of it. Each story of the test site is parsed,
    and its cached entry checked, with settings that note what is read."""
    import inspect
    import types

    import podium_read.parse as parse
    from podium import settings as podium_settings
    from podium_cli.build import load_settings
    from podium_testkit import copy_site

    site = copy_site(tmp_path)
    pelican = load_settings(site / "pelicanconf.py")
    real = podium_settings.get(pelican)
    content = Path(pelican["PATH"])
    read: set[str] = set()

    class Noting:
        def __getattr__(self, name):
            method = getattr(type(real), name, None)
            if inspect.isfunction(method):
                # A method (team_problem) is no setting: what it reads is noted.
                return types.MethodType(method, self)
            read.add(name)
            return getattr(real, name)

    stories = sorted(content.glob("*/*.md"))
    assert len(stories) > 5
    for story in stories:
        parsed = parse._parse(story, content, Noting())
        parse._plausible(parsed, Noting())
    assert {"teams", "languages", "iframe_hosts"} <= read
    assert read <= set(parse.PARSE_READS), read - set(parse.PARSE_READS)


def test_the_cache_keeps_a_moment_in_the_hour_a_dst_change_repeats():
    # 2026-10-25T02:30+01:00 is the second 02:30 in Amsterdam (fold 1): stored
    # as its wall-clock time alone it came back as the first, an hour earlier.
    import datetime as dt
    from zoneinfo import ZoneInfo

    from podium_read.codec import decode, encode

    zone = ZoneInfo("Europe/Amsterdam")
    for offset in ("+01:00", "+02:00"):
        moment = dt.datetime.fromisoformat(f"2026-10-25T02:30{offset}").astimezone(zone)
        again = decode(encode(moment))
        assert again == moment and again.utcoffset() == moment.utcoffset()
        assert again.tzinfo is zone


def test_a_story_replaced_with_the_same_size_and_mtime_is_parsed_anew(tmp_path, monkeypatch):
    """podium serve rebuilds in one process, whose memo was keyed on the path,
    the modification time and the size: a story replaced under its name by one
    of the same size and time (cp -p, rsync -t, git checkout of an older copy
    touched back) kept its old text on the page."""
    import podium_read.parse as parse
    from podium.settings import PodiumSettings

    content = tmp_path / "site" / "content"
    (content / "columns").mkdir(parents=True)
    story = content / "columns" / "koppen.md"
    story.write_text(STORY, encoding="utf-8")
    monkeypatch.setattr(parse, "_memo", {})
    settings = PodiumSettings.from_pelican({"PODIUM_TODAY": "2026-06-01"})
    assert "eerste alinea" in parse.parse_story(story, content, settings).body.html
    before = story.stat()
    replacement = tmp_path / "koppen.md"
    replacement.write_text(STORY.replace("eerste", "andere"), encoding="utf-8")
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(replacement, story)
    after = story.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert "andere alinea" in parse.parse_story(story, content, settings).body.html


def test_the_cache_folder_and_key_start_are_worked_out_once_per_reading(tmp_path, monkeypatch):
    """Each story worked out the cache folder (a symlink check, paths), the real
    content folder and the hash of the parser's code again: 1,000 times in a
    build of 1,000 stories. Once per reading of the tree now, and an edited
    story between two readings is still parsed anew."""
    import podium_read.parse as parse
    from podium import paths
    from podium.settings import PodiumSettings

    content = tmp_path / "site" / "content"
    (content / "columns").mkdir(parents=True)
    stories = [content / "columns" / f"koppen-{n}.md" for n in range(3)]
    for story in stories:
        story.write_text(STORY, encoding="utf-8")
    asked = []
    real = parse.cache_root
    monkeypatch.setattr(parse, "cache_root", lambda *args: (asked.append(1), real(*args))[1])
    settings = PodiumSettings.from_pelican({"PODIUM_TODAY": "2026-06-01"})

    def read() -> list[str]:
        monkeypatch.setattr(parse, "_memo", {})  # the disk cache, not this process's memo
        with paths.resolving():
            return [parse.parse_story(s, content, settings).body.html for s in stories]

    first = read()
    assert len(asked) == 1
    stories[1].write_text(STORY.replace("eerste", "andere"), encoding="utf-8")
    second = read()
    assert len(asked) == 2
    assert second[0] == second[2] == first[0] and "andere alinea" in second[1]


def test_the_plain_values_of_a_cache_entry_are_taken_as_they_are(monkeypatch):
    """Decoding called itself once per value, each string and number of the story
    included: 80,000 calls to read the parses of 1,000 stories. Only tagged values
    (a tuple, a list, a dict, a class) are decoded by a call now, and whatever the
    strict decoding refused it still refuses."""
    import pytest

    from podium_read import codec

    calls = []
    real = codec.decode
    monkeypatch.setattr(codec, "decode", lambda data: (calls.append(1), real(data))[1])
    value = ("een", 1, None, True, ["twee", {"drie": "vier", "vijf": 5}])
    assert codec.loads(codec.dumps(value)) == value
    assert len(calls) == 3  # the tuple, the list and the dict
    for hostile in (b"[1]", b"1.5", b'{"T": [1.5]}', b'{"T": [[1]]}', b'{"D": {"a": [1]}}'):
        with pytest.raises(ValueError):
            codec.loads(hostile)
