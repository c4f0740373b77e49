"""One build's Jinja environments share what they compile (``TemplateCode``)."""

from __future__ import annotations

from collections import Counter

import jinja2

from podium_cli.build import build
from podium_render import TemplateCode


def test_a_build_compiles_each_template_once(site, monkeypatch):
    # Pelican makes an environment per generator, and each compiled base.html
    # and the macros again.
    compiled: Counter[str] = Counter()
    compile_ = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, *args, **kwargs):
        compiled[filename] += 1
        return compile_(self, source, name, filename, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    build(site / "pelicanconf.py", site / "output")
    assert any(name.endswith("base.html") for name in compiled)
    assert {name: n for name, n in compiled.items() if n > 1} == {}


def test_an_edited_template_is_compiled_again():
    shared = TemplateCode()
    templates = {"page.html": "old {{ x }}"}

    def environment():
        return jinja2.Environment(loader=jinja2.DictLoader(templates), bytecode_cache=shared)

    assert environment().get_template("page.html").render(x=1) == "old 1"
    assert environment().get_template("page.html").render(x=2) == "old 2"
    templates["page.html"] = "new {{ x }}"
    assert environment().get_template("page.html").render(x=3) == "new 3"


def test_compile_templates_compiles_what_a_template_names_and_leaves_errors_to_the_render():
    from podium_render import compile_templates

    shared = TemplateCode()
    templates = {
        "page.html": '{% extends "base.html" %}{% if 0 %}{% include "missing.html" %}{% endif %}'
        '{% block b %}{% from "macros.html" import m %}{{ m() }}{% endblock %}',
        "base.html": "<{% block b %}{% endblock %}>",
        "macros.html": "{% macro m() %}m{% endmacro %}",
        "broken.html": "{% if %}",
    }
    env = jinja2.Environment(loader=jinja2.DictLoader(templates), bytecode_cache=shared)
    assert compile_templates(env, "page.html")
    assert len(shared._code) == 3  # page, base and macros (keyed by a hash of each name)
    assert not compile_templates(env, "missing.html")
    assert compile_templates(env, "broken.html")  # found, not compiled: the render says why
    assert len(shared._code) == 3

    compiled = []
    other = jinja2.Environment(loader=jinja2.DictLoader(templates), bytecode_cache=shared)
    compile_ = other.compile
    other.compile = lambda *a, **k: compiled.append(a) or compile_(*a, **k)
    assert other.get_template("page.html").render() == "<m>"
    assert compiled == []
