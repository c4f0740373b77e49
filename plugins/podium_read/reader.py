"""The Pelican reader: a story file becomes a Pelican article."""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup, escape
from pelican.readers import BaseReader
from pelican.urlwrappers import Author, Category

from podium import pipeline
from podium import settings as podium_settings
from podium.errors import ContentError
from podium.i18n import translate
from podium.slugs import person_slug

from .body import MEDIA_MARKER, QA
from .parse import parse_story
from .site import Site

# Pelican statuses for each publication state. "hidden" stories are not
# listed or written; the render step gives their old URL a tombstone.
PELICAN_STATUS = {
    "published": "published",
    "draft": "draft",
    "scheduled": "draft",
    "consent-ended": "hidden",
    "alumni-unpublished": "hidden",
}


def _later_version(story, site: Site, settings, status: str) -> bool:
    """Whether another version of ``story``, of the same Pelican status, comes
    first: in the default language, else earlier in PODIUM_LANGUAGES. Pelican
    takes the default language's version for the original and the others for
    its translations; with none in that language (English and German on a
    Dutch hub) it took each for an original, listed each twice and warned
    about "2 original (not translated) items". Marked a translation, a later
    version leaves one original, as a Dutch one would be."""
    order = (settings.default_lang, *settings.languages)

    def rank(lang: str) -> int:
        return order.index(lang) if lang in order else len(order)

    return any(
        other.lang != story.lang
        and rank(other.lang) < rank(story.lang)
        and PELICAN_STATUS[other.publication(settings)] == status
        for other in site.versions.get(story.slug, ())
    )


def _own_language(quote_lang: str | None, story_lang: str) -> str | None:
    """The pull quote's language where it is not the page's. A quote marked
    with the page's own language (<blockquote lang="nl"> in a Dutch story)
    is a quote like any other on its page: it keeps the design's marks, “…”,
    on the page and the cards, where the browser's marks for its language
    (Chromium's ‘…’ for Dutch) would set it apart from an unmarked one."""
    if quote_lang and quote_lang.split("-")[0].lower() == story_lang.split("-")[0].lower():
        return None
    return quote_lang


class StoryReader(BaseReader):
    enabled = True
    file_extensions = ["md", "markdown"]

    def read(self, source_path):
        settings = podium_settings.get(self.settings)
        parsed = self._parsed(source_path, settings)
        if parsed.errors:
            raise ContentError(parsed.errors)
        story, body = parsed.story, parsed.body
        html, intro, qa = body.html, body.intro, body.qa
        if body.links:
            # Links to published copies of linked files carry a marker for the
            # site URL, which the parse (and its cache) does not depend on.
            site = settings.link_root + "/"

            def media(fragment: Markup) -> Markup:
                return Markup(str(fragment).replace(MEDIA_MARKER, site))

            html, intro = media(html), media(intro)
            qa = [QA(q.id, media(q.question), media(q.answer)) for q in qa]
        quoted = not story.quote and bool(body.blockquote)  # derive_quote's first choice
        publication = story.publication(settings)
        alumni = story.is_alumni(settings)
        anonymous = alumni and settings.alumni_policy == "anonymize"
        # An anonymised story keeps its text but loses the name, the photo
        # and the people page everywhere: page, card, feeds, search.
        name = translate("former_colleague", story.lang) if anonymous else story.author
        # Pelican made its own slug of the name when it first hashed the author (it
        # writes no author page here), and one with no letters ("🦄🦄") was a warning
        # with no file, every build, and equal to every other such name: Podium's.
        author = Author(name, self.settings)
        author.slug = person_slug(name)
        metadata = {
            "title": story.title,
            "date": story.date,
            "slug": story.slug,
            "lang": story.lang,
            "status": PELICAN_STATUS[publication],
            "template": "story",
            "category": Category(f"{story.kind}s", self.settings),
            "author": author,
            "authors": [author],
            "summary": Markup(escape(parsed.summary)),
            "podium_summary": parsed.summary,
            "podium": story,
            "kind": story.kind,
            "publication": publication,
            "qa": qa,
            "intro": intro,
            "podium_links": body.links,
            "quote": parsed.quote,
            # A pull quote taken from a blockquote keeps the blockquote's language
            # and direction (the writer's own quote is in the story's language).
            "quote_lang": _own_language(body.blockquote_lang, story.lang) if quoted else None,
            "quote_dir": body.blockquote_dir if quoted else None,
            # Who said it, when the blockquote names someone ("— Mijn teamleider").
            "quote_by": body.blockquote_by if quoted else None,
            # Its line in the file, for a card's warning about it.
            "quote_line": body.blockquote_line if quoted else None,
            "reading_time": body.reading_minutes,
            "plain_text": body.text,
            "headings": body.headings,
            "is_alumni": alumni,
            "anonymous": anonymous,
            "person": None if anonymous else story.author,
            "photo": None if anonymous else story.photo,
            "role": story.role,
            "team": story.team,
            "location": story.location,
            "interviewer": story.interviewer,
            "featured": story.featured,
        }
        if metadata["status"] == "hidden":
            metadata["save_as"] = ""  # never write the story itself
        site = self.settings.get(pipeline.SITE)
        if site is not None and _later_version(story, site, settings, metadata["status"]):
            metadata["translation"] = "true"
        return html, metadata

    def _parsed(self, source_path, settings):
        """The validate step's parse of the file (the site is read once), else a parse now."""
        content_root = settings.content_root
        site = self.settings.get(pipeline.SITE)
        if (
            isinstance(site, Site)
            and site.settings is settings
            and site.content_root == content_root
            and (parsed := site.parsed_file(source_path)) is not None
        ):
            return parsed
        return parse_story(Path(source_path), content_root, settings)
