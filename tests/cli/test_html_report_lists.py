"""The report page's lists of what needs doing: each a heading (with its how, where
it has one) over a list marked as a warning, in the one shape, escaped."""

from __future__ import annotations

from html import escape

import pytest

from podium.errors import Issue
from podium_cli.html_report import (
    ERRORS_HOW,
    ERRORS_TITLE,
    FAILING_HOW,
    FAILING_TITLE,
    UNTHEMED_HOW,
    UNTHEMED_TITLE,
    as_html,
)
from podium_cli.report import Report, Unthemed


def test_each_list_is_a_heading_over_a_warning_list():
    report = Report(
        today="2026-06-01",
        rows=[],
        unmatched=[Issue("content/themes.yml", 3, 'keyword "<b>" matched no story', "warning")],
        unthemed=[Unthemed("5&9", "Chauffeur <vracht>", "nl", "content/vacancies/x.yml")],
        failing_feeds=[Issue("content/vacancies/_feeds/acme.json", None, "pull fails", "warning")],
        errors=[Issue("content/interviews/x.md", 2, 'field "title" is empty')],
    )
    page = as_html(report)
    assert (
        '<h2 id="unmatched">Theme keywords that matched no story</h2><ul class="warn"><li><code>'
        "content/themes.yml:3: warning: keyword &quot;&lt;b&gt;&quot; matched no story"
        "</code></li></ul>"
    ) in page
    assert (
        f'<h2 id="unthemed">{escape(UNTHEMED_TITLE)}</h2><p>{escape(UNTHEMED_HOW)}</p>'
        '<ul class="warn"><li>'
        '<bdi lang="nl">Chauffeur &lt;vracht&gt;</bdi> (<code>5&amp;9</code>): '
        "<code>content/vacancies/x.yml</code></li></ul>"
    ) in page
    assert (
        f'<h2 id="errors">{escape(ERRORS_TITLE)}</h2><p>{escape(ERRORS_HOW)}</p>'
        '<ul class="warn"><li><code>'
        "content/interviews/x.md:2: error: field &quot;title&quot; is empty</code></li></ul>"
    ) in page
    assert (
        f'<h2 id="failing-feeds">{escape(FAILING_TITLE)}</h2><p>{escape(FAILING_HOW)}</p>'
        '<ul class="warn">'
        "<li><code>content/vacancies/_feeds/acme.json: warning: pull fails</code></li></ul>"
    ) in page


def test_an_empty_list_has_no_heading():
    page = as_html(Report(today="2026-06-01", rows=[]))
    for anchor in ("unmatched", "unthemed", "errors", "failing-feeds"):
        assert f'id="{anchor}"' not in page


def test_the_quarter_charts_share_one_scale():
    """Each theme's chart was scaled to its own busiest quarter: a theme with one
    story in a quarter drew as tall a bar as one with thirty, and the grid of
    charts read as if every theme were as well covered. The charts are small
    multiples on one scale (the busiest quarter of any theme), so a bar's height
    compares across themes; the numbers over the bars say the same."""
    import re

    from podium_cli.report import ThemeRow

    report = Report(
        today="2026-06-01",
        rows=[ThemeRow("busy", "Busy"), ThemeRow("quiet", "Quiet")],
        quarters={("2026-Q1", "busy"): 30, ("2026-Q2", "busy"): 10, ("2026-Q1", "quiet"): 1,
                  ("2026-Q2", "quiet"): 10},
    )  # fmt: skip
    page = as_html(report)
    heights = {}
    for slug in ("busy", "quiet"):
        svg = re.search(rf'<svg [^>]*"chart-{slug}-t[^>]*>.*?</svg>', page).group(0)
        bars = re.findall(r'height="([0-9.]+)" fill=[^>]*/><text [^>]*>(\d+)</text>', svg)
        heights[slug] = {int(n): float(h) for h, n in bars if int(n)}
    assert heights["busy"][10] == heights["quiet"][10] > 0
    assert heights["quiet"][1] == pytest.approx(heights["busy"][30] / 30, abs=0.1)
