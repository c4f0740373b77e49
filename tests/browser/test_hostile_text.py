"""Hostile text in every field of a hub, judged by a real browser.

A copy of the test site whose every text field that reaches a page holds
payloads (a story's fields, footnotes, link titles and alt text, a theme, a
hand-written vacancy and a Greenhouse post, the alumni story, SITENAME,
PODIUM_BRAND and the teams' names) is built, served with the headers its own
``_headers`` gives each path, and every page of it is opened in Chromium,
the search page with a word that finds the payload story. Any dialog, any
page error or any call of the trapped ``alert``/``eval`` fails the test: the
browser, not a reading of the output, says whether text ran as script.
Payloads a validator refuses (a tag in a plain-text field, a control
character) are checked to be refused in one line, and the rest put through.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

import pytest
from PIL import Image
from playwright.sync_api import expect

from browser.conftest import _Quiet, serve
from browser.test_report_page import _html_report
from podium_cli.build import build
from podium_testkit import copy_site, run_podium

# -- payloads -------------------------------------------------------------------

WORD = "Zqxgevaar"  # a word of the payload story's title, for the search
# Text every plain-text field takes: it breaks out of a double- or a
# single-quoted attribute (autofocus: onfocus runs without a user), a
# template, a CDATA section and a comment, and holds escaped markup that an
# unescape too many turns into a tag.
ATTR = "\" autofocus tabindex=1 onfocus=alert(1) x=\"' autofocus tabindex=1 onfocus=alert(2) x='"
SOFT = f"{ATTR} {{{{7*7}}}} {{% raw %}} ]]> --> &lt;img src=x onerror=alert(3)&gt; \\u003c/script"
# Where a URL goes, and an escaped closing tag a JSON or JS string unescapes.
URLISH = "javascript:alert(4) &#60;/script&#62;"
# Markup: refused in plain-text fields, sanitised in Markdown.
TAGS = (
    '<img src=x onerror=alert(5)> "><svg onload=alert(6)> '
    "</script><script>alert(7)</script> </style><script>alert(8)</script>"
)
# A field of many lines holds these; a one-line field refuses them.
SEPARATORS = "a\u2028b\u2029c"
LONG_WORD = "w" * 5000


def q(text: str) -> str:
    """``text`` as a YAML scalar (JSON is YAML): quotes and escapes kept."""
    return json.dumps(text, ensure_ascii=False)


# In a story's text an image must be a file of content/ ("src=x" is refused).
BODY_TAGS = TAGS.replace("src=x", "src={static}/images/gevaar.jpg alt=zon")
STORY = f"""---
title: {q(f"{WORD} {SOFT}")}
date: 2026-04-11
author: {q("Ab " + ATTR)}
role: {q("Rol " + ATTR + " ]]> --> {{7*7}}")}
team: engineering
location: {q("Stad " + ATTR + " &lt;b&gt;")}
interviewer: {q("Vrager " + ATTR + " {% raw %}")}
summary: {q(f"Samenvatting {SOFT} {URLISH} {SEPARATORS}")}
quote: {q(f"Citaat {SOFT} {SEPARATORS}")}
share_prompts: [{q(f"Deel {SOFT} {URLISH}")}]
photo: images/gevaar.jpg
themes: [tech, gevaar]
vacancies: ["501", "77"]
consent: {{given: 2026-04-01}}
---

Ik werk met data en dashboards bij ons bedrijf, en ik vertel er graag over aan iedereen.

Zqxcode `<img src=x onerror=alert(17)>` en &lt;img src=x onerror=alert(18)&gt; als tekst.

## Vraag {SOFT} over het werk

