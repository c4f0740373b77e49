"""The learned decision: whether a theme's evidence in a story makes it a tag.

The hand rule (``TaggerConfig.threshold`` and its companions) judges a theme
by its score alone. The labelled sets of ``tests/tag`` show that the same score
means different things: a score resting on an editor's keywords is surer than
one resting on lexicon words, a craft theme's words turn up in every story of
a company while a switcher's words do not, and a long story collects words for
everything. So the decision is a logistic model over the evidence the tagger
already explains (``Inputs``): the score and its floor, how many different
words it rests on, where those came from, the lexicon family the theme has,
the story's length and how the theme stands against the story's other themes.

Nothing in it reads the rest of the site (a first version read how the site's
stories score on the theme, worth about 0.01 F1 on the labelled sets): one story
added to a hub of a thousand then changed the themes of sixteen others, and
a story's themes should not move because a colleague published one.

``decision.yml`` holds the model: per feature its mean and scale (the
features are standardised) and its coefficient, the intercept and the
threshold on the probability. ``tests/tag/decide.py`` writes it from the
labelled TUNING sets only; a test fails when it is stale. A theme is tagged
when its probability reaches the threshold; its *bar*, the figure ``podium
tag --explain`` and the review list show, is the score at which it would, with
the rest of its evidence as it is (``bar``).

With ``PODIUM_TAG_MEANING`` the decision is ``decision_meaning.yml``: the same
features and the story's similarity in meaning to the theme (``meaning.py``),
written by ``python -m tests.tag.decide --meaning``. Its gate is relaxed: a
theme outside the hand rule's limits is tagged too when its probability
reaches ``outside`` (``outside_limits`` in the file; the plain decision has
none, so such a theme never is).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from podium import yamlio

DECISION_FILE = "decision.yml"
MEANING_FILE = "decision_meaning.yml"  # with PODIUM_TAG_MEANING (``meaning.py``)
# The origins of evidence the model tells apart (``ThemeTag.sources`` has
# "learned" too: read as "keyword", see ``features``).
READ_AS = ("keyword", "name", "description", "lexicon")
# A bar is searched up to this many times the theme's score (or its floor).
MAX_STRETCH = 64.0
BISECTIONS = 20


@dataclass(frozen=True)
class Inputs:
    """What the decision reads about one theme in one story."""

    score: float
    floor: float  # the theme's floor (``threshold``, or lower: ``Tagger.floors``)
    threshold: float  # ``TaggerConfig.threshold``: floors are read relative to it
    other: float  # the best score of the story's other themes
    pieces: int  # different pieces of evidence (``model._distinct``)
    norm: float  # what the story's length divides its scores by
    length: int  # content words
    lang: str
    origin: Mapping[str, float]  # evidence per origin, before the length norm
    families: tuple[str, ...]  # lexicon families attached to the theme
    # The similarity in meaning's features (``meaning.features``); empty without it.
    meaning: Mapping[str, float] = field(default_factory=dict)


def features(x: Inputs, score: float | None = None) -> dict[str, float]:
    """The named features of ``x``; with ``score``, as if the theme's evidence
    were scaled to reach that score (its mix of origins unchanged)."""
    s = x.score if score is None else score
    # The labelled sets are read cold (no story hand-tagged), so the model has
    # never seen a learned term: it reads one as the editor's own word, which
    # is what hand-tagging a story is (without this, learning a word would
    # lower a theme's chances by thinning its share of keywords).
    origin = {o: x.origin.get(o, 0.0) for o in READ_AS}
    origin["keyword"] += x.origin.get("learned", 0.0)
    total = sum(origin.values())
    if total > 0:
        shares = {o: v / total for o, v in origin.items()}
    else:  # no evidence yet: read as if it were an editor's keyword
        shares = {o: float(o == "keyword") for o in READ_AS}
    best = max(s, x.other)
    out = {
        "score_over_floor": s / x.floor,
        "log_score": math.log1p(s),
        "score_over_best": s / best if best else 0.0,
        "pieces": float(min(x.pieces, 6)),
        "log_scale": math.log(round(1 / x.norm, 4)),
        "log_length": math.log1p(x.length),
        "dutch": float(x.lang == "nl"),
        "floor_over_threshold": x.floor / x.threshold,
        "lead_over_floor": (s - x.other) / x.floor,
    }
    for o in READ_AS:
        out[o] = s * x.norm * shares[o]
        out[f"{o}_share"] = shares[o]
    for family in x.families:
        out[f"family_{family}"] = 1.0
    out["no_family"] = float(not x.families)
    out.update(x.meaning)
    return out


@dataclass(frozen=True)
class Model:
    names: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    coefs: tuple[float, ...]
    intercept: float
    threshold: float
    # The probability at which a theme outside the hand rule's limits is tagged
    # too (``decision_meaning.yml``'s relaxed gate); never for the plain decision.
    outside: float = math.inf

    def passes(self, chance: float, may: bool) -> bool:
        """Whether a theme with probability ``chance`` is tagged; ``may``: within the
        hand rule's limits (``TaggerConfig.limits``)."""
        return chance >= self.threshold and (may or chance >= self.outside)

    def probability(self, x: Inputs, score: float | None = None) -> float:
        return self.chance(features(x, score))

    def chance(self, values: Mapping[str, float]) -> float:
        """The probability for named feature values (``features``); a feature the
        story does not have (a family not attached to the theme) is 0."""
        slope, base = self._linear
        z = base
        for name, value in values.items():
            z += slope.get(name, 0.0) * value
        return sigmoid(z)

    @cached_property
    def _linear(self) -> tuple[dict[str, float], float]:
        # coef * (value - mean) / scale, summed, is slope * value + base: the
        # tagger scores every theme of every story, so this is worth folding.
        slope = {n: c / s for n, c, s in zip(self.names, self.coefs, self.scales, strict=True)}
        means = zip(self.names, self.means, strict=True)
        base = self.intercept - sum(slope[n] * m for n, m in means)
        return slope, base

    def bar(self, x: Inputs) -> float:
        """The score at which the theme would pass, its other evidence as it is.

        Found by bisection between the score and a multiple of it, so that a
        theme that passes has a bar at or under its score and one that does not
        a bar above it, as ``--explain`` shows them. ``inf`` when no score up to
        ``MAX_STRETCH`` times the floor would do (the rest of the evidence
        speaks against the theme)."""
        ref = x.score if x.score > 0 else x.floor
        if x.score > 0 and self.probability(x) >= self.threshold:
            lo, hi = 0.0, x.score
        else:
            lo, hi = x.score, ref
            while self.probability(x, hi) < self.threshold:
                lo, hi = hi, hi * 2
                if hi > MAX_STRETCH * max(ref, x.floor):
                    return math.inf
        for _ in range(BISECTIONS):
            mid = (lo + hi) / 2
            if self.probability(x, mid) >= self.threshold:
                hi = mid
            else:
                lo = mid
        # Rounded up, so that the bar itself still passes (scores have 4 decimals).
        return math.ceil(round(hi * 10_000, 6)) / 10_000


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def parse(data: Mapping) -> Model:
    rows: Sequence[Mapping] = data["features"]
    return Model(
        names=tuple(str(r["name"]) for r in rows),
        means=tuple(float(r["mean"]) for r in rows),
        scales=tuple(float(r["scale"]) for r in rows),
        coefs=tuple(float(r["coef"]) for r in rows),
        intercept=float(data["intercept"]),
        threshold=float(data["threshold"]),
        outside=float(data.get("outside_limits", math.inf)),
    )


@lru_cache(maxsize=2)
def model(meaning: bool = False) -> Model:
    """The shipped decision; ``meaning``: the one with the similarity in meaning."""
    name = MEANING_FILE if meaning else DECISION_FILE
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return parse(yamlio.load(text, name).data)
