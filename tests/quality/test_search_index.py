"""Pipeline step 7, index: Pagefind runs with every build, one index per
language, only story and open vacancy bodies, with facet filters."""

from __future__ import annotations

import gzip
import json
import shutil
import sys

import pytest

import podium_index.plugin as index_plugin
from podium.errors import ContentError
from podium_cli.build import MARKER, build
from podium_index import run_pagefind
from podium_testkit import pages_by_language, read_page, snapshot


def fragments(site) -> list[dict]:
    """Pagefind's per-page records: gzip, a signature, then JSON."""
    out = []
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        raw = gzip.decompress(path.read_bytes())
        out.append(json.loads(raw[raw.index(b"{") :]))
    return out


def test_build_writes_one_index_per_language(built_site):
    entry = json.loads((built_site / "pagefind" / "pagefind-entry.json").read_text())
    assert list(entry["languages"]) == ["en", "nl"]  # sorted: byte-stable builds
    # nl: 2 interviews/columns + 1 open vacancy; en: 2 stories + 1 open vacancy.
    assert entry["languages"]["nl"]["page_count"] == 4
    assert entry["languages"]["en"]["page_count"] == 3
    for name in ("pagefind.js", "pagefind-ui.js", "pagefind-ui.css"):
        assert (built_site / "pagefind" / name).is_file()


def test_only_story_and_open_vacancy_bodies_are_indexed(built_site):
    def bodies(url):
        return read_page(built_site, url).html.count("data-pagefind-body")

    for url in ("stories/anna-de-boer/", "en/stories/carla-en-only/", "vacancies/501/",
                "en/vacancies/502/"):  # fmt: skip
        assert bodies(url) == 1, url
    for url in ("", "stories/", "themes/tech/", "vacancies/", "vacancies/503/", "people/",
                "stories/frank-consent-ended/", "search/", "404.html"):  # fmt: skip
        assert bodies(url) == 0, url


def test_facets_theme_kind_team_location(built_site):
    story = read_page(built_site, "stories/anna-de-boer/")
    facets = {(el.attrs["data-pagefind-filter"], el.text.strip())
              for el in story.elements if "data-pagefind-filter" in el.attrs}  # fmt: skip
    # A value escaped once more than the page's text (filter_value): Pagefind
    # reads its references once more than HTML does.
    assert facets >= {("Soort", "Interview"), ("Thema:Techniek &amp; data", "Techniek & data"),
                      ("Team:Techniek", "Techniek"), ("Locatie:Utrecht", "Utrecht")}  # fmt: skip
    job = read_page(built_site, "en/vacancies/502/")
    values = [el.attrs["data-pagefind-filter"] for el in job.elements
              if "data-pagefind-filter" in el.attrs]  # fmt: skip
    assert "Type:Job" in values and any(v.startswith("Theme:") for v in values)
    assert any(v.startswith("Location:") for v in values)
    # What Pagefind indexed for the vacancy: a fact's name and value are two words
    # (the excerpt read "LocatieUtrecht"), and the location filter has its place.
    (fragment,) = [f for f in fragments(built_site) if f["url"] == "/vacancies/501/"]
    assert "Locatie Utrecht (Nederland)." in fragment["content"], fragment["content"]
    assert fragment["filters"]["Locatie"] == ["Utrecht"]
    # The link back to the listing is navigation: every excerpt began "Vacatures · ".
    assert not fragment["content"].startswith("Vacatures"), fragment["content"][:80]
    # Nor the dot between it and the team: excerpts began "· Techniek. Data engineer".
    assert fragment["content"].startswith("Techniek. Data engineer."), fragment["content"][:80]
    # The apply buttons and the line beside them are the same on every job:
    # indexed, "sollicitatie" found every job, and excerpts read "Solliciteer Je
    # solliciteert via ons sollicitatiesysteem." (the deadline is the job's own).
    assert "sollicitatiesysteem" not in fragment["content"], fragment["content"]
    assert "Solliciteer uiterlijk 31 december 2026." in fragment["content"], fragment["content"]
    assert fragment["content"].count("Solliciteer") == 1, fragment["content"]
    # The same for a story's author card (it read "TeamTechniek. LocatieUtrecht.").
    (fragment,) = [f for f in fragments(built_site) if f["url"] == "/stories/anna-de-boer/"]
    assert "Team Techniek. Locatie Utrecht." in fragment["content"], fragment["content"]
    assert fragment["filters"]["Team"] == ["Techniek"]
    assert fragment["filters"]["Thema"] == ["Techniek & data"]  # as written, as a link names it
    # The author's initials (the portrait of an author without a photo, hidden
    # from screen readers) are no word of the story: "AB" found it.
    assert "AB " not in fragment["content"], fragment["content"]
    # Nor the page's own labels: the excerpt began "Interview. Anna de Boer: van
    # stagiair tot teamlead. 2 maart 2026 · 1 min lezen Anna de Boer.", and
    # "lezen" (or "maart") found every story. The title, the author and then
    # her words; the kind is still a facet.
    assert fragment["content"].startswith(
        "Anna de Boer: van stagiair tot teamlead. Anna de Boer. Teamlead data. Team Techniek."
    ), fragment["content"][:120]
    assert "lezen" not in fragment["content"] and "maart" not in fragment["content"]
    assert fragment["filters"]["Soort"] == ["Interview"]
    # A column's credit only says its author's name again.
    (ben,) = [f for f in fragments(built_site) if f["url"] == "/stories/ben-bakker/"]
    assert "Geschreven door" not in ben["content"] and ben["content"].count("Ben Bakker") == 1
    # A former colleague's badge is a sentence of its own: the excerpt read
    # "Oud-collega Ik heb hier ...", the label running into her first words.
    (gina,) = [f for f in fragments(built_site) if f["url"] == "/stories/gina-alumni/"]
    assert "Ontwerper. Oud-collega. Ik heb hier" in gina["content"], gina["content"]
    assert "inmiddels" not in gina["content"], gina["content"]
    # Share and related-roles blocks are not part of the story's text.
    assert 'class="share" aria-labelledby="share-h" data-pagefind-ignore="all"' in story.html


