"""Cards render in a process pool while Pelican writes the pages, not after."""

from __future__ import annotations

from pelican.generators import ArticlesGenerator

import podium_cards.plugin as cards_plugin
from podium_cli.build import build


def test_card_rendering_starts_before_the_pages_are_written(site, monkeypatch):
    events: list[str] = []
    start, write = cards_plugin.CardGenerator._start_rendering, ArticlesGenerator.generate_output

    def started(self):
        start(self)
        events.append(f"cards started, pool={self.pool is not None}, jobs={len(self.missing)}")

    def writing(self, writer):
        events.append("pages written")
        return write(self, writer)

    monkeypatch.setattr(cards_plugin.CardGenerator, "_start_rendering", started)
    monkeypatch.setattr(ArticlesGenerator, "generate_output", writing)
    monkeypatch.setattr(cards_plugin, "POOL_THRESHOLD", 2)
    monkeypatch.setattr(cards_plugin.os, "cpu_count", lambda: 2)
    result = build(site / "pelicanconf.py", site / "output")
    assert events[0].startswith("cards started, pool=True") and events[1] == "pages written"
    assert result.stats["cards_rendered"] > 0
    assert len(list((site / "output" / "cards").iterdir())) == (
        result.stats["cards_rendered"] + result.stats["squares_rendered"]
    )
