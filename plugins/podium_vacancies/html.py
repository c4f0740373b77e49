"""Turn vacancy descriptions (Markdown or ATS HTML) into safe HTML and plain text.

Descriptions come from people we do not control (recruiters typing in an
ATS, feeds we fetch), and end up verbatim on the careers site, so they go
through an allowlist sanitiser: no scripts, styles, event handlers,
``javascript:`` links or images (tracking pixels, hot-linked files).
"""

from __future__ import annotations

import re
import threading
from html import escape
from html.parser import HTMLParser

import markdown
import nh3

from podium import linktext
from podium.markup import (
    SHARE_PATH,
    backslashed,
    followed_link,
    hidden_host,
    on_a_share,
    raw_text_closed,
    shift_headings,
    unwrap_bare_links,
)
from podium.mdtables import TableHeads

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "ul", "ol", "li", "strong", "b", "em", "i", "u", "a",
        "h2", "h3", "h4", "h5", "h6", "blockquote", "div",
        "table", "thead", "tbody", "tr", "th", "td",
    }
)  # fmt: skip
# Removed with their content, not just unwrapped: their text is code or markup.
DROP_WITH_CONTENT = frozenset(
    {"script", "style", "template", "iframe", "object", "noscript", "svg", "math"}
)
_BLOCKS = frozenset(
    {"p", "br", "li", "ul", "ol", "div", "tr", "blockquote", "hr"} | {f"h{i}" for i in range(1, 7)}
)
# The vacancy title is the page's only <h1>; a description's own h1 becomes h2.
_H1 = re.compile(r"<(/?)h1\b", re.IGNORECASE)
# Blocks an ATS writes that the allowlist has no place for become a <div>:
# unwrapped, their words ran into one on the page and in search
# ("<dt>Werktijd</dt><dd>Van negen</dd>" read "WerktijdVan negen").
_OTHER_BLOCK = re.compile(
    r"<(/?)(?:address|article|aside|center|dd|details|dialog|dl|dt|fieldset|figcaption|figure"
    r"|footer|header|hgroup|legend|main|nav|pre|search|section|summary)(?=[\s/>])",
    re.IGNORECASE,
)


_OPTIONS = {
    "tags": set(ALLOWED_TAGS),
    "clean_content_tags": set(DROP_WITH_CONTENT),
    "attributes": {"a": {"href", "title"}, "td": {"colspan"}, "th": {"colspan", "scope"}},
    "url_schemes": {"http", "https", "mailto"},
    "link_rel": "noopener noreferrer",
    "strip_comments": True,
}


def _keep(tag: str, attr: str, value: str) -> str | None:
    if (tag, attr) != ("a", "href"):
        return value
    if _PELICAN_TARGET.match(value):
        # "{static}/files/brochure.pdf" was published as that very address, a
        # link that leads nowhere (``dropped`` warns); the text stays.
        return None
    # "\\evil.example" is "//evil.example" to a browser, another site: the page
    # says what readers are led to (as a story's does; ``dropped`` warns).
    return followed_link(value)


_OPTIONS["attribute_filter"] = _keep
# One sanitiser for every description: nh3.clean would build it again per call.
_CLEANER = nh3.Cleaner(**_OPTIONS)


def sanitise(html: str, base: str | None = None) -> str:
    """Allowlisted HTML: safe to embed in a page; links get rel="noopener noreferrer".

    ``base``: the address the HTML was written for (an ATS post's page). A
    recruiter's ``<a href="/benefits">`` means the ATS site's page; left as
    it is, on the hub it would point at the hub's own domain and 404.
    """
    cleaner = (
        _CLEANER
        if base is None
        else nh3.Cleaner(**_OPTIONS, url_relative=("rewrite_with_base", base))
    )
    # A link whose address the sanitiser left out is its text (``dropped`` warns).
    html = _OTHER_BLOCK.sub(r"<\1div", _H1.sub(r"<\1h2", html))
    cleaned = unwrap_bare_links(cleaner.clean(html).strip())
    return shift_headings(cleaned, 2)


def base_refused(base: str) -> str | None:
    """Why the sanitiser cannot resolve links against ``base``, or None.

    Its URL parser follows the WHATWG standard, as browsers do, and refuses
    some addresses Python's ``urlsplit`` takes ("https://a|b/", "https://xn--/",
    "https://999.999.999.999/"): a post with such an address was skipped as
    "unexpected data (invalid url_relative base URL ...)"."""
    try:
        nh3.Cleaner(**_OPTIONS, url_relative=("rewrite_with_base", base))
    except ValueError as exc:
        return str(exc).rpartition(": ")[2] or "no address"
    return None


# Where a block of sanitised HTML ends: a cut there leaves whole paragraphs.
_BLOCK_END = re.compile(r"</(?:p|li|ul|ol|h[2-6]|blockquote|div|table|tr)>|<(?:br|hr)>")


