"""What a job seeker reads: story pages, listings and the people list."""

from __future__ import annotations

from pathlib import Path

from podium_cli.build import build
from podium_testkit import Page, read_page


def _build(site: Path) -> Path:
    return build(site / "pelicanconf.py", site / "output").output


def test_a_pull_quote_from_an_arabic_blockquote_keeps_its_language_and_direction(site):
    """The pull quote above the story was taken from the story's first
    blockquote without its lang and dir: a Dutch page read the Arabic in Dutch,
    and its full stop jumped to the wrong side."""
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text(encoding="utf-8").replace(
        "> Rust is ook werk, zei mijn teamleider ooit tegen me op een drukke dag.",
        '<blockquote lang="ar" dir="rtl"><p>الصبر مفتاح الفرج، قالت لي جدتي.</p></blockquote>',
    )
    story.write_text(text, encoding="utf-8")
    page = read_page(_build(site), "stories/ben-bakker/")
    quote = page.one("figure", "pullquote").children[0]
    assert quote.tag == "blockquote"
    assert (quote.attrs.get("lang"), quote.attrs.get("dir")) == ("ar", "rtl")
    assert "الصبر" in quote.children[0].text
    # Captioned with the author, whose name is the page's, not the quote's.
    caption = page.one("figure", "pullquote").children[1]
    assert caption.text.strip() == "Ben Bakker" and "lang" not in caption.attrs


def test_a_pull_quote_from_a_markdown_quote_marked_on_its_paragraph(site):
    """``> ...`` with ``{: lang="ar" dir="rtl"}`` marks the paragraph inside."""
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text(encoding="utf-8").replace(
        "> Rust is ook werk, zei mijn teamleider ooit tegen me op een drukke dag.",
        '> الصبر مفتاح الفرج، قالت لي جدتي دائمًا.\n> {: lang="ar" dir="rtl"}',
    )
    story.write_text(text, encoding="utf-8")
    page = read_page(_build(site), "stories/ben-bakker/")
    quote = page.one("figure", "pullquote").children[0]
    assert (quote.attrs.get("lang"), quote.attrs.get("dir")) == ("ar", "rtl")


def test_a_pull_quote_in_the_story_language_has_no_lang_of_its_own(built_site):
    page = read_page(built_site, "stories/ben-bakker/")
    quote = page.one("figure", "pullquote").children[0]
    assert "lang" not in quote.attrs and "dir" not in quote.attrs


def test_a_pull_quote_marked_with_the_page_language_is_one_like_any_other(site):
    """<blockquote lang="nl"> in a Dutch story kept lang="nl" on its pull quote,
    which drew Chromium's Dutch ‘…’ (and the cards the same) where every other
    pull quote has the design's “…"; an English quote on it keeps its lang."""
    story = site / "content" / "columns" / "ben-bakker.md"
    line = "> Rust is ook werk, zei mijn teamleider ooit tegen me op een drukke dag."
    text = story.read_text(encoding="utf-8")
    marked = f'<blockquote lang="NL-be"><p>{line[2:]}</p></blockquote>'
    story.write_text(text.replace(line, marked), encoding="utf-8")
    quote = read_page(_build(site), "stories/ben-bakker/").one("figure", "pullquote").children[0]
    assert "Rust is ook werk" in quote.children[0].text
    assert "lang" not in quote.attrs
    english = '<blockquote lang="en"><p>Rest is work too.</p></blockquote>'
    story.write_text(text.replace(line, english), encoding="utf-8")
    quote = read_page(_build(site), "stories/ben-bakker/").one("figure", "pullquote").children[0]
    assert quote.attrs.get("lang") == "en"


def _more_tech_jobs(site: Path, n: int) -> None:
    for i in range(n):
        (site / "content" / "vacancies" / f"tech-{i}.yml").write_text(
            f'id: "6{i:02d}"\ntitle: Data engineer {i}\nteam: engineering\n'
            "location: {city: Utrecht, country: NL}\nemployment_type: FULL_TIME\n"
            "date_posted: 2026-05-01\napply_url: https://example.com/apply/6\n"
            "themes: [tech]\nlang: nl\ndescription: |\n  Je bouwt datapijplijnen en dashboards.\n",
            encoding="utf-8",
        )


