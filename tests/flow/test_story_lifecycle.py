"""One story through the whole editorial flow, as an employee and CI see it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from podium_cli.cli import main
from podium_testkit import run_podium

NAME = "Noor Vermeulen"


@pytest.fixture
def run(site, monkeypatch):
    monkeypatch.chdir(site)

    def _run(*args: str, today: str = "2026-06-01"):
        monkeypatch.setenv("PODIUM_TODAY", today)
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return _run


def everything(output) -> str:
    return "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in output.rglob("*")
        if p.is_file() and p.suffix in {".html", ".xml", ".json", ".txt"}
    )


def test_a_story_from_new_to_withdrawn(run, site):
    # 1. Created with `podium new`.
    made = run(
        "new", "interview", "--name", NAME, "--role", "Planner", "--team", "support",
        "--lang", "nl", "--title", "Plannen met zon", "--interviewer", "Kees",
        "--consent-given", "2026-05-20", "--social",
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    path = site / "content" / "interviews" / "plannen-met-zon.md"

    # 2. A draft: `podium check` passes with a warning annotation while incomplete,
    check = run("check", "--format", "github")
    assert check.exit_code == 0, check.output
    assert "\n::warning file=content/interviews/plannen-met-zon.md,line=" in ("\n" + check.output)
    assert "still contains the prompt" in check.output

    # ... fails once it is set to published with its prompts left in ...
    text = path.read_text(encoding="utf-8").replace("status: draft", "status: published")
    path.write_text(text, encoding="utf-8")
    check = run("check", "--format", "github")
    assert check.exit_code == 1
    assert "\n::error file=content/interviews/plannen-met-zon.md,line=" in ("\n" + check.output)

    # ... then passes once the employee wrote their answers, dated in the future.
    text = text.replace("Vervang deze tekst door je antwoord, in je eigen woorden.", "Ik plan.")
    text = text.replace("date: 2026-06-01", "date: 2026-07-01")
    path.write_text(text, encoding="utf-8")
    assert run("check").exit_code == 0

    # 3. Scheduled: not there before its date, there on its day.
    assert run("build", "-q").exit_code == 0
    assert NAME not in everything(site / "output")
    assert run("build", "-q", today="2026-07-01").exit_code == 0
    assert (site / "output" / "stories" / "plannen-met-zon" / "index.html").is_file()
    assert NAME in everything(site / "output")

    # 4. Drops out when consent ends, leaving a tombstone at its URL.
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "given: 2026-05-20", "given: 2026-05-20\n  until: 2026-08-01"
        ),
        encoding="utf-8",
    )
    assert run("build", "-q", today="2026-08-02").exit_code == 0
    page = site / "output" / "stories" / "plannen-met-zon" / "index.html"
    assert "niet meer beschikbaar" in page.read_text(encoding="utf-8")
    assert NAME not in everything(site / "output")

    # 5. Withdrawn with one command: file gone, slug recorded, no trace of the name.
    path.write_text(path.read_text(encoding="utf-8").replace("  until: 2026-08-01\n", ""), "utf-8")
    assert run("build", "-q", today="2026-08-02").exit_code == 0
    assert NAME in everything(site / "output")
    # On the day of the build that published it (a story still scheduled is
    # withdrawn without a record: it had no URL to keep).
    gone = run("withdraw", "plannen-met-zon", "--yes", today="2026-08-02")
    assert gone.exit_code == 0, gone.output
    assert not path.exists()
    record = (site / "content" / "withdrawn.yml").read_text(encoding="utf-8")
    # No personal data: the slug (and so the URL) comes from the title, not the name.
    assert "plannen-met-zon" in record and "noor" not in record.lower()
    assert run("build", "-q", today="2026-08-02").exit_code == 0
    assert NAME not in everything(site / "output")
    assert "niet meer beschikbaar" in page.read_text(encoding="utf-8")


def _give_anna_a_photo(site) -> Path:
    """Anna de Boer's photo, named by both language versions of her interview."""
    from PIL import Image

    photo = site / "content" / "images" / "people" / "anna.jpg"
    photo.parent.mkdir(parents=True, exist_ok=True)  # git keeps no empty folders
    Image.new("RGB", (300, 300), (1, 2, 3)).save(photo)
    for name in ("anna-de-boer.md", "anna-de-boer.en.md"):
        story = site / "content" / "interviews" / name
        story.write_text(
            story.read_text(encoding="utf-8").replace(
                "team: engineering", "team: engineering\nphoto: images/people/anna.jpg"
            ),
            encoding="utf-8",
        )
    return photo


def test_withdraw_removes_translations_and_photos(run, site):
    photo = _give_anna_a_photo(site)
    result = run("withdraw", "anna-de-boer", "--yes")
    assert result.exit_code == 0, result.output
    assert not (site / "content" / "interviews" / "anna-de-boer.md").exists()
    assert not (site / "content" / "interviews" / "anna-de-boer.en.md").exists()
    assert not photo.exists()
    assert run("build", "-q").exit_code == 0
    output = site / "output"
    assert "Anna de Boer" not in everything(output)
    for url in ("stories/anna-de-boer", "en/stories/anna-de-boer"):
        assert "noindex" in (output / url / "index.html").read_text(encoding="utf-8")


def test_withdraw_warns_of_a_colleagues_story_that_keeps_the_withdrawn_authors_photo(run, site):
    # Ben's column showed Anna's portrait: withdraw kept the file (Ben's story
    # uses it) without a word, it stayed on his page, and nothing could say so
    # later, as withdrawn.yml keeps no names.
    photo = _give_anna_a_photo(site)
    ben = site / "content" / "columns" / "ben-bakker.md"
    ben.write_text(
        ben.read_text(encoding="utf-8") + "\n![Ons team]({static}/images/people/anna.jpg)\n",
        encoding="utf-8",
    )
    line = len(ben.read_text(encoding="utf-8").splitlines())
    result = run("withdraw", "anna-de-boer", "--yes")
    assert result.exit_code == 0, result.output
    assert photo.exists()
    assert (
        f"content/columns/ben-bakker.md:{line}: warning: image images/people/anna.jpg is the "
        'photo of Anna de Boer, whose story "anna-de-boer" is no longer published (it was '
        "withdrawn); show another picture: this one would still be on this story's page and in "
        "its card and feeds"
    ) in result.output.splitlines()


def test_withdraw_into_a_content_folder_it_cannot_write_is_one_line_and_changes_nothing(
    run, site, monkeypatch
):
    # A read-only content/ (chattr +i, a full disk) ended in "podium: error:
    # PermissionError: [Errno 1] ... '.../content/.withdrawn.yml.1plnqxl2'": a
    # temporary file's name and nothing to do.
    from podium_cli import withdraw

    def refused(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    before = {p: p.read_bytes() for p in (site / "content").rglob("*") if p.is_file()}
    monkeypatch.setattr(withdraw.tempfile, "mkstemp", refused)
    result = run("withdraw", "anna-de-boer", "--yes")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[-1] == (
        "content/withdrawn.yml: error: cannot write it (Operation not permitted); nothing was "
        "withdrawn: make content/ writable and run it again"
    ), result.output
    assert {p: p.read_bytes() for p in (site / "content").rglob("*") if p.is_file()} == before


def test_withdraw_of_a_story_named_after_its_author_says_the_address_keeps_the_name(run, site):
    # anna-de-boer.md: the tombstone shows no name, but it answers at
    # /stories/anna-de-boer/ and withdrawn.yml (whose header says "never add
    # names") records the slug: withdraw said nothing of it, so whoever handles
    # the erasure request believed no trace of the name was left.
    result = run("withdraw", "anna-de-boer", "--yes")
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if "anna-de-boer" in line
             and line.startswith("note:")]  # fmt: skip
    assert len(notes) == 1, result.output
    (note,) = notes
    assert "/stories/anna-de-boer/ and /en/stories/anna-de-boer/ give the author's name" in note
    assert "withdrawn.yml" in note and "remove its entry" in note and "404" in note
    # A story whose address names nobody gets no such note.
    (site / "content" / "columns" / "vier-dagen.md").write_text(
        "---\ntitle: Vier dagen\ndate: 2026-04-01\nauthor: Piet Puk\nrole: Monteur\n"
        "consent: {given: 2026-03-01}\n---\n\nIk werk vier dagen.\n",
        encoding="utf-8",
    )
    result = run("withdraw", "vier-dagen", "--yes")
    assert result.exit_code == 0 and "name" not in result.output, result.output


