"""The podium command, through click's runner, on copies of the test site."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys

import pytest

from podium import paths
from podium.errors import one_line
from podium_testkit import ROOT, one_post_feed, set_brand_logo, snapshot


def test_check_passes_on_the_test_site(run):
    result = run("check")
    assert result.exit_code == 0, result.output
    assert "0 errors" in result.output


def test_check_reports_one_line_and_exit_1(run, site):
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text().replace("role:", "rol:"), encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ": error: " in ln]
    assert lines == [
        'content/columns/ben-bakker.md:5: error: unknown field "rol" (did you mean "role"?); '
        "valid fields are title, date, author, role, consent, lang, slug, aliases, author_aliases, "
        "summary, quote, photo, team, location, interviewer, themes, vacancies, status, left, "
        "featured, share_prompts, updated",
    ]
    assert "Traceback" not in result.output


def test_check_github_format(run, site):
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text().replace("date: 2026-04-10", "date: 2026-13-01"), "utf-8")
    result = run("check", "--format", "github", "content/columns/ben-bakker.md")
    assert result.exit_code == 1
    assert result.output.startswith(
        '::error file=content/columns/ben-bakker.md,line=3::field "date" must be a real date'
    )


def test_check_github_format_ends_with_the_counts_as_text_does(run, site):
    # Past ten annotations of a kind the rest are plain lines in the step's log
    # (2,000 of them when themes.yml changes); the counts were only in the text
    # format, so the log never said how many errors there were.
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text().replace("date: 2026-04-10", "date: 2026-13-01"), "utf-8")
    text = run("check").output.splitlines()[-1]
    assert re.fullmatch(r"\d+ stories checked: 1 error, \d+ warnings?", text), text
    github = run("check", "--format", "github")
    assert github.exit_code == 1
    assert github.output.splitlines()[-1] == text


def _unescape_property(text: str) -> str:
    for code, char in (("%2C", ","), ("%3A", ":"), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        text = text.replace(code, char)
    return text


@pytest.mark.parametrize("name", ["een, twee: drie.md", "een\n::error file=x::nep.md", "100%.md"])
def test_github_annotations_escape_file_names(run, site, name):
    """A name with ",", ":", "%" or a line break gives one annotation for that very file."""
    story = site / "content" / "columns" / "ben-bakker.md"
    bad = story.read_text().replace("date: 2026-04-10", "date: 2026-13-01")
    (site / "content" / "columns" / name).write_text(bad, "utf-8")
    story.unlink()
    result = run("check", "--format", "github")
    assert result.exit_code == 1
    # Errors only: the test site's vacancies carry pay-transparency warnings.
    lines = [line for line in result.output.splitlines() if line.startswith("::error")]
    # A ":" is also a name Windows cannot check out: its own error, on the same file.
    assert len(lines) == (2 if ":" in name else 1), result.output
    props, message = lines[-1][len("::error ") :].split("::", 1)
    fields = dict(p.split("=", 1) for p in props.split(","))
    assert _unescape_property(fields["file"]) == f"content/columns/{name}"
    assert fields["line"] == "3"
    assert message.startswith('field "date" must be a real date')


@pytest.mark.parametrize(
    ("name", "shown", "renamed"),
    [('x.md:1: error: nep.md', '":"', "x.md-1- error- nep.md"),
     ('Q&A: mijn jaar?.md', '":" "?"', "Q&A- mijn jaar-.md"),
     ('een "goede" dag.md', "'\"'", "een -goede- dag.md"),
     # A control character, which Windows allows in no name either: it passed
     # without a word, as the URL /stories/new-line/.
     ("new\nline\t.md", '"\\t" "\\n"', "new-line-.md")],
)  # fmt: skip
def test_a_story_file_name_windows_cannot_check_out_is_refused(run, site, name, shown, renamed):
    # Git for Windows cannot check out a repository holding such a name (every
    # Windows writer's clone failed), and "x.md:1: error: nep.md" in an error line
    # read as the PATH:LINE of another file.
    ben = (site / "content" / "columns" / "ben-bakker.md").read_text(encoding="utf-8")
    (site / "content" / "columns" / "ben-bakker.md").unlink()
    (site / "content" / "columns" / name).write_text(ben, encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    said = [ln for ln in result.output.splitlines() if ": error: " in ln]
    name = one_line(name)  # as every line says a path
    assert said == [
        f'content/columns/{name}:2: error: the file name "{name}" holds {shown}, which Windows '
        "does not allow in a file name: a Windows computer cannot check it out; rename the "
        f'file, like "{renamed}"'
    ]


def test_check_limits_output_to_paths(run, site):
    bad = site / "content" / "columns" / "ben-bakker.md"
    bad.write_text(bad.read_text().replace("role:", "rol:"), encoding="utf-8")
    result = run("check", "content/interviews")
    assert result.exit_code == 0


def test_check_of_some_paths_counts_what_it_checked(run):
    """`podium check STORY` ended "8 stories checked", the whole hub's count."""
    last = {
        args: run("check", *args).output.splitlines()[-1]
        for args in [
            ("content/columns/ben-bakker.md",),
            ("content/columns",),
            ("content/themes.yml",),
            ("content/themes.yml", "content/interviews/anna-de-boer.md"),
        ]
    }
    assert list(last.values()) == [
        "1 story checked: 0 errors, 0 warnings",
        "6 stories checked: 0 errors, 0 warnings",
        "1 file checked (no story): 0 errors, 0 warnings",
        "1 story and 1 other file checked: 0 errors, 1 warning",
    ]
    assert run("check").output.splitlines()[-1].startswith("8 stories checked: ")


@pytest.mark.parametrize("spelling", ["relative", "dotted", "absolute", "from elsewhere"])
def test_check_finds_a_bad_file_however_its_path_is_spelled(run, site, spelling, monkeypatch):
    """Every spelling of one file checks that file: an absolute path once matched
    no message, so a bad story passed with exit 0."""
    bad = site / "content" / "columns" / "ben-bakker.md"
    bad.write_text(bad.read_text().replace("role:", "rol:"), encoding="utf-8")
    given = {
        "relative": "content/columns/ben-bakker.md",
        "dotted": "./content/interviews/../columns/ben-bakker.md",
        "absolute": str(bad),
        "from elsewhere": str(bad),
    }[spelling]
    settings = "pelicanconf.py"
    if spelling == "from elsewhere":
        monkeypatch.chdir(site / "content")
        settings = str(site / "pelicanconf.py")
    result = run("check", "-s", settings, given)
    assert result.exit_code == 1, result.output
    assert result.output.startswith('content/columns/ben-bakker.md:5: error: unknown field "rol"')
    assert run("check", "-s", settings, str(site / "content")).exit_code == 1
    assert run("check", "-s", settings, str(site / "content" / "interviews")).exit_code == 0


def test_check_refuses_a_path_it_cannot_check(run, site, tmp_path_factory):
    """A path that is not there, or outside the project, is wrong usage (exit 2),
    never a silent pass."""
    missing = run("check", "content/columns/nobody.md")
    assert missing.exit_code == 2
    assert missing.output.strip() == (
        "content/columns/nobody.md: error: no such file or folder; give one in the project"
    )
    # A slip in a folder's or file's name says which one is there: "content/interview"
    # was only "no such file or folder", with content/interviews beside it.
    for given, meant in [
        ("content/interview", "content/interviews"),
        ("content/themes.yaml", "content/themes.yml"),
    ]:
        slip = run("check", given)
        assert slip.exit_code == 2, slip.output
        assert slip.output.splitlines() == [
            f'{given}: error: no such file or folder (did you mean "{meant}"?); give one in '
            "the project"
        ]
    outside = tmp_path_factory.mktemp("elsewhere") / "story.md"
    outside.write_text("---\ntitle: x\n---\n", encoding="utf-8")
    result = run("check", str(outside))
    assert result.exit_code == 2
    assert result.output.startswith(f"{outside}: error: is outside the project (")
    assert len(result.output.strip().splitlines()) == 1


def test_check_and_build_warn_alike_about_a_dead_vacancy_link(run, site, caplog):
    """The warning about a story's own link to a missing vacancy comes from the
    validate step, so check shows what the build shows."""
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(
        story.read_text().replace("role:", 'vacancies: ["9999"]\nrole:', 1), encoding="utf-8"
    )
    line = (
        'content/columns/ben-bakker.md:5: warning: vacancy "9999" in "vacancies" does not exist '
        '(the vacancies\' ids are "501", "502", "503")'
    )
    check = run("check", "content/columns/ben-bakker.md")
    assert check.exit_code == 0, check.output
    assert line in check.output.splitlines()
    build = run("build")
    assert build.exit_code == 0, build.output
    assert caplog.messages.count(line) == 1  # the build logs its warnings (once)


def test_one_broken_vacancy_file_does_not_make_the_others_vanish(run, site, tmp_path):
    """A new vacancy file with a mistake emptied the whole vacancy list for the
    other checks: Anna's story was told its vacancy "503" does not exist and
    --was that data-engineer.yml was gone (a bare 404), two false warnings
    beside the one real error. The files that read well stay known."""
    was = tmp_path / "base" / "content"
    shutil.copytree(site / "content", was)
    (site / "content" / "vacancies" / "new.yml").write_text('id: "600"\ntitle: Nieuw\n', "utf-8")
    result = run("check", "--was", str(was))
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert 'content/vacancies/new.yml:1: error: missing required field "apply_url" (text)' in lines
    assert not [line for line in lines if "does not exist" in line or "file gone" in line], lines
    # A file that does not read is not taken for a deleted one either.
    broken = site / "content" / "vacancies" / "data-engineer.yml"
    broken.write_text(broken.read_text("utf-8").replace("apply_url:", "apply:"), "utf-8")
    lines = run("check", "--was", str(was)).output.splitlines()
    assert not [line for line in lines if "file gone" in line], lines


def test_a_vacancys_themes_without_a_themes_file_is_an_error_as_a_storys(run, site):
    """Without content/themes.yml a story's themes: [tech] is refused, but a
    vacancy's passed without a word and the job was published in no theme."""
    (site / "content" / "themes.yml").unlink()
    result = run("check", "content/vacancies/data-engineer.yml")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[0] == (
        'content/vacancies/data-engineer.yml:10: error: "themes" needs a file '
        "content/themes.yml that defines them"
    )


def test_a_link_to_a_role_filled_long_ago_stops_warning(run, site, monkeypatch):
    """Every closed vacancy a story linked warned on every build for ever: in
    an old hub, warnings about jobs filled years ago buried the ones that need
    a writer. Vacancy 503 closed after 2026-03-31; Anna's story (2026-03-02)
    links it. A story dated after the role closed was a mistake from the start
    and keeps its warning."""
    path = "content/interviews/anna-de-boer.md"
    line = f'{path}:14: warning: vacancy "503" in "vacancies" is closed'
    for today, warned in (("2026-06-01", True), ("2026-06-29", True), ("2026-06-30", False),
                          ("2028-01-01", False)):  # fmt: skip
        monkeypatch.setenv("PODIUM_TODAY", today)
        check = run("check", path)
        assert check.exit_code == 0, check.output
        assert (line in check.output.splitlines()) is warned, (today, check.output)
    story = site / path
    story.write_text(story.read_text().replace("date: 2026-03-02", "date: 2026-05-02"), "utf-8")
    assert line in run("check", path).output.splitlines()


def test_a_refused_story_still_has_its_themes_and_photo_checked(run, site):
    """One run shows every mistake: a wrong field no longer hides an unknown theme
    or a missing photo until the next run. The second run reads the parse cache."""
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(
        story.read_text().replace(
            "role:", "lang: xx\nthemes: [no-such-theme]\nphoto: images/nobody.jpg\nrole:", 1
        ),
        encoding="utf-8",
    )
    first = run("check", "content/columns/ben-bakker.md")
    assert first.exit_code == 1
    errors = [line for line in first.output.splitlines() if ": error: " in line]
    assert any(':5: error: field "lang"' in line for line in errors), errors
    assert any(":6: error: " in line and "no-such-theme" in line for line in errors), errors
    assert any(':7: error: field "photo": no file content/images/nobody.jpg' in line
               for line in errors), errors  # fmt: skip
    assert run("check", "content/columns/ben-bakker.md").output == first.output


@pytest.mark.parametrize("status", ["published", "draft"])
def test_a_refused_story_still_has_its_vacancies_and_prompts_checked(run, site, status):
    """A misspelt field hid a link to a vacancy that does not exist and a prompt of
    `podium new` left in the text until the next run, where the first said only
    the field. The prompt is a warning in a draft, as it is in a valid one."""
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(
        story.read_text().replace(
            "role:", f'lang: xx\nstatus: {status}\nvacancies: ["9999"]\nrole:', 1
        )
        + "\nVervang deze tekst door je antwoord, in je eigen woorden.\n",
        encoding="utf-8",
    )
    first = run("check", "content/columns/ben-bakker.md")
    assert first.exit_code == 1
    lines = first.output.splitlines()
    assert any(':5: error: field "lang"' in line for line in lines), lines
    assert any(
        ':7: warning: vacancy "9999" in "vacancies" does not exist' in line for line in lines
    ), lines
    prompt = "draft" if status == "draft" else "published"
    said = [line for line in lines if "still contains the prompt" in line]
    assert len(said) == 1 and (": warning: " in said[0]) == (prompt == "draft"), said
    assert run("check", "content/columns/ben-bakker.md").output == first.output  # cached


def test_duplicate_slug_names_both_files(run, site):
    src = site / "content" / "columns" / "ben-bakker.md"
    (site / "content" / "columns" / "ben-copy.md").write_text(
        src.read_text().replace("title:", "slug: ben-bakker\ntitle:"), encoding="utf-8"
    )
    result = run("check")
    assert result.exit_code == 1
    assert 'slug "ben-bakker" in language "nl" is also used by content/columns/ben-copy.md' in (
        result.output
    )


def test_two_file_names_in_two_unicode_forms_are_said_as_one_name(run, site):
    # "josé.md" with "é" as one character and as "e" and a combining accent: the
    # slug error named both files, and the two names looked the same.
    src = site / "content" / "columns" / "ben-bakker.md"
    for name in ("jos\u00e9.md", "jose\u0301.md"):
        (site / "content" / "columns" / name).write_text(
            src.read_text().replace("title:", "slug: jose-en-ik\ntitle:"), encoding="utf-8"
        )
    result = run("check")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if 'slug "jose-en-ik"' in line]
    assert len(lines) == 2, result.output
    assert all(
        "two of these file names are one name written in two Unicode forms" in line
        for line in lines
    ), lines


def test_a_translation_with_its_originals_lang_is_told_to_fix_the_lang(run, site):
    # A translation begun as a copy of the original kept "lang: nl" in
    # anna-de-boer.en.md: the collision said only 'give one of them another
    # "slug" or file name', which would make two Dutch stories of one story
    # and its translation. The file name says what was meant.
    english = site / "content" / "interviews" / "anna-de-boer.en.md"
    english.write_text(english.read_text().replace("\nlang: en\n", "\nlang: nl\n"), "utf-8")
    result = run("check")
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if "is also used by" in ln]
    assert len(errors) == 2, result.output
    for line in errors:
        assert line.endswith(
            'content/interviews/anna-de-boer.en.md says "lang: nl" but its file name ends in '
            '.en.md: if it is the translation, write "lang: en" there; else give one of them '
            'another "slug" or file name'
        ), line


def test_a_translation_with_no_lang_is_told_to_write_its_lang(run, site):
    # A translation written as a file of its own name, with the original's slug
    # to share its URL and no "lang" line, is in the site's default language:
    # the collision said only 'give one of them another "slug" or file name',
    # which would leave it a second Dutch story, not the English one.
    original = site / "content" / "interviews" / "anna-de-boer.en.md"
    text = original.read_text(encoding="utf-8").replace("\nlang: en\n", "\n")
    assert "\nslug: anna-de-boer\n" in text and "\nlang:" not in text
    original.unlink()
    english = site / "content" / "interviews" / "anna-english.md"
    english.write_text(text, encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if "is also used by" in ln]
    assert len(errors) == 2, result.output
    for line in errors:
        assert line.endswith(
            'content/interviews/anna-english.md has no "lang", so it is in the site\'s '
            'default language, "nl": if it is the translation, write "lang: en" there; '
            'else give one of them another "slug" or file name'
        ), line


def test_wrong_usage_exits_2(run):
    assert run("check", "--format", "xml").exit_code == 2
    assert run("new", "essay").exit_code == 2
    assert run("nonsense").exit_code == 2


@pytest.mark.parametrize(
    "args, said",
    [
        (("serve", "-p", "99999"), "Invalid value for '-p' / '--port': 99999 is not in the range"),
        (("build", "--bogus"), "No such option '--bogus'. Did you mean '--verbose'?"),
        (("--bogus",), "No such option '--bogus'"),
        (("nonsense",), "No such command 'nonsense'"),
        (("new",), "Missing argument '{interview|column}'. Choose from: interview, column"),
        (("check", "--format", "\x1b[2Jx"), "Invalid value for '--format': '\\x1b[2Jx'"),
        # Served on every interface (0.0.0.0: drafts open to the network), as
        # "Serving on http://:8000/", for an unset variable in --bind "$HOST".
        (("serve", "--bind", ""), "Invalid value for '--bind': the address is empty"),
        (("serve", "--bind", " "), "Invalid value for '--bind': the address is empty"),
        # NaN passes every comparison: "connection failed: ValueError: Invalid
        # value NaN" for each feed, and ping's retries would sleep(nan).
        (("vacancies", "pull", "--timeout", "nan"), "Invalid value for '--timeout': nan is not"),
        (("ping", "--timeout", "NaN"), "Invalid value for '--timeout': NaN is not in the range"),
        (("ping", "--backoff", "nan"), "Invalid value for '--backoff': nan is not in the range"),
    ],
)
def test_click_usage_errors_are_one_line(run, args, said):
    # They were click's three lines, "Usage: ...", "Try '... --help' for help.", "Error: ...".
    result = run(*args)
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("podium: error: "), lines
    assert said in lines[0] and lines[0].endswith(" --help)"), lines


@pytest.mark.parametrize("args", [("-q", "-v"), ("-v", "-q"), ("--quiet", "--verbose")])
def test_build_quiet_and_verbose_together_is_wrong_usage(run, site, args):
    # -q won without a word: a CI step asking for everything Pelican says got nothing.
    result = run("build", *args)
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("podium: error: "), lines
    assert "-q/--quiet" in lines[0] and "-v/--verbose" in lines[0], lines
    assert not (site / "output").exists()  # nothing built


def test_help_is_still_click_help(run):
    result = run("serve", "--help")
    assert result.exit_code == 0 and result.output.startswith("Usage: ")
    assert run().output.startswith("Usage: ")  # `podium` alone: its help


def test_build_then_failed_build_leaves_output_untouched(run, site):
    result = run("build", "-q")
    assert result.exit_code == 0, result.output
    output = site / "output"
    before = snapshot(output)
    assert "index.html" in before
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text().replace("consent:", "consnt:"), encoding="utf-8")
    result = run("build", "-q")
    assert result.exit_code == 1
    assert 'content/columns/ben-bakker.md:7: error: unknown field "consnt"' in result.output
    assert snapshot(output) == before
    leftovers = [p.name for p in site.iterdir() if p.name.startswith(".output")]
    assert leftovers == []


def test_a_failed_build_into_a_new_nested_folder_leaves_no_folder_behind(run, site):
    """`-o a/b` made a/ before the content was checked: a failed build left it."""
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text().replace("consent:", "consnt:"), encoding="utf-8")
    result = run("build", "-q", "-o", "a/b/c")
    assert result.exit_code == 1, result.output
    assert not (site / "a").exists()


def test_a_withdrawn_story_naming_an_unknown_theme_is_a_warning(run, site):
    """Its tombstone would leave the theme out without a word."""
    (site / "content" / "withdrawn.yml").write_text(
        "withdrawn:\n  - slug: oud\n    themes: [tech, no-such-theme]\n", encoding="utf-8"
    )
    result = run("check")
    assert result.exit_code == 0, result.output
    assert (
        'content/withdrawn.yml:2: warning: theme "no-such-theme" of withdrawn "oud" is not in '
        "themes.yml; its tombstone will not link it (remove it, or give a theme that exists)"
    ) in result.output.splitlines()
    assert '"tech" of withdrawn' not in result.output


@pytest.mark.parametrize("written", ["content/brand/logo.svg", "./content/brand/logo.svg"])
def test_a_brand_logo_written_from_the_project_is_told_its_path_from_content(run, site, written):
    # "content/brand/logo.svg" (the README calls the setting a path in content/) was
    # told "names content/content/brand/logo.svg ...; put the logo there".
    (site / "content" / "brand").mkdir(exist_ok=True)
    (site / "content" / "brand" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>', encoding="utf-8"
    )
    set_brand_logo(site, written)
    result = run("check")
    assert result.exit_code == 1, result.output
    said = [line for line in result.output.splitlines() if "PODIUM_BRAND['logo']" in line]
    assert len(said) == 1 and said[0].endswith(
        "which does not exist; the path is from content/: write 'brand/logo.svg'"
    ), result.output


@pytest.mark.parametrize("logo", ["brand/logo.png", "brand/logo.svg"])
def test_a_brand_logo_that_is_not_there_is_a_one_line_setting_error(run, site, logo):
    # A new company empties content/ of the demo's brand/logo.svg (README, step 1)
    # and keeps the demo's PODIUM_BRAND: the line asked for "an image file in
    # content/, like 'brand/logo.svg'", the very file it had just said was not
    # there, and not that a hub without a logo builds (README, step 2).
    conf = site / "pelicanconf.py"
    set_brand_logo(site, logo)
    line = next(
        i for i, text in enumerate(conf.read_text().splitlines(), 1) if "PODIUM_BRAND" in text
    )
    expected = (
        f"pelicanconf.py:{line}: error: setting PODIUM_BRAND['logo'] names content/{logo},"
        " which does not exist; put the logo there, or leave 'logo' out of PODIUM_BRAND"
        " until you have one (the header then shows the name, and the favicon is a plain"
        " mark in the brand's colours)"
    )
    for command in ("check", "build"):
        result = run(command, "-q") if command == "build" else run(command)
        assert result.exit_code == 1, result.output
        assert expected in result.output.splitlines(), result.output
        assert "Traceback" not in result.output and "FileNotFoundError" not in result.output


@pytest.mark.parametrize(
    ("output", "how"),
    [
        ("content/site", "is inside content/"),
        ("content", "is content/"),
        ("..", "contains the project folder"),
    ],
)
def test_an_output_path_the_build_refuses_is_refused_by_podium_check_too(run, site, output, how):
    """OUTPUT_PATH = "content/site" passed podium check (the pull request's), and the
    build after the merge refused it: "output folder is inside content/"."""
    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8") + f'OUTPUT_PATH = "{output}"\n'
    conf.write_text(text, "utf-8")
    checked = run("check")
    assert checked.exit_code == 1, checked.output
    (line,) = [ln for ln in checked.output.splitlines() if "OUTPUT_PATH" in ln]
    assert line.startswith(
        f"pelicanconf.py:{len(text.splitlines())}: error: setting OUTPUT_PATH is '{output}', "
        f"which {how}"
    ), line
    assert line.endswith(
        'and the build replaces the whole folder; choose a folder of its own, like "output"'
    ), line
    # The build refuses it in the same words, on the setting's line: "output folder
    # is inside content/" named the folder's absolute path, and no setting.
    built = run("build", "-q")
    assert built.exit_code == 2 and built.output.splitlines() == [line], built.output
    conf.write_text(text.replace(f'OUTPUT_PATH = "{output}"', 'OUTPUT_PATH = "public"'), "utf-8")
    assert "OUTPUT_PATH" not in run("check").output


def test_an_output_path_inside_an_earlier_output_is_refused_by_podium_check_too(run, site):
    """OUTPUT_PATH = "output/site" beside the output/ an earlier build wrote passed
    podium check, and the build then refused it: "output folder is inside ...output,
    an output folder Podium wrote (.podium-output)"."""
    (site / "output").mkdir()
    (site / "output" / ".podium-output").write_text("", "utf-8")
    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8") + 'OUTPUT_PATH = "output/site"\n'
    conf.write_text(text, "utf-8")
    checked = run("check")
    assert checked.exit_code == 1, checked.output
    said = [
        f"pelicanconf.py:{len(text.splitlines())}: error: setting OUTPUT_PATH is "
        "'output/site', which is inside 'output', an output folder Podium wrote "
        "(.podium-output) that the next build there replaces whole, and the build refuses "
        "it; choose a folder outside it"
    ]
    assert [ln for ln in checked.output.splitlines() if "OUTPUT_PATH" in ln] == said
    built = run("build", "-q")
    assert built.exit_code == 2 and built.output.splitlines() == said, built.output


def test_an_output_path_set_in_pelicanconf_is_refused_on_its_line_under_publishconf(run, site):
    """publishconf.py takes OUTPUT_PATH from ``from pelicanconf import *``: the error
    is on the line of pelicanconf.py that assigns it, not on publishconf.py."""
    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8") + 'OUTPUT_PATH = "content/site"\n'
    conf.write_text(text, "utf-8")
    (site / "publishconf.py").write_text(
        'from pelicanconf import *  # noqa\nSITEURL = "https://careers.acme.nl"\n', "utf-8"
    )
    checked = run("check", "-s", "publishconf.py")
    assert checked.exit_code == 1, checked.output
    (line,) = [ln for ln in checked.output.splitlines() if "OUTPUT_PATH" in ln]
    where = f"pelicanconf.py:{len(text.splitlines())}: "
    assert line.startswith(where + "error: setting OUTPUT_PATH is 'content/site'"), line


def test_a_publishconf_with_delete_output_directory_builds_twice(run, site):
    # Pelican's quickstart publishconf.py (and the demo's) sets
    # DELETE_OUTPUT_DIRECTORY = True; Pelican then emptied the new output,
    # marker file included, so the next build refused its own output.
    base = (site / "pelicanconf.py").read_text(encoding="utf-8")
    (site / "publishconf.py").write_text(
        base + 'SITEURL = "https://example.org"\nDELETE_OUTPUT_DIRECTORY = True\n',
        encoding="utf-8",
    )
    for _ in range(2):
        result = run("build", "-q", "-s", "publishconf.py")
        assert result.exit_code == 0, result.output
    assert (site / "output" / ".podium-output").is_file()
    assert (site / "output" / "index.html").is_file()


@pytest.mark.parametrize(
    ("address", "whose"),
    [("", "the demo's address"), ("https://careers.acme.test", "a name reserved for examples")],
)
def test_publish_settings_on_the_demos_address_warn_on_the_siteurl_line(
    run, site, monkeypatch, caplog, address, whose
):
    """A hub made from the demo kept its publishconf.py, whose SITEURL falls back to
    https://werkenbij.helder-energie.example while PODIUM_SITEURL is unset: `podium
    check -s publishconf.py` and the build said nothing, and the hub went out with
    its feeds, sitemap and canonical links on a host that cannot exist."""
    shutil.copy(ROOT / "publishconf.py", site / "publishconf.py")
    monkeypatch.delenv("PODIUM_SITEURL", raising=False)
    if address:
        monkeypatch.setenv("PODIUM_SITEURL", address)
    shown = address or "https://werkenbij.helder-energie.example"
    expected = (
        f"publishconf.py:9: warning: setting SITEURL is '{shown}' in the publish settings, "
        f"{whose}, which no one can visit: the published feeds, sitemap, robots.txt and "
        "canonical links would all point there; give the hub's own address, like "
        '"https://werkenbij.example.com" (or set PODIUM_SITEURL, which publishconf.py reads '
        "first)"
    )
    checked = run("check", "-s", "publishconf.py")
    assert checked.exit_code == 0, checked.output
    assert checked.output.splitlines().count(expected) == 1, checked.output
    with caplog.at_level("WARNING"):
        built = run("build", "-s", "publishconf.py")
    assert built.exit_code == 0, built.output
    assert [r.getMessage() for r in caplog.records].count(expected) == 1, caplog.text
    # A preview with pelicanconf.py takes that address for its canonical links,
    # og:image, sitemap and feeds: the same line (a new company's `podium build`
    # wrote the demo's address into every page without a word).
    assert run("check").output.splitlines().count(expected) == 1
    with caplog.at_level("WARNING"):
        caplog.clear()
        assert run("build").exit_code == 0
    assert [r.getMessage() for r in caplog.records].count(expected) == 1, caplog.text
    # The hub's own address, and the pull request's production build (pull-request.yml,
    # for localhost on purpose): no word, in the publish build or the preview.
    for own in ("https://werkenbij.testbedrijf.nl", "http://localhost:8765"):
        monkeypatch.setenv("PODIUM_SITEURL", own)
        assert "setting SITEURL" not in run("check", "-s", "publishconf.py").output, own
        assert "setting SITEURL" not in run("check").output, own
    monkeypatch.delenv("PODIUM_SITEURL")
    # The demo itself is built for its own made-up address, quietly.
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text("utf-8").replace(
            'SITENAME = "Werken bij Testbedrijf"', 'SITENAME = "Werken bij Helder Energie"'
        ),
        "utf-8",
    )
    assert "setting SITEURL" not in run("check", "-s", "publishconf.py").output


def test_publish_settings_on_plain_http_warn_for_a_public_hub(run, site, monkeypatch):
    """PODIUM_SITEURL=http://careers.acme.nl (https:// forgotten) built and checked
    without a word: every canonical link, og:url, sitemap entry and feed id named
    the http:// page, which the host redirects to https://, and `podium ping` sent
    those. An intranet hub on http:// (an IP address, a name without a dot,
    .internal) is left alone."""
    shutil.copy(ROOT / "publishconf.py", site / "publishconf.py")
    monkeypatch.setenv("PODIUM_SITEURL", "http://careers.acme.nl/hub")
    expected = (
        "publishconf.py:9: warning: setting SITEURL is 'http://careers.acme.nl/hub' in the "
        "publish settings, a public address over plain http://: every canonical link, og:url, "
        "sitemap entry and feed id would name the http:// page, which browsers mark "
        '"Not secure" and search engines keep apart from the https:// one a host redirects '
        'to; give "https://careers.acme.nl/hub" (an intranet hub on http:// may keep it)'
    )
    checked = run("check", "-s", "publishconf.py")
    assert checked.exit_code == 0, checked.output
    assert checked.output.splitlines().count(expected) == 1, checked.output
    for quiet in (
        "https://careers.acme.nl",
        "http://10.1.2.3/hub",
        "http://hub",
        "http://hub.internal",
    ):
        monkeypatch.setenv("PODIUM_SITEURL", quiet)
        assert "setting SITEURL" not in run("check", "-s", "publishconf.py").output, quiet


