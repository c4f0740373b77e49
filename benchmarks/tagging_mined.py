"""Do words mined from OTHER companies' labelled stories help a new company? (issue 14)

    .venv/bin/python benchmarks/tagging_mined.py             # tuning sets, the grid
    .venv/bin/python benchmarks/tagging_mined.py --held-out  # the six held-out sets, once

Every labelled set maps its themes to the lexicon's families the way the tagger
does (``podium_tag.lexicon.attached``), so a label "this story is about theme T"
is also "about family F". Leave one company out: from the stories of all the
OTHER sets, mine per family and language the stems that are much more common in
stories about the family than in the others (smoothed log-odds, as
``podium_tag.learn`` does within one company), found in stories about the
family at ``min_companies`` companies or more; keep the ``top`` strongest;
give them to the left-out company's tagger as extra terms of the theme the
family is attached to, weighing ``weight`` (scaled by log-odds / 3), and score
that company cold, as ``tests.tag.evaluate`` does.

The grid runs on the tuning sets; the setting it picks is then run once on the
held-out sets. Nothing here changes the tagger: the result decides whether to
build it in (see ``docs/tagging-rounds.md``). The figures there are for the
round-5 tagger (99a7c63) and the six held-out sets of that time (``holdout4``
to ``holdout9``, named below); with a later tagger the script still runs but
gives other figures.
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from podium.text import FUNCTION_WORDS, STOPWORDS, stem, words  # noqa: E402
from podium_tag import Tagger  # noqa: E402
from podium_tag.learn import Learned, LearnedTerm  # noqa: E402
from podium_tag.lexicon import attached  # noqa: E402
from podium_tag.model import TaggerConfig  # noqa: E402
from tests.tag import evaluate as ev  # noqa: E402

TUNING = ("existing", "kade", "fresh", "holdout", "holdout2", "holdout3")
# The six held-out sets of the round-5 tagger when this was run (tuning data since).
HELD_OUT = ("holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9")
SMOOTHING = 0.5
MIN_POSITIVE = 4  # stories about the family that contain the stem, over all companies
FULL_LOG_ODDS = 3.0


@dataclass(frozen=True)
class Company:
    part: str
    themes: tuple
    stories: list[ev.EvalStory]
    family_theme: dict[str, str]  # family name -> the theme slug it is attached to
    stems: list[dict[str, Counter]]  # per story: stem -> its surface words


@dataclass(frozen=True)
class Setting:
    weight: float = 0.4
    min_log_odds: float = 1.5
    top: int = 30
    min_companies: int = 4


def companies() -> list[Company]:
    sets = [("existing", ev.load_themes(ev.THEMES_FILE), ev.eval_stories())]
    # Only the sets of that time: a later held-out set must not be mined from.
    sets += [(p, ev.set_themes(d), ev.labelled_stories(d))
             for p, _, d in ev.LABELLED if p in TUNING + HELD_OUT]  # fmt: skip
    out = []
    for part, themes, stories in sets:
        families = attached(tuple(themes))
        family_theme = {f.name: slug for slug, fs in families.items() for f in fs}
        out.append(Company(part, tuple(themes), stories, family_theme,
                           [_stems(s.doc) for s in stories]))  # fmt: skip
    return out


def _stems(doc) -> dict[str, Counter]:
    skip = STOPWORDS.get(doc.lang, frozenset()) | FUNCTION_WORDS.get(doc.lang, frozenset())
    out: dict[str, Counter] = {}
    for _, text in doc.fields():
        for w in words(text):
            if len(w) >= 4 and w not in skip and (w.isalpha() or "-" in w):
                out.setdefault(stem(doc.lang, w), Counter())[w] += 1
    return out


def mine(train: Sequence[Company], s: Setting) -> dict[tuple[str, str], list[tuple]]:
    """(family, lang) -> [(stem, surface word, log-odds)], strongest first."""
    pos: dict[tuple, Counter] = defaultdict(Counter)
    neg: dict[tuple, Counter] = defaultdict(Counter)
    n_pos: Counter = Counter()
    n_neg: Counter = Counter()
    seen_at: dict[tuple, set] = defaultdict(set)
    surfaces: dict[tuple, Counter] = defaultdict(Counter)
    for company in train:
        for family, slug in company.family_theme.items():
            for story, stems in zip(company.stories, company.stems, strict=True):
                key = (family, story.doc.lang)
                about = slug in story.gold
                (n_pos if about else n_neg)[key] += 1
                for st, ws in stems.items():
                    (pos if about else neg)[key][st] += 1
                    if about:
                        seen_at[key + (st,)].add(company.part)
                        surfaces[(story.doc.lang, st)].update(ws)
    a = SMOOTHING
    out = {}
    for key, total in n_pos.items():
        found = []
        for st, p in pos[key].items():
            if p < MIN_POSITIVE or len(seen_at[key + (st,)]) < s.min_companies:
                continue
            n = neg[key][st]
            lo = math.log((p + a) / (total - p + a)) - math.log((n + a) / (n_neg[key] - n + a))
            if lo >= s.min_log_odds:
                found.append((lo, st, surfaces[(key[1], st)].most_common(1)[0][0]))
        found.sort(reverse=True)
        out[key] = [(st, w, lo) for lo, st, w in found[: s.top]]
    return out


def tagger(company: Company, mined: dict, s: Setting) -> Tagger:
    corpus = [story.doc for story in company.stories]
    base = Tagger.fit(company.themes, [], corpus=corpus)
    learned = {}
    for lang in ("nl", "en"):
        singles = base.vocabulary(lang).singles
        terms, forms = [], []
        for family, slug in company.family_theme.items():
            for st, w, lo in mined.get((family, lang), ()):
                if st in singles:
                    continue  # already a keyword, name, description or lexicon term
                weight = round(s.weight * min(1.0, lo / FULL_LOG_ODDS), 3)
                terms.append(LearnedTerm(slug, lang, st, w, lo, 0, weight))
                forms.append((w, st))
        if terms:
            learned[lang] = Learned(tuple(terms), tuple(forms), {})
    shares = dict(base._shares)  # the same site shares as the plain tagger
    return Tagger(company.themes, TaggerConfig(), learned, shares) if learned else base


def counts(predict, stories) -> list[int]:
    scores = ev.score(predict, [s for s in stories if not s.train])
    return [sum(c.values()) for c in (scores.tp, scores.fp, scores.fn)]


def leave_one_out(all_sets: list[Company], targets: Sequence[str], s: Setting) -> dict:
    """Per target set: (mined counts, plain counts) as [tp, fp, fn]."""
    out = {}
    for i, company in enumerate(all_sets):
        if company.part not in targets:
            continue
        mined = mine([c for j, c in enumerate(all_sets) if j != i], s)
        plain = Tagger.fit(company.themes, [], corpus=[st.doc for st in company.stories])
        out[company.part] = (
            counts(ev.tagger_predict(tagger(company, mined, s)), company.stories),
            counts(ev.tagger_predict(plain), company.stories),
        )
    return out


def pooled(per: dict, which: int) -> tuple[float, float, float]:
    return ev.prf(*(sum(v[which][k] for v in per.values()) for k in range(3)))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--held-out", action="store_true", help="run the chosen setting once")
    args = parser.parse_args(argv)
    all_sets = companies()
    fmt = "P {:.3f} / R {:.3f} / F1 {:.3f}"
    if args.held_out:
        per = leave_one_out(all_sets, HELD_OUT, Setting())
        for part, (mined, plain) in per.items():
            print(f"{part:<10} mined {fmt.format(*ev.prf(*mined))}   "
                  f"tagger {fmt.format(*ev.prf(*plain))}")  # fmt: skip
        print(f"pooled     mined {fmt.format(*pooled(per, 0))}   "
              f"tagger {fmt.format(*pooled(per, 1))}")  # fmt: skip
        return
    grid = itertools.product((0.2, 0.3, 0.4, 0.5), (1.5, 2.0, 2.5), (20, 30, 60), (3, 4))
    plain = None
    for weight, lo, top, at in grid:
        per = leave_one_out(all_sets, TUNING, Setting(weight, lo, top, at))
        plain = plain or pooled(per, 1)
        print(f"weight {weight} log-odds {lo} top {top} companies {at}: "
              f"{fmt.format(*pooled(per, 0))}", flush=True)  # fmt: skip
    print(f"the tagger as it is: {fmt.format(*plain)}")


if __name__ == "__main__":
    main()
