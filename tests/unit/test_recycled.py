"""podium.recycled: what a build writing into an earlier output's folder keeps."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from podium.recycled import Recycled


def _tree(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


def test_only_what_the_build_wrote_is_left(tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "out"
    cache.mkdir()
    (out / "stories" / "kept").mkdir(parents=True)
    (out / "stories" / "gone" / "card").mkdir(parents=True)
    (out / "stories" / "kept" / "index.html").write_text("page", "utf-8")
    (out / "stories" / "same").mkdir()
    (out / "stories" / "same" / "index.html").write_text("same", "utf-8")
    (out / "stories" / "gone" / "index.html").write_text("withdrawn", "utf-8")
    (cache / "card.png").write_bytes(b"png")
    os.link(cache / "card.png", out / "stories" / "gone" / "card" / "card.png")
    os.link(cache / "card.png", out / "stories" / "kept" / "card.png")
    (out / "empty.txt").write_bytes(b"")
    (out / "link").symlink_to(cache / "card.png")

    recycled = Recycled(out)
    recycled.prepare()
    # Before the build: every hard link, symlink and empty file is gone.
    assert _tree(out) == [
        "stories", "stories/gone", "stories/gone/card", "stories/gone/index.html",
        "stories/kept", "stories/kept/index.html", "stories/same", "stories/same/index.html",
    ]  # fmt: skip
    # The cache removes the unused card: the withdrawn story's link would have
    # had its change time moved, and looked freshly written.
    (cache / "card.png").unlink()

    # The build: one page written anew, one with the very bytes it had, a card linked.
    (out / "stories" / "kept" / "index.html").write_text("page 2", "utf-8")
    (out / "stories" / "same" / "index.html").write_text("same", "utf-8")
    (cache / "new.png").write_bytes(b"png")
    os.link(cache / "new.png", out / "stories" / "kept" / "card.png")
    recycled.sweep()

    assert _tree(out) == [
        "stories", "stories/kept", "stories/kept/card.png", "stories/kept/index.html",
        "stories/same", "stories/same/index.html",
    ]  # fmt: skip
    assert (out / "stories" / "same" / "index.html").read_text("utf-8") == "same"


def test_a_file_copied_with_its_times_counts_as_written(tmp_path):
    """shutil.copy2 (Pelican's theme files) sets the source's modification time."""
    import shutil

    source, out = tmp_path / "style.css", tmp_path / "out"
    out.mkdir()
    source.write_text("a{}", "utf-8")
    shutil.copy2(source, out / "style.css")
    recycled = Recycled(out)
    recycled.prepare()
    shutil.copy2(source, out / "style.css")
    recycled.sweep()
    assert (out / "style.css").read_text("utf-8") == "a{}"


def test_the_sweep_runs_once(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.html").write_text("old", "utf-8")
    recycled = Recycled(out)
    recycled.prepare()
    recycled.sweep()
    (out / "old.html").write_text("written after the sweep", "utf-8")
    recycled.sweep()  # the index step and podium build call it again
    assert (out / "old.html").is_file()


def test_a_file_this_user_may_not_write_goes_before_the_build(tmp_path):
    """Written over in place, a read-only file (a deploy tool's chmod -R a-w) failed
    the build, where a new folder had nothing in the way."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("page", "utf-8")
    (out / "index.html").chmod(0o444)
    recycled = Recycled(out)
    recycled.prepare()
    assert not (out / "index.html").exists()


@pytest.mark.parametrize("folder", ["", "stories"])
def test_a_folder_this_user_may_not_write_is_no_folder_to_recycle(tmp_path, folder):
    """A read-only folder (chmod a-w on the folders, or the whole output) whose files
    this user may write passed the walk: a page new in it could not be written
    ("cannot write it: Permission denied", where a new folder had nothing in the
    way), and a page not written again could not be removed, a PermissionError out
    of the sweep. The walk refuses it, so the build sets it aside and writes a new
    folder (podium_cli.build._recycle). The tests run as root, whom no mode stops:
    the walk goes by the mode, as for a file."""
    out = tmp_path / "out"
    (out / "stories").mkdir(parents=True)
    (out / "stories" / "index.html").write_text("page", "utf-8")
    (out / folder).chmod(0o555)
    try:
        with pytest.raises(PermissionError):
            Recycled(out).prepare()
    finally:
        (out / folder).chmod(0o755)
