"""Every page type loads in Chromium on a desktop and a phone: no console
errors, no failed requests, nothing wider than the screen. Screenshots go to
test-artifacts/browser/<viewport>/."""

from __future__ import annotations

import pytest

from browser.kit import ALL_PAGES, DESKTOP, PHONE, fonts_loaded, shot_name

VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}


@pytest.mark.parametrize("name", VIEWPORTS)
def test_every_page_type_loads_cleanly(name, new_page, base_url, artifacts):
    viewport = VIEWPORTS[name]
    page, watch = new_page(viewport=viewport)
    folder = artifacts / name
    folder.mkdir(exist_ok=True)
    problems = []
    for kind, url in ALL_PAGES:
        watch.errors.clear()
        watch.failed.clear()
        response = page.goto(base_url + url, wait_until="load")
        if response is None or response.status != 200:
            problems.append(f"{kind} {url}: HTTP {response and response.status}")
            continue
        page.screenshot(path=folder / shot_name(url), full_page=True, type="jpeg", quality=70)
        # Lazy images the full-page screenshot brought into view finish loading.
        page.wait_for_function("[...document.images].every(i => i.complete)")
        page.wait_for_load_state("networkidle") if kind == "search" else None
        if page.locator("h1").count() != 1 or not page.locator("h1").is_visible():
            problems.append(f"{kind} {url}: no single visible <h1>")
        fonts_loaded(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > viewport["width"]:
            problems.append(f"{kind} {url}: {width}px wide on a {viewport['width']}px screen")
        problems += [f"{kind} {url}: {e}" for e in watch.errors + watch.failed]
    assert not problems, "\n".join(problems)
