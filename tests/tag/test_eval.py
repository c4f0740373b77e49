"""Precision and recall of the tagger on hand-labelled sets, against a baseline.

The figures come from ``tests/tag/evaluate.py``, which also prints them:
``.venv/bin/python -m tests.tag.evaluate`` (see its docstring for the sets,
and ``docs/tagging-rounds.md`` for the held-out run of each round). Run this
test with ``-s`` to see the tables; they are in failure messages too.

The bars, and where they come from (all figures are deterministic):

* existing set (Helder Energie, test split): before the lexicon, names,
  descriptions and relative judgement the tagger scored micro P 0.92 /
  R 0.97 (commit c2dd592); rounds 1 to 5 kept P 0.95 / R 1.00, and it must
  do no worse than that.
* the five new-company TUNING sets (cold start, no story hand-tagged; each
  was a held-out set once and was burned by the round after it): what round
  5 reached on each, minus a small margin, and a clear gain over keyword
  prefix matching. They say little about a new company: they were tuned on.
* the ten HELD-OUT sets of the round-5 tagger (``tests/tag/holdout4/`` to
  ``holdout13/``: Vechtdal Vervoer, Scheldehof Hotels, Berkelmond
  Verzekeringen, Ziekenhuis Amelhorst, Kolkwerk Software, Lindeloo Zuivel,
  Gemeente Wolderveen, Kinderopvang De Vlindertuin, ROC Lingedal, Sleepdienst
  Maasmond), each written and labelled by someone who had not seen the tagger
  and run once after round 5 was frozen (99a7c63): F1 0.70, 0.80, 0.82, 0.68,
  0.78, 0.76, 0.66, 0.60, 0.54 and 0.71 (baseline 0.50, 0.50, 0.47, 0.46,
  0.43, 0.59, 0.55, 0.43, 0.43, 0.53); pooled P 0.79 / R 0.63 / F1 0.70. The
  test keeps those runs from getting worse. The issue's bar (F1 0.90 with
  P 0.85 on a new company's stories) is NOT met
  and so not asserted; the README and docs/tagging-rounds.md give the figures.
"""

from __future__ import annotations

from collections import Counter

import pytest

from .evaluate import (
    EEMVLIET,
    FRESH,
    HELD_OUT,
    HOLDOUT,
    KADE,
    KUIPERS,
    LABELLED,
    VEERHUIS,
    company_of,
    labelled_stories,
    prf,
    reviewed,
    run,
    set_themes,
)

# Existing set: no worse than rounds 1 to 5 (35 of 35 gold labels, 2 extra).
EXISTING_MIN_PRECISION = 0.94
EXISTING_MIN_RECALL = 1.0
# Tuning sets: (precision, F1) round 5 reached, minus a small margin.
TUNING_MIN = {
    KADE: (0.85, 0.88),
    FRESH: (0.85, 0.79),
    VEERHUIS: (0.75, 0.71),
    KUIPERS: (0.85, 0.77),
    EEMVLIET: (0.85, 0.81),
}
# The tagger must beat keyword prefix matching by a clear margin in F1.
MIN_GAIN_OVER_BASELINE = 0.25
# The held-out sets, each run once (see above): no worse than that run.
HOLDOUT_MIN = {
    "holdout4": {"precision": 0.82, "recall": 0.59, "f1": 0.68, "gain": 0.18},
    "holdout5": {"precision": 0.86, "recall": 0.71, "f1": 0.78, "gain": 0.28},
    "holdout6": {"precision": 0.83, "recall": 0.78, "f1": 0.80, "gain": 0.33},
    "holdout7": {"precision": 0.70, "recall": 0.63, "f1": 0.66, "gain": 0.20},
    "holdout8": {"precision": 0.77, "recall": 0.74, "f1": 0.76, "gain": 0.33},
    "holdout9": {"precision": 0.85, "recall": 0.66, "f1": 0.74, "gain": 0.15},
    "holdout10": {"precision": 0.80, "recall": 0.53, "f1": 0.64, "gain": 0.09},
    "holdout11": {"precision": 0.76, "recall": 0.47, "f1": 0.58, "gain": 0.15},
    "holdout12": {"precision": 0.60, "recall": 0.45, "f1": 0.51, "gain": 0.09},
    "holdout13": {"precision": 0.77, "recall": 0.62, "f1": 0.69, "gain": 0.16},
}


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


