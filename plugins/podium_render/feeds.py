"""Machine-readable output: JSON Feed 1.1 and the XML sitemap (contract §6)."""

from __future__ import annotations

import html
import json
import mimetypes
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

from feedgenerator import Atom1Feed

from podium.i18n import translate
from podium.markup import ATTR, TAG
from podium.settings import PodiumSettings

from .meta import PageMeta, absolute


def author_name(article: Any) -> str:
    """The author as a feed names them: under the ``keep`` alumni policy a
    former colleague's story stays online, and the pages say "Oud-collega" on
    it so no reader takes the story for a current employee's. A feed reader
    shows the author's name and nothing of the page around the story, so the
    label goes with the name there."""
    name = article.author.name
    if getattr(article, "is_alumni", False) and not getattr(article, "anonymous", False):
        return translate("feed_author_alumni", article.lang, name=name)
    return name


def feed_content(article: Any, site_url: str) -> str:
    """The story's HTML as a feed carries it: every link absolute.

    A writer's relative link ("../anna/", "/vacancies/", "#c-top") means the
    story's page. A feed reader resolves it against the feed's own URL (Atom)
    or nothing at all (a JSON Feed shown on another site), so it pointed
    elsewhere or nowhere. Resolved here against the story's absolute URL;
    with a site-relative SITEURL (a local preview) there is no such URL and
    the HTML stays as the page has it. Computed once per story: it is in the
    site's feeds and every one of its themes' feeds, in both formats.
    """
    body = str(article.content)
    if not site_url.startswith(("https://", "http://")):
        return body
    memo = getattr(article, "_podium_feed_content", None)
    if memo is not None and memo[0] == site_url:
        return memo[1]
    out = absolute_links(body, absolute(site_url, article.url))
    article._podium_feed_content = (site_url, out)
    return out


def absolute_links(body: str, base: str) -> str:
    """``body`` with every ``href`` and ``src`` resolved against ``base``, the
    absolute URL of the page the HTML is on."""

    def attr(m: re.Match) -> str:
        if m.group(2) is None or m.group(1).lower() not in ("href", "src"):
            return m.group(0)
        url = urljoin(base, html.unescape(m.group(2)))
        return f'{m.group(1)}="{html.escape(url, quote=True)}"'

    def tag(m: re.Match) -> str:
        if m.group(1):
            return m.group(0)
        start, end = m.start(3) - m.start(), m.end(3) - m.start()
        whole = m.group(0)
        return whole[:start] + ATTR.sub(attr, m.group(3)) + whole[end:]

    return TAG.sub(tag, body)


# What feedgenerator writes first, and the namespaces of what it writes after.
XML_DECLARATION = b'<?xml version="1.0" encoding="utf-8"?>\n'
_ATOM = "http://www.w3.org/2005/Atom "
_XML = "http://www.w3.org/XML/1998/namespace "  # xml:lang, xml:base


def plain_atom(data: bytes) -> bool:
    """Whether ``data`` is an Atom feed as ``AtomFeed`` writes one: UTF-8, elements
    of the Atom namespace only, no processing instruction and no DOCTYPE.

    A feed kept in the cache is published as it is there, and a restored cache
    is not trusted: a browser opening a feed runs the script of an XHTML or SVG
    element in it, or an ``<?xml-stylesheet?>``'s XSLT, on the hub's address.
    Read as UTF-8 whatever the file declares, as a host serving it so would."""
    if not data.startswith(XML_DECLARATION):
        return False

    def element(name: str, attrs: dict[str, str]) -> None:
        if not name.startswith(_ATOM) or any(" " in a and not a.startswith(_XML) for a in attrs):
            raise ValueError(name)

    def refuse(*_args: object) -> None:
        raise ValueError("not an Atom feed as written")

    parser = expat.ParserCreate("utf-8", namespace_separator=" ")
    parser.StartElementHandler = element
    parser.ProcessingInstructionHandler = refuse
    parser.StartDoctypeDeclHandler = refuse
    try:
        parser.Parse(data[len(XML_DECLARATION) :], True)
    except (ValueError, expat.ExpatError):
        return False
    return True


