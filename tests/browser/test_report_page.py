"""``podium report --format html`` in Chromium: axe-clean, nothing fetched, real text."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from browser.conftest import serve
from browser.kit import fonts_loaded
from browser.test_axe import AXE, violations
from podium_cli.cli import main
from podium_testkit import ROOT, copy_site


def _html_report(project, out) -> None:
    """``podium report --format html`` of the hub in ``project``, into ``out``."""
    mp = pytest.MonkeyPatch()
    mp.chdir(project)
    try:
        result = CliRunner().invoke(
            main, ["report", "--format", "html", "-o", str(out / "index.html")],
            catch_exceptions=False,
        )  # fmt: skip
    finally:
        mp.undo()
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def report_url(tmp_path_factory, request):
    out = tmp_path_factory.mktemp("report")
    _html_report(ROOT, out)  # the demo hub: real stories, vacancies and brand colours
    yield from serve(out)


def test_report_page_is_accessible_and_self_contained(new_page, report_url, artifacts):
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci` (the axe check must not be skipped)")
    page, _ = new_page()
    page.context.add_init_script(path=str(AXE))
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(report_url + "/")
    found = violations(page)
    assert not found, "\n".join(found)
    # Only the page itself: no scripts, fonts, styles or images from anywhere.
    assert [u for u in requests if not u.startswith(report_url + "/")] == []
    assert [u for u in requests if "favicon" not in u] == [report_url + "/"]
    charts = page.locator("svg[role=img]")
    assert charts.count() == 7  # one per theme of the demo
    assert "stories per quarter" in charts.first.locator("title").text_content()
    assert page.get_by_role("heading", name="Themes where recruiting needs stories").is_visible()
    page.screenshot(path=str(artifacts / "report.png"), full_page=True)


@pytest.fixture(scope="module")
def pale_brand_report_url(tmp_path_factory):
    """The test site's report with a yellow brand colour (a warning, not an error)."""
    site = copy_site(tmp_path_factory.mktemp("pale"))
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8").replace("#0b5d4b", "#ffff00"))
    out = tmp_path_factory.mktemp("pale-report")
    _html_report(site, out)
    yield from serve(out)


