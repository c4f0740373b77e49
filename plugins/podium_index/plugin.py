"""Run the Pagefind binary over the finished output, offline."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from pelican import signals

from podium import pipeline
from podium.cache import build_cache

log = logging.getLogger(__name__)
BUNDLE_DIR = pipeline.SEARCH_BUNDLE_DIR  # <output>/pagefind/: the index and UI files
TIMEOUT = 300  # seconds; indexing a few thousand pages takes one or two
# How to run Pagefind: the binary of the pagefind[bin] wheel, through the
# interpreter that runs the build, so no network and no npx are involved.
PAGEFIND = ("-m", "pagefind")


class IndexError_(Exception):  # noqa: N801  (IndexError is a builtin)
    """Pagefind could not index the site; the message is one line."""


def enabled(settings) -> bool:
    """Whether ``podium_index`` is among the site's plugins (search pages need it)."""
    return pipeline.enabled(settings, "podium_index")


def run_pagefind(site: Path, python: str | None = None) -> None:
    """Index ``site`` in place; raise IndexError_ with one line when Pagefind fails."""
    cmd = [python or sys.executable, *PAGEFIND, "--site", str(site), "--silent"]
    cmd += ["--output-subdir", BUNDLE_DIR]
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise IndexError_(f"search index: could not run Pagefind ({exc})") from None
    if proc.returncode != 0:
        lines = [ln.strip() for ln in (proc.stderr + proc.stdout).splitlines() if ln.strip()]
        detail = lines[-1] if lines else f"exit status {proc.returncode}"
        raise IndexError_(f"search index: Pagefind failed: {detail}")
    entry = site / BUNDLE_DIR / "pagefind-entry.json"
    if not entry.is_file():
        raise IndexError_(f"search index: Pagefind wrote no {BUNDLE_DIR}/pagefind-entry.json")
    _stabilise(entry)


def _stabilise(entry: Path) -> None:
    """Pagefind lists languages in hash-map order; sort them so builds are byte-stable."""
    data = json.loads(entry.read_text(encoding="utf-8"))
    if isinstance(data.get("languages"), dict):
        data["languages"] = dict(sorted(data["languages"].items()))
    entry.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def site_fingerprint(site: Path) -> str:
    """A hash of every HTML page Pagefind reads, and of Pagefind itself.

    Builds are deterministic, so a rebuild where nothing changed produces
    the same pages, and the previous index can be reused as it is.
    """
    from importlib import metadata

    h = hashlib.sha256(f"pagefind {metadata.version('pagefind')} {PAGEFIND}".encode())
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        if rel.startswith(BUNDLE_DIR + "/"):
            continue
        h.update(rel.encode() + b"\0" + page.read_bytes() + b"\0")
    return h.hexdigest()


def index_with_cache(site: Path, cache: Path) -> bool:
    """Index ``site``, reusing the cached bundle when no page changed. True on a hit."""
    key = site_fingerprint(site)
    cached = cache / key
    if cached.is_dir():
        _copy_tree(cached, site / BUNDLE_DIR)
        return True
    run_pagefind(site)
    shutil.rmtree(cache, ignore_errors=True)  # one entry: the previous build's
    tmp = cache.with_name(cache.name + f".tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(site / BUNDLE_DIR, tmp / key)
    os.replace(tmp, cache)
    return False


def _copy_tree(source: Path, target: Path) -> None:
    # Hard links where possible: the cache is only ever replaced, never edited.
    def link(src, dst):
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link)


def _finalized(pelican) -> None:
    try:
        hit = index_with_cache(
            Path(pelican.output_path), build_cache(pelican.settings) / "pagefind"
        )
        pelican.settings.setdefault(pipeline.STATS, {})["search_index_reused"] = hit
    except IndexError_ as exc:
        # One logged error fails `podium build` (podium_cli.build counts them).
        log.error("%s", exc)


def register() -> None:
    signals.initialized.connect(pipeline.on_initialized)  # PLUGINS order
    signals.finalized.connect(_finalized)