def test_a_story_with_more_matching_jobs_than_it_shows_links_to_them_all(site):
    """A story showed its three best roles and nothing after them: a reader it
    won over for the team's six open data jobs never learned of the other three."""
    _more_tech_jobs(site, 5)
    out = _build(site)
    page = read_page(out, "stories/anna-de-boer/")
    roles = page.one("section", "open-roles")
    assert len(page.all("li", "job")) == 3, "the best three of seven"
    more = page.one("p", "open-roles__more").children[0]
    # To the theme's own list of open roles, which is there without script:
    # "/vacancies/?theme=tech" showed every job of the site to a reader (or
    # a crawler) without JavaScript, under "Alle vacatures in Techniek & data".
    assert more.attrs["href"] == "/themes/tech/#roles-h"
    assert "Alle vacatures in Techniek & data" in more.text
    assert more in _descendants(roles)
    theme = read_page(out, "themes/tech/")
    assert theme.one("h2", "section__title", id="roles-h")
    tech = [li for li in read_page(out, "vacancies/").all("li", "job") if "tech" in
            li.attrs.get("data-theme", "").split()]  # fmt: skip
    assert len(theme.all("li", "job")) == len(tech) == 7


def test_a_story_that_shows_every_open_job_has_no_link_to_more(built_site):
    page = read_page(built_site, "stories/anna-de-boer/")
    assert len(page.all("li", "job")) == len(read_page(built_site, "vacancies/").all("li", "job"))
    assert page.all("section", "open-roles") and not page.all("p", "open-roles__more")


def _descendants(el):
    for child in el.children:
        yield child
        yield from _descendants(child)


def test_listings_number_their_pages_and_mark_the_current_one(site):
    """Listings linked first, previous, next and last but no page numbers: a
    reader could not see how long the list was, nor jump to page 5 of 9."""
    out = build(site / "pelicanconf.py", site / "output", DEFAULT_PAGINATION=1).output
    for url, current in (("stories/", 1), ("stories/page/2/", 2), ("stories/page/3/", 3)):
        pager = read_page(out, url).one("nav", "pager")
        numbers = [li.children[0] for li in _descendants(pager) if li.tag == "li"]
        assert [a.text for a in numbers] == ["1", "2", "3"]
        assert [a.attrs["href"] for a in numbers] == [
            "/stories/", "/stories/page/2/", "/stories/page/3/"
        ]  # fmt: skip
        marked = [a.text for a in numbers if a.attrs.get("aria-current") == "page"]
        assert marked == [str(current)]
        assert numbers[0].attrs["aria-label"] == "Pagina 1"


def test_a_long_list_numbers_the_pages_around_the_current_one_and_both_ends():
    from podium_render.paginate import paginate

    pages = paginate(list(range(167)), 1, "stories/")
    shown = [item and item[0] for item in pages[39].numbers()]
    assert shown == [1, None, 39, 40, 41, None, 167]
    assert pages[39].numbers()[-1] == (167, "stories/page/167/")
    # A gap of one page shows that page, not an ellipsis.
    assert [item and item[0] for item in pages[3].numbers()] == [1, 2, 3, 4, 5, None, 167]
    assert paginate([], 12, "stories/")[0].numbers() == [(1, "stories/")]


def test_the_people_list_is_paginated_as_the_story_listings_are(site):
    """/people/ was one page of every colleague with a story: hundreds of
    portraits on a large hub. It is paged as the listings are (/people/page/2/)."""
    out = build(site / "pelicanconf.py", site / "output", PODIUM_PEOPLE_PER_PAGE=1).output
    first = read_page(out, "people/")
    names = [p.text for p in first.all("h2", "people__name")]
    assert len(names) == 1
    pager = first.one("nav", "pager")
    count = len([li for li in _descendants(pager) if li.tag == "li"])
    assert count >= 2
    seen = list(names)
    for n in range(2, count + 1):
        page = read_page(out, f"people/page/{n}/")
        seen += [p.text for p in page.all("h2", "people__name")]
        assert f"Pagina {n} van {count}" in page.one("title").text
        assert page.one("link", rel="canonical").attrs["href"].endswith(f"/people/page/{n}/")
    assert seen == sorted(seen, key=str.lower) and len(set(seen)) == count
    assert not (out / f"people/page/{count + 1}").exists()
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "/people/page/2/" in sitemap


def test_the_people_list_of_a_small_hub_is_one_page(built_site):
    page = read_page(built_site, "people/")
    assert page.all("h2", "people__name") and not page.all("nav", "pager")


def _photo(path: Path, size: tuple[int, int], orientation: int = 1) -> None:
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    exif = Image.Exif()
    exif[0x0112] = orientation
    Image.new("RGB", size, (40, 120, 90)).save(path, "JPEG", exif=exif.tobytes())


