"""``podium report``: which themes have stories, and where recruiting needs more.

For each theme: published stories (a translated story counts once), stories
from the last ``PODIUM_REPORT_RECENT_DAYS`` days (183), and open vacancies. A
theme "needs stories" when it has open vacancies but fewer than ``MIN_STORIES``
stories, or none recent: that is where the communications team should commission
the next interview.
Then the stories worth an editor's look for a theme: close to its bar but not
tagged (``podium_tag.review``), to add by hand where they fit; and the stories
whose consent ends soon, so someone can ask for an extension in time.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import NamedTuple

from rich.cells import cell_len

from podium import yamlio
from podium.cache import cache_root
from podium.errors import Issue, counted, display_path, one_line, written_line
from podium.fields import hub_day
from podium.prompts import placeholders
from podium.settings import PodiumSettings
from podium.text import phrase_stems
from podium_link import StoryRef, tag_and_link
from podium_read.parse import Parsed
from podium_read.schema import GONE
from podium_read.site import Site
from podium_read.themes import Theme
from podium_tag import Doc, Tagger, ThemeTag, store
from podium_tag.features import as_written, extract
from podium_tag.review import suggestions
from podium_tag.tagging import site_config, story_doc, tag_all
from podium_vacancies import Vacancy
from podium_vacancies.stale import CLOSE_DAYS
from podium_validate import as_published

from .explain import evidence_text

MIN_STORIES = 2
# A story's page comes down the day after consent.until (the nightly build
# takes it down): two months is time to ask the colleague and merge a new date.
CONSENT_NOTICE_DAYS = 60
CONSENT_TITLE = f"Consent ending in the next {CONSENT_NOTICE_DAYS} days"
CONSENT_HOW = (
    "The story's page comes down the day after this date. To keep it, ask the colleague "
    "and set a later consent.until in the story's front matter."
)
UNTHEMED_TITLE = "Open jobs in no theme"
UNTHEMED_HOW = (
    "No theme took these jobs, so no theme page shows them and no row above counts "
    "them. Give each the themes it belongs to (themes: [slug] in its file, or its "
    "feed's themes), or commission a story for it."
)
FAILING_TITLE = "Vacancy feeds whose pulls fail"
FAILING_HOW = (
    "The open jobs above are the ones the hub publishes: a snapshot not pulled for "
    f"{CLOSE_DAYS} days has its jobs published as closed, and counted as closed here, until a "
    "pull of its feed succeeds."
)
REVIEW_TITLE = "Stories to review for a theme"
REVIEW_HOW = (
    "Close to the theme's bar but not tagged with it. If a story is about the theme, "
    "add the theme's slug, shown after its name, to the story's front matter "
    "(themes: [slug]): the next build puts it on the theme's page."
)


@dataclass
class ThemeRow:
    slug: str
    name: str
    stories: int = 0
    recent: int = 0
    open_vacancies: int = 0
    vacancy_titles: list[str] = field(default_factory=list)
    newest: str | None = None  # YYYY-MM-DD of the newest story
    # Stories dated ahead: not counted above (not on the hub yet), but a theme
    # with one on its way needs no second one commissioned in a hurry.
    scheduled: int = 0
    next_scheduled: str | None = None  # YYYY-MM-DD of the first of them
    # Drafts on the theme: someone is writing one, so the team asks that writer
    # before it asks a colleague for another. Files, not titles: a title is the
    # writer's until the story is published.
    drafts: int = 0
    draft_paths: list[str] = field(default_factory=list)
    draft_authors: list[str] = field(default_factory=list)
    # Published stories of colleagues who have left (alumni policy "keep" or
    # "anonymize"): on the theme page still, but not counted above, since the
    # job pages never show them under "meet your colleagues".
    former_colleagues: int = 0

    @property
    def needs_stories(self) -> bool:
        return self.open_vacancies > 0 and (self.stories < MIN_STORIES or self.recent == 0)


@dataclass(frozen=True)
class ReviewItem:
    """A story worth an editor's look for a theme it was not tagged with."""

    theme: str  # slug
    path: str  # the story file, as the editor finds it
    lang: str
    # None for a draft or a scheduled story: its title is the writer's until it is
    # published, and the report is passed around (as "Drafts in progress" says).
    title: str | None
    share: float  # its score over the bar it had to reach
    note: str  # why it is not tagged: "79% of the bar"
    evidence: tuple[str, ...]
    evidence_sources: tuple[str, ...]  # as in stories.json: keyword, name, ..., learned

    def evidence_text(self) -> str:
        return evidence_text(self.evidence, self.evidence_sources)

    def why(self) -> str:
        return f"{self.note}: {self.evidence_text()}"


