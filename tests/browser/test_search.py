"""Search in a real browser: Pagefind's UI over the index of the page's language."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from browser.kit import fonts_loaded

RESULT = ".pagefind-ui__result"  # one per page found (sub-results sit inside)
TITLE = ".pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title"
MESSAGE = ".pagefind-ui__message"


def search(page, base_url, path, term):
    page.goto(f"{base_url}{path}")
    label = re.compile("^(Zoek in verhalen en vacatures|Search stories and jobs)$")
    field = page.get_by_role("textbox", name=label)
    field.fill(term)
    return field


# Pagefind UI lists a result as soon as it is found, with a placeholder title of
# dots until the page's own data has loaded.
PLACEHOLDER = re.compile(r"^[\s.]*$")


def result_titles(page, count):
    """The titles of the ``count`` results once all have loaded."""
    expect(page.locator(RESULT)).to_have_count(count)
    expect(page.locator(TITLE).filter(has_text=PLACEHOLDER)).to_have_count(0)
    return page.locator(TITLE).all_inner_texts()


def test_search_finds_a_story_and_filters_by_theme(new_page, base_url, artifacts):
    page, watch = new_page()
    search(page, base_url, "/search/", "werk")
    expect(page.locator(MESSAGE)).to_contain_text("werk")
    # Two columns say "werk" (stemmed: werkt, gewerkt); one is in the theme below.
    titles = result_titles(page, 2)
    assert "Waarom ik elke vrijdag om drie uur stop" in titles, titles
    page.locator(".pagefind-ui__filter-name", has_text="Thema").click()
    page.get_by_label(re.compile("^Werk & privé")).check()
    expect(page.locator(RESULT)).to_have_count(1)
    expect(page.locator(TITLE)).to_have_text(["Waarom ik elke vrijdag om drie uur stop"])
    page.screenshot(path=artifacts / "search-filtered.png", full_page=True)
    watch.assert_clean("search nl")


def test_search_covers_vacancies_and_the_kind_facet(new_page, base_url):
    page, watch = new_page()
    search(page, base_url, "/search/", "engineer")
    expect(page.locator(TITLE, has_text="Data engineer")).to_be_visible()
    page.locator(".pagefind-ui__filter-name", has_text="Soort").click()
    page.get_by_label(re.compile("^Vacature")).check()
    expect(page.locator(TITLE)).to_have_text(["Data engineer"])
    watch.assert_clean("search vacancies")


def test_each_language_searches_its_own_index(new_page, base_url):
    page, watch = new_page()
    search(page, base_url, "/en/search/", "remote")
    expect(page.locator(TITLE, has_text="Remote software developer")).to_be_visible()
    # The Dutch story is not in the English index.
    search(page, base_url, "/en/search/", "stagiair")
    expect(page.locator(MESSAGE)).to_contain_text("No results")
    watch.assert_clean("search en")


def test_nothing_found_is_said_clearly(new_page, base_url, artifacts):
    page, watch = new_page()
    search(page, base_url, "/search/", "xylofoonzzq")
    expect(page.locator(MESSAGE)).to_have_text(re.compile("Geen resultaten voor .*xylofoonzzq"))
    expect(page.locator(RESULT)).to_have_count(0)
    page.screenshot(path=artifacts / "search-nothing-found.png")
    watch.assert_clean("search, nothing found")


def test_search_works_with_the_keyboard_alone(new_page, base_url):
    page, watch = new_page()
    page.goto(f"{base_url}/search/?q=stagiair")  # a search can be linked to
    expect(page.locator(RESULT)).to_have_count(1)
    page.goto(f"{base_url}/search/")
    for _ in range(40):  # from the top of the page: skip link, nav, language, field
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "search-input":
            break
    else:
        raise AssertionError("the search field cannot be reached with Tab")
    page.keyboard.type("stagiair")
    expect(page.locator(RESULT)).to_have_count(1)
    for _ in range(40):
        page.keyboard.press("Tab")
        if "pagefind-ui__result-link" in (page.evaluate("document.activeElement.className") or ""):
            break
    else:
        raise AssertionError("the first result cannot be reached with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/stories/anna-de-boer/"))
    watch.assert_clean("keyboard search")


def test_the_result_count_is_announced(new_page, base_url):
    """Pagefind's message is no live region; a status region says it (WCAG 4.1.3)."""
    page, watch = new_page()
    status = page.get_by_role("status")
    search(page, base_url, "/search/", "werk")
    expect(page.locator(MESSAGE)).to_have_text(re.compile("2 resultaten voor .*werk"))
    expect(status).to_have_text(page.locator(MESSAGE).inner_text())
    search(page, base_url, "/en/search/", "zzqnothing")
    expect(page.locator(MESSAGE)).to_contain_text("No results")
    expect(status).to_have_text(page.locator(MESSAGE).inner_text())
    page.locator("#search-input").fill("")  # cleared: nothing left to say
    expect(status).to_have_text("")
    watch.assert_clean("search announced")


