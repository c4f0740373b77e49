"""The learned decision (``podium_tag/decision.py``) and how it is fitted
(``tests/tag/decide.py``): pure functions, on made-up inputs."""

from __future__ import annotations

import dataclasses
import math

import pytest

from podium_tag import decision
from podium_tag.decision import Inputs, Model

from .decide import Row, fit

BASE = Inputs(
    score=2.0, floor=2.65, threshold=2.65, other=1.0, pieces=3, norm=1.0, length=120,
    lang="nl", origin={"keyword": 1.2, "lexicon": 0.8}, families=("starters",),
)  # fmt: skip


def model() -> Model:
    return decision.model()


def test_the_shipped_model_reads_its_file():
    m = model()
    assert 0 < m.threshold < 1
    assert len(m.names) == len(set(m.names)) == len(m.coefs) == len(m.means) == len(m.scales)
    assert "log_score" in m.names and "family_starters" in m.names
    # Nothing of the rest of the site: one story added must not move the others.
    assert not any(n.startswith("site") for n in m.names)
    assert all(s > 0 for s in m.scales)


def test_chance_is_the_standardised_logistic_sum():
    m = model()
    values = decision.features(BASE)
    z = m.intercept + sum(
        c * (values.get(n, 0.0) - mean) / s
        for n, mean, s, c in zip(m.names, m.means, m.scales, m.coefs, strict=True)
    )
    assert m.probability(BASE) == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-12)


def test_a_learned_term_counts_as_the_editors_keyword():
    learned = dataclasses.replace(BASE, origin={"keyword": 0.7, "learned": 0.5, "lexicon": 0.8})
    assert model().probability(learned) == pytest.approx(model().probability(BASE), abs=1e-12)


@pytest.mark.parametrize("score", [0.0, 0.4, 1.5, 2.0, 2.7, 4.0, 9.0])
@pytest.mark.parametrize("origin", [{"keyword": 1.0}, {"lexicon": 1.0}, {"description": 1.0}])
def test_the_bar_is_where_the_chance_reaches_the_threshold(score, origin):
    m = model()
    x = dataclasses.replace(BASE, score=score, origin={k: v * score for k, v in origin.items()})
    bar = m.bar(x)
    passes = score > 0 and m.probability(x) >= m.threshold
    if math.isinf(bar):
        assert not passes
        return
    # A theme that passes has its bar at or under its score, one that fails above.
    assert passes == (score >= bar)
    assert m.probability(x, bar) >= m.threshold
    assert m.probability(x, bar * 0.99) < m.threshold or bar < 1e-3


def test_fit_finds_the_penalised_maximum_likelihood():
    # Two features, one that tells the classes apart and one that is noise.
    rows = []
    for i in range(200):
        signal = (i % 20) / 10.0
        noise = ((i * 7) % 13) / 6.0
        gold = (i % 20) >= 9 if i % 5 else (i % 20) < 9  # mostly, not always, signal
        rows.append(Row({"signal": signal, "noise": noise}, gold, i, True, False, False))
    m = fit(rows, threshold=0.5)
    assert m.names == ("signal", "noise")
    slope = dict(zip(m.names, m.coefs, strict=True))
    assert slope["signal"] > 1.0 and abs(slope["noise"]) < 0.5
    # At the optimum the penalised gradient is zero (up to the file's rounding).
    grads = [0.0, 0.0, 0.0]
    for row in rows:
        p = m.chance(row.values)
        xs = [1.0] + [(row.values[n] - mu) / s for n, mu, s in zip(m.names, m.means, m.scales,
                                                                  strict=True)]  # fmt: skip
        for j, v in enumerate(xs):
            grads[j] += (p - row.gold) * v
    grads[1] += m.coefs[0]
    grads[2] += m.coefs[1]
    assert max(map(abs, grads)) < 1e-3
