"""``podium report --format html``: one self-contained page about theme coverage.

For the communications and recruitment team, who open it in a browser or an
e-mail attachment: no scripts, no web fonts, no images to fetch; the charts
are inline SVG with their numbers as real text, and every chart is also a
sentence a screen reader can read. Colours are the hub's brand colour for
the header (its text white, or dark on a pale brand colour) and each theme's
own colour for its bars, which carry no text.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from podium.colors import hex_colour, ink_on, legible, rgb
from podium.errors import counted

from .report import (
    CONSENT_HOW,
    CONSENT_TITLE,
    COUNTED,
    DRAFTS_HOW,
    DRAFTS_TITLE,
    ERRORS_HOW,
    ERRORS_TITLE,
    FAILING_HOW,
    FAILING_TITLE,
    NO_THEMES_TITLE,
    REVIEW_HOW,
    REVIEW_TITLE,
    UNTHEMED_HOW,
    UNTHEMED_TITLE,
    Report,
    ReviewItem,
    ThemeRow,
    _days,
    _why,
    drafts_of,
    none_needed,
)

QUARTERS = 8  # two years: enough to see a theme go quiet
CHART_W, CHART_H, PAD_TOP, PAD_BOTTOM = 320, 120, 16, 22


def last_quarters(today: dt.date, n: int = QUARTERS) -> list[str]:
    year, q = today.year, (today.month - 1) // 3
    out = []
    for _ in range(n):
        out.append(f"{year}-Q{q + 1}")
        q -= 1
        if q < 0:
            year, q = year - 1, 3
    return out[::-1]


def _age(row: ThemeRow, today: dt.date) -> str:
    if not row.newest:
        return "no story yet"
    # "52 days" alone read as a duration, and a story of today was "0 days".
    days = (today - dt.date.fromisoformat(row.newest)).days
    ago = "today" if days == 0 else f"{counted(days, 'day')} ago"
    return f"{ago} ({row.newest})"


# WCAG 1.4.11: a chart's bars need 3:1 against the white card they stand on.
BAR_CONTRAST = 3.0


def bar_colour(report: Report, slug: str) -> str:
    """The theme's colour for its bars and its card's top line, darkened just
    enough to stand out on the white card: a pale theme colour (#ffff00) is only
    a warning for the build, and its bars were not there to see. A dark colour
    is left as it is, as a story card's accent is (``legible``)."""
    colour = rgb(report.colors.get(slug, report.brand_color))
    return hex_colour(legible(colour, (255, 255, 255), (0, 0, 0), BAR_CONTRAST))


def busiest(report: Report, quarters: list[str]) -> int:
    """The most stories any theme has in one of ``quarters`` (at least 1): the
    top of every chart. Each chart once had its own top, so a theme with one
    story a quarter drew bars as tall as one with thirty; small multiples share
    a scale, and a bar's height compares across themes."""
    return max([report.quarters.get((q, r.slug), 0) for q in quarters for r in report.rows] + [1])


def chart(report: Report, row: ThemeRow, quarters: list[str], top: int) -> str:
    """Stories per quarter for one theme, as an inline SVG bar chart up to ``top``."""
    counts = [report.quarters.get((q, row.slug), 0) for q in quarters]
    step = CHART_W / len(quarters)
    color = bar_colour(report, row.slug)
    usable = CHART_H - PAD_TOP - PAD_BOTTOM
    bars = []
    for i, (q, n) in enumerate(zip(quarters, counts, strict=True)):
        h = usable * n / top
        x = i * step + step * 0.15
        y = PAD_TOP + usable - h
        bars.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}" '
            f'fill="{color}"/>'
            f'<text x="{x + step * 0.35:.1f}" y="{y - 3:.1f}" text-anchor="middle">{n}</text>'
            f'<text x="{x + step * 0.35:.1f}" y="{CHART_H - 6}" text-anchor="middle">'
            f"{escape(q[2:4])} {escape(q[-2:])}</text>"
        )
    summary = ", ".join(f"{q}: {n}" for q, n in zip(quarters, counts, strict=True))
    cid = f"chart-{escape(row.slug)}"
    return (
        f'<svg role="img" aria-labelledby="{cid}-t {cid}-d" viewBox="0 0 {CHART_W} {CHART_H}" '
        f'width="{CHART_W}" height="{CHART_H}">'
        f'<title id="{cid}-t">{escape(row.name)}: stories per quarter</title>'
        f'<desc id="{cid}-d">{escape(summary)}</desc>'
        f'<line x1="0" y1="{PAD_TOP + usable}" x2="{CHART_W}" y2="{PAD_TOP + usable}" '
        f'stroke="#595959"/>{"".join(bars)}</svg>'
    )


