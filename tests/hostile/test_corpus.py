"""Hostile and broken input (issue 8): the build never breaks silently.

For every case of ``corpus.CASES``: ``podium build`` exits with the expected
status, prints exactly the expected ``PATH:LINE: error: MESSAGE`` lines and no
traceback, and a failed build leaves the previous good output/ byte-identical.

The good site is built once per module; each case gets a copy of it (with
its output/ and its .podium-cache/, so accepted cases reuse cached cards).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from podium_cli.cli import main
from podium_testkit import Page, copy_site, snapshot

from .corpus import CASES, FRONT, Case, story

ERROR_LINE = re.compile(r"^(?P<path>[^\s:][^:]*?)(?::(?P<line>\d+))?: error: (?P<message>\S.*)$")


def run_build(site: Path, monkeypatch) -> tuple[int, str]:
    monkeypatch.chdir(site)
    result = CliRunner().invoke(main, ["build", "-q"], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def good_site(tmp_path_factory) -> Path:
    site = copy_site(tmp_path_factory.mktemp("hostile-good"))
    with pytest.MonkeyPatch.context() as mp:
        status, output = run_build(site, mp)
    assert status == 0, output
    return site


def test_corpus_is_large_enough():
    assert len(CASES) >= 30
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_hostile_input(case: Case, good_site: Path, tmp_path: Path, monkeypatch):
    site = tmp_path / "site"
    shutil.copytree(good_site, site, symlinks=True)
    before = snapshot(site / "output")
    for name in case.remove:
        (site / name).unlink()
    for name, content in case.files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if callable(content):
            content(site, path)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")

    status, output = run_build(site, monkeypatch)

    assert "Traceback" not in output, output
    assert "podium: error:" not in output, output  # the CLI's last resort: a bug
    errors = [line for line in output.splitlines() if ": error: " in line]
    for line in errors:
        assert ERROR_LINE.match(line), f"not PATH:LINE: error: MESSAGE: {line!r}"
    assert status == case.status, output
    assert len(errors) == len(case.expect), output
    for fragment in case.expect:
        assert any(fragment in line for line in errors), f"{fragment!r} not in:\n{output}"
    if case.warn:  # said by podium check (build -q prints errors only)
        checked = CliRunner().invoke(main, ["check"], catch_exceptions=False).output
        warnings = [line for line in checked.splitlines() if ": warning: " in line]
    for fragment in case.warn:
        assert any(fragment in line for line in warnings), f"{fragment!r} not in:\n{checked}"
    if case.status == 0:
        if case.check:
            case.check(site / "output")
    else:
        assert snapshot(site / "output") == before
        leftovers = [p.name for p in site.iterdir() if p.name.startswith(".output")]
        assert leftovers == []


def test_a_double_quote_in_front_matter_cannot_add_attributes(good_site, tmp_path, monkeypatch):
    site = tmp_path / "site"
    shutil.copytree(good_site, site, symlinks=True)
    front = FRONT.replace(
        "title: Een verhaal over werk", """title: 'Zeg "hallo" x" data-pwned="1'"""
    )
    (site / "content" / "columns" / "quote.md").write_text(story(front), encoding="utf-8")
    status, output = run_build(site, monkeypatch)
    assert status == 0, output
    page = Page((site / "output" / "stories" / "quote" / "index.html").read_text("utf-8"))
    assert [el.tag for el in page.elements if "data-pwned" in el.attrs] == []
