"""Read one story file into a validated Story and its rendered Body.

Used by the site model (``site.read_site``, which the Pelican reader takes
its parses from) and ``podium check``; memoised on the file's identity.
Parses are also kept on disk, in ``.podium-cache/parsed/`` beside content/,
keyed by the file's bytes, the settings and the parser's own source code, so
a rebuild parses only the stories that changed. Entries are plain JSON,
checked on load (see ``codec``): the cache folder is as untrusted as
content/. (The checks of the photo and of linked files depend on other files
and run every time.)
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from podium import checked, filetypes, i18n, paths, yamlio
from podium.cache import cache_root, kept_or_its_mac, sealed, write_sealed
from podium.chars import mark_stack, reordering, stacked_marks
from podium.errors import ContentError, Issue, display_path
from podium.fingerprint import MEMO as CODE_MEMO
from podium.fingerprint import code_fingerprint
from podium.photo_checks import pdf_key, pdf_problem_cached, photo_verdict_cached
from podium.photos import linked_size, too_small
from podium.prompts import PROMPTS_FILE, placeholders
from podium.settings import STORY_KINDS, PodiumSettings

from . import codec
from .body import (
    QA,
    QUESTION_ID,
    Body,
    Link,
    Renderer,
    break_pelican_links,
    derive_quote,
    derive_summary,
    interview_html,
    sanitize,
    shows_something,
    unwrapped,
)
from .language import NAMES, reads_as
from .schema import References, Story, references, validate
from .source import split


@dataclass
class Parsed:
    story: Story | None
    body: Body | None
    issues: list[Issue] = field(default_factory=list)
    summary: str = ""
    quote: str | None = None
    source: Path | None = None  # the file, absolute
    # What a story refused by validation still names (themes, photo): checked too.
    refs: References | None = None
    # SHA-256 of the photo's bytes as its check read them: the image step keys
    # its cleaned copies on it instead of reading every photo again to hash it.
    photo_digest: bytes | None = None
    # What the checks of the pictures and PDFs it links are kept under in
    # .podium-cache/photo-checks/ (photo_checks.prune keeps them).
    link_digests: tuple[bytes, ...] = ()

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]


_memo: dict[tuple, Parsed] = {}
_renderers: dict[tuple, Renderer] = {}  # one per set of host and attachment settings
_photo_memo: dict[tuple, str | None] = {}


_identities: dict[str, str] = {}  # settings.identity -> _parse_identity

# The settings a parse reads (``_parse`` and the checks of a cached entry), and
# only those: keyed on the whole settings, a new brand colour, UTM or ping
# setting parsed every story again. Not today's date either: whether a story is
# scheduled, or its consent has ended, is asked of the parse afterwards
# (``Story.publication(settings)``), never decided in it; keyed on the date,
# every nightly build parsed every story again. A test reads every setting a
# parse touches and holds this list to it.
PARSE_READS = (
    "languages",
    "default_lang",
    "article_url",
    "article_lang_url",
    "timezone",
    "teams",
    "max_story_bytes",
    "iframe_hosts",
    "image_hosts",
    "attachments",
    "site_files",
)


def _parse_identity(settings: PodiumSettings) -> str:
    """The settings as a parse depends on them (``PARSE_READS``)."""
    known = _identities.get(settings.identity)
    if known is None:
        read = tuple((name, getattr(settings, name)) for name in PARSE_READS)
        known = _identities[settings.identity] = repr(read)
    return known


def kind_of(path: Path, content_root: Path) -> str | None:
    """The story kind comes from the folder: content/interviews or content/columns."""
    try:
        top = path.resolve().relative_to(content_root.resolve()).parts[0]
    except (ValueError, IndexError):
        return None
    return STORY_KINDS.get(top)


def parse_story(path: Path, content_root: Path, settings: PodiumSettings) -> Parsed:
    path = Path(path)
    try:
        # The content root policy: a regular file inside content/, whatever
        # symlinks, devices or loops the pull request put there.
        real = _content_file(content_root, path)
        stat = real.stat()
    except paths.Refused as exc:
        return Parsed(None, None, [Issue(display_path(path), None, f"story file {exc}")])
    identity = _parse_identity(settings)
    key = (str(real), paths.version(stat), identity)  # replaced with the same mtime too
    parsed = _memo.get(key)
    if parsed is None:
        parsed = _memo[key] = _parse_cached(path, Path(content_root), settings, real, identity)
    if parsed.body is not None and any(
        link.size != _image_size(Path(content_root), link.target)
        for link in parsed.body.links
        if link.kind in ("image", "svg")
    ):
        # An image replaced by one of another size, the story untouched: its
        # <img width height> are the old image's, so the page would jump as it
        # loads. Rendered again (both caches hold the story, not its images).
        parsed = _memo[key] = _parse(path, Path(content_root), settings)
        with contextlib.suppress(OSError, paths.Refused):
            entry, key_now, _ = _cache_entry(path, Path(content_root), settings, real, identity)
            _store(entry, key_now, parsed)
    # The photo and linked files are checked outside the memo: replacing one
    # without touching the story must be noticed (podium serve rebuilds in-process).
    extra: list[Issue] = []
    digest = None
    named = parsed.story or parsed.refs
    if named is not None and named.photo:
        photo_issues, digest = _check_photo(named, Path(content_root), settings)
        extra += photo_issues
    linked: list[bytes] = []
    if parsed.body is not None and parsed.body.links:
        shown = parsed.story.path if parsed.story else display_path(path)
        cache = _cache_root(Path(content_root), settings)
        for link in parsed.body.links:
            issues, link_digest = _check_link(link, content_root, shown, cache)
            extra += issues
            if link_digest is not None:
                linked.append(link_digest)
    if extra or digest or linked:
        return replace(
            parsed, issues=parsed.issues + extra, photo_digest=digest, link_digests=tuple(linked)
        )
    return parsed


# -- the disk cache ---------------------------------------------------------------


def _parse_cached(
    path: Path, content_root: Path, settings: PodiumSettings, real: Path, identity: str
) -> Parsed:
    """``_parse``, or its result from an earlier build when nothing it depends on changed.

    ``real`` is the story's real path (``checked.content_file``), ``identity`` the
    settings as the parse reads them (``_parse_identity``).
    """
    try:
        entry, key, raw = _cache_entry(path, content_root, settings, real, identity)
    except (OSError, paths.Refused):
        return _parse(path, content_root, settings)
    parsed = _load(entry, key, settings)
    if parsed is not None and not _linked_stories_exist(parsed, content_root):
        parsed = None
    if parsed is None:
        # The bytes just hashed are the ones parsed: the story is read once per build.
        parsed = _parse(path, content_root, settings, raw)
        _store(entry, key, parsed)
    return parsed


@functools.cache
def _code_fingerprint(cache: Path) -> str:
    """The parser's source code and library versions: a changed parser never hits.

    Every module the parser imports, found by following its imports (never a
    hand-kept list, which once left out markup.py); remembered in ``cache``
    while no module changes. A package's ``__init__`` counts only where a
    module takes something from it: ``podium_read/__init__`` is the Pelican
    glue, which imports the site reader and through it the vacancy library
    (``podium_vacancies``), none of which a parse runs; followed there, an
    edit to a feed adapter parsed every story again.
    """
    h = hashlib.sha256(b"podium parse cache 2\0")
    h.update(code_fingerprint(Path(__file__), cache / CODE_MEMO, package_inits=False).encode())
    # Data the parse reads, not imports: the rendering names things in the
    # story's language (a table's box, a footnote's way back) from strings.yml,
    # and a column's first-person check leaves out the prompts of podium new
    # (prompts.yml), whose edit kept or dropped a warning until the story changed.
    for data in (i18n.STRINGS_FILE, PROMPTS_FILE):
        h.update(data.read_bytes())
    return h.hexdigest()


def _cache_entry(
    path: Path, content_root: Path, settings: PodiumSettings, real: Path, identity: str
) -> tuple[Path, str, bytes]:
    """The story's cache file (one per story file, so an edit replaces the old entry),
    the key it must carry (everything a parse depends on) and the story's bytes."""
    folder, start = _cache_place(content_root, settings, identity)
    h = start.copy()
    # Messages name the file relative to the working directory: part of the key.
    for part in (str(real), display_path(path)):
        h.update(part.encode() + b"\0")
    # Read from the real path just checked, without following a final symlink.
    raw = checked.read_bounded(real, settings.max_story_bytes)
    h.update(raw)
    return folder / f"{_entry_name(real)}.json", h.hexdigest(), raw


