"""Pipeline step 1, read: story files (Markdown + YAML front matter) to articles.

Replaces Pelican's Markdown reader for ``.md`` files with one that validates
the contract's front matter and renders interviews as question/answer pairs.
"""

from pelican import signals

from podium import pipeline
from podium import settings as podium_settings

from .parse import Parsed, parse_story
from .reader import StoryReader
from .site import read_site

__all__ = ["Parsed", "StoryReader", "parse_story", "register"]


def _add_reader(readers) -> None:
    # Only story files are read, by our reader: Pelican's own HTML and
    # reStructuredText readers would publish a story folder's .html file
    # unsanitised. "static" is Pelican's reader for brand files.
    for ext in list(readers.reader_classes):
        if ext != "static":
            del readers.reader_classes[ext]
    for ext in StoryReader.file_extensions:
        readers.reader_classes[ext] = StoryReader


def _fix_urls(generator) -> None:
    """Work out each story's ``url`` and ``save_as`` once.

    Pelican computes them anew on every access (a format of the URL setting
    over a copy of the metadata), and the pages, feeds, sitemap and links ask
    for them tens of thousands of times. Once the articles are read and
    sorted into translations, nothing changes what they depend on (slug,
    language, status, date), so the values are kept as Pelican's own
    overrides, which an ``url``/``save_as`` in the metadata also sets (those
    are left alone).
    """
    for name in (
        "articles",
        "translations",
        "hidden_articles",
        "hidden_translations",
        "drafts",
        "drafts_translations",
    ):
        for article in getattr(generator, name, ()):
            if not hasattr(article, "override_url"):
                article.override_url = article.url
            if not hasattr(article, "override_save_as"):
                article.override_save_as = article.save_as


def _read(pelican) -> None:
    """Every content file, read once into the site model (``pipeline.SITE``),
    which the validate step completes with the problems of the whole tree and
    this step's reader then turns into articles."""
    ps = podium_settings.get(pelican.settings)
    # Pelican copies its settings into the context every generator shares.
    pelican.settings[pipeline.SITE] = read_site(ps.content_root, ps)
    pelican._podium_read_is_fresh = True


def _read_again(pelican) -> None:
    """At the start of every run after the first of one Pelican (`pelican -r`
    runs it again on each change): the content as it is now, not as first read."""
    if not getattr(pelican, "_podium_read_is_fresh", False):
        _read(pelican)
    pelican._podium_read_is_fresh = False


def register() -> None:
    signals.initialized.connect(pipeline.on_initialized)  # PLUGINS order
    signals.initialized.connect(_read)
    # Before the validate step's (PLUGINS order), which checks what this read.
    signals.get_generators.connect(_read_again)
    signals.readers_init.connect(_add_reader)
    signals.article_generator_pretaxonomy.connect(_fix_urls)
