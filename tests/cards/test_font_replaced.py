"""A font of PODIUM_CARDS replaced during ``podium serve`` (the brand's own
typeface dropped in over a placeholder) is drawn on the next rebuild, which
runs in the same process: the cards' font caches must not keep the old one."""

from __future__ import annotations

import os
import shutil

import podium_cards.plugin as card_plugin
from podium_cli.build import build
from podium_testkit import ROOT

FONTS = ROOT / "theme" / "fonts"


def _hub_card(output):
    (card,) = sorted((output / "cards").glob("hub.nl-*.jpg"))
    return card.read_bytes()


def test_a_replaced_card_font_is_drawn_on_the_next_rebuild(site, monkeypatch):
    # Cards drawn in the build's own process, as on a one-core machine or for a few cards.
    monkeypatch.setattr(card_plugin, "POOL_THRESHOLD", 10**6)
    brand = site / "brand.otf"
    shutil.copyfile(FONTS / "Inter-Bold.otf", brand)
    conf = site / "pelicanconf.py"
    with conf.open("a", encoding="utf-8") as f:
        f.write('\nPODIUM_CARDS = {"font_bold": "brand.otf"}\n')
    output = site / "output"
    build(conf, output)
    bold = _hub_card(output)

    replacement = site / "new.otf"
    shutil.copyfile(FONTS / "Inter-Italic.otf", replacement)
    os.replace(replacement, brand)  # as an editor or a download saves it
    build(conf, output)
    after = _hub_card(output)
    assert after != bold, "the hub card's title was drawn in the old font"

    # The same pixels as a build that never saw the old font.
    shutil.rmtree(output)
    shutil.rmtree(site / ".podium-cache")
    with conf.open("a", encoding="utf-8") as f:
        f.write('\nPODIUM_CARDS = {"font_bold": "italic.otf"}\n')
    shutil.copyfile(FONTS / "Inter-Italic.otf", site / "italic.otf")
    build(conf, output)
    assert _hub_card(output) == after
