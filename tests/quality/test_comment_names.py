"""Comments and docstrings of plugins/ name code that is there.

A name in backticks in a comment or docstring (``_reference``, ``site_of``)
sends the next engineer looking for it; one renamed or split since (Pagefind's
``_reference`` run became ``_start_reference`` and ``_finish_reference``) left
two docstrings pointing at nothing. Every snake_case name so written must be
a name in plugins/ (code or string), a template's word, or a test module's.
"""

from __future__ import annotations

import io
import re
import tokenize

from podium_testkit import ROOT

PLUGINS = ROOT / "plugins"
# Names of other projects' code, written as such.
# FriBidi's; Decap's date widget option; the Linux kernel's inode allocator's.
OUTSIDE = {"fribidi_get_mirror_char", "picker_utc", "recently_deleted"}
_QUOTED = re.compile(r"``([A-Za-z_][\w.]*)(?:\(\))?``|`([A-Za-z_][\w.]*)(?:\(\))?`")


def _tokens(source):
    return list(tokenize.generate_tokens(io.StringIO(source.read_text("utf-8")).readline))


def test_every_name_a_comment_gives_is_in_the_code():
    known: set[str] = set(OUTSIDE)
    quoted: list[tuple[str, int, str]] = []
    for source in sorted(PLUGINS.rglob("*.py")):
        for tok in _tokens(source):
            prose = tok.type == tokenize.COMMENT or (
                tok.type == tokenize.STRING and tok.string.startswith(('"""', "'''"))
            )
            if tok.type in (tokenize.NAME, tokenize.STRING) and not prose:
                known.update(re.findall(r"\w+", tok.string))
            if prose:
                for found in _QUOTED.findall(tok.string):
                    name = (found[0] or found[1]).split(".")[-1]
                    if "_" in name and name == name.lower():
                        where = source.relative_to(ROOT).as_posix()
                        quoted.append((where, tok.start[0], name))
    for template in (ROOT / "theme").rglob("*.html"):
        known.update(re.findall(r"\w+", template.read_text("utf-8")))
    known.update(p.stem for p in (ROOT / "tests").rglob("test_*.py"))
    missing = [f"{where}:{line}: {name}" for where, line, name in quoted if name not in known]
    assert not missing, f"comments name what the code does not have: {missing}"
