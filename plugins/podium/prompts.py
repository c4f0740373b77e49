"""The question bank and the placeholder texts of a new story.

Kernel data: ``podium new`` (command line) writes these prompts into a new
story, and validation refuses a story that still contains one. Both import
them from here, so validation never imports the command line.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .i18n import packaged

PROMPTS_FILE = Path(__file__).with_name("prompts.yml")

ANSWER_HINTS = {
    "nl": "Vervang deze tekst door je antwoord, in je eigen woorden.",
    "en": "Replace this text with your answer, in your own words.",
}


@lru_cache(maxsize=1)
def prompts() -> dict:
    return packaged(PROMPTS_FILE)


def placeholders() -> list[str]:
    """Texts that ``podium new`` writes and the employee must replace.

    ``podium check`` refuses a story that still contains one, so an
    unfinished story cannot be merged by accident.
    """
    out = list(ANSWER_HINTS.values())
    for lang_prompts in prompts()["column"].values():
        out.extend(lang_prompts)
    return out


@lru_cache(maxsize=1)
def _stock_questions() -> frozenset[str]:
    return frozenset(_folded(q) for by_lang in prompts()["interview"].values() for q in by_lang)


def _folded(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def is_stock_question(heading: str) -> bool:
    """Whether ``heading`` is one of the interview questions ``podium new`` and
    the browser editor start every interview with, as written there.

    They stay in the story as its headings, the same in every interview, so
    they say nothing of what one is about: the tagger leaves them out.
    """
    return _folded(heading) in _stock_questions()
