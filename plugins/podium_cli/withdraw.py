"""``podium withdraw SLUG``: take a story down when consent is withdrawn.

Removes the story, its translations and their photos (unless another story
still uses a photo) from ``content/``, and records the slug, its languages
and its former themes in ``withdrawn.yml``: no name, no personal data. The
render step then writes a tombstone at every old URL.

Transactional, because what it deletes is someone's story: everything is
checked first (the record parses, every translation is found, also one that
does not parse, every file may be removed), then the record is written
atomically, then the files are moved aside and only then deleted. Any
failure before the end puts back what was moved and the previous record,
so either all of it happened or nothing did.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from podium import paths, yamlio
from podium.atomic import one_writer, signals_wait, umask_mode
from podium.errors import ContentError, Issue
from podium.filetypes import RASTER
from podium.settings import PORTRAITS_FOLDER
from podium_read.parse import Parsed, display_path
from podium_read.schema import slug_from_filename
from podium_read.withdrawn import load_withdrawn, parse_withdrawn, stopped_withdrawals

HEADER = (
    "# Withdrawn stories: their old URLs answer with a tombstone page.\n"
    "# Slugs only, written by `podium withdraw`; never add names or other personal data\n"
    "# (but a people page's slug in `people`, with that colleague's consent: see README).\n"
)
# Where the browser editor puts a story's photos, in a folder per story.
PHOTO_FOLDER = PORTRAITS_FOLDER
# Front matter lines of a story that does not parse as a whole: enough to
# know it belongs to the slug and which photo it uses.
_FIELD = re.compile(r"""^(slug|photo|lang)\s*:\s*["']?([^"'#\s]+)["']?\s*(?:#.*)?$""", re.M)


@dataclass
class Withdrawal:
    slug: str
    removed: list[Path] = field(default_factory=list)
    langs: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)


def _fields(source: Path) -> dict[str, str]:
    """slug, photo and lang as written in a story's front matter, parsed or not."""
    try:
        text = paths.read_bounded(source, 1_000_000).decode("utf-8", "replace")
    except paths.Refused:
        return {}
    head = text.split("\n---", 1)[0] if text.startswith("---") else ""
    return {m.group(1): m.group(2) for m in _FIELD.finditer(head)}


def _belongs(p: Parsed, slug: str, languages: tuple[str, ...]) -> bool:
    if p.story is not None:
        return p.story.slug == slug
    if p.source is None:
        return False
    written = _fields(p.source).get("slug")
    return (written or slug_from_filename(p.source.name, languages)[0]) == slug


