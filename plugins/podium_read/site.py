"""The site model: every content file of a build, read once.

``read_site`` reads the story files, ``themes.yml``, the vacancies and
``withdrawn.yml`` and returns one immutable :class:`Site` with the problems
found in each file. The validate step adds what spans files and puts the
Site into Pelican's context (``podium.pipeline.SITE``); every later step
takes themes, vacancies and withdrawn records from there instead of reading
the files again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
import functools
import hashlib
import os
from collections.abc import Mapping, Set
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from podium import checked as content_files
from podium import filetypes, paths, yamlio
from podium.cache import cache_root, own_folders
from podium.errors import ContentError, Issue, display_path, folder_link_issue
from podium.settings import PHOTOS_FOLDER, PORTRAITS_FOLDER, STORY_KINDS, PodiumSettings
from podium.slugs import device_in_path
from podium_vacancies import Vacancy, VacancySet, read_all

from .parse import Parsed, parse_story, picture_problem, prune_cache
from .schema import NOT_YET, Story, person_key
from .source import read_utf8
from .static import static_file_problem
from .themes import Theme, read_themes
from .withdrawn import (
    ASIDE,
    Withdrawn,
    parse_withdrawn,
    people_kept_twice,
    stopped_withdrawals,
)

STORY_SUFFIXES = (".md", ".markdown")


@dataclass(frozen=True)
class Site:
    content_root: Path
    settings: PodiumSettings
    parsed: tuple[Parsed, ...]  # every story file, valid or not, by path
    themes: tuple[Theme, ...]  # empty without themes.yml or when it is invalid
    vacancies: VacancySet  # those that read (see its ``unreadable``)
    withdrawn: tuple[Withdrawn, ...]
    problems: tuple[Issue, ...]  # errors and warnings, sorted
    themes_text: str | None = None  # themes.yml as read (None: no file), for line numbers
    # Every theme that read, also from a themes.yml with errors (then ``themes``
    # is empty): their warnings are said beside the errors, in one run; nothing
    # is tagged or built with them.
    themes_read: tuple[Theme, ...] = ()
    # themes.yml as located YAML, parsed once here (None: no file, or none that
    # reads as a list of themes): the validate step and the report take its lines.
    themes_yaml: yamlio.Located | None = dataclasses.field(default=None, compare=False, repr=False)
    sources: tuple[str, ...] = ()  # the absolute path of each of ``parsed``, in order
    # Links to a theme's page judged once the stories are tagged (set by the
    # validate step: podium_validate.site.ThemePageLink).
    theme_page_links: tuple[Any, ...] = ()
    # The files of content/brand/ read and checked with the tree, content-relative:
    # their problems are in ``problems``, and the images step's gate takes them as
    # checked instead of reading them again. A picture's and a drawing's bytes are
    # kept (None for the others), which the images step publishes cleaned without
    # reading the file again.
    brand_checked: Mapping[str, bytes | None] = dataclasses.field(
        default_factory=dict, compare=False, repr=False
    )
    # The SHA-256 of each brand file that read and passed its check, content-relative:
    # the cards name a logo by it, and the images step holds the attachments it
    # reads again to publish (their bytes are not kept: a brochure may be 20 MB)
    # to it, as the photos are to ``photo_digests``.
    brand_digests: Mapping[str, bytes] = dataclasses.field(
        default_factory=dict, compare=False, repr=False
    )

    @functools.cached_property
    def people_held(self) -> dict[str, int | None]:
        """The people page slugs withdrawn.yml keeps for withdrawn authors
        (``people``), each with its line: no one else's page is given them."""
        held: dict[str, int | None] = {}
        for w in self.withdrawn:
            for slug in w.people:
                held.setdefault(slug, w.people_line)  # the first line that keeps it
        return held

    @functools.cached_property
    def _by_source(self) -> dict[str, Parsed]:
        return dict(zip(self.sources, self.parsed, strict=True))

    def parsed_file(self, path: str | Path) -> Parsed | None:
        """The parse of story file ``path`` made when the site was read, if it was."""
        return self._by_source.get(os.path.abspath(path))

    @property
    def stories(self) -> tuple[Story, ...]:
        return tuple(p.story for p in self.parsed if p.story is not None)

    @functools.cached_property
    def versions(self) -> dict[str, tuple[Story, ...]]:
        """{slug: the story in each language it is written in}."""
        out: dict[str, list[Story]] = {}
        for story in self.stories:
            out.setdefault(story.slug, []).append(story)
        return {slug: tuple(found) for slug, found in out.items()}

    @functools.cached_property
    def photo_digests(self) -> dict[str, bytes]:
        """{photo as the story names it (``images/anna.jpg``): SHA-256 of its bytes},
        from the one read that checked it."""
        found = {}
        for p in self.parsed:
            named = p.story or p.refs
            if p.photo_digest is not None and named is not None and named.photo:
                found[named.photo] = p.photo_digest
        return found

    @functools.cached_property
    def link_digests(self) -> frozenset[bytes]:
        """What the checks of the pictures and PDFs the stories link are kept
        under in .podium-cache/photo-checks/, which its pruning keeps."""
        return frozenset(d for p in self.parsed for d in p.link_digests)

    @property
    def teams(self) -> dict[str, dict[str, str]]:
        return self.settings.teams

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.problems if i.severity == "error"]

    def vacancy(self, vacancy_id: str) -> Vacancy | None:
        return self.vacancies.by_id().get(vacancy_id)