def test_search_page_per_language_in_nav_not_in_sitemap(built_site):
    for url, lang, label in (("search/", "nl", "Zoeken"), ("en/search/", "en", "Search")):
        page = read_page(built_site, url)
        assert page.one("html").attrs["lang"] == lang
        assert page.meta("robots") == "noindex"
        assert page.one("h1").text == label
        assert "pagefind-ui.js" in page.html and "<noscript>" in page.html
        nav = page.one("a", "site-nav__search")
        assert nav.attrs["href"] == f"/{url}" and nav.attrs.get("aria-current") == "page"
    front = read_page(built_site, "en/")
    assert front.one("a", "site-nav__search").text == "Search"
    assert "/search/" not in (built_site / "sitemap.xml").read_text()


def test_pagefind_bundle_is_byte_stable(built_site, tmp_path, monkeypatch):
    """Two cold builds of the same pages write the same search bundle, byte for byte.
    Pagefind 1.5.2 writes a filter's values, and a language's filters, in the
    order of a Rust hash map, chosen at random for each run: the filter files
    (Team: Techniek, Support or Support, Techniek), their hashed names, the
    .pf_meta files that list them and pagefind-entry.json differed from run to
    run, and every deploy uploaded them anew. Three runs, as two could agree
    by chance."""
    runs = []
    for name in ("a", "b", "c"):
        target = tmp_path / name
        shutil.copytree(built_site, target)
        shutil.rmtree(target / "pagefind")
        run_pagefind(target)
        runs.append(snapshot(target / "pagefind"))
    assert sum(k.startswith("filter/") for k in runs[0]) >= 8
    assert runs[0] == runs[1] == runs[2]
    entries = [json.loads(r["pagefind-entry.json"]) for r in runs]
    assert [list(e["languages"]) for e in entries] == [["en", "nl"], ["en", "nl"], ["en", "nl"]]
    # The search reads the same filters as from Pagefind's own files: each
    # filter's values, each with its pages, in each language.
    target = tmp_path / "pagefind-as-written"
    shutil.copytree(built_site, target)
    shutil.rmtree(target / "pagefind")
    monkeypatch.setattr(index_plugin, "stabilise_bundle", lambda bundle: None)
    run_pagefind(target)
    assert _filters(target) == _filters(tmp_path / "a")
    assert snapshot(target / "pagefind") != runs[0]  # as written, in another order


def _filters(site) -> dict:
    """{(language, filter): {value: pages}} as the bundle's .pf_meta files list them."""
    from podium_index.stable import _read

    bundle = site / "pagefind"
    out = {}
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    for lang, info in entry["languages"].items():
        meta = _read(bundle / f"pagefind.{info['hash']}.pf_meta")
        for name, file in meta[3]:
            index = _read(bundle / "filter" / f"{file}.pf_filter")
            assert index[0] == name
            out[lang, name] = {value: pages for value, pages in index[1]}
    return out


def test_a_failing_pagefind_fails_the_build_with_one_line(site, monkeypatch):
    out = site / "output"
    out.mkdir()
    (out / "keep.txt").write_text("yesterday's site")
    (out / MARKER).write_text("")  # yesterday's site was a Podium build too
    before = snapshot(out)
    boom = "import sys; sys.stderr.write('Error: boom\\n'); sys.exit(3)"
    monkeypatch.setattr(index_plugin, "pagefind_command", lambda: (sys.executable, "-c", boom))
    with pytest.raises(ContentError) as info:
        build(site / "pelicanconf.py", out)
    lines = [issue.format() for issue in info.value.issues]
    assert len(lines) == 1 and "\n" not in lines[0], lines
    assert "search index: Pagefind failed: Error: boom" in lines[0]
    assert snapshot(out) == before  # the previous output stays as it was


