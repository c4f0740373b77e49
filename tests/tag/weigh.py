"""Write ``plugins/podium_tag/lexicon_weights.yml``: a factor per lexicon term, from the
labelled tuning sets.

    .venv/bin/python -m tests.tag.weigh            # write the file
    .venv/bin/python -m tests.tag.weigh --check    # exit 1 if the file is stale

The lexicon gives every term of a family the same weight, but its terms are not
equally good evidence: where they occur in the labelled sets, "spijt" is nearly
always in a career switcher's story, "vroeger" ("formerly") far less often. For
each term of each family attached to a theme of a set (``lexicon.attached``),
this counts the stories of the TUNING sets only (never a held-out set) that
contain it, ``n``, and how many of them the gold labels give that theme,
``pos``. Against the family's own rate ``p0`` (all its terms' stories
together), smoothed by ``M`` stories at that rate::

    factor = clamp(((pos + M·p0) / (n + M)) / p0, LOW, HIGH)

so a term seen once moves little, and a term seen often moves up to its own
precision. Factors are learned with the factors themselves off
(``TaggerConfig.weigh_lexicon``): which terms a story contains does not depend
on them, and the file does not depend on the file. ``M``, ``LOW`` and ``HIGH``
were chosen by leaving each tuning set out in turn (factors from the others,
scored on the one left out; ``docs/tagging-rounds.md``, round 9), and a factor
never lifts a term above an editor's keyword (``TaggerConfig.weigh_lexicon``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

from podium_tag import Tagger, TaggerConfig, lexicon
from podium_tag.features import extract

from . import evaluate

M = 5.0
LOW, HIGH = 0.3, 1.25
OUT = evaluate.ROOT / "plugins" / "podium_tag" / lexicon.WEIGHTS_FILE
HEADER = """\
# Written by `.venv/bin/python -m tests.tag.weigh` from the labelled tuning sets
# of tests/tag (never a held-out set): per lexicon family, language and term, the
# factor its weight is multiplied by. Do not edit by hand: add or remove terms in
# lexicon.yml and run the command again (a test checks that this file is current).
# A term not listed keeps its weight (factor 1.0); see tests/tag/weigh.py.
"""

Key = tuple[str, str, str]  # family, lang, term as written in lexicon.yml


def occurrences(directory: Path) -> Iterable[tuple[Key, bool]]:
    """(family, lang, term) of each lexicon term in each story of a set, and whether
    the story's gold labels include the theme the family is attached to."""
    themes, stories = evaluate.set_themes(directory), evaluate.labelled_stories(directory)
    config = TaggerConfig(weigh_lexicon=False)
    tagger = Tagger.fit(themes, [], config, corpus=[s.doc for s in stories])
    theme_of = {f.name: slug for slug, fs in lexicon.attached(tuple(themes)).items() for f in fs}
    keys: dict[str, dict[str, set[tuple[str, str]]]] = {}  # lang -> key -> (family, term)
    for story in stories:
        lang = story.doc.lang
        if lang not in keys:
            keys[lang] = {}
            for theme in themes:
                for term, family in lexicon.widened_terms(themes, theme, lang).items():
                    keys[lang].setdefault(lexicon.term_key(lang, term), set()).add((family, term))
        found = extract(story.doc, tagger.vocabulary(lang), tagger.config.field_weights())
        present = {ft for key in found.terms for ft in keys[lang].get(key, ())}
        for family, term in sorted(present):
            yield (family, lang, term), theme_of[family] in story.gold


def factors(directories: Sequence[Path]) -> dict[Key, float]:
    n: Counter = Counter()
    pos: Counter = Counter()
    family_n: Counter = Counter()
    family_pos: Counter = Counter()
    for directory in directories:
        for key, about in occurrences(directory):
            n[key] += 1
            pos[key] += about
            family_n[key[0]] += 1
            family_pos[key[0]] += about
    out = {}
    for key in sorted(n):
        p0 = family_pos[key[0]] / family_n[key[0]]
        if p0 <= 0:
            continue
        precision = (pos[key] + M * p0) / (n[key] + M)
        factor = round(min(HIGH, max(LOW, precision / p0)), 2)
        if factor != 1.0:
            out[key] = factor
    return out


def tuning_sets() -> list[Path]:
    return [d for part, _, d in evaluate.LABELLED if part in evaluate.TUNING]


def render(table: dict[Key, float]) -> str:
    nested: dict = {}
    for (family, lang, term), factor in sorted(table.items()):
        nested.setdefault(family, {}).setdefault(lang, {})[term] = factor
    body = yaml.safe_dump({"factors": nested}, allow_unicode=True, sort_keys=True, width=100)
    return HEADER + body


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    return write_or_check(OUT, render(factors(tuning_sets())), "weigh", args.check)


def write_or_check(out: Path, text: str, module: str, check: bool) -> int:
    """Write a data file the package reads, or with ``check`` say (exit 1) that the
    one there is not what ``python -m tests.tag.<module>`` would write."""
    if check:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != text:
            print(f"{out}: error: stale; run .venv/bin/python -m tests.tag.{module}",
                  file=sys.stderr)  # fmt: skip
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {len(text.splitlines())} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