def test_a_hub_published_with_the_demos_indexnow_key_is_warned(run, site, monkeypatch):
    """publishconf.py falls back to the demo's IndexNow key while PODIUM_INDEXNOW_KEY
    is unset: a hub that kept it published /5b0f...txt, the key printed in Podium's
    own source, so anyone could submit its addresses, and nothing said so."""
    shutil.copy(ROOT / "publishconf.py", site / "publishconf.py")
    monkeypatch.setenv("PODIUM_SITEURL", "https://werkenbij.testbedrijf.nl")
    monkeypatch.delenv("PODIUM_INDEXNOW_KEY", raising=False)
    expected = (
        "publishconf.py:19: warning: setting PODIUM_INDEXNOW has the demo's IndexNow key, "
        "which is printed in Podium's own publishconf.py, so anyone could submit addresses "
        'of this hub with it; make one of your own with `python -c "import secrets; '
        'print(secrets.token_hex(16))"` and set PODIUM_INDEXNOW_KEY to it (or the key in '
        "publishconf.py)"
    )
    checked = run("check", "-s", "publishconf.py")
    assert checked.exit_code == 0, checked.output
    assert checked.output.splitlines().count(expected) == 1, checked.output
    # Its own key; or the pull request's build for localhost, which sets none: no word.
    monkeypatch.setenv("PODIUM_INDEXNOW_KEY", "0123456789abcdef0123456789abcdef")
    assert "PODIUM_INDEXNOW" not in run("check", "-s", "publishconf.py").output
    monkeypatch.delenv("PODIUM_INDEXNOW_KEY")
    monkeypatch.setenv("PODIUM_SITEURL", "http://localhost:8765")
    assert "PODIUM_INDEXNOW" not in run("check", "-s", "publishconf.py").output


def test_the_demos_address_and_key_kept_are_two_warnings_of_one_run(run, site, monkeypatch):
    """A fork's publishconf.py as shipped (PODIUM_SITEURL and PODIUM_INDEXNOW_KEY
    unset): `podium check -s publishconf.py` warned of the demo's address only, and of
    the demo's key once the address was the hub's own, in the next run."""
    shutil.copy(ROOT / "publishconf.py", site / "publishconf.py")
    monkeypatch.delenv("PODIUM_SITEURL", raising=False)
    monkeypatch.delenv("PODIUM_INDEXNOW_KEY", raising=False)
    checked = run("check", "-s", "publishconf.py")
    assert checked.exit_code == 0, checked.output
    warned = [ln for ln in checked.output.splitlines() if ln.startswith("publishconf.py:")]
    assert len(warned) == 2, checked.output
    assert "warning: setting SITEURL is 'https://werkenbij.helder-energie.example'" in warned[0]
    assert "warning: setting PODIUM_INDEXNOW has the demo's IndexNow key" in warned[1]


def test_a_feed_domain_other_than_the_site_address_is_one_warning(run, site):
    """FEED_DOMAIN = "https://feeds.acme.nl" (Pelican's feeds' host) built without a
    word, and the hub's feeds stayed at SITEURL: Podium does not read it."""
    base = (site / "pelicanconf.py").read_text(encoding="utf-8")
    publish = site / "publishconf.py"
    publish.write_text(
        base + 'SITEURL = "https://careers.acme.nl"\nFEED_DOMAIN = "https://feeds.acme.nl"\n',
        encoding="utf-8",
    )
    line = len(base.splitlines()) + 2
    expected = (
        f"publishconf.py:{line}: warning: setting FEED_DOMAIN is 'https://feeds.acme.nl', "
        "another address than SITEURL ('https://careers.acme.nl'), and Podium does not read "
        "it: the hub's feeds are published with its pages and named at SITEURL "
        "(feeds/stories.atom.xml, stories.json, each theme's feed); remove it, or set it to "
        "SITEURL"
    )
    checked = run("check", "-s", "publishconf.py")
    assert checked.exit_code == 0, checked.output
    assert checked.output.splitlines().count(expected) == 1, checked.output
    # As the demo's publishconf.py has it (FEED_DOMAIN = SITEURL), or with a slash: no word.
    for same in ("SITEURL", '"https://careers.acme.nl/"'):
        publish.write_text(
            base + f'SITEURL = "https://careers.acme.nl"\nFEED_DOMAIN = {same}\n', "utf-8"
        )
        assert "FEED_DOMAIN" not in run("check", "-s", "publishconf.py").output


def test_publishconf_imports_the_pelicanconf_beside_it_from_anywhere_and_afresh(
    run, site, monkeypatch, tmp_path
):
    """publishconf.py (the demo's, as Pelican's quickstart writes it) does
    `sys.path.append(os.curdir)` and `from pelicanconf import *`. Run from another
    folder, `podium check -s site/publishconf.py` said "ModuleNotFoundError: No module
    named 'pelicanconf'", or took the pelicanconf.py of the folder it ran in; and in one
    process (`podium serve -s publishconf.py`) a changed pelicanconf.py was never read
    again: the first import stayed in sys.modules."""
    from podium_cli.build import load_settings

    shutil.copy(ROOT / "publishconf.py", site / "publishconf.py")
    first = run("check", "-s", "publishconf.py")  # loads it here first
    assert first.exit_code == 0, first.output
    monkeypatch.chdir(tmp_path)  # site/ is below, and no pelicanconf.py here
    result = run("check", "-s", "site/publishconf.py")
    assert result.exit_code == 0, result.output
    (tmp_path / "pelicanconf.py").write_text('SITENAME = "Another hub"\n', encoding="utf-8")
    assert load_settings("site/publishconf.py")["SITENAME"] == "Werken bij Testbedrijf"
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + 'SITENAME = "Changed"\n', "utf-8")
    assert load_settings("site/publishconf.py")["SITENAME"] == "Changed"


def test_a_siteurl_ending_in_a_slash_is_taken_without_a_word(site):
    """ "https://werkenbij.example.com/" is how an address is often copied. Pelican
    drops the slash and said so in its own words, formatted two ways and neither
    PATH:LINE: a bare "Removed extraneous trailing slash from SITEURL." from `podium
    check` (no annotation with --format github) and "podium: warning: ..." from
    `podium build`, on every run of every step. The address built is the same."""
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + 'SITEURL = "https://example.org/hub/"\n', "utf-8")
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    for command in (["check"], ["check", "--format", "github"], ["build"]):
        done = subprocess.run([sys.executable, "-m", "podium_cli", *command], cwd=site,
                              env=env, capture_output=True, text=True, timeout=300)  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "slash" not in done.stdout + done.stderr, (command, done.stderr)
    page = (site / "output" / "index.html").read_text(encoding="utf-8")
    assert 'rel="canonical" href="https://example.org/hub/"' in page
    assert "https://example.org/hub//" not in page


def test_pelicans_settings_warnings_are_one_line_at_the_setting_in_every_command(site):
    """PLUGIN_PATHS = "plugins" (a string): Pelican warns that it is deprecated.
    `podium build` said "podium: warning: ...", but check, report and tag set up
    no logging, and Python printed Pelican's bare words, no PATH: warning: (CI's
    problem matcher and a reader both missed it). Now every command names the
    settings file and the line of the setting. Under `check --format github` it
    was that plain line among the check's ::warning annotations, which no
    reviewer sees: there it is an annotation too."""
    import subprocess
    import sys

    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8").replace(
        'PLUGIN_PATHS = [str(ROOT / "plugins")]', 'PLUGIN_PATHS = str(ROOT / "plugins")'
    )
    conf.write_text(text, "utf-8")
    line = text.splitlines().index('PLUGIN_PATHS = str(ROOT / "plugins")') + 1
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    words = "Defining PLUGIN_PATHS setting as string has been deprecated (should be a list)"
    plain = f"pelicanconf.py:{line}: warning: {words}"
    for command, expected in (
        (["check"], plain),
        (["check", "--format", "github"], f"::warning file=pelicanconf.py,line={line}::{words}"),
        (["report"], plain),
        (["tag"], plain),
        (["build"], plain),
    ):
        done = subprocess.run([sys.executable, "-m", "podium_cli", *command], cwd=site,
                              env=env, capture_output=True, text=True, timeout=300)  # fmt: skip
        assert done.returncode == 0, done.stderr
        deprecated = [ln for ln in done.stderr.splitlines() if "PLUGIN_PATHS" in ln]
        assert deprecated == [expected], (command, done.stderr)


def test_vacancies_pull_takes_the_settings_after_its_name_and_its_help_needs_none(run, site):
    # `podium vacancies pull -s publishconf.py`, as every other command takes
    # -s, was "No such option '-s'" (only `podium vacancies -s ... pull` was
    # taken); and the group read the settings before the subcommand parsed its
    # options, so a wrong setting made `podium vacancies pull --help` fail.
    conf = site / "pelicanconf.py"
    other = site / "other.py"
    text = conf.read_text("utf-8") + "PODIUM_FEEDS = 5\n"
    other.write_text(text, "utf-8")
    line = len(text.splitlines())
    for args in (("vacancies", "pull", "-s", "other.py"), ("vacancies", "-s", "other.py", "pull")):
        result = run(*args)
        assert result.exit_code == 1, result.output
        assert result.output.splitlines()[0].startswith(
            f"other.py:{line}: error: setting PODIUM_FEEDS must be a list"
        )
    conf.write_text(text, "utf-8")
    result = run("vacancies", "pull", "--help")
    assert result.exit_code == 0 and "Refresh the ATS snapshots" in result.output


def test_the_help_lists_whole_sentences_and_says_what_every_option_does(run):
    # `podium --help` cut each command's first line at the terminal's width
    # ("Validate all content, then build the site (nothing changes..."), and
    # check's --format, report's --format and serve's --bind said nothing of
    # what they do.
    import click

    from podium_cli.cli import main

    listing = run("--help").output.split("Commands:", 1)[1]
    assert "..." not in listing, listing

    def commands(group, path):
        for name, command in group.commands.items():
            yield f"{path} {name}", command
            if isinstance(command, click.Group):
                yield from commands(command, f"{path} {name}")

    for path, command in commands(main, "podium"):
        for param in command.params:
            if isinstance(param, click.Option) and param.name != "help":
                assert param.help, f"{path} {param.opts[-1]} has no help"


def test_a_single_file_in_static_paths_is_copied_as_pelican_documents(run, site):
    # Pelican's own example: STATIC_PATHS = ["extra/robots.txt"] with
    # EXTRA_PATH_METADATA; a GitHub Pages site needs its CNAME so.
    (site / "content" / "extra").mkdir()
    (site / "content" / "extra" / "CNAME").write_text("werkenbij.example\n", encoding="utf-8")
    with (site / "pelicanconf.py").open("a", encoding="utf-8") as conf:
        conf.write(
            'STATIC_PATHS = ["brand", "extra/CNAME"]\n'
            'EXTRA_PATH_METADATA = {"extra/CNAME": {"path": "CNAME"}}\n'
        )
    result = run("build", "-q")
    assert result.exit_code == 0, result.output
    assert (site / "output" / "CNAME").read_text(encoding="utf-8") == "werkenbij.example\n"


@pytest.mark.parametrize(
    ("name", "fmt"), [("office.tiff", "TIFF"), ("team.gif", "GIF"), ("logo.jfif", "JPEG")]
)
def test_a_static_photo_that_would_be_copied_as_is_is_refused(run, site, name, fmt):
    # Only .jpg, .jpeg, .png and .webp static files are re-encoded; any other
    # in a STATIC_PATHS folder besides brand/ (which refuses other types) was
    # copied byte for byte, EXIF and GPS position included.
    from PIL import Image

    exif = Image.Exif()
    exif[0x013B] = "Anna de Vries"  # Artist
    exif.get_ifd(0x8825).update({1: "N", 2: (52.0, 22.0, 1.5), 3: "E", 4: (4.0, 53.0, 2.0)})
    path = site / "content" / "extra" / name
    path.parent.mkdir()
    with (site / "pelicanconf.py").open("a", encoding="utf-8") as conf:
        conf.write('STATIC_PATHS = ["brand", "extra"]\n')
    Image.new("RGB", (60, 40), (90, 90, 90)).save(path, fmt, exif=exif)
    result = run("build", "-q")
    assert result.exit_code == 1, result.output
    assert result.output.strip() == (
        f"content/extra/{name}: error: static file is a {fmt} image, which would be published "
        "as it is, with any EXIF, GPS or XMP data it holds; save it as .jpg, .png or .webp, "
        "which are published re-encoded without metadata"
    )
    assert not (site / "output" / "extra" / name).exists()


def test_build_to_other_output_dir(run, site):
    result = run("build", "-q", "-o", "public")
    assert result.exit_code == 0, result.output
    assert (site / "public" / "index.html").is_file()
    assert (site / "public" / "en" / "index.html").is_file()


@pytest.mark.parametrize(
    ("args", "option", "command"),
    [
        (("build", "-o", ""), "'-o' / '--output'", "build"),
        (("build", "-s", ""), "'-s' / '--settings'", "build"),
        (("report", "-o", ""), "'-o' / '--output'", "report"),
        (("check", "--was", ""), "'--was'", "check"),
        (("check", ""), "'[PATHS]...'", "check"),
        (("vacancies", "pull", "-s", ""), "'-s' / '--settings'", "vacancies pull"),
    ],
)
def test_an_empty_path_is_a_usage_error_naming_the_option(run, site, args, option, command):
    """`-o "$OUT"` with OUT unset built into output/ (report printed to the
    terminal, vacancies pull read pelicanconf.py); `-s ''` said ": error: ..."."""
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        f"podium: error: Invalid value for {option}: the path is empty (an unset variable "
        f"in a script?); give a path, or leave it out (see main {command} --help)"
    ]
    assert not (site / "output").exists()


@pytest.mark.parametrize(
    ("args", "option", "command"),
    [
        (("build", "-o", "x" * 300), "'-o' / '--output'", "build"),
        (("build", "-o", "public/" + "x" * 300 + "/site"), "'-o' / '--output'", "build"),
        (("check", "-s", "x" * 300), "'-s' / '--settings'", "check"),
        (("tag", "--explain", "-s", "x" * 300), "'-s' / '--settings'", "tag"),
        (("withdraw", "-s", "x" * 300, "ben-bakker"), "'-s' / '--settings'", "withdraw"),
    ],
)
def test_a_path_no_file_system_takes_is_a_usage_error_naming_the_option(
    run, site, args, option, command
):
    """A name of 300 letters ended every command given it as -s, and build given
    it as -o, in "podium: error: OSError: [Errno 36] File name too long", exit 1."""
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        f"podium: error: Invalid value for {option}: no file can be named so: a path with a "
        f'name of 300 bytes ("{"x" * 40}..."), more than the 255 a file system takes; give a '
        f"shorter name (see main {command} --help)"
    ]
    assert not (site / "output").exists()


def test_a_settings_file_that_is_no_file_or_empty_says_so(run, site):
    """-s /dev/null was "settings file not found", and an empty file's one line
    named THEME alone, as if the rest were there."""
    result = run("report", "-s", "/dev/null")
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        "/dev/null: error: settings file is not a file; give one, like pelicanconf.py"
    ]
    (site / "empty.py").write_text("\n", encoding="utf-8")
    result = run("report", "-s", "empty.py")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [
        "empty.py: error: settings file is empty; it sets at least THEME, PLUGIN_PATHS and "
        "PLUGINS (start from Podium's pelicanconf.py, see README)"
    ]


def test_missing_settings_file_is_one_line(run):
    result = run("build", "-s", "nope.py")
    assert result.exit_code == 2  # a wrong argument: usage
    assert result.output.strip() == "nope.py: error: settings file not found"


@pytest.mark.parametrize("command", ["check", "tag", "report"])
def test_a_command_run_in_a_folder_of_the_project_names_the_project(
    run, site, monkeypatch, command
):
    # "pelicanconf.py: error: settings file not found", run from content/columns/
    # (a writer's terminal where the story is), as if the hub had no settings file.
    monkeypatch.chdir(site / "content" / "columns")
    result = run(command)
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "pelicanconf.py: error: settings file not found in this folder; the project is "
        "../.. (run podium there, or give -s ../../pelicanconf.py)"
    ]


@pytest.mark.parametrize("command", ["build", "check", "report"])
def test_a_settings_file_that_is_not_python_is_one_line(run, site, command):
    # Pelican imports it as a module, and failed: "AttributeError: 'NoneType'
    # object has no attribute 'loader'", exit 1.
    shutil.copy(site / "pelicanconf.py", site / "pelicanconf.txt")
    result = run(command, "-s", "pelicanconf.txt")
    assert result.exit_code == 2, result.output
    assert result.output.strip() == (
        "pelicanconf.txt: error: settings file must be a Python file ending in .py, "
        "like pelicanconf.py"
    )
    assert not (site / "output").exists()


@pytest.mark.parametrize(
    ("added", "message"),
    [
        ("SITEURL = (\n", "SyntaxError: '(' was never closed"),
        ('SITEURL = os.environ["SITEURL"]\n', "NameError: name 'os' is not defined"),
    ],
)
def test_a_broken_settings_file_names_its_line(run, site, added, message):
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    line = text.count("\n") + 1
    conf.write_text(text + "\n".join(["# a comment"] * 3) + "\n" + added, encoding="utf-8")
    for command in ("check", "build"):
        result = run(command)
        assert result.exit_code == 1
        assert result.output.splitlines() == [f"pelicanconf.py:{line + 3}: error: {message}"]


@pytest.mark.parametrize("code", ["0", "3", "'bye'", ""])
def test_a_settings_file_that_calls_sys_exit_is_one_line_at_its_line(run, site, code):
    # "import sys; sys.exit(0)" in pelicanconf.py made `podium check` print nothing
    # and exit 0, all content unchecked; sys.exit(3) exited 3, no word at all.
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    line = text.count("\n") + 1
    conf.write_text(text + f"import sys\nsys.exit({code})\n", encoding="utf-8")
    for command in ("check", "build"):
        result = run(command)
        assert result.exit_code == 1, result.output
        assert result.output.splitlines() == [
            f"pelicanconf.py:{line + 1}: error: the settings file called sys.exit(); a "
            "settings file only assigns settings, so remove the call"
        ]


def test_a_publishconf_that_calls_sys_exit_leaves_the_check_to_run(run, site):
    # pelicanconf.py's check reads publishconf.py's SITEURL: its sys.exit(0) ended
    # `podium check` there, status 0, nothing checked. It is the publish build's to say.
    publish = site / "publishconf.py"
    publish.write_text("from pelicanconf import *\nimport sys\nsys.exit(0)\n", encoding="utf-8")
    result = run("check")
    assert result.exit_code == 0, result.output
    assert "checked: 0 errors" in result.output.splitlines()[-1]
    result = run("check", "-s", "publishconf.py")
    assert result.exit_code == 1
    assert result.output.startswith("publishconf.py:3: error: the settings file called sys.exit()")


@pytest.mark.parametrize(
    ("added", "message"),
    [
        # Pelican logged "Detected misconfiguration with PLUGINS setting (must be a
        # list), falling back to the default": `podium check` passed, and `podium
        # build` said the settings lacked podium_read.
        ('PLUGINS = "podium_read"', "setting PLUGINS must be a list of Podium's steps, like "
         "list(STEPS) from podium.pipeline, not 'podium_read'"),
        # "pelicanconf.py: error: TypeError: 'int' object is not iterable", on no line.
        ("PLUGIN_PATHS = 5", 'setting PLUGIN_PATHS must be a list of folders, like ["plugins"], '
         "not 5"),
    ],
)  # fmt: skip
def test_plugins_of_the_wrong_type_are_one_line_at_their_line(run, site, added, message):
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8") + added + "\n"
    conf.write_text(text, encoding="utf-8")
    for command in ("check", "build"):
        result = run(command)
        assert result.exit_code == 1
        line = len(text.splitlines())
        assert result.output.splitlines() == [f"pelicanconf.py:{line}: error: {message}"]
    assert not (site / "output").exists()


def test_new_interview_writes_a_valid_draft_that_cannot_be_published_until_filled(run, site):
    result = run(
        "new", "interview", "--name", "Sanne de Vries", "--role", "Developer",
        "--team", "engineering", "--lang", "en", "--title", "My first year",
        "--interviewer", "Kees", "--consent-given", "2026-05-01", "--social",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    path = site / "content" / "interviews" / "my-first-year.en.md"
    assert path.is_file()
    text = path.read_text(encoding="utf-8")
    assert "## What exactly do you do" in text and "lang: en" in text
    assert "\nstatus: draft\n" in text
    shown = os.path.relpath(path, site)
    # Valid as written (contract §5): a draft, so its prompts are a warning and
    # the build succeeds without publishing it.
    check = run("check", shown)
    assert check.exit_code == 0, check.output
    assert f"{shown}:" in check.output and ": warning: the story still contains the prompt" in (
        check.output
    )
    assert 'before you set "status" to published' in check.output
    assert run("build", "-q").exit_code == 0
    assert not (site / "output" / "en" / "stories" / "my-first-year").exists()
    # Published with its prompts left in: an error, and nothing is built.
    published = text.replace("status: draft", "status: published")
    path.write_text(published, encoding="utf-8")
    check = run("check", shown)
    assert check.exit_code == 1
    assert ": error: the story still contains the prompt" in check.output
    # One line for the file, naming every line still to fill in: the hint stands
    # under each question, and only the first was named.
    hints = [i for i, line in enumerate(published.splitlines(), 1)
             if line == "Replace this text with your answer, in your own words."]  # fmt: skip
    assert len(hints) > 3
    assert f"{shown}:{hints[0]}: error:" in check.output
    assert f"(and on lines {', '.join(map(str, hints[1:]))})" in check.output
    one = published.replace("Replace this text with your answer, in your own words.", "I do.", 1)
    path.write_text(one, encoding="utf-8")
    assert f"{shown}:{hints[1]}: error:" in run("check", shown).output
    filled = published.replace("Replace this text with your answer, in your own words.", "I build.")
    path.write_text(filled, encoding="utf-8")
    assert run("check").exit_code == 0
    again = run(
        "new", "interview", "--name", "Sanne de Vries", "--role", "Developer", "--team", "",
        "--lang", "en", "--title", "My first year", "--interviewer", "",
    )  # fmt: skip
    assert again.exit_code == 2
    assert "exists already; choose another title" in again.output


def test_new_column_interactive_in_dutch(run, site):
    result = run("new", "column", input="Piet Jansen\nMonteur\n\nnl\nMijn eerste dag\n\n\n")
    assert result.exit_code == 0, result.output
    path = site / "content" / "columns" / "mijn-eerste-dag.md"
    assert "Begin met een concreet moment" in path.read_text(encoding="utf-8")


def test_new_with_a_photo_that_is_a_pipe_says_so_and_does_not_wait(site, tmp_path):
    """`--photo` given a named pipe (a process substitution, <(curl ...)) waited
    for ever on its first bytes, asking nothing and saying nothing."""
    import subprocess
    import sys

    pipe = tmp_path / "portrait.jpg"
    os.mkfifo(pipe)
    args = ["new", "column", "--name", "Olga Nowak", "--role", "Monteur", "--team", "support",
            "--lang", "nl", "--title", "Eerste week", "--consent-given", "2026-05-01",
            "--no-social", "--photo", str(pipe)]  # fmt: skip
    try:
        done = subprocess.run(
            [sys.executable, "-m", "podium_cli", *args],
            cwd=site, capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail("podium new waited on the pipe")
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"podium: error: Invalid value for --photo: {pipe} is a FIFO (named pipe), not a "
        "regular file; give a photo file, like portrait.jpg (see python -m podium_cli new --help)"
    ]


def test_new_imports_a_photo_without_gps(run, site, tmp_path):
    from PIL import Image

    from podium_images import has_gps

    source = tmp_path / "phone.jpg"
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (52.0, 5.0, 0.0)})
    Image.new("RGB", (4000, 3000), (9, 9, 9)).save(source, exif=exif)
    args = ["new", "column", "--name", "Olga Nowak", "--role", "Monteur", "--team", "support",
            "--lang", "nl", "--title", "Eerste week", "--consent-given", "2026-05-01",
            "--no-social", "--photo", str(source)]  # fmt: skip
    result = run(*args)
    assert result.exit_code == 0, result.output
    photo = site / "content" / "images" / "people" / "olga-nowak.jpg"
    assert not has_gps(photo)
    with Image.open(photo) as im:
        assert max(im.size) == 1600
    assert "photo: images/people/olga-nowak.jpg" in (
        site / "content" / "columns" / "eerste-week.md"
    ).read_text(encoding="utf-8")
    assert "git switch -c story/eerste-week" in result.output
    # Their second story, with a new photo: the first is kept, the new one is
    # saved beside it (it failed with "exists already" after every answer).
    before = photo.read_bytes()
    Image.new("RGB", (800, 600), (200, 9, 9)).save(source)
    again = run(*args[:-2], "--title", "Tweede week", "--photo", str(source))
    assert again.exit_code == 0, again.output
    assert photo.read_bytes() == before
    second = site / "content" / "images" / "people" / "olga-nowak-2.jpg"
    with Image.open(second) as im:
        assert im.size == (800, 600)
    assert "photo: images/people/olga-nowak-2.jpg" in (
        site / "content" / "columns" / "tweede-week.md"
    ).read_text(encoding="utf-8")
    assert "git add content/columns/tweede-week.md content/images/people/olga-nowak-2.jpg" in (
        again.output
    )


def test_new_names_the_photo_of_a_colleague_called_con_as_their_page(run, site, tmp_path):
    # "podium new --name Con --photo" saved content/images/people/con.jpg, a
    # file name Windows keeps for a device: the hub's repository could not be
    # checked out, nor built, on a Windows computer. It is con-1.jpg, as the
    # people page is /people/con-1/.
    from PIL import Image

    source = tmp_path / "phone.jpg"
    Image.new("RGB", (400, 300), (9, 9, 9)).save(source)
    result = run("new", "column", "--name", "Con", "--role", "Monteur", "--team", "support",
                 "--lang", "nl", "--title", "Eerste week", "--consent-given", "2026-05-01",
                 "--no-social", "--photo", str(source))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [p.name for p in (site / "content" / "images" / "people").glob("con*")] == ["con-1.jpg"]
    assert "photo: images/people/con-1.jpg" in (
        site / "content" / "columns" / "eerste-week.md"
    ).read_text(encoding="utf-8")


@pytest.mark.parametrize("fails", ["photo", "story"])
def test_new_on_a_disk_that_cannot_take_the_file_leaves_nothing_in_content(site, tmp_path, fails):
    """A full disk or a quota (here `ulimit -f`, which fails a write the same way)
    while `podium new` saved the photo or the story: "podium: error: OSError:
    [Errno 27] File too large", naming no file, and the file left cut short in
    content/ (a broken portrait, or an empty story the next try said "exists
    already" of), for `git add content/` to commit. Now one line naming it, and
    nothing of this story is left in content/."""
    import resource

    from PIL import Image

    source = tmp_path / "phone.jpg"
    # Noise: a photo far larger than the limit, and the story (some 350 bytes) smaller.
    Image.frombytes("RGB", (900, 700), os.urandom(900 * 700 * 3)).save(source)
    limit = 40_000 if fails == "photo" else 100
    before = snapshot(site / "content")

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    args = ["new", "column", "--name", "Olga Nowak", "--role", "Monteur", "--team", "support",
            "--lang", "nl", "--title", "Eerste week", "--consent-given", "2026-05-01",
            "--no-social"]  # fmt: skip
    if fails == "photo":
        args += ["--photo", str(source)]
    proc = subprocess.run(
        [sys.executable, "-m", "podium_cli", *args],
        cwd=site,
        capture_output=True,
        text=True,
        preexec_fn=small_files,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    (line,) = proc.stderr.splitlines()
    if fails == "photo":
        want = f"{source}: error: content/images/people/olga-nowak.jpg cannot be written"
    else:
        want = "content/columns/eerste-week.md: error: cannot be written"
    assert line == f"{want} (File too large)"
    assert snapshot(site / "content") == before


def _read_only_mounts() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"]
    return subprocess.run(probe, capture_output=True).returncode == 0


@pytest.mark.skipif(not _read_only_mounts(), reason="needs root and unshare -m for a mount")
def test_new_with_a_photo_on_a_read_only_checkout_is_one_line(site, tmp_path):
    """content/ on a read-only file system (a checkout mounted read-only into a
    container) with no content/images/ yet: `podium new --photo` ended in
    "podium: error: OSError: [Errno 30] Read-only file system: '/.../content/images'",
    the catch-all line, naming no step; now the PATH: error: line as for the story."""
    import shlex

    from PIL import Image

    source = tmp_path / "phone.jpg"
    Image.new("RGB", (480, 360), (9, 9, 9)).save(source)  # large enough: no warning
    assert not (site / "content" / "images").exists()
    podium = [sys.executable, "-m", "podium_cli", "new", "column", "--name", "Olga Nowak",
              "--role", "Monteur", "--team", "support", "--lang", "nl", "--title", "Eerste week",
              "--consent-given", "2026-05-01", "--no-social", "--photo", str(source)]  # fmt: skip
    content = shlex.quote(str(site / "content"))
    script = (
        f"mount --bind {content} {content} && mount -o remount,bind,ro {content} || exit 90\n"
        f"cd {shlex.quote(str(site))} && {shlex.join(podium)}\n"
    )
    proc = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.splitlines() == [
        f"{source}: error: content/images/people/olga-nowak.jpg cannot be written "
        "(Read-only file system)"
    ]


def test_new_imports_a_cut_out_portrait_on_white_not_black(run, site, tmp_path):
    # A portrait with its background removed (remove.bg, an iPhone's "lift
    # subject") is a PNG whose background is transparent black: saved as JPEG
    # by dropping the alpha channel, the person stood on black, where the site
    # and the card put a transparent photo on white.
    from PIL import Image, ImageDraw

    source = tmp_path / "cutout.png"
    cutout = Image.new("RGBA", (600, 800), (0, 0, 0, 0))
    ImageDraw.Draw(cutout).ellipse((150, 200, 450, 600), fill=(230, 190, 160, 255))
    cutout.save(source)
    args = ["new", "column", "--name", "Olga Nowak", "--role", "Monteur", "--team", "support",
            "--lang", "nl", "--title", "Eerste week", "--consent-given", "2026-05-01",
            "--no-social", "--photo", str(source)]  # fmt: skip
    result = run(*args)
    assert result.exit_code == 0, result.output
    with Image.open(site / "content" / "images" / "people" / "olga-nowak.jpg") as im:
        assert min(im.convert("RGB").getpixel((5, 5))) > 245  # white, not black
        assert im.convert("RGB").getpixel((300, 400))[0] > 200  # the face kept


def test_new_warns_at_once_of_a_photo_too_small_for_the_card(run, site, tmp_path):
    # A 120x90 avatar was imported without a word; podium check warned of it later.
    from PIL import Image

    source = tmp_path / "avatar.jpg"
    Image.new("RGB", (120, 90), (200, 150, 120)).save(source)
    result = run("new", "column", "--name", "Olga Nowak", "--role", "Monteur", "--team",
                 "support", "--lang", "nl", "--title", "Eerste week", "--consent-given",
                 "2026-05-01", "--no-social", "--photo", str(source))  # fmt: skip
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if ": warning: " in ln]
    assert said == [
        f"{source}: warning: is only 90 pixels on its shorter side; the social card and the "
        "people page show it larger, blurred: use a photo at least 320 pixels wide and high"
    ]
    assert (site / "content" / "images" / "people" / "olga-nowak.jpg").is_file()


