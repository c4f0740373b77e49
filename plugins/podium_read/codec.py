"""Parsed stories as plain JSON for the disk cache: data that cannot run code.

The cache folder sits beside ``content/`` and can arrive with a pull request
or a restored CI cache, so an entry is untrusted input. Pickle would run
whatever the entry says; JSON only describes values. Every value is tagged
with its type and decoded strictly: only the classes named in ``CLASSES``
can be built, each field must have the declared shape, and anything else
raises ``ValueError`` (the caller treats that as a miss and parses again).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from markupsafe import Markup

from podium.errors import Issue

from .body import QA, Body, Link
from .schema import Consent, References, Story

CLASSES: dict[str, type] = {
    c.__name__: c for c in (Issue, Consent, Story, References, QA, Body, Link)
}
FIELDS = {name: frozenset(f.name for f in dataclasses.fields(c)) for name, c in CLASSES.items()}


def encode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)) and not isinstance(value, Markup):
        return value
    if isinstance(value, Markup):
        return {"M": str(value)}
    if isinstance(value, Path):
        return {"P": str(value)}
    if isinstance(value, dt.datetime):
        zone = getattr(value.tzinfo, "key", None)
        if zone:
            # With its offset: the wall-clock time alone is two moments in the
            # hour a DST change repeats (the zone's fold).
            return {"dt": value.isoformat(), "zone": zone}
        return {"dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, tuple):
        return {"T": [encode(v) for v in value]}
    if isinstance(value, list):
        return {"L": [encode(v) for v in value]}
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("only string keys")
        return {"D": {k: encode(v) for k, v in value.items()}}
    if dataclasses.is_dataclass(value) and type(value).__name__ in CLASSES:
        return {
            "C": type(value).__name__,
            "f": {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)},
        }
    raise TypeError(f"cannot cache a {type(value).__name__}")


# What JSON gives back as itself: most of an entry's values (the strings of a
# story's text, its line numbers), decoded in place rather than by a call each.
_PLAIN = frozenset((type(None), bool, int, str))


def decode(data: Any) -> Any:
    if type(data) in _PLAIN:
        return data
    if not isinstance(data, dict) or len(data) not in (1, 2):
        raise ValueError("not a cache value")
    tag = next(iter(data))
    raw = data[tag]
    if tag == "M" and isinstance(raw, str):
        return Markup(raw)
    if tag == "P" and isinstance(raw, str):
        return Path(raw)
    if tag == "dt" and isinstance(raw, str):
        value = dt.datetime.fromisoformat(raw)
        zone = data.get("zone")
        if zone is not None:
            if not isinstance(zone, str) or value.tzinfo is None:
                raise ValueError("bad time zone")
            value = value.astimezone(ZoneInfo(zone))
        return value
    if tag == "date" and isinstance(raw, str):
        return dt.date.fromisoformat(raw)
    if tag in ("T", "L") and isinstance(raw, list):
        items = [v if type(v) in _PLAIN else decode(v) for v in raw]
        return tuple(items) if tag == "T" else items
    if tag == "D" and isinstance(raw, dict):
        return {str(k): v if type(v) in _PLAIN else decode(v) for k, v in raw.items()}
    if tag == "C" and raw in CLASSES and isinstance(data.get("f"), dict):
        cls = CLASSES[raw]
        fields = data["f"]
        if not FIELDS[raw].issuperset(fields):
            raise ValueError(f"unknown fields for {raw}")
        return cls(**{k: v if type(v) in _PLAIN else decode(v) for k, v in fields.items()})
    raise ValueError(f"not a cache value: {tag!r}")


def dumps(value: Any) -> bytes:
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(raw: bytes) -> Any:
    return decode(json.loads(raw.decode("utf-8")))
