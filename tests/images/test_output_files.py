"""Where the images step writes: each folder resolved once, the policy unchanged."""

from __future__ import annotations

import os
import pathlib
from pathlib import Path

from podium import paths
from podium_cli.build import build
from podium_testkit import copy_site, give_photos


def _answer(ask, rel: str) -> str:
    try:
        return str(ask(rel))
    except paths.Refused as exc:
        return f"refused: {exc}"


def test_output_files_answers_as_output_file(tmp_path):
    out = tmp_path / "output"
    (out / "images" / "people").mkdir(parents=True)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    os.symlink(outside, out / "linked-folder")
    os.symlink(outside / "x.jpg", out / "images" / "people" / "out.jpg")
    os.symlink("a.jpg", out / "images" / "people" / "in.jpg")
    rels = [
        "a.jpg",
        "images/people/a-400.jpg",
        "images/people/new/b.webp",
        "images/./people/../c.jpg",
        "linked-folder/x.jpg",
        "images/people/out.jpg",
        "images/people/in.jpg",
        "../x.jpg",
        "/etc/passwd",
        "",
    ]
    slow = {rel: _answer(lambda r: paths.output_file(out, r), rel) for rel in rels}
    assert slow["linked-folder/x.jpg"].startswith("refused: would be written outside")
    assert slow["images/people/out.jpg"].startswith("refused: would be written outside")
    fast = paths.OutputFiles(out)
    assert {rel: _answer(fast, rel) for rel in rels} == slow
    assert {rel: _answer(fast, rel) for rel in rels} == slow  # asked again: the same
    assert (out / "images" / "people" / "new").is_dir()  # the file's folder is made


def test_published_photos_do_not_resolve_each_file_path(tmp_path, monkeypatch):
    # Each photo variant's path was resolved (every component looked at) and
    # its folder made again: 840 resolves and 420 mkdirs for 400 stories.
    site = copy_site(tmp_path)
    give_photos(site / "content", ["columns/ben-bakker.md", "columns/gina-alumni.md"])
    resolved: list[str] = []
    real_resolve = pathlib.Path.resolve

    def resolve(self, strict=False):
        resolved.append(str(self))
        return real_resolve(self, strict=strict)

    monkeypatch.setattr(pathlib.Path, "resolve", resolve)
    build(site / "pelicanconf.py", site / "output")
    published = list((site / "output" / "images").rglob("face-*"))
    assert len(published) >= 4  # two photos, each in widths and formats
    variants = [p for p in resolved if Path(p).suffix in (".jpg", ".webp") and "face-" in p]
    assert [p for p in variants if ".output" in p] == []