def test_a_language_with_nothing_to_search_says_so(new_page, tmp_path):
    """No English story or job yet: the English search page does not search the
    Dutch index (Pagefind's fallback) nor list English listings and tombstones."""
    from browser.conftest import serve
    from podium_cli.build import build
    from podium_testkit import copy_site

    site = copy_site(tmp_path)
    for name in ("interviews/anna-de-boer.en.md", "columns/carla-en-only.en.md"):
        (site / "content" / name).unlink()
    job = site / "content" / "vacancies" / "remote-developer.yml"
    job.write_text(job.read_text().replace("lang: en", "lang: nl"))
    out = build(site / "pelicanconf.py", site / "output").output
    for url in serve(out):
        page, watch = new_page()
        page.goto(f"{url}/en/search/?q=stagiair")
        expect(page.get_by_text("There is nothing in English to search yet.")).to_be_visible()
        expect(page.locator("#search-input")).to_have_count(0)
        expect(page.locator(RESULT)).to_have_count(0)
        search(page, url, "/search/", "stagiair")  # Dutch search still works
        expect(page.locator(RESULT)).to_have_count(1)
        expect(page.locator("#search-empty")).to_be_hidden()
        watch.assert_clean("search, a language with nothing to search")


def test_a_filtered_search_can_be_linked_to_and_survives_back(new_page, base_url):
    """The address carries the chosen filters as well as the words: a recruiter's
    link to "werk, theme Werk & privé" opened both results, and Back from a
    result lost the filter the job seeker had chosen."""
    page, watch = new_page()
    search(page, base_url, "/search/", "werk")
    result_titles(page, 2)
    # In the hub's typeface: --pagefind-ui-font: inherit took Pagefind's system stack.
    font = page.locator(RESULT).first.evaluate("e => getComputedStyle(e).fontFamily")
    assert font.startswith('"Inter"') or font.startswith("Inter"), font
    page.locator(".pagefind-ui__filter-name", has_text="Thema").click()
    page.get_by_label(re.compile("^Werk & privé")).check()
    expect(page.locator(RESULT)).to_have_count(1)
    expect(page).to_have_url(re.compile(r"\?q=werk&filter=Thema%3AWerk\+%26\+priv%C3%A9$"))
    # The language switch searches the same words in English (it dropped
    # them), without the Dutch filter, whose name is a Dutch word.
    expect(page.locator('.lang-switch a[hreflang="en"]')).to_have_attribute(
        "href", "/en/search/?q=werk"
    )
    shared = page.url
    page.locator(".pagefind-ui__result-link").first.click()
    page.wait_for_url(re.compile(r"/stories/ben-bakker/"))
    page.go_back()
    expect(page.locator(RESULT)).to_have_count(1)
    expect(page.get_by_label(re.compile("^Werk & privé"))).to_be_checked()
    expect(page.locator("#search-input")).to_have_value("werk")
    # Unchecked: the address drops it again.
    page.locator(".pagefind-ui__filter-name", has_text="Thema").click()
    page.get_by_label(re.compile("^Werk & privé")).uncheck()
    expect(page.locator(RESULT)).to_have_count(2)
    expect(page).to_have_url(re.compile(r"\?q=werk$"))
    # The shared link, opened afresh, and a link with a parameter of its own
    # (a campaign tag) that is no filter.
    other, _ = new_page()
    other.goto(shared + "&utm_source=linkedin")
    expect(other.locator(RESULT)).to_have_count(1)
    expect(other.locator(TITLE)).to_have_text(["Waarom ik elke vrijdag om drie uur stop"])
    watch.assert_clean("filtered search link")


