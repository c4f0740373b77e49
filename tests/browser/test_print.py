"""Printing: browsers leave backgrounds out of print unless told otherwise
(Chromium's "Background graphics" is off by default), so text set light on a
coloured background prints white on white. Every text must still read on
paper, and a printed vacancy must say where to apply."""

from __future__ import annotations

import pytest

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
