"""Run the Pagefind binary over the finished output, offline, in bounded parts.

Pagefind keeps every page it reads in memory until it writes the index: at
ten thousand stories one run over the whole site was most of the build's
peak memory, and one run per language still was (the Dutch pages alone took
1.7 GiB). So each language's pages are indexed in runs of at most
``PODIUM_SEARCH_CHUNK`` pages, one run at a time, each over a folder of hard
links to just those pages. The first part of every language goes into the
one bundle ``<output>/pagefind/`` (its file names are content hashes, and
``pagefind-entry.json`` lists each language's index, so for a site whose
languages fit in one part the bundle is the one a single run would write);
further parts are bundles of their own in ``pagefind/<lang>-<n>/``, named in
``pagefind-entry.json`` under ``podium_parts``, which the search page merges
with Pagefind's ``mergeIndex``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pelican import signals

from podium import forked, paths, pipeline, recycled
from podium import settings as podium_settings
from podium.atomic import signals_wait, write_atomic
from podium.cache import build_cache, kept_or_its_mac, publish, real_subfolder, seal_folder
from podium.fingerprint import MEMO as CODE_MEMO
from podium.fingerprint import code_fingerprint
from podium.settings import SettingProblems, register_setting
from podium_render.host_headers import write_headers_file
from podium_render.written import WrittenPage

from . import stable, trust
from .stable import stabilise_bundle

log = logging.getLogger(__name__)
BUNDLE_DIR = pipeline.SEARCH_BUNDLE_DIR  # <output>/pagefind/: the index and UI files
TIMEOUT = 300  # seconds; indexing a few thousand pages takes one or two
# Pages indexed by one Pagefind run (PODIUM_SEARCH_CHUNK). Pagefind's memory
# grows with the pages of a run; see docs/benchmarks.md for how it was chosen.
DEFAULT_CHUNK = 2000
WORK_PREFIX = ".pagefind-"  # Pagefind's working folder beside the output: .pagefind-PID-*
VIEWS_DIR = "pagefind-views"  # in the cache, beside the parts: the folders Pagefind reads
PARTS_KEY = "podium_parts"  # pagefind-entry.json: {lang: ["nl-2/", ...]}, only when split
# What a further part needs to be merged: the search page's Pagefind loads the
# language's WebAssembly and the UI from the first bundle only.
PART_FILES = ("pagefind-entry.json", "*.pf_meta", "index", "fragment", "filter")


class IndexError_(Exception):  # noqa: N801  (IndexError is a builtin)
    """Pagefind could not index the site; the message is one line."""


def enabled(settings) -> bool:
    """Whether ``podium_index`` is among the site's plugins (search pages need it)."""
    return pipeline.enabled(settings, "podium_index")


def parse_chunk(settings, source: str, _basics) -> int:
    """``PODIUM_SEARCH_CHUNK``: the most pages one Pagefind run indexes."""
    value = settings.get("PODIUM_SEARCH_CHUNK", DEFAULT_CHUNK)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        problems = SettingProblems(source)
        problems.bad(
            "PODIUM_SEARCH_CHUNK",
            f"must be a whole number of pages of at least 1, like {DEFAULT_CHUNK}, not {value!r}",
        )
        problems.check()
    return value


# Validated with every other setting (podium.settings.get), once.
register_setting("PODIUM_SEARCH_CHUNK", "search_chunk", parse_chunk)


@dataclass(frozen=True)
class Page:
    """One HTML page of the output, as the index needs it."""

    rel: Path  # relative to the output folder
    lang: str  # its <html lang>, lower case, or "unknown"
    marked: bool  # has data-pagefind-body
    digest: bytes  # SHA-256 of its bytes: what the cache keys are made of