BROWSE = "#search-browse"


def test_a_link_with_only_a_filter_lists_what_it_matches(new_page, base_url):
    """A recruiter's link to "every job" (?filter=Soort:Vacature) opened an
    empty search: Pagefind's UI searches nothing without words. The hub lists
    what the filters match, until words are typed; Back keeps the list."""
    page, watch = new_page()
    page.goto(f"{base_url}/search/?filter=Soort:Vacature")
    browse = page.locator(BROWSE)
    expect(browse.locator(".pagefind-ui__message")).to_have_text("1 resultaat met deze filters")
    expect(browse.locator(TITLE)).to_have_text(["Data engineer"])  # not the English job
    # Words take over: Pagefind's own results, the list goes.
    page.locator("#search-input").fill("engineer")
    expect(page.locator(f"#search {TITLE}")).to_have_text(["Data engineer"])
    expect(browse).to_be_hidden()
    # Words cleared again: the filter still chosen lists what it matches.
    page.locator("#search-input").fill("")
    expect(browse.locator(TITLE)).to_have_count(1)
    # A result, then Back: the same list.
    browse.locator(".pagefind-ui__result-link", has_text="Data engineer").click()
    page.wait_for_url(re.compile(r"/vacancies/501/$"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"/search/\?filter=Soort(:|%3A)Vacature$"))
    expect(browse.locator(TITLE)).to_have_text(["Data engineer"])
    # A theme: its stories; with a second filter, what matches both.
    page.goto(f"{base_url}/search/?filter=Thema:Werk %26 privé")
    stop = "Waarom ik elke vrijdag om drie uur stop"
    expect(browse.locator(TITLE, has_text=stop)).to_be_visible()
    page.goto(f"{base_url}/search/?filter=Thema:Werk %26 privé&filter=Soort:Vacature")
    expect(browse.locator(".pagefind-ui__message")).to_be_visible()
    expect(browse.locator(TITLE, has_text="Waarom ik elke vrijdag")).to_have_count(0)
    page.goto(f"{base_url}/en/search/?filter=Type:Job")
    expect(browse.locator(".pagefind-ui__message")).to_have_text("1 result with these filters")
    expect(browse.locator(TITLE)).to_have_text(["Remote software developer"])
    watch.assert_clean("filter-only search link")


def test_a_filter_the_index_does_not_offer_filters_nothing(new_page, base_url):
    """An old link's filter (a theme since renamed, a Dutch filter on the
    English page) found nothing at all, whatever the words: "Geen resultaten
    voor engineer" beside a job called Data engineer. As on the job list, a
    value the page does not offer is dropped, from the address too."""
    page, watch = new_page()
    page.goto(f"{base_url}/search/?q=engineer&filter=Thema:Oude naam")
    expect(page.locator(f"#search {TITLE}")).to_have_text(["Data engineer"])
    expect(page).to_have_url(f"{base_url}/search/?q=engineer")
    page.goto(f"{base_url}/search/?filter=Soort:Vacature&filter=Soort:Stage&x=1")
    expect(page.locator(f"{BROWSE} {TITLE}")).to_have_text(["Data engineer"])
    expect(page).to_have_url(f"{base_url}/search/?x=1&filter=Soort%3AVacature")
    page.goto(f"{base_url}/en/search/?q=developer&filter=Soort:Vacature")
    expect(page.locator(f"#search {TITLE}").first).to_have_text("Remote software developer")
    expect(page).to_have_url(f"{base_url}/en/search/?q=developer")
    watch.assert_clean("unknown filter")


