"""Write ``plugins/podium_tag/decision.yml``: the tagger's learned decision, from the
labelled tuning sets.

    .venv/bin/python -m tests.tag.decide            # write the file
    .venv/bin/python -m tests.tag.decide --check    # exit 1 if the file is stale
    .venv/bin/python -m tests.tag.decide --loso     # leave each set out: P/R/F1 per threshold
    .venv/bin/python -m tests.tag.decide --meaning  # decision_meaning.yml (PODIUM_TAG_MEANING)

For every story of every TUNING set (never a held-out set), tagged cold, and
every theme of its set, ``Tagger.decision_inputs`` gives what the decision
reads (``podium_tag/decision.py``: the score, where its evidence came from,
the theme's lexicon family, the story's length, its rival themes); the gold
labels say whether the theme is one of the story's.
A logistic regression on the standardised features (L2 penalty 1.0 on the
coefficients, none on the intercept; what scikit-learn's
``LogisticRegression(C=1.0)`` fits) is solved by Newton's method, in plain
Python: eleven thousand rows and thirty-odd features take a few seconds.

``THRESHOLD`` is the probability a theme must reach. It was chosen in round 11
by leaving each tuning set out in turn (the model fitted on the others, scored
on the one left out): the threshold with the best F1 at the precision the hand
rule had on the same sets (``--loso`` prints that table again;
``docs/tagging-rounds.md``, round 11). The lexicon weights (``weigh.py``) feed
the features: run that first when both are stale.

``--meaning`` (with ``--check`` or ``--loso`` too) does the same with the
similarity in meaning's three features (``podium_tag/meaning.py``; the
``meaning`` extra installed) and writes ``decision_meaning.yml``, with the
relaxed gate frozen on the tuning sets before any held-out set was run
(``MEANING_THRESHOLD``, ``MEANING_OUTSIDE``; ``benchmarks/embeddings/loso.py``,
``docs/tagging-rounds.md``, "A third embedding package"). Embedding the tuning
sets' stories takes about half a minute.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import sys
from collections.abc import Callable, Sequence
from functools import partial
from operator import mul
from pathlib import Path

import yaml

from podium_tag import Tagger, TaggerConfig
from podium_tag.decision import DECISION_FILE, MEANING_FILE, Model, features, sigmoid

from . import evaluate
from .weigh import tuning_sets, write_or_check

THRESHOLD = 0.50
# With the similarity in meaning: the probability a theme within the hand rule's
# limits must reach, and one outside them (the relaxed gate), frozen in round 12.
MEANING_THRESHOLD = 0.44
MEANING_OUTSIDE = 0.60
CONFIG = TaggerConfig()
PENALTY = 1.0  # on the standardised coefficients (scikit-learn's 1 / C)
OUT = evaluate.ROOT / "plugins" / "podium_tag" / DECISION_FILE
MEANING_OUT = OUT.with_name(MEANING_FILE)
HEADER = """\
# Written by `.venv/bin/python -m tests.tag.decide{}` from the labelled tuning sets
# of tests/tag (never a held-out set): the logistic model that decides whether a
# theme is tagged (plugins/podium_tag/decision.py). Do not edit by hand; a test
# checks that this file is current.
"""
# The stories' vectors, embedded once per process (the tests and --loso reread sets).
VECTORS = evaluate.VECTORS


@dataclasses.dataclass(frozen=True)
class Row:
    """One theme in one story of a labelled set."""

    values: dict[str, float]  # the decision's features (``decision.features``)
    gold: bool  # the theme is one of the story's gold labels
    story: int  # the story's index in its set
    may: bool  # within the hand rule's limits (``TaggerConfig.limits``), as a tag must be
    on_its_own: bool  # tagged whatever the model says (``TaggerConfig.limits``)
    rule: bool  # the hand rule tags it (``TaggerConfig(decision=False)``)


def rows(directory: Path, meaning: bool = False) -> list[Row]:
    """Every story and theme of a labelled set, tagged cold; ``meaning``: with the
    similarity in meaning's features."""
    return [row for row, _name, _slug in rows_with_names(directory, meaning)]


