"""PODIUM_TAG_MEANING in a real build: the stories' vectors are kept in the build
cache, so a warm build embeds no story, not even when a theme changes (every
story is tagged again), and ``podium tag`` reads them (``podium_tag/meaning.py``)."""

from __future__ import annotations

import json

import pytest

from podium import settings as podium_settings
from podium_cli.build import build, load_settings
from podium_cli.report import site_tagger
from podium_tag import meaning
from podium_validate.site import load_site

pytestmark = pytest.mark.skipif(
    not meaning.available(), reason=f"{meaning.PACKAGE} is not installed (the meaning extra)"
)


def test_a_warm_build_with_meaning_embeds_no_story(site):
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "\nPODIUM_TAG_MEANING = True\n", "utf-8")
    first = build(conf, site / "output")
    stories = json.loads((first.output / "stories.json").read_text(encoding="utf-8"))["items"]
    assert first.stats["stories_embedded"] >= len(stories) > 0
    assert (site / ".podium-cache" / "tags" / "vectors.json").is_file()
    second = build(conf, site / "output")
    assert (second.stats["tags_reused"], second.stats["stories_embedded"]) == (True, 0)
    themes = site / "content" / "themes.yml"
    themes.write_text(themes.read_text().replace("code]", "code, programmeren]"), "utf-8")
    third = build(conf, site / "output")
    assert (third.stats["tags_reused"], third.stats["stories_embedded"]) == (False, 0)
    # `podium tag` and `podium report` read the vectors the build kept.
    settings = load_settings(str(conf))
    before = meaning.embedded[0]
    tagged = site_tagger(load_site(site / "content", podium_settings.get(settings)))
    assert tagged.tagger.config.meaning and len(tagged.docs) >= len(stories)
    assert meaning.embedded[0] == before