@dataclass(frozen=True)
class Unthemed:
    """An open vacancy that no theme took: counted in no row of the report."""

    id: str
    title: str
    lang: str
    source: str  # its file, or its feed's name


@dataclass(frozen=True)
class ConsentEnding:
    """A story, public or scheduled, whose consent ends within CONSENT_NOTICE_DAYS."""

    path: str
    lang: str
    title: str
    author: str
    until: str  # YYYY-MM-DD: the last day the story is public
    days: int  # from today; 0 is its last day


@dataclass
class Report:
    today: str
    rows: list[ThemeRow]
    # Theme keywords no story contains: dead weight, or a word the writers never use.
    unmatched: list[Issue] = field(default_factory=list)
    # (quarter "2026-Q1", theme slug) -> published stories of that quarter.
    quarters: dict[tuple[str, str], int] = field(default_factory=dict)
    colors: dict[str, str] = field(default_factory=dict)  # theme slug -> "#rrggbb"
    brand_name: str = "Podium"
    brand_color: str = "#0b5d4b"
    brand_accent: str = "#f2b134"
    review: list[ReviewItem] = field(default_factory=list)  # by theme, closest first
    names_lang: str = "en"  # the language of the theme names: the site's default
    consent_ending: list[ConsentEnding] = field(default_factory=list)  # soonest first
    recent_days: int = 183  # what "recent" means: PODIUM_REPORT_RECENT_DAYS
    unthemed: list[Unthemed] = field(default_factory=list)  # open jobs in no theme
    # The build's warnings on the snapshots whose feeds' pulls fail: a recruiter
    # missing a job in "open jobs" must read why.
    failing_feeds: list[Issue] = field(default_factory=list)
    # The content errors of the files the report leaves out (a story that does not
    # read, a vacancy file that does not): said in the report, which counts the rest.
    errors: list[Issue] = field(default_factory=list)
    # podium check's warning that there is no themes file: said in the report too,
    # whose table has no row; on stderr alone, the page mailed on said nothing.
    no_themes: list[Issue] = field(default_factory=list)

    @property
    def needing(self) -> list[ThemeRow]:
        return sorted(
            (r for r in self.rows if r.needs_stories),
            key=lambda r: (r.recent, r.stories, -r.open_vacancies, r.slug),
        )


def _doc(parsed: Parsed, meaning: bool = False) -> Doc:
    """What the build tags of a story; ``meaning``: with its paragraphs for the
    similarity in meaning (PODIUM_TAG_MEANING)."""
    html = parsed.body.html if meaning else None
    return story_doc(parsed.story, parsed.body.headings, parsed.body.text, parsed.quote, html)


def _vectors(site: Site) -> store.StoryVectors | None:
    """With PODIUM_TAG_MEANING, the story vectors the last build kept (read only: a
    command tags some of the site, and the entry keeps only what was asked for)."""
    settings = site.settings
    if not settings.tag_meaning:
        return None
    folder = cache_root(site.content_root, settings.cache_path) / store.FOLDER
    return store.StoryVectors(folder / store.VECTORS if folder.is_dir() else None)


class SiteTags(NamedTuple):
    """What ``site_tagger`` gives: the themes, the fitted tagger, each story's Doc
    and its tags, both by path."""

    themes: list[Theme]
    tagger: Tagger
    docs: dict[str, Doc]
    tags: dict[str, list[ThemeTag]]
    vacancy_tags: dict[str, list[ThemeTag]]  # of the vacancies asked for, by id


