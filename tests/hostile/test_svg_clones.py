"""An SVG's <use> clones are counted before it is published.

A 2.4 KB drawing of nine levels of ten <use> clones each (``boundary.cloned_svg``)
passed every check of ``podium.filetypes.svg_problem``: as a brand logo it was on
every page and the favicon, and Chromium's page kept loading for minutes
(10,000 copies took it 0.7 s, 100,000 copies 10 s, a million never ended).
"""

from __future__ import annotations

import pytest

from podium.filetypes import svg_problem

from .boundary import CLEAN_SVG, cloned_svg


@pytest.mark.parametrize("levels", [4, 5, 9])
def test_an_svg_whose_clones_draw_too_many_copies_is_refused(levels):
    assert svg_problem(cloned_svg(levels).encode()) == (
        "is an SVG whose <use> clones copy its shapes more than 10,000 times, which a browser "
        "takes seconds to minutes to show; unlink the clones (Inkscape: Edit > Clone > Unlink "
        "Clone) or clone less"
    )
    assert svg_problem(cloned_svg(levels, href="xlink:href").encode()) is not None


def test_a_drawing_with_a_thousand_clones_is_published():
    # A sprite or a logo's repeated shape: 10 x 10 x 10 squares, or 30 x 30.
    assert svg_problem(cloned_svg(3).encode()) is None
    assert svg_problem(cloned_svg(2, fan=30).encode()) is None


def test_a_use_that_clones_itself_counts_nothing_and_a_missing_target_nothing():
    # Browsers draw no clone of an element that holds the <use> itself.
    looped = CLEAN_SVG.replace("<rect", '<g id="a"><use href="#a"/><use href="#none"/></g><rect')
    assert svg_problem(looped.encode()) is None


def test_clones_in_a_deep_drawing_are_counted_without_recursing():
    deep = "<g>" * 50_000 + '<rect id="r" width="1" height="1"/>' + "</g>" * 50_000
    svg = CLEAN_SVG.replace("<rect", deep + '<use href="#r"/><rect')
    assert svg_problem(svg.encode()) is None
