"""Photo checks persist in .podium-cache/ as JSON: a warm build decodes no photo."""

from __future__ import annotations

import json

import pytest
from PIL import Image

import podium.photo_checks as checks
from podium.photo_checks import inspect_photo_cached
from podium_cli.build import build


@pytest.fixture
def counted(monkeypatch):
    calls: list[str] = []
    real = checks.inspect_photo

    def counting(path, data=None):
        calls.append(str(path))
        return real(path, data)

    monkeypatch.setattr(checks, "inspect_photo", counting)
    return calls


def test_a_verdict_is_stored_as_json_and_reused(tmp_path, counted):
    photo, broken, cache = tmp_path / "a.jpg", tmp_path / "b.jpg", tmp_path / "cache"
    Image.new("RGB", (64, 64), (200, 30, 30)).save(photo)
    broken.write_bytes(photo.read_bytes()[:200])
    assert inspect_photo_cached(photo, cache) is None
    problem = inspect_photo_cached(broken, cache)
    assert problem and "truncated" in problem
    assert len(counted) == 2
    # Asked again (as by the next build): answered from the cache, nothing decoded.
    assert inspect_photo_cached(photo, cache) is None
    assert inspect_photo_cached(broken, cache) == problem
    assert len(counted) == 2
    entries = sorted((cache / checks.FOLDER).rglob("*.json"))
    assert len(entries) == 2
    assert {json.loads(e.read_text())["problem"] for e in entries} == {None, problem}
    # New bytes under the same name are checked again.
    Image.new("RGB", (32, 32), (0, 0, 200)).save(broken, "JPEG")
    assert inspect_photo_cached(broken, cache) is None
    assert len(counted) == 3


def test_a_damaged_entry_is_checked_again(tmp_path, counted):
    photo, cache = tmp_path / "a.png", tmp_path / "cache"
    Image.new("RGB", (8, 8)).save(photo)
    inspect_photo_cached(photo, cache)
    for entry in (cache / checks.FOLDER).rglob("*.json"):
        entry.write_text("{not json")
    assert inspect_photo_cached(photo, cache) is None
    assert len(counted) == 2


def test_a_warm_build_decodes_no_photo(site, monkeypatch, counted):
    import podium_read.parse as parse

    (site / "content" / "images").mkdir()
    Image.new("RGB", (600, 800), (30, 90, 160)).save(site / "content" / "images" / "anna.jpg")
    story = site / "content" / "interviews" / "anna-de-boer.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(
        text.replace("author: Anna de Boer\n", "author: Anna de Boer\nphoto: images/anna.jpg\n", 1),
        "utf-8",
    )
    monkeypatch.chdir(site)
    build(site / "pelicanconf.py", site / "output")
    assert len(counted) == 1
    # A new process would start without the in-memory memo: so does this build.
    parse._photo_memo.clear()
    opened: list[str] = []
    real_open = Image.open

    def spy(fp, *args, **kwargs):
        opened.append(str(fp))
        return real_open(fp, *args, **kwargs)

    monkeypatch.setattr(Image, "open", spy)
    build(site / "pelicanconf.py", site / "output")
    assert len(counted) == 1, "the photo was checked again"
    assert not [p for p in opened if "anna.jpg" in p], opened
