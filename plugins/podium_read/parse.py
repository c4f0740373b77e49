"""Read one story file into a validated Story and its rendered Body.

Used by both the Pelican reader and ``podium check``; memoised on the file's
identity so validating before a build and reading during it cost one parse.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from podium import yamlio
from podium.errors import ContentError, Issue
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
_renderer: Renderer | None = None


def kind_of(path: Path, content_root: Path) -> str | None:
    """The story kind comes from the folder: content/interviews or content/columns."""
    try:
        top = path.resolve().relative_to(content_root.resolve()).parts[0]
    except (ValueError, IndexError):
        return None
    return STORY_KINDS.get(top)


def display_path(path: Path) -> str:
    """Paths in messages are relative to the working directory when possible."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def parse_story(path: Path, content_root: Path, settings: PodiumSettings) -> Parsed:
    path = Path(path)
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size, settings)
    if key not in _memo:
        _memo[key] = _parse(path, Path(content_root), settings)
    return _memo[key]


def _parse(path: Path, content_root: Path, settings: PodiumSettings) -> Parsed:
    global _renderer
    shown = display_path(path)
    kind = kind_of(path, content_root) or "column"
    try:
        source = split(path.read_bytes(), shown, settings.max_story_bytes)
        located = yamlio.load(source.front_matter, shown, line_offset=1)
    except ContentError as exc:
        return Parsed(None, None, list(exc.issues), source=path.resolve())
    story, issues = validate(located, shown, kind, settings)
    if story is not None and story.photo:
        issues += _check_photo(story, content_root)
    if _renderer is None:
        _renderer = Renderer()
    body = _renderer.render(source.body, kind, shown, source.body_line)
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
    except ValueError:
        return [Issue(story.path, line, f'field "photo" points outside content/: "{story.photo}"')]
    if not target.is_file():
        return [
            Issue(
                story.path,
                line,
                f'field "photo": no file content/{story.photo}; give a path relative to content/',
            )
        ]
    return []
