"""One module per ATS vendor; each has a pure ``normalise(payload, feed, warnings)``."""

from __future__ import annotations

from . import greenhouse, lever, personio, recruitee
from .common import FeedError

NORMALISERS = {
    "greenhouse": greenhouse.normalise,
    "lever": lever.normalise,
    "personio": personio.normalise,
    "recruitee": recruitee.normalise,
}
# What each vendor must answer with; anything else is refused before parsing.
CONTENT_TYPES = {
    "greenhouse": "json",
    "lever": "json",
    "personio": "xml",
    "recruitee": "json",
}

__all__ = ["NORMALISERS", "CONTENT_TYPES", "FeedError"]
