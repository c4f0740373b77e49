"""The host's ``_headers`` (PODIUM_REDIRECTS_FILE), beside its ``_redirects``.

Netlify and Cloudflare Pages read the same format: a path pattern on a line
of its own (an exact path, or a folder and ``*``), its headers indented under
it. Where two rules match one file, both hosts send the headers of both, and
Cloudflare joins two values of one header into one ("max-age=0, ...,
max-age=31536000"): so no two rules here give the same header to one path.

What a hub sends:

* ``Cache-Control: public, max-age=31536000, immutable`` only for the folders
  whose every file is named by a hash of its bytes (``HASHED``): a changed
  file is a new name, so a browser may keep the old one a year unasked.
* ``Cache-Control: public, max-age=0, must-revalidate`` (what both hosts send
  by default, written down so that no CDN in front of them guesses) for
  everything else at the top of the site: the pages, feeds, ``sitemap.xml``,
  ``stories.json``, ``vacancies.json``, the theme's CSS, JavaScript and fonts
  (their names stay the same when their bytes change). Pagefind's folder has
  no rule of its own, as its hashed parts are in it: its loader and
  WebAssembly keep the host's default, which is the same.
* ``X-Robots-Tag: noindex`` for what no search result should be: the browser
  editor (``/admin/``), the search index's files and the JSON and Atom feeds
  at the top of each language (``NOINDEX``).

Nothing else: the pages' Content-Security-Policy is a meta tag in each page
(``podium_render.csp``), the same on every host; no second policy here to
drift from it.
"""

from __future__ import annotations

import re
from pathlib import Path

from podium import settings as podium_settings

from .files import write_text

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "public, max-age=0, must-revalidate"
# Folders whose files carry a hash of their bytes in their names: Pagefind's
# fragments, indexes and filters ("en_10486b1.pf_fragment"), the social cards
# (podium_cards: "<slug>.<lang>-<hash>.jpg") and the portraits (podium_images:
# "<name>-<hash>-<width>.jpg"; a story's other linked files go to media/).
HASHED = ("pagefind/fragment", "pagefind/index", "pagefind/filter", "cards", "images/people")
# Folders that hold nothing but HASHED ones: no rule of their own.
HOLDERS = ("pagefind", "images")
# Machine-read files of each language's root, and folders, kept out of search results.
NOINDEX_FILES = ("stories.json", "vacancies.json")
NOINDEX_DIRS = ("admin", "pagefind", "feeds")
# A name a pattern line can carry as it is: a space ends the path, "*" and ":"
# are the hosts' wildcards. Any other (a file EXTRA_PATH_METADATA puts at the
# top, "Jaarverslag 2025.pdf") keeps the host's default, the same revalidation;
# so do _headers and _redirects, which the host reads and never serves.
PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def rules(output: Path, prefixes: list[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(pattern, [(header, value), ...]) for what is in ``output``; ``prefixes``:
    the languages' folders ("" for the default language's, "en/")."""
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for folder in HASHED:
        if _has_files(output / folder):
            out.append((f"/{folder}/*", [("Cache-Control", IMMUTABLE)]))
    noindex = {f"/{p}{name}" for p in prefixes for name in NOINDEX_FILES}
    noindex |= {f"/{p}{name}/*" for p in prefixes for name in NOINDEX_DIRS}
    if (output / "index.html").is_file():
        out.append(("/", [("Cache-Control", REVALIDATE)]))
    for entry in sorted(output.iterdir(), key=lambda e: e.name):
        name = entry.name
        if not PLAIN_NAME.fullmatch(name):
            continue
        if entry.is_dir() and name not in (*HOLDERS, *HASHED) and _has_files(entry):
            pattern = f"/{name}/*"
        elif entry.is_file():
            pattern = f"/{name}"
        else:
            continue
        headers = [("Cache-Control", REVALIDATE)]
        if pattern in noindex:
            headers.append(("X-Robots-Tag", "noindex"))
            noindex.discard(pattern)
        out.append((pattern, headers))
    # In a language's folder ("/en/stories.json") or among the hashed parts:
    # a rule of their own, with no Cache-Control (their folder's rule gives it).
    for pattern in sorted(noindex):
        if _matches_any(output, pattern):
            out.append((pattern, [("X-Robots-Tag", "noindex")]))
    return out


def write_headers_file(settings: dict, output: Path) -> None:
    """``output``'s ``_headers`` for the host of PODIUM_REDIRECTS_FILE (none
    unset), once every file of the build is there (the search index's last)."""
    ps = podium_settings.get(settings)
    host = ps.redirects_file
    if host is None:
        return
    prefixes = [ps.lang_prefix(lang) for lang in ps.languages]
    lines = [f"# {host}: written by Podium on every build (PODIUM_REDIRECTS_FILE); do not edit"]
    for pattern, headers in rules(output, prefixes):
        lines.append(pattern)
        lines += [f"  {name}: {value}" for name, value in headers]
    write_text(output / "_headers", "\n".join(lines) + "\n")


def _matches_any(output: Path, pattern: str) -> bool:
    if pattern.endswith("/*"):
        return _has_files(output / pattern[1:-2])
    return (output / pattern[1:]).is_file()


def _has_files(folder: Path) -> bool:
    return folder.is_dir() and any(p.is_file() for p in folder.rglob("*"))