def test_withdraw_s_note_does_not_say_the_people_page_is_a_404_when_a_namesake_takes_it(run, site):
    # The note said the story's URL "answers 404, as their people page does";
    # with a near-namesake ("Anna de Böer", people/anna-de-boer-2/) that page
    # then shows the namesake, as the warning beside the note says.
    (site / "content" / "columns" / "boer-2.md").write_text(
        "---\ntitle: Mijn werk\ndate: 2026-04-01\nauthor: Anna de Böer\nrole: Monteur\n"
        "consent: {given: 2026-03-01}\n---\n\nIk werk hier graag.\n",
        encoding="utf-8",
    )
    result = run("withdraw", "anna-de-boer", "--yes")
    assert result.exit_code == 0, result.output
    (note,) = [line for line in result.output.splitlines() if line.startswith("note: /")]
    assert "people page moves from /people/anna-de-boer-2/" in result.output
    assert "404" in note and "people page" not in note, note


def test_withdraw_names_the_authors_other_stories_it_leaves(run, site):
    # Anna asked to be taken off the hub; withdraw took her interview and said
    # nothing of her column (her name, people page and portrait stayed online)
    # nor of the one scheduled for September, which would come out then.
    columns = site / "content" / "columns"
    for name, date, author in [("een-jaar-later", "2026-05-10", "Anna de Boer"),
                               ("mijn-nieuwe-rol", "2026-09-01", "anna de boer")]:  # fmt: skip
        (columns / f"{name}.md").write_text(
            f"---\ntitle: {name}\ndate: {date}\nauthor: {author}\nrole: Teamlead data\n"
            "consent: {given: 2026-05-01}\n---\n\nEen jaar later leid ik nog steeds het "
            "datateam, en we zijn inmiddels met zijn zessen.\n",
            encoding="utf-8",
        )
    one = run("withdraw", "anna-de-boer", "--lang", "en", "--yes")
    assert one.exit_code == 0, one.output
    assert "wrote more stories" not in one.output  # consent for English ended, no more
    result = run("withdraw", "anna-de-boer", "--yes")
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if "wrote more stories" in ln]
    assert said == [
        "note: Anna de Boer wrote more stories, which this leaves as they are: "
        "content/columns/een-jaar-later.md (published), content/columns/mijn-nieuwe-rol.md "
        "(scheduled for 2026-09-01); if they asked to be taken off the hub altogether, "
        "withdraw those too (podium withdraw een-jaar-later, podium withdraw mijn-nieuwe-rol): "
        "their people page and portrait stay while one is published"
    ], result.output


def test_withdraw_removes_the_pictures_the_story_links_but_not_shared_ones(run, site):
    from PIL import Image

    media = site / "content" / "images" / "media"
    media.mkdir(parents=True, exist_ok=True)
    for name in ("ben-op-kantoor.jpg", "gedeeld.jpg"):
        Image.new("RGB", (60, 40), (9, 9, 9)).save(media / name)
    shared = "\n\n![Team]({static}/images/media/gedeeld.jpg)\n"
    links = "\n\n![Ben]({static}/images/media/ben-op-kantoor.jpg)" + shared
    ben = site / "content" / "columns" / "ben-bakker.md"
    ben.write_text(ben.read_text(encoding="utf-8") + links, encoding="utf-8")
    anna = site / "content" / "interviews" / "anna-de-boer.md"
    anna.write_text(anna.read_text(encoding="utf-8") + shared, encoding="utf-8")
    assert run("check").exit_code == 0
    result = run("withdraw", "ben-bakker", "--yes")
    assert result.exit_code == 0, result.output
    # Its own picture (of the person, maybe) goes with it; the shared one stays.
    assert not (media / "ben-op-kantoor.jpg").exists()
    assert (media / "gedeeld.jpg").is_file()
    assert run("build", "-q").exit_code == 0


def test_withdraw_removes_the_earlier_portraits_in_the_storys_own_photo_folder(run, site):
    # The browser editor uploads a story's photos into images/people/<story>/;
    # a writer who changed the portrait left the first one there, named by no
    # story, and withdraw removed only the one in "photo": the other face of
    # the person stayed in the repository.
    from PIL import Image

    folder = site / "content" / "images" / "people" / "ben-bakker"
    folder.mkdir(parents=True)
    for name in ("eerste.jpg", "tweede.jpg"):
        Image.new("RGB", (300, 300), (9, 9, 9)).save(folder / name)
    ben = site / "content" / "columns" / "ben-bakker.md"
    ben.write_text(
        ben.read_text(encoding="utf-8").replace(
            "team: support", "team: support\nphoto: images/people/ben-bakker/tweede.jpg"
        ),
        encoding="utf-8",
    )
    assert run("check").exit_code == 0
    result = run("withdraw", "ben-bakker", "--yes")
    assert result.exit_code == 0, result.output
    assert "removed content/images/people/ben-bakker/eerste.jpg" in result.output
    assert not folder.exists()
    assert run("build", "-q").exit_code == 0


def test_withdraw_records_automatic_themes_for_the_tombstone(run, site):
    # Ben Bakker's column has no themes of its own; the tagger puts it on
    # "balance". Only explicit themes were recorded, so its tombstone linked none.
    result = run("withdraw", "ben-bakker", "--yes")
    assert result.exit_code == 0, result.output
    record = yaml.safe_load((site / "content" / "withdrawn.yml").read_text(encoding="utf-8"))
    assert record["withdrawn"][-1] == {"slug": "ben-bakker", "langs": ["nl"], "themes": ["balance"]}
    assert run("build", "-q").exit_code == 0
    tombstone = (site / "output" / "stories" / "ben-bakker" / "index.html").read_text("utf-8")
    assert 'href="/themes/balance/"' in tombstone


def _end_bens_consent(site, day: str) -> None:
    """Ben Bakker's column, its consent given until ``day``."""
    ben = site / "content" / "columns" / "ben-bakker.md"
    text = ben.read_text(encoding="utf-8")
    until = f"consent: {{given: 2026-04-01, until: {day}, social: false}}"
    ben.write_text(text.replace("consent: {given: 2026-04-01, social: false}", until), "utf-8")


def test_a_tombstone_for_ended_consent_links_the_automatic_themes_too(run, site):
    # The same column, its consent ended instead of withdrawn: the nightly
    # build's tombstone linked only the themes written in the file (none), so
    # a reader of a shared link was offered no theme to read on in, while the
    # withdrawn story's tombstone linked "balance".
    _end_bens_consent(site, "2026-06-01")
    assert run("build", "-q", today="2026-06-02").exit_code == 0
    tombstone = (site / "output" / "stories" / "ben-bakker" / "index.html").read_text("utf-8")
    assert "niet meer beschikbaar" in tombstone and "Ben Bakker" not in tombstone
    assert 'href="/themes/balance/"' in tombstone


def test_withdraw_declined_says_nothing_was_removed(site, monkeypatch):
    # click's "Aborted!" was glued to the question, in no message's form.
    monkeypatch.chdir(site)
    monkeypatch.setattr("podium_cli.cli._interactive", lambda: True)  # asked at a terminal
    result = CliRunner().invoke(main, ["withdraw", "ben-bakker"], input="n\n")
    assert result.exit_code == 1
    assert "Aborted; nothing was removed." in result.output.splitlines()
    assert "Aborted!" not in result.output
    assert (site / "content" / "columns" / "ben-bakker.md").is_file()


def test_withdraw_at_a_terminal_takes_ctrl_d_for_a_no(site, monkeypatch):
    """At a terminal, Ctrl-D (the end of input) is someone saying no; with no
    terminal no one is asked (tests/cli/test_contract_checks.py)."""
    monkeypatch.chdir(site)
    monkeypatch.setattr("podium_cli.cli._interactive", lambda: True)
    result = CliRunner().invoke(main, ["withdraw", "ben-bakker"], input="")
    assert result.exit_code == 1, result.output
    assert "Aborted; nothing was removed." in result.output.splitlines()
    assert "Aborted!" not in result.output
    assert (site / "content" / "columns" / "ben-bakker.md").is_file()


def test_withdraw_unknown_slug_is_one_line(run):
    result = run("withdraw", "nope", "--yes")
    assert result.exit_code == 2  # a wrong argument: usage
    # The content folder named as every message names files, relative to the
    # project: it was its absolute path (/tmp/.../content).
    # Nothing near "nope": the slugs there are, as many as a line holds.
    assert result.output.splitlines() == [
        'podium: error: no story with slug "nope" in content; its slugs are "anna-de-boer", '
        '"ben-bakker", "carla-en-only", "dirk-draft", "eva-scheduled" and 2 more'
    ]


