"""What was sent before (the state file) and what the build published (the sitemap)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from podium.cache import read_json, sealed, write_sealed
from podium.paths import read_bounded

FORMAT = 1
FILE = ".podium-ping.json"
MAX_BYTES = 64 * 1024 * 1024  # a sent date per URL: a few MB for ten thousand pages
_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def state_path(cache_dir: Path) -> Path:
    """The state file sits beside the cache folder, not in it: clearing the
    cache (a normal thing to do) must not make the next ping resend every URL."""
    return Path(cache_dir).parent / FILE


def read_sitemap(path: Path) -> dict[str, str]:
    """URL -> lastmod ('' when none) of a sitemap Podium wrote; of a sitemap
    index (a site over 50,000 URLs), of each sitemap it lists, which the
    build wrote beside it."""
    root = ET.parse(path).getroot()  # our own build's output, not outside input
    if root.tag == f"{_NS}sitemapindex":
        pages: dict[str, str] = {}
        for loc in root.iter(f"{_NS}loc"):
            name = urlsplit((loc.text or "").strip()).path.rsplit("/", 1)[-1]
            if not name or name == path.name:
                raise ValueError(f"the sitemap index lists {loc.text!r}, not a sitemap beside it")
            if not (path.parent / name).is_file():
                # The index shipped alone (a copied workflow's artifact of sitemap.xml only).
                raise ValueError(
                    f"it lists {name}, which is not beside it; copy the sitemap*.xml files with it"
                )
            pages.update(read_sitemap(path.parent / name))
        return pages
    pages = {}
    for url in root.iter(f"{_NS}url"):
        loc = (url.findtext(f"{_NS}loc") or "").strip()
        if loc:
            pages[loc] = (url.findtext(f"{_NS}lastmod") or "").strip()
    return pages


@dataclass
class Target:
    """One service's record: URL -> lastmod it accepted; plus a daily quota count,
    and URL -> the build's content hash of the page it accepted (``hashes``)."""

    sent: dict[str, str] = field(default_factory=dict)
    day: str = ""
    used: int = 0
    hashes: dict[str, str] = field(default_factory=dict)

    def plan(
        self, pages: dict[str, str], wanted=lambda url: True, shown: dict[str, str] | None = None
    ) -> tuple[list, list]:
        """(changed, removed) URLs for this service, sorted.

        A page is changed when its lastmod is later than the one sent (or
        either has none and they differ). An earlier one is no change: the
        build's lastmod record (.podium-cache/lastmod.json) was lost, a cache
        cleared or an Actions cache expired, and the dates started over from
        the publication dates; sent again, every page edited since was.

        ``shown``: URL -> the content hash of a page the build dates by that
        hash (``read_shown``). The sitemap's lastmod is a day, so a page
        changed twice in one day kept the date sent after the first change,
        and the second was never sent; a hash other than the one sent is a
        change too. A URL sent without a hash (before they were kept) is not.
        """
        shown = shown or {}

        def changed_page(url: str, lastmod: str) -> bool:
            if _newer(lastmod, self.sent.get(url)):
                return True
            was = self.hashes.get(url)
            return lastmod == self.sent.get(url) and was is not None and shown.get(url, was) != was

        changed = sorted(u for u, lm in pages.items() if wanted(u) and changed_page(u, lm))
        removed = sorted(u for u in self.sent if u not in pages and wanted(u))
        return changed, removed

    def used_today(self, today: str) -> int:
        return self.used if self.day == today else 0


def _newer(lastmod: str, sent: str | None) -> bool:
    if sent is None:
        return True
    if _ISO_DAY.match(lastmod) and _ISO_DAY.match(sent):
        return lastmod > sent  # YYYY-MM-DD[Thh:mm...] sort as they fall
    return lastmod != sent


@dataclass
class State:
    path: Path
    targets: dict[str, Target] = field(default_factory=dict)
    warning: str | None = None

    @classmethod
    def load(cls, path: Path) -> State:
        """The state, or an empty one (plus a warning) when the file is unreadable."""
        state = cls(Path(path))
        if not state.path.exists():
            return state
        try:
            # Bounded, a regular file, no final symlink: the publish workflow
            # restores this file from the Actions cache (a FIFO would hang).
            raw = read_bounded(state.path, MAX_BYTES)
            if len(raw) > MAX_BYTES:
                raise ValueError(f"larger than {MAX_BYTES // 2**20} MB")
            # With PODIUM_CACHE_KEY set, what ping wrote only: a state planted in
            # the Actions cache ("sent 2099-01-01") kept changed pages from ever
            # being sent.
            if not sealed(state.path, raw):
                raise ValueError("no right MAC beside it (PODIUM_CACHE_KEY): not what ping wrote")
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not a Podium ping state file")
            for name, raw in (data.get("targets") or {}).items():
                sent = {str(k): str(v) for k, v in (raw.get("sent") or {}).items()}
                hashes = {str(k): str(v) for k, v in (raw.get("hashes") or {}).items()}
                day, used = str(raw.get("day", "")), int(raw.get("used", 0))
                state.targets[name] = Target(sent, day, used, hashes)
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            state.targets = {}
            state.warning = f"state file {path} is unreadable ({exc}); every URL counts as changed"
        return state

    def target(self, name: str) -> Target:
        return self.targets.setdefault(name, Target())

    def save(self) -> None:
        """Write atomically: a ping killed mid-way leaves the old state, not half a file."""
        doc = {
            "format": FORMAT,
            "targets": {
                name: {
                    "sent": dict(sorted(t.sent.items())),
                    "day": t.day,
                    "used": t.used,
                    "hashes": {u: h for u, h in sorted(t.hashes.items()) if u in t.sent},
                }
                for name, t in sorted(self.targets.items())
            },
        }
        write_sealed(self.path, json.dumps(doc, indent=1, sort_keys=True) + "\n")


def read_shown(record: Path | None, pages: dict[str, str]) -> dict[str, str]:
    """URL -> content hash, from the build's lastmod record
    (``.podium-cache/lastmod.json``, podium_render.freshness), of each page
    whose sitemap lastmod is the day the record saw that hash first: a page
    dated by its content. Not one dated by its ``updated`` field or git (the
    editor's word and the commit say when it changed). Nothing when the record
    is not there, not readable or (PODIUM_CACHE_KEY set) not the build's own, with
    its MAC: then only the dates count, as before."""
    if record is None:
        return {}
    data = read_json(record, signed=True)
    entries = data.get("pages") if isinstance(data, dict) and data.get("format") == 2 else None
    if not isinstance(entries, dict):
        return {}
    shown = {}
    for url, lastmod in pages.items():
        entry = entries.get(url)
        dated_by_it = isinstance(entry, dict) and lastmod and entry.get("date") == lastmod
        if dated_by_it and isinstance(entry.get("hash"), str):
            shown[url] = entry["hash"]
    return shown