def rows_with_names(directory: Path, meaning: bool = False) -> list[tuple[Row, str, str]]:
    """``rows``, each with its story's file name and its theme's slug (for
    experiments that add features, as ``benchmarks/embeddings/wordllama_loso.py``)."""
    themes, stories = evaluate.set_themes(directory), evaluate.labelled_stories(directory)
    corpus = [s.doc for s in stories]
    config = dataclasses.replace(CONFIG, meaning=meaning)
    tagger = Tagger.fit(themes, [], config, corpus=corpus, vectors=VECTORS)
    by_rule = Tagger.fit(themes, [], dataclasses.replace(CONFIG, decision=False), corpus=corpus)
    out = []
    for i, story in enumerate(stories):
        ruled = {t.slug for t in by_rule.tag(story.doc) if t.source == "auto"}
        for slug, inputs in tagger.decision_inputs(story.doc).items():
            may, own = CONFIG.limits(inputs.score, inputs.pieces)
            row = Row(features(inputs), slug in story.gold, i, may, own, slug in ruled)
            out.append((row, story.path.name, slug))
    return out


def feature_names(data: Sequence[Row]) -> list[str]:
    """Every feature seen, in ``features()``' order; the families sorted, last."""
    seen: dict[str, None] = {}
    for row in data:
        seen.update(dict.fromkeys(row.values))
    families = sorted(n for n in seen if n.startswith("family_"))
    return [n for n in seen if not n.startswith("family_")] + families


