"""``podium new``: write a valid story file with prompts to replace.

The front matter is written by PyYAML's emitter (never by string surgery)
and read back through the story validator before the file is saved, so a
title such as ``'s Ochtends: koffie met collega's`` or a name such as
``Joost 't Hart`` arrives exactly as typed.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from podium import paths, yamlio
from podium.chars import FORBIDDEN_RE
from podium.errors import ContentError, Issue
from podium.fields import choice_meant
from podium.prompts import ANSWER_HINTS, prompts
from podium.settings import PORTRAITS_FOLDER, PodiumSettings
from podium.slugs import PARTICLES, device_slug
from podium.slugs import slugify as kernel_slugify
from podium_read.schema import SHARED_WITH_ORIGINAL, slugify, validate
from podium_read.source import split

FOLDERS = {"interview": "interviews", "column": "columns"}


PHOTO_MAX = 1600  # pixels on the long side: plenty for portraits and cards


def import_photo(source: Path, content_root: Path, stem: str) -> str:
    """Copy a photo into content/images/people/, cleaned: EXIF/GPS gone, upright, resized.

    Returns the ``photo`` field value (relative to content/). Raises
    ValueError with one line when the file is not a usable photo.
    """
    from podium.photos import on_white
    from podium_images import clean_photo, inspect_photo

    problem = inspect_photo(source)
    if problem:
        raise ValueError(problem)
    image = clean_photo(source)
    image.thumbnail((PHOTO_MAX, PHOTO_MAX))
    buf = io.BytesIO()
    # On white, as the site shows it: a cut-out portrait's transparent
    # background is black under its alpha channel.
    on_white(image).convert("RGB").save(buf, "JPEG", quality=88, optimize=True)
    # A colleague's second story brings its own photo: the first one (which
    # their first story shows) is never overwritten, and the new one takes the
    # next free name rather than failing after every question was answered.
    relative = f"{PORTRAITS_FOLDER}/{stem}.jpg"
    for n in range(2, 100):
        if not os.path.lexists(content_root / relative):
            break
        relative = f"{PORTRAITS_FOLDER}/{stem}-{n}.jpg"
    try:
        paths.create_content_file(content_root, content_root / relative, buf.getvalue())
    except paths.Refused as exc:
        raise ValueError(f"content/{relative} {exc}") from None
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
    consent_given: dt.date | None = None  # None: today
    social: bool = True
    # A translation (``--translation-of``): the original's slug, which makes
    # the two one story in two languages, and what it shares with it.
    slug: str | None = None
    consent_until: dt.date | None = None
    location: str | None = None
    themes: tuple[str, ...] = ()
    # A translation's folder under content/: its original's ("interviews/2025").
    folder: str | None = None
    vacancies: tuple[str, ...] = ()  # a translation's: its original's explicit links
    left: dt.date | None = None  # a translation's: the day its author left


class _Dumper(yaml.SafeDumper):
    """Double quotes for text with an apostrophe, which a person reads more easily."""


def _str(dumper: yaml.SafeDumper, value: str):
    style = '"' if "'" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def render(spec: NewStory) -> str:
    """The file's text: front matter that validates, then the prompts."""
    front = {
        "title": spec.title,
        "date": spec.today,
        "author": spec.name,
        "role": spec.role,
        "lang": spec.lang,
        # A draft until the employee is done: the file is valid and builds
        # (drafts are not published), and its prompts are warnings, not errors.
        "status": "draft",
        "consent": {
            "given": spec.consent_given or spec.today,
            "social": spec.social,
        },
    }
    if spec.slug:
        front["slug"] = spec.slug
    if spec.consent_until:
        front["consent"]["until"] = spec.consent_until
    if spec.location:
        front["location"] = spec.location
    if spec.themes:
        front["themes"] = list(spec.themes)
    if spec.vacancies:
        front["vacancies"] = list(spec.vacancies)
    if spec.left:
        front["left"] = spec.left
    if spec.team:
        front["team"] = spec.team
    if spec.photo:
        front["photo"] = spec.photo
    if spec.kind == "interview" and spec.interviewer:
        front["interviewer"] = spec.interviewer
    # The emitter quotes what needs quoting ('s Ochtends, "#", ": ", ...).
    head = yaml.dump(front, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
    bank = prompts()[spec.kind].get(spec.lang) or prompts()[spec.kind]["en"]
    if spec.kind == "interview":
        hint = ANSWER_HINTS.get(spec.lang, ANSWER_HINTS["en"])
        body = "\n".join(f"## {q}\n\n{hint}\n" for q in bank)
    else:
        body = "\n".join(f"{p}\n" for p in bank)
    return f"---\n{head}---\n\n{body}"


def front_matter_problems(text: str, path: str, kind: str, settings: PodiumSettings) -> list[Issue]:
    """Read ``text`` back as ``podium check`` would; the errors in its front matter."""
    try:
        source = split(text.encode("utf-8"), path, settings.max_story_bytes)
        located = yamlio.load(source.front_matter, path, line_offset=1)
    except ContentError as exc:
        return list(exc.issues)
    _story, issues = validate(located, path, kind, settings)
    return [i for i in issues if i.severity == "error"]


def read_back(text: str) -> dict:
    """The front matter of ``text`` as plain data (for the round-trip check)."""
    return yaml.safe_load(text.split("---\n", 2)[1])


def target_path(content_root: Path, spec: NewStory, default_lang: str) -> Path:
    """``content/<kind>s/<title>.md``, or ``<title>.<lang>.md`` in a language
    other than the site's default; the caller refuses to overwrite.

    The file name is the story's slug, so its URL, and the record ``podium
    withdraw`` keeps of it, would carry the author's name if it were part of
    it (contract §5: the record holds no personal data). The title alone names it.
    The language suffix is how the browser editor tells languages apart (its
    collection of another language lists only ``*.<lang>.md``): a plain
    ``my-year.md`` with ``lang: en`` was in none of its collections.
    """
    if spec.slug:  # a translation: beside its original, named by its slug
        folder = content_root / (spec.folder or FOLDERS[spec.kind])
        # In the default language as any story in it (an English-first hub's
        # translation of a Dutch story was x.en.md), unless the original has x.md.
        plain = folder / f"{spec.slug}.md"
        if spec.lang == default_lang and not plain.exists():
            return plain
        return folder / f"{spec.slug}.{spec.lang}.md"
    stem = story_slug(spec)
    suffix = "" if spec.lang == default_lang else f".{spec.lang}"
    return content_root / FOLDERS[spec.kind] / f"{stem}{suffix}.md"


def branch_name(spec: NewStory) -> str:
    """The git branch ``podium new`` suggests: ``story/<slug>``, a valid branch
    name for any title (a slug is lowercase letters, digits and hyphens). Not
    the file's name: "story/my-year.nl" carried the language suffix of the file.
    A translation's is ``story/<slug>-<lang>``: its original's branch has the slug."""
    slug = story_slug(spec)
    return "story/" + (kernel_slugify(f"{slug}-{spec.lang}") if spec.slug else slug)


def story_slug(spec: NewStory) -> str:
    """The slug, and so the URL, of a new story: from its title, never the author's name."""
    if spec.slug:
        return spec.slug
    slug = (title_slug(spec.title, spec.name) or slugify(spec.title))[:80].rstrip("-")
    # "Aux", "CON": a name Windows keeps for a device, which podium check refuses
    # ("write another, like aux-1"); the title is the writer's, the slug ours.
    return f"{slug}-1" if device_slug(slug, "") is not None else slug


def title_slug(title: str, name: str) -> str | None:
    """The slug of ``title`` without the words of ``name``; None when nothing else is left.

    A title often starts with the name ("Marloes Visser: mijn eerste jaar"),
    and its slug then put her name in the URL and, after a withdrawal, in
    withdrawn.yml for good. The full name goes (particles too), then each of
    its words that is more than a particle. A title with no letters at all
    (emoji) has no slug either way: the caller falls back to "story".
    """
    # A name's possessive ("Jan's dag", "Marloes Visser's jaar") left an "s" of
    # its own once the name had gone ("s-dag"). Only a name's: "auto's" is a
    # plural, and "Jan 's ochtends" keeps its word.
    names = "|".join(re.escape(w) for w in name.split() if w)
    if names:
        title = re.sub(rf"\b({names})['’]s\b", r"\1", title, flags=re.I)
    words = [w for w in kernel_slugify(_name_apart(title, name)).split("-") if w]
    named = [w for w in kernel_slugify(name).split("-") if w]
    kept: list[str] = []
    i = 0
    while i < len(words):
        if named and words[i : i + len(named)] == named:
            i += len(named)
            continue
        kept.append(words[i])
        i += 1
    kept = [w for w in kept if w not in named or w in PARTICLES]
    if words and not kept:
        return None
    return "-".join(kept)


# Chinese and Japanese characters: written without spaces, so a name stands
# against them ("Zoë的一年", "ゾーイの一年").
_CJK = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[^\W_{_CJK}]+")  # a word of another script: its letters and digits


def _name_apart(title: str, name: str) -> str:
    """``title`` with each word of ``name`` set apart by spaces where it stands
    against Chinese or Japanese characters: the slug ran it into them ("Zoë的一年"
    was zoede-yi-nian), so it stayed in the URL. A word counts as it slugifies
    ("Zoe" is "Zoë"); a particle ("de") only as part of the whole name. A name
    in Japanese kana is set apart as written ("ゾーイの一年")."""
    own = {kernel_slugify(w) for w in name.split()} - {""} - PARTICLES
    title = _RUN.sub(lambda m: f" {m[0]} " if kernel_slugify(m[0]) in own else m[0], title)
    for word in name.split():
        if re.search(rf"[{_CJK}]", word):
            title = title.replace(word, f" {word} ")
    return title


# The fields of the table whose NewStory attributes are named otherwise: each
# gives those attributes from the original (a podium_read Story). The others
# are one attribute of the same name.
_SHARED_AS = {
    # The original's day: one story, published on one day in every language.
    "date": lambda story: {"today": story.date.date()},
    "author": lambda story: {"name": story.author},
    "consent": lambda story: {
        "consent_given": story.consent.given,
        "social": story.consent.social,
        "consent_until": story.consent.until,
    },
}


def translation_of(story, kind: str, lang: str, title: str, role: str) -> NewStory:
    """A translation of ``story``: each field it shares with its original
    (podium_read.schema.SHARED_WITH_ORIGINAL, the table the browser editor
    fills a new translation by too) copied; the title, the ``role`` (words of
    ``lang``) and the text are the translator's to write."""
    shared: dict = {}
    for name in SHARED_WITH_ORIGINAL:
        as_new = _SHARED_AS.get(name)
        shared.update(as_new(story) if as_new else {name: getattr(story, name)})
    return NewStory(kind=kind, role=role, lang=lang, title=title, slug=story.slug, **shared)


# The wizard speaks the site's default language, or the one given with --lang.
WIZARD = {
    "nl": {
        "name": "Naam van de collega wiens verhaal het is",
        "role": "Functie",
        "team": "Team ({choices}; leeg: geen)",
        "lang": "Taal van het verhaal ({choices})",
        "title": "Werktitel (die kun je later nog veranderen)",
        "interviewer": "Wie stelt de vragen? (leeg: niemand genoemd)",
        "consent": "Op welke datum gaf {name} toestemming om dit verhaal te publiceren? "
        "(JJJJ-MM-DD)",
        "social": "Mag het verhaal met foto gedeeld worden op sociale media?",
        "yes_no": "[J/n]",
        "yes": ("j", "ja"),
        "no": ("n", "nee"),
        "not_yes_no": "antwoord met j(a) of n(ee)",
        "error": "Fout",
        "aborted": "Afgebroken; er is niets geschreven.",
        "empty": "mag niet leeg zijn",
        "one_line": "is één regel: schrijf het zonder regeleinde",
        "bad_char": "bevat het teken U+{code:04X}, dat in geen verhaal mag staan; typ de tekst "
        "eromheen opnieuw",
        "one_of": "kies een van: {choices}",
        "bad_date": "geen datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld {example}",
        "future": "{day} ligt in de toekomst (vandaag is het {today}); toestemming moet al"
        " gegeven zijn",
        "exists": "{path} bestaat al; kies een andere titel",
        "slug_taken": "de URL-naam {slug} is al in gebruik ({path}); kies een andere titel",
        "name_only": "de URL-naam komt uit de titel zonder de naam van {name} (na een"
        " terugtrekking blijft hij bewaard), en dan blijft er niets over; zeg in de titel ook"
        " waar het verhaal over gaat",
        "wrote": "Geschreven: {files}",
        "next": "Volgende stappen:\n"
        "  1. Vervang de vragen en hulpteksten in {path} door je eigen woorden.\n"
        "  2. Bekijk het: podium serve{s} --drafts   (open daarna http://localhost:8000/{preview})\n"
        '  3. Klaar? Verander "status: draft" in "status: published" en controleer het:'
        " podium check{s}\n"
        "  4. Zet het op een branch en open een pull request:",
    },
    "en": {
        "name": "Name of the colleague whose story it is",
        "role": "Job title",
        "team": "Team ({choices}; empty: none)",
        "lang": "Language of the story ({choices})",
        "title": "Working title (you can change it later)",
        "interviewer": "Who asks the questions? (empty: nobody named)",
        "consent": "On what date did {name} consent to publishing this story? (YYYY-MM-DD)",
        "social": "May the story be shared on social media, with the photo?",
        "yes_no": "[Y/n]",
        "yes": ("y", "yes"),
        "no": ("n", "no"),
        "not_yes_no": "answer y(es) or n(o)",
        "error": "Error",
        "aborted": "Aborted; nothing was written.",
        "empty": "must not be empty",
        "one_line": "is one line: write it without a line break",
        "bad_char": "holds the character U+{code:04X}, which no story may hold; retype the text "
        "around it",
        "one_of": "choose one of: {choices}",
        "bad_date": "not a date; write it as YYYY-MM-DD, for example {example}",
        "future": "{day} is in the future (today is {today}); consent must have been given already",
        "exists": "{path} exists already; choose another title",
        "slug_taken": "the URL name {slug} is already used ({path}); choose another title",
        "name_only": "the URL name comes from the title without {name}'s name (it is kept"
        " after a withdrawal), and nothing is left of it; say in the title what the story is"
        " about too",
        "wrote": "Wrote {files}",
        "next": "Next steps:\n"
        "  1. Replace the prompts in {path} with your own words.\n"
        "  2. Preview it: podium serve{s} --drafts   (then open http://localhost:8000/{preview})\n"
        '  3. Done? Change "status: draft" to "status: published" and check it:'
        " podium check{s}\n"
        "  4. Commit on a branch and open a pull request:",
    },
}


class Answers:
    """Checks one answer at a time; each check raises ValueError with the reason.

    The command line asks again on a ValueError, so nothing typed before is
    lost; the same checks apply to answers given as flags.
    """

    def __init__(self, settings: PodiumSettings, ui_lang: str):
        self.settings = settings
        self.t = WIZARD.get(ui_lang, WIZARD["en"])

    def text(self, value: str | None) -> str:
        value = (value or "").strip()
        if not value:
            raise ValueError(self.t["empty"])
        return self._one_line(value)

    def optional(self, value: str | None) -> str | None:
        return self._one_line((value or "").strip()) or None

    def _one_line(self, value: str) -> str:
        # A name, job title, title or interviewer is one line (podium check says
        # so of the file): a flag with a line break and a line "---" in it
        # (--role $'Tester\n---\nx') was written as an indented "  ---", which
        # ended the front matter, and the command in "podium: error: ScannerError".
        if len(value.splitlines()) > 1:
            raise ValueError(self.t["one_line"])
        # What podium check refuses in the file, refused as it is typed: --name with a
        # byte of a Latin-1 terminal ($'B\xe9n', half of a character to Python) was
        # asked every question, then the file refused and nothing written.
        found = FORBIDDEN_RE.search(value)
        if found:
            raise ValueError(self.t["bad_char"].format(code=ord(found.group()[0])))
        return value

    def team(self, value: str | None) -> str | None:
        """A team of the settings, also said by its name in any language
        ("Techniek" for engineering, as the site shows it) or its slug spelled
        otherwise ("SUPPORT"), as an employee answers the question."""
        value = (value or "").strip()
        teams = self.settings.teams
        if value and teams and value not in teams:
            said = " ".join(value.split()).casefold()
            meant = {
                slug
                for slug, names in teams.items()
                if kernel_slugify(value) == slug
                or said in {" ".join(n.split()).casefold() for n in names.values()}
            }
            if len(meant) != 1:
                raise ValueError(self.t["one_of"].format(choices=", ".join(teams)))
            value = meant.pop()
        return value or None

    def lang(self, value: str | None) -> str:
        """A language of the hub, also said by its name or spelled otherwise ("Dutch",
        "Nederlands", "EN", "en-GB"), as an employee answers the question."""
        meant = choice_meant(value or "", self.settings.languages)
        if meant is None:
            raise ValueError(self.t["one_of"].format(choices=", ".join(self.settings.languages)))
        return meant

    def yes_no(self, value: str | bool | None) -> bool:
        """Yes or no in the wizard's language (a Dutch writer types "ja"); empty is yes.

        English y/yes and n/no are understood in every language.
        """
        if isinstance(value, bool):
            return value
        answer = (value or "").strip().lower()
        if answer in ("", *self.t["yes"], *WIZARD["en"]["yes"]):
            return True
        if answer in (*self.t["no"], *WIZARD["en"]["no"]):
            return False
        raise ValueError(self.t["not_yes_no"])

    def date(self, value: str | dt.date | None) -> dt.date:
        if isinstance(value, dt.date):
            day = value
        else:
            try:
                day = dt.date.fromisoformat((value or "").strip())
            except ValueError:
                example = self.settings.today.isoformat()
                raise ValueError(self.t["bad_date"].format(example=example)) from None
        if day > self.settings.today:
            # The date as read, and the hub's today: "2030-11-01" typed for
            # "2020-11-01" was refused without either.
            today = self.settings.today.isoformat()
            raise ValueError(self.t["future"].format(day=day.isoformat(), today=today))
        return day
