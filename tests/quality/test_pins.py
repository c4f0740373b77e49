"""Every library Podium's own code imports is pinned in pyproject.toml.

Slugs, and so every story's URL, were made by unidecode, which only Pelican
required, as any 1.x: an update on a fresh machine could move URLs."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imported(folder: Path) -> set[str]:
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_library_the_plugins_import_is_pinned():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {}
    # An optional extra's libraries too (PODIUM_TAG_MEANING's ``meaning``): pinned alike.
    for spec in [*project["dependencies"], *project["optional-dependencies"]["meaning"]]:
        name, _, version = spec.partition("==")
        pins[_norm(name.split("[")[0])] = version
    assert all(pins.values()), [name for name, version in pins.items() if not version]
    own = {p.name for p in (ROOT / "plugins").iterdir() if p.is_dir()}
    dists = packages_distributions()
    unpinned = []
    for module in sorted(_imported(ROOT / "plugins") - own - set(sys.stdlib_module_names)):
        names = {_norm(d) for d in dists.get(module, [])}
        assert names, f"{module}: imported by plugins/, installed by no distribution"
        if not names & pins.keys():
            unpinned.append(f"{module} ({', '.join(sorted(names))})")
    assert unpinned == []
