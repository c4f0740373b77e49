"""``content/withdrawn.yml``: slugs whose stories were withdrawn.

It records only what a tombstone needs (slug, languages, former themes) and
no personal data, because the file itself is published in git history.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from podium import paths, yamlio
from podium.errors import ContentError, Issue
from podium.fields import Fields
from podium.slugs import device_slug

from .schema import slug_from_filename
from .source import read_utf8


@dataclass(frozen=True)
class Withdrawn:
    slug: str
    langs: tuple[str, ...]
    themes: tuple[str, ...] = ()
    line: int | None = field(default=None, compare=False)  # of its slug, for messages
    # Whether "langs" was written (else: every language of the hub), for messages
    # that say which line to change.
    langs_written: bool = field(default=False, compare=False)
    # People page slugs kept for the withdrawn author ("people: ben-bakker"),
    # written by hand and only with their consent, as it is their name: a
    # namesake who comes later gets "-2" (podium.slugs.person_slugs), not the
    # address links were shared to as theirs. And the line of "people".
    people: tuple[str, ...] = ()
    people_line: int | None = field(default=None, compare=False)


def load_withdrawn(
    content_root: Path, path: Path, languages: tuple[str, ...], shown: str
) -> list[Withdrawn]:
    """The withdrawn file's entries (none without one), read as the build reads it
    (``read_utf8``: never through a link out of ``content_root``)."""
    if not path.is_file():
        return []
    return parse_withdrawn(read_utf8(content_root, path, shown), languages, shown)


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
        f.unknown(["slug", "langs", "themes", "date", "people"])
        slug = f.slug("slug", required=True)
        if slug and (device := device_slug(slug, "the withdrawn story's page folder")):
            # No story has such a slug (a title "Con" gives "con-1"); its
            # tombstone, /stories/con/, is a folder no Windows build can write.
            f.error("slug", f'field "{f.name("slug")}" is {device}')
            slug = None
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
            people = tuple(f.text_list("people", item_slug=True))
            out.append(
                Withdrawn(slug, tuple(langs) or languages, themes, f.line("slug"), bool(langs),
                          people, f.line("people") if people else None)
            )  # fmt: skip
    if root.issues:
        raise ContentError(root.issues)
    return out


def people_kept_twice(entries: list[Withdrawn], shown: str) -> list[Issue]:
    """A warning for each people slug an entry's ``people`` repeats, or that
    an earlier entry keeps already (two stories of one colleague, each entry
    with people: [ben-bakker]). Valid, as the address is kept either way, but
    `podium check` names one line that keeps it ("remove it from its people"),
    and taken out there, the other line still kept it, said only at the next
    check. Warnings: the file is read as it is."""
    issues = []
    kept: dict[str, int | None] = {}
    for i, entry in enumerate(entries):
        field = f"withdrawn.{i}.people"
        for slug in dict.fromkeys(entry.people):
            if entry.people.count(slug) > 1:
                message = f'"{slug}" is listed twice in "{field}"; keep one'
                issues.append(Issue(shown, entry.people_line, message, "warning"))
            if slug in kept:
                issues.append(Issue(
                    shown, entry.people_line,
                    f'"{slug}" in "{field}" is kept by line {kept[slug]} already; keep it in '
                    "one entry, so that taking it out there gives the address free",
                    "warning",
                ))  # fmt: skip
            else:
                kept[slug] = entry.people_line
    return issues


# `podium withdraw` writes the record, then moves each file of the story aside
# (``.NAME.withdrawn-PID``, a rename in its folder) and deletes those once all
# have moved. One of them still in content/ is a withdrawal stopped half way
# (SIGKILL, the OOM killer, a power cut), after its record was written.
ASIDE = re.compile(r"\.(.+)\.withdrawn-([0-9]+)")
_SLUG_LINE = re.compile(r"""^slug\s*:\s*["']?([^"'#\s]+)["']?\s*(?:#.*)?$""", re.M)


@dataclass(frozen=True)
class Aside:
    """A file a stopped ``podium withdraw`` left moved aside."""

    path: Path  # as it is now: .NAME.withdrawn-PID
    original: Path  # where it was
    slug: str | None  # the story it went with; None: a photo whose story is gone already


def stopped_withdrawals(content_root: Path, languages: tuple[str, ...]) -> list[Aside]:
    """The files stopped withdrawals left aside in ``content_root``, each with the
    slug of the story it was removed with (a story file's own; a photo's is that
    of the story files moved aside by the same run)."""
    found = []
    for path in sorted(content_root.rglob(".*.withdrawn-*")):
        m = ASIDE.fullmatch(path.name)
        if m and not path.is_symlink() and path.is_file():
            found.append((path, m.group(1), m.group(2)))
    of_story: dict[Path, str] = {}
    by_run: dict[str, set[str]] = {}
    for path, name, run in found:
        if Path(name).suffix in (".md", ".markdown"):
            slug = _written_slug(path) or slug_from_filename(name, languages)[0]
            of_story[path] = slug
            by_run.setdefault(run, set()).add(slug)
    out = []
    for path, name, run in found:
        slug = of_story.get(path)
        if slug is None and len(by_run.get(run, ())) == 1:
            (slug,) = by_run[run]
        out.append(Aside(path, path.with_name(name), slug))
    return out


def _written_slug(path: Path) -> str | None:
    try:
        text = paths.read_bounded(path, 1_000_000).decode("utf-8", "replace")
    except paths.Refused:
        return None
    head = text.split("\n---", 1)[0] if text.startswith("---") else ""
    m = _SLUG_LINE.search(head)
    return m.group(1) if m else None