def test_new_refuses_an_unknown_team(run):
    result = run("new", "column", "--name", "X Y", "--role", "R", "--team", "sales",
                 "--lang", "nl", "--title", "T")  # fmt: skip
    assert result.exit_code == 2
    assert "choose one of: engineering, support" in result.output


def test_report_tells_which_themes_need_stories(run):
    import json

    result = run("report", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    rows = {row["slug"]: row for row in data["themes"]}
    # tech: Anna (explicit, nl+en counted once) and an open data-engineer job.
    assert rows["tech"]["stories"] >= 1 and rows["tech"]["open_vacancies"] == 2
    assert rows["tech"]["recent"] >= 1
    # balance has stories but no open job (the support job closed): nothing needed.
    assert rows["balance"]["open_vacancies"] == 0 and not rows["balance"]["needs_stories"]
    text = run("report").output
    assert "Themes where recruiting needs stories:" in text
    markdown = run("report", "--format", "markdown").output
    assert markdown.startswith("## Themes on 2026-06-01")
    assert "| theme | stories | recent | open jobs | newest story |" in markdown


def test_report_needs_stories_when_jobs_have_none(run, site):
    for name in ("anna-de-boer.md", "anna-de-boer.en.md"):
        (site / "content" / "interviews" / name).unlink()
    import json

    data = json.loads(run("report", "--format", "json").output)
    tech = next(r for r in data["themes"] if r["slug"] == "tech")
    assert tech["open_vacancies"] == 2
    assert "tech" in data["needs_stories"]


@pytest.mark.parametrize(("nl_day", "en_day"), [("2026-05-30", "2026-05-31"),
                                                ("2026-05-31", "2026-05-30")])  # fmt: skip
def test_report_dates_a_translated_pair_by_its_first_publication(run, site, nl_day, en_day):
    # The pair counted once, but dated by whichever file was read first.
    import json

    for name, day in (("anna-de-boer.md", nl_day), ("anna-de-boer.en.md", en_day)):
        path = site / "content" / "interviews" / name
        text = path.read_text(encoding="utf-8").replace("date: 2026-03-02", f"date: {day}", 1)
        path.write_text(text, encoding="utf-8")
    data = json.loads(run("report", "--format", "json").output)
    tech = next(r for r in data["themes"] if r["slug"] == "tech")
    assert tech["newest"] == "2026-05-30"


def test_an_editors_lock_file_beside_a_story_is_no_story(run, site):
    # Emacs writes ".#name.md" while a file is open, and Pelican ignores dot files
    # (IGNORE_FILES): read as a story, it was an error no page could explain.
    folder = site / "content" / "interviews"
    (folder / ".#anna-de-boer.md").write_text("editor@laptop.4242:1764000000", "utf-8")
    (folder / ".drafts").mkdir()
    (folder / ".drafts" / "idee.md").write_text("nog niets", encoding="utf-8")
    result = run("check")
    assert result.exit_code == 0, result.output
    assert ".#anna" not in result.output and "idee.md" not in result.output


def test_build_prints_a_summary(run):
    first = run("build")
    assert first.exit_code == 0, first.output
    assert "Built output: 5 stories" in first.output
    # Eva's column is dated 2026-09-01 and Dirk's is a draft: a date a year out
    # by a slip kept a story off the site without a word in the summary.
    assert ", 1 scheduled (first on 2026-09-01), 1 draft, " in first.output
    # One summary, on one line: not Pelican's too, wrapped, saying "0 pages".
    assert "Done: Processed" not in first.output
    assert "0 reused" in first.output
    second = run("build")
    assert "0 cards rendered" in second.output
    quiet = run("build", "-q")
    assert "Built output" not in quiet.output


# -- themes in the editor's workflow (issue 14) ------------------------------------
def test_tag_explain_shows_score_bar_and_evidence_with_sources(run):
    result = run("tag", "--explain", "content/columns/ben-bakker.md")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "content/columns/ben-bakker.md (nl)"
    assert lines[1].startswith("each theme's bar is learned from labelled stories")
    assert "never under 1.72 nor over 3.50; a theme also needs 2 different terms" in lines[1]
    # A column of a few sentences: its scores are scaled up, and the editor is told.
    assert lines[2] == "scores x1.35: a very short story (length is part of the score)"
    balance = next(ln for ln in lines if ln.startswith("balance"))
    # 7.40 on three different terms: over the highest bar a theme can have.
    assert "7.40" in balance and re.search(r" auto \(bar [123]\.\d\d\)$", balance)
    # As the story wrote them: "Rust is ook werk" opens the quote.
    assert "evidence: vrijdag (keyword), Rust (keyword), vier dagen (keyword)" in result.output
    tech = next(ln for ln in lines if ln.startswith("tech"))
    assert "0.00" in tech and re.search(r" no \(bar (\d\.\d\d)\)$", tech)
    bar = float(re.search(r"\(bar (\d\.\d\d)\)$", tech).group(1))
    assert 1.72 <= bar <= 3.5


def test_tag_explain_of_a_folder_separates_the_stories_by_a_blank_line(run):
    lines = run("tag", "--explain", "content/columns").output.splitlines()
    starts = [i for i, ln in enumerate(lines) if ln.startswith("content/columns/")]
    assert len(starts) > 1 and starts[0] == 0
    assert all(lines[i - 1] == "" for i in starts[1:])


def test_tag_says_when_a_story_is_on_no_page(run):
    """A draft is tagged like any story; the editor is told why no theme page shows it."""
    lines = run("tag", "content/columns").output.splitlines()
    assert (
        "content/columns/dirk-draft.md: no themes (draft: on no page until its status is "
        "published)" in lines
    )
    assert any(ln.startswith("content/columns/frank-consent-ended.md: tech (explicit")
               and ln.endswith("(consent ended: on no page, its URL is a tombstone)")
               for ln in lines)  # fmt: skip
    assert "content/columns/ben-bakker.md: balance (auto, 7.40)" in lines  # published: as is
    first = run("tag", "--explain", "content/columns/eva-scheduled.md").output.splitlines()[0]
    assert first == (
        "content/columns/eva-scheduled.md (nl, scheduled: on its theme pages from its date)"
    )


def test_tag_of_an_unknown_path_is_a_usage_error(run):
    result = run("tag", "--explain", "content/columns/nobody.md")
    assert result.exit_code == 2
    assert result.output.strip() == (
        "content/columns/nobody.md: error: no such file or folder; give one in the project"
    )
    # There, but not a story: one line too (it was click's three, "Usage: ...").
    not_a_story = (
        "content/themes.yml: error: is not a story or a vacancy, nor a folder with one; "
        "give the path of a story or vacancy file"
    )
    result = run("tag", "--explain", "content/themes.yml")
    assert result.exit_code == 2 and result.output.splitlines() == [not_a_story]
    # Beside a story, a path that names none is still an error, not skipped.
    result = run(
        "tag", "content/themes.yml", "content/columns/ben-bakker.md", "content/withdrawn.yml"
    )
    assert result.exit_code == 2 and result.output.splitlines() == [
        not_a_story,
        not_a_story.replace("content/themes.yml", "content/withdrawn.yml"),
    ]


# -- podium tag for a vacancy (issue 14) ---------------------------------------------
def test_tag_explains_a_vacancy_file_with_the_themes_the_build_gives_it(run, site):
    # A recruiter asking why a job is on a theme page (or missing from one) was
    # told "is not a story": the vacancy is tagged by the build's own tagger.
    result = run("tag", "--explain", "content/vacancies/remote-developer.yml")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "content/vacancies/remote-developer.yml, vacancy 502 (en)"
    assert lines[1].startswith("each theme's bar is learned from labelled stories")
    assert "the vacancy's length" in lines[1]
    assert lines[2] == "scores x2.00: a very short vacancy (length is part of the score)"
    tech = next(ln for ln in lines if ln.startswith("tech "))
    assert re.search(r" auto \(bar \d\.\d\d\)$", tech), tech
    assert "evidence: software (keyword), developer (keyword), app (lexicon)" in result.output
    assert next(ln for ln in lines if ln.startswith("balance ")).split()[-3] == "no"
    # Without --explain, one line a vacancy, and the themes are the build's own
    # (vacancies.json), an ATS snapshot's job with no themes of its own too.
    one_post_feed(site, description="<p>Je schrijft software en code voor onze app.</p>")
    built = run("build", "-q")
    assert built.exit_code == 0, built.output
    feed = json.loads((site / "output" / "vacancies.json").read_text(encoding="utf-8"))
    published = {i["_podium"]["id"]: i["_podium"]["themes"] for i in feed["items"]}
    assert set(published) == {"501", "502", "9001"}, published
    plain = run("tag", "content/vacancies")
    assert plain.exit_code == 0, plain.output
    shown = {}
    for line in plain.output.splitlines():
        name, themes = line.split(": ", 1)
        shown[name.rsplit(" ", 1)[1]] = [t.split(" (")[0] for t in themes.split("; ")]
    assert {vid: shown[vid] for vid in published} == published
    assert published["9001"] == ["tech"]
    assert "content/vacancies/feeds/ats.json, vacancy 9001: tech (auto, " in plain.output


def test_tag_explains_an_ats_vacancy_by_its_id(run, site):
    one_post_feed(site, id="AB12", description="<p>Je schrijft software en code voor onze app.</p>")
    header = "content/vacancies/feeds/ats.json, vacancy AB12 (nl)"
    # By its id, in any case (as a story's vacancies names it), or by its snapshot.
    for args in (["--vacancy", "ab12"], ["content/vacancies/feeds/ats.json"]):
        result = run("tag", "--explain", *args)
        assert result.exit_code == 0, result.output
        lines = result.output.splitlines()
        assert lines[0] == header, lines
        assert any(ln.startswith("tech ") and " auto (bar " in ln for ln in lines), lines
    # Beside a story: the story first, then the vacancy, a blank line between.
    both = run("tag", "--explain", "--vacancy", "AB12", "content/columns/ben-bakker.md")
    lines = both.output.splitlines()
    assert lines[0] == "content/columns/ben-bakker.md (nl)"
    assert lines[lines.index(header) - 1] == ""
    # An id no vacancy has: one line, the ids it may have meant.
    wrong = run("tag", "--explain", "--vacancy", "ab13")
    assert wrong.exit_code == 2
    assert wrong.output.splitlines() == [
        'podium: error: no vacancy with id "ab13" in content/vacancies or its ATS snapshots; '
        "did you mean AB12?"
    ]
    # Nothing near: the ids there are (it named none).
    wrong = run("tag", "--vacancy", "nosuch")
    assert wrong.exit_code == 2
    assert wrong.output.splitlines() == [
        'podium: error: no vacancy with id "nosuch" in content/vacancies or its ATS snapshots; '
        'the ids are "501", "502", "503", "AB12"'
    ]
    # The path of a vacancy file given as its id: told to give it as a path.
    wrong = run("tag", "--vacancy", "content/vacancies/data-engineer.yml")
    assert wrong.exit_code == 2
    assert wrong.output.strip().endswith(
        "; content/vacancies/data-engineer.yml is a file: give it without --vacancy"
    )


def test_tag_beside_a_broken_vacancy_file_does_not_say_stories_were_left_out(run, site):
    # The note under an explanation said of an error in a vacancy file "their
    # stories are left out of what the tagger learns": no story was, and the
    # scores shown are the build's; a broken story's note stays.
    job = site / "content" / "vacancies" / "data-engineer.yml"
    job.write_text(job.read_text(encoding="utf-8") + "foo: bar\n", encoding="utf-8")
    result = run("tag", "--explain", "content/vacancies/remote-developer.yml")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "1 error in other files (podium check lists them)"
    gina = site / "content" / "columns" / "gina-alumni.md"
    gina.write_text(gina.read_text(encoding="utf-8").replace("---\n", "---\nfoo: bar\n", 1))
    result = run("tag", "content/columns/ben-bakker.md")
    assert result.output.splitlines()[-1] == (
        "2 errors in other files: their stories are left out of what the tagger learns "
        "(podium check lists them)"
    )


@pytest.mark.parametrize("how", ["valid_through", "gone", "stale"])
def test_tag_explains_a_closed_vacancy_and_says_it_is_on_no_theme_page(run, site, how):
    # A closed job is explained as an open one is (what it would be on), and the
    # recruiter is told why no theme page lists it.
    name = "content/vacancies/feeds/ats.json, vacancy 9001"
    args = ["--vacancy", "9001"]
    if how == "valid_through":
        name, args = (
            "content/vacancies/closed-support.yml, vacancy 503",
            ["content/vacancies/closed-support.yml"],
        )
        why = "closed since 2026-04-01, its valid_through has passed"
    elif how == "gone":
        one_post_feed(site, status="gone", gone_since="2026-05-20")
        why = "closed since 2026-05-20, it has gone from its feed"
    else:  # the build closes the jobs of a snapshot whose pulls fail (stale.py)
        one_post_feed(site)
        kept = site / ".podium-cache" / "vacancy-feeds"
        kept.mkdir(parents=True)
        (kept / "ats.failing").write_text(
            '{"since": "2026-05-03T04:00:00+00:00", "error": "HTTP 404 Not Found"}', "utf-8"
        )
        why = "closed since 2026-05-16, its feed's pulls fail and it was not pulled for 14 days"
    result = run("tag", "--explain", *args)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"{name} (nl, {why}: on no theme page)"
    assert len([ln for ln in lines if "evidence: " in ln]) == 2  # balance and tech
    plain = run("tag", *args).output.splitlines()
    assert plain[0].startswith(f"{name}: ") and plain[0].endswith(f" ({why}: on no theme page)")


def test_check_github_prints_automatic_themes_as_notices(run):
    result = run("check", "--format", "github", "content/columns")
    assert result.exit_code == 0, result.output
    notices = [ln for ln in result.output.splitlines() if ln.startswith("::notice")]
    assert [ln for ln in notices if "::automatic themes" in ln] == [
        "::notice file=content/columns/ben-bakker.md,line=1,title=Podium themes::"
        "automatic themes: balance 7.40, bar 2.13 (vrijdag, Rust, vier dagen)"
    ]
    # The stories without a theme say so; frank's consent ended (a tombstone): none.
    assert [ln.split(",")[0] for ln in notices if "::no theme:" in ln] == [
        f"::notice file=content/columns/{name}.md"
        for name in ("carla-en-only.en", "dirk-draft", "eva-scheduled", "gina-alumni")
    ]
    assert "::notice" not in run("check").output  # text format: no annotations


def test_tag_explain_of_a_valid_story_is_not_blocked_by_an_error_in_another_file(run, site):
    # A pull request with a broken story: the editor asking why ben-bakker.md got
    # its themes was shown only gina-alumni.md's error, exit 1, and no
    # explanation; a path not there was that error too, not "no such file".
    gina = site / "content" / "columns" / "gina-alumni.md"
    gina.write_text(gina.read_text(encoding="utf-8").replace("---\n", "---\nfoo: bar\n", 1))
    result = run("tag", "--explain", "content/columns/ben-bakker.md")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "content/columns/ben-bakker.md (nl)"
    assert any(ln.startswith("balance ") and ln.endswith(" auto (bar 2.13)") for ln in lines)
    assert not any(ln.startswith("content/columns/gina-alumni.md:") for ln in lines)
    assert lines[-1] == (
        "1 error in other files: their stories are left out of what the tagger learns "
        "(podium check lists them)"
    )
    plain = run("tag", "content/columns/ben-bakker.md")
    assert plain.exit_code == 0 and plain.output.startswith("content/columns/ben-bakker.md: ")
    # Asked about the broken story itself (or a folder holding it): its error, exit 1.
    result = run("tag", "--explain", "content/columns")
    assert result.exit_code == 1
    assert result.output.startswith("content/columns/gina-alumni.md:")
    result = run("tag", "--explain", "content/columns/nobody.md")
    assert result.exit_code == 2
    assert result.output.strip() == (
        "content/columns/nobody.md: error: no such file or folder; give one in the project"
    )


def test_a_notice_for_each_valid_story_even_when_another_file_has_an_error(run, site):
    # A pull request with a broken story and a good one: the reviewer sees the
    # error on the first and the themes of the second, not only the error.
    gina = site / "content" / "columns" / "gina-alumni.md"
    gina.write_text(gina.read_text(encoding="utf-8").replace("---\n", "---\nfoo: bar\n", 1))
    result = run("check", "--format", "github", "content/columns")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(ln.startswith("::error file=content/columns/gina-alumni.md,") for ln in lines)
    assert [ln for ln in lines if ln.startswith("::notice") and "::automatic" in ln] == [
        "::notice file=content/columns/ben-bakker.md,line=1,title=Podium themes::"
        "automatic themes: balance 7.40, bar 2.13 (vrijdag, Rust, vier dagen)"
    ]


def test_an_annotation_escapes_the_story_file_name_like_every_annotation(run, site):
    # A pull request chooses its file names: one with ", " must not end file=
    # early, nor one with a line break start a forged command in the next line.
    # (A ":" is refused in a story's file name, which Windows cannot check out,
    # and so is the line break: its error is the annotation, on one line.)
    ben = (site / "content" / "columns" / "ben-bakker.md").read_text(encoding="utf-8")
    hostile = "a, b 100% c\n::error file=README.md,forged.md"
    hostile = hostile.replace("::", "%%").replace("=", "%3D")  # no ":" left
    story = ben.replace("Ben Bakker", "Piet Post").replace("Waarom ik", "Hoe ik")
    (site / "content" / "columns" / hostile).write_text(story, encoding="utf-8")
    result = run("check", "--format", "github", "content/columns")
    assert result.exit_code == 1, result.output
    errors = [ln for ln in result.output.splitlines() if ln.startswith(("::error", "%%"))]
    assert len(errors) == 1, result.output
    assert errors[0].startswith(
        "::error file=content/columns/a%2C b 100%25 c%0A%25%25error file%253DREADME.md%2C"
        'forged.md,line=2::the file name "a, b 100%25 c\\n%25%25error file%253DREADME.md,'
        'forged.md" holds "\\n"'
    ), errors


def test_past_nine_annotations_of_a_kind_the_rest_go_to_the_log_and_the_tenth_says_so(run, site):
    # GitHub shows 10 of a kind a step and drops the rest without a word: a pull
    # request changing themes.yml gets a notice for every story.
    ben = (site / "content" / "columns" / "ben-bakker.md").read_text(encoding="utf-8")
    for n in range(12):
        story = ben.replace("Ben Bakker", f"Piet Post {n}").replace("Waarom ik", f"Hoe ik {n}")
        (site / "content" / "columns" / f"piet-{n:02}.md").write_text(story, encoding="utf-8")
        broken = story.replace("---\n", "---\nfoo: bar\n", 1)
        (site / "content" / "columns" / f"kapot-{n:02}.md").write_text(broken, encoding="utf-8")
    result = run("check", "--format", "github", "content/columns")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    notices = [ln for ln in lines if ln.startswith("::notice")]
    errors = [ln for ln in lines if ln.startswith("::error")]
    assert len(notices) == len(errors) == 10
    # 13 stories with themes and 4 with none (carla, dirk, eva, gina: "no theme").
    assert notices[-1] == (
        "::notice title=Podium::8 more notices of this check are listed in this step's log "
        "(GitHub shows 10 of a kind a step)"
    )
    assert errors[-1].startswith("::error title=Podium::3 more errors of this check")
    # Every story is in the log once: as an annotation or as a plain line.
    for n in range(12):
        assert sum(f"piet-{n:02}.md" in ln for ln in lines) == 1
        assert sum(f"kapot-{n:02}.md" in ln for ln in lines) == 1
    assert any(ln.startswith("content/columns/piet-11.md: notice: automatic themes: balance")
               for ln in lines)  # fmt: skip


def test_report_warns_about_keywords_that_matched_no_story(run):
    result = run("report")
    assert (
        'content/themes.yml:15: warning: keywords of theme "balance" (en) that matched no '
        'story: "part-time", "friday", "rest", "four days", "flexible"'
    ) in result.output
    # "dashboard" is only inside "dashboards" in one story: found, so not listed.
    assert '"dashboard"' not in result.output


def test_report_to_a_file_keeps_the_keyword_warnings_in_it(run, site):
    # `-o report.txt` left them on the terminal only: the file someone reads
    # later, or mails on, said nothing of the keywords that found no story.
    line = (
        'content/themes.yml:15: warning: keywords of theme "balance" (en) that matched no '
        'story: "part-time", "friday", "rest", "four days", "flexible"'
    )
    result = run("report", "-o", "report.txt")
    assert result.exit_code == 0, result.output
    written = (site / "report.txt").read_text(encoding="utf-8")
    assert "\nTheme keywords that matched no story:\n" in written
    assert any(ln.startswith(f"- {line}; ") for ln in written.splitlines()), written
    assert line in result.stderr  # and still where the terminal shows it
    # To the terminal they are on stderr, once: not in the text on stdout as well.
    plain = run("report")
    assert line not in plain.stdout and plain.stderr.count(line) == 1


def test_report_counts_a_keyword_found_inside_a_longer_phrase(run, site):
    # The tagger matches the longest phrase first, so a story saying "mijn
    # vorige baan" (a lexicon phrase) never matches the keyword "vorige baan"
    # on its own, and the report listed the keyword as one no story contains.
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8").replace(
        "en: [software, data, dashboard, developer, code]",
        "en: [software, data, dashboard, developer, code, friday afternoon deploy]",
    )
    themes.write_text(text, encoding="utf-8")
    story = site / "content" / "columns" / "carla-en-only.en.md"
    story.write_text(
        story.read_text(encoding="utf-8") + "\nNever a Friday afternoon deploy.\n",
        encoding="utf-8",
    )
    (line,) = [ln for ln in run("report").output.splitlines() if '"balance" (en)' in ln]
    assert '"four days"' in line and '"friday"' not in line, line


def test_report_says_nothing_of_the_keywords_of_a_language_without_stories(run, site):
    # A Dutch-only hub with the English keywords written for later: they are not
    # unused, only untried; one warning per theme every run would be noise.
    (site / "content" / "interviews" / "anna-de-boer.en.md").unlink()
    (site / "content" / "columns" / "carla-en-only.en.md").unlink()
    warnings = [ln for ln in run("report").output.splitlines() if ": warning: " in ln]
    assert warnings and all("(nl) that matched no story" in ln for ln in warnings), warnings


