"""No dead code in plugins/: every module-level function and class is named
somewhere besides its own definition.

A helper that lost its last caller stays in the tree, reads like a live part
of the pipeline and is kept up by the next engineer (``plain_story_links``, a
wrapper of ``story_links`` that nothing called). The check is a word count
over the source, the templates and the tests: a name used only in a template
(``person.location_in(lang)``) or a test counts; a decorated definition (a
click command, a registered handler) is used through its decorator.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

from podium_testkit import ROOT

PLUGINS = ROOT / "plugins"
# Where a plugin's name may be used: code, templates, scripts and tests.
USED_IN = ("plugins", "theme", "tests", "benchmarks", "scripts")
SUFFIXES = (".py", ".html", ".js", ".xml", ".txt")


def _words() -> Counter[str]:
    words: Counter[str] = Counter()
    files = [p for top in USED_IN for p in (ROOT / top).rglob("*") if p.suffix in SUFFIXES]
    files += sorted(ROOT.glob("*.py"))  # tasks.py, pelicanconf.py, dev.py
    for path in files:
        # Not this file: its docstring names the helper it found dead.
        if path.is_file() and "node_modules" not in path.parts and path != Path(__file__):
            words.update(re.findall(r"\w+", path.read_text(encoding="utf-8", errors="replace")))
    return words


def test_every_module_level_function_and_class_is_used():
    words = _words()
    unused = []
    for source in sorted(PLUGINS.rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"), str(source))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                continue
            if node.decorator_list:
                continue  # used through its decorator (click, functools, signals)
            if words[node.name] <= 1:  # its own ``def`` alone
                unused.append(f"{source.relative_to(ROOT)}:{node.lineno}: {node.name}")
    assert not unused, f"defined and never used: {unused}"