def test_a_long_query_on_a_phone_keeps_the_result_count_off_the_results(new_page, base_url):
    """Pagefind's count ("2 resultaten voor ...") sat in a box of one line's
    fixed height; a query of three lines at 320 px ran out of it, over the
    first result's rule and up into the filters."""
    page, watch = new_page(viewport={"width": 320, "height": 640})
    query = "klantenservicemedewerker energietransitie in Groningen, Zwolle of Amersfoort"
    search(page, base_url, "/search/", query)
    expect(page.locator(MESSAGE)).to_contain_text("Amersfoort")
    expect(page.locator(RESULT).first).to_be_visible()
    fonts_loaded(page)
    text, box, first = page.evaluate(
        """() => { const m = document.querySelector(".pagefind-ui__message");
             const range = document.createRange(); range.selectNodeContents(m);
             const top = e => e.getBoundingClientRect().top;
             const text = range.getBoundingClientRect();
             return [[text.top, text.bottom], [top(m), m.getBoundingClientRect().bottom],
                     top(document.querySelector(".pagefind-ui__result"))]; }"""
    )
    assert text[1] - text[0] > 50, f"the count is three lines or more: {text}"
    assert box[0] <= text[0] and text[1] <= box[1] <= first, (text, box, first)
    watch.assert_clean("a long query on a phone")


# Every point of a 24 x 24 square from the top left of a filter's checkbox.
TARGET_SQUARE = """row => {
    const input = row.querySelector('input'), label = row.querySelector('label');
    const box = input.getBoundingClientRect();
    const misses = [];
    for (let dx = 0.5; dx < 24; dx += 2) for (let dy = 0.5; dy < 24; dy += 2) {
        const hit = document.elementFromPoint(box.left + dx, box.top - 5 + dy);
        if (!hit || !(hit === input || hit.closest('label') === label)) {
            misses.push([dx, dy, hit && hit.className]);
        }
    }
    return misses;
}"""


def test_the_filters_are_targets_of_24_px_at_least(new_page, base_url):
    """A facet's name was 20 px tall, its checkbox 14 px and its label 22 px:
    WCAG 2.2's 24 x 24 px (2.5.8) met only through the space between the rows.
    Now each name is 24 px tall and each filter's row one target, checkbox and
    label, at least 24 px tall."""
    page, watch = new_page()
    search(page, base_url, "/search/", "werk")
    result_titles(page, 2)
    for name in page.locator(".pagefind-ui__filter-name").all():
        name.click()
        fonts_loaded(page)
        box = name.bounding_box()
        assert box["height"] >= 24 and box["width"] >= 24, (name.inner_text(), box)
    rows = page.locator(".pagefind-ui__filter-value").all()
    assert rows
    for row in rows:
        assert row.bounding_box()["height"] >= 24, row.inner_text()
        row.scroll_into_view_if_needed()
        assert row.evaluate(TARGET_SQUARE) == [], row.inner_text()
    # The whole row toggles the filter, and the checkbox is still what is focused.
    row = page.locator(".pagefind-ui__filter-value", has_text="Column")
    box = row.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 4, box["y"] + box["height"] / 2)
    expect(row.locator("input")).to_be_checked()
    expect(page.locator(RESULT)).to_have_count(2)
    row.locator("input").focus()
    page.keyboard.press("Space")
    expect(row.locator("input")).not_to_be_checked()
    watch.assert_clean("search filters as targets")


FOCUS_RING_AND_LABEL = """(row) => {
  const box = row.querySelector("input"), style = getComputedStyle(document.activeElement);
  const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
  const ring = box.getBoundingClientRect(), range = document.createRange();
  range.selectNodeContents(row.querySelector("label"));
  const text = range.getBoundingClientRect();
  return {ring: ring.right + reach, text: text.left, style: style.outlineStyle};
}"""


def test_a_filters_focus_ring_leaves_its_label_readable(new_page, base_url, artifacts):
    """The ring round a focused filter's checkbox (3 px, 3 px off it) touched
    the first letter of its label: "Utrecht" began where the ring ended. The
    ring stands clear of the text (WCAG 2.4.13's visible, unobscured focus)."""
    page, watch = new_page()
    search(page, base_url, "/search/", "werk")
    result_titles(page, 2)
    for name in page.locator(".pagefind-ui__filter-name").all():
        name.click()
    rows = page.locator(".pagefind-ui__filter-value").all()
    assert rows
    rows[0].locator("input").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # the keyboard's focus, with its ring
    assert page.evaluate("document.activeElement.matches(':focus-visible')")
    fonts_loaded(page)
    box = rows[0].bounding_box()
    page.screenshot(
        path=str(artifacts / "search_filter_focus.png"),
        clip={"x": box["x"] - 12, "y": box["y"] - 8, "width": 280, "height": box["height"] + 16},
    )
    for row in rows:
        measured = row.evaluate(FOCUS_RING_AND_LABEL)
        assert measured["style"] == "solid", measured
        assert measured["text"] - measured["ring"] >= 3, (row.inner_text(), measured)
    watch.assert_clean("search filter focus ring")