def _cache_place(content_root: Path, settings: PodiumSettings, identity: str):
    """The parse cache's folder and the start of every key in it (the parser's
    code, the real content folder, the settings it reads): the same for each
    story, so worked out once per reading of the tree, not once per story."""

    def place():
        root = _cache_root(content_root, settings)
        h = hashlib.sha256(_code_fingerprint(root).encode())
        for part in (str(paths.real_folder(content_root)), identity):
            h.update(part.encode() + b"\0")
        return root / "parsed", h

    key = ("parse cache", str(content_root), settings.cache_path, identity)
    return paths.remembered(key, place)


def _cache_root(content_root: Path, settings: PodiumSettings) -> Path:
    key = ("cache root", str(content_root), settings.cache_path)
    return paths.remembered(key, lambda: cache_root(content_root, settings.cache_path))


def _content_file(content_root: Path, path: Path | str) -> Path:
    """``checked.content_file``, once per reading of the tree: the parse and
    ``prune_cache`` both ask for every story's file, and a portrait is named by
    every story of its author."""
    key = ("content file", str(content_root), str(path))
    return paths.remembered(key, lambda: checked.content_file(content_root, path))


def _entry_name(real: Path) -> str:
    # Once per story and reading: its parse looks its entry up, prune_cache keeps it.
    key = str(real)
    return paths.remembered(
        ("parse entry", key), lambda: hashlib.sha256(key.encode()).hexdigest()[:24]
    )


