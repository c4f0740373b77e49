"""Colour contrast (WCAG 2.x AA): every theme colour and the brand colours
against the text they carry, computed here; and the build's warning for a
theme colour too light for white text."""

from __future__ import annotations

import re

import pytest

from podium.settings import PodiumSettings
from podium_cli.build import build, load_settings
from podium_read.themes import load_themes
from podium_testkit import ROOT, TEST_SITE
from podium_validate.site import validate_site

WHITE, INK = "#ffffff", "#16201c"  # --paper and --ink in podium.css
AA = 4.5


def luminance(color: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(color[i : i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_formula():
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss


THEMES = [
    (site.name, theme)
    for site in (ROOT, TEST_SITE)
    for theme in load_themes(site / "content" / "themes.yml")
]


@pytest.mark.parametrize("site,theme", THEMES, ids=lambda v: getattr(v, "slug", v))
def test_theme_colours_carry_white_text(site, theme):
    assert ratio(theme.color, WHITE) >= AA, f"{site}: {theme.slug} {theme.color}"


@pytest.mark.parametrize("settings_file", [ROOT / "pelicanconf.py", TEST_SITE / "pelicanconf.py"])
def test_brand_colours(settings_file):
    brand = PodiumSettings.from_pelican(load_settings(settings_file)).brand
    # The brand colour carries white text (hero, buttons) and is the link colour on white.
    assert ratio(brand.color, WHITE) >= AA
    # The accent is a highlight (bars, quote marks); where it is a background, text is ink.
    assert ratio(brand.accent, INK) >= AA


def test_fixed_theme_css_colours_pass():
    """Text/background pairs written into podium.css itself."""
    css = (ROOT / "theme" / "static" / "css" / "podium.css").read_text(encoding="utf-8")
    pairs = re.findall(r"background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6})", css)
    assert len(pairs) >= 3
    for background, text in pairs:
        assert ratio(background, text) >= AA, (background, text)
    for var in ("--ink", "--muted"):
        value = re.search(rf"{var}: (#[0-9a-f]{{6}})", css).group(1)
        assert ratio(value, WHITE) >= AA and ratio(value, "#f4f7f5") >= AA, var


LINE = re.compile(r"^content/themes\.yml:(\d+): warning: .+$")


def test_a_light_theme_colour_is_a_one_line_warning_not_an_error(site, monkeypatch):
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    themes.write_text(text.replace('"#7a3e9d"', '"#f2b134"'), encoding="utf-8")
    monkeypatch.chdir(site)
    settings = PodiumSettings.from_pelican(load_settings(site / "pelicanconf.py"))
    issues, _ = validate_site(site / "content", settings)
    # (The test site also has a vacancy without pay: a pay transparency warning.)
    warnings = [i.format() for i in issues if i.severity == "warning" and "contrast" in i.message]
    assert not [i for i in issues if i.severity == "error"]
    assert len(warnings) == 1, warnings
    match = LINE.match(warnings[0])
    assert match, warnings[0]
    line = int(match.group(1))
    assert '"#f2b134"' in themes.read_text(encoding="utf-8").splitlines()[line - 1]
    assert '"balance"' in warnings[0] and "4.5:1" in warnings[0] and "\n" not in warnings[0]
    # Warnings do not fail the build.
    assert build(site / "pelicanconf.py", site / "output").pages > 10


def _contrast_warnings(site) -> list[str]:
    settings = PodiumSettings.from_pelican(load_settings(site / "pelicanconf.py"))
    issues, _ = validate_site(site / "content", settings)
    return [i.format() for i in issues if i.severity == "warning" and "contrast" in i.message]


def test_a_light_colour_written_short_is_quoted_as_written(site, monkeypatch):
    """'#fff' (CSS's short form, which Podium takes) was named '#ffffff' in the
    warning: a search of the file for what the warning said found nothing."""
    themes = site / "content" / "themes.yml"
    themes.write_text(
        themes.read_text(encoding="utf-8").replace('"#7a3e9d"', '"#FD0"'), encoding="utf-8"
    )
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8").replace('"color": "#0b5d4b"', '"color": "#fff"'),
        encoding="utf-8",
    )
    monkeypatch.chdir(site)
    brand, theme = sorted(_contrast_warnings(site), key=lambda w: "PODIUM_BRAND" not in w)
    assert 'color "#FD0" has a contrast of' in theme, theme
    assert "pelicanconf.py:20: warning: " in brand, brand  # at the setting's line
    assert 'PODIUM_BRAND "color" "#fff" has a contrast of' in brand, brand
    assert "#ffffff" not in brand and "#ffdd00" not in theme
