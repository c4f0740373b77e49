"""Stems come from PyStemmer, the Snowball stemmers compiled, and are word for
word the stems of snowballstemmer's pure-Python classes, which built every tag,
link and cache key before (docs/benchmarks.md, thirty-fifth round)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import Stemmer

from podium import fingerprint, text

ROOT = Path(__file__).resolve().parents[2]

# Words no lexicon has: accents the stem folds afterwards, ligatures, other
# scripts, a decomposed accent, a long run, a stray digit.
ODD = [
    "privé", "café", "naïef", "ĳverig", "straße", "ﬁets", "groeﬁ", "één",
    "e\u0301e\u0301n", "x" * 300, "日本語", "ωμέγα", "łódź", "ørsted", "ærø",
    "a", "zz", "co2", "s", "ing", "ies", "ement", "vakvrouwen", "begeleiding",
    "duurzame", "pauzes", "functies", "thuiswerkers", "koffiepauzes", "jardinières",
]  # fmt: skip


def _pure(name: str):
    """snowballstemmer's own pure-Python stemmer, which it uses without PyStemmer."""
    module = importlib.import_module(f"snowballstemmer.{name}_stemmer")
    (cls,) = (
        v
        for k, v in vars(module).items()
        if isinstance(v, type) and k.endswith("Stemmer") and k != "BaseStemmer"
    )
    return cls()


def _words() -> list[str]:
    """Every word of the lexicons, the strings and the demo site (about 4,000),
    and the odd ones: the words a build stems."""
    sources = sorted((ROOT / "plugins").rglob("*.yml")) + sorted((ROOT / "content").rglob("*.md"))
    found = sorted({w for p in sources for w in text.words(p.read_text(encoding="utf-8"))})
    return found + ODD


def test_the_stemmer_is_the_compiled_one():
    for lang in text.STEMMERS:
        assert isinstance(text._stemmer(lang), Stemmer.Stemmer), lang


@pytest.mark.parametrize("lang", sorted(text.STEMMERS))
def test_every_language_stems_as_the_pure_python_snowball(lang):
    # Every word through every language's stemmer: a Dutch word in the German
    # one is as good a comparison of the two implementations.
    pure = _pure(text.STEMMERS[lang])
    words = _words()
    assert len(words) > 2000
    wrong = [
        (w, text.stem(lang, w)) for w in words if text.stem(lang, w) != text._fold(pure.stemWord(w))
    ]
    assert wrong == []


def test_the_code_fingerprint_names_pystemmer(tmp_path):
    # A PyStemmer upgrade could change a stem: the tag and link caches are then keyed anew.
    _, outside = fingerprint.project_sources(ROOT / "plugins" / "podium" / "text.py")
    assert {"Stemmer", "snowballstemmer"} <= outside