def prune_cache(files: list[Path], content_root: Path, settings: PodiumSettings) -> None:
    """Remove the cached parses of story files that are gone.

    The CI cache carries this folder from run to run: a withdrawn story's
    text (its author's name, role and words) must not live on in it.
    """
    keep = set()
    for path in files:
        with contextlib.suppress(OSError, paths.Refused):
            keep.add(f"{_entry_name(_content_file(content_root, path))}.json")
    folder = _cache_root(content_root, settings) / "parsed"
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if not kept_or_its_mac(entry.name, keep) and (entry.is_file() or entry.is_symlink()):
                entry.unlink()


# The largest cache entry we read: a story is at most PODIUM_MAX_STORY_BYTES,
# and its parse (HTML, text, front matter) is a few times that.
_ENTRY_FACTOR = 8


def _load(entry: Path, key: str, settings: PodiumSettings) -> Parsed | None:
    """The cached parse, or None: absent, corrupt, hostile or stale entries are all misses."""
    try:
        raw = paths.read_bounded(entry, settings.max_story_bytes * _ENTRY_FACTOR)
        if not sealed(entry, raw):  # planted, when PODIUM_CACHE_KEY is set (podium.cache)
            return None
        data = codec.loads(raw)
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        parsed = Parsed(
            data["story"],
            data["body"],
            data["issues"],
            data["summary"],
            data["quote"],
            data["source"],
            data["refs"],
        )
    except Exception:  # noqa: BLE001 - any damage at all means "parse again"
        return None
    return parsed if _plausible(parsed, settings) else None


def _plausible_refs(refs: References) -> bool:
    """A cached ``References`` has its types (its photo goes through the content
    root policy when it is checked, as any photo does)."""
    return (
        isinstance(refs.path, str)
        and isinstance(refs.themes, tuple)
        and all(isinstance(t, str) for t in refs.themes)
        and isinstance(refs.photo, (str, type(None)))
        and isinstance(refs.themes_text, (str, type(None)))
        and isinstance(refs.vacancies, tuple)
        and all(isinstance(v, str) for v in refs.vacancies)
        and type(refs.draft) is bool
        and isinstance(refs.lines, dict)
        and all(isinstance(k, str) and type(v) is int for k, v in refs.lines.items())
    )


def _plausible(parsed: Parsed, settings: PodiumSettings) -> bool:
    """Every field has its type, and the HTML is what the sanitiser lets through.

    A planted entry with a matching key (the key's inputs are all public)
    must not put unsanitised HTML on the site, so the HTML is sanitised again
    and must come out unchanged: the sanitiser's output is a fixed point.
    """
    from .schema import Story

    if not (
        isinstance(parsed.story, (Story, type(None)))
        and isinstance(parsed.body, (Body, type(None)))
        and isinstance(parsed.issues, list)
        # Warnings only: an error is never stored (_store), and a planted one
        # failed the build, the nightly takedowns with it.
        and all(isinstance(i, Issue) and i.severity == "warning" for i in parsed.issues)
        and isinstance(parsed.summary, str)
        and isinstance(parsed.quote, (str, type(None)))
        and isinstance(parsed.source, (Path, type(None)))
        and isinstance(parsed.refs, (References, type(None)))
        and (parsed.refs is None or _plausible_refs(parsed.refs))
    ):
        return False
    body = parsed.body
    if body is None:
        return True
    fragments = [body.intro] + [x for qa in body.qa for x in (qa.question, qa.answer)]
    links = (*body.links, *body.story_links, *body.page_links)
    if not all(isinstance(link, Link) for link in links):
        return False
    if not all(_plausible_link(link, settings.attachments) for link in body.links):
        return False
    if (
        body.blockquote_dir not in (None, "ltr", "rtl", "auto")
        or not isinstance(body.blockquote_lang, (str, type(None)))
        or not isinstance(body.blockquote_by, (str, type(None)))
        or not isinstance(body.blockquote_line, (int, type(None)))
    ):
        return False
    if body.qa:
        # An interview's whole HTML is its checked parts joined with the theme's
        # own question anchors, which the sanitiser would prefix: rebuild it.
        if not all(isinstance(qa, QA) and QUESTION_ID.fullmatch(qa.id) for qa in body.qa):
            return False
        if body.html != interview_html(body.intro, body.qa):
            return False
    else:
        fragments.append(body.html)
    hosts = settings.iframe_hosts
    return all(
        isinstance(f, str) and sanitize(f, hosts) == f and _only_story_links(f) for f in fragments
    )


