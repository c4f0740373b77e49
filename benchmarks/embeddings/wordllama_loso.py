"""Does WordLlama's similarity add to the learned decision? (issue 14; tuning sets only)

    .venv/bin/python benchmarks/embeddings/wordllama_loso.py /tmp/wl-sims.json

Reads what ``wordllama_embed.py`` wrote and runs ``tests.tag.decide``'s
leave-one-set-out over the 31 tuning sets twice per similarity: without the
embedding (the decision as shipped) and with three more features per theme (its
cosine, that cosine standardised over the story's themes, and its lead over the
best other theme's). Prints ``decide --loso``'s table for each: P/R/F1 per
threshold, beside the hand rule's.
"""

from __future__ import annotations

import dataclasses
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.tag import decide  # noqa: E402
from tests.tag.weigh import tuning_sets  # noqa: E402

VARIANTS = ("mean story / sentence", "mean story / sentence+keywords",
            "best chunk / sentence", "best chunk / sentence+keywords")  # fmt: skip


def with_similarity(sims: dict, variant: int):
    """``decide.rows`` plus the embedding's features for ``variant``."""

    def rows(directory: Path) -> list[decide.Row]:
        out = []
        stories = sims[directory.name]
        for row, name, slug in decide.rows_with_names(directory):
            values = {k: v[variant] for k, v in stories[name].items()}
            mine = values[slug]
            mean = statistics.fmean(values.values())
            sd = statistics.pstdev(values.values()) or 1.0
            extra = {
                "embedding": mine,
                "embedding_z": (mine - mean) / sd,
                "embedding_lead": mine - max(v for k, v in values.items() if k != slug),
            }
            out.append(dataclasses.replace(row, values={**row.values, **extra}))
        return out

    return rows


def main(path: Path) -> None:
    sims = json.loads(path.read_text(encoding="utf-8"))
    sets = tuning_sets()
    print("without the embedding (the decision as shipped)")
    print(decide.loso(sets))
    for i, name in enumerate(VARIANTS):
        print(f"\nwith WordLlama, {name}")
        print(decide.loso(sets, with_similarity(sims, i)))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
