"""Reading the hub with the keyboard, on a phone and zoomed in: the order
focus takes, the ring it draws, and what it may not be hidden behind."""

from __future__ import annotations

import pytest

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
    stops = page.evaluate(HEADER_STOPS)
    assert len(stops) >= 6, stops
    assert not out_of_reading_order(stops), (width, out_of_reading_order(stops), stops)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    watch.assert_clean(f"{path} at {width} px")
