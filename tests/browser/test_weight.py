"""A story page is light: at most 100 KB of HTML, CSS and JavaScript, no
third-party requests, and images below the fold load lazily. Measured in
Chromium on the demo hub, which has real photos."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from browser.kit import DESKTOP, PHONE, fonts_loaded

BUDGET = 100 * 1024  # bytes of HTML + CSS + JS, before images and fonts
CODE = {"document", "stylesheet", "script"}
STORIES = ["/stories/code-die-je-thuis-terugziet/", "/en/stories/data-die-je-kunt-voelen/"]


def load(page, url):
    """Load ``url``; scroll to the bottom so lazy images load too. -> [(request, size)]."""
    seen = []
    page.on("requestfinished", lambda r: seen.append(r))
    page.goto(url, wait_until="load")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")
    return [(r, r.sizes()["responseBodySize"]) for r in seen]


@pytest.mark.parametrize("path", STORIES)
def test_story_page_weight_and_no_third_party_requests(new_page, demo_url, path):
    page, watch = new_page()
    loaded = load(page, demo_url + path)
    host = urlsplit(demo_url).netloc
    third_party = [r.url for r, _ in loaded if urlsplit(r.url).netloc not in (host, "")]
    assert not third_party, f"requests that leave the site: {third_party}"
    code = {r.url: size for r, size in loaded if r.resource_type in CODE}
    total = sum(code.values())
    assert any(r.resource_type == "document" for r, _ in loaded)
    assert total <= BUDGET, f"{total} bytes of HTML+CSS+JS (budget {BUDGET}): {code}"
    assert any(r.resource_type == "image" for r, _ in loaded)  # the check saw the photos
    watch.assert_clean(path)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("path", ["/", "/en/stories/", STORIES[0], "/people/"])
def test_images_below_the_fold_are_lazy(new_page, demo_url, path, viewport):
    page, watch = new_page(viewport=viewport)
    page.goto(demo_url + path)
    fonts_loaded(page)
    images = page.evaluate(
        """() => [...document.images].map(i => ({
             src: i.currentSrc || i.src, cls: i.className, loading: i.getAttribute("loading"),
             top: i.getBoundingClientRect().top + window.scrollY }))"""
    )
    assert images, f"{path} has no images to check"
    eager_below = [i for i in images if i["top"] > viewport["height"] and i["loading"] != "lazy"]
    assert not eager_below, f"images below the fold without loading=lazy: {eager_below}"
    teasers = [i for i in images if "teaser__photo" in i["cls"]]
    assert all(i["loading"] == "lazy" for i in teasers), teasers
    watch.assert_clean(path)
