"""Slugs: the one pattern every slug must match, and the one way to make one.

Story URLs, person pages, heading ids, team slugs and ATS department names
all go through :func:`slugify`, so "Café Łódź" becomes the same slug
wherever it is written.
"""

from __future__ import annotations

import re

from unidecode import unidecode

SLUG_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*"
SLUG_RE = re.compile(rf"^{SLUG_PATTERN}$")


def slugify(text: str, empty: str = "") -> str:
    """Lowercase ASCII words joined by hyphens ("Field Service" -> "field-service");
    letters are transliterated ("Łódź" -> "lodz"); ``empty`` when nothing is left."""
    return re.sub(r"[^a-z0-9]+", "-", unidecode(text).lower()).strip("-") or empty


def is_slug(value: object) -> bool:
    return isinstance(value, str) and SLUG_RE.match(value) is not None
