"""Where the editor's code comes from: the pinned npm packages in node_modules/.

Decap CMS and decap-server are pinned in package.json/package-lock.json and
installed by ``npm ci`` (``python3 dev.py setup`` runs it). The site serves
the bundle itself: no script from a CDN.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import podium
from podium_render.files import naming

# The Podium checkout this code runs from (plugins/podium/ -> repo root).
PODIUM_ROOT = Path(podium.__file__).resolve().parents[2]


def node_modules(project: Path | None = None) -> list[Path]:
    """Where to look: $PODIUM_NODE_MODULES, the project's, Podium's own checkout's."""
    found = [os.environ.get("PODIUM_NODE_MODULES")]
    if project is not None:
        found.append(str(project / "node_modules"))
    found.append(str(PODIUM_ROOT / "node_modules"))
    return [Path(p) for p in found if p]


def find_package(name: str, project: Path | None = None) -> Path | None:
    for folder in node_modules(project):
        if (folder / name / "package.json").is_file():
            return folder / name
    return None


def bundle_files(project: Path | None = None) -> list[Path]:
    """decap-cms.js, its lazily loaded chunks and WebAssembly files; no source maps."""
    package = find_package("decap-cms", project)
    if package is None:
        return []
    dist = package / "dist"
    main = dist / "decap-cms.js"
    if not main.is_file():
        return []
    files = [main, *sorted(dist.glob("*.decap-cms.js")), *sorted(dist.glob("*.wasm"))]
    licence = dist / "decap-cms.js.LICENSE.txt"
    return files + ([licence] if licence.is_file() else [])


def copy_bundle(files: list[Path], target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for f in files:
        with naming(target / f.name):  # a full disk names the file, not the output
            shutil.copyfile(f, target / f.name)
