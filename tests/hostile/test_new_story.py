"""`podium new` given hostile answers: one line each, and nothing written."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from podium_cli.cli import main
from podium_testkit import copy_site, snapshot

FLAGS = ["--name", "Piet Jansen", "--role", "Tester", "--team", "support", "--lang", "nl",
         "--title", "Een dag op het dak", "--consent-given", "2026-04-01", "--social"]  # fmt: skip
ONE_LINE = "is one line: write it without a line break"


@pytest.mark.parametrize(
    ("flag", "value"),
    [
        ("--role", "Tester\n---\nstatus: published"),
        ("--name", "Piet\n---\nJansen"),
        ("--title", "Een dag\n---\nop het dak"),
        ("--role", "Tester\u2028monteur"),
        ("--interviewer", "Kees\n---\nHart"),
    ],
)
def test_a_flag_with_a_line_break_is_refused_in_one_line(tmp_path, monkeypatch, flag, value):
    """--role $'Tester\\n---\\nstatus: published' was written as a quoted value
    with an indented "  ---" line, which ends the front matter where the
    command read its file back: it ended in "podium: error: ScannerError:
    while scanning a quoted scalar", the last resort of a bug."""
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    before = snapshot(site / "content")
    args = list(FLAGS)
    if flag in args:
        args[args.index(flag) + 1] = value
    else:
        args += [flag, value]
    result = CliRunner().invoke(main, ["new", "interview", *args], input="")
    assert result.exit_code == 2, result.output
    (line,) = result.output.splitlines()
    assert line.startswith(f"podium: error: Invalid value for {flag}: {ONE_LINE} (see "), line
    assert snapshot(site / "content") == before


def test_an_answer_with_a_line_break_is_asked_again(tmp_path, monkeypatch):
    site = copy_site(tmp_path)
    monkeypatch.chdir(site)
    args = [a for a in FLAGS if a not in ("--role", "Tester")]
    result = CliRunner().invoke(main, ["new", "column", *args], input="Tester\u2028x\nTester\n")
    assert result.exit_code == 0, result.output
    assert "is één regel: schrijf het zonder regeleinde" in result.output
    assert "role: Tester\n" in (site / "content/columns/een-dag-op-het-dak.md").read_text("utf-8")