def test_each_language_is_indexed_in_its_own_pagefind_run(built_site, tmp_path, monkeypatch):
    """One Pagefind process per language keeps the peak memory at one language's pages."""
    import podium_index.plugin as index_plugin

    target = tmp_path / "site"
    shutil.copytree(built_site, target)
    seen: list[set[str]] = []
    real = index_plugin._pagefind

    def spy(view, out):
        seen.append({p.read_text(encoding="utf-8")[:300].split('lang="')[1][:2]
                     for p in view.rglob("*.html")})  # fmt: skip
        return real(view, out)

    monkeypatch.setattr(index_plugin, "_pagefind", spy)
    run_pagefind(target)
    assert len(seen) >= 2 and all(len(langs) == 1 for langs in seen), seen
    entry = json.loads((target / "pagefind" / "pagefind-entry.json").read_text())
    assert set(entry["languages"]) == set().union(*seen)
    # Every language's index, and its pages, made it into the merged bundle.
    pages = pages_by_language(target)
    for lang, info in entry["languages"].items():
        assert info["page_count"] == sum(
            1 for p in pages[lang] if "data-pagefind-body" in (target / p).read_text("utf-8")
        )
        assert (target / "pagefind" / f"pagefind.{info['hash']}.pf_meta").is_file()
        assert (target / "pagefind" / f"wasm.{info['wasm']}.pagefind").is_file()


def test_pagefind_is_started_as_the_pinned_wheels_binary(monkeypatch):
    """No Python wrapper in between (it cost 0.09 s a run); without the wheel,
    Pagefind's own wrapper looks the binary up. Never npx, never the network."""
    import pagefind_bin

    index_plugin.pagefind_command.cache_clear()
    try:
        assert index_plugin.pagefind_command() == (str(pagefind_bin.get_executable()),)
        monkeypatch.setitem(sys.modules, "pagefind_bin", None)  # not installed
        index_plugin.pagefind_command.cache_clear()
        assert index_plugin.pagefind_command() == (sys.executable, "-m", "pagefind")
    finally:
        index_plugin.pagefind_command.cache_clear()


def test_a_language_without_stories_or_vacancies_indexes_nothing(site):
    """Its own Pagefind run saw no data-pagefind-body and indexed every page whole:
    the English search found the 404 page, listings and a withdrawn story's tombstone."""
    for name in ("interviews/anna-de-boer.en.md", "columns/carla-en-only.en.md"):
        (site / "content" / name).unlink()
    job = site / "content" / "vacancies" / "remote-developer.yml"
    job.write_text(job.read_text().replace("lang: en", "lang: nl"))
    out = build(site / "pelicanconf.py", site / "output").output
    entry = json.loads((out / "pagefind" / "pagefind-entry.json").read_text())
    assert list(entry["languages"]) == ["nl"]
    urls = {f["url"] for f in fragments(out)}
    assert urls == {"/stories/anna-de-boer/", "/stories/ben-bakker/", "/stories/gina-alumni/",
                    "/vacancies/501/", "/vacancies/502/"}  # fmt: skip
    # The English search page says there is nothing to search (search.js shows
    # it), rather than letting Pagefind search the Dutch index.
    notice = read_page(out, "en/search/").one("div", "search__empty")
    assert "hidden" in notice.attrs and "nothing in English to search" in notice.text


