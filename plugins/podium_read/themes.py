"""The recruitment themes taxonomy: ``content/themes.yml`` (contract §3).

Themes are the backbone of the hub: recruiters link to ``/themes/<slug>/``,
stories list slugs under ``themes:`` and the tagger reads the keywords. So
the file is validated strictly and every problem is reported at once, each
as one ``PATH:LINE: error: MESSAGE`` line that says what would be valid.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from podium import i18n, yamlio
from podium.errors import ContentError, Issue, one_line
from podium.fields import Fields
from podium.lookalike import mixed_script
from podium.slugs import MAX_ALIASES, MAX_SLUG, SLUG_RE, device_slug, slugify
from podium.text import FUNCTION_WORDS, phrase_stems, words

from .schema import MAX_LEN, too_many_aliases
from .source import read_utf8

THEME_FIELDS = ("slug", "name", "description", "color", "keywords", "aliases")
# URL segments under /themes/ that Podium may use itself.
RESERVED_THEME_SLUGS = ("page", "feeds", "index")
# Keywords a theme may have in one language. A theme is named by a handful (the
# demo's have fifteen) and the tagger widens them from its lexicon itself; each
# is stemmed and compared with every other theme's, so 40,000 took podium check
# 20 s, and so many match every story anyway. As a search engine caps a campaign's
# keywords, the file says where the words go wrong, not the build's clock.
MAX_KEYWORDS = 100
# Themes a hub may have. A real hub has five to twenty (each is a page, a card,
# a feed and a choice in every story's form and in the browser editor); past
# a few hundred the list of themes, the menus and podium report stop being
# read, and a file that long is a generated one gone wrong. Nothing capped it.
MAX_THEMES = 200
# The longest a theme's name and description may be, in each language: a name
# as long as a story's title may be, a description as long as a story's
# summary, whose place it takes on the theme's card and as its page's lead.
# Nothing capped them, and a description of 300,000 letters in one word kept
# the build typesetting the theme's card for 26 s (900,000: minutes).
MAX_NAME = MAX_LEN["title"]
MAX_DESCRIPTION = MAX_LEN["summary"]


@dataclass(frozen=True)
class Theme:
    slug: str
    name: dict[str, str]  # per language
    description: dict[str, str]  # per language; may lack a language
    color: str  # "#rrggbb"
    keywords: dict[str, tuple[str, ...]]  # per language, as written (lowercased)
    # Former slugs: recruiters' links to /themes/<old>/ must not die when a
    # theme is renamed or merged into another; their pages redirect here.
    aliases: tuple[str, ...] = ()
    # Where it is written (the themes file as shown, the line of its name), for a
    # later step's warning about it (a theme card that cannot draw its name).
    source: str = field(default="", compare=False)
    line: int = field(default=1, compare=False)

    def __hash__(self) -> int:  # dict fields are unhashable; the slug is the identity
        return hash(self.slug)


def load_themes(
    path: str | Path,
    languages: Sequence[str] = ("nl", "en"),
    content_root: str | Path | None = None,
) -> list[Theme]:
    """Read and validate a themes file; raise ContentError with every issue.

    Read as the build reads it (``read_utf8``): a regular file of ``content_root``
    (the file's own folder when not given), bounded, never through a link out."""
    source = str(path)
    if not os.path.lexists(path):
        raise ContentError([Issue(source, None, "themes file not found")])
    text = read_utf8(Path(path).parent if content_root is None else content_root, path, source)
    return parse_themes(text, source, languages)


def parse_themes(text: str, source: str, languages: Sequence[str] = ("nl", "en")) -> list[Theme]:
    """Like ``load_themes`` for text already read (tests, stdin, packages)."""
    themes, issues, _located = read_themes(text, source, languages)
    if issues:
        raise ContentError(issues)
    return themes


def read_themes(
    text: str, source: str, languages: Sequence[str] = ("nl", "en")
) -> tuple[list[Theme], list[Issue], yamlio.Located | None]:
    """Every theme of ``text`` that reads, every issue of the file, and the file
    as located YAML (None when it does not read as a list of themes), which
    the checks of its themes read their lines from rather than parse it again.

    A file with issues is not to be used (nothing is tagged with it), but its
    readable themes still have warnings to give in the same run as its errors:
    a theme's missing keywords in one language were said only once an empty
    keyword beside them was fixed."""
    try:
        return _read_themes(text, source, tuple(languages))
    except ContentError as exc:  # the file as a whole is wrong (YAML, no list)
        return [], exc.issues, None


def _read_themes(
    text: str, source: str, languages: tuple[str, ...]
) -> tuple[list[Theme], list[Issue], yamlio.Located]:
    located = yamlio.load(text, source, keep_going=True)
    top = Fields(located, source)
    top.issues.extend(located.issues)
    if not isinstance(located.data, dict):
        message = 'the themes file must have a "themes:" list'
        if isinstance(located.data, list):  # the list alone, its key left out
            message += ', and it is a list itself: write "themes:" on a line of its own above '
            message += 'the first "- slug:"'
        raise ContentError([Issue(source, located.first_line, message)])
    top.unknown(["themes"])
    raw = top.raw("themes")
    if not isinstance(raw, list) or not raw:
        if "themes" in top.suggested:  # "Themes:": the "did you mean" line says it all
            raise ContentError(top.issues)
        top.error(
            "themes" if "themes" in located.data else None,
            'field "themes" must be a non-empty list of themes, each with slug, name, color',
        )
        raise ContentError(top.issues)

    if len(raw) > MAX_THEMES:
        over = Fields(located, source, ("themes", MAX_THEMES), raw[MAX_THEMES])
        over.issues = top.issues
        slug = raw[MAX_THEMES].get("slug") if isinstance(raw[MAX_THEMES], dict) else None
        which = f'theme "{one_line(str(slug))}"' if isinstance(slug, str) else "the theme here"
        over.error(
            "slug" if isinstance(slug, str) else None,
            f"{which} is theme {MAX_THEMES + 1} of {len(raw):,}; a hub has at most {MAX_THEMES} "
            "themes (each is a page, a card and a choice on every story): merge the themes "
            "that overlap, or move the narrow ones into a broader theme's keywords",
        )
        raw = raw[:MAX_THEMES]  # the themes within it are checked as ever

    themes: list[Theme] = []
    first_line: dict[str, int] = {}
    # (lang, stems of a keyword) -> (theme slug, line): a keyword may point at one theme only.
    keyword_owner: dict[tuple[str, str], tuple[str, int]] = {}
    name_owner: dict[tuple[str, str], tuple[str, int]] = {}  # the same for names
    issues = top.issues
    for i, item in enumerate(raw):
        fields = Fields(located, source, ("themes", i), item)
        fields.issues = issues  # one list, so issues keep file order
        if not isinstance(item, dict):
            fields.error(None, _not_a_theme(i, item))
            continue
        theme = _read_theme(fields, languages)
        # A theme dropped for another error still holds its slug: a second
        # theme of that slug was said only once the first's colour was fixed.
        slug = theme.slug if theme is not None else _slug_as_written(item)
        line = fields.line("slug")
        if slug is not None and slug in first_line:
            issues.append(
                Issue(
                    source,
                    line,
                    f'theme slug "{slug}" is used twice (lines {first_line[slug]} '
                    f"and {line}); every theme needs its own slug",
                )
            )
            continue
        if slug is not None:
            first_line[slug] = line
        if slug is not None:
            # Also for a theme dropped for another error: its keywords' own
            # errors were said only once that one was fixed, one round each.
            _check_keywords(fields, slug, languages, keyword_owner)
        if theme is None:
            continue
        theme = replace(theme, source=source, line=fields.line("name") or line)
        themes.append(theme)
        if theme.slug in RESERVED_THEME_SLUGS:
            # Checked here, with everything else in the file: checked after it
            # was read, a reserved slug was reported only once the keyword
            # errors beside it were fixed.
            fields.error("slug", f'theme slug "{theme.slug}" would collide with the URLs of '
                         f"Podium's own pages; choose another (reserved: "
                         f"{', '.join(RESERVED_THEME_SLUGS)})")  # fmt: skip
        _check_name(fields, theme, name_owner)
    _check_aliases(located, source, raw, themes, first_line, issues)
    return themes, _name_the_themes(issues, raw), located


_FIELD_OF_A_THEME = re.compile(r'"themes\.(\d+)(\.[^"]*)?"')


def _name_the_themes(issues: list[Issue], raw: list) -> list[Issue]:
    """Each field error with its theme's slug: 'field "themes.7.color"' alone
    (counted from zero) sent the editor of a dozen themes to the wrong one."""
    named = []
    for issue in issues:
        found = _FIELD_OF_A_THEME.search(issue.message)
        item = raw[int(found[1])] if found and int(found[1]) < len(raw) else None
        slug = item.get("slug") if isinstance(item, dict) else None
        # Without a slug its place in the list is the clue; an error about the
        # slug itself quotes it already.
        if isinstance(slug, str) and slug.strip() and found[2] != ".slug":
            label = f' of theme "{one_line(slug.strip())[:60]}"'
            if label not in issue.message:
                at = found.end()
                issue = replace(issue, message=issue.message[:at] + label + issue.message[at:])
        named.append(issue)
    return named


def _check_aliases(located, source, raw, themes, first_line, issues) -> None:
    """An alias is an old URL that leads to one theme: never a theme's own URL
    (a theme's page and a redirect at one address), nor another theme's alias."""
    owner: dict[str, tuple[str, int]] = {}  # alias -> (its theme, line)
    # A slug that is no text (slug: [x]) is an error of its own already.
    index = {
        item["slug"]: i
        for i, item in enumerate(raw)
        if isinstance(item, dict) and isinstance(item.get("slug"), str)
    }
    for theme in themes:
        for j, alias in enumerate(theme.aliases):
            line = located.line("themes", index.get(theme.slug, 0), "aliases", j)
            message = None
            if alias in first_line:
                message = (f'alias "{alias}" of theme "{theme.slug}" is the slug of a theme '
                           f"(line {first_line[alias]}); remove the alias")  # fmt: skip
            elif alias in owner:
                other, at = owner[alias]
                message = (f'alias "{alias}" is also an alias of theme "{other}" (line {at}); '
                           "an old URL can lead to one theme only")  # fmt: skip
            elif alias in RESERVED_THEME_SLUGS:
                reserved = ", ".join(RESERVED_THEME_SLUGS)
                message = (f'alias "{alias}" would collide with the URLs of Podium\'s own '
                           f"pages; remove it (reserved: {reserved})")  # fmt: skip
            if message:
                issues.append(Issue(source, line, message))
            owner.setdefault(alias, (theme.slug, line))


def _read_theme(f: Fields, languages: tuple[str, ...]) -> Theme | None:
    before = len(f.issues)
    f.unknown(THEME_FIELDS)
    given = f.raw("slug")
    if (
        isinstance(f.data, dict)
        and (given is None or (isinstance(given, str) and not given.strip()))
        and not f._said("slug")
    ):
        # It said 'missing required field "themes.2.slug" (text)': which text?
        # Left empty ("slug:", 'slug: ""') it is as missing: the theme is dropped.
        named = f.raw("name")
        if isinstance(named, dict):
            named = next((v for v in named.values() if isinstance(v, str)), None)
        made = slugify(named) if isinstance(named, str) else ""
        f.error(
            "slug",
            f'missing required field "{f.name("slug")}": the name of the theme\'s page, '
            f"/themes/<slug>/, in lowercase letters, digits and hyphens, like "
            f"slug: {made or 'data-team'}",
        )
    slug = f.slug("slug", unlike=lambda v: _not_a_slug(f.name("slug"), v))
    if slug is not None and len(slug) > MAX_SLUG:
        f.error("slug", f'field "{f.name("slug")}" is {len(slug)} characters; a theme\'s slug '
                f"is its URL and file names, so at most {MAX_SLUG}")  # fmt: skip
        slug = None
    if slug is not None and (device := device_slug(slug, "the theme's folder")) is not None:
        f.error("slug", f'field "{f.name("slug")}" is {device}')
        slug = None
    # Texts in a language Podium has pages for but the hub does not publish
    # (the contract's example has nl and en; a hub may publish one of them)
    # are kept in the file for the day it is switched on, and not read.
    spare = i18n.spare(languages)
    name = f.localized("name", languages, required=True, spare=spare, max_len=MAX_NAME)
    description = f.localized("description", languages, spare=spare, max_len=MAX_DESCRIPTION)
    color = f.color("color", required=True)
    keywords = _keywords(f, languages, spare)
    aliases = f.text_list("aliases", item_slug=True)
    if len(aliases) > MAX_ALIASES:
        f.error("aliases", too_many_aliases(len(aliases), "a theme", f.name("aliases")))
    for j, alias in enumerate(aliases):
        if len(alias) > MAX_SLUG:
            f.issues.append(Issue(f.source, f.located.line(*f.path, "aliases", j),
                                  f'alias "{alias[:40]}..." is {len(alias)} characters; '
                                  f"at most {MAX_SLUG}"))  # fmt: skip
    if len(f.issues) > before or slug is None or color is None:
        return None
    if slug in aliases:
        f.error("aliases", f'theme "{slug}" lists its own slug in "aliases"; remove it')
        return None
    return Theme(slug, name, description, color, keywords, tuple(dict.fromkeys(aliases)))


def _not_a_theme(i: int, item) -> str:
    """The message for an item of ``themes`` that is no fields ("- tech", the
    theme's slug alone, as a story lists its themes)."""
    written = item if isinstance(item, (str, int, float)) and not isinstance(item, bool) else None
    kind = "a list" if isinstance(item, list) else "empty" if item is None else "true/false"
    shown = f'"{one_line(str(written))[:60]}"' if written is not None else kind
    slug = slugify(str(written)) if written is not None else ""
    return (f'field "themes.{i}" must be a theme\'s fields ({", ".join(THEME_FIELDS)}), not '
            f"{shown}: write - slug: {slug or '...'}, and its name, description, color and "
            "keywords on the lines under it, indented like slug")  # fmt: skip


def _slug_as_written(item: dict) -> str | None:
    """The slug of a theme that has errors, when it is one (else it is said)."""
    slug = item.get("slug")
    return slug if isinstance(slug, str) and SLUG_RE.match(slug) else None


def _not_a_slug(field: str, value: str) -> str:
    """What a slug is made of, and the one to write: "Leren Groei" was told only the first."""
    message = (f'field "{field}" must be a slug of lowercase letters, digits and hyphens '
               f'(like "data-team"), not "{value}"')  # fmt: skip
    meant = slugify(value)
    return f'{message}; write "{meant}"' if meant else message


def _keywords(
    f: Fields, languages: tuple[str, ...], spare: tuple[str, ...] = ()
) -> dict[str, tuple[str, ...]]:
    """``keywords: {nl: [...], en: [...]}``; a language may be left out."""
    what = f"keyword lists per language, like {_keywords_like(f.raw('keywords'), languages)}"
    if isinstance(f.raw("keywords"), list):
        # A plain list is ambiguous (which language?), so say how to write it.
        f.error("keywords", f'field "{f.name("keywords")}" must be {what}, not a plain list')
        return {}
    sub = f.mapping("keywords", what=what)
    if sub is None:
        return {}
    commas = f.located.split_by_commas
    spilled = {lang: written for lang in (*languages, *spare)
               if len(written := commas.get((*sub.path, lang), [])) > 1}  # fmt: skip
    said = {w for written in spilled.values() for w in written}
    sub.unknown([*languages, *spare], said=said, languages=True)
    for lang, written in spilled.items():
        listed = ", ".join(written)
        sub.error(lang, f'field "{sub.name(lang)}" must be a list in brackets, like {lang}: '
                  f"[{listed}]: without them each word after a comma is read as a field of "
                  "its own")  # fmt: skip
    out: dict[str, tuple[str, ...]] = {}
    for lang in languages:
        if lang in spilled:
            continue
        written = sub.raw(lang)
        if isinstance(written, list) and len(written) > MAX_KEYWORDS:
            sub.error(lang, f'field "{sub.name(lang)}" has {len(written):,} keywords; at most '
                      f"{MAX_KEYWORDS} a language: keep the words that name the theme (the "
                      "tagger adds related words from its lexicon itself)")  # fmt: skip
            continue
        words = sub.text_list(lang, number_hint=NUMBER_HINT)
        # Lowercase and drop duplicates but keep the author's order: it is
        # the order the tagger reports evidence in when weights tie.
        seen: dict[str, None] = {}
        for word in words:
            if word.strip():
                seen.setdefault(word.strip().lower(), None)
        if seen:
            out[lang] = tuple(seen)
    return out


def _keywords_like(written, languages: tuple[str, ...]) -> str:
    """How to write keywords given with no language (a list, or words and commas):
    the editor's own words in the hub's first language; without them, an example."""
    items = written.split(",") if isinstance(written, str) else written
    items = items if isinstance(items, list) else []  # a number, a mapping: no words
    words = [str(w).strip() for w in items if isinstance(w, (str, int))]
    words = [w for w in words if w and "\n" not in w][:8]
    if not words or not languages:
        return "{nl: [klant, ...], en: [customer, ...]}"
    rest = "".join(f", {lang}: [...]" for lang in languages[1:])
    return f"{{{languages[0]}: [{', '.join(one_line(w)[:40] for w in words)}]{rest}}}"


def _check_name(f: Fields, theme: Theme, owner: dict[tuple[str, str], tuple[str, int]]) -> None:
    """A name already another theme's: a block copied and given only a new slug
    made two theme pages, menu entries and editor choices of one name."""
    told = set()
    for lang, name in theme.name.items():
        line = f.located.line(*f.path, "name", lang)
        key = (lang, " ".join(name.casefold().split()))
        other, other_line = owner.setdefault(key, (theme.slug, line))
        if other != theme.slug and other not in told:
            told.add(other)
            f.issues.append(Issue(f.source, line, f'name "{one_line(name)}" ({lang}) of theme '
                                  f'"{theme.slug}" is also the name of theme "{other}" (line '
                                  f"{other_line}); give each theme a name of its own, which "
                                  "readers and the editor's list of themes tell them apart "
                                  "by"))  # fmt: skip


# A keyword that is a number ("2024", 3.5): the tagger reads only words.
NUMBER_HINT = (
    "a number alone matches no story (the tagger reads only words); write a word, like "
    '"24/7 service", or remove the item'
)


def _check_keywords(
    f: Fields,
    slug: str,
    languages: tuple[str, ...],
    owner: dict[tuple[str, str], tuple[str, int]],
) -> None:
    """Keywords that cannot work: empty, only stop words, or another theme's too."""
    raw = f.raw("keywords")
    if not isinstance(raw, dict):
        return
    for lang in languages:
        items = raw.get(lang)
        if not isinstance(items, list) or len(items) > MAX_KEYWORDS:
            continue  # not a list, or too long: said by _keywords
        stop = FUNCTION_WORDS.get(lang, frozenset())
        for i, item in enumerate(items):
            line = f.located.line(*f.path, "keywords", lang, i)
            where = f'keyword "{item}" of theme "{slug}" (keywords.{lang})'
            text = str(item).strip().lower() if isinstance(item, (str, int)) else None
            if text is None:
                continue  # not text: Fields.text_list reported it
            if not text:
                f.issues.append(Issue(f.source, line, f"keyword {i + 1} of theme "
                                      f'"{slug}" (keywords.{lang}) is empty; '
                                      "write a word or phrase, or remove the item"))  # fmt: skip
                continue
            ws = words(text)
            if not ws:
                # Numbers and punctuation are not words to the tagger ("2024",
                # "24/7"): the keyword would match nothing, ever.
                f.issues.append(Issue(f.source, line, f"{where} has no letters, and the tagger "
                                      "reads only words (numbers and punctuation alone match "
                                      'nothing); write a word, like "24/7 service"'))  # fmt: skip
                continue
            if mixed := mixed_script(ws):
                why = "so no word of a story matches it; type the word again in one alphabet"
                f.issues.append(Issue(f.source, line, f"{where} {mixed}, {why}"))
                continue
            if all(w in stop for w in ws):
                f.issues.append(Issue(f.source, line, f"{where} is only stop words, found in "
                                      "every story; use a word that names the theme"))  # fmt: skip
                continue
            if len(ws) == 1 and len(ws[0]) == 1 and ws[0].upper() != ws[0].lower():
                # "C#", "C++" or "x" is the one letter "c" or "x" to the tagger, which
                # every lone letter of a story matched ("c.q.", "plan C"). A sign
                # of a script without case ("水") is a word of its own.
                f.issues.append(Issue(f.source, line, f'{where} is read as the one letter '
                                      f'"{ws[0]}" (the tagger reads only letters), which every '
                                      f'lone "{ws[0]}" of a story matches ("c.q.", "plan C"); '
                                      'write it in a phrase, like "C# developer"'))  # fmt: skip
                continue
            key = (lang, " ".join(phrase_stems(lang, text)))
            if key in owner and owner[key][0] != slug:
                other, other_line = owner[key]
                f.issues.append(Issue(f.source, line, f'{where} is also a keyword of theme '
                                      f'"{other}" (line {other_line}); a keyword may point at '
                                      "one theme only"))  # fmt: skip
                continue
            owner.setdefault(key, (slug, line))


def check_theme_slugs(
    slugs: Iterable[str],
    themes: Iterable[Theme],
    source: str,
    line_of: Callable[[int], int | None],
    lang: str | None = None,
) -> list[Issue]:
    """Issues for a story's explicit ``themes`` list; ``line_of(i)`` gives item i's line;
    ``lang``: the story's language, whose theme names the messages show.

    Items reach here as written (``Fields.text_list(names_later=True)``): a
    theme written by its name, as the theme page shows it, is told the slug
    that theme really has, since only this step knows the themes.
    """
    themes = list(themes)
    valid = [t.slug for t in themes]
    known = set(valid)
    issues = []
    for i, slug in enumerate(slugs):
        renamed = next((t.slug for t in themes if slug in t.aliases), None)
        if renamed is not None:
            # An alias leads old URLs on; a story names the theme as it is now.
            issues.append(
                Issue(
                    source, line_of(i), f'theme "{slug}" in "themes" was renamed; write "{renamed}"'
                )  # fmt: skip
            )
        elif slug not in known:
            issues.append(Issue(source, line_of(i), _unknown_theme(slug, themes, lang)))
    # A theme listed twice is said by the read step, which has each item's line
    # (the lists here are kept once each).
    return issues


def themes_as_text(
    text: str, items: Iterable[str], themes: Iterable[Theme], lang: str | None = None
) -> str:
    """The message for ``themes`` written as text ("themes: Techniek & data"),
    ``items`` its parts: the list it means, each part as its theme's slug.

    The read step said "must be a list such as [techniek-data]", the slugified
    name, and only the run after told the writer that theme's slug is "tech".
    """
    themes = list(themes)
    meant = [_meant(item, themes) for item in items]
    # A part naming no theme ("Leren" of "Leren & groeien", "Marketing") is
    # shown as the theme it is close to, else the first: its slugified self
    # ("[leren]") was a slug no theme has, a list that fails again.
    first = [themes[0]] if themes else []
    example = ", ".join(
        m or next((t.slug for t in _close(item, themes) + first), None) or slugify(item) or item
        for m, item in zip(meant, items, strict=True)
    )
    message = f'field "themes" must be a list such as [{example}], not "{text}"'
    if None in meant and themes:  # (none when themes.yml is missing or wrong: it says so)
        message += f"; valid themes are {_valid_themes(themes, lang)}"
    return message


def _meant(written: str, themes: list[Theme]) -> str | None:
    """The slug of the theme ``written`` names (its slug, an old slug, its name
    or its slug in other capitals), or None."""
    by_slug = {t.slug: t for t in themes}
    if written in by_slug:
        return written
    renamed = next((t.slug for t in themes if written in t.aliases), None)
    if renamed is not None:
        return renamed
    key = slugify(written)
    for theme in themes:
        if key and key in {slugify(n) for n in theme.name.values()}:
            return theme.slug
    return key if key in by_slug else None


def _shown(theme: Theme, lang: str | None = None) -> str:
    """A theme as a message names it: its slug and the name its pages show, in
    ``lang`` where it has one (an English story was told the Dutch names)."""
    name = theme.name.get(lang or "") or next(iter(theme.name.values()), "")
    return f'"{theme.slug}" ({name})' if name else f'"{theme.slug}"'


# The valid themes a message lists: a themes.yml of hundreds made every story's
# line list them all (100 KB a line, cut off by GitHub's annotations).
MAX_LISTED = 20


def _valid_themes(themes: list[Theme], lang: str | None = None) -> str:
    shown = ", ".join(_shown(t, lang) for t in themes[:MAX_LISTED])
    more = len(themes) - MAX_LISTED
    return f"{shown} and {more} more (the slugs in themes.yml)" if more > 0 else shown


def _unknown_theme(written: str, themes: list[Theme], lang: str | None = None) -> str:
    """The message for a ``themes`` item that is no theme's slug."""
    key = slugify(written)
    for theme in themes:
        if key and key in {slugify(n) for n in theme.name.values()}:
            return (
                f'theme "{written}" in "themes" is the name of a theme; '
                f'write its slug: "{theme.slug}"'
            )
    by_slug = {t.slug: t for t in themes}
    if key in by_slug:  # "Tech", "TECH ": the slug in other capitals
        shown = _shown(by_slug[key], lang)
        return f'theme "{written}" in "themes" must be written as its slug: {shown}'
    close = _close(written, themes)
    # The slug alone, as every did-you-mean reads; the list after names each one.
    hint = f' (did you mean "{close[0].slug}"?)' if close else ""
    valid = _valid_themes(themes, lang)
    return f'unknown theme "{written}" in "themes"{hint}; valid themes are {valid}'


def _close(written: str, themes: list[Theme]) -> list[Theme]:
    """The theme ``written`` is close to, by a slug or a name ("custmer", "Werk"
    of "Werk & privé"), as a list of one; empty when it is close to none."""
    options: dict[str, Theme] = {}
    for theme in themes:
        options[theme.slug] = theme
        for name in theme.name.values():
            options.setdefault(slugify(name), theme)
            for word in slugify(name).split("-"):
                if len(word) > 3:
                    options.setdefault(word, theme)
    key = slugify(written)
    close = difflib.get_close_matches(key or written, list(options), n=1, cutoff=0.6)
    return [options[close[0]]] if close else []
