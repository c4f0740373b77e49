"""A real Pelican build of tests/test_data/site, checked page by page."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from podium_cli.build import build
from podium_testkit import Page, read_page

LANGS = {"nl", "en"}


def test_interview_is_marked_up_as_questions_and_answers(built_site):
    page = read_page(built_site, "stories/anna-de-boer/")
    items = page.all("section", "qa__item")
    assert len(items) == 2
    questions = page.all("h2", "qa__q")
    assert [q.text.replace("Vraag: ", "").strip() for q in questions] == [
        "Wat doe je precies?",
        "Wat was lastig?",
    ]
    # Each answer sits in its own block right after its question.
    assert all(item.children[0].tag == "h2" for item in items)
    assert all("qa__a" in item.children[1].classes() for item in items)
    assert "<strong>nee</strong>" in page.html


def test_a_question_keeps_the_anchor_links_were_shared_with(built_site):
    """A question's anchor became its words (c-wat-doe-je-precies), so a
    writer's link reaches it; the address a reader copied before, #q1 or #q2,
    led to the top of the page. Shared links never die: each question's
    section keeps its old anchor, by the question's place, as it was."""
    page = read_page(built_site, "stories/anna-de-boer/")
    items = page.all("section", "qa__item")
    assert [item.attrs.get("id") for item in items] == ["q1", "q2"]
    assert [item.children[0].attrs["id"] for item in items] == [
        "c-wat-doe-je-precies",
        "c-wat-was-lastig",
    ]


def test_interview_credits_interviewee_role_and_interviewer(built_site):
    page = read_page(built_site, "stories/anna-de-boer/")
    assert page.one("p", "author-card__name").text.strip() == "Anna de Boer"
    assert page.one("p", "author-card__role").text.strip() == "Teamlead data"
    assert "Interview door Kees Interviewer" in page.one("p", "author-card__credit").text
    assert "Techniek" in page.html  # the team's name in Dutch, from PODIUM_TEAMS


def test_column_has_byline_and_no_qa(built_site):
    page = read_page(built_site, "stories/ben-bakker/")
    assert page.all("section", "qa__item") == []
    assert "Geschreven door Ben Bakker" in page.one("p", "author-card__credit").text
    assert page.one("div", "story__text")


def test_script_in_markdown_is_removed(built_site):
    html = read_page(built_site, "stories/anna-de-boer/").html
    assert "alert(" not in html


def test_translations_are_linked_both_ways_with_complete_hreflang(built_site):
    nl = read_page(built_site, "stories/anna-de-boer/")
    en = read_page(built_site, "en/stories/anna-de-boer/")
    expected = {
        "nl": "/stories/anna-de-boer/",
        "en": "/en/stories/anna-de-boer/",
        "x-default": "/stories/anna-de-boer/",
    }
    assert nl.alternates() == expected
    assert en.alternates() == expected
    assert nl.one("html").attrs["lang"] == "nl"
    assert en.one("html").attrs["lang"] == "en"
    assert nl.one("link", rel="canonical").attrs["href"] == "/stories/anna-de-boer/"
    # The language switch goes to the translation, not to a home page.
    switch = nl.one("a", hreflang="en")
    assert switch.attrs["href"] == "/en/stories/anna-de-boer/"
    assert switch.text.strip() == "English"
    assert en.one("a", hreflang="nl").attrs["href"] == "/stories/anna-de-boer/"


def test_untranslated_story_has_self_and_x_default_and_switch_to_home(built_site):
    page = read_page(built_site, "en/stories/carla-en-only/")
    assert page.alternates() == {
        "en": "/en/stories/carla-en-only/",
        "x-default": "/en/stories/carla-en-only/",
    }
    switch = page.one("a", hreflang="nl")
    assert switch.attrs["href"] == "/"
    # Named for where it goes, in its own language: not "Nederlands" alone.
    assert " ".join(switch.text.split()) == "Nederlands: Home"


def test_a_person_in_one_language_switches_to_the_other_languages_people(built_site):
    # Carla writes in English only: her page's "Nederlands" went to the Dutch
    # front page, where a story's goes; a person's goes to the list of people.
    page = read_page(built_site, "en/people/carla-mendes/")
    switch = page.one("a", hreflang="nl")
    assert switch.attrs["href"] == "/people/"
    assert " ".join(switch.text.split()) == "Nederlands: Mensen"


def test_every_page_has_lang_canonical_and_complete_alternates(built_site):
    for path in built_site.rglob("*.html"):
        page = read_page(built_site, "/" + str(path.relative_to(built_site)))
        lang = page.one("html").attrs["lang"]
        assert lang in LANGS, path
        canonical = page.one("link", rel="canonical").attrs["href"]
        alternates = page.alternates()
        assert alternates[lang] == canonical, path
        assert "x-default" in alternates, path
        # Every alternate names this page back: the set is symmetric.
        for other_lang, url in alternates.items():
            if other_lang == "x-default":
                continue
            other = read_page(built_site, url)
            assert other.alternates() == alternates, (path, url)


def test_drafts_scheduled_and_consent_ended_are_not_published(built_site):
    everything = "\n".join(
        p.read_text(encoding="utf-8")
        for p in built_site.rglob("*.*")
        if p.suffix in {".html", ".xml", ".json"}
    )
    for name in ("Dirk Draft", "Eva Toekomst", "Frank Verlopen"):
        assert name not in everything, name
    assert not (built_site / "drafts").exists()
    assert not (built_site / "stories" / "dirk-draft").exists()
    assert not (built_site / "stories" / "eva-scheduled").exists()


