"""``podium report``: which themes have stories, and where recruiting needs more.

For each theme: published stories (a translated story counts once), stories
from the last six months, and open vacancies. A theme "needs stories" when
it has open vacancies but fewer than ``MIN_STORIES`` stories, or none recent:
that is where the communications team should commission the next interview.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field

from podium_link import StoryRef, tag_and_link
from podium_read.site import Site
from podium_tag.tagging import story_doc

RECENT_DAYS = 183
MIN_STORIES = 2


@dataclass
class ThemeRow:
    slug: str
    name: str
    stories: int = 0
    recent: int = 0
    open_vacancies: int = 0
    vacancy_titles: list[str] = field(default_factory=list)
    newest: str | None = None  # YYYY-MM-DD of the newest story

    @property
    def needs_stories(self) -> bool:
        return self.open_vacancies > 0 and (self.stories < MIN_STORIES or self.recent == 0)


@dataclass
class Report:
    today: str
    rows: list[ThemeRow]

    @property
    def needing(self) -> list[ThemeRow]:
        return sorted(
            (r for r in self.rows if r.needs_stories),
            key=lambda r: (r.recent, r.stories, -r.open_vacancies, r.slug),
        )


def report_of(site: Site) -> Report:
    """Per theme: stories, recent ones, open vacancies; tagged and linked as the build does."""
    settings = site.settings
    themes = site.themes
    valid = [p for p in site.parsed if p.story is not None]
    refs = [
        StoryRef(
            key=str(p.source or p.story.path),
            doc=story_doc(p.story, p.body.headings, p.body.text, p.quote),
            team=p.story.team,
            explicit=tuple(p.story.vacancies),
            published=p.story.publication(settings) == "published",
        )
        for p in valid
    ]
    result = tag_and_link(themes, refs, site.vacancies)
    rows = {t.slug: ThemeRow(t.slug, t.name.get(settings.default_lang, t.slug)) for t in themes}
    since = settings.today - dt.timedelta(days=RECENT_DAYS)
    seen: dict[str, set[str]] = {slug: set() for slug in rows}
    for p, ref, tags in zip(valid, refs, result.tagging.stories, strict=True):
        if not ref.published:
            continue
        for tag in tags:
            row = rows.get(tag.slug)
            if row is None or p.story.slug in seen[tag.slug]:
                continue
            seen[tag.slug].add(p.story.slug)
            day = p.story.date.date()
            row.stories += 1
            row.recent += day >= since
            row.newest = max(row.newest or "", day.isoformat())
    for vacancy in site.vacancies.open:
        for tag in result.tagging.vacancies[vacancy.id]:
            if tag.slug in rows:
                rows[tag.slug].open_vacancies += 1
                rows[tag.slug].vacancy_titles.append(vacancy.title)
    return Report(settings.today.isoformat(), list(rows.values()))


def as_json(report: Report) -> str:
    data = {
        "today": report.today,
        "themes": [{**asdict(r), "needs_stories": r.needs_stories} for r in report.rows],
        "needs_stories": [r.slug for r in report.needing],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def as_text(report: Report) -> str:
    width = max([len(r.name) for r in report.rows] + [5])
    lines = [
        f"Themes on {report.today} (recent: last {RECENT_DAYS} days)",
        "",
        f"{'theme':<{width}}  stories  recent  open jobs  newest story",
    ]
    for r in report.rows:
        lines.append(
            f"{r.name:<{width}}  {r.stories:>7}  {r.recent:>6}  {r.open_vacancies:>9}  "
            f"{r.newest or '-'}"
        )
    lines += ["", "Themes where recruiting needs stories:"]
    lines += [f"- {r.name}: {_why(r)}" for r in report.needing] or [
        "- none: every theme with open jobs has recent stories"
    ]
    return "\n".join(lines)


def as_markdown(report: Report) -> str:
    lines = [
        f"## Themes on {report.today}",
        "",
        "| theme | stories | recent | open jobs | newest story |",
        "|---|---:|---:|---:|---|",
    ]
    for r in report.rows:
        lines.append(
            f"| {r.name} | {r.stories} | {r.recent} | {r.open_vacancies} | {r.newest or '-'} |"
        )
    lines += ["", "### Themes where recruiting needs stories", ""]
    lines += [f"- **{r.name}**: {_why(r)}" for r in report.needing] or ["- none"]
    return "\n".join(lines)


def _why(row: ThemeRow) -> str:
    jobs = f"{row.open_vacancies} open job{'s' if row.open_vacancies != 1 else ''}"
    if row.stories == 0:
        return f"{jobs} and no stories"
    if row.recent == 0:
        return f"{jobs}; newest story is from {row.newest}"
    return f"{jobs} and only {row.stories} stor{'y' if row.stories == 1 else 'ies'}"