def test_a_failing_pagefind_is_one_line_on_the_command_line(site, monkeypatch):
    """The build logged Pagefind's failure, then raised it: `podium build` printed
    it twice, the second time as an error of pelicanconf.py."""
    import subprocess

    boom = "import sys; sys.stderr.write('Error: boom\\n'); sys.exit(3)"
    script = (
        "import sys, podium_index.plugin as p\n"
        f"p.pagefind_command = lambda: (sys.executable, '-c', {boom!r})\n"
        "from podium_cli.cli import main\n"
        "main(['build', '-o', 'output'], prog_name='podium')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=site, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 1
    errors = [ln for ln in done.stderr.splitlines() if ": error: " in ln]
    assert len(errors) == 1, done.stderr
    assert "search index: Pagefind failed: Error: boom" in errors[0]
    assert "Traceback" not in done.stderr


def test_a_storys_theme_names_are_words_of_it_as_a_vacancys_are(built_site):
    """A job seeker types the theme they saw in the menu ("Werk & privé",
    "Iedereen welkom"): a vacancy's theme chips were indexed, a story's were
    not (its whole themes section was data-pagefind-ignore), so the search
    found the theme's vacancies and only those of its stories that happen to
    use the words. The section's heading stays out: it is no word of the story."""
    checked = 0
    for fragment in fragments(built_site):
        themes = fragment["filters"].get("Thema", []) + fragment["filters"].get("Theme", [])
        for name in themes:
            assert name in fragment["content"], (fragment["url"], name, fragment["content"])
            checked += 1
        assert "Thema's in dit verhaal" not in fragment["content"], fragment["url"]
        assert "Themes in this story" not in fragment["content"], fragment["url"]
    assert checked >= 4


def test_words_the_page_repeats_from_the_text_are_indexed_once(built_site, site):
    """A summary or pull quote taken from the story's own text (none written) is the
    same words again: indexed, "Rust is ook werk" counted three times in Ben's
    ranking. A summary the writer wrote is words of its own and stays indexed."""
    ben = next(f for f in fragments(built_site) if f["url"] == "/stories/ben-bakker/")
    assert ben["content"].count("Rust is ook werk") == 1, ben["content"]
    story = site / "content" / "columns" / "ben-bakker.md"
    written = "summary: Een eigen samenvatting over koffiepauzes\n"
    story.write_text(story.read_text("utf-8").replace("---\n", "---\n" + written, 1), "utf-8")
    out = build(site / "pelicanconf.py", site / "output").output
    ben = next(f for f in fragments(out) if f["url"] == "/stories/ben-bakker/")
    assert "Een eigen samenvatting over koffiepauzes" in ben["content"]


def test_the_alumni_note_is_not_indexed(built_site):
    """ "Werkt inmiddels niet meer bij ons." stands on every former colleague's
    story: indexed, a search for "inmiddels" found them all. "Oud-collega" is
    the story's own fact and stays searchable."""
    page = read_page(built_site, "stories/gina-alumni/")
    assert "Werkt inmiddels niet meer bij ons." in page.html  # still shown
    (fragment,) = [f for f in fragments(built_site) if f["url"] == "/stories/gina-alumni/"]
    assert "inmiddels" not in fragment["content"], fragment["content"]
    assert "Oud-collega" in fragment["content"], fragment["content"]


def test_a_themes_keyword_inside_a_compound_of_the_text_is_searched(site):
    """Pagefind finds a word by its start, and Dutch writes compounds as one
    word: "software" did not find a story of "softwareontwikkeling", nor
    "flexibel" one of "flexibele" ... "werktijdenflexibiliteit". The themes'
    keywords found inside the text's compounds are searched now, as the
    parts of a title are (metadata: never in an excerpt)."""
    story = site / "content" / "columns" / "ben-bakker.md"
    text = "\n\nIk hou van softwareontwikkeling en dashboardbouwers, niet van pizzabezorging.\n"
    story.write_text(story.read_text("utf-8") + text, "utf-8")
    out = build(site / "pelicanconf.py", site / "output").output
    ben = next(f for f in fragments(out) if f["url"] == "/stories/ben-bakker/")
    parts = ben["meta"].get("parts", "").split()
    assert "software" in parts and "dashboard" in parts, ben["meta"]
    # Only keywords, and only inside compounds: "vrijdag" stands as a word of its own.
    assert not {"pizza", "bezorging", "vrijdag", "rust"} & set(parts), parts
    # An English story is not split (English writes its compounds apart).
    anna = next(f for f in fragments(out) if f["url"] == "/en/stories/anna-de-boer/")
    assert "software" not in anna["meta"].get("parts", "").split(), anna["meta"]


def test_a_tables_header_cells_are_sentences_of_their_own_in_an_excerpt(site):
    """Pagefind ends a sentence at a <td> but not at a <th>: the excerpt of a story
    or a job with a Markdown table read "Dag Uren maandag. acht.", the header
    running into the first row."""
    table = "\n\n| Dag | Uren |\n| --- | --- |\n| maandag | acht |\n| dinsdag | zes |\n"
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text("utf-8") + table, "utf-8")
    job = site / "content" / "vacancies" / "remote-developer.yml"
    text = job.read_text("utf-8")
    rows = "\n  | Day | Hours |\n  | --- | --- |\n  | Monday | eight |\n"
    job.write_text(text.replace("in the Netherlands.\n", "in the Netherlands.\n" + rows, 1))
    out = build(site / "pelicanconf.py", site / "output").output
    ben = next(f for f in fragments(out) if f["url"] == "/stories/ben-bakker/")
    assert "Dag. Uren. maandag. acht. dinsdag. zes." in ben["content"], ben["content"]
    dev = next(f for f in fragments(out) if f["url"] == "/en/vacancies/502/")
    assert "Day. Hours. Monday. eight." in dev["content"], dev["content"]
    # The page shows the same header cells.
    cells = read_page(out, "stories/ben-bakker/").all("th")
    assert [el.text.strip() for el in cells] == ["Dag", "Uren"]


def test_each_definition_of_a_definition_list_ends_a_sentence_in_an_excerpt(site):
    """Pagefind ends a sentence at none of <dt>, <dd> nor <dl>: the excerpt of a
    story with a definition list read "Werktijd Van negen tot vijf Pauze Een uur
    Na de lijst.", every term running into the next and the list into the text
    after it. A loose list's definitions (paragraphs) were sentences already."""
    terms = "\n\nWerktijd\n:   Van negen tot vijf\n\nPauze\n:   Een *heel* uur\n\nNa de lijst.\n"
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text("utf-8") + terms, "utf-8")
    out = build(site / "pelicanconf.py", site / "output").output
    ben = next(f for f in fragments(out) if f["url"] == "/stories/ben-bakker/")
    assert "Werktijd Van negen tot vijf. Pauze Een heel uur. Na de lijst." in ben["content"], ben[
        "content"
    ]
    page = read_page(out, "stories/ben-bakker/")
    shown = [el.text.strip() for el in page.all("dd")]
    assert shown[-2:] == ["Van negen tot vijf", "Een heel uur"], shown


