"""The story front matter of contract §2 as a typed, validated model."""

from __future__ import annotations

import datetime as dt
import locale
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from zoneinfo import ZoneInfo

from podium.chars import hidden_character
from podium.errors import Issue, one_line
from podium.fields import Fields, aware, hub_day, markdown_in, parse_date
from podium.lookalike import compatibility_form, hidden_in_name, mixed_script
from podium.settings import PodiumSettings
from podium.slugs import (
    MAX_ALIASES,
    MAX_STORY_SLUG,
    SLUG_PATTERN,
    SLUG_RE,
    WINDOWS_DEVICES,
    WINDOWS_FORBIDDEN,
    device_in_path,
    device_slug,
    person_slug,
)
from podium.slugs import person_key as person_key  # one rule, in the kernel: re-exported
from podium.slugs import slugify as kernel_slugify
from podium.yamlio import Located

FIELDS = (
    "title",
    "date",
    "author",
    "role",
    "consent",
    "lang",
    "slug",
    "aliases",
    "author_aliases",
    "summary",
    "quote",
    "photo",
    "team",
    "location",
    "interviewer",
    "themes",
    "vacancies",
    "status",
    "left",
    "featured",
    "share_prompts",
    "updated",
)
# What a translation shares with its original, the one table `podium new
# --translation-of` (podium_cli.newstory.translation_of) writes from and the
# browser editor fills from (podium_cms.config marks each field
# `from_original`, admin.js copies it once "Vertaling van" is picked): one
# person (name, portrait, interviewer, team, place, the day they left), one
# consent, which covers every language, one publication day, and what is
# named by slug or id, the same in every language (themes, the vacancies it
# links). Not the role, the quote or any other words: those are translated. A
# job title is words ("Supportmedewerker"): the editor leaves it empty for the
# translator (it is required, so the field says so), and `podium new` asks it,
# the original's shown as the answer to keep or replace, never writing the
# Dutch one into an English story unasked.
SHARED_WITH_ORIGINAL = (
    "date", "author", "photo", "consent", "team", "location", "interviewer", "themes",
    "vacancies", "left",
)  # fmt: skip
# What Pelican, Hugo, Jekyll and WordPress exports call a field of ours: a
# writer who knows one of them writes these, and their spelling is no guide.
ELSEWHERE = {
    "tags": "themes",
    "tag": "themes",
    "categories": "themes",
    "category": "themes",
    "draft": "status",
    "published": "status",
    "modified": "updated",
    "lastmod": "updated",
    "description": "summary",
    "excerpt": "summary",
    "image": "photo",
    "images": "photo",
    "cover": "photo",
    "language": "lang",
    # The writers' own language: Dutch names for the fields.
    "datum": "date",
    "auteur": "author",
    "schrijver": "author",
    "functie": "role",
    "toestemming": "consent",
    "taal": "lang",
    "samenvatting": "summary",
    "citaat": "quote",
    "foto": "photo",
    "afbeelding": "photo",
    "locatie": "location",
    "plaats": "location",
    "standplaats": "location",
    "thema": "themes",
    "themas": "themes",
    "thema's": "themes",
    "vacatures": "vacancies",
    "vacature": "vacancies",
    "uitgelicht": "featured",
    "bijgewerkt": "updated",
    "vertrokken": "left",
}
CONSENT_FIELDS = ("given", "until", "social")
STATUSES = ("published", "draft")
# The longest each plain-text field may be, in characters. The browser editor
# offers the same limits (podium_cms.config), so a writer who never sees a
# pull request's checks learns of them while typing.
MAX_LEN = {
    "title": 300,
    "author": 120,
    "role": 160,
    "summary": 400,
    "quote": 300,
    "location": 120,
    "interviewer": 120,
}


@dataclass(frozen=True)
class Consent:
    given: dt.date
    until: dt.date | None = None
    social: bool = True


# What ``Story.publication`` says of a story that was public and must not be
# any more: its URL is a tombstone, and no page, feed or list shows it.
GONE = frozenset({"consent-ended", "alumni-unpublished"})
# And of one not public yet: no page shows it, and no address of its is known.
NOT_YET = frozenset({"draft", "scheduled"})


