"""A brand logo the cards cannot draw is one warning, on the setting that gives it.

An SVG logo ``svg_problem`` passes may still be one resvg refuses (``width="0"``:
"SVG has an invalid size"). Each card said so on its own owner's line: the
themes' cards at ``content/themes.yml:N``, the stories' at their first line, ten
lines for one logo, each naming it by its absolute path on the build machine.
"""

from __future__ import annotations

from podium_testkit import run_podium, set_brand_logo

ZERO_SIZE = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0">'
    '<rect width="1" height="1"/></svg>'
)


def test_a_logo_the_cards_cannot_draw_is_one_warning_on_podium_brands_logo(site):
    logo = site / "content" / "brand" / "logo.svg"
    logo.parent.mkdir(parents=True, exist_ok=True)
    logo.write_text(ZERO_SIZE, encoding="utf-8")
    set_brand_logo(site, "brand/logo.svg")
    conf = (site / "pelicanconf.py").read_text("utf-8").splitlines()
    line = next(i for i, text in enumerate(conf, 1) if '"logo": "brand/logo.svg"' in text)
    expected = (
        f"pelicanconf.py:{line}: warning: card: PODIUM_BRAND['logo'] content/brand/logo.svg "
        "is left off the cards (SVG has an invalid size); give an SVG with a width and "
        "height above 0, or a viewBox, or a PNG, JPEG or WebP logo"
    )
    for build in ("cold", "warm"):  # a card from the cache says its warnings again
        result = run_podium(site, "build", timeout=300)
        assert result.returncode == 0, result.stderr
        said = [x for x in (result.stdout + result.stderr).splitlines() if "logo" in x]
        assert said == [expected], (build, said)
        assert str(site) not in result.stdout + result.stderr
