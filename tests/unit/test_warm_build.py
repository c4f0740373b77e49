"""What the warm build saves must not change what it decides (issue 13).

The content-root policy resolves each folder once inside ``paths.resolving()``,
the reader takes the validate step's parse, and story URLs are worked out
once: each answer must be the one the slow way gives.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pelican.settings import read_settings

from podium import paths, pipeline
from podium import settings as podium_settings
from podium_read import reader as reader_mod
from podium_read.reader import StoryReader
from podium_read.site import read_site
from podium_testkit import copy_site, give_photos


def _tree(tmp_path: Path) -> tuple[Path, list[str]]:
    """A content folder with every kind of entry the policy rules on, and the names to ask."""
    outside = tmp_path / "outside"
    (outside / "dir").mkdir(parents=True)
    (outside / "secret.md").write_text("x")
    (outside / "dir" / "x.md").write_text("x")
    root = tmp_path / "content"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.md").write_text("a")
    (root / "sub" / "b.md").write_text("b")
    (root / "sub" / "deeper" / "c.md").write_text("c")
    os.symlink("sub/b.md", root / "inside-link.md")
    os.symlink(outside / "secret.md", root / "outside-link.md")
    os.symlink(outside / "dir", root / "dirlink")
    os.symlink("sub", root / "sublink")
    os.symlink("loop", root / "loop")
    os.symlink("dangling-target", root / "dangling.md")
    os.mkfifo(root / "sub" / "fifo.md")
    names = [
        "a.md",
        "sub/b.md",
        "sub/deeper/c.md",
        "sub/./deeper/../b.md",
        "inside-link.md",
        "outside-link.md",
        "dirlink/x.md",
        "sublink/b.md",
        "loop",
        "loop/x.md",
        "dangling.md",
        "sub/fifo.md",
        "sub",
        "missing.md",
        "sub/missing.md",
        "a.md/x.md",
        "../outside/secret.md",
        "/etc/passwd",
        str(root / "sub" / "b.md"),
        str(outside / "secret.md"),
    ]
    return root, names


def _answer(root: Path, name: str) -> str:
    try:
        return str(paths.content_file(root, name))
    except paths.Refused as exc:
        return f"refused: {exc}"


def test_content_file_answers_the_same_inside_a_resolving_scope(tmp_path):
    root, names = _tree(tmp_path)
    slow = {name: _answer(root, name) for name in names}
    # The cases really cover both sides of the policy.
    assert slow["a.md"] == str((root / "a.md").resolve())
    assert slow["inside-link.md"] == str((root / "sub" / "b.md").resolve())
    assert slow["outside-link.md"].startswith("refused: is a symlink that points outside")
    assert slow["dirlink/x.md"].startswith("refused: is a symlink that points outside")
    assert slow["loop"] == "refused: is a symlink loop"
    assert slow["sub/fifo.md"].startswith("refused: is a FIFO")
    with paths.resolving():
        first = {name: _answer(root, name) for name in names}
        again = {name: _answer(root, name) for name in reversed(names)}  # from the memo
    assert first == slow
    assert again == slow
    assert paths._folders is None  # the scope is closed: nothing is remembered across builds


def test_a_folder_changed_between_scopes_is_seen(tmp_path):
    root, _ = _tree(tmp_path)
    with paths.resolving():
        assert _answer(root, "sublink/b.md") == str((root / "sub" / "b.md").resolve())
    (root / "sublink").unlink()
    os.symlink(tmp_path / "outside", root / "sublink")
    (tmp_path / "outside" / "b.md").write_text("planted")
    with paths.resolving():
        assert _answer(root, "sublink/b.md").startswith("refused: is a symlink that points outside")


@pytest.fixture
def site_settings(tmp_path, monkeypatch):
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    settings = read_settings("pelicanconf.py")
    return site, settings


def test_the_reader_takes_the_sites_parse(site_settings, monkeypatch):
    site, settings = site_settings
    ps = podium_settings.get(settings)
    model = read_site(Path(settings["PATH"]), ps)
    settings[pipeline.SITE] = model
    story, source = model.parsed[0], model.sources[0]

    def no_second_parse(*args, **kwargs):
        raise AssertionError("the story was parsed again")

    monkeypatch.setattr(reader_mod, "parse_story", no_second_parse)
    html, metadata = StoryReader(settings).read(source)
    assert metadata["podium"] is story.story
    assert metadata["title"] == story.story.title


def test_the_reader_parses_when_the_site_model_does_not_fit(site_settings, monkeypatch):
    _site, settings = site_settings
    ps = podium_settings.get(settings)
    model = read_site(Path(settings["PATH"]), ps)
    settings[pipeline.SITE] = model
    calls = []
    real_parse = reader_mod.parse_story

    def spy(*args, **kwargs):
        calls.append(args[0])
        return real_parse(*args, **kwargs)

    monkeypatch.setattr(reader_mod, "parse_story", spy)
    # Another settings object (another build): the model is not this build's.
    other = dict(settings)
    other.pop(podium_settings.SETTINGS_KEY)
    html, metadata = StoryReader(other).read(model.sources[0])
    assert metadata["title"] == model.parsed[0].story.title
    # A file the model never read (not a story folder's file) is parsed now.
    extra = Path(model.sources[0]).with_name("late.md")
    extra.write_bytes(Path(model.sources[0]).read_bytes())
    StoryReader(settings).read(str(extra))
    assert calls == [Path(model.sources[0]), extra]


def test_a_reading_resolves_and_names_each_story_file_once(site_settings, monkeypatch):
    # The parse and prune_cache both resolved every story file and hashed its
    # cache entry's name; the photo check worked out the cache folder per photo.
    from podium_read import parse as parse_mod

    _site, settings = site_settings
    ps = podium_settings.get(settings)
    content = Path(settings["PATH"])
    give_photos(content, ["columns/ben-bakker.md", "columns/gina-alumni.md"])
    read_site(content, ps)  # the parse cache filled: the warm reading below
    resolved, roots = [], []
    real_content_file, real_cache_root = paths.content_file, parse_mod.cache_root

    def content_file(root, rel):
        resolved.append(str(rel))
        return real_content_file(root, rel)

    def cache_root(*args):
        roots.append(args)
        return real_cache_root(*args)

    monkeypatch.setattr(paths, "content_file", content_file)
    monkeypatch.setattr(parse_mod, "cache_root", cache_root)
    parse_mod._photo_memo.clear()  # a new build process: the photos are checked again
    model = read_site(content, ps)
    stories = [str(source) for source in model.sources]
    assert len(stories) > 3
    assert [s for s in stories if resolved.count(s) != 1] == []
    photos = {p.story.photo for p in model.parsed if p.story and p.story.photo}
    assert len(photos) > 1
    assert len(roots) <= 1


def test_a_story_edited_between_readings_is_read_again(site_settings):
    _site, settings = site_settings
    ps = podium_settings.get(settings)
    content = Path(settings["PATH"])
    model = read_site(content, ps)
    source = Path(model.sources[0])
    title = model.parsed[0].story.title
    text = source.read_text(encoding="utf-8")
    assert f"title: {title}\n" in text or f'title: "{title}"\n' in text
    source.write_text(text.replace(title, title + " (bijgewerkt)", 1), encoding="utf-8")
    again = read_site(content, ps)
    assert again.parsed[0].story.title == title + " (bijgewerkt)"


def test_a_photo_named_by_several_stories_is_resolved_once_per_reading(site_settings, monkeypatch):
    # A portrait is on every story of its author: its path was resolved for each.
    _site, settings = site_settings
    ps = podium_settings.get(settings)
    content = Path(settings["PATH"])
    give_photos(content, ["columns/ben-bakker.md"])
    other = content / "columns" / "gina-alumni.md"
    other.write_text(
        other.read_text(encoding="utf-8").replace("\n", "\nphoto: images/face-0.jpg\n", 1), "utf-8"
    )
    resolved = []
    real_content_file = paths.content_file

    def content_file(root, rel):
        resolved.append(str(rel))
        return real_content_file(root, rel)

    monkeypatch.setattr(paths, "content_file", content_file)
    model = read_site(content, ps)
    named = [p for p in model.parsed if p.story and p.story.photo == "images/face-0.jpg"]
    assert len(named) == 2
    assert resolved.count("images/face-0.jpg") == 1


def _counting_parents(monkeypatch) -> list[Path]:
    """Every path whose ``parents`` are asked for, from here on."""
    import pathlib

    asked: list[Path] = []
    real = pathlib.PurePath.parents

    def parents(self):
        asked.append(self)
        return real.fget(self)

    monkeypatch.setattr(pathlib.PurePath, "parents", property(parents))
    return asked


def test_a_clean_tree_is_read_without_walking_each_paths_parents(site_settings, monkeypatch):
    # Whether a file lies in a folder the policy reported was asked by walking
    # its parents, for every file of the tree and every story, with nothing
    # reported: 1,000 walks per 400 stories, 4% of a warm build profiled.
    from podium_read import site as site_mod

    _site, settings = site_settings
    ps = podium_settings.get(settings)
    content = Path(settings["PATH"])
    read_site(content, ps)  # the parse cache filled: the warm reading below
    asked = _counting_parents(monkeypatch)
    bad = site_mod.tree_issues(content, ps.attachments, ps.static_paths).bad
    files = site_mod.story_files(content, bad)
    assert bad == set() and len(files) > 3
    assert asked == []


def test_a_reported_folder_still_hides_what_is_in_it(site_settings, monkeypatch):
    from podium_read import site as site_mod

    _site, settings = site_settings
    ps = podium_settings.get(settings)
    content = Path(settings["PATH"])
    outside = content.parent / "outside"
    outside.mkdir()
    (outside / "x.md").write_text("---\ntitle: X\n---\n", encoding="utf-8")
    os.symlink(outside, content / "columns" / "elsewhere")
    asked = _counting_parents(monkeypatch)
    bad = site_mod.tree_issues(content, ps.attachments, ps.static_paths).bad
    files = site_mod.story_files(content, bad)
    assert bad == {content / "columns" / "elsewhere"}
    assert not [f for f in files if "elsewhere" in f.parts]
    assert asked  # with an entry reported, each path is still checked against it