@dataclass(frozen=True)
class Story:
    """One story's validated front matter; the body is rendered separately."""

    path: str
    kind: str  # "interview" or "column"
    title: str
    date: dt.datetime
    author: str
    role: str
    consent: Consent
    lang: str
    slug: str
    summary: str | None = None
    quote: str | None = None
    photo: str | None = None
    team: str | None = None
    location: str | None = None
    interviewer: str | None = None
    themes: tuple[str, ...] = ()
    # "themes: Techniek & data", a list written as text: ``themes`` holds its
    # items, and the validate step refuses it with the slugs meant ([tech]).
    themes_text: str | None = None
    vacancies: tuple[str, ...] = ()
    status: str = "published"
    left: dt.date | None = None
    featured: bool = False
    share_prompts: tuple[str, ...] = ()
    updated: dt.date | None = None  # last change that matters to readers
    # Slugs the story had before (a renamed file, a changed "slug"): their URLs
    # lead to it, so links shared under them never die.
    aliases: tuple[str, ...] = ()
    # Old addresses given as a path ("/stories/oude-slug/"): (slug, lang) of a
    # story URL in one language only, for a story that moved to another
    # language, whose old URL no slug alias can name (aliases of a slug are
    # URLs in the story's own languages).
    path_aliases: tuple[tuple[str, str], ...] = ()
    # The people page addresses the author had under a former name
    # ("ben-bakker" before "Ben Baker"): each leads to their page, by their
    # choice only (a redirect ties the two names together in public).
    author_aliases: tuple[str, ...] = ()
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def line(self, name: str) -> int:
        return self.lines.get(name, 1)

    def publication(self, settings: PodiumSettings) -> str:
        """Where the story stands today.

        ``published``; ``draft``; ``scheduled`` (date still ahead);
        ``consent-ended`` and ``alumni-unpublished`` (was public, must not be
        any more: its URL gets a tombstone).
        """
        if self.status == "draft":
            return "draft"
        # By its day in the hub's zone, not its time: the nightly build runs once,
        # just after midnight there, and publishes the whole day's stories.
        if hub_day(self.date, settings.timezone) > settings.today:
            return "scheduled"
        if self.consent.until is not None and self.consent.until < settings.today:
            if self.consent.until < hub_day(self.date, settings.timezone):
                # Consent that ended before the story's day: it was never public,
                # and a tombstone would publish its address and themes (podium
                # check warns that it will never be published). Kept as a draft is.
                return "draft"
            return "consent-ended"
        if self.is_alumni(settings) and settings.alumni_policy == "unpublish":
            return "alumni-unpublished"
        return "published"

    def is_alumni(self, settings: PodiumSettings) -> bool:
        return self.left is not None and self.left <= settings.today

    def gone_from(self, settings: PodiumSettings, names: bool = False) -> dt.date | None:
        """The first day ``publication`` will take the story down, where that is
        known now (robots "unavailable_after"): the day after its consent's last
        day (``until``), or the day its author leaves (``left``, to come) under
        the alumni policy "unpublish"; with ``names``, under "anonymize" too,
        which takes down what names them (their people page), not the story.
        Beside ``publication`` so that the two read the same days."""
        ends = []
        if self.consent.until is not None:
            ends.append(self.consent.until + dt.timedelta(days=1))
        takes_down = ("unpublish", "anonymize") if names else ("unpublish",)
        leaves = self.left is not None and self.left > settings.today
        if leaves and settings.alumni_policy in takes_down:
            ends.append(self.left)
        return min(ends, default=None)


def slug_from_filename(path: str, languages: tuple[str, ...]) -> tuple[str, str | None]:
    """Slug and language suffix from ``name.md`` or ``name.en.md``.

    The slug never comes from the title, so retitling keeps the URL.
    """
    stem = PurePosixPath(path).name.rsplit(".", 1)[0]
    suffix_lang = None
    if "." in stem and stem.rsplit(".", 1)[1] in languages:
        stem, suffix_lang = stem.rsplit(".", 1)
    return slugify(stem), suffix_lang


def _foreign_suffix(path: str, languages: tuple[str, ...]) -> str | None:
    """The ``de`` of ``name.de.md`` when ``de`` is a language code (as the
    standard library's locale table knows them) the hub does not have."""
    stem = PurePosixPath(path).name.rsplit(".", 1)[0]
    if "." not in stem:
        return None
    suffix = stem.rsplit(".", 1)[1]
    if suffix in languages or len(suffix) != 2 or suffix not in locale.locale_alias:
        return None
    return suffix


def slugify(text: str) -> str:
    """The kernel's slug, or "story" when nothing is left (a title of emoji, say)."""
    return kernel_slugify(text, empty="story")


