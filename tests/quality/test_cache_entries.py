"""What a build keeps in its cache folder is what ``podium.cache.ENTRIES`` lists:
``invoke rebuild`` empties only a folder holding nothing else (a cache set to
"docs" had it delete the documentation), so a new entry left off the list
would make every rebuild refuse."""

from __future__ import annotations

from podium.cache import build_cache, foreign_entries
from podium_cli.build import load_settings
from podium_testkit import ROOT


def test_the_demo_hubs_cache_holds_only_what_a_build_writes(demo_site):
    cache = build_cache(load_settings(ROOT / "pelicanconf.py"))
    assert cache.is_dir() and any(cache.iterdir())
    assert foreign_entries(cache) == []