def _within(path: Path, bad: Set[Path]) -> bool:
    """``path`` is one of ``bad`` (entries the content root policy reported) or
    inside one. A tree usually has none, and walking every path's parents to
    find that out took 4% of a warm build, profiled (1,000 calls per 400 stories)."""
    return bool(bad) and (path in bad or not bad.isdisjoint(path.parents))


def story_files(
    content_root: Path,
    skip: frozenset[Path] | set[Path] = frozenset(),
    settings: PodiumSettings | None = None,
) -> list[Path]:
    """The story files of content/, sorted: what the build's article generator
    reads, so not what ``settings`` have Pelican leave out (``_not_read``)."""
    files = []
    for folder in STORY_KINDS:
        base = content_root / folder
        if base.is_dir():
            # rglob does not descend into folder symlinks, so a loop costs nothing.
            # Dot files and folders are Pelican's to ignore (IGNORE_FILES), and
            # an editor's lock file (".#story.md") is no story.
            files.extend(
                p
                for p in base.rglob("*")
                if p.suffix in STORY_SUFFIXES
                and not _within(p, skip)
                and not any(part.startswith(".") for part in p.relative_to(base).parts)
                and not _not_read(p.relative_to(content_root).parts, settings)
                and p.is_file()
            )
    return sorted(files)


def _not_a_story(path: Path) -> str:
    """Why a file in a story folder is not read, and the name that would be.

    Notepad saves "anna.md" as anna.md.txt and Windows hides the ".txt", so
    "stories are .md files" told the writer what they thought they had done.
    """
    suffix, stem = path.suffix, path.stem
    if suffix.lower() in STORY_SUFFIXES:
        lower = suffix.lower()
        return f"is not a story: stories end in {lower} in small letters; rename it {stem}{lower}"
    if suffix.lower() == ".txt" and Path(stem).suffix.lower() in STORY_SUFFIXES:
        return (
            f"is not a story: its name ends in .txt after {Path(stem).suffix} (Notepad adds it, "
            f"and Windows hides it); rename it {stem}"
        )
    hint = f"; if it is one, rename it {stem}.md" if suffix.lower() in (".txt", ".text") else ""
    return f"is not a story (stories are .md files) and is not published{hint}"


def _stopped_withdrawals(content_root: Path, settings: PodiumSettings) -> list[Issue]:
    """A warning for each file a stopped ``podium withdraw`` left moved aside.

    Hidden (a dot file), it is never published, but it was in content/ for good,
    said of it only that it "is not a story", and ``git add content/`` committed
    the face or the words of someone who asked for them to be taken down.
    """
    issues = []
    for aside in stopped_withdrawals(content_root, settings.languages):
        if aside.slug is None:
            said = "a podium withdraw was stopped half way, its story removed already, and "
            what = "delete it"
        else:
            said = f'a podium withdraw of "{aside.slug}" was stopped half way and '
            what = f"run podium withdraw {aside.slug} --yes to finish it, which removes this file"
        issues.append(
            Issue(
                display_path(aside.path, content_root),
                None,
                f"{said}left this file aside (it is not published); {what}",
                "warning",
            )
        )
    return issues


