"""axe-core on every page type in both languages: no violations at any impact
level. One browser page runs them all; axe comes from node_modules (npm ci)."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from browser.conftest import in_ci, serve
from browser.kit import ALL_PAGES, PAGES, fonts_loaded
from podium_cli.build import build
from podium_testkit import ROOT, copy_site

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ") + ": " + n.failureSummary),
  }));
}"""


@pytest.fixture(scope="module")
def axe_path():
    if not AXE.is_file():
        message = f"ACCESSIBILITY CHECK NOT RUN: {AXE.relative_to(ROOT)} is missing"
        if in_ci():
            pytest.fail(f"{message} (CI=true: a missing tool is a failure, not a skip)")
        pytest.skip(f"{message}. Run `npm ci` in the repository.")
    return AXE


@pytest.fixture
def axe_page(new_page, axe_path):
    """A page with axe loaded into every document before the page's own scripts."""
    page, watch = new_page()
    page.context.add_init_script(path=str(axe_path))
    return page


def violations(page):
    found = page.evaluate(RUN_AXE)
    return [f"[{v['impact']}] {v['id']}: {v['help']} -> {v['nodes']}" for v in found]


def test_no_axe_violations_on_any_page_type(axe_page, base_url):
    report = []
    for kind, url in ALL_PAGES:
        axe_page.goto(base_url + url)
        report += [f"{kind} {url}: {v}" for v in violations(axe_page)]
    assert not report, f"{len(report)} axe violations:\n" + "\n".join(report)


def test_the_people_lists_names_are_headings_not_bold_paragraphs(axe_page, base_url):
    # axe's experimental p-as-heading (off by default, WCAG 1.3.1): each name on
    # /people/ was a bold <p> acting as the heading of its person's entry.
    found = {}
    for url in ("/people/", "/en/people/"):
        axe_page.goto(base_url + url)
        expect(axe_page.locator("h2.people__name").first).to_be_visible()
        found[url] = axe_page.evaluate(
            """() => axe.run(document, {runOnly: {type: "rule", values: ["p-as-heading"]}})
                 .then(r => r.violations.map(v => v.nodes.map(n => n.target.join(" "))))"""
        )
    assert found == {"/people/": [], "/en/people/": []}


@pytest.mark.parametrize("url,term", [("/search/", "werk"), ("/en/search/", "zzqnothing")])
def test_no_axe_violations_on_search_results(axe_page, base_url, url, term):
    """The search page with results and filters open, and with nothing found."""
    page = axe_page
    page.goto(base_url + url)
    page.locator("#search-input").fill(term)
    page.locator(".pagefind-ui__message").wait_for()
    for summary in page.locator(".pagefind-ui__filter-name").all():
        summary.click()
    assert not violations(page)


def test_no_axe_violations_without_javascript(axe_page, base_url):
    """The no-script variants (search message, vacancy list) are accessible too.

    axe itself needs script, so it runs in a page whose own scripts are off:
    the page's <noscript> content is swapped in by hand."""
    page = axe_page
    page.route("**/*.js", lambda route: route.abort())  # the site's scripts do not run
    report = []
    for url in ("/search/", "/en/vacancies/"):
        page.goto(base_url + url)
        page.evaluate(
            """() => document.querySelectorAll("noscript").forEach(n => {
                 const div = document.createElement("div"); div.innerHTML = n.textContent;
                 n.replaceWith(div); })"""
        )
        report += [f"{url}: {v}" for v in violations(page)]
    assert not report, "\n".join(report)


def test_axe_does_report_a_violation(axe_page, base_url):
    """The check itself works: an image without alt text is a violation."""
    axe_page.goto(f"{base_url}/404.html")
    axe_page.evaluate("document.querySelector('main').append(document.createElement('img'))")
    assert any("image-alt" in v for v in violations(axe_page))


