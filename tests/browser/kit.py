"""What the browser tests share: viewports and the page of every type."""

from __future__ import annotations

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

# Every page type of the test site, in both languages where it exists.
PAGES = {
    "front": ["/", "/en/"],
    "story-interview": ["/stories/anna-de-boer/", "/en/stories/anna-de-boer/"],
    "story-column": ["/stories/ben-bakker/", "/en/stories/carla-en-only/"],
    "listing": ["/stories/", "/en/interviews/", "/columns/", "/stories/page/2/"],
    "people": ["/people/", "/en/people/"],
    "person": ["/people/anna-de-boer/", "/en/people/carla-mendes/"],
    "theme": ["/themes/tech/", "/en/themes/balance/"],
    "themes-index": ["/themes/", "/en/themes/"],
    "vacancy-open": ["/vacancies/501/", "/en/vacancies/502/"],
    "vacancy-closed": ["/vacancies/503/"],
    "vacancies-index": ["/vacancies/", "/en/vacancies/"],
    "tombstone": ["/stories/frank-consent-ended/", "/en/stories/teruggetrokken-verhaal/"],
    "404": ["/404.html", "/en/404.html"],
    "search": ["/search/", "/en/search/"],
}
ALL_PAGES = [(kind, url) for kind, urls in PAGES.items() for url in urls]


def shot_name(url: str, suffix: str = "") -> str:
    name = url.strip("/").replace("/", "_").replace(".html", "") or "front"
    return f"{name}{suffix}.jpg"