def _linked_stories_exist(parsed: Parsed, content_root: Path) -> bool:
    """Whether every story a cached parse links with ``{filename}`` is there. One
    that is not is an error of the build: a planted link to one failed it (with
    the nightly takedowns), where a miss parses the story again. Rare in a real
    story (a link to a story withdrawn since), which then says so again."""
    links = parsed.body.story_links if parsed.body is not None else ()
    for link in links:
        try:
            if not isinstance(link.target, str) or paths.normalise(link.target) != link.target:
                return False
            checked.content_file(content_root, link.target)
        except paths.Refused:
            return False
    return True


def _plausible_link(link: Link, attachments: tuple[str, ...]) -> bool:
    """Whether a cached linked file is one the reader could have found: a clean
    path inside content/ of the kind its extension gives. The images step
    publishes each, checked as that kind: a planted link to a story file as an
    "image" (or to ../x) failed the build on the story's line, where a miss
    parses the story again."""
    target = link.target
    try:
        if not isinstance(target, str) or paths.normalise(target) != target:
            return False
    except paths.Refused:
        return False
    ext = PurePosixPath(target).suffix[1:]
    return link.kind == filetypes.kind_of_link(ext, attachments) and type(link.line) is int


def _only_story_links(fragment: str) -> bool:
    """Whether the only Pelican link syntax left in a cached fragment is what the
    reader leaves: ``{filename}`` links to stories, which Pelican makes URLs of.
    The sanitiser keeps a planted ``{static}/../x`` (it is a relative address),
    and Pelican would copy its file: one outside content/ ended the build in
    "podium: error: ValueError: ... is not in the subpath of ..."."""
    _, found = break_pelican_links(fragment)
    return all(what.strip() == "filename" for what, _path in found)


def _store(entry: Path, key: str, parsed: Parsed) -> None:
    # A story with an error fails the build, parsed again or not; an entry that
    # held one could not be told from a planted one (_plausible).
    if any(i.severity != "warning" for i in parsed.issues):
        return
    try:
        data = {
            "key": key,
            "story": parsed.story,
            "body": parsed.body,
            "issues": parsed.issues,
            "summary": parsed.summary,
            "quote": parsed.quote,
            "source": parsed.source,
            "refs": parsed.refs,
        }
        write_sealed(entry, codec.dumps(data))
    except (OSError, TypeError, ValueError):  # a read-only checkout still builds
        pass


def _read_story(path: Path, content_root: Path, settings: PodiumSettings) -> bytes:
    """The story's bytes, read under the content root policy, at most one byte over the limit."""
    return checked.read_bounded(checked.content_file(content_root, path), settings.max_story_bytes)


# A heading line: its #s, its words, a closing run of #s.
_ATX = re.compile(r"[ ]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")


def _said(words: str) -> str:
    return " ".join(words.split()).casefold().rstrip(".:!?")


def _title_again(body: str, title: str) -> tuple[int, int, str] | None:
    """Where the text's first line starts and ends when it is a heading of the
    title's words (as a Word document starts), and that line; else None."""
    stripped = body.lstrip("\n\r\t ")
    at = len(body) - len(stripped)
    at = body.rfind("\n", 0, at) + 1  # the line's start, its indent with it
    line = body[at:].split("\n", 1)[0].rstrip("\r")
    found = _ATX.fullmatch(line)
    if found is None or _said(found.group(1)) != _said(title) or not _said(title):
        return None
    return at, at + len(line), line.strip()


def _renderer(settings: PodiumSettings) -> Renderer:
    key = (settings.iframe_hosts, settings.image_hosts, settings.attachments, settings.site_files)
    if key not in _renderers:
        _renderers[key] = Renderer(*key)
    return _renderers[key]


