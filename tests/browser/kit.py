"""What the browser tests share: viewports and the page of every type."""

from __future__ import annotations

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

# Every page type of the test site, in both languages where it exists.
PAGES = {
    "front": ["/", "/en/"],
    "story-interview": ["/stories/anna-de-boer/", "/en/stories/anna-de-boer/"],
    "story-column": ["/stories/ben-bakker/", "/en/stories/carla-en-only/"],
    "listing": ["/stories/", "/en/interviews/", "/columns/", "/stories/page/2/"],
    "people": ["/people/", "/en/people/"],
    "person": ["/people/anna-de-boer/", "/en/people/carla-mendes/"],
    "theme": ["/themes/tech/", "/en/themes/balance/"],
    "themes-index": ["/themes/", "/en/themes/"],
    "vacancy-open": ["/vacancies/501/", "/en/vacancies/502/"],
    "vacancy-closed": ["/vacancies/503/"],
    "vacancies-index": ["/vacancies/", "/en/vacancies/"],
    "tombstone": ["/stories/frank-consent-ended/", "/en/stories/teruggetrokken-verhaal/"],
    "404": ["/404.html", "/en/404.html"],
    "search": ["/search/", "/en/search/"],
}
ALL_PAGES = [(kind, url) for kind, urls in PAGES.items() for url in urls]


def shot_name(url: str, suffix: str = "") -> str:
    name = url.strip("/").replace("/", "_").replace(".html", "") or "front"
    return f"{name}{suffix}.jpg"


def fonts_loaded(where) -> None:
    """Wait for the web fonts of ``where`` (a page, a frame, or a locator: then of
    the document it is in, an iframe's too) before measuring its layout.

    The theme's Inter is ``font-display: swap``: until it has loaded, text is in
    the fallback font, wider or narrower, and a box, an overflow or a position
    measured then is the fallback's. A pull quote measured so failed a CI run
    under load (413eeb8d). Every test that measures calls this after it opens
    a page and before it measures (tests/quality/test_browser_fonts.py)."""
    if hasattr(where, "evaluate_all"):  # a Locator (pages and frames have no such method)
        where.first.evaluate("e => e.ownerDocument.fonts.ready")
    else:
        where.evaluate("document.fonts.ready")


def user_style(page, css: str) -> None:
    """Apply ``css`` to ``page`` as a reader's own stylesheet would (a text
    spacing bookmarklet, an extension): a constructed stylesheet, which the
    page's Content-Security-Policy leaves alone, as it leaves a reader's
    styles; ``add_style_tag`` writes a ``<style>`` the policy refuses."""
    page.evaluate(
        """(css) => { const sheet = new CSSStyleSheet(); sheet.replaceSync(css);
                      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; }""",
        css,
    )
