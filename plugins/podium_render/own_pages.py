"""The hub's own pages (``TEMPLATE_PAGES``): templates in content/, rendered in a sandbox.

README invites a page of one's own as a template in content/ (``{"extra/about.html":
"about/index.html"}``), and content/ arrives in pull requests: Pelican renders
such a template in its plain Jinja environment, where
``{{ cycler.__init__.__globals__.os.popen('id').read() }}`` runs a program in the
build and puts what it printed on the hub. Here Pelican's template pages
generator gets Jinja's sandbox instead (as Ansible and Home Assistant render
their users' templates): no attribute that starts with ``_``, no function
internals, nothing that changes a list or dict the other pages are rendered
from, and no ``Secret`` (``podium.cache_key``). Jinja's sandbox still lets a
template call any public method of what it reaches, and the settings hold more
than data: ``ROOT.joinpath("x").write_text(...)`` (a ``Path`` in
pelicanconf.py) wrote files and ``read_text()`` read them. So only what is
meant to be called is: the methods of plain data (text, numbers, dates, lists,
dicts), Jinja's own helpers (macros, loops, blocks, ``namespace``) and the
environment's globals and filters; reading a value that is no method (a
story's ``title``, a setting) is as before. Each refusal is a one-line
``SecurityError`` on the template's line.
"""

from __future__ import annotations

import datetime as dt
import types
from typing import Any

from jinja2 import Environment, runtime, utils
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup
from pelican.generators import TemplatePagesGenerator

from podium.settings import Secret

# Whose methods a template page may call: plain data, and Jinja's own helpers.
_CALLABLE_ON = (
    str, Markup, bytes, int, float, bool, list, tuple, dict, set, frozenset,
    dt.date, dt.time, dt.timedelta,
    runtime.LoopContext, runtime.BlockReference, runtime.TemplateReference,
    runtime.Macro, utils.Namespace, utils.Cycler, utils.Joiner,
)  # fmt: skip
_HELPERS = (runtime.Macro, runtime.LoopContext, runtime.BlockReference)


class _PageSandbox(ImmutableSandboxedEnvironment):
    def unsafe_undefined(self, obj: Any, attribute: str) -> Any:
        # Jinja's sandbox answers an unsafe attribute with an undefined value, which
        # prints as nothing: {{ SITENAME.__class__ }} wrote "<p></p>" and the
        # build passed, and only a second step (.__mro__) was the error on its line
        # the README promises. Refused at the first step.
        raise SecurityError(
            f"access to attribute {attribute!r} of {type(obj).__name__!r} object is unsafe."
        )

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, Secret | types.ModuleType) or isinstance(value, Secret):
            return False
        if callable(value) and not isinstance(obj, _CALLABLE_ON):
            return False  # a method of a Path, an article, the settings: not data's
        return super().is_safe_attribute(obj, attr, value)

    def is_safe_callable(self, obj: Any) -> bool:
        if isinstance(obj, _HELPERS) or _own(obj, self.globals, self.filters, self.tests):
            return super().is_safe_callable(obj)
        owner = getattr(obj, "__self__", None)
        if isinstance(obj, types.BuiltinMethodType | types.MethodType) and isinstance(
            owner, _CALLABLE_ON
        ):
            return super().is_safe_callable(obj)
        return False  # a function found in a setting (JINJA_FILTERS' own dict), a class


def _own(obj: Any, *named: dict[str, Any]) -> bool:
    """Whether ``obj`` is one of the environment's globals, filters or tests."""
    return any(obj is value for values in named for value in values.values())


def sandboxed(env: Environment, settings: dict[str, Any]) -> Environment:
    """``env`` (a generator's, as Pelican made it) again as a sandbox: its loader,
    filters, tests and globals. Without the build's shared compiled code
    (``TemplateCode``), which is compiled outside the sandbox: a template the
    sandbox loads is compiled by it."""
    options = dict(settings.get("JINJA_ENVIRONMENT") or {})
    options.pop("bytecode_cache", None)
    sandbox = _PageSandbox(loader=env.loader, **options)
    sandbox.filters.update(env.filters)
    sandbox.tests.update(env.tests)
    sandbox.globals.update(env.globals)
    # render_once(f, x) calls f itself, where the sandbox does not look: the
    # theme's macros need it, a page of one's own does not.
    sandbox.globals.pop("render_once", None)
    return sandbox


def sandbox_template_pages(generator: object) -> None:
    """``generator_init``: Pelican's template pages generator renders in a sandbox."""
    if isinstance(generator, TemplatePagesGenerator):
        generator.env = sandboxed(generator.env, generator.settings)
