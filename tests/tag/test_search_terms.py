"""The theme keywords inside a story's compounds, for the search index, kept
between builds (podium_tag.plugin._SearchTerms)."""

from __future__ import annotations

import copy
import json
from types import SimpleNamespace

from pelican.settings import DEFAULT_CONFIG

from podium_tag import compounds, plugin

TEXT = "Ik nam ouderschapsverlof en werk nu aan softwareontwikkeling. Verlof is fijn."


def _settings(tmp_path):
    settings = copy.deepcopy(DEFAULT_CONFIG)
    (tmp_path / "content").mkdir(exist_ok=True)
    settings["PATH"] = str(tmp_path / "content")
    return settings


def _themes(*keywords):
    return [SimpleNamespace(keywords={"nl": keywords, "en": ("leave",)})]


def _terms(tmp_path, themes, text=TEXT, lang="nl"):
    terms = plugin._SearchTerms(_settings(tmp_path), themes)
    found = terms.of(lang, text)
    terms.save()
    return terms, found


def test_a_warm_build_reads_no_word_again(tmp_path, monkeypatch):
    themes = _themes("verlof", "software")
    _, first = _terms(tmp_path, themes)
    assert first == ("verlof", "software")

    def searched(*_):
        raise AssertionError("the story's words were read again")

    monkeypatch.setattr(compounds, "keywords_inside", searched)
    terms, again = _terms(tmp_path, themes)
    assert again == first and terms.kept.misses == 0


def test_changed_keywords_or_text_are_searched_again(tmp_path):
    _terms(tmp_path, _themes("verlof", "software"))
    assert _terms(tmp_path, _themes("verlof"))[1] == ("verlof",)
    assert (
        _terms(tmp_path, _themes("verlof"), TEXT.replace("ouderschaps", "zwangerschaps"))[
            0
        ].kept.misses
        == 1
    )
    assert _terms(tmp_path, _themes("verlof"), lang="en")[1] == ()  # English is not split


def test_a_planted_entry_is_not_trusted(tmp_path):
    """A CI cache restores the folder: a term that is no keyword, or that the
    story's text does not hold, is a miss, and the story is searched again."""
    themes = _themes("verlof", "software")
    terms, _ = _terms(tmp_path, themes)
    path = terms.kept.path
    entry = json.loads(path.read_text("utf-8"))
    blob = json.dumps(entry)
    for planted in (["gratis", "bitcoin"], ["verlof", "<script>"], "verlof", [1]):
        items = entry["items"]
        for key in items:
            items[key] = planted
        path.write_text(json.dumps(entry), "utf-8")
        again, found = _terms(tmp_path, themes)
        assert found == ("verlof", "software") and again.kept.misses == 1, planted
        entry = json.loads(blob)
