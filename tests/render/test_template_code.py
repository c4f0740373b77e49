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