def _hidden_from_editor(files: list[Path], content_root: Path) -> list[Issue]:
    """A warning for each story saved as .markdown on a hub with the browser editor.

    Pelican (and so the build) reads .markdown as .md, but the editor's
    collections list one extension (Decap), .md: such a story was published
    and could not be found in /admin/, with nothing said.
    """
    return [
        Issue(
            display_path(path, content_root),
            None,
            "the browser editor (setting PODIUM_CMS, /admin/) lists only .md stories, so this "
            f"one cannot be opened there; rename it {path.stem}.md (its URL stays the same)",
            "warning",
        )
        for path in files
        if path.suffix == ".markdown"
    ]


# Folders whose files Pelican copies to the site as they are.
BRAND_FOLDER = "brand"


class Tree(NamedTuple):
    """What ``tree_issues`` found in content/."""

    # Each about one file, which a story naming that file says again with the
    # field (load_site keeps the story's).
    issues: list[Issue]
    # Two files whose names differ in case alone: about the pair, so kept when
    # a story names one of them (two stories, one naming Anna.jpg and one
    # anna.jpg, silenced it for both).
    twins: list[Issue]
    # The entries the content root policy refused, never read further.
    bad: set[Path]
    # The static files read to check them (``Site.brand_checked``), which the
    # build's gate does not read again.
    checked: dict[str, bytes | None]
    # The SHA-256 of each brand file that read and passed (``Site.brand_digests``).
    digests: dict[str, bytes]


def tree_issues(
    content_root: Path,
    attachments: tuple[str, ...] = (),
    static: tuple[str, ...] = (),
    settings: PodiumSettings | None = None,
) -> Tree:
    """The content root policy over the whole tree: symlinks that leave content/
    or loop, folder symlinks, devices and FIFOs; files whose names differ in
    case alone; brand files that could not be published (an SVG with a script,
    a page); and files of the other ``static`` folders (STATIC_PATHS) named as
    Windows devices or that the build would not copy (``static_file_problem``,
    by the rules ``settings`` give: the files they name by themselves, what
    Pelican leaves out)."""
    issues, twins, bad, checked = [], [], set(), {}
    for path, reason in content_files.tree_problems(content_root):
        bad.add(path)
        issues.append(Issue(display_path(path, content_root), None, f"this entry {reason}"))
    # One walk over the tree for the files in the wrong place.
    folded: dict[tuple[Path, str], Path] = {}
    for path in sorted(content_root.rglob("*")):
        if _within(path, bad):
            continue
        twin = folded.setdefault((path.parent, path.name.casefold()), path)
        if twin != path:
            # Built on Linux both are published; checked out on macOS or
            # Windows they are one file, and the writer there loses one.
            twins.append(Issue(
                display_path(path, content_root), None,
                f'differs from "{display_path(twin, content_root)}" only in upper and lower '
                "case: on macOS and Windows they are one file, and a checkout keeps only one; "
                "rename one",
                "warning",
            ))  # fmt: skip
        if not path.is_file():
            continue
        parts = path.relative_to(content_root).parts
        in_story_folder = len(parts) > 1 and parts[0] in STORY_KINDS
        if ASIDE.fullmatch(path.name):
            continue  # a stopped withdrawal's (load_site says what to do)
        if in_story_folder and path.suffix in STORY_SUFFIXES and path.is_symlink():
            # A link to another story in content/ (one leaving it is tree_problems'):
            # read as that story, the two were one slug "also used by " nobody,
            # blamed on two Unicode forms, and the link was named nowhere.
            bad.add(path)
            target = display_path(path.resolve(), content_root)
            issues.append(Issue(
                display_path(path, content_root), None,
                f"is a symlink to {target}: a story is a file of its own; delete the link "
                '(to give the story a second address, list the old one under its "aliases"), '
                "or copy the file and make it a story of its own",
            ))  # fmt: skip
            continue
        if (device := _static_device(parts, static)) is not None:
            issues.append(Issue(display_path(path, content_root), None, device, "warning"))
        if settings is not None and _copied_as_is(parts, settings):
            # Pelican copies it as it is: say here, in podium check, what the build refuses.
            rel = "/".join(parts)
            checked[rel] = None
            problem = static_file_problem(content_root, rel, settings.static_named)
            if problem is not None:
                issues.append(Issue(display_path(path, content_root), None, problem))
        if _not_read(parts, settings) and not _copied_as_is(parts, settings):
            continue  # kept out of the site on purpose (a drafts folder, *.bak)
        if in_story_folder and path.suffix not in STORY_SUFFIXES:
            issues.append(
                Issue(display_path(path, content_root), None, _not_a_story(path), "warning")
            )
        elif (
            not in_story_folder
            and path.suffix in STORY_SUFFIXES
            and not any(part.startswith(".") for part in parts)
            and not path.name.lower().startswith("readme.")
        ):
            # A story saved beside its folder (content/my-story.md, content/pages/,
            # content/images/) was never published and nothing said so. A README
            # for the writers is no story; dot files are Pelican's to ignore.
            issues.append(
                Issue(
                    display_path(path, content_root),
                    None,
                    "is outside content/interviews/ and content/columns/, so it is not "
                    "published; move a story into the folder of its kind",
                    "warning",
                )
            )
        elif _unread_yaml(parts, static):
            issues.append(Issue(display_path(path, content_root), None, UNREAD_YAML, "warning"))
    digests: dict[str, bytes] = {}
    issues.extend(_brand_issues(content_root, bad, attachments, settings, checked, digests))
    return Tree(issues, twins, bad, checked, digests)


