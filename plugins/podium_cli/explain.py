"""How the tagger decided: ``podium tag --explain`` and the PR ``::notice`` lines.

An editor who misses a theme on a story (or a recruiter on a vacancy) wants to
see every theme's score, the bar it had to reach and the words it rested on,
each with where the term came from (the theme's keyword, name or description,
the lexicon, or a term learned from hand-tagged stories).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from podium.errors import escape_data, escape_property, one_line
from podium_tag import Doc, Tagger, Theme, ThemeScore, ThemeTag, decision
from podium_tag.features import as_written
from podium_tag.review import Suggestion
from podium_tag.tagging import vacancy_doc
from podium_vacancies import Vacancy
from podium_vacancies.stale import CLOSE_DAYS

BAR_WIDTH = 30


# The most of one evidence word shown: a 2,100-letter compound in a story made a
# 4,000-character --explain line and ::notice, where one readable line is promised.
WORD_SHOWN = 40


def shown_word(word: str) -> str:
    """An evidence word as printed: cut to WORD_SHOWN characters, "…" where it goes on."""
    return word if len(word) <= WORD_SHOWN else word[: WORD_SHOWN - 1] + "…"


def evidence_text(words: Sequence[str], sources: Sequence[str]) -> str:
    """Each evidence word with where its term came from: "stage (keyword), app (lexicon)"."""
    return ", ".join(f"{shown_word(w)} ({s})" for w, s in zip(words, sources, strict=False)) or "-"


def score_and_bar(score: float, bar: float) -> tuple[str, str]:
    """The score and the bar as printed side by side: two decimals, or four when a
    score under its bar would print equal to it ("2.15 ... no (bar 2.15)" reads as
    a theme refused at its own bar). Scores are rounded to four decimals, so four
    always tell them apart."""
    shown, needed = f"{score:.2f}", f"{bar:.2f}"
    if score < bar and shown == needed:
        return f"{score:.4f}", f"{bar:.4f}"
    return shown, needed


# Under the scores: how to read the chart and where each evidence word came from
# (the README explains the same; an editor running --explain may not have it open).
LEGEND = (
    "chart: █ the score, | the bar it must reach; each word's source: keyword, name or "
    "description (the theme's own entries in themes.yml), lexicon (a related word from "
    "Podium's lexicon for the theme's family), learned (from hand-tagged stories)"
)


def one_line_themes(tags: Sequence[ThemeTag]) -> str:
    return "; ".join(f"{t.slug} ({t.source}, {t.score:.2f})" for t in tags) or "no themes"


# Why a story that is tagged is on no theme page today (Story.publication).
UNLISTED = {
    "draft": "draft: on no page until its status is published",
    "scheduled": "scheduled: on its theme pages from its date",
    "consent-ended": "consent ended: on no page, its URL is a tombstone",
    "alumni-unpublished": "alumni, unpublished: on no page, its URL is a tombstone",
}


def story_label(path: str, lang: str, publication: str = "published") -> str:
    """The story's path, language and, unless it is published, why it is on no page."""
    why = UNLISTED.get(publication)
    return f"{one_line(path)} ({lang}{', ' + why if why else ''})"


def explain_story(
    path: str,
    doc: Doc,
    themes: Sequence[Theme],
    tagger: Tagger,
    publication: str = "published",
) -> str:
    return explain_doc(story_label(path, doc.lang, publication), doc, themes, tagger)


def vacancy_name(vacancy: Vacancy) -> str:
    """A vacancy as ``podium tag`` names it: its file and its id (an ATS
    snapshot holds many)."""
    return f"{one_line(vacancy.source)}, vacancy {one_line(vacancy.id)}"


def vacancy_unlisted(vacancy: Vacancy, today: dt.date, stale: bool = False) -> str | None:
    """Why a vacancy is on no theme page today (they list the open ones), or None.
    ``stale``: closed by the build because its feed's pulls fail
    (``podium_vacancies.stale``), not by its own dates or its feed."""
    if vacancy.is_open(today):
        return None
    if vacancy.is_scheduled(today):
        return f"scheduled: on its theme pages from {vacancy.date_posted}"
    since = vacancy.closed_on(today)
    when = f" since {since}" if since else ""
    if vacancy.valid_through is not None and vacancy.valid_through < today:
        why = "its valid_through has passed"
    elif stale:
        why = f"its feed's pulls fail and it was not pulled for {CLOSE_DAYS} days"
    else:
        why = "it has gone from its feed"
    return f"closed{when}, {why}: on no theme page"