def _story_images(out: Path) -> list:
    return [img for img in read_page(out, "stories/ben-bakker/").all("img")
            if "/media/" in img.attrs.get("src", "")]  # fmt: skip


def test_story_images_have_their_size_and_load_lazily(site):
    """A photo in a story's Markdown came out as <img src alt>: no width or
    height, so the text below it jumped when it loaded (Lighthouse's layout
    shift), and it loaded at once even far below the fold."""
    from PIL import Image

    images = site / "content" / "images"
    _photo(images / "dak.jpg", (3000, 1500))  # larger than a story image is published
    _photo(images / "staand.jpg", (600, 400), orientation=6)  # a phone's quarter turn
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(
        story.read_text(encoding="utf-8")
        + "\n![Twee monteurs op een dak]({static}/images/dak.jpg)\n"
        + '\n<img src="{static}/images/staand.jpg" alt="Een monteur" loading="eager">\n',
        encoding="utf-8",
    )
    out = _build(site)
    roof, upright = _story_images(out)
    assert (roof.attrs["width"], roof.attrs["height"]) == ("2400", "1200")
    assert (roof.attrs["loading"], roof.attrs["decoding"]) == ("lazy", "async")
    assert (upright.attrs["width"], upright.attrs["height"]) == ("400", "600")
    assert upright.attrs["loading"] == "eager", "what the writer wrote is kept"
    for img in (roof, upright):
        with Image.open(out / img.attrs["src"].lstrip("/")) as published:
            assert published.size == (int(img.attrs["width"]), int(img.attrs["height"]))

    # Another photo under the same name, the story untouched: the cached
    # rendering must not keep the old photo's size.
    _photo(images / "dak.jpg", (800, 1000))
    roof = _story_images(_build(site))[0]
    assert (roof.attrs["width"], roof.attrs["height"]) == ("800", "1000")


def test_the_media_marker_written_in_a_story_stays_as_written(site):
    """The reader put the site URL in place of every "{podium-media}" of a story
    that links a file, the marker for its published copy: written in the text or
    in another site's address, it became the hub's URL on the page."""
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text().replace('SITEURL = ""', 'SITEURL = "https://werken.example"'), "utf-8"
    )
    _photo(site / "content" / "images" / "dak.jpg", (40, 20))
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(
        story.read_text(encoding="utf-8")
        + "\n![Een dak]({static}/images/dak.jpg)\n"
        + "\nHet teken {podium-media}media/x en `{podium-media}` staan in de tekst.\n"
        + "\nDe [handleiding van de leverancier](https://example.com/{podium-media}media/y).\n",
        encoding="utf-8",
    )
    page = read_page(_build(site), "stories/ben-bakker/")
    said = "Het teken {podium-media}media/x en {podium-media} staan in de tekst."
    assert said in [p.text for p in page.all("p")]
    (guide,) = [a for a in page.all("a") if a.text == "handleiding van de leverancier"]
    assert guide.attrs["href"] == "https://example.com/{podium-media}media/y"
    assert [img.attrs["src"] for img in _story_images(site / "output")] == [
        "https://werken.example/media/images/dak.jpg"
    ]


def test_the_people_list_is_alphabetical_whatever_the_accents(site):
    """The list sorted by name.lower(): "Émile Dubois" and "Özlem Aydın" came
    after every name from A to Z, where a reader looking for them never looks."""
    for slug, name in (("emile", "Émile Dubois"), ("ozlem", "Özlem Aydın"), ("wim", "Wim Zeeman")):
        (site / "content" / "columns" / f"{slug}.md").write_text(
            f"---\ntitle: Mijn eerste jaar\ndate: 2026-04-12\nauthor: {name}\n"
            "role: Monteur\nconsent: {given: 2026-04-01}\n---\n\n"
            "Ik werk hier nu een jaar en ik leer elke dag iets nieuws van mijn collega's.\n",
            encoding="utf-8",
        )
    out = _build(site)
    names = [p.text for p in read_page(out, "people/").all("h2", "people__name")]
    assert names == [
        "Anna de Boer", "Ben Bakker", "Émile Dubois", "Gina Vertrokken", "Özlem Aydın",
        "Wim Zeeman",
    ]  # fmt: skip


