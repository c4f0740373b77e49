"""Does sentence-embedding similarity add anything to the tagger? (issue 14; tuning sets only)

    PYTHONPATH=DIR_WITH_NUMPY .venv/bin/python benchmarks/embeddings/compare.py OUT_DIR

(``pip install --target DIR_WITH_NUMPY numpy``: the project does not depend on NumPy.)
``OUT_DIR`` is what ``embed.py`` wrote. For every story of the five tuning sets
(cold start, as ``tests.tag.evaluate`` runs them) it compares, micro-averaged:

- the tagger as it is;
- the embedding alone: a theme is tagged when its similarity is among the story's
  ``k`` best, within ``delta`` of the best and at least ``tau``; four similarities
  (mean story vector or best chunk, against the theme's sentence or also its keywords);
- the tagger plus the embedding: a theme among the embedding's ``rank`` best, with a
  similarity of at least ``tau``, is added when the tagger gave it at least ``alpha``
  times its bar;
- the control: the same addition without the embedding (the tagger's own ``rank`` best
  themes at ``alpha`` times the bar), to see what the embedding itself adds.

Every setting is chosen on the same stories it is scored on, so the gains printed are
upper bounds.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from podium_tag import Tagger  # noqa: E402
from tests.tag.evaluate import HERE, labelled_stories, prf, set_themes  # noqa: E402

TUNING = ("cold", "fresh", "holdout", "holdout2", "holdout3")
VARIANTS = ("mean_desc", "max_desc", "max_all", "mean_kw")


def similarities(chunks: np.ndarray, theme: dict) -> dict[str, float]:
    mean = chunks.mean(0)
    mean /= np.linalg.norm(mean)
    desc = np.array(theme["desc"])
    kws = np.array(theme["kw"]) if theme["kw"] else desc[None]
    return {
        "mean_desc": float(mean @ desc),
        "max_desc": float((chunks @ desc).max()),
        "max_all": float(max((chunks @ desc).max(), (chunks @ kws.T).max())),
        "mean_kw": float((mean @ kws.T).mean()),
    }


def rows(emb_dir: Path) -> list[dict]:
    out = []
    for name in TUNING:
        folder = HERE / name
        themes, stories = set_themes(folder), labelled_stories(folder)
        tagger = Tagger.fit(themes, [], corpus=[s.doc for s in stories])
        emb = json.loads((emb_dir / f"{name}.json").read_text())
        for story in stories:
            scores = {x.slug: x for x in tagger.scores(story.doc)}
            chunks = np.array(emb["stories"][story.path.name]["chunks"])
            lang = story.doc.lang
            out.append(
                {
                    "lang": lang,
                    "gold": set(story.gold),
                    "tagged": {k for k, v in scores.items() if v.passed},
                    "score": {k: v.score for k, v in scores.items()},
                    "bar": {k: v.bar for k, v in scores.items()},
                    "emb": {t: similarities(chunks, v[lang]) for t, v in emb["themes"].items()},
                }
            )
    return out


def micro(predict, data) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for r in data:
        p = predict(r)
        tp, fp, fn = tp + len(p & r["gold"]), fp + len(p - r["gold"]), fn + len(r["gold"] - p)
    return prf(tp, fp, fn)


def best(predictors, data) -> tuple[tuple[float, float, float], tuple]:
    """The predictor with the highest F1 on ``data``, and its settings."""
    return max(((micro(p, data), args) for args, p in predictors), key=lambda x: x[0][2])


def alone(variant, delta, tau, k):
    def predict(r):
        e = {t: v[variant] for t, v in r["emb"].items()}
        top = max(e.values())
        return {t for t in sorted(e, key=e.get, reverse=True)[:k] if e[t] >= max(top - delta, tau)}

    return predict


def combined(variant, alpha, rank, tau):
    def predict(r):
        e = {t: v[variant] for t, v in r["emb"].items()}
        near = sorted(e, key=e.get, reverse=True)[:rank]
        s, bar = r["score"], r["bar"]
        return r["tagged"] | {t for t in near if e[t] >= tau and 0 < s[t] >= alpha * bar[t]}

    return predict


def control(alpha, rank):
    def predict(r):
        s, bar = r["score"], r["bar"]
        near = sorted(s, key=s.get, reverse=True)[:rank]
        return r["tagged"] | {t for t in near if 0 < s[t] >= alpha * bar[t]}

    return predict


def fmt(figures) -> str:
    return " / ".join(f"{v:.2f}" for v in figures)


if __name__ == "__main__":
    everything = rows(Path(sys.argv[1]))
    for lang in ("all", "nl", "en"):
        data = [r for r in everything if lang in ("all", r["lang"])]
        tagger = micro(lambda r: r["tagged"], data)
        print(f"== {lang}: {len(data)} stories; tagger P/R/F1 {fmt(tagger)}")
        for v in VARIANTS:
            grid = itertools.product([0.0, 0.02, 0.05, 0.1], [0.0, 0.1, 0.2, 0.3, 0.4], [1, 2, 3])
            a = best((((d, t, k), alone(v, d, t, k)) for d, t, k in grid), data)
            grid = itertools.product([0.0, 0.3, 0.5, 0.7], [1, 2], [0.1, 0.2, 0.3, 0.4])
            c = best((((al, r, t), combined(v, al, r, t)) for al, r, t in grid), data)
            print(
                f"  {v:9s} alone {fmt(a[0])} (delta, tau, k = {a[1]}); "
                f"tagger + embedding {fmt(c[0])} (alpha, rank, tau = {c[1]})"
            )
        grid = itertools.product([0.3, 0.5, 0.6, 0.7, 0.8, 0.9], [1, 2])
        c = best((((al, r), control(al, r)) for al, r in grid), data)
        print(f"  control, no embedding: {fmt(c[0])} (alpha, rank = {c[1]})")