def explain_vacancy(
    vacancy: Vacancy, themes: Sequence[Theme], tagger: Tagger, why: str | None = None
) -> str:
    """``explain_story`` for a vacancy: the Doc the build tags it by (``vacancy_doc``);
    ``why``: ``vacancy_unlisted``'s."""
    label = f"{vacancy_name(vacancy)} ({vacancy.lang}{', ' + why if why else ''})"
    return explain_doc(label, vacancy_doc(vacancy), themes, tagger, kind="vacancy")


def explain_doc(
    label: str,
    doc: Doc,
    themes: Sequence[Theme],
    tagger: Tagger,
    kind: str = "story",
) -> str:
    """Every theme's score, bar and evidence for ``doc``, under ``label``; ``kind``
    (story, vacancy) names what was read where its length counts."""
    scores = tagger.scores(doc, all_evidence=True)
    tags = {t.slug: t for t in tagger.tag(doc)}
    cfg = tagger.config
    best = max((s.score for s in scores), default=0.0)
    # Under the hand rule, the bar most themes share (a theme few of the site's
    # stories reach has a lower floor, ``Tagger.floors``, shown on its own line);
    # the learned decision gives every theme a bar of its own.
    bar = None if cfg.decision else tagger.bar(best)
    top = max([best, bar or 0.0, 1e-9] + [s.bar for s in scores])
    width = max([len(t.slug) for t in themes] + [5])
    scale = scores[0].scale if scores else 1.0
    terms = f"{cfg.min_terms} different terms (a phrase counts {cfg.phrase_terms})"
    if cfg.decision:
        # Each theme has its own bar: the score at which the learned model would
        # tag it, the rest of its evidence as it is (podium_tag/decision.py).
        lines = [
            label,
            "each theme's bar is learned from labelled stories: the score at which it would "
            f"be tagged, given where its words came from, its lexicon family, the {kind}'s "
            f"length and its other themes; never under {cfg.lowest_bar:.2f} nor over "
            f"{cfg.relative_cap:.2f}; a theme also needs {terms}",
        ]
    else:
        lines = [
            label,
            f"bar {bar:.2f}: at least {cfg.threshold:.2f}, and {cfg.relative:.0%} of the "
            f"strongest theme ({best:.2f}) up to {cfg.relative_cap:.2f}; a theme also needs "
            f"{terms}",
        ]
    floors = tagger.floors
    if floors and not cfg.decision:
        share = f"{cfg.theme_share:.0%}"
        lines.append(
            f"lower floors, for themes fewer than {share} of the site's stories reach: "
            + ", ".join(f"{slug} {floors[slug]:.2f}" for slug in sorted(floors))
        )
    if scores and scores[0].meaning is not None:
        lines.append(meaning_gate(cfg.max_auto, kind))
    if scale != 1.0:  # why the same words score differently in another story
        size = "a very short" if scale > 1 else "a long"
        lines.append(f"scores x{scale:.2f}: {size} {kind} (length is part of the score)")
    lines.append(LEGEND)
    lines.append("")
    for s in sorted(scores, key=lambda s: (-s.score, s.slug)):
        mark = round(s.bar / top * BAR_WIDTH)
        filled = round(s.score / top * BAR_WIDTH)
        # Rounded apart, 1.74 against a bar of 1.72 drew the bar's "|" just past
        # the score, as if it fell short: a score that reaches its bar covers
        # the bar's cell, and one under it stops before.
        filled = max(filled, mark + 1) if s.score >= s.bar else min(filled, mark)
        chart = "".join(
            "█" if i < filled else ("|" if i == mark else "·") for i in range(BAR_WIDTH + 1)
        )
        tag = tags.get(s.slug)
        if tag is not None:
            verdict = tag.source
        elif s.score >= s.bar:
            # "max themes" named no number, and the README none either.
            verdict = (
                f"no: only {s.terms} term"
                if s.terms < cfg.min_terms
                else f"no: {cfg.max_auto} surer themes (a story gets at most {cfg.max_auto})"
            )
        else:
            verdict = "no"
        score, needed = score_and_bar(s.score, s.bar)
        # The shared bar is in the header; a theme's own bar, or one that needs
        # more decimals than the header shows, is on its line.
        own = f" (bar {needed})" if s.bar != bar or needed != f"{s.bar:.2f}" else ""
        lines.append(f"{s.slug:<{width}} {score:>6} {chart} {verdict}{own}")
        written = as_written(doc, s.evidence)
        shown = evidence_text(written, s.sources)
        if s.meaning is not None:
            similar = f"similarity {s.meaning[0]:.4f}, z {s.meaning[1]:+.2f} (meaning)"
            shown = similar if shown == "-" else f"{shown}, {similar}"
        lines.append(f"{'':<{width}}        evidence: {shown}")
        if s.chance is not None:
            may = cfg.limits(s.score, s.terms)[0]
            lines.append(f"{'':<{width}}        {gate_text(s, may)}")
    return "\n".join(lines)


