"""With JavaScript off the hub still works: pages render, navigation works,
every vacancy is listed, and the search page says what to do instead."""

from __future__ import annotations

from playwright.sync_api import expect

from browser.kit import ALL_PAGES


def test_site_works_without_javascript(new_page, base_url, artifacts):
    page, watch = new_page(java_script_enabled=False)
    for _kind, url in ALL_PAGES:
        response = page.goto(base_url + url)
        assert response.status == 200, url
        expect(page.locator("h1")).to_be_visible()
        expect(page.locator(".site-nav")).to_be_visible()
    # Navigation: follow the menu.
    page.goto(f"{base_url}/")
    page.locator(".site-nav a", has_text="Verhalen").click()
    page.wait_for_url(f"{base_url}/stories/")
    expect(page.locator(".teaser").first).to_be_visible()
    page.locator(".site-nav a", has_text="Vacatures").click()
    page.wait_for_url(f"{base_url}/vacancies/")
    # Every open vacancy visible; the script-only filter form stays hidden.
    jobs = page.locator(".jobs .job")
    expect(jobs).to_have_count(2)
    for job in jobs.all():
        expect(job).to_be_visible()
    expect(page.locator("#job-filters")).to_be_hidden()
    links = page.locator(".filters__noscript")  # inside <noscript>
    expect(links).to_be_visible()
    expect(links).to_contain_text("Bekijk vacatures per thema:")
    expect(links.locator("a")).to_have_count(2)
    page.screenshot(path=artifacts / "nojs-vacancies.jpg", type="jpeg", full_page=True)
    # The copy field is there to select by hand; the button needs script.
    page.goto(f"{base_url}/stories/anna-de-boer/")
    expect(page.locator("#story-url")).to_be_visible()
    expect(page.locator("button[data-copy]")).to_be_hidden()
    # Search: a message and links to the listings.
    page.goto(f"{base_url}/search/")
    notice = page.locator(".search__noscript")
    expect(notice).to_contain_text("Zoeken werkt alleen met JavaScript")
    notice.locator("a", has_text="Alle verhalen").click()
    page.wait_for_url(f"{base_url}/stories/")
    page.goto(f"{base_url}/en/search/")
    expect(page.locator(".search__noscript")).to_contain_text("Search needs JavaScript")
    page.screenshot(path=artifacts / "nojs-search.jpg", type="jpeg")
    watch.assert_clean("no JavaScript")