def _ben_with(site, text: str):
    """Ben's column with ``text`` added at its end, built: its search record and page."""
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text("utf-8") + text, "utf-8")
    out = build(site / "pelicanconf.py", site / "output").output
    ben = next(f for f in fragments(out) if f["url"] == "/stories/ben-bakker/")
    return ben, read_page(out, "stories/ben-bakker/")


def test_a_code_block_and_a_figure_or_table_caption_each_end_a_sentence_in_an_excerpt(site):
    """Pagefind ends a sentence at none of <pre>, <figcaption> nor <caption>: the
    excerpt of a story read "Installeer eerst: npm install Mijn eerste week ...",
    "Het team op de hei Daarna ..." and "Werktijden per dag maandag." (a caption
    was not even kept: its words stood loose in the table)."""
    text = (
        "\n\nInstalleer eerst:\n\n```\nnpm install\n```\n\nMijn eerste week.\n\n"
        "<figure><p>Een foto</p><figcaption>Het team op de hei</figcaption></figure>\n\n"
        "Daarna lunch.\n\n"
        "<table><caption>Werktijden per dag</caption><tr><td>maandag</td></tr></table>\n"
    )
    ben, page = _ben_with(site, text)
    assert "Installeer eerst: npm install. Mijn eerste week." in ben["content"], ben["content"]
    assert "Een foto. Het team op de hei. Daarna lunch." in ben["content"], ben["content"]
    assert "Werktijden per dag. maandag." in ben["content"], ben["content"]
    # The page shows the same: the code, the captions where they belong.
    assert [el.text for el in page.all("code")][-1] == "npm install"
    assert [el.text.strip() for el in page.all("figcaption")][-1] == "Het team op de hei"
    assert [el.text.strip() for el in page.all("caption")] == ["Werktijden per dag"]


def test_a_written_pull_quote_does_not_run_into_the_text_in_an_excerpt(site):
    """The pull quote's caption (the author's name) ended no sentence: the excerpt
    read "... koffiepauzes. Ben Bakker Ik werk vier dagen ...", the name a second
    time, glued to the first words. The name is indexed once, from the author card."""
    story = site / "content" / "columns" / "ben-bakker.md"
    quote = "quote: Een eigen citaat over koffiepauzes\n"
    story.write_text(story.read_text("utf-8").replace("---\n", "---\n" + quote, 1), "utf-8")
    out = build(site / "pelicanconf.py", site / "output").output
    ben = next(f for f in fragments(out) if f["url"] == "/stories/ben-bakker/")
    assert "koffiepauzes. Ik werk vier dagen" in ben["content"], ben["content"]
    assert ben["content"].count("Ben Bakker") == 1, ben["content"]
    assert [el.text for el in read_page(out, "stories/ben-bakker/").all("figcaption")] == [
        "Ben Bakker"
    ]


def test_a_table_a_definition_list_and_a_quote_written_in_html_end_their_sentences(site):
    """The header cells and definitions of a Markdown table or list ended their
    sentences in an excerpt (TableHeads, DefinitionEnds), the same written in HTML
    did not, and without line breaks between the tags ran into one word:
    "DagUren maandag.", "WerktijdVan negen tot vijf Na de lijst." ("Dag" and
    "Werktijd" found nothing); a quote without a paragraph ran into the next."""
    text = (
        "\n\n<blockquote>Een citaat zonder alinea<br><cite>Jan Smit</cite></blockquote>\n\n"
        "Na het citaat.\n\n"
        "<table><tr><th>Dag</th><th>Uren</th></tr><tr><td>maandag</td><td>acht</td></tr></table>"
        "\n\n<dl><dt>Werktijd</dt><dd>Van negen tot vijf</dd></dl>\n\nNa de lijst.\n"
    )
    ben, page = _ben_with(site, text)
    assert "Een citaat zonder alinea Jan Smit. Na het citaat." in ben["content"], ben["content"]
    assert "Dag. Uren. maandag. acht." in ben["content"], ben["content"]
    assert "Werktijd Van negen tot vijf. Na de lijst." in ben["content"], ben["content"]
    assert [el.text for el in page.all("th")] == ["Dag", "Uren"]
    assert [el.text for el in page.all("dd")][-1] == "Van negen tot vijf"


def test_a_feeds_table_header_ends_its_sentences_on_the_job_page():
    """An ATS post's description is HTML, and its header cells ran into one word
    in the job's search excerpt ("<th>Dag</th><th>Uren</th>": "DagUren"), as a
    story's written in HTML did; the page holds them as a story's now."""
    from types import SimpleNamespace

    from podium_render.vacancy_pages import VacancyView
    from podium_vacancies.html import sanitise

    raw = "<table><tr><th>Dag</th><th>Uren</th></tr><tr><td>maandag</td></tr></table>"
    vacancy = SimpleNamespace(description_html=sanitise(raw), lang="nl")
    html = VacancyView(vacancy, "vacancies/1/", True).page_html
    assert "<th><div>Dag</div></th><th><div>Uren</div></th>" in html, html


