"""How long the tagger takes for a large hub: fit on the site, then tag every story.

    .venv/bin/python benchmarks/tagging.py --stories 10000

Stories are made in memory by the same writer as the build benchmark
(``corpus.py``: 600-1000 words, two thirds Dutch, the demo's themes, 40%
hand-tagged). Timed, in one process, as the build does it:

1. fit: the tagger for the demo's ``themes.yml``, with the site's stories as
   its corpus (common words) and the hand-tagged ones as training data;
2. tag: ``Tagger.tag`` on every story.

Prints one Markdown line per run; the issue's bar is under 10 s for 10,000
stories on the project's machine (2 shared cores). Not a test: timings are
measured here, never asserted.

``--meaning`` times the same with PODIUM_TAG_MEANING (the ``meaning`` extra
installed): every story embedded, as in a cold build (a warm one reads the
vectors back from the build cache). The model's first load is timed apart.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

import corpus as corpus_mod  # noqa: E402

from podium_tag import Doc, Tagger, TaggerConfig, load_themes, meaning  # noqa: E402


def make_docs(count: int, seed: int) -> list[Doc]:
    rng = random.Random(seed)
    keywords = corpus_mod._themes(corpus_mod.DEMO_THEMES)
    slugs = sorted(keywords)
    docs = []
    for _ in range(count):
        lang = "nl" if rng.random() < 0.67 else "en"
        topics = rng.sample(slugs, k=rng.randint(1, 2))
        writer = corpus_mod._Writer(rng, lang, [k for t in topics for k in keywords[t][lang]])
        interview = rng.random() < 0.55
        body = (corpus_mod._interview if interview else corpus_mod._column)(
            writer, rng, rng.randint(600, 1000)
        )
        headings = tuple(ln[3:] for ln in body.splitlines() if ln.startswith("## "))
        title = writer.sentence()[:80]
        doc = Doc(lang=lang, title=title, quote=writer.sentence(), headings=headings, body=body,
                  paragraphs=meaning.paragraphs(title, body))  # fmt: skip
        if rng.random() < 0.4:
            doc = dataclasses.replace(doc, explicit_themes=tuple(topics))
        docs.append(doc)
    return docs


def run(count: int, seed: int, with_meaning: bool = False) -> tuple[float, float, float, int]:
    """(fit wall s, tag wall s, fit+tag CPU s, automatic tags)."""
    themes = load_themes(corpus_mod.DEMO_THEMES)
    docs = make_docs(count, seed)
    config = TaggerConfig(meaning=with_meaning)
    cpu, start = time.process_time(), time.perf_counter()
    tagger = Tagger.fit(themes, [d for d in docs if d.explicit_themes], config, corpus=docs)
    fitted = time.perf_counter()
    auto = sum(1 for d in docs for t in tagger.tag(d) if t.source == "auto")
    done = time.perf_counter()
    return fitted - start, done - fitted, time.process_time() - cpu, auto


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=corpus_mod.SEED)
    parser.add_argument("--meaning", action="store_true", help="with PODIUM_TAG_MEANING")
    args = parser.parse_args()
    loaded = ""
    if args.meaning:
        start = time.perf_counter()
        meaning.encoder().encode(["load"])
        loaded = f" | with meaning (model loaded in {time.perf_counter() - start:.2f} s)"
    runs = [run(args.stories, args.seed, args.meaning) for _ in range(args.repeat)]
    fit = statistics.median(r[0] for r in runs)
    tag = statistics.median(r[1] for r in runs)
    cpu = statistics.median(r[2] for r in runs)
    load = os.getloadavg()[0]
    # Wall time depends on what else runs on the shared cores; CPU time much less.
    print(
        f"| {args.stories} stories | fit {fit:.2f} s | tag {tag:.2f} s | "
        f"total {fit + tag:.2f} s wall, {cpu:.2f} s CPU | {runs[0][3]} automatic tags | "
        f"median of {args.repeat}, load average {load:.1f}{loaded} |"
    )


if __name__ == "__main__":
    main()
