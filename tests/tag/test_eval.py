"""Precision and recall of the tagger on hand-labelled sets, against a baseline.

The figures come from ``tests/tag/evaluate.py``, which also prints them:
``.venv/bin/python -m tests.tag.evaluate`` (see its docstring for the sets,
and ``docs/tagging-rounds.md`` for the held-out run of each round). Run this
test with ``-s`` to see the tables; they are in failure messages too.

The bars, and where they come from (all figures are deterministic):

* existing set (Helder Energie, test split): before the lexicon, names,
  descriptions and relative judgement the tagger scored micro P 0.92 /
  R 0.97 (commit c2dd592); rounds 1 to 5 kept P 0.95 / R 1.00 and rounds 6
  to 11 reached P 0.97 / R 1.00. It must do no worse than rounds 1 to 5.
* the thirty-one new-company TUNING sets (cold start, no story hand-tagged;
  each was a held-out set once and was burned by the round after it; the six
  of round 9, ``holdout24/`` to ``holdout29/``, by round 10), which also feed
  the lexicon weights and the learned decision: what round 11 reached on each,
  minus 0.02 in precision, F1 and the gain over keyword prefix matching. They
  say little about a new company: they were tuned on.
* the fifteen HELD-OUT sets, each written and labelled by someone who had not seen
  the tagger: round 10's (``holdout30/`` to ``holdout32/``: Hunzebank,
  Hanzekoren Bakkerijen, De Rederij; run on round 10, d3e3935, pooled P 0.82 /
  R 0.70 / F1 0.75, then on round 11's prototype and its two versions, never
  tuned on), round 11's (``holdout33/`` to ``holdout35/``: Stichting
  Wijkscholen Lindeveld, Rijnmond Chemie Botlek, Glansgroep Facilitair; run
  after round 11's first version was frozen, 49a3069, pooled F1 0.77, and again
  on the version without the site's figures, ea51c75: P 0.85 / R 0.71 /
  F1 0.77; the round-10 tagger scores 0.84 / 0.71 / 0.77 on them) and round
  12's (``holdout36/`` to ``holdout41/``: Rijwielfabriek Hanzestaal, GGZ
  Hunzedal, Hoogland Spoorinfra, Mondzorg Oostermeer, Deltakade Container
  Terminal, Perkwerk B.V.; written blind on 6 December 2026 in two batches of
  three, to measure an embedding candidate frozen before they were run, and run
  once on the tagger as it is: P 0.86 / R 0.73 / F1 0.79, tables only) and
  round 13's (``holdout42/`` to ``holdout44/``: Scheepswerf Noordergat,
  Autogroep Van Dijk & Mulder, Pensioenuitvoering Lindestaete; written blind on
  7 December 2026 to measure a static version of the embedding, frozen before
  they were run, and run once on the tagger as it is: P 0.86 / R 0.73 / F1 0.79).
  ``HOLDOUT_MIN`` is the tagger's first run on each (round 11, ea51c75, for
  rounds 10 and 11), minus 0.02, so that it does not get worse unnoticed. The
  issue's bar (F1 0.90 with P 0.85 on a new company's stories) is NOT met and
  so not asserted; the README and docs/tagging-rounds.md give the figures.
"""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from podium_tag import decision, meaning

