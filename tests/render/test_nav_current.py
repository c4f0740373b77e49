"""``nav_here``: the menu section a page is in and its aria-current, worked out
in Python once per page (the menu is rendered once per language and answer). The built pages'
menus are checked in tests/e2e/test_reading_pages.py."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from markupsafe import Markup

from podium_render import nav_here


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
        ("en", "en/stories/carla/", "stories/", ' aria-current="true"'),
        ("en", "en/people/", "people/", ' aria-current="page"'),
        ("nl", "people/anna-de-boer/", "people/", ' aria-current="true"'),
        ("nl", "interviews/page/3/", "interviews/", ' aria-current="page"'),
        ("nl", "columns/", "columns/", ' aria-current="page"'),
        ("en", "en/themes/tech/", "themes/", ' aria-current="true"'),
        ("nl", "vacancies/", "vacancies/", ' aria-current="page"'),
        ("en", "en/vacancies/dev-1/", "vacancies/", ' aria-current="true"'),
        ("nl", "search/", "search/", ' aria-current="page"'),
        ("en", "stories/", None, ""),  # the Dutch list, seen from English
        ("nl", "en/stories/", None, ""),
        ("nl", "", None, ""),  # the front page
        ("nl", "404.html", None, ""),
    ],
)
def test_the_menu_marks_the_list_and_its_section(lang, url, section, said):
    here, current = nav_here(Settings())(SimpleNamespace(lang=lang, url=url))
    assert here == section
    assert isinstance(current, Markup) and current == said