def plan(
    slug: str,
    content: Path,
    parsed: list[Parsed],
    record: Path,
    languages: tuple[str, ...],
    keep: tuple[str, ...] = (),
    themes_of: Callable[[Any], list[str]] | None = None,
    lang: str | None = None,
    url_of: Callable[[str, str], str] | None = None,
    published: Callable[[Parsed], bool] | None = None,
) -> tuple[Withdrawal, list[dict] | None] | None:
    """What withdrawing ``slug`` removes, and the record's new entries (None: the
    record stays as it is); changes nothing.

    ``keep``: files under content/ the settings use (the brand's logo), never
    removed as a story's photo. ``themes_of(story)``: the themes the story is
    on, automatic ones included (the tombstone links them); its explicit ones
    when not given. ``lang``: withdraw only that translation (consent given for
    one language, or a translation taken back); the others stay published.
    ``published(p)``: whether that translation was ever public (not a draft, nor
    scheduled); only those get a tombstone (default: every one).

    Raises ContentError (one line each) when the record is invalid or a file
    may not be removed.
    """
    recorded = _check_record(record, content, languages)
    mine = [
        p
        for p in parsed
        if _belongs(p, slug, languages) and (lang is None or _lang(p, languages) == lang)
    ]
    if not mine:
        return None
    others = [p for p in parsed if p not in mine]
    if lang is not None:
        _keep_aliases(slug, mine, others, languages, url_of or _default_urls(languages))
    still_used = {p.story.photo for p in others if p.story is not None and p.story.photo}
    still_used |= {f["photo"] for p in others if p.story is None and p.source
                   for f in [_fields(p.source)] if "photo" in f}  # fmt: skip
    # Images and files another story's text links ({static}, {attach}) stay too.
    still_used |= {link.target for p in others if p.body for link in p.body.links}
    kept = {(content / k).resolve() for k in keep}
    out = Withdrawal(slug)
    issues: list[Issue] = []
    # A draft or a scheduled story never had a public address: a tombstone there
    # published its slug (which may hold a name or an unannounced plan) and its
    # themes, and the editor's config listed it as withdrawn.
    public = [p for p in mine if published is None or published(p)]
    for p in mine:
        written = _fields(p.source)
        if p in public and (its := _lang(p, languages)) and its not in out.langs:
            out.langs.append(its)
        if p.story is not None and p in public:
            on = themes_of(p.story) if themes_of else list(p.story.themes)
            out.themes.extend(t for t in on if t not in out.themes)
        photo = p.story.photo if p.story else written.get("photo")
        candidates = [p.source]
        # Only a photo is removed with the story: the "photo" line of a translation
        # that does not parse was never checked, and may name another story or themes.yml.
        is_photo = bool(photo) and PurePosixPath(photo).suffix[1:].lower() in RASTER
        # And what its text links, checked by the read step: pictures of the person too.
        owned = [photo] if is_photo else []
        if p.body is not None:
            owned += [link.target for link in p.body.links]
        for rel in owned:
            if rel in still_used:
                continue
            # No such file (or not one we may touch): nothing to remove.
            with contextlib.suppress(paths.Refused):
                if (found := paths.content_file(content, rel)).resolve() not in kept:
                    candidates.append(found)
        for path in candidates:
            if path in out.removed:
                continue
            try:
                real = paths.content_file(content, path)
            except paths.Refused as exc:
                issues.append(Issue(display_path(path), None, f"cannot remove it: it {exc}"))
                continue
            if not os.access(real.parent, os.W_OK | os.X_OK):
                issues.append(Issue(display_path(path), None, "cannot remove it: read-only folder"))
            out.removed.append(path)
    # The browser editor uploads a story's photos into a folder of its own,
    # named as its file is (podium_cms: images/people/<file slug>/): a portrait
    # the writer replaced stays there, named by no story, and is the person's
    # face as much as the one in "photo". Once no translation is left, every
    # file in it that no other story uses goes too.
    if not [p for p in others if p.story is not None and p.story.slug == slug]:
        stems = dict.fromkeys(slug_from_filename(p.source.name, languages)[0] for p in mine)
        taken = {path.resolve() for path in out.removed}
        for stem in stems:
            folder = content / PHOTO_FOLDER / stem
            if folder.is_symlink() or not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                rel = path.relative_to(content).as_posix()
                if path.is_symlink() or not path.is_file() or path.name.startswith("."):
                    continue
                if rel in still_used or path.resolve() in kept | taken:
                    continue
                with contextlib.suppress(paths.Refused):
                    real = paths.content_file(content, path)
                    if not os.access(real.parent, os.W_OK | os.X_OK):
                        issues.append(
                            Issue(display_path(path), None, "cannot remove it: read-only folder")
                        )
                    out.removed.append(path)
    if issues:
        raise ContentError(issues)
    if not public:
        return out, None  # its files go; nothing to record, no address to keep
    if not out.langs:
        out.langs = [languages[0]] if languages else []
    return out, _new_entries(slug, parsed, mine, out, recorded)