def _brand_issues(
    content_root: Path,
    bad: set[Path],
    attachments: tuple[str, ...],
    settings: PodiumSettings | None,
    checked: dict[str, bytes | None],
    digests: dict[str, bytes],
) -> list[Issue]:
    """What of content/brand/ could not be published (``tree_issues``); the
    files read to check them are added to ``checked``, a picture and a drawing
    with its bytes, and those that passed to ``digests``, by their SHA-256."""
    issues: list[Issue] = []
    brand = content_root / BRAND_FOLDER
    if not brand.is_dir():
        return issues
    # Pelican copies brand/ as it is, to the site's own origin: a pull request's
    # brand/evil.html (or .js, or a host's _redirects) was published there. Brand
    # files are held to what a story may link, as the README says.
    for path in sorted(brand.rglob("*")):
        if _within(path, bad) or not path.is_file():
            continue  # reported by tree_problems, or a folder
        # Dot files (.gitkeep, .DS_Store, a .htaccess) are never published
        # (IGNORE_FILES, podium.defaults): nothing to check. Nor is what the
        # hub keeps out of the site (STATIC_EXCLUDES = ["brand/originals"], the
        # settings' own example): its logo.psd was an error the build never met.
        parts = path.relative_to(content_root).parts
        if path.name.startswith(".") or _left_out(parts, settings):
            continue
        shown, rel = display_path(path, content_root), "/".join(parts)
        if (device := device_in_path(rel)) is not None:
            # Copied as it is, like a file a story links (body._Links._address).
            issues.append(Issue(shown, None, f"brand file {device}", "warning"))
        ext = path.suffix[1:].lower()
        kind = filetypes.kind_of_link(ext, attachments)
        if kind is None:
            allowed = ", ".join(attachments) or "none"
            what = f"is a .{ext} file" if ext else "has no file extension"
            problem = (
                f"{what}, which is not published; brand/ may hold images (JPEG, PNG, "
                f"WebP), SVG drawings and the types in setting PODIUM_ATTACHMENTS ({allowed})"
            )
        elif kind == "image" and settings is None:
            continue  # no cache to remember the verdict in: the photo step judges it
        elif kind == "image":
            # Re-encoded by the photo step, which refused a file it could not
            # decode only then: one per build ("link to content/brand/x.jpg",
            # though no story links it), after podium check had passed them all.
            try:
                data = content_files.read_content(content_root, path, filetypes.MAX_LINKED_BYTES)
            except paths.Refused as exc:
                problem = str(exc)
            else:
                problem = picture_problem(path, data, content_root, settings)
                checked[rel] = None if problem else data
        else:
            checked[rel] = None
            try:
                data = content_files.read_content(content_root, path, filetypes.MAX_LINKED_BYTES)
                problem = (
                    filetypes.svg_publish_problem(data)
                    if kind == "svg"
                    else filetypes.file_problem(ext, data)
                )
            except paths.Refused as exc:
                problem = str(exc)
            else:
                # A drawing is published cleaned, and drawn on the cards as a logo,
                # from these bytes; an attachment is read again to be published.
                if kind == "svg" and not problem:
                    checked[rel] = data
        if problem:
            issues.append(Issue(shown, None, f"brand file {problem}"))
        else:
            digests[rel] = hashlib.sha256(data).digest()
    return issues


UNREAD_YAML = (
    "is not read: Podium reads content/themes.yml, content/withdrawn.yml and the vacancies "
    "in content/vacancies/ itself (no folder below it); move a vacancy there"
)