def test_report_says_nothing_of_keywords_when_a_languages_one_story_is_podium_news_prompts(
    run, site
):
    # A new hub's first day: `podium new` wrote the first Dutch story, all prompts
    # still, and `podium report` warned of every theme that its Dutch keywords
    # "matched no story; the stories may use other words": words no one wrote yet.
    for name in ("interviews/anna-de-boer.md", "columns/ben-bakker.md",
                 "columns/gina-alumni.md", "columns/frank-consent-ended.md",
                 "columns/dirk-draft.md", "columns/eva-scheduled.md"):  # fmt: skip
        (site / "content" / name).unlink()
    result = run(
        "new", "interview", "--name", "Sanne de Vries", "--role", "Developer",
        "--team", "engineering", "--lang", "nl", "--title", "Mijn eerste jaar",
        "--interviewer", "Kees", "--consent-given", "2026-05-01", "--social",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    out = run("report").output.splitlines()
    assert not [ln for ln in out if "(nl) that matched no story" in ln], out
    assert [ln for ln in out if "(en) that matched no story" in ln], out  # English has stories
    # Once the writer's own words are in, the keywords they miss are told again.
    path = site / "content" / "interviews" / "mijn-eerste-jaar.md"
    head, _, _ = path.read_text(encoding="utf-8").partition("\n## ")
    path.write_text(head + "\n## Wat doe je?\n\nIk werk met software.\n", encoding="utf-8")
    out = run("report").output.splitlines()
    assert [ln for ln in out if "(nl) that matched no story" in ln], out


def test_report_warns_of_a_theme_without_keywords_in_a_language_that_has_stories(run, site):
    # A bilingual hub whose themes.yml gives keywords in English only: its Dutch
    # stories were tagged from the names, descriptions and the lexicon alone (on
    # an English-first hub with the demo's stories, six of their themes went)
    # and neither `podium report` nor `podium check` said a word of it.
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    text = text.replace("      nl: [software, data, dashboard, developer, code]\n", "")
    themes.write_text(text, encoding="utf-8")
    line = text.splitlines().index("    keywords:") + 1  # the tech theme's
    out = run("report").output.splitlines()
    assert (
        f'content/themes.yml:{line}: warning: theme "tech" has no keywords in nl, the '
        "language of 6 stories: they get it only from its name, its description and the "
        "lexicon; add keywords: {nl: [...]}"
    ) in out, out
    # The other theme has its Dutch keywords: nothing of it; nor of a language
    # without stories (an English-only theme on a Dutch-only hub is for later).
    assert not [ln for ln in out if '"balance" has no keywords' in ln]
    for name in ("interviews/anna-de-boer.md", "columns/ben-bakker.md",
                 "columns/gina-alumni.md", "columns/frank-consent-ended.md",
                 "columns/dirk-draft.md", "columns/eva-scheduled.md"):  # fmt: skip
        (site / "content" / name).unlink()
    assert not [ln for ln in run("report").output.splitlines() if "has no keywords" in ln]


def test_report_markdown_keeps_a_theme_name_with_markup_characters_literal(run, site):
    import markdown

    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8").replace('"Werk & privé"', '"Werk | privé *nu*"')
    themes.write_text(text, encoding="utf-8")
    (site / "content" / "columns" / "hanna `magazijn`.md").write_text(NEAR_MISS, encoding="utf-8")
    html = markdown.markdown(run("report", "--format", "markdown").output, extensions=["tables"])
    rows = re.findall(r"<tr>(.*?)</tr>", html, re.S)
    assert all(row.count("<td") == 5 for row in rows[1:]), rows  # one cell per column
    assert "<td>Werk | privé *nu*</td>" in html
    # The story to review: its file name whole in one code span.
    assert "<code>content/columns/hanna `magazijn`.md</code>" in html


def test_report_html_is_one_self_contained_page(run, site):
    result = run("report", "--format", "html", "-o", "report.html")
    assert result.exit_code == 0, result.output
    html = (site / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and html.count("<svg") == 2
    for external in ("<script", "<link", "src=", "@import", "url("):
        assert external not in html, external
    assert "Themes where recruiting needs stories" in html
    assert "#1f5fbf" in html  # the tech theme's colour on its bars


@pytest.mark.parametrize("brand", ["#ffff00", "#808080", "#0b5d4b"])
def test_report_html_header_text_is_readable_on_any_brand_colour(run, site, brand):
    # A pale brand colour is only a warning for the build: the report's header
    # (its title and the sentence under it) must still reach WCAG AA on it.
    from podium.colors import contrast, rgb

    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8").replace("#0b5d4b", brand), encoding="utf-8")
    assert run("report", "--format", "html", "-o", "report.html").exit_code == 0
    html = (site / "report.html").read_text(encoding="utf-8")
    header = re.search(r"header \{ background: var\(--brand\); color: #([0-9a-f]+);", html)
    assert f"--brand: {brand};" in html and header, html[:1500]
    ink = header.group(1) if len(header.group(1)) == 6 else "".join(c * 2 for c in header.group(1))
    assert contrast(rgb(ink), rgb(brand)) >= 4.5


@pytest.mark.parametrize("colour", ["#ffff00", "#f0f0f0", "#1f5fbf"])
def test_report_html_bars_stand_out_on_any_theme_colour(run, site, colour):
    # A pale theme colour is only a warning for the build, but the report drew
    # its bars in it: "#ffff00" bars on the white card, 1.07:1, were not there
    # to see (WCAG 1.4.11 asks 3:1 of a chart's bars). A bar is the theme's
    # colour darkened just enough, as a card's accent is; a dark one stays.
    from podium.colors import contrast, rgb

    themes = site / "content" / "themes.yml"
    themes.write_text(themes.read_text(encoding="utf-8").replace("#1f5fbf", colour), "utf-8")
    html = run("report", "--format", "html").output
    chart = re.search(r'<svg role="img" aria-labelledby="chart-tech-t[^>]*>.*?</svg>', html)
    fills = set(re.findall(r'<rect [^>]*fill="(#[0-9a-f]{6})"', chart.group(0)))
    assert len(fills) == 1 and contrast(rgb(fills.pop()), rgb("#ffffff")) >= 3, fills
    if colour == "#1f5fbf":
        assert f'fill="{colour}"' in chart.group(0)
    border = re.search(r'<section class="theme" style="--c: (#[0-9a-f]{6})" [^>]*"h-tech"', html)
    assert contrast(rgb(border.group(1)), rgb("#ffffff")) >= 3


@pytest.mark.parametrize(
    "name,starts",
    [("report.html", "<!doctype html>"), ("r.HTM", "<!doctype html>"), ("r.json", "{"),
     ("r.md", "## Themes on"), ("r.txt", "Themes on"), ("report", "Themes on")],
)  # fmt: skip
def test_report_without_format_writes_what_the_file_name_says(run, site, name, starts):
    # `podium report -o report.html` wrote the text table into report.html, which a
    # browser shows as one run-on paragraph, and the recruiter mailed it so. As
    # pandoc does, a file's extension names the format when --format is not given.
    assert run("report", "-o", name).exit_code == 0
    assert (site / name).read_text(encoding="utf-8").startswith(starts)


def test_report_format_given_wins_over_the_file_name(run, site):
    assert run("report", "--format", "text", "-o", "r.html").exit_code == 0
    assert (site / "r.html").read_text(encoding="utf-8").startswith("Themes on")


def test_report_replaces_its_file_whole_or_not_at_all(site):
    # A disk or quota that fills halfway through the write (here: a file size
    # limit) must leave yesterday's report as it was, not half a page.
    import resource
    import subprocess
    import sys

    import podium

    plugins = os.path.dirname(os.path.dirname(podium.__file__))
    command = [sys.executable, "-m", "podium_cli", "report", "--format", "html"]
    env = {**os.environ, "PYTHONPATH": plugins}
    subprocess.run([*command, "-o", "report.html"], cwd=site, env=env, check=True, timeout=120)
    # Yesterday's report (only a report is replaced); the new page is several KB.
    old = (site / "report.html").read_text(encoding="utf-8")
    old = old.replace("<main>", "<main><p>yesterday's report</p>", 1)
    (site / "report.html").write_text(old, encoding="utf-8")

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (3000, 3000))

    done = subprocess.run(
        [*command, "-o", "report.html"], cwd=site, env=env, preexec_fn=small_files,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert (site / "report.html").read_text(encoding="utf-8") == old
    assert done.returncode == 1
    assert done.stderr == "report.html: error: cannot write the report: File too large\n"
    assert sorted(p.name for p in site.iterdir() if "report" in p.name) == ["report.html"]


def test_report_html_marks_the_language_of_the_theme_names(run, site):
    # The page is English; a Dutch hub's theme names are Dutch (WCAG 3.1.2).
    run("report", "--format", "html", "-o", "report.html")
    html = (site / "report.html").read_text(encoding="utf-8")
    assert html.startswith('<!doctype html>\n<html lang="en">')
    assert '<th scope="row"><bdi lang="nl">Werk &amp; privé</bdi></th>' in html
    assert '<h3 id="h-tech"><bdi lang="nl">Techniek &amp; data</bdi></h3>' in html
    assert '<strong><bdi lang="nl">Techniek &amp; data</bdi></strong>' in html  # needs stories


NEAR_MISS = """\
---
title: Mijn eerste jaar in het magazijn
date: 2026-05-02
author: Hanna Smit
role: Magazijnmedewerker
team: support
consent: {given: 2026-04-20, social: false}
---

Ik begon vorig jaar in het magazijn. Het werk is fysiek, en ik vind het fijn dat ik aan het
eind van de dag zie wat ik gedaan heb.

Elke ochtend kijk ik even naar de data van gisteren, daarna gaan we aan de slag met de orders
van vandaag. Ik leer elke week iets nieuws van mijn collega's.
"""


def test_report_lists_stories_to_review_for_a_theme_in_every_format(run, site):
    import json

    assert "Stories to review" not in run("report").output  # nothing close in the test site
    (site / "content" / "columns" / "hanna-magazijn.md").write_text(NEAR_MISS, encoding="utf-8")
    path = "content/columns/hanna-magazijn.md"
    # One "data" in a very short story reaches the bar, but one word is not a theme.
    why = "at the bar, on 1 term of the 2 needed: data (keyword)"
    text = run("report").output
    # With the slug the front matter takes ("themes: [tech]"), not only the name.
    assert f"- Techniek & data (tech): {path} ({why})" in text.splitlines()
    data = json.loads(run("report", "--format", "json").output)
    assert data["review"] == [{
        "theme": "tech", "path": path, "lang": "nl", "title": "Mijn eerste jaar in het magazijn",
        "share": data["review"][0]["share"], "note": "at the bar, on 1 term of the 2 needed",
        "evidence": ["data"], "evidence_sources": ["keyword"],
    }]  # fmt: skip
    assert data["review"][0]["share"] >= 1
    markdown = run("report", "--format", "markdown").output
    assert f"- **Techniek & data** (`tech`): `{path}` ({why})" in markdown.splitlines()
    run("report", "--format", "html", "-o", "report.html")
    html = (site / "report.html").read_text(encoding="utf-8")
    assert '<h2 id="review">Stories to review for a theme</h2>' in html
    assert '<bdi lang="nl">Mijn eerste jaar in het magazijn</bdi>' in html
    assert '<th scope="row"><bdi lang="nl">Techniek &amp; data</bdi><br><code>tech</code>' in html
    # The story's words in its language, for a screen reader; their source in the page's.
    assert '<td><bdi lang="nl">data</bdi> (keyword)</td>' in html
    # The pull request's reviewer sees it too, beside the automatic themes.
    notices = [ln for ln in run("check", "--format", "github", path).output.splitlines()
               if ln.startswith("::notice")]  # fmt: skip
    assert notices == [
        f"::notice file={path},line=1,title=Podium themes::close to: tech at the bar, on 1 "
        "term of the 2 needed (data) (add by hand if it fits)"
    ]
    # Tagged by hand, it is on the theme's page and no longer suggested.
    tagged = NEAR_MISS.replace("team: support\n", "team: support\nthemes: [tech]\n")
    (site / "content" / "columns" / "hanna-magazijn.md").write_text(tagged, encoding="utf-8")
    assert json.loads(run("report", "--format", "json").output)["review"] == []


def test_report_and_notice_show_the_evidence_as_the_story_wrote_it(run, site):
    # The report and the pull request's notice showed each word lowercased, as the
    # tagger matched it ("e bike" for "E-bike"): shown as the story wrote it now,
    # as `podium tag --explain` shows it (test_explain.py).
    import json

    story = NEAR_MISS.replace("naar de data van", "naar de Data van")
    path = "content/columns/hanna-magazijn.md"
    (site / path).write_text(story, encoding="utf-8")
    (item,) = json.loads(run("report", "--format", "json").output)["review"]
    assert item["evidence"] == ["Data"]
    assert "on 1 term of the 2 needed: Data (keyword)" in run("report").output
    notices = [ln for ln in run("check", "--format", "github", path).output.splitlines()
               if ln.startswith("::notice")]  # fmt: skip
    assert notices == [
        f"::notice file={path},line=1,title=Podium themes::close to: tech at the bar, on 1 "
        "term of the 2 needed (Data) (add by hand if it fits)"
    ]


def test_tag_and_report_name_a_story_whose_file_name_has_a_line_break_on_one_line(run, site):
    name = "hanna\n::error::forged.md".replace(":", "")  # a ":" Windows refuses
    (site / "content" / "columns" / name).write_text(NEAR_MISS, encoding="utf-8")
    shown = "content/columns/hanna\\nerrorforged.md"  # as one_line shows it
    # Refused (Windows allows no line break in a file name), on one line.
    refused = f'{shown}:2: error: the file name "hanna\\nerrorforged.md" holds "\\n"'
    for args in (("tag",), ("tag", "--explain", f"content/columns/{name}"),
                 ("report", "--format", "text"), ("report", "--format", "markdown")):  # fmt: skip
        lines = run(*args).output.splitlines()
        assert any(ln.startswith(refused) for ln in lines), (args, lines)
        assert not any(ln.startswith(("::", "errorforged")) for ln in lines), args


def test_report_does_not_suggest_a_story_whose_consent_ended(run, site):
    # Its URL is a tombstone: no theme page lists it, whatever the editor adds.
    ended = NEAR_MISS.replace(
        "consent: {given: 2026-04-20, social: false}",
        "consent: {given: 2026-04-20, until: 2026-05-20, social: false}",
    )
    (site / "content" / "columns" / "hanna-magazijn.md").write_text(ended, encoding="utf-8")
    import json

    assert json.loads(run("report", "--format", "json").output)["review"] == []
    assert "Stories to review" not in run("report").output


def test_a_notice_says_so_of_a_story_no_theme_page_will_list(run, site):
    # A story with no theme of its own, none the tagger added and none close got
    # no notice at all: the reviewer of the pull request saw nothing, and merged a
    # story no theme page lists, where the recruiters link. Now the notice says so.
    lines = run("check", "--format", "github", "content/columns/carla-en-only.en.md").output
    assert [ln for ln in lines.splitlines() if ln.startswith("::notice")] == [
        "::notice file=content/columns/carla-en-only.en.md,line=1,title=Podium themes::"
        "no theme: none reached its bar or came close, so no theme page will list this story "
        "(add themes: [slug] to its front matter if one fits)"
    ]


def test_a_notice_does_not_advise_adding_a_theme_to_a_story_whose_consent_ended(run, site):
    # The pull request that takes a story down (consent.until in the past) must
    # not tell its reviewer to add a theme "if it fits": no page will list it.
    path = "content/columns/hanna-magazijn.md"
    (site / path).write_text(NEAR_MISS, encoding="utf-8")
    lines = run("check", "--format", "github", path).output.splitlines()
    assert any("close to: tech" in ln for ln in lines if ln.startswith("::notice"))
    ended = NEAR_MISS.replace(
        "consent: {given: 2026-04-20, social: false}",
        "consent: {given: 2026-04-20, until: 2026-05-20, social: false}",
    )
    (site / path).write_text(ended, encoding="utf-8")
    lines = run("check", "--format", "github", path).output.splitlines()
    assert [ln for ln in lines if ln.startswith("::notice")] == []


@pytest.mark.parametrize(
    ("until", "listed"),
    [
        ("2026-06-01", "today is its last day"),
        ("2026-06-20", "in 19 days"),
        ("2026-07-31", "in 60 days"),
        ("2026-08-01", None),  # 61 days: not yet
        ("2026-05-31", None),
    ],
)  # ended: a tombstone
def test_report_lists_the_stories_whose_consent_ends_soon_in_every_format(run, site, until, listed):
    """The page comes down the day after consent.until, at night, without a word:
    the team must hear in time to ask the colleague for a later date."""
    import json

    story = NEAR_MISS.replace("social: false}", f"until: {until}, social: false}}")
    (site / "content" / "columns" / "hanna-magazijn.md").write_text(story, encoding="utf-8")
    path = "content/columns/hanna-magazijn.md"
    data = json.loads(run("report", "--format", "json").output)["consent_ending"]
    text = run("report").output.splitlines()
    markdown = run("report", "--format", "markdown").output.splitlines()
    run("report", "--format", "html", "-o", "report.html")
    html = (site / "report.html").read_text(encoding="utf-8")
    if listed is None:
        assert data == [] and "Consent ending" not in "\n".join(text) + html
        return
    assert data == [{"path": path, "lang": "nl", "title": "Mijn eerste jaar in het magazijn",
                     "author": "Hanna Smit", "until": until,
                     "days": data[0]["days"]}]  # fmt: skip
    assert f"- {until} ({listed}): {path} (Hanna Smit)" in text
    assert f"- **{until}** ({listed}): `{path}` (Hanna Smit)" in markdown
    assert '<h2 id="consent">Consent ending in the next 60 days</h2>' in html
    assert f'<th scope="row">{until}<br>{listed}</th>' in html


def test_a_notice_names_the_themes_a_story_came_close_to_escaped_for_github():
    from podium_cli.explain import github_notice
    from podium_tag.review import Suggestion

    near = [Suggestion("tech", 0, 0.63, ("data", "app"), ("keyword", "lexicon"), "63% of the bar")]
    assert github_notice("content/columns/x.md", [], near) == (
        "::notice file=content/columns/x.md,line=1,title=Podium themes::close to: tech 63%25 "
        "of the bar (data, app) (add by hand if it fits)"
    )
    # Nothing to say only of a tombstone; a story a page can list and no theme
    # has its "no theme" notice (test_a_notice_says_so_of_a_story_no_theme_page_will_list).
    assert github_notice("content/columns/x.md", [], [], listed=False) is None


def test_a_notice_lists_the_themes_a_story_came_close_to_closest_first():
    # They came in themes.yml's order: "customer 53%; balance 99%" put the one
    # a reviewer should look at last.
    from podium_cli.explain import notice_message
    from podium_tag.review import Suggestion

    near = [
        Suggestion("customer", 0, 0.53, ("klant",), ("keyword",), "53% of the bar"),
        Suggestion("balance", 0, 0.99, ("thuis",), ("keyword",), "99% of the bar"),
    ]
    assert notice_message([], near) == (
        "close to: balance 99% of the bar (thuis); customer 53% of the bar (klant) "
        "(add by hand if it fits)"
    )


def test_an_english_storys_unknown_theme_lists_the_themes_by_their_english_names(run, site):
    # A hub whose default language is Dutch told an English story's writer the
    # themes' Dutch names, which their pages do not show.
    story = site / "content" / "interviews" / "anna-de-boer.en.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("lang: en\n", "lang: en\nthemes: [tehc]\n"), encoding="utf-8")
    result = run("check", "content/interviews/anna-de-boer.en.md")
    assert result.exit_code == 1
    (error,) = [ln for ln in result.output.splitlines() if "tehc" in ln]
    assert error.endswith('valid themes are "tech" (Tech & data), "balance" (Work-life balance)'), (
        error
    )


def test_a_refused_english_storys_unknown_theme_lists_the_english_names_too(run, site):
    # A story refused for another field still has its themes checked (its
    # References); that check named the themes in the hub's first language.
    story = site / "content" / "interviews" / "anna-de-boer.en.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(
        text.replace("lang: en\n", "lang: en\nthemes: [tehc]\nstatus: gone\n"), encoding="utf-8"
    )
    result = run("check", "content/interviews/anna-de-boer.en.md")
    assert result.exit_code == 1
    assert any('"status"' in ln for ln in result.output.splitlines()), result.output
    (error,) = [ln for ln in result.output.splitlines() if "tehc" in ln]
    assert error.endswith('valid themes are "tech" (Tech & data), "balance" (Work-life balance)'), (
        error
    )


def test_a_vacancys_unknown_theme_points_at_its_themes_field(run, site):
    """Checks made after a vacancy is read (its themes against themes.yml) name the
    line of the field, as a story's do, not the file's first line."""
    job = site / "content" / "vacancies" / "data-engineer.yml"
    job.write_text(
        job.read_text().replace("themes: [tech]", "themes:\n  - tech\n  - tehc"), "utf-8"
    )
    result = run("check", "content/vacancies/data-engineer.yml")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert errors == [
        'content/vacancies/data-engineer.yml:10: error: unknown theme "tehc" in "themes" '
        '(did you mean "tech"?); valid themes are "tech" (Techniek & data), '
        '"balance" (Werk & privé)'
    ]
    # Its theme by name is told the slug, as a story's is.
    job.write_text(job.read_text().replace("  - tehc", "  - Techniek & data"), "utf-8")
    errors = [ln for ln in run("check", "content/vacancies/data-engineer.yml").output.splitlines()
              if ": error: " in ln]  # fmt: skip
    assert errors == [
        'content/vacancies/data-engineer.yml:10: error: theme "Techniek & data" in "themes" '
        'is the name of a theme; write its slug: "tech"'
    ]


@pytest.mark.parametrize("fork", [True, False], ids=["forked-writer", "in-order"])
@pytest.mark.parametrize(
    "template, mistake, message",
    [
        ("base.html", "{{ nope() }}", "UndefinedError: 'nope' is undefined"),
        ("story.html", "{% if %}", "TemplateSyntaxError: Expected an expression"),
        ("story.html", '{% include "nope.html" %}', "TemplateNotFound: nope.html"),
    ],
)
def test_a_template_error_names_the_template_and_line(
    run, site, tmp_path, monkeypatch, template, mistake, message, fork
):
    """A mistake in the theme said only "podium: error: UndefinedError: 'nope' is
    undefined": no file, no line. It names both now, whichever process wrote the page,
    and the previous output stays as it was."""
    from podium import forked

    if not fork:
        monkeypatch.setattr(forked, "available", lambda: False)
    assert run("build", "-q").exit_code == 0
    before = snapshot(site / "output")
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    page = theme / "templates" / template
    lines = page.read_text("utf-8").splitlines(keepends=True)
    line = 9  # inside the first block of story.html, and in base.html's <head>
    lines.insert(line - 1, mistake + "\n")
    page.write_text("".join(lines), "utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + f"\nTHEME = {str(theme)!r}\n", "utf-8")
    result = run("build", "-q")
    assert result.exit_code == 1
    shown = os.path.relpath(page, site).replace(os.sep, "/")
    (printed,) = result.output.splitlines()
    assert printed.startswith(f"{shown}:{line}: error: template: {message}"), printed
    assert snapshot(site / "output") == before


def _setting_refused(run, site, command: str, assigned: str, message: str):
    """``assigned`` added as the last line of pelicanconf.py, ``command`` run: one
    line, on that line, starting with ``message``, and nothing built. The
    settings file is returned."""
    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8") + assigned + "\n"
    conf.write_text(text, "utf-8")
    result = run(command, "-q") if command == "build" else run(command)
    assert result.exit_code == 1
    (printed,) = result.output.splitlines()
    line = len(text.splitlines())
    assert printed.startswith(f"pelicanconf.py:{line}: error: {message}"), printed
    assert not (site / "output").exists()
    return conf


@pytest.mark.parametrize(
    "setting, message",
    [
        ("SITEURL = 5", 'setting SITEURL must be text, like "https://werkenbij.example.com"'),
        # Without https:// every canonical link and sitemap <loc> was relative.
        (
            'SITEURL = "werkenbij.example.com"',
            'setting SITEURL must be the site\'s address, like "https://werkenbij.example.com" '
            "(or \"\" for local previews), not 'werkenbij.example.com'",
        ),
        ('SITEURL = "//werkenbij.example.com"', "setting SITEURL must be the site's address"),
        ("THEME = 5", 'setting THEME must be a folder, like "theme", not 5'),
        ("PATH = None", 'setting PATH must be a folder, like "content", not None'),
        ("DEFAULT_LANG = 5", 'setting DEFAULT_LANG must be a language code as text, like "nl"'),
        ("LOCALE = 5", 'setting LOCALE must be a locale or a list of them, like ["nl_NL.UTF-8"]'),
        ("SITENAME = None", 'setting SITENAME must be text, like "Werken bij Acme", not None'),
        # `podium build` used it before anything checked it: "podium: error: TypeError:
        # expected str, bytes or os.PathLike object, not NoneType", naming no setting.
        ("OUTPUT_PATH = None", 'setting OUTPUT_PATH must be a folder, like "output", not None'),
        ('SITEURL = "https:///careers"', "setting SITEURL must be the site's address"),
        ('SITEURL = "https://werkenbij.example.com/a b"', "setting SITEURL must be the site's"),
        # "podium: error: ValueError: Port out of range 0-65535", naming no setting.
        ('SITEURL = "https://werkenbij.example.com:99999"', "setting SITEURL must be the site's"),
        ('SITEURL = "https://[werkenbij.example.com"', "setting SITEURL must be the site's"),
        # The front page's address, pasted: every link was ".../index.html/stories/x/".
        (
            'SITEURL = "https://careers.acme.nl/index.html"',
            "setting SITEURL is 'https://careers.acme.nl/index.html', the address of a page "
            '(index.html), which every link would be put after ("https://careers.acme.nl/'
            "index.html/stories/...\"); give the address the hub's pages are under, like "
            '"https://careers.acme.nl"',
        ),
        ('SITEURL = "https://acme.nl/careers/home.htm/"', "setting SITEURL is 'https://acme.nl/c"),
        # A control character passed podium check, and the build ended in "podium: error:
        # UnserializableContentError: Control characters are not supported in XML 1.0".
        ('SITEURL = "https://werkenbij\\x00.example.com"', "setting SITEURL must be the site's"),
        ('SITEURL = "https://werkenbij.example.com/\\x1b"', "setting SITEURL must be the site's"),
        # A NUL character passed podium check, and the build ended in "podium: error:
        # ValueError: embedded null byte", naming no setting.
        (
            'PLUGIN_PATHS = ["plugins", "more\\x00"]',
            "setting PLUGIN_PATHS lists a folder with a NUL character in it ('more\\x00'); "
            "remove the character",
        ),
        (
            'THEME_TEMPLATES_OVERRIDES = ["my-templates\\x00"]',
            "setting THEME_TEMPLATES_OVERRIDES lists a folder with a NUL character in it",
        ),
        ('OUTPUT_PATH = "output\\x00"', "setting OUTPUT_PATH is a folder with a NUL character"),
        ('CACHE_PATH = "cache\\x00"', "setting CACHE_PATH is a folder with a NUL character"),
        # Names no file system takes: "podium: error: OSError: [Errno 36] File name too
        # long" and "UnicodeEncodeError: ... surrogates not allowed", naming no setting.
        (
            'PATH = "c" * 300',
            'setting PATH is a folder with a name of 300 bytes ("cccccccccccccccccccccccccccccc',
        ),
        ('THEME = "t" * 300', "setting THEME is a folder with a name of 300 bytes"),
        ('OUTPUT_PATH = "o/" * 3000', "setting OUTPUT_PATH is a folder of 6,000 bytes, more than"),
        # The project read as content: "/" walked the whole disk for minutes, and
        # podium check ended in "FileNotFoundError: ... '/proc/10977'".
        (
            'PATH = "/"',
            "setting PATH is '/', which holds the folder of pelicanconf.py, so every file in it "
            "(the settings, theme, plugins and output) would be read as content; give the "
            'folder of the stories, like "content"',
        ),
        (
            'OUTPUT_PATH = "output\\ud800"',
            "setting OUTPUT_PATH is a folder with the character U+D800 in it ('output\\ud800'), "
            "half of a UTF-16 pair, which no file name can hold; remove it",
        ),
        # podium check passed them, and the build ended in "podium: error: TypeError:
        # 'NoneType' object is not iterable" (or an AttributeError), naming no setting.
        (
            "STATIC_PATHS = None",
            'setting STATIC_PATHS must be a list of folders in content/, like ["brand"], not None',
        ),
        ("STATIC_PATHS = [None]", "setting STATIC_PATHS must be a list of folders in content/"),
        (
            "THEME_TEMPLATES_OVERRIDES = None",
            "setting THEME_TEMPLATES_OVERRIDES must be a list of folders, like "
            '["my-templates"], not None',
        ),
        (
            "EXTRA_PATH_METADATA = []",
            "setting EXTRA_PATH_METADATA must map a file in content/ to its settings, like "
            '{"extra/robots.txt": {"path": "robots.txt"}}, not []',
        ),
        # "podium: error: RuntimeError: Attempted to break out of output directory".
        (
            'TEMPLATE_PAGES = {"plain.html": "../plain.html"}',
            "setting TEMPLATE_PAGES['plain.html'] writes \"../plain.html\", outside the "
            'output folder; give a path in it, like "about/index.html"',
        ),
        (
            'DIRECT_TEMPLATES = []; PLAIN_SAVE_AS = "/tmp/plain.html"',
            'setting PLAIN_SAVE_AS writes "/tmp/plain.html", outside the output folder',
        ),
        # Passed check, and the build wrote the file outside the output folder.
        (
            'EXTRA_PATH_METADATA = {"extra/robots.txt": {"path": "../robots.txt"}}',
            "setting EXTRA_PATH_METADATA['extra/robots.txt'] has path \"../robots.txt\", "
            'outside the output folder; give a path in it, like "robots.txt"',
        ),
        (
            'EXTRA_PATH_METADATA = {"extra/robots.txt": {"save_as": "/tmp/robots.txt"}}',
            "setting EXTRA_PATH_METADATA['extra/robots.txt'] has save_as \"/tmp/robots.txt\"",
        ),
        # "podium: error: TypeError: Environment.__init__() got an unexpected keyword
        # argument 'trim'" (or "'int' object is not callable"), only in the build.
        (
            'JINJA_ENVIRONMENT = {"trim": True}',
            "setting JINJA_ENVIRONMENT['trim'] is no option of Jinja's Environment; valid are ",
        ),
        (
            'JINJA_ENVIRONMENT = {"extensions": [3]}',
            "setting JINJA_ENVIRONMENT['extensions'] must be a list of Jinja extensions by "
            'import name, like ["jinja2.ext.do"], not [3]',
        ),
        # Taken without a word: the build made a folder named "5" beside content/.
        (
            "PODIUM_CACHE_PATH = 5",
            "setting PODIUM_CACHE_PATH must be a folder, like "
            '".podium-cache", or left out for .podium-cache beside content/, not 5',
        ),
        ('PODIUM_CACHE_PATH = ["cache"]', "setting PODIUM_CACHE_PATH must be a folder"),
        # "TypeError: expected str, bytes or os.PathLike object, not int", on no line.
        ("CACHE_PATH = 5", 'setting CACHE_PATH must be a folder, like "cache", not 5'),
        # Pelican's own lists: "pelicanconf.py: error: TypeError: 'NoneType' object is
        # not iterable" from Pelican, or the same from the build after check passed.
        (
            "ARTICLE_PATHS = None",
            'setting ARTICLE_PATHS must be a list of folders in content/, like ["interviews", '
            '"columns"], not None',
        ),
        ("IGNORE_FILES = None", "setting IGNORE_FILES must be a list of file name patterns"),
        # podium check passed every story, and the build published none of them.
        (
            'IGNORE_FILES = [".*", "*"]',
            'setting IGNORE_FILES has "*", which matches the folder "interviews", so the build '
            'would publish no story that podium check reads; ignore names like ".*" or "*.bak"',
        ),
        ('IGNORE_FILES = ["*.md"]', 'setting IGNORE_FILES has "*.md", which matches a story file'),
        (
            'ARTICLE_PATHS = ["/etc"]',
            'setting ARTICLE_PATHS must list the story folders in content/, like ["interviews", '
            '"columns"]: "/etc" is outside content/, so podium check reads stories the build '
            "would not publish",
        ),
        (
            'ARTICLE_PATHS = ["interviews"]',
            'setting ARTICLE_PATHS must list the story folders in content/, like ["interviews", '
            '"columns"]: "columns" is left out',
        ),
        ("PAGE_EXCLUDES = None", "setting PAGE_EXCLUDES must be a list of folders in content/"),
        ("FORMATTED_FIELDS = None", "setting FORMATTED_FIELDS must be a list of field names"),
        ("DIRECT_TEMPLATES = None", "setting DIRECT_TEMPLATES must be a list of template names"),
        (
            "TEMPLATE_EXTENSIONS = None",
            'setting TEMPLATE_EXTENSIONS must be a list of template file endings, like [".html"]',
        ),
        (
            "SLUG_REGEX_SUBSTITUTIONS = None",
            "setting SLUG_REGEX_SUBSTITUTIONS must be a list of (pattern, replacement) pairs",
        ),
        (
            "SLUG_REGEX_SUBSTITUTIONS = [('(', '')]",
            "setting SLUG_REGEX_SUBSTITUTIONS has '(', which is no regular expression (missing "
            '), unterminated subpattern at position 0); write one like r"[^\\w\\s-]"',
        ),
        (
            "PAGINATION_PATTERNS = [(1, '{url}')]",
            "setting PAGINATION_PATTERNS must be a list of (first page, URL, save as) triples",
        ),
        # "FileOverwriteFailedError: Failed to overwrite ".../None" a second time".
        (
            "ARTICLE_SAVE_AS = None",
            "setting ARTICLE_SAVE_AS must be a file path as text, like "
            '"stories/{slug}/index.html", not None',
        ),
        ("ARTICLE_LANG_SAVE_AS = 5", "setting ARTICLE_LANG_SAVE_AS must be a file path as text"),
        # "AttributeError: 'int' object has no attribute 'endswith'".
        ("FEED_DOMAIN = 5", "setting FEED_DOMAIN must be an address as text"),
        # Passed check, and the build copied the theme's CSS and scripts outside the
        # output folder (beside the project, or to any absolute folder), or ended
        # in "TypeError: join() argument must be str ..." for None.
        (
            'THEME_STATIC_DIR = "../x"',
            'setting THEME_STATIC_DIR must be a folder inside the output, like "theme", '
            "not '../x'",
        ),
        ('THEME_STATIC_DIR = "/tmp/theme"', "setting THEME_STATIC_DIR must be a folder inside"),
        ('THEME_STATIC_DIR = ""', "setting THEME_STATIC_DIR must be a folder inside"),
        ("THEME_STATIC_DIR = None", "setting THEME_STATIC_DIR must be a folder inside"),
        # Passed check, and the theme's css/, js/ and fonts/ were copied in among the
        # story folders (a story slugged "css" and the stylesheet over each other).
        (
            'THEME_STATIC_DIR = "stories"',
            "setting THEME_STATIC_DIR is 'stories', in stories/, where the build writes its "
            "own pages: the theme's css/, js/ and fonts/ would be copied in among them (a "
            "story or page named css, js or fonts over them); give a folder of its own, like "
            '"theme"',
        ),
        ('THEME_STATIC_DIR = "en/themes"', "setting THEME_STATIC_DIR is 'en/themes', in themes/"),
        ('THEME_STATIC_DIR = "en"', "setting THEME_STATIC_DIR is 'en', the folder of the en pages"),
        ('THEME_STATIC_DIR = "pagefind/"', "setting THEME_STATIC_DIR is 'pagefind/', in pagefind/"),
        (
            'THEME_STATIC_DIR = "robots.txt"',
            "setting THEME_STATIC_DIR is 'robots.txt', the name of a file the build writes itself",
        ),
        # "TypeError: 'NoneType' object is not iterable" (or "has no attribute 'update'").
        (
            "DEFAULT_METADATA = None",
            "setting DEFAULT_METADATA must be a mapping, like {}, not None",
        ),
        ("JINJA_GLOBALS = None", "setting JINJA_GLOBALS must be a mapping"),
        ("DATE_FORMATS = None", "setting DATE_FORMATS must be a mapping"),
        ("DEFAULT_DATE_FORMAT = None", "setting DEFAULT_DATE_FORMAT must be a date format"),
        # "podium: error: error: missing ), unterminated subpattern at position 0".
        (
            'FILENAME_METADATA = "("',
            r'setting FILENAME_METADATA must be a regular expression, like r"(?P<date>\d{4}-'
            r'\d{2}-\d{2}).*", not '
            "'(' (missing ), unterminated subpattern at position 0)",
        ),
        ('PATH_METADATA = "("', "setting PATH_METADATA must be a regular expression"),
        ('INTRASITE_LINK_REGEX = "("', "setting INTRASITE_LINK_REGEX must be a regular expression"),
        ("PATH_METADATA = 5", "setting PATH_METADATA must be a regular expression"),
        # pelican-quickstart's users know it; without the package (Podium does not
        # install it) the build ended in "ModuleNotFoundError: No module named ...".
        (
            "TYPOGRIFY = True",
            "setting TYPOGRIFY needs the typogrify package, which is not installed: install "
            "it (pip install typogrify) or remove the setting",
        ),
        # Passed check; the build ended in "podium: error: OverflowError: cannot fit
        # 'int' into an index-sized integer" reading the first story.
        (
            "PODIUM_MAX_STORY_BYTES = 10**30",
            "setting PODIUM_MAX_STORY_BYTES must be a number of bytes up to 1_000_000_000 "
            "(1 GB), like 1_000_000, not 1000000000000000000000000000000",
        ),
        # "" is the project folder to Pelican: PATH = "" read every file in it as
        # content (a warning each), THEME = "" refused output/ as inside the theme.
        ('PATH = ""', "setting PATH must be a folder, like \"content\", not ''"),
        ('THEME = ""', "setting THEME must be a folder, like \"theme\", not ''"),
        ('OUTPUT_PATH = ""', "setting OUTPUT_PATH must be a folder, like \"output\", not ''"),
        # pelican-quickstart offers it for local previews: story pages got a relative
        # canonical link, og:url and og:image ("../../cards/x.jpg", even with SITEURL
        # set), the hub pages none, and nothing said so.
        ("RELATIVE_URLS = True", "setting RELATIVE_URLS must be False or left out, not True"),
        # "podium: error: TypeError: slice indices must be integers or None ...".
        (
            'FEED_MAX_ITEMS = "20"',
            "setting FEED_MAX_ITEMS must be a whole number of stories, "
            "like 50, or None for every story, not '20'",
        ),
        ("FEED_MAX_ITEMS = -1", "setting FEED_MAX_ITEMS must be a whole number of stories"),
        # It named no way to have every story on one page (False, Pelican's default).
        (
            'DEFAULT_PAGINATION = "12"',
            "setting DEFAULT_PAGINATION must be a positive whole number, or False for every "
            "story on one page, not '12'",
        ),
        # Pelican's own default (and pelican-quickstart's): every portrait in images/
        # was published as a static file, that of a story whose consent had ended too.
        (
            'STATIC_PATHS = ["images", "extra"]',
            'setting STATIC_PATHS lists "images", the folder of the stories\' photos',
        ),
        (
            'STATIC_PATHS = ["brand", "images/people"]',
            'setting STATIC_PATHS lists "images/people", inside the folder of the stories\' photos',
        ),
        # The build read the machine's /etc for files to publish and ended in
        # "ValueError: '/etc/...' is not in the subpath of '.../content'".
        (
            'STATIC_PATHS = ["brand", "/etc"]',
            'setting STATIC_PATHS lists "/etc", a folder outside content/ (a path from the '
            'root); give folders in content/, like ["brand"]',
        ),
        # 9999-12-31 ended podium check in "OverflowError: date value out of range";
        # 0001-01-01 passed, outside the years a story's date may have.
        (
            'PODIUM_TODAY = "9999-12-31"',
            "setting PODIUM_TODAY must be a date in the years 1900 to 2100, like 2026-03-01, "
            'not "9999-12-31"',
        ),
        ('PODIUM_TODAY = "0001-01-01"', "setting PODIUM_TODAY must be a date in the years 1900"),
        # It said "../theme" "holds the folder of the stories' photos", which it does not.
        (
            'STATIC_PATHS = ["brand", "../theme"]',
            'setting STATIC_PATHS lists "../theme", a folder outside content/ (it goes up '
            'with ".."); give folders in content/, like ["brand"]',
        ),
        (
            'STATIC_PATHS = ["."]',
            'setting STATIC_PATHS lists ".", which holds the folder of the stories\' photos',
        ),
        # The build ended in a TypeError or ValueError naming no setting.
        (
            "FEED_ALL_ATOM = 5",
            'setting FEED_ALL_ATOM must be a feed file as text, like "feeds/all.atom.xml", '
            "or None for none (Podium writes its own feeds), not 5",
        ),
        ("TRANSLATION_FEED_ATOM = 5", "setting TRANSLATION_FEED_ATOM must be a feed file"),
        # The build ended in "TypeError: expected str, bytes or os.PathLike object".
        (
            "AUTHOR_SAVE_AS = 5",
            'setting AUTHOR_SAVE_AS must be a path as text, like "author/{slug}.html" (or "" '
            "for none), not 5",
        ),
        ("STATIC_URL = None", "setting STATIC_URL must be a path as text"),
        # No story had a page, and the build counted them published.
        (
            'ARTICLE_SAVE_AS = ""',
            'setting ARTICLE_SAVE_AS is "", which writes no story\'s page, so every link to a '
            'story would be a 404; give a file path, like "stories/{slug}/index.html"',
        ),
        (
            'TEMPLATE_PAGES = ["extra/about.html"]',
            'setting TEMPLATE_PAGES must be a mapping, like {"extra/about.html": '
            "\"about/index.html\"}, not ['extra/about.html']",
        ),
        # True to Pelican: its content cache on, typogrify asked for; and
        # NEWEST_FIRST_ARCHIVES = "no" a TypeError naming no setting.
        ('CACHE_CONTENT = "no"', "setting CACHE_CONTENT must be True or False, not 'no'"),
        ('NEWEST_FIRST_ARCHIVES = "no"', "setting NEWEST_FIRST_ARCHIVES must be True or False"),
        ('TYPOGRIFY = "no"', "setting TYPOGRIFY must be True or False, not 'no'"),
        # Every link to a story was "/5" (or the front page), and the build passed.
        (
            "ARTICLE_URL = 5",
            'setting ARTICLE_URL must be a story\'s address as text, like "stories/{slug}/", not 5',
        ),
        ('ARTICLE_LANG_URL = ""', "setting ARTICLE_LANG_URL must be a story's address as text"),
        (
            "DEFAULT_DATE = 5",
            'setting DEFAULT_DATE must be None, "fs" or a date as numbers, like (2026, 3, 1), '
            "not 5",
        ),
        # Pelican took it letter by letter and still published brand/, without a word.
        ('STATIC_EXCLUDES = "brand"', "setting STATIC_EXCLUDES must be a list of folders"),
        (
            'READERS = "x"',
            'setting READERS must map file endings to a reader, like {"html": None} (None: '
            "not read), not 'x'",
        ),
        # Kept nothing, and a gh-pages checkout's .git went with the old output.
        (
            'OUTPUT_RETENTION = ".git"',
            "setting OUTPUT_RETENTION must be a list of names at the top of the output "
            "folder, like [\".git\"], not '.git'",
        ),
        (
            'OUTPUT_RETENTION = [".git/"]',
            'setting OUTPUT_RETENTION lists ".git/", which is no name at the top of the output '
            "folder",
        ),
        # The build ended in "theme/templates/base.html:4: error: template:
        # UndefinedError: 'meta' is undefined": Podium's templates need its page.
        (
            'DIRECT_TEMPLATES = ["index"]',
            "setting DIRECT_TEMPLATES must be [] (or left out), not ['index']: Podium writes "
            "the hub's pages itself",
        ),
        (
            'TEMPLATE_PAGES = {"404.html": "x.html"}',
            "setting TEMPLATE_PAGES['404.html'] is one of Podium's templates, which need the "
            "page Podium renders; give a template of your own in content/",
        ),
    ],
)
@pytest.mark.parametrize("command", ["check", "build"])
def test_a_pelican_setting_of_the_wrong_type_is_one_line_naming_it(
    run, site, setting, message, command
):
    """Pelican's settings with the wrong type gave Python's words and no setting:
    "pelicanconf.py: error: AttributeError: 'int' object has no attribute 'endswith'"."""
    _setting_refused(run, site, command, setting, message)
    assert not (site / "5").exists() and not (site / "['cache']").exists()


@pytest.mark.parametrize("command", ["check", "build"])
def test_the_project_folder_as_content_is_one_line_on_path(run, site, command):
    """PATH = "." read the settings, theme, plugins and output as content: a warning
    for every file in them, then OUTPUT_PATH refused as "inside content/"."""
    _setting_refused(
        run,
        site,
        command,
        'PATH = "."',
        f"setting PATH is {str(site.resolve())!r}, which is the folder of pelicanconf.py, so "
        "every file in it (the settings, theme, plugins and output) would be read as content",
    )


def test_a_template_page_of_ones_own_builds_and_one_extending_the_theme_is_refused(run, site):
    """A template page extending Podium's base.html ended the build in "UndefinedError:
    'meta' is undefined"; one standing alone is published as Pelican does."""
    (site / "content" / "extra").mkdir(exist_ok=True)
    (site / "content" / "extra" / "plain.html").write_text("<p>{{ SITENAME }}</p>\n", "utf-8")
    conf = site / "pelicanconf.py"
    original = conf.read_text("utf-8")
    conf.write_text(original + 'TEMPLATE_PAGES = {"extra/plain.html": "plain.html"}\n', "utf-8")
    built = run("build", "-q")
    assert built.exit_code == 0, built.output
    assert (site / "output" / "plain.html").read_text("utf-8").startswith("<p>")
    (site / "content" / "extra" / "plain.html").write_text(
        '{% extends "base.html" %}{% block content %}x{% endblock %}\n', "utf-8"
    )
    checked = run("check")
    assert checked.exit_code == 1
    assert (
        f"pelicanconf.py:{len(original.splitlines()) + 1}: error: setting "
        "TEMPLATE_PAGES['extra/plain.html'] uses \"base.html\", which is one of Podium's "
        "templates" in checked.output
    ), checked.output


@pytest.mark.parametrize(
    ("target", "said"),
    [
        ("index.html", "a file the build writes itself"),
        ("en/index.html", "a file the build writes itself"),
        ("sitemap.xml", "a file the build writes itself"),
        ("favicon.svg", "a file the build writes itself"),
        ("stories/index.html", "in stories/, where the build writes its own pages"),
        ("en/themes/about/index.html", "in themes/, where the build writes its own pages"),
    ],
)
def test_a_template_page_over_one_of_the_hubs_own_files_is_refused(run, site, target, said):
    """{"extra/about.html": "index.html"} passed podium check, and the build put that
    page in place of the hub's front page without a word (one at sitemap.xml was
    written over by the build's own sitemap)."""
    (site / "content" / "extra").mkdir(exist_ok=True)
    (site / "content" / "extra" / "about.html").write_text("<p>{{ SITENAME }}</p>\n", "utf-8")
    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8") + f'TEMPLATE_PAGES = {{"extra/about.html": "{target}"}}\n'
    conf.write_text(text, "utf-8")
    for command in ("check", "build"):
        result = run(command)
        assert result.exit_code == 1, result.output
        assert (
            f"pelicanconf.py:{len(text.splitlines())}: error: setting "
            f"TEMPLATE_PAGES['extra/about.html'] writes \"{target}\", {said}; give it a path "
            'of its own, like "about/index.html"' in result.output.splitlines()
        ), result.output
    conf.write_text(text.replace(target, "nl/about/index.html"), "utf-8")
    built = run("build")
    assert built.exit_code == 0, built.output
    assert (site / "output" / "nl" / "about" / "index.html").is_file()


@pytest.mark.parametrize(
    ("target", "said"),
    [
        ("index.html", "a file the build writes itself"),
        ("en/404.html", "a file the build writes itself"),
        ("stories/home.html", "in stories/, where the build writes its own pages"),
    ],
)
def test_a_static_file_over_one_of_the_hubs_own_files_is_refused(run, site, target, said):
    """EXTRA_PATH_METADATA = {"extra/home.html": {"path": "index.html"}} passed podium
    check, and the build published that file in place of the hub's front page
    without a word, as a TEMPLATE_PAGES page there was (refused since e498907)."""
    (site / "content" / "extra").mkdir(exist_ok=True)
    (site / "content" / "extra" / "home.html").write_text("<p>mine</p>\n", "utf-8")
    (site / "content" / "extra" / "robots.txt").write_text("User-agent: *\n", "utf-8")
    conf = site / "pelicanconf.py"
    base = conf.read_text("utf-8") + 'STATIC_PATHS = ["extra"]\n'
    text = base + f'EXTRA_PATH_METADATA = {{"extra/home.html": {{"path": "{target}"}}}}\n'
    conf.write_text(text, "utf-8")
    for command in ("check", "build"):
        result = run(command)
        assert result.exit_code == 1, result.output
        assert (
            f"pelicanconf.py:{len(text.splitlines())}: error: setting "
            f"EXTRA_PATH_METADATA['extra/home.html'] has path \"{target}\", {said}; give it a "
            'path of its own, like "about.html"' in result.output.splitlines()
        ), result.output
    # A page of its own, and a robots.txt of the hub's own (README), build.
    conf.write_text(
        base + 'EXTRA_PATH_METADATA = {"extra/home.html": {"path": "about.html"}, '
        '"extra/robots.txt": {"path": "robots.txt"}}\n',
        "utf-8",
    )
    built = run("build")
    assert built.exit_code == 0, built.output
    assert (site / "output" / "about.html").read_text("utf-8") == "<p>mine</p>\n"
    assert (site / "output" / "index.html").read_text("utf-8").startswith("<!")


@pytest.mark.parametrize(
    ("robots", "warned"),
    [
        ("User-agent: *\nDisallow: /admin/\n", True),
        ("User-agent: *\nSitemap: https://werkenbij.acme.nl/old-sitemap.xml\n", True),
        ("User-agent: *\nsitemap:  https://werkenbij.acme.nl/sitemap.xml\n", False),
    ],
)
def test_a_robots_txt_of_the_hubs_own_without_the_sitemap_is_warned_about(
    run, site, caplog, robots, warned
):
    """A hub's own robots.txt (README) replaced the build's in a publish build, and
    its Sitemap: line, how a crawler finds the sitemap, was gone without a word."""
    (site / "content" / "extra").mkdir(exist_ok=True)
    (site / "content" / "extra" / "robots.txt").write_text(robots, "utf-8")
    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8") + (
        'STATIC_PATHS = ["brand", "extra/robots.txt"]\n'
        'EXTRA_PATH_METADATA = {"extra/robots.txt": {"path": "robots.txt"}}\n'
    )
    conf.write_text(text, "utf-8")
    (site / "publishconf.py").write_text(
        'from pelicanconf import *\nSITEURL = "https://werkenbij.acme.nl"\n', "utf-8"
    )
    line = (
        f"pelicanconf.py:{len(text.splitlines())}: warning: setting "
        "EXTRA_PATH_METADATA['extra/robots.txt'] puts content/extra/robots.txt in place of "
        "the build's robots.txt, and it names no sitemap at the hub's address, so crawlers "
        'will not find the sitemap from it; add the line "Sitemap: '
        'https://werkenbij.acme.nl/sitemap.xml"'
    )
    checked = run("check", "-s", "publishconf.py")
    assert checked.exit_code == 0, checked.output
    assert checked.output.splitlines().count(line) == int(warned), checked.output
    with caplog.at_level("WARNING"):
        built = run("build", "-s", "publishconf.py")
    assert built.exit_code == 0, built.output
    assert [r.getMessage() for r in caplog.records].count(line) == int(warned), caplog.text
    assert (site / "output" / "robots.txt").read_text("utf-8") == robots
    # A preview writes no Sitemap: line itself: nothing to say.
    assert "robots.txt" not in run("check").output


@pytest.mark.parametrize(
    ("template", "setting"),
    [
        ('{% set layout = "base.html" %}{% extends layout %}', ""),
        ("{% extends LAYOUT %}", 'LAYOUT = "base.html"\n'),
        ('{% extends "plain.html" if PLAIN else "base.html" %}', "PLAIN = False\n"),
        ("{% include PARTIAL %}", 'JINJA_GLOBALS = {"PARTIAL": "404.html"}\n'),
    ],
)
def test_a_template_page_naming_the_theme_through_a_variable_is_refused(
    run, site, template, setting
):
    """`{% extends layout %}` passed podium check (only a literal name was looked at),
    and the build stopped on Podium's template: "UndefinedError: 'meta' is undefined"."""
    (site / "content" / "extra").mkdir(exist_ok=True)
    (site / "content" / "extra" / "page.html").write_text(template + "\n", "utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text("utf-8") + setting + 'TEMPLATE_PAGES = {"extra/page.html": "page.html"}\n',
        "utf-8",
    )
    checked = run("check")
    assert checked.exit_code == 1, checked.output
    assert "setting TEMPLATE_PAGES['extra/page.html'] uses \"" in checked.output
    assert "which is one of Podium's templates" in checked.output


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_report_to_a_dash_is_stdout_as_without_o(run, site, fmt):
    # `-o -` (stdout, as pandoc, curl and click.File read it) wrote a file named "-"
    # into the project, which the next `git add .` took along.
    to_dash = run("report", "--format", fmt, "-o", "-")
    assert to_dash.exit_code == 0, to_dash.output
    assert not (site / "-").exists()
    assert to_dash.output == run("report", "--format", fmt).output


def test_a_report_to_a_pipe_or_device_writes_into_it_and_leaves_it_one(run, site, tmp_path):
    """`-o /dev/null`, `-o /dev/stdout` or a named pipe was replaced, as a report
    file is, by a regular file holding the report: as root (a container, CI), the
    machine's /dev/null stopped being one. A FIFO stands in for the devices here."""
    import stat

    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # the writer's open then returns
    try:
        result = run("report", "--format", "json", "-o", str(fifo))
        assert result.exit_code == 0, result.output
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the pipe was replaced by a file"
        said = b""
        with contextlib.suppress(BlockingIOError):
            while chunk := os.read(reader, 65536):
                said += chunk
    finally:
        os.close(reader)
    assert json.loads(said)["themes"], said[:200]


def test_a_report_to_a_disk_is_refused_and_the_disk_left_as_it_was(run, site, tmp_path):
    """Written into, as a pipe is (13dbfc6), `-o /dev/sda` put the report over the
    start of a disk when run as root. A block device node stands in for the disk."""
    import stat

    disk = tmp_path / "disk"
    try:
        os.mknod(disk, 0o600 | stat.S_IFBLK, os.makedev(7, 250))
    except (OSError, PermissionError):
        pytest.skip("making a block device node needs root (CAP_MKNOD)")
    result = run("report", "--format", "json", "-o", str(disk))
    assert result.exit_code == 2, result.output
    (line,) = result.output.splitlines()
    assert line == (
        f"{disk}: error: cannot write the report: it is a disk (a block device); give a "
        "file, or - for the terminal"
    )
    assert stat.S_ISBLK(os.lstat(disk).st_mode)


def test_a_story_folder_this_user_cannot_read_is_an_error_not_fewer_stories(run, site, monkeypatch):
    """content/interviews/ without read permission (a checkout by another user, a
    chmod gone wrong): its stories were left out without a word, "7 stories
    checked: 0 errors", and the build published the hub without them."""
    locked = str(site / "content" / "interviews")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.path.abspath(os.fspath(path)) == locked:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run("check")
    assert result.exit_code == 1, result.output
    assert (
        "content/interviews: error: this entry is a folder that cannot be read "
        "(Permission denied): nothing in it is checked or published; make it readable"
    ) in result.output.splitlines(), result.output


@pytest.mark.parametrize("name", ["secret", "secret.md"])
def test_a_link_into_a_folder_this_user_cannot_enter_is_one_line(run, site, monkeypatch, name):
    """A link in content/ to a path in a folder the build's user may not enter
    (``ln -s /root/secret`` in a pull request, built on a CI runner as another
    user): asking whether it was a folder raised, and the check ended in
    "podium: error: PermissionError: [Errno 13] Permission denied: ..."."""
    locked = str(site.parent / "private")
    os.mkdir(locked)
    with open(os.path.join(locked, "x"), "w", encoding="utf-8"):
        pass
    link = site / "content" / "columns" / name
    link.symlink_to(os.path.join(locked, "x"))
    real_stat = os.stat

    def stat_(path, *args, **kwargs):
        if str(os.path.realpath(path)).startswith(locked + os.sep):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat_)
    result = run("check")
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert errors == [
        f"content/columns/{name}: error: this entry is a symlink that points outside content/"
    ]


