"""A story's own images keep their room while they load (no layout shift)."""

from __future__ import annotations

import pytest
from PIL import Image

from browser.conftest import serve
from browser.kit import PHONE, fonts_loaded
from podium_cli.build import build
from podium_testkit import copy_site


@pytest.fixture(scope="module")
def image_site(tmp_path_factory):
    site = copy_site(tmp_path_factory.mktemp("images"))
    photo = site / "content" / "images" / "dak.jpg"
    photo.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (1600, 800), (40, 120, 90)).save(photo, "JPEG")
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(
        story.read_text(encoding="utf-8").replace(
            "Sindsdien plan ik",
            "![Twee monteurs op een dak]({static}/images/dak.jpg)\n\nSindsdien plan ik",
        ),
        encoding="utf-8",
    )
    yield from serve(build(site / "pelicanconf.py", site / "output").output)


def test_a_story_image_takes_its_height_before_it_has_loaded(image_site, new_page):
    """Without width and height, an image not loaded yet is as tall as its alt
    text: when it arrives, the text below it jumps down (Lighthouse's CLS)."""
    page, _watch = new_page(viewport=PHONE)
    # Still on its way: the request is held, never answered (a refused image
    # is shown as its alt text instead, whatever its size).
    page.route("**/media/**", lambda route: None)
    page.goto(f"{image_site}/stories/ben-bakker/", wait_until="domcontentloaded")
    fonts_loaded(page)
    box = page.locator(".story__text img").bounding_box()
    assert box is not None and box["width"] > 200
    assert abs(box["height"] - box["width"] / 2) <= 1, box