from .evaluate import (
    HELD_OUT,
    LABELLED,
    TUNING,
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
# Tuning sets: (precision, F1, F1 gain over the baseline) round 11 reached, each
# minus 0.02 (``python -m tests.tag.evaluate --tuning`` prints them).
TUNING_MIN = {
    "kade": (0.94, 0.94, 0.48),
    "fresh": (0.89, 0.83, 0.46),
    "holdout": (0.84, 0.84, 0.40),
    "holdout2": (0.83, 0.80, 0.33),
    "holdout3": (0.90, 0.89, 0.37),
    "holdout4": (0.90, 0.78, 0.28),
    "holdout5": (0.91, 0.87, 0.37),
    "holdout6": (0.93, 0.88, 0.41),
    "holdout7": (0.79, 0.77, 0.30),
    "holdout8": (0.83, 0.80, 0.38),
    "holdout9": (0.91, 0.83, 0.23),
    "holdout10": (0.90, 0.78, 0.23),
    "holdout11": (0.93, 0.81, 0.38),
    "holdout12": (0.73, 0.67, 0.24),
    "holdout13": (0.83, 0.79, 0.26),
    "holdout14": (0.92, 0.84, 0.32),
    "holdout15": (0.94, 0.87, 0.30),
    "holdout16": (0.87, 0.79, 0.36),
    "holdout17": (0.84, 0.76, 0.27),
    "holdout18": (0.92, 0.86, 0.33),
    "holdout19": (0.87, 0.80, 0.30),
    "holdout20": (0.88, 0.83, 0.17),
    "holdout21": (0.86, 0.75, 0.24),
    "holdout22": (0.80, 0.74, 0.31),
    "holdout23": (0.81, 0.72, 0.22),
    "holdout24": (0.83, 0.78, 0.23),
    "holdout25": (0.88, 0.77, 0.22),
    "holdout26": (0.88, 0.76, 0.18),
    "holdout27": (0.80, 0.71, 0.14),
    "holdout28": (0.83, 0.72, 0.21),
    "holdout29": (0.87, 0.80, 0.30),
}
# The held-out sets (see above): no worse than round 11 on them, minus 0.02.
HOLDOUT_MIN = {
    "holdout30": {"precision": 0.81, "recall": 0.79, "f1": 0.80, "gain": 0.28},
    "holdout31": {"precision": 0.80, "recall": 0.71, "f1": 0.75, "gain": 0.20},
    "holdout32": {"precision": 0.84, "recall": 0.65, "f1": 0.74, "gain": 0.23},
    "holdout33": {"precision": 0.89, "recall": 0.79, "f1": 0.84, "gain": 0.32},
    "holdout34": {"precision": 0.79, "recall": 0.62, "f1": 0.69, "gain": 0.14},
    "holdout35": {"precision": 0.80, "recall": 0.66, "f1": 0.72, "gain": 0.19},
    "holdout36": {"precision": 0.74, "recall": 0.65, "f1": 0.69, "gain": 0.24},
    "holdout37": {"precision": 0.77, "recall": 0.62, "f1": 0.68, "gain": 0.18},
    "holdout38": {"precision": 0.92, "recall": 0.66, "f1": 0.77, "gain": 0.19},
    "holdout39": {"precision": 0.84, "recall": 0.76, "f1": 0.80, "gain": 0.29},
    "holdout40": {"precision": 0.90, "recall": 0.66, "f1": 0.76, "gain": 0.22},
    "holdout41": {"precision": 0.88, "recall": 0.88, "f1": 0.88, "gain": 0.35},
    "holdout42": {"precision": 0.93, "recall": 0.69, "f1": 0.79, "gain": 0.16},
    "holdout43": {"precision": 0.77, "recall": 0.67, "f1": 0.72, "gain": 0.26},
    "holdout44": {"precision": 0.82, "recall": 0.76, "f1": 0.79, "gain": 0.22},
}


def name_of(part: str) -> str:
    """The name ``run()`` gives a labelled set in its tables."""
    name, directory = next((n, d) for p, n, d in LABELLED if p == part)
    return name.format(company_of(directory)) if "{}" in name else name


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
    "holdout14": (40, (2, 2)),
    "holdout15": (40, (2, 2)),
    "holdout16": (40, (2, 2)),
    "holdout17": (40, (2, 2)),
    "holdout18": (40, (2, 2)),
    "holdout19": (40, (2, 2)),
    "holdout20": (40, (2, 2)),
    "holdout21": (40, (2, 2)),
    "holdout22": (40, (2, 2)),
    "holdout23": (40, (2, 2)),
    "holdout24": (40, (2, 2)),
    "holdout25": (40, (2, 2)),
    "holdout26": (40, (2, 2)),
    "holdout27": (40, (2, 2)),
    "holdout28": (40, (2, 2)),
    "holdout29": (40, (2, 2)),
    "holdout30": (40, (2, 2)),
    "holdout31": (40, (2, 2)),
    "holdout32": (40, (2, 2)),
    "holdout33": (40, (2, 2)),
    "holdout34": (40, (2, 2)),
    "holdout35": (40, (2, 2)),
    "holdout36": (40, (2, 2)),
    "holdout37": (40, (2, 2)),
    "holdout38": (40, (2, 2)),
    "holdout39": (40, (2, 2)),
    "holdout40": (40, (2, 2)),
    "holdout41": (40, (2, 2)),
    "holdout42": (40, (2, 2)),
    "holdout43": (40, (2, 2)),
    "holdout44": (40, (2, 2)),
}
# The issue asks for "stories with two or three themes"; ten sets (Kolkwerk,
# Lindeloo, Bibliotheek De Lantaarn, Luchthaven Hunzewold, Hunzebank, Glansgroep
# Facilitair, GGZ Hunzedal, Hoogland Spoorinfra, Mondzorg Oostermeer and Deltakade
# Container Terminal) have two-theme stories only,
# and a held-out set's labels are never changed after its run. Every other set
# has at least one with three.
TWO_THEMES_ONLY = {
    *("holdout8", "holdout9", "holdout24", "holdout25", "holdout30", "holdout35"),
    *("holdout37", "holdout38", "holdout39", "holdout40"),
}


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


def test_every_tuning_set_has_a_bar():
    assert set(TUNING_MIN) == set(TUNING) - {"existing"}


@pytest.mark.parametrize("part", list(TUNING_MIN))
def test_tuning_sets(results, part):
    result = results[name_of(part)]
    precision, _, f1 = result.tagger.micro()
    _, _, baseline_f1 = result.baseline.micro()
    min_precision, min_f1, min_gain = TUNING_MIN[part]
    assert precision >= min_precision, result.text()
    assert f1 >= min_f1, result.text()
    assert f1 >= baseline_f1 + min_gain, result.text()


def test_every_held_out_set_has_a_bar():
    assert set(HOLDOUT_MIN) == set(HELD_OUT)


