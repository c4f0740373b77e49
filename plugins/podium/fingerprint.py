"""What a cache key must include about the code: every module that can change a result.

A cache keyed on a hand-kept list of modules goes stale the day someone adds
an import and forgets the list (the parse cache once missed ``markup.py``).
:func:`code_fingerprint` instead follows the imports of an entry module
through the source, statically, and hashes every module of the project it
reaches, plus the versions of the installed libraries those modules import.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import json
import os
import sys
import sysconfig
from functools import cache
from importlib import metadata
from pathlib import Path

from .cache import read_json, write_sealed

# The file, in a build cache, that remembers code fingerprints between builds.
MEMO = "code-fingerprints.json"


def _module_file(root: Path, parts: tuple[str, ...]) -> Path | None:
    if not parts:
        return None
    base = root.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imported(
    tree: ast.AST, package: tuple[str, ...], root: Path | None = None
) -> set[tuple[str, ...]]:
    """Dotted names (as tuples) that a module imports, relative ones made absolute;
    ``from x import y`` yields both x and x.y (y may be a submodule).

    With ``root``, ``from x import y`` whose every y is a module under ``root``
    yields x.y only: x's ``__init__`` runs on the way, but nothing is taken from it.
    """
    names: set[tuple[str, ...]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(tuple(a.name.split(".")) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                keep = len(package) - (node.level - 1)
                if keep < 1:
                    continue
                base = package[:keep]
            else:
                base = ()
            base += tuple(node.module.split(".")) if node.module else ()
            taken = [base + (a.name,) for a in node.names if a.name != "*"]
            names.update(taken)
            if (
                root is None
                or len(taken) < len(node.names)
                or not all(_module_file(root, name) for name in taken)
            ):
                names.add(base)
    return names


def project_sources(
    entry: Path, leave_out: tuple[str, ...] = (), package_inits: bool = True
) -> tuple[list[Path], set[str]]:
    """``entry`` and every module beside it (same source root) that it imports,
    directly or not, with the packages' ``__init__`` files; and the top-level
    names of everything else it imports (libraries and the standard library).

    ``leave_out``: modules (``package/module.py``) neither hashed nor followed,
    for a cache whose result they cannot change (``code_fingerprint``).
    ``package_inits=False``: a package's ``__init__`` only where a module
    imports it or takes a name from it, not because it runs before the
    package's modules (``code_fingerprint``).
    """
    entry = entry.resolve()
    root = entry.parent.parent  # plugins/: entry is plugins/<package>/<module>.py
    seen: set[Path] = {root / name for name in leave_out}
    outside: set[str] = set()
    todo = [entry]
    while todo:
        source = todo.pop()
        if source in seen:
            continue
        seen.add(source)
        stat = source.stat()
        found, libraries = _edges(source, root, stat.st_mtime_ns, stat.st_size, package_inits)
        todo.extend(found)
        outside.update(libraries)
    return sorted(seen.difference(root / name for name in leave_out)), outside


# Several caches fingerprint their code in one build (parse, photo checks,
# photos, tags, links, feeds, cards, search), and their import graphs share the
# kernel: each module is read once per version, for the signature, its imports
# and every hash that takes it in. Each fingerprint read every module again
# (the kernel's six times in a build whose memo missed).
@cache
def _source(path: Path, mtime_ns: int, size: int) -> bytes:
    """The bytes of module ``path`` at this version (its mtime and size)."""
    return path.read_bytes()


def _read(path: Path) -> bytes:
    stat = path.stat()
    return _source(path, stat.st_mtime_ns, stat.st_size)


@cache
def _edges(
    source: Path, root: Path, mtime_ns: int, size: int, package_inits: bool = True
) -> tuple[list[Path], set[str]]:
    """The project modules ``source`` runs by importing, and the libraries it imports
    (``package_inits``: see ``project_sources``)."""
    parts = source.relative_to(root).with_suffix("").parts
    package = parts[:-1]
    found: list[Path] = []
    outside: set[str] = set()
    runs = len(package) if package_inits else 0  # importing a.b.c runs a and a.b first
    for i in range(1, runs + 1):
        init = root.joinpath(*package[:i], "__init__.py")
        if init.is_file():
            found.append(init)
    tree = ast.parse(_source(source, mtime_ns, size), str(source))
    for name in _imported(tree, package, None if package_inits else root):
        module = _module_file(root, name)
        if module is not None:
            found.append(module)
        elif _module_file(root, name[:1]) is None:
            outside.add(name[0])
    return found, outside


@cache
def _distributions() -> dict[str, list[str]]:
    return metadata.packages_distributions()  # scans every installed package: once


def code_fingerprint(
    entry: Path,
    memo: Path | None = None,
    leave_out: tuple[str, ...] = (),
    package_inits: bool = True,
) -> str:
    """A hash of the code behind ``entry``: its project modules and library versions.

    ``leave_out`` names modules (``package/module.py``) that cannot change the
    cached result, with what only they import. ``package_inits=False`` counts
    a package's ``__init__`` only where a module imports something from it,
    not because it runs first: ``podium_cards/__init__`` runs the Pelican glue
    on import, and the cards' hash followed it there, so an edit to the glue
    renamed and redrew every card.

    ``memo``, a file in the build cache, remembers the hashes between builds
    for as long as no module of the project changes (path, bytes) and the
    same distributions are installed: following the imports and hashing the
    sources took 0.2 s of every build, about 3% of a warm one, and checking
    the signature takes a few milliseconds. Any edit computes them again; a
    fresh checkout of the same code (a CI run with the cache restored) does not.
    """
    entry = Path(entry).resolve()
    if memo is None:
        return _fingerprint(entry, leave_out, package_inits)
    signature = _signature(entry.parent.parent)
    name = entry.relative_to(entry.parent.parent).as_posix()
    if leave_out:  # another graph than the whole one from the same entry
        name += " without " + " ".join(sorted(leave_out))
    if not package_inits:
        name += " without package inits"
    code: dict[str, str] = {}
    known = read_json(memo, signed=True)  # absent, damaged or planted: computed again
    if isinstance(known, dict) and known.get("signature") == signature:
        with contextlib.suppress(AttributeError):  # "code" is not a mapping
            code = {k: v for k, v in known.get("code", {}).items() if isinstance(v, str)}
    if name in code:
        return code[name]
    value = _fingerprint(entry, leave_out, package_inits)
    with contextlib.suppress(OSError):  # a read-only cache only costs time
        write_sealed(memo, json.dumps({"signature": signature, "code": {**code, name: value}}))
    return value


@cache
def _signature(root: Path) -> str:
    """Every module of the project (path and bytes), Python's version, file and
    environment, and the installed distributions (their dist-info folders name
    their versions).

    The modules' bytes, not their mtimes: a CI run is a fresh checkout, where
    every file has a new mtime, and hashing the 0.7 MB of ``plugins/`` takes
    as long as stat-ing it (3 ms), while a miss costs 0.2 s.
    """
    # The interpreter's real file and the environment's prefix, not the name it
    # was started by: `podium build` runs .venv/bin/python3 (its script's
    # shebang) and `python -m podium_cli` .venv/bin/python, links to the one
    # interpreter, and each missed the other's memo (every fingerprint again,
    # in the benchmark's profiles too).
    # (An embedded Python may have no executable: realpath("") is the working folder.)
    real = os.path.realpath(sys.executable) if sys.executable else ""
    interpreter = f"{real}\0{sys.prefix}"
    h = hashlib.sha256(f"podium code memo 3\0{sys.version}\0{interpreter}\0".encode())
    for path in sorted(root.rglob("*.py")):
        h.update(f"{path}\0".encode() + _read(path) + b"\0")
    # The installation's library folders, not sys.path: Pelican adds the
    # plugin folders to sys.path during a build, so it differs between the
    # parse step and the tag step, and a memo keyed on it never hit.
    paths = sysconfig.get_paths()
    for folder in sorted({paths["purelib"], paths["platlib"]}):
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        h.update(folder.encode() + b"\0")
        h.update("\0".join(n for n in names if n.endswith((".dist-info", ".egg-info"))).encode())
    return h.hexdigest()


@cache
def _fingerprint(entry: Path, leave_out: tuple[str, ...] = (), package_inits: bool = True) -> str:
    modules, outside = project_sources(entry, leave_out, package_inits)
    root = entry.parent.parent
    h = hashlib.sha256(f"podium code\0{sys.version}\0".encode())
    for source in modules:
        h.update(source.relative_to(root).as_posix().encode() + b"\0")
        h.update(_read(source) + b"\0")
    distributions = _distributions()
    for dist in sorted({d for name in outside for d in distributions.get(name, ())}):
        try:
            h.update(f"{dist}={metadata.version(dist)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=absent\0".encode())
    return h.hexdigest()
