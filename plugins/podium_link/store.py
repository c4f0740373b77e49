"""Vacancy links kept between builds, per story.

Linking a thousand stories to fifty vacancies took about half a second of
each build, for nearly the same answer as the build before. A story's links
depend only on that story and on the open vacancies as linking sees them
(``Linkable``: key, language, team, themes, text, explicit choices; the
TF-IDF weights are the vacancies'), and on the linking code. So the entry is
keyed by a hash of the code and the vacancies (``space``), and holds each
story's links under a hash of the story (``podium.cache.ItemCache``): one
edited story is linked again, the others are read back. A changed vacancy
links every story again.

As with the tag store, the entry is JSON and not trusted: a folder restored
from a CI cache could hold a planted file. A stored story's links that hold a
link the inputs cannot produce (a vacancy that is not open, an explicit link
nobody chose, a theme the story does not have, a score that is not a number)
are a miss, and that story is linked again.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from podium.fingerprint import code_fingerprint

from .linker import Link, Linkable

FOLDER = "links"
ENTRY = "links.json"
MAX_ENTRY_BYTES = 64 * 1024 * 1024  # a link is about fifty bytes; ten per story at most
REASONS = ("explicit", "team", "text")


@cache
def _code(memo: Path | None) -> str:
    return code_fingerprint(Path(__file__).with_name("linker.py"), memo)


def space(vacancies: Sequence[Linkable], memo: Path | None) -> str:
    """A hash of the linking code and of every open vacancy as linking reads it."""
    h = hashlib.sha256(b"podium links 2\0" + _code(memo).encode())
    for item in vacancies:  # one at a time: never one huge repr
        h.update(repr(item).encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


def links(raw: list, story: Linkable, open_ids: set[str]) -> list[Link]:
    """A story's stored links, checked; raises ValueError when one is implausible."""
    return [_link(item, story, open_ids) for item in raw]


def _link(item: list, story: Linkable, open_ids: set[str]) -> Link:
    vacancy, score, reasons = item
    reasons = tuple(reasons)
    ok = (
        vacancy in open_ids
        and isinstance(score, (int, float))
        and math.isfinite(score)
        and all(r in REASONS or (r.startswith("theme:") and r[6:] in story.themes) for r in reasons)
        and (vacancy in story.explicit) == ("explicit" in reasons)
    )
    if not ok:
        raise ValueError(f"implausible link {item!r}")
    return Link(vacancy, float(score), reasons)


def plain(items: list[Link]) -> list[list]:
    """A story's links as stored."""
    return [[link.key, link.score, list(link.reasons)] for link in items]