def _parse(
    path: Path, content_root: Path, settings: PodiumSettings, raw: bytes | None = None
) -> Parsed:
    """Parse and validate one story; ``raw`` is its bytes when the caller has read them."""
    shown = display_path(path, content_root)
    kind = kind_of(path, content_root) or "column"
    try:
        if raw is None:
            raw = _read_story(path, content_root, settings)
    except paths.Refused as exc:
        return Parsed(None, None, [Issue(shown, None, f"story file {exc}")])
    try:
        source = split(raw, shown, settings.max_story_bytes)
        located = yamlio.load(source.front_matter, shown, line_offset=1, keep_going=True)
    except ContentError as exc:
        return Parsed(None, None, list(exc.issues), source=path.resolve())
    story, issues = validate(located, shown, kind, settings)
    if located.issues:
        # A key given twice is an error, but the story's other fields are
        # still checked, so the writer sees every mistake in one run.
        story, issues = None, [*located.issues, *issues]
    refs = references(located, shown) if story is None else None
    empty = source.empty_body(shown)
    if empty is not None:
        return Parsed(None, None, [*issues, empty], source=path.resolve(), refs=refs)
    folder = path.resolve().parent.relative_to(content_root.resolve()).as_posix()
    text = source.body
    if story is not None and (again := _title_again(text, story.title)) is not None:
        at, end, line = again
        issues.append(Issue(shown, source.body_line + text.count("\n", 0, at),
                            f'the text starts with the title again ("{line}"): the page shows '
                            "the title above the text, so it would stand there twice; remove "
                            "the line", "warning"))  # fmt: skip
        text = text[:at] + text[end:]  # its line stays, empty: the lines keep their numbers
    body = _renderer(settings).render(
        text,
        kind,
        shown,
        source.body_line,
        "" if folder == "." else folder,
        story.lang if story is not None else settings.default_lang,
        functools.partial(_image_size, content_root),
    )
    issues += body.issues
    refused = any(i.severity == "error" for i in body.issues)  # not read: nothing to show
    if kind != "interview" and not refused and not shows_something(body.html):
        # "<!-- later -->" alone passed, and the page showed a title over nothing.
        issues.append(
            Issue(
                shown,
                source.body_line,
                "the story has front matter but nothing after it that a reader sees (only a "
                "comment, a rule or spaces); write the story below the second ---",
            )
        )
    if (stack := mark_stack(source.body)) is not None:
        # As in a text field: a tower of accents is drawn over the lines around
        # it, and a blockquote's became the pull quote (a "quote" field is refused).
        line = source.body_line + source.body.count("\n", 0, max(stack[0], 0))
        stacked = stacked_marks(source.body, where=False)
        issues.append(Issue(shown, line, f"the text has {stacked}"))
    if (bidi := reordering(source.body)) is not None:
        line = source.body_line + source.body.count("\n", 0, bidi[0])
        issues.append(Issue(shown, line, f"the text contains {bidi[1]}"))
    if story is not None and story.kind == "column":
        issues += _third_person(story, body.text, source.body_line)
    if story is not None:
        issues += _other_language(story, body.text, settings)
    parsed = Parsed(story, body, issues, source=path.resolve(), refs=refs)
    if story is not None:
        # A story with no words at all (a photo with no alt text) is its title.
        parsed.summary = story.summary or derive_summary(body) or story.title
        # A written quote in marks ('“Rust is ook werk.”') got the page's too.
        written = unwrapped(story.quote) if story.quote else None
        parsed.quote = written or derive_quote(body, avoid=parsed.summary)
    return parsed


# A column is its author's own story, in the first person (the contract); the
# words that show it, per language Podium knows. Other languages are not checked.
_FIRST_PERSON = {
    "nl": ("ik", frozenset({"ik", "me", "mij", "mijn", "m'n", "mezelf",
                            "we", "wij", "ons", "onze"})),
    "en": ("I", frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll",
                           "we", "us", "our", "ours"})),
}  # fmt: skip
_WORD = re.compile(r"[\w']+")


def _third_person(story: Story, text: str, body_line: int) -> list[Issue]:
    """A warning for a column that never speaks in the first person.

    Written about the author ("Anna schrijft software...") it reads as a
    profile under the author's name: on the page it says Anna wrote it.
    """
    known = _FIRST_PERSON.get(story.lang)
    # The prompts of `podium new` say "je": a new draft is not a column about
    # its author (the prompts have their own warning). What is left is checked
    # however short: a few lines about Anna go out under her name as well, and
    # a first-person text of any length says "ik", "mijn" or "we" somewhere.
    for prompt in placeholders():
        text = text.replace(prompt, " ")
    words = _WORD.findall(text.lower())
    if known is None or not words or known[1].intersection(words):
        return []
    first_name = story.author.split()[0] if story.author.split() else story.author
    return [
        Issue(
            story.path,
            body_line,
            f"a column is {story.author}'s own story in the first person, but this one never "
            f'says "{known[0]}" or "we": write it as {first_name} would tell it, or make it an '
            "interview (content/interviews/, with ## questions)",
            "warning",
        )
    ]


