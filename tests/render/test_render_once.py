"""``render_once``: a teaser rendered once per story and build, the same markup each time."""

from __future__ import annotations

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