class AtomFeed(Atom1Feed):
    """Pelican's Atom feed, plus each story's card as an ``enclosure`` link.

    stories.json gives every story its card as ``image``; the Atom feed gave
    a reader (Feedly, NetNewsWire, a chat bot) none, so each entry showed as a
    bare title. feedgenerator's own enclosures always write ``length``, which
    is unknown here (the cards step runs after this one) and optional in
    RFC 4287 (section 4.2.7.6), so the link is written here without it.
    """

    def add_item_elements(self, handler, item) -> None:
        super().add_item_elements(handler, item)
        image = item.get("podium_image")
        if image:
            kind = mimetypes.guess_type(image)[0] or "image/jpeg"
            handler.addQuickElement("link", "", {"rel": "enclosure", "href": image, "type": kind})


def story_item(article: Any, site_url: str, whole: bool = True) -> dict[str, Any]:
    """One JSON Feed item for a published story; ``whole``: with its HTML.

    A story not ``whole`` carries its summary as ``content_text`` instead
    (JSON Feed 1.1 wants one of the two): see ``whole_items``.
    """
    url = absolute(site_url, article.url)
    author: dict[str, Any] = {"name": author_name(article)}
    if getattr(article, "person_url", None):
        author["url"] = absolute(site_url, article.person_url)
    item: dict[str, Any] = {
        # Its URL, or where a renamed story was first published (hub's feed_id).
        "id": absolute(site_url, getattr(article, "feed_id", article.url)),
        "url": url,
        "title": article.title,
        "summary": str(article.podium_summary),
        **(
            {"content_html": feed_content(article, site_url)}
            if whole
            else {"content_text": str(article.podium_summary)}
        ),
        "date_published": article.date.isoformat(),
        "date_modified": getattr(article, "modified", article.date).isoformat(),
        "authors": [author],
        "language": article.lang,
        "_podium": {
            "kind": article.kind,
            "lang": article.lang,
            "themes": list(getattr(article, "theme_tags_json", [])),
            "vacancies": list(getattr(article, "open_vacancy_ids", [])),
        },
    }
    if getattr(article, "card_url", None):
        item["image"] = absolute(site_url, article.card_url)
    return item


def whole_items(ps: PodiumSettings) -> int | None:
    """How many of a JSON Feed's stories, newest first, carry their whole HTML.

    stories.json lists every published story (the data a job board reads,
    with ``_podium``), but each one's HTML made it some 40 MB at ten thousand
    stories, polled by every subscriber and repeated in each theme's feed. The
    newest ``FEED_MAX_ITEMS``, the ones the Atom feed carries whole, keep it;
    a reader has seen the older ones, and finds them from their summary and
    link (as Hugo's and mkdocs-material's feeds give every item). None: all.
    """
    return ps.feed_max_items


def json_feed(title: str, home: str, feed_url: str, lang: str, items: list[str]) -> str:
    """A JSON Feed of ``items``, each as ``encode_item`` gave it: a story is in
    its language's feed and in each of its themes', and its item (its whole
    HTML) was built and encoded again for each."""
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "home_page_url": home,
        "feed_url": feed_url,
        "language": lang,
    }
    head = _compact(feed)[:-1]  # "items" is the last member, as it always was
    return f'{head},"items":[{",".join(items)}]}}\n'


def encode_item(item: dict[str, Any]) -> str:
    """One JSON Feed item (``story_item``) as it stands in a feed's text."""
    return _compact(item)