Antwoord {BODY_TAGS} met [een link](https://example.com/ "titel {SOFT}")
en [nog een](javascript:alert(9))
en ![foto {ATTR} {{{{7*7}}}}]({{static}}/images/gevaar.jpg "titel {SOFT}")
en een voetnoot[^1].

<a href="JaVaScRiPt:alert(10)" title="{SOFT}">klik</a> {URLISH} {SEPARATORS} {SOFT}

## Waarom werk je hier?

{LONG_WORD}

[^1]: Voetnoot {SOFT} {BODY_TAGS}
"""

THEME = f"""  - slug: gevaar
    name: {{nl: {q("Thema " + SOFT)}, en: {q("Theme " + SOFT)}}}
    description: {{nl: {q(f"Beschrijving {SOFT} {URLISH}")}, en: {q(f"About {SOFT} {URLISH}")}}}
    color: "#8a2be2"
    keywords:
      nl: [{q("gevaar" + ATTR)}, {q("gevaar{{7*7}}")}, "gevaar]]>", "gevaar-->"]
      en: [{q("danger" + ATTR)}, {q("danger{{7*7}}")}, "danger]]>", "danger-->"]
"""

DESCRIPTION = (
    f"Je werkt met data. {SOFT} {URLISH}\n\n{TAGS}\n\n"
    f'<a href="javascript:alert(12)">solliciteer</a> {SEPARATORS}\n'
)
VACANCY = f"""id: "666"
title: {q("Vacature " + SOFT)}
team: engineering
location: {{city: {q("Utrecht " + ATTR)}, country: NL}}
employment_type: FULL_TIME
date_posted: 2026-05-01
apply_url: https://example.com/apply/666?a=%22onfocus=alert(11)//
salary: {{min: 4200, max: 5600, currency: EUR, unit: MONTH}}
themes: [gevaar]
lang: nl
description: {q(DESCRIPTION)}
"""

# A Greenhouse job board's post, normalised by the pull's own code.
GREENHOUSE = {
    "id": 77,
    "title": "Monteur " + SOFT,
    "absolute_url": 'https://boards.greenhouse.io/x/jobs/77?q="><script>alert(13)</script>',
    "location": {"name": "Utrecht"},
    "departments": [{"name": "Afdeling " + SOFT}],
    "first_published": "2026-05-03T09:00:00Z",
    "language": "nl",
    # Greenhouse sends its HTML escaped, and the pull unescapes it once.
    "content": (
        "&lt;p&gt;Je installeert warmtepompen. " + SOFT.replace("&", "&amp;") + "&lt;/p&gt;"
        "&lt;script&gt;alert(14)&lt;/script&gt;&lt;img src=x onerror=alert(15)&gt;"
        "&amp;lt;script&amp;gt;alert(16)&amp;lt;/script&amp;gt;"
    ),
}

SETTINGS = f"""
SITENAME = {q("Werken bij " + ATTR + " " + TAGS)}
PODIUM_BRAND = {{"color": "#0b5d4b", "accent": "#f2b134",
    "tagline": {{"nl": {q("Slogan " + SOFT + " " + TAGS)}, "en": {q("Tagline " + SOFT)}}}}}
PODIUM_TEAMS = {{"engineering": {{"nl": {q("Techniek " + ATTR)}, "en": {q("Engineering " + TAGS)}}},
    "support": "Support"}}
PODIUM_REDIRECTS_FILE = "netlify"
PODIUM_FEEDS = [{{"name": "gh", "kind": "greenhouse",
    "url": "https://boards-api.greenhouse.io/v1/boards/x/jobs?content=true"}}]
"""


def _greenhouse_snapshot(content: Path) -> None:
    from podium_vacancies import snapshot
    from podium_vacancies.ats import greenhouse
    from podium_vacancies.feeds import FeedConfig

    feed = FeedConfig(
        name="gh", kind="greenhouse", url="https://boards-api.greenhouse.io/v1/boards/x/jobs",
        default_country="NL", languages=("nl", "en"),
    )  # fmt: skip
    warnings: list[str] = []
    posts = greenhouse.normalise(json.dumps({"jobs": [GREENHOUSE]}).encode(), feed, warnings)
    assert len(posts) == 1, warnings
    records = [snapshot.to_record(v) for v in posts]
    fetched = dt.datetime(2026, 5, 4, 5, 0, tzinfo=dt.UTC)
    feeds = content / "vacancies" / "feeds"
    feeds.mkdir(parents=True, exist_ok=True)
    (feeds / "gh.json").write_text(
        snapshot.dumps(snapshot.document(feed, records, fetched)), "utf-8"
    )


def hostile_hub(dest: Path) -> Path:
    """A copy of the test site with payloads in every text field that reaches a page."""
    site = copy_site(dest)
    content = site / "content"
    (content / "images").mkdir(exist_ok=True)
    Image.new("RGB", (480, 480), (30, 90, 120)).save(content / "images" / "gevaar.jpg")
    (content / "interviews" / "gevaar.md").write_text(STORY, "utf-8")
    themes = content / "themes.yml"
    themes.write_text(themes.read_text("utf-8") + THEME, "utf-8")
    (content / "vacancies" / "gevaar.yml").write_text(VACANCY, "utf-8")
    _greenhouse_snapshot(content)
    alumni = content / "columns" / "gina-alumni.md"
    text = alumni.read_text("utf-8")
    text = text.replace("title: Mijn jaren bij het bedrijf", f"title: {q('Alumni ' + SOFT)}")
    text = text.replace("role: Ontwerper", f"role: {q('Ontwerper ' + ATTR)}")
    alumni.write_text(text, "utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + SETTINGS, "utf-8")
    return site


# -- refusals ---------------------------------------------------------------------

# (file, what replaces what in the payload story or vacancy, the refusal's fragment)
REFUSED = [
    ("title", f"title: {q(WORD + ' ' + SOFT)}", f"title: {q('Titel ' + TAGS)}",
     'field "title" must be plain text without HTML tags (found "<img")'),
    ("author", f"author: {q('Ab ' + ATTR)}", "author: " + q('Ab "><svg onload=alert(1)>'),
     'field "author" must be plain text without HTML tags (found "<svg")'),
    ("role-style", "role: ", f"role: {q('</style>')}\nx: ",
     'field "role" must be plain text without HTML tags (found "</style")'),
    ("summary-nul", "summary: ", 'summary: "nul \\0 hier"\nx: ',
     'field "summary" contains the control character U+0000'),
    ("quote-bidi", "quote: ", 'quote: "gnirts \\u202e"\nx: ',
     'field "quote" contains the invisible bidirectional control character U+202E'),
    ("location-bell", "location: ", 'location: "bel \\a"\nx: ',
     'field "location" contains the control character U+0007'),
    ("title-separator", f"title: {q(WORD + ' ' + SOFT)}", f"title: {q('Titel ' + SEPARATORS)}",
     'field "title" holds a line break (U+2028)'),
    ("title-long-word", f"title: {q(WORD + ' ' + SOFT)}", f"title: {LONG_WORD}",
     'field "title" is 5000 characters; at most 300 allowed'),
    ("share-prompt", "share_prompts: [", f"share_prompts: [{q(TAGS)}, ",
     "share_prompts"),
]  # fmt: skip
REFUSED_VACANCY = [
    ("apply-url", "apply_url: https://example.com/apply/666?", "apply_url: javascript:alert(1)#",
     'field "apply_url"'),
    ("vacancy-title", f"title: {q('Vacature ' + SOFT)}", f"title: {q('Vacature ' + TAGS)}",
     'field "title" must be plain text without HTML tags'),
]  # fmt: skip


def test_payloads_a_validator_refuses_are_one_line_each(tmp_path):
    site = hostile_hub(tmp_path)
    expected = []
    for name, old, new, fragment in REFUSED:
        assert old in STORY, name
        path = f"content/interviews/{name}.md"
        (site / path).write_text(STORY.replace(old, new, 1), "utf-8")
        expected.append((path, fragment))
    for name, old, new, fragment in REFUSED_VACANCY:
        assert old in VACANCY, name
        path = f"content/vacancies/{name}.yml"
        (site / path).write_text(
            VACANCY.replace(old, new, 1).replace('"666"', f'"{name}"'), "utf-8"
        )
        expected.append((path, fragment))
    result = run_podium(site, "check")
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "Traceback" not in out, out
    lines = out.splitlines()
    for path, fragment in expected:
        mine = [line for line in lines if line.startswith(f"{path}:") and ": error: " in line]
        assert any(fragment in line for line in mine), f"{path}: no {fragment!r} in {mine}"


# -- the hub in the browser -------------------------------------------------------

# Set before any script of a page runs, in every frame: a payload that runs
# calls one of these, and the page's own code never does.
TRAP = """
window.__ran = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = (...args) => { window.__ran.push(name + "(" + args.join(",") + ")"); };
}
const realEval = window.eval;
window.eval = function (code) { window.__ran.push("eval(" + code + ")"); return realEval(code); };
const logged = (args) => window.__ran.push("Function(" + args + ")");
window.Function = new Proxy(window.Function, {
  apply(target, self, args) { logged(args); return Reflect.apply(target, self, args); },
  construct(target, args) { logged(args); return Reflect.construct(target, args); },
});
"""


# How the test reads the log; Playwright runs it through the page's eval.
READ = "() => window.__ran || []"


# Elements of a page that would run a payload without a CSP: event handler
# attributes, javascript: links, scripts (not JSON-LD, which is data) that call alert.
LIVE_HANDLERS = """() => [...document.querySelectorAll("*")].filter((e) =>
  [...e.attributes].some((a) => /^on/i.test(a.name))
  || /^\\s*javascript:/i.test(e.getAttribute("href") || "")
  || (e.tagName === "SCRIPT" && !/json/.test(e.type) && /alert\\(/.test(e.textContent))
).map((e) => e.outerHTML.slice(0, 200))"""


def host_rules(output: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """The rules of ``output``'s ``_headers``: (pattern, [(header, value), ...])."""
    rules: list[tuple[str, list[tuple[str, str]]]] = []
    for line in (output / "_headers").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line[0].isspace():
            name, _, value = line.strip().partition(":")
            rules[-1][1].append((name.strip(), value.strip()))
        else:
            rules.append((line.strip(), []))
    return rules


def _matches(pattern: str, path: str) -> bool:
    if pattern.endswith("/*"):
        return path.startswith(pattern[:-1])
    return path == pattern


class _AsTheHostSends(_Quiet):
    """The output served with the headers its ``_headers`` gives each path, as
    Netlify and Cloudflare Pages send them (every matching rule's)."""

    rules: list[tuple[str, list[tuple[str, str]]]] = []

    def end_headers(self):
        path = self.path.split("?")[0]
        for pattern, headers in self.rules:
            if _matches(pattern, path):
                for name, value in headers:
                    self.send_header(name, value)
        super().end_headers()


def serve_as_the_host(output: Path):
    """``output`` served as Netlify or Cloudflare Pages serve it; yields the base URL."""
    handler = type("Handler", (_AsTheHostSends,), {"rules": host_rules(output)})
    yield from serve(output, handler)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """(site, output) of the hostile hub, built as `podium build` builds."""
    site = hostile_hub(tmp_path_factory.mktemp("hostile"))
    return site, build(site / "pelicanconf.py", site / "output").output


@pytest.fixture(scope="module")
def hostile_url(hostile):
    yield from serve_as_the_host(hostile[1])


class Ran:
    """Everything on a page that says a payload ran: dialogs, page errors and
    calls of the trapped functions."""

    def __init__(self, page, evals: bool = True):
        self.page = page
        self.evals = evals  # False: the editor's bundle calls eval and Function itself
        self.seen: list[str] = []
        page.add_init_script(TRAP)
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda exc: self.seen.append(f"page error: {exc}"))

    def _dialog(self, dialog):
        self.seen.append(f"dialog {dialog.type}: {dialog.message}")
        dialog.dismiss()

    def after(self, url: str) -> list[str]:
        """What ran on the page at ``url`` (opened, then given a moment)."""
        self.page.goto(url, wait_until="load")
        self.page.wait_for_timeout(50)  # an autofocus fires after the load
        # Only the first autofocus of a page takes the focus, and a handler
        # waiting for a hover or a click runs in no test: none may be there.
        drawn = [f"{url}: drawn {h}" for h in self.page.main_frame.evaluate(LIVE_HANDLERS)]
        return self.so_far(url) + drawn

    def so_far(self, url: str) -> list[str]:
        """What ran on the page open now since it was opened or last asked."""
        trapped = [
            f"{url}: {call}"
            for frame in self.page.frames
            for call in (frame.evaluate(READ) or [])
            if call not in (f"eval({READ})", f"eval({LIVE_HANDLERS})")  # Playwright's own
            and (self.evals or not call.startswith(("eval(", "Function(")))
        ]
        found, self.seen = [f"{url}: {s}" for s in self.seen] + trapped, []
        return found