@pytest.mark.parametrize("part", HELD_OUT)
def test_held_out_sets_no_worse_than_their_run(results, part):
    """A guard on the honest figures, which the README reports."""
    result = results[name_of(part)]
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
    fit (here: the gold labels) lifts the fifteen held-out sets (rounds 10 to 13) from
    P 0.85 / R 0.73 / F1 0.79 to P 0.88 / R 0.88 / F1 0.88, reading 511 suggestions
    (about four per theme; 122 fit). The list's share and length were chosen on the tuning
    sets of round 5, before these sets were written."""
    if not HELD_OUT:
        pytest.skip("no held-out sets: the round's sets are not merged yet")
    review = reviewed(HELD_OUT)
    _, recall_before, f1_before = prf(*review.before)
    precision, recall, f1 = prf(*review.after)
    assert review.read <= 530 and review.accepted >= 120
    assert precision >= 0.84 and recall >= 0.85 and f1 >= f1_before + 0.07
    assert recall >= recall_before + 0.13


def test_lexicon_weights_are_current_and_learned_from_tuning_sets_only():
    """``lexicon_weights.yml`` is what ``python -m tests.tag.weigh`` writes from the
    tuning sets as they are now: a term added to the lexicon, or a held-out set
    that a round burned, means running it again. A held-out set never feeds it."""
    from . import weigh

    sets = weigh.tuning_sets()
    held_out = {d for p, _, d in LABELLED if p in HELD_OUT}
    assert sets and not held_out & set(sets)
    assert weigh.OUT.read_text(encoding="utf-8") == weigh.render(weigh.factors(sets))


def test_decision_is_current_and_learned_from_tuning_sets_only():
    """``decision.yml`` is what ``python -m tests.tag.decide`` writes from the tuning
    sets as they are now (a burned set, new lexicon weights or a changed feature
    mean running it again). A held-out set never feeds it."""
    from . import decide

    sets = decide.tuning_sets()
    held_out = {d for p, _, d in LABELLED if p in HELD_OUT}
    assert sets and not held_out & set(sets)
    text = decide.render(decide.fit([row for d in sets for row in decide.rows(d)]))
    assert decide.OUT.read_text(encoding="utf-8") == text


needs_model = pytest.mark.skipif(
    not meaning.available(), reason=f"{meaning.PACKAGE} is not installed (the meaning extra)"
)


@needs_model
def test_decision_with_meaning_is_current_and_learned_from_tuning_sets_only():
    """``decision_meaning.yml`` is what ``python -m tests.tag.decide --meaning`` writes
    from the tuning sets (PODIUM_TAG_MEANING), with the relaxed gate frozen in round 12."""
    from . import decide

    sets = decide.tuning_sets()
    held_out = {d for p, _, d in LABELLED if p in HELD_OUT}
    assert sets and not held_out & set(sets)
    fitted = decide.fitted(sets, meaning=True)
    text = decide.MEANING_OUT.read_text(encoding="utf-8")
    assert text.startswith(decide.render(fitted).split("intercept:")[0])
    assert "threshold: 0.44\noutside_limits: 0.6\n" in text
    # The same numbers, up to what another CPU's float32 arithmetic can move: a
    # cosine that its BLAS rounds to the other side of a fourth decimal (one in a
    # few thousand) moves a coefficient in its fifth. Here, where the file was
    # written, they are equal to the last digit.
    shipped = decision.parse(yaml.safe_load(text))
    assert shipped.names == fitted.names
    for name in ("means", "scales", "coefs"):
        assert getattr(shipped, name) == pytest.approx(getattr(fitted, name), abs=1e-3), name
    assert shipped.intercept == pytest.approx(fitted.intercept, abs=1e-3)


# The shipped decision's figures, pooled (``python -m tests.tag.evaluate`` without
# ``--meaning``; micro P / R / F1 over every (story, theme) label of the group).
SHIPPED_POOLED = {"tuning": (0.887, 0.761, 0.819), "held-out": (0.853, 0.726, 0.785)}


@needs_model
def test_meaning_no_worse_than_the_shipped_decision():
    """With PODIUM_TAG_MEANING (``python -m tests.tag.evaluate --meaning``): no worse
    than the shipped decision on the tuning sets pooled and on the held-out sets
    pooled, minus 0.02 in precision and F1 (the figures are deterministic: cosines
    are rounded to four decimals)."""
    groups = {"tuning": [p for p, _, _ in LABELLED if p not in HELD_OUT], "held-out": HELD_OUT}
    for group, parts in groups.items():
        results = run(parts, with_meaning=True)
        counts = [
            sum(sum(getattr(r.tagger, c).values()) for r in results) for c in ("tp", "fp", "fn")
        ]
        p, r, f = prf(*counts)
        shipped = SHIPPED_POOLED[group]
        print(f"{group} sets pooled with meaning: P {p:.3f} / R {r:.3f} / F1 {f:.3f}")
        assert p >= shipped[0] - 0.02 and f >= shipped[2] - 0.02, (group, p, r, f)
