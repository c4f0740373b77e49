"""The USE candidate on the held-out sets, run once (issue 14; 6 December 2026).

    .venv/bin/python benchmarks/embeddings/use_embed.py /tmp/held_sets.txt /tmp/use-held.json
    .venv/bin/python benchmarks/embeddings/heldout.py /tmp/use-sims.json /tmp/use-held.json \\
        tests/tag/holdout3{0..8}

FROZEN on the tuning sets before any held-out set was run (``loso.py``): the
decision's own features plus USE multilingual v3's variant 1 (the mean story vector
against the unit mean of "name. description" and the keywords), that cosine
standardised over the story's themes and its lead over the best other theme;
fitted on all 31 tuning sets. Gate: the surest ``max_auto`` themes, a probability
of at least 0.44, and within the hand rule's limits or at least 0.60. Compared on
the same rows (``tests.tag.decide.rows_with_names``: cold, no hub name) with the
decision as shipped (no embedding, 0.50, within the limits) and with the same
relaxed gate without the embedding (the control). Prints P/R/F1 per set and
pooled, tables only: the held-out sets' mistakes are not for looking at.
``python -m tests.tag.evaluate --meaning`` gives the shipped candidate's figures
(with each hub's own name: the same pooled figures on these sets).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from loso import with_embedding  # noqa: E402

from tests.tag import decide  # noqa: E402
from tests.tag.weigh import tuning_sets  # noqa: E402

VARIANT = 1
T, T2 = 0.44, 0.60


def decide_rows(model, rows, t: float, t2: float) -> list[int]:
    """tp, fp, fn of the gate (t, t2) over ``rows``, story by story."""
    counts = [0, 0, 0]
    stories: dict[int, list] = {}
    for row in rows:
        chance = 1.0 if row.on_its_own else model.chance(row.values)
        stories.setdefault(row.story, []).append((row, chance))
    for items in stories.values():
        surest = sorted(items, key=lambda item: -item[1])[: decide.CONFIG.max_auto]
        chosen = {id(r) for r, c in surest if c >= t and (r.may or c >= t2)}
        for r, _ in items:
            decide._add(counts, r.gold, id(r) in chosen)
    return counts


def main(args: list[str]) -> None:
    tuning_sims = json.loads(Path(args[0]).read_text())
    held_sims = json.loads(Path(args[1]).read_text())
    held = [Path(p) for p in args[2:]]
    sets = tuning_sets()
    base = {d.name: decide.rows_with_names(d) for d in sets}
    plain = decide.fit([r for d in sets for r, _, _ in base[d.name]])
    emb = decide.fit([r for d in sets for r in with_embedding(base[d.name], tuning_sims[d.name],
                                                              VARIANT)])  # fmt: skip
    arms = {"shipped decision (0.50, limits)": [0, 0, 0],
            "control: relaxed gate, no embedding (0.44/0.60)": [0, 0, 0],
            "candidate: USE + relaxed gate (0.44/0.60)": [0, 0, 0]}  # fmt: skip
    for d in held:
        b = decide.rows_with_names(d)
        plain_rows = [r for r, _, _ in b]
        emb_rows = with_embedding(b, held_sims[d.name], VARIANT)
        per = [decide_rows(plain, plain_rows, 0.50, 9.0),
               decide_rows(plain, plain_rows, T, T2),
               decide_rows(emb, emb_rows, T, T2)]  # fmt: skip
        print(d.name, " | ".join(decide._figures(c) for c in per), flush=True)
        for counts, total in zip(per, arms.values(), strict=True):
            for i in range(3):
                total[i] += counts[i]
    for name, counts in arms.items():
        print(f"pooled, {name}: {decide._figures(counts)}  (tp fp fn {counts})")


if __name__ == "__main__":
    main(sys.argv[1:])