LINKS_BY_NAME = """() => {
  const byName = {};
  for (const a of document.querySelectorAll("a[href]")) {
    if (a.closest("[hidden]")) continue;
    const name = (a.getAttribute("aria-label") || a.textContent).trim().replace(/\\s+/g, " ");
    (byName[name] = byName[name] || new Set()).add(new URL(a.href).pathname);
  }
  return Object.entries(byName).filter(([, to]) => to.size > 1)
    .map(([name, to]) => `"${name}" -> ${[...to].join(", ")}`);
}"""


def test_links_with_the_same_name_go_to_the_same_place(new_page, base_url):
    """WCAG 2.4.4: a screen reader's list of links shows names without their
    paragraph; two links named alike ("Atom feed" for a theme's feed and for the
    site's, in the footer) must not lead to different pages."""
    page, _ = new_page()
    report = []
    for kind, url in ALL_PAGES:
        page.goto(base_url + url)
        report += [f"{kind} {url}: {same}" for same in page.evaluate(LINKS_BY_NAME)]
    assert not report, "\n".join(report)


@pytest.fixture(scope="module")
def pale_brand_url(tmp_path_factory):
    """The test site with a yellow brand colour: the build only warns about it."""
    site = copy_site(tmp_path_factory.mktemp("pale-brand"))
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8").replace("#0b5d4b", "#ffff00"))
    yield from serve(build(conf, site / "output").output)


def test_a_pale_brand_colour_leaves_every_page_readable(axe_page, pale_brand_url):
    """White on #ffff00 (the hero, buttons, initials) is 1.07:1 and #ffff00 links
    on white the same: the theme writes dark text on the brand colour, and the
    brand colour as text darkened to WCAG AA, as the report and cards do."""
    report = []
    for kind in ("front", "story-interview", "vacancy-open", "people", "search"):
        for url in PAGES[kind]:
            axe_page.goto(pale_brand_url + url)
            report += [f"{kind} {url}: {v}" for v in violations(axe_page)]
    assert not report, f"{len(report)} axe violations:\n" + "\n".join(report)


def test_link_names_are_words_not_arrows(new_page, base_url):
    """The arrows after "Alle verhalen" and around "Vorige"/"Volgende" are drawn,
    not part of the link's name: a screen reader said "Alle verhalen, right arrow"."""
    page, _ = new_page()
    report = []
    for url in ("/", "/en/", "/stories/", "/stories/page/2/"):
        page.goto(base_url + url)
        tree = page.locator("main").aria_snapshot()  # the names Chromium gives
        links = [line.strip() for line in tree.splitlines() if line.strip().startswith("- link")]
        assert links, f"{url}: {tree[:500]}"
        report += [f"{url}: {link}" for link in links if any(c in link for c in "←→")]
    assert not report, "\n".join(report)


# A column using what Markdown offers beyond paragraphs: tables (one without a
# header row, in raw HTML), a code line wider than any screen, footnotes,
# abbreviations, nested lists, a skipped heading level, an Arabic quote, emoji.
RICH_STORY = """---
title: "Waarom ik {word} werd 🚀"
date: 2026-05-01
author: "فاطمة الزهراء"
role: Software engineer 👩‍💻
team: engineering
consent: {{given: 2026-04-01}}
---

Mijn oma zei altijd <q lang="ar">الصبر مفتاح الفرج</q>, en dat zeg ik nog steeds.

## Gereedschap

We gebruiken veel HTML en YAML.[^1]

*[HTML]: HyperText Markup Language

#### Een kop die een niveau overslaat

| Tool | Waarvoor | Sinds |
|------|----------|-------|
| Python | datapijplijnen, dashboards en alles daartussen dat lijm nodig heeft | 2019 |

<table><tr><td>geen kopregel</td><td>{word} {word} {word}</td></tr></table>

```
SELECT polisnummer, {lower}_id, ingangsdatum, einddatum, premie FROM polissen WHERE 1 = 1;
```

- Een
    - Twee
        - Drie
- Terug

### Drie

##### Vijf

Kleine lettertjes.

###### Zes

Nog kleiner.

- [ ] Taak open
- [x] Taak *klaar*

> Een citaat.

[^1]: YAML is een dataformaat.
""".format(word="Arbeidsongeschiktheidsverzekeringsmaatschappij",
           lower="arbeidsongeschiktheidsverzekeringsmaatschappij")  # fmt: skip