@pytest.mark.parametrize(
    "folder, what", [("vacancies", "vacancy files"), ("vacancies/feeds", "ATS snapshots")]
)
def test_a_vacancy_folder_saved_as_a_file_is_an_error_on_it(run, site, folder, what):
    """content/vacancies (or its feeds/) saved as a file: podium check passed
    without a word, and the hub was published with no vacancy."""
    path = site / "content" / folder
    shutil.rmtree(path, ignore_errors=True)
    path.write_text("", "utf-8")
    result = run("check")
    assert result.exit_code == 1, result.output
    assert (
        f"content/{folder}: error: this entry is a file, and it is the folder of the {what}; "
        "make it a folder, or delete it"
    ) in result.output.splitlines(), result.output


def test_withdrawing_a_story_that_cannot_be_read_names_the_read_error(run, site, monkeypatch):
    """A story file without read permission (tests run as root: the read fails
    here as it would): `podium withdraw ben-bakker` said 'no story with slug
    "ben-bakker"; did you mean ...?', sending the writer looking for a typo."""
    locked = str(site / "content" / "columns" / "ben-bakker.md")
    real_open = os.open

    def refusing_open(path, flags, *args, **kwargs):
        if os.path.abspath(os.fspath(path)) == locked:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    result = run("withdraw", "ben-bakker", "--yes")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [
        "content/columns/ben-bakker.md: error: story file cannot be read (Permission denied)"
    ], result.output
    assert os.path.exists(locked)


def test_a_report_into_a_missing_folder_is_one_line(run, site):
    """`report -o no/such/folder/r.html` said "podium: error: FileNotFoundError: [Errno 2]
    No such file or directory: ..." (exit 1), naming no problem a user would fix."""
    result = run("report", "--format", "json", "-o", "nope/r.json")
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "nope/r.json: error: cannot write the report: no folder nope; "
        "give a file in a folder that exists"
    ]
    assert not (site / "nope").exists()
    assert run("report", "--format", "json", "-o", "r.json").exit_code == 0
    assert (site / "r.json").read_text("utf-8").startswith("{")


def test_check_from_another_folder_reads_a_draft_with_prompts(run, site, monkeypatch):
    # The prompt check opened the story by its shown path (content/...), relative
    # to where podium ran: "podium: error: FileNotFoundError: ..." from elsewhere.
    made = run("new", "column", "--name", "Olga Nowak", "--role", "Monteur", "--team", "",
               "--lang", "nl", "--title", "Eerste week", "--consent-given", "2026-05-01",
               "--social")  # fmt: skip
    assert made.exit_code == 0, made.output
    monkeypatch.chdir(site.parent)
    result = run("check", "-s", f"{site.name}/pelicanconf.py")
    assert result.exit_code == 0, result.output
    assert "content/columns/eerste-week.md:" in result.output
    assert "Error" not in result.output and "podium: error" not in result.output


