"""Vacancy links kept between builds, keyed by everything linking reads.

Linking a thousand stories to fifty vacancies (TF-IDF over every story's
words) took about half a second of each warm build, for the same answer as
the build before. The links depend only on the stories and the open
vacancies as linking sees them (``Linkable``: key, language, team, themes,
text, explicit choices) and on the linking code; the key hashes exactly
those, so any change to a story, a vacancy or a theme tag misses and the
whole site is linked again (the TF-IDF weights are the whole site's).

As with the tag store, the entry is JSON and not trusted: a folder restored
from a CI cache could hold a planted file. An entry that does not decode,
carries another key, or holds a link the inputs cannot produce (a story or
vacancy that is not there, an explicit link nobody chose, a theme the story
does not have, a score that is not a number) is a miss.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from podium.cache import read_entry, write_entry
from podium.fingerprint import code_fingerprint

from .linker import Link, Linkable

FOLDER = "links"
ENTRY = "links.json"
MAX_ENTRY_BYTES = 64 * 1024 * 1024  # a link is about fifty bytes; ten per story at most
REASONS = ("explicit", "team", "text")


@cache
def _code(memo: Path | None) -> str:
    return code_fingerprint(Path(__file__).with_name("linker.py"), memo)


def key(stories: Sequence[Linkable], vacancies: Sequence[Linkable], memo: Path | None) -> str:
    """A hash of the linking code and of every story and vacancy as linking reads them."""
    h = hashlib.sha256(b"podium links 1\0" + _code(memo).encode())
    for part in (stories, vacancies):
        for item in part:  # one at a time: never one huge repr
            h.update(repr(item).encode("utf-8", "surrogatepass") + b"\0")
        h.update(b"\1")
    return h.hexdigest()


def load(
    folder: Path, want: str, stories: Sequence[Linkable], vacancies: Sequence[Linkable]
) -> dict[str, list[Link]] | None:
    """The stored links for ``want``, or None when absent, damaged, stale or implausible."""
    data = read_entry(folder / ENTRY, want, MAX_ENTRY_BYTES)
    if data is None:
        return None
    try:
        stored = data["links"]
        by_key = {s.key: s for s in stories}
        if not isinstance(stored, dict) or set(stored) != set(by_key):
            return None
        open_ids = {v.key for v in vacancies}
        return {
            story: [_link(item, by_key[story], open_ids) for item in items]
            for story, items in stored.items()
        }
    except Exception:  # noqa: BLE001 - any damage at all means "link again"
        return None


def _link(item: list, story: Linkable, open_ids: set[str]) -> Link:
    vacancy, score, reasons = item
    reasons = tuple(reasons)
    ok = (
        vacancy in open_ids
        and isinstance(score, (int, float))
        and math.isfinite(score)
        and all(
            r in REASONS or (r.startswith("theme:") and r[6:] in story.themes) for r in reasons
        )
        and (vacancy in story.explicit) == ("explicit" in reasons)
    )
    if not ok:
        raise ValueError(f"implausible link {item!r}")
    return Link(vacancy, float(score), reasons)


def save(folder: Path, want: str, links: dict[str, list[Link]]) -> None:
    """Replace the entry (write, then rename); a read-only cache only costs time."""
    plain = {
        story: [[link.key, link.score, list(link.reasons)] for link in items]
        for story, items in links.items()
    }
    write_entry(folder / ENTRY, want, {"links": plain})
