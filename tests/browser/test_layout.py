"""Layout in a real browser, measured on the demo hub (real photos): what
axe-core cannot see, such as text under an image or a page wider than a phone."""

from __future__ import annotations

import pytest

from browser.conftest import serve
from browser.kit import DESKTOP, PHONE, fonts_loaded, user_style
from podium_cli.build import build
from podium_testkit import copy_site

# Dutch writes compounds as one word, and stories quote addresses in full.
LONG_WORD = "Arbeidsongeschiktheidsverzekeringsmaatschappij"
LONG_URL = (
    "https://www.example.nl/werken-bij/vacatures/klantenservicemedewerker-energietransitie-2026"
)
# YouTube's share code: a player 560 px wide, more than a phone has.
PLAYER = "https://www.youtube-nocookie.com/embed/abc"
LONG_STORY = f"""---
title: "Mijn eerste jaar bij de {LONG_WORD}"
date: 2026-04-12
author: Wim Woordenaar
role: {LONG_WORD}medewerker
location: Hoogezand-Sappemeer
consent: {{given: 2026-04-01}}
quote: "Bij de {LONG_WORD} leer je geduld."
---

Ik kwam binnen als {LONG_WORD}specialist; de vacature staat nog op <{LONG_URL}>.

## Wat doe je bij de {LONG_WORD}?

Veel lezen, zie [{LONG_URL}]({LONG_URL}).

```
SELECT polisnummer, {LONG_WORD.lower()}_id, ingangsdatum, einddatum, premie FROM polissen;
```

| Polis | Omschrijving | Premie |
|---|---|---|
| 1 | {LONG_WORD} {LONG_WORD} {LONG_WORD} | {LONG_URL} |

<iframe width="560" height="315" src="{PLAYER}" title="Rondleiding"></iframe>
"""
# A code line and a table may scroll inside their own box, never the page: a
# phone's one-column story layout was as wide as its longest code line.
# WCAG 1.4.12: text spacing a reader may set without losing content.
TEXT_SPACING = """* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }"""


def too_wide(page, scope: str) -> list:
    """[the page's width in CSS px, the first five elements inside ``scope``
    ("main", "body") that reach past the window's right edge]."""
    fonts_loaded(page)
    return page.evaluate(
        """scope => [document.documentElement.scrollWidth,
                     [...document.querySelectorAll(scope + " *")]
                       .filter(e => e.getBoundingClientRect().right > innerWidth + 1)
                       .map(e => e.tagName + "." + e.className).slice(0, 5)]""",
        scope,
    )


def overlaps(a, b) -> bool:
    across = a["left"] < b["right"] and b["left"] < a["right"]
    return across and a["top"] < b["bottom"] and b["top"] < a["bottom"]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("path", ["/people/", "/en/people/"])
def test_people_portraits_sit_beside_the_name_not_on_it(new_page, demo_url, path, viewport):
    """A portrait is a <picture> (WebP <source> + <img>) with display: contents;
    its <source> must not take a cell of the card's grid, which pushed the photo
    into the text column, on top of the name."""
    page, watch = new_page(viewport=viewport)
    page.goto(demo_url + path)
    fonts_loaded(page)
    cards = page.evaluate(
        """() => [...document.querySelectorAll(".people__item")].map(li => {
             const box = el => el && el.getBoundingClientRect().toJSON();
             const part = selector => box(li.querySelector(selector));
             return {name: li.querySelector(".people__name").textContent.trim(),
                     photo: part(".people__photo"),
                     text: [part(".people__name a"), part(".people__role")]};
           })"""
    )
    photos = [c for c in cards if c["photo"] and c["photo"]["width"]]
    assert len(photos) >= 2, f"{path}: the demo's people have photos: {cards}"
    wrong = [
        c["name"]
        for c in photos
        if c["photo"]["left"] > c["text"][0]["left"]
        or any(overlaps(c["photo"], t) for t in c["text"])
    ]
    assert not wrong, f"{path} at {viewport['width']}px: photo right of or over the name: {wrong}"
    watch.assert_clean(path)