def _compact(value: Any) -> str:
    # Compact, so json uses its C encoder: with indent it falls back to the
    # pure-Python one, 1.1 of 22 profiled seconds of a warm 1,000-story build.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def favicon(color: str, accent: str) -> str:
    """/favicon.svg of a hub with no logo nor favicon of its own, which every
    page then links (base.html): a plain mark in the brand's colours. A file,
    not a data: URI, since Google Search shows only a favicon it can crawl.
    Written here, not from a template, so a hub whose theme predates it builds."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
        f'<rect width="64" height="64" rx="14" fill={quoteattr(color)}/>'
        f'<circle cx="32" cy="32" r="13" fill={quoteattr(accent)}/></svg>\n'
    )


def robots(site_url: str) -> str:
    """robots.txt: every page may be crawled (noindex pages say so themselves,
    and a crawler must fetch them to see it), and where the sitemap is.

    Search engines no longer take sitemap pings (Google stopped in 2023): the
    ``Sitemap:`` line is how a crawler finds it without Search Console. It must
    be an absolute URL, so a build without an absolute ``SITEURL`` (a local
    preview) leaves it out.
    """
    lines = ["User-agent: *", "Allow: /"]
    if site_url.startswith(("https://", "http://")):
        lines.append(f"Sitemap: {absolute(site_url, 'sitemap.xml')}")
    return "\n".join(lines) + "\n"


# The sitemaps protocol's limits per file; search engines refuse a larger one
# whole. Beyond them the URLs go in numbered files under a sitemap index.
MAX_URLS = 50_000
MAX_BYTES = 50 * 1024 * 1024
_SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
# In the sitemap of a build whose settings have no SITEURL of their own (a
# local preview with pelicanconf.py), whose URLs are publishconf.py's address
# all the same: `podium ping` refuses such a build (podium_ping.run).
PREVIEW_MARK = "podium: a preview build, its settings have no SITEURL; podium ping refuses it"


def _sitemap_entry(page: PageMeta, site_url: str) -> str:
    out = ["<url>", f"<loc>{escape(absolute(site_url, page.url))}</loc>"]
    if page.lastmod:
        out.append(f"<lastmod>{page.lastmod}</lastmod>")
    if len(page.alternates) > 1:
        for lang, url in sorted(page.alternates.items()):
            href = quoteattr(absolute(site_url, url))
            out.append(f'<xhtml:link rel="alternate" hreflang="{lang}" href={href}/>')
        if page.x_default is not None:
            href = quoteattr(absolute(site_url, page.x_default))
            out.append(f'<xhtml:link rel="alternate" hreflang="x-default" href={href}/>')
    out.append("</url>")
    return "\n".join(out)


def _urlset(entries: list[str]) -> str:
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="{_SITEMAP_NS}" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
    )
    return "\n".join([head, *entries, "</urlset>"]) + "\n"


def sitemaps(pages: Iterable[PageMeta], site_url: str, preview: bool = False) -> dict[str, str]:
    """File name -> text: ``sitemap.xml`` with ``xhtml:link`` hreflang
    alternates for translations; beyond MAX_URLS URLs (or MAX_BYTES), that is
    a sitemap index of ``sitemap-1.xml``, ``sitemap-2.xml``, ... (robots.txt
    and ``podium ping`` keep reading ``sitemap.xml``). ``preview``: the
    settings have no SITEURL of their own; ``sitemap.xml`` says so in a
    comment (PREVIEW_MARK), which search engines skip."""
    files = _sitemaps(pages, site_url)
    if preview:
        head, _, rest = files["sitemap.xml"].partition("\n")
        files["sitemap.xml"] = f"{head}\n<!-- {PREVIEW_MARK} -->\n{rest}"
    return files


def _sitemaps(pages: Iterable[PageMeta], site_url: str) -> dict[str, str]:
    listed = sorted((p for p in pages if p.in_sitemap and not p.noindex), key=lambda p: p.url)
    chunks: list[tuple[list[str], str]] = []  # (entries, newest lastmod)
    entries: list[str] = []
    size, newest = 0, ""
    room = MAX_BYTES - len(_urlset([]).encode("utf-8"))
    for page in listed:
        entry = _sitemap_entry(page, site_url)
        length = len(entry.encode("utf-8")) + 1
        if entries and (len(entries) >= MAX_URLS or size + length > room):
            chunks.append((entries, newest))
            entries, size, newest = [], 0, ""
        entries.append(entry)
        size += length
        newest = max(newest, page.lastmod or "")
    chunks.append((entries, newest))
    if len(chunks) == 1:
        return {"sitemap.xml": _urlset(chunks[0][0])}
    files = {f"sitemap-{n}.xml": _urlset(c) for n, (c, _) in enumerate(chunks, 1)}
    index = ['<?xml version="1.0" encoding="UTF-8"?>', f'<sitemapindex xmlns="{_SITEMAP_NS}">']
    for n, (_, lastmod) in enumerate(chunks, 1):
        index.append(f"<sitemap><loc>{escape(absolute(site_url, f'sitemap-{n}.xml'))}</loc>")
        if lastmod:
            index.append(f"<lastmod>{lastmod}</lastmod>")
        index.append("</sitemap>")
    index.append("</sitemapindex>")
    return {"sitemap.xml": "\n".join(index) + "\n", **files}
