"""Precision and recall of the tagger on three hand-labelled sets, against a baseline.

The figures come from ``tests/tag/evaluate.py``, which also prints them:
``.venv/bin/python -m tests.tag.evaluate`` (see its docstring for the sets).
Run this test with ``-s`` to see the tables; they are in failure messages too.

The bars, and where they come from (all figures are deterministic):

* existing set (Helder Energie, test split): before the lexicon, names,
  descriptions and relative judgement the tagger scored micro P 0.92 /
  R 0.97 (commit c2dd592); rounds 1 and 2 reached P 0.95 / R 1.00, and it
  must do no worse than that.
* Kade Logistiek (cold start, no story hand-tagged): TUNING data since
  round 2 (round 1 held out a third and looked at it once: P 0.89 / R 0.70 /
  F1 0.78). Round 2 reached P 0.90 / R 0.90 / F1 0.90 on all 43 stories.
* De Korf Supermarkten (cold start): the held-out set of round 2, run once
  after tuning was frozen (96e7ca1): P 0.93 / R 0.56 / F1 0.70, keyword
  baseline 0.44 / 0.32 / 0.37. That run BURNED it: round 3 looked at each
  missed label with ``podium tag --explain`` and fixed general causes (a
  lexicon family now widens only the one theme it fits best, so "development"
  no longer hands the tech family to the growth theme; wider family
  vocabulary; the relative bar stops at 3.5). It is TUNING data now, and its
  round-3 figure says little about a new company; the never-seen set of
  round 3 is run once, outside this test, after the tagger is frozen.
  The bars below keep what was reached, minus a small margin, and fail if
  precision drops under 0.85 or the gain over the keyword baseline is lost.
* Zorggroep Het Veerhuis (elderly care, ``tests/tag/holdout/``): the
  never-seen set of round 3, written and labelled by someone who had not seen
  the tagger (commit 454adf1), merged only after the tagger was frozen
  (ca2e6c4) and run once: P 0.67 / R 0.55 / F1 0.60, keyword baseline
  0.38 / 0.53 / 0.44. This is the honest figure for a new company's day-one
  themes.yml, and it is far under the issue's bar (F1 0.90 with P 0.85),
  which is therefore NOT asserted: the test keeps that run from getting
  worse. Tuning on this set would burn it; a round 4 needs a new set.
"""

from __future__ import annotations

from collections import Counter

import pytest

from .evaluate import (
    FRESH,
    HOLDOUT,
    KADE,
    cold_stories,
    cold_themes,
    fresh_stories,
    fresh_themes,
    holdout_stories,
    holdout_themes,
    run,
)

# Existing set: no worse than rounds 1 and 2 (35 of 35 gold labels, 2 extra).
EXISTING_MIN_PRECISION = 0.94
EXISTING_MIN_RECALL = 1.0
# Cold start: what was reached, minus a small margin (see above).
COLD_MIN_PRECISION = 0.85
COLD_MIN_F1 = {KADE: 0.88, FRESH: 0.76}
# The tagger must beat keyword prefix matching by a clear margin in F1.
MIN_GAIN_OVER_BASELINE = 0.25
# The held-out set, run once (see above): no worse than that run.
HOLDOUT_MIN = {"precision": 0.65, "recall": 0.53, "f1": 0.58, "gain": 0.14}


@pytest.fixture(scope="module")
def results():
    out = {r.name: r for r in run()}
    print("\n" + "\n\n".join(r.text() for r in out.values()))
    return out


def test_existing_set_is_big_and_balanced_enough(eval_stories, themes):
    assert len(eval_stories) >= 30
    langs = Counter(s.doc.lang for s in eval_stories)
    assert langs["nl"] >= 12 and langs["en"] >= 12, langs
    assert 0.25 <= sum(s.train for s in eval_stories) / len(eval_stories) <= 0.4
    valid = {t.slug for t in themes}
    for story in eval_stories:
        assert story.gold and story.gold <= valid, story.path.name
        words = len((story.doc.title + " " + story.doc.body).split())
        assert 150 <= words <= 400, (story.path.name, words)
    gold_count = Counter(slug for s in eval_stories if not s.train for slug in s.gold)
    assert all(gold_count[t.slug] >= 2 for t in themes), gold_count


@pytest.mark.parametrize(
    ("themes_of", "stories_of", "size", "very_short"),
    [
        (cold_themes, cold_stories, 40, (1, 2)),
        (fresh_themes, fresh_stories, 20, (1, 1)),
        (holdout_themes, holdout_stories, 40, (2, 2)),
    ],
    ids=["kade", "fresh", "holdout"],
)
def test_cold_sets_are_what_the_issue_asks_for(themes_of, stories_of, size, very_short):
    themes, stories = themes_of(), stories_of()
    assert len(stories) >= size
    langs = Counter(s.doc.lang for s in stories)
    assert 0.6 <= langs["nl"] / len(stories) <= 0.72, langs
    valid = {t.slug for t in themes}
    for theme in themes:  # a day-one taxonomy: a name, a sentence, five keywords
        assert set(theme.name) == set(theme.description) == {"nl", "en"}
        assert all(len(theme.keywords[lang]) == 5 for lang in ("nl", "en")), theme.slug
    lengths = []
    for story in stories:
        assert story.gold <= valid, story.path.name
        lengths.append(len((story.doc.title + " " + story.doc.body).split()))
    assert all(n <= 500 for n in lengths)
    assert very_short[0] <= sum(n < 150 for n in lengths) <= very_short[1]
    sizes = Counter(len(s.gold) for s in stories)
    assert sizes[0] >= 2 and sizes[2] >= 4 and sizes[3] >= 1, sizes
    gold_count = Counter(slug for s in stories for slug in s.gold)
    assert all(gold_count[t.slug] >= 3 for t in themes), gold_count


def test_existing_set_no_worse_than_before(results):
    result = results["existing set, Helder Energie, test split"]
    precision, recall, _ = result.tagger.micro()
    assert precision >= EXISTING_MIN_PRECISION, result.text()
    assert recall >= EXISTING_MIN_RECALL, result.text()


@pytest.mark.parametrize("name", [KADE, FRESH], ids=["kade-tuning", "fresh-tuning"])
def test_cold_start(results, name):
    result = results[name]
    precision, _, f1 = result.tagger.micro()
    _, _, baseline_f1 = result.baseline.micro()
    assert precision >= COLD_MIN_PRECISION, result.text()
    assert f1 >= COLD_MIN_F1[name], result.text()
    assert f1 >= baseline_f1 + MIN_GAIN_OVER_BASELINE, result.text()


def test_held_out_set_no_worse_than_its_one_run(results):
    """Not the issue's bar (missed: F1 0.60 against 0.90); a guard on the honest figure."""
    result = results[HOLDOUT]
    precision, recall, f1 = result.tagger.micro()
    _, _, baseline_f1 = result.baseline.micro()
    assert precision >= HOLDOUT_MIN["precision"], result.text()
    assert recall >= HOLDOUT_MIN["recall"], result.text()
    assert f1 >= HOLDOUT_MIN["f1"], result.text()
    assert f1 >= baseline_f1 + HOLDOUT_MIN["gain"], result.text()
