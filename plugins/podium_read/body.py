"""Render a story's Markdown body into safe, structured HTML.

Interviews are split into question/answer pairs *before* rendering, so the
templates can mark them up semantically; we never rewrite written HTML
afterwards. Everything an employee wrote is sanitised with an allowlist
(nh3): a pull request must not be able to put a script on the careers site.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field

import markdown
import nh3
from markupsafe import Markup

from podium.errors import Issue

_H2 = re.compile(r"^##(?!#)\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^(```|~~~)")
_TAGS = re.compile(r"<[^>]+>")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[A-Z0-9À-Ý\"“‘'])")
WORDS_PER_MINUTE = 220

# What employees may use in Markdown. No scripts, styles, forms, frames,
# event handlers; only web and mail links.
ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "del", "dd", "div", "dl", "dt",
    "em", "figcaption", "figure", "h2", "h3", "h4", "hr", "i", "img", "ins", "kbd", "li",
    "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "li": {"id"},
    "sup": {"id"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize(fragment: str) -> str:
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


@dataclass(frozen=True)
class QA:
    id: str
    question: Markup
    answer: Markup


@dataclass
class Body:
    html: Markup  # the whole story, for feeds
    intro: Markup  # interviews: text before the first question
    qa: list[QA] = field(default_factory=list)
    text: str = ""  # plain text, for summaries, quotes, tagging, search
    headings: list[str] = field(default_factory=list)
    blockquote: str | None = None
    issues: list[Issue] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def reading_minutes(self) -> int:
        return max(1, math.ceil(self.words / WORDS_PER_MINUTE))


class Renderer:
    """One reusable Markdown instance: building one per file is slow."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(
            extensions=["extra", "sane_lists", "toc"],
            extension_configs={"toc": {"slugify": _heading_id}},
            output_format="html",
        )

    def convert(self, text: str) -> str:
        self._md.reset()
        return sanitize(self._md.convert(text))

    def inline(self, text: str) -> str:
        out = self.convert(text).strip()
        return out[3:-4] if out.startswith("<p>") and out.endswith("</p>") else out

    def render(self, source: str, kind: str, path: str, body_line: int) -> Body:
        if kind != "interview":
            out = self.convert(source)
            return _finish(Body(Markup(out), Markup("")), out)
        intro_md, pairs = split_questions(source)
        intro = self.convert(intro_md) if intro_md.strip() else ""
        qa = []
        for n, (question, answer_md, _line) in enumerate(pairs, start=1):
            qa.append(QA(f"q{n}", Markup(self.inline(question)), Markup(self.convert(answer_md))))
        whole = intro + "".join(f'<h2 id="{p.id}">{p.question}</h2>\n{p.answer}\n' for p in qa)
        body = _finish(Body(Markup(whole), Markup(intro), qa), whole)
        body.headings = [_plain(p.question) for p in qa]
        if not qa:
            body.issues.append(
                Issue(
                    path,
                    body_line,
                    "an interview needs questions: start each question with '## ' on its own "
                    "line (## What do you do?), with the answer below it",
                )
            )
        for question, answer_md, line in pairs:
            if not answer_md.strip():
                body.issues.append(
                    Issue(path, body_line + line, f'the question "{question}" has no answer')
                )
        return body


def split_questions(source: str) -> tuple[str, list[tuple[str, str, int]]]:
    """Split Markdown at level-2 ATX headings outside code fences.

    Returns the intro and (question, answer, line offset) triples.
    """
    intro: list[str] = []
    pairs: list[tuple[str, list[str], int]] = []
    in_fence = False
    for i, line in enumerate(source.split("\n")):
        if _FENCE.match(line.strip()):
            in_fence = not in_fence
        m = None if in_fence else _H2.match(line)
        if m:
            pairs.append((m.group(1), [], i))
        elif pairs:
            pairs[-1][1].append(line)
        else:
            intro.append(line)
    return "\n".join(intro), [(q, "\n".join(a), n) for q, a, n in pairs]


def _finish(body: Body, whole_html: str) -> Body:
    body.text = _plain(whole_html)
    if not body.headings:
        body.headings = [_plain(h) for h in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", whole_html)]
    quote = re.search(r"<blockquote>(.*?)</blockquote>", whole_html, re.S)
    body.blockquote = _plain(quote.group(1)) if quote else None
    return body


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(_TAGS.sub(" ", fragment)).split())


def _heading_id(value: str, separator: str) -> str:
    from podium_read.schema import slugify

    return slugify(value)


def derive_summary(body: Body, limit: int = 220) -> str:
    """The first sentences of the story, up to ``limit`` characters."""
    source = _plain(body.intro) or (_plain(body.qa[0].answer) if body.qa else body.text)
    return _clip_sentences(source, limit)


def derive_quote(body: Body, avoid: str = "") -> str | None:
    """A pull quote: the first blockquote, else the first quotable sentence.

    Quotable: 8 to 30 words, not a question, not already in the summary
    (``avoid``) that stands right above it. Deterministic, so a rebuild never
    changes a card that nobody edited.
    """
    if body.blockquote:
        return _clip_sentences(body.blockquote, 220)
    texts = [_plain(p.answer) for p in body.qa] or [body.text]
    for text in texts:
        for sentence in _SENTENCE.split(text):
            n = len(sentence.split())
            if 8 <= n <= 30 and not sentence.endswith("?") and sentence not in avoid:
                return sentence.strip()
    return None


def _clip_sentences(text: str, limit: int) -> str:
    out = ""
    for sentence in _SENTENCE.split(text):
        if out and len(out) + len(sentence) + 1 > limit:
            break
        out = f"{out} {sentence}".strip()
    if len(out) > limit:
        out = out[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return out