def scan(site: Path, written: dict[str, WrittenPage] | None = None) -> list[Page]:
    """Every HTML page Pagefind would read, in path order.

    The language groups, the choice of indexed pages and the part keys all come
    from this one list. ``written``: the render step's record of the pages it
    wrote (``pipeline.WRITTEN_PAGES``), each page's language, whether it is
    indexed and the hash of its bytes as render knew them, so a build reads no
    page back. A page it has no language for (the editor's, in the default
    language, which has pages of its own) adds no language and is not indexed.
    Only a page no step recorded (an index run over a folder, outside a build)
    is read, once, for its ``<html lang>`` and ``data-pagefind-body``; only a
    digest is kept of it, not the bytes.
    """
    out = []
    for page in sorted(paths.files_ending(site, ".html")):
        rel = page.relative_to(site)
        if rel.parts[0] == BUNDLE_DIR:
            continue
        kept = written.get(rel.as_posix()) if written else None
        if kept is not None:
            if kept.lang is not None:
                out.append(Page(rel, kept.lang.lower(), kept.indexed, kept.digest))
            continue
        html = page.read_bytes()
        match = _HTML_LANG.search(html, 0, 2048)
        lang = match.group(1).decode().lower() if match else "unknown"
        out.append(Page(rel, lang, _marked(html), hashlib.sha256(html).digest()))
    return out


def run_pagefind(
    site: Path,
    chunk: int = DEFAULT_CHUNK,
    part_cache: Path | None = None,
    pages: list[Page] | None = None,
    view_cache: Path | None = None,
) -> dict[str, int]:
    """Index ``site`` in place; raise IndexError_ with one line when Pagefind fails.

    With ``part_cache``, a part whose pages are byte-identical to a part of
    the previous build reuses that part's index data instead of indexing
    again (Pagefind cannot update an index, but a part is an index of its
    own): one edited story re-indexes the one part it is in. A cached part is
    published only when ``trust.sound_part`` finds nothing in it but sound
    data, and Pagefind's code (scripts, styles, WebAssembly) always comes from
    a run of this build (``_start_reference``, ``_finish_reference``). Returns
    how many parts were indexed and how many reused. ``pages`` is the site's
    ``scan``, when the caller has it already. With ``view_cache``, the folders
    of the view Pagefind reads (one per page) are kept there between builds
    (``_view``).
    """
    bundle = site / BUNDLE_DIR
    shutil.rmtree(bundle, ignore_errors=True)
    groups: dict[str, list[Page]] = {}
    for page in scan(site) if pages is None else pages:
        groups.setdefault(page.lang, []).append(page)
    if not groups:
        raise IndexError_("search index: the site has no HTML pages to index")
    entries: list[dict] = []
    parts: dict[str, list[str]] = {}
    counts = {"indexed": 0, "reused": 0}
    used: set[str] = set()
    views: set[str] = set()  # the kept views of this build's parts (view_cache)
    code = _parts_code(part_cache) if part_cache is not None else ""
    with _work_folder(site) as tmp:
        work = Path(tmp)
        (work / paths.OUTPUT_MARKER).write_text(paths.OUTPUT_MARKER_TEXT, encoding="utf-8")
        # The reference run indexes one tiny page per language, beside the
        # checks of the cached parts below (another process).
        reference = _start_reference(work, sorted(groups))
        plan = []
        try:
            for lang, group in sorted(groups.items()):
                indexed = _indexed(group)
                if not indexed:
                    continue  # nothing of it is searchable; the search page says so
                for n, part in enumerate(split(indexed, chunk), start=1):
                    key = _part_key(lang, part, code)
                    used.add(key)
                    views.add(f"{lang}-{n}")
                    cached = part_cache / key if part_cache is not None else None
                    urls = {trust.page_url(page.rel) for page in part}
                    entry = trust.sound_part(cached, lang, urls) if cached is not None else None
                    plan.append((lang, n, part, cached, entry))
        except BaseException:
            reference.kill()  # not left writing into a folder about to be removed
            reference.communicate()
            raise
        code, known = _finish_reference(reference)
        for lang, n, part, cached, entry in plan:
            if entry is not None and trust.agrees(entry, known):
                source = cached
                counts["reused"] += 1
            else:
                source = work / f"bundle-{lang}-{n}"
                if view_cache is None:
                    view = work / f"site-{lang}-{n}"
                else:
                    view = view_cache / f"{lang}-{n}"
                try:
                    _view(view, site, part)
                    _pagefind(view, source)
                finally:  # stopped too (Ctrl-C, SIGTERM): no page stays in the cache
                    if view_cache is None:
                        shutil.rmtree(view, ignore_errors=True)
                    else:
                        _empty_view(view)
                stabilise_bundle(source)  # its filters in order: the same bytes each run
                counts["indexed"] += 1
                entry = _entry(source)
                if cached is not None:
                    _store_part(source, cached)
            if n == 1:
                # The first part of each language is in the bundle itself, whose
                # one entry (written below) lists every language.
                entries.append(entry)
                _copy_part(source, bundle, entry=False)
            else:
                folder = f"{lang}-{n}"
                _copy_part(source, bundle / folder)
                _stabilise(bundle / folder / trust.ENTRY, entry)
                parts.setdefault(lang, []).append(folder + "/")
        # Pagefind's code, the same in every run of one Pagefind version. A hub
        # with no story yet has no searchable page, so no part made the folder:
        # the copy failed with a FileNotFoundError and a new company's first
        # build, with only its themes and jobs, failed.
        bundle.mkdir(parents=True, exist_ok=True)
        for path in sorted(code.iterdir()):
            if path.is_file() and not trust.is_data(path.name):
                publish(path, bundle / path.name)
    merged = dict(known)
    merged["languages"] = {k: v for e in entries for k, v in e.get("languages", {}).items()}
    if parts:
        merged[PARTS_KEY] = parts
    _stabilise(bundle / trust.ENTRY, merged)
    if part_cache is not None and part_cache.is_dir():
        for old in part_cache.iterdir():  # parts no page of this build is in
            if not kept_or_its_mac(old.name, used):
                with contextlib.suppress(OSError):  # a read-only cache only costs room
                    _remove(old)  # a part, or the MAC of one (a file)
    if view_cache is not None and view_cache.is_dir():
        for old in view_cache.iterdir():  # a language or part the site no longer has
            if old.name not in views:
                _remove(old)
    return counts


