"""Read one story file into a validated Story and its rendered Body.

Used by both the Pelican reader and ``podium check``; memoised on the file's
identity so validating before a build and reading during it cost one parse.
Parses are also kept on disk, in ``.podium-cache/parsed/`` beside content/,
keyed by the file's bytes, the settings and the parser's own source code, so
a rebuild parses only the stories that changed. (The photo check depends on
other files and runs every time.)
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
from dataclasses import dataclass, field, replace
from pathlib import Path

from podium import yamlio
from podium.cache import cache_root
from podium.errors import ContentError, Issue, display_path
from podium.fingerprint import code_fingerprint
from podium.photos import inspect_photo
from podium.settings import STORY_KINDS, PodiumSettings

from .body import Body, Renderer, derive_quote, derive_summary
from .schema import Story, validate
from .source import split


@dataclass
class Parsed:
    story: Story | None
    body: Body | None
    issues: list[Issue] = field(default_factory=list)
    summary: str = ""
    quote: str | None = None
    source: Path | None = None  # the file, absolute

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]


_memo: dict[tuple, Parsed] = {}
_renderers: dict[tuple[str, ...], Renderer] = {}  # one per PODIUM_IFRAME_HOSTS
_photo_memo: dict[tuple, str | None] = {}


def kind_of(path: Path, content_root: Path) -> str | None:
    """The story kind comes from the folder: content/interviews or content/columns."""
    try:
        top = path.resolve().relative_to(content_root.resolve()).parts[0]
    except (ValueError, IndexError):
        return None
    return STORY_KINDS.get(top)


def parse_story(path: Path, content_root: Path, settings: PodiumSettings) -> Parsed:
    path = Path(path)
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size, settings)
    if key not in _memo:
        _memo[key] = _parse_cached(path, Path(content_root), settings)
    parsed = _memo[key]
    # The photo is checked outside the memo: replacing a photo without
    # touching the story must be noticed (podium serve rebuilds in-process).
    if parsed.story is not None and parsed.story.photo:
        photo_issues = _check_photo(parsed.story, Path(content_root))
        if photo_issues:
            return replace(parsed, issues=parsed.issues + photo_issues)
    return parsed


# -- the disk cache ---------------------------------------------------------------


def _parse_cached(path: Path, content_root: Path, settings: PodiumSettings) -> Parsed:
    """``_parse``, or its result from an earlier build when nothing it depends on changed."""
    try:
        entry, key = _cache_entry(path, content_root, settings)
    except OSError:
        return _parse(path, content_root, settings)
    parsed = _load(entry, key)
    if parsed is None:
        parsed = _parse(path, content_root, settings)
        _store(entry, key, parsed)
    return parsed


@functools.cache
def _code_fingerprint() -> str:
    """The parser's source code and library versions: a changed parser never hits.

    Every module the parser imports, found by following its imports (never a
    hand-kept list, which once left out markup.py).
    """
    h = hashlib.sha256(b"podium parse cache 1\0")
    h.update(code_fingerprint(Path(__file__)).encode())
    return h.hexdigest()


def _cache_entry(path: Path, content_root: Path, settings: PodiumSettings) -> tuple[Path, str]:
    """The story's cache file (one per story file, so an edit replaces the old entry)
    and the key it must carry: everything a parse depends on."""
    where = str(path.resolve())
    name = hashlib.sha256(where.encode()).hexdigest()[:24]
    folder = cache_root(content_root, settings.cache_path) / "parsed"
    h = hashlib.sha256(_code_fingerprint().encode())
    # Messages name the file relative to the working directory: part of the key.
    for part in (where, display_path(path), str(content_root.resolve()), repr(settings)):
        h.update(part.encode() + b"\0")
    h.update(path.read_bytes())
    return folder / f"{name}.pickle", h.hexdigest()


def _load(entry: Path, key: str) -> Parsed | None:
    try:
        with open(entry, "rb") as f:
            stored_key, parsed = pickle.load(f)
    except Exception:  # absent, truncated, or from another Python: parse again
        return None
    return parsed if stored_key == key and isinstance(parsed, Parsed) else None


def _store(entry: Path, key: str, parsed: Parsed) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps((key, parsed), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, entry)
    except (OSError, pickle.PicklingError):  # a read-only checkout still builds
        pass


def _parse(path: Path, content_root: Path, settings: PodiumSettings) -> Parsed:
    shown = display_path(path, content_root)
    kind = kind_of(path, content_root) or "column"
    try:
        source = split(path.read_bytes(), shown, settings.max_story_bytes)
        located = yamlio.load(source.front_matter, shown, line_offset=1)
    except ContentError as exc:
        return Parsed(None, None, list(exc.issues), source=path.resolve())
    story, issues = validate(located, shown, kind, settings)
    renderer = _renderers.get(settings.iframe_hosts)
    if renderer is None:
        renderer = _renderers[settings.iframe_hosts] = Renderer(settings.iframe_hosts)
    body = renderer.render(source.body, kind, shown, source.body_line)
    issues += body.issues
    parsed = Parsed(story, body, issues, source=path.resolve())
    if story is not None:
        parsed.summary = story.summary or derive_summary(body)
        parsed.quote = story.quote or derive_quote(body, avoid=parsed.summary)
    return parsed


def _check_photo(story: Story, content_root: Path) -> list[Issue]:
    target = content_root / story.photo
    line = story.line("photo")
    # resolve() follows symlinks: a link that points out of content/ would
    # otherwise publish any file the build machine can read.
    try:
        target.resolve().relative_to(content_root.resolve())
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop
        return [Issue(story.path, line, f'field "photo" points outside content/: "{story.photo}"')]
    if not target.is_file():
        return [
            Issue(
                story.path,
                line,
                f'field "photo": no file content/{story.photo}; give a path relative to content/',
            )
        ]
    # A photo the image step cannot decode would otherwise fail the build
    # with a traceback after validation passed; say what is wrong up front.
    stat = target.stat()
    key = (str(target.resolve()), stat.st_mtime_ns, stat.st_size)
    if key not in _photo_memo:
        _photo_memo[key] = inspect_photo(target)
    problem = _photo_memo[key]
    if problem:
        return [
            Issue(
                story.path,
                line,
                f'field "photo": content/{story.photo} {problem}',
            )
        ]
    return []