def test_withdraw_a_mistyped_slug_suggests_the_story(run):
    result = run("withdraw", "ana-de-boer", "--yes")
    assert result.exit_code == 2
    assert result.output.strip().endswith("did you mean anna-de-boer?")
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "given", ["content/interviews/anna-de-boer.en.md", "./content/interviews/anna-de-boer.md"]
)
def test_withdraw_of_a_story_file_says_the_slug_to_give(run, site, given):
    # The path a writer has at hand (tab completion) was 'no story with slug
    # "content/interviews/anna-de-boer.md"', and no suggestion: as if there were none.
    result = run("withdraw", given, "--yes")
    assert result.exit_code == 2
    (line,) = result.output.splitlines()
    assert line.endswith(
        f"; {given.removeprefix('./')} is a story file: withdraw takes its slug, "
        "podium withdraw anna-de-boer"
    ), line
    assert (site / "content" / "interviews" / "anna-de-boer.md").is_file()


def test_withdraw_twice_says_it_is_done_already(run, site):
    assert run("withdraw", "anna-de-boer", "--yes").exit_code == 0
    record = (site / "content" / "withdrawn.yml").read_bytes()
    again = run("withdraw", "anna-de-boer", "--yes")
    # Not "no story with slug": that reads as a typo to the editor who just did it.
    assert again.exit_code == 0, again.output
    assert "anna-de-boer is already withdrawn" in again.output
    assert "no story" not in again.output
    assert (site / "content" / "withdrawn.yml").read_bytes() == record


def test_withdraw_one_translation_keeps_the_other_published(run, site):
    """Consent taken back for the English version only: there was no command for
    it (withdraw took every translation), and deleting the file by hand left its
    shared URL a bare 404. `--lang en` removes that translation, keeps the Dutch
    story and its photo, and leaves a tombstone at the English URL."""
    photo = _give_anna_a_photo(site)
    result = run("withdraw", "anna-de-boer", "--lang", "en", "--yes")
    assert result.exit_code == 0, result.output
    assert (site / "content" / "interviews" / "anna-de-boer.md").is_file()
    assert not (site / "content" / "interviews" / "anna-de-boer.en.md").exists()
    assert photo.is_file()  # the Dutch story still shows it
    record = yaml.safe_load((site / "content" / "withdrawn.yml").read_text(encoding="utf-8"))
    assert record["withdrawn"][-1]["slug"] == "anna-de-boer"
    assert record["withdrawn"][-1]["langs"] == ["en"]
    assert run("build", "-q").exit_code == 0
    output = site / "output"
    nl = (output / "stories" / "anna-de-boer" / "index.html").read_text(encoding="utf-8")
    en = (output / "en" / "stories" / "anna-de-boer" / "index.html").read_text(encoding="utf-8")
    assert "noindex" not in nl and "Anna de Boer" in nl
    assert "noindex" in en and "Anna de Boer" not in en
    # The Dutch page no longer offers an English version that is gone.
    assert 'rel="alternate" hreflang="en"' not in nl and "en/stories/anna-de-boer" not in nl

    # Later the Dutch one too: the record keeps the English tombstone.
    assert run("withdraw", "anna-de-boer", "--lang", "en", "--yes").output.startswith(
        "anna-de-boer (en) is already withdrawn"
    )
    assert run("withdraw", "anna-de-boer", "--yes").exit_code == 0
    record = yaml.safe_load((site / "content" / "withdrawn.yml").read_text(encoding="utf-8"))
    assert [e["langs"] for e in record["withdrawn"] if e["slug"] == "anna-de-boer"] == [
        ["en", "nl"]
    ]
    assert not photo.exists()


def test_withdraw_one_translation_that_alone_lists_the_aliases_is_refused(run, site):
    """One translation listing the old slugs is enough, so withdrawing the
    English file that listed aliases: [anna-oud] took the Dutch story's old URL
    /stories/anna-oud/ (a redirect to it) down with it: a bare 404, no word
    said. It is now refused, naming what to copy where; once copied, it works."""
    interviews = site / "content" / "interviews"
    english = interviews / "anna-de-boer.en.md"
    text = english.read_text(encoding="utf-8")
    english.write_text(
        text.replace("slug: anna-de-boer", "slug: anna-de-boer\naliases: [anna-oud]"),
        encoding="utf-8",
    )
    record = (site / "content" / "withdrawn.yml").read_bytes()
    refused = run("withdraw", "anna-de-boer", "--lang", "en", "--yes")
    assert refused.exit_code == 1
    assert refused.output.strip() == (
        "content/interviews/anna-de-boer.md: error: withdrawing "
        "content/interviews/anna-de-boer.en.md would leave /stories/anna-oud/ a 404: only "
        'its "aliases" lead there; add aliases: [anna-oud] to this file first (nothing was '
        "withdrawn)"
    )
    assert english.is_file() and (site / "content" / "withdrawn.yml").read_bytes() == record

    dutch = interviews / "anna-de-boer.md"
    text = dutch.read_text(encoding="utf-8")
    dutch.write_text(
        text.replace("slug: anna-de-boer", "slug: anna-de-boer\naliases: [anna-oud]"),
        encoding="utf-8",
    )
    assert run("withdraw", "anna-de-boer", "--lang", "en", "--yes").exit_code == 0
    assert run("build", "-q").exit_code == 0
    nl = (site / "output" / "stories" / "anna-oud" / "index.html").read_text(encoding="utf-8")
    assert 'content="0; url=/stories/anna-de-boer/"' in nl
    en = (site / "output" / "en" / "stories" / "anna-oud" / "index.html").read_text("utf-8")
    assert "noindex" in en and "Anna de Boer" not in en


def test_withdraw_one_translation_ends_the_old_urls_the_other_lists_in_its_language(run, site):
    """The Dutch file lists aliases: [anna-oud], which led /en/stories/anna-oud/
    to the English story too. Withdrawing the English one recorded no alias,
    so that URL became a bare 404 instead of the English tombstone."""
    dutch = site / "content" / "interviews" / "anna-de-boer.md"
    text = dutch.read_text(encoding="utf-8")
    dutch.write_text(
        text.replace("slug: anna-de-boer", "slug: anna-de-boer\naliases: [anna-oud]"),
        encoding="utf-8",
    )
    assert run("withdraw", "anna-de-boer", "--lang", "en", "--yes").exit_code == 0
    record = yaml.safe_load((site / "content" / "withdrawn.yml").read_text(encoding="utf-8"))
    assert {"slug": "anna-oud", "langs": ["en"], "themes": ["tech"]} in record["withdrawn"]
    assert run("build", "-q").exit_code == 0
    en = (site / "output" / "en" / "stories" / "anna-oud" / "index.html").read_text("utf-8")
    assert "noindex" in en and "Anna de Boer" not in en
    nl = (site / "output" / "stories" / "anna-oud" / "index.html").read_text(encoding="utf-8")
    assert 'content="0; url=/stories/anna-de-boer/"' in nl


def test_an_old_slug_listed_after_one_language_was_withdrawn_keeps_only_its_own(run, site):
    # English withdrawn first; then the Dutch file lists aliases: [anna-oud],
    # which only ever led /stories/anna-oud/ on. Withdrawing the rest recorded
    # anna-oud in en too (the slug's languages), and the build published
    # /en/stories/anna-oud/, an address with her name that never existed.
    assert run("withdraw", "anna-de-boer", "--lang", "en", "--yes").exit_code == 0
    dutch = site / "content" / "interviews" / "anna-de-boer.md"
    text = dutch.read_text(encoding="utf-8")
    dutch.write_text(
        text.replace("slug: anna-de-boer", "slug: anna-de-boer\naliases: [anna-oud]"),
        encoding="utf-8",
    )
    result = run("withdraw", "anna-de-boer", "--yes")
    assert result.exit_code == 0, result.output
    record = yaml.safe_load((site / "content" / "withdrawn.yml").read_text(encoding="utf-8"))
    langs = {e["slug"]: e["langs"] for e in record["withdrawn"]}
    assert (langs["anna-de-boer"], langs["anna-oud"]) == (["en", "nl"], ["nl"])
    # Its name is in that old address as much as in the slug: said for both.
    notes = [line for line in result.output.splitlines() if line.startswith("note: /")]
    assert [n.split(" give")[0] for n in notes] == [
        "note: /stories/anna-de-boer/",  # /en/ was said by the first withdraw
        "note: /stories/anna-oud/",
    ]
    assert run("build", "-q").exit_code == 0
    assert (site / "output" / "stories" / "anna-oud" / "index.html").is_file()
    assert not (site / "output" / "en" / "stories" / "anna-oud").exists()


def test_a_story_withdrawn_in_one_language_is_not_shown_there_in_the_other(run, site):
    # withdraw --lang en: the English vacancy's "meet the team" then showed
    # the Dutch version, name and face, to the readers consent was taken back for.
    assert run("withdraw", "anna-de-boer", "--lang", "en", "--yes").exit_code == 0
    assert run("build", "-q").exit_code == 0
    english = (site / "output" / "en" / "vacancies" / "502" / "index.html").read_text("utf-8")
    assert "anna-de-boer" not in english and "Anna de Boer" not in english
    dutch = (site / "output" / "vacancies" / "501" / "index.html").read_text("utf-8")
    assert 'href="/stories/anna-de-boer/"' in dutch