def _view(view: Path, site: Path, part: list[Page]) -> None:
    """Make ``view`` hold exactly hard links to ``part``'s pages, at their paths.

    Pagefind reads a folder of the pages it indexes, and names each by its
    path, so the view has one folder per story (``stories/<slug>/``). Made new
    and removed with every indexed part, those folders cost more than Pagefind
    itself on a disk mounted with ``discard`` (ext4 frees a folder's block at
    once: 700 ``rmdir`` took 2.7 s of an edit build, Pagefind 1.3 s). A view
    kept in the cache keeps its folders: only a page that came or went makes
    or removes one. It is never trusted (a CI cache restores it): whatever is
    in it that is not a folder of this part's pages is removed (files, links,
    other folders) before the pages are linked in.
    """
    if view.is_symlink() or (os.path.lexists(view) and not view.is_dir()):
        view.unlink()
    view.mkdir(parents=True, exist_ok=True)
    wanted = {parent for page in part for parent in page.rel.parents}
    for root, folders, files in os.walk(view):
        here = Path(root).relative_to(view)
        for name in files:  # a link to a page of an earlier build, or anything planted
            os.unlink(os.path.join(root, name))
        for name in list(folders):
            path = os.path.join(root, name)
            if os.path.islink(path) or here / name not in wanted:
                folders.remove(name)
                _remove(Path(path))
    for page in part:
        target = view / page.rel
        target.parent.mkdir(parents=True, exist_ok=True)
        publish(site / page.rel, target)


