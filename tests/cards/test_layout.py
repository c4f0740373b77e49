"""PODIUM_CARDS validation and the layout fingerprint."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from podium.errors import ContentError
from podium_cards import CardLayout
from podium_cards.fonts import FallbackFont
from podium_cards.layout_settings import card_layout


def test_defaults_when_unset():
    assert card_layout(None) == CardLayout()
    assert card_layout({}) == CardLayout()


def test_valid_settings():
    layout = card_layout(
        {"format": "png", "background": "#ffffff", "show_quote": False, "jpeg_quality": 80}
    )
    assert layout.format == "png" and layout.extension == "png"
    assert layout.background == "#ffffff" and layout.show_quote is False


def test_a_three_digit_colour_is_its_six_digit_one():
    layout = card_layout({"background": "#fff", "text": "#000"})
    assert (layout.background, layout.text) == ("#ffffff", "#000000")


def test_relative_font_paths_resolve_against_base_dir(tmp_path):
    shutil.copy(CardLayout().font_bold, tmp_path / "Brand-Bold.otf")
    layout = card_layout({"font_bold": "Brand-Bold.otf"}, base_dir=tmp_path)
    assert layout.font_bold == tmp_path / "Brand-Bold.otf"


def test_fallback_fonts_as_paths_or_dicts(tmp_path):
    layout = card_layout(
        {"fallback_fonts": ["/x/NotoColorEmoji.ttf", {"regular": "/x/A.ttc", "index": 2}]}
    )
    emoji, cjk = layout.fallback_fonts
    assert emoji.color is True and cjk == FallbackFont(Path("/x/A.ttc"), None, 2, False)


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({"colour": "#fff"}, "setting PODIUM_CARDS['colour'] is unknown"),
        ({"format": "gif"}, "setting PODIUM_CARDS['format'] must be one of"),
        ({"background": "white"}, "setting PODIUM_CARDS['background'] must be a colour"),
        ({"show_logo": "yes"}, "setting PODIUM_CARDS['show_logo'] must be True or False"),
        ({"jpeg_quality": 101}, "setting PODIUM_CARDS['jpeg_quality'] must be a whole number"),
        ({"font_bold": "/nope.otf"}, "setting PODIUM_CARDS['font_bold'] must be the path"),
        ({"fallback_fonts": "x.ttf"}, "setting PODIUM_CARDS['fallback_fonts'] must be a list"),
        ({"fallback_fonts": [{"path": "x"}]}, "PODIUM_CARDS['fallback_fonts'] entries"),
    ],
)
def test_invalid_settings_are_one_line_errors(settings, expected):
    with pytest.raises(ContentError) as info:
        card_layout(settings)
    (issue,) = info.value.issues
    assert issue.path == "pelicanconf.py" and issue.line is None
    assert expected in issue.message and "\n" not in issue.message


def test_every_bad_key_is_reported_at_once():
    with pytest.raises(ContentError) as info:
        card_layout({"formt": "png", "text": "black"})
    messages = [i.message for i in info.value.issues]
    assert len(messages) == 2
    assert any('did you mean "format"' in m for m in messages)


def test_not_a_dict():
    with pytest.raises(ContentError):
        card_layout(["format", "png"])  # type: ignore[arg-type]


def test_fingerprint_is_stable():
    assert CardLayout().fingerprint() == CardLayout().fingerprint()
    assert len(CardLayout().fingerprint()) == 64


@pytest.mark.parametrize(
    "change",
    [
        {"background": "#000000"},
        {"accent": "#ff0000"},
        {"show_quote": False},
        {"show_portrait": False},
        {"format": "png"},
        {"jpeg_quality": 70},
        {"fallback_fonts": ()},
    ],
)
def test_fingerprint_changes_with_layout(change):
    assert replace(CardLayout(), **change).fingerprint() != CardLayout().fingerprint()


def test_fingerprint_follows_font_bytes_not_paths(tmp_path):
    original = CardLayout().font_bold
    same = tmp_path / "copy.otf"
    shutil.copy(original, same)
    assert replace(CardLayout(), font_bold=same).fingerprint() == CardLayout().fingerprint()
    other = tmp_path / "other.otf"
    other.write_bytes(original.read_bytes() + b"\0")
    assert replace(CardLayout(), font_bold=other).fingerprint() != CardLayout().fingerprint()
    # A different font file altogether.
    swapped = replace(CardLayout(), font_bold=CardLayout().font_regular)
    assert swapped.fingerprint() != CardLayout().fingerprint()


def test_fingerprint_includes_the_renderer_version(monkeypatch):
    from podium_cards import layout as layout_module

    before = CardLayout().fingerprint()
    monkeypatch.setattr(layout_module, "RENDERER_VERSION", "999")
    assert CardLayout().fingerprint() != before


@pytest.mark.parametrize(
    ("settings", "key", "fix"),
    [
        ({"background": "#111111"}, "background", "set 'text' to '#ffffff'"),
        ({"text": "#f0f0f0"}, "text", "such as '#15171c'"),
        ({"background": "#777777", "text": "#888888"}, "text", "such as '#000000'"),
    ],
)
def test_card_text_the_background_hides_is_a_one_line_error(settings, key, fix):
    """A dark card background with the default dark text drew every story card's
    title, quote and name all but invisible (1.1:1), and the build said nothing."""
    with pytest.raises(ContentError) as info:
        card_layout(settings)
    (issue,) = info.value.issues
    assert issue.message.startswith(f"setting PODIUM_CARDS['{key}'] gives text"), issue.message
    assert "contrast of" in issue.message and "4.5:1" in issue.message and fix in issue.message


def test_readable_card_colours_pass():
    layout = card_layout({"background": "#111111", "text": "#eeeeee"})
    assert layout.background == "#111111"
    assert card_layout({"background": "#0b5d4b", "text": "#ffffff"})


@pytest.mark.parametrize("library", ["freetype2", "raqm", "fribidi", "harfbuzz"])
def test_fingerprint_follows_the_rasteriser_and_shaper_libraries(monkeypatch, library):
    """A Pillow built from source (a distribution's python3-pil) links the host's
    FreeType and loads its libraqm: the same Pillow version then draws other
    pixels, so the libraries' own versions are part of the card hash."""
    from PIL import features

    before = CardLayout().fingerprint()
    real = features.version
    monkeypatch.setattr(
        features, "version", lambda name: "0.0-other" if name == library else real(name)
    )
    assert CardLayout().fingerprint() != before


def test_card_colours_written_short_are_quoted_as_written():
    """'#fff' on '#eee' was said as text '#ffffff' on background '#eeeeee':
    not what the settings file says, so a search for it found nothing."""
    with pytest.raises(ContentError) as info:
        card_layout({"background": "#eee", "text": "#FFF"})
    (issue,) = info.value.issues
    assert "gives text '#FFF' on background '#eee' a contrast of" in issue.message, issue.message
