#!/usr/bin/env python3
"""Podium's two commands, for a fresh clone with only Python 3.11+.

    python3 dev.py serve   # set up, build the demo hub, serve it on http://localhost:8000
    python3 dev.py test    # set up, then run the whole test suite (ruff check and format + pytest)
    python3 dev.py setup   # only set up (also `npm ci`, for the browser editor)

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
WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
STAMP = VENV / ".podium-installed"


def tool(name: str) -> Path:
    """A program of the venv: ``python.exe`` and ``podium.exe`` on Windows."""
    return BIN / f"{name}.exe" if WINDOWS else BIN / name


def hand_over(name: str, *args: str) -> None:
    """Run a venv program in this process's place (serve, test). Windows has no
    exec (os.execv starts a second process and this one exits at once, so the
    shell came back while the server or the tests still ran): there we wait."""
    if WINDOWS:
        sys.exit(subprocess.run([str(tool(name)), *args], cwd=ROOT).returncode)
    os.execv(tool(name), [str(tool(name)), *args])


class Failed(Exception):
    """A setup step failed: one line, no traceback (its own output says why)."""


def run(*cmd: str | Path) -> None:
    shown = " ".join(str(c) for c in cmd)
    print("+", shown, flush=True)
    try:
        done = subprocess.run([str(c) for c in cmd], cwd=ROOT)
    except OSError as exc:
        raise Failed(f"cannot run {shown}: {exc.strerror or exc}") from None
    if done.returncode != 0:
        raise Failed(f"{shown} failed (exit status {done.returncode}); see its output above")


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs before any setup
        sys.exit("Podium needs Python 3.11 or newer")
    if not tool("python").exists():
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except (OSError, subprocess.CalledProcessError) as exc:
            # venv makes bin/python before ensurepip fails: left there, the next
            # run (python3-venv installed, as this line says) took the .venv for
            # made and failed on "No module named pip".
            shutil.rmtree(VENV, ignore_errors=True)
            # Debian and Ubuntu ship venv without ensurepip: "python3-venv" adds it.
            raise Failed(
                f"cannot create {VENV} ({exc}); on Debian or Ubuntu, install python3-venv"
            ) from None
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        run(tool("python"), "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(tool("python"), "-m", "pip", "install", "--quiet", "-e", ".[test]")
        STAMP.write_text(wanted)
    if (ROOT / "package.json").exists() and shutil.which("npm"):
        lock = ROOT / "package-lock.json"
        marker = ROOT / "node_modules" / ".podium-lock"
        digest = hashlib.sha256(lock.read_bytes()).hexdigest() if lock.exists() else ""
        if not marker.exists() or marker.read_text() != digest:
            run("npm", "ci" if lock.exists() else "install", "--no-audit", "--no-fund")
            marker.write_text(digest)


COMMANDS = ("serve", "test", "setup")


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command in ("-h", "--help", "help"):
        print(__doc__)
        return
    if not command:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    if command not in COMMANDS:
        print(f"dev.py: error: no command {command!r}; use {', '.join(COMMANDS)} (or --help)",
              file=sys.stderr)  # fmt: skip
        sys.exit(2)
    try:
        setup()
        if command == "test":
            # ruff's findings are printed above; what is left is one line, as for setup.
            run(tool("ruff"), "check", ".")
            run(tool("ruff"), "format", "--check", ".")
    except Failed as exc:
        sys.exit(f"dev.py: error: {exc}")
    if command == "serve":
        hand_over("podium", "serve", *sys.argv[2:])
    if command == "test":
        hand_over("python", "-m", "pytest", *sys.argv[2:])


if __name__ == "__main__":
    main()
