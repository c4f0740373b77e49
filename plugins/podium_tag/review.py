"""Stories an editor should look at for a theme: close to its bar, yet not tagged.

On a new company's stories the tagger finds about two in three of the themes
an editor would choose (``docs/tagging-rounds.md``), and the ones it misses
mostly came close: a story about a first job told without the theme's words
still mentions a school or a first day. Listing, per theme, the stories whose
score reached ``REVIEW_SHARE`` of the bar, closest first and at most
``PER_THEME`` of them, puts an editor's few minutes where they pay: a theme
the editor adds by hand (``themes:`` in the front matter) is on the theme
page at the next build, and a theme with three or more hand-tagged stories
also teaches the tagger its words (``learn.py``).

Measured on the labelled sets (``tests.tag.evaluate``, last lines): an editor
who reads these suggestions and adds the themes that fit lifts recall on the
twelve held-out sets of rounds 10 to 12 from 0.72 to 0.87 (F1 0.78 to 0.87),
reading about four stories per theme. The share and the count were chosen on
the tuning sets only. The bar is the theme's own (``ThemeScore.bar``: with the
learned decision, the score at which the model would tag it).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .features import Doc
from .model import Tagger, ThemeTag

REVIEW_SHARE = 0.5
PER_THEME = 5


@dataclass(frozen=True)
class Suggestion:
    theme: str  # slug
    story: int  # index of the story in the docs given
    share: float  # the story's score for the theme over the bar it had to reach
    evidence: tuple[str, ...]  # the story's own words behind the score
    sources: tuple[str, ...]  # where each evidence word's term came from
    note: str  # why it is not tagged, for people: "79% of the bar"


def suggestions(
    tagger: Tagger,
    docs: Sequence[Doc],
    tags: Sequence[Sequence[ThemeTag]],
    share: float = REVIEW_SHARE,
    per_theme: int = PER_THEME,
) -> dict[str, list[Suggestion]]:
    """Per theme slug (taxonomy order), the untagged stories closest to its bar.

    ``tags`` are the stories' themes as the build gave them (parallel to
    ``docs``): a story already on a theme's page is never suggested for it.
    A story with no evidence at all for a theme is never suggested either,
    however low the bar: there is nothing in it to point the editor at.
    """
    cfg = tagger.config
    found: dict[str, list[Suggestion]] = {t.slug: [] for t in tagger.themes}
    for i, (doc, given) in enumerate(zip(docs, tags, strict=True)):
        tagged = {t.slug for t in given}
        for score in tagger.scores(doc):
            if score.slug in tagged or not score.evidence or score.bar <= 0:
                continue
            ratio = score.score / score.bar
            if ratio < share:
                continue
            # At the bar yet untagged: too few different words, or the story
            # had its ``max_auto`` automatic themes already.
            if ratio < 1:
                # Rounded down: a story at 99.6% is not tagged, and "100% of the
                # bar" would say it reached it.
                note = f"{math.floor(round(ratio * 100, 6))}% of the bar"
            elif score.terms < cfg.min_terms:
                note = f"at the bar, on {score.terms} term of the {cfg.min_terms} needed"
            else:
                note = f"at the bar, after the {cfg.max_auto} automatic themes a story gets"
            found[score.slug].append(
                Suggestion(score.slug, i, round(ratio, 2), score.evidence, score.sources, note)
            )
    return {
        slug: sorted(items, key=lambda s: (-s.share, s.story))[:per_theme]
        for slug, items in found.items()
    }
