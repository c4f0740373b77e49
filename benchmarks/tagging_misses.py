"""Why the tagger misses the themes it misses, on the labelled TUNING sets (issue 14).

    .venv/bin/python benchmarks/tagging_misses.py

Every gold theme the tagger leaves off a story of a cold tuning set (never a
held-out set: ``tests.tag.evaluate.TUNING``) is put in the first class that
explains it, in the order the tagger decides:

* no evidence: not one word of the theme's vocabulary in the story;
* one term: fewer different pieces of evidence than ``min_terms``;
* under the lowest bar: two pieces, but a score under ``lowest_bar``;
* the model said no: within the hand rule's limits, under the learned bar
  (and how many of those lose to a rival theme scoring over twice as much);
* max_auto: passed, but the story had three surer themes.

Then, across those classes, the misses in very short stories (under
``short_ref`` content words) and per lexicon family of the theme. Nothing here
changes the tagger; ``docs/tagging-rounds.md`` says what the figures decided.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from podium_tag import Tagger  # noqa: E402
from tests.tag import evaluate  # noqa: E402


def why(score, config, rival: float) -> str:
    if score.passed:
        return "max_auto"
    if score.score == 0:
        return "no evidence"
    if score.terms < config.min_terms:
        return "one term"
    if score.score < config.lowest_bar:
        return "under the lowest bar"
    if rival > 2 * score.score:
        return "the model said no, a rival over twice its score"
    return "the model said no"


def main() -> None:
    classes: Counter = Counter()
    families: Counter = Counter()
    short = Counter()
    counts = [0, 0, 0]
    for part, template, directory in evaluate.LABELLED:
        if part not in evaluate.TUNING:
            continue
        themes, stories = evaluate.set_themes(directory), evaluate.labelled_stories(directory)
        config = evaluate.hub_config(template, directory)
        tagger = Tagger.fit(themes, [], config, corpus=[s.doc for s in stories])
        for story in stories:
            tagged = {t.slug for t in tagger.tag(story.doc) if t.source == "auto"}
            counts[0] += len(tagged & story.gold)
            counts[1] += len(tagged - story.gold)
            counts[2] += len(story.gold - tagged)
            scores = {s.slug: s for s in tagger.scores(story.doc)}
            inputs = tagger.decision_inputs(story.doc)
            brief = next(iter(inputs.values())).length < config.short_ref if inputs else False
            for slug in story.gold:
                short[brief, slug in tagged] += 1
                if slug in tagged:
                    continue
                rival = max((s.score for k, s in scores.items() if k != slug), default=0.0)
                classes[why(scores[slug], config, rival)] += 1
                families[inputs[slug].families[:1] or ("no family",)] += 1
    p, r, f = evaluate.prf(*counts)
    print(f"cold tuning sets: P {p:.4f} / R {r:.4f} / F1 {f:.4f}; {counts[2]} themes missed")
    for name, n in classes.most_common():
        print(f"{n:5d}  {name}")
    found, gold = short[True, True], short[True, True] + short[True, False]
    print(f"short stories (under {config.short_ref} content words): {found} of {gold} found")
    per_family = ", ".join(f"{k[0]} {n}" for k, n in families.most_common())
    print(f"missed per lexicon family: {per_family}")


if __name__ == "__main__":
    main()