@pytest.fixture(scope="module")
def long_words_url(tmp_path_factory):
    """The test site plus a column full of long words and a long address."""
    site = copy_site(tmp_path_factory.mktemp("long-words"))
    (site / "content" / "columns" / "lange-woorden.md").write_text(LONG_STORY, encoding="utf-8")
    yield from serve(build(site / "pelicanconf.py", site / "output").output)


@pytest.mark.parametrize(
    "path", ["/stories/lange-woorden/", "/", "/columns/", "/people/", "/people/wim-woordenaar/"]
)
def test_long_words_and_addresses_reflow_at_320_px(new_page, long_words_url, path):
    """WCAG 1.4.10 (320 CSS px, i.e. 1280 px at 400% zoom) and 1.4.12: no
    horizontal scrolling, however long the words a story uses."""
    page, watch = new_page(viewport={"width": 320, "height": 640})
    page.goto(long_words_url + path)
    assert page.locator("main").inner_text().count(LONG_WORD) >= 1, (
        f"{path}: the long word is on it"
    )
    for spacing in (False, True):
        if spacing:
            user_style(page, TEXT_SPACING)
            spaced = page.evaluate("getComputedStyle(document.querySelector('main')).letterSpacing")
            assert spaced not in ("normal", "0px"), f"{path}: text spacing not applied"
        wide = too_wide(page, "main")
        assert wide[0] <= 320, f"{path} (text spacing: {spacing}) is {wide[0]} px wide: {wide[1]}"
    watch.assert_clean(path)


def test_the_current_page_of_a_pager_is_marked_in_forced_colours(new_page, base_url):
    """The current page number was set apart by its brand background alone;
    forced colours (Windows' contrast themes) drop backgrounds, so "2" was an
    unmarked number among the links, told apart only by a missing underline."""
    page, watch = new_page(forced_colors="active")
    page.goto(f"{base_url}/stories/page/2/")
    numbers = page.locator(".pager__pages a")
    assert numbers.count() >= 2
    widths = numbers.evaluate_all(
        "els => els.map(a => [a.getAttribute('aria-current'),"
        " parseFloat(getComputedStyle(a).borderTopWidth),"
        " getComputedStyle(a).borderTopStyle])"
    )
    current = [w for w in widths if w[0] == "page"]
    others = [w for w in widths if w[0] != "page"]
    assert current and all(w[1] >= 2 and w[2] == "solid" for w in current), widths
    assert all(w[1] == 0 for w in others), widths
    watch.assert_clean("pager in forced colours")


@pytest.fixture(scope="module")
def long_list_url(tmp_path_factory):
    """The test site with a dozen more columns, one story a page: 15 pages."""
    site = copy_site(tmp_path_factory.mktemp("long-list"))
    for n in range(12):
        (site / "content" / "columns" / f"kolom-{n}.md").write_text(
            f"---\ntitle: Kolom {n}\ndate: 2026-01-{n + 1:02d}\nauthor: Schrijver {n}\n"
            f"role: Medewerker\nconsent: {{given: 2026-01-01}}\n---\n\nTekst {n}.\n",
            encoding="utf-8",
        )
    yield from serve(build(site / "pelicanconf.py", site / "output", DEFAULT_PAGINATION=1).output)


@pytest.mark.parametrize(
    ("width", "shown"),
    [(320, ["1", "…", "7", "…", "15"]), (390, ["1", "…", "6", "7", "8", "…", "15"])],
)
def test_a_pager_in_the_middle_of_a_long_list_is_one_row_of_numbers(
    new_page, long_list_url, width, shown
):
    """Page 7 of 15 numbered "1 … 6 7 8 … 15" at every width: seven 44 px
    targets, 332 px, broke into two rows on a 320 px phone (280 px of text).
    There the pager numbers this page and the ends; 6 and 8 are "previous"
    and "next" beside it."""
    page, watch = new_page(viewport={"width": width, "height": 700})
    page.goto(f"{long_list_url}/stories/page/7/")
    fonts_loaded(page)
    items = page.locator(".pager__pages li").evaluate_all(
        """lis => lis.filter(li => li.getClientRects().length).map(li => {
             const a = li.querySelector("a"), box = (a || li).getBoundingClientRect();
             return {text: li.textContent.trim(), top: Math.round(box.top),
                     width: box.width, height: box.height,
                     current: a && a.getAttribute("aria-current"),
                     label: a && a.getAttribute("aria-label")}; })"""
    )
    assert [i["text"] for i in items] == shown, items
    assert len({i["top"] for i in items}) == 1, f"{width} px: numbers on two rows: {items}"
    assert all(i["width"] >= 44 and i["height"] >= 44 for i in items), items
    assert [i["text"] for i in items if i["current"] == "page"] == ["7"]
    assert all(i["label"] == f"Pagina {i['text']}" for i in items if i["text"] != "…")
    links = page.locator(".pager > a").all_inner_texts()
    assert links == ["« Eerste", "← Vorige", "Volgende →", "Laatste »"], links
    # The text links are targets as tall as the numbers (they were 26 px).
    heights = page.locator(".pager > a").evaluate_all(
        "els => els.map(a => a.getBoundingClientRect().height)"
    )
    assert all(h >= 44 for h in heights), heights
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    watch.assert_clean(f"pager at {width} px")


