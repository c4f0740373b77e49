"""Slugs: the one pattern every slug must match, and the one way to make one.

Story URLs, person pages, heading ids, team slugs and ATS department names
all go through :func:`slugify`, so "Café Łódź" becomes the same slug
wherever it is written.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from unidecode import unidecode

SLUG_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*"
SLUG_RE = re.compile(rf"^{SLUG_PATTERN}$")
# A slug names folders (/stories/<slug>/, /themes/<slug>/) and card files; a
# file name has at most 255 bytes, so a longer slug passed `podium check` and
# failed the build ("File name too long"). Transliteration lengthens: 80 Chinese
# characters (a 240-byte file name) are a 480-character slug. Themes and people:
MAX_SLUG = 100
# Stories: the browser editor names a story's file after its title (up to 300
# characters), so theirs may be longer. The longest name made of it is a card
# being written, ".<slug>.<lang>.square-<16 hex>.jpg.<8>.tmp": 43 bytes and the
# language code around the slug.
MAX_STORY_SLUG = 200
# Old slugs a story or theme may keep ("aliases"): each one is a redirect page
# (and for a theme a feed) in every language. A rename or two is what a hub
# sees; 20,000 in one story's front matter (209 KB) wrote 20,000 pages, 160 MB.
MAX_ALIASES = 50


# Names Windows keeps for devices, with or without an extension: no file or
# folder may have them there, so a page at stories/con/ or a card con.jpg
# cannot be written by podium build on a writer's Windows computer.
WINDOWS_DEVICES = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{d}{i}" for d in ("com", "lpt") for i in range(10)]
)


# Characters Windows does not allow in a file name (besides "/", "\\" and the
# control characters, which a story's file name is refused for with these:
# podium_read.schema._slug_problems).
WINDOWS_FORBIDDEN = '<>:"|?*'


def device_slug(slug: str, what: str) -> str | None:
    """Why ``slug`` cannot be a folder on Windows (to follow "... is"), or None;
    in any case ("CON" and "con" are one name there)."""
    if slug.lower() not in WINDOWS_DEVICES:
        return None
    return (f'"{slug}", a name Windows keeps for a device: {what} of that name cannot be '
            f"written on a Windows computer (podium build, podium serve); write another, "
            f'like "{slug}-1"')  # fmt: skip


def device_in_path(path: str) -> str | None:
    """Why a file at content-relative ``path`` cannot be checked out on Windows (to
    follow a naming of the path), or None: a folder or file of it has a name Windows
    keeps for a device, with any extension ("con.jpg", "files/aux.pdf"); git on
    Windows refuses the file, so the hub cannot be cloned or built there."""
    parts = path.split("/")
    for i, part in enumerate(parts):
        stem, dot, rest = part.partition(".")
        if stem.rstrip(" ").lower() in WINDOWS_DEVICES:
            better = "/".join([*parts[:i], f"{stem}-1{dot}{rest}", *parts[i + 1 :]])
            return (
                f'"{part}" in {path} is a name Windows keeps for a device ("{stem}"), whatever '
                "its extension: git cannot check the file out on a Windows computer, nor "
                f"podium build write it there; rename it, like {better}"
            )
    return None


# Words of a name that name no one on their own ("Van der Berg", "El Amrani"):
# a new story's slug keeps them when it leaves the author's name out
# (podium_cli.newstory.title_slug, and the editor's admin.js).
PARTICLES = frozenset({
    "a", "al", "bin", "d", "da", "das", "de", "del", "della", "den", "der", "des", "di", "do",
    "dos", "du", "el", "l", "la", "le", "op", "t", "te", "ten", "ter", "van", "von", "y",
})  # fmt: skip


def slugify(text: str, empty: str = "") -> str:
    """Lowercase ASCII words joined by hyphens ("Field Service" -> "field-service");
    letters are transliterated ("Łódź" -> "lodz"); ``empty`` when nothing is left."""
    return re.sub(r"[^a-z0-9]+", "-", unidecode(text).lower()).strip("-") or empty


def shorten(slug: str, limit: int = MAX_SLUG) -> str:
    """``slug`` cut to ``limit`` characters at a hyphen where there is one."""
    if len(slug) <= limit:
        return slug
    cut = slug[: limit + 1].rsplit("-", 1)[0] if "-" in slug[: limit + 1] else ""
    return (cut or slug[:limit]).rstrip("-")


# Characters that show nothing and join or break nothing a reader sees: a
# zero-width space, word joiner, soft hyphen or BOM pasted along with a name
# ("Ben Bakker\u200b" from a chat or a web page) looked like the name, yet
# made a second person, with a page of their own at /people/ben-bakker-2/.
# So did an invisible operator (U+2061-U+2064, pasted from a formula or a PDF)
# and a Hangul filler (U+115F, U+1160, U+3164, U+FFA0: blank letters, the way
# to a name that looks empty), each one more /people/ben-bakker-N/.
# (ZWJ and ZWNJ are kept: they change how an emoji or a Persian name is drawn.)
_INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u180e\u200b\u2060\u2061\u2062\u2063\u2064\ufeff\u115f\u1160\u3164\uffa0")
)
# ...but a ZWJ or ZWNJ that joins nothing is as invisible: at either end of a
# word, or beside a letter of a script whose letters never join (Latin, Greek,
# Cyrillic, Armenian: below U+0590). "Anna\u200d de Boer" made a second person,
# /people/anna-de-boer-2/; between two emoji or two Persian or Devanagari
# letters a joiner is kept.
_LOOSE_JOINER = re.compile(
    r"(?<![^\s\u0000-\u058f])[\u200c\u200d]+|[\u200c\u200d]+(?![^\s\u0000-\u058f])"
)


def person_key(name: str) -> str:
    """One person per name, however its case and spacing were typed."""
    return " ".join(_LOOSE_JOINER.sub("", name.translate(_INVISIBLE)).split()).casefold()


def person_slug(name: str) -> str:
    """The slug a name gives, before "-2" keeps two alike apart.

    Shortened: a name is not a URL its author chose, and a long one (120
    Chinese characters are 720 once transliterated) would be a folder name the
    file system refuses. A name with nothing to transliterate (emoji or
    symbols only: "🦄🦄", "★☆") gave "story", the stories' fallback, so such a
    colleague's page was /people/story/ and the next one's /people/story-2/,
    an address that moved to whoever wrote first. It is "person-" and 8 hex
    digits of the name's hash instead: the same for the same name on every
    build, different for another. Only those names changed; every name that
    gives letters keeps the slug it had (a shared URL must not move).
    A name Windows keeps for a device ("Con", "Aux", "Com1") is made "con-1",
    as ``podium new`` names such a story: /people/con/ is a folder podium build
    cannot write on a writer's Windows computer, so the build failed there.
    """
    made = shorten(slugify(name))
    if made:
        return f"{made}-1" if made in WINDOWS_DEVICES else made
    digest = hashlib.sha256(person_key(name).encode("utf-8")).hexdigest()[:8]
    return f"person-{digest}"


def person_slugs(names: Iterable[tuple[Any, ...]], held: Iterable[str] = ()) -> dict[str, str]:
    """The slug of each person's page (``/people/<slug>/``), by ``person_key``.

    ``names`` are ``(date, slug, lang, name)`` of every story whose author
    holds a slug: oldest first, a name takes the plain slug and the next name
    that slugifies alike ("Jan Jänsen" after "Jan Jansen") gets "-2", so a URL
    already out there keeps pointing at the same person. The rule lives here,
    in the kernel, because two steps need it: the render step writes the pages,
    and ``podium check --was`` (validate) must know which people URLs a change
    would move. ``held`` are slugs no name is given: those withdrawn.yml keeps
    for a withdrawn author (``people``), whose namesake gets "-2".
    """
    slugs: dict[str, str] = {}
    taken: set[str] = set(held)
    for *_order, name in sorted(names, key=lambda n: tuple(n[:3])):
        key = person_key(name)
        if key in slugs:
            continue
        # "-2" keeps names apart that slugify (or are cut) alike.
        base = slug = person_slug(name)
        n = 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        slugs[key] = slug
        taken.add(slug)
    return slugs


def author_slugs(stories: Iterable[Any], held: Iterable[str] = ()) -> dict[str, str]:
    """``person_slugs`` of the authors of ``stories`` (each with a ``date``,
    ``slug``, ``lang`` and ``author``, as podium_read's Story): every story in
    content/ counts, a draft's author holding a slug as a published one's;
    ``held``: the slugs withdrawn.yml keeps (``Site.people_held``)."""
    return person_slugs(((s.date, s.slug, s.lang, s.author) for s in stories), held)


def is_slug(value: object) -> bool:
    return isinstance(value, str) and SLUG_RE.match(value) is not None


# Dutch place names that open with an elided article ('s-Hertogenbosch,
# 's-Gravenhage, 't Zandt) are listed under the name after it, as Dutch lists
# do; by its apostrophe such a name came before every letter.
_ELIDED_ARTICLE = re.compile(r"^['’‘][st][- ]", re.IGNORECASE)


def name_order(name: str) -> tuple[str, str]:
    """Where a name goes in an alphabetical list: by its letters read as the
    slugs read them (unidecode), case folded, so "Émile" stands with the E's,
    "Özlem" with the O's and "Łukasz" with the L's; sorted as written,
    ``str.lower()`` put them all after "Zoë" (Unicode numbers accented capitals
    after Z). "'s-Hertogenbosch" stands with the H's. The name itself breaks
    ties, so the order is fixed."""
    return unidecode(_ELIDED_ARTICLE.sub("", name)).casefold(), name
