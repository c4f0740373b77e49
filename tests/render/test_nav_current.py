"""``nav_current``: the menu's aria-current, worked out in Python (seven links on
every page; a Jinja macro for it was 3% of a warm build). The built pages'
menus are checked in tests/e2e/test_reading_pages.py."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from markupsafe import Markup

from podium_render import nav_current


class Settings:
    default_lang = "nl"

    def lang_prefix(self, lang: str) -> str:
        return "" if lang == self.default_lang else f"{lang}/"


@pytest.mark.parametrize(
    ("lang", "url", "section", "said"),
    [
        ("nl", "stories/", "stories/", ' aria-current="page"'),
        ("nl", "stories/page/2/", "stories/", ' aria-current="page"'),
        ("nl", "stories/anna-de-boer/", "stories/", ' aria-current="true"'),
        ("nl", "stories/anna-de-boer/", "people/", ""),
        ("en", "en/stories/carla/", "stories/", ' aria-current="true"'),
        ("en", "en/people/", "people/", ' aria-current="page"'),
        ("en", "stories/", "stories/", ""),  # the Dutch list, seen from English
        ("nl", "", "stories/", ""),  # the front page
    ],
)
def test_the_menu_marks_the_list_and_its_section(lang, url, section, said):
    current = nav_current(Settings())(SimpleNamespace(lang=lang, url=url), section)
    assert isinstance(current, Markup) and current == said