@pytest.mark.parametrize(("width", "frame"), [(320, 280), (1280, 560)])
def test_an_embedded_player_fits_a_phone_in_its_proportions(new_page, long_words_url, width, frame):
    """YouTube's share code, width="560" height="315", made a 320 px phone's
    page 580 px wide. The player shrinks to the column, 16:9 still."""
    page, watch = new_page(viewport={"width": width, "height": 640})
    page.goto(long_words_url + "/stories/lange-woorden/")
    fonts_loaded(page)
    box = page.locator(".prose iframe").bounding_box()
    assert (box["width"], round(box["height"], 1)) == (frame, round(frame * 315 / 560, 1))
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    watch.assert_clean("a story with an embedded player")


def test_an_embedded_players_play_link_shows_where_the_keyboard_is(new_page, long_words_url):
    """The click-to-play link (the frame's own document, dark) kept the browser's
    1 px dark focus ring: tabbing into it changed no pixel a reader could see. Its
    ring is the theme's 3 px, in white, and the page's policy lets that style apply."""
    page, watch = new_page(viewport={"width": 1280, "height": 800})
    page.goto(long_words_url + "/stories/lange-woorden/")
    fonts_loaded(page)
    for _ in range(80):  # Tab, as a keyboard user reaches it
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "IFRAME":
            break
    frame = page.locator(".prose iframe").content_frame
    ring = frame.locator("a").evaluate(
        """a => { const s = getComputedStyle(a);
                  return [a === document.activeElement, a.matches(":focus-visible"),
                          s.outlineStyle, s.outlineWidth, s.outlineColor]; }"""
    )
    assert ring == [True, True, "solid", "3px", "rgb(255, 255, 255)"], ring
    watch.assert_clean("a story with an embedded player, its play link focused")


LONG_THEME = "Duurzaamheid en energietransitie in de regio"


@pytest.fixture(scope="module")
def long_theme_url(tmp_path_factory):
    """The test site with a theme whose name takes two lines on a phone."""
    site = copy_site(tmp_path_factory.mktemp("long-theme"))
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8").replace('nl: "Werk & privé"', f'nl: "{LONG_THEME}"')
    themes.write_text(text, encoding="utf-8")
    yield from serve(build(site / "pelicanconf.py", site / "output").output)


CHIP_SHAPES = """() => [...document.querySelectorAll(".chip")].map(chip => {
  const box = chip.getBoundingClientRect(), style = getComputedStyle(chip);
  const range = document.createRange(); range.selectNodeContents(chip);
  const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
  const radius = Math.min(parseFloat(style.borderTopRightRadius), box.height / 2, box.width / 2);
  return {name: chip.textContent.trim(), lines: tops.size, height: box.height, radius,
          lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize)};
})"""