def _check_record(record: Path, content: Path, languages: tuple[str, ...]) -> list[dict] | None:
    """The withdrawn record's entries (None: there is none), read once, after
    checking that it is a file of content/, UTF-8 and valid; else ContentError,
    one line each, before anything is removed."""
    shown = display_path(record)
    if not (record.is_file() or record.is_symlink()):
        return None
    try:
        paths.content_file(content, record)
        text = paths.read_bounded(record, 10_000_000).decode("utf-8")
    except (paths.Refused, UnicodeDecodeError) as exc:
        reason = "is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else str(exc)
        raise ContentError([Issue(shown, None, f"{reason}; nothing was withdrawn")]) from None
    text = text.removeprefix("\ufeff")  # as utf-8-sig reads it
    read = parse_withdrawn(text, languages, shown)  # raises ContentError, one line each
    # Each entry as written, with what parse_withdrawn read of it. yaml.safe_load read
    # the text a second time in its own way: "slug: 2026-02-30", which podium check
    # passes, ended the withdrawal in "ValueError: day is out of range for month",
    # "withdrawn: !!str" before the list in a ConstructorError, and "slug: 2026-01-01"
    # was a date that no slug equals.
    entries = (yamlio.load(text, shown).data or {}).get("withdrawn") or []
    recorded = []
    for entry, one in zip(entries, read, strict=True):  # an entry each, once valid
        fields = {"slug": one.slug, "langs": list(one.langs), "themes": list(one.themes),
                  "people": list(one.people)}  # fmt: skip
        recorded.append({**entry, **{k: v for k, v in fields.items() if k in entry}})
    return recorded


def _new_entries(
    slug: str,
    parsed: list[Parsed],
    mine: list[Parsed],
    out: Withdrawal,
    recorded: list[dict] | None,
) -> list[dict]:
    """The record's entries once ``slug`` is withdrawn: its slug, its old slugs and
    its old addresses, each with its languages and themes, and every other entry.
    ``recorded``: the record's entries as ``_check_record`` read them (None: there is none)."""
    # Its old slugs (``aliases``) were shared as much as its slug: their URLs
    # get a tombstone too, recorded as slugs of their own (no personal data).
    # They are the story's, listed in any of its translations: withdrawing the
    # English one of a story whose Dutch file lists them ends /en/stories/<alias>/ too.
    story_of = [p for p in parsed if p.story is not None and p.story.slug == slug]
    aliases = [a for p in [*mine, *story_of] if p.story is not None for a in p.story.aliases]
    slugs = [slug, *dict.fromkeys(a for a in aliases if a != slug)]
    # Its old addresses written as a path (a story moved to another language)
    # are one URL each: a tombstone in that language, once no translation is
    # left for them to lead to.
    moved: dict[str, set[str]] = {}
    if not [p for p in parsed if p not in mine and p.story is not None and p.story.slug == slug]:
        for p in [*mine, *story_of]:
            for old, old_lang in p.story.path_aliases if p.story is not None else ():
                moved.setdefault(old, set()).add(old_lang)
    slugs += [one for one in moved if one not in slugs]
    earlier = [e for e in recorded or [] if e.get("slug") in slugs]
    entries = [e for e in recorded or [] if e not in earlier]
    # A translation withdrawn before (or recorded by hand) keeps its tombstone:
    # the entry grows by these languages and themes, never loses one.
    langs = set(out.langs) | {x for e in earlier for x in e.get("langs") or ()}
    themes = list(dict.fromkeys([t for e in earlier for t in e.get("themes") or ()] + out.themes))
    for one in slugs:
        # Lists of their own: one list shared by two entries is a YAML anchor.
        # An old slug answered in the languages withdrawn now, and in those its
        # own entry kept: one listed after --lang en took that language down
        # never had an English address, which the slug's entry gave it.
        mine_langs = set(langs) if one == slug else set(out.langs) if one in aliases else set()
        mine_langs |= moved.get(one, set())
        mine_langs |= {x for e in earlier if e.get("slug") == one for x in e.get("langs") or ()}
        # Its own entry's other fields stay: the people slug kept by hand, with the
        # colleague's consent, went, and a namesake was given the address it held.
        before = next((e for e in earlier if e.get("slug") == one), {})
        entries.append({**before, "slug": one, "langs": sorted(mine_langs), "themes": list(themes)})
    return entries


# tempfile's eight characters after the record's name (_write_atomically).
_RECORD_COPY = re.compile(r"[a-z0-9_]{8}")