def test_withdraw_lang_that_is_wrong_is_one_line(run, site):
    record = (site / "content" / "withdrawn.yml").read_bytes()
    bad = run("withdraw", "anna-de-boer", "--lang", "de", "--yes")
    assert bad.exit_code == 2
    assert bad.output.strip() == (
        'podium: error: --lang "de" is not one of the hub\'s languages: nl, en'
    )
    ben = run("withdraw", "ben-bakker", "--lang", "en", "--yes")  # a Dutch column only
    assert ben.exit_code == 2
    assert ben.output.strip() == (
        'podium: error: story "ben-bakker" has no en translation; it is in nl'
    )
    assert (site / "content" / "withdrawn.yml").read_bytes() == record


@pytest.mark.parametrize("policy", ["anonymize", "unpublish"])
def test_alumni_policies_leave_no_name(site, policy):
    from podium_cli.build import build

    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text().replace(
            'PODIUM_ALUMNI_POLICY = "keep"', f'PODIUM_ALUMNI_POLICY = "{policy}"'
        )
    )
    output = build(conf, site / "output").output
    text = everything(output)
    assert "Gina Vertrokken" not in text
    assert not (output / "people" / "gina-vertrokken").exists()
    page = (output / "stories" / "gina-alumni" / "index.html").read_text(encoding="utf-8")
    if policy == "anonymize":
        assert "Oud-collega" in page and "Mijn jaren bij het bedrijf" in page
    else:
        assert "niet meer beschikbaar" in page
        assert "gina-alumni" not in (output / "sitemap.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize("policy", ["keep", "anonymize", "unpublish"])
def test_left_in_one_story_holds_for_every_story_of_that_person(site, policy):
    """``left`` says the person left: their other stories (an older one, the
    other translation) must follow the policy too, not show a colleague."""
    from podium_cli.build import build

    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text().replace(
            'PODIUM_ALUMNI_POLICY = "keep"', f'PODIUM_ALUMNI_POLICY = "{policy}"'
        )
    )
    columns = site / "content" / "columns"
    # An older story by Gina (no `left`), and an English translation of the one
    # that says she left, written before anyone added `left` to it.
    (columns / "gina-eerder.md").write_text(
        "---\ntitle: Mijn eerste jaar\ndate: 2024-06-01\nauthor: Gina Vertrokken\n"
        "role: Ontwerper\nconsent: {given: 2024-05-20}\n---\n\n"
        "Mijn eerste jaar hier was druk, maar ik heb veel geleerd van het team.\n",
        encoding="utf-8",
    )
    original = (columns / "gina-alumni.md").read_text(encoding="utf-8")
    (columns / "gina-alumni.en.md").write_text(
        original.replace("left: 2026-01-31\n", "")
        .replace("title: Mijn jaren bij het bedrijf", "title: My years at the company")
        .replace("---\n\n", "lang: en\nslug: gina-alumni\n---\n\n"),
        encoding="utf-8",
    )
    output = build(conf, site / "output").output
    text = everything(output)
    if policy == "keep":
        for lang in ("", "en/"):
            page = (output / lang / "people" / "gina-vertrokken" / "index.html").read_text(
                encoding="utf-8"
            )
            assert '"alumniOf"' in page and '"worksFor"' not in page
        # Her older story labels her a former colleague too.
        page = (output / "stories" / "gina-eerder" / "index.html").read_text(encoding="utf-8")
        assert "Oud-collega" in page
        return
    assert "Gina Vertrokken" not in text
    assert not list(output.glob("**/people/gina-vertrokken"))
    sitemap = (output / "sitemap.xml").read_text(encoding="utf-8")
    for lang in ("", "en/"):
        page = (output / lang / "stories" / "gina-alumni" / "index.html").read_text(
            encoding="utf-8"
        )
        if policy == "unpublish":
            assert 'content="noindex"' in page
            assert f"/{lang}stories/gina-alumni/<" not in sitemap
        else:
            assert "Gina" not in page


def test_a_story_written_after_leaving_again_is_not_alumni(site):
    """Rehired: a story dated after every `left` of its author is a colleague's."""
    from podium_cli.build import build

    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text().replace(
        'PODIUM_ALUMNI_POLICY = "keep"', 'PODIUM_ALUMNI_POLICY = "anonymize"'))  # fmt: skip
    (site / "content" / "columns" / "gina-terug.md").write_text(
        "---\ntitle: Terug in het team\ndate: 2026-03-01\nauthor: Gina Vertrokken\n"
        "role: Ontwerper\nconsent: {given: 2026-02-20}\n---\n\n"
        "Na een jaar elders ben ik terug, en het team heeft me met open armen ontvangen.\n",
        encoding="utf-8",
    )
    output = build(conf, site / "output").output
    page = (output / "stories" / "gina-terug" / "index.html").read_text(encoding="utf-8")
    assert "Gina Vertrokken" in page and "Oud-collega" not in page
    assert (output / "people" / "gina-vertrokken").is_dir()
    # Her story from before she left is still anonymised.
    old = (output / "stories" / "gina-alumni" / "index.html").read_text(encoding="utf-8")
    assert "Gina" not in old


def test_a_colleague_who_came_back_is_no_former_colleague_on_any_page_under_keep(site):
    """Under "keep", Gina's story dated after her `left` made her a colleague
    again (her people page said so), but the teasers of her older stories on that
    same page, and those stories' own pages, still said "Oud-collega" ("Former
    colleague"): she works here, and those stories were written while she did."""
    from podium_cli.build import build

    columns = site / "content" / "columns"
    back = (
        "---\ntitle: {title}\ndate: 2026-03-01\nauthor: Gina Vertrokken\nrole: Ontwerper\n"
        "consent: {{given: 2026-02-20}}\n{extra}---\n\n"
        "Na een jaar elders ben ik terug, en het team heeft me met open armen ontvangen.\n"
    )
    (columns / "gina-terug.md").write_text(
        back.format(title="Terug in het team", extra=""), encoding="utf-8"
    )
    (columns / "gina-terug.en.md").write_text(
        back.format(title="Back in the team", extra="lang: en\nslug: gina-terug\n"),
        encoding="utf-8",
    )
    original = (columns / "gina-alumni.md").read_text(encoding="utf-8")
    (columns / "gina-alumni.en.md").write_text(
        original.replace(
            "title: Mijn jaren bij het bedrijf", "title: My years at the company"
        ).replace("---\n\n", "lang: en\nslug: gina-alumni\n---\n\n"),
        encoding="utf-8",
    )
    output = build(site / "pelicanconf.py", site / "output").output
    for lang, former in (("", "Oud-collega"), ("en/", "Former colleague")):
        person = (output / lang / "people" / "gina-vertrokken" / "index.html").read_text(
            encoding="utf-8"
        )
        assert "gina-alumni" in person and "gina-terug" in person
        assert former not in person and '"worksFor"' in person
        old = (output / lang / "stories" / "gina-alumni" / "index.html").read_text(encoding="utf-8")
        assert "Gina Vertrokken" in old and former not in old


def test_a_former_colleague_writing_after_leaving_stays_a_former_colleague_under_keep(site):
    """A column Gina wrote after she left, saying so itself (`left` in its own
    front matter), is no return: dated after her `left`, it made her a colleague
    again on every page, the alumni policy undone by her own farewell."""
    from podium_cli.build import build

    (site / "content" / "columns" / "gina-terugblik.md").write_text(
        "---\ntitle: Terugblik van een oud-collega\ndate: 2026-03-01\n"
        "author: Gina Vertrokken\nrole: Ontwerper\nconsent: {given: 2026-02-20}\n"
        "left: 2026-01-31\n---\n\n"
        "Een maand na mijn vertrek kijk ik terug op mijn jaren in het team.\n",
        encoding="utf-8",
    )
    output = build(site / "pelicanconf.py", site / "output").output
    person = (output / "people" / "gina-vertrokken" / "index.html").read_text(encoding="utf-8")
    assert "gina-alumni" in person and "gina-terugblik" in person
    assert "Oud-collega" in person
    old = (output / "stories" / "gina-alumni" / "index.html").read_text(encoding="utf-8")
    assert "Oud-collega" in old