def test_a_long_theme_name_wraps_its_chip_into_a_rounded_box_on_a_phone(new_page, long_theme_url):
    """A theme chip's name of two lines at 320 px made a stadium of 60 px
    rounded ends: its colour stripe a crescent, its first and last words in
    the curves, its lines a body text's height apart. A chip of two lines is a
    box with the corners of a chip of one, its lines set closer."""
    page, watch = new_page(viewport={"width": 320, "height": 640})
    page.goto(long_theme_url + "/stories/ben-bakker/")
    fonts_loaded(page)
    chips = page.evaluate(CHIP_SHAPES)
    long = next(c for c in chips if c["name"] == LONG_THEME)
    assert long["lines"] == 2, chips
    one_line = page.evaluate(
        """name => { const a = [...document.querySelectorAll(".chip")].find(
                         c => c.textContent.trim() === name).cloneNode(true);
                     a.textContent = "Tech"; document.querySelector(".chips").append(a);
                     return a.getBoundingClientRect().height; }""",
        LONG_THEME,
    )
    assert long["radius"] <= one_line / 2 + 0.5, (long, one_line)
    assert long["height"] <= 2 * one_line - 8, (long, one_line)
    assert long["lineHeight"] <= 1.4, long
    watch.assert_clean("a story with a long theme name")


CARD_IN_MID_STORY = """() => {
  const text = document.querySelector(".story__body");
  const box = text.getBoundingClientRect();
  window.scrollTo(0, scrollY + box.top + box.height / 2 - innerHeight / 2);
  const card = document.querySelector(".author-card").getBoundingClientRect();
  return {top: card.top, bottom: card.bottom, height: innerHeight,
          sticky: getComputedStyle(document.querySelector(".author-card")).position};
}"""


@pytest.mark.parametrize(
    ("viewport", "sticky"),
    [({"width": 960, "height": 300}, False), ({"width": 1280, "height": 800}, True)],
    ids=["zoomed", "desktop"],
)
def test_the_author_card_sticks_beside_a_story_only_where_it_fits(
    new_page, demo_url, viewport, sticky
):
    """Zoomed in (960 by 300 CSS px: 200% on a laptop with its toolbars), the
    author card kept sticking at the top of the window, taller than it: its
    last lines and its credit link stayed under the window's edge all through
    the story (WCAG 1.4.10). It sticks only in a window tall enough for it."""
    page, watch = new_page(viewport=viewport)
    page.goto(demo_url + "/stories/fatima-bouzid-teamlead/")
    fonts_loaded(page)
    card = page.evaluate(CARD_IN_MID_STORY)
    whole = card["top"] >= 0 and card["bottom"] <= card["height"]
    gone = card["bottom"] <= 0 or card["top"] >= card["height"]
    assert whole or gone, f"the author card is cut off by the window: {card}"
    assert (card["sticky"] == "sticky") == sticky, card
    watch.assert_clean("a story's author card")


LONG_BRAND = "Arbeidsongeschiktheidsverzekeraar"


@pytest.fixture(scope="module")
def long_brand_url(tmp_path_factory):
    """The test site for a company whose name is one long Dutch compound."""
    site = copy_site(tmp_path_factory.mktemp("long-brand"))
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8").replace('"Testbedrijf"', f'"{LONG_BRAND}"')
    conf.write_text(text, encoding="utf-8")
    yield from serve(build(site / "pelicanconf.py", site / "output").output)


@pytest.mark.parametrize("path", ["/", "/stories/ben-bakker/", "/404.html"])
def test_a_long_company_name_reflows_in_the_header_and_footer_at_320_px(
    new_page, long_brand_url, path
):
    """The header and footer name the company outside <main>, where long
    words did not break: "Arbeidsongeschiktheidsverzekeraar" made every page
    399 px wide on a 320 px phone (WCAG 1.4.10)."""
    page, watch = new_page(viewport={"width": 320, "height": 640})
    page.goto(long_brand_url + path)
    assert LONG_BRAND in page.locator(".site-header").inner_text()
    wide = too_wide(page, "body")
    assert wide[0] <= 320, f"{path} is {wide[0]} px wide: {wide[1]}"
    watch.assert_clean(path)


def set_default_font_size(page, px: int) -> None:
    """The browser's own font size setting (Chrome: Settings, Appearance,
    Font size; "Very large" is 24 px), which scales rem but not px."""
    page.context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": px}})


