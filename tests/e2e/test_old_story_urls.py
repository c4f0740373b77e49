"""`podium check --was DIR`: the story and theme URLs a change would leave a bare 404.

The build keeps no record of what it published; the content a pull request
starts from is one. Setting a story back to draft, changing its slug without
an alias, deleting a translation's file or a withdrawn.yml entry: each was
said by nothing until the shared link died.
"""

from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner
from PIL import Image

from podium_cli.cli import main
from podium_testkit import run_podium


@pytest.fixture
def was(site, tmp_path):
    base = tmp_path / "base"
    shutil.copytree(site / "content", base / "content")
    return base / "content"


@pytest.fixture
def check(site, was, monkeypatch):
    monkeypatch.chdir(site)
    monkeypatch.setenv("PODIUM_TODAY", "2026-06-01")

    def _check(*paths: str) -> list[str]:
        result = CliRunner().invoke(main, ["check", "--was", str(was), *paths])
        assert result.exit_code == 0, result.output
        return [line for line in result.output.splitlines() if "bare 404" in line]

    return _check


def _edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, path
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_nothing_changed_nothing_said(check, was, site):
    # The test site has drafts, a scheduled story, one whose consent ended and
    # a withdrawn one: none of them answers less than before.
    assert check() == []
    # Nothing is written beside the base (a CI job's archive of it) for reading it,
    # where a .podium-cache/ of its own was; the hub's cache keeps the hub's parses.
    assert sorted(p.name for p in was.parent.iterdir()) == ["content"]
    parses = sorted((site / ".podium-cache" / "parsed").rglob("*"))
    assert check() == [] and sorted((site / ".podium-cache" / "parsed").rglob("*")) == parses


def test_was_given_as_a_relative_path_compares_the_same_as_an_absolute_one(site, was, check):
    # `podium check --was ../base/content`, as a writer types it beside the
    # project: every story file in it was refused as one that "leaves
    # content/ (through ..)", so the content before the change had no story,
    # and no URL it answered could be lost: a renamed story, a people page
    # moved, said by the absolute path, were said by nothing.
    columns = site / "content" / "columns"
    (columns / "ben-bakker.md").rename(columns / "ben-later.md")
    absolute = check()
    assert absolute and "/stories/ben-bakker/" in absolute[0], absolute
    relative = os.path.relpath(was, site)
    assert relative.startswith(".."), relative
    result = CliRunner().invoke(main, ["check", "--was", relative])
    assert result.exit_code == 0, result.output
    assert [ln for ln in result.output.splitlines() if "bare 404" in ln] == absolute


def test_a_people_address_released_from_withdrawn_yml_names_that_as_the_cause(site, was, check):
    # withdrawn.yml kept /people/ben-bakker/ (people: [ben-bakker]), so Ben
    # Bäkker was /people/ben-bakker-2/. The pull request that removes the line
    # (the same colleague, consent given anew) moves him onto /people/ben-bakker/,
    # and check --was said it was "as the file of another name that made the
    # same slug is gone", advising to keep "a story with its consent ended":
    # no file went. It names the line taken out, and the alias that keeps -2.
    for content in (was, site / "content"):
        _edit(content / "columns" / "ben-bakker.md", "author: Ben Bakker", "author: Ben Bäkker")
    record = (was / "withdrawn.yml").read_text(encoding="utf-8")
    (was / "withdrawn.yml").write_text(record + "    people: [ben-bakker]\n", encoding="utf-8")
    assert check() == [
        "content/columns/ben-bakker.md:4: warning: Ben Bäkker's people page moves to "
        "/people/ben-bakker/, as content/withdrawn.yml no longer keeps that address for a "
        'withdrawn colleague (its "people"), and /people/ben-bakker-2/ (shared already as '
        "this page) is a bare 404: tell Ben Bäkker the address changes, and write "
        "author_aliases: [ben-bakker-2] in their story to keep the old one leading to their page"
    ]
    _edit(
        site / "content" / "columns" / "ben-bakker.md",
        "author: Ben Bäkker",
        "author: Ben Bäkker\nauthor_aliases: [ben-bakker-2]",
    )
    assert check() == []


