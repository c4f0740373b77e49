"""An SVG's <use> clones are counted before it is published.

A 2.4 KB drawing of nine levels of ten <use> clones each (``boundary.cloned_svg``)
passed every check of ``podium.filetypes.svg_problem``: as a brand logo it was on
every page and the favicon, and Chromium's page kept loading for minutes
(10,000 copies took it 0.7 s, 100,000 copies 10 s, a million never ended).
So were markers, patterns, masks and clip paths nested as deep (``boundary.nested_svg``).
"""

from __future__ import annotations

import pytest

from podium.filetypes import svg_problem

from .boundary import CLEAN_SVG, cloned_svg, nested_svg


@pytest.mark.parametrize("levels", [4, 5, 9])
def test_an_svg_whose_clones_draw_too_many_copies_is_refused(levels):
    assert svg_problem(cloned_svg(levels).encode()) == (
        "is an SVG whose <use> clones, markers, patterns, masks or clip paths draw its shapes "
        "again more than 10,000 times, which a browser takes seconds to minutes to show; draw "
        "it without them nested (Inkscape: Edit > Clone > Unlink Clone, Object > Pattern > "
        "Pattern to Objects) or simpler"
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


@pytest.mark.parametrize("kind", ["marker", "pattern", "mask", "clip"])
def test_markers_patterns_masks_and_clip_paths_that_draw_too_many_copies_are_refused(kind):
    problem = svg_problem(nested_svg(kind).encode())
    assert problem is not None and "more than 10,000 times" in problem, problem


@pytest.mark.parametrize("spelling", ["URL(", "Url(", "\\75 rl(", "\\55RL("])
@pytest.mark.parametrize("kind", ["marker", "pattern", "mask", "clip"])
def test_references_spelt_as_css_allows_are_counted(kind, spelling):
    """CSS reads a function's name in any case and with escapes ("URL(#r8)",
    "\\75 rl(#r8)"), so a browser fills, masks, clips and marks with them as
    with "url(#r8)"; the copy count read only "url(", and the eight levels of
    nested_svg so spelt passed as a drawing that draws nothing again."""
    svg = nested_svg(kind).replace("url(", spelling)
    problem = svg_problem(svg.encode())
    assert problem is not None and "more than 10,000 times" in problem, problem


@pytest.mark.parametrize("kind", ["marker", "pattern", "mask", "clip"])
def test_a_few_levels_of_them_are_published(kind):
    # Arrowheads on a chart's lines, a hatched bar, a masked photo: 10 x 10 at most.
    assert svg_problem(nested_svg(kind, levels=2).encode()) is None


def test_a_marker_on_a_long_line_counts_once_per_vertex():
    points = " ".join(f"{i},0" for i in range(2_000))
    marker = '<marker id="m">' + '<circle r="1"/>' * 10 + "</marker>"
    mid = CLEAN_SVG.replace("<rect", f'<defs>{marker}</defs><g marker-mid="url(#m)">'
                            f'<polyline points="{points}"/></g><rect')  # fmt: skip
    assert svg_problem(mid.encode()) is not None
    # An arrowhead at the end of the same line is drawn once.
    end = mid.replace("marker-mid", "marker-end")
    assert svg_problem(end.encode()) is None


def test_a_gradient_filling_thousands_of_shapes_draws_nothing_again():
    gradient = '<linearGradient id="g"><stop offset="0"/><stop offset="1"/></linearGradient>'
    shapes = '<rect width="1" height="1"/>' * 20_000
    svg = CLEAN_SVG.replace("<rect", f'<defs>{gradient}</defs><g fill="url(#g)">{shapes}</g><rect')
    assert svg_problem(svg.encode()) is None


def test_a_pattern_that_takes_its_shapes_from_another_by_href_counts_them():
    # A pattern with no shapes of its own draws those of the pattern its href
    # names (SVG 2, 14.4.2): nested through such patterns, the count saw one.
    defs = '<pattern id="p0" width="1" height="1"><rect width="1" height="1"/></pattern>'
    for n in range(1, 9):
        shapes = "".join(
            f'<rect x="{i}" width="1" height="1" fill="url(#p{n - 1})"/>' for i in range(10)
        )
        defs += f'<pattern id="s{n}" width="10" height="10">{shapes}</pattern>'
        defs += f'<pattern id="p{n}" href="#s{n}"/>'
    svg = CLEAN_SVG.replace("<rect", f'<defs>{defs}</defs><rect fill="url(#p8)"/><rect')
    assert svg_problem(svg.encode()) is not None