def _other_language(story: Story, text: str, settings: PodiumSettings) -> list[Issue]:
    """A warning for a story whose text clearly reads as another of the hub's languages.

    Without "lang" a story is in the default language: a Dutch story on an
    English hub went out as an English page, its menus, feed and hreflang
    wrong, and nothing said so.
    """
    found = reads_as(text, story.lang, settings.languages)
    if found is None:
        return []
    if "lang" in story.lines:
        why = f'"lang" is "{story.lang}"'
    elif story.lang != settings.default_lang:
        why = f"the file name ends in .{story.lang}.md"
    else:
        why = f'there is no "lang" field and the hub\'s DEFAULT_LANG is "{story.lang}"'
    return [
        Issue(
            story.path,
            story.line("lang"),
            f"the text reads as {NAMES[found]}, but {why}, so it is published as "
            f"{NAMES[story.lang]}: write lang: {found} if it is {NAMES[found]}",
            "warning",
        )
    ]


def _photo_hint(photo: str, content_root: Path) -> str:
    """What to write instead of a photo path that names no file.

    The common slip is the folder written twice ("content/images/people/x.jpg",
    as a file browser shows it: the message said "no file
    content/content/images/..."), then a typo in the name.
    """
    inside = photo.removeprefix("./").removeprefix("/")
    bare = re.sub(r"^(?:\{(?:static|attach)\}|\|(?:static|attach)\|)/?", "", inside)
    if bare != inside:
        # "{static}/images/x.jpg", a link's form in the story's text, where the
        # field takes a path: "no file content/{static}/..." left it at that.
        with contextlib.suppress(paths.Refused):
            checked.content_file(content_root, bare)
            return f"the field takes the path from content/ without {{static}}: write photo: {bare}"
    if inside.startswith("content/"):
        with contextlib.suppress(paths.Refused):
            checked.content_file(content_root, inside[len("content/") :])
            return f"the path is relative to content/: write photo: {inside[len('content/') :]}"
    same_but_case = _other_capitals(inside, content_root)
    if same_but_case:
        # A laptop's disk ignores capitals (the story showed its photo there),
        # the build server's does not: say which letters differ.
        return f"did you mean {same_but_case}? (capitals count)"
    folder = PurePosixPath(inside).parent
    where = (content_root / folder).resolve()
    if not where.is_relative_to(content_root.resolve()):
        # Never list a folder outside content/: its file names would be in the log.
        return "give a path relative to content/, like images/people/anna.jpg"
    if _accent_apart(inside, content_root):
        return ACCENT_APART
    with contextlib.suppress(OSError, ValueError):
        names = [p.name for p in where.iterdir() if p.is_file()][:1000]
        close = difflib.get_close_matches(PurePosixPath(inside).name, names, n=1, cutoff=0.7)
        if close:
            return f"did you mean {(folder / close[0]).as_posix()}?"
    return "give a path relative to content/, like images/people/anna.jpg"


ACCENT_APART = (
    "a file of that name is there with its accent stored as a character of its own (as "
    "macOS saves it), which a typed path never matches: rename the file, typing its name"
)


def _accent_apart(inside: str, content_root: Path) -> bool:
    """Whether the folder of ``inside`` (inside content/) holds a file of the same
    letters with an accent stored apart ("e" and U+0301): a "did you mean" would
    show the very name written."""
    folder = PurePosixPath(inside).parent
    where = (content_root / folder).resolve()
    if not where.is_relative_to(content_root.resolve()):
        return False
    name = unicodedata.normalize("NFC", PurePosixPath(inside).name)
    with contextlib.suppress(OSError, ValueError):
        names = [p.name for p in where.iterdir() if p.is_file()][:1000]
        return any(unicodedata.normalize("NFC", other) == name for other in names)
    return False


def _other_capitals(inside: str, content_root: Path) -> str | None:
    """The file in content/ whose path differs from ``inside`` in capitals only."""
    parts = PurePosixPath(inside).parts
    if not parts or any(part in ("..", ".") for part in parts):
        return None
    here, found, root = content_root, [], content_root.resolve()
    for part in parts:
        if not here.resolve().is_relative_to(root):
            return None  # never list a folder outside content/ (a symlink out)
        try:
            names = [p.name for p in here.iterdir()][:1000]
        except OSError:
            return None
        match = [name for name in names if name.lower() == part.lower()]
        if len(match) != 1:
            return None
        found.append(match[0])
        here = here / match[0]
    if not here.is_file() or here.is_symlink():
        return None
    return "/".join(found)


