"""``render_once``: a teaser rendered once per story and build, the same markup each time."""

from __future__ import annotations

import pytest
from jinja2 import DictLoader, Environment

from podium_render import render_once


def _env(calls: list) -> Environment:
    env = Environment(
        autoescape=True,
        loader=DictLoader(
            {
                "m.html": "{% macro t(x, h) -%}{{ render_once(_t, x, h) }}{%- endmacro %}"
                "{% macro _t(x, h) -%}<{{ h }}>{{ count(x.name) }}</{{ h }}>{%- endmacro %}",
                "page.html": '{% from "m.html" import t %}'
                "{% for s in items %}{{ t(s, h) }}{% endfor %}",
            }
        ),
    )
    env.globals["render_once"] = render_once
    env.globals["count"] = lambda name: calls.append(name) or name
    return env


class Story:
    def __init__(self, name: str) -> None:
        self.name = name


def test_each_story_and_heading_is_rendered_once_with_the_same_markup():
    calls: list[str] = []
    env = _env(calls)
    a, b = Story("a<"), Story("b")
    page = env.get_template("page.html")
    first = page.render(items=[a, b, a], h="h3")
    again = page.render(items=[b, a], h="h3")
    other = page.render(items=[a], h="h2")
    assert first == "<h3>a&lt;</h3><h3>b</h3><h3>a&lt;</h3>"
    assert again == "<h3>b</h3><h3>a&lt;</h3>" and other == "<h2>a&lt;</h2>"
    assert calls == ["a<", "b", "a<"]  # a/h3, b/h3, a/h2


def test_a_new_environment_renders_again():
    calls: list[str] = []
    a = Story("a")
    _env(calls).get_template("page.html").render(items=[a], h="h3")
    _env(calls).get_template("page.html").render(items=[a], h="h3")
    assert calls == ["a", "a"]


def test_a_grid_looks_its_teasers_up_without_a_macro_call_each():
    """The theme's grid (_lists.html) calls render_once itself: through the
    teaser macro it made a Jinja macro call per teaser per list (5,439 in a warm
    build of a thousand stories) only to find the one rendered already."""
    from pathlib import Path

    from jinja2 import ChoiceLoader, FileSystemLoader

    theme = Path(__file__).resolve().parents[2] / "theme" / "templates"
    calls: list = []
    env = Environment(
        autoescape=True,
        loader=ChoiceLoader(
            [
                DictLoader(
                    {
                        "_macros.html": "{% macro teaser(s, h='h3', big=False) %}"
                        "{{ fail() }}{% endmacro %}"
                        "{% macro teaser_html(s, h, big) %}<{{ h }}>{{ count(s.name) }}</{{ h }}>"
                        "{% endmacro %}",
                        "page.html": '{% from "_lists.html" import grid with context %}'
                        "{{ grid(items) }}{{ grid(items) }}",
                    }
                ),
                FileSystemLoader(str(theme)),
            ]
        ),
    )
    env.globals.update(
        render_once=render_once,
        count=lambda name: calls.append(name) or name,
        fail=lambda: pytest.fail("the teaser macro was called"),
        _=lambda *a, **k: "",
    )
    from podium.i18n import initials, long_date
    from podium_render.filters import FILTERS

    env.filters.update(FILTERS, longdate=long_date, initials=initials)
    items = [Story("anna"), Story("bram")]
    html = env.get_template("page.html").render(items=items)
    assert html.count("<h3>anna</h3>") == 2 and calls == ["anna", "bram"]


class Job:
    """What a job list's row reads of a vacancy; counts the rows rendered."""

    def __init__(self, title: str, rendered: list) -> None:
        self.title, self.rendered = title, rendered
        self.url, self.locations, self.employment_type = f"vacancies/{title}/", [], []
        self.salary = self.team = None

    def title_in(self, lang: str) -> tuple[str, str]:
        self.rendered.append((self.title, lang))
        return self.title, "nl"


def test_a_job_list_renders_each_job_once_per_language_however_many_stories_list_it():
    """Every story page lists its open roles (_lists.html's job_list): a job's
    row was rendered again on each story that links it, 1,412 rows for 223 of
    them in a warm build of 400 stories. Each page's language is a string of
    its own story (equal, not the same object), so it is compared by value."""
    from pathlib import Path

    from jinja2 import ChoiceLoader, FileSystemLoader

    theme = Path(__file__).resolve().parents[2] / "theme" / "templates"
    page = '{% from "_lists.html" import job_list with context %}{{ job_list(jobs) }}'
    env = Environment(
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        loader=ChoiceLoader([DictLoader({"page.html": page}), FileSystemLoader(str(theme))]),
    )
    env.globals.update(render_once=render_once, SITEURL="", _=lambda *a, **k: "")
    env.filters["job_locations"] = lambda locations, lang: lang
    rendered: list = []
    jobs = [Job("tester", rendered), Job("analist", rendered)]
    pages = [
        env.get_template("page.html").render(jobs=jobs, lang="".join(lang))
        for lang in (["n", "l"], ["n", "l"], ["e", "n"], ["n", "l"])
    ]
    assert rendered == [("tester", "nl"), ("analist", "nl"), ("tester", "en"), ("analist", "en")]
    assert pages[0] == pages[1] == pages[3] != pages[2]
    assert pages[0].count('<li class="job">') == 2 and "<span>nl</span>" in pages[0]