def _story_slug(f: Fields, languages: tuple[str, ...]) -> str | None:
    """The ``slug`` field, made a slug the way a file name is.

    The browser editor writes a translation's ``slug`` as its original's file
    name, which may hold what a file name may ("’s-ochtends-koffie", "咖啡"),
    while the original's slug is that name made a slug. Both go through the
    same ``slugify``, so they always agree; only a value with nothing left to
    make a slug of is an error. A language suffix is the file's, as in a file
    name: an original saved as ``dag-op-zee.nl.md`` has the slug "dag-op-zee",
    and the editor names it "dag-op-zee.nl" (which made "dag-op-zee-nl", a
    story of its own rather than the translation).
    """
    value = f.text("slug")
    if value is None or SLUG_RE.match(value):
        return value
    if (hidden := _hidden_in_slug(value)) is not None:
        f.error("slug", f'field "slug" {hidden}')
        return None
    if value.startswith("/") or re.match(r"https?://", value, re.IGNORECASE):
        # An address copied from the browser: taken as words it was another
        # URL ("/stories/con/": stories-con), and the editor refuses it.
        meant = kernel_slugify(value.rstrip("/").rsplit("/", 1)[-1]) or "een-dag-op-zee"
        f.error("slug", f'field "slug" is an address ("{one_line(value[:80])}"), not a URL '
                f'name; write the URL name alone, like "{meant}"')  # fmt: skip
        return None
    stem, _dot, suffix = value.rpartition(".")
    made = kernel_slugify(stem if stem and suffix in languages else value)
    if not made:
        # As a file name of none is ("🦄🎉.md": "story"), so the translation
        # the editor writes of such a file (slug: 🦄🎉) is its translation: it
        # was refused while the original was published.
        f.error(
            "slug",
            f'field "slug" has no letters or digits to make a URL of ("{value}"), so the '
            'story is published as "story", as a file of that name is; write one of lowercase '
            'letters, digits and hyphens, like "een-dag-op-zee"',
            "warning",
        )
        return slugify(value)
    return made


def _hidden_in_slug(value: str) -> str | None:
    """What is wrong with a slug written with a character that shows nothing.

    "an\u200bna" (a zero-width space pasted along) reads "anna", yet made the
    URL an-na, and a translation with slug: anna was not linked to it; a soft
    hyphen was dropped, so what the URL is depended on which character it was.
    Refused, not guessed: a slug is an address others link to."""
    found = hidden_character(value)
    if found is None:
        return None
    at, name = found
    meant = kernel_slugify("".join(c for c in value if hidden_character(c) is None))
    return (
        f"holds the invisible character {name} at character {at + 1}, which a URL "
        f"cannot show; remove it (write {meant})"
    )


def story_path(
    value: str, settings: PodiumSettings, slug: str = SLUG_PATTERN, index_html: bool = False
) -> tuple[str, str] | None:
    """(slug, lang) of a story address of this hub written as a path
    (``/stories/anna/``, ``/en/stories/anna/``, as ARTICLE_URL and
    ARTICLE_LANG_URL make them), else None. ``slug``: the pattern a slug
    matches; ``index_html``: ``/stories/anna/index.html`` is one too (a
    link may say so, an alias names the address)."""
    for lang in settings.languages:
        pattern = (
            settings.article_url if lang == settings.default_lang else settings.article_lang_url
        )
        target = value[1:]
        if pattern.endswith("/") and index_html and target.endswith("/index.html"):
            target = target.removesuffix("index.html")
        if pattern.endswith("/") and not target.endswith("/"):
            target += "/"  # /stories/anna, as a browser's address bar may give it
        regex, named = "", False
        for part in re.split(r"(\{slug\}|\{lang\})", pattern):
            if part == "{slug}":
                regex += "(?P=slug)" if named else f"(?P<slug>{slug})"
                named = True
            else:
                regex += re.escape(lang) if part == "{lang}" else re.escape(part)
        found = re.fullmatch(regex, target)
        if found is not None:
            return found.group("slug"), lang
    return None


# An old URL is a redirect page in a folder of its slug, which Windows cannot
# write for a name it keeps for a device (as for a story's own slug): the build
# on a writer's Windows computer failed.
_DEVICE_ALIAS = (
    'makes the slug "{slug}", a name Windows keeps for a device: the redirect page at that '
    "old URL cannot be written on a Windows computer (podium build, podium serve); remove it"
)


