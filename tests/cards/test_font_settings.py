"""PODIUM_CARDS fonts of one's own: found beside the settings file."""

from __future__ import annotations

import shutil

from podium_cli.build import build
from podium_testkit import ROOT


def test_a_relative_card_font_is_found_beside_the_settings_file(site, tmp_path, monkeypatch):
    # As PATH and THEME are: `podium build -s site/pelicanconf.py` run from
    # elsewhere (CI's checkout root) refused the site's own font as missing.
    (site / "fonts").mkdir()
    shutil.copyfile(ROOT / "theme" / "fonts" / "Inter-Italic.otf", site / "fonts" / "brand.otf")
    conf = site / "pelicanconf.py"
    with conf.open("a", encoding="utf-8") as f:
        f.write('\nPODIUM_CARDS = {"font_bold": "fonts/brand.otf"}\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    output = build(conf, site / "output").output
    assert list((output / "cards").glob("hub.nl-*.jpg"))