RICH = "/stories/rijk/"


@pytest.fixture(scope="module")
def rich_story_url(tmp_path_factory):
    site = copy_site(tmp_path_factory.mktemp("rich"))
    (site / "content" / "columns" / "rijk.md").write_text(RICH_STORY, encoding="utf-8")
    yield from serve(build(site / "pelicanconf.py", site / "output").output)


SCROLLERS_OUT_OF_REACH = """() => [...document.querySelectorAll(".prose *")]
  .filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible")
  .filter(e => e.tabIndex < 0 && !e.querySelector("a[href], button, input, [tabindex='0']"))
  .map(e => e.tagName + " " + e.textContent.slice(0, 40))"""


@pytest.mark.parametrize("width", [1280, 320])
def test_a_story_with_tables_and_long_code_is_accessible(new_page, axe_path, rich_story_url, width):
    """A table or code line wider than the column scrolls in its own box; a
    keyboard must reach that box (WCAG 2.1.1, axe's scrollable-region-focusable)
    and a table's box says what it is (a named region)."""
    page, watch = new_page(viewport={"width": width, "height": 800})
    page.context.add_init_script(path=str(axe_path))
    page.goto(rich_story_url + RICH)
    assert not violations(page)
    fonts_loaded(page)
    assert not page.evaluate(SCROLLERS_OUT_OF_REACH)
    regions = page.get_by_role("region", name="Tabel 1")
    assert regions.count() == 1 and regions.locator("table").count() == 1
    assert page.get_by_role("region", name="Tabel 2").locator("td").first.inner_text() == (
        "geen kopregel"
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    # A task's box is named by its item's words, though no <label> holds them.
    expect(page.get_by_role("checkbox", name="Taak klaar", exact=True)).to_be_checked()
    watch.assert_clean(RICH)


def test_the_deepest_headings_of_a_story_are_not_smaller_than_its_text(new_page, rich_story_url):
    """A story with five heading levels renders them <h2> to <h6> (none skipped);
    the browser's own <h5> and <h6> are 0.83em and 0.67em, smaller than the text
    they head (11 px for an <h6>)."""
    page, _ = new_page()
    page.goto(rich_story_url + RICH)
    sizes = page.evaluate(
        """() => { const px = e => parseFloat(getComputedStyle(e).fontSize);
             const text = px(document.querySelector(".prose p"));
             return [...document.querySelectorAll(".prose :is(h2, h3, h4, h5, h6)")]
               .map(h => [h.tagName, px(h), text]); }"""
    )
    assert [tag for tag, _, _ in sizes] == ["H2", "H3", "H3", "H4", "H5"]
    assert all(size >= text for _, size, text in sizes), sizes


WORDS_BROKEN_IN_CELLS = """() => [...document.querySelectorAll(".prose [role=region] :is(th, td)")]
  .flatMap(cell => cell.textContent.trim().split(/\\s+/).filter(w => w.length <= 12))
  .filter((word, i, all) => all.indexOf(word) === i)
  .filter(word => {
    const walk = document.createTreeWalker(document.querySelector(".prose"), NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
      const node = walk.currentNode, at = node.textContent.indexOf(word);
      if (at < 0 || !node.parentElement.closest("th, td")) continue;
      const range = document.createRange();
      range.setStart(node, at); range.setEnd(node, at + word.length);
      return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1;
    }
    return false;
  })"""


def test_a_table_on_a_phone_scrolls_rather_than_break_its_words(new_page, rich_story_url):
    """A table's columns were squeezed to fit 320 px by breaking words anywhere:
    "To|ol", "Si|nc|e", "20|19". A table may scroll (WCAG 1.4.10 exempts what
    needs two dimensions), in its own box, and keeps its words whole."""
    page, _ = new_page(viewport={"width": 320, "height": 800})
    page.goto(rich_story_url + RICH)
    assert not page.evaluate(WORDS_BROKEN_IN_CELLS)
    fonts_loaded(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


SCROLL_BOXES = """() => [...document.querySelectorAll(".prose pre, .prose [role=region]")]
  .map(e => [e.tagName + " " + e.textContent.trim().slice(0, 20),
             e.scrollWidth > e.clientWidth + 1, e.tabIndex >= 0])"""


def test_only_a_box_that_scrolls_is_a_tab_stop(new_page, axe_path, rich_story_url):
    """Every code block and table box was a tab stop, also one that fits its
    column and has nothing to scroll: a stop between the story's links where
    a keyboard reader finds nothing to do. A box is one while it scrolls, also
    after the window narrows; without JavaScript, every box (as written)."""
    page, watch = new_page(viewport={"width": 1280, "height": 800})
    page.context.add_init_script(path=str(axe_path))
    page.goto(rich_story_url + RICH)
    page.wait_for_load_state("load")
    fonts_loaded(page)
    boxes = page.evaluate(SCROLL_BOXES)
    assert {scrolls for _, scrolls, _ in boxes} == {True, False}, f"one of each: {boxes}"
    assert all(scrolls == stop for _, scrolls, stop in boxes), boxes
    assert not violations(page)
    page.set_viewport_size({"width": 320, "height": 800})
    page.wait_for_function(
        f"({SCROLL_BOXES})().every(([, scrolls, stop]) => scrolls === stop)", timeout=5000
    )
    narrow = page.evaluate(SCROLL_BOXES)
    # The table of long words fits 1280 px, not 320: there it scrolls, a tab stop.
    assert [b[1:] for b in boxes][1:] == [[False, False], [True, True]], boxes
    assert [b[1:] for b in narrow][1:] == [[True, True], [True, True]], narrow
    assert not violations(page)
    watch.assert_clean(RICH)

    page, watch = new_page(java_script_enabled=False)
    page.goto(rich_story_url + RICH)
    fonts_loaded(page)
    assert all(stop for _, _, stop in page.evaluate(SCROLL_BOXES))


SETTLED = f"({SCROLL_BOXES})().every(([, scrolls, stop]) => scrolls === stop)"
NO_STOP = "(e) => !e.hasAttribute('tabindex')"
A_STOP = "(e) => e.getAttribute('tabindex') === '0'"


def test_a_box_follows_its_overflow_also_while_it_has_the_focus(new_page, rich_story_url):
    """A focused table box that stopped scrolling (the window widened) kept its
    tab stop after the focus left, until a later resize; it keeps the stop
    while focused (the focus is not taken away) and loses it with the focus.
    A code block that starts to scroll when a font loads late, its box's size
    unchanged, becomes a stop."""
    page, watch = new_page(viewport={"width": 320, "height": 800})
    page.goto(rich_story_url + RICH)
    fonts_loaded(page)
    page.wait_for_function(SETTLED, timeout=5000)
    # The table of long words scrolls at 320 px and fits at 1280.
    table = page.locator(".prose pre, .prose [role=region]").nth(1)
    assert table.get_attribute("tabindex") == "0"
    table.focus()
    page.set_viewport_size({"width": 1280, "height": 800})
    page.wait_for_function("(e) => e.scrollWidth <= e.clientWidth + 1", arg=table.element_handle())
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    assert page.evaluate("(e) => document.activeElement === e", table.element_handle())
    assert table.get_attribute("tabindex") == "0", "the focused box keeps its stop"
    page.keyboard.press("Shift+Tab")
    page.wait_for_function(NO_STOP, arg=table.element_handle(), timeout=3000)
    # And the reverse: it fits, unfocused, and scrolls again at 320 px.
    page.set_viewport_size({"width": 320, "height": 800})
    page.wait_for_function(A_STOP, arg=table.element_handle(), timeout=3000)
    watch.assert_clean(RICH)

    page, watch = new_page(viewport={"width": 1280, "height": 800})
    page.goto(rich_story_url + RICH)
    fonts_loaded(page)
    code = page.locator(".prose pre").first
    # A box of fixed size that fits its line in the fallback font, not in the
    # late one (twice as wide): only what is in it changes when the font loads.
    page.evaluate(
        """(pre) => { pre.style.cssText = "font-family: Late, monospace; line-height: 24px;";
             pre.querySelector("code").style.fontFamily = "inherit";
             pre.style.width = (pre.scrollWidth + 40) + "px"; }""",
        code.element_handle(),
    )
    page.wait_for_function(NO_STOP, arg=code.element_handle(), timeout=3000)
    page.evaluate(
        """async () => { const href = document.querySelector("link[rel=preload][as=font]").href;
             const face = new FontFace("Late", `url(${href})`, {sizeAdjust: "200%"});
             document.fonts.add(face); await face.load(); }"""
    )
    assert page.evaluate("(e) => e.scrollWidth > e.clientWidth + 1", code.element_handle())
    page.wait_for_function(A_STOP, arg=code.element_handle(), timeout=3000)
    watch.assert_clean(RICH)


WIDE_TABLE_VACANCY = """id: "601"
title: Klantenservicemedewerker
team: support
location: {city: Zwolle, country: NL}
employment_type: FULL_TIME
date_posted: 2026-05-01
valid_through: 2026-12-31
apply_url: https://example.com/apply/601
lang: nl
description: |
  Wat we bieden:

  | Niveau | Salaris per maand | Uren per week | Vakantiedagen | Thuiswerken |
  |---|---|---|---|---|
  | Medior | 3.800 tot 4.600 euro | 32 tot 40 uur | 27 dagen | 3 dagen per week |
"""


@pytest.fixture(scope="module")
def wide_table_vacancy_url(tmp_path_factory):
    site = copy_site(tmp_path_factory.mktemp("wide-table-vacancy"))
    vacancy = site / "content" / "vacancies" / "klantenservice.yml"
    vacancy.write_text(WIDE_TABLE_VACANCY, encoding="utf-8")
    yield from serve(build(site / "pelicanconf.py", site / "output").output)


def test_a_vacancy_table_on_a_phone_scrolls_in_a_box_a_keyboard_reaches(
    new_page, axe_path, wide_table_vacancy_url
):
    """A vacancy's table (a salary table, a job board's benefits) was a bare
    <table> squeezed into 280 px, each word broken: "Ni|v|e|a|u", "Me|di|or".
    It scrolls in a named box that takes the focus, as a story's table does."""
    page, watch = new_page(viewport={"width": 320, "height": 800})
    page.context.add_init_script(path=str(axe_path))
    page.goto(wide_table_vacancy_url + "/vacancies/601/")
    box = page.get_by_role("region", name="Tabel")
    assert box.count() == 1, "the table is in a named box"
    assert box.locator("td").first.inner_text() == "Medior"
    assert not page.evaluate(WORDS_BROKEN_IN_CELLS)
    fonts_loaded(page)
    assert not page.evaluate(SCROLLERS_OUT_OF_REACH)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert not violations(page)
    # The job's own HTML, for job boards, has no box: the box is the page's.
    scripts = page.locator('script[type="application/ld+json"]').all_text_contents()
    (posting,) = [b for b in map(json.loads, scripts) if b["@type"] == "JobPosting"]
    assert "<table>" in posting["description"] and "region" not in posting["description"]
    watch.assert_clean("a vacancy with a wide table")


RING_OVER_TEXT = """() => {
  const e = document.activeElement;
  let s = getComputedStyle(e), box = e.getBoundingClientRect();
  if (s.outlineStyle === "none") {  // a card's link draws its ring round the card
    s = getComputedStyle(e, "::after");
    box = e.offsetParent.getBoundingClientRect();
  }
  if (s.outlineStyle === "none") return ["no ring"];
  const off = parseFloat(s.outlineOffset), reach = off + parseFloat(s.outlineWidth);
  const hits = [], walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const node = walk.currentNode, rects = [];
    if (!node.textContent.trim() || e.contains(node)) continue;
    if (node.parentElement.closest(".visually-hidden")) continue;  // drawn nowhere
    for (let at = 0; at < node.textContent.length; at++) {  // letters, not spaces
      if (!node.textContent[at].trim()) continue;
      const range = document.createRange();
      range.setStart(node, at); range.setEnd(node, at + 1);
      rects.push(...range.getClientRects());
    }
    for (const t of rects) {
      const meets = t.left < box.right + reach && t.right > box.left - reach
        && t.top < box.bottom + reach && t.bottom > box.top - reach;
      const inside = t.left >= box.left - off && t.right <= box.right + off
        && t.top >= box.top - off && t.bottom <= box.bottom + off;
      if (t.width && meets && !inside) { hits.push(node.textContent.trim()); break; }
    }
  }
  return hits;
}"""


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("path", PAGES["people"])
def test_a_focused_persons_card_has_a_ring_clear_of_its_text(new_page, base_url, path, width):
    """The ring round a person's name on the people page (3 px, 3 px off the
    link) was drawn over the top of the role under it ("Teamlead data"). The
    whole card is the link, so the ring goes round the card, as a story's."""
    page, watch = new_page(viewport={"width": width, "height": 800})
    page.goto(base_url + path)
    names = page.locator(".people__name a")
    assert names.count() >= 2
    names.first.focus()
    page.keyboard.press("Shift+Tab")
    for _ in range(names.count()):
        page.keyboard.press("Tab")  # the keyboard's focus, with its ring
        assert page.evaluate("document.activeElement.closest('.people__name') !== null")
        name = page.evaluate("document.activeElement.innerText")
        fonts_loaded(page)
        assert page.evaluate(RING_OVER_TEXT) == [], name
    watch.assert_clean(path)


INLINE_LINKS = {
    "/themes/tech/": ".feeds-line a",
    "/en/themes/balance/": ".feeds-line a",
    "/vacancies/501/": ".breadcrumbs a",
}


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("path", list(INLINE_LINKS))
def test_a_focused_link_in_a_line_leaves_its_neighbours_readable(new_page, base_url, path, width):
    """The ring round a theme's feed link (3 px, 3 px off it) was drawn over
    the "·" between "Atom-feed" and "JSON-feed", and a job page's "Vacatures"
    over the "·" before its team (now the breadcrumbs' "/"): the links in
    such a line keep clear of it."""
    page, watch = new_page(viewport={"width": width, "height": 800})
    page.goto(base_url + path)
    links = page.locator(INLINE_LINKS[path])
    assert links.count() >= 1
    links.first.focus()
    page.keyboard.press("Shift+Tab")
    for _ in range(links.count()):
        page.keyboard.press("Tab")
        name = page.evaluate("document.activeElement.innerText")
        fonts_loaded(page)
        assert page.evaluate(RING_OVER_TEXT) == [], name
    watch.assert_clean(path)


def test_a_focused_footnote_link_leaves_the_sentence_readable(new_page, rich_story_url):
    """A footnote's number ("YAML¹") and its way back ("↩") are links one
    letter wide: their focus ring (3 px, 3 px off) was drawn over the "L" of
    "YAML" and the full stop before the arrow. They keep room for it."""
    page, watch = new_page(viewport={"width": 1280, "height": 800})
    page.goto(rich_story_url + RICH)
    for selector in ['sup[id^="c-fnref"] > a', 'a[href^="#c-fnref"]']:
        page.locator(selector).first.focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")
        assert page.evaluate(f"document.activeElement.matches('{selector}')")
        fonts_loaded(page)
        assert page.evaluate(RING_OVER_TEXT) == [], selector
    watch.assert_clean(RICH)


CARD_LINKS = {
    "/vacancies/": ".job__title a",
    "/en/vacancies/": ".job__title a",
    "/themes/": ".theme-card__title a",
    "/en/themes/": ".theme-card__title a",
}


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("path", list(CARD_LINKS))
def test_a_focused_job_or_theme_card_is_ringed_as_a_whole(new_page, base_url, path, width):
    """A job's or a theme's card is one link (its title's, stretched over the
    card: a click anywhere on it follows it), but the focus ring went round
    the title alone, drawn over the facts under it ("Utrecht"), so a keyboard
    user saw a different target from a mouse user's. The ring goes round the
    card, as a story teaser's and a person's do; the title stays the one link."""
    page, watch = new_page(viewport={"width": width, "height": 800})
    page.goto(base_url + path)
    links = page.locator(CARD_LINKS[path])
    assert links.count() >= 2
    links.first.focus()
    page.keyboard.press("Shift+Tab")
    for at in range(links.count()):
        page.keyboard.press("Tab")  # the keyboard's focus, with its ring
        title = page.evaluate("document.activeElement.innerText")
        assert title == links.nth(at).inner_text(), (title, "Tab goes card by card")
        ring = page.evaluate(
            """() => {
              const e = document.activeElement, card = e.offsetParent;
              return [getComputedStyle(e).outlineStyle,
                      getComputedStyle(e, "::after").outlineStyle,
                      card.contains(e) && card !== e.parentElement];
            }"""
        )
        assert ring == ["none", "solid", True], (title, ring)
        fonts_loaded(page)
        assert page.evaluate(RING_OVER_TEXT) == [], title
    watch.assert_clean(path)


MARKS_OF_THE_CURRENT_PAGE = """() => {
  const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => {
    const [r, g, b] = rgb(c).map(v => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const page = getComputedStyle(document.body).backgroundColor;
  const out = {};
  const nav = document.querySelector('.site-nav a[aria-current="page"]');
  if (nav) out.menu = ratio(getComputedStyle(nav).borderBottomColor, page);
  const number = document.querySelector('.pager__pages a[aria-current="page"]');
  if (number) {
    const s = getComputedStyle(number);
    const edge = s.borderStyle === "solid" ? ratio(s.borderColor, page) : 1;
    out.pager = Math.max(ratio(s.backgroundColor, page), edge);
  }
  return out;
}"""


def test_a_pale_brand_colour_still_marks_the_current_page(new_page, pale_brand_url):
    """The menu's bar under the current page and the pager's current number
    are drawn in the brand colour: a yellow brand (#ffff00) drew them 1.07:1
    on white, so "you are here" was gone (WCAG 1.4.11 asks 3:1). They are
    drawn in the brand's readable shade, the one its links have."""
    page, watch = new_page()
    page.goto(pale_brand_url + "/stories/page/2/")
    marks = page.evaluate(MARKS_OF_THE_CURRENT_PAGE)
    assert set(marks) == {"menu", "pager"}, marks
    assert all(ratio >= 3 for ratio in marks.values()), marks
    watch.assert_clean("current page marks")


def test_an_interviews_questions_are_headings_not_landmarks(new_page, base_url):
    """Each question of an interview was a named <section>, so a region
    landmark: a screen reader's list of landmarks (NVDA's D key, VoiceOver's
    rotor) was the page's regions among every question of the interview,
    seven in a demo one. The questions are headings (h2) and stay so; the
    landmarks are the page's parts: the author, themes, roles, sharing."""
    page, watch = new_page()
    page.goto(base_url + "/stories/anna-de-boer/")
    questions = page.get_by_role("heading", level=2).filter(has_text="Vraag:")
    expect(questions).to_have_count(2)
    regions = [r.get_attribute("aria-labelledby") or "" for r in page.get_by_role("region").all()]
    names = [page.locator(f"#{r}").inner_text() if r else "" for r in regions]
    assert not [n for n in names if "Vraag" in n or "?" in n], names
    assert len(names) == 3, names  # themes, open roles, share
    watch.assert_clean("interview landmarks")


def test_the_pull_quotes_dash_is_seen_not_read(new_page, base_url):
    """The dash before the quote's speaker is typography: the figure was named
    "— Anna de Boer" and read "em dash Anna de Boer". It is still drawn."""
    page, watch = new_page()
    page.goto(base_url + "/stories/anna-de-boer/")
    figure = page.locator(".pullquote")
    tree = figure.aria_snapshot()
    assert "—" not in tree and 'figure "Anna de Boer"' in tree, tree
    drawn = figure.locator("figcaption").evaluate("f => getComputedStyle(f, '::before').content")
    assert drawn.startswith('"— "'), drawn
    watch.assert_clean("pull quote")


def test_a_teasers_author_and_role_are_read_apart(new_page, base_url):
    """A story card shows its author's name over their role, two lines on
    screen, but one run of words to a screen reader: "Anna de Boer Teamlead
    data", "Gina Vertrokken Oud-collega · Ontwerper" (whose name ends where?).
    A pause (a comma no one sees) is read between them."""
    page, watch = new_page()
    page.goto(base_url + "/")
    bylines = page.locator(".teaser__byline p")
    assert bylines.count() >= 2
    # (Chromium's snapshot puts a space before the hidden comma; it is read as a pause.)
    anna = page.locator(".teaser").first.aria_snapshot()
    assert re.search(r"paragraph: Anna de Boer ?, Teamlead data", anna), anna
    gina = page.locator(".teaser", has_text="Gina Vertrokken").first.aria_snapshot()
    assert re.search(r"Gina Vertrokken ?, Oud-collega · Ontwerper", gina), gina
    # On screen nothing changes: the name and the role, each on its line.
    name, role = page.locator(".teaser__name").first, page.locator(".teaser__role").first
    fonts_loaded(page)
    assert name.bounding_box()["y"] + name.bounding_box()["height"] <= role.bounding_box()["y"] + 1
    watch.assert_clean("teaser byline")


def test_a_jobs_facts_are_read_apart(new_page, base_url):
    """A job card's facts stand apart on screen (place, hours, pay, team), but
    a screen reader read one run: "Utrecht Fulltime € 4.200 – € 5.600 per
    maand Techniek". A comma no one sees is read after each but the last."""
    page, watch = new_page()
    page.goto(base_url + "/vacancies/")
    facts = page.locator(".job", has_text="Data engineer").locator(".job__facts")
    said = " ".join(facts.aria_snapshot().split())
    assert re.search(r"Utrecht ?, Fulltime ?, € 4.200 – € 5.600 per maand ?, Techniek$", said), said
    # On screen: the facts, each in its own box, no commas.
    assert "," not in facts.evaluate(
        """p => [...p.children].map(s => [...s.childNodes]
                   .filter(n => n.nodeType === 3).map(n => n.textContent).join("")).join("")"""
    )
    watch.assert_clean("job facts")


def test_a_jobs_themes_are_named_as_a_storys_are(new_page, base_url):
    """A story lists its themes under "Thema's in dit verhaal"; a job page
    listed them bare after its description, so a screen reader heard "lijst,
    1 item, link Techniek & data" with nothing to say what the list was.
    They have their heading, as a story's do."""
    page, watch = new_page()
    for path, heading in (("/vacancies/501/", "Thema's bij deze vacature"),):
        page.goto(base_url + path)
        chips = page.locator(".chips")
        expect(chips.get_by_role("link", name="Techniek & data")).to_be_visible()
        region = page.get_by_role("region", name=heading)
        expect(region.get_by_role("heading", level=2, name=heading)).to_be_visible()
        expect(region.get_by_role("link", name="Techniek & data")).to_be_visible()
    watch.assert_clean("job themes")
