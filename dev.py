#!/usr/bin/env python3
"""Podium's two commands, for a fresh clone with only Python 3.11+.

    python3 dev.py serve   # set up, build the demo hub, serve it on http://localhost:8000
    python3 dev.py test    # set up, then run the whole test suite (ruff + pytest)

Setup is a virtual environment in .venv with `pip install -e .[test]`,
repeated only when pyproject.toml changes. Browser and validator tests need
Chromium, Java and Node (see README); where they are missing, those tests
skip with a loud reason on a developer machine and fail in CI.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".podium-installed"


def run(*cmd: str | Path) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], cwd=ROOT, check=True)


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs before any setup
        sys.exit("Podium needs Python 3.11 or newer")
    if not (BIN / "python").exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        run(BIN / "python", "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(BIN / "python", "-m", "pip", "install", "--quiet", "-e", ".[test]")
        STAMP.write_text(wanted)
    if (ROOT / "package.json").exists() and shutil.which("npm"):
        lock = ROOT / "package-lock.json"
        marker = ROOT / "node_modules" / ".podium-lock"
        digest = hashlib.sha256(lock.read_bytes()).hexdigest() if lock.exists() else ""
        if not marker.exists() or marker.read_text() != digest:
            run("npm", "ci" if lock.exists() else "install", "--no-audit", "--no-fund")
            marker.write_text(digest)


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command not in ("serve", "test", "setup"):
        sys.exit(__doc__)
    setup()
    if command == "serve":
        os.execv(BIN / "podium", [str(BIN / "podium"), "serve", *sys.argv[2:]])
    if command == "test":
        run(BIN / "ruff", "check", ".")
        os.execv(BIN / "python", [str(BIN / "python"), "-m", "pytest", *sys.argv[2:]])


if __name__ == "__main__":
    main()
