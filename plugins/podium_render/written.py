"""The record of each page the render step writes (``pipeline.WRITTEN_PAGES``).

Made from the text a page is rendered with, at the moment it is written, so the
sitemap's lastmod of a listing and the index step's choice of pages take what
render knew then, and no step reads a page back from the output: the data flows
once. A page kept unchanged from the previous output (``recycled.keep_if_same``)
is recorded the same way: its bytes are the ones rendered. The story pages a
forked writer wrote come back with the child (``dump``, ``load``).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Any

from podium import pipeline


@dataclass(frozen=True)
class WrittenPage:
    """A page as the render step wrote it, recorded from the text it rendered.

    ``lang``: the page's language (its ``PageMeta.lang``; None for a page with no
    PageMeta, the editor's); ``indexed``: search indexes it (``PageMeta.searchable``:
    a story, an open vacancy); ``digest``: the SHA-256 of the bytes written (or kept,
    unchanged, from the previous output); ``shown``: for a page the sitemap dates by
    its content (a listing), the hex SHA-256 of those bytes but for the site's footer.
    """

    lang: str | None
    indexed: bool
    digest: bytes
    shown: str | None = None


SITE_FOOTER = b'<footer class="site-footer">'


def without_site_footer(body: bytes) -> bytes:
    """A listing page's HTML but for the footer every page shares (base.html).

    Its "© 2026" follows the build's day: hashed with the page, every listing's
    sitemap lastmod moved on 1 January, and podium ping sent them all to
    IndexNow, with nothing on them changed. Google counts a footer's copyright
    date as no change of a page ("lastmod" in its sitemap guidelines); the rest
    of the page, head and menu included, still counts.
    """
    start = body.find(SITE_FOOTER)
    end = body.find(b"</footer>", start)
    if start < 0 or end < 0:
        return body
    return body[:start] + body[end + len(b"</footer>") :]


def fresh(settings: dict) -> dict[str, WrittenPage]:
    """An empty record for this build (a rebuild in one process starts anew)."""
    pages: dict[str, WrittenPage] = {}
    settings[pipeline.WRITTEN_PAGES] = pages
    return pages


def dated_by_content(meta: Any) -> bool:
    """Whether the sitemap dates ``meta``'s page by what it shows: a listing in
    the sitemap with no date of its own (``HubGenerator._hub_lastmods``)."""
    return meta is not None and not meta.lastmod and meta.in_sitemap and not meta.noindex


def record(settings: dict, output: str, name: str, data: bytes, meta: Any) -> None:
    """Note the page written at ``name`` with ``data`` (its bytes), ``meta`` its PageMeta."""
    pages = settings.get(pipeline.WRITTEN_PAGES)
    if pages is None:
        pages = fresh(settings)
    rel = os.path.relpath(name, output).replace(os.sep, "/")
    # Hashed only where the sitemap needs it: every other page's lastmod is its own.
    shown = None
    if dated_by_content(meta):
        shown = hashlib.sha256(without_site_footer(data)).hexdigest()
    pages[rel] = WrittenPage(
        lang=getattr(meta, "lang", None),
        indexed=bool(getattr(meta, "searchable", False)),
        digest=hashlib.sha256(data).digest(),
        shown=shown,
    )


def dump(settings: dict) -> dict[str, list]:
    """The record as JSON, for a forked writer to send back (``podium.forked``)."""
    pages = settings.get(pipeline.WRITTEN_PAGES) or {}
    return {rel: [p.lang, p.indexed, p.digest.hex(), p.shown] for rel, p in pages.items()}


def load(settings: dict, value: Any) -> None:
    """Add what a forked writer recorded (``dump``) to this process's record."""
    pages = settings.get(pipeline.WRITTEN_PAGES)
    if pages is None:
        pages = fresh(settings)
    for rel, (lang, indexed, digest, shown) in (value or {}).items():
        pages[rel] = WrittenPage(lang, indexed, bytes.fromhex(digest), shown)
