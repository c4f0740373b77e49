"""``podium new``: write a valid story file with prompts to replace."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from podium.prompts import ANSWER_HINTS, prompts
from podium_read.schema import slugify

FOLDERS = {"interview": "interviews", "column": "columns"}


PHOTO_MAX = 1600  # pixels on the long side: plenty for portraits and cards


def import_photo(source: Path, content_root: Path, stem: str) -> str:
    """Copy a photo into content/images/people/, cleaned: EXIF/GPS gone, upright, resized.

    Returns the ``photo`` field value (relative to content/). Raises
    ValueError with one line when the file is not a usable photo.
    """
    from podium_images import clean_photo, inspect_photo

    problem = inspect_photo(source)
    if problem:
        raise ValueError(problem)
    image = clean_photo(source)
    image.thumbnail((PHOTO_MAX, PHOTO_MAX))
    relative = f"images/people/{stem}.jpg"
    target = content_root / relative
    if target.exists():
        raise ValueError(f"content/{relative} exists already; not overwriting it")
    target.parent.mkdir(parents=True, exist_ok=True)
    image.convert("RGB").save(target, "JPEG", quality=88, optimize=True)
    return relative


@dataclass(frozen=True)
class NewStory:
    kind: str
    name: str
    role: str
    team: str | None
    lang: str
    title: str
    today: dt.date
    interviewer: str | None = None
    photo: str | None = None


def render(spec: NewStory) -> str:
    """The file's text: front matter that validates, then the prompts."""
    front = {
        "title": spec.title,
        "date": spec.today.isoformat(),
        "author": spec.name,
        "role": spec.role,
        "lang": spec.lang,
        "consent": {"given": spec.today.isoformat(), "social": True},
    }
    if spec.team:
        front["team"] = spec.team
    if spec.photo:
        front["photo"] = spec.photo
    if spec.kind == "interview" and spec.interviewer:
        front["interviewer"] = spec.interviewer
    head = yaml.safe_dump(front, allow_unicode=True, sort_keys=False).replace("'", '"')
    bank = prompts()[spec.kind].get(spec.lang) or prompts()[spec.kind]["en"]
    if spec.kind == "interview":
        hint = ANSWER_HINTS.get(spec.lang, ANSWER_HINTS["en"])
        body = "\n".join(f"## {q}\n\n{hint}\n" for q in bank)
    else:
        body = "\n".join(f"{p}\n" for p in bank)
    return f"---\n{head}---\n\n{body}"


def target_path(content_root: Path, spec: NewStory) -> Path:
    """``content/<kind>s/<name>-<title>[.<lang>].md``; the caller refuses to overwrite."""
    stem = slugify(f"{spec.name} {spec.title}")[:80].rstrip("-")
    return content_root / FOLDERS[spec.kind] / f"{stem}.md"