def _check_photo(
    story: Story | References, content_root: Path, settings: PodiumSettings
) -> tuple[list[Issue], bytes | None]:
    """The photo's problems, and the SHA-256 of its bytes (None if unreadable)."""
    line = story.line("photo")
    # The content root policy: a symlink out of content/ would otherwise
    # publish any file the build machine can read, a device never ends.
    try:
        target = _content_file(content_root, story.photo)
    except paths.Refused as exc:
        if str(exc) == "does not exist":
            return [
                Issue(
                    story.path,
                    line,
                    f'field "photo": no file content/{story.photo}; '
                    + _photo_hint(story.photo, content_root),
                )
            ], None
        return [Issue(story.path, line, f'field "photo": content/{story.photo} {exc}')], None
    # A photo the image step cannot decode would otherwise fail the build
    # with a traceback after validation passed; say what is wrong up front.
    stat = target.stat()
    key = (str(target), *paths.version(stat))  # target is a real path already
    if key not in _photo_memo:
        # Remembered in .podium-cache/ by the photo's bytes: a warm build decodes no photo.
        cache = _cache_root(content_root, settings)
        _photo_memo[key] = _image_verdict(target, cache)
    problem, personal, side, count, digest = _photo_memo[key]
    if problem:
        return [
            Issue(
                story.path,
                line,
                f'field "photo": content/{story.photo} {problem}',
            )
        ], digest
    issues = []
    if personal:
        # The site gets a clean copy, but the pull request puts the original,
        # with where it was taken (often at home), who is in it and whose camera
        # took it, in the repository's history.
        said = _personal_warning(f'field "photo": content/{story.photo}', personal)
        issues.append(Issue(story.path, line, said, "warning"))
    if small := too_small(side):
        issues.append(Issue(story.path, line, f'field "photo": content/{story.photo} {small}',
                            "warning"))  # fmt: skip
    if count > 1:
        # Published as a JPEG and WebP still, as the card draws it: a Slack
        # avatar's wave, or a fade-in whose first frame is blank, without a word.
        said = _animated_warning(
            f'field "photo": content/{story.photo}',
            count,
            "the story, the people page and the social card show",
            "what they show",
        )
        issues.append(Issue(story.path, line, said, "warning"))
    return issues, digest


def _animated_warning(what: str, count: int, shown: str, chosen: str) -> str:
    """The warning on an animated picture (``count`` frames; ``what``: the field or
    link naming it), which ``shown`` (the pages showing it) show as its first frame."""
    return (
        f"{what} is animated ({count} frames); {shown} its first frame only, as a still: "
        f"use a photo (JPEG) to choose {chosen}"
    )


# What each kind of photos.personal_data is called in the warning.
_PERSONAL_WORDS = {
    "gps": "GPS data (where it was taken)",
    "names": "the names of people tagged in it",
    "owner": "the camera owner's name",
    "serial": "the camera's serial number",
}


def _personal_warning(what: str, personal: tuple[str, ...], *, portrait: bool = True) -> str:
    """The warning on a picture (``what``: the field or link naming it) whose
    metadata tells of people (``personal``)."""
    said = [_PERSONAL_WORDS[k] for k in personal]
    listed = said[0] if len(said) == 1 else f"{', '.join(said[:-1])} and {said[-1]}"
    again = ", or import it with podium new --photo" if portrait else ""
    if personal == ("gps",):
        return (
            f"{what} holds {listed}; the site never shows it, but the repository keeps it: "
            f"save the photo again without location{again}"
        )
    return (
        f"{what} holds {listed}; the site never shows them, but the repository keeps them: "
        f"save the photo again without its metadata (EXIF, XMP){again}"
    )


def _image_size(content_root: Path, rel: str) -> tuple[int, int] | None:
    """The published width and height of the image at ``rel`` in content/, from its
    header (photos.linked_size), or None when it cannot be read: the file check
    (``_check_link``) says why, and the build stops there."""
    try:
        target = checked.content_file(content_root, rel)
        stat = target.stat()
    except (OSError, paths.Refused):
        return None
    key = ("size", str(target), *paths.version(stat))
    if key not in _photo_memo:
        try:
            if PurePosixPath(rel).suffix.lower() == ".svg":
                data = checked.read_bounded(target, filetypes.MAX_LINKED_BYTES)
                _photo_memo[key] = filetypes.svg_size(data)
            else:
                data = checked.read_bounded(target, filetypes.MAX_PHOTO_BYTES)
                _photo_memo[key] = linked_size(data)
        except Exception:  # noqa: BLE001 - any unreadable image: no size (and an error elsewhere)
            _photo_memo[key] = None
    return _photo_memo[key]


