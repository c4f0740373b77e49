"""Printing: browsers leave backgrounds out of print unless told otherwise
(Chromium's "Background graphics" is off by default), so text set light on a
coloured background prints white on white. Every text must still read on
paper, and a printed vacancy must say where to apply."""

from __future__ import annotations

import pytest

from browser.conftest import serve
from browser.kit import fonts_loaded
from podium_cli.build import build
from podium_testkit import copy_site

# Contrast of each text against what Chromium prints behind it: white paper,
# unless an ancestor keeps its background (print-color-adjust: exact).
ILLEGIBLE_ON_PAPER = r"""() => {
  const channel = v => {
    v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const lum = c => { const [r, g, b] = c.match(/[\d.]+/g).map(Number);
                     return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b); };
  const found = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const el = walk.currentNode.parentElement;
    const text = walk.currentNode.textContent.trim();
    if (!text || !el.getClientRects().length || el.closest(".visually-hidden")) continue;
    let paper = "rgb(255, 255, 255)";
    for (let a = el; a; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.printColorAdjust === "exact" && s.backgroundColor !== "rgba(0, 0, 0, 0)") {
        paper = s.backgroundColor; break;
      }
    }
    const [hi, lo] = [lum(getComputedStyle(el).color), lum(paper)].sort((x, y) => y - x);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const what = `${el.tagName}.${el.className} "${text.slice(0, 30)}"`;
    if (ratio < 4.5) found.push(`${what} ${ratio.toFixed(2)}:1`);
  }
  return found;
}"""


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/en/",
        "/vacancies/501/",
        "/stories/anna-de-boer/",
        "/themes/tech/",
        "/people/anna-de-boer/",
    ],
)
def test_printed_pages_are_legible(new_page, base_url, path):
    page, watch = new_page()
    page.goto(base_url + path)
    page.wait_for_load_state("networkidle")  # copy.js has shown its button
    page.emulate_media(media="print")
    assert page.locator("main").inner_text().strip()
    illegible = page.evaluate(ILLEGIBLE_ON_PAPER)
    assert not illegible, f"{path} prints illegibly (white on white): {illegible}"
    watch.assert_clean(path)


def test_a_printed_vacancy_says_where_to_apply(new_page, base_url):
    page, watch = new_page()
    page.goto(base_url + "/vacancies/501/")
    page.emulate_media(media="print")
    apply = page.locator(".vacancy__apply a").first
    href = apply.get_attribute("href")
    assert href.startswith("https://"), href
    after = apply.evaluate("a => getComputedStyle(a, '::after').content")
    assert href in after, f"the printed Apply button does not show {href}: {after}"
    # What only works on a screen is left off paper.
    page.goto(base_url + "/stories/anna-de-boer/")
    page.emulate_media(media="print")
    assert not page.locator(".share").is_visible()
    watch.assert_clean("print vacancy")


WIDE_STORY = """---
title: Onze query's
date: 2026-04-12
author: Wim Woordenaar
role: Data-analist
consent: {given: 2026-04-01}
---

Zo zoeken we polissen op:

```
SELECT polisnummer, ingangsdatum, einddatum, premie, looptijd, dekking FROM polissen WHERE actief;
```

| Kolom | Betekenis | Voorbeeld | Opmerking | Bron | Sinds |
|---|---|---|---|---|---|
| polisnummer | het nummer van de polis | 2026-000123 | uniek per klant | kern | 2019 |
"""
# Behind a scrollbar on screen, but paper cannot scroll: what does not fit is cut off.
HIDDEN_ON_PAPER = """() => [...document.querySelectorAll("main *")]
  .filter(e => !e.closest(".visually-hidden") && getComputedStyle(e).overflowX !== "visible"
               && e.scrollWidth > e.clientWidth + 1)
  .map(e => `${e.tagName} ${e.scrollWidth} > ${e.clientWidth} px`)"""


@pytest.fixture(scope="module")
def wide_story_url(tmp_path_factory):
    site = copy_site(tmp_path_factory.mktemp("wide"))
    (site / "content" / "columns" / "query.md").write_text(WIDE_STORY, encoding="utf-8")
    yield from serve(build(site / "pelicanconf.py", site / "output").output)


def test_a_printed_story_shows_its_whole_code_lines_and_tables(new_page, wide_story_url):
    """A code line or table that scrolls sideways on screen printed cut off at
    the paper's edge; on paper it wraps."""
    page, watch = new_page(viewport={"width": 700, "height": 1000})
    page.goto(wide_story_url + "/stories/query/")
    page.emulate_media(media="print")
    assert "WHERE actief" in page.locator("main pre").inner_text()
    fonts_loaded(page)
    assert not page.evaluate(HIDDEN_ON_PAPER)
    watch.assert_clean("print wide story")
