"""The vacancies page's filters (js/filters.js) in a real browser: the address
says what is filtered, so a filtered list can be shared and bookmarked, and
coming back to it (the back button) shows the list the form says."""

from __future__ import annotations

import re

from playwright.sync_api import expect

JOBS = ".jobs .job"
SHOWN = ".jobs .job:not([hidden])"


def test_choosing_a_filter_puts_it_in_the_address(new_page, base_url):
    page, watch = new_page()
    page.goto(f"{base_url}/vacancies/")
    expect(page.locator(JOBS)).to_have_count(2)
    page.get_by_label("Locatie").select_option("utrecht")
    expect(page.locator(SHOWN)).to_have_count(1)
    expect(page.locator("#job-count")).to_have_text("1 vacature gevonden")  # not "1 vacatures"
    assert page.url == f"{base_url}/vacancies/?location=utrecht"
    page.get_by_label("Team").select_option("engineering")
    assert page.url == f"{base_url}/vacancies/?team=engineering&location=utrecht"
    # The language switch keeps the filters (it went to the unfiltered list),
    # and the English list opens filtered the same way.
    switch = page.locator('.lang-switch a[hreflang="en"]')
    expect(switch).to_have_attribute("href", "/en/vacancies/?team=engineering&location=utrecht")
    switch.click()
    page.wait_for_url(re.compile(r"/en/vacancies/"))
    expect(page.get_by_label("Location")).to_have_value("utrecht")
    expect(page.locator(SHOWN)).to_have_count(1)
    page.go_back()
    page.wait_for_url(re.compile(r"/vacancies/\?team"))
    page.get_by_label("Locatie").select_option("")
    page.get_by_label("Team").select_option("")
    assert page.url == f"{base_url}/vacancies/"  # nothing filtered: a clean address
    expect(page.locator(SHOWN)).to_have_count(2)
    expect(page.locator("#job-count")).to_have_text("2 vacatures gevonden")
    watch.assert_clean("filters to address")


def test_a_shared_filtered_address_opens_filtered(new_page, base_url):
    page, watch = new_page()
    page.goto(f"{base_url}/vacancies/?location=remote")
    expect(page.get_by_label("Locatie")).to_have_value("remote")
    expect(page.locator(SHOWN)).to_have_count(1)
    expect(page.locator(SHOWN)).to_contain_text("Remote software developer")
    expect(page.locator("#job-count")).to_have_text("1 vacature gevonden")
    # A value the page does not offer (an old link, a typo) filters nothing.
    page.goto(f"{base_url}/en/vacancies/?location=atlantis&team=engineering")
    expect(page.get_by_label("Location")).to_have_value("")
    expect(page.get_by_label("Team")).to_have_value("engineering")
    expect(page.locator(SHOWN)).to_have_count(2)
    assert page.url == f"{base_url}/en/vacancies/?team=engineering"  # the stray value is gone
    expect(page.locator("#job-count")).to_have_text("2 jobs found")
    page.get_by_label("Location").select_option("remote")
    expect(page.locator("#job-count")).to_have_text("1 job found")
    watch.assert_clean("shared filter address")


def test_back_from_a_vacancy_shows_the_filtered_list(new_page, base_url):
    page, watch = new_page()
    page.goto(f"{base_url}/vacancies/")
    page.get_by_label("Locatie").select_option("utrecht")
    page.locator(SHOWN).get_by_role("link").click()
    page.wait_for_url(re.compile(r"/vacancies/501/$"))
    page.go_back()
    page.wait_for_url(f"{base_url}/vacancies/?location=utrecht")
    expect(page.get_by_label("Locatie")).to_have_value("utrecht")
    expect(page.locator(SHOWN)).to_have_count(1)
    expect(page.locator(SHOWN)).to_contain_text("Data engineer")
    watch.assert_clean("back to filtered list")


def test_a_filter_that_finds_as_many_jobs_is_still_announced(new_page, base_url):
    # Utrecht, then remote: one job each. The status was set to the text it
    # already held ("1 vacature gevonden"), and a screen reader does not read
    # out a live region that says what it said: the second choice went
    # unannounced. Now the region is emptied and then filled again.
    page, watch = new_page()
    page.clock.install()
    page.goto(f"{base_url}/vacancies/")
    page.get_by_label("Locatie").select_option("utrecht")
    expect(page.locator("#job-count")).to_have_text("1 vacature gevonden")
    page.clock.run_for(1000)
    page.evaluate(
        """() => {
            const status = document.getElementById("job-count");
            window.said = [];
            new MutationObserver(() => window.said.push(status.textContent))
                .observe(status, {childList: true, characterData: true, subtree: true});
        }"""
    )
    page.get_by_label("Locatie").select_option("remote")
    page.clock.run_for(1000)
    expect(page.locator("#job-count")).to_have_text("1 vacature gevonden")
    said = [text for text in page.evaluate("window.said") if text]
    assert said == ["1 vacature gevonden"], page.evaluate("window.said")
    assert page.evaluate("window.said")[0] == ""  # emptied first, so it is news
    watch.assert_clean("same count announced")