def finish_stopped(
    content: Path, record: Path, languages: tuple[str, ...]
) -> tuple[list[str], list[Path]]:
    """Finish the withdrawals that were stopped half way: what was done, a line
    each, and the files removed, by the names they had (which git history keeps).

    Ctrl-C and SIGTERM wait for a withdrawal's renames (``signals_wait``), but
    SIGKILL, the OOM killer or a power cut does not: the record was written,
    and some files were moved aside (``.NAME.withdrawn-PID``), where nothing
    removed them. The record is written before any file moves, so a story it
    names was withdrawn, decided and recorded: its files left aside are
    removed, as the run that was stopped would have. One whose slug the record
    no longer names (edited since) is put back, where its name is free. A
    record that does not parse: nothing is done (the plan says what is wrong).
    Called holding content/ (``one_writer``): no withdrawal is running then.
    """
    said: list[str] = []
    # Killed while it wrote the record: its temporary copy (_write_atomically),
    # half of the new list, stayed beside it; the record itself is whole.
    for path in sorted(record.parent.glob(f".{record.name}.*")):
        if _RECORD_COPY.fullmatch(path.name[len(record.name) + 2 :]) and not path.is_symlink():
            with contextlib.suppress(OSError):
                os.unlink(path)
                said.append(
                    f"removed {os.path.relpath(path)} (an unfinished copy of "
                    f"{display_path(record)} left by a podium withdraw that was stopped)"
                )
    asides = stopped_withdrawals(content, languages)
    if not asides:
        return said, []
    try:
        entries = load_withdrawn(content, record, languages, display_path(record))
        recorded = {w.slug for w in entries}
    except ContentError:
        return said, []
    removed: list[Path] = []
    for aside in asides:
        shown = os.path.relpath(aside.path)
        try:
            if aside.slug is None or aside.slug in recorded:
                os.unlink(aside.path)
                removed.append(aside.original)
                whose = f" of {aside.slug}" if aside.slug else ""
                said.append(f"removed {shown} (left by a podium withdraw{whose} that was stopped)")
                if aside.path.parent.parent == content / PHOTO_FOLDER:
                    with contextlib.suppress(OSError):
                        aside.path.parent.rmdir()  # refuses a folder that still holds a file
            elif not os.path.lexists(aside.original):
                os.replace(aside.path, aside.original)
                said.append(
                    f"put back {os.path.relpath(aside.original)} (left aside by a podium "
                    f"withdraw that was stopped; {display_path(record)} does not name "
                    f"{aside.slug})"
                )
        except OSError as exc:
            said.append(f"{shown}: warning: cannot remove it ({exc.strerror or exc})")
    return said, removed


def _keep_aliases(
    slug: str,
    mine: list[Parsed],
    others: list[Parsed],
    languages: tuple[str, ...],
    url_of: Callable[[str, str], str],
) -> None:
    """Refuse to withdraw one translation whose ``aliases`` the others lack.

    One translation listing the story's old slugs is enough, and the build
    reads them from whichever translation is in content/: once this file is
    gone, the other languages' old URLs, which redirected to the story, would
    be bare 404s. Nothing is withdrawn; the line names what to copy where.
    """
    lost = list(
        dict.fromkeys(a for p in mine if p.story is not None for a in _old(p.story, url_of))
    )
    staying = [p for p in others if p.story is not None and p.story.slug == slug]
    if not lost or not staying:
        return
    kept = {a for p in staying for a in _old(p.story, url_of)}
    if missing := [a for a in lost if a not in kept]:
        first = min(staying, key=lambda p: p.story.path).story
        urls = ", ".join(a if a.startswith("/") else f"/{url_of(a, first.lang)}" for a in missing)
        raise ContentError(
            [
                Issue(
                    first.path,
                    first.line("aliases") if "aliases" in first.lines else None,
                    f"withdrawing {display_path(mine[0].source)} would leave {urls} a 404: "
                    f'only its "aliases" lead there; add aliases: [{", ".join(missing)}] '
                    "to this file first (nothing was withdrawn)",
                )
            ]  # fmt: skip
        )


def _old(story, url_of: Callable[[str, str], str]) -> list[str]:
    """A story's ``aliases`` as written: old slugs, and old addresses as paths."""
    return [*story.aliases, *(f"/{url_of(s, lang)}" for s, lang in story.path_aliases)]


