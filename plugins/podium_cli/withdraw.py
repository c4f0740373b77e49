"""``podium withdraw SLUG``: take a story down when consent is withdrawn.

Removes the story, its translations and their photos (unless another story
still uses a photo) from ``content/``, and records the slug, its languages
and its former themes in ``withdrawn.yml``: no name, no personal data. The
render step then writes a tombstone at every old URL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from podium_read.parse import Parsed


@dataclass
class Withdrawal:
    slug: str
    removed: list[Path] = field(default_factory=list)
    langs: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)


def withdraw(slug: str, content: Path, parsed: list[Parsed], record: Path) -> Withdrawal | None:
    mine = [p for p in parsed if p.story is not None and p.story.slug == slug]
    if not mine:
        return None
    others = [p for p in parsed if p.story is not None and p.story.slug != slug]
    still_used = {p.story.photo for p in others if p.story.photo}
    out = Withdrawal(slug)
    for p in mine:
        out.langs.append(p.story.lang)
        out.themes.extend(t for t in p.story.themes if t not in out.themes)
        source = p.source
        out.removed.append(source)
        if p.story.photo and p.story.photo not in still_used:
            photo = content / p.story.photo
            if photo.is_file() and photo not in out.removed:
                out.removed.append(photo)
    for path in out.removed:
        path.unlink()
    data = {"withdrawn": []}
    if record.is_file():
        data = yaml.safe_load(record.read_text(encoding="utf-8")) or {"withdrawn": []}
    entries = [e for e in data.get("withdrawn") or [] if e.get("slug") != slug]
    entries.append({"slug": slug, "langs": sorted(set(out.langs)), "themes": out.themes})
    header = (
        "# Withdrawn stories: their old URLs answer with a tombstone page.\n"
        "# Slugs only, written by `podium withdraw`; never add names or other personal data.\n"
    )
    body = yaml.safe_dump({"withdrawn": entries}, allow_unicode=True, sort_keys=False)
    record.write_text(header + body, encoding="utf-8")
    return out
