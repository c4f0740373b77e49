"""Render a story's Markdown body into safe, structured HTML.

Interviews are split into question/answer pairs *before* rendering, so the
templates can mark them up semantically; we never rewrite written HTML
afterwards. Everything an employee wrote is sanitised with an allowlist
(nh3): a pull request must not be able to put a script on the careers site.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import html
import math
import re
import secrets
import xml.etree.ElementTree as etree
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import quote, unquote, urlsplit

import markdown
import markdown.extensions
import markdown.inlinepatterns
import markdown.treeprocessors
import markdown.util
import nh3
from markdown.extensions.footnotes import FootnoteExtension
from markupsafe import Markup

from podium import filetypes, i18n, linktext, paths
from podium.errors import Issue, counted, one_of
from podium.markup import (
    ATTR,
    LINK_SCHEMES,
    SCHEME,
    SHARE_PATH,
    TAG,
    as_browsers_read,
    backslashed,
    followed_link,
    hidden_host,
    on_a_share,
    raw_text_closed,
    same_host,
    shift_headings,
    unwrap_bare_links,
)
from podium.mdcost import VOID_ELEMENTS, WRITTEN_TAG, costly_markdown
from podium.mdtables import TableHeads, wrap_content
from podium.photos import HEIF_PROBLEM, MAX_LINKED_SIDE
from podium.settings import DEFAULT_IFRAME_HOSTS, STORY_KINDS
from podium.slugs import device_in_path
from podium.text import SENTENCE_BREAK, clip_sentences

from .schema import MAX_LEN

# Up to three spaces before the #s, as CommonMark (and the Setext underline
# below) allow: " ## Wat doe je?", pasted with a space, was no question, and
# the message said to write "## Wat doe je?", as it read.
_H2 = re.compile(r"^ {0,3}##(?!#)\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^(```|~~~)")
_TAGS = re.compile(r"<[^>]+>")
WORDS_PER_MINUTE = 220

# What employees may use in Markdown. No scripts, styles, forms, event
# handlers; only web and mail links. Frames only from PODIUM_IFRAME_HOSTS.
ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "del", "dd", "details",
    "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "i", "iframe", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span",
    "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u",
    "ul",
    # A task list's box, only ever a disabled checkbox (_BOXES). No <label>:
    # Pagefind indexes none of its words, and a written one is its words only.
    "input",
}  # fmt: skip
# What a link left without its address keeps, on a <span> (unwrap_bare_links):
# an anchor written <a id="x"></a> stays where links to it go.
_BARE_LINK_KEEPS = frozenset({"dir", "lang", "title", "id"})
# A link with nothing in it but blanks, or but a picture (sanitised HTML:
# attributes double-quoted); _Links._named names one whose picture has no alt
# text, written alt="" (Markdown's ![](...)) or none at all (<img src=...>).
_NAMELESS_LINK = re.compile(
    r'(?P<open><a\b[^>]*?\shref="(?P<href>[^"]*)"[^>]*>)(?P<pad>\s*)'
    r"(?:(?P<img><img\b[^>]*>)(?P<end>\s*</a>)|</a>)"
)
_ALT = re.compile(r'\salt="([^"]*)"')
# A link, its address and its text, in sanitised HTML (no <a> in an <a>), for _Links._vague.
_LINK_AND_TEXT = re.compile(r'<a\b[^>]*?\shref="(?P<href>[^"]*)"[^>]*>(?P<text>.*?)</a>', re.S)


def _address_shown(href: str) -> str:
    """An address as a link's text: without its scheme and a last "/", as a
    reader reads it aloud ("example.com/leeg", "lotte@example.com")."""
    scheme = SCHEME.match(href)
    if scheme and scheme.group(1).lower() in ("mailto", "tel"):
        return href[scheme.end() :]
    if scheme and scheme.group(1).lower() in ("http", "https"):
        href = href[scheme.end() :].lstrip("/")
    return href.rstrip("/") or href


ALLOWED_ATTRIBUTES = {
    # On every tag: nh3's own lang and title, and dir, without which an Arabic
    # or Hebrew quote in a Dutch story (<q lang="ar" dir="rtl">) lost its
    # direction: its full stop and brackets landed on the wrong side. And id:
    # a hand-written anchor (<p id="noot3">, <a id="x">) that a link points
    # to, prefixed, without whitespace, and once (_attribute_filter, _unique_ids).
    "*": {"dir", "lang", "title", "id"},
    # data-pagefind-ignore: a footnote's number and way back (_FootnoteLinks);
    # on a writer's own link it only keeps its words out of search.
    "a": {"href", "title", "hreflang", "data-pagefind-ignore"},
    "abbr": {"title"},
    # The scrolling box of a table (scroll_boxes); a written one is kept only
    # with these values (_attribute_filter).
    "div": {"role", "tabindex", "aria-label"},
    "pre": {"tabindex"},
    "iframe": {"src", "title", "width", "height", "allow", "allowfullscreen"},
    # data-pagefind-index-attrs: a photo's alt text is searched (_img_extra).
    "img": {
        "src",
        "alt",
        "title",
        "width",
        "height",
        "loading",
        "decoding",
        "data-pagefind-index-attrs",
    },
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    # Every level is kept, then renumbered to fit under the page's own headings
    # (shift_headings): the sanitiser dropped "# Kop" and "##### Kop" to bare
    # text, neither a heading nor a paragraph.
    **{f"h{level}": set() for level in range(1, 7)},
    "ol": {"start"},
    "input": {"checked", "aria-label"},
}
# Every <input> is a task list's box: whatever else was written on one ("text",
# "submit", a form to post to) is dropped, and it is written as one of these
# (sanitize), in a fixed order: nh3 sets forced attributes in hash order. So is
# one with lang, dir or title, kept on every tag: "<input title=x>" stayed a
# text field a reader typed into.
_INPUT = re.compile(r'<input((?:\s+[^\s"\'>/=]+(?:="[^"]*")?)*)\s*/?>')
_BOXES = ('<input type="checkbox" disabled>', '<input type="checkbox" disabled checked>')
# Every id in a story (heading anchors, footnotes, raw id="...") gets this
# prefix, and so does every in-page link to one: "## Main" must not give a
# second id="main" beside the theme's <main id="main">, nor "## Story url"
# steal the share field's id="story-url". No theme id starts with "c-".
CONTENT_ID_PREFIX = "c-"
# Permissions a video player needs; camera, microphone, geolocation, payment
# and the like are never delegated to an embed.
IFRAME_ALLOW = ("accelerometer", "autoplay", "clipboard-write", "encrypted-media", "fullscreen",
                "gyroscope", "picture-in-picture", "web-share")  # fmt: skip
# Set on every iframe that survives: lazy, no referrer beyond the origin,
# and a sandbox that lets a player play but not navigate the careers site.
IFRAME_FORCED = {
    "loading": "lazy",
    "referrerpolicy": "strict-origin-when-cross-origin",
    "sandbox": "allow-scripts allow-same-origin allow-presentation allow-popups",
}
# What an embed shows until the reader clicks it (its srcdoc): a link to the
# player itself, so nothing is fetched from the embed's host (a YouTube page
# sends the reader's address to Google and stores data in the browser) before
# the reader chooses to play. The frame has no stylesheet: its look is inline,
# but a focus ring needs a :focus-visible rule, so one <style> element, allowed
# by its hash in the page's policy (podium_render.csp); without it the link kept
# the browser's 1 px dark ring on its dark background, unseen by keyboard users.
EMBED_FACADE_STYLE = "a:focus-visible{outline:3px solid #fff;outline-offset:-12px}"
_EMBED_FACADE = (
    '<a href="{href}" style="display:flex;align-items:center;justify-content:center;'
    "height:100vh;margin:-8px;font:600 1.1rem/1.4 system-ui,sans-serif;color:#fff;"
    'background:#1d1d1f;text-align:center;text-decoration:none">'
    "&#9654;&nbsp;{host}</a>"
)


def _iframe_src_ok(value: str, hosts: frozenset[str]) -> bool:
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError:
        return False
    return (
        parts.scheme == "https"
        and same_host(parts.hostname or "") in hosts
        and parts.username is None
        and parts.password is None
        and port in (None, 443)
    )


def _attribute_filter(hosts: frozenset[str]):
    def keep(tag: str, attr: str, value: str) -> str | None:
        if (tag, attr) in (("a", "href"), ("img", "src")):
            followed = followed_link(value)
            if followed is None:
                return None
            value = followed
        # Idempotent, so that sanitising the output again changes nothing (the
        # parse cache checks a loaded entry that way): a prefixed id stays as it is.
        if attr == "id":
            if not value or any(c.isspace() for c in value):
                return None  # no element of an HTML page has such an id
            return value if value.startswith(CONTENT_ID_PREFIX) else CONTENT_ID_PREFIX + value
        if attr == "dir":
            return value.lower() if value.lower() in ("ltr", "rtl", "auto") else None
        if attr == "loading":
            return value.lower() if value.lower() in ("lazy", "eager") else None
        if attr == "decoding":
            return value.lower() if value.lower() in ("async", "sync", "auto") else None
        if attr == "data-pagefind-ignore":
            return ""  # its words only, not the whole link with its filters ("all")
        if attr == "data-pagefind-index-attrs":
            return "alt"  # what a reader is told the photo shows; never its address
        if attr == "tabindex":  # never out of order (a positive value) nor taken out (-1)
            return value if value == "0" else None
        if attr == "role":
            return value if value == "region" else None
        if attr == "href" and value.startswith("#"):
            anchor = value[1:]
            if anchor.startswith(CONTENT_ID_PREFIX):
                return value
            return f"#{CONTENT_ID_PREFIX}{anchor}"
        if tag != "iframe":
            return value
        if attr == "src":
            # A removed src marks the iframe for removal in _drop_bad_iframes.
            return value if _iframe_src_ok(value, hosts) else None
        if attr == "allow":
            wanted = [p.strip() for p in value.split(";")]
            ok = [p for p in wanted if p in IFRAME_ALLOW]
            return "; ".join(ok) or None
        return value

    return keep


def _facade(src: str) -> str:
    """The click-to-play page of an embed: one link that opens the player in its frame."""
    parts = urlsplit(src)
    query = f"{parts.query}&autoplay=1" if parts.query else "autoplay=1"
    play = parts._replace(query=query).geturl()
    return f"<style>{EMBED_FACADE_STYLE}</style>" + _EMBED_FACADE.format(
        href=html.escape(play, quote=True), host=html.escape(parts.hostname or "")
    )


def _drop_bad_iframes(fragment: str) -> str:
    """Remove iframes without an allowed src, and the content of every iframe.

    nh3 can only drop attributes, not decide about a tag by its attributes,
    so the sanitiser strips a disallowed src and this removes the empty
    shell. An iframe's content is raw text up to the first ``</iframe>``
    (browsers never show it), so it is dropped. The kept tag is rewritten
    with its attributes in a fixed order: nh3 adds forced attributes in hash
    order, and the build must be byte-for-byte reproducible.
    """
    out: list[str] = []
    pos = 0
    while True:
        m = next((t for t in TAG.finditer(fragment, pos) if t.group(2) == "iframe"), None)
        if m is None:
            out.append(fragment[pos:])
            return "".join(out)
        out.append(fragment[pos : m.start()])
        end = fragment.find("</iframe>", m.end())
        pos = len(fragment) if end < 0 else end + len("</iframe>")
        if m.group(1):  # a stray end tag
            pos = m.end()
            continue
        attrs = dict(ATTR.findall(m.group(3)))
        if "src" not in attrs:
            continue
        attrs.update(IFRAME_FORCED)
        # Made here from the checked src, never taken from the story: nh3
        # drops a written srcdoc, whose HTML would run with the site's origin.
        attrs["srcdoc"] = html.escape(_facade(html.unescape(attrs["src"])), quote=True)
        # A player embedded at width="560" height="315" (as YouTube's share
        # code has it) made a phone's page 580 px wide. The stylesheet caps
        # its width at the column; its height follows in its own proportions,
        # which a browser takes from an <img>'s size but not an <iframe>'s.
        w, h = attrs.get("width", ""), attrs.get("height", "")
        if w.isascii() and w.isdigit() and h.isascii() and h.isdigit() and int(w) and int(h):
            attrs["style"] = f"aspect-ratio: {int(w)} / {int(h)}; height: auto"
        order = (
            "src", "srcdoc", "title", "width", "height", "style", "allow", "allowfullscreen",
            *IFRAME_FORCED,
        )  # fmt: skip
        rendered = "".join(f' {k}="{attrs[k]}"' for k in order if k in attrs)
        out.append(f"<iframe{rendered}></iframe>")


@functools.lru_cache(maxsize=8)
def _cleaner(hosts: frozenset[str]) -> nh3.Cleaner:
    # Built once per set of iframe hosts: nh3.clean converts the allowlists
    # into a new sanitiser on every call, which cost six times the cleaning
    # itself over a warm build's 7,500 cached fragments (0.17 s against 0.03 s).
    return nh3.Cleaner(
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_attribute_filter(hosts),
        url_schemes=LINK_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def _box(found: re.Match) -> str:
    """The disabled checkbox an ``<input>`` becomes, ticked if it was, with its name."""
    attrs = dict(ATTR.findall(found.group(1)))
    box = _BOXES["checked" in attrs]
    # As nh3 wrote it (escaped, no quote inside): sanitising again keeps it.
    name = attrs.get("aria-label")
    return f'{box[:-1]} aria-label="{name}">' if name else box


def sanitize(fragment: str, iframe_hosts: Iterable[str] = DEFAULT_IFRAME_HOSTS) -> str:
    cleaned = _cleaner(frozenset(same_host(h) for h in iframe_hosts)).clean(fragment)
    if "<input" in cleaned:
        cleaned = _INPUT.sub(_box, cleaned)
    if " id=" in cleaned:
        cleaned = _unique_ids(cleaned)
    return _drop_bad_iframes(cleaned) if "<iframe" in cleaned else cleaned


def _unique_ids(fragment: str) -> str:
    """``fragment`` with each id on its first element only.

    Two elements of one id (a written <p id="kop"> beside "## Kop", or the
    same anchor written twice) are invalid HTML, and a link to it goes to
    the first; the others lose the id, as a link could never reach them.
    """
    seen: set[str] = set()

    def one(tag: re.Match) -> str:
        if " id=" not in tag.group(3):
            return tag.group(0)
        kept = []
        for attr in ATTR.finditer(tag.group(3)):
            if attr.group(1) == "id":
                if attr.group(2) in seen:
                    continue
                seen.add(attr.group(2))
            kept.append(" " + attr.group(0))
        return f"<{tag.group(2)}{''.join(kept)}>"

    return TAG.sub(one, fragment)


# Pagefind ends a sentence at a <div>, <p>, <td>, <li> or heading, and at none
# of these: in a search excerpt their words ran into the next text ("npm
# install Mijn eerste week", "Het team op de hei Daarna gingen we"), or into
# each other as one word where written without a line break between them
# ("<th>Dag</th><th>Uren</th>" was the word "DagUren").
_INSIDE_BLOCK = frozenset({"figcaption", "caption", "th", "dd", "blockquote"})  # a <div> inside
_OUTSIDE_BLOCK = frozenset({"pre"})  # a <div> around it: a <pre> holds no block
_ENDS = re.compile(r"<(?:pre|figcaption|caption|th|dd|dt|blockquote|details|li)\b", re.IGNORECASE)
# A list item's words before its nested list, in a <div>: "- Voordelen" over
# "- Een auto" read "Voordelen Een auto." (an item of words alone is left as it is).
_ITEMS = frozenset({"li"})
# A disclosure's hidden words after its summary, in a <div> (a summary may
# hold no block): "Meer lezen De tekst.", not "Meer lezenDe tekst".
_DISCLOSURE = frozenset({"details", "summary"})
_SUMMARY_FIRST = re.compile(r"\s*<summary\b", re.IGNORECASE)
_NO_SUMMARY, _SUMMARY_OPEN, _REST_WRAPPED = 0, 1, 2
# What already ends a sentence when an element's words start with it (a
# Markdown table's header cell, TableHeads; a blockquote's paragraph).
_STARTS_BLOCK = re.compile(
    r"\s*<(?:p|div|ul|ol|dl|table|pre|blockquote|figure|h[1-6])\b", re.IGNORECASE
)
_CODE_END = re.compile(r"\s+(?=(?:</code>)?$)")  # blank at a code block's end: never shown


def sentence_ends(fragment: str) -> str:
    """Make a code block, a caption, a table's header cell, a definition, a
    term followed by another term, a block quote, a disclosure's summary and a
    list item's words before its nested list each end a sentence (or at least
    a word) for the search index, as they do for a reader.

    A plain ``<div>`` is the block Pagefind ends a sentence at (as for a
    Markdown table's header cells, ``TableHeads``); it changes nothing a
    reader, a screen reader or a feed reader sees. Words that start with a
    block already end one and are left as they are. Sanitised HTML goes in
    (every tag closed), and ``sanitize`` leaves what comes out as it is.
    """
    # Words loose between blocks (an ATS post's "<h2>Wij bieden</h2>Een auto
    # <ul>...", a "<hr>" written in a paragraph) ran into the next block's.
    fragment = _loose_words_wrapped(fragment)
    if not _ENDS.search(fragment):
        return fragment
    out: list[str] = []
    pos = 0
    wrapped: list[bool] = []  # per open element of _INSIDE_BLOCK, innermost last
    terms: list[int | None] = []  # per open <dt>: where in ``out`` a <div> may go
    details: list[list[int]] = []  # per open <details>, innermost last
    item_ends: set[int] = set()  # where a list item's wrapped words end: a </div> there
    for m in TAG.finditer(fragment):
        closing, name = m.group(1), m.group(2).lower()
        if m.start() in item_ends:
            out.append(fragment[pos : m.start()] + "</div>")
            pos = m.start()
        if not (name in _INSIDE_BLOCK or name in _OUTSIDE_BLOCK or name in _DISCLOSURE
                or name in _ITEMS or name == "dt"):  # fmt: skip
            continue
        out.append(fragment[pos : m.start()])
        pos = m.end()
        tag = m.group(0)
        if name == "dt":
            _term(bool(closing), tag, terms, out, fragment, pos)
        elif name in _ITEMS:
            end = None if closing else _item_words_end(fragment, pos)
            if end is not None:
                item_ends.add(end)
            out.append(tag if end is None else tag + "<div>")
        elif name in _DISCLOSURE:
            out.append(_disclosure(name, bool(closing), tag, details, fragment, pos))
        elif name in _OUTSIDE_BLOCK:
            if closing:
                # Pagefind ends a sentence with a full stop only after a word:
                # the line break Markdown leaves at a code block's end stopped it.
                out[-1] = _CODE_END.sub("", out[-1])
            out.append(tag + "</div>" if closing else "<div>" + tag)
        elif closing:
            out.append("</div>" + tag if wrapped and wrapped.pop() else tag)
        else:
            # One that starts with a block has its loose words wrapped already.
            wrap = not _STARTS_BLOCK.match(fragment, pos)
            out.append(tag + "<div>" if wrap else tag)
            wrapped.append(wrap)
    out.append(fragment[pos:])
    return "".join(out)


# What ends a sentence for Pagefind when it stands among an element's words
# (hr and its like hold none), and what holds nothing (never closed).
_BLOCK_NAMES = frozenset({"p", "div", "ul", "ol", "dl", "table", "pre", "blockquote", "figure",
                          "details", "hr", "h1", "h2", "h3", "h4", "h5", "h6"})  # fmt: skip
_VOID = frozenset({"br", "hr", "img", "input", "wbr"})
_NEXT_TERM = re.compile(r"\s*<dt\b", re.IGNORECASE)


def _term(closing: bool, tag: str, terms: list[int | None], out: list[str], html: str, pos: int):
    """Add ``tag`` of a ``<dt>`` to ``out``, its words in a ``<div>`` when
    another term follows it: terms over one definition ran into each other
    ("Tweede term Derde term Gedeelde uitleg."), as ``DefinitionEnds`` ends
    them in Markdown. Whether one follows is known only at its end, so its
    start leaves an empty place in ``out`` for the ``<div>``."""
    if not closing:
        terms.append(None if _STARTS_BLOCK.match(html, pos) else len(out) + 1)
        out += [tag, ""]
        return
    start = terms.pop() if terms else None
    if start is not None and _NEXT_TERM.match(html, pos):
        out[start] = "<div>"
        tag = "</div>" + tag
    out.append(tag)


@dataclass
class _Run:
    """The words between the blocks of one element (or of the top level)."""

    depth: int  # how many elements are open around its children
    blocks: bool = False  # a block stood among them: their words are wrapped
    start: int | None = None  # where in the output a <div> goes, once a run has begun
    mark: int = 0  # how many texts with a word had been seen when it began


def _loose_words_wrapped(html: str) -> str:
    """``html`` with each run of words between blocks in a ``<div>``: at its top
    level (if a block stands there), and inside every element of
    ``_INSIDE_BLOCK`` that starts with a block, however deep.

    Such an element is not wrapped whole, and words after one of its blocks ran
    into the next text in an excerpt: "<blockquote><blockquote>in</blockquote>
    uit</blockquote>" read "in. uit Na het citaat". One pass over the tags:
    re-reading each such element at its end read quotes nested in one another
    once per level (1,500 of them, a 30 KB story, took 8 s to render), and a
    bound on how many were re-read left the words of one nested deeper running
    into the next ("Diep. Los Na het citaat.").
    """
    out: list[str] = []
    runs = [_Run(0)]  # the top level, then each such element open, innermost last
    depth = pos = words = 0

    def add(piece: str, word: bool) -> None:
        nonlocal words
        run = runs[-1]
        if depth == run.depth and run.start is None and piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(piece[:lead])
            run.start, run.mark = len(out), words
            out.append("")  # the <div>'s place, filled when the run ends with a word
            piece = piece[lead:]
        words += word
        out.append(piece)

    def end(run: _Run) -> None:
        if run.start is not None and run.blocks and words > run.mark:
            out[run.start] = "<div>"
            body = out[-1].rstrip()
            out[-1] = body + "</div>" + out[-1][len(body) :]
        run.start = None

    for m in TAG.finditer(html):
        text = html[pos : m.start()]
        if text:
            add(text, bool(text.strip()))
        pos = m.end()
        closing, name = m.group(1), m.group(2).lower()
        run = runs[-1]
        if closing:
            depth = max(depth - 1, 0)
            if len(runs) > 1 and depth == run.depth - 1:  # the element's own end
                end(runs.pop())
            out.append(m.group(0))
            continue
        if depth == run.depth and name in _BLOCK_NAMES:
            run.blocks = True
            end(run)
            out.append(m.group(0))  # a block: no word of a run
        else:
            add(m.group(0), False)
        if name not in _VOID:
            depth += 1
            if name in _INSIDE_BLOCK and _STARTS_BLOCK.match(html, pos):
                runs.append(_Run(depth, blocks=True))
    if pos < len(html):
        add(html[pos:], bool(html[pos:].strip()))
    end(runs[0])
    return "".join(out)


def _item_words_end(html: str, pos: int) -> int | None:
    """Where the words of the list item whose content starts at ``pos`` end,
    when a block (its nested list) follows them in the item; None when the item
    ends first, or starts with a block. It reads no further than the item's
    first block, so that each item's words are read once however deep the
    lists are nested (re-reading a whole item at its end is quadratic).
    A block inside an inline element ("Tekst <em>nadruk<p>b</p></em>") ends
    them before that element: a div ended inside it was mis-nested HTML."""
    depth, outer = 0, pos  # outer: where the inline element open at the top began
    for m in TAG.finditer(html, pos):
        name = m.group(2).lower()
        if name in _BLOCK_NAMES and not m.group(1):
            end = m.start() if depth == 0 else outer
            return end if _TAGS.sub("", html[pos:end]).strip() else None
        if name == "li" or name in _BLOCK_NAMES:
            return None
        if name not in _VOID:
            if depth == 0 and not m.group(1):
                outer = m.start()
            depth += -1 if m.group(1) else 1
    return None


def _disclosure(
    name: str, closing: bool, tag: str, details: list[list[int]], html: str, pos: int
) -> str:
    """``tag`` of a ``<details>`` or ``<summary>``, with the ``<div>`` that holds
    what a details element shows after its summary (only when the summary is
    its first child, so the div is always the details' own child).

    Each open details keeps [its state, how deep summaries are open in its
    summary]: a summary written inside the summary ("<summary>A<summary>B
    </summary>C</summary>") ended it at its own end, and the div opened there
    closed outside the summary, mis-nested."""
    if name == "details":
        if closing:
            return "</div>" + tag if details and details.pop()[0] == _REST_WRAPPED else tag
        details.append([_SUMMARY_OPEN if _SUMMARY_FIRST.match(html, pos) else _NO_SUMMARY, 0])
        return tag
    if not details or details[-1][0] != _SUMMARY_OPEN:
        return tag
    state = details[-1]
    state[1] += -1 if closing else 1
    if closing and state[1] == 0:
        state[0] = _REST_WRAPPED
        return tag + "<div>"
    return tag


def disclosures_named(fragment: str, lang: str) -> str:
    """Give each ``<details>`` the ``<summary>`` first that HTML wants there.

    Without one (the Nu checker: "Element details is missing a required instance
    of child element summary") a browser draws "Details" in its place, the word
    the editor's preview shows; that word is now written, in the story's
    language, so the page is valid and the control named. A summary written
    later among the details' own children ("<details><p>Tekst</p><summary>Meer
    </summary></details>") is the name the writer gave it: it is moved first,
    where browsers look for it. It was left where it stood, invalid there, with
    a "Details" put before it, so the control had two names and showed the
    writer's as text. Sanitised HTML goes in, before ``sentence_ends`` wraps
    what follows a summary. One pass over the tags, however deep they nest.
    """
    if "<details" not in fragment.lower():
        return fragment
    label = f"<summary>{html.escape(i18n.translate('details_summary', lang))}</summary>"
    out: list[str] = []
    open_details: list[_OpenDetails] = []
    depth = pos = 0  # depth: the elements open
    for m in TAG.finditer(fragment):
        out.append(fragment[pos : m.start()])
        pos = m.end()
        closing, name = m.group(1), m.group(2).lower()
        if name in _VOID:
            out.append(m.group(0))
            continue
        top = open_details[-1] if open_details else None
        if closing:
            depth = max(depth - 1, 0)
            if top is not None and name == "summary" and top.moving_depth == depth:
                out.append(m.group(0))
                top.move_summary(out)
                continue
            if top is not None and name == "details" and depth == top.depth:
                open_details.pop()
                top.fill(out, label)
            out.append(m.group(0))
            continue
        # A summary that is one of the details' own children, when it has none first.
        if top is not None and name == "summary" and depth == top.depth + 1:
            top.summary_starts(len(out), depth)
        out.append(m.group(0))
        if name == "details":
            first = _SUMMARY_FIRST.match(fragment, pos) is not None
            open_details.append(_OpenDetails(depth, None if first else len(out)))
            if not first:
                out.append("")  # its summary's place
        depth += 1
    out.append(fragment[pos:])
    for top in open_details:  # left open (sanitised HTML closes all; a fragment may end first)
        top.fill(out, label)
    return "".join(out)


@dataclass
class _OpenDetails:
    """A ``<details>`` open in ``disclosures_named``'s pass, as places in its ``out``."""

    depth: int  # the elements open around it
    slot: int | None  # where its summary goes; None once it has one (written first, or moved)
    moving_from: int | None = None  # where a summary among its children began, being moved
    moving_depth: int | None = None  # that summary's depth, to find its end tag

    def summary_starts(self, at: int, depth: int) -> None:
        if self.slot is not None and self.moving_from is None:
            self.moving_from, self.moving_depth = at, depth

    def move_summary(self, out: list[str]) -> None:
        """The summary ends: it goes to the slot, out of the place it was written."""
        moved = "".join(out[self.moving_from :])
        del out[self.moving_from :]
        out[self.slot] = moved
        self.slot = self.moving_from = self.moving_depth = None

    def fill(self, out: list[str], label: str) -> None:
        """Closed (or left open) without a summary of its own: the language's word."""
        if self.slot is not None:
            out[self.slot] = label


_SCROLLERS = {"table", "pre"}


def scroll_boxes(fragment: str, lang: str) -> str:
    """Let a keyboard reach what scrolls sideways, and name a table's box.

    A code block with a long line scrolls inside itself, and a table wider
    than the column inside a box of its own, so that the page never does
    (WCAG 1.4.10). A box that scrolls must take the focus, or a reader without
    a mouse cannot see its right-hand side (WCAG 2.1.1): each ``<pre>`` gets
    ``tabindex="0"``, each outermost table a ``<div role="region">`` with
    ``tabindex="0"`` and a name, which screen readers announce on focus.
    Sanitised HTML (balanced tables, attributes double-quoted) goes in, and
    what comes out is left as it is by ``sanitize``.
    """
    if "<table" not in fragment and "<pre" not in fragment:
        return fragment
    tags = [m for m in TAG.finditer(fragment) if m.group(2).lower() in _SCROLLERS]
    depth, outer = 0, 0
    for m in tags:  # a table inside a table scrolls in its outermost one's box
        if m.group(2).lower() == "table":
            outer += not m.group(1) and depth == 0
            depth += -1 if m.group(1) else 1
    out: list[str] = []
    pos, depth, n = 0, 0, 0
    for m in tags:
        closing, name = m.group(1), m.group(2).lower()
        out.append(fragment[pos : m.start()])
        pos = m.end()
        tag = m.group(0)
        if name == "pre":
            if not closing and 'tabindex="0"' not in m.group(3):
                tag = '<pre tabindex="0"' + tag[len("<pre") :]
            out.append(tag)
            continue
        if closing:
            depth -= 1
            out.append(tag + ("</div>" if depth == 0 else ""))
            continue
        if depth == 0:
            n += 1
            label = (
                i18n.translate("story_table_n", lang, n=n)
                if outer > 1
                else i18n.translate("story_table", lang)
            )
            out.append(f'<div role="region" tabindex="0" aria-label="{html.escape(label)}">')
        depth += 1
        out.append(tag)
    out.append(fragment[pos:])
    return "".join(out)


@dataclass(frozen=True)
class QA:
    id: str
    question: Markup
    answer: Markup


def interview_html(intro: str, qa: Iterable[QA]) -> str:
    """An interview's whole body: its intro, then each question with its anchor
    (its words, prefixed as content: ``c-wat-doe-je``) and its answer."""
    # str(): a loaded Markup intro would escape the joined HTML.
    return str(intro) + "".join(f'<h2 id="{p.id}">{p.question}</h2>\n{p.answer}\n' for p in qa)


# The published width and height of an image in content/, by its content-relative
# path; None when it cannot be read (the read step's file check says why).
ImageSize = Callable[[str], "tuple[int, int] | None"]


@dataclass(frozen=True)
class Link:
    """A file in content/ that a story links with ``{static}``, ``{attach}`` or ``{filename}``.

    The link in the HTML already points at its published copy
    (``MEDIA_MARKER`` + ``media/`` + ``target``); the photo step publishes
    that copy, cleaned, and the read step checks the file on every build.
    """

    target: str  # content-relative POSIX path
    # "image" (re-encoded), "svg" (allowlist-checked), "file" (PODIUM_ATTACHMENTS),
    # or "story": another story, which Pelican links (Body.story_links)
    kind: str
    line: int
    # An image's width and height as published (photos.linked_size, or an SVG's
    # own width and height in pixels), which the rendering writes on its <img>;
    # None for other files, and for a drawing that gives no size of its own. The parse cache
    # checks it against the file on every build (parse.parse_story).
    size: tuple[int, int] | None = None


# An iframe as Python-Markdown passes a story's raw HTML on (any quoting).
# Alt text a screen reader would read out as a name, not as what the picture
# shows: a file name ("team.jpg"), what a camera or phone calls a photo
# ("IMG_2034", "DSC_0001", "PXL_20260301_...", "Screenshot 2026-03-01 ...",
# "Schermafbeelding ..."), or only a word for a picture in nl or en.
_FILE_NAME_ALT = re.compile(
    r".*\w\.(?:jpe?g|png|gif|webp|avif|heic|heif|tiff?|bmp|svg)"
    r"|(?:img|dsc[nf]?|pxl|mvimg|vid|dji|gopr|wp)[_-]?\d[\w-]*"
    r"|(?:screenshot|screen\s?shot|schermafbeelding|schermopname|whatsapp\s+image)"
    r"[\s_-]*(?:\d{4}-?\d\d-?\d\d|\(\d+\)).*",
    re.IGNORECASE,
)
_GENERIC_ALT = {"foto", "afbeelding", "plaatje", "image", "photo", "picture", "img", "pic", "beeld"}


def _says_nothing(alt: str, src: str) -> bool:
    """Whether alt text names only the file, or only says it is a picture."""
    if _FILE_NAME_ALT.fullmatch(alt):
        return True
    word = alt.strip(" .:-_").casefold()
    if word.rstrip("0123456789 -_") in _GENERIC_ALT:
        return True
    # The image's own file name without its extension ("team-dak-2026"); a
    # plain word ("Team" for team.jpg) may be what the picture shows.
    name = unquote(PurePosixPath(urlsplit(src).path).stem).casefold()
    return word == name and re.search(r"[\d_-]", name) is not None


_RAW_IFRAME = re.compile(r"<iframe\b[^>]*>", re.I)
_RAW_SRC = re.compile(r"""\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
# Players and plugins the sanitiser leaves out whole (not in ALLOWED_TAGS), with
# the address each plays: an <object>'s data, the others' src, or a <video>'s
# or <audio>'s first <source>. A video is shown as an iframe of an allowed host.
_RAW_MEDIA = re.compile(r"<(object|embed|video|audio)\b[^>]*>", re.I)
_RAW_MEDIA_SRC = re.compile(r"""\s(?:src|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
# Only the <source> right after the start tag: searching on to the end tag would
# read the rest of the story again for every <video> without one.
_RAW_SOURCE = re.compile(r"\s*<source\b[^>]*>", re.I)
# A srcset on an <img> (raw, or attr_list's {: srcset="..."}) or on a
# <picture>'s <source>: the sanitiser keeps neither.
_RAW_SRCSET = re.compile(
    r"""<(?:img|source)\b[^>]*?\s(srcset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))""", re.I
)
# How many values a story's link checks search its text for in vain (see _Links._line).
MAX_MISSES = 100
# Where a story writes a link's address (see _Links._written_at): a Markdown
# link's destination after "](" (in <...>, or up to a space with its parentheses
# balanced), a reference definition's, an autolink and a raw tag's href or src.
_MD_DEST = re.compile(r"\]\([ \t]*(?:<([^<>\n]*)>|((?:\\.|[^\s()\\]|\((?:\\.|[^\s()\\])*\))+))")
# An image or link written where an address goes: "[r]: ![foto]({static}/x.jpg)".
_MARKDOWN_AS_ADDRESS = re.compile(r"!?\[[^\[\]]*\]\(\s*<?([^\s<>()]+)>?\s*\)")
_MD_REF = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*(?:<([^<>\n]*)>|(\S+))", re.M)
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>")
_RAW_VALUE = re.compile(r"""\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_ESCAPE = re.compile(r"\\(.)")
# An address the sanitiser surely keeps: http(s) with a plain host name and a
# port below 10000, or mailto:/tel: (a scheme without hosts, read as written).
_PLAIN_URL = re.compile(
    r"(?i)(?:https?://[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::[0-9]{1,4})?(?:[/?#]\S*)?|(?:mailto|tel):\S*)$"
)
# A web or mail address written as it is said, without its scheme: the link
# "www.x.nl" (or "jan@x.nl") is a path below the page that has it, a bare 404.
_BARE_WEB = re.compile(r"(?i)www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#]\S*)?$")
_BARE_MAIL = re.compile(r"(?i)[^\s/@:?#]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")


def _without_scheme(value: str) -> str | None:
    """The warning for a link to a web or mail address without https:// or
    mailto:, or None."""
    value = value.strip()
    shown = value if len(value) <= 120 else value[:117] + "..."
    if _BARE_WEB.match(value):
        scheme = "https://"
    elif _BARE_MAIL.match(value):
        scheme = "mailto:"
    else:
        return None
    return (
        f'link "{shown}" has no {scheme}, so it leads to a page below this story\'s, a bare '
        f"404; write {scheme}{shown}"
    )


# An image in the raw HTML, its attributes; one of them a src with an address.
_RAW_IMG = re.compile(r"<img\b([^>]*)>", re.I)
_HAS_SRC = re.compile(r"""\ssrc\s*=\s*(?:"[^"\s]|'[^'\s]|[^\s"'>])""", re.I)
_ALT = re.compile(r"""\salt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
# A link's text in the same raw HTML, from its start tag on.
_LINK_TEXT = re.compile(r"<a\b[^>]*>(.*?)</a>", re.I | re.S)
# A link or an image in the same raw HTML, and its target.
_RAW_LINK = re.compile(
    r"""<(a|img)\s[^>]*?\s?(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I
)

# Stands for the site URL in links to published copies; the reader puts the
# build's SITEURL in (the parse cache does not depend on SITEURL). Written in a
# story, it is kept as written (``_unmarked``): only the links _address makes
# start with it.
MEDIA_MARKER = "{podium-media}"
# The marker as HTML shows it, "{" as a character reference: text and addresses
# read the same, and the reader's replace does not match it.
_MARKER_WRITTEN = "&#123;" + MEDIA_MARKER[1:]


def _unmarked(fragment: str) -> str:
    """``fragment`` (HTML) with every ``MEDIA_MARKER`` in it written as ``&#123;``."""
    return fragment.replace(MEDIA_MARKER, _MARKER_WRITTEN)


def _marked(url: str) -> str:
    """``url`` as an attribute's escaped value: its leading marker kept, the link
    _address made to a published copy; any other written as the story wrote it."""
    lead = MEDIA_MARKER if url.startswith(MEDIA_MARKER) else ""
    return lead + _unmarked(html.escape(url[len(lead) :]))


MEDIA_DIR = "media"
# Pelican's link syntax ({static}x, |static|x); every form is resolved here,
# so Pelican's static copying never sees a link from a story.
# Pelican's INTRASITE_LINK_REGEX, at the start of a value: "{static}", "|static|",
# and the mixed "{static|" too, exactly what Pelican would act on.
_INDICATOR = re.compile(r"^[{|](.*?)[|}](.*)$", re.S)
_HTML_SPACE = " \t\n\f\r"  # what HTML strips from an attribute's URL
# What Pelican's Content._update_content and get_static_links act on, anywhere in
# the HTML (default INTRASITE_LINK_REGEX): not only a@href and img@src, but also
# text inside another attribute, such as title="src='{static}/../x'", which nh3
# keeps. Pelican would copy such a target as it is (or fail on one outside content/).
_PELICAN_LINK = re.compile(
    r"""<[^>]+(?:href|src|poster|data|cite|formaction|action|content)\s*=\s*"""
    r"""(?P<quote>["'])(?P<path>[{|](?P<what>.*?)[|}].*?)(?P=quote)"""
)


def break_pelican_links(
    fragment: str, kept: Collection[str] = ()
) -> tuple[str, list[tuple[str, str]]]:
    """``fragment`` with Pelican's link syntax broken (``{`` as ``&#123;``) wherever
    Pelican would act on it but in the links of ``kept``, and what each broken
    link was: its indicator ("static") and its value, as Pelican reads them.

    Scanned as Pelican will see it, with the reader's site URL in place of each
    marker. Shared by the reader (``_Links._hidden``) and the parse cache, whose
    entries may hold none but the ``{filename}`` links the reader keeps."""
    blank = "/" * len(MEDIA_MARKER)
    broken: list[tuple[str, str]] = []
    # Every match of one scan is broken at once (one per tag at most: the
    # match runs from the tag's "<"), so a story of thousands stays one
    # scan, not one per link; scanned again for the next attribute of the
    # same tags, a handful at most (the sanitiser keeps a few attributes).
    while True:
        scan = fragment.replace(MEDIA_MARKER, blank)
        found = [(m.start("path"), m.group("what"), html.unescape(m.group("path")))
                 for m in _PELICAN_LINK.finditer(scan)]  # fmt: skip
        found = [(at, what, path) for at, what, path in found if path not in kept]
        if not found:
            return fragment, broken
        pieces, pos = [], 0
        for at, what, path in found:
            broken.append((what, path))
            pieces += [fragment[pos:at], "&#123;" if fragment[at] == "{" else "&#124;"]
            pos = at + 1
        fragment = "".join(pieces) + fragment[pos:]


@dataclass
class Body:
    html: Markup  # the whole story, for feeds
    intro: Markup  # interviews: text before the first question
    qa: list[QA] = field(default_factory=list)
    text: str = ""  # plain text, for summaries, quotes, tagging, search
    headings: list[str] = field(default_factory=list)
    blockquote: str | None = None
    # The first blockquote's language and direction, as written on it (or on
    # its first paragraph): an Arabic quote in a Dutch story is still Arabic
    # when it becomes the pull quote, or a screen reader reads it in Dutch and
    # its full stop lands on the wrong side.
    blockquote_lang: str | None = None
    blockquote_dir: str | None = None
    # Who the first blockquote names as its speaker ("— Mijn teamleider" on its
    # last line, or a <cite> alone there), taken out of its text: the pull
    # quote is captioned with them, not with the story's author.
    blockquote_by: str | None = None
    # The file line the first blockquote starts on, for what is said about the
    # pull quote taken from it (a card's cut speaker): else line 1, the fence.
    blockquote_line: int | None = None
    issues: list[Issue] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    # {filename} links to other stories (kind "story"): kept apart from
    # ``links``, which name files this story owns (withdraw removes them).
    story_links: list[Link] = field(default_factory=list)
    # Links written as a path on this site ("/stories/x/", "../x/"), kind
    # "page", target as written: validate checks those that name a story URL.
    page_links: list[Link] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def reading_minutes(self) -> int:
        return max(1, math.ceil(self.words / WORDS_PER_MINUTE))


NESTED_TOO_DEEP = (
    "the Markdown nests too deeply to read (emphasis, lists or quotes inside one another "
    "hundreds of times); write it with less nesting"
)


class BackslashBreak(markdown.extensions.Extension):
    """A backslash at the end of a line is a line break, as in CommonMark.

    The browser editor (Decap) writes every line break so, a Shift+Enter and a
    break written as two trailing spaces that it saves again alike; its preview
    shows a break there. Python-Markdown knows only the two spaces: the page
    showed "harde\\ breuk" on one line. The escape pattern (`\\` before a
    character) never takes a line end, and code spans are stashed before this
    runs, so "\\\\" at a line end stays a backslash and code is left alone.
    """

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # The same priority as Python-Markdown's own two-space line break.
        pattern = markdown.inlinepatterns.SubstituteTagInlineProcessor(r"\\\n", "br")
        md.inlinePatterns.register(pattern, "backslash_break", 100)


class EditorEscapes(markdown.extensions.Extension):
    """``\\<``, ``\\~`` and ``\\=`` are the characters themselves, as in CommonMark.

    The browser editor writes a ``<`` typed in its rich text so (``\\<main>``,
    ``a \\<b> c``: ``theme/static/js/admin.js``), and its own Markdown reader
    reads it back as ``<``. Python-Markdown alone printed the backslash and
    took the rest as an HTML tag, which the sanitiser dropped or obeyed.
    Decap escapes two tildes in one run of text ("~30 tot ~40") and a leading
    "=" (remarkEscapeMarkdownEntities.js), which the page showed as "\\~30".
    """

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.ESCAPED_CHARS = [*md.ESCAPED_CHARS, "<", "~", "="]


class Strikethrough(markdown.extensions.Extension):
    """``~~text~~`` is struck through (``<del>``), as in GitHub's Markdown.

    The browser editor's "Doorhalen" (strikethrough) button writes it so, and
    its preview strikes it; Python-Markdown has no such syntax, so the page,
    the feeds and the search excerpt showed "~~oude prijs~~", tildes and all.
    The text between is not blank and does not start or end with a space, so
    "~~ ook" and a lone "~" stay text; code spans are stashed before this runs.
    It holds no "~~" either: with ``.+?`` each of "~~a ~~a ~~a ..." (no closer,
    each "~~" after a space) was tried against the rest of the line, quadratic
    time (128 KB of it took 100 s). Now a try ends at the next "~~", one pass.
    """

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # Just above emphasis (``*``, ``_``: 60, 50), which may nest inside.
        pattern = markdown.inlinepatterns.SimpleTagInlineProcessor(
            r"(~~)(?!~)(?=\S)((?:[^~\n]|~(?!~))+?)(?<=\S)(?<!~)~~(?!~)", "del"
        )
        md.inlinePatterns.register(pattern, "strikethrough", 65)


class _TaskItems(markdown.treeprocessors.Treeprocessor):
    _BOX = re.compile(r"\[([ xX])\][ \t]+")
    _BLOCKS = frozenset({"ul", "ol", "p", "div", "blockquote", "pre", "table", "dl", "hr"})
    # Where raw HTML written in the item goes back in later: no word of its name.
    _PLACEHOLDER = markdown.util.HTML_PLACEHOLDER_RE

    def run(self, root: etree.Element) -> None:
        for li in root.iter("li"):
            # A loose list puts the item's text in a paragraph of its own.
            holder = li[0] if not (li.text or "").strip() and len(li) and li[0].tag == "p" else li
            found = self._BOX.match(holder.text or "")
            if found is None or not (holder.text[found.end() :].strip() or len(holder)):
                continue  # "- [ ]" alone is no task
            # Named by the item's text (aria-label), not wrapped in a <label>
            # with it: Pagefind indexes no <label>'s words, so no task was
            # searchable. A list nested in the item is no part of its name.
            box = etree.Element("input", {"type": "checkbox", "disabled": "disabled"})
            if found.group(1) != " ":
                box.set("checked", "checked")
            holder.text = holder.text[found.end() :]
            name = " ".join(self._PLACEHOLDER.sub(" ", self._words(holder)).split())
            if name:
                box.set("aria-label", name)
            box.tail = " " + holder.text
            holder.text = ""
            holder.insert(0, box)

    def _words(self, holder: etree.Element) -> str:
        """The text of an item up to its first block, an image's by its alt."""
        words = [holder.text or ""]
        for child in holder:
            if child.tag in self._BLOCKS:
                break
            if child.tag == "img":
                words.append(child.get("alt", ""))
            words.extend(child.itertext())
            words.append(child.tail or "")
        return "".join(words)


class TaskList(markdown.extensions.Extension):
    """``- [ ] taak`` and ``- [x] klaar`` show a checkbox, ticked or not, as on
    GitHub and in mkdocs-material (pymdownx.tasklist).

    Python-Markdown alone printed "[ ] taak" on the page and in search. The box
    is disabled (a story is read, not filled in), and the sanitiser keeps an
    ``<input>`` only as such a box (``sanitize``). ``\\[ ]`` stays as written.
    """

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # After the inline patterns (20): an escaped "\\[" is stashed by then.
        md.treeprocessors.register(_TaskItems(md), "task_list", 15)


class _Definitions(markdown.treeprocessors.Treeprocessor):
    _BLOCKS = frozenset({"p", "ul", "ol", "div", "blockquote", "pre", "table", "dl"})

    def run(self, root: etree.Element) -> None:
        for dd in root.iter("dd"):
            if any(child.tag in self._BLOCKS for child in dd):
                continue  # a loose list's paragraphs are sentences already
            if not (dd.text or "").strip() and not len(dd):
                continue
            wrap_content(dd)
        # Terms over one definition: "Tweede term Derde term Gedeelde uitleg."
        # ran them into each other; each but the last ends its sentence.
        for dl in root.iter("dl"):
            for term, after in zip(dl, dl[1:], strict=False):
                if term.tag == after.tag == "dt" and ((term.text or "").strip() or len(term)):
                    wrap_content(term)


class DefinitionEnds(markdown.extensions.Extension):
    """Each definition of a definition list holds its words in a ``<div>``.

    Pagefind ends a sentence at none of ``<dt>``, ``<dd>`` nor ``<dl>``: the
    search excerpt of a story with "Werktijd" / ": Van negen tot vijf" read
    "Werktijd Van negen tot vijf Pauze Een uur Na de lijst.", every term
    running into the next and the list into the paragraph after it. A block
    inside the definition ends it: "Werktijd Van negen tot vijf. Pauze Een
    uur. Na de lijst.", as the author card's facts read ("Team Support.").
    So does one inside a term followed by another term.
    """

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_Definitions(md), "definition_ends", 13)


class _FootnoteLinkTree(markdown.treeprocessors.Treeprocessor):
    _LINKS = frozenset({"footnote-ref", "footnote-backref"})

    def run(self, root: etree.Element) -> None:
        for a in root.iter("a"):
            if a.get("class") in self._LINKS:
                a.set("data-pagefind-ignore", "")


class FootnoteLinks(markdown.extensions.Extension):
    """A footnote's number in the text and its way back ("↩") are left out of search.

    They are navigation: indexed, a search excerpt read "Tekst met voetnoot 1
    en ..." and "De voetnoot zelf ↩ Werk & privé.", the arrow running the note
    into the next words. The footnote's own text stays searchable.
    """

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # After the footnotes' tree processors (50, 19, 15) made the links.
        md.treeprocessors.register(_FootnoteLinkTree(md), "footnote_links", 12)


class _UnusedFootnotes(markdown.treeprocessors.Treeprocessor):
    def run(self, root: etree.Element) -> None:
        self.md.podium_unused_footnotes = unused = []
        found = [(p, c) for p in root.iter() for c in p if c.get("class") == "footnote"]
        if not found:
            return
        used = {a.get("href", "")[1:] for a in root.iter("a") if a.get("class") == "footnote-ref"}
        for parent, div in found:
            for ol in div.iter("ol"):
                for li in list(ol):
                    if li.get("id", "").startswith("fn:") and li.get("id") not in used:
                        unused.append(li.get("id")[len("fn:") :])
                        ol.remove(li)
            if not any(len(ol) for ol in div.iter("ol")):
                parent.remove(div)


class UnusedFootnotes(markdown.extensions.Extension):
    """A footnote never referred to in the text is left out of the page.

    Python-Markdown listed it under the story all the same, its way back
    ("↩") a link to a reference that is nowhere on the page (the link checker:
    "Cannot find fragment"); GitHub and pandoc leave it out. What was left out
    is kept on the Markdown instance, for ``Renderer.convert`` to warn of.
    """

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # After the footnotes' tree processors (50, 19, 15) made the list.
        md.treeprocessors.register(_UnusedFootnotes(md), "unused_footnotes", 14)


class _EmptyHeadings(markdown.treeprocessors.Treeprocessor):
    _HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

    def run(self, root: etree.Element) -> None:
        self.md.podium_empty_headings = 0
        for parent in list(root.iter()):
            for h in list(parent):
                if h.tag in self._HEADINGS and not len(h) and not (h.text or "").strip():
                    if h.tail and h.tail.strip():  # never so from Markdown; kept if so
                        continue
                    parent.remove(h)
                    self.md.podium_empty_headings += 1


class EmptyHeadings(markdown.extensions.Extension):
    """A heading with no words (``## `` alone on its line) is left out.

    It became ``<h2 id="c-story"></h2>``: a heading a screen reader lists
    and says nothing of (axe empty-heading; the Nu checker's "Empty heading").
    How many it left out is kept on the Markdown instance, for
    ``Renderer.convert`` to warn of (``_Links.empty_headings``).
    """

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # After the inline patterns (20) filled the headings in.
        md.treeprocessors.register(_EmptyHeadings(md), "empty_headings", 16)


# A heading line with no words: "##", "## ", "#  #" (a closing run of #s), also
# in a block quote or a list item ("> ## ", "- ##").
_EMPTY_HEADING = re.compile(
    r"^(?:[ ]{0,3}>[ ]?|[ ]{0,3}(?:[-*+]|\d{1,9}[.)])[ ]+)*[ ]{0,3}(#{1,6})(?:[ \t]+#*)?[ \t]*$"
)


def _empty_heading_lines(source: str, md: markdown.Markdown) -> list[tuple[int, str]]:
    """(line offset, its #s) of each line of ``source`` that reads as a heading
    without words, outside code fences and the raw HTML blocks ``md`` (the
    instance that converted it) kept as written: where ``EmptyHeadings`` left
    one out."""
    raw = _lines_of_blocks(source, md)
    found, in_fence = [], False
    for i, line in enumerate(source.split("\n")):
        if _FENCE.match(line.strip()):
            in_fence = not in_fence
        elif not in_fence and i not in raw and (m := _EMPTY_HEADING.match(line)):
            found.append((i, m.group(1)))
    return found


def _lines_of_blocks(source: str, md: markdown.Markdown) -> set[int]:
    """The line offsets in ``source`` of the raw HTML blocks that hold a line
    like an empty heading ("<div>" ... "##" ... "</div>", shown as written, not
    left out). ``md`` stashed them in the order of the text, as its first step
    (NormalizeWhitespace: tabs expanded, blank lines emptied, the same lines)
    made the text: they are looked for in the source made so, by that step."""
    read = None
    covered: set[int] = set()
    at = line = 0  # where the last block found ends, and its line
    for block in md.htmlStash.rawHtmlBlocks:
        if not isinstance(block, str) or "\n" not in block:
            continue  # an element, or a block of one line: no "##" line of its own
        if not any(map(_EMPTY_HEADING.match, block.split("\n"))):
            continue
        if read is None:
            read = "\n".join(md.preprocessors["normalize_whitespace"].run(source.split("\n")))
        block = block.rstrip("\n")
        start = read.find(block, at)
        if start < 0:  # not as read: the source scan stands for the rest (one miss
            break  # scans the text once; one a block would scan it per block)
        first = line + read.count("\n", at, start)
        line = first + block.count("\n")
        at = start + len(block)
        covered.update(range(first, line + 1))
    return covered


class Renderer:
    """One reusable Markdown instance: building one per file is slow."""

    def __init__(
        self,
        iframe_hosts: Iterable[str] = DEFAULT_IFRAME_HOSTS,
        image_hosts: Iterable[str] = (),
        attachments: Iterable[str] = (),
        site_files: Iterable[str] = ("theme", "cards", "media", "favicon.svg"),
    ) -> None:
        self.iframe_hosts = tuple(iframe_hosts)
        self.image_hosts = frozenset(same_host(h) for h in image_hosts)
        self.attachments = tuple(attachments)
        self.site_files = tuple(site_files)  # PodiumSettings.site_files
        self._new_markdown()

    def _new_markdown(self) -> None:
        self._md = markdown.Markdown(
            extensions=[
                "extra",
                "sane_lists",
                "toc",
                BackslashBreak(),
                EditorEscapes(),
                Strikethrough(),
                TaskList(),
                TableHeads(),
                DefinitionEnds(),
                FootnoteLinks(),
                UnusedFootnotes(),
                EmptyHeadings(),
            ],
            extension_configs={"toc": {"slugify": _heading_id}},
            output_format="html",
        )
        self._footnotes = next(
            e for e in self._md.registeredExtensions if isinstance(e, FootnoteExtension)
        )

    def convert(self, text: str, links: _Links | None = None, lang: str = "en") -> str:
        self._md.reset()
        # One Markdown instance renders stories in every language: a footnote's
        # way back said "Jump back to footnote 1 in the text" on a Dutch page.
        self._footnotes.setConfig("BACKLINK_TITLE", i18n.translate("footnote_back", lang, n="{}"))
        # A last paragraph of its own, that only this call knows: raw HTML left
        # open ("<math><mtext>", "<template>", "<!--") took every line after it
        # as its content, which the sanitiser drops, and the rest of the story
        # was left out without a word. Missing from the page, it says so.
        end = f"PQ{secrets.token_hex(6)}END"
        raw = self._md.convert(f"{text}\n\n{end}\n")
        if links is not None:
            for label in getattr(self._md, "podium_unused_footnotes", ()):
                links.unused_footnote(label)
            links.empty_headings(getattr(self._md, "podium_empty_headings", 0), self._md)
        if links is not None and "<iframe" in raw.lower():
            links.dropped_iframes(raw)
        if links is not None:
            links.dropped_media(raw)
            links.dropped_srcsets(raw)
            links.dropped_links(raw)
        cleaned = sanitize(raw, self.iframe_hosts)
        if end in cleaned:  # its paragraph, or a word of text kept (in a <textarea>)
            cleaned = re.sub(rf"\s*(?:<p>{end}</p>|{end})", "", cleaned, count=1)
        elif links is not None:
            links.hidden_rest(raw[: raw.find(end)] if end in raw else raw)
        cleaned = disclosures_named(cleaned, lang)
        return scroll_boxes(sentence_ends(cleaned), lang)

    def render(
        self,
        source: str,
        kind: str,
        path: str,
        body_line: int,
        folder: str = "",
        lang: str = "en",
        image_size: ImageSize | None = None,
    ) -> Body:
        """``folder``: the story's folder relative to content/, for relative ``{static}`` links;
        ``lang``: the story's language, for the names the rendering gives (a table's box);
        ``image_size``: the published width and height of an image in content/ (by its
        content-relative path), or None where unknown."""
        costly = costly_markdown(source)
        if costly is not None:  # one line now, not minutes of Python-Markdown first
            issue = Issue(path, body_line + costly.line, costly.message)
            return Body(Markup(""), Markup(""), issues=[issue])
        try:
            return self._render(source, kind, path, body_line, folder, lang, image_size)
        except RecursionError:
            # Python-Markdown walks its tree recursively (toc's iterparent): "*" x 2,000
            # around a word, emphasis 2,000 levels deep, ended the build in
            # "podium: error: RecursionError", naming no file. A new instance: reset()
            # leaves the block parser's states ("list", "looselist") of the walk cut
            # short, and the next story, read as if inside them, ended podium check
            # in "ValueError: Markdown failed to strip top-level tags".
            self._new_markdown()
            first = len(source) - len(source.lstrip("\n"))  # the text's first line
            issue = Issue(path, body_line + first, NESTED_TOO_DEEP)
            return Body(Markup(""), Markup(""), issues=[issue])

    def _render(
        self,
        source: str,
        kind: str,
        path: str,
        body_line: int,
        folder: str,
        lang: str,
        image_size: ImageSize | None = None,
    ) -> Body:
        source, unclosed = raw_text_closed(source)
        links = _Links(self, source, path, body_line, folder, image_size)
        for at, name in unclosed:
            links.issues.append(Issue(
                path,
                body_line + at,
                f"<{name}> has no </{name}>, so the rest of the story was its content; the "
                "page ends it there and leaves it out (a story has no scripts or styles of its "
                f"own): remove the <{name}>",
                "warning",
            ))  # fmt: skip
        if kind != "interview":
            out = shift_headings(links.resolve(self.convert(source, links, lang)), 2)
            body = _finish(Body(Markup(out), Markup("")), out)
            links.anchors(out)
            body.links, body.issues = links.found, links.issues
            body.story_links, body.page_links = links.stories, links.pages
            _blockquote_line(body, source, body_line)
            return body
        intro_md, pairs = split_questions(source)
        intro, qa = self._render_interview(intro_md, pairs, links, lang)
        whole = interview_html(intro, qa)
        links.anchors(whole)
        body = _finish(Body(Markup(whole), Markup(intro), qa), whole)
        _blockquote_line(body, source, body_line)
        body.links, body.issues = links.found, links.issues
        body.story_links, body.page_links = links.stories, links.pages
        body.headings = [_plain(p.question) for p in qa]
        for at, written, question, opening in _misplaced_questions(source) if qa else ():
            where = "among the opening words" if opening else "as part of the answer above it"
            body.issues.append(Issue(
                path,
                body_line + at,
                f'"{written}" looks like a question, but the page shows it {where}: a question '
                f"starts with two # and a space, ## {question}",
                "warning",
            ))  # fmt: skip
        if not qa:
            near = _near_question(source)
            if near is not None:
                at, written, fixed = near
                body.issues.append(
                    Issue(
                        path,
                        body_line + at,
                        f'an interview needs questions, and "{written}" is not written as one: '
                        f"a question starts with two # and a space, {fixed}",
                    )
                )
            else:
                body.issues.append(
                    Issue(
                        path,
                        body_line,
                        "an interview needs questions: start each question with '## ' on its "
                        "own line (## What do you do?), with the answer below it",
                    )
                )
        shown = [shows_something(q.answer) for q in qa]
        for n, (question, answer_md, line) in enumerate(pairs):
            # "<!-- nog invullen -->" or a rule alone: the page showed the
            # question with nothing under it.
            if not answer_md.strip() or not (shown[n] if n < len(shown) else True):
                body.issues.append(
                    Issue(path, body_line + line, f'the question "{question}" has no answer')
                )
        return body

    def _render_interview(
        self, intro_md: str, pairs, links: _Links, lang: str
    ) -> tuple[str, list[QA]]:
        """Intro and question/answer pairs from ONE Markdown conversion.

        Converting each answer separately cost a Markdown run per question;
        instead every question becomes a heading with a marker id that only
        this call knows (a fresh nonce: an employee cannot forge it), and the
        sanitised HTML is cut at those headings.
        """
        nonce = secrets.token_hex(6)
        doc = [intro_md]
        # The marker is a paragraph of its own before the question: as an id
        # written after it ("## {question} {#pq...}"), it was read as part of
        # a question holding a "{" ("Wat doet {x} hier?", "{{7*7}}"), which
        # went into the intro with the marker on the page.
        for n, (question, answer_md, _line) in enumerate(pairs, start=1):
            doc.append(f"\n\nPQ{nonce}Q{n}\n\n## {question}\n\n{answer_md}")
        cut = re.compile(
            rf'<p>PQ{nonce}Q\d+</p>\s*<h2\b(?:[^>]*?\sid="([^"]*)")?[^>]*>(.*?)</h2>', re.S
        )
        html_doc = links.resolve(self.convert("\n".join(doc), links, lang))
        parts = cut.split(html_doc)
        intro = shift_headings(parts[0].strip(), 2) if intro_md.strip() else ""
        qa = []
        # A question's anchor is its words, as a column heading's is: the id toc
        # gave its heading, numbered apart from the others ("_1") already, so
        # that [mijn tip](#wat-is-je-tip) reaches it. Taken as one more id, the
        # heading's own was "taken" and every question was "..._1".
        taken = set(_IDS.findall(html_doc))
        for i in range(1, len(parts), 3):
            own, question, answer = parts[i : i + 3]
            wanted = CONTENT_ID_PREFIX + _heading_id(_plain(question), "-")
            anchor = own or _free_id(wanted, taken)
            qa.append(
                QA(anchor, Markup(question.strip()), Markup(shift_headings(answer.strip(), 3)))
            )
        return intro, qa


class _Links:
    """Checks and rewrites the links of one story's sanitised HTML.

    Pelican's ``{static}``/``{attach}`` would copy any file the build can
    read (``../../publishconf.py``, ``/etc/hostname``) into the site as is.
    Here each one must name a publishable file inside content/; it is
    rewritten to the copy the photo step publishes (cleaned), and recorded.
    ``{filename}`` links to another story stay for Pelican to turn into
    that story's URL. Images on other sites are refused unless their host is
    in ``PODIUM_IMAGE_HOSTS``: every reader's browser would call that host.
    """

    def __init__(
        self,
        renderer: Renderer,
        source: str,
        path: str,
        body_line: int,
        folder: str,
        image_size: ImageSize | None = None,
    ):
        self.r, self.source, self.path, self.body_line = renderer, source, path, body_line
        self.folder = folder
        self.image_size = image_size
        self.sizes: dict[str, tuple[int, int] | None] = {}  # published URL -> image size
        self.found: list[Link] = []
        self.issues: list[Issue] = []
        self.kept: set[str] = set()  # {filename} links to stories, left for Pelican
        self.stories: list[Link] = []  # the story files they name, checked across the site
        self.pages: list[Link] = []  # links by path on this site, checked across the site
        self._lines: dict[str, int] = {}  # _line's answers
        self._breaks: list[int] | None = None  # where the source's lines end
        self._misses = 0  # values _line searched for in vain
        self._addresses: dict[str, int] | None = None  # see _written_at
        self._shares: set[str] = set()  # share paths dropped_links told of, as browsers read them

    def resolve(self, fragment: str) -> str:
        # The reader puts the site URL in place of every marker: one written in the
        # story (its text, an address) would have become the site URL on the page.
        fragment = _unmarked(fragment)
        self._vague(fragment)
        out: list[str] = []
        pos = 0
        for m in TAG.finditer(fragment):
            tag = m.group(2).lower()
            if m.group(1) or tag not in ("a", "img"):
                continue
            name = "href" if tag == "a" else "src"
            if tag == "img":
                values = {a.group(1).lower(): a.group(2) for a in ATTR.finditer(m.group(3))}
                if not values.get("src"):
                    # The sanitiser left out its address (javascript:, data:,
                    # file:; dropped_links warned) or none was written: an
                    # <img> without src is invalid HTML and shows a broken
                    # image, or nothing. What it shows is said in its alt
                    # text, which is what a reader gets instead, as text.
                    out.append(fragment[pos : m.start()])
                    # As the sanitiser writes text, so that cleaning it again changes nothing.
                    out.append(html.escape(html.unescape(values.get("alt") or ""), quote=False))
                    pos = m.end()
                    continue
                self._alt_text(m.group(3))
            size = None
            for am in ATTR.finditer(m.group(3)):
                if am.group(1).lower() != name or am.group(2) is None:
                    continue
                value = html.unescape(am.group(2))
                # A refused link is an error (the build stops), and still never
                # left for Pelican to resolve: it points nowhere.
                new = self._address(tag, value)
                new = "#" if new is None else new
                size = self.sizes.get(new) if tag == "img" else None
                if new != value:
                    start = m.start(3) + am.start(2)
                    out.append(fragment[pos:start])
                    out.append(_marked(new))
                    pos = m.start(3) + am.end(2)
            if tag == "img":
                out.append(fragment[pos : m.end(3)])
                out.append(_img_extra(m.group(3), size, _stands_alone(fragment, m)))
                pos = m.end(3)
        out.append(fragment[pos:])
        # A link whose address the sanitiser left out (dropped_links warned) is its text.
        return self._hidden(self._named(unwrap_bare_links("".join(out), _BARE_LINK_KEEPS)))

    def _named(self, fragment: str) -> str:
        """Each link with nothing to name it (``[](https://...)``, a linked
        picture without alt text) named by its address, as a bare address is
        shown: an empty ``<a>`` is a link no one sees, a keyboard stops on and
        a screen reader names nothing (WCAG 2.4.4, 4.1.2). An empty one is a
        warning here; the picture's own says it has no alt text."""
        if "</a>" not in fragment:
            return fragment

        def name(m: re.Match) -> str:
            href = html.unescape(m.group("href"))
            if not href.strip():
                return m.group(0)  # no address either: _no_address said so
            shown = html.escape(_address_shown(href), quote=True)
            if m.group("img") is None:
                self._nameless(href)
                return f"{m.group('open')}{shown}</a>"
            img = m.group("img")
            alt = _ALT.search(img)
            if alt is not None and alt.group(1).strip():
                return m.group(0)  # the picture names the link
            if alt is not None:
                img = img[: alt.start()] + img[alt.end() :]
            img = f'<img alt="{shown}"{img[len("<img") :]}'
            return f"{m.group('open')}{m.group('pad')}{img}{m.group('end')}"

        return _NAMELESS_LINK.sub(name, fragment)

    def _vague(self, fragment: str) -> None:
        """A warning for each link whose text says nothing of where it leads
        ("hier", "klik hier voor meer": ``linktext.vague_links``)."""
        if "</a>" not in fragment:
            return
        links = (
            (html.unescape(m.group("href")), html.unescape(TAG.sub("", m.group("text"))))
            for m in _LINK_AND_TEXT.finditer(fragment)
        )
        for href, written in linktext.vague_links(links):
            self.issues.append(Issue(
                self.path,
                self._line(href, f"[{written.strip()}]"),
                linktext.vague_message(written, href),
                "warning",
            ))  # fmt: skip

    def _nameless(self, href: str) -> None:
        shown = href if len(href) <= 120 else href[:117] + "..."
        self.issues.append(Issue(
            self.path,
            self._line(href),
            f'link "{shown}" has no text, so the page shows its address; write the words it is '
            f"for: [our vacancies]({shown})",
            "warning",
        ))  # fmt: skip

    def _hidden(self, fragment: str) -> str:
        """Refuse Pelican link syntax anywhere but in the links ``_address`` passed, and
        break it (``{`` as ``&#123;``) so that Pelican never acts on it.

        Scanned as Pelican will see it, with the reader's site URL in place of each
        marker: the marked src no longer matches, so Pelican's match from that tag
        moves on to the text of another attribute (alt="src='{static}...'")."""
        fragment, found = break_pelican_links(fragment, self.kept)
        for _what, path in found:
            shown = path if len(path) <= 120 else path[:117] + "..."
            self._error(
                path,
                f'link "{shown}" is inside an attribute that is not a link: only a '
                "link's href and an image's src may use {static}, {attach} or {filename}",
            )
        return fragment

    def dropped_iframes(self, raw: str) -> None:
        """A warning for each embed the sanitiser will leave out: the writer's
        video would vanish from the page without a word (as Markdown, not HTML,
        an iframe is a story's own raw HTML, so its src is the one written)."""
        hosts = frozenset(same_host(h) for h in self.r.iframe_hosts)
        for m in _RAW_IFRAME.finditer(raw):
            found = _RAW_SRC.search(m.group(0))
            src = next((g for g in found.groups() if g is not None), "") if found else ""
            src = html.unescape(src)
            if src and _iframe_src_ok(src, hosts):
                continue
            shown = src if len(src) <= 120 else src[:117] + "..."
            allowed = ", ".join(sorted(hosts)) or "none"
            self.issues.append(
                Issue(
                    self.path,
                    self._line(src) if src else self.body_line,
                    f'iframe "{shown}" is left out of the page: only https:// embeds from a '
                    f"host in setting PODIUM_IFRAME_HOSTS ({allowed}) are shown; link to it "
                    "instead, or add its host to the setting",
                    "warning",
                )
            )

    def hidden_rest(self, before: str) -> None:
        """A warning that the page left out the end of the story, on the line of
        the outermost tag left open in ``before`` (the raw HTML up to the end)
        that the page leaves out with all that is in it, or of a comment
        never closed: every line after it was its content."""
        left_open: list[re.Match] = []
        for m in WRITTEN_TAG.finditer(before):
            name = m.group(2).lower()
            if not m.group(1):
                if name not in VOID_ELEMENTS and not m.group(0).endswith("/>"):
                    left_open.append(m)
                continue
            # Only its own: "</p>" ends no <template> opened in the paragraph.
            names = [t.group(2).lower() for t in left_open]
            if name in names:
                del left_open[len(names) - 1 - names[::-1].index(name)]
        tag = next((m for m in left_open
                    if m.group(2).lower() not in ALLOWED_TAGS or m.group(2).lower() == "iframe"),
                   None)  # fmt: skip
        if before.rfind("<!--") > before.rfind("-->") and (
            tag is None or before.rfind("<!--") < tag.start()
        ):
            what, line, close = "a comment (<!--)", self._line("<!--"), "-->"
        elif tag is not None:
            name = tag.group(2).lower()
            what, line, close = f"<{name}>", self._line(tag.group(0)), f"</{name}>"
        else:
            what, line, close = "HTML", self.body_line, "its end tag"
        self.issues.append(Issue(
            self.path,
            line,
            f"the page leaves out the story from here to its end: {what} is never closed, so "
            f"all after it is read as its content, which the page leaves out; close it with "
            f"{close} where it ends, or remove it",
            "warning",
        ))  # fmt: skip

    def dropped_media(self, raw: str) -> None:
        """A warning for each <object>, <embed>, <video> and <audio> (a story's
        own raw HTML), which the sanitiser leaves out as it does a frame from
        another host: the clip vanished from the page without a word, where an
        iframe's warns."""
        hosts = ", ".join(sorted(same_host(h) for h in self.r.iframe_hosts)) or "none"
        for m in _RAW_MEDIA.finditer(raw):
            tag = m.group(1).lower()
            found = _RAW_MEDIA_SRC.search(m.group(0))
            if found is None and tag in ("video", "audio"):
                source = _RAW_SOURCE.match(raw, m.end())
                found = _RAW_SRC.search(source.group(0)) if source else None
            src = html.unescape(next(g for g in found.groups() if g is not None)) if found else ""
            shown = src if len(src) <= 120 else src[:117] + "..."
            what = f'{tag} "{shown}"' if src else f"a <{tag}> without address"
            self.issues.append(
                Issue(
                    self.path,
                    self._line(m.group(0)),  # as written: its src may be a link's too
                    f"{what} is left out of the page: a story shows no <object>, <embed>, "
                    "<video> or <audio>; link to it instead, or embed it as an iframe from a "
                    f"host in setting PODIUM_IFRAME_HOSTS ({hosts})",
                    "warning",
                )
            )

    def dropped_srcsets(self, raw: str) -> None:
        """A warning for each srcset (on an <img>, raw or with attr_list's
        ``{: srcset="..."}``, or a <picture>'s <source>), which the sanitiser
        leaves out: the writer's other sizes were dropped without a word."""
        if "srcset" not in raw.lower():
            return
        for m in _RAW_SRCSET.finditer(raw):
            written = next(g for g in m.group(2, 3, 4) if g is not None)
            value = html.unescape(written)
            shown = value if len(value) <= 120 else value[:117] + "..."
            # The attribute as written, not its value alone: a srcset naming one
            # file was found as that file's image link, lines away. attr_list
            # writes it double-quoted, whatever quotes the story used.
            line = self._line(m.group(1), f"srcset='{written}'", f"srcset={written}")
            self.issues.append(
                Issue(
                    self.path,
                    line,
                    f'srcset "{shown}" is left out of the page: the hub makes its own size of '
                    f"each image (at most {MAX_LINKED_SIDE} pixels a side) and publishes no "
                    "srcset; remove it",
                    "warning",
                )
            )

    def dropped_links(self, raw: str) -> None:
        """A warning for each link or image the sanitiser leaves out (a scheme
        other than http(s), mailto: or tel:, such as javascript: or file:), and
        for one with a backslash, which browsers read as "/": the link vanished
        from the page, or led elsewhere, without a word to the writer. Also for
        an image written without an address (``![Anna op de boot]()``, an
        ``<img alt>``): the page shows its alt text instead, as it does for one
        the sanitiser left out."""
        if "<img" in raw or "<IMG" in raw:
            for m in _RAW_IMG.finditer(raw):
                if _HAS_SRC.search(m.group(1)):
                    continue
                alt = _ALT.search(m.group(1))
                text = html.unescape((alt.group(1) or alt.group(2) or "") if alt else "")
                shown = text if len(text) <= 120 else text[:117] + "..."
                self.issues.append(Issue(
                    self.path,
                    # The tag as written (<img srcset=...>), or Markdown's "![](": the
                    # body's first line named none of them.
                    self._line(f"![{text}]", f"{text}]()", m.group(0)) if text
                    else self._line(m.group(0), "![]("),
                    (f'image "{shown}" has no address (src), so the page shows its text instead'
                     if text else "an image without address (src) or text is left out of the page")
                    + "; write the file it shows, like ![...]({static}/images/foto.jpg), or "
                    "leave the image out",
                    "warning",
                ))  # fmt: skip
        if "href" not in raw and "src" not in raw:
            return
        cleaner = _cleaner(frozenset())
        for m in _RAW_LINK.finditer(raw):
            tag, attr = m.group(1).lower(), m.group(2).lower()
            if (tag, attr) not in (("a", "href"), ("img", "src")):
                continue
            written = next(g for g in m.group(3, 4, 5) if g is not None)
            value = html.unescape(written)
            shown = value if len(value) <= 120 else value[:117] + "..."
            what = "link" if tag == "a" else "image"
            if tag == "a" and not value.strip():
                self._no_address(raw, m.start())
                continue
            # The sanitiser itself decides, on the value alone (not for a plain
            # web or mail address, which it keeps): what it leaves out is exactly
            # this. "https://[bad/x" is https, yet a URL it cannot read, and left out.
            if (
                (":" in value or "[" in value)
                and not _PLAIN_URL.match(value)
                and f"{attr}="
                not in cleaner.clean(f'<{tag} {attr}="{html.escape(value, quote=True)}">')
            ):
                scheme = SCHEME.match(value.strip())
                if (scheme and scheme.group(1).lower() in LINK_SCHEMES) or as_browsers_read(
                    value.strip()
                ).startswith("//"):
                    allowed = (
                        "it is no address a browser can read; look for a space, a bracket or a "
                        "port over 65535"
                    )
                elif tag == "a":
                    allowed = (
                        "a link may go to an http:// or https:// address, mailto:, tel: or a "
                        "path on this site"
                    )
                else:
                    allowed = (
                        "an image is a file in content/ linked with {static}, or https:// "
                        "from a host in setting PODIUM_IMAGE_HOSTS"
                    )
                message = f'{what} "{shown}" is left out of the page: {allowed}'
            elif SHARE_PATH.match(value):
                message = self._share_path(what, value)
            elif (backslash := backslashed(what, value)) is not None:
                message = backslash
            elif tag == "a" and (bare := _without_scheme(value)) is not None:
                message = bare
            elif tag == "a" and (hidden := hidden_host(what, value)) is not None:
                message = hidden
            else:
                continue
            line = self._line(written, value)
            self.issues.append(Issue(self.path, line, message, "warning"))

    def _no_address(self, raw: str, start: int) -> None:
        """A warning for a link without an address (``[onze vacatures]()``, as
        the editor saves a link whose address was left empty): it became
        ``<a href="">``, a link back to the page itself, without a word."""
        found = _LINK_TEXT.match(raw, start)
        text = " ".join(html.unescape(_TAGS.sub("", found.group(1) if found else "")).split())
        shown = text if len(text) <= 120 else text[:117] + "..."
        line = self._line(f"[{text}](", f">{text}<")
        self.issues.append(Issue(
            self.path,
            line,
            (f'link "{shown}" has no address, so it leads back to this page' if text
             else "a link without address or text leads back to this page and shows nothing")
            + "; write where it goes, like [...](https://example.com), or leave the link out",
            "warning",
        ))  # fmt: skip

    def anchors(self, whole: str) -> None:
        """A warning for each in-page link to an anchor the story does not have
        (``[de tips](#tips-die-niet-bestaan)``: a heading renamed, an anchor
        guessed), naming the anchors its headings have. Only the story's own
        ids can be meant: every in-page link it writes goes to one (``c-``)."""
        if 'href="#' not in whole:
            return
        ids = set(_IDS.findall(whole))
        headings = [html.unescape(h).removeprefix(CONTENT_ID_PREFIX)
                    for h in _HEADING_IDS.findall(whole)[:8]]  # fmt: skip
        there = ", ".join(f"#{h}" for h in headings) or "none"
        said: set[str] = set()
        for target in _ANCHOR_LINK.findall(whole):
            target = html.unescape(target)
            if not target or target in ids or target in said:
                continue
            said.add(target)
            written = target.removeprefix(CONTENT_ID_PREFIX)
            shown = " ".join(written.split())[:80]
            self.issues.append(Issue(
                self.path,
                self._line(f"#{written}", f"#{target}"),
                f'link "#{shown}" leads to no heading or anchor in this story; '
                f"the headings' anchors are {there}",
                "warning",
            ))  # fmt: skip

    def empty_headings(self, removed: int, md: markdown.Markdown) -> None:
        """A warning for each heading ``EmptyHeadings`` left out of the page, on
        its line, found by a scan of the source (in a block quote or a list item
        too). ``md`` converted it: a "##" line in a raw HTML block it kept is
        shown as written, not left out, and took the line of one left out after it."""
        if not removed:
            return
        lines = _empty_heading_lines(self.source, md)[:removed]
        for at, marks in lines:
            self.issues.append(Issue(
                self.path,
                self.body_line + at,
                f'the heading "{marks}" has no words, so the page leaves it out; write '
                "them after the #s and a space, or remove the line",
                "warning",
            ))  # fmt: skip
        if removed > len(lines):  # a form the scan does not read: said all the same
            self.issues.append(Issue(
                self.path,
                None,
                f"{counted(removed - len(lines), 'heading')} without words left out of the "
                "page; write the words after the #s and a space, or remove the line",
                "warning",
            ))  # fmt: skip

    def unused_footnote(self, label: str) -> None:
        """A warning for a footnote the text never refers to (UnusedFootnotes)."""
        written = f"[^{label}]"
        self.issues.append(Issue(
            self.path,
            self._line(f"{written}:"),
            f"footnote {written} is never referred to in the text, so the page leaves it out; "
            f"write {written} where it belongs, or remove it",
            "warning",
        ))  # fmt: skip

    def _share_path(self, what: str, value: str) -> str:
        """``\\\\fileserver\\hr\\handboek.pdf``, a Windows network share (Markdown
        reads its "\\\\" as one "\\"): a browser reads it as the path
        /fileserver/hr/... on the hub, where nothing is, and the writer was told
        to write it with "/", a broken link still (and a broken image)."""
        self._shares.add(as_browsers_read(value))
        name = value.rstrip("\\").rsplit("\\", 1)[-1]
        if what == "image":
            fix = f"put the image in content/images/ and write {{static}}/images/{name}"
        else:
            fix = (
                "link a web page (https://...) instead, or put the file in content/ and link "
                "it with {static} (a type in setting PODIUM_ATTACHMENTS)"
            )
        return on_a_share(what, value, fix)

    def _alt_text(self, attrs: str) -> None:
        """A warning for an image without alt text: the page would mark it as
        decoration (alt=""), and a screen reader says nothing of it (WCAG 1.1.1).
        So is alt text that names the file or only says it is a picture: a
        screen reader reads "IMG_2034.jpg" or "foto" out, which tells nothing."""
        found = ATTR.finditer(attrs)
        values = {a.group(1).lower(): html.unescape(a.group(2) or "") for a in found}
        alt = " ".join(values.get("alt", "").split())
        src = values.get("src", "")
        if not alt:
            problem = "has no alt text"
        elif _says_nothing(alt, src):
            problem = f'has alt text "{alt[:80]}", a file name or a word for a picture'
        else:
            return
        shown = src if len(src) <= 120 else src[:117] + "..."
        self.issues.append(
            Issue(
                self.path,
                self._line(src) if src else self.body_line,
                f'image "{shown}" {problem}; say what it shows for readers who cannot '
                "see it: ![two fitters on a roof](...)",
                "warning",
            )
        )

    def _line(self, value: str, *also: str) -> int:
        """The line of ``value`` in the story: where it is first written, else the body's first.

        A link's address is looked up among the story's addresses, read once
        (``_written_at``); anything else is searched for in the text. Each
        search reads the whole text, so a story of 40,000 links on one line
        (a 1 MB file may hold them) took minutes to check: a value is looked up
        once, lines are counted once, and after ``MAX_MISSES`` values the text
        does not hold as written, the rest get the body's first line without a search.
        """
        line = self._lines.get(value)
        if line is not None:
            return line
        at = self._written_at((value, unquote(value), *also))
        if at < 0 and self._misses < MAX_MISSES:
            for written in dict.fromkeys((value, unquote(value), *also)):
                at = self.source.find(written)
                if at >= 0:
                    break
            self._misses += at < 0
        if at >= 0:
            if self._breaks is None:
                self._breaks = [m.start() for m in re.finditer("\n", self.source)]
            line = self.body_line + bisect.bisect_left(self._breaks, at)
        else:
            line = self.body_line
        self._lines[value] = line
        return line

    def _written_at(self, values: Iterable[str]) -> int:
        """Where the first of ``values`` is first written as a link's address, or -1.

        A link's address on the page is not always the text as written:
        Markdown reads "\\(" as "(" and "\\." as "." (``javascript:alert\\(1\\)``),
        HTML reads "&amp;" as "&", a browser "\\" as "/". Searched for as the page
        has it, such a link was not found, and its warning named the body's
        first line (as did every link after ``MAX_MISSES`` such searches). The
        story's addresses are read once, in one pass, under each of the values
        they may become; each lookup is then a dictionary's.
        """
        if self._addresses is None:
            self._addresses = {}
            escaped = frozenset(self.r._md.ESCAPED_CHARS)

            def unescaped(m: re.Match) -> str:
                return m.group(1) if m.group(1) in escaped else m.group()

            for pattern, markdown_text in ((_MD_DEST, True), (_MD_REF, True),
                                           (_AUTOLINK, False), (_RAW_VALUE, False)):  # fmt: skip
                for m in pattern.finditer(self.source):
                    group = next(g for g in range(1, m.re.groups + 1) if m.group(g) is not None)
                    written = m.group(group).strip()
                    forms = {written, html.unescape(written)}
                    if markdown_text and "\\" in written:
                        forms.add(html.unescape(_ESCAPE.sub(unescaped, written)))
                    for form in list(forms):
                        forms.add(as_browsers_read(form))
                    for form in forms:
                        self._addresses.setdefault(form, m.start(group))
        return min((self._addresses.get(v, -1) for v in values if v in self._addresses),
                   default=-1)  # fmt: skip

    def _error(self, value: str, message: str) -> None:
        self.issues.append(Issue(self.path, self._line(value), message))

    def _address(self, tag: str, value: str) -> str | None:
        """What the page links for address ``value`` of an ``<a>`` or ``<img>``:
        a file in content/ as the media copy the build publishes, another story's
        ``{filename}`` and an outside address as written; None where it is
        refused (an error says why)."""
        # A browser strips the spaces around an address, Pelican matches its link
        # syntax from the quote: " {static}/../x.pdf" was left as a relative link
        # to "{static}/../x.pdf", broken, and never checked.
        value = value.strip(_HTML_SPACE)
        inner = _MARKDOWN_AS_ADDRESS.fullmatch(value.strip())
        if inner is not None:
            return self._markdown_as_address(tag, value, inner.group(1))
        m = _INDICATOR.match(value)
        if m is None:
            if tag == "img":
                self._external_image(value)
            else:
                self._page_link(value)
            return value
        what = m.group(1).strip()
        shown = value if len(value) <= 120 else value[:117] + "..."
        if what not in ("static", "attach", "filename"):
            self._error(
                value,
                f'link "{shown}": {{{what}}} links are not supported in stories; use '
                "{static}path for a file in content/ or {filename}path for another story",
            )
            return None
        try:
            split = urlsplit(m.group(2))
            target = unquote(split.path)
        except ValueError:  # "{attach}//[": an unclosed IPv6 host ended podium check
            self._error(value, f'link "{shown}" is not a valid path; link a file inside content/')
            return None
        # As in Pelican: "/x" is relative to content/, "x" to the story's folder.
        where = target.lstrip("/") if target.startswith("/") else f"{self.folder}/{target}"
        try:
            rel = paths.normalise(where.lstrip("/"))
        except paths.Refused as exc:
            self._error(value, f'link "{shown}" {exc}; link a file inside content/')
            return None
        if (dotted := paths.dot_name(rel)) is not None:
            # It was published as media/<rel>, a path most hosts refuse to serve.
            self._error(value, f'link "{shown}" {dotted}')
            return None
        pure = PurePosixPath(rel)
        story = pure.parts[0] in STORY_KINDS and pure.suffix in (".md", ".markdown")
        if what == "filename" and story:
            self.kept.add(value)
            self.stories.append(Link(rel, "story", self._line(value)))
            return value  # another story: Pelican writes its URL, copies nothing
        ext = pure.suffix[1:].lower()
        kind = filetypes.kind_of_link(ext, self.r.attachments)
        if kind is None and ext in ("heic", "heif"):
            # An iPhone photo linked as it was taken: say how to get one we publish.
            self._error(value, f'link "{shown}": the file {HEIF_PROBLEM}')
            return None
        if kind is None:
            allowed = one_of(self.r.attachments) if self.r.attachments else "none"
            what = f".{ext} files are" if ext else "a file without an extension is"
            # "plan#2.pdf" links plan, at its place "2.pdf": told only of a
            # missing extension, the writer looked for one on the file.
            cut = (
                f'; what follows "#" is a place in the file, so this links {rel}: rename a '
                'file with "#" in its name'
                if split.fragment
                else ""
            )
            self._error(
                value,
                f'link "{shown}": {what} not published; a story may link images (JPEG, PNG, '
                f"WebP), SVG drawings and the types in setting PODIUM_ATTACHMENTS ({allowed})"
                f"{cut}",
            )
            return None
        line = self._line(value)
        url = f"{MEDIA_MARKER}{MEDIA_DIR}/{quote(rel)}"
        if all(link.target != rel for link in self.found):
            drawn = kind in ("image", "svg") and self.image_size is not None
            size = self.image_size(rel) if drawn else None
            self.found.append(Link(rel, kind, line, size))
            self.sizes[url] = size
            if (device := device_in_path(rel)) is not None:
                # Published as media/<rel>, and kept in content/: as a photo named so.
                message = f'link "{shown}": {device}, and link that path'
                self.issues.append(Issue(self.path, line, message, "warning"))
        return url

    def _markdown_as_address(self, tag: str, value: str, inner: str) -> str | None:
        """``[r]: ![foto]({static}/x.jpg)``: a reference definition takes an address
        alone, and Python-Markdown took all of "![foto](...)" for one, so the
        page linked that text (a bare 404), and an image by it was told to write
        "{static}/![foto](...)". The address inside is what the writer meant:
        the page uses it, and a warning says how to write it."""
        shown = value if len(value) <= 120 else value[:117] + "..."
        ref = re.search(r"^[ ]{0,3}\[([^\]\n]+)\]:[ \t]*" + re.escape(value.strip()), self.source,
                        re.M)  # fmt: skip
        label = f"[{ref.group(1)}]" if ref else "[...]"
        what = "image" if tag == "img" else "link"
        self.issues.append(Issue(self.path, self._line(value), f'{what} "{shown}" is Markdown '
                                 f"where an address goes: a reference {label}: takes the address "
                                 "alone, so the page uses the one inside; write "
                                 f"{label}: {inner}", "warning"))  # fmt: skip
        return self._address(tag, inner)

    def _page_link(self, value: str) -> None:
        """Record a link to a path on this site (no scheme, no host): one to a
        story's URL that this build does not answer is checked across the site
        (podium_validate), as a ``{filename}`` link is."""
        try:
            parts = urlsplit(value.strip())
        except ValueError:
            return
        if parts.scheme.lower() in ("http", "https") and parts.netloc:
            # Perhaps the hub's own address written in full: which host that is
            # the parse cannot know (SITEURL is no part of it), validation does.
            self.pages.append(Link(value.strip(), "page", self._line(value)))
            return
        if parts.scheme or parts.netloc or not parts.path:
            return  # mailto:, another site by //host, or a link within the page (#x)
        self.pages.append(Link(parts.path, "page", self._line(value)))

    def _external_image(self, value: str) -> None:
        try:
            parts = urlsplit(value.strip())
        except ValueError:
            parts = None
        if parts is None or (not parts.scheme and not value.strip().startswith("//")):
            if parts is not None and parts.path and not parts.path.startswith("/"):
                self._relative_image(value)
            elif parts is not None and parts.path.startswith("/images/"):
                # content/images/ is never published as it is (photos are
                # re-encoded and reached through {static}), so /images/x.jpg is
                # always a broken image; other site URLs (/brand/, /theme/) exist.
                self._relative_image(value, "is not published at that address")
            elif parts is not None and parts.path.startswith("/"):
                self._site_path_image(value, parts.path)
            return  # a URL inside the site
        host = same_host(parts.hostname or "")
        if not host and not parts.scheme:
            # "///tracker.example/p.png": browsers skip every slash after the
            # first two, so the host is the first name after them; it was
            # "on another site ()".
            with contextlib.suppress(ValueError):
                host = same_host(urlsplit("//" + value.strip().lstrip("/\\")).hostname or "")
        if parts.scheme == "https" and host in self.r.image_hosts:
            return
        shown = value if len(value) <= 120 else value[:117] + "..."
        if host in self.r.image_hosts:
            # The host is allowed, the scheme is not (http://, or // which is
            # http:// on a page opened over http): saying "add its host" to a
            # writer whose host is listed already leaves them guessing.
            secure = parts._replace(scheme="https").geturl()
            if not parts.scheme:  # "//host/x", "///host/x": as browsers read them
                secure = "https://" + value.strip().lstrip("/\\")
            secure = secure if len(secure) <= 120 else secure[:117] + "..."
            self._error(
                value,
                f'image "{shown}" is on {host} (setting PODIUM_IMAGE_HOSTS) but not over '
                f"https://, which the hub's pages load images over; write {secure}",
            )
            return
        self._error(
            value,
            f'image "{shown}" is on another site ({host or parts.scheme}): every reader\'s '
            "browser would call it. Put the image in content/images/ and link it with "
            "{static}, or add its host to setting PODIUM_IMAGE_HOSTS",
        )

    def _site_path_image(self, value: str, path: str) -> None:
        """``![x](/etc/passwd)``, ``/Users/anna/foto.jpg``: a path from the site's
        root that the hub publishes nothing at (only the theme's files, the cards
        and STATIC_PATHS are published as they are) is a broken image, and the
        writer was told nothing; most often a path on the writer's own computer."""
        try:
            rel = paths.normalise(unquote(path).lstrip("/"))
        except paths.Refused:
            rel = ""
        if rel and any(rel == f or rel.startswith(f"{f}/") for f in self.r.site_files):
            return
        if value in self._shares:
            return  # a network share's path: said once, by dropped_links
        shown = value if len(value) <= 120 else value[:117] + "..."
        name = PurePosixPath(rel or unquote(path)).name or "foto.jpg"
        self.issues.append(Issue(self.path, self._line(value), f'image "{shown}" is a path '
                                 "from the site's root, where the hub publishes no such file "
                                 "(not a path on your computer, nor in content/); put the "
                                 "image in "
                                 f"content/images/ and write {{static}}/images/{name}, or "
                                 f"{{static}}{name} for a file beside the story",
                                 "warning"))  # fmt: skip

    def _relative_image(
        self,
        value: str,
        why: str = "is relative to the story's page, where no image is published",
    ) -> None:
        """``images/x.jpg`` is relative to the story's page (``/stories/<slug>/``),
        where nothing but the page is published: always a broken image. Writers
        mean a file in content/, which takes ``{static}``."""
        shown = value if len(value) <= 120 else value[:117] + "..."
        self._error(
            value,
            f'image "{shown}" {why}; '
            f"for a file in content/, write {{static}}/{value.lstrip('./')} (the path from "
            "content/)",
        )


def _img_extra(attrs: str, size: tuple[int, int] | None, alone: bool = False) -> str:
    """What an ``<img>`` gets besides what was written: its width and height where
    known (the browser keeps the image's room while it loads, so the text below
    does not jump: Lighthouse's layout shift), and lazy, asynchronous loading
    (a story's photos are below its header). What the writer gave is kept.
    An image that stands ``alone`` (``_stands_alone``) has its alt text, what
    the photo shows, indexed for search: "heide" found no story whose only
    words of the heath were a photo's."""
    written = {a.group(1).lower(): a.group(2) for a in ATTR.finditer(attrs)}
    extra = ""
    if alone and (written.get("alt") or "").strip() and "data-pagefind-index-attrs" not in written:
        extra += ' data-pagefind-index-attrs="alt"'
    if size is not None and not written.keys() & {"width", "height"}:
        extra += f' width="{size[0]}" height="{size[1]}"'
    if "loading" not in written:
        extra += ' loading="lazy"'
    if "decoding" not in written:
        extra += ' decoding="async"'
    return extra


# What an image standing on its own has beside it: the edge of a block (or
# another image), and at most the link it is in. Not a <br>: Pagefind ends no
# sentence there, and the alt text would end the line's words ("Regel een x.").
_ALONE_EDGES = frozenset({*_BLOCK_NAMES, "li", "td", "th", "dt", "dd", "figcaption", "caption",
                          "summary", "img"})  # fmt: skip
_BEFORE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>\s*(?:<a\b[^<>]*>\s*)?\Z")
_AFTER = re.compile(r"\s*(?:</a>\s*)?(?:\Z|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b)")


def _stands_alone(fragment: str, img: re.Match) -> bool:
    """Whether the image ``img`` of ``fragment`` has no words beside it in its
    block: a photo of its own paragraph, link or figure. Pagefind ends an alt
    text it indexes with a full stop, which is right after such a photo and
    would cut a sentence an image stands in ("Tekst een ster. gaat door")."""
    start = img.start()
    before = fragment[max(0, start - 2048) : start]
    if before.strip():
        found = _BEFORE.search(before)
        if found is None or found.group(2).lower() not in _ALONE_EDGES:
            return False
    after = _AFTER.match(fragment, img.end())
    return after is not None and (after.group(2) is None or after.group(2).lower() in _ALONE_EDGES)


# What a question looks like when it is not quite "## Question": another
# heading level, no space after the #s, or a line in bold.
_ALMOST_QUESTION = re.compile(r"^(?:#{1,6}\s*|\*\*|__)(?P<q>[^#*_].*?)(?:\*\*|__)?\s*$")


def _near_question(source: str) -> tuple[int, str, str] | None:
    """(line offset, line, how to write it) of the first near-miss question."""
    in_fence = False
    for i, line in enumerate(source.split("\n")):
        if _FENCE.match(line.strip()):
            in_fence = not in_fence
            continue
        found = None if in_fence else _ALMOST_QUESTION.match(line.strip())
        if found and (line.lstrip().startswith("#") or found["q"].rstrip().endswith("?")):
            if line[:1].isspace() and line.lstrip().startswith("##"):
                # Four spaces in (or a tab) is code: the message named "## Q"
                # as the way to write the "## Q" the writer saw in the file.
                return i, line.strip(), f"at the start of its line: ## {found['q'].strip()}"
            return i, line.strip(), f"## {found['q'].strip()}"
    return None


# A line alone in bold that asks (a question made bold, as Word taught).
_BOLD_QUESTION = re.compile(r"^(\*\*|__)(?P<q>[^*_].*?\?)\1\s*$")
# A numbered line that asks ("1. Wat doe je?"): a list of one question.
_NUMBERED_QUESTION = re.compile(r"^\d{1,3}[.)]\s+(?P<q>.+\?)\s*$")


def _misplaced_questions(source: str) -> list[tuple[int, str, str, bool]]:
    """(line offset, line, the question, among the opening words) of each line
    of an interview with questions that looks like a question but is not one:
    before the first, a near miss (``### Q``, ``**Q?**``) or a numbered line
    that asks; after it, a line alone in bold that asks (a sub-heading there
    is the answer's own)."""
    found, in_fence, asked = [], False, False
    lines = source.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        if _FENCE.match(stripped):
            in_fence = not in_fence
            continue
        if in_fence or line[:1].isspace():
            continue
        if _H2.match(line) or _setext_question(lines, i):
            asked = True
            continue
        bold = _BOLD_QUESTION.match(stripped)
        near = _ALMOST_QUESTION.match(stripped) if not asked else None
        if near and not (stripped.startswith("#") or near["q"].rstrip().endswith("?")):
            near = None
        numbered = _NUMBERED_QUESTION.match(stripped) if not asked else None
        hit = bold or near or numbered
        if hit:
            found.append((i, stripped, hit["q"].strip(), not asked))
    return found


def split_questions(source: str) -> tuple[str, list[tuple[str, str, int]]]:
    """Split Markdown at level-2 headings outside code fences.

    ATX (``## Question``) or Setext (the question, then a line of dashes, as
    pandoc writes a Word file's headings): a line of dashes makes a heading of
    the line above it when that line starts a paragraph, as Python-Markdown
    reads it; under a paragraph of more lines it is a rule.

    Returns the intro and (question, answer, line offset) triples.
    """
    intro: list[str] = []
    pairs: list[tuple[str, list[str], int]] = []
    in_fence = False
    lines = source.split("\n")
    underline = -1  # the line of dashes under a Setext question, not its answer's
    for i, line in enumerate(lines):
        if _FENCE.match(line.strip()):
            in_fence = not in_fence
        if i == underline:
            continue
        m = None if in_fence else _H2.match(line)
        if m:
            pairs.append((m.group(1), [], i))
        elif not in_fence and _setext_question(lines, i):
            pairs.append((line.strip(), [], i))
            underline = i + 1
        elif pairs:
            pairs[-1][1].append(line)
        else:
            intro.append(line)
    return "\n".join(intro), [(q, "\n".join(a), n) for q, a, n in pairs]


_SETEXT_H2 = re.compile(r"^ {0,3}-+[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")


def _setext_question(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a heading underlined with dashes on the next line."""
    line = lines[i]
    return (
        i + 1 < len(lines)
        and bool(line.strip())
        and not line.startswith(("    ", "\t"))  # code
        and not _FENCE.match(line.strip())
        and not _RULE.match(line)  # two rules, not a heading
        and (i == 0 or not lines[i - 1].strip())
        and bool(_SETEXT_H2.match(lines[i + 1]))
    )


# A line that opens a blockquote: "> ", also inside a list item ("- > "), or
# one written in HTML. Four spaces in is code.
_QUOTE_START = re.compile(r"^ {0,3}(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*>|<blockquote\b", re.I)


def _blockquote_line(body: Body, source: str, body_line: int) -> None:
    """Set ``body.blockquote_line``: the first line of ``source`` outside a code
    fence that opens a blockquote, as the body's first is ``body_line``."""
    if not body.blockquote:
        return
    fence = None
    for at, line in enumerate(source.split("\n")):
        opened = _FENCE.match(line.lstrip(" "))
        if fence is not None:
            if opened and opened.group(1) == fence:
                fence = None
        elif opened:
            fence = opened.group(1)
        elif _QUOTE_START.search(line):
            body.blockquote_line = body_line + at
            return


def _finish(body: Body, whole_html: str) -> Body:
    body.text = _plain(whole_html)
    if not body.headings:
        body.headings = [_plain(h) for h in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", whole_html)]
    # A quote may carry lang or dir (<blockquote dir="rtl">): still the pull quote.
    quote = re.search(r"<blockquote\b([^>]*)>(.*?)</blockquote>", whole_html, re.S)
    body.blockquote = None
    if quote:
        said, body.blockquote_by = _speaker(quote.group(2))
        body.blockquote = _plain(said) or None
        body.blockquote_lang, body.blockquote_dir = _lang_dir(quote.group(1), quote.group(2))
    return body


# The last line of a blockquote that names who said it, as typeset quotes do:
# "— Name" (em or en dash, "--", a horizontal bar) or a <cite> alone. A name
# is short and no sentence: "– en dat klopt." goes on the quote, it names no one.
_BREAK = re.compile(r"\n|<br\s*/?>|<p\b[^>]*>")
_DASHED = re.compile(r"^(?:—|–|―|--)\s*(\S.*)$", re.S)
_CITED = re.compile(r"^(?:(?:—|–|―|--)\s*)?<cite\b[^>]*>(.*?)</cite>$", re.S)


def _speaker(inner: str) -> tuple[str, str | None]:
    """The blockquote's HTML without its attribution line, and the speaker it
    names (None when the last line names no one: the story's author said it)."""
    # A quote written without a paragraph holds its words in a <div> (sentence_ends).
    text = re.sub(r"</(?:p|div)>\s*$", "", inner.rstrip())
    last = next(iter(reversed(list(_BREAK.finditer(text)))), None)
    if last is None:
        return inner, None
    said, line = text[: last.start()], text[last.end() :].strip()
    cited = _CITED.match(line)
    dashed = _DASHED.match(_plain(line))
    name = _plain(cited.group(1)) if cited else dashed.group(1).strip() if dashed else ""
    if not name or len(name) > 80 or name[-1] in ".!?…" or not _plain(said):
        return inner, None  # no name, a sentence, or nothing else: the quote as it is
    return said, name


def _lang_dir(attrs: str, inner: str) -> tuple[str | None, str | None]:
    """``lang`` and ``dir`` of a sanitised blockquote, each from the quote itself
    or else from its first paragraph (``> ...`` then ``{: lang=ar dir=rtl}``)."""
    first = re.match(r"\s*<p\b([^>]*)>", inner)
    found = {}
    for written in (first.group(1) if first else "", attrs):  # the quote's own win
        found.update({k.lower(): html.unescape(v or "") for k, v in ATTR.findall(written)})
    return found.get("lang") or None, found.get("dir") or None


# Tags inside a line of text: they join what they mark ("call me <em>Fatima</em>."
# read "call me Fatima ." in the summary under the title); any other tag
# (a paragraph, a list item, a cell, <br>) separates words.
_INLINE_TAGS = {
    "a", "abbr", "b", "cite", "code", "del", "em", "i", "ins", "kbd", "mark", "q", "s",
    "small", "span", "strong", "sub", "sup", "u",
}  # fmt: skip
_TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
# A footnote's number in the text ("YAML.[^1]") and its way back (an arrow):
# not part of a sentence.
_FOOTNOTE_REF = re.compile(
    r'<sup id="c-fnref:[^"]*">.*?</sup>|<a [^>]*\bhref="#c-fnref:[^>]*>.*?</a>', re.S
)


# The end of a list item, a table row or cell, or a definition: for the
# summary, the end of a sentence or a phrase ("Plan je pauzes Zet je telefoon
# uit" ran on, a table "Dag Uren maandag acht"), as Pagefind's excerpts read.
_ITEM_END = re.compile(r"</(li|dt|dd|tr|td|th)\s*>", re.I)
_CELL, _ITEM = "\x01", "\x00"  # never in sanitised HTML: control characters are refused
_MARKS = re.compile(r"\s*([\x00\x01])\s*")


def _plain(fragment: str, items: bool = False) -> str:
    """The text of an HTML fragment, one space between words; ``items``: each
    list item and table row ends as a sentence, each cell as a phrase."""
    fragment = _FOOTNOTE_REF.sub("", fragment)
    if items:
        fragment = _ITEM_END.sub(
            lambda m: _CELL if m.group(1).lower() in ("td", "th") else _ITEM, fragment
        )
    joined = _TAG_NAME.sub(lambda m: "" if m.group(1).lower() in _INLINE_TAGS else " ", fragment)
    text = " ".join(html.unescape(_TAGS.sub(" ", joined)).split())
    return _items_ended(text) if items else text


# A heading and its words: no sentence of the text (it ends none either).
_HEADING_ELEMENT = re.compile(r"<h([1-6])\b[^>]*>.*?</h\1>", re.S | re.I)


def _prose(fragment: str) -> str:
    """The text of ``fragment`` without its headings, for a derived summary or
    quote: "# Mijn eerste jaar" over "Ik begon hier." read "Mijn eerste jaar
    Ik begon hier.", the heading run into the sentence under it."""
    return _plain(_HEADING_ELEMENT.sub(" ", fragment), items=True)


def _blocks(fragment: str) -> list[str]:
    """The text of each block of ``fragment`` (a paragraph, a list item, a table
    cell), its headings left out: a derived quote is a sentence of one block.
    Run together, a list's "Day one: safety training" and "Day two: first
    install" and the paragraph under them read as one sentence of 14 words,
    which the card put in the writer's mouth."""
    fragment = _FOOTNOTE_REF.sub("", _HEADING_ELEMENT.sub(_ITEM, fragment))
    marked = _TAG_NAME.sub(lambda m: "" if m.group(1).lower() in _INLINE_TAGS else _ITEM, fragment)
    pieces = html.unescape(_TAGS.sub(" ", marked)).split(_ITEM)
    return [text for piece in pieces if (text := " ".join(piece.split()))]


def _items_ended(text: str) -> str:
    parts = _MARKS.split(text)
    out: list[str] = []
    for piece, mark in zip(parts[::2], [*parts[1::2], ""], strict=True):
        piece = piece.strip()
        if piece and mark and piece[-1] not in ".!?…:;,":
            piece += "," if mark == _CELL else "."
        elif not piece and mark == _ITEM and out and out[-1].endswith(","):
            out[-1] = out[-1][:-1] + "."  # a row's last cell ends its sentence
        if piece:
            out.append(piece)
    return " ".join(out)


_SHOWN_TAGS = re.compile(r"<(?:img|iframe|video|audio|svg)\b", re.I)


def shows_something(answer: str) -> bool:
    """Whether an answer's HTML shows a reader anything: text, or a picture or
    a video (a comment or a rule alone shows nothing)."""
    return bool(_plain(answer)) or bool(_SHOWN_TAGS.search(answer))


_IDS = re.compile(r' id="([^"]*)"')
_ANCHOR_LINK = re.compile(r'<a\b[^>]*?\shref="#([^"]*)"')
_HEADING_IDS = re.compile(r'<h[1-6]\b[^>]*?\sid="([^"]*)"')
# What a question's anchor may be: the prefix and a slug (the parse cache's check).
QUESTION_ID = re.compile(rf"{CONTENT_ID_PREFIX}[\w-]+")


def _free_id(wanted: str, taken: set[str]) -> str:
    """``wanted``, or with "_1", "_2" after it as toc numbers a second heading
    alike, whichever no element has yet; it is taken then."""
    found, n = wanted, 0
    while found in taken:
        n += 1
        found = f"{wanted}_{n}"
    taken.add(found)
    return found


def _heading_id(value: str, separator: str) -> str:
    from podium_read.schema import slugify

    return slugify(value)


_IMG_ALT = re.compile(r"<img\b[^>]*?\balt=\"([^\"]*)\"")


def derive_summary(body: Body, limit: int = 220) -> str:
    """The first sentences of the story, up to ``limit`` characters.

    A story of photos alone (a column that is one picture and its caption)
    has no sentence: its photos' alt texts say what it shows. "" when it has
    none either (the caller falls back to the title).
    """
    source = _prose(body.intro) or (_prose(body.qa[0].answer) if body.qa else _prose(body.html))
    if not source.strip():  # an interview whose first answer is only a photo
        source = body.text
    if not source.strip():
        alts = [a for a in (html.unescape(a).strip() for a in _IMG_ALT.findall(body.html)) if a]
        # One sentence each, as they are read one after the other.
        said = [a if a[-1] in ".!?…" else f"{a}." for a in alts[:-1]]
        source = " ".join([*said, *alts[-1:]])
    return clip_sentences(source, limit)


# The quotation marks a writer wraps a quote in, each opening one with the
# closing ones it pairs with: Dutch and English “…”, German „…“, Swedish ”…”,
# Arabic ”…“, French «…», single ‘…’, and straight ones.
_WRAPPING = {"“": "”", "„": "“”", "”": "”“", "«": "»", "»": "«", "‘": "’", '"': '"'}


def unwrapped(quote: str) -> str:
    """``quote`` without the quotation marks wrapped around all of it.

    The pull quote and the quote square draw their own marks: the blockquote
    > “Rust is ook werk.” showed as ““Rust is ook werk.””. A full stop after
    the closing mark (“Rust is ook werk”.) stays, inside. Marks that open and
    close a part only ("Rust", zei ze, "is werk") are the writer's.
    """
    text = quote.strip()
    end = text[-1:] if text[-1:] in ".!?…" and len(text) > 2 else ""
    body = text[: len(text) - len(end)]
    if len(body) < 3 or body[0] not in _WRAPPING or body[-1] not in _WRAPPING[body[0]]:
        return quote
    inner = body[1:-1]
    if any(mark in inner for mark in {body[0], *_WRAPPING[body[0]]}) or not inner.strip():
        return quote
    return inner.strip() + (end if not inner.rstrip().endswith(tuple(".!?…")) else "")


def derive_quote(body: Body, avoid: str = "") -> str | None:
    """A pull quote: the first blockquote, else the first quotable sentence.

    Quotable: 8 to 30 words and no longer than a written quote may be
    (``MAX_LEN["quote"]`` characters), not a question, not already in the
    summary (``avoid``) that stands right above it. Deterministic, so a
    rebuild never changes a card that nobody edited. Without the bound on
    characters, a sentence of eight words one of which was 400,000 letters
    long became the pull quote, and its card took nearly three minutes to
    typeset (the card breaks a word wider than its box letter by letter, at
    every size it tries).
    """
    if body.blockquote:
        return clip_sentences(unwrapped(body.blockquote), 220)
    fragments = [p.answer for p in body.qa] or [body.html]
    for text in (block for fragment in fragments for block in _blocks(fragment)):
        for sentence in SENTENCE_BREAK.split(text):
            if len(sentence.strip()) > MAX_LEN["quote"]:
                continue
            n = len(sentence.split())
            if 8 <= n <= 30 and not sentence.endswith("?") and sentence not in avoid:
                return sentence.strip()
    return None