def meaning_gate(max_auto: int, kind: str) -> str:
    """The header line of the similarity in meaning's gate (PODIUM_TAG_MEANING)."""
    model = decision.model(meaning=True)
    return (
        "with the similarity in meaning (PODIUM_TAG_MEANING): the decision also reads how "
        f"close the {kind} is in meaning to each theme; of its {max_auto} likeliest themes, "
        f"one within the limits above is tagged at a chance of {model.threshold:.2f}, one "
        f"outside them at {model.outside:.2f}"
    )


def gate_text(s: ThemeScore, may: bool) -> str:
    """A theme's chance and the gate that applied to it (``may``: within the limits)."""
    if s.gate is None:
        return f"chance 1.00: {s.score:.2f} on enough terms is a theme whatever the model says"
    where = "within the limits" if may else "outside the limits"
    sign = ">=" if (s.chance or 0.0) >= s.gate else "<"
    return f"chance {s.chance:.2f} {sign} {s.gate:.2f}, the gate {where}"


# A story with no theme at all, none close: no theme page lists it, which the
# reviewer must hear before merging (it got no notice, so nothing was said).
NO_THEME = (
    "no theme: none reached its bar or came close, so no theme page will list this story "
    "(add themes: [slug] to its front matter if one fits)"
)


def notice_message(
    tags: Sequence[ThemeTag],
    near: Sequence[Suggestion] = (),
    bars: Mapping[str, float] | None = None,
    listed: bool = True,
) -> str | None:
    """The automatic themes and the themes the story came close to
    (``podium_tag.review``: the reviewer may add one by hand); ``NO_THEME`` for a
    story with no theme and none close that a theme page could list (``listed``:
    not a tombstone), else None when there are neither. ``bars``: each theme's
    bar for this story, printed beside its score (a bare "7.40" told the reviewer
    nothing of how sure it was)."""
    auto = [t for t in tags if t.source == "auto"]
    parts = []
    if auto:
        found = []
        for t in auto:
            if bars and t.slug in bars:
                score, bar = score_and_bar(t.score, bars[t.slug])
                shown = f"{score}, bar {bar}"
            else:
                shown = f"{t.score:.2f}"
            found.append(f"{t.slug} {shown} ({', '.join(map(shown_word, t.evidence[:4]))})")
        parts.append("automatic themes: " + "; ".join(found))
    if near:
        # Closest first: the one most worth a reviewer's look leads.
        ranked = sorted(near, key=lambda s: (-s.share, s.theme))
        close = [
            f"{s.theme} {s.note} ({', '.join(map(shown_word, s.evidence[:4]))})" for s in ranked
        ]
        parts.append("close to: " + "; ".join(close) + " (add by hand if it fits)")
    if not parts and not tags and listed:
        return NO_THEME
    return " | ".join(parts) if parts else None


def github_notice(
    path: str,
    tags: Sequence[ThemeTag],
    near: Sequence[Suggestion] = (),
    bars: Mapping[str, float] | None = None,
    listed: bool = True,
) -> str | None:
    """``notice_message`` as a workflow ``::notice`` on the story, or None."""
    message = notice_message(tags, near, bars, listed)
    if message is None:
        return None
    # Escaped as Issue.format_github escapes: a file named "a, b: c.md" would end
    # file= early, and a line break in a name would start a second, forged command.
    where = escape_property(path)
    return f"::notice file={where},line=1,title=Podium themes::{escape_data(message)}"
