"""Rank vacancies for stories and stories for vacancies, near-linearly.

A story links to a vacancy because an editor said so (explicit), because
the author works in the team that hires (team), because they share a
recruitment theme, or because their words overlap (TF-IDF cosine). Only
vacancies reachable through an inverted index (same team, a shared theme, a
shared distinctive term) are scored at all, so the work grows with the
number of stories times a small constant, never with stories x vacancies.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from podium.text import STOPWORDS, stem, words

EXPLICIT = 100.0  # editors' choices always rank first, in their order
TEAM = 3.0
THEME = 2.0
TEXT = 4.0  # times the cosine similarity (0..1)
MIN_SCORE = 2.0  # at least a shared theme, or a team, or strong text overlap
TOP_TERMS = 25  # a story's most distinctive terms that are looked up


@dataclass(frozen=True)
class Linkable:
    """What linking needs of a story or a vacancy."""

    key: str
    lang: str
    team: str | None
    themes: tuple[str, ...]
    text: str
    explicit: tuple[str, ...] = ()  # stories only: vacancy ids chosen by hand


@dataclass(frozen=True)
class Link:
    key: str  # the other side: a vacancy id, or a story key
    score: float
    reasons: tuple[str, ...]  # "explicit", "team", "theme:<slug>", "text"


def terms(item: Linkable) -> Counter:
    """Stem counts of the item's words, stop words and short words left out.

    Each distinct word is stemmed once and counted with its number of
    occurrences (a story has about a third as many distinct words as words);
    stems come in the order their first word does, as when counted one by one.
    """
    stop = STOPWORDS.get(item.lang, frozenset())
    out: Counter = Counter()
    for word, n in Counter(words(item.text)).items():
        if word not in stop and len(word) > 2:
            out[stem(item.lang, word)] += n
    return out


def _known_terms(item: Linkable, known: dict, seen: dict[str, dict[str, str | None]]) -> Counter:
    """``terms(item)`` without the terms ``known`` lacks, which the TF-IDF vector drops anyway.

    Stories share most of their words, so each distinct word of a language is
    looked at once per build (``seen``), not once per story.
    """
    stop = STOPWORDS.get(item.lang, frozenset())
    memo = seen.setdefault(item.lang, {})
    out: Counter = Counter()
    for word, n in Counter(words(item.text)).items():
        try:
            term = memo[word]
        except KeyError:
            term = stem(item.lang, word) if word not in stop and len(word) > 2 else None
            memo[word] = term = term if term in known else None
        if term is not None:
            out[term] += n
    return out


class _TfIdf:
    """TF-IDF vectors over the vacancies; stories are projected onto them."""

    def __init__(self, docs: Sequence[Counter]):
        df: Counter = Counter()
        for doc in docs:
            df.update(doc.keys())
        n = len(docs) or 1
        self.idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}

    def vector(self, counts: Counter) -> dict[str, float]:
        vec = {t: (1 + math.log(c)) * self.idf[t] for t, c in counts.items() if t in self.idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}


def link_stories(
    stories: Iterable[Linkable], vacancies: Sequence[Linkable], limit: int = 3
) -> dict[str, list[Link]]:
    """For each story key, its ranked vacancy links (at most ``limit`` beyond explicit ones)."""
    vac_terms = [terms(v) for v in vacancies]
    tfidf = _TfIdf(vac_terms)
    vac_vectors = [tfidf.vector(t) for t in vac_terms]
    by_team: dict[str, list[int]] = defaultdict(list)
    by_theme: dict[str, list[int]] = defaultdict(list)
    by_term: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, vacancy in enumerate(vacancies):
        if vacancy.team:
            by_team[vacancy.team].append(i)
        for theme in vacancy.themes:
            by_theme[theme].append(i)
        for term, weight in vac_vectors[i].items():
            by_term[term].append((i, weight))
    index_of = {v.key: i for i, v in enumerate(vacancies)}

    out: dict[str, list[Link]] = {}
    seen: dict[str, dict[str, str | None]] = {}  # per language: word -> its term, if known
    for story in stories:
        scores: dict[int, float] = defaultdict(float)
        reasons: dict[int, list[str]] = defaultdict(list)
        for i in by_team.get(story.team or "", ()):
            scores[i] += TEAM
            reasons[i].append("team")
        for theme in story.themes:
            for i in by_theme.get(theme, ()):
                scores[i] += THEME
                reasons[i].append(f"theme:{theme}")
        vector = tfidf.vector(_known_terms(story, tfidf.idf, seen))
        top = sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]
        cosine: dict[int, float] = defaultdict(float)
        for term, weight in top:
            for i, vweight in by_term.get(term, ()):
                cosine[i] += weight * vweight
        for i, cos in cosine.items():
            if cos >= 0.05:
                scores[i] += TEXT * cos
                reasons[i].append("text")
        links = [
            Link(vacancies[index_of[vid]].key, EXPLICIT - n, ("explicit",))
            for n, vid in enumerate(story.explicit)
            if vid in index_of
        ]
        chosen = {link.key for link in links}
        ranked = sorted(
            (i for i, s in scores.items() if s >= MIN_SCORE and vacancies[i].key not in chosen),
            key=lambda i: (-scores[i], vacancies[i].key),
        )
        links += [
            Link(vacancies[i].key, round(scores[i], 3), tuple(reasons[i])) for i in ranked[:limit]
        ]
        out[story.key] = links
    return out


def invert(links: dict[str, list[Link]], limit: int | None = None) -> dict[str, list[Link]]:
    """Vacancy id -> its stories, best first (at most ``limit``), from the story ->
    vacancy links. Uncapped by default: ``vacancies.json`` lists them all, and the
    vacancy page picks its few (``podium_render.vacancy_pages``)."""
    out: dict[str, list[Link]] = defaultdict(list)
    for story_key, story_links in links.items():
        for link in story_links:
            out[link.key].append(Link(story_key, link.score, link.reasons))
    return {
        vid: sorted(items, key=lambda link: (-link.score, link.key))[:limit]
        for vid, items in out.items()
    }