@pytest.mark.parametrize("renewed", [None, "translated later", "renewed"])
def test_consent_ended_in_one_translation_ends_it_in_all(site, renewed):
    """Anna's consent ends in the Dutch file only: the English translation goes
    too, unless its consent was given after that end (a new consent): for a
    translation written later, or renewed on the published one, which records
    it with "updated" (refused before: given after the story's date)."""
    from podium_cli.build import build

    interviews = site / "content" / "interviews"
    nl = interviews / "anna-de-boer.md"
    nl.write_text(
        nl.read_text(encoding="utf-8").replace(
            "consent: {given: 2026-02-20}", "consent: {given: 2026-02-20, until: 2026-05-01}"
        ),
        encoding="utf-8",
    )
    en = interviews / "anna-de-boer.en.md"
    text = en.read_text(encoding="utf-8").replace(
        "consent: {given: 2026-02-20}", "consent: {given: 2026-05-10}"
    )
    if renewed == "translated later":
        en.write_text(text.replace("date: 2026-03-02", "date: 2026-05-12"), encoding="utf-8")
    elif renewed == "renewed":
        en.write_text(
            text.replace("date: 2026-03-02", "date: 2026-03-02\nupdated: 2026-05-10"),
            encoding="utf-8",
        )
    output = build(site / "pelicanconf.py", site / "output").output
    page = (output / "en" / "stories" / "anna-de-boer" / "index.html").read_text(encoding="utf-8")
    en_feed = (output / "en" / "stories.json").read_text(encoding="utf-8")
    if renewed:
        assert "Anna de Boer" in page and "Anna de Boer" in en_feed
        return
    assert 'content="noindex"' in page and "Anna de Boer" not in page
    assert "Anna de Boer" not in everything(output)
    assert not list(output.glob("**/people/anna-de-boer"))
    assert "stories/anna-de-boer/" not in (output / "sitemap.xml").read_text(encoding="utf-8")


def test_a_consent_given_after_the_story_s_date_says_how_to_record_a_renewal(run, site):
    en = site / "content" / "interviews" / "anna-de-boer.en.md"
    text = en.read_text(encoding="utf-8")
    en.write_text(
        text.replace("consent: {given: 2026-02-20}", "consent: {given: 2026-05-10}"), "utf-8"
    )
    line = next(n for n, t in enumerate(text.splitlines(), 1) if t.startswith("consent:"))
    result = run("check")
    assert result.exit_code == 1
    assert (
        f"content/interviews/anna-de-boer.en.md:{line}: error: consent.given (2026-05-10) is "
        "after the story's date (2026-03-02); consent must be on file before publication: "
        "correct the date, or, for a consent renewed after the story was published, set "
        '"updated: 2026-05-10" (or later)'
    ) in result.output.splitlines()


def test_keep_policy_drops_alumni_from_meet_the_team(built_site):
    for page in built_site.glob("**/vacancies/*/index.html"):
        assert "Gina Vertrokken" not in page.read_text(encoding="utf-8")


def test_preview_build_shows_drafts_with_a_banner(site):
    from podium_cli.build import build

    output = build(site / "pelicanconf.py", site / "preview", PODIUM_PREVIEW=True).output
    draft = (output / "stories" / "dirk-draft" / "index.html").read_text(encoding="utf-8")
    assert "preview-banner" in draft and 'name="robots" content="noindex"' in draft
    assert "eva-scheduled" in (output / "preview" / "index.html").read_text(encoding="utf-8")
    assert "dirk-draft" not in (output / "sitemap.xml").read_text(encoding="utf-8")
    assert "dirk-draft" not in (output / "stories.json").read_text(encoding="utf-8")
    published = build(site / "pelicanconf.py", site / "output").output
    assert not (published / "stories" / "dirk-draft").exists()
    assert not (published / "preview").exists()


def test_withdraw_leaves_nothing_of_the_person_in_the_build_cache(run, site):
    # CI keeps .podium-cache/ between runs: a withdrawn story's text and its
    # cleaned portrait must not live on there after the next build.
    _give_anna_a_photo(site)
    assert run("build", "-q").exit_code == 0
    cache = site / ".podium-cache"
    portraits = {p.parent.name for p in (cache / "photos").glob("*/*.jpg")}
    assert portraits, "the portrait was cached"
    assert [p for p in cache.rglob("*") if "anna-de-boer" in p.name], "her page's view folder"
    assert run("withdraw", "anna-de-boer", "--yes").exit_code == 0
    assert run("build", "-q").exit_code == 0
    assert not portraits & {p.parent.name for p in (cache / "photos").glob("*/*.jpg")}
    for entry in (cache / "parsed").glob("*.json"):
        assert "Anna de Boer" not in entry.read_text(encoding="utf-8"), entry
    # Nor her page's folder in the views Pagefind reads (kept between builds).
    assert not [p for p in cache.rglob("*") if "anna-de-boer" in p.name]


def test_the_output_a_takedown_replaced_does_not_keep_the_person_beside_it(run, site):
    # A build moves the output it replaces aside (.output.old-*) for the next
    # build to delete: the night Anna's consent ends, her pages, feeds and
    # portrait must not wait there, whole, until some later build.
    _give_anna_a_photo(site)
    assert run("build", "-q").exit_code == 0
    assert run("build", "-q").exit_code == 0
    assert [p for p in site.iterdir() if p.name.startswith(".output.old-")], "kept aside"
    for name in ("anna-de-boer.md", "anna-de-boer.en.md"):
        story = site / "content" / "interviews" / name
        story.write_text(
            story.read_text(encoding="utf-8").replace(
                "consent: {given: 2026-02-20}", "consent: {given: 2026-02-20, until: 2026-05-01}"
            ),
            encoding="utf-8",
        )
    assert run("build", "-q").exit_code == 0
    assert "Anna de Boer" not in everything(site / "output")
    for old in site.glob(".output.*"):
        assert "Anna de Boer" not in everything(old), old
        assert not list(old.glob("**/*anna*.jpg")), old


def _set_policy(site, policy):
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text().replace(
            'PODIUM_ALUMNI_POLICY = "keep"', f'PODIUM_ALUMNI_POLICY = "{policy}"'
        )
    )
    return conf


GINA_BEFORE = """---
title: Ontwerpen voor klanten
date: 2025-09-01
author: Gina  vertrokken
role: Ontwerper
consent: {given: 2025-08-20}
---

Ik ontwerp schermen voor onze klanten en test ze elke week met echte gebruikers.
"""


def test_a_name_alike_keeps_its_people_url_when_the_first_ones_consent_ends(site):
    # Ben Bäkker's story is older, so his page was /people/ben-bakker/ and Ben
    # Bakker's /people/ben-bakker-2/. When Bäkker's consent ends, his shared
    # link must not start showing another person, nor Bakker's stop working.
    from podium_cli.build import build

    (site / "content" / "columns" / "ben-baekker.md").write_text(
        GINA_BEFORE.replace("Gina  vertrokken", "Ben Bäkker").replace(
            "{given: 2025-08-20}", "{given: 2025-08-20, until: 2026-05-01}"
        ),
        encoding="utf-8",
    )
    output = build(site / "pelicanconf.py", site / "output").output
    assert not (output / "people" / "ben-bakker").exists()
    page = (output / "people" / "ben-bakker-2" / "index.html").read_text(encoding="utf-8")
    assert "Ben Bakker" in page
    story = (output / "stories" / "ben-bakker" / "index.html").read_text(encoding="utf-8")
    assert 'href="/people/ben-bakker-2/"' in story


def test_a_people_address_withdrawn_yml_keeps_goes_to_no_namesake(run, site):
    # A withdrawn colleague's people page, /people/ben-bakker/, went to the next
    # Ben Bakker to write a story: links shared to the withdrawn colleague's page
    # showed someone else. withdrawn.yml keeps no name unless told to: with
    # "people: [ben-bakker]" in the entry (their consent asked), the namesake is
    # /people/ben-bakker-2/ in the build, the editor and check --was alike, and
    # check and the build say so once, naming the line.
    from podium import settings as podium_settings
    from podium_cli.build import build, load_settings
    from podium_cms.config import people_pages
    from podium_validate.site import load_site

    record = site / "content" / "withdrawn.yml"
    record.write_text(record.read_text(encoding="utf-8") + "    people: [ben-bakker]\n")
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if "withdrawn colleague" in ln]
    assert said == [
        'content/columns/ben-bakker.md:4: warning: the people page of "Ben Bakker" is '
        "/people/ben-bakker-2/, not /people/ben-bakker/: content/withdrawn.yml, line 5, keeps "
        "that address for a withdrawn colleague, so that links shared to their page never "
        "show someone else; if this is that colleague, with consent given anew, remove "
        '"ben-bakker" from its "people"'
    ], result.output
    built = build(site / "pelicanconf.py", site / "output")
    output = built.output
    assert not (output / "people" / "ben-bakker").exists()
    page = (output / "people" / "ben-bakker-2" / "index.html").read_text(encoding="utf-8")
    assert "Ben Bakker" in page
    story = (output / "stories" / "ben-bakker" / "index.html").read_text(encoding="utf-8")
    assert 'href="/people/ben-bakker-2/"' in story
    settings = load_settings(site / "pelicanconf.py")
    settings["PATH"] = str(site / "content")
    ps = podium_settings.get(settings)
    pages = people_pages(load_site(site / "content", ps), ps)["pages"]
    assert pages.get("ben-bakker-2") == "Ben Bakker" and "ben-bakker" not in pages
    # The pull request that adds the line moves the page: check --was says so.
    was = site.parent / "was" / "content"
    was.parent.mkdir()
    shutil.copytree(site / "content", was)
    (was / "withdrawn.yml").write_text(
        (was / "withdrawn.yml")
        .read_text(encoding="utf-8")
        .replace("    people: [ben-bakker]\n", "")
    )
    moved = run("check", "--was", str(was))
    assert "now keeps /people/ben-bakker/ for a withdrawn colleague" in moved.output, moved.output