def test_a_disclosure_keeps_its_summary_a_word_apart_on_the_page_and_in_an_excerpt(site):
    """<details> and <summary> were not allowed: dropped, their words ran into one
    ("<details><summary>Meer lezen</summary>De tekst</details>" showed "Meer
    lezenDe tekst" on the page and in search, where "lezen" found nothing). The
    disclosure is kept now, and what it shows after its summary is a sentence."""
    text = "\n\n<details><summary>Meer lezen</summary>De tekst</details>\n\nNa afloop.\n"
    ben, page = _ben_with(site, text)
    assert "Meer lezen De tekst. Na afloop." in ben["content"], ben["content"]
    (summary,) = page.all("summary")
    assert summary.text == "Meer lezen"
    assert "<details><summary>Meer lezen</summary><div>De tekst</div></details>" in page.html


def test_a_footnotes_number_and_way_back_are_not_words_of_an_excerpt(site):
    """A footnote's number and its way back ("↩") are navigation: indexed, the
    excerpt read "Tekst met voetnoot 1 en meer." and "De voetnoot zelf ↩", the
    arrow a word of the story. The note's words stay searchable."""
    text = "\n\nTekst met voetnoot[^1] en meer.\n\n[^1]: De voetnoot zelf\n"
    ben, page = _ben_with(site, text)
    assert "Tekst met voetnoot en meer." in ben["content"], ben["content"]
    assert "De voetnoot zelf" in ben["content"], ben["content"]
    assert "↩" not in ben["content"], ben["content"]
    # The page still links both ways.
    assert [el.text for el in page.all("a") if el.attrs.get("href", "").startswith("#c-fn")] == [
        "1",
        "↩",
    ]


def test_a_task_lists_items_and_a_written_label_are_words_of_an_excerpt(site):
    """Pagefind indexes none of a <label>'s words, and each task item's text
    stood in one with its box (as did the words of a <label> written in HTML):
    "- [ ] Offerte versturen" was found by no search. The box is named by
    aria-label now, and a written label is its words only."""
    text = (
        "\n\n- [ ] Offerte versturen\n- [x] Klant *gebeld*\n\n"
        "<p><label>Een eigen etiket</label></p>\n\nNa de lijst.\n"
    )
    ben, page = _ben_with(site, text)
    assert "Offerte versturen. Klant gebeld. Een eigen etiket. Na de lijst." in ben["content"], ben[
        "content"
    ]
    assert [el.attrs.get("aria-label") for el in page.all("input")] == [
        "Offerte versturen",
        "Klant gebeld",
    ]
    assert "<p>Een eigen etiket</p>" in page.html


def test_words_after_a_block_inside_a_quote_end_their_sentence_in_an_excerpt(site):
    """A quote that starts with a block is not wrapped whole, and words after
    one of its blocks ended no sentence: "<blockquote><blockquote>in</blockquote>
    uit</blockquote>" read "in. uit Na het citaat." in the excerpt."""
    text = (
        "\n\n<blockquote><blockquote>Binnen</blockquote>Buiten</blockquote>\n\n"
        "Na het citaat.\n\n<blockquote><p>Eerst</p>Los<p>Dan</p>Slot</blockquote>\n\nEinde.\n"
    )
    ben, page = _ben_with(site, text)
    assert "Binnen. Buiten. Na het citaat." in ben["content"], ben["content"]
    assert "Eerst. Los. Dan. Slot. Einde." in ben["content"], ben["content"]
    assert "<blockquote><p>Eerst</p><div>Los</div><p>Dan</p><div>Slot</div></blockquote>" in (
        page.html
    )


def test_only_a_language_that_writes_compounds_as_one_word_gets_word_ends(built_site):
    """The ends of a title's long words are there for Dutch compounds
    ("adviseur" finds "Klantadviseur"); an English title's ends are pieces of
    words: "oper" found "Remote software developer", "tware" too."""
    from podium_render.filters import search_parts

    assert 'data-pagefind-meta="parts:' not in read_page(built_site, "en/vacancies/502/").html
    assert search_parts("Software developer", lang="en") == ""
    assert "adviseur" in search_parts("Klantadviseur", lang="nl").split()
    assert "adviseur" in search_parts("Kundenberater", "Klantadviseur", lang="de").split()
    # A Dutch job keeps its parts: "engineer" is a long word of "Data engineer".
    assert 'data-pagefind-meta="parts:ineer neer"' in read_page(built_site, "vacancies/501/").html


