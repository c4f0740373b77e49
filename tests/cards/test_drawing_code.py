"""The code hash in every card's and photo variant's name covers what draws
them, and only that: an edit to the Pelican glue or the file helpers must not
rename and redraw every card and photo; an edit that can move a pixel must."""

from __future__ import annotations

import ast
import shutil

import pytest

from podium import fingerprint as fp
from podium_cards import plugin as cards
from podium_images import plugin as images
from podium_testkit import ROOT


@pytest.fixture
def code(tmp_path):
    """A copy of plugins/ to edit, and a fresh fingerprint cache for it."""
    copy = tmp_path / "plugins"
    shutil.copytree(ROOT / "plugins", copy, ignore=shutil.ignore_patterns("__pycache__"))
    fp._fingerprint.cache_clear()
    yield copy
    fp._fingerprint.cache_clear()


def _edit(path) -> None:
    path.write_text(path.read_text("utf-8") + "\nEDITED = 1\n", "utf-8")
    fp._fingerprint.cache_clear()


def _hashes(code) -> tuple[str, str]:
    return (
        cards.drawing_code(None, code / "podium_cards" / "render.py"),
        images.cleaning_code(None, code / "podium" / "photos.py"),
    )


@pytest.mark.parametrize(
    "module", ["podium_cards/plugin.py", "podium/paths.py", "podium_images/plugin.py"]
)
def test_an_edit_to_the_glue_keeps_every_card_and_photo(code, module):
    before = _hashes(code)
    _edit(code / module)
    assert _hashes(code) == before


@pytest.mark.parametrize(
    "module",
    [
        "podium_cards/render.py",
        "podium_cards/paint.py",
        "podium_cards/typeset.py",
        "podium_cards/textprep.py",
        "podium_cards/fonts.py",
        "podium_cards/layout.py",
        "podium_cards/portrait.py",
        "podium_cards/encode.py",
        "podium_cards/thaiwords.py",
        "podium/colors.py",
        "podium/photos.py",
    ],
)
def test_an_edit_to_the_drawing_code_renames_the_cards(code, module):
    before = cards.drawing_code(None, code / "podium_cards" / "render.py")
    _edit(code / module)
    assert cards.drawing_code(None, code / "podium_cards" / "render.py") != before


def test_an_edit_to_the_cleaning_code_renames_the_photos(code):
    before = images.cleaning_code(None, code / "podium" / "photos.py")
    _edit(code / "podium" / "photos.py")
    assert images.cleaning_code(None, code / "podium" / "photos.py") != before


@pytest.mark.parametrize("module", [*cards.NOT_DRAWING, *images.NOT_CLEANING])
def test_the_modules_left_out_cannot_draw(module):
    # They stay out of the hash only while no pixel can come from them: the day
    # one imports Pillow (or the drawing modules, other than to call them),
    # it must leave its list.
    tree = ast.parse((ROOT / "plugins" / module).read_text("utf-8"))
    imported = {
        name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for name in (
            [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
        )
    }
    assert not {n for n in imported if n.split(".")[0] == "PIL"}, imported