def _empty_view(view: Path) -> None:
    """Unlink the pages from a kept view: its folders stay, no page's text does."""
    if view.is_symlink():  # planted, and _view stopped before it replaced it
        return
    for root, _folders, files in os.walk(view):
        for name in files:
            os.unlink(os.path.join(root, name))


def _remove(path: Path) -> None:
    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)


def _start_reference(work: Path, langs: list[str]) -> subprocess.Popen:
    """Start Pagefind on one tiny page per language: its code files and entry are
    what this build publishes and what cached parts are checked against."""
    view = work / "reference-site"
    for n, lang in enumerate(langs):
        attr = "" if lang == "unknown" else f' lang="{lang}"'
        page = view / f"p{n}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(f"<!doctype html><html{attr}><body><p>podium</p></body></html>")
    return _start_pagefind(view, work / "reference")


def _finish_reference(proc: subprocess.Popen) -> tuple[Path, dict]:
    """The reference run's output folder and its entry (without ``languages``' page counts)."""
    _finish_pagefind(proc)
    out = Path(proc.args[proc.args.index("--output-path") + 1])
    return out, _entry(out)


def _entry(out: Path) -> dict:
    entry = out / trust.ENTRY
    if not entry.is_file():
        raise IndexError_(f"search index: Pagefind wrote no {BUNDLE_DIR}/{trust.ENTRY}")
    try:
        return json.loads(entry.read_text(encoding="utf-8"))
    except ValueError:
        raise IndexError_(
            f"search index: Pagefind wrote a {BUNDLE_DIR}/{trust.ENTRY} that is not JSON"
        ) from None


# Pagefind says nothing and exits 0 when the disk is full: its files are cut
# short, even empty. A write that fails so fills the disk to its last blocks
# (it writes what fits first): less room than this after a run means one did.
LOW_DISK = 64 * 1024


def _check_room(out: Path) -> None:
    try:
        room = os.statvfs(out)
    except (OSError, AttributeError):  # no statvfs (Windows), or no folder: nothing to judge
        return
    # root may write into the blocks a file system keeps back from others
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    free = (room.f_bfree if root else room.f_bavail) * room.f_frsize
    if free < LOW_DISK or (room.f_ffree if root else room.f_favail) == 0:
        raise IndexError_(
            f"search index: the disk is full ({free // 1024} KB free where "
            f"{out.parent.parent} is): Pagefind's files are cut short; free some space "
            "and build again"
        )


def _parts_code(part_cache: Path) -> str:
    """The code that makes a part what is cached of it: ``stabilise_bundle`` and
    what it imports (this module among them). Parts cached before a766cf9 kept
    Pagefind's random filter order, and no key told them from a part written
    since: a hub with the CI cache restored kept publishing them. Any change of
    that code now indexes each part once again, as the card and parse caches do."""
    return code_fingerprint(Path(stable.__file__), part_cache.parent / CODE_MEMO)


def _part_key(lang: str, pages: list[Page], code: str) -> str:
    """Everything a part's index is made of: Pagefind, the code that rewrites
    its output (``_parts_code``), the language, each page and its bytes."""
    return _pages_key(f"pagefind part {{version}} {code} {lang}", pages)


def _pages_key(head: str, pages: list[Page]) -> str:
    """A hash of ``head`` (``{version}`` is Pagefind's) and of each page's path and bytes."""
    from importlib import metadata

    h = hashlib.sha256(head.format(version=metadata.version("pagefind")).encode())
    for page in pages:
        h.update(page.rel.as_posix().encode() + b"\0" + page.digest)
    return h.hexdigest()


def _store_part(out: Path, cached: Path) -> None:
    """Keep a part's index data (write aside, then rename: never half an entry).

    Only the data files: Pagefind's code is never taken from the cache.
    """
    tmp = cached.with_name(f"{cached.name}.tmp-{os.getpid()}")
    try:
        shutil.rmtree(tmp, ignore_errors=True)
        _copy_part(out, tmp)
        os.replace(tmp, cached)
        seal_folder(cached)  # its MAC (PODIUM_CACHE_KEY): what a planted part lacks
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)  # a cache that cannot be written only costs time


