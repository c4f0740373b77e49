"""A card's name: the same hash as ever, worked out in one go (a warm build's cost)."""

from __future__ import annotations

import hashlib
from dataclasses import fields, replace
from pathlib import Path
from types import SimpleNamespace

from podium_cards import plugin as cards_plugin
from podium_cards.plugin import CARD_DIR, card_name

from .conftest import make_portrait


def _field_by_field(prefix, spec, layout_fingerprint, ext) -> str:
    """The name as it was hashed before: one update per field and file."""
    h = hashlib.sha256(layout_fingerprint.encode())
    for f in fields(spec):
        value = getattr(spec, f.name)
        h.update(repr(value if not isinstance(value, Path) else None).encode())
        h.update(b"\0")
    h.update(spec.kind_label.encode())
    for path in (spec.portrait_path, spec.logo_path):
        if path is not None:
            h.update(hashlib.sha256(Path(path).read_bytes()).digest())
    return f"{CARD_DIR}/{prefix}-{h.hexdigest()[:16]}.{ext}"


def test_card_names_are_the_ones_hashed_field_by_field(spec, tmp_path):
    # Published URLs: a new name would be a new card URL on every page.
    from podium_cards.plugin import spec_shape

    logo = make_portrait(tmp_path / "logo.jpg", size=(200, 200))
    for variant in (spec, replace(spec, portrait_path=None), replace(spec, logo_path=logo)):
        for kind in ("card", "square"):
            want = _field_by_field("anna.nl", variant, "layout" + kind, "jpg")
            assert card_name("anna.nl", variant, "layout" + kind, "jpg") == want
            shape = spec_shape(variant, {})
            assert card_name("anna.nl", variant, "layout" + kind, "jpg", {}, shape) == want


def test_a_card_name_is_one_hash_of_its_spec(spec, monkeypatch):
    # ~24,000 hash updates per 400 stories (each field, then a separator).
    calls = []

    class Counted:
        def __init__(self, data=b""):
            calls.append("new")
            self.h = hashlib.sha256(data)

        def update(self, data):
            calls.append("update")
            self.h.update(data)

        def digest(self):
            return self.h.digest()

        def hexdigest(self):
            return self.h.hexdigest()

    monkeypatch.setattr(cards_plugin, "hashlib", SimpleNamespace(sha256=Counted))
    digests = {str(spec.portrait_path): hashlib.sha256(b"portrait").digest()}
    card_name("anna.nl", spec, "layoutcard", "jpg", digests)
    assert calls == ["new"]


def test_a_changed_field_or_portrait_changes_the_name(spec, tmp_path):
    name = card_name("anna.nl", spec, "layoutcard", "jpg")
    for change in ({"title": "Anders"}, {"quote": "Iets anders"}, {"theme_color": "#000000"}):
        assert card_name("anna.nl", replace(spec, **change), "layoutcard", "jpg") != name
    other = make_portrait(tmp_path / "other.jpg", size=(300, 300))
    assert card_name("anna.nl", replace(spec, portrait_path=other), "layoutcard", "jpg") != name


def test_a_build_makes_no_path_object_per_card(site, monkeypatch):
    # Path(name).name, three times per card and square: 5,000 Path objects per
    # 400 stories, for a file name that is the text after the last "/".
    from podium_cli.build import build

    made = []
    real_path = cards_plugin.Path

    class Paths(type):
        def __instancecheck__(cls, obj):  # isinstance(x, Path) as before
            return isinstance(obj, real_path)

    class counted(metaclass=Paths):  # noqa: N801 - stands in for Path
        def __new__(cls, *args):
            made.append(args)
            return real_path(*args)

    monkeypatch.setattr(cards_plugin, "Path", counted)
    result = build(site / "pelicanconf.py", site / "output")
    cards = result.stats["cards_rendered"] + result.stats["cards_reused"]
    assert cards > 10
    assert len(made) < cards
    squares = result.stats["squares_rendered"] + result.stats["squares_reused"]
    assert len(list((site / "output" / "cards").iterdir())) == cards + squares
