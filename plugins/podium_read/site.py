"""The site model: every content file of a build, read once.

``read_site`` reads the story files, ``themes.yml``, the vacancies and
``withdrawn.yml`` and returns one immutable :class:`Site` with the problems
found in each file. The validate step adds what spans files and puts the
Site into Pelican's context (``podium.pipeline.SITE``); every later step
takes themes, vacancies and withdrawn records from there instead of reading
the files again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from podium.errors import ContentError, Issue, display_path
from podium.settings import STORY_KINDS, PodiumSettings
from podium_vacancies import Vacancy, VacancySet, load_all

from .parse import Parsed, parse_story
from .schema import Story
from .themes import Theme, parse_themes
from .withdrawn import Withdrawn, parse_withdrawn

STORY_SUFFIXES = (".md", ".markdown")


@dataclass(frozen=True)
class Site:
    content_root: Path
    settings: PodiumSettings
    parsed: tuple[Parsed, ...]  # every story file, valid or not, by path
    themes: tuple[Theme, ...]  # empty without themes.yml or when it is invalid
    vacancies: VacancySet  # empty when a vacancy file is invalid
    withdrawn: tuple[Withdrawn, ...]
    problems: tuple[Issue, ...]  # errors and warnings, sorted
    themes_text: str | None = None  # themes.yml as read (None: no file), for line numbers

    @property
    def stories(self) -> tuple[Story, ...]:
        return tuple(p.story for p in self.parsed if p.story is not None)

    @property
    def teams(self) -> dict[str, dict[str, str]]:
        return self.settings.teams

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.problems if i.severity == "error"]

    def vacancy(self, vacancy_id: str) -> Vacancy | None:
        return self.vacancies.by_id().get(vacancy_id)


def story_files(content_root: Path) -> list[Path]:
    files = []
    for folder in STORY_KINDS:
        base = content_root / folder
        if base.is_dir():
            files.extend(p for p in base.rglob("*") if p.suffix in STORY_SUFFIXES and p.is_file())
    return sorted(files)


def read_utf8(path: Path, shown: str) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(
            [Issue(shown, None, f"file is not valid UTF-8 (byte {exc.start}); save it as UTF-8")]
        ) from None


def read_site(content_root: Path, settings: PodiumSettings) -> Site:
    """Every content file, read once; the problems of each file on its own."""
    content_root = Path(content_root)
    issues: list[Issue] = []
    parsed = tuple(parse_story(p, content_root, settings) for p in story_files(content_root))
    for p in parsed:
        issues.extend(p.issues)

    themes: list[Theme] = []
    themes_text = None
    path = content_root / settings.themes_file
    if path.is_file():
        # Messages name the file as displayed, which GitHub annotations can place.
        shown = display_path(path, content_root)
        themes_text = ""
        try:
            themes_text = read_utf8(path, shown)
            themes = parse_themes(themes_text, shown, settings.languages)
        except ContentError as exc:
            issues.extend(exc.issues)

    try:
        vacancies = load_all(
            content_root, settings.languages, settings.today, default_lang=settings.default_lang
        )
    except ContentError as exc:
        issues.extend(exc.issues)
        vacancies = VacancySet((), settings.today or dt.date.today())

    withdrawn: list[Withdrawn] = []
    path = content_root / settings.withdrawn_file
    if path.is_file():
        shown = display_path(path, content_root)
        try:
            withdrawn = parse_withdrawn(read_utf8(path, shown), settings.languages, shown)
        except ContentError as exc:
            issues.extend(exc.issues)

    return Site(
        content_root=content_root,
        settings=settings,
        parsed=parsed,
        themes=tuple(themes),
        vacancies=vacancies,
        withdrawn=tuple(withdrawn),
        problems=tuple(sorted(set(issues), key=Issue.sort_key)),
        themes_text=themes_text,
    )