def _unread_yaml(parts: tuple[str, ...], static: tuple[str, ...]) -> bool:
    """A YAML file no step reads: a vacancy saved in content/ or in a folder of its
    own (content/people/anna.yml, content/vacancies/2026/x.yml: vacancies are read
    from that folder alone) was never published, and nothing said so, where a
    story there is a warning. The files at the top
    named like themes.yml or withdrawn.yml are _misnamed's to say; dot files and
    the STATIC_PATHS folders, copied as they are, are not Podium's data."""
    if Path(parts[-1]).suffix.lower() not in (".yml", ".yaml"):
        return False
    if (parts[0] == "vacancies" and len(parts) == 2) or any(p.startswith(".") for p in parts):
        return False
    if len(parts) == 1 and Path(parts[0]).stem.lower() in _TOP_YAML:
        return False
    rel = "/".join(parts)
    return not any(rel.startswith(f"{folder}/") for folder in static)


# The top-level YAML files read (themes.yml, withdrawn.yml) and the names _misnamed
# takes for them (themes.yaml, Theme.yml).
_TOP_YAML = ("themes", "theme", "withdrawn")


def _static_device(parts: tuple[str, ...], static: tuple[str, ...]) -> str | None:
    """Why a file of a STATIC_PATHS folder cannot be checked out on Windows, or
    None. Such a folder is copied as it is, so content/files/aux.pdf passed
    podium check without a word where content/brand/nul.png or a linked
    con.jpg is a warning. brand/ says so with its own checks, and the photos
    of content/images/ where a story names or links them; dot files are never
    published."""
    if not _in_static_folder(parts, static):
        return None
    device = device_in_path("/".join(parts))
    return None if device is None else f"static file {device}"


def _copied_as_is(parts: tuple[str, ...], settings: PodiumSettings) -> bool:
    """Whether Pelican's static generator copies the file of content/ at ``parts``
    through a STATIC_PATHS entry other than brand/, and does not leave it out."""
    return _in_static_folder(parts, settings.static_paths) and not _left_out(parts, settings)


def _left_out(parts: tuple[str, ...], settings: PodiumSettings | None) -> bool:
    """Whether Pelican's static generator leaves the file of content/ at ``parts``
    out: under a STATIC_EXCLUDES folder, or ignored (``_pelican_skips``)."""
    return settings is not None and _pelican_skips(parts, settings.static_excludes, settings)


def _not_read(parts: tuple[str, ...], settings: PodiumSettings | None) -> bool:
    """Whether Pelican's article generator leaves the file of content/ at ``parts``
    out: under an ARTICLE_EXCLUDES folder ("interviews/drafts"), or ignored. Such
    a draft with no title stopped the build that would not publish it."""
    return settings is not None and _pelican_skips(parts, settings.article_excludes, settings)


def _pelican_skips(parts: tuple[str, ...], excluded: tuple[str, ...], settings) -> bool:
    """Pelican's own tests (its generators' walk of content/): a folder of ``excluded`` on
    the way, or a folder's or the file's name matching IGNORE_FILES (fnmatch)."""
    rel = "/".join(parts)
    if any(rel.startswith(f"{folder}/") for folder in excluded):
        return True
    return any(fnmatch.fnmatch(p, i) for p in parts for i in settings.ignore_files)


def _in_static_folder(parts: tuple[str, ...], static: tuple[str, ...]) -> bool:
    """Whether Pelican copies the file of content/ at ``parts`` as it is, through
    a STATIC_PATHS entry other than brand/ (checked by its own rules) and the
    photos' folder; dot files are never published (IGNORE_FILES)."""
    rel = "/".join(parts)
    if parts[0] in (BRAND_FOLDER, PHOTOS_FOLDER) or any(p.startswith(".") for p in parts):
        return False
    return any(rel == folder or rel.startswith(f"{folder}/") for folder in static)


def _lefts_by_person(parsed: tuple[Parsed, ...]) -> dict[str, list[dt.date]]:
    """{person: every ``left`` their stories give}, by name as the people pages
    count them. Grouped once for both ``_left_for_every_story`` and
    ``_back_under_keep``: each grouped the stories itself, two loops over the
    whole site that had to agree on who a person is."""
    lefts: dict[str, list[dt.date]] = {}
    for p in parsed:
        if p.story is not None and p.story.left is not None:
            lefts.setdefault(person_key(p.story.author), []).append(p.story.left)
    return lefts


