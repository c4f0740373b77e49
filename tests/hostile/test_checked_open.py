"""A content file is read from the file that was checked, whatever changes in between.

``paths.content_file`` checks a path (inside content/, a regular file, no link
out), and the caller then opens it: a folder swapped for a symlink in between,
or the file for a hard link to one outside content/, had the build read a file
of the machine as the checked one (a local user sharing the checkout can do it
while a build runs). The open walks down from content/ one folder at a time,
following no link, and checks the file's names on the open descriptor.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from podium import checked, paths

SECRET = b"PODIUM-CANARY outside content/\n"


@pytest.fixture
def tree(tmp_path) -> tuple[Path, Path]:
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True)
    (content / "images" / "team.jpg").write_bytes(b"the checked file\n")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "team.jpg").write_bytes(SECRET)
    return content, outside


@pytest.mark.parametrize("scoped", [False, True], ids=["alone", "in_a_reading_scope"])
def test_a_folder_swapped_for_a_link_after_the_check_is_not_read_through(tree, scoped):
    content, outside = tree
    with paths.resolving() if scoped else contextlib.nullcontext():
        if scoped:  # the scope has resolved the folder already
            (content / "images" / "first.jpg").write_bytes(b"x")
            checked.content_file(content, "images/first.jpg")
        story_photo = checked.content_file(content, "images/team.jpg")
        os.rename(content / "images", content / "images.old")
        (content / "images").symlink_to(outside)
        with pytest.raises(paths.Refused, match="changed while the build ran"):
            checked.read_bounded(story_photo, 1000)
        if scoped:  # and checked again within the scope: still not read through
            with pytest.raises(paths.Refused):
                checked.read_content(content, "images/team.jpg", 1000)


def test_a_file_swapped_for_a_hard_link_to_one_outside_after_the_check_is_refused(tree):
    content, outside = tree
    story_photo = checked.content_file(content, "images/team.jpg")
    os.unlink(story_photo)
    os.link(outside / "team.jpg", story_photo)
    with pytest.raises(paths.Refused, match="is a hard link"):
        checked.read_bounded(story_photo, 1000)


def test_a_checked_file_left_as_it_is_reads(tree):
    content, _outside = tree
    os.link(content / "images" / "team.jpg", content / "images" / "team-too.jpg")
    assert checked.read_content(content, "images/team.jpg", 1000) == b"the checked file\n"
    with paths.resolving():
        assert checked.read_content(content, "images/team-too.jpg", 1000) == b"the checked file\n"
