"""Image hygiene for photos that go into story pages and social cards.

``inspect_photo`` rejects what is not a usable photo, ``clean_photo``
normalises orientation and colour mode and drops every piece of metadata
(GPS first of all: a phone photo can reveal where an employee lives), and
``responsive_variants`` writes the sizes a page's ``srcset`` needs.
"""

from podium.photos import (
    MAX_PIXELS,
    Variant,
    clean_photo,
    has_gps,
    has_metadata,
    inspect_photo,
    responsive_variants,
)

__all__ = [
    "MAX_PIXELS",
    "Variant",
    "clean_photo",
    "has_gps",
    "has_metadata",
    "inspect_photo",
    "responsive_variants",
]

from .plugin import register  # noqa: E402  (Pelican glue; the rest is pure library)

__all__ += ["register"]