def cut(html: str, limit: int) -> tuple[str, bool]:
    """Sanitised ``html`` cut to at most ``limit`` characters, and whether the
    cut fell after a whole block (paragraph, list item, heading, ...).

    The cut goes after the last block end that fits; where a single block
    holds more than fits, at the last space outside a tag, with "…" to say
    the text goes on. The sanitiser then closes what the cut left open
    (a list, a table), which may take a few characters more: then it cuts
    earlier.
    """
    budget = limit
    while budget > 0:
        ends = [m.end() for m in _BLOCK_END.finditer(html, 0, budget)]
        if ends:
            piece, whole = html[: ends[-1]], True
        else:
            at = html.rfind(" ", 0, budget)
            while at > 0 and html.rfind("<", 0, at) > html.rfind(">", 0, at):
                at = html.rfind(" ", 0, html.rfind("<", 0, at))
            piece, whole = (html[:at].rstrip() + " …" if at > 0 else ""), False
        result = sanitise(piece)
        if len(result) <= limit:
            return result, whole
        budget -= len(result) - limit
    return "", False


# Elements that hold no others, and those whose end tag may be left out (a
# new <li> or <p> ends the last): neither makes a document deeper.
_NO_DEPTH = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot",
        "option", "optgroup", "colgroup", "caption", "rt", "rp",
    }
)  # fmt: skip
_FORMATTING = frozenset(
    {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
     "tt", "u"}
)  # fmt: skip
# Tag names only, no attributes: "[^>]*" would rescan to the end of a
# document at each "<" of one full of "<a" without a ">".
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")


def nesting_depth(html: str, stop: int) -> int:
    """How deep ``html`` nests its elements, counted up to ``stop``; in one
    linear pass, before any parser sees it.

    The sanitiser's HTML parser (html5ever, in nh3) takes time that grows
    with the square of the depth: a feed post of 100,000 unclosed ``<div>``
    (500 kB) took 20 s, and a 10 MB feed of them hours of the nightly job.
    Leaving out the elements of ``_NO_DEPTH`` counts a list or a table a few
    times less deep than the parser builds it, and never a tidy document deeper.
    """
    stack: list[str] = []
    open_count: dict[str, int] = {}
    deepest = 0
    for match in _TAG.finditer(html):
        name = match.group(2).lower()
        if name in _NO_DEPTH:
            continue
        if not match.group(1):
            stack.append(name)
            open_count[name] = open_count.get(name, 0) + 1
            deepest = max(deepest, len(stack))
            if deepest >= stop:
                return deepest
        elif open_count.get(name) and (stack[-1] == name or name not in _FORMATTING):
            # An end tag closes its element and whatever was left open inside it;
            # but one of a formatting element with others open inside it
            # ("<a><div>x</a>") closes nothing: the parser keeps them open and
            # copies the element into them, which nests deeper at each repeat.
            while True:
                inner = stack.pop()
                open_count[inner] -= 1
                if inner == name:
                    break
    return deepest


# One converter per thread, reset before each description, as the stories'
# Renderer keeps one (podium_read.body): building one per description (its
# extensions, processors and patterns) was half of a vacancy's Markdown time.
_converters = threading.local()


def markdown_html(text: str) -> str:
    """Markdown as Python-Markdown writes it: not yet sanitised (``sanitise``)."""
    md = getattr(_converters, "md", None)
    if md is None:
        # "tables": a description keeps tables (README), hand-written ones included.
        # TableHeads: a header cell is a sentence of its own in a search excerpt.
        extensions = ["sane_lists", "tables", TableHeads()]
        md = _converters.md = markdown.Markdown(extensions=extensions, output_format="html")
    # reset(): nothing of the last description (a reference link's target)
    # reaches this one, even when that one's conversion failed halfway.
    # raw_text_closed: a <script> line without its end tag took every line
    # after it along, left out unsaid (dropped() names the <script> itself).
    return md.reset().convert(raw_text_closed(text)[0])


# What the sanitiser removes with a writer's content in it; a tag it only
# unwraps (<span>, <code>) keeps its text and is no loss worth a warning.
_LOST = DROP_WITH_CONTENT | {"img", "video", "audio", "picture", "embed", "form", "input"}
_TAG_NAME = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)")
_PELICAN_LINK = re.compile(r'href="(\{(?:static|attach|filename)\}[^"]*)"')
_PELICAN_TARGET = re.compile(r"\{(?:static|attach|filename)\}")


