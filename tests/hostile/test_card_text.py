"""Text a story gives its card: never so long that typesetting it stalls the build."""

from __future__ import annotations

import datetime as dt

from podium.settings import PodiumSettings
from podium_read.parse import parse_story
from podium_read.schema import MAX_LEN

from .corpus import story

SETTINGS = PodiumSettings(today=dt.date(2026, 6, 1))
# Eight words, one of them 400,000 letters: a quotable sentence by its words.
LONG = "Dit is een zin van acht woorden met " + "a" * 400_000 + " erin."


def test_a_sentence_longer_than_a_written_quote_is_not_the_pull_quote(tmp_path):
    """The sentence above became the story's pull quote and its card's text:
    the card broke the word letter by letter at each size it tried, and the
    build took 167 s for this one story (quadratic: 11 s at 100,000 letters)."""
    content = tmp_path / "content"
    (content / "columns").mkdir(parents=True)
    path = content / "columns" / "lang.md"
    path.write_text(
        story(body=LONG + "\n\nIk werk hier graag, elke dag weer, met mijn collega's.\n")
    )
    parsed = parse_story(path, content, SETTINGS)
    assert parsed.story is not None, parsed.issues
    assert len(parsed.quote or "") <= MAX_LEN["quote"]
    assert parsed.quote == "Ik werk hier graag, elke dag weer, met mijn collega's."
