"""The code hash in every card's and photo variant's name covers what draws
them, and only that: an edit to the Pelican glue (or, for photos, the file
helpers) must not rename and redraw every card and photo; an edit that can
move a pixel must."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys

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


# Imports podium_cards.render as a build does, but with the package's __init__
# (which runs the Pelican glue first) replaced by an empty package: what is
# left is what the renderer itself imports. Functions' own imports are not
# run, so this is a floor of the hash's modules, found apart from its walk.
RENDERER_IMPORTS = """
import sys, types
plugins = sys.argv[1]
sys.path.insert(0, plugins)
package = types.ModuleType("podium_cards")
package.__path__ = [plugins + "/podium_cards"]
sys.modules["podium_cards"] = package
import podium_cards.render
for module in list(sys.modules.values()):
    name = getattr(module, "__file__", None) or ""
    if name.startswith(plugins + "/") and not name.endswith("/__init__.py"):
        print(name[len(plugins) + 1 :])
"""


def renderer_imports() -> list[str]:
    ran = subprocess.run(
        [sys.executable, "-c", RENDERER_IMPORTS, str(ROOT / "plugins")],
        capture_output=True,
        text=True,
        check=True,
    )
    return sorted(ran.stdout.split())


@pytest.mark.parametrize(
    "module", ["podium_cards/plugin.py", "podium_cards/__init__.py", "podium_images/plugin.py"]
)
def test_an_edit_to_the_glue_keeps_every_card_and_photo(code, module):
    before = _hashes(code)
    _edit(code / module)
    assert _hashes(code) == before


@pytest.mark.parametrize("module", ["podium/settings.py", "podium_cards/layout_settings.py"])
def test_an_edit_to_the_settings_keeps_every_card(code, module):
    """The layout read PODIUM_CARDS itself, so the renderer imported
    podium.settings (and through it the kernel's errors, fields and markup):
    any edit to the settings renamed and redrew every card. The glue reads the
    setting now (layout_settings) and hands the renderer a CardLayout."""
    render = code / "podium_cards" / "render.py"
    before = cards.drawing_code(None, render)
    _edit(code / module)
    assert cards.drawing_code(None, render) == before
    modules, _ = fp.project_sources(render, package_inits=False)
    names = {m.relative_to(code).as_posix() for m in modules}
    assert "podium_cards/layout.py" in names and "podium/settings.py" not in names


def test_an_edit_to_the_file_helpers_keeps_every_photo(code):
    before = images.cleaning_code(None, code / "podium" / "photos.py")
    _edit(code / "podium" / "paths.py")
    assert images.cleaning_code(None, code / "podium" / "photos.py") == before


def test_an_edit_to_any_module_the_renderer_imports_renames_the_cards(code):
    imported = renderer_imports()
    # podium.paths (its file versions key the font and portrait caches) is
    # imported by the renderer, so it is drawing code like the rest.
    assert {"podium_cards/typeset.py", "podium/colors.py", "podium/paths.py"} <= set(imported)
    assert "podium_cards/plugin.py" not in imported
    for module in imported:
        before = cards.drawing_code(None, code / "podium_cards" / "render.py")
        _edit(code / module)
        assert cards.drawing_code(None, code / "podium_cards" / "render.py") != before, module


def test_drawing_code_moved_into_the_glue_renames_the_cards(code):
    # The glue is out of the hash because the renderer does not import it, not
    # because it is named somewhere: the day the renderer takes code from it,
    # an edit to it redraws the cards.
    render = code / "podium_cards" / "render.py"
    render.write_text(render.read_text("utf-8") + "\nfrom .plugin import _file\n", "utf-8")
    before = cards.drawing_code(None, render)
    _edit(code / "podium_cards" / "plugin.py")
    assert cards.drawing_code(None, render) != before


def test_an_edit_to_the_cleaning_code_renames_the_photos(code):
    before = images.cleaning_code(None, code / "podium" / "photos.py")
    _edit(code / "podium" / "photos.py")
    assert images.cleaning_code(None, code / "podium" / "photos.py") != before


@pytest.mark.parametrize("module", images.NOT_CLEANING)
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