def dropped(raw: str) -> list[str]:
    """What a hand-written description loses on the page, one reason each, from
    its ``markdown_html`` (before ``sanitise``).

    An image, an embedded video or a form vanished without a word, and a
    ``{static}`` link (a story's syntax) went out as a broken address; a link
    written with a backslash led elsewhere than it read (``as_browsers_read``), and
    one to javascript: or file: lost its address, its text left as it was."""
    lost = sorted({m.lower() for m in _TAG_NAME.findall(raw)} & _LOST)
    out = [
        f"<{tag}> is not published in a vacancy (only text, headings, lists, tables and "
        "links are); describe it in words, or link it"
        for tag in lost
    ]
    if "href" in raw:
        links = _Hrefs()
        links.feed(raw)
        links.close()
        for href in dict.fromkeys(links.hrefs):
            # The sanitiser itself decides (javascript:, file:, an address it
            # cannot read): the page kept the link's text, without a word.
            if (":" in href or "[" in href) and "href=" not in _CLEANER.clean(
                f'<a href="{escape(href, quote=True)}">x</a>'
            ):
                shown = href if len(href) <= 80 else href[:77] + "..."
                out.append(
                    f'link "{shown}" is left out of the page: a link in a vacancy goes to an '
                    "http:// or https:// address, mailto: or a path on this site"
                )
            elif SHARE_PATH.match(href):
                out.append(on_a_share("link", href, "give the full https:// address of a page"))
            elif (backslash := backslashed("link", href)) is not None:
                out.append(backslash)
            elif (hidden := hidden_host("link", href)) is not None:
                out.append(hidden)
    for link in dict.fromkeys(_PELICAN_LINK.findall(raw)):
        shown = link if len(link) <= 80 else link[:77] + "..."
        out.append(
            f'link "{shown}" cannot work in a vacancy ({{static}} and {{filename}} are for '
            "stories), so the link is left out and its text stays; give the full https:// address"
        )
    return out


def vague_links(body: str) -> list[str]:
    """A note for each link of a hand-written description (as ``sanitise`` left
    it: a link it took the address of is no link) whose text says nothing of
    where it leads ("klik hier", "lees meer"), as a story's links get
    (``podium.linktext.vague_links``)."""
    if "href" not in body:
        return []
    links = _Hrefs()
    links.feed(body)
    links.close()
    return [linktext.vague_message(text, href) for href, text in linktext.vague_links(links.texts)]


class _Hrefs(HTMLParser):
    """Every link's href, as written (character references read), and each
    link's address with its text (``texts``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.texts: list[tuple[str, str]] = []
        self._open: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            found = [v for k, v in attrs if k == "href" and v]
            self.hrefs += found
            self._open = (found[0], []) if found else None

    def handle_data(self, data):
        if self._open is not None:
            self._open[1].append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._open is not None:
            self.texts.append((self._open[0], "".join(self._open[1])))
            self._open = None


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.heads = 0  # header cells open: their <div> (TableHeads) is no line

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCKS and not (tag == "div" and self.heads):
            self.parts.append("\n")
        elif tag in ("td", "th"):  # a row's cells are words apart: "Taak Tijd", not "TaakTijd"
            self.parts.append(" ")
            self.heads += tag == "th"

    def handle_endtag(self, tag):
        if tag == "th":
            self.heads = max(0, self.heads - 1)
        if tag in _BLOCKS and not (tag == "div" and self.heads):
            self.parts.append("\n")

    def handle_data(self, data):
        # A line break inside a block is a space, as on the page: a paragraph
        # written over several lines read "customer\nportal" in vacancies.json's
        # summary. Only the blocks themselves are lines (handle_starttag).
        self.parts.append(re.sub(r"\s+", " ", data))


_HEADINGS = frozenset(f"h{i}" for i in range(1, 7))
# Where a paragraph is part of something else (a loose list's item, a cell, a quote).
_CONTAINERS = frozenset({"li", "td", "th", "blockquote"})


class _Lead(HTMLParser):
    """The text of each top-level paragraph, and how many came before the first heading."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[list[str]] = []
        self.before_heading: int | None = None
        self.inside = 0  # open _CONTAINERS
        self.open = False  # in a top-level <p>

    def handle_starttag(self, tag, attrs):
        if tag in _CONTAINERS:
            self.inside += 1
        elif tag in _HEADINGS and self.before_heading is None:
            self.before_heading = len(self.paragraphs)
        elif tag == "p" and not self.inside:
            self.paragraphs.append([])
            self.open = True

    def handle_endtag(self, tag):
        if tag in _CONTAINERS:
            self.inside = max(0, self.inside - 1)
        elif tag == "p":
            self.open = False

    def handle_data(self, data):
        if self.open and not self.inside:
            self.paragraphs[-1].append(data)


def lead_text(html: str) -> str:
    """What a description's summary is made of: its opening paragraphs, those
    before its first heading (all its paragraphs when it opens with one),
    never a heading or a list's items; its whole text when it has no paragraph.

    A summary from ``to_text`` ran on into them: "... op het dak. Wat we
    vragen Vijf jaar ervaring als monteur VCA-VOL", "... snel is. Wat ga je doen?".
    """
    parser = _Lead()
    parser.feed(html)
    parser.close()
    texts = [" ".join("".join(p).split()) for p in parser.paragraphs]
    lead = texts[: parser.before_heading] if parser.before_heading else texts
    return " ".join(t for t in lead if t) or to_text(html)


def to_text(html: str) -> str:
    """Plain text of (sanitised) HTML: one line per block, spaces collapsed."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (re.sub(r"\s+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
