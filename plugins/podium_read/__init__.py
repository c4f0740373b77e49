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


def register() -> None:
    signals.initialized.connect(pipeline.on_initialized)  # PLUGINS order
    signals.readers_init.connect(_add_reader)
