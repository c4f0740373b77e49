"""Browser tests that measure layout wait for the web fonts first, through one helper."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from podium_testkit import ROOT

BROWSER = ROOT / "tests" / "browser"
# What reads the layout: a box, an overflow, a position (also the layout tree's).
MEASURES = re.compile(r"bounding_box|scrollWidth|getBoundingClientRect|captureSnapshot")
# What loads a page, whose fonts are then loaded anew.
OPENS = re.compile(r"\.goto\(|\.set_content\(|\.reload\(|\.go_back\(|\.go_forward\(")
WAITS = re.compile(r"\bfonts_loaded\(")


def _measuring_constants(tree: ast.Module) -> set[str]:
    """Module-level names of JavaScript that measures (SCROLL_BOXES = "...")."""
    names = set()
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign) else None
        text = value.value if isinstance(value, ast.Constant) else None
        if isinstance(text, str) and MEASURES.search(text):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def unwaited_measures(path: Path) -> list[str]:
    """``file:line function`` for each measure with no fonts_loaded(page) in its
    function between the last page load (or the function's start) and it."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    constants = _measuring_constants(tree)
    by_name = re.compile(r"\b(" + "|".join(sorted(constants)) + r")\b") if constants else None
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or node.name == "fonts_loaded":
            continue
        waited = False
        for number in range(node.lineno, node.end_lineno + 1):
            line = lines[number - 1]
            if OPENS.search(line):
                waited = False
            if WAITS.search(line):
                waited = True
            measures = MEASURES.search(line) or (by_name and by_name.search(line))
            if measures and not waited:
                found.append(f"{path.name}:{number} {node.name}")
                break
    return found


def test_every_layout_measure_waits_for_the_web_fonts():
    """An RTL pull quote measured before Inter had loaded failed in CI (413eeb8d);
    the other tests measuring boxes, overflow and positions did not wait either."""
    found = [hit for path in sorted(BROWSER.glob("test_*.py")) for hit in unwaited_measures(path)]
    assert found == []


def test_the_fonts_are_waited_for_through_the_one_helper():
    copies = [
        f"{path.name}:{number}"
        for path in sorted(BROWSER.glob("*.py"))
        if path.name != "kit.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "document.fonts.ready" in line
    ]
    assert copies == []
