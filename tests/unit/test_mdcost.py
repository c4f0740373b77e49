"""podium.mdcost: Markdown that Python-Markdown reads in quadratic time is found
in one linear pass, and Markdown people write is never taken for it."""

from __future__ import annotations

import signal

import pytest

from podium.mdcost import costly_markdown
from podium_testkit import ROOT


@pytest.mark.parametrize(
    "text",
    [
        "[" * 1_000_000,  # the story size limit: one paragraph of "["
        "<a " * 300_000,
        "x[^1] " * 150_000 + "\n\n[^1]: y",
        ("[[" * 200 + "\n\n") * 2000,  # many paragraphs, each cheap alone
        "***\n" * 250_000,  # one-line blocks one under the other: rules,
        "x\n===\n" * 150_000,  # setext headings,
        "x\n## Kop\n" * 100_000,  # headings between lines,
        "> # Kop\n" * 120_000,  # headings in a quote,
        "".join(f"[^{i}]: noot\n" for i in range(60_000)),  # footnotes
        "[a](\\\\h\\\\p) " * 25_000,  # links with escapes on one line (31 s),
        "\\[" * 100_000,  # escapes alone (55 s)
        "a  \n" * 225_000,  # line breaks (two spaces) in one paragraph: past two minutes
        "a\t\n" * 100_000,  # a tab, which becomes spaces
        "a\\\n" * 100_000,  # a backslash, as the browser editor writes a break
        "~~a~~ " * 100_000,  # struck through (40,000: 3 s)
        "*[HTML]: Hyper Text\n\n" + "HTML " * 180_000,  # an abbreviation's uses (160,000: 17 s)
        "Ja.\n\n" * 20_001,  # short paragraphs, each a block (100,000 took 25 s)
        "> Ja.\n>\n" * 20_001,  # in a quote
        "```\nx\n```\n" * 20_001,  # code blocks
        "".join(f'<b title="{i}">\n\n' for i in range(4_000)),  # HTML left open (10,000: 11 s)
        "<div>\n\n" * 5_000,
        ">" * 1_000_000,  # quotes in quotes, each read again (33 s)
        (">" * 100 + " woord\n") * 10_000,  # 100 deep over 1 MB (10 s)
        "- punt\n" * 20_001,  # list items, each read as a paragraph (100,000: 23 s)
        "| a | b |\n|---|---|\n" + "| x | y |\n" * 10_000,  # table cells
        "[^1]: noot" + " [^1]: zie" * 300,  # referred to in its own note, ":" after each
        "x " + "[^1]: y " * 300 + "\n\n[^1]: noot\n",  # a reference with ":" after it
        "[a](x " * 2_000,  # link addresses never closed, each read to the end (3,333: 19 s)
        "```python\n" * 20_000,  # code fences never closed (37 s at 100 KB)
        "~~~\n" + "~~~~ js\n" * 2_000 + "woord " * 100_000,  # ~~~ opens, ~~~~ js never closes
        "[TOC]\n\n" * 40_000,  # a table of contents at each (35 s)
        "### [TOC]\n\n" * 30_000,  # in headings too
    ],
    ids=[
        "brackets",
        "angles",
        "footnote",
        "many-paragraphs",
        "rules",
        "setext",
        "headings",
        "quoted-headings",
        "footnote-definitions",
        "inline-marks",
        "escapes",
        "line-breaks",
        "line-breaks-tab",
        "line-breaks-backslash",
        "strikethrough",
        "abbreviation-uses",
        "paragraphs",
        "quoted-paragraphs",
        "code-blocks",
        "open-tags",
        "open-divs",
        "deep-quote",
        "deep-quotes",
        "list-items",
        "table-cells",
        "footnote-in-its-note",
        "footnote-colon",
        "open-link-addresses",
        "open-fences",
        "open-fences-below-text",
        "toc-markers",
        "toc-markers-in-headings",
    ],
)
def test_hostile_markdown_is_found(text):
    # Its speed (one linear pass, about 0.1 s on 1 MB) is the module's design,
    # not a timed assertion: timings belong in benchmarks/.
    assert costly_markdown(text) is not None