def site_tagger(site: Site, vacancies: Sequence[Vacancy] = ()) -> SiteTags:
    """The themes, the tagger fitted as the build fits it, and each story's Doc and
    tags by path; and the tags of ``vacancies``, by id, as the build tags them.

    For ``podium tag``, ``withdraw`` and the ``check`` notices; the same ``tag_all``
    as the build. The tags are ``tag_all``'s own: tagging every story again (as
    ``podium check`` once did to number a theme's pages) doubled its cost.
    """
    config = site_config(site.settings)
    docs = {p.story.path: _doc(p, config.meaning) for p in site.parsed if p.story is not None}
    tagging = tag_all(
        site.themes, list(docs.values()), vacancies, config=config, vectors=_vectors(site)
    )
    tags = dict(zip(docs, tagging.stories, strict=True))
    return SiteTags(list(site.themes), tagging.tagger, docs, tags, tagging.vacancies)


def unmatched_keywords(
    themes_path: Path,
    located: yamlio.Located,
    themes: list[Theme],
    tagger: Tagger,
    docs: list[Doc],
) -> list[Issue]:
    """One warning per theme and language listing the keywords no story contains
    (of the languages that have stories).

    A keyword counts as found inside a compound or an inflection too, exactly
    as the tagger finds it.
    """
    weights = tagger.config.field_weights()
    found: dict[str, set[str]] = {}
    stories = Counter(doc.lang for doc in docs)
    for doc in docs:
        terms = extract(doc, tagger.vocabulary(doc.lang), weights).terms
        found.setdefault(doc.lang, set()).update(terms)
    # A longer phrase is matched before its words ("mijn vorige baan", a lexicon
    # phrase, before the keyword "vorige baan"), so a keyword a story contains
    # may be found only as part of one: it is in the stories all the same.
    runs = {
        lang: {term[i:j] for term in (tuple(t.split(" ")) for t in terms if " " in t)
               for i in range(len(term)) for j in range(i + 1, len(term) + 1)}
        for lang, terms in found.items()
    }  # fmt: skip
    source = display_path(themes_path)
    issues = []
    for i, theme in enumerate(themes):
        for lang in sorted(found):
            if theme.keywords.get(lang) or not any(theme.keywords.values()):
                continue
            # Keywords in one language only (themes.yml written for the first
            # language, the second added later): the other language's stories
            # were tagged with fewer themes, and nothing said why. (A theme with
            # no keywords at all is tagged from its name and description in
            # every language alike; podium check warns of it once, not per
            # language here.)
            try:
                line = located.line("themes", i, "keywords")
            except (KeyError, IndexError, TypeError):
                line = None
            n = stories[lang]
            issues.append(Issue(source, line, f'theme "{theme.slug}" has no keywords in {lang}, '
                                f"the language of {counted(n, 'story')}: they get "
                                "it only from its name, its description and the lexicon; add "
                                f"keywords: {{{lang}: [...]}}", "warning"))  # fmt: skip
        for lang, keywords in theme.keywords.items():
            if lang not in found:
                # No story in this language yet: its keywords are not unused, only
                # untried (a Dutch-only hub would be told so of every English list).
                continue
            missing = [
                kw for kw in keywords
                if not _contained(phrase_stems(lang, kw), found.get(lang, ()), runs[lang])
            ]  # fmt: skip
            if not missing:
                continue
            try:
                line = located.line("themes", i, "keywords", lang)
            except (KeyError, IndexError, TypeError):
                line = None
            listed = ", ".join(f'"{kw}"' for kw in missing)
            issues.append(Issue(source, line, f'keywords of theme "{theme.slug}" ({lang}) that '
                                f"matched no story: {listed}; the stories may use other words "
                                "(see podium tag --explain)", "warning"))  # fmt: skip
    return issues


def _contained(stems: tuple[str, ...], found, runs: set[tuple[str, ...]]) -> bool:
    """Whether a keyword's stems were found as a term or inside a found phrase."""
    return " ".join(stems) in found or stems in runs