def split(pages: list, chunk: int) -> list[list]:
    """``pages`` in order, cut into the fewest parts of at most ``chunk``, of even size."""
    count = max(1, math.ceil(len(pages) / chunk))
    size, extra = divmod(len(pages), count)
    out, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        out.append(pages[start:end])
        start = end
    return out


# An element that carries the attribute (text that mentions it is escaped: &lt;).
_BODY = re.compile(rb"<[A-Za-z][^<>]*\sdata-pagefind-body(?=[\s=/>])")


def _indexed(pages: list[Page]) -> list[Page]:
    """The pages that are indexed: those with ``data-pagefind-body``.

    Pagefind itself leaves every other page out once one page of its run has
    the attribute; choosing them here keeps each part's size a count of
    indexed pages (a part of only other pages would index those instead). A
    language without any such page (no story or open vacancy in it yet) is
    not indexed at all: a run over its pages alone would have indexed every
    one of them whole (listings, the 404 page, a withdrawn story's
    tombstone), which one run over the whole site never did.
    """
    return [p for p in pages if p.marked]


def _marked(html: bytes) -> bool:
    # The plain search first: most pages (listings, people) never mention it.
    return b"data-pagefind-body" in html and _BODY.search(html) is not None


def _copy_part(out: Path, target: Path, entry: bool = True) -> None:
    """Hard-link a part's data files (``PART_FILES``) from ``out`` into ``target``.

    Several languages' first parts go into one folder; their files are named
    by language, and a name that is there already is an error, never a file
    written over (it may be a link to a cache file).
    """
    target.mkdir(parents=True, exist_ok=True)
    for pattern in PART_FILES:
        if pattern == trust.ENTRY and not entry:
            continue
        for path in sorted(out.glob(pattern)):
            if path.is_dir():
                copy = target / path.name
                shutil.copytree(path, copy, copy_function=_publish_new, dirs_exist_ok=True)
            else:
                _publish_new(path, target / path.name)


def _publish_new(source: str | Path, target: str | Path) -> None:
    if os.path.lexists(target):
        raise IndexError_(f"search index: two parts wrote {Path(target).name}")
    publish(Path(source), Path(target))


_HTML_LANG = re.compile(rb"<html\b[^>]*?\slang=[\"']?([A-Za-z0-9-]+)", re.IGNORECASE)


def _work_folder(site: Path) -> tempfile.TemporaryDirectory:
    """Pagefind's working folder beside the output, removed when its ``with`` ends.

    Named for this process and marked as Podium's: killed outright (SIGKILL, the
    OOM killer), the build leaves it, and the next removes it
    (podium_cli.build._leftovers); a folder of that name without the marker is
    never taken for one. SIGTERM and Ctrl-C wait while it is made and its removal
    set up: a signal between the two (under load, the moment the folder appeared)
    left it beside the output, without the marker.
    """
    with signals_wait():
        return tempfile.TemporaryDirectory(prefix=f"{WORK_PREFIX}{os.getpid()}-", dir=site.parent)


def _pagefind(view: Path, out: Path) -> None:
    _finish_pagefind(_start_pagefind(view, out))


@cache
def pagefind_command() -> tuple[str, ...]:
    """How to run Pagefind: the binary of the pinned ``pagefind[bin]`` wheel.

    Started directly, not through ``python -m pagefind``: that wrapper only
    looks the same binary up and execs it, after importing asyncio, which
    cost about 0.09 s of every run (an edit build waits for one). Without the
    wheel (Pagefind installed some other way) the wrapper finds it. Never npx,
    never the network.
    """
    try:
        from pagefind_bin import get_executable

        return (str(get_executable()),)
    except (ImportError, FileNotFoundError):
        return (sys.executable, "-m", "pagefind")