def test_markdown_people_write_is_never_costly():
    pages = [*ROOT.glob("content/**/*.md"), *ROOT.glob("docs/*.md"), ROOT / "README.md"]
    assert len(pages) > 20
    assert [p.name for p in pages if costly_markdown(p.read_text("utf-8"))] == []
    links = " ".join(f"[titel {i}](https://example.com/{i}) en <b>vet</b>" for i in range(5000))
    assert costly_markdown(links) is None
    assert costly_markdown("\\[" * 20_000) is None  # escaped: the characters themselves
    assert costly_markdown("```\n" + "[" * 100_000 + "\n```\n") is None  # code is set aside
    # Fences closed, however many; one left open at the top of a story of 1 MB.
    assert costly_markdown("```python\nx = 1\n```\n\n" * 15_000) is None
    paragraph = "Een zin van een paar woorden. " * 20 + "\n\n"
    assert costly_markdown(paragraph * 1_500 + "[TOC]\n") is None  # one, anywhere (900 KB)
    assert costly_markdown("Zie [TOC] hier.\n\n" * 15_000) is None  # in a sentence: no marker
    assert costly_markdown("~~~\ncode\n~~~\n\n" * 2 + "```\n" + "woord " * 160_000) is None
    # Taken as one block each, however long: lists, tables, quotes, code, definitions (a list
    # or table of 20,000 items or cells at most: each is read as a paragraph of its own).
    assert costly_markdown("- punt\n" * 10_000) is None
    assert costly_markdown("| a | b |\n|---|---|\n" + "| x | y |\n" * 3_000) is None
    assert costly_markdown("> regel\n" * 100_000) is None
    assert costly_markdown("    code\n" * 100_000) is None
    links = "".join(f"[r{i}]: https://example.com/{i}\n" for i in range(50_000))
    assert costly_markdown(links) is None
    # HTML closed, however much; one wrapper left open; tags closed by the next of their kind.
    assert costly_markdown('<div class="x">\n\n<b>Ja</b>\n\n</div>\n\n' * 6_000) is None
    assert costly_markdown("<div>\n\n" + "Ja.\n\n" * 19_999) is None
    assert (
        costly_markdown("<ul>\n" + "<li>punt\n" * 20_000 + "</ul>\n\n" + "<p>Ja.\n\n" * 10_000)
        is None
    )
    assert costly_markdown("Zo: `<div>` en `<b>`.\n\n" * 10_000) is None  # code is text
    assert costly_markdown("> > > Een citaat in een citaat.\n" * 30_000) is None  # 3 deep, 1 MB
    assert costly_markdown(">" * 20_000 + " x") is None  # read 300 deep at most: 20 KB is fine
    notes = "".join(f"Zo[^{i}]: zie de noot.\n\n[^{i}]: Noot {i}.\n\n" for i in range(1_000))
    assert costly_markdown(notes) is None  # a definition is no reference
    # Addresses closed, with brackets in them too (a Wikipedia page).
    assert costly_markdown("Zie [dit](https://x.example/a_(b)) en (zo). " * 5_000) is None
    assert costly_markdown("Ja.\n\n" * 20_000) is None  # 20,000 blocks: seconds, at most
    # A poem of 2,000 lines with a break at each; an abbreviation used in every sentence.
    assert costly_markdown("Een regel van een gedicht, met een breuk  \n" * 2_000) is None
    uses = "*[AB]: Afkorting\n\n" + ("Een zin met AB en ~~oud~~ nieuw. " * 20 + "\n\n") * 1_000
    assert costly_markdown(uses) is None
    # Headings and rules with a blank line around them, as people write them (6,000 of each
    # are 18,000 blocks; 20,000 of each, 60,000 blocks, took 9 s: too many blocks).
    assert costly_markdown("## Vraag\n\nAntwoord.\n\n***\n\n" * 6_000) is None


def test_quotes_in_quotes_spaced_out_are_read_in_one_pass():
    # "> > > ... woord", each ">" with its space as people type them: 25 deep kept
    # podium check busy 5 s, 30 deep a minute, as the list-item pattern tried every
    # way of sharing the spaces between one ">" and the next (2 ** depth). Far from
    # costly to Python-Markdown (2,000 deep builds in a second): a hang guard, not
    # a timing.
    def stop(*_):
        raise TimeoutError("costly_markdown read 60 spaced quotes for over 5 s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(5)
    try:
        assert costly_markdown("> " * 60 + "woord\n") is None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
