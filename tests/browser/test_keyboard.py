"""Reading the hub with the keyboard, on a phone and zoomed in: the order
focus takes, the ring it draws, and what it may not be hidden behind."""

from __future__ import annotations

import pytest
from PIL import Image

from browser.conftest import serve
from browser.kit import fonts_loaded
from podium_cli.build import build
from podium_testkit import copy_site

# Every focusable thing in the header, in the order Tab reaches it (DOM order),
# each with its box.
HEADER_STOPS = """() => [...document.querySelectorAll(".site-header a, .site-header button")]
  .filter(e => e.getClientRects().length)
  .map(e => { const r = e.getBoundingClientRect();
              return {text: e.textContent.trim().slice(0, 20), top: r.top, bottom: r.bottom,
                      left: r.left}; })"""


def out_of_reading_order(stops):
    """Pairs where the next stop is on an earlier line, or left of this one on
    the same line: where the eye and the Tab key go different ways."""
    wrong = []
    for here, there in zip(stops, stops[1:], strict=False):
        same_line = there["top"] < here["bottom"] and here["top"] < there["bottom"]
        if (same_line and there["left"] < here["left"]) or (
            not same_line and there["top"] < here["top"]
        ):
            wrong.append((here["text"], there["text"]))
    return wrong


@pytest.mark.parametrize("width", [320, 390, 480, 640, 800, 1280])
@pytest.mark.parametrize("path", ["/", "/en/vacancies/"])
def test_tab_goes_through_the_header_in_the_order_it_is_read(new_page, base_url, path, width):
    """WCAG 2.4.3: at 320 px the language switch stood at the top right (CSS
    `order` put the menu under it), yet Tab reached it after every menu link.
    The header's order on screen is its order in the page at every width."""
    page, watch = new_page(viewport={"width": width, "height": 700})
    page.goto(base_url + path)
    fonts_loaded(page)
    stops = page.evaluate(HEADER_STOPS)
    assert len(stops) >= 6, stops
    assert not out_of_reading_order(stops), (width, out_of_reading_order(stops), stops)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    watch.assert_clean(f"{path} at {width} px")


# What the focus ring of the focused element covers of the characters around
# it: the ring is the outline (width + offset out from each box of the link);
# a transparent outline (drawn in forced colours only) covers nothing.
RING_OVER_TEXT = """() => {
  const e = document.activeElement, style = getComputedStyle(e);
  const clear = /^(transparent|rgba\\(.*, 0\\))$/.test(style.outlineColor);
  const drawn = style.outlineStyle !== "none" && !clear;
  const out = drawn ? parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset) : 0;
  const rings = [...e.getClientRects()].map(
    r => [r.left - out, r.right + out, r.top - out, r.bottom + out]);
  const block = e.closest("p, li, dd, td, blockquote, div");
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const covered = [];
  for (let n; (n = walker.nextNode()); ) {
    if (e.contains(n) || n.parentElement.closest(".visually-hidden")) continue;
    for (let i = 0; i < n.length; i++) {
      if (!n.data[i].trim()) continue;
      const range = document.createRange(); range.setStart(n, i); range.setEnd(n, i + 1);
      const glyph = range.getBoundingClientRect();
      const under = ([l, r, t, b]) => glyph.left < r - 1 && l + 1 < glyph.right
                                      && glyph.top < b && t < glyph.bottom;
      if (rings.some(under)) covered.push(n.data[i]);
    }
  }
  return covered.join("");
}"""

LINKS_STORY = """---
title: Links in de tekst
date: 2026-04-12
author: Lotte Link
role: Redacteur
consent: {given: 2026-04-01}
---

Lees [ons blog](https://example.org/blog), of [mail ons](mailto:werk@example.org).
Zie ook "[de vacature](https://example.org/v)"!

- Een lijst met [een link](https://example.org/lijst); en meer.

> Een citaat met [een bron](https://example.org/bron).

[![Ons nieuwe kantoor]({static}/images/kantoor.jpg)](https://example.org/kantoor)
"""


@pytest.fixture(scope="module")
def links_url(tmp_path_factory):
    """The test site plus a column whose links stand against punctuation."""
    site = copy_site(tmp_path_factory.mktemp("links"))
    photo = site / "content" / "images" / "kantoor.jpg"
    photo.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (800, 400), (40, 120, 90)).save(photo, "JPEG")
    (site / "content" / "columns" / "links.md").write_text(LINKS_STORY, encoding="utf-8")
    yield from serve(build(site / "pelicanconf.py", site / "output").output)