def test_a_story_drawing_has_the_size_it_gives_itself(site):
    """An SVG drawing with width and height of its own got an <img> without
    them, so the text below jumped when it loaded, as a photo's did."""
    images = site / "content" / "images"
    images.mkdir(parents=True, exist_ok=True)
    drawing = '<svg xmlns="http://www.w3.org/2000/svg" {}><rect width="10" height="10"/></svg>'
    (images / "plan.svg").write_text(drawing.format('width="640" height="320"'), encoding="utf-8")
    (images / "icoon.svg").write_text(drawing.format('viewBox="0 0 24 24"'), encoding="utf-8")
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(
        story.read_text(encoding="utf-8")
        + "\n![Het plan]({static}/images/plan.svg)\n\n![Een icoon]({static}/images/icoon.svg)\n",
        encoding="utf-8",
    )
    plan, icon = _story_images(_build(site))
    assert (plan.attrs["width"], plan.attrs["height"]) == ("640", "320")
    assert plan.attrs["loading"] == "lazy"
    # Its size is the page's to choose: a width and height would fix it at 24 px.
    assert "width" not in icon.attrs and icon.attrs["loading"] == "lazy"


def _pull_quote(site: Path, quote: str):
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text(encoding="utf-8").replace(
        "> Rust is ook werk, zei mijn teamleider ooit tegen me op een drukke dag.", quote
    )
    story.write_text(text, encoding="utf-8")
    figure = read_page(_build(site), "stories/ben-bakker/").one("figure", "pullquote")
    quote, caption = figure.children
    return quote.text.strip(), caption.text.strip()


def test_a_pull_quote_that_names_its_speaker_is_captioned_with_them(site):
    # Captioned "Ben Bakker" whatever it quoted, with "— Joost Hart,
    # teamleider" inside the quote as well: two people named as its speaker.
    said, by = _pull_quote(
        site, "> Rust is ook werk, ook op een drukke dag.\n>\n> — Joost Hart, teamleider"
    )
    assert (said, by) == ("Rust is ook werk, ook op een drukke dag.", "Joost Hart, teamleider")


def test_a_pull_quote_that_names_its_speaker_names_them_on_the_card_too(site):
    """The card (and quote square) drew the quote over the author's name and
    role alone: the same card whether its page captions it with the author or
    with "Joost Hart, teamleider"."""
    said, by = _pull_quote(site, "> Rust is ook werk, ook op een drukke dag.")
    own = read_page(site / "output", "stories/ben-bakker/").meta("og:image")
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text(encoding="utf-8")
    speaker = "> Rust is ook werk, ook op een drukke dag.\n>\n> — Joost Hart, teamleider"
    story.write_text(text.replace("> Rust is ook werk, ook op een drukke dag.", speaker))
    page = read_page(_build(site), "stories/ben-bakker/")
    assert page.one("figure", "pullquote").children[1].text.strip() == "Joost Hart, teamleider"
    assert page.meta("og:image") != own, "the card says who said it"


def test_a_pull_quote_that_names_no_one_is_the_authors(site):
    said, by = _pull_quote(site, "> Rust is ook werk.\n> – en dat klopt, want ik plan nu beter.")
    assert by == "Ben Bakker" and said.endswith("want ik plan nu beter.")


def test_a_pull_quote_in_another_language_names_its_speaker_in_that_language(site):
    # The caption "جدتي" (the speaker, the quote's last line) was in the page's
    # <html lang="nl">: a screen reader read Arabic with a Dutch voice.
    _pull_quote(
        site,
        '<blockquote lang="ar" dir="rtl"><p>الصبر مفتاح الفرج.</p><p>— جدتي</p></blockquote>',
    )
    figure = read_page(site / "output", "stories/ben-bakker/").one("figure", "pullquote")
    quote, caption = figure.children
    assert caption.text.strip() == "جدتي"
    assert (caption.attrs.get("lang"), caption.attrs.get("dir")) == ("ar", "rtl")


def test_a_written_quote_in_quotation_marks_is_shown_in_the_pages_marks_only(site):
    # quote: '“Rust is ook werk.”' showed as ““Rust is ook werk.”” (the page
    # draws the marks), on the quote square too.
    story = site / "content" / "columns" / "ben-bakker.md"
    text = story.read_text(encoding="utf-8")
    quote = "quote: '“Rust is ook werk.”'\n"
    story.write_text(text.replace("team: support\n", "team: support\n" + quote), encoding="utf-8")
    figure = read_page(_build(site), "stories/ben-bakker/").one("figure", "pullquote")
    assert figure.children[0].text.strip() == "Rust is ook werk."