def test_a_changed_slug_names_the_old_url_and_the_alias_that_keeps_it(site, check):
    interviews = site / "content" / "interviews"
    (interviews / "anna-de-boer.md").rename(interviews / "anna-data.md")
    _edit(interviews / "anna-data.md", "slug: anna-de-boer", "slug: anna-data")
    _edit(interviews / "anna-de-boer.en.md", "slug: anna-de-boer", "slug: anna-data")
    assert check() == [
        "content/interviews/anna-de-boer.en.md:9: warning: the story's URL moves to "
        "/en/stories/anna-data/; /en/stories/anna-de-boer/ (its page, shared already) would be "
        "a bare 404: add aliases: [anna-de-boer] (in one translation is enough) to keep it "
        "leading here",
        # The renamed file: the warning is on the file it became, the one to edit.
        "content/interviews/anna-data.md:10: warning: the story's URL moves to "
        "/stories/anna-data/; /stories/anna-de-boer/ (its page, shared already) would be a "
        "bare 404: add aliases: [anna-de-boer] (in one translation is enough) to keep it "
        "leading here",
    ]
    assert check("content/interviews/anna-data.md") == check()[1:]
    _edit(
        interviews / "anna-data.md", "slug: anna-data", "slug: anna-data\naliases: [anna-de-boer]"
    )
    assert check() == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "date: 2026-04-10",
            "date: 2026-04-10\nstatus: draft",
            "content/columns/ben-bakker.md:4: warning: /stories/ben-bakker/ is published now; "
            "set back to draft, it is a bare 404 for every link shared to it until it is "
            "published again: to take it down for good, `podium withdraw ben-bakker` leaves a "
            "tombstone",
        ),
        (
            "date: 2026-04-10",
            "date: 2026-09-10",
            "content/columns/ben-bakker.md:3: warning: /stories/ben-bakker/ is published now; "
            "dated later, it is a bare 404 for every link shared to it until 2026-09-10: to "
            "take it down for good, `podium withdraw ben-bakker` leaves a tombstone",
        ),
        # Written in New York: 10 September 01:00 in the hub's Europe/Amsterdam,
        # the day it comes back (not "until 2026-09-09", a day it is still gone).
        (
            "date: 2026-04-10",
            "date: 2026-09-09T19:00-04:00",
            "content/columns/ben-bakker.md:3: warning: /stories/ben-bakker/ is published now; "
            "dated later, it is a bare 404 for every link shared to it until 2026-09-10: to "
            "take it down for good, `podium withdraw ben-bakker` leaves a tombstone",
        ),
    ],
)
def test_a_story_set_back_to_draft_or_a_later_date_is_named(site, check, old, new, expected):
    _edit(site / "content/columns/ben-bakker.md", old, new)
    assert check("content/columns/ben-bakker.md") == [expected]


def test_a_deleted_translation_and_withdrawn_entry_are_named(site, check):
    (site / "content/interviews/anna-de-boer.en.md").unlink()
    (site / "content/withdrawn.yml").write_text("withdrawn: []\n", encoding="utf-8")
    assert check() == [
        "content/interviews/anna-de-boer.en.md: warning: with this file gone, "
        "/en/stories/anna-de-boer/ (its page, shared already) is a bare 404: list "
        '"anna-de-boer" in the "aliases" of the story it became, or put the file back and run '
        "`podium withdraw anna-de-boer --lang en` for a tombstone",
        "content/withdrawn.yml: warning: /en/stories/teruggetrokken-verhaal/ and "
        '/stories/teruggetrokken-verhaal/ answer with a tombstone while "teruggetrokken-verhaal" '
        "is recorded here; without it every link shared to them is a bare 404: keep the entry",
    ]


@pytest.mark.parametrize("aliases", ["", "\n    aliases: [balance]"])
def test_a_renamed_theme_without_an_alias_is_named(site, check, aliases):
    """themes.yml's balance renamed work-life: /themes/balance/, the link
    recruiters sent, became a bare 404 without a word when no alias kept it."""
    content = site / "content"
    _edit(content / "themes.yml", "  - slug: balance", f"  - slug: work-life{aliases}")
    for path in content.rglob("*"):
        if path.suffix in (".md", ".yml") and path.name != "themes.yml":
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("balance", "work-life"), encoding="utf-8")
    expected = [
        "content/themes.yml: warning: /themes/balance/ and /en/themes/balance/, the theme's "
        'pages and feeds (the links recruiters send), would be a bare 404: list "balance" '
        'under "aliases" of the theme that takes its place'
    ]
    assert check("content/themes.yml") == ([] if aliases else expected)


def test_a_hand_written_vacancy_whose_url_would_die_is_named(site, check):
    """A closed vacancy keeps its page; a deleted file, or a changed id or
    lang, left the ad people shared a bare 404 without a word."""
    vacancies = site / "content" / "vacancies"
    (vacancies / "data-engineer.yml").unlink()
    _edit(vacancies / "remote-developer.yml", "lang: en", "lang: nl")
    _edit(vacancies / "closed-support.yml", 'id: "503"', 'id: "5030"')
    _edit(site / "content/interviews/anna-de-boer.md", '"503"', '"5030"')
    assert check() == [
        'content/vacancies/remote-developer.yml:8: warning: with "lang" changed, '
        "/en/vacancies/502/ is a bare 404 (a vacancy's URL is made of its id and language): "
        "keep lang: en, or keep this file as it was, closed with a past valid_through, and "
        "write the new vacancy in a file of its own",
        "content/vacancies/data-engineer.yml: warning: with this file gone, /vacancies/501/ "
        "is a bare 404: keep the file, with a past valid_through to close the vacancy (its "
        "page then says it is closed and points to the open roles)",
        'content/vacancies/closed-support.yml:1: warning: with "id" changed, /vacancies/503/ '
        'is a bare 404 (a vacancy\'s URL is made of its id and language): keep id: "503", or '
        "keep this file as it was, closed with a past valid_through, and write the new "
        "vacancy in a file of its own",
    ]