def fit(data: Sequence[Row], threshold: float = THRESHOLD) -> Model:
    names = feature_names(data)
    columns = [[row.values.get(n, 0.0) for row in data] for n in names]
    means, scales = [], []
    for col in columns:
        mean = math.fsum(col) / len(col)
        sd = math.sqrt(math.fsum((v - mean) ** 2 for v in col) / len(col))
        means.append(mean)
        scales.append(sd if sd > 1e-9 else 1.0)
    std = [[(v - m) / s for v in col] for col, m, s in zip(columns, means, scales, strict=True)]
    x = [[1.0] * len(data), *std]  # the intercept first, unpenalised
    y = [float(row.gold) for row in data]
    w = [0.0] * len(x)
    for _ in range(100):
        z = [w[0]] * len(y)
        for wj, col in zip(w[1:], x[1:], strict=True):
            if wj:
                z = [a + wj * v for a, v in zip(z, col, strict=True)]
        p = [sigmoid(v) for v in z]
        r = [pi - yi for pi, yi in zip(p, y, strict=True)]
        weight = [pi * (1 - pi) for pi in p]
        grad = [math.fsum(map(mul, r, col)) + (PENALTY * wj if j else 0.0)
                for j, (wj, col) in enumerate(zip(w, x, strict=True))]  # fmt: skip
        hess = [[0.0] * len(x) for _ in x]
        for j, col in enumerate(x):
            weighted = list(map(mul, weight, col))
            for k in range(j, len(x)):
                hess[j][k] = hess[k][j] = math.fsum(map(mul, weighted, x[k]))
            if j:
                hess[j][j] += PENALTY
        step = _solve(hess, grad)
        w = [wj - sj for wj, sj in zip(w, step, strict=True)]
        if max(map(abs, step)) < 1e-10:
            break
    return Model(
        names=tuple(names),
        means=tuple(round(m, 6) for m in means),
        scales=tuple(round(s, 6) for s in scales),
        coefs=tuple(round(c, 6) for c in w[1:]),
        intercept=round(w[0], 6),
        threshold=threshold,
    )


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """``a x = b`` by Gaussian elimination with partial pivoting (a is small)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                m[r] = [a - f * b for a, b in zip(m[r], m[col], strict=True)]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        out[r] = (m[r][n] - sum(m[r][k] * out[k] for k in range(r + 1, n))) / m[r][r]
    return out


def render(model: Model) -> str:
    meaning = model.outside != math.inf
    body: dict = {"threshold": model.threshold}
    if meaning:
        body["outside_limits"] = model.outside
    body |= {
        "intercept": model.intercept,
        "features": [
            {"name": n, "mean": m, "scale": s, "coef": c}
            for n, m, s, c in zip(model.names, model.means, model.scales, model.coefs, strict=True)
        ],
    }
    return HEADER.format(" --meaning" if meaning else "") + yaml.safe_dump(
        body, sort_keys=False, width=100
    )


def fitted(sets: Sequence[Path], meaning: bool = False) -> Model:
    """The decision fitted on ``sets``; ``meaning``: with the similarity in meaning
    and its relaxed gate."""
    data = [r for d in sets for r in rows(d, meaning)]
    if not meaning:
        return fit(data)
    model = fit(data, MEANING_THRESHOLD)
    return dataclasses.replace(model, outside=MEANING_OUTSIDE)


def loso(
    sets: Sequence[Path], rows_of: Callable[[Path], list[Row]] = rows, outside: float = math.inf
) -> str:
    """Leave each set out in turn: the model fitted on the others decides on the set
    left out. P/R/F1 over all sets per threshold, beside the hand rule's;
    ``outside``: the relaxed gate's probability for a theme outside the limits."""
    by_set = [rows_of(d) for d in sets]
    # Per story (set, index): its themes' rows and the probabilities the model
    # fitted without that story's set gives them.
    stories: dict[tuple[int, int], list[tuple[Row, float]]] = {}
    for i, part in enumerate(by_set):
        model = fit([r for j, other in enumerate(by_set) if j != i for r in other])
        for row in part:
            chance = 1.0 if row.on_its_own else model.chance(row.values)
            stories.setdefault((i, row.story), []).append((row, chance))
    rule = [0, 0, 0]
    for items in stories.values():
        for row, _ in items:
            _add(rule, row.gold, row.rule)
    lines = ["the hand rule: " + _figures(rule)]
    for t in [round(0.30 + 0.02 * k, 2) for k in range(16)]:
        counts = [0, 0, 0]
        for items in stories.values():
            # As the tagger decides: the surest themes on enough terms, at most three.
            surest = sorted(items, key=lambda item: -item[1])[: CONFIG.max_auto]
            chosen = {
                id(row) for row, chance in surest if chance >= t and (row.may or chance >= outside)
            }
            for row, _ in items:
                _add(counts, row.gold, id(row) in chosen)
        lines.append(f"threshold {t:.2f}: " + _figures(counts))
    return "\n".join(lines)


def _figures(counts: list[int]) -> str:
    p, r, f = evaluate.prf(*counts)
    return f"P {p:.3f} R {r:.3f} F1 {f:.4f}"


def _add(counts: list[int], gold: bool, picked: bool) -> None:
    counts[0] += gold and picked
    counts[1] += picked and not gold
    counts[2] += gold and not picked


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    parser.add_argument("--loso", action="store_true", help="leave each set out; print P/R/F1")
    parser.add_argument("--meaning", action="store_true",
                        help="with the similarity in meaning: decision_meaning.yml")  # fmt: skip
    args = parser.parse_args(argv)
    sets = tuning_sets()
    if args.loso:
        if args.meaning:
            print(loso(sets, partial(rows, meaning=True), MEANING_OUTSIDE))
        else:
            print(loso(sets))
        return 0
    text = render(fitted(sets, args.meaning))
    out, module = (MEANING_OUT, "decide --meaning") if args.meaning else (OUT, "decide")
    return write_or_check(out, text, module, args.check)


if __name__ == "__main__":
    sys.exit(main())
