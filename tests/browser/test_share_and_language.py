"""Share links, the copy-link button and the language switch, in Chromium."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import expect

from browser.kit import fonts_loaded

NETWORK_HOSTS = {
    "linkedin": ("www.linkedin.com", "url"),
    "x": ("x.com", "url"),
    "facebook": ("www.facebook.com", "u"),
    "whatsapp": ("wa.me", "text"),
}


def test_share_links_point_to_the_networks_with_this_story(new_page, base_url):
    page, watch = new_page()
    page.goto(f"{base_url}/stories/anna-de-boer/")
    hrefs = {
        link.get_attribute("class").split("--")[-1]: link.get_attribute("href")
        for link in page.locator("a.share__link").all()
    }
    assert set(hrefs) == {*NETWORK_HOSTS, "email"}
    for network, (host, param) in NETWORK_HOSTS.items():
        parts = urlsplit(hrefs[network])
        assert parts.scheme == "https" and parts.hostname == host, hrefs[network]
        shared = urlsplit(parse_qs(parts.query)[param][0])
        assert shared.path == "/stories/anna-de-boer/"  # SITEURL is '' in the test site
        assert parse_qs(shared.query) == {
            "utm_source": [network], "utm_medium": ["social"], "utm_campaign": ["story-share"],
        }  # fmt: skip
    mail = urlsplit(hrefs["email"])
    assert mail.scheme == "mailto"
    assert parse_qs(mail.query)["subject"] == ["Anna de Boer: van stagiair tot teamlead"]
    # No consent to share on social media: no share bar at all.
    page.goto(f"{base_url}/stories/ben-bakker/")
    expect(page.locator("a.share__link")).to_have_count(0)
    watch.assert_clean("share links")


def test_copy_link_button_copies_the_link(new_page, base_url, artifacts):
    page, watch = new_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    for path, field_id in (("/stories/anna-de-boer/", "story-url"), ("/themes/tech/", "share-url")):
        page.goto(base_url + path)
        field = page.locator(f"#{field_id}")
        button = page.locator(f"button[data-copy={field_id}]")
        expect(button).to_be_visible()  # shown by copy.js
        # By keyboard: the focus stays on the button (field.select() moved it
        # into the field, and the next Tab went on from there).
        button.focus()
        page.keyboard.press("Enter")
        expect(button).to_have_text("Gekopieerd")
        expect(button).to_be_focused()
        # Said to screen readers too: a status message (WCAG 4.1.3).
        expect(page.locator(".copy-field").get_by_role("status")).to_have_text("Gekopieerd")
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied == field.input_value()
        assert copied.startswith("/") and urlsplit(copied).path == path
    page.screenshot(path=artifacts / "theme-link-copied.png")
    watch.assert_clean("copy link")


def test_copy_link_says_so_when_the_copy_failed(new_page, base_url):
    # With the clipboard refused and execCommand("copy") failing (it returns
    # false), the button and its status said "Gekopieerd" all the same: the
    # reader pasted nothing, or an older link.
    page, watch = new_page()
    page.add_init_script(
        "navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));"
        "document.execCommand = () => false;"
    )
    page.goto(f"{base_url}/stories/anna-de-boer/")
    button = page.locator("button[data-copy=story-url]")
    button.click()
    status = page.locator(".copy-field").get_by_role("status")
    expect(status).to_have_text(re.compile("Niet gekopieerd"))
    expect(button).to_have_text("Kopieer link")
    # The link is selected in its field, ready to copy by hand.
    expect(page.locator("#story-url")).to_be_focused()
    watch.assert_clean("copy failed")


def test_the_copy_without_the_clipboard_keeps_the_focus_on_the_button(new_page, base_url):
    # Without the clipboard API (refused, or an http:// preview), execCommand
    # copies what is selected: the field is selected to copy it, and the focus
    # comes back to the button once copied.
    page, watch = new_page()
    page.add_init_script(
        "navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));"
        "document.execCommand = () => document.activeElement.id === 'story-url';"
    )
    page.goto(f"{base_url}/stories/anna-de-boer/")
    button = page.locator("button[data-copy=story-url]")
    button.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_text("Gekopieerd")
    expect(button).to_be_focused()
    watch.assert_clean("copied by execCommand")


def test_a_second_copy_click_keeps_its_message_for_its_own_two_seconds(new_page, base_url):
    # Clicked again 1.5 s after the first, the first click's timer put the
    # label back 0.5 s after the second: two timers ran over each other.
    page, watch = new_page()
    page.clock.install()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page.goto(f"{base_url}/stories/anna-de-boer/")
    button = page.locator("button[data-copy=story-url]")
    button.click()
    expect(button).to_have_text("Gekopieerd")
    page.clock.run_for(1500)
    button.click()
    expect(button).to_have_text("Gekopieerd")
    page.clock.run_for(1000)
    expect(button).to_have_text("Gekopieerd")
    page.clock.run_for(1500)
    expect(button).to_have_text("Kopieer link")
    watch.assert_clean("copy twice")


def test_language_switch_both_ways(new_page, base_url):
    page, watch = new_page()
    page.goto(f"{base_url}/stories/anna-de-boer/")
    page.locator(".lang-switch a", has_text="English").click()
    page.wait_for_url(f"{base_url}/en/stories/anna-de-boer/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator(".lang-switch a", has_text="Nederlands").click()
    page.wait_for_url(f"{base_url}/stories/anna-de-boer/")
    assert page.locator("html").get_attribute("lang") == "nl"
    # Hub pages switch to their counterpart: the search page too.
    page.goto(f"{base_url}/search/")
    page.locator(".lang-switch a", has_text="English").click()
    page.wait_for_url(f"{base_url}/en/search/")
    # A story without a Dutch version switches to the Dutch front page.
    page.goto(f"{base_url}/en/stories/carla-en-only/")
    page.locator(".lang-switch a", has_text="Nederlands").click()
    page.wait_for_url(f"{base_url}/")
    expect(page.locator("h1")).to_have_text(re.compile("Testbedrijf"))
    watch.assert_clean("language switch")


def test_a_switch_to_another_page_says_where_it_goes_on_screen(new_page, base_url):
    """On a story with no Dutch version the switch read "Nederlands", and
    led to the Dutch front page: a sighted reader expected this story in
    Dutch (only a screen reader heard ": Home"). The link shows where it
    goes; a switch to the same page in the other language stays the name."""
    page, watch = new_page()
    for path, lang, said in (
        ("/en/stories/carla-en-only/", "nl", "Nederlands: Home"),
        ("/stories/page/2/", "en", "English: All stories"),
        ("/stories/anna-de-boer/", "en", "English"),
    ):
        page.goto(f"{base_url}{path}")
        link = page.locator(f'.lang-switch a[hreflang="{lang}"]')
        # What is drawn: each piece of its text has a box a reader can see.
        fonts_loaded(page)
        seen = link.evaluate(
            """a => {
              const walk = document.createTreeWalker(a, NodeFilter.SHOW_TEXT), out = [];
              while (walk.nextNode()) {
                // The element round it: a visually hidden one is 1 px.
                const box = walk.currentNode.parentElement.getBoundingClientRect();
                if (box.width > 2 && box.height > 2) out.push(walk.currentNode.textContent);
              }
              return out.join("").replace(/\\s+/g, " ").trim();
            }"""
        )
        assert seen == said, (path, seen)
        expect(link).to_have_accessible_name(said)
    watch.assert_clean("language switch labels")