def test_a_was_folder_that_is_not_there_is_one_line(site, monkeypatch):
    monkeypatch.chdir(site)
    result = CliRunner().invoke(main, ["check", "--was", "base/content"])
    assert result.exit_code == 2
    assert result.output.strip() == (
        "base/content: error: --was: no such folder; give the content/ folder before the change"
    )


def test_a_was_that_is_a_file_or_the_project_is_one_line(site, was, monkeypatch):
    # A file was told "no such folder"; the project folder (git archive's
    # base/, not base/content) was read as a content folder with nothing in it,
    # and every URL the change loses passed without a word.
    monkeypatch.chdir(site)
    (site / "content" / "columns" / "ben-bakker.md").unlink()
    give = "give the content/ folder before the change"
    for given, message in (
        ("content/themes.yml", f"is a file, not a folder; {give}"),
        (str(was.parent), f"is the project, not its content/ folder; give {was.as_posix()}"),
    ):  # fmt: skip
        result = CliRunner().invoke(main, ["check", "--was", given])
        assert result.exit_code == 2
        assert result.output.splitlines() == [f"{given}: error: --was: {message}"]


def test_a_corrected_author_name_names_the_people_page_it_moves(site, check):
    # The people page is the link a colleague puts on LinkedIn: a name written
    # anew gives a new slug, and nothing said the old one would die.
    _edit(site / "content" / "columns" / "ben-bakker.md", "author: Ben Bakker", "author: Ben Baker")
    assert check() == [
        'content/columns/ben-bakker.md:4: warning: with the author written "Ben Baker", not '
        '"Ben Bakker", the people page moves to /people/ben-baker/ and /people/ben-bakker/ '
        "(shared already) is a bare 404; no redirect is made from a person's old name unless "
        "they want one (it ties the two names together in public): if the old spelling was "
        "only a typo, or they ask for it, write author_aliases: [ben-bakker]",
    ]


