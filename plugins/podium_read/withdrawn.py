"""``content/withdrawn.yml``: slugs whose stories were withdrawn.

It records only what a tombstone needs (slug, languages, former themes) and
no personal data, because the file itself is published in git history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from podium import yamlio
from podium.errors import ContentError
from podium.fields import Fields


@dataclass(frozen=True)
class Withdrawn:
    slug: str
    langs: tuple[str, ...]
    themes: tuple[str, ...] = ()
    line: int | None = field(default=None, compare=False)  # of its slug, for messages
    # Whether "langs" was written (else: every language of the hub), for messages
    # that say which line to change.
    langs_written: bool = field(default=False, compare=False)


def load_withdrawn(path: Path, languages: tuple[str, ...], shown: str) -> list[Withdrawn]:
    if not path.is_file():
        return []
    return parse_withdrawn(path.read_text(encoding="utf-8-sig"), languages, shown)


def parse_withdrawn(text: str, languages: tuple[str, ...], shown: str) -> list[Withdrawn]:
    """Like ``load_withdrawn`` for text already read (the site model reads it once)."""
    located = yamlio.load(text, shown, keep_going=True)
    data = located.data or {}
    root = Fields(located, shown)
    root.issues.extend(located.issues)
    if not isinstance(data, dict):
        root.error(None, "withdrawn.yml must have a list 'withdrawn:'")
        raise ContentError(root.issues)
    root.unknown(["withdrawn"])
    entries = data.get("withdrawn") or []
    if not isinstance(entries, list):
        root.error("withdrawn", 'field "withdrawn" must be a list of {slug, langs, themes}')
        entries = []
    out = []
    seen: dict[str, int] = {}  # slug -> line of its first entry
    for i, entry in enumerate(entries):
        f = Fields(located, shown, ("withdrawn", i), entry)
        f.issues = root.issues
        if not isinstance(entry, dict):
            f.error(None, "each withdrawn entry must be a mapping {slug, langs, themes}")
            continue
        f.unknown(["slug", "langs", "themes", "date"])
        slug = f.slug("slug", required=True)
        langs = f.text_list("langs")
        for lang in langs:
            if lang not in languages:
                # Named as a writer would type them, not as a Python tuple ('nl', 'en').
                valid = ", ".join(languages)
                f.error("langs", f'"{lang}" in "langs" is not one of the site languages: {valid}')
        if slug and slug in seen:
            # Two entries for one slug: which languages and themes its tombstone
            # has would depend on which one wins.
            f.error("slug", f'slug "{slug}" is listed twice (also on line {seen[slug]}); '
                    "keep one entry")  # fmt: skip
        elif slug:
            seen[slug] = f.line("slug")
            themes = tuple(f.text_list("themes"))
            out.append(
                Withdrawn(slug, tuple(langs) or languages, themes, f.line("slug"), bool(langs))
            )
    if root.issues:
        raise ContentError(root.issues)
    return out
