"""One story added to a hub must not move the themes of the others.

A first version of round 11's learned decision read how the site's stories
score on each theme; on the benchmark's generated hub of a thousand stories,
one added column then changed the themes of sixteen others (and their cards,
theme pages and search index in the next CI build). This checks the property
end to end, with ``podium tag`` on a generated hub of 400 stories.
"""

from __future__ import annotations

import re

from click.testing import CliRunner

from podium_cli.cli import main
from podium_testkit import benchmark_module

LINE = re.compile(r"^(?P<path>[^:]+): (?P<themes>.*)$")
THEME = re.compile(r"([\w-]+) \((?:auto|explicit)")


def _themes(site, monkeypatch) -> dict[str, frozenset[str]]:
    monkeypatch.chdir(site)
    result = CliRunner().invoke(main, ["tag"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = {}
    for line in result.output.splitlines():
        if m := LINE.match(line):
            out[m["path"]] = frozenset(THEME.findall(m["themes"]))
    return out


def test_adding_a_story_leaves_the_other_stories_themes_alone(tmp_path, monkeypatch):
    corpus_mod = benchmark_module("corpus")
    corpus = corpus_mod.generate(tmp_path / "hub", 400)
    before = _themes(tmp_path / "hub", monkeypatch)
    assert len(before) >= 400 and sum(bool(t) for t in before.values()) > 300
    added = corpus_mod.add_one_story(corpus)
    after = _themes(tmp_path / "hub", monkeypatch)
    assert set(after) - set(before) == {str(added.relative_to(tmp_path / "hub"))}
    moved = {path for path, themes in before.items() if after[path] != themes}
    assert not moved, sorted(moved)[:5]
