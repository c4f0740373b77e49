"""Pipeline step 1, read: story files (Markdown + YAML front matter) to articles.

Replaces Pelican's Markdown reader for ``.md`` files with one that validates
the contract's front matter and renders interviews as question/answer pairs.
"""

from pelican import signals

from podium import pipeline

from .parse import Parsed, parse_story
from .reader import StoryReader

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


def register() -> None:
    signals.initialized.connect(pipeline.on_initialized)  # PLUGINS order
    signals.readers_init.connect(_add_reader)
    signals.article_generator_pretaxonomy.connect(_fix_urls)