def test_a_corrected_author_name_can_keep_its_people_page_address(site, check):
    # A name corrected ("Ben Bakker" was a typo for "Ben Baker") or changed at
    # the person's wish: the old people page, on LinkedIn and in signatures,
    # was a bare 404 whatever they wanted; a story's `aliases` had no
    # counterpart for a person. `author_aliases` (their choice) keeps it.
    _edit(
        site / "content" / "columns" / "ben-bakker.md",
        "author: Ben Bakker",
        "author: Ben Baker\nauthor_aliases: [Ben Bakker]",
    )
    assert check() == []
    result = CliRunner().invoke(main, ["build", "-o", "out"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    page = (site / "out" / "people" / "ben-bakker" / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=/people/ben-baker/">' in page
    assert '<meta name="robots" content="noindex">' in page
    assert "people/ben-bakker/" not in (site / "out" / "sitemap.xml").read_text(encoding="utf-8")
    # Its own page's slug is a mistake.
    _edit(
        site / "content" / "columns" / "ben-bakker.md",
        "author_aliases: [Ben Bakker]",
        "author_aliases: [ben-baker]",
    )
    result = CliRunner().invoke(main, ["check"])
    assert [ln for ln in result.output.splitlines() if "author_aliases" in ln] == [
        'content/columns/ben-bakker.md:5: error: "ben-baker" in "author_aliases" is the '
        "author's own people page; list only the ones of a former name",
    ], result.output
    # Another person's page stays theirs: the line does nothing, and says so.
    _edit(
        site / "content" / "columns" / "ben-bakker.md",
        "author_aliases: [ben-baker]",
        "author_aliases: [anna-de-boer]",
    )
    result = CliRunner().invoke(main, ["check"])
    assert (
        'content/columns/ben-bakker.md:5: warning: "anna-de-boer" in "author_aliases" is the '
        "people page of Anna de Boer, which stays theirs; remove it here"
    ) in result.output.splitlines(), result.output
    # So is the page of a colleague whose consent ended: a 404, never a
    # redirect to someone else.
    _edit(
        site / "content" / "columns" / "ben-bakker.md",
        "author_aliases: [anna-de-boer]",
        "author_aliases: [frank-verlopen, anna-de-boer]",
    )
    result = CliRunner().invoke(main, ["check"])
    assert "people page of Frank Verlopen, which stays theirs" in result.output, result.output
    shutil.rmtree(site / "out")
    result = CliRunner().invoke(main, ["build", "-o", "out"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    people = site / "out" / "people"
    assert not (people / "frank-verlopen").exists()
    assert "Anna de Boer" in (people / "anna-de-boer" / "index.html").read_text(encoding="utf-8")


def test_a_former_name_outlives_the_consent_of_the_story_that_lists_it(site, was, check):
    # "in one of their stories is enough" (README): Ben Bakker, renamed Ben
    # Baker, lists the old page in his first column; its consent ends, his new
    # column stays published, and so does his page. /people/ben-bakker/, shared
    # already, became a bare 404 without a word: the redirect was taken from
    # the published stories only. A `podium check --was` said nothing either.
    columns = site / "content" / "columns"
    first = columns / "ben-bakker.md"
    text = first.read_text(encoding="utf-8")
    second = text.replace("date: 2026-04-10", "date: 2026-05-20").replace("Waarom", "Hoe")
    (columns / "ben-tweede.md").write_text(
        second.replace("author: Ben Bakker", "author: Ben Baker"), encoding="utf-8"
    )
    first.write_text(
        text.replace(
            "author: Ben Bakker", "author: Ben Baker\nauthor_aliases: [ben-bakker]"
        ).replace("consent: {given: 2026-04-01", "consent: {given: 2026-04-01, until: 2026-05-15"),
        encoding="utf-8",
    )
    assert check() == []
    result = CliRunner().invoke(main, ["build", "-o", "out"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    page = (site / "out" / "people" / "ben-bakker" / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=/people/ben-baker/">' in page
    # With no published story of his left, the page goes, and the redirect with it.
    (columns / "ben-tweede.md").unlink()
    shutil.rmtree(site / "out")
    result = CliRunner().invoke(main, ["build", "-o", "out"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert not (site / "out" / "people" / "ben-bakker").exists()
    assert not (site / "out" / "people" / "ben-baker").exists()


def test_a_former_name_listed_in_one_translation_keeps_the_page_in_every_language(site, check):
    # "in one of their stories is enough" (README): the build leads
    # /en/people/anna-de-boer/ to the new page too, yet podium check --was
    # looked for author_aliases in the English stories only and called that
    # page a bare 404, telling to write the line already written.
    interviews = site / "content" / "interviews"
    _edit(
        interviews / "anna-de-boer.md",
        "author: Anna de Boer",
        "author: Anna de Vos\nauthor_aliases: [anna-de-boer]",
    )
    _edit(interviews / "anna-de-boer.en.md", "author: Anna de Boer", "author: Anna de Vos")
    assert check() == []
    result = CliRunner().invoke(main, ["build", "-o", "out"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for prefix in ("", "en/"):
        page = site / "out" / prefix / "people" / "anna-de-boer" / "index.html"
        assert f"url=/{prefix}people/anna-de-vos/" in page.read_text(encoding="utf-8")


def _refused_by_check_and_build(wanted: str, about: str) -> None:
    """``podium check`` says ``wanted`` as its only line about ``about``, and the
    build stops on it in the same words, where it had ended in Pelican's
    FileOverwriteFailedError, naming no story."""
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 1, result.output
    assert [ln for ln in result.output.splitlines() if about in ln] == [wanted]
    result = CliRunner().invoke(main, ["build", "-o", "out"])
    assert result.exit_code == 1, result.output
    assert wanted in result.output.splitlines(), result.output
    assert "FileOverwriteFailedError" not in result.output


def test_the_authors_own_numbered_page_in_author_aliases_is_an_error_not_a_crash(site, check):
    # "Ben Bäkker" after "Ben Bakker" has /people/ben-bakker-2/; listed in his
    # own author_aliases it passed podium check (only "ben-bakker", the plain
    # slug of his name, was known as his own), and the build ended
    # "podium: error: FileOverwriteFailedError", a redirect over his own page.
    columns = site / "content" / "columns"
    text = (columns / "ben-bakker.md").read_text(encoding="utf-8")
    text = text.replace("author: Ben Bakker", "author: Ben Bäkker\nauthor_aliases: [ben-bakker-2]")
    text = text.replace("date: 2026-04-10", "date: 2026-04-20")
    (columns / "ben-baekker.md").write_text(
        text.replace("title: ", "title: Ook "), encoding="utf-8"
    )
    wanted = (
        'content/columns/ben-baekker.md:5: error: "ben-bakker-2" in "author_aliases" is the '
        "author's own people page; list only the ones of a former name"
    )
    _refused_by_check_and_build(wanted, "author_aliases")


def test_a_held_people_address_in_author_aliases_is_said_as_held_by_check_and_build(site, check):
    # withdrawn.yml keeps /people/ben-bakker/ for a withdrawn colleague, so a
    # new Ben Bäkker is /people/ben-bakker-2/. Listing "ben-bakker" in his
    # author_aliases was refused by the read step as "the author's own people
    # page" (it is not: it is held, and the read step does not see
    # withdrawn.yml), by check and build alike. It is the held address, one line
    # that names it and what to do; no redirect is written over it.
    record = site / "content" / "withdrawn.yml"
    record.write_text(record.read_text(encoding="utf-8") + "    people: [ben-bakker]\n")
    _edit(
        site / "content" / "columns" / "ben-bakker.md",
        "author: Ben Bakker",
        "author: Ben Bäkker\nauthor_aliases: [ben-bakker]",
    )
    wanted = (
        'content/columns/ben-bakker.md:5: warning: "ben-bakker" in "author_aliases" is '
        "/people/ben-bakker/, the address content/withdrawn.yml (line 5) keeps for a withdrawn "
        "colleague, not this author's page (/people/ben-bakker-2/), so no redirect is written "
        "there; remove it here, or, if this author is that colleague, with consent given anew, "
        'remove "ben-bakker" from its "people"'
    )
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    assert [ln for ln in result.output.splitlines() if "author_aliases" in ln] == [wanted]
    # The build, as a writer runs it (its warnings on stderr).
    env = {**os.environ, "PODIUM_TODAY": "2026-06-01"}
    built = run_podium(site, "build", "-o", "out", env=env, timeout=300)
    assert built.returncode == 0, built.stderr
    assert [ln for ln in built.stderr.splitlines() if "author_aliases" in ln] == [wanted]
    assert (site / "out" / "people" / "ben-bakker-2" / "index.html").is_file()
    assert not (site / "out" / "people" / "ben-bakker").exists()


def test_one_former_people_page_claimed_by_two_people_is_an_error_not_a_crash(site, check):
    # Two colleagues each listed "jan-oud" in author_aliases: podium check said
    # nothing and the build ended "podium: error: FileOverwriteFailedError:
    # Failed to overwrite .../people/jan-oud/index.html", naming no story.
    _edit(
        site / "content" / "columns" / "ben-bakker.md",
        "author: Ben Bakker",
        "author: Ben Bakker\nauthor_aliases: [jan-oud]",
    )
    _edit(
        site / "content" / "interviews" / "anna-de-boer.md",
        "author: Anna de Boer",
        "author: Anna de Boer\nauthor_aliases: [jan-oud]",
    )
    wanted = (
        'content/interviews/anna-de-boer.md:5: error: "jan-oud" in "author_aliases" is '
        "listed by Ben Bakker too (content/columns/ben-bakker.md); a former people page "
        "leads to one person: keep it in that person's stories only"
    )
    _refused_by_check_and_build(wanted, "jan-oud")


def test_a_people_page_gone_with_its_story_is_not_a_second_warning(site, check):
    # Ben's page goes because his only story is a draft again: the story's
    # warning says so, and a page going with its consent is the point.
    _edit(
        site / "content" / "columns" / "ben-bakker.md",
        "date: 2026-04-10",
        "date: 2026-04-10\nstatus: draft",
    )
    assert not [line for line in check() if "/people/" in line]


def test_a_people_page_moved_by_a_name_alike_that_left_says_why(site, was, check):
    # Ben Bäkker wrote first, so Ben Bakker was /people/ben-bakker-2/; with
    # Bäkker's file deleted Bakker moves onto the plain slug and the "-2"
    # address dies, though Bakker's own name never changed. The plain one,
    # shared as Ben Bäkker's page, shows Ben Bakker: that was not said.
    text = (site / "content" / "columns" / "ben-bakker.md").read_text(encoding="utf-8")
    older = text.replace("author: Ben Bakker", "author: Ben Bäkker").replace(
        "date: 2026-04-10", "date: 2026-04-09"
    )
    (was / "columns" / "ben-baekker.md").write_text(older, encoding="utf-8")
    lines = [line for line in check() if "/people/" in line]
    assert lines == [
        "content/columns/ben-bakker.md:4: warning: Ben Bakker's people page moves to "
        "/people/ben-bakker/, as the file of another name that made the same slug is gone, "
        "and /people/ben-bakker-2/ (shared already) is a bare 404; /people/ben-bakker/, shared "
        "as that other name's page, will show Ben Bakker: a story kept with its consent ended "
        "(consent: {given: ..., until: ...}) still holds its author's slug",
    ]


def test_an_older_story_by_a_name_alike_taking_a_people_page_is_named(site, was, check):
    # An older story brought in by Ben Bäkker (dated before Ben Bakker's first)
    # takes /people/ben-bakker/: every link shared to Ben Bakker's page would
    # show another person, and nothing said so (nothing 404s).
    text = (site / "content" / "columns" / "ben-bakker.md").read_text(encoding="utf-8")
    older = text.replace("author: Ben Bakker", "author: Ben Bäkker").replace(
        "date: 2026-04-10", "date: 2026-04-09"
    )
    (site / "content" / "columns" / "ben-baekker.md").write_text(older, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--was", str(was)])
    assert (
        "content/columns/ben-baekker.md:4: warning: /people/ben-bakker/, shared already as Ben "
        'Bakker\'s people page, would show "Ben Bäkker": this story is dated 2026-04-09, '
        "before Ben Bakker's first (2026-04-10), and the older of two names that make the "
        "same slug keeps it; Ben Bakker's page moves to /people/ben-bakker-2/. Check the "
        "date, or tell them their page's address changes"
    ) in result.output.splitlines()
    # A newer story by the name alike takes "-2" and moves no one: nothing said.
    (site / "content" / "columns" / "ben-baekker.md").write_text(
        older.replace("date: 2026-04-09", "date: 2026-04-11"), encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["check", "--was", str(was)])
    assert "/people/" not in result.output


@pytest.mark.parametrize("how", ["renamed", "lang"])
def test_a_story_moved_to_another_language_is_told_the_alias_that_keeps_its_old_url(
    site, check, how
):
    # ben-bakker.md became English, as a writer does it: the file renamed
    # ben-bakker.en.md, or lang: en written in it. The warning said "no alias
    # can keep it" and offered a tombstone in withdrawn.yml: the story's own
    # old link died for a story still on the hub. An old address written as
    # a path keeps it leading to the story.
    columns = site / "content" / "columns"
    if how == "renamed":
        (columns / "ben-bakker.md").rename(columns / "ben-bakker.en.md")
        line = ""
    else:
        _edit(columns / "ben-bakker.md", "team: support", "team: support\nlang: en")
        line = ":7"
    name = "ben-bakker.en.md" if how == "renamed" else "ben-bakker.md"
    assert check() == [
        f"content/columns/{name}{line}: warning: /stories/ben-bakker/ (its page, shared "
        "already) is a bare 404 once this file is in en, not nl: add aliases: "
        "[/stories/ben-bakker/] (the old address as a path) to keep it leading here"
    ]
    # Done as it says, the old URL answers again (a redirect).
    _edit(columns / name, "team: support", "team: support\naliases: [/stories/ben-bakker/]")
    assert check() == []


def test_an_old_address_dropped_from_aliases_is_named(site, was, check):
    # The story moved to English keeps /stories/ben-bakker/ through its path
    # alias; deleting that alias would leave the old link a bare 404.
    for folder in (site / "content", was):
        columns = folder / "columns"
        (columns / "ben-bakker.md").rename(columns / "ben-bakker.en.md")
        _edit(
            columns / "ben-bakker.en.md",
            "team: support",
            "team: support\naliases: [/stories/ben-bakker/]",
        )
    assert check() == []
    _edit(
        site / "content/columns/ben-bakker.en.md", "aliases: [/stories/ben-bakker/]", "aliases: []"
    )
    assert check() == [
        "content/columns/ben-bakker.en.md:7: warning: /stories/ben-bakker/ redirects to this "
        'story through "aliases"; without "/stories/ben-bakker/" there the link is a bare '
        "404: keep aliases: [/stories/ben-bakker/]"
    ]


def test_a_former_name_of_one_namesake_never_leads_to_the_others_page(site, check):
    # Two colleagues called Ben Baker (support, and engineering) are one
    # person to the hub, which knows them by name. The support one lists his
    # former page, /people/ben-bakker/, in a story whose consent then ended;
    # the build led that address to /people/ben-baker/, which now shows only
    # the engineer's story. The name is ambiguous (namesakes warns of it), so
    # the redirect is not written and podium check says why on the line.
    columns = site / "content" / "columns"
    first = columns / "ben-bakker.md"
    text = first.read_text(encoding="utf-8")
    other = text.replace("date: 2026-04-10", "date: 2026-05-20").replace("Waarom", "Hoe")
    other = other.replace("role: Supportmedewerker", "role: Ontwikkelaar")
    (columns / "ben-tweede.md").write_text(
        other.replace("author: Ben Bakker", "author: Ben Baker").replace(
            "team: support", "team: engineering"
        ),
        encoding="utf-8",
    )
    first.write_text(
        text.replace(
            "author: Ben Bakker", "author: Ben Baker\nauthor_aliases: [ben-bakker]"
        ).replace("consent: {given: 2026-04-01", "consent: {given: 2026-04-01, until: 2026-05-15"),
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check"])
    assert (
        'content/columns/ben-bakker.md:5: warning: "ben-bakker" in "author_aliases" leads '
        "nowhere while this story is taken down: Ben Baker of content/columns/ben-tweede.md, "
        "in another team and role, may be another person, whose page it would lead to; if "
        'they are one, give both stories the same "photo"'
    ) in result.output.splitlines(), result.output
    # The pull request's check does not tell to write the line written already.
    assert check() == []
    result = CliRunner().invoke(main, ["build", "-o", "out"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (site / "out" / "people" / "ben-baker" / "index.html").exists()
    assert not (site / "out" / "people" / "ben-bakker").exists()
    # One person (the same portrait): the redirect is theirs again.
    Image.new("RGB", (400, 400), (40, 90, 120)).save(site / "content" / "ben.jpg", "JPEG")
    for path in (first, columns / "ben-tweede.md"):
        _edit(path, "team:", "photo: ben.jpg\nteam:")
    result = CliRunner().invoke(main, ["build", "-o", "out"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    page = (site / "out" / "people" / "ben-bakker" / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=/people/ben-baker/">' in page


def test_a_former_name_listed_only_in_a_withdrawn_story_is_said_to_be_lost(site, was, check):
    # Ben Bakker's first column lists his old page, /people/ben-oud/, which
    # redirects to his page; withdrawing that column (one of his two) took the
    # redirect with it, while his page stays: podium withdraw and the pull
    # request's podium check --was said nothing of the address going 404.
    for content in (site / "content", was):
        columns = content / "columns"
        text = (columns / "ben-bakker.md").read_text(encoding="utf-8")
        (columns / "ben-twee.md").write_text(
            text.replace("date: 2026-04-10", "date: 2026-04-20").replace("title: ", "title: Ook "),
            encoding="utf-8",
        )
        _edit(
            columns / "ben-bakker.md",
            "author: Ben Bakker",
            "author: Ben Bakker\nauthor_aliases: [ben-oud]",
        )
    assert check() == []
    columns = site / "content" / "columns"
    (columns / "ben-bakker.md").unlink()
    withdrawn = site / "content" / "withdrawn.yml"
    withdrawn.write_text(
        withdrawn.read_text(encoding="utf-8") + "  - slug: ben-bakker\n    langs: [nl]\n",
        encoding="utf-8",
    )
    assert check() == [
        "content/columns/ben-twee.md:4: warning: /people/ben-oud/, the page of a former name "
        "that led to Ben Bakker's, would be a bare 404: no story that is or was public lists "
        "it in author_aliases any more; write author_aliases: [ben-oud] here to keep it"
    ]
    _edit(
        columns / "ben-twee.md",
        "author: Ben Bakker",
        "author: Ben Bakker\nauthor_aliases: [ben-oud]",
    )
    assert check() == []


def test_a_former_names_page_taken_by_a_drafts_author_is_said_to_be_a_bare_404(site, was, check):
    # Ben Bakker lists his former name's page, /people/ben-oud/, which redirects
    # to his. A draft by another Ben Oud comes in: its author holds the slug, so
    # no redirect is written, and with no page of theirs yet the shared link is
    # a bare 404. podium check --was said nothing of it, and the author_aliases
    # line called it "the people page of Ben Oud", as if it led somewhere.
    for content in (site / "content", was):
        _edit(
            content / "columns" / "ben-bakker.md",
            "author: Ben Bakker",
            "author: Ben Bakker\nauthor_aliases: [ben-oud]",
        )
    assert check() == []
    text = (site / "content" / "columns" / "ben-bakker.md").read_text(encoding="utf-8")
    draft = site / "content" / "columns" / "oud.md"
    draft.write_text(
        text.replace("author: Ben Bakker\nauthor_aliases: [ben-oud]", "author: Ben Oud")
        .replace("date: 2026-04-10", "date: 2026-04-10\nstatus: draft")
        .replace("title: ", "title: Oud "),
        encoding="utf-8",
    )
    assert check() == [
        'content/columns/ben-bakker.md:5: warning: "ben-oud" in "author_aliases" is the people '
        "page of Ben Oud, which stays theirs though it is a bare 404 while no story of theirs "
        "is public (content/columns/oud.md: a draft), and no redirect is written over it; "
        "remove it here",
        "content/columns/oud.md:5: warning: /people/ben-oud/, the page of a former name that "
        "led to Ben Bakker's, would be a bare 404: Ben Oud, the author of this story (a "
        "draft), holds the address, as their name makes that slug, and no redirect is written "
        "over it; if this story is Ben Bakker's, write the author as in their other stories, "
        "else tell Ben Bakker that address no longer leads to their page",
    ]
    # Published, the address shows Ben Oud: a link shared as Ben Bakker's
    # former page leads to another person, which is said as well.
    _edit(draft, "status: draft\n", "")
    result = CliRunner().invoke(main, ["check", "--was", str(was)])
    assert (
        "content/columns/oud.md:4: warning: /people/ben-oud/, the page of a former name that "
        "led to Ben Bakker's, would show Ben Oud, whose name makes that slug; if this story is "
        "Ben Bakker's, write the author as in their other stories, else tell Ben Bakker that "
        "address no longer leads to their page"
    ) in result.output.splitlines(), result.output


def test_a_people_page_taken_by_an_older_dated_draft_of_a_name_alike_says_why(site, was, check):
    # A draft by Ben Bäkker dated before Ben Bakker's first story takes the
    # plain slug: Ben Bakker moves to /people/ben-bakker-2/ and his shared
    # /people/ben-bakker/ is a bare 404, then Ben Bäkker's page. check --was
    # said "the file of another name that made the same slug is gone", of a
    # file that is there, and told to keep a story with its consent ended.
    text = (site / "content" / "columns" / "ben-bakker.md").read_text(encoding="utf-8")
    (site / "content" / "columns" / "ben-baekker.md").write_text(
        text.replace("author: Ben Bakker", "author: Ben Bäkker")
        .replace("date: 2026-04-10", "date: 2026-04-01\nstatus: draft")
        .replace("title: ", "title: Ook "),
        encoding="utf-8",
    )
    assert check() == [
        "content/columns/ben-baekker.md:5: warning: Ben Bakker's people page moves to "
        "/people/ben-bakker-2/, and /people/ben-bakker/ (shared already) is a bare 404 until "
        "this story (a draft) is published, and then shows Ben Bäkker: this story by Ben "
        "Bäkker is dated 2026-04-01, before Ben Bakker's first (2026-04-10), and the older of "
        "two names that make the same slug keeps it. Check the date, or tell them their "
        "page's address changes"
    ]
    # Dated after Ben Bakker's first, it takes "-2" and moves no one.
    _edit(site / "content" / "columns" / "ben-baekker.md", "2026-04-01", "2026-04-20")
    assert check() == []


def test_a_corrected_name_whose_page_a_name_alike_takes_names_both_moves(site, was, check):
    # Ben Bakker (2026-04-10) held /people/ben-bakker/ and Ben Bäkker, newer,
    # /people/ben-bakker-2/. Ben Bakker's name corrected to "Ben Baker" moved
    # his page to /people/ben-baker/ without a word to him (the old address did
    # not die: Ben Bäkker moved onto it, so every link shared as Ben Bakker's
    # page shows another person), and Ben Bäkker was told "the file of another
    # name that made the same slug is gone", which no file was.
    text = (site / "content" / "columns" / "ben-bakker.md").read_text(encoding="utf-8")
    newer = text.replace("author: Ben Bakker", "author: Ben Bäkker").replace(
        "date: 2026-04-10", "date: 2026-04-11"
    )
    for folder in (site / "content", was):
        (folder / "columns" / "ben-baekker.md").write_text(newer, encoding="utf-8")
    _edit(site / "content" / "columns" / "ben-bakker.md", "author: Ben Bakker", "author: Ben Baker")
    result = CliRunner().invoke(main, ["check", "--was", str(was)])
    lines = [line for line in result.output.splitlines() if "/people/" in line]
    assert lines == [
        "content/columns/ben-baekker.md:4: warning: Ben Bäkker's people page moves to "
        "/people/ben-bakker/, as Ben Bakker's story (content/columns/ben-bakker.md) writes the "
        'author "Ben Baker" now, and /people/ben-bakker-2/ (shared already) is a bare 404; '
        "/people/ben-bakker/, shared as that other name's page, will show Ben Bäkker: tell "
        "Ben Bäkker the address changes, and write author_aliases: [ben-bakker-2] in their "
        "story to keep the old one leading to their page",
        'content/columns/ben-bakker.md:4: warning: with the author written "Ben Baker", not '
        '"Ben Bakker", the people page moves to /people/ben-baker/, and /people/ben-bakker/ '
        "(shared already) will show Ben Bäkker, whose name makes the same slug: no redirect "
        "can keep it for Ben Baker; if this spelling is right, tell Ben Baker the address "
        "changes",
    ]


def test_a_was_folder_under_another_name_is_one_line_not_wrong_warnings(site, was, monkeypatch):
    # The content before the change unpacked as base/old: every file there is
    # named old/..., none matched its own file in content/, so a story set back
    # to draft was "with this file gone" on old/columns/ben-bakker.md (a path
    # outside the project), and a corrected author name moved the people page
    # without a word: exit 0, the warnings wrong or missing.
    monkeypatch.chdir(site)
    monkeypatch.setenv("PODIUM_TODAY", "2026-06-01")
    old = was.rename(was.parent / "old")
    _edit(site / "content" / "columns" / "ben-bakker.md", "author: Ben Bakker", "author: Ben Baker")
    result = CliRunner().invoke(main, ["check", "--was", str(old)])
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        f'{old}: error: --was: is named "old", not "content" as the project\'s content folder '
        "is, so no file in it would be matched with its own file in content/; give it under "
        f"that name, like {was.as_posix()}"
    ]