def test_a_phone_numbers_this_page_and_the_ends_only():
    """Seven 44 px numbers do not fit a 320 px phone's row; the narrow pager
    is this page, the ends and the gaps between (the wide one, around it)."""
    from podium_render.paginate import paginate

    pages = paginate(list(range(167)), 1, "stories/")

    def shown(page, screen):
        return [i.number for i in page.pager_items() if getattr(i, screen)]

    for page in pages:
        assert shown(page, "wide") == [i and i[0] for i in page.numbers()]
    assert shown(pages[39], "narrow") == [1, None, 40, None, 167]
    assert shown(pages[3], "narrow") == [1, None, 4, None, 167]
    assert shown(pages[2], "narrow") == [1, 2, 3, None, 167]
    assert max(len(shown(page, "narrow")) for page in pages) == 5


def test_the_menu_says_current_page_only_on_the_page_it_links_to(built_site):
    # On a story the menu's "Verhalen" was aria-current="page": a screen
    # reader said "Verhalen, huidige pagina" on Anna's story, and the link
    # leads to the list. Inside a section it is "true" (GOV.UK's service
    # navigation does the same); the list itself (and its pages) is "page".
    for url, current in (
        ("stories/", ("Verhalen", "page")),
        ("stories/page/2/", ("Verhalen", "page")),
        ("stories/anna-de-boer/", ("Verhalen", "true")),
        ("en/stories/carla-en-only/", ("Stories", "true")),
        ("people/anna-de-boer/", ("Mensen", "true")),
        ("themes/tech/", ("Thema's", "true")),
        ("vacancies/501/", ("Vacatures", "true")),
        ("vacancies/", ("Vacatures", "page")),
        ("search/", ("Zoeken", "page")),
    ):
        menu = read_page(built_site, url).html.split('class="site-nav"')[1].split("</nav>")[0]
        links = Page(menu).all("a")
        marked = [
            (a.text.strip(), a.attrs["aria-current"]) for a in links if "aria-current" in a.attrs
        ]
        assert marked == [current], url


def test_the_menu_and_footer_rendered_once_per_language_stay_each_pages_own(built_site):
    # The head's links, the menu and the footer are rendered once per build and
    # language (_chrome.html through render_once): a page of the other language,
    # or one in no section, must not get a menu rendered for another page.
    for url, lang, words, current in (
        ("", "nl", ("Verhalen", "Mensen", "JSON-feed"), []),
        ("en/", "en", ("Stories", "People", "JSON feed"), []),
        ("404.html", "nl", ("Verhalen",), []),
        ("en/stories/carla-en-only/", "en", ("Stories",), [("Stories", "true")]),
        ("stories/anna-de-boer/", "nl", ("Verhalen",), [("Verhalen", "true")]),
        ("en/vacancies/", "en", ("Jobs",), [("Jobs", "page")]),
        ("vacancies/", "nl", ("Vacatures",), [("Vacatures", "page")]),
    ):
        html = read_page(built_site, url).html
        menu = html.split('class="site-nav"')[1].split("</nav>")[0]
        marked = [
            (a.text.strip(), a.attrs["aria-current"])
            for a in Page(menu).all("a")
            if "aria-current" in a.attrs
        ]
        assert marked == current, url
        footer = html.split('class="site-footer"')[1]
        head = html.split("</head>")[0]
        prefix = "/en/" if lang == "en" else "/"
        assert f'href="{prefix}feeds/stories.atom.xml"' in head, url
        assert f'<a href="{prefix}stories.json">' in footer, url
        for word in words:
            assert f">{word}<" in menu + footer, (url, word)


def test_the_menu_lists_only_the_sections_the_hub_has(site):
    # The menu is rendered once per build and language, with the sections the
    # hub has as its arguments: no search without the index step.
    from podium.pipeline import STEPS

    plugins = [step for step in STEPS if step != "podium_index"]
    out = build(site / "pelicanconf.py", site / "output", PLUGINS=plugins).output
    for url in ("", "stories/anna-de-boer/", "en/"):
        menu = read_page(out, url).html.split('class="site-nav"')[1].split("</nav>")[0]
        hrefs = [a.attrs["href"] for a in Page(menu).all("a")]
        prefix = "/en/" if url.startswith("en/") else "/"
        sections = ("stories/", "interviews/", "columns/", "people/", "themes/", "vacancies/")
        assert hrefs == [prefix + s for s in sections], url
