"""Tag a whole site at once: the stories and the vacancies, with one tagger.

Pelican-free, so the build's tag step and ``podium report`` give the same
themes to the same stories: the tagger learns from every story with explicit
themes, then tags every story and every vacancy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from podium.prompts import is_stock_question
from podium.settings import SITE_TITLE
from podium_read.themes import Theme

from .features import Doc
from .meaning import VectorStore, html_paragraphs
from .model import Tagger, TaggerConfig, ThemeTag
from .store import PerStory


@dataclass(frozen=True)
class Tagging:
    tagger: Tagger | None  # None when the tags came from the build cache (store.py)
    stories: tuple[list[ThemeTag], ...]  # one per doc given, in that order
    vacancies: dict[str, list[ThemeTag]]  # by vacancy id


def site_config(settings: Any) -> TaggerConfig:
    """The tagger's configuration for a hub (``settings``: podium's PodiumSettings):
    its own names, SITENAME without "Werken bij" and the employer's name."""
    site = SITE_TITLE.sub("", settings.site_name)
    names = dict.fromkeys(n for n in (site, settings.brand.name) if n.strip())
    return TaggerConfig(own_names=tuple(names), meaning=bool(settings.tag_meaning))


def story_doc(story: Any, headings, text: str, quote: str | None, html: str | None = None) -> Doc:
    """What the tagger reads of a story (``story`` is podium_read's Story): its
    headings without the stock questions every interview starts with, which
    gave every one of a new hub's interviews the words in them ("geleerd").
    ``html``: the story's body as rendered, whose paragraphs the similarity in
    meaning reads (only with PODIUM_TAG_MEANING)."""
    return Doc(
        paragraphs=html_paragraphs(story.title, html) if html is not None else (),
        lang=story.lang,
        title=story.title,
        quote=quote or "",
        headings=tuple(h for h in headings if not is_stock_question(h)),
        body=text,
        explicit_themes=tuple(story.themes),
    )


def vacancy_doc(vacancy: Any) -> Doc:
    """What the tagger reads of a vacancy (podium_vacancies' Vacancy)."""
    return Doc(
        lang=vacancy.lang,
        title=vacancy.title,
        body=vacancy.description_text,
        explicit_themes=tuple(vacancy.themes),
    )


def tag_all(
    themes: Sequence[Theme],
    docs: Sequence[Doc],
    vacancies: Iterable[Any],
    kept: PerStory | None = None,
    config: TaggerConfig | None = None,
    vectors: VectorStore | None = None,
) -> Tagging:
    """Fit on the hand-tagged stories among ``docs``, then tag every story and vacancy.

    ``kept`` (the build's tag store) gives back what an unchanged story
    contributed to the previous build, so only changed stories are read again,
    and (with PODIUM_TAG_MEANING) the stories' vectors, unless ``vectors`` does;
    ``config`` is ``site_config``'s (default: a hub without a name).
    """
    # Every story is the corpus: words that most stories share are not evidence.
    labelled = [doc for doc in docs if doc.explicit_themes]
    if vectors is None and kept is not None and config is not None and config.meaning:
        vectors = kept.vectors()
    tagger = Tagger.fit(themes, labelled, config, corpus=list(docs), memo=kept, vectors=vectors)
    vacancies = list(vacancies)
    vacancy_docs = [vacancy_doc(v) for v in vacancies]
    if kept is not None and themes:
        every = kept.tag(tagger, [*docs, *vacancy_docs])
    else:  # without themes, a vacancy still keeps the themes its feed gave it
        every = [tagger.tag(doc) if themes else [] for doc in docs]
        every += [tagger.tag(doc) for doc in vacancy_docs]
    vacancy_tags = {v.id: tags for v, tags in zip(vacancies, every[len(docs) :], strict=True)}
    return Tagging(tagger, tuple(every[: len(docs)]), vacancy_tags)
