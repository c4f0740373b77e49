"""Podium's own YAML tables (UI strings, the question banks): read by libyaml,
to the very values PyYAML's pure-Python SafeLoader gives."""

from __future__ import annotations

import json

import pytest
import yaml

from podium import i18n, prompts

TABLES = [i18n.STRINGS_FILE, i18n.SHARE_PROMPTS_FILE, prompts.PROMPTS_FILE]


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_a_packaged_table_reads_as_the_pure_python_loader_reads_it(path):
    reference = yaml.safe_load(path.read_text(encoding="utf-8"))
    # In order too: the months' languages are listed in the table's order.
    assert json.dumps(i18n.packaged(path)) == json.dumps(reference)


@pytest.mark.skipif(not getattr(yaml, "__with_libyaml__", False), reason="PyYAML without libyaml")
def test_the_tables_every_build_reads_are_not_parsed_in_python(monkeypatch):
    # strings.yml through the pure-Python parser took 80 ms of every build and
    # every command (2% of a warm build of 400 stories); libyaml, 15 ms.
    parsed = []
    real = yaml.SafeLoader.__init__

    def counting(self, stream):
        parsed.append(stream[:40])
        real(self, stream)

    monkeypatch.setattr(yaml.SafeLoader, "__init__", counting)
    for cached in (i18n.strings, i18n.languages, prompts.prompts):
        cached.cache_clear()
    try:
        assert "nl" in i18n.languages() and i18n.strings()["months"]
        assert prompts.placeholders()
        assert parsed == []
    finally:
        for cached in (i18n.strings, i18n.languages, prompts.prompts):
            cached.cache_clear()