def test_a_search_that_cannot_load_says_so_and_links_on(new_page, base_url):
    """A blocker or a dropped connection that kept Pagefind's script from
    loading left the page with its heading alone (no field, no word), and one
    that kept pagefind.js away left "Zoeken naar stagiair..." for ever. Now
    the page says search could not load and links to the listings, as it does
    without JavaScript."""
    page, _ = new_page()
    page.route("**/pagefind/pagefind-ui.js", lambda route: route.abort())
    page.goto(f"{base_url}/search/?q=stagiair")
    notice = page.locator("#search-failed")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("Zoeken kon niet laden")
    expect(notice.locator("a", has_text="Alle verhalen")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Zoeken kon niet laden")
    other, _ = new_page()
    other.route("**/pagefind/pagefind.js", lambda route: route.abort())
    other.goto(f"{base_url}/en/search/")
    expect(other.locator("#search-failed")).to_be_hidden()  # nothing asked yet
    other.locator("#search-input").fill("intern")
    expect(other.locator("#search-failed")).to_contain_text("Search could not load")
    expect(other.locator("#search")).to_be_hidden()  # no "Searching for intern..." for ever
    expect(other.get_by_role("status")).to_contain_text("Search could not load")
    # Loaded as usual, the notice stays hidden.
    fine, watch = new_page()
    search(fine, base_url, "/search/", "stagiair")
    expect(fine.locator(RESULT)).to_have_count(1)
    expect(fine.locator("#search-failed")).to_be_hidden()
    watch.assert_clean("search loaded")


def test_escape_and_reset_clear_the_search_and_keep_the_place(new_page, base_url):
    """Escape (or the clear button, "Wissen") emptied the field, but the address kept
    ?q=werk (a shared link or Back brought the cleared words back, and the
    language switch still searched them), and the focus fell to the page's
    top: the next Tab started again at the skip link."""
    page, watch = new_page()
    field = search(page, base_url, "/search/", "werk")
    result_titles(page, 2)
    expect(page).to_have_url(re.compile(r"\?q=werk$"))
    field.press("Escape")
    expect(field).to_have_value("")
    expect(page.locator(RESULT)).to_have_count(0)
    expect(page).to_have_url(f"{base_url}/search/")
    expect(field).to_be_focused()
    expect(page.locator('.lang-switch a[hreflang="en"]')).to_have_attribute("href", "/en/search/")
    page.keyboard.type("stagiair")
    expect(page.locator(RESULT)).to_have_count(1)
    expect(page).to_have_url(re.compile(r"\?q=stagiair$"))
    page.get_by_role("button", name="Wissen").click()
    expect(field).to_have_value("")
    expect(page).to_have_url(f"{base_url}/search/")
    expect(field).to_be_focused()
    # A link's filter lists what it matches again once the words are gone.
    page.goto(f"{base_url}/search/?q=engineer&filter=Soort:Vacature")
    expect(page.locator(f"#search {TITLE}")).to_have_text(["Data engineer"])
    page.locator("#search-input").press("Escape")
    expect(page).to_have_url(f"{base_url}/search/?filter=Soort%3AVacature")
    expect(page.locator(f"{BROWSE} {TITLE}")).to_have_text(["Data engineer"])
    watch.assert_clean("escape and reset")


def test_what_a_links_filters_match_is_announced(new_page, base_url):
    """A link to "every job" (?filter=Soort:Vacature) listed "1 resultaat met
    deze filters", but the status region stayed empty: a screen reader heard
    no count, neither on opening the link nor when the words were cleared
    and the list came back (WCAG 4.1.3)."""
    page, watch = new_page()
    status = page.get_by_role("status")
    page.goto(f"{base_url}/search/?filter=Soort:Vacature")
    expect(page.locator(f"{BROWSE} .pagefind-ui__message")).to_have_text(
        "1 resultaat met deze filters"
    )
    expect(status).to_have_text("1 resultaat met deze filters")
    page.locator("#search-input").fill("engineer")
    expect(status).to_have_text(re.compile("^1 resultaat voor .*engineer"))
    page.locator("#search-input").fill("")
    expect(status).to_have_text("1 resultaat met deze filters")
    watch.assert_clean("filter list announced")


def test_nothing_found_offers_a_way_on(new_page, base_url):
    """A search for "stagairs" (a typo) said "Geen resultaten voor stagairs"
    and no more: no hint, no link, the filters gone. Now the page suggests another word and links to
    the listings (every vacancy among them), in the page's language, until a
    search finds something again."""
    page, watch = new_page()
    search(page, base_url, "/search/", "stagairs")
    expect(page.locator(MESSAGE)).to_have_text(re.compile("Geen resultaten voor .*stagairs"))
    hint = page.locator("#search-none")
    expect(hint).to_be_visible()
    expect(hint).to_contain_text("Probeer een ander")
    hint.locator("a", has_text="Vacatures").click()
    page.wait_for_url(f"{base_url}/vacancies/")
    page.go_back()
    expect(page.locator("#search-input")).to_have_value("stagairs")
    expect(page.locator("#search-none")).to_be_visible()
    page.locator("#search-input").fill("stagiair")
    expect(page.locator(RESULT)).to_have_count(1)
    expect(page.locator("#search-none")).to_be_hidden()
    page.locator("#search-input").fill("")
    expect(page.locator("#search-none")).to_be_hidden()
    search(page, base_url, "/en/search/", "zzqnothing")
    expect(page.locator("#search-none")).to_contain_text("Try another")
    watch.assert_clean("nothing found, a way on")


def test_a_colleagues_name_finds_what_names_them_not_a_job_showing_their_photo(new_page, demo_url):
    """Pagefind takes a page's first photo as its image and indexes the file's
    name: a job's "meet the team" photos came first on its page, so "Sanne"
    on /en/search/ found "Senior data engineer" (her name nowhere in it, no
    excerpt) and "Priya" found "Backend developer energieplatform". A name
    finds the pages that name the person, no others."""
    page, watch = new_page()
    search(page, demo_url, "/en/search/", "Sanne")
    expect(page.locator(MESSAGE)).to_contain_text("No results for")
    search(page, demo_url, "/search/", "Priya")
    titles = result_titles(page, 2)
    assert not any("developer" in title for title in titles), titles
    watch.assert_clean("a name search")


def test_a_part_of_a_dutch_compound_finds_the_job(new_page, demo_url):
    """Dutch writes compounds as one word, and Pagefind finds a word by its
    start only: "adviseur" did not find "Klantadviseur energie en
    duurzaamheid", "leider" not "Teamleider installatie zonnepanelen",
    "coach" not "Energiecoach aan huis". A job seeker types the part."""
    page, watch = new_page()
    for term, title in [
        ("adviseur", "Klantadviseur energie en duurzaamheid"),
        ("leider", "Teamleider installatie zonnepanelen"),
        ("coach", "Energiecoach aan huis"),
        ("pomp", "Monteur warmtepompen"),
    ]:
        search(page, demo_url, "/search/", term)
        expect(page.locator(TITLE, has_text=title)).to_be_visible()
        expect(page.locator(TITLE).filter(has_text=PLACEHOLDER)).to_have_count(0)
    watch.assert_clean("compound parts")


def test_a_plural_with_an_apostrophe_finds_the_word(new_page, demo_url):
    """Dutch writes some plurals with an apostrophe ("collega's", "foto's"),
    and Pagefind read "collega's" as the word "collegas": 3 of the 9 pages
    that speak of a collega. The plural finds what the word finds."""
    page, watch = new_page()
    search(page, demo_url, "/search/", "collega")
    expect(page.locator(MESSAGE)).to_have_text(re.compile(r"^\d+ resultaten voor collega$"))
    found = page.locator(MESSAGE).inner_text().split()[0]
    for plural in ("collega's", "collega’s"):
        search(page, demo_url, "/search/", plural)
        expect(page.locator(MESSAGE)).to_have_text(f"{found} resultaten voor {plural}")
    watch.assert_clean("an apostrophe plural")


def test_a_links_filters_are_named_and_can_be_cleared(new_page, base_url):
    """A link to "every job" listed "1 resultaat met deze filters", but no
    filter was on the page (Pagefind shows its filters only once words are
    typed): which filters, and how to be rid of them? The list names them
    and offers to clear them."""
    page, watch = new_page()
    page.goto(f"{base_url}/search/?filter=Soort:Vacature&filter=Thema:Techniek %26 data")
    browse = page.locator(BROWSE)
    expect(browse.locator(TITLE)).to_have_text(["Data engineer"])
    expect(browse.locator(".search__chosen")).to_have_text(
        "Soort: Vacature · Thema: Techniek & data"
    )
    browse.get_by_role("link", name="Filters wissen").click()
    expect(page).to_have_url(f"{base_url}/search/")
    expect(browse).to_be_hidden()
    expect(page.locator("#search-input")).to_be_focused()
    page.goto(f"{base_url}/en/search/?filter=Type:Job")
    expect(browse.locator(".search__chosen")).to_have_text("Type: Job")
    expect(browse.get_by_role("link", name="Clear filters")).to_be_visible()
    watch.assert_clean("a link's filters named")


def test_more_results_takes_the_keyboard_to_the_first_new_one(new_page, demo_url):
    """After "Meer resultaten laden" the focus stayed on the button, now below
    the five results it added: the next Tab went to the footer, and a
    keyboard user had to go back up to reach them."""
    page, watch = new_page()
    page.goto(f"{demo_url}/search/?q=de")
    expect(page.locator(RESULT)).to_have_count(5)
    more = page.get_by_role("button", name="Meer resultaten laden")
    more.focus()
    page.keyboard.press("Enter")
    expect(page.locator(RESULT)).to_have_count(10)
    sixth = page.locator(RESULT).nth(5).locator(".pagefind-ui__result-link").first
    expect(sixth).to_be_focused()
    watch.assert_clean("more results")


def test_a_pasted_text_keeps_the_address_short_enough_to_come_back_to(new_page, base_url):
    """A job seeker who pasted a whole text into the field (10,000 characters)
    got an address of that length, more than many web servers take (nginx
    answers 414 past 8 KB by default): Back from a result, a reload or the
    shared link could fail. The field and ?q= take 256 characters."""
    page, watch = new_page()
    text = "stagiair " * 1200
    field = search(page, base_url, "/search/", text)
    expect(page.locator(RESULT)).to_have_count(1)
    assert len(field.input_value()) <= 256
    expect(page).to_have_url(re.compile(r"\?q=stagiair"))
    assert len(page.url) < 1024, len(page.url)
    page.locator(".pagefind-ui__result-link").first.click()
    page.wait_for_url(re.compile(r"/stories/anna-de-boer/"))
    page.go_back()
    expect(page.locator(RESULT)).to_have_count(1)
    # A link made before (or by hand) with a longer ?q= is cut the same way.
    page.goto(f"{base_url}/search/?q={'stagiair+' * 100}")
    expect(page.locator(RESULT)).to_have_count(1)
    assert len(page.locator("#search-input").input_value()) <= 256
    assert len(page.url) < 1024, len(page.url)
    watch.assert_clean("a pasted text")


def test_a_slow_connection_sees_the_search_loading(new_page, base_url):
    """On a slow connection (400 ms, 50 KB/s) the search page was its heading
    and intro alone for five seconds, while Pagefind's script loaded: no
    field, no word that anything was coming. Now it says it is loading,
    until the field is there."""
    page, watch = new_page()
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": 400,
            "downloadThroughput": 50 * 1024,
            "uploadThroughput": 20 * 1024,
        },
    )
    page.goto(f"{base_url}/search/?q=stagiair", wait_until="commit")
    loading = page.locator("#search-loading")
    expect(loading).to_have_text("Zoeken wordt geladen…", timeout=4000)
    expect(page.locator("#search-input")).to_have_count(0)  # still loading
    expect(page.locator(RESULT)).to_have_count(1, timeout=40000)
    expect(loading).to_be_hidden()
    watch.assert_clean("a slow connection")