def test_the_payloads_reach_the_pages(hostile):
    """The oracle sees the payloads: each field's page holds it as text."""
    _site, out = hostile
    story = (out / "stories/gevaar/index.html").read_text("utf-8")
    for field in (WORD, "Ab &#34; autofocus", "Citaat &#34;", 'Voetnoot " autofocus', "Deel &#34;"):
        assert field in story, field
    assert story.count('class="qa__q"') == 2 and "{#pq" not in story  # both questions
    assert "Thema &#34; autofocus" in (out / "themes/gevaar/index.html").read_text("utf-8")
    assert "Vacature &#34; autofocus" in (out / "vacancies/666/index.html").read_text("utf-8")
    assert "Afdeling &#34; autofocus" in (out / "vacancies/77/index.html").read_text("utf-8")
    assert "Werken bij &#34; autofocus" in (out / "index.html").read_text("utf-8")


def test_no_payload_runs_on_any_page_of_the_hub(hostile, hostile_url, new_page):
    _site, out = hostile
    pages = sorted(
        "/" + str(p.relative_to(out)).removesuffix("index.html") for p in out.rglob("*.html")
    )
    assert (
        len(pages) > 40
        and "/stories/gevaar/" in pages
        and "/stories/teruggetrokken-verhaal/" in pages
    )
    page, _watch = new_page()
    ran = Ran(page)
    found = [call for path in pages for call in ran.after(hostile_url + path)]
    assert found == []