def test_words_loose_between_blocks_end_their_sentence_in_an_excerpt(site):
    """Words that stand between blocks in no block of their own ran into the
    next block's: "Boven<hr>Onder" written in a paragraph read "Boven. Onder
    Na de lijn." in the excerpt, and an ATS post's "<h2>Wij bieden</h2>Een
    auto<ul><li>Een laptop</li></ul>" would read "Een auto Een laptop."."""
    from types import SimpleNamespace

    from podium_render.vacancy_pages import VacancyView
    from podium_vacancies.html import sanitise

    ben, page = _ben_with(site, "\n\nBoven<hr>Onder\n\nNa de lijn.\n")
    assert "Boven. Onder. Na de lijn." in ben["content"], ben["content"]
    assert "<hr><div>Onder</div>" in page.html
    raw = "<h2>Wij bieden</h2>Een auto<ul><li>Een laptop</li></ul>"
    vacancy = SimpleNamespace(description_html=sanitise(raw), lang="nl")
    html = VacancyView(vacancy, "vacancies/1/", True).page_html
    assert "<h2>Wij bieden</h2><div>Een auto</div><ul>" in html, html


def test_a_photos_alt_text_is_a_sentence_of_the_excerpt(site):
    """A photo's alt text is what the story says the photo shows (a screen
    reader reads it in its place), and no search found it: "heide" found no
    story whose only words of the heath were a photo's. An image standing on
    its own (a paragraph, a link or a figure of its own) is indexed as a
    sentence; one inside a sentence is not (Pagefind ends the alt text with a
    full stop, which would cut the sentence: "Tekst een ster. gaat door")."""
    from PIL import Image

    photo = site / "content" / "images" / "hei.jpg"
    photo.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (40, 20), (40, 120, 90)).save(photo, "JPEG")
    text = (
        "\n\n![Het team op de heide bij Ede]({static}/images/hei.jpg)\n\nNa de foto.\n\n"
        "[![Ons nieuwe kantoor]({static}/images/hei.jpg)](https://example.org/)\n\n"
        '<figure><img src="{static}/images/hei.jpg" alt="Lunch op het dak">'
        "<figcaption>Elke vrijdag</figcaption></figure>\n\n"
        "Tekst ![een ster]({static}/images/hei.jpg) gaat door.\n\n"
        "![]({static}/images/hei.jpg)\n\nEinde.\n"
    )
    ben, page = _ben_with(site, text)
    content = ben["content"]
    assert "Het team op de heide bij Ede. Na de foto. Ons nieuwe kantoor." in content, content
    assert "Lunch op het dak. Elke vrijdag. Tekst gaat door. Einde." in content, content
    assert "ster" not in content, content
    # The page shows the photos as before, each with its alt text.
    assert [el.attrs.get("alt") for el in page.all("img") if "/media/" in el.attrs["src"]] == [
        "Het team op de heide bij Ede", "Ons nieuwe kantoor", "Lunch op het dak", "een ster", ""
    ]  # fmt: skip


def test_a_list_items_words_before_its_nested_list_end_their_sentence(site):
    """A tight list item's own words ended no sentence before its nested list:
    "- Voordelen" with "- Een auto" under it read "Voordelen Een auto." in the
    excerpt (in a table's cell too: "Thee Groen."), the item running into its
    first sub-item. A task item keeps its box where the bullet stands."""
    text = (
        "\n\n- Voordelen\n    - Een auto\n    - Een laptop\n- Nadelen\n\nNa de lijst.\n\n"
        "<table><tr><td><ul><li>Thee<ul><li>Groen</li></ul></li></ul></td></tr></table>\n\n"
        "- [ ] Taak\n    - Deeltaak\n\nEinde.\n"
    )
    ben, page = _ben_with(site, text)
    content = ben["content"]
    assert "Voordelen. Een auto. Een laptop. Nadelen. Na de lijst." in content, content
    assert "Thee. Groen." in content, content
    assert "Taak. Deeltaak. Einde." in content, content
    # The page shows the same list; the task item's box is its first child's first.
    assert "<li><div>Voordelen</div><ul>" in page.html, page.html
    assert '<li><div><input type="checkbox" disabled aria-label="Taak"> Taak</div>' in page.html
    css = (site / "output" / "theme" / "css" / "podium.css").read_text("utf-8")
    assert "li > :is(p, div):first-child > input:first-child" in css


def test_an_abbreviations_written_expansion_finds_the_story(site):
    """A story that writes <abbr title="Customer Success Manager">CSM</abbr>
    says what CSM stands for (a reader sees it on hover, a screen reader may
    read it), and a search for "Customer Success Manager" found nothing. The
    expansion is searched now, as metadata: the excerpt reads as the page,
    "Onze CSM helpt je." (Pagefind's own data-pagefind-index-attrs put it in
    the sentence, ending it: "Onze Customer Success Manager. CSM helpt je.")."""
    text = (
        '\n\nOnze <abbr title="Customer Success Manager">CSM</abbr> helpt je, de '
        '<abbr title="Customer Success Manager">CSM</abbr> weer.\n\n'
        '<abbr title="Sales, Marketing &amp; Support">SMS</abbr> ook.\n'
    )
    ben, page = _ben_with(site, text)
    assert "Onze CSM helpt je, de CSM weer. SMS ook." in ben["content"], ben["content"]
    assert "Customer" not in ben["content"], ben["content"]
    parts = ben["meta"]["parts"].split()
    assert parts.count("Customer") == 1 and {"Success", "Manager"} <= set(parts), parts
    # Words only: a comma would start another metadata field for Pagefind.
    assert {"Sales", "Marketing", "Support"} <= set(parts) and "," not in ben["meta"]["parts"]
    assert set(ben["meta"]) == {"image", "parts", "title"}, ben["meta"]
    assert page.all("abbr")[0].attrs["title"] == "Customer Success Manager"