def test_a_name_of_emoji_only_gets_its_own_people_url_not_story(site):
    # "🦄🦄" transliterates to nothing: the page was /people/story/, and a
    # second such name /people/story-2/, an address that went to whoever
    # wrote first. A name that gives letters keeps its slug (Ben, Gina).
    from podium_cli.build import build

    for name, author in (("eenhoorn", "🦄🦄"), ("sterren", "★☆")):
        (site / "content" / "columns" / f"{name}.md").write_text(
            GINA_BEFORE.replace("Gina  vertrokken", author), encoding="utf-8"
        )
    output = build(site / "pelicanconf.py", site / "output").output
    people = sorted(p.name for p in (output / "people").iterdir() if p.is_dir())
    assert "story" not in people and "story-2" not in people
    # The same name gives the same address on every build: these are pinned.
    assert {"person-c972b3bc", "person-ee9983f5", "ben-bakker", "gina-vertrokken"} <= set(people)
    page = (output / "people" / "person-c972b3bc" / "index.html").read_text(encoding="utf-8")
    assert "🦄🦄" in page
    story = (output / "stories" / "eenhoorn" / "index.html").read_text(encoding="utf-8")
    assert 'href="/people/person-c972b3bc/"' in story


def test_a_name_of_emoji_only_is_no_warning_line_without_a_file(site):
    """Pelican made its own slug of each author's name, and for one with no
    letters ("🦄🦄", "…") said "podium: warning: Unable to generate valid slug for
    Author "🦄🦄"." (no file, no line, about a name Podium accepts and gives a
    people page) on every build; the author's slug is Podium's people slug now."""
    for name, author in (("eenhoorn", "🦄🦄"), ("puntjes", "…")):
        (site / "content" / "columns" / f"{name}.md").write_text(
            GINA_BEFORE.replace("Gina  vertrokken", author), encoding="utf-8"
        )
    proc = run_podium(site, "build", check=True)
    said = proc.stdout + proc.stderr
    assert "Unable to generate" not in said, said
    assert all(line.startswith(("content/", "Built output")) for line in said.splitlines()), said


def test_the_people_list_is_in_alphabetical_order_with_accents(site):
    # Sorted by code point, "Élise Claes" came after "Gina Vertrokken" (and
    # any "Özlem" after "Zoë"): a reader looks for her under E.
    from podium_cli.build import build

    (site / "content" / "columns" / "elise.md").write_text(
        GINA_BEFORE.replace("Gina  vertrokken", "Élise Claes"), encoding="utf-8"
    )
    output = build(site / "pelicanconf.py", site / "output").output
    page = (output / "people" / "index.html").read_text(encoding="utf-8")
    names = re.findall(r'class="people__name"><a [^>]*>([^<]*)</a>', page)
    assert names == ["Anna de Boer", "Ben Bakker", "Élise Claes", "Gina Vertrokken"]


def _english_author(site, author: str) -> None:
    en = site / "content" / "interviews" / "anna-de-boer.en.md"
    text = en.read_text(encoding="utf-8")
    en.write_text(text.replace("author: Anna de Boer", f"author: {author}"), encoding="utf-8")


def test_translations_naming_their_author_two_ways_are_a_warning(run, site):
    # "Anna de Bóer" in the English file made a second person, who took the
    # plain /people/anna-de-boer/ from the Dutch page; say so at check time.
    _english_author(site, "Anna de Bóer")
    result = run("check")
    assert result.exit_code == 0, result.output
    assert (
        'content/interviews/anna-de-boer.en.md:4: warning: field "author" ("Anna de Bóer") '
        'is not "Anna de Boer" of its translation content/interviews/anna-de-boer.md;'
    ) in result.output


def _anna_as_a_column(site, name: str) -> None:
    """Anna's interview file ``name`` copied into content/columns/ as a column;
    her English interview is gone (moved, when that is ``name``)."""
    interviews = site / "content" / "interviews"
    text = (interviews / name).read_text(encoding="utf-8")
    (interviews / "anna-de-boer.en.md").unlink()
    (site / "content" / "columns" / name).write_text(
        text.replace("interviewer: Kees Interviewer\n", ""), encoding="utf-8"
    )


def test_a_translation_saved_as_the_other_kind_is_a_warning(run, site):
    # The English version of Anna's interview saved in content/columns/ was a
    # column: /interviews/ listed her, /en/interviews/ did not, /en/columns/ did,
    # and the card and feeds called one story two things, without a word.
    _anna_as_a_column(site, "anna-de-boer.en.md")
    result = run("check")
    assert result.exit_code == 0, result.output
    assert (
        "content/columns/anna-de-boer.en.md:8: warning: this column is a translation of the "
        'interview content/interviews/anna-de-boer.md (slug "anna-de-boer"); a translation is '
        "the same kind of story: keep both in content/interviews/ or both in content/columns/"
    ) in result.output
    assert "content/interviews/anna-de-boer.md:10: warning: this interview is a translation" in (
        result.output
    )


def test_two_stories_of_one_language_and_slug_in_both_folders_are_no_translation(run, site):
    # The slug's error said it; the warning that one was "a translation" of
    # the other, to be kept "both in one folder", left the collision.
    _anna_as_a_column(site, "anna-de-boer.md")
    result = run("check")
    assert result.exit_code == 1, result.output
    assert 'slug "anna-de-boer" in language "nl" is also used by' in result.output
    assert "a translation of the" not in result.output


def test_translations_by_one_author_in_any_case_give_no_warning(run, site):
    _english_author(site, "anna  de boer")
    result = run("check")
    assert result.exit_code == 0 and 'field "author"' not in result.output, result.output


def test_an_anonymised_story_that_still_names_its_author_is_a_warning(run, site):
    # The byline goes, but "Gina" in the text reaches page, card, feeds and search.
    gina = site / "content" / "columns" / "gina-alumni.md"
    gina.write_text(
        gina.read_text(encoding="utf-8") + "\nGina zegt iedereen gedag.\n", encoding="utf-8"
    )
    assert 'field "left"' not in run("check").output  # keep: the name may stay
    _set_policy(site, "anonymize")
    result = run("check")
    assert result.exit_code == 0, result.output
    assert (
        'content/columns/gina-alumni.md:12: warning: PODIUM_ALUMNI_POLICY = "anonymize" hides '
        'the author from 2026-01-31 (field "left"), but the story still names "Gina" in its '
        "text, which the page, card, feeds and search show: edit it out"
    ) in result.output


def test_an_anonymised_storys_name_in_a_field_is_said_on_that_fields_line(run, site):
    # A name in the field "quote" or "summary" (or the title) was said on the
    # line of "left" as "in its title or text": the editor searched the text
    # for a name that was in a field of the front matter.
    gina = site / "content" / "columns" / "gina-alumni.md"
    gina.write_text(
        gina.read_text(encoding="utf-8").replace(
            "title: Mijn jaren bij het bedrijf\n",
            "title: Vijf jaar Gina\nsummary: Gina Vertrokken over haar werk.\n"
            "quote: Gina, jij ontwerpt met je hart, zei mijn teamleider altijd tegen mij.\n",
        ),
        encoding="utf-8",
    )
    _set_policy(site, "anonymize")
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [ln.split(" but the story still names ")[1] for ln in result.output.splitlines()
            if "still names" in ln]  # fmt: skip
    lines = [ln.split(": warning")[0] for ln in result.output.splitlines() if "still names" in ln]
    assert lines == [f"content/columns/gina-alumni.md:{n}" for n in (2, 3, 4)], result.output
    assert [s.split(", which")[0] for s in said] == [
        '"Gina" in its field "title"',
        '"Gina Vertrokken" in its field "summary"',
        '"Gina" in its field "quote"',
    ]