@pytest.mark.parametrize(
    "path", ["/stories/anna-de-boer/", "/vacancies/", "/vacancies/501/", "/404.html"]
)
@pytest.mark.parametrize("font", [24, 32])
def test_a_page_reflows_at_320_px_with_the_browser_font_size_set_large(
    new_page, base_url, path, font
):
    """With the browser's font size at "Very large" (24 px) a reader at 320
    px had to scroll sideways: the link-copy field asked for 20rem (480 px),
    each job filter 12rem, a vacancy's facts 11rem. Each now takes at most
    the column's width (WCAG 1.4.4 with 1.4.10)."""
    page, watch = new_page(viewport={"width": 320, "height": 640})
    set_default_font_size(page, font)
    page.goto(base_url + path)
    wide = too_wide(page, "main")
    assert wide[0] <= 320, f"{path} at {font} px is {wide[0]} px wide: {wide[1]}"
    watch.assert_clean(path)


TEXT_SIZES = """() => {
  const out = {};
  for (const e of document.querySelectorAll("#search *")) {
    const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!(own || e.matches("input")) || !e.getClientRects().length) continue;
    const name = e.className.split(" ").find(c => c.startsWith("pagefind-ui__")) || e.tagName;
    out[name] = parseFloat(getComputedStyle(e).fontSize);
  }
  return out;
}"""


def test_the_search_follows_the_browser_font_size(new_page, base_url):
    """Pagefind's UI sets its sizes in px: with the browser's font size at
    "Very large" (24 px) the rest of the hub grew by half, but the search
    field, its results, their excerpts and the filters stayed at 13.6 px
    (WCAG 1.4.4). Every text in the search grows with the setting."""
    sizes = {}
    for font in (16, 24):
        page, watch = new_page()
        set_default_font_size(page, font)
        page.goto(base_url + "/search/?q=werk")
        page.locator(".pagefind-ui__result-title a").first.wait_for()
        for name in page.locator(".pagefind-ui__filter-name").all():
            name.click()
        page.wait_for_timeout(300)  # the excerpts and filters in
        sizes[font] = page.evaluate(TEXT_SIZES)
        watch.assert_clean(f"search at {font} px")
    assert "pagefind-ui__result-excerpt" in sizes[16] and "pagefind-ui__search-input" in sizes[16]
    fixed = {
        k: (v, sizes[24].get(k)) for k, v in sizes[16].items() if sizes[24].get(k, 0) < v * 1.45
    }
    assert not fixed, fixed


TASKS_STORY = """---
title: Mijn takenlijst
date: 2026-04-12
author: Tina Taak
role: Planner
lang: nl
consent: {given: 2026-04-01}
---

Wat ik deze week deed.

- [ ] Taak open
- [x] Taak klaar, met een lange tekst die op een telefoon over meer dan een regel loopt, \
zodat te zien is waar de tweede regel begint
- [ ] Met een deeltaak
    - Deeltaak
- Een gewoon punt

1. [ ] Genummerd open
2. [x] Genummerd klaar
"""


@pytest.fixture(scope="module")
def tasks_url(tmp_path_factory):
    """The test site with a story holding a task list, bulleted and numbered."""
    site = copy_site(tmp_path_factory.mktemp("tasks"))
    (site / "content" / "columns" / "mijn-takenlijst.md").write_text(TASKS_STORY, encoding="utf-8")
    yield from serve(build(site / "pelicanconf.py", site / "output").output)


# Per task item: its list's kind, its marker, the box, the first line of its
# text (the text's first and last line boxes) and where its text starts.
TASK_ITEMS = """() => [...document.querySelectorAll(".prose li")]
  .filter(li => li.querySelector("input")).map(li => {
    const box = li.querySelector("input").getBoundingClientRect();
    const text = li.querySelector("input").nextSibling, range = document.createRange();
    range.setStart(text, text.textContent.search(/\\S/));
    range.setEnd(text, text.textContent.length);
    const lines = [...range.getClientRects()], item = li.getBoundingClientRect();
    return {text: text.textContent.trim().slice(0, 16), list: li.parentElement.tagName,
            marker: getComputedStyle(li).listStyleType, item: item.left,
            box: {left: box.left, right: box.right, top: box.top, bottom: box.bottom},
            first: {left: lines[0].left, top: lines[0].top, bottom: lines[0].bottom},
            last: lines[lines.length - 1].left, lines: new Set(lines.map(r => r.top)).size};
  })"""