def _default_urls(languages: tuple[str, ...]) -> Callable[[str, str], str]:
    """Podium's default story URLs (PodiumSettings.story_url), for a caller
    without settings: the hub's default language, first in ``languages``, has
    no prefix."""
    default = languages[0] if languages else None
    return lambda slug, lang: f"{'' if lang == default else lang + '/'}stories/{slug}/"


def _lang(p: Parsed, languages: tuple[str, ...]) -> str | None:
    """A story file's language: as parsed; for one that does not parse, its
    front matter's or its name's (``x.en.md``), else the first of
    ``languages``: the caller puts the hub's default language first, which the
    reader gives a file that names none."""
    if p.story is not None:
        return p.story.lang
    if p.source is None:
        return None
    lang = _fields(p.source).get("lang") or slug_from_filename(p.source.name, languages)[1]
    return lang if lang in languages else (languages[0] if languages else None)


def withdraw(
    slug: str,
    content: Path,
    parsed: list[Parsed],
    record: Path,
    languages: tuple[str, ...] = ("nl", "en"),
    keep: tuple[str, ...] = (),
    themes_of: Callable[[Any], list[str]] | None = None,
    lang: str | None = None,
    url_of: Callable[[str, str], str] | None = None,
    published: Callable[[Parsed], bool] | None = None,
) -> Withdrawal | None:
    # One withdrawal (or pull) at a time: two at once each read the record and
    # wrote it back with their own entry, and the last dropped the other's.
    with one_writer(content):
        planned = plan(
            slug, content, parsed, record, languages, keep, themes_of, lang, url_of, published
        )
        if planned is None:
            return None
        out, entries = planned
        # None: a story never published; killed half way, its files moved aside
        # are put back by the next withdraw (the record does not name it).
        body = (
            None
            if entries is None
            else yaml.safe_dump({"withdrawn": entries}, allow_unicode=True, sort_keys=False)
        )
        # One step for Ctrl-C and SIGTERM: stopped half way, content/ kept the record
        # naming the story, some of its files in place and the others moved aside
        # as hidden .NAME.withdrawn-PID files that nothing removed.
        with signals_wait():
            return _apply(out, body, record, content)


def _apply(out: Withdrawal, body: str | None, record: Path, content: Path) -> Withdrawal:
    previous = record.read_bytes() if record.is_file() else None
    try:
        if body is not None:
            _write_atomically(record, (HEADER + body).encode("utf-8"))
    except OSError as exc:
        # A content/ that cannot be written (read-only, full) ended in "podium: error:
        # PermissionError: ... '.../content/.withdrawn.yml.1plnqxl2'", naming a
        # temporary file and nothing to do. Nothing was changed yet.
        raise ContentError(
            [Issue(display_path(record), None, f"cannot write it ({exc.strerror or exc}); "
                   "nothing was withdrawn: make content/ writable and run it again")]
        ) from None  # fmt: skip
    moved: list[tuple[Path, Path]] = []
    try:
        # Moved aside first (a rename in the same folder), so a failure half
        # way can put every file back; deleted only once all of them moved.
        for path in out.removed:
            aside = path.with_name(f".{path.name}.withdrawn-{os.getpid()}")
            _move(path, aside)
            moved.append((aside, path))
    except OSError as exc:
        for aside, path in reversed(moved):
            _move(aside, path)
        if body is None:
            pass  # the record was not written
        elif previous is None:
            os.unlink(record)
        else:
            _write_atomically(record, previous)
        raise ContentError(
            [
                Issue(
                    display_path(path),
                    None,
                    f"cannot remove it ({exc.strerror or exc}); nothing was withdrawn",
                )
            ]  # fmt: skip
        ) from None
    for aside, _path in moved:
        os.unlink(aside)
    # A story's own photo folder left empty goes too: its name is the story's.
    for folder in dict.fromkeys(path.parent for path in out.removed):
        if folder.parent == content / PHOTO_FOLDER:
            with contextlib.suppress(OSError):
                folder.rmdir()  # refuses a folder that still holds a file
    return out


def _move(source: Path, target: Path) -> None:
    """Every change withdraw makes to content/ is one rename (tests fail each in turn)."""
    os.replace(source, target)


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, umask_mode())  # committed: not the temporary file's private 0600
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        _move(Path(tmp), path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
