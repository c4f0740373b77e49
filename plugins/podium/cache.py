"""Where Podium keeps what it can reuse between builds.

Parsed stories, photos, cards and the search index are cached in one folder,
``.podium-cache/`` beside ``content/`` unless ``PODIUM_CACHE_PATH`` says
otherwise: never inside ``content/`` (it is not content) nor ``output/``
(a build replaces that folder whole).
"""

from __future__ import annotations

from pathlib import Path

from .paths import real_folder

FOLDER = ".podium-cache"


def cache_root(content_path: str | Path, configured: str | None = None) -> Path:
    if configured:
        return real_folder(configured)
    return real_folder(content_path).parent / FOLDER


def build_cache(settings) -> Path:
    """The cache folder of a Pelican build, from its settings."""
    from .settings import get

    return cache_root(settings["PATH"], get(settings).cache_path)