def quarter(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def report_of(site: Site) -> Report:
    """Per theme: stories, recent ones, open vacancies; tagged and linked as the build does.

    ``site`` as read (``load_site``): its vacancies are judged here as the build
    judges them (``as_published``), so a job the hub shows as closed, its feed
    failing for weeks, is not counted as open, nor as a reason to need stories.
    """
    site, failing = as_published(site)
    settings = site.settings
    themes = list(site.themes)
    valid = [p for p in site.parsed if p.story is not None]
    config = site_config(settings)
    refs = [
        StoryRef(
            key=str(p.source or p.story.path),
            doc=_doc(p, config.meaning),
            team=p.story.team,
            explicit=tuple(p.story.vacancies),
            published=p.story.publication(settings) == "published",
        )
        for p in valid
    ]
    docs = [r.doc for r in refs]
    vacancies = site.vacancies.vacancies
    tagging = tag_all(themes, docs, vacancies, config=config, vectors=_vectors(site))
    result = tag_and_link(themes, refs, site.vacancies, tagging)
    rows = {t.slug: ThemeRow(t.slug, t.name.get(settings.default_lang, t.slug)) for t in themes}
    quarters: dict[tuple[str, str], int] = {}
    # The last N days with today as the last of them: "today - N" counted N + 1.
    # A window longer than the calendar (PODIUM_REPORT_RECENT_DAYS = 10**30) counts
    # every story: as a timedelta it ended the report in "OverflowError".
    back = min(settings.report_recent_days - 1, (settings.today - dt.date.min).days)
    since = settings.today - dt.timedelta(days=back)
    seen: dict[str, set[str]] = {slug: set() for slug in rows}
    former: dict[str, set[str]] = {slug: set() for slug in rows}
    # A translated pair is one story, counted once per theme and dated by its
    # first publication: a translation is the story told again, not a new one,
    # and the date must not depend on which file was read first.
    first_day: dict[str, dt.date] = {}
    for p, ref in zip(valid, refs, strict=True):
        if ref.published:
            day = hub_day(p.story.date, settings.timezone)
            first_day[p.story.slug] = min(first_day.get(p.story.slug, day), day)
    for p, ref, tags in zip(valid, refs, result.tagging.stories, strict=True):
        if not ref.published:
            continue
        # A former colleague's story is judged as the job pages judge it: they
        # never show it, so it covers no theme a recruiter needs stories for.
        if p.story.is_alumni(settings):
            for tag in tags:
                if tag.slug in rows:
                    former[tag.slug].add(p.story.slug)
            continue
        for tag in tags:
            row = rows.get(tag.slug)
            if row is None or p.story.slug in seen[tag.slug]:
                continue
            seen[tag.slug].add(p.story.slug)
            day = first_day[p.story.slug]
            row.stories += 1
            row.recent += day >= since
            row.newest = max(row.newest or "", day.isoformat())
            key = (quarter(day), tag.slug)
            quarters[key] = quarters.get(key, 0) + 1
    for slug, stories in former.items():
        rows[slug].former_colleagues = len(stories)
    coming = _count_scheduled(rows, valid, result.tagging.stories, first_day, settings)
    _count_drafts(rows, valid, result.tagging.stories, first_day, coming, settings)
    unthemed = _count_open_vacancies(rows, site.vacancies.open, result.tagging.vacancies)
    unmatched = []
    if site.themes_yaml is not None:
        # Not a story still holding `podium new`'s prompts: its words are the
        # prompts, and on a new hub's first day its language would be told that
        # every keyword "matched no story" before anyone wrote one.
        prompts = placeholders()
        written = [
            ref.doc
            for p, ref in zip(valid, refs, strict=True)
            if p.body is None or not any(text in p.body.text for text in prompts)
        ]
        unmatched = unmatched_keywords(
            site.content_root / settings.themes_file,
            site.themes_yaml,
            themes,
            result.tagging.tagger,
            written,
        )
    colors = {t.slug: t.color for t in themes}
    brand = settings.brand
    return Report(settings.today.isoformat(), list(rows.values()), unmatched, quarters, colors,
                  brand.name, brand.color, brand.accent,
                  _review(valid, refs, result.tagging, settings),
                  settings.default_lang, consent_ending(valid, settings),
                  settings.report_recent_days, unthemed, failing)  # fmt: skip


def _count_scheduled(
    rows: dict[str, ThemeRow], valid: list[Parsed], tags_of, first_day, settings: PodiumSettings
) -> dict[str, dict[str, dt.date]]:
    """Each theme's scheduled stories and the first day one comes out; returns
    {theme: {story slug: day}}."""
    coming: dict[str, dict[str, dt.date]] = {slug: {} for slug in rows}  # slug -> story -> day
    for p, tags in zip(valid, tags_of, strict=True):
        # A translation scheduled after its published original is no new story,
        # whichever themes each language was tagged with.
        if p.story.publication(settings) != "scheduled" or p.story.slug in first_day:
            continue
        day = hub_day(p.story.date, settings.timezone)
        for tag in tags:
            if tag.slug in rows:
                stories = coming[tag.slug]
                stories[p.story.slug] = min(stories.get(p.story.slug, day), day)
    for slug, stories in coming.items():
        if stories:
            rows[slug].scheduled = len(stories)
            rows[slug].next_scheduled = min(stories.values()).isoformat()
    return coming


def _count_drafts(
    rows: dict[str, ThemeRow],
    valid: list[Parsed],
    tags_of,
    first_day,
    coming,
    settings: PodiumSettings,
) -> None:
    """Each theme's drafts in progress, with their files and authors."""
    drafting: dict[str, dict[str, Parsed]] = {slug: {} for slug in rows}  # slug -> story -> file
    for p, tags in zip(valid, tags_of, strict=True):
        # A translation drafted of a story already out, or on its way, is no new story.
        if p.story.publication(settings) != "draft" or p.story.slug in first_day:
            continue
        if any(p.story.slug in stories for stories in coming.values()):
            continue
        for tag in tags:
            if tag.slug in rows:
                drafting[tag.slug].setdefault(p.story.slug, p)
    for slug, stories in drafting.items():
        row = rows[slug]
        row.drafts = len(stories)
        for p in stories.values():
            row.draft_paths.append(display_path(p.source or p.story.path))
            row.draft_authors.append(p.story.author)


def _count_open_vacancies(rows: dict[str, ThemeRow], vacancies, tags_of) -> list[Unthemed]:
    """Each theme's open vacancies; returns those no theme of the report took."""
    unthemed = []
    for vacancy in vacancies:
        tags = [t for t in tags_of[vacancy.id] if t.slug in rows]
        if not tags:
            unthemed.append(Unthemed(vacancy.id, vacancy.title, vacancy.lang, vacancy.source))
        for tag in tags:
            rows[tag.slug].open_vacancies += 1
            rows[tag.slug].vacancy_titles.append(vacancy.title)
    return unthemed


def consent_ending(valid: list[Parsed], settings: PodiumSettings) -> list[ConsentEnding]:
    """Stories still to come down for their consent: public or scheduled, ``until``
    from today to CONSENT_NOTICE_DAYS ahead. Each file is listed (a translation
    has its own consent)."""
    last = settings.today + dt.timedelta(days=CONSENT_NOTICE_DAYS)
    out = []
    for p in valid:
        story, until = p.story, p.story.consent.until
        if until is None or not settings.today <= until <= last:
            continue
        if story.publication(settings) not in ("published", "scheduled"):
            continue
        path = display_path(p.source or story.path)
        days = (until - settings.today).days
        out.append(ConsentEnding(path, story.lang, story.title, story.author,
                                 until.isoformat(), days))  # fmt: skip
    return sorted(out, key=lambda c: (c.until, c.path))


def _days(c: ConsentEnding) -> str:
    if c.days == 0:
        return "today is its last day"
    return f"in {counted(c.days, 'day')}"


def _review(
    valid: list[Parsed], refs: list[StoryRef], tagging, settings: PodiumSettings
) -> list[ReviewItem]:
    """Every story that is or will be published, drafts and scheduled ones too:
    tagging one by hand is never too early."""
    if tagging.tagger is None or not tagging.tagger.themes:
        return []
    kept = [i for i, p in enumerate(valid) if p.story.publication(settings) not in GONE]
    docs = [refs[i].doc for i in kept]
    found = suggestions(tagging.tagger, docs, [tagging.stories[i] for i in kept])
    out = []
    for items in found.values():
        for s in items:
            story = valid[kept[s.story]]
            evidence = as_written(docs[s.story], s.evidence)
            path = display_path(story.source or story.story.path)
            public = story.story.publication(settings) == "published"
            title = story.story.title if public else None
            out.append(ReviewItem(s.theme, path, story.story.lang, title, s.share,
                                  s.note, evidence, s.sources))  # fmt: skip
    return out


# The format a report file's extension names, when --format is not given: `podium
# report -o report.html` wrote the text table into report.html, which a browser
# shows as one run-on paragraph (pandoc reads the extension the same way).
FORMAT_OF_SUFFIX = {".html": "html", ".htm": "html", ".json": "json", ".md": "markdown",
                    ".markdown": "markdown"}  # fmt: skip


def format_of(output: str | None) -> str:
    """The format for ``-o output`` without ``--format``: its extension's, else text."""
    return FORMAT_OF_SUFFIX.get(Path(output).suffix.lower(), "text") if output else "text"


# How each format of the report begins (as_text, as_markdown, as_json here and
# html_report.as_html): a file that begins so was written by `podium report -o`,
# which may write it again (cli._not_to_replace); a change to a format's first
# line belongs here too (test_a_report_written_before_is_written_again).
_REPORT_STARTS = re.compile(
    r'(?:## )?Themes on \d{4}-\d{2}-\d{2} \(recent: last |\{\n  "today": "\d{4}-\d{2}-\d{2}",\n'
    r'|<!doctype html>\n<html lang="en"><head><meta charset="utf-8">.{0,3000}?'
    r": theme coverage on \d{4}-\d{2}-\d{2}</title>",
    re.DOTALL,
)


def begins_as_a_report(head: str) -> bool:
    """Whether ``head`` (a file's first few KB) is how one of the formats begins."""
    return _REPORT_STARTS.match(head) is not None


def as_json(report: Report) -> str:
    data = {
        "today": report.today,
        "recent_days": report.recent_days,
        "themes": [{**asdict(r), "needs_stories": r.needs_stories} for r in report.rows],
        "needs_stories": [r.slug for r in report.needing],
        "unthemed_vacancies": [asdict(u) for u in report.unthemed],
        "failing_feeds": [i.format() for i in report.failing_feeds],
        "errors": [i.format() for i in report.errors],
        "no_themes_file": [i.format() for i in report.no_themes],
        "unmatched_keywords": [i.format() for i in report.unmatched],
        "review": [asdict(r) for r in report.review],
        "consent_ending": [asdict(c) for c in report.consent_ending],
        "stories_per_quarter": [
            {"quarter": q, "theme": slug, "stories": n}
            for (q, slug), n in sorted(report.quarters.items())
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


# What "stories" counts, said under every table: a team that misses its draft or
# its scheduled interview in the numbers must know why.
COUNTED = (
    "Stories: published stories only (a translation counts once); drafts, scheduled "
    "stories and stories taken down (consent ended, a former colleague's unpublished, "
    "withdrawn) are not counted, nor are former colleagues' stories still on the hub: "
    "the job pages do not show them."
)


UNMATCHED_TITLE = "Theme keywords that matched no story"
NO_THEMES_TITLE = "No themes"

ERRORS_TITLE = "Content errors"
ERRORS_HOW = (
    "The build publishes nothing new until these are fixed (podium check says how); a "
    "story or vacancy file that does not read is left out of the numbers above."
)


def as_text(report: Report, warnings: bool = False) -> str:
    """The report as plain text; with ``warnings`` the keywords that matched no
    story too, for a file: on a terminal they are on stderr, and a report
    written with ``-o`` said nothing of them to whoever reads it later."""
    # A name is the editor's text: a line break in it (YAML allows one) would split
    # its row, and a next line starting "::" would be a workflow command in CI.
    names = {r.slug: written_line(r.name) for r in report.rows}
    # Padded by the columns a terminal gives a name, not its characters: "数据"
    # and "💻" take two each, and pushed their row's numbers out of line.
    width = max([cell_len(n) for n in names.values()] + [5])
    lines = [
        f"Themes on {report.today} (recent: last {counted(report.recent_days, 'day')})",
        "",
        f"{'theme':<{width}}  stories  recent  open jobs  newest story",
    ]
    for r in report.rows:
        pad = " " * (width - cell_len(names[r.slug]))
        lines.append(
            f"{names[r.slug]}{pad}  {r.stories:>7}  {r.recent:>6}  {r.open_vacancies:>9}  "
            f"{r.newest or '-'}"
        )
    lines += ["", COUNTED]
    if warnings and report.no_themes:  # on a terminal it is on stderr
        lines += ["", NO_THEMES_TITLE + ":"]
        lines += [f"- {one_line(issue.format())}" for issue in report.no_themes]
    if warnings and report.errors:  # on a terminal they are on stderr
        lines += ["", ERRORS_TITLE + ":", ERRORS_HOW]
        lines += [f"- {one_line(issue.format())}" for issue in report.errors]
    if report.failing_feeds:
        lines += ["", FAILING_TITLE + ":", FAILING_HOW]
        lines += [f"- {one_line(issue.format())}" for issue in report.failing_feeds]
    lines += ["", "Themes where recruiting needs stories:"]
    lines += [f"- {names[r.slug]}: {_why(r)}" for r in report.needing] or [
        f"- {none_needed(report) or 'none: every theme with open jobs has recent stories'}"
    ]
    if report.unthemed:
        lines += ["", UNTHEMED_TITLE + ":", UNTHEMED_HOW]
        lines += [f"- {written_line(u.title)} ({one_line(u.id)}): {one_line(u.source)}"
                  for u in report.unthemed]  # fmt: skip
    drafting = [r for r in report.rows if r.drafts]
    if drafting:
        lines += ["", DRAFTS_TITLE + ":", DRAFTS_HOW]
        lines += [f"- {names[r.slug]}: " + ", ".join(f"{one_line(path)} ({written_line(author)})"
                                                      for path, author in drafts_of(r))
                  for r in drafting]  # fmt: skip
    if warnings and report.unmatched:
        lines += ["", UNMATCHED_TITLE + ":"]
        lines += [f"- {one_line(issue.format())}" for issue in report.unmatched]
    if report.review:
        lines += ["", REVIEW_TITLE + ":", REVIEW_HOW]
        # The slug beside the name: it is what the front matter takes.
        lines += [f"- {names[r.theme]} ({r.theme}): {one_line(r.path)} ({r.why()})"
                  for r in report.review]  # fmt: skip
    if report.consent_ending:
        lines += ["", CONSENT_TITLE + ":", CONSENT_HOW]
        lines += [
            f"- {c.until} ({_days(c)}): {one_line(c.path)} ({written_line(c.author)})"
            for c in report.consent_ending
        ]
    return "\n".join(lines)


def as_markdown(report: Report) -> str:
    lines = [
        f"## Themes on {report.today} (recent: last {counted(report.recent_days, 'day')})",
        "",
        "| theme | stories | recent | open jobs | newest story |",
        "|---|---:|---:|---:|---|",
    ]
    names = {r.slug: md_text(r.name) for r in report.rows}
    for r in report.rows:
        lines.append(
            f"| {names[r.slug]} | {r.stories} | {r.recent} | {r.open_vacancies} | "
            f"{r.newest or '-'} |"
        )
    lines += ["", COUNTED]
    if report.no_themes:
        lines += ["", f"### {NO_THEMES_TITLE}", ""]
        lines += [f"- {md_code(issue.format())}" for issue in report.no_themes]
    if report.errors:
        lines += ["", f"### {ERRORS_TITLE}", "", ERRORS_HOW, ""]
        lines += [f"- {md_code(issue.format())}" for issue in report.errors]
    if report.failing_feeds:
        lines += ["", f"### {FAILING_TITLE}", "", FAILING_HOW, ""]
        lines += [f"- {md_code(issue.format())}" for issue in report.failing_feeds]
    lines += ["", "### Themes where recruiting needs stories", ""]
    none = none_needed(report)
    lines += [f"- **{names[r.slug]}**: {_why(r)}" for r in report.needing] or [
        f"- {none[0].upper()}{none[1:]}" if none else "- none"
    ]
    if report.unthemed:
        lines += ["", f"### {UNTHEMED_TITLE}", "", UNTHEMED_HOW, ""]
        lines += [f"- {md_text(u.title)} ({md_code(u.id)}): {md_code(u.source)}"
                  for u in report.unthemed]  # fmt: skip
    drafting = [r for r in report.rows if r.drafts]
    if drafting:
        lines += ["", f"### {DRAFTS_TITLE}", "", DRAFTS_HOW, ""]
        lines += [f"- **{names[r.slug]}**: " + ", ".join(f"{md_code(path)} ({md_text(author)})"
                                                          for path, author in drafts_of(r))
                  for r in drafting]  # fmt: skip
    if report.unmatched:
        lines += ["", f"### {UNMATCHED_TITLE}", ""]
        lines += [f"- {md_code(issue.format())}" for issue in report.unmatched]
    if report.review:
        lines += ["", f"### {REVIEW_TITLE}", "", REVIEW_HOW, ""]
        lines += [
            f"- **{names[r.theme]}** ({md_code(r.theme)}): {md_code(r.path)} ({md_text(r.why())})"
            for r in report.review
        ]
    if report.consent_ending:
        lines += ["", f"### {CONSENT_TITLE}", "", CONSENT_HOW, ""]
        lines += [
            f"- **{c.until}** ({_days(c)}): {md_code(c.path)} ({md_text(c.author)})"
            for c in report.consent_ending
        ]
    return "\n".join(lines)


# What Markdown (and a GFM table cell) would read as markup in a theme's name
# or a story's words: "Werk | privé" would split its table row into one cell more.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
# An entity reference ("&amp;", "&#124;") is read as the character it names: its
# "&" written as "&amp;" keeps the reference as typed. Not every "&": a plain one
# is literal already, and a backslash before "&" is no escape to Python-Markdown.
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")


def md_text(text: str) -> str:
    """``text`` as literal Markdown on one line: its markup characters escaped."""
    return _MD_ENTITY.sub("&amp;", _MD_SPECIAL.sub(r"\\\1", written_line(text)))


def md_code(text: str) -> str:
    """``text`` as a Markdown code span: fenced with more backticks than it holds
    in a row, so a file name with a backtick does not end the span early."""
    text = one_line(text)
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def none_needed(report: Report) -> str | None:
    """Why no theme needs stories when no theme has open jobs, or None.

    "Every theme with open jobs has recent stories" is true of a new hub
    without any job, and read as all well though no theme had a story.
    """
    if any(r.open_vacancies for r in report.rows):
        return None
    if not report.rows:  # "no theme has open jobs" read as if no job were open
        return "none: the hub has no themes yet, so no job is in one (see No themes)"
    return (
        "none yet: no theme has open jobs (a theme needs stories once it has open jobs and "
        "fewer than two published stories, or none from the last "
        f"{counted(report.recent_days, 'day')})"
    )


def _why(row: ThemeRow) -> str:
    jobs = counted(row.open_vacancies, "open job")
    if row.stories == 0:
        why = f"{jobs} and no stories"
    elif row.recent == 0:
        why = f"{jobs}; newest story is from {row.newest}"
    else:
        why = f"{jobs} and only {counted(row.stories, 'story')}"
    if row.former_colleagues == 1:
        why += "; 1 story by a former colleague, not counted: the job pages do not show it"
    elif row.former_colleagues:
        why += (f"; {row.former_colleagues} stories by former colleagues, not counted: "
                "the job pages do not show them")  # fmt: skip
    if row.scheduled:
        why += f"; {row.scheduled} scheduled, from {row.next_scheduled}"
    if row.drafts:
        why += f"; {counted(row.drafts, 'draft')} in progress"
    return why


DRAFTS_TITLE = "Drafts in progress"
DRAFTS_HOW = (
    "Stories with status: draft, per theme (its own or the tagger's): ask their writers "
    "before asking a colleague for another story."
)


def drafts_of(row: ThemeRow) -> list[tuple[str, str]]:
    """A theme's drafts as (file, author), in the order they were read."""
    return list(zip(row.draft_paths, row.draft_authors, strict=True))
