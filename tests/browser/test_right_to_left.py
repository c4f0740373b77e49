"""A passage written right to left in a story reads as one."""

from __future__ import annotations

import pytest

from browser.conftest import serve
from podium_cli.build import build
from podium_testkit import copy_site


@pytest.fixture(scope="module")
def rtl_site(tmp_path_factory):
    site = copy_site(tmp_path_factory.mktemp("rtl"))
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(
        story.read_text(encoding="utf-8").replace(
            "Sindsdien plan ik",
            '<blockquote lang="ar" dir="rtl"><p>الصبر مفتاح الفرج، قالت لي جدتي.</p></blockquote>'
            "\n\nSindsdien plan ik",
        ),
        encoding="utf-8",
    )
    yield from serve(build(site / "pelicanconf.py", site / "output").output)


def test_a_right_to_left_quote_has_its_rule_where_its_lines_start(rtl_site, new_page):
    """The quote's rule was on its left, against the ends of its Arabic lines."""
    page, watch = new_page()
    page.goto(f"{rtl_site}/stories/ben-bakker/")
    sides = page.locator('.story__text blockquote[dir="rtl"]').evaluate(
        "el => { const s = getComputedStyle(el);"
        " return [s.borderRightWidth, s.borderLeftWidth, s.paddingRight]; }"
    )
    assert sides == ["4px", "0px", "20px"]
    watch.assert_clean("story with a right-to-left quote")
