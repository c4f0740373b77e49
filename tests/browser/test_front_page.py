"""The front page in a real browser: a careers hub's hero leads a job seeker
on, as a good career site's does ("See our jobs"), not only to stories."""

from __future__ import annotations

from playwright.sync_api import expect

from browser.kit import PHONE, fonts_loaded


def test_the_hero_calls_to_the_jobs_and_the_themes(new_page, base_url):
    page, watch = new_page(viewport=PHONE)
    for home, jobs, themes in [
        ("/", "Bekijk onze vacatures", "Ontdek de thema's"),
        ("/en/", "See our jobs", "Explore the themes"),
    ]:
        page.goto(base_url + home)
        hero = page.locator(".hero")
        link = hero.get_by_role("link", name=jobs, exact=True)
        expect(link).to_be_visible()  # on a phone too, in the first screen
        fonts_loaded(page)
        assert link.bounding_box()["y"] + link.bounding_box()["height"] <= PHONE["height"]
        expect(link).to_have_attribute("href", f"{home}vacancies/")
        expect(hero.get_by_role("link", name=themes, exact=True)).to_have_attribute(
            "href", f"{home}themes/"
        )
    link.click()
    page.wait_for_url(f"{base_url}/en/vacancies/")
    watch.assert_clean("front page calls to action")