@pytest.mark.parametrize("width", [360, 1280])
def test_a_task_lists_box_stands_where_the_marker_would_on_the_first_line(
    new_page, tasks_url, width
):
    """A numbered task item drew its box over its number ("1." under a box),
    as the box was moved into the marker's place in every list; and the text
    of a bulleted one that wraps began its second line left of its first.
    A bulleted task shows no bullet, its box in the bullet's place; a numbered
    one keeps its number, the box after it; each box on the text's first line."""
    page, watch = new_page(viewport={"width": width, "height": 800})
    page.goto(tasks_url + "/stories/mijn-takenlijst/")
    fonts_loaded(page)
    items = page.evaluate(TASK_ITEMS)
    assert [i["text"] for i in items] == [
        "Taak open", "Taak klaar, met ", "Met een deeltaak", "Genummerd open",
        "Genummerd klaar",
    ]  # fmt: skip
    for i in items:
        box, first = i["box"], i["first"]
        assert box["top"] >= first["top"] - 1 and box["bottom"] <= first["bottom"] + 1, i
        assert box["right"] <= first["left"], i  # before its text, not over it
        if i["list"] == "UL":
            assert i["marker"] == "none", i
            assert box["right"] <= i["item"] + 1, i  # in the bullet's place
            assert abs(first["left"] - i["item"]) <= 2, i  # text where a bullet's starts
        else:
            assert i["marker"] == "decimal", i
            assert box["left"] >= i["item"] - 1, i  # after the number, not over it
        assert i["lines"] == 1 or abs(i["last"] - first["left"]) <= 2, i
    if width == 360:
        assert items[1]["lines"] > 1, items[1]  # the long one wraps
    watch.assert_clean("a story with a task list")


BREADCRUMB_BOXES = """() => [...document.querySelectorAll('.breadcrumbs li')].map(li => {
  const r = li.getBoundingClientRect();
  return {left: r.left, right: r.right, top: r.top,
          sep: getComputedStyle(li, '::before').content};
})"""


def test_the_breadcrumbs_wrap_on_a_phone_and_read_right_to_left_and_leave_paper(
    new_page, long_words_url
):
    """The trail over a story's title: at 320 px its long last step (the
    title, with a word of 46 letters) wraps within the window, a "/" between
    the steps and none before the first; in a right-to-left page the first
    step is on the right; on paper it is not printed, as the menu is not."""
    page, watch = new_page(viewport={"width": 320, "height": 640})
    page.goto(long_words_url + "/stories/lange-woorden/")
    fonts_loaded(page)
    assert page.locator(".breadcrumbs").inner_text().count(LONG_WORD) == 1
    boxes = page.evaluate(BREADCRUMB_BOXES)
    assert len(boxes) == 3
    assert all("/" in b["sep"] for b in boxes[1:]), boxes
    assert boxes[0]["sep"] == "none", boxes
    assert max(b["right"] for b in boxes) <= 320, boxes
    assert too_wide(page, ".breadcrumbs")[1] == []
    page.evaluate("document.documentElement.dir = 'rtl'")
    home, *_, story = page.evaluate(BREADCRUMB_BOXES)
    assert home["right"] > story["right"] or home["top"] < story["top"], (home, story)
    assert home["right"] >= 320 - 1.25 * 16 - 1, home  # against the right edge of the wrap
    page.emulate_media(media="print")
    assert not page.locator(".breadcrumbs").is_visible()
    watch.assert_clean("breadcrumbs")


@pytest.mark.parametrize("path", ["/stories/ben-bakker/", "/vacancies/501/", "/themes/tech/"])
def test_the_breadcrumbs_start_where_the_title_does_and_clear_the_theme_stripe(
    new_page, base_url, path
):
    """On a wide screen a story's title stands right of its author card: the
    trail over it started 128 px left of it, under the card's column; and a
    theme's trail touched the stripe along the top of its hero."""
    page, watch = new_page(viewport={"width": 1280, "height": 800})
    page.goto(base_url + path)
    fonts_loaded(page)
    trail = page.locator(".breadcrumbs li").first.bounding_box()
    title = page.locator("main h1").bounding_box()
    assert abs(trail["x"] - title["x"]) <= 1, (trail, title)
    hero = page.locator(".theme-hero")
    if hero.count():
        nav = page.locator(".breadcrumbs").bounding_box()
        assert hero.bounding_box()["y"] - (nav["y"] + nav["height"]) >= 8
    watch.assert_clean(path)