def test_report_page_on_a_pale_brand_colour_is_accessible(new_page, pale_brand_report_url):
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci` (the axe check must not be skipped)")
    page, _ = new_page()
    page.context.add_init_script(path=str(AXE))
    page.goto(pale_brand_report_url + "/")
    found = violations(page)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("width", [320, 640], ids=["400%", "200%"])
def test_report_page_reflows_without_scrolling_sideways(new_page, report_url, width):
    """WCAG 1.4.10: at 320 CSS px (a 1280 px screen at 400% zoom) the page does
    not scroll sideways; a table too wide for it scrolls in its own box, which
    the keyboard can reach (a focusable region named by its heading)."""
    page, _ = new_page(viewport={"width": width, "height": 640})
    page.goto(report_url + "/")
    fonts_loaded(page)
    wide = page.evaluate(
        """() => [document.documentElement.scrollWidth,
                  [...document.querySelectorAll("body *")]
                    .filter(e => !e.closest(".table"))
                    .filter(e => e.getBoundingClientRect().right > innerWidth + 1)
                    .map(e => e.tagName + "." + e.className).slice(0, 5)]"""
    )
    assert wide == [width, []], f"the report at {width} px: {wide}"
    boxes = page.locator("div.table")
    assert boxes.count() == page.locator("table").count() >= 1
    for box in boxes.all():
        assert box.get_attribute("tabindex") == "0" and box.get_attribute("role") == "region"
        heading = page.locator(f"h2#{box.get_attribute('aria-labelledby')}")
        assert heading.count() == 1


@pytest.mark.parametrize("which", ["demo", "pale"])
def test_a_printed_report_is_legible(new_page, report_url, pale_brand_report_url, which):
    """Chromium prints no backgrounds unless told to: the header's white title on
    the brand colour, and the white "needs stories" flag on red, came out white on
    white, the very words the team prints the report for. Every text must read on
    paper, and a wide table must not be cut at the page's edge."""
    from browser.test_print import ILLEGIBLE_ON_PAPER

    url = report_url if which == "demo" else pale_brand_report_url
    page, _ = new_page()
    page.goto(url + "/")
    page.emulate_media(media="print")
    illegible = page.evaluate(ILLEGIBLE_ON_PAPER)
    assert not illegible, f"the report prints illegibly (white on white): {illegible}"
    clipped = page.evaluate(
        """() => [...document.querySelectorAll("div.table")]
                 .map(e => getComputedStyle(e).overflowX).filter(v => v !== "visible")"""
    )
    assert clipped == [], "a table's box cuts its table off on paper"


def test_report_charts_read_in_forced_colours(new_page, report_url):
    """Windows' contrast themes paint the page Canvas (black in a dark one) but
    leave an SVG's fill alone: the charts' counts and quarters stayed #1a1a1a,
    dark grey on black, and a bar in the theme's colour (#6a3fb5) hardly
    showed. In forced colours they are drawn in the theme's own colours."""
    page, _ = new_page(forced_colors="active", color_scheme="dark")
    page.goto(report_url + "/")
    chart = page.locator("section.theme svg").first
    colours = chart.evaluate(
        """svg => {
            const fill = el => getComputedStyle(el).fill;
            const stroke = el => getComputedStyle(el).stroke;
            const probe = document.createElement("span");
            probe.style.color = "CanvasText";
            document.body.append(probe);
            const text = getComputedStyle(probe).color;
            probe.remove();
            return {text, labels: [...new Set([...svg.querySelectorAll("text")].map(fill))],
                    bars: [...new Set([...svg.querySelectorAll("rect")].map(fill))],
                    axis: [...new Set([...svg.querySelectorAll("line")].map(stroke))]};
        }"""
    )
    text = colours["text"]
    assert colours["labels"] == [text], colours
    assert colours["bars"] == [text], colours
    assert colours["axis"] == [text], colours


def _report_with_names(tmp_path_factory, label: str, theme: str, company: str | None = None):
    """The test site's report, served, with its "Techniek & data" theme named
    ``theme`` (and the company ``company``)."""
    site = copy_site(tmp_path_factory.mktemp(label))
    if company is not None:
        conf = site / "pelicanconf.py"
        text = conf.read_text(encoding="utf-8").replace('"Testbedrijf"', f'"{company}"')
        conf.write_text(text, encoding="utf-8")
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8").replace('"Techniek & data"', f'"{theme}"')
    themes.write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp(f"{label}-report")
    _html_report(site, out)
    yield from serve(out)


LONG_NAME = "Arbeidsongeschiktheidsverzekeraar"
LONG_THEME = "Arbeidsomstandighedenspreekuurbegeleiding"


@pytest.fixture(scope="module")
def long_names_report_url(tmp_path_factory):
    """The test site's report for a company, and a theme, named in one long
    Dutch compound each (the hub's header breaks such a name)."""
    yield from _report_with_names(tmp_path_factory, "long-names", LONG_THEME, LONG_NAME)


def test_a_long_company_or_theme_name_reflows_in_the_report_at_320_px(
    new_page, long_names_report_url
):
    """WCAG 1.4.10: the report's title, "Arbeidsongeschiktheidsverzekeraar:
    theme coverage", made the page 545 px wide at 320 px, the name cut off
    at the window's edge; a theme's name of one word too, over its chart.
    A table keeps its words whole and scrolls in its box."""
    page, _ = new_page(viewport={"width": 320, "height": 640})
    page.goto(long_names_report_url + "/")
    assert LONG_NAME in page.locator("header h1").inner_text()
    assert page.locator("h3", has_text=LONG_THEME).count() == 1
    fonts_loaded(page)
    overflowing = page.evaluate(
        """() => [document.documentElement.scrollWidth,
                  [...document.querySelectorAll("body *")]
                    .filter(e => !e.closest(".table"))
                    .filter(e => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
                    .map(e => e.tagName + "." + e.className).slice(0, 5)]"""
    )
    assert overflowing == [320, []], overflowing
    cell = page.locator("table th[scope=row]", has_text=LONG_THEME).first
    assert cell.evaluate("th => getComputedStyle(th).overflowWrap") == "normal"


ARABIC_THEME = "التقنية والبيانات"


@pytest.fixture(scope="module")
def arabic_names_report_url(tmp_path_factory):
    """The test site's report with a theme named in Arabic."""
    yield from _report_with_names(tmp_path_factory, "arabic-names", ARABIC_THEME)


def test_a_right_to_left_theme_name_keeps_the_sentence_after_it_in_order(
    new_page, arabic_names_report_url
):
    """A theme named in Arabic, in "NAME: 2 open jobs and only 1 story", pulled
    the ": 2" into its own right-to-left run: the page showed "2 :NAME open
    jobs and only 1 story", the count before the name. Every name and title the
    editors wrote is isolated (<bdi>), so the English around it stays in order."""
    page, _ = new_page()
    page.goto(arabic_names_report_url + "/")
    fonts_loaded(page)
    item = page.locator(".needs li", has_text=ARABIC_THEME)
    assert item.count() == 1
    where = item.evaluate(
        """li => {
            const name = li.querySelector("strong").getBoundingClientRect();
            const text = [...li.childNodes].find(n => n.nodeType === 3 && n.data.includes("open"));
            const range = document.createRange();
            const at = text.data.search(/[0-9]/);
            range.setStart(text, at);
            range.setEnd(text, at + 1);
            const digit = range.getBoundingClientRect();
            return {nameRight: name.right, digitLeft: digit.left, text: li.innerText};
        }"""
    )
    assert where["digitLeft"] >= where["nameRight"], where