def _aliases(
    f: Fields, slug: str, lang: str, settings: PodiumSettings
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The ``aliases`` field: old slugs, each made a slug as ``slug`` is (the
    file name it had is what a writer copies), and old addresses written as a
    path (``/stories/oude-slug/``), which name a story URL of this hub in one
    language: a story moved to another language keeps its old one so."""
    out: list[str] = []
    paths: list[tuple[str, str]] = []
    values = f.text_list("aliases", warn_twice=True)
    if len(values) > MAX_ALIASES:
        f.error("aliases", too_many_aliases(len(values), "a story"))
        return (), ()
    for i, value in enumerate(values):
        if not value:  # the editor's list adds an empty row with one click
            f.issues.append(Issue(f.source, f.located.line("aliases", i),
                                  'an empty item in "aliases" is ignored; write the story\'s '
                                  f"old slug, like oude-slug, or its old address, like "
                                  f"/{settings.story_url('oude-slug', settings.default_lang)}, "
                                  "or remove the item", "warning"))  # fmt: skip
            continue
        if value.startswith("/"):
            found = story_path(value, settings)
            problem = None
            if found is None:
                shapes = " or ".join(
                    f"/{settings.story_url(slug, code)}" for code in settings.languages
                )
                problem = (
                    "is not a story address of this hub; write an old slug, or an old "
                    f"address as a path, like {shapes}"
                )
            elif found == (slug, lang):
                problem = "is the story's own address; list only addresses it had before"
            elif len(found[0]) > MAX_STORY_SLUG:
                problem = f"has a slug of {len(found[0])} characters; at most {MAX_STORY_SLUG}"
            elif found[0] in WINDOWS_DEVICES:
                problem = _DEVICE_ALIAS.format(slug=found[0])
            if problem:
                f.issues.append(Issue(f.source, f.located.line("aliases", i),
                                      f'"{value[:80]}" in "aliases" {problem}'))  # fmt: skip
            elif found not in paths:
                paths.append(found)
            continue
        made = value if SLUG_RE.match(value) else kernel_slugify(value)
        problem = None
        if (hidden := _hidden_in_slug(value)) is not None:
            problem = hidden
        elif not made:
            problem = "has no letters or digits to make a URL of; write the story's old slug"
        elif len(made) > MAX_STORY_SLUG:
            problem = f"makes a slug of {len(made)} characters; at most {MAX_STORY_SLUG}"
        elif made == slug:
            problem = "is the story's own slug; list only slugs it had before"
        elif made in WINDOWS_DEVICES:
            problem = _DEVICE_ALIAS.format(slug=made)
        if problem:
            f.issues.append(Issue(f.source, f.located.line("aliases", i),
                                  f'"{value[:60]}" in "aliases" {problem}'))  # fmt: skip
        elif made not in out:
            out.append(made)
    # "/stories/oud/" beside "oud" names one address twice: two redirects were
    # planned at it, and the build ended "podium: error: FileOverwriteFailedError".
    for i, value in enumerate(values):
        found = story_path(value, settings) if value.startswith("/") else None
        if found is not None and found in paths and found[1] == lang and found[0] in out:
            paths.remove(found)
            f.issues.append(Issue(f.source, f.located.line("aliases", i),
                                  f'"{value[:80]}" in "aliases" is the address of old slug '
                                  f'"{found[0]}", listed too; keep one', "warning"))  # fmt: skip
    return tuple(out), tuple(paths)


def _people_path(value: str, settings: PodiumSettings) -> str | None:
    """The slug of a people page written as its address ("/people/ben-bakker/",
    "/en/people/ben-bakker", or in full with the hub's host), else None."""
    path = re.sub(r"^https?://[^/]+", "", value.strip(), flags=re.IGNORECASE)
    for code in settings.languages:
        prefix = "/" + settings.people_url(code)
        if path.startswith(prefix):
            found = re.fullmatch(r"([^/]+)/?(?:index\.html)?", path[len(prefix) :])
            if found is not None and SLUG_RE.match(found.group(1)):
                return found.group(1)
    return None


def _author_aliases(f: Fields, settings: PodiumSettings) -> tuple[str, ...]:
    """The ``author_aliases`` field: the people page slugs the author had under
    a former name (``ben-bakker``), each made a slug as a name is (a former
    name written out, even one of emoji only, gives the page it had), or
    the old page's address (``/people/ben-bakker/``), as a writer copies it.

    Whether one is the author's own page is the validate step's to say
    (``author_aliases_taken``): the page a name gives is not the author's when
    withdrawn.yml keeps it ("ben-bakker" held, Ben Bäkker is "ben-bakker-2"),
    and only the Site, which reads withdrawn.yml once, knows that."""
    out: list[str] = []
    values = f.text_list("author_aliases", warn_twice=True)
    if len(values) > MAX_ALIASES:
        f.error("author_aliases", too_many_aliases(len(values), "an author", "author_aliases"))
        return ()
    for i, value in enumerate(values):
        if not value:  # the editor's list adds an empty row with one click
            f.issues.append(Issue(f.source, f.located.line("author_aliases", i),
                                  'an empty item in "author_aliases" is ignored; write the old '
                                  "people page's URL name, like ben-bakker, or its address, "
                                  "like /people/ben-bakker/, or remove the item",
                                  "warning"))  # fmt: skip
            continue
        address = value.startswith("/") or re.match(r"https?://", value, re.IGNORECASE)
        made = _people_path(value, settings) if address else None
        if not address:
            made = value if SLUG_RE.match(value) else person_slug(value)
        problem = None
        if made is None:
            problem = (
                "is not a people page address of this hub; write the old page's URL name, "
                "like ben-bakker, or its address, like /people/ben-bakker/"
            )
        elif (hidden := _hidden_in_slug(value)) is not None:
            problem = hidden
        elif (device := device_slug(made, "a people page")) is not None:
            # The build writes a redirect page there (people/aux/), which
            # Windows cannot; no name's page is one (person_slug: aux-1).
            problem = f"is {device}"
        if problem:
            f.issues.append(Issue(f.source, f.located.line("author_aliases", i),
                                  f'"{value[:60]}" in "author_aliases" {problem}'))  # fmt: skip
        elif made not in out:
            out.append(made)
    return tuple(out)


# A share prompt is a question on the story's page ("What made you apply?"): a
# 120,000-character one, or thousands, were printed there as they were.
MAX_PROMPT_LEN = 300
MAX_PROMPTS = 10


def _share_prompts(f: Fields) -> list[str]:
    prompts = f.text_list("share_prompts", sentences=True)
    if len(prompts) > MAX_PROMPTS:
        f.error(
            "share_prompts",
            f'field "share_prompts" lists {len(prompts):,} questions; at most {MAX_PROMPTS} '
            "(the page shows them all)",
        )
        return []
    kept = []
    for i, prompt in enumerate(prompts):
        if len(prompt) > MAX_PROMPT_LEN:
            f.issues.append(
                Issue(
                    f.source,
                    f.located.line("share_prompts", i),
                    f'a question in "share_prompts" is {len(prompt):,} characters; at most '
                    f"{MAX_PROMPT_LEN} allowed",
                )
            )
        else:
            kept.append(prompt)
    return kept


def too_many_aliases(count: int, what: str, name: str = "aliases") -> str:
    return (
        f'field "{name}" lists {count:,} old slugs; {what} may keep at most {MAX_ALIASES}, '
        "each a redirect page in every language"
    )


def validate(
    located: Located, path: str, kind: str, settings: PodiumSettings
) -> tuple[Story | None, list[Issue]]:
    """Validate front matter; return the story (None if unusable) and all issues."""
    f = Fields(located, path)
    if not isinstance(located.data, dict):
        f.error(None, "the front matter must be fields like 'title: ...', one per line")
        return None, f.issues
    f.unknown(FIELDS, ELSEWHERE)
    title = f.text("title", required=True, max_len=MAX_LEN["title"], one_line=True)
    date = f.date_or_datetime("date", required=True, timezone=settings.timezone)
    author = _person_name(f, "author", required=True)
    role = f.text("role", required=True, max_len=MAX_LEN["role"], words=True)
    consent = _consent(f)
    lang = f.choice("lang", settings.languages)
    file_slug, suffix_lang = slug_from_filename(path, settings.languages)
    _language_and_file_name_agree(f, lang, suffix_lang)
    field_slug = _story_slug(f, settings.languages)
    _foreign_file_name(f, path, lang, file_slug, field_slug, settings)
    slug = field_slug or file_slug
    _slug_problems(f, slug, field_slug, PurePosixPath(path).name)
    summary = f.text("summary", max_len=MAX_LEN["summary"])
    quote = f.text("quote", max_len=MAX_LEN["quote"])
    _no_markdown_in_plain_text(f, title=title, summary=summary, quote=quote)
    photo = _photo(f)
    author_aliases = _author_aliases(f, settings)
    aliases, path_aliases = _aliases(
        f, slug, lang or suffix_lang or settings.default_lang, settings
    )
    # "Engineering", "Support team": with the teams known, say which one it is,
    # not only that a slug is lowercase.
    team = f.slug("team", unlike=settings.team_problem if settings.teams else None)
    if team and settings.teams and team not in settings.teams:
        f.error("team", settings.team_problem(team))
    location = f.text("location", max_len=MAX_LEN["location"], words=True)
    interviewer = _person_name(f, "interviewer")
    if interviewer and kind != "interview":
        f.error(
            "interviewer", 'field "interviewer" is for interviews only; remove it from a column'
        )
    # [tech, tech]: kept once, with a warning (a theme meant, perhaps, was another)
    themes = f.text_list(
        "themes", item_slug=True, names_later=True, text_later=True, warn_twice=True
    )
    vacancies = f.text_list("vacancies", warn_twice=True)
    status = f.choice("status", STATUSES, "published")
    left = f.date("left")
    featured = f.boolean("featured", False)
    share_prompts = _share_prompts(f)
    # A date-time as "date" takes one ("2026-03-01 10:00", copied from it, or
    # Pelican's "modified"), kept as its day in the hub's zone: dateModified and
    # the sitemap's lastmod say a day, and the contract calls "updated" a date.
    written = f.date_or_datetime("updated", timezone=settings.timezone)
    updated = hub_day(written, settings.timezone) if written else None
    # The day the story appears in the hub's zone, which a date-time with
    # another offset may not show (2026-03-31T23:00-04:00 is 1 April in Amsterdam).
    day = hub_day(date, settings.timezone) if date else None
    _dates_in_order(f, day, updated, consent)
    if any(i.severity == "error" for i in f.issues) or None in (title, date, author, role, consent):
        return None, f.issues
    story = Story(
        path=path,
        kind=kind,
        title=title,
        date=_aware(date, settings.timezone),
        author=author,
        role=role,
        consent=consent,
        lang=lang or suffix_lang or settings.default_lang,
        slug=slug,
        summary=summary,
        quote=quote,
        photo=photo,
        team=team,
        location=location,
        interviewer=interviewer,
        themes=tuple(dict.fromkeys(themes)),
        themes_text=f.as_text.get("themes"),
        vacancies=tuple(dict.fromkeys(vacancies)),
        status=status,
        left=left,
        featured=featured,
        share_prompts=tuple(share_prompts),
        updated=updated,
        aliases=aliases,
        path_aliases=path_aliases,
        author_aliases=author_aliases,
        # Only fields that are written: a missing "slug" has no line of its
        # own, and pointing at the title's line instead would mislead.
        lines={k: located.line(k) for k in FIELDS if (k,) in located.lines},
    )
    return story, f.issues


def _person_name(f: Fields, key: str, required: bool = False) -> str | None:
    """A person's name (``author``, ``interviewer``), refused when it looks like
    a name it is not. People are told apart by their name only: "Sаnne de
    Vries" with a Cyrillic "а" was a second person, /people/sanne-de-vries-2/,
    whose page looked like the real one's; "Sanne de V\u2060ries" (a word
    joiner) was Sanne's page, with the character in its JSON-LD name."""
    value = f.text(key, required=required, max_len=MAX_LEN[key], words=True)
    if not value:
        return value
    field = f'field "{f.name(key)}"'
    if hidden := hidden_in_name(value):
        at, char = hidden
        meant = value[:at] + value[at + 1 :]
        f.error(key, f"{field} holds the invisible character {char} at character {at + 1}, "
                f"so it looks like a name it is not; remove it: {key}: {meant}")  # fmt: skip
    elif compat := compatibility_form(value):
        char, meant = compat
        f.error(key, f"{field} is written with {char}, a look-alike of another letter that "
                f"makes another name; write {key}: {meant}")  # fmt: skip
    elif mixed := mixed_script(value.split()):
        f.error(key, f"{field} {mixed}, which look alike: it would be another person's name "
                "than the one it looks like; type the name again in one alphabet")  # fmt: skip
    else:
        return value
    return None


def _language_and_file_name_agree(f: Fields, lang: str | None, suffix_lang: str | None) -> None:
    """A warning when field "lang" and the file name's language suffix differ."""
    if lang and suffix_lang and lang != suffix_lang:
        # A translation begun as a copy of the original keeps its `lang:`;
        # the field wins (a documented choice), so the "English" file is a
        # second Dutch story, and with its original one slug in one language.
        f.error(
            "lang",
            f'field "lang" is "{lang}", but the file name ends in .{suffix_lang}.md; the field '
            f"wins, so this is a story in {lang}: make them agree (lang: {suffix_lang}, or "
            "rename the file)",
            severity="warning",
        )


def _foreign_file_name(
    f: Fields,
    path: str,
    lang: str | None,
    file_slug: str,
    field_slug: str | None,
    settings: PodiumSettings,
) -> None:
    """A warning for a file name ending in a language the hub does not publish."""
    foreign = _foreign_suffix(path, settings.languages)
    # A "lang" the hub does not publish is an error of its own: "is published in
    # en" beside it contradicted it (the story is published nowhere).
    if foreign and field_slug is None and not (lang is None and f.raw("lang") is not None):
        # A translation kept from another setup (ben-bakker.nl.md on an
        # English-only hub) or into a language the hub lacks (.de.md) was
        # published as a story of its own in the default language, silently.
        shown = "".join(f'"{x}", ' for x in settings.languages).rstrip(", ")
        published = lang if lang in settings.languages else settings.default_lang
        # The name podium new gives a story in that language (newstory.target_path):
        # x.md in the default language, x.en.md in another. It said "(x.en.md)"
        # on an English-only hub, whose stories podium new names x.md.
        base = PurePosixPath(path).name.rsplit(".", 2)[0]
        meant = f"{base}.md" if published == settings.default_lang else f"{base}.{published}.md"
        f.error(
            None,
            f'the file name ends in ".{foreign}", a language code not in PODIUM_LANGUAGES '
            f'({shown}): the story is published in {published} as "{file_slug}"; rename it '
            f"{one_line(meant)}, as podium new names a story in {published}, or give it a "
            '"slug" field to keep this name',
            "warning",
        )


def _slug_problems(f: Fields, slug: str, field_slug: str | None, file_name: str) -> None:
    """The story's slug (its URL, folder and card names): no device name, no
    invisible character, the slug pattern, the length limit."""
    device = device_slug(slug, "the story's folder and card")
    if device is not None:
        if field_slug is not None:
            f.error("slug", f'field "slug" is {device}')
        else:
            f.error(None, f'the file name "{one_line(file_name)}" makes the slug {device} '
                    f'in a field "slug" (or rename the file)')  # fmt: skip
    elif (stem := file_name.split(".", 1)[0]).lower() in WINDOWS_DEVICES:
        # Windows keeps the name with any extension (aux.md, aux.en.md), whatever
        # the slug: the editor saved "Aux" as aux.md with a URL name of its own.
        rest = file_name[len(stem) :]
        f.error(None, f'the file name "{one_line(file_name)}" is "{stem.lower()}" before its '
                "first dot, a name Windows keeps for a device: a Windows computer cannot check "
                f'it out or build it; rename the file, like {stem.lower()}-1{one_line(rest)} '
                '(the field "slug" keeps its URL)')  # fmt: skip
    # Control characters too, which Windows allows in no file name either: a
    # "new\nline.md" passed without a word, as the URL /stories/new-line/.
    refused = {c for c in file_name if c in WINDOWS_FORBIDDEN or c < " "}
    forbidden = sorted(refused)
    if forbidden:
        # Git for Windows cannot check out a repository holding such a name, so
        # every Windows writer's clone failed; and "x.md:1: error: y.md" in an
        # error line read as another file's PATH:LINE.
        shown = " ".join(f"'{c}'" if c == '"' else f'"{one_line(c)}"' for c in forbidden)
        renamed = "".join("-" if c in refused else c for c in file_name)
        f.error(None, f'the file name "{one_line(file_name)}" holds {shown}, which Windows '
                "does not allow in a file name: a Windows computer cannot check it out; "
                f'rename the file, like "{one_line(renamed)}"')  # fmt: skip
    hidden = hidden_character(file_name) if field_slug is None else None
    if hidden is not None:
        # As in a field "slug": "an\u200bna.md" reads anna.md, yet was the URL
        # an-na, and its translation anna.en.md another story.
        at, name = hidden
        meant = "".join(c for c in file_name if hidden_character(c) is None)
        f.error(
            None,
            f"the file name holds the invisible character {name} at character {at + 1}, "
            f'which a URL cannot show; rename the file ({meant}), or give it a field "slug"',
        )
    elif not SLUG_RE.match(slug):
        f.error(None, 'cannot make a URL slug from the file name; add a field "slug"')
    elif len(slug) > MAX_STORY_SLUG:
        made = 'field "slug"' if field_slug else "the file name"
        f.error(
            "slug" if field_slug else None,
            f'{made} makes a URL slug of {len(slug)} characters ("{slug[:40]}..."); a story\'s '
            f'slug is its URL and file names, so at most {MAX_STORY_SLUG}: write a shorter "slug"',
        )


def _no_markdown_in_plain_text(f: Fields, **values: str | None) -> None:
    """Warnings for Markdown written in a plain-text field (title, summary, quote)."""
    # Plain text shown as written in the page's head, teasers, feeds, JSON-LD
    # and the search excerpt: Markdown there showed its asterisks everywhere.
    for key, value in values.items():
        found = markdown_in(value) if value else None
        if found:
            f.error(
                key,
                f'field "{f.name(key)}" is plain text, not Markdown: "{found}" shows as '
                "written, marks and all (on the pages, in the feeds and search results); "
                "write it without them",
                severity="warning",
            )


def _dates_in_order(
    f: Fields, day: dt.date | None, updated: dt.date | None, consent: Consent | None
) -> None:
    """The story's day against "updated" and its consent's "given" and "until"."""
    if updated and day and updated < day:
        f.error(
            "updated",
            f'field "updated" ({updated}) must not be before the story\'s date ({day})',
        )
    if consent and day and consent.given > day and not (updated and updated >= consent.given):
        # A consent renewed after publication (the README's "new consent",
        # which keeps a translation up when another's ended) is on file from
        # the day the story was updated for it: without "updated" it was
        # refused, and the writer had no way to record it but a new date.
        f.error(
            "consent",
            f"consent.given ({consent.given}) is after the story's date ({day}); consent "
            "must be on file before publication: correct the date, or, for a consent renewed "
            f'after the story was published, set "updated: {consent.given}" (or later)',
        )
    if consent and consent.until and day and consent.given <= consent.until < day:
        # Never an error: the nightly build must go on taking stories down.
        # An "until" before "given" is an error already; one slip, one line.
        f.error(
            "consent",
            f"consent.until ({consent.until}) is before the story's date ({day}): "
            "the story will never be published; correct the date or the end of consent",
            "warning",
        )


def _consent(f: Fields) -> Consent | None:
    what = "a mapping like {given: 2026-01-15, until: 2028-01-15, social: true}"
    raw = f.raw("consent")
    if isinstance(raw, (str, bool)) and not (isinstance(raw, str) and not raw.strip()):
        # `consent: 2026-02-01` or `consent: ja`: the writer said when, or that,
        # consent was given; show that in the form the field takes.
        day = parse_date(raw)
        said = f"consent: {{given: {day}}}" if day else "consent: {given: YYYY-MM-DD}"
        f.error(
            "consent",
            f'field "consent" must be {what}, not "{f.written(raw, "consent")}"; '
            f"write the day the author gave consent as {said}",
        )
        return None
    sub = f.mapping("consent", required=True, what=what)
    if sub is None:
        return None
    sub.unknown(CONSENT_FIELDS)
    given = sub.date("given", required=True)
    until = sub.date("until")
    social = sub.boolean("social", True)
    if given and until and until < given:
        sub.error("until", f"consent.until ({until}) is before consent.given ({given})")
    return Consent(given, until, social) if given else None


@dataclass(frozen=True)
class References:
    """What a story that failed validation still names in other files: its
    themes, its photo and its vacancies, so that those are checked in the same
    run as its own fields (a wrong ``lang`` no longer hides an unknown theme
    until the next run), and whether it says it is a draft (its leftover prompts
    are then warnings). Only values that are well formed on their own are kept.
    """

    path: str
    themes: tuple[str, ...] = ()
    photo: str | None = None
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    themes_text: str | None = None  # as Story.themes_text
    vacancies: tuple[str, ...] = ()
    draft: bool = False
    # The language a message names the story's themes in; as written (a "de"
    # the hub does not publish only falls back to the themes' first name).
    lang: str | None = None

    def line(self, name: str) -> int:
        return self.lines.get(name, 1)


def references(located: Located, path: str) -> References | None:
    """The ``References`` of front matter that ``validate`` refused, or None
    when it is not fields at all."""
    if not isinstance(located.data, dict):
        return None
    themes_field = Fields(located, path)
    themes = themes_field.text_list("themes", item_slug=True, names_later=True, text_later=True)
    photo_field = Fields(located, path)
    photo = _photo(photo_field)
    vacancies_field = Fields(located, path)
    vacancies = vacancies_field.text_list("vacancies")
    return References(
        path=path,
        themes=() if themes_field.issues else tuple(dict.fromkeys(themes)),
        themes_text=None if themes_field.issues else themes_field.as_text.get("themes"),
        photo=None if photo_field.issues else photo,
        lines={
            k: located.line(k) for k in ("themes", "photo", "vacancies") if (k,) in located.lines
        },  # fmt: skip
        vacancies=() if vacancies_field.issues else tuple(dict.fromkeys(vacancies)),
        draft=located.data.get("status") == "draft",
        lang=lang if isinstance(lang := located.data.get("lang"), str) else None,
    )


def _photo(f: Fields) -> str | None:
    photo = f.text("photo", max_len=300)
    if photo is None:
        return None
    if re.match(r"^(?:[A-Za-z][A-Za-z0-9+.-]+:|//)", photo):
        # "https://evil.example/x.jpg" was read as a path, and the message said
        # "no file content/https:/evil.example/x.jpg": never fetched (no network
        # at build time, and a reader's browser would call that host), but the
        # writer was not told what a photo is. (Two letters at least before
        # the ":"; "C:" is a Windows path, refused below.)
        f.error(
            "photo",
            'field "photo" must be a file in content/, like images/people/sanne.jpg, not a web '
            f'address ("{photo}"): save the photo in content/images/people/ and write its path',
        )
        return None
    p = PurePosixPath(photo.replace("\\", "/"))
    # Photos must stay inside content/: the build copies them to the public
    # site, so a path out of the tree would publish arbitrary files.
    if p.is_absolute() or ".." in p.parts or re.match(r"^[A-Za-z]:", photo):
        # "/images/people/anna.jpg", the photo's address on the site: the
        # message named the form it was thought to be in.
        site_path = p.is_absolute() and ".." not in p.parts and p.parts[1:2] == ("images",)
        hint = f' (write it without the leading "/": {p.relative_to("/")})' if site_path else ""
        f.error(
            "photo",
            f'field "photo" must be a path inside content/, like images/people/sanne.jpg, '
            f'not "{photo}"{hint}',
        )
        return None
    _device_in_path(f, p)
    return str(p)


def _device_in_path(f: Fields, p: PurePosixPath) -> None:
    """A warning when a folder or file of the photo's path has a name Windows
    keeps for a device ("con.jpg", as a colleague called Con saves their
    portrait); Linux and macOS build it."""
    if (device := device_in_path(str(p))) is not None:
        f.error("photo", f'field "photo": {device}, and write that path here', "warning")


def _aware(value: dt.date | dt.datetime, tz: str) -> dt.datetime:
    """The story's moment in the hub's zone.

    A date-time written with another offset (2026-05-31T23:30-05:00) is the
    same moment, but the hub publishes it on its day in TIMEZONE (1 June in
    Amsterdam): the page, the sitemap and the feeds say that day, not the
    writer's.
    """
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.astimezone(ZoneInfo(tz))
    return aware(value, tz)