def test_a_superscript_or_subscript_is_part_of_the_word_it_stands_against(site):
    """What search sees of <sup> and <sub>, decided: the word a reader reads.
    "H<sub>2</sub>O", "CO<sub>2</sub>" and "20 m<sup>2</sup>" are the words
    H2O, CO2 and m2 (as a browser copies them, and as a reader types them);
    split, "H2O" would find nothing. A number written against a word as a
    footnote ("tekst<sup>3</sup> volgende") is a word with it, as on the page:
    a footnote is written [^3], and Markdown's number is no word of the
    excerpt (test_a_footnotes_number_and_way_back_are_not_words_of_an_excerpt)."""
    text = (
        "\n\nWater is H<sub>2</sub>O, uitstoot is CO<sub>2</sub> en de kamer is "
        "20 m<sup>2</sup> groot.\n\nEen tekst<sup>3</sup> volgende.\n"
    )
    ben, _page = _ben_with(site, text)
    content = ben["content"]
    assert "Water is H2O, uitstoot is CO2 en de kamer is 20 m2 groot." in content, content
    assert "Een tekst3 volgende." in content, content


def test_terms_that_share_a_definition_each_end_a_sentence_in_an_excerpt(site):
    """Two terms over one definition ran into each other in the excerpt:
    "Tweede term" and "Derde term" over ": Gedeelde uitleg" read "Tweede term
    Derde term Gedeelde uitleg.", and "term Derde" was one phrase to search.
    The last term still reads with its definition, as a single one does."""
    text = "\n\nTweede term\nDerde term\n:   Gedeelde uitleg\n\nNa de lijst.\n"
    ben, page = _ben_with(site, text)
    assert "Tweede term. Derde term Gedeelde uitleg. Na de lijst." in ben["content"], ben["content"]
    assert [el.text.strip() for el in page.all("dt")][-2:] == ["Tweede term", "Derde term"]


def test_empty_blocks_leave_no_stray_separator_in_an_excerpt(site):
    """Empty blocks (a <p> after a rule, a blank cell, a paragraph of a no-break
    space) are no sentences: the excerpt has no stray full stop for them."""
    text = (
        "\n\nBoven de lijn.\n\n<hr>\n\n<p></p>\n\n<p>&nbsp;</p>\n\n<p><br></p>\n\n<div></div>\n\n"
        "Onder de lijn.\n\n| Dag | Uren |\n| --- | --- |\n| maandag |  |\n|  | zes |\n\nEinde.\n"
    )
    ben, _page = _ben_with(site, text)
    content = ben["content"]
    assert "Boven de lijn. Onder de lijn. Dag. Uren. maandag. zes. Einde." in content, content
    assert ". ." not in content and ".." not in content, content


def test_terms_written_in_html_that_share_a_definition_each_end_a_sentence(site):
    """The Markdown form of terms over one definition ends each but the last term
    as a sentence; written in HTML they still ran into each other: "<dt>Tweede
    term</dt><dt>Derde term</dt><dd>Gedeelde uitleg</dd>" read "Tweede term
    Derde term Gedeelde uitleg." ("term Derde" a phrase of the story)."""
    text = (
        "\n\n<dl><dt>Tweede term</dt><dt>Derde term</dt><dd>Gedeelde uitleg</dd>"
        "<dt>Vierde</dt>\n<dt><em>Vijfde</em> term</dt><dd>Meer uitleg</dd></dl>\n\nNa de lijst.\n"
    )
    ben, page = _ben_with(site, text)
    content = ben["content"]
    assert "Tweede term. Derde term Gedeelde uitleg." in content, content
    assert "Vierde. Vijfde term Meer uitleg. Na de lijst." in content, content
    assert [el.text.strip() for el in page.all("dt")][-4:] == [
        "Tweede term", "Derde term", "Vierde", "Vijfde term"
    ]  # fmt: skip


def test_words_after_a_block_in_quotes_nested_deeply_end_their_sentence(site):
    """Only the outermost 8 quotes around one another had their loose words
    (after a block inside them) wrapped: ten deep, "<p>Diep</p>Los" read "Diep.
    Los Na het citaat.", "Los" running into the next paragraph."""
    text = "\n\n" + "<blockquote>" * 10 + "<p>Diep</p>Los" + "</blockquote>" * 10
    ben, _page = _ben_with(site, text + "\n\nNa het citaat.\n")
    assert "Diep. Los. Na het citaat." in ben["content"], ben["content"]
