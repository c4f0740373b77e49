"""Does USE multilingual v3's similarity add to the learned decision? (issue 14; tuning
sets only; the third embedding package measured, 6 December 2026)

    .venv/bin/python benchmarks/embeddings/loso.py /tmp/use-sims.json          # every variant
    .venv/bin/python benchmarks/embeddings/loso.py /tmp/use-sims.json 1        # variant 1
    .venv/bin/python benchmarks/embeddings/loso.py /tmp/use-sims.json 1 --gate # relaxed gate

Reads what ``use_embed.py`` wrote and runs ``tests.tag.decide``'s leave-one-set-out
over the 31 tuning sets: without the embedding (the decision as shipped), then with
three more features per theme (the cosine, that cosine standardised over the story's
themes, and its lead over the best other theme), one table per variant of
``use_embed.VARIANTS``: P/R/F1 per threshold, beside the hand rule's.

``--gate`` prints the relaxed gate's grid instead, for the variant given, and for
no embedding (the control, variant -1): a theme among the story's surest
``max_auto`` is tagged when its probability reaches ``t``, and, outside the hand
rule's limits (``TaggerConfig.limits``), also ``t2``. Its best, 0.44 and 0.60 on
variant 1, was frozen before any held-out set was run (``heldout.py``) and is what
PODIUM_TAG_MEANING ships (``python -m tests.tag.decide --meaning``). Each table
takes a few minutes.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from podium_tag.meaning import features  # noqa: E402
from tests.tag import decide  # noqa: E402
from tests.tag.weigh import tuning_sets  # noqa: E402

VARIANTS = ("mean/sent", "mean/sent+kw", "best/sent", "best/sent+kw", "top2/sent",
            "whole/sent", "best/kw")  # fmt: skip


def with_embedding(base: list, sims: dict, variant: int | None) -> list[decide.Row]:
    """``decide.rows_with_names``' rows, with the embedding's three features for
    ``variant`` (None: as they are). ``sims``: one set's cosines per story and theme."""
    if variant is None:
        return [row for row, _, _ in base]
    out = []
    for row, name, slug in base:
        values = {k: v[variant] for k, v in sims[name].items()}
        # The cosine, its z over the story's themes, its lead over the best other one.
        extra = features(values, slug)
        out.append(dataclasses.replace(row, values={**row.values, **extra}))
    return out


def gate_grid(by_set: list[list[decide.Row]], label: str) -> None:
    """The relaxed gate's P/R/F1, leaving each set out, over a grid of (t, t2)."""
    stories: dict[tuple[int, int], list] = {}
    for i, part in enumerate(by_set):
        model = decide.fit([r for j, other in enumerate(by_set) if j != i for r in other])
        for row in part:
            chance = 1.0 if row.on_its_own else model.chance(row.values)
            stories.setdefault((i, row.story), []).append((row, chance))
    for t in (0.40, 0.44, 0.48, 0.50, 0.52, 0.56):
        for t2 in (0.5, 0.6, 0.7, 0.8, 0.9, 1.01):
            counts = [0, 0, 0]
            for items in stories.values():
                surest = sorted(items, key=lambda item: -item[1])[: decide.CONFIG.max_auto]
                chosen = {id(r) for r, c in surest if c >= t and (r.may or c >= t2)}
                for r, _ in items:
                    decide._add(counts, r.gold, id(r) in chosen)
            print(f"{label} t {t:.2f} t2 {t2:.2f}: " + decide._figures(counts), flush=True)


def main(args: list[str]) -> None:
    sims = json.loads(Path(args[0]).read_text())
    gate = "--gate" in args
    which = [int(a) for a in args[1:] if a != "--gate"] or list(range(len(VARIANTS)))
    sets = tuning_sets()
    base = {d.name: decide.rows_with_names(d) for d in sets}

    def rows_for(variant: int | None):
        return lambda d: with_embedding(base[d.name], sims.get(d.name, {}), variant)

    if gate:
        gate_grid([rows_for(None)(d) for d in sets], "control, no embedding:")
        for i in which:
            gate_grid([rows_for(i)(d) for d in sets], f"{VARIANTS[i]}:")
        return
    print("without the embedding")
    print(decide.loso(sets, rows_for(None)), flush=True)
    for i in which:
        print(f"\nwith USE, {VARIANTS[i]}")
        print(decide.loso(sets, rows_for(i)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