def test_an_anonymised_story_naming_its_author_in_an_alt_text_or_share_prompt_is_a_warning(
    run, site
):
    # "anonymize" dropped the byline, but an image's alt text ("Gina Vertrokken
    # aan haar bureau": the page, the feeds' HTML, the search index) and the
    # story's own share prompts (its share kit) kept the name, without a word:
    # the check read the title and text only.
    gina = site / "content" / "columns" / "gina-alumni.md"
    text = gina.read_text(encoding="utf-8").replace(
        "left: 2026-01-31", 'left: 2026-01-31\nshare_prompts: ["Wat leerde Gina hier?"]'
    )
    gina.write_text(
        text + "\n![Gina Vertrokken aan haar bureau](/brand/bureau.png)\n", encoding="utf-8"
    )
    _set_policy(site, "anonymize")
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if "still names" in ln]
    assert said == [
        'content/columns/gina-alumni.md:7: warning: PODIUM_ALUMNI_POLICY = "anonymize" hides '
        'the author from 2026-01-31 (field "left"), but the story still names "Gina" in its '
        'field "share_prompts", which the page\'s share kit shows: edit it out',
        'content/columns/gina-alumni.md:13: warning: PODIUM_ALUMNI_POLICY = "anonymize" hides '
        'the author from 2026-01-31 (field "left"), but the story still names "Gina Vertrokken" '
        "in an image's alt text, which the page and the feeds show: edit it out",
    ]


def test_an_anonymised_story_whose_text_shows_its_portrait_or_a_file_named_after_them_is_a_warning(
    run, site
):
    # "anonymize" drops the portrait from the byline, but the text linked the
    # same file ({static}/images/people/gina-vertrokken.jpg, as podium new
    # names it): the page, stories.json and the Atom feed showed the face, at
    # an address that gives her name, and podium check said nothing.
    from PIL import Image

    people = site / "content" / "images" / "people"
    people.mkdir(parents=True)
    Image.new("RGB", (400, 400), (40, 90, 120)).save(people / "gina-vertrokken.jpg", "JPEG")
    Image.new("RGB", (400, 400), (90, 40, 120)).save(people / "kantoor.jpg", "JPEG")
    gina = site / "content" / "columns" / "gina-alumni.md"
    text = gina.read_text(encoding="utf-8").replace(
        "left: 2026-01-31", "left: 2026-01-31\nphoto: images/people/gina-vertrokken.jpg"
    )
    gina.write_text(
        text.replace(
            "---\n\n", "---\n\n![Aan het werk]({static}/images/people/gina-vertrokken.jpg)\n\n"
        )
        + "\n![Ons kantoor]({static}/images/people/kantoor.jpg)\n",
        encoding="utf-8",
    )
    _set_policy(site, "anonymize")
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if "text links" in ln]
    assert said == [
        'content/columns/gina-alumni.md:11: warning: PODIUM_ALUMNI_POLICY = "anonymize" hides '
        'the author from 2026-01-31 (field "left"), but the story\'s text links '
        "images/people/gina-vertrokken.jpg, their portrait, whose address gives "
        '"gina-vertrokken", which the page and the feeds show: show another picture',
    ]


@pytest.mark.parametrize(
    ("profile", "own", "mail", "gives"),
    [
        ("https://www.linkedin.com/in/gina-vertrokken-4a5b6c/", "https://gina-vertrokken.example/",
         "gina.vertrokken@example.com", "gina-vertrokken"),
        # Without separators (ginavertrokken) the address gives the name as surely:
        # only the name with its separators was looked for, and check was silent.
        ("https://www.linkedin.com/in/ginavertrokken/", "https://GinaVertrokken.example/",
         "ginavertrokken82@example.com", "ginavertrokken"),
    ],
)  # fmt: skip
def test_an_anonymised_story_linking_an_address_that_gives_their_name_is_a_warning(
    run, site, profile, own, mail, gives
):
    # The link's words named no one ("mijn profiel"), so the byline went and
    # podium check was silent, while the page and every feed still linked her
    # LinkedIn profile, her own site and her mail address, each giving her name.
    # A first name alone is not looked for without separators: "regina" holds "gina".
    columns = site / "content" / "columns"
    (columns / "gina-alumni.md").rename(columns / "mijn-jaren.md")  # its URL named her
    story = columns / "mijn-jaren.md"
    story.write_text(
        story.read_text(encoding="utf-8")
        + f"\nZie [mijn profiel]({profile}) en\n[mijn werk]({own}), of mail <{mail}>.\n"
        "Over [het bedrijf](https://example.com/over-ons) en [Ginas](https://example.com/ginas),\n"
        "[Regina](https://example.com/regina) en [ginas](https://example.com/ginastraat).\n",
        encoding="utf-8",
    )
    conf = _set_policy(site, "anonymize")
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if "PODIUM_ALUMNI_POLICY" in ln]
    head = (
        'content/columns/mijn-jaren.md:{}: warning: PODIUM_ALUMNI_POLICY = "anonymize" hides the '
        'author from 2026-01-31 (field "left"), but the story\'s text links {}, whose address '
        f'gives "{gives}", which the page and the feeds show: remove the link'
    )
    assert said == [
        head.format(12, profile),
        head.format(13, own),
        head.format(13, f"mailto:{mail}"),
    ], result.output
    conf.write_text(conf.read_text().replace('"anonymize"', '"keep"'))  # the name is shown
    assert "PODIUM_ALUMNI_POLICY" not in run("check").output


@pytest.mark.parametrize(
    "written",
    ["Gina **Vertrokken** gaf de aftrap.", "Gina [Vertrokken](https://example.com/) gaf",
     "Zo zei Gina\nVertrokken het altijd."],
)  # fmt: skip
def test_an_anonymised_storys_name_split_by_markup_is_said_on_its_own_line(run, site, written):
    # "Gina **Vertrokken**" (or the name broken over two lines) is the name in
    # the text the page shows, but the line was looked for with the name as
    # written in one piece: the warning fell back to the line of "left" (6),
    # sending the editor to the front matter for a name in the text.
    gina = site / "content" / "columns" / "gina-alumni.md"
    gina.write_text(gina.read_text(encoding="utf-8") + f"\n\n{written}\n", encoding="utf-8")
    _set_policy(site, "anonymize")
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if "in its text" in ln]
    assert len(said) == 1 and said[0].startswith("content/columns/gina-alumni.md:13: "), (
        result.output
    )


def test_an_anonymised_story_that_does_not_name_its_author_gives_no_warning(run, site):
    columns = site / "content" / "columns"
    (columns / "gina-alumni.md").rename(columns / "mijn-jaren.md")  # its URL named her
    _set_policy(site, "anonymize")
    assert "PODIUM_ALUMNI_POLICY" not in run("check").output


@pytest.mark.parametrize(
    ("file", "said"),
    [("gina-alumni.md", "gina"), ("jaren-van-gina-vertrokken.md", "gina-vertrokken")],
)
def test_an_anonymised_story_whose_url_names_its_author_is_a_warning(run, site, file, said):
    # Files are often named after their author (the demo's bram-jansen-zonnepanelen.md):
    # the byline went, but /stories/gina-alumni/ kept the name on the page's
    # address, in the sitemap, the feeds and every share link, without a word.
    columns = site / "content" / "columns"
    (columns / "gina-alumni.md").rename(columns / file)
    _set_policy(site, "anonymize")
    result = run("check")
    assert result.exit_code == 0, result.output
    slug = file.removesuffix(".md")
    assert (
        f'content/columns/{file}:6: warning: PODIUM_ALUMNI_POLICY = "anonymize" hides the '
        f'author from 2026-01-31 (field "left"), but the story\'s URL /stories/{slug}/ still '
        f'gives "{said}", which the page\'s address, the sitemap, the feeds and share links '
        'show: give it a slug without the name (the field "slug" in every translation), with '
        f"aliases: [{slug}] to keep links already shared working"
    ) in result.output.splitlines()
    # A name inside another word is not the name ("ginas" is no "gina").
    (columns / file).rename(columns / "ginastiek.md")
    assert "story's URL" not in run("check").output