def _left_for_every_story(
    parsed: tuple[Parsed, ...], lefts: dict[str, list[dt.date]]
) -> tuple[Parsed, ...]:
    """Give every story a person wrote while employed the date they left.

    ``left`` is about the person, not about one file: an editor who adds it
    to the story they are looking at (one translation of it, or the newest of
    three) means that the person left. Taken per file, the alumni policy hid
    the name in that file only, and the person's other stories, their people
    page and its JSON-LD (``worksFor``) still showed them as a colleague.
    A story takes the earliest ``left`` of its author (same name, as the
    people pages count it) that is not before its own date; one written after
    every such date (the person came back) keeps its own. Parses are memoised
    and shared, so changed ones are copies.
    """
    if not lefts:
        return parsed
    out = []
    for p in parsed:
        story = p.story
        if story is not None:
            written = story.date.date()
            later = [d for d in lefts.get(person_key(story.author), ()) if d >= written]
            date = min([*later, *([story.left] if story.left is not None else [])], default=None)
            if date is not None and date != story.left:
                p = dataclasses.replace(p, story=dataclasses.replace(story, left=date))
        out.append(p)
    return tuple(out)


def _back_under_keep(
    parsed: tuple[Parsed, ...], lefts: dict[str, list[dt.date]], settings: PodiumSettings
) -> tuple[Parsed, ...]:
    """Under "keep", a person who came back (a story of theirs dated after every
    ``left`` they have, with none of its own, out now) is a colleague on every page: their older
    stories lose the ``left`` they took from ``_left_for_every_story``. Those
    stories were written while the person worked here, and their people page
    already went by the newest story, so its teasers (and the stories' own
    pages, cards and feeds) said "Oud-collega" of a colleague. Under
    "anonymize" and "unpublish" the older stories stay as the policy left them.

    ``lefts`` is the grouping made before ``_left_for_every_story`` ran: a
    story it left without a ``left`` is dated after every one of them.
    """
    if settings.alumni_policy != "keep":
        return parsed
    back = {
        key
        for p in parsed
        if p.story is not None
        and (key := person_key(p.story.author)) in lefts
        and p.story.date.date() > max(lefts[key])
        # Written after leaving and saying so (its own `left`): a farewell or a
        # look back by a former colleague, no return.
        and p.story.left is None
        and p.story.publication(settings) not in NOT_YET
    }
    if not back:
        return parsed
    return tuple(
        dataclasses.replace(p, story=dataclasses.replace(p.story, left=None))
        if p.story is not None and p.story.left is not None and person_key(p.story.author) in back
        else p
        for p in parsed
    )


def _consent_for_every_translation(parsed: tuple[Parsed, ...]) -> tuple[Parsed, ...]:
    """What one translation's consent withholds, it withholds for all of them.

    Translations are one story (one slug) told by one person, and ``podium
    withdraw`` takes them down together; an editor who records the end of
    consent, or ``social: false``, in the file in front of them means the story.
    Per file, the English translation stayed up with the author's name,
    portrait and people page after the Dutch one became a tombstone, and kept
    its share bar and portrait card. A translation whose consent was given
    after that (a new consent) keeps its own ``until`` and ``social``.
    """
    ends: dict[str, list[dt.date]] = {}  # slug -> the ``until`` dates of its versions
    refusals: dict[str, list[dt.date]] = {}  # slug -> when the no-social consents were given
    for p in parsed:
        if p.story is not None:
            consent = p.story.consent
            if consent.until is not None:
                ends.setdefault(p.story.slug, []).append(consent.until)
            if not consent.social:
                refusals.setdefault(p.story.slug, []).append(consent.given)
    if not ends and not refusals:
        return parsed
    out = []
    for p in parsed:
        story = p.story
        if story is not None:
            consent = story.consent
            later = [d for d in ends.get(story.slug, ()) if d >= consent.given]
            until = min([*later, *([consent.until] if consent.until else [])], default=None)
            refused = any(d >= consent.given for d in refusals.get(story.slug, ()))
            social = consent.social and not refused
            if (until, social) != (consent.until, consent.social):
                consent = dataclasses.replace(consent, until=until, social=social)
                p = dataclasses.replace(p, story=dataclasses.replace(story, consent=consent))
        out.append(p)
    return tuple(out)