def test_an_image_without_alt_text_is_one_warning_in_a_build(run, site, caplog, monkeypatch):
    """Pelican warned too, "Empty alt attribute for image x.jpg in /abs/path.md" (and
    from the sixth on "Other images have empty alt attributes"): two lines, two
    warnings counted, for what Podium's read step says once at its line."""
    from collections import defaultdict

    from pelican.log import LimitFilter

    monkeypatch.setattr(LimitFilter, "_raised_messages", set())
    monkeypatch.setattr(LimitFilter, "_group_count", defaultdict(int))
    story = site / "content" / "columns" / "ben-bakker.md"
    images = "".join(f"\n![](https://example.org/no-alt-{i}.jpg)\n" for i in range(7))
    story.write_text(story.read_text("utf-8") + images, "utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + '\nPODIUM_IMAGE_HOSTS = ["example.org"]\n', "utf-8")
    caplog.set_level("WARNING")
    result = run("build")
    assert result.exit_code == 0, result.output
    messages = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    alt = [m for m in messages if "alt" in m]
    assert len(alt) == 7 and all(m.startswith("content/columns/ben-bakker.md:") for m in alt), alt
    assert f"{len(messages)} warnings" in result.output


def test_check_holds_a_hand_written_vacancy_team_to_podium_teams(run, site):
    # A story's team must be in PODIUM_TEAMS; a vacancy's typo passed, and the
    # job showed the raw slug and linked to no colleague's story of its team.
    path = site / "content" / "vacancies" / "data-engineer.yml"
    text = path.read_text(encoding="utf-8")
    assert "team: engineering" in text
    path.write_text(text.replace("team: engineering", "team: enginering"), encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    (line,) = [ln for ln in result.output.splitlines() if "data-engineer.yml" in ln]
    assert line.startswith("content/vacancies/data-engineer.yml:")
    assert ': error: field "team" must be one of the teams in PODIUM_TEAMS' in line
    assert 'not "enginering" (did you mean "engineering"?)' in line


def test_check_says_a_vacancy_files_team_with_its_other_problems_at_once(run, site):
    """The team was checked only once the file read: a misspelt field and a city
    with markup came first, the team's line one CI round later. A city written
    but refused was also said to be missing ("needs "city"")."""
    path = site / "content" / "vacancies" / "data-engineer.yml"
    text = path.read_text(encoding="utf-8")
    assert "team: engineering" in text and "valid_through:" in text
    text = text.replace("team: engineering", "team: enginering")
    text = text.replace("valid_through:", "valid_trough:")
    text = re.sub(r"location: \{city: [^,}]+", 'location: {city: "<b>Utrecht</b>"', text)
    path.write_text(text, encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    said = [ln.split(": error: ", 1)[1] for ln in result.output.splitlines() if ": error: " in ln]
    assert [re.search(r'"([^"]+)"', m)[1] for m in said] == [
        "team",
        "location.city",
        "valid_trough",
    ]
    assert 'needs "city"' not in result.output


@pytest.mark.parametrize(
    ("written", "meant"),
    [("Techniek", "engineering"), ("Engineering", "engineering"), ("techniek", "engineering")],
)
def test_check_names_the_teams_for_a_vacancy_team_as_for_a_story_team(run, site, written, meant):
    """A new hub's vacancy with its team written as the team's name ("Techniek", from
    PODIUM_TEAMS) was told only 'must be a slug of lowercase letters, digits and
    hyphens (like "data-team")', where a story's team is told the hub's teams and
    the one meant; "techniek", a slug of a name, got no "did you mean" either."""
    path = site / "content" / "vacancies" / "data-engineer.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("team: engineering", f"team: {written}"), encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    (line,) = [ln for ln in result.output.splitlines() if "data-engineer.yml" in ln]
    assert line.startswith("content/vacancies/data-engineer.yml:")
    assert line.split(": error: ", 1)[1] == (
        'field "team" must be one of the teams in PODIUM_TEAMS (engineering, support), '
        f'not "{written}" (did you mean "{meant}"?)'
    )


def test_a_story_saved_outside_the_story_folders_is_a_warning(run, site):
    # content/over-ons.md, content/pages/ (as in a Pelican site) and a story
    # dropped among the images were never published, and nothing said so.
    content = site / "content"
    story = (content / "columns" / "ben-bakker.md").read_text(encoding="utf-8")
    for rel in ("over-ons.md", "pages/about.md", "images/nieuw-verhaal.markdown"):
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_text(story, encoding="utf-8")
    (content / "README.md").write_text("# Voor schrijvers\n", encoding="utf-8")  # no story
    result = run("check")
    assert result.exit_code == 0, result.output
    for rel in ("images/nieuw-verhaal.markdown", "over-ons.md", "pages/about.md"):
        assert (
            f"content/{rel}: warning: is outside content/interviews/ and content/columns/, "
            "so it is not published; move a story into the folder of its kind"
        ) in result.output.splitlines(), result.output
    assert "README.md" not in result.output


def test_a_vacancy_saved_outside_the_vacancies_folder_is_a_warning(run, site):
    # A new hub's vacancy saved as content/dijkwacht.yml, or a YAML file in a folder
    # of its own (content/people/anna.yml, content/vacancies/2026/), was never read
    # nor published, and nothing said so, where a story there is a warning.
    content = site / "content"
    vacancy = (content / "vacancies" / "data-engineer.yml").read_text(encoding="utf-8")
    unread = ("dijkwacht.yml", "people/anna.yml", "vacancies/2026/x.yml", "vacatures/monteur.yaml")
    for rel in unread:
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_text(vacancy, encoding="utf-8")
    (content / ".decap.yml").write_text("x: 1\n", encoding="utf-8")  # a dot file: not ours
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "is not read" in line]
    assert said == [
        f"content/{rel}: warning: is not read: Podium reads content/themes.yml, "
        "content/withdrawn.yml and the vacancies in content/vacancies/ itself (no folder "
        "below it); move a vacancy there"
        for rel in unread
    ], result.output


def test_what_a_hand_written_vacancy_description_loses_is_a_warning(run, site):
    # An image or an embedded video in a vacancy's Markdown vanished from the
    # page without a word, and a {static} link (a story's syntax) went out as
    # the address "{static}/files/brochure.pdf".
    path = site / "content" / "vacancies" / "data-engineer.yml"
    text = path.read_text(encoding="utf-8")
    extra = (
        "  ![Ons team](https://example.org/team.jpg)\n\n"
        '  <iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>\n\n'
        "  [Brochure]({static}/files/brochure.pdf)\n"
    )
    text = text.replace("description: |\n", "description: |\n" + extra, 1)
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("description: |") + 1
    result = run("check")
    assert result.exit_code == 0, result.output  # warnings: the job is still published
    shown = "content/vacancies/data-engineer.yml"
    for message in (
        "<iframe> is not published in a vacancy (only text, headings, lists, tables and "
        "links are); describe it in words, or link it",
        "<img> is not published in a vacancy (only text, headings, lists, tables and links "
        "are); describe it in words, or link it",
        'link "{static}/files/brochure.pdf" cannot work in a vacancy ({static} and '
        "{filename} are for stories), so the link is left out and its text stays; give the "
        "full https:// address",
    ):
        expected = f'{shown}:{line}: warning: field "description": {message}'
        assert expected in result.output.splitlines(), result.output
    # Published as that very address before, a link that led nowhere.
    assert run("build").exit_code == 0
    page = (site / "output" / "vacancies" / "501" / "index.html").read_text(encoding="utf-8")
    assert "{static}" not in page and "Brochure" in page


def test_report_text_keeps_a_theme_name_with_a_line_break_on_its_row(run, site):
    # YAML lets a name hold a line break; the text report (read in CI logs, where
    # a line starting "::" is a workflow command) must keep each row one line.
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    themes.write_text(
        text.replace('name: {nl: "Techniek & data"', 'name: {nl: "Techniek\\n::error::data"'),
        encoding="utf-8",
    )
    lines = run("report").output.splitlines()
    assert not any(ln.startswith("::") for ln in lines)
    assert any(ln.startswith("Techniek\\n::error::data  ") for ln in lines)
    assert "- Techniek\\n::error::data: 2 open jobs and only 1 story" in lines


def test_report_text_and_markdown_show_an_emoji_theme_name_as_written(run, site):
    # A name of emoji joined into one ("👷\u200d♀️", a woman construction worker;
    # a zero-width joiner between two signs) printed as "👷\\u200d♀️" in the text
    # and Markdown reports, and a Persian name lost its non-joiner the same way:
    # the joiners are part of the writing. (A line break still shows escaped:
    # test_report_text_keeps_a_theme_name_with_a_line_break_on_its_row.)
    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    name = "👷\u200d♀️ Bouw می\u200cخواهم"
    themes.write_text(text.replace('"Techniek & data"', f'"{name}"'), encoding="utf-8")
    lines = run("report").output.splitlines()
    assert f"- {name}: 2 open jobs and only 1 story" in lines
    markdown = run("report", "--format", "markdown").output.splitlines()
    assert f"- **{name}**: 2 open jobs and only 1 story" in markdown


def test_report_text_columns_line_up_under_wide_theme_names(run, site):
    # The table padded each name by its characters, not by the columns a terminal
    # gives them: "💻 Tech & data" and "数据" take two columns a sign, so their
    # rows' numbers stood two to four columns right of the header's.
    import unicodedata

    def columns(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8").replace('"Techniek & data"', '"💻 数据 & 技术"')
    themes.write_text(text, encoding="utf-8")
    lines = run("report").output.splitlines()
    header = next(i for i, ln in enumerate(lines) if ln.startswith("theme "))
    rows = lines[header : header + 3]
    assert rows[1].startswith("💻 数据 & 技术 ") and rows[2].startswith("Werk & privé ")
    # Where each row's "stories" column ends, in a terminal's columns.
    ends = [columns(rows[0][: rows[0].index("stories") + len("stories")])]
    ends += [columns(re.match(r"(.*?\s+\d+)\s", row).group(1)) for row in rows[1:]]
    assert len(set(ends)) == 1, rows


def test_report_json_keys_are_the_ones_the_readme_documents(run, site):
    """Scripts read ``podium report --format json``: every key it writes is
    documented in the README's coverage report section."""
    import json
    import re
    from pathlib import Path

    (site / "content" / "columns" / "hanna-magazijn.md").write_text(
        NEAR_MISS.replace("social: false}", "until: 2026-06-20, social: false}"),
        encoding="utf-8",
    )
    data = json.loads(run("report", "--format", "json").output)
    assert data["review"] and data["consent_ending"] and data["stories_per_quarter"]
    keys = set(data)
    for name in ("themes", "review", "consent_ending", "stories_per_quarter"):
        keys |= {k for item in data[name] for k in item}
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    # The list of keys: the paragraph after the one that introduces the format.
    section = readme.split("`podium report --format json`", 1)[1].split("\n\n")[1]
    documented = set(re.findall(r"`(\w+)`", section))
    assert keys <= documented, sorted(keys - documented)


def test_output_piped_into_a_reader_that_stops_early_ends_quietly(site):
    # `podium tag | head -3` (the README: "one line of themes per story") ended
    # with "podium: error: BrokenPipeError: [Errno 32] Broken pipe" and status 1,
    # as if tagging had failed. A reader that stops is no error of podium's: it
    # stops quietly, with the status a shell gives a process ended by SIGPIPE.
    import subprocess
    import sys

    import podium

    plugins = os.path.dirname(os.path.dirname(podium.__file__))
    for command in (["tag"], ["report"]):
        proc = subprocess.Popen(
            [sys.executable, "-m", "podium_cli", *command], cwd=site,
            env={**os.environ, "PYTHONPATH": plugins},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        proc.stdout.close()  # the reader is gone before the first line
        stderr = proc.stderr.read()
        assert proc.wait(timeout=120) == 141, stderr
        assert "BrokenPipe" not in stderr and "Broken pipe" not in stderr


@pytest.mark.parametrize(
    ("added", "message"),
    [
        ('THEME = "themes/helder"',
         'setting THEME must be a theme folder, like "theme"; there is no folder '
         '"themes/helder" beside pelicanconf.py'),
        ('PATH = "inhoud"',
         'setting PATH must be the content folder, like "content"; there is no folder '
         '"inhoud" beside pelicanconf.py'),
    ],
)  # fmt: skip
def test_a_theme_or_content_folder_that_is_not_there_is_one_line_naming_the_setting(
    run, site, added, message
):
    # The README: PATH and THEME must be folders, and a wrong one is "one line naming
    # the line of pelicanconf.py that sets them ... never Python's own words about
    # it". A mistyped folder gave "pelicanconf.py: error: ValueError: Could not find
    # the theme themes/helder", or Pelican's "You need to specify a path containing
    # the content (see pelican --help for more information)", with no line.
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    line = text.count("\n") + 1
    conf.write_text(text + added + "\n", encoding="utf-8")
    for command in ("check", "build"):
        result = run(command)
        assert result.exit_code == 1
        assert result.output.splitlines() == [f"pelicanconf.py:{line}: error: {message}"]


def test_a_settings_file_pelican_fails_on_is_run_once(run, site):
    # THEME = "nope": Pelican fails after the file ran, and the check for a wrong
    # setting ran the file a second time (its imports, anything it prints or
    # does) to find the values it had just read.
    conf = site / "pelicanconf.py"
    ran = site / "ran.txt"
    conf.write_text(
        conf.read_text(encoding="utf-8")
        + f'with open({str(ran)!r}, "a") as _ran:\n    _ran.write("ran\\n")\n'
        + 'THEME = "nope"\n',
        encoding="utf-8",
    )
    for command in ("check", "build"):
        ran.unlink(missing_ok=True)
        result = run(command)
        assert result.exit_code == 1
        assert "setting THEME must be a theme folder" in result.output
        assert ran.read_text(encoding="utf-8") == "ran\n", command


def test_a_default_lang_outside_the_languages_is_one_mistake_not_one_per_feed(run, site):
    # DEFAULT_LANG = "de" on a hub of nl and en also gave, for every feed that
    # writes no default_lang, "setting PODIUM_FEEDS[0]['default_lang'] must be one
    # of "nl", "en", not 'de'": a field the user never wrote ("a typo is one
    # mistake", the README says).
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    line = text.count("\n") + 1
    feed = '{"name": "ats", "kind": "recruitee", "url": "https://x.recruitee.com/api/offers/"}'
    conf.write_text(text + f'DEFAULT_LANG = "de"\nPODIUM_FEEDS = [{feed}]\n', encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"pelicanconf.py:{line}: error: setting DEFAULT_LANG must be one of PODIUM_LANGUAGES "
        '("nl", "en"), not "de"'
    ]
    # A default_lang the feed does write is still checked.
    conf.write_text(text + f'PODIUM_FEEDS = [{{**{feed}, "default_lang": "de"}}]\n', "utf-8")
    assert "PODIUM_FEEDS[0]['default_lang'] must be one of" in run("check").output


def test_report_names_the_stories_already_scheduled_for_a_theme_that_needs_stories(run, site):
    # Eva's column is scheduled for 2026-09-01: not counted (it is not on the hub
    # yet), but a team told "tech needs stories" without a word of it would
    # commission a second story for a theme that has one on its way.
    import json

    eva = site / "content" / "columns" / "eva-scheduled.md"
    eva.write_text(eva.read_text(encoding="utf-8").replace(
        "role: Planner", "role: Planner\nthemes: [tech]"), encoding="utf-8")  # fmt: skip
    data = json.loads(run("report", "--format", "json").output)
    tech = next(r for r in data["themes"] if r["slug"] == "tech")
    assert (tech["stories"], tech["scheduled"], tech["next_scheduled"]) == (1, 1, "2026-09-01")
    assert "tech" in data["needs_stories"]
    balance = next(r for r in data["themes"] if r["slug"] == "balance")
    assert (balance["scheduled"], balance["next_scheduled"]) == (0, None)
    why = "2 open jobs and only 1 story; 1 scheduled, from 2026-09-01"
    assert f"- Techniek & data: {why}" in run("report").output
    assert f"- **Techniek & data**: {why}" in run("report", "--format", "markdown").output
    assert why in run("report", "--format", "html").output


def test_report_names_the_drafts_in_progress_per_theme(run, site):
    # Dirk's column is a draft on tech: not counted, and the report said nothing
    # of it, so the team would ask a colleague for a story someone is writing.
    import json

    dirk = site / "content" / "columns" / "dirk-draft.md"
    dirk.write_text(dirk.read_text(encoding="utf-8").replace(
        "role: Monteur", "role: Monteur\nthemes: [tech]"), encoding="utf-8")  # fmt: skip
    data = json.loads(run("report", "--format", "json").output)
    tech = next(r for r in data["themes"] if r["slug"] == "tech")
    assert (tech["stories"], tech["drafts"]) == (1, 1)
    assert tech["draft_paths"] == ["content/columns/dirk-draft.md"]
    assert next(r for r in data["themes"] if r["slug"] == "balance")["drafts"] == 0
    why = "2 open jobs and only 1 story; 1 draft in progress"
    text = run("report").output
    assert f"- Techniek & data: {why}" in text
    assert "Drafts in progress:" in text
    assert "- Techniek & data: content/columns/dirk-draft.md (Dirk Draft)" in text
    html = run("report", "--format", "html").output
    assert why in html and "Drafts in progress" in html
    assert "<code>content/columns/dirk-draft.md</code> (<bdi>Dirk Draft</bdi>)" in html
    markdown = run("report", "--format", "markdown").output
    assert f"- **Techniek & data**: {why}" in markdown
    # The report is internal: the draft stays out of the hub's output.
    assert run("build").exit_code == 0
    public = [p for p in (site / "output").rglob("*") if p.is_file()]
    assert not [p for p in public if b"Concept van Dirk" in p.read_bytes()]


def test_report_says_which_stories_it_counts(run):
    # "stories" is the published ones: the reader must not take drafts, scheduled
    # stories or stories taken down for counted (or missing).
    said = "published stories only (a translation counts once)"
    for fmt in ("text", "markdown", "html"):
        assert said in run("report", "--format", fmt).output, fmt


def test_a_scheduled_translation_of_a_published_story_is_not_a_story_on_its_way(run, site):
    import json

    en = site / "content" / "interviews" / "anna-de-boer.en.md"
    # Its English telling comes a month later, tagged with a theme the Dutch one is not.
    text = en.read_text(encoding="utf-8").replace("date: 2026-03-02", "date: 2026-07-01")
    en.write_text(text.replace("lang: en", "lang: en\nthemes: [tech, balance]"), encoding="utf-8")
    data = json.loads(run("report", "--format", "json").output)
    rows = {r["slug"]: r for r in data["themes"]}
    assert (rows["tech"]["stories"], rows["tech"]["scheduled"]) == (1, 0)
    assert rows["balance"]["scheduled"] == 0


def test_report_recent_window_is_a_setting(run, site):
    # A hub that publishes a story a quarter and one that publishes every week do
    # not share a "recent": the 183 days were fixed in the code.
    import json

    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "\nPODIUM_REPORT_RECENT_DAYS = 30\n",
                    encoding="utf-8")  # fmt: skip
    data = json.loads(run("report", "--format", "json").output)
    assert data["recent_days"] == 30
    tech = next(r for r in data["themes"] if r["slug"] == "tech")
    assert tech["recent"] == 0  # Anna's interview of 2026-03-02 is 91 days old
    assert "- Techniek & data: 2 open jobs; newest story is from 2026-03-02" in run("report").output
    assert "(recent: last 30 days)" in run("report").output
    assert "recent means the last 30 days" in run("report", "--format", "html").output
    assert "recent: last 30 days" in run("report", "--format", "markdown").output


def test_the_recent_window_is_that_many_days_with_today_the_last(run, site):
    # "recent: last 30 days" counted 31: a story dated today - 30 was recent.
    # Ben's column of 2026-04-10 is 52 days before today (2026-06-01): the 53rd day.
    import json

    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    recent = {}
    for days in (52, 53):
        conf.write_text(text + f"\nPODIUM_REPORT_RECENT_DAYS = {days}\n", encoding="utf-8")
        data = json.loads(run("report", "--format", "json").output)
        recent[days] = sum(r["recent"] for r in data["themes"])
    assert recent[52] < recent[53], recent


def test_a_recent_window_longer_than_the_calendar_counts_every_story(run, site):
    # PODIUM_REPORT_RECENT_DAYS = 10**30 passed the settings check, and the report
    # ended in "podium: error: OverflowError: Python int too large to convert to C int".
    import json

    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    counts = {}
    for days in (73_000, 10**30):
        conf.write_text(text + f"\nPODIUM_REPORT_RECENT_DAYS = {days}\n", encoding="utf-8")
        result = run("report", "--format", "json")
        assert result.exit_code == 0, result.output
        data = json.loads(result.output)
        counts[days] = [(r["recent"], r["stories"]) for r in data["themes"]]
    assert counts[10**30] == counts[73_000]
    assert all(recent == stories for recent, stories in counts[10**30]), counts


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_report_with_a_broken_story_reports_the_rest_and_names_the_error(run, site, fmt):
    """One story with an error, and the recruiter got no report at all."""
    import json
    from html import escape

    broken = site / "content" / "interviews" / "kapot.md"
    broken.write_text("---\ntitle: Kapot\n---\nTekst.\n", encoding="utf-8")
    error = 'content/interviews/kapot.md:2: error: missing required field "author" (text)'
    result = run("report", "--format", fmt, "-o", "report.out")
    assert result.exit_code == 1, result.output
    assert error in result.output.splitlines()  # on stderr, as podium check says it
    written = (site / "report.out").read_text(encoding="utf-8")
    assert "Techniek & data" in written or "Techniek &amp; data" in written
    if fmt == "json":
        assert json.loads(written)["errors"] == [
            line for line in result.output.splitlines() if ": error: " in line
        ]
    else:
        assert error in written or escape(error) in written, written


def test_a_bad_recent_window_is_a_one_line_setting_error(run, site):
    conf = site / "pelicanconf.py"
    setting = '\nPODIUM_REPORT_RECENT_DAYS = "half a year"\n'
    conf.write_text(conf.read_text(encoding="utf-8") + setting, encoding="utf-8")
    result = run("report")
    assert result.exit_code == 1, result.output
    lines = [ln for ln in result.output.splitlines() if "PODIUM_REPORT_RECENT_DAYS" in ln]
    assert len(lines) == 1 and "must be a positive whole number" in lines[0], result.output


@pytest.mark.parametrize("name", ["R&amp;D", "Werk &#124; privé", "A &lt;b&gt; & co"])
def test_report_markdown_keeps_an_entity_in_a_theme_name_literal(run, site, name):
    # Markdown reads "&amp;" as "&": a name written with one showed another name
    # (and "&#124;" as a pipe) on GitHub. A lone "&" stays as it is, readable.
    import markdown
    from markdown_it import MarkdownIt

    themes = site / "content" / "themes.yml"
    text = themes.read_text(encoding="utf-8").replace('"Werk & privé"', f'"{name}"')
    themes.write_text(text, encoding="utf-8")
    out = run("report", "--format", "markdown").output
    from html import escape

    gfm = MarkdownIt("commonmark").enable("table").render(out)
    for html in (gfm, markdown.markdown(out, extensions=["tables"])):
        assert f"<td>{escape(name, quote=False)}</td>" in html, html
    assert "| Techniek & data |" in out


DRIVER = """\
id: "509"
title: Chauffeur vrachtwagen
team: engineering
location: {city: Utrecht, country: NL}
employment_type: FULL_TIME
date_posted: 2026-05-10
apply_url: https://example.com/apply/509
lang: nl
salary: {min: 3000, max: 3500, currency: EUR, unit: MONTH}
description: |
  Je rijdt met de vrachtwagen door het land.
"""


def test_report_names_the_open_jobs_in_no_theme(run, site):
    # An open job no theme took was in no row and no line of the report: the
    # team asked "where do we need stories" never heard of it.
    import json

    (site / "content" / "vacancies" / "chauffeur.yml").write_text(DRIVER, encoding="utf-8")
    data = json.loads(run("report", "--format", "json").output)
    assert data["unthemed_vacancies"] == [
        {"id": "509", "title": "Chauffeur vrachtwagen", "lang": "nl",
         "source": "content/vacancies/chauffeur.yml"}
    ]  # fmt: skip
    text = run("report").output
    assert "Open jobs in no theme:" in text
    assert "- Chauffeur vrachtwagen (509): content/vacancies/chauffeur.yml" in text
    markdown = run("report", "--format", "markdown").output
    assert "### Open jobs in no theme" in markdown
    assert "- Chauffeur vrachtwagen (`509`): `content/vacancies/chauffeur.yml`" in markdown
    html = run("report", "--format", "html").output
    assert '<h2 id="unthemed">Open jobs in no theme</h2>' in html
    assert "Chauffeur vrachtwagen" in html


def test_report_says_nothing_of_unthemed_jobs_when_every_job_has_a_theme(run):
    import json

    assert json.loads(run("report", "--format", "json").output)["unthemed_vacancies"] == []
    assert "no theme" not in run("report").output


@pytest.mark.parametrize(
    ("setting", "who"),
    [
        ("PODIUM_PREVIEW = True", "`podium serve --drafts` sets it for the preview"),
        ("PODIUM_LIVERELOAD = True", "`podium serve` sets it for the preview"),
        ("PODIUM_CMS_LOCAL = 'http://127.0.0.1:8081/api/v1'", "`podium serve --cms` sets it"),
    ],
)
def test_a_setting_of_the_preview_in_the_settings_file_is_refused(run, site, setting, who):
    """Taken without a word, PODIUM_PREVIEW = True in pelicanconf.py made `podium build`
    publish the drafts (content/columns/dirk-draft.md got a page), and
    PODIUM_LIVERELOAD = True put the preview's reload script on every public page."""
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + f"\n{setting}\n", "utf-8")
    result = run("build", "-q")
    assert result.exit_code == 1
    line = len(conf.read_text("utf-8").splitlines())
    name = setting.split()[0]
    assert result.output.splitlines() == [
        f"pelicanconf.py:{line}: error: setting {name} is not for the settings file: "
        f"{who}{'' if who.endswith('preview') else ' for the preview'}; remove it here"
    ]
    assert not (site / "output").exists()


@pytest.mark.parametrize(
    ("written", "message"),
    [
        # The theme's name as the theme page shows it, in either language.
        (
            "Techniek & data",
            'theme "Techniek & data" in "themes" is the name of a theme; write its slug: "tech"',
        ),
        (
            "Work-life balance",
            'theme "Work-life balance" in "themes" is the name of a theme; '
            'write its slug: "balance"',
        ),
        ("Tech", 'theme "Tech" in "themes" must be written as its slug: "tech" (Techniek & data)'),
        # Part of a name: the theme it is close to, by its slug.
        (
            "Werk",
            'unknown theme "Werk" in "themes" (did you mean "balance"?); '
            'valid themes are "tech" (Techniek & data), "balance" (Werk & privé)',
        ),
        (
            "Marketing",
            'unknown theme "Marketing" in "themes"; valid themes are '
            '"tech" (Techniek & data), "balance" (Werk & privé)',
        ),
    ],
)
def test_a_theme_written_by_its_name_is_told_its_real_slug(run, site, written, message):
    # The read step told "Techniek & data" to write "techniek-data", a slug no
    # theme has; only the validate step knows the themes and their names.
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text().replace("role:", f"themes: [{written}]\nrole:", 1), "utf-8")
    result = run("check", "content/columns/ben-bakker.md")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert errors == [f"content/columns/ben-bakker.md:5: error: {message}"]


@pytest.mark.parametrize(
    ("written", "message"),
    [
        # The theme's name, no brackets: the read step said "must be a list such
        # as [techniek-data]", a slug no theme has, and only the next run told
        # the writer it is "tech".
        ("Techniek & data", 'field "themes" must be a list such as [tech], not "Techniek & data"'),
        ("tech", 'field "themes" must be a list such as [tech], not "tech"'),
        ("Werk & privé, Tech", 'field "themes" must be a list such as [balance, tech], not '
                               '"Werk & privé, Tech"'),
        # Part of a name: the slug of the theme it is close to, not "[werk]", a
        # slug no theme has.
        ("Werk", 'field "themes" must be a list such as [balance], not "Werk"; '
                 'valid themes are "tech" (Techniek & data), "balance" (Werk & privé)'),
        # Close to no theme: the first theme's slug, a list that would pass.
        ("Marketing", 'field "themes" must be a list such as [tech], not "Marketing"; '
                      'valid themes are "tech" (Techniek & data), "balance" (Werk & privé)'),
    ],
)  # fmt: skip
def test_themes_written_as_text_are_told_the_list_of_slugs_meant(run, site, written, message):
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(story.read_text().replace("role:", f"themes: {written}\nrole:", 1), "utf-8")
    result = run("check", "content/columns/ben-bakker.md")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert errors == [f"content/columns/ben-bakker.md:5: error: {message}"]
    assert run("build", "-q").exit_code == 1  # the build refuses it too


def test_a_vacancys_themes_written_as_text_are_told_the_list_of_slugs_meant(run, site):
    # As a story's: the read step said "[techniek-data]", a slug no theme has.
    vacancy = site / "content" / "vacancies" / "data-engineer.yml"
    text = vacancy.read_text("utf-8")
    vacancy.write_text(re.sub(r"(?m)^themes:.*$", "themes: Techniek & data", text), "utf-8")
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if ln.startswith("themes:"))
    result = run("check", "content/vacancies/data-engineer.yml")
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if ": error: " in ln]
    assert errors == [
        f'content/vacancies/data-engineer.yml:{line}: error: field "themes" must be a list '
        'such as [tech], not "Techniek & data"'
    ]


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        # Windows hides known extensions: Notepad's "anna.md" is anna.md.txt on disk,
        # and "stories are .md files" is what the writer thinks it is.
        (
            "anna.md.txt",
            "is not a story: its name ends in .txt after .md (Notepad adds it, "
            "and Windows hides it); rename it anna.md",
        ),
        ("anna.MD", "is not a story: stories end in .md in small letters; rename it anna.md"),
        (
            "anna.txt",
            "is not a story (stories are .md files) and is not published; if it is "
            "one, rename it anna.md",
        ),
    ],
)
def test_a_story_saved_under_another_extension_is_told_the_name_to_give_it(run, site, name, hint):
    story = site / "content" / "columns" / "ben-bakker.md"
    (site / "content" / "columns" / name).write_text(story.read_text("utf-8"), "utf-8")
    result = run("check")
    assert f"content/columns/{name}: warning: {hint}" in result.output.splitlines()


def test_a_markdown_story_is_published_and_told_the_editor_cannot_open_it(run, site):
    # Pelican's reader (and Podium's) takes .markdown as .md: the story is
    # validated and published. The browser editor lists .md files only, so on
    # a hub with PODIUM_CMS the story was out of the editors' reach, unsaid.
    story = (site / "content" / "columns" / "ben-bakker.md").read_text("utf-8")
    (site / "content" / "columns" / "nieuw.markdown").write_text(
        story.replace("role: Supportmedewerker", "role: "), "utf-8"
    )
    result = run("check")
    assert result.exit_code == 1  # read and validated as a story
    assert "content/columns/nieuw.markdown:5: error: " in result.output, result.output
    assert ".markdown: warning: the browser editor" not in result.output  # no PODIUM_CMS
    conf = site / "pelicanconf.py"
    conf.write_text(
        conf.read_text("utf-8") + '\nPODIUM_CMS = {"repo": "acme/hub", "branch": "main"}\n',
        "utf-8",
    )
    result = run("check")
    assert (
        "content/columns/nieuw.markdown: warning: the browser editor (setting PODIUM_CMS, "
        "/admin/) lists only .md stories, so this one cannot be opened there; rename it "
        "nieuw.md (its URL stays the same)"
    ) in result.output.splitlines(), result.output


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        # The job by its file name or its title, as the writer knows it: the
        # warning said only "does not exist", not that a vacancy is named by its id.
        ("data-engineer", ' (did you mean "501", Data engineer?)'),
        ("Data engineer", ' (did you mean "501", Data engineer?)'),
        ("5001", ' (did you mean "501", Data engineer?)'),
        # Nothing near: the ids there are (it named none).
        ("9999", """ (the vacancies' ids are "501", "502", "503")"""),
    ],
)
def test_a_vacancy_named_other_than_by_its_id_is_told_the_id(run, site, written, hint):
    story = site / "content" / "columns" / "ben-bakker.md"
    story.write_text(
        story.read_text().replace("role:", f'vacancies: ["{written}"]\nrole:', 1), "utf-8"
    )
    lines = run("check", "content/columns/ben-bakker.md").output.splitlines()
    assert (f'content/columns/ben-bakker.md:5: warning: vacancy "{written}" in "vacancies" '
            f"does not exist{hint}") in lines, lines  # fmt: skip


def test_an_english_story_sharing_a_dutch_file_name_by_another_author_is_named_so(run, site):
    # An English story of its own whose title gives a Dutch story's file name
    # (the editor names files after titles) is published as its translation.
    # `podium check` only said to write the name "the same way in every
    # language", as if "Ravi Menon" were a misspelling of "Ben Bakker".
    folder = site / "content" / "columns"
    dutch = (folder / "ben-bakker.md").read_text(encoding="utf-8")
    assert "author: Ben Bakker" in dutch and "\nslug:" not in dutch
    (folder / "ben-bakker.en.md").write_text(
        "---\ntitle: Ben Bakker\ndate: 2026-02-12\nauthor: Ravi Menon\nrole: Tech lead\n"
        "lang: en\nconsent: {given: 2026-01-27}\n---\nI joined the support desk as a "
        "temp and we still talk about the night the phones kept ringing.\n",
        encoding="utf-8",
    )
    result = run("check")
    lines = [ln for ln in result.output.splitlines() if "Ravi Menon" in ln]
    assert (
        'content/columns/ben-bakker.en.md:4: warning: field "author" ("Ravi Menon") is another '
        'person than "Ben Bakker" of content/columns/ben-bakker.md, yet the two are published '
        'as one story in two languages, as both have the slug "ben-bakker"; if this is a story '
        'of its own, give it another file name or a "slug" field of its own'
    ) in lines, result.output
    # A misspelt name is still a misspelt name.
    english = folder / "ben-bakker.en.md"
    text = english.read_text(encoding="utf-8")
    english.write_text(text.replace("Ravi Menon", "Ben Baker"), encoding="utf-8")
    result = run("check")
    assert 'is not "Ben Bakker" of its translation' in result.output, result.output


def test_two_colleagues_of_one_name_in_other_teams_and_roles_are_named(run, site):
    # "Jan de Vries" of support and "Jan de Vries" of engineering made one
    # people page, and a `left` on one story took the other's along; `podium
    # check` said nothing.
    folder = site / "content" / "columns"
    story = (
        "---\ntitle: {title}\ndate: {date}\nauthor: Jan de Vries\nrole: {role}\nteam: {team}\n"
        "consent: {{given: 2026-03-01}}\n---\nIk vertel over mijn werk hier, elke dag "
        "anders en nog steeds leuk om te doen.\n"
    )
    (folder / "jan-support.md").write_text(
        story.format(title="Bellen", date="2026-03-10", role="Klantenservice", team="support"),
        encoding="utf-8",
    )
    (folder / "jan-tech.md").write_text(
        story.format(title="Code", date="2026-04-12", role="Developer", team="engineering"),
        encoding="utf-8",
    )
    result = run("check")
    lines = [ln for ln in result.output.splitlines() if "Jan de Vries" in ln]
    assert lines == [
        'content/columns/jan-tech.md:4: warning: field "author" ("Jan de Vries") also wrote '
        'content/columns/jan-support.md, in another team ("support", not "engineering") and '
        'role ("Klantenservice"): one name is one person, with one people page, whose "left" '
        "goes for both; if they are two people, write the name so it tells them apart, like "
        '"Jan P. de Vries"; if one, give both stories the same "photo"'
    ], result.output
    # One person who moved to engineering says so with their portrait on both.
    from PIL import Image

    people = site / "content" / "images" / "people"
    people.mkdir(parents=True)
    Image.new("RGB", (400, 400), (120, 140, 160)).save(people / "jan.jpg", quality=85)
    for name in ("jan-support.md", "jan-tech.md"):
        path = folder / name
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("team:", "photo: images/people/jan.jpg\nteam:"), "utf-8")
    result = run("check")
    assert "Jan de Vries" not in result.output, result.output
    # One person promoted in their team, or a translation, is no namesake.
    tech = folder / "jan-tech.md"
    tech.write_text(
        tech.read_text(encoding="utf-8").replace("engineering", "support"), encoding="utf-8"
    )
    result = run("check")
    assert "Jan de Vries" not in result.output, result.output