def test_a_remote_job_is_found_by_the_words_a_job_seeker_types(new_page, tmp_path):
    """A Dutch remote job says "Op afstand (Nederland)", and the Dutch search found
    it by "afstand" only: not by "remote" (as Dutch job seekers write it) nor
    "thuiswerken"; an English one not by "home" (work from home)."""
    from browser.conftest import serve
    from podium_cli.build import build
    from podium_testkit import copy_site

    site = copy_site(tmp_path)
    job = site / "content" / "vacancies" / "remote-developer.yml"
    dutch = job.read_text().replace("lang: en", "lang: nl")
    dutch = dutch.replace("Remote software developer", "Softwareontwikkelaar klantenapp")
    dutch = dutch.replace(
        "You write software for our customer app, from anywhere in the Netherlands.",
        "Je schrijft software voor onze klantenapp, waar in Nederland je ook woont.",
    )
    job.write_text(dutch)
    english = site / "content" / "vacancies" / "remote-en.yml"
    english.write_text(
        dutch.replace('id: "502"', 'id: "592"')
        .replace("lang: nl", "lang: en")
        .replace("Softwareontwikkelaar klantenapp", "App engineer")
        .replace(
            "Je schrijft software voor onze klantenapp, waar in Nederland je ook woont.",
            "You build our customer app, wherever in the Netherlands you live.",
        )
    )
    out = build(site / "pelicanconf.py", site / "output").output
    for url in serve(out):
        page, watch = new_page()
        for path, term, title in [
            ("/search/", "remote", "Softwareontwikkelaar klantenapp"),
            ("/search/", "thuiswerken", "Softwareontwikkelaar klantenapp"),
            ("/en/search/", "home", "App engineer"),
        ]:
            search(page, url, path, term)
            expect(page.locator(TITLE, has_text=title)).to_be_visible()
        watch.assert_clean("search, a remote job")


