"""Link text that says nothing of where a link leads ("hier", "read more").

Screen readers list a page's links by their text alone ("hier, hier, lees
meer"), and search engines read it as the linked page's description; WCAG
2.4.4 asks for text that says where. A story's links (``podium_read.body``)
and a hand-written vacancy's (``podium_vacancies.html``) are checked alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# The English words hold all of Lighthouse's (its SEO audit "Links do not have
# descriptive text", core/audits/seo/link-text.js), which has no Dutch list: the
# Dutch ones are those words as Dutch writers put them. Compared case-folded,
# without punctuation; both languages everywhere (a Dutch writer's "click here"
# is as vague).
VAGUE_LINK_TEXT = frozenset({
    # English
    "here", "click here", "click", "click this", "tap here", "this", "this link", "this page",
    "link", "more", "read more", "learn more", "more info", "more information", "info",
    "information", "go", "start", "continue", "details", "right here", "see here", "see more",
    # Dutch
    "hier", "klik hier", "klik", "klik op deze link", "deze link", "via deze link",
    "deze pagina", "lees meer", "meer", "meer info", "meer informatie", "informatie",
    "verder", "lees verder", "verder lezen", "bekijk", "bekijk hier", "zie hier", "hierzo",
})  # fmt: skip
# A longer text made only of those words and the small words that join them
# ("klik hier voor meer", "read more about this") says no more; one word of its
# own ("lees meer over de stage", "Meer over ons") and it does. A joining word
# alone ("a", "naar") is not taken for one of them.
_VAGUE_CORE = frozenset(word for text in VAGUE_LINK_TEXT for word in text.split())
_VAGUE_WORDS = _VAGUE_CORE | {
    "voor", "over", "naar", "van", "de", "het", "een", "en", "of", "te", "om", "je", "u", "nu",
    "for", "about", "on", "to", "the", "a", "an", "and", "or", "you", "can", "now", "please",
}  # fmt: skip
_NOT_WORD = re.compile(r"[^\w\s]")


def _normalised(written: str) -> str:
    """A link's text as compared: case-folded, its punctuation and runs of
    whitespace as one space ("Hier!" is "hier")."""
    return " ".join(_NOT_WORD.sub(" ", written).casefold().split())


def _says_nothing(text: str) -> bool:
    """Whether a link's text (``_normalised``) says nothing of where it leads."""
    words = text.split()
    return _VAGUE_WORDS.issuperset(words) and not _VAGUE_CORE.isdisjoint(words)


def vague_links(links: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Of ``links`` (address, text as the reader sees it), those whose text says
    nothing, once per address and text ("Hier!" and "hier" to one page are one);
    one without an address has a warning of its own."""
    said: set[tuple[str, str]] = set()
    for href, written in links:
        key = (href, _normalised(written))
        if href.strip() and key not in said and _says_nothing(key[1]):
            said.add(key)
            yield href, written


def vague_message(written: str, href: str) -> str:
    """The warning's words for such a link, with a Markdown link to write instead."""
    shown = href if len(href) <= 120 else href[:117] + "..."
    return (
        f'link text "{" ".join(written.split())}" does not say where the link leads '
        "(screen readers list links by their text, search engines read it as the page's "
        f"description); write what the reader finds there, like [our vacancies]({shown})"
    )