def test_the_search_draws_the_payload_story_from_its_index_as_text(hostile_url, new_page):
    """Results are drawn from the index's meta (title) and excerpt, by
    Pagefind's UI for words, by search.js for a filter alone (a link's)."""
    page, _watch = new_page()
    ran = Ran(page)
    page.goto(hostile_url + "/search/")
    page.get_by_role("textbox", name="Zoek in verhalen en vacatures").fill(WORD)
    title = page.locator(".pagefind-ui__result-title", has_text=WORD)
    expect(title).to_have_text(f"{WORD} {SOFT}")
    expect(page.locator(".pagefind-ui__result-excerpt").first).not_to_be_empty()
    page.wait_for_timeout(100)
    found = ran.so_far("search for the payload")
    # An excerpt of text that is markup as written (a code span, a reference).
    field = page.get_by_role("textbox", name="Zoek in verhalen en vacatures")
    field.fill("Zqxcode")
    excerpt = page.locator(".pagefind-ui__result-excerpt", has_text="Zqxcode")
    expect(excerpt).to_contain_text("<img src=x onerror=alert(17)>")
    page.wait_for_timeout(100)
    found += ran.so_far("an excerpt of markup as text")
    # (A filter value holding a quote finds nothing in Pagefind: the team's
    # name, "Techniek " + ATTR, is not the one filtered on.)
    page.goto(hostile_url + "/search/?" + urlencode({"filter": "Thema:Techniek & data"}))
    expect(page.locator("#search-browse .pagefind-ui__result-link", has_text=WORD)).to_have_text(
        f"{WORD} {SOFT}"
    )
    expect(page.locator("#search-browse .search__chosen")).to_have_text("Thema: Techniek & data")
    page.wait_for_timeout(100)
    assert found + ran.so_far("a theme's filter alone") == []