def _start_pagefind(view: Path, out: Path) -> subprocess.Popen:
    cmd = [*pagefind_command(), "--site", str(view), "--silent", "--output-path", str(out)]
    try:
        return subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=podium_settings.child_environment(),
        )
    except OSError as exc:
        raise IndexError_(f"search index: could not run Pagefind ({exc})") from None


def _finish_pagefind(proc: subprocess.Popen) -> None:
    try:
        stdout, stderr = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        proc.kill()
        proc.communicate()
        raise IndexError_(f"search index: could not run Pagefind ({exc})") from None
    except BaseException:  # the build is stopped (Ctrl-C, SIGTERM): stop Pagefind too
        proc.kill()  # not left writing into a folder about to be removed
        proc.communicate()
        raise
    if proc.returncode != 0:
        lines = [ln.strip() for ln in (stderr + stdout).splitlines() if ln.strip()]
        detail = lines[-1] if lines else f"exit status {proc.returncode}"
        raise IndexError_(f"search index: Pagefind failed: {detail}")
    _check_room(Path(proc.args[proc.args.index("--output-path") + 1]))


def _stabilise(entry: Path, data: dict) -> None:
    """Pagefind lists languages in hash-map order; sort them so builds are byte-stable.

    The file is replaced, not rewritten: it may be a hard link to a cached part.
    """
    if isinstance(data.get("languages"), dict):
        data["languages"] = dict(sorted(data["languages"].items()))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    write_atomic(entry, text, mode=0o644)  # published: the web server reads it


def index_with_cache(
    site: Path,
    cache: Path,
    chunk: int = DEFAULT_CHUNK,
    counts: dict[str, int] | None = None,
    written: dict[str, WrittenPage] | None = None,
) -> bool:
    """Index ``site`` with the part cache ``cache``; True when no part had to be indexed.

    ``counts`` (when given) receives how many parts were indexed and reused;
    ``written``: the render step's record of the pages (``scan``).
    """
    done = run_pagefind(
        site,
        chunk=chunk,
        part_cache=real_subfolder(cache),
        pages=scan(site, written),
        view_cache=_views(site, cache.with_name(VIEWS_DIR)),
    )
    if counts is not None:
        counts.update(done)
    return done["indexed"] == 0


def _views(site: Path, folder: Path) -> Path | None:
    """Where the views are kept, or None to make them in the working folder: a
    cache folder that cannot be written, or on another disk (no hard links
    into it, so every page would be copied), only costs the time it saved."""
    try:
        views = real_subfolder(folder)
        if views.stat().st_dev != site.stat().st_dev or not os.access(views, os.W_OK):
            return None
    except OSError:
        return None
    return views


def _finalized(pelican) -> None:
    forked.join()  # the story pages may still be being written (podium_render)
    recycled.sweep(pelican.settings, pipeline.RECYCLED)  # done by render, unless it ran later
    try:
        counts = {"indexed": 0, "reused": 0}
        # Whole bundles were cached here before parts were checked one by one.
        shutil.rmtree(build_cache(pelican.settings) / "pagefind", ignore_errors=True)
        hit = index_with_cache(
            Path(pelican.output_path),
            build_cache(pelican.settings) / "pagefind-parts",
            podium_settings.get(pelican.settings).search_chunk,
            counts,
            pelican.settings.pop(pipeline.WRITTEN_PAGES, None),
        )
        stats = pelican.settings.setdefault(pipeline.STATS, {})
        stats["search_index_reused"] = hit
        stats["search_parts_indexed"] = counts["indexed"]
        stats["search_parts_reused"] = counts["reused"]
    except IndexError_ as exc:
        # One logged error fails `podium build` (podium_cli.build counts them).
        log.error("%s", exc)
        return
    write_headers_file(pelican.settings, Path(pelican.output_path))


def register() -> None:
    signals.initialized.connect(pipeline.on_initialized)  # PLUGINS order
    signals.finalized.connect(_finalized)