def test_a_story_the_browser_editor_cannot_list_is_a_warning(run, site):
    # On a hub of two languages the editor's Dutch list shows a story only with
    # its `lang: nl` line (Decap's filter cannot match a missing field): Ben's
    # column, without it, could not be opened in the editor, and nothing said why.
    result = run("check")
    assert result.exit_code == 0 and 'no "lang" line' not in result.output  # no editor yet
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8") + '\nPODIUM_CMS = {"repo": "acme/careers"}\n',
        encoding="utf-8",
    )
    result = run("check")
    assert result.exit_code == 0, result.output
    assert (
        'content/columns/ben-bakker.md:2: warning: no "lang" line, so the browser editor '
        '(/admin/) does not list this story; add "lang: nl" to its front matter'
    ) in result.output
    # With the line, or in English (listed by its .en.md suffix), no warning.
    assert "content/interviews/anna-de-boer.md" not in [
        line.split(":")[0] for line in result.output.splitlines() if 'no "lang" line' in line
    ]
    assert "carla-en-only" not in "".join(
        line for line in result.output.splitlines() if 'no "lang" line' in line
    )


def test_pelicans_own_content_cache_does_not_keep_a_story_past_its_day(run, site):
    # CACHE_CONTENT and LOAD_CONTENT_CACHE, Pelican's usual speed-up, kept each
    # story as read on the day of the first build (keyed on the file's time):
    # the night after Ben Bakker's consent ended his story was still published,
    # name and all, and Eva's story stayed scheduled on its day.
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8") + "CACHE_CONTENT = True\nLOAD_CONTENT_CACHE = True\n",
        encoding="utf-8",
    )
    _end_bens_consent(site, "2026-06-02")
    page = site / "output" / "stories" / "ben-bakker" / "index.html"
    assert run("build", "-q", today="2026-06-02").exit_code == 0
    assert "Ben Bakker" in page.read_text(encoding="utf-8")
    assert run("build", "-q", today="2026-06-03").exit_code == 0
    assert "Ben Bakker" not in everything(site / "output")
    assert "niet meer beschikbaar" in page.read_text(encoding="utf-8")
    assert run("build", "-q", today="2026-09-01").exit_code == 0
    assert (site / "output" / "stories" / "eva-scheduled" / "index.html").is_file()


def test_withdraw_names_the_old_url_as_the_story_url_setting_makes_it(run, site):
    # With ARTICLE_URL = "verhalen/{slug}/" the refusal sent the editor to
    # /stories/anna-oud/, an address that hub never had.
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8")
        + '\nARTICLE_URL = "verhalen/{slug}/"\nARTICLE_SAVE_AS = "verhalen/{slug}/index.html"\n',
        encoding="utf-8",
    )
    english = site / "content" / "interviews" / "anna-de-boer.en.md"
    text = english.read_text(encoding="utf-8")
    english.write_text(
        text.replace("slug: anna-de-boer", "slug: anna-de-boer\naliases: [anna-oud]"),
        encoding="utf-8",
    )
    refused = run("withdraw", "anna-de-boer", "--lang", "en", "--yes")
    assert refused.exit_code == 1
    assert "would leave /verhalen/anna-oud/ a 404: only " in refused.output, refused.output


def test_withdraw_says_a_name_alikes_people_page_moves_onto_the_withdrawn_address(run, site):
    # Ben Bakker wrote first: /people/ben-bakker/ is his page, and Ben Bäkker's
    # /people/ben-bakker-2/. Withdrawing Ben Bakker deletes his file, so Ben
    # Bäkker moves onto the plain slug: every link shared to Ben Bakker's page
    # shows another person, and the "-2" link dies. podium withdraw said nothing.
    (site / "content" / "columns" / "ben-baekker.md").write_text(
        GINA_BEFORE.replace("Gina  vertrokken", "Ben Bäkker").replace("2025-09-01", "2026-04-20"),
        encoding="utf-8",
    )
    result = run("withdraw", "ben-bakker", "--yes")
    assert result.exit_code == 0, result.output
    assert (
        "content/columns/ben-baekker.md:4: warning: Ben Bäkker's people page moves from "
        "/people/ben-bakker-2/ to /people/ben-bakker/, the address of the withdrawn author's "
        "page (their names make the same slug): links shared to that page will show Ben "
        "Bäkker, and /people/ben-bakker-2/ (shared already) is a bare 404; tell Ben Bäkker "
        "the address changes, and write author_aliases: [ben-bakker-2] in their story to "
        "keep the old one leading to their page; or, with the withdrawn author's consent (it "
        "keeps their name there), add people: [ben-bakker] to the story's entry in "
        "withdrawn.yml: Ben Bäkker then stays at /people/ben-bakker-2/, and no one is given "
        "that address"
    ) in result.output.splitlines(), result.output
    # The line it says to write keeps the "-2" link leading to Ben Bäkker.
    baekker = site / "content" / "columns" / "ben-baekker.md"
    text = baekker.read_text(encoding="utf-8")
    baekker.write_text(
        text.replace("author: Ben Bäkker", "author: Ben Bäkker\nauthor_aliases: [ben-bakker-2]"),
        encoding="utf-8",
    )
    assert "author_aliases" not in run("check").output
    assert run("build", "-q").exit_code == 0
    page = (site / "output" / "people" / "ben-bakker-2" / "index.html").read_text("utf-8")
    assert "url=/people/ben-bakker/" in page
    # A withdrawal that moves no one's page says nothing of people pages.
    result = run("withdraw", "anna-de-boer", "--yes")
    assert result.exit_code == 0, result.output
    assert "/people/" not in result.output, result.output


def test_a_withdrawn_authors_people_address_held_keeps_a_name_alike_where_it_was(run, site):
    # The other way withdraw offers: "people: [ben-bakker]" in the entry keeps
    # Ben Bakker's address his, and Ben Bäkker at the "-2" links were shared to.
    (site / "content" / "columns" / "ben-baekker.md").write_text(
        GINA_BEFORE.replace("Gina  vertrokken", "Ben Bäkker").replace("2025-09-01", "2026-04-20"),
        encoding="utf-8",
    )
    assert run("withdraw", "ben-bakker", "--yes").exit_code == 0
    record = site / "content" / "withdrawn.yml"
    text = record.read_text(encoding="utf-8")
    assert text.endswith("- slug: ben-bakker\n  langs:\n  - nl\n  themes:\n  - balance\n"), text
    record.write_text(text + "  people: [ben-bakker]\n", encoding="utf-8")
    result = run("check")
    assert result.exit_code == 0, result.output
    assert (
        'content/columns/ben-baekker.md:4: warning: the people page of "Ben Bäkker" is '
        "/people/ben-bakker-2/, not /people/ben-bakker/: content/withdrawn.yml, line 16, keeps"
    ) in result.output, result.output
    assert run("build", "-q").exit_code == 0
    assert (site / "output" / "people" / "ben-bakker-2" / "index.html").is_file()
    assert not (site / "output" / "people" / "ben-bakker").exists()
    # Nor may a former name's redirect take it: the line does nothing, and says so.
    anna = site / "content" / "interviews" / "anna-de-boer.md"
    anna.write_text(
        anna.read_text(encoding="utf-8").replace(
            "author: Anna de Boer", "author: Anna de Boer\nauthor_aliases: [ben-bakker]"
        ),
        encoding="utf-8",
    )
    said = [ln for ln in run("check").output.splitlines() if "author_aliases" in ln]
    assert said == [
        'content/interviews/anna-de-boer.md:5: warning: "ben-bakker" in "author_aliases" is '
        "/people/ben-bakker/, the address content/withdrawn.yml (line 16) keeps for a withdrawn "
        "colleague, so no redirect is written there; remove it here, or, if this author is that "
        'colleague, with consent given anew, remove "ben-bakker" from its "people"'
    ]
    assert run("build", "-q").exit_code == 0
    assert not (site / "output" / "people" / "ben-bakker").exists()


def test_withdraw_says_a_former_names_page_listed_only_in_the_withdrawn_story_goes(run, site):
    # Ben Bakker's first column lists his former name's page, /people/ben-oud/,
    # which redirects to his page. Withdrawing that column (his second stays,
    # and his page with it) took the redirect along: the pull request's check
    # --was says so, podium withdraw said nothing.
    columns = site / "content" / "columns"
    text = (columns / "ben-bakker.md").read_text(encoding="utf-8")
    (columns / "ben-twee.md").write_text(
        text.replace("date: 2026-04-10", "date: 2026-04-20").replace("title: ", "title: Ook "),
        encoding="utf-8",
    )
    (columns / "ben-bakker.md").write_text(
        text.replace("author: Ben Bakker", "author: Ben Bakker\nauthor_aliases: [ben-oud]"),
        encoding="utf-8",
    )
    result = run("withdraw", "ben-bakker", "--yes")
    assert result.exit_code == 0, result.output
    assert (
        "content/columns/ben-twee.md:4: warning: /people/ben-oud/, the page of a former name "
        "that led to Ben Bakker's, would be a bare 404: no story that is or was public lists "
        "it in author_aliases any more; write author_aliases: [ben-oud] here to keep it"
    ) in result.output.splitlines(), result.output