def test_a_slug_changed_in_one_translation_only_is_named_on_its_line(run, site):
    # Translations are paired by slug: `slug: anna-nieuw` in the Dutch original
    # made anna-de-boer.en.md an English story of its own, the language switch
    # gone, and `podium check` said "0 errors" and nothing else.
    folder = site / "content" / "interviews"
    dutch = folder / "anna-de-boer.md"
    text = dutch.read_text(encoding="utf-8")
    assert "\nslug: anna-de-boer\n" in text
    dutch.write_text(text.replace("\nslug: anna-de-boer\n", "\nslug: anna-nieuw\n"), "utf-8")
    line = text.split("\n").index("slug: anna-de-boer") + 1
    lines = run("check").output.splitlines()
    assert (
        f'content/interviews/anna-de-boer.md:{line}: warning: slug "anna-nieuw" parts this story '
        'from its translation content/interviews/anna-de-boer.en.md (slug "anna-de-boer", lang '
        '"en"): they are published as two stories with no language switch between them; to '
        'keep them one story give content/interviews/anna-de-boer.en.md "slug: anna-nieuw" too '
        '(and "aliases: [anna-de-boer]" in one of them, so its old URLs redirect), or put this '
        "slug back"
    ) in lines, lines
    assert len([ln for ln in lines if "parts this story" in ln]) == 1, lines  # not on .en.md
    # Done as it says, the two are one story again and nothing is left to say.
    english = folder / "anna-de-boer.en.md"
    english.write_text(
        english.read_text(encoding="utf-8").replace(
            "\nslug: anna-de-boer\n", "\nslug: anna-nieuw\naliases: [anna-de-boer]\n"
        ),
        "utf-8",
    )
    result = run("check")
    assert "parts this story" not in result.output and " 0 errors" in result.output, result.output
    # An English story of its own by another author, given a slug of its own as
    # the warning on a shared file name advises, is no parted translation.
    english.write_text(
        "---\ntitle: Anna de Boer\ndate: 2026-02-12\nauthor: Ravi Menon\nrole: Tech lead\n"
        "lang: en\nslug: ravi-menon-story\nconsent: {given: 2026-01-27}\n---\nI joined the "
        "support desk as a temp and we still talk about the night the phones kept ringing.\n",
        encoding="utf-8",
    )
    assert "parts this story" not in run("check").output


def test_a_translation_given_its_originals_file_name_as_slug_is_named(run, site):
    # The browser editor's "Vertaling van" writes the original's file name as
    # the translation's slug: picked for anna-de-boer.md at `slug: anna-nieuw`,
    # the new a-new-start.en.md (slug: anna-de-boer) was an English story of
    # its own, and `podium check` said nothing.
    folder = site / "content" / "interviews"
    dutch = folder / "anna-de-boer.md"
    dutch.write_text(
        dutch.read_text(encoding="utf-8").replace("\nslug: anna-de-boer\n", "\nslug: anna-nieuw\n"),
        "utf-8",
    )
    english = folder / "anna-de-boer.en.md"
    text = english.read_text(encoding="utf-8")
    english.unlink()
    (folder / "a-new-start.en.md").write_text(text, "utf-8")
    line = text.split("\n").index("slug: anna-de-boer") + 1
    lines = run("check").output.splitlines()
    assert (
        f'content/interviews/a-new-start.en.md:{line}: warning: slug "anna-de-boer" is the file '
        'name of content/interviews/anna-de-boer.md, but that story\'s slug is "anna-nieuw": '
        "they are published as two stories with no language switch between them; to make this "
        'its translation write "slug: anna-nieuw"'
    ) in lines, lines
    assert not [ln for ln in lines if "anna-de-boer.md" in ln.split(":")[0] and "slug" in ln]


def test_a_translation_without_its_originals_portrait_is_named(run, site):
    # The browser editor cannot offer a translation its original's portrait
    # (each story's media folder is its own): anna-de-boer.en.md was saved
    # without "photo", and the English page showed initials where the Dutch
    # one showed Anna, without a word from `podium check`.
    from PIL import Image

    people = site / "content" / "images" / "people"
    people.mkdir(parents=True)
    Image.new("RGB", (600, 600), (120, 90, 60)).save(people / "anna.jpg")
    folder = site / "content" / "interviews"
    dutch = folder / "anna-de-boer.md"
    photo = "lang: nl\nphoto: images/people/anna.jpg\n"
    dutch.write_text(dutch.read_text("utf-8").replace("lang: nl\n", photo), "utf-8")
    english = folder / "anna-de-boer.en.md"
    line = english.read_text("utf-8").split("\n").index("slug: anna-de-boer") + 1
    lines = run("check").output.splitlines()
    assert (
        f'content/interviews/anna-de-boer.en.md:{line}: warning: no "photo", while its '
        "translation content/interviews/anna-de-boer.md shows images/people/anna.jpg: this page "
        'shows initials instead of the portrait; add "photo: images/people/anna.jpg" (it is the '
        "same person)"
    ) in lines, lines
    assert not [ln for ln in lines if "anna-de-boer.md:" in ln and "photo" in ln], lines
    photo = "lang: en\nphoto: images/people/anna.jpg\n"
    english.write_text(english.read_text("utf-8").replace("lang: en\n", photo), "utf-8")
    assert '"photo"' not in run("check").output


def test_report_dates_a_story_by_the_day_it_appears_in_the_hubs_time_zone(run, site):
    # Eva's column dated 2026-08-31T23:30-05:00 (written in New York) is
    # 2026-09-01 06:30 in Amsterdam, the hub's TIMEZONE: the build publishes it
    # on 1 September, but the report said "1 scheduled, from 2026-08-31", a day
    # on which the story is not there. Published ones too: Ben's column written
    # 2026-03-31T23:00-04:00 is on the hub from 1 April, a story of Q2, not Q1.
    import json

    eva = site / "content" / "columns" / "eva-scheduled.md"
    eva.write_text(eva.read_text(encoding="utf-8").replace(
        "date: 2026-09-01", "date: 2026-08-31T23:30-05:00").replace(
        "role: Planner", "role: Planner\nthemes: [tech]"), encoding="utf-8")  # fmt: skip
    ben = site / "content" / "columns" / "ben-bakker.md"
    ben.write_text(ben.read_text(encoding="utf-8").replace(
        "date: 2026-04-10", "date: 2026-03-31T23:00-04:00").replace(
        "given: 2026-04-01", "given: 2026-03-01"), encoding="utf-8")  # fmt: skip
    data = json.loads(run("report", "--format", "json").output)
    tech = next(r for r in data["themes"] if r["slug"] == "tech")
    assert (tech["scheduled"], tech["next_scheduled"]) == (1, "2026-09-01")
    balance = next(r for r in data["themes"] if r["slug"] == "balance")
    assert balance["newest"] == "2026-04-01"
    quarters = {(q["quarter"], q["theme"]): q["stories"] for q in data["stories_per_quarter"]}
    assert quarters.get(("2026-Q2", "balance")) == 1
    assert ("2026-Q1", "balance") not in quarters


def test_report_counts_the_jobs_of_a_failing_feed_as_the_build_publishes_them(run, site):
    # A snapshot whose feed's pulls had failed for 14 days had its jobs published
    # as closed (podium_vacancies.stale), yet the report counted them as open:
    # "Techniek & data: 5 open jobs" where the hub showed 2, and nothing said why.
    import json
    from pathlib import Path

    demo = Path(__file__).parents[2] / "content" / "vacancies" / "feeds" / "recruitee-helder.json"
    feeds = site / "content" / "vacancies" / "feeds"
    feeds.mkdir()
    text = demo.read_text(encoding="utf-8").replace('"sustainability"', '"tech"')
    (feeds / "recruitee-helder.json").write_text(text, encoding="utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + '\nPODIUM_TODAY = "2026-12-06"\n'
                    'PODIUM_FEEDS = [{"name": "recruitee-helder", "kind": "recruitee", '
                    '"url": "https://helderenergie.recruitee.com/api/offers/"}]\n',
                    encoding="utf-8")  # fmt: skip

    def tech():
        data = json.loads(run("report", "--format", "json").output)
        return next(r for r in data["themes"] if r["slug"] == "tech"), data

    row, data = tech()  # no pull has failed here: the snapshot's jobs are open
    assert row["open_vacancies"] == 5 and data["failing_feeds"] == []
    kept = site / ".podium-cache" / "vacancy-feeds"
    kept.mkdir(parents=True, exist_ok=True)
    (kept / "recruitee-helder.failing").write_text(
        '{"since": "2026-11-23T04:00:00+00:00", "error": "HTTP 404 Not Found"}', encoding="utf-8"
    )
    row, data = tech()
    assert row["open_vacancies"] == 2, row
    assert "Energiecoach aan huis" not in row["vacancy_titles"]
    (line,) = data["failing_feeds"]
    assert line.startswith("content/vacancies/feeds/recruitee-helder.json:1: warning: this "
                           "snapshot was last pulled on 2026-11-22, 14 days ago")  # fmt: skip
    assert "(HTTP 404 Not Found)" in line
    for fmt in ("text", "markdown", "html"):
        out = run("report", "--format", fmt).output
        assert "Vacancy feeds whose pulls fail" in out and "last pulled on 2026-11-22" in out, fmt
    assert "- Techniek & data: 2 open jobs;" in run("report").output


@pytest.mark.parametrize("where", ["snapshot", "kept copy", "failing marker"])
def test_a_fetched_at_at_the_calendars_end_is_judged_not_a_crash(run, site, where):
    # Found widening the property tests: a snapshot's fetched_at (edited by hand)
    # of "0001-01-01T00:00:00+01:00" is a moment in year 0 in UTC, and the
    # build and report of a hub whose pulls failed ended "podium: error:
    # OverflowError: date value out of range"; the same from the cache's copy,
    # and from the cache's record of the first failed pull (restored from a tar).
    import json
    from pathlib import Path

    demo = Path(__file__).parents[2] / "content" / "vacancies" / "feeds" / "recruitee-helder.json"
    doc = json.loads(demo.read_text(encoding="utf-8").replace('"sustainability"', '"tech"'))
    kept = site / ".podium-cache" / "vacancy-feeds"
    kept.mkdir(parents=True)
    if where == "snapshot":
        doc["fetched_at"] = "0001-01-01T00:00:00+01:00"
    elif where == "kept copy":  # the cache's copy of the same feed, read for a later pull
        copy = dict(doc, fetched_at="9999-12-31T23:00:00-05:00")
        (kept / "recruitee-helder.json").write_text(json.dumps(copy), encoding="utf-8")
    feeds = site / "content" / "vacancies" / "feeds"
    feeds.mkdir()
    (feeds / "recruitee-helder.json").write_text(json.dumps(doc, indent=2), encoding="utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + '\nPODIUM_TODAY = "2026-12-06"\n'
                    'PODIUM_FEEDS = [{"name": "recruitee-helder", "kind": "recruitee", '
                    '"url": "https://helderenergie.recruitee.com/api/offers/"}]\n',
                    encoding="utf-8")  # fmt: skip
    since = "0001-01-01T00:00:00+01:00" if where == "failing marker" else "2026-11-23T04:00:00Z"
    (kept / "recruitee-helder.failing").write_text(
        json.dumps({"since": since, "error": "HTTP 404 Not Found"}), encoding="utf-8"
    )
    result = run("report", "--format", "json")
    assert "podium: error" not in result.output, result.output
    failing = json.loads(result.output)["failing_feeds"]
    if where == "snapshot":  # pulled before year 1 began, as near as a date can say
        (line,) = failing
        assert "this snapshot was last pulled on 0001-01-01" in line, line
    elif where == "failing marker":
        (line,) = failing
        assert "its pulls have failed since 0001-01-01 (HTTP 404 Not Found)" in line, line
    else:  # a pull in year 9999 is no pull (a wrong clock): judged by the snapshot's
        (line,) = failing
        assert "this snapshot was last pulled on 2026-11-22, 14 days ago" in line, line


@pytest.mark.parametrize("fetched_at", [None, "gisteren", "2099-01-01T06:00:00Z"])
def test_a_snapshot_of_unknown_age_is_judged_by_its_first_failed_pull(run, site, fetched_at):
    # A snapshot whose fetched_at was missing, no moment or in the future (a hand
    # edit, a wrong clock) was never judged stale: with its feed's pulls failing
    # for 35 days its jobs, long filled perhaps, stayed open with JobPosting data
    # for ever. Its last successful pull was before the first failed one.
    import json
    from pathlib import Path

    demo = Path(__file__).parents[2] / "content" / "vacancies" / "feeds" / "recruitee-helder.json"
    doc = json.loads(demo.read_text(encoding="utf-8").replace('"sustainability"', '"tech"'))
    doc.pop("fetched_at")
    if fetched_at is not None:
        doc = {"fetched_at": fetched_at, **doc}
    feeds = site / "content" / "vacancies" / "feeds"
    feeds.mkdir()
    (feeds / "recruitee-helder.json").write_text(json.dumps(doc, indent=2), encoding="utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + '\nPODIUM_TODAY = "2026-12-06"\n'
                    'PODIUM_FEEDS = [{"name": "recruitee-helder", "kind": "recruitee", '
                    '"url": "https://helderenergie.recruitee.com/api/offers/"}]\n',
                    encoding="utf-8")  # fmt: skip
    kept = site / ".podium-cache" / "vacancy-feeds"
    kept.mkdir(parents=True)
    (kept / "recruitee-helder.failing").write_text(
        '{"since": "2026-11-01T04:00:00+00:00", "error": "HTTP 404 Not Found"}', encoding="utf-8"
    )
    data = json.loads(run("report", "--format", "json").output)
    tech = next(r for r in data["themes"] if r["slug"] == "tech")
    assert tech["open_vacancies"] == 2, tech
    (line,) = data["failing_feeds"]
    assert line.startswith("content/vacancies/feeds/recruitee-helder.json:"), line
    assert 'field "fetched_at"' in line and "its pulls have failed since 2026-11-01" in line
    assert "35 days ago" in line and "published as closed" in line, line
    built = run("build", "-q")
    assert built.exit_code == 0, built.output
    job = (site / "output" / "vacancies" / "2301001" / "index.html").read_text(encoding="utf-8")
    assert "JobPosting" not in job


@pytest.mark.parametrize("front", ["status: draft\n", "date: 2026-07-01\n"])
def test_report_to_review_names_a_draft_by_its_file_never_its_title(run, site, front):
    # "Drafts in progress" names drafts by file and writer, never by title (the
    # report is passed around, a draft is not public), yet the HTML report's
    # "Stories to review" showed the draft's (or a scheduled story's) title.
    import json

    story = (
        NEAR_MISS.replace("date: 2026-05-02\n", "date: 2026-05-02\nstatus: draft\n")
        if front.startswith("status")
        else NEAR_MISS.replace("date: 2026-05-02\n", front)
    )
    (site / "content" / "columns" / "hanna-magazijn.md").write_text(story, encoding="utf-8")
    (item,) = json.loads(run("report", "--format", "json").output)["review"]
    assert item["path"] == "content/columns/hanna-magazijn.md" and item["title"] is None
    html = run("report", "--format", "html").output
    assert "<code>content/columns/hanna-magazijn.md</code>" in html
    assert "Mijn eerste jaar" not in html
    assert "Mijn eerste jaar" not in run("report", "--format", "markdown").output


def test_report_does_not_count_a_former_colleagues_stories_as_the_vacancy_pages_do(run, site):
    # Anna left (alumni policy "keep"): her interview stays on the hub, but the
    # tech jobs' pages no longer show it under "meet the team". The report still
    # counted it, so "tech" had its story and was in no "needs stories" list:
    # the recruiter commissioned nothing while the job pages showed no colleague.
    import json

    anna = site / "content" / "interviews" / "anna-de-boer.md"
    text = anna.read_text(encoding="utf-8")
    anna.write_text(text.replace("role: Teamlead data", "role: Teamlead data\nleft: 2026-05-01"))
    assert run("build").exit_code == 0
    job = (site / "output" / "vacancies" / "501" / "index.html").read_text(encoding="utf-8")
    assert "/stories/anna-de-boer/" not in job
    data = json.loads(run("report", "--format", "json").output)
    tech = next(r for r in data["themes"] if r["slug"] == "tech")
    # The pair (nl and en) is one story, by a former colleague.
    assert (tech["stories"], tech["recent"], tech["former_colleagues"]) == (0, 0, 1)
    assert "tech" in data["needs_stories"]
    assert not [q for q in data["stories_per_quarter"] if q["theme"] == "tech"]
    balance = next(r for r in data["themes"] if r["slug"] == "balance")
    assert (balance["stories"], balance["former_colleagues"]) == (1, 0)
    why = (
        "2 open jobs and no stories; 1 story by a former colleague, not counted: "
        "the job pages do not show it"
    )
    assert f"- Techniek & data: {why}" in run("report").output
    assert f"- **Techniek & data**: {why}" in run("report", "--format", "markdown").output
    assert why in run("report", "--format", "html").output
    for fmt in ("text", "markdown", "html"):
        assert "nor are former colleagues" in run("report", "--format", fmt).output, fmt


def test_every_count_of_a_summary_agrees_with_its_number(run, site):
    # With one story, podium check ended in "1 stories checked: 0 errors, 1
    # warnings" and the build in "Built output: 1 stories, ..., 1 warnings".
    for story in (site / "content").glob("*/*.md"):
        if story.name != "ben-bakker.md":
            story.unlink()
    check = run("check")
    assert check.exit_code == 0, check.output
    assert check.output.splitlines()[-1] == "1 story checked: 0 errors, 1 warning"
    built = run("build")
    assert built.exit_code == 0, built.output
    assert "Built output: 1 story, " in built.output, built.output
    # (The build's warnings are counted from its log, which earlier tests in this
    # process may have taken over: 0 or 1 here, never "1 warnings".)
    assert re.search(r", (1 warning|0 warnings)\n$", built.output), built.output


def test_the_build_summary_counts_one_page_and_one_card_in_the_singular():
    from types import SimpleNamespace

    from podium_cli.cli import summary

    stats = {"stories": 1, "cards_rendered": 1, "cards_reused": 1, "scheduled": 1,
             "first_scheduled": "2026-09-01", "drafts": 1, "warnings": 1}  # fmt: skip
    result = SimpleNamespace(stats=stats, pages=1, output="output")
    assert summary(result) == (
        "Built output: 1 story, 1 page, 1 card rendered, 1 reused, 1 scheduled "
        "(first on 2026-09-01), 1 draft, 1 warning"
    )
    stats = {"stories": 0, "cards_rendered": 2, "warnings": 0}
    result = SimpleNamespace(stats=stats, pages=2, output="output")
    assert summary(result) == (
        "Built output: 0 stories, 2 pages, 2 cards rendered, 0 reused, 0 warnings"
    )


def test_the_report_says_recent_days_in_the_singular_for_one(run, site):
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + "PODIUM_REPORT_RECENT_DAYS = 1\n", "utf-8")
    text = run("report")
    assert text.exit_code == 0, text.output
    assert "(recent: last 1 day)" in text.output and "last 1 days" not in text.output
    markdown = run("report", "--format", "markdown")
    assert "(recent: last 1 day)" in markdown.output, markdown.output
    html = run("report", "--format", "html")
    assert "recent means the last 1 day." in html.output, html.output


def test_a_check_of_one_story_finds_another_story_s_alias_at_its_address(run, site):
    # Ben's column keeps "anna-de-boer" as an old URL name: a redirect over
    # Anna's story. The pull request check hands `podium check` the changed
    # files only, and the error was on Ben's file alone, so a pull request that
    # adds (or renames to) anna-de-boer passed, and publishing then failed.
    ben = site / "content" / "columns" / "ben-bakker.md"
    ben.write_text(ben.read_text("utf-8").replace("team: support\n",
                   "team: support\naliases: [anna-de-boer]\n"), "utf-8")  # fmt: skip
    anna = run("check", "content/interviews/anna-de-boer.md")
    assert anna.exit_code == 1, anna.output
    errors = [ln for ln in anna.output.splitlines() if ": error: " in ln]
    assert errors == [
        'content/interviews/anna-de-boer.md:10: error: slug "anna-de-boer" in language "nl" '
        "is an alias of content/columns/ben-bakker.md (an old URL name of that story, which "
        "would redirect over this one); an address can lead to one story only: give this story "
        'another "slug", or remove the alias there'
    ]
    # The whole check: a line on each file, as two stories with one slug have.
    whole = [ln for ln in run("check").output.splitlines() if ": error: " in ln]
    assert whole == [
        'content/columns/ben-bakker.md:7: error: alias "anna-de-boer" in language "nl" is the '
        "slug of content/interviews/anna-de-boer.md; an old URL can lead to one story only: "
        "remove the alias",
        *errors,
    ]


def test_a_check_of_one_story_finds_its_alias_claimed_by_another(run, site):
    # Two stories with one alias: the error was on the second file only.
    for path in ("columns/ben-bakker.md", "interviews/anna-de-boer.md"):
        story = site / "content" / path
        text = story.read_text("utf-8").replace("\nteam: ", "\naliases: [oud]\nteam: ", 1)
        story.write_text(text, "utf-8")
    for path, other in (("columns/ben-bakker.md", "interviews/anna-de-boer.md"),
                        ("interviews/anna-de-boer.md", "columns/ben-bakker.md")):  # fmt: skip
        result = run("check", f"content/{path}")
        assert result.exit_code == 1, result.output
        errors = [ln for ln in result.output.splitlines() if ": error: " in ln]
        assert len(errors) == 1 and errors[0].startswith(f"content/{path}:"), result.output
        assert f'alias "oud" in language "nl" is also an alias of content/{other}' in errors[0]


@pytest.mark.parametrize(
    ("assigned", "message"),
    [
        # Pelican's docs change both; one changed alone built, and every link to a
        # story (hub, theme pages, feeds, sitemap) was a 404.
        (
            'ARTICLE_URL = "stories/{slug}.html"',
            'setting ARTICLE_URL "stories/{slug}.html" is not where ARTICLE_SAVE_AS writes '
            'the page ("stories/{slug}/index.html"), so every link to a story would be a 404; '
            'set ARTICLE_SAVE_AS = "stories/{slug}.html" too',
        ),
        (
            'ARTICLE_SAVE_AS = "{date:%Y}/{slug}/index.html"',
            'setting ARTICLE_SAVE_AS "{date:%Y}/{slug}/index.html" does not write the page '
            'at ARTICLE_URL ("stories/{slug}/"), so every link to a story would be a 404; '
            'set ARTICLE_URL = "{date:%Y}/{slug}/" too',
        ),
        ('ARTICLE_LANG_URL = "{lang}/{slug}/"', "setting ARTICLE_LANG_URL "),
    ],
)
@pytest.mark.parametrize("command", ["check", "build"])
def test_a_story_url_its_save_as_does_not_write_is_one_line(run, site, assigned, message, command):
    conf = _setting_refused(run, site, command, assigned, message)
    both = assigned + "\n" + assigned.replace("_URL", "_SAVE_AS").replace('/"', '/index.html"')
    if "SAVE_AS" not in assigned and ".html" not in assigned:
        conf.write_text(conf.read_text("utf-8").replace(assigned, both), "utf-8")
        assert run(command).exit_code == 0


def test_default_pagination_none_is_pelicans_no_pagination(run, site):
    """Pelican reads DEFAULT_PAGINATION = None as False (no pagination); Podium refused
    it as "must be a positive whole number, not None"."""
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + "DEFAULT_PAGINATION = None\n", "utf-8")
    result = run("build", "-q")
    assert result.exit_code == 0, result.output
    assert not (site / "output" / "stories" / "page" / "2").exists()


def test_pelican_theme_settings_podium_does_not_read_are_a_warning(run, site):
    # pelican-quickstart writes LINKS and SOCIAL (a blogroll and social links for
    # Pelican's own theme) into pelicanconf.py; Podium's theme shows neither, and
    # nothing said so: the company's LinkedIn page given there was nowhere.
    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8")
    added = (
        "LINKS = (('Pelican', 'https://getpelican.com/'),)\n"
        "SOCIAL = (('LinkedIn', 'https://www.linkedin.com/company/example'),)\n"
        "MENUITEMS = (('Blog', '/blog/'),)\n"
    )
    conf.write_text(text + added, "utf-8")
    first = len(text.splitlines()) + 1
    result = run("check")
    assert result.exit_code == 0, result.output
    warned = [x for x in result.output.splitlines() if ": warning: setting " in x]
    assert warned == [
        f"pelicanconf.py:{first}: warning: setting LINKS is read by Pelican's own themes "
        "only, and Podium's theme shows no blogroll; remove it (a link belongs in a story, "
        "or in a template of your own through THEME_TEMPLATES_OVERRIDES)",
        f"pelicanconf.py:{first + 1}: warning: setting SOCIAL is read by Pelican's own "
        "themes only, and Podium's theme shows no social links; remove it, and give the "
        "company's own profiles in PODIUM_BRAND['same_as'] (the JobPosting's "
        "hiringOrganization names them)",
        f"pelicanconf.py:{first + 2}: warning: setting MENUITEMS is read by Pelican's own "
        "themes only, and Podium's theme has its own menu; remove it (a link belongs in a "
        "story, or in a template of your own through THEME_TEMPLATES_OVERRIDES)",
    ]


@pytest.mark.parametrize(
    ("assigned", "said", "wrong"),
    [
        # MARKDOWN (Pelican's way to turn on Markdown extensions, kept by a site moved
        # over) changed nothing, without a word: Podium reads stories with its own.
        ('MARKDOWN = {"extension_configs": {"markdown.extensions.codehilite": {}}}',
         "setting MARKDOWN is not read by Podium, which reads every story with one set of "
         "Markdown extensions (extra, sane_lists, toc) and sanitises it; remove it",
         None),
        # DEFAULT_METADATA = {"status": "draft"} (the check's own example for the setting)
        # passed, and every story without a status of its own was published all the same.
        ('DEFAULT_METADATA = {"status": "draft"}',
         "setting DEFAULT_METADATA is not read by Podium: a story takes every field from its "
         "own front matter (a draft says status: draft there); remove it",
         ('DEFAULT_METADATA = ["status"]',
          "setting DEFAULT_METADATA must be a mapping, like {}, not ['status']")),
    ],
)  # fmt: skip
def test_a_pelican_setting_podium_does_not_read_is_a_warning_on_its_line(
    run, site, assigned, said, wrong
):
    conf = site / "pelicanconf.py"
    text = conf.read_text("utf-8")
    conf.write_text(f"{text}{assigned}\n", "utf-8")
    result = run("check")
    assert result.exit_code == 0, result.output
    warned = [x for x in result.output.splitlines() if ": warning: setting " in x]
    assert warned == [f"pelicanconf.py:{len(text.splitlines()) + 1}: warning: {said}"]
    if wrong is not None:  # of the wrong type: an error, as for any Pelican mapping
        conf.write_text(f"{text}{wrong[0]}\n", "utf-8")
        result = run("check")
        assert result.exit_code == 1
        assert wrong[1] in result.output


def test_theme_templates_overrides_are_found_from_another_folder(run, site, monkeypatch):
    """THEME_TEMPLATES_OVERRIDES = ["overrides"] (where README and the LINKS warning send
    a template of one's own) was looked for in the folder podium ran in, unlike PATH and
    THEME beside it: `podium build -s site/pelicanconf.py` from elsewhere built the
    theme's own pages without a word. And `podium serve` never rebuilt on its change."""
    from podium_cli.build import load_settings
    from podium_cli.serve import _roots

    overrides = site / "overrides"
    overrides.mkdir()
    base = (ROOT / "theme" / "templates" / "base.html").read_text("utf-8")
    (overrides / "base.html").write_text(base.replace("</body>", "<!--mine--></body>"), "utf-8")
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + 'THEME_TEMPLATES_OVERRIDES = ["overrides"]\n')
    monkeypatch.chdir(site.parent)
    result = run("build", "-q", "-s", f"{site.name}/pelicanconf.py")
    assert result.exit_code == 0, result.output
    assert "<!--mine-->" in (site / "output" / "index.html").read_text("utf-8")
    settings_file = f"{site.name}/pelicanconf.py"
    assert overrides in _roots(load_settings(settings_file), settings_file)


def test_report_html_says_how_long_ago_the_newest_story_is(run, site):
    # "Newest story: 52 days", and "0 days" for a story of today, read as a
    # duration of something; now "52 days ago" and "today", with the date.
    ben = site / "content" / "columns" / "ben-bakker.md"
    today = ben.read_text(encoding="utf-8").replace("date: 2026-04-10", "date: 2026-06-01")
    html = run("report", "--format", "html").output
    assert "<td>52 days ago (2026-04-10)</td>" in html
    assert "newest story: 52 days ago (2026-04-10)</p>" in html
    ben.write_text(today, encoding="utf-8")
    html = run("report", "--format", "html").output
    assert "<td>today (2026-06-01)</td>" in html