def _misnamed(content_root: Path, names: tuple[str, ...]) -> list[Issue]:
    """A file named almost as one the build reads, while that one is not there:
    ``themes.yaml`` or ``Themes.yml`` was passed over without a word, so a new
    hub built with no theme pages and no story tagged (a vacancy's ``.yaml`` is
    an error already)."""
    found = []
    for name in names:
        if (content_root / name).is_file():
            continue
        stem = Path(name).stem
        for path in sorted(content_root.glob("*")):
            if (
                path.is_file()
                and path.name != name
                and path.stem.lower() in (stem, stem.removesuffix("s"))
                and path.suffix.lower() in (".yml", ".yaml")
            ):
                found.append(Issue(
                    display_path(path, content_root), None,
                    f'is not read: the file must be named "{name}"; rename it',
                ))  # fmt: skip
    return found


def _unused_portraits(
    content_root: Path, parsed: tuple[Parsed, ...], bad: set[Path]
) -> list[Issue]:
    """A warning on each photo in content/images/people/ (where `podium new --photo`
    and the browser editor put portraits) that no story names in its photo field
    or links in its text. A `podium new` killed outright (SIGKILL) between the
    photo and the story, or an upload whose story was never saved, left a face
    there that is never published but goes along with `git add content/`.
    A story that did not read is searched as text: what it names is not said."""
    folder = content_root / PORTRAITS_FOLDER
    if folder.is_symlink() or not folder.is_dir():
        return []
    used: set[str] = set()
    unread: list[str] = []
    for p in parsed:
        named = p.story or p.refs
        if named is not None and named.photo:
            used.add(os.path.normpath(named.photo))
        used.update(os.path.normpath(link.target) for link in (p.body.links if p.body else ()))
        if p.story is None and p.source is not None:
            try:
                unread.append(
                    paths.read_bounded(Path(p.source), 10_000_000).decode("utf-8", "replace")
                )
            except (OSError, paths.Refused):
                return []  # what it names is unknown: nothing is said
    issues = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(content_root).as_posix()
        if (
            _within(path, bad)
            or any(part.startswith(".") for part in path.relative_to(folder).parts)
            or ASIDE.fullmatch(path.name)
            or path.is_symlink()
            or not path.is_file()
            or os.path.normpath(rel) in used
            or any(rel in text for text in unread)
        ):
            continue
        issues.append(Issue(display_path(path, content_root), None, _unused(path), "warning"))
    return issues


def _unused(path: Path) -> str:
    """What to say of a file in the portraits' folder no story uses. One of another
    kind than a story's photo may be (an iPhone's HEIC, uploaded in the editor's
    "Media" library, which re-encodes only JPEG, PNG and WebP) went along with
    `git add content/` without a word, its GPS position (often a home) in it."""
    if path.suffix[1:].lower() in filetypes.RASTER:
        return ("no story uses this portrait (left by a podium new or an upload that was "
                "stopped?); name it in a story's photo field or link it with {static}, "
                "or remove it")  # fmt: skip
    return ("no story uses this file, which no story's photo may be (a JPEG, PNG or WebP), "
            "and it goes into the repository as it is, with any EXIF or GPS data it holds; "
            "remove it (a photo: save it as a JPEG and upload that)")  # fmt: skip


def read_site(content_root: Path, settings: PodiumSettings) -> Site:
    """Every content file, read once; the problems of each file on its own."""
    # The tree is read in one go: each folder's real path is looked up once.
    # Absolute, not resolved (a link is named as itself): given relative with
    # "..", as `podium check --was ../base/content` is, every story in it was
    # refused as one that "leaves content/ (through ..)".
    with paths.resolving():
        return _read_site(Path(os.path.abspath(content_root)), settings)