def _check_link(
    link: Link, content_root: Path, shown: str, cache: Path
) -> tuple[list[Issue], bytes | None]:
    """An error when a file linked from the body cannot be published; a warning
    when a picture it links holds metadata about people (GPS position, tagged
    names, the camera's owner or serial number), which the published copy
    drops but the repository keeps, as for a story's ``photo``. With them, what
    the file's check is kept under in ``cache`` (a picture's or PDF's), or None."""
    where = f"link to content/{link.target}"
    personal: tuple[str, ...] = ()
    count = 1
    digest = None
    try:
        target = checked.content_file(content_root, link.target)
        stat = target.stat()
        key = ("link", str(target), *paths.version(stat), link.kind)
        if key not in _photo_memo:
            _photo_memo[key] = _link_problem(link, target, cache)
        problem, personal, count, digest = _photo_memo[key]
    except paths.Refused as exc:
        problem = str(exc)
        if problem == "does not exist" and _accent_apart(link.target, content_root):
            problem += f"; {ACCENT_APART}"
    if problem:
        return [Issue(shown, link.line, f"{where}: the file {problem}")], digest
    issues = []
    if personal:
        said = _personal_warning(f"{where}: the file", personal, portrait=False)
        issues.append(Issue(shown, link.line, said, "warning"))
    if count > 1:
        # Re-encoded as a still, as a story's photo is: an animated WebP or PNG
        # in the text lost its animation without a word, where the photo's warns.
        said = _animated_warning(f"{where}: the file", count, "the page shows", "what it shows")
        issues.append(Issue(shown, link.line, said, "warning"))
    return issues, digest


def _link_problem(
    link: Link, target: Path, cache: Path
) -> tuple[str | None, tuple[str, ...], int, bytes | None]:
    """What is wrong with a linked file, if anything, and for a picture what its
    metadata tells of people (``photos.personal_data``) and its frames (more
    than one: animated); last, what its check is kept under in ``cache``.

    A picture and a PDF are checked from ``cache`` when their bytes were
    before, as a story's photo is: a warm build decoded every picture in the
    text, and walked every PDF's dictionaries, again."""
    if link.kind == "image":
        problem, personal, _side, count, digest = _image_verdict(target, cache)
        return problem, personal, count, digest
    data = checked.read_bounded(target, filetypes.MAX_LINKED_BYTES)
    if len(data) > filetypes.MAX_LINKED_BYTES:
        return f"is larger than {filetypes.MAX_LINKED_BYTES // 1_000_000} MB", (), 1, None
    if link.kind == "svg":
        # Whether the build can cut its metadata too: svg_problem alone passed a
        # file the build then refused, with no line, after the pull request's check.
        return filetypes.svg_publish_problem(data), (), 1, None
    ext = Path(link.target).suffix[1:].lower()
    problem = filetypes.file_problem(ext, data)
    if problem is None and ext == "pdf":
        # What the build's cleaning would refuse (a password, another file it
        # takes part of itself from), said here on the link's line.
        key = pdf_key(data)
        return pdf_problem_cached(data, cache, key), (), 1, key
    return problem, (), 1, None


def picture_problem(
    path: Path, data: bytes, content_root: Path, settings: PodiumSettings
) -> str | None:
    """What keeps the picture ``data`` (the bytes of ``path``, read within the
    caller's size limit) from being published, as for a story's photo;
    remembered in .podium-cache/ by its bytes."""
    cache = _cache_root(content_root, settings)
    return photo_verdict_cached(path, cache, data, hashlib.sha256(data).digest())[0]


def _image_verdict(
    target: Path, cache: Path | None = None
) -> tuple[str | None, tuple[str, ...], int, int, bytes | None]:
    """``(problem, personal, side, frames, digest)``: inspect_photo, after a size
    check on the bytes read (stat can lie: devices, FIFOs), what the file's
    metadata tells of people (photos.personal_data), its shorter side in pixels,
    its frames (more than one: animated), and the SHA-256 of the bytes read."""
    try:
        data = checked.read_bounded(target, filetypes.MAX_PHOTO_BYTES)
    except paths.Refused as exc:
        return str(exc), (), 0, 1, None
    if len(data) > filetypes.MAX_PHOTO_BYTES:
        mb = filetypes.MAX_PHOTO_BYTES // 1_000_000
        return f"is larger than {mb} MB; save it smaller", (), 0, 1, None
    digest = hashlib.sha256(data).digest()
    return *photo_verdict_cached(target, cache, data, digest), digest