def _json_ld(html: str) -> list[str]:
    return re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)


def _texts(data, key: str = "") -> list[tuple[str, str]]:
    """(key, text) of every string in a JSON document; the key "html" where
    the text is HTML (a JSON Feed item's content_html, a JobPosting's description)."""
    if isinstance(data, dict):
        posting = data.get("@type") == "JobPosting"
        return [
            t
            for k, v in data.items()
            for t in _texts(
                v, "html" if k == "content_html" or (posting and k == "description") else k
            )
        ]
    if isinstance(data, list):
        return [t for v in data for t in _texts(v, key)]
    return [(key, data)] if isinstance(data, str) else []


class _Markup(HTMLParser):
    """The elements and event attributes an HTML fragment holds."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "svg", "iframe", "object", "embed", "style"):
            self.found.append(f"<{tag}>")
        self.found += [f"<{tag} {k}>" for k, _ in attrs if k.startswith("on")]


def _runs(fragment: str) -> list[str]:
    parser = _Markup()
    parser.feed(fragment)
    return parser.found


def test_json_ld_and_feeds_carry_the_payloads_as_text(hostile):
    _site, out = hostile
    pairs: list[tuple[str, str]] = []
    for path in out.rglob("*.html"):
        for block in _json_ld(path.read_text("utf-8")):
            assert not re.search(r"<!--|<script|</script", block, re.I), (path, block[:200])
            pairs += _texts(json.loads(block))
    for path in out.rglob("*.json"):
        if "pagefind" not in path.parts:
            pairs += _texts(json.loads(path.read_text("utf-8")))
    for path in out.rglob("*.xml"):
        for e in ET.parse(path).iter():
            key = "html" if e.get("type") == "html" else e.tag.rpartition("}")[2]
            pairs += [(key, e.text)] if e.text else []
            pairs += [(name, value) for name, value in e.attrib.items()]
    texts = {text for _key, text in pairs}
    for text in (
        f"{WORD} {SOFT}",  # a story's headline, an entry's title
        f"Vacature {SOFT}",  # a JobPosting's title, a vacancy item's
        f"Thema {SOFT}",  # a theme's name, its feed's title
        f"Alumni {SOFT}",
    ):
        assert text in texts, text
    # The Greenhouse post's, less the escaped tag, which the pull takes out.
    assert f"Monteur {ATTR} {{{{7*7}}}} {{% raw %}} ]]> --> \\u003c/script" in texts
    # Where a field is HTML, the payloads' markup is text or gone: no script,
    # no event attribute.
    assert [(k, found, t[:80]) for k, t in pairs if k == "html" and (found := _runs(t))] == []
    assert [t for k, t in pairs if k == "html" and "onfocus=alert(1)" in t], (
        "no HTML field was checked"
    )


def test_the_html_report_of_the_hub_runs_no_payload(hostile, new_page, tmp_path):
    site, _out = hostile
    _html_report(site, tmp_path)
    report = (tmp_path / "index.html").read_text("utf-8")
    assert "Thema &#34; autofocus" in report or "Thema &quot; autofocus" in report
    page, _watch = new_page()
    ran = Ran(page)
    served = serve(tmp_path)
    url = next(served)
    try:
        assert ran.after(url + "/") == []
    finally:
        served.close()


@pytest.fixture(scope="module")
def editor_of_the_hostile_hub(tmp_path_factory):
    from browser.test_cms import _serve_editor

    yield from _serve_editor(hostile_hub(tmp_path_factory.mktemp("hostile-cms")))


def test_the_editors_preview_of_the_payload_story_runs_no_payload(
    editor_of_the_hostile_hub, new_page
):
    """The browser editor (``podium serve --cms``, under the CSP it is served
    with) previews the payload story: its fields and text drawn by admin.js."""
    from browser.test_cms import _log_in

    _site, base, _headers = editor_of_the_hostile_hub
    page, _watch = new_page()
    ran = Ran(page, evals=False)
    _log_in(page, base)
    page.goto(page.url.split("#")[0] + "#/collections/interviews-nl/entries/gevaar")
    preview = page.frame_locator("iframe").last
    preview.locator(".story__title").get_by_text(WORD).wait_for(timeout=30_000)
    preview.get_by_text("Voetnoot").first.wait_for()
    page.wait_for_timeout(200)
    assert ran.so_far("the editor's preview") == []
    # The editor's CSP refuses an inline handler, so one the preview drew
    # would not run here, but would on a page without that CSP: none is drawn.
    # (Chromium also reports the handlers Decap's sanitiser meets as it parses
    # the story in a document of its own: not a finding, so not read.)
    assert [h for frame in page.frames for h in frame.evaluate(LIVE_HANDLERS)] == []


# What a link may put in the address of a page whose script reads it: the
# search's words and filters, the job list's filters.
ADDRESSES = [
    "/search/?" + urlencode({"q": TAGS}),
    "/en/search/?" + urlencode({"q": f"{WORD} {TAGS}"}),
    "/search/?" + urlencode({"filter": f"Thema:{TAGS}"}),
    "/search/?" + urlencode([("filter", f"{TAGS}:{TAGS}"), ("filter", "Soort:Vacature")]),
    "/vacancies/?" + urlencode({"team": TAGS, "location": ATTR, "theme": TAGS}),
    "/404.html?" + urlencode({"q": TAGS}) + "#" + TAGS,
]


def test_what_a_link_puts_in_the_address_runs_no_payload(hostile_url, new_page):
    page, _watch = new_page()
    ran = Ran(page)
    found = []
    for address in ADDRESSES:
        found += ran.after(hostile_url + address)
        page.wait_for_timeout(300)  # the search's answer
        found += ran.so_far(address) + [
            f"{address}: drawn {h}" for h in page.main_frame.evaluate(LIVE_HANDLERS)
        ]
    assert found == []
    # The words went in as words: the search said it found nothing for them.
    page.goto(hostile_url + ADDRESSES[0])
    expect(page.locator(".pagefind-ui__message")).to_contain_text("<img src=x onerror=alert(5)>")