def test_build_help_names_the_output_folder_it_builds_into(run):
    # "-o, --output PATH  Output folder." said nothing of where a plain `podium
    # build` writes: the settings' OUTPUT_PATH (output/, Pelican's default and
    # the contract's), as `podium ping --help` says of the folder it reads.
    text = " ".join(run("build", "--help").output.split())
    assert "Output folder (default: the settings' OUTPUT_PATH, output/ unless it is set)." in text


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_new_stopped_between_the_photo_and_the_story_leaves_neither(site, tmp_path, signum):
    """Ctrl-C (or SIGTERM) once `podium new --photo` had saved the portrait and
    before it wrote the story: the photo stayed in content/images/people/, a
    face no story names, for `git add content/` to commit, and the next try
    saved its photo as olga-nowak-2.jpg. Now the two are written as one step:
    both, or neither."""
    from PIL import Image

    source = tmp_path / "phone.jpg"
    Image.new("RGB", (400, 300), (9, 9, 9)).save(source)
    before = snapshot(site / "content")
    script = (
        "import os, podium_cli.newstory as n\n"
        "real = n.import_photo\n"
        "def imported(*args, **kwargs):\n"
        "    done = real(*args, **kwargs)\n"
        f"    os.kill(os.getpid(), {int(signum)})  # the photo saved, the story not yet\n"
        "    return done\n"
        "n.import_photo = imported\n"
        "from podium_cli.cli import main\n"
        "main(['new', 'column', '--name', 'Olga Nowak', '--role', 'Monteur', '--team',\n"
        "      'support', '--lang', 'nl', '--title', 'Eerste week', '--consent-given',\n"
        f"      '2026-05-01', '--no-social', '--photo', {str(source)!r}], prog_name='podium')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=site, capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    story = site / "content" / "columns" / "eerste-week.md"
    photo = site / "content" / "images" / "people" / "olga-nowak.jpg"
    if story.exists():
        assert photo.is_file(), proc.stderr
    else:
        assert snapshot(site / "content") == before, "the photo without its story"


def test_a_portrait_a_killed_podium_new_left_is_a_warning_of_check_and_build(
    run, site, tmp_path, caplog
):
    """SIGKILL (the OOM killer, a closed laptop's lost session) cannot be waited
    for: killed once `podium new --photo` had saved the portrait and before it
    wrote the story, the photo stayed in content/images/people/, a face no story
    names, for `git add content/` to commit, and nothing ever said so. Now podium
    check and build warn in one line on the file; a portrait a story names in its
    photo field or links with {static} is never named."""
    from PIL import Image

    source = tmp_path / "phone.jpg"
    Image.new("RGB", (400, 400), (9, 9, 9)).save(source)
    script = (
        "import os, signal, podium_cli.newstory as n\n"
        "real = n.import_photo\n"
        "def imported(*args, **kwargs):\n"
        "    real(*args, **kwargs)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)  # the photo saved, the story not yet\n"
        "n.import_photo = imported\n"
        "from podium_cli.cli import main\n"
        "main(['new', 'column', '--name', 'Olga Nowak', '--role', 'Monteur', '--team',\n"
        "      'support', '--lang', 'nl', '--title', 'Eerste week', '--consent-given',\n"
        f"      '2026-05-01', '--no-social', '--photo', {str(source)!r}], prog_name='podium')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=site, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    people = site / "content" / "images" / "people"
    assert [p.name for p in people.iterdir()] == ["olga-nowak.jpg"]
    # Portraits the stories use: one in a photo field, one linked in a text, in a
    # folder of its own as the browser editor uploads them.
    (people / "anna").mkdir()
    for name in ("anna-de-boer.jpg", "anna/op-het-dak.jpg"):
        shutil.copyfile(people / "olga-nowak.jpg", people / name)
    story = site / "content" / "interviews" / "anna-de-boer.md"
    text = story.read_text("utf-8").replace(
        "\n---\n", "\nphoto: images/people/anna-de-boer.jpg\n---\n", 1
    )
    story.write_text(text + "\n![Anna op het dak]({static}/images/people/anna/op-het-dak.jpg)\n")
    warning = (
        "content/images/people/olga-nowak.jpg: warning: no story uses this portrait (left by "
        "a podium new or an upload that was stopped?); name it in a story's photo field or "
        "link it with {static}, or remove it"
    )
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [ln for ln in result.output.splitlines() if ln.startswith("content/images/")]
    assert said == [warning], result.output
    result = run("build")
    assert result.exit_code == 0, result.output
    said = [r.getMessage() for r in caplog.records if "content/images/" in r.getMessage()]
    assert said == [warning], result.output
    (people / "olga-nowak.jpg").unlink()
    assert "content/images/" not in run("check").output


def test_a_file_of_another_kind_in_the_portraits_folder_is_said(run, site):
    # An iPhone photo uploaded in the editor's "Media" library is a HEIC, which
    # the editor does not re-encode and no story may use: it went into the
    # repository, GPS position and all, and podium check, which looked only at
    # JPEG, PNG and WebP files there, said nothing.
    people = site / "content" / "images" / "people"
    people.mkdir(parents=True, exist_ok=True)
    (people / "IMG_0042.HEIC").write_bytes(b"\x00\x00\x00\x18ftypheic" + bytes(64))
    result = run("check")
    assert result.exit_code == 0, result.output
    assert [ln for ln in result.output.splitlines() if ln.startswith("content/images/")] == [
        "content/images/people/IMG_0042.HEIC: warning: no story uses this file, which no "
        "story's photo may be (a JPEG, PNG or WebP), and it goes into the repository as it "
        "is, with any EXIF or GPS data it holds; remove it (a photo: save it as a JPEG and "
        "upload that)"
    ]


@pytest.mark.parametrize(
    ("given", "meant"), [("pelicanconf", "pelicanconf.py"), ("publishconf", "publishconf.py")]
)
def test_a_settings_file_named_without_py_says_which_file_is_meant(run, site, given, meant):
    """`podium build -s pelicanconf` (".py" left off) said "pelicanconf: error:
    settings file not found", not what to give."""
    shutil.copy(site / "pelicanconf.py", site / "publishconf.py")
    result = run("build", "-s", given)
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        f'{given}: error: settings file not found (did you mean "{meant}"?)'
    ]
    assert not (site / "output").exists()


def test_a_brand_file_named_as_a_windows_device_is_a_warning(run, site):
    # brand/ is copied as it is, like a file a story links: content/brand/nul.png
    # passed podium check without a word, and git on Windows refuses it.
    from PIL import Image

    (site / "content" / "brand").mkdir(exist_ok=True)
    Image.new("RGB", (40, 40), (90, 90, 90)).save(site / "content" / "brand" / "nul.png")
    result = run("check")
    assert result.exit_code == 0, result.output
    assert (
        'content/brand/nul.png: warning: brand file "nul.png" in brand/nul.png is a name Windows '
        'keeps for a device ("nul"), whatever its extension: git cannot check the file out on a '
        "Windows computer, nor podium build write it there; rename it, like brand/nul-1.png"
    ) in result.output.splitlines()


def test_every_brand_picture_the_build_cannot_decode_is_an_error_of_podium_check(run, site):
    # podium check passed them, and the build refused one per run, as a "link
    # to content/brand/x.jpg" that nothing links: the photo step decodes them.
    from PIL import Image

    brand = site / "content" / "brand"
    brand.mkdir(exist_ok=True)
    (brand / "empty.jpg").write_bytes(b"")
    # Read within 20 MB, the most a linked file may be: a photo's 40 MB is no
    # brand file's.
    (brand / "big.jpg").write_bytes(b"\xff\xd8" + bytes(21_000_000))
    (brand / "page.png").write_text("<html></html>")
    Image.new("1", (20000, 20000)).save(brand / "bomb.png")
    Image.new("RGB", (40, 40), (90, 90, 90)).save(brand / "fine.png")
    result = run("check")
    assert result.exit_code == 1, result.output
    assert [line for line in result.output.splitlines() if "content/brand/" in line] == [
        "content/brand/big.jpg: error: brand file is larger than 20.0 MB, the most a file may be",
        "content/brand/bomb.png: error: brand file is too large to decode safely (more than 60 "
        "megapixels); resize it first",
        "content/brand/empty.jpg: error: brand file is not an image Pillow can read (expected "
        "JPEG, PNG or WebP)",
        "content/brand/page.png: error: brand file is not an image Pillow can read (expected "
        "JPEG, PNG or WebP)",
    ]


def test_a_file_of_another_static_folder_named_as_a_windows_device_is_a_warning(run, site):
    # STATIC_PATHS = ["brand", "files"] copies content/files/ as it is: its aux.pdf
    # (and con/, a folder) passed podium check without a word, where brand/nul.png
    # or a story's link to con.jpg is a warning, and git on Windows refuses them.
    with (site / "pelicanconf.py").open("a", encoding="utf-8") as f:
        f.write('\nSTATIC_PATHS = ["brand", "files"]\n')
    files = site / "content" / "files"
    (files / "con").mkdir(parents=True)
    (files / "aux.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (files / "con" / "plan.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (files / "ok.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    result = run("check")
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "content/files/" in line]
    assert said == [
        'content/files/aux.pdf: warning: static file "aux.pdf" in files/aux.pdf is a name '
        'Windows keeps for a device ("aux"), whatever its extension: git cannot check the file '
        "out on a Windows computer, nor podium build write it there; rename it, like "
        "files/aux-1.pdf",
        'content/files/con/plan.pdf: warning: static file "con" in files/con/plan.pdf is a name '
        'Windows keeps for a device ("con"), whatever its extension: git cannot check the file '
        "out on a Windows computer, nor podium build write it there; rename it, like "
        "files/con-1/plan.pdf",
    ]


def test_one_persons_name_typed_two_ways_is_a_warning_on_both(run, site):
    # "piet van dijk" and "Piet van Dijk" are one person (case makes no second
    # one), so nothing was said, and the people page, the people list and the
    # JSON-LD took the newest story's lowercase spelling without a word.
    columns = site / "content" / "columns"
    for slug, name, day in (("piet-eerder", "Piet van Dijk", "2026-02-02"),
                            ("piet-later", "piet van dijk", "2026-03-02")):  # fmt: skip
        (columns / f"{slug}.md").write_text(
            f"---\ntitle: Een column {slug}\ndate: {day}\nauthor: {name}\nrole: Monteur\n"
            "consent: {given: 2026-01-01}\n---\n\nIk schrijf over mijn werk en ons team.\n",
            encoding="utf-8",
        )
    result = run("check")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert (
        'content/columns/piet-later.md:4: warning: field "author" ("piet van dijk") is written '
        '"Piet van Dijk" in content/columns/piet-eerder.md; the people page shows the newest '
        "story's spelling, this one: write the name the same way in every story"
    ) in lines
    assert (
        'content/columns/piet-eerder.md:4: warning: field "author" ("Piet van Dijk") is written '
        '"piet van dijk" in content/columns/piet-later.md, the newest story, whose spelling the '
        "people page shows: write the name the same way in every story"
    ) in lines
    # Written alike, nothing is said.
    (columns / "piet-later.md").write_text(
        (columns / "piet-later.md")
        .read_text(encoding="utf-8")
        .replace("piet van dijk", "Piet van Dijk"),
        encoding="utf-8",
    )
    assert "author" not in run("check").output


def test_a_name_typed_another_way_in_a_newer_story_in_the_other_language_is_a_warning(run, site):
    # The people page shows the newest story's spelling in either language, so
    # an English column of March by "piet van dijk" renamed the Dutch page of
    # "Piet van Dijk" too; the check compared the spellings within one
    # language only and said nothing.
    columns = site / "content" / "columns"
    for file, name, day in (("piet-eerder.md", "Piet van Dijk", "2026-02-02"),
                            ("piet-later.en.md", "piet van dijk", "2026-03-02")):  # fmt: skip
        (columns / file).write_text(
            f"---\ntitle: A column {file}\ndate: {day}\nauthor: {name}\nrole: Monteur\n"
            "consent: {given: 2026-01-01}\n---\n\nI write about my work and our team.\n",
            encoding="utf-8",
        )
    result = run("check")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if '"author"' in line]
    assert lines == [
        'content/columns/piet-eerder.md:4: warning: field "author" ("Piet van Dijk") is written '
        '"piet van dijk" in content/columns/piet-later.en.md, the newest story, whose spelling '
        "the people page shows: write the name the same way in every story",
        'content/columns/piet-later.en.md:4: warning: field "author" ("piet van dijk") is '
        'written "Piet van Dijk" in content/columns/piet-eerder.md; the people page shows the '
        "newest story's spelling, this one: write the name the same way in every story",
    ]


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("withdrawn:\n  - slug: 2026-02-30\n    langs: [nl]\n", "- slug: '2026-02-30'\n"),
        ("withdrawn: !!str\n  - slug: oud\n    langs: [nl]\n", "- slug: oud\n"),
        # The story of that slug withdrawn in its other language: its entry (a date
        # to yaml.safe_load, equal to no slug) was written a second time.
        (
            "withdrawn:\n  - slug: 2026-01-01\n    langs: [en]\n",
            "- slug: '2026-01-01'\n  langs:\n  - en\n  - nl\n",
        ),
    ],
)
def test_withdraw_reads_the_record_as_podium_check_does(run, site, written, kept):
    # A record podium check passed was read again with yaml.safe_load: "slug:
    # 2026-02-30" ended podium withdraw in "podium: error: ValueError: day is out
    # of range for month", "withdrawn: !!str" in "ConstructorError: expected a
    # scalar node, but found sequence".
    record = site / "content" / "withdrawn.yml"
    record.write_text(written, "utf-8")
    story = site / "content" / "columns" / "ben-bakker.md"
    story.rename(story.with_name("2026-01-01.md"))
    assert run("check").exit_code == 0
    result = run("withdraw", "2026-01-01", "--yes")
    assert result.exit_code == 0, result.output
    assert kept in record.read_text("utf-8")
    assert run("check").exit_code == 0


def test_withdrawing_a_slug_again_keeps_the_people_its_entry_keeps(run, site):
    # The English translation withdrawn before, and "people: [ben-bakker]" added to
    # its entry with the colleague's consent (README): withdrawing the Dutch one
    # wrote the entry anew without it (and its date), and a namesake's story was
    # given /people/ben-bakker/ again.
    record = site / "content" / "withdrawn.yml"
    record.write_text(
        "withdrawn:\n  - slug: ben-bakker\n    langs: [en]\n    date: 2026-05-01\n"
        "    people: [ben-bakker]\n",
        "utf-8",
    )
    assert run("check").exit_code == 0
    result = run("withdraw", "ben-bakker", "--yes")
    assert result.exit_code == 0, result.output
    assert record.read_text("utf-8").endswith(
        "withdrawn:\n- slug: ben-bakker\n  langs:\n  - en\n  - nl\n  date: '2026-05-01'\n"
        "  people:\n  - ben-bakker\n  themes:\n  - balance\n"
    )
    assert run("check").exit_code == 0


@pytest.mark.parametrize("slug", ["dirk-draft", "eva-scheduled"])
def test_withdrawing_a_story_never_published_records_nothing_and_makes_no_tombstone(
    run, site, slug
):
    # A draft's or a scheduled story's slug got an entry and, built, a tombstone:
    # its address (which may hold a name or an unannounced plan) and its themes
    # were published, and the editor's config listed it as withdrawn.
    record = site / "content" / "withdrawn.yml"
    before = record.read_bytes()
    result = run("withdraw", slug, "--yes")
    assert result.exit_code == 0, result.output
    assert (
        f"{slug} was never published (a draft, or scheduled): nothing is recorded in "
        "content/withdrawn.yml and no tombstone is made"
    ) in result.output.splitlines()
    assert record.read_bytes() == before
    assert not list((site / "content").rglob(f"{slug}*.md"))
    assert run("build").exit_code == 0
    assert not (site / "output" / "stories" / slug).exists()


def test_withdrawing_a_story_whose_translation_was_never_published_tombstones_the_other(run, site):
    # Its English translation scheduled: /en/stories/anna-de-boer/ never answered.
    english = site / "content" / "interviews" / "anna-de-boer.en.md"
    english.write_text(english.read_text("utf-8").replace("date: 2026-", "date: 2027-", 1), "utf-8")
    result = run("withdraw", "anna-de-boer", "--yes")
    assert result.exit_code == 0, result.output
    written = (site / "content" / "withdrawn.yml").read_text("utf-8")
    assert "- slug: anna-de-boer\n  langs:\n  - nl\n  themes:" in written, written
    assert run("build").exit_code == 0
    assert (site / "output" / "stories" / "anna-de-boer" / "index.html").is_file()
    assert not (site / "output" / "en" / "stories" / "anna-de-boer").exists()


def test_the_withdrawal_record_gets_the_mode_a_new_file_gets(run, site):
    # content/withdrawn.yml was written through a private temporary file: 0600,
    # so committed, and unreadable to the other users of a shared checkout.
    before = os.umask(0o002)
    try:
        result = run("withdraw", "ben-bakker", "--yes")
    finally:
        os.umask(before)
    assert result.exit_code == 0, result.output
    assert (site / "content" / "withdrawn.yml").stat().st_mode & 0o777 == 0o664


@pytest.mark.parametrize(
    ("setting", "said"),
    [
        ("PODIUM_FEATURED_COUNT = 10**5000", "setting PODIUM_FEATURED_COUNT must be a whole number "
         "from 1 to 1_000_000_000, like 3, not a number of more than 4,300 digits"),
        ("DEFAULT_PAGINATION = 10**12", "setting DEFAULT_PAGINATION must be a whole number "
         "from 1 to 1_000_000_000, like 12, not 1000000000000"),
        ("PODIUM_TODAY = 10**5000", "setting PODIUM_TODAY must be a date as YYYY-MM-DD, like "
         "2026-03-01, not a number of more than 4,300 digits"),
    ],
)  # fmt: skip
def test_a_number_too_large_for_a_setting_is_one_line_with_the_range(run, site, setting, said):
    # A count of 10**5000 was taken, and printing the settings ended the command
    # in "podium: error: ValueError: Exceeds the limit (4300 digits) for integer
    # string conversion; use sys.set_int_max_str_digits() ..."; so did PODIUM_TODAY.
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + f"\n{setting}\n", encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1, result.output
    (line,) = [ln for ln in result.output.splitlines() if said in ln]
    assert line.startswith("pelicanconf.py:") and ": error: " in line, result.output


@pytest.mark.parametrize(
    "setting",
    ["SITEURL = 10**5000", "TIMEZONE = -(10**5000)", "PODIUM_LANGUAGES = ['nl', 10**5000]",
     "PODIUM_TEAMS = {'x': {10**5000: 1}}", "PODIUM_FEATURED_COUNT = [10**5000]"],
)  # fmt: skip
def test_any_setting_holding_a_number_past_the_digit_limit_is_one_line(run, site, setting):
    # Every check that shows a wrong value reprs it: SITEURL = 10**5000 ended
    # `podium check` in "podium: error: ValueError: Exceeds the limit (4300 digits)
    # for integer string conversion", naming no setting.
    conf = site / "pelicanconf.py"
    text = conf.read_text(encoding="utf-8")
    conf.write_text(text + f"\n{setting}\n", encoding="utf-8")
    line = len(text.splitlines()) + 2
    name = setting.split(" ")[0]
    result = run("check")
    assert result.exit_code == 1, result.output
    assert [ln for ln in result.output.splitlines() if ": error: " in ln] == [
        f"pelicanconf.py:{line}: error: setting {name} holds a whole number of more than "
        "4,300 digits, which no setting takes; write the value README's Settings section "
        "gives for it"
    ]


def test_a_recent_window_past_the_digit_limit_counts_every_story(run, site):
    # 10**5000 days passed as 10**30 does, and printing the settings ended the
    # report in "podium: error: ValueError: Exceeds the limit (4300 digits) ...".
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + "\nPODIUM_REPORT_RECENT_DAYS = 10**5000\n", "utf-8")
    result = run("report", "--format", "json")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("target", "holding"),
    [("content/themes.yml", "content/"), ("content/new.json", "content/"),
     ("pelicanconf.py", "the settings file")],
)  # fmt: skip
def test_a_report_is_never_written_over_the_hubs_input(run, site, target, holding):
    # `podium report --format json -o content/themes.yml` (a slip for themes.json)
    # replaced the themes file with the report, without a word.
    _report_refused(
        run, site, ["--format", "json", "-o", target],
        f"{target}: error: cannot write the report: it is in {holding}, which the hub is "
        "built from; give a file outside it, or - for the terminal",
    )  # fmt: skip


def _report_refused(run, site, args: list[str], said: str) -> None:
    """`podium report ARGS` is one line of wrong usage, ``said``, and no file changes."""
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    result = run("report", *args)
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [said], result.output
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize(
    ("target", "what"),
    [("publishconf.py", "a .py file of the project, which the hub needs"),
     ("tasks.py", "a .py file of the project, which the hub needs"),
     ("README.md", "a file of the project that is not an earlier report"),
     ("theme/templates/extra.html", "a file of the project that is not an earlier report"),
     ("package.json", "a file of the project that is not an earlier report"),
     (".git/config", "in the project's .git folder, its history")],
)  # fmt: skip
@pytest.mark.parametrize("git", [True, False], ids=["git", "copied-without-git"])
def test_a_report_is_never_written_over_the_projects_own_files(run, site, target, what, git):
    # -o publishconf.py (the settings given were pelicanconf.py) replaced the publish
    # settings with the report and exited 0; so did tasks.py and a README git keeps,
    # and in a hub copied without .git (as the README allows) README.md and templates.
    (site / "publishconf.py").write_text("from pelicanconf import *\n", "utf-8")
    (site / "tasks.py").write_text("from invoke import task\n", "utf-8")
    (site / "README.md").write_text("# Werken bij\n", "utf-8")
    (site / "package.json").write_text("{}\n", "utf-8")
    (site / "theme" / "templates").mkdir(parents=True, exist_ok=True)
    (site / "theme" / "templates" / "extra.html").write_text("{{ x }}\n", "utf-8")
    if git or target.startswith(".git/"):
        subprocess.run(["git", "init", "-q", str(site)], check=True)
        subprocess.run(["git", "-C", str(site), "add", "README.md"], check=True)
    _report_refused(
        run, site, ["-o", target],
        f"{target}: error: cannot write the report: it is {what}; give another file, like "
        "report.html, or - for the terminal",
    )  # fmt: skip


@pytest.mark.parametrize("name", ["report.txt", "report.md", "report.json", "report.html"])
def test_a_report_written_before_is_written_again(run, site, name):
    # Each format's earlier report is known by how it begins, and replaced as asked;
    # a file of the same name that is not a report is not.
    assert run("report", "-o", name).exit_code == 0
    first = (site / name).read_text("utf-8")
    (site / name).write_text(first.replace("2026", "2025"), "utf-8")  # yesterday's
    assert run("report", "-o", name).exit_code == 0, name
    assert (site / name).read_text("utf-8") == first
    (site / name).write_text("notes of my own\n" + first, "utf-8")
    assert run("report", "-o", name).exit_code == 2


def test_a_report_never_replaces_a_file_outside_the_project_that_is_not_one(
    run, site, tmp_path_factory
):
    # `podium report -o /etc/passwd`, run as root, replaced it with the report.
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "notes.txt").write_text("mine\n", "utf-8")
    target = str(elsewhere / "notes.txt")
    result = run("report", "-o", target)
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        f"{target}: error: cannot write the report: it is an existing file that is not an "
        "earlier report (a report replaces only its own); give another file, like "
        "report.html, or - for the terminal"
    ]
    assert (elsewhere / "notes.txt").read_text("utf-8") == "mine\n"
    # An empty file loses nothing: `-o /dev/stdout > r.txt`, after the shell emptied it.
    (elsewhere / "r.txt").write_text("", "utf-8")
    assert run("report", "-o", str(elsewhere / "r.txt")).exit_code == 0
    assert (elsewhere / "r.txt").read_text("utf-8").startswith("Themes on ")
    # A new file there, and then the report written there, are written.
    assert run("report", "-o", str(elsewhere / "report.txt")).exit_code == 0
    assert run("report", "-o", str(elsewhere / "report.txt")).exit_code == 0


def test_an_output_inside_a_previous_output_is_refused(run, site):
    # `podium build -o output/sub` built inside the default output/, and the next
    # plain `podium build` replaced output/ whole, deleting output/sub with it.
    previous = site / "output"
    previous.mkdir()
    (previous / paths.OUTPUT_MARKER).write_text(paths.OUTPUT_MARKER_TEXT, "utf-8")
    result = run("build", "-q", "-o", "output/sub")
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        f"{previous / 'sub'}: error: output folder is inside {previous}, an output folder "
        f"Podium wrote ({paths.OUTPUT_MARKER}), which the next build there replaces whole; "
        "choose a folder outside it"
    ], result.output
    assert sorted(p.name for p in previous.iterdir()) == [paths.OUTPUT_MARKER]


@pytest.mark.parametrize("given", ["/", "HOME"])
def test_a_was_folder_that_is_no_content_folder_is_one_line(run, site, tmp_path, given):
    # `podium check --was /` read the whole file system as the content before the
    # change, walking every folder of the machine for minutes.
    if given == "HOME":
        given = str(tmp_path / "home")
        (tmp_path / "home" / "Documents").mkdir(parents=True)
    result = run("check", "--was", given)
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        f"{given}: error: --was: holds none of themes.yml, interviews, columns, vacancies, "
        "withdrawn.yml, brand, so it is no content/ folder; give the content/ folder before "
        "the change"
    ], result.output


@pytest.mark.parametrize(
    ("name", "make", "said"),
    [
        ("fifo.yml", os.mkfifo, "this entry is a FIFO (named pipe); content/ may hold only "
         "files and folders"),
        ("loop.yml", lambda p: p.symlink_to(p.name), "this entry is a symlink loop"),
        ("out.yml", lambda p: p.symlink_to("/etc/hostname"), "this entry is a symlink that "
         "points outside content/"),
        ("feeds/x.json", os.mkfifo, "this entry is a FIFO (named pipe); content/ may hold only "
         "files and folders"),
    ],
)  # fmt: skip
def test_a_vacancy_file_the_content_policy_refuses_is_reported_once(run, site, name, make, said):
    # A FIFO or a symlink loop as a vacancy file was two errors ("file is a symlink
    # loop" and "this entry is a symlink loop"); a link out of content/ was read,
    # the outside file's text reported as "a vacancy must be a mapping ...".
    path = site / "content" / "vacancies" / name
    path.parent.mkdir(exist_ok=True)
    make(path)
    result = run("check")
    assert result.exit_code == 1, result.output
    shown = f"content/vacancies/{name}"
    assert [ln for ln in result.output.splitlines() if ln.startswith(shown)] == [
        f"{shown}: error: {said}"
    ], result.output


@pytest.mark.parametrize(
    "args",
    [
        ["new", "column", "--title", "Mijn week", "--name", "Piet Pot", "--role", "Monteur",
         "--consent-given", "2026-01-15", "--lang", "nl", "--social", "--team", "support"],
        ["withdraw", "--yes", "anna-de-boer"],
        ["vacancies", "pull", "--kind", "greenhouse", "--url", "http://127.0.0.1:9/jobs",
         "--name", "jobs", "--timeout", "0.5"],
        ["check"],  # the reader's refusal, in the same line (errors.folder_link_issue)
    ],
    ids=["new", "withdraw", "pull", "check"],
)  # fmt: skip
def test_a_content_folder_that_is_a_link_is_refused_by_the_commands_that_write_into_it(
    run, site, tmp_path, args
):
    """A pull request can make content/ a symlink (git stores one). check and build
    refuse it, but `podium new` wrote its story where the link pointed, a pull
    removed the unfinished snapshots there (and wrote its own), and `podium
    withdraw` said "no story with slug" of a story that is there."""
    elsewhere = tmp_path / "elsewhere"
    (site / "content").rename(elsewhere)
    (site / "content").symlink_to(elsewhere, target_is_directory=True)
    feeds = elsewhere / "vacancies" / "feeds"
    feeds.mkdir(parents=True, exist_ok=True)
    (feeds / ".jobs.json.abcd1234.tmp").write_text("{", encoding="utf-8")
    before = sorted(p.relative_to(elsewhere) for p in elsewhere.rglob("*"))
    result = run(*args, input="")
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    if args == ["check"]:  # and its count of what it checked
        assert lines.pop() == "0 stories checked: 1 error, 0 warnings"
    assert lines == [
        "content: error: this entry is a symlink to a folder; Podium does not follow folder "
        "links, content/ included: make content/ a folder of the project"
    ]
    assert sorted(p.relative_to(elsewhere) for p in elsewhere.rglob("*")) == before


@pytest.mark.parametrize("made", [False, True], ids=["new", "existing"])
def test_report_to_a_path_ending_in_a_slash_is_refused(run, site, made):
    """`podium report -o reports/`, meant as a folder, wrote the report as a file
    named "reports" when no such folder was there."""
    if made:
        (site / "reports").mkdir()
    result = run("report", "-o", "reports/")
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    # An existing folder is click's to refuse ("... 'reports/' is a directory").
    assert len(lines) == 1 and "reports/" in lines[0] and ": error: " in lines[0], lines
    assert (site / "reports").is_dir() if made else not (site / "reports").exists()


@pytest.mark.parametrize(
    ("rel", "what", "meant"),
    [
        ("images/.verborgen.jpg", 'a name that starts with a dot (".verborgen.jpg")',
         "images/verborgen.jpg"),
        ("images/.prive/logo.svg", 'a folder that starts with a dot (".prive")',
         "images/prive/logo.svg"),
        ("brand/.logo.svg", 'a name that starts with a dot (".logo.svg")', "brand/logo.svg"),
    ],
)  # fmt: skip
def test_a_linked_file_or_logo_with_a_dot_name_is_refused_in_one_line(run, site, rel, what, meant):
    """A story's ``{static}/images/.verborgen.jpg`` was published as
    media/images/.verborgen.jpg, a path nginx's usual configurations and Netlify
    refuse to serve (and a dot file is a private one); a logo named so was linked
    by every page's header as /brand/.logo.svg, which the build never wrote."""
    from PIL import Image

    target = site / "content" / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    if rel.endswith(".svg"):
        target.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
                          '<rect width="10" height="10"/></svg>', "utf-8")  # fmt: skip
    else:
        Image.new("RGB", (40, 30), (9, 9, 9)).save(target)
    fix = (
        f"{what}: web servers (nginx, Netlify) refuse to serve it, and a dot marks a private "
        f'file; rename it, like "{meant}"'
    )
    story = site / "content" / "interviews" / "anna-de-boer.md"
    if rel.startswith("brand/"):
        set_brand_logo(site, rel)
        conf = (site / "pelicanconf.py").read_text().splitlines()
        line = next(i for i, text in enumerate(conf, 1) if "PODIUM_BRAND" in text)
        expected = (
            f"pelicanconf.py:{line}: error: setting PODIUM_BRAND['logo'] names content/{rel}, "
            f"which has {fix}"
        )
    else:
        text = story.read_text("utf-8")
        story.write_text(f"{text}\n[De bijlage]({{static}}/{rel})\n", "utf-8")
        line = len(story.read_text("utf-8").splitlines())
        expected = (
            f'content/interviews/anna-de-boer.md:{line}: error: link "{{static}}/{rel}" has {fix}'
        )
    for command in ("check", "build"):
        result = run(command, "-q") if command == "build" else run(command)
        assert result.exit_code == 1, result.output
        assert expected in result.output.splitlines(), result.output