@pytest.mark.parametrize(
    ("path", "links", "script"),
    [
        ("/stories/links/", 5, True),
        ("/404.html", 1, True),
        ("/en/themes/balance/", 1, True),
        ("/vacancies/", 2, False),  # "Kies een thema: Werk & privé, Techniek & data"
    ],
)
def test_the_focus_ring_of_a_link_in_a_sentence_leaves_its_punctuation_readable(
    new_page, links_url, path, links, script
):
    """The ring (3 px, 3 px out) of "ons blog" was drawn over the comma after
    it, of "All jobs" over the full stop, of the 404's "English home page" over
    the colon before it. A link in running text is marked inside its own box."""
    page, watch = new_page(java_script_enabled=script)
    page.goto(links_url + path)
    text_links = page.locator(
        ":is(.prose, .notice, .empty, .filters__noscript) a:not([class]):not(:has(img))"
    )
    assert text_links.count() >= links
    covered = {}
    for link in text_links.all():
        link.focus()  # from a mouse-less page: :focus-visible, as Tab gives
        fonts_loaded(page)
        over = page.evaluate(RING_OVER_TEXT)
        if over:
            covered[link.inner_text()] = over
        marked = link.evaluate(
            "a => { const s = getComputedStyle(a); return s.backgroundColor !== "
            "getComputedStyle(a.parentElement).backgroundColor || s.outlineStyle !== 'none'; }"
        )
        assert marked, f"{path}: {link.inner_text()!r} shows no focus"
    assert not covered, f"{path}: the focus ring covers the characters beside it: {covered}"
    watch.assert_clean(path)


SHOWN = """e => { const s = getComputedStyle(e);
  return s.visibility === "visible" && parseFloat(s.opacity) > 0
         && e.getClientRects().length > 0; }"""


def test_tab_after_an_empty_search_field_lands_on_nothing_invisible(new_page, base_url):
    """Pagefind keeps its clear button ("Wissen") at opacity 0 while the field
    is empty, but in the Tab order: the next Tab after the field put focus
    on nothing the reader could see (WCAG 2.4.7). It is reached once there is
    something to clear."""
    page, watch = new_page(viewport={"width": 320, "height": 640})
    page.goto(f"{base_url}/search/")
    field = page.locator(".pagefind-ui__search-input")
    field.focus()
    page.keyboard.press("Tab")
    assert page.evaluate(f"({SHOWN})(document.activeElement)"), page.evaluate(
        "document.activeElement.outerHTML.slice(0, 120)"
    )
    field.fill("werk")
    field.focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "pagefind-ui__search-clear" in focused, focused
    assert page.evaluate(f"({SHOWN})(document.activeElement)")
    watch.assert_clean("search with the keyboard")


def test_in_forced_colours_the_menu_underlines_only_the_current_page(new_page, base_url):
    """Each menu link keeps a transparent bar for the current page's mark;
    forced colours (Windows' contrast themes) paint transparent borders, so
    every link had the bar and "you are here" (Verhalen) was lost."""
    page, watch = new_page(viewport={"width": 400, "height": 700}, forced_colors="active")
    # On a story "Verhalen" is its section (aria-current="true"), marked alike.
    for path, said in (("/stories/", "page"), ("/stories/anna-de-boer/", "true")):
        page.goto(f"{base_url}{path}")
        bars = page.locator(".site-nav a").evaluate_all(
            """els => els.map(a => [a.textContent.trim(), a.getAttribute("aria-current"),
                                    getComputedStyle(a).borderBottomColor,
                                    getComputedStyle(a.closest("header")).backgroundColor])"""
        )
        current = [b for b in bars if b[1] == said]
        others = [b for b in bars if b[1] is None]
        assert [b[0] for b in current] == ["Verhalen"], bars
        assert all(b[2] != b[3] for b in current), bars
        assert all(b[2] == b[3] for b in others), f"unmarked links show the bar: {bars}"
    watch.assert_clean("menu in forced colours")


def test_a_photo_that_is_a_link_in_a_story_shows_its_focus_ring(new_page, links_url):
    """A story's photo linked somewhere ([![...](photo)](address)) took the
    text links' focus mark, an ink background: under the photo, so Tab
    showed nothing. A linked photo keeps the ring round it."""
    page, watch = new_page()
    page.goto(links_url + "/stories/links/")
    link = page.locator(".prose a:has(img)")
    link.focus()
    ring = link.evaluate(
        """a => { const s = getComputedStyle(a);
                  return [s.outlineStyle, s.outlineColor, parseFloat(s.outlineWidth)]; }"""
    )
    assert ring[0] != "none" and ring[2] >= 2, ring
    assert ring[1] not in ("transparent", "rgba(0, 0, 0, 0)"), ring
    watch.assert_clean("a story with a linked photo")
