"""The not-found page in a real browser: a job seeker whose link to a vacancy
or story has gone (an old recruiter's mail, a closed role's URL) lands here,
and it must lead on to what they came for, as a good career site's does:
the open jobs, and a search for the words they have in mind."""

from __future__ import annotations

import re

from playwright.sync_api import expect

RESULT_TITLE = ".pagefind-ui__result-title"


def test_not_found_leads_to_the_jobs_and_to_search(new_page, base_url):
    page, watch = new_page()
    for path, jobs, label, search, words, found in [
        (
            "/404.html",
            "Alle vacatures",
            "Zoek in verhalen en vacatures",
            "/search/",
            "engineer",
            "Data engineer",
        ),
        (
            "/en/404.html",
            "All jobs",
            "Search stories and jobs",
            "/en/search/",
            "developer",
            "Remote software developer",
        ),
    ]:
        page.goto(base_url + path)
        notice = page.locator("main")
        link = notice.get_by_role("link", name=jobs, exact=True)
        expect(link).to_have_attribute("href", re.sub("search/$", "vacancies/", search))
        field = notice.get_by_role("searchbox", name=label)
        field.fill(words)
        field.press("Enter")
        page.wait_for_url(f"{base_url}{search}?q={words}")
        expect(page.locator(RESULT_TITLE, has_text=found).first).to_be_visible()
    watch.assert_clean("not found")


def test_not_found_search_works_without_javascript(new_page, base_url):
    # The form is plain HTML: it reaches the search page (which then says what
    # to do without script) rather than being a field that does nothing.
    page, watch = new_page(java_script_enabled=False)
    page.goto(base_url + "/404.html")
    field = page.get_by_role("searchbox", name="Zoek in verhalen en vacatures")
    field.fill("monteur")
    field.press("Enter")
    page.wait_for_url(f"{base_url}/search/?q=monteur")
    expect(page.locator(".search__noscript")).to_be_visible()
    watch.assert_clean("not found without script")