CSS = """
:root { --brand: %(brand)s; --accent: %(accent)s; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1a1a1a; background: #f6f6f4; }
/* A name of one long compound (Arbeidsongeschiktheidsverzekeraar, a theme's
   name) breaks rather than widen the page at 320 px (WCAG 1.4.10); a table
   keeps its words whole and scrolls in its box (.table) instead. */
header, main { overflow-wrap: anywhere; }
header { background: var(--brand); color: %(ink)s; padding: 1.5rem 2rem;
  border-bottom: 6px solid var(--accent); }
header h1 { margin: 0; font-size: 1.6rem; }
header p { margin: .25rem 0 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
.needs { background: #fff; border-left: 6px solid #b0271c; padding: .75rem 1.25rem; }
.needs li { margin: .25rem 0; }
/* WCAG 1.4.10: at 320 px (400%% zoom) a table too wide for the screen scrolls
   in its own box, which the keyboard can reach, and the page does not. */
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%%; background: #fff; overflow-wrap: normal; }
th, td { text-align: left; padding: .5rem .75rem; border-bottom: 1px solid #d6d6d6; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%%, 21rem), 1fr));
  gap: 1rem; }
.theme { background: #fff; padding: 1rem 1.25rem; border-top: 6px solid var(--c); }
.theme h3 { margin: 0 0 .25rem; font-size: 1.1rem; }
.theme p { margin: 0 0 .5rem; color: #404040; }
.theme svg { max-width: 100%%; height: auto; font-size: 11px; fill: #1a1a1a; }
.flag { display: inline-block; background: #b0271c; color: #fff; padding: 0 .5rem;
  border-radius: 3px; font-size: .85rem; }
ul.warn { background: #fff; padding: .75rem 1.25rem .75rem 2.25rem; }
code { font-size: .9em; overflow-wrap: anywhere; }
/* Forced colours (Windows' contrast themes) paint the page Canvas, black in a
   dark one, but leave an SVG's fill and stroke alone: the charts' counts and
   quarters stayed dark grey on black. There they are drawn in CanvasText, the
   bars too (a theme's colour may hardly show on the theme's Canvas). */
@media (forced-colors: active) {
  .theme svg, .theme svg rect { fill: CanvasText; }
  .theme svg line { stroke: CanvasText; }
}
@media (max-width: 40rem) { header, main { padding-left: 1rem; padding-right: 1rem; } }
/* Browsers print no backgrounds by default (Chromium's "Background graphics" is
   off): the header's light text would print white on white, so on paper it is
   dark ink under the accent line; the red flag keeps its colour, as it is the
   point of the page. Paper cannot scroll: a table's box shows the whole table. */
@media print {
  body { background: none; }
  header { background: none; color: #1a1a1a; padding-left: 0; padding-right: 0; }
  main { padding-left: 0; padding-right: 0; }
  .flag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .table { overflow: visible; }
  .theme, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
}
"""


AA_CONTRAST = 4.5  # WCAG AA for normal text: the header's subtitle is 16px
# The header's text on the brand colour, in order of preference: the page's
# own dark text where white is not readable; black where even that is not
# (a mid grey such as #808080 gives 4.0:1 with white and 4.4:1 with #1a1a1a).
INKS = ("#ffffff", "#1a1a1a")


def header_ink(brand: str) -> str:
    """White on the brand colour, or dark text when white would not be readable.

    A pale brand colour (#ffff00) is only a warning for the build, so the
    report's header must still be legible on it; black on any colour reaches
    AA when white does not.
    """
    return ink_on(brand, INKS, AA_CONTRAST)


NONE_NEEDED = "None: every theme with open jobs has recent stories."
FLAG = '<span class="flag">needs stories</span>'