def test_consent_ended_and_withdrawn_urls_answer_with_a_tombstone(built_site):
    for url in (
        "stories/frank-consent-ended/",
        "stories/teruggetrokken-verhaal/",
        "en/stories/teruggetrokken-verhaal/",
    ):
        page = read_page(built_site, url)
        assert page.meta("robots") == "noindex"
        assert page.all("a", href="/") or page.all("a", href="/en/")
    gone = read_page(built_site, "stories/frank-consent-ended/")
    assert "niet meer beschikbaar" in gone.html
    assert "Frank" not in gone.html


def _robots(page: Page) -> list[str]:
    return [m.attrs["content"] for m in page.all("meta", name="robots")]


def _annas_consent_ends(site) -> Path:
    """Anna's interview with consent until 2026-07-31; its file."""
    story = site / "content" / "interviews" / "anna-de-boer.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(
        text.replace(
            "consent: {given: 2026-02-20}", "consent: {given: 2026-02-20, until: 2026-07-31}"
        ),
        encoding="utf-8",
    )
    return story


def test_a_story_whose_consent_ends_tells_search_engines_the_day_it_goes(site):
    # Anna's consent runs until 2026-07-31 (today 2026-06-01): her interview in both
    # languages and her people pages were indexable with no end, so a search result
    # kept showing her name and words after the nightly build took them down, until
    # a crawler happened to come back (weeks). Google's robots rule unavailable_after
    # drops them on the day: the day after the last day of consent, in the hub's zone.
    story = _annas_consent_ends(site)
    out = build(site / "pelicanconf.py", site / "output").output
    gone = ["unavailable_after: 2026-08-01T00:00:00+02:00"]
    # The English translation shares the end (one consent ends both).
    for url in ("stories/anna-de-boer/", "en/stories/anna-de-boer/"):
        assert _robots(read_page(out, url)) == gone, url
    for url in ("people/anna-de-boer/", "en/people/anna-de-boer/"):
        assert _robots(read_page(out, url)) == gone, url
    # Without an end, no rule: Ben's consent has none.
    assert _robots(read_page(out, "stories/ben-bakker/")) == []
    assert _robots(read_page(out, "people/ben-bakker/")) == []
    # Consent extended: the page says the new day, and its lastmod moves (the day
    # of the build), so podium ping tells the engines that read the old one.
    before = _lastmod(out, "stories/anna-de-boer/")
    story.write_text(
        story.read_text(encoding="utf-8").replace("until: 2026-07-31", "until: 2026-12-31"),
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", site / "output").output
    assert _robots(read_page(out, "stories/anna-de-boer/")) == [
        "unavailable_after: 2027-01-01T00:00:00+01:00"
    ]
    assert before < _lastmod(out, "stories/anna-de-boer/") == "2026-06-01"


def test_a_people_page_with_a_story_still_to_come_says_no_day_it_goes(site):
    # Anna's interview ends on 2026-07-31, and her column comes on 2026-09-01
    # with no end: her Dutch people page told Google it went on 2026-08-01.
    _annas_consent_ends(site)
    (site / "content" / "columns" / "anna-later.md").write_text(
        "---\ntitle: Na de zomer\ndate: 2026-09-01\nauthor: Anna de Boer\nrole: Engineer\n"
        "consent: {given: 2026-08-20}\n---\n\nIk schrijf na de zomer verder.\n",
        encoding="utf-8",
    )
    out = build(site / "pelicanconf.py", site / "output").output
    assert _robots(read_page(out, "people/anna-de-boer/")) == []
    # Her English page has nothing to come: it goes with her interview.
    assert _robots(read_page(out, "en/people/anna-de-boer/")) == [
        "unavailable_after: 2026-08-01T00:00:00+02:00"
    ]


def _lastmod(out, url: str) -> str:
    sitemap = ET.parse(out / "sitemap.xml").getroot()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    (found,) = [
        u.findtext("s:lastmod", namespaces=ns)
        for u in sitemap.iterfind("s:url", ns)
        if u.findtext("s:loc", namespaces=ns) == f"/{url}"
    ]
    return found


def test_alumni_keep_policy_labels_former_colleague(built_site):
    page = read_page(built_site, "stories/gina-alumni/")
    assert "Oud-collega" in page.one("aside", "author-card").text
    people = read_page(built_site, "people/")
    assert "Oud-collega" in people.html


def test_a_former_colleagues_structured_data_gives_no_current_job_title(built_site):
    # Gina left on 2026-01-31, yet her ProfilePage said "jobTitle": "Ontwerper"
    # beside "alumniOf", and her story's Article author too: schema.org's jobTitle
    # is the title a person holds, so a search result showed her as the designer
    # still. Her page's description offered "Ontwerper" to previews alone as well.
    page = read_page(built_site, "people/gina-vertrokken/")
    ld = page.one_jsonld()
    person = ld["mainEntity"]
    assert "jobTitle" not in person and "worksFor" not in person, person
    assert person["alumniOf"]["@type"] == "Organization"
    assert person["description"] == "Oud-collega · Ontwerper"
    assert page.meta("description") == "Oud-collega · Ontwerper"
    story = read_page(built_site, "stories/gina-alumni/")
    (article,) = [b for b in map(json.loads, (s.text for s in story.all(
        "script", type="application/ld+json"))) if b["@type"] == "Article"]  # fmt: skip
    assert "jobTitle" not in article["author"]
    assert article["author"]["description"] == "Oud-collega · Ontwerper"
    # A colleague who still works here keeps her job title.
    anna = read_page(built_site, "people/anna-de-boer/")
    assert anna.one_jsonld()["mainEntity"]["jobTitle"] == "Teamlead data"


def test_alumni_keep_policy_labels_former_colleague_in_feeds(built_site):
    # A feed reader shows the author's name, not the page's author card.
    atom = ET.parse(built_site / "feeds" / "stories.atom.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    authors = {
        e.find("a:link", ns).get("href").split("/stories/")[1]: e.find("a:author/a:name", ns).text
        for e in atom.findall("a:entry", ns)
    }
    assert authors["gina-alumni/"].endswith(" (oud-collega)")
    assert authors["anna-de-boer/"] == "Anna de Boer"
    items = json.loads((built_site / "stories.json").read_text(encoding="utf-8"))["items"]
    names = {i["url"].split("/stories/")[1]: i["authors"][0]["name"] for i in items}
    assert names["gina-alumni/"] == authors["gina-alumni/"]
    assert names["anna-de-boer/"] == "Anna de Boer"


def test_an_atom_entry_id_is_the_story_url_so_a_date_correction_keeps_it(built_site):
    atom = ET.parse(built_site / "feeds" / "stories.atom.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = atom.findall("a:entry", ns)
    assert entries
    for entry in entries:
        # Pelican's was tag:host,2026-03-02:/stories/...: the date was in it.
        assert entry.find("a:id", ns).text == entry.find("a:link", ns).get("href")
    items = json.loads((built_site / "stories.json").read_text(encoding="utf-8"))["items"]
    assert {e.find("a:id", ns).text for e in entries} == {i["id"] for i in items}


def test_front_page_lists_featured_and_latest_per_language(built_site):
    nl = read_page(built_site, "")
    en = read_page(built_site, "en/")
    assert "teaser--big" in nl.html and "Anna de Boer: van stagiair tot teamlead" in nl.html
    assert "Finding my way in a Dutch team" in en.html
    assert "Finding my way in a Dutch team" not in nl.html
    assert en.alternates()["nl"] == "/" and nl.alternates()["en"] == "/en/"


def test_listings_paginate_in_directories(built_site):
    # Four published nl stories at two per page: /stories/ and /stories/page/2/.
    first = read_page(built_site, "stories/")
    second = read_page(built_site, "stories/page/2/")
    assert first.one("a", rel="next").attrs["href"] == "/stories/page/2/"
    assert second.one("a", rel="prev").attrs["href"] == "/stories/"
    assert not list(built_site.glob("**/*2.html"))


def test_people_pages(built_site):
    person = read_page(built_site, "people/anna-de-boer/")
    assert "Anna de Boer: van stagiair tot teamlead" in person.html
    assert person.alternates()["en"] == "/en/people/anna-de-boer/"
    assert (built_site / "en" / "people" / "carla-mendes" / "index.html").is_file()
    assert not (built_site / "people" / "carla-mendes").exists()


def test_a_people_page_is_an_open_graph_profile(built_site):
    # Shared on LinkedIn or in a chat, a colleague's page previewed as a
    # "website"; Open Graph's type for a page about one person is "profile".
    # No profile:first_name/last_name: "Anna de Boer" splits no reliable way.
    for url in ("people/anna-de-boer/", "en/people/carla-mendes/"):
        page = read_page(built_site, url)
        assert page.meta("og:type") == "profile", url
        assert "profile:first_name" not in page.html
    assert read_page(built_site, "people/").meta("og:type") == "website"


def test_people_pages_give_the_role_in_their_own_language(built_site):
    # Anna's Dutch story says "Teamlead data", its translation "Data team lead":
    # each language's people pages use that language's story, not whichever
    # version sorted first (the English page said "Teamlead data").
    for url, role in (("people/anna-de-boer/", "Teamlead data"),
                      ("en/people/anna-de-boer/", "Data team lead")):  # fmt: skip
        page = read_page(built_site, url)
        assert page.one("p", "page-header__lead").text.startswith(role), url
        assert page.meta("description") == role
        ld = page.one_jsonld()
        assert ld["mainEntity"]["jobTitle"] == role
    roles = [el.text for el in read_page(built_site, "en/people/").all("p", "people__role")]
    assert "Data team lead" in roles and "Teamlead data" not in roles


def test_people_pages_give_the_place_in_their_own_language(site):
    # Anna's Dutch story says "Den Haag", its translation "The Hague": the
    # Dutch people page said "The Hague" too, the place of whichever version
    # sorted first. A translation that gives no place shows the other's.
    interviews = site / "content" / "interviews"
    dutch, english = interviews / "anna-de-boer.md", interviews / "anna-de-boer.en.md"
    dutch.write_text(dutch.read_text("utf-8").replace("Utrecht", "Den Haag"), "utf-8")
    text = english.read_text("utf-8")
    english.write_text(text.replace("\nrole: ", "\nlocation: The Hague\nrole: ", 1), "utf-8")
    output = build(site / "pelicanconf.py", site / "output").output
    for url, lead in (("people/anna-de-boer/", "Teamlead data · Den Haag"),
                      ("en/people/anna-de-boer/", "Data team lead · The Hague")):  # fmt: skip
        assert read_page(output, url).one("p", "page-header__lead").text == lead, url
    english.write_text(text, "utf-8")
    output = build(site / "pelicanconf.py", site / "output").output
    lead = read_page(output, "en/people/anna-de-boer/").one("p", "page-header__lead").text
    assert lead == "Data team lead · Den Haag"


def test_a_people_page_gives_the_newest_role_told_in_one_language_only(site):
    # Anna's Dutch and English interview of March say "Teamlead data" and "Data
    # team lead"; her English-only column of May, "Head of data". The Dutch
    # people page, its JSON-LD and the Dutch list of people said she was
    # "Teamlead data", the role of the newest Dutch story, the one she had left.
    column = site / "content" / "columns" / "anna-head.en.md"
    head = "---\ntitle: Leading the data team\ndate: 2026-05-02\nauthor: Anna de Boer\n"
    rest = "team: engineering\nlocation: Utrecht\nconsent: {given: 2026-04-20}\n---\n\nI lead it.\n"
    column.write_text(head + "role: Head of data\n" + rest, "utf-8")
    output = build(site / "pelicanconf.py", site / "output").output
    for url in ("people/anna-de-boer/", "en/people/anna-de-boer/"):
        page = read_page(output, url)
        assert page.one("p", "page-header__lead").text == "Head of data · Utrecht", url
        ld = page.one_jsonld()
        assert ld["mainEntity"]["jobTitle"] == "Head of data", url
    roles = [el.text for el in read_page(output, "people/").all("p", "people__role")]
    assert "Head of data" in roles and "Teamlead data" not in roles
    # The same role told in English only: the Dutch page keeps it in Dutch.
    column.write_text(head + "role: Data team lead\n" + rest, "utf-8")
    output = build(site / "pelicanconf.py", site / "output").output
    lead = read_page(output, "people/anna-de-boer/").one("p", "page-header__lead").text
    assert lead == "Teamlead data · Utrecht"


def test_a_people_page_names_the_person_as_the_newest_story_in_any_language_does(site):
    # Ben's Dutch column of April wrote "ben bakker"; his English column of
    # May corrects it to "Ben Bakker". The Dutch people page, list and
    # ProfilePage went on saying "ben bakker", the newest Dutch story's
    # spelling, where the role follows the newest story in either language.
    columns = site / "content" / "columns"
    dutch = columns / "ben-bakker.md"
    text = dutch.read_text(encoding="utf-8")
    dutch.write_text(text.replace("author: Ben Bakker", "author: ben bakker"), encoding="utf-8")
    english = text.replace("date: 2026-04-10", "date: 2026-05-02").replace("Waarom", "Why")
    (columns / "ben-friday.en.md").write_text(english, encoding="utf-8")
    output = build(site / "pelicanconf.py", site / "output").output
    for prefix in ("", "en/"):
        page = read_page(output, f"{prefix}people/ben-bakker/")
        assert page.one("h1").text == "Ben Bakker", prefix
        ld = page.one_jsonld()
        assert ld["mainEntity"]["name"] == "Ben Bakker", prefix
        listed = [a.text for p in read_page(output, f"{prefix}people/").all("h2", "people__name")
                  for a in p.children]  # fmt: skip
        assert "Ben Bakker" in listed and "ben bakker" not in listed, (prefix, listed)


def test_404_pages(built_site):
    assert "Pagina niet gevonden" in (built_site / "404.html").read_text(encoding="utf-8")
    assert "Page not found" in (built_site / "en" / "404.html").read_text(encoding="utf-8")
    # A static host serves /404.html for /en/... too: one line in English on it.
    page = read_page(built_site, "404.html")
    assert page.one("p", lang="en").text.startswith("Page not found: ")
    assert "/en/" in [a.attrs["href"] for a in page.all("a", hreflang="en")]
    assert '<p lang="nl">' not in (built_site / "en" / "404.html").read_text(encoding="utf-8")


def test_robots_txt_without_an_absolute_site_url_names_no_sitemap(built_site):
    assert (built_site / "robots.txt").read_text("utf-8") == "User-agent: *\nAllow: /\n"


def test_sitemap_lists_published_pages_with_hreflang(built_site):
    tree = ET.parse(built_site / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {u.find("s:loc", ns).text: u for u in tree.getroot().findall("s:url", ns)}
    assert "/stories/anna-de-boer/" in urls
    assert "/en/stories/carla-en-only/" in urls
    assert "/stories/frank-consent-ended/" not in urls  # tombstone
    assert not any("dirk-draft" in u or "404" in u for u in urls)
    links = urls["/stories/anna-de-boer/"].findall("x:link", ns)
    assert {link.get("hreflang") for link in links} == {"nl", "en", "x-default"}


def test_json_feed_per_language(built_site):
    nl = json.loads((built_site / "stories.json").read_text(encoding="utf-8"))
    en = json.loads((built_site / "en" / "stories.json").read_text(encoding="utf-8"))
    assert nl["version"] == "https://jsonfeed.org/version/1.1"
    assert {i["_podium"]["lang"] for i in nl["items"]} == {"nl"}
    assert {i["_podium"]["lang"] for i in en["items"]} == {"en"}
    item = next(i for i in nl["items"] if i["url"].endswith("/stories/anna-de-boer/"))
    for key in ("id", "url", "title", "summary", "date_published", "authors"):
        assert item[key], key
    assert item["_podium"]["kind"] == "interview"
    assert isinstance(item["_podium"]["themes"], list)
    assert isinstance(item["_podium"]["vacancies"], list)
    assert not any("Dirk" in json.dumps(i) for i in nl["items"])


def test_atom_feeds_per_language(built_site):
    nl = (built_site / "feeds" / "stories.atom.xml").read_text(encoding="utf-8")
    en = (built_site / "en" / "feeds" / "stories.atom.xml").read_text(encoding="utf-8")
    ET.fromstring(nl)
    ET.fromstring(en)
    assert "Waarom ik elke vrijdag" in nl and "Waarom ik elke vrijdag" not in en
    assert "Finding my way" in en


def test_story_has_article_structured_data(built_site):
    page = read_page(built_site, "stories/anna-de-boer/")
    data = page.one_jsonld()
    assert data["@type"] == "Article"
    assert data["author"]["name"] == "Anna de Boer"
    assert data["inLanguage"] == "nl"


def test_a_long_list_links_its_first_and_last_page(site):
    # 2,000 stories are 167 pages of 12: the pager had only "previous" and
    # "next", so the oldest story was 166 clicks away. With one story a page,
    # the test site's Dutch stories are three pages.
    from podium_cli.build import build

    out = build(site / "pelicanconf.py", site / "output", DEFAULT_PAGINATION=1).output
    pages = [read_page(out, url).one("nav", "pager") for url in
             ("stories/", "stories/page/2/", "stories/page/3/")]  # fmt: skip
    assert not (out / "stories/page/4").exists()
    links = [{a.text.strip(): a.attrs["href"] for a in p.children if a.tag == "a"} for p in pages]
    assert links[0] == {"Volgende →": "/stories/page/2/", "Laatste »": "/stories/page/3/"}
    # Page 2: its previous and next pages are the ends, linked once each.
    assert links[1] == {"← Vorige": "/stories/", "Volgende →": "/stories/page/3/"}
    assert links[2] == {"« Eerste": "/stories/", "← Vorige": "/stories/page/2/"}
    assert "Pagina 3 van 3" in pages[2].text


def test_reading_time_and_date_are_shown(built_site):
    page = read_page(built_site, "en/stories/anna-de-boer/")
    assert re.search(r"\d+ min read", page.html)
    assert "2 March 2026" in page.html


def test_shared_pieces_use_the_site_address_and_the_language_of_their_page(site):
    # Teasers and portraits are rendered once per build, outside any page's
    # context; lists are rendered with it. A hub under a sub-path needs the
    # site's address in every link, and an English listing needs the English
    # pager (both were wrong: root-relative teaser links, a Dutch pager).
    from podium_cli.build import build

    out = build(site / "pelicanconf.py", site / "output",
                SITEURL="https://example.org/hub", DEFAULT_PAGINATION=1).output  # fmt: skip
    page = read_page(out, "en/stories/")
    pager = page.one("nav", "pager")
    assert pager.attrs["aria-label"] == "Pagination"
    assert "Page 1 of 2" in pager.text and "Next" in pager.text
    links = re.findall(r'class="teaser__title"><a href="([^"]+)"', page.html)
    assert links and all(h.startswith("https://example.org/hub/en/stories/") for h in links)
    dutch = read_page(out, "stories/")
    assert "Pagina 1 van" in dutch.one("nav", "pager").text
    assert [t.attrs["lang"] for t in page.all("article", "teaser")] == ["en"]
    # Crawlers find the sitemap through robots.txt (sitemap pings are gone); its
    # URL must be absolute, so a local preview's robots.txt has none.
    assert (out / "robots.txt").read_text("utf-8") == (
        "User-agent: *\nAllow: /\nSitemap: https://example.org/hub/sitemap.xml\n"
    )


def test_a_hub_in_one_language_has_no_language_switch(site):
    # It had an empty <ul class="lang-switch" aria-label="Taal"></ul> in every header.
    import yaml

    from podium_cli.build import build

    content = site / "content"
    for english in ("interviews/anna-de-boer.en.md", "columns/carla-en-only.en.md"):
        (content / english).unlink()
    (content / "vacancies" / "remote-developer.yml").unlink()  # lang: en
    (content / "withdrawn.yml").write_text(
        "withdrawn:\n  - slug: teruggetrokken-verhaal\n    langs: [nl]\n", encoding="utf-8"
    )
    themes = yaml.safe_load((content / "themes.yml").read_text(encoding="utf-8"))
    for theme in themes["themes"]:
        for key in ("name", "description", "keywords"):
            theme[key].pop("en", None)
    (content / "themes.yml").write_text(yaml.safe_dump(themes), encoding="utf-8")
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8").replace('"en": "Engineering"', "")
    conf.write_text(text + 'PODIUM_LANGUAGES = ["nl"]\n', "utf-8")
    out = build(conf, site / "output").output
    for url in ("", "stories/ben-bakker/", "themes/tech/", "vacancies/"):
        assert 'class="lang-switch"' not in read_page(out, url).html, url


def test_a_hub_without_a_logo_has_a_favicon_in_its_own_colours(site):
    # The theme's fallback favicon was the demo company's (a sun in Helder
    # Energie's green and yellow, aria-label "Helder Energie"), in every tab of
    # a hub that set no logo, and published at /theme/images/favicon.svg.
    # Then it was an inline data: URI, which browsers show but Google Search
    # never does (its favicon must be a file it can crawl), and /favicon.svg
    # answered 404: a new hub, which starts without a logo, had no icon in
    # search results. It is now a file at the site's root that every page links.
    import xml.etree.ElementTree as ET

    from podium_cli.build import build

    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    text = text.replace('"#0b5d4b"', '"#6a1b4d"').replace('"#f2b134"', '"#ffb300"')
    conf.write_text(text + 'SITEURL = "https://user.github.io/hub"\n', encoding="utf-8")
    out = build(conf, site / "output").output
    for url in ("", "stories/ben-bakker/", "en/themes/tech/", "404.html"):
        icons = [e for e in read_page(out, url).all("link") if e.attrs.get("rel") == "icon"]
        assert [i.attrs["href"] for i in icons] == ["https://user.github.io/hub/favicon.svg"], url
        assert icons[0].attrs.get("type") == "image/svg+xml"
    svg = (out / "favicon.svg").read_text(encoding="utf-8")
    root = ET.fromstring(svg)  # a well-formed SVG document, nothing before it
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") == "0 0 64 64"
    assert "#6a1b4d" in svg and "#ffb300" in svg, svg
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in {".svg", ".html"}:
            assert "Helder" not in path.read_text(encoding="utf-8"), path


def test_a_team_without_a_name_in_podium_teams_is_shown_as_words_not_as_its_slug(site):
    # PODIUM_TEAMS is optional ({} by default), and a pull names an ATS feed's
    # departments by slug ("Customer Care" is team: customer-care): a hub that
    # set none showed "Vacatures · data-team" and "Team data-team" to job
    # seekers. The slug is now shown as words, as Hugo shows a taxonomy term
    # that has no title of its own; PODIUM_TEAMS gives the real name.
    from podium_cli.build import build

    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    teams = next(ln for ln in text.splitlines() if ln.startswith("PODIUM_TEAMS = "))
    conf.write_text(text.replace(teams, ""), encoding="utf-8")
    content = site / "content"
    for path in (
        content / "vacancies" / "data-engineer.yml",
        content / "columns" / "ben-bakker.md",
    ):
        old = path.read_text(encoding="utf-8")
        new = re.sub(r"(?m)^team: \S+$", "team: data-team", old)
        assert new != old
        path.write_text(new, encoding="utf-8")
    out = build(conf, site / "output").output
    for url in ("vacancies/501/", "stories/ben-bakker/", "vacancies/"):
        html = read_page(out, url).html
        assert "Data team" in html, url
        assert ">data-team<" not in html and "· data-team" not in html, url


def test_a_hub_with_a_logo_writes_no_favicon_of_its_own(site):
    # The logo is the favicon then; a plain mark beside it would be a second icon.
    from podium_cli.build import build

    conf = site / "pelicanconf.py"
    logo = site / "content" / "brand" / "logo.svg"
    logo.parent.mkdir(exist_ok=True)
    logo.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8"/></svg>',
        encoding="utf-8",
    )
    text = conf.read_text(encoding="utf-8")
    conf.write_text(text + 'PODIUM_BRAND = {**PODIUM_BRAND, "logo": "brand/logo.svg"}\n', "utf-8")
    out = build(conf, site / "output").output
    icons = [e for e in read_page(out, "").all("link") if e.attrs.get("rel") == "icon"]
    assert [i.attrs["href"] for i in icons] == ["/brand/logo.svg"]
    assert not (out / "favicon.svg").exists()


def test_a_favicon_published_at_the_root_is_the_one_the_pages_link(site):
    """Pelican's docs publish a favicon with STATIC_PATHS and EXTRA_PATH_METADATA
    ({"extra/favicon.ico": {"path": "favicon.ico"}}): it was copied to /favicon.ico,
    but every page's <link rel="icon"> still named the plain mark (or the logo), so
    browsers never showed it. A favicon at the root now wins over both."""
    from PIL import Image

    extra = site / "content" / "extra"
    extra.mkdir()
    Image.new("RGB", (32, 32), "red").save(extra / "favicon.ico")
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8")
        + 'SITEURL = "https://user.github.io/hub"\n'
        + 'STATIC_PATHS = ["brand", "extra/favicon.ico"]\n'
        + 'EXTRA_PATH_METADATA = {"extra/favicon.ico": {"path": "favicon.ico"}}\n',
        encoding="utf-8",
    )
    out = build(conf, site / "output").output
    assert (out / "favicon.ico").is_file()
    for url in ("", "stories/ben-bakker/", "en/themes/tech/"):
        icons = [e for e in read_page(out, url).all("link") if e.attrs.get("rel") == "icon"]
        assert [i.attrs["href"] for i in icons] == ["https://user.github.io/hub/favicon.ico"]


def test_a_static_folder_written_with_dot_or_slash_is_published(site):
    """STATIC_PATHS = ["./brand/"] is the folder the typed settings know as "brand",
    but the images step read the setting again, as written, and failed the build:
    "content/brand/logo.svg: error: is linked as a static file; Podium does not
    copy it"."""
    logo = site / "content" / "brand" / "logo.svg"
    logo.parent.mkdir(exist_ok=True)
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8"/></svg>'
    logo.write_text(svg, encoding="utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + 'STATIC_PATHS = ["./brand/"]\n', "utf-8")
    out = build(conf, site / "output").output
    assert (out / "brand" / "logo.svg").read_text("utf-8") == svg


def test_a_jinja_filter_the_settings_define_wins_over_podiums_of_that_name(site):
    """JINJA_FILTERS is how Pelican's docs change what a template filter does; one
    named like Podium's own ("longdate", to write dates as 2026-04-10) was replaced
    by Podium's without a word, and every page kept "10 april 2026"."""
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8")
        + 'JINJA_FILTERS = {"longdate": lambda day, lang: day.strftime("%Y-%m-%d")}\n',
        encoding="utf-8",
    )
    out = build(conf, site / "output").output
    page = read_page(out, "stories/ben-bakker/").html
    assert "2026-04-10" in page and "10 april 2026" not in page


def test_a_people_pages_structured_data_lists_the_stories_as_the_page_does(site):
    # Anna's page lists her stories in its language newest first (two of one day
    # by slug, as every list does), then those in the other language; its
    # ProfilePage hasPart put the day's two the other way round and mixed the
    # languages by date, so the data described another page than the one shown.
    columns = site / "content" / "columns"
    for slug, lang, day in (("anna-aan-boord", "nl", "2026-03-02"),
                            ("anna-later", "en", "2026-05-01"),
                            ("anna-eerder", "nl", "2026-01-05")):  # fmt: skip
        (columns / f"{slug}.md").write_text(
            f"---\ntitle: Een column {slug}\ndate: {day}\nauthor: Anna de Boer\n"
            f"role: Teamlead data\nlang: {lang}\nconsent: {{given: 2026-01-01}}\n---\n\n"
            "Ik schrijf over mijn werk en over het team.\n",
            encoding="utf-8",
        )
    output = build(site / "pelicanconf.py", site / "output").output
    for url in ("people/anna-de-boer/", "en/people/anna-de-boer/"):
        page = read_page(output, url)
        shown = [a.attrs["href"] for h in page.all("h3", "teaser__title") for a in h.children]
        ld = page.one_jsonld()
        assert [part["url"] for part in ld["hasPart"]] == shown, url
    assert shown[:2] == ["/en/stories/anna-later/", "/en/stories/anna-de-boer/"]


def test_a_long_title_is_the_whole_headline_of_its_structured_data(site):
    # Article and ProfilePage hasPart headlines were cut at 110 characters, a
    # limit Google dropped in 2023: a 160-character title was "... hoe je op
    # je vee" (mid-word, no mark), and a cut inside an emoji sequence left a
    # lone woman and a joiner where the page shows a woman technologist.
    title = (
        "Waarom ik na twaalf jaar in de zorg overstapte naar data engineering, en wat "
        "ik daar elke dag leerde als de \U0001f469\u200d\U0001f4bb over mezelf"
    )
    assert title[:110].endswith("\U0001f469\u200d")  # where the cut fell
    (site / "content" / "columns" / "anna-lang.md").write_text(
        f'---\ntitle: "{title}"\ndate: 2026-03-02\nauthor: Anna de Boer\n'
        "role: Teamlead data\nconsent: {given: 2026-01-01}\n---\n\n"
        "Ik schrijf over mijn werk en over het team.\n",
        encoding="utf-8",
    )
    output = build(site / "pelicanconf.py", site / "output").output
    story = read_page(output, "stories/anna-lang/")
    article = story.one_jsonld()
    assert article["headline"] == title
    person = read_page(output, "people/anna-de-boer/")
    profile = person.one_jsonld()
    assert title in [part["headline"] for part in profile["hasPart"]]


def test_a_language_without_stories_yet_leads_to_those_in_another(site):
    # A hub whose English stories are not written yet: /en/, /en/stories/ and
    # /en/interviews/ said "No stories yet." and no more, as if the hub were
    # empty, though its Dutch stories are there to read.
    for english in ("interviews/anna-de-boer.en.md", "columns/carla-en-only.en.md"):
        (site / "content" / english).unlink()
    out = build(site / "pelicanconf.py", site / "output").output
    for url, href, said in (
        ("en/", "/", "Nederlands: 3 verhalen"),
        ("en/stories/", "/stories/", "Nederlands: 3 verhalen"),
        ("en/interviews/", "/interviews/", "Nederlands: 1 verhaal"),
        ("en/columns/", "/columns/", "Nederlands: 2 verhalen"),
    ):
        page = read_page(out, url)
        main = page.html.split('<main id="main"', 1)[1]
        assert "No stories yet." not in main, url
        assert "in English yet" in main, url
        links = [a for a in Page(main).all("a", hreflang="nl") if a.attrs["href"] == href]
        assert [" ".join(a.text.split()) for a in links] == [said], url
        assert links[0].attrs["lang"] == "nl", url
    # Nor does the front page lead on to its own empty lists.
    assert 'href="/en/stories/"' not in read_page(out, "en/").html.split('<main id="main"')[1]


def test_the_front_page_leaves_out_a_kind_of_story_it_has_none_of_yet(site):
    # A new hub with its first English column and no English interview yet: /en/
    # showed "Latest interviews" with "No stories yet." under it, and a link to
    # the empty list, as if the hub were half built; the section is left out
    # until the first one, and the column's section stays.
    (site / "content" / "interviews" / "anna-de-boer.en.md").unlink()
    out = build(site / "pelicanconf.py", site / "output").output
    main = read_page(out, "en/").html.split('<main id="main"', 1)[1]
    assert 'id="interviews-h"' not in main and 'href="/en/interviews/"' not in main
    assert 'id="columns-h"' in main and "No stories yet." not in main
    dutch = read_page(out, "").html.split('<main id="main"', 1)[1]
    assert 'id="interviews-h"' in dutch and 'id="columns-h"' in dutch


def test_a_language_without_people_yet_leads_to_those_in_another(site):
    # /en/people/ of a hub whose English stories are not written yet was its
    # heading, "The colleagues who tell their story here." and an empty list.
    for english in ("interviews/anna-de-boer.en.md", "columns/carla-en-only.en.md"):
        (site / "content" / english).unlink()
    out = build(site / "pelicanconf.py", site / "output").output
    main = read_page(out, "en/people/").html.split('<main id="main"', 1)[1]
    assert "Nothing here in English yet" in main
    (link,) = [a for a in Page(main).all("a", hreflang="nl") if a.attrs["href"] == "/people/"]
    assert " ".join(link.text.split()) == "Nederlands: 3 collega's" and link.attrs["lang"] == "nl"
    assert '<ul class="people">' not in main  # no empty list
    assert "Nederlands" not in read_page(out, "people/").html.split('<main id="main"', 1)[1]


def test_a_list_with_no_story_in_its_language_is_kept_out_of_search_engines(site):
    # A hub whose English stories are not written yet: /en/stories/,
    # /en/interviews/, /en/columns/ and /en/people/ were in sitemap.xml and
    # named by the Dutch lists' hreflang as their English version, pages
    # whose only words are "No stories in English yet" (a soft 404 to Google,
    # and an hreflang set pointing at it). Now such a page is noindex, out of
    # the sitemap and of the other languages' alternates; its switch still
    # leads to the Dutch list.
    for english in ("interviews/anna-de-boer.en.md", "columns/carla-en-only.en.md"):
        (site / "content" / english).unlink()
    out = build(site / "pelicanconf.py", site / "output").output
    tree = ET.parse(out / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {u.find("s:loc", ns).text: u for u in tree.getroot().findall("s:url", ns)}
    for en, nl in (
        ("/en/stories/", "/stories/"),
        ("/en/interviews/", "/interviews/"),
        ("/en/columns/", "/columns/"),
        ("/en/people/", "/people/"),
    ):
        assert en not in urls, en
        assert [link.get("hreflang") for link in urls[nl].findall("x:link", ns)] == [], nl
        page = read_page(out, en)
        assert page.one("meta", name="robots").attrs["content"] == "noindex", en
        assert page.alternates() == {"en": en, "x-default": en}, en
        assert read_page(out, nl).alternates() == {"nl": nl, "x-default": nl}, nl
        assert {a.attrs["href"] for a in page.all("a", hreflang="nl")} == {nl}, en
    # A list with stories in each language keeps its pair.
    assert "/en/" in urls


def test_a_people_page_names_the_person_as_its_languages_stories_do(site):
    # The English translation wrote "anna de boer" (one person, whatever the
    # case): the Dutch people page, list and ProfilePage said "anna de boer"
    # too, above her Dutch story by "Anna de Boer", as the English one sorted first.
    en = site / "content" / "interviews" / "anna-de-boer.en.md"
    en.write_text(
        en.read_text(encoding="utf-8").replace("author: Anna de Boer", "author: anna de boer"),
        encoding="utf-8",
    )
    output = build(site / "pelicanconf.py", site / "output").output
    for prefix, name in (("", "Anna de Boer"), ("en/", "anna de boer")):
        page = read_page(output, f"{prefix}people/anna-de-boer/")
        assert page.one("h1").text == name, prefix
        ld = page.one_jsonld()
        assert ld["mainEntity"]["name"] == name, prefix
        listed = [a.text for p in read_page(output, f"{prefix}people/").all("h2", "people__name")
                  for a in p.children]  # fmt: skip
        assert name in listed, (prefix, listed)


def test_a_people_page_shows_no_portrait_of_a_story_whose_consent_ended(site):
    # A people page takes its portrait from the newest story that has one, an
    # older one when the newest has none: only from a story still published.
    # Frank's column of 2024 has a portrait and its consent ended; his new
    # column has none. His page is back, without the face he took back, and
    # the portrait is published nowhere on the site (its file, a card).
    from podium_testkit import give_photos

    content = site / "content"
    give_photos(content, ["columns/frank-consent-ended.md"])
    new = "---\ntitle: Weer terug\ndate: 2026-04-12\nauthor: Frank Verlopen\nrole: Monteur\n"
    new += "consent: {given: 2026-04-01}\n---\n\nIk werk hier weer, en ik vertel er graag over.\n"
    (content / "columns" / "frank-terug.md").write_text(new, encoding="utf-8")
    output = build(site / "pelicanconf.py", site / "output").output
    page = read_page(output, "people/frank-verlopen/")
    assert page.one("h1").text == "Frank Verlopen"
    html = (output / "people" / "frank-verlopen" / "index.html").read_text(encoding="utf-8")
    assert "face-0" not in html and "/images/" not in html.split("</header>")[0]
    ld = page.one_jsonld()
    assert "image" not in ld["mainEntity"]
    assert not [p for p in output.rglob("*face-0*")]
