"""A hub with a third language (de): the texts added as README says, the pages
built, and what a story or person without a Dutch version links to."""

from __future__ import annotations

import pytest
import yaml

from podium_cli.build import build
from podium_testkit import read_page


@pytest.fixture
def german(site, monkeypatch):
    """The test site with German as a third language: Podium's texts given in
    German (the English ones stand in) and carla-en-only.en.md translated."""
    import podium.i18n as i18n
    import podium_render.share as share

    table = {key: {**entry, "de": entry.get("en")} for key, entry in i18n.strings().items()}
    table["language_name_de"] = {"nl": "Deutsch", "en": "Deutsch", "de": "Deutsch"}
    bank = {**share._bank(), "de": share._bank()["en"]}
    monkeypatch.setattr(i18n, "strings", lambda: table)
    monkeypatch.setattr(i18n, "languages", lambda: ("nl", "en", "de"))
    monkeypatch.setattr(share, "_bank", lambda: bank)
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8").replace(
        '"en": "Engineering"', '"en": "Engineering", "de": "Technik"'
    )
    conf.write_text(text + 'PODIUM_LANGUAGES = ["nl", "en", "de"]\n', encoding="utf-8")
    content = site / "content"
    themes = yaml.safe_load((content / "themes.yml").read_text(encoding="utf-8"))
    for theme in themes["themes"]:
        for key in ("name", "description", "keywords"):
            theme[key]["de"] = list(theme[key]["en"]) if key == "keywords" else theme[key]["en"]
    (content / "themes.yml").write_text(yaml.safe_dump(themes), encoding="utf-8")
    carla = (content / "columns" / "carla-en-only.en.md").read_text(encoding="utf-8")
    (content / "columns" / "carla-en-only.de.md").write_text(
        carla.replace("Finding my way in a Dutch team", "Mein Weg in einem niederländischen Team"),
        encoding="utf-8",
    )
    return site


def test_translations_without_a_dutch_one_name_one_x_default(german):
    # Carla's column is in English and German, not in the default language:
    # the English page named itself x-default and the German page itself, two
    # answers for one set of translations (Google ignores an hreflang set whose
    # pages disagree). Her people pages did the same.
    out = build(german / "pelicanconf.py", german / "output").output
    for pair in (("en/stories/carla-en-only/", "de/stories/carla-en-only/"),
                 ("en/people/carla-mendes/", "de/people/carla-mendes/")):  # fmt: skip
        sets = [read_page(out, url).alternates() for url in pair]
        assert sets[0] == sets[1], sets
        # The first of PODIUM_LANGUAGES that has the page, after the default.
        assert sets[0]["x-default"] == "/" + pair[0], sets


def test_a_story_in_two_languages_other_than_the_default_is_listed_once(german, caplog):
    # Pelican takes each of them for an original when none is in the default
    # language, and hangs the other on it as a translation: every list met
    # Carla's column twice, in English and in German (listing, front page,
    # people page, Atom and JSON feeds), and the summary counted 8 stories.
    import json
    import re

    result = build(german / "pelicanconf.py", german / "output")
    out = result.output
    for lang in ("en", "de"):
        url = f"/{lang}/stories/carla-en-only/"
        for page in ("stories/", "", "columns/", "people/carla-mendes/"):
            html = read_page(out, f"{lang}/{page}").html.split('<main id="main"')[1]
            # The front page's latest stories, before the sections per kind
            # (the interviews' is left out on /de/, which has none yet).
            html = re.split('aria-labelledby="(?:interviews|columns)-h"', html)[0]
            assert len(re.findall(f'class="teaser__title"><a href="{url}"', html)) == 1, page
        atom = (out / lang / "feeds" / "stories.atom.xml").read_text(encoding="utf-8")
        assert atom.count(f"<id>{url}</id>") == 1, lang
        items = json.loads((out / lang / "stories.json").read_text(encoding="utf-8"))["items"]
        assert [i["url"] for i in items].count(url) == 1, lang
    # nl: anna, ben, gina; en: anna, carla; de: carla.
    assert result.stats["stories"] == 6


def test_a_story_in_two_languages_other_than_the_default_gets_no_warning(german, caplog):
    # Every build warned "There are 2 original (not translated) items with slug
    # "carla-en-only": /tmp/.../carla-en-only.en.md /tmp/.../carla-en-only.de.md"
    # (Pelican's words, absolute paths, about a story and its translation) and
    # counted it in the summary's warnings.
    result = build(german / "pelicanconf.py", german / "output")
    assert not [r for r in caplog.records if "carla-en-only" in r.getMessage()]
    assert not [r for r in caplog.records if "original (not translated)" in r.getMessage()]
    alternates = read_page(result.output, "de/stories/carla-en-only/").alternates()
    assert alternates["en"] == "/en/stories/carla-en-only/"
