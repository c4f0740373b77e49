"""Layout in a real browser, measured on the demo hub (real photos): what
axe-core cannot see, such as text under an image or a page wider than a phone."""

from __future__ import annotations

import pytest

from browser.kit import DESKTOP, PHONE


def overlaps(a, b) -> bool:
    across = a["left"] < b["right"] and b["left"] < a["right"]
    return across and a["top"] < b["bottom"] and b["top"] < a["bottom"]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("path", ["/people/", "/en/people/"])
def test_people_portraits_sit_beside_the_name_not_on_it(new_page, demo_url, path, viewport):
    """A portrait is a <picture> (WebP <source> + <img>) with display: contents;
    its <source> must not take a cell of the card's grid, which pushed the photo
    into the text column, on top of the name."""
    page, watch = new_page(viewport=viewport)
    page.goto(demo_url + path)
    cards = page.evaluate(
        """() => [...document.querySelectorAll(".people__item")].map(li => {
             const box = el => el && el.getBoundingClientRect().toJSON();
             const part = selector => box(li.querySelector(selector));
             return {name: li.querySelector(".people__name").textContent.trim(),
                     photo: part(".people__photo"),
                     text: [part(".people__name a"), part(".people__role")]};
           })"""
    )
    photos = [c for c in cards if c["photo"] and c["photo"]["width"]]
    assert len(photos) >= 2, f"{path}: the demo's people have photos: {cards}"
    wrong = [
        c["name"]
        for c in photos
        if c["photo"]["left"] > c["text"][0]["left"]
        or any(overlaps(c["photo"], t) for t in c["text"])
    ]
    assert not wrong, f"{path} at {viewport['width']}px: photo right of or over the name: {wrong}"
    watch.assert_clean(path)