def as_html(report: Report) -> str:
    today = dt.date.fromisoformat(report.today)
    quarters = last_quarters(today)
    needing = {r.slug for r in report.needing}
    name = _namer(report)
    needs = "".join(f"<li><strong>{name(r.slug)}</strong>: {escape(_why(r))}</li>"
                    for r in report.needing)  # fmt: skip
    none = none_needed(report)
    none = f"{none[0].upper()}{none[1:]}." if none else NONE_NEEDED
    needs = f"<ul>{needs}</ul>" if needs else f"<p>{escape(none)}</p>"
    rows = "".join(
        f'<tr><th scope="row">{name(r.slug)}</th><td class="n">{r.stories}</td>'
        f'<td class="n">{r.recent}</td><td class="n">{r.open_vacancies}</td>'
        f"<td>{escape(_age(r, today))}</td>"
        f"<td>{FLAG if r.slug in needing else 'ok'}</td></tr>"
        for r in report.rows
    )
    top = busiest(report, quarters)
    cards = "".join(
        f'<section class="theme" style="--c: {bar_colour(report, r.slug)}" '
        f'aria-labelledby="h-{escape(r.slug)}"><h3 id="h-{escape(r.slug)}">{name(r.slug)}</h3>'
        f"<p>{counted(r.open_vacancies, 'open job')} · newest story: "
        f"{escape(_age(r, today))}</p>{chart(report, r, quarters, top)}</section>"
        for r in report.rows
    )
    warn = _issues(report.unmatched, "unmatched", "Theme keywords that matched no story")
    title = f"{report.brand_name}: theme coverage on {report.today}"
    review = _review(report)
    css = CSS % {
        "brand": report.brand_color,
        "accent": report.brand_accent,
        "ink": header_ink(report.brand_color),
    }
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{css}</style></head><body>"
        f"<header><h1>{escape(report.brand_name)}: theme coverage</h1>"
        f"<p>Stories and open jobs per theme on {escape(report.today)}; "
        f"recent means the last {counted(report.recent_days, 'day')}.</p></header><main>"
        f"{_issues(report.no_themes, 'no-themes', NO_THEMES_TITLE)}"
        f'<h2 id="needs">Themes where recruiting needs stories</h2><div class="needs">{needs}</div>'
        f"{_unthemed(report)}{_drafts(report)}"
        '<h2 id="overview">Per theme</h2>'
        '<div class="table" role="region" aria-labelledby="overview" tabindex="0">'
        '<table><thead><tr><th scope="col">Theme</th>'
        '<th scope="col" class="n">Stories</th><th scope="col" class="n">Recent</th>'
        '<th scope="col" class="n">Open jobs</th><th scope="col">Newest story</th>'
        f'<th scope="col">Status</th></tr></thead><tbody>{rows}</tbody></table></div>'
        f"<p>{escape(COUNTED)}</p>{_issues(report.errors, 'errors', ERRORS_TITLE, ERRORS_HOW)}"
        f"{_issues(report.failing_feeds, 'failing-feeds', FAILING_TITLE, FAILING_HOW)}"
        f'<h2 id="quarters">Stories per quarter</h2><div class="grid">{cards}</div>'
        f"{review}{_consent(report)}{warn}</main></body></html>"
    )


def written(text: str, lang: str | None = None) -> str:
    """What the editors or writers wrote (a theme's name, a title, a name), as HTML
    isolated from the English around it (<bdi>): an Arabic theme name pulled the
    ": 2" after it into its own right-to-left run, "2 :NAME open jobs". Marked with
    its language when it is not the page's: a Dutch hub's "Werk & privé" read by
    an English voice is mispronounced."""
    said = "" if lang in (None, "en") else f' lang="{escape(lang)}"'
    return f"<bdi{said}>{escape(text)}</bdi>"


def _namer(report: Report):
    """A theme's name as HTML, by its slug (``written``, in the hub's default language)."""
    names = {r.slug: r.name for r in report.rows}

    def name(slug: str) -> str:
        return written(names.get(slug, slug), report.names_lang)

    return name