def _read_site(content_root: Path, settings: PodiumSettings) -> Site:
    issue = folder_link_issue(content_root)
    if issue is not None:
        today = settings.today or dt.date.today()
        return Site(content_root, settings, (), (), VacancySet((), today), (), (issue,))
    own_folders(cache_root(content_root, settings.cache_path))
    tree = tree_issues(content_root, settings.attachments, settings.static_paths, settings)
    files = story_files(content_root, tree.bad, settings)
    parsed = tuple(parse_story(p, content_root, settings) for p in files)
    lefts = _lefts_by_person(parsed)
    parsed = _back_under_keep(_left_for_every_story(parsed, lefts), lefts, settings)
    parsed = _consent_for_every_translation(parsed)
    prune_cache(files, content_root, settings)
    # A photo or linked file that breaks the policy is reported once, by the
    # story that names it (with the field), not again as a bare tree entry.
    named = {
        display_path(content_root / rel, content_root)
        for p in parsed
        for rel in ([p.story.photo] if p.story and p.story.photo else [])
        + [link.target for link in (p.body.links if p.body else [])]
    }
    issues: list[Issue] = [i for i in tree.issues if i.path not in named] + tree.twins
    if settings.cms is not None:
        issues.extend(_hidden_from_editor(files, content_root))
    for p in parsed:
        issues.extend(p.issues)
    issues.extend(_stopped_withdrawals(content_root, settings))
    issues.extend(_unused_portraits(content_root, parsed, tree.bad))

    misnamed = _misnamed(content_root, (settings.themes_file, settings.withdrawn_file))
    issues.extend(misnamed)
    # A folder named like one of these files (git keeps it for a file inside
    # it) would be read as no file at all: the themes unknown, the withdrawn
    # stories forgotten, the cause unsaid.
    for name, what in (
        (settings.themes_file, "the themes file"),
        (settings.withdrawn_file, "the list of withdrawn stories"),
    ):
        if (content_root / name).is_dir():
            message = f"this entry is a folder, and {what} is one file; rename the folder"
            issues.append(Issue(display_path(content_root / name, content_root), None, message))
    themes_read, themes_text, themes_yaml, problems = _read_themes(
        content_root, settings, not misnamed
    )
    issues.extend(problems)
    themes = [] if any(i.severity == "error" for i in problems) else themes_read

    # An entry the tree policy reported (a FIFO, a loop, a link out of content/)
    # is said once, there: the vacancy reader said it again, and read the link.
    vacancies, problems = read_all(
        content_root,
        settings.languages,
        settings.today,
        default_lang=settings.default_lang,
        skip=tree.bad,
        team_problem=settings.team_problem if settings.teams else None,
        teams=tuple(settings.teams),
    )
    issues.extend(problems)

    withdrawn, problems = _read_withdrawn(content_root, settings)
    issues.extend(problems)
    return Site(
        content_root=content_root,
        settings=settings,
        parsed=parsed,
        themes=tuple(themes),
        vacancies=vacancies,
        withdrawn=tuple(withdrawn),
        problems=tuple(sorted(set(issues), key=Issue.sort_key)),
        themes_text=themes_text,
        themes_read=tuple(themes_read),
        themes_yaml=themes_yaml,
        sources=tuple(os.path.abspath(p) for p in files),
        brand_checked=tree.checked,
        brand_digests=tree.digests,
    )


def _read_themes(
    content_root: Path, settings: PodiumSettings, missing_said: bool
) -> tuple[list[Theme], str | None, yamlio.Located | None, list[Issue]]:
    """The themes file's themes that read, its text (None: no file) and its
    located YAML, and its problems (with an error among them, the themes are
    not to be used); ``missing_said``: whether a missing file is worth a warning."""
    path = content_root / settings.themes_file
    issues: list[Issue] = []
    if not path.exists() and missing_said:
        # Allowed (a hub may start with stories and add its themes later), but
        # a hub built without them has no theme pages and no story tagged, which
        # nothing else on the page would tell its editor: on the first day, with
        # no story yet, too (README, "Starting a hub").
        issues.append(Issue(
            display_path(path, content_root), None,
            "not found: no story gets a theme and the hub has no theme pages; "
            "write the themes file (contract §3: slug, name, description, color, keywords)",
            severity="warning",
        ))  # fmt: skip
    if not path.is_file():
        return [], None, None, issues
    # Messages name the file as displayed, which GitHub annotations can place.
    shown = display_path(path, content_root)
    try:
        text = read_utf8(content_root, path, shown)
    except ContentError as exc:
        return [], "", None, [*issues, *exc.issues]
    themes, problems, located = read_themes(text, shown, settings.languages)
    return themes, text, located, [*issues, *problems]


def _read_withdrawn(
    content_root: Path, settings: PodiumSettings
) -> tuple[list[Withdrawn], list[Issue]]:
    """The withdrawn stories of the withdrawn file (none without one), and its problems."""
    path = content_root / settings.withdrawn_file
    if not path.is_file():
        return [], []
    shown = display_path(path, content_root)
    try:
        entries = parse_withdrawn(read_utf8(content_root, path, shown), settings.languages, shown)
    except ContentError as exc:
        return [], exc.issues
    return entries, people_kept_twice(entries, shown)