# Per set: at least this many stories, and (min, max) stories under 150 words.
SHAPE = {
    "kade": (40, (1, 2)),
    "fresh": (20, (1, 1)),
    "holdout": (40, (2, 2)),
    "holdout2": (40, (2, 3)),
    "holdout3": (40, (2, 2)),
    "holdout4": (40, (1, 3)),
    "holdout5": (40, (1, 3)),
    "holdout6": (40, (2, 3)),
    "holdout7": (40, (2, 3)),
    "holdout8": (40, (2, 3)),
    "holdout9": (40, (2, 3)),
    "holdout10": (40, (2, 2)),
    "holdout11": (40, (2, 2)),
    "holdout12": (40, (2, 2)),
    "holdout13": (40, (2, 2)),
}
# The issue asks for "stories with two or three themes"; the sets written last
# have two-theme stories only (12 and 13), and a held-out set's labels are
# never changed after its run. Every other set has at least one with three.
TWO_THEMES_ONLY = {"holdout8", "holdout9"}


@pytest.mark.parametrize(
    ("part", "directory"), [(part, d) for part, _, d in LABELLED], ids=[p for p, _, _ in LABELLED]
)
def test_cold_sets_are_what_the_issue_asks_for(part, directory):
    size, very_short = SHAPE[part]
    themes, stories = set_themes(directory), labelled_stories(directory)
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
    three = 0 if part in TWO_THEMES_ONLY else 1
    assert sizes[0] >= 2 and sizes[2] >= 4 and sizes[3] >= three, sizes
    gold_count = Counter(slug for s in stories for slug in s.gold)
    assert all(gold_count[t.slug] >= 3 for t in themes), gold_count


def test_existing_set_no_worse_than_before(results):
    result = results["existing set, Helder Energie, test split"]
    precision, recall, _ = result.tagger.micro()
    assert precision >= EXISTING_MIN_PRECISION, result.text()
    assert recall >= EXISTING_MIN_RECALL, result.text()


@pytest.mark.parametrize("name", list(TUNING_MIN), ids=["kade", "fresh", "veerhuis", "kuipers",
                                                        "eemvliet"])  # fmt: skip
def test_tuning_sets(results, name):
    result = results[name]
    precision, _, f1 = result.tagger.micro()
    _, _, baseline_f1 = result.baseline.micro()
    min_precision, min_f1 = TUNING_MIN[name]
    assert precision >= min_precision, result.text()
    assert f1 >= min_f1, result.text()
    assert f1 >= baseline_f1 + MIN_GAIN_OVER_BASELINE, result.text()


@pytest.mark.parametrize(("part", "directory"), [(p, d) for p, n, d in LABELLED if n == HOLDOUT])
def test_held_out_sets_no_worse_than_their_one_run(results, part, directory):
    """A guard on the honest figures, which the README reports."""
    result = results[HOLDOUT.format(company_of(directory))]
    precision, recall, f1 = result.tagger.micro()
    _, _, baseline_f1 = result.baseline.micro()
    bars = HOLDOUT_MIN[part]
    assert precision >= bars["precision"], result.text()
    assert recall >= bars["recall"], result.text()
    assert f1 >= bars["f1"], result.text()
    assert f1 >= baseline_f1 + bars["gain"], result.text()


def test_an_editor_reading_the_review_list_closes_part_of_the_gap():
    """``podium report`` lists, per theme, the untagged stories closest to its bar
    (``podium_tag.review``). An editor who reads that list and adds the themes that
    fit (here: the gold labels) lifts the ten held-out sets from P 0.79 / R 0.63 /
    F1 0.70 to P 0.83 / R 0.80 / F1 0.81, reading 335 suggestions (about four per
    theme). The list's share and length were chosen on the tuning sets, before the
    last four sets were written; on those four alone: F1 0.63 to 0.77."""
    review = reviewed(HELD_OUT)
    _, recall_before, f1_before = prf(*review.before)
    precision, recall, f1 = prf(*review.after)
    assert review.read <= 345 and review.accepted >= 85
    assert precision >= 0.82 and recall >= 0.79 and f1 >= f1_before + 0.09
    assert recall >= recall_before + 0.15