def test_the_search_speaks_the_pages_language_only(new_page, base_url):
    """Pagefind's own Dutch words put an English "Reset" on the Dutch search
    page's clear button, beside "Zoeken" and "Meer resultaten laden"; a
    screen reader read "Reset, knop" in a Dutch voice."""
    for path, clear in (("/search/", "Wissen"), ("/en/search/", "Clear")):
        page, watch = new_page()
        search(page, base_url, path, "werk" if path == "/search/" else "work")
        expect(page.locator(RESULT).first).to_be_visible()
        buttons = page.locator("#search button").all_inner_texts()
        assert clear in buttons, (path, buttons)
        assert not {"Reset", "Clear"} - {clear} & set(buttons), (path, buttons)
        watch.assert_clean(f"search words on {path}")


def test_a_result_shows_no_words_kept_for_searching_only(new_page, base_url):
    """The ends of a title's long words and a remote job's search words are
    indexed to be found, "never shown", yet each result carried them as a
    tag: "Parts: portmedewerker ortmedewerker rtmedewerker ...", "Remote:
    remote thuiswerken ...", read out by a screen reader after the excerpt."""
    page, watch = new_page()
    for path, term, count in (("/search/", "werk", 2), ("/en/search/", "telecommute", 1)):
        search(page, base_url, path, term)
        result_titles(page, count)  # loaded: a result's tags come with its title
        texts = page.locator("#search .pagefind-ui__results").inner_text()
        assert "Parts:" not in texts and "Remote:" not in texts, (term, texts)
        expect(page.locator(".pagefind-ui__result-tag")).to_have_count(0)
    watch.assert_clean("search results without search-only words")


def test_the_magnifier_stays_in_forced_colours(new_page, base_url):
    """Pagefind draws its magnifier as a mask over a background colour, which
    forced colours (Windows' contrast themes) paint as the page's Canvas: the
    icon vanished from the field. It is drawn in the text's colour there."""
    from io import BytesIO

    from PIL import Image

    for forced in ("none", "active"):
        page, watch = new_page(forced_colors=forced)
        page.goto(f"{base_url}/search/")
        form = page.locator(".pagefind-ui__form")
        form.wait_for()
        fonts_loaded(page)
        box = form.evaluate(
            """f => { const r = f.getBoundingClientRect(), s = getComputedStyle(f, "::before");
                      return {x: r.x + parseFloat(s.left), y: r.y + parseFloat(s.top),
                              width: parseFloat(s.width), height: parseFloat(s.height)}; }"""
        )
        shot = Image.open(BytesIO(page.screenshot(clip=box))).convert("L")
        low, high = shot.getextrema()
        assert high - low > 100, f"no magnifier in the field (forced colours {forced})"
        watch.assert_clean(f"search, forced colours {forced}")