def _review(report: Report) -> str:
    """The stories to review, one table row each: theme, story, how close, which words."""
    if not report.review:
        return ""
    name = _namer(report)
    rows = "".join(
        f'<tr><th scope="row">{name(r.theme)}<br><code>{escape(r.theme)}</code></th>'
        f"<td>{_title(r)}<code>{escape(r.path)}</code></td><td>{escape(r.note)}</td>"
        f"<td>{_evidence(r)}</td></tr>"
        for r in report.review
    )
    return (
        f'<h2 id="review">{escape(REVIEW_TITLE)}</h2><p>{escape(REVIEW_HOW)}</p>'
        '<div class="table" role="region" aria-labelledby="review" tabindex="0">'
        '<table><thead><tr><th scope="col">Theme</th><th scope="col">Story</th>'
        '<th scope="col">Why not tagged</th><th scope="col">Evidence</th>'
        f"</tr></thead><tbody>{rows}</tbody></table></div>"
    )


def _title(item: ReviewItem) -> str:
    """A published story's title above its file; a draft's or a scheduled one's file only."""
    if item.title is None:
        return ""
    return f"{written(item.title, item.lang)}<br>"


def _evidence(item: ReviewItem) -> str:
    """The story's words, marked with its language (a Dutch "klantenservice" read
    by the page's English voice is mispronounced), each with its English source."""
    words = [
        f"{written(w, item.lang)} ({escape(s)})"
        for w, s in zip(item.evidence, item.evidence_sources, strict=False)
    ]
    return ", ".join(words) or "-"


def _unthemed(report: Report) -> str:
    """The open jobs no theme took, each with the file (or feed) to give it themes."""
    items = "".join(
        f"<li>{written(u.title, u.lang)} "
        f"(<code>{escape(u.id)}</code>): <code>{escape(u.source)}</code></li>"
        for u in report.unthemed
    )
    return _to_do("unthemed", UNTHEMED_TITLE, items, UNTHEMED_HOW)


def _issues(issues, anchor: str, title: str, how: str | None = None) -> str:
    """A list of issue lines: the theme keywords no story matched, and under the
    table the content errors of what the numbers leave out and the build's
    warnings on the feeds whose pulls fail."""
    items = "".join(f"<li><code>{escape(i.format())}</code></li>" for i in issues)
    return _to_do(anchor, title, items, how)


def _to_do(anchor: str, title: str, items: str, how: str | None) -> str:
    """A list of what needs doing (``items``, HTML ``<li>``s) under its heading and
    how to do it, or nothing when there is nothing to do."""
    if not items:
        return ""
    said = f"<p>{escape(how)}</p>" if how else ""
    return f'<h2 id="{anchor}">{escape(title)}</h2>{said}<ul class="warn">{items}</ul>'


def _drafts(report: Report) -> str:
    """The drafts per theme: each file and its writer, never its title."""
    name = _namer(report)
    items = "".join(
        f"<li><strong>{name(r.slug)}</strong>: "
        + ", ".join(
            f"<code>{escape(path)}</code> ({written(author)})" for path, author in drafts_of(r)
        )  # fmt: skip
        + "</li>"
        for r in report.rows
        if r.drafts
    )
    if not items:
        return ""
    return f'<h2 id="drafts">{escape(DRAFTS_TITLE)}</h2><p>{escape(DRAFTS_HOW)}</p><ul>{items}</ul>'


def _consent(report: Report) -> str:
    """The stories whose consent ends soon, soonest first: date, story, who to ask."""
    if not report.consent_ending:
        return ""
    rows = "".join(
        f'<tr><th scope="row">{escape(c.until)}<br>{escape(_days(c))}</th>'
        f"<td>{written(c.title, c.lang)}<br>"
        f"<code>{escape(c.path)}</code></td><td>{written(c.author)}</td></tr>"
        for c in report.consent_ending
    )
    return (
        f'<h2 id="consent">{escape(CONSENT_TITLE)}</h2><p>{escape(CONSENT_HOW)}</p>'
        '<div class="table" role="region" aria-labelledby="consent" tabindex="0">'
        '<table><thead><tr><th scope="col">Last day</th><th scope="col">Story</th>'
        f'<th scope="col">Ask</th></tr></thead><tbody>{rows}</tbody></table></div>'
    )
